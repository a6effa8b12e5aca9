"""The internal cost sheet PDF (selling.md §5): both sides of every line, the margin.

For the clerk and the office, never for the customer: every page carries an INTERNAL
band at the top and an INTERNAL watermark. Per line it shows the cost side (quantity ×
buy unit price = amount, cost in the quote currency), the price side (sell quantity ×
sell unit price = sell amount, amount in the quote currency), the line's margin and
where the cost came from (rate or surcharge id, ``spot`` or ``manual``); per leg the
carrier's service, the price rule and its percentage and both subtotals; at the end
both totals, the margin and margin %, the floor and the approval, if any.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from booking_app.core.booking import cargo_summary
from booking_app.core.money import format_money, plain
from booking_app.core.quote import ChargeLine, LegQuote, Quote
from booking_app.core.selling import PriceRule, margin_percent
from booking_app.documents.fonts import LATIN_BOLD
from booking_app.documents.layout import (
    ACCENT,
    MARGIN,
    SHADE,
    Output,
    build_pdf,
    cell,
    content_width,
    grid_style,
    para,
    styles,
)
from booking_app.documents.model import BookingDocument, basis_label
from booking_app.documents.quotation import document_number
from booking_app.documents.sections import (
    fx_note,
    leg_title,
    line_description,
    quantity_and_unit,
    route_table,
    sell_cells,
)

INTERNAL_RED = colors.HexColor("#b71c1c")
BAND_TEXT = "INTERNAL — COST SHEET — NOT FOR THE CUSTOMER"
#: Column widths (mm) of the lines table; they fill a landscape A4 text area.
LINE_WIDTHS = (12, 41, 23, 20, 21, 24, 21, 20, 21, 24, 21, 19)
_MONEY_COLUMNS = list(range(3, 12))


def source_of(line: ChargeLine) -> str:
    """Where a line came from: its rate or surcharge id, spot or manual; and whether its
    price is a contract tariff's (or included in an all-in one)."""
    if line.spot:
        source = "spot"
    elif line.manual:
        source = "manual"
    elif line.rate_id is not None:
        source = f"rate #{line.rate_id}"
    elif line.surcharge_id is not None:
        source = f"surcharge #{line.surcharge_id}"
    else:
        source = "—"
    if line.included:
        return f"{source}\nincluded"
    return f"{source}\ntariff" if line.tariff else source


def rule_text(rule: PriceRule) -> str:
    """``markup 7.5 %`` or ``margin 12 %``."""
    return f"{rule.rule} {plain(rule.percent)} %"


def _decorate(canvas: Any, document: Any) -> None:
    """The INTERNAL band in the top margin of every page, and the watermark."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(INTERNAL_RED)
    canvas.rect(MARGIN, height - MARGIN + 2 * mm, width - 2 * MARGIN, 6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(LATIN_BOLD, 9)
    canvas.drawCentredString(width / 2, height - MARGIN + 4 * mm, BAND_TEXT)
    # Light, so that the figures under it stay easy to read.
    canvas.setFillColor(INTERNAL_RED, alpha=0.07)
    canvas.setFont(LATIN_BOLD, 120)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30)
    canvas.drawCentredString(0, -40, "INTERNAL")
    canvas.restoreState()


def _facts(doc: BookingDocument) -> Table:
    """Booking number, status, dates, clerk, customer, cargo and currency, in two rows."""
    st = styles()
    booking, quote = doc.booking, doc.booking.priced
    pairs = [
        ("Booking no.", document_number(doc)),
        ("Status", booking.status.upper()),
        ("Booked", f"{booking.created_at:%Y-%m-%d %H:%M}"),
        ("Quote date", quote.quote_date.isoformat()),
        ("Clerk", booking.clerk or "—"),
        ("Currency", quote.currency),
        ("Customer", doc.customer.name or "—"),
        ("Cargo", cargo_summary(booking.request) or "—"),
    ]
    row = [[para(label, st.label), para(value, st.cell, bold=True)] for label, value in pairs]
    widths = [28, 24, 28, 22, 24, 16, 70, 55]
    table = Table([row], colWidths=[w * mm for w in widths])
    table.setStyle(grid_style(0, [("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
    return table


def _money(amount: Decimal, currency: str) -> str:
    return format_money(amount, currency)


def _line_row(line: ChargeLine, currency: str) -> list[Any]:
    st = styles()
    cost_qty, cost_unit = quantity_and_unit(
        line.quantity, line.unit_price, line.basis, line.currency
    )
    sell_qty, sell_unit, sell_amount = sell_cells(line)
    description = para(f"{line_description(line)}\n{basis_label(line.basis)}", st.cell)
    return [
        cell(line.code, st.cell),
        description,
        cell(source_of(line), st.cell),
        cell(cost_qty, st.cell_right),
        cell(cost_unit, st.cell_right),
        cell(f"{_money(line.amount, line.currency)} {line.currency}", st.cell_right),
        cell(_money(line.cost_quote, currency), st.cell_right),
        cell(sell_qty, st.cell_right),
        cell(sell_unit, st.cell_right),
        cell(sell_amount, st.cell_right),
        cell(_money(line.amount_quote, currency), st.cell_right),
        cell(_money(line.amount_quote - line.cost_quote, currency), st.cell_right),
    ]


def _sum_row(label: str, cost: Decimal, price: Decimal, currency: str, big: bool) -> list[Any]:
    st = styles()
    style = st.body_right if big else st.cell_right
    pct = plain(margin_percent(price, cost))
    return (
        [para(f"{label} · margin {pct} %", style, bold=True)]
        + [""] * 5
        + [para(_money(cost, currency), style, bold=True)]
        + [""] * 3
        + [para(_money(price, currency), style, bold=True)]
        + [para(_money(price - cost, currency), style, bold=True)]
    )


def _leg_heading(n: int, leg: LegQuote) -> str:
    service = f" · service {leg.service}" if leg.service else ""
    return f"{leg_title(n, leg)}{service} · {rule_text(leg.price)}"


def lines_table(quote: Quote) -> Table:
    """Both sides of every line, leg by leg, with leg subtotals and the totals."""
    st = styles()
    currency = quote.currency
    group = [""] * 3 + [para("Cost (buy)", st.head_cell)] + [""] * 3
    group += [para("Price (sell)", st.head_cell)] + [""] * 3 + [""]
    header = ["Code", "Description / basis", "Source"]
    header += ["Quantity", "Unit price", "Amount", f"Cost {currency}"]
    header += ["Quantity", "Unit price", "Amount", f"Price {currency}", f"Margin {currency}"]
    rows: list[list[Any]] = [
        group,
        [para(h, st.head_cell) for h in header[:3]]
        + [para(h, st.head_cell_right) for h in header[3:]],
    ]
    extra: list[tuple[Any, ...]] = [
        ("SPAN", (3, 0), (6, 0)),
        ("SPAN", (7, 0), (10, 0)),
        ("LINEBELOW", (3, 0), (6, 0), 0.5, ACCENT),
        ("LINEBELOW", (7, 0), (10, 0), 0.5, ACCENT),
        ("LINEBEFORE", (3, 0), (3, -1), 0.5, ACCENT),
        ("LINEBEFORE", (7, 0), (7, -1), 0.5, ACCENT),
        ("LINEBEFORE", (11, 0), (11, -1), 0.5, ACCENT),
    ]
    for n, leg in enumerate(quote.legs, 1):
        rows.append([para(_leg_heading(n, leg), st.cell, bold=True)] + [""] * 11)
        r = len(rows) - 1
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SHADE)]
        rows += [_line_row(line, currency) for line in leg.lines]
        rows.append(_sum_row(f"Subtotal leg {n}", leg.cost_subtotal, leg.subtotal, currency, False))
        r = len(rows) - 1
        extra += [("SPAN", (0, r), (5, r)), ("SPAN", (7, r), (9, r))]
    rows.append(_sum_row(f"Total {currency}", quote.cost_total, quote.total, currency, True))
    r = len(rows) - 1
    extra += [
        ("SPAN", (0, r), (5, r)),
        ("SPAN", (7, r), (9, r)),
        ("LINEABOVE", (0, r), (-1, r), 1.2, ACCENT),
    ]
    table = Table(rows, colWidths=[w * mm for w in LINE_WIDTHS], repeatRows=2)
    table.setStyle(grid_style(2, extra, right=_MONEY_COLUMNS))
    return table


def summary_table(doc: BookingDocument) -> Table:
    """Total, cost total, margin and margin %, the floor, and who approved (if anyone)."""
    st = styles()
    quote = doc.booking.priced
    currency = quote.currency
    floor = plain(quote.min_margin_percent)
    verdict = "BELOW THE FLOOR" if quote.below_min_margin else "at or above the floor"
    approval = doc.booking.approval
    approved = f"{approval.by}: {approval.reason}" if approval else "none"
    pairs = [
        (f"Total (price) {currency}", _money(quote.total, currency)),
        (f"Cost total {currency}", _money(quote.cost_total, currency)),
        (f"Margin {currency}", _money(quote.margin, currency)),
        ("Margin %", f"{plain(quote.margin_percent)} %"),
        ("Margin floor", f"{floor} % · {verdict}"),
        ("Approval (by: reason)", approved),
    ]
    row = [[para(label, st.label), para(value, st.body, bold=True)] for label, value in pairs]
    table = Table([row], colWidths=[w * mm for w in (30, 30, 28, 22, 45, 112)])
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LINEBEFORE", (1, 0), (-1, 0), 0.25, SHADE),
    ]
    if quote.below_min_margin:
        commands.append(("BACKGROUND", (4, 0), (5, 0), colors.HexColor("#fde8e8")))
    table.setStyle(grid_style(0, commands))
    return table


def costsheet_story(doc: BookingDocument) -> list[Any]:
    """The flowables of a cost sheet."""
    st = styles()
    quote = doc.booking.priced
    return [
        para(doc.company.name, st.small, bold=True),
        para(f"Cost sheet {document_number(doc)}", st.title),
        Spacer(1, 2 * mm),
        _facts(doc),
        para("Margin", st.heading),
        summary_table(doc),
        para("Route", st.heading),
        route_table(doc, with_service=True, width=content_width(wide=True)),
        para("Cost and price, line by line", st.heading),
        lines_table(quote),
        Spacer(1, 2 * mm),
        fx_note(doc),
    ]


def render_costsheet_pdf(doc: BookingDocument, out: Output) -> None:
    """Write the internal cost sheet of ``doc`` as a landscape PDF.

    Args:
        doc: the booking and everything printed with it.
        out: a file path or a binary file object.
    """
    doc = doc._replace(language="en")  # an internal document, in the office's English
    number = document_number(doc)
    build_pdf(
        out,
        costsheet_story(doc),
        title=f"Cost sheet {number} (internal)",
        author=doc.company.name,
        footer_left=f"INTERNAL · {doc.company.name} · Cost sheet {number}",
        footer_right=f"Printed {doc.printed_at:%Y-%m-%d %H:%M}",
        wide=True,
        decorate=_decorate,
    )
