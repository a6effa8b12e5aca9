"""Issue 4 benchmark: render one booking confirmation; export 10,000 bookings to XLSX.

Run from the project root::

    .venv/bin/python benchmarks/bench_documents.py [--repeat 30] [--rows 10000]
        [--xlsx-repeat 5] [--through-db]

Prints the time to render one confirmation PDF after the fonts are loaded (target
< 100 ms; the renderer alone, and the whole service call with its database reads and
file write), and the time to write 10,000 bookings with 3 legs each to XLSX (target
< 3 s, best of ``--xlsx-repeat`` runs; the median is printed too, as the machine may
be shared). The rows are built in memory by default; ``--through-db`` books them into
a temporary demo database and times ``export_day`` end to end (loading included).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from booking_app.documents import printing as documents
from booking_app.documents.confirmation import render_confirmation_pdf
from booking_app.documents.exports import write_xlsx
from booking_app.documents.model import LegDetail
from booking_app.resources import demo_dir
from booking_app.services import quoting
from booking_app.services.listing import BookingRow
from booking_app.services.setup import init_database

CONFIRMATION_MS_TARGET = 100.0
XLSX_S_TARGET = 3.0
DAY = date(2026, 11, 28)


def sample_request(**changes: Any) -> dict[str, Any]:
    """The demo sample request with parties in Thai, Chinese and Vietnamese."""
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    raw.update(
        customer="บริษัท ตัวอย่าง (ประเทศไทย) จำกัด",
        shipper="重庆示例机械有限公司",
        consignee="Công ty TNHH Ví Dụ",
        quote_date=DAY.isoformat(),
    )
    raw["cargo"]["pieces"] = [
        {"count": 3, "length_cm": 120, "width_cm": 80, "height_cm": 100, "weight_kg": 150}
    ]
    raw.update(changes)
    return raw


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    """Seconds of each of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


def memory_rows(count: int) -> tuple[list[BookingRow], list[LegDetail]]:
    """``count`` bookings (mixed currencies and scripts) with three legs each."""
    names = ("บริษัท ตัวอย่าง จำกัด", "重庆示例机械有限公司", "Công ty TNHH Ví Dụ", "=cmd|' /C calc'!A0")
    currencies = ("USD", "CNY", "VND", "THB")
    rows, legs = [], []
    start = datetime(2026, 11, 28, 7, 0)
    for n in range(1, count + 1):
        number = f"BK-2026-{n:06d}"
        currency = currencies[n % 4]
        total = Decimal(n * 37 % 100000) + (Decimal(0) if currency == "VND" else Decimal("0.45"))
        rows.append(
            BookingRow(
                booking_no=number, revision=1, created_at=start + timedelta(seconds=3 * n),
                booking_date=DAY, status=("confirmed", "quoted", "cancelled")[n % 3],
                clerk="Lan", customer=names[n % 4], shipper=names[(n + 1) % 4],
                consignee=names[(n + 2) % 4], route="CNCKG → CNQZH → VNHPH → VNHAN",
                modes="rail_fcl, sea_fcl, road_ftl", cargo_summary="2×40HC, 18000 kg, 120 cbm",
                total=total, currency=currency, incoterm="FOB", ship_date=date(2026, 12, 1),
                transit_days=6,
            )
        )  # fmt: skip
        for seq, (mode, origin, dest) in enumerate(
            (("rail_fcl", "CNCKG", "CNQZH"), ("sea_fcl", "CNQZH", "VNHPH"),
             ("road_ftl", "VNHPH", "VNHAN")), 1
        ):  # fmt: skip
            legs.append(
                LegDetail(
                    booking_no=number, seq=seq, mode=mode, origin=origin, destination=dest,
                    carrier="Example Carrier", service="Direct",
                    etd=date(2026, 12, seq), eta=date(2026, 12, seq + 2), transit_days=2,
                    chargeable=None if seq != 2 else Decimal("14.625"),
                    subtotal=total / 3, currency=currency,
                )
            )  # fmt: skip
    return rows, legs


def main() -> int:
    """Run both benchmarks and print the figures against their targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="confirmation renders to time")
    parser.add_argument("--rows", type=int, default=10_000, help="bookings in the XLSX")
    parser.add_argument("--xlsx-repeat", type=int, default=5, help="XLSX exports to time")
    parser.add_argument("--through-db", action="store_true", help="book rows, export_day")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench_documents_") as tmp:
        folder = Path(tmp)
        uow = init_database(folder / "bench.sqlite3", demo=True)
        booking = quoting.book(uow, [sample_request()], status="confirmed")[0]
        number = booking.booking_no

        load_start = time.perf_counter()
        doc = documents.booking_document(uow, number)
        render_confirmation_pdf(doc, io.BytesIO())  # registers fonts, warms caches
        first = time.perf_counter() - load_start

        renderer = timed(lambda: render_confirmation_pdf(doc, io.BytesIO()), args.repeat)
        service = timed(
            lambda: documents.render_confirmation(uow, number, folder / "c.pdf"), args.repeat
        )
        size = (folder / "c.pdf").stat().st_size

        if args.through_db:
            requests = [sample_request(customer=f"Customer {n}") for n in range(args.rows - 1)]
            quoting.book(uow, requests, status="confirmed")
            out = folder / "day.xlsx"
            written = 0

            def export() -> None:
                nonlocal written
                written = documents.export_day(uow, DAY, "xlsx", out)

            xlsx = timed(export, args.xlsx_repeat)
            what = f"export_day of {written} booked bookings (loading included)"
        else:
            rows, legs = memory_rows(args.rows)
            out = folder / "day.xlsx"
            xlsx = timed(lambda: write_xlsx(rows, legs, str(out)), args.xlsx_repeat)
            what = f"write_xlsx of {len(rows)} bookings + {len(legs)} legs (in memory)"
        xlsx_size = out.stat().st_size
        uow.close()

    ms = [t * 1000 for t in renderer]
    ms_service = [t * 1000 for t in service]
    print(f"first confirmation (fonts loaded, caches cold): {first * 1000:7.1f} ms")
    print(
        f"confirmation, renderer only   median {statistics.median(ms):6.1f} ms, "
        f"min {min(ms):6.1f} ms over {args.repeat} ({size / 1024:.0f} KiB PDF)"
    )
    print(
        f"confirmation, service + file  median {statistics.median(ms_service):6.1f} ms, "
        f"min {min(ms_service):6.1f} ms   target < {CONFIRMATION_MS_TARGET:.0f} ms"
    )
    print(f"XLSX: {what} ({xlsx_size / 1024 / 1024:.1f} MiB)")
    print(
        f"XLSX: best {min(xlsx):.2f} s, median {statistics.median(xlsx):.2f} s"
        f" over {len(xlsx)}   target < {XLSX_S_TARGET:.0f} s"
    )
    ok = statistics.median(ms_service) < CONFIRMATION_MS_TARGET and min(xlsx) < XLSX_S_TARGET
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
