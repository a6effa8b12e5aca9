"""Several clerks booking while an import runs, on one database file (issue 8, Deliver 4).

Every booking is saved once, numbers are distinct, and no error is reported for work
that was saved.
"""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.cli.safety_helpers import cli as run
from tests.cli.safety_helpers import copy_demo, sample, scalar

CLERKS = 4
BOOKINGS_EACH = 3
HEADER = (
    "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,"
    "breaks,kg_per_cbm,valid_from,valid_to,transit_days\n"
)


def _code(i: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "ZZ" + letters[i % 26] + letters[i // 26 % 26] + letters[i // 676 % 26]


def big_sheet(path: Path, rows: int) -> Path:
    """Rows on lanes the demo has not got (new lanes: the import's plain insert path)."""
    lines = [
        f"sea_fcl,CNQZH,{_code(i // 20)},Carrier {i % 20},,40HC,per_container,USD,"
        f"{500 + i % 97}.00,,,,2026-01-01,2026-12-31,9\n"
        for i in range(rows)
    ]
    path.write_text(HEADER + "".join(lines), "utf-8")
    return path


def clerk(db: Path, n: int) -> list[tuple[int, str, str]]:
    done = []
    for i in range(BOOKINGS_EACH):
        result = run(db, "book", "-", stdin=json.dumps(sample(customer=f"Clerk {n} customer {i}")))
        done.append((result.returncode, result.stdout, result.stderr))
    return done


def test_clerks_book_while_an_import_runs(demo_template: Path, tmp_path: Path) -> None:
    db = copy_demo(demo_template, tmp_path / "desk.sqlite3")
    rates_before = scalar(db, "SELECT count(*) FROM rates")
    sheet = big_sheet(tmp_path / "big.csv", 40_000)
    with ThreadPoolExecutor(max_workers=CLERKS + 1) as pool:
        importing = pool.submit(run, db, "import", "rates", str(sheet))
        clerks = [pool.submit(clerk, db, n) for n in range(CLERKS)]
        imported = importing.result()
        results = [r for c in clerks for r in c.result()]
    assert imported.returncode == 0, imported.stderr
    assert scalar(db, "SELECT count(*) FROM rates") == rates_before + 40_000
    for status, _out, err in results:
        assert status == 0, err  # nothing saved was reported as failed, nothing failed
    reported = [json.loads(out)["booking_no"] for _status, out, _err in results]
    assert len(set(reported)) == CLERKS * BOOKINGS_EACH
    conn = sqlite3.connect(db)
    stored = [r[0] for r in conn.execute("SELECT booking_no FROM bookings")]
    conn.close()
    assert sorted(stored) == sorted(reported)  # each saved exactly once
    assert scalar(db, "PRAGMA integrity_check") == "ok"
