"""The pricing engine: freight and surcharge lines of a leg, carrier choice, route chaining.

Implements ``spec/rating-rules.md`` exactly. Pure: rates come from a :class:`RateSource`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
from booking_app.core.lifecycle import DEFAULT_VALID_DAYS, valid_until
from booking_app.core.money import round_money
from booking_app.core.quote import ChargeLine, LegQuote, LegRequest, Quote, QuoteRequest
from booking_app.core.rates import LOOSE_BASES, UNIT_BASES, FxRate, Rate, Surcharge
from booking_app.core.selling import PriceRule, PriceTerms
from booking_app.core.tariffs import SellTariff, TariffPlan, included_line


class RateSource(Protocol):
    """Where the engine finds rates and surcharges (the store, or a list in tests)."""

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

    @property
    def key(self) -> tuple[Decimal, int, str, tuple[int, ...]]:
        """Cheapest cost first, then fewer transit days, then the carrier's name."""
        ids = tuple(r.id or 0 for r in self.rates)
        return (self.cost, self.transit_days, self.carrier, ids)


def price_option(
    carrier: str,
    rates: Sequence[Rate],
    surcharges: Iterable[Surcharge],
    cargo: Cargo,
    conv: Converter,
    leg: LegRequest,
    factor: Decimal = Decimal(1),
    tariff: TariffPlan | None = None,
) -> _Candidate:
    """Price one way a carrier can carry the leg: its freight rows plus every surcharge.

    With a contract tariff, the FRT lines sell at the tariff and the surcharges at 0
    (all-in) or by ``factor``; the cost side, and so the carrier choice, is unchanged.
    """
    freight = [freight_line(rate, cargo, conv, factor) for rate in rates]
    if tariff is not None:
        freight = tariff.price_freight(freight, rates, cargo, conv)
    lines = list(freight)
    for surcharge in surcharges:
        if surcharge.matches(leg.mode, leg.origin, leg.destination, carrier):
            added = surcharge_lines(surcharge, rates[0], freight, cargo, conv, factor)
            if tariff is not None and tariff.included:
                added = [included_line(line) for line in added]
            lines.extend(added)
    services = sorted({r.service for r in rates if r.service})
    return _Candidate(
        carrier=carrier,
        service=", ".join(services),
        rates=tuple(rates),
        lines=tuple(lines),
        cost=sum((line.cost_quote for line in lines), Decimal(0)),
        transit_days=max(r.transit_days for r in rates),
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


def price_leg(
    index: int,
    leg: LegRequest,
    etd: date,
    cargo: Cargo,
    source: RateSource,
    conv: Converter,
    price: PriceRule | None = None,
    tariffs: Sequence[SellTariff] = (),
) -> LegQuote:
    """Price a leg departing on ``etd`` with its cheapest carrier by cost (or the forced one).

    The leg's spot rates, when it has any, replace the rate table; the clerk's extra
    charges follow the chosen carrier's lines. ``price`` is the leg's markup or margin.

    Raises:
        NoRateError: no carrier can price the leg; the message names the leg and why.
        FxMissingError: a line's currency has no FX row on the quote date.
    """
    price = price or PriceRule("markup", Decimal(0))
    factor = price.factor
    name = describe_leg(index, leg, etd)
    if leg.spot:
        rows = list(leg.spot)
    else:
        rows = source.rates_for(leg.mode, leg.origin, leg.destination, etd)
    if leg.carrier and not leg.spot:
        rows = [r for r in rows if r.carrier == leg.carrier]
    fitting_bases = ("per_shipment", *(UNIT_BASES if cargo.is_unitised else LOOSE_BASES))
    rows = [r for r in rows if r.basis in fitting_bases]
    by_carrier: dict[str, list[Rate]] = {}
    for row in rows:
        by_carrier.setdefault(row.carrier, []).append(row)
    surcharges = source.surcharges_for(leg.mode, leg.origin, leg.destination, etd)
    missing: set[str] = set()
    candidates: list[_Candidate] = []
    try:
        tariff = _plan_tariff(leg, etd, tariffs, cargo, conv)
        for carrier, carrier_rows in by_carrier.items():
            for option in _options_for_carrier(carrier_rows, cargo, conv, missing):
                candidates.append(
                    price_option(carrier, option, surcharges, cargo, conv, leg, factor, tariff)
                )
        if not candidates:
            raise NoRateError(f"{name}: {_why_no_rate(leg, etd, cargo, source, missing)}")
        best = min(candidates, key=lambda c: c.key)
        lines = best.lines + tuple(extra_line(c, conv, factor) for c in leg.extra_charges)
    except FxMissingError as exc:
        raise FxMissingError(f"{name}: {exc}") from None
    chargeable = next(
        (q for q in (leg_chargeable(r, cargo) for r in best.rates) if q is not None), None
    )
    used = {line.surcharge_id for line in lines if line.surcharge_id is not None}
    ends = [r.valid_to for r in best.rates if r.id is not None]  # spot rates do not limit it
    ends += [s.valid_to for s in surcharges if s.id in used]
    return LegQuote(
        mode=leg.mode,
        origin=leg.origin,
        destination=leg.destination,
        carrier=best.carrier,
        service=best.service,
        etd=etd,
        eta=etd + timedelta(days=best.transit_days),
        chargeable=chargeable,
        lines=lines,
        subtotal=sum((line.amount_quote for line in lines), Decimal(0)),
        cost_subtotal=sum((line.cost_quote for line in lines), Decimal(0)),
        price=price,
        rates_valid_to=min(ends) if ends else None,
    )


def _plan_tariff(
    leg: LegRequest, etd: date, tariffs: Sequence[SellTariff], cargo: Cargo, conv: Converter
) -> TariffPlan | None:
    """The customer's tariff rows valid on the leg's ETD that cover the cargo (the cheapest
    way when several do), or None."""
    rows = [t for t in tariffs if t.applies(leg.mode, leg.origin, leg.destination, etd)]
    if not rows or leg.spot:
        return None
    by_rate = {id(t.rate): t for t in rows}
    options = _options_for_carrier([t.rate for t in rows], cargo, conv, set())
    if not options:
        return None

    def cost(option: list[Rate]) -> Decimal:
        return sum(
            (conv.to_quote(round_money(freight_of(r, cargo).exact, r.currency), r.currency)
             for r in option),
            Decimal(0),
        )  # fmt: skip

    best = min(options, key=cost)
    return TariffPlan(tuple(by_rate[id(r)] for r in best))


def _cargo_words(cargo: Cargo) -> str:
    units = [f"{u.count}×{u.type}" for u in (*cargo.containers, *cargo.trucks)]
    return "containers/trucks " + ", ".join(units) if units else "loose cargo"


def _why_no_rate(
    leg: LegRequest, etd: date, cargo: Cargo, source: RateSource, missing: set[str]
) -> str:
    if leg.spot:
        return f"the spot rate does not fit {_cargo_words(cargo)}" + (
            " (no rate for equipment " + ", ".join(sorted(missing)) + ")" if missing else ""
        )
    lane = source.lane_rates(leg.mode, leg.origin, leg.destination)
    carrier_words = f" from carrier {leg.carrier}" if leg.carrier else ""
    if leg.carrier:
        lane = [r for r in lane if r.carrier == leg.carrier]
    if not lane:
        return f"no rate{carrier_words} on this lane"
    valid = [r for r in lane if r.is_valid_on(etd)]
    if not valid:
        return f"no rate{carrier_words} valid on {etd.isoformat()}"
    if missing:
        return "no rate for equipment " + ", ".join(sorted(missing))
    bases = ", ".join(sorted({r.basis for r in valid}))
    return f"no rate fits {_cargo_words(cargo)} (rates here are {bases})"


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

    Each leg's markup or margin comes from ``terms`` (selling.md §2: the request's own,
    else the customer's profile for the leg's mode, else the settings' default); without
    terms, the request's own rule or none. The quote is valid ``valid_days`` from its date,
    or until the earliest end of the rate and surcharge rows it used, if sooner.

    Raises:
        ValidationError: the legs do not chain or the request is inconsistent.
        PricingError: a leg cannot be priced (the message names it).
    """
    if not request.legs:
        raise ValidationError("the request has no legs")
    for i, (a, b) in enumerate(zip(request.legs, request.legs[1:], strict=False), 1):
        if a.destination != b.origin:
            raise ValidationError(
                f"leg {i} ends at {a.destination} but leg {i + 1} starts at {b.origin}"
            )
    terms = terms or PriceTerms(given=request.price)
    conv = Converter(fx_rows, request.quote_date, request.currency)
    legs: list[LegQuote] = []
    etd = request.ship_date
    for index, leg in enumerate(request.legs, 1):
        price = terms.for_mode(leg.mode)
        priced = price_leg(index, leg, etd, request.cargo, source, conv, price, terms.tariffs)
        legs.append(priced)
        etd = priced.eta
    return Quote(
        quote_date=request.quote_date,
        ship_date=request.ship_date,
        currency=request.currency,
        price=terms.given,
        fx=_fx_used(conv, legs),
        legs=tuple(legs),
        total=sum((leg.subtotal for leg in legs), Decimal(0)),
        cost_total=sum((leg.cost_subtotal for leg in legs), Decimal(0)),
        min_margin_percent=terms.floor(request.legs[0].mode),
        valid_until=valid_until(request.quote_date, valid_days, legs),
    )
