"""One leg's carrier search: every way each carrier can carry it, on the day it departs.

A carrier with a schedule on the lane departs on its first departure on or after the
ready date + cut-off and is priced on the rates valid that day; one without departs on
the ready date (schedules-routes-emissions.md §1). Freight and surcharge lines come from
:mod:`booking_app.core.freight`; a customer's contract tariff sets the FRT price side.
"""

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from booking_app.core.cargo import Cargo
from booking_app.core.freight import freight_line, freight_of, surcharge_lines
from booking_app.core.fx import Converter
from booking_app.core.money import round_money
from booking_app.core.quote import ChargeLine, LegRequest
from booking_app.core.rates import LOOSE_BASES, UNIT_BASES, Rate, Surcharge
from booking_app.core.schedules import Schedule
from booking_app.core.tariffs import SellTariff, TariffPlan, included_line

if TYPE_CHECKING:
    from booking_app.core.pricing import RateSource


class Candidate(NamedTuple):
    carrier: str
    service: str
    rates: tuple[Rate, ...]
    lines: tuple[ChargeLine, ...]
    cost: Decimal
    transit_days: int
    etd: date
    cutoff: date | None = None
    ends: tuple[date, ...] = ()  # the last valid days of the rate and surcharge rows used

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
    tariff: TariffPlan | None = None,
) -> Candidate:
    """Price one way a carrier can carry the leg: its freight rows plus every surcharge.

    With a contract tariff, the FRT lines sell at the tariff and the surcharges at 0
    (all-in) or by ``factor``; the cost side, and so the carrier choice, is unchanged.
    """
    freight = [freight_line(rate, cargo, conv, factor) for rate in rates]
    if tariff is not None:
        freight = tariff.price_freight(freight, rates, cargo, conv)
    lines = list(freight)
    used: list[Surcharge] = []
    for surcharge in surcharges:
        if surcharge.matches(leg.mode, leg.origin, leg.destination, carrier):
            added = surcharge_lines(surcharge, rates[0], freight, cargo, conv, factor)
            if tariff is not None and tariff.included:
                added = [included_line(line) for line in added]
            if added:
                used.append(surcharge)
            lines.extend(added)
    ends = [r.valid_to for r in rates if r.id is not None]  # spot rates do not limit it
    ends += [s.valid_to for s in used if s.id is not None]
    services = sorted({r.service for r in rates if r.service})
    return Candidate(
        carrier=carrier,
        service=", ".join(services),
        rates=tuple(rates),
        lines=tuple(lines),
        cost=sum((line.cost_quote for line in lines), Decimal(0)),
        transit_days=max(r.transit_days for r in rates),
        etd=etd,
        ends=tuple(ends),
    )


def _cheapest_row(rows: list[Rate], cargo: Cargo, conv: Converter) -> Rate:
    def key(rate: Rate) -> tuple[Decimal, int, int]:
        freight = round_money(freight_of(rate, cargo).exact, rate.currency)
        return (conv.to_quote(freight, rate.currency), rate.transit_days, rate.id or 0)

    return min(rows, key=key)


def options_for_carrier(
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


class LegSearch:
    """One leg's carrier search: the rows and surcharges of each day asked, and what
    went missing (kept only to explain a failure)."""

    def __init__(
        self,
        leg: LegRequest,
        cargo: Cargo,
        source: "RateSource",
        conv: Converter,
        factor: Decimal,
        tariffs: Sequence[SellTariff] = (),
    ) -> None:
        self.leg, self.cargo, self.source, self.conv = leg, cargo, source, conv
        self.factor, self.tariffs = factor, tariffs
        self.missing: set[str] = set()
        self.no_departure: set[str] = set()
        self._rows: dict[date, list[Rate]] = {}
        self._plans: dict[date, TariffPlan | None] = {}

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

    def plan(self, etd: date) -> TariffPlan | None:
        """The customer's tariff for a departure on ``etd`` (worked out once per day)."""
        if etd not in self._plans:
            self._plans[etd] = plan_tariff(self.leg, etd, self.tariffs, self.cargo, self.conv)
        return self._plans[etd]

    def priced(self, carrier: str, rows: list[Rate], etd: date) -> list[Candidate]:
        """Every option of one carrier departing on ``etd``."""
        leg = self.leg
        options = options_for_carrier(rows, self.cargo, self.conv, self.missing)
        if not options:
            return []
        surcharges = self.source.surcharges_for(leg.mode, leg.origin, leg.destination, etd)
        tariff = self.plan(etd)
        return [
            price_option(carrier, option, surcharges, self.cargo, self.conv, leg, self.factor,
                         etd, tariff)  # fmt: skip
            for option in options
        ]

    def candidates(self, ready: date) -> list[Candidate]:
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
        found: list[Candidate] = []
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
                    found.append(c._replace(transit_days=transit, cutoff=cutoff))
            if len(found) == before:
                self.no_departure.add(carrier)
        return found


def plan_tariff(
    leg: LegRequest, etd: date, tariffs: Sequence[SellTariff], cargo: Cargo, conv: Converter
) -> TariffPlan | None:
    """The customer's tariff rows valid on the leg's ETD that cover the cargo (the cheapest
    way when several do), or None."""
    rows = [t for t in tariffs if t.applies(leg.mode, leg.origin, leg.destination, etd)]
    if not rows or leg.spot:
        return None
    by_rate = {id(t.rate): t for t in rows}
    options = options_for_carrier([t.rate for t in rows], cargo, conv, set())
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
