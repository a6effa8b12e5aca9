"""Validation of imported parties and pricing profiles (selling.md §2, §6), as sheet fields.

The same field tables as :mod:`booking_app.core.sheet_rows`: text cells in, typed values
out, a :class:`~booking_app.core.sheet_rows.CellError` naming the column of a bad cell.
A pricing row typed by hand in the desk is checked by exactly these rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from booking_app.core import sheet_rows as sr
from booking_app.core.rates import MODES
from booking_app.core.selling import HUNDRED, PRICE_RULES
from booking_app.core.sheet_rows import CellError, Field, parse_row

PARTY_COLUMNS = ("name", "address", "contact", "phone", "email", "tax_id")
PARTY_REQUIRED = ("name",)
PRICING_COLUMNS = ("customer", "mode", "rule", "percent", "min_margin_percent")
PRICING_REQUIRED = ("customer", "rule", "percent")
#: The columns that name one row: a second row with the same key in a file is an error.
SHEET_KEYS: dict[str, tuple[str, ...]] = {
    "parties": ("name",),
    "pricing": ("customer", "mode"),
}
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MODES = frozenset(MODES)


def _required(column: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not value:
            raise CellError(column, "is missing")
        return value

    return check


def _same(value: str) -> str:
    return value


def _email(text: str) -> str:
    if text and not _EMAIL_RE.match(text):
        raise CellError("email", f"{text!r} is not an email address")
    return text


def _mode(text: str) -> str:
    mode = text.lower()
    if mode and mode not in _MODES:
        raise CellError("mode", f"{text!r} is not one of {', '.join(MODES)} (or blank: every mode)")
    return mode


def _rule(text: str) -> str:
    rule = text.lower()
    if rule not in PRICE_RULES:
        what = f"{text!r} is not markup or margin" if text else "is missing"
        raise CellError("rule", what)
    return rule


def _percent_value(text: str, column: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CellError(column, f"{text!r} is not a number" if text else "is missing") from None
    if not value.is_finite():
        raise CellError(column, f"{text!r} is not a number")
    if value < 0:
        raise CellError(column, f"{text} must be ≥ 0")
    return value


def _percent(text: str, rule: str) -> str:
    value = _percent_value(text, "percent")
    if rule.lower() == "margin" and value >= HUNDRED:
        raise CellError("percent", f"{text} must be below 100 for a margin")
    return f"{value:f}"


def _floor(text: str) -> str | None:
    if not text:
        return None
    value = _percent_value(text, "min_margin_percent")
    if value >= HUNDRED:
        raise CellError("min_margin_percent", f"{text} must be below 100")
    return f"{value:f}"


PARTY_FIELDS: tuple[Field, ...] = (
    (("name",), ("name",), _required("name")),
    (("address",), ("address",), _same),
    (("contact",), ("contact",), _same),
    (("phone",), ("phone",), _same),
    (("email",), ("email",), _email),
    (("tax_id",), ("tax_id",), _same),
)
PRICING_FIELDS: tuple[Field, ...] = (
    (("customer",), ("customer",), _required("customer")),
    (("mode",), ("mode",), _mode),
    (("rule",), ("rule",), _rule),
    (("percent", "rule"), ("percent",), _percent),
    (("min_margin_percent",), ("min_margin_percent",), _floor),
)

#: kind → (all columns, required columns, fields), registered in ``sheet_rows.SHEET_KINDS``.
PARTY_SHEET_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[Field, ...]]] = {
    "parties": (PARTY_COLUMNS, PARTY_REQUIRED, PARTY_FIELDS),
    "pricing": (PRICING_COLUMNS, PRICING_REQUIRED, PRICING_FIELDS),
}
sr.SHEET_KINDS.update(PARTY_SHEET_KINDS)


def parse_pricing_row(cells: dict[str, str]) -> tuple[Any, ...]:
    """A pricing profile row (stripped text cells) as a tuple in PRICING_COLUMNS order.

    Raises:
        CellError: a cell is bad (``.column`` names it).
    """
    full = {c: cells.get(c, "").strip() for c in PRICING_COLUMNS}
    for column in PRICING_REQUIRED:
        if not full[column]:
            raise CellError(column, "is missing")
    return parse_row(PRICING_FIELDS, PRICING_COLUMNS, full)
