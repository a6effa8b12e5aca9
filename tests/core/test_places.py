"""The town an airport serves: the nearest other place of its country, if near enough."""

from __future__ import annotations

from decimal import Decimal

from booking_app.core.places import Place, served_towns


def place(code: str, kind: str, lat: str | None, lon: str | None, country: str = "VN") -> Place:
    return Place(
        code, country, kind, None if lat is None else Decimal(lat),
        None if lon is None else Decimal(lon),
    )  # fmt: skip


def test_an_airport_serves_the_nearest_place_of_its_country() -> None:
    places = [
        place("VNSGN", "port", "10.7626", "106.7890"),
        place("VNBDU", "city", "10.9804", "106.6519"),
        place("VNTSX", "airport", "10.8188", "106.6520"),
        place("VNNBX", "airport", "21.2212", "105.8072"),  # 700 km from the others
        place("KHPNH", "port", "10.9", "106.6", country="KH"),  # nearer, but abroad
    ]
    assert served_towns(places) == {"VNTSX": "VNSGN"}


def test_an_airport_without_coordinates_serves_nothing() -> None:
    places = [place("VNSGN", "port", "10.7626", "106.7890"), place("VNTSX", "airport", None, None)]
    assert served_towns(places) == {}
