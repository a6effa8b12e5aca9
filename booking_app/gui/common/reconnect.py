"""An offline desk tries its office server again every few seconds (office.md §5).

The try runs as a read-only op on a pool thread: connecting to a server whose network
drops packets waits for the connection timeout, and the clerk's typing must not. When
the server answers, the desk context reconnects (``ctx.check_server``): the banner goes,
the rate copy is brought up to date and the views refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.ops import Op, query_op
from booking_app.store.uow import UnitOfWork

#: How often an offline desk tries the server again (milliseconds).
RETRY_MS = 5000


def _answers(_uow: UnitOfWork) -> bool:
    """The try's work: opening a unit of work on the server was the test."""
    return True


class Reconnector(QObject):
    """Tries the server while ``ctx`` is offline; idle while it is online."""

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.try_now)
        self._op: Op[bool] | None = None
        ctx.online_changed.connect(self._on_online)
        if not ctx.online:
            self.timer.start()

    def _on_online(self, online: bool) -> None:
        if online:
            self.timer.stop()
        else:
            self.timer.start()

    def try_now(self) -> None:
        """Ask once whether the server answers (unless a try is under way)."""
        if self.ctx.online or (self._op is not None and self._op.running):
            return
        self._op = query_op(self.ctx, _answers, parent=self).success(self._answered).run()

    def _answered(self, _answers: bool) -> None:
        if not self.ctx.online:
            self.ctx.check_server()
