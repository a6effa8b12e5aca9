"""The schedules of the office in the Rates view (schedules-routes-emissions.md §1).

The rows shown follow the rate filters (mode, origin, destination, carrier, validity);
they are added, edited and removed through :mod:`booking_app.services.schedules` (the
same checks as an imported schedules sheet). Rows whose last day has passed are greyed.
After a change the box calls ``ctx.notify(Change.RATES)`` and every view refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common import formatting
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.labels import mode_label
from booking_app.gui.common.problems import problem_text
from booking_app.gui.common.rights import lock
from booking_app.gui.common.rows_model import Column, Index, RowsModel
from booking_app.gui.rates.schedule_dialog import ScheduleDialog
from booking_app.services import schedules
from booking_app.services.catalog import RateFilter
from booking_app.services.schedules import Schedule
from booking_app.services.settings import current_settings

_ERROR_STYLE = "color: #b00020;"


class ScheduleModel(RowsModel):
    """Schedule rows; a row whose last day is before today is greyed, with a tooltip."""

    def __init__(
        self, columns: list[Column], today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._today = today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text and alignment as any rows; grey and a tooltip for an expired row."""
        if index.isValid() and index.row() < self.rowCount():
            row: Schedule = self.row(index.row())
            if schedules.is_expired(row, self._today()):
                if role == Qt.ItemDataRole.ForegroundRole:
                    palette = QApplication.palette()
                    group, text = QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                    return QBrush(palette.color(group, text))
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Expired: valid until %1").replace(
                        "%1", formatting.day(row.valid_to)
                    )
        return super().data(index, role)


class SchedulesBox(QWidget):
    """The schedule rows matching the rate filters, with add, edit and remove."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = RateFilter()
        self.dialog: ScheduleDialog | None = None
        self.model = ScheduleModel(
            [
                Column("", lambda s: mode_label(s.mode)),
                Column("", lambda s: s.origin),
                Column("", lambda s: s.destination),
                Column("", lambda s: s.carrier),
                Column("", lambda s: s.service),
                Column("", lambda s: s.departures.text()),
                Column("", lambda s: str(s.cutoff_days), True),
                Column("", self._transit, True),
                Column(
                    "", lambda s: f"{formatting.day(s.valid_from)} – {formatting.day(s.valid_to)}"
                ),  # fmt: skip
            ],
            ctx.clock.today,
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_row())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_row)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # PySide ignores context=
        self.add_button, self.edit_button, self.remove_button = (
            QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        self.add_button.clicked.connect(self.add_row)
        self.edit_button.clicked.connect(self.edit_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.message = QLabel()
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _transit(self, s: Schedule) -> str:
        return self.tr("rate's") if s.transit_days is None else str(s.transit_days)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.model.set_headers([
            self.tr("Mode"), self.tr("Origin"), self.tr("Destination"), self.tr("Carrier"),
            self.tr("Service"), self.tr("Departures"), self.tr("Cut-off days"),
            self.tr("Transit days"), self.tr("Valid"),
        ])  # fmt: skip
        self.add_button.setText(self.tr("Ne&w schedule…"))
        self.edit_button.setText(self.tr("Edi&t schedule…"))
        self.edit_button.setToolTip(self.tr("Edit the selected row (Enter)"))
        self.remove_button.setText(self.tr("Remove schedule"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.set_rows(self.rows())  # mode names again; no query (it may be closing)
        super().changeEvent(event)

    def _on_changed(self, changes: Change) -> None:
        if Change.RATES in changes:
            self.reload()

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        lock(self._ctx.access, "rates", [self.add_button, self.edit_button, self.remove_button])

    def set_filter(self, f: RateFilter) -> None:
        """Show the rows that the rate filter ``f`` lets through."""
        self._filter = f
        self.reload()

    def rows(self) -> list[Schedule]:
        """The rows shown."""
        return [self.model.row(r) for r in range(self.model.rowCount())]

    def reload(self) -> None:
        """Read the rows again, keeping the selected one."""
        keep = self.current()
        self.model.set_rows(schedules.list_schedules(self._ctx.uow, self._filter))
        self.table.resizeColumnsToContents()
        if keep is not None:
            self.select(keep.id)
        self._enable()

    def select(self, schedule_id: int | None) -> None:
        """Select the row with this id, if shown."""
        for number_, row in enumerate(self.rows()):
            if row.id == schedule_id:
                self.table.selectRow(number_)

    def current(self) -> Schedule | None:
        """The selected row, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())  # type: ignore[no-any-return]

    def add_row(self) -> ScheduleDialog | None:
        """Open the dialog for a new row, starting from the lane in the filters."""
        if not self._ctx.access.may("rates"):  # office.md §3
            return None
        dialog = self._open(ScheduleDialog(self._ctx, None, self))
        f = self._filter
        lane = {"mode": f.mode, "origin": f.origin.upper(), "destination": f.destination.upper()}
        dialog.set_cells({k: v for k, v in lane.items() if v and (k == "mode" or len(v) == 5)})
        return dialog

    def edit_row(self) -> ScheduleDialog | None:
        """Open the dialog on the selected row."""
        if not self._ctx.access.may("rates"):  # office.md §3
            return None
        row = self.current()
        return None if row is None else self._open(ScheduleDialog(self._ctx, row, self))

    def _open(self, dialog: ScheduleDialog) -> ScheduleDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, saved: Schedule | None) -> None:
        self.reload()  # the dialog tells every view next; this one selects the row now
        if saved is not None:
            self.select(saved.id)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Schedule saved."))

    def remove_row(self) -> bool:
        """Remove the selected row through the service."""
        if not self._ctx.access.may("rates"):  # office.md §3
            return False
        row = self.current()
        if row is None or row.id is None:
            return False
        clerk = current_settings(self._ctx.uow).clerk_name
        try:
            schedules.delete_schedule(self._ctx.uow, row.id, clerk)
        except BookingDeskError as exc:
            self.message.setStyleSheet(_ERROR_STYLE)
            self.message.setText(self.tr("Not removed: %1").replace("%1", problem_text(exc)))
            return False
        self.table.setCurrentIndex(QModelIndex())
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Schedule removed."))
        self._ctx.notify(Change.RATES)
        return True
