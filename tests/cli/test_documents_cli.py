"""``confirmation``, ``quotation`` and ``export`` through subprocess, as scripts run them."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.documents.pdfcheck import not_embedded, pdf_text, squeeze
from tests.documents.samples import CHINESE, MULTIMODAL, THAI, VIETNAMESE, request


def run(
    db: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A demo database with a booking made on 2026-11-28 and one on 2026-11-27 (via the CLI).

    The day of a booking is the day its number was issued (selling.md §7): the one made
    on the 27th is quoted as of the 28th, the one made on the 28th as of the 27th.
    """
    folder = tmp_path_factory.mktemp("cli-docs")
    db = folder / "desk.sqlite3"
    assert run(db, "init", "--demo").returncode == 0
    booked = {}
    for key, made, quote_date, customer in (
        ("other", "2026-11-27T16:00:00", "2026-11-28", "Other Day Co."),
        ("today", "2026-11-28T09:00:00", "2026-11-27", MULTIMODAL["customer"]),
    ):
        path = folder / f"{key}.json"
        raw = request(MULTIMODAL, quote_date=quote_date, customer=customer)
        path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        result = run(db, "book", str(path), env={**os.environ, "BOOKING_APP_NOW": made})
        assert result.returncode == 0, result.stderr
        booked[key] = json.loads(result.stdout)
    quote = run(db, "quote", str(folder / "today.json"))
    return db, {**booked, "quote": json.loads(quote.stdout)}


@pytest.mark.parametrize("command", ["confirmation", "quotation"])
def test_pdf_commands(desk: tuple[Path, dict[str, Any]], tmp_path: Path, command: str) -> None:
    db, saved = desk
    out = tmp_path / f"{command}.pdf"
    result = run(db, command, saved["today"]["booking_no"].lower(), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = pdf_text(out)
    assert saved["today"]["booking_no"] in text
    assert saved["today"]["total"] == saved["quote"]["total"]
    assert f"Total USD {saved['today']['total']}" in " ".join(text.split())
    for name in (THAI, CHINESE, VIETNAMESE):
        assert squeeze(name) in squeeze(text)
    assert not_embedded(out) == []


def test_export_formats(desk: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    db, saved = desk
    number, other = saved["today"]["booking_no"], saved["other"]["booking_no"]
    for fmt in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"day.{fmt}"
        result = run(db, "export", "--date", "2026-11-28", "--format", fmt, "--out", str(out))
        assert result.returncode == 0, result.stderr
    with (tmp_path / "day.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[0] for r in rows[1:]] == [number]
    assert rows[1][5:8] == [THAI, CHINESE, VIETNAMESE]
    sheet = openpyxl.load_workbook(tmp_path / "day.xlsx")["Bookings"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [number]
    text = pdf_text(tmp_path / "day.pdf")
    assert number in text and other not in text


def test_database_from_environment(desk: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    db, saved = desk
    env = {**os.environ, "BOOKING_APP_DB": str(db)}
    out = tmp_path / "c.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "booking_app", "confirmation", saved["other"]["booking_no"],
         "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Other Day Co." in pdf_text(out)


def test_user_errors_exit_2_with_one_line(
    desk: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    db, saved = desk
    out = str(tmp_path / "x.pdf")
    assert_user_error(run(db, "confirmation", "BK-2026-999999", "--out", out), "BK-2026-999999")
    assert_user_error(run(db, "quotation", "nonsense", "--out", out), "NONSENSE")
    assert_user_error(
        run(db, "export", "--date", "2026-13-01", "--format", "csv", "--out", out), "2026-13-01"
    )
    assert_user_error(
        run(db, "export", "--date", "28.11.2026", "--format", "csv", "--out", out), "--date"
    )
    assert_user_error(
        run(db, "export", "--date", "2026-11-28", "--format", "ods", "--out", out), "ods"
    )
    assert_user_error(run(db, "export", "--date", "2026-11-28", "--format", "csv"), "--out")
    missing = str(tmp_path / "no-such-folder" / "x.csv")
    assert_user_error(
        run(db, "export", "--date", "2026-11-28", "--format", "csv", "--out", missing),
        "cannot write",
    )
    number = saved["today"]["booking_no"]
    assert_user_error(run(db, "confirmation", number, "--out", missing), "cannot write")
    assert not Path(out).exists()
