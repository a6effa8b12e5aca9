"""Quotation and confirmation PDFs of saved bookings: text, figures, fonts, marks."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from booking_app.core.errors import NotFoundError, ValidationError
from booking_app.core.quote_json import quote_to_json
from booking_app.documents import printing as documents
from booking_app.documents.confirmation import render_confirmation_pdf
from booking_app.services import lifecycle, quoting
from booking_app.services.imports import import_sheet
from booking_app.services.settings import save_settings
from tests.documents.pdfcheck import not_embedded, pdf_fonts, pdf_pages, pdf_text, squeeze
from tests.documents.samples import AMPERSAND, CHINESE, MULTIMODAL, THAI, VIETNAMESE, Desk

RENDERERS = {
    "confirmation": documents.render_confirmation,
    "quotation": documents.render_quotation,
}


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_document_holds_number_legs_parties_and_exact_total(
    desk: Desk, tmp_path: Path, kind: str
) -> None:
    booking = desk.multimodal
    out = RENDERERS[kind](desk.uow, booking.booking_no, tmp_path / f"{kind}.pdf")
    text = pdf_text(out)
    flat = squeeze(text)

    assert booking.booking_no in text
    for leg in booking.quote.legs:
        assert leg.origin in text and leg.destination in text
        assert squeeze(leg.carrier) in flat
        assert f"{leg.origin} → {leg.destination}" in text  # the leg's own charges heading
    for name in (THAI, CHINESE, VIETNAMESE):
        assert squeeze(name) in flat, name
    # Location names in their own scripts, as in the locations table.
    for place in ("重庆", "钦州", "Hải Phòng", "Hà Nội"):
        assert squeeze(place) in flat
    total = quote_to_json(booking.quote)["total"]
    assert re.search(rf"Total USD\s+{re.escape(total)}", text), total
    for leg_json in quote_to_json(booking.quote)["legs"]:
        assert leg_json["subtotal"] in text
        for line in leg_json["lines"]:
            assert line["amount_quote"] in text
    assert "Call <Mr. Minh> & the gate before arrival." in " ".join(text.split())


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_every_font_is_embedded_truetype_subset(desk: Desk, tmp_path: Path, kind: str) -> None:
    out = RENDERERS[kind](desk.uow, desk.multimodal.booking_no, tmp_path / f"{kind}.pdf")
    fonts = pdf_fonts(out)
    assert fonts
    assert not_embedded(out) == []
    names = {str(f["/BaseFont"]) for f in fonts.values()}
    assert all(re.fullmatch(r"/[A-Z]{6}\+.+", n) for n in names), names  # subsets
    bare = {n.split("+", 1)[1] for n in names}
    assert {"NotoSans-Regular", "NotoSansThai-Bold", "WenQuanYiMicroHei-0"} <= bare
    assert not any("STSong" in n or "Helvetica" in n for n in names)


def test_confirmation_shows_status_cargo_clerk_and_page_numbers(desk: Desk, tmp_path: Path) -> None:
    out = documents.render_confirmation(desk.uow, desk.multimodal.booking_no, tmp_path / "c.pdf")
    pages = pdf_pages(out)
    text = "\n".join(pages)
    assert "CONFIRMED" in text
    assert "120 × 80 × 100" in text and "Container 40HC" in text
    assert "Not dangerous goods" in text
    assert "Signature" in text or "signature" in text
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page


def test_cancelled_booking_prints_cancelled_mark(desk: Desk, tmp_path: Path) -> None:
    lifecycle.change_status(desk.uow, desk.multimodal.booking_no, "cancelled", "strike")
    for kind, render in RENDERERS.items():
        pages = pdf_pages(render(desk.uow, desk.multimodal.booking_no, tmp_path / f"{kind}.pdf"))
        assert all("CANCELLED" in page for page in pages), kind


def test_unconfirmed_booking_confirmation_says_not_confirmed(desk: Desk, tmp_path: Path) -> None:
    out = documents.render_confirmation(desk.uow, desk.truck.booking_no, tmp_path / "c.pdf")
    text = pdf_text(out)
    assert "NOT CONFIRMED" in text and "QUOTED" in text


def test_user_text_is_escaped_and_vnd_has_no_decimals(desk: Desk, tmp_path: Path) -> None:
    out = documents.render_quotation(desk.uow, desk.truck.booking_no, tmp_path / "q.pdf")
    text = pdf_text(out)
    assert AMPERSAND in text
    assert squeeze('=HYPERLINK("http://example.invalid","click")') in squeeze(text)
    total = quote_to_json(desk.truck.quote)["total"]
    assert "." not in total
    assert re.search(rf"Total VND\s+{total}", text)


def test_reprint_after_fx_change_keeps_the_frozen_total(desk: Desk, tmp_path: Path) -> None:
    booking = desk.multimodal
    frozen = quote_to_json(booking.quote)["total"]
    before = pdf_text(
        documents.render_confirmation(desk.uow, booking.booking_no, tmp_path / "a.pdf")
    )

    fx = tmp_path / "fx.csv"
    fx.write_text("currency,units_per_usd,valid_from\nCNY,6.50,2026-01-01\n", encoding="utf-8")
    import_sheet(desk.uow, "fx", fx)
    requote = quote_to_json(quoting.quote(desk.uow, MULTIMODAL))["total"]
    assert requote != frozen  # the change matters for a new quote ...

    for kind, render in RENDERERS.items():
        after = pdf_text(render(desk.uow, booking.booking_no, tmp_path / f"b-{kind}.pdf"))
        assert re.search(rf"Total USD\s+{re.escape(frozen)}", after), kind  # ... not a reprint
        assert requote not in after
        assert "CNY 7.05" in after  # the FX stored with the booking
    assert frozen in before


def test_letterhead_comes_from_settings_with_a_logo(desk: Desk, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), (31, 78, 121)).save(logo)
    save_settings(
        desk.uow,
        {
            "company_name": "北部湾 Forwarding Co., Ltd.",
            "company_address": "88 Harbour Road\nQinzhou, Guangxi",
            "company_phone": "+86 777 000 0000",
            "company_email": "desk@example.invalid",
            "company_logo": str(logo),
            "quote_valid_days": "10",
        },
    )
    out = documents.render_quotation(desk.uow, desk.multimodal.booking_no, tmp_path / "q.pdf")
    text = pdf_text(out)
    for part in ("北部湾", "88 Harbour Road", "Qinzhou, Guangxi", "+86 777 000 0000"):
        assert part in text
    # Valid until: frozen with the quote when it was booked (14 days then), not re-read
    # from today's settings (10 days).
    frozen = desk.multimodal.quote.valid_until
    assert frozen is not None and frozen.isoformat() == "2026-12-12"
    words = " ".join(text.split())  # (a scheduled leg may sail on 2026-12-08 itself)
    assert "Valid until 2026-12-12" in words and "Valid until 2026-12-08" not in words
    assert any(page.images for page in PdfReader(out).pages)  # the logo is on the page


def test_unknown_booking_and_unwritable_output_are_user_errors(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        documents.render_confirmation(desk.uow, "BK-2026-999999", tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="cannot write"):
        documents.render_quotation(
            desk.uow, desk.multimodal.booking_no, tmp_path / "no-such-dir" / "q.pdf"
        )
    assert not list(tmp_path.glob("**/*.part"))


def test_renderer_takes_plain_data_and_writes_to_memory(desk: Desk) -> None:
    doc = documents.booking_document(
        desk.uow, desk.multimodal.booking_no, printed_at=datetime(2026, 11, 28, 9, 30)
    )
    buffer = io.BytesIO()
    render_confirmation_pdf(doc, buffer)  # no database from here on
    buffer.seek(0)
    text = pdf_text(buffer)
    assert "Printed 2026-11-28 09:30" in text
    assert doc.booking.booking_no in text
