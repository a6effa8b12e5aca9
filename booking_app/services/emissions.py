"""The emissions estimate of quotes and routes (spec §3): the shipped DESNZ intensities,
sea distances over the ``searoute`` marine network, the locations' coordinates."""

from __future__ import annotations

import contextlib
import csv
import json
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from booking_app.core.emissions import Estimator, Intensities, Intensity, Point
from booking_app.resources import resources_dir
from booking_app.store.uow import UnitOfWork

FACTORS_FILE = "desnz-freight-2025.csv"
#: Sea distances already worked out, kept between runs in the user's cache folder:
#: loading the marine network takes about half a second, which a CLI quote would
#: otherwise pay for every sea leg (a port pair's distance never changes).
SEA_CACHE_FILE = "sea-distances.json"
#: The distances known (port pair → km, None: no sea route), loaded from the file once.
_kept: dict[str, Decimal | None] | None = None


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


def sea_cache_path() -> Path:
    """The file the sea distances are kept in (the user's cache folder)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("booking-desk", appauthor=False)) / SEA_CACHE_FILE


def _read_kept(path: Path) -> dict[str, Decimal | None]:
    """The distances in the file; none from a missing or damaged one (worked out again)."""
    try:
        data = json.loads(path.read_text("utf-8"))
        return {k: None if v is None else Decimal(v) for k, v in data.items()}
    except (OSError, ValueError, TypeError, AttributeError, InvalidOperation):
        return {}


def _kept_distances() -> dict[str, Decimal | None]:
    global _kept
    if _kept is None:
        _kept = _read_kept(sea_cache_path())
    return _kept


def _keep_distances(kept: dict[str, Decimal | None]) -> None:
    """Write the distances to the file (with what another desk wrote meanwhile)."""
    from booking_app.services.files import atomic_output

    path = sea_cache_path()
    # a cache: a folder that cannot be written only costs the time of working it out again
    with contextlib.suppress(Exception):
        path.parent.mkdir(parents=True, exist_ok=True)
        merged = {**_read_kept(path), **kept}
        text = {k: None if v is None else str(v) for k, v in merged.items()}
        with atomic_output(path) as fh:
            fh.write(json.dumps(text, sort_keys=True).encode("utf-8"))


def sea_km(a: Point, b: Point) -> Decimal | None:
    """The shortest sea route between two ports in km, kept per port pair (in memory
    and in :func:`sea_cache_path`)."""
    key = f"{a.lat},{a.lon}>{b.lat},{b.lon}"
    kept = _kept_distances()
    if key not in kept:
        try:
            route = _searoute().searoute(
                [float(a.lon), float(a.lat)], [float(b.lon), float(b.lat)], units="km"
            )  # float ok: geometry
            length = route["properties"]["length"]
            kept[key] = Decimal(repr(float(length)))  # float ok: geometry
        except Exception:  # the network finds no route between these points
            kept[key] = None
        _keep_distances(kept)
    return kept[key]


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
