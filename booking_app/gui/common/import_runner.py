"""One view's sheet imports in the background: file dialog, progress, outcome, errors dialog.

The import itself runs as a collection op (:mod:`booking_app.gui.common.ops`) on a pool
thread; this object only starts it, disables the view's import buttons meanwhile, shows
the outcome in the view's status label and the bad rows in an
:class:`~booking_app.gui.common.import_errors_dialog.ImportErrorsDialog`; the op tells every
view what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from booking_app.core.errors import RowError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.file_dialogs import ask_open_path
from booking_app.gui.common.formatting import number
from booking_app.gui.common.import_errors_dialog import ImportErrorsDialog
from booking_app.gui.common.import_worker import import_errors, import_work
from booking_app.gui.common.ops import Op, collection_op
from booking_app.gui.common.rights import lock
from booking_app.services.settings import current_settings

#: Each sheet a view imports → what it changes (the role needed: services.access.NEEDS).
IMPORT_NEEDS = {"parties": "parties", "pricing": "pricing_profiles", "sell-rates": "sell_tariffs"}


class SheetImports(QObject):
    """Runs one import at a time for a view.

    Args:
        notify: what a good import of each kind changes (announced through ``ctx.notify``).
    """

    # (kind, ok) once an import has ended and the view shows its outcome.
    finished = Signal(str, bool)

    def __init__(
        self,
        ctx: DeskContext,
        view: QWidget,
        status: QLabel,
        progress: QProgressBar,
        notify: dict[str, Change],
    ) -> None:
        super().__init__(view)
        self._ctx = ctx
        self._view = view
        self._status = status
        self._progress = progress
        self._notify = notify
        self.buttons: dict[str, QPushButton] = {}
        self.errors_dialog: ImportErrorsDialog | None = None
        self._op: Op[int] | None = None
        self._file = ""

    def show_rights(self) -> None:
        """Disable the imports the clerk's role may not make, naming the role needed."""
        for kind, button in self.buttons.items():
            lock(self._ctx.access, IMPORT_NEEDS.get(kind, "rates"), [button])

    def add_button(self, kind: str, button: QPushButton) -> None:
        """``button`` asks for a file and imports it as ``kind``."""
        button.clicked.connect(lambda _checked=False: self.choose_and_import(kind))
        self.buttons[kind] = button

    def choose_and_import(self, kind: str) -> None:
        """Ask for a CSV/XLSX file and import it in the background."""
        path = ask_open_path(
            self._view, "import", self.tr("Import"), self.tr("Sheets (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.import_file(kind, path)

    def import_file(self, kind: str, path: str | Path) -> bool:
        """Start importing ``path`` as ``kind`` on a pool thread; False if one is running."""
        if self._op is not None or not self._ctx.access.may(IMPORT_NEEDS.get(kind, "rates")):
            return False
        clerk = current_settings(self._ctx.uow).clerk_name
        changes = self._notify.get(kind, Change.NONE)
        op: Op[int] = collection_op(self._ctx, lambda uow: work(uow), changes, self)
        work = import_work(kind, path, clerk, op.report)
        op.progress(self._on_progress)
        op.success(lambda count: self._on_ok(kind, count))
        op.failure(lambda error: self._on_failed(kind, import_errors(error, path)))
        self._op, self._file = op, Path(path).name
        for button in self.buttons.values():
            button.setEnabled(False)
        self._progress.setRange(0, 0)  # busy until the first count arrives
        self._progress.show()
        self._status.setText(self.tr("Importing %1…").replace("%1", self._file))
        op.run()
        return True

    def is_importing(self) -> bool:
        """True while an import runs."""
        return self._op is not None

    def _on_progress(self, done: int, total: int) -> None:
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)

    def _end(self) -> None:
        self._op = None
        self._progress.hide()
        for button in self.buttons.values():
            button.setEnabled(True)
        self.show_rights()

    def _on_ok(self, kind: str, count: int) -> None:
        self._end()
        text = self.tr("Imported %1 rows from %2.")
        self._status.setText(text.replace("%1", number(count)).replace("%2", self._file))
        self.finished.emit(kind, True)

    def _on_failed(self, kind: str, errors: list[RowError]) -> None:
        self._end()
        self._status.setText(self.tr("Import refused: nothing was imported."))
        dialog = ImportErrorsDialog(self._file, errors, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.errors_dialog = dialog
        dialog.open()
        self.finished.emit(kind, False)
