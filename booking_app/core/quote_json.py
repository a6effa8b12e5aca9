"""The quote as the JSON object of cli-and-files.md (money as strings, exact decimals).

Both sides of every line (selling.md §1): the JSON is the clerk's and scripts' view.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from booking_app.core.money import format_money, plain
from booking_app.core.quote import ChargeLine, LegQuote, Quote


def line_to_json(line: ChargeLine, quote_currency: str) -> dict[str, Any]:
    """A charge line; quantities and unit prices exact, amounts in minor units."""
    data: dict[str, Any] = {
        "code": line.code,
        "description": line.description,
        "basis": line.basis,
        "quantity": plain(line.quantity),
        "unit_price": plain(line.unit_price),
        "currency": line.currency,
        "amount": format_money(line.amount, line.currency),
        "cost_quote": format_money(line.cost_quote, quote_currency),
        "sell_quantity": plain(line.sell_quantity),
        "sell_unit_price": plain(line.sell_unit_price),
        "sell_currency": line.price_currency,
        "sell_amount": format_money(line.sell_amount, line.price_currency),
        "amount_quote": format_money(line.amount_quote, quote_currency),
        "minimum_applied": line.minimum_applied,
        "maximum_applied": line.maximum_applied,
        "rate_id": line.rate_id,
        "surcharge_id": line.surcharge_id,
    }
    if line.manual:
        data["manual"] = True
    if line.spot:
        data["spot"] = True
    if line.tariff:
        data["tariff"] = True
    if line.included:
        data["included"] = True
    return data


def one_decimal(value: Decimal | None) -> str | None:
    """An estimate (km, kg CO2e) as a string with one decimal, or None."""
    if value is None:
        return None
    return f"{value.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):f}"


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def leg_to_json(leg: LegQuote, currency: str) -> dict[str, Any]:
    """A priced leg, with both subtotals and the price rule it was sold at."""
    lines = [line_to_json(line, currency) for line in leg.lines]
    return {
        "mode": leg.mode,
        "origin": leg.origin,
        "destination": leg.destination,
        "carrier": leg.carrier,
        "service": leg.service,
        "ready": _day(leg.ready),
        "cutoff": _day(leg.cutoff),
        "scheduled": leg.scheduled,
        "etd": leg.etd.isoformat(),
        "eta": leg.eta.isoformat(),
        "transit_days": leg.transit_days,
        "distance_km": one_decimal(leg.distance_km),
        "co2e_kg": one_decimal(leg.co2e_kg),
        "chargeable": None if leg.chargeable is None else plain(leg.chargeable),
        "price_rule": leg.price.rule,
        "price_percent": plain(leg.price.percent),
        "subtotal": format_money(leg.subtotal, currency),
        "cost_subtotal": format_money(leg.cost_subtotal, currency),
        "lines": lines,
    }


def quote_to_json(quote: Quote) -> dict[str, Any]:
    """The whole quote, keys as cli-and-files.md requires (plus a few extra).

    ``price_rule``/``price_percent`` appear at the top only when the request itself gave
    a markup or margin; ``margin_percent`` is always the computed margin.
    """
    data: dict[str, Any] = {
        "quote_date": quote.quote_date.isoformat(),
        "ship_date": quote.ship_date.isoformat(),
        "currency": quote.currency,
        "total": format_money(quote.total, quote.currency),
        "cost_total": format_money(quote.cost_total, quote.currency),
        "margin": format_money(quote.margin, quote.currency),
        "margin_percent": plain(quote.margin_percent),
        "min_margin_percent": plain(quote.min_margin_percent),
        "below_min_margin": quote.below_min_margin,
        "valid_until": None if quote.valid_until is None else quote.valid_until.isoformat(),
        "transit_days": quote.transit_days,
        "co2e_kg": one_decimal(quote.co2e_kg),
        "fx": {c: plain(v) for c, v in quote.fx.items()},
        "legs": [leg_to_json(leg, quote.currency) for leg in quote.legs],
    }
    if quote.price is not None:
        data["price_rule"] = quote.price.rule
        data["price_percent"] = plain(quote.price.percent)
    return data
