"""The editor, the window's menus and the follow-up list ask core.booking_rules (the rules
live there, not in the widgets)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from booking_app.core import booking_rules
from booking_app.core.booking_rules import Action, BookingState
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from tests.conftest import TEST_TODAY
from tests.gui.helpers import wait_for_quote


def sample() -> dict[str, Any]:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    raw.update({"quote_date": TEST_TODAY.isoformat(), "ship_date": TEST_TODAY.isoformat()})
    return dict(raw)


def test_the_editor_and_the_menus_follow_the_core_rules(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.new_booking()
    editor.apply_state(sample())
    wait_for_quote(qtbot, editor)
    assert editor.save()
    names = ("save", "quote", "confirm", "cancel", "duplicate", "amend")
    state = BookingState("draft")
    assert [editor.buttons[n].isEnabled() for n in names] == [
        booking_rules.allowed(state, Action(n)) for n in names
    ]
    asked: list[tuple[BookingState, Action]] = []

    def only_duplicate(state: BookingState, action: Action) -> bool:
        asked.append((state, action))
        return action is Action.DUPLICATE

    monkeypatch.setattr(booking_rules, "allowed", only_duplicate)
    window.actions_.update_for(editor)
    editor.retranslate_ui()  # the buttons' states are asked again
    assert [n for n in names if editor.buttons[n].isEnabled()] == ["duplicate"]
    assert not window.actions_.send.isEnabled() and not window.actions_.save.isEnabled()
    assert (BookingState("draft"), Action.SEND) in asked
    assert not editor.can("amend") and not editor.can("save") and editor.can("duplicate")


def test_a_confirmed_booking_is_read_only_until_amended(window: MainWindow, qtbot: Any) -> None:
    editor = window.new_booking()
    editor.apply_state(sample())
    wait_for_quote(qtbot, editor)
    assert editor.confirm() and editor.status == "confirmed"
    assert editor.is_read_only() and not editor.can("save") and editor.can("amend")
    assert not window.actions_.send.isEnabled()
    editor.amend()
    assert editor.amending and not editor.is_read_only() and editor.can("save")
    assert not editor.can("amend") and not editor.can("send")
