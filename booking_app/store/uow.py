"""The unit of work: one transaction per clerk action, committed only on success."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from booking_app.core.clock import Clock, clock_from_environment
from booking_app.store.bookings_repo import BookingRepository
from booking_app.store.db import open_database
from booking_app.store.listing_repo import ListingRepository
from booking_app.store.parties_repo import AuditLog, PartyRepository, SettingsRepository
from booking_app.store.pricing_repo import PricingRepository
from booking_app.store.rates_repo import LocationRepository, RateRepository
from booking_app.store.tariffs_repo import TariffRepository
from booking_app.store.watch_repo import WatchRepository


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — everything in the block is one transaction.

    Leaving the block without :meth:`commit` (or by an exception) rolls it all back.
    ``clock`` is where every service takes "today" and "now" from.
    """

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
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
        """A unit of work on the database at ``path`` (created and migrated if needed)."""
        return cls(open_database(path), clock)

    def __enter__(self) -> UnitOfWork:
        self.db.conn.execute("BEGIN IMMEDIATE")
        return self

    def commit(self) -> None:
        """Commit the work so far and start a new transaction for any that follows."""
        self.db.conn.execute("COMMIT")
        self.db.conn.execute("BEGIN IMMEDIATE")

    def rollback(self) -> None:
        """Drop the work since the last commit."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")
        self.db.conn.execute("BEGIN IMMEDIATE")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self.db.close()
