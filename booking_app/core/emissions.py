"""A rough CO2e estimate per leg: great-circle distance × tonnes × a factor per mode.

The factors (kg CO2e per tonne-km, well-to-wheel) are round illustrative defaults in
the range of the GLEC framework's published values; they rank modes, they do not
certify anything.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from booking_app.core.cargo import Cargo

KG_CO2E_PER_TONNE_KM = {
    "sea_fcl": Decimal("0.016"),
    "sea_lcl": Decimal("0.020"),
    "rail_fcl": Decimal("0.025"),
    "rail_lcl": Decimal("0.030"),
    "road_ftl": Decimal("0.075"),
    "road_ltl": Decimal("0.095"),
    "air": Decimal("0.650"),
}
#: Routes are longer than great circles: ships round capes, trains follow valleys.
DETOUR_FACTOR = {"sea": Decimal("1.25"), "rail": Decimal("1.2"), "road": Decimal("1.2"),
                 "air": Decimal("1.05")}  # fmt: skip
#: Tonnes assumed per unit when the cargo gives no weight.
TONNES_PER_TEU = Decimal(10)
TONNES_PER_TRUCK = Decimal(10)
EARTH_RADIUS_KM = 6371.0


def great_circle_km(lat1: Decimal, lon1: Decimal, lat2: Decimal, lon2: Decimal) -> Decimal:
    """Haversine distance in km (float inside: geometry, not money), as a Decimal."""
    p1, p2 = math.radians(float(lat1)), math.radians(float(lat2))  # float ok: geometry
    dp = p2 - p1
    dl = math.radians(float(lon2) - float(lon1))  # float ok: geometry
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
    return Decimal(repr(round(km, 1)))


def cargo_tonnes(cargo: Cargo) -> Decimal:
    """Gross tonnes, or an assumption per TEU/truck when only units are given."""
    if cargo.gross_kg > 0:
        return cargo.gross_kg / 1000
    return cargo.teu * TONNES_PER_TEU + cargo.truck_count() * TONNES_PER_TRUCK


def leg_co2e_kg(mode: str, distance_km: Decimal, cargo: Cargo) -> Decimal:
    """kg CO2e of one leg, to one decimal."""
    detour = DETOUR_FACTOR[mode.split("_")[0]]
    value = distance_km * detour * cargo_tonnes(cargo) * KG_CO2E_PER_TONNE_KM[mode]
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
