"""Domain errors carry a code, their parameters and the leg or field they concern."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from booking_app.core.errors import BookingDeskError, NoRateError, ValidationError
from booking_app.resources import demo_dir
from booking_app.services import desk, quoting
from booking_app.store.uow import UnitOfWork

TODAY = date(2026, 11, 28)


def sample(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    raw.update(changes)
    return raw


def _raised(uow: UnitOfWork, raw: dict[str, Any]) -> BookingDeskError:
    with pytest.raises(BookingDeskError) as caught:
        quoting.quote(uow, raw, TODAY)
    return caught.value


def test_an_unknown_location_is_named_not_a_missing_rate(demo_uow: UnitOfWork) -> None:
    legs = [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "XXABC"}]
    error = _raised(demo_uow, sample(legs=legs))
    assert isinstance(error, NoRateError)
    assert (error.code, error.leg, error.field) == ("unknown_location", 1, "destination")
    assert error.params["location"] == "XXABC" and error.params["mode"] == "sea_fcl"
    assert str(error) == "leg 1 sea_fcl CNQZH → XXABC on 2026-12-01: unknown location XXABC"


def test_air_from_a_city_says_it_needs_the_citys_airport(demo_uow: UnitOfWork) -> None:
    legs = [{"mode": "air", "origin": "CNNNG", "destination": "VNHAN"}]
    error = _raised(demo_uow, sample(legs=legs))
    assert (error.code, error.leg, error.field) == ("air_needs_airport", 1, "origin")
    assert error.params["kind"] == "city" and "CNNNX" in error.params["airports"]
    assert "air needs an airport: CNNNG is a city (airports there: CNNNX" in str(error)


def test_a_lane_without_rates_between_known_places_stays_no_rate(demo_uow: UnitOfWork) -> None:
    legs = [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"}]
    error = _raised(demo_uow, sample(legs=legs))
    assert (error.code, error.leg, error.params["destination"]) == ("no_rate_lane", 1, "VNDAD")
    assert str(error).endswith(": no rate on this lane")


def test_field_errors_name_their_field_and_the_cli_text_is_unchanged(
    demo_uow: UnitOfWork,
) -> None:
    error = _raised(demo_uow, sample(legs=[{"mode": "ship", "origin": "CNQZH",
                                            "destination": "VNHPH"}]))  # fmt: skip
    assert (error.code, error.leg, error.field, error.params["value"]) == (
        "bad_mode", 1, "mode", "ship"
    )
    assert str(error).startswith("leg 1: mode 'ship' is not one of sea_fcl")
    bad_date = _raised(demo_uow, sample(ship_date="2026-13-01"))
    assert (bad_date.code, bad_date.field, bad_date.leg) == ("bad_date", "ship_date", None)


def test_a_booking_names_every_missing_field(demo_uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.save_booking(demo_uow, sample(customer="", incoterm=""), "quoted", today=TODAY)
    error = caught.value
    assert error.code == "booking_needs" and error.field == "customer"
    assert error.params["fields"] == ("customer", "incoterm")
    assert str(error) == "a booking needs customer, incoterm"
    problem = desk.save_problem(demo_uow, sample(customer=""), "quoted", TODAY)
    assert problem is not None and problem.params["fields"] == ("customer",)
    assert desk.save_problem(demo_uow, sample(), "quoted", TODAY) is None
    assert desk.save_problem(demo_uow, sample(customer=""), "draft", TODAY) is None


def test_a_batch_keeps_the_data_of_an_error_under_its_request_number(
    demo_uow: UnitOfWork,
) -> None:
    bad = sample(legs=[{"mode": "sea_fcl", "origin": "CNQZH", "destination": "XXABC"}])
    with pytest.raises(NoRateError) as caught:
        quoting.quote_many(demo_uow, [sample(), bad], TODAY)
    assert str(caught.value).startswith("request 2: leg 1 sea_fcl")
    assert (caught.value.code, caught.value.leg) == ("unknown_location", 1)


def test_legs_that_do_not_chain_mark_the_later_leg_and_price_the_rest(
    demo_uow: UnitOfWork,
) -> None:
    legs = [{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
            {"mode": "road_ftl", "origin": "VNHPH", "destination": "VNHAN"}]  # fmt: skip
    live = desk.live_quote(demo_uow, sample(legs=legs), TODAY)
    first, second = live.legs
    assert first.leg is not None and first.problem is None
    assert second.problem is not None
    assert (second.problem.code, second.problem.leg, second.problem.field) == (
        "legs_not_chained", 2, "origin"
    )
    assert live.quote is None
