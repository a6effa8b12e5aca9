"""What a first-day clerk meets: a ship date in the past is said and asked about."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from booking_app.gui.common.formatting import to_qdate
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from tests.conftest import TEST_TODAY
from tests.gui.helpers import wait_for_quote
from tests.gui.test_booking_editor import sample

#: The real question (the suite's autouse fixture answers it with yes).
REAL_QUESTION = BookingEditor.ask_past_ship_date


@pytest.fixture
def editor(window: MainWindow, qtbot: Any) -> BookingEditor:
    opened = window.new_booking()
    opened.apply_state(sample())
    wait_for_quote(qtbot, opened)
    return opened


def _ship_on(editor: BookingEditor, qtbot: Any, days: int) -> None:
    editor.header.ship_date.setDate(to_qdate(TEST_TODAY + timedelta(days=days)))
    wait_for_quote(qtbot, editor)


def test_the_live_quote_warns_of_a_ship_date_before_today(
    editor: BookingEditor, qtbot: Any
) -> None:
    notice = editor.ship_notice
    assert not notice.isVisibleTo(editor)  # today is fine
    _ship_on(editor, qtbot, -1)
    assert notice.isVisibleTo(editor)
    assert notice.text() == "The ship date Nov 29, 2026 is 1 day(s) before today."
    assert editor.quote_panel.total_label.text() != "Total: not priced"  # still priced
    _ship_on(editor, qtbot, -365)
    assert "365 day(s) before today" in notice.text()
    _ship_on(editor, qtbot, 0)
    assert not notice.isVisibleTo(editor)


def test_the_warning_follows_the_language(
    window: MainWindow, editor: BookingEditor, qtbot: Any
) -> None:
    _ship_on(editor, qtbot, -2)
    english = editor.ship_notice.text()
    window.language.apply("vi")
    try:
        translated = editor.ship_notice.text()
        assert translated and translated != english
        assert "before today" not in translated
    finally:
        window.language.apply("en")
    assert editor.ship_notice.text() == english


def _answer(qtbot: Any, key: Qt.Key | None, seen: list[str]) -> None:
    """Answer the question box that opens next: a key, or a click on Yes."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        if key is None:
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            qtbot.keyClick(box, key)

    QTimer.singleShot(0, act)


def test_confirming_a_past_ship_date_asks_and_enter_says_no(
    editor: BookingEditor, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BookingEditor, "ask_past_ship_date", REAL_QUESTION)
    _ship_on(editor, qtbot, -1)
    seen: list[str] = []
    _answer(qtbot, Qt.Key.Key_Return, seen)
    assert not editor.confirm()
    assert editor.booking_no is None and editor.status == "new"  # nothing saved
    assert "1 day(s) before today" in seen[0] and "anyway" in seen[0]
    assert "ship date is before today" in editor.message.text()
    _answer(qtbot, None, seen)
    assert editor.confirm()
    assert editor.status == "confirmed" and len(seen) == 2


def test_confirming_today_asks_nothing(
    editor: BookingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(BookingEditor, "ask_past_ship_date", lambda self, w: asked.append(w))
    assert editor.confirm() and editor.status == "confirmed"
    assert asked == []
