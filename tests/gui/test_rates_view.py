"""The rates view: windowed rate model, filters, details, background imports, hand edits."""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QThreadPool  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow  # noqa: E402

from booking_app.core.sheet_rows import RATE_COLUMNS  # noqa: E402
from booking_app.gui.common.changes import Change  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402
from booking_app.gui.common.import_worker import import_work  # noqa: E402
from booking_app.gui.common.ops import Op  # noqa: E402
from booking_app.gui.rates.table_model import COLUMNS, RateTableModel  # noqa: E402
from booking_app.gui.rates.view import RatesView  # noqa: E402
from booking_app.services import catalog  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402

GOOD = {
    "mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN", "carrier": "Zeta Line",
    "service": "", "equipment": "40HC", "basis": "per_container", "currency": "USD",
    "rate": "700.00", "min_charge": "", "breaks": "", "kg_per_cbm": "",
    "valid_from": "2026-01-01", "valid_to": "2030-12-31", "transit_days": "6",
}  # fmt: skip


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
    return widget


def write_rates(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=RATE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def rate_count(ctx: DeskContext) -> int:
    return ctx.uow.rates.count("rates")


def test_models_pass_the_model_tester(view: RatesView, ctx: DeskContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view.table.selectRow(0)
    assert view.surcharges_model.rowCount() > 0 and view.fx_model.rowCount() > 0
    for model in (view.model, view.surcharges_model, view.fx_model, view.breaks_model):
        qtmodeltester.check(model)
    small = RateTableModel(ctx, window=40)
    small.reload()
    qtmodeltester.check(small)


def test_rates_are_fetched_by_windows(ctx: DeskContext) -> None:
    model = RateTableModel(ctx, window=50)
    model.reload()
    total = rate_count(ctx)
    assert (model.rowCount(), model.total) == (50, total)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    ids = {model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(total)}
    assert len(ids) == total


def test_filters_narrow_the_table(view: RatesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    everything = view.model.total
    view.origin_filter.setText("CNCKG")
    qtbot.waitUntil(lambda: view.model.total < everything)  # debounced typing
    origin = COLUMNS.index("origin")
    rows = range(view.model.rowCount())
    assert rows and {view.model.index(r, origin).data() for r in rows} == {"CNCKG"}
    view.mode_filter.setCurrentIndex(view.mode_filter.findData("rail_fcl"))
    assert all(view.model.rate_row(r).rate.mode == "rail_fcl" for r in range(view.model.rowCount()))
    assert "Rates:" in view.count_label.text()
    view.clear_filters()
    assert view.model.total == everything
    view.valid_on_date.setDate(QDate(2040, 1, 1))
    view.valid_on_check.setChecked(True)
    assert view.model.total == 0 and view.breaks_model.rowCount() == 0
    view.valid_on_date.setDate(QDate(2026, 6, 1))
    assert view.model.total == everything


def test_expired_rows_are_greyed_when_shown(view: RatesView, ctx: DeskContext) -> None:
    old = catalog.add_rate(ctx.uow, {**GOOD, "valid_from": "2020-01-01", "valid_to": "2020-12-31"})
    ctx.notify(Change.RATES)
    assert view.model.row_of(old) is None  # expired rows hidden by default
    view.show_expired.setChecked(True)
    row = view.model.row_of(old)
    if row is None:  # beyond the first window
        while view.model.canFetchMore(QModelIndex()):
            view.model.fetchMore(QModelIndex())
        row = view.model.row_of(old)
    assert row is not None
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    brush = view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == grey
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Expired" in view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_a_header_sorts_in_the_database(view: RatesView) -> None:
    view.table.sortByColumn(COLUMNS.index("rate"), Qt.SortOrder.DescendingOrder)
    amounts = [view.model.rate_row(r).rate.rate for r in range(view.model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)


def test_selected_rate_shows_breaks_and_surcharges(view: RatesView, ctx: DeskContext) -> None:
    air = {**GOOD, "mode": "air", "origin": "CNCKG", "destination": "SGSIN", "equipment": "",
           "basis": "per_kg", "rate": "3.20", "breaks": "45:3.00 100:2.80"}  # fmt: skip
    rate_id = catalog.add_rate(ctx.uow, air)
    ctx.notify(Change.RATES)
    view.mode_filter.setCurrentIndex(view.mode_filter.findData("air"))
    row = view.model.row_of(rate_id)
    assert row is not None
    view.table.selectRow(row)
    assert view.breaks_model.rowCount() == 2
    assert view.breaks_model.index(1, 0).data() == "100"
    codes = {view.surcharges_model.row(r).code for r in range(view.surcharges_model.rowCount())}
    assert {"FSC", "SSC", "AWB"} <= codes


def test_bad_file_shows_each_bad_row_and_imports_nothing(
    view: RatesView,
    ctx: DeskContext,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    rows = [GOOD, {**GOOD, "origin": "XX"}, GOOD, {**GOOD, "rate": "abc"}]
    path = write_rates(tmp_path / "bad.csv", rows)
    before, shown = rate_count(ctx), view.model.total
    with qtbot.waitSignal(view.import_finished, timeout=10_000) as finished:
        assert view.import_file("rates", path)
    assert finished.args == ["rates", False]
    dialog = view.errors_dialog
    assert dialog is not None and dialog.isVisible()
    found = [(e.line, e.column) for e in dialog.errors]
    assert found == [(3, "origin"), (5, "rate")]
    model = dialog.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["3", "5"]
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["origin", "rate"]
    assert "Nothing was imported" in dialog.summary.text()
    assert "bad.csv line 3: origin" in dialog.report_text()
    assert rate_count(ctx) == before and view.model.total == shown
    assert not view.progress.isVisible() and all(
        b.isEnabled() for b in view.import_buttons.values()
    )
    dialog.close()


def test_good_file_imports_in_the_background_and_updates_the_table(
    view: RatesView,
    ctx: DeskContext,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    path = write_rates(tmp_path / "good.csv", [GOOD, {**GOOD, "equipment": "20GP"}])
    before, shown = rate_count(ctx), view.model.total
    changes: list[Change] = []
    ctx.changed.connect(changes.append)
    with qtbot.waitSignal(view.import_finished, timeout=10_000) as finished:
        view.import_file("rates", path)
        assert view.is_importing() and not view.import_buttons["fx"].isEnabled()
        assert not view.import_file("fx", path)  # one import at a time
    assert finished.args == ["rates", True] and changes == [Change.RATES]
    assert rate_count(ctx) == before + 2 and view.model.total == shown + 2
    assert "Imported 2 rows from good.csv" in view.status.text()
    assert view.errors_dialog is None


def test_xlsx_import_of_fx_updates_the_fx_table(
    view: RatesView,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["currency", "units_per_usd", "valid_from"])
    sheet.append(["EUR", "0.92", "2026-01-01"])
    book.save(tmp_path / "fx.xlsx")
    with qtbot.waitSignal(view.import_finished, timeout=10_000):
        view.import_file("fx", tmp_path / "fx.xlsx")
    currencies = [view.fx_model.row(r).currency for r in range(view.fx_model.rowCount())]
    assert "EUR" in currencies


def test_import_job_uses_its_own_connection_on_a_pool_thread(
    ctx: DeskContext,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    seen: dict[str, object] = {}

    def open_uow() -> UnitOfWork:
        uow = ctx.new_uow()
        seen["thread"] = threading.current_thread()
        seen["uow"] = uow
        return uow

    counts: list[int] = []
    heard: list[Change] = []
    ctx.changed.connect(heard.append)
    op: Op[int] = Op(open_uow, lambda uow: work(uow), ctx=ctx, changes=Change.RATES)
    work = import_work("rates", write_rates(tmp_path / "r.csv", [GOOD]), "", op.report)
    op.success(counts.append).run()
    qtbot.waitUntil(lambda: bool(heard), timeout=10_000)
    assert counts == [1] and heard == [Change.RATES]
    assert seen["thread"] is not threading.main_thread() and seen["uow"] is not ctx.uow
    uow = seen["uow"]
    assert isinstance(uow, UnitOfWork)
    with pytest.raises(Exception, match="closed"):
        uow.db.conn.execute("SELECT 1")


def test_rate_dialog_refuses_a_bad_row_and_saves_a_good_one(
    view: RatesView,
    ctx: DeskContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    before = rate_count(ctx)
    view.origin_filter.setText("CNQZH")
    view.mode_filter.setCurrentIndex(view.mode_filter.findData("sea_fcl"))
    dialog = view.add_rate()
    first = dialog.cells()
    assert (first["mode"], first["origin"], first["currency"]) == ("sea_fcl", "CNQZH", "USD")
    dialog.set_cells({**GOOD, "origin": "XX"})
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "From: XX" in dialog.error.text() and rate_count(ctx) == before
    dialog.origin.clear()
    qtbot.keyClicks(dialog.origin, "cnqzh")
    dialog.rate.setText("12x")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "Rate: “12x”" in dialog.error.text() and rate_count(ctx) == before
    assert dialog.rate.message.isVisibleTo(dialog) and dialog.rate.text() == "12x"
    dialog.rate.setText("712.50")
    with qtbot.waitSignals([dialog.accepted, ctx.changed]):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert rate_count(ctx) == before + 1 and dialog.saved_id is not None
    assert catalog.rate_cells(ctx.uow, dialog.saved_id)["rate"] == "712.50"
    assert view.selected_rate_id() == dialog.saved_id


def test_rate_dialog_edits_the_selected_rate(view: RatesView, ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.table.selectRow(0)
    rate_id = view.selected_rate_id()
    assert rate_id is not None
    dialog = view.edit_rate()
    assert dialog is not None and dialog.cells() == catalog.rate_cells(ctx.uow, rate_id)
    dialog.rate.setText("999.99")
    dialog.save()
    assert catalog.rate_cells(ctx.uow, rate_id)["rate"] == "999.99"
    row = view.model.row_of(rate_id)
    assert row is not None and view.model.index(row, COLUMNS.index("rate")).data() == "999.99"


def test_ctrl_f_focuses_the_search_filter(view: RatesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.carrier_filter.hasFocus())


def test_local_shortcut_steps_aside_for_the_windows_own(ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    hits: list[str] = []
    find = QAction("Find", window)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(lambda: hits.append("window"))
    window.addAction(find)
    view = RatesView(ctx)
    window.setCentralWidget(view)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["window"]  # not ambiguous: the view's own Ctrl+F stood aside


def test_a_language_change_needs_no_database(view, ctx: DeskContext) -> None:  # type: ignore[no-untyped-def]
    ctx.close()  # e.g. the window is closing: retranslating must not query
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
