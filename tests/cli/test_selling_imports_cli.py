"""``booking-app import parties|pricing`` and the margin floor of ``book``, by subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from booking_app.store.uow import UnitOfWork

RATES = (
    "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,breaks,"
    "kg_per_cbm,valid_from,valid_to,transit_days\n"
    "sea_fcl,CNQZH,VNSGN,Sea Co,,40HC,per_container,USD,500,,,,2026-01-01,2026-12-31,7\n"
)
CUSTOMER = "Công ty TNHH Ví Dụ"


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    sheet = tmp_path / "rates.csv"
    sheet.write_text(RATES, "utf-8")
    assert run(path, "import", "rates", str(sheet)).returncode == 0
    return path


def sheet(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return str(path)


def request(**changes: Any) -> str:
    raw: dict[str, Any] = {
        "quote_date": "2026-11-30", "ship_date": "2026-12-01", "currency": "USD",
        "customer": CUSTOMER, "shipper": "S", "consignee": "C", "incoterm": "FOB",
        "cargo": {"containers": [{"type": "40HC", "count": 1}], "description": "Parts"},
        "legs": [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN"}],
    }  # fmt: skip
    raw.update(changes)
    return json.dumps(raw, ensure_ascii=False)


def test_import_pricing_prints_one_line_and_is_used_by_quote(db: Path, tmp_path: Path) -> None:
    text = f"customer,mode,rule,percent,min_margin_percent\n{CUSTOMER},,markup,10,\n{CUSTOMER},air,margin,20,5\n"
    result = run(db, "import", "pricing", sheet(tmp_path, "pricing.csv", text))
    assert (result.returncode, result.stdout, result.stderr) == (
        0, "2 pricing rows imported from pricing.csv\n", "",
    )  # fmt: skip
    quoted = run(db, "quote", "-", stdin=request())
    assert quoted.returncode == 0, quoted.stderr
    assert json.loads(quoted.stdout)["total"] == "550.00"  # the blank-mode row: markup 10


def test_a_bad_pricing_file_exits_2_naming_line_and_column(db: Path, tmp_path: Path) -> None:
    text = f"customer,mode,rule,percent\n{CUSTOMER},,markup,10\n{CUSTOMER},sea_fcl,margin,120\n"
    result = run(db, "import", "pricing", sheet(tmp_path, "pricing.csv", text))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "pricing.csv line 3: percent 120 must be below 100 for a margin\n"
    quoted = run(db, "quote", "-", stdin=request())
    assert json.loads(quoted.stdout)["total"] == "500.00"  # nothing was imported


def test_import_parties_adds_and_updates(db: Path, tmp_path: Path) -> None:
    first = f"name,address,phone\n{CUSTOMER},Quận 1,+84 28\n重庆示例机械有限公司,重庆市,\n"
    assert run(db, "import", "parties", sheet(tmp_path, "parties.csv", first)).stdout == (
        "2 parties rows imported from parties.csv\n"
    )
    second = f"name,address\n{CUSTOMER},Quận 3\n"
    assert run(db, "import", "parties", sheet(tmp_path, "more.csv", second)).returncode == 0
    uow = UnitOfWork.open(db)
    try:
        party = uow.parties.get_by_name(CUSTOMER)
        assert party is not None and (party["address"], party["phone"]) == ("Quận 3", "+84 28")
    finally:
        uow.close()
    bad = run(db, "import", "parties", sheet(tmp_path, "bad.csv", "name,email\nX,nope\n"))
    assert (bad.returncode, bad.stderr) == (2, "bad.csv line 2: email 'nope' is not an email address\n")


def test_book_confirmed_below_the_profile_floor_exits_2_unless_approved(
    db: Path, tmp_path: Path
) -> None:
    text = f"customer,mode,rule,percent,min_margin_percent\n{CUSTOMER},sea_fcl,markup,3,5\n"
    assert run(db, "import", "pricing", sheet(tmp_path, "p.csv", text)).returncode == 0
    refused = run(db, "book", "-", "--status", "confirmed", stdin=request())
    assert refused.returncode == 2 and refused.stdout == ""
    # 15 / 515 = 2.91 %
    assert refused.stderr == (
        f"margin 2.91 % is below the floor of 5.00 % for {CUSTOMER}: needs approval\n"
    )
    quoted = run(db, "book", "-", "--status", "quoted", stdin=request())
    assert quoted.returncode == 0 and json.loads(quoted.stdout)["below_min_margin"] is True
    approval = {"by": "Chen", "reason": "new lane"}
    saved = run(db, "book", "-", stdin=request(approval=approval))
    assert saved.returncode == 0, saved.stderr
    booking_no = json.loads(saved.stdout)["booking_no"]
    uow = UnitOfWork.open(db)
    try:
        entries = [e for e in uow.audit.entries() if e["action"] == "approve_margin"]
        assert [e["entity_key"] for e in entries] == [booking_no]
        assert uow.bookings.get(booking_no).approval is not None
    finally:
        uow.close()
