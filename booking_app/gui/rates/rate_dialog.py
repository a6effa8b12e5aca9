"""Adding or editing one rate by hand, checked exactly like an imported sheet row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.core.sheet_rows import CellError
from booking_app.gui.common import numbers
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.date_edit import localize_date_edit
from booking_app.gui.common.formatting import to_qdate
from booking_app.gui.common.labels import basis_label, mode_label
from booking_app.gui.common.number_edit import BreaksEdit, NumberEdit
from booking_app.gui.common.problems import problem_text
from booking_app.services import catalog
from booking_app.services.settings import current_settings

_ISO = "yyyy-MM-dd"


def _combo(items: list[str], editable: bool) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    box.addItems(items)
    completer = box.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return box


def _coded(codes: tuple[str, ...], label: Callable[[str], str]) -> QComboBox:
    """A fixed choice among codes, each shown by its translated name."""
    box = QComboBox()
    for code in codes:
        box.addItem(label(code), code)
    return box


class RateDialog(QDialog):
    """A form over the rate-sheet columns. Save refuses a bad row and names the cell."""

    def __init__(
        self, ctx: DeskContext, rate_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rate_id = rate_id
        self.saved_id: int | None = None
        uow = ctx.uow
        locations = catalog.list_locations(uow)
        self._place_names = {loc.code: loc.name for loc in locations}
        codes = [loc.code for loc in locations]
        currencies = sorted({fx.currency for fx in catalog.list_fx(uow)} | {"USD"})
        self.setWindowTitle(self.tr("Edit rate") if rate_id else self.tr("New rate"))

        self.mode = _coded(catalog.MODES, mode_label)
        self.origin, self.origin_name = self._place_field(codes)
        self.destination, self.destination_name = self._place_field(codes)
        self.carrier = _combo(catalog.list_carriers(uow), editable=True)
        self.carrier.setCurrentText("")
        self.service = QLineEdit()
        self.equipment = _combo(["", *catalog.CONTAINER_TYPES], editable=True)
        self.basis = _coded(catalog.RATE_BASES, basis_label)
        self.currency = _combo(currencies, editable=True)
        self.rate = NumberEdit()
        self.min_charge = NumberEdit()
        self.max_charge = NumberEdit()
        self.max_charge.setPlaceholderText(self.tr("no cap"))
        self.breaks = BreaksEdit()
        self.breaks.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", numbers.show_breaks("45:22.00 100:18.00"))
        )
        self.kg_per_cbm = NumberEdit()
        self.kg_per_cbm.setPlaceholderText(self.tr("mode's default"))
        self.valid_from = self._date_field()
        self.valid_to = self._date_field()
        self.valid_to.setDate(to_qdate(ctx.clock.today()).addYears(1))
        self.transit_days = QSpinBox()
        self.transit_days.setRange(0, 365)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        self._fields: dict[str, QWidget] = {
            "mode": self.mode, "origin": self.origin, "destination": self.destination,
            "carrier": self.carrier, "service": self.service, "equipment": self.equipment,
            "basis": self.basis, "currency": self.currency, "rate": self.rate,
            "min_charge": self.min_charge, "max_charge": self.max_charge, "breaks": self.breaks,
            "kg_per_cbm": self.kg_per_cbm,
            "valid_from": self.valid_from, "valid_to": self.valid_to,
            "transit_days": self.transit_days,
        }  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("&Mode"), self.mode)
        form.addRow(self.tr("&Origin"), self.origin)
        form.addRow("", self.origin_name)
        form.addRow(self.tr("&Destination"), self.destination)
        form.addRow("", self.destination_name)
        form.addRow(self.tr("&Carrier"), self.carrier)
        form.addRow(self.tr("Ser&vice"), self.service)
        form.addRow(self.tr("&Equipment"), self.equipment)
        form.addRow(self.tr("&Basis"), self.basis)
        form.addRow(self.tr("C&urrency"), self.currency)
        for edit, title in (
            (self.rate, self.tr("&Rate")),
            (self.min_charge, self.tr("M&inimum charge")),
            (self.max_charge, self.tr("Ma&ximum charge (cap)")),
            (self.breaks, self.tr("Brea&ks (kg or W/M)")),
            (self.kg_per_cbm, self.tr("k&g per cbm")),
        ):
            edit.set_name(title)
            form.addRow(title, edit)
            form.addRow(edit.message)  # under its field, shown only with a problem
        form.addRow(self.tr("Valid &from"), self.valid_from)
        form.addRow(self.tr("Valid &to"), self.valid_to)
        form.addRow(self.tr("Tra&nsit days"), self.transit_days)
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
        if rate_id is not None:
            self.set_cells(catalog.rate_cells(uow, rate_id))
        else:
            self.currency.setCurrentText(current_settings(uow).default_currency)
        self.setMinimumWidth(440)
        self.mode.setFocus()

    def _place_field(self, codes: list[str]) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit()
        edit.setMaxLength(5)
        edit.setPlaceholderText(self.tr("UN/LOCODE, e.g. CNQZH"))
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
        """What the form holds, as the text cells of a rate-sheet row."""
        out: dict[str, str] = {}
        for column, widget in self._fields.items():
            if isinstance(widget, QComboBox):
                code = widget.currentData()
                out[column] = code if isinstance(code, str) else widget.currentText()
            elif isinstance(widget, QDateEdit):
                out[column] = widget.date().toString(_ISO)
            elif isinstance(widget, QSpinBox):
                out[column] = str(widget.value())
            elif isinstance(widget, NumberEdit):
                out[column] = widget.plain_text()
            elif isinstance(widget, QLineEdit):
                out[column] = widget.text()
        return out

    def set_cells(self, cells: dict[str, str]) -> None:
        """Fill the form from text cells (as :func:`catalog.rate_cells` gives them)."""
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
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, NumberEdit):
                widget.set_plain(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def save(self) -> None:
        """Validate and store through the catalogue service; stay open on a bad cell."""
        for column, widget in self._fields.items():
            if isinstance(widget, NumberEdit) and widget.problem() is not None:
                message = self.tr("Not saved: %1").replace("%1", widget.named_problem())
                self.show_error(message, column)
                return
        try:
            if self.rate_id is None:
                self.saved_id = catalog.add_rate(self._ctx.uow, self.cells())
            else:
                catalog.update_rate(self._ctx.uow, self.rate_id, self.cells())
                self.saved_id = self.rate_id
        except CellError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", problem_text(exc)), exc.column)
            return
        except BookingDeskError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", problem_text(exc)), None)
            return
        self.accept()

    def show_error(self, message: str, column: str | None) -> None:
        """Show why the row was refused and put the cursor on the bad cell."""
        self.error.setText(message)
        self.error.show()
        widget = self._fields.get(column or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
