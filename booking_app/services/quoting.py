"""Quoting and booking: price a request, save a booking with its frozen quote."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from booking_app.core.booking import Booking, check_status, check_transition
from booking_app.core.errors import BookingDeskError, ValidationError
from booking_app.core.money import format_money
from booking_app.core.pricing import price_route
from booking_app.core.quote import Quote, QuoteRequest
from booking_app.core.request import parse_quote_request, require_booking_fields
from booking_app.services.settings import current_settings
from booking_app.store.uow import UnitOfWork

BOOKABLE_STATUSES = ("draft", "quoted", "confirmed")


def parse_request(uow: UnitOfWork, raw: object, today: date | None = None) -> QuoteRequest:
    """Read a request object, filling defaults (dates, currency, markup) from settings."""
    settings = current_settings(uow)
    return parse_quote_request(
        raw,
        today or uow.clock.today(),
        default_markup=settings.default_markup_percent,
        default_currency=settings.default_currency,
    )


def quote_request(uow: UnitOfWork, request: QuoteRequest) -> Quote:
    """Price a parsed request on the rates in the database.

    Raises:
        PricingError: a leg cannot be priced (the message names the leg and why).
    """
    return price_route(request, uow.rates, uow.rates.fx_rows())


def quote(uow: UnitOfWork, raw: object, today: date | None = None) -> Quote:
    """Price one request object (as in ``booking-app quote``)."""
    return quote_request(uow, parse_request(uow, raw, today))


def quote_many(uow: UnitOfWork, raws: Sequence[object], today: date | None = None) -> list[Quote]:
    """Price a list of requests, in order; an error names the request's position."""
    quotes = []
    for i, raw in enumerate(raws, 1):
        try:
            quotes.append(quote(uow, raw, today))
        except BookingDeskError as exc:
            if len(raws) == 1:
                raise
            raise type(exc)(f"request {i}: {exc}") from None
    return quotes


def _check_new(request: QuoteRequest, status: str) -> None:
    check_status(status)
    if status not in BOOKABLE_STATUSES:
        raise ValidationError(f"a new booking cannot be {status}")
    require_booking_fields(request)


def audit_value(booking: Booking) -> dict[str, Any]:
    """A booking revision as the audit log keeps it (its old or new value)."""
    return {
        "revision": booking.revision,
        "status": booking.status,
        "total": format_money(booking.quote.total, booking.quote.currency),
        "currency": booking.quote.currency,
        "customer": booking.request.parties.customer,
        "legs": [f"{leg.mode} {leg.origin}-{leg.destination}" for leg in booking.quote.legs],
    }


def _save(
    uow: UnitOfWork, request: QuoteRequest, priced: Quote, status: str, clerk: str
) -> Booking:
    now = uow.clock.now()
    booking = Booking(
        booking_no=uow.bookings.next_booking_no(now.year),
        revision=1,
        status=status,
        created_at=now,
        booking_date=now.date(),
        clerk=clerk,
        request=request,
        quote=priced,
    )
    uow.bookings.add(booking)
    uow.audit.record(
        "book", "booking", booking.booking_no, status, clerk, new=audit_value(booking)
    )
    return booking


def book(
    uow: UnitOfWork,
    raws: Sequence[object],
    status: str = "confirmed",
    clerk: str = "",
    today: date | None = None,
) -> list[Booking]:
    """Price and save each request as a booking; all are saved or none.

    Raises:
        BookingDeskError: a request is invalid or cannot be priced; nothing is saved.
    """
    clerk = clerk or current_settings(uow).clerk_name
    # Price everything first: the write lock is held only while the rows are written.
    priced: list[tuple[QuoteRequest, Quote]] = []
    for i, raw in enumerate(raws, 1):
        try:
            request = parse_request(uow, raw, today)
            _check_new(request, status)
            priced.append((request, quote_request(uow, request)))
        except BookingDeskError as exc:
            prefix = f"request {i}: " if len(raws) > 1 else ""
            raise type(exc)(f"{prefix}{exc}") from None
    with uow:
        bookings = [_save(uow, request, q, status, clerk) for request, q in priced]
        uow.commit()
    return bookings


def get_booking(uow: UnitOfWork, booking_no: str) -> Booking:
    """A saved booking exactly as frozen (raises NotFoundError for an unknown number)."""
    return uow.bookings.get(booking_no.strip().upper())


def change_status(uow: UnitOfWork, booking_no: str, status: str, clerk: str = "") -> Booking:
    """Move a booking to another status, if the rules allow it."""
    with uow:
        booking = get_booking(uow, booking_no)
        check_transition(booking.status, status)
        uow.bookings.set_status(booking.booking_no, status, uow.clock.now())
        uow.audit.record(
            "status", "booking", booking.booking_no, status, clerk,
            old={"status": booking.status}, new={"status": status},
        )  # fmt: skip
        uow.commit()
    return get_booking(uow, booking_no)


def booking_summary(booking: Booking) -> dict[str, Any]:
    """What ``booking-app book`` prints for one booking."""
    return {
        "booking_no": booking.booking_no,
        "total": format_money(booking.quote.total, booking.quote.currency),
        "currency": booking.quote.currency,
    }
