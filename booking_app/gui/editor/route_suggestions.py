"""*Suggest routes…*: the route options for a booking as a table and a chart.

The search runs off the GUI thread (one job, its own unit of work); the table lists each
option's chain, total, transit days, ETA and CO2e; the chart paints total against transit
days, one mark per option, the cheapest, fastest and greenest marked. Choosing an option
hands its legs back to the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking_app.gui.common import formatting
from booking_app.gui.common.ops import Op
from booking_app.gui.common.problems import problem_text
from booking_app.services.routing import RouteOption, chain_text, suggest_for_request
from booking_app.store.uow import UnitOfWork

Index = QModelIndex | QPersistentModelIndex
_CHEAP, _FAST, _GREEN = QColor(0, 90, 200), QColor(200, 90, 0), QColor(0, 140, 60)


class RouteTableModel(QAbstractTableModel):
    """One row per route option."""

    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.options: list[RouteOption] = []

    def set_options(self, options: list[RouteOption]) -> None:
        """Show these options."""
        self.beginResetModel()
        self.options = list(options)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def headers(self) -> tuple[str, ...]:
        """The column titles in the current language (literals, so lupdate finds them)."""
        return (self.tr("Route"), self.tr("Total"), self.tr("Transit days"), self.tr("ETA"),
                self.tr("CO2e kg"), self.tr("Best"))  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        option = self.options[index.row()]
        q = option.quote
        column = index.column()
        if column == 0:
            return chain_text(option)
        if column == 1:
            return f"{formatting.money(q.total)} {q.currency}"
        if column == 2:
            return str(q.transit_days)
        if column == 3:
            return formatting.day(option.arrival)
        if column == 4:
            return "—" if option.co2e_kg is None else formatting.number(option.co2e_kg)
        flags = [(option.cheapest, self.tr("cheapest")), (option.fastest, self.tr("fastest")),
                 (option.greenest, self.tr("greenest"))]  # fmt: skip
        return ", ".join(word for on, word in flags if on)


class RouteChart(QWidget):
    """Total against transit days, one mark per option (the selected one ringed)."""

    MARGIN = 36

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[RouteOption] = []
        self.selected = -1
        self.setMinimumSize(320, 200)

    def set_options(self, options: list[RouteOption]) -> None:
        """Paint these options."""
        self.options = list(options)
        self.update()

    def select(self, row: int) -> None:
        """Ring this option's mark."""
        self.selected = row
        self.update()

    def points(self) -> list[QPointF]:
        """Where each option's mark is painted (x: transit days, y: total)."""
        if not self.options:
            return []
        days = [o.quote.transit_days for o in self.options]
        totals = [float(o.quote.total) for o in self.options]  # float ok: pixels
        d0, d1 = min(days), max(days)
        t0, t1 = min(totals), max(totals)
        m = self.MARGIN
        w, h = max(1, self.width() - 2 * m), max(1, self.height() - 2 * m)
        return [
            QPointF(m + (d - d0) / ((d1 - d0) or 1) * w, m + h - (t - t0) / ((t1 - t0) or 1) * h)
            for d, t in zip(days, totals, strict=True)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = self.MARGIN
        painter.setPen(QPen(QColor(120, 120, 120)))
        painter.drawLine(m, self.height() - m, self.width() - m, self.height() - m)
        painter.drawLine(m, m, m, self.height() - m)
        painter.drawText(m, self.height() - 8, self.tr("transit days →"))
        painter.drawText(4, m - 12, self.tr("total ↑"))
        for row, (option, point) in enumerate(zip(self.options, self.points(), strict=True)):
            color = (_CHEAP if option.cheapest else _FAST if option.fastest
                     else _GREEN if option.greenest else QColor(90, 90, 90))  # fmt: skip
            painter.setPen(QPen(color, 2))
            painter.setBrush(color)
            painter.drawEllipse(point, 5, 5)
            if row == self.selected:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(point, 9, 9)
        painter.end()


class RouteSuggestionsDialog(QDialog):
    """Finds routes for the booking's request and lets the clerk choose one."""

    def __init__(
        self,
        open_uow: Callable[[], UnitOfWork],
        raw: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest routes"))
        self.model = RouteTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = RouteChart()
        self.status = QLabel(self.tr("Searching routes…"))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this route"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.error: str | None = None
        self._op: Op[list[RouteOption]] = Op(open_uow, lambda uow: _find(uow, raw), parent=self)
        self._op.success(self.show_options).failure(self._on_failed).run()

    @property
    def searching(self) -> bool:
        """True until the search has answered."""
        return self._op.running

    def _on_failed(self, error: Exception) -> None:
        self.error = problem_text(error)
        self.status.setText(self.error)

    def show_options(self, options: list[RouteOption]) -> None:
        """Fill the table and the chart; the cheapest option is selected."""
        self.model.set_options(options)
        self.chart.set_options(options)
        if options:
            self.status.setText(self.tr("%n route(s) found.", "", len(options)))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No route can be priced for this cargo and date."))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.chart.select(current.row())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(current.isValid())

    def chosen_legs(self) -> list[dict[str, str]]:
        """The selected option's legs as the request's ``legs`` (carrier: the cheapest)."""
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.options):
            return []
        return [
            {"mode": leg.mode, "origin": leg.origin, "destination": leg.destination}
            for leg in self.model.options[row].quote.legs
        ]


def _find(uow: UnitOfWork, raw: dict[str, Any]) -> list[RouteOption]:
    """The work: the options (a domain error reaches the dialog's failure; never a widget)."""
    return suggest_for_request(uow, raw)
