"""Which town an airport serves: the clerk types "Ho Chi" and finds Tan Son Nhat (VNTSX).

The location table names an airport by itself ("Tan Son Nhat International Airport");
the town it serves is the nearest other place of the same country, within
:data:`SERVED_WITHIN_KM`.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from booking_app.core.emissions import great_circle_km

#: An airport farther than this from every town of its country serves none of them.
SERVED_WITHIN_KM = Decimal(80)
#: The kinds of place that are named by themselves rather than after their town.
NAMED_BY_THEMSELVES = frozenset({"airport"})


class Place(NamedTuple):
    """A location as far as the served town needs it."""

    code: str
    country: str
    kind: str
    lat: Decimal | None
    lon: Decimal | None


def served_towns(places: Sequence[Place]) -> dict[str, str]:
    """For each airport, the code of the nearest other place of its country (or none).

    Returns:
        ``{airport code: code of the place it serves}``; airports without coordinates,
        or with no place of their country within :data:`SERVED_WITHIN_KM`, are left out.
    """
    towns = [p for p in places if p.kind not in NAMED_BY_THEMSELVES and _located(p)]
    served: dict[str, str] = {}
    for place in places:
        if place.kind not in NAMED_BY_THEMSELVES or not _located(place):
            continue
        near = [(_km(place, town), town.code) for town in towns if town.country == place.country]
        near = [(km, code) for km, code in near if km <= SERVED_WITHIN_KM]
        if near:
            served[place.code] = min(near)[1]
    return served


def _located(place: Place) -> bool:
    return place.lat is not None and place.lon is not None


def _km(a: Place, b: Place) -> Decimal:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)
