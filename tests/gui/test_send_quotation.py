"""*Send quotation…*: the .eml handed to the mail program, the draft marked quoted."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from booking_app.gui.common.context import DeskContext
from booking_app.gui.main_window import MainWindow
from booking_app.services import catalog, desk, quoting
from tests.gui.helpers import activate
from tests.gui.test_followup_view import CUSTOMER, sample


@pytest.fixture
def opened(window: MainWindow) -> list[QUrl]:
    urls: list[QUrl] = []
    window.sender_.opener = urls.append
    return urls


def wait_sent(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.sender_.is_busy(), timeout=20_000)


def test_send_writes_the_eml_opens_it_and_marks_the_draft_quoted(
    window: MainWindow, desk_ctx: DeskContext, opened: list[QUrl], qtbot: Any
) -> None:
    catalog.save_party(desk_ctx.uow, {"name": CUSTOMER, "email": "ops@example.cn"})
    number = desk.save_booking(desk_ctx.uow, sample(quote_date="2026-11-30"), "draft").booking_no
    editor = window.open_booking(number)
    action = window.actions_.send
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+M"
    assert action in window.booking_menu.actions() and action.statusTip()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    wait_sent(qtbot, window)
    assert len(opened) == 1
    path = Path(opened[0].toLocalFile())
    assert path.suffix == ".eml" and path == window.sender_.last_written
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["To"].addresses[0].addr_spec == "ops@example.cn"
    assert number in str(message["Subject"])
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")
    assert quoting.get_booking(desk_ctx.uow, number).status == "quoted"
    assert editor.status == "quoted" and "mail program" in editor.message.text()


def test_a_customer_without_email_is_told_and_nothing_changes(
    window: MainWindow, desk_ctx: DeskContext, opened: list[QUrl], qtbot: Any
) -> None:
    number = desk.save_booking(desk_ctx.uow, sample(quote_date="2026-11-30"), "draft").booking_no
    editor = window.open_booking(number)
    assert window.sender_.send(editor)
    wait_sent(qtbot, window)
    assert opened == []
    assert quoting.get_booking(desk_ctx.uow, number).status == "draft"
    assert "no e-mail address" in editor.message.text()


def test_confirmed_bookings_are_not_sent(
    window: MainWindow, desk_ctx: DeskContext, opened: list[QUrl]
) -> None:
    number = desk.save_booking(desk_ctx.uow, sample(quote_date="2026-11-30"), "confirmed")
    editor = window.open_booking(number.booking_no)
    assert not window.actions_.send.isEnabled()
    assert not window.sender_.send(editor)
    assert opened == []
