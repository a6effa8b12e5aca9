"""A whole clerk's flow through the widgets, keyboard first.

New booking → parties → three legs rail → sea → truck → 2×40HC → the live quote equals
``booking-app quote`` for the same request → save → confirm → reopen read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from booking_app.core.quote_json import quote_to_json
from booking_app.gui.common.formatting import money
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.editor.quote_panel import LINE_KEYS
from booking_app.gui.main_window import MainWindow
from booking_app.services.quoting import quote
from tests.gui.helpers import activate, type_into_cell, wait_for_quote

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIPPER = "重庆示例机械有限公司"
CONSIGNEE = "Công ty TNHH Ví Dụ"
LEGS = [
    ("Rail FCL", "CNCKG", "CNQZH"),
    ("Sea FCL", "CNQZH", "VNHPH"),
    ("Truck FTL", "VNHPH", "VNHAN"),
]


def same_request(ship_date: str, quote_date: str) -> dict[str, Any]:
    """The request a clerk means by the keystrokes below, written by hand as for the CLI.

    No markup or margin: the clerk typed none, so the settings' default applies.
    """
    return {
        "quote_date": quote_date,
        "ship_date": ship_date,
        "currency": "USD",
        "customer": "Guangxi Example Trading Co.",
        "shipper": SHIPPER,
        "consignee": CONSIGNEE,
        "incoterm": "FOB",
        "cargo": {"containers": [{"type": "40HC", "count": 2}], "description": "Machinery parts"},
        "legs": [
            {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
            {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"},
            {"mode": "road_ftl", "origin": "VNHPH", "destination": "VNHAN"},
        ],
    }


def key(
    qtbot: Any, widget: Any, k: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key; the window is made active first, as after a completer's pop-up closed."""
    activate(qtbot, widget)
    qtbot.keyClick(widget, k, modifiers)
    QApplication.processEvents()


def build_booking(window: MainWindow, qtbot: Any) -> BookingEditor:
    """Type a three-leg booking into a new editor, keyboard first."""
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    editor = window.current_editor()
    assert editor is not None and editor.status == "new"
    header = editor.header
    assert QApplication.focusWidget() is header.party_edits["customer"]
    qtbot.keyClicks(header.party_edits["customer"], "Guangxi Example Trading Co.")
    header.party_edits["shipper"].setText(SHIPPER)  # non-ASCII: set, never typed by keyClicks
    header.party_edits["consignee"].setText(CONSIGNEE)
    header.incoterm.setFocus()
    qtbot.keyClicks(header.incoterm, "FOB")
    assert header.incoterm.currentText() == "FOB"
    qtbot.keyClicks(editor.cargo.description, "Machinery parts")
    spin = editor.cargo.container_spins["40HC"]
    spin.setFocus()
    key(qtbot, spin, Qt.Key.Key_Up)
    key(qtbot, spin, Qt.Key.Key_Up)
    table = editor.legs.table
    for row, (mode, origin, destination) in enumerate(LEGS):
        if row:
            key(qtbot, table, Qt.Key.Key_L, CTRL)  # add leg: starts where the last one ends
        type_into_cell(qtbot, table, row, 0, mode)
        if row == 0:
            type_into_cell(qtbot, table, row, 1, origin)
        type_into_cell(qtbot, table, row, 2, destination)
    return editor


def test_clerk_builds_quotes_saves_confirms_and_reopens(window: MainWindow, qtbot: Any) -> None:
    editor = build_booking(window, qtbot)
    wait_for_quote(qtbot, editor)
    raw = editor.request()
    expected_raw = same_request(raw["ship_date"], raw["quote_date"])
    assert raw["legs"] == expected_raw["legs"]
    assert "markup_percent" not in raw and "margin_percent" not in raw
    assert raw["cargo"]["containers"] == [{"type": "40HC", "count": 2}]

    # the live quote equals the CLI's quote of the same request, to the cent
    cli = quote_to_json(quote(editor.ctx.uow, expected_raw))
    shown = editor.last_result
    assert shown is not None and shown.quote is not None
    assert shown.quote["total"] == cli["total"]
    assert shown.quote["legs"] == cli["legs"]
    assert editor.quote_panel.total_label.text() == f"Total: USD {money(cli['total'])}"
    lines = editor.quote_panel.shown_lines()
    assert lines == [[{k: ln[k] for k in LINE_KEYS} for ln in leg["lines"]] for leg in cli["legs"]]
    assert [leg["carrier"] for leg in cli["legs"]] == [
        editor.legs.model.index(r, 3).data() for r in range(3)
    ]

    # save (Ctrl+S): a draft with a booking number
    key(qtbot, window, Qt.Key.Key_S, CTRL)
    assert editor.booking_no is not None and editor.status == "draft", editor.message.text()
    number = editor.booking_no
    assert not editor.is_dirty()
    window.bookings_view.set_day(editor.header.quote_date.date().toPython())
    assert window.bookings_view.model.rowCount() == 1

    # confirm (Ctrl+Shift+C): read-only from now on
    key(qtbot, window, Qt.Key.Key_C, CTRL_SHIFT)
    assert editor.status == "confirmed" and editor.revision == 2
    assert editor.is_read_only()
    assert editor.header.party_edits["customer"].isReadOnly()
    assert not editor.buttons["save"].isEnabled() and editor.buttons["amend"].isEnabled()
    assert not editor.legs.model.flags(editor.legs.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable

    # close the tab (Ctrl+W), reopen from the day's list with Enter: still read-only
    key(qtbot, window, Qt.Key.Key_W, CTRL)
    assert window.current_editor() is None
    view = window.bookings_view
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.model.index(0, 7).data() == "confirmed"
    key(qtbot, view.table, Qt.Key.Key_Return)
    reopened = window.current_editor()
    assert reopened is not None and reopened is not editor
    assert reopened.booking_no == number and reopened.is_read_only()
    assert reopened.header.party_edits["shipper"].text() == SHIPPER
    assert reopened.quote_panel.shown_lines() == lines
    assert cli["total"] in reopened.quote_panel.total_label.text().replace(",", "")
