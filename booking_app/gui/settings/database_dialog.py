"""Starting on a database that cannot be used, and errors nobody foresaw (data-safety §1, §6).

A file that is not a desk database, a damaged one, one from a newer desk, a locked or
read-only one: the desk says so in a dialog and offers to open another file, restore
a backup, or quit, never a traceback on the console. An unforeseen exception is
logged and shown in a dialog naming the log; the desk keeps running, and everything
saved stays saved.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from booking_app.core.clock import Clock
from booking_app.core.errors import BookingDeskError, ServerUnavailableError
from booking_app.crashlog import log_exception
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.file_dialogs import ask_open_path
from booking_app.gui.common.problems import problem_text
from booking_app.services.backups import restore_database
from booking_app.services.setup import init_database
from booking_app.store.db import database_error

#: What the clerk chose: ("open", a database), ("restore", a backup) or ("quit", None).
Choice = tuple[str, Path | None]
Ask = Callable[[str, Path], Choice]


def open_problem(exc: Exception, path: Path) -> str | None:
    """The sentence for an error met while opening the database (None: a bug)."""
    if isinstance(exc, BookingDeskError):
        return problem_text(exc)
    if isinstance(exc, sqlite3.Error):
        error = database_error(exc, path)
        return None if error is None else problem_text(error)
    if isinstance(exc, OSError):
        return (
            QCoreApplication.translate("DatabaseDialog", "cannot open the database %1: %2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or exc.__class__.__name__)
        )
    return None


def open_desk(
    db_path: Path | str,
    ask: Ask,
    clock: Clock | None = None,
    inform: Callable[[str], None] = print,
) -> DeskContext | None:
    """A desk context on ``db_path``, or on the file the clerk picks instead; None: quit.

    A database that does not exist yet is created with the demo data and the sample
    bookings (as at first start).
    An office server (a ``postgresql://`` URL) is opened as it is; when it cannot be
    reached the clerk is told so (``inform``) and None is returned.
    """
    if isinstance(db_path, str):
        try:
            return DeskContext(db_path, clock=clock)
        except ServerUnavailableError as exc:  # a desk starts only with the server there
            inform(problem_text(exc))
            return None
    path = db_path
    while True:
        try:
            if not path.exists():
                init_database(path, demo=True, clock=clock, samples=True).close()
            return DeskContext(path, clock=clock)
        except Exception as exc:
            problem = open_problem(exc, path)
            if problem is None:
                raise
        action, chosen = ask(problem, path)
        if action == "open" and chosen is not None:
            path = chosen
        elif action == "restore" and chosen is not None:
            try:
                restore_database(path, chosen, clock)
            except BookingDeskError as exc:
                inform(problem_text(exc))
        elif action == "quit":
            return None


def problem_box(problem: str, parent: QWidget | None = None) -> QMessageBox:
    """The dialog's box: the problem, and buttons to open, restore or quit (in that order)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("DatabaseDialog", "The database cannot be opened")
    )
    box.setText(problem)
    box.setInformativeText(
        QCoreApplication.translate(
            "DatabaseDialog", "Open another database, restore a backup, or quit."
        )
    )
    box.addButton(
        QCoreApplication.translate("DatabaseDialog", "&Open another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("DatabaseDialog", "&Restore a backup…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("DatabaseDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    return box


def ask_with_dialog(problem: str, path: Path, parent: QWidget | None = None) -> Choice:
    """The dialog: open another file, restore a backup, or quit."""
    box = problem_box(problem, parent)
    open_button, restore_button, _quit = box.buttons()[:3]
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        title = QCoreApplication.translate("DatabaseDialog", "Open a database")
        kinds = QCoreApplication.translate(
            "DatabaseDialog", "Booking desk databases (*.sqlite3 *.db);;All files (*)"
        )
        chosen = ask_open_path(parent, "database", title, kinds, default=path.parent)
        return ("open", chosen) if chosen else ("ask", None)
    if clicked is restore_button:
        title = QCoreApplication.translate("DatabaseDialog", "Restore a backup")
        kinds = QCoreApplication.translate(
            "DatabaseDialog", "Backups (*.sqlite3 *.db);;All files (*)"
        )
        chosen = ask_open_path(parent, "backup", title, kinds, default=path.parent / "backups")
        return ("restore", chosen) if chosen else ("ask", None)
    return ("quit", None)


def show_warning(text: str) -> None:
    """A plain warning dialog (no parent window yet)."""
    QMessageBox.warning(None, QCoreApplication.translate("DatabaseDialog", "Booking desk"), text)


def crash_text(exc: BaseException, log: Path) -> str:
    """The dialog's text for an unforeseen error: the CLI's line (data-safety §1), in the
    desk's language, and that nothing saved is lost."""
    line = (
        QCoreApplication.translate("DatabaseDialog", "internal error (%1); the details are in %2")
        .replace("%1", type(exc).__name__)
        .replace("%2", str(log))
    )
    return (
        line
        + "\n"
        + QCoreApplication.translate("DatabaseDialog", "Everything saved so far is kept.")
    )


class ExceptionDialogHook:
    """``sys.excepthook`` for the GUI: log the traceback, show one dialog naming the log."""

    def __init__(
        self, show: Callable[[str], None] | None = None, db_path: Path | str | None = None
    ) -> None:
        self.show = show or self._dialog
        self.db_path = db_path
        self.previous = sys.excepthook
        self.shown: list[str] = []

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        known = database_error(exc, self.db_path or "") if isinstance(exc, sqlite3.Error) else None
        if isinstance(exc, BookingDeskError) or known is not None:
            text = str(known or exc)
        else:
            text = crash_text(exc, log_exception(exc, "booking desk (GUI)"))
        self.shown.append(text)
        self.show(text)

    @staticmethod
    def _dialog(text: str) -> None:
        QMessageBox.critical(
            None, QCoreApplication.translate("DatabaseDialog", "Booking desk"), text
        )

    def install(self) -> ExceptionDialogHook:
        """Make this the interpreter's exception hook."""
        sys.excepthook = self
        return self
