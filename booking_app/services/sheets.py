"""Reading a CSV (UTF-8, BOM or not) or the first visible sheet of an XLSX as numbered rows."""

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from booking_app.core.errors import ImportFileError, RowError


class Sheet:
    """A table read from a file: its header and its rows (blank rows left out).

    Line numbers are only needed to report errors, so for a CSV they are worked out on
    first use of :attr:`rows` (a quoted cell may span lines).
    """

    def __init__(
        self,
        source: str,
        header: list[str],
        records: list[list[str]],
        _lines: list[int] | None = None,
        _text: str | None = None,
    ) -> None:
        self.source, self.header, self.records = source, header, records
        self._lines, self._text = _lines, _text

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


class _NoCachedValue:
    """A formula cell that was never calculated (the workbook holds no value for it)."""


NO_CACHED_VALUE = _NoCachedValue()


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


def _first_visible(book: Any, source: str) -> Any:
    for worksheet in book.worksheets:
        if getattr(worksheet, "sheet_state", "visible") == "visible":
            return worksheet
    raise _fail(source, 0, "has no visible worksheet")


_XLSX_MAX_COLUMNS = 16_384


def _xlsx_rows(book: Any, worksheet: Any) -> Iterator[tuple[int, list[object]]]:
    """(row number, values) of every row present in the sheet's XML, whatever its
    ``<dimension>`` says (a stale one would cut rows); cells placed by their column.

    A formula cell without a cached value (never calculated) reads as NO_CACHED_VALUE.
    """
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cached = element.find(VALUE_TAG)
                # <v/> is "never calculated", except for a formula whose text result is "".
                if cached is None or (not cached.text and element.get("t") != "str"):
                    cell["value"] = NO_CACHED_VALUE
            return cell

    with worksheet._get_source() as src:
        parser = Parser(
            src,
            worksheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, cells in parser.parse():
            if not cells:
                continue
            width = max(c["column"] for c in cells)
            if width > _XLSX_MAX_COLUMNS:
                raise ValueError(f"column {width}")  # Excel stops at XFD
            values: list[object] = [None] * width
            for c in cells:
                values[c["column"] - 1] = c["value"]
            yield number, values


def _formula_errors(
    source: str, line: int, values: list[object], header: list[str] | None
) -> Iterator[RowError]:
    from openpyxl.utils import get_column_letter

    for index, value in enumerate(values):
        if value is NO_CACHED_VALUE:
            column = header[index] if header and index < len(header) else None
            cell = f"cell {get_column_letter(index + 1)}{line}"
            yield RowError(source, line, column, f"({cell}) is a formula without a calculated "
                           "value: open the file in Excel and save it again",
                           code="formula_no_value",
                           params={"cell": f"{get_column_letter(index + 1)}{line}"})  # fmt: skip


def _read_xlsx(path: Path) -> Sheet:
    """The first visible sheet of a workbook, as Excel shows it (see _xlsx_rows)."""
    from openpyxl import load_workbook  # imported here: slow to import, rarely needed

    source = path.name
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        kind = exc.__class__.__name__
        raise _fail(source, 1, f"is not a readable XLSX workbook ({kind})") from None
    number = 1
    try:
        rows = _xlsx_rows(book, _first_visible(book, source))
        header: list[str] | None = None
        lines: list[int] = []
        records: list[list[str]] = []
        errors: list[RowError] = []
        for number, values in rows:
            if NO_CACHED_VALUE in values:
                errors.extend(_formula_errors(source, number, values, header))
                continue
            cells = [_cell_text(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()
            if header is None:
                header = cells  # the first row present is the header
                width = len(header)
            elif any(cells):
                lines.append(number)
                records.append(cells + [""] * (width - len(cells)))
        if errors:
            raise ImportFileError(errors)
        if header is None:
            raise _fail(source, 1, "is empty: a header row is needed")
        return Sheet(source, header, records, _lines=lines)
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged part of the workbook, found while reading it
        kind = exc.__class__.__name__
        raise _fail(source, number, f"is not a readable XLSX workbook ({kind})") from None
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


#: Records read and checked at a time by a streamed import: few enough that a batch's
#: cells stay in the processor's cache through the passes over its columns (5,000 took
#: a third longer than 500), enough that a batch's fixed costs do not count.
BATCH_ROWS = 500


class StreamedCsv(NamedTuple):
    """A CSV file read a batch of records at a time: its header, then ``batches()``.

    Only one batch is in memory at once. Anything :func:`read_sheet` refuses (not UTF-8,
    NUL bytes, broken quoting) is reported exactly as it reports it: on the first sign of
    trouble the file is read again the whole way, to make that report.
    """

    path: Path
    header: list[str]
    lines: int  # physical lines of the file: the progress bar's total, roughly

    @property
    def source(self) -> str:
        """The file name, as errors name it."""
        return self.path.name

    def batches(self, size: int | None = None) -> Iterator[tuple[list[int], list[list[str]]]]:
        """Batches of ``size`` (default :data:`BATCH_ROWS`) records, blank ones left out:
        (the file line each record ends on, the records)."""
        size = size or BATCH_ROWS
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.reader(fh)
                next(reader, None)
                while True:
                    start = reader.line_num
                    chunk = list(islice(reader, size))
                    if not chunk:
                        return
                    if reader.line_num - start != len(chunk):
                        # A quoted cell spans lines: from here on, the line of each record.
                        yield from self._batches_from(start, len(chunk), size)
                        return
                    records = list(filter(any, chunk))  # blank records left out
                    if len(records) == len(chunk):
                        yield list(range(start + 1, start + 1 + len(chunk))), records
                    elif records:
                        lines = [start + i for i, r in enumerate(chunk, 1) if any(r)]
                        yield lines, records
        except (UnicodeDecodeError, csv.Error):
            _read_csv(self.path)  # raises the full report of what is wrong
            raise

    def _batches_from(
        self, start: int, first: int, size: int
    ) -> Iterator[tuple[list[int], list[list[str]]]]:
        """The batches of the records after physical line ``start``, record by record (each
        with the line it ends on); the first batch ``first`` records long."""
        with self.path.open(encoding="utf-8-sig", newline="") as fh:
            for _line in islice(fh, start):
                pass
            reader = csv.reader(fh)
            lines: list[int] = []
            records: list[list[str]] = []
            add_line, add_record = lines.append, records.append
            read = 0
            for record in reader:
                read += 1
                if any(record):
                    add_record(record)
                    add_line(start + reader.line_num)
                if read == first or (read > first and len(records) == size):
                    if records:
                        yield lines, records
                    lines, records = [], []
                    add_line, add_record = lines.append, records.append
            if records:
                yield lines, records


def stream_csv(path: str | Path) -> StreamedCsv | None:
    """The CSV file at ``path`` opened for a streamed import (None: not a readable CSV
    file, or one whose start is wrong — :func:`read_sheet` then reads and reports it)."""
    path = Path(path)
    if not path.is_file() or path.suffix.lower() not in (".csv", ".txt"):
        return None
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            first = next(csv.reader(fh), None)
        lines = 0
        with path.open("rb") as raw:
            for chunk in iter(lambda: raw.read(1 << 20), b""):
                if b"\x00" in chunk:
                    return None  # binary data: read_sheet says where
                lines += chunk.count(b"\n")
    except (UnicodeDecodeError, csv.Error):
        return None
    if first is None:
        return None
    return StreamedCsv(path, [h.strip() for h in first], lines)
