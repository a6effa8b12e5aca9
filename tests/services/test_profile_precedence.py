"""Which markup or margin each leg gets, and which floor a quote has, end to end through
``quote`` and ``book`` on profiles imported into the database (selling.md §2, §3).

Route: rail_fcl CNCKG → CNQZH at USD 1,000 then sea_fcl CNQZH → VNSGN at USD 500, one
40HC; cost 1,500.00. Each figure below is worked out by hand.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from booking_app.core.errors import MarginApprovalError
from booking_app.core.selling import PriceRule
from booking_app.services import quoting
from booking_app.services.imports import import_sheet
from booking_app.services.settings import save_settings
from booking_app.store.uow import UnitOfWork

RATES = (
    "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,breaks,"
    "kg_per_cbm,valid_from,valid_to,transit_days\n"
    "rail_fcl,CNCKG,CNQZH,Rail Co,,40HC,per_container,USD,1000,,,,2026-01-01,2026-12-31,2\n"
    "sea_fcl,CNQZH,VNSGN,Sea Co,,40HC,per_container,USD,500,,,,2026-01-01,2026-12-31,7\n"
)
CUSTOMER = "广西示例贸易有限公司"


def sample(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "quote_date": "2026-11-30", "ship_date": "2026-12-01", "currency": "USD",
        "customer": CUSTOMER, "shipper": "Shipper Co.", "consignee": "Consignee Co.",
        "incoterm": "FOB",
        "cargo": {"containers": [{"type": "40HC", "count": 1}], "description": "Parts"},
        "legs": [
            {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
            {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN"},
        ],
    }  # fmt: skip
    raw.update(changes)
    return raw


@pytest.fixture
def desk_uow(uow: UnitOfWork, tmp_path: Path) -> UnitOfWork:
    path = tmp_path / "rates.csv"
    path.write_text(RATES, encoding="utf-8")
    import_sheet(uow, "rates", path)
    # the settings' default: margin 20 % (F = 1.25), floor 1 %
    save_settings(
        uow,
        {"default_price_rule": "margin", "default_markup_percent": "20", "min_margin_percent": "1"},
    )
    return uow


def profiles(uow: UnitOfWork, tmp_path: Path, *rows: str) -> None:
    path = tmp_path / "pricing.csv"
    path.write_text(
        "customer,mode,rule,percent,min_margin_percent\n" + "\n".join(rows) + "\n", "utf-8"
    )
    import_sheet(uow, "pricing", path)


def legs(raw: dict[str, Any], uow: UnitOfWork) -> list[tuple[PriceRule, D]]:
    q = quoting.quote(uow, raw)
    return [(leg.price, leg.subtotal) for leg in q.legs]


def test_without_profile_the_settings_rule_and_percentage(desk_uow: UnitOfWork) -> None:
    q = quoting.quote(desk_uow, sample())
    margin20 = PriceRule("margin", D(20))
    assert [(leg.price, leg.subtotal) for leg in q.legs] == [
        (margin20, D("1250.00")), (margin20, D("625.00")),
    ]  # fmt: skip
    assert (q.total, q.margin_percent, q.min_margin_percent) == (D("1875.00"), D("20.00"), D(1))


def test_each_leg_takes_its_mode_row_else_the_blank_row(
    desk_uow: UnitOfWork, tmp_path: Path
) -> None:
    profiles(desk_uow, tmp_path, f"{CUSTOMER},,markup,10,")
    markup10 = PriceRule("markup", D(10))
    assert legs(sample(), desk_uow) == [(markup10, D("1100.00")), (markup10, D("550.00"))]
    profiles(desk_uow, tmp_path, f"{CUSTOMER},sea_fcl,margin,50,")
    # rail has no row of its own: the blank row; sea its own row (F = 2)
    assert legs(sample(), desk_uow) == [
        (markup10, D("1100.00")), (PriceRule("margin", D(50)), D("1000.00")),
    ]  # fmt: skip
    # another customer's rows never apply
    assert legs(sample(customer="Someone Else"), desk_uow)[0] == (
        PriceRule("margin", D(20)), D("1250.00"),
    )  # fmt: skip


def test_the_request_markup_or_margin_wins_over_every_profile_row(
    desk_uow: UnitOfWork, tmp_path: Path
) -> None:
    profiles(desk_uow, tmp_path, f"{CUSTOMER},,markup,10,", f"{CUSTOMER},sea_fcl,margin,50,")
    markup5 = PriceRule("markup", D(5))
    assert legs(sample(markup_percent="5"), desk_uow) == [
        (markup5, D("1050.00")), (markup5, D("525.00")),
    ]  # fmt: skip
    q = quoting.quote(desk_uow, sample(margin_percent="0"))
    assert q.price == PriceRule("margin", D(0)) and q.total == D("1500.00")


def test_the_floor_from_the_first_legs_row_else_blank_row_else_settings(
    desk_uow: UnitOfWork, tmp_path: Path
) -> None:
    def floor() -> D:
        return quoting.quote(desk_uow, sample()).min_margin_percent

    assert floor() == D(1)  # settings
    profiles(desk_uow, tmp_path, f"{CUSTOMER},,markup,10,")
    assert floor() == D(1)  # the blank row sets no floor: still the settings'
    profiles(desk_uow, tmp_path, f"{CUSTOMER},,markup,10,8")
    assert floor() == D(8)  # the blank row's
    profiles(desk_uow, tmp_path, f"{CUSTOMER},sea_fcl,markup,10,30")
    assert floor() == D(8)  # a later leg's row does not set the floor
    profiles(desk_uow, tmp_path, f"{CUSTOMER},rail_fcl,markup,10,")
    assert floor() == D(8)  # the first leg's row has none: the blank row's
    profiles(desk_uow, tmp_path, f"{CUSTOMER},rail_fcl,markup,10,12")
    assert floor() == D(12)  # the first leg's row
    # with the sea leg first, its row (30) is the one used
    sea_only = sample(legs=[{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN"}])
    assert quoting.quote(desk_uow, sea_only).min_margin_percent == D(30)


def test_a_margin_equal_to_the_floor_is_not_below_it(desk_uow: UnitOfWork, tmp_path: Path) -> None:
    # margin 10 %: 1000 / 0.9 = 1,111.11, 500 / 0.9 = 555.56; 166.67 / 1,666.67 = 10.00 %
    profiles(desk_uow, tmp_path, f"{CUSTOMER},,margin,10,10")
    q = quoting.quote(desk_uow, sample())
    assert (q.total, q.margin_percent, q.below_min_margin) == (D("1666.67"), D("10.00"), False)
    profiles(desk_uow, tmp_path, f"{CUSTOMER},,margin,10,10.01")
    assert quoting.quote(desk_uow, sample()).below_min_margin


def test_confirming_below_the_customers_floor_needs_an_approval(
    desk_uow: UnitOfWork, tmp_path: Path
) -> None:
    # markup 10 %: margin 150 / 1,650 = 9.09 % < the customer's floor of 9.5 %
    profiles(desk_uow, tmp_path, f"{CUSTOMER},,markup,10,9.5")
    with pytest.raises(MarginApprovalError) as refused:
        quoting.book(desk_uow, [sample()], "confirmed")
    error = refused.value
    assert (error.margin_percent, error.floor, error.customer) == (D("9.09"), D("9.5"), CUSTOMER)
    assert desk_uow.bookings.numbers_on(desk_uow.clock.today()) == []
    approved = sample(approval={"by": "Chen", "reason": "first shipment"})
    booking = quoting.book(desk_uow, [approved], "confirmed")[0]
    assert booking.approval is not None and booking.approval.reason == "first shipment"
    (entry,) = [e for e in desk_uow.audit.entries() if e["action"] == "approve_margin"]
    assert json.loads(entry["detail"])["min_margin_percent"] == "9.5"


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_cli_uses_the_same_profiles_and_settings(
    desk_uow: UnitOfWork, tmp_path: Path, db_path: Path
) -> None:
    profiles(desk_uow, tmp_path, f"{CUSTOMER},sea_fcl,markup,10,")
    desk_uow.close()
    result = run(db_path, "quote", "-", stdin=json.dumps(sample()))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    # rail from the settings' margin 20 (1,250.00), sea from the profile's markup 10 (550.00)
    assert [(leg["price_rule"], leg["price_percent"], leg["subtotal"]) for leg in out["legs"]] == [
        ("margin", "20", "1250.00"), ("markup", "10", "550.00"),
    ]  # fmt: skip
    assert out["total"] == "1800.00" and "price_rule" not in out
