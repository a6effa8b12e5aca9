"""The bookings list for the bookings view and the daily exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from booking_app.store.listing_repo import BookingFilter
from booking_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class BookingRow:
    """One line of the bookings list (the latest revision of a booking)."""

    booking_no: str
    revision: int
    created_at: datetime
    booking_date: date
    status: str
    clerk: str
    customer: str
    shipper: str
    consignee: str
    route: str
    modes: str
    cargo_summary: str
    total: Decimal
    currency: str
    incoterm: str
    ship_date: date
    transit_days: int
    cost_total: Decimal = Decimal(0)
    priced: bool = True
    valid_until: date | None = None
    status_reason: str = ""

    @property
    def margin(self) -> Decimal:
        """Total (price) minus cost total, in the booking's currency."""
        return self.total - self.cost_total


def _row(r: dict[str, Any]) -> BookingRow:
    return BookingRow(
        booking_no=r["booking_no"],
        revision=r["revision"],
        created_at=datetime.fromisoformat(r["created_at"]),
        booking_date=date.fromisoformat(r["booking_date"]),
        status=r["status"],
        clerk=r["clerk"],
        customer=r["customer"] or "",
        shipper=r["shipper"] or "",
        consignee=r["consignee"] or "",
        route=r["route"],
        modes=r["modes"],
        cargo_summary=r["cargo_summary"],
        total=Decimal(r["total"]),
        currency=r["currency"],
        incoterm=r["incoterm"],
        ship_date=date.fromisoformat(r["ship_date"]),
        transit_days=r["transit_days"],
        cost_total=Decimal(r["cost_total"]),
        priced=bool(r["priced"]),
        valid_until=date.fromisoformat(r["valid_until"]) if r["valid_until"] else None,
        status_reason=r["status_reason"],
    )


def count_bookings(uow: UnitOfWork, f: BookingFilter) -> int:
    """How many bookings the filter matches."""
    return uow.listing.count(f)


def list_bookings(
    uow: UnitOfWork, f: BookingFilter, offset: int = 0, limit: int = 200
) -> list[BookingRow]:
    """A window of the bookings the filter matches, oldest first."""
    return [_row(r) for r in uow.listing.window(f, offset, limit)]


def bookings_of_day(uow: UnitOfWork, day: date) -> list[BookingRow]:
    """Every booking of one day (for the daily list and its exports)."""
    f = BookingFilter(day=day)
    return list_bookings(uow, f, 0, max(count_bookings(uow, f), 1))
