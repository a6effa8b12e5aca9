"""A line edit for a number in the display language's notation, with its problem shown at it.

The edit keeps what the clerk typed. While the text reads as a number (through
:mod:`booking_app.gui.common.numbers`) its value is that number; while it does not, the edit
is outlined in red, its ``message`` label says why, and its value stays the last one
read, so nothing downstream ever gets a wrong figure. Callers ask :meth:`problem`
before using the value.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from booking_app.gui.common import numbers
from booking_app.gui.common.numbers import EMPTY, NumberError

#: How a field with a problem looks (the text stays readable).
PROBLEM_STYLE = "QLineEdit { border: 2px solid #b00020; border-radius: 3px; padding: 1px; }"
MESSAGE_STYLE = "color: #b00020;"
_ACCELERATOR = re.compile(r"\(&\w\)")


def problem_label() -> QLabel:
    """A red, wrapping label for a field's problem (hidden while there is none)."""
    label = QLabel()
    label.setObjectName("numberProblem")
    label.setStyleSheet(MESSAGE_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class NumberEdit(QLineEdit):
    """A number field; ``edited`` after each change of text by the clerk (value re-read)."""

    edited = Signal()

    def __init__(
        self, whole: bool = False, parent: QWidget | None = None, own_message: bool = True
    ) -> None:
        """``own_message=False``: the owner shows the problem elsewhere, not ``message``."""
        super().__init__(parent)
        self.whole = whole
        self._own_message = own_message
        self._plain = ""
        self._problem: NumberError | None = None
        self._name = ""
        self._hint = ""
        #: True when ``message`` is shown away from the field, so it names it
        self.message_named = False
        self.message = problem_label()
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(40)
        self.textChanged.connect(self._on_text_changed)

    # --- reading and writing (subclasses change these two for other notations) -----

    def read_text(self, text: str) -> str | NumberError:
        """The plain text of what ``text`` reads as ("" for nothing typed)."""
        reading = numbers.read(text, whole=self.whole)
        if isinstance(reading, NumberError):
            return "" if reading.code == EMPTY else reading
        return numbers.plain(reading)

    def show_plain(self, plain: str) -> str:
        """The locale's writing of a plain value."""
        return numbers.show(plain) if plain else ""

    # --- the value ---------------------------------------------------------------------

    def plain_text(self) -> str:
        """The last value read, as plain text for a request ("" when the field is empty)."""
        return self._plain

    def value(self) -> Decimal | None:
        """The last value read (None when empty)."""
        try:
            return Decimal(self._plain) if self._plain else None
        except InvalidOperation:
            return None

    def problem(self) -> NumberError | None:
        """Why the text as it stands cannot be read (None when it can)."""
        return self._problem

    def problem_message(self) -> str:
        """The problem in the clerk's language ("" when there is none)."""
        return numbers.problem_message(self._problem) if self._problem else ""

    def name(self) -> str:
        """What the field is called in messages ("Weight kg")."""
        return self._name

    def set_name(self, name: str) -> None:
        """Name the field in its message (call again after a change of language)."""
        # "&Weight kg:" and "重量 kg(&W)：" are both named without accelerator and colon
        self._name = _ACCELERATOR.sub("", name).replace("&", "").rstrip(":： ")
        self._paint()

    def set_hint(self, hint: str) -> None:
        """The tooltip shown while the number reads well."""
        self._hint = hint
        self._paint()

    def named_problem(self) -> str:
        """``Weight kg: Cannot read …`` ("" when there is no problem)."""
        message = self.problem_message()
        return f"{self._name}: {message}" if message and self._name else message

    def set_plain(self, value: object) -> None:
        """Show a stored or computed value (plain text, Decimal, JSON number) in the locale.

        No ``edited`` signal: the program did it. Text that is not a plain number is
        shown as it is and read like typed text (so it shows its problem).
        """
        text = "" if value is None else str(value).strip()
        blocked = self.blockSignals(True)
        try:
            if self._is_plain(text):
                self._plain, self._problem = text, None
                self.setText(self.show_plain(text))
            else:
                self.setText(text)
                self._reread()
        finally:
            self.blockSignals(blocked)
        self._paint()

    def _is_plain(self, text: str) -> bool:
        return not text or numbers.is_plain(text, self.whole)

    def _on_text_changed(self, _text: str) -> None:
        self._reread()
        self._paint()
        self.edited.emit()

    def _reread(self) -> None:
        reading = self.read_text(self.text())
        if isinstance(reading, NumberError):
            self._problem = reading
        else:
            self._plain, self._problem = reading, None

    def _paint(self) -> None:
        message = self.problem_message()
        self.setStyleSheet(PROBLEM_STYLE if message else "")
        self.setToolTip(message or self._hint)
        self.setAccessibleDescription(message)
        short = numbers.problem_message(self._problem, short=True) if self._problem else ""
        named = self.message_named and self._name and short
        self.message.setText(f"{self._name}: {short}" if named else short)
        self.message.setVisible(bool(message) and self._own_message)

    def changeEvent(self, event: QEvent) -> None:
        """After a change of language: the value in the new notation, the message in words."""
        if event.type() == QEvent.Type.LanguageChange:
            if self._problem is None:
                blocked = self.blockSignals(True)
                self.setText(self.show_plain(self._plain))
                self.blockSignals(blocked)
            self._paint()
        super().changeEvent(event)


class BreaksEdit(NumberEdit):
    """``threshold:rate`` pairs, each number in the locale's notation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(False, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(400)

    def read_text(self, text: str) -> str | NumberError:
        """The rate sheet's text of the typed breaks ("" for none)."""
        reading = numbers.read_breaks(text)
        return reading if isinstance(reading, NumberError) else numbers.plain_breaks(reading)

    def show_plain(self, plain: str) -> str:
        """Stored breaks in the locale's notation."""
        return numbers.show_breaks(plain)

    def _is_plain(self, text: str) -> bool:
        return numbers.is_plain_breaks(text)


def with_message(edit: NumberEdit, vertical: bool = True) -> QWidget:
    """The edit with its problem label under it (or beside it), as one widget for a form."""
    box = QWidget()
    layout: QBoxLayout = QVBoxLayout(box)
    if not vertical:
        layout.setDirection(QBoxLayout.Direction.LeftToRight)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(edit)
    layout.addWidget(edit.message, 1)
    box.setFocusProxy(edit)
    return box
