"""The main window's shortcuts reach it from any field, as a clerk expects.

A focused widget is asked first whether it wants a key for itself (Qt's
``ShortcutOverride``). Qt's line edits and spin boxes say yes to Emacs keys on Linux
(Ctrl+E end of line, Ctrl+D delete, Ctrl+K …), so Ctrl+E would move the cursor instead of
exporting the day. :class:`WindowKeys` answers "no" for the keys of the window's enabled
actions, except the field's own editing keys (undo, redo, copy, cut, paste, select
all), which stay the field's. A table cell being edited is committed first, so that
Ctrl+S saves the code just typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

#: Keys a text field keeps even when the window binds them too.
FIELD_KEYS = (
    QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll,
)  # fmt: skip


class WindowKeys(QObject):
    """Lets the actions of ``window`` win over a focused widget's own use of their keys.

    It watches the widget that has the focus, put first among its event filters each
    time the focus comes to it (a filter on the whole application would run for every
    event of every widget).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or now.window() is not self._window:
            return
        now.removeEventFilter(self)  # installed again: the last installed filter runs first
        now.installEventFilter(self)

    def window_takes(self, event: QKeyEvent) -> bool:
        """True when ``event``'s keys run an enabled action of the window (and are not
        one of the field's own editing keys)."""
        if any(event.matches(k) for k in FIELD_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self._window.actions():
            if isinstance(action, QAction) and action.isEnabled():
                if any(pressed == keys for keys in action.shortcuts()):
                    return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # consumed without being accepted: the field does not take the key, the
            # shortcut map then runs the window's action
            if self.window_takes(event):
                if isinstance(watched, QWidget):
                    commit_cell(watched)
                return True
        return False


def commit_cell(widget: QWidget) -> None:
    """When ``widget`` is the editor of a table cell, hand its text to the model now
    (the window's action is about to run on what the model holds)."""
    viewport = widget.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    if isinstance(view, QAbstractItemView) and viewport is view.viewport():
        view.itemDelegateForIndex(view.currentIndex()).commitData.emit(widget)


def application_wide(action: QAction) -> QAction:
    """``action``'s shortcut works in every window of the desk that no modal dialog
    covers (the PDF preview included)."""
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    return action
