"""Fuzzing quote, book and routes (data-safety.md §5, issue 8): random JSON and mutated
sample requests give a clean answer or a BookingDeskError, never another exception; what
books also exports. (tests/cli/test_fuzz_cli.py sends a few through the command line.)

Bounded in time and reproducible: hypothesis derandomized.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booking_app.core.errors import BookingDeskError
from booking_app.core.quote_json import quote_to_json
from booking_app.documents.printing import export_day
from booking_app.resources import demo_dir
from booking_app.services import quoting
from booking_app.services.routing import route_to_json, suggest_routes
from booking_app.store.uow import UnitOfWork

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SAMPLE: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([400, 5000]).map(lambda n: 10**n)  # hypothesis cannot repr such ints
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from([
        "1e308", "1e30", "-1e30", "NaN", "Infinity", "9" * 5000, "0.0000001", "-0", "\ud800",
        "2026-W01-1", "1999-12-31", "2101-01-01", "2026-11-30", "CNQZH", "VNHPH", "40HC",
        "sea_fcl", "USD", "", " ", "x" * 300, "ວຽງຈັນ", "=cmd|' /C calc'!A0",
    ])  # fmt: skip
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELDS = ("quote_date", "ship_date", "currency", "markup_percent", "margin_percent", "customer",
          "shipper", "consignee", "incoterm", "notes", "cargo", "legs")  # fmt: skip
PATHS = [
    ("cargo", "weight_kg"), ("cargo", "volume_cbm"), ("cargo", "containers"),
    ("cargo", "containers", 0, "count"), ("cargo", "containers", 0, "type"), ("cargo", "pieces"),
    ("cargo", "trucks"), ("cargo", "description"), ("legs", 0), ("legs", 0, "mode"),
    ("legs", 1, "origin"), ("legs", 2, "carrier"), *((f,) for f in FIELDS),
]  # fmt: skip


@st.composite
def mutated_sample(draw: st.DrawFn) -> dict[str, Any]:
    """The demo's sample request with one to three values replaced by anything JSON holds."""
    raw = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        node: Any = raw
        for key in path[:-1]:
            node = node[key] if isinstance(node, dict) or (
                isinstance(node, list) and isinstance(key, int) and key < len(node)
            ) else None
            if not isinstance(node, dict | list):
                break
        else:
            key = path[-1]
            if isinstance(node, dict) or (isinstance(key, int) and key < len(node)):
                node[key] = draw(JSON)
    return raw


def answered(fn: Any, *args: Any) -> Any:
    """The service's answer, or None for a BookingDeskError; anything else fails the test."""
    try:
        return fn(*args)
    except BookingDeskError as exc:
        assert str(exc).strip(), "an error says what is wrong"
        return None


@FUZZ
@given(raw=JSON)
def test_random_json_through_quote_book_and_routes(demo_uow: UnitOfWork, raw: Any) -> None:
    answered(lambda: [quote_to_json(q) for q in quoting.quote_many(demo_uow, [raw])])
    answered(quoting.book, demo_uow, [raw])
    answered(lambda: [route_to_json(o) for o in suggest_routes(demo_uow, raw)])


@FUZZ
@given(raw=mutated_sample())
def test_mutated_sample_requests(demo_uow: UnitOfWork, tmp_path: Path, raw: dict[str, Any]) -> None:
    quotes = answered(quoting.quote_many, demo_uow, [raw])
    if quotes is not None:
        json.dumps([quote_to_json(q) for q in quotes])  # what the CLI prints
    booked = answered(quoting.book, demo_uow, [raw])
    if booked:
        json.dumps(quoting.booking_summary(booked[0]))
        for fmt in ("csv", "xlsx"):
            export_day(demo_uow, booked[0].booking_date, fmt, tmp_path / f"day.{fmt}")
    routed = {**raw, "origin": "CNCKG", "destination": "VNHAN", "max_legs": 3}
    answered(lambda: [route_to_json(o) for o in suggest_routes(demo_uow, routed)])


def test_the_sample_request_books(demo_uow: UnitOfWork) -> None:
    """The baseline the mutations start from prices and books."""
    assert quoting.book(demo_uow, [copy.deepcopy(SAMPLE)])[0].quote.total > 0
