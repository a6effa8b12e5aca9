"""Imports: CSV and XLSX, all rows or none, every bad row named by line and column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from booking_app.core.errors import ImportFileError
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork

HEADER = (
    "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,"
    "breaks,kg_per_cbm,valid_from,valid_to,transit_days"
)
GOOD = [
    "sea_fcl,CNQZH,VNSGN,Alpha Line,,40HC,per_container,USD,550.00,,,,2026-01-01,2026-12-31,7",
    "air,CNNNX,VNTSX,Sky Cargo,,,per_kg,USD,30.00,75,45:22.00;100:18.00,,2026-01-01,2026-12-31,1",
]


def write(tmp_path: Path, lines: list[str], name: str = "rates.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    text = "\n".join(lines) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_good_sheet_imports_every_row_exactly(uow: UnitOfWork, tmp_path: Path) -> None:
    assert import_sheet(uow, "rates", write(tmp_path, [HEADER, *GOOD], bom=True)) == 2
    (air,) = uow.rates.rates_for("air", "CNNNX", "VNTSX", date(2026, 5, 1))
    assert (air.rate, air.min_charge) == (D("30.00"), D(75))
    assert [(b.threshold, b.rate) for b in air.breaks] == [
        (D(45), D("22.00")),
        (D(100), D("18.00")),
    ]


def test_columns_in_any_order(uow: UnitOfWork, tmp_path: Path) -> None:
    lines = ["currency,valid_from,units_per_usd", "CNY,2026-01-01,7.10", "VND,2026-01-01,25400"]
    assert import_sheet(uow, "fx", write(tmp_path, lines, "fx.csv")) == 2
    assert {r.currency: r.units_per_usd for r in uow.rates.fx_rows()} == {
        "CNY": D("7.10"),
        "VND": D(25400),
    }


BAD_CASES = [
    (
        "sea_fcl,CNQZH,VNSGN,A,,40HC,per_container,USD,1,,,,2026-13-01,2026-12-31,7",
        "rates.csv line 3: valid_from '2026-13-01' is not a date",
    ),
    (
        "boat,CNQZH,VNSGN,A,,40HC,per_container,USD,1,,,,2026-01-01,2026-12-31,7",
        "rates.csv line 3: mode 'boat' is not one of",
    ),
    (
        "sea_fcl,CNQZH,VNSGN,A,,40HC,per_container,USD,-5,,,,2026-01-01,2026-12-31,7",
        "rates.csv line 3: rate -5 must be ≥ 0",
    ),
    (
        "sea_fcl,CNQZH,VNSGN,A,,,per_container,USD,5,,,,2026-01-01,2026-12-31,7",
        "rates.csv line 3: equipment is missing (needed for per_container)",
    ),
    (
        "road_ftl,CNNNG,VNHAN,A,,,per_truck,USD,5,,,,2026-01-01,2026-12-31,1",
        "rates.csv line 3: equipment is missing (needed for per_truck)",
    ),
    (
        "sea_fcl,CNQZH,VNSGN,A,,40HC,per_container,USD,5,,,,2026-02-01,2026-01-31,7",
        "rates.csv line 3: valid_to 2026-01-31 is before valid_from",
    ),
    (
        "sea_fcl,QZH,VNSGN,A,,40HC,per_container,USD,5,,,,2026-01-01,2026-12-31,7",
        "rates.csv line 3: origin 'QZH' is not a UN/LOCODE",
    ),
    (
        "sea_fcl,CNQZH,VNSGN,A,,40HC,per_container,USD,5,,,,2026-01-01,2026-12-31,2.5",
        "rates.csv line 3: transit_days '2.5' is not a whole number",
    ),
    (
        "air,CNNNX,VNTSX,A,,,per_kg,USD,5,,45-22,,2026-01-01,2026-12-31,1",
        "rates.csv line 3: breaks '45-22' is not a threshold:rate pair",
    ),
    (
        "sea_fcl,CNQZH,VNSGN,A,,40HC,per_container,USD,5,,45:1,,2026-01-01,2026-12-31,1",
        "rates.csv line 3: breaks are only for per_kg and per_wm",
    ),
    (
        "sea_fcl,CNQZH,VNSGN,,,40HC,per_container,USD,5,,,,2026-01-01,2026-12-31,1",
        "rates.csv line 3: carrier is missing",
    ),
]


@pytest.mark.parametrize(("row", "message"), BAD_CASES)
def test_one_bad_row_imports_nothing(
    uow: UnitOfWork, tmp_path: Path, row: str, message: str
) -> None:
    path = write(tmp_path, [HEADER, GOOD[0], row, GOOD[1]])
    with pytest.raises(ImportFileError) as info:
        import_sheet(uow, "rates", path)
    assert str(info.value).startswith(message)
    assert uow.rates.count("rates") == 0


def test_every_bad_row_is_reported(uow: UnitOfWork, tmp_path: Path) -> None:
    rows = [HEADER, BAD_CASES[0][0], GOOD[0], BAD_CASES[1][0], BAD_CASES[2][0]]
    with pytest.raises(ImportFileError) as info:
        import_sheet(uow, "rates", write(tmp_path, rows))
    assert [(e.line, e.column) for e in info.value.errors] == [
        (2, "valid_from"),
        (4, "mode"),
        (5, "rate"),
    ]


def test_unknown_and_missing_columns(uow: UnitOfWork, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="line 1: unknown column 'colour'"):
        import_sheet(uow, "rates", write(tmp_path, [HEADER + ",colour", GOOD[0] + ",red"]))
    with pytest.raises(ImportFileError, match="line 1: missing column transit_days"):
        import_sheet(uow, "rates", write(tmp_path, [HEADER.rsplit(",", 1)[0]]))


def test_garbage_bytes_are_refused_with_their_line(uow: UnitOfWork, tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_bytes((HEADER + "\n" + GOOD[0] + "\n").encode() + b"\xff\xfe\x00garbage\n")
    with pytest.raises(ImportFileError, match="rates.csv line 3: is not UTF-8"):
        import_sheet(uow, "rates", path)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(ImportFileError, match="binary.csv line 1"):
        import_sheet(uow, "rates", binary)
    assert uow.rates.count("rates") == 0


def test_xlsx_first_sheet_with_typed_cells(uow: UnitOfWork, tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "rates.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Rates")
    fmt = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADER.split(","))
    from datetime import datetime

    values = [
        "sea_lcl",
        "CNQZH",
        "SGSIN",
        "Beta",
        "",
        "",
        "per_wm",
        "USD",
        19.5,
        60,
        "",
        "",
        datetime(2026, 1, 1),
        datetime(2026, 12, 31),
        5,
    ]
    for col, value in enumerate(values):
        if isinstance(value, datetime):
            sheet.write_datetime(1, col, value, fmt)
        else:
            sheet.write(1, col, value)
    book.add_worksheet("Ignored").write(0, 0, "not read")
    book.close()
    assert import_sheet(uow, "rates", path) == 1
    (row,) = uow.rates.rates_for("sea_lcl", "CNQZH", "SGSIN", date(2026, 12, 31))
    assert (row.rate, row.min_charge, row.transit_days) == (D("19.5"), D(60), 5)


def test_xlsx_bad_cell_names_its_line(uow: UnitOfWork, tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "bad.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER.split(","))
    sheet.write_row(1, 0, GOOD[0].split(","))
    sheet.write_row(2, 0, BAD_CASES[2][0].split(","))
    book.close()
    with pytest.raises(ImportFileError, match="bad.xlsx line 3: rate"):
        import_sheet(uow, "rates", path)
    assert uow.rates.count("rates") == 0


def test_surcharges_locations_and_progress(uow: UnitOfWork, tmp_path: Path) -> None:
    sur = write(
        tmp_path,
        [
            "code,description,mode,origin,destination,carrier,equipment,basis,currency,amount,"
            "min_charge,valid_from,valid_to",
            "CAF,Currency adj.,sea_fcl,,,,,percent,,3.5,,2026-01-01,2026-12-31",
            "BAF,Bunker,sea_fcl,,,,40hc,per_container,usd,160,,2026-01-01,2026-12-31",
        ],
        "sur.csv",
    )
    seen: list[tuple[int, int]] = []
    assert import_sheet(uow, "surcharges", sur, lambda d, t: seen.append((d, t))) == 2
    assert (seen[0], seen[-1]) == ((0, 2), (2, 2))
    found = uow.rates.surcharges_for("sea_fcl", "CNQZH", "VNSGN", date(2026, 6, 1))
    assert [(s.code, s.currency, s.equipment) for s in found] == [
        ("CAF", "", ""),
        ("BAF", "USD", "40HC"),
    ]
    loc = write(
        tmp_path,
        [
            "code,name,country,kind,lat,lon",
            "VNHAN,Hanoi Hà Nội,VN,city,21.03,105.85",
            "THBKK,Bangkok กรุงเทพมหานคร,TH,city,13.75,100.5",
        ],
        "loc.csv",
    )
    assert import_sheet(uow, "locations", loc) == 2
    location = uow.locations.get("THBKK")
    assert location is not None and location["name"] == "Bangkok กรุงเทพมหานคร"


@pytest.mark.parametrize(
    ("kind", "name"),
    [("rates", "rates.csv"), ("surcharges", "surcharges.csv"), ("fx", "fx.csv"), ("locations", "locations.csv")],
)
def test_column_and_row_validation_agree(kind: str, name: str) -> None:
    from booking_app.core.sheet_rows import SHEET_KINDS
    from booking_app.resources import demo_dir
    from booking_app.services.imports import _by_columns, _by_rows
    from booking_app.services.sheets import read_sheet

    sheet = read_sheet(demo_dir() / name)
    columns, required, fields = SHEET_KINDS[kind]
    fast = _by_columns(sheet, columns, fields)
    assert fast is not None
    assert list(fast) == _by_rows(sheet, columns, required, fields, None)


def test_untidy_cells_are_normalised_the_same_both_ways(uow: UnitOfWork, tmp_path: Path) -> None:
    untidy = " sea_fcl , cnqzh ,VNSGN, Alpha Line ,, 40hc ,per_container, usd ,0550.0,,,,2026-01-01,2026-12-31, 7"
    short = "air,CNNNX,VNTSX,Sky,,,per_kg,USD,30,,45:22 100:18"  # fewer cells than the header
    with pytest.raises(ImportFileError, match="line 3: valid_from is missing"):
        import_sheet(uow, "rates", write(tmp_path, [HEADER, untidy, short]))
    assert import_sheet(uow, "rates", write(tmp_path, [HEADER, untidy])) == 1
    (row,) = uow.rates.rates_for("sea_fcl", "CNQZH", "VNSGN", date(2026, 5, 1))
    assert (row.equipment, row.currency, row.rate, row.transit_days) == ("40HC", "USD", D("550.0"), 7)


def test_blank_and_space_only_rows_are_skipped_and_lines_stay_true(uow: UnitOfWork, tmp_path: Path) -> None:
    quoted = 'sea_fcl,CNQZH,VNSGN,"Alpha\nLine",,40HC,per_container,USD,5,,,,2026-01-01,2026-12-31,7'
    rows = [HEADER, "", " , , ", quoted, ",,,,,,,,,,,,,,", BAD_CASES[2][0]]
    with pytest.raises(ImportFileError, match=r"^rates.csv line 7: rate -5"):
        import_sheet(uow, "rates", write(tmp_path, rows))
    assert import_sheet(uow, "rates", write(tmp_path, rows[:-1])) == 1
