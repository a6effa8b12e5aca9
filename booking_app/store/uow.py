"""The unit of work: one transaction per clerk action, committed only on success."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from booking_app.core.clock import Clock, clock_from_environment
from booking_app.store.backend import StoreDb, dialect_of, is_retryable, open_store
from booking_app.store.db import database_error
from booking_app.store.parties_repo import AuditLog, PartyRepository, SettingsRepository
from booking_app.store.rates_repo import LocationRepository, RateRepository

if TYPE_CHECKING:
    from booking_app.store.bookings_repo import BookingRepository
    from booking_app.store.listing_repo import ListingRepository
    from booking_app.store.pricing_repo import PricingRepository
    from booking_app.store.tariffs_repo import TariffRepository
    from booking_app.store.watch_repo import WatchRepository

T = TypeVar("T")


def database_file(db: StoreDb) -> Path | None:
    """The file behind ``db``'s main schema (None in memory or on a server)."""
    if dialect_of(db).server:
        return None
    for row in db.conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — everything in the block is one transaction.

    Leaving the block without :meth:`commit` (or by an exception) rolls it all back.
    Blocks nest: an inner ``with uow:`` joins the outer transaction, and only the
    outermost :meth:`commit` commits (so ``init --demo`` loads four sheets as one).
    ``clock`` is where every service takes "today" and "now" from.
    """

    def __init__(self, db: StoreDb, clock: Clock | None = None) -> None:
        self.db = db
        self.dialect = dialect_of(db)
        self.clock: Clock = clock or clock_from_environment()
        self.path: Path | None = database_file(db)
        self._depth = 0
        self.rates = RateRepository(db)
        self.locations = LocationRepository(db)
        self.parties = PartyRepository(db, self.clock)
        self.settings = SettingsRepository(db)
        self.audit = AuditLog(db, self.clock)

    # The repositories below are imported when first used: a quote without a customer
    # needs none of them (and a CLI call pays for every module it imports).

    @cached_property
    def bookings(self) -> BookingRepository:
        """Saved bookings, their legs, lines and numbers."""
        from booking_app.store.bookings_repo import BookingRepository

        return BookingRepository(self.db, self.parties)

    @cached_property
    def pricing(self) -> PricingRepository:
        """The customers' pricing profiles."""
        from booking_app.store.pricing_repo import PricingRepository

        return PricingRepository(self.db, self.parties)

    @cached_property
    def tariffs(self) -> TariffRepository:
        """The customers' sell tariffs."""
        from booking_app.store.tariffs_repo import TariffRepository

        return TariffRepository(self.db, self.parties)

    @cached_property
    def listing(self) -> ListingRepository:
        """The bookings list's queries (imported when first used: a quote needs none)."""
        from booking_app.store.listing_repo import ListingRepository

        return ListingRepository(self.db)

    @cached_property
    def watch(self) -> WatchRepository:
        """The follow-up queries (imported when first used)."""
        from booking_app.store.watch_repo import WatchRepository

        return WatchRepository(self.db)

    @classmethod
    def open(cls, path: str | Path, clock: Clock | None = None) -> UnitOfWork:
        """A unit of work on the database at ``path`` (created and migrated if needed).

        ``path`` is a SQLite file or a ``postgresql://`` URL (office.md §1).
        """
        return cls(open_store(path), clock)

    def _execute(self, sql: str) -> None:
        try:
            self.db.conn.execute(sql)
        except sqlite3.Error as exc:
            raise database_error(exc, self.path or ":memory:") or exc from None

    def __enter__(self) -> UnitOfWork:
        if self._depth == 0:
            # IMMEDIATE takes the write lock now: a busy database fails here, before
            # anything is written (DatabaseBusyError), not half-way through.
            self._execute(self.dialect.begin)
        self._depth += 1
        return self

    def commit(self) -> None:
        """Commit the work of the outermost block; end its transaction, nothing else.

        Inside a nested block this does nothing: the outermost block commits.
        """
        if self._depth <= 1 and self.db.conn.in_transaction:
            self._execute("COMMIT")

    def rollback(self) -> None:
        """Drop the work since the transaction began."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0 and self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            # a write refused by SQLite (read-only file, full disk, damaged page) is the
            # desk's own error, said in one sentence; nothing was committed
            error = database_error(exc, self.path or ":memory:")
            if error is not None:
                raise error from None

    def transaction(self, work: Callable[[], T], attempts: int = 5) -> T:
        """Run ``work`` in one transaction and commit it; its result.

        When the server gives up the transaction for a serialization failure or a
        deadlock, the work is simply run again (office.md §4): the clerk never sees it.
        """
        for attempt in range(1, attempts + 1):
            try:
                with self:
                    result = work()
                    self.commit()
                return result
            except Exception as exc:
                if attempt == attempts or not is_retryable(exc):
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Close the connection."""
        self.db.close()
