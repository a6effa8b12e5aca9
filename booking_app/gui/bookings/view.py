"""The bookings view: the day's list with a date picker, a status filter and a search."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking_app.gui.bookings.clerk_filter import ClerkFilter
from booking_app.gui.bookings.empty_state import EmptyState
from booking_app.gui.bookings.model import BOOKING_NO_ROLE, BookingsModel
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.date_edit import localize_date_edit
from booking_app.gui.common.formatting import to_date, to_qdate
from booking_app.gui.common.labels import status_label
from booking_app.gui.common.ops import Op, query_op
from booking_app.services.listing import BookingFilter, count_bookings, list_bookings

if TYPE_CHECKING:
    from booking_app.gui.documents.export_day import DayExporter

STATUSES = ("draft", "quoted", "confirmed", "cancelled")
SEARCH_DELAY_MS = 250


class BookingsView(QWidget):
    """Lists bookings; double-click or Enter asks to open one (``open_requested``)."""

    open_requested = Signal(str)
    #: A line for the status bar from the day's export (what was exported where).
    export_message = Signal(str)

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, count_later: bool = False
    ) -> None:
        """``count_later``: the first count and the clerks' list wait for
        :meth:`start_counting` (the main window starts them once it is painted: a pool
        thread counting a million bookings beside the start only slows the start down)."""
        super().__init__(parent)
        self.ctx = ctx
        self.model = BookingsModel(ctx, parent=self)
        self._count: int | None = None
        self._count_op: Op[int] | None = None
        self._counting = BookingFilter()
        self._count_held = count_later

        self.day_label = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.day_edit = QDateEdit(to_qdate(ctx.clock.today()))
        self.day_edit.setCalendarPopup(True)
        localize_date_edit(self.day_edit)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.today_button = QToolButton()
        self.all_days = QCheckBox()
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        # as wide as its longest item in the language shown ("Mọi trạng thái", "ทุกสถานะ")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.clerk_label = QLabel()
        self.clerk_combo = ClerkFilter(ctx)  # the office's list, one clerk's, or mine
        self.clerk_label.setBuddy(self.clerk_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.export_button = QPushButton()
        self._exporter: DayExporter | None = None  # built on the first export
        self.day_label.setBuddy(self.day_edit)
        self.status_label.setBuddy(self.status_combo)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 70, 220, 220, 170, 150, 120, 90)):
            header.resizeSection(column, width)
        # a click on a header sorts by it in the store (keyset windows in that order)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_by)
        self._empty_state: EmptyState | None = None  # made when the list is first empty
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)

        bar = QHBoxLayout()
        for widget in (
            self.day_label, self.previous_button, self.day_edit, self.next_button,
            self.today_button, self.all_days, self.status_label, self.status_combo,
            self.clerk_label, self.clerk_combo,
        ):  # fmt: skip
            bar.addWidget(widget)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.previous_button.clicked.connect(self.previous_day)
        self.next_button.clicked.connect(self.next_day)
        self.today_button.clicked.connect(self.go_today)
        self.export_button.clicked.connect(self.export_day)
        self.day_edit.dateChanged.connect(self.apply_filter)
        self.all_days.toggled.connect(self._on_all_days)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.clerk_combo.currentIndexChanged.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_edited)
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        ctx.changed.connect(self._on_changed)

        self.setTabOrder(self.day_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.clerk_combo)
        self.setTabOrder(self.clerk_combo, self.search_edit)
        self.setTabOrder(self.search_edit, self.table)
        self.retranslate_ui()
        self.apply_filter()

    # --- filter ------------------------------------------------------------------------

    def current_filter(self) -> BookingFilter:
        """The filter the clerk has set."""
        picked = to_date(self.day_edit.date())
        day = None if self.all_days.isChecked() else picked
        status = self.status_combo.currentData() or None
        return BookingFilter(
            day=day, status=status, text=self.search_edit.text().strip(),
            clerk=self.clerk_combo.clerk(),
        )  # fmt: skip

    def apply_filter(self) -> None:
        """Show the bookings the filter matches."""
        self._search_timer.stop()
        picked = to_date(self.day_edit.date())
        if not self._count_held:
            self.clerk_combo.reload(None if self.all_days.isChecked() else picked)
        self.model.set_filter(self.current_filter())
        self._update_count()

    def start_counting(self) -> None:
        """Count the shown bookings now, and from now on whenever the filter changes."""
        if self._count_held:
            self._count_held = False
            self.clerk_combo.reload(self.model.filter.day)
            self._update_count()

    def _update_count(self) -> None:
        """Count the matching bookings on a pool thread (kept until bookings change)."""
        if self._count_held:
            return
        chosen = self.model.filter
        self._count = self.model.cached_count(chosen)
        if self._count_op is not None:
            self._count_op.cancel()  # a newer filter: its count answers
            self._count_op = None
        if self._count is None:
            self._counting = chosen
            op = query_op(self.ctx, lambda uow: count_bookings(uow, chosen), self)
            self._count_op = op.success(self._on_counted).failure(self._on_count_failed).run()
        self._show_count()

    def _on_counted(self, count: int) -> None:
        self._count, self._count_op = count, None
        self.model.remember_count(self._counting, count)
        self._show_count()

    def _on_count_failed(self, _error: Exception) -> None:
        self._count, self._count_op = None, None
        self._show_count()

    def is_counting(self) -> bool:
        """True while the number of matching bookings is being counted."""
        return self._count_op is not None

    def _show_count(self) -> None:
        if self._count is None:
            self.count_label.setText(self.tr("counting…") if self._count_op is not None else "")
        else:
            self.count_label.setText(self.tr("%Ln booking(s)", "", self._count))

    @property
    def empty_state(self) -> EmptyState:
        """The hint over the empty list (made on first use: a start with bookings to show
        needs none)."""
        if self._empty_state is None:
            self._empty_state = EmptyState(self.table)
        return self._empty_state

    def _update_empty_state(self) -> None:
        """Say what to do when the list is empty (a first start: no booking at all)."""
        rows = self.model.rowCount()
        if rows and self._empty_state is None:
            return  # nothing to hide
        first = rows == 0 and not list_bookings(self.ctx.uow, BookingFilter(), limit=1)
        self.empty_state.show_for(rows, first)

    def _search_edited(self, _text: str) -> None:
        self._search_timer.start()  # search once the clerk pauses typing

    def set_day(self, day: date) -> None:
        """Show the bookings of ``day``."""
        self.all_days.setChecked(False)
        self.day_edit.setDate(QDate(day.year, day.month, day.day))

    def previous_day(self) -> None:
        """One day back."""
        self._shift(-1)

    def next_day(self) -> None:
        """One day on."""
        self._shift(1)

    def go_today(self) -> None:
        """Back to today's list."""
        self.set_day(self.ctx.clock.today())

    def _shift(self, days: int) -> None:
        self.set_day(to_date(self.day_edit.date()) + timedelta(days=days))

    def _on_all_days(self, checked: bool) -> None:
        self.day_edit.setEnabled(not checked)
        self.previous_button.setEnabled(not checked)
        self.next_button.setEnabled(not checked)
        self.apply_filter()

    @property
    def exporter(self) -> DayExporter:
        """The day's export (its module and dialogs load on the first export)."""
        if self._exporter is None:
            from booking_app.gui.documents.export_day import DayExporter

            self._exporter = DayExporter(self.ctx, self)
            self._exporter.message.connect(self.export_message)
        return self._exporter

    def export_day(self) -> bool:
        """Export the picked day's bookings (format and file asked) in the background."""
        return self.exporter.export_day(to_date(self.day_edit.date()))

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """A header was clicked: the list in that column's order, from its first row."""
        if not self.model.sortable(column):  # no order in the store: the indicator stays
            header = self.table.horizontalHeader()
            blocked = header.blockSignals(True)
            current = self.model.order
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(blocked)
            return
        selected = self.selected_booking_no()
        self.model.sort(column, order)
        self.table.scrollToTop()
        if selected:
            self._select(selected)

    # --- opening and refreshing -------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(str(index.data(BOOKING_NO_ROLE)))

    def selected_booking_no(self) -> str | None:
        """The booking number of the selected row, if any."""
        index = self.table.currentIndex()
        return str(index.data(BOOKING_NO_ROLE)) if index.isValid() else None

    def _on_changed(self, changes: Change) -> None:
        if changes & (Change.BOOKINGS | Change.PARTIES):
            self.model.forget_counts()
            selected = self.selected_booking_no()
            self.clerk_combo.reload(self.model.filter.day, force=True)
            self.model.reload()
            self._update_count()
            if selected:
                self._select(selected)

    def _select(self, booking_no: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.booking_no(row) == booking_no:
                self.table.selectRow(row)
                return

    # --- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.day_label.setText(self.tr("&Day:"))
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Today's bookings (Alt+Home)"))
        self.all_days.setText(self.tr("All days"))
        self.export_button.setText(self.tr("Export day…"))
        self.export_button.setToolTip(self.tr("The day's bookings as CSV, XLSX or PDF (Ctrl+E)"))
        self.status_label.setText(self.tr("&Status:"))
        self.clerk_label.setText(self.tr("C&lerk:"))
        self.clerk_combo.setToolTip(self.tr("The whole office's bookings, yours, or one clerk's"))
        self.search_edit.setPlaceholderText(
            self.tr("Search: booking no., party, place or code (Ctrl+F)")
        )
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current or "")))
        self.status_combo.blockSignals(False)
        self.model.retranslate()
        if self._empty_state is not None:
            self._empty_state.retranslate()
        self._show_count()
