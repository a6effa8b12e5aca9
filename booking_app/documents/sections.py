"""Parts that the quotation and the booking confirmation share (the cost sheet, some).

Letterhead, parties, route, charges leg by leg, total, exchange rates, terms. Every
figure is taken from the booking's frozen quote and printed with ``format_money`` or
``plain`` (Decimal all the way), so the PDF says exactly what the quote JSON says.

These are customer documents (selling.md §5): they print the PRICE side of each line
only — never a cost figure, a buy rate, the markup or margin, or a carrier's service
code. Parties and places are the names frozen with the booking.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, Paragraph, Spacer, Table

from booking_app.core.booking import cargo_summary
from booking_app.core.money import format_money, plain
from booking_app.core.quote import ChargeLine, LegQuote
from booking_app.documents.labels import Words
from booking_app.documents.layout import ACCENT, SHADE, cell, grid_style, para, styles
from booking_app.documents.model import BookingDocument, PartyDetails, basis_label, mode_label

CONTENT_WIDTH = 180 * mm
LOGO_BOX = (40 * mm, 18 * mm)


def words(doc: BookingDocument) -> Words:
    """The document's words, in the customer's language (``doc.language``)."""
    return Words(doc.language)


def _logo(path: str | None) -> Image | None:
    """The logo scaled into its box, or None when there is none or it cannot be read."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        width, height = reader.getSize()
    except Exception:  # noqa: BLE001  (any unreadable image: print without a logo)
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(path, width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def letterhead(
    doc: BookingDocument, title: str, facts: Sequence[tuple[str, str]], badge: Any = None
) -> Table:
    """Company block on the left; title, facts (number, dates) and a badge on the right."""
    st = styles()
    company = doc.company
    left: list[Any] = []
    logo = _logo(company.logo_path)
    if logo is not None:
        left.append(logo)
    left.append(para(company.name, st.heading, bold=True))
    if company.address:
        left.append(para(company.address, st.small))
    contacts = " · ".join(c for c in (company.phone, company.email) if c)
    if contacts:
        left.append(para(contacts, st.small))
    fact_rows = [[para(label, st.label), para(value, st.body, bold=True)] for label, value in facts]
    fact_table = Table(fact_rows, colWidths=[26 * mm, 44 * mm], hAlign="RIGHT")
    fact_table.setStyle(grid_style(0, [("LINEBELOW", (0, 0), (-1, -1), 0, SHADE)]))
    right: list[Any] = [para(title, st.title), Spacer(1, 2 * mm), fact_table]
    cells: list[Any] = [left, right]
    widths = [CONTENT_WIDTH - 72 * mm, 72 * mm]
    if badge is not None:
        cells.append(badge)
        widths = [CONTENT_WIDTH - 72 * mm - 30 * mm, 72 * mm, 30 * mm]
    table = Table([cells], colWidths=widths)
    table.setStyle(
        grid_style(
            0,
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
            ],
        )
    )
    return table


def _party_cell(role: str, party: PartyDetails) -> list[Paragraph]:
    st = styles()
    cell = [para(role, st.label), para(party.name or "—", st.body, bold=True)]
    if party.address:
        cell.append(para(party.address, st.cell))
    return cell


def parties(doc: BookingDocument) -> Table:
    """Customer, shipper and consignee side by side, with their frozen addresses."""
    w = words(doc)
    row = [
        _party_cell(w("Customer"), doc.customer),
        _party_cell(w("Shipper"), doc.shipper),
        _party_cell(w("Consignee"), doc.consignee),
    ]
    table = Table([row], colWidths=[CONTENT_WIDTH / 3] * 3)
    table.setStyle(grid_style(0, [("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE)]))
    return table


def shipment_facts(doc: BookingDocument) -> Table:
    """Incoterm, ship date, transit time and the cargo in one line of boxes."""
    st = styles()
    booking = doc.booking
    request, quote = booking.request, booking.priced
    cargo = request.cargo
    w = words(doc)
    goods = cargo.description + (" — " + w("DANGEROUS GOODS") if cargo.dangerous_goods else "")
    facts = [
        (w("Incoterm"), request.parties.incoterm or "—"),
        (w("Ship date"), quote.ship_date.isoformat()),
        (w("Transit"), w("{days} days", days=quote.transit_days)),
        (w("Cargo"), cargo_summary(request) or "—"),
        (w("Goods"), goods or "—"),
    ]
    widths = [18 * mm, 22 * mm, 18 * mm, 52 * mm, 70 * mm]
    row = [[para(label, st.label), para(value, st.cell)] for label, value in facts]
    table = Table([row], colWidths=widths)
    table.setStyle(grid_style(0, [("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
    return table


def co2e_text(value: Decimal | None) -> str:
    """A CO2e estimate in kg with one decimal (``12,345.6``), or ``—`` when unknown."""
    return "—" if value is None else f"{value:,.1f}"


def _etd_cell(leg: LegQuote, w: Words) -> Any:
    """The ETD; under it when the cargo must be at the terminal, where a schedule says."""
    st = styles()
    if leg.cutoff is None:
        return cell(leg.etd.isoformat(), st.cell)
    by = w("at the terminal by {date}", date=leg.cutoff.isoformat())
    return [para(leg.etd.isoformat(), st.cell), para(by, st.label)]


def route_table(
    doc: BookingDocument,
    with_service: bool = False,
    width: float = CONTENT_WIDTH,
    with_emissions: bool = False,
) -> Table:
    """The legs: mode, origin → destination with names, carrier, ETD (and the cut-off
    where a schedule set one), ETA, transit days and, on the customer's documents, the
    leg's CO2e estimate.

    The carrier's service is an internal code: only the cost sheet shows it.
    """
    st = styles()
    w = words(doc)
    header = ["#", w("Mode"), w("From"), w("To"),
              w("Carrier / service") if with_service else w("Carrier"),
              w("ETD"), w("ETA"), w("Days")]  # fmt: skip
    widths = [6, 17, 33, 33, 33, 24, 19, 10]
    right = [7]
    if with_emissions:
        header.append(w("CO2e kg"))
        widths = [6, 17, 29, 29, 30, 24, 18, 11, 16]
        right = [7, 8]
    rows: list[list[Any]] = [
        [para(h, st.head_cell_right if n in right else st.head_cell) for n, h in enumerate(header)]
    ]
    for n, leg in enumerate(doc.booking.priced.legs, 1):
        carrier = leg.carrier + (f"\n{leg.service}" if with_service and leg.service else "")
        row = [
            cell(str(n), st.cell),
            cell(mode_label(leg.mode), st.cell)
            if w.language == "en"
            else para(w.mode(leg.mode, mode_label(leg.mode)), st.cell),
            para(doc.place(leg.origin), st.cell),
            para(doc.place(leg.destination), st.cell),
            para(carrier, st.cell),
            _etd_cell(leg, w),
            cell(leg.eta.isoformat(), st.cell),
            cell(str(leg.transit_days), st.cell_right),
        ]
        if with_emissions:
            row.append(cell(co2e_text(leg.co2e_kg), st.cell_right))
        rows.append(row)
    scale = width / (sum(widths) * mm)
    table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    table.setStyle(grid_style(right=right))
    return table


def emissions_note(doc: BookingDocument) -> Paragraph:
    """The quote's CO2e in total, labelled as an estimate with its method and source."""
    total = doc.booking.priced.co2e_kg
    w = words(doc)
    figure = (
        w("≈ {kg} kg CO2e for the whole route (estimate)", kg=co2e_text(total))
        if total is not None
        else w("CO2e estimate not available for every leg (a place has no coordinates)")
    )
    note = doc.emissions_note
    if note and doc.emissions_source is not None and w.language != "en":
        source, year = doc.emissions_source
        note = w(
            "Estimate by the ISO 14083 method (well-to-wheel); intensities: {source} ({year}); "
            "sea distances: searoute marine network.",
            source=source, year=year,
        )  # fmt: skip
    end = "" if w.language in ("zh_CN", "th") else "."
    text = f"{figure}{end} {note}" if note else f"{figure}{end}"
    return para(text, styles().small)


_LIMIT_SUFFIXES = (" (minimum)", " (maximum)")


def line_description(line: ChargeLine, price_side: bool = False, w: Words | None = None) -> str:
    """The line's description, saying when a minimum or a cap fixed its amount.

    The pricing engine already says so in the description; lines saved before it did
    get the word here, once. The flags are the cost side's: a line sold at a contract
    tariff (``price_side``) drops the word, which would tell the customer about the cost;
    a surcharge included in an all-in tariff says so.
    """
    suffix = " (minimum)" if line.minimum_applied else " (maximum)" if line.maximum_applied else ""
    text = line.description
    if price_side and line.tariff:
        for word in _LIMIT_SUFFIXES:
            text = text.removesuffix(word)
        suffix = ""
    if suffix and not text.endswith(suffix):
        text += suffix
    if price_side and line.included:
        text += " (included)"
    if w is not None and w.language != "en":  # the document's own words, in its language
        for word in ("(minimum)", "(maximum)", "(included)"):
            if text.endswith(" " + word):
                text = text.removesuffix(" " + word) + " " + w(word)
    return text


def quantity_and_unit(
    quantity: Decimal, unit_price: Decimal, basis: str, currency: str
) -> tuple[str, str]:
    """Quantity and unit price as printed: a percent line is a % of an amount."""
    if basis == "percent":  # a percentage of an amount in the line's currency
        return f"{plain(quantity)} {currency}", f"{plain(unit_price)} %"
    return plain(quantity), f"{plain(unit_price)} {currency}"


def sell_cells(line: ChargeLine, w: Words | None = None) -> tuple[str, str, str]:
    """Sell quantity, sell unit price and sell amount as printed (in the price currency).

    A surcharge included in an all-in tariff reads ``included`` rather than 0.00.
    """
    currency = line.price_currency
    quantity, unit = quantity_and_unit(
        line.sell_quantity, line.sell_unit_price, line.basis, currency
    )
    if line.included:
        included = w("included") if w is not None else "included"
        return quantity, included, included
    return quantity, unit, f"{format_money(line.sell_amount, currency)} {currency}"


def leg_title(n: int, leg: LegQuote, w: Words | None = None) -> str:
    """``Leg 1 · Rail FCL · CNCKG → CNQZH · carrier`` (and the chargeable quantity)."""
    w = w or Words()
    mode = w.mode(leg.mode, mode_label(leg.mode))
    title = f"{w('Leg {n}', n=n)} · {mode} · {leg.origin} → {leg.destination} · {leg.carrier}"
    if leg.chargeable is not None:
        bases = {line.basis for line in leg.lines if line.code == "FRT"}
        unit = " kg" if bases == {"per_kg"} else " W/M" if bases == {"per_wm"} else ""
        title += " · " + w("chargeable {quantity}{unit}", quantity=plain(leg.chargeable), unit=unit)
    return title


def charges_table(doc: BookingDocument) -> Table:
    """The price side, leg by leg: sell quantity × sell unit price = sell amount, the
    amount in the quote currency, leg subtotals and the total. No cost figure."""
    st = styles()
    quote = doc.booking.priced
    currency = quote.currency
    w = words(doc)
    header = [w(h) for h in ("Code", "Description", "Basis", "Quantity", "Unit price",
                             "Line amount")]  # fmt: skip
    rows: list[list[Any]] = [
        [para(h, st.head_cell) for h in header[:3]]
        + [para(h, st.head_cell_right) for h in header[3:]]
        + [para(w("Amount {currency}", currency=currency), st.head_cell_right)]
    ]
    extra: list[tuple[Any, ...]] = []
    for n, leg in enumerate(quote.legs, 1):
        rows.append([para(leg_title(n, leg, w), st.cell, bold=True)] + [""] * 6)
        r = len(rows) - 1
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SHADE)]
        for line in leg.lines:
            quantity, unit_price, amount = sell_cells(line, w)
            rows.append(
                [
                    cell(line.code, st.cell),
                    para(line_description(line, price_side=True, w=w), st.cell),
                    cell(w(basis_label(line.basis)), st.cell),
                    cell(quantity, st.cell_right),
                    cell(unit_price, st.cell_right),
                    cell(amount, st.cell_right),
                    cell(format_money(line.amount_quote, currency), st.cell_right),
                ]
            )
        rows.append(
            [cell(w("Subtotal leg {n}", n=n), st.cell_right)]
            + [""] * 5
            + [para(format_money(leg.subtotal, currency), st.cell_right, bold=True)]
        )
        r = len(rows) - 1
        extra += [("SPAN", (0, r), (5, r)), ("ALIGN", (0, r), (5, r), "RIGHT")]
    rows.append(
        [para(w("Total {currency}", currency=currency), st.body_right, bold=True)]
        + [""] * 5
        + [para(format_money(quote.total, currency), st.body_right, bold=True)]
    )
    r = len(rows) - 1
    extra += [
        ("SPAN", (0, r), (5, r)),
        ("LINEABOVE", (0, r), (-1, r), 1.2, ACCENT),
    ]
    widths = [13, 48, 20, 21, 25, 27, 26]
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(grid_style(1, extra, right=[3, 4, 5, 6]))
    return table


def fx_note(doc: BookingDocument) -> Paragraph:
    """The exchange rates stored with the quote (units per USD), as used for the figures."""
    quote = doc.booking.priced
    rates = " · ".join(f"{c} {plain(v)}" for c, v in sorted(quote.fx.items()))
    text = words(doc)(
        "Exchange rates used (units per USD, fixed on {date}): {rates}",
        date=quote.quote_date.isoformat(), rates=rates or "—",
    )  # fmt: skip
    return para(text, styles().small)


def terms(doc: BookingDocument, heading: str = "Terms and notes") -> list[Any]:
    """Numbered terms, then the booking's own notes."""
    st = styles()
    w = words(doc)
    out: list[Any] = [para(w(heading), st.heading)]
    for n, term in enumerate(w.terms(doc.terms), 1):
        out.append(para(f"{n}. {term}", st.small))
    notes = doc.booking.request.parties.notes
    if notes:
        out += [Spacer(1, 2 * mm), para(w("Notes"), st.label), para(notes, st.body)]
    return out
