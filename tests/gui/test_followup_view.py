"""The follow-up view: open quotes by days left, marks, one-key won/lost/re-quote/open."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from booking_app.gui.bookings.followup_model import (
    COLUMNS,
    EXPIRED_BACKGROUND,
    LATE_BACKGROUND,
    FollowUpModel,
    load_follow_up,
)
from booking_app.gui.bookings.followup_view import FollowUpView
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.language import LanguageManager
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from booking_app.services import desk, quoting
from tests.gui.helpers import activate

CUSTOMER = "Guangxi Example Trading Co."


def sample(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    raw.update({"ship_date": "2026-12-01"}, **changes)
    return raw


@pytest.fixture
def quotes(desk_ctx: DeskContext) -> dict[str, str]:
    """Quotes at 2026-11-30: one past its validity, one long past it, one on its last days,
    one fresh, one won, one draft (valid 14 days from the quote date on the demo rates)."""
    uow = desk_ctx.uow
    made = {
        "overdue": desk.save_booking(uow, sample(quote_date="2026-11-10"), "quoted"),
        "ancient": desk.save_booking(uow, sample(quote_date="2026-10-01"), "quoted"),
        "late": desk.save_booking(uow, sample(quote_date="2026-11-17", customer="Late Co."),
                                  "quoted"),
        "fresh": desk.save_booking(uow, sample(quote_date="2026-11-30", customer="Fresh Co."),
                                   "quoted"),
        "won": desk.save_booking(uow, sample(quote_date="2026-11-30"), "confirmed"),
        "draft": desk.save_booking(uow, sample(quote_date="2026-11-30"), "draft"),
    }  # fmt: skip
    return {key: booking.booking_no for key, booking in made.items()}


def loaded(qtbot: Any, view: FollowUpView) -> None:
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)


@pytest.fixture
def view(desk_ctx: DeskContext, quotes: dict[str, str], qtbot: Any) -> Iterator[FollowUpView]:
    language = LanguageManager(desk_ctx)  # English plurals come from the en catalogue
    widget = FollowUpView(desk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    loaded(qtbot, widget)
    yield widget
    language.detach()


def numbers(view: FollowUpView) -> list[str]:
    return [row.booking_no for row in view.model.rows()]


def select(view: FollowUpView, booking_no: str) -> None:
    row = numbers(view).index(booking_no)
    view.table.selectRow(row)
    view.table.setFocus()


def test_model_passes_the_model_tester(desk_ctx: DeskContext, quotes: dict[str, str],
                                       qtmodeltester: Any) -> None:  # fmt: skip
    model = FollowUpModel()
    model.set_data(load_follow_up(desk_ctx.uow, with_decided=True))
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_loading_expires_overdue_quotes_and_lists_soonest_first(
    view: FollowUpView, quotes: dict[str, str], desk_ctx: DeskContext
) -> None:
    assert quoting.get_booking(desk_ctx.uow, quotes["overdue"]).status == "expired"
    assert numbers(view) == [quotes["overdue"], quotes["late"], quotes["fresh"]]
    assert view.open_count == 2 and view.tab_title() == "Follow-up (2)"
    model = view.model
    days = COLUMNS.index("days_left")
    texts = [model.index(r, days).data() for r in range(3)]
    assert texts == ["expired 6 days ago", "1 day", "14 days"]
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(0, 0).data(background).color() == EXPIRED_BACKGROUND
    assert model.index(1, 0).data(background).color() == LATE_BACKGROUND
    assert model.index(2, 0).data(background) is None
    assert model.index(0, COLUMNS.index("status")).data() == "expired"
    assert "2 open" in view.summary.text() and "1 expired" in view.summary.text()


def test_decided_quotes_and_search(view: FollowUpView, quotes: dict[str, str], qtbot: Any) -> None:
    view.decided_box.setChecked(True)
    loaded(qtbot, view)
    assert quotes["won"] in numbers(view) and quotes["draft"] not in numbers(view)
    assert numbers(view)[0] == quotes["ancient"]  # expired 46 days ago: only when all are shown
    view.search_edit.setText("fresh co")
    qtbot.waitUntil(lambda: numbers(view) == [quotes["fresh"]], timeout=5000)


def test_w_confirms_an_open_quote(
    view: FollowUpView, quotes: dict[str, str], desk_ctx: DeskContext, qtbot: Any
) -> None:
    activate(qtbot, view)
    select(view, quotes["fresh"])
    qtbot.keyClick(view.table, Qt.Key.Key_W)
    assert quoting.get_booking(desk_ctx.uow, quotes["fresh"]).status == "confirmed"
    assert "won" in view.message.text()
    loaded(qtbot, view)
    assert quotes["fresh"] not in numbers(view) and view.open_count == 1


def test_w_on_an_expired_quote_shows_the_new_price_and_reprices(
    view: FollowUpView, quotes: dict[str, str], desk_ctx: DeskContext, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_yes_no", lambda q: asked.append(q) or False)
    activate(qtbot, view)
    select(view, quotes["overdue"])
    qtbot.keyClick(view.table, Qt.Key.Key_W)
    assert len(asked) == 1 and quotes["overdue"] in asked[0] and "revision 2" in asked[0]
    old = quoting.get_booking(desk_ctx.uow, quotes["overdue"])
    assert old.status == "expired" and old.revision == 1  # the clerk said no
    assert f"{old.priced.total:,f}" in asked[0].replace("\u202f", ",")
    monkeypatch.setattr(view, "ask_yes_no", lambda q: True)
    assert view.confirm_selected()
    renewed = quoting.get_booking(desk_ctx.uow, quotes["overdue"])
    assert renewed.status == "confirmed" and renewed.revision == 2
    assert renewed.priced.quote_date == date(2026, 11, 30)
    assert "revision 2" in view.message.text()


def test_l_asks_a_reason_and_marks_lost(
    view: FollowUpView, quotes: dict[str, str], desk_ctx: DeskContext, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(view, "ask_reason", lambda q: "")
    activate(qtbot, view)
    select(view, quotes["late"])
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    assert quoting.get_booking(desk_ctx.uow, quotes["late"]).status == "quoted"  # gave up
    monkeypatch.setattr(view, "ask_reason", lambda q: "price too high")
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    assert quoting.get_booking(desk_ctx.uow, quotes["late"]).status == "lost"
    loaded(qtbot, view)
    view.decided_box.setChecked(True)
    loaded(qtbot, view)
    row = next(r for r in view.model.rows() if r.booking_no == quotes["late"])
    assert row.status_reason == "price too high"
    assert "price too high" in view.message.text()
    select(view, quotes["overdue"])
    assert not view.buttons["lost"].isEnabled()  # an expired quote is not lost, it ended


def test_the_window_has_the_tab_with_the_count_and_opens_and_requotes(
    quotes: dict[str, str], window: MainWindow, desk_ctx: DeskContext, qtbot: Any
) -> None:
    view = window.followup_view
    loaded(qtbot, view)
    index = window.tabs.indexOf(view)
    assert window.tabs.tabText(index) == "Follow-up (2)"
    assert window.tabs.tabText(window.tabs.indexOf(window.results_view)) == "Results"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is view
    select(view, quotes["late"])
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = window.current_editor()
    assert editor is not None and editor.booking_no == quotes["late"]
    assert not editor.is_dirty()
    window.show_tab(index)
    select(view, quotes["late"])
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    requoted = window.current_editor()
    assert requoted is editor and requoted.is_dirty()  # quote date moved to today
    assert requoted.request()["quote_date"] == "2026-11-30"
    assert "revision 2" in requoted.message.text()
    window.show_tab(index)
    select(view, quotes["overdue"])
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    fresh = window.current_editor()
    assert fresh is not None and fresh is not editor and fresh.booking_no is None
    assert fresh.request()["customer"] == CUSTOMER and fresh.request()["quote_date"] == "2026-11-30"
    QApplication.processEvents()
