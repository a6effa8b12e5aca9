"""Charge lines of one rate row: freight by the next-break rule, minimums and caps,
surcharges and the clerk's extra charges — each with its cost and its price side.

Implements ``spec/rating-rules.md`` §2–§4 and ``selling.md`` §1 and §4 for a single row;
the choice among rows, carriers and legs is in :mod:`booking_app.core.pricing`.
"""

from collections.abc import Sequence
from decimal import Decimal, localcontext
from typing import NamedTuple

from booking_app.core.cargo import Cargo, chargeable_kg, wm_units
from booking_app.core.errors import ValidationError
from booking_app.core.fx import Converter
from booking_app.core.money import WORKING_PRECISION, round_money
from booking_app.core.quote import ChargeLine, ExtraCharge
from booking_app.core.rates import Break, Rate, Surcharge
from booking_app.core.selling import percent_amount, sell_amount, sell_unit_price

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


class _Freight(NamedTuple):
    quantity: Decimal
    unit_price: Decimal
    exact: Decimal
    minimum_applied: bool = False
    maximum_applied: bool = False


def next_break_freight(
    quantity: Decimal,
    rate: Decimal,
    breaks: Sequence[Break],
    min_charge: Decimal | None,
    max_charge: Decimal | None = None,
) -> _Freight:
    """Freight by the next-break rule, then the minimum, then the cap (rating-rules §2).

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
            best = _Freight(charged, tier.rate, amount)
    assert best is not None
    return _limit(best, min_charge, max_charge)


def _limit(freight: _Freight, minimum: Decimal | None, maximum: Decimal | None) -> _Freight:
    """max with the minimum, then min with the cap; a line so fixed is 1 × that figure."""
    if maximum is not None and max(freight.exact, minimum or freight.exact) > maximum:
        return _Freight(Decimal(1), maximum, maximum, maximum_applied=True)
    if minimum is not None and freight.exact < minimum:
        return _Freight(Decimal(1), minimum, minimum, minimum_applied=True)
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
    if rate.basis in ("per_container", "per_truck", "per_shipment"):
        if rate.basis == "per_container":
            count = Decimal(cargo.container_count(rate.equipment))
        elif rate.basis == "per_truck":
            count = Decimal(cargo.truck_count(rate.equipment))
        else:
            count = Decimal(1)
        return _limit(_Freight(count, rate.rate, count * rate.rate), rate.min_charge,
                      rate.max_charge)  # fmt: skip
    quantity = leg_chargeable(rate, cargo)
    assert quantity is not None
    return next_break_freight(quantity, rate.rate, rate.breaks, rate.min_charge, rate.max_charge)


def _line(
    *,
    code: str,
    description: str,
    basis: str,
    freight: _Freight,
    currency: str,
    conv: Converter,
    factor: Decimal,
    sell_unit: Decimal | None = None,
    rate_id: int | None = None,
    surcharge_id: int | None = None,
    manual: bool = False,
    spot: bool = False,
) -> ChargeLine:
    """A non-percent line, both sides: the price side is quantity × round(unit × F)."""
    amount = round_money(freight.exact, currency)
    unit = sell_unit if sell_unit is not None else sell_unit_price(
        freight.unit_price, currency, factor
    )
    sold = sell_amount(freight.quantity, unit, currency)
    return ChargeLine(
        code=code,
        description=description,
        basis=basis,
        quantity=freight.quantity,
        unit_price=freight.unit_price,
        currency=currency,
        amount=amount,
        cost_quote=conv.to_quote(amount, currency),
        sell_quantity=freight.quantity,
        sell_unit_price=unit,
        sell_amount=sold,
        amount_quote=conv.to_quote(sold, currency),
        minimum_applied=freight.minimum_applied,
        maximum_applied=freight.maximum_applied,
        rate_id=rate_id,
        surcharge_id=surcharge_id,
        manual=manual,
        spot=spot,
    )


def _suffix(freight: _Freight) -> str:
    if freight.minimum_applied:
        return " (minimum)"
    return " (maximum)" if freight.maximum_applied else ""


def freight_line(rate: Rate, cargo: Cargo, conv: Converter, factor: Decimal) -> ChargeLine:
    """The FRT line of a rate row (a spot rate has no id and is marked ``spot``)."""
    freight = freight_of(rate, cargo)
    words = MODE_WORDS.get(rate.mode, "Freight")
    description = f"{words} {rate.equipment}".strip() + _suffix(freight)
    return _line(
        code="FRT", description=description, basis=rate.basis, freight=freight,
        currency=rate.currency, conv=conv, factor=factor, rate_id=rate.id,
        spot=rate.id is None,
    )  # fmt: skip


def _carries(cargo: Cargo, equipment: str) -> bool:
    return cargo.container_count(equipment) > 0 or cargo.truck_count(equipment) > 0


def _surcharge_quantity(surcharge: Surcharge, rate: Rate, cargo: Cargo) -> Decimal:
    equipment = surcharge.equipment or None
    if surcharge.basis == "per_container":
        return Decimal(cargo.container_count(equipment))
    if surcharge.basis == "per_truck":
        return Decimal(cargo.truck_count(equipment))
    if surcharge.basis == "per_shipment":
        return Decimal(1)
    if surcharge.basis == "per_kg":
        return chargeable_kg(cargo, rate.mode, _kg_factor(rate))
    if surcharge.basis == "per_wm":
        return wm_units(cargo, _wm_factor(rate))
    raise ValidationError(f"surcharge {surcharge.code}: unknown basis {surcharge.basis}")


def _percent_line(
    surcharge: Surcharge, base: ChargeLine, conv: Converter, factor: Decimal
) -> ChargeLine:
    """A percent of one freight line: of its cost amount, and of its sell amount."""
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        exact = base.amount * surcharge.amount / HUNDRED
    limited = _limit(_Freight(base.amount, surcharge.amount, exact), surcharge.min_charge,
                     surcharge.max_charge)  # fmt: skip
    description = surcharge.description + _suffix(limited)
    if limited.minimum_applied or limited.maximum_applied:
        return _line(
            code=surcharge.code, description=description, basis=surcharge.basis,
            freight=limited, currency=base.currency, conv=conv, factor=factor,
            surcharge_id=surcharge.id,
        )  # fmt: skip
    amount = round_money(exact, base.currency)
    sold = percent_amount(surcharge.amount, base.sell_amount, base.price_currency)
    return ChargeLine(
        code=surcharge.code,
        description=description,
        basis=surcharge.basis,
        quantity=base.amount,
        unit_price=surcharge.amount,
        currency=base.currency,
        amount=amount,
        cost_quote=conv.to_quote(amount, base.currency),
        sell_quantity=base.sell_amount,
        sell_unit_price=surcharge.amount,
        sell_amount=sold,
        amount_quote=conv.to_quote(sold, base.price_currency),
        surcharge_id=surcharge.id,
        sell_currency=base.sell_currency,
    )


def surcharge_lines(
    surcharge: Surcharge,
    rate: Rate,
    freight: Sequence[ChargeLine],
    cargo: Cargo,
    conv: Converter,
    factor: Decimal,
) -> list[ChargeLine]:
    """The lines one surcharge adds to a leg priced by ``rate`` (none when it does not apply)."""
    if surcharge.equipment and not _carries(cargo, surcharge.equipment):
        return []
    if surcharge.basis == "percent":
        return [_percent_line(surcharge, line, conv, factor) for line in freight]
    quantity = _surcharge_quantity(surcharge, rate, cargo)
    if quantity <= 0:
        return []
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        exact = quantity * surcharge.amount
    limited = _limit(_Freight(quantity, surcharge.amount, exact), surcharge.min_charge,
                     surcharge.max_charge)  # fmt: skip
    return [
        _line(
            code=surcharge.code, description=surcharge.description + _suffix(limited),
            basis=surcharge.basis, freight=limited, currency=surcharge.currency, conv=conv,
            factor=factor, surcharge_id=surcharge.id,
        )
    ]  # fmt: skip


def extra_line(charge: ExtraCharge, conv: Converter, factor: Decimal) -> ChargeLine:
    """A charge the clerk added by hand: its sell unit price as given, else unit × F."""
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        exact = charge.quantity * charge.unit_price
    return _line(
        code=charge.code, description=charge.description, basis=charge.basis,
        freight=_Freight(charge.quantity, charge.unit_price, exact), currency=charge.currency,
        conv=conv, factor=factor, sell_unit=charge.sell_unit_price, manual=True,
    )  # fmt: skip
