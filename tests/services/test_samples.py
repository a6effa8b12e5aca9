"""The sample bookings of a new desk: priced by the real services on the demo rates."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from booking_app.core.clock import FixedClock
from booking_app.services import quoting
from booking_app.services.listing import list_bookings
from booking_app.services.samples import SAMPLE_CLERK, SAMPLE_MARK, load_samples, sample_requests
from booking_app.services.setup import init_database
from booking_app.store.listing_repo import BookingFilter
from tests.conftest import TEST_NOW, TEST_TODAY


def test_samples_are_priced_as_a_quote_of_the_same_request_would_be(tmp_path: Path) -> None:
    uow = init_database(tmp_path / "d.sqlite3", demo=True, clock=FixedClock(TEST_NOW), samples=True)
    try:
        rows = list_bookings(uow, BookingFilter(), limit=None)
        assert [r.status for r in rows] == ["confirmed", "quoted", "draft"]
        for row, (_status, raw) in zip(rows, sample_requests(TEST_TODAY), strict=True):
            booking = quoting.get_booking(uow, row.booking_no)
            again = quoting.quote_many(uow, [raw])[0]
            assert booking.priced.total == again.total and row.total == again.total
            assert booking.request.ship_date > TEST_TODAY  # no sample ships in the past
            assert row.clerk == SAMPLE_CLERK and "(sample)" in row.customer
            assert str(booking.request.cargo.description).startswith(SAMPLE_MARK)
            assert row.booking_date == TEST_TODAY  # today's list shows them
    finally:
        uow.close()


def test_without_samples_a_demo_database_has_no_booking(demo_uow) -> None:  # type: ignore[no-untyped-def]
    assert list_bookings(demo_uow, BookingFilter(), limit=None) == []


def test_a_sample_the_rates_no_longer_price_is_left_out(tmp_path: Path) -> None:
    late = FixedClock(datetime(2030, 12, 28, 9, 0))  # the demo rates end 2030-12-31
    uow = init_database(tmp_path / "late.sqlite3", demo=True, clock=late)
    try:
        saved = load_samples(uow)
        assert len(saved) < 3  # legs after the rates' end cannot be priced: no error
        assert all(b.created_at.date() == late.today() for b in saved)
        late.set(late.now() + timedelta(days=365 * 2))
        assert load_samples(uow) == []
    finally:
        uow.close()
