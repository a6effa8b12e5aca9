"""Builders for rates, surcharges, FX rows and requests, and an in-memory RateSource."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from booking_app.core.cargo import Cargo, PieceLine, UnitLine
from booking_app.core.quote import LegRequest, QuoteRequest
from booking_app.core.rates import FxRate, Rate, Surcharge, parse_breaks
from booking_app.core.schedules import Schedule, parse_departures
from booking_app.core.selling import PriceRule

D = Decimal
FROM = date(2026, 1, 1)
TO = date(2026, 12, 31)


def rate(**kw: Any) -> Rate:
    """A rate row with sensible defaults (sea_fcl CNQZH→VNSGN, 40HC, USD 500)."""
    values: dict[str, Any] = {
        "id": None,
        "mode": "sea_fcl",
        "origin": "CNQZH",
        "destination": "VNSGN",
        "carrier": "Alpha Line",
        "service": "",
        "equipment": "40HC",
        "basis": "per_container",
        "currency": "USD",
        "rate": D("500"),
        "min_charge": None,
        "breaks": (),
        "kg_per_cbm": None,
        "valid_from": FROM,
        "valid_to": TO,
        "transit_days": 7,
    }
    values.update(kw)
    if isinstance(values["breaks"], str):
        values["breaks"] = parse_breaks(values["breaks"])
    for key in ("rate", "min_charge", "kg_per_cbm", "max_charge"):
        if isinstance(values.get(key), (str, int)):
            values[key] = D(values[key])
    return Rate(**values)


def surcharge(**kw: Any) -> Surcharge:
    """A surcharge row matching anything by default (per_shipment USD 10)."""
    values: dict[str, Any] = {
        "id": None,
        "code": "DOC",
        "description": "Documentation",
        "mode": "",
        "origin": "",
        "destination": "",
        "carrier": "",
        "equipment": "",
        "basis": "per_shipment",
        "currency": "USD",
        "amount": D("10"),
        "min_charge": None,
        "valid_from": FROM,
        "valid_to": TO,
    }
    values.update(kw)
    for key in ("amount", "min_charge", "max_charge"):
        if isinstance(values.get(key), (str, int)):
            values[key] = D(values[key])
    return Surcharge(**values)


def schedule(departures: str = "daily", **kw: Any) -> Schedule:
    """A schedule row (sea_fcl CNQZH→VNSGN, Alpha Line, no cut-off, the rate's transit)."""
    values: dict[str, Any] = {
        "id": None,
        "mode": "sea_fcl",
        "origin": "CNQZH",
        "destination": "VNSGN",
        "carrier": "Alpha Line",
        "service": "",
        "departures": parse_departures(departures),
        "cutoff_days": 0,
        "transit_days": None,
        "valid_from": FROM,
        "valid_to": TO,
    }
    values.update(kw)
    return Schedule(**values)


def fx(currency: str, units: str, valid_from: date = date(2025, 1, 1)) -> FxRate:
    """An FX row."""
    return FxRate(currency, D(units), valid_from)


DEFAULT_FX = [fx("CNY", "7.10"), fx("VND", "25400"), fx("THB", "34.50")]


@dataclass
class ListSource:
    """A RateSource over plain lists (ids are assigned in order)."""

    rates: list[Rate] = field(default_factory=list)
    surcharges: list[Surcharge] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rates = [
            r if r.id is not None else r._replace(id=i)
            for i, r in enumerate(self.rates, 1)
        ]
        self.surcharges = [
            s if s.id is not None else s._replace(id=i)
            for i, s in enumerate(self.surcharges, 1)
        ]

    def rates_for(self, mode: str, origin: str, destination: str, day: date) -> list[Rate]:
        return [
            r
            for r in self.lane_rates(mode, origin, destination)
            if r.valid_from <= day <= r.valid_to
        ]

    def lane_rates(self, mode: str, origin: str, destination: str) -> list[Rate]:
        return [
            r
            for r in self.rates
            if (r.mode, r.origin, r.destination) == (mode, origin, destination)
        ]

    def schedules_for(self, mode: str, origin: str, destination: str) -> list[Schedule]:
        return [
            s
            for s in self.schedules
            if (s.mode, s.origin, s.destination) == (mode, origin, destination)
        ]

    def surcharges_for(
        self, mode: str, origin: str, destination: str, day: date
    ) -> list[Surcharge]:
        return [
            s
            for s in self.surcharges
            if s.mode in ("", mode)
            and s.origin in ("", origin)
            and s.destination in ("", destination)
            and s.valid_from <= day <= s.valid_to
        ]


def containers(*pairs: tuple[str, int]) -> Cargo:
    """Cargo of containers, e.g. ``containers(("40HC", 2))``."""
    return Cargo(containers=tuple(UnitLine(t, n) for t, n in pairs))


def trucks(*pairs: tuple[str, int]) -> Cargo:
    """Cargo of trucks."""
    return Cargo(trucks=tuple(UnitLine(t, n) for t, n in pairs))


def loose(kg: str, cbm: str) -> Cargo:
    """Loose cargo given by totals."""
    return Cargo(total_weight_kg=D(kg), total_volume_cbm=D(cbm))


def pieces(*lines: tuple[int, str, str, str, str]) -> Cargo:
    """Loose cargo by piece lines (count, L, W, H, kg per piece)."""
    return Cargo(pieces=tuple(PieceLine(n, D(a), D(b), D(c), D(w)) for n, a, b, c, w in lines))


def request(
    cargo: Cargo,
    *legs: tuple[str, str, str] | tuple[str, str, str, str],
    currency: str = "USD",
    quote_date: date = date(2026, 3, 1),
    ship_date: date = date(2026, 3, 2),
    markup: str = "0",
    rule: str = "markup",
) -> QuoteRequest:
    """A QuoteRequest; each leg (mode, origin, destination[, carrier])."""
    leg_requests = tuple(LegRequest(*leg) for leg in legs)
    if not leg_requests:
        leg_requests = (LegRequest("sea_fcl", "CNQZH", "VNSGN"),)
    return QuoteRequest(
        quote_date=quote_date,
        ship_date=ship_date,
        currency=currency,
        cargo=cargo,
        legs=leg_requests,
        price=PriceRule(rule, D(markup)),
    )


def book_on(
    uow: Any, day: date, raws: list[dict[str, Any]], status: str = "confirmed", **kw: Any
) -> list[Any]:
    """Book ``raws`` through the booking service on ``day`` (the clock set to 10:00 of it).

    A booking's day is the day its number is issued (selling.md §7), so a test that needs
    bookings of several days makes them on those days, as a clerk would.
    """
    from datetime import datetime, time

    from booking_app.services import quoting

    uow.clock.set(datetime.combine(day, time(10, 0)))
    return quoting.book(uow, raws, status, **kw)
