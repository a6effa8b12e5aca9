"""The desk disables what the clerk's role may not do, and says why (office.md §3).

The role is the one the office server grants the login (a sales and a pricing user of
a real PostgreSQL here); on a desk's own SQLite file the one user may do everything.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

from booking_app.core.clock import FixedClock
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.parties.view import PartiesView
from booking_app.gui.rates.view import RatesView
from booking_app.gui.settings.view import SettingsView
from booking_app.services import catalog
from booking_app.services.server import add_server_user, init_server
from booking_app.services.settings import PERSONAL_KEYS, current_settings
from tests.pgserver import PgServer

_serial = count(1)
CUSTOMER = "Guangxi Example Trading Co."


@pytest.fixture
def office(pg_server: PgServer, request: pytest.FixtureRequest) -> str:
    """A demo server database set up for desks (``server init``); its superuser URL."""
    url = pg_server.new_database("desk_demo")
    request.addfinalizer(lambda: pg_server.drop_database(url))
    init_server(url)
    return url


@pytest.fixture
def desk_as(
    pg_server: PgServer, office: str, tmp_path: Path, qapp: QApplication
) -> Iterator[Callable[[str], DeskContext]]:
    """Open a desk on the office as a new login of the role asked for."""
    opened: list[DeskContext] = []

    def open_desk(role: str) -> DeskContext:
        name = f"{role}_g{os.getpid()}_{next(_serial)}"
        add_server_user(office, name, role, None)
        url = pg_server.url(office.rsplit("/", 1)[1], user=name)
        folder = tmp_path / name
        folder.mkdir()
        ctx = DeskContext(url, clock=FixedClock(current_now()), copy_folder=folder)
        opened.append(ctx)
        return ctx

    yield open_desk
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


def current_now() -> Any:
    from tests.conftest import TEST_NOW

    return TEST_NOW


def rates_view(ctx: DeskContext, qtbot: Any) -> RatesView:
    view = RatesView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 750)
    view.show()
    return view


def parties_view(ctx: DeskContext, qtbot: Any) -> PartiesView:
    view = PartiesView(ctx)
    qtbot.addWidget(view)
    found = [p for p in catalog.list_parties(ctx.uow, CUSTOMER, 5) if p.name == CUSTOMER]
    party = found[0] if found else None
    if party is None:  # a customer of their own: any clerk may add one
        catalog.save_party(ctx.uow, {"name": CUSTOMER})
        ctx.notify(Change.PARTIES)
        (party,) = [p for p in catalog.list_parties(ctx.uow, CUSTOMER, 5) if p.name == CUSTOMER]
    assert party.id is not None and view.select_party(party.id)
    view.profiles.table.selectRow(0)
    view.tariffs.table.selectRow(0)
    return view


def settings_view(ctx: DeskContext, qtbot: Any) -> SettingsView:
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    return view


def test_a_sales_clerk_quotes_but_cannot_change_rates_or_pricing(
    desk_as: Callable[[str], DeskContext], qtbot: Any, tmp_path: Path
) -> None:
    ctx = desk_as("sales")
    assert ctx.access.role == "sales"
    rates = rates_view(ctx, qtbot)
    rates.table.selectRow(0)
    locked = [rates.add_button, rates.edit_button, *rates.import_buttons.values()]
    assert not any(b.isEnabled() for b in locked)
    assert (
        {b.toolTip() for b in locked}
        == {b.statusTip() for b in locked}
        == {"Needs the pricing role"}
    )
    assert rates.rights_note.isVisible()
    assert (
        ctx.access.clerk in rates.rights_note.text() and "pricing role" in rates.rights_note.text()
    )
    # neither the Insert key, Enter on a row nor a dropped file gets round the buttons
    assert rates.add_rate() is None and rates.edit_rate() is None
    sheet = tmp_path / "rates.csv"
    sheet.write_text("mode,origin\n", "utf-8")
    assert not rates.import_file("rates", sheet)
    box = rates.schedules
    assert not any(b.isEnabled() for b in (box.add_button, box.edit_button, box.remove_button))
    assert box.add_row() is None
    rates.grab().save(str(tmp_path.parent / "office-sales-rates.png"))

    parties = parties_view(ctx, qtbot)
    for group in (parties.profiles, parties.tariffs):
        buttons = (group.add_button, group.edit_button, group.remove_button)
        assert not any(b.isEnabled() for b in buttons)
        assert buttons[0].toolTip() == "Needs the pricing role"
        assert group.add_row() is None and group.remove_row() is False
    # parties themselves are a sales clerk's: saving and importing them stays open
    assert parties.save_button.isEnabled() and parties.import_parties_button.isEnabled()
    assert not parties.import_pricing_button.isEnabled()
    assert not parties.import_sell_button.isEnabled()


def test_a_sales_clerk_saves_their_own_settings_only(
    desk_as: Callable[[str], DeskContext], office: str, qtbot: Any, tmp_path: Path
) -> None:
    ctx = desk_as("sales")
    view = settings_view(ctx, qtbot)
    office_keys = {k for k in view.editors if k not in PERSONAL_KEYS}
    assert office_keys >= {"company_name", "default_markup_percent", "min_margin_percent"}
    assert not any(view.editors[k].isEnabled() for k in office_keys)
    assert all(view.editors[k].isEnabled() for k in PERSONAL_KEYS)
    assert not view.logo_choose.isEnabled() and view.save_button.isEnabled()
    assert view.editors["min_margin_percent"].toolTip() == "Needs the admin role"
    assert view.rights_note.isVisible() and "admin role" in view.rights_note.text()
    view.grab().save(str(tmp_path.parent / "office-sales-settings.png"))
    clerk = view.editors["clerk_name"]
    clerk.setText("Lan Nguyen")  # type: ignore[union-attr]
    assert view.save(), view.message.text()
    assert view.message.text() == "Settings saved."
    assert current_settings(ctx.uow).clerk_name == "Lan Nguyen"
    with psycopg.connect(office) as conn:
        own_rows = conn.execute(
            "SELECT login, value FROM user_settings WHERE key = 'clerk_name'"
        ).fetchall()
        office_rows = conn.execute("SELECT count(*) FROM settings WHERE key = 'clerk_name'")
        assert own_rows == [(ctx.access.clerk, "Lan Nguyen")]
        assert office_rows.fetchone() == (0,)
    # another clerk of the office still has their own (the office's default)
    other = desk_as("sales")
    assert current_settings(other.uow).clerk_name == ""


def test_a_pricing_clerk_changes_rates_but_not_the_office_settings(
    desk_as: Callable[[str], DeskContext], qtbot: Any
) -> None:
    ctx = desk_as("pricing")
    rates = rates_view(ctx, qtbot)
    assert rates.add_button.isEnabled() and all(
        b.isEnabled() for b in rates.import_buttons.values()
    )
    assert not rates.rights_note.isVisible()
    parties = parties_view(ctx, qtbot)
    assert parties.profiles.add_button.isEnabled() and parties.tariffs.add_button.isEnabled()
    assert parties.import_pricing_button.isEnabled()
    view = settings_view(ctx, qtbot)
    assert not view.editors["company_name"].isEnabled() and view.editors["language"].isEnabled()
    assert view.rights_note.isVisible()


def test_on_a_desk_file_everything_is_enabled(desk_ctx: DeskContext, qtbot: Any) -> None:
    assert (desk_ctx.access.role, desk_ctx.access.server) == ("admin", False)
    rates = rates_view(desk_ctx, qtbot)
    rates.table.selectRow(0)
    assert all(
        b.isEnabled() for b in (rates.add_button, rates.edit_button, *rates.import_buttons.values())
    )
    assert not rates.rights_note.isVisible()
    parties = parties_view(desk_ctx, qtbot)
    assert parties.profiles.add_button.isEnabled() and parties.tariffs.add_button.isEnabled()
    assert parties.import_pricing_button.isEnabled() and parties.import_sell_button.isEnabled()
    view = settings_view(desk_ctx, qtbot)
    assert all(editor.isEnabled() for editor in view.editors.values())
    assert view.logo_choose.isEnabled() and not view.rights_note.isVisible()
