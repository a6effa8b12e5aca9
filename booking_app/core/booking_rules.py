"""What a clerk may do with a booking, by its status: edit, save, quote, confirm, amend,
cancel, send, re-quote, mark won or lost.

One home for the rules the editor's buttons, the window's menus and the follow-up list
ask (quotes-and-tariffs.md §1); the statuses' transitions themselves are
:data:`booking_app.core.booking.TRANSITIONS`, which the services enforce. A widget asks
:func:`allowed` and greys what is not; it never decides.
"""

import enum
from typing import NamedTuple

from booking_app.core.booking import TRANSITIONS

#: The status of a booking not saved yet (the editor's, never stored).
NEW = "new"
#: A plain save keeps these statuses (anything else is saved as a draft).
EDITABLE_STATUSES = ("draft", "quoted")
#: Only looked at, until amended (confirmed) or never again (cancelled).
READ_ONLY_STATUSES = ("confirmed", "cancelled")
#: Statuses whose quotation may be sent (an expired quote is re-quoted first).
SENDABLE = (NEW, "draft", "quoted")
#: Statuses a follow-up re-quote starts from.
REQUOTABLE = ("quoted", "expired", "lost")


class Action(enum.Enum):
    """What a clerk can ask of a booking."""

    SAVE = "save"
    QUOTE = "quote"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    DUPLICATE = "duplicate"
    AMEND = "amend"
    SEND = "send"
    WON = "won"
    LOST = "lost"
    REQUOTE = "requote"


class BookingState(NamedTuple):
    """A booking as the desk shows it: its status (``new`` before the first save), and
    whether a confirmed booking is being amended."""

    status: str = NEW
    amending: bool = False

    @property
    def saved(self) -> bool:
        """True once the booking has a number."""
        return self.status != NEW


def is_read_only(state: BookingState) -> bool:
    """Confirmed and cancelled bookings are only looked at (a confirmed one until amended)."""
    return state.status in READ_ONLY_STATUSES and not state.amending


def save_status(state: BookingState) -> str:
    """The status a plain *Save* gives: a draft, or a quoted booking stays quoted
    (an amendment, a new revision, starts as a draft)."""
    return state.status if state.status in EDITABLE_STATUSES and not state.amending else "draft"


def _may_become(status: str, new: str) -> bool:
    return new in TRANSITIONS.get(status, ())


def allowed(state: BookingState, action: Action) -> bool:
    """Whether ``action`` applies to a booking in ``state`` now."""
    status, editable = state.status, not is_read_only(state)
    if action in (Action.SAVE, Action.QUOTE, Action.CONFIRM):
        return editable
    if action is Action.CANCEL:
        return state.saved and _may_become(status, "cancelled")
    if action is Action.DUPLICATE:
        return True
    if action is Action.AMEND:
        return status == "confirmed" and not state.amending
    if action is Action.SEND:
        return status in SENDABLE and not state.amending
    if action is Action.WON:  # from the follow-up list: a draft is confirmed in the editor
        return status in ("quoted", "expired") and _may_become(status, "confirmed")
    if action is Action.LOST:
        return status == "quoted" and _may_become(status, "lost")
    if action is Action.REQUOTE:
        return status in REQUOTABLE
    return False


def requotes_in_place(status: str) -> bool:
    """A quote still open is re-quoted as its next revision; an expired or lost one, which
    cannot become quoted again, as a new booking from its request."""
    return status == "quoted"


def sent_becomes_quoted(status: str) -> bool:
    """Sending a draft's quotation marks it quoted (a quoted one stays as it is)."""
    return status == "draft"


def document_kind(status: str) -> str:
    """The document a booking prints: the confirmation once confirmed or cancelled."""
    return "confirmation" if status in READ_ONLY_STATUSES else "quotation"
