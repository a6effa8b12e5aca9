"""What the bookings list says when it shows nothing: what to do next, with the keys.

Two cases: the desk holds no booking at all (a first start: make one, import rates, set
your name), or the day and filter picked match none (go to another day, search, or make
one). The text lies over the table's empty viewport and never takes a click or a key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel


def _keys(keys: QKeySequence.StandardKey | str) -> str:
    """A shortcut as the platform writes it (``Ctrl+N``)."""
    if isinstance(keys, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(keys)
        sequence = bindings[0] if bindings else QKeySequence()
    else:
        sequence = QKeySequence(keys)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class EmptyState(QLabel):
    """A centred hint over an empty table's viewport (hidden while the table has rows)."""

    def __init__(self, table: QAbstractItemView) -> None:
        super().__init__(table.viewport())
        self.setObjectName("bookings_empty_state")
        self.table = table
        self.first_start = False
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        table.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.table.viewport().rect())
        return False

    def show_for(self, rows: int, first_start: bool) -> None:
        """Show the hint when there are no ``rows`` (``first_start``: no booking at all)."""
        self.first_start = first_start
        self.retranslate()
        self.setGeometry(self.table.viewport().rect())
        self.setVisible(rows == 0)

    def retranslate(self) -> None:
        """The hint in the current language."""
        new = _keys(QKeySequence.StandardKey.New)
        if self.first_start:
            text = self.tr(
                "No bookings yet.\n\n"
                "%1  a new booking\n"
                "%2  the rates: import a rate sheet there (Alt+R)\n"
                "%3  the settings: your name and the company's letterhead"
            )
            for number, where in enumerate(("", "Ctrl+2", "Ctrl+4"), 1):
                text = text.replace(f"%{number}", new if number == 1 else _keys(where))
        else:
            text = self.tr(
                "No bookings on this day match.\n\n"
                "%1 / %2  the day before / after,  %3  today\n"
                "%4  search every day (tick All days)\n"
                "%5  a new booking"
            )
            moves: tuple[QKeySequence.StandardKey | str, ...] = (
                "Alt+Left", "Alt+Right", "Alt+Home", QKeySequence.StandardKey.Find, "",
            )  # fmt: skip
            for number, key in enumerate(moves, 1):
                text = text.replace(f"%{number}", new if number == 5 else _keys(key))
        self.setText(text)
