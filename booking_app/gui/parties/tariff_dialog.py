"""Adding or editing one contract tariff row of a customer by hand.

The form holds the columns of a sell-rates sheet (the customer is the party being shown);
:mod:`booking_app.services.tariffs` checks it exactly as an imported row and names the
bad cell, which the dialog puts the cursor on. Numbers are typed in the display
language's notation (:class:`~booking_app.gui.common.number_edit.NumberEdit`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.core.sheet_rows import CellError
from booking_app.gui.common import numbers
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.date_edit import localize_date_edit
from booking_app.gui.common.formatting import to_qdate
from booking_app.gui.common.labels import basis_label, mode_label
from booking_app.gui.common.number_edit import BreaksEdit, NumberEdit
from booking_app.gui.common.problems import problem_text
from booking_app.services import catalog, tariffs
from booking_app.services.settings import current_settings
from booking_app.services.tariffs import SellTariff

_ISO = "yyyy-MM-dd"
_ERROR_STYLE = "color: #b00020;"


def _coded(codes: tuple[str, ...], label: Callable[[str], str]) -> QComboBox:
    box = QComboBox()
    for code in codes:
        box.addItem(label(code), code)
    return box


def _editable(items: list[str]) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(items)
    completer = box.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return box


class TariffDialog(QDialog):
    """A form over one sell-rates row; Save refuses a bad row and names the cell."""

    def __init__(
        self,
        ctx: DeskContext,
        customer: str,
        row: SellTariff | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer = customer
        self.tariff_id = None if row is None else row.rate.id
        self.saved: SellTariff | None = None
        uow = ctx.uow
        locations = catalog.list_locations(uow)
        self._place_names = {loc.code: loc.name for loc in locations}
        codes = [loc.code for loc in locations]
        currencies = sorted({fx.currency for fx in catalog.list_fx(uow)} | {"USD"})

        self.mode = _coded(tariffs.MODES, mode_label)
        self.origin, self.origin_name = self._place_field(codes)
        self.destination, self.destination_name = self._place_field(codes)
        self.equipment = _editable(["", *catalog.CONTAINER_TYPES])
        self.basis = _coded(tariffs.RATE_BASES, basis_label)
        self.currency = _editable(currencies)
        self.rate, self.min_charge, self.max_charge = NumberEdit(), NumberEdit(), NumberEdit()
        self.breaks = BreaksEdit()
        self.kg_per_cbm = NumberEdit()
        self.valid_from, self.valid_to = self._date_field(), self._date_field()
        self.valid_to.setDate(to_qdate(ctx.clock.today()).addYears(1))
        self.surcharges = QComboBox()
        for code in ("extra", "included"):
            self.surcharges.addItem(code, code)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self._fields: dict[str, QWidget] = {
            "mode": self.mode, "origin": self.origin, "destination": self.destination,
            "equipment": self.equipment, "basis": self.basis, "currency": self.currency,
            "rate": self.rate, "min_charge": self.min_charge, "max_charge": self.max_charge,
            "breaks": self.breaks, "kg_per_cbm": self.kg_per_cbm,
            "valid_from": self.valid_from, "valid_to": self.valid_to,
            "surcharges": self.surcharges,
        }  # fmt: skip
        self.labels = {column: QLabel() for column in self._fields}
        form = QFormLayout()
        for column, widget in self._fields.items():
            self.labels[column].setBuddy(widget)
            form.addRow(self.labels[column], widget)
            if column == "origin":
                form.addRow("", self.origin_name)
            elif column == "destination":
                form.addRow("", self.destination_name)
            elif isinstance(widget, NumberEdit):
                form.addRow(widget.message)  # under its field, shown only with a problem
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        order = list(self._fields.values())
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if row is not None:
            self.set_cells(tariffs.tariff_cells(row))
        else:
            self.currency.setCurrentText(current_settings(uow).default_currency)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.mode.setFocus()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        title = (
            self.tr("New tariff row for %1") if self.tariff_id is None
            else self.tr("Tariff row of %1")
        )  # fmt: skip
        self.setWindowTitle(title.replace("%1", self.customer))
        texts = {
            "mode": self.tr("&Mode"), "origin": self.tr("&Origin"),
            "destination": self.tr("&Destination"), "equipment": self.tr("&Equipment"),
            "basis": self.tr("&Basis"), "currency": self.tr("C&urrency"),
            "rate": self.tr("&Rate"), "min_charge": self.tr("M&inimum charge"),
            "max_charge": self.tr("Ma&ximum charge (cap)"),
            "breaks": self.tr("Brea&ks (kg or W/M)"), "kg_per_cbm": self.tr("k&g per cbm"),
            "valid_from": self.tr("Valid &from"), "valid_to": self.tr("Valid &to"),
            "surcharges": self.tr("Surc&harges"),
        }  # fmt: skip
        for column, text in texts.items():
            self.labels[column].setText(text)
            widget = self._fields[column]
            if isinstance(widget, NumberEdit):
                widget.set_name(text)
        self.max_charge.setPlaceholderText(self.tr("no cap"))
        self.kg_per_cbm.setPlaceholderText(self.tr("mode's default"))
        self.breaks.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", numbers.show_breaks("45:22.00 100:18.00"))
        )
        for place in (self.origin, self.destination):
            place.setPlaceholderText(self.tr("UN/LOCODE, e.g. CNQZH"))
        self.surcharges.setItemText(0, self.tr("extra: sold by the price rule"))
        self.surcharges.setItemText(1, self.tr("included: the tariff is all-in"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _place_field(self, codes: list[str]) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit()
        edit.setMaxLength(5)
        completer = QCompleter(codes, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(completer)
        name = QLabel()
        name.setObjectName("placeName")
        edit.textChanged.connect(
            lambda text: name.setText(self._place_names.get(text.strip().upper(), ""))
        )
        return edit, name

    def _date_field(self) -> QDateEdit:
        edit = QDateEdit(to_qdate(self._ctx.clock.today()))
        edit.setCalendarPopup(True)
        localize_date_edit(edit)
        return edit

    def cells(self) -> dict[str, str]:
        """What the form holds, as the text cells of a sell-rates row."""
        out = {"customer": self.customer}
        for column, widget in self._fields.items():
            if isinstance(widget, QComboBox):
                code = widget.currentData()
                out[column] = code if isinstance(code, str) else widget.currentText()
            elif isinstance(widget, QDateEdit):
                out[column] = widget.date().toString(_ISO)
            elif isinstance(widget, NumberEdit):
                out[column] = widget.plain_text()
            elif isinstance(widget, QLineEdit):
                out[column] = widget.text()
        return out

    def set_cells(self, cells: dict[str, str]) -> None:
        """Fill the form from text cells (as :func:`tariffs.tariff_cells` gives them)."""
        for column, value in cells.items():
            widget = self._fields.get(column)
            if isinstance(widget, QComboBox):
                found = widget.findData(value)
                if found >= 0:
                    widget.setCurrentIndex(found)
                else:
                    widget.setCurrentText(value)
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate.fromString(value, _ISO))
            elif isinstance(widget, NumberEdit):
                widget.set_plain(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def save(self) -> None:
        """Store through the tariffs service; close on success, else say why and stay."""
        for column, widget in self._fields.items():
            if isinstance(widget, NumberEdit) and widget.problem() is not None:
                self.show_error(self.tr("Not saved: %1").replace("%1", widget.named_problem()),
                                column)  # fmt: skip
                return
        clerk = current_settings(self._ctx.uow).clerk_name
        try:
            if self.tariff_id is None:
                self.saved = tariffs.add_tariff(self._ctx.uow, self.cells(), clerk)
            else:
                self.saved = tariffs.update_tariff(
                    self._ctx.uow, self.tariff_id, self.cells(), clerk
                )
        except CellError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", problem_text(exc)), exc.column)
            return
        except BookingDeskError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", problem_text(exc)), None)
            return
        self.accept()
        self._ctx.notify(Change.PARTIES)

    def show_error(self, message: str, column: str | None) -> None:
        """Show why the row was refused and put the cursor on the bad cell."""
        self.error.setText(message)
        self.error.show()
        widget = self._fields.get(column or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
