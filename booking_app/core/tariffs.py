"""Contract sell tariffs (quotes-and-tariffs.md §2): prices agreed with one customer.

A tariff row reads like a rate row without a carrier. For a leg of that customer with
rows valid on the leg's ETD that cover the cargo, the carrier is still chosen by cost;
the FRT lines' price side becomes the tariff, priced on the cargo exactly as a rate row
would be (basis, breaks, minimum, cap) in the tariff's currency, and surcharges sell at 0
(``included``) or by the leg's price factor (``extra``).
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from booking_app.core.cargo import Cargo
from booking_app.core.freight import MODE_WORDS, freight_of
from booking_app.core.fx import Converter
from booking_app.core.money import round_money
from booking_app.core.quote import ChargeLine
from booking_app.core.rates import Rate

TARIFF_SURCHARGES = ("included", "extra")


class SellTariff(NamedTuple):
    """One row of a customer's contract tariff; ``rate`` holds the lane and the price."""

    customer: str
    rate: Rate
    surcharges: str = "extra"

    def applies(self, mode: str, origin: str, destination: str, day: date) -> bool:
        """The row is for this lane and valid on ``day`` (inclusive)."""
        r = self.rate
        return (r.mode, r.origin, r.destination) == (mode, origin, destination) and (
            r.is_valid_on(day)
        )


class TariffPlan(NamedTuple):
    """The tariff rows that price a leg, and what becomes of its surcharges."""

    rows: tuple[SellTariff, ...]

    @property
    def included(self) -> bool:
        """True when the tariff is all-in (surcharges sell at 0)."""
        return any(t.surcharges == "included" for t in self.rows)

    def price_freight(
        self, freight: Sequence[ChargeLine], rates: Sequence[Rate], cargo: Cargo, conv: Converter
    ) -> list[ChargeLine]:
        """The FRT lines with their price side from the tariff (paired by equipment).

        A cost line without a tariff row of its equipment sells at 0 (the tariff row of
        another equipment holds its price); a tariff row without a cost line of its
        equipment becomes a line of its own with no cost.
        """
        left = list(self.rows)
        out: list[ChargeLine] = []
        for line, rate in zip(freight, rates, strict=True):
            row = next((t for t in left if t.rate.equipment == rate.equipment), None)
            if row is None and len(left) == 1 and len(freight) == 1:
                row = left[0]
            if row is None:
                out.append(_sold_at(line, Decimal(0), Decimal(0), Decimal(0), line.currency, conv))
                continue
            left.remove(row)
            out.append(_tariff_side(line, row.rate, cargo, conv))
        for row in left:
            words = MODE_WORDS.get(row.rate.mode, "Freight")
            empty = ChargeLine(
                code="FRT", description=f"{words} {row.rate.equipment}".strip(),
                basis=row.rate.basis, quantity=Decimal(0), unit_price=Decimal(0),
                currency=row.rate.currency, amount=Decimal(0), cost_quote=Decimal(0),
                sell_quantity=Decimal(0), sell_unit_price=Decimal(0), sell_amount=Decimal(0),
                amount_quote=Decimal(0),
            )  # fmt: skip
            out.append(_tariff_side(empty, row.rate, cargo, conv))
        return out


def _sold_at(
    line: ChargeLine,
    quantity: Decimal,
    unit: Decimal,
    amount: Decimal,
    currency: str,
    conv: Converter,
) -> ChargeLine:
    return line._replace(
        sell_quantity=quantity, sell_unit_price=unit, sell_amount=amount,
        amount_quote=conv.to_quote(amount, currency), tariff=True,
        sell_currency="" if currency == line.currency else currency,
    )  # fmt: skip


def _tariff_side(line: ChargeLine, tariff: Rate, cargo: Cargo, conv: Converter) -> ChargeLine:
    priced = freight_of(tariff, cargo)
    amount = round_money(priced.exact, tariff.currency)
    return _sold_at(line, priced.quantity, priced.unit_price, amount, tariff.currency, conv)


def included_line(line: ChargeLine) -> ChargeLine:
    """A surcharge line of an all-in tariff: its cost as it is, sold at 0."""
    return line._replace(
        sell_unit_price=Decimal(0), sell_amount=Decimal(0), amount_quote=Decimal(0),
        included=True,
    )  # fmt: skip
