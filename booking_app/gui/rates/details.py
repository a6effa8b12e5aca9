"""Beside the rate table: the selected rate's breaks and surcharges, and the FX table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QSplitter, QTableView, QVBoxLayout

from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.formatting import day, money
from booking_app.gui.common.labels import basis_label
from booking_app.gui.common.rows_model import Column, RowsModel
from booking_app.services import catalog


def make_table(model: QAbstractItemModel, stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting table over ``model``."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table


class RateDetails(QSplitter):
    """Three panes: breaks of one rate, surcharges that can apply to it, exchange rates."""

    def __init__(self, ctx: DeskContext) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self._ctx = ctx
        self.breaks_model = RowsModel(
            [
                Column("", lambda b: money(b.threshold), True),
                Column("", lambda b: money(b.rate), True),
            ],
            self,
        )
        self.surcharges_model = RowsModel(
            [
                Column("", lambda s: s.code), Column("", lambda s: s.description),
                Column("", lambda s: basis_label(s.basis)), Column("", lambda s: s.currency),
                Column("", lambda s: money(s.amount), True),
                Column("", lambda s: "" if s.min_charge is None else money(s.min_charge), True),
                Column("", lambda s: s.equipment),
                Column("", lambda s: f"{day(s.valid_from)} – {day(s.valid_to)}"),
            ],
            self,
        )  # fmt: skip
        self.fx_model = RowsModel(
            [
                Column("", lambda f: f.currency),
                Column("", lambda f: money(f.units_per_usd), True),
                Column("", lambda f: day(f.valid_from)),
            ],
            self,
        )
        self.breaks_box, self.surcharges_box, self.fx_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.breaks_table = make_table(self.breaks_model)
        self.surcharges_table = make_table(self.surcharges_model)
        self.fx_table = make_table(self.fx_model)
        for box, table, weight in (
            (self.breaks_box, self.breaks_table, 2),
            (self.surcharges_box, self.surcharges_table, 5),
            (self.fx_box, self.fx_table, 2),
        ):
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(table)
            self.addWidget(box)
            self.setStretchFactor(self.count() - 1, weight)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.breaks_box.setTitle(self.tr("Breaks of the selected rate"))
        self.surcharges_box.setTitle(self.tr("Surcharges that can apply to it"))
        self.fx_box.setTitle(self.tr("Exchange rates (units per USD)"))
        self.breaks_model.set_headers([self.tr("From (kg or W/M)"), self.tr("Rate per unit")])
        self.surcharges_model.set_headers([
            self.tr("Code"), self.tr("Description"), self.tr("Basis"), self.tr("Currency"),
            self.tr("Amount"), self.tr("Minimum"), self.tr("Equipment"), self.tr("Valid"),
        ])  # fmt: skip
        self.fx_model.set_headers([self.tr("Currency"), self.tr("Units per USD"), self.tr("From")])
        for table in (self.breaks_table, self.surcharges_table, self.fx_table):
            table.resizeColumnsToContents()  # the headers' width in the language shown

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_rate(self, rate_id: int | None) -> None:
        """Show the breaks and the possible surcharges of one rate (or nothing)."""
        if rate_id is None:
            self.breaks_model.set_rows([])
            self.surcharges_model.set_rows([])
            return
        self.breaks_model.set_rows(catalog.rate_breaks(self._ctx.uow, rate_id))
        self.breaks_table.resizeColumnsToContents()
        self.surcharges_model.set_rows(catalog.matching_surcharges(self._ctx.uow, rate_id))
        self.surcharges_table.resizeColumnsToContents()

    def reload_fx(self) -> None:
        """Read the exchange rates again."""
        self.fx_model.set_rows(catalog.list_fx(self._ctx.uow))
        self.fx_table.resizeColumnsToContents()
