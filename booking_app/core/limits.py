"""Every limit on what the desk accepts, in one place (data-safety.md §4–§5).

A value past these limits is refused where it enters (an imported row, a request field)
with the field named, so that nothing accepted can fail later in pricing, printing or
exporting. Imports and requests share the checks below.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from booking_app.core.errors import ValidationError

# --- imports (§4) -------------------------------------------------------------------
MIN_YEAR = 2000
MAX_YEAR = 2100
MAX_AMOUNT = Decimal(1_000_000_000)
MAX_DECIMALS = 6
MIN_KG_PER_CBM = Decimal(1)
MAX_KG_PER_CBM = Decimal(100_000)
MAX_TRANSIT_DAYS = 365

# --- requests (§5) ------------------------------------------------------------------
MAX_JSON_DEPTH = 20
MAX_JSON_BYTES = 10 * 1024 * 1024
MAX_LEGS = 20
MAX_CARGO_LINES = 1000
MAX_COUNT = 10_000
MAX_WEIGHT_KG = Decimal(10_000_000)
MAX_DIMENSION_CM = Decimal(10_000)
MAX_VOLUME_CBM = Decimal(100_000)
MAX_MARKUP_PERCENT = Decimal(1000)
MAX_MARGIN_PERCENT = Decimal(100)  # exclusive: a margin of 100 % has no price
#: A number longer than this is refused before it is even parsed (10^5000 digits …).
MAX_NUMBER_CHARS = 100

_MAX_INT_BITS = 4 * MAX_NUMBER_CHARS  # about 120 digits
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class LimitError(ValidationError):
    """A value outside what the desk accepts: the field and what is wrong with it."""

    def __init__(self, field: str, message: str = "") -> None:
        self.message = message
        super().__init__(
            f"{field} {message}" if message else field,
            code="limit",
            params={"field": field, "problem": message},
            field=field,
        )


def iso_date(text: str) -> date | None:
    """``YYYY-MM-DD`` with a year in 2000–2100 as a date, else None (ISO week dates too)."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def date_out_of_years(text: str) -> bool:
    """Whether ``text`` is a real ISO date, refused only for its year (see date_problem)."""
    if not (_ISO_DATE.fullmatch(text) and text[:4].isdigit()):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def date_problem(text: str) -> str:
    """Why ``text`` is not an acceptable date (call after :func:`iso_date` gave None)."""
    if _ISO_DATE.fullmatch(text) and text[:4].isdigit():
        try:
            date.fromisoformat(text)
        except ValueError:
            return f"{text!r} is not a date (YYYY-MM-DD)"
        return f"{text} is outside the years {MIN_YEAR}–{MAX_YEAR}"
    return f"{text!r} is not a date (YYYY-MM-DD)"


def decimals(value: Decimal) -> int:
    """Digits after the point that matter (trailing zeros do not): ``1.50`` → 1."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing = len(digits) - len(bytes(digits).rstrip(b"\0"))
    return max(0, -(exponent + trailing))  # no context: exact for any exponent


def bounded(
    value: Decimal,
    field: str,
    low: Decimal = Decimal(0),
    high: Decimal = MAX_AMOUNT,
    *,
    low_open: bool = False,
    high_open: bool = False,
    places: int = MAX_DECIMALS,
) -> Decimal:
    """``value`` if finite, within [low, high] (open ends as asked), with ≤ ``places`` decimals.

    Raises:
        LimitError: naming ``field``.
    """
    if not value.is_finite():
        raise LimitError(field, f"{value} is not a number")
    too_low = value <= low if low_open else value < low
    too_high = value >= high if high_open else value > high
    if too_low or too_high:
        left = "(" if low_open else "["
        right = ")" if high_open else "]"
        raise LimitError(field, f"{_short(value)} is outside {left}{low:,}, {high:,}{right}")
    if decimals(value) > places:
        raise LimitError(field, f"{_short(value)} has more than {places} decimals")
    return value + 0 if not value else value  # -0 → 0


def _short(value: Decimal) -> str:
    """A number as the user can read it in one line, however large or precise."""
    text = f"{value:f}" if abs(value.adjusted()) < 30 else f"{value:.3e}"
    return text if len(text) <= 40 else f"{value:.6e}"


def parse_number(value: object, field: str) -> Decimal:
    """A JSON number or numeric string as a Decimal, refusing booleans, NaN and absurd text.

    Raises:
        LimitError: naming ``field``.
    """
    if isinstance(value, bool) or value is None:
        raise LimitError(field, f"must be a number, not {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        if value.bit_length() > _MAX_INT_BITS:
            raise LimitError(field, "is far too large")
        result = Decimal(value)
    elif isinstance(value, float):  # float ok: JSON input, taken by its repr
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_NUMBER_CHARS:
            raise LimitError(field, f"is not a number ({len(text):,} characters)")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise LimitError(field, f"{value!r} is not a number") from None
    else:
        raise LimitError(field, f"must be a number, not {type(value).__name__}")
    if not result.is_finite():
        raise LimitError(field, f"{value!r} is not a number")
    return result


def check_request_object(raw: object, what: str = "request") -> None:
    """Walk a decoded JSON request: nesting ≤ MAX_JSON_DEPTH, every text valid Unicode.

    Raises:
        LimitError: naming the field (``cargo.description``, ``legs[2].carrier`` …).
    """
    stack: list[tuple[object, str, int]] = [(raw, "", 1)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, dict | list) and depth > MAX_JSON_DEPTH:
            raise LimitError(path or what, f"is nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(node, str):
            _check_text(node, path or what)
        elif isinstance(node, int) and node.bit_length() > _MAX_INT_BITS:
            # Python cannot even print an int of more than 4,300 digits.
            raise LimitError(path or what, "is far too large a number")
        elif isinstance(node, dict):
            for key, value in node.items():
                name = str(key) if isinstance(key, str) else repr(key)
                _check_text(name, f"{path}.key" if path else "key")
                stack.append((value, f"{path}.{name}" if path else name, depth + 1))
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(node, 1))


def _check_text(text: str, field: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise LimitError(_printable(field), "is not valid Unicode text") from None


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")


def _big_int(text: str) -> int | Decimal:
    # Python refuses to turn more than 4,300 digits into an int; a Decimal takes any.
    return int(text) if len(text) <= MAX_NUMBER_CHARS else Decimal(text)


def loads_request(data: bytes | str, source: str) -> Any:
    """Decode request JSON with the limits of §5: ≤ 10 MB, nesting ≤ 20, valid Unicode.

    Raises:
        LimitError: the text is too large, too deep, not UTF-8 or not JSON.
    """
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > MAX_JSON_BYTES:
        raise LimitError(source, f"is larger than {MAX_JSON_BYTES // (1024 * 1024)} MB")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise LimitError(f"{source} line {line}:", "is not UTF-8 text") from None
    else:
        text = data
    try:
        value = json.loads(text, parse_int=_big_int)
    except json.JSONDecodeError as exc:
        raise LimitError(f"{source} line {exc.lineno}:", f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise LimitError(source, f"is nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:  # e.g. a number json cannot hold
        raise LimitError(source, f"is not valid JSON ({exc.__class__.__name__})") from None
    check_request_object(value, source)
    return value


def check_price_rule(price_rule: str, percent: Decimal) -> Decimal:
    """A markup of at most 1,000 % or a margin below 100 %, with at most 6 decimals.

    A negative percentage is left to :class:`~booking_app.core.selling.PriceRule`.

    Raises:
        LimitError: naming ``markup_percent`` or ``margin_percent``.
    """
    if percent.is_finite() and percent < 0:
        return percent
    if price_rule == "margin":
        return bounded(percent, "margin_percent", high=MAX_MARGIN_PERCENT, high_open=True)
    return bounded(percent, "markup_percent", high=MAX_MARKUP_PERCENT)


def check_legs(legs: list[Any]) -> None:
    """At most MAX_LEGS legs."""
    if len(legs) > MAX_LEGS:
        raise LimitError("legs", f"has {len(legs):,} legs; at most {MAX_LEGS}")


def check_cargo_lines(lines: list[Any], field: str) -> None:
    """At most MAX_CARGO_LINES piece, container or truck lines."""
    if len(lines) > MAX_CARGO_LINES:
        raise LimitError(field, f"has {len(lines):,} lines; at most {MAX_CARGO_LINES:,}")
