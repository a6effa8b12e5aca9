"""The live quote: priced in a worker thread, shown as a tree of legs and charge lines.

The worker opens its own unit of work (``ctx.new_uow()``): the GUI thread's SQLite
connection is never used from another thread (see :mod:`booking_app.gui.workers`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from booking_app.gui import formatting
from booking_app.gui.labels import basis_label, mode_label, problem_text
from booking_app.gui.workers import result_relay, start_job, take_result
from booking_app.services.desk import LegOutcome, LiveQuote, live_quote
from booking_app.store.uow import UnitOfWork

#: The exact text (as the services gave it) of a money or quantity cell.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_KEYS = (
    "code", "description", "basis", "quantity", "unit_price", "currency", "amount",
    "amount_quote",
)  # fmt: skip
_RED = QColor(176, 0, 32)
#: A leg is priced once all of these are filled in.
LEG_FIELDS = ("mode", "origin", "destination")
#: How long the clerk pauses typing before the request is priced again.
QUOTE_DELAY_MS = 300


def price_off_thread(
    open_uow: Callable[[], UnitOfWork], raw: dict[str, Any], today: date | None = None
) -> int:
    """Start pricing ``raw`` on a pool thread; the relay brings a LiveQuote with the serial."""

    def work(uow: UnitOfWork) -> LiveQuote:
        try:
            return live_quote(uow, raw, today)
        except Exception as exc:  # an unexpected failure still answers the editor
            return LiveQuote(None, (), f"{type(exc).__name__}: {exc}")

    return start_job(open_uow, work)


class LiveQuoter(QObject):
    """Prices the editor's request off the GUI thread once the clerk pauses typing.

    ``priced`` is emitted when ``result`` holds the quote of the request as it is now;
    results of requests the clerk has typed past are dropped. While ``problems`` names
    numbers that cannot be read, the result is those problems, not a price.
    """

    priced = Signal()

    def __init__(
        self,
        open_uow: Callable[[], UnitOfWork],
        request: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
        problems: Callable[[], list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_uow = open_uow
        self.request = request
        self.problems = problems
        self.result: LiveQuote | None = None
        self.ready = False
        self._pending = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUOTE_DELAY_MS)
        self._timer.timeout.connect(self._start)
        result_relay().finished.connect(self._on_finished)

    def schedule(self) -> None:
        """Price again after a pause (each call restarts the wait)."""
        self.ready = False
        self._timer.start()

    def stop(self) -> None:
        """Forget the pending quote; what is shown is final (a saved quote)."""
        self._timer.stop()
        self._pending = 0
        self.ready = True

    def _start(self) -> None:
        problems = self.problems() if self.problems is not None else []
        if problems:
            self._done(LiveQuote(None, (), "\n".join(problems)))
            return
        raw = self.request()
        legs = raw.get("legs") or []
        if not legs:
            self._done(LiveQuote(None, (), self.tr("Add a leg to see the quote.")))
            return
        todo = [i for i, leg in enumerate(legs, 1) if not all(leg.get(k) for k in LEG_FIELDS)]
        if todo:  # not worth asking the services about a leg still being typed
            self._done(LiveQuote(None, tuple(
                LegOutcome(i, error="choose the mode, from and to" if i in todo else "",
                           blocked=i not in todo)
                for i in range(1, len(legs) + 1)
            )))  # fmt: skip
            return
        self._pending = price_off_thread(self.open_uow, raw)

    def _done(self, result: LiveQuote) -> None:
        self.result = result
        self.ready = True
        self.priced.emit()

    def _on_finished(self, serial: int) -> None:
        if serial != self._pending:
            return
        result = take_result(serial)
        if self._timer.isActive() or not isinstance(result, LiveQuote):
            return  # the clerk typed on: a newer quote is coming
        self._done(result)


def _item(text: str, raw: str | None = None, right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if raw is not None:
        item.setData(raw, RAW_ROLE)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class QuotePanel(QWidget):
    """The quote tree (leg → lines), total, transit days, FX used, and problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.state_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label = QLabel()
        font = self.total_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total_label.setFont(font)
        self.transit_label = QLabel()
        self.fx_label = QLabel()
        self.fx_label.setWordWrap(True)
        self.tree.setMinimumHeight(120)
        footer = QHBoxLayout()
        footer.addWidget(self.total_label)
        footer.addSpacing(24)
        footer.addWidget(self.transit_label)
        footer.addSpacing(24)
        footer.addWidget(self.fx_label, 1)
        footer.addWidget(self.state_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)
        self._shown: tuple[dict[str, Any] | None, list[dict[str, Any]], str, bool] = (
            None, [], "", False,
        )  # fmt: skip
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        """Say that a new quote is being computed."""
        self.state_label.setText(self.tr("Calculating…") if busy else "")

    def show_result(
        self,
        quote: dict[str, Any] | None,
        legs: list[dict[str, Any]],
        error: str = "",
        frozen: bool = False,
    ) -> None:
        """Show a quote (or as much as could be priced) and the problems found.

        Args:
            quote: the whole quote's JSON, or None when it could not be priced.
            legs: one entry per leg: ``leg`` (JSON or None), ``error``, ``blocked``.
            error: a problem not tied to one leg.
            frozen: True for a saved quote (shown as stored, never re-priced).
        """
        self._shown = (quote, legs, error, frozen)
        self.model.removeRows(0, self.model.rowCount())
        for index, item in enumerate(legs, 1):
            self._add_leg(index, item)
        self.tree.expandAll()
        self.error_label.setText(problem_text(error))
        self.error_label.setVisible(bool(error))
        if quote is None:
            self.total_label.setText(self.tr("Total: not priced"))
            self.transit_label.setText("")
            self.fx_label.setText("")
        else:
            total = f"{quote['currency']} {formatting.money(quote['total'])}"
            title = self.tr("Saved total: %1") if frozen else self.tr("Total: %1")
            self.total_label.setText(title.replace("%1", total))
            self.transit_label.setText(
                self.tr("Transit: %n day(s)", "", int(quote["transit_days"]))
            )
            rates = " · ".join(f"{c} {formatting.number(v)}" for c, v in quote["fx"].items())
            self.fx_label.setText(
                self.tr("FX per USD on %1: %2")
                .replace("%1", formatting.day(date.fromisoformat(quote["quote_date"])))
                .replace("%2", rates)
            )
        self.set_busy(False)

    def _add_leg(self, index: int, item: dict[str, Any]) -> None:
        leg = item.get("leg")
        head = _item(self.tr("Leg %1").replace("%1", str(index)))
        cells = [head] + [_item("") for _ in LINE_KEYS[1:]]
        if leg:
            words = f"{mode_label(leg['mode'])} {leg['origin']} → {leg['destination']}"
            words += f" · {leg['carrier']}"
            etd, eta = date.fromisoformat(leg["etd"]), date.fromisoformat(leg["eta"])
            words += f" · {formatting.day(etd)} – {formatting.day(eta)}"
            if leg.get("chargeable") is not None:
                chargeable = formatting.number(leg["chargeable"])
                words += " · " + self.tr("chargeable %1").replace("%1", chargeable)
            cells[1] = _item(words)
            cells[7] = _item(formatting.money(leg["subtotal"]), leg["subtotal"], right=True)
            for column in (0, 1, 7):
                font = cells[column].font()
                font.setBold(True)
                cells[column].setFont(font)
            for line in leg["lines"]:
                head.appendRow(self._line_cells(line))
        elif item.get("error"):
            reason = problem_text(item["error"])
            cells[1] = _item(self.tr("Cannot be priced: %1").replace("%1", reason))
            for cell in cells:
                cell.setForeground(QBrush(_RED))
                cell.setToolTip(reason)
        else:
            cells[1] = _item(self.tr("Not priced: another leg has a problem"))
        self.model.appendRow(cells)

    def _line_cells(self, line: dict[str, Any]) -> list[QStandardItem]:
        return [
            _item(line["code"], line["code"]),
            _item(line["description"], line["description"]),
            _item(basis_label(line["basis"]), line["basis"]),
            _item(formatting.money(line["quantity"]), line["quantity"], right=True),
            _item(formatting.money(line["unit_price"]), line["unit_price"], right=True),
            _item(line["currency"], line["currency"]),
            _item(formatting.money(line["amount"]), line["amount"], right=True),
            _item(formatting.money(line["amount_quote"]), line["amount_quote"], right=True),
        ]

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Code"), self.tr("Description"), self.tr("Basis"), self.tr("Quantity"),
                self.tr("Unit price"), self.tr("Currency"), self.tr("Amount"),
                self.tr("In quote currency"),
            ]
        )  # fmt: skip
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        quote, legs, error, frozen = self._shown
        if quote is not None or legs or error:
            self.show_result(quote, legs, error, frozen)
        else:
            self.total_label.setText(self.tr("Total: not priced"))
            self.error_label.hide()
