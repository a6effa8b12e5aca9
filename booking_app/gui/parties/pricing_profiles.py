"""A customer's pricing profile rows in the Parties view: mode, rule, %, min margin %.

The rows are listed, added, edited and removed through :mod:`booking_app.services.pricing`
(the same checks as an imported pricing sheet); after a change the box calls
``ctx.notify(Change.PARTIES)`` and every view refreshes itself, this box included.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.core.selling import PricingProfile
from booking_app.core.sheet_rows import CellError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.formatting import number
from booking_app.gui.common.labels import mode_label, price_rule_labels
from booking_app.gui.common.number_edit import NumberEdit
from booking_app.gui.common.problems import problem_text
from booking_app.gui.common.rights import lock
from booking_app.gui.common.rows_model import Column, RowsModel
from booking_app.services import pricing
from booking_app.services.settings import current_settings

_ERROR_STYLE = "color: #b00020;"


class ProfileDialog(QDialog):
    """Add or edit one profile row; the service checks it and says what is wrong."""

    def __init__(
        self,
        ctx: DeskContext,
        customer: str,
        row: PricingProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer = customer
        self.replacing = None if row is None else row.mode
        self.mode = QComboBox()
        self.mode.addItem("", "")
        for mode in pricing.MODES:
            self.mode.addItem(mode_label(mode), mode)
        self.rule = QComboBox()
        for code, text in price_rule_labels():
            self.rule.addItem(text, code)
        self.percent, self.floor = NumberEdit(), NumberEdit()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        fields: tuple[QWidget, ...] = (self.mode, self.rule, self.percent, self.floor)
        for buddy, field in zip(self.labels, fields, strict=True):
            buddy.setBuddy(field)
            form.addRow(buddy, field)
            if isinstance(field, NumberEdit):
                form.addRow(field.message)  # under its field, shown only with a problem
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if row is not None:
            self.mode.setCurrentIndex(max(0, self.mode.findData(row.mode)))
            self.rule.setCurrentIndex(max(0, self.rule.findData(row.price.rule)))
            self.percent.set_plain(row.price.percent)
            self.floor.set_plain(row.min_margin_percent)
        self.setMinimumWidth(380)
        self.retranslate_ui()
        self.mode.setFocus()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        new = self.replacing is None
        title = self.tr("New pricing row for %1") if new else self.tr("Pricing row of %1")
        self.setWindowTitle(title.replace("%1", self.customer))
        texts = (self.tr("&Mode"), self.tr("&Rule"), self.tr("&Percent"), self.tr("Min. mar&gin %"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.percent.set_name(texts[2])
        self.floor.set_name(texts[3])
        self.mode.setItemText(0, self.tr("every mode"))
        self.floor.setPlaceholderText(self.tr("blank: the settings' floor"))

    def cells(self) -> dict[str, str] | None:
        """The row as pricing-sheet cells, or None (and a message) if a number is unreadable."""
        for edit in (self.percent, self.floor):
            if edit.problem() is not None:
                self.message.setText(self.tr("Not saved: %1").replace("%1", edit.named_problem()))
                edit.setFocus()
                return None
        return {
            "customer": self.customer,
            "mode": str(self.mode.currentData()),
            "rule": str(self.rule.currentData()),
            "percent": self.percent.plain_text(),
            "min_margin_percent": self.floor.plain_text(),
        }

    def save(self) -> None:
        """Save through the pricing service; close on success, else say why and stay."""
        cells = self.cells()
        if cells is None:
            return
        clerk = current_settings(self._ctx.uow).clerk_name
        try:
            pricing.save_profile(self._ctx.uow, cells, self.replacing, clerk)
        except BookingDeskError as exc:
            self.message.setText(self.tr("Not saved: %1").replace("%1", problem_text(exc)))
            if isinstance(exc, CellError):
                widget = {"percent": self.percent, "min_margin_percent": self.floor}
                widget.get(exc.column, self.mode).setFocus()
            return
        self.accept()
        self._ctx.notify(Change.PARTIES)


class ProfilesBox(QGroupBox):
    """The pricing rows of the customer shown in the party form."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer = ""
        self.dialog: ProfileDialog | None = None
        self.model = RowsModel(
            [
                Column("", lambda p: mode_label(p.mode) if p.mode else self.tr("every mode")),
                Column("", lambda p: dict(price_rule_labels()).get(p.price.rule, p.price.rule)),
                Column("", lambda p: number(p.price.percent), True),
                Column(
                    "",
                    lambda p: "" if p.min_margin_percent is None else number(p.min_margin_percent),
                    True,
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # four short columns share the box's width (no sideways scrolling in a narrow pane)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.activated.connect(lambda _index: self.edit_row())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_row)
        # PySide ignores a context= keyword with a callable: without this the shortcut is
        # window-wide (Delete in the tariff table would remove a profile row)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.hint = QLabel()  # one line (wrapped labels get clipped in a splitter pane)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.add_button, self.edit_button, self.remove_button = (
            QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        self.add_button.clicked.connect(self.add_row)
        self.edit_button.clicked.connect(self.edit_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate_ui()
        ctx.changed.connect(self._on_changed)
        self.set_customer("")

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setTitle(self.tr("Pricing profile"))
        self.model.set_headers(
            [self.tr("Mode"), self.tr("Rule"), self.tr("%"), self.tr("Min. margin %")]
        )
        self.add_button.setText(self.tr("Add &row…"))
        self.edit_button.setText(self.tr("Ed&it row…"))
        self.remove_button.setText(self.tr("Remo&ve row"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.set_rows(list(self.rows()))  # mode and rule names again
        super().changeEvent(event)

    def _show_hint(self) -> None:
        if not self.customer:
            text = self.tr("Save the party first to give it a pricing profile.")
        elif self.model.rowCount() == 0:
            text = self.tr("No profile: the settings' default price and floor apply.")
        else:
            text = self.tr("A mode's row wins over the every-mode row.")
        self.hint.setText(text)
        self.hint.setToolTip(
            self.tr("Each leg takes the row of its mode, else the every-mode row, else the"
                    " settings' default; a request's own markup or margin wins over all. The"
                    " floor comes from the first leg's row, else the every-mode row.")
        )  # fmt: skip

    def _enable(self) -> None:
        self.add_button.setEnabled(bool(self.customer))
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        buttons = (self.add_button, self.edit_button, self.remove_button)
        lock(self._ctx.access, "pricing_profiles", buttons)  # office.md §3

    def _on_changed(self, changes: Change) -> None:
        if Change.PARTIES in changes:
            self.reload()

    def rows(self) -> list[PricingProfile]:
        """The rows shown."""
        return [self.model.row(r) for r in range(self.model.rowCount())]

    def set_customer(self, name: str) -> None:
        """Show the rows of the party called ``name`` ('' for none: a new party)."""
        if name != self.customer:
            self.message.clear()
        self.customer = name
        self.reload()

    def reload(self) -> None:
        """Read the customer's rows again, keeping the selected mode."""
        keep = self.current()
        self.model.set_rows(pricing.list_profiles(self._ctx.uow, self.customer))
        if keep is not None:
            for number_ in range(self.model.rowCount()):
                if self.model.row(number_).mode == keep.mode:
                    self.table.selectRow(number_)
        self._show_hint()
        self._enable()

    def current(self) -> PricingProfile | None:
        """The selected row, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())  # type: ignore[no-any-return]

    def add_row(self) -> ProfileDialog | None:
        """Open the dialog for a new row (returns it; it is modal to the window)."""
        if not self._ctx.access.may("pricing_profiles"):  # office.md §3
            return None
        if not self.customer:
            return None
        return self._open(ProfileDialog(self._ctx, self.customer, None, self))

    def edit_row(self) -> ProfileDialog | None:
        """Open the dialog on the selected row."""
        if not self._ctx.access.may("pricing_profiles"):  # office.md §3
            return None
        row = self.current()
        if row is None:
            return None
        return self._open(ProfileDialog(self._ctx, self.customer, row, self))

    def _open(self, dialog: ProfileDialog) -> ProfileDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove_row(self) -> bool:
        """Remove the selected row through the service."""
        if not self._ctx.access.may("pricing_profiles"):  # office.md §3
            return False
        row = self.current()
        if row is None:
            return False
        clerk = current_settings(self._ctx.uow).clerk_name
        try:
            pricing.delete_profile(self._ctx.uow, row.customer, row.mode, clerk)
        except BookingDeskError as exc:
            self.message.setStyleSheet(_ERROR_STYLE)
            self.message.setText(self.tr("Not removed: %1").replace("%1", problem_text(exc)))
            return False
        self.table.setCurrentIndex(QModelIndex())
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Row removed."))
        self._ctx.notify(Change.PARTIES)
        return True
