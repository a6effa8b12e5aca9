"""The results as a table model: one row per customer (or month), then the total."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from babel.dates import format_skeleton
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from booking_app.gui.common import formatting
from booking_app.services.results import Tally

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "won", "lost", "expired", "open", "win_rate", "won_total", "margin")
_NUMERIC = set(COLUMNS) - {"name"}


def month_label(month: str) -> str:
    """``2026-11`` as the clerk's language writes a month (``Nov 2026``, ``2026年11月``)."""
    year, number = (int(part) for part in month.split("-"))
    return format_skeleton("yMMM", date(year, number, 1), locale=formatting.babel_locale())


def money_text(amounts: dict[str, Decimal]) -> str:
    """Amounts per currency, each grouped in the clerk's notation."""
    return ", ".join(f"{formatting.money(v)} {c}" for c, v in sorted(amounts.items()))


class ResultsModel(QAbstractTableModel):
    """Tallies by a key (customer name or ``YYYY-MM``), then a bold total row."""

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "customer" or "month"
        self._rows: list[tuple[str, Tally]] = []
        self._total: Tally | None = None

    def set_tallies(self, tallies: dict[str, Tally], total: Tally) -> None:
        """Show ``tallies`` in key order, then ``total``."""
        self.beginResetModel()
        self._rows = sorted(tallies.items())
        self._total = total if tallies else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _row(self, number: int) -> tuple[str | None, Tally]:
        if number < len(self._rows):
            return self._rows[number]
        assert self._total is not None
        return None, self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        key, tally = self._row(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, tally, column)
        if role == Qt.ItemDataRole.FontRole and key is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, key: str | None, tally: Tally, column: str) -> str:
        if column == "name":
            if key is None:
                return self.tr("Total")
            return month_label(key) if self.kind == "month" else key
        counts: dict[str, Callable[[], str]] = {
            "won": lambda: str(tally.won), "lost": lambda: str(tally.lost),
            "expired": lambda: str(tally.expired), "open": lambda: str(tally.open),
            "won_total": lambda: money_text(tally.won_total),
            "margin": lambda: money_text(tally.margin),
        }  # fmt: skip
        if column in counts:
            return counts[column]()
        if not tally.decided:
            return ""
        return f"{formatting.money(_rate(tally))} %"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        first = self.tr("Month") if self.kind == "month" else self.tr("Customer")
        titles = (
            first, self.tr("Won"), self.tr("Lost"), self.tr("Expired"), self.tr("Open"),
            self.tr("Win rate"), self.tr("Won total"), self.tr("Margin"),
        )  # fmt: skip
        return titles[section]

    def retranslate(self) -> None:
        """Repaint headers and cells in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def _rate(tally: Tally) -> Decimal:
    """Won of decided quotes in %, to one decimal."""
    return (Decimal(tally.won * 100) / tally.decided).quantize(Decimal("0.1"))
