"""The bookings list for the bookings view and the daily exports."""

from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from booking_app.store.listing_repo import SORTS, BookingFilter, ListingKey, SortOrder

__all__ = [
    "SORTS", "BookingFilter", "BookingRow", "ListingKey", "SortOrder", "bookings_of_day",
    "count_bookings", "list_bookings",
]  # fmt: skip
from booking_app.store.uow import UnitOfWork


class BookingRow(NamedTuple):
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
    #: Where the row stands in the list (the next window starts after it).
    key: ListingKey | None = None

    @property
    def margin(self) -> Decimal:
        """Total (price) minus cost total, in the booking's currency."""
        return self.total - self.cost_total


def _row(r: dict[str, Any], column: str = "time") -> BookingRow:
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
        key=ListingKey(r["booking_date"], r["created_at"], r["row_id"], _sort_values(r), column),
    )


def _sort_values(r: dict[str, Any]) -> tuple[Any, ...]:
    """The row's values of a non-default order's terms (``sort_0``, ``sort_1`` …)."""
    values: list[Any] = []
    while f"sort_{len(values)}" in r:
        values.append(r[f"sort_{len(values)}"])
    return tuple(values)


def count_bookings(uow: UnitOfWork, f: BookingFilter) -> int:
    """How many bookings the filter matches."""
    return uow.listing.count(f)


def list_bookings(
    uow: UnitOfWork,
    f: BookingFilter,
    offset: int = 0,
    limit: int | None = 200,
    after: ListingKey | None = None,
    order: SortOrder = SortOrder(),  # noqa: B008 (frozen)
) -> list[BookingRow]:
    """A window of the bookings the filter matches, in ``order`` (oldest first unless
    told): the first ``limit`` after the row keyed ``after`` (a :attr:`BookingRow.key`
    of a row listed in the same order), or from row ``offset`` (all of them when
    ``limit`` is None). Scrolling goes by ``after``: its cost does not grow with the
    rows already shown, an offset's does.

    Raises:
        ValueError: ``order`` names a column the list cannot be sorted by.
    """
    if offset and after is None:
        rows = uow.listing.window_at(f, offset, -1 if limit is None else limit, order)
    else:
        rows = uow.listing.window(f, after, limit, order)
    return [_row(r, order.column) for r in rows]


def list_clerks(uow: UnitOfWork, day: date | None = None) -> list[str]:
    """The clerks who have bookings (on ``day``, or on any day): the clerk filter's
    choices (office.md §4)."""
    return uow.listing.clerks(day)


def bookings_of_day(uow: UnitOfWork, day: date) -> list[BookingRow]:
    """Every booking of one day (for the daily list and its exports)."""
    return list_bookings(uow, BookingFilter(day=day), limit=None)
