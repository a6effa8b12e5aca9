"""The Parties view's pricing profile box and its background imports of parties and pricing."""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from booking_app.core.selling import PriceRule  # noqa: E402
from booking_app.gui.common.changes import Change  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402
from booking_app.gui.parties.pricing_profiles import ProfileDialog  # noqa: E402
from booking_app.gui.parties.view import PartiesView  # noqa: E402
from booking_app.services import catalog, pricing  # noqa: E402
from booking_app.services.imports import import_sheet  # noqa: E402

CN = "重庆示例机械有限公司"


@pytest.fixture
def view(desk_ctx: DeskContext, qtbot) -> PartiesView:  # type: ignore[no-untyped-def]
    widget = PartiesView(desk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pick(view: PartiesView, name: str) -> None:
    view.search.setText(name)
    view.refresh()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert view.profiles.customer == name


def shown(view: PartiesView) -> list[tuple[str, ...]]:
    model = view.profiles.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def ok(dialog: ProfileDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_selected_customers_rows_are_listed(
    view: PartiesView, desk_ctx: DeskContext, tmp_path: Path, qtmodeltester
) -> None:
    path = tmp_path / "pricing.csv"
    path.write_text(
        f"customer,mode,rule,percent,min_margin_percent\n{CN},,markup,8,4\n{CN},sea_fcl,margin,12.5,\n",
        "utf-8",
    )
    import_sheet(desk_ctx.uow, "pricing", path)
    desk_ctx.notify(Change.PARTIES)
    assert not view.profiles.add_button.isEnabled()  # a new party: nothing to price yet
    pick(view, CN)
    assert shown(view) == [("every mode", "Markup %", "8", "4"), ("Sea FCL", "Margin %", "12.5", "")]
    qtmodeltester.check(view.profiles.model)
    assert view.profiles.add_button.isEnabled() and not view.profiles.remove_button.isEnabled()


def test_add_edit_and_remove_a_row_from_the_keyboard(
    view: PartiesView, desk_ctx: DeskContext, qtbot
) -> None:
    catalog.save_party(desk_ctx.uow, {"name": CN})
    view.refresh()
    pick(view, CN)
    qtbot.mouseClick(view.profiles.add_button, Qt.MouseButton.LeftButton)
    dialog = view.profiles.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.mode.setCurrentIndex(dialog.mode.findData("air"))
    dialog.rule.setCurrentIndex(dialog.rule.findData("margin"))
    qtbot.keyClicks(dialog.percent, "15")
    qtbot.keyClicks(dialog.floor, "6.5")
    with qtbot.waitSignal(desk_ctx.changed) as changed:
        ok(dialog)
    assert changed.args == [Change.PARTIES]
    assert shown(view) == [("Air", "Margin %", "15", "6.5")]
    (saved,) = pricing.list_profiles(desk_ctx.uow, CN)
    assert (saved.mode, saved.price, saved.min_margin_percent) == (
        "air", PriceRule("margin", D(15)), D("6.5"),
    )  # fmt: skip

    # Enter on the row opens it; change it to every mode, markup 9
    view.profiles.table.setFocus()
    view.profiles.table.setCurrentIndex(view.profiles.model.index(0, 0))
    qtbot.keyClick(view.profiles.table, Qt.Key.Key_Return)
    dialog = view.profiles.dialog
    assert dialog is not None and dialog.isVisible() and dialog.percent.text() == "15"
    dialog.mode.setCurrentIndex(0)
    dialog.rule.setCurrentIndex(dialog.rule.findData("markup"))
    dialog.percent.setText("9")
    ok(dialog)
    assert shown(view) == [("every mode", "Markup %", "9", "6.5")]

    # Delete removes the selected row
    view.profiles.table.setFocus()
    view.profiles.table.selectRow(0)
    qtbot.keyClick(view.profiles.table, Qt.Key.Key_Delete)
    assert shown(view) == [] and pricing.list_profiles(desk_ctx.uow, CN) == []
    assert view.profiles.message.text() == "Row removed."


def test_a_bad_row_is_refused_in_the_dialog(view: PartiesView, desk_ctx: DeskContext, qtbot) -> None:
    catalog.save_party(desk_ctx.uow, {"name": "Acme"})
    view.refresh()
    pick(view, "Acme")
    dialog = view.profiles.add_row()
    assert dialog is not None
    dialog.rule.setCurrentIndex(dialog.rule.findData("margin"))
    dialog.percent.setText("100")
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.message.text() == "Not saved: percent 100 must be below 100 for a margin"
    assert dialog.focusWidget() is dialog.percent  # the field at fault
    dialog.percent.setText("1O")  # a letter O
    assert dialog.percent.message.isVisible()  # said at the field at once
    ok(dialog)
    assert dialog.message.text().startswith("Not saved: Percent: ")
    assert pricing.list_profiles(desk_ctx.uow, "Acme") == []
    dialog.percent.setText("10")
    ok(dialog)
    assert not dialog.isVisible() and shown(view) == [("every mode", "Margin %", "10", "")]


def test_percent_is_read_in_the_display_language(
    view: PartiesView, desk_ctx: DeskContext
) -> None:
    catalog.save_party(desk_ctx.uow, {"name": "Acme"})
    view.refresh()
    pick(view, "Acme")
    try:
        QLocale.setDefault(QLocale("vi_VN"))
        dialog = view.profiles.add_row()
        assert dialog is not None
        dialog.percent.setText("7,5")
        dialog.floor.setText("1.000")  # a thousand in Vietnamese: refused by the service
        ok(dialog)
        assert dialog.isVisible() and "Margin floor % 1000" in dialog.message.text()
        dialog.floor.setText("2,25")
        ok(dialog)
        assert not dialog.isVisible()
    finally:
        QLocale.setDefault(QLocale("en_US"))
    (saved,) = pricing.list_profiles(desk_ctx.uow, "Acme")
    assert (saved.price.percent, saved.min_margin_percent) == (D("7.5"), D("2.25"))


def test_imports_run_in_the_background_and_refresh_the_view(
    view: PartiesView, desk_ctx: DeskContext, tmp_path: Path, qtbot
) -> None:
    parties = tmp_path / "parties.csv"
    parties.write_text(f"name,address,phone\n{CN},重庆市渝北区,+86 23\nBeta Co,Hanoi,\n", "utf-8")
    with qtbot.waitSignal(view.imports.finished, timeout=10_000) as done:
        assert view.imports.import_file("parties", parties)
        assert not view.import_pricing_button.isEnabled()  # one import at a time
    assert done.args == ["parties", True]
    assert view.status.text() == "Imported 2 rows from parties.csv."
    assert view.import_pricing_button.isEnabled()
    pick(view, CN)
    assert view.address.toPlainText() == "重庆市渝北区"

    pricing_csv = tmp_path / "pricing.csv"
    pricing_csv.write_text(f"customer,rule,percent\n{CN},markup,5\n", "utf-8")
    with qtbot.waitSignal(view.imports.finished, timeout=10_000):
        view.imports.import_file("pricing", pricing_csv)
    assert shown(view) == [("every mode", "Markup %", "5", "")]  # refreshed by notify

    bad = tmp_path / "bad.csv"
    bad.write_text(f"customer,mode,rule,percent\n{CN},,discount,5\n{CN},air,margin,150\n", "utf-8")
    with qtbot.waitSignal(view.imports.finished, timeout=10_000) as refused:
        view.imports.import_file("pricing", bad)
    assert refused.args == ["pricing", False]
    assert view.status.text() == "Import refused: nothing was imported."
    dialog = view.imports.errors_dialog
    assert dialog is not None and [(e.line, e.column) for e in dialog.errors] == [
        (2, "rule"), (3, "percent"),
    ]  # fmt: skip
    dialog.close()
    assert shown(view) == [("every mode", "Markup %", "5", "")]


def test_a_picture_of_the_view(view: PartiesView, desk_ctx: DeskContext, tmp_path: Path) -> None:
    path = tmp_path / "pricing.csv"
    path.write_text(
        "customer,mode,rule,percent,min_margin_percent\n"
        f"{CN},,markup,8,4\n{CN},sea_fcl,margin,12.5,\n{CN},air,markup,20,9\n",
        "utf-8",
    )
    import_sheet(desk_ctx.uow, "pricing", path)
    catalog.save_party(desk_ctx.uow, {"name": "Beta Co", "address": "Hanoi"})
    desk_ctx.notify(Change.PARTIES)
    pick(view, CN)
    view.search.clear()
    view.refresh()
    image = view.grab()
    assert not image.isNull() and image.width() >= 1000
    image.save("/tmp/parties_view_pricing.png")


def test_the_profile_box_speaks_chinese(window, desk_ctx: DeskContext) -> None:  # type: ignore[no-untyped-def]
    from booking_app.services.settings import save_settings

    (view,) = [v for v in window.views if isinstance(v, PartiesView)]
    pricing.save_profile(desk_ctx.uow, {"customer": CN, "rule": "margin", "percent": "7.5"})
    desk_ctx.notify(Change.PARTIES)
    pick(view, CN)
    save_settings(desk_ctx.uow, {"language": "zh_CN"})
    desk_ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    try:
        assert view.profiles.title() == "定价方案"
        assert view.import_pricing_button.text() == "导入定价(&R)…"
        assert shown(view) == [("所有运输方式", "毛利率 %", "7.5", "")]
    finally:
        save_settings(desk_ctx.uow, {"language": "en"})
        desk_ctx.notify(Change.SETTINGS)
        QApplication.processEvents()
