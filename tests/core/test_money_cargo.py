"""Money rounding and cargo measures (rating-rules §1, §2 chargeable quantities, §4)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from booking_app.core.cargo import cargo_from_dict, chargeable_kg, volumetric_kg, wm_units
from booking_app.core.errors import ValidationError
from booking_app.core.money import format_money, minor_units, round_money, to_decimal
from tests.factories import containers, loose, pieces


def test_minor_units_come_from_iso_data() -> None:
    assert [minor_units(c) for c in ("USD", "CNY", "THB", "SGD", "MYR")] == [2] * 5
    assert [minor_units(c) for c in ("VND", "IDR", "LAK")] == [0, 0, 0]


def test_minor_units_are_babels_for_every_currency_it_knows() -> None:
    from babel.core import get_global
    from babel.numbers import get_currency_precision, list_currencies

    codes = set(list_currencies()) | set(get_global("currency_fractions")) | {"XYZ"}
    assert {c: minor_units(c) for c in codes} == {c: get_currency_precision(c) for c in codes}


def test_half_up_where_float_would_round_down() -> None:
    assert round_money(D("19.5") * D("4.01"), "USD") == D("78.20")
    assert round_money(D("0.005"), "USD") == D("0.01")
    assert round_money(D("2.5"), "VND") == D("3")
    assert format_money(D("12566141.5"), "VND") == "12566142"
    assert format_money(D("7"), "USD") == "7.00"


def test_json_numbers_become_exact_decimals() -> None:
    assert to_decimal(19.5, "x") == D("19.5")
    assert to_decimal(4.01, "x") == D("4.01")
    assert to_decimal("150", "x") == D(150)
    for bad in ("abc", None, True, "NaN", [1]):
        with pytest.raises(ValidationError):
            to_decimal(bad, "x")


def test_pieces_volume_and_weight() -> None:
    cargo = pieces((3, "120", "80", "100", "150"))
    assert cargo.volume_cbm == D("2.88")
    assert cargo.gross_kg == D("450")


def test_pieces_take_precedence_over_totals_and_decimals_are_kept() -> None:
    cargo = cargo_from_dict(
        {
            "pieces": [
                {
                    "count": 2,
                    "length_cm": "50.5",
                    "width_cm": 40,
                    "height_cm": 30,
                    "weight_kg": "12.25",
                }
            ],
            "weight_kg": 999,
            "volume_cbm": 9,
        }
    )
    assert cargo.gross_kg == D("24.50")
    assert cargo.volume_cbm == D("0.1212")


def test_air_chargeable_rounds_up_to_half_kilo() -> None:
    assert chargeable_kg(loose("14.625", "0"), "air", None) == D("15.0")
    assert chargeable_kg(loose("14.5", "0"), "air", None) == D("14.5")
    assert chargeable_kg(loose("480.0", "0"), "air", None) == D("480.0")
    assert chargeable_kg(loose("14.01", "0"), "air", None) == D("14.5")


def test_air_volumetric_uses_6000_divisor_exactly() -> None:
    # 100 x 60 x 50 cm = 300,000 cm³ → 50 kg volumetric
    cargo = pieces((1, "100", "60", "50", "10"))
    assert volumetric_kg(cargo.volume_cbm, "air", None) == D(50)
    assert chargeable_kg(cargo, "air", None) == D(50)
    # 1 cm³ more than a whole kilo's worth rounds up to the next half kilo
    assert chargeable_kg(pieces((1, "6001", "1", "1", "0")), "air", None) == D("1.5")


def test_other_modes_round_up_to_whole_kilo_with_333_default() -> None:
    cargo = loose("100", "1")  # 1 cbm × 333 = 333 kg volumetric
    assert chargeable_kg(cargo, "road_ltl", None) == D(333)
    assert chargeable_kg(loose("100.2", "0"), "road_ltl", None) == D(101)
    assert chargeable_kg(cargo, "road_ltl", D(250)) == D(250)


def test_wm_is_max_of_cbm_and_tonnes_unrounded() -> None:
    assert wm_units(loose("450", "2.88"), None) == D("2.88")
    assert wm_units(loose("3456", "2.88"), None) == D("3.456")
    assert wm_units(loose("1000", "0.5"), D(500)) == D(2)


def test_teu_counts() -> None:
    cargo = containers(("20GP", 3), ("40HC", 2), ("45HC", 1))
    assert cargo.teu == D(3 + 4 + 2)


def test_bad_cargo_is_refused_with_its_field() -> None:
    with pytest.raises(ValidationError, match="count"):
        cargo_from_dict({"containers": [{"type": "40HC", "count": "1.5"}]})
    with pytest.raises(ValidationError, match="weight_kg"):
        cargo_from_dict({"weight_kg": -1})
    with pytest.raises(ValidationError, match="type"):
        cargo_from_dict({"trucks": [{"count": 1}]})
