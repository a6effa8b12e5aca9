"""Text of any length wraps and flows onto further pages; no text makes a document fail
(data-safety.md §8)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from booking_app.documents import printing as documents
from booking_app.documents.confirmation import render_confirmation_pdf
from booking_app.documents.costsheet import render_costsheet_pdf
from booking_app.documents.daily_list import render_daily_list_pdf
from booking_app.documents.layout import build_pdf, para, styles
from booking_app.documents.model import BookingDocument, PartyDetails
from booking_app.documents.quotation import render_quotation_pdf
from tests.documents import hostile
from tests.documents.pdfcheck import pdf_pages, squeeze
from tests.documents.samples import Desk

BOOKING_RENDERERS: dict[str, Callable[[BookingDocument, Any], None]] = {
    "confirmation": render_confirmation_pdf,
    "quotation": render_quotation_pdf,
    "cost sheet": render_costsheet_pdf,
}
#: The documents the customer gets: they print the parties' addresses and the goods.
CUSTOMER_DOCUMENTS = ("confirmation", "quotation")


def numbered_words(length: int, word: str = "name") -> str:
    """``name1 name2 …``, about ``length`` characters: lost or repeated text shows."""
    words: list[str] = []
    size = 0
    while size < length:
        words.append(f"{word}{len(words) + 1}")
        size += len(words[-1]) + 1
    return " ".join(words)


def words_of(pages: list[str], word: str) -> list[str]:
    """The numbered words in the text of ``pages``, in order (other text left out)."""
    return re.findall(rf"{word}\d+", " ".join(pages))


def prints_in_order(pages: list[str], text: str) -> bool:
    """Every word of ``text`` is in ``pages``, in its order (other copies may come between)."""
    found = iter(words_of(pages, re.sub(r"\d+$", "", text.split()[0])))
    return all(word in found for word in text.split())


#: A 5,000-letter word in Greek, which nothing else in the documents uses.
GREEK_WORD = "".join(chr(0x3B1 + n % 24) for n in range(5_000))


def greek_of(pages: list[str]) -> str:
    return "".join(re.findall("[\u03b1-\u03c8]+", "".join(pages)))


def render(renderer: Callable[[Any, Any], None], data: Any) -> list[str]:
    out = io.BytesIO()
    renderer(data, out)
    out.seek(0)
    return pdf_pages(out)


@pytest.fixture
def document(desk: Desk) -> BookingDocument:
    """The confirmed multimodal booking's document."""
    return documents.booking_document(desk.uow, desk.multimodal.booking_no)


@pytest.mark.parametrize("kind", sorted(BOOKING_RENDERERS))
def test_a_ten_thousand_character_name_flows_onto_further_pages(
    document: BookingDocument, kind: str
) -> None:
    name = numbered_words(10_000)
    doc = document._replace(customer=PartyDetails(name))
    pages = render(BOOKING_RENDERERS[kind], doc)
    assert len(pages) >= 2
    assert prints_in_order(pages, name)  # every word, in order
    assert words_of(pages, "name").count("name1") == (2 if kind == "confirmation" else 1)
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page


def test_long_address_description_and_a_word_without_spaces_all_print(
    document: BookingDocument,
) -> None:
    address = numbered_words(10_000, "street")
    description = numbered_words(3_000, "part")
    booking = document.booking
    cargo = booking.request.cargo._replace(description=description)
    booking = booking._replace(request=booking.request._replace(cargo=cargo))
    doc = document._replace(booking=booking, shipper=PartyDetails(GREEK_WORD, address=address))
    for kind in CUSTOMER_DOCUMENTS:
        pages = render(BOOKING_RENDERERS[kind], doc)
        assert words_of(pages, "street") == address.split()
        assert words_of(pages, "part") == description.split()  # each once, in order
        assert greek_of(pages) == GREEK_WORD


def test_a_long_company_name_is_cut_in_the_footer_only(document: BookingDocument) -> None:
    company = document.company._replace(name=numbered_words(3_000, "co"))
    pages = render(render_confirmation_pdf, document._replace(company=company))
    assert prints_in_order(pages, company.name)
    footers = [page.rsplit("Page", 1)[0][-400:] for page in pages]
    assert all("…" in footer for footer in footers)


def test_the_daily_list_flows_a_ten_thousand_character_customer() -> None:
    name = numbered_words(10_000)
    data = hostile.day_with_text("Beibu", rows=3)
    rows = list(data.rows)
    rows[1] = rows[1]._replace(customer=name)
    pages = render(render_daily_list_pdf, data._replace(rows=rows))
    assert len(pages) >= 2
    assert words_of(pages, "name") == name.split()  # once, in order
    flat = squeeze("".join(pages))
    assert all(row.booking_no in flat for row in rows)


def test_an_ordinary_table_moves_whole_to_the_next_page() -> None:
    st = styles()
    rows = [[para(f"row {n} top", st.cell), para(f"row {n}\nbottom", st.cell)] for n in range(3)]
    story = [Spacer(1, 238 * mm), Table(rows, colWidths=[60 * mm, 60 * mm])]
    out = io.BytesIO()
    build_pdf(out, story, title="t", author="a", footer_left="f")
    out.seek(0)
    pages = pdf_pages(out)
    assert len(pages) == 2
    # No row is cut in two: each row's cells are on one page.
    for n in range(3):
        (page,) = [p for p in pages if f"row {n} top" in p]
        assert f"row {n}\nbottom" in page or f"row {n} bottom" in " ".join(page.split())


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=hostile.hostile_text)
def test_hostile_text_never_stops_a_document(document: BookingDocument, text: str) -> None:
    doc = hostile.with_text(document, text)
    for renderer in BOOKING_RENDERERS.values():
        out = io.BytesIO()
        renderer(doc, out)
        assert len(PdfReader(out).pages) >= 1
    out = io.BytesIO()
    render_daily_list_pdf(hostile.day_with_text(text), out)
    assert len(PdfReader(out).pages) >= 1
