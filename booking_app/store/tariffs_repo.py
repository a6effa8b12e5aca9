"""Contract sell tariffs per customer (quotes-and-tariffs.md §2)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from booking_app.core.rates import Rate, format_breaks, parse_breaks
from booking_app.core.tariffs import SellTariff
from booking_app.store.backend import StoreDb
from booking_app.store.parties_repo import PartyRepository

#: Columns of a sell-rates sheet after ``customer`` (the stored row's order).
TARIFF_COLUMNS = (
    "mode", "origin", "destination", "equipment", "basis", "currency", "rate", "min_charge",
    "max_charge", "breaks", "kg_per_cbm", "valid_from", "valid_to", "surcharges",
)  # fmt: skip
_SELECT = (
    "SELECT t.id, p.name, " + ", ".join(f"t.{c}" for c in TARIFF_COLUMNS)
    + " FROM sell_tariffs t JOIN parties p ON p.id = t.customer_id"
)


def _dec(text: str | None) -> Decimal | None:
    return None if text in (None, "") else Decimal(text)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def _tariff(row: tuple[Any, ...]) -> SellTariff:
    (tid, name, mode, origin, destination, equipment, basis, currency, rate, min_charge,
     max_charge, breaks, kg_per_cbm, valid_from, valid_to, surcharges) = row  # fmt: skip
    return SellTariff(
        customer=name,
        rate=Rate(
            id=tid, mode=mode, origin=origin, destination=destination, carrier="", service="",
            equipment=equipment, basis=basis, currency=currency, rate=Decimal(rate),
            min_charge=_dec(min_charge), breaks=parse_breaks(breaks),
            kg_per_cbm=_dec(kg_per_cbm), valid_from=date.fromisoformat(valid_from),
            valid_to=date.fromisoformat(valid_to), transit_days=0, max_charge=_dec(max_charge),
        ),
        surcharges=surcharges,
    )  # fmt: skip


class TariffRepository:
    """Sell tariff rows of customers."""

    def __init__(self, db: StoreDb, parties: PartyRepository) -> None:
        self.db = db
        self.parties = parties

    def of_customer(self, name: str) -> list[SellTariff]:
        """Every tariff row of the party called exactly ``name``."""
        cur = self.db.conn.execute(f"{_SELECT} WHERE p.name = ? ORDER BY t.id", (name.strip(),))
        return [_tariff(r) for r in cur]

    def get(self, tariff_id: int) -> SellTariff | None:
        """The tariff row with this id, if there is one."""
        row = self.db.conn.execute(f"{_SELECT} WHERE t.id = ?", (tariff_id,)).fetchone()
        return None if row is None else _tariff(row)

    def _values(self, t: SellTariff) -> tuple[Any, ...]:
        r = t.rate
        return (
            self.parties.id_for(t.customer), r.mode, r.origin, r.destination, r.equipment,
            r.basis, r.currency, f"{r.rate:f}", _text(r.min_charge), _text(r.max_charge),
            format_breaks(r.breaks), _text(r.kg_per_cbm), r.valid_from.isoformat(),
            r.valid_to.isoformat(), t.surcharges,
        )  # fmt: skip

    def add_many(self, tariffs: Iterable[SellTariff]) -> int:
        """Insert tariff rows in the caller's transaction (customers created if new)."""
        count = 0
        for t in tariffs:
            self.add(t)
            count += 1
        return count

    def add(self, tariff: SellTariff) -> int:
        """Insert one tariff row in the caller's transaction; its new id."""
        marks = ", ".join("?" * (len(TARIFF_COLUMNS) + 1))
        columns = ", ".join(TARIFF_COLUMNS)
        sql = f"INSERT INTO sell_tariffs (customer_id, {columns}) VALUES ({marks})"
        cur = self.db.conn.execute(sql, self._values(tariff))
        return int(cur.lastrowid or 0)

    def update(self, tariff_id: int, tariff: SellTariff) -> bool:
        """Replace every column of one tariff row (its id kept); False when there was none."""
        sets = ", ".join(f"{c} = ?" for c in ("customer_id", *TARIFF_COLUMNS))
        sql = f"UPDATE sell_tariffs SET {sets} WHERE id = ?"
        cur = self.db.conn.execute(sql, (*self._values(tariff), tariff_id))
        return bool(cur.rowcount > 0)

    def delete(self, tariff_id: int) -> bool:
        """Remove one tariff row; False when there was none."""
        cur = self.db.conn.execute("DELETE FROM sell_tariffs WHERE id = ?", (tariff_id,))
        return bool(cur.rowcount > 0)
