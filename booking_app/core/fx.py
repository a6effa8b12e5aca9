"""Conversion of rounded line amounts into the quote currency at the quote date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, localcontext

from booking_app.core.errors import FxMissingError
from booking_app.core.money import WORKING_PRECISION, round_money
from booking_app.core.rates import FxRate, fx_on


class Converter:
    """Converts rounded line amounts to the quote currency at the quote date's FX rows.

    Remembers every rate it used, so the quote can store them (§6 freezing).
    """

    def __init__(self, rows: list[FxRate], quote_date: date, currency: str) -> None:
        self.quote_date = quote_date
        self.currency = currency
        self._rows = rows
        self._cache: dict[str, Decimal] = {}
        self.units_per_usd(currency)

    def units_per_usd(self, currency: str) -> Decimal:
        """The rate of ``currency`` on the quote date; raises FxMissingError if none."""
        cached = self._cache.get(currency)
        if cached is not None:
            return cached
        row = fx_on(self._rows, currency, self.quote_date)
        if row is None:
            raise FxMissingError(
                f"no exchange rate for {currency} valid on {self.quote_date.isoformat()}",
                params={"currency": currency, "day": self.quote_date},
            )
        self._cache[currency] = row.units_per_usd
        return row.units_per_usd

    def to_quote(self, amount: Decimal, currency: str) -> Decimal:
        """Convert a rounded line amount and round it in the quote currency."""
        if currency == self.currency:
            return round_money(amount, currency)
        with localcontext() as ctx:
            ctx.prec = WORKING_PRECISION
            converted = amount / self.units_per_usd(currency) * self.units_per_usd(self.currency)
            return round_money(converted, self.currency)

    def used(self) -> dict[str, Decimal]:
        """The FX rates used so far, by currency (quote currency included)."""
        return dict(sorted(self._cache.items()))
