"""The results view (quotes-and-tariffs.md §4): quotes won, lost, expired and open, and the
margin won, by month and by customer, for a chosen period — as a chart and as tables.

The figures come from :func:`booking_app.services.results.results` (what
``booking-app report`` prints), loaded on a pool thread.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from booking_app.gui.bookings.results_chart import MonthBar, ResultsChart
from booking_app.gui.bookings.results_model import ResultsModel, month_label
from booking_app.gui.common import formatting
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.formatting import to_date, to_qdate
from booking_app.gui.common.ops import Op, query_op
from booking_app.gui.common.problems import problem_text
from booking_app.services.results import Results, results
from booking_app.services.settings import current_settings

#: Months shown when the view opens: this one and the five before it.
DEFAULT_MONTHS = 6


def months_back(today: date, months: int) -> date:
    """The first day of the month ``months - 1`` months before ``today``'s."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def month_keys(first: date, last: date) -> list[str]:
    """Every ``YYYY-MM`` from ``first``'s month to ``last``'s."""
    keys, index = [], first.year * 12 + first.month - 1
    while index <= last.year * 12 + last.month - 1:
        keys.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
        index += 1
    return keys


def chart_currency(found: Results, preferred: str) -> str:
    """The currency whose margin the chart draws: the default one if it has any."""
    currencies = {c for t in found.by_month.values() for c in t.margin}
    if preferred in currencies or not currencies:
        return preferred
    return sorted(currencies)[0]


def month_bars(found: Results, currency: str) -> list[MonthBar]:
    """One bar per month of the period (empty months too), margin in ``currency``."""
    bars = []
    for key in month_keys(found.first, found.last):
        tally = found.by_month.get(key)
        if tally is None:
            bars.append(MonthBar(month_label(key)))
            continue
        margin = tally.margin.get(currency)
        bars.append(MonthBar(
            month_label(key), tally.won, tally.lost, tally.expired, tally.open, margin,
            "" if margin is None else formatting.money(margin),
        ))  # fmt: skip
    return bars


def _axis_money(value: float) -> str:
    """A round figure of the margin axis in the clerk's notation."""
    return formatting.money(Decimal(round(value)))


class ResultsView(QWidget):
    """Period, chart by month, tables by customer and by month."""

    loaded = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: Results | None = None
        self._op: Op[Results] | None = None
        self._again = False
        today = ctx.clock.today()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, day in ((self.from_edit, months_back(today, DEFAULT_MONTHS)),
                          (self.to_edit, today)):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(to_qdate(day))
            edit.dateChanged.connect(self.refresh)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.quick: dict[str, QPushButton] = {}
        for name in ("month", "half", "year"):
            button = QPushButton()
            button.setProperty("period", name)
            button.clicked.connect(self._quick_period)
            self.quick[name] = button
        self.message = QLabel()
        self.message.setStyleSheet("color: #8a0014;")
        self.message.hide()
        self.chart = ResultsChart()
        self.chart.axis_format = _axis_money
        self.by_customer = ResultsModel("customer", self)
        self.by_month = ResultsModel("month", self)
        self.tables = QTabWidget()
        self.customer_table = self._table(self.by_customer)
        self.month_table = self._table(self.by_month)
        self.tables.addTab(self.customer_table, "")
        self.tables.addTab(self.month_table, "")
        self._lay_out()
        ctx.changed.connect(self._on_ctx_changed)
        self.retranslate_ui()
        self.refresh()

    @staticmethod
    def _table(model: ResultsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            top.addWidget(widget)
        top.addSpacing(12)
        for button in self.quick.values():
            top.addWidget(button)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.tables)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    # --- period and loading ------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        """The period chosen."""
        return to_date(self.from_edit.date()), to_date(self.to_edit.date())

    def set_period(self, first: date, last: date) -> None:
        """Show ``first`` to ``last`` (one load)."""
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
        self.from_edit.setDate(to_qdate(first))
        self.to_edit.setDate(to_qdate(last))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)
        self.refresh()

    def _quick_period(self) -> None:
        sender = self.sender()
        name = sender.property("period") if sender is not None else "half"
        today = self.ctx.clock.today()
        first = {
            "month": months_back(today, 1), "half": months_back(today, DEFAULT_MONTHS),
            "year": date(today.year, 1, 1),
        }.get(str(name), months_back(today, DEFAULT_MONTHS))  # fmt: skip
        self.set_period(first, today)

    def refresh(self) -> None:
        """Load the period's results on a pool thread."""
        if self._op is not None:
            self._again = True
            return
        first, last = self.period()
        op = query_op(self.ctx, lambda uow: results(uow, first, last), self)
        self._op = op.success(self._on_loaded).failure(self._on_failed).run()

    def is_loading(self) -> bool:
        """True while a load runs."""
        return self._op is not None

    def _loaded_again(self) -> bool:
        """After a load: start the one asked for meanwhile (True), if any."""
        self._op = None
        if self._again:
            self._again = False
            self.refresh()
            return True
        return False

    def _on_failed(self, error: Exception) -> None:
        if not self._loaded_again():
            self.message.setText(problem_text(error))
            self.message.show()

    def _on_loaded(self, found: Results) -> None:
        if self._loaded_again():
            return
        self.message.hide()
        self.found = found
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        found = self.found
        if found is None:
            return
        self.by_customer.set_tallies(found.by_customer, found.overall)
        self.by_month.set_tallies(found.by_month, found.overall)
        currency = chart_currency(found, current_settings(self.ctx.uow).default_currency)
        self.chart.set_bars(month_bars(found, currency))
        self._chart_texts(currency)

    def _on_ctx_changed(self, changes: Change) -> None:
        if changes & (Change.BOOKINGS | Change.SETTINGS):
            self.refresh()

    # --- look --------------------------------------------------------------------------

    def _chart_texts(self, currency: str) -> None:
        legend = {
            "won": self.tr("Won"), "lost": self.tr("Lost"), "expired": self.tr("Expired"),
            "open": self.tr("Open"),
            "margin": self.tr("Margin won (%1)").replace("%1", currency),
        }  # fmt: skip
        self.chart.set_texts(
            self.tr("Quotes by month"),
            legend,
            self.tr("No quotes in this period."),
            self.tr("Quotes"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.quick["month"].setText(self.tr("This month"))
        self.quick["half"].setText(self.tr("Last 6 months"))
        self.quick["year"].setText(self.tr("This year"))
        self.tables.setTabText(0, self.tr("By customer"))
        self.tables.setTabText(1, self.tr("By month"))
        self.by_customer.retranslate()
        self.by_month.retranslate()
        currency = current_settings(self.ctx.uow).default_currency
        if self.found is not None:
            currency = chart_currency(self.found, currency)
            self.chart.set_bars(month_bars(self.found, currency))  # month names anew
        self._chart_texts(currency)
