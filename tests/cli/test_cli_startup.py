"""What a CLI call loads (issue 13): only the named command's parser, and none of the
heavy libraries a quote does not use — the same answers as the full parser gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from booking_app import cli, cli_parser
from booking_app.services.setup import init_database

HEAVY = ("sqlite_utils", "psycopg", "babel", "reportlab", "openpyxl", "xlsxwriter", "PySide6",
         "searoute", "platformdirs",
         # the records are NamedTuples (test_architecture): dataclasses would bring inspect,
         # and argparse is told the terminal's width (shutil would ask it)
         "dataclasses", "inspect", "shutil")  # fmt: skip

_PROBE = """
import json, runpy, sys
sys.argv = ["booking-app", *sys.argv[1:]]
try:
    runpy.run_module("booking_app", run_name="__main__")
except SystemExit as done:
    heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(HEAVY)))
    print(json.dumps({"status": done.code, "heavy": heavy}), file=sys.stderr)
"""


def test_a_quote_on_a_current_database_loads_no_heavy_library(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    init_database(path, demo=True).close()
    request = tmp_path / "request.json"
    request.write_text(json.dumps({
        "ship_date": "2026-12-02", "currency": "USD",
        "cargo": {"containers": [{"type": "40HC", "count": 1}]},
        "legs": [{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"}],
    }), "utf-8")  # fmt: skip
    probe = _PROBE.replace("json.loads(HEAVY)", f"json.loads({json.dumps(json.dumps(HEAVY))})")
    result = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(path), "quote", str(request)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report == {"status": 0, "heavy": []}, result.stderr
    assert json.loads(result.stdout)["legs"][0]["origin"] == "CNCKG"


@pytest.mark.parametrize(
    "argv",
    [
        ["quote", "r.json"],
        ["--db", "x.sqlite3", "book", "r.json", "--status", "quoted"],
        ["--db=x.sqlite3", "export", "--date", "2026-11-30", "--format", "csv", "--out", "o"],
        ["import", "rates", "r.csv", "--replace"],
        ["status", "BK-1", "lost", "--reason", "price"],
        ["server", "add-user", "ann", "--role", "sales"],
        ["confirmation", "BK-1", "--out", "c.pdf"],
    ],
)
def test_the_one_command_parser_parses_as_the_full_one(argv: list[str]) -> None:
    command = cli_parser.command_in(argv)
    assert command is not None
    assert vars(cli.build_parser(command).parse_args(argv)) == vars(
        cli.build_parser().parse_args(argv)
    )


@pytest.mark.parametrize("argv", [["--help"], ["-h", "quote"], [], ["--db", "x"]])
def test_help_and_no_command_build_every_parser(argv: list[str]) -> None:
    assert cli_parser.command_in(argv) is None


def test_an_unknown_command_is_refused_as_the_full_parser_refuses_it() -> None:
    with pytest.raises(cli.UserError) as one:
        cli.build_parser(cli_parser.command_in(["qoute", "r.json"])).parse_args(["qoute", "r.json"])
    with pytest.raises(cli.UserError) as full:
        cli.build_parser().parse_args(["qoute", "r.json"])
    assert str(one.value) == str(full.value)
    assert "invalid choice: 'qoute'" in str(one.value)
