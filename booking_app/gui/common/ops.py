"""The one way the GUI runs work on the database off the GUI thread.

In the spirit of Anki's ``CollectionOp``/``QueryOp``: a slot gathers its input and
starts an :class:`Op` (a service call on a unit of work of its own, on a pool thread);
the op reports progress, then, back in the GUI thread, hands its result to the asker
and announces *what changed* (a :class:`~booking_app.gui.common.changes.Change`)
through ``ctx.notify`` — every view, the asker's included, refreshes itself from
that (Anki's order: ``success``, then ``operation_did_execute``)::

    query_op(ctx, count_ending, parent=self).success(self._show).run()
    collection_op(ctx, work, Change.RATES, parent=self).success(...).failure(...).run()

Only integers cross threads (see :mod:`booking_app.gui.common.workers`): the result waits
under the op's serial and is taken in the GUI thread. The changes are announced even
when the asker has gone (its data changed all the same); the asker's callbacks run only
while it lives and the op has not been cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.workers import next_serial, result_relay, start_job, take_result
from booking_app.store.uow import UnitOfWork

T = TypeVar("T")
_FORGOTTEN = object()

__all__ = ["Op", "collection_op", "query_op"]


class _ProgressRelay(QObject):
    """Carries (serial, done, total) from a pool thread to the GUI thread."""

    progress = Signal(int, int, int)


class _Dispatcher(QObject):
    """Lives in the GUI thread; hands each finished job and each progress report to its op."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.ops: dict[int, Op[object]] = {}
        self.progress_relay = _ProgressRelay(self)
        self.progress_relay.progress.connect(self._on_progress)
        result_relay().finished.connect(self._on_finished)

    def _on_finished(self, serial: int) -> None:
        op = self.ops.pop(serial, None)
        if op is not None:
            result = take_result(serial, _FORGOTTEN)
            if result is _FORGOTTEN:  # more results waited than are kept: say so, never guess
                result = LookupError(f"the answer of background job {serial} was lost")
            op._finish(result)

    def _on_progress(self, serial: int, done: int, total: int) -> None:
        op = self.ops.get(serial)
        if op is not None:
            op._progressed(done, total)


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher(QCoreApplication.instance())
    return _dispatcher


class Op(Generic[T]):
    """One piece of work on its own unit of work, off the GUI thread.

    Args:
        open_uow: opens the unit of work the work runs on (``ctx.new_uow``; the live
            quote's ``ctx.new_quote_uow``); the op closes it.
        work: the service call; it must never touch a widget.
        parent: the asker; once it is deleted its callbacks are not called.
        ctx: where the changes are announced.
        changes: what a successful run changed, or how to tell from its result.
    """

    def __init__(
        self,
        open_uow: Callable[[], UnitOfWork],
        work: Callable[[UnitOfWork], T],
        *,
        parent: QObject | None = None,
        ctx: DeskContext | None = None,
        changes: Change | Callable[[T], Change] = Change.NONE,
    ) -> None:
        self._open_uow = open_uow
        self._work = work
        self._parent = parent
        self._ctx = ctx
        self._changes = changes
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._on_progress: Callable[[int, int], object] | None = None
        self._on_done: Callable[[], object] | None = None
        self._progress_relay: _ProgressRelay | None = None
        self.serial = 0
        self.running = False
        self.cancelled = False
        #: What the finished run changed (``Change.NONE`` until then, or after a failure).
        self.changed = Change.NONE

    # --- building ----------------------------------------------------------------------

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Call ``callback(result)`` in the GUI thread once the work has succeeded."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Op[T]:
        """Call ``callback(error)`` in the GUI thread when the work raised.

        Without one a failure is dropped: a query asked again later answers then.
        """
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int], object]) -> Op[T]:
        """Call ``callback(done, total)`` in the GUI thread for each :meth:`report`."""
        self._on_progress = callback
        return self

    def finally_(self, callback: Callable[[], object]) -> Op[T]:
        """Call ``callback()`` after success or failure (not once cancelled)."""
        self._on_done = callback
        return self

    # --- running -----------------------------------------------------------------------

    def run(self) -> Op[T]:
        """Start the work on the global thread pool; returns the op."""
        dispatcher = _the_dispatcher()
        self._progress_relay = dispatcher.progress_relay
        self.serial = next_serial()
        self.running, self.cancelled = True, False
        dispatcher.ops[self.serial] = self  # type: ignore[assignment]
        start_job(self._open_uow, self._work, self.serial)
        return self

    def report(self, done: int, total: int) -> None:
        """Progress from inside the work (any thread): ``done`` of ``total``."""
        relay = self._progress_relay
        if relay is not None and self.serial:
            relay.progress.emit(self.serial, int(done), int(total))

    def cancel(self) -> None:
        """Drop the answer: no callback runs (the work itself finishes; its changes are
        still announced)."""
        self.cancelled = True

    # --- finishing (GUI thread) --------------------------------------------------------

    def _asker_alive(self) -> bool:
        return not self.cancelled and (self._parent is None or shiboken6.isValid(self._parent))

    def _progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._asker_alive():
            self._on_progress(done, total)

    def _finish(self, result: object) -> None:
        self.running = False
        if isinstance(result, Exception):
            if self._asker_alive():
                if self._on_failure is not None:
                    self._on_failure(result)
                if self._on_done is not None:
                    self._on_done()
            return
        value: T = result  # type: ignore[assignment]
        changes = self._changes if isinstance(self._changes, Change) else self._changes(value)
        self.changed = changes
        try:
            if self._asker_alive():
                if self._on_success is not None:
                    self._on_success(value)
                if self._on_done is not None:
                    self._on_done()
        finally:  # the data changed, whatever the asker did with the answer
            if self._ctx is not None and shiboken6.isValid(self._ctx):
                self._ctx.notify(changes)


def query_op(
    ctx: DeskContext, work: Callable[[UnitOfWork], T], parent: QObject | None = None
) -> Op[T]:
    """An op that only reads (Anki's ``QueryOp``): it changes nothing."""
    return Op(ctx.new_uow, work, parent=parent, ctx=ctx)


def collection_op(
    ctx: DeskContext,
    work: Callable[[UnitOfWork], T],
    changes: Change | Callable[[T], Change],
    parent: QObject | None = None,
) -> Op[T]:
    """An op that changes data (Anki's ``CollectionOp``): ``changes`` says what; every
    view hears it through ``ctx.changed`` right after the asker's ``success``."""
    return Op(ctx.new_uow, work, parent=parent, ctx=ctx, changes=changes)
