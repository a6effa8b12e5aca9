"""The office server's state in the main window (office.md §5).

While the server cannot be reached a banner across the top says so, with the age of
the rate copy live quotes now come from, and that saving waits for the server; the
status bar shows "Offline". Back online, both go. On a desk's own file nothing shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.reconnect import Reconnector
from booking_app.gui.common.rights import role_label

#: How often the banner's "N minutes old" is brought up to date (milliseconds).
AGE_TICK_MS = 30_000


class OfficeStatus(QObject):
    """The offline banner and the status-bar state of one main window."""

    def __init__(self, ctx: DeskContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; padding: 6px;"
            " border-bottom: 1px solid #e0c36a; font-weight: bold; }"
        )
        self.bar = QToolBar()
        self.bar.setObjectName("office_offline_banner")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)  # not one of the clerk's toolbars
        self.bar.addWidget(self.banner)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.state = QLabel()  # who is signed in, and online or offline
        if ctx.access.server:
            window.statusBar().addPermanentWidget(self.state)
        self._tick = QTimer(self)
        self._tick.setInterval(AGE_TICK_MS)
        self._tick.timeout.connect(self.show_state)
        ctx.online_changed.connect(self._on_online)
        self.reconnect = Reconnector(ctx, self)  # offline: try the server every few seconds
        window.installEventFilter(self)
        self.show_state()

    def _on_online(self, online: bool) -> None:
        if online:
            self._tick.stop()
        else:
            self._tick.start()
        self.show_state()

    def is_offline_shown(self) -> bool:
        """True while the offline banner is shown."""
        return not self.bar.isHidden()

    def show_state(self) -> None:
        """Show or hide the banner, in the current language."""
        ctx = self.ctx
        self.bar.setVisible(not ctx.online)
        age = ctx.copy_age_minutes()
        self.banner.setText(
            self.tr(
                "Offline: the office server cannot be reached. Quotes come from this desk's"
                " copy of the rates (%n minute(s) old); bookings cannot be saved until the"
                " server is back. Nothing you type is lost.",
                "",
                age or 0,
            )
        )
        if ctx.server_target():
            self.banner.setToolTip(ctx.server_target() + (f": {ctx.offline_reason}"
                                   if ctx.offline_reason else ""))  # fmt: skip
        access = ctx.access
        who = self.tr("%1 (%2)").replace("%1", access.clerk).replace("%2", role_label(access.role))
        self.state.setText(self.tr("Offline") + " · " + who if not ctx.online else who)
        self.state.setStyleSheet("color: #b00020; font-weight: bold;" if not ctx.online else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow a change of language of the window."""
        if event.type() == QEvent.Type.LanguageChange:
            self.show_state()
        return False
