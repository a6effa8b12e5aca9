"""Each clerk on an office server (office.md §3): the desk role the database grants, and
settings of their own that no other login sees."""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import psycopg
import pytest

from booking_app.core.clock import FixedClock
from booking_app.core.errors import PermissionDeniedError
from booking_app.services.access import desk_access
from booking_app.services.listing import list_clerks
from booking_app.services.server import add_server_user, init_server
from booking_app.services.settings import current_settings, save_settings
from booking_app.services.setup import init_database
from booking_app.store.uow import UnitOfWork
from tests.pgserver import PgServer

_serial = count(1)


@pytest.fixture
def office(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A demo server database set up for desks (``server init``); its superuser URL."""
    url = pg_server.new_database("desk_demo")
    request.addfinalizer(lambda: pg_server.drop_database(url))
    init_server(url)
    yield url


def login(pg_server: PgServer, office: str, role: str) -> tuple[str, str]:
    """A new login of ``role`` (names are cluster-wide: unique per test); name and URL."""
    name = f"{role}_u{os.getpid()}_{next(_serial)}"
    add_server_user(office, name, role, None)
    return name, pg_server.url(office.rsplit("/", 1)[1], user=name)


def test_the_desk_role_is_the_highest_group_the_login_is_in(
    pg_server: PgServer, office: str, clock: FixedClock
) -> None:
    names = []
    for role in ("sales", "pricing", "admin"):
        name, url = login(pg_server, office, role)
        names.append(name)
        unit = UnitOfWork.open(url, clock)
        try:
            access = desk_access(unit)
        finally:
            unit.close()
        assert (access.clerk, access.role, access.server) == (name, role, True)
        assert access.may("quote") and access.may("rates") == (role != "sales")
        assert access.may("office_settings") == (role == "admin")
    owner = UnitOfWork.open(office, clock)  # the superuser who set the office up
    try:
        assert desk_access(owner).role == "admin"
        # the clerk filter offers every login of the office, bookings or not
        assert set(list_clerks(owner)) >= set(names)
    finally:
        owner.close()


def test_a_sales_clerk_keeps_settings_of_their_own_and_not_the_offices(
    pg_server: PgServer, office: str, clock: FixedClock
) -> None:
    lan, lan_url = login(pg_server, office, "sales")
    _minh, minh_url = login(pg_server, office, "sales")
    desk_lan, desk_minh = UnitOfWork.open(lan_url, clock), UnitOfWork.open(minh_url, clock)
    try:
        saved = save_settings(
            desk_lan, {"language": "vi", "clerk_name": "Lan", "rate_warning_days": "3"}
        )
        assert (saved.values["language"], saved.clerk_name, saved.rate_warning_days) == (
            "vi", "Lan", 3,
        )  # fmt: skip
        other = current_settings(desk_minh)
        assert (other.values["language"], other.clerk_name) == ("en", "")
        with pytest.raises(PermissionDeniedError) as refused:
            save_settings(desk_lan, {"company_name": "Lan's Forwarding"})
        assert refused.value.role == "admin"
        # an office setting left as it is, beside an own one, is not written: no refusal
        company = current_settings(desk_lan).values["company_name"]
        save_settings(desk_lan, {"company_name": company, "language": "th"})
        assert current_settings(desk_lan).values["language"] == "th"
    finally:
        desk_lan.close()
        desk_minh.close()
    # the row rule: a plain SQL client of another clerk sees and writes none of Lan's rows
    with psycopg.connect(minh_url) as conn:
        assert conn.execute("SELECT count(*) FROM user_settings").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO user_settings (login, key, value) VALUES (%s, 'language', 'en')",
                (lan,),
            )
    with psycopg.connect(office) as conn:
        rows = conn.execute("SELECT login, key, value FROM user_settings ORDER BY key").fetchall()
        office_rows = conn.execute(
            "SELECT count(*) FROM settings WHERE key = 'language'"
        ).fetchone()
    assert rows == [
        (lan, "clerk_name", "Lan"),
        (lan, "language", "th"),
        (lan, "rate_warning_days", "3"),
    ]
    assert office_rows == (0,)  # the office's language is still the default


def test_on_a_desk_file_the_own_settings_are_the_settings(tmp_path: Path) -> None:
    unit = init_database(tmp_path / "desk.sqlite3")
    try:
        save_settings(unit, {"language": "zh_CN", "clerk_name": "Wei"})
        assert unit.settings.personal() == {}
        assert unit.settings.all()["language"] == "zh_CN"
        access = desk_access(unit)
        assert (access.clerk, access.role, access.server) == ("Wei", "admin", False)
        assert all(access.may(a) for a in ("rates", "office_settings", "users"))
    finally:
        unit.close()
