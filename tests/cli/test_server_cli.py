"""``booking-app server …`` on a real PostgreSQL: roles the database enforces (office.md §2–§3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from itertools import count
from pathlib import Path

import psycopg
import pytest

from booking_app.services.setup import init_database
from booking_app.store import schema_pg
from tests.cli.test_cli import FX, RATES, SURCHARGES
from tests.cli.test_cli import request as air_request
from tests.pgserver import PgServer

_users = count(1)


def run(db: str | Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def office(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty server database set up with ``server init`` (its superuser URL)."""
    url = pg_server.new_database()
    request.addfinalizer(lambda: pg_server.drop_database(url))
    done = run(url, "server", "init")
    assert done.returncode == 0, done.stderr
    applied = len(schema_pg.MIGRATIONS)
    assert done.stdout.startswith(f"server ready: {applied} migrations applied")
    yield url


def user_url(server: PgServer, office: str, role: str) -> str:
    """Add a login role of ``role`` (names are cluster-wide: unique per test)."""
    name = f"{role}_{os.getpid()}_{next(_users)}"
    done = run(office, "server", "add-user", name, "--role", role, stdin="secret\n")
    assert (done.returncode, done.stdout) == (0, f"user {name} added with the {role} role\n")
    return server.url(office.rsplit("/", 1)[1], user=name)


def sheets(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for kind, text in (("rates", RATES), ("surcharges", SURCHARGES), ("fx", FX)):
        files[kind] = tmp_path / f"{kind}.csv"
        files[kind].write_text(text, "utf-8")
    return files


def scalar(url: str, sql: str) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(sql.encode()).fetchone()
        assert row is not None
        return row[0]


def test_roles_are_enforced_by_the_server(
    pg_server: PgServer, office: str, tmp_path: Path
) -> None:
    sales, pricing = user_url(pg_server, office, "sales"), user_url(pg_server, office, "pricing")
    files = sheets(tmp_path)
    refused = run(sales, "import", "rates", str(files["rates"]))
    assert refused.returncode == 2
    assert refused.stderr == "permission denied: importing rates needs the pricing role\n"
    for kind, path in files.items():
        done = run(pricing, "import", kind, str(path))
        assert done.returncode == 0, done.stderr
    assert scalar(office, "SELECT count(*) FROM rates") == 3
    booked = run(sales, "book", "-", "--status", "quoted", stdin=json.dumps(_air_booking()))
    assert booked.returncode == 0, booked.stderr
    number = json.loads(booked.stdout)["booking_no"]
    sales_name = sales.rsplit("@", 1)[0].split("//")[1]
    # the clerk is the login role, in the booking and in the audit log
    assert scalar(office, f"SELECT clerk FROM bookings WHERE booking_no = '{number}'") == sales_name
    assert scalar(office, "SELECT clerk FROM audit_log WHERE action = 'book'") == sales_name
    # a plain SQL client of a sales clerk cannot change rates either
    with psycopg.connect(sales) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE rates SET rate = '1'")
    with psycopg.connect(sales) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM audit_log")


def test_only_admin_changes_office_settings(pg_server: PgServer, office: str) -> None:
    pricing, admin = user_url(pg_server, office, "pricing"), user_url(pg_server, office, "admin")
    with psycopg.connect(pricing) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO settings (key, value) VALUES ('letterhead', 'x')")
    with psycopg.connect(admin) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('letterhead', 'x')")
    assert scalar(office, "SELECT value FROM settings WHERE key = 'letterhead'") == "x"


def test_add_user_refuses_an_unknown_role_and_a_non_server(office: str, tmp_path: Path) -> None:
    done = run(office, "server", "add-user", "x", "--role", "boss", stdin="")
    assert done.returncode == 2
    local = run(tmp_path / "desk.sqlite3", "server", "init")
    assert local.returncode == 2 and "is not an office server" in local.stderr


def test_migrate_from_copies_everything_and_checks_it(
    pg_server: PgServer, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    source = tmp_path / "desk.sqlite3"
    init_database(source, demo=True).close()
    for n in range(3):
        raw = {**_demo_request(), "notes": f"booking {n}"}
        done = run(source, "book", "-", "--status", "quoted", stdin=json.dumps(raw))
        assert done.returncode == 0, done.stderr
    url = pg_server.new_database()
    request.addfinalizer(lambda: pg_server.drop_database(url))
    assert run(url, "server", "init").returncode == 0
    migrated = run(url, "server", "migrate-from", str(source))
    assert migrated.returncode == 0, migrated.stderr
    lines = migrated.stdout.splitlines()
    assert "bookings: 3 rows in the file, 3 on the server" in lines
    total = scalar(url, "SELECT sum(total::numeric) FROM bookings")
    assert isinstance(total, Decimal) and total > 0
    assert lines[-1] == f"sum of booking totals: {total:f} in the file, {total:f} on the server"
    # the numbers go on after the copied ones, and copied rows keep their ids
    booked = run(url, "book", "-", "--status", "quoted", stdin=json.dumps(_demo_request()))
    assert booked.returncode == 0, booked.stderr
    assert json.loads(booked.stdout)["booking_no"] == "BK-2026-000004"
    again = run(url, "server", "migrate-from", str(source))
    assert again.returncode == 2 and "not empty" in again.stderr


PARTIES = {"customer": "Acme Trading", "shipper": "Shipper Co.", "consignee": "Consignee Co.",
           "incoterm": "FOB"}  # fmt: skip


def _air_booking() -> dict[str, object]:
    raw = air_request(**PARTIES)
    raw["cargo"] = {**raw["cargo"], "description": "Spare parts"}
    return raw


def _demo_request() -> dict[str, object]:
    return {
        "quote_date": "2026-11-30", "ship_date": "2026-12-02", "currency": "USD", **PARTIES,
        "cargo": {"containers": [{"type": "40HC", "count": 1}], "description": "Parts"},
        "legs": [{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"}],
    }  # fmt: skip


def test_a_refused_bulk_import_says_one_line(pg_server: PgServer, office: str) -> None:
    """The demo sheet again, refused to a sales clerk: psycopg's note about the aborted
    pipeline of the lanes' ``executemany`` must not reach the clerk's terminal."""
    from booking_app.resources import demo_dir

    pricing, sales = user_url(pg_server, office, "pricing"), user_url(pg_server, office, "sales")
    for kind in ("locations", "rates"):
        assert run(pricing, "import", kind, str(demo_dir() / f"{kind}.csv")).returncode == 0
    held = scalar(office, "SELECT count(*) FROM rates")
    refused = run(sales, "import", "rates", str(demo_dir() / "rates.csv"))
    assert refused.returncode == 2
    assert refused.stderr == "permission denied: importing rates needs the pricing role\n"
    assert scalar(office, "SELECT count(*) FROM rates") == held == 210
