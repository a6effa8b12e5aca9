"""A desk on an office server (office.md §5): live quotes from the local rate copy.

On a desk's own SQLite file these change nothing: the file is its own copy.
"""

from __future__ import annotations

from pathlib import Path

from booking_app.store.local_copy import copy_path, open_rate_copy, refresh_rate_copy
from booking_app.store.uow import UnitOfWork


def open_quote_copy(uow: UnitOfWork, folder: Path) -> Path | None:
    """Make (or refresh) the local rate copy of ``uow``'s server in ``folder``; its path,
    or None on a desk's own file.

    Raises:
        ServerUnavailableError: the server cannot be reached and no copy exists yet.
    """
    copy = open_rate_copy(uow, folder)
    if copy is None:
        return None
    copy.close()
    return copy_path(folder, str(getattr(uow.db, "url", "")))


def make_copy_current(uow: UnitOfWork, copy: Path | None) -> bool:
    """Before saving: refresh the copy if the server's rates moved on; True if they did
    (the desk then prices the request again, so the clerk sees what will be saved).

    Raises:
        ServerUnavailableError: the server cannot be reached; nothing is saved or lost.
    """
    if copy is None:
        return False
    unit = UnitOfWork.open(copy, uow.clock)
    try:
        return refresh_rate_copy(uow, unit)
    finally:
        unit.close()
