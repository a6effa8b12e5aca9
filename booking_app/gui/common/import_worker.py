"""Running an import off the GUI thread: its own unit of work, results through signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from booking_app.core.errors import BookingDeskError, ImportFileError, RowError
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork


class ImportSignals(QObject):
    """What an :class:`ImportJob` reports; connect in the GUI thread (queued delivery)."""

    progress = Signal(int, int)  # rows checked, rows in all
    succeeded = Signal(str, int)  # kind, rows imported
    failed = Signal(str, object)  # kind, list[RowError]


class ImportJob(QRunnable):
    """Imports one file on a pool thread. Never touches a widget.

    The job opens its own unit of work (a SQLite connection must not be shared with
    the GUI thread while both work) and always closes it.
    """

    def __init__(
        self, open_uow: Callable[[], UnitOfWork], kind: str, path: str | Path, clerk: str = ""
    ) -> None:
        super().__init__()
        self.signals = ImportSignals()
        self._open_uow = open_uow
        self._kind = kind
        self._path = Path(path)
        self._clerk = clerk

    def run(self) -> None:
        """Import, then emit ``succeeded`` or ``failed`` (exactly one of them)."""
        try:
            uow = self._open_uow()
            try:
                count = import_sheet(
                    uow, self._kind, self._path, self.signals.progress.emit, self._clerk
                )
            finally:
                uow.close()
        except ImportFileError as exc:
            self.signals.failed.emit(self._kind, list(exc.errors))
        except BookingDeskError as exc:
            self.signals.failed.emit(self._kind, [RowError(self._path.name, 0, None, str(exc))])
        except Exception as exc:  # a locked or broken database: tell the clerk, keep running
            message = f"could not import ({exc.__class__.__name__}: {exc})"
            self.signals.failed.emit(self._kind, [RowError(self._path.name, 0, None, message)])
        else:
            self.signals.succeeded.emit(self._kind, count)
