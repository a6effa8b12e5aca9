"""The command line through subprocess, exactly as scripts use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from booking_app.resources import demo_dir
from tests.pgserver import both_backends

RATES = """mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,breaks,kg_per_cbm,valid_from,valid_to,transit_days
air,CNNNX,VNTSX,Sky Cargo,,,per_kg,USD,30.00,75,45:22.00 100:18.00 300:15.00,,2026-01-01,2026-12-31,1
sea_fcl,CNQZH,VNSGN,Example Line,,40HC,per_container,USD,550.00,,,,2026-01-01,2026-06-30,7
rail_fcl,CNCKG,CNQZH,CR Express,,40HC,per_container,CNY,6850.00,,,,2026-01-01,2026-12-31,3
"""
SURCHARGES = """code,description,mode,origin,destination,carrier,equipment,basis,currency,amount,min_charge,valid_from,valid_to
FSC,Fuel surcharge,air,,,,,per_kg,USD,0.45,,2026-01-01,2026-12-31
AWB,Air waybill fee,air,,,,,per_shipment,USD,35,,2026-01-01,2026-12-31
CAF,Currency adjustment,sea_fcl,,,,,percent,,3.5,,2026-01-01,2026-12-31
"""
FX = "currency,units_per_usd,valid_from\nCNY,7.10,2026-01-01\nCNY,7.30,2026-12-01\n"


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The command line on both backends: a SQLite file and a PostgreSQL URL."""
    both_backends(metafunc)


@pytest.fixture
def db(db_path: Path, tmp_path: Path) -> Path:
    path = db_path
    for kind, text in (("rates", RATES), ("surcharges", SURCHARGES), ("fx", FX)):
        sheet = tmp_path / f"{kind}.csv"
        sheet.write_text(text, "utf-8")
        result = run(path, "import", kind, str(sheet))
        assert result.returncode == 0, result.stderr
        rows = text.count(chr(10)) - 1
        expected = (
            f"{rows} {kind} rows: {rows} new, 0 already present"
            if kind in ("rates", "surcharges")
            else f"{rows} {kind} rows imported"
        )
        assert result.stdout.startswith(expected)
    return path


def request(**kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "quote_date": "2026-11-28",
        "ship_date": "2026-12-01",
        "currency": "USD",
        "cargo": {
            "pieces": [
                {
                    "count": 2,
                    "length_cm": 100,
                    "width_cm": 80,
                    "height_cm": 60,
                    "weight_kg": "125.5",
                }
            ]
        },
        "legs": [{"mode": "air", "origin": "CNNNX", "destination": "VNTSX"}],
    }
    data.update(kw)
    return data


def test_air_quote_to_the_cent(db: Path, tmp_path: Path) -> None:
    req = tmp_path / "req.json"
    req.write_text(json.dumps(request()), "utf-8")
    result = run(db, "quote", str(req))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    # gross 251 kg, volumetric 960000/6000 = 160 → 251 kg: Q100 18.00 = 4518 vs Q300 = 4500
    leg = out["legs"][0]
    assert leg["chargeable"] == "251.0"
    assert [
        (ln["code"], ln["quantity"], ln["unit_price"], ln["amount"]) for ln in leg["lines"]
    ] == [
        ("FRT", "300", "15.00", "4500.00"),
        ("FSC", "251.0", "0.45", "112.95"),
        ("AWB", "1", "35", "35.00"),
    ]
    assert (out["total"], out["transit_days"], leg["eta"]) == ("4647.95", 1, "2026-12-02")
    assert out["fx"] == {"USD": "1"}


def test_stdin_and_lists_keep_order(db: Path) -> None:
    reqs = [request(currency="CNY"), request(quote_date="2026-12-01", currency="CNY")]
    result = run(db, "quote", "-", stdin=json.dumps(reqs))
    assert result.returncode == 0, result.stderr
    totals = [q["total"] for q in json.loads(result.stdout)]
    # 4647.95 USD × 7.10 and × 7.30 (FX row by quote date), line by line
    assert totals == ["33000.45", "33930.04"]


def test_unpriceable_request_exits_2_naming_the_leg(db: Path) -> None:
    late = request(
        ship_date="2026-07-01",
        cargo={"containers": [{"type": "40HC", "count": 2}]},
        legs=[{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN"}],
    )
    result = run(db, "quote", "-", stdin=json.dumps(late))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "leg 1 sea_fcl CNQZH → VNSGN on 2026-07-01: no rate valid on 2026-07-01"
    )
    assert "Traceback" not in result.stderr
    missing = dict(
        late, ship_date="2026-06-30", cargo={"containers": [{"type": "20GP", "count": 1}]}
    )
    result = run(db, "quote", "-", stdin=json.dumps(missing))
    assert result.returncode == 2 and "20GP" in result.stderr


def test_book_prints_number_total_currency(db: Path) -> None:
    raw = request(
        customer="Guangxi Example Trading Co.",
        shipper="重庆示例机械有限公司",
        consignee="Công ty TNHH Ví Dụ",
        incoterm="FOB",
        cargo={**request()["cargo"], "description": "Spare parts"},
    )
    result = run(db, "book", "-", "--status", "quoted", stdin=json.dumps(raw))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert list(out)[:3] == ["booking_no", "total", "currency"]
    assert (out["booking_no"], out["total"], out["currency"]) == ("BK-2026-000001", "4647.95", "USD")
    assert out["booking_date"] == "2026-11-30"  # the day its number was issued (the clock's)
    both = run(db, "book", "-", stdin=json.dumps([raw, raw]))
    assert [b["booking_no"] for b in json.loads(both.stdout)] == [
        "BK-2026-000002",
        "BK-2026-000003",
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("frobnicate",), None, "invalid choice"),
        (("quote", "missing.json"), None, "missing.json: no such file"),
        (("quote", "-"), "{not json", "not valid JSON"),
        (("quote", "-"), json.dumps(request(ship_date="2026-02-30")), "ship_date"),
        (("quote", "-"), json.dumps(request(currency="SGD")), "SGD"),
        (("quote", "-"), json.dumps(request(legs=[])), "legs"),
        (("book", "-"), json.dumps(request()), "a booking needs customer"),
        (("import", "rates", "nowhere.csv"), None, "does not exist"),
    ],
)
def test_user_errors_exit_2_with_one_line(
    db: Path, args: tuple[str, ...], stdin: str | None, message: str
) -> None:
    result = run(db, *args, stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_bad_sheet_exits_2_and_imports_nothing(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    lines = RATES.splitlines()
    bad.write_text(
        "\n".join([lines[0], lines[1], lines[2].replace("2026-06-30", "2026-13-01")]), "utf-8"
    )
    result = run(db, "import", "rates", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith("bad.csv line 3: valid_to '2026-13-01' is not a date")
    count = run(db, "quote", "-", stdin=json.dumps(request()))
    assert json.loads(count.stdout)["total"] == "4647.95"  # no duplicate air rows imported


def test_init_demo_and_database_from_environment(tmp_path: Path) -> None:
    env_db = tmp_path / "env" / "desk.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "booking_app", "init", "--demo"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**__import__("os").environ, "BOOKING_APP_DB": str(env_db)},
    )
    assert result.returncode == 0, result.stderr
    assert env_db.exists()
    quoted = run(env_db, "quote", str(demo_dir() / "sample-request.json"))
    assert quoted.returncode == 0, quoted.stderr
    assert json.loads(quoted.stdout)["currency"] == "USD"


def test_routes_lists_options_cheapest_first(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert run(db, "init", "--demo").returncode == 0
    req = {
        "quote_date": "2026-11-28",
        "ship_date": "2026-12-01",
        "currency": "USD",
        "origin": "CNCKG",
        "destination": "VNHAN",
        "max_legs": 3,
        "cargo": {"containers": [{"type": "40HC", "count": 2}]},
    }
    result = run(db, "routes", "-", stdin=json.dumps(req))
    assert result.returncode == 0, result.stderr
    options = json.loads(result.stdout)
    assert options and all({"total", "transit_days", "legs", "co2e_kg"} <= set(o) for o in options)
    assert [o["legs"][0]["origin"] for o in options] == ["CNCKG"] * len(options)
    assert [o["legs"][-1]["destination"] for o in options] == ["VNHAN"] * len(options)
    none = run(db, "routes", "-", stdin=json.dumps({**req, "modes": ["air"]}))
    assert (none.returncode, json.loads(none.stdout)) == (0, [])
    bad = run(db, "routes", "-", stdin=json.dumps({**req, "origin": "XX"}))
    assert bad.returncode == 2 and "origin" in bad.stderr
