"""Route suggestions on a hand-built network (spec §2): every priceable chain, exact
totals, dates, flags and distances; lanes that cannot carry the cargo never priced; each
lane asked once; no failure text built for discarded chains."""

from __future__ import annotations

import math
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from booking_app.core import pricing
from booking_app.core.quote_json import quote_to_json
from booking_app.services.imports import import_sheet
from booking_app.services.quoting import quote
from booking_app.services.routing import route_to_json, suggest_routes
from booking_app.store.uow import UnitOfWork

LOCATIONS = """code,name,country,kind,lat,lon
CNCKG,Chongqing,CN,rail_terminal,29.5630,106.5516
CNQZH,Qinzhou,CN,port,21.6810,108.6210
VNHPH,Haiphong,VN,port,20.8449,106.6881
VNHAN,Hanoi,VN,city,21.0278,105.8342
CNNNG,Nanning,CN,city,,
"""
R = "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,breaks,kg_per_cbm,valid_from,valid_to,transit_days"
RATES = f"""{R}
rail_fcl,CNCKG,CNQZH,CR Rail,,40HC,per_container,USD,1000,,,,2026-01-01,2026-12-31,3
sea_fcl,CNQZH,VNHPH,Gulf Line,,40HC,per_container,USD,500,,,,2026-12-08,2026-12-31,2
road_ftl,VNHPH,VNHAN,Port Haul,,40HC,per_container,USD,100,,,,2026-01-01,2026-12-31,1
road_ftl,CNCKG,VNHAN,Long Haul,,40HC,per_container,USD,3000,,,,2026-01-01,2026-12-31,4
road_ftl,CNQZH,VNHAN,Border Truck,,40HC,per_container,USD,200,,,,2026-01-01,2026-12-10,1
sea_lcl,CNQZH,VNHPH,Gulf Line,,,per_wm,USD,30,,,,2026-01-01,2026-12-31,2
air,CNCKG,VNHAN,Sky Cargo,,,per_kg,USD,5,,,,2026-01-01,2026-12-31,1
road_ftl,CNCKG,CNNNG,Inland Truck,,40HC,per_container,USD,400,,,,2026-01-01,2026-12-31,2
road_ftl,CNNNG,VNHAN,Inland Truck,,40HC,per_container,USD,400,,,,2026-01-01,2026-12-31,1
"""
S = "mode,origin,destination,carrier,service,departures,cutoff_days,transit_days,valid_from,valid_to"
SCHEDULES = f"""{S}
rail_fcl,CNCKG,CNQZH,CR Rail,,daily,1,,2026-01-01,2026-12-31
sea_fcl,CNQZH,VNHPH,Gulf Line,,TUE,2,,2026-01-01,2026-12-31
road_ftl,CNQZH,VNHAN,Border Truck,,FRI,0,,2026-01-01,2026-12-31
"""


def _load(uow: UnitOfWork, tmp_path: Path, schedules: bool = True) -> None:
    files = [("locations", LOCATIONS), ("fx", "currency,units_per_usd,valid_from\nUSD,1,2025-01-01\n"),
             ("rates", RATES)] + ([("schedules", SCHEDULES)] if schedules else [])  # fmt: skip
    for kind, text in files:
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        import_sheet(uow, kind, path)


def ask(**kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "quote_date": "2026-11-28", "ship_date": "2026-12-01", "currency": "USD",
        "markup_percent": "0", "origin": "CNCKG", "destination": "VNHAN",
        "cargo": {"containers": [{"type": "40HC", "count": 2}]},
    }  # fmt: skip
    data.update(kw)
    return data


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def chain(data: dict[str, Any]) -> str:
    return " ".join(f"{leg['origin']}-{leg['mode']}-{leg['destination']}" for leg in data["legs"])


def test_every_priceable_chain_with_its_dates_totals_flags_and_distances(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    _load(uow, tmp_path)
    options = [route_to_json(o) for o in suggest_routes(uow, ask())]
    assert [(chain(o), o["total"], o["transit_days"]) for o in options] == [
        ("CNCKG-road_ftl-CNNNG CNNNG-road_ftl-VNHAN", "1600.00", 3),
        ("CNCKG-rail_fcl-CNQZH CNQZH-sea_fcl-VNHPH VNHPH-road_ftl-VNHAN", "3200.00", 10),
        ("CNCKG-road_ftl-VNHAN", "6000.00", 4),
    ]
    inland, multi, direct = options
    # rail: ready Tue 1st, 1 day cut-off, daily → 2nd, 3 days; the sea rate is valid from
    # the Tuesday sailing (8th) only; ready Sat 5th + 2 days → Tue 8th, 2 days; truck 10th.
    assert [
        (x["ready"], x["cutoff"], x["etd"], x["eta"], x["scheduled"]) for x in multi["legs"]
    ] == [
        ("2026-12-01", "2026-12-01", "2026-12-02", "2026-12-05", True),
        ("2026-12-05", "2026-12-06", "2026-12-08", "2026-12-10", True),
        ("2026-12-10", None, "2026-12-10", "2026-12-11", False),
    ]
    # Nanning has no coordinates: the cheapest and fastest chain has no CO2e (null)
    assert (inland["cheapest"], inland["fastest"], inland["greenest"]) == (True, True, False)
    assert inland["co2e_kg"] is None and inland["legs"][0]["distance_km"] is None
    assert (multi["cheapest"], multi["fastest"], multi["greenest"]) == (False, False, True)
    assert (direct["cheapest"], direct["fastest"], direct["greenest"]) == (False, False, False)
    # 2 × 40HC, no weight: 4 TEU × 10 t = 40 t
    rail, sea, road = multi["legs"]
    assert D(rail["co2e_kg"]) == (D(rail["distance_km"]) * 40 * D("0.0347")).quantize(D("0.1"))
    assert D(multi["co2e_kg"]) == sum(D(x["co2e_kg"]) for x in multi["legs"])
    assert D(direct["legs"][0]["distance_km"]) > D(rail["distance_km"])


def test_the_inland_chain_without_coordinates_has_null_co2e(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    _load(uow, tmp_path)
    options = [route_to_json(o) for o in suggest_routes(uow, ask(modes=["road_ftl"]))]
    by_chain = {chain(o): o for o in options}
    inland = by_chain["CNCKG-road_ftl-CNNNG CNNNG-road_ftl-VNHAN"]
    assert inland["total"] == "1600.00" and inland["co2e_kg"] is None
    assert inland["legs"][0]["distance_km"] is None and inland["greenest"] is False
    assert inland["cheapest"] and by_chain["CNCKG-road_ftl-VNHAN"]["greenest"]
    # road: great circle × 1.2 × 1.05
    direct = by_chain["CNCKG-road_ftl-VNHAN"]["legs"][0]
    assert (
        abs(float(direct["distance_km"]) - haversine(29.5630, 106.5516, 21.0278, 105.8342) * 1.26)
        < 0.06
    )


def test_a_truck_whose_next_departure_is_after_its_rate_ends_gives_no_chain(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    _load(uow, tmp_path, schedules=False)
    without = {
        chain(route_to_json(o)) for o in suggest_routes(uow, ask(modes=["rail_fcl", "road_ftl"]))
    }
    assert "CNCKG-rail_fcl-CNQZH CNQZH-road_ftl-VNHAN" in without


def test_with_schedules_the_truck_chain_is_gone(uow: UnitOfWork, tmp_path: Path) -> None:
    _load(uow, tmp_path)
    found = {
        chain(route_to_json(o)) for o in suggest_routes(uow, ask(modes=["rail_fcl", "road_ftl"]))
    }
    # ready Thu 5th at Qinzhou; the truck leaves on Fridays, the 11th, after its rate (10th)
    assert "CNCKG-rail_fcl-CNQZH CNQZH-road_ftl-VNHAN" not in found
    assert found == {"CNCKG-road_ftl-VNHAN", "CNCKG-road_ftl-CNNNG CNNNG-road_ftl-VNHAN"}


def test_each_option_is_priced_as_quote_prices_it(uow: UnitOfWork, tmp_path: Path) -> None:
    _load(uow, tmp_path)
    for option in suggest_routes(uow, ask()):
        legs = [{"mode": x.mode, "origin": x.origin, "destination": x.destination}
                for x in option.quote.legs]  # fmt: skip
        assert quote_to_json(quote(uow, {**ask(), "legs": legs})) == quote_to_json(option.quote)


def test_max_legs_and_loose_cargo(uow: UnitOfWork, tmp_path: Path) -> None:
    _load(uow, tmp_path)
    assert [chain(route_to_json(o)) for o in suggest_routes(uow, ask(max_legs=1))] == [
        "CNCKG-road_ftl-VNHAN"
    ]
    loose = ask(cargo={"weight_kg": 100, "volume_cbm": 1})
    options = [route_to_json(o) for o in suggest_routes(uow, loose)]
    assert [chain(o) for o in options] == ["CNCKG-air-VNHAN"]
    assert options[0]["total"] == "835.00"  # 1 cbm → 167 kg chargeable × 5
    # air: great circle + 95 km; 0.1 t × 0.66646 kg/t-km
    leg = options[0]["legs"][0]
    assert D(leg["co2e_kg"]) == (D(leg["distance_km"]) * D("0.1") * D("0.66646")).quantize(D("0.1"))
    assert (
        abs(float(leg["distance_km"]) - haversine(29.5630, 106.5516, 21.0278, 105.8342) - 95) < 0.06
    )


def test_unfit_lanes_are_never_priced_and_each_lane_asked_once(
    uow: UnitOfWork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(uow, tmp_path)
    asked: list[tuple[str, str, str]] = []
    real = uow.rates.lane_rates

    def counting(mode: str, origin: str, destination: str) -> list[Any]:
        asked.append((mode, origin, destination))
        return real(mode, origin, destination)

    def no_text(*args: object) -> str:
        raise AssertionError("a failure message was built for a discarded chain")

    monkeypatch.setattr(uow.rates, "lane_rates", counting)
    monkeypatch.setattr(pricing, "why_no_rate", no_text)
    assert len(suggest_routes(uow, ask())) == 3
    assert len(asked) == len(set(asked))
    assert ("sea_lcl", "CNQZH", "VNHPH") not in asked and ("air", "CNCKG", "VNHAN") not in asked
