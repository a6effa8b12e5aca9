"""The price side through the store and the services: validity of surcharges on their last
day, the settings' default rule (margin) used alike by every entry point, the floor and its
approval, drafts without a rate, frozen names."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from booking_app.core.errors import MarginApprovalError, PricingError
from booking_app.resources import demo_dir
from booking_app.services import desk, quoting
from booking_app.services.imports import import_sheet
from booking_app.services.settings import save_settings
from booking_app.store.uow import UnitOfWork

D = Decimal
RATES = (
    "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,breaks,"
    "kg_per_cbm,valid_from,valid_to,transit_days\n"
    "sea_fcl,CNQZH,VNSGN,Alpha Line,,40HC,per_container,USD,440,,,,2026-01-01,2026-12-31,7\n"
)
SURCHARGES = (
    "code,description,mode,origin,destination,carrier,equipment,basis,currency,amount,"
    "min_charge,valid_from,valid_to\n"
    "THC,Terminal handling,sea_fcl,,,,40HC,per_container,USD,120.5,,2026-01-01,2026-12-10\n"
)
FX = "currency,units_per_usd,valid_from\nCNY,7.10,2026-01-01\n"


def sample(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "quote_date": "2026-11-30", "ship_date": "2026-12-10", "currency": "USD",
        "customer": "Acme Trading", "shipper": "Shipper Co.", "consignee": "Consignee Co.",
        "incoterm": "FOB",
        "cargo": {"containers": [{"type": "40HC", "count": 2}], "description": "Parts"},
        "legs": [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN"}],
    }  # fmt: skip
    raw.update(changes)
    return raw


@pytest.fixture
def desk_uow(uow: UnitOfWork, tmp_path: Path) -> UnitOfWork:
    for kind, text in (("rates", RATES), ("surcharges", SURCHARGES), ("fx", FX)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        import_sheet(uow, kind, path)
    return uow


def test_a_surcharge_applies_on_its_last_valid_day_and_not_after(desk_uow: UnitOfWork) -> None:
    on_last_day = quoting.quote(desk_uow, sample())
    assert [line.code for line in on_last_day.legs[0].lines] == ["FRT", "THC"]
    day_after = quoting.quote(desk_uow, sample(ship_date="2026-12-11"))
    assert [line.code for line in day_after.legs[0].lines] == ["FRT"]


def test_the_default_margin_rule_is_used_by_the_service_and_the_cli(
    desk_uow: UnitOfWork, db_path: Path
) -> None:
    save_settings(desk_uow, {"default_price_rule": "margin", "default_markup_percent": "20"})
    q = quoting.quote(desk_uow, sample())
    # F = 1 / 0.8 = 1.25: 440 → 550.00; 120.5 → 150.625 → 150.63 (USD's 2 decimals, more
    # than the 1 written); 2 × (550.00 + 150.63) = 1,401.26
    assert q.legs[0].price.rule == "margin" and q.total == D("1401.26")
    assert q.cost_total == D("1121.00") and q.margin_percent == D("20.00")
    live = desk.live_quote(desk_uow, sample())
    assert live.quote is not None and live.quote["total"] == "1401.26"
    desk_uow.close()
    result = subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db_path), "quote", "-"],
        input=json.dumps(sample()), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert (printed["total"], printed["cost_total"], printed["margin_percent"]) == (
        "1401.26", "1121.00", "20.00",
    )  # fmt: skip
    assert "price_rule" not in printed and printed["legs"][0]["price_rule"] == "margin"


def test_confirming_below_the_floor_needs_an_approval(desk_uow: UnitOfWork) -> None:
    save_settings(desk_uow, {"min_margin_percent": "5"})
    low = sample(markup_percent="3")  # margin 3 / 103 = 2.91 %
    assert quoting.quote(desk_uow, low).below_min_margin
    with pytest.raises(MarginApprovalError) as refused:
        quoting.book(desk_uow, [low], "confirmed")
    assert str(refused.value) == (
        "margin 2.91 % is below the floor of 5.00 % for Acme Trading: needs approval"
    )
    assert desk_uow.bookings.numbers_on(desk_uow.clock.today()) == []
    quoted = quoting.book(desk_uow, [low], "quoted")[0]  # quoted may be below the floor
    approved = low | {"approval": {"by": "Chen (sales manager)", "reason": "new customer"}}
    booking = quoting.book(desk_uow, [approved], "confirmed")[0]
    saved = quoting.get_booking(desk_uow, booking.booking_no)
    assert saved.approval is not None and saved.approval.by == "Chen (sales manager)"
    entries = [e for e in desk_uow.audit.entries() if e["action"] == "approve_margin"]
    assert len(entries) == 1 and entries[0]["entity_key"] == booking.booking_no
    assert json.loads(entries[0]["detail"])["reason"] == "new customer"
    assert quoted.booking_no != booking.booking_no


def test_a_draft_waits_for_a_spot_rate_then_is_quoted(desk_uow: UnitOfWork) -> None:
    lane = {"mode": "sea_fcl", "origin": "CNQZH", "destination": "THLCH"}
    raw = sample(legs=[lane])
    with pytest.raises(PricingError):
        quoting.quote(desk_uow, raw)
    draft = desk.save_booking(desk_uow, raw, "draft")
    assert draft.quote is None
    opened = desk.open_booking(desk_uow, draft.booking_no)
    assert opened.quote is None and opened.request["legs"] == [lane]
    spot = {"carrier": "Phone Line", "basis": "per_container", "equipment": "40HC",
            "currency": "USD", "rate": "610", "transit_days": 5}  # fmt: skip
    raw["legs"] = [lane | {"spot": spot}]
    quoted = desk.save_booking(desk_uow, raw, "quoted", booking_no=draft.booking_no)
    # 2 × 610 spot, plus the table's THC of every sea_fcl lane: 2 × 120.50
    assert quoted.quote is not None and quoted.quote.cost_total == D("1461.00")
    again = desk.open_booking(desk_uow, draft.booking_no)
    assert again.request["legs"][0]["spot"][0]["rate"] == "610"
    assert again.quote is not None and again.quote["legs"][0]["lines"][0]["spot"] is True


def test_the_demo_sample_request_books_both_sides_and_reads_back(demo_uow: UnitOfWork) -> None:
    raw = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    raw["markup_percent"] = "7.5"
    booking = quoting.book(demo_uow, [raw])[0]
    again = quoting.get_booking(demo_uow, booking.booking_no)
    assert again.quote == booking.quote
    assert again.names.customer.name == raw["customer"]
    assert again.names.place("CNCKG") != ""
