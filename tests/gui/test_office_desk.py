"""A desk on an office server (office.md §4–§5): saving through the editor, the day list
of the whole office with a per-clerk filter, and the offline state when the server goes.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

from booking_app.core.clock import FixedClock
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.main_window import MainWindow
from booking_app.services import catalog, quoting
from booking_app.services.server import add_server_user, init_server
from booking_app.services.setup import init_database
from booking_app.store.uow import UnitOfWork
from tests.conftest import TEST_NOW, TEST_TODAY
from tests.gui.helpers import wait_for_quote
from tests.gui.test_booking_editor import sample
from tests.pgserver import PgServer, start_server


def open_window(ctx: DeskContext, qtbot: Any) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 950)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def desks(qapp: QApplication) -> Iterator[list[DeskContext]]:
    """Desks a test opens, closed after pytest-qt has closed the test's windows."""
    opened: list[DeskContext] = []
    yield opened
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for ctx in opened:
        ctx.close()
    opened.clear()
    gc.collect()  # whatever cycles are left go now, on this thread, not in a pool thread


@pytest.fixture(autouse=True)
def _collect_on_this_thread() -> Iterator[None]:
    """The previous test's reference cycles (pytest-qt's own among them) are collected
    here, on the GUI thread: a collection started by a pool thread that frees a Qt
    object of a server desk crashes the interpreter."""
    gc.collect()
    yield
    gc.collect()


@pytest.fixture
def office(pg_server: PgServer, request: pytest.FixtureRequest) -> str:
    """A demo server database set up for desks (``server init``); its superuser URL."""
    url = pg_server.new_database("desk_demo")
    request.addfinalizer(lambda: pg_server.drop_database(url))
    init_server(url)
    return url


def test_the_editor_saves_on_the_server_and_the_list_filters_by_clerk(
    pg_server: PgServer, office: str, tmp_path: Path, qtbot: Any, desks: list[DeskContext]
) -> None:
    names = [f"clerk{n}_o{os.getpid()}" for n in (1, 2)]
    urls = []
    for name in names:
        add_server_user(office, name, "sales", None)
        urls.append(pg_server.url(office.rsplit("/", 1)[1], user=name))
    other = UnitOfWork.open(urls[1], FixedClock(TEST_NOW))
    (theirs,) = quoting.book(other, [sample()], "quoted")  # another desk's booking
    other.close()
    ctx = DeskContext(urls[0], clock=FixedClock(TEST_NOW), copy_folder=tmp_path)
    desks.append(ctx)
    window = open_window(ctx, qtbot)
    editor = window.new_booking()
    editor.apply_state(sample())
    wait_for_quote(qtbot, editor)
    assert editor.mark_quoted(), editor.message.text()
    number = editor.booking_no
    assert number is not None and not editor.is_dirty()
    with psycopg.connect(office) as conn:
        row = conn.execute(
            "SELECT clerk, status FROM bookings WHERE booking_no = %s", (number,)
        ).fetchone()
    assert row == (names[0], "quoted")  # the clerk is the login role

    view = window.bookings_view
    listed = {view.model.booking_no(r) for r in range(view.model.rowCount())}
    assert listed == {number, theirs.booking_no}  # the office's day
    combo = view.clerk_combo
    assert combo.itemText(1) == f"Me ({names[0]})" and combo.findText(names[1]) == 2
    combo.setCurrentIndex(1)
    assert [view.model.booking_no(r) for r in range(view.model.rowCount())] == [number]
    combo.setCurrentIndex(combo.findText(names[1]))
    rows = [view.model.booking_no(r) for r in range(view.model.rowCount())]
    assert rows == [theirs.booking_no]
    combo.setCurrentIndex(0)
    assert view.model.rowCount() == 2


def test_a_desk_file_filters_its_list_by_the_clerk_name(desk_ctx: DeskContext, qtbot: Any) -> None:
    quoting.book(desk_ctx.uow, [sample(), sample()], "quoted", clerk="Lan")
    quoting.book(desk_ctx.uow, [sample()], "quoted", clerk="Minh")
    from booking_app.services.settings import save_settings

    save_settings(desk_ctx.uow, {"clerk_name": "Lan"})
    desk_ctx.notify(Change.SETTINGS)
    window = open_window(desk_ctx, qtbot)
    view = window.bookings_view
    desk_ctx.notify(Change.BOOKINGS)
    combo = view.clerk_combo
    assert combo.itemText(1) == "Me (Lan)" and combo.findText("Minh") == 2
    combo.setCurrentIndex(1)
    assert view.model.rowCount() == 2
    assert {view.model.index(r, 8).data() for r in range(2)} == {"Lan"}
    combo.setCurrentIndex(2)
    assert view.model.rowCount() == 1


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """A server of this module's own: its tests stop and start it."""
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


def test_offline_the_desk_quotes_from_its_copy_refuses_to_save_and_keeps_the_typing(
    own_server: PgServer, tmp_path: Path, qtbot: Any, desks: list[DeskContext]
) -> None:
    url = own_server.new_database()
    init_database(url, demo=True).close()
    clock = FixedClock(TEST_NOW)
    ctx = DeskContext(url, clock=clock, copy_folder=tmp_path)
    desks.append(ctx)
    window = open_window(ctx, qtbot)
    status = window.office_status
    assert not status.is_offline_shown() and ctx.online
    editor = window.new_booking()
    editor.apply_state(sample())
    wait_for_quote(qtbot, editor)
    online_total = Decimal(editor.last_result.quote["total"])  # type: ignore[union-attr,index]

    with qtbot.waitSignal(ctx.online_changed, timeout=10_000) as lost:
        own_server.pause()
    assert lost.args == [False] and not ctx.online
    assert status.is_offline_shown() and "Offline" in status.state.text()
    clock.advance(minutes=12)
    status.show_state()
    assert "(12 minutes old)" in status.banner.text()
    window.grab().save(str(tmp_path / "offline.png"))

    # typing goes on: the quote follows from the local copy, lookups too
    editor.cargo.container_spins["40HC"].setValue(3)
    wait_for_quote(qtbot, editor)
    offline_total = Decimal(editor.last_result.quote["total"])  # type: ignore[union-attr,index]
    assert offline_total > online_total
    assert editor._carriers("rail_fcl", "CNCKG", "CNQZH", TEST_TODAY + timedelta(days=2))
    # saving is refused plainly, and nothing typed is lost
    assert not editor.mark_quoted()
    assert "office server cannot be reached" in editor.message.text()
    assert editor.is_dirty() and editor.booking_no is None
    assert editor.cargo.container_spins["40HC"].value() == 3

    window.show_tab(2)  # the Parties view reads the server: it waits for it
    assert type(window.tabs.widget(2)).__name__ != "PartiesView"

    status.reconnect.timer.setInterval(200)  # the desk tries by itself (every 5 s for a clerk)
    with qtbot.waitSignal(ctx.online_changed, timeout=20_000) as back:
        own_server.resume()
    assert back.args == [True] and ctx.online
    assert not status.is_offline_shown() and "Offline" not in status.state.text()
    assert editor.mark_quoted(), editor.message.text()
    saved = quoting.get_booking(ctx.uow, editor.booking_no or "")
    assert saved.request.cargo.container_count("40HC") == 3
    assert saved.quote is not None and saved.quote.total == offline_total  # as the clerk saw
    assert catalog.list_parties(ctx.uow, "", 10)  # the views read the server again
    assert type(window.tabs.widget(2)).__name__ == "PartiesView"  # built now


def test_a_desk_cannot_start_without_its_server_and_says_why(
    tmp_path: Path, qapp: QApplication
) -> None:
    from urllib.parse import quote

    from booking_app.gui.settings.database_dialog import open_desk

    told: list[str] = []
    url = f"postgresql://postgres@{quote(str(tmp_path), safe='')}/booking"  # no server there
    assert open_desk(url, lambda *_: ("quit", None), inform=told.append) is None
    assert len(told) == 1 and told[0].startswith("Cannot reach the office server")
