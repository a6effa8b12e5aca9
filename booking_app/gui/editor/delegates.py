"""Cell editors for the editor's tables: a choice list, a completed code, a number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
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
    """A line edit for a number in the locale's notation.

    The model reads the text (:class:`~booking_app.gui.editor.rows.EditRowsModel`):
    text it cannot read stays in the cell, marked, so the clerk's typing is never lost.
    """

    def __init__(self, whole: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.whole = whole

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setMaxLength(40)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
