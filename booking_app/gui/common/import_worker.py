"""A sheet import as work for an :class:`~booking_app.gui.common.ops.Op`, and its errors as rows.

The work runs on a pool thread on the op's own unit of work (a SQLite connection must not
be shared with the GUI thread while both work); its failure is turned into the rows the
errors dialog lists, in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from booking_app.core.errors import BookingDeskError, ImportFileError, RowError
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork


def import_work(
    kind: str, path: str | Path, clerk: str, progress: Callable[[int, int], None]
) -> Callable[[UnitOfWork], int]:
    """The work importing ``path`` as ``kind``: the rows imported.

    ``progress(rows checked, rows in all)`` is called from the pool thread.
    """

    def work(uow: UnitOfWork) -> int:
        return import_sheet(uow, kind, Path(path), progress, clerk)

    return work


def import_errors(error: Exception, path: str | Path) -> list[RowError]:
    """Why an import was refused, as rows for the errors dialog (nothing was imported)."""
    name = Path(path).name
    if isinstance(error, ImportFileError):
        return list(error.errors)
    if isinstance(error, BookingDeskError):
        return [RowError(name, 0, None, error.own_text, code=error.code, params=error.params)]
    # a locked or broken database: tell the clerk, keep running
    detail = f"{error.__class__.__name__}: {error}"
    return [RowError(name, 0, None, f"could not import ({detail})", code="import_failed",
                     params={"detail": detail})]  # fmt: skip
