"""The booking editor's route: a table of legs with completers, carriers and dates."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking_app.gui.common import formatting
from booking_app.gui.common.completer import Choice, location_choices
from booking_app.gui.common.labels import mode_label
from booking_app.gui.common.problems import leg_problem_text
from booking_app.gui.editor.cargo import small_table
from booking_app.gui.editor.delegates import ChoiceDelegate, CompletedCodeDelegate, Index
from booking_app.gui.editor.dialogs import ChargeDialog, SpotDialog
from booking_app.gui.editor.rows import Column, EditRowsModel
from booking_app.services.catalog import Location
from booking_app.services.desk import MODES

LEG_KEYS = ("mode", "origin", "destination", "carrier")
#: What a clerk adds to a leg by hand (selling.md §4), kept in the row as JSON text.
EXTRA_KEYS = ("extra_charges", "spot")
_RED = QColor(176, 0, 32)
_GREY = QColor(128, 128, 128)
_MARK = QColor(253, 231, 234)
#: Finds carriers: (mode, origin, destination, ETD) → names.
CarrierFinder = Callable[[str, str, str, date], list[str]]


def problem_column(field: str | None) -> str:
    """The column of the legs table where a leg's problem with ``field`` is fixed."""
    return {"extra_charges": "extras", "spot": "extras"}.get(field or "", field or "price")


class LegsModel(EditRowsModel):
    """Legs as typed, plus what the last quote said about each (dates, price, error)."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.outcomes: dict[int, dict[str, Any]] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.columns[index.column()].key if index.isValid() else ""
        info = self.outcomes.get(index.row(), {}) if index.isValid() else {}
        if role == Qt.ItemDataRole.DisplayRole and key in ("etd", "eta", "cutoff", "price"):
            return self._outcome_text(info, key)
        if role == Qt.ItemDataRole.DisplayRole and key == "extras":
            return self._extras_text(index.row()) if index.isValid() else ""
        if role == Qt.ItemDataRole.DisplayRole and key == "carrier":
            chosen = self._rows[index.row()].get("carrier", "") if index.isValid() else ""
            return chosen or info.get("carrier_auto", "")
        return super().data(index, role)

    def extras(self, row: int, key: str) -> list[dict[str, Any]]:
        """The charges (``extra_charges``) or spot rates (``spot``) added to a row's leg."""
        text = self._rows[row].get(key, "") if 0 <= row < len(self._rows) else ""
        items = json.loads(text) if text else []
        return [items] if isinstance(items, dict) else list(items)

    def set_extras(self, row: int, key: str, items: list[dict[str, Any]]) -> None:
        """Replace a row's charges or spot rates (an edit by the clerk)."""
        self._rows[row][key] = json.dumps(items, ensure_ascii=False) if items else ""
        self.refresh_display()
        self.edited.emit()

    def _extras_text(self, row: int) -> str:
        words = [
            QCoreApplication.translate("LegsPanel", "spot %1").replace(
                "%1", " ".join(filter(None, (s.get("carrier"), s.get("equipment"))))
            )
            for s in self.extras(row, "spot")
        ]
        words += [str(c.get("code", "")) for c in self.extras(row, "extra_charges")]
        return " · ".join(words)

    def _outcome_text(self, info: dict[str, Any], key: str) -> str:
        """Formatted when shown, so a change of language shows at once."""
        if key in ("etd", "eta", "cutoff"):
            day = info.get(f"{key}_date") if "subtotal" in info else None
            return formatting.day(day) if isinstance(day, date) else ""
        if "subtotal" in info:
            return formatting.money(info["subtotal"])
        if info.get("problem") is not None:
            return leg_problem_text(info["problem"])
        return ""

    def extra_data(self, row: int, key: str, role: int) -> Any:
        info = self.outcomes.get(row, {})
        problem = info.get("problem")
        if role == Qt.ItemDataRole.BackgroundRole and problem is not None:
            if key in (problem_column(problem.field), "price"):  # the cell to fix is marked
                return QBrush(_MARK)
        if role == Qt.ItemDataRole.ForegroundRole:
            if problem is not None and key == "price":
                return QBrush(_RED)
            if key == "carrier" and not self._rows[row].get("carrier"):
                return QBrush(_GREY)
        if role == Qt.ItemDataRole.ToolTipRole and problem is not None:
            return leg_problem_text(problem)
        if role == Qt.ItemDataRole.ToolTipRole and key == "price" and info.get("provisional"):
            return QCoreApplication.translate(
                "LegsPanel", "Priced from an earlier ready date: a leg before this one has a "
                "problem, so its dates and price may still change"
            )
        if role == Qt.ItemDataRole.ToolTipRole and key in ("etd", "cutoff") and info.get("ready"):
            ready = formatting.day(info["ready"])
            if info.get("cutoff_date"):
                return QCoreApplication.translate(
                    "LegsPanel", "Cargo ready {ready}; at the terminal by {cutoff}; sails {etd}"
                ).format(ready=ready, cutoff=formatting.day(info["cutoff_date"]),
                         etd=formatting.day(info["etd_date"]))  # fmt: skip
            return QCoreApplication.translate("LegsPanel", "No schedule: departs when ready")
        return None

    def set_outcomes(self, outcomes: dict[int, dict[str, Any]]) -> None:
        """What the last quote said, by row."""
        self.outcomes = outcomes
        self.refresh_display()


class LegsPanel(QWidget):
    """The legs table; ``changed(key)`` after each edit."""

    changed = Signal(str)
    suggest_requested = Signal()

    def __init__(
        self,
        locations: Callable[[], Sequence[Location]],
        carriers: CarrierFinder,
        ship_date: Callable[[], date],
        parent: QWidget | None = None,
        currencies: Callable[[], list[str]] = lambda: ["USD"],
    ) -> None:
        super().__init__(parent)
        self.carriers = carriers
        self.ship_date = ship_date
        self.currencies = currencies
        self.model = LegsModel(
            [
                Column("mode", lambda: self.tr("Mode"), display=mode_label),
                Column("origin", lambda: self.tr("From")),
                Column("destination", lambda: self.tr("To")),
                Column("carrier", lambda: self.tr("Carrier")),
                Column("etd", lambda: self.tr("ETD"), editable=False),
                Column("eta", lambda: self.tr("ETA"), editable=False),
                Column("price", lambda: self.tr("Price or problem"), editable=False),
                Column("extras", lambda: self.tr("Added"), editable=False),
                Column("cutoff", lambda: self.tr("Cut-off"), editable=False),
            ],
            self,
        )
        self.table = small_table(self.model, self.add_leg, self.model.remove_row)
        self.table.setItemDelegateForColumn(0, ChoiceDelegate(_mode_choices, self))
        self._locations = locations
        self._location_choices: tuple[int, list[Choice]] = (0, [])
        code_delegate = CompletedCodeDelegate(self._choices_of_locations, self)
        self.table.setItemDelegateForColumn(1, code_delegate)
        self.table.setItemDelegateForColumn(2, code_delegate)
        self.table.setItemDelegateForColumn(3, ChoiceDelegate(self._carrier_choices, self))
        header = self.table.horizontalHeader()
        for column, width in enumerate((85, 58, 58, 110, 0, 0, 100, -1, 0)):
            if width > 0:
                header.setSectionResizeMode(column, header.ResizeMode.Interactive)
                header.resizeSection(column, width)
            elif width == 0:  # dates: as wide as the language writes them
                header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
            else:  # what was added to the leg takes the room left
                header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.charge_button = QPushButton()
        self.spot_button = QPushButton()
        self.remove_extra_button = QToolButton()
        self.remove_extra_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_extra_menu = QMenu(self)
        self.remove_extra_menu.aboutToShow.connect(self._fill_remove_menu)
        self.remove_extra_button.setMenu(self.remove_extra_menu)
        self.suggest_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.charge_button):
            buttons.addWidget(button)
        buttons.addWidget(self.spot_button)
        buttons.addWidget(self.remove_extra_button)
        buttons.addStretch(1)
        buttons.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.edited.connect(self._legs_edited)
        self.add_button.clicked.connect(self.add_leg)
        self.remove_button.clicked.connect(self.remove_leg)
        self.charge_button.clicked.connect(self.ask_charge)
        self.spot_button.clicked.connect(self.ask_spot)
        self.suggest_button.clicked.connect(self.suggest_requested)
        self.retranslate_ui()

    def _choices_of_locations(self) -> list[Choice]:
        locations = self._locations()
        if self._location_choices[0] != id(locations):  # built once per list of locations
            self._location_choices = (id(locations), location_choices(locations))
        return self._location_choices[1]

    def _legs_edited(self) -> None:
        self.changed.emit("legs")

    def _carrier_choices(self, index: Index) -> list[tuple[str, str]]:
        row = self.model.rows()[index.row()]
        etd = self._etd(index.row())
        choices = [("", self.tr("Cheapest"))]
        if row.get("mode") and row.get("origin") and row.get("destination"):
            found = self.carriers(row["mode"], row["origin"], row["destination"], etd)
            choices += [(name, name) for name in found]
        return choices

    def _etd(self, row: int) -> date:
        info = self.model.outcomes.get(row, {})
        etd = info.get("etd_date")
        return etd if isinstance(etd, date) else self.ship_date()

    def add_leg(self) -> None:
        """A new leg starting where the last one ends, with the cursor on its mode."""
        rows = self.model.rows()
        last = rows[-1] if rows else {}
        row = self.model.add_row(
            {"mode": last.get("mode", ""), "origin": last.get("destination", "")}
        )
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(row, 0))

    def remove_leg(self) -> None:
        """Remove the leg under the cursor (or the last one)."""
        current = self.table.currentIndex()
        self.model.remove_row(current.row() if current.isValid() else self.model.rowCount() - 1)

    def values(self) -> list[dict[str, Any]]:
        """The legs as the request's ``legs`` list (with added charges and spot rates)."""
        legs = []
        for n, row in enumerate(self.model.rows()):
            leg: dict[str, Any] = {k: row.get(k, "") for k in ("mode", "origin", "destination")}
            if row.get("carrier"):
                leg["carrier"] = row["carrier"]
            for key in EXTRA_KEYS:
                items = self.model.extras(n, key)
                if items:
                    leg[key] = items
            legs.append(leg)
        return legs

    def set_values(self, legs: list[dict[str, Any]]) -> None:
        """Show a request's legs."""
        rows = []
        for leg in legs:
            row = {k: str(leg.get(k) or "") for k in LEG_KEYS}
            for key in EXTRA_KEYS:
                items = leg.get(key) or []
                items = [items] if isinstance(items, dict) else items
                row[key] = json.dumps(items, ensure_ascii=False) if items else ""
            rows.append(row)
        self.model.set_rows(rows)

    # --- charges and spot rates added by hand ---------------------------------------

    def target_row(self) -> int:
        """The leg the clerk works on: the one under the cursor, else the last (-1: none)."""
        current = self.table.currentIndex()
        return current.row() if current.isValid() else self.model.rowCount() - 1

    def add_extra(self, key: str, item: dict[str, Any], row: int | None = None) -> None:
        """Add a charge (``extra_charges``) or a spot rate (``spot``) to a leg."""
        row = self.target_row() if row is None else row
        if 0 <= row < self.model.rowCount():
            self.model.set_extras(row, key, [*self.model.extras(row, key), item])

    def remove_extra(self, row: int, key: str, position: int) -> None:
        """Remove one added charge or spot rate of a leg."""
        items = self.model.extras(row, key)
        if 0 <= position < len(items):
            del items[position]
            self.model.set_extras(row, key, items)

    def ask_charge(self) -> None:
        """Ask for a charge and add it to the leg under the cursor."""
        row = self.target_row()
        if row < 0:
            return
        dialog = ChargeDialog(self.currencies(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_extra("extra_charges", dialog.values(), row)

    def ask_spot(self) -> None:
        """Ask for a carrier's spot rate and add it to the leg under the cursor."""
        row = self.target_row()
        if row < 0:
            return
        leg = self.model.rows()[row]
        carriers: list[str] = []
        if leg.get("mode") and leg.get("origin") and leg.get("destination"):
            carriers = self.carriers(leg["mode"], leg["origin"], leg["destination"], self._etd(row))
        dialog = SpotDialog(carriers, self.currencies(), self)
        if leg.get("carrier"):
            dialog.carrier.setCurrentText(leg["carrier"])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_extra("spot", dialog.values(), row)

    def _fill_remove_menu(self) -> None:
        self.remove_extra_menu.clear()
        row = self.target_row()
        for key in EXTRA_KEYS if row >= 0 else ():
            for position, item in enumerate(self.model.extras(row, key)):
                if key == "spot":
                    name = " ".join(filter(None, (item.get("carrier"), item.get("equipment"))))
                    text = self.tr("Remove spot rate %1").replace("%1", name)
                else:
                    name = f"{item.get('code', '')} {item.get('description', '')}".strip()
                    text = self.tr("Remove charge %1").replace("%1", name)
                action = self.remove_extra_menu.addAction(text)
                action.setData((row, key, position))
                action.triggered.connect(self._remove_chosen)
        if self.remove_extra_menu.isEmpty():
            self.remove_extra_menu.addAction(self.tr("Nothing added to this leg")).setEnabled(False)

    def _remove_chosen(self) -> None:
        action = self.sender()
        data = action.data() if isinstance(action, QAction) else None
        if isinstance(data, tuple | list) and len(data) == 3:
            self.remove_extra(int(data[0]), str(data[1]), int(data[2]))

    def show_outcomes(self, legs: list[dict[str, Any]]) -> None:
        """Show dates, carrier and price (or the problem) of each leg from a quote.

        Args:
            legs: per row, ``leg`` (the priced leg's JSON or None), ``problem`` (the
                :class:`~booking_app.core.errors.Problem` of a leg not priced) and
                ``provisional``.
        """
        outcomes: dict[int, dict[str, Any]] = {}
        for row, item in enumerate(legs):
            leg, info = item.get("leg"), {}
            if leg:
                info = {
                    "etd_date": date.fromisoformat(leg["etd"]),
                    "eta_date": date.fromisoformat(leg["eta"]),
                    "cutoff_date": _day(leg.get("cutoff")),
                    "ready": _day(leg.get("ready")),
                    "carrier_auto": leg["carrier"],
                    "subtotal": leg["subtotal"],
                    "provisional": bool(item.get("provisional")),
                }
            elif item.get("problem") is not None:
                info = {"problem": item["problem"]}
            outcomes[row] = info
        if legs and "etd_date" not in outcomes.get(0, {}):
            outcomes.setdefault(0, {})["etd_date"] = self.ship_date()
        self.model.set_outcomes(outcomes)

    def focus_leg(self, leg: int, field: str | None = None) -> None:
        """Put the cursor on leg ``leg`` (from 1), in the column of ``field``."""
        key = problem_column(field)
        column = next((i for i, c in enumerate(self.model.columns) if c.key == key), 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(self.model.index(leg - 1, column))

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock the legs."""
        self.model.set_read_only(read_only)
        for button in (self.add_button, self.remove_button, self.charge_button):
            button.setEnabled(not read_only)
        self.spot_button.setEnabled(not read_only)
        self.remove_extra_button.setEnabled(not read_only)
        self.suggest_button.setEnabled(not read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.add_button.setText(self.tr("Add leg"))
        self.add_button.setToolTip(self.tr("Add a leg starting where the last one ends (Ctrl+L)"))
        self.remove_button.setText(self.tr("Remove leg"))
        self.charge_button.setText(self.tr("Add charge…"))
        self.charge_button.setToolTip(self.tr("Add a charge by hand to the leg under the cursor"))
        self.spot_button.setText(self.tr("Spot rate…"))
        self.spot_button.setToolTip(
            self.tr("Price the leg under the cursor at a rate a carrier gave for this shipment")
        )
        self.remove_extra_button.setText(self.tr("Remove added"))
        self.remove_extra_button.setToolTip(
            self.tr("Remove a charge or spot rate added to the leg under the cursor")
        )
        self.suggest_button.setText(self.tr("Suggest routes…"))
        self.suggest_button.setToolTip(
            self.tr("Every route from the first origin to the last destination, for this cargo")
        )
        self.model.refresh_display()
        # the mode column as wide as the longest mode in this language ("Đường biển FCL")
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(mode_label(m)) for m in MODES)
        self.table.horizontalHeader().resizeSection(0, max(85, widest + 16))


def _mode_choices(_index: Index) -> list[tuple[str, str]]:
    return [(mode, mode_label(mode)) for mode in MODES]


def _day(text: object) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None
