"""The editor as a sales tool: price rule, both sides and margin, hiding the cost, the
margin floor's approval, extra charges, spot rates and the *new* party badge."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from booking_app.core.errors import MarginApprovalError
from booking_app.core.quote_json import quote_to_json
from booking_app.gui.common.changes import Change
from booking_app.gui.common.desk_settings import desk_settings
from booking_app.gui.editor import status as editor_status
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.editor.dialogs import ApprovalDialog, ChargeDialog, SpotDialog
from booking_app.gui.editor.quote_panel import COST_KEYS, HIDE_COST_KEY, LINE_KEYS, column_of
from booking_app.gui.main_window import MainWindow
from booking_app.services import catalog, quoting
from booking_app.services.settings import save_settings
from tests.gui.helpers import activate, wait_for_quote
from tests.gui.test_booking_editor import sample

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: The demo lane CNQZH → VNDAD has no rate: a spot rate must price it.
NO_RATE_LEGS = [
    {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
    {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"},
]


def unpriced_sample(**changes: Any) -> dict[str, Any]:
    """The demo request without a markup or margin of its own."""
    raw = sample(**changes)
    raw.pop("markup_percent", None)
    return raw


@pytest.fixture(autouse=True)
def _cost_shown() -> Iterator[None]:
    """Every test starts, and leaves, with the cost side shown."""
    desk_settings().setValue(HIDE_COST_KEY, False)
    yield
    desk_settings().setValue(HIDE_COST_KEY, False)


def open_editor(window: MainWindow, qtbot: Any, raw: dict[str, Any]) -> BookingEditor:
    editor = window.new_booking()
    editor.apply_state(raw)
    wait_for_quote(qtbot, editor)
    return editor


def set_settings(window: MainWindow, values: dict[str, str]) -> None:
    save_settings(window.ctx.uow, values)
    window.ctx.notify(Change.SETTINGS)


def accept_with(values: dict[str, str]) -> Any:
    """A stand-in for ``QDialog.exec``: type ``values`` into the named fields, press OK."""

    def run(dialog: QDialog) -> int:
        for name, text in values.items():
            field = getattr(dialog, name)
            if hasattr(field, "setCurrentText") and field.findData(text) >= 0:
                field.setCurrentIndex(field.findData(text))
            elif hasattr(field, "setCurrentText"):
                field.setCurrentText(text)
            elif hasattr(field, "setValue"):
                field.setValue(int(text))
            else:
                field.setText(text)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
        assert ok.isEnabled(), "OK is not enabled"
        return int(QDialog.DialogCode.Accepted)

    return run


# --- the price rule ------------------------------------------------------------------


def test_a_new_booking_takes_the_price_rule_from_profile_or_settings(
    window: MainWindow, qtbot: Any
) -> None:
    set_settings(window, {"default_price_rule": "margin", "default_markup_percent": "10"})
    editor = window.new_booking()
    assert editor.header.percent.text() == ""
    assert not any(k in editor.request() for k in ("markup_percent", "margin_percent"))
    editor.apply_state(unpriced_sample())
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    legs = editor.last_result.quote["legs"]
    assert {(leg["price_rule"], leg["price_percent"]) for leg in legs} == {("margin", "10")}
    assert editor.quote_panel.cell_text(0, None, "basis") == "margin 10 %"
    # the clerk overrides it for this booking
    editor.header.price_rule.setCurrentIndex(editor.header.price_rule.findData("markup"))
    editor.header.percent.setText("7.5")
    assert editor.request()["markup_percent"] == "7.5"
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    assert editor.last_result.quote["legs"][0]["price_rule"] == "markup"
    assert editor.quote_panel.cell_text(0, None, "basis") == "markup 7.5 %"


def test_live_quote_equals_the_services_and_the_cli_under_a_margin_default(
    window: MainWindow, qtbot: Any
) -> None:
    set_settings(window, {"default_price_rule": "margin", "default_markup_percent": "12.5"})
    editor = open_editor(window, qtbot, unpriced_sample())
    raw = editor.request()
    shown = editor.last_result
    assert shown is not None and shown.quote is not None
    expected = quote_to_json(quoting.quote(editor.ctx.uow, raw))
    assert shown.quote == expected
    cli = subprocess.run(
        [sys.executable, "-m", "booking_app", "--db", str(editor.ctx.db_path), "quote", "-"],
        input=json.dumps(raw), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    printed = json.loads(cli.stdout)
    assert printed["total"] == expected["total"] and printed["legs"] == expected["legs"]
    assert expected["legs"][0]["price_rule"] == "margin"
    assert Decimal(expected["total"]) > Decimal(expected["cost_total"])
    # every line shows both sides as the services gave them, and the margin between
    panel = editor.quote_panel
    assert panel.shown_lines() == [
        [{k: str(line[k]) for k in LINE_KEYS} for line in leg["lines"]] for leg in expected["legs"]
    ]
    first = expected["legs"][0]["lines"][0]
    margin = Decimal(first["amount_quote"]) - Decimal(first["cost_quote"])
    assert panel.cell_text(0, 0, "margin") == f"{margin:,}"
    assert (
        panel.cell_text(0, None, "amount_quote") == f"{Decimal(expected['legs'][0]['subtotal']):,}"
    )
    assert panel.cell_text(0, None, "cost_quote") == (
        f"{Decimal(expected['legs'][0]['cost_subtotal']):,}"
    )
    assert panel.total_label.text() == f"Total: USD {Decimal(expected['total']):,}"
    assert panel.cost_label.text() == f"Cost: USD {Decimal(expected['cost_total']):,}"
    assert f"({expected['margin_percent']} %)" in panel.margin_label.text()
    assert "below the floor" not in panel.margin_label.text()


# --- hiding the cost ------------------------------------------------------------------


def test_cost_columns_hide_and_come_back_and_the_choice_is_remembered(
    window: MainWindow, qtbot: Any
) -> None:
    editor = open_editor(window, qtbot, sample(markup_percent="10"))
    panel = editor.quote_panel
    tree = panel.tree
    assert not any(tree.isColumnHidden(column_of(k)) for k in COST_KEYS)
    assert panel.cost_label.isVisibleTo(editor) and panel.margin_label.isVisibleTo(editor)
    activate(qtbot, editor.legs.table)
    editor.legs.table.setFocus()
    qtbot.keyClick(editor.legs.table, Qt.Key.Key_H, CTRL_SHIFT)  # from anywhere in the editor
    assert panel.cost_hidden
    assert all(tree.isColumnHidden(column_of(k)) for k in COST_KEYS)
    for key in ("sell_quantity", "sell_unit_price", "sell_amount", "amount_quote"):
        assert not tree.isColumnHidden(column_of(key))
    assert not panel.cost_label.isVisibleTo(editor)
    assert not panel.margin_label.isVisibleTo(editor)
    assert panel.cell_text(0, None, "basis") == ""  # the rule is not for the customer
    assert panel.hide_cost_button.text() == "Show cost"
    # remembered: the next editor opens with the cost hidden
    other = window.new_booking()
    assert other.quote_panel.cost_hidden
    assert other.quote_panel.tree.isColumnHidden(column_of("cost_quote"))
    # the button brings it back, and that is remembered too
    qtbot.mouseClick(other.quote_panel.hide_cost_button, Qt.MouseButton.LeftButton)
    assert not other.quote_panel.cost_hidden
    assert not other.quote_panel.tree.isColumnHidden(column_of("cost_quote"))
    assert desk_settings().value(HIDE_COST_KEY) in (False, "false")
    window.tabs.setCurrentWidget(editor)  # the first editor follows once shown again
    QApplication.processEvents()
    assert not editor.quote_panel.cost_hidden
    assert panel.cell_text(0, None, "basis") == "markup 10 %"


# --- the margin floor -----------------------------------------------------------------


def test_confirming_below_the_floor_asks_for_an_approval(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_settings(window, {"min_margin_percent": "15"})
    editor = open_editor(window, qtbot, sample(markup_percent="10"))
    panel = editor.quote_panel
    assert "below the floor of 15 %" in panel.margin_label.text()
    asked: list[MarginApprovalError] = []

    def ask(problem: MarginApprovalError) -> dict[str, str] | None:
        asked.append(problem)
        return None

    monkeypatch.setattr(editor, "ask_approval", ask)
    # cancelled: nothing is saved, the problem is shown at the margin figure
    assert not editor.confirm()
    assert editor.booking_no is None and editor.status == "new"
    assert asked[0].floor == Decimal(15) and asked[0].margin_percent == Decimal("9.09")
    assert panel.margin_problem.isVisibleTo(editor)
    assert "9.09 % is below the floor of 15 %" in panel.margin_problem.text()
    assert "needs an approval" in editor.message.text()
    # approved in the dialog: confirmed, the approval saved with the booking and audited
    monkeypatch.setattr(editor, "ask_approval", lambda p: editor_status.ask_approval(editor, p))
    monkeypatch.setattr(
        ApprovalDialog, "exec", accept_with({"by": "Ms. Chen", "reason": "new lane"})
    )
    assert editor.confirm()
    assert editor.status == "confirmed" and editor.booking_no is not None
    assert not panel.margin_problem.isVisibleTo(editor)
    booking = quoting.get_booking(editor.ctx.uow, editor.booking_no)
    assert booking.approval is not None
    assert (booking.approval.by, booking.approval.reason) == ("Ms. Chen", "new lane")
    entry = editor.ctx.uow.audit.entries(5)[0]
    assert entry["action"] == "approve_margin" and "Ms. Chen" in entry["detail"]


def test_the_approval_dialog_needs_both_an_approver_and_a_reason(qtbot: Any) -> None:
    problem = MarginApprovalError(Decimal("3.10"), Decimal("5"), "ACME")
    dialog = ApprovalDialog(editor_status.approval_question(problem))
    qtbot.addWidget(dialog)
    assert "3.10 %" in dialog.question.text() and "5 %" in dialog.question.text()
    assert "ACME" in dialog.question.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.by.setText("Ms. Chen")
    assert not ok.isEnabled()
    dialog.reason.setText("  ")
    assert not ok.isEnabled()
    dialog.reason.setText("strategic customer")
    assert ok.isEnabled()
    assert dialog.values() == {"by": "Ms. Chen", "reason": "strategic customer"}


# --- extra charges and spot rates ---------------------------------------------------------


def test_an_extra_charge_is_added_shown_as_manual_undone_and_removed(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(window, qtbot, sample(markup_percent="10"))
    legs = editor.legs
    legs.table.setCurrentIndex(legs.model.index(1, 0))
    typed = {"code": "cus", "description": "Customs clearance", "unit_price": "85",
             "quantity": "2", "currency": "USD"}  # fmt: skip
    monkeypatch.setattr(ChargeDialog, "exec", accept_with(typed))
    qtbot.mouseClick(legs.charge_button, Qt.MouseButton.LeftButton)
    charge = {"code": "CUS", "description": "Customs clearance", "basis": "per_shipment",
              "quantity": "2", "unit_price": "85", "currency": "USD"}  # fmt: skip
    assert editor.request()["legs"][1]["extra_charges"] == [charge]
    assert "extra_charges" not in editor.request()["legs"][0]
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    line = editor.last_result.quote["legs"][1]["lines"][-1]
    assert (line["code"], line["manual"], line["amount"], line["sell_amount"]) == (
        "CUS", True, "170.00", "187.00",
    )  # fmt: skip
    shown = editor.quote_panel.shown_lines()[1][-1]
    assert shown["code"] == "CUS" and shown["sell_unit_price"] == "93.50"
    head = editor.quote_panel.model.item(1, 0)
    assert head.child(head.rowCount() - 1, 1).text() == "Customs clearance · manual"
    assert legs.model.index(1, 7).data() == "CUS"
    # undo and redo like any other edit
    editor.undo_stack.undo()
    assert "extra_charges" not in editor.request()["legs"][1]
    editor.undo_stack.redo()
    assert editor.request()["legs"][1]["extra_charges"] == [charge]
    # removed through the leg's menu
    legs.table.setCurrentIndex(legs.model.index(1, 0))
    legs.remove_extra_menu.aboutToShow.emit()
    actions = [a for a in legs.remove_extra_menu.actions() if a.isEnabled()]
    assert [a.text() for a in actions] == ["Remove charge CUS Customs clearance"]
    actions[0].trigger()
    assert "extra_charges" not in editor.request()["legs"][1]
    wait_for_quote(qtbot, editor)
    assert all(ln["code"] != "CUS" for ln in editor.quote_panel.shown_lines()[1])


def test_a_draft_on_a_lane_without_a_rate_is_quoted_once_a_spot_rate_is_entered(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(window, qtbot, sample(markup_percent="10", legs=NO_RATE_LEGS))
    assert editor.legs.model.index(1, 6).data() == "No rate on this lane"
    assert editor.save() and editor.status == "draft"
    number = editor.booking_no
    assert number is not None and quoting.get_booking(editor.ctx.uow, number).quote is None
    assert not editor.mark_quoted()
    # the carrier's rate by phone
    legs = editor.legs
    legs.table.setCurrentIndex(legs.model.index(1, 0))
    typed = {"carrier": "Phone Line", "basis": "per_container", "equipment": "40HC",
             "currency": "USD", "rate": "900", "transit_days": "3"}  # fmt: skip
    monkeypatch.setattr(SpotDialog, "exec", accept_with(typed))
    qtbot.mouseClick(legs.spot_button, Qt.MouseButton.LeftButton)
    assert editor.request()["legs"][1]["spot"] == [
        {"carrier": "Phone Line", "basis": "per_container", "currency": "USD", "rate": "900",
         "transit_days": 3, "equipment": "40HC"},
    ]  # fmt: skip
    wait_for_quote(qtbot, editor)
    assert editor.last_result is not None and editor.last_result.quote is not None
    leg = editor.last_result.quote["legs"][1]
    assert leg["carrier"] == "Phone Line" and leg["lines"][0]["spot"] is True
    assert leg["lines"][0]["rate_id"] is None and leg["lines"][0]["amount"] == "1800.00"
    head = editor.quote_panel.model.item(1, 0)
    assert head.child(0, 1).text().endswith("· spot rate")
    assert legs.model.index(1, 7).data() == "spot Phone Line 40HC"
    assert editor.mark_quoted() and editor.status == "quoted"
    saved = quoting.get_booking(editor.ctx.uow, number)
    assert saved.quote is not None and saved.quote.legs[1].lines[0].spot
    # reopened, the spot rate is still on its leg; removing it leaves the lane unpriced
    editor.load_booking(number)
    assert editor.request()["legs"][1]["spot"][0]["carrier"] == "Phone Line"
    legs.remove_extra(1, "spot", 0)
    assert "spot" not in editor.request()["legs"][1]
    wait_for_quote(qtbot, editor)
    assert editor.legs.model.index(1, 6).data() == "No rate on this lane"


def test_the_spot_dialog_asks_for_equipment_only_per_container_or_truck(qtbot: Any) -> None:
    dialog = SpotDialog(["Beibu Gulf Shipping"], ["USD", "CNY"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.basis.setCurrentIndex(dialog.basis.findData("per_kg"))
    assert not dialog.equipment.isEnabled()
    dialog.carrier.setCurrentText("Sky Cargo")
    dialog.rate.setText("4.01")
    assert ok.isEnabled()
    dialog.min_charge.setText("75")
    dialog.breaks.setText("45:3.80   100:3.50")
    assert dialog.values() == {
        "carrier": "Sky Cargo", "basis": "per_kg", "currency": "USD", "rate": "4.01",
        "transit_days": 0, "min_charge": "75", "breaks": "45:3.80 100:3.50",
    }  # fmt: skip
    dialog.basis.setCurrentIndex(dialog.basis.findData("per_truck"))
    assert dialog.equipment.isEnabled()
    assert dialog.equipment.itemText(0) == "10T"
    dialog.rate.setText("")
    assert not ok.isEnabled()  # the rate is required
    dialog.rate.setText("1,250.5")  # read in the display language, never cut to 1
    assert ok.isEnabled() and dialog.values()["rate"] == "1250.5"
    dialog.rate.setText("1.2.3")
    assert not ok.isEnabled() and dialog.rate.message.text() != ""


# --- a new party ---------------------------------------------------------------------------


def test_a_party_name_not_known_yet_is_shown_as_new(window: MainWindow, qtbot: Any) -> None:
    catalog.save_party(window.ctx.uow, {"name": "Guangxi Example Trading Co."})
    editor = open_editor(window, qtbot, sample(markup_percent="10"))
    badges = editor.party_badges
    assert not badges.is_shown("customer")
    assert badges.is_shown("shipper") and badges.is_shown("consignee")  # not parties yet
    assert editor.header.party_badges["shipper"].text() == "new"
    field = editor.header.party_edits["customer"]
    field.setText("Guangxi Example Tradng Co.")  # a typo
    assert badges.is_shown("customer")
    assert "Tradng" in editor.header.party_badges["customer"].toolTip()
    field.setText("")
    assert not badges.is_shown("customer")
    field.setText("Nuevo Cliente SA")
    qtbot.mouseClick(editor.header.party_buttons["customer"], Qt.MouseButton.LeftButton)
    assert not badges.is_shown("customer")  # added with "+"
    assert editor.save()
    assert not badges.is_shown("shipper") and not badges.is_shown("consignee")  # saved: created
