"""The desk's local copy of the office's reference tables (office.md §5).

Quoting stays instant and works with the server out of reach: the reference tables
(locations, rates, surcharges, FX, pricing profiles, sell tariffs, and the parties
they name) are copied into a SQLite file in the desk's data folder. The copy carries
the server's reference version; it is refreshed whenever that version moves on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from booking_app.core.errors import ServerUnavailableError
from booking_app.store.backend import StoreDb
from booking_app.store.db import open_database
from booking_app.store.schema_pg import REFERENCE_TABLES
from booking_app.store.uow import UnitOfWork

#: What is copied, parents first (profiles and tariffs name parties by id).
COPIED_TABLES = ("parties", *REFERENCE_TABLES)
_STAMP = "reference_copy"


def copy_path(folder: Path, url: str) -> Path:
    """Where the copy of the server database ``url`` lives in the desk's data folder."""
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return folder / f"rates-copy-{digest}.sqlite3"


def open_copy(path: Path) -> StoreDb:
    """Open (creating) a local copy: the desk's own SQLite schema plus its version stamp."""
    db = open_database(path)
    db.conn.execute(
        f"CREATE TABLE IF NOT EXISTS {_STAMP} (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " version INTEGER NOT NULL)"
    )
    return db


def copy_version(db: StoreDb) -> int | None:
    """The server reference version the copy holds (None: never copied)."""
    row = db.conn.execute(f"SELECT version FROM {_STAMP} WHERE id = 1").fetchone()
    return None if row is None else int(row[0])


def server_version(server: Any) -> int:
    """The server's reference version now."""
    return int(server.conn.execute("SELECT version FROM reference_version").fetchone()[0])


def refresh(server: Any, db: StoreDb) -> bool:
    """Bring the copy up to the server's version; False when it was current already.

    The server's tables are read in one repeatable-read transaction, so the copy is one
    consistent state; the local file is rewritten in one transaction, so a desk never
    quotes from half a copy.
    """
    conn = server.conn
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        version = server_version(server)
        tables = (
            None if copy_version(db) == version
            else {t: _read(server, t, _local_columns(db, t)) for t in COPIED_TABLES}
        )  # fmt: skip
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction and not conn.raw.broken:
            conn.execute("ROLLBACK")
        raise
    if tables is None:
        return False
    local = db.conn
    local.execute("BEGIN IMMEDIATE")
    try:
        for table in reversed(COPIED_TABLES):
            local.execute(f"DELETE FROM {table}")
        for table in COPIED_TABLES:
            columns, rows = tables[table]
            marks = ", ".join("?" * len(columns))
            local.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
            )
        local.execute(
            f"INSERT INTO {_STAMP} (id, version) VALUES (1, ?)"
            " ON CONFLICT (id) DO UPDATE SET version = excluded.version",
            (version,),
        )
        local.execute("COMMIT")
    except BaseException:
        local.execute("ROLLBACK")
        raise
    return True


def _local_columns(db: StoreDb, table: str) -> set[str]:
    return {str(r[1]) for r in db.conn.execute(f"PRAGMA table_info({table})")}


def _read(server: Any, table: str, local: set[str]) -> tuple[list[str], list[Any]]:
    cur = server.conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
        " AND table_name = ? ORDER BY ordinal_position",
        (table,),
    )
    columns = [str(r[0]) for r in cur if str(r[0]) in local]
    rows = server.conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    return columns, rows


def open_rate_copy(uow: UnitOfWork, folder: Path) -> UnitOfWork | None:
    """The unit of work live quotes price from when ``uow`` is on an office server: the
    local copy in ``folder``, refreshed now if the server answers (kept as it is when it
    does not). None for a desk's own SQLite file, which quotes from itself.

    Raises:
        ServerUnavailableError: the server cannot be reached and there is no copy yet.
    """
    if not uow.dialect.server:
        return None
    path = copy_path(folder, str(getattr(uow.db, "url", "")))
    copy = UnitOfWork(open_copy(path), uow.clock)
    try:
        refresh(uow.db, copy.db)
    except ServerUnavailableError:
        if copy_version(copy.db) is None:
            copy.close()
            raise
    return copy


def refresh_rate_copy(uow: UnitOfWork, copy: UnitOfWork) -> bool:
    """Refresh ``copy`` from the server of ``uow`` if its version moved on; True if it did.

    Raises:
        ServerUnavailableError: the server cannot be reached (the copy stays as it was).
    """
    return refresh(uow.db, copy.db)
