"""The editor's dialogs: a charge typed by hand, a spot rate (selling.md §4), an approval (§3).

Each dialog gives the JSON object of the request (cli-and-files.md); figures are typed in
the display language's notation (:class:`~booking_app.gui.common.number_edit.NumberEdit`) and
given as plain decimals. The services read and check the object when pricing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.cargo import CONTAINER_TYPES
from booking_app.core.rates import RATE_BASES, UNIT_BASES
from booking_app.core.request_extras import EXTRA_BASES, MAX_TRANSIT_DAYS
from booking_app.gui.common import numbers
from booking_app.gui.common.labels import basis_label
from booking_app.gui.common.number_edit import BreaksEdit, NumberEdit, with_message
from booking_app.gui.editor.cargo import TRUCK_TYPES

CODE_RE = QRegularExpression(r"^[A-Za-z0-9_-]{0,12}$")
#: A field of a form: a line edit, a choice, or a number field.
Field = QLineEdit | QComboBox


def _combo(items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    for value, label in items:
        combo.addItem(label, value)
    return combo


def _choice(combo: QComboBox) -> str:
    """The value chosen, or the text typed into an editable combo."""
    text = combo.currentText().strip()
    position = combo.findText(text)
    data = combo.itemData(position) if position >= 0 else None
    return str(data) if data is not None else text.upper() if combo.isEditable() else text


class _FormDialog(QDialog):
    """A form with OK enabled once every required field is filled in."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setMinimumWidth(400)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.required: list[Field] = []
        self.numbers: list[NumberEdit] = []

    def _row(self, label: str, field: QWidget) -> None:
        """A form row; a number field gets its problem shown under it."""
        if isinstance(field, NumberEdit):
            field.set_name(label)
            self.numbers.append(field)
            self.form.addRow(label, with_message(field))
        else:
            self.form.addRow(label, field)

    def _watch(self) -> None:
        for field in {*self.required, *self.numbers}:
            if isinstance(field, QLineEdit):
                field.textChanged.connect(self._check)
            else:
                field.currentTextChanged.connect(self._check)
        self._check()

    def _check(self, *_args: Any) -> None:
        filled = all(
            (f.text() if isinstance(f, QLineEdit) else f.currentText()).strip()
            for f in self.required
            if f.isEnabled()
        )
        readable = not any(edit.problem() for edit in self.numbers)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(filled and readable)


class ChargeDialog(_FormDialog):
    """A charge the clerk adds to a leg: code, description, basis, quantity, unit price,
    currency and, optionally, the price to sell it at."""

    def __init__(self, currencies: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a charge to the leg"))
        self.code = QLineEdit()
        self.code.setValidator(QRegularExpressionValidator(CODE_RE, self.code))
        self.description = QLineEdit()
        self.basis = _combo([(b, basis_label(b)) for b in EXTRA_BASES])
        self.basis.setCurrentIndex(max(0, self.basis.findData("per_shipment")))
        self.quantity = NumberEdit()
        self.quantity.set_plain("1")
        self.unit_price = NumberEdit()
        self.currency = _combo([(c, c) for c in currencies], editable=True)
        self.sell_unit_price = NumberEdit()
        self.sell_unit_price.setPlaceholderText(self.tr("from the leg's markup or margin"))
        for label, field in (
            (self.tr("&Code:"), self.code), (self.tr("&Description:"), self.description),
            (self.tr("&Basis:"), self.basis), (self.tr("&Quantity:"), self.quantity),
            (self.tr("&Unit cost:"), self.unit_price), (self.tr("C&urrency:"), self.currency),
            (self.tr("&Sell unit price:"), self.sell_unit_price),
        ):  # fmt: skip
            self._row(label, field)
        self.hint.setText(self.tr("Without a sell unit price the leg's markup or margin applies."))
        self.required = [self.code, self.quantity, self.unit_price, self.currency]
        self._watch()

    def values(self) -> dict[str, str]:
        """The charge as an ``extra_charges`` item of the request."""
        charge = {
            "code": self.code.text().strip().upper(),
            "description": self.description.text().strip() or self.code.text().strip().upper(),
            "basis": _choice(self.basis),
            "quantity": self.quantity.plain_text(),
            "unit_price": self.unit_price.plain_text(),
            "currency": _choice(self.currency),
        }
        if self.sell_unit_price.plain_text():
            charge["sell_unit_price"] = self.sell_unit_price.plain_text()
        return charge


class SpotDialog(_FormDialog):
    """A rate a carrier gave for this shipment only: carrier, basis, currency, rate,
    transit days, equipment (per container or truck), optional minimum, cap and breaks."""

    def __init__(
        self, carriers: list[str], currencies: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spot rate for the leg"))
        self.carrier = _combo([(c, c) for c in carriers], editable=True)
        self.carrier.setCurrentText("")
        self.basis = _combo([(b, basis_label(b)) for b in RATE_BASES])
        self.equipment = _combo([], editable=True)
        self.currency = _combo([(c, c) for c in currencies], editable=True)
        self.rate = NumberEdit()
        self.transit_days = QSpinBox()
        self.transit_days.setRange(0, MAX_TRANSIT_DAYS)
        self.min_charge = NumberEdit()
        self.max_charge = NumberEdit()
        self.breaks = BreaksEdit()
        self.breaks.setPlaceholderText(numbers.show_breaks("45:22.00 100:18.00"))
        for label, field in (
            (self.tr("C&arrier:"), self.carrier), (self.tr("&Basis:"), self.basis),
            (self.tr("&Equipment:"), self.equipment), (self.tr("C&urrency:"), self.currency),
            (self.tr("&Rate:"), self.rate), (self.tr("&Transit days:"), self.transit_days),
            (self.tr("&Minimum charge:"), self.min_charge),
            (self.tr("Ma&ximum charge:"), self.max_charge), (self.tr("Brea&ks:"), self.breaks),
        ):  # fmt: skip
            self._row(label, field)
        self.hint.setText(self.tr("Breaks: from-quantity:rate pairs, separated by spaces."))
        self.required = [self.carrier, self.currency, self.rate, self.equipment]
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self._basis_changed()
        self._watch()

    def _basis_changed(self, *_args: Any) -> None:
        basis = _choice(self.basis)
        self.equipment.setEnabled(basis in UNIT_BASES)
        typed = self.equipment.currentText()
        self.equipment.clear()
        self.equipment.addItems(list(TRUCK_TYPES if basis == "per_truck" else CONTAINER_TYPES))
        if typed:
            self.equipment.setCurrentText(typed)
        self._check()

    def values(self) -> dict[str, Any]:
        """The rate as a ``spot`` object of the request."""
        spot: dict[str, Any] = {
            "carrier": self.carrier.currentText().strip(),
            "basis": _choice(self.basis),
            "currency": _choice(self.currency),
            "rate": self.rate.plain_text(),
            "transit_days": self.transit_days.value(),
        }
        if self.equipment.isEnabled():
            spot["equipment"] = _choice(self.equipment)
        for key, edit in (
            ("min_charge", self.min_charge), ("max_charge", self.max_charge),
            ("breaks", self.breaks),
        ):  # fmt: skip
            if edit.plain_text():
                spot[key] = edit.plain_text()
        return spot


class ApprovalDialog(_FormDialog):
    """Who approves confirming below the margin floor, and why (selling.md §3)."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approval needed"))
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.form.addRow(self.question)
        self.by = QLineEdit()
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Approved &by:"), self.by)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.required = [self.by, self.reason]
        self.setMinimumWidth(460)
        self._watch()

    def values(self) -> dict[str, str]:
        """The request's ``approval`` object."""
        return {"by": self.by.text().strip(), "reason": self.reason.text().strip()}
