"""The clerk filter of the bookings list (office.md §4): all clerks, me, or one clerk.

"Me" is the clerk the store says is at the desk (``ctx.access.clerk``: the login role
on an office server, the clerk name of the settings on a desk's own file). The other
choices are the clerks who have bookings in the days the list shows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.services.listing import list_clerks

ALL, ME = "all", "me"
_CLERK = "clerk:"


class ClerkFilter(QComboBox):
    """A combo box of whose bookings to list; :meth:`clerk` is the filter's value."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._names: list[str] = []
        self._loaded: tuple[date | None] | None = None  # the days the names are of
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill()
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: Change) -> None:
        if changes & Change.SETTINGS:  # a desk file's "me" is the clerk name of the settings
            self._fill()

    def clerk(self) -> str | None:
        """The clerk whose bookings to list (None: every clerk's)."""
        data = self.currentData()
        if data == ME:
            return self.ctx.access.clerk
        if isinstance(data, str) and data.startswith(_CLERK):
            return data.removeprefix(_CLERK)
        return None

    def choose(self, clerk: str | None) -> None:
        """Pick ``clerk`` (None: all clerks; the desk's own clerk: "me")."""
        if clerk is None:
            wanted = ALL
        elif clerk == self.ctx.access.clerk:
            wanted = ME
        else:
            wanted = _CLERK + clerk
            if clerk not in self._names:
                self._names = sorted({*self._names, clerk})
                self._fill()
        self.setCurrentIndex(max(0, self.findData(wanted)))

    def reload(self, day: date | None, force: bool = False) -> None:
        """Offer the clerks with bookings on ``day`` (all days: None), keeping the choice.

        Read again only for other days or when ``force``d (bookings changed): a search
        typed into the list does not read every booking's clerk again.
        """
        if self._loaded == (day,) and not force:
            return
        self._loaded = (day,)
        chosen = self.clerk() if self.currentData() != ME else None
        names = set(list_clerks(self.ctx.uow, day))
        if chosen:
            names.add(chosen)
        names.discard(self.ctx.access.clerk)
        names.discard("")
        if sorted(names) != self._names:
            self._names = sorted(names)
            self._fill()

    def _fill(self) -> None:
        current = self.currentData() or ALL
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All clerks"), ALL)
        me = self.ctx.access.clerk
        self.addItem(self.tr("Me (%1)").replace("%1", me) if me else self.tr("Me"), ME)
        for name in self._names:
            self.addItem(name, _CLERK + name)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
