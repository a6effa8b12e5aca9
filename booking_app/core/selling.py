"""The price side: the price factor F of a leg, sell unit prices, profiles, margin and floor.

Implements ``spec/selling.md`` §1–§3 (``rating-rules.md`` §4 in short). The cost side of
a line is the buy rate; its price side applies the leg's factor F to the **unit price in
the line's own currency**, rounded half-up to d decimals, d = max(the currency's minor
units, the decimals of the unit price as written).
"""

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING, NamedTuple

from booking_app.core.errors import ValidationError
from booking_app.core.money import WORKING_PRECISION, minor_units, round_money

if TYPE_CHECKING:
    from booking_app.core.tariffs import SellTariff

PRICE_RULES = ("markup", "margin")
HUNDRED = Decimal(100)
_PERCENT_QUANTUM = Decimal("0.01")


class _Rule(NamedTuple):
    rule: str
    percent: Decimal


class PriceRule(_Rule):
    """A markup or margin of ``percent`` % (selling.md §2), checked when made.

    Raises:
        ValidationError: not markup or margin, a negative percent, a margin of 100 % or more.
    """

    __slots__ = ()

    def __new__(cls, rule: str, percent: Decimal) -> "PriceRule":
        if rule not in PRICE_RULES:
            raise ValidationError(
                f"price rule {rule!r} must be markup or margin",
                code="bad_price_rule", params={"value": rule},
            )  # fmt: skip
        if not percent.is_finite() or percent < 0:
            raise ValidationError(
                f"{rule} {percent}% must not be negative",
                code="negative_percent", params={"rule": rule, "percent": percent},
                field=f"{rule}_percent",
            )  # fmt: skip
        if rule == "margin" and percent >= HUNDRED:
            raise ValidationError(
                f"margin {percent}% must be below 100%",
                code="margin_too_high", params={"percent": percent},
                field="margin_percent",
            )  # fmt: skip
        return super().__new__(cls, rule, percent)

    @property
    def factor(self) -> Decimal:
        """F = 1 + m/100 for a markup, 1 / (1 − m/100) for a margin (exact to 40 digits)."""
        with localcontext() as ctx:
            ctx.prec = WORKING_PRECISION
            if self.rule == "markup":
                return (HUNDRED + self.percent) / HUNDRED
            return HUNDRED / (HUNDRED - self.percent)


NO_MARKUP = PriceRule("markup", Decimal(0))


def written_decimals(value: Decimal) -> int:
    """Decimals of a number as written: ``4.010`` has 3, ``440`` has 0."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def sell_unit_price(unit_price: Decimal, currency: str, factor: Decimal) -> Decimal:
    """round_half_up(unit_price × F, d), d = max(minor units, decimals as written)."""
    places = max(minor_units(currency), written_decimals(unit_price))
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        exact = unit_price * factor
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


class PricingProfile(NamedTuple):
    """A customer's price rule for one mode ('' = every mode) and its margin floor."""

    customer: str
    mode: str
    price: PriceRule
    min_margin_percent: Decimal | None = None


class PriceTerms(NamedTuple):
    """Where each leg's price factor and the quote's margin floor come from (§2, §3).

    Attributes:
        given: the request's own markup or margin (wins over everything), or None.
        profiles: the customer's pricing profile rows.
        default: the settings' default rule and percentage.
        default_floor: the settings' ``min_margin_percent``.
        tariffs: the customer's contract tariff rows (quotes-and-tariffs.md §2).
    """

    given: PriceRule | None = None
    profiles: tuple[PricingProfile, ...] = ()
    default: PriceRule = NO_MARKUP
    default_floor: Decimal = Decimal(0)
    tariffs: "tuple[SellTariff, ...]" = ()

    def _row(self, mode: str) -> PricingProfile | None:
        return next((p for p in self.profiles if p.mode == mode), None)

    def for_mode(self, mode: str) -> PriceRule:
        """The request's rule, else the profile row of ``mode``, else the blank-mode row,
        else the settings' default."""
        if self.given is not None:
            return self.given
        row = self._row(mode) or self._row("")
        return row.price if row is not None else self.default

    def floor(self, first_mode: str) -> Decimal:
        """The margin floor: the customer's ``min_margin_percent`` from the row used for the
        first leg, else the blank-mode row, else the settings' floor."""
        for row in (self._row(first_mode), self._row("")):
            if row is not None and row.min_margin_percent is not None:
                return row.min_margin_percent
        return self.default_floor


def margin_percent(total: Decimal, cost_total: Decimal) -> Decimal:
    """(total − cost) / total × 100, half-up to 2 decimals; 0.00 when the total is 0."""
    if total == 0:
        return Decimal("0.00")
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        exact = (total - cost_total) / total * HUNDRED
    return exact.quantize(_PERCENT_QUANTUM, rounding=ROUND_HALF_UP)


def sell_amount(quantity: Decimal, unit_price: Decimal, currency: str) -> Decimal:
    """round(quantity × unit price) in the line currency."""
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        exact = quantity * unit_price
    return round_money(exact, currency)


def percent_amount(percent: Decimal, base: Decimal, currency: str) -> Decimal:
    """round(percent / 100 × base) in the line currency (a ``percent`` line)."""
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        exact = percent / HUNDRED * base
    return round_money(exact, currency)


def profiles_of(rows: Sequence[PricingProfile], customer: str) -> tuple[PricingProfile, ...]:
    """The profile rows of one customer (exact name)."""
    return tuple(r for r in rows if r.customer == customer)
