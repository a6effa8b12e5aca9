"""The editor's services: live quotes leg by leg, saving revisions, cancelling, duplicating."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from booking_app.core.errors import ValidationError
from booking_app.core.quote_json import quote_to_json
from booking_app.resources import demo_dir
from booking_app.services import desk, quoting
from booking_app.store.uow import UnitOfWork

TODAY = date(2026, 11, 28)


def sample(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    raw.update(changes)
    return raw


def test_live_quote_is_the_cli_quote(demo_uow: UnitOfWork) -> None:
    live = desk.live_quote(demo_uow, sample(), TODAY)
    assert live.error == "" and live.quote == quote_to_json(
        quoting.quote(demo_uow, sample(), TODAY)
    )
    assert [o.leg for o in live.legs] == live.quote["legs"]


def test_a_failing_leg_is_named_and_earlier_legs_stay_priced(demo_uow: UnitOfWork) -> None:
    legs = [
        {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
        {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"},
        {"mode": "road_ftl", "origin": "VNDAD", "destination": "VNHAN"},
    ]
    live = desk.live_quote(demo_uow, sample(legs=legs), TODAY)
    assert live.quote is None and live.error == ""
    first, second, third = live.legs
    alone = quoting.quote(demo_uow, sample(legs=legs[:1]), TODAY)
    assert first.leg == quote_to_json(alone)["legs"][0]
    assert (second.leg, second.error) == (None, "no rate on this lane")
    assert second.problem is not None and (second.problem.code, second.problem.leg) == (
        "no_rate_lane", 2
    )
    # the leg after is judged on its own: it has no rate either, and says so itself
    assert third.problem is not None and third.problem.leg == 3 and third.provisional
    assert live.broken_legs == (2, 3)


def test_while_a_leg_is_being_typed_the_others_are_priced(demo_uow: UnitOfWork) -> None:
    legs = sample()["legs"]
    legs[1] = {"mode": "", "origin": "CNQZH", "destination": "VNHPH"}
    live = desk.live_quote(demo_uow, sample(legs=legs), TODAY)
    first, second, third = live.legs
    assert live.quote is None and live.broken_legs == (2,)
    assert second.problem is not None
    assert (second.problem.code, second.problem.field) == ("missing_mode", "mode")
    assert first.leg is not None and not first.provisional
    # priced from the broken leg's ready date (its own is not known yet): provisional
    assert third.leg is not None and third.provisional
    assert third.leg["ready"] == first.leg["eta"]


def test_a_bad_field_of_a_leg_is_tied_to_that_leg(demo_uow: UnitOfWork) -> None:
    legs = [{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
            {"mode": "sea_fcl", "origin": "CNQZH", "destination": ""}]  # fmt: skip
    live = desk.live_quote(demo_uow, sample(legs=legs), TODAY)
    assert live.legs[1].error.startswith("leg 2 destination")
    problem = live.legs[1].problem
    assert problem is not None
    assert (problem.code, problem.leg, problem.field) == ("missing_location", 2, "destination")
    alone = quoting.quote(demo_uow, sample(legs=legs[:1]), TODAY)
    assert live.legs[0].leg == quote_to_json(alone)["legs"][0]  # priced meanwhile


def test_a_problem_of_the_whole_request_is_general(demo_uow: UnitOfWork) -> None:
    live = desk.live_quote(demo_uow, sample(currency="EUR"), TODAY)
    assert live.quote is None and live.legs == ()
    assert "no exchange rate for EUR" in live.error


def test_saving_makes_revisions_and_confirmed_is_amended(demo_uow: UnitOfWork) -> None:
    draft = desk.save_booking(demo_uow, sample(customer=""), "draft", clerk="Li", today=TODAY)
    assert (draft.revision, draft.status, draft.request.parties.customer) == (1, "draft", "")
    with pytest.raises(ValidationError, match="a booking needs customer"):
        desk.save_booking(demo_uow, sample(customer=""), "quoted", draft.booking_no)
    confirmed = desk.save_booking(demo_uow, sample(), "confirmed", draft.booking_no)
    assert (confirmed.booking_no, confirmed.revision) == (draft.booking_no, 2)
    cargo = {"containers": [{"type": "40HC", "count": 3}], "description": "more"}
    amended = desk.save_booking(demo_uow, sample(cargo=cargo), "confirmed", draft.booking_no)
    assert amended.revision == 3 and amended.quote.total > confirmed.quote.total
    opened = desk.open_booking(demo_uow, draft.booking_no)
    assert opened.revision == 3 and opened.quote == quote_to_json(amended.quote) | {
        "booking_date": draft.booking_date.isoformat()  # the day its number was issued
    }
    assert opened.request["cargo"]["containers"] == [{"type": "40HC", "count": 3}]


def test_a_quoted_booking_cannot_go_back_to_nothing_and_cancelled_is_final(
    demo_uow: UnitOfWork,
) -> None:
    booked = desk.save_booking(demo_uow, sample(), "quoted")
    cancelled = desk.cancel_booking(demo_uow, booked.booking_no, "customer withdrew")
    assert cancelled.status == "cancelled"
    with pytest.raises(ValidationError, match="cancelled"):
        desk.save_booking(demo_uow, sample(), "draft", booked.booking_no)
    with pytest.raises(ValidationError):
        desk.cancel_booking(demo_uow, booked.booking_no, "customer withdrew")
    with pytest.raises(ValidationError):
        desk.save_booking(demo_uow, sample(), "cancelled")


def test_request_round_trip_and_duplicate(demo_uow: UnitOfWork) -> None:
    raw = sample(margin_percent="10", legs=[*sample()["legs"][:2]])
    raw["legs"][1]["carrier"] = "COSCO Shipping"
    del raw["markup_percent"]
    booked = desk.save_booking(demo_uow, raw, "quoted")
    again = desk.request_to_raw(booked.request)
    assert again["margin_percent"] == "10" and "markup_percent" not in again
    assert again["legs"][1]["carrier"] == "COSCO Shipping"
    assert quoting.quote(demo_uow, again).total == booked.quote.total
    copy = desk.duplicate_request(demo_uow, booked.booking_no, date(2027, 1, 5))
    assert copy["quote_date"] == copy["ship_date"] == "2027-01-05"
    assert copy["customer"] == raw["customer"] and copy["legs"] == again["legs"]


def test_cargo_measures(demo_uow: UnitOfWork) -> None:
    pieces = {"pieces": [{"count": 3, "length_cm": 120, "width_cm": 80, "height_cm": 100,
                          "weight_kg": 150}]}  # fmt: skip
    m = desk.cargo_measures(pieces, ["air", "sea_lcl", "road_ltl", "air", "nonsense"])
    assert (m.gross_kg, m.volume_cbm) == (Decimal(450), Decimal("2.88"))
    assert m.chargeable == (
        ("air", "kg", Decimal("480.0")), ("sea_lcl", "wm", Decimal("2.88")),
        ("road_ltl", "kg", Decimal(960)),
    )  # fmt: skip
    boxed = desk.cargo_measures({"containers": [{"type": "40HC", "count": 1}]}, ["sea_fcl"])
    assert boxed.chargeable == ()
    with pytest.raises(ValidationError):
        desk.cargo_measures({"weight_kg": "heavy"}, [])
    assert desk.currencies(demo_uow)[:2] == ["CNY", "IDR"] and "USD" in desk.currencies(demo_uow)
