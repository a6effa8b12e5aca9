"""Why a leg cannot be priced, in a clerk's words (only built when the error is raised)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from booking_app.core.cargo import Cargo
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
) -> str:
    """The reason no carrier priced ``leg`` (``lane`` holds every rate row of the lane)."""
    if leg.spot:
        return f"the spot rate does not fit {cargo_words(cargo)}" + (
            " (no rate for equipment " + ", ".join(sorted(missing)) + ")" if missing else ""
        )
    carrier_words = f" from carrier {leg.carrier}" if leg.carrier else ""
    if leg.carrier:
        lane = [r for r in lane if r.carrier == leg.carrier]
    if not lane:
        return f"no rate{carrier_words} on this lane"
    valid = [r for r in lane if r.is_valid_on(ready)]
    if not valid and not no_departure:
        return f"no rate{carrier_words} valid on {ready.isoformat()}"
    if not valid or {r.carrier for r in valid} <= set(no_departure):
        if not any(r.is_valid_on(ready) for r in lane):
            return f"no rate{carrier_words} valid on {ready.isoformat()}"
        names = ", ".join(sorted(no_departure))
        return f"no departure of {names} within {HORIZON_DAYS} days with a valid rate"
    if missing:
        return "no rate for equipment " + ", ".join(sorted(missing))
    bases = ", ".join(sorted({r.basis for r in valid}))
    return f"no rate fits {cargo_words(cargo)} (rates here are {bases})"
