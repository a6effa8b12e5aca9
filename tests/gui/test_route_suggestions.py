"""*Suggest routes…* in the editor: the options off the GUI thread, table and chart,
choosing one fills the legs; the legs table shows the cut-off of scheduled legs."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from booking_app.gui.editor import route_suggestions
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.editor.route_suggestions import RouteSuggestionsDialog
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from tests.conftest import TEST_TODAY
from tests.gui.helpers import wait_for_quote


def sample(**changes: Any) -> dict[str, Any]:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    raw.update({"quote_date": TEST_TODAY.isoformat(), "ship_date": TEST_TODAY.isoformat()})
    raw.update(changes)
    return dict(raw)


@pytest.fixture
def editor(window: MainWindow, qtbot: Any) -> BookingEditor:
    opened = window.new_booking()
    opened.apply_state(sample())
    wait_for_quote(qtbot, opened)
    return opened


def test_the_dialog_lists_the_options_and_paints_them(
    editor: BookingEditor, qtbot: Any, qtmodeltester: Any
) -> None:
    dialog = RouteSuggestionsDialog(editor.ctx.new_uow, editor.request(), editor)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() >= 1 and dialog.error is None
    first = model.options[0]
    assert first.cheapest
    assert model.index(0, 0).data().startswith("CNCKG ─rail→ CNQZH ─sea→ VNHPH")
    assert "cheapest" in model.index(0, 5).data()
    assert len(dialog.chart.points()) == model.rowCount()
    dialog.chart.grab()  # paints without a warning
    assert dialog.chosen_legs() == [
        {"mode": x.mode, "origin": x.origin, "destination": x.destination} for x in first.quote.legs
    ]


def test_a_request_without_route_ends_says_so(editor: BookingEditor, qtbot: Any) -> None:
    dialog = RouteSuggestionsDialog(editor.ctx.new_uow, sample(legs=[]), editor)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    assert dialog.error is not None and "origin" in dialog.error
    assert dialog.model.rowCount() == 0 and dialog.chosen_legs() == []


def test_choosing_an_option_fills_the_legs(
    editor: BookingEditor, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.apply_state(sample(legs=[{"mode": "road_ftl", "origin": "CNCKG", "destination": "VNHAN"}]))
    wait_for_quote(qtbot, editor)

    def run(self: RouteSuggestionsDialog) -> int:
        qtbot.waitUntil(lambda: not self.searching, timeout=20_000)
        return QDialog.DialogCode.Accepted.value if self.model.rowCount() else 0

    monkeypatch.setattr(route_suggestions.RouteSuggestionsDialog, "exec", run)
    assert editor.suggest_routes()
    legs = editor.request()["legs"]
    assert [leg["origin"] for leg in legs][0] == "CNCKG" and legs[-1]["destination"] == "VNHAN"
    assert len(legs) == 3 and legs[0]["mode"] == "rail_fcl"
    assert editor.undo_stack.canUndo()
    wait_for_quote(qtbot, editor)
    # the legs table shows each scheduled leg's cut-off (column 8) and the ETD's tooltip
    cutoff = editor.legs.model.index(0, 8).data()
    assert cutoff
    assert "at the terminal by" in editor.legs.model.index(0, 4).data(3)  # ToolTipRole
