"""At the first start: who is at the desk (the name documents print after "Issued by").

Asked once, when the ``clerk_name`` setting is empty; stored in that setting (the one the
documents and new bookings read) and changeable later in the Settings view. The question
is injectable (``ask``) so that a test or a script is never held up by a dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.services.settings import current_settings, save_settings

#: Asks for the clerk's name: the name, or None when the clerk declines.
AskName = Callable[[QWidget | None], str | None]


class ClerkNameDialog(QDialog):
    """One field, the clerk's name; OK (the default button) takes it, Esc asks later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clerk_name_dialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))
        ok.setDefault(True)

    def name(self) -> str:
        """The name typed, trimmed."""
        return " ".join(self.name_edit.text().split())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.setWindowTitle(self.tr("Welcome to the booking desk"))
        self.intro.setText(
            self.tr(
                "Who is at this desk? Your name is printed on quotations and confirmations "
                "(\"Issued by …\") and kept with each booking. You can change it later in "
                "Settings (Ctrl+4)."
            )
        )
        self.name_label.setText(self.tr("Your &name:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Nguyen Van An"))


def ask_with_dialog(parent: QWidget | None) -> str | None:
    """The clerk's name from :class:`ClerkNameDialog` (None when cancelled)."""
    dialog = ClerkNameDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
        return None
    return dialog.name()


def ask_clerk_name(
    ctx: DeskContext, parent: QWidget | None = None, ask: AskName = ask_with_dialog
) -> str | None:
    """When no clerk name is set, ask for one and store it; the name stored now, or None.

    Nothing is asked when the setting holds a name already; declining leaves it empty
    (the question comes again at the next start).
    """
    if current_settings(ctx.uow).clerk_name.strip():
        return None
    name = ask(parent)
    if not name:
        return None
    try:
        save_settings(ctx.uow, {"clerk_name": name})
    except BookingDeskError:
        return None  # a read-only database: the desk works on, the name is asked again
    ctx.notify(Change.SETTINGS)
    return name
