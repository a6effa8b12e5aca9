"""Why a leg cannot be priced, in a clerk's words (only built when the error is raised)."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

from booking_app.core.cargo import Cargo
from booking_app.core.errors import NoRateError
from booking_app.core.quote import LegRequest
from booking_app.core.rates import Rate
from booking_app.core.schedules import HORIZON_DAYS


def cargo_words(cargo: Cargo) -> str:
    """``containers/trucks 2×40HC`` or ``loose cargo``."""
    units = [f"{u.count}×{u.type}" for u in (*cargo.containers, *cargo.trucks)]
    return "containers/trucks " + ", ".join(units) if units else "loose cargo"


def why_no_rate(
    leg: LegRequest,
    ready: date,
    cargo: Cargo,
    lane: list[Rate],
    missing: Collection[str],
    no_departure: Collection[str],
) -> NoRateError:
    """The reason no carrier priced ``leg`` (``lane`` holds every rate row of the lane),
    as an error with its code and parameters (the caller names the leg)."""
    if leg.spot:
        text = f"the spot rate does not fit {cargo_words(cargo)}" + (
            " (no rate for equipment " + ", ".join(sorted(missing)) + ")" if missing else ""
        )
        return _reason(text, "spot_does_not_fit", cargo=cargo_units(cargo),
                       equipment=tuple(sorted(missing)))  # fmt: skip
    carrier = leg.carrier or ""
    carrier_words = f" from carrier {leg.carrier}" if leg.carrier else ""
    if leg.carrier:
        lane = [r for r in lane if r.carrier == leg.carrier]
    if not lane:
        return _reason(f"no rate{carrier_words} on this lane", "no_rate_lane", carrier=carrier)
    valid = [r for r in lane if r.is_valid_on(ready)]
    expired = _reason(
        f"no rate{carrier_words} valid on {ready.isoformat()}", "no_rate_valid",
        carrier=carrier, day=ready,
    )  # fmt: skip
    if not valid and not no_departure:
        return expired
    if not valid or {r.carrier for r in valid} <= set(no_departure):
        if not any(r.is_valid_on(ready) for r in lane):
            return expired
        names = ", ".join(sorted(no_departure))
        return _reason(
            f"no departure of {names} within {HORIZON_DAYS} days with a valid rate",
            "no_departure", carriers=tuple(sorted(no_departure)), days=HORIZON_DAYS,
        )  # fmt: skip
    if missing:
        return _reason(
            "no rate for equipment " + ", ".join(sorted(missing)),
            "no_rate_equipment", equipment=tuple(sorted(missing)),
        )  # fmt: skip
    bases = sorted({r.basis for r in valid})
    return _reason(
        f"no rate fits {cargo_words(cargo)} (rates here are {', '.join(bases)})",
        "no_rate_fits", cargo=cargo_units(cargo), bases=tuple(bases),
    )  # fmt: skip


def cargo_units(cargo: Cargo) -> tuple[str, ...]:
    """``("2×40HC", "1×10T")``; empty for loose cargo."""
    return tuple(f"{u.count}×{u.type}" for u in (*cargo.containers, *cargo.trucks))


def _reason(text: str, code: str, **params: Any) -> NoRateError:
    return NoRateError(text, code=code, params=params)


def location_problem(
    leg: LegRequest,
    origin: Mapping[str, Any] | None,
    destination: Mapping[str, Any] | None,
    airports: Sequence[Mapping[str, Any]] = (),
) -> NoRateError | None:
    """Why a lane with no rate at all may be a wrong place rather than a missing rate.

    ``origin`` and ``destination`` are the locations table's rows (None when the code is
    not in it); ``airports`` every location of kind ``airport``. An unknown code is named;
    air from or to a place that is not an airport says that air needs one, and names the
    airports of that place (same country, within :data:`AIRPORT_RADIUS_KM`).
    """
    for key, row in (("origin", origin), ("destination", destination)):
        if row is None:
            code = getattr(leg, key)
            return NoRateError(f"unknown location {code}", code="unknown_location",
                               params={"location": code}, field=key)  # fmt: skip
    if leg.mode != "air":
        return None
    for key, row in (("origin", origin), ("destination", destination)):
        assert row is not None
        if row.get("kind") != "airport":
            near = tuple(a["code"] for a in airports_near(row, airports))
            text = f"air needs an airport: {row['code']} is a {row.get('kind') or 'place'}"
            if near:
                text += " (airports there: " + ", ".join(near) + ")"
            return NoRateError(
                text, code="air_needs_airport", field=key,
                params={"location": row["code"], "kind": row.get("kind") or "",
                        "airports": near},
            )  # fmt: skip
    return None


#: How far from a city its airports may lie (Nanning Wuxu is 40 km from the centre).
AIRPORT_RADIUS_KM = 80


def airports_near(
    place: Mapping[str, Any], airports: Sequence[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    """The airports of ``place``'s country within AIRPORT_RADIUS_KM of it, nearest first."""
    here = _where(place)
    if here is None:
        return []
    found = []
    for airport in airports:
        if airport.get("country") != place.get("country") or airport["code"] == place["code"]:
            continue
        there = _where(airport)
        if there is None:
            continue
        km = _km(*here, *there)
        if km <= AIRPORT_RADIUS_KM:
            found.append((km, airport))
    return [a for _, a in sorted(found, key=lambda pair: (pair[0], pair[1]["code"]))]


def _where(row: Mapping[str, Any]) -> tuple[float, float] | None:
    """A row's (lat, lon), or None when it has no coordinates."""
    try:
        return float(row["lat"]), float(row["lon"])
    except (KeyError, TypeError, ValueError):
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (a place's neighbourhood, not a freight distance)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
