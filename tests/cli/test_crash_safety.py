"""SIGKILL at random points of ``book``, ``init --demo``, ``backup`` and ``export``.

Afterwards the database passes ``PRAGMA integrity_check``, holds all of the killed
command's work or none of it, and no booking number is used twice. Bounded in time:
a dozen runs per command (benchmarks may run more).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.cli.safety_helpers import cli as run
from tests.cli.safety_helpers import copy_demo, sample, scalar

RUNS = 12
DEMO_TABLES = ("rates", "surcharges", "fx_rates", "locations")


def kill_at(args: list[str], delay: float, stdin: str | None = None) -> None:
    """Start ``booking-app ARGS`` and SIGKILL it after ``delay`` seconds (if still running)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "booking_app", *args],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )  # fmt: skip
    if proc.stdin is not None:
        proc.stdin.write((stdin or "").encode())
        proc.stdin.close()
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def timed(args: list[str], stdin: str | None = None) -> float:
    """How long one complete run takes (the kill points are spread over it)."""
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "booking_app", *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return time.monotonic() - start


def intact(db: Path) -> None:
    assert scalar(db, "PRAGMA integrity_check") == "ok"


def numbers(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT booking_no FROM bookings WHERE revision = 1")]
    finally:
        conn.close()


def test_book_killed_anywhere_saves_all_or_nothing(demo_template: Path, tmp_path: Path) -> None:
    db = copy_demo(demo_template, tmp_path / "desk.sqlite3")
    batch = json.dumps([sample(), sample(customer="Second Co."), sample(customer="Third Co.")])
    args = ["--db", str(db), "book", "-"]
    span = timed(args, batch)
    rng = random.Random(8)
    for _ in range(RUNS):
        before = len(numbers(db))
        kill_at(args, rng.uniform(0.0, span * 1.1), batch)
        intact(db)
        saved = numbers(db)
        assert len(saved) in (before, before + 3)
        assert len(set(saved)) == len(saved)
    final = run(db, "book", "-", stdin=batch)
    assert final.returncode == 0, final.stderr
    new = [b["booking_no"] for b in json.loads(final.stdout)]
    assert not set(new) & set(numbers(db)[: -len(new)])
    assert max(numbers(db)[: -len(new)]) < min(new)  # no number is issued twice


def test_init_demo_killed_anywhere_loads_all_or_nothing(tmp_path: Path) -> None:
    reference = tmp_path / "reference.sqlite3"
    span = timed(["--db", str(reference), "init", "--demo"])
    full = {t: scalar(reference, f"SELECT count(*) FROM {t}") for t in DEMO_TABLES}
    rng = random.Random(9)
    for n in range(RUNS):
        db = tmp_path / f"killed-{n}.sqlite3"
        kill_at(["--db", str(db), "init", "--demo"], rng.uniform(0.0, span * 1.1))
        if not db.exists():
            continue
        intact(db)
        conn = sqlite3.connect(db)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        conn.close()
        if "rates" not in tables:
            continue  # killed before the schema was made
        counts = {t: scalar(db, f"SELECT count(*) FROM {t}") for t in DEMO_TABLES}
        assert counts in ({t: 0 for t in DEMO_TABLES}, full), counts
        if counts["rates"] == 0:  # nothing was loaded: a second try loads everything
            assert run(db, "init", "--demo").returncode == 0
            assert {t: scalar(db, f"SELECT count(*) FROM {t}") for t in DEMO_TABLES} == full


def test_backup_killed_anywhere_leaves_no_half_backup(demo_template: Path, tmp_path: Path) -> None:
    db = copy_demo(demo_template, tmp_path / "desk.sqlite3")
    assert run(db, "book", "-", stdin=json.dumps(sample())).returncode == 0
    expected = scalar(db, "SELECT count(*) FROM rates")
    span = timed(["--db", str(db), "backup", "--out", str(tmp_path / "ref.sqlite3")])
    rng = random.Random(10)
    for n in range(RUNS):
        out = tmp_path / f"backup-{n}.sqlite3"
        kill_at(["--db", str(db), "backup", "--out", str(out)], rng.uniform(0.0, span * 1.1))
        intact(db)
        if out.exists():  # the final name only ever holds a whole, checked copy
            intact(out)
            assert scalar(out, "SELECT count(*) FROM rates") == expected
            assert scalar(out, "SELECT count(*) FROM bookings") == 1


def test_export_killed_anywhere_leaves_no_half_file(demo_template: Path, tmp_path: Path) -> None:
    db = copy_demo(demo_template, tmp_path / "desk.sqlite3")
    batch = json.dumps([sample(customer=f"Customer {i}") for i in range(20)])
    assert run(db, "book", "-", stdin=batch).returncode == 0
    reference = tmp_path / "reference.csv"
    args = ["--db", str(db), "export", "--date", "2026-11-30", "--format", "csv", "--out"]
    span = timed([*args, str(reference)])
    whole = reference.read_bytes()
    rng = random.Random(11)
    for n in range(RUNS):
        out = tmp_path / f"day-{n}.csv"
        kill_at([*args, str(out)], rng.uniform(0.0, span * 1.1))
        intact(db)
        if out.exists():
            assert out.read_bytes() == whole
