"""Sorting the bookings list by a click on a header: the store orders, window by window."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from booking_app.gui.bookings.model import COLUMNS, BookingsModel
from booking_app.gui.bookings.view import BookingsView
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.resources import demo_dir
from booking_app.services import quoting
from booking_app.services.listing import BookingFilter, SortOrder, list_bookings
from tests.conftest import TEST_TODAY

CUSTOMERS = ("Mekong Demo Traders", "Bangkok Example", "Guangxi Example Trading Co.",
             "Andaman Freight", "Yunnan Parts")  # fmt: skip


@pytest.fixture
def view(desk_ctx: DeskContext, qtbot: Any) -> BookingsView:
    raws = []
    for n in range(13):
        raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
        raw.update(quote_date=TEST_TODAY.isoformat(), ship_date=TEST_TODAY.isoformat())
        raw["customer"] = CUSTOMERS[n % len(CUSTOMERS)]
        raw["cargo"]["containers"][0]["count"] = 1 + (n * 7) % 5
        raws.append(raw)
    quoting.book(desk_ctx.uow, raws, "confirmed", clerk="Li")
    widget = BookingsView(desk_ctx)
    qtbot.addWidget(widget)
    widget.model.window = 4  # a few rows a window: sorting must not be of the rows loaded
    widget.apply_filter()
    widget.resize(1300, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_header(qtbot: Any, view: BookingsView, column: str) -> None:
    header = view.table.horizontalHeader()
    section = COLUMNS.index(column)
    where = QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def shown(model: BookingsModel) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.booking_no(r) for r in range(model.rowCount())]


def test_the_default_order_is_the_lists_own(view: BookingsView) -> None:
    header = view.table.horizontalHeader()
    assert view.model.order == SortOrder()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == COLUMNS.index("time")
    expected = [r.booking_no for r in list_bookings(view.ctx.uow, view.model.filter, limit=None)]
    assert shown(view.model) == expected


def test_a_header_click_sorts_in_the_store_and_a_second_click_reverses(
    view: BookingsView, qtbot: Any, qtmodeltester: Any
) -> None:
    click_header(qtbot, view, "total")
    assert view.model.order == SortOrder("total")
    assert view.model.rowCount() == 4  # one window read, in the store's order
    every = list_bookings(view.ctx.uow, view.model.filter, limit=None, order=SortOrder("total"))
    smallest = sorted(r.total for r in every)[:4]
    first_window = [view.model.row(r).total for r in range(4)]
    assert first_window == smallest  # the smallest of all 13, not of the first rows loaded
    click_header(qtbot, view, "total")
    assert view.model.order == SortOrder("total", descending=True)
    descending = list_bookings(
        view.ctx.uow, BookingFilter(day=TEST_TODAY), limit=None, order=view.model.order
    )
    assert shown(view.model) == [r.booking_no for r in descending]
    totals = [r.total for r in descending]
    assert totals == sorted(totals, reverse=True)
    qtmodeltester.check(view.model)


@pytest.mark.parametrize("column", ["booking_no", "customer", "status", "clerk", "time"])
def test_every_sortable_column_sorts_by_its_own_values(
    view: BookingsView, qtbot: Any, column: str
) -> None:
    click_header(qtbot, view, column)
    if column == "time":  # already the order: the click reverses it
        assert view.model.order == SortOrder("time", descending=True)
    else:
        assert view.model.order == SortOrder(column)
    texts = [
        view.model.index(r, COLUMNS.index(column)).data() for r in range(len(shown(view.model)))
    ]
    if column == "customer":
        assert texts == sorted(texts)
    elif column == "time":
        assert texts == sorted(texts, reverse=True)
    assert len(texts) == 13


def test_a_column_the_store_cannot_sort_leaves_the_order(view: BookingsView, qtbot: Any) -> None:
    click_header(qtbot, view, "customer")
    before = shown(view.model)
    click_header(qtbot, view, "route")
    header = view.table.horizontalHeader()
    assert view.model.order == SortOrder("customer")
    assert header.sortIndicatorSection() == COLUMNS.index("customer")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert shown(view.model) == before


def test_the_order_is_kept_when_the_filter_or_the_bookings_change(
    view: BookingsView, qtbot: Any
) -> None:
    click_header(qtbot, view, "customer")
    view.search_edit.setText("example")
    view.apply_filter()
    names = [view.model.row(r).customer for r in range(len(shown(view.model)))]
    assert names == sorted(names) and set(names) == {"Bangkok Example", CUSTOMERS[2]}
    view.ctx.notify(Change.BOOKINGS)
    assert view.model.order == SortOrder("customer")


def test_a_screenshot_of_the_sorted_list(view: BookingsView, qtbot: Any, tmp_path: Any) -> None:
    click_header(qtbot, view, "total")
    click_header(qtbot, view, "total")
    qtbot.waitUntil(lambda: view.model.rowCount() == 13)  # the view fetches while it has room
    shot = tmp_path / "sorted.png"
    assert view.grab().save(str(shot))
    import os

    keep = os.environ.get("DESK_SCREENSHOTS")
    if keep:
        view.grab().save(os.path.join(keep, "bookings-sorted-by-total.png"))
