"""The window's shortcuts from inside a text field; the field keeps its own editing keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from booking_app.gui.main_window import MainWindow
from tests.gui.helpers import activate

CTRL = Qt.KeyboardModifier.ControlModifier


class EmacsLineKeys(QObject):
    """What a line edit does on Linux (X11/GNOME/KDE key scheme): it asks for Ctrl+E (end of
    line), Ctrl+D (delete) and Ctrl+K for itself. The offscreen platform has no such
    scheme, so the test puts it back on the field."""

    EMACS = ("Ctrl+E", "Ctrl+D", "Ctrl+K")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if QKeySequence(event.keyCombination()).toString() in self.EMACS:
                event.accept()
                return True
        return False


def _linux_field(field: QLineEdit) -> EmacsLineKeys:
    keys = EmacsLineKeys(field)
    field.installEventFilter(keys)
    return keys


def test_ctrl_e_exports_the_day_from_a_text_field(window: MainWindow, qtbot: Any) -> None:
    exported: list[bool] = []
    window.bookings_view.exporter.export_day = lambda day: exported.append(True) or True  # type: ignore[method-assign]
    editor = window.new_booking()
    field = editor.header.party_edits["customer"]
    _linux_field(field)
    activate(qtbot, window)
    editor.header.party_edits["shipper"].setFocus()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "Guangxi")
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert exported == [True]
    assert window.tabs.currentIndex() == 0  # the Bookings view shows the day exported


def test_ctrl_d_duplicates_from_a_field_and_ctrl_k_stays_the_fields(
    window: MainWindow, qtbot: Any
) -> None:
    editor = window.new_booking()
    field = editor.header.party_edits["customer"]
    _linux_field(field)
    activate(qtbot, window)
    editor.header.party_edits["shipper"].setFocus()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "Mekong")
    before = len(window.editors())
    qtbot.keyClick(field, Qt.Key.Key_D, CTRL)
    assert len(window.editors()) == before + 1  # the window's Duplicate ran
    # a key no window action binds is left to the field
    assert not window.window_keys.window_takes(
        QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_K, CTRL)
    )


def test_select_all_copy_paste_and_undo_stay_the_fields(window: MainWindow, qtbot: Any) -> None:
    window.show_tab(0)
    field = window.bookings_view.search_edit
    activate(qtbot, window)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "hanoi")
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    assert field.selectedText() == "hanoi"
    qtbot.keyClick(field, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "hanoi"
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)
    assert field.text() == "hanoihanoi"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == "hanoi"
    for key in (Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_Z):
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, CTRL)
        assert not window.window_keys.window_takes(event)


def test_the_window_actions_are_application_wide(window: MainWindow) -> None:
    for action in window.actions():
        assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut, action.text()
