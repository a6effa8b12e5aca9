"""Shared fixtures: fresh databases in tmp_path (never the user's own), one fixed clock.

Every test runs at :data:`TEST_NOW`, whatever the real date: the ``clock`` fixture
is handed to every unit of work and desk, and ``BOOKING_APP_NOW`` fixes the clock of
anything opened without one (the command line run as a subprocess among them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from booking_app.core.clock import NOW_VARIABLE, FixedClock  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402

#: "Now" for the whole suite: a Monday inside the demo rates' validity.
TEST_NOW = datetime(2026, 11, 30, 9, 30)
TEST_TODAY = TEST_NOW.date()
os.environ[NOW_VARIABLE] = TEST_NOW.isoformat()


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock, at :data:`TEST_NOW` (a test may set or advance it)."""
    return FixedClock(TEST_NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a new database."""
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def uow(db_path: Path, clock: FixedClock) -> Iterator[UnitOfWork]:
    """A unit of work on an empty database."""
    unit = init_database(db_path, clock=clock)
    yield unit
    unit.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once per session (copied for each test that needs one)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    init_database(path, demo=True).close()
    return path


@pytest.fixture
def demo_uow(demo_template: Path, db_path: Path, clock: FixedClock) -> Iterator[UnitOfWork]:
    """A unit of work on a private copy of the demo database."""
    import sqlite3

    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(db_path)
    src.backup(dst)
    src.close()
    dst.close()
    unit = UnitOfWork.open(db_path, clock)
    yield unit
    unit.close()
