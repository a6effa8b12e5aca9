"""Schedules (schedules-routes-emissions.md §1): ETD from departures and cut-off, ETA,
validity on the ETD, the 60-day horizon, carrier choice by cost then earlier ETA."""

from __future__ import annotations

from datetime import date

import pytest

from booking_app.core.errors import NoRateError, ValidationError
from booking_app.core.pricing import price_route
from booking_app.core.quote import Quote
from booking_app.core.quote_json import quote_to_json
from booking_app.core.schedules import Departures, parse_departures
from tests.factories import DEFAULT_FX, ListSource, containers, rate, request, schedule

SEA = ("sea_fcl", "CNQZH", "VNSGN")
RAIL = ("rail_fcl", "CNCKG", "CNQZH")
CARGO = containers(("40HC", 1))
MON, TUE, WED = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)
THU = date(2026, 3, 5)


def quote(src: ListSource, *legs: tuple[str, str, str], ship: date = MON) -> Quote:
    return price_route(request(CARGO, *(legs or (SEA,)), ship_date=ship), src, DEFAULT_FX)


class TestDepartures:
    def test_forms_are_read_and_written_canonically(self) -> None:
        assert parse_departures("daily") == Departures(daily=True)
        assert parse_departures(" Daily ").text() == "daily"
        assert parse_departures("mon;thu").text() == "MON THU"
        assert parse_departures("THU MON").weekdays == frozenset({0, 3})
        dated = parse_departures("2026-12-10 2026-12-03")
        assert dated.dates == (date(2026, 12, 3), date(2026, 12, 10))
        assert dated.text() == "2026-12-03 2026-12-10"

    @pytest.mark.parametrize("text", ["", "weekly", "MON 2026-12-03", "2026-13-01", "MONDAY"])
    def test_bad_departures_are_refused(self, text: str) -> None:
        with pytest.raises(ValidationError):
            parse_departures(text)

    def test_first_departure_on_or_after(self) -> None:
        thursdays = parse_departures("THU")
        assert thursdays.first_on_or_after(MON, date(2026, 12, 31)) == THU
        assert thursdays.first_on_or_after(THU, date(2026, 12, 31)) == THU
        assert thursdays.first_on_or_after(MON, WED) is None


class TestScheduledLeg:
    def test_weekday_departure_sets_etd_cutoff_and_eta(self) -> None:
        src = ListSource([rate(transit_days=7)], schedules=[schedule("THU")])
        leg = quote(src).legs[0]
        assert (leg.ready, leg.cutoff, leg.etd, leg.eta) == (MON, THU, THU, date(2026, 3, 12))
        assert leg.scheduled
        data = quote_to_json(quote(src))["legs"][0]
        assert (data["ready"], data["cutoff"], data["etd"], data["scheduled"]) == (
            "2026-03-02", "2026-03-05", "2026-03-05", True,
        )  # fmt: skip

    def test_a_cutoff_pushes_the_departure_a_week(self) -> None:
        src = ListSource([rate()], schedules=[schedule("THU", cutoff_days=2)])
        on_time = quote(src, ship=TUE).legs[0]
        assert (on_time.cutoff, on_time.etd) == (TUE, THU)
        late = quote(src, ship=WED).legs[0]
        assert (late.cutoff, late.etd) == (date(2026, 3, 10), date(2026, 3, 12))

    def test_dated_departures(self) -> None:
        src = ListSource([rate()], schedules=[schedule("2026-03-10 2026-03-20")])
        assert quote(src, ship=date(2026, 3, 10)).legs[0].etd == date(2026, 3, 10)
        assert quote(src, ship=date(2026, 3, 11)).legs[0].etd == date(2026, 3, 20)
        with pytest.raises(NoRateError, match="no departure of Alpha Line within 60 days"):
            quote(src, ship=date(2026, 3, 21))

    def test_the_schedule_transit_wins_over_the_rate(self) -> None:
        src = ListSource([rate(transit_days=7)], schedules=[schedule("THU", transit_days=4)])
        leg = quote(src).legs[0]
        assert (leg.etd, leg.eta, leg.transit_days) == (THU, date(2026, 3, 9), 4)

    def test_a_route_exists_because_a_rate_becomes_valid_on_the_departure(self) -> None:
        rates = [rate(valid_from=THU)]
        with pytest.raises(NoRateError, match="no rate valid on 2026-03-02"):
            quote(ListSource(rates))
        leg = quote(ListSource(rates, schedules=[schedule("THU")])).legs[0]
        assert leg.etd == THU and leg.lines[0].rate_id == 1

    def test_a_route_disappears_when_the_next_departure_is_after_the_rate_ends(self) -> None:
        rates = [rate(valid_to=WED)]
        assert quote(ListSource(rates)).legs[0].etd == MON
        with pytest.raises(NoRateError, match="no departure of Alpha Line within 60 days"):
            quote(ListSource(rates, schedules=[schedule("THU")]))

    def test_no_departure_within_60_days_is_no_candidate(self) -> None:
        day_60 = date(2026, 5, 1)  # MON + 60 days
        src = ListSource([rate()], schedules=[schedule(day_60.isoformat())])
        assert quote(src).legs[0].etd == day_60
        src = ListSource([rate()], schedules=[schedule("2026-05-02")])
        with pytest.raises(NoRateError):
            quote(src)

    def test_departures_outside_the_schedule_validity_do_not_count(self) -> None:
        src = ListSource(
            [rate()],
            schedules=[
                schedule("THU", valid_to=WED),
                schedule("daily", valid_from=date(2026, 3, 7)),
            ],
        )
        assert quote(src).legs[0].etd == date(2026, 3, 7)

    def test_a_carrier_without_schedule_departs_on_the_ready_date(self) -> None:
        src = ListSource([rate(carrier="Beta Line")], schedules=[schedule("THU")])
        leg = quote(src).legs[0]
        assert (leg.carrier, leg.ready, leg.etd, leg.cutoff, leg.scheduled) == (
            "Beta Line", MON, MON, None, False,
        )  # fmt: skip


class TestCarrierChoice:
    def test_same_cost_the_earlier_eta_wins_over_the_name(self) -> None:
        rates = [rate(carrier="Alpha Line"), rate(carrier="Beta Line")]
        scheds = [schedule("SAT", carrier="Alpha Line"), schedule("THU", carrier="Beta Line")]
        leg = quote(ListSource(rates, schedules=scheds)).legs[0]
        assert (leg.carrier, leg.etd) == ("Beta Line", THU)

    def test_a_cheaper_later_sailing_beats_an_earlier_dearer_one(self) -> None:
        rates = [rate(carrier="Alpha Line", rate="400"), rate(carrier="Beta Line", rate="500")]
        scheds = [schedule("SAT", carrier="Alpha Line"), schedule("TUE", carrier="Beta Line")]
        leg = quote(ListSource(rates, schedules=scheds)).legs[0]
        assert (leg.carrier, leg.etd) == ("Alpha Line", date(2026, 3, 7))

    def test_a_schedule_with_a_service_applies_to_that_service_only(self) -> None:
        rates = [rate(service="Express", rate="600"), rate(service="Economy", rate="450")]
        src = ListSource(rates, schedules=[schedule("THU", service="Express")])
        leg = quote(src).legs[0]
        assert (leg.service, leg.etd) == ("Express", THU)

    def test_two_services_of_one_carrier_each_on_their_own_departure(self) -> None:
        rates = [rate(service="Express", rate="600", transit_days=3),
                 rate(service="Economy", rate="600", transit_days=9)]  # fmt: skip
        scheds = [schedule("THU", service="Express"), schedule("TUE", service="Economy")]
        leg = quote(ListSource(rates, schedules=scheds)).legs[0]
        assert (leg.service, leg.etd, leg.eta) == ("Express", THU, date(2026, 3, 8))


def test_each_leg_is_ready_on_the_previous_eta_and_waits_for_its_departure() -> None:
    rates = [
        rate(mode="rail_fcl", origin="CNCKG", destination="CNQZH", carrier="CR", transit_days=3),
        rate(carrier="Alpha Line", transit_days=6),
    ]
    scheds = [
        schedule("daily", mode="rail_fcl", origin="CNCKG", destination="CNQZH", carrier="CR",
                 cutoff_days=1),
        schedule("TUE", cutoff_days=2),
    ]  # fmt: skip
    q = quote(ListSource(rates, schedules=scheds), RAIL, SEA)
    rail, sea = q.legs
    assert (rail.ready, rail.cutoff, rail.etd, rail.eta) == (MON, MON, TUE, date(2026, 3, 6))
    # ready Fri 6th + 2 days cut-off = Sun 8th: the next Tuesday sailing is the 10th
    assert (sea.ready, sea.cutoff, sea.etd) == (date(2026, 3, 6), date(2026, 3, 8),
                                                date(2026, 3, 10))  # fmt: skip
    assert sea.eta == date(2026, 3, 16) and q.transit_days == 14
