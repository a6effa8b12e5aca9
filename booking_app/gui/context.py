"""What every window and view shares: the database, and the "something changed" signal.

Views never reach into each other: after an action a slot calls ``ctx.notify(what)``
and every view listening on ``ctx.changed`` refreshes itself (Anki's
"operation did execute" idea).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from booking_app.core.clock import Clock, clock_from_environment
from booking_app.store.uow import UnitOfWork


class DeskContext(QObject):
    """The database path, the clock, a unit of work for the GUI thread, the change signal.

    ``clock`` is the desk's one source of "today" and "now"; every unit of work it
    opens shares it.

    ``changed`` carries what changed: ``"bookings"``, ``"rates"``, ``"parties"``,
    ``"settings"`` (views refresh what concerns them).
    """

    changed = Signal(str)

    def __init__(
        self, db_path: Path, parent: QObject | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.clock: Clock = clock or clock_from_environment()
        self.uow = UnitOfWork.open(db_path, self.clock)

    def new_uow(self) -> UnitOfWork:
        """A unit of work on its own connection, for a worker thread (close it after)."""
        return UnitOfWork.open(self.db_path, self.clock)

    def reopen(self) -> None:
        """A fresh connection for the GUI thread (after a restore replaced the content)."""
        old = self.uow
        self.uow = UnitOfWork.open(self.db_path, self.clock)
        old.close()

    def notify(self, what: str) -> None:
        """Tell every view that ``what`` changed."""
        self.changed.emit(what)

    def close(self) -> None:
        """Close the GUI thread's connection."""
        self.uow.close()
