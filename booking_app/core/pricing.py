"""The pricing engine: freight and surcharge lines of a leg, carrier choice, route chaining.

Implements ``spec/rating-rules.md`` exactly. Pure: rates come from a :class:`RateSource`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from booking_app.core.cargo import Cargo
from booking_app.core.errors import FxMissingError, NoRateError, ValidationError
from booking_app.core.freight import (
    extra_line,
    freight_line,
    freight_of,
    leg_chargeable,
    surcharge_lines,
)
from booking_app.core.fx import Converter
from booking_app.core.money import round_money
from booking_app.core.no_rate import why_no_rate
from booking_app.core.quote import ChargeLine, LegQuote, LegRequest, Quote, QuoteRequest
from booking_app.core.rates import LOOSE_BASES, UNIT_BASES, FxRate, Rate, Surcharge
from booking_app.core.schedules import Schedule
from booking_app.core.selling import PriceRule, PriceTerms


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


@dataclass(frozen=True)
class _Candidate:
    carrier: str
    service: str
    rates: tuple[Rate, ...]
    lines: tuple[ChargeLine, ...]
    cost: Decimal
    transit_days: int
    etd: date
    cutoff: date | None = None

    @property
    def eta(self) -> date:
        """Arrival: departure plus the transit days."""
        return self.etd + timedelta(days=self.transit_days)

    @property
    def key(self) -> tuple[Decimal, date, str, tuple[int, ...]]:
        """Cheapest cost first, then the earlier arrival, then the carrier's name."""
        ids = tuple(r.id or 0 for r in self.rates)
        return (self.cost, self.eta, self.carrier, ids)


def price_option(
    carrier: str,
    rates: Sequence[Rate],
    surcharges: Iterable[Surcharge],
    cargo: Cargo,
    conv: Converter,
    leg: LegRequest,
    factor: Decimal = Decimal(1),
    etd: date = date.min,
) -> _Candidate:
    """Price one way a carrier can carry the leg: its freight rows plus every surcharge."""
    freight = [freight_line(rate, cargo, conv, factor) for rate in rates]
    lines = list(freight)
    for surcharge in surcharges:
        if surcharge.matches(leg.mode, leg.origin, leg.destination, carrier):
            lines.extend(surcharge_lines(surcharge, rates[0], freight, cargo, conv, factor))
    services = sorted({r.service for r in rates if r.service})
    return _Candidate(
        carrier=carrier,
        service=", ".join(services),
        rates=tuple(rates),
        lines=tuple(lines),
        cost=sum((line.cost_quote for line in lines), Decimal(0)),
        transit_days=max(r.transit_days for r in rates),
        etd=etd,
    )


def _cheapest_row(rows: list[Rate], cargo: Cargo, conv: Converter) -> Rate:
    def key(rate: Rate) -> tuple[Decimal, int, int]:
        freight = round_money(freight_of(rate, cargo).exact, rate.currency)
        return (conv.to_quote(freight, rate.currency), rate.transit_days, rate.id or 0)

    return min(rows, key=key)


def _options_for_carrier(
    rows: list[Rate], cargo: Cargo, conv: Converter, missing: set[str]
) -> list[list[Rate]]:
    """Each list of rows by which one carrier can price the leg for this cargo."""
    options: list[list[Rate]] = [[r] for r in rows if r.basis == "per_shipment"]
    if not cargo.is_unitised:
        options.extend([r] for r in rows if r.basis in LOOSE_BASES)
        return options
    unit_rows: list[Rate] = []
    complete = False
    kinds = (
        ("per_container", [c.type for c in cargo.containers]),
        ("per_truck", [t.type for t in cargo.trucks]),
    )
    for basis, types in kinds:
        of_basis = [r for r in rows if r.basis == basis]
        if not types or not of_basis:
            continue
        complete = True
        for equipment in types:
            fitting = [r for r in of_basis if r.equipment == equipment]
            if fitting:
                unit_rows.append(_cheapest_row(fitting, cargo, conv))
            else:
                missing.add(equipment)
                complete = False
                break
        if not complete:
            break
    if complete and unit_rows:
        options.append(unit_rows)
    return options


@dataclass
class _Search:
    """One leg's carrier search: the rows and surcharges of each day asked, and what
    went missing (kept only to explain a failure)."""

    leg: LegRequest
    cargo: Cargo
    source: RateSource
    conv: Converter
    factor: Decimal
    missing: set[str] = field(default_factory=set)
    no_departure: set[str] = field(default_factory=set)
    _rows: dict[date, list[Rate]] = field(default_factory=dict)

    def rows_on(self, day: date) -> list[Rate]:
        """The rows that could carry this cargo on ``day`` (spot rows whatever the day)."""
        if day not in self._rows:
            self._rows[day] = self._fitting_rows(day)
        return self._rows[day]

    def _fitting_rows(self, day: date) -> list[Rate]:
        leg = self.leg
        if leg.spot:
            rows = list(leg.spot)
        else:
            rows = self.source.rates_for(leg.mode, leg.origin, leg.destination, day)
        if leg.carrier and not leg.spot:
            rows = [r for r in rows if r.carrier == leg.carrier]
        unit = self.cargo.is_unitised
        return [r for r in rows if r.basis == "per_shipment" or (r.basis in UNIT_BASES) == unit]

    def priced(self, carrier: str, rows: list[Rate], etd: date) -> list[_Candidate]:
        leg = self.leg
        surcharges = self.source.surcharges_for(leg.mode, leg.origin, leg.destination, etd)
        return [
            price_option(carrier, option, surcharges, self.cargo, self.conv, leg, self.factor, etd)
            for option in _options_for_carrier(rows, self.cargo, self.conv, self.missing)
        ]

    def candidates(self, ready: date) -> list[_Candidate]:
        """Every way to carry the leg for cargo ready on ``ready`` (spec §1)."""
        leg = self.leg
        schedules: dict[str, list[Schedule]] = {}
        for s in self.source.schedules_for(leg.mode, leg.origin, leg.destination):
            if not leg.carrier or s.carrier == leg.carrier:
                schedules.setdefault(s.carrier, []).append(s)
        by_carrier: dict[str, list[Rate]] = {}
        for row in self.rows_on(ready):
            if row.carrier not in schedules:  # no schedule: departs on the ready date
                by_carrier.setdefault(row.carrier, []).append(row)
        found: list[_Candidate] = []
        for carrier, rows in by_carrier.items():
            found.extend(self.priced(carrier, rows, ready))
        for carrier, rows_of in schedules.items():
            before = len(found)
            for s in rows_of:
                etd = s.departure(ready)
                if etd is None:
                    continue
                rows = [r for r in self.rows_on(etd) if r.carrier == carrier]
                rows = [r for r in rows if s.serves(r.service)]
                for c in self.priced(carrier, rows, etd):
                    transit = c.transit_days if s.transit_days is None else s.transit_days
                    cutoff = etd - timedelta(days=s.cutoff_days)
                    found.append(replace(c, transit_days=transit, cutoff=cutoff))
            if len(found) == before:
                self.no_departure.add(carrier)
        return found


def _leg_quote(
    best: _Candidate, leg: LegRequest, ready: date, cargo: Cargo, conv: Converter,
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
    )


def best_leg(
    leg: LegRequest,
    ready: date,
    cargo: Cargo,
    source: RateSource,
    conv: Converter,
    price: PriceRule | None = None,
) -> LegQuote | None:
    """The leg priced as :func:`price_leg` would, or None when it cannot be (no message is
    built: route search discards such chains by the thousand)."""
    price = price or PriceRule("markup", Decimal(0))
    search = _Search(leg, cargo, source, conv, price.factor)
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
    search = _Search(leg, cargo, source, conv, price.factor)
    try:
        found = search.candidates(ready)
        if not found:
            lane = [] if leg.spot else source.lane_rates(leg.mode, leg.origin, leg.destination)
            why = why_no_rate(leg, ready, cargo, lane, search.missing, search.no_departure)
            raise NoRateError(f"{describe_leg(index, leg, ready)}: {why}")
        best = min(found, key=lambda c: c.key)
        return _leg_quote(best, leg, ready, cargo, conv, price)
    except FxMissingError as exc:
        raise FxMissingError(f"{describe_leg(index, leg, ready)}: {exc}") from None


def check_chained(legs: Sequence[LegRequest]) -> None:
    """Each leg must start where the previous one ends.

    Raises:
        ValidationError: naming the first pair that does not chain.
    """
    if not legs:
        raise ValidationError("the request has no legs")
    for i, (a, b) in enumerate(zip(legs, legs[1:], strict=False), 1):
        if a.destination != b.origin:
            raise ValidationError(
                f"leg {i} ends at {a.destination} but leg {i + 1} starts at {b.origin}"
            )


def _fx_used(conv: Converter, legs: Sequence[LegQuote]) -> dict[str, Decimal]:
    currencies = {conv.currency} | {line.currency for leg in legs for line in leg.lines}
    return {c: conv.units_per_usd(c) for c in sorted(currencies)}


def price_route(
    request: QuoteRequest,
    source: RateSource,
    fx_rows: list[FxRate],
    terms: PriceTerms | None = None,
) -> Quote:
    """Price every leg in order, each on its own ETD, and total them in the quote currency.

    Leg 1's cargo is ready on the ship date, each later leg's on the previous ETA.

    Each leg's markup or margin comes from ``terms`` (selling.md §2: the request's own,
    else the customer's profile for the leg's mode, else the settings' default); without
    terms, the request's own rule or none.

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
        priced = price_leg(index, leg, ready, request.cargo, source, conv, price)
        legs.append(priced)
        ready = priced.eta
    return assemble_quote(request, legs, conv, terms)


def assemble_quote(
    request: QuoteRequest, legs: Sequence[LegQuote], conv: Converter, terms: PriceTerms
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
    )
