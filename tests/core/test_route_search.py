"""The route search itself: lanes fit for the cargo, pruning, one pricing per lane and day."""

from __future__ import annotations

from datetime import date, timedelta

from booking_app.core.quote import LegQuote
from booking_app.core.routes import Lane, lane_fits, search
from booking_app.core.selling import PriceRule
from tests.factories import D, containers, loose, trucks


def test_lane_fits_the_cargo() -> None:
    fcl = frozenset({("per_container", "40HC"), ("per_container", "20GP")})
    lcl = frozenset({("per_wm", "")})
    assert lane_fits(fcl, containers(("40HC", 1)))
    assert not lane_fits(fcl, containers(("40RF", 1)))  # no row for that equipment
    assert not lane_fits(fcl, loose("100", "1"))
    assert not lane_fits(lcl, containers(("40HC", 1)))
    assert not lane_fits(frozenset({("per_kg", "")}), trucks(("10T", 1)))
    assert lane_fits(lcl, loose("100", "1"))
    assert lane_fits(frozenset({("per_shipment", "")}), containers(("40HC", 1)))
    assert lane_fits(frozenset({("per_truck", "10T")}), trucks(("10T", 2)))


def _leg(lane: Lane, ready: date, days: int = 1) -> LegQuote:
    return LegQuote(lane.mode, lane.origin, lane.destination, "C", "", ready,
                    ready + timedelta(days=days), None, (), D(1), D(1), PriceRule("markup", D(0)))  # fmt: skip


def test_search_prices_each_lane_and_day_once_and_never_a_dead_end() -> None:
    lanes = [Lane("road_ftl", a, b) for a, b in
             (("AAAAA", "BBBBB"), ("AAAAA", "CCCCC"), ("BBBBB", "DDDDD"), ("CCCCC", "DDDDD"),
              ("DDDDD", "ZZZZZ"), ("AAAAA", "DEADX"), ("DEADX", "DEADY"), ("BBBBB", "AAAAA"))]  # fmt: skip
    calls: list[tuple[Lane, date]] = []

    def leg_of(lane: Lane, ready: date) -> LegQuote | None:
        calls.append((lane, ready))
        return _leg(lane, ready)

    found = search(lanes, "AAAAA", "ZZZZZ", 3, date(2026, 12, 1), leg_of)
    assert [[x.origin for x in c] for c in found] == [["AAAAA", "BBBBB", "DDDDD"],
                                                      ["AAAAA", "CCCCC", "DDDDD"]]  # fmt: skip
    assert len(calls) == len(set(calls))
    # the D → Z lane is ready on the same day through B and through C: priced once
    assert [c for c in calls if c[0].origin == "DDDDD"] == [(lanes[4], date(2026, 12, 3))]
    assert not any(c[0].origin == "DEADX" or c[0].destination == "DEADX" for c in calls)
    assert search(lanes, "AAAAA", "ZZZZZ", 2, date(2026, 12, 1), leg_of) == []


def test_a_leg_that_cannot_be_priced_cuts_every_chain_through_it() -> None:
    lanes = [Lane("sea_fcl", "AAAAA", "BBBBB"), Lane("rail_fcl", "BBBBB", "ZZZZZ"),
             Lane("road_ftl", "AAAAA", "ZZZZZ")]  # fmt: skip

    def leg_of(lane: Lane, ready: date) -> LegQuote | None:
        return None if lane.mode == "sea_fcl" else _leg(lane, ready)

    found = search(lanes, "AAAAA", "ZZZZZ", 3, date(2026, 12, 1), leg_of)
    assert [[x.mode for x in c] for c in found] == [["road_ftl"]]
    assert search(lanes, "AAAAA", "ZZZZZ", 3, date(2026, 12, 1), leg_of, modes=["sea_fcl"]) == []
