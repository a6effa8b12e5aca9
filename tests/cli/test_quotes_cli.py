"""``status``, ``quotes``, ``rates --expiring-within`` and ``report`` through subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_lifecycle import FX, RATES, SURCHARGES, sample


def run(db: Path, *args: str, now: str = "2026-11-30T09:00:00",
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "BOOKING_APP_NOW": now},
    )  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    for kind, text in (("rates", RATES), ("surcharges", SURCHARGES), ("fx", FX)):
        sheet = tmp_path / f"{kind}.csv"
        sheet.write_text(text, encoding="utf-8")
        assert run(path, "import", kind, str(sheet)).returncode == 0
    return path


def book(db: Path, raw: dict[str, Any], status: str = "quoted") -> str:
    result = run(db, "book", "-", "--status", status, stdin=json.dumps(raw))
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["booking_no"])


def test_status_quotes_and_expiry(db: Path) -> None:
    first, second = book(db, sample()), book(db, sample(customer="Other Co."))
    lost = run(db, "status", first, "lost")
    assert lost.returncode == 2 and lost.stdout == ""
    assert len(lost.stderr.splitlines()) == 1 and "needs a reason" in lost.stderr
    assert run(db, "status", first, "lost", "--reason", "price").returncode == 0
    listed = json.loads(run(db, "quotes", "--open").stdout)
    assert [q["booking_no"] for q in listed] == [second]
    assert listed[0]["valid_until"] == "2026-12-12" and listed[0]["days_left"] == 12
    later = json.loads(run(db, "quotes", now="2026-12-13T08:00:00").stdout)
    assert {q["booking_no"]: q["status"] for q in later} == {first: "lost", second: "expired"}
    bad = run(db, "status", second, "won")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_rates_expiring_and_report(db: Path) -> None:
    expiring = json.loads(run(db, "rates", "--expiring-within", "5").stdout)
    assert [(r["carrier"], r["valid_to"], r["days_left"]) for r in expiring] == [
        ("Rail Co", "2026-12-03", 3)
    ]
    number = book(db, sample(markup_percent="10"), "confirmed")
    report = json.loads(run(db, "report", "--from", "2026-11-01", "--to", "2026-11-30").stdout)
    assert report["total"]["won"] == 1 and report["total"]["margin"] == {"USD": "54.00"}
    assert report["by_customer"][0]["customer"] == "Acme Trading" and number
    wrong = run(db, "report", "--from", "2026-12-01", "--to", "2026-11-01")
    assert wrong.returncode == 2 and "after" in wrong.stderr
