"""The rates view: filtered rate table, details of the selected rate, imports, hand edits.

Imports run on a pool thread through :class:`~booking_app.gui.common.import_runner.SheetImports`
(one collection op each, announcing ``Change.RATES``); the view shows progress and the outcome.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.date_edit import localize_date_edit
from booking_app.gui.common.formatting import number, to_qdate
from booking_app.gui.common.import_errors_dialog import ImportErrorsDialog
from booking_app.gui.common.import_runner import SheetImports
from booking_app.gui.common.labels import mode_label
from booking_app.gui.common.local_shortcuts import LocalShortcuts
from booking_app.gui.common.rights import lock, make_note, show_note
from booking_app.gui.rates.details import RateDetails, make_table
from booking_app.gui.rates.rate_dialog import RateDialog
from booking_app.gui.rates.schedules_box import SchedulesBox
from booking_app.gui.rates.table_model import RateTableModel
from booking_app.services import catalog
from booking_app.services.catalog import RateFilter

IMPORT_KINDS = ("rates", "surcharges", "fx", "locations", "schedules")


class RatesView(QWidget):
    """Rates, surcharges and FX of the office: browse, filter, import, edit."""

    # (kind, ok) once an import has ended and the view shows its outcome.
    import_finished = Signal(str, bool)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rate_dialog: RateDialog | None = None
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filters)

        # filters
        self.mode_label, self.origin_label, self.destination_label = QLabel(), QLabel(), QLabel()
        self.carrier_label = QLabel()
        self.mode_filter = QComboBox()
        self.mode_label.setBuddy(self.mode_filter)
        self.mode_filter.addItem("", "")
        for mode in catalog.MODES:
            self.mode_filter.addItem(mode_label(mode), mode)
        self._codes = QStringListModel(self)
        self._carriers = QStringListModel(self)
        self.origin_filter = self._filter_edit(self.origin_label, self._codes, 5)
        self.destination_filter = self._filter_edit(self.destination_label, self._codes, 5)
        self.carrier_filter = self._filter_edit(self.carrier_label, self._carriers, 80)
        self.valid_on_check = QCheckBox()
        self.valid_on_date = QDateEdit(to_qdate(ctx.clock.today()))
        self.valid_on_date.setCalendarPopup(True)
        localize_date_edit(self.valid_on_date)
        self.valid_on_date.setEnabled(False)
        self.show_expired = QCheckBox()
        self.clear_button = QPushButton()
        self.count_label = QLabel()
        self.mode_filter.currentIndexChanged.connect(self.apply_filters)
        self.valid_on_check.toggled.connect(self.valid_on_date.setEnabled)
        self.valid_on_check.toggled.connect(self.apply_filters)
        self.valid_on_date.dateChanged.connect(self.apply_filters)
        self.show_expired.toggled.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QGridLayout()  # two rows: the view stays usable on a small screen
        for column, widget in enumerate((
            self.mode_label, self.mode_filter, self.origin_label, self.origin_filter,
            self.destination_label, self.destination_filter, self.carrier_label,
            self.carrier_filter,
        )):  # fmt: skip
            filters.addWidget(widget, 0, column)
        when = QHBoxLayout()
        for widget in (self.valid_on_check, self.valid_on_date, self.show_expired):
            when.addWidget(widget)
        when.addStretch(1)
        when.addWidget(self.clear_button)
        when.addWidget(self.count_label)
        filters.addLayout(when, 1, 0, 1, 8)
        for column in (1, 3, 5, 7):
            filters.setColumnStretch(column, 1)

        # the rate table and the details of the selected rate
        self.model = RateTableModel(ctx, parent=self)
        self.table = make_table(self.model, stretch_last=False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(lambda _index: self.edit_rate())
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = RateDetails(ctx)
        self.breaks_model = self.details.breaks_model
        self.surcharges_model = self.details.surcharges_model
        self.fx_model = self.details.fx_model
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # the schedules of the same lanes and carriers, on a tab beside the rates
        self.schedules = SchedulesBox(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.schedules, "")

        # actions, imports, progress
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_rate)
        self.edit_button.clicked.connect(self.edit_rate)
        self.import_label = QLabel()
        self.import_buttons: dict[str, QPushButton] = {}
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()  # a long message must not widen the window (it is clipped)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.imports = SheetImports(
            ctx, self, self.status, self.progress, dict.fromkeys(IMPORT_KINDS, Change.RATES)
        )
        self.imports.finished.connect(self.import_finished)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addSpacing(24)
        actions.addWidget(self.import_label)
        for kind in IMPORT_KINDS:
            button = QPushButton()
            self.imports.add_button(kind, button)
            self.import_buttons[kind] = button
            actions.addWidget(button)
        actions.addWidget(self.progress)
        actions.addWidget(self.status, 1)

        self.rights_note = make_note()  # a sales clerk: why nothing here can be changed
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.rights_note)
        layout.addLayout(actions)
        self.shortcuts = LocalShortcuts(self)
        self.shortcuts.add(QKeySequence.StandardKey.Find, self.focus_search)
        self.shortcuts.add(QKeySequence(Qt.Key.Key_Insert), self.add_rate)
        self.retranslate_ui()
        ctx.changed.connect(self._on_changed)
        self.reload()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their header and cells in the language shown (at most 200)."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long break lists stay readable
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 200))

    def _filter_edit(self, label: QLabel, words: QStringListModel, length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        edit.setClearButtonEnabled(True)
        completer = QCompleter(words, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        edit.textChanged.connect(lambda _text: self._debounce.start())
        label.setBuddy(edit)
        return edit

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.mode_label.setText(self.tr("&Mode"))
        self.origin_label.setText(self.tr("&Origin"))
        self.destination_label.setText(self.tr("&Destination"))
        self.carrier_label.setText(self.tr("&Carrier"))
        self.mode_filter.setItemText(0, self.tr("any"))
        for item, mode in enumerate(catalog.MODES, 1):
            self.mode_filter.setItemText(item, mode_label(mode))
        self.origin_filter.setPlaceholderText(self.tr("any"))
        self.destination_filter.setPlaceholderText(self.tr("any"))
        self.carrier_filter.setPlaceholderText(self.tr("any (Ctrl+F)"))
        self.valid_on_check.setText(self.tr("&Valid on"))
        self.show_expired.setText(self.tr("Show e&xpired"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self.model.retranslate()
        self.add_button.setText(self.tr("&Add rate…"))
        self.add_button.setToolTip(self.tr("Add a rate by hand (Insert)"))
        self.edit_button.setText(self.tr("Ed&it rate…"))
        self.edit_button.setToolTip(self.tr("Edit the selected rate (Enter)"))
        self.import_label.setText(self.tr("Import:"))
        self.import_buttons["rates"].setText(self.tr("&Rate sheet…"))
        self.import_buttons["surcharges"].setText(self.tr("&Surcharges…"))
        self.import_buttons["fx"].setText(self.tr("Exchan&ge rates…"))
        self.import_buttons["locations"].setText(self.tr("Locatio&ns…"))
        self.import_buttons["schedules"].setText(self.tr("Sc&hedules…"))
        self.tabs.setTabText(0, self.tr("Rates"))
        self.tabs.setTabText(1, self.tr("Schedules"))
        self._show_count()
        self._show_rights()

    def _show_rights(self) -> None:
        """Disable the edits and imports the clerk's role may not make, and say why."""
        access = self._ctx.access
        lock(access, "rates", [self.add_button, self.edit_button, *self.import_buttons.values()])
        show_note(self.rights_note, access, "rates")

    def may_change(self) -> bool:
        """True when the clerk's role may change rates (office.md §3)."""
        return self._ctx.access.may("rates")

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.fit_columns()  # "Phương thức" is wider than "Mode"
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------

    def current_filter(self) -> RateFilter:
        """The filter the widgets describe."""
        qday = self.valid_on_date.date()
        day_on = date(qday.year(), qday.month(), qday.day())
        return RateFilter(
            mode=self.mode_filter.currentData() or "",
            origin=self.origin_filter.text(),
            destination=self.destination_filter.text(),
            carrier=self.carrier_filter.text(),
            valid_on=day_on if self.valid_on_check.isChecked() else None,
            show_expired=self.show_expired.isChecked(),
        )

    def apply_filters(self) -> None:
        """Show the rates matching the filters."""
        self._debounce.stop()
        selected = self.selected_rate_id()
        f = self.current_filter()
        self.model.set_filter(f)
        self.schedules.set_filter(f)
        self._after_reload(selected)

    def clear_filters(self) -> None:
        """Back to every current rate."""
        for edit in (self.origin_filter, self.destination_filter, self.carrier_filter):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.mode_filter.setCurrentIndex(0)
        self.valid_on_check.setChecked(False)
        self.apply_filters()

    def reload(self) -> None:
        """Read everything again from the database (after an import or an edit)."""
        uow = self._ctx.uow
        self._codes.setStringList([loc.code for loc in catalog.list_locations(uow)])
        self._carriers.setStringList(catalog.list_carriers(uow))
        self.details.reload_fx()
        self.apply_filters()

    def _after_reload(self, selected: int | None) -> None:
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self._show_details(QModelIndex())
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("Rates: %1 · schedules: %2")
            .replace("%1", number(self.model.total))
            .replace("%2", number(self.schedules.model.rowCount()))
        )

    def selected_rate_id(self) -> int | None:
        """The id of the selected rate, if any."""
        index = self.table.currentIndex()
        return None if not index.isValid() else self.model.rate_row(index.row()).rate.id

    def _show_details(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.details.show_rate(
            self.model.rate_row(current.row()).rate.id if current.isValid() else None
        )

    def _on_changed(self, changes: Change) -> None:
        # the settings hold the days that mark ending rates
        if changes & (Change.RATES | Change.SETTINGS):
            self.reload()

    def focus_search(self) -> None:
        """Put the cursor in the carrier filter (Ctrl+F)."""
        self.carrier_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.carrier_filter.selectAll()

    # --- editing --------------------------------------------------------------------

    def add_rate(self) -> RateDialog | None:
        """Open the dialog for a new rate, starting from the lane in the filters (None:
        the clerk's role may not add rates)."""
        if not self.may_change():
            return None
        dialog = self._open_rate_dialog(None)
        f = self.current_filter()
        lane = {"mode": f.mode, "origin": f.origin.upper(), "destination": f.destination.upper()}
        dialog.set_cells({k: v for k, v in lane.items() if v and (k == "mode" or len(v) == 5)})
        return dialog

    def edit_rate(self) -> RateDialog | None:
        """Open the dialog on the selected rate."""
        rate_id = self.selected_rate_id()
        return None if rate_id is None or not self.may_change() else self._open_rate_dialog(rate_id)

    def _open_rate_dialog(self, rate_id: int | None) -> RateDialog:
        dialog = RateDialog(self._ctx, rate_id, self)
        dialog.accepted.connect(self._rate_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rate_dialog = dialog
        dialog.open()
        return dialog

    def _rate_saved(self) -> None:
        dialog = self.rate_dialog
        self._ctx.notify(Change.RATES)
        if dialog is not None and dialog.saved_id is not None:
            row = self.model.row_of(dialog.saved_id)
            if row is not None:
                self.table.selectRow(row)
            self.status.setText(self.tr("Rate saved."))

    # --- imports --------------------------------------------------------------------

    def choose_and_import(self, kind: str) -> None:
        """Ask for a CSV/XLSX file and import it in the background."""
        self.imports.choose_and_import(kind)

    def import_file(self, kind: str, path: str | Path) -> bool:
        """Start importing ``path`` as ``kind`` on a pool thread; False if one is running."""
        return self.imports.import_file(kind, path)

    def is_importing(self) -> bool:
        """True while an import runs."""
        return self.imports.is_importing()

    @property
    def errors_dialog(self) -> ImportErrorsDialog | None:
        """The rows the last refused import named (None until one was refused)."""
        return self.imports.errors_dialog
