"""Setting up an office server (office.md §2): roles, grants, users, migration from SQLite."""

import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from psycopg import sql

from booking_app.core.errors import ValidationError
from booking_app.store.pg import PgDatabase
from booking_app.store.roles import ADMIN_TABLES, GROUPS, PRICING_TABLES, SALES_TABLES
from booking_app.store.schema_pg import HISTORY, apply_migrations

#: Tables in the order their rows can be copied (parents before children).
#: Tables only a SQLite desk has (the bookings list's FTS5 index, m007_listing_speed).
SQLITE_ONLY_PREFIX = "bookings_search"
COPY_ORDER = (
    "locations", "rates", "surcharges", "fx_rates", "parties", "booking_counters",
    "bookings", "booking_fx", "booking_legs", "quote_lines", "settings", "audit_log",
    "pricing_profiles", "sell_tariffs", "schedules",
)  # fmt: skip

# The clerk of a booking or an audit entry is the login role, whatever the desk sent.
_CLERK_TRIGGER = """
CREATE OR REPLACE FUNCTION desk_login_clerk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.clerk := current_user;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS bookings_clerk ON bookings;
CREATE TRIGGER bookings_clerk BEFORE INSERT OR UPDATE OF clerk ON bookings
    FOR EACH ROW EXECUTE FUNCTION desk_login_clerk();
DROP TRIGGER IF EXISTS audit_clerk ON audit_log;
CREATE TRIGGER audit_clerk BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION desk_login_clerk();
"""


def _ensure_group(db: PgDatabase, group: str) -> None:
    exists = db.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (group,)).fetchone()
    if exists is None:
        db.conn.raw.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))


def _grant(db: PgDatabase, privileges: str, tables: tuple[str, ...], group: str) -> None:
    db.conn.raw.execute(
        sql.SQL("GRANT {} ON {} TO {}").format(
            sql.SQL(privileges),
            sql.SQL(", ").join(sql.Identifier(t) for t in tables),
            sql.Identifier(group),
        )
    )


def init_office(db: PgDatabase) -> list[str]:
    """Create or migrate the schema, the group roles and their grants; migrations applied.

    Run as a PostgreSQL user allowed to create roles. Safe to run again.
    """
    applied = apply_migrations(db)
    conn = db.conn
    conn.execute("BEGIN")
    try:
        for group in GROUPS.values():
            _ensure_group(db, group)
        sales, pricing, admin = GROUPS["sales"], GROUPS["pricing"], GROUPS["admin"]
        raw = conn.raw
        for member, group in ((pricing, sales), (admin, pricing)):
            raw.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(member))
            )
        dbname = conn.execute("SELECT current_database()").fetchone()[0]
        raw.execute(
            sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(
                sql.Identifier(dbname), sql.Identifier(sales)
            )
        )
        raw.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(sql.Identifier(sales)))
        everything = (
            *SALES_TABLES, *PRICING_TABLES, *ADMIN_TABLES, "audit_log", HISTORY,
            "reference_version",
        )  # fmt: skip
        _grant(db, "SELECT", everything, sales)
        _grant(db, "INSERT, UPDATE, DELETE", SALES_TABLES, sales)
        _grant(db, "INSERT", ("audit_log",), sales)  # append only, for every role
        _grant(db, "INSERT, UPDATE, DELETE", PRICING_TABLES, pricing)
        _grant(db, "INSERT, UPDATE, DELETE", ADMIN_TABLES, admin)
        raw.execute(
            sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(
                sql.Identifier(sales)
            )
        )
        conn.executescript(_CLERK_TRIGGER)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied


def add_user(db: PgDatabase, name: str, role: str, password: str | None) -> None:
    """A login role ``name`` in the group of desk role ``role``.

    Raises:
        ValidationError: an unknown role, or a user of that name exists already.
    """
    if role not in GROUPS:
        raise ValidationError(f"unknown role {role!r}: sales, pricing or admin")
    if not name.strip():
        raise ValidationError("a user needs a name")
    if db.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone():
        raise ValidationError(f"a user or role {name} exists already")
    statement = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
        sql.Identifier(name), sql.Identifier(GROUPS[role])
    )
    if password:
        statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
    db.conn.raw.execute(statement)


class MigrationReport(NamedTuple):
    """Rows per table and the sum of booking totals, on both sides of a migration."""

    counts: dict[str, tuple[int, int]]  #: table → (SQLite rows, server rows)
    totals: tuple[Decimal, Decimal]  #: sum of bookings.total (SQLite, server)

    @property
    def matches(self) -> bool:
        """True when every count and the totals agree."""
        return self.totals[0] == self.totals[1] and all(a == b for a, b in self.counts.values())


def _columns_pg(db: PgDatabase, table: str) -> list[str]:
    cur = db.conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
        " AND table_name = ? ORDER BY ordinal_position",
        (table,),
    )
    return [str(r[0]) for r in cur]


def _total(values: list[Any]) -> Decimal:
    return sum((Decimal(str(v)) for v in values), Decimal(0))


def migrate_from_sqlite(db: PgDatabase, source: Path) -> MigrationReport:
    """Copy every row of a desk's SQLite database into this empty server database in one
    transaction (ids, booking numbers, frozen lines, audit log), then compare counts and
    the sum of all booking totals on both sides.

    Raises:
        ValidationError: the source is missing, or the server database is not empty.
    """
    if not source.is_file():
        raise ValidationError(f"no SQLite database {source}")
    from booking_app.store.db import open_database  # migrates the desk's file forward first

    lite = open_database(source).conn
    try:
        return _copy(db, lite)
    finally:
        lite.close()


def _copy(db: PgDatabase, lite: sqlite3.Connection) -> MigrationReport:
    conn = db.conn
    conn.execute("BEGIN")
    try:
        for table in ("bookings", "rates", "parties"):
            if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                raise ValidationError(f"the server database is not empty ({table} has rows)")
        counts: dict[str, tuple[int, int]] = {}
        present = {
            str(r[0]) for r in lite.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite%' AND name NOT LIKE '\\_%' ESCAPE '\\'"
            )
        }  # fmt: skip
        # the FTS5 search index (and its shadow tables) is SQLite's own: the server has none
        present = {t for t in present if not t.startswith(SQLITE_ONLY_PREFIX)}
        tables = [t for t in COPY_ORDER if t in present] + sorted(present - set(COPY_ORDER))
        for table in ("bookings", "audit_log"):  # keep each row's own clerk
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        for table in tables:
            wanted = _columns_pg(db, table)
            if not wanted:
                raise ValidationError(f"the server has no table {table}: run server init")
            wanted = _columns_pg(db, table)
            have = {r[1] for r in lite.execute(f"PRAGMA table_info({table})")}
            columns = [c for c in wanted if c in have]
            rows = lite.execute(f"SELECT {', '.join(columns)} FROM {table}")
            conn.copy_rows(table, columns, rows)
            if "id" in columns:  # the next new row continues after the copied ids
                conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
            source_rows = int(lite.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            server_rows = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            counts[table] = (source_rows, server_rows)
        for table in ("bookings", "audit_log"):
            conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        totals = (
            _total([r[0] for r in lite.execute("SELECT total FROM bookings")]),
            _total([r[0] for r in conn.execute("SELECT total FROM bookings")]),
        )
        report = MigrationReport(counts, totals)
        if not report.matches:
            raise ValidationError("the copy does not match its source; nothing was migrated")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return report
