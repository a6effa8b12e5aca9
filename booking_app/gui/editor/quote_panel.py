"""The live quote's panel: legs and lines with both sides, totals, margin and its floor.

Every figure shown comes from the quote JSON the services gave (selling.md §1); the
panel only lays them out. The cost side (buy figures, margin, the price rule) can be
hidden while a customer looks at the screen; the choice is remembered in QSettings.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import MarginApprovalError
from booking_app.gui.common import formatting
from booking_app.gui.common.desk_settings import desk_settings
from booking_app.gui.common.labels import basis_label, mode_label, price_rule_text
from booking_app.gui.common.problems import Shown, leg_problem_text, problem_text
from booking_app.services.emissions import method_note

#: The exact text (as the services gave it) of a money or quantity cell.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The line fields shown, as the quote JSON names them (the margin column follows them).
LINE_KEYS = (
    "code", "description", "basis", "currency", "quantity", "unit_price", "amount",
    "cost_quote", "sell_quantity", "sell_unit_price", "sell_currency", "sell_amount",
    "amount_quote",
)  # fmt: skip
COLUMNS = (*LINE_KEYS, "margin")
#: The columns hidden while a customer looks at the screen.
COST_KEYS = ("currency", "quantity", "unit_price", "amount", "cost_quote", "margin")
HIDE_COST_KEY = "editor/hide_cost"
HIDE_COST_SHORTCUT = "Ctrl+Shift+H"
_RED = QColor(176, 0, 32)
_MANUAL = QColor(0, 84, 147)
_WARN_STYLE = "color: #8a0014; background: #fde7ea; padding: 2px 6px; font-weight: bold;"
_OK_STYLE = "color: #0b5020; padding: 2px 6px;"


def column_of(key: str) -> int:
    """The position of the column showing ``key``."""
    return COLUMNS.index(key)


def _item(text: str, raw: str | None = None, right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if raw is not None:
        item.setData(raw, RAW_ROLE)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _difference(price: str, cost: str) -> str:
    """Price minus cost of figures already in the quote currency (display only)."""
    return str(Decimal(price) - Decimal(cost))


class QuotePanel(QWidget):
    """The quote tree (leg → lines), total, cost, margin, transit, FX used, and problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(120)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hide_cost_action = QAction(self)
        self.hide_cost_action.setCheckable(True)
        self.hide_cost_action.setShortcut(QKeySequence(HIDE_COST_SHORTCUT))
        self.hide_cost_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide_cost_action.setChecked(self.remembered_hide_cost())
        self.hide_cost_action.toggled.connect(self._on_hide_cost)
        self.hide_cost_button = QToolButton()
        self.hide_cost_button.setDefaultAction(self.hide_cost_action)
        self.hide_cost_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.state_label = QLabel()
        self._busy = False
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label = QLabel()
        font = self.total_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total_label.setFont(font)
        self.cost_label = QLabel()
        self.margin_label = QLabel()
        self.margin_problem = QLabel()
        self.margin_problem.setWordWrap(True)
        self.margin_problem.setStyleSheet(_WARN_STYLE)
        self.margin_problem.hide()
        self.transit_label = QLabel()
        self.co2e_label = QLabel()
        self.fx_label = QLabel()
        self.fx_label.setWordWrap(True)
        totals = QHBoxLayout()
        for widget in (
            self.total_label, self.cost_label, self.margin_label, self.transit_label,
            self.co2e_label,
        ):  # fmt: skip
            totals.addWidget(widget)
            totals.addSpacing(12)
        totals.addWidget(self.fx_label, 1)
        totals.addWidget(self.state_label)
        totals.addWidget(self.hide_cost_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.margin_problem)
        layout.addLayout(totals)
        self._shown: tuple[dict[str, Any] | None, list[dict[str, Any]], Shown, bool] = (
            None, [], "", False,
        )  # fmt: skip
        self._approval_problem: MarginApprovalError | None = None
        self.retranslate_ui()

    # --- the cost side ---------------------------------------------------------------

    @staticmethod
    def remembered_hide_cost() -> bool:
        """Whether the cost side was hidden the last time (QSettings)."""
        value = desk_settings().value(HIDE_COST_KEY, False)
        return value in (True, "true", "1", 1)

    @property
    def cost_hidden(self) -> bool:
        """True while the cost side (buy figures, margin, price rule) is hidden."""
        return self.hide_cost_action.isChecked()

    def set_cost_hidden(self, hidden: bool) -> None:
        """Hide or show the cost side (and remember the choice)."""
        self.hide_cost_action.setChecked(hidden)

    def _on_hide_cost(self, hidden: bool) -> None:
        desk_settings().setValue(HIDE_COST_KEY, hidden)
        self._apply_cost_visibility()
        self._redraw()

    def _apply_cost_visibility(self) -> None:
        hidden = self.cost_hidden
        for key in COST_KEYS:
            self.tree.setColumnHidden(column_of(key), hidden)
        quote = self._shown[0]
        for label in (self.cost_label, self.margin_label):
            label.setVisible(not hidden and quote is not None)
        self.margin_problem.setVisible(not hidden and bool(self.margin_problem.text()))
        self.hide_cost_action.setText(self.tr("Show cost") if hidden else self.tr("Hide cost"))

    def showEvent(self, event: QShowEvent) -> None:
        """Follow a choice made in another editor while this one was out of sight."""
        remembered = self.remembered_hide_cost()
        if remembered != self.cost_hidden:
            self.set_cost_hidden(remembered)
        super().showEvent(event)

    # --- showing a quote -------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """Say that a new quote is being computed (again in a new language)."""
        self._busy = busy
        self.state_label.setText(self.tr("Calculating…") if busy else "")

    def show_approval_problem(self, problem: MarginApprovalError | None) -> None:
        """At the margin figure: confirming needs an approval (None clears it)."""
        self._approval_problem = problem
        self._show_margin_problem()

    def show_result(
        self,
        quote: dict[str, Any] | None,
        legs: list[dict[str, Any]],
        error: Shown = "",
        frozen: bool = False,
    ) -> None:
        """Show a quote (or as much as could be priced) and the problems found.

        The problems are kept as data and put into words when shown, so a change of
        language re-renders them.

        Args:
            quote: the whole quote's JSON, or None when it could not be priced.
            legs: one entry per leg: ``leg`` (JSON or None), ``problem`` (a
                :class:`~booking_app.core.errors.Problem`, when not priced), ``provisional``.
            error: a problem not tied to one leg.
            frozen: True for a saved quote (shown as stored, never re-priced).
        """
        self._shown = (quote, legs, error, frozen)
        self._redraw()
        self.set_busy(False)

    def _redraw(self) -> None:
        quote, legs, error, frozen = self._shown
        self.model.removeRows(0, self.model.rowCount())
        self._set_titles()
        for index, item in enumerate(legs, 1):
            self._add_leg(index, item)
        self.tree.expandAll()
        self.error_label.setText(problem_text(error) if error else "")
        self.error_label.setVisible(bool(error))
        broken = [str(i) for i, item in enumerate(legs, 1) if item.get("problem") is not None]
        if quote is None:
            if broken:  # the legs that price are shown; the sum of a part is no total
                text = (
                    self.tr("Total: not known while leg %1 cannot be priced")
                    if len(broken) == 1
                    else self.tr("Total: not known while legs %1 cannot be priced")
                )
                self.total_label.setText(text.replace("%1", ", ".join(broken)))
            else:
                self.total_label.setText(self.tr("Total: not priced"))
            for label in (
                self.transit_label, self.co2e_label, self.fx_label, self.cost_label,
                self.margin_label,
            ):  # fmt: skip
                label.setText("")
        else:
            self._show_totals(quote, frozen)
        self._show_margin_problem()
        self._apply_cost_visibility()

    def _set_titles(self) -> None:
        ccy = self._shown[0]["currency"] if self._shown[0] else ""
        titles = {
            "code": self.tr("Code"), "description": self.tr("Description"),
            "basis": self.tr("Basis"), "currency": self.tr("Ccy"),
            "quantity": self.tr("Qty"), "unit_price": self.tr("Unit cost"),
            "amount": self.tr("Cost amount"), "cost_quote": self.tr("Cost %1"),
            "sell_quantity": self.tr("Sell qty"), "sell_unit_price": self.tr("Sell unit"),
            "sell_currency": self.tr("Sell ccy"),
            "sell_amount": self.tr("Sell amount"), "amount_quote": self.tr("Price %1"),
            "margin": self.tr("Margin %1"),
        }  # fmt: skip
        self.model.setHorizontalHeaderLabels(
            [titles[key].replace("%1", ccy).strip() for key in COLUMNS]
        )
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _show_totals(self, quote: dict[str, Any], frozen: bool) -> None:
        ccy = quote["currency"]
        total = f"{ccy} {formatting.money(quote['total'])}"
        title = self.tr("Saved total: %1") if frozen else self.tr("Total: %1")
        self.total_label.setText(title.replace("%1", total))
        self.cost_label.setText(
            self.tr("Cost: %1").replace("%1", f"{ccy} {formatting.money(quote['cost_total'])}")
        )
        margin = (
            self.tr("Margin: %1 (%2 %)")
            .replace("%1", f"{ccy} {formatting.money(quote['margin'])}")
            .replace("%2", formatting.money(quote["margin_percent"]))
        )
        if quote["below_min_margin"]:
            floor = formatting.money(quote["min_margin_percent"])
            margin += " — " + self.tr("below the floor of %1 %").replace("%1", floor)
        self.margin_label.setText(margin)
        # a contract tariff may sell at a loss even when the floor is 0 or below
        losing = quote["below_min_margin"] or Decimal(quote["margin"]) < 0
        self.margin_label.setStyleSheet(_WARN_STYLE if losing else _OK_STYLE)
        self.transit_label.setText(self.tr("Transit: %n day(s)", "", int(quote["transit_days"])))
        self._show_co2e(quote.get("co2e_kg"))
        rates = " · ".join(f"{c} {formatting.number(v)}" for c, v in quote["fx"].items())
        self.fx_label.setText(
            self.tr("FX per USD on %1: %2")
            .replace("%1", formatting.day(date.fromisoformat(quote["quote_date"])))
            .replace("%2", rates)
        )

    def _show_co2e(self, co2e_kg: str | None) -> None:
        """The quote's CO2e as an estimate; the method and source in the tooltip."""
        if co2e_kg is None:  # a place without coordinates: no figure rather than a wrong one
            self.co2e_label.setText("")
            self.co2e_label.setToolTip("")
            return
        text = self.tr("≈ %1 kg CO2e (estimate)").replace("%1", formatting.number(co2e_kg))
        self.co2e_label.setText(text)
        self.co2e_label.setToolTip(method_note())

    def _show_margin_problem(self) -> None:
        problem = self._approval_problem
        if problem is not None:
            text = (
                self.tr("Margin %1 % is below the floor of %2 % (customer: %3): confirming "
                        "needs an approver and a reason.")
                .replace("%1", formatting.money(f"{problem.margin_percent:f}"))
                .replace("%2", formatting.money(f"{problem.floor:f}"))
                .replace("%3", problem.customer or self.tr("this customer"))
            )  # fmt: skip
        else:
            text = ""
        self.margin_problem.setText(text)
        self.margin_problem.setVisible(bool(text) and not self.cost_hidden)

    def _add_leg(self, index: int, item: dict[str, Any]) -> None:
        leg = item.get("leg")
        head = _item(self.tr("Leg %1").replace("%1", str(index)))
        cells = [head] + [_item("") for _ in COLUMNS[1:]]
        if leg:
            cells[1] = _item(self._leg_words(leg))
            if item.get("provisional"):
                cells[1].setText(
                    cells[1].text() + " · " + self.tr("provisional: an earlier leg has a problem")
                )
            cells[1].setToolTip(cells[1].text())
            if not self.cost_hidden:  # the rule the leg was sold at is not for the customer
                rule = price_rule_text(leg["price_rule"], leg["price_percent"])
                cells[column_of("basis")] = _item(
                    rule, f"{leg['price_rule']} {leg['price_percent']}"
                )
            cells[column_of("cost_quote")] = _item(
                formatting.money(leg["cost_subtotal"]), leg["cost_subtotal"], right=True
            )
            cells[column_of("amount_quote")] = _item(
                formatting.money(leg["subtotal"]), leg["subtotal"], right=True
            )
            margin = _difference(leg["subtotal"], leg["cost_subtotal"])
            cells[column_of("margin")] = _item(formatting.money(margin), margin, right=True)
            for cell in cells:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            for line in leg["lines"]:
                head.appendRow(self._line_cells(line))
        elif item.get("problem") is not None:
            reason = leg_problem_text(item["problem"])
            cells[1] = _item(self.tr("Cannot be priced: %1").replace("%1", reason))
            for cell in cells:
                cell.setForeground(QBrush(_RED))
                cell.setToolTip(reason)
        self.model.appendRow(cells)

    def _leg_words(self, leg: dict[str, Any]) -> str:
        words = f"{mode_label(leg['mode'])} {leg['origin']} → {leg['destination']}"
        words += f" · {leg['carrier']}"
        etd, eta = date.fromisoformat(leg["etd"]), date.fromisoformat(leg["eta"])
        words += f" · {formatting.day(etd)} – {formatting.day(eta)}"
        if leg.get("chargeable") is not None:
            chargeable = formatting.number(leg["chargeable"])
            words += " · " + self.tr("chargeable %1").replace("%1", chargeable)
        return words

    def _line_cells(self, line: dict[str, Any]) -> list[QStandardItem]:
        cells = []
        for key in LINE_KEYS:
            value = str(line[key])
            if key == "basis":
                cells.append(_item(basis_label(value), value))
            elif key in ("code", "currency", "sell_currency"):
                cells.append(_item(value, value))
            elif key == "description":
                cells.append(_item(self._description(line), value))
            else:
                cells.append(_item(formatting.money(value), value, right=True))
        margin = _difference(line["amount_quote"], line["cost_quote"])
        cells.append(_item(formatting.money(margin), margin, right=True))
        if line.get("manual") or line.get("spot"):
            for cell in cells:
                cell.setForeground(QBrush(_MANUAL))
        return cells

    def _description(self, line: dict[str, Any]) -> str:
        text = str(line["description"])
        if line.get("manual"):
            text += " · " + self.tr("manual")
        if line.get("spot"):
            text += " · " + self.tr("spot rate")
        if line.get("tariff"):
            text += " · " + self.tr("contract tariff")
        if line.get("included"):
            text += " · " + self.tr("included")
        return text

    def shown_lines(self) -> list[list[dict[str, str]]]:
        """The exact texts of every shown line, leg by leg (for checks and tests)."""
        legs = []
        for row in range(self.model.rowCount()):
            head = self.model.item(row, 0)
            legs.append(
                [
                    {
                        key: str(self.model.itemFromIndex(head.child(r, c).index()).data(RAW_ROLE))
                        for c, key in enumerate(LINE_KEYS)
                    }
                    for r in range(head.rowCount())
                ]
            )
        return legs

    def cell_text(self, leg: int, line: int | None, key: str) -> str:
        """The text shown in column ``key`` of a leg's head row (``line`` None) or line."""
        head = self.model.item(leg, 0)
        column = column_of(key)
        item = self.model.item(leg, column) if line is None else head.child(line, column)
        return item.text()

    # --- language --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.hide_cost_action.setToolTip(
            self.tr("Hide the cost and margin while a customer looks at the screen (%1)").replace(
                "%1", HIDE_COST_SHORTCUT
            )
        )
        self.set_busy(self._busy)
        self._redraw()
