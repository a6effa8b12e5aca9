"""The Parties tab lists the parties that bookings created, and counts them all."""

from __future__ import annotations

import json
from typing import Any

from booking_app.gui.common.changes import Change
from booking_app.gui.main_window import MainWindow
from booking_app.gui.parties.view import PartiesView
from booking_app.resources import demo_dir
from booking_app.services import catalog, desk


def _book_for(window: MainWindow, names: list[str]) -> None:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    for name in names:
        desk.save_booking(
            window.ctx.uow, {**raw, "customer": name, "shipper": name, "consignee": name}, "draft"
        )
    window.ctx.notify(Change.BOOKINGS)  # what the editor says after a save


def test_parties_created_by_bookings_are_listed_and_counted(window: MainWindow, qtbot: Any) -> None:
    window.show_tab(2)
    view = window.tabs.currentWidget()
    assert isinstance(view, PartiesView)
    before = view.total
    assert view.count_label.text() == f"Parties: {before}"
    window.show_tab(0)  # the bookings are made while the Parties tab is hidden
    names = [f"Clerk Test Customer {n:02d}" for n in range(10)]
    _book_for(window, names)
    window.show_tab(2)
    assert view.total == before + 10
    assert view.count_label.text() == f"Parties: {before + 10}"
    listed = {view.model.row(r).name for r in range(view.model.rowCount())}
    assert set(names) <= listed
    # shown while the bookings are saved: it follows at once
    _book_for(window, ["Clerk Test Customer 10"])
    assert view.total == before + 11
    view.search.setText("Clerk Test Customer")
    view.refresh()
    assert view.count_label.text() == "Parties: 11"


def test_the_count_is_of_every_match_not_of_the_rows_listed(window: MainWindow) -> None:
    _book_for(window, [f"Counted Party {n}" for n in range(4)])
    uow = window.ctx.uow
    assert len(catalog.list_parties(uow, "Counted Party", limit=3)) == 3
    assert catalog.count_parties(uow, "Counted Party") == 4
    assert catalog.count_parties(uow, "") == len(catalog.list_parties(uow, "", limit=10_000))
