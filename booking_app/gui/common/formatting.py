"""Numbers, money and dates written for the clerk's language (Babel and ``QLocale``).

Only presentation: amounts arrive as exact decimal strings from the services and are
shown with the same digits, grouped and punctuated for the locale.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale
from babel.dates import format_time
from babel.numbers import format_decimal
from PySide6.QtCore import QDate, QLocale


def to_date(value: QDate) -> date:
    """A ``QDate`` as a ``datetime.date``."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """A ``datetime.date`` as a ``QDate``."""
    return QDate(value.year, value.month, value.day)


def babel_locale() -> str:
    """The Babel locale matching Qt's default locale (``en_US``, ``zh_CN``)."""
    name = QLocale().name()
    return name if name and name != "C" else "en_US"


def _locale() -> Locale:
    return _parsed(babel_locale())


@lru_cache(maxsize=16)
def _parsed(name: str) -> Locale:
    """A parsed Babel locale (parsing it for every cell costs more than the formatting)."""
    return Locale.parse(name)


def _decimal(value: Decimal | str | int) -> Decimal | None:
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return None


def money(value: Decimal | str) -> str:
    """An exact decimal with exactly the digits it came with (``"1100.00"`` → ``1,100.00``).

    Used for money and for quantities and unit prices, which are shown as computed.
    """
    number = _decimal(value)
    if number is None:
        return str(value)
    places = max(0, -int(number.as_tuple().exponent))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(number, format=pattern, locale=_locale())


def number(value: Decimal | str | int) -> str:
    """An exact quantity, grouped, without dropping or adding digits."""
    parsed = _decimal(value)
    if parsed is None:
        return str(value)
    return format_decimal(parsed, locale=_locale(), decimal_quantization=False)


def measure(value: Decimal, places: int = 3) -> str:
    """A measure rounded for reading only (volumes can have many digits)."""
    shown = value.quantize(Decimal(1).scaleb(-places)).normalize()
    return number(shown if shown == shown.to_integral_value() else shown)


def date_pattern() -> str:
    """The display language's one date format, as a Qt pattern: its short date with the
    year in four digits (``M/d/yyyy``, ``yyyy/M/d``, ``d/M/yyyy``); views and date fields
    both use it."""
    return _date_pattern(babel_locale())


@lru_cache(maxsize=16)
def _date_pattern(name: str) -> str:
    pattern = QLocale(name).dateFormat(QLocale.FormatType.ShortFormat)  # "C" reads as en_US
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def day(value: date) -> str:
    """A date in :func:`date_pattern` (``12/1/2026``, ``2026/12/1``, ``1/12/2026``)."""
    shown = QDate(value.year, value.month, value.day)
    return _qlocale(babel_locale()).toString(shown, date_pattern())


@lru_cache(maxsize=16)
def _qlocale(name: str) -> QLocale:
    return QLocale(name)


def time_of(value: datetime) -> str:
    """A time of day in the locale's short form."""
    return format_time(value, format="short", locale=_locale())


def moment(value: datetime) -> str:
    """A date and time: :func:`day` and :func:`time_of`."""
    return f"{day(value.date())} {time_of(value)}"
