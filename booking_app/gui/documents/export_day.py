"""Export day…: the day's booking list as CSV, XLSX or PDF, written in the background.

The export runs on a pool thread with a unit of work of its own (closed after) and
never touches a widget: it reports progress through a signal carrying two ints, and
its result through :mod:`booking_app.gui.common.workers`' relay.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.file_choice import refuses_database_file
from booking_app.gui.common.file_dialogs import ask_save_path
from booking_app.gui.common.ops import Op, query_op
from booking_app.gui.common.problems import problem_text
from booking_app.gui.documents.render_lock import RENDER_LOCK
from booking_app.store.uow import UnitOfWork

# The formats offered, in the order of the file dialog's filters.
FORMATS = ("csv", "xlsx", "pdf")


def export_work(
    day: date, fmt: str, path: Path, progress: Callable[[int, int], None]
) -> Callable[[UnitOfWork], int]:
    """The work exporting ``day`` to ``path`` (for an :class:`~booking_app.gui.common.ops.Op`);
    ``progress(done, total)`` is called from the pool thread."""

    def work(uow: UnitOfWork) -> int:
        from booking_app.documents.printing import export_day  # reportlab loads only now

        if fmt == "pdf":
            with RENDER_LOCK:
                return export_day(uow, day, fmt, path, progress)
        return export_day(uow, day, fmt, path, progress)

    return work


class DayExporter(QObject):
    """Asks for the format and file, runs the export, shows progress and the outcome."""

    # A line for the status bar: what was exported where.
    message = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self._op: Op[int] | None = None
        self._path = Path()
        self.progress_dialog: QProgressDialog | None = None
        self.last_export: Path | None = None
        self.last_count = 0
        self.last_error = ""

    def is_busy(self) -> bool:
        """True while an export runs."""
        return self._op is not None

    def filters(self) -> list[str]:
        """The file dialog's filters, one per format of :data:`FORMATS`."""
        return [
            self.tr("CSV for Excel (*.csv)"),
            self.tr("Excel workbook (*.xlsx)"),
            self.tr("PDF list (*.pdf)"),
        ]

    def ask(self, day: date) -> tuple[str, Path] | None:
        """The format and file chosen by the clerk (None when cancelled)."""
        filters = self.filters()
        path, picked = ask_save_path(
            self.parent_widget, "export",
            self.tr("Export the bookings of %1").replace("%1", day.isoformat()),
            f"bookings-{day.isoformat()}.csv", ";;".join(filters), filters[0],
        )  # fmt: skip
        if path is None:
            return None
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:  # no or another suffix: the filter decides
            fmt = FORMATS[filters.index(picked)] if picked in filters else FORMATS[0]
            path = path.with_name(f"{path.name}.{fmt}")
        if refuses_database_file(self.parent_widget, self.ctx, path):
            return None
        return fmt, path

    def export_day(self, day: date) -> bool:
        """Ask for the file, then export ``day`` in the background (False if not started)."""
        if self.is_busy():
            self.message.emit(self.tr("An export is already running."))
            return False
        chosen = self.ask(day)
        if chosen is None:
            return False
        fmt, path = chosen
        self.start(day, fmt, path)
        return True

    def start(self, day: date, fmt: str, path: Path) -> None:
        """Export ``day`` as ``fmt`` to ``path`` on a pool thread."""
        self.last_error = ""
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Export day"))
        dialog.setLabelText(self.tr("Exporting the bookings of %1…").replace("%1", day.isoformat()))
        dialog.setCancelButton(None)  # no button: an export cannot be stopped halfway
        dialog.setRange(0, 0)  # busy until the first report
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.progress_dialog = dialog
        self._path = path
        # writing a file changes no data: a query as far as the views are concerned
        op: Op[int] = query_op(self.ctx, lambda uow: work(uow), self)
        work = export_work(day, fmt, path, op.report)
        op.progress(self._on_progress).success(self._on_exported).failure(self._on_failed)
        self._op = op.run()
        self.message.emit(self.tr("Exporting to %1…").replace("%1", path.name))

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        self._op = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_exported(self, result: int) -> None:
        self._close_progress()
        self.last_export, self.last_count = self._path, result
        self.message.emit(
            self.tr("Exported %n booking(s) to %1.", "", result).replace("%1", str(self._path))
        )

    def _on_failed(self, error: Exception) -> None:
        self._close_progress()
        self.last_error = problem_text(error)
        self.message.emit(self.tr("The export failed."))
        QMessageBox.warning(
            self.parent_widget,
            self.tr("Export day"),
            self.tr("The bookings could not be exported:\n%1").replace("%1", self.last_error),
        )
