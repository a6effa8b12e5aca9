"""The bookings view on the large database (run in a child: it needs its own QApplication).

Each operation is timed from the clerk's action to the rows shown (Qt events processed);
its floor is the same rows shown by a bare ``QTableView`` over raw SQL (``bare_table.py``;
a search's floor is the plain substring scan a table without an index would make). The
last window and the count are timed at the service (the count runs off the GUI thread);
their floors are the bare SQL.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bigdata import party_names

from booking_app.core.text import fold

#: Latest rows of the list: (booking_date, created_at, id) order, one window.
_WINDOW = 200


def _best(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return min(times)


def _sql_floor(conn: sqlite3.Connection, where: str, params: list[Any]) -> float:
    sql = (f"SELECT * FROM bookings b WHERE b.latest = 1{where} "
           f"ORDER BY b.booking_date, b.created_at, b.id LIMIT {_WINDOW}")  # fmt: skip
    return _best(lambda: conn.execute(sql, params).fetchall())


def view_timings(db: Path) -> dict[str, dict[str, float]]:
    """{operation: {"ours": s, "floor": s}} for the bookings view on ``db``."""
    from bare_table import bare_view
    from PySide6.QtWidgets import QApplication

    from booking_app.gui.app import create_app
    from booking_app.gui.bookings.view import BookingsView
    from booking_app.gui.common.context import DeskContext
    from booking_app.services.listing import BookingFilter, count_bookings, list_bookings
    from booking_app.store.listing_repo import ListingKey

    app = create_app(["bench"])
    conn = sqlite3.connect(db)
    warm, _model = bare_view(conn)  # fonts, style and SQLite caches warmed for both sides
    warm.close()
    begin = time.perf_counter()
    bare_table, bare = bare_view(conn)
    bare_first = time.perf_counter() - begin

    def bare_shows(where: str, params: list[Any]) -> float:
        begin = time.perf_counter()
        bare.show(where, params)
        QApplication.processEvents()
        return time.perf_counter() - begin

    ctx = DeskContext(db)
    out: dict[str, dict[str, float]] = {}
    holder: dict[str, BookingsView] = {}
    today = ctx.clock.today().isoformat()

    def first_rows() -> None:
        view = BookingsView(ctx)
        view.resize(1300, 700)
        view.show()
        QApplication.processEvents()
        assert view.model.rowCount() > 0
        holder["view"] = view

    begin = time.perf_counter()
    first_rows()
    out["view: first rows (today)"] = {
        "ours": time.perf_counter() - begin,
        "floor": bare_first,
    }
    view = holder["view"]

    def settle() -> None:
        while view.is_counting():
            QApplication.processEvents()

    settle()

    def act(change: Callable[[], None]) -> float:
        begin = time.perf_counter()
        change()
        QApplication.processEvents()
        return time.perf_counter() - begin

    day = conn.execute("SELECT date(?, '-400 days')", [today]).fetchone()[0]
    out["view: date filter (another day)"] = {
        "ours": act(lambda: view.set_day(date.fromisoformat(day))),
        "floor": bare_shows(" AND b.booking_date = ?", [day]),
    }
    settle()
    act(lambda: view.all_days.setChecked(True))
    settle()

    def search(text: str) -> float:
        def change() -> None:
            view.search_edit.setText(text)
            view.apply_filter()
            assert view.model.rowCount() >= 0

        return act(change)

    name = party_names(2000)[1733]
    number = conn.execute(
        "SELECT booking_no FROM bookings WHERE id = (SELECT max(id) * 6 / 10 FROM bookings)"
    ).fetchone()[0]
    for label, text in (
        ("text search, many matches ('ha noi')", "ha noi"),
        (f"text search, one party ('{fold(name)}')", fold(name)),
        ("text search, no match", "zzqq nothing"),
        (f"booking-number search ({number.lower()})", number.lower()),
    ):
        ours = search(text)
        settle()
        floor = bare_shows(" AND instr(b.search_text, ?) > 0", [fold(text)])
        out[f"view: {label}"] = {"ours": ours, "floor": floor, "rows": view.model.rowCount()}
    act(lambda: view.search_edit.setText(""))
    view.apply_filter()
    settle()

    every = BookingFilter()
    last_key = conn.execute(
        "SELECT booking_date, created_at, id FROM bookings WHERE latest = 1"
        " ORDER BY booking_date DESC, created_at DESC, id DESC LIMIT 1 OFFSET ?", [_WINDOW]
    ).fetchone()
    key = ListingKey(*last_key)
    out["view: scroll to the end (last window of all days)"] = {
        "ours": _best(lambda: list_bookings(ctx.uow, every, limit=_WINDOW, after=key)),
        "floor": _sql_floor(conn, " AND (b.booking_date, b.created_at, b.id) > (?, ?, ?)",
                            list(last_key)),  # fmt: skip
    }
    bare_shows("", [])

    def scroll(table: Any) -> Callable[[], None]:
        def run() -> None:
            for _ in range(10):
                table.scrollToBottom()
                QApplication.processEvents()

        return run

    out["view: scroll 10 windows (fetchMore)"] = {
        "ours": act(scroll(view.table)),
        "floor": act(scroll(bare_table)),
    }
    counter = ctx.new_uow()
    out["count: all days (background)"] = {
        "ours": _best(lambda: count_bookings(counter, every), repeat=2),
        "floor": _best(lambda: conn.execute("SELECT count(*) FROM bookings").fetchone(), 2),
    }
    counter.close()
    view.close()
    bare_table.close()
    holder.clear()
    ctx.close()
    conn.close()
    del app
    return out
