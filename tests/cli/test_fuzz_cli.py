"""Random JSON through ``quote``, ``book`` and ``routes`` on the command line: exit 0 or 2,
one plain line on a refusal, never a traceback (data-safety.md §1, §5). A fixed seed."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from booking_app.resources import demo_dir

SAMPLE: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
FIELDS = ("quote_date", "ship_date", "currency", "markup_percent", "margin_percent", "customer",
          "shipper", "consignee", "incoterm", "notes", "cargo", "legs")  # fmt: skip


def random_json(rng: random.Random, depth: int = 0) -> Any:
    """A small random JSON value (for the CLI cases, which are too slow for hypothesis)."""
    pick = rng.randrange(9 if depth < 4 else 6)
    if pick == 0:
        return rng.choice([None, True, False, 0, -1, 10**30, 1e308, -1e308])
    if pick == 1:
        return rng.choice(["1e30", "NaN", "\ud800", "2026-W01-1", "9" * 5000, "", "ວຽງຈັນ"])
    if pick == 2:
        return rng.uniform(-1e9, 1e9)
    if pick in (3, 4, 5):
        raw = copy.deepcopy(SAMPLE)
        raw[rng.choice(FIELDS)] = random_json(rng, depth + 1)
        return raw
    if pick in (6, 7):
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(3))]
    return {rng.choice(FIELDS): random_json(rng, depth + 1) for _ in range(rng.randrange(4))}


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "demo.sqlite3"
    subprocess.run([sys.executable, "-m", "booking_app", "--db", str(path), "init", "--demo"],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    return path


@pytest.mark.parametrize("seed", range(4))
def test_random_json_through_the_cli(cli_db: Path, seed: int) -> None:
    rng = random.Random(seed)
    for command in ("quote", "book", "routes"):
        text = json.dumps(random_json(rng))  # "\ud800" travels as the escape \ud800
        result = subprocess.run(
            [sys.executable, "-m", "booking_app", "--db", str(cli_db), command, "-"],
            input=text.encode(), capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        stderr = result.stderr.decode()
        assert result.returncode in (0, 2), stderr
        assert "Traceback" not in stderr
        if result.returncode == 2:
            assert stderr.count("\n") == 1, stderr
        else:
            json.loads(result.stdout)
