"""The CSV export's fast path writes exactly what csv.writer makes of booking_csv_cells."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from booking_app.documents.csv_rows import BOOKING_HEADERS, booking_csv_cells, write_csv
from booking_app.services.listing import BookingRow

AWKWARD = (
    "=cmd|' /C calc'!A0", '+1 "quoted", with comma', "-minus", "@at", "\tTab", "\rcr",
    "line\nbreak", "Công ty TNHH Ví Dụ", "重庆示例机械有限公司", "plain", "", " spaced ",
)  # fmt: skip


def _rows() -> list[BookingRow]:
    base = BookingRow(
        booking_no="BK-2026-000001", revision=1, created_at=datetime(2026, 11, 28, 7, 5, 9),
        booking_date=date(2026, 11, 28), status="confirmed", clerk="Lan", customer="A",
        shipper="B", consignee="C", route="CNCKG → VNHAN", modes="rail_fcl",
        cargo_summary="1×40HC", total=Decimal("10.005"), currency="USD", incoterm="FOB",
        ship_date=date(2026, 12, 1), transit_days=6, cost_total=Decimal("7.1"),
    )  # fmt: skip
    rows = []
    for n in range(60):
        text = AWKWARD[n % len(AWKWARD)]
        rows.append(base._replace(
            booking_no=text if n % 7 == 3 else f"BK-2026-{n:06d}",
            revision=n % 3 + 1,
            created_at=base.created_at + timedelta(seconds=3599 * n, microseconds=999_999 * (n % 2)),
            status=AWKWARD[(n + 1) % len(AWKWARD)], customer=text,
            shipper=AWKWARD[(n + 2) % len(AWKWARD)], route=AWKWARD[(n + 3) % len(AWKWARD)],
            clerk=AWKWARD[(n + 5) % len(AWKWARD)],
            currency=("USD", "VND", "KWD", "CLF", "XXX")[n % 5],
            total=Decimal(n * 1234567) / 1000 - 5, cost_total=Decimal("-0.005") * n,
            priced=n % 9 != 4, ship_date=date(2026, 12, 1) + timedelta(days=n),
        ))  # fmt: skip
    rows.append(base._replace(created_at=datetime(2026, 11, 28, 23, 59, 59, tzinfo=UTC)))
    return rows


def _reference(rows: list[BookingRow]) -> bytes:
    """The plain way: csv.writer over the cells, through a "utf-8-sig" text stream."""
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow(BOOKING_HEADERS)
    writer.writerows(booking_csv_cells(r) for r in rows)
    text.flush()
    return raw.getvalue()


def test_write_csv_bytes_equal_the_cells_written_by_csv_writer() -> None:
    rows = _rows()
    out = io.BytesIO()
    assert write_csv(rows, out) == len(rows)
    assert out.getvalue() == _reference(rows)
    read = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))
    assert read[1 + 3][0] == "'@at" and read[1][1] == "1"  # neutralised, typed as text
    assert read[-1][3] == "23:59:59"


def test_write_csv_of_no_rows_is_the_header_alone() -> None:
    out = io.BytesIO()
    assert write_csv([], out) == 0
    assert (
        out.getvalue()
        == _reference([])
        == "\ufeff".encode()
        + b"Booking no,Revision,"
        + (",".join(BOOKING_HEADERS[2:]).encode() + b"\r\n")
    )


def test_write_csv_reports_progress_per_chunk() -> None:
    rows = _rows() * 20  # 1,220 rows
    seen: list[tuple[int, int]] = []
    write_csv(rows, io.BytesIO(), lambda done, total: seen.append((done, total)))
    assert seen == [(500, 1220), (1000, 1220), (1220, 1220)]
