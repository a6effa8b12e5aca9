"""The booking editor's *History* panel: the booking's audit entries, oldest first.

Each line reads in the display language: when (the locale's date and time), what was
done (the action's name), what it led to (the revision and status, from the entry's
stored values, never parsed from its text) and who. The stored detail of an action the
desk does not name is shown as recorded.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from booking_app.gui.common.formatting import moment
from booking_app.gui.common.labels import status_label


def action_label(action: str) -> str:
    """The clerk's name of an audit action (``amend`` → "amended")."""
    labels = {
        "save": QCoreApplication.translate("HistoryPanel", "saved"),
        "book": QCoreApplication.translate("HistoryPanel", "booked"),
        "amend": QCoreApplication.translate("HistoryPanel", "amended"),
        "status": QCoreApplication.translate("HistoryPanel", "status changed"),
        "reprice": QCoreApplication.translate("HistoryPanel", "re-priced"),
        "approve_margin": QCoreApplication.translate("HistoryPanel", "margin approved"),
    }
    return labels.get(action, action)


def _when(at: str) -> str:
    try:
        return moment(datetime.fromisoformat(at))
    except ValueError:
        return at


def _outcome(entry: dict[str, Any]) -> str:
    """What the entry led to, from its stored new value (revision, status, reason)."""
    new = entry.get("new")
    detail = str(entry.get("detail") or "")
    if entry.get("action") == "approve_margin":  # its detail is a JSON object
        try:
            approval = json.loads(detail)
        except ValueError:
            return detail
        return (
            QCoreApplication.translate("HistoryPanel", "by %1: %2")
            .replace("%1", str(approval.get("by", "")))
            .replace("%2", str(approval.get("reason", "")))
        )
    if not isinstance(new, dict) or "status" not in new:
        return detail
    parts = []
    if "revision" in new:
        parts.append(
            QCoreApplication.translate("HistoryPanel", "revision %1").replace(
                "%1", str(new["revision"])
            )
        )
    parts.append(status_label(str(new["status"])))
    text = " ".join(parts)
    if new.get("reason"):
        text += f": {new['reason']}"
    return text


def entry_text(entry: dict[str, Any]) -> str:
    """One line of the panel: ``30/11/2026 09:30  booked revision 1 quoted — Li Wei``."""
    who = f" — {entry['clerk']}" if entry.get("clerk") else ""
    outcome = _outcome(entry)
    what = action_label(str(entry.get("action", ""))) + (f" {outcome}" if outcome else "")
    return f"{_when(str(entry.get('at', '')))}  {what}{who}"


def _values(entry: dict[str, Any]) -> str:
    parts = []
    for key, label in (
        ("old", QCoreApplication.translate("HistoryPanel", "before")),
        ("new", QCoreApplication.translate("HistoryPanel", "after")),
    ):
        if entry.get(key) is not None:
            parts.append(f"{label}: {json.dumps(entry[key], ensure_ascii=False, sort_keys=True)}")
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
        self._entries: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def show_entries(self, entries: list[dict[str, Any]]) -> None:
        """Show these entries (as :func:`booking_app.services.history.booking_history`)."""
        self._entries = list(entries)
        self.list.clear()
        for entry in entries:
            item = QTreeWidgetItem([entry_text(entry)])
            item.setToolTip(0, _values(entry))
            self.list.addTopLevelItem(item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        """Say the entries again in the new language."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.show_entries(self._entries)
        super().changeEvent(event)

    def texts(self) -> list[str]:
        """The lines shown (for tests and accessibility)."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def tooltip(self, row: int) -> str:
        """The old and new values shown for entry ``row``."""
        item = self.list.topLevelItem(row)
        return item.toolTip(0) if item is not None else ""
