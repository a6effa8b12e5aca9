"""The one clock: where "today" and "now" come from.

Services read the time only through the clock of their unit of work, the GUI through
its desk context; tests set a :class:`FixedClock`. This module is the only place that
reads the real time.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from typing import Protocol

#: An ISO date-time (``2026-11-30T09:00:00``) that fixes the command line's clock.
NOW_VARIABLE = "BOOKING_APP_NOW"


class Clock(Protocol):
    """Tells the local date and time."""

    def now(self) -> datetime:
        """The local date and time, naive, to the second or finer."""
        ...

    def today(self) -> date:
        """The local date."""
        ...


class SystemClock:
    """The computer's own clock (local time)."""

    def now(self) -> datetime:
        """The real local time."""
        return datetime.now()

    def today(self) -> date:
        """The real local date."""
        return date.today()


class FixedClock:
    """A clock that stands still until it is set or advanced (tests, scripts)."""

    def __init__(self, at: datetime) -> None:
        self._at = at

    def now(self) -> datetime:
        """The time it was set to."""
        return self._at

    def today(self) -> date:
        """The date it was set to."""
        return self._at.date()

    def set(self, at: datetime) -> None:
        """Move the clock to ``at``."""
        self._at = at

    def advance(self, **delta: float) -> None:
        """Move the clock forward, e.g. ``advance(days=1)``."""
        self._at = self._at + timedelta(**delta)


def clock_from_environment() -> Clock:
    """The system clock, or a fixed one when ``BOOKING_APP_NOW`` holds an ISO date-time.

    Raises:
        ValueError: the variable is set but is not an ISO date or date-time.
    """
    fixed = os.environ.get(NOW_VARIABLE, "").strip()
    if not fixed:
        return SystemClock()
    try:
        return FixedClock(datetime.fromisoformat(fixed))
    except ValueError:
        raise ValueError(f"{NOW_VARIABLE} {fixed!r} is not an ISO date-time") from None
