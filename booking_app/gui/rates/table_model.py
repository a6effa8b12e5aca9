"""The rate list as a table model that fetches rows by windows, filtered and sorted in SQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from booking_app.core.rates import format_breaks
from booking_app.gui.common import formatting
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.labels import basis_label, mode_label
from booking_app.services import catalog
from booking_app.services.catalog import RateFilter, RateRow
from booking_app.services.results import expiring_rates
from booking_app.services.settings import current_settings

Index = QModelIndex | QPersistentModelIndex
#: Background of a rate that ends within the settings' warning days.
ENDING_SOON = QColor(255, 232, 170)
_NUMERIC = {"rate", "min_charge", "kg_per_cbm", "transit_days"}
# Shown columns, each a rate-sheet column (also the SQL sort key).
COLUMNS = (
    "mode", "origin", "destination", "carrier", "service", "equipment", "basis", "currency",
    "rate", "min_charge", "breaks", "valid_from", "valid_to", "transit_days",
)  # fmt: skip


def _cell(row: RateRow, key: str) -> str:
    value = getattr(row.rate, key)
    if value is None:
        return ""
    if key == "mode":
        return mode_label(value)
    if key == "basis":
        return basis_label(value)
    if key == "breaks":
        return format_breaks(value)
    if isinstance(value, date):
        return formatting.day(value)
    if isinstance(value, Decimal):
        return formatting.money(value)  # exact digits of the sheet, grouped
    return str(value)


class RateTableModel(QAbstractTableModel):
    """Rates matching a :class:`RateFilter`; counted first, loaded ``window`` rows at a time.

    Expired rows come greyed; rows ending within the settings' ``rate_warning_days`` with
    no later row to follow them are marked (quotes-and-tariffs.md §4). ``UserRole`` gives
    the rate's id.
    """

    def __init__(self, ctx: DeskContext, window: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._window = window
        self._filter = RateFilter()
        self._rows: list[RateRow] = []
        self._total = 0
        self._ending: dict[int, int] = {}  # rate id → days left, for rates ending soon
        self._headers = self.default_headers()

    def default_headers(self) -> list[str]:
        """Translated column headers."""
        return [
            self.tr("Mode"), self.tr("Origin"), self.tr("Destination"), self.tr("Carrier"),
            self.tr("Service"), self.tr("Equipment"), self.tr("Basis"), self.tr("Currency"),
            self.tr("Rate"), self.tr("Minimum"), self.tr("Breaks"), self.tr("Valid from"),
            self.tr("Valid to"), self.tr("Transit days"),
        ]  # fmt: skip

    # --- filtering and loading ----------------------------------------------------

    @property
    def filter(self) -> RateFilter:
        """What the model shows."""
        return self._filter

    @property
    def total(self) -> int:
        """How many rows match (loaded or not)."""
        return self._total

    def set_filter(self, f: RateFilter) -> None:
        """Show the rows matching ``f`` (sort order kept), from the first window."""
        self._filter = f._replace(
            sort_key=self._filter.sort_key, descending=self._filter.descending
        )
        self.reload()

    def reload(self) -> None:
        """Count again and load the first window."""
        self.beginResetModel()
        self._total = catalog.count_rates(self._ctx.uow, self._filter)
        self._ending = self.ending_soon()
        self._rows = catalog.list_rates(self._ctx.uow, self._filter, 0, self._window)
        self.endResetModel()

    def ending_soon(self) -> dict[int, int]:
        """Rate id → days left of the rates ending within the settings' warning days."""
        uow = self._ctx.uow
        today = uow.clock.today()
        days = current_settings(uow).rate_warning_days
        return {r.id: (r.valid_to - today).days for r in expiring_rates(uow, days) if r.id}

    def days_left(self, rate_id: int) -> int | None:
        """Days left of a rate that ends soon (None for the others)."""
        return self._ending.get(rate_id)

    def rate_row(self, number: int) -> RateRow:
        """The loaded row at ``number``."""
        return self._rows[number]

    def row_of(self, rate_id: int) -> int | None:
        """The loaded row showing ``rate_id``, if loaded."""
        for number, row in enumerate(self._rows):
            if row.rate.id == rate_id:
                return number
        return None

    def canFetchMore(self, parent: Index) -> bool:
        """True while matching rows are left to load."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Load the next window of rows."""
        if parent.isValid():
            return
        more = catalog.list_rates(self._ctx.uow, self._filter, len(self._rows), self._window)
        more = more[: max(self._total - len(self._rows), 0)]
        if not more:
            self._total = len(self._rows)  # rows vanished since counting
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database, so the order holds over rows not loaded yet."""
        if not 0 <= column < len(COLUMNS):
            return
        self._filter = self._filter._replace(
            sort_key=COLUMNS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        self.reload()

    # --- the model ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        """Loaded rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Shown rate columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment, grey for expired rows, the rate id for ``UserRole``."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and row.expired:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and row.expired:
            return self.tr("Expired: valid until %1").replace(
                "%1", formatting.day(row.rate.valid_to)
            )
        ending = None if row.rate.id is None else self._ending.get(row.rate.id)
        if ending is not None and not row.expired:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ENDING_SOON)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(0, 0, 0))  # legible on the light mark in a dark theme
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Ends in %n day(s)", "", ending)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.UserRole:
            return row.rate.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headers; row numbers on the vertical header."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def retranslate(self) -> None:
        """Take the headers again in the current language."""
        self._headers = self.default_headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
