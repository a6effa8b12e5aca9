"""The editor's live quote: the whole quote when every leg prices, else leg by leg.

Pricing goes through :mod:`booking_app.services.quoting`, the functions ``booking-app
quote`` uses, so a complete live quote equals the CLI's to the cent. When a leg cannot
be read or priced, every other leg is still priced and the broken one carries its
error as data (:class:`~booking_app.core.errors.Problem`): the editor marks that leg,
never parses a message.
"""

from datetime import date
from typing import Any, NamedTuple

from booking_app.core.errors import BookingDeskError, Problem
from booking_app.core.fx import Converter
from booking_app.core.limits import MAX_LEGS
from booking_app.core.pricing import price_legs_apart
from booking_app.core.quote import LegRequest
from booking_app.core.quote_json import leg_to_json, quote_to_json
from booking_app.core.request import parse_leg, parse_request_apart
from booking_app.services import quoting
from booking_app.services.emissions import estimator
from booking_app.services.settings import current_settings
from booking_app.store.uow import UnitOfWork

__all__ = ["LegOutcome", "LiveQuote", "live_quote"]


class LegOutcome(NamedTuple):
    """One leg of a live quote: priced (``leg`` is its JSON) or why it is not.

    Attributes:
        index: the leg's position, from 1.
        leg: the priced leg as :func:`booking_app.core.quote_json.leg_to_json` gives it.
        error: why this leg cannot be priced, in English, without the leg's description
            ('' when priced).
        problem: the same as data (code, parameters, leg, field), or None when priced.
        provisional: priced, but an earlier leg has no price, so this leg's ready date is
            not known: it was priced from that leg's ready date.
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index, never called
    leg: dict[str, Any] | None = None
    error: str = ""
    problem: Problem | None = None
    provisional: bool = False


class LiveQuote(NamedTuple):
    """The result of pricing the editor's request.

    Attributes:
        quote: the whole quote as ``booking-app quote`` prints it, or None while a leg
            cannot be priced (then there is no total).
        legs: one outcome per leg of the request (empty when the request is unreadable).
        error: a problem not tied to one leg, in English ('' when none).
        problem: the same as data, or None.
    """

    quote: dict[str, Any] | None
    legs: tuple[LegOutcome, ...] = ()
    error: str = ""
    problem: Problem | None = None

    @property
    def broken_legs(self) -> tuple[int, ...]:
        """The legs that cannot be priced, from 1."""
        return tuple(o.index for o in self.legs if o.problem is not None)


def general(error: BookingDeskError, raw: dict[str, Any] | None = None) -> LiveQuote:
    """A live quote that failed as a whole (no leg priced); the legs of ``raw`` that
    cannot be read say so meanwhile (a leg still being typed)."""
    legs: list[LegOutcome] = []
    raw_legs = raw.get("legs") if raw is not None else None
    if isinstance(raw_legs, list) and len(raw_legs) <= MAX_LEGS:
        for i, raw_leg in enumerate(raw_legs, 1):
            try:
                parse_leg(raw_leg, i)
            except BookingDeskError as exc:
                legs.append(LegOutcome(i, error=exc.own_text, problem=exc.at_leg(i).problem))
            else:
                legs.append(LegOutcome(i))
    if all(o.problem is None for o in legs):
        legs = []
    return LiveQuote(None, tuple(legs), str(error), error.problem)


def live_quote(uow: UnitOfWork, raw: dict[str, Any], today: date | None = None) -> LiveQuote:
    """Price the editor's request exactly as ``booking-app quote`` would.

    When a leg cannot be read or priced, every other leg is priced on its own (see
    :func:`booking_app.core.pricing.price_legs_apart`) and the failing leg carries the
    reason, so the editor can show it on that leg.
    """
    try:
        request = quoting.parse_request(uow, raw, today)
    except BookingDeskError as exc:
        return _apart(uow, raw, today) if exc.leg is not None else general(exc, raw)
    try:
        priced = quoting.quote_request(uow, request)
    except BookingDeskError as exc:
        return _apart(uow, raw, today) if exc.leg is not None else general(exc)
    data = quote_to_json(priced)
    return LiveQuote(data, tuple(LegOutcome(i, leg) for i, leg in enumerate(data["legs"], 1)))


def _apart(uow: UnitOfWork, raw: dict[str, Any], today: date | None) -> LiveQuote:
    settings = current_settings(uow)
    try:
        request, legs = parse_request_apart(
            raw, today or uow.clock.today(), settings.default_currency
        )
        terms = quoting.price_terms(uow, request, settings)
        conv = Converter(uow.rates.fx_rows(), request.quote_date, request.currency)
    except BookingDeskError as exc:
        return general(exc, raw)
    attempts = price_legs_apart(request, legs, uow.rates, conv, terms)
    priced = [a.quote for a in attempts if a.quote is not None]
    shown: dict[int, dict[str, Any]] = {}
    if priced:  # the same JSON as the CLI's, distances and CO2e included
        places = estimator(uow)
        estimated = iter(places.estimate_leg(leg, request.cargo) for leg in priced)
        shown = {a.index: leg_to_json(next(estimated), request.currency)
                 for a in attempts if a.quote is not None}  # fmt: skip
    outcomes = []
    for attempt in attempts:
        leg = legs[attempt.index - 1]
        if attempt.error is None:
            outcomes.append(LegOutcome(attempt.index, shown[attempt.index],
                                       provisional=attempt.provisional))  # fmt: skip
            continue
        error = attempt.error
        if isinstance(leg, LegRequest):
            error = quoting.explain_no_rate(uow, leg, error)
        outcomes.append(LegOutcome(attempt.index, error=error.own_text, problem=error.problem,
                                   provisional=attempt.provisional))  # fmt: skip
    return LiveQuote(None, tuple(outcomes))
