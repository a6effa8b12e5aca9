"""The results view: tallies by customer and by month, and the painted chart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from booking_app.gui.bookings.results_chart import (
    OUTCOME_COLOURS,
    MonthBar,
    ResultsChart,
    nice_step,
)
from booking_app.gui.bookings.results_model import COLUMNS, ResultsModel
from booking_app.gui.bookings.results_view import ResultsView, month_bars, month_keys, months_back
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.language import LanguageManager
from booking_app.services import lifecycle
from booking_app.services.settings import save_settings
from tests.conftest import TEST_NOW
from tests.factories import book_on
from tests.gui.test_followup_view import sample

OCTOBER, NOVEMBER = date(2026, 10, 14), date(2026, 11, 20)


@pytest.fixture
def history(desk_ctx: DeskContext) -> dict[str, str]:
    """October: two won by Acme, one lost by Beta; November: one won, one open, one expired."""
    uow = desk_ctx.uow
    oct_raw = sample(quote_date="2026-10-14", ship_date="2026-10-20")
    won = book_on(uow, OCTOBER, [sample(**{**oct_raw, "customer": "Acme"})] * 2)
    lost = book_on(uow, OCTOBER, [sample(**{**oct_raw, "customer": "Beta"})], "quoted")[0]
    lifecycle.change_status(uow, lost.booking_no, "lost", "price")  # in October, still open
    nov = sample(quote_date="2026-11-20", ship_date="2026-11-25", customer="Acme")
    book_on(uow, NOVEMBER, [nov], "confirmed")
    open_ = book_on(uow, NOVEMBER, [nov], "quoted")[0]
    old = sample(quote_date="2026-11-01", ship_date="2026-11-25", customer="Beta")
    expired = book_on(uow, NOVEMBER, [old], "quoted")[0]
    uow.clock.set(TEST_NOW)  # type: ignore[attr-defined]
    return {"won": won[0].booking_no, "open": open_.booking_no, "expired": expired.booking_no}


@pytest.fixture
def view(desk_ctx: DeskContext, history: dict[str, str], qtbot: Any) -> Iterator[ResultsView]:
    language = LanguageManager(desk_ctx)
    widget = ResultsView(desk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.found is not None and not widget.is_loading(), timeout=10_000)
    widget.set_period(date(2026, 10, 1), date(2026, 11, 30))
    qtbot.waitUntil(lambda: not widget.is_loading(), timeout=10_000)
    yield widget
    language.detach()


def texts(model: ResultsModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_period_helpers() -> None:
    assert months_back(date(2026, 11, 30), 6) == date(2026, 6, 1)
    assert months_back(date(2026, 2, 10), 3) == date(2025, 12, 1)
    assert month_keys(date(2025, 12, 5), date(2026, 2, 1)) == ["2025-12", "2026-01", "2026-02"]
    assert nice_step(7) == 2 and nice_step(40) == 10 and nice_step(0) == 1


def test_tables_by_customer_and_month(view: ResultsView, qtmodeltester: Any) -> None:
    for model in (view.by_customer, view.by_month):
        qtmodeltester.check(model)
    rows = texts(view.by_customer)
    names = [r[0] for r in rows]
    assert names == ["Acme", "Beta", "Total"]
    won, lost, expired, open_ = (COLUMNS.index(k) for k in ("won", "lost", "expired", "open"))
    acme, beta, total = rows
    assert (acme[won], acme[lost], acme[expired], acme[open_]) == ("3", "0", "0", "1")
    assert (beta[won], beta[lost], beta[expired], beta[open_]) == ("0", "1", "1", "0")
    assert total[won] == "3" and total[COLUMNS.index("win_rate")] == "60.0 %"
    found = view.found
    assert found is not None
    assert acme[COLUMNS.index("margin")].endswith("USD")
    months = [r[0] for r in texts(view.by_month)]
    assert months == ["Oct 2026", "Nov 2026", "Total"]


def test_chart_bars_follow_the_months(view: ResultsView) -> None:
    bars = view.chart.bars
    assert [b.label for b in bars] == ["Oct 2026", "Nov 2026"]
    assert (bars[0].won, bars[0].lost, bars[0].expired, bars[0].open) == (2, 1, 0, 0)
    assert (bars[1].won, bars[1].lost, bars[1].expired, bars[1].open) == (1, 0, 1, 1)
    found = view.found
    assert found is not None
    assert bars[0].margin == found.by_month["2026-10"].margin["USD"]
    assert view.chart.legend["margin"] == "Margin won (USD)"
    empty = month_bars(found, "USD")
    assert len(empty) == 2


def colour_pixels(image: QImage, colour: QColor) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).rgb() == colour.rgb():
                found += 1
    return found


def test_chart_paints_every_outcome_and_the_margin(qapp: QApplication) -> None:
    chart = ResultsChart()
    chart.resize(900, 360)
    chart.set_texts("Quotes by month", {"won": "Won", "lost": "Lost", "expired": "Expired",
                                        "open": "Open", "margin": "Margin"}, "none", "Quotes")  # fmt: skip
    chart.set_bars([MonthBar("Oct", 5, 2, 1, 3), MonthBar("Nov", 2, 4, 2, 6)])
    image = chart.grab().toImage()
    for _outcome, colour in OUTCOME_COLOURS:
        assert colour_pixels(image, colour) > 200, colour.name()
    chart.set_bars([])
    blank = chart.grab().toImage()
    assert colour_pixels(blank, OUTCOME_COLOURS[0][1]) < 50  # only the legend's square


def test_results_speak_chinese(view: ResultsView, desk_ctx: DeskContext) -> None:
    save_settings(desk_ctx.uow, {"language": "zh_CN"})
    desk_ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    assert view.chart.legend["won"] == "成交"
    assert view.by_customer.headerData(0, Qt.Orientation.Horizontal) == "客户"
    assert view.chart.bars[0].label == "2026年10月"
