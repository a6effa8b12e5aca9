"""Route suggestions (spec §2): every priceable chain of lanes, cheapest first, each leg
priced and scheduled exactly as ``quote`` would, with its CO2e estimate and flags."""

from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from booking_app.core.errors import ValidationError
from booking_app.core.fx import Converter
from booking_app.core.pricing import assemble_quote, best_leg
from booking_app.core.quote import LegQuote, LegRequest, Quote, QuoteRequest
from booking_app.core.rates import MODES
from booking_app.core.request import parse_common, parse_locode
from booking_app.core.routes import Lane, MemoSource, lane_fits, search
from booking_app.services.emissions import estimator
from booking_app.services.quoting import price_terms
from booking_app.services.settings import current_settings
from booking_app.store.uow import UnitOfWork


class RouteOption(NamedTuple):
    """A priced chain of legs, and whether it is the cheapest, fastest or greenest."""

    quote: Quote
    cheapest: bool = False
    fastest: bool = False
    greenest: bool = False

    @property
    def co2e_kg(self) -> Decimal | None:
        """The route's CO2e estimate (None when a place has no coordinates)."""
        return self.quote.co2e_kg

    @property
    def arrival(self) -> date:
        """The last leg's ETA."""
        return self.quote.legs[-1].eta


class RouteRequest(NamedTuple):
    """A parsed route request: the quote fields, the two ends, the search limits."""

    base: QuoteRequest
    origin: str
    destination: str
    max_legs: int
    modes: tuple[str, ...] | None


def parse_route_request(uow: UnitOfWork, raw: object, today: date | None = None) -> RouteRequest:
    """Read a route request object (cli-and-files.md *Route request*).

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
    if modes is not None and (not isinstance(modes, list) or any(m not in MODES for m in modes)):
        raise ValidationError(f"modes must be a list of {', '.join(MODES)}")
    return RouteRequest(
        QuoteRequest(legs=(), **common), origin, destination, max_legs,
        None if modes is None else tuple(modes),
    )  # fmt: skip


def _order(q: Quote) -> tuple[Decimal, int, list[tuple[str, str, str]]]:
    return (q.total, q.transit_days, [(x.mode, x.origin, x.destination) for x in q.legs])


def flag_options(quotes: list[Quote]) -> list[RouteOption]:
    """Sort by total then transit days and flag the best of each kind (ties: all)."""
    quotes = sorted(quotes, key=_order)
    if not quotes:
        return []
    cheapest = min(q.total for q in quotes)
    fastest = min(q.legs[-1].eta for q in quotes)
    known = [q.co2e_kg for q in quotes if q.co2e_kg is not None]
    greenest = min(known) if known else None
    return [
        RouteOption(
            q,
            cheapest=q.total == cheapest,
            fastest=q.legs[-1].eta == fastest,
            greenest=greenest is not None and q.co2e_kg == greenest,
        )
        for q in quotes
    ]


def find_routes(uow: UnitOfWork, route: RouteRequest) -> list[RouteOption]:
    """Every chain of up to ``max_legs`` lanes that prices for the cargo, flagged and sorted."""
    base = route.base
    cargo = base.cargo
    terms = price_terms(uow, base)
    valid_days = current_settings(uow).quote_valid_days
    conv = Converter(uow.rates.fx_rows(), base.quote_date, base.currency)
    source = MemoSource(uow.rates)
    estimate = estimator(uow)
    lanes = [lane for lane, kinds in uow.rates.lane_kinds().items() if lane_fits(kinds, cargo)]

    def leg_of(lane: Lane, ready: date) -> LegQuote | None:
        asked = LegRequest(lane.mode, lane.origin, lane.destination)
        price = terms.for_mode(lane.mode)
        leg = best_leg(asked, ready, cargo, source, conv, price, terms.tariffs)
        return None if leg is None else estimate.estimate_leg(leg, cargo)

    chains = search(
        lanes, route.origin, route.destination, route.max_legs, base.ship_date, leg_of,
        route.modes,
    )  # fmt: skip
    quotes = []
    for legs in chains:
        request = base._replace(
            legs=tuple(LegRequest(x.mode, x.origin, x.destination) for x in legs)
        )
        quotes.append(assemble_quote(request, legs, conv, terms, valid_days))
    return flag_options(quotes)


def suggest_routes(uow: UnitOfWork, raw: object, today: date | None = None) -> list[RouteOption]:
    """Every chain from ``origin`` to ``destination`` that prices, by total then transit.

    Raises:
        ValidationError: the request is malformed.
    """
    return find_routes(uow, parse_route_request(uow, raw, today))


def route_to_json(option: RouteOption) -> dict[str, Any]:
    """A route option: the quote's keys plus ``co2e_kg`` and the three flags."""
    from booking_app.core.quote_json import quote_to_json

    data = quote_to_json(option.quote)
    data["cheapest"] = option.cheapest
    data["fastest"] = option.fastest
    data["greenest"] = option.greenest
    return data


MODE_FAMILY_WORDS = {"sea": "sea", "rail": "rail", "road": "road", "air": "air"}


def chain_text(option: RouteOption) -> str:
    """The chain as ``CNCKG ─rail→ CNQZH ─sea→ VNSGN``."""
    legs = option.quote.legs
    parts = [legs[0].origin]
    for leg in legs:
        parts.append(f"─{MODE_FAMILY_WORDS[leg.mode.split('_')[0]]}→ {leg.destination}")
    return " ".join(parts)


def suggest_for_request(
    uow: UnitOfWork, raw: dict[str, Any], max_legs: int = 3
) -> list[RouteOption]:
    """Routes for a booking being edited: from its first leg's origin to its last leg's
    destination, on its ship date, for its cargo (the desk's *Suggest routes*).

    Raises:
        ValidationError: the booking has no route ends yet, or its request is malformed.
    """
    legs = raw.get("legs") or []
    origin = legs[0].get("origin") if legs else None
    destination = legs[-1].get("destination") if legs else None
    if not origin or not destination:
        raise ValidationError("give the first leg's origin and the last leg's destination")
    ask = {k: v for k, v in raw.items() if k != "legs"}
    ask.update(origin=origin, destination=destination, max_legs=max_legs)
    return suggest_routes(uow, ask)
