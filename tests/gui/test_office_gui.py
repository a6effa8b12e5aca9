"""A desk on an office server shows other desks' bookings as they are saved (office.md §4)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from booking_app.core.clock import FixedClock
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.services import quoting
from booking_app.store.uow import UnitOfWork
from tests.conftest import TEST_NOW
from tests.pgserver import PgServer
from tests.store.test_office import REQUEST


def test_another_desks_booking_tells_the_views_within_two_seconds(
    qtbot: QtBot, pg_server: PgServer, tmp_path: Path
) -> None:
    url = pg_server.new_database("desk_demo")
    ctx = DeskContext(url, clock=FixedClock(TEST_NOW), copy_folder=tmp_path)
    other = UnitOfWork.open(url, FixedClock(TEST_NOW))
    try:
        with qtbot.waitSignal(ctx.changed, timeout=2000) as heard:
            quoting.book(other, [REQUEST])
        assert heard.args == [Change.BOOKINGS]
    finally:
        other.close()
        ctx.close()
        pg_server.drop_database(url)


def test_live_quotes_come_from_the_copy_which_follows_the_servers_rates(
    qtbot: QtBot, pg_server: PgServer, tmp_path: Path
) -> None:
    url = pg_server.new_database("desk_demo")
    ctx = DeskContext(url, clock=FixedClock(TEST_NOW), copy_folder=tmp_path)
    try:
        assert ctx.rate_copy is not None and ctx.rate_copy.parent == tmp_path
        copy = ctx.new_quote_uow()
        before = quoting.quote(copy, REQUEST).total
        copy.close()
        with qtbot.waitSignal(ctx.changed, timeout=2000) as heard:  # a pricing clerk's edit
            ctx.uow.db.conn.execute(
                "UPDATE rates SET rate = '9999.00' WHERE mode = 'rail_fcl'"
                " AND origin = 'CNCKG' AND destination = 'CNQZH'"
            )
        assert heard.args == [Change.RATES]
        copy = ctx.new_quote_uow()
        after = quoting.quote(copy, REQUEST).total
        copy.close()
        assert after != before and after == quoting.quote(ctx.uow, REQUEST).total
    finally:
        ctx.close()
        pg_server.drop_database(url)


def test_a_desk_file_listens_to_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = DeskContext(tmp_path / "desk.sqlite3", clock=FixedClock(TEST_NOW))
    try:
        assert ctx._listener is None and ctx._notifier is None and ctx.rate_copy is None
    finally:
        ctx.close()
