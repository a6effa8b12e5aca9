"""Contract sell tariffs (quotes-and-tariffs.md §2): the carrier still chosen by cost, the
FRT price side from the tariff (breaks, minimum, cap, its own currency), surcharges
included at 0 or sold by the leg's factor, negative margins and the floor."""

from __future__ import annotations

from decimal import Decimal

from booking_app.core.pricing import price_route
from booking_app.core.quote_json import quote_to_json
from booking_app.core.rates import Rate
from booking_app.core.selling import PriceRule, PriceTerms
from booking_app.core.tariffs import SellTariff
from tests.factories import DEFAULT_FX, ListSource, containers, loose, rate, request, surcharge

D = Decimal
SEA = ("sea_fcl", "CNQZH", "VNSGN")
LCL = ("sea_lcl", "CNQZH", "VNSGN")


def tariff(surcharges: str = "extra", **kw: object) -> SellTariff:
    row: Rate = rate(carrier="", **kw)  # type: ignore[arg-type]
    return SellTariff("Acme", row._replace(id=900 + len(kw)), surcharges)


def terms(*rows: SellTariff, markup: str = "10", floor: str = "0") -> PriceTerms:
    return PriceTerms(PriceRule("markup", D(markup)), (), default_floor=D(floor), tariffs=rows)


def test_the_tariff_sells_the_freight_and_the_carrier_is_still_chosen_by_cost() -> None:
    src = ListSource(
        [rate(carrier="Cheap Line", rate="400"), rate(carrier="Dear Line", rate="450")],
        [surcharge(code="THC", basis="per_container", amount="100")],
    )
    q = price_route(request(containers(("40HC", 2)), SEA), src, DEFAULT_FX,
                    terms(tariff(rate="650")))  # fmt: skip
    leg = q.legs[0]
    frt, thc = leg.lines
    assert leg.carrier == "Cheap Line"
    assert (frt.amount, frt.sell_quantity, frt.sell_unit_price, frt.sell_amount) == (
        D("800.00"), D("2"), D("650"), D("1300.00"),
    )  # fmt: skip
    assert frt.tariff and not thc.tariff
    assert (thc.sell_unit_price, thc.sell_amount) == (D("110.00"), D("220.00"))  # extra: × F
    assert quote_to_json(q)["legs"][0]["lines"][0]["tariff"] is True


def test_an_all_in_tariff_sells_surcharges_at_zero() -> None:
    src = ListSource(
        [rate(rate="400")],
        [surcharge(code="THC", basis="per_container", amount="100"),
         surcharge(code="BAF", basis="percent", amount="10", currency="")],
    )  # fmt: skip
    q = price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX,
                    terms(tariff("included", rate="700")))  # fmt: skip
    frt, thc, baf = q.legs[0].lines
    assert (thc.amount, thc.sell_amount, thc.amount_quote, thc.included) == (
        D("100.00"), D(0), D(0), True,
    )  # fmt: skip
    assert (baf.amount, baf.sell_amount, baf.included) == (D("40.00"), D(0), True)
    assert (q.total, q.cost_total) == (D("700.00"), D("540.00"))
    assert quote_to_json(q)["legs"][0]["lines"][1]["included"] is True


def test_a_tariff_with_breaks_and_a_minimum_in_its_own_currency() -> None:
    src = ListSource([rate(mode="sea_lcl", equipment="", basis="per_kg", rate="0.50",
                           kg_per_cbm="1000")])  # fmt: skip
    kg_tariff = tariff(mode="sea_lcl", equipment="", basis="per_kg", currency="CNY",
                       rate="5.00", breaks="300:4.00 1000:3.00", min_charge="1500",
                       kg_per_cbm="1000")  # fmt: skip
    q = price_route(request(loose("900", "0.2"), LCL), src, DEFAULT_FX, terms(kg_tariff))
    frt = q.legs[0].lines[0]
    # own break 300 → 900 × 4.00 = 3,600; the 1000 break: 1000 × 3.00 = 3,000 → 3,000 CNY
    assert (frt.sell_quantity, frt.sell_unit_price, frt.sell_amount) == (
        D("1000"), D("3.00"), D("3000.00"),
    )  # fmt: skip
    assert frt.price_currency == "CNY" and frt.currency == "USD"
    assert frt.amount_quote == D("422.54")  # 3,000 / 7.10
    small = price_route(request(loose("100", "0.1"), LCL), src, DEFAULT_FX, terms(kg_tariff))
    line = small.legs[0].lines[0]
    assert (line.sell_quantity, line.sell_unit_price, line.sell_amount) == (
        D(1), D("1500"), D("1500.00"),
    )  # fmt: skip  # 100 × 5.00 = 500 < the minimum of 1,500
    assert quote_to_json(small)["legs"][0]["lines"][0]["sell_currency"] == "CNY"


def test_a_tariff_that_does_not_cover_every_equipment_type_does_not_apply() -> None:
    src = ListSource([rate(rate="400"), rate(equipment="20GP", rate="300")])
    cargo = containers(("40HC", 1), ("20GP", 1))
    q = price_route(request(cargo, SEA), src, DEFAULT_FX, terms(tariff(rate="650")))
    assert not any(line.tariff for line in q.legs[0].lines)
    both = terms(tariff(rate="650"), tariff(equipment="20GP", rate="500"))
    q2 = price_route(request(cargo, SEA), src, DEFAULT_FX, both)
    assert sorted(line.sell_amount for line in q2.legs[0].lines) == [D("500.00"), D("650.00")]


def test_a_tariff_outside_its_validity_does_not_apply() -> None:
    from datetime import date

    src = ListSource([rate(rate="400")])
    old = tariff(rate="650", valid_to=date(2026, 3, 1))  # the leg departs on 2026-03-02
    q = price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX, terms(old))
    assert not q.legs[0].lines[0].tariff and q.total == D("440.00")


def test_a_tariff_below_cost_gives_a_negative_margin_under_the_floor() -> None:
    src = ListSource([rate(rate="400")])
    q = price_route(request(containers(("40HC", 1)), SEA), src, DEFAULT_FX,
                    terms(tariff(rate="380"), floor="0"))  # fmt: skip
    assert (q.total, q.cost_total, q.margin, q.margin_percent) == (
        D("380.00"), D("400.00"), D("-20.00"), D("-5.26"),
    )  # fmt: skip
    assert q.below_min_margin
