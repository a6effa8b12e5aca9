"""The command line on bad database files, busy locks, closed output, --out, backups."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from booking_app import cli
from tests.cli.safety_helpers import assert_one_line, copy_demo, sample, scalar
from tests.cli.safety_helpers import cli as run
from tests.store.test_database_file import damage


@pytest.fixture
def desk(demo_template: Path, tmp_path: Path) -> Path:
    return copy_demo(demo_template, tmp_path / "desk.sqlite3")


@pytest.fixture
def booked(desk: Path, tmp_path: Path) -> tuple[Path, str]:
    result = run(desk, "book", "-", stdin=json.dumps(sample()))
    assert result.returncode == 0, result.stderr
    return desk, json.loads(result.stdout)["booking_no"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_out_onto_the_database_is_refused_everywhere(booked: tuple[Path, str]) -> None:
    db, number = booked
    before = scalar(db, "SELECT count(*) FROM bookings")
    # every command with --out, each onto the database or one of its companion files
    # (services/test_data_safety.py tries every companion with the one writing helper)
    for name, args in (
        (db, ("quotation", number, "--out")),
        (Path(f"{db}-wal"), ("confirmation", number, "--out")),
        (Path(f"{db}-shm"), ("export", "--date", "2026-11-30", "--format", "csv", "--out")),
        (Path(f"{db}-journal"), ("backup", "--out")),
        (db, ("backup", "--out")),
    ):
        assert_one_line(run(db, *args, str(name)), 2, "is the database")
    # a relative path naming the same file is the same file
    relative = run(db, "quotation", number, "--out", db.name, cwd=db.parent)
    assert_one_line(relative, 2, "is the database")
    assert scalar(db, "PRAGMA integrity_check") == "ok"
    assert scalar(db, "SELECT count(*) FROM bookings") == before


def test_not_a_database_damaged_and_newer_files(desk: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"%PDF-1.4 this is a quotation, not a database\n" * 40)
    before = digest(junk)
    assert_one_line(run(junk, "quote", "-", stdin="{}"), 2, f"{junk} is not a booking desk database")
    assert digest(junk) == before and not Path(f"{junk}-wal").exists()

    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(desk, damaged)
    damage(damaged, keep_pages=3)
    result = run(damaged, "quote", "-", stdin=json.dumps(sample()))
    assert_one_line(result, 2, "the database is damaged (", "restore a backup with `booking-app restore`")

    conn = sqlite3.connect(desk)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('booking_desk', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    assert_one_line(run(desk, "quote", "-", stdin="{}"), 2, "made by a newer version of the desk (schema")


def test_a_damaged_page_met_late_is_one_line_too(desk: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(desk)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(desk.read_bytes())
    page = 4096
    start = page * (pages // 2)  # a page in the middle: the rate table, not the schema
    data[start : start + page * 4] = b"\x00\x13" * (page * 2)
    desk.write_bytes(bytes(data))
    result = run(desk, "quote", "-", stdin=json.dumps(sample()))
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 1


def test_a_read_only_database_quotes_and_exports_but_refuses_writes(
    booked: tuple[Path, str], tmp_path: Path
) -> None:
    db, number = booked
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    db.chmod(0o444)
    # root writes any file: drop that power (util-linux setpriv) so the mode counts
    prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []

    def as_user(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*prefix, sys.executable, "-m", "booking_app", "--db", str(db), *args],
            input=stdin, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    try:
        quoted = as_user("quote", "-", stdin=json.dumps(sample()))
        assert quoted.returncode == 0, quoted.stderr
        out = tmp_path / "day.csv"
        exported = as_user("export", "--date", "2026-11-30", "--format", "csv", "--out", str(out))
        assert exported.returncode == 0, exported.stderr
        assert number in out.read_text("utf-8-sig")
        assert_one_line(as_user("book", "-", stdin=json.dumps(sample())), 2, "read-only")
    finally:
        db.chmod(0o644)
    assert scalar(db, "SELECT count(*) FROM bookings") == 1


def test_a_busy_database_exits_2_and_saves_nothing(desk: Path) -> None:
    holder = sqlite3.connect(desk, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run(
            desk, "book", "-", stdin=json.dumps(sample()),
            env={"BOOKING_APP_BUSY_TIMEOUT_MS": "200"},
        )  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line(result, 2, "the database is busy: ")
    assert scalar(desk, "SELECT count(*) FROM bookings") == 0


def test_init_demo_twice_says_so_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    first = run(db, "init", "--demo")
    assert first.returncode == 0, first.stderr
    rates = scalar(db, "SELECT count(*) FROM rates")
    assert_one_line(run(db, "init", "--demo"), 2, "already holds", f"{rates} rates")
    assert scalar(db, "SELECT count(*) FROM rates") == rates


def test_a_closed_standard_output_after_a_save_says_what_was_saved(desk: Path) -> None:
    with open("/dev/full", "w") as full:  # writing there fails with ENOSPC
        result = run(desk, "book", "-", stdin=json.dumps(sample()), stdout=full)
    assert_one_line(result, 0, "saved BK-2026-000001, but standard output is closed")
    assert scalar(desk, "SELECT count(*) FROM bookings") == 1
    closed = subprocess.run(
        [sys.executable, "-c", "import os, sys, runpy; os.close(1); sys.argv = "
         f"['booking-app', '--db', {str(desk)!r}, 'book', '-']; runpy.run_module('booking_app', "
         "run_name='__main__')"],
        input=json.dumps(sample()), stderr=subprocess.PIPE, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert_one_line(closed, 0, "saved BK-2026-000002, but standard output is closed")
    with open("/dev/full", "w") as full:
        quoted = run(desk, "quote", "-", stdin=json.dumps(sample()), stdout=full)
    assert_one_line(quoted, 2, "standard output is closed")


def test_an_unforeseen_error_names_the_log_and_exits_1(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def broken(uow: object, args: object) -> cli.Outcome:
        raise KeyError("nobody foresaw this")

    monkeypatch.setitem(cli.COMMANDS, "quote", broken)
    assert cli.run(["--db", str(desk), "quote", "-"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    log = Path(err.strip().rsplit(" ", 1)[-1])
    assert log.is_file() and str(tmp_path / "state") in str(log)
    text = log.read_text("utf-8")
    assert "Traceback" in text and "nobody foresaw this" in text


def test_history_backup_and_restore(booked: tuple[Path, str], tmp_path: Path) -> None:
    db, number = booked
    history = run(db, "history", number.lower())
    assert history.returncode == 0, history.stderr
    entries = json.loads(history.stdout)
    assert [e["action"] for e in entries] == ["book"]
    assert entries[0]["new"]["status"] == "confirmed" and entries[0]["old"] is None
    assert_one_line(run(db, "history", "BK-2026-999999"), 2, "BK-2026-999999")

    copy = tmp_path / "backups" / "copy.sqlite3"
    copy.parent.mkdir()
    backed = run(db, "backup", "--out", str(copy))
    assert backed.returncode == 0, backed.stderr
    assert scalar(copy, "PRAGMA integrity_check") == "ok"
    assert run(db, "book", "-", stdin=json.dumps(sample())).returncode == 0
    assert scalar(db, "SELECT count(*) FROM bookings") == 2
    restored = run(db, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    aside = db.with_name("desk.sqlite3.before-restore-20261130-093000")
    assert str(aside) in restored.stdout and aside.is_file()
    assert scalar(db, "SELECT count(*) FROM bookings") == 1
    assert scalar(aside, "SELECT count(*) FROM bookings") == 2
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00" * 5000)
    assert_one_line(run(db, "restore", str(junk)), 2, "not a booking desk database")
    assert scalar(db, "SELECT count(*) FROM bookings") == 1
