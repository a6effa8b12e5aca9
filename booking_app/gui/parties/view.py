"""The parties view: customers, shippers and consignees, with names in any script; the
selected customer's pricing profile and contract tariff; imports of parties, pricing and
sell-rates sheets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.import_runner import SheetImports
from booking_app.gui.common.local_shortcuts import LocalShortcuts
from booking_app.gui.common.problems import problem_text
from booking_app.gui.common.rows_model import Column, RowsModel
from booking_app.gui.parties.pricing_profiles import ProfilesBox
from booking_app.gui.parties.tariff_box import TariffBox
from booking_app.services import catalog
from booking_app.services.catalog import Party
from booking_app.services.settings import current_settings

_LINE_FIELDS = ("name", "contact", "phone", "email", "tax_id")


class PartiesView(QWidget):
    """Search the parties, pick one, edit it in the form beside the list; or add one."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.party_id: int | None = None  # the party in the form; None for a new one
        self.total = 0  # parties the search matches (the list shows the first 500)
        self._stale = False  # parties changed while the view was hidden
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.model = RowsModel(
            [
                Column("", lambda p: p.name),
                Column("", lambda p: p.contact),
                Column("", lambda p: p.phone),
                Column("", lambda p: p.email),
                Column("", lambda p: p.tax_id),
                Column("", lambda p: p.address.replace("\n", ", ")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.activated.connect(lambda _index: self.fields["name"].setFocus())
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        # imports of parties and pricing sheets, in the background
        self.import_label = QLabel()
        self.import_parties_button, self.import_pricing_button = QPushButton(), QPushButton()
        self.import_sell_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel()  # a long message must not widen the window (it is clipped)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.imports = SheetImports(
            ctx, self, self.status, self.progress,
            {"parties": Change.PARTIES, "pricing": Change.PARTIES, "sell-rates": Change.PARTIES},
        )
        self.imports.add_button("parties", self.import_parties_button)
        self.imports.add_button("pricing", self.import_pricing_button)
        self.imports.add_button("sell-rates", self.import_sell_button)
        import_row = QHBoxLayout()
        for widget in (self.import_label, self.import_parties_button, self.import_pricing_button,
                       self.import_sell_button, self.progress):  # fmt: skip
            import_row.addWidget(widget)
        import_row.addWidget(self.status, 1)
        left_layout.addLayout(import_row)

        self.fields: dict[str, QLineEdit] = {k: QLineEdit() for k in _LINE_FIELDS}
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(110)
        self.labels = {k: QLabel() for k in (*_LINE_FIELDS, "address")}
        form = QFormLayout()
        for key in ("name", "address", "contact", "phone", "email", "tax_id"):
            field: QWidget = self.address if key == "address" else self.fields[key]
            self.labels[key].setBuddy(field)
            form.addRow(self.labels[key], field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.new_button, self.save_button, self.revert_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.save_button.setDefault(True)
        self.new_button.clicked.connect(self.new_party)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        for edit in self.fields.values():
            edit.returnPressed.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.form_box = QGroupBox()
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.message)
        box_layout.addStretch(1)
        box_layout.addLayout(buttons)

        right_scroll = QScrollArea()  # on a small screen the form scrolls
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(self.form_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # How the selected customer is priced, under the list and the form: the profile
        # and the contract tariff (ten columns, so it gets most of the width).
        self.profiles = ProfilesBox(ctx)
        self.tariffs = TariffBox(ctx)
        pricing = QSplitter(Qt.Orientation.Horizontal)
        pricing.addWidget(self.profiles)
        pricing.addWidget(self.tariffs)
        pricing.setStretchFactor(0, 1)
        pricing.setStretchFactor(1, 2)
        self.outer = QSplitter(Qt.Orientation.Vertical)
        self.outer.addWidget(splitter)
        self.outer.addWidget(pricing)
        self.outer.setStretchFactor(0, 1)
        self.outer.setStretchFactor(1, 1)
        self.outer.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(self.outer)
        order = [
            self.search, self.table, self.fields["name"], self.address, self.fields["contact"],
            self.fields["phone"], self.fields["email"], self.fields["tax_id"],
            self.save_button, self.revert_button, self.new_button, self.profiles.table,
            self.profiles.add_button, self.profiles.edit_button, self.profiles.remove_button,
            self.tariffs.table, self.tariffs.add_button, self.tariffs.edit_button,
            self.tariffs.remove_button, self.import_parties_button, self.import_pricing_button,
            self.import_sell_button,
        ]  # fmt: skip
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.shortcuts = LocalShortcuts(self)
        self.shortcuts.add(QKeySequence.StandardKey.Find, self.focus_search)
        self.shortcuts.add(QKeySequence(Qt.Key.Key_Insert), self.new_party)
        self.shortcuts.add(QKeySequence.StandardKey.Save, self.save)
        self.retranslate_ui()
        ctx.changed.connect(self._on_changed)
        self.refresh()
        self.new_party()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.search_label.setText(self.tr("&Search"))
        self.search.setPlaceholderText(self.tr("name, contact, phone, email, tax id (Ctrl+F)"))
        self.model.set_headers([
            self.tr("Name"), self.tr("Contact"), self.tr("Phone"), self.tr("Email"),
            self.tr("Tax ID"), self.tr("Address"),
        ])  # fmt: skip
        texts = {
            "name": self.tr("&Name"), "address": self.tr("&Address"),
            "contact": self.tr("&Contact"), "phone": self.tr("&Phone"),
            "email": self.tr("&Email"), "tax_id": self.tr("&Tax ID"),
        }  # fmt: skip
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.new_button.setText(self.tr("Ne&w party"))
        self.new_button.setToolTip(self.tr("Start a new party (Insert)"))
        self.save_button.setText(self.tr("&Save party"))
        self.revert_button.setText(self.tr("&Undo changes"))
        self.import_label.setText(self.tr("Import:"))
        self.import_parties_button.setText(self.tr("Import &parties…"))
        self.import_parties_button.setToolTip(
            self.tr(
                "A sheet of name, address, contact, phone, email, tax_id; a known name is updated"
            )  # fmt: skip
        )
        self.import_pricing_button.setText(self.tr("Import p&ricing…"))
        self.import_pricing_button.setToolTip(
            self.tr("A sheet of customer, mode, rule, percent, min_margin_percent")
        )
        self.import_sell_button.setText(self.tr("Import se&ll rates…"))
        self.import_sell_button.setToolTip(
            self.tr("A sheet of customers' contract tariffs: customer, mode, origin, destination,"
                    " equipment, basis, currency, rate, …, surcharges; all rows or none")
        )  # fmt: skip
        self.imports.show_rights()
        self._show_title()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_title(self) -> None:
        self.form_box.setTitle(self.tr("New party") if self.party_id is None else self.tr("Party"))

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Parties: %1").replace("%1", str(self.total)))

    # --- list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Search again with the text in the search box, keeping the selection."""
        self._debounce.stop()
        self._stale = False
        keep = self.party_id
        self.model.set_rows(catalog.list_parties(self._ctx.uow, self.search.text()))
        self.total = catalog.count_parties(self._ctx.uow, self.search.text())
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self._show_count()
        if keep is not None:
            self.select_party(keep)

    def select_party(self, party_id: int) -> bool:
        """Select the row of ``party_id`` if it is listed."""
        for number in range(self.model.rowCount()):
            if self.model.row(number).id == party_id:
                self.table.selectRow(number)
                return True
        return False

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load(self.model.row(current.row()))

    def _on_changed(self, changes: Change) -> None:
        # saving a booking creates the parties it names: the list follows bookings too
        # (read when next shown, as bookings are saved while another tab is in front)
        if Change.PARTIES in changes or (Change.BOOKINGS in changes and self.isVisible()):
            self.refresh()
        elif Change.BOOKINGS in changes:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Read the list again if parties changed while the view was hidden."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # --- form -----------------------------------------------------------------------

    def _load(self, party: Party | None) -> None:
        self.party_id = None if party is None else party.id
        for key, edit in self.fields.items():
            edit.setText("" if party is None else getattr(party, key))
        self.address.setPlainText("" if party is None else party.address)
        self.message.clear()
        self._show_title()
        self.profiles.set_customer("" if party is None else party.name)
        self.tariffs.set_customer("" if party is None else party.name)

    def form_fields(self) -> dict[str, str]:
        """What the form holds, by party field."""
        values = {k: e.text() for k, e in self.fields.items()}
        values["address"] = self.address.toPlainText()
        return values

    def new_party(self) -> None:
        """Empty the form for a new party."""
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._load(None)
        self.fields["name"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def revert(self) -> None:
        """Show the stored details again, dropping the changes in the form."""
        if self.party_id is None:
            self._load(None)
        else:
            self._load(catalog.get_party(self._ctx.uow, self.party_id))

    def save(self) -> bool:
        """Save the form through the catalogue service; say what went wrong if refused."""
        clerk = current_settings(self._ctx.uow).clerk_name
        try:
            party = catalog.save_party(self._ctx.uow, self.form_fields(), self.party_id, clerk)
        except BookingDeskError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(self.tr("Not saved: %1").replace("%1", problem_text(exc)))
            self.fields.get(exc.field or "name", self.fields["name"]).setFocus()
            return False
        self.party_id = party.id
        self.profiles.set_customer(party.name)
        self.tariffs.set_customer(party.name)
        self._ctx.notify(Change.PARTIES)  # our own list refreshes through this too
        self.select_party(party.id)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self._show_title()
        return True
