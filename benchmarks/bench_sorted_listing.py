"""The bookings list sorted by each column, either way, on a large database.

Run: ``.venv/bin/python benchmarks/bench_sorted_listing.py --db benchmarks/out/big-….sqlite3``
(the database ``run.py`` builds and keeps in ``benchmarks/out/``; opening it applies the
desk's pending migrations, m009's sort indexes included: about 16 s at a million rows,
once). Work on a copy if the file is shared: the migration writes to it.

For every sort order of :data:`booking_app.store.listing_repo.SORTS`, on all days, one
day, one status and a search, it times the first window of 200 rows and then ten
windows after it (keyset paging) through ``list_bookings``, against the floor: the same
rows read by a bare ``SELECT … ORDER BY … LIMIT`` on the same connection. The exit status
is 1 when a first window or a next window takes more than 100 ms.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from booking_app.services.listing import (  # noqa: E402
    SORTS,
    BookingFilter,
    SortOrder,
    list_bookings,
)
from booking_app.store.uow import UnitOfWork  # noqa: E402

WINDOW = 200
TARGET_S = 0.100


def _best(action: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - begin)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    begin = time.perf_counter()
    uow = UnitOfWork.open(args.db)
    print(f"opened (pending migrations applied) in {time.perf_counter() - begin:.1f} s")
    conn = uow.db.conn
    day = date.fromisoformat(conn.execute("SELECT max(booking_date) FROM bookings").fetchone()[0])
    filters = {
        "all days": BookingFilter(),
        f"day {day}": BookingFilter(day=day),
        "confirmed": BookingFilter(status="confirmed"),
        "search 'ha noi'": BookingFilter(text="ha noi"),
    }
    missed = 0
    print(f"{'filter':<18} {'order':<16} {'first ms':>9} {'floor':>7} {'next ms':>9}")
    for label, f in filters.items():
        for column in SORTS:
            for descending in (False, True):
                order = SortOrder(column, descending)
                first = _best(lambda o=order, f=f: list_bookings(uow, f, limit=WINDOW, order=o))
                terms = ", ".join(
                    t + (" DESC" if descending else "") for t in (*SORTS[column], "b.id")
                )
                where, params = uow.listing._where(f)  # noqa: SLF001 (the floor's own WHERE)
                sql = f"SELECT * FROM bookings b{where} ORDER BY {terms} LIMIT {WINDOW}"
                floor = _best(lambda s=sql, p=params: conn.execute(s, p).fetchall())
                rows = list_bookings(uow, f, limit=WINDOW, order=order)

                def scroll(o: SortOrder = order, f: BookingFilter = f, rows: list = rows) -> None:  # type: ignore[type-arg]
                    after = rows[-1].key if rows else None
                    for _ in range(10):
                        page = list_bookings(uow, f, limit=WINDOW, after=after, order=o)
                        if len(page) < WINDOW:
                            return
                        after = page[-1].key

                per_window = _best(scroll, 1) / 10
                name = f"{column}{' desc' if descending else ''}"
                print(f"{label:<18} {name:<16} {first * 1000:9.1f} {floor * 1000:7.1f}"
                      f" {per_window * 1000:9.1f}")  # fmt: skip
                missed += first > TARGET_S or per_window > TARGET_S
    uow.close()
    print("every window under 100 ms" if not missed else f"{missed} orders over 100 ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
