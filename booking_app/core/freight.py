"""Charge lines of one rate row: freight by the next-break rule and minimums, surcharges.

Implements ``spec/rating-rules.md`` §2–§3 for a single row; the choice among rows,
carriers and legs is in :mod:`booking_app.core.pricing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from booking_app.core.cargo import Cargo, chargeable_kg, wm_units
from booking_app.core.errors import ValidationError
from booking_app.core.fx import Converter
from booking_app.core.money import WORKING_PRECISION, round_money
from booking_app.core.quote import ChargeLine
from booking_app.core.rates import Break, Rate, Surcharge

HUNDRED = Decimal(100)
MODE_WORDS = {
    "sea_fcl": "Ocean freight",
    "sea_lcl": "Ocean freight LCL",
    "rail_fcl": "Rail freight",
    "rail_lcl": "Rail freight LCL",
    "road_ftl": "Road freight",
    "road_ltl": "Road freight LTL",
    "air": "Air freight",
}


@dataclass(frozen=True)
class _Freight:
    quantity: Decimal
    unit_price: Decimal
    exact: Decimal
    minimum_applied: bool


def next_break_freight(
    quantity: Decimal, rate: Decimal, breaks: Sequence[Break], min_charge: Decimal | None
) -> _Freight:
    """Freight by the next-break rule, then the minimum (rating-rules §2).

    The own break is the highest threshold ≤ Q; every higher break competes with it at
    rate × max(Q, threshold); the cheapest wins (on a tie, the lower break).
    """
    tiers = [Break(Decimal(0), rate), *breaks]
    own = 0
    for i, tier in enumerate(tiers):
        if tier.threshold <= quantity:
            own = i
    best: _Freight | None = None
    for tier in tiers[own:]:
        charged = max(quantity, tier.threshold)
        amount = tier.rate * charged
        if best is None or amount < best.exact:
            best = _Freight(charged, tier.rate, amount, False)
    assert best is not None
    return _apply_minimum(best, min_charge)


def _apply_minimum(freight: _Freight, min_charge: Decimal | None) -> _Freight:
    if min_charge is not None and freight.exact < min_charge:
        return _Freight(Decimal(1), min_charge, min_charge, True)
    return freight


def _kg_factor(rate: Rate) -> Decimal | None:
    return rate.kg_per_cbm if rate.basis != "per_wm" else None


def _wm_factor(rate: Rate) -> Decimal | None:
    return rate.kg_per_cbm if rate.basis == "per_wm" else None


def leg_chargeable(rate: Rate, cargo: Cargo) -> Decimal | None:
    """The leg's chargeable quantity for per_kg / per_wm rates, else None."""
    if rate.basis == "per_kg":
        return chargeable_kg(cargo, rate.mode, _kg_factor(rate))
    if rate.basis == "per_wm":
        return wm_units(cargo, _wm_factor(rate))
    return None


def freight_of(rate: Rate, cargo: Cargo) -> _Freight:
    """Exact freight of one rate row for the cargo (before rounding)."""
    if rate.basis == "per_container":
        count = Decimal(cargo.container_count(rate.equipment))
        return _apply_minimum(_Freight(count, rate.rate, count * rate.rate, False), rate.min_charge)
    if rate.basis == "per_truck":
        count = Decimal(cargo.truck_count(rate.equipment))
        return _apply_minimum(_Freight(count, rate.rate, count * rate.rate, False), rate.min_charge)
    if rate.basis == "per_shipment":
        return _apply_minimum(_Freight(Decimal(1), rate.rate, rate.rate, False), rate.min_charge)
    quantity = leg_chargeable(rate, cargo)
    assert quantity is not None
    return next_break_freight(quantity, rate.rate, rate.breaks, rate.min_charge)


def freight_line(rate: Rate, cargo: Cargo, conv: Converter) -> ChargeLine:
    """The FRT line of a rate row, rounded in its currency and in the quote currency."""
    freight = freight_of(rate, cargo)
    amount = round_money(freight.exact, rate.currency)
    words = MODE_WORDS.get(rate.mode, "Freight")
    description = f"{words} {rate.equipment}".strip()
    if freight.minimum_applied:
        description += " (minimum)"
    return ChargeLine(
        code="FRT",
        description=description,
        basis=rate.basis,
        quantity=freight.quantity,
        unit_price=freight.unit_price,
        currency=rate.currency,
        amount=amount,
        amount_quote=conv.to_quote(amount, rate.currency),
        rate_id=rate.id,
        minimum_applied=freight.minimum_applied,
    )


def _carries(cargo: Cargo, equipment: str) -> bool:
    return cargo.container_count(equipment) > 0 or cargo.truck_count(equipment) > 0


def surcharge_lines(
    surcharge: Surcharge,
    rate: Rate,
    freight: Sequence[ChargeLine],
    cargo: Cargo,
    conv: Converter,
) -> list[ChargeLine]:
    """The lines one surcharge adds to a leg priced by ``rate`` (none when it does not apply)."""
    if surcharge.equipment and not _carries(cargo, surcharge.equipment):
        return []
    equipment = surcharge.equipment or None
    bases: list[tuple[Decimal, Decimal, str]] = []  # (quantity, unit price, currency)
    if surcharge.basis == "percent":
        bases = [(line.amount, surcharge.amount, line.currency) for line in freight]
    else:
        if surcharge.basis == "per_container":
            quantity = Decimal(cargo.container_count(equipment))
        elif surcharge.basis == "per_truck":
            quantity = Decimal(cargo.truck_count(equipment))
        elif surcharge.basis == "per_shipment":
            quantity = Decimal(1)
        elif surcharge.basis == "per_kg":
            quantity = chargeable_kg(cargo, rate.mode, _kg_factor(rate))
        elif surcharge.basis == "per_wm":
            quantity = wm_units(cargo, _wm_factor(rate))
        else:
            raise ValidationError(f"surcharge {surcharge.code}: unknown basis {surcharge.basis}")
        if quantity > 0:
            bases = [(quantity, surcharge.amount, surcharge.currency)]
    lines: list[ChargeLine] = []
    for quantity, unit_price, currency in bases:
        with localcontext() as ctx:
            ctx.prec = WORKING_PRECISION
            exact = quantity * unit_price
            if surcharge.basis == "percent":
                exact = exact / HUNDRED
        minimum = surcharge.min_charge is not None and exact < surcharge.min_charge
        if minimum:
            assert surcharge.min_charge is not None
            exact = surcharge.min_charge
        amount = round_money(exact, currency)
        lines.append(
            ChargeLine(
                code=surcharge.code,
                description=surcharge.description + (" (minimum)" if minimum else ""),
                basis=surcharge.basis,
                quantity=quantity,
                unit_price=unit_price,
                currency=currency,
                amount=amount,
                amount_quote=conv.to_quote(amount, currency),
                surcharge_id=surcharge.id,
                minimum_applied=minimum,
            )
        )
    return lines
