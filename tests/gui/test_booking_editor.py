"""The booking editor: problems shown on their leg, the worker thread, undo, saving rules."""

from __future__ import annotations

import json
import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from booking_app.gui.common.changes import Change
from booking_app.gui.common.completer import ChoiceCompleter
from booking_app.gui.editor import quote as editor_quote
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from booking_app.services import catalog, quoting
from booking_app.services.desk import LiveQuote
from tests.conftest import TEST_TODAY
from tests.gui.helpers import activate, cell_editor, type_into_cell, wait_for_quote

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def sample(**changes: Any) -> dict[str, Any]:
    """The demo's three-leg request, dated today."""
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    today = TEST_TODAY.isoformat()
    raw.update({"quote_date": today, "ship_date": today})
    raw.update(changes)
    return dict(raw)


@pytest.fixture
def editor(window: MainWindow, qtbot: Any) -> BookingEditor:
    """A new booking's editor filled with the demo request, its quote shown."""
    opened = window.new_booking()
    opened.apply_state(sample())
    wait_for_quote(qtbot, opened)
    return opened


def test_a_leg_without_a_valid_rate_says_why_on_that_leg(editor: BookingEditor, qtbot: Any) -> None:
    legs = [
        {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
        {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"},
        {"mode": "road_ftl", "origin": "VNDAD", "destination": "VNHAN"},
    ]
    editor.apply_state(sample(legs=legs))
    wait_for_quote(qtbot, editor)
    model = editor.legs.model
    assert model.index(0, 6).data() == "2,070.92"  # leg 1 still priced
    assert model.index(1, 6).data() == "No rate on this lane"
    assert model.index(1, 6).data(Qt.ItemDataRole.ToolTipRole) == "No rate on this lane"
    assert model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 6).data() == "No rate on this lane"  # leg 3 judged on its own
    tree = editor.quote_panel.model
    assert tree.item(1, 1).text() == "Cannot be priced: No rate on this lane"
    assert editor.quote_panel.cell_text(0, None, "amount_quote") == "2,070.92"
    assert editor.quote_panel.total_label.text() == (
        "Total: not known while legs 2, 3 cannot be priced"
    )


def test_a_ship_date_past_every_rate_names_the_date(editor: BookingEditor, qtbot: Any) -> None:
    editor.apply_state(sample(ship_date="2031-01-05"))
    wait_for_quote(qtbot, editor)
    assert editor.legs.model.index(0, 6).data() == "No rate valid on 1/5/2031"
    # a draft may wait for a rate (selling.md §4); quoting it needs one
    assert editor.save() and editor.status == "draft"
    assert not editor.mark_quoted() and editor.status == "draft"
    assert "No rate valid on 1/5/2031" in editor.message.text()
    assert editor.message.text().startswith("Leg 1 (Rail FCL CNCKG → CNQZH): ")


def test_a_bad_request_is_shown_above_the_tree(editor: BookingEditor, qtbot: Any) -> None:
    editor.apply_state(sample(currency="EUR", cargo={"description": "x"}))
    wait_for_quote(qtbot, editor)
    assert editor.quote_panel.error_label.isVisibleTo(editor)
    assert "cargo is empty" in editor.quote_panel.error_label.text()


def test_the_quote_is_priced_off_the_gui_thread_on_its_own_connection(
    editor: BookingEditor, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bool, bool]] = []
    real = editor_quote.live_quote

    def spy(uow: Any, raw: Any, today: Any = None) -> Any:
        seen.append((threading.current_thread() is threading.main_thread(), uow is editor.ctx.uow))
        return real(uow, raw, today)

    monkeypatch.setattr(editor_quote, "live_quote", spy)
    editor.cargo.container_spins["40HC"].setValue(3)
    wait_for_quote(qtbot, editor)
    assert seen == [(False, False)]
    assert editor.last_result is not None and editor.last_result.quote is not None
    assert editor.last_result.quote["legs"][0]["lines"][0]["quantity"] == "3"


def test_typing_fast_prices_once_and_stale_results_are_dropped(
    editor: BookingEditor, qtbot: Any
) -> None:
    spin = editor.cargo.container_spins["40HC"]
    activate(qtbot, spin)
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    assert editor.last_result.quote["legs"][0]["lines"][0]["quantity"] == "5"
    editor.quoter.schedule()  # the clerk typed on: the answer to the older request is stale
    editor.quoter._on_priced(LiveQuote(None, (), "stale"))
    assert editor.quote_panel.error_label.text() == ""
    assert editor.last_result is not None and editor.last_result.error != "stale"
    wait_for_quote(qtbot, editor)


def test_undo_and_redo_with_the_keyboard(
    window: MainWindow, editor: BookingEditor, qtbot: Any
) -> None:
    field = editor.header.party_edits["customer"]
    field.clear()
    activate(qtbot, field)
    field.setFocus()
    qtbot.keyClicks(field, "ACME")
    spin = editor.cargo.container_spins["40HC"]
    spin.setValue(4)
    assert window.actions_.undo.isEnabled()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert spin.value() == 2 and field.text() == "ACME"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == "Guangxi Example Trading Co."  # clearing and typing: one step
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL_SHIFT)
    assert field.text() == "ACME"
    qtbot.keyClick(field, Qt.Key.Key_Y, CTRL)
    assert spin.value() == 4
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    assert editor.last_result.quote["legs"][0]["lines"][0]["quantity"] == "4"


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks(
    window: MainWindow, editor: BookingEditor, answer: Any, closes: bool, saved: bool
) -> None:
    asked: list[str] = []
    editor.ask_unsaved = lambda: asked.append("?") or answer  # type: ignore[method-assign]
    editor.header.notes.setText("call before delivery")
    assert editor.is_dirty() and window.tabs.tabText(window.tabs.indexOf(editor)).endswith("*")
    assert window.close_tab(window.tabs.indexOf(editor)) is closes
    assert asked == ["?"]
    assert (window.current_editor() is None) is closes
    found = window.bookings_view.model.total() if saved else 0
    assert found == (1 if saved else 0)


def test_quoted_confirmed_amended_cancelled_and_duplicated(
    window: MainWindow, editor: BookingEditor, qtbot: Any
) -> None:
    assert editor.mark_quoted() and editor.status == "quoted"
    assert editor.confirm() and editor.is_read_only() and editor.revision == 2
    editor.amend()
    assert not editor.is_read_only() and editor.can("confirm")
    editor.cargo.container_spins["40HC"].setValue(3)
    assert editor.confirm()
    assert editor.revision == 3 and editor.status == "confirmed"
    saved = quoting.get_booking(editor.ctx.uow, editor.booking_no or "")
    assert saved.revision == 3 and saved.request.cargo.container_count("40HC") == 3

    editor.duplicate()
    copy = window.current_editor()
    assert copy is not None and copy is not editor
    assert copy.status == "new" and copy.booking_no is None
    assert copy.request()["legs"] == sample()["legs"]
    assert copy.cargo.container_spins["40HC"].value() == 3
    wait_for_quote(qtbot, copy)

    window.tabs.setCurrentWidget(editor)
    assert editor.cancel_booking() and editor.status == "cancelled" and editor.is_read_only()
    assert not editor.can("amend") and not editor.can("cancel")
    assert not editor.save()


def test_a_draft_may_lack_parties_but_a_quote_needs_them(editor: BookingEditor) -> None:
    for key in ("customer", "shipper", "consignee"):
        editor.header.party_edits[key].clear()
    assert editor.save() and editor.status == "draft"
    assert not editor.mark_quoted()
    assert editor.message.text() == "A booking needs: Customer, Shipper, Consignee"
    assert editor.status == "draft"


def test_pieces_show_live_totals_and_chargeable_weight(editor: BookingEditor, qtbot: Any) -> None:
    editor.apply_state(
        sample(
            cargo={"description": "parts"},
            legs=[{"mode": "air", "origin": "CNNNX", "destination": "SGCHX"}],
        )  # fmt: skip
    )
    activate(qtbot, editor.cargo.add_piece_button)
    qtbot.mouseClick(editor.cargo.add_piece_button, Qt.MouseButton.LeftButton)
    table = editor.cargo.pieces_table
    for column, text in enumerate(("3", "120", "80", "100", "150")):
        type_into_cell(qtbot, table, 0, column, text)
    label = editor.cargo.measures.text()
    assert "Gross 450 kg" in label and "2.88 cbm" in label and "Air: 480 kg" in label
    assert editor.cargo.weight.text() == "450" and not editor.cargo.weight.isEnabled()
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    assert editor.last_result.quote["legs"][0]["chargeable"] == "480.0"


def test_carriers_offered_are_those_valid_on_the_leg(editor: BookingEditor, qtbot: Any) -> None:
    table = editor.legs.table
    activate(qtbot, table)
    table.setFocus()
    table.setCurrentIndex(editor.legs.model.index(1, 3))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = cell_editor(table)
    completer = cell.findChild(ChoiceCompleter)
    assert isinstance(completer, ChoiceCompleter) and completer.is_open()  # listed at once
    offered = [choice.text for choice in completer.shown]
    assert offered == ["Cheapest", "Beibu Gulf Shipping", "COSCO Shipping", "SITC Lines"]
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    QApplication.processEvents()
    type_into_cell(qtbot, table, 1, 3, "COSCO Shipping")
    assert editor.request()["legs"][1]["carrier"] == "COSCO Shipping"
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    assert editor.last_result.quote["legs"][1]["carrier"] == "COSCO Shipping"
    etd = date.fromisoformat(editor.last_result.quote["legs"][1]["etd"])
    # the rail leg departs after its cut-off, the ship on COSCO's next Thursday (demo)
    assert etd > TEST_TODAY and etd - TEST_TODAY < timedelta(days=14)
    assert editor.last_result.quote["legs"][1]["scheduled"] is True


def test_quick_new_party_from_the_plus_button(editor: BookingEditor, qtbot: Any) -> None:
    field = editor.header.party_edits["consignee"]
    field.setText("Công ty Mới")
    qtbot.mouseClick(editor.header.party_buttons["consignee"], Qt.MouseButton.LeftButton)
    assert "Công ty Mới" in [p.name for p in catalog.list_parties(editor.ctx.uow)]
    assert "Công ty Mới" in editor.header.party_names.stringList()
    qtbot.mouseClick(editor.header.party_buttons["consignee"], Qt.MouseButton.LeftButton)
    assert "already exists" in editor.message.text()


def test_editor_models_pass_the_model_tester(editor: BookingEditor, qtmodeltester: Any) -> None:
    editor.cargo.trucks.add_row({"type": "10T", "count": "1"})
    editor.cargo.pieces.add_row({"count": "2", "weight_kg": "10"})
    for model in (editor.legs.model, editor.cargo.pieces, editor.cargo.trucks):
        qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(editor.quote_panel.model, force_py=True)


def test_problems_are_told_in_the_clerks_language(
    window: MainWindow, editor: BookingEditor, qtbot: Any
) -> None:
    from booking_app.core.errors import Problem
    from booking_app.gui.common.problems import problem_text
    from booking_app.services.settings import save_settings

    legs = [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"}]
    editor.apply_state(sample(legs=legs))
    wait_for_quote(qtbot, editor)
    save_settings(editor.ctx.uow, {"language": "zh_CN"})
    editor.ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    assert editor.legs.model.index(0, 6).data() == "该线路没有运价"
    assert editor.quote_panel.model.item(0, 1).text() == "无法计价：该线路没有运价"
    no_rate = Problem("no_rate_valid", {"day": date(2026, 12, 1), "mode": "sea_fcl",
                                        "origin": "CNQZH", "destination": "VNDAD"}, leg=2)
    assert problem_text(no_rate).startswith("第 2 段（海运整箱 CNQZH → VNDAD）：")
    assert "sea_fcl" not in problem_text(no_rate)
    assert problem_text("something else") == "something else"  # a sentence is not parsed


def test_a_leg_still_being_typed_says_what_it_lacks_in_its_cell(
    window: MainWindow, qtbot: Any
) -> None:
    fresh = window.new_booking()
    wait_for_quote(qtbot, fresh)
    model = fresh.legs.model
    assert model.index(0, 6).data() == "Choose the mode of this leg"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # the mode
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert fresh.last_result is not None and fresh.last_result.quote is None
