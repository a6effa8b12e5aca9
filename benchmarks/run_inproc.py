"""The measurements ``run.py`` makes in its own process: quoting, routes, documents.

Each returns ``(ours_seconds, floor_seconds, note)``.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from booking_app.store.uow import UnitOfWork

Result = tuple[float, float, str]
#: The repositories whose reads a quote makes: their lookups are the quote's floor.
_LOOKUP_REPOS = ("rates", "pricing", "tariffs", "settings", "locations", "parties")


def timed(action: Callable[[], object]) -> float:
    """Seconds one run of ``action`` takes."""
    begin = time.perf_counter()
    action()
    return time.perf_counter() - begin


def best(action: Callable[[], object], repeat: int) -> float:
    """The quickest of ``repeat`` runs of ``action``, in seconds."""
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return min(times)


def best_by_turns(
    ours: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[float, float]:
    """The quickest of ``runs`` runs of ``ours`` and of ``floor``, run by turns (both
    sides meet the same moods of the machine; see ``run.best_alternating``)."""
    ours_times, floor_times = [], []
    for _ in range(runs):
        ours_times.append(best(ours, 1))
        floor_times.append(best(floor, 1))
    return min(ours_times), min(floor_times)


@contextmanager
def recording(uow: UnitOfWork) -> Iterator[list[tuple[Callable[..., Any], tuple[Any, ...]]]]:
    """Record every call to the public methods of the lookup repositories in the block."""
    calls: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
    patched: list[tuple[object, str]] = []
    for repo_name in _LOOKUP_REPOS:
        repo = getattr(uow, repo_name)
        for name in dir(type(repo)):
            method = getattr(repo, name)
            if name.startswith("_") or not callable(method):
                continue

            def wrapper(*args: Any, _m: Callable[..., Any] = method, **kw: Any) -> Any:
                calls.append((_m, args))
                return _m(*args, **kw)

            setattr(repo, name, wrapper)
            patched.append((repo, name))
    try:
        yield calls
    finally:
        for repo, name in patched:
            delattr(repo, name)


def replay(calls: list[tuple[Callable[..., Any], tuple[Any, ...]]]) -> None:
    """Make the recorded lookups again, with nothing around them."""
    for method, args in calls:
        method(*args)


def bench_quotes(db: Path, requests: list[dict[str, Any]], repeat: int) -> Result:
    """``quote_many`` over the batch vs the same repository lookups replayed alone."""
    from booking_app.services.quoting import quote_many

    uow = UnitOfWork.open(db)
    try:
        with recording(uow) as calls:
            quotes = quote_many(uow, requests)
        assert len(quotes) == len(requests) and all(q.total > 0 for q in quotes)
        ours, floor = best_by_turns(
            lambda: quote_many(uow, requests), lambda: replay(calls), 2 * repeat
        )
    finally:
        uow.close()
    return ours, floor, f"{len(calls):,} lookups for {len(requests):,} quotes"


def bench_routes(db: Path, raw: dict[str, Any], repeat: int) -> Result:
    """``suggest_routes`` vs its repository lookups replayed alone."""
    from booking_app.services.routing import suggest_routes

    uow = UnitOfWork.open(db)
    try:
        with recording(uow) as calls:
            options = suggest_routes(uow, raw)
        ours, floor = best_by_turns(
            lambda: suggest_routes(uow, raw), lambda: replay(calls), 2 * repeat
        )
    finally:
        uow.close()
    return ours, floor, f"{len(options)} priced routes, {len(calls):,} lookups"


def bench_confirmation(repeat: int) -> Result:
    """One booking confirmation vs the same content laid out by bare reportlab.

    The floor (``bare_confirmation.py``) is the confirmation's own paragraphs (their
    final markup and styles), tables (cells, widths, styles), spacers and QR drawing,
    recorded once and rebuilt as fresh reportlab flowables on every run.
    """
    import bare_confirmation
    from bench_documents import sample_request

    from booking_app.documents import printing as documents
    from booking_app.documents.confirmation import render_confirmation_pdf
    from booking_app.services import quoting
    from booking_app.services.setup import init_database

    with tempfile.TemporaryDirectory(prefix="bench_run_") as tmp:
        uow = init_database(Path(tmp) / "demo.sqlite3", demo=True)
        booking = quoting.book(uow, [sample_request()], status="confirmed")[0]
        doc = documents.booking_document(uow, booking.booking_no)
        uow.close()
    render_confirmation_pdf(doc, io.BytesIO())  # fonts registered, caches warm
    specs = bare_confirmation.record(doc)
    left = f"{doc.company.name} · Booking {doc.booking.booking_no}"
    right = f"Printed {doc.printed_at:%Y-%m-%d %H:%M}"
    bare_confirmation.render(specs, left, right)
    ours_times, floor_times = [], []
    for _ in range(repeat):  # alternated: both see the same machine load
        ours_times.append(timed(lambda: render_confirmation_pdf(doc, io.BytesIO())))
        floor_times.append(timed(lambda: bare_confirmation.render(specs, left, right)))
    ratios = sorted(o / f for o, f in zip(ours_times, floor_times, strict=True))
    found = bare_confirmation.counts(specs)
    note = (f"same content: {found['para']} paragraphs, {found['table']} tables, QR; "
            f"best of {repeat}, paired ratios min {ratios[0]:.2f}× median "
            f"{statistics.median(ratios):.2f}×")  # fmt: skip
    return min(ours_times), min(floor_times), note


def _export_rows(count: int) -> tuple[list[Any], list[Any]]:
    from bench_documents import memory_rows

    return memory_rows(count)


def bench_csv(count: int, repeat: int) -> Result:
    """``write_csv`` of ``count`` bookings vs ``csv.writer`` writing the same cells."""
    from booking_app.documents.exports import BOOKING_HEADERS, booking_csv_cells, write_csv

    rows, _legs = _export_rows(count)
    cells = [list(BOOKING_HEADERS), *(booking_csv_cells(r) for r in rows)]
    ours_out = io.BytesIO()
    write_csv(rows, ours_out)

    def floor_write() -> None:
        text = io.TextIOWrapper(io.BytesIO(), encoding="utf-8-sig", newline="")
        csv.writer(text).writerows(cells)
        text.flush()

    ours = best(lambda: write_csv(rows, io.BytesIO()), repeat)
    floor = best(floor_write, repeat)
    return ours, floor, f"{count:,} bookings, {len(ours_out.getvalue()) / 1e6:.1f} MB"


def bench_xlsx(count: int, repeat: int) -> Result:
    """``write_xlsx`` of ``count`` bookings and their legs vs XlsxWriter alone, same cells."""
    import xlsxwriter

    from booking_app.documents import exports

    rows, legs = _export_rows(count)
    convert = exports._Cells()  # noqa: SLF001 - the exact cells the export writes
    sheets = [
        ("Bookings", exports.BOOKING_HEADERS, exports._BOOKING_KINDS,  # noqa: SLF001
         [convert.booking(r) for r in rows]),
        ("Legs", exports.LEG_HEADERS, exports._LEG_KINDS,  # noqa: SLF001
         [convert.leg(leg) for leg in legs]),
    ]  # fmt: skip

    def floor_write() -> None:
        options = {"in_memory": True, "strings_to_formulas": False,
                   "strings_to_numbers": False, "strings_to_urls": False}  # fmt: skip
        with xlsxwriter.Workbook(io.BytesIO(), options) as book:
            formats = {"date": book.add_format({"num_format": "yyyy-mm-dd"}),
                       "time": book.add_format({"num_format": "hh:mm:ss"}),
                       "money": book.add_format({"num_format": "#,##0.00"})}  # fmt: skip
            for name, headers, kinds, cells in sheets:
                sheet = book.add_worksheet(name)
                sheet.write_row(0, 0, headers)
                writers = [sheet.write_string if k == "text" else sheet.write_number
                           for k in kinds]  # fmt: skip
                fmts = [formats.get(k) for k in kinds]
                for r, values in enumerate(cells, 1):
                    for c, value in enumerate(values):
                        if value is not None:
                            writers[c](r, c, value, fmts[c])

    ours = best(lambda: exports.write_xlsx(rows, legs, io.BytesIO()), repeat)
    floor = best(floor_write, repeat)
    return ours, floor, f"{count:,} bookings + {len(legs):,} legs, best of {repeat}"


def route_request(requests_file: Path, legs: int) -> dict[str, Any]:
    """A route search over the first chain of ``legs`` legs among the benchmark requests."""
    requests = json.loads(requests_file.read_text("utf-8"))
    for raw in requests:
        if len(raw["legs"]) == 3:
            return {"origin": raw["legs"][0]["origin"],
                    "destination": raw["legs"][-1]["destination"],
                    "ship_date": raw["ship_date"], "quote_date": raw["quote_date"],
                    "currency": "USD", "cargo": raw["cargo"], "max_legs": legs}  # fmt: skip
    raise SystemExit("no three-leg request to search routes for")
