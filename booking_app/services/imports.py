"""Importing rate sheets, surcharges, FX and locations: all rows or none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from booking_app.core.errors import ImportFileError, RowError
from booking_app.core.rates import FxRate
from booking_app.core.sheet_rows import SHEET_KINDS, CellError
from booking_app.services.sheets import Sheet, read_sheet
from booking_app.store.uow import UnitOfWork

#: Called with (rows done, rows in all) while an import runs, for a progress bar.
Progress = Callable[[int, int], None]
MAX_REPORTED_ERRORS = 1000
_PROGRESS_STEP = 5000


def validate_sheet(
    kind: str, sheet: Sheet, progress: Progress | None = None
) -> list[tuple[Any, ...]]:
    """Check the header and every row; return the typed rows.

    Raises:
        ImportFileError: with every bad row (up to MAX_REPORTED_ERRORS), each naming its
            file line and column.
    """
    columns, required, parse = SHEET_KINDS[kind]
    source = sheet.source
    unknown = [h for h in sheet.header if h not in columns]
    missing = [c for c in required if c not in sheet.header]
    header_errors = []
    if unknown:
        header_errors.append(
            RowError(
                source,
                1,
                None,
                f"unknown column {', '.join(map(repr, unknown))} (expected: {','.join(columns)})",
            )
        )
    if missing:
        header_errors.append(RowError(source, 1, None, f"missing column {', '.join(missing)}"))
    if len(set(sheet.header)) != len(sheet.header):
        header_errors.append(RowError(source, 1, None, "a column appears twice"))
    if header_errors:
        raise ImportFileError(header_errors)
    positions = [(c, sheet.header.index(c) if c in sheet.header else -1) for c in columns]
    width = len(sheet.header)
    errors: list[RowError] = []
    out: list[tuple[Any, ...]] = []
    total = len(sheet.rows)
    for done, (line, record) in enumerate(sheet.rows, 1):
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            errors.append(RowError(source, line, None, f"has {len(record)} cells, header {width}"))
            continue
        cells = {c: (record[i].strip() if 0 <= i < len(record) else "") for c, i in positions}
        try:
            for column in required:
                if not cells[column]:
                    raise CellError(column, "is missing")
            out.append(parse(cells))
        except CellError as exc:
            errors.append(RowError(source, line, exc.column, exc.message))
            if len(errors) >= MAX_REPORTED_ERRORS:
                break
        if progress is not None and done % _PROGRESS_STEP == 0:
            progress(done, total)
    if errors:
        raise ImportFileError(errors)
    if not out:
        raise ImportFileError([RowError(source, 2, None, "no rows to import")])
    return out


def _store(uow: UnitOfWork, kind: str, rows: list[tuple[Any, ...]]) -> int:
    if kind == "rates":
        return uow.rates.add_rates(rows)
    if kind == "surcharges":
        return uow.rates.add_surcharges(rows)
    if kind == "fx":
        return uow.rates.upsert_fx(FxRate(c, Decimal(u), date.fromisoformat(v)) for c, u, v in rows)
    return uow.locations.upsert_many(rows)


def import_sheet(
    uow: UnitOfWork,
    kind: str,
    path: str | Path,
    progress: Progress | None = None,
    clerk: str = "",
) -> int:
    """Import a ``rates``/``surcharges``/``fx``/``locations`` file; all rows or none.

    Returns:
        The number of rows imported.

    Raises:
        ImportFileError: the file or any row is bad; nothing was imported.
    """
    if kind not in SHEET_KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    sheet = read_sheet(path)
    rows = validate_sheet(kind, sheet, progress)
    with uow:
        count = _store(uow, kind, rows)
        uow.audit.record("import", kind, Path(path).name, f"{count} rows", clerk)
        uow.commit()
    if progress is not None:
        progress(len(rows), len(rows))
    return count


def import_rates(uow: UnitOfWork, path: str | Path, progress: Progress | None = None) -> int:
    """Import a rate sheet (see docs/rate-sheets.md)."""
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
