"""What a first-day clerk meets: a ship date in the past is said and asked about, an empty
list says what to do, the clerk's name is asked for once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from booking_app.documents.printing import render_confirmation
from booking_app.gui.common.formatting import to_qdate
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from booking_app.gui.settings.clerk_dialog import ClerkNameDialog, ask_clerk_name
from booking_app.services.settings import current_settings
from tests.conftest import TEST_TODAY
from tests.documents.pdfcheck import pdf_text
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
    window: MainWindow, editor: BookingEditor, qtbot: Any, tmp_path: Any
) -> None:
    notice = editor.ship_notice
    assert not notice.isVisibleTo(editor)  # today is fine
    _ship_on(editor, qtbot, -1)
    assert notice.isVisibleTo(editor)
    assert notice.text() == "The ship date 11/29/2026 is 1 day before today."
    assert editor.quote_panel.total_label.text() != "Total: not priced"  # still priced
    window.grab().save(str(tmp_path / "past.png"))
    _ship_on(editor, qtbot, -365)
    assert "365 days before today" in notice.text()
    _ship_on(editor, qtbot, 0)
    assert not notice.isVisibleTo(editor)


def test_the_warning_follows_the_language(
    window: MainWindow, editor: BookingEditor, qtbot: Any
) -> None:
    _ship_on(editor, qtbot, -2)
    english = editor.ship_notice.text()
    window.language.apply("vi")
    QApplication.processEvents()
    try:
        translated = editor.ship_notice.text()
        assert translated and translated != english
        assert "before today" not in translated
    finally:
        window.language.apply("en")
        QApplication.processEvents()
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
    assert "1 day before today" in seen[0] and "anyway" in seen[0]
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


def test_an_empty_desk_says_what_to_do(window: MainWindow, qtbot: Any, tmp_path: Any) -> None:
    view = window.bookings_view
    hint = view.empty_state
    assert view.model.rowCount() == 0 and hint.isVisibleTo(view)
    assert hint.first_start
    assert "No bookings yet." in hint.text()
    for keys in ("Ctrl+N", "Ctrl+2", "Alt+R", "Ctrl+4"):
        assert keys in hint.text(), keys
    assert hint.geometry() == view.table.viewport().rect()
    window.grab().save(str(tmp_path / "empty.png"))
    window.language.apply("th")
    QApplication.processEvents()
    try:
        assert "No bookings yet." not in hint.text() and "Ctrl+N" in hint.text()
    finally:
        window.language.apply("en")


def test_the_hint_goes_when_a_booking_is_made_and_says_more_on_another_day(
    window: MainWindow, editor: BookingEditor, qtbot: Any
) -> None:
    view = window.bookings_view
    assert editor.save()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert not view.empty_state.isVisibleTo(view)
    view.previous_day()
    assert view.model.rowCount() == 0 and view.empty_state.isVisibleTo(view)
    assert not view.empty_state.first_start
    assert "No bookings on this day match." in view.empty_state.text()
    assert "Alt+Left" in view.empty_state.text()


def test_the_first_start_asks_the_clerk_name_once(
    window: MainWindow, qtbot: Any, tmp_path: Any
) -> None:
    ctx = window.ctx
    asked: list[object] = []

    def ask(parent: object) -> str:
        asked.append(parent)
        return "Nguyen Van An"

    assert current_settings(ctx.uow).clerk_name == ""  # the demo starts without one
    assert ask_clerk_name(ctx, window, ask) == "Nguyen Van An"
    assert asked == [window]
    assert current_settings(ctx.uow).clerk_name == "Nguyen Van An"
    assert ask_clerk_name(ctx, window, ask) is None and len(asked) == 1  # asked once
    # the name is the one new bookings and their documents carry
    editor = window.new_booking()
    editor.apply_state(sample(ship_date="2026-12-02"))
    wait_for_quote(qtbot, editor)
    assert editor.confirm()
    pdf = render_confirmation(ctx.uow, str(editor.booking_no), tmp_path / "c.pdf")
    assert "Issued by Nguyen Van An" in pdf_text(pdf)


def test_declining_the_name_asks_again_next_time(window: MainWindow) -> None:
    assert ask_clerk_name(window.ctx, window, lambda parent: None) is None
    assert current_settings(window.ctx.uow).clerk_name == ""


def test_the_name_dialog_is_typed_into_and_enter_takes_it(
    qtbot: Any, tmp_path: Any
) -> None:
    dialog = ClerkNameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no empty name
    assert dialog.focusWidget() in (dialog.name_edit, None) or dialog.name_edit.hasFocus()
    qtbot.keyClicks(dialog.name_edit, "  Somchai   Jaidee ")
    assert ok.isEnabled() and ok.isDefault()
    dialog.grab().save(str(tmp_path / "clerk.png"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.name() == "Somchai Jaidee"


def test_the_real_dialog_behind_ask_clerk_name(window: MainWindow, qtbot: Any) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, ClerkNameDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.keyClicks(box.name_edit, "Li Wei")
        qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    assert ask_clerk_name(window.ctx, window) == "Li Wei"
    assert current_settings(window.ctx.uow).clerk_name == "Li Wei"


def test_the_first_start_shows_the_sample_bookings(
    tmp_path: Any, qtbot: Any, clock: Any
) -> None:
    from booking_app import launcher
    from booking_app.gui.bookings.view import BookingsView
    from booking_app.gui.common.context import DeskContext

    path = tmp_path / "first" / "desk.sqlite3"
    assert launcher.prepare_database(path)  # created now, as `booking-app` does
    ctx = DeskContext(path, clock=clock)
    try:
        view = BookingsView(ctx)
        qtbot.addWidget(view)
        assert view.model.rowCount() == 3 and not view.empty_state.isVisibleTo(view)
        clerks = {view.model.index(r, 8).data() for r in range(3)}
        statuses = [view.model.index(r, 7).data() for r in range(3)]
        assert clerks == {"Sample"} and statuses == ["confirmed", "quoted", "draft"]
        view.close()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        ctx.close()
