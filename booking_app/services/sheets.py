"""Reading a CSV (UTF-8, BOM or not) or the first sheet of an XLSX as numbered text rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from booking_app.core.errors import ImportFileError, RowError


@dataclass
class Sheet:
    """A table read from a file: its header and its rows (blank rows left out).

    Line numbers are only needed to report errors, so for a CSV they are worked out on
    first use of :attr:`rows` (a quoted cell may span lines).
    """

    source: str
    header: list[str]
    records: list[list[str]]
    _lines: list[int] | None = None
    _text: str | None = None

    @property
    def rows(self) -> list[tuple[int, list[str]]]:
        """The records with the file line each ends on."""
        if self._lines is None:
            assert self._text is not None
            reader = csv.reader(io.StringIO(self._text, newline=""))
            next(reader, None)
            self._lines = [reader.line_num for record in filter(any, reader)]
        return list(zip(self._lines, self.records, strict=True))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float):  # float ok: an XLSX number cell, taken by its shortest repr
        text = repr(value)
        return f"{Decimal(text):f}" if "e" in text.lower() else text.removesuffix(".0")
    return str(value).strip()


def _fail(source: str, line: int, message: str) -> ImportFileError:
    return ImportFileError([RowError(source, line, None, message)])


def _read_csv(path: Path) -> Sheet:
    source = path.name
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(source, line, "is not UTF-8 text (save the sheet as CSV UTF-8)") from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise _fail(source, line, "contains binary data (NUL bytes): not a CSV file")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        first = next(reader, None)
        if first is None:
            raise _fail(source, 1, "is empty: a header row is needed")
        records = list(filter(any, reader))  # blank rows left out
    except csv.Error as exc:
        raise _fail(source, reader.line_num, f"is not valid CSV ({exc})") from None
    return Sheet(source, [h.strip() for h in first], records, _text=text)


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook  # imported here: slow to import, rarely needed

    source = path.name
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        kind = exc.__class__.__name__
        raise _fail(source, 1, f"is not a readable XLSX workbook ({kind})") from None
    try:
        sheet = book.worksheets[0]
        it: Iterator[tuple[object, ...]] = sheet.iter_rows(values_only=True)
        first = next(it, None)
        if first is None:
            raise _fail(source, 1, "is empty: a header row is needed")
        header = [_cell_text(v) for v in first]
        while header and not header[-1]:
            header.pop()
        lines: list[int] = []
        records: list[list[str]] = []
        for number, values in enumerate(it, 2):
            cells = [_cell_text(v) for v in values[: len(header)]]
            if any(cells):
                lines.append(number)
                records.append(cells)
        return Sheet(source, header, records, _lines=lines)
    finally:
        book.close()


def read_sheet(path: str | Path) -> Sheet:
    """Read a ``.csv`` or ``.xlsx`` file.

    Raises:
        ImportFileError: the file is missing, not text, not CSV/XLSX, or has no header.
    """
    path = Path(path)
    if not path.is_file():
        raise _fail(path.name, 0, f"file {path} does not exist")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise _fail(path.name, 0, "must be a .csv or .xlsx file")
