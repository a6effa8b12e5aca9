"""Quoting on the database and booking: frozen lines, all-or-none lists, statuses."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from booking_app.core.errors import NoRateError, NotFoundError, ValidationError
from booking_app.core.quote_json import quote_to_json
from booking_app.core.selling import PriceRule
from booking_app.resources import demo_dir
from booking_app.services.imports import import_sheet
from booking_app.services.lifecycle import change_status
from booking_app.services.quoting import book, get_booking, quote
from booking_app.store.uow import UnitOfWork


def sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    return data


def test_demo_sample_prices_three_legs(demo_uow: UnitOfWork) -> None:
    q = quote(demo_uow, sample())
    assert [leg.mode for leg in q.legs] == ["rail_fcl", "sea_fcl", "road_ftl"]
    assert q.total == sum(ln.amount_quote for leg in q.legs for ln in leg.lines)
    assert q.legs[1].ready == q.legs[0].eta <= q.legs[1].etd


def test_defaults_quote_date_today_ship_date_quote_date(demo_uow: UnitOfWork) -> None:
    raw = sample()
    del raw["quote_date"], raw["ship_date"], raw["markup_percent"]
    q = quote(demo_uow, raw, today=date(2027, 2, 3))
    assert (q.quote_date, q.ship_date, q.price) == (date(2027, 2, 3), date(2027, 2, 3), None)
    assert q.legs[0].price == PriceRule("markup", D(0))  # the settings' default


def test_booking_freezes_lines_and_fx(demo_uow: UnitOfWork, tmp_path: Path) -> None:
    (saved,) = book(demo_uow, [sample()], "confirmed", clerk="Lan")
    before = quote_to_json(get_booking(demo_uow, saved.booking_no).quote)
    assert before == quote_to_json(saved.quote)
    fx = tmp_path / "fx.csv"
    fx.write_text("currency,units_per_usd,valid_from\nCNY,5.00,2026-01-01\n", "utf-8")
    import_sheet(demo_uow, "fx", fx)
    assert quote(demo_uow, sample()).total != saved.quote.total  # live prices moved
    again = get_booking(demo_uow, saved.booking_no)
    assert quote_to_json(again.quote) == before
    assert again.request.parties.shipper == "重庆示例机械有限公司"
    assert (again.status, again.clerk) == ("confirmed", "Lan")


def test_a_list_is_saved_all_or_none(demo_uow: UnitOfWork) -> None:
    bad = copy.deepcopy(sample())
    bad["legs"][1]["destination"] = "PHMNL"  # the road leg then does not chain
    with pytest.raises(ValidationError, match="request 2"):
        book(demo_uow, [sample(), bad, sample()])
    with pytest.raises(NotFoundError):
        get_booking(demo_uow, "BK-2026-000001")
    saved = book(demo_uow, [sample(), sample()], "quoted")
    # the failed list handed out no number: the counter rolled back with it
    assert [b.booking_no for b in saved] == ["BK-2026-000001", "BK-2026-000002"]


def test_booking_needs_parties_and_description(demo_uow: UnitOfWork) -> None:
    raw = sample()
    del raw["consignee"]
    raw["cargo"]["description"] = ""
    with pytest.raises(ValidationError, match="consignee, cargo.description"):
        book(demo_uow, [raw])


def test_unpriceable_booking_saves_nothing(demo_uow: UnitOfWork) -> None:
    raw = sample()
    raw["legs"] = [{"mode": "sea_lcl", "origin": "CNQZH", "destination": "VNHPH"}]
    with pytest.raises(NoRateError, match="leg 1 sea_lcl CNQZH → VNHPH"):
        book(demo_uow, [raw])
    assert demo_uow.db.conn.execute("SELECT count(*) FROM bookings").fetchone()[0] == 0


def test_status_rules(demo_uow: UnitOfWork) -> None:
    (quoted,) = book(demo_uow, [sample()], "quoted")
    assert change_status(demo_uow, quoted.booking_no, "confirmed").booking.status == "confirmed"
    with pytest.raises(ValidationError, match="confirmed booking cannot become quoted"):
        change_status(demo_uow, quoted.booking_no, "quoted")
    with pytest.raises(ValidationError, match="needs a reason"):
        change_status(demo_uow, quoted.booking_no, "cancelled")
    cancelled = change_status(demo_uow, quoted.booking_no, "cancelled", "duplicate order")
    assert cancelled.booking.status == "cancelled"
    assert demo_uow.bookings.status_reason(quoted.booking_no) == "duplicate order"
