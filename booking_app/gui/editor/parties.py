"""The *new* badge beside a party field: the name typed is not a party yet (selling.md §6).

Saving a booking creates a party for a new name; the badge lets a typo be seen first.
Whether a name is known is asked of :func:`booking_app.services.catalog.is_new_party`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.problems import Shown
from booking_app.gui.editor.header import PARTY_KEYS, HeaderPanel
from booking_app.services import catalog

_BADGE_STYLE = (
    "background: #fff4ce; color: #6b4e00; border: 1px solid #e0c060; border-radius: 3px;"
    " padding: 0 4px; font-weight: bold;"
)


class PartyBadges(QObject):
    """Shows or hides the *new* badge of each party field as the clerk types."""

    def __init__(
        self, header: HeaderPanel, is_new: Callable[[str], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.header = header
        self.is_new = is_new
        for key in PARTY_KEYS:
            badge = header.party_badges[key]
            badge.setStyleSheet(_BADGE_STYLE)
            badge.hide()
            header.party_edits[key].textChanged.connect(self._on_text)
        self.retranslate()

    def _on_text(self, _text: str) -> None:
        self.update_all()

    def update_all(self) -> None:
        """Look every party field's name up again (after typing, loading or adding a party)."""
        for key in PARTY_KEYS:
            name = self.header.party_edits[key].text().strip()
            badge = self.header.party_badges[key]
            new = self.is_new(name)
            badge.setVisible(new)
            badge.setToolTip(
                self.tr("No party is called %1 yet: saving the booking adds it").replace("%1", name)
                if new
                else ""
            )

    def is_shown(self, key: str) -> bool:
        """Whether the field ``key`` (customer, shipper, consignee) carries the badge."""
        return not self.header.party_badges[key].isHidden()

    def retranslate(self) -> None:
        """The badge's text in the current language."""
        for key in PARTY_KEYS:
            self.header.party_badges[key].setText(self.tr("new"))
        self.update_all()


class PartyEditor(Protocol):
    """What adding a typed party needs of the booking editor."""

    ctx: DeskContext
    clerk: str
    header: HeaderPanel
    party_badges: PartyBadges

    def show_message(self, text: Shown, error: bool = False) -> None: ...


def add_typed_party(editor: PartyEditor, key: str) -> None:
    """Add the name typed in the party field ``key`` as a new party ("+" beside it)."""
    name = editor.header.party_edits[key].text().strip()
    if not name:
        editor.show_message(
            QCoreApplication.translate("BookingEditor", "Type the party's name first."), True
        )
        return
    try:
        catalog.save_party(editor.ctx.uow, {"name": name}, clerk=editor.clerk)
    except BookingDeskError as exc:
        editor.show_message(exc, error=True)
        return
    editor.show_message(
        QCoreApplication.translate("BookingEditor", "Party %1 added.").replace("%1", name)
    )
    editor.ctx.notify(Change.PARTIES)
    editor.party_badges.update_all()
