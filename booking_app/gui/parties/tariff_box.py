"""A customer's contract sell tariff in the Parties view (quotes-and-tariffs.md §2).

The rows are listed, added, edited and removed through :mod:`booking_app.services.tariffs`
(the same checks as an imported sell-rates sheet); rows whose last day has passed are
greyed. After a change the box calls ``ctx.notify(Change.PARTIES)`` and every view refreshes
itself, this box included.
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
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.core.rates import format_breaks
from booking_app.gui.common import formatting, numbers
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.labels import basis_label, mode_label
from booking_app.gui.common.problems import problem_text
from booking_app.gui.common.rights import lock
from booking_app.gui.common.rows_model import Column, Index, RowsModel
from booking_app.gui.parties.tariff_dialog import TariffDialog
from booking_app.services import tariffs
from booking_app.services.settings import current_settings
from booking_app.services.tariffs import SellTariff

_ERROR_STYLE = "color: #b00020;"


class TariffModel(RowsModel):
    """Tariff rows; a row whose last day is before today is greyed, with a tooltip."""

    def __init__(
        self, columns: list[Column], today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._today = today

    def expired(self, position: int) -> bool:
        """True when the row's validity ended before today."""
        return tariffs.is_expired(self.row(position), self._today())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text and alignment as any rows; grey and a tooltip for an expired row."""
        if index.isValid() and index.row() < self.rowCount() and self.expired(index.row()):
            if role == Qt.ItemDataRole.ForegroundRole:
                palette = QApplication.palette()
                return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Expired: valid until %1").replace(
                    "%1", formatting.day(self.row(index.row()).rate.valid_to)
                )
        return super().data(index, role)


def _optional(value: object) -> str:
    return "" if value is None else formatting.number(f"{value:f}")


class TariffBox(QGroupBox):
    """The contract tariff rows of the customer shown in the party form."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer = ""
        self.dialog: TariffDialog | None = None
        self.model = TariffModel(
            [
                Column("", self._lane),
                Column("", lambda t: t.rate.equipment),
                Column("", lambda t: basis_label(t.rate.basis)),
                Column("", lambda t: t.rate.currency),
                Column("", lambda t: formatting.number(f"{t.rate.rate:f}"), True),
                Column("", lambda t: _optional(t.rate.min_charge), True),
                Column("", lambda t: _optional(t.rate.max_charge), True),
                Column("", lambda t: numbers.show_breaks(format_breaks(t.rate.breaks))),
                Column("", lambda t: f"{formatting.day(t.rate.valid_from)} – "
                                     f"{formatting.day(t.rate.valid_to)}"),  # fmt: skip
                Column("", self._surcharges),
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
        self.table.setMinimumHeight(110)
        self.table.activated.connect(lambda _index: self.edit_row())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_row)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # PySide ignores context=
        self.hint = QLabel()  # one line (wrapped labels get clipped in a splitter pane)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        ctx.changed.connect(self._on_changed)
        self.set_customer("")

    def _lane(self, t: SellTariff) -> str:
        return f"{mode_label(t.rate.mode)} {t.rate.origin} → {t.rate.destination}"

    def _surcharges(self, t: SellTariff) -> str:
        return self.tr("included") if t.surcharges == "included" else self.tr("extra")

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.model.set_headers([
            self.tr("Lane"), self.tr("Equipment"), self.tr("Basis"), self.tr("Currency"),
            self.tr("Rate"), self.tr("Min."), self.tr("Max."), self.tr("Breaks"),
            self.tr("Valid"), self.tr("Surcharges"),
        ])  # fmt: skip
        self.add_button.setText(self.tr("Add tari&ff row…"))
        self.edit_button.setText(self.tr("E&dit tariff row…"))
        self.edit_button.setToolTip(self.tr("Edit the selected row (Enter)"))
        self.remove_button.setText(self.tr("Re&move tariff row"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))
        self._show_title()
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.set_rows(list(self.rows()))  # mode and basis names, numbers again
            self._fit_columns()
        super().changeEvent(event)

    def _show_title(self) -> None:
        title = self.tr("Contract tariff of %1") if self.customer else self.tr("Contract tariff")
        self.setTitle(title.replace("%1", self.customer))

    def _show_hint(self) -> None:
        if not self.customer:
            text = self.tr("Save the party first to give it a contract tariff.")
        elif self.model.rowCount() == 0:
            text = self.tr("No contract tariff: the pricing profile prices this customer's quotes.")
        else:
            text = self.tr("A leg on a lane with a row valid on its ETD sells at the tariff;"
                           " expired rows are grey.")  # fmt: skip
        self.hint.setText(text)
        self.hint.setToolTip(text)

    def _enable(self) -> None:
        self.add_button.setEnabled(bool(self.customer))
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        buttons = (self.add_button, self.edit_button, self.remove_button)
        lock(self._ctx.access, "sell_tariffs", buttons)  # office.md §3

    def _on_changed(self, changes: Change) -> None:
        if Change.PARTIES in changes:
            self.reload()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    def rows(self) -> list[SellTariff]:
        """The rows shown."""
        return [self.model.row(r) for r in range(self.model.rowCount())]

    def set_customer(self, name: str) -> None:
        """Show the rows of the party called ``name`` ('' for none: a new party)."""
        if name != self.customer:
            self.message.clear()
        self.customer = name
        self._show_title()
        self.reload()

    def reload(self) -> None:
        """Read the customer's rows again, keeping the selected row."""
        keep = self.current()
        self.model.set_rows(tariffs.list_tariffs(self._ctx.uow, self.customer))
        self._fit_columns()
        if keep is not None:
            for number_ in range(self.model.rowCount()):
                if self.model.row(number_).rate.id == keep.rate.id:
                    self.table.selectRow(number_)
        self._show_hint()
        self._enable()

    def current(self) -> SellTariff | None:
        """The selected row, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())  # type: ignore[no-any-return]

    def add_row(self) -> TariffDialog | None:
        """Open the dialog for a new row (returns it; it is modal to the window)."""
        if not self._ctx.access.may("sell_tariffs"):  # office.md §3
            return None
        if not self.customer:
            return None
        return self._open(TariffDialog(self._ctx, self.customer, None, self))

    def edit_row(self) -> TariffDialog | None:
        """Open the dialog on the selected row."""
        if not self._ctx.access.may("sell_tariffs"):  # office.md §3
            return None
        row = self.current()
        if row is None:
            return None
        return self._open(TariffDialog(self._ctx, self.customer, row, self))

    def _open(self, dialog: TariffDialog) -> TariffDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove_row(self) -> bool:
        """Remove the selected row through the service."""
        if not self._ctx.access.may("sell_tariffs"):  # office.md §3
            return False
        row = self.current()
        if row is None or row.rate.id is None:
            return False
        clerk = current_settings(self._ctx.uow).clerk_name
        try:
            tariffs.delete_tariff(self._ctx.uow, row.rate.id, clerk)
        except BookingDeskError as exc:
            self.message.setStyleSheet(_ERROR_STYLE)
            self.message.setText(self.tr("Not removed: %1").replace("%1", problem_text(exc)))
            return False
        self.table.setCurrentIndex(QModelIndex())
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Tariff row removed."))
        self._ctx.notify(Change.PARTIES)
        return True
