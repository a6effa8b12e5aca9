"""Validation of imported rows (rates, surcharges, FX, locations): text cells in, typed out.

Each ``parse_*`` takes the row's cells by column name and returns the values to store,
or raises :class:`CellError` naming the column. Written for speed: 200,000 rows a sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from booking_app.core.cargo import CONTAINER_TYPES
from booking_app.core.errors import ValidationError
from booking_app.core.rates import (
    CURRENCY_RE,
    LOCODE_RE,
    MODES,
    RATE_BASES,
    SURCHARGE_BASES,
    format_breaks,
    parse_breaks,
)

RATE_COLUMNS = (
    "mode", "origin", "destination", "carrier", "service", "equipment", "basis", "currency",
    "rate", "min_charge", "breaks", "kg_per_cbm", "valid_from", "valid_to", "transit_days",
)  # fmt: skip
RATE_REQUIRED = (
    "mode", "origin", "destination", "carrier", "basis", "currency", "rate", "valid_from",
    "valid_to", "transit_days",
)  # fmt: skip
SURCHARGE_COLUMNS = (
    "code", "description", "mode", "origin", "destination", "carrier", "equipment", "basis",
    "currency", "amount", "min_charge", "valid_from", "valid_to",
)  # fmt: skip
SURCHARGE_REQUIRED = ("code", "basis", "amount", "valid_from", "valid_to")
FX_COLUMNS = ("currency", "units_per_usd", "valid_from")
LOCATION_COLUMNS = ("code", "name", "country", "kind", "lat", "lon")
LOCATION_REQUIRED = ("code", "name", "country", "kind")
LOCATION_KINDS = ("port", "rail_terminal", "airport", "inland_depot", "border_crossing", "city")
_MODES = frozenset(MODES)
_RATE_BASES = frozenset(RATE_BASES)
_SURCHARGE_BASES = frozenset(SURCHARGE_BASES)


class CellError(ValidationError):
    """A bad cell: the column and what is wrong with its value."""

    def __init__(self, column: str, message: str) -> None:
        self.column = column
        self.message = message
        super().__init__(f"{column} {message}")


@lru_cache(maxsize=4096)
def _date(text: str, column: str) -> date:
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise CellError(column, f"{text!r} is not a date (YYYY-MM-DD)" if text else "is missing")


@lru_cache(maxsize=4096)
def _code(text: str, column: str) -> str:
    code = text.strip().upper()
    if not LOCODE_RE.match(code):
        raise CellError(column, f"{text!r} is not a UN/LOCODE (five letters/digits)")
    return code


@lru_cache(maxsize=512)
def _currency(text: str, column: str) -> str:
    code = text.strip().upper()
    if not CURRENCY_RE.match(code):
        raise CellError(column, f"{text!r} is not a currency code" if text else "is missing")
    return code


def _amount(text: str, column: str, positive: bool = False) -> str:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CellError(column, f"{text!r} is not a number" if text else "is missing") from None
    if not value.is_finite():
        raise CellError(column, f"{text!r} is not a number")
    if value < 0 or (positive and value == 0):
        raise CellError(column, f"{text} must be {'> 0' if positive else '≥ 0'}")
    return f"{value:f}"


def _optional_amount(text: str, column: str, positive: bool = False) -> str | None:
    return _amount(text, column, positive) if text else None


def _validity(cells: dict[str, str]) -> tuple[str, str]:
    start = _date(cells["valid_from"], "valid_from")
    end = _date(cells["valid_to"], "valid_to")
    if start > end:
        raise CellError("valid_to", f"{end} is before valid_from {start}")
    return start.isoformat(), end.isoformat()


def parse_rate_row(cells: dict[str, str]) -> tuple[Any, ...]:
    """A rate row as a tuple in RATE_COLUMNS order (money as exact text)."""
    mode = cells["mode"]
    if mode not in _MODES:
        raise CellError("mode", f"{mode!r} is not one of {', '.join(MODES)}")
    basis = cells["basis"]
    if basis not in _RATE_BASES:
        raise CellError("basis", f"{basis!r} is not one of {', '.join(RATE_BASES)}")
    carrier = cells["carrier"]
    if not carrier:
        raise CellError("carrier", "is missing")
    equipment = cells["equipment"].upper()
    if basis == "per_container":
        if equipment not in CONTAINER_TYPES:
            what = f"{equipment!r} is not a container type" if equipment else "is missing"
            raise CellError("equipment", f"{what} (needed for per_container)")
    elif basis == "per_truck" and not equipment:
        raise CellError("equipment", "is missing (needed for per_truck)")
    breaks_text = cells["breaks"]
    if breaks_text:
        if basis not in ("per_kg", "per_wm"):
            raise CellError("breaks", f"are only for per_kg and per_wm rates, not {basis}")
        try:
            breaks_text = format_breaks(parse_breaks(breaks_text))
        except ValidationError as exc:
            raise CellError("breaks", str(exc)) from None
    transit = cells["transit_days"]
    if not transit.isdigit():
        raise CellError("transit_days", f"{transit!r} is not a whole number ≥ 0")
    valid_from, valid_to = _validity(cells)
    return (
        mode, _code(cells["origin"], "origin"), _code(cells["destination"], "destination"),
        carrier, cells["service"], equipment, basis, _currency(cells["currency"], "currency"),
        _amount(cells["rate"], "rate"), _optional_amount(cells["min_charge"], "min_charge"),
        breaks_text, _optional_amount(cells["kg_per_cbm"], "kg_per_cbm", positive=True),
        valid_from, valid_to, int(transit),
    )  # fmt: skip


def parse_surcharge_row(cells: dict[str, str]) -> tuple[Any, ...]:
    """A surcharge row as a tuple in SURCHARGE_COLUMNS order."""
    code = cells["code"].strip().upper()
    if not code:
        raise CellError("code", "is missing")
    mode = cells["mode"]
    if mode and mode not in _MODES:
        raise CellError("mode", f"{mode!r} is not one of {', '.join(MODES)} (or blank)")
    basis = cells["basis"]
    if basis not in _SURCHARGE_BASES:
        raise CellError("basis", f"{basis!r} is not one of {', '.join(SURCHARGE_BASES)}")
    currency = "" if basis == "percent" else _currency(cells["currency"], "currency")
    origin = _code(cells["origin"], "origin") if cells["origin"] else ""
    dest = _code(cells["destination"], "destination") if cells["destination"] else ""
    valid_from, valid_to = _validity(cells)
    return (
        code, cells["description"] or code, mode, origin, dest, cells["carrier"],
        cells["equipment"].upper(), basis, currency, _amount(cells["amount"], "amount"),
        _optional_amount(cells["min_charge"], "min_charge"), valid_from, valid_to,
    )  # fmt: skip


def parse_fx_row(cells: dict[str, str]) -> tuple[Any, ...]:
    """An FX row: (currency, units_per_usd text, valid_from iso)."""
    currency = _currency(cells["currency"], "currency")
    units = _amount(cells["units_per_usd"], "units_per_usd", positive=True)
    if currency == "USD" and Decimal(units) != 1:
        raise CellError("units_per_usd", "of USD must be 1")
    return (currency, units, _date(cells["valid_from"], "valid_from").isoformat())


def _coordinate(text: str, column: str, limit: int) -> str | None:
    if not text:
        return None
    value = Decimal(_amount(text.lstrip("-"), column))
    if value > limit:
        raise CellError(column, f"{text} is out of range ±{limit}")
    return text.strip()


def parse_location_row(cells: dict[str, str]) -> tuple[Any, ...]:
    """A location row: (code, name, country, kind, lat, lon)."""
    kind = cells["kind"]
    if kind not in LOCATION_KINDS:
        raise CellError("kind", f"{kind!r} is not one of {', '.join(LOCATION_KINDS)}")
    name = cells["name"].strip()
    if not name:
        raise CellError("name", "is missing")
    country = cells["country"].strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise CellError("country", f"{cells['country']!r} is not a two-letter country code")
    return (
        _code(cells["code"], "code"), name, country, kind,
        _coordinate(cells["lat"], "lat", 90), _coordinate(cells["lon"], "lon", 180),
    )  # fmt: skip


RowParser = Callable[[dict[str, str]], tuple[Any, ...]]
#: kind → (all columns, required columns, parser)
SHEET_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], RowParser]] = {
    "rates": (RATE_COLUMNS, RATE_REQUIRED, parse_rate_row),
    "surcharges": (SURCHARGE_COLUMNS, SURCHARGE_REQUIRED, parse_surcharge_row),
    "fx": (FX_COLUMNS, FX_COLUMNS, parse_fx_row),
    "locations": (LOCATION_COLUMNS, LOCATION_REQUIRED, parse_location_row),
}
