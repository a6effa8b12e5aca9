"""The main window's actions: every one with a keyboard shortcut and a status tip."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:
    from booking_app.gui.bookings.view import BookingsView
    from booking_app.gui.editor.booking_editor import BookingEditor


class ActionHost(Protocol):
    """What the actions need of the window they belong to: the slots they trigger.

    The main window provides it; the actions never see the rest of it (and this
    module never imports the window's).
    """

    undo_group: QUndoGroup
    tabs: QTabWidget
    bookings_view: BookingsView

    def window(self) -> QWidget: ...
    def close(self) -> bool: ...
    def new_booking(self) -> object: ...
    def print_on_paper(self) -> None: ...
    def preview_current(self) -> None: ...
    def print_current(self) -> None: ...
    def save_pdf_current(self) -> None: ...
    def cost_sheet_current(self) -> None: ...
    def export_day(self) -> None: ...
    def backup_now(self) -> None: ...
    def restore_backup(self) -> None: ...
    def close_current_tab(self) -> None: ...
    def find_in_view(self) -> None: ...
    def send_quotation(self) -> None: ...
    def about(self) -> None: ...
    def with_editor(self, name: str) -> None: ...
    def show_tab(self, index: int) -> None: ...

#: Editor actions the window forwards to the current booking editor.
EDITOR_ACTIONS = ("save", "quote", "confirm", "cancel", "duplicate", "amend")


class ActionSet(QObject):
    """Creates the actions of a main window and keeps their texts and states current."""

    def __init__(self, window: ActionHost) -> None:
        super().__init__(window.window())
        self.window = window
        w = window
        # bound methods only: a lambda holding the window keeps it alive past Qt
        self.new = self._action(QKeySequence.StandardKey.New, w.new_booking)
        self.save = self._editor_action(QKeySequence.StandardKey.Save, "save")
        self.print = self._action(QKeySequence.StandardKey.Print, w.print_on_paper)
        self.preview = self._action("Ctrl+Shift+P", w.preview_current)
        self.open_pdf = self._action("Ctrl+Alt+P", w.print_current)
        self.save_pdf = self._action("Ctrl+Shift+S", w.save_pdf_current)
        self.cost_sheet = self._action("Ctrl+Shift+K", w.cost_sheet_current)
        self.export_day = self._action("Ctrl+E", w.export_day)
        self.backup_now = self._action("Ctrl+Shift+B", w.backup_now)
        self.restore = self._action("Ctrl+Shift+R", w.restore_backup)
        self.close_tab = self._action(QKeySequence.StandardKey.Close, w.close_current_tab)
        self.quit = self._action("Ctrl+Q", w.close)
        self.undo = self._action(QKeySequence.StandardKey.Undo, w.undo_group.undo)
        self.redo = self._action("Ctrl+Shift+Z", w.undo_group.redo)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        w.undo_group.canUndoChanged.connect(self.undo.setEnabled)
        w.undo_group.canRedoChanged.connect(self.redo.setEnabled)
        self.find = self._action(QKeySequence.StandardKey.Find, w.find_in_view)
        self.quote = self._editor_action("Ctrl+Shift+Q", "mark_quoted")
        self.send = self._action("Ctrl+Shift+M", w.send_quotation)
        self.confirm = self._editor_action("Ctrl+Shift+C", "confirm")
        self.amend = self._editor_action("Ctrl+Shift+A", "amend")
        self.cancel = self._editor_action("Ctrl+Shift+X", "cancel_booking")
        self.duplicate = self._editor_action("Ctrl+D", "duplicate")
        self.tab_actions = []
        for n in range(6):
            action = self._action(f"Ctrl+{n + 1}", self._show_tab)
            action.setData(n)
            self.tab_actions.append(action)
        self.previous_day = self._action("Alt+Left", self._previous_day)
        self.next_day = self._action("Alt+Right", self._next_day)
        self.today = self._action("Alt+Home", self._today)
        self.about = self._action(QKeySequence.StandardKey.HelpContents, w.about)
        self._by_editor_name = {
            "save": self.save, "quote": self.quote, "confirm": self.confirm,
            "cancel": self.cancel, "duplicate": self.duplicate, "amend": self.amend,
        }  # fmt: skip

    def _action(
        self, keys: QKeySequence.StandardKey | str, slot: Callable[[], object] | None
    ) -> QAction:
        action = QAction(self.window.window())
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)  # every binding of the platform (Close: Ctrl+W, Ctrl+F4)
        else:
            action.setShortcut(QKeySequence(keys))
        if slot is not None:
            action.triggered.connect(slot)
        self.window.window().addAction(action)
        return action

    def _editor_action(self, keys: QKeySequence.StandardKey | str, method: str) -> QAction:
        action = self._action(keys, self._run_editor_method)
        action.setData(method)
        return action

    def _run_editor_method(self) -> None:
        sender = self.sender()
        if isinstance(sender, QAction):
            self.window.with_editor(str(sender.data()))

    def _show_tab(self) -> None:
        sender = self.sender()
        if isinstance(sender, QAction):
            self.window.show_tab(int(sender.data()))

    def _previous_day(self) -> None:
        self.window.show_tab(0)
        self.window.bookings_view.previous_day()

    def _next_day(self) -> None:
        self.window.show_tab(0)
        self.window.bookings_view.next_day()

    def _today(self) -> None:
        self.window.show_tab(0)
        self.window.bookings_view.go_today()

    def update_for(self, editor: BookingEditor | None) -> None:
        """Enable the editor actions that apply to the current editor."""
        for name, action in self._by_editor_name.items():
            action.setEnabled(editor is not None and editor.can(name))
        if editor is None and hasattr(self.window.tabs.currentWidget(), "save"):
            self.save.setEnabled(True)  # the Parties and Settings forms save with Ctrl+S too
        self.send.setEnabled(editor is not None and editor.can("send"))
        saved = editor is not None and editor.booking_no is not None
        self.open_pdf.setEnabled(saved)
        # a new booking may be previewed or printed: the clerk is asked to save it first
        printable = editor is not None and (saved or editor.can("save"))
        for action in (self.preview, self.print, self.save_pdf, self.cost_sheet):
            action.setEnabled(printable)

    def retranslate(self) -> None:
        """Texts and status tips in the current language."""
        texts = (
            (self.new, self.tr("&New booking"), self.tr("Start a new booking")),
            (self.save, self.tr("&Save"), self.tr("Save the booking (a draft until quoted)")),
            (
                self.print,
                self.tr("&Print…"),
                self.tr("Print the quotation or confirmation on a printer"),
            ),
            (
                self.preview,
                self.tr("Pre&view…"),
                self.tr("Show the quotation or confirmation in the desk"),
            ),
            (
                self.open_pdf,
                self.tr("&Open as PDF…"),
                self.tr("The quotation or confirmation as a PDF"),
            ),
            (
                self.save_pdf,
                self.tr("Save P&DF…"),
                self.tr("Save the quotation or confirmation as a PDF file"),
            ),
            (
                self.cost_sheet,
                self.tr("Cost s&heet…"),
                self.tr("The internal cost sheet: cost, price and margin of every line"),
            ),
            (
                self.export_day,
                self.tr("E&xport day…"),
                self.tr("The day's bookings as CSV, XLSX or PDF, written in the background"),
            ),
            (
                self.backup_now,
                self.tr("&Back up now…"),
                self.tr("A checked copy of the database, made while the desk runs"),
            ),
            (
                self.restore,
                self.tr("&Restore…"),
                self.tr("Put a backup in place of the database (the current one is kept)"),
            ),
            (self.close_tab, self.tr("&Close booking"), self.tr("Close the booking's tab")),
            (self.quit, self.tr("&Quit"), self.tr("Close the desk")),
            (self.undo, self.tr("&Undo"), self.tr("Undo the last edit of the booking")),
            (self.redo, self.tr("&Redo"), self.tr("Redo the edit undone")),
            (self.find, self.tr("&Find…"), self.tr("Search the current list")),
            (self.quote, self.tr("Mark &quoted"), self.tr("Save and mark as quoted")),
            (
                self.send,
                self.tr("S&end quotation…"),
                self.tr("The quotation as an e-mail with the PDF, in the mail program; "
                        "marks the booking quoted"),
            ),  # fmt: skip
            (self.confirm, self.tr("&Confirm"), self.tr("Save and confirm (then read-only)")),
            (self.amend, self.tr("&Amend"), self.tr("Change a confirmed booking: a new revision")),
            (self.cancel, self.tr("Cance&l booking"), self.tr("Cancel the booking")),
            (self.duplicate, self.tr("&Duplicate"), self.tr("A new booking like this one")),
            (self.previous_day, self.tr("&Previous day"), self.tr("Bookings of the day before")),
            (self.next_day, self.tr("&Next day"), self.tr("Bookings of the day after")),
            (self.today, self.tr("&Today"), self.tr("Today's bookings")),
            (self.about, self.tr("&About"), self.tr("About the booking desk")),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
        tabs = (
            self.tr("&Bookings"), self.tr("&Rates"), self.tr("&Parties"), self.tr("Se&ttings"),
            self.tr("&Follow-up"), self.tr("Res&ults"),
        )  # fmt: skip
        for action, text in zip(self.tab_actions, tabs, strict=True):
            action.setText(text)
            action.setStatusTip(self.tr("Show the %1 view").replace("%1", text.replace("&", "")))
