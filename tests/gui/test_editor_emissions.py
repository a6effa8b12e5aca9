"""The quote panel's footer: the quote's CO2e as an estimate, its method in the tooltip."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from booking_app.gui.common.context import DeskContext
from booking_app.gui.main_window import MainWindow
from booking_app.services import quoting
from booking_app.services.emissions import method_note
from tests.gui.helpers import wait_for_quote
from tests.gui.test_booking_editor import sample


def test_footer_shows_the_quotes_co2e_estimate(
    window: MainWindow, desk_ctx: DeskContext, qtbot: Any
) -> None:
    editor = window.new_booking()
    editor.apply_state(sample())
    wait_for_quote(qtbot, editor)
    expected = quoting.quote(desk_ctx.uow, sample()).co2e_kg
    assert expected is not None and expected > 0
    label = editor.quote_panel.co2e_label
    assert label.text() == f"≈ {expected.quantize(Decimal('0.1')):,} kg CO2e (estimate)"
    assert label.toolTip() == method_note()


def test_no_figure_when_a_place_has_no_coordinates(
    window: MainWindow, desk_ctx: DeskContext, qtbot: Any
) -> None:
    uow = desk_ctx.uow
    with uow:
        row = uow.locations.get("VNHAN")
        assert row is not None
        uow.locations.upsert_many(
            [(row["code"], row["name"], row["country"], row["kind"], None, None)]
        )
        uow.commit()
    editor = window.new_booking()
    editor.apply_state(sample())
    wait_for_quote(qtbot, editor)
    assert "not priced" not in editor.quote_panel.total_label.text()
    assert quoting.quote(uow, sample()).legs[-1].destination == "VNHAN"
    assert editor.quote_panel.co2e_label.text() == ""
