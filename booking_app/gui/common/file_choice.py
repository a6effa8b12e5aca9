"""Checks on a file the clerk chose to write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.problems import problem_text
from booking_app.services.files import check_output_path


def refuses_database_file(parent: QWidget, ctx: DeskContext, path: Path) -> bool:
    """True (after telling the clerk) when a file chosen to write is the database's own."""
    try:
        check_output_path(path, [ctx.db_path])
    except BookingDeskError as exc:
        title = QCoreApplication.translate("BackupActions", "Choose another file")
        QMessageBox.warning(parent, title, problem_text(exc))
        return True
    return False
