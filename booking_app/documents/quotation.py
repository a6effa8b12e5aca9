"""The quotation PDF: letterhead, parties, route, charges leg by leg, total, FX, terms."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from booking_app.documents.layout import Output, build_pdf, para, styles, watermark
from booking_app.documents.model import BookingDocument
from booking_app.documents.sections import (
    charges_table,
    emissions_note,
    fx_note,
    letterhead,
    parties,
    route_table,
    shipment_facts,
    terms,
    words,
)

CANCELLED_RED = colors.HexColor("#c62828")


def document_number(doc: BookingDocument) -> str:
    """The booking number, with the revision when there has been more than one."""
    booking = doc.booking
    if booking.revision <= 1:
        return booking.booking_no
    return words(doc)("{number} rev. {revision}", number=booking.booking_no,
                      revision=booking.revision)  # fmt: skip


def cancelled_mark(doc: BookingDocument) -> Any:
    """The CANCELLED watermark for a cancelled booking, else None."""
    if doc.booking.status != "cancelled":
        return None
    return watermark(words(doc)("CANCELLED"), CANCELLED_RED)


def quotation_story(doc: BookingDocument) -> list[Any]:
    """The flowables of a quotation."""
    st = styles()
    w = words(doc)
    quote = doc.booking.priced
    facts = [
        (w("Quotation no."), document_number(doc)),
        (w("Date"), quote.quote_date.isoformat()),
        (w("Valid until"), doc.valid_until.isoformat()),
        (w("Currency"), quote.currency),
    ]
    if doc.booking.status == "cancelled":
        facts.append((w("Status"), w("CANCELLED")))
    return [
        letterhead(doc, w("Quotation"), facts),
        Spacer(1, 4 * mm),
        parties(doc),
        Spacer(1, 3 * mm),
        shipment_facts(doc),
        para(w("Route"), st.heading),
        route_table(doc, with_emissions=True),
        Spacer(1, 1.5 * mm),
        emissions_note(doc),
        para(w("Charges"), st.heading),
        charges_table(doc),
        Spacer(1, 2 * mm),
        fx_note(doc),
        KeepTogether(terms(doc)),
    ]


def render_quotation_pdf(doc: BookingDocument, out: Output) -> None:
    """Write the quotation of ``doc`` as a PDF.

    Args:
        doc: the booking and everything printed with it.
        out: a file path or a binary file object.
    """
    number = document_number(doc)
    w = words(doc)
    build_pdf(
        out,
        quotation_story(doc),
        title=w("Quotation {number}", number=number),
        author=doc.company.name,
        footer_left=w("{company} · Quotation {number}", company=doc.company.name, number=number),
        footer_right=w("Printed {when}", when=f"{doc.printed_at:%Y-%m-%d %H:%M}"),
        decorate=cancelled_mark(doc),
        page_words=w("Page {page} of {pages}"),
    )
