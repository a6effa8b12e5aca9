"""Customers' pricing profiles (selling.md §2): a price rule per mode and a margin floor."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from booking_app.core.selling import PriceRule, PricingProfile
from booking_app.store.backend import StoreDb
from booking_app.store.parties_repo import PartyRepository

_SELECT = """SELECT p.name, r.mode, r.rule, r.percent, r.min_margin_percent
    FROM pricing_profiles r JOIN parties p ON p.id = r.customer_id"""


def _profile(row: tuple[Any, ...]) -> PricingProfile:
    name, mode, rule, percent, floor = row
    return PricingProfile(
        customer=name,
        mode=mode,
        price=PriceRule(rule, Decimal(percent)),
        min_margin_percent=None if floor in (None, "") else Decimal(floor),
    )


class PricingRepository:
    """Pricing profile rows, one per (customer, mode); a blank mode means every mode."""

    def __init__(self, db: StoreDb, parties: PartyRepository) -> None:
        self.db = db
        self.parties = parties

    def of_customer(self, name: str) -> list[PricingProfile]:
        """The profile rows of the party called exactly ``name``."""
        sql = f"{_SELECT} WHERE p.name = ? ORDER BY r.mode"
        return [_profile(r) for r in self.db.conn.execute(sql, (name.strip(),))]

    def all(self) -> list[PricingProfile]:
        """Every profile row, by customer then mode."""
        return [_profile(r) for r in self.db.conn.execute(f"{_SELECT} ORDER BY p.name, r.mode")]

    def put_many(self, profiles: Iterable[PricingProfile]) -> int:
        """Insert or replace (customer, mode) rows in the caller's transaction; parties that
        do not exist yet are created. Returns the rows written."""
        count = 0
        for p in profiles:
            customer_id = self.parties.id_for(p.customer)
            floor = None if p.min_margin_percent is None else f"{p.min_margin_percent:f}"
            self.db.conn.execute(
                """INSERT INTO pricing_profiles (customer_id, mode, rule, percent,
                   min_margin_percent) VALUES (?,?,?,?,?)
                   ON CONFLICT (customer_id, mode) DO UPDATE SET rule = excluded.rule,
                   percent = excluded.percent, min_margin_percent = excluded.min_margin_percent""",
                (customer_id, p.mode, p.price.rule, f"{p.price.percent:f}", floor),
            )
            count += 1
        return count

    def delete(self, customer: str, mode: str) -> None:
        """Remove one (customer, mode) row, if any."""
        self.db.conn.execute(
            "DELETE FROM pricing_profiles WHERE mode = ? AND customer_id ="
            " (SELECT id FROM parties WHERE name = ?)",
            (mode, customer.strip()),
        )
