"""The start path (issue 13): what the first paint does not need is neither imported nor
built, and what the start must still do (expire overdue quotes) happens right after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from booking_app.gui.common.context import DeskContext
from booking_app.gui.main_window import FOLLOW_UP_TAB, RESULTS_TAB, MainWindow
from booking_app.services import desk, quoting
from tests.gui.test_followup_view import sample

#: Modules the first paint must not wait for (each is imported on first use).
LATER = (
    "booking_app.services.imports",
    "booking_app.gui.editor.booking_editor",
    "booking_app.gui.bookings.results_view",
    "booking_app.gui.documents.actions",
    "booking_app.gui.documents.send_quotation",
    "booking_app.services.desk",
    "booking_app.gui.documents.printing",  # Qt's printing and PDF classes
    "booking_app.gui.documents.export_day",
    "booking_app.services.office",  # a desk on its own file keeps no rate copy
    "booking_app.store.local_copy",
)

_START = """
import json, sys
from pathlib import Path
from booking_app.launcher import prepare_database
db = Path(sys.argv[1])
prepare_database(db)
from booking_app.gui.app import create_app
from booking_app.gui.common.context import DeskContext
from booking_app.gui.main_window import MainWindow
app = create_app(["desk"])
window = MainWindow(DeskContext(db))
window.show()
app.processEvents()
print(json.dumps(sorted(m for m in sys.modules if m.startswith("booking_app"))))
"""


def test_the_start_imports_none_of_what_the_first_paint_does_not_need(
    desk_ctx: DeskContext, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", _START, str(desk_ctx.db_path)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "booking_app.gui.bookings.view" in loaded  # the probe saw the start's modules
    assert [name for name in LATER if name in loaded] == []


def test_follow_up_is_built_after_the_first_paint_and_expires_overdue_quotes(
    desk_ctx: DeskContext, qtbot: Any
) -> None:
    uow = desk_ctx.uow
    overdue = desk.save_booking(uow, sample(quote_date="2026-11-10"), "quoted").booking_no
    desk.save_booking(uow, sample(quote_date="2026-11-30"), "quoted")
    window = MainWindow(desk_ctx)
    qtbot.addWidget(window)
    assert window._views[FOLLOW_UP_TAB] is None and window._views[RESULTS_TAB] is None
    assert window.tabs.tabText(FOLLOW_UP_TAB) == "Follow-up (…)"
    window.show()
    qtbot.waitExposed(window)
    # nobody opened the tab: the start itself loads it (and so expires the overdue quote)
    qtbot.waitUntil(lambda: window.tabs.tabText(FOLLOW_UP_TAB) == "Follow-up (1)", timeout=10_000)
    assert quoting.get_booking(uow, overdue).status == "expired"
    assert window._views[RESULTS_TAB] is None  # Results waits for its tab
    window.show_tab(RESULTS_TAB)
    assert window.tabs.currentWidget() is window.results_view
    assert window.editors() == [] and window.current_editor() is None
    # the view just shown loads on a pool thread: done before the window goes
    qtbot.waitUntil(lambda: not window.results_view.is_loading(), timeout=10_000)


def test_the_counts_wait_for_the_first_paint(desk_ctx: DeskContext, qtbot: Any) -> None:
    desk.save_booking(desk_ctx.uow, sample(quote_date="2026-11-30"), "quoted")
    window = MainWindow(desk_ctx)
    qtbot.addWidget(window)
    view = window.bookings_view
    # built, not yet painted: no pool thread counts beside the start
    assert not view.is_counting() and not window.rate_notice.is_checking()
    assert view.count_label.text() == ""
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: view.count_label.text().startswith("1 booking"), timeout=10_000)
    assert window.rate_notice.ending is not None  # the rates were counted too



def test_the_window_says_when_it_is_first_painted(desk_ctx: DeskContext, qtbot: Any) -> None:
    window = MainWindow(desk_ctx)
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    window.update()
    qtbot.wait(50)
    assert painted == [True]  # once: what waited for it (counts, the collector) runs once
