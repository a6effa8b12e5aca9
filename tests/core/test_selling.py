"""The price side (selling.md §1–§4): sell units, percent lines, minimums and caps on both
sides, price factors, margin and floor, spot rates and extra charges.

Each figure is worked out by hand from the spec; several tests are witnesses that fail if
the arithmetic took a shortcut (unrounded freight under a percent, a sell amount taken as
cost × F instead of quantity × rounded sell unit)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from booking_app.core.errors import NoRateError, ValidationError
from booking_app.core.pricing import price_route
from booking_app.core.quote import ExtraCharge, LegRequest, QuoteRequest
from booking_app.core.quote_json import quote_to_json
from booking_app.core.selling import (
    PriceRule,
    PriceTerms,
    PricingProfile,
    margin_percent,
    sell_unit_price,
    written_decimals,
)
from tests.factories import (
    DEFAULT_FX,
    ListSource,
    containers,
    loose,
    rate,
    request,
    surcharge,
)

D = Decimal
SEA = ("sea_fcl", "CNQZH", "VNSGN")
LCL = ("sea_lcl", "CNQZH", "VNSGN")


def kg_rate(**kw: object) -> object:
    values: dict[str, object] = {"mode": "sea_lcl", "equipment": "", "basis": "per_kg"}
    values.update(kw)
    return rate(**values)


def test_the_worked_example_of_selling_md() -> None:
    """USD, markup 7.5 %, per_kg 4.01 and a per_kg surcharge 0.015 on 1,000 chargeable kg."""
    src = ListSource(
        [kg_rate(rate="4.01", kg_per_cbm="1000")],
        [surcharge(code="SEC", basis="per_kg", amount="0.015")],
    )
    q = price_route(request(loose("1000", "0.5"), LCL, markup="7.5"), src, DEFAULT_FX)
    frt, sec = q.legs[0].lines
    assert (frt.sell_unit_price, frt.sell_amount) == (D("4.31"), D("4310.00"))
    assert (sec.sell_unit_price, sec.sell_amount) == (D("0.016"), D("16.00"))
    assert (frt.amount, sec.amount) == (D("4010.00"), D("15.00"))
    assert (q.total, q.cost_total, q.margin, q.margin_percent) == (
        D("4326.00"), D("4025.00"), D("301.00"), D("6.96"),
    )  # fmt: skip
    data = quote_to_json(q)
    assert (data["total"], data["cost_total"], data["margin"], data["margin_percent"]) == (
        "4326.00", "4025.00", "301.00", "6.96",
    )  # fmt: skip
    line = data["legs"][0]["lines"][1]
    assert (line["sell_unit_price"], line["sell_amount"], line["cost_quote"]) == (
        "0.016", "16.00", "15.00",
    )  # fmt: skip
    # the witness: cost amount × F would give 4,310.75, not quantity × the rounded sell unit
    assert frt.sell_amount != (frt.amount * D("1.075")).quantize(D("0.01"))


@pytest.mark.parametrize(
    ("unit", "currency", "factor", "expected"),
    [
        ("4.010", "USD", "1.075", "4.311"),  # 3 decimals as written
        ("440", "USD", "1.1", "484.00"),  # the currency's 2 decimals
        ("1200", "VND", "1.075", "1290"),  # VND has none
        ("0.0105", "USD", "1", "0.0105"),  # m = 0: the price side equals the cost side
        ("12.345", "USD", "1", "12.345"),
    ],
)
def test_sell_unit_decimals_as_written(unit: str, currency: str, factor: str, expected: str) -> None:
    assert str(sell_unit_price(D(unit), currency, D(factor))) == expected
    assert written_decimals(D(unit)) == max(0, -D(unit).as_tuple().exponent)  # type: ignore[operator]


def test_a_percent_line_takes_the_sell_freight_and_the_rounded_cost_freight() -> None:
    # freight 1,000 kg × 0.010005 = 10.005 → 10.01; CAF 50 % of the rounded 10.01 = 5.005 →
    # 5.01. Of the unrounded 10.005 it would be 5.0025 → 5.00: this test fails if so.
    src = ListSource(
        [kg_rate(rate="0.010005", kg_per_cbm="1000")],
        [surcharge(code="CAF", basis="percent", amount="50", currency="")],
    )
    q = price_route(request(loose("1000", "0.1"), LCL, markup="10"), src, DEFAULT_FX)
    frt, caf = q.legs[0].lines
    assert (frt.amount, caf.quantity, caf.unit_price, caf.amount) == (
        D("10.01"), D("10.01"), D("50"), D("5.01"),
    )  # fmt: skip
    # sell unit 0.0110055 → 0.011006 (6 decimals as written); 1,000 × it = 11.006 → 11.01
    assert (frt.sell_unit_price, frt.sell_amount) == (D("0.011006"), D("11.01"))
    assert (caf.sell_quantity, caf.sell_unit_price, caf.sell_amount) == (
        D("11.01"), D("50"), D("5.51"),
    )  # fmt: skip  # the percentage is not multiplied by F


def test_minimum_lines_are_one_times_the_minimum_on_both_sides() -> None:
    src = ListSource(
        [kg_rate(rate="0.50", min_charge="40", kg_per_cbm="1000")],
        [surcharge(code="SSC", basis="per_kg", amount="0.15", min_charge="10")],
    )
    q = price_route(request(loose("40", "0.01"), LCL, markup="10"), src, DEFAULT_FX)
    frt, ssc = q.legs[0].lines
    for line, minimum in ((frt, D("40")), (ssc, D("10"))):
        assert line.minimum_applied and "(minimum)" in line.description
        assert (line.quantity, line.unit_price, line.amount) == (1, minimum, minimum)
        assert (line.sell_quantity, line.sell_unit_price) == (1, minimum * D("1.1"))
        assert line.sell_amount == line.sell_quantity * line.sell_unit_price


def test_a_cap_limits_freight_and_surcharges_and_wins_over_the_minimum() -> None:
    src = ListSource(
        [rate(rate="500", max_charge="800")],
        [
            surcharge(code="THC", basis="per_container", amount="120", max_charge="200"),
            surcharge(code="ODD", basis="per_shipment", amount="5", min_charge="30",
                      max_charge="20"),
        ],
    )  # fmt: skip
    q = price_route(request(containers(("40HC", 2)), SEA, markup="10"), src, DEFAULT_FX)
    frt, thc, odd = q.legs[0].lines
    assert (frt.quantity, frt.unit_price, frt.amount, frt.maximum_applied) == (
        1, D("800"), D("800.00"), True,
    )  # fmt: skip
    assert (frt.sell_unit_price, frt.sell_amount) == (D("880.00"), D("880.00"))
    assert (thc.quantity, thc.unit_price, thc.amount, thc.maximum_applied) == (
        1, D("200"), D("200.00"), True,
    )  # fmt: skip
    assert (odd.amount, odd.maximum_applied, odd.minimum_applied) == (D("20.00"), True, False)
    uncapped = price_route(
        request(containers(("40HC", 1)), SEA, markup="10"), src, DEFAULT_FX
    ).legs[0].lines[0]
    assert (uncapped.amount, uncapped.maximum_applied) == (D("500.00"), False)  # 500 ≤ 800


def test_a_margin_close_to_100_percent() -> None:
    src = ListSource([rate(rate="1.00")])
    q = price_route(request(containers(("40HC", 1)), SEA, markup="99.99", rule="margin"), src,
                    DEFAULT_FX)  # fmt: skip
    assert q.legs[0].lines[0].sell_unit_price == D("10000.00")  # F = 1 / 0.0001
    assert q.margin_percent == D("99.99")
    with pytest.raises(ValidationError):
        PriceRule("margin", D("100"))
    with pytest.raises(ValidationError):
        PriceRule("markup", D("-1"))


def test_margin_percent_rounds_half_up_and_is_zero_for_a_zero_total() -> None:
    assert margin_percent(D("3"), D("2.99985")) == D("0.01")  # 0.005 → 0.01
    assert margin_percent(D(0), D(0)) == D("0.00")


def test_the_carrier_is_chosen_by_cost_not_by_price() -> None:
    # 100 containers. A: 10.07 → cost 1,007.00; sell unit 10.82525 → 10.83, price 1,083.00.
    # B: 10.0701 → cost 1,007.01; sell unit 10.825357… → 10.8254, price 1,082.54.
    src = ListSource(
        [rate(carrier="A Line", rate="10.07"), rate(carrier="B Line", rate="10.0701")]
    )
    q = price_route(request(containers(("40HC", 100)), SEA, markup="7.5"), src, DEFAULT_FX)
    assert q.legs[0].carrier == "A Line"
    assert (q.cost_total, q.total) == (D("1007.00"), D("1083.00"))


def test_price_terms_precedence_and_floor() -> None:
    profiles = (
        PricingProfile("Acme", "", PriceRule("markup", D("8")), D("4")),
        PricingProfile("Acme", "sea_fcl", PriceRule("margin", D("12")), None),
        PricingProfile("Acme", "air", PriceRule("markup", D("20")), D("9")),
    )
    default = PriceRule("margin", D("5"))
    terms = PriceTerms(None, profiles, default, D("2"))
    assert terms.for_mode("sea_fcl") == PriceRule("margin", D("12"))  # the mode's row
    assert terms.for_mode("rail_fcl") == PriceRule("markup", D("8"))  # the blank-mode row
    assert terms.floor("air") == D("9")  # the first leg's row
    assert terms.floor("sea_fcl") == D("4")  # its row has none: the blank-mode row
    given = PriceTerms(PriceRule("markup", D("1")), profiles, default, D("2"))
    assert given.for_mode("air") == PriceRule("markup", D("1"))  # the request wins
    bare = PriceTerms(None, (), default, D("2"))
    assert (bare.for_mode("air"), bare.floor("air")) == (default, D("2"))  # the settings


def test_each_leg_takes_its_own_profile_row() -> None:
    src = ListSource(
        [
            rate(mode="rail_fcl", origin="CNCKG", destination="CNQZH", rate="1000"),
            rate(rate="500"),
        ]
    )
    profiles = (
        PricingProfile("Acme", "rail_fcl", PriceRule("markup", D("10")), None),
        PricingProfile("Acme", "", PriceRule("margin", D("20")), D("15")),
    )
    req = request(containers(("40HC", 1)), ("rail_fcl", "CNCKG", "CNQZH"), SEA)
    q = price_route(req, src, DEFAULT_FX, PriceTerms(None, profiles))
    assert [leg.price for leg in q.legs] == [PriceRule("markup", D(10)), PriceRule("margin", D(20))]
    assert [leg.subtotal for leg in q.legs] == [D("1100.00"), D("625.00")]
    assert q.price is None and "price_rule" not in quote_to_json(q)
    assert quote_to_json(q)["legs"][1]["price_rule"] == "margin"
    # margin 225 / 1725 = 13.04 % is below the floor of 15 % (first leg's row has none)
    assert (q.margin_percent, q.min_margin_percent, q.below_min_margin) == (
        D("13.04"), D("15"), True,
    )  # fmt: skip


def test_a_margin_equal_to_the_floor_is_not_below_it() -> None:
    src = ListSource([rate(rate="900")])
    terms = PriceTerms(PriceRule("margin", D("10")), (), default_floor=D("10.00"))
    q = price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX, terms)
    assert (q.margin_percent, q.below_min_margin) == (D("10.00"), False)
    higher = PriceTerms(PriceRule("margin", D("10")), (), default_floor=D("10.01"))
    assert price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX,
                       higher).below_min_margin  # fmt: skip


def _with_leg(req: QuoteRequest, leg: LegRequest) -> QuoteRequest:

    return req._replace(legs=(leg,))


def test_a_spot_rate_with_breaks_replaces_the_table_and_keeps_the_surcharges() -> None:
    spot = kg_rate(id=None, carrier="Phone Air", rate="30", breaks="45:22 100:18 300:15",
                   kg_per_cbm="1000", transit_days=2)  # fmt: skip
    src = ListSource(
        [kg_rate(carrier="Table Line", rate="1")],  # cheaper, but the spot rate replaces it
        [
            surcharge(code="FSC", basis="per_kg", amount="0.5", carrier="Phone Air"),
            surcharge(code="XXX", basis="per_shipment", amount="99", carrier="Table Line"),
        ],
    )
    req = _with_leg(request(loose("280", "0.1"), LCL, markup="10"), LegRequest(*LCL, spot=(spot,)))
    q = price_route(req, src, DEFAULT_FX)
    leg = q.legs[0]
    frt, fsc = leg.lines
    assert leg.carrier == "Phone Air" and (leg.eta - leg.etd).days == 2
    assert (frt.quantity, frt.unit_price, frt.amount) == (D("300"), D("15"), D("4500.00"))
    assert frt.spot and frt.rate_id is None and not fsc.spot
    assert (fsc.quantity, fsc.amount) == (D("280"), D("140.00"))  # the real chargeable kg
    assert (frt.sell_unit_price, frt.sell_amount) == (D("16.50"), D("4950.00"))
    line = quote_to_json(q)["legs"][0]["lines"][0]
    assert line["spot"] is True and line["rate_id"] is None


def test_a_spot_rate_that_does_not_fit_the_cargo_names_the_leg() -> None:
    spot = rate(id=None, carrier="Phone Line", equipment="20GP")
    req = _with_leg(request(containers(("40HC", 1)), SEA), LegRequest(*SEA, spot=(spot,)))
    with pytest.raises(NoRateError, match="leg 1 .*spot rate.*40HC"):
        price_route(req, ListSource([rate()]), DEFAULT_FX)


def test_extra_charges_with_and_without_a_sell_price() -> None:
    extras = (
        ExtraCharge("CUS", "Customs clearance", "per_shipment", D("1"), D("85.5"), "USD"),
        ExtraCharge("INS", "Insurance", "per_shipment", D("1"), D("40"), "USD", D("55")),
        ExtraCharge("HDL", "Handling", "per_container", D("2"), D("700"), "CNY"),
    )
    src = ListSource([rate(rate="500")])
    req = _with_leg(request(containers(("40HC", 1)), SEA, markup="10"),
                    LegRequest(*SEA, extra_charges=extras))  # fmt: skip
    lines = price_route(req, src, DEFAULT_FX).legs[0].lines
    frt, cus, ins, hdl = lines
    assert all(line.manual for line in (cus, ins, hdl)) and not frt.manual
    assert (cus.amount, cus.sell_unit_price, cus.sell_amount) == (D("85.50"), D("94.05"), D("94.05"))
    assert (ins.amount, ins.sell_unit_price, ins.sell_amount) == (D("40.00"), D("55"), D("55.00"))
    # CNY 2 × 770.00 = 1,540.00 → USD at 7.10 = 216.90; cost 1,400.00 → 197.18
    assert (hdl.sell_amount, hdl.amount_quote, hdl.cost_quote) == (
        D("1540.00"), D("216.90"), D("197.18"),
    )  # fmt: skip


def test_lines_add_up_on_both_sides() -> None:
    src = ListSource(
        [rate(rate="512.37", currency="CNY")],
        [surcharge(code="BAF", basis="percent", amount="7.5", currency="")],
    )
    q = price_route(request(containers(("40HC", 3)), SEA, currency="THB", markup="13.3"), src,
                    DEFAULT_FX)  # fmt: skip
    for leg in q.legs:
        assert leg.subtotal == sum(line.amount_quote for line in leg.lines)
        assert leg.cost_subtotal == sum(line.cost_quote for line in leg.lines)
    assert q.total == sum(leg.subtotal for leg in q.legs)
    assert q.cost_total == sum(leg.cost_subtotal for leg in q.legs)
