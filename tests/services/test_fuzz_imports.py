"""Fuzzing every importer (data-safety.md §4, issue 8): random bytes, mutated demo sheets
(CSV, and XLSX made from them), damaged workbooks. Each import either succeeds or raises
ImportFileError — never another exception — and a refused import changes no row count.

Bounded in time and reproducible: hypothesis derandomized, a few dozen examples each.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from booking_app.core.errors import ImportFileError
from booking_app.core.sheet_rows import SHEET_KINDS
from booking_app.services.imports import import_file
from booking_app.store.uow import UnitOfWork

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
KINDS = ("rates", "surcharges", "fx", "locations")  # those with a demo sheet to mutate
ALL_KINDS = tuple(sorted(SHEET_KINDS))  # every importer (parties, pricing, sell-rates …)
TABLES = ("rates", "surcharges", "fx_rates", "locations")
FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Cell values that have broken importers before, mixed with random text.
HOSTILE = st.sampled_from([
    "", " ", "0", "-0", "-1", "1e308", "1E+3", "NaN", "Infinity", "-inf", "1e-999999999",
    "9" * 5000, "0.0000001", "1000000000.000001", "2026-W01-1", "2026-13-01", "1999-12-31",
    "2101-01-01", "20260101", "²", "٣", "1_000", "366", "999999999", "=1+1", "@SUM(A1)",
    "\ufeff", "\u202e", "ວຽງຈັນ", "a\nb", '"', ",", "45:1e308", "0:5", "45:1 45:2", "x" * 10_000,
])  # fmt: skip
CELL_TEXT = HOSTILE | st.text(max_size=30)
#: What an XLSX cell may hold: any type openpyxl writes.
XLSX_VALUE = (
    CELL_TEXT
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.booleans()
    | st.none()
    | st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31))
    | st.datetimes(min_value=datetime(1900, 3, 1))
)


def demo_sheet(kind: str) -> list[list[str]]:
    with (DEMO / f"{kind}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def counts(uow: UnitOfWork) -> tuple[int, ...]:
    """Rows of the rate tables, and every table's change counter (any write moves it)."""
    total_changes = uow.db.conn.total_changes
    return (*(uow.rates.count(t) for t in TABLES), total_changes)


def import_checked(uow: UnitOfWork, kind: str, path: Path, replace: bool = False) -> bool:
    """Import; True if it went in. A refusal must be an ImportFileError and change nothing."""
    before = counts(uow)
    try:
        import_file(uow, kind, path, replace=replace)
    except ImportFileError as exc:
        assert exc.errors, "a refusal names at least one bad row"
        assert all(e.source == path.name for e in exc.errors)
        assert "\n" not in str(exc).strip() or kind == "locations"  # one line (cells may hold \n)
        assert counts(uow) == before
        return False
    return True


@st.composite
def mutated(draw: st.DrawFn, kind: str) -> list[list[Any]]:
    """A demo sheet with a few cells replaced, added or removed (the header too, rarely)."""
    rows: list[list[Any]] = [list(r) for r in demo_sheet(kind)]
    rows = rows[: draw(st.integers(min_value=2, max_value=len(rows)))]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        line = draw(st.integers(min_value=0 if draw(st.integers(0, 9)) == 0 else 1,
                                max_value=len(rows) - 1))  # fmt: skip
        row = rows[line]
        action = draw(st.sampled_from(["set", "set", "set", "append", "drop"]))
        if action == "set":
            row[draw(st.integers(0, len(row) - 1))] = draw(CELL_TEXT)
        elif action == "append":
            row.append(draw(CELL_TEXT))
        elif row:
            row.pop(draw(st.integers(0, len(row) - 1)))
    return rows


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), "utf-8", newline="")
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(uow: UnitOfWork, tmp_path: Path, kind: str, suffix: str, data: bytes) -> None:
    path = tmp_path / f"{kind}{suffix}"
    path.write_bytes(data)
    assert not import_checked(uow, kind, path)


@pytest.mark.parametrize("kind", ALL_KINDS)
@settings(FUZZ, max_examples=25)
@given(data=st.data())
def test_random_rows_under_the_right_header(
    uow: UnitOfWork, tmp_path: Path, kind: str, data: st.DataObject
) -> None:
    columns = list(SHEET_KINDS[kind][0])
    rows = data.draw(st.lists(st.lists(CELL_TEXT, min_size=len(columns) - 1,
                                       max_size=len(columns) + 1), min_size=1, max_size=4))  # fmt: skip
    import_checked(uow, kind, write_csv(tmp_path / f"{kind}.csv", [columns, *rows]))


@pytest.mark.parametrize("kind", KINDS)
@FUZZ
@given(data=st.data())
def test_mutated_demo_csv(uow: UnitOfWork, tmp_path: Path, kind: str, data: st.DataObject) -> None:
    rows = data.draw(mutated(kind))
    tail = data.draw(st.binary(max_size=20)) if data.draw(st.integers(0, 4)) == 0 else b""
    path = write_csv(tmp_path / f"{kind}.csv", rows)
    path.write_bytes(path.read_bytes() + tail)
    replace = kind == "rates" and data.draw(st.booleans())
    import_checked(uow, kind, path, replace)


@pytest.mark.parametrize("kind", KINDS)
@settings(FUZZ, max_examples=25)
@given(data=st.data())
def test_mutated_demo_xlsx(
    uow: UnitOfWork, tmp_path: Path, kind: str, data: st.DataObject
) -> None:
    rows: list[list[Any]] = data.draw(mutated(kind))
    for _ in range(data.draw(st.integers(0, 3))):  # typed cells: numbers, dates, booleans …
        row = rows[data.draw(st.integers(1, len(rows) - 1))] if len(rows) > 1 else rows[0]
        if row:
            row[data.draw(st.integers(0, len(row) - 1))] = data.draw(XLSX_VALUE)
    rows = [[_xlsx_safe(v) for v in row] for row in rows]
    import_checked(uow, kind, write_xlsx(tmp_path / f"{kind}.xlsx", rows))


def _xlsx_safe(value: Any) -> Any:
    """Text openpyxl refuses to write (control characters) becomes plain text."""
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\t\n")
    return value


DAMAGE: list[Callable[[bytes, int], bytes]] = [
    lambda data, i: data[:i],
    lambda data, i: data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1 :],
    lambda data, i: data[:i] + b"\x00" * 64 + data[i + 64 :],
]


@settings(FUZZ, max_examples=40)
@given(data=st.data())
def test_damaged_workbooks(uow: UnitOfWork, tmp_path: Path, data: st.DataObject) -> None:
    good = tmp_path / "good.xlsx"
    if not good.exists():
        write_xlsx(good, demo_sheet("rates"))
    raw = good.read_bytes()
    damaged = data.draw(st.sampled_from(DAMAGE))(raw, data.draw(st.integers(0, len(raw) - 65)))
    path = tmp_path / "rates.xlsx"
    path.write_bytes(damaged)
    import_checked(uow, "rates", path)


def test_a_good_demo_xlsx_imports_all_rows(uow: UnitOfWork, tmp_path: Path) -> None:
    """The fuzzers' XLSX writer really makes importable sheets (the baseline they mutate)."""
    for kind in KINDS:
        path = write_xlsx(tmp_path / f"{kind}.xlsx", demo_sheet(kind))
        assert import_checked(uow, kind, path), kind
    assert counts(uow)[:4] == (210, 31, 12, 41)
