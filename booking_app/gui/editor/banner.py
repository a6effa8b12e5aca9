"""The editor's message line: what happened, or what is wrong and where.

A problem is kept as data (:class:`~booking_app.core.errors.Problem`) and an info text
as a function giving it in the current language, so a change of language re-renders
the line. Clicking it (or Return/Space on it) asks to go to the field it concerns;
the field concerned carries a red mark while the problem lasts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from booking_app.core.errors import Problem
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.problems import Shown, as_problem, problem_text
from booking_app.gui.editor.cargo import CargoPanel
from booking_app.gui.editor.header import HeaderPanel
from booking_app.gui.editor.legs import LegsPanel
from booking_app.services import desk
from booking_app.services.desk import LiveQuote

_ERROR_STYLE = "background: #fde7ea; color: #8a0014; padding: 4px;"
_INFO_STYLE = "background: #e6f4ea; color: #0b5020; padding: 4px;"
MARK_STYLE = "border: 2px solid #b00020;"
#: Header fields a problem may name, as the header panel calls them.
_HEADER_FIELDS = ("incoterm", "quote_date", "ship_date", "currency")


class Banner(QLabel):
    """One line above the form; ``activated`` when the clerk clicks it or presses Return."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide()
        self.kind = ""  # "", "info", "saved" or "error"
        self.problem: Problem | None = None
        self.failed_status: str | None = None  # the status a save was refused
        self._render: Callable[[], str] = str

    def show_text(self, shown: Shown | Callable[[], str], error: bool, kind: str = "") -> None:
        """Show a problem (data or text) or an info text; a callable is re-called on a
        change of language."""
        problem = as_problem(shown)
        self.problem = problem
        if problem is not None:
            self._render = lambda: problem_text(problem)
        elif callable(shown):
            self._render = shown
        else:
            text = str(shown)
            self._render = lambda: text
        self.kind = kind or ("error" if error else "info")
        self.setStyleSheet(_ERROR_STYLE if error else _INFO_STYLE)
        self.retranslate_ui()
        self.show()

    def clear_message(self) -> None:
        """Hide the line and forget what it said."""
        self.kind, self.problem, self.failed_status = "", None, None
        self.setText("")
        self.hide()

    def retranslate_ui(self) -> None:
        """The text again, in the current language."""
        if not self.kind:
            return
        text = self._render()
        if self.problem is not None and (self.problem.field or self.problem.leg):
            hint = QCoreApplication.translate("Banner", "Click to go to the field concerned.")
            self.setToolTip(hint)
        else:
            self.setToolTip("")
        self.setText(text)

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        if ev.button() == Qt.MouseButton.LeftButton and self.problem is not None:
            self.activated.emit()
        super().mousePressEvent(ev)

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(ev)


class BannerEditor(Protocol):
    """What marking, focusing and re-checking a problem needs of the booking editor."""

    ctx: DeskContext
    header: HeaderPanel
    cargo: CargoPanel
    legs: LegsPanel
    marked_fields: list[QWidget]

    @property
    def message(self) -> Banner: ...
    @property
    def last_result(self) -> LiveQuote | None: ...
    def request(self) -> dict[str, object]: ...
    def show_message(self, text: Shown, error: bool = False) -> None: ...


def problem_fields(problem: Problem | None) -> list[str]:
    """The fields a problem concerns (a booking that needs several names them all)."""
    if problem is None:
        return []
    fields = [str(f) for f in problem.params.get("fields", ())]
    if problem.field and problem.field not in fields:
        fields.insert(0, problem.field)
    return fields


def field_widget(editor: BannerEditor, field: str) -> QWidget | None:
    """The editor's widget where ``field`` is typed (None when it has none)."""
    header = editor.header
    if field in header.party_edits:
        return header.party_edits[field]
    if field in _HEADER_FIELDS:
        widget = getattr(header, field)
        return widget if isinstance(widget, QWidget) else None
    if field in ("markup_percent", "margin_percent"):
        return header.percent
    if field in ("cargo.description",):
        return editor.cargo.description
    if field.startswith("cargo"):
        return editor.cargo
    if field == "legs":
        return editor.legs.table
    return None


def mark_fields(editor: BannerEditor, problem: Problem | None) -> None:
    """A red mark on the header and cargo fields ``problem`` concerns; none elsewhere."""
    for widget in editor.marked_fields:
        widget.setStyleSheet(str(widget.property("unmarked_style") or ""))
        widget.setProperty("problem_mark", False)
    marked: list[QWidget] = []
    if problem is not None and problem.leg is None:
        for field in problem_fields(problem):
            found = field_widget(editor, field)
            if found is None or found is editor.legs.table or found is editor.cargo:
                continue
            found.setProperty("unmarked_style", found.styleSheet())
            found.setProperty("problem_mark", True)
            found.setStyleSheet(MARK_STYLE)
            marked.append(found)
    editor.marked_fields = marked


def focus_problem(editor: BannerEditor, problem: Problem | None) -> None:
    """Put the cursor where ``problem`` is fixed: its leg's cell, or its field."""
    if problem is None:
        return
    if problem.leg is not None:
        editor.legs.focus_leg(problem.leg, problem.field)
        return
    for field in problem_fields(problem):
        widget = field_widget(editor, field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return


def recheck_refused_save(editor: BannerEditor) -> None:
    """After an edit, take a refused save's message away once what it said is fixed
    (or show the problem that is left), asking the services without saving."""
    line = editor.message
    status = line.failed_status
    if status is None or line.kind != "error":
        return
    problem = desk.save_problem(editor.ctx.uow, editor.request(), status)
    result = editor.last_result
    if problem is None and status != "draft" and result is not None:
        problem = next((o.problem for o in result.legs if o.problem is not None), None)
    if problem is None:
        line.clear_message()
        mark_fields(editor, None)
    elif problem != line.problem:
        editor.show_message(problem, error=True)
        line.failed_status = status
