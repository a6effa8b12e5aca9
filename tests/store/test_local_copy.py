"""The desk's local rate copy (office.md §5): quotes from it, refreshed on change, offline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from booking_app.core.clock import FixedClock
from booking_app.core.errors import ServerUnavailableError
from booking_app.services import quoting
from booking_app.store.local_copy import copy_version, open_rate_copy, refresh_rate_copy
from booking_app.store.uow import UnitOfWork
from tests.conftest import TEST_NOW
from tests.pgserver import PgServer
from tests.store.test_office import REQUEST


@pytest.fixture
def office(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[UnitOfWork]:
    url = pg_server.new_database("desk_demo")
    request.addfinalizer(lambda: pg_server.drop_database(url))
    unit = UnitOfWork.open(url, FixedClock(TEST_NOW))
    yield unit
    unit.close()


def test_quotes_from_the_copy_match_the_server_and_follow_its_changes(
    office: UnitOfWork, tmp_path: Path
) -> None:
    copy = open_rate_copy(office, tmp_path)
    assert copy is not None and not copy.dialect.server
    try:
        assert copy.rates.count("rates") == office.rates.count("rates") > 100
        before = quoting.quote(copy, REQUEST)
        assert before.total == quoting.quote(office, REQUEST).total
        assert refresh_rate_copy(office, copy) is False  # nothing changed: nothing copied
        version = copy_version(copy.db)
        office.db.conn.execute(
            "UPDATE rates SET rate = '9999.00' WHERE mode = 'rail_fcl' AND origin = 'CNCKG'"
            " AND destination = 'CNQZH'"
        )
        assert quoting.quote(copy, REQUEST).total == before.total  # not yet refreshed
        assert refresh_rate_copy(office, copy) is True
        assert copy_version(copy.db) == (version or 0) + 1
        after = quoting.quote(copy, REQUEST)
        assert after.total != before.total
        assert after.total == quoting.quote(office, REQUEST).total
    finally:
        copy.close()


def test_the_copy_keeps_quoting_when_the_server_is_gone(
    pg_server: PgServer, office: UnitOfWork, tmp_path: Path
) -> None:
    copy = open_rate_copy(office, tmp_path)
    assert copy is not None
    try:
        total = quoting.quote(copy, REQUEST).total
        pid = office.db.conn.raw.info.backend_pid
        pg_server.admin(f"SELECT pg_terminate_backend({pid})")
        with pytest.raises(ServerUnavailableError):
            refresh_rate_copy(office, copy)
        assert quoting.quote(copy, REQUEST).total == total
    finally:
        copy.close()
    again = UnitOfWork.open(office.db.url)
    try:
        # a desk restarted with the server away still opens the copy it has
        pg_server.admin(f"SELECT pg_terminate_backend({again.db.conn.raw.info.backend_pid})")
        reopened = open_rate_copy(again, tmp_path)
        assert reopened is not None and quoting.quote(reopened, REQUEST).total == total
        reopened.close()
    finally:
        again.close()


@pytest.mark.sqlite_only(reason="a desk's own file has no copy")
def test_a_desk_file_quotes_from_itself(uow: UnitOfWork, tmp_path: Path) -> None:
    assert open_rate_copy(uow, tmp_path) is None


def test_sales_clerks_read_the_version(office: UnitOfWork) -> None:
    with psycopg.connect(office.db.url) as conn:
        assert conn.execute("SELECT version FROM reference_version").fetchone() is not None
