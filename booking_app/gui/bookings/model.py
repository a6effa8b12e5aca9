"""The bookings list as a table model fetched by windows (a million rows stay fast).

Like Anki's browser table model: the view asks ``canFetchMore``/``fetchMore`` as the
clerk scrolls, and each call reads one window of rows through the listing service, the
next window starting after the last row shown (keyset paging: the thousandth window is as
quick as the first). A click on a header sorts in the store, not here: the model asks
for the windows in that :class:`SortOrder`. Counts of a filter are kept until bookings or
parties change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from booking_app.gui.common import formatting
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.labels import modes_text, status_label
from booking_app.services.listing import (
    SORTS,
    BookingFilter,
    BookingRow,
    SortOrder,
    count_bookings,
    list_bookings,
)

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "booking_no", "time", "customer", "route", "modes", "cargo", "total", "status", "clerk",
)  # fmt: skip
#: The booking number of a row, whatever the column.
BOOKING_NO_ROLE = Qt.ItemDataRole.UserRole + 1
_GREY = QColor(128, 128, 128)
# Roles as plain ints, compared once per call (PySide's enum members are slow to make).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TOTAL = COLUMNS.index("total")
#: The roles :meth:`BookingsModel.data` answers; a view asks each cell for a dozen more
#: at every paint, and those are told None at once.
_ANSWERED = frozenset(
    {_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, int(BOOKING_NO_ROLE)}
)


class BookingsModel(QAbstractTableModel):
    """Bookings matching a :class:`BookingFilter`, read ``window`` rows at a time."""

    def __init__(self, ctx: DeskContext, window: int = 200, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.filter = BookingFilter()
        self.order = SortOrder()  # the list's own order until the clerk clicks a header
        self._rows: list[BookingRow] = []
        self._exhausted = True
        self._counts: dict[BookingFilter, int] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # row → its cells' text, made once

    # --- loading -----------------------------------------------------------------------

    def set_filter(self, f: BookingFilter) -> None:
        """Show the bookings ``f`` matches, starting with the first window."""
        self.filter = f
        self.reload()

    def set_order(self, order: SortOrder) -> None:
        """Show the bookings in ``order`` (sorted by the store, window by window)."""
        if order != self.order:
            self.order = order
            self.reload()

    @staticmethod
    def sortable(column: int) -> bool:
        """Whether the list can be sorted by ``column`` (the store has an order for it)."""
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORTS

    def sort_column(self) -> int:
        """The column of the current order."""
        return COLUMNS.index(self.order.column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort: the store orders the rows by ``column`` (not sortable: unchanged)."""
        if self.sortable(column):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_order(SortOrder(COLUMNS[column], descending))

    def reload(self) -> None:
        """Read the first window again (after a booking was saved, say)."""
        self.beginResetModel()
        self._texts.clear()
        self._rows = list_bookings(self.ctx.uow, self.filter, limit=self.window, order=self.order)
        self._exhausted = len(self._rows) < self.window
        self.endResetModel()

    def total(self) -> int:
        """How many bookings the filter matches in all (counted, not loaded; cached)."""
        cached = self.cached_count(self.filter)
        if cached is None:
            cached = count_bookings(self.ctx.uow, self.filter)
            self.remember_count(self.filter, cached)
        return cached

    def cached_count(self, f: BookingFilter) -> int | None:
        """The number of bookings ``f`` matches, if counted since the last change."""
        return self._counts.get(f)

    def remember_count(self, f: BookingFilter, count: int) -> None:
        """Keep the number of bookings ``f`` matches (until :meth:`forget_counts`)."""
        if len(self._counts) > 64:
            self._counts.clear()
        self._counts[f] = count

    def forget_counts(self) -> None:
        """Drop the kept counts (bookings or parties changed)."""
        self._counts.clear()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1].key if self._rows else None
        more = list_bookings(
            self.ctx.uow, self.filter, limit=self.window, after=after, order=self.order
        )
        self._exhausted = len(more) < self.window
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row(self, number: int) -> BookingRow:
        """The booking shown on row ``number``."""
        return self._rows[number]

    def booking_no(self, row: int) -> str:
        """The booking number shown on ``row``."""
        return self._rows[row].booking_no

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.row()
        if number >= len(self._rows):
            return None
        if role == _DISPLAY:
            texts = self._texts.get(number)
            if texts is None:
                row = self._rows[number]
                texts = self._texts[number] = tuple(self._text(row, c) for c in COLUMNS)
            return texts[index.column()]
        row = self._rows[number]
        if role == BOOKING_NO_ROLE:
            return row.booking_no
        column = COLUMNS[index.column()]
        if role == _TOOLTIP and column in ("customer", "route", "cargo"):
            if column == "customer":
                return "\n".join(p for p in (row.customer, row.shipper, row.consignee) if p)
            return self._text(row, column)
        if role == _ALIGN and index.column() == _TOTAL:
            return _RIGHT
        if role == _FOREGROUND and row.status == "cancelled":
            return QBrush(_GREY)
        return None

    def _text(self, row: BookingRow, column: str) -> str:
        if column == "booking_no":
            return row.booking_no if row.revision == 1 else f"{row.booking_no} /{row.revision}"
        if column == "time":
            if self.filter.day is not None:
                return formatting.time_of(row.created_at)
            return formatting.moment(row.created_at)
        if column == "customer":
            return row.customer
        if column == "route":
            return row.route
        if column == "modes":
            return modes_text(row.modes)
        if column == "cargo":
            return row.cargo_summary
        if column == "total":
            return f"{formatting.money(row.total)} {row.currency}"
        if column == "status":
            return status_label(row.status)
        return row.clerk

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = (
            self.tr("Booking no."), self.tr("Time"), self.tr("Customer"), self.tr("Route"),
            self.tr("Modes"), self.tr("Cargo"), self.tr("Total"), self.tr("Status"),
            self.tr("Clerk"),
        )  # fmt: skip
        return titles[section]

    def retranslate(self) -> None:
        """Repaint headers and cells in the new language."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
