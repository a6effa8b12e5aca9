"""The quote as the JSON object of cli-and-files.md (money as strings, exact decimals)."""

from __future__ import annotations

from typing import Any

from booking_app.core.money import format_money, plain
from booking_app.core.quote import ChargeLine, LegQuote, Quote


def line_to_json(line: ChargeLine, quote_currency: str) -> dict[str, Any]:
    """A charge line; ``quantity``/``unit_price`` exact, amounts in minor units."""
    return {
        "code": line.code,
        "description": line.description,
        "basis": line.basis,
        "quantity": plain(line.quantity),
        "unit_price": plain(line.unit_price),
        "currency": line.currency,
        "amount": format_money(line.amount, line.currency),
        "amount_quote": format_money(line.amount_quote, quote_currency),
        "minimum_applied": line.minimum_applied,
    }


def leg_to_json(leg: LegQuote, currency: str) -> dict[str, Any]:
    """A priced leg."""
    lines = [line_to_json(line, currency) for line in leg.lines]
    return {
        "mode": leg.mode,
        "origin": leg.origin,
        "destination": leg.destination,
        "carrier": leg.carrier,
        "service": leg.service,
        "etd": leg.etd.isoformat(),
        "eta": leg.eta.isoformat(),
        "transit_days": leg.transit_days,
        "chargeable": None if leg.chargeable is None else plain(leg.chargeable),
        "subtotal": format_money(leg.subtotal, currency),
        "lines": lines,
    }


def quote_to_json(quote: Quote) -> dict[str, Any]:
    """The whole quote, keys as cli-and-files.md requires (plus a few extra)."""
    return {
        "quote_date": quote.quote_date.isoformat(),
        "ship_date": quote.ship_date.isoformat(),
        "currency": quote.currency,
        "total": format_money(quote.total, quote.currency),
        "transit_days": quote.transit_days,
        "markup_percent": plain(quote.markup_percent),
        "price_rule": quote.price_rule,
        "fx": {c: plain(v) for c, v in quote.fx.items()},
        "legs": [leg_to_json(leg, quote.currency) for leg in quote.legs],
    }
