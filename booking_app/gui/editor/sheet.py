"""A table that is typed into like a spreadsheet (the route and the cargo lines).

- Typing in a cell starts editing it with that key (the first key is kept), F2 or a
  double click edits what is there.
- Tab / Shift+Tab and Return move to the next / previous editable cell, editing or
  not, and wrap to the next row. Tab past the last cell of the last row adds a row,
  unless that row was just added and is untouched: then Tab leaves the table.
- Insert adds a row (committing the cell being edited), Delete clears the cell under
  the cursor (the row when the whole row is selected), Ctrl+Delete removes the row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from booking_app.gui.editor.rows import EditRowsModel

Index = QModelIndex | QPersistentModelIndex
_NOT_TYPING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_Hint = QAbstractItemDelegate.EndEditHint


class SheetTable(QTableView):
    """An editable table of :class:`EditRowsModel` rows, keyboard first.

    Args:
        add_row: adds a row at the end (Insert, Tab past the end); None: rows are not added.
        remove_row: removes a row by position (Ctrl+Delete).
    """

    def __init__(
        self,
        model: EditRowsModel,
        add_row: Callable[[], object] | None = None,
        remove_row: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows_model = model
        self.add_row = add_row
        self.remove_row = remove_row
        self._added: tuple[QPersistentModelIndex, dict[str, str]] | None = None
        self._changing_current = False
        self.setModel(model)
        # the program replaces rows (undo, loading): close the cell editor Qt's way first,
        # or it commits stale text to a model that no longer has its cell
        model.modelAboutToBeReset.connect(self.drop_editor)
        model.rowsAboutToBeRemoved.connect(self.drop_editor)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # typing is handled here (the first key kept); no delayed edit on a second click
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # --- moving on --------------------------------------------------------------------

    def editable_cells(self) -> list[tuple[int, int]]:
        """Every cell that may be edited, row by row."""
        model = self.rows_model
        return [
            (row, column)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
            if model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
            and not self.isColumnHidden(column)
        ]

    def move_on(self, forward: bool = True, add: bool = True) -> bool:
        """Put the cursor on the next (previous) editable cell; False: there is none.

        Past the last cell of the last row, with ``add``, a row is added first unless
        the last row is one just added and untouched.
        """
        cells = self.editable_cells()
        current = self.currentIndex()
        here = (current.row(), current.column()) if current.isValid() else (-1, -1)
        if forward:
            later = [cell for cell in cells if cell > here]
            if later:
                return self._go(*later[0])
            if add and self.add_row is not None and not self._untouched_last_row():
                return self.append_row()
            return False
        earlier = [cell for cell in cells if cell < here]
        return self._go(*earlier[-1]) if earlier and current.isValid() else False

    def append_row(self) -> bool:
        """Add a row (as Insert does) and put the cursor on its first editable cell."""
        if self.add_row is None or self.rows_model.is_read_only():
            return False
        if self.state() == QAbstractItemView.State.EditingState:
            self._finish_editing()
        self.add_row()
        last = self.rows_model.rowCount() - 1
        if last < 0:
            return False
        self._added = (QPersistentModelIndex(self.rows_model.index(last, 0)), self._row(last))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        columns = [c for r, c in self.editable_cells() if r == last]
        return self._go(last, columns[0] if columns else 0)

    def _untouched_last_row(self) -> bool:
        last = self.rows_model.rowCount() - 1
        if self._added is None or last < 0:
            return False
        index, values = self._added
        return index.isValid() and index.row() == last and self._row(last) == values

    def _row(self, row: int) -> dict[str, str]:
        return self.rows_model.rows()[row]

    def _go(self, row: int, column: int) -> bool:
        index = self.rows_model.index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        return True

    def _leave(self, forward: bool) -> None:
        QTableView.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        if self.state() != QAbstractItemView.State.EditingState and self.move_on(next):
            return True
        return super().focusNextPrevChild(next)

    # --- editing ----------------------------------------------------------------------

    def open_editor(self) -> QWidget | None:
        """The editor open in a cell, if any."""
        focused = QApplication.focusWidget()
        if focused is not None and self.viewport().isAncestorOf(focused):
            return focused
        for child in self.viewport().findChildren(QLineEdit):
            if child.isVisible() and child.parent() is self.viewport():
                return child
        return None

    def drop_editor(self) -> None:
        """Close the cell being edited without committing it."""
        editor = self.open_editor()
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.closeEditor(editor, _Hint.RevertModelCache)

    def _finish_editing(self) -> None:
        """Commit and close the cell being edited (Insert while typing)."""
        editor = self.open_editor()
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, _Hint.NoHint)

    def closeEditor(self, editor: QWidget, hint: _Hint) -> None:
        if hint in (_Hint.EditNextItem, _Hint.EditPreviousItem):  # Tab, Shift+Tab
            super().closeEditor(editor, _Hint.NoHint)
            forward = hint == _Hint.EditNextItem
            if not self.move_on(forward):
                self._leave(forward)
            return
        super().closeEditor(editor, hint)
        if hint == _Hint.SubmitModelCache and not self._changing_current:  # Return
            self.move_on(add=False)

    def currentChanged(self, current: Index, previous: Index) -> None:
        # moving the cursor closes the editor with SubmitModelCache too: not a Return
        self._changing_current = True
        try:
            super().currentChanged(current, previous)
        finally:
            self._changing_current = False

    def _type_into(self, event: QKeyEvent) -> bool:
        """Start editing the cell under the cursor with the key typed."""
        if self.rows_model.rowCount() == 0 and self.add_row is not None:
            self.append_row()
        index = self.currentIndex()
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        if not self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event):
            return False
        editor = self.open_editor()
        if not isinstance(editor, QLineEdit):
            return False
        editor.selectAll()  # the key replaces what the cell held
        key = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QApplication.sendEvent(editor, key)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if key == Qt.Key.Key_Insert and not modifiers & _NOT_TYPING:
            self.append_row()
            event.accept()
            return
        if editing:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers & _NOT_TYPING:
            self.move_on(add=False)
            event.accept()
            return
        if key == Qt.Key.Key_Delete:
            self._delete(bool(modifiers & Qt.KeyboardModifier.ControlModifier))
            event.accept()
            return
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not modifiers & _NOT_TYPING:
            if self._type_into(event):
                event.accept()
                return
        super().keyPressEvent(event)

    def _delete(self, whole_row: bool) -> None:
        current = self.currentIndex()
        if not current.isValid() or self.rows_model.is_read_only():
            return
        selected_rows = self.selectionModel().selectedRows()
        if (whole_row or selected_rows) and self.remove_row is not None:
            row = current.row()
            self.remove_row(row)
            if self.rows_model.rowCount():
                self._go(min(row, self.rows_model.rowCount() - 1), max(current.column(), 0))
            return
        for index in self.selectionModel().selectedIndexes() or [current]:
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.rows_model.setData(index, "", Qt.ItemDataRole.EditRole)


class MnemonicFocus(QObject):
    """A group box's mnemonic (Alt+R for "&Route") puts the cursor on one widget of it.

    Qt's own choice is the box's last focused child, or its first in the focus chain:
    a button, as often as not.
    """

    def __init__(self, box: QGroupBox, target: QWidget) -> None:
        super().__init__(box)
        self.target = target
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and self.target.isEnabled():
            self.target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False
