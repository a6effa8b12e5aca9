"""Numbers typed in the desk's fields are read in the display language's notation.

English and Chinese write ``18,000.5``, Vietnamese ``18.000,5``. What cannot be read
is refused at the field, the clerk's text stays, and no figure reaches the quote.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.number_edit import MESSAGE_STYLE, PROBLEM_STYLE
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from booking_app.gui.rates.rate_dialog import RateDialog
from booking_app.gui.settings.view import SettingsView
from booking_app.services import catalog
from booking_app.services.settings import current_settings, save_settings
from tests.conftest import TEST_TODAY
from tests.gui.helpers import activate, type_into_cell, wait_for_quote

#: a demo air rate per kg, with breaks up to 1000 kg
AIR_RATE = 179
AIR = [{"mode": "air", "origin": "CNNNX", "destination": "SGCHX"}]


def air_request(**cargo: Any) -> dict[str, Any]:
    """One air leg, where the weight decides the price."""
    today = TEST_TODAY.isoformat()
    return {
        "quote_date": today, "ship_date": today, "currency": "USD", "markup_percent": "0",
        "customer": "Guangxi Example Trading Co.", "shipper": "S", "consignee": "C",
        "cargo": {"description": "parts", **cargo}, "legs": AIR,
    }  # fmt: skip


@pytest.fixture
def editor(window: MainWindow, qtbot: Any) -> BookingEditor:
    """A new booking on one air leg, 100 kg, its quote shown."""
    opened = window.new_booking()
    opened.apply_state(air_request(weight_kg="100", volume_cbm="0.1"))
    wait_for_quote(qtbot, opened)
    return opened


@pytest.fixture
def vietnamese() -> Iterator[None]:
    """Vietnamese notation while the test runs."""
    QLocale.setDefault(QLocale("vi_VN"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def type_into(qtbot: Any, edit: Any, text: str) -> None:
    """Replace a line edit's text key by key, as a clerk does (ASCII only)."""
    activate(qtbot, edit)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def chargeable(editor: BookingEditor) -> str:
    result = editor.last_result
    assert result is not None and result.quote is not None, result
    return str(result.quote["legs"][0]["chargeable"])


def test_english_grouping_is_read_in_the_request_and_the_quote(
    editor: BookingEditor, qtbot: Any
) -> None:
    type_into(qtbot, editor.cargo.weight, "18,000")
    assert editor.request()["cargo"]["weight_kg"] == "18000"
    wait_for_quote(qtbot, editor)
    assert chargeable(editor) == "18000"
    assert editor.cargo.weight.text() == "18,000" and editor.cargo.weight.problem() is None
    assert "Gross 18,000 kg" in editor.cargo.measures.text()


def test_vietnamese_notation_is_read_under_vi_vn(
    editor: BookingEditor, qtbot: Any, vietnamese: None
) -> None:
    editor.cargo.weight.setText("18.000,5")
    assert editor.request()["cargo"]["weight_kg"] == "18000.5"
    wait_for_quote(qtbot, editor)
    assert chargeable(editor) == "18000.5"
    assert "Gross 18.000,5 kg" in editor.cargo.measures.text()


@pytest.mark.parametrize("typed", ["18,00", "1,2,3", "18.000,5", "18kg"])
def test_an_unclear_number_is_refused_at_the_field(
    editor: BookingEditor, qtbot: Any, typed: str
) -> None:
    before, steps = editor.request(), editor.undo_stack.count()
    weight = editor.cargo.weight
    weight.setText(typed)  # pasted
    assert weight.text() == typed  # the clerk's text stays
    assert editor.request() == before  # and no figure was made up from it
    assert editor.undo_stack.count() == steps
    assert weight.styleSheet() == PROBLEM_STYLE
    shown = editor.cargo.measures  # under the field, where the totals were
    assert shown.isVisibleTo(editor) and shown.styleSheet() == MESSAGE_STYLE
    assert shown.text().startswith(f"Weight kg: Cannot read “{typed}”") or (
        shown.text().startswith(f"Weight kg: “{typed}” is not a number")
    )
    assert weight.toolTip() == shown.text().removeprefix("Weight kg: ")
    wait_for_quote(qtbot, editor)
    panel = editor.quote_panel
    assert editor.last_result is not None and editor.last_result.quote is None
    assert panel.total_label.text() == "Total: not priced"
    assert panel.error_label.isVisibleTo(editor) and typed in panel.error_label.text()
    assert not editor.save() and editor.booking_no is None
    assert editor.message.text().startswith("Not saved: Weight kg:")
    type_into(qtbot, weight, typed)  # typed key by key: what it read on the way is not priced
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is None
    assert not editor.save() and editor.booking_no is None
    type_into(qtbot, weight, "18,000")  # put right, everything follows again
    assert weight.styleSheet() == "" and "Gross 18,000 kg" in shown.text()
    wait_for_quote(qtbot, editor)
    assert chargeable(editor) == "18000" and not panel.error_label.isVisibleTo(editor)


def test_a_piece_cell_is_read_in_the_locale_or_refused(editor: BookingEditor, qtbot: Any) -> None:
    activate(qtbot, editor.cargo.add_piece_button)
    qtbot.mouseClick(editor.cargo.add_piece_button, Qt.MouseButton.LeftButton)
    table, model = editor.cargo.pieces_table, editor.cargo.pieces
    for column, text in enumerate(("2", "120", "80", "100", "1,250.5")):
        type_into_cell(qtbot, table, 0, column, text)
    assert editor.request()["cargo"]["pieces"][0]["weight_kg"] == "1250.5"
    assert model.index(0, 4).data() == "1,250.5"
    wait_for_quote(qtbot, editor)
    assert chargeable(editor) == "2501.0"
    before = editor.request()
    type_into_cell(qtbot, table, 0, 4, "1,2")
    type_into_cell(qtbot, table, 0, 0, "1.5")
    assert editor.request() == before
    assert model.index(0, 4).data() == "1,2"  # kept as typed, marked
    assert model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Cannot read “1,2”" in model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    problem = editor.cargo.measures
    assert "Piece line 1, kg each: Cannot read “1,2”" in problem.text()
    assert "Piece line 1, Pieces: “1.5” is not a whole number." in problem.text()
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is None
    type_into_cell(qtbot, table, 0, 4, "1,200")
    type_into_cell(qtbot, table, 0, 0, "2")
    assert (
        "Gross 2,400 kg" in problem.text()
        and editor.request()["cargo"]["pieces"][0]["weight_kg"] == "1200"
    )


def test_the_markup_percent_is_read_in_the_locale(
    editor: BookingEditor, qtbot: Any, vietnamese: None
) -> None:
    editor.header.percent.setText("12,5")
    assert editor.request()["markup_percent"] == "12.5"
    editor.header.percent.setText("12.5")  # in Vietnamese "." groups thousands
    assert editor.request()["markup_percent"] == "12.5"
    assert editor.header.percent.message.isVisibleTo(editor)
    assert "Profit %: Cannot read “12.5”" in editor.header.percent.message.text()


def test_a_saved_booking_shows_its_numbers_in_the_locale_and_reads_them_back(
    editor: BookingEditor, qtbot: Any, vietnamese: None
) -> None:
    editor.apply_state(
        air_request(
            pieces=[
                {
                    "count": "1000",
                    "length_cm": "120.5",
                    "width_cm": "80",
                    "height_cm": "100",
                    "weight_kg": "18000.25",
                }
            ],
        )  # fmt: skip
    )
    editor.header.percent.set_plain("7.25")
    assert editor.save()
    saved = editor.request()
    assert saved["cargo"]["pieces"][0]["weight_kg"] == "18000.25"
    editor.load_booking(str(editor.booking_no))
    assert editor.cargo.pieces.index(0, 0).data() == "1.000"
    assert editor.cargo.pieces.index(0, 1).data() == "120,5"
    assert editor.cargo.pieces.index(0, 4).data() == "18.000,25"
    assert editor.header.percent.text() == "7,25"
    assert editor.request() == saved and not editor.number_problems()
    # opening a cell and leaving it as shown changes nothing
    type_into_cell(qtbot, editor.cargo.pieces_table, 0, 4, "18.000,25")
    assert editor.request() == saved and not editor.is_dirty()
    QLocale.setDefault(QLocale("en_US"))
    editor.load_booking(str(editor.booking_no))
    assert editor.cargo.pieces.index(0, 4).data() == "18,000.25"
    assert editor.header.percent.text() == "7.25" and editor.request() == saved


def test_totals_from_pieces_are_shown_in_the_locale(
    editor: BookingEditor, qtbot: Any, vietnamese: None
) -> None:
    editor.apply_state(
        air_request(
            pieces=[
                {
                    "count": "3",
                    "length_cm": "120",
                    "width_cm": "80",
                    "height_cm": "100",
                    "weight_kg": "1500.5",
                }
            ],
        )  # fmt: skip
    )
    assert editor.cargo.weight.text() == "4.501,5"
    assert editor.cargo.volume.text() == "2,88"
    assert "cargo" in editor.request() and "weight_kg" not in editor.request()["cargo"]


def test_an_unreadable_number_from_a_request_is_shown_as_a_problem(
    editor: BookingEditor, qtbot: Any
) -> None:
    editor.apply_state(air_request(weight_kg="lots"))
    assert editor.cargo.weight.text() == "lots"
    assert editor.number_problems() == [
        "Weight kg: “lots” is not a number; write it like 18,000.5."
    ]
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is None


def test_an_unreadable_piece_from_a_request_is_a_problem_of_its_cell(
    editor: BookingEditor, qtbot: Any
) -> None:
    piece = {"count": "2.5", "length_cm": "120", "width_cm": "80", "height_cm": "100"}
    editor.apply_state(air_request(pieces=[{**piece, "weight_kg": "lots"}]))
    model = editor.cargo.pieces
    assert (model.index(0, 0).data(), model.index(0, 4).data()) == ("2.5", "lots")
    assert [(p.row, p.key, p.error.code) for p in model.problems()] == [
        (0, "count", "not_whole"), (0, "weight_kg", "not_a_number"),
    ]  # fmt: skip
    assert model.rows()[0]["weight_kg"] == "" and len(editor.number_problems()) == 2
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is None


def test_a_refused_number_is_drawn_outlined(
    editor: BookingEditor, qtbot: Any, tmp_path: Path
) -> None:
    editor.window().resize(1400, 950)
    type_into(qtbot, editor.cargo.weight, "18,00")
    wait_for_quote(qtbot, editor)
    QApplication.processEvents()
    weight = editor.cargo.weight
    picture = weight.grab().toImage()
    edge = picture.pixelColor(1, picture.height() // 2)  # the red outline
    assert edge.red() > 150 and edge.green() < 60 and edge.blue() < 60, edge.name()
    assert editor.grab().save(str(tmp_path / "editor-error.png"))


def test_number_problems_are_told_in_the_clerks_language(editor: BookingEditor, qtbot: Any) -> None:
    editor.cargo.weight.setText("18,00")
    editor.header.percent.setText("12,5")
    save_settings(editor.ctx.uow, {"language": "zh_CN"})
    editor.ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    weight = editor.cargo.weight
    assert (
        weight.toolTip() == "无法识别“18,00”：请按 18,000.5 的格式填写。 您是想填 1,800 或 18 吗？"
    )
    assert weight.text() == "18,00" and weight.styleSheet() == PROBLEM_STYLE
    assert editor.cargo.measures.text().startswith("重量 kg: 无法识别“18,00”")
    assert editor.header.percent.message.text().startswith("利润 %: 无法识别“12,5”")
    wait_for_quote(qtbot, editor)
    assert "无法识别“18,00”" in editor.quote_panel.error_label.text()


# --- the rate dialog ------------------------------------------------------------------


def test_rate_dialog_reads_every_number_in_the_locale(
    desk_ctx: DeskContext, qtbot: Any, vietnamese: None
) -> None:
    opened = RateDialog(desk_ctx, AIR_RATE)
    qtbot.addWidget(opened)
    stored = catalog.rate_cells(desk_ctx.uow, AIR_RATE)
    assert opened.breaks.text() == "45:4,40 100:3,90 300:3,45 500:3,10 1.000:2,80"
    assert opened.cells() == stored  # shown in Vietnamese, read back unchanged
    opened.rate.setText("1.234,5")
    opened.min_charge.setText("50,00")
    opened.max_charge.setText("2.000")
    opened.kg_per_cbm.setText("167")
    opened.breaks.setText("45:22,00 1.000:15,5")
    cells = opened.cells()
    assert (cells["rate"], cells["min_charge"], cells["max_charge"]) == ("1234.5", "50.00", "2000")
    assert (cells["kg_per_cbm"], cells["breaks"]) == ("167", "45:22.00 1000:15.5")
    opened.save()
    saved = catalog.rate_cells(desk_ctx.uow, AIR_RATE)
    assert (saved["rate"], saved["max_charge"], saved["breaks"]) == (
        "1234.5", "2000", "45:22.00 1000:15.5",
    )  # fmt: skip
    again = RateDialog(desk_ctx, AIR_RATE)
    qtbot.addWidget(again)
    assert again.rate.text() == "1.234,5" and again.breaks.text() == "45:22,00 1.000:15,5"
    assert again.cells() == saved


def test_rate_dialog_refuses_an_unclear_number(desk_ctx: DeskContext, qtbot: Any) -> None:
    opened = RateDialog(desk_ctx, AIR_RATE)
    qtbot.addWidget(opened)
    before = catalog.rate_cells(desk_ctx.uow, AIR_RATE)
    opened.show()
    qtbot.waitExposed(opened)
    for edit, typed in ((opened.max_charge, "2,00"), (opened.breaks, "45:22,0")):
        edit.setText(typed)
        qtbot.mouseClick(opened.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        assert opened.isVisible() and opened.result() == 0
        assert edit.message.isVisibleTo(opened) and edit.text() == typed
        assert f"Cannot read “{typed.split(':')[-1]}”" in opened.error.text()
        assert catalog.rate_cells(desk_ctx.uow, AIR_RATE) == before
        edit.set_plain("")


# --- settings ---------------------------------------------------------------------------


def test_settings_default_markup_is_read_in_the_locale(
    desk_ctx: DeskContext, qtbot: Any, vietnamese: None
) -> None:
    view = SettingsView(desk_ctx)
    qtbot.addWidget(view)
    markup = view.editors["default_markup_percent"]
    markup.setText("7.5")  # Vietnamese groups with "."
    assert not view.save()
    assert "Default markup %: Cannot read “7.5”" in view.message.text()
    assert current_settings(desk_ctx.uow).values["default_markup_percent"] == "0"
    markup.setText("7,5")
    assert view.save()
    assert current_settings(desk_ctx.uow).values["default_markup_percent"] == "7.5"
    assert markup.text() == "7,5"
    floor = view.editors["min_margin_percent"]
    floor.setText("2,25")
    assert view.save()
    assert current_settings(desk_ctx.uow).values["min_margin_percent"] == "2.25"
    floor.setText("2.25")
    assert not view.save() and "Margin floor %: Cannot read “2.25”" in view.message.text()
