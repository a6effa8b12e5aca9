"""The desk's main window, built in steps as Qt's application example is.

``create_actions`` → ``create_menus`` → ``create_tool_bars`` → ``create_status_bar``
→ ``read_settings``. Tabs: Bookings, Rates, Parties, Settings, Follow-up, Results, then one tab
per open booking. Window geometry and state are kept in ``QSettings``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from booking_app.gui.bookings.view import BookingsView
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.desk_settings import desk_settings
from booking_app.gui.common.file_dialogs import ask_save_path
from booking_app.gui.common.language import LanguageManager
from booking_app.gui.common.office_status import OfficeStatus
from booking_app.gui.common.window_keys import WindowKeys
from booking_app.gui.main_actions import ActionSet
from booking_app.gui.rates.notice import RateNotice
from booking_app.gui.settings.backup_actions import BackupActions, refuses_database_file

if TYPE_CHECKING:  # imported when first used: the first paint needs none of them
    from booking_app.gui.bookings.followup_view import FollowUpView
    from booking_app.gui.bookings.results_view import ResultsView
    from booking_app.gui.documents.actions import DocumentActions
    from booking_app.gui.documents.send_quotation import QuotationSender
    from booking_app.gui.editor.booking_editor import BookingEditor

#: The catalogue's views: (module, class), imported when their tab is first shown.
OPTIONAL_VIEWS = (
    ("booking_app.gui.rates.view", "RatesView"),
    ("booking_app.gui.parties.view", "PartiesView"),
    ("booking_app.gui.settings.view", "SettingsView"),
)
#: Follow-up and Results: built when their tab is first shown, Follow-up at the latest
#: right after the first paint (loading it expires overdue quotes and counts the open ones).
LATER_VIEWS = (
    ("booking_app.gui.bookings.followup_view", "FollowUpView"),
    ("booking_app.gui.bookings.results_view", "ResultsView"),
)
FOLLOW_UP_TAB, RESULTS_TAB = 4, 5
FIXED_TABS = 6
_EDITOR_MODULE = "booking_app.gui.editor.booking_editor"


def _editor_class() -> type[BookingEditor] | None:
    """The editor's class if its module is loaded (no editor exists before that)."""
    module = sys.modules.get(_EDITOR_MODULE)
    return cast("type[BookingEditor] | None", getattr(module, "BookingEditor", None))


def load_view(module: str, name: str, ctx: DeskContext) -> QWidget | None:
    """Build one of the catalogue's views, or None (a placeholder tab) if it is missing."""
    try:
        cls: Any = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    view: QWidget = cls(ctx)
    return view


class MainWindow(QMainWindow):
    """Tabs for the views and the open bookings; menus, toolbar and status bar."""

    #: The window has been painted once (what the start put off may run now).
    first_painted = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = LanguageManager(ctx, self)
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.bookings_view = BookingsView(ctx, count_later=True)
        # The other views are built the first time their tab is shown: a start shows
        # the bookings, and the Rates table alone takes a second to size on a large office.
        self._views: list[QWidget | None] = [self.bookings_view]
        self.placeholders: list[QLabel] = []
        self.tabs.addTab(self.bookings_view, "")
        for _view in (*OPTIONAL_VIEWS, *LATER_VIEWS):
            self._views.append(None)
            self.tabs.addTab(QWidget(), "")
        self._painted = False
        for index in range(FIXED_TABS):
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)
        self.create_actions()
        self.create_menus()
        self.create_tool_bars()
        self.create_status_bar()
        self.read_settings()
        self.bookings_view.open_requested.connect(self.open_booking)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.last_printed: Path | None = None
        self.open_printed = True  # show the PDF in the system's viewer once written
        self._documents: DocumentActions | None = None  # built on first use
        self._sender: QuotationSender | None = None
        self.backups = BackupActions(self)
        self.rate_notice = RateNotice(ctx, self.statusBar(), check_now=False)
        self.office_status = OfficeStatus(ctx, self)  # offline banner, who is signed in
        self.bookings_view.export_message.connect(self._show_status)
        ctx.changed.connect(self._on_ctx_changed)
        ctx.online_changed.connect(self._on_online)
        self.retranslate_ui()
        # Installing the translators above posted a LanguageChange for every widget;
        # everything built since is already in the language: not all of it again in the
        # first paint.
        if (app := QCoreApplication.instance()) is not None:
            QCoreApplication.removePostedEvents(app, QEvent.Type.LanguageChange)
        self._on_tab_changed(0)

    @property
    def documents(self) -> DocumentActions:
        """Printing, preview and PDFs of the current booking (built on first use)."""
        if self._documents is None:
            from booking_app.gui.documents.actions import DocumentActions

            self._documents = DocumentActions(self)
        return self._documents

    @property
    def sender_(self) -> QuotationSender:
        """Sending the quotation by e-mail (built on first use)."""
        if self._sender is None:
            from booking_app.gui.documents.send_quotation import QuotationSender

            self._sender = QuotationSender(self)
        return self._sender

    @property
    def followup_view(self) -> FollowUpView:
        """The Follow-up view, built if need be."""
        return cast("FollowUpView", self.view_at(FOLLOW_UP_TAB))

    @property
    def results_view(self) -> ResultsView:
        """The Results view, built if need be."""
        return cast("ResultsView", self.view_at(RESULTS_TAB))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the window is up: now what the start did not need
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        # what the start leaves for pool threads once the window is up
        self.bookings_view.start_counting()
        self.rate_notice.check()
        self.view_at(FOLLOW_UP_TAB)  # loading it expires overdue quotes (a pool thread)

    @property
    def views(self) -> list[QWidget]:
        """The fixed tabs' views (Bookings, Rates, Parties, Settings, Follow-up, Results),
        built if need be."""
        return [self.view_at(index) for index in range(FIXED_TABS)]

    def view_at(self, index: int) -> QWidget:
        """The view of fixed tab ``index``, built now if it has not been shown yet."""
        view = self._views[index]
        if view is not None:
            return view
        if not self.ctx.online and index < FOLLOW_UP_TAB:  # built when the server is back
            self.statusBar().showMessage(self.tr("This view opens when the server is back."), 5000)
            return self.tabs.widget(index) or QWidget()
        module, name = (*OPTIONAL_VIEWS, *LATER_VIEWS)[index - 1]
        view = load_view(module, name, self.ctx)
        if view is None:
            label = QLabel(self.tr("This view is not available in this build yet."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.placeholders.append(label)
            view = label
        self._views[index] = view
        current, blocked = self.tabs.currentIndex(), self.tabs.blockSignals(True)
        stand_in, text = self.tabs.widget(index), self.tabs.tabText(index)
        self.tabs.removeTab(index)
        if stand_in is not None:
            stand_in.deleteLater()
        self.tabs.insertTab(index, view, text)
        self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if index == FOLLOW_UP_TAB and view not in self.placeholders:
            self._wire_follow_up(view)
        return view

    def _wire_follow_up(self, view: QWidget) -> None:
        followup = cast("FollowUpView", view)
        followup.open_requested.connect(self.open_booking)
        followup.requote_requested.connect(self.requote)
        followup.title_changed.connect(self._retitle_follow_up)
        self._retitle_follow_up(followup.tab_title())

    # --- building steps ----------------------------------------------------------------

    def create_actions(self) -> None:
        """Every action, with its shortcut and status tip."""
        self.actions_ = ActionSet(self)
        self.window_keys = WindowKeys(self)  # Ctrl+E and the rest work from a text field

    def create_menus(self) -> None:
        """File, Edit, Booking, View and Help menus."""
        a = self.actions_
        self.file_menu = self.menuBar().addMenu("")
        for action in (
            a.new, a.save, None, a.preview, a.print, a.open_pdf, a.save_pdf, a.cost_sheet, None,
            a.export_day, None, a.backup_now, a.restore, None, a.close_tab, a.quit,
        ):  # fmt: skip
            self._add(self.file_menu, action)
        self.edit_menu = self.menuBar().addMenu("")
        for action in (a.undo, a.redo, None, a.find):
            self._add(self.edit_menu, action)
        self.booking_menu = self.menuBar().addMenu("")
        for action in (a.quote, a.send, a.confirm, a.amend, a.cancel, None, a.duplicate):
            self._add(self.booking_menu, action)
        self.view_menu = self.menuBar().addMenu("")
        for action in (*a.tab_actions, None, a.previous_day, a.next_day, a.today):
            self._add(self.view_menu, action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(a.about)

    @staticmethod
    def _add(menu: Any, action: QAction | None) -> None:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)

    def create_tool_bars(self) -> None:
        """One toolbar with the most used actions."""
        a = self.actions_
        self.tool_bar = self.addToolBar("")
        self.tool_bar.setObjectName("main_tool_bar")
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (a.new, a.save, a.quote, a.confirm, a.preview, a.print, None, a.find):
            self._add(self.tool_bar, action)

    def create_status_bar(self) -> None:
        """The status bar, with the database file always shown."""
        self.db_label = QLabel(str(self.ctx.db_path))
        self.statusBar().addPermanentWidget(self.db_label)

    def read_settings(self) -> None:
        """Window geometry and toolbar state from the last session."""
        settings = desk_settings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = settings.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def write_settings(self) -> None:
        """Keep window geometry and toolbar state for next time."""
        settings = desk_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())

    # --- editors -----------------------------------------------------------------------

    def editors(self) -> list[BookingEditor]:
        """The open booking editors, in tab order."""
        editor_class = _editor_class()
        if editor_class is None:
            return []
        found = [self.tabs.widget(i) for i in range(FIXED_TABS, self.tabs.count())]
        return [w for w in found if isinstance(w, editor_class)]

    def current_editor(self) -> BookingEditor | None:
        """The editor in the current tab, if the current tab is one."""
        editor_class, widget = _editor_class(), self.tabs.currentWidget()
        return widget if editor_class and isinstance(widget, editor_class) else None

    def _add_editor(self) -> BookingEditor:
        from booking_app.gui.editor.booking_editor import BookingEditor  # on first use

        editor = BookingEditor(self.ctx)
        self.undo_group.addStack(editor.undo_stack)
        editor.title_changed.connect(self._retitle)
        editor.state_changed.connect(self._update_actions)
        editor.duplicate_requested.connect(self.new_booking)
        index = self.tabs.addTab(editor, editor.title())
        self.tabs.setCurrentIndex(index)
        return editor

    def new_booking(self, raw: dict[str, Any] | None = None) -> BookingEditor:
        """Open an editor on a new booking (optionally filled from ``raw``)."""
        editor = self._add_editor()
        editor.new_booking(raw if isinstance(raw, dict) else None)
        editor.header.party_edits["customer"].setFocus()
        return editor

    def open_booking(self, booking_no: str) -> BookingEditor:
        """Show the booking's editor, opening it if needed."""
        for editor in self.editors():
            if editor.booking_no == booking_no:
                self.tabs.setCurrentWidget(editor)
                return editor
        editor = self._add_editor()
        editor.load_booking(booking_no)
        return editor

    def close_tab(self, index: int) -> bool:
        """Close a booking's tab (asking about unsaved edits); the views stay."""
        editor_class, widget = _editor_class(), self.tabs.widget(index)
        if editor_class is None or not isinstance(widget, editor_class):
            return False
        if not widget.maybe_close():
            return False
        self.undo_group.removeStack(widget.undo_stack)
        self.tabs.removeTab(index)
        widget.deleteLater()
        return True

    def close_current_tab(self) -> None:
        """Close the current booking tab."""
        if self.current_editor() is not None:
            self.close_tab(self.tabs.currentIndex())

    def _retitle(self, title: str) -> None:
        editor = self.sender()
        index = self.tabs.indexOf(editor) if isinstance(editor, QWidget) else -1
        if index >= 0:
            self.tabs.setTabText(index, title)

    # --- reacting ----------------------------------------------------------------------

    def _retitle_follow_up(self, title: str) -> None:
        self.tabs.setTabText(FOLLOW_UP_TAB, title)

    def requote(self, booking_no: str) -> None:
        """Quote ``booking_no`` again in the editor, at today's rates."""
        from booking_app.gui.editor.requote import requote  # with the editor, on first use

        requote(self, booking_no)

    def send_quotation(self) -> None:
        """Ctrl+Shift+M: the quotation as an e-mail in the mail program; marks it quoted."""
        self.sender_.send(self.current_editor())

    def _on_tab_changed(self, index: int) -> None:
        if 0 < index < FIXED_TABS:
            self.view_at(index)  # built on first show
        editor = self.current_editor()
        # Qt takes no stack (nullptr) when the current tab is a view, not an editor
        self.undo_group.setActiveStack(editor.undo_stack if editor else None)  # type: ignore[arg-type]
        self._update_actions()

    def _update_actions(self) -> None:
        self.actions_.update_for(self.current_editor())

    def _on_online(self, online: bool) -> None:
        if online:  # the view left unbuilt while the server was away
            self._on_tab_changed(self.tabs.currentIndex())

    def _on_ctx_changed(self, changes: Change) -> None:
        if Change.SETTINGS in changes:
            self.retranslate_ui()

    def show_tab(self, index: int) -> None:
        """Bring a view's tab forward."""
        self.tabs.setCurrentIndex(index)

    def find_in_view(self) -> None:
        """Ctrl+F: search in the current view (the bookings list by default)."""
        widget = self.tabs.currentWidget()
        if not hasattr(widget, "focus_search"):
            self.tabs.setCurrentWidget(self.bookings_view)
            widget = self.bookings_view
        widget.focus_search()

    def with_editor(self, name: str) -> None:
        """Run an editor action (save, confirm, …) on the current editor."""
        editor = self.current_editor()
        if editor is not None:
            getattr(editor, name)()
            self.statusBar().showMessage(editor.message.text(), 5000)
            return
        view = self.tabs.currentWidget()
        if name == "save" and hasattr(view, "save"):
            view.save()  # Ctrl+S in the Parties or Settings view saves its form

    # --- printing ----------------------------------------------------------------------

    def _printable_editor(self) -> BookingEditor | None:
        editor = self.current_editor()
        if editor is None:
            self.statusBar().showMessage(self.tr("Open a booking to print it."), 5000)
        return editor

    def print_current(self) -> None:
        """Ctrl+P: the quotation (or, once confirmed, the confirmation) as a PDF."""
        editor = self.current_editor()
        if editor is None or editor.booking_no is None:
            self.statusBar().showMessage(self.tr("Save the booking before printing it."), 5000)
            return
        self.documents.write_and_open(editor)

    def preview_current(self) -> None:
        """Ctrl+Shift+P: the booking's document shown in the desk."""
        editor = self._printable_editor()
        if editor is not None:
            self.documents.preview(editor)

    def print_on_paper(self) -> None:
        """Ctrl+P: the booking's document through the print dialog."""
        editor = self._printable_editor()
        if editor is not None:
            self.documents.print_on_paper(editor)

    def save_pdf_current(self) -> None:
        """Ctrl+Shift+S: the booking's document written to a PDF file."""
        editor = self._printable_editor()
        if editor is not None:
            self.documents.save_pdf(editor)

    def cost_sheet_current(self) -> None:
        """Ctrl+Shift+K: the booking's internal cost sheet shown in the desk."""
        editor = self._printable_editor()
        if editor is not None:
            self.documents.cost_sheet(editor)

    def export_day(self) -> None:
        """Ctrl+E: the bookings of the day picked in the Bookings view, exported."""
        self.show_tab(0)
        self.bookings_view.export_day()

    def backup_now(self) -> None:
        """Ctrl+Shift+B: a checked copy of the database, where the clerk says."""
        self.backups.backup_now()

    def restore_backup(self) -> None:
        """Ctrl+Shift+R: put a backup in place of the database."""
        self.backups.restore()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def ask_pdf_path(self, name: str) -> Path | None:
        """Where to write a PDF (None when the clerk cancels)."""
        chosen, _filter = ask_save_path(
            self, "pdf", self.tr("Save PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if chosen is None or refuses_database_file(self, self.ctx, chosen):
            return None
        return chosen

    def about(self) -> None:
        """Who made this and what it is for."""
        QMessageBox.about(
            self,
            self.tr("About the booking desk"),
            self.tr(
                "Quotes and bookings for freight on the China–ASEAN land-sea corridor.\n"
                "Rates in the demo database are illustrative samples only."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.editors():
            self.tabs.setCurrentWidget(editor)
            if not editor.maybe_close():
                event.ignore()
                return
        self.write_settings()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.setWindowTitle(self.tr("Booking desk"))
        titles = (self.tr("Bookings"), self.tr("Rates"), self.tr("Parties"), self.tr("Settings"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        followup = self._views[FOLLOW_UP_TAB]
        if followup is not None and followup not in self.placeholders:
            self._retitle_follow_up(cast("FollowUpView", followup).tab_title())
        else:  # built right after the first paint; it says the count then
            self._retitle_follow_up(
                QCoreApplication.translate("FollowUpView", "Follow-up (%1)").replace("%1", "…")
            )
        self.tabs.setTabText(RESULTS_TAB, self.tr("Results"))
        for label in self.placeholders:
            label.setText(self.tr("This view is not available in this build yet."))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.booking_menu.setTitle(self.tr("B&ooking"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tool_bar.setWindowTitle(self.tr("Main toolbar"))
        self.db_label.setToolTip(self.tr("Database file"))
        self.actions_.retranslate()
        self._update_actions()
