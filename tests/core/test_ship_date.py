"""The ship date rule: before today warns, today and later do not."""

from __future__ import annotations

from datetime import date, timedelta

from booking_app.core.ship_date import past_ship_date

TODAY = date(2026, 11, 30)


def test_today_and_later_are_fine() -> None:
    assert past_ship_date(TODAY, TODAY) is None
    assert past_ship_date(TODAY + timedelta(days=1), TODAY) is None


def test_yesterday_warns_with_the_days_and_a_code() -> None:
    warning = past_ship_date(TODAY - timedelta(days=1), TODAY)
    assert warning is not None
    assert (warning.code, warning.days, warning.ship_date) == (
        "ship_date_in_past", 1, date(2026, 11, 29),
    )
    assert warning.message == "ship date 2026-11-29 is 1 day before today (2026-11-30)"


def test_a_year_ago_counts_every_day() -> None:
    warning = past_ship_date(date(2025, 11, 30), TODAY)
    assert warning is not None and warning.days == 365
    assert warning.message.endswith("is 365 days before today (2026-11-30)")
