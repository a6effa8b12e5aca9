"""Numbers, money, dates and times written for the clerk's language (``QLocale``).

Only presentation: amounts arrive as exact decimal strings from the services and are
shown with the same digits, grouped and punctuated for the locale. Qt's locale data is
in memory already; Babel's (still what :mod:`numbers` reads typed numbers with) would
cost the first paint tens of milliseconds to load.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale, QTime


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
    return _grouped(number)


def number(value: Decimal | str | int) -> str:
    """An exact quantity, grouped, without dropping or adding digits."""
    parsed = _decimal(value)
    if parsed is None:
        return str(value)
    return _grouped(parsed, trailing_zeros=False)


def _grouped(number: Decimal, trailing_zeros: bool = True) -> str:
    """Every digit of ``number`` (the trailing zeros of its fraction too, unless told),
    its thousands grouped, in the display locale's symbols (``-1.234.567,50`` in vi)."""
    locale = _qlocale(babel_locale())
    whole, _, fraction = f"{abs(number):f}".partition(".")
    if not trailing_zeros:
        fraction = fraction.rstrip("0")
    groups = [whole[max(0, end - 3) : end] for end in range(len(whole), 0, -3)][::-1]
    shown = locale.groupSeparator().join(groups)
    if fraction:
        shown += locale.decimalPoint() + fraction
    return locale.negativeSign() + shown if number.is_signed() else shown


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
    """A time of day in the locale's short form (``3:05 PM``, ``15:05``)."""
    shown = QTime(value.hour, value.minute, value.second)
    return _qlocale(babel_locale()).toString(shown, QLocale.FormatType.ShortFormat)


def moment(value: datetime) -> str:
    """A date and time: :func:`day` and :func:`time_of`."""
    return f"{day(value.date())} {time_of(value)}"
