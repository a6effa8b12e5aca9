"""Money: Decimal amounts, ISO 4217 minor units (via Babel), half-up rounding."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import lru_cache

from babel.numbers import get_currency_precision

from booking_app.core.errors import ValidationError

#: Precision used for intermediate arithmetic (conversions, divisions).
WORKING_PRECISION = 40


@lru_cache(maxsize=256)
def minor_units(currency: str) -> int:
    """Number of decimal places of a currency (USD 2, VND 0), from Babel's CLDR data."""
    return int(get_currency_precision(currency))


@lru_cache(maxsize=256)
def _quantum(places: int) -> Decimal:
    return Decimal(1).scaleb(-places)


_QUANTA: dict[str, Decimal] = {}


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round an exact amount half-up to the currency's minor units."""
    quantum = _QUANTA.get(currency)
    if quantum is None:  # a quote rounds tens of lines: look the currency up once
        quantum = _QUANTA[currency] = _quantum(minor_units(currency))
    return amount.quantize(quantum, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal, currency: str) -> str:
    """The amount as a plain string with exactly the currency's minor digits."""
    return f"{round_money(amount, currency):f}"


def ceil_to_step(value: Decimal, step: Decimal) -> Decimal:
    """Round ``value`` up to the next multiple of ``step`` (exact decimals)."""
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        units = (value / step).to_integral_value(rounding=ROUND_CEILING)
        return units * step


def to_decimal(value: object, what: str) -> Decimal:
    """Parse a JSON number or string into a Decimal, refusing floats' noise and NaN.

    Floats are converted through their shortest repr (``19.5`` → ``Decimal('19.5')``).
    """
    if isinstance(value, bool) or value is None:
        raise ValidationError(
            f"{what} must be a number, not {value!r}",
            code="not_a_number", params={"value": value}, field=what,
        )  # fmt: skip
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):  # float ok: JSON input, taken by its repr
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(
                f"{what} {value!r} is not a number",
                code="not_a_number", params={"value": value}, field=what,
            ) from None  # fmt: skip
    else:
        raise ValidationError(
            f"{what} must be a number, not {value!r}",
            code="not_a_number", params={"value": str(value)}, field=what,
        )  # fmt: skip
    if not result.is_finite():
        raise ValidationError(
            f"{what} {value!r} is not a number",
            code="not_a_number", params={"value": str(value)}, field=what,
        )  # fmt: skip
    return result


def plain(value: Decimal) -> str:
    """A Decimal as a plain string without exponent (``Decimal('1E+3')`` → ``'1000'``)."""
    return f"{value:f}"
