"""Completing a line edit or a table cell from a list of choices, keyboard first.

The clerk types a code, a word of a name in any script, or a name without its
diacritics ("ho chi", "ha noi", "dong dang"); the choices are ranked by
:func:`booking_app.core.text.match_rank` (the desk's one folding rule) and listed
under the field, as wide as their code, name and kind need.

Unlike :class:`QCompleter`, the list is a child of the field's window that never takes
the keyboard: keys stay with the field, so a table's delegate sees Tab and Return as
usual and commits once (QCompleter's pop-up swallowed the first Return and sent Tab
past the table). Up/Down/PageUp/PageDown move the highlight, Escape closes the list.
"""

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QTreeView, QWidget

from booking_app.core.text import match_rank
from booking_app.services.catalog import Location

# At most this many choices are listed (the rest: type more).
MOST_SHOWN = 50
_ROWS_TALL = 10


class Choice(NamedTuple):
    """One thing a field may take.

    Attributes:
        value: what the field keeps (a code; ``""`` for "none").
        text: what the line edit shows once it is taken.
        columns: what the list shows, one column each (code, name, kind).
        codes: matched from their start (``VNHPH``, ``HPH``, ``sea_fcl``).
        words: matched word by word, the first best (the name, then other names).
    """

    value: str
    text: str
    columns: tuple[str, ...]
    codes: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


def ranked(query: str, choices: Sequence[Choice]) -> list[Choice]:
    """The choices matching ``query``, best first (equal ones in their given order)."""
    scored = []
    for position, choice in enumerate(choices):
        rank = match_rank(query, choice.codes, choice.words)
        if rank is not None:
            scored.append((rank, position, choice))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [choice for _rank, _position, choice in scored]


def location_kind_label(kind: str) -> str:
    """The clerk's name of a kind of location (``rail_terminal`` → "rail terminal")."""
    labels = {
        "city": QCoreApplication.translate("Completer", "city"),
        "port": QCoreApplication.translate("Completer", "port"),
        "airport": QCoreApplication.translate("Completer", "airport"),
        "rail_terminal": QCoreApplication.translate("Completer", "rail terminal"),
        "border_crossing": QCoreApplication.translate("Completer", "border crossing"),
        "inland_depot": QCoreApplication.translate("Completer", "inland depot"),
    }
    return labels.get(kind, kind.replace("_", " "))


def location_choices(locations: Sequence[Location]) -> list[Choice]:
    """Locations as choices: by code (``VNHPH`` or ``HPH``), name, the town an airport
    serves, or kind; listed as code, name and kind."""
    names = {loc.code: loc.name for loc in locations}
    choices = []
    for loc in locations:
        kind = location_kind_label(loc.kind)
        served = names.get(loc.serves, "")
        shown_kind = kind if not served else f"{kind} · {loc.serves}"
        choices.append(
            Choice(
                loc.code, loc.code, (loc.code, loc.name, shown_kind),
                codes=(loc.code, loc.code[2:]), words=(loc.name, served, kind, loc.country),
            )  # fmt: skip
        )
    return choices


def name_choices(names: Sequence[str]) -> list[Choice]:
    """Plain names (parties) as choices, matched word by word."""
    return [Choice(name, name, (name,), words=(name,)) for name in names]


class ChoicePopup(QTreeView):
    """The list of matching choices under a field; never takes the focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("choice_popup")
        self.choice_model = QStandardItemModel(self)
        self.setModel(self.choice_model)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(False)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.hide()

    def fill(self, choices: Sequence[Choice]) -> None:
        """Show these choices, one row each."""
        self.choice_model.clear()
        for choice in choices:
            self.choice_model.appendRow([QStandardItem(text) for text in choice.columns])
        for column in range(self.choice_model.columnCount()):
            self.resizeColumnToContents(column)

    def wanted_width(self) -> int:
        """As wide as the widest row of every column needs."""
        columns = range(self.choice_model.columnCount())
        scroll = self.verticalScrollBar().sizeHint().width()
        return sum(self.columnWidth(c) for c in columns) + 2 * self.frameWidth() + scroll + 4

    def wanted_height(self) -> int:
        """Up to ten rows tall."""
        rows = min(self.choice_model.rowCount(), _ROWS_TALL)
        return rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth()


class ChoiceCompleter(QObject):
    """Lists the choices matching what is typed in ``edit`` and takes the highlighted one.

    With ``highlight_first`` (codes, modes: a closed list) the best match is highlighted
    as soon as it is listed, so Tab or Return takes it; without it (party names, where a
    new name is typed in full) only a choice the clerk moved to with Down is taken.

    ``chosen`` is emitted when a choice is clicked in the list.
    """

    chosen = Signal(object)

    def __init__(
        self,
        edit: QLineEdit,
        choices: Callable[[], Sequence[Choice]],
        highlight_first: bool = True,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.choices = choices
        self.highlight_first = highlight_first
        self.shown: list[Choice] = []
        self.popup = ChoicePopup(edit.window())
        edit.destroyed.connect(self.popup.deleteLater)
        self.popup.clicked.connect(self._clicked)
        edit.textEdited.connect(self._edited)
        edit.installEventFilter(self)

    # --- what the clerk sees ---------------------------------------------------------

    def is_open(self) -> bool:
        """True while the list is shown."""
        return self.popup.isVisible()

    def show_matches(self, text: str) -> None:
        """List the choices matching ``text`` (every choice for a blank text)."""
        self.shown = ranked(text, list(self.choices()))[:MOST_SHOWN]
        if not self.shown:
            self.close()
            return
        window = self.edit.window()
        if self.popup.parentWidget() is not window:  # the field was put in a window since
            self.popup.setParent(window)
        self.popup.fill(self.shown)
        if self.highlight_first:
            self._highlight(0)
        self._place()
        self.popup.show()
        self.popup.raise_()

    def show_all(self, current: str | None = None) -> None:
        """List every choice, the one whose value is ``current`` highlighted (none when
        ``current`` is no choice)."""
        self.show_matches("")
        values = [c.value for c in self.shown]
        if current is not None and current in values:
            self._highlight(values.index(current))
        else:  # nothing chosen yet: Tab must not choose for the clerk
            self.popup.clearSelection()

    def close(self) -> None:
        """Hide the list."""
        self.popup.hide()

    def highlighted(self) -> Choice | None:
        """The choice highlighted in the open list (None: closed, or none highlighted)."""
        if not self.is_open():
            return None
        rows = self.popup.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def take(self) -> Choice | None:
        """The highlighted choice, now in the field and the list closed; else the choice
        whose text is the one typed (None: neither)."""
        choice = self.highlighted() or self.exact(self.edit.text())
        if choice is not None and self.edit.text() != choice.text:
            self.edit.setText(choice.text)
        self.close()
        return choice

    def exact(self, text: str) -> Choice | None:
        """The choice whose text or value is ``text`` (ignoring case), if any."""
        wanted = text.strip().casefold()
        for choice in self.choices():
            if wanted and wanted in (choice.text.casefold(), choice.value.casefold()):
                return choice
        return None

    # --- keys and clicks ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.close()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.is_open():
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        steps: dict[int, int] = {
            Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: _ROWS_TALL, Qt.Key.Key_PageUp: -_ROWS_TALL,
        }  # fmt: skip
        if key in steps:
            rows = self.popup.selectionModel().selectedRows()
            now = rows[0].row() if rows else -1
            self._highlight(max(0, min(len(self.shown) - 1, now + steps[key])))
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.highlighted() is not None:
                self.take()
            self.close()
        return False  # the field (or a table's delegate) goes on with the key

    def _clicked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.shown):
            choice = self.shown[index.row()]
            self.edit.setText(choice.text)
            self.close()
            self.chosen.emit(choice)

    def _edited(self, text: str) -> None:
        if text.strip():
            self.show_matches(text)
        else:
            self.close()

    def _highlight(self, row: int) -> None:
        index = self.popup.choice_model.index(row, 0)
        self.popup.setCurrentIndex(index)
        self.popup.scrollTo(index)

    def _place(self) -> None:
        """Under the field (over it when there is no room below), inside its window."""
        window = self.popup.parentWidget()
        if window is None:
            return
        width = min(max(self.popup.wanted_width(), self.edit.width()), window.width() - 4)
        height = self.popup.wanted_height()
        below = self.edit.mapTo(window, QPoint(0, self.edit.height()))
        top = below.y()
        if top + height > window.height() and below.y() - self.edit.height() - height >= 0:
            top = below.y() - self.edit.height() - height
        left = max(2, min(below.x(), window.width() - width - 2))
        self.popup.setGeometry(left, top, width, min(height, window.height() - top))
