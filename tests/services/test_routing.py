"""Route suggestions: chains priced exactly as quote prices them, sorted, CO2e."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from booking_app.core.emissions import great_circle_km
from booking_app.core.errors import ValidationError
from booking_app.core.quote_json import quote_to_json
from booking_app.core.routes import Lane, chains
from booking_app.services.quoting import quote
from booking_app.services.routing import route_to_json, suggest_routes
from booking_app.store.uow import UnitOfWork


def route_request(**kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "quote_date": "2026-11-28",
        "ship_date": "2026-12-01",
        "currency": "USD",
        "origin": "CNCKG",
        "destination": "VNHAN",
        "cargo": {"containers": [{"type": "40HC", "count": 2}]},
    }
    data.update(kw)
    return data


def test_chains_visit_no_place_twice_and_respect_max_legs() -> None:
    lanes = [
        Lane("sea_fcl", "A0001", "B0001"),
        Lane("sea_fcl", "B0001", "A0001"),
        Lane("road_ftl", "B0001", "C0001"),
        Lane("rail_fcl", "A0001", "C0001"),
        Lane("road_ftl", "A0001", "B0001"),
    ]
    found = {
        tuple((leg.mode, leg.origin, leg.destination) for leg in c)
        for c in chains(lanes, "A0001", "C0001", 3)
    }
    assert found == {
        (("rail_fcl", "A0001", "C0001"),),
        (("sea_fcl", "A0001", "B0001"), ("road_ftl", "B0001", "C0001")),
        (("road_ftl", "A0001", "B0001"), ("road_ftl", "B0001", "C0001")),
    }
    assert list(chains(lanes, "A0001", "C0001", 1, modes=["road_ftl"])) == []


def test_each_option_prices_like_quote_and_list_is_sorted(demo_uow: UnitOfWork) -> None:
    options = suggest_routes(demo_uow, route_request())
    assert options
    keys = [(o.quote.total, o.quote.transit_days) for o in options]
    assert keys == sorted(keys)
    for option in options:
        legs = [
            {"mode": leg.mode, "origin": leg.origin, "destination": leg.destination}
            for leg in option.quote.legs
        ]
        same = quote(demo_uow, {**route_request(), "legs": legs})
        assert quote_to_json(same) == quote_to_json(option.quote)
        data = route_to_json(option)
        assert D(data["co2e_kg"]) > 0


def test_modes_filter_and_no_route_is_empty(demo_uow: UnitOfWork) -> None:
    assert suggest_routes(demo_uow, route_request(modes=["air"])) == []
    with pytest.raises(ValidationError):
        suggest_routes(demo_uow, route_request(max_legs=0))
    with pytest.raises(ValidationError):
        suggest_routes(demo_uow, route_request(modes=["boat"]))


def test_great_circle_distance() -> None:
    # Qinzhou (21.95N 108.62E) to Haiphong (20.86N 106.68E): about 235 km
    assert D(220) < great_circle_km(D("21.95"), D("108.62"), D("20.86"), D("106.68")) < D(250)
