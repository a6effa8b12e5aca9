"""Validation of imported schedule rows (``import schedules``, spec §1), as for rate sheets.

``mode,origin,destination,carrier,service,departures,cutoff_days,transit_days,valid_from,valid_to``
"""

from __future__ import annotations

from typing import Any

from booking_app.core.errors import ValidationError
from booking_app.core.rates import MODES
from booking_app.core.schedules import parse_departures
from booking_app.core.schedules import row_to_schedule as row_to_schedule
from booking_app.core.schedules import schedule_to_row as schedule_to_row
from booking_app.core.sheet_rows import (
    SHEET_KINDS,
    CellError,
    Field,
    _code,
    _same,
    _text,
    _validity_pair,
)
from booking_app.core.table_columns import SCHEDULE_COLUMNS as SCHEDULE_COLUMNS

SCHEDULE_REQUIRED = (
    "mode", "origin", "destination", "carrier", "departures", "cutoff_days", "valid_from",
    "valid_to",
)  # fmt: skip
_MODES = frozenset(MODES)


def _mode(mode: str) -> str:
    if mode not in _MODES:
        raise CellError("mode", f"{mode!r} is not one of {', '.join(MODES)}")
    return mode


def _departures(text: str) -> str:
    try:
        return parse_departures(text).text()
    except ValidationError as exc:
        raise CellError("departures", str(exc).removeprefix("departures ")) from None


def _days(column: str, optional: bool) -> Any:
    def check(text: str) -> int | None:
        if optional and not text:
            return None
        if not text.isdigit():
            raise CellError(column, f"{text!r} is not a whole number ≥ 0" if text else "is missing")
        return int(text)

    return check


SCHEDULE_FIELDS: tuple[Field, ...] = (
    (("mode",), ("mode",), _mode),
    (("origin",), ("origin",), lambda v: _code(v, "origin")),
    (("destination",), ("destination",), lambda v: _code(v, "destination")),
    (("carrier",), ("carrier",), _text("carrier")),
    (("service",), ("service",), _same),
    (("departures",), ("departures",), _departures),
    (("cutoff_days",), ("cutoff_days",), _days("cutoff_days", optional=False)),
    (("transit_days",), ("transit_days",), _days("transit_days", optional=True)),
    (("valid_from", "valid_to"), ("valid_from", "valid_to"), _validity_pair),
)
SCHEDULE_SHEET = (SCHEDULE_COLUMNS, SCHEDULE_REQUIRED, SCHEDULE_FIELDS)
SHEET_KINDS["schedules"] = SCHEDULE_SHEET  # an import kind, like tariff_rows' and party_rows'


