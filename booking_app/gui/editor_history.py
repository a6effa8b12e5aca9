"""The booking editor's *History* panel: the booking's audit entries, oldest first."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget


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
        self.list = QListWidget()
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
            item = QListWidgetItem(f"{entry['at']}  {entry['action']}{detail}{who}")
            item.setToolTip(_values(entry))
            self.list.addItem(item)

    def texts(self) -> list[str]:
        """The lines shown (for tests and accessibility)."""
        return [self.list.item(i).text() for i in range(self.list.count())]
