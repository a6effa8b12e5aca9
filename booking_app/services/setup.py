"""Creating a database, with or without the demo corridor data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from booking_app.core.clock import Clock
from booking_app.core.errors import ValidationError
from booking_app.resources import demo_dir
from booking_app.store.uow import UnitOfWork

if TYPE_CHECKING:
    from booking_app.services.imports import Progress


def import_sheet(uow: UnitOfWork, kind: str, path: Path, progress: Progress | None = None) -> int:
    """``services.imports.import_sheet``, imported on first use: opening an existing
    database (every start of the desk) never needs the sheet importer."""
    from booking_app.services.imports import import_sheet as _import_sheet

    return _import_sheet(uow, kind, path, progress)


DEMO_FILES = (
    ("locations", "locations.csv"),
    ("fx", "fx.csv"),
    ("rates", "rates.csv"),
    ("surcharges", "surcharges.csv"),
    ("schedules", "schedules.csv"),
)
#: Tables that must be empty before the demo data is loaded (name shown, table).
_PRICED_TABLES = (("rates", "rates"), ("surcharges", "surcharges"), ("FX rates", "fx_rates"))


class DatabaseNotEmptyError(ValidationError):
    """``init --demo`` on a database that already holds rates, surcharges or FX."""

    def __init__(self, held: dict[str, int]) -> None:
        self.held = held
        what = ", ".join(f"{n} {name}" for name, n in held.items())
        super().__init__(
            f"the database already holds {what}: the demo data is loaded only into an "
            "empty database"
        )


def load_demo(
    uow: UnitOfWork, progress: Progress | None = None, samples: bool = False
) -> dict[str, int]:
    """Import the demo corridor data (illustrative sample figures) in ONE transaction.

    With ``samples``, a few sample bookings priced on those rates join the same
    transaction (:mod:`booking_app.services.samples`): what a new desk starts with.

    Returns:
        Rows per kind (``bookings`` too when samples were asked for).

    Raises:
        DatabaseNotEmptyError: the database already holds rates, surcharges or FX;
            nothing was loaded.
    """
    folder = demo_dir()
    with uow:
        held = {name: uow.rates.count(table) for name, table in _PRICED_TABLES}
        held = {name: n for name, n in held.items() if n}
        if held:
            raise DatabaseNotEmptyError(held)
        # each import joins this transaction: all four sheets are committed together
        counts = {
            kind: import_sheet(uow, kind, folder / name, progress) for kind, name in DEMO_FILES
        }
        if samples:
            from booking_app.services.samples import load_samples  # pricing: only when asked

            counts["bookings"] = len(load_samples(uow))
        uow.commit()
    return counts


def init_database(
    path: str | Path, demo: bool = False, clock: Clock | None = None, samples: bool = False
) -> UnitOfWork:
    """Create (or migrate) the database at ``path``; load the demo data if asked and empty
    (with ``samples``, the sample bookings too)."""
    uow = UnitOfWork.open(path, clock)
    try:
        if demo and uow.rates.count("rates") == 0:
            load_demo(uow, samples=samples)
    except BaseException:
        uow.close()
        raise
    return uow
