"""The request and result of a quote: plain records (NamedTuples) shared by every layer."""

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from booking_app.core.cargo import Cargo
from booking_app.core.rates import Rate
from booking_app.core.selling import PriceRule, margin_percent


class ExtraCharge(NamedTuple):
    """A charge the clerk adds to a leg by hand (selling.md §4); ``quantity`` is given."""

    code: str
    description: str
    basis: str
    quantity: Decimal
    unit_price: Decimal
    currency: str
    sell_unit_price: Decimal | None = None


class LegRequest(NamedTuple):
    """One leg as asked: mode, origin, destination, optionally a forced carrier.

    ``spot`` holds rates a carrier gave for this shipment only (priced instead of the
    rate table, selling.md §4); ``extra_charges`` the clerk's own lines.
    """

    mode: str
    origin: str
    destination: str
    carrier: str | None = None
    extra_charges: tuple[ExtraCharge, ...] = ()
    spot: tuple[Rate, ...] = ()


class Approval(NamedTuple):
    """Who approved a confirmation below the margin floor, and why (selling.md §3)."""

    by: str
    reason: str


class Parties(NamedTuple):
    """Names and terms a booking needs (a quote does not)."""

    customer: str = ""
    shipper: str = ""
    consignee: str = ""
    incoterm: str = ""
    notes: str = ""


class QuoteRequest(NamedTuple):
    """Everything needed to price a route for a cargo."""

    quote_date: date
    ship_date: date
    currency: str
    cargo: Cargo
    legs: tuple[LegRequest, ...]
    price: PriceRule | None = None
    parties: Parties = Parties()
    approval: Approval | None = None


class ChargeLine(NamedTuple):
    """One priced line: freight (code FRT), a surcharge (its own code) or a manual charge.

    Two sides (selling.md §1): the cost side ``quantity`` × ``unit_price`` = ``amount``
    (line currency), ``cost_quote`` (quote currency); the price side ``sell_quantity`` ×
    ``sell_unit_price`` = ``sell_amount`` (line currency), ``amount_quote`` (quote currency).
    """

    code: str
    description: str
    basis: str
    quantity: Decimal
    unit_price: Decimal
    currency: str
    amount: Decimal
    cost_quote: Decimal
    sell_quantity: Decimal
    sell_unit_price: Decimal
    sell_amount: Decimal
    amount_quote: Decimal
    rate_id: int | None = None
    surcharge_id: int | None = None
    minimum_applied: bool = False
    maximum_applied: bool = False
    manual: bool = False
    spot: bool = False
    tariff: bool = False
    included: bool = False
    sell_currency: str = ""  # the price side's currency when a contract tariff's differs

    @property
    def price_currency(self) -> str:
        """The currency of ``sell_unit_price`` and ``sell_amount``."""
        return self.sell_currency or self.currency


class LegQuote(NamedTuple):
    """A priced leg with its chosen carrier, dates and lines.

    ``ready`` is when the cargo is ready for this leg (the ship date, or the previous
    leg's ETA); ``cutoff`` the day it must be at the terminal when a schedule set the
    ETD (``scheduled``). ``distance_km`` and ``co2e_kg`` are the emissions estimate
    (None when a place has no coordinates, or before it is estimated).
    """

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
    cost_subtotal: Decimal
    price: PriceRule
    rates_valid_to: date | None = None  # the earliest end of the rate/surcharge rows used
    ready: date | None = None
    cutoff: date | None = None
    scheduled: bool = False
    distance_km: Decimal | None = None
    co2e_kg: Decimal | None = None

    @property
    def transit_days(self) -> int:
        """Days from departure to arrival of this leg."""
        return (self.eta - self.etd).days


class Quote(NamedTuple):
    """A whole priced route: legs, both totals, transit and the FX rates used (frozen).

    ``price`` is the request's own markup or margin (None when each leg took its
    profile's or the settings' rule); ``min_margin_percent`` is the floor that applied.
    """

    quote_date: date
    ship_date: date
    currency: str
    price: PriceRule | None
    fx: dict[str, Decimal]
    legs: tuple[LegQuote, ...]
    total: Decimal
    cost_total: Decimal
    min_margin_percent: Decimal = Decimal(0)
    valid_until: date | None = None

    @property
    def margin(self) -> Decimal:
        """Total (price) minus cost total, in the quote currency."""
        return self.total - self.cost_total

    @property
    def margin_percent(self) -> Decimal:
        """The computed margin % of the quote (2 decimals)."""
        return margin_percent(self.total, self.cost_total)

    @property
    def below_min_margin(self) -> bool:
        """True when the margin is below the floor (equality is not below)."""
        return self.margin_percent < self.min_margin_percent

    @property
    def co2e_kg(self) -> Decimal | None:
        """The legs' CO2e estimates added up; None when any leg has none."""
        values = [leg.co2e_kg for leg in self.legs]
        if not values or any(v is None for v in values):
            return None
        return sum((v for v in values if v is not None), Decimal(0))

    @property
    def transit_days(self) -> int:
        """Last arrival minus ship date."""
        if not self.legs:
            return 0
        return (self.legs[-1].eta - self.ship_date).days
