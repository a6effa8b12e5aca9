"""The live quote: priced in a worker thread (shown by :mod:`booking_app.gui.editor.quote_panel`).

The worker opens its own unit of work (``ctx.new_uow()``): the GUI thread's SQLite
connection is never used from another thread (see :mod:`booking_app.gui.common.workers`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from booking_app.gui.common.ops import Op
from booking_app.services.desk import LiveQuote, live_quote
from booking_app.store.uow import UnitOfWork

#: How long the clerk pauses typing before the request is priced again.
QUOTE_DELAY_MS = 300


def price_off_thread(
    open_uow: Callable[[], UnitOfWork],
    raw: dict[str, Any],
    today: date | None = None,
    parent: QObject | None = None,
) -> Op[LiveQuote]:
    """An op (not started) pricing ``raw`` on a pool thread; it answers with a LiveQuote."""

    def work(uow: UnitOfWork) -> LiveQuote:
        try:
            return live_quote(uow, raw, today)
        except Exception as exc:  # an unexpected failure still answers the editor
            return LiveQuote(None, (), f"{type(exc).__name__}: {exc}")

    return Op(open_uow, work, parent=parent)


class LiveQuoter(QObject):
    """Prices the editor's request off the GUI thread once the clerk pauses typing.

    ``priced`` is emitted when ``result`` holds the quote of the request as it is now;
    results of requests the clerk has typed past are dropped. While ``problems`` names
    numbers that cannot be read, the result is those problems, not a price. A leg still
    being typed is the services' to judge: the other legs are priced meanwhile.
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
        self._pending: Op[LiveQuote] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUOTE_DELAY_MS)
        self._timer.timeout.connect(self._start)

    def schedule(self) -> None:
        """Price again after a pause (each call restarts the wait)."""
        self.ready = False
        self._timer.start()

    def stop(self) -> None:
        """Forget the pending quote; what is shown is final (a saved quote)."""
        self._timer.stop()
        self._drop_pending()
        self.ready = True

    def _drop_pending(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

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
        self._drop_pending()
        self._pending = price_off_thread(self.open_uow, raw, parent=self)
        self._pending.success(self._on_priced).run()

    def _done(self, result: LiveQuote) -> None:
        self.result = result
        self.ready = True
        self.priced.emit()

    def _on_priced(self, result: LiveQuote) -> None:
        self._pending = None
        if self._timer.isActive():
            return  # the clerk typed on: a newer quote is coming
        self._done(result)
