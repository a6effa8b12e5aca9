"""*Send quotation…* (quotes-and-tariffs.md §3): the quotation e-mail handed to the mail program.

The ``.eml`` (the PDF attached, to the customer's e-mail) is written on a pool thread to
a temporary folder, then opened with the system's handler for ``.eml`` files — the mail
program. Once written, a draft becomes quoted through the lifecycle service. A booking
with unsaved edits is saved first (the clerk is asked).
"""

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QObject, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStatusBar, QWidget

from booking_app.core.booking_rules import sent_becomes_quoted
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.labels import status_label
from booking_app.gui.common.ops import Op, collection_op
from booking_app.gui.common.problems import problem_text
from booking_app.gui.common.workers import next_serial
from booking_app.gui.documents.printing import ensure_saved
from booking_app.gui.documents.render_lock import RENDER_LOCK
from booking_app.services import lifecycle
from booking_app.services.quoting import get_booking
from booking_app.store.uow import UnitOfWork

if TYPE_CHECKING:
    from booking_app.gui.editor.booking_editor import BookingEditor

class Sent(NamedTuple):
    """A quotation e-mail written: where, and the booking's status after it."""

    path: Path
    status: str
    marked_quoted: bool


def sent_changes(sent: Sent) -> Change:
    """What sending changed: the booking, when a draft became quoted."""
    return Change.BOOKINGS if sent.marked_quoted else Change.NONE


def email_work(booking_no: str, path: Path, clerk: str = "") -> Callable[[UnitOfWork], Sent]:
    """The work (for an :class:`~booking_app.gui.common.ops.Op`) writing the quotation
    e-mail to ``path``; once written, a draft becomes quoted through the lifecycle service."""

    def write(uow: UnitOfWork) -> Sent:
        from booking_app.documents.email import write_quotation_email  # loads reportlab

        with RENDER_LOCK:
            written = write_quotation_email(uow, booking_no, path)
        status = get_booking(uow, booking_no).status
        if not sent_becomes_quoted(status):
            return Sent(written, status, False)
        change = lifecycle.change_status(uow, booking_no, "quoted", "", clerk)
        return Sent(written, change.booking.status, True)

    return write


class SenderHost(Protocol):
    """What the sender needs of the window it serves: the desk, its editors, a status bar."""

    ctx: DeskContext

    def window(self) -> QWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def editors(self) -> "list[BookingEditor]": ...


class QuotationSender(QObject):
    """Writes a booking's quotation e-mail, opens it, and marks the booking quoted."""

    def __init__(self, window: SenderHost) -> None:
        super().__init__(window.window())
        self.window = window
        self.temp_dir = QTemporaryDir()
        # the e-mails being written
        self._pending: set[Op[Sent]] = set()
        # how the .eml reaches the mail program (tests put a recorder here)
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.last_written: Path | None = None

    def can_send(self, editor: "BookingEditor | None") -> bool:
        """Whether the editor's booking may be sent as a quotation now."""
        return editor is not None and editor.can("send")

    def send(self, editor: "BookingEditor | None") -> bool:
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
        work = email_work(number, path, editor.clerk)
        op = collection_op(self.window.ctx, work, sent_changes, self)
        self._pending.add(
            op.success(partial(self._on_sent, op, number, editor))
            .failure(partial(self._on_failed, op, number, editor))
            .run()
        )
        self._status(self.tr("Writing %1…").replace("%1", path.name), 0)
        return True

    def is_busy(self) -> bool:
        """True while an e-mail is being written."""
        return bool(self._pending)

    def _on_failed(
        self, op: Op[Sent], number: str, editor: "BookingEditor", error: Exception
    ) -> None:
        self._pending.discard(op)
        self._status("")
        text = self.tr("Not sent: %1").replace("%1", problem_text(error))
        self._tell(editor, number, text, True)

    def _on_sent(self, op: Op[Sent], number: str, editor: "BookingEditor", sent: Sent) -> None:
        self._pending.discard(op)
        self._status("")
        result, status = sent.path, sent.status
        self.last_written = result
        self.opener(QUrl.fromLocalFile(str(result)))
        if self._alive(editor) and editor.booking_no == number:
            editor.load_booking(number)
        text = self.tr("Quotation %1 handed to the mail program; the booking is %2.")
        self._tell(editor, number, text.replace("%1", number).replace("%2", status_label(status)))

    def _alive(self, editor: "BookingEditor") -> bool:
        return editor in self.window.editors()

    def _tell(self, editor: "BookingEditor", number: str, text: str, error: bool = False) -> None:
        if self._alive(editor) and editor.booking_no == number:
            editor.show_message(text, error)
        self._status(text, 8000)

    def _status(self, text: str, timeout: int = 5000) -> None:
        if text:
            self.window.statusBar().showMessage(text, timeout)
        else:
            self.window.statusBar().clearMessage()
