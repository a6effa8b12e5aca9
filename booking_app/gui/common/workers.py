"""Work on the database off the GUI thread, each job on its own unit of work.

The machinery under :mod:`booking_app.gui.common.ops`; views and dialogs start their work
through an :class:`~booking_app.gui.common.ops.Op`, never here.

A job's result waits in a locked table under the job's serial number; the relay, which
lives in the GUI thread, then signals just that number, and the asker takes the result
with :func:`take_result` (or drops it: the clerk typed on meanwhile). Only an ``int``
crosses threads in a signal: PySide's queued ``object`` arguments are reference-counted
without the GIL and corrupt the interpreter under load. A job never touches a widget and
never uses the GUI thread's connection.
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from booking_app.store.db import database_error
from booking_app.store.uow import UnitOfWork

_serials = itertools.count(1)
_results: OrderedDict[int, object] = OrderedDict()
_lock = threading.Lock()
#: Results nobody took (their asker closed) are forgotten past this many.
_KEEP = 64


class ResultRelay(QObject):
    """Tells the GUI thread that the job with this serial has finished."""

    finished = Signal(int)


_relay: ResultRelay | None = None


def result_relay() -> ResultRelay:
    """The one relay, created in (and living in) the GUI thread on first use."""
    global _relay
    if _relay is None:
        _relay = ResultRelay(QCoreApplication.instance())
    return _relay


def next_serial() -> int:
    """A number no other job has."""
    return next(_serials)


def _keep_result(serial: int, result: object) -> None:
    with _lock:
        _results[serial] = result
        while len(_results) > _KEEP:
            _results.popitem(last=False)


def take_result(serial: int, default: object = None) -> object:
    """The result of a finished job (``default`` once taken or forgotten)."""
    with _lock:
        return _results.pop(serial, default)


class UowJob(QRunnable):
    """Runs ``work(uow)`` on a pool thread with a unit of work of its own.

    The result, or the exception raised, is sent to the relay with the job's serial.
    """

    def __init__(
        self, open_uow: Callable[[], UnitOfWork], work: Callable[[UnitOfWork], object], serial: int
    ) -> None:
        super().__init__()
        self.open_uow = open_uow
        self.work = work
        self.serial = serial
        self.relay = result_relay()

    def run(self) -> None:
        """Open, work, close, report."""
        result: object
        path: object = ""
        try:
            uow = self.open_uow()
            path = uow.path or ""
            try:
                result = self.work(uow)
            finally:
                uow.close()
        except sqlite3.Error as exc:  # a damaged or busy file: the desk's own sentence
            result = database_error(exc, str(path)) or exc
        except Exception as exc:  # reported, never lost: the asker is waiting for an answer
            result = exc
        _keep_result(self.serial, result)
        del result
        self.relay.finished.emit(self.serial)


def start_job(
    open_uow: Callable[[], UnitOfWork],
    work: Callable[[UnitOfWork], object],
    serial: int | None = None,
) -> int:
    """Start ``work`` on the global pool; returns the serial its result will carry.

    The GUI starts its work through :class:`booking_app.gui.common.ops.Op`, which uses this.
    """
    serial = serial if serial is not None else next_serial()
    QThreadPool.globalInstance().start(UowJob(open_uow, work, serial))
    return serial
