"""Cell editors for the editor's tables: a completed choice or code, a number.

Every editor is a line edit, so that typing in a cell (:mod:`sheet`) works the same
everywhere. A choice cell lists its choices by their display names and takes the
highlighted one on Tab or Return; a command key typed in a cell (Ctrl+S) commits
what was typed first, as a spreadsheet does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from booking_app.gui.common.completer import Choice, ChoiceCompleter

Index = QModelIndex | QPersistentModelIndex
#: (stored value, label shown) pairs offered for one cell.
Choices = Callable[[Index], list[tuple[str, str]]]
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta)


class SheetDelegate(QStyledItemDelegate):
    """A delegate whose editor keeps what the clerk types, and commits it before a
    window's shortcut runs.

    Qt hands an open editor the model's value again whenever a range of cells changes
    (a live quote repaints the whole table): the editor is loaded only when its cell's
    value really changed, or a key typed before the quote came back is lost
    ("VNHPH" became "NHPH").
    """

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.property("loaded_value") == value:
            return
        editor.setProperty("loaded_value", value)
        self.load_editor(editor, index, value)

    def load_editor(self, editor: QWidget, index: Index, value: str) -> None:
        """Show the cell's value in its editor."""
        assert isinstance(editor, QLineEdit)
        editor.setText(value)
        editor.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() & _COMMAND
            and event.key() not in _MODIFIER_KEYS
            and isinstance(watched, QWidget)
            and watched.isVisible()  # not an editor the view has closed already
        ):
            self.commitData.emit(watched)  # Ctrl+S saves the code just typed
        return super().eventFilter(watched, event)


class CompletedDelegate(SheetDelegate):
    """A line edit completed from choices; the model keeps the chosen value.

    Args:
        choices: the choices for a cell.
        free: text that is no choice is kept as typed (upper case for codes) instead
            of being refused.
        list_on_open: the list opens with every choice as soon as the cell is edited.
    """

    def __init__(
        self,
        choices: Callable[[Index], Sequence[Choice]],
        parent: Any = None,
        free: bool = False,
        list_on_open: bool = False,
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.free = free
        self.list_on_open = list_on_open

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        offered = list(self.choices(index))
        completer = ChoiceCompleter(edit, lambda: offered)
        completer.chosen.connect(self._clicked)
        edit.setObjectName("completed_cell")
        return edit

    def completer(self, editor: QWidget) -> ChoiceCompleter:
        """The completer of one of this delegate's editors."""
        completer = editor.findChild(ChoiceCompleter)
        assert isinstance(completer, ChoiceCompleter)
        return completer

    def load_editor(self, editor: QWidget, index: Index, value: str) -> None:
        assert isinstance(editor, QLineEdit)
        completer = self.completer(editor)
        choice = next((c for c in completer.choices() if c.value == value), None)
        editor.setText(choice.text if choice is not None else value)
        editor.selectAll()
        if self.list_on_open and not editor.isVisible():  # listed once shown: eventFilter
            editor.setProperty("list_current", value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QLineEdit):
            current = watched.property("list_current")
            if isinstance(current, str):
                watched.setProperty("list_current", None)
                self.completer(watched).show_all(current)
        return super().eventFilter(watched, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        choice = self.completer(editor).take()
        if choice is not None:
            model.setData(index, choice.value, Qt.ItemDataRole.EditRole)
        elif not editor.text().strip():
            model.setData(index, "", Qt.ItemDataRole.EditRole)
        elif self.free:
            model.setData(index, self.typed(editor.text()), Qt.ItemDataRole.EditRole)
        # else: no such choice; the cell keeps what it had

    def typed(self, text: str) -> str:
        """What a cell keeps of text that is no choice."""
        return text.strip()

    def _clicked(self, _choice: Choice) -> None:
        completer = self.sender()
        editor = completer.parent() if isinstance(completer, ChoiceCompleter) else None
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ChoiceDelegate(CompletedDelegate):
    """A choice among (value, label) pairs, found by typing a label's words or a value.

    The list opens with every choice as the cell is edited (no Alt+Down needed).
    """

    def __init__(self, choices: Choices, parent: Any = None, editable: bool = False) -> None:
        super().__init__(
            lambda index: [_pair_choice(v, t) for v, t in choices(index)],
            parent, free=editable, list_on_open=True,
        )  # fmt: skip


def _pair_choice(value: str, label: str) -> Choice:
    return Choice(value, label, (label,), codes=(value,) if value else (), words=(label,))


class CompletedCodeDelegate(CompletedDelegate):
    """A location code, found by code, name (any script, no diacritics needed) or kind;
    the model keeps the code. A code that is no location is kept, upper case, so the
    quote can say which one is unknown."""

    def __init__(self, entries: Callable[[], Sequence[Choice]], parent: Any = None) -> None:
        super().__init__(lambda _index: entries(), parent, free=True)

    def typed(self, text: str) -> str:
        return code_of(text)


def code_of(text: str) -> str:
    """The code at the start of a ``CODE Name`` entry, upper case."""
    words = text.strip().split()
    return words[0].upper() if words else ""


class NumberDelegate(SheetDelegate):
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

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
