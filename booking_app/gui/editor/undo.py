"""Undo and redo in the booking editor: each edit is a snapshot of the request before/after.

Typing in one field merges into one step (as a text editor does); any other edit is a
step of its own. Undoing puts the whole earlier request back into the editor.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

#: Fields whose keystrokes merge into one undo step.
MERGING_KEYS = frozenset(
    {"customer", "shipper", "consignee", "notes", "percent", "description", "weight_kg",
     "volume_cbm"}
)  # fmt: skip
_SNAPSHOT_ID = 1001


class StateHolder(Protocol):
    """What a snapshot command acts on (the booking editor)."""

    def apply_state(self, state: dict[str, Any]) -> None:
        """Show this request in the editor."""
        ...


class SnapshotCommand(QUndoCommand):
    """One edit: the request before and after it."""

    def __init__(
        self, holder: StateHolder, before: dict[str, Any], after: dict[str, Any], key: str,
        text: str,
    ) -> None:  # fmt: skip
        super().__init__(text)
        self.holder = holder
        self.before = before
        self.after = after
        self.key = key
        self._applied = True  # the edit is already on screen when the command is pushed

    def id(self) -> int:
        return _SNAPSHOT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand):
            return False
        if other.key != self.key or self.key not in MERGING_KEYS:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.holder.apply_state(self.after)

    def undo(self) -> None:
        self.holder.apply_state(self.before)
