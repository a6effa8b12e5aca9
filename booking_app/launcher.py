"""Starting the desk with no command: create the database if new (with demo data), open the GUI."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from booking_app.core.errors import BookingDeskError
from booking_app.services.setup import init_database
from booking_app.store.db import is_network_path


def prepare_database(db_path: Path | str) -> bool:
    """Create the database with the demo corridor data and the sample bookings when it
    does not exist yet (a newcomer sees a working desk at once).

    Returns:
        True when the database was created now.
    """
    if isinstance(db_path, str):  # an office server: set up by `server init`, no demo data
        init_database(db_path).close()
        return False
    is_new = not db_path.exists()
    init_database(db_path, demo=is_new, samples=is_new).close()
    return is_new


def launch_gui(db_path: Path | str) -> int:
    """Open the GUI on ``db_path`` (created with the demo data if new); the exit status."""
    if is_network_path(db_path):
        print(f"warning: {db_path} is on a network share; SQLite may corrupt it there",
              file=sys.stderr)  # fmt: skip
    try:
        prepare_database(db_path)
    except (BookingDeskError, sqlite3.Error, OSError):
        pass  # the GUI says what is wrong in a dialog and offers another file or a restore
    from booking_app.gui.app import run_gui  # Qt is imported only when the GUI opens

    return run_gui(db_path)
