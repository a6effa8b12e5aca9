"""Geometry checks for a laid-out widget: no two siblings overlap, none sticks out of its
parent, and no label, button or field is squeezed below the size its text needs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

#: Widgets whose text is cut when they get less than their minimum size hint.
TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox)


def _shown_children(widget: QWidget) -> list[QWidget]:
    return [
        c for c in widget.children()
        if isinstance(c, QWidget) and not c.isWindow() and c.isVisible()
    ]  # fmt: skip


def layout_problems(root: QWidget) -> list[str]:
    """What is wrong with how ``root`` and the widgets under it are laid out.

    Inside a scroll area only the scrolled widget is looked into (its viewport clips on
    purpose); the scroll bars and a table's own parts are Qt's, not the layout's.
    """
    problems: list[str] = []

    def name(w: QWidget) -> str:
        text = w.text() if hasattr(w, "text") and callable(w.text) else ""
        return f"{type(w).__name__}({w.objectName() or text!s:.30})"

    def visit(widget: QWidget) -> None:
        if isinstance(widget, QAbstractScrollArea):
            inner = getattr(widget, "widget", lambda: None)()
            if isinstance(inner, QWidget):
                visit(inner)
            return
        children = _shown_children(widget)
        area = widget.rect()
        for i, child in enumerate(children):
            box = child.geometry()
            if not area.contains(box):
                problems.append(f"{name(child)} {box} sticks out of {name(widget)} {area}")
            if isinstance(child, TEXT_WIDGETS):
                need = child.minimumSizeHint()
                if box.width() < need.width() or box.height() < need.height():
                    problems.append(f"{name(child)} {box.size()} is under its {need}")
            for other in children[i + 1 :]:
                if box.intersects(other.geometry()):
                    problems.append(
                        f"{name(child)} {box} overlaps {name(other)} {other.geometry()}"
                    )
            if not isinstance(child, QAbstractSpinBox | QComboBox):  # Qt's own insides
                visit(child)

    visit(root)
    return problems
