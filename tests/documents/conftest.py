"""A demo database with bookings whose parties write in Chinese, Thai and Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from booking_app.store.uow import UnitOfWork
from tests.documents.samples import DAY, MULTIMODAL, OTHER_DAY, TRUCK_LTL, Desk, request
from tests.documents.selling_desk import SellingDesk, make_selling_desk
from tests.factories import book_on


@pytest.fixture
def desk(demo_uow: UnitOfWork) -> Iterator[Desk]:
    """The three bookings, saved through the booking service."""
    multimodal = book_on(demo_uow, DAY, [MULTIMODAL], status="confirmed")[0]
    truck = book_on(demo_uow, DAY, [TRUCK_LTL], status="quoted")[0]
    other = request(MULTIMODAL, quote_date=OTHER_DAY.isoformat(), customer="Other Day Trading Co.")
    other_day = book_on(demo_uow, OTHER_DAY, [other], status="confirmed")[0]
    yield Desk(demo_uow, multimodal, truck, other_day)


@pytest.fixture
def selling(demo_uow: UnitOfWork) -> SellingDesk:
    """A marked-up confirmed booking, one sold at a margin, and an unpriced draft."""
    return make_selling_desk(demo_uow)
