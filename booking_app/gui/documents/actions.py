"""The main window's document actions: preview, print on paper, save PDF, Ctrl+P, cost sheet.

Each renders the booking's quotation (or confirmation, or the internal cost sheet) on
a pool thread through
:mod:`booking_app.documents.printing`, then, back in the GUI thread, shows it in a
:class:`PdfPreviewDialog`, sends its pages to a printer, or reports the file written.
A booking with unsaved edits is saved first (the clerk is asked).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from booking_app.core.booking_rules import document_kind
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.ops import Op, query_op
from booking_app.gui.common.problems import problem_text
from booking_app.gui.common.workers import next_serial
from booking_app.gui.documents.pdf_preview import PdfPreviewDialog
from booking_app.gui.documents.printing import (
    ensure_saved,
    match_page_size,
    print_pdf,
    render_work,
)

if TYPE_CHECKING:
    from booking_app.gui.editor.booking_editor import BookingEditor


class DocumentHost(Protocol):
    """What the document actions need of the window they serve (nothing more)."""

    ctx: DeskContext
    #: The PDF Ctrl+P wrote last, and whether it is opened in the system's viewer.
    last_printed: Path | None
    open_printed: bool

    def window(self) -> QWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def ask_pdf_path(self, name: str) -> Path | None: ...


def new_printer() -> QPrinter:
    """The printer the print dialog starts from."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


class DocumentActions(QObject):
    """Renders, previews, prints and saves the documents of the window's bookings."""

    def __init__(self, window: DocumentHost) -> None:
        super().__init__(window.window())
        self.window = window
        self.temp_dir = QTemporaryDir()
        # the renders running
        self._pending: set[Op[Path]] = set()
        # the printer the print dialog starts from (tests give a PDF printer)
        self.printer_factory: Callable[[], QPrinter] = new_printer
        self.preview_dialog: PdfPreviewDialog | None = None
        self.last_saved: Path | None = None
        self.pages_printed = 0

    # --- what the actions do -----------------------------------------------------------

    def preview(self, editor: BookingEditor) -> bool:
        """Render the booking's document to a temporary PDF and show it."""
        return self._render(editor, "preview")

    def cost_sheet(self, editor: BookingEditor) -> bool:
        """Render the booking's internal cost sheet (both sides, margin) and show it."""
        return self._render(editor, "preview", "costsheet")

    def print_on_paper(self, editor: BookingEditor) -> bool:
        """Render the booking's document, then print it through the print dialog."""
        return self._render(editor, "paper")

    def save_pdf(self, editor: BookingEditor) -> bool:
        """Ask where, then write the booking's document there."""
        if not ensure_saved(editor) or editor.booking_no is None:
            return False
        return self.save_booking_pdf(editor.booking_no, document_kind(editor.status))

    def write_and_open(self, editor: BookingEditor) -> bool:
        """Ctrl+P: ask where, write the PDF, then open it in the system's viewer."""
        if not ensure_saved(editor) or editor.booking_no is None:
            return False
        number, kind = editor.booking_no, document_kind(editor.status)
        path = self.window.ask_pdf_path(f"{number}-{kind}.pdf")
        if path is None:
            return False
        self._start(number, kind, path, "open")
        return True

    def save_booking_pdf(self, number: str, kind: str) -> bool:
        """Ask where, then write the document of booking ``number`` there."""
        path = self.window.ask_pdf_path(f"{number}-{kind}.pdf")
        if path is None:
            return False
        self._start(number, kind, path, "save")
        return True

    def print_file(self, path: Path, parent: QWidget | None = None) -> bool:
        """Print the PDF at ``path`` after the print dialog (False when cancelled)."""
        document = QPdfDocument(self)
        try:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                self._show_error(self.tr("Cannot read %1").replace("%1", str(path)))
                return False
            return self.print_document(document, parent)
        finally:
            document.close()
            document.deleteLater()

    def print_document(self, document: QPdfDocument, parent: QWidget | None = None) -> bool:
        """The print dialog, then every page of ``document`` on the printer chosen."""
        printer = self.printer_factory()
        match_page_size(printer, document)
        dialog = QPrintDialog(printer, parent or self.window.window())
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            self.pages_printed = print_pdf(document, printer)
        except RuntimeError as exc:
            self._show_error(problem_text(exc))
            return False
        self._status(self.tr("Printed %n page(s).", "", self.pages_printed))
        return True

    # --- jobs --------------------------------------------------------------------------

    def _render(self, editor: BookingEditor, purpose: str, kind: str | None = None) -> bool:
        if not ensure_saved(editor) or editor.booking_no is None:
            return False
        number, kind = editor.booking_no, kind or document_kind(editor.status)
        if not self.temp_dir.isValid():
            self._show_error(self.tr("No folder for temporary files."))
            return False
        path = Path(self.temp_dir.path()) / f"{number}-{kind}-{next_serial()}.pdf"
        self._start(number, kind, path, purpose)
        return True

    def _start(self, number: str, kind: str, path: Path, purpose: str) -> None:
        # writing a PDF changes no data: a query as far as the views are concerned
        op = query_op(self.window.ctx, render_work(number, kind, path), self)
        done = partial(self._on_rendered, op, (purpose, number, kind))
        self._pending.add(op.success(done).failure(done).run())
        self._status(self.tr("Writing %1…").replace("%1", path.name), 0)

    def is_busy(self) -> bool:
        """True while a document is being rendered."""
        return bool(self._pending)

    def _on_rendered(
        self, op: Op[Path], job: tuple[str, str, str], result: Path | Exception
    ) -> None:
        self._pending.discard(op)
        purpose, number, kind = job
        if not isinstance(result, Path):
            if purpose == "open":
                self._status(self.tr("Not printed: %1").replace("%1", problem_text(result)))
            else:
                self._status("")
                self._show_error(problem_text(result))
            return
        self._file_done(purpose, number, kind, result)

    def _file_done(self, purpose: str, number: str, kind: str, result: Path) -> None:
        self._status("")
        if purpose == "preview":
            self._show_preview(result, number, kind)
        elif purpose == "paper":
            self.print_file(result)
        else:
            self.last_saved = result
            self._status(self.tr("Saved %1").replace("%1", str(result)), 8000)
            if purpose == "open":
                self.window.last_printed = result
                opened = not self.window.open_printed or QDesktopServices.openUrl(
                    QUrl.fromLocalFile(str(result))
                )
                if not opened:
                    self._no_viewer(result)

    def _show_preview(self, path: Path, number: str, kind: str) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        title = f"{number} · {self._kind_label(kind)}"
        dialog = PdfPreviewDialog(path, title, self.window.window())
        dialog.print_requested.connect(self._print_previewed)
        dialog.save_requested.connect(self._save_previewed)
        dialog.setProperty("booking_no", number)
        dialog.setProperty("kind", kind)
        self.preview_dialog = dialog
        dialog.show()

    def _print_previewed(self) -> None:
        dialog = self.preview_dialog
        if dialog is not None:
            self.print_document(dialog.document, dialog)

    def _save_previewed(self) -> None:
        dialog = self.preview_dialog
        if dialog is not None:
            self.save_booking_pdf(str(dialog.property("booking_no")), str(dialog.property("kind")))

    # --- telling the clerk -------------------------------------------------------------

    def _kind_label(self, kind: str) -> str:
        if kind == "costsheet":
            return self.tr("Cost sheet (internal)")
        return self.tr("Confirmation") if kind == "confirmation" else self.tr("Quotation")

    def _status(self, text: str, timeout: int = 5000) -> None:
        if text:
            self.window.statusBar().showMessage(text, timeout)
        else:
            self.window.statusBar().clearMessage()

    def _no_viewer(self, path: Path) -> None:
        """The PDF was written but no program opened it: say so, and where it is."""
        text = self.tr(
            "Saved %1, but no program could open it. Open the file from its folder, or"
            " install a PDF viewer."
        ).replace("%1", str(path))
        self._status(text, 0)
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self.window.window(), self.tr("Documents"), text)
