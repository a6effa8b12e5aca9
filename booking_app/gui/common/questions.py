"""Questions the desk asks, with keys for every answer (Alt+S, Alt+D, Esc)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def unsaved_question(parent: QWidget | None, title: str) -> QMessageBox:
    """The "save the unsaved changes of ``title``?" box: &Save (the default), &Discard,
    and Cancel (Esc)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BookingEditor", "Unsaved changes"))
    question = QCoreApplication.translate(
        "BookingEditor", "%1 has changes that are not saved. Save them?"
    )
    box.setText(question.replace("%1", title))
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    for which, text in (
        (Button.Save, QCoreApplication.translate("UnsavedQuestion", "&Save")),
        (Button.Discard, QCoreApplication.translate("UnsavedQuestion", "&Discard")),
        (Button.Cancel, QCoreApplication.translate("UnsavedQuestion", "Cancel")),
    ):
        button = box.button(which)
        if button is not None:
            button.setText(text)
    return box


def ask_save_discard_cancel(parent: QWidget | None, title: str) -> Button:
    """Ask whether to save the unsaved changes of ``title``: Save, Discard or Cancel."""
    box = unsaved_question(parent, title)
    box.exec()
    answer = box.standardButton(box.clickedButton())
    return answer if answer in (Button.Save, Button.Discard) else Button.Cancel
