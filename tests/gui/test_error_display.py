"""Problems as a clerk sees them: on the leg or field they concern, in the clerk's language,
gone once fixed (issue 9, items 2, 4 and 5)."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from booking_app.gui.common.changes import Change
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from booking_app.services.settings import save_settings
from tests.conftest import TEST_TODAY
from tests.gui.helpers import activate, wait_for_quote

PRICE, MODE, DESTINATION = 6, 0, 2
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def sample(**changes: Any) -> dict[str, Any]:
    """The demo's three-leg request, dated today."""
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    raw.update({"quote_date": TEST_TODAY.isoformat(), "ship_date": TEST_TODAY.isoformat()})
    raw.update(changes)
    return dict(raw)


def opened(window: MainWindow, qtbot: Any, raw: dict[str, Any]) -> BookingEditor:
    editor = window.new_booking()
    editor.apply_state(raw)
    wait_for_quote(qtbot, editor)
    return editor


def switch_language(editor: BookingEditor, language: str) -> None:
    save_settings(editor.ctx.uow, {"language": language})
    editor.ctx.notify(Change.SETTINGS)
    QApplication.processEvents()


def test_an_unknown_location_is_named_and_its_cell_marked(
    window: MainWindow, qtbot: Any
) -> None:
    legs = [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "XXABC"}]
    editor = opened(window, qtbot, sample(legs=legs))
    model = editor.legs.model
    assert model.index(0, PRICE).data() == "Unknown location XXABC"
    assert model.index(0, DESTINATION).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, MODE).data(Qt.ItemDataRole.BackgroundRole) is None


def test_air_from_a_city_names_the_citys_airport(window: MainWindow, qtbot: Any) -> None:
    legs = [{"mode": "air", "origin": "CNNNG", "destination": "SGSIN"}]
    editor = opened(window, qtbot, sample(legs=legs, cargo={"weight_kg": 100,
                                                           "description": "parts"}))
    text = editor.legs.model.index(0, PRICE).data()
    assert text.startswith("Air freight needs an airport: CNNNG is a city")
    assert "CNNNX" in text


def test_only_the_broken_leg_is_marked_while_the_others_are_priced(
    window: MainWindow, qtbot: Any
) -> None:
    legs = sample()["legs"]
    legs[1] = {"mode": "", "origin": "CNQZH", "destination": "VNHPH"}
    editor = opened(window, qtbot, sample(legs=legs))
    model = editor.legs.model
    assert model.index(1, PRICE).data() == "Choose the mode of this leg"
    assert model.index(1, MODE).data(Qt.ItemDataRole.BackgroundRole) is not None
    for row in (0, 2):  # priced, unmarked
        assert re.fullmatch(r"[\d,]+\.\d\d", model.index(row, PRICE).data())
        assert model.index(row, PRICE).data(Qt.ItemDataRole.ForegroundRole) is None
    panel = editor.quote_panel
    assert "provisional" in panel.model.item(2, 1).text()
    assert "provisional" not in panel.model.item(0, 1).text()
    assert panel.total_label.text() == "Total: not known while leg 2 cannot be priced"
    assert not any("another leg" in panel.model.item(r, 1).text() for r in range(3))


def test_a_refused_save_marks_and_focuses_the_field_and_goes_once_fixed(
    window: MainWindow, qtbot: Any
) -> None:
    editor = opened(window, qtbot, sample(customer=""))
    activate(qtbot, editor)
    assert not editor.mark_quoted()
    field = editor.header.party_edits["customer"]
    assert editor.message.isVisible() and editor.message.text() == "A booking needs: Customer"
    assert "sea_fcl" not in editor.message.text() and field.property("problem_mark")
    qtbot.waitUntil(field.hasFocus)
    editor.header.party_edits["shipper"].setFocus()
    qtbot.mouseClick(editor.message, Qt.MouseButton.LeftButton)  # back to the field
    qtbot.waitUntil(field.hasFocus)
    field.setText("Guangxi Example Trading Co.")
    wait_for_quote(qtbot, editor)
    assert not editor.message.isVisible() and editor.message.text() == ""
    assert not field.property("problem_mark") and field.styleSheet() == ""


def test_a_leg_problem_in_the_banner_leads_to_that_leg(window: MainWindow, qtbot: Any) -> None:
    legs = [{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
            {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"}]  # fmt: skip
    editor = opened(window, qtbot, sample(legs=legs))
    activate(qtbot, editor)
    assert not editor.mark_quoted()
    assert editor.message.text() == "Leg 2 (Sea FCL CNQZH → VNDAD): No rate on this lane"
    editor.header.notes.setFocus()
    qtbot.keyClick(editor.message, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.legs.table.hasFocus)
    assert editor.legs.table.currentIndex().row() == 1


def test_the_banner_follows_the_language_both_ways(window: MainWindow, qtbot: Any) -> None:
    editor = opened(window, qtbot, sample(customer="", incoterm=""))
    assert not editor.mark_quoted()
    assert editor.message.text() == "A booking needs: Customer, Incoterm"
    switch_language(editor, "zh_CN")
    assert _CJK.search(editor.message.text()), editor.message.text()
    switch_language(editor, "en")
    assert editor.message.text() == "A booking needs: Customer, Incoterm"
    assert not _CJK.search(editor.legs.model.index(0, PRICE).data() or "")


def test_saved_goes_away_with_the_next_edit(window: MainWindow, qtbot: Any) -> None:
    editor = opened(window, qtbot, sample())
    assert editor.save()
    assert editor.message.isVisible() and editor.message.text().startswith("Saved ")
    switch_language(editor, "zh_CN")
    assert _CJK.search(editor.message.text())  # re-rendered, not kept as typed
    switch_language(editor, "en")
    assert editor.message.text().startswith("Saved ")
    editor.header.notes.setText("call the consignee first")
    assert editor.is_dirty() and not editor.message.isVisible()
