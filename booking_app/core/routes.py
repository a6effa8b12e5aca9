"""Route options: chains of lanes from an origin to a destination (no place twice)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from booking_app.core.quote import LegRequest


@dataclass(frozen=True)
class Lane:
    """A (mode, origin, destination) for which the rate table has rows."""

    mode: str
    origin: str
    destination: str


def chains(
    lanes: Sequence[Lane],
    origin: str,
    destination: str,
    max_legs: int,
    modes: Sequence[str] | None = None,
    limit: int = 2000,
) -> Iterator[tuple[LegRequest, ...]]:
    """Every chain of at most ``max_legs`` lanes from origin to destination.

    Each chain of (mode, origin, destination) appears once; no location is visited
    twice; at most ``limit`` chains are produced (the search space can explode).
    """
    allowed = set(modes) if modes else None
    by_origin: dict[str, list[Lane]] = {}
    for lane in sorted(set(lanes), key=lambda x: (x.origin, x.destination, x.mode)):
        if allowed is None or lane.mode in allowed:
            by_origin.setdefault(lane.origin, []).append(lane)
    produced = 0
    stack: list[tuple[str, tuple[Lane, ...], frozenset[str]]] = [
        (origin, (), frozenset({origin}))
    ]
    while stack and produced < limit:
        here, path, seen = stack.pop()
        if here == destination and path:
            produced += 1
            yield tuple(LegRequest(x.mode, x.origin, x.destination) for x in path)
            continue
        if len(path) >= max_legs:
            continue
        for lane in reversed(by_origin.get(here, [])):
            if lane.destination not in seen:
                stack.append((lane.destination, (*path, lane), seen | {lane.destination}))
