"""Bookings: statuses, their transitions and booking numbers."""

import re
from datetime import date, datetime
from typing import NamedTuple

from booking_app.core.errors import ValidationError
from booking_app.core.quote import Approval, Quote, QuoteRequest

STATUSES = ("draft", "quoted", "confirmed", "lost", "expired", "cancelled")
#: Which status may follow which (quotes-and-tariffs.md §1). A confirmed booking changes
#: only by cancellation (an amendment is a new revision, saved as a new booking record);
#: an expired quote is confirmed only by pricing it again as a new revision.
TRANSITIONS = {
    "draft": ("draft", "quoted", "confirmed", "cancelled"),
    "quoted": ("draft", "quoted", "confirmed", "lost", "expired", "cancelled"),
    "expired": ("confirmed",),
    "confirmed": ("cancelled",),
    "lost": (),
    "cancelled": (),
}
BOOKING_NO_RE = re.compile(r"^BK-(\d{4})-(\d{6,})$")


def format_booking_no(year: int, sequence: int) -> str:
    """``BK-2026-000123``: the year and a per-year sequence that is never reused."""
    return f"BK-{year:04d}-{sequence:06d}"


def check_status(status: str) -> str:
    """Validate a status name."""
    if status not in STATUSES:
        raise ValidationError(
            f"status {status!r} is not one of {', '.join(STATUSES)}",
            code="bad_status", params={"value": status}, field="status",
        )  # fmt: skip
    return status


def check_transition(current: str, new: str) -> None:
    """Raise ValidationError when ``current`` may not become ``new``."""
    check_status(new)
    if new not in TRANSITIONS[current]:
        raise ValidationError(
            f"a {current} booking cannot become {new}",
            code="bad_transition", params={"current": current, "new": new}, field="status",
        )  # fmt: skip


class PartyCard(NamedTuple):
    """A party's name and address as they were when a booking was saved."""

    name: str = ""
    address: str = ""


class FrozenNames(NamedTuple):
    """Names a booking keeps as they were at its save (selling.md §6, rating-rules §6).

    Renaming a party or a location, or changing an address, never changes a saved
    booking or its reprint.
    """

    customer: PartyCard = PartyCard()
    shipper: PartyCard = PartyCard()
    consignee: PartyCard = PartyCard()
    places: tuple[tuple[str, str], ...] = ()  # (UN/LOCODE, name)

    def place(self, code: str) -> str:
        """The frozen name of a place ('' when none was known)."""
        return dict(self.places).get(code, "")

    def party(self, role: str) -> PartyCard:
        """The card of ``customer``, ``shipper`` or ``consignee``."""
        card: PartyCard = getattr(self, role)
        return card


class Booking(NamedTuple):
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
    quote: Quote | None
    names: FrozenNames = FrozenNames()

    @property
    def priced(self) -> Quote:
        """The frozen quote; a draft saved on a lane with no rate yet has none.

        Raises:
            ValidationError: the booking has no price yet.
        """
        if self.quote is None:
            raise ValidationError(
                f"{self.booking_no} has no price yet: enter a rate for every leg",
                code="not_priced_yet", params={"booking_no": self.booking_no},
            )  # fmt: skip
        return self.quote

    @property
    def approval(self) -> Approval | None:
        """Who approved a confirmation below the margin floor (saved with the request)."""
        return self.request.approval


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
