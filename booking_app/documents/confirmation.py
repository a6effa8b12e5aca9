"""The booking confirmation PDF: the quotation's content plus status, booking number as a
QR code, shipper and consignee, cargo lines, the clerk and a signature line."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.shapes import Drawing, Path
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from booking_app.core.cargo import CM3_PER_CBM
from booking_app.documents.fonts import LATIN
from booking_app.documents.layout import (
    Output,
    build_pdf,
    cell,
    grid_style,
    para,
    styles,
    watermark,
)
from booking_app.documents.model import BookingDocument
from booking_app.documents.quotation import cancelled_mark, document_number
from booking_app.documents.sections import (
    CONTENT_WIDTH,
    charges_table,
    emissions_note,
    fx_note,
    letterhead,
    parties,
    route_table,
    shipment_facts,
    terms,
)

QR_SIZE = 26 * mm
QR_MASK = 0  #: ISO/IEC 18004 mask pattern of the booking QR code
NOT_CONFIRMED_GREY = colors.HexColor("#7a7a7a")


def _number(value: Decimal) -> str:
    """A measure without exponent or trailing zeros (``2.880`` → ``2.88``)."""
    text = f"{value.normalize():f}"
    return text


def qr_code(text: str, size: float = QR_SIZE, border: int = 2) -> Drawing:
    """``text`` as a QR code (level M), ``size`` points square, drawn as one filled path.

    One path instead of a rectangle per module keeps the drawing cheap to render. The
    mask is fixed (pattern 0; every mask reads the same): choosing the "best" of the
    eight builds and scores the symbol eight times, a sixth of the whole confirmation.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, QR_MASK)
    count = qr.getModuleCount()
    box = size / (count + 2 * border)
    path = Path(fillColor=colors.black, strokeColor=None, strokeWidth=0)
    for r, row in enumerate(qr.modules):
        top = size - (r + border) * box
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            length = len(list(run))
            if dark:
                left, right = (c + border) * box, (c + border + length) * box
                path.moveTo(left, top)
                path.lineTo(right, top)
                path.lineTo(right, top - box)
                path.lineTo(left, top - box)
                path.closePath()
            c += length
    drawing = Drawing(size, size)
    drawing.add(path)
    drawing.initialFontName = LATIN  # else reportlab starts the drawing in Helvetica
    return drawing


def cargo_table(doc: BookingDocument) -> Table:
    """Cargo lines: pieces with dimensions and weights, containers, trucks and totals."""
    st = styles()
    cargo = doc.booking.request.cargo
    header = ["Line", "Count", "L × W × H cm", "kg / piece", "Weight kg", "Volume cbm"]
    rows: list[list[Any]] = [
        [para(header[0], st.head_cell)] + [para(h, st.head_cell_right) for h in header[1:]]
    ]
    for p in cargo.pieces:
        dims = f"{_number(p.length_cm)} × {_number(p.width_cm)} × {_number(p.height_cm)}"
        rows.append(
            [
                cell("Pieces", st.cell),
                cell(str(p.count), st.cell_right),
                cell(dims, st.cell_right),
                cell(_number(p.weight_kg), st.cell_right),
                cell(_number(p.gross_kg), st.cell_right),
                cell(_number(p.volume_cm3 / CM3_PER_CBM), st.cell_right),
            ]
        )
    for kind, units in (("Container", cargo.containers), ("Truck", cargo.trucks)):
        for u in units:
            rows.append(
                [cell(f"{kind} {u.type}", st.cell), cell(str(u.count), st.cell_right)] + [""] * 4
            )
    teu = f" · {_number(cargo.teu)} TEU" if cargo.containers else ""
    dangerous = "DANGEROUS GOODS" if cargo.dangerous_goods else "Not dangerous goods"
    rows.append(
        [
            para(f"Total{teu} · {dangerous}", st.cell, bold=True),
            "",
            "",
            "",
            para(_number(cargo.gross_kg), st.cell_right, bold=True),
            para(_number(cargo.volume_cbm), st.cell_right, bold=True),
        ]
    )
    r = len(rows) - 1
    table = Table(rows, colWidths=[w * mm for w in (64, 18, 34, 20, 22, 22)], repeatRows=1)
    table.setStyle(grid_style(1, [("SPAN", (0, r), (3, r))], right=[1, 2, 3, 4, 5]))
    return table


def signature_block(doc: BookingDocument) -> Table:
    """Issued by the clerk for the company; accepted by the customer; lines to sign on."""
    st = styles()
    clerk = doc.booking.clerk or "—"
    rows = [
        [para(f"For {doc.company.name}", st.label), "", para("Accepted by the customer", st.label)],
        ["", "", ""],
        [
            para(f"Issued by {clerk} · signature", st.small),
            "",
            para(f"{doc.customer.name or '—'} · signature, name and date", st.small),
        ],
    ]
    width = CONTENT_WIDTH
    table = Table(
        rows, colWidths=[width * 0.45, width * 0.1, width * 0.45], rowHeights=[None, 14 * mm, None]
    )
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 1), (0, 1), 0.8, colors.black),
            ("LINEBELOW", (2, 1), (2, 1), 0.8, colors.black),
        ]
    )
    return table


def confirmation_story(doc: BookingDocument) -> list[Any]:
    """The flowables of a booking confirmation."""
    st = styles()
    booking = doc.booking
    quote = booking.priced
    facts = [
        ("Booking no.", document_number(doc)),
        ("Status", booking.status.upper()),
        ("Booked", f"{booking.created_at:%Y-%m-%d %H:%M}"),
        ("Quote date", quote.quote_date.isoformat()),
        ("Clerk", booking.clerk or "—"),
    ]
    return [
        letterhead(doc, "Booking confirmation", facts, badge=qr_code(booking.booking_no)),
        Spacer(1, 4 * mm),
        parties(doc),
        Spacer(1, 3 * mm),
        shipment_facts(doc),
        para("Cargo", st.heading),
        cargo_table(doc),
        para("Route", st.heading),
        route_table(doc, with_emissions=True),
        Spacer(1, 1.5 * mm),
        emissions_note(doc),
        para("Charges", st.heading),
        charges_table(doc),
        Spacer(1, 2 * mm),
        fx_note(doc),
        KeepTogether(terms(doc)),
        Spacer(1, 6 * mm),
        KeepTogether([signature_block(doc)]),
    ]


def status_mark(doc: BookingDocument) -> Any:
    """CANCELLED for a cancelled booking; NOT CONFIRMED for a draft or quoted one."""
    if doc.booking.status in ("draft", "quoted"):
        return watermark("NOT CONFIRMED", NOT_CONFIRMED_GREY)
    return cancelled_mark(doc)


def render_confirmation_pdf(doc: BookingDocument, out: Output) -> None:
    """Write the booking confirmation of ``doc`` as a PDF.

    Args:
        doc: the booking and everything printed with it.
        out: a file path or a binary file object.
    """
    number = document_number(doc)
    build_pdf(
        out,
        confirmation_story(doc),
        title=f"Booking confirmation {number}",
        author=doc.company.name,
        footer_left=f"{doc.company.name} · Booking {number}",
        footer_right=f"Printed {doc.printed_at:%Y-%m-%d %H:%M}",
        decorate=status_mark(doc),
    )
