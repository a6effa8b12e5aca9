"""Copies of the database file: online backups, checks, restores (data-safety.md §7).

SQLite's online backup API copies a consistent snapshot while other connections keep
working, and writes a restore into the live file the same way, so a desk that has the
database open sees the restored content and no file is swapped under it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from booking_app.core.database_errors import DatabaseDamagedError, NotADeskDatabaseError
from booking_app.store.db import check_header, check_schema, connect, database_error
from booking_app.store.schema import MIGRATIONS
from booking_app.store.sqlite_db import SqliteDatabase


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's first complaint from ``PRAGMA integrity_check``, or None when intact."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return None if rows == ["ok"] else (rows[0] if rows else "no answer")


def copy_database(source: sqlite3.Connection, dest: str | Path) -> None:
    """Copy the database of ``source`` into a new single file ``dest``, then check it.

    Raises:
        DatabaseDamagedError: the copy fails its integrity check (or the source is damaged).
    """
    target = sqlite3.connect(str(dest), isolation_level=None)
    try:
        source.backup(target)
        # a copy of a WAL database is marked WAL; make it one self-contained file
        target.execute("PRAGMA journal_mode=DELETE")
        problem = integrity_problem(target)
        if problem is not None:
            raise DatabaseDamagedError(str(dest), problem)
    except sqlite3.Error as exc:
        raise database_error(exc, dest) or exc from None
    finally:
        target.close()


def check_desk_file(path: str | Path) -> None:
    """A file fit to be restored: SQLite, a desk database, intact, not from a newer desk.

    Raises:
        NotADeskDatabaseError: not SQLite, or not made by the desk.
        DatabaseDamagedError: the integrity check fails.
        NewerSchemaError: made by a newer desk.
    """
    p = Path(path)
    if not p.is_file():
        raise NotADeskDatabaseError(str(path))
    check_header(p)
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(p, read_only=True)
        problem = integrity_problem(conn)
        if problem is not None:
            raise DatabaseDamagedError(str(path), problem)
        db = SqliteDatabase(conn)
        if not MIGRATIONS.applied(db):
            raise NotADeskDatabaseError(str(path))
        check_schema(db, path)
    except sqlite3.Error as exc:
        raise database_error(exc, path) or exc from None
    finally:
        if conn is not None:
            conn.close()


def copy_file_database(source: str | Path, dest: str | Path) -> None:
    """Copy the database file ``source`` into a new single file ``dest`` (checked)."""
    conn = connect(source, read_only=True)
    try:
        copy_database(conn, dest)
    finally:
        conn.close()


def restore_into(target: sqlite3.Connection, source: str | Path) -> None:
    """Replace the whole content of ``target``'s database with the file ``source``.

    Raises:
        DatabaseBusyError: another program is writing; nothing was changed.
    """
    conn = connect(source, read_only=True)
    try:
        conn.backup(target)
    except sqlite3.Error as exc:
        raise database_error(exc, source) or exc from None
    finally:
        conn.close()
