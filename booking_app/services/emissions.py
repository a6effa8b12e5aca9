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
_SEA_KM: dict[tuple[Point, Point], Decimal | None] = {}
_kept: dict[str, str | None] | None = None


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


def _read_kept(path: Path) -> dict[str, str | None]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):  # none yet, or damaged: worked out again
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if v is None or isinstance(v, str)}


def _kept_distances() -> dict[str, str | None]:
    global _kept
    if _kept is None:
        _kept = _read_kept(sea_cache_path())
    return _kept


def _keep_distance(key: str, km: Decimal | None) -> None:
    """Add one distance to the file (merged with what another desk wrote meanwhile)."""
    from booking_app.services.files import atomic_output

    kept = _kept_distances()
    kept[key] = None if km is None else str(km)
    path = sea_cache_path()
    # a cache: a folder that cannot be written only costs the time of working it out again
    with contextlib.suppress(Exception):
        path.parent.mkdir(parents=True, exist_ok=True)
        kept.update({k: v for k, v in _read_kept(path).items() if k not in kept})
        with atomic_output(path) as fh:
            fh.write(json.dumps(kept, sort_keys=True).encode("utf-8"))


def _pair_key(a: Point, b: Point) -> str:
    return f"{a.lat},{a.lon}>{b.lat},{b.lon}"


def _kept_km(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def sea_km(a: Point, b: Point) -> Decimal | None:
    """The shortest sea route between two ports in km, kept per port pair (in memory
    and in :func:`sea_cache_path`)."""
    key = (a, b)
    if key in _SEA_KM:
        return _SEA_KM[key]
    text_key = _pair_key(a, b)
    kept = _kept_distances()
    if text_key in kept and (kept[text_key] is None or _kept_km(kept[text_key]) is not None):
        _SEA_KM[key] = _kept_km(kept[text_key])
        return _SEA_KM[key]
    try:
        route = _searoute().searoute(
            [float(a.lon), float(a.lat)], [float(b.lon), float(b.lat)], units="km"
        )  # float ok: geometry
        length = route["properties"]["length"]
        _SEA_KM[key] = Decimal(repr(float(length)))  # float ok: geometry
    except Exception:  # the network finds no route between these points
        _SEA_KM[key] = None
    _keep_distance(text_key, _SEA_KM[key])
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
