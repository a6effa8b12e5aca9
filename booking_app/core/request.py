"""Reading a quote request (the JSON object of cli-and-files.md) into a QuoteRequest."""

from __future__ import annotations

from datetime import date
from typing import Any

from booking_app.core.cargo import cargo_from_dict
from booking_app.core.errors import ValidationError
from booking_app.core.limits import (
    check_legs,
    check_price_rule,
    check_request_object,
    date_problem,
    iso_date,
)
from booking_app.core.money import parse_currency, to_decimal
from booking_app.core.quote import LegRequest, Parties, QuoteRequest
from booking_app.core.rates import LOCODE_RE, MODES
from booking_app.core.request_extras import parse_approval, parse_extra_charges, parse_spot
from booking_app.core.selling import PriceRule

BOOKING_FIELDS = ("customer", "shipper", "consignee", "incoterm")


def parse_date(value: object, what: str) -> date:
    """An ISO ``YYYY-MM-DD`` date (years 2000–2100), or a clear error naming the field."""
    if isinstance(value, str):
        day = iso_date(value)
        if day is not None:
            return day
        raise ValidationError(
            f"{what} {date_problem(value)}", code="bad_date", params={"value": value}, field=what
        )
    raise ValidationError(
        f"{what} {value!r} is not a date (YYYY-MM-DD)",
        code="bad_date", params={"value": str(value)}, field=what,
    )  # fmt: skip


def parse_locode(
    value: object, what: str, leg: int | None = None, field: str | None = None
) -> str:
    """A UN/LOCODE: five letters/digits, upper case (lower case is accepted and raised).

    ``leg`` and ``field`` say where the code was typed (they go into the error)."""
    code = str(value or "").strip().upper()
    if not LOCODE_RE.match(code):
        raise ValidationError(
            f"{what} {value!r} is not a UN/LOCODE (five letters/digits)",
            code="missing_location" if not code else "bad_locode",
            params={"value": code}, leg=leg, field=field or what,
        )  # fmt: skip
    return code


def parse_leg(raw: object, index: int) -> LegRequest:
    """One element of ``legs``."""
    if not isinstance(raw, dict):
        raise ValidationError(f"leg {index} must be an object", code="bad_leg", leg=index)
    mode = str(raw.get("mode") or "").strip()
    if mode not in MODES:
        raise ValidationError(
            f"leg {index}: mode {mode!r} is not one of {', '.join(MODES)}",
            code="missing_mode" if not mode else "bad_mode",
            params={"value": mode, "modes": MODES}, leg=index, field="mode",
        )  # fmt: skip
    carrier = raw.get("carrier")
    origin = parse_locode(raw.get("origin"), f"leg {index} origin", index, "origin")
    destination = parse_locode(
        raw.get("destination"), f"leg {index} destination", index, "destination"
    )
    key = "extra_charges"
    try:
        extra_charges = parse_extra_charges(raw.get(key), index)
        key = "spot"
        spot = parse_spot(raw.get(key), index, mode, origin, destination)
    except ValidationError as exc:
        raise exc.at_leg(index, key) from None
    return LegRequest(
        mode=mode,
        origin=origin,
        destination=destination,
        carrier=str(carrier).strip() if carrier else None,
        extra_charges=extra_charges,
        spot=spot,
    )


def parse_price(raw: dict[str, Any]) -> PriceRule | None:
    """The request's own ``markup_percent`` or ``margin_percent`` (not both), or None."""
    markup, margin = raw.get("markup_percent"), raw.get("margin_percent")
    if markup is not None and margin is not None:
        raise ValidationError(
            "give markup_percent or margin_percent, not both",
            code="markup_and_margin", field="markup_percent",
        )
    if margin is not None:
        return PriceRule("margin", check_price_rule("margin", to_decimal(margin, "margin_percent")))
    if markup is not None:
        return PriceRule("markup", check_price_rule("markup", to_decimal(markup, "markup_percent")))
    return None


def parse_common(raw: dict[str, Any], today: date, default_currency: str = "USD") -> dict[str, Any]:
    """Fields shared by quote and route requests: dates, currency, price rule, cargo, parties."""
    check_request_object(raw)
    quote_date = parse_date(raw["quote_date"], "quote_date") if raw.get("quote_date") else today
    ship_date = parse_date(raw["ship_date"], "ship_date") if raw.get("ship_date") else quote_date
    currency = parse_currency(raw.get("currency") or default_currency, "currency")
    price = parse_price(raw)
    cargo = cargo_from_dict(raw.get("cargo"))
    if not (cargo.is_unitised or cargo.gross_kg > 0 or cargo.volume_cbm > 0):
        raise ValidationError(
            "cargo is empty: give pieces, weight/volume, containers or trucks",
            code="cargo_empty", field="cargo",
        )
    parties = Parties(
        customer=str(raw.get("customer") or "").strip(),
        shipper=str(raw.get("shipper") or "").strip(),
        consignee=str(raw.get("consignee") or "").strip(),
        incoterm=str(raw.get("incoterm") or "").strip().upper(),
        notes=str(raw.get("notes") or "").strip(),
    )
    return {
        "quote_date": quote_date,
        "ship_date": ship_date,
        "currency": currency,
        "price": price,
        "cargo": cargo,
        "parties": parties,
    }


def parse_quote_request(raw: object, today: date, default_currency: str = "USD") -> QuoteRequest:
    """Validate a request object and build the QuoteRequest.

    Raises:
        ValidationError: a field is missing or malformed; the message names it.
    """
    if not isinstance(raw, dict):
        raise ValidationError("a quote request must be a JSON object", code="bad_request")
    common = parse_common(raw, today, default_currency)
    raw_legs = raw.get("legs")
    if not isinstance(raw_legs, list) or not raw_legs:
        raise ValidationError("legs must be a non-empty list", code="no_legs", field="legs")
    check_legs(raw_legs)
    legs = tuple(parse_leg(leg, i) for i, leg in enumerate(raw_legs, 1))
    return QuoteRequest(legs=legs, approval=parse_approval(raw.get("approval")), **common)


def parse_request_apart(
    raw: object, today: date, default_currency: str = "USD"
) -> tuple[QuoteRequest, list[LegRequest | ValidationError]]:
    """Read a request whose legs may be half typed: the request with its readable legs,
    and each leg in order as read or as the error that concerns it.

    Raises:
        ValidationError: a field outside the legs is missing or malformed.
    """
    if not isinstance(raw, dict):
        raise ValidationError("a quote request must be a JSON object", code="bad_request")
    common = parse_common(raw, today, default_currency)
    raw_legs = raw.get("legs")
    if not isinstance(raw_legs, list) or not raw_legs:
        raise ValidationError("legs must be a non-empty list", code="no_legs", field="legs")
    check_legs(raw_legs)
    legs: list[LegRequest | ValidationError] = []
    for i, raw_leg in enumerate(raw_legs, 1):
        try:
            legs.append(parse_leg(raw_leg, i))
        except ValidationError as exc:
            legs.append(exc if exc.leg == i else exc.at_leg(i))
    readable = tuple(leg for leg in legs if isinstance(leg, LegRequest))
    return QuoteRequest(legs=readable, approval=parse_approval(raw.get("approval")), **common), legs


def require_booking_fields(request: QuoteRequest) -> None:
    """A booking needs customer, shipper, consignee, incoterm and a cargo description."""
    parties = request.parties
    missing = [f for f in BOOKING_FIELDS if not getattr(parties, f)]
    if not request.cargo.description.strip():
        missing.append("cargo.description")
    if missing:
        raise ValidationError(
            "a booking needs " + ", ".join(missing),
            code="booking_needs", params={"fields": tuple(missing)}, field=missing[0],
        )  # fmt: skip
