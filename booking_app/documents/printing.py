"""Documents and exports: load a booking or a day, hand plain data to the renderers.

Reprints use only what was frozen with the booking (its quote lines, totals and FX,
its parties' names and addresses, its places' names): nothing is priced or looked up
again, so a reprint after a rate, FX, party or location change shows the same.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

from booking_app.core.errors import ValidationError
from booking_app.documents.confirmation import render_confirmation_pdf
from booking_app.documents.costsheet import render_costsheet_pdf
from booking_app.documents.daily_list import render_daily_list_pdf
from booking_app.documents.exports import write_csv, write_xlsx
from booking_app.documents.labels import customer_language
from booking_app.documents.model import (
    BookingDocument,
    Company,
    DailyList,
    LegDetail,
    PartyDetails,
)
from booking_app.documents.quotation import render_quotation_pdf
from booking_app.services.emissions import intensities, method_note
from booking_app.services.files import atomic_output
from booking_app.services.imports import Progress
from booking_app.services.listing import BookingRow, bookings_of_day
from booking_app.services.quoting import get_booking
from booking_app.services.settings import Settings, current_settings
from booking_app.store.uow import UnitOfWork

EXPORT_FORMATS = ("csv", "xlsx", "pdf")
#: Report loading progress every this many bookings.
_PROGRESS_STEP = 500


def company_of(settings: Settings) -> Company:
    """The letterhead from the settings (a logo only if its file is there)."""
    values = settings.values
    logo = values.get("company_logo", "").strip()
    return Company(
        name=values.get("company_name", ""),
        address=values.get("company_address", ""),
        phone=values.get("company_phone", ""),
        email=values.get("company_email", ""),
        logo_path=logo if logo and Path(logo).is_file() else None,
    )


def document_language(settings: Settings, customer: PartyDetails) -> str:
    """The language of a customer's documents: the letterhead's choice, which may be
    the customer's own language (read from how its name and address are written)."""
    chosen = settings.document_language
    if chosen == "customer":
        return customer_language((customer.name, customer.address))
    return chosen


def booking_document(
    uow: UnitOfWork, booking_no: str, printed_at: datetime | None = None
) -> BookingDocument:
    """Everything a quotation, confirmation or cost sheet of a saved booking shows.

    Parties and places are those frozen with the booking (selling.md §6): today's
    parties and locations tables are not read, so a reprint after a rename is the same.
    The language is the letterhead setting's (``company_document_language``): one for
    every customer, or each customer's own.

    Raises:
        NotFoundError: no booking has this number.
        ValidationError: the booking is a draft with no price yet.
    """
    booking = get_booking(uow, booking_no)
    quote = booking.priced  # an unpriced draft has no document to print
    settings = current_settings(uow)
    names = booking.names
    codes = [code for leg in quote.legs for code in (leg.origin, leg.destination)]
    try:
        valid_days = int(settings.values.get("quote_valid_days", "14"))
    except ValueError:
        valid_days = 14
    return BookingDocument(
        booking=booking,
        company=company_of(settings),
        places={code: names.place(code) for code in codes if names.place(code)},
        customer=PartyDetails(names.customer.name, names.customer.address),
        shipper=PartyDetails(names.shipper.name, names.shipper.address),
        consignee=PartyDetails(names.consignee.name, names.consignee.address),
        # frozen with the quote (quotes-and-tariffs.md §1); older bookings have none
        valid_until=quote.valid_until or quote.quote_date + timedelta(days=valid_days),
        printed_at=printed_at or uow.clock.now(),
        emissions_note=method_note(),
        emissions_source=(intensities().source, intensities().year),
        language=document_language(
            settings, PartyDetails(names.customer.name, names.customer.address)
        ),
    )


def _render_booking(
    uow: UnitOfWork,
    booking_no: str,
    out_path: str | Path,
    renderer: Callable[[BookingDocument, IO[bytes]], None],
) -> Path:
    doc = booking_document(uow, booking_no)
    with atomic_output(out_path, protected=[uow.path]) as out:
        renderer(doc, out)
    return Path(out_path)


def render_quotation(uow: UnitOfWork, booking_no: str, out_path: str | Path) -> Path:
    """Write the quotation PDF of a saved booking to ``out_path``.

    Raises:
        NotFoundError: no booking has this number.
        ValidationError: an unpriced draft, or ``out_path`` cannot be written.
    """
    return _render_booking(uow, booking_no, out_path, render_quotation_pdf)


def render_confirmation(uow: UnitOfWork, booking_no: str, out_path: str | Path) -> Path:
    """Write the booking confirmation PDF of a saved booking to ``out_path``.

    Raises:
        NotFoundError: no booking has this number.
        ValidationError: an unpriced draft, or ``out_path`` cannot be written.
    """
    return _render_booking(uow, booking_no, out_path, render_confirmation_pdf)


def render_costsheet(uow: UnitOfWork, booking_no: str, out_path: str | Path) -> Path:
    """Write the internal cost sheet PDF (both sides, margin) of a saved booking.

    Raises:
        NotFoundError: no booking has this number.
        ValidationError: an unpriced draft, or ``out_path`` cannot be written.
    """
    return _render_booking(uow, booking_no, out_path, render_costsheet_pdf)


def legs_of(
    uow: UnitOfWork, rows: list[BookingRow], progress: Progress | None = None
) -> list[LegDetail]:
    """The frozen legs of each booking listed, in list order.

    The legs are read with one query per booking date (a daily list has one), not
    booking by booking.
    """
    by_booking: dict[str, list[LegDetail]] = {row.booking_no: [] for row in rows}
    for day in sorted({row.booking_date for row in rows}):
        for leg in uow.bookings.legs_on(day):
            found = by_booking.get(leg["booking_no"])
            if found is not None:
                found.append(
                    LegDetail(
                        booking_no=leg["booking_no"],
                        seq=leg["seq"],
                        mode=leg["mode"],
                        origin=leg["origin"],
                        destination=leg["destination"],
                        carrier=leg["carrier"],
                        service=leg["service"],
                        etd=leg["etd"],
                        eta=leg["eta"],
                        transit_days=leg["transit_days"],
                        chargeable=leg["chargeable"],
                        subtotal=leg["subtotal"],
                        currency=leg["currency"],
                    )
                )
    legs: list[LegDetail] = []
    for done, row in enumerate(rows, 1):
        legs.extend(by_booking[row.booking_no])
        if progress is not None and (done % _PROGRESS_STEP == 0 or done == len(rows)):
            progress(done, len(rows))
    return legs


def daily_list(
    uow: UnitOfWork, day: date, with_legs: bool = False, progress: Progress | None = None
) -> DailyList:
    """The bookings of ``day`` (latest revisions), optionally with their legs."""
    rows = bookings_of_day(uow, day)
    return DailyList(
        day=day,
        company=company_of(current_settings(uow)),
        rows=rows,
        printed_at=uow.clock.now(),
        legs=legs_of(uow, rows, progress) if with_legs else (),
    )


def _halves(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """Split one progress bar into loading (first half) and writing (second half)."""
    if progress is None:
        return None, None
    report: Callable[[int, int], None] = progress

    def first(done: int, total: int) -> None:
        report(done, 2 * total)

    def second(done: int, total: int) -> None:
        report(total + done, 2 * total)

    return first, second


def export_day(
    uow: UnitOfWork,
    day: date,
    fmt: str,
    out_path: str | Path,
    progress: Progress | None = None,
) -> int:
    """Export the daily booking list as ``csv``, ``xlsx`` or ``pdf``; returns the rows.

    Args:
        uow: the unit of work.
        day: the booking date.
        fmt: ``csv`` (UTF-8 with BOM, formula-safe), ``xlsx`` (typed cells, a second
            sheet with the legs) or ``pdf`` (landscape list with totals).
        out_path: the file to write (replaced only when the export succeeded).
        progress: called with (done, total) while the export runs.

    Raises:
        ValidationError: an unknown format, or ``out_path`` cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValidationError(f"format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    loading, writing = _halves(progress)
    data = daily_list(uow, day, with_legs=fmt == "xlsx", progress=loading)
    with atomic_output(out_path, protected=[uow.path]) as out:
        if fmt == "csv":
            write_csv(data.rows, out, writing)
        elif fmt == "xlsx":
            write_xlsx(data.rows, data.legs, out, writing)
        else:
            render_daily_list_pdf(data, out)
    if progress is not None:
        progress(1, 1)
    return len(data.rows)
