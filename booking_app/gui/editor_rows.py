"""An editable table model over rows of text cells (pieces, trucks, legs).

Cells hold the text the clerk typed; the services read and validate it. A column may
show a translated label for a stored code (``rail_fcl`` → "Rail FCL").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the row key it shows, its title and how it behaves."""

    key: str
    title: Callable[[], str]
    editable: bool = True
    numeric: bool = False
    display: Callable[[str], str] | None = None


class EditRowsModel(QAbstractTableModel):
    """Rows of ``{key: text}``; emits ``edited`` after any change by the clerk."""

    edited = Signal()

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict[str, str]] = []
        self._read_only = False

    # --- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        text = self._rows[index.row()].get(column.key, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(text) if column.display and text else text
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(index.row(), column.key, role)

    def extra_data(self, row: int, key: str, role: int) -> Any:
        """Other roles (colours, tooltips) for subclasses; None by default."""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        key = self.columns[index.column()].key
        text = "" if value is None else str(value).strip()
        if self._rows[index.row()].get(key, "") == text:
            return True
        self._rows[index.row()][key] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self._read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    # --- editing by the program ----------------------------------------------------

    def rows(self) -> list[dict[str, str]]:
        """A copy of every row."""
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: list[dict[str, str]]) -> None:
        """Replace every row (no ``edited`` signal: the program did it)."""
        self.beginResetModel()
        self._rows = [{k: str(v) for k, v in r.items()} for r in rows]
        self.endResetModel()

    def add_row(self, values: dict[str, str] | None = None) -> int:
        """Append a row; returns its position."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(dict(values or {}))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        """Remove one row (nothing happens for a position out of range)."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow editing cells."""
        self._read_only = read_only
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def refresh_display(self) -> None:
        """Repaint every cell (after the language changed, or extra data changed)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
