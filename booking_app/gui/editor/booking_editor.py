"""The booking editor: header, cargo, route and the live quote of one booking.

Every edit rebuilds the request object (the JSON of cli-and-files.md) from the fields;
a debounced worker prices it through the same service as ``booking-app quote``.
Saving, quoting, confirming, cancelling and duplicating call :mod:`services.desk`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from booking_app.core import booking_rules
from booking_app.core.booking_rules import Action, BookingState
from booking_app.core.errors import BookingDeskError, MarginApprovalError, ServerUnavailableError
from booking_app.core.ship_date import PastShipDate
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.formatting import to_date
from booking_app.gui.common.labels import status_label
from booking_app.gui.common.problems import Shown
from booking_app.gui.editor import banner as editor_banner
from booking_app.gui.editor import status as editor_status
from booking_app.gui.editor.cargo import CargoPanel
from booking_app.gui.editor.header import HeaderPanel
from booking_app.gui.editor.history import HistoryPanel
from booking_app.gui.editor.layout import (
    EditorFrame,
    ask_save_discard_cancel,
    ask_yes_no,
    editor_action,
    lay_out,
    retranslate_editor,
)
from booking_app.gui.editor.legs import LegsPanel
from booking_app.gui.editor.parties import PartyBadges, add_typed_party
from booking_app.gui.editor.quote import LiveQuoter
from booking_app.gui.editor.quote_panel import QuotePanel
from booking_app.gui.editor.ship_date import ShipDateNotice, ask_confirm_past
from booking_app.gui.editor.undo import SnapshotCommand
from booking_app.services import catalog, desk
from booking_app.services.desk import LiveQuote
from booking_app.services.history import booking_history
from booking_app.services.settings import current_settings


class BookingEditor(EditorFrame):
    """Builds, prices and saves one booking."""

    title_changed = Signal(str)
    state_changed = Signal()
    duplicate_requested = Signal(dict)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.booking_no: str | None = None
        self.unsaved_copy = False  # filled from another booking and not saved yet
        self.revision = 0
        self.status = "new"
        self.clerk = ""
        self.amending = False
        self._applying = False
        self._last_state: dict[str, Any] = {}
        self._problems: list[str] = []
        self._locations: list[catalog.Location] = []
        self.marked_fields: list[QWidget] = []  # fields a shown problem concerns

        self.header = HeaderPanel(ctx.clock)
        self.cargo = CargoPanel()
        self._currencies: list[str] = []
        self.legs = LegsPanel(
            lambda: self._locations, self._carriers, self._ship_date,
            currencies=self._currency_codes,
        )
        self.quote_panel = QuotePanel()
        self.ship_notice = ShipDateNotice()
        self.history = HistoryPanel()
        self.info_label = QLabel()
        font = self.info_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.info_label.setFont(font)
        self.message = editor_banner.Banner()
        self.message.activated.connect(self.focus_problem)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("save", "quote", "confirm", "cancel", "duplicate", "amend"):
            self.buttons[name] = QPushButton()
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["quote"].clicked.connect(self.mark_quoted)
        self.buttons["confirm"].clicked.connect(self.confirm)
        self.buttons["cancel"].clicked.connect(self.cancel_booking)
        self.buttons["duplicate"].clicked.connect(self.duplicate)
        self.buttons["amend"].clicked.connect(self.amend)
        lay_out(self)
        self.add_leg_action = editor_action(self, "Ctrl+L", self.legs.add_leg)
        self.remove_leg_action = editor_action(self, "Ctrl+Shift+L", self.legs.remove_leg)
        self.addAction(self.quote_panel.hide_cost_action)  # Ctrl+Shift+H anywhere in the editor
        self.party_badges = PartyBadges(self.header, self._is_new_party, self)

        self.quoter = LiveQuoter(ctx.new_quote_uow, self.request, self, self.number_problems)
        self.quoter.priced.connect(self._show_live_quote)
        self.header.changed.connect(self._on_changed)
        self.cargo.changed.connect(self._on_changed)
        self.legs.changed.connect(self._on_changed)
        self.legs.suggest_requested.connect(self.suggest_routes)
        self.header.new_party_requested.connect(self.add_party)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        ctx.changed.connect(self._on_ctx_changed)
        self.refresh_choices()
        self.retranslate_ui()

    # --- choices offered while typing --------------------------------------------------

    def refresh_choices(self) -> None:
        """Reload the party names, locations and currencies the fields offer."""
        read = self.ctx.read  # from the rate copy while the office server is away
        parties = read(lambda uow: catalog.list_parties(uow, "", 100_000))
        self.header.set_party_names([p.name for p in parties])
        self._locations = read(catalog.list_locations)
        self._currencies = read(desk.currencies)
        self.header.set_currencies(self._currencies)
        if hasattr(self, "party_badges"):
            self.party_badges.update_all()

    def _on_ctx_changed(self, changes: Change) -> None:
        if changes & (Change.PARTIES | Change.RATES | Change.SETTINGS):
            self.refresh_choices()

    def _carriers(self, mode: str, origin: str, destination: str, etd: date) -> list[str]:
        return self.ctx.read(
            lambda uow: catalog.carriers_for_leg(uow, mode, origin, destination, etd)
        )

    def _currency_codes(self) -> list[str]:
        return list(self._currencies)

    def _is_new_party(self, name: str) -> bool:
        return self.ctx.read(lambda uow: catalog.is_new_party(uow, name))

    def _ship_date(self) -> date:
        return to_date(self.header.ship_date.date())

    # --- state, undo and the live quote ------------------------------------------------

    def request(self) -> dict[str, Any]:
        """The request object built from the fields (what ``booking-app quote`` reads)."""
        raw = self.header.values()
        raw["cargo"] = self.cargo.values()
        raw["legs"] = self.legs.values()
        return raw

    def number_problems(self) -> list[str]:
        """Typed numbers that cannot be read (``field: reason``): none is priced or saved."""
        return self.header.number_problems() + self.cargo.number_problems()

    def apply_state(self, state: dict[str, Any]) -> None:
        """Show ``state`` in every field (undo, redo and loading use it)."""
        self._applying = True
        try:
            self.header.set_values(state)
            self.cargo.set_values(state.get("cargo") or {})
            self.legs.set_values(state.get("legs") or [])
        finally:
            self._applying = False
        self._last_state, self._problems = self.request(), self.number_problems()
        self.cargo.set_modes([leg.get("mode", "") for leg in self._last_state["legs"]])
        self.party_badges.update_all()
        self.schedule_quote()

    def _on_changed(self, key: str) -> None:
        if self._applying or self.is_read_only():
            return
        state, problems = self.request(), self.number_problems()
        if state == self._last_state and problems == self._problems:
            return  # an unreadable number changes nothing but what the quote shows
        if state != self._last_state:
            self.undo_stack.push(SnapshotCommand(self, self._last_state, state, key, key))
            self._last_state = state
            if self.message.kind == "saved":  # new edits: what was saved is no longer shown
                self.message.clear_message()
            self.cargo.set_modes([leg.get("mode", "") for leg in state["legs"]])
            self.quote_panel.show_approval_problem(None)
        self._problems = problems
        self.schedule_quote()
        self._emit_state()

    def schedule_quote(self) -> None:
        """Price the request again once the clerk pauses typing."""
        if not self.is_read_only():
            self.quote_panel.set_busy(True)
            self.quoter.schedule()

    @property
    def quote_ready(self) -> bool:
        """True when the quote shown is that of the fields as they are."""
        return self.quoter.ready

    @property
    def last_result(self) -> LiveQuote | None:
        """The last live quote shown (None before the first)."""
        return self.quoter.result

    def _show_live_quote(self) -> None:
        result = self.quoter.result
        if result is not None:
            outcomes = [
                {"leg": o.leg, "problem": o.problem, "provisional": o.provisional}
                for o in result.legs
            ]
            self.quote_panel.show_result(result.quote, outcomes, result.problem or result.error)
            self.legs.show_outcomes(outcomes)
            editor_banner.recheck_refused_save(self)
        self.update_ship_notice()

    def update_ship_notice(self) -> PastShipDate | None:
        """Warn above the quote when the ship date is before today (core's rule)."""
        return self.ship_notice.update_for(self._ship_date(), self.ctx.clock.today())

    def suggest_routes(self) -> bool:
        """Offer the routes between the booking's ends; the chosen one becomes its legs."""
        from booking_app.gui.editor.route_suggestions import RouteSuggestionsDialog

        dialog = RouteSuggestionsDialog(self.ctx.new_uow, self.request(), self)
        if dialog.exec() != RouteSuggestionsDialog.DialogCode.Accepted or self.is_read_only():
            return False
        legs = dialog.chosen_legs()
        if legs:
            self.legs.set_values(legs)
            self._on_changed("legs")
        return bool(legs)

    # --- loading -----------------------------------------------------------------------

    def new_booking(self, raw: dict[str, Any] | None = None) -> None:
        """Start a new booking: today's dates, the settings' currency; no markup or margin of
        its own, so each leg takes the customer's pricing profile, else the settings'."""
        settings = current_settings(self.ctx.uow).values
        today = self.ctx.clock.today().isoformat()
        state: dict[str, Any] = {
            "quote_date": today, "ship_date": today, "currency": settings["default_currency"],
            "cargo": {}, "legs": [{"mode": "", "origin": "", "destination": ""}],
        }  # fmt: skip
        self.booking_no, self.revision, self.status = None, 0, "new"
        self.clerk, self.amending = settings["clerk_name"], False
        self.apply_state(raw or state)
        self.history.show_entries([])
        self.undo_stack.clear()
        # filled from another booking (a duplicate, a re-quote): unsaved until saved
        self.unsaved_copy = raw is not None
        self._set_read_only(False)
        self._update_title()

    def load_booking(self, booking_no: str) -> None:
        """Show a saved booking with its saved quote (re-priced only once edited)."""
        opened = desk.open_booking(self.ctx.uow, booking_no)
        self.booking_no, self.revision = opened.booking_no, opened.revision
        self.status, self.clerk, self.amending = opened.status, opened.clerk, False
        self._set_read_only(self.is_read_only())
        self._applying = True
        try:
            self.header.set_values(opened.request)
            self.cargo.set_values(opened.request.get("cargo") or {})
            self.legs.set_values(opened.request.get("legs") or [])
        finally:
            self._applying = False
        self._last_state, self._problems = self.request(), self.number_problems()
        self.cargo.set_modes([leg["mode"] for leg in opened.request["legs"]])
        self.party_badges.update_all()
        self.quote_panel.show_approval_problem(None)
        self.quoter.stop()
        if opened.quote is None:  # a draft saved before its lane had a rate: price it now
            self.schedule_quote()
        else:
            outcomes = [{"leg": leg} for leg in opened.quote["legs"]]
            self.quote_panel.show_result(opened.quote, outcomes, frozen=True)
            self.legs.show_outcomes(outcomes)
        self.history.show_entries(booking_history(self.ctx.uow, opened.booking_no))
        self.update_ship_notice()
        self.undo_stack.clear()
        self.unsaved_copy = False
        self._update_title()

    # --- the clerk's actions -----------------------------------------------------------

    def booking_state(self) -> BookingState:
        """The booking's status as the rules of :mod:`booking_app.core.booking_rules` see it."""
        return BookingState(self.status, self.amending)

    def is_read_only(self) -> bool:
        """Confirmed and cancelled bookings are only looked at (until amended)."""
        return booking_rules.is_read_only(self.booking_state())

    def is_dirty(self) -> bool:
        """True when there are edits not saved yet (a copy of another booking is one)."""
        return self.unsaved_copy or not self.undo_stack.isClean()

    def save(self) -> bool:
        """Save as it stands: a draft, or a quoted booking stays quoted."""
        return self._save(booking_rules.save_status(self.booking_state()))

    def mark_quoted(self) -> bool:
        """Save and mark the booking as quoted to the customer."""
        return self._save("quoted")

    def confirm(self) -> bool:
        """Save and confirm; the booking becomes read-only. Below the margin floor an
        approver and a reason are asked for first (cancelling saves nothing)."""
        return editor_status.confirm_booking(self)

    def ask_past_ship_date(self, warning: PastShipDate) -> bool:
        """Ask whether to confirm although the ship date is before today (No by default)."""
        return ask_confirm_past(self, warning)

    def ask_approval(self, problem: MarginApprovalError) -> dict[str, str] | None:
        """Ask who approves confirming below the floor and why (None: cancelled)."""
        return editor_status.ask_approval(self, problem)

    def _save(self, status: str, approval: dict[str, str] | None = None) -> bool:
        """Save with ``status``; a confirmation below the floor without an approval raises.

        Raises:
            MarginApprovalError: confirming below the margin floor needs an approval.
        """
        if self.is_read_only():
            return False
        if self.number_problems():  # never save a figure the clerk did not write
            self.show_message(
                self.tr("Not saved: %1").replace("%1", self.number_problems()[0]), True
            )
            return False
        raw = self.request()
        if approval is not None:
            raw["approval"] = approval
        try:
            self.ctx.make_rates_current()  # the server prices the save; the copy follows it
            booking = desk.save_booking(self.ctx.uow, raw, status, self.booking_no, self.clerk)
        except MarginApprovalError:
            raise
        except ServerUnavailableError:  # office.md §5: say so plainly, keep what was typed
            self.show_message(
                self.tr(
                    "Not saved: the office server cannot be reached. Everything you typed is"
                    " still here; save again when the desk is back online."
                ),
                error=True,
            )
            return False
        except BookingDeskError as exc:
            self.show_message(exc, error=True)
            self.message.failed_status = status
            self.focus_problem()
            return False
        self.load_booking(booking.booking_no)
        number, revision, saved_as = booking.booking_no, booking.revision, booking.status
        self.show_message(
            lambda: self.tr("Saved %1 (revision %2) as %3.")
            .replace("%1", number)
            .replace("%2", str(revision))
            .replace("%3", status_label(saved_as)),
            saved=True,
        )
        self.ctx.notify(Change.BOOKINGS)
        return True

    def cancel_booking(self) -> bool:
        """Cancel the saved booking, after asking."""
        return editor_status.cancel_booking(self)

    def amend(self) -> None:
        """Edit a confirmed booking; saving makes a new revision."""
        if not booking_rules.allowed(self.booking_state(), Action.AMEND):
            return
        self.amending = True
        self._set_read_only(False)
        self._update_title()
        self.show_message(lambda: self.tr("Amending: saving makes a new revision."))

    def duplicate(self) -> None:
        """Ask for a new booking with the same parties, cargo and route, dated today."""
        if self.booking_no is not None and not self.is_dirty():
            raw = desk.duplicate_request(self.ctx.uow, self.booking_no)
        else:
            raw = self.request()
            raw["quote_date"] = self.ctx.clock.today().isoformat()
        self.duplicate_requested.emit(raw)

    def add_party(self, key: str) -> None:
        """Add the name typed in a party field as a new party."""
        add_typed_party(self, key)

    def maybe_close(self) -> bool:
        """True when the editor may close; asks first when edits are not saved."""
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved edits (Save, Discard or Cancel)."""
        return ask_save_discard_cancel(self, self.title())

    def ask_reason(self, question: str) -> str:
        """Ask for a reason (cancelling, losing a quote); '' when the clerk gives up."""
        text, ok = QInputDialog.getText(self, self.tr("Reason"), question)
        return text.strip() if ok else ""

    def ask_yes_no(self, question: str) -> bool:
        """Ask a yes/no question."""
        return ask_yes_no(self, question)

    def show_message(
        self, text: Shown | Callable[[], str], error: bool = False, saved: bool = False
    ) -> None:
        """A line above the form: what happened, or what is wrong (a domain error is kept
        as data, its field marked; a callable gives the text in the current language)."""
        self.message.show_text(text, error, "saved" if saved else "")
        editor_banner.mark_fields(self, self.message.problem)

    def focus_problem(self) -> None:
        """Put the cursor on the field or leg the message concerns."""
        editor_banner.focus_problem(self, self.message.problem)

    # --- look --------------------------------------------------------------------------

    def _set_read_only(self, read_only: bool) -> None:
        for panel in (self.header, self.cargo, self.legs):
            panel.set_read_only(read_only)
        self.add_leg_action.setEnabled(not read_only)
        self.remove_leg_action.setEnabled(not read_only)
        self._emit_state()

    def can(self, action: str) -> bool:
        """Whether an action (save, quote, confirm, cancel, duplicate, amend, send) applies
        now: :func:`booking_app.core.booking_rules.allowed` decides."""
        try:
            wanted = Action(action)
        except ValueError:
            return False
        return booking_rules.allowed(self.booking_state(), wanted)

    def title(self) -> str:
        """The tab title: the booking number, or "New booking"."""
        return self.booking_no or self.tr("New booking")

    def _update_title(self) -> None:
        parts = [self.title()]
        if self.booking_no:
            parts.append(self.tr("revision %1").replace("%1", str(self.revision)))
        parts.append(status_label(self.status))
        if self.amending:
            parts.append(self.tr("amending"))
        if self.clerk:
            parts.append(self.tr("clerk %1").replace("%1", self.clerk))
        self.info_label.setText(" · ".join(parts))
        self._emit_state()

    def _on_clean_changed(self, clean: bool) -> None:
        if not clean and self.message.kind == "saved":
            self.message.clear_message()
        self._emit_state()

    def _emit_state(self) -> None:
        for name, button in self.buttons.items():
            button.setEnabled(self.can(name))
        self.title_changed.emit(self.title() + (" *" if self.is_dirty() else ""))
        self.state_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.message.retranslate_ui()
            result = self.quoter.result
            if result is not None and result.error and result.problem is None:
                self.schedule_quote()  # a sentence of the GUI's own: told again, translated
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        retranslate_editor(self)
        self.ship_notice.retranslate()
        self._update_title()
