"""The store: pragmas, migrations, exact money, booking numbers, transactions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from booking_app.store.db import open_database
from booking_app.store.pg import open_server
from booking_app.store.rates_repo import rate_to_row
from booking_app.store.schema_pg import MIGRATIONS as SERVER_MIGRATIONS
from booking_app.store.schema_pg import applied, apply_migrations, pending
from booking_app.store.uow import UnitOfWork
from tests.factories import rate
from tests.pgserver import PgServer


@pytest.mark.sqlite_only(reason="SQLite's pragmas")
def test_connection_pragmas(uow: UnitOfWork) -> None:
    conn = uow.db.conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


@pytest.mark.sqlite_only(reason="SQLite's migration history; the server's is tested below")
def test_migrations_apply_once_and_reopen_cleanly(db_path: Path) -> None:
    db = open_database(db_path)
    applied = [
        m.name
        for m in __import__("booking_app.store.schema", fromlist=["x"]).MIGRATIONS.applied(db)
    ]
    db.close()
    again = open_database(db_path)
    assert "rates" in again.table_names()
    assert [
        m.name
        for m in __import__("booking_app.store.schema", fromlist=["x"]).MIGRATIONS.applied(again)
    ] == applied
    assert "m001_initial" in applied


@pytest.mark.sqlite_only(reason="SQLite's query plan")
def test_lane_index_is_used(uow: UnitOfWork) -> None:
    plan = uow.db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM rates WHERE mode = ? AND origin = ? AND"
        " destination = ? AND valid_from <= ? AND valid_to >= ?",
        ("sea_fcl", "CNQZH", "VNSGN", "2026-01-01", "2026-01-01"),
    ).fetchall()
    assert any("rates_lane" in str(row) for row in plan)


amounts = st.decimals(min_value=D(0), max_value=D("1e12"), places=6, allow_nan=False)


@settings(max_examples=50, deadline=None)
@given(value=amounts, minimum=st.none() | amounts, factor=st.none() | amounts.filter(bool))
def test_store_round_trips_every_decimal_exactly(tmp_path_factory, value, minimum, factor):  # type: ignore[no-untyped-def]
    unit = UnitOfWork.open(tmp_path_factory.mktemp("rt") / "rt.sqlite3")
    try:
        original = rate(rate=value, min_charge=minimum, kg_per_cbm=factor)
        with unit:
            unit.rates.add_rates([rate_to_row(original)])
            unit.commit()
        (back,) = unit.rates.rates_for("sea_fcl", "CNQZH", "VNSGN", date(2026, 6, 1))
        assert (back.rate, back.min_charge, back.kg_per_cbm) == (value, minimum, factor)
        assert str(back.rate) == str(value)  # trailing zeros kept too
    finally:
        unit.close()


def test_booking_numbers_are_sequential_per_year_and_never_reused(uow: UnitOfWork) -> None:
    with uow:
        first = uow.bookings.next_booking_no(2026)
        second = uow.bookings.next_booking_no(2026)
        other_year = uow.bookings.next_booking_no(2027)
        uow.commit()
    assert (first, second, other_year) == ("BK-2026-000001", "BK-2026-000002", "BK-2027-000001")
    with uow:
        assert uow.bookings.next_booking_no(2026) == "BK-2026-000003"
        uow.commit()


def test_unit_of_work_rolls_back_without_commit(uow: UnitOfWork) -> None:
    with uow:
        uow.rates.add_rates([rate_to_row(rate())])
    assert uow.rates.count("rates") == 0
    with pytest.raises(RuntimeError), uow:
        uow.rates.add_rates([rate_to_row(rate())])
        raise RuntimeError("boom")
    assert uow.rates.count("rates") == 0


def test_server_migrations_apply_once_each(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    try:
        db = open_server(url)
        assert pending(db) == [] and applied(db) == {name for name, _ in SERVER_MIGRATIONS}
        assert apply_migrations(db) == []  # nothing pending: nothing written
        rows = db.conn.execute("SELECT count(*) FROM booking_desk_migrations").fetchone()
        assert rows[0] == len(SERVER_MIGRATIONS)
        db.close()
        with pytest.raises(ValueError, match="server URL"):
            open_database(url)
    finally:
        pg_server.drop_database(url)
