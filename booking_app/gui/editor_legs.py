"""The booking editor's route: a table of legs with completers, carriers and dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from booking_app.gui import formatting
from booking_app.gui.delegates import ChoiceDelegate, CompletedCodeDelegate, Index
from booking_app.gui.editor_cargo import small_table
from booking_app.gui.editor_rows import Column, EditRowsModel
from booking_app.gui.labels import mode_label, problem_text
from booking_app.services.desk import MODES

LEG_KEYS = ("mode", "origin", "destination", "carrier")
_RED = QColor(176, 0, 32)
_GREY = QColor(128, 128, 128)
#: Finds carriers: (mode, origin, destination, ETD) → names.
CarrierFinder = Callable[[str, str, str, date], list[str]]


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
        if role == Qt.ItemDataRole.DisplayRole and key == "carrier":
            chosen = self._rows[index.row()].get("carrier", "") if index.isValid() else ""
            return chosen or info.get("carrier_auto", "")
        return super().data(index, role)

    def _outcome_text(self, info: dict[str, Any], key: str) -> str:
        """Formatted when shown, so a change of language shows at once."""
        if key in ("etd", "eta", "cutoff"):
            day = info.get(f"{key}_date") if "subtotal" in info else None
            return formatting.day(day) if isinstance(day, date) else ""
        if "subtotal" in info:
            return formatting.money(info["subtotal"])
        if info.get("error"):
            return problem_text(str(info["error"]))
        if info.get("blocked"):
            return QCoreApplication.translate("LegsPanel", "not priced: another leg has a problem")
        return ""

    def extra_data(self, row: int, key: str, role: int) -> Any:
        info = self.outcomes.get(row, {})
        if role == Qt.ItemDataRole.ForegroundRole:
            if info.get("error"):
                return QBrush(_RED)
            if key == "carrier" and not self._rows[row].get("carrier"):
                return QBrush(_GREY)
        if role == Qt.ItemDataRole.ToolTipRole and info.get("error"):
            return problem_text(str(info["error"]))
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
        locations: Callable[[], list[str]],
        carriers: CarrierFinder,
        ship_date: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.carriers = carriers
        self.ship_date = ship_date
        self.model = LegsModel(
            [
                Column("mode", lambda: self.tr("Mode"), display=mode_label),
                Column("origin", lambda: self.tr("From")),
                Column("destination", lambda: self.tr("To")),
                Column("carrier", lambda: self.tr("Carrier")),
                Column("etd", lambda: self.tr("ETD"), editable=False),
                Column("eta", lambda: self.tr("ETA"), editable=False),
                Column("price", lambda: self.tr("Price or problem"), editable=False),
                Column("cutoff", lambda: self.tr("Cut-off"), editable=False),
            ],
            self,
        )
        self.table = small_table(self.model)
        self.table.setItemDelegateForColumn(
            0, ChoiceDelegate(lambda _i: [(m, mode_label(m)) for m in MODES], self)
        )
        code_delegate = CompletedCodeDelegate(locations, self)
        self.table.setItemDelegateForColumn(1, code_delegate)
        self.table.setItemDelegateForColumn(2, code_delegate)
        self.table.setItemDelegateForColumn(3, ChoiceDelegate(self._carrier_choices, self))
        header = self.table.horizontalHeader()
        for column, width in enumerate((95, 68, 68, 160, 105, 105)):
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(6, header.ResizeMode.Stretch)
        header.setSectionResizeMode(7, header.ResizeMode.Interactive)
        header.resizeSection(7, 105)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.suggest_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.edited.connect(self._legs_edited)
        self.add_button.clicked.connect(self.add_leg)
        self.remove_button.clicked.connect(self.remove_leg)
        self.suggest_button.clicked.connect(self.suggest_requested)
        self.retranslate_ui()

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

    def values(self) -> list[dict[str, str]]:
        """The legs as the request's ``legs`` list."""
        legs = []
        for row in self.model.rows():
            leg = {k: row.get(k, "") for k in ("mode", "origin", "destination")}
            if row.get("carrier"):
                leg["carrier"] = row["carrier"]
            legs.append(leg)
        return legs

    def set_values(self, legs: list[dict[str, Any]]) -> None:
        """Show a request's legs."""
        self.model.set_rows([{k: str(leg.get(k) or "") for k in LEG_KEYS} for leg in legs])

    def show_outcomes(self, legs: list[dict[str, Any]]) -> None:
        """Show dates, carrier and price (or the problem) of each leg from a quote.

        Args:
            legs: per row, ``leg`` (the priced leg's JSON or None), ``error`` and ``blocked``.
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
                }
            elif item.get("error"):
                info = {"error": item["error"]}
            elif item.get("blocked"):
                info = {"blocked": True}
            outcomes[row] = info
        if legs and "etd_date" not in outcomes.get(0, {}):
            outcomes.setdefault(0, {})["etd_date"] = self.ship_date()
        self.model.set_outcomes(outcomes)

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock the legs."""
        self.model.set_read_only(read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
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
        self.suggest_button.setText(self.tr("Suggest routes…"))
        self.suggest_button.setToolTip(
            self.tr("Every route from the first origin to the last destination, for this cargo")
        )
        self.model.refresh_display()


def _day(text: object) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None
