"""What every window and view shares: the database, and the "something changed" signal.

Views never reach into each other: after an operation the desk calls
``ctx.notify(changes)`` with the :class:`~booking_app.gui.common.changes.Change` it made,
and every view listening on ``ctx.changed`` refreshes what concerns it (Anki's
"operation did execute" idea).

On an office server the desk may lose the server (office.md §5): ``online`` turns
False, ``online_changed`` tells the views, live quotes go on from the local rate copy,
reads the editor needs while typing come from the copy (:meth:`DeskContext.read`),
and saving is refused until the server answers again (tried on each save, and every
few seconds by :mod:`booking_app.gui.common.reconnect`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from booking_app.core.clock import Clock, clock_from_environment
from booking_app.core.errors import BookingDeskError, ServerUnavailableError
from booking_app.gui.common.changes import Change
from booking_app.services.access import DeskAccess, desk_access
from booking_app.store.listen import BookingListener, listener_for
from booking_app.store.uow import UnitOfWork

T = TypeVar("T")


def _open_rate_copy(uow: UnitOfWork, folder: Path | None) -> Path | None:
    """The local rate copy of ``uow``'s office server (in the user data folder unless
    ``folder``); imported here, as a desk on its own file has none."""
    from platformdirs import user_data_dir

    from booking_app.services import office

    folder = folder or Path(user_data_dir("booking-desk", appauthor=False))
    return office.open_quote_copy(uow, folder)


class DeskContext(QObject):
    """The database path, the clock, a unit of work for the GUI thread, the change signal.

    ``clock`` is the desk's one source of "today" and "now"; every unit of work it
    opens shares it.

    ``changed`` carries what changed, a :class:`Change` (``Change.BOOKINGS``,
    ``Change.RATES | Change.SETTINGS`` …): views refresh what concerns them.
    """

    # Emitted in the GUI thread only (direct delivery): a Change never crosses threads.
    changed = Signal(object)
    #: The office server was lost (False) or answers again (True).
    online_changed = Signal(bool)

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
        self._listener: BookingListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._listen(listener_for(db_path))
        # ... and live quotes price from a local copy of the rates (office.md §5).
        self.rate_copy = _open_rate_copy(self.uow, copy_folder) if self.uow.dialect.server else None
        #: False while the office server cannot be reached (a desk file is always online).
        self.online = True
        #: When the rate copy was last known to match the server (None: a desk file).
        self.copy_checked_at: datetime | None = self.clock.now() if self.rate_copy else None
        self.offline_reason = ""
        self._copy_reader: UnitOfWork | None = None
        self._closed = False
        #: Who is at the desk and what their role may do (office.md §3).
        self.access: DeskAccess = desk_access(self.uow)
        self.changed.connect(self._on_own_change)

    def _listen(self, listener: BookingListener | None) -> None:
        self._drop_notifier()
        self._listener = listener
        if listener is not None:
            self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._on_server_notice)

    def _drop_notifier(self) -> None:
        """Stop watching the old socket; the notifier goes in the GUI thread's own time
        (a Qt socket notifier must never be destroyed by another thread)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = None

    def _on_own_change(self, changes: Change) -> None:
        if changes & Change.SETTINGS and not self.access.server:
            self.access = desk_access(self.uow)  # a desk file's clerk is the clerk name

    def new_quote_uow(self) -> UnitOfWork:
        """A unit of work live quotes price from: the local rate copy on an office server,
        else the desk's own file (close it after)."""
        return UnitOfWork.open(self.rate_copy or self.db_path, self.clock)

    def make_rates_current(self) -> None:
        """Before saving: refresh the rate copy if the server's rates changed.

        Raises:
            ServerUnavailableError: the server cannot be reached.
        """
        if not self.online and not self.check_server():
            raise ServerUnavailableError(self.server_target(), self.offline_reason)
        from booking_app.services import office

        try:
            moved = office.make_copy_current(self.uow, self.rate_copy)
        except ServerUnavailableError as exc:
            self.went_offline(exc)
            raise
        if self.rate_copy is not None:
            self.copy_checked_at = self.clock.now()
        if moved:
            self.notify(Change.RATES)

    def server_target(self) -> str:
        """The office server as printed (no password); "" on a desk file."""
        if self.rate_copy is None:
            return ""
        return str(getattr(self.uow.db.conn, "target", self.db_path))

    def _on_server_notice(self) -> None:
        if self._listener is None:
            return
        try:
            heard = self._listener.poll()
        except ServerUnavailableError as exc:
            self.went_offline(exc)
            return
        if heard:
            self.notify(Change.BOOKINGS)
        if self._listener.reference_changed:
            self._listener.reference_changed = False
            try:
                self.make_rates_current()
            except BookingDeskError:
                pass  # offline: the copy stays as it is; saving says so

    # --- offline and back (office.md §5) --------------------------------------------------

    def went_offline(self, error: ServerUnavailableError | None = None) -> None:
        """The server cannot be reached: say so once (``online_changed``); a
        :class:`~booking_app.gui.common.reconnect.Reconnector` tries it again."""
        if error is not None:
            self.offline_reason = error.reason
        if not self.online or self.rate_copy is None:
            return
        self.online = False
        # while the listener heard the server, the copy followed every change: it was
        # current until now
        self.copy_checked_at = self.clock.now()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self.online_changed.emit(False)

    def check_server(self) -> bool:
        """Offline: try the server again; True when the desk is (back) online.

        Back online, the rate copy is brought up to date and the views refresh.
        """
        if self.online:
            return True
        if self._closed:
            return False
        try:
            unit = UnitOfWork.open(self.db_path, self.clock)
        except BookingDeskError as exc:
            if isinstance(exc, ServerUnavailableError):
                self.offline_reason = exc.reason
            return False
        try:
            listener = listener_for(self.db_path)
        except BookingDeskError:
            unit.close()
            return False
        old_uow, old_listener = self.uow, self._listener
        self.uow = unit
        self._listen(listener)
        for closing in (old_listener, old_uow):
            if closing is not None:
                try:
                    closing.close()
                except Exception:  # noqa: BLE001 — the lost connection may complain; it is gone
                    pass
        self.online = True
        if self._copy_reader is not None:
            self._copy_reader.close()
            self._copy_reader = None
        try:
            self.make_rates_current()
        except BookingDeskError:
            return False  # lost again at once: went_offline said so
        self.access = desk_access(self.uow)
        self.online_changed.emit(True)
        self.notify(Change.BOOKINGS)
        return True

    def copy_age_minutes(self) -> int | None:
        """Minutes since the rate copy was last known current (None: a desk file)."""
        if self.copy_checked_at is None:
            return None
        return max(0, int((self.clock.now() - self.copy_checked_at).total_seconds() // 60))

    def read(self, work: Callable[[UnitOfWork], T]) -> T:
        """Run a read the clerk needs while typing (carriers, party names): on the
        server, or from the rate copy while it is out of reach."""
        if self.online:
            try:
                return work(self.uow)
            except ServerUnavailableError as exc:
                self.went_offline(exc)
                if self.online:  # a desk with no copy: nothing to fall back on
                    raise
        if self._copy_reader is None:
            self._copy_reader = self.new_quote_uow()
        return work(self._copy_reader)

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
        self._closed = True
        self._drop_notifier()
        if self._listener is not None:
            self._listener.close()
        if self._copy_reader is not None:
            self._copy_reader.close()
        self.uow.close()
