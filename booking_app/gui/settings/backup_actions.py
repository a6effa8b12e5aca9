"""*Back up now*, *Restore…* and the automatic backup at the first start of a day."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QStatusBar, QTabWidget, QWidget

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.file_choice import refuses_database_file
from booking_app.gui.common.file_dialogs import ask_open_path, ask_save_path
from booking_app.gui.common.problems import problem_text

if TYPE_CHECKING:
    from booking_app.gui.editor.booking_editor import BookingEditor

__all__ = ["BackupActions", "BackupHost", "refuses_database_file", "start_of_day_backup"]


class BackupHost(Protocol):
    """What the backup actions need of the window: the desk, its open bookings, a status bar."""

    ctx: DeskContext
    tabs: QTabWidget

    def window(self) -> QWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def editors(self) -> list[BookingEditor]: ...
    def close_tab(self, index: int) -> bool: ...


def start_of_day_backup(ctx: DeskContext) -> Path | None:
    """Back the database up into ``backups/`` if no backup was made today (keeps 14).

    Returns:
        The backup written, or None (one was made today already, or it failed: a
        failed automatic backup never keeps the desk from starting).
    """
    from booking_app.services import backups  # loaded when used (not by the window)

    try:
        return backups.daily_backup(ctx.uow)
    except (BookingDeskError, OSError):
        return None


class BackupActions(QObject):
    """The slots behind the File menu's *Back up now* and *Restore…*."""

    def __init__(self, window: BackupHost) -> None:
        super().__init__(window.window())
        self.window = window
        self.ctx = window.ctx

    def ask_backup_path(self) -> Path | None:
        """Where to write a backup (None when the clerk cancels)."""
        from booking_app.services import backups  # loaded when used (not by the window)

        assert isinstance(self.ctx.db_path, Path)
        stamp = self.ctx.clock.now().strftime("%Y%m%d-%H%M")
        chosen, _ = ask_save_path(
            self.window.window(), "backup", self.tr("Back up the database"),
            f"{self.ctx.db_path.stem}-{stamp}.sqlite3",
            self.tr("Booking desk databases (*.sqlite3)"),
            default=backups.backup_folder(self.ctx.db_path),
        )  # fmt: skip
        return chosen

    def ask_restore_path(self) -> Path | None:
        """Which backup to restore (None when the clerk cancels)."""
        from booking_app.services import backups  # loaded when used (not by the window)

        assert isinstance(self.ctx.db_path, Path)
        return ask_open_path(
            self.window.window(), "backup", self.tr("Restore a backup"),
            self.tr("Booking desk databases (*.sqlite3 *.db);;All files (*)"),
            default=backups.backup_folder(self.ctx.db_path),
        )  # fmt: skip

    def confirm_restore(self, source: Path) -> bool:
        """Ask before replacing the database (the current one is kept aside)."""
        answer = QMessageBox.question(
            self.window.window(),
            self.tr("Restore a backup"),
            self.tr("Replace the database with %1? The current database is kept aside.").replace(
                "%1", source.name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_server(self) -> bool:
        """True (after saying so) when the desk works on an office server, not a file."""
        if isinstance(self.ctx.db_path, Path):
            return False
        QMessageBox.information(
            self.window.window(), self.tr("Backups"),
            self.tr("The office server keeps its own backups; this desk has no file to copy."),
        )  # fmt: skip
        return True

    def backup_now(self) -> Path | None:
        """Write a checked copy of the database where the clerk says."""
        from booking_app.services import backups  # loaded when used (not by the window)

        if self._on_server():
            return None
        path = self.ask_backup_path()
        if path is None or refuses_database_file(self.window.window(), self.ctx, path):
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            written = backups.backup_database(self.ctx.uow, path)
        except (BookingDeskError, OSError) as exc:
            QMessageBox.warning(self.window.window(), self.tr("Backup failed"), problem_text(exc))
            return None
        self.window.statusBar().showMessage(
            self.tr("Backed up to %1").replace("%1", str(written)), 8000
        )
        return written

    def restore(self) -> bool:
        """Put a backup in place of the database, after closing the open bookings."""
        from booking_app.services import backups  # loaded when used (not by the window)

        if self._on_server():
            return False
        source = self.ask_restore_path()
        if source is None or not self.confirm_restore(source):
            return False
        for editor in list(self.window.editors()):
            if not self.window.close_tab(self.window.tabs.indexOf(editor)):
                return False
        assert isinstance(self.ctx.db_path, Path)
        try:
            done = backups.restore_database(self.ctx.db_path, source, self.ctx.clock)
        except BookingDeskError as exc:
            QMessageBox.warning(self.window.window(), self.tr("Restore failed"), problem_text(exc))
            return False
        self.ctx.reopen()
        self.ctx.notify(Change.ALL)
        self.window.statusBar().showMessage(
            self.tr("Restored %1; the previous database is kept as %2")
            .replace("%1", source.name)
            .replace("%2", str(done.kept_aside)),
            10000,
        )
        return True
