"""The command line on a first day: sample bookings, a warning for a ship date gone by."""

from __future__ import annotations

import json
from pathlib import Path

from booking_app.resources import demo_dir
from tests.cli.safety_helpers import cli
from tests.conftest import TEST_TODAY


def _demo(tmp_path: Path, *flags: str) -> Path:
    db = tmp_path / "desk.sqlite3"
    result = cli(db, "init", *flags)
    assert result.returncode == 0, result.stderr
    return db


def _request(ship_date: str) -> str:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    raw.update({"quote_date": TEST_TODAY.isoformat(), "ship_date": ship_date})
    return json.dumps(raw)


def test_book_with_a_past_ship_date_warns_on_stderr_only(tmp_path: Path) -> None:
    db = _demo(tmp_path, "--demo")
    today = cli(db, "book", "-", stdin=_request("2026-11-30"))
    assert today.returncode == 0 and today.stderr == ""
    yesterday = cli(db, "book", "-", stdin=_request("2026-11-29"))
    assert yesterday.returncode == 0, yesterday.stderr
    out = json.loads(yesterday.stdout)  # the specified output, unchanged
    assert list(out)[:3] == ["booking_no", "total", "currency"]
    assert yesterday.stderr.splitlines() == [
        f"warning: {out['booking_no']}: ship date 2026-11-29 is 1 day before today (2026-11-30)"
    ]


def test_confirming_a_past_quote_warns(tmp_path: Path) -> None:
    db = _demo(tmp_path, "--demo")
    quoted = cli(db, "book", "-", "--status", "quoted", stdin=_request("2025-11-30"))
    number = json.loads(quoted.stdout)["booking_no"]
    assert "365 days before today" in quoted.stderr
    confirmed = cli(db, "status", number, "confirmed")
    assert confirmed.returncode == 0, confirmed.stderr
    assert confirmed.stderr.splitlines() == [
        f"warning: {number}: ship date 2025-11-30 is 365 days before today (2026-11-30)"
    ]


def test_init_demo_keeps_to_the_corridor_data_and_samples_add_bookings(tmp_path: Path) -> None:
    plain = _demo(tmp_path / "plain", "--demo")
    listed = cli(plain, "quotes")
    assert json.loads(listed.stdout) == []  # `init --demo`: rates etc., no bookings
    db = _demo(tmp_path / "samples", "--samples")
    numbers = ["BK-2026-000001", "BK-2026-000002", "BK-2026-000003"]
    history = [json.loads(cli(db, "history", n).stdout) for n in numbers]
    assert all(h and h[0]["clerk"] == "Sample" for h in history)
    day = tmp_path / "day.csv"
    exported = cli(db, "export", "--date", "2026-11-30", "--format", "csv", "--out", str(day))
    assert exported.returncode == 0, exported.stderr
    text = day.read_text(encoding="utf-8-sig")
    for number in numbers:
        assert number in text
    assert text.count("(sample)") >= 3  # the parties say it is a sample
    assert "Rail FCL, Sea FCL" in text and "rail_fcl" not in text  # the screen's words
