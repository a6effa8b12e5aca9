"""Which database a store talks to: SQLite (a file) or PostgreSQL (a libpq URL).

Repositories speak one connection protocol whichever backend runs under them:
``db.conn.execute(sql, params)`` with ``?`` placeholders (a cursor with ``fetchone``,
``fetchall``, iteration, ``lastrowid`` and ``rowcount``), ``db.conn.executemany``,
``db.query(sql, params)`` yielding dicts, and :func:`bulk_insert` for imports. SQLite
gives this natively (sqlite-utils); :mod:`booking_app.store.pg` gives it on psycopg.

SQL that differs between the two lives behind :class:`Dialect` (``dialect_of(db)``),
used only inside the store. Services never see either.
"""

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, Protocol

SERVER_SCHEMES = ("postgresql://", "postgres://")
#: The notification channel of saved bookings (the payload is the booking number).
BOOKINGS_CHANNEL = "desk_bookings"
#: Where the server says its reference tables (rates, places…) changed (office.md §5).
REFERENCE_CHANNEL = "desk_reference"
#: SQLSTATEs after which a transaction is simply run again: serialization failure, deadlock.
RETRYABLE = frozenset({"40001", "40P01"})


def is_retryable(exc: BaseException) -> bool:
    """True for a failure that running the same transaction again resolves."""
    return getattr(exc, "sqlstate", None) in RETRYABLE


class Cursor(Protocol):
    """What ``conn.execute`` returns on both backends."""

    rowcount: int

    @property
    def lastrowid(self) -> int | None: ...  # noqa: D102

    def fetchone(self) -> Any: ...  # noqa: D102

    def fetchall(self) -> list[Any]: ...  # noqa: D102

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The connection protocol: ``?`` parameters, explicit transactions."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...  # noqa: D102

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]], /) -> Any: ...  # noqa: D102

    @property
    def in_transaction(self) -> bool: ...  # noqa: D102


class StoreDb(Protocol):
    """A database as the repositories see it: ``SqliteDatabase`` (or a
    ``sqlite_utils.Database``) or ``PgDatabase``."""

    conn: Any

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...


class Dialect(NamedTuple):
    """The SQL that differs between the backends (only the store uses it)."""

    name: str
    begin: str  #: starts a clerk action's transaction
    newline: str  #: an SQL expression for "\n" (joining fields for a search)
    server: bool  #: a shared server (login roles, notifications) rather than a file


SQLITE = Dialect("sqlite", begin="BEGIN IMMEDIATE", newline="char(10)", server=False)
POSTGRES = Dialect("postgresql", begin="BEGIN", newline="chr(10)", server=True)


def dialect_of(db: Any) -> Dialect:
    """The dialect of a repository's database (SQLite unless it says otherwise)."""
    dialect = getattr(db, "dialect", SQLITE)
    return dialect if isinstance(dialect, Dialect) else SQLITE


def is_server_url(target: str | Path) -> bool:
    """True when ``target`` names a PostgreSQL server (a libpq URL), not a file."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def as_target(text: str) -> str | Path:
    """A ``--db`` value as the store takes it: a libpq URL as it is, else a file path."""
    return text if is_server_url(text) else Path(text)


def bulk_insert(
    db: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert many rows in the caller's transaction (``COPY`` on PostgreSQL); the count."""
    copy = getattr(db.conn, "copy_rows", None)
    if copy is not None:
        return int(copy(table, columns, rows))
    marks = ", ".join("?" * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    data = rows if isinstance(rows, list) else list(rows)
    db.conn.executemany(sql, data)
    return len(data)


def open_store(target: str | Path) -> Any:
    """Open (creating or migrating) the database ``target``: a path or a libpq URL."""
    if is_server_url(target):
        from booking_app.store.pg import open_server

        return open_server(str(target))
    from booking_app.store.db import open_database

    return open_database(target)
