"""The unit of work: one transaction per clerk action, committed only on success."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from booking_app.store.bookings_repo import BookingRepository
from booking_app.store.db import open_database
from booking_app.store.listing_repo import ListingRepository
from booking_app.store.parties_repo import AuditLog, PartyRepository, SettingsRepository
from booking_app.store.rates_repo import LocationRepository, RateRepository


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — everything in the block is one transaction.

    Leaving the block without :meth:`commit` (or by an exception) rolls it all back.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.rates = RateRepository(db)
        self.locations = LocationRepository(db)
        self.parties = PartyRepository(db)
        self.bookings = BookingRepository(db, self.parties)
        self.settings = SettingsRepository(db)
        self.audit = AuditLog(db)
        self.listing = ListingRepository(db)

    @classmethod
    def open(cls, path: str | Path) -> UnitOfWork:
        """A unit of work on the database at ``path`` (created and migrated if needed)."""
        return cls(open_database(path))

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
