"""The daily booking list as CSV (for Excel: UTF-8 with BOM, formula-safe) and XLSX.

The XLSX has typed cells: dates are dates, amounts are numbers with the currency's
decimals (written from the Decimal's exact text), text is always a string, never a
formula. A second sheet lists each booking's legs.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, time
from typing import IO, Any

import xlsxwriter

from booking_app.core.money import format_money, minor_units, round_money
from booking_app.documents.model import DayRow, LegDetail

Progress = Callable[[int, int], None]
#: A leading character that makes Excel (or LibreOffice) read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_STEP = 500

BOOKING_HEADERS = (
    "Booking no",
    "Revision",
    "Date",
    "Time",
    "Status",
    "Customer",
    "Shipper",
    "Consignee",
    "Route",
    "Modes",
    "Cargo",
    "Incoterm",
    "Ship date",
    "Transit days",
    "Total",
    "Currency",
    "Clerk",
)
LEG_HEADERS = (
    "Booking no",
    "Leg",
    "Mode",
    "Origin",
    "Destination",
    "Carrier",
    "Service",
    "ETD",
    "ETA",
    "Transit days",
    "Chargeable",
    "Subtotal",
    "Currency",
)
#: Kinds of the booking columns, for the XLSX writer.
_BOOKING_KINDS = (
    "text", "int", "date", "time", "text", "text", "text", "text", "text", "text", "text",
    "text", "date", "int", "money", "text", "text",
)  # fmt: skip
_LEG_KINDS = (
    "text", "int", "text", "text", "text", "text", "text", "date", "date", "int", "decimal",
    "money", "text",
)  # fmt: skip
MAX_COLUMN_WIDTH = 60


def neutralise(text: str) -> str:
    """Make a CSV cell inert for spreadsheets: prefix ``'`` to a formula-like start."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def booking_values(row: DayRow) -> list[Any]:
    """The booking columns of one row, typed (dates, ints, Decimal total)."""
    return [
        row.booking_no,
        row.revision,
        row.booking_date,
        row.created_at.time().replace(microsecond=0),
        row.status,
        row.customer,
        row.shipper,
        row.consignee,
        row.route,
        row.modes,
        row.cargo_summary,
        row.incoterm,
        row.ship_date,
        row.transit_days,
        round_money(row.total, row.currency),
        row.currency,
        row.clerk,
    ]


def booking_csv_cells(row: DayRow) -> list[str]:
    """The booking columns of one row as CSV text (ISO dates, exact money, inert text)."""
    cells = []
    for kind, value in zip(_BOOKING_KINDS, booking_values(row), strict=True):
        if kind == "money":
            cells.append(format_money(value, row.currency))
        elif kind in ("date", "time"):
            cells.append(value.isoformat())
        elif kind == "int":
            cells.append(str(value))
        else:
            cells.append(neutralise(str(value)))
    return cells


def write_csv(rows: Sequence[DayRow], out: IO[bytes], progress: Progress | None = None) -> int:
    """Write the bookings as CSV (UTF-8 with BOM, CRLF rows as Excel expects).

    Args:
        rows: the bookings of the day.
        out: a binary file object.
        progress: called with (done, total) every few hundred rows.

    Returns:
        The number of booking rows written.
    """
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow(BOOKING_HEADERS)
        for done, row in enumerate(rows, 1):
            writer.writerow(booking_csv_cells(row))
            if progress is not None and (done % PROGRESS_STEP == 0 or done == len(rows)):
                progress(done, len(rows))
        text.flush()
    finally:
        text.detach()
    return len(rows)


def leg_values(leg: LegDetail) -> list[Any]:
    """The leg columns of one leg, typed."""
    return [
        leg.booking_no,
        leg.seq,
        leg.mode,
        leg.origin,
        leg.destination,
        leg.carrier,
        leg.service,
        leg.etd,
        leg.eta,
        leg.transit_days,
        leg.chargeable,
        round_money(leg.subtotal, leg.currency),
        leg.currency,
    ]


_EXCEL_EPOCH = date(1899, 12, 30)


def _excel_serial(value: date | time) -> float:
    """A date as Excel's day number, a time of day as a fraction of a day."""
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    return float((value - _EXCEL_EPOCH).days)


def _text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count twice."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class _SheetWriter:
    """Writes typed rows to one worksheet and keeps the widest value of each column."""

    def __init__(self, book: Any, sheet: Any, headers: Sequence[str], kinds: Sequence[str]):
        self.book = book
        self.sheet = sheet
        self.kinds = kinds
        self.widths = [len(h) for h in headers]
        self.row = 1
        self.formats: dict[str, Any] = {
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "time": book.add_format({"num_format": "hh:mm:ss"}),
        }
        self.money: dict[int, Any] = {}
        self._text_widths: dict[str, int] = {}  # values repeat: measure each once
        self._serials: dict[date | time, float] = {}
        bold = book.add_format({"bold": True, "bottom": 1})
        for col, header in enumerate(headers):
            sheet.write_string(0, col, header, bold)

    def money_format(self, currency: str) -> Any:
        digits = minor_units(currency)
        if digits not in self.money:
            pattern = "#,##0" + ("." + "0" * digits if digits else "")
            self.money[digits] = self.book.add_format({"num_format": pattern})
        return self.money[digits]

    def write(self, values: Sequence[Any], currency: str) -> None:
        r = self.row
        sheet = self.sheet
        widths = self.widths
        for col, (kind, value) in enumerate(zip(self.kinds, values, strict=True)):
            if value is None:
                sheet.write_blank(r, col, None)
                continue
            if kind == "text":
                sheet.write_string(r, col, value)
                width = self._text_widths.get(value)
                if width is None:
                    width = self._text_widths[value] = _text_width(value)
            elif kind in ("date", "time"):
                serial = self._serials.get(value)
                if serial is None:
                    serial = self._serials[value] = _excel_serial(value)
                sheet.write_number(r, col, serial, self.formats[kind])
                width = 10
            else:
                if kind == "money":
                    # The Decimal is written as its exact text: no float on the way.
                    sheet.write_number(r, col, value, self.money_format(currency))
                else:
                    sheet.write_number(r, col, value)
                width = len(str(value))
            if width > widths[col]:
                widths[col] = width
        self.row += 1

    def finish(self) -> None:
        """Bold frozen header, autofilter over the data, widths that fit the values."""
        self.sheet.freeze_panes(1, 0)
        self.sheet.autofilter(0, 0, max(self.row - 1, 1), len(self.kinds) - 1)
        for col, width in enumerate(self.widths):
            self.sheet.set_column(col, col, min(width + 2, MAX_COLUMN_WIDTH))


def write_xlsx(
    rows: Sequence[DayRow],
    legs: Sequence[LegDetail],
    out: IO[bytes] | str,
    progress: Progress | None = None,
) -> int:
    """Write the bookings (sheet "Bookings") and their legs (sheet "Legs") as XLSX.

    Args:
        rows: the bookings of the day.
        legs: the legs of those bookings.
        out: a binary file object or a file name.
        progress: called with (done, total) every few hundred rows.

    Returns:
        The number of booking rows written.
    """
    options = {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
        "default_date_format": "yyyy-mm-dd",
    }
    total = len(rows) + len(legs)
    done = 0
    with xlsxwriter.Workbook(out, options) as book:
        bookings = _SheetWriter(
            book, book.add_worksheet("Bookings"), BOOKING_HEADERS, _BOOKING_KINDS
        )
        for row in rows:
            bookings.write(booking_values(row), row.currency)
            done += 1
            if progress is not None and done % PROGRESS_STEP == 0:
                progress(done, total)
        bookings.finish()
        leg_sheet = _SheetWriter(book, book.add_worksheet("Legs"), LEG_HEADERS, _LEG_KINDS)
        for leg in legs:
            leg_sheet.write(leg_values(leg), leg.currency)
            done += 1
            if progress is not None and done % PROGRESS_STEP == 0:
                progress(done, total)
        leg_sheet.finish()
    if progress is not None:
        progress(total, total)
    return len(rows)
