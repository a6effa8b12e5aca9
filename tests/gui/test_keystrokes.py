"""Issue 9, Deliver 1: a three-leg container booking typed in at most 40 keystrokes.

From an empty editor, with real key events sent to whatever has the focus (no setter
is called): parties, incoterm, goods, 2×40HC, rail Chongqing → Qinzhou, sea Qinzhou →
Haiphong, truck Haiphong → Hanoi, then Ctrl+Shift+Q saves it as quoted — which the
desk refuses for a booking that is incomplete or not priced. Every key is counted but
the characters of the three party names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from booking_app.core.quote_json import quote_to_json
from booking_app.gui.main_window import MainWindow
from booking_app.services import desk
from booking_app.services.quoting import quote
from tests.gui.helpers import activate, wait_for_quote
from tests.gui.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TAB, INSERT = Qt.Key.Key_Tab, Qt.Key.Key_Insert
CUSTOMER = "Guangxi Example Trading Co."
SHIPPER = "Chongqing Example Machinery Co."
CONSIGNEE = "Cong ty TNHH Vi Du"
MOST_KEYSTROKES = 40


def type_booking(keys: Keyboard) -> None:
    """The clerk's keys, from the customer field of a new booking to saving it."""
    keys.type(CUSTOMER, counted=False)
    keys.press(TAB)
    keys.type(SHIPPER, counted=False)
    keys.press(TAB)
    keys.type(CONSIGNEE, counted=False)
    keys.press(TAB)  # → incoterm
    keys.type("fo")  # FOB
    keys.press(Qt.Key.Key_G, ALT)  # &Goods
    keys.type("Parts")
    keys.press(Qt.Key.Key_C, ALT)  # &Containers and trucks: the 20GP count
    keys.press(TAB)  # 40GP
    keys.press(TAB)  # 40HC
    keys.type("2")
    keys.press(Qt.Key.Key_R, ALT)  # &Route: the first leg's mode
    keys.type("r")  # Rail FCL
    keys.press(TAB)
    keys.type("ckg")  # CNCKG Chongqing, the highlighted choice, taken by Tab
    keys.press(TAB)
    keys.type("qzh")  # CNQZH Qinzhou
    keys.press(INSERT)  # a leg from Qinzhou, the cursor on its mode
    keys.type("s")  # Sea FCL
    keys.press(TAB)
    keys.press(TAB)  # from: Qinzhou already
    keys.type("hph")  # VNHPH Haiphong
    keys.press(INSERT)
    keys.type("t")  # Truck FTL
    keys.press(TAB)
    keys.press(TAB)
    keys.type("han")  # VNHAN Hanoi, committed by the shortcut below
    keys.press(Qt.Key.Key_Q, CTRL_SHIFT)  # save as quoted


def expected_request(raw: dict[str, Any]) -> dict[str, Any]:
    """What those keys mean, written by hand (dates and currency as the editor has them)."""
    return {
        "quote_date": raw["quote_date"], "ship_date": raw["ship_date"], "currency": "USD",
        "customer": CUSTOMER, "shipper": SHIPPER, "consignee": CONSIGNEE, "incoterm": "FOB",
        "notes": "",
        "cargo": {
            "containers": [{"type": "40HC", "count": 2}], "description": "Parts",
            "dangerous_goods": False,
        },
        "legs": [
            {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
            {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"},
            {"mode": "road_ftl", "origin": "VNHPH", "destination": "VNHAN"},
        ],
    }  # fmt: skip


def test_a_three_leg_container_booking_in_at_most_40_keystrokes(
    window: MainWindow, qtbot: Any, record_property: Any
) -> None:
    activate(qtbot, window)
    window.new_booking()
    editor = window.current_editor()
    assert editor is not None and editor.status == "new"
    keys = Keyboard(qtbot, window)
    assert keys.focused() is editor.header.party_edits["customer"]

    type_booking(keys)

    print(f"\nkeystrokes besides the party names: {keys.count}: {' '.join(keys.log)}")
    record_property("keystrokes", keys.count)
    assert editor.status == "quoted", editor.message.text()
    assert editor.booking_no is not None and not editor.is_dirty()
    saved = desk.open_booking(editor.ctx.uow, editor.booking_no)
    assert saved.request["legs"] == expected_request(saved.request)["legs"]
    for key in ("customer", "shipper", "consignee", "incoterm"):
        assert saved.request[key] == expected_request(saved.request)[key]
    assert saved.request["cargo"]["containers"] == [{"type": "40HC", "count": 2}]
    assert saved.request["cargo"]["description"] == "Parts"
    # priced leg by leg, exactly as the CLI prices the same request
    assert saved.quote is not None
    cli = quote_to_json(quote(editor.ctx.uow, expected_request(saved.request)))
    assert saved.quote["total"] == cli["total"]
    assert [leg["subtotal"] for leg in saved.quote["legs"]] == [
        leg["subtotal"] for leg in cli["legs"]
    ]
    assert keys.count <= MOST_KEYSTROKES, keys.log
    wait_for_quote(qtbot, editor)
