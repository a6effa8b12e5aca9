"""The number cells of imported rows, bounded as data-safety.md §4 says (limits.py).

Amounts and rates 0 ≤ x ≤ 1,000,000,000 with at most 6 decimals; kg_per_cbm 1–100,000;
transit days 0–365; coordinates within ±90/±180. Plain in-bound decimals, by far the most
common cells, are recognised by one regular expression and kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from booking_app.core import limits
from booking_app.core.errors import ValidationError

#: Exchange rates may be finer than amounts (units per USD of a strong currency).
FX_DECIMALS = 10
COORDINATE_DECIMALS = 8


class CellError(ValidationError):
    """A bad cell: the column and what is wrong with its value."""

    def __init__(
        self,
        column: str,
        message: str,
        *,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.column = column
        self.message = message
        if code is None and message == "is missing":
            code = "cell_missing"
        super().__init__(
            f"{column} {message}", code=code or "bad_cell",
            params={"column": column, "problem": message, **(params or {})}, field=column,
        )


# A plain decimal below 1,000,000,000 with at most 6 decimals: canonical and in bounds.
# (Possessive, never backtracking: what follows one is never a digit or a dot, so it
# accepts what the plain pattern accepts, faster over a column of them joined.)
PLAIN = r"(?>0|[1-9][0-9]{0,8}+)(?:\.[0-9]{1,6}+)?+"
PLAIN_NUMBER = re.compile(PLAIN)
PLAIN_BREAK = re.compile(f"{PLAIN}:{PLAIN}")


def decimal_cell(text: str, column: str) -> Decimal:
    """A finite number (refusing absurdly long text before parsing it)."""
    try:
        if len(text) > limits.MAX_NUMBER_CHARS:
            raise InvalidOperation
        value = Decimal(text)
    except InvalidOperation:
        if not text:
            raise CellError(column, "is missing") from None
        raise CellError(
            column, f"{text[:40]!r} is not a number", code="cell_not_number",
            params={"value": text[:40]},
        ) from None
    if not value.is_finite():
        raise CellError(
            column, f"{text!r} is not a number", code="cell_not_number", params={"value": text}
        )
    return value


def amount(
    text: str,
    column: str,
    positive: bool = False,
    low: Decimal = Decimal(0),
    high: Decimal = limits.MAX_AMOUNT,
    places: int = limits.MAX_DECIMALS,
) -> str:
    """A number in [low, high] (``positive``: > low) with ≤ ``places`` decimals, as text."""
    if (
        not low
        and high >= limits.MAX_AMOUNT
        and places >= limits.MAX_DECIMALS
        and PLAIN_NUMBER.fullmatch(text)
        and not (positive and not text.strip("0."))
    ):
        return text  # already the canonical text of a decimal in bounds
    value = decimal_cell(text, column)
    if value < low or (positive and value == low):
        raise CellError(column, f"{text} must be {'>' if positive else '≥'} {low}")
    try:
        value = limits.bounded(value, column, low, high, places=places)
    except limits.LimitError as exc:
        raise CellError(column, exc.message) from None
    return f"{value:f}"


def optional_amount(text: str, column: str) -> str | None:
    """:func:`amount`, or None for a blank cell."""
    return amount(text, column) if text else None


def kg_per_cbm(text: str) -> str | None:
    """A volumetric factor, 1 to 100,000 kg per cbm, or None for a blank cell."""
    if not text:
        return None
    return amount(text, "kg_per_cbm", low=limits.MIN_KG_PER_CBM, high=limits.MAX_KG_PER_CBM)


_DAYS = re.compile(r"[0-9]{1,3}")


def transit_days(text: str) -> int:
    """Whole days, 0 to 365."""
    if not _DAYS.fullmatch(text):
        raise CellError("transit_days", f"{text[:40]!r} is not a whole number of days")
    days = int(text)
    if days > limits.MAX_TRANSIT_DAYS:
        raise CellError("transit_days", f"{days} is more than {limits.MAX_TRANSIT_DAYS}")
    return days


def coordinate(column: str, limit: int) -> Callable[[str], str | None]:
    """A checker of latitude (``limit`` 90) or longitude (180) cells; blank is None."""
    def check(text: str) -> str | None:
        if not text:
            return None
        value = decimal_cell(text, column)
        if abs(value) > limit:
            raise CellError(column, f"{text} is out of range ±{limit}")
        if limits.decimals(value) > COORDINATE_DECIMALS:
            raise CellError(column, f"{text} has more than {COORDINATE_DECIMALS} decimals")
        return f"{value + 0:f}"

    return check


PLAIN_NUMBERS = re.compile(f"{PLAIN}(?:\n{PLAIN})*+")


def all_plain_numbers(distinct: set[Any]) -> bool:
    """True when every value is a plain non-negative decimal (one regex pass over them all)."""
    joined = "\n".join(distinct)
    # A cell holding a line break would pass as two plain lines.
    return PLAIN_NUMBERS.fullmatch(joined) is not None and joined.count("\n") < len(distinct)


PLAIN_BREAKS = re.compile(f"{PLAIN_BREAK.pattern}(?: {PLAIN_BREAK.pattern})*+")
_PLAIN_BREAK_LINES = re.compile(f"{PLAIN_BREAKS.pattern}(?:\n{PLAIN_BREAKS.pattern})*+")
_BREAK_RATES = re.compile(r":[0-9.]+")


def all_plain_breaks(texts: set[str]) -> str | None:
    """The texts joined by line breaks when each is breaks cell text of plain
    ``threshold:rate`` pairs, one space apart (one regex pass over them all); else None."""
    joined = "\n".join(texts)
    if joined.count("\n") >= len(texts) or not _PLAIN_BREAK_LINES.fullmatch(joined):
        return None  # (a text holding a line break would pass as two lines)
    return joined


def break_thresholds(lines: str) -> str:
    """The thresholds of plain breaks (:func:`all_plain_breaks`): each ``:rate`` removed."""
    return _BREAK_RATES.sub("", lines)
