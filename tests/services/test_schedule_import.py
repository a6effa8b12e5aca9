"""``import schedules``: CSV and XLSX, all rows or none; schedules priced from the store,
stored with bookings (ready, cut-off, scheduled), loaded with the demo data."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from booking_app.core.errors import ImportFileError
from booking_app.core.quote_json import quote_to_json
from booking_app.services.imports import import_sheet
from booking_app.services.quoting import book, quote
from booking_app.store.uow import UnitOfWork

HEADER = "mode,origin,destination,carrier,service,departures,cutoff_days,transit_days,valid_from,valid_to"
GOOD = [
    "sea_fcl,CNQZH,VNSGN,Alpha Line,,mon;thu,2,,2026-01-01,2026-12-31",
    "rail_fcl,cnckg,CNQZH,CR Express,Block Train,daily,0,3,2026-01-01,2026-12-31",
    "sea_fcl,CNQZH,VNHPH,Alpha Line,,2026-12-10 2026-12-03,1,2,2026-01-01,2026-12-31",
]


def write(tmp_path: Path, lines: list[str], name: str = "schedules.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_sheet_imports_every_row(uow: UnitOfWork, tmp_path: Path) -> None:
    assert import_sheet(uow, "schedules", write(tmp_path, [HEADER, *GOOD])) == 3
    (sea,) = uow.rates.schedules_for("sea_fcl", "CNQZH", "VNSGN")
    assert (sea.departures.text(), sea.cutoff_days, sea.transit_days) == ("MON THU", 2, None)
    (rail,) = uow.rates.schedules_for("rail_fcl", "CNCKG", "CNQZH")
    assert (rail.service, rail.departures.daily, rail.transit_days) == ("Block Train", True, 3)
    (dated,) = uow.rates.schedules_for("sea_fcl", "CNQZH", "VNHPH")
    assert dated.departures.dates == (date(2026, 12, 3), date(2026, 12, 10))
    assert uow.rates.count("schedules") == 3


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ("sea_fcl,CNQZH,VNSGN,Alpha Line,,weekly,2,,2026-01-01,2026-12-31", "departures", "weekly"),
        ("sea_fcl,CNQZH,VNSGN,Alpha Line,,MON,two,,2026-01-01,2026-12-31", "cutoff_days", "two"),
        ("sea_fcl,CNQZH,VNSGN,Alpha Line,,MON,2,-1,2026-01-01,2026-12-31", "transit_days", "-1"),
        ("boat,CNQZH,VNSGN,Alpha Line,,MON,2,,2026-01-01,2026-12-31", "mode", "boat"),
        ("sea_fcl,CNQZH,VNSGN,Alpha Line,,MON,2,,2026-12-31,2026-01-01", "valid_to", "before"),
        ("sea_fcl,CNQZH,VNSGN,,,MON,2,,2026-01-01,2026-12-31", "carrier", "missing"),
    ],
)
def test_a_bad_row_imports_nothing_and_is_named(
    uow: UnitOfWork, tmp_path: Path, row: str, column: str, words: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_sheet(uow, "schedules", write(tmp_path, [HEADER, *GOOD, row]))
    (error,) = caught.value.errors
    assert (error.line, error.column) == (5, column) and words in error.message
    assert uow.rates.count("schedules") == 0


def test_xlsx_sheet(uow: UnitOfWork, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book_ = Workbook()
    sheet = book_.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    sheet.append(["sea_fcl", "CNQZH", "VNSGN", "Alpha Line", None, "TUE", 1, None,
                  date(2026, 1, 1), date(2026, 12, 31)])  # fmt: skip
    path = tmp_path / "schedules.xlsx"
    book_.save(path)
    assert import_sheet(uow, "schedules", path) == 1
    (row,) = uow.rates.schedules_for("sea_fcl", "CNQZH", "VNSGN")
    assert (row.departures.text(), row.cutoff_days, row.valid_to) == ("TUE", 1, date(2026, 12, 31))


def _request() -> dict[str, object]:
    return {
        "quote_date": "2026-11-28", "ship_date": "2026-12-01", "currency": "USD",
        "customer": "A", "shipper": "B", "consignee": "C", "incoterm": "FOB",
        "cargo": {"containers": [{"type": "40HC", "count": 1}], "description": "parts"},
        "legs": [{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
                 {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"}],
    }  # fmt: skip


def test_demo_schedules_set_the_etds_and_bookings_keep_them(demo_uow: UnitOfWork) -> None:
    assert demo_uow.rates.count("schedules") > 30
    q = quote(demo_uow, _request())
    rail, sea = quote_to_json(q)["legs"]
    assert rail["scheduled"] and sea["scheduled"]
    assert rail["ready"] == "2026-12-01" and sea["ready"] == rail["eta"]
    assert sea["cutoff"] is not None and sea["cutoff"] >= sea["ready"]
    assert date.fromisoformat(sea["etd"]) - date.fromisoformat(sea["cutoff"]) == (
        date(2026, 1, 3) - date(2026, 1, 1)  # the demo sailings' 2-day cut-off
    )
    (saved,) = book(demo_uow, [_request()], "quoted")
    again = demo_uow.bookings.get(saved.booking_no)
    assert again.quote is not None
    assert quote_to_json(again.quote)["legs"] == quote_to_json(q)["legs"]


def test_cli_imports_schedules(tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, *GOOD])
    db = tmp_path / "cli.sqlite3"
    run = subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), "import", "schedules", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "3 schedules rows imported" in run.stdout
    bad = write(tmp_path, [HEADER, "sea_fcl,CNQZH,VNSGN,A,,someday,0,,2026-01-01,2026-12-31"])
    run = subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), "import", "schedules", str(bad)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 2 and "line 2: departures" in run.stderr
    assert json.dumps(run.stderr).count("\\n") == 1
