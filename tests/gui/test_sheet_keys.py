"""Issue 9, "What a clerk hit" 1: the route and the cargo lines typed like a spreadsheet.

Keys go to whatever has the focus (:class:`tests.gui.keyboard.Keyboard`), as on a real
keyboard: a key sent to the table while a cell editor is open would never reach it.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from booking_app.gui.common.completer import ChoiceCompleter
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from tests.gui.helpers import activate, cell_editor, wait_for_quote
from tests.gui.keyboard import Keyboard

TAB, BACKTAB, RETURN = Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
MODE, FROM, TO, CARRIER = range(4)


@pytest.fixture
def editor(window: MainWindow, qtbot: Any) -> BookingEditor:
    """A new booking's editor (one empty leg), shown in the active main window."""
    opened = window.new_booking()
    activate(qtbot, window)
    return opened


@pytest.fixture
def keys(window: MainWindow, qtbot: Any) -> Keyboard:
    return Keyboard(qtbot, window)


def legs(editor: BookingEditor) -> list[tuple[str, str, str]]:
    rows = editor.legs.model.rows()
    return [(r.get("mode", ""), r.get("origin", ""), r.get("destination", "")) for r in rows]


def put_cursor(editor: BookingEditor, row: int, column: int) -> None:
    table = editor.legs.table
    table.setFocus()
    table.setCurrentIndex(editor.legs.model.index(row, column))


def cursor(editor: BookingEditor) -> tuple[int, int]:
    index = editor.legs.table.currentIndex()
    return index.row(), index.column()


def open_completer(editor: BookingEditor) -> ChoiceCompleter:
    completer = cell_editor(editor.legs.table).findChild(ChoiceCompleter)
    assert isinstance(completer, ChoiceCompleter)
    return completer


def test_clicking_a_selected_cell_then_typing_keeps_every_key(
    editor: BookingEditor, keys: Keyboard, qtbot: Any
) -> None:
    table = editor.legs.table
    put_cursor(editor, 0, TO)
    rect = table.visualRect(editor.legs.model.index(0, TO))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor.schedule_quote()  # as after any earlier edit: a live quote is on its way
    keys.type("V")
    wait_for_quote(qtbot, editor)  # it comes back, and repaints the table, mid-word
    assert cell_editor(table).text() == "V"
    keys.type("NHPH")
    keys.press(RETURN)
    assert legs(editor) == [("", "", "VNHPH")]


def test_typing_over_a_filled_cell_replaces_it_with_the_keys_typed(
    editor: BookingEditor, keys: Keyboard
) -> None:
    editor.legs.set_values([{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"}])
    put_cursor(editor, 0, TO)
    keys.type("VNSGN")
    keys.press(RETURN)
    assert legs(editor) == [("sea_fcl", "CNQZH", "VNSGN")]


def test_tab_takes_the_highlighted_location_and_the_next_code_lands_in_the_next_cell(
    editor: BookingEditor, keys: Keyboard
) -> None:
    put_cursor(editor, 0, FROM)
    keys.type("ckg")
    completer = open_completer(editor)
    assert completer.is_open() and completer.highlighted() is not None
    assert completer.highlighted().value == "CNCKG"  # type: ignore[union-attr]
    keys.press(TAB)
    assert QApplication.focusWidget() is editor.legs.table  # not "Add leg"
    assert cursor(editor) == (0, TO)
    keys.type("qzh")
    keys.press(TAB)
    assert legs(editor) == [("", "CNCKG", "CNQZH")]
    assert cursor(editor) == (0, CARRIER)


def test_down_then_tab_takes_the_location_moved_to(editor: BookingEditor, keys: Keyboard) -> None:
    put_cursor(editor, 0, TO)
    keys.type("nanning")
    completer = open_completer(editor)
    assert [c.value for c in completer.shown] == ["CNNNG", "CNNNX"]
    keys.press(Qt.Key.Key_Down)
    keys.press(TAB)
    assert legs(editor)[0][2] == "CNNNX"


def test_one_return_commits_a_code_and_moves_on(editor: BookingEditor, keys: Keyboard) -> None:
    put_cursor(editor, 0, FROM)
    keys.type("VNHP")
    assert open_completer(editor).is_open()
    keys.press(RETURN)
    assert editor.legs.table.state() != QAbstractItemView.State.EditingState
    assert legs(editor) == [("", "VNHPH", "")]
    assert cursor(editor) == (0, TO)


def test_an_unknown_code_is_kept_as_typed(editor: BookingEditor, keys: Keyboard) -> None:
    put_cursor(editor, 0, FROM)
    keys.type("xxabc")
    keys.press(TAB)
    assert legs(editor) == [("", "XXABC", "")]


@pytest.mark.parametrize(
    ("typed", "mode"),
    [
        ("r", "rail_fcl"), ("rail", "rail_fcl"), ("rail l", "rail_lcl"), ("s", "sea_fcl"),
        ("sea f", "sea_fcl"), ("sea l", "sea_lcl"), ("t", "road_ftl"), ("truck l", "road_ltl"),
        ("road", "road_ftl"), ("a", "air"), ("air", "air"),
    ],
)  # fmt: skip
def test_typing_a_letter_or_a_name_picks_the_mode(
    editor: BookingEditor, keys: Keyboard, typed: str, mode: str
) -> None:
    put_cursor(editor, 0, MODE)
    keys.type(typed)
    keys.press(TAB)
    assert legs(editor)[0][0] == mode
    assert cursor(editor) == (0, FROM)


def test_the_mode_list_shows_display_names_as_soon_as_the_cell_is_edited(
    editor: BookingEditor, keys: Keyboard
) -> None:
    put_cursor(editor, 0, MODE)
    keys.press(Qt.Key.Key_F2)
    completer = open_completer(editor)
    assert completer.is_open()
    assert [c.text for c in completer.shown][:3] == ["Sea FCL", "Sea LCL", "Rail FCL"]
    keys.type("t")
    assert [c.text for c in completer.shown] == ["Truck FTL", "Truck LTL"]
    keys.press(RETURN)
    assert editor.legs.model.index(0, MODE).data() == "Truck FTL"
    assert legs(editor)[0][0] == "road_ftl"


def test_tab_wraps_to_the_next_row_and_shift_tab_comes_back(
    editor: BookingEditor, keys: Keyboard
) -> None:
    editor.legs.set_values(
        [
            {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
            {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"},
        ]
    )
    put_cursor(editor, 0, TO)
    keys.press(TAB)
    assert cursor(editor) == (0, CARRIER)
    keys.press(TAB)
    assert cursor(editor) == (1, MODE)  # the dates and price are not stopped at
    keys.press(BACKTAB)
    assert cursor(editor) == (0, CARRIER)
    keys.press(RETURN)  # Return moves on as Tab does
    assert cursor(editor) == (1, MODE)


def test_tab_past_the_last_cell_adds_a_leg_unless_it_is_untouched(
    editor: BookingEditor, keys: Keyboard
) -> None:
    editor.legs.set_values([{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"}])
    put_cursor(editor, 0, CARRIER)
    keys.press(TAB)
    assert legs(editor) == [("rail_fcl", "CNCKG", "CNQZH"), ("rail_fcl", "CNQZH", "")]
    assert cursor(editor) == (1, MODE)
    for _ in range(4):  # through the new leg, untouched: Tab then leaves the table
        keys.press(TAB)
    assert len(legs(editor)) == 2
    assert QApplication.focusWidget() is editor.legs.add_button


def test_insert_adds_a_leg_delete_clears_ctrl_delete_removes(
    editor: BookingEditor, keys: Keyboard
) -> None:
    put_cursor(editor, 0, MODE)
    keys.type("r")
    keys.press(TAB)
    keys.type("CNCKG")
    keys.press(TAB)
    keys.type("CNQZH")
    keys.press(Qt.Key.Key_Insert)  # commits the cell being typed, then adds
    assert legs(editor) == [("rail_fcl", "CNCKG", "CNQZH"), ("rail_fcl", "CNQZH", "")]
    assert cursor(editor) == (1, MODE)
    keys.press(Qt.Key.Key_Insert)
    assert len(legs(editor)) == 3
    put_cursor(editor, 1, FROM)
    keys.press(Qt.Key.Key_Delete)
    assert legs(editor)[1] == ("rail_fcl", "", "")
    keys.press(Qt.Key.Key_Delete, CTRL)
    assert legs(editor) == [("rail_fcl", "CNCKG", "CNQZH"), ("rail_fcl", "", "")]


def test_a_shortcut_pressed_while_typing_in_a_cell_commits_it_first(
    editor: BookingEditor, keys: Keyboard
) -> None:
    put_cursor(editor, 0, TO)
    keys.type("han")
    assert editor.legs.table.state() == QAbstractItemView.State.EditingState
    keys.press(Qt.Key.Key_L, CTRL)  # add leg: starts where the last one ends
    assert legs(editor) == [("", "", "VNHAN"), ("", "VNHAN", "")]


def test_alt_r_puts_the_cursor_in_the_route(editor: BookingEditor, keys: Keyboard) -> None:
    editor.header.party_edits["customer"].setFocus()
    keys.press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.legs.table
    assert cursor(editor) == (0, MODE)


# --- cargo lines -----------------------------------------------------------------------


def test_piece_lines_are_typed_like_a_spreadsheet(editor: BookingEditor, keys: Keyboard) -> None:
    table = editor.cargo.pieces_table
    table.setFocus()
    keys.press(Qt.Key.Key_Insert)  # the first piece line, its count "1"
    assert editor.cargo.pieces.rows() == [{"count": "1"}]
    for text in ("3", "120", "80", "100", "150"):
        keys.type(text)
        keys.press(TAB)
    # Tab past the last cell added a line, its count ready to type
    assert len(editor.cargo.pieces.rows()) == 2
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 0)
    keys.type("2")
    keys.press(TAB)
    for text in ("50", "40", "30"):
        keys.type(text)
        keys.press(RETURN)
    keys.type("10")
    keys.press(RETURN)
    rows = editor.cargo.pieces.rows()
    assert rows[0] == {
        "count": "3", "length_cm": "120", "width_cm": "80", "height_cm": "100",
        "weight_kg": "150",
    }  # fmt: skip
    assert rows[1] == {
        "count": "2", "length_cm": "50", "width_cm": "40", "height_cm": "30", "weight_kg": "10",
    }  # fmt: skip
    assert "Gross 470 kg" in editor.cargo.measures.text()
    keys.press(Qt.Key.Key_Delete, CTRL)
    assert len(editor.cargo.pieces.rows()) == 1


def test_a_truck_type_is_picked_by_typing_and_free_text_is_kept(
    editor: BookingEditor, keys: Keyboard
) -> None:
    table = editor.cargo.trucks_table
    table.setFocus()
    keys.press(Qt.Key.Key_Insert)
    keys.type("20")
    keys.press(TAB)  # 20T, highlighted
    keys.type("3")
    keys.press(TAB)
    keys.type("12t")  # no such type in the list: kept (the quote will say)
    keys.press(TAB)
    assert editor.cargo.trucks.rows()[0] == {"type": "20T", "count": "3"}
    assert editor.cargo.trucks.rows()[1]["type"] == "12t"


def test_a_read_only_route_takes_no_keys(editor: BookingEditor, keys: Keyboard) -> None:
    editor.legs.set_values([{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"}])
    editor.legs.set_read_only(True)  # a confirmed booking, not being amended
    put_cursor(editor, 0, TO)
    keys.type("v")
    keys.press(Qt.Key.Key_Insert)
    keys.press(Qt.Key.Key_Delete)
    keys.press(Qt.Key.Key_Delete, CTRL)
    keys.press(Qt.Key.Key_F2)
    assert editor.legs.table.state() != QAbstractItemView.State.EditingState
    assert legs(editor) == [("rail_fcl", "CNCKG", "CNQZH")]


def test_opening_an_empty_mode_and_leaving_it_chooses_nothing(
    editor: BookingEditor, keys: Keyboard
) -> None:
    put_cursor(editor, 0, MODE)
    keys.press(Qt.Key.Key_F2)
    completer = open_completer(editor)
    assert completer.is_open() and completer.highlighted() is None
    keys.press(TAB)
    assert legs(editor)[0][0] == ""
