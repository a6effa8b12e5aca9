"""Request limits (data-safety.md §5): each refused with the field named, each boundary kept."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal as D
from typing import Any

import pytest

from booking_app.core import limits
from booking_app.core.errors import ValidationError
from booking_app.core.request import parse_date, parse_quote_request

TODAY = date(2026, 11, 30)


def base() -> dict[str, Any]:
    return {
        "quote_date": "2026-11-28",
        "customer": "Example Co.",
        "cargo": {
            "pieces": [
                {"count": 2, "length_cm": 100, "width_cm": 80, "height_cm": 90, "weight_kg": 150}
            ],
            "description": "parts",
        },
        "legs": [{"mode": "air", "origin": "CNNNX", "destination": "VNTSX"}],
    }


def with_(path: str, value: Any) -> dict[str, Any]:
    """The base request with one field (a dotted path, list items by index) set."""
    raw = base()
    node: Any = raw
    *parents, last = path.split(".")
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[int(last) if last.isdigit() else last] = value
    return raw


def short_id(value: object) -> str:
    """A test id that stays short (and never str() of a 5,000-digit int)."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"int-of-{len(format(value.bit_length()))}-digit-bits"
    text = ascii(value) if isinstance(value, str) else repr(value)
    return text[:30]


def parse(raw: object) -> Any:
    return parse_quote_request(raw, TODAY)


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("cargo.pieces.0.count", 10_001, "cargo.pieces line 1 count"),
        ("cargo.pieces.0.count", 10**5000, "cargo.pieces[1].count is far too large"),
        ("cargo.pieces.0.count", "1e30", "cargo.pieces line 1 count"),
        ("cargo.pieces.0.weight_kg", "10000000.000001", "cargo.pieces line 1 weight_kg"),
        ("cargo.pieces.0.weight_kg", 1e308, "cargo.pieces line 1 weight_kg"),
        ("cargo.pieces.0.weight_kg", "0.0000001", "cargo.pieces line 1 weight_kg"),
        ("cargo.pieces.0.weight_kg", "1e-999999999", "cargo.pieces line 1 weight_kg"),
        ("cargo.pieces.0.length_cm", 10_000.5, "cargo.pieces line 1 length_cm"),
        ("cargo.pieces.0.width_cm", "9" * 5000, "cargo.pieces line 1 width_cm"),
        ("cargo.pieces.0.height_cm", float("inf"), "cargo.pieces line 1 height_cm"),
        ("cargo.weight_kg", 10_000_001, "cargo.weight_kg"),
        ("cargo.volume_cbm", "100000.01", "cargo.volume_cbm"),
        ("markup_percent", "1000.000001", "markup_percent"),
        ("markup_percent", "1e30", "markup_percent"),
        ("markup_percent", 10**5000, "markup_percent"),
        ("margin_percent", 100, "margin_percent"),
        ("margin_percent", "1e308", "margin_percent"),
        ("quote_date", "1999-12-31", "quote_date"),
        ("quote_date", "2101-01-01", "quote_date"),
        ("quote_date", "2026-W01-1", "quote_date"),
        ("ship_date", "9999-12-31", "ship_date"),
        ("customer", "Bad \ud800 Co.", "customer"),
        ("cargo.description", "\udfff", "cargo.description"),
        ("legs.0.carrier", "x\ud83d", "legs[1].carrier"),
    ],
    ids=short_id,
)
def test_a_value_past_a_limit_is_refused_naming_the_field(
    path: str, value: Any, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        parse(with_(path, value))
    assert str(info.value).startswith(field), str(info.value)
    assert len(str(info.value)) < 200  # one plain line, even for 5,000 digits


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("cargo.pieces.0.count", 10_000),
        ("cargo.pieces.0.weight_kg", "1000.000001"),
        ("cargo.pieces.0.length_cm", 10_000),
        ("cargo.pieces.0.width_cm", "10000.000000"),
        ("cargo.weight_kg", 10_000_000),
        ("cargo.volume_cbm", 100_000),
        ("markup_percent", 1000),
        ("margin_percent", "99.999999"),
        ("quote_date", "2000-01-01"),
        ("ship_date", "2100-12-31"),
        ("customer", "Vientiane ວຽງຈັນ 🚢"),
    ],
    ids=short_id,
)
def test_a_value_at_a_limit_is_accepted(path: str, value: Any) -> None:
    parse(with_(path, value))


def test_leg_and_line_counts() -> None:
    leg = {"mode": "air", "origin": "CNNNX", "destination": "VNTSX"}
    parse(with_("legs", [leg] * 20))
    with pytest.raises(ValidationError, match="^legs has 21 legs; at most 20"):
        parse(with_("legs", [leg] * 21))
    piece = {"count": 1, "weight_kg": 1}
    parse(with_("cargo.pieces", [piece] * 1000))
    with pytest.raises(ValidationError, match="^cargo.pieces has 1,001 lines"):
        parse(with_("cargo.pieces", [piece] * 1001))
    raw = with_("cargo.containers", [{"type": "40HC", "count": 1}] * 1001)
    with pytest.raises(ValidationError, match="^cargo.containers has 1,001 lines"):
        parse(raw)


def nested(depth: int) -> Any:
    """A value whose containers nest ``depth`` levels (a list inside a list …)."""
    value: Any = "leaf"
    for _ in range(depth):
        value = [value]
    return value


def test_nesting_deeper_than_20_levels_is_refused() -> None:
    parse(with_("notes_extra", nested(19)))  # the request object itself is level 1
    with pytest.raises(ValidationError, match="nested deeper than 20 levels"):
        parse(with_("notes_extra", nested(20)))
    with pytest.raises(ValidationError, match="nested deeper than 20 levels"):
        parse(with_("notes_extra", nested(100_000)))  # no RecursionError


def test_loads_request_size_depth_and_numbers() -> None:
    ok = json.dumps(base())
    assert limits.loads_request(ok.encode(), "r.json") == base()
    with pytest.raises(ValidationError, match="^r.json is larger than 10 MB"):
        limits.loads_request(b" " * (limits.MAX_JSON_BYTES + 1), "r.json")
    padded = ok + " " * (limits.MAX_JSON_BYTES - len(ok))
    assert limits.loads_request(padded.encode(), "r.json") == base()  # exactly 10 MB
    with pytest.raises(ValidationError, match="nested deeper than 20 levels"):
        limits.loads_request(b"[" * 200_000 + b"]" * 200_000, "r.json")
    with pytest.raises(ValidationError, match="^r.json line 1: is not UTF-8"):
        limits.loads_request(b'{"a": "\xff"}', "r.json")
    with pytest.raises(ValidationError, match="^r.json line 2: not valid JSON"):
        limits.loads_request(b"{\n,}", "r.json")
    with pytest.raises(ValidationError, match="customer is not valid Unicode"):
        limits.loads_request(b'{"customer": "\\ud800"}', "r.json")
    digits = limits.loads_request(b'{"n": ' + b"9" * 5000 + b"}", "r.json")
    assert digits["n"] == D("9" * 5000)  # beyond int's 4,300-digit limit, still a number
    raw = copy.deepcopy(base())
    raw["markup_percent"] = digits["n"]
    with pytest.raises(ValidationError, match="^markup_percent"):
        parse(raw)


def test_dates_exactly_yyyy_mm_dd_in_2000_to_2100() -> None:
    assert parse_date("2000-01-01", "d") == date(2000, 1, 1)
    assert parse_date("2100-12-31", "d") == date(2100, 12, 31)
    for bad in ("1999-12-31", "2101-01-01", "2026-W01-1", "20260101", "2026-1-01", "２０２６-01-01"):
        with pytest.raises(ValidationError, match="^d "):
            parse_date(bad, "d")
    assert limits.iso_date("2026-02-29") is None
    assert "outside the years 2000–2100" in limits.date_problem("1999-01-01")


def test_bounded_and_decimals() -> None:
    assert limits.decimals(D("1.500000000")) == 1
    assert limits.decimals(D("1E+3")) == 0
    assert limits.bounded(D("-0"), "x") == 0
    assert str(limits.bounded(D("-0"), "x")) == "0"
    with pytest.raises(limits.LimitError) as info:
        limits.bounded(D("1e308"), "rate")
    assert info.value.field == "rate"
    assert "is outside [0, 1,000,000,000]" in info.value.message
    assert len(str(info.value)) < 80
