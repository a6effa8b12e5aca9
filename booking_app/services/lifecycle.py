"""Quotes over time (quotes-and-tariffs.md §1): status changes with reasons, expiry as
soon as anyone looks, re-pricing an expired quote, the follow-up list.
"""

from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from booking_app.core.booking import Booking, check_transition
from booking_app.core.errors import ValidationError
from booking_app.core.lifecycle import REASON_NEEDED, days_left, is_expired
from booking_app.core.money import format_money
from booking_app.core.quote import Quote
from booking_app.services import quoting
from booking_app.store.uow import UnitOfWork

if TYPE_CHECKING:  # the follow-up list's listing: not needed to expire quotes (every call)
    from booking_app.services.listing import BookingRow


class StatusChange(NamedTuple):
    """What a status change did: the booking after it, and for a re-priced expired quote
    the quote it had before (to show what changed)."""

    booking: Booking
    previous: Quote | None = None

    @property
    def repriced(self) -> bool:
        """True when an expired quote was priced again as a new revision."""
        return self.previous is not None


def expire_overdue(uow: UnitOfWork, clerk: str = "") -> list[str]:
    """Mark every quoted booking whose ``valid_until`` is before today as expired.

    Called whenever a command or the desk looks at bookings; writes only when something
    is due. Returns the numbers it expired.
    """
    today = uow.clock.today()
    if not uow.bookings.overdue_quotes(today):
        return []
    with uow:
        due = uow.bookings.overdue_quotes(today)  # again, under the write lock
        for number in due:
            uow.bookings.set_status(number, "expired", uow.clock.now())
            uow.audit.record(
                "status", "booking", number, "expired", clerk,
                old={"status": "quoted"}, new={"status": "expired"},
            )  # fmt: skip
        uow.commit()
    return due


def change_status(
    uow: UnitOfWork, booking_no: str, status: str, reason: str = "", clerk: str = ""
) -> StatusChange:
    """Move a booking to ``status`` if the rules allow it.

    ``lost`` and ``cancelled`` need a reason. Confirming checks the margin floor (an
    approval saved with the booking counts). Confirming an expired quote prices it again
    at today's rates as a new revision (the result holds the old quote).

    Raises:
        ValidationError: the change is not allowed, or a reason is missing.
        MarginApprovalError: a confirmation below the floor without approval.
    """
    expire_overdue(uow, clerk)
    booking = quoting.get_booking(uow, booking_no)
    reason = reason.strip()
    if status in REASON_NEEDED and not reason:
        raise ValidationError(f"{booking.booking_no}: {status} needs a reason (--reason)")
    check_transition(booking.status, status)
    if booking.status == "expired" and status == "confirmed":
        return _reprice(uow, booking, clerk)
    if status == "confirmed":
        quoting.check_margin_floor(booking.request, booking.priced, status)
    with uow:
        uow.bookings.set_status(booking.booking_no, status, uow.clock.now(), reason)
        detail = status + (f": {reason}" if reason else "")
        uow.audit.record(
            "status", "booking", booking.booking_no, detail, clerk,
            old={"status": booking.status},
            new={"status": status} | ({"reason": reason} if reason else {}),
        )  # fmt: skip
        uow.commit()
    return StatusChange(quoting.get_booking(uow, booking.booking_no))


def reprice_preview(uow: UnitOfWork, booking_no: str) -> tuple[Quote, Quote]:
    """An expired quote priced again at today's rates, not saved: (old, new)."""
    booking = quoting.get_booking(uow, booking_no)
    return booking.priced, quoting.quote_request(uow, _today_request(uow, booking))


def _today_request(uow: UnitOfWork, booking: Booking) -> Any:
    today = uow.clock.today()
    request = booking.request
    return request._replace(quote_date=today, ship_date=max(request.ship_date, today))


def _reprice(uow: UnitOfWork, booking: Booking, clerk: str) -> StatusChange:
    request = _today_request(uow, booking)
    priced = quoting.quote_request(uow, request)
    quoting.check_margin_floor(request, priced, "confirmed")
    names = quoting.frozen_names(uow, request)
    with uow:
        renewed = booking._replace(
            revision=booking.revision + 1, status="confirmed",
            created_at=uow.clock.now(), clerk=clerk or booking.clerk, request=request,
            quote=priced, names=names,
        )  # fmt: skip
        uow.bookings.add(renewed)
        uow.audit.record(
            "reprice", "booking", booking.booking_no,
            f"revision {renewed.revision} confirmed: {booking.priced.total:f} → "
            f"{priced.total:f} {priced.currency}", clerk,
            old=quoting.audit_value(booking), new=quoting.audit_value(renewed),
        )  # fmt: skip
        uow.commit()
    return StatusChange(quoting.get_booking(uow, booking.booking_no), booking.priced)


def quote_entry(row: "BookingRow", today: date) -> dict[str, Any]:
    """One line of ``booking-app quotes``."""
    return {
        "booking_no": row.booking_no,
        "customer": row.customer,
        "status": row.status,
        "total": format_money(row.total, row.currency) if row.priced else None,
        "currency": row.currency,
        "valid_until": row.valid_until.isoformat() if row.valid_until else None,
        "days_left": days_left(row.valid_until, today),
    }


def follow_up(
    uow: UnitOfWork,
    open_only: bool = False,
    expiring_within: int | None = None,
    customer: str = "",
) -> "list[BookingRow]":
    """Quotes to chase: quoted (``open_only``) or every quote that was sent (quoted,
    confirmed, lost, expired), soonest expiry first.

    Raises:
        ValidationError: ``expiring_within`` is negative.
    """
    if expiring_within is not None and expiring_within < 0:
        raise ValidationError(f"--expiring-within {expiring_within} must not be negative")
    from booking_app.services.listing import list_bookings
    from booking_app.store.listing_repo import BookingFilter

    expire_overdue(uow)
    today = uow.clock.today()
    statuses = ("quoted",) if open_only or expiring_within is not None else (
        "quoted", "confirmed", "lost", "expired",
    )  # fmt: skip
    rows: list[BookingRow] = []
    for status in statuses:
        f = BookingFilter(status=status)
        rows += list_bookings(uow, f, limit=None)
    if customer.strip():
        rows = [r for r in rows if r.customer == customer.strip()]
    if expiring_within is not None:
        rows = [
            r for r in rows
            if r.valid_until is not None and 0 <= (r.valid_until - today).days <= expiring_within
        ]  # fmt: skip
    return sorted(rows, key=lambda r: (r.valid_until or date.max, r.booking_no))


def shown_status(row: "BookingRow", today: date) -> str:
    """The status to show: expired as soon as a quote's validity has ended."""
    return "expired" if is_expired(row.status, row.valid_until, today) else row.status
