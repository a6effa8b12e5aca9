"""The bookings list: filtered, counted and fetched by windows (a million rows stay fast)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class BookingFilter:
    """What the bookings list shows: a day (or all days), a status, a search text."""

    day: date | None = None
    status: str | None = None
    text: str = ""


_COLUMNS = """b.booking_no, b.revision, b.created_at, b.booking_date, b.status, b.clerk,
    b.currency, b.total, b.cost_total, b.priced, b.route, b.modes, b.cargo_summary, b.incoterm,
    b.quote_date, b.ship_date, b.transit_days, b.valid_until, b.status_reason,
    b.customer_name AS customer, b.shipper_name AS shipper, b.consignee_name AS consignee"""
# The names are those frozen with each booking (selling.md §6), not the parties' today.
_FROM = "FROM bookings b"
# Only the latest revision of each booking number is listed.
_LATEST = "b.revision = (SELECT max(r.revision) FROM bookings r WHERE r.booking_no = b.booking_no)"


class ListingRepository:
    """Read-only queries behind the bookings view and the daily exports."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _where(f: BookingFilter) -> tuple[str, list[Any]]:
        clauses, params = [_LATEST], []
        if f.day is not None:
            clauses.append("b.booking_date = ?")
            params.append(f.day.isoformat())
        if f.status:
            clauses.append("b.status = ?")
            params.append(f.status)
        if f.text.strip():
            clauses.append("instr(b.search_text, ?) > 0")
            params.append(f.text.strip().casefold())
        return " WHERE " + " AND ".join(clauses), params

    def count(self, f: BookingFilter) -> int:
        """How many bookings match."""
        where, params = self._where(f)
        row = self.db.conn.execute(f"SELECT count(*) FROM bookings b{where}", params).fetchone()
        return int(row[0])

    def window(self, f: BookingFilter, offset: int, limit: int) -> list[dict[str, Any]]:
        """Matching bookings ``offset`` .. ``offset + limit``, oldest first."""
        where, params = self._where(f)
        sql = (
            f"SELECT {_COLUMNS} {_FROM}{where}"
            " ORDER BY b.booking_date, b.created_at, b.id LIMIT ? OFFSET ?"
        )
        return list(self.db.query(sql, [*params, limit, offset]))
