"""Schedules for the desk's Rates view: list (with the rate filters), add, change, delete
one row (schedules-routes-emissions.md §1).

A row typed by hand is checked by exactly the rules of an imported schedules row
(:data:`booking_app.core.schedule_rows.SCHEDULE_FIELDS` through
:func:`booking_app.core.sheet_rows.parse_row`): a bad cell raises
:class:`~booking_app.core.sheet_rows.CellError` naming its column, and nothing is saved.
Every change is written to the audit log.
"""

from __future__ import annotations

from datetime import date

from booking_app.core.errors import NotFoundError, ValidationError
from booking_app.core.schedule_rows import (
    SCHEDULE_COLUMNS,
    SCHEDULE_FIELDS,
    SCHEDULE_REQUIRED,
    row_to_schedule,
    schedule_to_row,
)
from booking_app.core.schedules import Schedule
from booking_app.core.sheet_rows import CellError, parse_row
from booking_app.services.catalog import RateFilter
from booking_app.store.uow import UnitOfWork

__all__ = [
    "SCHEDULE_COLUMNS", "Schedule", "add_schedule", "delete_schedule", "is_expired",
    "list_schedules", "parse_schedule", "schedule_cells", "update_schedule",
]  # fmt: skip


def _matches(s: Schedule, f: RateFilter, today: date) -> bool:
    """The rate list's rules: mode equal, codes by prefix, carrier by a part of its name."""
    return (
        (not f.mode or s.mode == f.mode)
        and s.origin.startswith(f.origin.strip().upper())
        and s.destination.startswith(f.destination.strip().upper())
        and f.carrier.strip().casefold() in s.carrier.casefold()
        and (f.valid_on is None or s.valid_from <= f.valid_on <= s.valid_to)
        and (f.show_expired or s.valid_to >= today)
    )


def list_schedules(uow: UnitOfWork, f: RateFilter | None = None) -> list[Schedule]:
    """The schedule rows that the rate filter ``f`` lets through, by lane and carrier."""
    f = f or RateFilter()
    today = f.day(uow.clock)
    return [s for s in uow.rates.schedules() if _matches(s, f, today)]


def is_expired(schedule: Schedule, today: date) -> bool:
    """True when the row's last day is before ``today`` (it sets no new departure)."""
    return schedule.valid_to < today


def schedule_cells(schedule: Schedule) -> dict[str, str]:
    """A schedule row as the text cells of a schedules sheet row (what the dialog shows)."""
    return {
        column: "" if value is None else str(value)
        for column, value in zip(SCHEDULE_COLUMNS, schedule_to_row(schedule), strict=True)
    }


def parse_schedule(cells: dict[str, str]) -> Schedule:
    """Check text cells (by schedules column) as an imported row is checked.

    Missing optional columns are blank; cells are stripped as a sheet's are.

    Raises:
        CellError: a cell is bad (``.column`` names it).
        ValidationError: a column that a schedules sheet does not have.
    """
    unknown = sorted(set(cells) - set(SCHEDULE_COLUMNS))
    if unknown:
        raise ValidationError(f"unknown schedules field {', '.join(unknown)}")
    full = {c: cells.get(c, "").strip() for c in SCHEDULE_COLUMNS}
    for column in SCHEDULE_REQUIRED:  # the same order and words as an imported row
        if not full[column]:
            raise CellError(column, "is missing")
    row = parse_row(SCHEDULE_FIELDS, SCHEDULE_COLUMNS, full)
    return row_to_schedule((None, *row))


def _detail(s: Schedule) -> str:
    service = f" {s.service}" if s.service else ""
    transit = "" if s.transit_days is None else f", transit {s.transit_days} d"
    return (
        f"{s.mode} {s.origin}-{s.destination} {s.carrier}{service}: {s.departures.text()},"
        f" cut-off {s.cutoff_days} d{transit}, {s.valid_from}..{s.valid_to}"
    )


def add_schedule(uow: UnitOfWork, cells: dict[str, str], clerk: str = "") -> Schedule:
    """Add one schedule row typed by hand.

    Returns:
        The stored row (with its id).

    Raises:
        CellError: a cell is bad; nothing was saved.
    """
    schedule = parse_schedule(cells)
    with uow:
        added = uow.rates.add_schedule(schedule_to_row(schedule))
        uow.audit.record("add", "schedule", str(added), _detail(schedule), clerk)
        uow.commit()
    return schedule._replace(id=added)


def update_schedule(
    uow: UnitOfWork, schedule_id: int, cells: dict[str, str], clerk: str = ""
) -> Schedule:
    """Change every column of one schedule row, checked as an imported row would be.

    Raises:
        CellError: a cell is bad; nothing was changed.
        NotFoundError: no schedule row has this id.
    """
    schedule = parse_schedule(cells)
    with uow:
        before = uow.rates.get_schedule(schedule_id)
        if before is None or not uow.rates.update_schedule(schedule_id, schedule_to_row(schedule)):
            raise NotFoundError(
                f"no schedule row with id {schedule_id}",
                code="row_gone",
                params={"what": "schedule", "id": schedule_id},
            )
        uow.audit.record("edit", "schedule", str(schedule_id),
                         f"{_detail(before)} -> {_detail(schedule)}", clerk)  # fmt: skip
        uow.commit()
    return schedule._replace(id=schedule_id)


def delete_schedule(uow: UnitOfWork, schedule_id: int, clerk: str = "") -> None:
    """Remove one schedule row.

    Raises:
        NotFoundError: there is no such row.
    """
    with uow:
        before = uow.rates.get_schedule(schedule_id)
        if before is None or not uow.rates.delete_schedule(schedule_id):
            raise NotFoundError(
                f"no schedule row with id {schedule_id}",
                code="row_gone",
                params={"what": "schedule", "id": schedule_id},
            )
        uow.audit.record("delete", "schedule", str(schedule_id), _detail(before), clerk)
        uow.commit()
