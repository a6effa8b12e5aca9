"""Money: Decimal amounts, ISO 4217 minor units (CLDR's, as Babel has them), half-up rounding."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import lru_cache

from booking_app.core.errors import ValidationError

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")

#: Precision used for intermediate arithmetic (conversions, divisions).
WORKING_PRECISION = 40


#: CLDR's currency digits where they are not the default 2: Babel's ``currency_fractions``
#: (``babel.numbers.get_currency_precision``), copied so that pricing needs no Babel —
#: importing it and loading its data cost a CLI quote more than the quote itself.
#: tests/core/test_money_cargo.py checks the copy against the installed Babel.
CURRENCY_DIGITS: dict[str, int] = {  # fmt: skip
    "ADP": 0, "AFN": 0, "ALL": 0, "BHD": 3, "BIF": 0, "BYR": 0, "CLF": 4, "CLP": 0, "COP": 0,
    "DJF": 0, "ESP": 0, "GNF": 0, "HUF": 0, "IDR": 0, "IQD": 0, "IRR": 0, "ISK": 0, "ITL": 0,
    "JOD": 3, "JPY": 0, "KMF": 0, "KPW": 0, "KRW": 0, "KWD": 3, "LAK": 0, "LBP": 0, "LUF": 0,
    "LYD": 3, "MGA": 0, "MGF": 0, "MMK": 0, "MRO": 0, "OMR": 3, "PYG": 0, "RWF": 0, "SLL": 0,
    "SOS": 0, "STD": 0, "SYP": 0, "TMM": 0, "TND": 3, "TRL": 0, "UGX": 0, "UYI": 0, "UYW": 4,
    "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0, "YER": 0, "ZMK": 0, "ZWD": 0,
}
DEFAULT_DIGITS = 2


def minor_units(currency: str) -> int:
    """Number of decimal places of a currency (USD 2, VND 0), from CLDR's data."""
    return CURRENCY_DIGITS.get(currency, DEFAULT_DIGITS)


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


def parse_currency(value: object, what: str) -> str:
    """An ISO 4217 code such as ``USD``."""
    code = str(value or "").strip().upper()
    if not CURRENCY_RE.match(code):
        raise ValidationError(
            f"{what} {value!r} is not a currency code",
            code="bad_currency", params={"value": code}, field=what,
        )  # fmt: skip
    return code
