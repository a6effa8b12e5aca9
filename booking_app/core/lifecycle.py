"""A quote over time: how long it is valid, and which status may follow which.

Implements ``spec/quotes-and-tariffs.md`` §1: ``draft`` → ``quoted`` (sent) →
``confirmed`` (won) | ``lost`` | ``expired``; ``confirmed`` → ``cancelled``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

#: Days a quotation holds when the settings say nothing else.
DEFAULT_VALID_DAYS = 14
#: Statuses that need a reason.
REASON_NEEDED = ("lost", "cancelled")


class _EndsOn(Protocol):
    @property
    def rates_valid_to(self) -> date | None: ...


def valid_until(quote_date: date, valid_days: int, legs: Sequence[_EndsOn]) -> date:
    """The earlier of quote date + ``valid_days`` and the earliest ``valid_to`` of the rate
    and surcharge rows the quote used (spot and manual lines do not limit it)."""
    ends = [leg.rates_valid_to for leg in legs if leg.rates_valid_to is not None]
    return min([quote_date + timedelta(days=valid_days), *ends])


def is_expired(status: str, until: date | None, today: date) -> bool:
    """A quoted booking whose ``valid_until`` is before today is expired."""
    return status == "quoted" and until is not None and until < today


def days_left(until: date | None, today: date) -> int | None:
    """Whole days from today to ``valid_until`` (0 on its last day, negative after)."""
    return None if until is None else (until - today).days
