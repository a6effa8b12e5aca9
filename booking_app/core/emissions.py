"""CO2e estimate of a leg by the ISO 14083 method (spec §3): distance × tonnes × intensity.

- distance: great circle on a sphere of 6,371.0 km with the ISO 14083 distance
  adjustment per mode (air + 95 km, rail × 1.2, road × 1.2 × 1.05); sea over a marine
  network (given by the caller: the engine reads no files);
- mass: the gross weight, else 10 t per TEU and 10 t per truck;
- intensity: kg CO2e per tonne-km, well-to-wheel, one per mode (UK government DESNZ
  freight conversion factors, read by the services from ``resources/emissions``).

Distances and CO2e are decimals with one decimal; the CO2e of a leg is computed from
its distance as shown, so a leg's figures agree with each other.
"""

import math
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from booking_app.core.cargo import Cargo
from booking_app.core.quote import LegQuote, Quote

EARTH_RADIUS_KM = 6371.0
AIR_EXTRA_KM = Decimal(95)
RAIL_CIRCUITY = Decimal("1.2")
ROAD_CIRCUITY = Decimal("1.2") * Decimal("1.05")
#: Tonnes assumed per unit when the cargo gives no weight.
TONNES_PER_TEU = Decimal(10)
TONNES_PER_TRUCK = Decimal(10)
#: Which intensity each mode uses (rows of the shipped factor table).
INTENSITY_KEY = {
    "sea_fcl": "sea_container",
    "sea_lcl": "sea_lcl",
    "rail_fcl": "rail",
    "rail_lcl": "rail",
    "road_ftl": "road_ftl",
    "road_ltl": "road_ltl",
    "air": "air",
}
METHOD = "ISO 14083"
_TENTH = Decimal("0.1")


class Point(NamedTuple):
    """A place's coordinates in decimal degrees."""

    lat: Decimal
    lon: Decimal


#: The sea distance in km between two ports (None when the network has no route).
SeaDistance = Callable[[Point, Point], Decimal | None]


class Intensity(NamedTuple):
    """One mode's intensity: the tank-to-wheel and well-to-tank factors and their names."""

    key: str
    factor: str
    ttw: Decimal
    wtt_factor: str
    wtt: Decimal

    @property
    def well_to_wheel(self) -> Decimal:
        """kg CO2e per tonne-km, well-to-wheel (the two factors added)."""
        return self.ttw + self.wtt


class Intensities(NamedTuple):
    """The intensity table with its year and source (shown with every estimate)."""

    year: int
    source: str
    by_key: Mapping[str, Intensity]

    def of_mode(self, mode: str) -> Decimal:
        """kg CO2e per tonne-km for ``mode``."""
        return self.by_key[INTENSITY_KEY[mode]].well_to_wheel


def tenth(value: Decimal) -> Decimal:
    """Rounded half up to one decimal."""
    return value.quantize(_TENTH, rounding=ROUND_HALF_UP)


def _great_circle(a: Point, b: Point) -> float:
    p1, p2 = math.radians(float(a.lat)), math.radians(float(b.lat))  # float ok: geometry
    dp = p2 - p1
    dl = math.radians(float(b.lon) - float(a.lon))  # float ok: geometry
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def great_circle_km(lat1: Decimal, lon1: Decimal, lat2: Decimal, lon2: Decimal) -> Decimal:
    """Haversine distance in km on a sphere of 6,371.0 km, to one decimal."""
    return tenth(Decimal(repr(_great_circle(Point(lat1, lon1), Point(lat2, lon2)))))


def leg_distance_km(mode: str, a: Point, b: Point, sea_km: SeaDistance) -> Decimal | None:
    """The leg's distance with the ISO 14083 adjustment for its mode, to one decimal."""
    family = mode.split("_")[0]
    if family == "sea":
        km = sea_km(a, b)
        return None if km is None else tenth(km)
    gc = Decimal(repr(_great_circle(a, b)))
    if family == "air":
        return tenth(gc + AIR_EXTRA_KM)
    if family == "rail":
        return tenth(gc * RAIL_CIRCUITY)
    return tenth(gc * ROAD_CIRCUITY)


def cargo_tonnes(cargo: Cargo) -> Decimal:
    """Gross tonnes, else 10 t per TEU and 10 t per truck."""
    if cargo.gross_kg > 0:
        return cargo.gross_kg / 1000
    return cargo.teu * TONNES_PER_TEU + cargo.truck_count() * TONNES_PER_TRUCK


def leg_co2e_kg(
    mode: str, distance_km: Decimal, cargo: Cargo, intensities: Intensities
) -> Decimal:
    """kg CO2e of one leg (distance × tonnes × intensity), to one decimal."""
    return tenth(distance_km * cargo_tonnes(cargo) * intensities.of_mode(mode))


class Estimator(NamedTuple):
    """Everything an estimate needs: where places are, sea distances, the intensities."""

    places: Callable[[str], Point | None]
    sea_km: SeaDistance
    intensities: Intensities

    def leg(self, mode: str, origin: str, destination: str, cargo: Cargo) -> tuple[
        Decimal | None, Decimal | None
    ]:  # fmt: skip
        """(distance km, kg CO2e) of a leg; (None, None) when a place has no coordinates."""
        a, b = self.places(origin), self.places(destination)
        if a is None or b is None:
            return None, None
        km = leg_distance_km(mode, a, b, self.sea_km)
        if km is None:
            return None, None
        return km, leg_co2e_kg(mode, km, cargo, self.intensities)

    def estimate_leg(self, leg: LegQuote, cargo: Cargo) -> LegQuote:
        """The leg with its distance and CO2e filled in."""
        km, co2e = self.leg(leg.mode, leg.origin, leg.destination, cargo)
        return leg._replace(distance_km=km, co2e_kg=co2e)

    def estimate(self, quote: Quote, cargo: Cargo) -> Quote:
        """The quote with every leg's distance and CO2e filled in."""
        return quote._replace(legs=tuple(self.estimate_leg(leg, cargo) for leg in quote.legs))

