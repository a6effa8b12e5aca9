"""Issue 11 benchmark: the office server (PostgreSQL) beside a desk's own SQLite file.

Run from the project root (needs the server extra and Debian's ``postgresql``)::

    .venv/bin/python benchmarks/bench_office.py [--quotes 200] [--bookings 20] [--desks 10]

It starts a throwaway PostgreSQL (``tests/pgserver.py``: initdb into a temporary
folder, a Unix socket only), runs ``server init``, adds a pricing and ten sales logins,
imports the demo sheets as the pricing login, and measures, in-process through the
services:

- a quote batch of ``--quotes`` requests on the demo lanes, on the server and on a
  SQLite file holding the same demo data (the floor);
- one booking saved (``quoting.book``), on the server and on SQLite (the floor);
- ``--desks`` processes, each a different sales login, each saving ``--bookings``
  bookings at once: total bookings/s, p50/p95 per booking; the floor is one desk
  saving the same number alone, one after the other, on the same server. Every
  booking number must be distinct and every booking saved exactly once (counted in
  the database), or the script exits 1.

Prints one Markdown table. No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import copy
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booking_app.core.clock import FixedClock  # noqa: E402
from booking_app.resources import demo_dir  # noqa: E402
from booking_app.services import quoting  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402
from tests.pgserver import PgServer, start_server  # noqa: E402

NOW = datetime(2026, 11, 28, 9, 30)
#: The demo sheets in the order they are imported (locations first: the rates name them).
SHEETS = ("locations", "rates", "surcharges", "fx")
EQUIPMENT = ("20GP", "40GP", "40HC")


def cli(db: str | Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``booking-app --db DB ARGS``, at the benchmark's now; fails loudly."""
    done = subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(db), *args],
        input=stdin, capture_output=True, text=True, timeout=300, check=False, cwd=ROOT,
        env={**os.environ, "BOOKING_APP_NOW": NOW.isoformat()},
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"booking-app {' '.join(args)} failed: {done.stderr}")
    return done


def demo_requests(count: int) -> list[dict[str, Any]]:
    """``count`` requests over the demo lanes: the sample's three legs and each of its
    legs alone, in every container type and 1–3 containers."""
    sample = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    shapes = [sample["legs"]] + [[leg] for leg in sample["legs"]]
    out = []
    for i in range(count):
        raw = copy.deepcopy(sample)
        raw["legs"] = shapes[i % len(shapes)]
        raw["cargo"]["containers"] = [{"type": EQUIPMENT[i // 4 % 3], "count": 1 + i % 3}]
        raw["customer"] = f"Customer {i}"
        out.append(raw)
    return out


def best(action: Callable[[], object], repeat: int) -> float:
    """The quickest of ``repeat`` runs of ``action``, in seconds."""
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return min(times)


def time_quotes(db: str | Path, requests: list[dict[str, Any]], repeat: int) -> float:
    """Seconds of ``quote_many`` over the batch (best of ``repeat``), after one warm run."""
    uow = UnitOfWork.open(db, FixedClock(NOW))
    try:
        quoting.quote_many(uow, requests)
        return best(lambda: quoting.quote_many(uow, requests), repeat)
    finally:
        uow.close()


def time_bookings(db: str | Path, requests: list[dict[str, Any]]) -> list[float]:
    """Seconds of each ``quoting.book`` of one request, one after the other."""
    uow = UnitOfWork.open(db, FixedClock(NOW))
    try:
        times = []
        for raw in requests:
            begin = time.perf_counter()
            quoting.book(uow, [raw], "quoted")
            times.append(time.perf_counter() - begin)
        return times
    finally:
        uow.close()


def desk(url: str, requests: list[dict[str, Any]], start: Any, out: Any) -> None:
    """One sales desk (a process): open, wait for the start signal, book each request."""
    uow = UnitOfWork.open(url, FixedClock(NOW))
    try:
        start.wait()
        times, numbers = [], []
        for raw in requests:
            begin = time.perf_counter()
            saved = quoting.book(uow, [raw], "quoted")
            times.append(time.perf_counter() - begin)
            numbers.append(saved[0].booking_no)
        out.put((times, numbers))
    finally:
        uow.close()


def concurrent_desks(urls: list[str], each: int) -> tuple[float, list[float], list[str]]:
    """``len(urls)`` processes booking ``each`` at once: wall seconds, every booking's
    seconds, every reported booking number."""
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    requests = demo_requests(each)
    procs = [ctx.Process(target=desk, args=(url, requests, start, out)) for url in urls]
    for p in procs:
        p.start()
    time.sleep(3.0)  # every desk has opened its connection (spawn imports the package)
    begin = time.perf_counter()
    start.set()
    results = [out.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - begin
    for p in procs:
        p.join(timeout=60)
        if p.exitcode != 0:
            raise SystemExit(f"a desk process failed (exit {p.exitcode})")
    return wall, [t for r in results for t in r[0]], [n for r in results for n in r[1]]


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def db_counts(url: str) -> tuple[int, int]:
    """Bookings rows and distinct booking numbers on the server."""
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT booking_no) FROM bookings").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def set_up_server(server: PgServer, desks: int, work: Path) -> tuple[str, list[str]]:
    """``server init``, the logins, the demo sheets imported as pricing: (owner URL, sales URLs)."""
    server.admin('CREATE DATABASE "office"')
    owner = server.url("office")
    cli(owner, "server", "init")
    cli(owner, "server", "add-user", "bench_pricing", "--role", "pricing", stdin="secret\n")
    sales = []
    for n in range(desks):
        name = f"bench_sales{n}"
        cli(owner, "server", "add-user", name, "--role", "sales", stdin="secret\n")
        sales.append(server.url("office", user=name))
    pricing = server.url("office", user="bench_pricing")
    for kind in SHEETS:
        cli(pricing, "import", kind, str(demo_dir() / f"{kind}.csv"))
    return owner, sales


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print the table (exit 1 when a booking check fails)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=200, help="requests in the quote batch")
    parser.add_argument("--bookings", type=int, default=20, help="bookings per desk")
    parser.add_argument("--desks", type=int, default=10, help="concurrent desk processes")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    requests = demo_requests(args.quotes)
    singles = demo_requests(args.bookings)
    server = start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
            owner, sales = set_up_server(server, args.desks, Path(tmp))
            local = Path(tmp) / "desk.sqlite3"
            init_database(local, demo=True, clock=FixedClock(NOW)).close()
            q_pg = time_quotes(sales[0], requests, args.repeat)
            q_lite = time_quotes(local, requests, args.repeat)
            b_pg = time_bookings(sales[0], singles)
            b_lite = time_bookings(local, singles)
            before, _ = db_counts(owner)
            alone = time_bookings(sales[0], singles * args.desks)
            wall, times, numbers = concurrent_desks(sales, args.bookings)
            rows, distinct = db_counts(owner)
    finally:
        server.stop()
    total = args.desks * args.bookings
    new_rows = rows - before - total  # the lone desk's bookings were saved before
    ok = len(numbers) == total and len(set(numbers)) == total and new_rows == total
    ok = ok and distinct == rows
    per_q = 1000 / len(requests)
    med = statistics.median
    table = [
        ("quote batch (per quote)", q_pg * per_q, q_lite * per_q, "ms", "SQLite file"),
        ("booking saved (p50)", med(b_pg) * 1000, med(b_lite) * 1000, "ms", "SQLite file"),
        (f"{args.desks} desks: bookings/s", total / wall, total / sum(alone), "/s",
         "one desk alone"),
        (f"{args.desks} desks: p50 per booking", med(times) * 1000, med(alone) * 1000, "ms",
         "one desk alone"),
        (f"{args.desks} desks: p95 per booking", pct(times, 0.95) * 1000,
         pct(alone, 0.95) * 1000, "ms", "one desk alone"),
    ]  # fmt: skip
    print(f"\n{len(requests)} quotes, {args.bookings} bookings x {args.desks} desks\n")
    print("| operation | server | floor | ratio | floor is |")
    print("|---|---|---|---|---|")
    for name, ours, floor, unit, what in table:
        print(f"| {name} | {ours:.2f} {unit} | {floor:.2f} {unit} | {ours / floor:.2f}x | {what} |")
    print(
        f"\nconcurrent bookings: {len(numbers)} reported, {len(set(numbers))} distinct numbers, "
        f"{new_rows} saved rows, {distinct}/{rows} distinct in the database: "
        + ("ok" if ok else "FAILED")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
