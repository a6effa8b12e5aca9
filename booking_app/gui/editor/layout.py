"""How the booking editor is laid out: boxes, splitters, tab order, local shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from booking_app.gui.common.questions import (  # the editor asks with it
    ask_save_discard_cancel as ask_save_discard_cancel,
)
from booking_app.gui.editor.banner import Banner
from booking_app.gui.editor.cargo import CargoPanel
from booking_app.gui.editor.header import HeaderPanel
from booking_app.gui.editor.history import HistoryPanel
from booking_app.gui.editor.legs import LegsPanel
from booking_app.gui.editor.quote_panel import QuotePanel
from booking_app.gui.editor.sheet import MnemonicFocus
from booking_app.gui.editor.ship_date import ShipDateNotice


class EditorFrame(QWidget):
    """The parts of a booking editor that :func:`lay_out` arranges.

    :class:`~booking_app.gui.editor.booking_editor.BookingEditor` is one: it creates
    the panels, labels, buttons and actions; :func:`lay_out` adds the boxes around them.
    """

    header: HeaderPanel
    cargo: CargoPanel
    legs: LegsPanel
    quote_panel: QuotePanel
    ship_notice: ShipDateNotice
    history: HistoryPanel
    info_label: QLabel
    message: Banner
    buttons: dict[str, QPushButton]
    add_leg_action: QAction
    remove_leg_action: QAction
    # built by lay_out
    header_box: QGroupBox
    cargo_box: QGroupBox
    route_box: QGroupBox
    quote_box: QGroupBox
    history_box: QGroupBox
    undo_keys: EditorUndoKeys


def lay_out(editor: EditorFrame) -> None:
    """Header on top; cargo beside the route; the live quote below; Tab goes top-down."""
    editor.header_box, editor.cargo_box = QGroupBox(), QGroupBox()
    editor.route_box, editor.quote_box = QGroupBox(), QGroupBox()
    for box, panel in (
        (editor.header_box, editor.header), (editor.cargo_box, scrolled(editor.cargo)),
        (editor.route_box, editor.legs), (editor.quote_box, editor.quote_panel),
    ):  # fmt: skip
        QVBoxLayout(box).addWidget(panel)
    MnemonicFocus(editor.route_box, editor.legs.table)  # Alt+R: the cursor in the route
    quote_layout = editor.quote_box.layout()
    if isinstance(quote_layout, QVBoxLayout):
        quote_layout.insertWidget(0, editor.ship_notice)  # a ship date before today
    top = QHBoxLayout()
    top.addWidget(editor.info_label, 1)
    for button in editor.buttons.values():
        top.addWidget(button)
    middle = QSplitter(Qt.Orientation.Horizontal)
    middle.addWidget(editor.cargo_box)
    middle.addWidget(editor.route_box)
    middle.setSizes([560, 740])
    middle.setChildrenCollapsible(False)
    editor.history_box = QGroupBox()
    QVBoxLayout(editor.history_box).addWidget(editor.history)
    bottom = QSplitter(Qt.Orientation.Horizontal)
    bottom.addWidget(editor.quote_box)
    bottom.addWidget(editor.history_box)
    bottom.setSizes([1000, 300])
    bottom.setChildrenCollapsible(False)
    body = QSplitter(Qt.Orientation.Vertical)
    body.addWidget(middle)
    body.addWidget(bottom)
    body.setSizes([290, 430])
    body.setChildrenCollapsible(False)
    layout = QVBoxLayout(editor)
    layout.addLayout(top)
    layout.addWidget(editor.message)
    layout.addWidget(editor.header_box)
    layout.addWidget(body, 1)
    chain = [*editor.header.tab_chain(), *editor.cargo.tab_chain(), editor.legs.table]
    chain += [editor.legs.add_button, editor.legs.remove_button, editor.quote_panel.tree]
    chain += list(editor.buttons.values())
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
    editor.undo_keys = EditorUndoKeys(editor)
    editor.undo_keys.watch(editor)


class VerticalScroll(QScrollArea):
    """Scrolls up and down only: as wide as its widget needs, in any language."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.minimumSizeHint().width() + bar, hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # its needs changed (another language): ask again
        return super().eventFilter(watched, event)


def scrolled(panel: QWidget) -> QScrollArea:
    """``panel`` in a scroll area: on a small screen (1366×768) it scrolls instead of being
    squeezed until its boxes overlap, and the window fits the screen."""
    area = VerticalScroll()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    return area


class EditorUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the editor's undo stack from any field.

    A line edit or spin box would otherwise take these keys for its own, smaller undo.
    """

    KEYS = (
        QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
    )  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination())
            redo = QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")
            if any(event.matches(k) for k in self.KEYS) or combo in redo:
                return True  # not accepted as an override: the window's action runs
        return False

    def watch(self, root: QWidget) -> None:
        """Filter every text field and spin box under ``root``."""
        for child in root.findChildren(QWidget):
            if isinstance(child, QLineEdit | QAbstractSpinBox):
                child.installEventFilter(self)


def editor_action(editor: QWidget, keys: str, slot: Callable[[], object]) -> QAction:
    """A shortcut that works while the focus is anywhere inside the editor."""
    action = QAction(editor)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    editor.addAction(action)
    return action


def ask_yes_no(editor: QWidget, question: str) -> bool:
    """Ask a yes/no question."""
    title = QCoreApplication.translate("BookingEditor", "Booking desk")
    return QMessageBox.question(editor, title, question) == QMessageBox.StandardButton.Yes


def retranslate_editor(editor: EditorFrame) -> None:
    """The titles of the editor's boxes, buttons and actions in the current language."""
    boxes = {
        editor.header_box: QCoreApplication.translate("BookingEditor", "Booking"),
        editor.cargo_box: QCoreApplication.translate("BookingEditor", "Cargo"),
        editor.route_box: QCoreApplication.translate("BookingEditor", "&Route"),
        editor.quote_box: QCoreApplication.translate("BookingEditor", "Live quote"),
        editor.history_box: QCoreApplication.translate("BookingEditor", "History"),
    }
    for box, title in boxes.items():
        box.setTitle(title)
    texts = {
        "save": QCoreApplication.translate("BookingEditor", "Save draft"),
        "quote": QCoreApplication.translate("BookingEditor", "Mark quoted"),
        "confirm": QCoreApplication.translate("BookingEditor", "Confirm"),
        "cancel": QCoreApplication.translate("BookingEditor", "Cancel booking"),
        "duplicate": QCoreApplication.translate("BookingEditor", "Duplicate"),
        "amend": QCoreApplication.translate("BookingEditor", "Amend"),
    }
    for name, text in texts.items():
        editor.buttons[name].setText(text)
    editor.add_leg_action.setText(QCoreApplication.translate("BookingEditor", "Add leg"))
    editor.remove_leg_action.setText(QCoreApplication.translate("BookingEditor", "Remove leg"))
