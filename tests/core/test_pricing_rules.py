"""The pricing engine against every rule of spec/rating-rules.md §2–§3, with boundaries."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from booking_app.core.errors import NoRateError
from booking_app.core.freight import next_break_freight
from booking_app.core.pricing import price_route
from booking_app.core.rates import parse_breaks
from booking_app.core.selling import PriceRule
from tests.factories import (
    DEFAULT_FX,
    ListSource,
    containers,
    loose,
    pieces,
    rate,
    request,
    surcharge,
    trucks,
)

AIR = ("air", "CNNNX", "VNTSX")
LCL = ("sea_lcl", "CNQZH", "VNSGN")
FCL = ("sea_fcl", "CNQZH", "VNSGN")


def quote_one(source: ListSource, cargo, leg=FCL, **kw):  # type: ignore[no-untyped-def]
    return price_route(request(cargo, leg, **kw), source, DEFAULT_FX)


def air_rate(**kw):  # type: ignore[no-untyped-def]
    base = dict(
        mode="air",
        origin="CNNNX",
        destination="VNTSX",
        basis="per_kg",
        equipment="",
        rate="30.00",
        breaks="45:22.00 100:18.00 300:15.00",
        transit_days=1,
    )
    base.update(kw)
    return rate(**base)


class TestNextBreak:
    breaks = parse_breaks("45:22.00 100:18.00 300:15.00")

    def test_heavier_cheaper_break_is_used(self) -> None:
        f = next_break_freight(D(280), D("30.00"), self.breaks, None)
        assert (f.exact, f.quantity, f.unit_price) == (D(4500), D(300), D("15.00"))

    def test_own_break_when_cheaper(self) -> None:
        f = next_break_freight(D(200), D("30.00"), self.breaks, None)
        assert (f.exact, f.quantity, f.unit_price) == (D(3600), D(200), D("18.00"))

    def test_tie_at_break_even_keeps_own_break(self) -> None:
        f = next_break_freight(D(250), D("30.00"), self.breaks, None)  # 18×250 = 15×300
        assert (f.exact, f.quantity, f.unit_price) == (D(4500), D(250), D("18.00"))

    def test_below_first_threshold_uses_the_n_rate(self) -> None:
        f = next_break_freight(D(10), D("30.00"), self.breaks, None)
        assert (f.exact, f.unit_price) == (D(300), D("30.00"))

    def test_exactly_on_a_threshold_is_that_break(self) -> None:
        f = next_break_freight(D(100), D("30.00"), self.breaks, None)
        assert (f.exact, f.unit_price) == (D(1800), D("18.00"))

    def test_lower_break_rate_never_applies_to_heavier_quantity(self) -> None:
        odd = parse_breaks("100:4.00 300:4.50")
        f = next_break_freight(D(350), D("5.00"), odd, None)
        assert f.exact == D("1575.00")

    def test_minimum_after_breaks(self) -> None:
        f = next_break_freight(D(2), D("30.00"), self.breaks, D("75"))
        assert (f.exact, f.minimum_applied) == (D(75), True)
        f = next_break_freight(D(3), D("30.00"), self.breaks, D("90"))  # 90 = 90: not below
        assert (f.exact, f.minimum_applied) == (D(90), False)


class TestFreightLines:
    def test_air_weight_break_through_the_engine(self) -> None:
        src = ListSource([air_rate()])
        q = quote_one(src, loose("280", "0.1"), AIR)
        line = q.legs[0].lines[0]
        assert (line.code, line.quantity, line.unit_price, line.amount) == (
            "FRT",
            D(300),
            D("15.00"),
            D("4500.00"),
        )
        assert q.legs[0].chargeable == D(280)
        assert q.total == D("4500.00")

    def test_air_volumetric_beats_gross(self) -> None:
        # 2 × 100×80×60 = 960,000 cm³ → 160 kg volumetric; 2 × 20 kg gross
        src = ListSource([air_rate()])
        q = quote_one(src, pieces((2, "100", "80", "60", "20")), AIR)
        assert q.legs[0].chargeable == D(160)
        assert q.total == D("2880.00")

    def test_per_container_counts_only_its_equipment(self) -> None:
        src = ListSource(
            [rate(equipment="40HC", rate="550.00"), rate(equipment="20GP", rate="300.00")]
        )
        q = quote_one(src, containers(("40HC", 2), ("20GP", 1)))
        amounts = {ln.description: ln.amount for ln in q.legs[0].lines}
        assert amounts == {"Ocean freight 40HC": D("1100.00"), "Ocean freight 20GP": D("300.00")}
        assert q.total == D("1400.00")

    def test_per_truck(self) -> None:
        src = ListSource(
            [
                rate(
                    mode="road_ftl",
                    origin="CNNNG",
                    destination="VNHAN",
                    basis="per_truck",
                    equipment="10T",
                    rate="1234.50",
                )
            ]
        )
        q = quote_one(src, trucks(("10T", 3)), ("road_ftl", "CNNNG", "VNHAN"))
        assert q.total == D("3703.50")

    def test_per_wm_lcl_unrounded_with_minimum(self) -> None:
        src = ListSource(
            [rate(mode="sea_lcl", basis="per_wm", equipment="", rate="35.00", min_charge="60")]
        )
        q = quote_one(src, loose("3456", "2.88"), LCL)
        assert q.legs[0].chargeable == D("3.456")
        assert q.legs[0].lines[0].amount == D("120.96")
        small = quote_one(src, loose("100", "0.5"), LCL)
        line = small.legs[0].lines[0]
        assert (line.amount, line.minimum_applied) == (D("60.00"), True)

    def test_per_shipment_prices_any_cargo(self) -> None:
        src = ListSource([rate(basis="per_shipment", equipment="", rate="800")])
        assert quote_one(src, containers(("40HC", 5))).total == D("800.00")
        assert quote_one(src, loose("10", "0.1")).total == D("800.00")

    def test_kg_per_cbm_of_the_rate_is_used(self) -> None:
        src = ListSource(
            [
                rate(
                    mode="road_ltl",
                    origin="CNNNG",
                    destination="VNHAN",
                    basis="per_kg",
                    equipment="",
                    rate="1.00",
                    kg_per_cbm="250",
                )
            ]
        )
        q = quote_one(src, loose("100", "2"), ("road_ltl", "CNNNG", "VNHAN"))
        assert q.legs[0].chargeable == D(500)


class TestSurcharges:
    def test_equipment_surcharge_applies_only_to_that_equipment(self) -> None:
        src = ListSource(
            [rate(equipment="40HC", rate="500"), rate(equipment="20GP", rate="300")],
            [
                surcharge(code="BAF", basis="per_container", equipment="40HC", amount="160"),
                surcharge(code="BAF", basis="per_container", equipment="20GP", amount="80"),
                surcharge(code="RF", basis="per_container", equipment="40RF", amount="999"),
                surcharge(code="ISPS", basis="per_container", amount="15"),
            ],
        )
        q = quote_one(src, containers(("40HC", 2), ("20GP", 1)))
        lines = [(ln.code, ln.quantity, ln.amount) for ln in q.legs[0].lines[2:]]
        assert lines == [
            ("BAF", D(2), D("320.00")),
            ("BAF", D(1), D("80.00")),
            ("ISPS", D(3), D("45.00")),
        ]

    def test_percent_is_one_line_per_freight_line_in_its_currency(self) -> None:
        src = ListSource(
            [
                rate(equipment="40HC", rate="1000.01", currency="CNY"),
                rate(equipment="20GP", rate="333.33"),
            ],
            [surcharge(code="CAF", basis="percent", amount="3.5", currency="")],
        )
        q = quote_one(src, containers(("40HC", 1), ("20GP", 1)))
        caf = [ln for ln in q.legs[0].lines if ln.code == "CAF"]
        assert [(ln.currency, ln.amount) for ln in caf] == [
            ("CNY", D("35.00")),
            ("USD", D("11.67")),
        ]

    def test_percent_of_freight_after_its_minimum(self) -> None:
        src = ListSource(
            [rate(mode="sea_lcl", basis="per_wm", equipment="", rate="10", min_charge="50")],
            [surcharge(code="CAF", basis="percent", amount="10", currency="")],
        )
        q = quote_one(src, loose("100", "1"), LCL)
        assert [ln.amount for ln in q.legs[0].lines] == [D("50.00"), D("5.00")]

    def test_per_kg_surcharge_uses_real_chargeable_not_break_threshold(self) -> None:
        src = ListSource(
            [air_rate()], [surcharge(code="FSC", basis="per_kg", amount="0.45", mode="air")]
        )
        q = quote_one(src, loose("280", "0"), AIR)
        fsc = q.legs[0].lines[1]
        assert (fsc.quantity, fsc.amount) == (D(280), D("126.00"))

    def test_surcharge_minimum_not_freight_minimum(self) -> None:
        src = ListSource(
            [air_rate(min_charge="500")],
            [surcharge(code="SSC", basis="per_kg", amount="0.15", min_charge="10")],
        )
        q = quote_one(src, loose("10", "0"), AIR)
        assert [(ln.code, ln.amount) for ln in q.legs[0].lines] == [
            ("FRT", D("500.00")),
            ("SSC", D("10.00")),
        ]

    def test_per_wm_surcharge(self) -> None:
        src = ListSource(
            [rate(mode="sea_lcl", basis="per_wm", equipment="", rate="20")],
            [surcharge(code="CFS", basis="per_wm", amount="12.5")],
        )
        q = quote_one(src, loose("450", "2.88"), LCL)
        assert q.legs[0].lines[1].amount == D("36.00")

    def test_keys_and_validity_filter_surcharges(self) -> None:
        src = ListSource(
            [rate(carrier="Alpha Line")],
            [
                surcharge(code="A", carrier="Alpha Line"),
                surcharge(code="B", carrier="Beta Line"),
                surcharge(code="C", mode="air"),
                surcharge(code="D", origin="CNQZH", destination="VNSGN"),
                surcharge(code="E", destination="THLCH"),
                surcharge(code="F", valid_to=__import__("datetime").date(2026, 3, 1)),
            ],
        )
        q = quote_one(src, containers(("40HC", 1)))  # ETD 2026-03-02
        assert [ln.code for ln in q.legs[0].lines] == ["FRT", "A", "D"]

    def test_truck_surcharge_not_applied_to_container_cargo(self) -> None:
        src = ListSource([rate()], [surcharge(code="BDR", basis="per_truck", amount="50")])
        assert [ln.code for ln in quote_one(src, containers(("40HC", 1))).legs[0].lines] == ["FRT"]


class TestFitAndErrors:
    def test_containers_on_an_lcl_leg_is_an_error_naming_the_leg(self) -> None:
        src = ListSource([rate(mode="sea_lcl", basis="per_wm", equipment="", rate="20")])
        with pytest.raises(NoRateError, match=r"leg 1 sea_lcl CNQZH → VNSGN on 2026-03-02"):
            quote_one(src, containers(("40HC", 2)), LCL)

    def test_missing_equipment_is_named(self) -> None:
        src = ListSource([rate(equipment="40HC")])
        with pytest.raises(NoRateError, match="20GP"):
            quote_one(src, containers(("40HC", 1), ("20GP", 1)))

    def test_carrier_needs_every_equipment_type(self) -> None:
        src = ListSource(
            [
                rate(carrier="Cheap", equipment="40HC", rate="100"),
                rate(carrier="Full", equipment="40HC", rate="600"),
                rate(carrier="Full", equipment="20GP", rate="400"),
            ]
        )
        q = quote_one(src, containers(("40HC", 1), ("20GP", 1)))
        assert q.legs[0].carrier == "Full"
        assert q.total == D("1000.00")

    def test_no_rate_on_lane(self) -> None:
        with pytest.raises(NoRateError, match="no rate on this lane"):
            quote_one(ListSource([]), containers(("40HC", 1)))

    def test_loose_cargo_on_fcl_lane(self) -> None:
        with pytest.raises(NoRateError, match="loose cargo"):
            quote_one(ListSource([rate()]), loose("100", "1"))


def test_converter_refuses_margin_of_100_percent() -> None:
    from booking_app.core.errors import ValidationError

    with pytest.raises(ValidationError):
        PriceRule("margin", D(100))
    assert PriceRule("margin", D("99.99")).factor == D(10000)
