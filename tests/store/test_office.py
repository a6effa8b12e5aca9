"""Several desks on one server (office.md §4): numbers, retries, notifications."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from booking_app.core.clock import FixedClock
from booking_app.services import quoting
from booking_app.store.listen import BookingListener, listener_for
from booking_app.store.uow import UnitOfWork
from tests.conftest import TEST_NOW
from tests.pgserver import PgServer

REQUEST = {
    "quote_date": "2026-11-30", "ship_date": "2026-12-02", "currency": "USD",
    "customer": "Acme Trading", "shipper": "Shipper Co.", "consignee": "Consignee Co.",
    "incoterm": "FOB",
    "cargo": {"containers": [{"type": "40HC", "count": 1}], "description": "Parts"},
    "legs": [{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"}],
}  # fmt: skip

# One desk process: books PER_DESK times, one transaction each, as its own login role.
WORKER = """
import json, sys
from booking_app.services import quoting
from booking_app.store.uow import UnitOfWork
uow = UnitOfWork.open(sys.argv[1])
raw = json.loads(sys.argv[2])
numbers = []
for n in range(int(sys.argv[3])):
    (booking,) = quoting.book(uow, [{**raw, "notes": f"{sys.argv[1][-12:]} {n}"}])
    numbers.append(booking.booking_no)
print(json.dumps(numbers))
"""
PER_DESK = 6


@pytest.fixture
def office(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A server database with the demo data, set up for desks (``server init``)."""
    url = pg_server.new_database("desk_demo")
    request.addfinalizer(lambda: pg_server.drop_database(url))
    from booking_app.services.server import init_server

    init_server(url)
    yield url


def test_three_desks_booking_at_once_get_distinct_numbers_each_saved_once(
    pg_server: PgServer, office: str
) -> None:
    from booking_app.services.server import add_server_user

    urls = []
    for n in range(3):
        name = f"desk{n}_{os.getpid()}"
        add_server_user(office, name, "sales", None)
        urls.append(pg_server.url(office.rsplit("/", 1)[1], user=name))
    env = {**os.environ, "BOOKING_APP_NOW": TEST_NOW.isoformat()}
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, json.dumps(REQUEST), str(PER_DESK)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        for url in urls
    ]
    results = [desk.communicate(timeout=180) for desk in desks]
    assert [desk.returncode for desk in desks] == [0, 0, 0], [err for _, err in results]
    numbers = [no for out, _ in results for no in json.loads(out)]
    assert len(numbers) == len(set(numbers)) == 3 * PER_DESK
    with psycopg.connect(office) as conn:
        rows = conn.execute("SELECT booking_no, clerk FROM bookings ORDER BY booking_no").fetchall()
    assert sorted(numbers) == [no for no, _ in rows]  # each saved once, none lost
    assert sorted(numbers) == [f"BK-2026-{n:06d}" for n in range(1, 3 * PER_DESK + 1)]
    assert {clerk for _, clerk in rows} == {u.split("//")[1].split("@")[0] for u in urls}


def test_other_desks_hear_of_a_booking_when_it_commits(office: str) -> None:
    listener = listener_for(office)
    assert isinstance(listener, BookingListener) and listener.fileno() > 0
    uow = UnitOfWork.open(office, FixedClock(TEST_NOW))
    try:
        assert listener.poll() == []
        with uow:  # a booking rolled back is never announced
            uow.bookings.next_booking_no(2026)
            uow.db.conn.execute("SELECT pg_notify('desk_bookings', 'BK-NOT-SAVED')")
        assert listener.poll(timeout=0.3) == []
        (booking,) = quoting.book(uow, [REQUEST])
        started = time.monotonic()
        assert listener.poll(timeout=2.0) == [booking.booking_no]
        assert time.monotonic() - started < 2.0
    finally:
        uow.close()
        listener.close()


def test_a_serialization_failure_is_retried_invisibly(office: str) -> None:
    uow = UnitOfWork.open(office, FixedClock(TEST_NOW))
    tries: list[int] = []

    def work() -> str:
        tries.append(1)
        if len(tries) < 3:
            raise psycopg.errors.SerializationFailure("could not serialize access")
        return uow.bookings.next_booking_no(2026)

    try:
        assert uow.transaction(work) == "BK-2026-000001"
        assert len(tries) == 3
        with pytest.raises(psycopg.errors.UniqueViolation):  # other errors are not retried
            uow.transaction(lambda: uow.db.conn.execute(
                "INSERT INTO parties (id, name, created_at) VALUES (1, 'a', 'x'),"
                " (1, 'b', 'x')"))  # fmt: skip
    finally:
        uow.close()


def test_a_desk_file_has_no_listener(tmp_path: Path) -> None:
    assert listener_for(tmp_path / "desk.sqlite3") is None
