"""Read and edit queries behind the rates, parties and settings views.

Rates are filtered, counted and fetched by windows (an office sheet can hold 200,000
rows); surcharges are matched to one rate; parties are searched in any script.
"""

from collections.abc import Iterator, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from booking_app.core.rates import Rate, Surcharge
from booking_app.core.sheet_rows import RATE_COLUMNS, SURCHARGE_COLUMNS
from booking_app.core.text import fold
from booking_app.store.backend import StoreDb, dialect_of
from booking_app.store.parties_repo import PARTY_FIELDS
from booking_app.store.rates_repo import row_to_rate, row_to_surcharge

#: Columns the rate list may be sorted by (anything else is refused, never spliced in).
RATE_SORT_KEYS = (*RATE_COLUMNS, "id")
_DECIMAL_COLUMNS = frozenset({"rate", "min_charge", "kg_per_cbm", "max_charge"})


class RateQuery(NamedTuple):
    """What the rate list shows. Blank text means "any".

    ``origin`` and ``destination`` match the start of a code (``CN`` → every Chinese
    place); ``carrier`` matches any part of the name.
    """

    mode: str = ""
    origin: str = ""
    destination: str = ""
    carrier: str = ""
    valid_on: date | None = None
    expired_before: date | None = None  # hide rows whose validity ended before this day
    sort_key: str = "id"
    descending: bool = False


_RATE_SELECT = "SELECT id, " + ", ".join(RATE_COLUMNS) + " FROM rates"
_SURCHARGE_SELECT = "SELECT id, " + ", ".join(SURCHARGE_COLUMNS) + " FROM surcharges"


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _rate_where(q: RateQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if q.mode:
        clauses.append("mode = ?")
        params.append(q.mode)
    for column, value in (("origin", q.origin), ("destination", q.destination)):
        if value:
            clauses.append(f"{column} LIKE ? ESCAPE '\\'")
            params.append(_like_prefix(value))
    if q.carrier:
        # instr: no wildcards to escape; lower() folds ASCII only (SQLite has no ICU here).
        clauses.append("instr(lower(carrier), lower(?)) > 0")
        params.append(q.carrier)
    if q.valid_on is not None:
        clauses.append("valid_from <= ? AND valid_to >= ?")
        params += [q.valid_on.isoformat(), q.valid_on.isoformat()]
    if q.expired_before is not None:
        clauses.append("valid_to >= ?")
        params.append(q.expired_before.isoformat())
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


class CatalogRepository:
    """Queries over rates, surcharges, FX, locations and parties for the catalogue views."""

    def __init__(self, db: StoreDb) -> None:
        self.db = db

    # --- rates -----------------------------------------------------------------------

    def count_rates(self, q: RateQuery) -> int:
        """How many rate rows match."""
        where, params = _rate_where(q)
        row = self.db.conn.execute(f"SELECT count(*) FROM rates{where}", params).fetchone()
        return int(row[0])

    def rate_window(self, q: RateQuery, offset: int, limit: int) -> list[Rate]:
        """Matching rate rows ``offset`` .. ``offset + limit`` in the query's order."""
        if q.sort_key not in RATE_SORT_KEYS:
            raise ValueError(f"cannot sort rates by {q.sort_key!r}")
        where, params = _rate_where(q)
        direction = "DESC" if q.descending else "ASC"
        key = q.sort_key
        if key in _DECIMAL_COLUMNS:  # TEXT decimals: order by value, not by characters
            key = f"CAST({key} AS REAL)"
        sql = f"{_RATE_SELECT}{where} ORDER BY {key} {direction}, id LIMIT ? OFFSET ?"
        return [row_to_rate(r) for r in self.db.conn.execute(sql, [*params, limit, offset])]

    def add_rate(self, row: Sequence[Any]) -> int:
        """Insert one rate tuple (RATE_COLUMNS order); returns its id."""
        marks = ", ".join("?" * len(RATE_COLUMNS))
        cur = self.db.conn.execute(
            f"INSERT INTO rates ({', '.join(RATE_COLUMNS)}) VALUES ({marks})", tuple(row)
        )
        return int(cur.lastrowid or 0)

    def update_rate(self, rate_id: int, row: Sequence[Any]) -> bool:
        """Replace the values of one rate; False when no rate has this id."""
        sets = ", ".join(f"{c} = ?" for c in RATE_COLUMNS)
        cur = self.db.conn.execute(f"UPDATE rates SET {sets} WHERE id = ?", (*row, rate_id))
        return bool(cur.rowcount > 0)

    def distinct_carriers(self) -> list[str]:
        """Every carrier name in the rate table, sorted."""
        cur = self.db.conn.execute("SELECT DISTINCT carrier FROM rates ORDER BY carrier")
        return [str(r[0]) for r in cur]

    def carriers_on(self, mode: str, origin: str, destination: str, day: date) -> list[str]:
        """Carriers with a rate on this lane valid on ``day``, sorted."""
        iso = day.isoformat()
        cur = self.db.conn.execute(
            "SELECT DISTINCT carrier FROM rates WHERE mode = ? AND origin = ?"
            " AND destination = ? AND valid_from <= ? AND valid_to >= ? ORDER BY carrier",
            (mode, origin, destination, iso, iso),
        )
        return [str(r[0]) for r in cur]

    def surcharges_matching(self, rate: Rate) -> list[Surcharge]:
        """Surcharges whose non-blank keys equal the rate's and whose validity overlaps it."""
        cur = self.db.conn.execute(
            _SURCHARGE_SELECT + " WHERE mode IN (?, '') AND origin IN (?, '')"
            " AND destination IN (?, '') AND carrier IN (?, '') AND equipment IN (?, '')"
            " AND valid_from <= ? AND valid_to >= ? ORDER BY code, id",
            (
                rate.mode, rate.origin, rate.destination, rate.carrier, rate.equipment,
                rate.valid_to.isoformat(), rate.valid_from.isoformat(),
            ),
        )  # fmt: skip
        return [row_to_surcharge(r) for r in cur]

    # --- FX and locations ------------------------------------------------------------

    def fx_table(self) -> list[tuple[str, str, str]]:
        """Every FX row as (currency, units_per_usd text, valid_from iso), newest first."""
        cur = self.db.conn.execute(
            "SELECT currency, units_per_usd, valid_from FROM fx_rates"
            " ORDER BY currency, valid_from DESC"
        )
        return [(str(c), str(u), str(v)) for c, u, v in cur]

    def locations(self) -> list[dict[str, Any]]:
        """Every location, by code."""
        return list(self.db.query("SELECT * FROM locations ORDER BY code"))

    # --- parties ---------------------------------------------------------------------

    def _matching_parties(self, text: str) -> Iterator[dict[str, Any]]:
        """Parties with ``text`` in any field, compared folded (:func:`core.text.fold`),
        by name: "cong ty" finds "Công ty", "dong" finds "ĐỒNG"; any script."""
        wanted = fold(text.strip())
        rows = self.db.query("SELECT * FROM parties ORDER BY name")
        # folded in Python: neither SQLite's lower() nor a server's knows "Đ" from "d"
        for row in rows:
            if not wanted or wanted in fold("\n".join(str(row[k] or "") for k in PARTY_FIELDS)):
                yield row

    def search_parties(self, text: str, limit: int) -> list[dict[str, Any]]:
        """Parties with ``text`` in any field, compared folded, at most ``limit``, by name."""
        if not text.strip():
            return list(self.db.query("SELECT * FROM parties ORDER BY name LIMIT ?", [limit]))
        return list(islice(self._matching_parties(text), limit))

    def count_parties(self, text: str) -> int:
        """How many parties :meth:`search_parties` would find with no limit."""
        if not text.strip():
            row = self.db.conn.execute("SELECT count(*) FROM parties").fetchone()
            return int(row[0])
        return sum(1 for _ in self._matching_parties(text))

    def party(self, party_id: int) -> dict[str, Any] | None:
        """One party by id, or None."""
        rows = list(self.db.query("SELECT * FROM parties WHERE id = ?", [party_id]))
        return rows[0] if rows else None

    def party_id_named(self, name: str) -> int | None:
        """The id of the party with exactly this name, or None."""
        row = self.db.conn.execute("SELECT id FROM parties WHERE name = ?", (name,)).fetchone()
        return None if row is None else int(row[0])

    # --- the file --------------------------------------------------------------------

    def database_file(self) -> Path | None:
        """The main database file, or None for an in-memory or a server database."""
        if dialect_of(self.db).server:
            return None
        for row in self.db.conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                return Path(row[2]) if row[2] else None
        return None
