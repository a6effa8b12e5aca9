"""Bookings: statuses, their transitions and booking numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from booking_app.core.errors import ValidationError
from booking_app.core.quote import Quote, QuoteRequest

STATUSES = ("draft", "quoted", "confirmed", "cancelled")
#: Which status may follow which. A confirmed booking changes only by cancellation
#: (an amendment is a new revision, saved as a new booking record).
TRANSITIONS = {
    "draft": ("draft", "quoted", "confirmed", "cancelled"),
    "quoted": ("draft", "quoted", "confirmed", "cancelled"),
    "confirmed": ("cancelled",),
    "cancelled": (),
}
BOOKING_NO_RE = re.compile(r"^BK-(\d{4})-(\d{6,})$")


def format_booking_no(year: int, sequence: int) -> str:
    """``BK-2026-000123``: the year and a per-year sequence that is never reused."""
    return f"BK-{year:04d}-{sequence:06d}"


def check_status(status: str) -> str:
    """Validate a status name."""
    if status not in STATUSES:
        raise ValidationError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    return status


def check_transition(current: str, new: str) -> None:
    """Raise ValidationError when ``current`` may not become ``new``."""
    check_status(new)
    if new not in TRANSITIONS[current]:
        raise ValidationError(f"a {current} booking cannot become {new}")


@dataclass(frozen=True)
class Booking:
    """A saved booking: its request (parties, cargo, legs) and its frozen quote.

    ``booking_date`` is the day its number was issued (its first save, selling.md §7):
    the day whose list holds it, whatever its quote or ship date.
    """

    booking_no: str
    revision: int
    status: str
    created_at: datetime
    booking_date: date
    clerk: str
    request: QuoteRequest
    quote: Quote


def route_text(codes: list[str]) -> str:
    """``CNCKG → CNQZH → VNSGN`` from the legs' origins and the last destination."""
    return " → ".join(codes)


def route_codes(quote: Quote) -> list[str]:
    """The locations a route passes, in order."""
    if not quote.legs:
        return []
    return [leg.origin for leg in quote.legs] + [quote.legs[-1].destination]


def modes_text(quote: Quote) -> str:
    """The legs' modes in order, e.g. ``rail_fcl, sea_fcl, road_ftl``."""
    return ", ".join(leg.mode for leg in quote.legs)


def cargo_summary(request: QuoteRequest) -> str:
    """A short line: containers and trucks by type, then kg and cbm."""
    cargo = request.cargo
    parts = [f"{u.count}×{u.type}" for u in (*cargo.containers, *cargo.trucks)]
    if cargo.gross_kg:
        parts.append(f"{cargo.gross_kg.normalize():f} kg")
    if cargo.volume_cbm:
        parts.append(f"{cargo.volume_cbm.normalize():f} cbm")
    return ", ".join(parts)
