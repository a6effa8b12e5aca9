"""Queries behind watching rates and results (quotes-and-tariffs.md §4)."""

from __future__ import annotations

from datetime import date
from typing import Any

from booking_app.core.rates import Rate
from booking_app.core.sheet_rows import RATE_COLUMNS
from booking_app.store.backend import StoreDb
from booking_app.store.rates_repo import row_to_rate

_EXPIRING = (
    "SELECT id, " + ", ".join(f"r.{c}" for c in RATE_COLUMNS) + """ FROM rates r
    WHERE r.valid_to >= ? AND r.valid_to <= ?
    AND NOT EXISTS (SELECT 1 FROM rates n WHERE n.mode = r.mode AND n.origin = r.origin
        AND n.destination = r.destination AND n.carrier = r.carrier
        AND n.equipment = r.equipment AND n.valid_to > r.valid_to)
    ORDER BY r.valid_to, r.id"""
)
_RESULTS = """SELECT b.booking_no, b.booking_date, b.status, b.customer_name, b.currency,
    b.total, b.cost_total, b.priced FROM bookings b
    WHERE b.booking_date >= ? AND b.booking_date <= ?
    AND b.revision = (SELECT max(r.revision) FROM bookings r WHERE r.booking_no = b.booking_no)
    ORDER BY b.booking_date, b.id"""


class WatchRepository:
    """Rates about to end, and the bookings of a period for the results."""

    def __init__(self, db: StoreDb) -> None:
        self.db = db

    def expiring_rates(self, first: date, last: date) -> list[Rate]:
        """Rates whose ``valid_to`` falls within [first, last] and that no later row of the
        same lane, carrier and equipment follows."""
        cur = self.db.conn.execute(_EXPIRING, (first.isoformat(), last.isoformat()))
        return [row_to_rate(r) for r in cur]

    def bookings_between(self, first: date, last: date) -> list[dict[str, Any]]:
        """The latest revision of each booking made from ``first`` to ``last``."""
        return list(self.db.query(_RESULTS, [first.isoformat(), last.isoformat()]))
