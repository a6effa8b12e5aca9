"""Imports (data-safety.md §4): XLSX as Excel shows it, duplicates skipped, --replace."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from booking_app.core.errors import ImportFileError, ValidationError
from booking_app.services.imports import import_file, import_sheet
from booking_app.store.uow import UnitOfWork

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def demo_rows(name: str = "rates.csv") -> list[list[str]]:
    with (DEMO / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def to_xlsx(path: Path, rows: list[list[Any]], hidden_first: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if hidden_first:
        sheet.title = "old"
        sheet.append(["not", "a", "rate", "sheet"])
        sheet.sheet_state = "hidden"
        sheet = book.create_sheet("rates")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def rewrite_sheet_xml(path: Path, change: Any, part: str = "xl/worksheets/sheet1.xml") -> None:
    """Rewrite one part of an XLSX (zip) in place."""
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts[part] = change(parts[part].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


def errors_of(fn: Any) -> list[tuple[str, int, str | None]]:
    with pytest.raises(ImportFileError) as info:
        fn()
    return [(e.source, e.line, e.column) for e in info.value.errors]


def test_xlsx_with_a_stale_dimension_imports_every_row(uow: UnitOfWork, tmp_path: Path) -> None:
    rows = demo_rows()
    path = to_xlsx(tmp_path / "rates.xlsx", rows)
    rewrite_sheet_xml(path, lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:O100"', xml))
    result = import_file(uow, "rates", path)
    assert (result.rows, result.new) == (210, 210)
    assert uow.rates.count("rates") == 210


def test_xlsx_reads_the_first_visible_sheet(uow: UnitOfWork, tmp_path: Path) -> None:
    path = to_xlsx(tmp_path / "rates.xlsx", demo_rows()[:3], hidden_first=True)
    assert import_sheet(uow, "rates", path) == 2


def test_xlsx_cell_right_of_the_header_is_an_error(uow: UnitOfWork, tmp_path: Path) -> None:
    rows = demo_rows()[:4]
    rows[2] = [*rows[2], "stray"]
    path = to_xlsx(tmp_path / "rates.xlsx", rows)
    with pytest.raises(ImportFileError, match=r"^rates.xlsx line 3: has 16 cells, header 15"):
        import_sheet(uow, "rates", path)
    assert uow.rates.count("rates") == 0


def test_xlsx_formula_uses_its_cached_value_or_is_an_error(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [list(r) for r in demo_rows()[:3]]
    rate = rows[0].index("rate")
    rows[1][rate] = "=4000+200"
    rows[2][rate] = "=6000+800"
    path = to_xlsx(tmp_path / "rates.xlsx", rows)
    # openpyxl writes formulas never calculated (<v/>): both rows are refused, by column.
    assert errors_of(lambda: import_sheet(uow, "rates", path)) == [
        ("rates.xlsx", 2, "rate"),
        ("rates.xlsx", 3, "rate"),
    ]
    # As Excel saves them: the cached result in <v>.
    rewrite_sheet_xml(path, lambda xml: xml.replace("<f>4000+200</f><v />", "<f>4000+200</f><v>4200</v>")
                      .replace("<f>6000+800</f><v />", "<f>6000+800</f><v>6800</v>"))  # fmt: skip
    assert import_sheet(uow, "rates", path) == 2
    stored = uow.rates.lane_rates("rail_fcl", "CNCKG", "CNQZH")
    assert sorted(str(r.rate) for r in stored) == ["4200", "6800"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated zip
        lambda data: b"PK\x03\x04" + b"\x00" * 200,
        lambda data: data.replace(b"worksheets/sheet1.xml", b"worksheets/sheetX.xml"),
    ],
)
def test_a_damaged_workbook_is_one_plain_error(
    uow: UnitOfWork, tmp_path: Path, damage: Any
) -> None:
    path = to_xlsx(tmp_path / "rates.xlsx", demo_rows()[:3])
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(ImportFileError) as info:
        import_sheet(uow, "rates", path)
    assert len(info.value.errors) == 1
    assert str(info.value).startswith("rates.xlsx")
    assert "\n" not in str(info.value)


def test_a_damaged_sheet_inside_a_good_zip_is_one_plain_error(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    path = to_xlsx(tmp_path / "rates.xlsx", demo_rows())
    rewrite_sheet_xml(path, lambda xml: xml[: len(xml) // 2])  # XML cut in the middle
    with pytest.raises(ImportFileError, match=r"^rates.xlsx line \d+: is not a readable XLSX"):
        import_sheet(uow, "rates", path)
    assert uow.rates.count("rates") == 0


def test_reimport_skips_every_identical_row(uow: UnitOfWork) -> None:
    first = import_file(uow, "rates", DEMO / "rates.csv")
    again = import_file(uow, "rates", DEMO / "rates.csv")
    assert (first.new, first.present) == (210, 0)
    assert again.summary() == "210 rates rows: 0 new, 210 already present"
    assert uow.rates.count("rates") == 210
    surcharges = import_file(uow, "surcharges", DEMO / "surcharges.csv")
    assert import_file(uow, "surcharges", DEMO / "surcharges.csv").new == 0
    assert uow.rates.count("surcharges") == surcharges.rows == 31


def test_only_rows_equal_in_every_column_are_skipped(uow: UnitOfWork, tmp_path: Path) -> None:
    rows = demo_rows()
    import_file(uow, "rates", DEMO / "rates.csv")
    header, first, second = rows[0], rows[1], rows[2]
    changed = list(first)
    changed[header.index("transit_days")] = "3"  # one column differs: a new row
    path = tmp_path / "more.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, first, changed, changed, second])
    result = import_file(uow, "rates", path)
    # the repeated row inside the file is written once
    assert (result.rows, result.new, result.present) == (4, 1, 3)
    assert uow.rates.count("rates") == 211


def test_blank_optional_cells_compare_equal(uow: UnitOfWork, tmp_path: Path) -> None:
    """NULL min_charge / kg_per_cbm / max_charge: equal to NULL for the duplicate check."""
    path = tmp_path / "r.csv"
    path.write_text(
        "mode,origin,destination,carrier,basis,currency,rate,valid_from,valid_to,transit_days\n"
        "air,CNNNX,VNTSX,Sky,per_kg,USD,30,2026-01-01,2026-12-31,1\n",
        "utf-8",
    )
    assert import_sheet(uow, "rates", path) == 1
    assert import_sheet(uow, "rates", path) == 0


def test_replace_removes_the_stored_rows_of_each_lane_and_carrier(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    rows = demo_rows()
    header = rows[0]
    import_file(uow, "rates", DEMO / "rates.csv")
    lane = (header.index("mode"), header.index("origin"), header.index("destination"),
            header.index("carrier"))  # fmt: skip
    key = tuple(rows[1][i] for i in lane)
    same_key = [r for r in rows[1:] if tuple(r[i] for i in lane) == key]
    rate = header.index("rate")
    new_rows = [[*r[:rate], str(float(r[rate]) + 1), *r[rate + 1 :]] for r in same_key[:1]]
    path = tmp_path / "new.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *new_rows])
    result = import_file(uow, "rates", path, replace=True)
    assert (result.new, result.removed) == (1, len(same_key))
    assert uow.rates.count("rates") == 210 - len(same_key) + 1
    assert "replaced" in result.summary()


def test_replace_with_a_bad_row_changes_nothing(uow: UnitOfWork, tmp_path: Path) -> None:
    import_file(uow, "rates", DEMO / "rates.csv")
    rows = demo_rows()
    rows[5][rows[0].index("valid_to")] = "2026-W01-1"
    path = tmp_path / "bad.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    assert errors_of(lambda: import_file(uow, "rates", path, replace=True)) == [
        ("bad.csv", 6, "valid_to")
    ]
    assert uow.rates.count("rates") == 210


def test_replace_is_only_for_rates(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match="--replace is for rate sheets"):
        import_file(uow, "fx", DEMO / "fx.csv", replace=True)


def test_a_refused_import_reports_every_bad_row_with_line_and_column(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    rows = demo_rows()
    header = rows[0]
    rows[3][header.index("rate")] = "1e308"
    rows[10][header.index("transit_days")] = "999999999"
    rows[20][header.index("kg_per_cbm")] = "0.5"
    path = tmp_path / "rates.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    assert errors_of(lambda: import_sheet(uow, "rates", path)) == [
        ("rates.csv", 4, "rate"),
        ("rates.csv", 11, "transit_days"),
        ("rates.csv", 21, "kg_per_cbm"),
    ]
    assert uow.rates.count("rates") == 0
