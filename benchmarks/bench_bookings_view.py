"""How fast the bookings view shows its first rows on a database of 1,000,000 bookings.

Run: ``.venv/bin/python benchmarks/bench_bookings_view.py [--bookings N] [--rebuild]``

The database is built once in ``benchmarks/out/`` (rows inserted directly with
``executemany``: pricing a million requests is not what is measured here) and reused.
Bookings are spread over the days before today, about a thousand a day, today included.
Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from booking_app.core.text import fold  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
PER_DAY = 1000
_app: object = None  # the QApplication lives until the interpreter exits
ROUTES = (
    (("CNCKG", "CNQZH", "VNHPH", "VNHAN"), "rail_fcl, sea_fcl, road_ftl"),
    (("CNCTU", "CNQZH", "THLCH", "THBKK"), "rail_fcl, sea_fcl, road_ftl"),
    (("CNQZH", "SGSIN"), "sea_fcl"),
    (("CNNNG", "VNHAN"), "road_ftl"),
    (("CNNNX", "SGCHX"), "air"),
)
CUSTOMERS = ("Guangxi Example Trading Co.", "重庆示例机械有限公司", "Công ty TNHH Ví Dụ",
             "บริษัท ตัวอย่าง จำกัด", "PT Contoh Logistik", "Mekong Demo Traders")  # fmt: skip
STATUSES = ("draft", "quoted", "confirmed", "confirmed", "confirmed", "cancelled")


def _rows(count: int, party_ids: list[int]) -> Iterator[tuple[object, ...]]:
    rng = random.Random(20261128)
    today = date.today()
    cargo = json.dumps({"containers": [{"type": "40HC", "count": 2}], "description": "parts"})
    for n in range(count):
        day = today - timedelta(days=(count - 1 - n) // PER_DAY)
        year = day.year
        number = f"BK-{year:04d}-{n + 1:07d}"
        stamp = datetime(day.year, day.month, day.day, 8) + timedelta(seconds=n % PER_DAY * 30)
        codes, modes = ROUTES[n % len(ROUTES)]
        customer = party_ids[n % len(party_ids)]
        total = f"{rng.randint(20_000, 900_000) / 100:.2f}"
        iso, at = day.isoformat(), stamp.isoformat(timespec="seconds")
        search = fold("\n".join([number, CUSTOMERS[n % len(CUSTOMERS)], *codes]))
        yield (
            number, 1, STATUSES[n % len(STATUSES)], at, at, iso, "bench", iso, iso, "USD",
            "markup", "0", total, 7, customer, customer, customer, "FOB", "", cargo,
            " → ".join(codes), modes, "2×40HC", search,
        )  # fmt: skip


def build(path: Path, count: int) -> None:
    """A database with ``count`` bookings (schema by the store, rows by executemany)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    UnitOfWork.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    stamp = datetime.now().isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO parties (name, created_at) VALUES (?, ?)", [(c, stamp) for c in CUSTOMERS]
    )
    party_ids = [r[0] for r in conn.execute("SELECT id FROM parties ORDER BY id")]
    columns = (
        "booking_no, revision, status, created_at, updated_at, booking_date, clerk, quote_date,"
        " ship_date, currency, price_rule, markup_percent, total, transit_days, customer_id,"
        " shipper_id, consignee_id, incoterm, notes, cargo_json, route, modes, cargo_summary,"
        " search_text"
    )
    with conn:
        conn.executemany(
            f"INSERT INTO bookings ({columns}) VALUES ({', '.join('?' * 24)})",
            _rows(count, party_ids),
        )
    conn.execute("ANALYZE")
    conn.close()


def timed(label: str, action: Callable[[], object]) -> float:
    """Run ``action`` and print how long it took."""
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"{label:<58} {seconds * 1000:9.1f} ms")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    args = parser.parse_args()
    path = OUT / f"bookings-{args.bookings}.sqlite3"
    if args.rebuild or not path.exists():
        seconds = timed(
            f"build a database of {args.bookings:,} bookings", lambda: build(path, args.bookings)
        )
        print(f"  ({args.bookings / seconds:,.0f} rows/s, {path.stat().st_size / 1e6:,.0f} MB)")

    from PySide6.QtWidgets import QApplication

    from booking_app.gui.app import create_app
    from booking_app.gui.bookings.view import BookingsView
    from booking_app.gui.common.context import DeskContext

    global _app
    _app = create_app(["bench"])
    ctx = DeskContext(path)
    holder: dict[str, BookingsView] = {}

    def first_rows() -> None:
        view = BookingsView(ctx)
        view.resize(1300, 700)
        view.show()
        QApplication.processEvents()
        assert view.model.rowCount() > 0
        holder["view"] = view

    first = timed("bookings view: first rows of today's list shown", first_rows)
    while holder["view"].is_counting():
        QApplication.processEvents()
    shown = holder["view"]
    print(f"  {shown.model.rowCount()} rows loaded; {shown.count_label.text()} today")
    del shown

    def all_days() -> None:
        holder["view"].all_days.setChecked(True)
        QApplication.processEvents()

    def counted() -> None:
        while holder["view"].is_counting():
            QApplication.processEvents()

    timed("all days (1,000,000 bookings): first rows shown", all_days)
    timed("  ... and their number counted (in the background)", counted)
    print(f"  {holder['view'].model.rowCount()} rows loaded; {holder['view'].count_label.text()}")

    def scroll() -> None:
        for _ in range(10):
            holder["view"].table.scrollToBottom()
            QApplication.processEvents()

    timed("scroll to the bottom 10 times (fetchMore by windows)", scroll)
    print(f"  {holder['view'].model.rowCount():,} rows loaded")

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            holder["view"].search_edit.setText(text)
            holder["view"].apply_filter()
            QApplication.processEvents()

        return run

    timed("search 'ví dụ' over all days: first rows shown", search("ví dụ"))
    timed("search a booking number over all days: its row shown", search("bk-2026-0999999"))
    timed("  ... and counted", counted)
    holder["view"].close()
    holder.clear()  # widgets go before the application object does
    ctx.close()
    verdict = "well under a second" if first < 0.5 else "SLOWER than wanted"
    print(f"first rows in {first * 1000:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
