"""The booking editor's *History* panel: the booking's audit entries, oldest first."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


def _values(entry: dict[str, Any]) -> str:
    parts = []
    for key in ("old", "new"):
        if entry.get(key) is not None:
            parts.append(f"{key}: {json.dumps(entry[key], ensure_ascii=False, sort_keys=True)}")
    return "\n".join(parts)


class HistoryPanel(QWidget):
    """A small list: when, what, who; the old and new values in each item's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget()  # one column, no header: a small list
        self.list.setColumnCount(1)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def show_entries(self, entries: list[dict[str, Any]]) -> None:
        """Show these entries (as :func:`booking_app.services.history.booking_history`)."""
        self.list.clear()
        for entry in entries:
            who = f" — {entry['clerk']}" if entry.get("clerk") else ""
            detail = f" {entry['detail']}" if entry.get("detail") else ""
            item = QTreeWidgetItem([f"{entry['at']}  {entry['action']}{detail}{who}"])
            item.setToolTip(0, _values(entry))
            self.list.addTopLevelItem(item)

    def texts(self) -> list[str]:
        """The lines shown (for tests and accessibility)."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def tooltip(self, row: int) -> str:
        """The old and new values shown for entry ``row``."""
        item = self.list.topLevelItem(row)
        return item.toolTip(0) if item is not None else ""
