"""Emissions by the ISO 14083 method (spec §3): distances per mode, mass, intensities."""

from __future__ import annotations

import json
import math
from decimal import Decimal as D
from pathlib import Path

import pytest

from booking_app.core.cargo import Cargo
from booking_app.core.emissions import (
    Estimator,
    Point,
    cargo_tonnes,
    great_circle_km,
    leg_co2e_kg,
    leg_distance_km,
)
from booking_app.resources import resources_dir
from booking_app.services import emissions as service
from tests.factories import containers, loose, trucks

QZH = Point(D("21.6810"), D("108.6210"))
SGN = Point(D("10.7626"), D("106.6602"))
HAN = Point(D("21.0278"), D("105.8342"))


def haversine(a: Point, b: Point) -> float:
    p1, p2 = math.radians(float(a.lat)), math.radians(float(b.lat))
    dl = math.radians(float(b.lon) - float(a.lon))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def no_sea(a: Point, b: Point) -> D | None:
    raise AssertionError("not a sea leg")


def test_distance_adjustments_per_mode() -> None:
    gc = haversine(QZH, HAN)
    assert abs(float(leg_distance_km("air", QZH, HAN, no_sea)) - (gc + 95)) <= 0.05
    assert abs(float(leg_distance_km("rail_fcl", QZH, HAN, no_sea)) - gc * 1.2) <= 0.05
    assert abs(float(leg_distance_km("road_ltl", QZH, HAN, no_sea)) - gc * 1.2 * 1.05) <= 0.05
    assert leg_distance_km("sea_fcl", QZH, SGN, lambda a, b: D("1490.19")) == D("1490.2")
    assert leg_distance_km("sea_lcl", QZH, SGN, lambda a, b: None) is None
    assert abs(float(great_circle_km(QZH.lat, QZH.lon, HAN.lat, HAN.lon)) - gc) <= 0.05


def test_mass_is_gross_weight_else_ten_tonnes_per_teu_or_truck() -> None:
    assert cargo_tonnes(loose("2500", "4")) == D("2.5")
    assert cargo_tonnes(containers(("40HC", 2), ("20GP", 1))) == D(50)  # 5 TEU
    assert cargo_tonnes(trucks(("10T", 3))) == D(30)
    weighed = Cargo(containers=containers(("40HC", 1)).containers, total_weight_kg=D(18000))
    assert cargo_tonnes(weighed) == D(18)


def test_intensities_are_desnz_well_to_wheel_with_source_and_licence() -> None:
    table = service.intensities()
    assert table.year == 2025 and "DESNZ" in table.source and "Open Government" in table.source
    assert table.of_mode("sea_fcl") == D("0.01612") + D("0.00365")
    assert table.of_mode("rail_lcl") == table.of_mode("rail_fcl") == D("0.0347")
    assert table.of_mode("air") == D("0.66646")  # without radiative forcing
    assert "Freight train" in table.by_key["rail"].factor
    folder = resources_dir() / "emissions"
    assert "Open Government Licence v3.0" in (folder / "OGL-UK-3.0.txt").read_text("utf-8")
    assert "GLEC" not in (folder / service.FACTORS_FILE).read_text("utf-8")


def test_for_the_same_cargo_and_distance_air_beats_road_beats_rail_beats_sea() -> None:
    table = service.intensities()
    cargo, km = containers(("40HC", 1)), D(1000)
    co2e = {m: leg_co2e_kg(m, km, cargo, table) for m in
            ("air", "road_ftl", "road_ltl", "rail_fcl", "sea_fcl")}  # fmt: skip
    assert co2e["air"] > co2e["road_ltl"] > co2e["road_ftl"] > co2e["rail_fcl"] > co2e["sea_fcl"]
    assert co2e["rail_fcl"] == D("694.0")  # 1000 km × 20 t × 0.0347


@pytest.mark.parametrize("where", ["origin", "destination"])
def test_a_place_without_coordinates_gives_null(where: str) -> None:
    places = {"CNQZH": QZH, "VNHAN": HAN}
    missing = "CNQZH" if where == "origin" else "VNHAN"
    est = Estimator(lambda c: None if c == missing else places[c], no_sea, service.intensities())
    assert est.leg("road_ftl", "CNQZH", "VNHAN", trucks(("10T", 1))) == (None, None)


def test_sea_distance_over_the_marine_network_is_cached_per_port_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = Point(D("21.6"), D("108.6")), Point(D("10.5"), D("107.0"))
    km = service.sea_km(a, b)
    assert km is not None and D(1200) < km < D(1800)  # longer than the great circle
    assert km > D(repr(haversine(a, b)))
    monkeypatch.setattr(service, "_searoute", lambda: pytest.fail("asked the network again"))
    assert service.sea_km(a, b) == km


def test_sea_distances_are_kept_between_runs_in_the_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def new_run() -> None:  # nothing in memory, as in a new process
        monkeypatch.setattr(service, "_kept", None)

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    new_run()
    a, b = Point(D("21.6"), D("108.6")), Point(D("1.26"), D("103.8"))
    km = service.sea_km(a, b)
    assert km is not None and service.sea_cache_path().is_relative_to(tmp_path)
    new_run()
    real_searoute = service._searoute
    monkeypatch.setattr(service, "_searoute", lambda: pytest.fail("asked the network again"))
    assert service.sea_km(a, b) == km
    # a damaged file is not trusted: the distance is worked out again, and kept again
    service.sea_cache_path().write_text("{not json", "utf-8")
    new_run()
    monkeypatch.setattr(service, "_searoute", real_searoute)
    assert service.sea_km(a, b) == km
    assert json.loads(service.sea_cache_path().read_text("utf-8")) == {
        "21.6,108.6>1.26,103.8": str(km)
    }
