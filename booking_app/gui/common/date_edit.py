"""Date fields in the display language's one date format (the format the views show).

Every date field of the desk shows :func:`booking_app.gui.common.formatting.date_pattern`
and follows a change of language; files and requests keep ISO dates.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDateTimeEdit

from booking_app.gui.common.formatting import date_pattern

Edit = TypeVar("Edit", bound=QDateTimeEdit)


class _FollowLanguage(QObject):
    """Sets the field's display format again when the language changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QDateTimeEdit):
            watched.setDisplayFormat(date_pattern())
        return False


def localize_date_edit(edit: Edit) -> Edit:
    """Show ``edit`` in the language's date format, now and after a change of language."""
    edit.setDisplayFormat(date_pattern())
    follower = _FollowLanguage(edit)
    edit.installEventFilter(follower)
    return edit
