"""Numbers a clerk types, read in the display language's notation; the one place that does it.

English and Chinese write ``18,000.5``, Vietnamese ``18.000,5``: the locale is Qt's
default (:func:`booking_app.gui.common.formatting.babel_locale`). Reading is Babel's strict
``parse_decimal``, after a check that the text holds only digits, the locale's two
separators and a leading sign, so ``1e5``, ``NaN`` or ``1_000`` are refused too.

A reading is a :class:`~decimal.Decimal` (never a float) or a :class:`NumberError`
with a code; the widgets turn the code into a sentence (:func:`problem_message`).
The request sent to the services carries :func:`plain` text (``"18000.5"``), so
they never see locale text. :func:`show` writes a value back in the same notation,
keeping every digit, so reading what was shown gives the same value.
"""

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)
from PySide6.QtCore import QCoreApplication

from booking_app.gui.common.formatting import babel_locale

#: Error codes of :class:`NumberError`.
EMPTY = "empty"
NOT_A_NUMBER = "not_a_number"
MISPLACED_SEPARATOR = "misplaced_separator"
NOT_WHOLE = "not_whole"
BAD_PAIR = "bad_pair"

# Full-width forms a Chinese input method types; the same characters, not other figures.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９，．－＋", "0123456789,.-+")
_PAIR_SPLIT = re.compile(r"[\s;]+")


class NumberError(NamedTuple):
    """Why a text is not read as a number.

    Attributes:
        code: one of ``empty``, ``not_a_number``, ``misplaced_separator``,
            ``not_whole``, ``bad_pair``.
        text: the text as typed (for the message).
        suggestions: readings Babel proposes, written in the locale (maybe none).
        locale: the Babel locale it was read in.
    """

    code: str
    text: str
    suggestions: tuple[str, ...] = ()
    locale: str = "en_US"


def symbols(locale: str | None = None) -> tuple[str, str]:
    """The (group, decimal) separators of ``locale`` (Qt's default when None)."""
    name = locale or babel_locale()
    return get_group_symbol(name), get_decimal_symbol(name)


def read(text: str, locale: str | None = None, whole: bool = False) -> Decimal | NumberError:
    """Read a number typed in the locale's notation.

    Args:
        text: what the clerk typed; spaces around it are ignored.
        locale: a Babel locale name; None means Qt's default locale.
        whole: True for counts: a fraction is refused (``not_whole``).

    Returns:
        The exact value, or a :class:`NumberError` saying why it cannot be read.
    """
    name = locale or babel_locale()
    typed = text.strip().translate(_FULL_WIDTH)
    if not typed:
        return NumberError(EMPTY, text, locale=name)
    group, decimal = symbols(name)
    body = typed[1:] if typed[0] in "+-" else typed
    if not body or any(not ("0" <= c <= "9" or c in (group, decimal)) for c in body):
        return NumberError(NOT_A_NUMBER, text, locale=name)
    if not any("0" <= c <= "9" for c in body):
        return NumberError(NOT_A_NUMBER, text, locale=name)
    try:
        value = parse_decimal(typed, locale=name, strict=True)
    except NumberFormatError as exc:
        found = tuple(str(s) for s in (exc.suggestions or ()))
        code = MISPLACED_SEPARATOR if found else NOT_A_NUMBER
        return NumberError(code, text, found, name)
    if not isinstance(value, Decimal) or not value.is_finite():
        return NumberError(NOT_A_NUMBER, text, locale=name)
    if value.is_zero():
        value = abs(value)  # "-0" is 0
    if whole and value != value.to_integral_value():
        return NumberError(NOT_WHOLE, text, locale=name)
    return value.quantize(Decimal(1)) if whole else value


def is_plain(text: str, whole: bool = False) -> bool:
    """True for a value as a request or the store writes it (``"18000.5"``, ``"3"``)."""
    if not _is_plain_number(text):
        return False
    number = Decimal(text)
    return not whole or number == number.to_integral_value()


def plain(value: Decimal) -> str:
    """The request's text of a value: no grouping, ``.`` decimals (``"18000.5"``)."""
    return f"{value:f}"


def show(value: Decimal | str | int, locale: str | None = None) -> str:
    """A value written in the locale's notation with exactly its digits (``18.000,50``).

    Text that is not a decimal is returned as it is.
    """
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    places = max(0, -int(number.as_tuple().exponent))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(number, format=pattern, locale=locale or babel_locale()))


class Breaks(NamedTuple):
    """Weight or W/M breaks read from a field: ``(threshold, rate)`` pairs as typed."""

    pairs: tuple[tuple[Decimal, Decimal], ...]


def read_breaks(text: str, locale: str | None = None) -> Breaks | NumberError:
    """Read ``threshold:rate`` pairs separated by spaces or ``;``, numbers in the locale.

    ``45:22.00 1,000:15.00`` in English, ``45:22,00 1.000:15,00`` in Vietnamese.
    Whether thresholds ascend or repeat is for the services to judge.
    """
    name = locale or babel_locale()
    pairs: list[tuple[Decimal, Decimal]] = []
    for pair in _PAIR_SPLIT.split(text.strip()):
        if not pair:
            continue
        threshold_text, sep, rate_text = pair.partition(":")
        if not sep:
            return NumberError(BAD_PAIR, pair, locale=name)
        threshold, rate = read(threshold_text, name), read(rate_text, name)
        for part in (threshold, rate):
            if isinstance(part, NumberError):
                if part.code == EMPTY:
                    return NumberError(BAD_PAIR, pair, locale=name)
                return part
        assert isinstance(threshold, Decimal) and isinstance(rate, Decimal)
        pairs.append((threshold, rate))
    return Breaks(tuple(pairs))


def plain_breaks(breaks: Breaks) -> str:
    """Breaks as the rate sheet writes them (``45:22.00 100:18.00``)."""
    return " ".join(f"{plain(t)}:{plain(r)}" for t, r in breaks.pairs)


def is_plain_breaks(text: str) -> bool:
    """True for breaks written as the rate sheet stores them (``45:22.00 100:18``)."""
    for pair in _PAIR_SPLIT.split(text.strip()):
        if not pair:
            continue
        parts = pair.split(":")
        if len(parts) != 2 or not all(_is_plain_number(p) for p in parts):
            return False
    return True


def _is_plain_number(text: str) -> bool:
    if text.strip() != text or "_" in text or not text.isascii():
        return False
    try:
        return Decimal(text).is_finite()
    except InvalidOperation:
        return False


def show_breaks(text: str, locale: str | None = None) -> str:
    """Stored breaks (``45:22.00 1000:15``) in the locale's notation; odd text as it is."""
    shown = []
    for pair in _PAIR_SPLIT.split(text.strip()):
        if not pair:
            continue
        threshold, sep, rate = pair.partition(":")
        if not sep:
            return text
        shown.append(f"{show(threshold, locale)}:{show(rate, locale)}")
    return " ".join(shown)


def example(locale: str | None = None) -> str:
    """A number written in the locale's notation, for messages (``18,000.5``)."""
    return show(Decimal("18000.5"), locale)


def problem_message(error: NumberError, short: bool = False) -> str:
    """One sentence in the clerk's language saying why the text was not read.

    Args:
        error: what :func:`read` said.
        short: leave out Babel's suggestions (for a label right under the field).
    """
    if error.code == EMPTY:
        return QCoreApplication.translate("Numbers", "A number is needed here.")
    if error.code == NOT_WHOLE:
        return QCoreApplication.translate("Numbers", "“%1” is not a whole number.").replace(
            "%1", error.text.strip()
        )
    if error.code == BAD_PAIR:
        return (
            QCoreApplication.translate("Numbers", "“%1” is not a threshold:rate pair, e.g. %2.")
            .replace("%1", error.text.strip())
            .replace("%2", f"45:{show(Decimal('22.00'), error.locale)}")
        )
    if error.code == MISPLACED_SEPARATOR:
        message = QCoreApplication.translate("Numbers", "Cannot read “%1”: write it like %2.")
        message = message.replace("%1", error.text.strip()).replace("%2", example(error.locale))
        if error.suggestions and not short:
            meant = QCoreApplication.translate("Numbers", " or ").join(error.suggestions)
            message += " " + QCoreApplication.translate("Numbers", "Did you mean %1?").replace(
                "%1", meant
            )
        return message
    return (
        QCoreApplication.translate("Numbers", "“%1” is not a number; write it like %2.")
        .replace("%1", error.text.strip())
        .replace("%2", example(error.locale))
    )
