"""Watching rates and results (quotes-and-tariffs.md §4): rates about to end; quotes won,
lost, expired and open with their margin, by customer and by month."""

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from booking_app.core.errors import ValidationError
from booking_app.core.money import format_money
from booking_app.core.rates import Rate, format_breaks
from booking_app.services.lifecycle import expire_overdue
from booking_app.store.uow import UnitOfWork

#: How a booking's status counts in the results.
OUTCOMES = {"confirmed": "won", "lost": "lost", "expired": "expired", "quoted": "open"}


def expiring_rates(uow: UnitOfWork, days: int) -> list[Rate]:
    """Rates whose last day is within ``days`` of today, with no later row to follow them.

    Raises:
        ValidationError: ``days`` is negative.
    """
    if days < 0:
        raise ValidationError(f"--expiring-within {days} must not be negative")
    today = uow.clock.today()
    return uow.watch.expiring_rates(today, today + timedelta(days=days))


def rate_entry(rate: Rate, today: date) -> dict[str, Any]:
    """One line of ``booking-app rates --expiring-within``: the rate row and its days left."""
    def text(value: Decimal | None) -> str:
        return "" if value is None else f"{value:f}"

    return {
        "id": rate.id, "mode": rate.mode, "origin": rate.origin,
        "destination": rate.destination, "carrier": rate.carrier, "service": rate.service,
        "equipment": rate.equipment, "basis": rate.basis, "currency": rate.currency,
        "rate": f"{rate.rate:f}", "min_charge": text(rate.min_charge),
        "max_charge": text(rate.max_charge), "breaks": format_breaks(rate.breaks),
        "kg_per_cbm": text(rate.kg_per_cbm), "valid_from": rate.valid_from.isoformat(),
        "valid_to": rate.valid_to.isoformat(), "transit_days": rate.transit_days,
        "days_left": (rate.valid_to - today).days,
    }  # fmt: skip


class Tally:
    """Outcomes and margin of a group of bookings (a customer, a month), counted by
    :meth:`add` (a plain class: value records here are NamedTuples, see ``core.quote``)."""

    __slots__ = ("won", "lost", "expired", "open", "margin", "won_total")

    def __init__(self) -> None:
        self.won = self.lost = self.expired = self.open = 0
        self.margin: dict[str, Decimal] = {}  # of the won, per currency
        self.won_total: dict[str, Decimal] = {}

    def add(self, outcome: str, currency: str, total: Decimal, cost: Decimal) -> None:
        """Count one booking."""
        setattr(self, outcome, getattr(self, outcome) + 1)
        if outcome == "won":
            self.margin[currency] = self.margin.get(currency, Decimal(0)) + total - cost
            self.won_total[currency] = self.won_total.get(currency, Decimal(0)) + total

    @property
    def decided(self) -> int:
        """Quotes with an outcome (won, lost or expired)."""
        return self.won + self.lost + self.expired

    def to_json(self) -> dict[str, Any]:
        """The tally with money as strings and the win rate in %."""
        rate = None if not self.decided else f"{Decimal(self.won * 100) / self.decided:.1f}"
        return {
            "won": self.won, "lost": self.lost, "expired": self.expired, "open": self.open,
            "win_rate_percent": rate,
            "won_total": {c: format_money(v, c) for c, v in sorted(self.won_total.items())},
            "margin": {c: format_money(v, c) for c, v in sorted(self.margin.items())},
        }  # fmt: skip


class Results(NamedTuple):
    """The results of a period, by customer and by month (``YYYY-MM``)."""

    first: date
    last: date
    by_customer: dict[str, Tally]
    by_month: dict[str, Tally]
    overall: Tally

    def to_json(self) -> dict[str, Any]:
        """What ``booking-app report`` prints."""
        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "by_customer": [
                {"customer": name, **t.to_json()} for name, t in sorted(self.by_customer.items())
            ],
            "by_month": [{"month": m, **t.to_json()} for m, t in sorted(self.by_month.items())],
            "total": self.overall.to_json(),
        }


def results(uow: UnitOfWork, first: date, last: date) -> Results:
    """Quotes won, lost, expired and open, and the margin won, of bookings made from
    ``first`` to ``last`` (drafts and cancelled bookings do not count).

    Raises:
        ValidationError: ``first`` is after ``last``.
    """
    if first > last:
        raise ValidationError(f"--from {first} is after --to {last}")
    expire_overdue(uow)
    by_customer: dict[str, Tally] = defaultdict(Tally)
    by_month: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    for row in uow.watch.bookings_between(first, last):
        status = row["status"]
        outcome = OUTCOMES.get(status)
        if outcome is None or not row["priced"]:
            continue
        args = (outcome, row["currency"], Decimal(row["total"]), Decimal(row["cost_total"]))
        for tally in (by_customer[row["customer_name"]], by_month[row["booking_date"][:7]],
                      overall):  # fmt: skip
            tally.add(*args)
    return Results(first, last, dict(by_customer), dict(by_month), overall)
