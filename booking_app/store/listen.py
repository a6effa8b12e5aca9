"""Hearing of other desks' bookings (office.md §4): ``LISTEN`` on the bookings channel.

A desk opens one :class:`BookingListener` beside its unit of work. The GUI watches
:meth:`fileno` (a ``QSocketNotifier``) and calls :meth:`poll` when it is readable;
nothing polls the bookings list. On SQLite there is no other desk: :func:`listener_for`
returns None.
"""

from __future__ import annotations

from pathlib import Path

from booking_app.store.backend import BOOKINGS_CHANNEL, REFERENCE_CHANNEL, is_server_url


class BookingListener:
    """A connection listening for saved bookings; their numbers as they arrive."""

    def __init__(self, url: str) -> None:
        from psycopg import sql

        from booking_app.store.pg import _safe, connect_server

        self._conn = connect_server(url)
        self.target = _safe(url)  #: the server, as printed (no password)
        for channel in (BOOKINGS_CHANNEL, REFERENCE_CHANNEL):
            self._conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        #: Set when the server's reference tables changed (the rate copy is stale).
        self.reference_changed = False

    def fileno(self) -> int:
        """The socket to watch for readability."""
        return self._conn.fileno()

    def poll(self, timeout: float = 0.0) -> list[str]:
        """Booking numbers saved (committed) by any desk since the last poll.

        Waits at most ``timeout`` seconds for the first one; 0 returns at once.

        Raises:
            ServerUnavailableError: the connection to the server was lost.
        """
        import psycopg

        from booking_app.core.errors import ServerUnavailableError

        try:
            first = list(self._conn.notifies(timeout=timeout, stop_after=1))
            rest = list(self._conn.notifies(timeout=0.0)) if first else []
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            # the server went away (office.md §5): the desk goes offline, not down
            from booking_app.store.pg import _reason

            raise ServerUnavailableError(self.target, _reason(exc)) from None
        numbers = []
        for note in (*first, *rest):
            if note.channel == REFERENCE_CHANNEL:
                self.reference_changed = True
            else:
                numbers.append(note.payload)
        return numbers

    def close(self) -> None:
        """Stop listening (a connection already lost closes quietly)."""
        try:
            self._conn.close()
        except Exception:  # noqa: BLE001 — closing a broken socket may complain; it is gone
            pass


def listener_for(target: str | Path) -> BookingListener | None:
    """A listener on an office server, or None for a desk's own SQLite file."""
    return BookingListener(str(target)) if is_server_url(target) else None
