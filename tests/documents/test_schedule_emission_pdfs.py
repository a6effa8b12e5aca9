"""ETD, ETA, cut-off and the CO2e estimate on the quotation and the confirmation."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from booking_app.core.quote_json import quote_to_json
from booking_app.documents import printing as documents
from booking_app.services.emissions import method_note
from tests.documents.pdfcheck import pdf_text, squeeze
from tests.documents.samples import DAY, MULTIMODAL, Desk
from tests.factories import book_on

RENDERERS = {
    "confirmation": documents.render_confirmation,
    "quotation": documents.render_quotation,
}


def _kg(text: str) -> str:
    """A decimal string of the quote JSON as printed (thousands separated, one decimal)."""
    return f"{Decimal(text):,.1f}"


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_legs_show_etd_eta_cutoff_and_co2e(desk: Desk, tmp_path: Path, kind: str) -> None:
    booking = desk.multimodal
    data = quote_to_json(booking.quote)
    flat = squeeze(pdf_text(RENDERERS[kind](desk.uow, booking.booking_no, tmp_path / "d.pdf")))

    cutoffs = [leg["cutoff"] for leg in data["legs"] if leg["cutoff"]]
    assert cutoffs, "the demo's sailing from Qinzhou is scheduled"
    for leg in data["legs"]:
        assert leg["etd"].replace("-", "") and squeeze(leg["etd"]) in flat
        assert leg["eta"] in flat
        assert leg["co2e_kg"] is not None
        assert squeeze(_kg(leg["co2e_kg"])) in flat, leg["co2e_kg"]
    for cutoff in cutoffs:
        assert f"attheterminalby{cutoff}" in flat
    # only the legs that have a cut-off say so
    assert flat.count("attheterminalby") == len(cutoffs)
    assert squeeze(f"≈ {_kg(data['co2e_kg'])} kg CO2e for the whole route (estimate)") in flat


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_estimate_names_method_source_and_licence(desk: Desk, tmp_path: Path, kind: str) -> None:
    out = RENDERERS[kind](desk.uow, desk.truck.booking_no, tmp_path / "d.pdf")
    flat = squeeze(pdf_text(out))
    assert squeeze(method_note()) in flat
    assert "ISO14083" in flat and "DESNZ" in flat and "OpenGovernmentLicence" in flat
    cutoffs = [leg.cutoff for leg in desk.truck.quote.legs if leg.cutoff is not None]
    assert flat.count("attheterminalby") == len(cutoffs)


def test_costsheet_has_no_emissions_column(desk: Desk, tmp_path: Path) -> None:
    out = documents.render_costsheet(desk.uow, desk.multimodal.booking_no, tmp_path / "c.pdf")
    flat = squeeze(pdf_text(out))
    assert "CO2ekg" not in flat and "ISO14083" not in flat


def test_leg_without_coordinates_prints_a_dash_and_no_total(desk: Desk, tmp_path: Path) -> None:
    uow = desk.uow
    with uow:
        row = uow.locations.get("VNHAN")
        assert row is not None
        uow.locations.upsert_many(
            [(row["code"], row["name"], row["country"], row["kind"], None, None)]
        )
        uow.commit()

    booking = book_on(uow, DAY, [MULTIMODAL], status="quoted")[0]
    assert booking.quote.legs[-1].co2e_kg is None
    text = pdf_text(documents.render_quotation(uow, booking.booking_no, tmp_path / "q.pdf"))
    assert "CO2e estimate not available for every leg" in " ".join(text.split())
    assert re.search(r"≈ [\d,.]+ kg CO2e for the whole", text) is None
