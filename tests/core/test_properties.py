"""Property tests: monotonic prices, lines adding up, exact breaks."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from booking_app.core.freight import next_break_freight
from booking_app.core.pricing import price_route
from booking_app.core.rates import Break
from tests.factories import DEFAULT_FX, ListSource, containers, loose, rate, request, surcharge

weights = st.decimals(min_value=D("0.1"), max_value=D("5000"), places=1)
volumes = st.decimals(min_value=D("0"), max_value=D("30"), places=3)
money = st.decimals(min_value=D("0.01"), max_value=D("99999"), places=2)


@st.composite
def break_lists(draw: st.DrawFn) -> tuple[Break, ...]:
    thresholds = sorted(draw(st.sets(st.integers(1, 3000), max_size=5)))
    return tuple(Break(D(t), draw(money)) for t in thresholds)


@given(q1=weights, extra=weights, base=money, breaks=break_lists(), minimum=st.none() | money)
def test_more_quantity_never_costs_less(q1, extra, base, breaks, minimum) -> None:  # type: ignore[no-untyped-def]
    low = next_break_freight(q1, base, breaks, minimum).exact
    high = next_break_freight(q1 + extra, base, breaks, minimum).exact
    assert high >= low


@given(q=weights, base=money, breaks=break_lists())
def test_next_break_never_beats_any_eligible_tier(q, base, breaks) -> None:  # type: ignore[no-untyped-def]
    result = next_break_freight(q, base, breaks, None).exact
    tiers = [Break(D(0), base), *breaks]
    own = max(i for i, t in enumerate(tiers) if t.threshold <= q)
    assert result == min(t.rate * max(q, t.threshold) for t in tiers[own:])


AIR_SOURCE = ListSource(
    [
        rate(
            mode="air",
            origin="CNNNX",
            destination="VNTSX",
            basis="per_kg",
            equipment="",
            rate="30.00",
            breaks="45:22.00 100:18.00 300:15.00",
            min_charge="75",
        )
    ],
    [
        surcharge(code="FSC", basis="per_kg", amount="0.45"),
        surcharge(code="SSC", basis="per_kg", amount="0.15", min_charge="10"),
        surcharge(code="AWB", basis="per_shipment", amount="35"),
    ],
)


@settings(max_examples=60, deadline=None)
@given(kg=weights, extra=weights, cbm=volumes)
def test_heavier_air_cargo_never_costs_less(kg, extra, cbm) -> None:  # type: ignore[no-untyped-def]
    leg = ("air", "CNNNX", "VNTSX")
    light = price_route(request(loose(str(kg), str(cbm)), leg), AIR_SOURCE, DEFAULT_FX)
    heavy = price_route(request(loose(str(kg + extra), str(cbm)), leg), AIR_SOURCE, DEFAULT_FX)
    assert heavy.total >= light.total


MIXED = ListSource(
    [
        rate(
            mode="rail_fcl",
            origin="CNCKG",
            destination="CNQZH",
            currency="CNY",
            rate="6850.55",
            equipment="40HC",
        ),
        rate(
            mode="rail_fcl",
            origin="CNCKG",
            destination="CNQZH",
            currency="CNY",
            rate="4100.35",
            equipment="20GP",
        ),
        rate(equipment="40HC", rate="550.37"),
        rate(equipment="20GP", rate="333.33"),
    ],
    [
        surcharge(code="CAF", basis="percent", amount="3.33", currency=""),
        surcharge(code="THC", basis="per_container", currency="CNY", amount="981.5"),
        surcharge(code="DOC", currency="VND", amount="1234567"),
    ],
)


@settings(max_examples=60, deadline=None)
@given(
    n40=st.integers(0, 9),
    n20=st.integers(0, 9),
    markup=st.decimals(0, 50, places=2),
    currency=st.sampled_from(["USD", "CNY", "VND", "THB"]),
)
def test_lines_always_add_up_to_subtotals_and_total(n40, n20, markup, currency) -> None:  # type: ignore[no-untyped-def]
    pairs = [(t, n) for t, n in (("40HC", n40), ("20GP", n20)) if n]
    if not pairs:
        pairs = [("40HC", 1)]
    req = request(
        containers(*pairs),
        ("rail_fcl", "CNCKG", "CNQZH"),
        ("sea_fcl", "CNQZH", "VNSGN"),
        currency=currency,
        markup=str(markup),
    )
    q = price_route(req, MIXED, DEFAULT_FX)
    for leg in q.legs:
        assert leg.subtotal == sum(ln.amount_quote for ln in leg.lines)
        for ln in leg.lines:
            places = 0 if currency == "VND" else 2
            assert ln.amount_quote == ln.amount_quote.quantize(D(1).scaleb(-places))
    assert q.total == sum(leg.subtotal for leg in q.legs)
