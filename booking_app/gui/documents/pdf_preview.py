"""The in-program PDF preview: pages, zoom, and Print… / Save PDF… for the same file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
PREFERRED_SIZE = QSize(820, 980)
#: What a window manager's title bar and borders may take around the dialog.
FRAME_ROOM = QSize(16, 48)
ZOOM_RANGE = (0.25, 6.0)


class PdfPreviewDialog(QDialog):
    """Shows one rendered PDF; asks its owner to print or save it.

    ``print_requested`` and ``save_requested`` leave the printing and saving to the
    owner, which knows the booking; the dialog only shows the pages.
    """

    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.document_title = title
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_count_label = QLabel()
        self.zoom_out_button = QToolButton()
        self.zoom_in_button = QToolButton()
        self.fit_width_button = QToolButton()
        self.fit_page_button = QToolButton()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.buttons.addButton(self.print_button, role)
        self.buttons.addButton(self.save_button, role)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_spin, self.page_count_label,
                       self.next_button):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button,
                       self.fit_page_button):  # fmt: skip
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_spin.valueChanged.connect(self._page_chosen)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_width_button.clicked.connect(self.fit_width)
        self.fit_page_button.clicked.connect(self.fit_page)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.buttons.rejected.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.document.pageCountChanged.connect(self._count_changed)

        self.retranslate_ui()
        self.fit_to_screen()
        self.document.load(str(pdf_path))
        self._count_changed(self.document.pageCount())

    def fit_to_screen(self) -> None:
        """An A4 page's proportions (820×980) where the screen has room, else the room
        there is: the whole window, its frame included, within the screen's available
        area (a 1366×768 laptop, a 900-pixel screen), and placed inside it."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        # the window manager's frame is not known before the window is shown: leave room
        width = min(PREFERRED_SIZE.width(), room.width() - FRAME_ROOM.width())
        height = min(PREFERRED_SIZE.height(), room.height() - FRAME_ROOM.height())
        self.resize(width, height)
        left = room.left() + max((room.width() - width - FRAME_ROOM.width()) // 2, 0)
        top = room.top() + max((room.height() - height - FRAME_ROOM.height()) // 2, 0)
        self.move(left, top)

    # --- pages and zoom ----------------------------------------------------------------

    def page_count(self) -> int:
        """Pages in the document shown."""
        return int(self.document.pageCount())

    def current_page(self) -> int:
        """The page shown (0-based)."""
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (0-based, kept within the document)."""
        last = max(self.page_count() - 1, 0)
        page = min(max(page, 0), last)
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def previous_page(self) -> None:
        """One page back."""
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        """One page on."""
        self.go_to_page(self.current_page() + 1)

    def zoom_in(self) -> None:
        """Larger, by one step."""
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Smaller, by one step."""
        self._zoom_by(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        """Pages as wide as the view."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        """A whole page in view."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _zoom_by(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        zoom = min(max(self.view.zoomFactor() * factor, low), high)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _page_chosen(self, number: int) -> None:
        if number - 1 != self.current_page():
            self.go_to_page(number - 1)

    def _show_page(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    def _count_changed(self, count: int) -> None:
        self.page_spin.setMaximum(max(count, 1))
        self._show_count()
        self._show_page(self.current_page())

    def _show_count(self) -> None:
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(self.page_count())))

    # --- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", self.document_title))
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next page"))
        self.page_spin.setToolTip(self.tr("Page"))
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.fit_width_button.setText(self.tr("Fit width"))
        self.fit_page_button.setText(self.tr("Whole page"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save &PDF…"))
        self._show_count()
