"""A duplicate is unsaved until saved; the unsaved-changes question has keys for each answer."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from booking_app.gui.common.changes import Change
from booking_app.gui.common.questions import unsaved_question
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from booking_app.services import desk
from tests.gui.helpers import activate

Button = QMessageBox.StandardButton


def _saved(window: MainWindow) -> str:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    booking = desk.save_booking(window.ctx.uow, raw, "draft")
    return booking.booking_no


def test_a_duplicate_is_unsaved_and_ctrl_w_asks(window: MainWindow, qtbot: Any) -> None:
    original = window.open_booking(_saved(window))
    assert not original.is_dirty()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = window.current_editor()
    assert copy is not None and copy is not original and copy.booking_no is None
    assert copy.is_dirty()
    assert window.tabs.tabText(window.tabs.currentIndex()).endswith("*")
    asked: list[str] = []
    copy.ask_unsaved = lambda: asked.append("?") or Button.Cancel  # type: ignore[method-assign]
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["?"] and window.current_editor() is copy  # Cancel keeps the copy
    assert copy.save()
    assert not copy.is_dirty() and copy.booking_no not in (None, original.booking_no)
    assert not window.tabs.tabText(window.tabs.currentIndex()).endswith("*")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["?"] and copy not in window.editors()  # saved: closes without asking


def test_an_empty_new_booking_closes_without_asking(window: MainWindow) -> None:
    editor = window.new_booking()
    assert not editor.is_dirty()


@pytest.mark.parametrize(
    ("key", "modifier", "answer"),
    [
        (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier, Button.Save),
        (Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier, Button.Discard),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, Button.Cancel),
    ],
)
def test_the_unsaved_question_answers_from_the_keyboard(
    window: MainWindow, qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier, answer: Button
) -> None:
    box = unsaved_question(window, "BK-2026-0000001")
    texts = [box.button(b).text() for b in (Button.Save, Button.Discard, Button.Cancel)]
    assert texts == ["&Save", "&Discard", "Cancel"]
    assert box.defaultButton() is box.button(Button.Save)
    box.open()
    qtbot.waitExposed(box)
    activate(qtbot, box)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key, modifier)
    assert box.standardButton(box.clickedButton()) == answer


def test_the_unsaved_question_speaks_chinese(window: MainWindow, qtbot: Any) -> None:
    from booking_app.services.settings import save_settings

    save_settings(window.ctx.uow, {"language": "zh_CN"})
    window.ctx.notify(Change.SETTINGS)
    box = unsaved_question(window, "BK-2026-0000001")
    texts = [box.button(b).text() for b in (Button.Save, Button.Discard, Button.Cancel)]
    chinese = "BK-2026-0000001" in box.text() and "保存" in box.text()
    save_settings(window.ctx.uow, {"language": "en"})
    window.ctx.notify(Change.SETTINGS)
    assert texts == ["保存(&S)", "放弃(&D)", "取消"] and chinese
