"""Issue 9, "What a clerk hit" 2 and 3: choices wide enough to tell apart, found by name
and without diacritics, in the route, the party fields and the searches.

Non-ASCII text cannot be typed with ``keyClicks`` (it aborts the test process): it is
committed as an input method does (:func:`ime_type`), which is how a Vietnamese or
Chinese clerk's keyboard delivers it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from booking_app.gui.common.completer import ChoiceCompleter
from booking_app.gui.common.context import DeskContext
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from booking_app.services import catalog, desk
from tests.gui.helpers import activate
from tests.gui.keyboard import Keyboard
from tests.gui.test_booking_editor import sample
from tests.gui.test_languages import switch_to
from tests.gui.test_sheet_keys import FROM, TAB, TO, legs, open_completer, put_cursor


@pytest.fixture
def editor(window: MainWindow, qtbot: Any) -> BookingEditor:
    opened = window.new_booking()
    activate(qtbot, window)
    return opened


@pytest.fixture
def keys(window: MainWindow, qtbot: Any) -> Keyboard:
    return Keyboard(qtbot, window)


def ime_type(text: str) -> None:
    """Commit ``text`` into the focused field as an input method does."""
    widget = QApplication.focusWidget()
    assert widget is not None
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def listed(completer: ChoiceCompleter) -> list[tuple[str, ...]]:
    return [choice.columns for choice in completer.shown]


def test_locations_are_listed_wide_with_code_name_and_kind(
    editor: BookingEditor, keys: Keyboard, tmp_path: Path
) -> None:
    put_cursor(editor, 0, TO)
    keys.type("nanning")
    completer = open_completer(editor)
    assert listed(completer) == [
        ("CNNNG", "Nanning 南宁", "city"),
        ("CNNNX", "Nanning Wuxu International Airport 南宁吴圩国际机场", "airport · CNNNG"),
    ]
    popup = completer.popup
    column_width = editor.legs.table.columnWidth(TO)
    assert popup.width() > 3 * column_width  # not cut to the column ("CNNNG …")
    metrics = popup.fontMetrics()
    for column, text in enumerate(listed(completer)[1]):
        assert popup.columnWidth(column) >= metrics.horizontalAdvance(text), text
    window = editor.window()
    top_left = popup.mapTo(window, popup.rect().topLeft())
    assert 0 <= top_left.x() and top_left.x() + popup.width() <= window.width()
    assert window.grab().save(str(tmp_path / "location-choices.png"))  # looked at


def test_ho_chi_finds_tan_son_nhat_the_airport_of_the_city(
    editor: BookingEditor, keys: Keyboard
) -> None:
    put_cursor(editor, 0, TO)
    keys.type("Ho Chi")
    completer = open_completer(editor)
    assert [c.value for c in completer.shown] == ["VNSGN", "VNTSX"]  # the city's port first
    assert listed(completer)[1][2] == "airport · VNSGN"
    keys.press(Qt.Key.Key_Down)
    keys.press(TAB)
    assert legs(editor)[0][2] == "VNTSX"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Ha Noi", "VNHAN"), ("hai phong", "VNHPH"), ("dong dang", "VNDDG"), ("lao cai", "VNLCI")],
)
def test_a_location_is_found_without_its_diacritics(
    editor: BookingEditor, keys: Keyboard, typed: str, code: str
) -> None:
    put_cursor(editor, 0, FROM)
    keys.type(typed)
    assert open_completer(editor).shown[0].value == code
    keys.press(TAB)
    assert legs(editor)[0][1] == code


@pytest.mark.parametrize("typed", ["ĐỒNG ĐĂNG", "đồng đăng", "Đồng"])
def test_vietnamese_capitals_match_in_any_case(
    editor: BookingEditor, keys: Keyboard, typed: str
) -> None:
    put_cursor(editor, 0, FROM)
    keys.press(Qt.Key.Key_F2)
    ime_type(typed)
    assert open_completer(editor).shown[0].value == "VNDDG"


def test_location_kinds_are_shown_in_the_display_language(
    window: MainWindow, desk_ctx: DeskContext, keys: Keyboard, qtbot: Any
) -> None:
    switch_to(desk_ctx, "vi")
    editor = window.new_booking()
    activate(qtbot, window)
    put_cursor(editor, 0, TO)
    keys.type("nanning")
    kinds = [row[2] for row in listed(open_completer(editor))]
    assert kinds == ["thành phố", "sân bay · CNNNG"]
    keys.press(Qt.Key.Key_Escape)
    switch_to(desk_ctx, "en")


# --- parties ---------------------------------------------------------------------------

NAMES = ("Công ty TNHH Ví Dụ", "ĐỒNG NAI Logistics", "Sài Gòn Freight")


@pytest.fixture
def parties(desk_ctx: DeskContext, editor: BookingEditor) -> BookingEditor:
    for name in NAMES:
        catalog.save_party(desk_ctx.uow, {"name": name})
    editor.refresh_choices()
    return editor


def party_completer(editor: BookingEditor) -> ChoiceCompleter:
    completer = editor.header.party_edits["customer"].findChild(ChoiceCompleter)
    assert isinstance(completer, ChoiceCompleter)
    return completer


def test_a_party_is_found_without_diacritics_but_taken_only_when_chosen(
    parties: BookingEditor, keys: Keyboard
) -> None:
    field = parties.header.party_edits["customer"]
    field.setFocus()
    keys.type("cong", counted=False)
    completer = party_completer(parties)
    assert completer.is_open() and [c.value for c in completer.shown] == [NAMES[0]]
    assert completer.highlighted() is None  # a new name may start like a known one
    keys.press(TAB)
    assert field.text() == "cong"
    field.setFocus()
    field.clear()
    keys.type("sai gon", counted=False)
    keys.press(Qt.Key.Key_Down)
    keys.press(TAB)
    assert field.text() == NAMES[2]
    assert parties.request()["customer"] == NAMES[2]


def test_a_party_in_capitals_is_found_in_lower_case(parties: BookingEditor) -> None:
    field = parties.header.party_edits["customer"]
    field.setFocus()
    ime_type("đồng nai")
    assert [c.value for c in party_completer(parties).shown] == [NAMES[1]]


# --- the searches ------------------------------------------------------------------------


def test_the_bookings_search_ignores_diacritics(
    window: MainWindow, desk_ctx: DeskContext, qtbot: Any
) -> None:
    for customer in NAMES:
        desk.save_booking(desk_ctx.uow, sample(customer=customer), "draft")
    view = window.bookings_view
    # the demo request's consignee, "Công ty TNHH Ví Dụ", is on every one of them
    for typed, found in (("Sai Gon", [NAMES[2]]), ("Cong ty", NAMES), ("dong nai", [NAMES[1]])):
        view.search_edit.clear()
        qtbot.keyClicks(view.search_edit, typed)
        qtbot.waitUntil(lambda typed=typed: view.model.filter.text == typed)
        customers = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
        assert customers == set(found), typed


def test_the_parties_search_ignores_diacritics(desk_ctx: DeskContext, qtbot: Any) -> None:
    from booking_app.gui.parties.view import PartiesView

    for name in NAMES:
        catalog.save_party(desk_ctx.uow, {"name": name})
    view = PartiesView(desk_ctx)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search, "Sai Gon")
    view.refresh()
    shown = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert shown == [NAMES[2]]
