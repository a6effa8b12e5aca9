"""Sailing, train and truck schedules: when a carrier departs on a lane (spec §1).

A schedule row says on which days a carrier leaves (``daily``, some weekdays, or a
list of dates), how many days before departure the cargo must be at the terminal
(``cutoff_days``) and, optionally, how long the trip takes.
"""

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from booking_app.core.errors import ValidationError

WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
#: A carrier whose next departure is further than this from the earliest possible
#: one (ready date + cut-off) is no candidate for the leg.
HORIZON_DAYS = 60
_SPLIT = re.compile(r"[\s;,]+")


class Departures(NamedTuple):
    """The days a service leaves: every day, some weekdays (0 = Monday) or given dates."""

    daily: bool = False
    weekdays: frozenset[int] = frozenset()
    dates: tuple[date, ...] = ()

    def text(self) -> str:
        """The canonical text (``daily``, ``MON THU``, ``2026-12-03 2026-12-10``)."""
        if self.daily:
            return "daily"
        if self.weekdays:
            return " ".join(WEEKDAYS[d] for d in sorted(self.weekdays))
        return " ".join(d.isoformat() for d in self.dates)

    def first_on_or_after(self, day: date, last: date) -> date | None:
        """The first departure in ``[day, last]``, or None."""
        if day > last:
            return None
        if self.daily:
            return day
        if self.weekdays:
            for offset in range(7):
                candidate = day + timedelta(days=offset)
                if candidate > last:
                    return None
                if candidate.weekday() in self.weekdays:
                    return candidate
            return None
        return next((d for d in self.dates if day <= d <= last), None)


def parse_departures(text: str) -> Departures:
    """Read ``daily``, weekdays (``MON THU``, ``mon;thu``) or ISO dates (spaces between).

    Raises:
        ValidationError: blank, an unknown word, a bad date, or weekdays mixed with dates.
    """
    words = [w for w in _SPLIT.split(text.strip()) if w]
    if not words:
        raise ValidationError("departures is missing (daily, weekdays or dates)")
    if len(words) == 1 and words[0].lower() == "daily":
        return Departures(daily=True)
    upper = [w.upper() for w in words]
    if all(w in WEEKDAYS for w in upper):
        return Departures(weekdays=frozenset(WEEKDAYS.index(w) for w in upper))
    days: list[date] = []
    for word in words:
        try:
            if len(word) != 10:
                raise ValueError(word)
            days.append(date.fromisoformat(word))
        except ValueError:
            raise ValidationError(
                f"departures {word!r} is not daily, a weekday (MON … SUN) or a date (YYYY-MM-DD)"
            ) from None
    return Departures(dates=tuple(sorted(set(days))))


class Schedule(NamedTuple):
    """One schedule row: a carrier's (and service's) departures on a lane."""

    id: int | None
    mode: str
    origin: str
    destination: str
    carrier: str
    service: str
    departures: Departures
    cutoff_days: int
    transit_days: int | None
    valid_from: date
    valid_to: date

    def serves(self, service: str) -> bool:
        """True when this row applies to a rate of ``service`` (blank on either side: any)."""
        return not self.service or not service or self.service == service

    def departure(self, ready: date) -> date | None:
        """ETD for cargo ready on ``ready``: the first departure on or after ready +
        cut-off, within the validity and within :data:`HORIZON_DAYS`; else None."""
        earliest = ready + timedelta(days=self.cutoff_days)
        start = max(earliest, self.valid_from)
        last = min(self.valid_to, earliest + timedelta(days=HORIZON_DAYS))
        return self.departures.first_on_or_after(start, last)


def row_to_schedule(row: Sequence[Any]) -> Schedule:
    """A stored row (id first, then ``table_columns.SCHEDULE_COLUMNS`` order) as a Schedule."""
    return Schedule(
        id=row[0], mode=row[1], origin=row[2], destination=row[3], carrier=row[4],
        service=row[5], departures=parse_departures(row[6]), cutoff_days=int(row[7]),
        transit_days=None if row[8] is None else int(row[8]),
        valid_from=date.fromisoformat(row[9]), valid_to=date.fromisoformat(row[10]),
    )  # fmt: skip


def schedule_to_row(s: Schedule) -> tuple[Any, ...]:
    """A Schedule as a tuple in ``table_columns.SCHEDULE_COLUMNS`` order."""
    return (
        s.mode, s.origin, s.destination, s.carrier, s.service, s.departures.text(),
        s.cutoff_days, s.transit_days, s.valid_from.isoformat(), s.valid_to.isoformat(),
    )  # fmt: skip
