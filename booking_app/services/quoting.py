"""Quoting and booking: price a request, save a booking with its frozen quote."""

import json
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from booking_app.core.booking import (
    Booking,
    FrozenNames,
    PartyCard,
    check_status,
)
from booking_app.core.emissions import Estimator
from booking_app.core.errors import (
    BookingDeskError,
    MarginApprovalError,
    NoRateError,
    ValidationError,
)
from booking_app.core.money import format_money
from booking_app.core.pricing import price_route
from booking_app.core.quote import LegRequest, Quote, QuoteRequest
from booking_app.core.rates import FxRate
from booking_app.core.request import parse_quote_request, require_booking_fields
from booking_app.core.selling import PriceTerms
from booking_app.services.emissions import estimator
from booking_app.services.settings import Settings, current_settings
from booking_app.store.uow import UnitOfWork

BOOKABLE_STATUSES = ("draft", "quoted", "confirmed")


class _Prepared(NamedTuple):
    request: QuoteRequest
    quote: Quote
    names: FrozenNames


def parse_request(
    uow: UnitOfWork, raw: object, today: date | None = None, settings: Settings | None = None
) -> QuoteRequest:
    """Read a request object, filling defaults (dates from the clock, currency from
    ``settings``, read when not given)."""
    settings = settings or current_settings(uow)
    return parse_quote_request(
        raw, today or uow.clock.today(), default_currency=settings.default_currency
    )


def price_terms(
    uow: UnitOfWork, request: QuoteRequest, settings: Settings | None = None
) -> PriceTerms:
    """Where each leg's markup or margin comes from (selling.md §2) and the floor (§3):
    the request's own, else the customer's pricing profile, else the settings."""
    settings = settings or current_settings(uow)
    customer = request.parties.customer
    return PriceTerms(
        given=request.price,
        profiles=tuple(uow.pricing.of_customer(customer)) if customer else (),
        default=settings.default_price,
        default_floor=settings.min_margin_percent,
        tariffs=tuple(uow.tariffs.of_customer(customer)) if customer else (),
    )


def quote_request(
    uow: UnitOfWork,
    request: QuoteRequest,
    settings: Settings | None = None,
    fx: list[FxRate] | None = None,
    emissions: Estimator | None = None,
) -> Quote:
    """Price a parsed request on the rates in the database, at the customer's prices,
    with each leg's distance and CO2e estimate (schedules-routes-emissions.md §3).

    ``settings``, the ``fx`` rows and the ``emissions`` estimator (its places) are read
    when not given: a batch passes them once.

    Raises:
        PricingError: a leg cannot be priced (the message names the leg and why).
    """
    settings = settings or current_settings(uow)
    try:
        priced = price_route(
            request,
            uow.rates,
            uow.rates.fx_rows() if fx is None else fx,
            price_terms(uow, request, settings),
            settings.quote_valid_days,
        )
    except NoRateError as exc:
        leg = request.legs[exc.leg - 1] if exc.leg and exc.leg <= len(request.legs) else None
        raise (exc if leg is None else explain_no_rate(uow, leg, exc)) from None
    return (emissions or estimator(uow)).estimate(priced, request.cargo)


def explain_no_rate(uow: UnitOfWork, leg: LegRequest, error: BookingDeskError) -> BookingDeskError:
    """A lane without any rate whose place is unknown, or air from a place that is no
    airport, says so (naming the place's airports); any other error is returned as it is.

    Only when the locations table has rows: without one, every code is unchecked.
    """
    if error.code != "no_rate_lane" or error.leg is None or not uow.rates.count("locations"):
        return error
    airports = (
        [row for row in uow.locations.all() if row.get("kind") == "airport"]
        if leg.mode == "air" else []
    )  # fmt: skip
    from booking_app.core.no_rate import location_problem  # only when a lane has no rate

    found = location_problem(
        leg, uow.locations.get(leg.origin), uow.locations.get(leg.destination), airports
    )
    if found is None:
        return error
    keep = {k: error.params[k] for k in ("mode", "origin", "destination", "etd")
            if k in error.params}  # fmt: skip
    return found.at_leg(error.leg).with_prefix(error.prefix, **keep)


def quote(
    uow: UnitOfWork, raw: object, today: date | None = None, settings: Settings | None = None
) -> Quote:
    """Price one request object (as in ``booking-app quote``); settings read once."""
    settings = settings or current_settings(uow)
    return quote_request(uow, parse_request(uow, raw, today, settings), settings)


def quote_many(uow: UnitOfWork, raws: Sequence[object], today: date | None = None) -> list[Quote]:
    """Price a list of requests, in order; an error names the request's position.

    The settings and FX rows are read once for the whole list."""
    settings = current_settings(uow)
    fx = uow.rates.fx_rows()
    places = estimator(uow)
    quotes = []
    for i, raw in enumerate(raws, 1):
        try:
            request = parse_request(uow, raw, today, settings)
            quotes.append(quote_request(uow, request, settings, fx, places))
        except BookingDeskError as exc:
            if len(raws) == 1:
                raise
            raise exc.with_prefix(f"request {i}: ") from None
    return quotes


def check_margin_floor(request: QuoteRequest, priced: Quote, status: str) -> None:
    """A confirmation below the margin floor needs an approval (selling.md §3).

    Raises:
        MarginApprovalError: ``status`` is confirmed, the margin is below the floor and
            the request carries no approval.
    """
    if status == "confirmed" and priced.below_min_margin and request.approval is None:
        raise MarginApprovalError(
            priced.margin_percent, priced.min_margin_percent, request.parties.customer
        )


def frozen_names(uow: UnitOfWork, request: QuoteRequest) -> FrozenNames:
    """The parties' names and addresses and the places' names as they are now (§6)."""

    def card(name: str) -> PartyCard:
        party = uow.parties.get_by_name(name.strip()) if name.strip() else None
        return PartyCard(name.strip(), party["address"] if party else "")

    codes = dict.fromkeys(c for leg in request.legs for c in (leg.origin, leg.destination))
    places = []
    for code in codes:
        location = uow.locations.get(code)
        places.append((code, location["name"] if location else ""))
    p = request.parties
    return FrozenNames(card(p.customer), card(p.shipper), card(p.consignee), tuple(places))


def record_approval(uow: UnitOfWork, booking: Booking) -> None:
    """Write a below-floor approval to the audit log (inside the saving transaction)."""
    approval = booking.approval
    if approval is None or booking.quote is None or not booking.quote.below_min_margin:
        return
    detail = json.dumps(
        {
            "by": approval.by,
            "reason": approval.reason,
            "margin_percent": f"{booking.quote.margin_percent:f}",
            "min_margin_percent": f"{booking.quote.min_margin_percent:f}",
        },
        ensure_ascii=False,
    )
    uow.audit.record("approve_margin", "booking", booking.booking_no, detail, booking.clerk)


def _prepare(uow: UnitOfWork, raw: object, status: str, today: date | None) -> _Prepared:
    """Parse, check and price one request before any write (data-safety §2)."""
    check_status(status)
    if status not in BOOKABLE_STATUSES:
        raise ValidationError(f"a new booking cannot be {status}")
    request = parse_request(uow, raw, today)
    require_booking_fields(request)
    priced = quote_request(uow, request)
    check_margin_floor(request, priced, status)
    return _Prepared(request, priced, frozen_names(uow, request))


def audit_value(booking: Booking) -> dict[str, Any]:
    """A booking revision as the audit log keeps it (its old or new value)."""
    quote = booking.quote
    return {
        "revision": booking.revision,
        "status": booking.status,
        "total": None if quote is None else format_money(quote.total, quote.currency),
        "currency": booking.request.currency if quote is None else quote.currency,
        "customer": booking.request.parties.customer,
        "legs": [f"{leg.mode} {leg.origin}-{leg.destination}" for leg in booking.request.legs],
    }


def book(
    uow: UnitOfWork,
    raws: Sequence[object],
    status: str = "confirmed",
    clerk: str = "",
    today: date | None = None,
) -> list[Booking]:
    """Price and save each request as a booking; all are saved or none.

    Every request is parsed and priced first; the write transaction then only takes the
    numbers and writes the rows.

    Raises:
        BookingDeskError: a request is invalid or cannot be priced; nothing is saved.
    """
    clerk = clerk or current_settings(uow).clerk_name
    prepared = []
    for i, raw in enumerate(raws, 1):
        try:
            prepared.append(_prepare(uow, raw, status, today))
        except BookingDeskError as exc:
            if len(raws) == 1:
                raise
            raise exc.with_prefix(f"request {i}: ") from None

    def write() -> list[Booking]:
        bookings = []
        for item in prepared:
            now = uow.clock.now()
            booking = Booking(
                booking_no=uow.bookings.next_booking_no(now.year),
                revision=1,
                status=status,
                created_at=now,
                booking_date=now.date(),
                clerk=clerk,
                request=item.request,
                quote=item.quote,
                names=item.names,
            )
            uow.bookings.add(booking)
            uow.audit.record(
                "book", "booking", booking.booking_no, status, clerk, new=audit_value(booking)
            )
            record_approval(uow, booking)
            bookings.append(booking)
        return bookings

    return uow.transaction(write)


def get_booking(uow: UnitOfWork, booking_no: str) -> Booking:
    """A saved booking exactly as frozen (raises NotFoundError for an unknown number)."""
    return uow.bookings.get(booking_no.strip().upper())


def booking_summary(booking: Booking) -> dict[str, Any]:
    """What ``booking-app book`` prints for one booking (booking_no, total, currency first)."""
    quote = booking.priced
    return {
        "booking_no": booking.booking_no,
        "total": format_money(quote.total, quote.currency),
        "currency": quote.currency,
        "booking_date": booking.booking_date.isoformat(),
        "cost_total": format_money(quote.cost_total, quote.currency),
        "margin": format_money(quote.margin, quote.currency),
        "margin_percent": f"{quote.margin_percent:f}",
        "below_min_margin": quote.below_min_margin,
    }
