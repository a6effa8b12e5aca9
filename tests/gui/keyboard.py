"""A clerk's keyboard for tests: every key goes to the focused widget, and is counted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.helpers import activate

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Types into whatever has the focus, as a real keyboard does; counts the keys.

    ``count`` is the number of keys pressed, except those typed with ``counted=False``
    (the characters of the party names, which no desk can spare the clerk).
    """

    def __init__(self, qtbot: Any, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.count = 0
        self.log: list[str] = []

    def focused(self) -> QWidget:
        """The widget that receives the next key."""
        widget = QApplication.focusWidget()
        if widget is None or QApplication.activeWindow() is not self.window:
            activate(self.qtbot, self.window)  # offscreen, a closed list may take activation
            widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers: Any = NO_MODIFIER, counted: bool = True) -> None:
        """Press one key (with its modifiers) on the focused widget."""
        self.qtbot.keyClick(self.focused(), key, modifiers)
        QApplication.processEvents()
        if counted:
            self.count += 1
            self.log.append(_name(key, modifiers))

    def type(self, text: str, counted: bool = True) -> None:
        """Type ASCII ``text`` one key at a time, each to the widget focused then."""
        for char in text:
            self.qtbot.keyClicks(self.focused(), char)
            QApplication.processEvents()
            if counted:
                self.count += 1
                self.log.append(char)


def _name(key: Qt.Key, modifiers: Any) -> str:
    names = []
    for flag, name in (
        (Qt.KeyboardModifier.ControlModifier, "Ctrl"),
        (Qt.KeyboardModifier.AltModifier, "Alt"),
        (Qt.KeyboardModifier.ShiftModifier, "Shift"),
    ):
        if modifiers & flag:
            names.append(name)
    return "+".join([*names, key.name.removeprefix("Key_")])
