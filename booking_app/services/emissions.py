"""The emissions estimate of quotes and routes (spec §3): the shipped DESNZ intensities,
sea distances over the ``searoute`` marine network, the locations' coordinates."""

from __future__ import annotations

import csv
from decimal import Decimal
from functools import lru_cache
from typing import Any

from booking_app.core.emissions import Estimator, Intensities, Intensity, Point
from booking_app.resources import resources_dir
from booking_app.store.uow import UnitOfWork

FACTORS_FILE = "desnz-freight-2025.csv"
_SEA_KM: dict[tuple[Point, Point], Decimal | None] = {}


@lru_cache(maxsize=1)
def intensities() -> Intensities:
    """The intensity table shipped in ``resources/emissions`` (read once)."""
    path = resources_dir() / "emissions" / FACTORS_FILE
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_key = {
        r["key"]: Intensity(
            key=r["key"], factor=r["factor"], ttw=Decimal(r["kg_co2e_per_tonne_km"]),
            wtt_factor=r["wtt_factor"], wtt=Decimal(r["wtt_kg_co2e_per_tonne_km"]),
        )  # fmt: skip
        for r in rows
    }
    return Intensities(year=int(rows[0]["year"]), source=rows[0]["source"], by_key=by_key)


@lru_cache(maxsize=1)
def _searoute() -> Any:
    # The marine network loads on first use (a few tenths of a second): only when a sea
    # leg needs a distance, and only once per process.
    import searoute  # type: ignore[import-untyped]

    return searoute


def sea_km(a: Point, b: Point) -> Decimal | None:
    """The shortest sea route between two ports in km, cached per port pair."""
    key = (a, b)
    if key not in _SEA_KM:
        try:
            route = _searoute().searoute(
                [float(a.lon), float(a.lat)], [float(b.lon), float(b.lat)], units="km"
            )  # float ok: geometry
            length = route["properties"]["length"]
            _SEA_KM[key] = Decimal(repr(float(length)))  # float ok: geometry
        except Exception:  # the network finds no route between these points
            _SEA_KM[key] = None
    return _SEA_KM[key]


def estimator(uow: UnitOfWork) -> Estimator:
    """An estimator on the database's locations (each looked up once)."""
    points: dict[str, Point | None] = {}

    def place(code: str) -> Point | None:
        if code not in points:
            row = uow.locations.get(code)
            if row is None or row["lat"] in (None, "") or row["lon"] in (None, ""):
                points[code] = None
            else:
                points[code] = Point(Decimal(row["lat"]), Decimal(row["lon"]))
        return points[code]

    return Estimator(place, sea_km, intensities())


def method_note() -> str:
    """How the estimate is made, for documents and the desk (one line)."""
    table = intensities()
    return (
        f"Estimate by the ISO 14083 method (well-to-wheel); intensities: {table.source} "
        f"({table.year}); sea distances: searoute marine network."
    )
