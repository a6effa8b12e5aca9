"""Rate rows, surcharge rows and exchange rates, with their validity and matching rules."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from booking_app.core.errors import ValidationError
from booking_app.core.money import CURRENCY_RE as CURRENCY_RE

MODES = ("sea_fcl", "sea_lcl", "rail_fcl", "rail_lcl", "road_ftl", "road_ltl", "air")
RATE_BASES = ("per_container", "per_truck", "per_wm", "per_kg", "per_shipment")
SURCHARGE_BASES = ("per_container", "per_truck", "per_shipment", "per_kg", "per_wm", "percent")
UNIT_BASES = ("per_container", "per_truck")
LOOSE_BASES = ("per_wm", "per_kg")
LOCODE_RE = re.compile(r"^[A-Z0-9]{5}$")
_BREAK_SPLIT = re.compile(r"[\s;]+")


class Break(NamedTuple):
    """A weight/measure break: from ``threshold`` units on, ``rate`` per unit."""

    threshold: Decimal
    rate: Decimal


class Rate(NamedTuple):
    """One row of the rate table: the price of one kind of leg."""

    id: int | None
    mode: str
    origin: str
    destination: str
    carrier: str
    service: str
    equipment: str
    basis: str
    currency: str
    rate: Decimal
    min_charge: Decimal | None
    breaks: tuple[Break, ...]
    kg_per_cbm: Decimal | None
    valid_from: date
    valid_to: date
    transit_days: int
    max_charge: Decimal | None = None

    def is_valid_on(self, day: date) -> bool:
        """Validity is inclusive at both ends."""
        return self.valid_from <= day <= self.valid_to


class Surcharge(NamedTuple):
    """One row of the surcharge table. Blank keys match anything."""

    id: int | None
    code: str
    description: str
    mode: str
    origin: str
    destination: str
    carrier: str
    equipment: str
    basis: str
    currency: str
    amount: Decimal
    min_charge: Decimal | None
    valid_from: date
    valid_to: date
    max_charge: Decimal | None = None

    def is_valid_on(self, day: date) -> bool:
        """Validity is inclusive at both ends."""
        return self.valid_from <= day <= self.valid_to

    def matches(self, mode: str, origin: str, destination: str, carrier: str) -> bool:
        """True when every non-blank key equals the leg's (equipment is checked apart)."""
        return (
            (not self.mode or self.mode == mode)
            and (not self.origin or self.origin == origin)
            and (not self.destination or self.destination == destination)
            and (not self.carrier or self.carrier == carrier)
        )


class FxRate(NamedTuple):
    """Units of a currency per 1 USD, from a date on."""

    currency: str
    units_per_usd: Decimal
    valid_from: date


def parse_breaks(text: str) -> tuple[Break, ...]:
    """Parse ``"45:22.00 100:18.00"`` (spaces or ``;`` between pairs), thresholds ascending.

    Raises:
        ValidationError: a pair is malformed, negative, or thresholds repeat.
    """
    text = text.strip()
    if not text:
        return ()
    result: list[Break] = []
    for pair in _BREAK_SPLIT.split(text):
        if not pair:
            continue
        threshold_text, sep, rate_text = pair.partition(":")
        if not sep:
            raise ValidationError(f"{pair!r} is not a threshold:rate pair")
        try:
            threshold = Decimal(threshold_text)
            rate = Decimal(rate_text)
        except InvalidOperation:
            raise ValidationError(f"{pair!r} is not a threshold:rate pair") from None
        if not (threshold.is_finite() and rate.is_finite()) or threshold <= 0 or rate < 0:
            raise ValidationError(f"{pair!r}: threshold must be > 0 and rate ≥ 0")
        result.append(Break(threshold, rate))
    result.sort(key=lambda b: b.threshold)
    for a, b in zip(result, result[1:], strict=False):
        if a.threshold == b.threshold:
            raise ValidationError(f"threshold {a.threshold} appears twice")
    return tuple(result)


def format_breaks(breaks: tuple[Break, ...]) -> str:
    """The canonical text of a list of breaks (inverse of :func:`parse_breaks`)."""
    return " ".join(f"{b.threshold:f}:{b.rate:f}" for b in breaks)


def fx_on(rows: list[FxRate], currency: str, day: date) -> FxRate | None:
    """The row of ``currency`` with the latest ``valid_from`` ≤ ``day`` (USD is always 1)."""
    if currency == "USD":
        return FxRate("USD", Decimal(1), date.min)
    best: FxRate | None = None
    for row in rows:
        if row.currency == currency and row.valid_from <= day:
            if best is None or row.valid_from > best.valid_from:
                best = row
    return best
