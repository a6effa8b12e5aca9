"""Adding or editing one schedule row by hand (schedules-routes-emissions.md §1).

The form holds the columns of a schedules sheet; :mod:`booking_app.services.schedules`
checks it exactly as an imported row and names the bad cell, which the dialog puts the
cursor on.
"""

from __future__ import annotations

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.core.sheet_rows import CellError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.date_edit import localize_date_edit
from booking_app.gui.common.formatting import to_qdate
from booking_app.gui.common.labels import mode_label
from booking_app.gui.common.problems import problem_text
from booking_app.services import catalog, schedules
from booking_app.services.schedules import Schedule
from booking_app.services.settings import current_settings

_ISO = "yyyy-MM-dd"
_ERROR_STYLE = "color: #b00020;"


class ScheduleDialog(QDialog):
    """A form over one schedules row; Save refuses a bad row and names the cell."""

    def __init__(
        self, ctx: DeskContext, row: Schedule | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.schedule_id = None if row is None else row.id
        self.saved: Schedule | None = None
        uow = ctx.uow
        codes = [loc.code for loc in catalog.list_locations(uow)]

        self.mode = QComboBox()
        for mode in catalog.MODES:
            self.mode.addItem(mode_label(mode), mode)
        self.origin, self.destination = self._code_field(codes), self._code_field(codes)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(["", *catalog.list_carriers(uow)])
        self.service = QLineEdit()
        self.departures = QLineEdit()
        self.cutoff_days = QSpinBox()
        self.cutoff_days.setRange(0, 60)
        self.transit_days = QLineEdit()
        self.transit_days.setMaxLength(3)
        self.valid_from, self.valid_to = self._date_field(), self._date_field()
        self.valid_to.setDate(to_qdate(ctx.clock.today()).addYears(1))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._fields: dict[str, QWidget] = {
            "mode": self.mode, "origin": self.origin, "destination": self.destination,
            "carrier": self.carrier, "service": self.service, "departures": self.departures,
            "cutoff_days": self.cutoff_days, "transit_days": self.transit_days,
            "valid_from": self.valid_from, "valid_to": self.valid_to,
        }  # fmt: skip
        self.labels = {column: QLabel() for column in self._fields}
        form = QFormLayout()
        for column, widget in self._fields.items():
            self.labels[column].setBuddy(widget)
            form.addRow(self.labels[column], widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if row is not None:
            self.set_cells(schedules.schedule_cells(row))
        self.setMinimumWidth(440)
        self.retranslate_ui()
        self.mode.setFocus()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(
            self.tr("New schedule row") if self.schedule_id is None else self.tr("Schedule row")
        )
        texts = {
            "mode": self.tr("&Mode"), "origin": self.tr("&Origin"),
            "destination": self.tr("&Destination"), "carrier": self.tr("&Carrier"),
            "service": self.tr("S&ervice"), "departures": self.tr("De&partures"),
            "cutoff_days": self.tr("C&ut-off (days before)"),
            "transit_days": self.tr("&Transit days"), "valid_from": self.tr("Valid &from"),
            "valid_to": self.tr("Valid t&o"),
        }  # fmt: skip
        for column, text in texts.items():
            self.labels[column].setText(text)
        for item, mode in enumerate(catalog.MODES):
            self.mode.setItemText(item, mode_label(mode))
        for place in (self.origin, self.destination):
            place.setPlaceholderText(self.tr("UN/LOCODE, e.g. CNQZH"))
        self.service.setPlaceholderText(self.tr("any service of the carrier"))
        self.departures.setPlaceholderText(self.tr("daily, MON THU, or 2026-12-03 2026-12-10"))
        self.transit_days.setPlaceholderText(self.tr("the rate's"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _code_field(self, codes: list[str]) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(5)
        completer = QCompleter(codes, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(completer)
        return edit

    def _date_field(self) -> QDateEdit:
        edit = QDateEdit(to_qdate(self._ctx.clock.today()))
        edit.setCalendarPopup(True)
        localize_date_edit(edit)
        return edit

    def cells(self) -> dict[str, str]:
        """What the form holds, as the text cells of a schedules row."""
        out: dict[str, str] = {}
        for column, widget in self._fields.items():
            if isinstance(widget, QComboBox):
                code = widget.currentData() if column == "mode" else None
                out[column] = code if isinstance(code, str) else widget.currentText()
            elif isinstance(widget, QDateEdit):
                out[column] = widget.date().toString(_ISO)
            elif isinstance(widget, QSpinBox):
                out[column] = str(widget.value())
            elif isinstance(widget, QLineEdit):
                out[column] = widget.text()
        return out

    def set_cells(self, cells: dict[str, str]) -> None:
        """Fill the form from text cells (as :func:`schedules.schedule_cells` gives them)."""
        for column, value in cells.items():
            widget = self._fields.get(column)
            if isinstance(widget, QComboBox):
                found = widget.findData(value) if column == "mode" else -1
                if found >= 0:
                    widget.setCurrentIndex(found)
                else:
                    widget.setCurrentText(value)
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate.fromString(value, _ISO))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value) if value.isdigit() else 0)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def save(self) -> None:
        """Store through the schedules service; close on success, else say why and stay."""
        clerk = current_settings(self._ctx.uow).clerk_name
        try:
            if self.schedule_id is None:
                self.saved = schedules.add_schedule(self._ctx.uow, self.cells(), clerk)
            else:
                self.saved = schedules.update_schedule(
                    self._ctx.uow, self.schedule_id, self.cells(), clerk
                )
        except CellError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", problem_text(exc)), exc.column)
            return
        except BookingDeskError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", problem_text(exc)), None)
            return
        self.accept()
        self._ctx.notify(Change.RATES)

    def show_error(self, message: str, column: str | None) -> None:
        """Show why the row was refused and put the cursor on the bad cell."""
        self.error.setText(message)
        self.error.show()
        widget = self._fields.get(column or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
