"""Cell editors for the editor's tables: a choice list, a completed code, a number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
#: (stored value, label shown) pairs offered for one cell.
Choices = Callable[[Index], list[tuple[str, str]]]

NUMBER_RE = QRegularExpression(r"^\d{0,9}([.,]\d{0,4})?$")
COUNT_RE = QRegularExpression(r"^\d{0,6}$")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (value, label) pairs; the model keeps the value."""

    def __init__(self, choices: Choices, parent: Any = None, editable: bool = False) -> None:
        super().__init__(parent)
        self.choices = choices
        self.editable = editable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.editable)
        for value, label in self.choices(index):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        position = editor.findData(value)
        if position >= 0:
            editor.setCurrentIndex(position)
        elif self.editable:
            editor.setEditText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText()
        position = editor.findText(text)
        value = editor.itemData(position) if position >= 0 else text
        model.setData(index, value or "", Qt.ItemDataRole.EditRole)


class CompletedCodeDelegate(QStyledItemDelegate):
    """A line edit completing ``CODE Name`` entries; the model keeps the code."""

    def __init__(self, entries: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.entries = entries

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        completer = QCompleter(self.entries(), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, code_of(editor.text()), Qt.ItemDataRole.EditRole)


def code_of(text: str) -> str:
    """The code at the start of a ``CODE Name`` entry, upper case."""
    words = text.strip().split()
    return words[0].upper() if words else ""


class NumberDelegate(QStyledItemDelegate):
    """A line edit that accepts only a number (or a whole count)."""

    def __init__(self, whole: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.whole = whole

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setValidator(QRegularExpressionValidator(COUNT_RE if self.whole else NUMBER_RE, edit))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().replace(",", "."), Qt.ItemDataRole.EditRole)
