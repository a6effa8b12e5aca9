"""The daily booking list as CSV (for Excel: UTF-8 with BOM, formula-safe) and XLSX.

The XLSX has typed cells: dates are dates, amounts are numbers with the currency's
decimals (written from the Decimal's exact text), text is always a string, never a
formula. A second sheet lists each booking's legs.

Each booking has its ``total`` (price), ``cost_total`` and ``margin`` (selling.md §5;
the three columns are named exactly so); a draft with no price yet leaves them blank.
"""

from __future__ import annotations

import contextlib
import gc
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal
from typing import IO, Any

import xlsxwriter

from booking_app.core.money import minor_units, round_money
from booking_app.core.vocabulary import mode_name, modes_name
from booking_app.documents.csv_rows import (  # the CSV half, re-exported
    BOOKING_HEADERS,
    FORMULA_STARTS,
    amounts,
    booking_csv_cells,
    neutralise,
    write_csv,
)
from booking_app.documents.model import DayRow, LegDetail

Progress = Callable[[int, int], None]
PROGRESS_STEP = 500
__all__ = [
    "BOOKING_HEADERS", "FORMULA_STARTS", "LEG_HEADERS", "booking_csv_cells", "booking_values",
    "neutralise", "write_csv", "write_xlsx",
]  # fmt: skip

LEG_HEADERS = (
    "Booking no",
    "Leg",
    "Mode",
    "Origin",
    "Destination",
    "Carrier",
    "ETD",
    "ETA",
    "Transit days",
    "Subtotal",
    "Currency",
)
#: Kinds of the booking columns, for the XLSX writer.
_BOOKING_KINDS = (
    "text", "int", "date", "time", "text", "text", "text", "text", "text", "text", "text",
    "text", "date", "int", "money", "money", "money", "text", "text",
)  # fmt: skip
_LEG_KINDS = (
    "text", "int", "text", "text", "text", "text", "date", "date", "int", "money", "text",
)  # fmt: skip
MAX_COLUMN_WIDTH = 60


def booking_values(row: DayRow) -> list[Any]:
    """The booking columns of one row, typed (dates, ints, Decimal amounts or None)."""
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
        modes_name(row.modes),
        row.cargo_summary,
        row.incoterm,
        row.ship_date,
        row.transit_days,
        *(None if a is None else round_money(a, row.currency) for a in amounts(row)),
        row.currency,
        row.clerk,
    ]


_EXCEL_EPOCH = date(1899, 12, 30)


def _excel_serial(value: date | time) -> float:
    """A date as Excel's day number, a time of day as a fraction of a day."""
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    return float((value - _EXCEL_EPOCH).days)  # float ok: an Excel serial date, not money


def _text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count twice."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class _Cells:
    """Turns rows into the values their XLSX cells hold, converting what repeats once.

    Dates and times become Excel serial numbers; amounts are rounded half-up to their
    currency's minor units and stay Decimals, which XlsxWriter writes as their exact
    text (no float on the way).
    """

    def __init__(self) -> None:
        self._serials: dict[date | time, float] = {}
        self._quanta: dict[str, Decimal] = {}

    def serial(self, value: date | time) -> float:
        """Excel's serial number of a date, or the day fraction of a time of day."""
        serial = self._serials.get(value)
        if serial is None:
            serial = self._serials[value] = _excel_serial(value)
        return serial

    def money(self, amount: Decimal, currency: str) -> Decimal:
        """``amount`` rounded half-up to the minor units of ``currency``."""
        quantum = self._quanta.get(currency)
        if quantum is None:
            quantum = self._quanta[currency] = Decimal(1).scaleb(-minor_units(currency))
        return amount.quantize(quantum, rounding=ROUND_HALF_UP)

    def booking(self, row: DayRow) -> list[Any]:
        """The cells of one booking, in ``BOOKING_HEADERS`` order."""
        serial = self.serial
        return [
            row.booking_no,
            row.revision,
            serial(row.booking_date),
            serial(row.created_at.time().replace(microsecond=0)),
            row.status,
            row.customer,
            row.shipper,
            row.consignee,
            row.route,
            modes_name(row.modes),
            row.cargo_summary,
            row.incoterm,
            serial(row.ship_date),
            row.transit_days,
            *(None if a is None else self.money(a, row.currency) for a in amounts(row)),
            row.currency,
            row.clerk,
        ]

    def leg(self, leg: LegDetail) -> list[Any]:
        """The cells of one leg, in ``LEG_HEADERS`` order."""
        serial = self.serial
        return [
            leg.booking_no,
            leg.seq,
            mode_name(leg.mode),
            leg.origin,
            leg.destination,
            leg.carrier,
            serial(leg.etd),
            serial(leg.eta),
            leg.transit_days,
            self.money(leg.subtotal, leg.currency),
            leg.currency,
        ]


def _column_widths(
    headers: Sequence[str], kinds: Sequence[str], cells: Sequence[Sequence[Any]]
) -> list[int]:
    """Widths that fit the header and every value of each column.

    Each distinct value is measured once (a day repeats its parties, routes and
    currencies), so this stays a small part of the export.
    """
    columns: Iterable[Sequence[Any]] = zip(*cells, strict=True) if cells else [()] * len(kinds)
    widths = []
    for header, kind, column in zip(headers, kinds, columns, strict=True):
        values = set(column)
        values.discard(None)
        if kind == "text":
            width = max(map(_text_width, values), default=0)
        elif kind in ("date", "time"):
            width = 10 if values else 0
        elif kind == "money":
            width = max((len(f"{value:,f}") for value in values), default=0)
        else:
            width = max((len(str(value)) for value in values), default=0)
        widths.append(min(max(len(header), width) + 2, MAX_COLUMN_WIDTH))
    return widths


class _Sheet:
    """One worksheet: a bold frozen header, typed rows, an autofilter, fitting widths."""

    def __init__(self, book: Any, name: str, headers: Sequence[str], kinds: Sequence[str]):
        self.book = book
        self.sheet = sheet = book.add_worksheet(name)
        self.headers = headers
        self.kinds = kinds
        # One writer and one format per column, chosen once: no per-cell dispatch.
        self.writers = [sheet.write_string if k == "text" else sheet.write_number for k in kinds]
        kind_formats = {
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "time": book.add_format({"num_format": "hh:mm:ss"}),
        }
        self.formats = [kind_formats.get(k) for k in kinds]
        self.money_cols = [n for n, k in enumerate(kinds) if k == "money"]
        self._money_formats: dict[int, Any] = {}
        self._row_formats: dict[str, list[Any]] = {}
        sheet.write_row(0, 0, headers, book.add_format({"bold": True, "bottom": 1}))

    def row_formats(self, currency: str) -> list[Any]:
        """The column formats of a row in ``currency`` (its minor units on the amounts)."""
        formats = self._row_formats.get(currency)
        if formats is None:
            digits = minor_units(currency)
            money = self._money_formats.get(digits)
            if money is None:
                pattern = "#,##0" + ("." + "0" * digits if digits else "")
                money = self._money_formats[digits] = self.book.add_format({"num_format": pattern})
            formats = self._row_formats[currency] = list(self.formats)
            for col in self.money_cols:
                formats[col] = money
        return formats

    def write(
        self,
        cells: Sequence[Sequence[Any]],
        currencies: Sequence[str],
        tick: Callable[[int], None],
    ) -> None:
        """Write the rows below the header, then freeze, filter and size the columns.

        Args:
            cells: the values of each row, one per column (None leaves the cell empty).
            currencies: the currency of each row (decides the amount format).
            tick: called with the number of rows written since the last call.
        """
        sheet, writers, row_formats = self.sheet, self.writers, self.row_formats
        columns = range(len(self.kinds))
        step = 0
        for r, (values, currency) in enumerate(zip(cells, currencies, strict=True), 1):
            for col, write, value, fmt in zip(
                columns, writers, values, row_formats(currency), strict=True
            ):
                if value is not None:
                    write(r, col, value, fmt)
            step += 1
            if step == PROGRESS_STEP:
                tick(step)
                step = 0
        tick(step)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(cells), 1), len(self.kinds) - 1)
        for col, width in enumerate(_column_widths(self.headers, self.kinds, cells)):
            sheet.set_column(col, col, width)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a workbook is built.

    XlsxWriter keeps one small object per cell until the file is closed; with half
    a million of them the collector would walk the growing heap again and again for
    nothing (they are freed by reference counting). It is switched back on after,
    unless it was already off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_xlsx(
    rows: Sequence[DayRow],
    legs: Sequence[LegDetail],
    out: IO[bytes] | str,
    progress: Progress | None = None,
) -> int:
    """Write the bookings (sheet "Bookings") and their legs (sheet "Legs") as XLSX.

    Text is always written as a string (a name starting with ``=`` stays text), dates
    and times as dates, amounts as numbers with their currency's decimals.

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
    }
    total = len(rows) + len(legs)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and count:
            progress(done, total)

    convert = _Cells()
    with _gc_paused(), xlsxwriter.Workbook(out, options) as book:
        booking_cells = [convert.booking(row) for row in rows]
        leg_cells = [convert.leg(leg) for leg in legs]
        _Sheet(book, "Bookings", BOOKING_HEADERS, _BOOKING_KINDS).write(
            booking_cells, [row.currency for row in rows], tick
        )
        _Sheet(book, "Legs", LEG_HEADERS, _LEG_KINDS).write(
            leg_cells, [leg.currency for leg in legs], tick
        )
    if progress is not None:
        progress(total, total)
    return len(rows)
