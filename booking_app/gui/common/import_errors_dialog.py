"""The bad rows of a refused import: file, line, column and what is wrong."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import RowError
from booking_app.gui.common.problems import row_problem_text
from booking_app.gui.common.rows_model import Column, RowsModel


class ImportErrorsDialog(QDialog):
    """Lists every bad row of a file; says that nothing was imported."""

    def __init__(
        self, file_name: str, errors: Sequence[RowError], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused: %1").replace("%1", file_name))
        self.errors = list(errors)
        self.model = RowsModel(
            [
                Column(self.tr("File"), lambda e: e.source),
                Column(self.tr("Line"), lambda e: str(e.line) if e.line > 0 else "—", True),
                Column(self.tr("Column"), lambda e: e.column or ""),
                Column(self.tr("Problem"), row_problem_text),
            ],
            self,
        )
        self.model.set_rows(self.errors)
        self.summary = QLabel(
            self.tr(
                "Problems found in %1: %2. Nothing was imported: correct the file and import"
                " it again."
            )
            .replace("%1", file_name)
            .replace("%2", str(len(self.errors)))
        )
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy list"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.table.setFocus()

    def report_text(self) -> str:
        """One line per bad row, as the command line prints them."""
        return "\n".join(str(e) for e in self.errors)

    def copy_to_clipboard(self) -> None:
        """Put the list on the clipboard (to mail it to whoever made the sheet)."""
        QApplication.clipboard().setText(self.report_text())
