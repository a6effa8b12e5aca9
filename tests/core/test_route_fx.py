"""Route chaining, validity by ETD, carrier choice, FX by quote date, markup/margin (§4–§5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from booking_app.core.errors import FxMissingError, NoRateError, ValidationError
from booking_app.core.pricing import price_route
from booking_app.core.quote_json import quote_to_json
from booking_app.core.selling import PriceRule
from tests.factories import DEFAULT_FX, ListSource, containers, fx, rate, request, surcharge

RAIL = ("rail_fcl", "CNCKG", "CNQZH")
SEA = ("sea_fcl", "CNQZH", "VNSGN")
ROAD = ("road_ftl", "VNSGN", "VNBDU")


def three_leg_source() -> ListSource:
    return ListSource(
        [
            rate(
                mode="rail_fcl",
                origin="CNCKG",
                destination="CNQZH",
                carrier="CR Express",
                currency="CNY",
                rate="6850.00",
                transit_days=3,
            ),
            rate(mode="sea_fcl", carrier="Alpha Line", rate="550.00", transit_days=7),
            rate(
                mode="road_ftl",
                origin="VNSGN",
                destination="VNBDU",
                carrier="Saigon Haul",
                currency="VND",
                rate="3500000",
                transit_days=1,
            ),
        ]
    )


class TestDatesAndValidity:
    def test_each_leg_departs_on_the_previous_arrival(self) -> None:
        q = price_route(
            request(containers(("40HC", 2)), RAIL, SEA, ROAD), three_leg_source(), DEFAULT_FX
        )
        etds = [(leg.etd, leg.eta) for leg in q.legs]
        assert etds == [
            (date(2026, 3, 2), date(2026, 3, 5)),
            (date(2026, 3, 5), date(2026, 3, 12)),
            (date(2026, 3, 12), date(2026, 3, 13)),
        ]
        assert q.transit_days == 11

    def test_validity_is_inclusive_at_both_ends(self) -> None:
        src = ListSource([rate(valid_from=date(2026, 3, 2), valid_to=date(2026, 6, 30))])
        cargo = containers(("40HC", 1))
        for day in (date(2026, 3, 2), date(2026, 6, 30)):
            assert price_route(request(cargo, SEA, ship_date=day), src, DEFAULT_FX).total
        for day in (date(2026, 3, 1), date(2026, 7, 1)):
            with pytest.raises(NoRateError, match=f"no rate valid on {day.isoformat()}"):
                price_route(request(cargo, SEA, ship_date=day), src, DEFAULT_FX)

    def test_second_leg_uses_rates_valid_on_its_own_etd(self) -> None:
        src = ListSource(
            [
                rate(mode="rail_fcl", origin="CNCKG", destination="CNQZH", transit_days=3),
                # valid on the ship date, but expired by the sea leg's ETD (2026-03-05)
                rate(carrier="Early Line", rate="100", valid_to=date(2026, 3, 4)),
                rate(carrier="Late Line", rate="900", valid_from=date(2026, 3, 5)),
            ]
        )
        q = price_route(request(containers(("40HC", 1)), RAIL, SEA), src, DEFAULT_FX)
        assert q.legs[1].carrier == "Late Line"

    def test_legs_must_chain(self) -> None:
        with pytest.raises(ValidationError, match="leg 1 ends at CNQZH but leg 2 starts at"):
            price_route(
                request(containers(("40HC", 1)), RAIL, ROAD), three_leg_source(), DEFAULT_FX
            )


class TestCarrierChoice:
    def test_cheapest_total_including_surcharges_wins(self) -> None:
        src = ListSource(
            [rate(carrier="Alpha", rate="500"), rate(carrier="Beta", rate="520")],
            [surcharge(code="PSS", carrier="Alpha", basis="per_container", amount="50")],
        )
        assert (
            price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX).legs[0].carrier
            == "Beta"
        )

    def test_tie_goes_to_fewer_transit_days_then_name(self) -> None:
        src = ListSource(
            [
                rate(carrier="Zulu", transit_days=5),
                rate(carrier="Alpha", transit_days=6),
                rate(carrier="Mike", transit_days=5),
            ]
        )
        q = price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX)
        assert q.legs[0].carrier == "Mike"

    def test_cheapest_of_a_carriers_own_rows_counts(self) -> None:
        src = ListSource(
            [
                rate(carrier="Alpha", service="Express", rate="700", transit_days=4),
                rate(carrier="Alpha", service="Slow", rate="450", transit_days=9),
                rate(carrier="Beta", rate="460"),
            ]
        )
        q = price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX)
        assert (q.legs[0].carrier, q.legs[0].service, q.total) == ("Alpha", "Slow", D("450.00"))

    def test_forced_carrier(self) -> None:
        src = ListSource([rate(carrier="Alpha", rate="500"), rate(carrier="Beta", rate="900")])
        q = price_route(request(containers(("40HC", 1)), (*SEA, "Beta")), src, DEFAULT_FX)
        assert (q.legs[0].carrier, q.total) == ("Beta", D("900.00"))
        with pytest.raises(NoRateError, match="carrier Gamma"):
            price_route(request(containers(("40HC", 1)), (*SEA, "Gamma")), src, DEFAULT_FX)

    def test_cheapest_compared_in_quote_currency(self) -> None:
        src = ListSource(
            [
                rate(carrier="Yuan Line", currency="CNY", rate="3550"),  # 500.00 USD
                rate(carrier="Dollar Line", rate="500.01"),
            ]
        )
        assert (
            price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX).legs[0].carrier
            == "Yuan Line"
        )


class TestFx:
    def test_conversion_and_per_line_rounding(self) -> None:
        q = price_route(
            request(containers(("40HC", 2)), RAIL, SEA, ROAD), three_leg_source(), DEFAULT_FX
        )
        amounts = [ln.amount_quote for leg in q.legs for ln in leg.lines]
        # 13700 CNY / 7.10 = 1929.577… → 1929.58; 7000000 VND / 25400 = 275.590… → 275.59
        assert amounts == [D("1929.58"), D("1100.00"), D("275.59")]
        assert q.total == sum(amounts)
        assert q.fx == {"CNY": D("7.10"), "USD": D(1), "VND": D(25400)}

    def test_quote_in_vnd_has_no_decimals(self) -> None:
        q = price_route(
            request(containers(("40HC", 2)), RAIL, SEA, ROAD, currency="VND"),
            three_leg_source(),
            DEFAULT_FX,
        )
        # 13700 / 7.10 × 25400 = 49,011,267.6… → 49011268; 1100 × 25400 = 27,940,000
        assert [ln.amount_quote for leg in q.legs for ln in leg.lines] == [
            D(49011268),
            D(27940000),
            D(7000000),
        ]
        data = quote_to_json(q)
        assert data["total"] == "83951268"
        assert data["legs"][0]["lines"][0]["amount"] == "13700.00"

    def test_fx_row_is_chosen_by_quote_date_not_ship_date(self) -> None:
        rows = [
            fx("CNY", "7.00", date(2026, 1, 1)),
            fx("CNY", "7.20", date(2026, 3, 1)),
            fx("CNY", "7.50", date(2026, 4, 1)),
        ]
        src = ListSource([rate(currency="CNY", rate="720")])
        cargo = containers(("40HC", 1))
        on_first_day = price_route(
            request(cargo, SEA, quote_date=date(2026, 3, 1), ship_date=date(2026, 5, 1)), src, rows
        )
        day_before = price_route(
            request(cargo, SEA, quote_date=date(2026, 2, 28), ship_date=date(2026, 5, 1)), src, rows
        )
        assert (on_first_day.total, day_before.total) == (D("100.00"), D("102.86"))
        assert on_first_day.fx["CNY"] == D("7.20")

    def test_missing_fx_is_an_error_naming_the_leg(self) -> None:
        src = ListSource([rate(currency="SGD")])
        with pytest.raises(FxMissingError, match=r"leg 1 sea_fcl .*SGD valid on 2026-03-01"):
            price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX)
        with pytest.raises(FxMissingError, match="MYR"):
            price_route(request(containers(("40HC", 1)), SEA, currency="MYR"), src, DEFAULT_FX)
        early = [fx("SGD", "1.34", date(2026, 6, 1))]
        with pytest.raises(FxMissingError):
            price_route(request(containers(("40HC", 1)), SEA), src, early)


class TestMarkupMargin:
    def test_markup_on_cost_per_line(self) -> None:
        src = ListSource([rate(rate="333.33")], [surcharge(amount="10.01")])
        q = price_route(request(containers(("40HC", 1)), SEA, markup="10"), src, DEFAULT_FX)
        assert [ln.amount_quote for ln in q.legs[0].lines] == [D("366.66"), D("11.01")]
        assert [ln.amount for ln in q.legs[0].lines] == [D("333.33"), D("10.01")]
        assert q.total == D("377.67")

    def test_margin_on_price(self) -> None:
        src = ListSource([rate(rate="900")])
        q = price_route(
            request(containers(("40HC", 1)), SEA, markup="10", rule="margin"), src, DEFAULT_FX
        )
        assert q.total == D("1000.00")
        assert q.price == PriceRule("margin", D(10)) == q.legs[0].price
        assert (q.cost_total, q.margin, q.margin_percent) == (D("900.00"), D("100.00"), D("10.00"))

    def test_markup_applies_after_conversion_once(self) -> None:
        src = ListSource([rate(currency="CNY", rate="1000")])
        q = price_route(request(containers(("40HC", 1)), SEA, markup="5"), src, DEFAULT_FX)
        # 1000 / 7.10 × 1.05 = 147.887… → 147.89 (not round(140.85 × 1.05) = 147.89 either way)
        assert q.total == D("147.89")


def test_quote_json_has_the_required_keys_and_exact_strings() -> None:
    q = price_route(request(containers(("40HC", 2)), RAIL, SEA), three_leg_source(), DEFAULT_FX)
    data = quote_to_json(q)
    assert {"currency", "total", "transit_days", "fx", "legs"} <= set(data)
    leg = data["legs"][1]
    assert {
        "mode",
        "origin",
        "destination",
        "carrier",
        "etd",
        "eta",
        "chargeable",
        "subtotal",
        "lines",
    } <= set(leg)
    assert leg["chargeable"] is None
    assert leg["lines"][0] == {
        "code": "FRT",
        "description": "Ocean freight 40HC",
        "basis": "per_container",
        "quantity": "2",
        "unit_price": "550.00",
        "currency": "USD",
        "amount": "1100.00",
        "cost_quote": "1100.00",
        "sell_quantity": "2",
        "sell_unit_price": "550.00",
        "sell_currency": "USD",
        "sell_amount": "1100.00",
        "amount_quote": "1100.00",
        "minimum_applied": False,
        "maximum_applied": False,
        "rate_id": 2,
        "surcharge_id": None,
    }
    assert data["fx"] == {"CNY": "7.10", "USD": "1"}
    assert data["total"] == "3029.58"
