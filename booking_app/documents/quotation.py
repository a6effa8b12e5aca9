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
    fx_note,
    letterhead,
    parties,
    route_table,
    shipment_facts,
    terms,
)

CANCELLED_RED = colors.HexColor("#c62828")


def document_number(doc: BookingDocument) -> str:
    """The booking number, with the revision when there has been more than one."""
    booking = doc.booking
    return booking.booking_no + (f" rev. {booking.revision}" if booking.revision > 1 else "")


def cancelled_mark(doc: BookingDocument) -> Any:
    """The CANCELLED watermark for a cancelled booking, else None."""
    return watermark("CANCELLED", CANCELLED_RED) if doc.booking.status == "cancelled" else None


def quotation_story(doc: BookingDocument) -> list[Any]:
    """The flowables of a quotation."""
    st = styles()
    quote = doc.booking.priced
    facts = [
        ("Quotation no.", document_number(doc)),
        ("Date", quote.quote_date.isoformat()),
        ("Valid until", doc.valid_until.isoformat()),
        ("Currency", quote.currency),
    ]
    if doc.booking.status == "cancelled":
        facts.append(("Status", "CANCELLED"))
    return [
        letterhead(doc, "Quotation", facts),
        Spacer(1, 4 * mm),
        parties(doc),
        Spacer(1, 3 * mm),
        shipment_facts(doc),
        para("Route", st.heading),
        route_table(doc),
        para("Charges", st.heading),
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
    build_pdf(
        out,
        quotation_story(doc),
        title=f"Quotation {number}",
        author=doc.company.name,
        footer_left=f"{doc.company.name} · Quotation {number}",
        footer_right=f"Printed {doc.printed_at:%Y-%m-%d %H:%M}",
        decorate=cancelled_mark(doc),
    )
