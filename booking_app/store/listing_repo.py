"""The bookings list: filtered, counted and fetched by windows (a million rows stay fast).

Windows are keyset pages: the next one starts after the last row's
(booking date, created at, id), read along the partial index ``bookings_listing``, so
the thousandth window costs what the first does (OFFSET would walk every row before).
Sorted by another column (:data:`SORTS`: booking number, customer, status, total,
clerk; either way) a window starts after the last row's (value, id), along that
column's partial index.
Only the latest revision of a booking is listed (its ``latest`` flag, kept by a trigger).

A search that starts like a booking number (``bk-2026-00``…) is a range on the booking
numbers' own index. Otherwise a search is a substring of the booking's folded search
text (:func:`booking_app.core.text.fold`). A text of three characters or more is first
looked up in the FTS5 trigram index ``bookings_search``: when it matches few bookings
(a rare name) only those are read; when it matches many, walking the list in order and
testing each row finds the first window sooner.
"""

import re
from datetime import date
from typing import Any, NamedTuple

from booking_app.core.text import fold
from booking_app.store.backend import StoreDb, dialect_of

#: Above this many trigram matches a search walks the list instead of the matches.
RARE_MATCHES = 10_000
#: A search text that is the start of a booking number (BK-2026-0001234, folded).
_NUMBER_PREFIX = re.compile(r"bk-\d{4}-\d+$")
#: At most this many trigrams of a search text are looked up in the index.
MAX_TRIGRAMS = 4
#: The clerk filter's choices over all days come from this many latest bookings.
RECENT_CLERKS = 10_000


class BookingFilter(NamedTuple):
    """What the bookings list shows: a day (or all days), a status, a search text;
    ``valid_since``: only those valid on or after that day (or with no end of validity);
    ``clerk``: only that clerk's (office.md §4; None: the whole office's)."""

    day: date | None = None
    status: str | None = None
    text: str = ""
    valid_since: date | None = None
    clerk: str | None = None


class SortOrder(NamedTuple):
    """How the list is ordered: a column of :data:`SORTS`, ascending or descending.
    The default is the list's own order, oldest first."""

    column: str = "time"
    descending: bool = False


#: The orders the list may take, by column: the terms of its ORDER BY (the row id comes
#: last, so that every row has one place and a window starts right after its key). Each
#: is read along a partial index of the latest revisions (m007 and m009), ascending or
#: backwards: a window of a million bookings sorted by customer costs what the first
#: window in booking order does.
SORTS: dict[str, tuple[str, ...]] = {
    "time": ("b.booking_date", "b.created_at"),
    "booking_no": ("b.booking_no",),
    "customer": ("b.customer_name",),
    "status": ("b.status", "b.booking_date"),
    "total": ("CAST(b.total AS NUMERIC)",),
    "clerk": ("b.clerk",),
}


class ListingKey(NamedTuple):
    """Where a listed row stands in the list's order (the next window starts after it).

    ``sort`` holds the row's values of the terms of ``column``'s order when that is not
    the default one (whose terms are the booking date and creation time).
    """

    booking_date: str
    created_at: str
    row_id: int
    sort: tuple[Any, ...] = ()
    column: str = "time"


_COLUMNS = """b.booking_no, b.revision, b.created_at, b.booking_date, b.status, b.clerk,
    b.currency, b.total, b.cost_total, b.priced, b.route, b.modes, b.cargo_summary, b.incoterm,
    b.quote_date, b.ship_date, b.transit_days, b.valid_until, b.status_reason,
    b.customer_name AS customer, b.shipper_name AS shipper, b.consignee_name AS consignee,
    b.id AS row_id"""
# The names are those frozen with each booking (selling.md §6), not the parties' today.


def _sort_terms(order: SortOrder) -> tuple[str, ...]:
    if order.column not in SORTS:
        raise ValueError(f"the bookings list cannot be sorted by {order.column!r}")
    return (*SORTS[order.column], "b.id")


def _order_by(order: SortOrder) -> str:
    """The ORDER BY of ``order`` (every term the same way, the row id last)."""
    direction = " DESC" if order.descending else ""
    return " ORDER BY " + ", ".join(t + direction for t in _sort_terms(order))


def _sort_columns(order: SortOrder) -> str:
    """``sort_0``, ``sort_1`` …: the row's values of the order's terms (not the default's,
    which the key holds anyway)."""
    if order.column == "time":
        return ""
    terms = _sort_terms(order)[:-1]
    return "".join(f", {t} AS sort_{i}" for i, t in enumerate(terms))


def _after(order: SortOrder, after: ListingKey) -> tuple[str, list[Any]]:
    """The keyset condition: rows past ``after`` in ``order``."""
    if after.column != order.column:
        raise ValueError("the key is of a row listed in another order than the list's")
    if order.column == "time":
        values: list[Any] = [after.booking_date, after.created_at]
    else:
        values = list(after.sort)
    values.append(after.row_id)
    terms = _sort_terms(order)
    if len(values) != len(terms):
        raise ValueError("the key is of another order than the list's")
    sign = "<" if order.descending else ">"
    marks = ", ".join("?" * len(terms))
    return f" AND ({', '.join(terms)}) {sign} ({marks})", values


def _distinctive(gram: str) -> int:
    """How few bookings a trigram is likely to be in: digits and punctuation narrow a
    search more than letters, letters more than spaces and line breaks."""
    score = 0
    for char in gram:
        if char.isdigit() or not (char.isalpha() or char.isspace()):
            score += 3
        elif char.isalpha():
            score += 2 if char.isascii() else 3
    return score


def trigram_query(folded: str, most: int = MAX_TRIGRAMS) -> str | None:
    """An FTS5 query for texts holding up to ``most`` of the most distinctive,
    non-overlapping trigrams of ``folded`` (None when it is shorter than a trigram).

    The index has no positions (``detail=none``) and a search reads every trigram's list
    of bookings, so a few distinctive ones find the candidates soonest; the substring
    test on each candidate row decides.
    """
    if len(folded) < 3:
        return None
    scores = [_distinctive(folded[i : i + 3]) for i in range(len(folded) - 2)]
    top = max(scores)
    starts = sorted(range(len(scores)), key=lambda i: (-scores[i], -i))
    chosen: list[int] = []
    for i in starts:
        if scores[i] < top:  # a digit's trigram narrows more than any letters' do
            break
        chosen.append(i)
        if len(chosen) == most:
            break
    grams = dict.fromkeys(folded[i : i + 3] for i in sorted(chosen))
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


class ListingRepository:
    """Read-only queries behind the bookings view and the daily exports."""

    def __init__(self, db: StoreDb) -> None:
        self.db = db
        self._rare: dict[str, bool] = {}
        # The FTS5 trigram index is SQLite's; a server searches the folded text directly.
        self._server = dialect_of(db).server

    def _is_rare(self, query: str) -> bool:
        """True when the trigram query matches at most :data:`RARE_MATCHES` bookings."""
        if query not in self._rare:
            if len(self._rare) > 256:
                self._rare.clear()
            row = self.db.conn.execute(
                "SELECT count(*) FROM (SELECT rowid FROM bookings_search"
                " WHERE bookings_search MATCH ? LIMIT ?)",
                (query, RARE_MATCHES + 1),
            ).fetchone()
            self._rare[query] = int(row[0]) <= RARE_MATCHES
        return self._rare[query]

    def _where(self, f: BookingFilter) -> tuple[str, list[Any]]:
        clauses, params = ["b.latest = 1"], []
        if f.day is not None:
            clauses.append("b.booking_date = ?")
            params.append(f.day.isoformat())
        if f.status:
            clauses.append("b.status = ?")
            params.append(f.status)
        if f.valid_since is not None:
            clauses.append("(b.valid_until IS NULL OR b.valid_until >= ?)")
            params.append(f.valid_since.isoformat())
        if f.clerk is not None:
            clauses.append("b.clerk = ?")
            params.append(f.clerk)
        text = fold(f.text.strip())
        if text:
            query = trigram_query(text)
            if _NUMBER_PREFIX.match(text):
                prefix = text.upper()
                clauses.append("b.booking_no >= ? AND b.booking_no < ?")
                params += [prefix, prefix + "\uffff"]
            elif query is not None and not self._server and self._is_rare(query):
                clauses.append(
                    "b.id IN (SELECT rowid FROM bookings_search WHERE bookings_search MATCH ?)"
                )
                params.append(query)
            clauses.append("instr(b.search_text, ?) > 0")
            params.append(text)
        return " WHERE " + " AND ".join(clauses), params

    def count(self, f: BookingFilter) -> int:
        """How many bookings match."""
        where, params = self._where(f)
        row = self.db.conn.execute(f"SELECT count(*) FROM bookings b{where}", params).fetchone()
        return int(row[0])

    def window(
        self,
        f: BookingFilter,
        after: ListingKey | None = None,
        limit: int | None = None,
        order: SortOrder = SortOrder(),  # noqa: B008 (frozen)
    ) -> list[dict[str, Any]]:
        """Matching bookings after ``after`` (from the first when None) in ``order``
        (oldest first by default); at most ``limit`` of them (all when None). Each row
        has ``sort_0`` … for the key of a non-default order.

        Raises:
            ValueError: ``order`` is not one of :data:`SORTS`, or ``after`` is the key of
                a row listed in another order.
        """
        where, params = self._where(f)
        if after is not None:
            condition, values = _after(order, after)
            where += condition
            params += values
        sql = f"SELECT {_COLUMNS}{_sort_columns(order)} FROM bookings b{where}{_order_by(order)}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return list(self.db.query(sql, params))

    def clerks(self, day: date | None = None) -> list[str]:
        """The clerks of the listed bookings of ``day``, by name; of all days (None): those
        of the latest :data:`RECENT_CLERKS` bookings, read backwards along the list's index
        (every booking's clerk of a million is seconds of reading), and on a server every
        login of the desk's groups too."""
        where, params = self._where(BookingFilter(day=day))
        if day is not None:
            sql = f"SELECT DISTINCT b.clerk FROM bookings b{where}"
        else:
            sql = (
                f"SELECT DISTINCT recent.clerk FROM (SELECT b.clerk FROM bookings b{where}"
                " ORDER BY b.booking_date DESC, b.created_at DESC LIMIT ?) recent"
            )
            params.append(RECENT_CLERKS)
        names = {str(r[0]) for r in self.db.conn.execute(sql, params)}
        if day is None and self._server:
            names.update(self._logins())
        return sorted(names)

    def _logins(self) -> list[str]:
        """The login roles in the desk's groups (a server's catalogue: a short read)."""
        from booking_app.store.roles import GROUPS

        rows = self.db.conn.execute(
            "SELECT DISTINCT m.rolname FROM pg_roles m JOIN pg_auth_members a ON a.member = m.oid"
            " JOIN pg_roles g ON g.oid = a.roleid WHERE m.rolcanlogin AND g.rolname IN (?, ?, ?)",
            tuple(GROUPS.values()),
        )
        return [str(r[0]) for r in rows]

    def window_at(
        self,
        f: BookingFilter,
        offset: int,
        limit: int,
        order: SortOrder = SortOrder(),  # noqa: B008 (frozen)
    ) -> list[dict[str, Any]]:
        """Matching bookings ``offset`` .. ``offset + limit`` in ``order`` (OFFSET paging:
        for a jump to a row number; scrolling goes by :meth:`window`)."""
        where, params = self._where(f)
        columns = f"{_COLUMNS}{_sort_columns(order)}"
        sql = f"SELECT {columns} FROM bookings b{where}{_order_by(order)} LIMIT ? OFFSET ?"
        return list(self.db.query(sql, [*params, limit, offset]))
