"""The daily booking list PDF: the day's bookings only, header on every page, totals."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from booking_app.documents import printing as documents
from booking_app.documents.daily_list import render_daily_list_pdf
from booking_app.documents.model import Company, DailyList
from booking_app.services.listing import BookingRow
from tests.documents.pdfcheck import not_embedded, pdf_pages, pdf_text, squeeze
from tests.documents.samples import CHINESE, DAY, THAI, VIETNAMESE, Desk


def row(n: int, status: str = "confirmed", currency: str = "USD", total: str = "100.00",
        customer: str = THAI) -> BookingRow:  # fmt: skip
    return BookingRow(
        booking_no=f"BK-2026-{n:06d}",
        revision=1,
        created_at=datetime(2026, 11, 28, 8, 0) + timedelta(minutes=n),
        booking_date=date(2026, 11, 28),
        status=status,
        clerk="Lan",
        customer=customer,
        shipper=CHINESE,
        consignee=VIETNAMESE,
        route="CNCKG → CNQZH → VNHPH",
        modes="rail_fcl, sea_fcl",
        cargo_summary="2×40HC",
        total=Decimal(total),
        currency=currency,
        incoterm="FOB",
        ship_date=date(2026, 12, 1),
        transit_days=4,
    )


def render(rows: list[BookingRow]) -> io.BytesIO:
    data = DailyList(
        day=date(2026, 11, 28),
        company=Company(name="Beibu Gulf Forwarding"),
        rows=rows,
        printed_at=datetime(2026, 11, 28, 18, 0),
    )
    buffer = io.BytesIO()
    render_daily_list_pdf(data, buffer)
    buffer.seek(0)
    return buffer


def test_day_pdf_lists_the_day_with_every_name(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "day.pdf"
    assert documents.export_day(desk.uow, DAY, "pdf", out) == 2
    text = pdf_text(out)
    assert desk.multimodal.booking_no in text and desk.truck.booking_no in text
    assert desk.other_day.booking_no not in text
    flat = squeeze(text)
    for name in (THAI, CHINESE, VIETNAMESE, "Công ty Cổ phần Vận tải Hà Nội"):
        assert squeeze(name) in flat, name
    for booking in (desk.multimodal, desk.truck):
        assert booking.quote.currency in text
    assert not_embedded(out) == []
    page = PdfReader(out).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_header_repeats_on_every_page_and_pages_are_numbered() -> None:
    pages = pdf_pages(render([row(n) for n in range(1, 81)]))
    assert len(pages) >= 3
    for n, page in enumerate(pages, 1):
        assert "Booking no" in page and "Shipper → consignee" in page
        assert f"Page {n} of {len(pages)}" in page
    text = "\n".join(pages)
    assert all(f"BK-2026-{n:06d}" in text for n in range(1, 81))


def test_totals_per_currency_and_per_status() -> None:
    rows = [
        row(1, total="100.10"),
        row(2, total="200.20"),
        row(3, status="cancelled", total="999.99"),
        row(4, status="quoted", currency="VND", total="2500000"),
        row(5, status="quoted", currency="THB", total="1234.50"),
    ]
    text = " ".join(pdf_text(render(rows)).split())
    # Per currency, cancelled bookings left out: USD 100.10 + 200.20.
    assert re.search(r"USD 2 300\.30", text)
    assert re.search(r"VND 1 2500000", text)
    assert re.search(r"THB 1 1234\.50", text)
    # Per status, every status with its own sums.
    assert re.search(r"confirmed 2 300\.30 USD", text)
    assert re.search(r"quoted 2 1234\.50 THB · 2500000 VND", text)
    assert re.search(r"cancelled 1 999\.99 USD", text)


def test_empty_day_says_so() -> None:
    text = pdf_text(render([]))
    assert "No bookings on this day." in text and "0 bookings" in text
