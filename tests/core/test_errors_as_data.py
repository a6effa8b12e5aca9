"""Errors are data: code, parameters, leg and field, and the English text unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from booking_app.core.errors import NoRateError, ValidationError
from booking_app.core.fx import Converter
from booking_app.core.no_rate import airports_near, location_problem
from booking_app.core.pricing import price_legs_apart, price_route
from booking_app.core.quote import LegRequest
from booking_app.core.request import parse_quote_request, parse_request_apart
from booking_app.core.selling import PriceTerms
from tests.factories import DEFAULT_FX, ListSource, containers, rate, request

NANNING = {"code": "CNNNG", "country": "CN", "kind": "city", "lat": "22.8170", "lon": "108.3665"}
WUXU = {"code": "CNNNX", "country": "CN", "kind": "airport", "lat": "22.6083", "lon": "108.1722"}
NOIBAI = {"code": "VNHAN", "country": "VN", "kind": "airport", "lat": "21.2187", "lon": "105.8042"}
FAR = {"code": "CNKWE", "country": "CN", "kind": "airport", "lat": "26.5385", "lon": "106.8008"}


def test_a_copy_with_a_prefix_keeps_the_data_and_the_text_without_it() -> None:
    error = ValidationError("mode is wrong", code="bad_mode", params={"value": "x"}, field="mode")
    moved = error.with_prefix("request 2: ", extra=1).at_leg(3)
    assert str(moved) == "request 2: mode is wrong" and moved.own_text == "mode is wrong"
    assert (moved.code, moved.leg, moved.field) == ("bad_mode", 3, "mode")
    assert moved.params == {"value": "x", "extra": 1} and error.leg is None  # a copy
    problem = moved.problem
    assert (problem.code, problem.leg, problem.text) == ("bad_mode", 3, str(moved))


def test_a_class_gives_its_code_when_the_raise_site_gives_none() -> None:
    assert NoRateError("x").code == "no_rate" and ValidationError("y").code == "invalid"


def test_a_leg_without_rate_carries_its_leg_lane_and_reason() -> None:
    with pytest.raises(NoRateError) as caught:
        price_route(request(containers(("40HC", 1))), ListSource([]), DEFAULT_FX)
    error = caught.value
    assert str(error) == "leg 1 sea_fcl CNQZH → VNSGN on 2026-03-02: no rate on this lane"
    assert (error.code, error.leg) == ("no_rate_lane", 1)
    assert error.params["mode"] == "sea_fcl" and error.params["etd"] == date(2026, 3, 2)


def test_an_expired_lane_names_the_day_as_a_date() -> None:
    old = rate(valid_from=date(2020, 1, 1), valid_to=date(2020, 12, 31))
    with pytest.raises(NoRateError) as caught:
        price_route(request(containers(("40HC", 1))), ListSource([old]), DEFAULT_FX)
    assert caught.value.code == "no_rate_valid"
    assert caught.value.params["day"] == date(2026, 3, 2)


def test_the_airports_of_a_city_are_those_of_its_country_nearby() -> None:
    assert [a["code"] for a in airports_near(NANNING, [WUXU, NOIBAI, FAR])] == ["CNNNX"]
    assert airports_near({**NANNING, "lat": ""}, [WUXU]) == []


def test_a_place_problem_names_unknown_codes_and_airless_places() -> None:
    leg = LegRequest("air", "CNNNG", "VNHAN")
    unknown = location_problem(LegRequest("sea_fcl", "CNQZH", "XXABC"), {"kind": "port"}, None)
    assert unknown is not None and (unknown.code, unknown.field) == (
        "unknown_location",
        "destination",
    )
    assert str(unknown) == "unknown location XXABC"
    air = location_problem(leg, NANNING, NOIBAI, [WUXU, NOIBAI])
    assert air is not None and (air.code, air.field) == ("air_needs_airport", "origin")
    assert air.params["airports"] == ("CNNNX",)
    assert location_problem(LegRequest("air", "CNNNX", "VNHAN"), WUXU, NOIBAI) is None
    assert location_problem(LegRequest("road_ftl", "CNNNG", "VNHAN"), NANNING, NOIBAI) is None


def test_parse_errors_say_which_leg_and_field() -> None:
    raw = {"cargo": {"containers": [{"type": "40HC", "count": 1}]},
           "legs": [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN"},
                    {"mode": "sea_fcl", "origin": "VNSGN", "destination": "bad"}]}  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        parse_quote_request(raw, date(2026, 3, 1))
    assert (caught.value.code, caught.value.leg, caught.value.field) == (
        "bad_locode",
        2,
        "destination",
    )
    request_read, legs = parse_request_apart(raw, date(2026, 3, 1))
    assert isinstance(legs[0], LegRequest) and isinstance(legs[1], ValidationError)
    assert request_read.legs == (legs[0],)


def test_legs_priced_apart_go_on_after_a_broken_leg() -> None:
    lanes = [rate(), rate(origin="VNSGN", destination="VNHPH", transit_days=3)]
    req = request(containers(("40HC", 1)), ("sea_fcl", "CNQZH", "VNSGN"),
                  ("sea_fcl", "VNSGN", "THBKK"), ("sea_fcl", "THBKK", "VNHPH"))  # fmt: skip
    legs = [*req.legs[:2], LegRequest("sea_fcl", "VNSGN", "VNHPH")]
    conv = Converter(DEFAULT_FX, req.quote_date, req.currency)
    first, second, third = price_legs_apart(req, legs, ListSource(lanes), conv, PriceTerms())
    assert first.quote is not None and not first.provisional
    assert second.error is not None and second.error.code == "no_rate_lane"
    assert third.error is not None and third.error.code == "legs_not_chained"
    assert (third.error.leg, third.error.field) == (3, "origin")
    chained = [
        *req.legs[:1],
        ValidationError("typing", code="missing_mode", leg=2),
        LegRequest("sea_fcl", "VNSGN", "VNHPH"),
    ]
    one, two, three = price_legs_apart(req, chained, ListSource(lanes), conv, PriceTerms())
    assert two.error is not None and two.error.code == "missing_mode"
    assert three.quote is not None and three.provisional
    assert one.quote is not None and three.quote.ready == one.quote.eta
