"""A date field that also takes ``t`` (today) and ``+N`` / ``-N`` (days from today).

Today is the desk's clock (``ctx.clock``), never the machine's. ``+`` or ``-`` starts
counting only where a date would start (the first part selected, or the cursor at the
start), so a date typed in full still works (a separator typed after a full part is
one Qt has already passed, not a jump over the next part); the date shown follows each
digit. The field shows the display language's one date format
(:func:`~booking_app.gui.common.formatting.date_pattern`), as the views do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from booking_app.gui.common.formatting import date_pattern, to_qdate

_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
# At most this many digits of days (27 years).
_MOST_DIGITS = 4


class DayEdit(QDateEdit):
    """A date field with a calendar, in the language's date format; ``t`` for today,
    ``+N``/``-N`` days from it."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(to_qdate(today()), parent)
        self._today = today
        self._offset: str | None = None  # "+", "+3", "-12" while the clerk counts days
        self.setCalendarPopup(True)
        self.retranslate_ui()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and not event.modifiers() & _COMMAND:
            if text in ("t", "T"):
                self._offset = None
                self._set_day(self._today())
                event.accept()
                return
            if text in ("+", "-") and (self._offset is not None or self._at_start()):
                self._offset = text
                self._set_day(self._today())
                event.accept()
                return
            if text in ("-", "/", ".") and self._offset is None and self._entered_part():
                event.accept()  # "30/11/2026": the part was full and Qt moved on already
                return
            if text.isdigit() and self._offset is not None:
                if len(self._offset) <= _MOST_DIGITS:
                    self._offset += text
                self._set_day(self._today() + timedelta(days=int(self._offset)))
                event.accept()
                return
        self._offset = None
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._offset = None
        super().focusOutEvent(event)

    def _at_start(self) -> bool:
        edit = self.lineEdit()
        return self.currentSectionIndex() == 0 and (
            edit.hasSelectedText() or edit.cursorPosition() == 0
        )

    def _entered_part(self) -> bool:
        """True when the cursor just entered a later part, all of it still selected."""
        edit = self.lineEdit()
        selected = edit.selectedText()
        return (
            self.currentSectionIndex() > 0
            and bool(selected)
            and selected == self.sectionText(self.currentSection())
        )

    def _set_day(self, day: date) -> None:
        self.setDate(to_qdate(day))
        self.setSelectedSection(QDateEdit.Section.DaySection)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """The date format and the hint in the current language."""
        self.setDisplayFormat(date_pattern())
        self.setToolTip(self.tr("t: today; +3: in three days; -1: yesterday"))
