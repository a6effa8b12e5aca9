"""What the clerk's role may not do, disabled and explained (office.md §3).

The role comes from the database (``ctx.access``, :mod:`booking_app.services.access`),
never from the widget. A control the role may not use is disabled, and its tooltip and
status tip name the role it needs; a view shows a one-line note saying why. On a desk's
own file the one user may do everything and nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from booking_app.services.access import DeskAccess, role_needed


def role_label(role: str) -> str:
    """The clerk's name of a desk role."""
    labels = {
        "sales": QCoreApplication.translate("Rights", "sales"),
        "pricing": QCoreApplication.translate("Rights", "pricing"),
        "admin": QCoreApplication.translate("Rights", "admin"),
    }
    return labels.get(role, role)


def needs_text(action: str) -> str:
    """"Needs the pricing role" for ``action`` (a key of ``services.access.NEEDS``)."""
    return QCoreApplication.translate("Rights", "Needs the %1 role").replace(
        "%1", role_label(role_needed(action))
    )


def note_text(access: DeskAccess, action: str) -> str:
    """Why a view is read-only for this clerk ("" when their role may do ``action``)."""
    if access.may(action):
        return ""
    return (
        QCoreApplication.translate(
            "Rights", "You are signed in as %1 with the %2 role: changes here need the %3 role."
        )
        .replace("%1", access.clerk)
        .replace("%2", role_label(access.role))
        .replace("%3", role_label(role_needed(action)))
    )


def lock(access: DeskAccess, action: str, widgets: Iterable[QWidget]) -> bool:
    """Disable ``widgets`` when the role may not do ``action``, their tips naming the
    role needed; True when it may (the widgets are then left as they are)."""
    if access.may(action):
        return True
    tip = needs_text(action)
    for widget in widgets:
        widget.setEnabled(False)
        widget.setToolTip(tip)
        widget.setStatusTip(tip)
    return False


def show_note(label: QLabel, access: DeskAccess, action: str) -> None:
    """Show the read-only note of ``action`` on ``label`` (hidden when allowed)."""
    text = note_text(access, action)
    label.setText(text)
    label.setVisible(bool(text))


def make_note() -> QLabel:
    """A label for a view's read-only note (hidden until there is one)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a5a00;")
    label.hide()
    return label
