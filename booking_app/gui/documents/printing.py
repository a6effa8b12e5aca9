"""Booking documents for the GUI: rendering jobs, saving first, printing PDF pages.

The PDFs themselves come from :mod:`booking_app.documents.printing`; this module only
runs it off the GUI thread (one render at a time: reportlab keeps process-wide state)
and puts the pages of a rendered PDF on a printer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from booking_app.gui.documents.render_lock import RENDER_LOCK
from booking_app.store.uow import UnitOfWork

if TYPE_CHECKING:
    from booking_app.gui.editor.booking_editor import BookingEditor

# Pages are rendered for the printer at its resolution, but never finer than this:
# a 1200 dpi A4 page would be a 550 MB image.
MAX_PRINT_DPI = 300


def render_work(booking_no: str, kind: str, path: Path) -> Callable[[UnitOfWork], Path]:
    """The work (for an :class:`~booking_app.gui.common.ops.Op`) writing the booking's
    document to ``path``.

    ``kind`` is ``quotation``, ``confirmation`` or ``costsheet`` (the internal one).
    """

    def render(uow: UnitOfWork) -> Path:
        from booking_app.documents import printing  # reportlab loads only when printing

        with RENDER_LOCK:
            if kind == "confirmation":
                return printing.render_confirmation(uow, booking_no, path)
            if kind == "costsheet":
                return printing.render_costsheet(uow, booking_no, path)
            return printing.render_quotation(uow, booking_no, path)

    return render


def ensure_saved(editor: BookingEditor) -> bool:
    """True when the booking is saved as shown; asks to save it first when it is not.

    A never-saved booking, or one with unsaved edits, is saved only if the clerk
    answers Save; Cancel (or a failed save) stops the printing.
    """
    if editor.booking_no is not None and not editor.is_dirty():
        return True
    if editor.booking_no is not None and editor.is_read_only():
        return True  # nothing can be edited, so nothing is unsaved
    question = QCoreApplication.translate(
        "DocumentActions", "%1 must be saved before it is printed. Save it now?"
    ).replace("%1", editor.title())
    answer = QMessageBox.question(
        editor,
        QCoreApplication.translate("DocumentActions", "Save first"),
        question,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer != QMessageBox.StandardButton.Save:
        return False
    return editor.save() and editor.booking_no is not None


def match_page_size(printer: QPrinter, document: QPdfDocument) -> None:
    """Give the printer the paper and orientation of the PDF's first page."""
    if document.pageCount() < 1:
        return
    points = document.pagePointSize(0)
    landscape = points.width() > points.height()
    short, long = sorted((points.width(), points.height()))
    match = QPageSize.SizeMatchPolicy.FuzzyMatch
    printer.setPageSize(QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", match))
    orientation = QPageLayout.Orientation
    printer.setPageOrientation(orientation.Landscape if landscape else orientation.Portrait)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` on ``printer``, one sheet per page.

    Each page is rendered to an image at the printer's resolution (capped at
    :data:`MAX_PRINT_DPI`) and drawn scaled to fit the paper. Returns the pages printed.

    Raises:
        RuntimeError: the printer cannot be started (no such printer, file not writable).
    """
    pages = document.pageCount()
    if pages < 1:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(
            QCoreApplication.translate("DocumentActions", "The printer could not be started.")
        )
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(pages):
            if page and not printer.newPage():
                raise RuntimeError(
                    QCoreApplication.translate("DocumentActions", "The printer stopped.")
                )
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            area = QRectF(painter.viewport())
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages
