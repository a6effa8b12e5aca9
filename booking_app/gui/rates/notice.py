"""The notice of rates about to end (quotes-and-tariffs.md §4), in the status bar.

When the desk starts, and again after rates or settings change, a pool job counts the
rates ending within the settings' ``rate_warning_days`` that no later row follows; a
label in the status bar says how many (non-modal: it never stops the clerk).
"""

from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.ops import Op, query_op
from booking_app.services.settings import current_settings
from booking_app.store.uow import UnitOfWork

_WARNING_STYLE = "background: #ffe8aa; color: #5a3d00; padding: 1px 6px; border-radius: 3px;"


class EndingRates(NamedTuple):
    """How many rates end within ``days`` days, and the first of their last days."""

    count: int  # type: ignore[assignment]  # shadows tuple.count, never called
    days: int
    first_end: str = ""


def count_ending(uow: UnitOfWork) -> EndingRates:
    """The rates ending within the settings' warning days (a pool job)."""
    from booking_app.services.results import expiring_rates  # off the start's GUI thread

    days = current_settings(uow).rate_warning_days
    found = expiring_rates(uow, days)
    return EndingRates(len(found), days, found[0].valid_to.isoformat() if found else "")


class RateNotice(QObject):
    """A status-bar label: ``3 rates end within 7 days``; hidden when none do."""

    def __init__(
        self, ctx: DeskContext, status_bar: QStatusBar, *, check_now: bool = True
    ) -> None:
        """``check_now``: count at once (else at the first :meth:`check`: the main window
        counts once it is painted)."""
        super().__init__(status_bar)
        self.ctx = ctx
        self.label = QLabel()
        self.label.setStyleSheet(_WARNING_STYLE)
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        self.ending: EndingRates | None = None
        self._op: Op[EndingRates] | None = None
        ctx.changed.connect(self._on_ctx_changed)
        self.label.installEventFilter(self)
        if check_now:
            self.check()

    def check(self) -> None:
        """Count again on a pool thread."""
        if self._op is not None:
            self._op.cancel()  # the newer count answers
        self._op = query_op(self.ctx, count_ending, self).success(self._on_counted).run()

    def is_checking(self) -> bool:
        """True while the count runs."""
        return self._op is not None and self._op.running

    def _on_counted(self, ending: EndingRates) -> None:
        self.ending = ending
        self._show()

    def _on_ctx_changed(self, changes: Change) -> None:
        if changes & (Change.RATES | Change.SETTINGS):
            self.check()

    def _show(self) -> None:
        ending = self.ending
        if ending is None or not ending.count:
            self.label.hide()
            return
        text = self.tr("%n rate(s) end within %1 days", "", ending.count)
        self.label.setText(text.replace("%1", str(ending.days)))
        tip = self.tr("The first ends on %1. They are marked in the Rates view.")
        self.label.setToolTip(tip.replace("%1", ending.first_end))
        self.label.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Say it again in a new language."""
        if watched is self.label and event.type() == QEvent.Type.LanguageChange:
            self._show()
        return False
