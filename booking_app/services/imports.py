"""Importing rate sheets, surcharges, FX, locations, parties and pricing profiles: all rows
or none."""

import gc
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from booking_app.core.errors import ImportFileError, RowError, ValidationError
from booking_app.core.party_rows import PARTY_COLUMNS, SHEET_KEYS  # registers its sheets
from booking_app.core.rates import FxRate
from booking_app.core.schedule_rows import SCHEDULE_COLUMNS  # noqa: F401  registers its sheet
from booking_app.core.selling import PriceRule, PricingProfile
from booking_app.core.sheet_rows import SHEET_KINDS, CellError, Field, parse_columns, parse_row
from booking_app.core.tariff_rows import tariff_of_row  # registers the sell-rates sheet
from booking_app.services.sheets import Sheet, StreamedCsv, read_sheet, stream_csv
from booking_app.store.uow import UnitOfWork

#: Called with (rows done, rows in all) while an import runs, for a progress bar.
Progress = Callable[[int, int], None]
MAX_REPORTED_ERRORS = 1000
_PROGRESS_STEP = 5000


def _check_header(sheet: Sheet, columns: tuple[str, ...], required: tuple[str, ...]) -> None:
    source = sheet.source
    unknown = [h for h in sheet.header if h not in columns]
    missing = [c for c in required if c not in sheet.header]
    errors = []
    if unknown:
        names = ", ".join(map(repr, unknown))
        errors.append(
            RowError(
                source, 1, None, f"unknown column {names} (expected: {','.join(columns)})",
                code="unknown_column", params={"columns": unknown, "expected": list(columns)},
            )
        )
    if missing:
        errors.append(
            RowError(
                source, 1, None, f"missing column {', '.join(missing)}",
                code="missing_column", params={"columns": missing},
            )
        )
    if len(set(sheet.header)) != len(sheet.header):
        errors.append(RowError(source, 1, None, "a column appears twice", code="column_twice"))
    if errors:
        raise ImportFileError(errors)


def _by_columns(
    sheet: Sheet, columns: tuple[str, ...], fields: tuple[Field, ...]
) -> Iterable[tuple[Any, ...]] | None:
    """The fast path: every row as wide as the header and every cell good; else None."""
    width = len(sheet.header)
    records = sheet.records
    if not records or set(map(len, records)) != {width}:
        return None
    # The cells as read: parse_columns strips a column only when some value needs it.
    by_name = dict(zip(sheet.header, zip(*records, strict=True), strict=True))
    blank = ("",) * len(records)
    cells = {c: by_name.get(c, blank) for c in columns}
    # Every field function refuses a blank required cell, so no separate check here.
    try:
        return parse_columns(fields, columns, cells)
    except CellError:
        return None


def _by_rows(
    sheet: Sheet,
    columns: tuple[str, ...],
    required: tuple[str, ...],
    fields: tuple[Field, ...],
    progress: Progress | None,
) -> list[tuple[Any, ...]]:
    """Row by row, collecting every bad row with its line and column."""
    source = sheet.source
    width = len(sheet.header)
    # Absent optional columns read the blank cell appended at index ``width``.
    positions = [sheet.header.index(c) if c in sheet.header else width for c in columns]
    pad = [""] * (width + 1)
    errors: list[RowError] = []
    out: list[tuple[Any, ...]] = []
    total = len(sheet.rows)
    for done, (line, record) in enumerate(sheet.rows, 1):
        if len(record) > width and "".join(record[width:]).strip():
            errors.append(
                RowError(
                    source, line, None, f"has {len(record)} cells, header {width}",
                    code="too_many_cells", params={"cells": len(record), "header": width},
                )
            )
            continue
        if not "".join(record).strip():
            continue  # a row of spaces is blank too
        padded = record + pad[len(record) :] if len(record) <= width else record[:width] + [""]
        cells = {c: padded[i].strip() for c, i in zip(columns, positions, strict=True)}
        try:
            missing_cell = next((c for c in required if not cells[c]), None)
            if missing_cell:
                raise CellError(missing_cell, "is missing")
            out.append(parse_row(fields, columns, cells))
        except CellError as exc:
            errors.append(RowError.of_cell(source, line, exc))
            if len(errors) >= MAX_REPORTED_ERRORS:
                break
        if progress is not None and done % _PROGRESS_STEP == 0:
            progress(done, total)
    if errors:
        raise ImportFileError(errors)
    return out


def validate_sheet(
    kind: str, sheet: Sheet, progress: Progress | None = None
) -> Iterable[tuple[Any, ...]]:
    """Check the header and every row; return the typed rows (once iterable).

    Raises:
        ImportFileError: with every bad row (up to MAX_REPORTED_ERRORS), each naming its
            file line and column.
    """
    columns, required, fields = SHEET_KINDS[kind]
    _check_header(sheet, columns, required)
    if not sheet.records:
        raise ImportFileError(
            [RowError(sheet.source, 2, None, "no rows to import", code="no_rows")]
        )
    repeated = _repeated_keys(sheet, kind)
    try:
        rows = _by_columns(sheet, columns, fields)
        if rows is None:
            rows = _by_rows(sheet, columns, required, fields, progress)
    except ImportFileError as exc:
        if not repeated:
            raise
        errors = sorted([*exc.errors, *repeated], key=lambda e: e.line)
        raise ImportFileError(errors[:MAX_REPORTED_ERRORS]) from None
    if repeated:
        raise ImportFileError(repeated[:MAX_REPORTED_ERRORS])
    return rows


def _repeated_keys(
    sheet: Sheet, kind: str, first_seen: dict[tuple[str, ...], int] | None = None
) -> list[RowError]:
    """Rows naming the same party (or customer and mode) as an earlier row of the file
    (``first_seen``: the keys of the batches before this one, updated).

    The key is compared as the row would be stored: stripped, a mode in lower case.
    """
    key_columns = SHEET_KEYS.get(kind)
    if key_columns is None or any(c not in sheet.header for c in key_columns[:1]):
        return []
    positions = [sheet.header.index(c) if c in sheet.header else -1 for c in key_columns]
    if first_seen is None:
        first_seen = {}
    errors = []
    for line, record in sheet.rows:
        cells = [
            record[i].strip() if 0 <= i < len(record) else "" for i in positions
        ]
        if not cells[0]:
            continue  # a blank name is reported by the row check
        key = (cells[0], *(c.lower() for c in cells[1:]))
        if key in first_seen:
            what = " and ".join(key_columns)
            errors.append(
                RowError(
                    sheet.source, line, None, f"repeats the {what} of line {first_seen[key]}",
                    code="repeated_key",
                    params={"columns": list(key_columns), "first": first_seen[key]},
                )
            )
        else:
            first_seen[key] = line
    return errors


class ImportResult(NamedTuple):
    """What an import did: rows in the file, rows written, rows skipped as already stored
    (rates and surcharges), stored rows removed first (``replace``)."""

    kind: str
    rows: int
    new: int
    present: int = 0
    removed: int = 0

    def summary(self) -> str:
        """The CLI's line: ``182 rates rows: 0 new, 182 already present``."""
        text = f"{self.rows} {self.kind} rows: {self.new} new, {self.present} already present"
        return text + (f"; {self.removed} stored rows replaced" if self.removed else "")


#: Kinds whose rows already stored are skipped (the others update by key).
DEDUPED = ("rates", "surcharges")


def _store(
    uow: UnitOfWork, kind: str, rows: Iterable[tuple[Any, ...]], header: list[str], replace: bool
) -> ImportResult:
    if kind in DEDUPED:
        if kind == "rates":
            added = uow.rates.add_new_rates(rows, replace)
        else:
            added = uow.rates.add_new_surcharges(rows)
        return ImportResult(kind, added.given, added.new, added.present, added.removed)
    if kind == "parties":
        # A known party gets only the columns of the file changed (name is the key).
        given = [c for c in PARTY_COLUMNS if c in header]
        count = uow.parties.upsert_many(
            {c: v for c, v in zip(PARTY_COLUMNS, row, strict=True) if c in given} for row in rows
        )
    elif kind == "pricing":
        count = uow.pricing.put_many(
            PricingProfile(
                customer, mode, PriceRule(rule, Decimal(percent)),
                None if floor is None else Decimal(floor),
            )
            for customer, mode, rule, percent, floor in rows
        )  # fmt: skip
    elif kind == "fx":
        fx = (FxRate(c, Decimal(u), date.fromisoformat(v)) for c, u, v in rows)
        count = uow.rates.upsert_fx(fx)
    elif kind == "schedules":
        count = uow.rates.add_schedules(rows)
    elif kind == "sell-rates":
        count = uow.tariffs.add_many(tariff_of_row(row) for row in rows)
    else:
        count = uow.locations.upsert_many(rows)
    return ImportResult(kind, count, count)


def import_sheet(
    uow: UnitOfWork,
    kind: str,
    path: str | Path,
    progress: Progress | None = None,
    clerk: str = "",
) -> int:
    """Import a file of one kind of ``SHEET_KINDS`` (rates, surcharges, fx, locations,
    parties, pricing, sell-rates, schedules); all rows or none.

    A ``parties`` row updates the party of that exact name (only the columns the file has)
    or adds it; a ``pricing`` row replaces the customer's row of that mode, and creates the
    customer as a party if new (selling.md §2, §6).

    Returns:
        The number of rows written (rows already stored are skipped: see import_file).

    Raises:
        ImportFileError: the file or any row is bad; nothing was imported.
    """
    return import_file(uow, kind, path, progress, clerk).new


def import_file(
    uow: UnitOfWork,
    kind: str,
    path: str | Path,
    progress: Progress | None = None,
    clerk: str = "",
    replace: bool = False,
) -> ImportResult:
    """Import a file, all rows or none; a rate or surcharge row identical to a stored row
    is skipped and counted. ``replace`` (rates only) first removes every stored row of
    each (mode, origin, destination, carrier) in the file, in the same transaction.

    Raises:
        ImportFileError: the file or any row is bad; nothing was imported.
    """
    if kind not in SHEET_KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    if replace and kind != "rates":
        raise ValidationError(f"--replace is for rate sheets, not {kind}")
    # Hundreds of thousands of small objects and no cycles: the cyclic GC would only
    # rescan them again and again (a third of the import time on a 200,000-row sheet).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        streamed = stream_csv(path)
        if streamed is not None:
            return _import_streamed(uow, kind, streamed, progress, clerk, replace)
        sheet = read_sheet(path)
        if progress is not None:
            progress(0, len(sheet.records))
        rows = validate_sheet(kind, sheet, progress)
        header = sheet.header
        del sheet
        with uow:
            result = _store(uow, kind, rows, header, replace)
            detail = result.summary() if kind in DEDUPED else f"{result.rows} rows"
            uow.audit.record(
                "import", kind, Path(path).name, detail, clerk,
                new={
                    "file": str(path), "kind": kind, "rows": result.rows, "new": result.new,
                    "already_present": result.present, "replaced": result.removed,
                },
            )  # fmt: skip
            uow.commit()
    finally:
        if gc_was_enabled:
            gc.enable()
    if progress is not None:
        progress(result.rows, result.rows)
    return result


def _checked_batches(
    kind: str, csv_file: StreamedCsv, progress: Progress | None
) -> Iterator[list[tuple[Any, ...]]]:
    """The typed rows of each batch of the file, checked as :func:`validate_sheet` checks
    a whole sheet. After the first bad row nothing more is given out, but the rest is
    still checked, so that the report names every bad row (up to MAX_REPORTED_ERRORS).

    Raises:
        ImportFileError: at the end, with every bad row.
    """
    columns, required, fields = SHEET_KINDS[kind]
    source, header = csv_file.source, csv_file.header
    errors: list[RowError] = []
    first_seen: dict[tuple[str, ...], int] = {}
    done = reported = 0
    for lines, records in csv_file.batches():
        sheet = Sheet(source, header, records, lines)
        errors += _repeated_keys(sheet, kind, first_seen)
        rows: Iterable[tuple[Any, ...]] | None = None
        try:
            rows = _by_columns(sheet, columns, fields)
            if rows is None:
                rows = _by_rows(sheet, columns, required, fields, None)
        except ImportFileError as exc:
            errors += exc.errors
        done += len(records)
        if progress is not None and done - reported >= _PROGRESS_STEP:
            reported = done  # (batches are small: a call per _PROGRESS_STEP rows is enough)
            progress(done, max(done, csv_file.lines - 1))
        if len(errors) >= MAX_REPORTED_ERRORS:
            break
        if not errors and rows is not None:
            yield list(rows)
    if not done:
        raise ImportFileError([RowError(source, 2, None, "no rows to import", code="no_rows")])
    if errors:
        errors.sort(key=lambda e: e.line)
        raise ImportFileError(errors[:MAX_REPORTED_ERRORS])


def _import_streamed(
    uow: UnitOfWork,
    kind: str,
    csv_file: StreamedCsv,
    progress: Progress | None,
    clerk: str,
    replace: bool,
) -> ImportResult:
    """A CSV file imported a batch at a time inside one transaction: rows checked and
    inserted as they are read, never the whole sheet in memory; a bad row anywhere
    rolls everything back."""
    columns, required, _fields = SHEET_KINDS[kind]
    _check_header(Sheet(csv_file.source, csv_file.header, []), columns, required)
    if progress is not None:
        progress(0, max(csv_file.lines - 1, 0))
    batches = _checked_batches(kind, csv_file, progress)
    with uow:
        if kind == "rates":
            added = uow.rates.add_new_rate_batches(batches, replace)
            result = ImportResult(kind, added.given, added.new, added.present, added.removed)
        else:
            parts = [_store(uow, kind, rows, csv_file.header, False) for rows in batches]
            result = ImportResult(kind, sum(p.rows for p in parts), sum(p.new for p in parts),
                                  sum(p.present for p in parts))  # fmt: skip
        detail = result.summary() if kind in DEDUPED else f"{result.rows} rows"
        uow.audit.record(
            "import", kind, csv_file.source, detail, clerk,
            new={
                "file": str(csv_file.source), "kind": kind, "rows": result.rows,
                "new": result.new, "already_present": result.present, "replaced": result.removed,
            },
        )  # fmt: skip
        uow.commit()
    if progress is not None:
        progress(result.rows, result.rows)
    return result


def import_rates(uow: UnitOfWork, path: str | Path, progress: Progress | None = None) -> int:
    """Import a rate sheet (see docs/file-formats.md)."""
    return import_sheet(uow, "rates", path, progress)


def import_surcharges(uow: UnitOfWork, path: str | Path, progress: Progress | None = None) -> int:
    """Import a surcharge sheet."""
    return import_sheet(uow, "surcharges", path, progress)


def import_fx(uow: UnitOfWork, path: str | Path, progress: Progress | None = None) -> int:
    """Import exchange rates (``currency,units_per_usd,valid_from``)."""
    return import_sheet(uow, "fx", path, progress)


def import_locations(uow: UnitOfWork, path: str | Path, progress: Progress | None = None) -> int:
    """Import locations (``code,name,country,kind,lat,lon``)."""
    return import_sheet(uow, "locations", path, progress)


def import_schedules(uow: UnitOfWork, path: str | Path, progress: Progress | None = None) -> int:
    """Import schedules (schedules-routes-emissions.md §1)."""
    return import_sheet(uow, "schedules", path, progress)


def import_parties(uow: UnitOfWork, path: str | Path, clerk: str = "") -> int:
    """Import parties (``name,address,contact,phone,email,tax_id``; a known name updates)."""
    return import_sheet(uow, "parties", path, clerk=clerk)


def import_pricing(uow: UnitOfWork, path: str | Path, clerk: str = "") -> int:
    """Import pricing profiles (``customer,mode,rule,percent,min_margin_percent``)."""
    return import_sheet(uow, "pricing", path, clerk=clerk)
