"""The follow-up view: the quotes to chase, soonest expiry first, with one-key actions.

W — won: confirm (an expired quote is priced again at today's rates as a new revision,
after the clerk has seen the old and the new total); L — lost, with a reason;
R — re-quote in the editor; Enter — open. The list is loaded on a pool thread, which
first expires overdue quotes (quotes-and-tariffs.md §1); the tab shows the open count.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking_app.core import booking_rules
from booking_app.core.booking_rules import Action, BookingState
from booking_app.core.errors import BookingDeskError, MarginApprovalError
from booking_app.gui.bookings.followup_model import (
    COLUMNS,
    FollowUpData,
    FollowUpModel,
    load_follow_up,
)
from booking_app.gui.common import formatting
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.ops import Op, collection_op
from booking_app.gui.common.problems import problem_text
from booking_app.services import lifecycle
from booking_app.services.listing import BookingRow
from booking_app.services.settings import current_settings

_ERROR_STYLE = "background: #fde7ea; color: #8a0014; padding: 4px;"
_INFO_STYLE = "background: #e6f4ea; color: #0b5020; padding: 4px;"
#: The summary counts quotes ending within this many days.
SOON_DAYS = 3


def _expired(data: FollowUpData) -> Change:
    """What loading the list changed: the quotes it expired, if any."""
    return Change.BOOKINGS if data.expired_now else Change.NONE


class FollowUpView(QWidget):
    """Open and expired quotes by days left; won, lost, re-quote and open from the keyboard."""

    open_requested = Signal(str)
    requote_requested = Signal(str)
    title_changed = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_count = 0
        self._op: Op[FollowUpData] | None = None
        self._again = False
        self.model = FollowUpModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.decided_box = QCheckBox()
        self.summary = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)  # the marks carry the meaning
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("route"), QHeaderView.ResizeMode.Stretch)
        self.buttons: dict[str, QPushButton] = {}
        self.key_actions: dict[str, QAction] = {}
        slots = {
            "won": (self.confirm_selected, ["W"]),
            "lost": (self.lose_selected, ["L"]),
            "requote": (self.requote_selected, ["R"]),
            "open": (self.open_selected, ["Return", "Enter"]),
        }
        for name, (slot, keys) in slots.items():
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[name] = button
            action = QAction(self.table)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing
            action.triggered.connect(slot)
            self.table.addAction(action)
            self.key_actions[name] = action
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._lay_out()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.decided_box.toggled.connect(self.refresh)
        ctx.changed.connect(self._on_ctx_changed)
        self.retranslate_ui()
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.decided_box)
        top.addWidget(self.summary, 3)
        buttons = QHBoxLayout()
        for button in self.buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list again on a pool thread (expiring what is overdue first)."""
        if self._op is not None:
            self._again = True  # one load at a time; the newest wish wins
            return
        decided, text = self.decided_box.isChecked(), self.search_edit.text()
        op = collection_op(  # loading expires overdue quotes: other views show them too
            self.ctx, lambda uow: load_follow_up(uow, decided, text), _expired, self
        )
        self._op = op.success(self._on_loaded).failure(self._on_failed).run()

    def is_loading(self) -> bool:
        """True while a load runs."""
        return self._op is not None

    def _loaded_again(self) -> bool:
        """After a load: start the one asked for meanwhile (True), if any."""
        self._op = None
        if self._again:
            self._again = False
            self.refresh()
            return True
        return False

    def _on_failed(self, error: Exception) -> None:
        if not self._loaded_again():
            self.show_message(problem_text(error), error=True)

    def _on_loaded(self, result: FollowUpData) -> None:
        if not self._loaded_again():
            self._show(result)

    def _show(self, data: FollowUpData) -> None:
        chosen = self.selected_row()
        self.model.set_data(data)
        self.open_count = data.open_count
        for number, row in enumerate(self.model.rows()):
            if chosen is not None and row.booking_no == chosen.booking_no:
                self.table.selectRow(number)
        self._update_summary()
        self._update_buttons()
        self.title_changed.emit(self.tab_title())
        self.loaded.emit()

    def _on_ctx_changed(self, changes: Change) -> None:
        if changes & (Change.BOOKINGS | Change.SETTINGS | Change.RATES):
            self.refresh()

    # --- the clerk's actions -----------------------------------------------------------

    def selected_row(self) -> BookingRow | None:
        """The booking of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.booking_row(rows[0].row()) if rows else None

    def _clerk(self) -> str:
        return current_settings(self.ctx.uow).clerk_name

    def confirm_selected(self) -> bool:
        """W: the customer took the quote — confirm it (an expired one re-priced, if agreed)."""
        row = self.selected_row()
        if row is None or row.status not in ("quoted", "expired"):
            return False
        number = row.booking_no
        try:
            if row.status == "expired" and not self._agree_to_reprice(row):
                return False
            change = lifecycle.change_status(self.ctx.uow, number, "confirmed", "", self._clerk())
        except MarginApprovalError as exc:
            self.show_message(
                self.tr(
                    "%1: the margin is below the floor. Open it to record an approval."
                ).replace("%1", number)
                + f" ({problem_text(exc)})",
                error=True,
            )
            return False
        except BookingDeskError as exc:
            self.show_message(f"{number}: {problem_text(exc)}", error=True)
            return False
        booking = change.booking
        if change.repriced and change.previous is not None:
            text = self.tr("%1 confirmed as revision %2 at today's rates: %3 → %4.")
            text = text.replace("%1", number).replace("%2", str(booking.revision))
            text = text.replace("%3", self._total(change.previous.total, change.previous.currency))
            text = text.replace("%4", self._total(booking.priced.total, booking.priced.currency))
        else:
            text = self.tr("%1 confirmed: won.").replace("%1", number)
        self.show_message(text)
        self.ctx.notify(Change.BOOKINGS)
        return True

    def _agree_to_reprice(self, row: BookingRow) -> bool:
        old, new = lifecycle.reprice_preview(self.ctx.uow, row.booking_no)
        until = formatting.day(row.valid_until) if row.valid_until else ""
        question = self.tr(
            "Quote %1 expired on %2.\nIts total was %3; at today's rates it is %4.\n\n"
            "Confirm it at the new price as revision %5?"
        )
        for key, value in (
            ("%1", row.booking_no), ("%2", until), ("%3", self._total(old.total, old.currency)),
            ("%4", self._total(new.total, new.currency)), ("%5", str(row.revision + 1)),
        ):  # fmt: skip
            question = question.replace(key, value)
        return self.ask_yes_no(question)

    @staticmethod
    def _total(amount: object, currency: str) -> str:
        return f"{formatting.money(str(amount))} {currency}"

    def lose_selected(self) -> bool:
        """L: the customer went elsewhere — lost, with the reason asked."""
        row = self.selected_row()
        if row is None or row.status != "quoted":
            return False
        question = self.tr("Why was %1 (%2) lost?").replace("%1", row.booking_no)
        reason = self.ask_reason(question.replace("%2", row.customer))
        if not reason:
            return False
        try:
            lifecycle.change_status(self.ctx.uow, row.booking_no, "lost", reason, self._clerk())
        except BookingDeskError as exc:
            self.show_message(f"{row.booking_no}: {problem_text(exc)}", error=True)
            return False
        self.show_message(
            self.tr("%1 lost: %2").replace("%1", row.booking_no).replace("%2", reason)
        )
        self.ctx.notify(Change.BOOKINGS)
        return True

    def requote_selected(self) -> bool:
        """R: quote it again in the editor (at today's rates)."""
        row = self.selected_row()
        if row is None or row.status not in ("quoted", "expired", "lost"):
            return False
        self.requote_requested.emit(row.booking_no)
        return True

    def open_selected(self) -> bool:
        """Enter: open the booking in its editor."""
        row = self.selected_row()
        if row is None:
            return False
        self.open_requested.emit(row.booking_no)
        return True

    def ask_reason(self, question: str) -> str:
        """Ask why a quote was lost; '' when the clerk gives up."""
        text, ok = QInputDialog.getText(self, self.tr("Reason"), question)
        return text.strip() if ok else ""

    def ask_yes_no(self, question: str) -> bool:
        """Ask a yes/no question."""
        answer = QMessageBox.question(self, self.tr("Follow-up"), question)
        return answer == QMessageBox.StandardButton.Yes

    def show_message(self, text: str, error: bool = False) -> None:
        """A line above the list: what happened, or what is wrong."""
        self.message.setStyleSheet(_ERROR_STYLE if error else _INFO_STYLE)
        self.message.setText(text)
        self.message.show()

    def focus_search(self) -> None:
        """Ctrl+F: the customer search."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- look --------------------------------------------------------------------------

    def tab_title(self) -> str:
        """``Follow-up (12)``: the open quotes."""
        return self.tr("Follow-up (%1)").replace("%1", str(self.open_count))

    def _update_summary(self) -> None:
        rows = self.model.rows()
        expired = sum(1 for r in rows if self.model.urgency(r) == "expired")
        soon = sum(
            1 for r in rows
            if r.status == "quoted" and 0 <= (self.model.days_left(r) or 0) <= SOON_DAYS
        )  # fmt: skip
        text = self.tr("%1 open · %2 ending within %3 days · %4 expired")
        for key, value in (("%1", self.open_count), ("%2", soon), ("%3", SOON_DAYS),
                           ("%4", expired)):  # fmt: skip
            text = text.replace(key, str(value))
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        state = BookingState(row.status if row is not None else "")
        allowed = {
            name: booking_rules.allowed(state, Action(name)) for name in ("won", "lost", "requote")
        }
        allowed["open"] = row is not None
        for name, ok in allowed.items():
            self.buttons[name].setEnabled(ok)
            self.key_actions[name].setEnabled(ok)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.search_edit.setPlaceholderText(self.tr("Search customer, route or number"))
        self.decided_box.setText(self.tr("Show all: won, lost, long expired"))
        texts = {
            "won": self.tr("Won → confirm (W)"), "lost": self.tr("Lost… (L)"),
            "requote": self.tr("Re-quote (R)"), "open": self.tr("Open (Enter)"),
        }  # fmt: skip
        for name, text in texts.items():
            self.buttons[name].setText(text)
            self.key_actions[name].setText(text)
        self.model.retranslate()
        self._update_summary()
        self.title_changed.emit(self.tab_title())
