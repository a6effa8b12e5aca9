"""Keyboard shortcuts that belong to one view, without fighting the main window's.

Two enabled shortcuts with the same keys are ambiguous in Qt and neither fires. A view's
shortcut therefore steps aside while its window has its own action for the same keys
(the window's action is expected to call the view, e.g. ``focus_search()``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class LocalShortcuts(QObject):
    """Actions with ``WidgetWithChildrenShortcut`` context on one view."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self._actions: list[QAction] = []
        view.installEventFilter(self)

    def add(
        self,
        keys: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], object],
        text: str = "",
    ) -> QAction:
        """Bind ``keys`` to ``slot`` while the focus is inside the view."""
        action = QAction(text, self._view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._view.addAction(action)
        self._actions.append(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-check for clashes each time the view is shown."""
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.resolve_clashes()
        return False

    def resolve_clashes(self) -> None:
        """Disable each local action whose keys the window already binds elsewhere."""
        window = self._view.window()
        if window is self._view:
            return
        taken = {
            a.shortcut().toString()
            for a in {*window.findChildren(QAction), *window.actions()}
            if a not in self._actions
            and not a.shortcut().isEmpty()
            and a.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
            and a.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut
        }
        for action in self._actions:
            action.setEnabled(action.shortcut().toString() not in taken)
