"""The sell-rates sheet (quotes-and-tariffs.md §2): a customer's contract tariff rows.

``customer,mode,origin,destination,equipment,basis,currency,rate,min_charge,max_charge,
breaks,kg_per_cbm,valid_from,valid_to,surcharges`` — columns mean what they mean in a rate
sheet; ``surcharges`` is ``included`` (all-in) or ``extra``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from booking_app.core import sheet_rows as sr
from booking_app.core.rates import Rate, parse_breaks
from booking_app.core.sheet_numbers import kg_per_cbm, optional_amount
from booking_app.core.tariffs import TARIFF_SURCHARGES, SellTariff

SELL_RATE_COLUMNS = (
    "customer", "mode", "origin", "destination", "equipment", "basis", "currency", "rate",
    "min_charge", "max_charge", "breaks", "kg_per_cbm", "valid_from", "valid_to", "surcharges",
)  # fmt: skip
SELL_RATE_REQUIRED = (
    "customer", "mode", "origin", "destination", "basis", "currency", "rate", "valid_from",
    "valid_to", "surcharges",
)  # fmt: skip


def _surcharges(text: str) -> str:
    value = text.lower()
    if value not in TARIFF_SURCHARGES:
        raise sr.CellError("surcharges", f"{text!r} must be included or extra")
    return value


SELL_RATE_FIELDS: tuple[sr.Field, ...] = (
    (("customer",), ("customer",), sr._text("customer")),
    (("equipment", "mode", "basis"), ("equipment",), sr._kind),
    (("mode",), ("mode",), sr._same),
    (("basis",), ("basis",), sr._same),
    (("origin",), ("origin",), lambda v: sr._code(v, "origin")),
    (("destination",), ("destination",), lambda v: sr._code(v, "destination")),
    (("currency",), ("currency",), lambda v: sr._currency(v, "currency")),
    (("rate",), ("rate",), sr._rate_amount),
    (("min_charge",), ("min_charge",), lambda v: optional_amount(v, "min_charge")),
    (("max_charge",), ("max_charge",), lambda v: optional_amount(v, "max_charge")),
    (("breaks", "basis"), ("breaks",), sr._breaks),
    (("kg_per_cbm",), ("kg_per_cbm",), kg_per_cbm),
    (("valid_from", "valid_to"), ("valid_from", "valid_to"), sr._validity_pair),
    (("surcharges",), ("surcharges",), _surcharges),
)


def tariff_of_row(row: tuple[Any, ...]) -> SellTariff:
    """A validated row (SELL_RATE_COLUMNS order, text cells) as a SellTariff."""
    cells = dict(zip(SELL_RATE_COLUMNS, row, strict=True))

    def dec(key: str) -> Decimal | None:
        value = cells[key]
        return None if value in (None, "") else Decimal(value)

    rate = Rate(
        id=None, mode=cells["mode"], origin=cells["origin"], destination=cells["destination"],
        carrier="", service="", equipment=cells["equipment"], basis=cells["basis"],
        currency=cells["currency"], rate=Decimal(cells["rate"]), min_charge=dec("min_charge"),
        breaks=parse_breaks(cells["breaks"]), kg_per_cbm=dec("kg_per_cbm"),
        valid_from=date.fromisoformat(cells["valid_from"]),
        valid_to=date.fromisoformat(cells["valid_to"]), transit_days=0,
        max_charge=dec("max_charge"),
    )  # fmt: skip
    return SellTariff(cells["customer"], rate, cells["surcharges"])


sr.SHEET_KINDS["sell-rates"] = (SELL_RATE_COLUMNS, SELL_RATE_REQUIRED, SELL_RATE_FIELDS)
