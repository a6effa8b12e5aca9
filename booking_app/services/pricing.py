"""Customers' pricing profiles for the desk: list, save and delete (selling.md §2, §3).

A row typed by hand is checked by exactly the rules of an imported one
(:func:`booking_app.core.party_rows.parse_pricing_row`).
"""

from __future__ import annotations

from decimal import Decimal

from booking_app.core.errors import NotFoundError, ValidationError
from booking_app.core.party_rows import PRICING_COLUMNS, parse_pricing_row
from booking_app.core.rates import MODES
from booking_app.core.selling import PRICE_RULES, PriceRule, PricingProfile
from booking_app.store.uow import UnitOfWork

__all__ = [
    "MODES", "PRICE_RULES", "PRICING_COLUMNS", "PricingProfile", "delete_profile",
    "list_profiles", "profile_cells", "save_profile",
]  # fmt: skip


def list_profiles(uow: UnitOfWork, customer: str) -> list[PricingProfile]:
    """The profile rows of the party called exactly ``customer``, the blank mode first."""
    return uow.pricing.of_customer(customer) if customer.strip() else []


def profile_cells(profile: PricingProfile) -> dict[str, str]:
    """A profile row as the text cells of a pricing sheet row."""
    floor = profile.min_margin_percent
    return {
        "customer": profile.customer,
        "mode": profile.mode,
        "rule": profile.price.rule,
        "percent": f"{profile.price.percent:f}",
        "min_margin_percent": "" if floor is None else f"{floor:f}",
    }


def _audit_value(profile: PricingProfile | None) -> dict[str, str | None] | None:
    """A pricing row as the audit log keeps it (its old or new value)."""
    if profile is None:
        return None
    floor = profile.min_margin_percent
    return {
        "mode": profile.mode,
        "rule": profile.price.rule,
        "percent": f"{profile.price.percent:f}",
        "min_margin_percent": None if floor is None else f"{floor:f}",
    }


def save_profile(
    uow: UnitOfWork, cells: dict[str, str], replacing: str | None = None, clerk: str = ""
) -> PricingProfile:
    """Add a customer's profile row, or change the one of mode ``replacing``.

    Args:
        cells: text by pricing-sheet column (``customer``, ``mode`` '' for every mode,
            ``rule``, ``percent``, ``min_margin_percent`` '' for none).
        replacing: the mode of the row being edited ('' = the blank-mode row), or None
            for a new row.

    Raises:
        CellError: a cell is bad (``.column`` names it); nothing was saved.
        ValidationError: the customer already has a row for that mode.
        NotFoundError: the row being edited is gone.
    """
    unknown = sorted(set(cells) - set(PRICING_COLUMNS))
    if unknown:
        raise ValidationError(f"unknown pricing field {', '.join(unknown)}")
    customer, mode, rule, percent, floor = parse_pricing_row(cells)
    profile = PricingProfile(
        customer, mode, PriceRule(rule, Decimal(percent)),
        None if floor is None else Decimal(floor),
    )  # fmt: skip
    with uow:
        modes = {p.mode for p in uow.pricing.of_customer(customer)}
        if replacing is not None and replacing not in modes:
            raise NotFoundError(
                f"{customer} has no pricing row for {replacing or 'every mode'}",
                code="pricing_row_gone",
                params={"customer": customer, "mode": replacing},
            )
        if mode in modes and mode != replacing:
            raise ValidationError(
                f"{customer} already has a pricing row for {mode or 'every mode'}",
                code="pricing_row_exists",
                params={"customer": customer, "mode": mode},
                field="mode",
            )
        before = next((p for p in uow.pricing.of_customer(customer) if p.mode == replacing), None)
        if replacing is not None and replacing != mode:
            uow.pricing.delete(customer, replacing)
        uow.pricing.put_many([profile])
        detail = f"{mode or '*'}: {rule} {percent}" + (f", floor {floor}" if floor else "")
        uow.audit.record("edit" if replacing is not None else "add", "pricing", customer, detail,
                         clerk, old=_audit_value(before), new=_audit_value(profile))  # fmt: skip
        uow.commit()
    return profile


def delete_profile(uow: UnitOfWork, customer: str, mode: str, clerk: str = "") -> None:
    """Remove the customer's row of ``mode`` ('' = the blank-mode row).

    Raises:
        NotFoundError: there is no such row.
    """
    with uow:
        if not any(p.mode == mode for p in uow.pricing.of_customer(customer)):
            raise NotFoundError(
                f"{customer} has no pricing row for {mode or 'every mode'}",
                code="pricing_row_gone",
                params={"customer": customer, "mode": mode},
            )
        before = next(p for p in uow.pricing.of_customer(customer) if p.mode == mode)
        uow.pricing.delete(customer, mode)
        uow.audit.record(
            "delete", "pricing", customer.strip(), mode or "*", clerk, old=_audit_value(before)
        )
        uow.commit()
