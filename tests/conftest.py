"""Shared fixtures: fresh databases in tmp_path (never the user's own), one fixed clock.

Every test runs at :data:`TEST_NOW`, whatever the real date: the ``clock`` fixture
is handed to every unit of work and desk, and ``BOOKING_APP_NOW`` fixes the clock of
anything opened without one (the command line run as a subprocess among them).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# What the program keeps in the user's cache folder (sea distances) goes to a folder of
# the suite's own, never the user's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="booking-desk-tests-cache-")

from booking_app.core.clock import NOW_VARIABLE, FixedClock  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402
from tests.pgserver import PgServer, ServerUnavailable, start_server  # noqa: E402

#: "Now" for the whole suite: a Monday inside the demo rates' validity.
TEST_NOW = datetime(2026, 11, 30, 9, 30)
TEST_TODAY = TEST_NOW.date()
os.environ[NOW_VARIABLE] = TEST_NOW.isoformat()


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock, at :data:`TEST_NOW` (a test may set or advance it)."""
    return FixedClock(TEST_NOW)


@pytest.fixture
def backend() -> str:
    """The store backend of a test: SQLite, unless its folder runs it on both (see
    ``both_backends`` in tests/store and tests/services)."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL server for the session. If it cannot start, every test
    that needs it FAILS with the reason: nothing is skipped."""
    try:
        server = start_server()
    except ServerUnavailable as exc:
        pytest.fail(f"PostgreSQL test server unavailable: {exc}", pytrace=False)
    try:
        empty = server.new_database()
        UnitOfWork.open(empty).close()
        server.admin(f'ALTER DATABASE "{_dbname(empty)}" RENAME TO "desk_empty"')
        demo = server.new_database()
        init_database(demo, demo=True).close()
        server.admin(f'ALTER DATABASE "{_dbname(demo)}" RENAME TO "desk_demo"')
        yield server
    finally:
        server.stop()


def _dbname(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _server_database(request: pytest.FixtureRequest, template: str) -> str:
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.new_database(template)
    request.addfinalizer(lambda: server.drop_database(url))
    return url


@pytest.fixture
def db_path(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Path | str:
    """Where a new database goes: a SQLite file path, or (backend ``postgresql``) the
    URL of a new database on the test server, already migrated."""
    if backend == "postgresql":
        return _server_database(request, "desk_empty")
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
def demo_uow(
    backend: str, tmp_path: Path, clock: FixedClock, request: pytest.FixtureRequest
) -> Iterator[UnitOfWork]:
    """A unit of work on a private copy of the demo database."""
    import sqlite3

    if backend == "postgresql":
        server_unit = UnitOfWork.open(_server_database(request, "desk_demo"), clock)
        yield server_unit
        server_unit.close()
        return
    db_path = request.getfixturevalue("db_path")
    demo_template = request.getfixturevalue("demo_template")
    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(db_path)
    src.backup(dst)
    src.close()
    dst.close()
    unit = UnitOfWork.open(db_path, clock)
    yield unit
    unit.close()


def pytest_configure(config: pytest.Config) -> None:
    """The markers of the two-backend runs."""
    config.addinivalue_line(
        "markers", "sqlite_only(reason): a test of SQLite itself (pragmas, query plans)"
    )

