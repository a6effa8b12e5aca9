"""The bookings view: windows of rows, the day picker, status filter and search."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from booking_app.gui.bookings.model import BOOKING_NO_ROLE, BookingsModel
from booking_app.gui.bookings.view import BookingsView
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.resources import demo_dir
from booking_app.services import desk, quoting
from booking_app.services.desk import BookingFilter
from booking_app.services.listing import list_bookings
from tests.conftest import TEST_NOW, TEST_TODAY
from tests.factories import book_on

TODAY = TEST_TODAY


def request(
    day: date, customer: str = "Guangxi Example Trading Co.", **cargo: Any
) -> dict[str, Any]:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    raw.update({"quote_date": day.isoformat(), "ship_date": day.isoformat(), "customer": customer})
    raw["cargo"].update(cargo)
    return dict(raw)


@pytest.fixture
def booked(desk_ctx: DeskContext) -> DeskContext:
    """25 bookings today (one cancelled, one for a Thai customer), 2 yesterday."""
    raws = [request(TODAY) for _ in range(23)]
    raws.append(request(TODAY, customer="บริษัท ตัวอย่าง จำกัด"))
    quoting.book(desk_ctx.uow, raws, "confirmed", clerk="Li")
    draft = desk_draft(desk_ctx)
    desk_cancel(desk_ctx, draft)
    yesterday = TODAY - timedelta(days=1)
    book_on(desk_ctx.uow, yesterday, [request(yesterday)] * 2, "quoted", clerk="Wang")
    desk_ctx.clock.set(TEST_NOW)
    return desk_ctx


def desk_draft(ctx: DeskContext) -> str:
    return desk.save_booking(ctx.uow, request(TODAY), "draft").booking_no


def desk_cancel(ctx: DeskContext, number: str) -> None:
    desk.cancel_booking(ctx.uow, number, "duplicate")


@pytest.fixture
def view(booked: DeskContext, qtbot: Any) -> BookingsView:
    widget = BookingsView(booked)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    return widget


def test_the_model_fetches_by_windows(booked: DeskContext, qtmodeltester: Any) -> None:
    model = BookingsModel(booked, window=10)
    model.set_filter(BookingFilter(day=TODAY))
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert model.total() == 25
    qtmodeltester.check(model, force_py=True)


def test_the_model_passes_the_model_tester_while_fetching(
    booked: DeskContext, qtmodeltester: Any
) -> None:
    model = BookingsModel(booked, window=7)
    model.set_filter(BookingFilter())
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 27


def test_columns_show_the_booking(view: BookingsView) -> None:
    model = view.model
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    number, _time, customer, route, modes, cargo, total, status, clerk = texts
    assert number.startswith("BK-")
    assert customer == "Guangxi Example Trading Co."
    assert route == "CNCKG → CNQZH → VNHPH → VNHAN"
    assert modes == "Rail FCL, Sea FCL, Truck FTL"
    assert cargo == "2×40HC, 18000 kg, 120 cbm"
    assert total == "4,094.73 USD"
    assert (status, clerk) == ("confirmed", "Li")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers[0] == "Booking no." and headers[-1] == "Clerk"


def test_day_picker_status_filter_and_search(view: BookingsView, qtbot: Any) -> None:
    assert view.model.total() == 25
    qtbot.waitUntil(lambda: not view.is_counting())
    assert view.count_label.text().startswith("25 booking")
    view.previous_day()
    assert view.model.total() == 2
    view.next_day()
    view.status_combo.setCurrentIndex(view.status_combo.findData("cancelled"))
    assert view.model.total() == 1
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    view.status_combo.setCurrentIndex(0)
    view.search_edit.setText("ตัวอย่าง")  # a Thai name, set (not typed)
    view.apply_filter()
    assert view.model.total() == 1
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "vnhan")  # a location code, any case
    qtbot.waitUntil(lambda: view.model.filter.text == "vnhan")
    assert view.model.total() == 25
    view.all_days.setChecked(True)
    assert view.model.total() == 27 and not view.day_edit.isEnabled()


def test_double_click_and_enter_open_the_booking(view: BookingsView, qtbot: Any) -> None:
    qtbot.waitExposed(view)
    index = view.model.index(3, 2)
    rect = view.table.visualRect(index)
    viewport = view.table.viewport()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [index.data(BOOKING_NO_ROLE)]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(5, 0))
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.model.booking_no(5)]


def test_the_list_refreshes_when_bookings_change(view: BookingsView, booked: DeskContext) -> None:
    desk_draft(booked)
    assert view.model.rowCount() == 25  # not yet told
    booked.notify(Change.BOOKINGS)
    assert view.model.total() == 26 and view.model.rowCount() == 26


def test_counts_are_kept_until_bookings_change(
    view: BookingsView, booked: DeskContext, qtbot: Any
) -> None:
    qtbot.waitUntil(lambda: not view.is_counting())
    today = view.model.filter
    assert view.model.cached_count(today) == 25
    view.all_days.setChecked(True)
    qtbot.waitUntil(lambda: not view.is_counting())
    assert view.count_label.text().startswith("27 booking")
    desk_draft(booked)  # a new booking the view has not been told about
    view.all_days.setChecked(False)
    assert not view.is_counting()  # today's count is known: no count is started
    assert view.count_label.text().startswith("25 booking")
    booked.notify(Change.BOOKINGS)
    assert view.is_counting()  # the kept counts were dropped: counted again
    qtbot.waitUntil(lambda: not view.is_counting())
    assert view.count_label.text().startswith("26 booking")
    assert view.model.cached_count(today) == 26


def test_scrolling_reads_the_next_window_after_the_last_row(booked: DeskContext) -> None:
    model = BookingsModel(booked, window=4)
    model.set_filter(BookingFilter())
    seen = [model.booking_no(r) for r in range(model.rowCount())]
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        seen += [model.booking_no(r) for r in range(before, model.rowCount())]
    listed = [r.booking_no for r in list_bookings(booked.uow, BookingFilter(), limit=None)]
    assert seen == listed and len(seen) == 27 and len(set(seen)) == 27
