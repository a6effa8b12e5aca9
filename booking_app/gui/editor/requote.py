"""Re-quoting from the follow-up list: the quote opened in the editor at today's date.

A quote still open is opened with its quote date moved to today (and its ship date no
earlier), so the live quote shows today's prices and saving makes the next revision.
An expired or lost quote cannot become quoted again (``core.booking.TRANSITIONS``): it
is re-quoted as a new booking from its request, dated today.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from booking_app.core.booking_rules import requotes_in_place
from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.formatting import to_date, to_qdate
from booking_app.gui.common.labels import status_label
from booking_app.gui.common.problems import problem_text
from booking_app.services import desk

if TYPE_CHECKING:
    from booking_app.gui.editor.booking_editor import BookingEditor


class EditorOpener(Protocol):
    """What re-quoting needs of the window: the desk, opening editors, a status bar."""

    ctx: DeskContext

    def statusBar(self) -> QStatusBar: ...
    def new_booking(self, raw: dict[str, Any] | None = None) -> BookingEditor: ...
    def open_booking(self, booking_no: str) -> BookingEditor: ...


def requote(window: EditorOpener, booking_no: str) -> BookingEditor | None:
    """Open ``booking_no`` for a new quote; the editor, or None when it cannot be read."""
    ctx = window.ctx
    try:
        opened = desk.open_booking(ctx.uow, booking_no)
        if not requotes_in_place(opened.status):
            editor = window.new_booking(desk.duplicate_request(ctx.uow, booking_no))
            text = QCoreApplication.translate(
                "Requote", "A new quote from %1 (%2), at today's rates: save or mark it quoted."
            )
            status = status_label(opened.status)
            editor.show_message(text.replace("%1", booking_no).replace("%2", status))
            return editor
    except BookingDeskError as exc:
        window.statusBar().showMessage(problem_text(exc), 8000)
        return None
    editor = window.open_booking(booking_no)
    today = ctx.clock.today()
    header = editor.header
    if to_date(header.ship_date.date()) < today:
        header.ship_date.setDate(to_qdate(today))
    header.quote_date.setDate(to_qdate(today))
    text = QCoreApplication.translate(
        "Requote", "Re-quoting %1 at today's rates: Mark quoted saves revision %2."
    )
    editor.show_message(text.replace("%1", booking_no).replace("%2", str(editor.revision + 1)))
    return editor
