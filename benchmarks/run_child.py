"""What ``run.py`` starts in a child process (timed from outside, peak memory by wait4).

``python benchmarks/run_child.py WHAT ARGS…`` with WHAT one of:

- ``start DB`` / ``bare-window``: the desk's main window on DB shown, or a bare
  ``QMainWindow``; the process ends (``os._exit``) as soon as it is painted.
- ``import DB CSV`` / ``import-floor DB CSV``: the rate sheet imported by
  ``import_sheet`` or by ``csv.reader`` + ``executemany`` into a freshly migrated DB;
  prints ``{"seconds": …}`` of the import alone.
- ``view DB``: the bookings view operations on DB; prints their timings as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _shown_then_exit(widget: object) -> None:
    from PySide6.QtWidgets import QApplication

    widget.show()  # type: ignore[attr-defined]
    QApplication.processEvents()
    sys.stdout.flush()
    os._exit(0)


def start(db: str) -> None:
    """The desk as ``booking-app`` opens it: database checked, app, main window."""
    import gc

    from booking_app.launcher import prepare_database

    prepare_database(Path(db))
    from booking_app.gui.app import create_app

    gc.disable()  # as run_gui does until the window is painted
    from booking_app.gui.common.context import DeskContext
    from booking_app.gui.main_window import MainWindow

    app = create_app(["booking-desk"])
    window = MainWindow(DeskContext(Path(db)))
    window.first_painted.connect(gc.enable)
    _shown_then_exit(window)
    del app


def bare_window() -> None:
    """The floor: a bare QMainWindow."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.resize(1300, 800)
    _shown_then_exit(window)
    del app


def import_rates(db: str, sheet: str) -> None:
    """``import_sheet(uow, "rates", sheet)`` into a fresh database."""
    from booking_app.services.imports import import_sheet
    from booking_app.store.uow import UnitOfWork

    uow = UnitOfWork.open(db)
    begin = time.perf_counter()
    count = import_sheet(uow, "rates", Path(sheet))
    print(json.dumps({"seconds": time.perf_counter() - begin, "rows": count}))
    uow.close()


def import_floor(db: str, sheet: str) -> None:
    """The floor: a streaming ``csv.reader`` + one ``executemany`` in one transaction."""
    import csv

    from booking_app.store.db import connect
    from booking_app.store.uow import UnitOfWork

    UnitOfWork.open(db).close()
    conn = connect(db)
    begin = time.perf_counter()
    with open(sheet, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        sql = f"INSERT INTO rates ({', '.join(header)}) VALUES ({', '.join('?' * len(header))})"
        conn.execute("BEGIN IMMEDIATE")
        cur = conn.executemany(sql, reader)
        conn.execute("COMMIT")
    print(json.dumps({"seconds": time.perf_counter() - begin, "rows": cur.rowcount}))
    conn.close()


def main() -> None:
    """Dispatch on the first argument."""
    what, *args = sys.argv[1:]
    if what == "start":
        start(args[0])
    elif what == "bare-window":
        bare_window()
    elif what == "import":
        import_rates(args[0], args[1])
    elif what == "import-floor":
        import_floor(args[0], args[1])
    elif what == "view":
        from run_view import view_timings

        print(json.dumps(view_timings(Path(args[0]))))
    else:
        raise SystemExit(f"unknown child {what!r}")


if __name__ == "__main__":
    main()
