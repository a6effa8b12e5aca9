"""Reading numbers in the display language's notation (booking_app.gui.common.numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from booking_app.gui.common import numbers
from booking_app.gui.common.numbers import (
    BAD_PAIR,
    EMPTY,
    MISPLACED_SEPARATOR,
    NOT_A_NUMBER,
    NOT_WHOLE,
    NumberError,
)

EN, ZH, VI = "en_US", "zh_CN", "vi_VN"


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("18,000", EN, "18000"),
        ("18000", EN, "18000"),
        ("18,000.5", EN, "18000.5"),
        ("18,000.5", ZH, "18000.5"),
        ("1,234,567.89", EN, "1234567.89"),
        ("  42 ", EN, "42"),
        ("0.5", EN, "0.5"),
        (".5", EN, "0.5"),
        ("18.000", EN, "18.000"),  # eighteen, to three places: English notation
        ("1.50", EN, "1.50"),  # digits kept, so the request says what was typed
        ("-3.5", EN, "-3.5"),  # the sign is read; the services judge ranges
        ("-0", EN, "0"),
        ("１８，０００．５", ZH, "18000.5"),  # full-width forms of a Chinese input method
        ("18.000,5", VI, "18000.5"),
        ("18.000", VI, "18000"),
        ("18,5", VI, "18.5"),
        ("18,000", VI, "18.000"),  # a decimal comma in Vietnamese
        ("1.234.567,89", VI, "1234567.89"),
        ("18000", VI, "18000"),
    ],
)
def test_readable_numbers(text: str, locale: str, value: str) -> None:
    reading = numbers.read(text, locale)
    assert isinstance(reading, Decimal)
    assert numbers.plain(reading) == value


@pytest.mark.parametrize(
    ("text", "locale", "code"),
    [
        ("18,00", EN, MISPLACED_SEPARATOR),
        ("1,2,3", EN, MISPLACED_SEPARATOR),
        ("18.000,5", EN, MISPLACED_SEPARATOR),
        ("18.000,5", ZH, MISPLACED_SEPARATOR),
        ("18,5", EN, MISPLACED_SEPARATOR),
        ("1,0000", EN, MISPLACED_SEPARATOR),
        ("18,", EN, MISPLACED_SEPARATOR),
        ("1.234.567,89", EN, NOT_A_NUMBER),
        ("18,000.5", VI, MISPLACED_SEPARATOR),
        ("1,234,567.89", VI, NOT_A_NUMBER),
        ("1,2,3", VI, NOT_A_NUMBER),
        ("18.5", VI, MISPLACED_SEPARATOR),
        ("abc", EN, NOT_A_NUMBER),
        ("12kg", EN, NOT_A_NUMBER),
        ("12%", EN, NOT_A_NUMBER),
        ("18 000", EN, NOT_A_NUMBER),
        ("1e5", EN, NOT_A_NUMBER),
        ("NaN", EN, NOT_A_NUMBER),
        ("Infinity", EN, NOT_A_NUMBER),
        ("1_000", EN, NOT_A_NUMBER),
        ("١٢", EN, NOT_A_NUMBER),
        ("--5", EN, NOT_A_NUMBER),
        ("-", EN, NOT_A_NUMBER),
        (",", EN, NOT_A_NUMBER),
        (".", VI, NOT_A_NUMBER),
        ("", EN, EMPTY),
        ("   ", VI, EMPTY),
    ],
)
def test_unreadable_numbers_are_refused_with_a_code(text: str, locale: str, code: str) -> None:
    reading = numbers.read(text, locale)
    assert isinstance(reading, NumberError)
    assert (reading.code, reading.text, reading.locale) == (code, text, locale)


def test_a_misplaced_separator_comes_with_babels_readings() -> None:
    reading = numbers.read("18,00", EN)
    assert isinstance(reading, NumberError)
    assert reading.suggestions == ("1,800", "18")
    message = numbers.problem_message(reading)
    assert "“18,00”" in message and "18,000.5" in message and "1,800 or 18" in message


def test_messages_use_the_locales_separators() -> None:
    reading = numbers.read("18,000.5", VI)
    assert isinstance(reading, NumberError)
    message = numbers.problem_message(reading)
    assert (
        message
        == "Cannot read “18,000.5”: write it like 18.000,5. Did you mean 18,0005 or 18.000,5?"
    )


@pytest.mark.parametrize(
    ("text", "value"), [("3", "3"), ("1,000", "1000"), ("2.0", "2"), ("0", "0")]
)
def test_counts_are_whole(text: str, value: str) -> None:
    reading = numbers.read(text, EN, whole=True)
    assert isinstance(reading, Decimal) and numbers.plain(reading) == value


def test_a_fraction_is_not_a_count() -> None:
    reading = numbers.read("2.5", EN, whole=True)
    assert isinstance(reading, NumberError) and reading.code == NOT_WHOLE
    assert numbers.problem_message(reading) == "“2.5” is not a whole number."


@pytest.mark.parametrize(
    ("value", "locale", "shown"),
    [
        ("18000.5", EN, "18,000.5"),
        ("18000.5", VI, "18.000,5"),
        ("18000.50", VI, "18.000,50"),
        ("1100.00", EN, "1,100.00"),
        ("0.125", ZH, "0.125"),
        ("1E+3", EN, "1,000"),
        ("-2.5", EN, "-2.5"),
        ("abc", EN, "abc"),
    ],
)
def test_values_are_shown_with_every_digit(value: str, locale: str, shown: str) -> None:
    assert numbers.show(value, locale) == shown


_DECIMALS = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, places=None
).filter(lambda d: d.is_finite() and -12 <= d.as_tuple().exponent <= 0)


@given(value=_DECIMALS, locale=st.sampled_from([EN, ZH, VI]))
def test_showing_then_reading_never_changes_a_value(value: Decimal, locale: str) -> None:
    shown = numbers.show(value, locale)
    reading = numbers.read(shown, locale)
    assert isinstance(reading, Decimal)
    same = abs(value) if value.is_zero() else value  # -0 is read as 0
    assert reading == value and numbers.plain(reading) == numbers.plain(same)


def test_breaks_are_read_and_shown_in_the_locale() -> None:
    english = numbers.read_breaks("45:22.00 1,000:15.5;2,000:12", EN)
    assert isinstance(english, numbers.Breaks)
    assert numbers.plain_breaks(english) == "45:22.00 1000:15.5 2000:12"
    vietnamese = numbers.read_breaks("45:22,00  1.000:15,5", VI)
    assert isinstance(vietnamese, numbers.Breaks)
    assert numbers.plain_breaks(vietnamese) == "45:22.00 1000:15.5"
    assert numbers.show_breaks("45:22.00 1000:15.5", VI) == "45:22,00 1.000:15,5"
    assert numbers.read_breaks("", EN) == numbers.Breaks(())


@pytest.mark.parametrize(
    ("text", "code"),
    [("45", BAD_PAIR), ("45:", BAD_PAIR), (":3", BAD_PAIR), ("45:22,0", MISPLACED_SEPARATOR)],
)
def test_bad_breaks_are_refused(text: str, code: str) -> None:
    reading = numbers.read_breaks(text, EN)
    assert isinstance(reading, NumberError) and reading.code == code


def test_plain_breaks_are_recognised() -> None:
    assert numbers.is_plain_breaks("45:22.00 100:18")
    assert numbers.is_plain_breaks("")
    assert not numbers.is_plain_breaks("45:22,00")
    assert not numbers.is_plain_breaks("45")


@pytest.fixture
def vietnamese() -> Iterator[None]:
    QLocale.setDefault(QLocale("vi_VN"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def test_qts_default_locale_decides(vietnamese: None) -> None:
    assert numbers.read("18.000,5") == Decimal("18000.5")
    assert numbers.show(Decimal("18000.5")) == "18.000,5"
    assert numbers.symbols() == (".", ",")


@pytest.mark.parametrize(
    ("text", "whole", "plain"),
    [
        ("18000.5", False, True),
        ("3", True, True),
        ("-2", False, True),
        ("2.5", True, False),
        ("18,000", False, False),
        ("NaN", False, False),
        (" 3", False, False),
        ("1_000", False, False),
        ("１８", False, False),
    ],
)
def test_plain_values_are_recognised(text: str, whole: bool, plain: bool) -> None:
    assert numbers.is_plain(text, whole) is plain
