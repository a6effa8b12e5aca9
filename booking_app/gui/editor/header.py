"""The booking editor's header: parties, incoterm, dates, quote currency, markup or margin."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from booking_app.core.clock import Clock
from booking_app.gui.common.completer import Choice, ChoiceCompleter, name_choices
from booking_app.gui.common.day_edit import DayEdit
from booking_app.gui.common.formatting import to_date
from booking_app.gui.common.labels import price_rule_labels
from booking_app.gui.common.number_edit import NumberEdit

PARTY_KEYS = ("customer", "shipper", "consignee")
#: Incoterms 2020, the terms a clerk picks from.
INCOTERMS = ("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP")


class HeaderPanel(QWidget):
    """Header fields; ``changed(key)`` after each edit, ``new_party_requested(key)`` for "+"."""

    changed = Signal(str)
    new_party_requested = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.party_names = QStringListModel(self)
        self._parties: list[Choice] = []
        self.party_edits: dict[str, QLineEdit] = {}
        self.party_buttons: dict[str, QToolButton] = {}
        self.party_badges: dict[str, QLabel] = {}  # "new", shown by editor_parties
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, key in enumerate(PARTY_KEYS):
            edit = QLineEdit()
            # a new name is typed in full: only a name moved to with Down is taken
            ChoiceCompleter(edit, self._party_choices, highlight_first=False)
            edit.setProperty("field_key", key)
            edit.textChanged.connect(self._field_changed)
            button = QToolButton()
            button.setText("+")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setProperty("field_key", key)
            button.clicked.connect(self._plus_clicked)
            self.party_edits[key], self.party_buttons[key] = edit, button
            line = QHBoxLayout()
            self.party_badges[key] = QLabel()
            line.addWidget(edit, 1)
            line.addWidget(self.party_badges[key])
            line.addWidget(button)
            self._add(grid, row, 0, key, line)

        self.incoterm = QComboBox()
        self.incoterm.addItem("", "")
        for term in INCOTERMS:
            self.incoterm.addItem(term, term)
        self.quote_date = DayEdit(clock.today)
        self.ship_date = DayEdit(clock.today)
        self.currency = QComboBox()
        self.price_rule = QComboBox()
        # as wide as the rule's name in the language shown, after a switch too
        self.price_rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.percent = NumberEdit()
        self.percent.set_plain("")
        self.percent.setMaximumWidth(110)
        self.notes = QLineEdit()
        rule_line = QHBoxLayout()
        rule_line.addWidget(self.price_rule)
        rule_line.addWidget(self.percent)
        rule_line.addStretch(1)
        self._add(grid, 0, 2, "quote_date", self.quote_date)
        self._add(grid, 1, 2, "ship_date", self.ship_date)
        self._add(grid, 2, 2, "incoterm", self.incoterm)
        self._add(grid, 0, 4, "currency", self.currency)
        self._add(grid, 1, 4, "price_rule", rule_line)
        self._add(grid, 3, 0, "notes", self.notes)
        grid.addWidget(self.notes, 3, 1, 1, 5)
        self.percent.message_named = True  # the field is narrow: its problem goes below
        grid.addWidget(self.percent.message, 4, 1, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        # bound methods, not lambdas: a lambda holding self keeps widgets alive past Qt
        for key, signal in (
            ("incoterm", self.incoterm.currentIndexChanged),
            ("quote_date", self.quote_date.dateChanged),
            ("ship_date", self.ship_date.dateChanged),
            ("currency", self.currency.currentIndexChanged),
            ("price_rule", self.price_rule.currentIndexChanged),
            ("percent", self.percent.edited),
            ("notes", self.notes.textChanged),
        ):
            getattr(self, key).setProperty("field_key", key)
            signal.connect(self._field_changed)
        self.retranslate_ui()

    def _field_changed(self, *_args: Any) -> None:
        sender = self.sender()
        if sender is not None:
            self.changed.emit(str(sender.property("field_key")))

    def _plus_clicked(self) -> None:
        sender = self.sender()
        if sender is not None:
            self.new_party_requested.emit(str(sender.property("field_key")))

    def _add(self, grid: QGridLayout, row: int, column: int, key: str, field: Any) -> None:
        label = QLabel()
        self.labels[key] = label
        grid.addWidget(label, row, column)
        if isinstance(field, QWidget):
            label.setBuddy(field)
            grid.addWidget(field, row, column + 1)
        else:
            grid.addLayout(field, row, column + 1)
            first = field.itemAt(0).widget()
            if first is not None:
                label.setBuddy(first)

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        chain: list[QWidget] = []
        for key in PARTY_KEYS:
            chain += [self.party_edits[key]]
        chain += [self.incoterm, self.quote_date, self.ship_date, self.currency]
        chain += [self.price_rule, self.percent, self.notes]
        return chain

    # --- values ----------------------------------------------------------------------

    def set_currencies(self, codes: list[str]) -> None:
        """The currencies the quote may be in."""
        current = self.currency.currentText()
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems(codes)
        self.currency.setCurrentIndex(max(0, self.currency.findText(current)))
        self.currency.blockSignals(False)

    def set_party_names(self, names: list[str]) -> None:
        """The names the party fields complete."""
        self.party_names.setStringList(names)
        self._parties = name_choices(names)

    def _party_choices(self) -> list[Choice]:
        return self._parties

    def values(self) -> dict[str, Any]:
        """The header as request fields."""
        rule = self.price_rule.currentData() or "markup"
        percent = self.percent.plain_text()
        out: dict[str, Any] = {
            "quote_date": to_date(self.quote_date.date()).isoformat(),
            "ship_date": to_date(self.ship_date.date()).isoformat(),
            "currency": self.currency.currentText(),
            "incoterm": self.incoterm.currentData() or "",
            "notes": self.notes.text().strip(),
        }
        if percent:  # blank: the customer's pricing profile, else the settings (selling.md §2)
            out[f"{rule}_percent"] = percent
        for key in PARTY_KEYS:
            out[key] = self.party_edits[key].text().strip()
        return out

    def set_values(self, raw: dict[str, Any]) -> None:
        """Show a request's header fields (signals stay quiet)."""
        widgets = [*self.party_edits.values(), self.incoterm, self.quote_date, self.ship_date]
        widgets += [self.currency, self.price_rule, self.percent, self.notes]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for key in PARTY_KEYS:
                self.party_edits[key].setText(str(raw.get(key) or ""))
            self.incoterm.setCurrentIndex(max(0, self.incoterm.findData(raw.get("incoterm") or "")))
            for edit, key in ((self.quote_date, "quote_date"), (self.ship_date, "ship_date")):
                text = raw.get(key) or self._clock.today().isoformat()
                edit.setDate(QDate.fromString(text, "yyyy-MM-dd"))
            position = self.currency.findText(str(raw.get("currency") or "USD"))
            self.currency.setCurrentIndex(max(0, position))
            rule = "margin" if raw.get("margin_percent") is not None else "markup"
            self.price_rule.setCurrentIndex(max(0, self.price_rule.findData(rule)))
            given = raw.get(f"{rule}_percent")
            self.percent.set_plain("" if given is None else given)
            self.notes.setText(str(raw.get("notes") or ""))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def number_problems(self) -> list[str]:
        """The markup or margin percentage, when it cannot be read (``field: reason``)."""
        return [self.percent.named_problem()] if self.percent.problem() else []

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field."""
        for edit in (*self.party_edits.values(), self.percent, self.notes):
            edit.setReadOnly(read_only)
        for widget in (*self.party_buttons.values(), self.incoterm, self.currency):
            widget.setEnabled(not read_only)
        for widget in (self.quote_date, self.ship_date, self.price_rule):
            widget.setEnabled(not read_only)

    # --- language --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        texts = {
            "customer": self.tr("C&ustomer:"),
            "shipper": self.tr("S&hipper:"),
            "consignee": self.tr("Co&nsignee:"),
            "quote_date": self.tr("Quote &date:"),
            "ship_date": self.tr("S&hip date:"),
            "incoterm": self.tr("&Incoterm:"),
            "currency": self.tr("Quote c&urrency:"),
            "price_rule": self.tr("&Profit:"),
            "notes": self.tr("N&otes:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for key in PARTY_KEYS:
            self.party_edits[key].setPlaceholderText(self.tr("Name, in any script"))
            self.party_buttons[key].setToolTip(self.tr("Add the typed name as a new party"))
        self.percent.set_hint(
            self.tr("This booking's own markup or margin; blank: profile or settings")
        )
        self.percent.set_name(self.tr("Profit %"))
        self.percent.setPlaceholderText(self.tr("from profile"))
        current = self.price_rule.currentData()
        self.price_rule.blockSignals(True)
        self.price_rule.clear()
        for code, label in price_rule_labels():
            self.price_rule.addItem(label, code)
        self.price_rule.setCurrentIndex(max(0, self.price_rule.findData(current or "markup")))
        self.price_rule.blockSignals(False)
