"""The settings view: letterhead, quote defaults, clerk, language, where the database is.

The settings themselves (keys, defaults, labels) are declared once in
:mod:`booking_app.services.settings`; this view only gives each one an editor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common import formatting
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.file_dialogs import ask_open_path
from booking_app.gui.common.labels import price_rule_labels
from booking_app.gui.common.local_shortcuts import LocalShortcuts
from booking_app.gui.common.number_edit import NumberEdit, with_message
from booking_app.gui.common.problems import problem_text
from booking_app.gui.common.rights import lock, make_note, show_note
from booking_app.services import catalog
from booking_app.services.catalog import DatabaseLocation
from booking_app.services.settings import (
    PERSONAL_KEYS,
    SETTINGS,
    current_settings,
    save_settings,
)

# Each language in its own script, so a clerk can find theirs whatever is shown now.
LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"), ("vi", "Tiếng Việt"), ("th", "ไทย"))
Editor = QLineEdit | QPlainTextEdit | QComboBox | QSpinBox
#: Settings that are percentages a clerk types, read in the display language's notation.
PERCENT_SETTINGS = ("default_markup_percent", "min_margin_percent")


def _section(key: str) -> int:
    """Letterhead, quotes or desk."""
    if key.startswith("company_"):
        return 0
    return 1 if key.startswith(("default_", "quote_")) else 2


class SettingsView(QWidget):
    """One editor per declared setting, grouped; Save stores them all through the service."""

    # The labels declared in services.settings, marked here so pyside6-lupdate collects
    # them; they are shown with self.tr(spec.label). A test keeps the two lists equal.
    LABEL_SOURCES = (
        QT_TRANSLATE_NOOP("SettingsView", "Company name"),
        QT_TRANSLATE_NOOP("SettingsView", "Company address"),
        QT_TRANSLATE_NOOP("SettingsView", "Phone"),
        QT_TRANSLATE_NOOP("SettingsView", "Email"),
        QT_TRANSLATE_NOOP("SettingsView", "Logo image"),
        QT_TRANSLATE_NOOP("SettingsView", "Documents in"),
        QT_TRANSLATE_NOOP("SettingsView", "Default quote currency"),
        QT_TRANSLATE_NOOP("SettingsView", "Default markup %"),
        QT_TRANSLATE_NOOP("SettingsView", "Markup or margin"),
        QT_TRANSLATE_NOOP("SettingsView", "Margin floor %"),
        QT_TRANSLATE_NOOP("SettingsView", "Clerk name"),
        QT_TRANSLATE_NOOP("SettingsView", "Language"),
        QT_TRANSLATE_NOOP("SettingsView", "Quotation valid for (days)"),
        QT_TRANSLATE_NOOP("SettingsView", "Warn of rates ending within (days)"),
    )

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._db_info: DatabaseLocation | None = None
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes = [QGroupBox(), QGroupBox(), QGroupBox(), QGroupBox()]
        forms = [QFormLayout(box) for box in self.boxes[:3]]
        for spec in SETTINGS:
            editor = self._make_editor(spec.key)
            self.editors[spec.key] = editor
            label = QLabel()
            label.setBuddy(editor)
            self.labels[spec.key] = label
            shown: QWidget = self._logo_row(editor) if spec.key == "company_logo" else editor
            if isinstance(editor, NumberEdit):
                shown = with_message(editor)
            forms[_section(spec.key)].addRow(label, shown)

        self.db_path = QLineEdit()
        self.db_path.setReadOnly(True)
        self.db_warning = QLabel()
        self.db_warning.setWordWrap(True)
        self.db_warning.setStyleSheet("color: #b00020;")
        db_layout = QVBoxLayout(self.boxes[3])
        db_layout.addWidget(self.db_path)
        db_layout.addWidget(self.db_warning)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button, self.revert_button = QPushButton(), QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        page = QWidget()
        columns = QHBoxLayout(page)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.boxes[0])
        left.addStretch(1)
        for box in self.boxes[1:]:
            right.addWidget(box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.rights_note = make_note()  # a clerk's own settings only: why the rest is grey
        layout = QVBoxLayout(self)
        layout.addWidget(self.rights_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._set_tab_order()
        self.shortcuts = LocalShortcuts(self)
        self.shortcuts.add(QKeySequence.StandardKey.Save, self.save)
        self.retranslate_ui()
        ctx.changed.connect(self._on_changed)
        self.load()

    # --- building -------------------------------------------------------------------

    def _make_editor(self, key: str) -> Editor:
        if key == "company_address":
            address = QPlainTextEdit()
            address.setTabChangesFocus(True)
            address.setMaximumHeight(90)
            return address
        if key == "default_currency":
            currency = QComboBox()
            currency.setEditable(True)
            fx = catalog.list_fx(self._ctx.uow)
            currency.addItems(sorted({r.currency for r in fx} | {"USD"}))
            return currency
        if key == "default_price_rule":
            rule = QComboBox()
            for code, text in price_rule_labels():
                rule.addItem(text, code)
            return rule
        if key == "language":
            language = QComboBox()
            for code, text in LANGUAGES:
                language.addItem(text, code)
            return language
        if key == "company_document_language":  # the customer's documents (labels.py)
            documents = QComboBox()
            documents.addItem("", "customer")  # its text is set in retranslate_ui
            for code, text in LANGUAGES:
                documents.addItem(text, code)
            return documents
        if key == "quote_valid_days":
            days = QSpinBox()
            days.setRange(1, 365)
            return days
        if key == "rate_warning_days":
            warn = QSpinBox()
            warn.setRange(0, 365)
            return warn
        if key in PERCENT_SETTINGS:
            percent = NumberEdit()
            percent.setMaximumWidth(120)
            return percent
        edit = QLineEdit()
        if key == "company_logo":
            edit.setReadOnly(True)
        return edit

    def _set_tab_order(self) -> None:
        """Down each group in the order shown, then the buttons."""
        order: list[QWidget] = []
        for spec in sorted(SETTINGS, key=lambda s: _section(s.key)):
            order.append(self.editors[spec.key])
            if spec.key == "company_logo":
                order += [self.logo_choose, self.logo_clear]
        order += [self.revert_button, self.save_button]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _logo_row(self, path_edit: Editor) -> QWidget:
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.logo_choose, self.logo_clear = QPushButton(), QPushButton()
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(""))
        row = QWidget()
        grid = QVBoxLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(path_edit, 1)
        line.addWidget(self.logo_choose)
        line.addWidget(self.logo_clear)
        grid.addLayout(line)
        grid.addWidget(self.logo_preview)
        return row

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        for spec in SETTINGS:
            self.labels[spec.key].setText(self.tr(spec.label))
            editor = self.editors[spec.key]
            if isinstance(editor, NumberEdit):
                editor.set_name(self.tr(spec.label))
        for box, title in zip(
            self.boxes,
            (self.tr("Letterhead"), self.tr("Quotes"), self.tr("Desk"), self.tr("Database")),
            strict=True,
        ):
            box.setTitle(title)
        rule = self.editors["default_price_rule"]
        if isinstance(rule, QComboBox):
            for item, (_code, text) in enumerate(price_rule_labels()):
                rule.setItemText(item, text)
        documents = self.editors["company_document_language"]
        if isinstance(documents, QComboBox):
            documents.setItemText(0, self.tr("The customer's language"))
        self.logo_choose.setText(self.tr("C&hoose…"))
        self.logo_clear.setText(self.tr("No logo"))
        self.save_button.setText(self.tr("&Save settings"))
        self.revert_button.setText(self.tr("&Undo changes"))
        self._show_database()
        self._show_logo()
        self._show_rights()

    def _show_rights(self) -> None:
        """Below admin on a server, the office's settings are shown but not editable."""
        office = [e for k, e in self.editors.items() if k not in PERSONAL_KEYS]
        lock(self._ctx.access, "office_settings", [*office, self.logo_choose, self.logo_clear])
        show_note(self.rights_note, self._ctx.access, "office_settings")

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- values ---------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored settings (dropping changes not saved)."""
        for key, value in current_settings(self._ctx.uow).values.items():
            editor = self.editors[key]
            if isinstance(editor, QComboBox):
                found = editor.findData(value)
                if found >= 0:
                    editor.setCurrentIndex(found)
                elif editor.isEditable():
                    editor.setCurrentText(value)
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value) if value.isdigit() else editor.minimum())
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            elif isinstance(editor, NumberEdit):
                editor.set_plain(value)
            else:
                editor.setText(value)
        self._show_logo()
        self._read_database_info()
        self._show_rights()  # a number field's tip says what is wrong with it: say why first
        self.message.clear()

    def values(self) -> dict[str, str]:
        """Every setting as the form shows it."""
        out: dict[str, str] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                data = editor.currentData()
                fixed = not editor.isEditable() and isinstance(data, str)
                out[key] = data if fixed else editor.currentText().strip()
            elif isinstance(editor, QSpinBox):
                out[key] = str(editor.value())
            elif isinstance(editor, QPlainTextEdit):
                out[key] = editor.toPlainText()
            elif isinstance(editor, NumberEdit):
                out[key] = editor.plain_text()
            else:
                out[key] = editor.text()
        return out

    def save(self) -> bool:
        """Store the settings through the service; say what is wrong if refused."""
        unread = [e for e in self.editors.values() if isinstance(e, NumberEdit) and e.problem()]
        if unread:  # never store a figure other than the one typed
            unread[0].setFocus()
            return self._not_saved(unread[0].named_problem())
        values = self.values()
        if not self._ctx.access.may("office_settings"):  # only the clerk's own (office.md §3)
            values = {k: v for k, v in values.items() if k in PERSONAL_KEYS}
        try:
            save_settings(self._ctx.uow, values)
        except BookingDeskError as exc:
            return self._not_saved(problem_text(exc))
        self.load()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Settings saved."))
        self._ctx.notify(Change.SETTINGS)
        return True

    def _not_saved(self, reason: str) -> bool:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(self.tr("Not saved: %1").replace("%1", reason))
        return False

    def _on_changed(self, changes: Change) -> None:
        if Change.SETTINGS in changes:
            keep = self.message.text()
            self.load()
            self.message.setText(keep)

    # --- logo and database ----------------------------------------------------------

    def choose_logo(self) -> None:
        """Ask for an image file for the letterhead."""
        path = ask_open_path(
            self, "logo", self.tr("Logo image"), self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)")
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str | Path) -> None:
        """Use the image at ``path`` as the logo ("" for none); saved with the settings."""
        editor = self.editors["company_logo"]
        if isinstance(editor, QLineEdit):
            editor.setText(str(path))
        self._show_logo()

    def _show_logo(self) -> None:
        editor = self.editors["company_logo"]
        path = editor.text() if isinstance(editor, QLineEdit) else ""
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("cannot read this image") if path else "")
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _read_database_info(self) -> None:
        self._db_info = catalog.database_location_info(self._ctx.uow)
        self._show_database()

    def _show_database(self) -> None:
        """Show the cached location (no database access: also runs on a language change)."""
        info = self._db_info
        if info is None:
            return
        self.db_path.setText(info.path)
        size = formatting.number(info.size_bytes)
        self.db_path.setToolTip(self.tr("%1 bytes").replace("%1", size))
        self.db_warning.setVisible(info.on_network_share)
        self.db_warning.setText(
            self.tr(
                "This database is on a network share. SQLite files there can be damaged when"
                " several computers use them at once: keep it on this computer's own disk."
            )
        )

    def database_on_network_share(self) -> bool:
        """True when the warning about a network share is shown."""
        return not self.db_warning.isHidden()
