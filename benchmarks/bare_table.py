"""The floor of the bookings view: a bare ``QTableView`` over a minimal model of raw rows.

It reads windows of the same SQL on a plain ``sqlite3`` connection and shows nine text
columns, with no services, no domain rows and no formatting: what Qt and SQLite cost.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

Index = QModelIndex | QPersistentModelIndex
_COLUMNS = ("b.booking_no", "b.created_at", "b.customer_name", "b.route", "b.modes",
            "b.cargo_summary", "b.total || ' ' || b.currency", "b.status", "b.clerk")  # fmt: skip
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class BareModel(QAbstractTableModel):
    """Rows of ``SELECT … WHERE latest = 1 {where}`` in the list's order, by windows."""

    def __init__(self, conn: sqlite3.Connection, window: int = 200) -> None:
        super().__init__()
        self.conn, self.window = conn, window
        self.rows: list[tuple[Any, ...]] = []
        self.where, self.params = "", []  # type: list[Any]
        self.done = True

    def _read(self, after: tuple[Any, ...] | None) -> list[tuple[Any, ...]]:
        where, params = self.where, list(self.params)
        if after is not None:
            where += " AND (b.booking_date, b.created_at, b.id) > (?, ?, ?)"
            params += list(after)
        sql = (f"SELECT {', '.join(_COLUMNS)}, b.booking_date, b.created_at, b.id"
               f" FROM bookings b WHERE b.latest = 1{where}"
               f" ORDER BY b.booking_date, b.created_at, b.id LIMIT {self.window}")  # fmt: skip
        return self.conn.execute(sql, params).fetchall()

    def show(self, where: str = "", params: list[Any] | None = None) -> None:
        """Show the first window of the rows ``where`` selects."""
        self.beginResetModel()
        self.where, self.params = where, params or []
        self.rows = self._read(None)
        self.done = len(self.rows) < self.window
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._read(self.rows[-1][-3:]) if self.rows else []
        self.done = len(more) < self.window
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if int(role) == _DISPLAY:
            return str(self.rows[index.row()][index.column()])
        return None


def bare_view(conn: sqlite3.Connection) -> tuple[QTableView, BareModel]:
    """A shown table of the same size as the bookings view, over a :class:`BareModel`."""
    model = BareModel(conn)
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.resize(1300, 660)
    model.show()
    table.show()
    QApplication.processEvents()
    return table, model
