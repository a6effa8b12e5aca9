"""Reading what a request may add to a leg and to a booking (selling.md §3–§4).

``extra_charges`` (a clerk's own lines), ``spot`` (a carrier's rate for this shipment
only) and ``approval`` (a confirmation below the margin floor).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from booking_app.core.errors import ValidationError
from booking_app.core.money import to_decimal
from booking_app.core.quote import Approval, ExtraCharge
from booking_app.core.rates import (
    CURRENCY_RE,
    RATE_BASES,
    SURCHARGE_BASES,
    UNIT_BASES,
    Break,
    Rate,
    parse_breaks,
)

EXTRA_BASES = tuple(b for b in SURCHARGE_BASES if b != "percent")
MAX_TRANSIT_DAYS = 365


def _text(raw: dict[str, Any], key: str, what: str, required: bool = True) -> str:
    value = raw.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(f"{what}: {key} is missing")
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{what}: {key} must be text")
    return value.strip()


def _currency(raw: dict[str, Any], what: str) -> str:
    code = _text(raw, "currency", what).upper()
    if not CURRENCY_RE.match(code):
        raise ValidationError(f"{what}: currency {code!r} is not a currency code")
    return code


def _amount(raw: dict[str, Any], key: str, what: str, required: bool = True) -> Decimal | None:
    value = raw.get(key)
    if value is None or value == "":
        if required:
            raise ValidationError(f"{what}: {key} is missing")
        return None
    number = to_decimal(value, f"{what}: {key}")
    if number < 0:
        raise ValidationError(f"{what}: {key} {value!r} must not be negative")
    return number


def _objects(value: object, what: str) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(item, dict) for item in items):
        raise ValidationError(f"{what} must be an object or a list of objects")
    return [item for item in items if isinstance(item, dict)]


def parse_extra_charges(value: object, leg: int) -> tuple[ExtraCharge, ...]:
    """``extra_charges`` of leg ``leg``: code, description, basis, quantity, unit price,
    currency and an optional sell unit price."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValidationError(f"leg {leg} extra_charges must be a list")
    charges = []
    for n, raw in enumerate(_objects(value, f"leg {leg} extra_charges"), 1):
        what = f"leg {leg} extra charge {n}"
        code = _text(raw, "code", what).upper()
        basis = _text(raw, "basis", what)
        if basis not in EXTRA_BASES:
            raise ValidationError(f"{what}: basis {basis!r} is not one of {', '.join(EXTRA_BASES)}")
        quantity = _amount(raw, "quantity", what)
        unit_price = _amount(raw, "unit_price", what)
        assert quantity is not None and unit_price is not None
        charges.append(
            ExtraCharge(
                code=code,
                description=_text(raw, "description", what, required=False) or code,
                basis=basis,
                quantity=quantity,
                unit_price=unit_price,
                currency=_currency(raw, what),
                sell_unit_price=_amount(raw, "sell_unit_price", what, required=False),
            )
        )
    return tuple(charges)


def _breaks(value: object, what: str) -> tuple[Break, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        try:
            return parse_breaks(value)
        except ValidationError as exc:
            raise ValidationError(f"{what}: breaks {exc}") from None
    raise ValidationError(f"{what}: breaks must be text such as \"45:22.00 100:18.00\"")


def _transit(raw: dict[str, Any], what: str) -> int:
    value = raw.get("transit_days")
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(f"{what}: transit_days must be a whole number of days")
    try:
        days = int(value)
    except ValueError:
        raise ValidationError(f"{what}: transit_days {value!r} is not a whole number") from None
    if not 0 <= days <= MAX_TRANSIT_DAYS:
        raise ValidationError(f"{what}: transit_days {days} must be from 0 to {MAX_TRANSIT_DAYS}")
    return days


def parse_spot(
    value: object, leg: int, mode: str, origin: str, destination: str
) -> tuple[Rate, ...]:
    """``spot`` of a leg: one rate object or a list (one per equipment type), as rate rows
    without an id, valid on every day."""
    if value is None:
        return ()
    rates = []
    for n, raw in enumerate(_objects(value, f"leg {leg} spot"), 1):
        what = f"leg {leg} spot" + (f" {n}" if isinstance(value, list) else "")
        basis = _text(raw, "basis", what)
        if basis not in RATE_BASES:
            raise ValidationError(f"{what}: basis {basis!r} is not one of {', '.join(RATE_BASES)}")
        equipment = _text(raw, "equipment", what, required=basis in UNIT_BASES).upper()
        rate = _amount(raw, "rate", what)
        kg_per_cbm = _amount(raw, "kg_per_cbm", what, required=False)
        if kg_per_cbm is not None and kg_per_cbm <= 0:
            raise ValidationError(f"{what}: kg_per_cbm must be above 0")
        assert rate is not None
        rates.append(
            Rate(
                id=None, mode=mode, origin=origin, destination=destination,
                carrier=_text(raw, "carrier", what), service=_text(raw, "service", what, False),
                equipment=equipment, basis=basis, currency=_currency(raw, what), rate=rate,
                min_charge=_amount(raw, "min_charge", what, required=False),
                breaks=_breaks(raw.get("breaks"), what), kg_per_cbm=kg_per_cbm,
                valid_from=date.min, valid_to=date.max, transit_days=_transit(raw, what),
                max_charge=_amount(raw, "max_charge", what, required=False),
            )
        )  # fmt: skip
    if len({r.carrier for r in rates}) > 1:
        raise ValidationError(f"leg {leg} spot: every spot rate of a leg is from one carrier")
    return tuple(rates)


def parse_approval(value: object) -> Approval | None:
    """``approval``: who approved a confirmation below the margin floor, and why."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValidationError("approval must be an object with by and reason")
    return Approval(by=_text(value, "by", "approval"), reason=_text(value, "reason", "approval"))


def _opt(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def extras_to_json(charges: tuple[ExtraCharge, ...]) -> list[dict[str, Any]]:
    """Extra charges as the request JSON writes them (the inverse of parsing them)."""
    out = []
    for c in charges:
        item: dict[str, Any] = {
            "code": c.code, "description": c.description, "basis": c.basis,
            "quantity": f"{c.quantity:f}", "unit_price": f"{c.unit_price:f}",
            "currency": c.currency,
        }  # fmt: skip
        if c.sell_unit_price is not None:
            item["sell_unit_price"] = f"{c.sell_unit_price:f}"
        out.append(item)
    return out


def spot_to_json(rates: tuple[Rate, ...]) -> list[dict[str, Any]]:
    """Spot rates as the request JSON writes them (the inverse of parsing them)."""
    out = []
    for r in rates:
        item: dict[str, Any] = {
            "carrier": r.carrier, "basis": r.basis, "currency": r.currency,
            "rate": f"{r.rate:f}", "transit_days": r.transit_days,
        }  # fmt: skip
        optional = {
            "service": r.service or None, "equipment": r.equipment or None,
            "min_charge": _opt(r.min_charge), "max_charge": _opt(r.max_charge),
            "kg_per_cbm": _opt(r.kg_per_cbm),
            "breaks": " ".join(f"{b.threshold:f}:{b.rate:f}" for b in r.breaks) or None,
        }  # fmt: skip
        item.update({k: v for k, v in optional.items() if v is not None})
        out.append(item)
    return out
