"""The unit of work: one transaction per clerk action, committed only on success."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from sqlite_utils import Database

from booking_app.core.clock import Clock, clock_from_environment
from booking_app.store.backend import dialect_of, is_retryable, open_store
from booking_app.store.bookings_repo import BookingRepository
from booking_app.store.listing_repo import ListingRepository
from booking_app.store.parties_repo import AuditLog, PartyRepository, SettingsRepository
from booking_app.store.pricing_repo import PricingRepository
from booking_app.store.rates_repo import LocationRepository, RateRepository
from booking_app.store.tariffs_repo import TariffRepository
from booking_app.store.watch_repo import WatchRepository

T = TypeVar("T")


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — everything in the block is one transaction.

    Leaving the block without :meth:`commit` (or by an exception) rolls it all back.
    ``clock`` is where every service takes "today" and "now" from.
    """

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.dialect = dialect_of(db)
        self.clock: Clock = clock or clock_from_environment()
        self.rates = RateRepository(db)
        self.locations = LocationRepository(db)
        self.parties = PartyRepository(db, self.clock)
        self.bookings = BookingRepository(db, self.parties)
        self.settings = SettingsRepository(db)
        self.audit = AuditLog(db, self.clock)
        self.listing = ListingRepository(db)
        self.pricing = PricingRepository(db, self.parties)
        self.watch = WatchRepository(db)
        self.tariffs = TariffRepository(db, self.parties)

    @classmethod
    def open(cls, path: str | Path, clock: Clock | None = None) -> UnitOfWork:
        """A unit of work on the database at ``path`` (created and migrated if needed).

        ``path`` is a SQLite file or a ``postgresql://`` URL (office.md §1).
        """
        return cls(open_store(path), clock)

    def __enter__(self) -> UnitOfWork:
        self.db.conn.execute(self.dialect.begin)
        return self

    def commit(self) -> None:
        """Commit the work so far and start a new transaction for any that follows."""
        self.db.conn.execute("COMMIT")
        self.db.conn.execute(self.dialect.begin)

    def rollback(self) -> None:
        """Drop the work since the last commit."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")
        self.db.conn.execute(self.dialect.begin)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")

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
