"""Store reads behind the documents: a day's legs in one query, a party by its exact name."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from booking_app.core.booking import Booking
from booking_app.resources import demo_dir
from booking_app.store.uow import UnitOfWork
from tests.factories import book_on

DAY = date(2026, 11, 28)
OTHER_DAY = date(2026, 11, 27)


def sample(**changes: Any) -> dict[str, Any]:
    """The demo sample request (three legs, USD) with some fields changed."""
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    raw.update(changes)
    return raw


def expected_legs(booking: Booking) -> list[dict[str, Any]]:
    """The legs ``legs_on`` must return for one booking, from its frozen quote."""
    return [
        {
            "booking_no": booking.booking_no,
            "seq": seq,
            "mode": leg.mode,
            "origin": leg.origin,
            "destination": leg.destination,
            "carrier": leg.carrier,
            "service": leg.service,
            "etd": leg.etd,
            "eta": leg.eta,
            "transit_days": leg.transit_days,
            "chargeable": leg.chargeable,
            "subtotal": leg.subtotal,
            "currency": booking.quote.currency,
        }
        for seq, leg in enumerate(booking.quote.legs, 1)
    ]


def count_selects(uow: UnitOfWork) -> list[str]:
    """Start recording the SELECT statements run on the connection."""
    statements: list[str] = []
    uow.db.conn.set_trace_callback(
        lambda sql: statements.append(sql) if sql.lstrip().upper().startswith("SELECT") else None
    )
    return statements


def test_legs_on_lists_only_that_days_legs_in_booking_then_leg_order(
    demo_uow: UnitOfWork,
) -> None:
    truck = {
        "legs": [{"mode": "road_ftl", "origin": "VNHPH", "destination": "VNHAN"}],
        "currency": "VND",
    }
    first = book_on(demo_uow, DAY, [sample(customer="First Day Co.")])[0]
    other = book_on(demo_uow, OTHER_DAY, [sample(customer="Other Day Co.")])[0]
    second = book_on(demo_uow, DAY, [sample(customer="Second Day Co.", **truck)])[0]
    legs = demo_uow.bookings.legs_on(DAY)
    assert legs == expected_legs(first) + expected_legs(second)
    assert [(leg["booking_no"], leg["seq"]) for leg in legs] == [
        (first.booking_no, 1),
        (first.booking_no, 2),
        (first.booking_no, 3),
        (second.booking_no, 1),
    ]
    assert second.quote.currency == "VND" and legs[-1]["currency"] == "VND"
    assert demo_uow.bookings.legs_on(OTHER_DAY) == expected_legs(other)
    assert demo_uow.bookings.legs_on(date(2020, 1, 1)) == []


@pytest.mark.sqlite_only(reason="counts statements with SQLite's trace callback")
def test_legs_on_reads_the_latest_revision_in_one_query(demo_uow: UnitOfWork) -> None:
    booking = book_on(demo_uow, DAY, [sample()])[0]
    quote, request = booking.quote, booking.request
    amended = booking._replace(
        revision=2,
        quote=quote._replace(legs=quote.legs[:2]),
        request=request._replace(legs=request.legs[:2]),
    )
    with demo_uow:
        demo_uow.bookings.add(amended)
        demo_uow.commit()
    selects = count_selects(demo_uow)
    legs = demo_uow.bookings.legs_on(DAY)
    demo_uow.db.conn.set_trace_callback(None)
    assert legs == expected_legs(amended)
    assert len(selects) == 1


def test_get_by_name_is_an_exact_match(demo_uow: UnitOfWork) -> None:
    party_id = demo_uow.parties.save(
        {"name": "A&B <Co> 100%", "address": "1 Dock Road", "tax_id": "0101"}
    )
    demo_uow.parties.save({"name": "A&B <Co> 100% Logistics"})
    found = demo_uow.parties.get_by_name("A&B <Co> 100%")
    assert found is not None
    assert (found["id"], found["address"], found["tax_id"]) == (party_id, "1 Dock Road", "0101")
    for near in ("A&B <Co>", "A&B <Co> _00%", "a&b <co> 100%", "%"):
        assert demo_uow.parties.get_by_name(near) is None, near
