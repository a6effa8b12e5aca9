"""*Send quotation…* (quotes-and-tariffs.md §3): the quotation e-mail handed to the mail program.

The ``.eml`` (the PDF attached, to the customer's e-mail) is written on a pool thread to
a temporary folder, then opened with the system's handler for ``.eml`` files — the mail
program. Once written, a draft becomes quoted through the lifecycle service. A booking
with unsaved edits is saved first (the clerk is asked).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStatusBar, QWidget

from booking_app.core.booking_rules import sent_becomes_quoted
from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.labels import problem_text, status_label
from booking_app.gui.common.workers import next_serial, result_relay, start_job, take_result
from booking_app.gui.documents.printing import RENDER_LOCK, ensure_saved
from booking_app.services import lifecycle
from booking_app.services.quoting import get_booking
from booking_app.store.uow import UnitOfWork

if TYPE_CHECKING:
    from booking_app.gui.editor.booking_editor import BookingEditor

def email_work(booking_no: str, path: Path) -> Callable[[UnitOfWork], Path]:
    """A job (for :func:`workers.start_job`) writing the quotation e-mail to ``path``."""

    def write(uow: UnitOfWork) -> Path:
        from booking_app.documents.email import write_quotation_email  # loads reportlab

        with RENDER_LOCK:
            return write_quotation_email(uow, booking_no, path)

    return write


class SenderHost(Protocol):
    """What the sender needs of the window it serves: the desk, its editors, a status bar."""

    ctx: DeskContext

    def window(self) -> QWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def editors(self) -> list[BookingEditor]: ...


class QuotationSender(QObject):
    """Writes a booking's quotation e-mail, opens it, and marks the booking quoted."""

    def __init__(self, window: SenderHost) -> None:
        super().__init__(window.window())
        self.window = window
        self.temp_dir = QTemporaryDir()
        # job serial → (booking number, the editor that asked)
        self._pending: dict[int, tuple[str, BookingEditor]] = {}
        # how the .eml reaches the mail program (tests put a recorder here)
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.last_written: Path | None = None
        result_relay().finished.connect(self._on_job_finished)

    def can_send(self, editor: BookingEditor | None) -> bool:
        """Whether the editor's booking may be sent as a quotation now."""
        return editor is not None and editor.can("send")

    def send(self, editor: BookingEditor | None) -> bool:
        """Save if needed, then write the e-mail in the background (False if not started)."""
        if editor is None:
            self._status(self.tr("Open a booking to send its quotation."))
            return False
        if not self.can_send(editor):
            editor.show_message(
                self.tr("Only a draft or quoted booking can be sent as a quotation."), True
            )
            return False
        if not ensure_saved(editor) or editor.booking_no is None:
            return False
        if not self.temp_dir.isValid():
            editor.show_message(self.tr("No folder for temporary files."), True)
            return False
        number = editor.booking_no
        path = Path(self.temp_dir.path()) / f"{number}-quotation-{next_serial()}.eml"
        serial = start_job(self.window.ctx.new_uow, email_work(number, path))
        self._pending[serial] = (number, editor)
        self._status(self.tr("Writing %1…").replace("%1", path.name), 0)
        return True

    def is_busy(self) -> bool:
        """True while an e-mail is being written."""
        return bool(self._pending)

    def _on_job_finished(self, serial: int) -> None:
        job = self._pending.pop(serial, None)
        if job is None:
            return
        number, editor = job
        result = take_result(serial)
        self._status("")
        if not isinstance(result, Path):
            text = self.tr("Not sent: %1").replace("%1", problem_text(str(result)))
            self._tell(editor, number, text, True)
            return
        self.last_written = result
        ctx = self.window.ctx
        try:
            status = get_booking(ctx.uow, number).status
            if sent_becomes_quoted(status):  # through the service
                change = lifecycle.change_status(ctx.uow, number, "quoted", "", editor.clerk)
                status = change.booking.status
                ctx.notify(Change.BOOKINGS)
        except BookingDeskError as exc:
            self._tell(editor, number, str(exc), True)
            return
        self.opener(QUrl.fromLocalFile(str(result)))
        if self._alive(editor) and editor.booking_no == number:
            editor.load_booking(number)
        text = self.tr("Quotation %1 handed to the mail program; the booking is %2.")
        self._tell(editor, number, text.replace("%1", number).replace("%2", status_label(status)))

    def _alive(self, editor: BookingEditor) -> bool:
        return editor in self.window.editors()

    def _tell(self, editor: BookingEditor, number: str, text: str, error: bool = False) -> None:
        if self._alive(editor) and editor.booking_no == number:
            editor.show_message(text, error)
        self._status(text, 8000)

    def _status(self, text: str, timeout: int = 5000) -> None:
        if text:
            self.window.statusBar().showMessage(text, timeout)
        else:
            self.window.statusBar().clearMessage()
