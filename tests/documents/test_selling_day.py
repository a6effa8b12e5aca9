"""The day's list carries total (price), cost total and margin per booking and per currency."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl

from booking_app.core.quote_json import quote_to_json
from booking_app.documents import printing as documents
from booking_app.documents.daily_list import render_daily_list_pdf
from booking_app.documents.exports import BOOKING_HEADERS
from booking_app.documents.model import Company, DailyList
from booking_app.services.listing import BookingRow
from tests.documents.pdfcheck import pdf_text
from tests.documents.samples import DAY
from tests.documents.selling_desk import SellingDesk

AMOUNTS = ("total", "cost_total", "margin")
#: The figures selling.md implies for the two priced bookings, to the cent.
EXPECTED = {
    "markup": ("4401.86", "4094.73", "307.13"),  # 7.5 % markup: margin 6.98 %
    "margin": ("203.25", "178.90", "24.35"),  # 12 % margin: margin 11.98 %
}


def test_csv_has_total_cost_total_and_margin_exactly(selling: SellingDesk, tmp_path: Path) -> None:
    out = tmp_path / "day.csv"
    assert documents.export_day(selling.uow, DAY, "csv", out) == 3
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(BOOKING_HEADERS)
    assert [h for h in BOOKING_HEADERS if h in AMOUNTS] == list(AMOUNTS)
    by_number = {row["Booking no"]: row for row in rows}
    for which, expected in EXPECTED.items():
        booking = getattr(selling, which)
        row = by_number[booking.booking_no]
        assert tuple(row[k] for k in AMOUNTS) == expected, which
        as_json = quote_to_json(booking.quote)
        assert tuple(row[k] for k in AMOUNTS) == tuple(as_json[k] for k in AMOUNTS)
    draft = by_number[selling.draft.booking_no]
    assert (draft["Status"], *(draft[k] for k in AMOUNTS)) == ("draft", "", "", "")
    assert draft["Currency"] == "USD"


def test_xlsx_has_numeric_total_cost_total_and_margin(selling: SellingDesk, tmp_path: Path) -> None:
    out = tmp_path / "day.xlsx"
    assert documents.export_day(selling.uow, DAY, "xlsx", out) == 3
    sheet = openpyxl.load_workbook(out)["Bookings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == BOOKING_HEADERS
    col = {h: i for i, h in enumerate(BOOKING_HEADERS)}
    by_number = {row[0]: row for row in rows[1:]}
    for which, expected in EXPECTED.items():
        row = by_number[getattr(selling, which).booking_no]
        assert tuple(Decimal(str(row[col[k]])) for k in AMOUNTS) == tuple(map(Decimal, expected))
    draft = by_number[selling.draft.booking_no]
    assert [draft[col[k]] for k in AMOUNTS] == [None, None, None]
    for r in range(2, sheet.max_row + 1):
        for key in AMOUNTS:
            c = sheet.cell(row=r, column=col[key] + 1)
            assert c.value is None or (c.data_type == "n" and c.number_format == "#,##0.00")


def test_day_pdf_shows_cost_and_margin_per_booking_and_currency(
    selling: SellingDesk, tmp_path: Path
) -> None:
    out = tmp_path / "day.pdf"
    assert documents.export_day(selling.uow, DAY, "pdf", out) == 3
    flat = " ".join(pdf_text(out).split())
    for which in EXPECTED:
        total, cost, margin = EXPECTED[which]
        assert f"{total} {cost} {margin} USD" in flat, which
    # The draft has no price: blank amounts, the currency and status only.
    assert re.search(rf"{selling.draft.booking_no} .*? USD draft", flat)
    assert not re.search(rf"{selling.draft.booking_no} [^U]*0\.00", flat)
    # USD: 3 bookings stand; 4401.86 + 203.25 = 4605.11, cost 4273.63, margin 331.48 = 7.20 %
    assert "USD 3 4605.11 4273.63 331.48 7.20 %" in flat


def _row(n: int, status: str, total: str, cost: str, priced: bool = True) -> BookingRow:
    return BookingRow(
        booking_no=f"BK-2026-{n:06d}", revision=1, created_at=datetime(2026, 11, 28, 9, n),
        booking_date=date(2026, 11, 28), status=status, clerk="Lan", customer="C", shipper="S",
        consignee="K", route="CNQZH → VNHPH", modes="sea_fcl", cargo_summary="1×40HC",
        total=Decimal(total), currency="USD", incoterm="FOB", ship_date=date(2026, 12, 1),
        transit_days=2, cost_total=Decimal(cost), priced=priced,
    )  # fmt: skip


def test_currency_totals_leave_out_cancelled_bookings() -> None:
    rows = [
        _row(1, "confirmed", "100.00", "90.00"),
        _row(2, "cancelled", "500.00", "100.00"),
        _row(3, "quoted", "50.00", "45.50"),
        _row(4, "draft", "0", "0", priced=False),
    ]
    data = DailyList(
        day=date(2026, 11, 28), company=Company(name="Desk"), rows=rows,
        printed_at=datetime(2026, 11, 28, 18, 0),
    )  # fmt: skip
    buffer = io.BytesIO()
    render_daily_list_pdf(data, buffer)
    buffer.seek(0)
    flat = " ".join(pdf_text(buffer).split())
    # 150.00 − 135.50 = 14.50, 9.67 % of the price; the cancelled one is left out.
    assert "USD 3 150.00 135.50 14.50 9.67 %" in flat
    assert "500.00 100.00 400.00 USD cancelled" in flat
