"""The Parties view's contract tariff box: the customer's rows, add/edit/remove by keyboard,
background imports of sell rates, and the editor's quote priced by a row added here."""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate, QLocale, Qt  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from booking_app.gui.common.changes import Change  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402
from booking_app.gui.editor.quote_panel import _WARN_STYLE  # noqa: E402
from booking_app.gui.parties.tariff_dialog import TariffDialog  # noqa: E402
from booking_app.gui.parties.view import PartiesView  # noqa: E402
from booking_app.services import catalog, pricing, tariffs  # noqa: E402
from booking_app.services.imports import import_sheet  # noqa: E402
from tests.gui.helpers import wait_for_quote  # noqa: E402
from tests.gui.test_booking_editor import sample  # noqa: E402
from tests.services.test_tariff_import import HEAD  # noqa: E402

CUSTOMER = "Guangxi Example Trading Co."  # the demo request's customer
SEA = {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"}
ROWS = (
    f"{CUSTOMER},sea_fcl,CNQZH,VNHPH,40HC,per_container,USD,1250.5,,,,,2026-01-01,2026-12-31,"
    "included\n"
    f"{CUSTOMER},air,CNCKG,VNSGN,,per_kg,USD,4.2,75,,45:3.9 100:3.5,,2026-01-01,2026-06-30,"
    "extra\n"
)


@pytest.fixture
def view(desk_ctx: DeskContext, qtbot: Any) -> PartiesView:
    catalog.save_party(desk_ctx.uow, {"name": CUSTOMER, "address": "Nanning"})
    widget = PartiesView(desk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pick(view: PartiesView, name: str = CUSTOMER) -> None:
    view.search.setText(name)
    view.refresh()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert view.tariffs.customer == name


def shown(view: PartiesView) -> list[tuple[str, ...]]:
    model = view.tariffs.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def save(dialog: TariffDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def fill(qtbot: Any, dialog: TariffDialog, rate: str) -> None:
    """A sea row CNQZH → VNHPH for 40HC, typed as a clerk types it."""
    dialog.mode.setCurrentIndex(dialog.mode.findData("sea_fcl"))
    qtbot.keyClicks(dialog.origin, "cnqzh")
    qtbot.keyClicks(dialog.destination, "VNHPH")
    dialog.equipment.setCurrentText("40HC")
    dialog.basis.setCurrentIndex(dialog.basis.findData("per_container"))
    qtbot.keyClicks(dialog.rate, rate)
    dialog.surcharges.setCurrentIndex(dialog.surcharges.findData("included"))


def test_the_selected_customers_tariff_is_listed_and_expired_rows_are_grey(
    view: PartiesView, desk_ctx: DeskContext, tmp_path: Path, qtmodeltester: Any
) -> None:
    sheet = tmp_path / "tariff.csv"
    sheet.write_text(HEAD + ROWS, encoding="utf-8")
    import_sheet(desk_ctx.uow, "sell-rates", sheet)
    assert view.tariffs.title() == "Contract tariff" and not view.tariffs.add_button.isEnabled()
    pick(view)
    assert view.tariffs.title() == f"Contract tariff of {CUSTOMER}"
    assert shown(view) == [
        ("Sea FCL CNQZH → VNHPH", "40HC", "per container", "USD", "1,250.5", "", "", "",
         "Jan 1, 2026 – Dec 31, 2026", "included"),
        ("Air CNCKG → VNSGN", "", "per kg", "USD", "4.2", "75", "", "45:3.9 100:3.5",
         "Jan 1, 2026 – Jun 30, 2026", "extra"),
    ]  # fmt: skip
    qtmodeltester.check(view.tariffs.model)
    model = view.tariffs.model
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # valid today
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == grey  # ended 30 Jun
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == "Expired: valid until Jun 30, 2026"
    assert view.tariffs.add_button.isEnabled() and not view.tariffs.remove_button.isEnabled()


def test_add_edit_and_remove_a_row_from_the_keyboard(
    view: PartiesView, desk_ctx: DeskContext, qtbot: Any
) -> None:
    pick(view)
    view.tariffs.add_button.setFocus()
    qtbot.keyClick(view.tariffs.add_button, Qt.Key.Key_Space)
    dialog = view.tariffs.dialog
    assert dialog is not None and dialog.isVisible() and dialog.tariff_id is None
    fill(qtbot, dialog, "1,250.5")  # English notation
    assert dialog.origin_name.text()  # the place's name under its code
    with qtbot.waitSignal(desk_ctx.changed) as changed:
        qtbot.keyClick(dialog.rate, Qt.Key.Key_Return)  # Enter saves
    assert changed.args == [Change.PARTIES] and not dialog.isVisible()
    (saved,) = tariffs.list_tariffs(desk_ctx.uow, CUSTOMER)
    assert (saved.rate.origin, saved.rate.rate, saved.surcharges) == ("CNQZH", D("1250.5"), "included")
    assert [row[:5] for row in shown(view)] == [
        ("Sea FCL CNQZH → VNHPH", "40HC", "per container", "USD", "1,250.5")
    ]

    # Enter on the row opens it with the stored figures; change the rate and the validity
    view.tariffs.table.setFocus()
    view.tariffs.table.setCurrentIndex(view.tariffs.model.index(0, 0))
    qtbot.keyClick(view.tariffs.table, Qt.Key.Key_Return)
    dialog = view.tariffs.dialog
    assert dialog is not None and dialog.isVisible() and dialog.tariff_id == saved.rate.id
    assert (dialog.rate.text(), dialog.valid_to.date()) == ("1,250.5", QDate(2027, 11, 30))  # a year from today
    dialog.rate.setText("990")
    dialog.valid_to.setDate(QDate(2027, 3, 31))
    save(dialog)
    assert not dialog.isVisible()
    (changed_row,) = tariffs.list_tariffs(desk_ctx.uow, CUSTOMER)
    assert changed_row.rate.id == saved.rate.id and changed_row.rate.rate == D(990)
    assert shown(view)[0][4:9:4] == ("990", "Nov 30, 2026 – Mar 31, 2027")

    # Delete removes the selected row, and only in the table that has the focus
    pricing.save_profile(desk_ctx.uow, {"customer": CUSTOMER, "rule": "markup", "percent": "5"})
    desk_ctx.notify(Change.PARTIES)
    view.profiles.table.selectRow(0)
    view.tariffs.table.setFocus()
    view.tariffs.table.selectRow(0)
    qtbot.keyClick(view.tariffs.table, Qt.Key.Key_Delete)
    assert shown(view) == [] and tariffs.list_tariffs(desk_ctx.uow, CUSTOMER) == []
    assert len(pricing.list_profiles(desk_ctx.uow, CUSTOMER)) == 1
    assert view.tariffs.message.text() == "Tariff row removed."
    actions = [e["action"] for e in reversed(desk_ctx.uow.audit.entries()) if e["entity"] == "tariff"]
    assert actions == ["add", "edit", "delete"]


def test_a_bad_row_is_refused_at_its_field(
    view: PartiesView, desk_ctx: DeskContext, qtbot: Any
) -> None:
    pick(view)
    dialog = view.tariffs.add_row()
    assert dialog is not None
    fill(qtbot, dialog, "650")
    dialog.valid_from.setDate(QDate(2026, 12, 1))
    dialog.valid_to.setDate(QDate(2026, 11, 1))
    save(dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "Not saved: valid_to 2026-11-01 is before valid_from 2026-12-01"
    assert dialog.focusWidget() is dialog.valid_to
    dialog.valid_to.setDate(QDate(2026, 12, 31))
    dialog.rate.setText("6S0")  # a letter S: said at the field, nothing sent
    assert dialog.rate.message.isVisible()
    save(dialog)
    assert dialog.error.text().startswith("Not saved: Rate: ")
    assert tariffs.list_tariffs(desk_ctx.uow, CUSTOMER) == []
    dialog.equipment.setCurrentText("")
    dialog.rate.setText("650")
    save(dialog)
    assert dialog.error.text() == (
        "Not saved: equipment is missing (needed for per_container)"
    ) and dialog.focusWidget() is dialog.equipment


def test_numbers_are_read_in_the_display_language(
    view: PartiesView, desk_ctx: DeskContext, qtbot: Any
) -> None:
    pick(view)
    try:
        QLocale.setDefault(QLocale("vi_VN"))
        dialog = view.tariffs.add_row()
        assert dialog is not None
        fill(qtbot, dialog, "1.250,5")
        dialog.min_charge.setText("1.000")  # a thousand in Vietnamese
        save(dialog)
        assert not dialog.isVisible()
    finally:
        QLocale.setDefault(QLocale("en_US"))
    (saved,) = tariffs.list_tariffs(desk_ctx.uow, CUSTOMER)
    assert (saved.rate.rate, saved.rate.min_charge) == (D("1250.5"), D(1000))


def test_sell_rates_import_in_the_background_all_or_nothing(
    view: PartiesView, desk_ctx: DeskContext, tmp_path: Path, qtbot: Any
) -> None:
    pick(view)
    bad = tmp_path / "bad.csv"
    bad.write_text(HEAD + ROWS + f"{CUSTOMER},sea_fcl,CNQZH,VNHPH,20GP,per_container,USD,-1,,,,,"
                   "2026-01-01,2026-12-31,sometimes\n", encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(view.imports.finished, timeout=10_000) as refused:
        assert view.imports.import_file("sell-rates", bad)
        assert not view.import_sell_button.isEnabled()  # one import at a time
    assert refused.args == ["sell-rates", False]
    assert view.status.text() == "Import refused: nothing was imported."
    dialog = view.imports.errors_dialog
    assert dialog is not None and dialog.isVisible()
    assert [(e.line, e.column) for e in dialog.errors] == [(4, "rate")]
    dialog.close()
    assert shown(view) == [] and tariffs.list_tariffs(desk_ctx.uow, CUSTOMER) == []

    good = tmp_path / "tariff.csv"
    good.write_text(HEAD + ROWS, encoding="utf-8")
    with qtbot.waitSignal(view.imports.finished, timeout=10_000) as done:
        view.imports.import_file("sell-rates", good)
    assert done.args == ["sell-rates", True] and view.import_sell_button.isEnabled()
    assert view.status.text() == "Imported 2 rows from tariff.csv."
    assert [row[0] for row in shown(view)] == ["Sea FCL CNQZH → VNHPH", "Air CNCKG → VNSGN"]


def test_a_row_added_here_prices_the_customers_next_quote(
    window: Any, desk_ctx: DeskContext, qtbot: Any
) -> None:
    catalog.save_party(desk_ctx.uow, {"name": CUSTOMER})
    (view,) = [v for v in window.views if isinstance(v, PartiesView)]
    raw = sample(legs=[SEA])
    before = window.new_booking()
    before.apply_state(raw)
    wait_for_quote(qtbot, before)
    line = before.quote_panel.shown_lines()[0][0]
    assert line["code"] == "FRT" and line["sell_unit_price"] != "0.00"
    assert before.quote_panel.margin_label.styleSheet() != _WARN_STYLE

    desk_ctx.notify(Change.PARTIES)
    pick(view)
    dialog = view.tariffs.add_row()
    assert dialog is not None
    fill(qtbot, dialog, "0")  # an all-in promotion: the leg sells at nothing
    save(dialog)
    assert not dialog.isVisible()

    after = window.new_booking()
    after.apply_state(raw)
    wait_for_quote(qtbot, after)
    panel = after.quote_panel
    frt, *surcharges = panel.shown_lines()[0]
    assert (frt["code"], frt["sell_amount"], frt["amount_quote"]) == ("FRT", "0.00", "0.00")
    assert "contract tariff" in panel.cell_text(0, 0, "description")
    assert surcharges and all(s["amount_quote"] == "0.00" for s in surcharges)
    assert panel.total_label.text() == "Total: USD 0.00"
    # the margin is a loss though its percent reads 0.00 (no total): it must read red
    assert panel.margin_label.text().startswith("Margin: USD -")
    assert panel.margin_label.styleSheet() == _WARN_STYLE


def test_a_picture_of_the_view(view: PartiesView, desk_ctx: DeskContext, tmp_path: Path) -> None:
    sheet = tmp_path / "tariff.csv"
    sheet.write_text(HEAD + ROWS, encoding="utf-8")
    import_sheet(desk_ctx.uow, "sell-rates", sheet)
    pick(view)
    view.search.clear()
    view.refresh()
    header = view.tariffs.table.horizontalHeader()
    columns = sum(header.sectionSize(c) for c in range(header.count() - 1))
    assert columns < view.tariffs.table.viewport().width()  # every column shown, no scrolling
    image = view.grab()
    assert not image.isNull() and image.width() == 1366
    image.save("/tmp/parties_view_tariffs.png")


def test_the_tariff_box_speaks_chinese(window: Any, desk_ctx: DeskContext, tmp_path: Path) -> None:
    from booking_app.services.settings import save_settings

    (view,) = [v for v in window.views if isinstance(v, PartiesView)]
    sheet = tmp_path / "tariff.csv"
    sheet.write_text(HEAD + ROWS, encoding="utf-8")
    import_sheet(desk_ctx.uow, "sell-rates", sheet)
    desk_ctx.notify(Change.PARTIES)
    pick(view)
    save_settings(desk_ctx.uow, {"language": "zh_CN"})
    desk_ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    try:
        assert view.tariffs.title() == f"{CUSTOMER} 的合同运价"
        assert view.import_sell_button.text() == "导入合同运价(&L)…"
        assert view.tariffs.add_button.text() == "添加合同运价行(&F)…"
        assert [row[-1] for row in shown(view)] == ["已含", "另计"]
        assert view.tariffs.model.headerData(0, Qt.Orientation.Horizontal) == "航线"
    finally:
        save_settings(desk_ctx.uow, {"language": "en"})
        desk_ctx.notify(Change.SETTINGS)
        QApplication.processEvents()
