"""Route suggestions: every priceable chain of lanes, cheapest first, with CO2e."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from booking_app.core.emissions import great_circle_km, leg_co2e_kg
from booking_app.core.errors import PricingError, ValidationError
from booking_app.core.pricing import price_route
from booking_app.core.quote import Quote, QuoteRequest
from booking_app.core.rates import MODES
from booking_app.core.request import parse_common, parse_locode
from booking_app.core.routes import chains
from booking_app.services.quoting import price_terms
from booking_app.services.settings import current_settings
from booking_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class RouteOption:
    """A priced chain of legs and its emissions estimate (None when coordinates miss)."""

    quote: Quote
    co2e_kg: Decimal | None


def _co2e(uow: UnitOfWork, request: QuoteRequest) -> Decimal | None:
    total = Decimal(0)
    for leg in request.legs:
        a, b = uow.locations.get(leg.origin), uow.locations.get(leg.destination)
        if not a or not b or None in (a["lat"], a["lon"], b["lat"], b["lon"]):
            return None
        km = great_circle_km(Decimal(a["lat"]), Decimal(a["lon"]), Decimal(b["lat"]),
                             Decimal(b["lon"]))  # fmt: skip
        total += leg_co2e_kg(leg.mode, km, request.cargo)
    return total


def suggest_routes(uow: UnitOfWork, raw: object, today: date | None = None) -> list[RouteOption]:
    """Every chain from ``origin`` to ``destination`` that prices, by total then transit.

    Raises:
        ValidationError: the request is malformed.
    """
    if not isinstance(raw, dict):
        raise ValidationError("a route request must be a JSON object")
    settings = current_settings(uow)
    common = parse_common(raw, today or uow.clock.today(), settings.default_currency)
    origin = parse_locode(raw.get("origin"), "origin")
    destination = parse_locode(raw.get("destination"), "destination")
    max_legs = raw.get("max_legs", 3)
    if not isinstance(max_legs, int) or isinstance(max_legs, bool) or not 1 <= max_legs <= 6:
        raise ValidationError(f"max_legs {max_legs!r} must be a whole number from 1 to 6")
    modes = raw.get("modes")
    if modes is not None and (
        not isinstance(modes, list) or any(m not in MODES for m in modes)
    ):
        raise ValidationError(f"modes must be a list of {', '.join(MODES)}")
    base = QuoteRequest(legs=(), **common)
    fx_rows = uow.rates.fx_rows()
    terms = price_terms(uow, base)
    options: list[RouteOption] = []
    for legs in chains(uow.rates.lanes(), origin, destination, max_legs, modes):
        request = replace(base, legs=legs)
        try:
            priced = price_route(request, uow.rates, fx_rows, terms)
        except PricingError:
            continue
        options.append(RouteOption(priced, _co2e(uow, request)))
    options.sort(key=lambda o: (o.quote.total, o.quote.transit_days))
    return options


def route_to_json(option: RouteOption) -> dict[str, Any]:
    """A route option: the quote's keys plus ``co2e_kg``."""
    from booking_app.core.quote_json import quote_to_json

    data = quote_to_json(option.quote)
    data["co2e_kg"] = None if option.co2e_kg is None else f"{option.co2e_kg:f}"
    return data
