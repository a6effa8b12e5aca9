"""Rates about to end: marked in the Rates view, counted in the status bar at start."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.language import LanguageManager
from booking_app.gui.main_window import MainWindow
from booking_app.gui.rates.table_model import ENDING_SOON, RateTableModel
from booking_app.services import catalog
from booking_app.services.catalog import RateFilter
from booking_app.services.settings import save_settings

LANE = {"mode": "sea_fcl", "origin": "CNQZH", "destination": "SGSIN", "service": "",
        "equipment": "40HC", "basis": "per_container", "currency": "USD", "rate": "900",
        "min_charge": "", "breaks": "", "kg_per_cbm": "", "valid_from": "2026-01-01",
        "transit_days": "6"}  # fmt: skip


@pytest.fixture
def ending(desk_ctx: DeskContext) -> dict[str, int]:
    """On 2026-11-30: one rate ends in 3 days, one in 20, one in 3 but a later row follows."""
    uow = desk_ctx.uow
    ids = {
        "soon": catalog.add_rate(uow, {**LANE, "carrier": "Soon Line", "valid_to": "2026-12-03"}),
        "later": catalog.add_rate(uow, {**LANE, "carrier": "Far Line", "valid_to": "2026-12-20"}),
        "followed": catalog.add_rate(uow, {**LANE, "carrier": "Next Line",
                                           "valid_to": "2026-12-03"}),
    }  # fmt: skip
    catalog.add_rate(uow, {**LANE, "carrier": "Next Line", "valid_from": "2026-12-04",
                           "valid_to": "2027-06-30"})  # fmt: skip
    return ids


@pytest.fixture
def english(desk_ctx: DeskContext) -> Iterator[None]:
    language = LanguageManager(desk_ctx)
    yield
    language.detach()


def test_the_model_marks_rates_ending_within_the_warning_days(
    desk_ctx: DeskContext, ending: dict[str, int], english: None, qtmodeltester: Any
) -> None:
    model = RateTableModel(desk_ctx)
    model.set_filter(RateFilter(destination="SGSIN"))
    qtmodeltester.check(model)

    def row(key: str) -> int:
        found = model.row_of(ending[key])
        assert found is not None
        return found

    soon = model.index(row("soon"), 0)
    assert soon.data(Qt.ItemDataRole.BackgroundRole).color() == ENDING_SOON
    assert soon.data(Qt.ItemDataRole.ToolTipRole) == "Ends in 3 days"
    for key in ("later", "followed"):
        assert model.index(row(key), 0).data(Qt.ItemDataRole.BackgroundRole) is None, key
    save_settings(desk_ctx.uow, {"rate_warning_days": "30"})
    model.reload()
    assert model.index(row("later"), 0).data(Qt.ItemDataRole.ToolTipRole) == "Ends in 20 days"
    save_settings(desk_ctx.uow, {"rate_warning_days": "2"})
    model.reload()
    assert model.days_left(ending["soon"]) is None


def test_a_bad_warning_setting_is_refused(desk_ctx: DeskContext) -> None:
    from booking_app.core.errors import ValidationError

    with pytest.raises(ValidationError):
        save_settings(desk_ctx.uow, {"rate_warning_days": "-1"})
    with pytest.raises(ValidationError):
        save_settings(desk_ctx.uow, {"rate_warning_days": "soon"})


def test_the_desk_says_at_start_how_many_rates_end_soon(
    desk_ctx: DeskContext, ending: dict[str, int], window: MainWindow, qtbot: Any
) -> None:
    notice = window.rate_notice
    # counted once the window is painted (not beside the start)
    qtbot.waitUntil(lambda: notice.ending is not None and not notice.is_checking(), timeout=10_000)
    assert notice.label.isVisible() or not window.isVisible()
    assert notice.label.text() == "1 rate ends within 7 days"
    assert "2026-12-03" in notice.label.toolTip()
    save_settings(desk_ctx.uow, {"rate_warning_days": "30"})
    desk_ctx.notify(Change.SETTINGS)
    qtbot.waitUntil(lambda: notice.label.text() == "2 rates end within 30 days", timeout=10_000)
