"""The bookings list: keyset windows, the latest revision only, the folded search."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlite_utils import Database

from booking_app.resources import demo_dir
from booking_app.services import desk
from booking_app.services.listing import (
    BookingFilter,
    count_bookings,
    list_bookings,
    list_clerks,
)
from booking_app.store import listing_repo
from booking_app.store.db import connect
from booking_app.store.listing_repo import trigram_query
from booking_app.store.schema import MIGRATIONS
from booking_app.store.uow import UnitOfWork
from tests.conftest import TEST_TODAY
from tests.factories import book_on

VIETNAMESE = "Công ty TNHH Đồng Nai"


def request(
    customer: str = "Guangxi Example Trading Co.", day: date = TEST_TODAY
) -> dict[str, Any]:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    raw.update(quote_date=day.isoformat(), ship_date=TEST_TODAY.isoformat())
    raw["customer"] = customer
    return dict(raw)


@pytest.fixture
def listed(demo_uow: UnitOfWork) -> UnitOfWork:
    """Bookings on three days, one of them for a Vietnamese customer, one amended."""
    for back in (2, 1, 0):
        day = TEST_TODAY - timedelta(days=back)
        raws = [request(day=day) for _ in range(6)]
        if back == 1:
            raws[3] = request(VIETNAMESE, day)
        book_on(demo_uow, day, raws, "quoted")
    return demo_uow


def offset_rows(uow: UnitOfWork, f: BookingFilter) -> list[tuple[str, int]]:
    """The rows as OFFSET paging read them (the order the list always had)."""
    return [(r.booking_no, r.revision) for r in list_bookings(uow, f, limit=None)]


def keyset_rows(uow: UnitOfWork, f: BookingFilter, window: int) -> list[tuple[str, int]]:
    rows, after = [], None
    while True:
        page = list_bookings(uow, f, limit=window, after=after)
        rows += [(r.booking_no, r.revision) for r in page]
        if len(page) < window:
            return rows
        after = page[-1].key


@pytest.mark.parametrize("window", [1, 4, 7, 100])
def test_keyset_windows_give_the_rows_of_offset_paging_in_order(
    listed: UnitOfWork, window: int
) -> None:
    every = BookingFilter()
    expected = offset_rows(listed, every)
    assert len(expected) == 18
    assert keyset_rows(listed, every, window) == expected
    stepped = [
        (r.booking_no, r.revision)
        for start in range(0, 18, window)
        for r in list_bookings(listed, every, start, window)
    ]
    assert stepped == expected  # an offset still works for a jump to a row
    keys = [r.key for r in list_bookings(listed, every, limit=None)]
    assert keys == sorted(keys)  # type: ignore[type-var]


def test_rows_of_one_day_by_windows(listed: UnitOfWork) -> None:
    day = BookingFilter(day=TEST_TODAY - timedelta(days=1))
    rows = keyset_rows(listed, day, 4)
    assert len(rows) == 6 and rows == offset_rows(listed, day)


def test_an_amended_booking_is_listed_once_at_its_latest_revision(listed: UnitOfWork) -> None:
    first = list_bookings(listed, BookingFilter(), limit=1)[0]
    desk.save_booking(listed, request(), "confirmed", booking_no=first.booking_no)
    desk.save_booking(listed, request(), "confirmed", booking_no=first.booking_no)
    rows = list_bookings(listed, BookingFilter(), limit=None)
    mine = [r for r in rows if r.booking_no == first.booking_no]
    assert [r.revision for r in mine] == [3] and len(rows) == 18
    assert count_bookings(listed, BookingFilter()) == 18
    assert count_bookings(listed, BookingFilter(status="confirmed")) == 1
    assert count_bookings(listed, BookingFilter(status="quoted")) == 17


@pytest.mark.parametrize("typed", ["Ha Noi", "ha noi", "HÀ NỘI", "hanoi"])
def test_a_place_is_found_without_its_accents(listed: UnitOfWork, typed: str) -> None:
    # the sample request ends in Hanoi (VNHAN, "Hanoi Hà Nội")
    assert count_bookings(listed, BookingFilter(text=typed)) == 18


@pytest.mark.parametrize("typed", ["dong", "Dong Nai", "ĐỒNG NAI", "đồng nai", "tnhh dong"])
def test_a_party_is_found_without_its_accents(listed: UnitOfWork, typed: str) -> None:
    rows = list_bookings(listed, BookingFilter(text=typed), limit=None)
    assert [r.customer for r in rows] == [VIETNAMESE]


@pytest.mark.parametrize("rare", [0, 10_000])
def test_the_index_and_the_walk_find_the_same_bookings(
    listed: UnitOfWork, monkeypatch: pytest.MonkeyPatch, rare: int
) -> None:
    # rare=0: every search walks the list; 10,000: every search reads the index matches
    monkeypatch.setattr(listing_repo, "RARE_MATCHES", rare)
    listed.listing._rare.clear()
    number = list_bookings(listed, BookingFilter(), limit=None)[10].booking_no
    assert [r.booking_no for r in list_bookings(listed, BookingFilter(text=number[3:]))] == [
        number
    ]
    assert count_bookings(listed, BookingFilter(text="dong nai")) == 1
    assert count_bookings(listed, BookingFilter(text="nowhere-at-all")) == 0
    assert count_bookings(listed, BookingFilter(text="cnckg")) == 18


def test_a_booking_number_or_its_start_is_found(listed: UnitOfWork) -> None:
    rows = list_bookings(listed, BookingFilter(), limit=None)
    number = rows[7].booking_no
    found = list_bookings(listed, BookingFilter(text=number.lower()), limit=None)
    assert [r.booking_no for r in found] == [number]
    start = list_bookings(listed, BookingFilter(text=number[:-1]), limit=None)
    assert number in [r.booking_no for r in start]
    assert all(r.booking_no.startswith(number[:-1]) for r in start)


def test_trigram_queries_pick_the_most_distinctive_trigrams() -> None:
    assert trigram_query("ha") is None
    assert trigram_query("dong") == '"don" AND "ong"'
    assert trigram_query("nai 1734") == '"173" AND "734"'
    assert trigram_query('a"b') == '"a""b"'


def test_the_migration_folds_old_search_texts_and_flags_old_revisions(tmp_path: Any) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database(connect(path), execute_plugins=False)
    MIGRATIONS.apply(db, stop_before="m007_listing_speed")
    db.conn.execute("INSERT INTO parties (name, created_at) VALUES ('x', '2026-01-01')")
    for revision in (1, 2):
        db.conn.execute(
            "INSERT INTO bookings (booking_no, revision, status, created_at, updated_at,"
            " booking_date, quote_date, ship_date, currency, price_rule, markup_percent,"
            " total, transit_days, cargo_json, search_text) VALUES ('BK-2026-000001', ?,"
            " 'quoted', '2026-11-30T09:00:00', '2026-11-30T09:00:00', '2026-11-30',"
            " '2026-11-30', '2026-12-01', 'USD', 'markup', '0', '10.00', 3, '{}',"
            " ?)",
            (revision, "bk-2026-000001\ncông ty tnhh đồng nai\nvnhan\nhanoi hà nội"),
        )
    db.close()
    uow = UnitOfWork.open(path)
    try:
        rows = list_bookings(uow, BookingFilter(text="Dong Nai"), limit=None)
        assert [(r.booking_no, r.revision) for r in rows] == [("BK-2026-000001", 2)]
        assert count_bookings(uow, BookingFilter(text="ha noi")) == 1
    finally:
        uow.close()


def test_valid_since_keeps_only_quotes_valid_from_that_day(listed: UnitOfWork) -> None:
    rows = list_bookings(listed, BookingFilter(), limit=None)
    ends = sorted({r.valid_until for r in rows if r.valid_until is not None})
    assert len(ends) == 3  # one end of validity per booking day
    since = ends[1]
    kept = list_bookings(listed, BookingFilter(valid_since=since), limit=None)
    assert len(kept) == 12 and all(r.valid_until and r.valid_until >= since for r in kept)
    assert count_bookings(listed, BookingFilter(status="quoted", valid_since=ends[2])) == 6


def test_the_list_filters_by_clerk_and_names_the_clerks(demo_uow: UnitOfWork) -> None:
    book_on(demo_uow, TEST_TODAY, [request(), request()], "quoted", clerk="lan")
    book_on(demo_uow, TEST_TODAY, [request()], "quoted", clerk="minh")
    book_on(demo_uow, TEST_TODAY - timedelta(days=1), [request()], "quoted", clerk="thu")
    day = BookingFilter(day=TEST_TODAY)
    assert count_bookings(demo_uow, day) == 3
    lans = list_bookings(demo_uow, BookingFilter(day=TEST_TODAY, clerk="lan"))
    assert len(lans) == 2 and {r.clerk for r in lans} == {"lan"}
    assert count_bookings(demo_uow, BookingFilter(clerk="thu")) == 1
    assert count_bookings(demo_uow, BookingFilter(day=TEST_TODAY, clerk="thu")) == 0
    assert list_clerks(demo_uow, TEST_TODAY) == ["lan", "minh"]
    # all days: the clerks of the latest bookings (and on a server, its desk logins)
    assert {"lan", "minh", "thu"} <= set(list_clerks(demo_uow))
    assert demo_uow.dialect.server or list_clerks(demo_uow) == ["lan", "minh", "thu"]
