"""Creating a database, with or without the demo corridor data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from booking_app.core.clock import Clock
from booking_app.resources import demo_dir
from booking_app.store.uow import UnitOfWork

if TYPE_CHECKING:
    from booking_app.services.imports import Progress

DEMO_FILES = (
    ("locations", "locations.csv"),
    ("fx", "fx.csv"),
    ("rates", "rates.csv"),
    ("surcharges", "surcharges.csv"),
    ("schedules", "schedules.csv"),
)


def load_demo(uow: UnitOfWork, progress: Progress | None = None) -> dict[str, int]:
    """Import the demo corridor data (illustrative sample figures); rows per kind."""
    # imported here: opening an existing database (every start) needs no sheet readers
    from booking_app.services.imports import import_sheet

    folder = demo_dir()
    return {kind: import_sheet(uow, kind, folder / name, progress) for kind, name in DEMO_FILES}


def init_database(
    path: str | Path, demo: bool = False, clock: Clock | None = None
) -> UnitOfWork:
    """Create (or migrate) the database at ``path``; load the demo data if asked and empty."""
    uow = UnitOfWork.open(path, clock)
    if demo and uow.rates.count("rates") == 0:
        load_demo(uow)
    return uow
