"""Imported values must make sense to the engine (data-safety.md §4): each bound, both sides."""

from __future__ import annotations

from typing import Any

import pytest

from booking_app.core.sheet_rows import (
    FX_COLUMNS,
    FX_FIELDS,
    RATE_COLUMNS,
    RATE_FIELDS,
    SURCHARGE_COLUMNS,
    SURCHARGE_FIELDS,
    CellError,
    parse_columns,
    parse_rate_row,
    parse_row,
)

RATE = {
    "mode": "air", "origin": "CNNNX", "destination": "VNTSX", "carrier": "Sky", "service": "",
    "equipment": "", "basis": "per_kg", "currency": "USD", "rate": "30.00", "min_charge": "75",
    "breaks": "45:22.00 100:18.00", "kg_per_cbm": "", "valid_from": "2026-01-01",
    "valid_to": "2026-12-31", "transit_days": "1", "max_charge": "",
}  # fmt: skip
SURCHARGE = {
    "code": "BAF", "description": "", "mode": "", "origin": "", "destination": "",
    "carrier": "", "equipment": "", "basis": "per_shipment", "currency": "USD",
    "amount": "10", "min_charge": "", "valid_from": "2026-01-01", "valid_to": "2026-12-31",
    "max_charge": "",
}  # fmt: skip


def rate(**cells: str) -> tuple[Any, ...]:
    return parse_rate_row({**RATE, **cells})


def column_of(fn: Any) -> str:
    with pytest.raises(CellError) as info:
        fn()
    return info.value.column


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("valid_from", "2026-W01-1"),  # an ISO week date is 10 characters too
        ("valid_from", "1999-12-31"),
        ("valid_to", "2101-01-01"),
        ("valid_from", "20260101"),
        ("valid_from", "2026-01-1 "),
        ("valid_to", "٢٠٢٦-١٢-٣١"),  # Arabic-Indic digits
        ("rate", "1e308"),
        ("rate", "1000000000.000001"),
        ("rate", "1000000001"),
        ("rate", "0.0000001"),
        ("rate", "-1"),
        ("rate", "NaN"),
        ("rate", "Infinity"),
        ("rate", "9" * 5000),
        ("min_charge", "1e10"),
        ("max_charge", "0.1234567"),
        ("max_charge", "-0.5"),
        ("kg_per_cbm", "0.999999"),
        ("kg_per_cbm", "100000.000001"),
        ("kg_per_cbm", "0"),
        ("transit_days", "366"),
        ("transit_days", "999999999"),
        ("transit_days", "²"),  # str.isdigit says yes; int() would raise
        ("transit_days", "-1"),
        ("transit_days", "1.5"),
        ("breaks", "45:1e308"),
        ("breaks", "1e10:5"),
        ("breaks", "45:0.1234567"),
    ],
)
def test_a_rate_cell_past_a_bound_is_refused(column: str, value: str) -> None:
    assert column_of(lambda: rate(**{column: value})) == column


@pytest.mark.parametrize(
    ("column", "value", "stored"),
    [
        ("valid_from", "2000-01-01", "2000-01-01"),
        ("valid_to", "2100-12-31", "2100-12-31"),
        ("rate", "1000000000", "1000000000"),
        ("rate", "1000000000.000000", "1000000000.000000"),
        ("rate", "0", "0"),
        ("rate", "0.000001", "0.000001"),
        ("rate", "1.50000000", "1.50000000"),  # trailing zeros are not decimals that matter
        ("rate", "1E+3", "1000"),
        ("max_charge", "1000000000", "1000000000"),
        ("kg_per_cbm", "1", "1"),
        ("kg_per_cbm", "100000", "100000"),
        ("transit_days", "0", 0),
        ("transit_days", "365", 365),
    ],
)
def test_a_rate_cell_at_a_bound_is_kept(column: str, value: str, stored: object) -> None:
    row = rate(**{column: value})
    assert row[RATE_COLUMNS.index(column)] == stored


def test_surcharge_and_fx_bounds() -> None:
    def surcharge(**cells: str) -> tuple[Any, ...]:
        return parse_row(SURCHARGE_FIELDS, SURCHARGE_COLUMNS, {**SURCHARGE, **cells})

    assert column_of(lambda: surcharge(amount="1e308")) == "amount"
    assert column_of(lambda: surcharge(valid_to="2026-W52-7")) == "valid_to"
    assert column_of(lambda: surcharge(max_charge="1000000000.5")) == "max_charge"
    assert surcharge(amount="1000000000")[SURCHARGE_COLUMNS.index("amount")] == "1000000000"

    def fx(units: str) -> tuple[Any, ...]:
        return parse_row(FX_FIELDS, FX_COLUMNS, {"currency": "VND", "units_per_usd": units,
                                                 "valid_from": "2026-01-01"})  # fmt: skip

    for bad in ("0", "-1", "1e308", "0.00000000001", "nan"):
        assert column_of(lambda bad=bad: fx(bad)) == "units_per_usd"
    assert fx("25400")[1] == "25400"
    assert fx("0.0000000001")[1] == "0.0000000001"


def test_the_column_fast_path_keeps_the_same_bounds() -> None:
    """parse_columns (the 200,000-row path) refuses what parse_row refuses."""
    for column, value in (("rate", "1000000001"), ("rate", "1.0000001"),
                          ("valid_from", "2026-W01-1"), ("transit_days", "366")):  # fmt: skip
        cells = {c: [RATE[c], RATE[c]] for c in RATE_COLUMNS}
        cells[column] = [RATE[column], value]
        with pytest.raises(CellError):
            list(parse_columns(RATE_FIELDS, RATE_COLUMNS, cells))
    cells = {c: [RATE[c]] for c in RATE_COLUMNS}
    assert list(parse_columns(RATE_FIELDS, RATE_COLUMNS, cells)) == [rate()]


def by_rows_or_error(rows: list[dict[str, str]]) -> list[tuple[Any, ...]] | str:
    try:
        return [parse_row(RATE_FIELDS, RATE_COLUMNS, {c: v.strip() for c, v in r.items()})
                for r in rows]  # fmt: skip
    except CellError:
        return "refused"


def by_columns_or_error(rows: list[dict[str, str]]) -> list[tuple[Any, ...]] | str:
    try:
        return list(parse_columns(RATE_FIELDS, RATE_COLUMNS, {c: [r[c] for r in rows] for c in RATE}))
    except CellError:
        return "refused"


@pytest.mark.parametrize(
    "cells",
    [
        {"rate": " 30.00 "}, {"mode": " air"}, {"breaks": " 45:22.00 100:18.00 "},
        {"currency": "usd "}, {"carrier": " Sky "}, {"service": "\tExpress"},
        {"rate": "30\n31"}, {"rate": "30\r\n"}, {"breaks": "45:22\n100:18"},
        {"breaks": "45:22  100:18"}, {"breaks": "0:22 100:18"}, {"breaks": "100:22 45:18"},
        {"breaks": "45:22.0000001"}, {"breaks": "45:22", "basis": "per_shipment"},
        {"breaks": "045:22 100:18"}, {"valid_to": "2025-12-31"}, {"valid_from": " 2026-02-30"},
        {"min_charge": " "}, {"kg_per_cbm": "167 "},
    ],
)
def test_the_column_path_agrees_with_the_row_path(cells: dict[str, str]) -> None:
    """Spaces, line breaks inside a cell, odd breaks: parse_columns (the whole-column
    shortcuts) gives what parse_row gives on the stripped cells, or refuses as it does."""
    other = {**RATE, "origin": "CNSHA", "rate": "31", "breaks": "45:21 100:17"}
    rows = [other, {**RATE, **cells}, other]
    assert by_columns_or_error(rows) == by_rows_or_error(rows)
