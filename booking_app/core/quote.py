"""The request and result of a quote: plain dataclasses shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from booking_app.core.cargo import Cargo

PRICE_RULES = ("markup", "margin")


@dataclass(frozen=True)
class LegRequest:
    """One leg as asked: mode, origin, destination and optionally a forced carrier."""

    mode: str
    origin: str
    destination: str
    carrier: str | None = None


@dataclass(frozen=True)
class Parties:
    """Names and terms a booking needs (a quote does not)."""

    customer: str = ""
    shipper: str = ""
    consignee: str = ""
    incoterm: str = ""
    notes: str = ""


@dataclass(frozen=True)
class QuoteRequest:
    """Everything needed to price a route for a cargo."""

    quote_date: date
    ship_date: date
    currency: str
    cargo: Cargo
    legs: tuple[LegRequest, ...]
    markup_percent: Decimal = Decimal(0)
    price_rule: str = "markup"
    parties: Parties = field(default_factory=Parties)


@dataclass(frozen=True)
class ChargeLine:
    """One priced line: freight (code FRT) or a surcharge (its own code)."""

    code: str
    description: str
    basis: str
    quantity: Decimal
    unit_price: Decimal
    currency: str
    amount: Decimal
    amount_quote: Decimal
    rate_id: int | None = None
    surcharge_id: int | None = None
    minimum_applied: bool = False


@dataclass(frozen=True)
class LegQuote:
    """A priced leg with its chosen carrier, dates and lines."""

    mode: str
    origin: str
    destination: str
    carrier: str
    service: str
    etd: date
    eta: date
    chargeable: Decimal | None
    lines: tuple[ChargeLine, ...]
    subtotal: Decimal

    @property
    def transit_days(self) -> int:
        """Days from departure to arrival of this leg."""
        return (self.eta - self.etd).days


@dataclass(frozen=True)
class Quote:
    """A whole priced route: legs, total, transit and the FX rates used (frozen with it)."""

    quote_date: date
    ship_date: date
    currency: str
    markup_percent: Decimal
    price_rule: str
    fx: dict[str, Decimal]
    legs: tuple[LegQuote, ...]
    total: Decimal

    @property
    def transit_days(self) -> int:
        """Last arrival minus ship date."""
        if not self.legs:
            return 0
        return (self.legs[-1].eta - self.ship_date).days
