"""The editor's status changes: confirming (with an approval below the floor), cancelling.

Confirming below the margin floor (selling.md §3) needs an approver and a reason.

The services judge the floor: the editor first confirms without an approval; when
:class:`~booking_app.core.errors.MarginApprovalError` comes back, the problem is shown at
the margin figure and the clerk is asked who approves and why. Cancelling saves nothing.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from booking_app.core.errors import BookingDeskError, MarginApprovalError
from booking_app.gui.common import formatting
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.problems import Shown
from booking_app.gui.editor.dialogs import ApprovalDialog
from booking_app.gui.editor.quote_panel import QuotePanel
from booking_app.services import desk


class StatusEditor(Protocol):
    """What a status change needs of the booking editor."""

    ctx: DeskContext
    booking_no: str | None
    status: str
    clerk: str
    quote_panel: QuotePanel

    def _save(self, status: str, approval: dict[str, str] | None = None) -> bool: ...
    def ask_approval(self, problem: MarginApprovalError) -> dict[str, str] | None: ...
    def ask_reason(self, question: str) -> str: ...
    def load_booking(self, booking_no: str) -> None: ...
    def can(self, action: str) -> bool: ...
    def show_message(self, text: Shown, error: bool = False) -> None: ...


def confirm_booking(editor: StatusEditor) -> bool:
    """Confirm the editor's booking, with an approval when the services ask for one."""
    approval: dict[str, str] | None = None
    for _attempt in range(2):  # with an approval the floor no longer stops the save
        try:
            return editor._save("confirmed", approval)
        except MarginApprovalError as problem:
            editor.quote_panel.show_approval_problem(problem)
            editor.show_message(
                QCoreApplication.translate(
                    "BookingEditor",
                    "Not confirmed: the margin is below the floor and needs an approval.",
                ),
                error=True,
            )
            approval = editor.ask_approval(problem)
            if approval is None:
                return False
    return False


def approval_question(problem: MarginApprovalError) -> str:
    """What the clerk is asked, in the clerk's words."""
    question = QCoreApplication.translate(
        "BookingEditor",
        "The margin of %1 % is below the floor of %2 % (customer: %3). Who approves "
        "confirming it, and why?",
    )
    customer = problem.customer or QCoreApplication.translate("BookingEditor", "this customer")
    return (
        question.replace("%1", formatting.money(f"{problem.margin_percent:f}"))
        .replace("%2", formatting.money(f"{problem.floor:f}"))
        .replace("%3", customer)
    )


def ask_approval(editor: QWidget, problem: MarginApprovalError) -> dict[str, str] | None:
    """The ``approval`` object typed by the clerk, or None when the dialog is cancelled."""
    dialog = ApprovalDialog(approval_question(problem), editor)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def cancel_booking(editor: StatusEditor) -> bool:
    """Cancel the editor's saved booking, after asking why."""
    number = editor.booking_no
    if number is None or not editor.can("cancel"):
        return False
    question = QCoreApplication.translate(
        "BookingEditor", "Cancel booking %1? This cannot be undone.\nWhy is it cancelled?"
    )
    reason = editor.ask_reason(question.replace("%1", number))
    if not reason:
        return False
    try:
        desk.cancel_booking(editor.ctx.uow, number, reason, editor.clerk)
    except BookingDeskError as exc:
        editor.show_message(exc, error=True)
        return False
    editor.load_booking(number)
    editor.show_message(
        QCoreApplication.translate("BookingEditor", "Booking %1 is cancelled.").replace(
            "%1", number
        )
    )
    editor.ctx.notify(Change.BOOKINGS)
    return True
