"""What every window and view shares: the database, and the "something changed" signal.

Views never reach into each other: after an operation the desk calls
``ctx.notify(changes)`` with the :class:`~booking_app.gui.common.changes.Change` it made,
and every view listening on ``ctx.changed`` refreshes what concerns it (Anki's
"operation did execute" idea).
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QObject, QSocketNotifier, Signal

from booking_app.core.clock import Clock, clock_from_environment
from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.changes import Change
from booking_app.services import office
from booking_app.store.listen import listener_for
from booking_app.store.uow import UnitOfWork


class DeskContext(QObject):
    """The database path, the clock, a unit of work for the GUI thread, the change signal.

    ``clock`` is the desk's one source of "today" and "now"; every unit of work it
    opens shares it.

    ``changed`` carries what changed, a :class:`Change` (``Change.BOOKINGS``,
    ``Change.RATES | Change.SETTINGS`` …): views refresh what concerns them.
    """

    # Emitted in the GUI thread only (direct delivery): a Change never crosses threads.
    changed = Signal(object)

    def __init__(
        self,
        db_path: Path | str,
        parent: QObject | None = None,
        clock: Clock | None = None,
        copy_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.clock: Clock = clock or clock_from_environment()
        self.uow = UnitOfWork.open(db_path, self.clock)
        # On an office server, other desks' bookings arrive as notifications (office.md
        # §4): the socket wakes the event loop, nothing polls the list.
        self._listener = listener_for(db_path)
        self._notifier: QSocketNotifier | None = None
        if self._listener is not None:
            self._notifier = QSocketNotifier(
                self._listener.fileno(), QSocketNotifier.Type.Read, self
            )
            self._notifier.activated.connect(self._on_server_notice)
        # ... and live quotes price from a local copy of the rates (office.md §5).
        folder = copy_folder or Path(user_data_dir("booking-desk", appauthor=False))
        self.rate_copy = office.open_quote_copy(self.uow, folder)

    def new_quote_uow(self) -> UnitOfWork:
        """A unit of work live quotes price from: the local rate copy on an office server,
        else the desk's own file (close it after)."""
        return UnitOfWork.open(self.rate_copy or self.db_path, self.clock)

    def make_rates_current(self) -> None:
        """Before saving: refresh the rate copy if the server's rates changed.

        Raises:
            ServerUnavailableError: the server cannot be reached.
        """
        if office.make_copy_current(self.uow, self.rate_copy):
            self.notify(Change.RATES)

    def _on_server_notice(self) -> None:
        if self._listener is None:
            return
        if self._listener.poll():
            self.notify(Change.BOOKINGS)
        if self._listener.reference_changed:
            self._listener.reference_changed = False
            try:
                self.make_rates_current()
            except BookingDeskError:
                pass  # offline: the copy stays as it is; saving says so

    def new_uow(self) -> UnitOfWork:
        """A unit of work on its own connection, for a worker thread (close it after)."""
        return UnitOfWork.open(self.db_path, self.clock)

    def reopen(self) -> None:
        """A fresh connection for the GUI thread (after a restore replaced the content)."""
        old = self.uow
        self.uow = UnitOfWork.open(self.db_path, self.clock)
        old.close()

    def notify(self, changes: Change) -> None:
        """Tell every view what changed (nothing is sent for ``Change.NONE``).

        Raises:
            TypeError: ``changes`` is not a :class:`Change` (the old string kinds).
        """
        if not isinstance(changes, Change):
            raise TypeError(f"notify() takes a Change, not {changes!r}")
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        """Close the GUI thread's connection (and the listener's, on a server)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._listener is not None:
            self._listener.close()
        self.uow.close()
