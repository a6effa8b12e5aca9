"""An editable table model over rows of text cells (pieces, trucks, legs).

Cells hold the text the clerk typed; the services read and validate it. A column may
show a translated label for a stored code (``rail_fcl`` → "Rail FCL").

A numeric column is read in the display language's notation (:mod:`numbers`): the
row holds the plain value (``"18000.5"``) and the cell shows it in the locale. Text
that cannot be read stays in the cell, marked red with the reason, while the row
keeps its last value; :meth:`EditRowsModel.problems` lists such cells.
"""

from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from booking_app.gui.common import numbers
from booking_app.gui.common.numbers import EMPTY, NumberError

Index = QModelIndex | QPersistentModelIndex
_PROBLEM_BACKGROUND = QColor(253, 231, 234)
_PROBLEM_TEXT = QColor(138, 0, 20)


class Column(NamedTuple):
    """One column: the row key it shows, its title and how it behaves."""

    key: str
    title: Callable[[], str]
    editable: bool = True
    numeric: bool = False
    display: Callable[[str], str] | None = None
    #: a numeric column of counts: fractions are refused
    whole: bool = False


class CellProblem(NamedTuple):
    """A cell whose text could not be read as a number."""

    row: int
    key: str
    error: NumberError


class EditRowsModel(QAbstractTableModel):
    """Rows of ``{key: text}``; emits ``edited`` after any change by the clerk."""

    edited = Signal()

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict[str, str]] = []
        # per row: numeric cells whose typed text could not be read, by key
        self._bad: list[dict[str, NumberError]] = []
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
        bad = self._bad[index.row()].get(column.key)
        if bad is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return bad.text
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_PROBLEM_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_PROBLEM_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return numbers.problem_message(bad)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column.numeric:
            return numbers.show(text) if text else ""
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
        column = self.columns[index.column()]
        key = column.key
        text = "" if value is None else str(value).strip()
        if column.numeric:
            reading = numbers.read(text, whole=column.whole)
            was_bad = self._bad[index.row()].pop(key, None) is not None
            if isinstance(reading, NumberError) and reading.code != EMPTY:
                self._bad[index.row()][key] = reading
                self._cell_changed(index)
                return True
            text = numbers.plain(reading) if isinstance(reading, Decimal) else ""
            if was_bad and self._rows[index.row()].get(key, "") == text:
                self._cell_changed(index)
                return True
        if self._rows[index.row()].get(key, "") == text:
            return True
        self._rows[index.row()][key] = text
        self._cell_changed(index)
        return True

    def _cell_changed(self, index: Index) -> None:
        self.dataChanged.emit(index, index)
        self.edited.emit()

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
        """A copy of every row (numeric cells as plain values, the last ones read)."""
        return [dict(r) for r in self._rows]

    def problems(self) -> list[CellProblem]:
        """The cells whose typed text could not be read, row by row."""
        return [
            CellProblem(row, column.key, bad[column.key])
            for row, bad in enumerate(self._bad)
            for column in self.columns
            if column.key in bad
        ]

    def column_title(self, key: str) -> str:
        """The title of the column showing ``key``."""
        return next((c.title() for c in self.columns if c.key == key), key)

    def set_rows(self, rows: list[dict[str, str]]) -> None:
        """Replace every row (no ``edited`` signal: the program did it).

        Numeric cells hold plain values; one that is not (a hand-written request's
        ``"lots"``) is shown as it is, marked as a problem, and holds nothing.
        """
        self.beginResetModel()
        self._rows = [{k: str(v) for k, v in r.items()} for r in rows]
        self._bad = [{} for _ in self._rows]
        for row, bad in zip(self._rows, self._bad, strict=True):
            for column in self.columns:
                text = row.get(column.key, "").strip()
                if column.numeric and text and not numbers.is_plain(text, column.whole):
                    reading = numbers.read(text, whole=column.whole)
                    if isinstance(reading, NumberError):
                        bad[column.key], row[column.key] = reading, ""
                    else:
                        row[column.key] = numbers.plain(reading)
        self.endResetModel()

    def add_row(self, values: dict[str, str] | None = None) -> int:
        """Append a row; returns its position."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(dict(values or {}))
        self._bad.append({})
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        """Remove one row (nothing happens for a position out of range)."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._bad[row]
        self.endRemoveRows()
        self.edited.emit()

    def is_read_only(self) -> bool:
        """True while cells may not be edited (a confirmed booking)."""
        return self._read_only

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
