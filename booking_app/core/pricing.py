"""The pricing engine: carrier choice per leg, legs chained by ready date, the quote.

Implements ``spec/rating-rules.md`` and schedules-routes-emissions.md §1. Pure: rates,
surcharges and schedules come from a :class:`RateSource`; the search for a leg's
carriers is in :mod:`booking_app.core.leg_search`.
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple, Protocol

from booking_app.core.cargo import Cargo
from booking_app.core.errors import (
    BookingDeskError,
    FxMissingError,
    PricingError,
    ValidationError,
)
from booking_app.core.freight import extra_line, leg_chargeable
from booking_app.core.fx import Converter
from booking_app.core.leg_search import Candidate, LegSearch, price_option
from booking_app.core.lifecycle import DEFAULT_VALID_DAYS, valid_until
from booking_app.core.no_rate import why_no_rate
from booking_app.core.quote import LegQuote, LegRequest, Quote, QuoteRequest
from booking_app.core.rates import FxRate, Rate, Surcharge
from booking_app.core.schedules import Schedule
from booking_app.core.selling import PriceRule, PriceTerms
from booking_app.core.tariffs import SellTariff

__all__ = [
    "LegAttempt", "RateSource", "best_leg", "price_leg", "price_legs_apart", "price_option",
    "price_route",
]  # fmt: skip


class RateSource(Protocol):
    """Where the engine finds rates, surcharges and schedules (the store, or lists in tests)."""

    def rates_for(self, mode: str, origin: str, destination: str, day: date) -> list[Rate]:
        """Rate rows of a lane valid on ``day``."""
        ...

    def surcharges_for(
        self, mode: str, origin: str, destination: str, day: date
    ) -> list[Surcharge]:
        """Surcharge rows that may apply to the lane (blank keys match) valid on ``day``."""
        ...

    def lane_rates(self, mode: str, origin: str, destination: str) -> list[Rate]:
        """Every rate row of a lane, whatever its validity (to explain a failure)."""
        ...

    def schedules_for(self, mode: str, origin: str, destination: str) -> list[Schedule]:
        """Every schedule row of a lane, whatever its validity."""
        ...


def describe_leg(index: int, leg: LegRequest, etd: date) -> str:
    """How a leg is named in messages: ``leg 2 sea_fcl CNQZH → VNSGN on 2026-12-01``."""
    return f"leg {index} {leg.mode} {leg.origin} → {leg.destination} on {etd.isoformat()}"


def _leg_quote(
    best: Candidate, leg: LegRequest, ready: date, cargo: Cargo, conv: Converter,
    price: PriceRule,
) -> LegQuote:  # fmt: skip
    lines = best.lines + tuple(extra_line(c, conv, price.factor) for c in leg.extra_charges)
    chargeable = next(
        (q for q in (leg_chargeable(r, cargo) for r in best.rates) if q is not None), None
    )
    return LegQuote(
        mode=leg.mode,
        origin=leg.origin,
        destination=leg.destination,
        carrier=best.carrier,
        service=best.service,
        etd=best.etd,
        eta=best.eta,
        chargeable=chargeable,
        lines=lines,
        subtotal=sum((line.amount_quote for line in lines), Decimal(0)),
        cost_subtotal=sum((line.cost_quote for line in lines), Decimal(0)),
        price=price,
        ready=ready,
        cutoff=best.cutoff,
        scheduled=best.cutoff is not None,
        rates_valid_to=min(best.ends) if best.ends else None,
    )


def best_leg(
    leg: LegRequest,
    ready: date,
    cargo: Cargo,
    source: RateSource,
    conv: Converter,
    price: PriceRule | None = None,
    tariffs: Sequence[SellTariff] = (),
) -> LegQuote | None:
    """The leg priced as :func:`price_leg` would, or None when it cannot be (no message is
    built: route search discards such chains by the thousand)."""
    price = price or PriceRule("markup", Decimal(0))
    search = LegSearch(leg, cargo, source, conv, price.factor, tariffs)
    try:
        found = search.candidates(ready)
        if not found:
            return None
        return _leg_quote(min(found, key=lambda c: c.key), leg, ready, cargo, conv, price)
    except FxMissingError:
        return None


def price_leg(
    index: int,
    leg: LegRequest,
    ready: date,
    cargo: Cargo,
    source: RateSource,
    conv: Converter,
    price: PriceRule | None = None,
    tariffs: Sequence[SellTariff] = (),
) -> LegQuote:
    """Price a leg whose cargo is ready on ``ready`` with its cheapest carrier by cost
    (then the earlier ETA, then the name), or the forced one.

    A carrier with a schedule on the lane departs on its first departure on or after
    ready + cut-off and is priced on the rates valid that day; one without departs on
    the ready date (spec §1). The leg's spot rates, when it has any, replace the rate
    table; the clerk's extra charges follow the chosen carrier's lines.

    Raises:
        NoRateError: no carrier can price the leg; the message names the leg and why.
        FxMissingError: a line's currency has no FX row on the quote date.
    """
    price = price or PriceRule("markup", Decimal(0))
    search = LegSearch(leg, cargo, source, conv, price.factor, tariffs)
    try:
        found = search.candidates(ready)
        if not found:
            lane = [] if leg.spot else source.lane_rates(leg.mode, leg.origin, leg.destination)
            why = why_no_rate(leg, ready, cargo, lane, search.missing, search.no_departure)
            raise _at_leg(why, index, leg, ready)
        best = min(found, key=lambda c: c.key)
        return _leg_quote(best, leg, ready, cargo, conv, price)
    except FxMissingError as exc:
        raise _at_leg(exc, index, leg, ready) from None


def _at_leg(error: PricingError, index: int, leg: LegRequest, ready: date) -> PricingError:
    """``error`` about leg ``index``: the English text starts with the leg's description,
    the data names the leg, its mode, lane and departure."""
    return error.at_leg(index).with_prefix(
        describe_leg(index, leg, ready) + ": ",
        mode=leg.mode, origin=leg.origin, destination=leg.destination, etd=ready,
    )  # fmt: skip


def check_chained(legs: Sequence[LegRequest]) -> None:
    """Each leg must start where the previous one ends.

    Raises:
        ValidationError: naming the first pair that does not chain.
    """
    if not legs:
        raise ValidationError("the request has no legs", code="no_legs", field="legs")
    for i, (a, b) in enumerate(zip(legs, legs[1:], strict=False), 1):
        if a.destination != b.origin:
            raise ValidationError(
                f"leg {i} ends at {a.destination} but leg {i + 1} starts at {b.origin}",
                code="legs_not_chained", leg=i + 1, field="origin",
                params={"previous": i, "end": a.destination, "start": b.origin},
            )  # fmt: skip


class LegAttempt(NamedTuple):
    """One leg of a route priced apart: its quote or the error that concerns it.

    ``provisional``: an earlier leg has no price, so this leg's ready date is not known;
    it was priced from that leg's ready date instead (its dates and rates may change).
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index, never called
    quote: LegQuote | None = None
    error: BookingDeskError | None = None
    provisional: bool = False


def price_legs_apart(
    request: QuoteRequest,
    legs: Sequence[LegRequest | BookingDeskError],
    source: RateSource,
    conv: Converter,
    terms: PriceTerms,
) -> list[LegAttempt]:
    """Price every leg that can be priced, each on its own, for a route with problems.

    Leg 1's cargo is ready on the ship date and each later leg's on the previous leg's
    ETA, as in :func:`price_route`. A leg that cannot be read, does not start where the
    previous one ends, or has no rate carries its error; the legs after it are still
    priced, from the ready date the failed leg had, and marked provisional.
    """
    attempts: list[LegAttempt] = []
    ready, known = request.ship_date, True
    previous: LegRequest | None = None
    for index, leg in enumerate(legs, 1):
        if isinstance(leg, BookingDeskError):
            attempts.append(LegAttempt(index, error=leg, provisional=not known))
            previous, known = None, False
            continue
        if previous is not None and previous.destination != leg.origin:
            error: BookingDeskError = ValidationError(
                f"leg {index - 1} ends at {previous.destination} but leg {index} starts at "
                f"{leg.origin}", code="legs_not_chained", leg=index, field="origin",
                params={"previous": index - 1, "end": previous.destination, "start": leg.origin},
            )  # fmt: skip
            attempts.append(LegAttempt(index, error=error, provisional=not known))
            previous, known = leg, False
            continue
        previous = leg
        try:
            price = terms.for_mode(leg.mode)
            priced = price_leg(index, leg, ready, request.cargo, source, conv, price,
                               terms.tariffs)  # fmt: skip
        except BookingDeskError as exc:
            attempts.append(LegAttempt(index, error=exc, provisional=not known))
            known = False
            continue
        attempts.append(LegAttempt(index, quote=priced, provisional=not known))
        ready = priced.eta
    return attempts


def _fx_used(conv: Converter, legs: Sequence[LegQuote]) -> dict[str, Decimal]:
    currencies = {conv.currency} | {line.currency for leg in legs for line in leg.lines}
    return {c: conv.units_per_usd(c) for c in sorted(currencies)}


def price_route(
    request: QuoteRequest,
    source: RateSource,
    fx_rows: list[FxRate],
    terms: PriceTerms | None = None,
    valid_days: int = DEFAULT_VALID_DAYS,
) -> Quote:
    """Price every leg in order, each on its own ETD, and total them in the quote currency.

    Leg 1's cargo is ready on the ship date, each later leg's on the previous ETA.

    Each leg's markup or margin comes from ``terms`` (selling.md §2: the request's own,
    else the customer's profile for the leg's mode, else the settings' default); without
    terms, the request's own rule or none. The quote is valid ``valid_days`` from its date,
    or until the earliest end of the rate and surcharge rows it used, if sooner.

    Raises:
        ValidationError: the legs do not chain or the request is inconsistent.
        PricingError: a leg cannot be priced (the message names it).
    """
    check_chained(request.legs)
    terms = terms or PriceTerms(given=request.price)
    conv = Converter(fx_rows, request.quote_date, request.currency)
    legs: list[LegQuote] = []
    ready = request.ship_date
    for index, leg in enumerate(request.legs, 1):
        price = terms.for_mode(leg.mode)
        priced = price_leg(index, leg, ready, request.cargo, source, conv, price, terms.tariffs)
        legs.append(priced)
        ready = priced.eta
    return assemble_quote(request, legs, conv, terms, valid_days)


def assemble_quote(
    request: QuoteRequest,
    legs: Sequence[LegQuote],
    conv: Converter,
    terms: PriceTerms,
    valid_days: int = DEFAULT_VALID_DAYS,
) -> Quote:
    """The quote of priced legs: both totals, the FX rows used, the margin floor."""
    return Quote(
        quote_date=request.quote_date,
        ship_date=request.ship_date,
        currency=request.currency,
        price=terms.given,
        fx=_fx_used(conv, legs),
        legs=tuple(legs),
        total=sum((leg.subtotal for leg in legs), Decimal(0)),
        cost_total=sum((leg.cost_subtotal for leg in legs), Decimal(0)),
        min_margin_percent=terms.floor(legs[0].mode),
        valid_until=valid_until(request.quote_date, valid_days, legs),
    )
