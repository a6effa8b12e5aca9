"""Customers' contract sell tariffs for the desk: list, add, change, delete one row
(quotes-and-tariffs.md §2).

A row typed by hand is checked by exactly the rules of an imported sell-rates row
(:data:`booking_app.core.tariff_rows.SELL_RATE_FIELDS` through
:func:`booking_app.core.sheet_rows.parse_row`): a bad cell raises
:class:`~booking_app.core.sheet_rows.CellError` naming its column, and nothing is saved.
Every change is written to the audit log.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from booking_app.core.errors import NotFoundError, ValidationError
from booking_app.core.rates import MODES, RATE_BASES, format_breaks
from booking_app.core.sheet_rows import CellError, parse_row
from booking_app.core.tariff_rows import (
    SELL_RATE_COLUMNS,
    SELL_RATE_FIELDS,
    SELL_RATE_REQUIRED,
    tariff_of_row,
)
from booking_app.core.tariffs import TARIFF_SURCHARGES, SellTariff
from booking_app.store.uow import UnitOfWork

__all__ = [
    "MODES", "RATE_BASES", "SELL_RATE_COLUMNS", "TARIFF_SURCHARGES", "SellTariff", "add_tariff",
    "delete_tariff", "is_expired", "list_tariffs", "parse_tariff", "tariff_cells",
    "update_tariff",
]  # fmt: skip


def list_tariffs(uow: UnitOfWork, customer: str) -> list[SellTariff]:
    """The tariff rows of the party called exactly ``customer``, in the order added."""
    return uow.tariffs.of_customer(customer) if customer.strip() else []


def is_expired(tariff: SellTariff, today: date) -> bool:
    """True when the row's last day is before ``today`` (it prices no new leg shipping
    from today on)."""
    return tariff.rate.valid_to < today


def tariff_cells(tariff: SellTariff) -> dict[str, str]:
    """A tariff row as the text cells of a sell-rates sheet row (what the dialog shows)."""
    r = tariff.rate

    def text(value: Decimal | None) -> str:
        return "" if value is None else f"{value:f}"

    return {
        "customer": tariff.customer, "mode": r.mode, "origin": r.origin,
        "destination": r.destination, "equipment": r.equipment, "basis": r.basis,
        "currency": r.currency, "rate": text(r.rate), "min_charge": text(r.min_charge),
        "max_charge": text(r.max_charge), "breaks": format_breaks(r.breaks),
        "kg_per_cbm": text(r.kg_per_cbm), "valid_from": r.valid_from.isoformat(),
        "valid_to": r.valid_to.isoformat(), "surcharges": tariff.surcharges,
    }  # fmt: skip


def parse_tariff(cells: dict[str, str]) -> SellTariff:
    """Check text cells (by sell-rates column) as an imported row is checked.

    Missing optional columns are blank; cells are stripped as a sheet's are.

    Raises:
        CellError: a cell is bad (``.column`` names it).
        ValidationError: a column that a sell-rates sheet does not have.
    """
    unknown = sorted(set(cells) - set(SELL_RATE_COLUMNS))
    if unknown:
        raise ValidationError(f"unknown sell-rates field {', '.join(unknown)}")
    full = {c: cells.get(c, "").strip() for c in SELL_RATE_COLUMNS}
    for column in SELL_RATE_REQUIRED:  # the same order and words as an imported row
        if not full[column]:
            raise CellError(column, "is missing")
    return tariff_of_row(parse_row(SELL_RATE_FIELDS, SELL_RATE_COLUMNS, full))


def _detail(t: SellTariff) -> str:
    r = t.rate
    kind = f"{r.basis} {r.equipment}".strip()
    return (
        f"{r.mode} {r.origin}-{r.destination} {kind}: {r.currency} {r.rate:f}"
        f" {r.valid_from}..{r.valid_to}, surcharges {t.surcharges}"
    )


def _known_customer(uow: UnitOfWork, name: str) -> None:
    if uow.parties.get_by_name(name) is None:
        raise NotFoundError(
            f"no party called {name}", code="unknown_party", params={"name": name}
        )


def add_tariff(uow: UnitOfWork, cells: dict[str, str], clerk: str = "") -> SellTariff:
    """Add one tariff row typed by hand for a known party.

    Returns:
        The stored row (with its id in ``rate.id``).

    Raises:
        CellError: a cell is bad; nothing was saved.
        NotFoundError: no party has the customer's name.
    """
    tariff = parse_tariff(cells)
    with uow:
        _known_customer(uow, tariff.customer)
        tariff_id = uow.tariffs.add(tariff)
        uow.audit.record("add", "tariff", tariff.customer, f"#{tariff_id} {_detail(tariff)}",
                         clerk)  # fmt: skip
        uow.commit()
    return tariff._replace(rate=tariff.rate._replace(id=tariff_id))


def update_tariff(
    uow: UnitOfWork, tariff_id: int, cells: dict[str, str], clerk: str = ""
) -> SellTariff:
    """Change every column of one tariff row, checked as an imported row would be.

    Raises:
        CellError: a cell is bad; nothing was changed.
        NotFoundError: no tariff row has this id, or no party the customer's name.
    """
    tariff = parse_tariff(cells)
    with uow:
        before = uow.tariffs.get(tariff_id)
        if before is None:
            raise NotFoundError(
                f"no tariff row with id {tariff_id}",
                code="row_gone",
                params={"what": "tariff", "id": tariff_id},
            )
        _known_customer(uow, tariff.customer)
        uow.tariffs.update(tariff_id, tariff)
        uow.audit.record("edit", "tariff", tariff.customer,
                         f"#{tariff_id} {_detail(before)} -> {_detail(tariff)}",
                         clerk)  # fmt: skip
        uow.commit()
    return tariff._replace(rate=tariff.rate._replace(id=tariff_id))


def delete_tariff(uow: UnitOfWork, tariff_id: int, clerk: str = "") -> None:
    """Remove one tariff row.

    Raises:
        NotFoundError: there is no such row.
    """
    with uow:
        before = uow.tariffs.get(tariff_id)
        if before is None or not uow.tariffs.delete(tariff_id):
            raise NotFoundError(
                f"no tariff row with id {tariff_id}",
                code="row_gone",
                params={"what": "tariff", "id": tariff_id},
            )
        uow.audit.record("delete", "tariff", before.customer, f"#{tariff_id} {_detail(before)}",
                         clerk)  # fmt: skip
        uow.commit()
