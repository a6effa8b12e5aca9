"""The Schedules tab of the rates view: filtered with the rates, added, edited, removed,
imported in the background."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from booking_app.gui.common.changes import Change  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402
from booking_app.gui.rates.view import RatesView  # noqa: E402
from booking_app.services import schedules  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402

HEADER = ",".join(schedules.SCHEDULE_COLUMNS)


@pytest.fixture
def ctx(tmp_path: Path, qapp: QApplication) -> Iterator[DeskContext]:
    """A desk on a fresh demo database."""
    path = tmp_path / "t.sqlite3"
    init_database(path, demo=True).close()
    desk = DeskContext(path)
    yield desk
    QThreadPool.globalInstance().waitForDone(5000)
    desk.close()


@pytest.fixture
def view(ctx: DeskContext, qtbot) -> RatesView:  # type: ignore[no-untyped-def]
    widget = RatesView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 750)
    widget.tabs.setCurrentWidget(widget.schedules)
    return widget


def test_model_passes_the_model_tester(view: RatesView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert view.schedules.model.rowCount() > 0
    qtmodeltester.check(view.schedules.model)


def test_schedules_follow_the_rate_filters(view: RatesView, ctx: DeskContext) -> None:
    box = view.schedules
    every = len(schedules.list_schedules(ctx.uow))
    assert box.model.rowCount() == every > 0
    view.mode_filter.setCurrentIndex(view.mode_filter.findData("sea_fcl"))
    view.origin_filter.setText("CNQZH")
    view.apply_filters()
    shown = box.rows()
    assert shown and len(shown) < every
    assert all(s.mode == "sea_fcl" and s.origin == "CNQZH" for s in shown)
    assert f"schedules: {len(shown)}" in view.count_label.text()
    carrier = shown[0].carrier
    view.carrier_filter.setText(carrier[:5].lower())
    view.apply_filters()
    assert {s.carrier for s in box.rows()} == {carrier}
    view.clear_filters()
    assert box.model.rowCount() == every


def test_add_refuses_a_bad_cell_then_saves(view: RatesView, ctx: DeskContext) -> None:
    view.mode_filter.setCurrentIndex(view.mode_filter.findData("sea_fcl"))
    view.origin_filter.setText("CNQZH")
    view.apply_filters()
    before = len(schedules.list_schedules(ctx.uow))
    dialog = view.schedules.add_row()
    assert dialog.cells()["mode"] == "sea_fcl" and dialog.origin.text() == "CNQZH"
    dialog.destination.setText("SGSIN")
    dialog.carrier.setCurrentText("Test Line")
    dialog.departures.setText("weekly")
    dialog.save()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert dialog.departures.hasFocus() or dialog.focusWidget() is dialog.departures
    assert "weekly" in dialog.error.text()
    assert len(schedules.list_schedules(ctx.uow)) == before
    dialog.departures.setText("tue fri")
    dialog.cutoff_days.setValue(3)
    dialog.save()
    assert not dialog.isVisible()
    saved = dialog.saved
    assert saved is not None and saved.departures.text() == "TUE FRI" and saved.cutoff_days == 3
    assert len(schedules.list_schedules(ctx.uow)) == before + 1
    current = view.schedules.current()
    assert current is not None and current.id == saved.id


def test_edit_and_remove_the_selected_row(view: RatesView, ctx: DeskContext) -> None:
    box = view.schedules
    box.table.selectRow(0)
    first = box.current()
    assert first is not None and first.id is not None
    dialog = box.edit_row()
    assert dialog is not None and dialog.cells() == schedules.schedule_cells(first)
    dialog.transit_days.setText("9")
    dialog.save()
    changed = ctx.uow.rates.get_schedule(first.id)
    assert changed is not None and changed.transit_days == 9
    box.select(first.id)
    assert box.remove_row()
    assert ctx.uow.rates.get_schedule(first.id) is None
    assert first.id not in {s.id for s in box.rows()}
    assert box.message.text() == "Schedule removed."


def test_import_schedules_in_the_background(view: RatesView, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.csv"
    path.write_text(
        f"{HEADER}\nsea_fcl,CNQZH,SGSIN,Imported Line,,MON,1,,2026-01-01,2027-12-31\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(view.import_finished, timeout=10_000) as finished:
        assert view.import_file("schedules", path)
        assert not view.import_buttons["schedules"].isEnabled()
    assert finished.args == ["schedules", True]
    assert "Imported Line" in {s.carrier for s in view.schedules.rows()}
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\nsea_fcl,CNQZH,SGSIN,X,,weekly,1,,2026-01-01,2027-12-31\n",
                   encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(view.import_finished, timeout=10_000) as finished:
        view.import_file("schedules", bad)
    assert finished.args == ["schedules", False]
    assert view.errors_dialog is not None


def test_the_schedules_tab_speaks_chinese(window, desk_ctx: DeskContext) -> None:  # type: ignore[no-untyped-def]
    from booking_app.services.settings import save_settings

    (view,) = [v for v in window.views if isinstance(v, RatesView)]
    save_settings(desk_ctx.uow, {"language": "zh_CN"})
    desk_ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    try:
        assert view.tabs.tabText(1) == "班期"
        assert view.import_buttons["schedules"].text() == "班期(&H)…"
        assert view.schedules.add_button.text() == "新建班期(&W)…"
        assert view.schedules.model.headerData(5, Qt.Orientation.Horizontal) == "开航日"
        assert "班期：" in view.count_label.text()
        dialog = view.schedules.add_row()
        assert dialog.windowTitle() == "新建班期行"
        dialog.reject()
    finally:
        save_settings(desk_ctx.uow, {"language": "en"})
        desk_ctx.notify(Change.SETTINGS)
        QApplication.processEvents()
    assert view.tabs.tabText(1) == "Schedules"
