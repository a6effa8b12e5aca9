"""A desk on an office server shows other desks' bookings as they are saved (office.md §4)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from booking_app.core.clock import FixedClock
from booking_app.gui.context import DeskContext
from booking_app.services import quoting
from booking_app.store.uow import UnitOfWork
from tests.conftest import TEST_NOW
from tests.pgserver import PgServer
from tests.store.test_office import REQUEST


def test_another_desks_booking_tells_the_views_within_two_seconds(
    qtbot: QtBot, pg_server: PgServer
) -> None:
    url = pg_server.new_database("desk_demo")
    ctx = DeskContext(url, clock=FixedClock(TEST_NOW))
    other = UnitOfWork.open(url, FixedClock(TEST_NOW))
    try:
        with qtbot.waitSignal(ctx.changed, timeout=2000) as heard:
            quoting.book(other, [REQUEST])
        assert heard.args == ["bookings"]
    finally:
        other.close()
        ctx.close()
        pg_server.drop_database(url)


def test_a_desk_file_listens_to_nothing(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = DeskContext(tmp_path / "desk.sqlite3", clock=FixedClock(TEST_NOW))
    try:
        assert ctx._listener is None and ctx._notifier is None
    finally:
        ctx.close()
