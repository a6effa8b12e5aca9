"""CSV and XLSX exports of a day read back equal to the bookings of that day, and only them."""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from booking_app.core.errors import ValidationError
from booking_app.core.money import format_money, round_money
from booking_app.core.vocabulary import mode_name, modes_name
from booking_app.documents import printing as documents
from booking_app.documents.exports import BOOKING_HEADERS, LEG_HEADERS, neutralise
from booking_app.services.listing import BookingRow, bookings_of_day
from tests.documents.samples import DAY, FORMULA, Desk


def expected_csv_row(r: BookingRow) -> list[str]:
    """What a spreadsheet user must see for one booking (text inert, money exact)."""
    return [
        r.booking_no,
        str(r.revision),
        r.booking_date.isoformat(),
        r.created_at.strftime("%H:%M:%S"),
        r.status,
        neutralise(r.customer),
        r.shipper,
        r.consignee,
        r.route,
        modes_name(r.modes),  # the screen's names (core.vocabulary), not codes
        r.cargo_summary,
        r.incoterm,
        r.ship_date.isoformat(),
        str(r.transit_days),
        format_money(r.total, r.currency),
        format_money(r.cost_total, r.currency),
        format_money(r.margin, r.currency),
        r.currency,
        r.clerk,
    ]


@pytest.mark.parametrize("text", ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_makes_formula_starts_inert(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert neutralise("Công ty = ok") == "Công ty = ok"


def test_csv_is_exactly_the_bookings_of_the_day(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "day.csv"
    assert documents.export_day(desk.uow, DAY, "csv", out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert b"\r\n" in raw
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(BOOKING_HEADERS)
    day_rows = bookings_of_day(desk.uow, DAY)
    assert [r.booking_no for r in day_rows] == [
        desk.multimodal.booking_no,
        desk.truck.booking_no,
    ]
    assert rows[1:] == [expected_csv_row(r) for r in day_rows]
    assert desk.other_day.booking_no not in out.read_text(encoding="utf-8-sig")
    customer = rows[2][BOOKING_HEADERS.index("Customer")]
    assert customer == "'" + FORMULA  # inert: a spreadsheet shows it as text
    assert rows[2][BOOKING_HEADERS.index("total")] == format_money(desk.truck.quote.total, "VND")


def test_xlsx_has_typed_cells_for_exactly_the_day(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "day.xlsx"
    assert documents.export_day(desk.uow, DAY, "xlsx", out) == 2
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Bookings", "Legs"]
    sheet = book["Bookings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == BOOKING_HEADERS
    day_rows = bookings_of_day(desk.uow, DAY)
    assert len(rows) == 1 + len(day_rows)
    col = {h: i for i, h in enumerate(BOOKING_HEADERS)}
    for got, r in zip(rows[1:], day_rows, strict=True):
        assert got[col["Booking no"]] == r.booking_no
        assert got[col["Revision"]] == r.revision
        assert got[col["Date"]] == datetime.combine(r.booking_date, time())
        assert got[col["Time"]] == r.created_at.time().replace(microsecond=0)
        assert got[col["Ship date"]] == datetime.combine(r.ship_date, time())
        for key in ("Status", "Customer", "Shipper", "Consignee", "Route"):
            assert got[col[key]] == getattr(r, key.lower()), key
        assert got[col["Modes"]] == modes_name(r.modes)  # "Rail FCL, Sea FCL", as on screen
        assert got[col["Cargo"]] == r.cargo_summary
        assert got[col["Transit days"]] == r.transit_days
        assert Decimal(str(got[col["total"]])) == r.total
        assert Decimal(str(got[col["cost_total"]])) == r.cost_total
        assert Decimal(str(got[col["margin"]])) == r.margin
        assert got[col["Currency"]] == r.currency
    assert desk.other_day.booking_no not in {row[0] for row in rows}

    # Cell types and looks.
    for key in ("total", "cost_total", "margin"):
        column = openpyxl.utils.get_column_letter(col[key] + 1)
        assert sheet[f"{column}2"].number_format == "#,##0.00", key  # USD
        assert sheet[f"{column}3"].number_format == "#,##0", key  # VND: no minor units
        assert sheet[f"{column}3"].data_type == "n", key
    customer = sheet.cell(row=3, column=col["Customer"] + 1)
    assert customer.data_type == "s" and customer.value == FORMULA  # a string, not a formula
    assert sheet["C2"].is_date and sheet["C2"].number_format == "yyyy-mm-dd"
    assert sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:S{len(rows)}"
    assert sheet.column_dimensions["F"].width >= len(FORMULA)


def test_xlsx_second_sheet_lists_every_leg(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "day.xlsx"
    documents.export_day(desk.uow, DAY, "xlsx", out)
    sheet = openpyxl.load_workbook(out)["Legs"]
    legs = list(sheet.iter_rows(values_only=True))
    assert legs[0] == LEG_HEADERS
    expected = []
    for booking in (desk.multimodal, desk.truck):
        for seq, leg in enumerate(booking.quote.legs, 1):
            expected.append(
                (booking.booking_no, seq, mode_name(leg.mode), leg.origin, leg.destination, leg.carrier,
                 datetime.combine(leg.etd, time()), datetime.combine(leg.eta, time()),
                 leg.transit_days, round_money(leg.subtotal, booking.quote.currency),
                 booking.quote.currency)
            )  # fmt: skip
    got = [row[:9] + (Decimal(str(row[9])),) + row[10:] for row in legs[1:]]
    assert got == expected
    # Typed cells and the same looks as the first sheet.
    assert sheet["G2"].is_date and sheet["G2"].number_format == "yyyy-mm-dd"
    assert sheet["J2"].data_type == "n" and sheet["J2"].number_format == "#,##0.00"  # USD
    assert sheet[f"J{len(legs)}"].number_format == "#,##0"  # VND
    assert sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{len(legs)}"


def test_export_of_an_empty_day_and_bad_format(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    assert documents.export_day(desk.uow, date(2020, 1, 1), "csv", out) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines() == [",".join(BOOKING_HEADERS)]
    with pytest.raises(ValidationError, match="format"):
        documents.export_day(desk.uow, DAY, "ods", tmp_path / "x.ods")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_reports_progress_to_the_end(desk: Desk, tmp_path: Path, fmt: str) -> None:
    calls: list[tuple[int, int]] = []
    documents.export_day(
        desk.uow, DAY, fmt, tmp_path / f"d.{fmt}", lambda d, t: calls.append((d, t))
    )
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(0 <= d <= t for d, t in calls)
    fractions = [d / t for d, t in calls]
    assert fractions == sorted(fractions)
