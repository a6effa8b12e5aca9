"""The store's SQLite database: a stdlib ``sqlite3`` connection behind the repositories'
protocol (:class:`booking_app.store.backend.StoreDb`), and the schema's migration set.

Importing sqlite-utils costs about twice a bare interpreter start (click, dateutil,
pluggy, a Unicode-range regex compiled at import): a CLI call or the desk's start
would spend most of its time there. So the store opens its connections with ``sqlite3``
alone, checks the schema's version with one query, and imports sqlite-utils only when
migrations must run (:meth:`MigrationSet.apply`) or a caller asks for its bulk helpers
(:meth:`SqliteDatabase.utils`). The rows, the migrations table and the pragmas are the
same as with ``sqlite_utils.Database`` (``recursive_triggers`` on, as it sets).
"""

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database


def _unique(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils does (``id``, ``id_2`` …)."""
    if len(set(keys)) == len(keys):
        return keys
    taken, seen, out = set(keys), set(), []
    for key in keys:
        new, n = key, 2
        while new in seen or (new != key and new in taken):
            new, n = f"{key}_{n}", n + 1
        seen.add(new)
        out.append(new)
    return out


class SqliteDatabase:
    """A SQLite connection as the repositories use it: ``conn``, ``query``, ``execute``.

    Transactions stay the unit of work's (the connection has ``isolation_level=None``):
    nothing here begins or commits one.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers=on")

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Run ``sql`` now; its rows as dicts, fetched as they are iterated."""
        cursor = self.conn.execute(sql, () if params is None else params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows")
        keys = _unique([d[0] for d in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def execute(
        self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement (in the caller's transaction, if one is open)."""
        return self.conn.execute(sql, () if params is None else params)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """Run several statements, as sqlite-utils' ``executescript`` does."""
        return self.utils().executescript(sql)

    def table_names(self) -> list[str]:
        """The names of the tables in the main schema."""
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [str(r[0]) for r in rows]

    def utils(self) -> "Database":
        """The same connection as a ``sqlite_utils.Database`` (imported now), for its
        bulk and schema helpers."""
        return as_utils(self)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def as_utils(db: Any) -> "Database":
    """``db`` (a :class:`SqliteDatabase` or already a ``sqlite_utils.Database``) as the latter."""
    from sqlite_utils import Database

    if isinstance(db, Database):
        return db
    # No sqlite-utils plugins: their entry-point scan costs ~70 ms a connection.
    return Database(db.conn, execute_plugins=False)


class Migration(NamedTuple):
    """One migration: its name and the function that applies it."""

    name: str
    fn: Callable[[Any], None]


class AppliedMigration(NamedTuple):
    """A migration recorded as applied in the database."""

    name: str
    applied_at: str


class MigrationSet:
    """The schema's migrations, recorded as sqlite-utils' ``Migrations`` records them.

    ``@MIGRATIONS()`` registers a function; :meth:`applied` reads the record with one
    query; :meth:`apply` hands the pending ones to sqlite-utils (imported only then).
    """

    migrations_table = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        """A decorator registering a migration under its function's name."""

        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            if any(m.name == fn.__name__ for m in self._migrations):
                raise ValueError(f"migration {fn.__name__} is already registered")
            self._migrations.append(Migration(fn.__name__, fn))
            return fn

        return register

    def applied(self, db: Any) -> list[AppliedMigration]:
        """The migrations of this set the database records, in the order applied."""
        conn = db.conn
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            (self.migrations_table,),
        ).fetchone()
        if found is None:
            return []
        rows = conn.execute(
            f"SELECT name, applied_at FROM {self.migrations_table}"
            " WHERE migration_set = ? ORDER BY rowid",
            (self.name,),
        )
        return [AppliedMigration(str(r[0]), str(r[1])) for r in rows]

    def pending(self, db: Any) -> list[Migration]:
        """The registered migrations the database has not applied yet."""
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Any, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending migrations (each in its own transaction), through sqlite-utils."""
        from sqlite_utils import Migrations

        migrations = Migrations(self.name)
        for m in self._migrations:
            migrations(name=m.name)(m.fn)
        migrations.apply(as_utils(db), stop_before=stop_before)
