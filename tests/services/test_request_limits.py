"""A request at every limit saves, prints and exports (data-safety.md §5: never fails later)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from booking_app.core.errors import ValidationError
from booking_app.documents.printing import export_day, render_confirmation, render_quotation
from booking_app.resources import demo_dir
from booking_app.services import quoting
from booking_app.services.listing import bookings_of_day
from booking_app.store.uow import UnitOfWork


def sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    return data


def at_the_limits() -> dict[str, Any]:
    raw = sample()
    raw["markup_percent"] = "1000"
    raw["ship_date"] = "2026-12-01"
    raw["cargo"] = {
        "containers": [{"type": "40HC", "count": 10_000}, {"type": "20GP", "count": 10_000}],
        "weight_kg": "10000000",
        "volume_cbm": "100000",
        "description": "Machinery parts",
        "pieces": [
            {"count": 10_000, "length_cm": "10000", "width_cm": "100", "height_cm": "0.000001",
             "weight_kg": "1000"}
        ],
    }  # fmt: skip
    return raw


def test_a_booking_at_every_limit_prints_and_exports(demo_uow: UnitOfWork, tmp_path: Path) -> None:
    (booking,) = quoting.book(demo_uow, [at_the_limits()])
    assert booking.quote.total > 0
    for render, name in ((render_confirmation, "c.pdf"), (render_quotation, "q.pdf")):
        render(demo_uow, booking.booking_no, tmp_path / name)
        assert len(PdfReader(tmp_path / name).pages) >= 1
    day = booking.booking_date
    for fmt in ("csv", "xlsx", "pdf"):
        assert export_day(demo_uow, day, fmt, tmp_path / f"day.{fmt}") == 1
    assert booking.booking_no in (tmp_path / "day.csv").read_text("utf-8-sig")


def test_margin_just_below_100_percent_prices(demo_uow: UnitOfWork) -> None:
    raw = {**sample(), "margin_percent": "99.999999"}
    raw.pop("markup_percent")
    quote = quoting.quote(demo_uow, raw)
    base = quoting.quote(demo_uow, sample())
    assert quote.total > base.total * 999_999


@pytest.mark.parametrize(
    ("field", "value"),
    [("markup_percent", "1e30"), ("markup_percent", "1000.5"), ("quote_date", "2101-01-01")],
)
def test_routes_and_lists_are_refused_naming_the_field(
    demo_uow: UnitOfWork, field: str, value: str
) -> None:
    from booking_app.services.routing import suggest_routes

    raw = {"origin": "CNCKG", "destination": "VNHAN", "cargo": sample()["cargo"], field: value}
    with pytest.raises(ValidationError, match=f"^{field}"):
        suggest_routes(demo_uow, raw)
    with pytest.raises(ValidationError, match=f"^request 2: {field}"):
        quoting.quote_many(demo_uow, [sample(), {**sample(), field: value}])
    with pytest.raises(ValidationError, match=f"^request 2: {field}"):
        quoting.book(demo_uow, [sample(), {**sample(), field: value}])
    assert bookings_of_day(demo_uow, demo_uow.clock.today()) == []  # all or none
