"""The daily booking list as CSV: UTF-8 with BOM (for Excel), CRLF rows, formula-safe.

Every cell is text: ISO dates, the time of day to the second, amounts with exactly
their currency's minor digits (half-up), and any text that a spreadsheet would read
as a formula prefixed with ``'``. ``booking_csv_cells`` is the rule for one row;
``write_csv`` writes the same cells, converting each distinct value once (a day
repeats its parties, routes, dates and currencies), so a 10,000-row day costs little
more than the ``csv`` module writing it.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter
from typing import IO

from booking_app.core.money import format_money, minor_units
from booking_app.core.vocabulary import modes_name
from booking_app.documents.model import DayRow

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
    "total",
    "cost_total",
    "margin",
    "Currency",
    "Clerk",
)


def neutralise(text: str) -> str:
    """Make a CSV cell inert for spreadsheets: prefix ``'`` to a formula-like start."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def amounts(row: DayRow) -> list[Decimal | None]:
    """Total, cost total and margin of a booking; None for a draft with no price yet."""
    if not row.priced:
        return [None, None, None]
    return [row.total, row.cost_total, row.margin]


def booking_csv_cells(row: DayRow) -> list[str]:
    """The booking columns of one row as CSV text (ISO dates, exact money, inert text),
    in ``BOOKING_HEADERS`` order."""
    currency = row.currency
    money = ["" if a is None else format_money(a, currency) for a in amounts(row)]
    return [
        neutralise(row.booking_no),
        str(row.revision),
        row.booking_date.isoformat(),
        row.created_at.time().replace(microsecond=0).isoformat(),
        neutralise(row.status),
        neutralise(row.customer),
        neutralise(row.shipper),
        neutralise(row.consignee),
        neutralise(row.route),
        neutralise(modes_name(row.modes)),
        neutralise(row.cargo_summary),
        neutralise(row.incoterm),
        row.ship_date.isoformat(),
        str(row.transit_days),
        *money,
        neutralise(currency),
        neutralise(row.clerk),
    ]


class _Dates(dict[date, str]):
    """Each distinct date's ISO text made once."""

    def __missing__(self, day: date) -> str:
        self[day] = result = day.isoformat()
        return result


class _Quanta(dict[str, Decimal]):
    """Each currency's rounding quantum (``Decimal('0.01')`` for USD) found once."""

    def __missing__(self, currency: str) -> Decimal:
        places = minor_units(currency)
        # str() of a Decimal quantized to 10**-places is its plain ``:f`` text as long
        # as places <= 6 (no exponent notation); ISO 4217 has at most 4.
        assert places <= 6, currency
        self[currency] = result = Decimal(1).scaleb(-places)
        return result


class _Times(dict[int, str]):
    """``HH:MM:SS`` of each second of the day met, made once."""

    def __missing__(self, second: int) -> str:
        hours, rest = divmod(second, 3600)
        minutes, seconds = divmod(rest, 60)
        self[second] = result = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
        return result


class _Encoder:
    """CSV text of a few fields, by the ``csv`` module itself (its quoting rules)."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer)

    def __call__(self, fields: Sequence[str]) -> str:
        """The fields as one CSV line, without its line end."""
        buffer = self._buffer
        buffer.seek(0)
        buffer.truncate()
        self._writer.writerow(fields)
        return buffer.getvalue()[:-2]


#: Characters that make the csv module quote a field (excel dialect, QUOTE_MINIMAL).
_QUOTED = ('"', ",", "\r", "\n")


def _line_maker() -> Callable[[DayRow], str]:
    """A function giving the CSV line (without its end) of ``booking_csv_cells(row)``.

    Formatting a datetime or a Decimal with a format spec costs microseconds, and
    quoting 19 cells per row as many: a day of 10,000 rows repeats its statuses,
    parties, routes, currencies and clerks, so their CSV text is made once per
    combination (by the ``csv`` module, fetched with one C-level attrgetter), each
    date and second of the day once; the remaining cells (booking number, numbers,
    dates, amounts) need no quoting, which the booking number is checked for.
    """
    dates, quanta, times, encode = _Dates(), _Quanta(), _Times(), _Encoder()
    half_up = ROUND_HALF_UP
    texts = attrgetter(
        "status", "customer", "shipper", "consignee", "route", "modes", "cargo_summary",
        "incoterm", "currency", "clerk",
    )  # fmt: skip
    made: dict[tuple[str, ...], tuple[str, str]] = {}

    def line(row: DayRow) -> str:
        key = texts(row)
        parts = made.get(key)
        if parts is None:
            named = (*key[:5], modes_name(key[5]), *key[6:])  # "Rail FCL + Sea FCL"
            inert = [neutralise(value) for value in named]
            parts = made[key] = (encode(inert[:8]), encode(inert[8:]))
        number = row.booking_no
        if number.startswith(FORMULA_STARTS) or any(c in number for c in _QUOTED):
            number = encode([neutralise(number)])
        created = row.created_at
        if row.priced:
            quantum = quanta[key[8]]
            money = (
                f"{row.total.quantize(quantum, half_up)},"
                f"{row.cost_total.quantize(quantum, half_up)},"
                f"{row.margin.quantize(quantum, half_up)}"
            )
        else:
            money = ",,"
        return (
            f"{number},{row.revision},{dates[row.booking_date]},"
            f"{times[created.hour * 3600 + created.minute * 60 + created.second]},"
            f"{parts[0]},{dates[row.ship_date]},{row.transit_days},{money},{parts[1]}"
        )

    return line


def write_csv(rows: Sequence[DayRow], out: IO[bytes], progress: Progress | None = None) -> int:
    """Write the bookings as CSV (UTF-8 with BOM, CRLF rows as Excel expects).

    The bytes are those of ``csv.writer`` writing ``booking_csv_cells`` of each row
    through a "utf-8-sig" text stream; they are made a chunk of rows at a time
    (see ``_line_maker``) and encoded once per chunk.

    Args:
        rows: the bookings of the day.
        out: a binary file object.
        progress: called with (done, total) every few hundred rows.

    Returns:
        The number of booking rows written.
    """
    out.write(codecs.BOM_UTF8 + (_Encoder()(BOOKING_HEADERS) + "\r\n").encode("utf-8"))
    line = _line_maker()
    total = len(rows)
    for start in range(0, total, PROGRESS_STEP):
        done = min(start + PROGRESS_STEP, total)
        lines = list(map(line, rows[start:done]))
        lines.append("")
        out.write("\r\n".join(lines).encode("utf-8"))
        if progress is not None:
            progress(done, total)
    return len(rows)
