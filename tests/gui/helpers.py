"""Driving the desk's widgets the way a clerk does: keys into fields and table cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from booking_app.gui.editor.booking_editor import BookingEditor


def type_into_cell(qtbot: Any, table: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Open the cell's editor as F2 does, type ``text`` (ASCII) and press Enter."""
    index = table.model().index(row, column)
    activate(qtbot, table)  # a completer's pop-up may have taken activation
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = cell_editor(table)
    if isinstance(editor, QComboBox) and not editor.isEditable():
        position = editor.findText(text, Qt.MatchFlag.MatchStartsWith)
        assert position >= 0, f"{text!r} is not offered"
        qtbot.keyClick(editor, Qt.Key.Key_Home)
        for _ in range(position):
            qtbot.keyClick(editor, Qt.Key.Key_Down)
    else:
        target: QWidget = editor.lineEdit() if isinstance(editor, QComboBox) else editor
        if isinstance(target, QLineEdit):
            target.selectAll()
        qtbot.keyClicks(target, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes its editor queued
    if table.state() == QAbstractItemView.State.EditingState:  # a completer took the first Enter
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert table.state() != QAbstractItemView.State.EditingState, "the cell is still open"


def activate(qtbot: Any, widget: QWidget) -> None:
    """Make the widget's window the active one, with a focus (shortcuts need both).

    Offscreen, a completer's pop-up that closed can take activation away a few event
    rounds later, so this waits until the window stays active.
    """
    window = widget.window()
    for _ in range(50):
        window.activateWindow()
        qtbot.wait(10)
        if QApplication.activeWindow() is window:
            break
    assert QApplication.activeWindow() is window, "the window cannot be activated"
    if QApplication.focusWidget() is None:
        widget.setFocus()


def cell_editor(table: QAbstractItemView) -> QWidget:
    """The editor widget open in a table cell."""
    assert table.state() == QAbstractItemView.State.EditingState, "no cell editor opened"
    found = [
        w for w in table.viewport().findChildren(QWidget)
        if isinstance(w, (QLineEdit, QComboBox)) and w.isVisible() and w.parent() is table.viewport()
    ]  # fmt: skip
    assert len(found) == 1, found
    return found[0]


def wait_for_quote(qtbot: Any, editor: BookingEditor, timeout: int = 10_000) -> None:
    """Wait until the live quote of the editor's current request is shown."""
    qtbot.waitUntil(lambda: editor.quote_ready, timeout=timeout)
    QThreadPool.globalInstance().waitForDone(timeout)
