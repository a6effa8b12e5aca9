"""Helpers for the data-safety tests of the command line: run it, copy the demo, count."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from booking_app.resources import demo_dir


def cli(
    db: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None, **kw: Any
) -> subprocess.CompletedProcess[str]:
    """``booking-app --db DB ARGS…`` as a script runs it."""
    return subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin,
        capture_output="stdout" not in kw,
        stderr=subprocess.PIPE if "stdout" in kw else None,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
        **kw,
    )


def copy_demo(template: Path, target: Path) -> Path:
    """A private copy of the session's demo database."""
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def sample(**changes: Any) -> dict[str, Any]:
    """The demo's sample request, changed."""
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    return raw | changes


def scalar(db: Path, sql: str) -> Any:
    """One value from the database."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def assert_one_line(result: subprocess.CompletedProcess[str], status: int, *words: str) -> None:
    """Exit ``status`` with one plain line on standard error holding ``words``."""
    assert result.returncode == status, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
