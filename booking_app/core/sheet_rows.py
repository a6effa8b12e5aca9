"""Validation of imported rows (rates, surcharges, FX, locations): text cells in, typed out.

Each kind of sheet is described once, as a table of *fields*: for every stored value,
the input columns it is made from and a (cached) function that checks and normalises
them, raising :class:`CellError` naming the column. The same table validates one row
(:func:`parse_row`, for error reports and hand edits) or a whole sheet column by column
(:func:`parse_columns`, which checks each distinct value once: 200,000 rows a sheet).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import compress, pairwise
from typing import Any

from booking_app.core import limits
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
from booking_app.core.sheet_numbers import (
    FX_DECIMALS,
    PLAIN_BREAKS,
    all_plain_breaks,
    all_plain_numbers,
    amount,
    break_thresholds,
    coordinate,
    kg_per_cbm,
    optional_amount,
    transit_days,
)
from booking_app.core.sheet_numbers import (
    CellError as CellError,
)
from booking_app.core.table_columns import RATE_COLUMNS as RATE_COLUMNS
from booking_app.core.table_columns import SURCHARGE_COLUMNS as SURCHARGE_COLUMNS

RATE_REQUIRED = (
    "mode", "origin", "destination", "carrier", "basis", "currency", "rate", "valid_from",
    "valid_to", "transit_days",
)  # fmt: skip
SURCHARGE_REQUIRED = ("code", "basis", "amount", "valid_from", "valid_to")
FX_COLUMNS = ("currency", "units_per_usd", "valid_from")
LOCATION_COLUMNS = ("code", "name", "country", "kind", "lat", "lon")
LOCATION_REQUIRED = ("code", "name", "country", "kind")
LOCATION_KINDS = ("port", "rail_terminal", "airport", "inland_depot", "border_crossing", "city")
_MODES = frozenset(MODES)
_RATE_BASES = frozenset(RATE_BASES)
_SURCHARGE_BASES = frozenset(SURCHARGE_BASES)
_BREAK_BASES = frozenset(("per_kg", "per_wm"))  # the bases weight breaks are for
@lru_cache(maxsize=4096)
def _date(text: str, column: str) -> date:
    day = limits.iso_date(text)
    if day is None:
        if not text:
            raise CellError(column, "is missing")
        out_of_years = limits.date_out_of_years(text)
        raise CellError(
            column, limits.date_problem(text),
            code="cell_year_out_of_range" if out_of_years else "cell_not_date",
            params={"value": text, "low": limits.MIN_YEAR, "high": limits.MAX_YEAR},
        )
    return day


@lru_cache(maxsize=4096)
def _code(text: str, column: str) -> str:
    code = text.strip().upper()
    if not LOCODE_RE.match(code):
        raise CellError(
            column, f"{text!r} is not a UN/LOCODE (five letters/digits)",
            code="cell_not_locode", params={"value": text},
        )
    return code


@lru_cache(maxsize=512)
def _currency(text: str, column: str) -> str:
    code = text.strip().upper()
    if not CURRENCY_RE.match(code):
        if not text:
            raise CellError(column, "is missing")
        raise CellError(
            column, f"{text!r} is not a currency code", code="cell_not_currency",
            params={"value": text},
        )
    return code


@lru_cache(maxsize=65536)
def _validity_pair(valid_from: str, valid_to: str) -> tuple[str, str]:
    # A 10-character text that date.fromisoformat accepts is already canonical ISO.
    start = _date(valid_from, "valid_from")
    end = _date(valid_to, "valid_to")
    if start > end:
        raise CellError("valid_to", f"{end} is before valid_from {start}")
    return valid_from, valid_to


@lru_cache(maxsize=4096)
def _ascending_thresholds(thresholds: str) -> bool:
    """Space-separated plain thresholds: positive and ascending."""
    values = [Decimal(t) for t in thresholds.split(" ")]
    return values[0] > 0 and all(a < b for a, b in pairwise(values))


@lru_cache(maxsize=65536)
def _breaks(text: str, basis: str) -> str:
    """The canonical text of a breaks cell (sheets repeat the same breaks a lot)."""
    if not text:
        return ""
    if basis not in _BREAK_BASES:
        raise CellError("breaks", f"are only for per_kg and per_wm rates, not {basis}")
    if PLAIN_BREAKS.fullmatch(text) and _ascending_thresholds(break_thresholds(text)):
        return text  # already canonical: ascending, positive, plain numbers
    if len(text) > 10_000:
        raise CellError("breaks", f"has {len(text):,} characters; not a list of breaks")
    try:
        breaks = parse_breaks(text)
        for b in breaks:
            limits.bounded(b.threshold, "threshold")
            limits.bounded(b.rate, "rate")
    except limits.LimitError as exc:
        raise CellError("breaks", f"{exc.field} {exc.message}") from None
    except ValidationError as exc:
        raise CellError("breaks", str(exc)) from None
    return format_breaks(breaks)


@lru_cache(maxsize=4096)
def _kind(equipment: str, mode: str, basis: str) -> str:
    """Check a rate's mode, basis and equipment together; the equipment in upper case."""
    if mode not in _MODES:
        raise CellError(
            "mode", f"{mode!r} is not one of {', '.join(MODES)}",
            code="cell_not_one_of", params={"value": mode, "choices": MODES},
        )
    if basis not in _RATE_BASES:
        raise CellError(
            "basis", f"{basis!r} is not one of {', '.join(RATE_BASES)}",
            code="cell_not_one_of", params={"value": basis, "choices": RATE_BASES},
        )
    equipment = equipment.upper()
    if basis == "per_container":
        if equipment not in CONTAINER_TYPES:
            what = f"{equipment!r} is not a container type" if equipment else "is missing"
            raise CellError("equipment", f"{what} (needed for per_container)")
    elif basis == "per_truck" and not equipment:
        raise CellError("equipment", "is missing (needed for per_truck)")
    return equipment


def _text(column: str) -> Callable[[str], str]:
    def required(value: str) -> str:
        if not value:
            raise CellError(column, "is missing")
        return value

    return required


def _same(value: str) -> str:
    return value


def _surcharge_mode(mode: str) -> str:
    if mode and mode not in _MODES:
        raise CellError("mode", f"{mode!r} is not one of {', '.join(MODES)} (or blank)")
    return mode


def _surcharge_basis(basis: str) -> str:
    if basis not in _SURCHARGE_BASES:
        raise CellError(
            "basis", f"{basis!r} is not one of {', '.join(SURCHARGE_BASES)}",
            code="cell_not_one_of", params={"value": basis, "choices": SURCHARGE_BASES},
        )
    return basis


def _surcharge_currency(currency: str, basis: str) -> str:
    return "" if basis == "percent" else _currency(currency, "currency")


def _optional_code(column: str) -> Callable[[str], str]:
    return lambda text: _code(text, column) if text else ""


def _fx_units(units: str, currency: str) -> str:
    value = amount(units, "units_per_usd", positive=True, places=FX_DECIMALS)
    if currency.strip().upper() == "USD" and Decimal(value) != 1:
        raise CellError("units_per_usd", "of USD must be 1")
    return value


def _location_kind(kind: str) -> str:
    if kind not in LOCATION_KINDS:
        raise CellError(
            "kind", f"{kind!r} is not one of {', '.join(LOCATION_KINDS)}",
            code="cell_not_one_of", params={"value": kind, "choices": LOCATION_KINDS},
        )
    return kind


def _country(text: str) -> str:
    country = text.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise CellError("country", f"{text!r} is not a two-letter country code")
    return country


#: (input columns, output columns, function). With one output the function returns the
#: value; with several, a tuple of them.
Field = tuple[tuple[str, ...], tuple[str, ...], Callable[..., Any]]


def _rate_amount(text: str) -> str:
    return amount(text, "rate")


def _surcharge_amount(text: str) -> str:
    return amount(text, "amount")


#: A column check's arguments: the input columns (stripped) and the distinct values of each.
Columns = list[Sequence[str]]
Distinct = list[set[str]]


def _all_plain_amounts(columns: Columns, distinct: Distinct) -> bool:
    return all_plain_numbers(distinct[0])


def _all_valid_periods(columns: Columns, distinct: Distinct) -> bool:
    """Every (valid_from, valid_to) pair: real ISO dates (checked once each), from ≤ to."""
    for text in distinct[0] | distinct[1]:
        _date(text, "valid_from")
    # Canonical ISO dates compare as text exactly as they compare as dates.
    return all(map(operator.le, columns[0], columns[1]))


def _all_canonical_breaks(columns: Columns, distinct: Distinct) -> bool:
    """Every (breaks, basis): blank, or per_kg/per_wm breaks already canonical (the texts
    :func:`_breaks` returns unchanged), checked with one regular expression over them all."""
    texts = distinct[0] - {""}
    if not texts:
        return True
    if not set(compress(columns[1], columns[0])) <= _BREAK_BASES:
        return False
    joined = all_plain_breaks(texts)
    if joined is None:
        return False
    return all(map(_ascending_thresholds, set(break_thresholds(joined).split("\n"))))


#: Whole-column shortcuts: when the test holds for the input columns, the field's
#: function would return each input unchanged, so the column is kept as it is.
_COLUMN_CHECKS: dict[Callable[..., Any], Callable[[Columns, Distinct], bool]] = {
    _rate_amount: _all_plain_amounts,
    _surcharge_amount: _all_plain_amounts,
    _validity_pair: _all_valid_periods,
    _breaks: _all_canonical_breaks,
}

RATE_FIELDS: tuple[Field, ...] = (
    (("equipment", "mode", "basis"), ("equipment",), _kind),  # checks mode and basis too
    (("mode",), ("mode",), _same),
    (("basis",), ("basis",), _same),
    (("origin",), ("origin",), lambda v: _code(v, "origin")),
    (("destination",), ("destination",), lambda v: _code(v, "destination")),
    (("carrier",), ("carrier",), _text("carrier")),
    (("service",), ("service",), _same),
    (("currency",), ("currency",), lambda v: _currency(v, "currency")),
    (("rate",), ("rate",), _rate_amount),
    (("min_charge",), ("min_charge",), lambda v: optional_amount(v, "min_charge")),
    (("breaks", "basis"), ("breaks",), _breaks),
    (("kg_per_cbm",), ("kg_per_cbm",), kg_per_cbm),
    (("valid_from", "valid_to"), ("valid_from", "valid_to"), _validity_pair),
    (("transit_days",), ("transit_days",), transit_days),
    (("max_charge",), ("max_charge",), lambda v: optional_amount(v, "max_charge")),
)
SURCHARGE_FIELDS: tuple[Field, ...] = (
    (("code",), ("code",), lambda v: _text("code")(v.upper())),
    (("description", "code"), ("description",), lambda d, c: d or c.upper()),
    (("mode",), ("mode",), _surcharge_mode),
    (("origin",), ("origin",), _optional_code("origin")),
    (("destination",), ("destination",), _optional_code("destination")),
    (("carrier",), ("carrier",), _same),
    (("equipment",), ("equipment",), str.upper),
    (("basis",), ("basis",), _surcharge_basis),
    (("currency", "basis"), ("currency",), _surcharge_currency),
    (("amount",), ("amount",), _surcharge_amount),
    (("min_charge",), ("min_charge",), lambda v: optional_amount(v, "min_charge")),
    (("valid_from", "valid_to"), ("valid_from", "valid_to"), _validity_pair),
    (("max_charge",), ("max_charge",), lambda v: optional_amount(v, "max_charge")),
)
FX_FIELDS: tuple[Field, ...] = (
    (("currency",), ("currency",), lambda v: _currency(v, "currency")),
    (("units_per_usd", "currency"), ("units_per_usd",), _fx_units),
    (("valid_from",), ("valid_from",), lambda v: _date(v, "valid_from").isoformat()),
)
LOCATION_FIELDS: tuple[Field, ...] = (
    (("code",), ("code",), lambda v: _code(v, "code")),
    (("name",), ("name",), _text("name")),
    (("country",), ("country",), _country),
    (("kind",), ("kind",), _location_kind),
    (("lat",), ("lat",), coordinate("lat", 90)),
    (("lon",), ("lon",), coordinate("lon", 180)),
)


def parse_row(
    fields: tuple[Field, ...], order: tuple[str, ...], cells: dict[str, str]
) -> tuple[Any, ...]:
    """One row (cells by column name, stripped) as the tuple to store, in ``order``."""
    values: dict[str, Any] = {}
    for inputs, outputs, fn in fields:
        result = fn(*[cells[c] for c in inputs])
        if len(outputs) == 1:
            values[outputs[0]] = result
        else:
            values.update(zip(outputs, result, strict=True))
    return tuple(values[name] for name in order)


def parse_columns(
    fields: tuple[Field, ...], order: tuple[str, ...], columns: Mapping[str, Sequence[str]]
) -> Iterator[tuple[Any, ...]]:
    """A whole sheet given column by column, checking each distinct value once.

    The cells may be given as read: surrounding spaces are stripped here, as
    :func:`parse_row`'s caller strips them (a column only when some value needs it).
    Returns the rows lazily (they go straight into ``executemany``).

    Raises:
        CellError: some cell is bad (the caller re-checks row by row to say where).
    """
    cells: dict[str, Sequence[str]] = {}
    distinct_of: dict[str, set[str]] = {}
    for name in {n for inputs, _outputs, _fn in fields for n in inputs}:
        values = columns[name]
        distinct = set(values)
        if not all(map(operator.eq, distinct, map(str.strip, distinct))):
            values = list(map(str.strip, values))
            distinct = set(values)
        cells[name], distinct_of[name] = values, distinct
    out: dict[str, Any] = {}
    for inputs, outputs, fn in fields:
        if fn is _same:
            out[outputs[0]] = cells[inputs[0]]  # nothing to check or change
            continue
        given = [cells[n] for n in inputs]
        check = _COLUMN_CHECKS.get(fn)
        keep = outputs == inputs[: len(outputs)]
        if check is not None and keep and check(given, [distinct_of[n] for n in inputs]):
            out.update((name, cells[name]) for name in outputs)
            continue
        table: dict[Any, Any]
        if len(inputs) == 1:
            table = {v: fn(v) for v in distinct_of[inputs[0]]}
        else:
            table = {k: fn(*k) for k in set(zip(*given, strict=True))}
        if keep and _is_identity(table, len(outputs)):
            # Every distinct value is already canonical: keep the input columns as they are.
            out.update((name, cells[name]) for name in outputs)
            continue
        keys: Iterable[Any] = given[0] if len(inputs) == 1 else zip(*given, strict=True)
        if len(table) == 1:  # one value all the way down (often a blank optional column)
            mapped = [next(iter(table.values()))] * len(given[0])
        else:
            mapped = list(map(table.__getitem__, keys))
        if len(outputs) == 1:
            out[outputs[0]] = mapped
        else:
            out.update(zip(outputs, zip(*mapped, strict=True), strict=True))
    return zip(*(out[name] for name in order), strict=True)


def _is_identity(table: dict[Any, Any], width: int) -> bool:
    """True when each key maps to itself (for several outputs: to its first ``width`` items)."""
    if width == 1:
        return all((k if isinstance(k, str) else k[0]) == v for k, v in table.items())
    return all(isinstance(v, tuple) and k[:width] == v for k, v in table.items())


def parse_rate_row(cells: dict[str, str]) -> tuple[Any, ...]:
    """A rate row as a tuple in RATE_COLUMNS order (money as exact text)."""
    return parse_row(RATE_FIELDS, RATE_COLUMNS, cells)


#: kind → (all columns, required columns, fields)
SHEET_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[Field, ...]]] = {
    "rates": (RATE_COLUMNS, RATE_REQUIRED, RATE_FIELDS),
    "surcharges": (SURCHARGE_COLUMNS, SURCHARGE_REQUIRED, SURCHARGE_FIELDS),
    "fx": (FX_COLUMNS, FX_COLUMNS, FX_FIELDS),
    "locations": (LOCATION_COLUMNS, LOCATION_REQUIRED, LOCATION_FIELDS),
}
