"""The log of unforeseen errors (data-safety.md §1): a traceback kept for whoever fixes it.

The command line and the GUI tell the user one line naming this file; the traceback
itself goes only here, in the per-user log folder (``platformdirs``).
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

from platformdirs import user_log_dir

from booking_app.core.clock import clock_from_environment

LOG_NAME = "booking-desk.log"


def log_path() -> Path:
    """The log file in the per-user log folder."""
    return Path(user_log_dir("booking-desk", appauthor=False)) / LOG_NAME


def log_exception(exc: BaseException, where: str = "") -> Path:
    """Append ``exc``'s traceback (with the time and what was running) to the log.

    Returns:
        The log file (or a file in the temporary folder when the log folder is unusable).
    """
    try:
        stamp = clock_from_environment().now().isoformat(timespec="seconds")
    except ValueError:
        stamp = "?"
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    entry = f"--- {stamp} {where}\n{text}\n"
    for path in (log_path(), Path(os.environ.get("TMPDIR", "/tmp")) / LOG_NAME):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write(entry)
            return path
        except OSError:
            continue
    return log_path()


def bug_message(exc: BaseException, log: Path) -> str:
    """The one line shown for an unforeseen error."""
    return f"internal error ({type(exc).__name__}); the details are in {log}"
