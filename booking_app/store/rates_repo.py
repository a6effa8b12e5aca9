"""Rates, surcharges, FX and locations: bulk writes for imports, lane lookups for quoting."""

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from booking_app.core.rates import FxRate, Rate, Surcharge, format_breaks, parse_breaks
from booking_app.core.schedules import Schedule, row_to_schedule
from booking_app.core.table_columns import RATE_COLUMNS, SCHEDULE_COLUMNS, SURCHARGE_COLUMNS
from booking_app.store.backend import StoreDb, bulk_insert, dialect_of

if TYPE_CHECKING:  # core.routes (the route search) is imported only to list lanes
    from booking_app.core.routes import Lane


def _dec(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def rate_to_row(rate: Rate) -> tuple[Any, ...]:
    """A Rate as a tuple in RATE_COLUMNS order, money as exact TEXT."""
    return (
        rate.mode, rate.origin, rate.destination, rate.carrier, rate.service, rate.equipment,
        rate.basis, rate.currency, f"{rate.rate:f}", _text(rate.min_charge),
        format_breaks(rate.breaks), _text(rate.kg_per_cbm), rate.valid_from.isoformat(),
        rate.valid_to.isoformat(), rate.transit_days, _text(rate.max_charge),
    )  # fmt: skip


def row_to_rate(row: Sequence[Any]) -> Rate:
    """Inverse of :func:`rate_to_row`, with the id first."""
    return Rate(
        id=row[0], mode=row[1], origin=row[2], destination=row[3], carrier=row[4],
        service=row[5], equipment=row[6], basis=row[7], currency=row[8], rate=Decimal(row[9]),
        min_charge=_dec(row[10]), breaks=parse_breaks(row[11]), kg_per_cbm=_dec(row[12]),
        valid_from=date.fromisoformat(row[13]), valid_to=date.fromisoformat(row[14]),
        transit_days=row[15], max_charge=_dec(row[16]),
    )  # fmt: skip


def surcharge_to_row(s: Surcharge) -> tuple[Any, ...]:
    """A Surcharge as a tuple in SURCHARGE_COLUMNS order."""
    return (
        s.code, s.description, s.mode, s.origin, s.destination, s.carrier, s.equipment,
        s.basis, s.currency, f"{s.amount:f}", _text(s.min_charge), s.valid_from.isoformat(),
        s.valid_to.isoformat(), _text(s.max_charge),
    )  # fmt: skip


def row_to_surcharge(row: Sequence[Any]) -> Surcharge:
    """Inverse of :func:`surcharge_to_row`, with the id first."""
    return Surcharge(
        id=row[0], code=row[1], description=row[2], mode=row[3], origin=row[4],
        destination=row[5], carrier=row[6], equipment=row[7], basis=row[8], currency=row[9],
        amount=Decimal(row[10]), min_charge=_dec(row[11]),
        valid_from=date.fromisoformat(row[12]), valid_to=date.fromisoformat(row[13]),
        max_charge=_dec(row[14]),
    )  # fmt: skip


_NULLABLE = frozenset({"min_charge", "kg_per_cbm", "max_charge"})


def _insert_new_sql(table: str, columns: Sequence[str]) -> str:
    """INSERT of one row unless a row with every column equal is stored already.

    SQLite checks each row as it is inserted (an index probe on the lane, in C), so a
    row repeated inside the file is skipped too and no Python set is needed.
    """
    marks = ", ".join(f"?{i}" for i in range(1, len(columns) + 1))
    same = " AND ".join(
        f"{c} {'IS NOT DISTINCT FROM' if c in _NULLABLE else '='} ?{i}"
        for i, c in enumerate(columns, 1)
    )
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {marks}"
        f" WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {same})"
    )


_INSERT_NEW_RATE = _insert_new_sql("rates", RATE_COLUMNS)
_INSERT_NEW_SURCHARGE = _insert_new_sql("surcharges", SURCHARGE_COLUMNS)
_LANE = slice(0, 3)  # mode, origin, destination: the first RATE_COLUMNS
_CARRIER_LANE = slice(0, 4)  # … and carrier
_lane_of = itemgetter(0, 1, 2)  # row[_LANE] as a tuple


class AddedRows(NamedTuple):
    """What an import wrote: rows given, rows new, rows already stored, rows replaced."""

    given: int
    new: int
    removed: int = 0

    @property
    def present(self) -> int:
        """Rows identical to a stored row (or to an earlier row of the file): skipped."""
        return self.given - self.new


_RATE_SELECT = "SELECT id, " + ", ".join(RATE_COLUMNS) + " FROM rates"
_SURCHARGE_SELECT = "SELECT id, " + ", ".join(SURCHARGE_COLUMNS) + " FROM surcharges"
_SCHEDULE_SELECT = "SELECT id, " + ", ".join(SCHEDULE_COLUMNS) + " FROM schedules"


class RateRepository:
    """Rate, surcharge and FX tables. Implements the pricing engine's RateSource."""

    def __init__(self, db: StoreDb) -> None:
        self.db = db
        self._kinds: tuple[tuple[int, int], dict[Lane, frozenset[tuple[str, str]]]] | None = None

    def _version(self) -> tuple[int, int]:
        """Changes by other connections (``data_version``) and by this one: equal values
        mean the database is as it was."""
        if dialect_of(self.db).server:  # the server's reference version moves on any change
            (other,) = self.db.conn.execute("SELECT version FROM reference_version").fetchone()
        else:
            (other,) = self.db.conn.execute("PRAGMA data_version").fetchone()
        return int(other), self.db.conn.total_changes

    def add_rates(self, rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert rate tuples (RATE_COLUMNS order) in the caller's transaction."""
        return bulk_insert(self.db, "rates", RATE_COLUMNS, rows)

    def add_surcharges(self, rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert surcharge tuples (SURCHARGE_COLUMNS order) in the caller's transaction."""
        return bulk_insert(self.db, "surcharges", SURCHARGE_COLUMNS, rows)

    def add_schedules(self, rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert schedule tuples (SCHEDULE_COLUMNS order) in the caller's transaction."""
        return bulk_insert(self.db, "schedules", SCHEDULE_COLUMNS, rows)

    def schedules_for(self, mode: str, origin: str, destination: str) -> list[Schedule]:
        """Every schedule row of a lane, whatever its validity."""
        cur = self.db.conn.execute(
            _SCHEDULE_SELECT + " WHERE mode = ? AND origin = ? AND destination = ? ORDER BY id",
            (mode, origin, destination),
        )
        return [row_to_schedule(r) for r in cur]

    def add_schedule(self, row: Sequence[Any]) -> int:
        """Insert one schedule row (SCHEDULE_COLUMNS order); its new id."""
        marks = ", ".join("?" * len(SCHEDULE_COLUMNS))
        sql = f"INSERT INTO schedules ({', '.join(SCHEDULE_COLUMNS)}) VALUES ({marks})"
        return int(self.db.conn.execute(sql, tuple(row)).lastrowid or 0)

    def get_schedule(self, schedule_id: int) -> Schedule | None:
        """One schedule row, or None."""
        cur = self.db.conn.execute(_SCHEDULE_SELECT + " WHERE id = ?", (schedule_id,))
        row = cur.fetchone()
        return None if row is None else row_to_schedule(row)

    def update_schedule(self, schedule_id: int, row: Sequence[Any]) -> bool:
        """Replace every column of one schedule row (SCHEDULE_COLUMNS order); False if none."""
        sets = ", ".join(f"{c} = ?" for c in SCHEDULE_COLUMNS)
        cur = self.db.conn.execute(f"UPDATE schedules SET {sets} WHERE id = ?", (*row, schedule_id))
        return bool(cur.rowcount > 0)

    def delete_schedule(self, schedule_id: int) -> bool:
        """Remove one schedule row; False if there was none."""
        cur = self.db.conn.execute("DELETE FROM schedules WHERE id = ?", (schedule_id,))
        return bool(cur.rowcount > 0)

    def schedules(self) -> list[Schedule]:
        """Every schedule row, by lane and carrier."""
        cur = self.db.conn.execute(
            _SCHEDULE_SELECT + " ORDER BY mode, origin, destination, carrier, service, id"
        )
        return [row_to_schedule(r) for r in cur]

    def add_new_rates(self, rows: Iterable[tuple[Any, ...]], replace: bool = False) -> AddedRows:
        """Insert the rate tuples not stored yet (every column equal), in the caller's
        transaction; ``replace`` first deletes every stored row of each (mode, origin,
        destination, carrier) among them.

        A row repeated in the file is written once (``dict.fromkeys``: hashing in C). Rows
        of a lane with no stored row go in with a plain ``executemany``; only rows of a
        lane already stored are checked against it, by SQLite, one index probe each.
        """
        given = rows if isinstance(rows, list) else list(rows)
        unique = list(dict.fromkeys(given))
        removed = 0
        if replace:
            keys = {row[_CARRIER_LANE] for row in unique}
            removed = self.db.conn.executemany(
                "DELETE FROM rates WHERE mode = ? AND origin = ? AND destination = ?"
                " AND carrier = ?",
                keys,
            ).rowcount
        fresh, known = self._split_by_stored_lane(unique)
        new = bulk_insert(self.db, "rates", RATE_COLUMNS, fresh) if fresh else 0
        if known:
            new += self.db.conn.executemany(_INSERT_NEW_RATE, known).rowcount
        return AddedRows(len(given), new, removed)

    def add_new_rate_batches(
        self, batches: Iterable[list[tuple[Any, ...]]], replace: bool = False
    ) -> AddedRows:
        """:meth:`add_new_rates` for a sheet read a batch at a time, in the caller's
        transaction: the same rows end up stored, with one batch in memory at a time.

        Only the lanes (and, with ``replace``, the carrier lanes already cleared) are
        remembered across batches: a row of a lane stored before the import or met in
        an earlier batch is checked against the table, the others go in directly; rows
        go in in the file's order.
        """
        stored = set(self._stored_lanes())
        cleared: set[tuple[Any, ...]] = set()
        given = new = removed = 0
        for batch in batches:
            given += len(batch)
            found = dict.fromkeys(batch)
            unique = batch if len(found) == len(batch) else list(found)
            if replace:
                keys = {row[_CARRIER_LANE] for row in unique} - cleared
                if keys:
                    removed += self.db.conn.executemany(
                        "DELETE FROM rates WHERE mode = ? AND origin = ? AND destination = ?"
                        " AND carrier = ?",
                        keys,
                    ).rowcount
                    cleared |= keys
            lanes = set(map(_lane_of, unique))
            if stored.isdisjoint(lanes):  # the usual batch: all new lanes
                new += bulk_insert(self.db, "rates", RATE_COLUMNS, unique)
            else:  # runs of rows of new lanes and of known lanes, in the file's order
                known = map(stored.__contains__, map(_lane_of, unique))
                for is_known, run in groupby(unique, key=lambda _row: next(known)):
                    rows = list(run)
                    if is_known:
                        new += self.db.conn.executemany(_INSERT_NEW_RATE, rows).rowcount
                    else:
                        new += bulk_insert(self.db, "rates", RATE_COLUMNS, rows)
            stored |= lanes
        return AddedRows(given, new, removed)

    def _split_by_stored_lane(
        self, rows: list[tuple[Any, ...]]
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """(rows of lanes with no stored rate, rows of lanes with some)."""
        if self.db.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM rates)").fetchone()[0]:
            return rows, []  # an empty table: nothing can be present yet
        stored = set(self._stored_lanes())
        fresh: list[tuple[Any, ...]] = []
        known: list[tuple[Any, ...]] = []
        for row in rows:
            (known if row[_LANE] in stored else fresh).append(row)
        return fresh, known

    def add_new_surcharges(self, rows: Iterable[tuple[Any, ...]]) -> AddedRows:
        """Insert the surcharge tuples not stored yet (every column equal)."""
        given = rows if isinstance(rows, list) else list(rows)
        new = self.db.conn.executemany(_INSERT_NEW_SURCHARGE, dict.fromkeys(given)).rowcount
        return AddedRows(len(given), new)

    def upsert_fx(self, rows: Iterable[FxRate]) -> int:
        """Insert or replace FX rows keyed by (currency, valid_from)."""
        data = [(r.currency, f"{r.units_per_usd:f}", r.valid_from.isoformat()) for r in rows]
        self.db.conn.executemany(
            "INSERT INTO fx_rates (currency, units_per_usd, valid_from) VALUES (?,?,?)"
            " ON CONFLICT (currency, valid_from)"
            " DO UPDATE SET units_per_usd = excluded.units_per_usd",
            data,
        )
        return len(data)

    def fx_rows(self) -> list[FxRate]:
        """Every FX row."""
        cur = self.db.conn.execute("SELECT currency, units_per_usd, valid_from FROM fx_rates")
        return [FxRate(c, Decimal(u), date.fromisoformat(v)) for c, u, v in cur]

    def rates_for(self, mode: str, origin: str, destination: str, day: date) -> list[Rate]:
        """Rate rows of a lane valid on ``day`` (inclusive at both ends)."""
        iso = day.isoformat()
        cur = self.db.conn.execute(
            _RATE_SELECT + " WHERE mode = ? AND origin = ? AND destination = ?"
            " AND valid_from <= ? AND valid_to >= ? ORDER BY id",
            (mode, origin, destination, iso, iso),
        )
        return [row_to_rate(r) for r in cur]

    def lane_rates(self, mode: str, origin: str, destination: str) -> list[Rate]:
        """Every rate row of a lane, whatever its validity."""
        cur = self.db.conn.execute(
            _RATE_SELECT + " WHERE mode = ? AND origin = ? AND destination = ? ORDER BY id",
            (mode, origin, destination),
        )
        return [row_to_rate(r) for r in cur]

    def surcharges_for(
        self, mode: str, origin: str, destination: str, day: date
    ) -> list[Surcharge]:
        """Surcharges whose lane keys are blank or equal to the lane, valid on ``day``."""
        iso = day.isoformat()
        cur = self.db.conn.execute(
            _SURCHARGE_SELECT + " WHERE mode IN (?, '') AND origin IN (?, '')"
            " AND destination IN (?, '') AND valid_from <= ? AND valid_to >= ? ORDER BY id",
            (mode, origin, destination, iso, iso),
        )
        return [row_to_surcharge(r) for r in cur]

    def _stored_lanes(self) -> list[tuple[str, str, str]]:
        """Every distinct (mode, origin, destination) of the rate table, as tuples."""
        cur = self.db.conn.execute("SELECT DISTINCT mode, origin, destination FROM rates")
        return [(m, o, d) for m, o, d in cur]

    def lanes(self) -> "list[Lane]":
        """Every distinct (mode, origin, destination) of the rate table."""
        from booking_app.core.routes import Lane

        cur = self.db.conn.execute("SELECT DISTINCT mode, origin, destination FROM rates")
        return [Lane(m, o, d) for m, o, d in cur]

    def lane_kinds(self) -> "dict[Lane, frozenset[tuple[str, str]]]":
        """Every lane of the rate table with the (basis, equipment) pairs of its rows.

        Read once while the database does not change: every route search needs it, and
        on a large table the scan takes longer than the search itself.
        """
        from booking_app.core.routes import Lane

        version = self._version()
        if self._kinds is not None and self._kinds[0] == version:
            return self._kinds[1]
        cur = self.db.conn.execute(
            "SELECT DISTINCT mode, origin, destination, basis, equipment FROM rates"
        )
        kinds: dict[Lane, set[tuple[str, str]]] = {}
        for m, o, d, basis, equipment in cur:
            kinds.setdefault(Lane(m, o, d), set()).add((basis, equipment))
        result = {lane: frozenset(k) for lane, k in kinds.items()}
        self._kinds = (version, result)
        return result

    def rate(self, rate_id: int) -> Rate | None:
        """One rate row by id."""
        row = self.db.conn.execute(_RATE_SELECT + " WHERE id = ?", (rate_id,)).fetchone()
        return None if row is None else row_to_rate(row)

    def count(self, table: str) -> int:
        """Rows in one of the rate tables."""
        if table not in ("rates", "surcharges", "fx_rates", "locations", "schedules"):
            raise ValueError(table)
        return int(self.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


class LocationRepository:
    """UN/LOCODE locations with names in any script."""

    def __init__(self, db: StoreDb) -> None:
        self.db = db

    def upsert_many(self, rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert or replace location tuples (LOCATION_COLUMNS order)."""
        data = list(rows)
        self.db.conn.executemany(
            "INSERT INTO locations (code, name, country, kind, lat, lon) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name, country = excluded.country,"
            " kind = excluded.kind, lat = excluded.lat, lon = excluded.lon",
            data,
        )
        return len(data)

    def all(self) -> list[dict[str, Any]]:
        """Every location, by code."""
        return list(self.db.query("SELECT * FROM locations ORDER BY code"))

    def get(self, code: str) -> dict[str, Any] | None:
        """One location, or None."""
        rows = list(self.db.query("SELECT * FROM locations WHERE code = ?", [code]))
        return rows[0] if rows else None
