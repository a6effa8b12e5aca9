"""The follow-up list (quotes-and-tariffs.md §1): open quotes by days left, as a table model.

:func:`load_follow_up` runs on a pool thread (it may expire overdue quotes, a write); the
model only shows the rows it returned, soonest expiry first.
"""

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from booking_app.core.lifecycle import days_left
from booking_app.gui.common import formatting
from booking_app.gui.common.labels import status_label
from booking_app.services.desk import BookingFilter
from booking_app.services.lifecycle import expire_overdue
from booking_app.services.listing import BookingRow, count_bookings, list_bookings
from booking_app.store.uow import UnitOfWork

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "days_left",
    "valid_until",
    "booking_no",
    "customer",
    "route",
    "total",
    "margin",
    "status",
)
#: The booking number of a row, whatever the column.
BOOKING_NO_ROLE = Qt.ItemDataRole.UserRole + 1
#: Statuses listed: quotes still to chase, and (on demand) those decided.
OPEN_STATUSES = ("quoted", "expired")
DECIDED_STATUSES = ("confirmed", "lost")
#: Expired quotes stay in the list this many days after their validity (still worth a call).
RECENT_EXPIRED_DAYS = 30
#: A quote in its last days is marked as late.
LATE_DAYS = 2
EXPIRED_BACKGROUND = QColor(250, 212, 212)
LATE_BACKGROUND = QColor(255, 232, 170)
_DARK = QColor(32, 32, 32)
_GREY = QColor(128, 128, 128)


class FollowUpData(NamedTuple):
    """What one load found: the rows to show, the open count, what it expired, the day."""

    rows: list[BookingRow]
    open_count: int
    expired_now: Sequence[str] = ()
    today: date = date.min


def load_follow_up(uow: UnitOfWork, with_decided: bool = False, text: str = "") -> FollowUpData:
    """Expire overdue quotes, then list the quoted ones and those expired within the last
    :data:`RECENT_EXPIRED_DAYS` (``with_decided``: every expired, won and lost one too)
    matching ``text``, soonest ``valid_until`` first."""
    expired_now = expire_overdue(uow)
    statuses = OPEN_STATUSES + (DECIDED_STATUSES if with_decided else ())
    today = uow.clock.today()
    since = today - timedelta(days=RECENT_EXPIRED_DAYS)
    rows: list[BookingRow] = []
    for status in statuses:
        # the old expired quotes stay in the database: read only the recent ones
        recent = since if status == "expired" and not with_decided else None
        f = BookingFilter(status=status, text=text.strip(), valid_since=recent)
        rows += list_bookings(uow, f, limit=None)
    rows.sort(key=lambda r: (r.valid_until or date.max, r.booking_no))
    open_count = count_bookings(uow, BookingFilter(status="quoted"))
    return FollowUpData(rows, open_count, expired_now, today)


def days_text(days: int | None, status: str) -> str:
    """``5 days``, ``last day``, ``expired 2 days ago`` in the clerk's language."""
    if days is None:
        return ""
    if days < 0:
        return QCoreApplication.translate("FollowUp", "expired %n day(s) ago", "", -days)
    if status != "quoted":
        return QCoreApplication.translate("FollowUp", "%n day(s)", "", days)
    if days == 0:
        return QCoreApplication.translate("FollowUp", "last day")
    return QCoreApplication.translate("FollowUp", "%n day(s)", "", days)


class FollowUpModel(QAbstractTableModel):
    """Quotes to chase, with days left; expired rows red, the last days amber."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BookingRow] = []
        self.today = date.min

    def set_data(self, data: FollowUpData) -> None:
        """Show the rows of a load."""
        self.beginResetModel()
        self._rows = list(data.rows)
        self.today = data.today
        self.endResetModel()

    def booking_row(self, row: int) -> BookingRow:
        """The booking shown on ``row``."""
        return self._rows[row]

    def rows(self) -> list[BookingRow]:
        """Every row shown, in order."""
        return list(self._rows)

    def days_left(self, row: BookingRow) -> int | None:
        """Days from today to the row's ``valid_until`` (negative once past)."""
        return days_left(row.valid_until, self.today)

    def urgency(self, row: BookingRow) -> str:
        """``expired``, ``late`` (its last days), ``open``, or ``decided``."""
        days = self.days_left(row)
        if row.status == "expired" or (row.status == "quoted" and days is not None and days < 0):
            return "expired"
        if row.status != "quoted":
            return "decided"
        return "late" if days is not None and days <= LATE_DAYS else "open"

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == BOOKING_NO_ROLE:
            return row.booking_no
        urgency = self.urgency(row)
        if role == Qt.ItemDataRole.BackgroundRole and urgency in ("expired", "late"):
            return QBrush(EXPIRED_BACKGROUND if urgency == "expired" else LATE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if urgency in ("expired", "late"):
                return QBrush(_DARK)  # legible on the light marks in a dark theme too
            if urgency == "decided":
                return QBrush(_GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.status_reason:
                return f"{status_label(row.status)}: {row.status_reason}"
            if column in ("customer", "route"):
                return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("days_left", "total", "margin"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: BookingRow, column: str) -> str:
        if column == "days_left":
            return days_text(self.days_left(row), row.status)
        if column == "valid_until":
            return formatting.day(row.valid_until) if row.valid_until else ""
        if column == "booking_no":
            return row.booking_no if row.revision == 1 else f"{row.booking_no} /{row.revision}"
        if column == "customer":
            return row.customer
        if column == "route":
            return row.route
        if not row.priced and column in ("total", "margin"):
            return ""
        if column == "total":
            return f"{formatting.money(row.total)} {row.currency}"
        if column == "margin":
            return f"{formatting.money(row.margin)} {row.currency}"
        return status_label(row.status)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = (
            self.tr("Days left"), self.tr("Valid until"), self.tr("Booking no."),
            self.tr("Customer"), self.tr("Route"), self.tr("Total"), self.tr("Margin"),
            self.tr("Status"),
        )  # fmt: skip
        return titles[section]

    def retranslate(self) -> None:
        """Repaint headers and cells in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
