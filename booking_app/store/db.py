"""Opening the database: pragmas, schema checks and migrations, network-share warning.

A file that is not a desk database, a damaged one, one from a newer desk and a
read-only one are each answered with their own error (data-safety.md §6); SQLite's
errors are turned into those by :func:`database_error`, by their codes, never their text.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from booking_app.core.database_errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseFileError,
    DatabaseReadOnlyError,
    DiskFullError,
    NewerSchemaError,
    NotADeskDatabaseError,
)
from booking_app.core.errors import BookingDeskError
from booking_app.store.backend import StoreDb, is_server_url
from booking_app.store.schema import MIGRATIONS
from booking_app.store.sqlite_db import SqliteDatabase

BUSY_TIMEOUT_MS = 10_000
#: Milliseconds to wait for another program's write lock (scripts may shorten it).
BUSY_TIMEOUT_VARIABLE = "BOOKING_APP_BUSY_TIMEOUT_MS"
SQLITE_HEADER = b"SQLite format 3\x00"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "sshfs", "fuse.sshfs", "afs"}
# SQLite's primary result codes (https://sqlite.org/rescode.html)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def is_read_only(path: str | Path) -> bool:
    """True when the database file exists and this process may not write it."""
    p = Path(path)
    return str(path) != ":memory:" and p.exists() and not os.access(p, os.W_OK)


def busy_timeout_ms() -> int:
    """How long a write waits for the lock: ``BOOKING_APP_BUSY_TIMEOUT_MS``, else 10 s."""
    text = os.environ.get(BUSY_TIMEOUT_VARIABLE, "").strip()
    return int(text) if text.isdigit() else BUSY_TIMEOUT_MS


def _null(_value: None) -> None:
    return None


# sqlite3 binds None as NULL only after looking for a way to adapt it, and that search
# fails by building an AttributeError message for each None bound (~0.4 µs: a rate
# import binds two or three per row). Registered, the adapter is found at once.
sqlite3.register_adapter(type(None), _null)


def connect(path: str | Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection with foreign keys on, WAL, synchronous=FULL and a busy timeout.

    Transactions are explicit (``isolation_level=None``): a unit of work begins and
    commits them, so nothing is committed behind its back. ``read_only`` opens the
    file with ``mode=ro`` (and leaves its journal mode as it is).
    """
    target = f"file:{quote(str(Path(path).resolve()))}?mode=ro" if read_only else str(path)
    timeout_ms = busy_timeout_ms()
    conn = sqlite3.connect(
        target,
        isolation_level=None,
        timeout=timeout_ms / 1000,
        check_same_thread=False,
        uri=read_only,
    )
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={timeout_ms}")
    if str(path) != ":memory:" and not read_only:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def check_header(path: str | Path) -> None:
    """Refuse a file that is not SQLite at all, without opening (or changing) it.

    Raises:
        NotADeskDatabaseError: the file is not empty and does not start as SQLite does.
    """
    p = Path(path)
    if str(path) == ":memory:" or not p.is_file():
        if p.exists() and not p.is_file():
            raise NotADeskDatabaseError(str(path))
        return
    with p.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if head and head != SQLITE_HEADER:
        raise NotADeskDatabaseError(str(path))


def check_schema(db: StoreDb, path: str | Path) -> bool:
    """Whether the database needs migrating; refuses foreign and newer databases.

    Raises:
        NotADeskDatabaseError: a SQLite file holding tables the desk did not make.
        NewerSchemaError: the file has migrations this desk does not know.
    """
    known = [m.name for m in MIGRATIONS._migrations]
    applied = [m.name for m in MIGRATIONS.applied(db)]
    if not applied:
        rows = db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = [str(r[0]) for r in rows if not str(r[0]).startswith("sqlite_")]
        if [t for t in tables if t != MIGRATIONS.migrations_table]:
            raise NotADeskDatabaseError(str(path))
        return True
    if set(applied) - set(known):
        raise NewerSchemaError(str(path), len(applied), len(known))
    return len(applied) < len(known)


def open_database(path: str | Path) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and migrate its schema forward.

    Raises:
        DatabaseFileError: not a desk database, damaged, or from a newer desk.
        DatabaseReadOnlyError: the file is read-only and would need migrating.
        ValueError: ``path`` is a server URL (``backend.open_store`` opens those).
    """
    if is_server_url(path):  # never a file named after a server (backend.open_store)
        raise ValueError(f"{path} is a server URL, not a SQLite file")
    check_header(path)
    read_only = is_read_only(path)
    if str(path) != ":memory:" and not read_only:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, read_only)
        db = SqliteDatabase(conn)  # sqlite-utils only if a migration is pending
        if check_schema(db, path):
            if read_only:
                raise DatabaseReadOnlyError(str(path))
            MIGRATIONS.apply(db)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise database_error(exc, path) or exc from None
    except BookingDeskError:
        if conn is not None:
            conn.close()
        raise
    return db


def database_error(exc: sqlite3.Error, path: str | Path) -> BookingDeskError | None:
    """The desk's error for a SQLite error on the database at ``path``, by its code.

    Returns None for an error that says the program is wrong (a bug), not the file.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    where = str(path)
    if primary in (_BUSY, _LOCKED):
        return DatabaseBusyError(str(exc))
    if primary == _READONLY:
        return DatabaseReadOnlyError(where)
    if primary in (_CORRUPT, _NOTADB):
        return DatabaseDamagedError(where, str(exc))
    if primary == _FULL:
        return DiskFullError(where)
    if primary in (_IOERR, _CANTOPEN):
        return DatabaseFileError(where, f"cannot read or write the database {where} ({exc})")
    if type(exc) is sqlite3.DatabaseError:
        return DatabaseDamagedError(where, str(exc))
    return None


def is_network_path(path: str | Path) -> bool:
    """True when ``path`` lies on a network file system (SQLite corrupts there under load)."""
    text = str(path)
    if is_server_url(text):
        return False  # a PostgreSQL server is made for sharing
    if text.startswith(("\\\\", "//")):
        return True
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return False
    target = os.path.realpath(Path(text).parent)
    best, best_fs = "", ""
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_fs = parts[1], parts[2]
    return best_fs in _NETWORK_FS
