"""Issue 9, Deliver 1: the editor's date fields take ``t``, ``+N`` and ``-N`` (days from
today, today being the desk's clock: TEST_NOW in the tests, not the machine's date)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from booking_app.gui.common.formatting import to_date
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from tests.conftest import TEST_TODAY
from tests.gui.helpers import activate
from tests.gui.keyboard import Keyboard


@pytest.fixture
def editor(window: MainWindow, qtbot: Any) -> BookingEditor:
    opened = window.new_booking()
    activate(qtbot, window)
    opened.header.set_values({"quote_date": "2026-01-15", "ship_date": "2026-01-15"})
    return opened


@pytest.mark.parametrize("field", ["quote_date", "ship_date"])
@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("t", TEST_TODAY),
        ("+3", TEST_TODAY + timedelta(days=3)),
        ("+10", TEST_TODAY + timedelta(days=10)),
        ("-1", TEST_TODAY - timedelta(days=1)),
        ("+2+5", TEST_TODAY + timedelta(days=5)),  # a new sign counts again
        ("12/5/2026", date(2026, 12, 5)),  # a date typed out (English: M/d/yyyy) still works
    ],
)
def test_a_date_field_takes_today_and_days_from_today(
    editor: BookingEditor, window: MainWindow, qtbot: Any, field: str, typed: str, day: date
) -> None:
    edit = getattr(editor.header, field)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    keys = Keyboard(qtbot, window)
    keys.type(typed)
    keys.press(Qt.Key.Key_Tab)
    assert to_date(edit.date()) == day
    assert editor.request()[field] == day.isoformat()


def test_today_is_the_desk_clock_not_the_machine(
    editor: BookingEditor, window: MainWindow, qtbot: Any
) -> None:
    later = editor.ctx.clock.now() + timedelta(days=40)
    editor.ctx.clock.set(later)
    edit = editor.header.ship_date
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    Keyboard(qtbot, window).type("t")
    assert to_date(edit.date()) == later.date()


def test_the_date_fields_say_what_they_take(editor: BookingEditor) -> None:
    assert "+3" in editor.header.ship_date.toolTip()
