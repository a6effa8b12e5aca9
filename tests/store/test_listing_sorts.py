"""The bookings list sorted by a column, either way, window by window (keyset paging)."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from booking_app.resources import demo_dir
from booking_app.services.listing import (
    SORTS,
    BookingFilter,
    BookingRow,
    SortOrder,
    list_bookings,
)
from booking_app.store.uow import UnitOfWork
from tests.conftest import TEST_TODAY
from tests.factories import book_on

CUSTOMERS = ("Mekong Demo Traders", "重庆示例机械有限公司", "Công ty TNHH Đồng Nai",
             "Bangkok Example", "Guangxi Example Trading Co.")  # fmt: skip
CLERKS = ("Lan", "Wei", "Somchai")
STATUSES = ("draft", "quoted", "confirmed")
TOTAL = 24


def _request(n: int, day: Any) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        (demo_dir() / "sample-request.json").read_text(encoding="utf-8")
    )
    raw.update(quote_date=day.isoformat(), ship_date=TEST_TODAY.isoformat())
    raw["customer"] = CUSTOMERS[n % len(CUSTOMERS)]
    raw["cargo"]["containers"][0]["count"] = 1 + n % 4  # totals of four sizes, and ties
    return raw


@pytest.fixture
def sorted_desk(demo_uow: UnitOfWork) -> UnitOfWork:
    """24 bookings over two days: five customers, three clerks and statuses, four totals."""
    n = 0
    for back in (1, 0):
        day = TEST_TODAY - timedelta(days=back)
        for clerk in CLERKS:
            for status in STATUSES[: 2 + back]:
                raws = [_request(n + i, day) for i in range(2 if status != "draft" else 1)]
                n += len(raws)
                book_on(demo_uow, day, raws, status, clerk=clerk)
    assert n == TOTAL
    return demo_uow


def _value(row: BookingRow, column: str) -> Any:
    return {
        "booking_no": row.booking_no, "customer": row.customer, "status": row.status,
        "total": row.total, "clerk": row.clerk,
        "time": (row.booking_date, row.created_at),
    }[column]  # fmt: skip


def _keyset(uow: UnitOfWork, f: BookingFilter, order: SortOrder, window: int) -> list[str]:
    rows: list[str] = []
    after = None
    while True:
        page = list_bookings(uow, f, limit=window, after=after, order=order)
        rows += [r.booking_no for r in page]
        if len(page) < window:
            return rows
        after = page[-1].key


def test_sorted_windows_follow_one_another_in_the_stores_order(sorted_desk: UnitOfWork) -> None:
    for column in sorted(SORTS):
        for descending in (False, True):
            _check_order(sorted_desk, SortOrder(column, descending))


def _check_order(uow: UnitOfWork, order: SortOrder) -> None:
    every = list_bookings(uow, BookingFilter(), limit=None, order=order)
    numbers = [r.booking_no for r in every]
    assert len(every) == TOTAL and len(set(numbers)) == TOTAL, order
    values = [_value(r, order.column) for r in every]
    if order.column != "customer":  # (names in any script: the server's collation decides)
        assert values == sorted(values, reverse=order.descending), order
    else:  # each customer's bookings together
        runs = [v for i, v in enumerate(values) if i == 0 or values[i - 1] != v]
        assert len(runs) == len(CUSTOMERS), order
    for window in (1, 5, 7, 100):
        assert _keyset(uow, BookingFilter(), order, window) == numbers, (order, window)
    stepped = [
        r.booking_no
        for start in range(0, TOTAL, 5)
        for r in list_bookings(uow, BookingFilter(), start, 5, order=order)
    ]
    assert stepped == numbers, order  # an offset jump keeps the order too


def test_the_default_order_is_unchanged_and_totals_sort_as_numbers(
    sorted_desk: UnitOfWork,
) -> None:
    default = list_bookings(sorted_desk, BookingFilter(), limit=None)
    assert default == list_bookings(sorted_desk, BookingFilter(), limit=None, order=SortOrder())
    assert [(r.booking_date, r.created_at) for r in default] == sorted(
        (r.booking_date, r.created_at) for r in default
    )
    by_total = list_bookings(sorted_desk, BookingFilter(), limit=None, order=SortOrder("total"))
    totals = [r.total for r in by_total]
    assert totals == sorted(totals) and len(set(totals)) == 4
    assert all(isinstance(t, Decimal) for t in totals)


def test_a_sorted_filter_keeps_its_filter(sorted_desk: UnitOfWork) -> None:
    day = BookingFilter(day=TEST_TODAY, status="quoted")
    order = SortOrder("customer", descending=True)
    rows = list_bookings(sorted_desk, day, limit=None, order=order)
    assert rows and all(r.booking_date == TEST_TODAY and r.status == "quoted" for r in rows)
    assert _keyset(sorted_desk, day, order, 2) == [r.booking_no for r in rows]
    text = BookingFilter(text="mekong")
    found = list_bookings(sorted_desk, text, limit=None, order=SortOrder("clerk"))
    assert found and all(r.customer == "Mekong Demo Traders" for r in found)
    assert [r.clerk for r in found] == sorted(r.clerk for r in found)


def test_an_unknown_column_or_a_key_of_another_order_is_refused(sorted_desk: UnitOfWork) -> None:
    with pytest.raises(ValueError):
        list_bookings(sorted_desk, BookingFilter(), order=SortOrder("route"))
    key = list_bookings(sorted_desk, BookingFilter(), limit=1)[0].key
    with pytest.raises(ValueError):
        list_bookings(sorted_desk, BookingFilter(), after=key, order=SortOrder("status"))
    by_customer = list_bookings(sorted_desk, BookingFilter(), limit=1, order=SortOrder("customer"))
    with pytest.raises(ValueError):  # one value each, yet of another column
        list_bookings(
            sorted_desk, BookingFilter(), after=by_customer[0].key, order=SortOrder("clerk")
        )
    # a key keeps its direction-free place: descending starts after it the other way
    backwards = list_bookings(
        sorted_desk, BookingFilter(), after=by_customer[0].key,
        order=SortOrder("customer", descending=True), limit=None,
    )  # fmt: skip
    assert backwards == []  # nothing comes before the first customer
