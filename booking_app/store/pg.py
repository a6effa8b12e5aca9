"""The PostgreSQL backend: psycopg 3 behind the store's connection protocol.

Repositories write ``?`` placeholders; :func:`translate` turns them into psycopg's
``%s`` (doubling literal ``%``). An ``INSERT`` into a table with an identity ``id``
gets ``RETURNING id`` so ``cursor.lastrowid`` works as on SQLite. Transactions are
explicit (autocommit connection, ``BEGIN``/``COMMIT`` from the unit of work), as on
SQLite with ``isolation_level=None``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import pq
from psycopg.rows import dict_row

from booking_app.core.errors import ServerUnavailableError
from booking_app.store.backend import POSTGRES, Dialect
from booking_app.store.roles import refusal

# psycopg logs a warning when a pipeline that already failed (a refused ``executemany``)
# cannot be closed cleanly; the refusal itself is raised as data (``refusal``). Without a
# handler, logging's last resort would print that warning on the clerk's terminal.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

#: Tables whose rows have an identity ``id`` (inserts return it).
ID_TABLES = frozenset(
    {
        "rates", "surcharges", "parties", "bookings", "booking_legs", "quote_lines",
        "audit_log", "pricing_profiles", "sell_tariffs", "schedules",
    }
)  # fmt: skip
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
_CHANGE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


_NUMBERED = re.compile(r"\?(\d+)")


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """``?`` → ``%s`` and ``%`` → ``%%`` outside quoted literals and identifiers.

    Numbered parameters (``?1``, ``?2``: one value used twice) become ``%(p1)s`` … and
    take their values by name (:func:`_params`).
    """
    out: list[str] = []
    quote = ""
    i = 0
    while i < len(sql):
        ch = sql[i]
        i += 1
        if ch == "%":
            out.append("%%")
        elif quote:
            out.append(ch)
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            digits = _NUMBERED.match(sql, i - 1)
            if digits:
                out.append(f"%(p{digits.group(1)})s")
                i = digits.end()
            else:
                out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


def _params(sql: str, values: Sequence[Any]) -> Sequence[Any] | dict[str, Any]:
    """The values as psycopg wants them for ``translate(sql)``."""
    if _NUMBERED.search(sql):
        return {f"p{i}": v for i, v in enumerate(values, 1)}
    return list(values)


@lru_cache(maxsize=1024)
def _returning_id(sql: str) -> bool:
    match = _INSERT.match(sql)
    return bool(match and match.group(1).lower() in ID_TABLES and not _RETURNING.search(sql))


class PgCursor:
    """A finished statement: rows to fetch, ``rowcount`` and ``lastrowid``."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.rowcount: int = cursor.rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> Any:
        """The next row (a tuple) or None."""
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        """Every remaining row."""
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgConnection:
    """psycopg's connection speaking the store's protocol."""

    def __init__(self, raw: psycopg.Connection[Any], target: str = "") -> None:
        self.raw = raw
        self.target = target  #: the server, as printed (no password)
        #: Rows inserted, updated or deleted through this connection (as SQLite counts).
        self.total_changes = 0

    def _count(self, sql: str, cur: psycopg.Cursor[Any]) -> None:
        if _CHANGE.match(sql) and cur.rowcount > 0:
            self.total_changes += cur.rowcount

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        """Run one statement with ``?`` parameters.

        Raises:
            PermissionDeniedError: the login role may not do this (office.md §3).
        """
        cur = self.raw.cursor()
        try:
            if _returning_id(sql):
                cur.execute(translate(sql) + " RETURNING id", _params(sql, parameters))
                self._count(sql, cur)
                row = cur.fetchone()
                return PgCursor(cur, None if row is None else int(row[0]))
            cur.execute(translate(sql), _params(sql, parameters))
            self._count(sql, cur)
        except psycopg.errors.InsufficientPrivilege:
            raise refusal(sql, bulk=False) from None
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            if self.raw.broken or self.raw.closed:  # the server went away (office.md §5)
                raise ServerUnavailableError(self.target, _reason(exc)) from None
            raise
        return PgCursor(cur)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]], /) -> PgCursor:
        """Run one statement for each parameter row; ``rowcount`` is the total."""
        cur = self.raw.cursor()
        data = [_params(sql, row) for row in seq]
        try:
            if data:
                cur.executemany(translate(sql), data)
                self._count(sql, cur)
        except psycopg.errors.InsufficientPrivilege:
            raise refusal(sql, bulk=True) from None
        result = PgCursor(cur)
        result.rowcount = max(cur.rowcount, 0) if data else 0  # the sum over every row
        return result

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Bulk insert with ``COPY … FROM STDIN``; the number of rows."""
        count = 0
        statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        try:
            with self.raw.cursor() as cur, cur.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        except psycopg.errors.InsufficientPrivilege:
            raise refusal(statement, bulk=True) from None
        self.total_changes += count
        return count

    def executescript(self, sql: str) -> None:
        """Run several statements (no parameters)."""
        self.raw.execute(sql.encode())

    @property
    def in_transaction(self) -> bool:
        """True inside a ``BEGIN`` not yet committed or rolled back."""
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def fileno(self) -> int:
        """The socket, for a notifier in an event loop."""
        return self.raw.fileno()

    def close(self) -> None:
        """Close the connection."""
        self.raw.close()


class PgDatabase:
    """A server database as the repositories see it (the sqlite-utils calls they use)."""

    dialect: Dialect = POSTGRES

    def __init__(self, raw: psycopg.Connection[Any], url: str) -> None:
        self.conn = PgConnection(raw, _safe(url))
        self.url = url

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts."""
        with self.conn.raw.cursor(row_factory=dict_row) as cur:
            cur.execute(translate(sql), _params(sql, params or ()))
            rows = cur.fetchall()
        return iter(rows)

    def executescript(self, sql: str) -> None:
        """Run several statements (no parameters)."""
        self.conn.executescript(sql)

    def current_user(self) -> str:
        """The login role of this connection."""
        row = self.conn.execute("SELECT current_user").fetchone()
        return str(row[0])

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def connect_server(url: str) -> psycopg.Connection[Any]:
    """A connection to ``url`` in autocommit (the unit of work begins and commits).

    Raises:
        ServerUnavailableError: the server cannot be reached or refused the login.
    """
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise ServerUnavailableError(_safe(url), _reason(exc)) from None


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[-1] if text else type(exc).__name__


def _safe(url: str) -> str:
    """The URL without a password (it is never printed)."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1@", url)


def open_server(url: str) -> PgDatabase:
    """Open the server database at ``url`` and migrate its schema forward."""
    from booking_app.store.schema_pg import apply_migrations

    db = PgDatabase(connect_server(url), url)
    apply_migrations(db)
    return db
