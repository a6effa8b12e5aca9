"""What the booking editor and the bookings view call: live quotes, saving, revisions.

The editor builds a request object (the JSON of cli-and-files.md) from what the clerk
typed and hands it here; pricing goes through :mod:`booking_app.services.quoting`, the
same functions ``booking-app quote`` uses, so the live quote (:mod:`.live`) equals the
CLI's to the cent.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from booking_app.core.booking import Booking, check_status, check_transition
from booking_app.core.booking_rules import EDITABLE_STATUSES
from booking_app.core.cargo import (
    CONTAINER_TYPES,
    cargo_from_dict,
    cargo_to_dict,
    chargeable_kg,
    wm_units,
)
from booking_app.core.errors import BookingDeskError, PricingError, Problem, ValidationError
from booking_app.core.quote import LegRequest, Quote, QuoteRequest
from booking_app.core.quote_json import quote_to_json
from booking_app.core.rates import MODES
from booking_app.core.request import require_booking_fields
from booking_app.core.request_extras import extras_to_json, spot_to_json
from booking_app.services import lifecycle, quoting
from booking_app.services.live import LegOutcome, LiveQuote, live_quote
from booking_app.services.settings import current_settings
from booking_app.store.listing_repo import BookingFilter
from booking_app.store.uow import UnitOfWork

__all__ = [
    "CONTAINER_TYPES", "EDITABLE_STATUSES", "MODES", "BookingFilter", "CargoMeasures",
    "LegOutcome", "LiveQuote", "OpenedBooking", "cancel_booking", "cargo_measures",
    "currencies", "duplicate_request", "live_quote", "open_booking", "request_to_raw",
    "save_booking", "save_problem",
]  # fmt: skip

#: Statuses a clerk may still edit; a confirmed booking changes only by an amendment.
#: Modes whose rates are per W/M, so the editor shows W/M units for them.
_WM_MODES = ("sea_lcl", "rail_lcl")


class CargoMeasures(NamedTuple):
    """Totals of the cargo being typed, and the chargeable quantity per mode."""

    gross_kg: Decimal
    volume_cbm: Decimal
    chargeable: tuple[tuple[str, str, Decimal], ...]  # (mode, "kg" or "wm", quantity)


class OpenedBooking(NamedTuple):
    """A saved booking as the editor shows it: its request and its frozen quote."""

    booking_no: str
    revision: int
    status: str
    clerk: str
    created_at: datetime
    request: dict[str, Any]
    quote: dict[str, Any] | None


def cargo_measures(raw_cargo: dict[str, Any], modes: list[str]) -> CargoMeasures:
    """Gross kg, cbm and, per mode, the chargeable kg (or W/M units for LCL modes).

    Containers or trucks are priced per unit, so then no chargeable quantity is given.

    Raises:
        ValidationError: a cargo field is not a number.
    """
    cargo = cargo_from_dict(raw_cargo)
    chargeable: list[tuple[str, str, Decimal]] = []
    # unitised cargo is priced per container or truck: no chargeable weight applies
    for mode in () if cargo.is_unitised else dict.fromkeys(modes):
        if mode not in MODES:
            continue
        if mode in _WM_MODES:
            chargeable.append((mode, "wm", wm_units(cargo, None)))
        else:
            chargeable.append((mode, "kg", chargeable_kg(cargo, mode, None)))
    return CargoMeasures(cargo.gross_kg, cargo.volume_cbm, tuple(chargeable))


def currencies(uow: UnitOfWork) -> list[str]:
    """Currencies a quote can be made in: USD and every currency of the FX table."""
    return sorted({"USD", *(row.currency for row in uow.rates.fx_rows())})


def request_to_raw(request: QuoteRequest) -> dict[str, Any]:
    """A request as the JSON object of cli-and-files.md (the inverse of parsing it)."""
    p = request.parties
    raw: dict[str, Any] = {
        "quote_date": request.quote_date.isoformat(),
        "ship_date": request.ship_date.isoformat(),
        "currency": request.currency,
        "customer": p.customer,
        "shipper": p.shipper,
        "consignee": p.consignee,
        "incoterm": p.incoterm,
        "notes": p.notes,
        "cargo": cargo_to_dict(request.cargo),
        "legs": [_leg_to_raw(leg) for leg in request.legs],
    }
    if request.price is not None:
        raw[f"{request.price.rule}_percent"] = f"{request.price.percent:f}"
    if request.approval is not None:
        raw["approval"] = {"by": request.approval.by, "reason": request.approval.reason}
    return raw


def _leg_to_raw(leg: LegRequest) -> dict[str, Any]:
    raw: dict[str, Any] = {"mode": leg.mode, "origin": leg.origin, "destination": leg.destination}
    if leg.carrier:
        raw["carrier"] = leg.carrier
    if leg.extra_charges:
        raw["extra_charges"] = extras_to_json(leg.extra_charges)
    if leg.spot:
        raw["spot"] = spot_to_json(leg.spot)
    return raw


def open_booking(uow: UnitOfWork, booking_no: str) -> OpenedBooking:
    """A saved booking with its request and its frozen quote (never re-priced).

    Raises:
        NotFoundError: no booking has this number.
    """
    booking = quoting.get_booking(uow, booking_no)
    return OpenedBooking(
        booking_no=booking.booking_no,
        revision=booking.revision,
        status=booking.status,
        clerk=booking.clerk,
        created_at=booking.created_at,
        request=request_to_raw(booking.request),
        quote=None
        if booking.quote is None
        else quote_to_json(booking.quote) | {"booking_date": booking.booking_date.isoformat()},
    )


def save_booking(
    uow: UnitOfWork,
    raw: dict[str, Any],
    status: str,
    booking_no: str | None = None,
    clerk: str = "",
    today: date | None = None,
) -> Booking:
    """Price and save the editor's request: a new booking, or a new revision of one.

    A draft may lack parties, and may be saved on a lane that has no rate yet (it is then
    saved without a price, to be quoted once a spot rate is entered); a quoted or confirmed
    booking needs both. Confirming below the margin floor needs an approval. Saving a
    confirmed booking again is an amendment: a new revision, the old one kept as it was.
    Everything is parsed and priced before the write transaction starts.

    Raises:
        BookingDeskError: the request is invalid, cannot be priced, or the booking's
            status does not allow the change; nothing is saved.
    """
    check_status(status)
    if status not in quoting.BOOKABLE_STATUSES:
        raise ValidationError(
            f"a booking cannot be saved as {status}", code="bad_status",
            params={"value": status}, field="status",
        )  # fmt: skip
    clerk = clerk or current_settings(uow).clerk_name
    request = quoting.parse_request(uow, raw, today)
    priced: Quote | None = None
    if status != "draft":
        require_booking_fields(request)
    try:
        priced = quoting.quote_request(uow, request)
    except PricingError:
        if status != "draft":
            raise
    if priced is not None:
        quoting.check_margin_floor(request, priced, status)
    names = quoting.frozen_names(uow, request)
    with uow:
        revision, action, old = 1, "save", None
        now = uow.clock.now()
        issued = now.date()
        if booking_no is None:
            number = uow.bookings.next_booking_no(now.year)
        else:
            current = quoting.get_booking(uow, booking_no)
            number, revision = current.booking_no, current.revision + 1
            issued, old = current.booking_date, quoting.audit_value(current)
            if current.status == "cancelled":
                raise ValidationError(
                    f"{number} is cancelled and cannot be changed",
                    code="booking_cancelled", params={"booking_no": number},
                )  # fmt: skip
            if current.status == "confirmed":
                action = "amend"
            else:
                check_transition(current.status, status)
        booking = Booking(
            booking_no=number,
            revision=revision,
            status=status,
            created_at=now,
            booking_date=issued,
            clerk=clerk,
            request=request,
            quote=priced,
            names=names,
        )
        uow.bookings.add(booking)
        uow.audit.record(
            action, "booking", number, f"revision {revision} {status}", clerk,
            old=old, new=quoting.audit_value(booking),
        )  # fmt: skip
        quoting.record_approval(uow, booking)
        uow.commit()
    return booking


def save_problem(
    uow: UnitOfWork, raw: dict[str, Any], status: str, today: date | None = None
) -> Problem | None:
    """What would stop :func:`save_booking` with ``status`` before pricing: an unreadable
    field, or (unless a draft) a missing party or cargo description; None when nothing.

    The editor asks again after each edit, to take a refused save's message away once
    the clerk has fixed what it said.
    """
    try:
        request = quoting.parse_request(uow, raw, today)
        if status != "draft":
            require_booking_fields(request)
    except BookingDeskError as exc:
        return exc.problem
    return None


def cancel_booking(uow: UnitOfWork, booking_no: str, reason: str, clerk: str = "") -> Booking:
    """Cancel a booking, saying why (its quote stays as it was).

    Raises:
        ValidationError: the booking is already cancelled, or no reason is given.
    """
    return lifecycle.change_status(uow, booking_no, "cancelled", reason, clerk).booking


def duplicate_request(
    uow: UnitOfWork, booking_no: str, today: date | None = None
) -> dict[str, Any]:
    """The request of a saved booking for a new one: dated today, shipping no earlier."""
    day = today or uow.clock.today()
    raw = request_to_raw(quoting.get_booking(uow, booking_no).request)
    raw["quote_date"] = day.isoformat()
    raw["ship_date"] = max(date.fromisoformat(raw["ship_date"]), day).isoformat()
    return raw
