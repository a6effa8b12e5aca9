"""Bad imports and hostile requests on the command line: exit 2, one plain line, no change."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from booking_app.resources import demo_dir


def run(
    db: Path, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one line of a refusal (exit 2, no traceback)."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr.strip()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert run(path, "init", "--demo").returncode == 0
    return path


def sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    return data


def test_import_twice_then_replace(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    rates = str(demo_dir() / "rates.csv")
    first = run(db, "import", "rates", rates)
    assert first.stdout == "210 rates rows: 210 new, 0 already present\n", first.stderr
    again = run(db, "import", "rates", rates)
    assert again.stdout == "210 rates rows: 0 new, 210 already present\n"
    replaced = run(db, "import", "rates", rates, "--replace")
    assert replaced.stdout == (
        "210 rates rows: 210 new, 0 already present; 210 stored rows replaced\n"
    )
    assert "--replace is only for rate sheets" in refused(
        run(db, "import", "fx", str(demo_dir() / "fx.csv"), "--replace")
    )


def test_a_week_date_or_a_huge_rate_is_refused_with_line_and_column(
    demo_db: Path, tmp_path: Path
) -> None:
    lines = (demo_dir() / "rates.csv").read_text("utf-8").splitlines()
    week = tmp_path / "week.csv"
    week.write_text("\n".join([lines[0], lines[1].replace("2025-01-01", "2026-W01-1")]), "utf-8")
    assert refused(run(demo_db, "import", "rates", str(week))) == (
        "week.csv line 2: valid_from '2026-W01-1' is not a date (YYYY-MM-DD)"
    )
    huge = tmp_path / "huge.csv"
    huge.write_text("\n".join([lines[0], lines[1], lines[2].replace("6800.00", "1e308")]), "utf-8")
    line = refused(run(demo_db, "import", "rates", str(huge)))
    assert line.startswith("huge.csv line 3: rate ")
    assert "1,000,000,000" in line
    before = json.loads(run(demo_db, "quote", "-", stdin=json.dumps(sample()).encode()).stdout)
    assert before["total"]  # still quotes as before: nothing was imported


def with_raw(key: str, raw: bytes) -> bytes:
    """The sample request with ``key`` set to the raw JSON text ``raw`` (the later key wins)."""
    return (json.dumps(sample())[:-1] + f', "{key}": ').encode() + raw + b"}"


@pytest.mark.parametrize(
    ("stdin", "start"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "- is nested deeper than 20 levels"),
        (b" " * (10 * 1024 * 1024 + 1), "- is larger than 10 MB"),
        (with_raw("customer", b'"\\ud800"'), "customer is not valid Unicode text"),
        (b"\xff\xfe{}", "- line 1: is not UTF-8 text"),
        (with_raw("cargo", b'{"weight_kg": ' + b"9" * 5000 + b"}"), "cargo.weight_kg "),
        (with_raw("markup_percent", b"1e30"), "markup_percent "),
        (with_raw("cargo", b'{"weight_kg": 1e999}'), "cargo.weight_kg inf is not a number"),
        (with_raw("quote_date", b'"2026-W01-1"'), "quote_date '2026-W01-1' is not a date"),
    ],
    ids=["deep", "11MB", "surrogate", "not-utf8", "5000-digits", "markup", "inf", "week-date"],
)
def test_hostile_requests_exit_2_with_one_line(demo_db: Path, stdin: bytes, start: str) -> None:
    assert refused(run(demo_db, "quote", "-", stdin=stdin)).startswith(start)


def test_book_refuses_markup_1e30_and_saves_nothing(demo_db: Path) -> None:
    request = {**sample(), "markup_percent": "1e30"}
    assert refused(run(demo_db, "book", "-", stdin=json.dumps(request).encode())).startswith(
        "markup_percent 1.000e+30 is outside"
    )
    export = run(demo_db, "export", "--date", "2026-11-30", "--format", "csv",
                 "--out", str(demo_db.parent / "day.csv"))  # fmt: skip
    assert export.returncode == 0, export.stderr
    assert (demo_db.parent / "day.csv").read_text("utf-8-sig").count("\n") <= 1  # header only
