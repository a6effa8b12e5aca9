"""Route search: every priceable chain of lanes from an origin to a destination (spec §2).

The search prices legs as it goes: a chain is extended only by a lane that can carry the
cargo on the day it is ready there, each (lane, ready day) is priced once whatever the
chains it belongs to, and lanes from which the destination cannot be reached in the legs
left are never tried. Nothing is capped: every chain that prices is returned.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import NamedTuple

from booking_app.core.cargo import Cargo
from booking_app.core.pricing import RateSource
from booking_app.core.quote import LegQuote, LegRequest
from booking_app.core.rates import Rate, Surcharge
from booking_app.core.schedules import Schedule


class Lane(NamedTuple):
    """A (mode, origin, destination) for which the rate table has rows."""

    mode: str
    origin: str
    destination: str


#: A lane's kinds of rows: (basis, equipment) pairs.
LaneKinds = frozenset[tuple[str, str]]


def lane_fits(kinds: LaneKinds, cargo: Cargo) -> bool:
    """False when no carrier could price this cargo from rows of these kinds: loose cargo
    on container/truck rows only, containers or trucks on per-kg/per-W/M rows only, or
    equipment the lane has no row for (the engine's own rule, on the lane as a whole)."""
    bases = {basis for basis, _ in kinds}
    if "per_shipment" in bases:
        return True
    if not cargo.is_unitised:
        return bool(bases & {"per_kg", "per_wm"})
    applies = False
    for basis, types in (
        ("per_container", {c.type for c in cargo.containers}),
        ("per_truck", {t.type for t in cargo.trucks}),
    ):
        if not types or basis not in bases:
            continue
        if not types <= {e for b, e in kinds if b == basis}:
            return False
        applies = True
    return applies


def chains(
    lanes: Sequence[Lane],
    origin: str,
    destination: str,
    max_legs: int,
    modes: Sequence[str] | None = None,
) -> Iterator[tuple[LegRequest, ...]]:
    """Every chain of at most ``max_legs`` lanes from origin to destination (unpriced).

    Each chain of (mode, origin, destination) appears once; no location is visited twice.
    """
    allowed = set(modes) if modes else None
    by_origin: dict[str, list[Lane]] = {}
    for lane in sorted(set(lanes), key=lambda x: (x.origin, x.destination, x.mode)):
        if allowed is None or lane.mode in allowed:
            by_origin.setdefault(lane.origin, []).append(lane)
    stack: list[tuple[str, tuple[Lane, ...], frozenset[str]]] = [
        (origin, (), frozenset({origin}))
    ]
    while stack:
        here, path, seen = stack.pop()
        if here == destination and path:
            yield tuple(LegRequest(x.mode, x.origin, x.destination) for x in path)
            continue
        if len(path) >= max_legs:
            continue
        for lane in reversed(by_origin.get(here, [])):
            if lane.destination not in seen:
                stack.append((lane.destination, (*path, lane), seen | {lane.destination}))


def _hops_to(destination: str, lanes: Iterable[Lane]) -> dict[str, int]:
    """For each place, the fewest lanes from it to the destination."""
    into: dict[str, list[str]] = {}
    for lane in lanes:
        into.setdefault(lane.destination, []).append(lane.origin)
    hops = {destination: 0}
    frontier = [destination]
    while frontier:
        nxt: list[str] = []
        for place in frontier:
            for before in into.get(place, ()):
                if before not in hops:
                    hops[before] = hops[place] + 1
                    nxt.append(before)
        frontier = nxt
    return hops


def search(
    lanes: Sequence[Lane],
    origin: str,
    destination: str,
    max_legs: int,
    ship_date: date,
    leg_of: Callable[[Lane, date], LegQuote | None],
    modes: Sequence[str] | None = None,
) -> list[tuple[LegQuote, ...]]:
    """Every chain of at most ``max_legs`` priced legs from origin to destination.

    ``leg_of(lane, ready)`` prices one leg (None when it cannot be priced); it is called
    once per (lane, ready day). Leg 1 is ready on ``ship_date``, each later leg on the
    previous leg's ETA. No place is visited twice. Chains come in a stable order.
    """
    allowed = set(modes) if modes else None
    usable = sorted(
        {x for x in lanes if allowed is None or x.mode in allowed},
        key=lambda x: (x.origin, x.destination, x.mode),
    )
    hops = _hops_to(destination, usable)
    if origin not in hops or hops[origin] > max_legs:
        return []
    by_origin: dict[str, list[Lane]] = {}
    for lane in usable:
        if lane.destination in hops and lane.origin != destination:
            by_origin.setdefault(lane.origin, []).append(lane)
    memo: dict[tuple[Lane, date], LegQuote | None] = {}
    found: list[tuple[LegQuote, ...]] = []

    def walk(here: str, ready: date, path: tuple[LegQuote, ...], seen: frozenset[str]) -> None:
        left = max_legs - len(path)
        for lane in by_origin.get(here, ()):
            there = lane.destination
            if there in seen or hops[there] > left - 1:
                continue
            key = (lane, ready)
            if key not in memo:
                memo[key] = leg_of(lane, ready)
            leg = memo[key]
            if leg is None:
                continue
            chain = (*path, leg)
            if there == destination:
                found.append(chain)
            elif left > 1:
                walk(there, leg.eta, chain, seen | {there})

    walk(origin, ship_date, (), frozenset({origin}))
    return found


class MemoSource:
    """A RateSource that asks the one behind it once per question: route search asks for
    the same lane and day again and again (from each chain that reaches it)."""

    def __init__(self, source: RateSource) -> None:
        self.source = source
        self._rates: dict[tuple[str, str, str, date], list[Rate]] = {}
        self._lanes: dict[tuple[str, str, str], list[Rate]] = {}
        self._schedules: dict[tuple[str, str, str], list[Schedule]] = {}
        self._surcharges: dict[tuple[str, str, str, date], list[Surcharge]] = {}

    def rates_for(self, mode: str, origin: str, destination: str, day: date) -> list[Rate]:
        """The lane's rows valid on ``day``."""
        key = (mode, origin, destination, day)
        if key not in self._rates:
            self._rates[key] = self.source.rates_for(mode, origin, destination, day)
        return self._rates[key]

    def lane_rates(self, mode: str, origin: str, destination: str) -> list[Rate]:
        """Every row of the lane."""
        key = (mode, origin, destination)
        if key not in self._lanes:
            self._lanes[key] = self.source.lane_rates(mode, origin, destination)
        return self._lanes[key]

    def surcharges_for(
        self, mode: str, origin: str, destination: str, day: date
    ) -> list[Surcharge]:
        """Surcharges of the lane and day."""
        key = (mode, origin, destination, day)
        if key not in self._surcharges:
            self._surcharges[key] = self.source.surcharges_for(mode, origin, destination, day)
        return self._surcharges[key]

    def schedules_for(self, mode: str, origin: str, destination: str) -> list[Schedule]:
        """The lane's schedule rows."""
        key = (mode, origin, destination)
        if key not in self._schedules:
            self._schedules[key] = self.source.schedules_for(mode, origin, destination)
        return self._schedules[key]
