"""Customer documents show the price side only; the cost sheet shows both (selling.md §5)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from booking_app.core.booking import Booking
from booking_app.core.errors import ValidationError
from booking_app.core.money import format_money, plain
from booking_app.core.quote import Quote
from booking_app.core.selling import margin_percent
from booking_app.documents import printing as documents
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork
from tests.documents.pdfcheck import not_embedded, pdf_pages, pdf_text, squeeze
from tests.documents.samples import DAY, MULTIMODAL
from tests.documents.selling_desk import (
    APPROVAL_REASON,
    APPROVER,
    SellingDesk,
    cost_figures,
    numbers,
    sell_figures,
)
from tests.factories import book_on

CUSTOMER_DOCUMENTS = {
    "confirmation": documents.render_confirmation,
    "quotation": documents.render_quotation,
}


def _priced(booking: Booking) -> Quote:
    assert booking.quote is not None
    return booking.quote


@pytest.mark.parametrize("kind", sorted(CUSTOMER_DOCUMENTS))
@pytest.mark.parametrize("which", ["markup", "margin"])
def test_customer_documents_carry_no_cost_figure(
    selling: SellingDesk, tmp_path: Path, kind: str, which: str
) -> None:
    booking: Booking = getattr(selling, which)
    quote = _priced(booking)
    out = CUSTOMER_DOCUMENTS[kind](selling.uow, booking.booking_no, tmp_path / f"{kind}.pdf")
    text = pdf_text(out)
    printed = numbers(text)

    hidden = cost_figures(quote)
    # The buy rates and cost amounts differ from the sell ones: the test can tell them apart.
    buy_rates = {plain(line.unit_price) for leg in quote.legs for line in leg.lines}
    assert len(buy_rates & hidden) >= 3
    leaked = sorted(hidden & printed)
    assert leaked == [], f"cost figures in the {kind}: {leaked}"
    # Neither the rule nor its percentage, nor the carrier's service.
    lowered = text.lower()
    assert "markup" not in lowered and "margin" not in lowered and "cost" not in lowered
    for leg in quote.legs:
        assert f"{plain(leg.price.percent)} %" not in text
        if leg.service:
            assert squeeze(leg.service) not in squeeze(text), leg.service
    assert "rate #" not in text and "surcharge #" not in text

    # The whole price side is there: sell quantity × sell unit price = sell amount.
    assert sell_figures(quote) <= printed
    flat = " ".join(text.split())
    for leg in quote.legs:
        for line in leg.lines:
            if line.basis == "percent":
                continue
            unit = f"{plain(line.sell_unit_price)} {line.currency}"
            amount = f"{format_money(line.sell_amount, line.currency)} {line.currency}"
            assert f"{plain(line.sell_quantity)} {unit} {amount}" in flat, line.code
    assert re.search(rf"Total {quote.currency}\s+{format_money(quote.total, quote.currency)}", text)
    assert "Exchange rates used" in text


def test_minimum_lines_show_one_times_the_minimum_sold(selling: SellingDesk, tmp_path: Path) -> None:
    quote = _priced(selling.margin)
    minimums = [line for leg in quote.legs for line in leg.lines if line.minimum_applied]
    assert {line.code for line in minimums} == {"FRT", "CFS"}
    out = documents.render_quotation(selling.uow, selling.margin.booking_no, tmp_path / "q.pdf")
    flat = " ".join(pdf_text(out).split())
    # 44.00 USD minimum at a 12 % margin: 1 × 50.00 = 50.00, never 0.5 × 44.00 = 50.00.
    assert "Ocean freight LCL (minimum) per W/M 1 50.00 USD 50.00 USD" in flat
    assert "(minimum) (minimum)" not in flat
    assert "chargeable 0.5 W/M" in flat and "chargeable 167 kg" in flat
    assert "27.27 USD" in flat and "24.00" not in flat


def test_cost_sheet_shows_both_sides_margin_sources_and_approval(
    selling: SellingDesk, tmp_path: Path
) -> None:
    booking = selling.markup
    quote = _priced(booking)
    out = documents.render_costsheet(selling.uow, booking.booking_no, tmp_path / "cs.pdf")
    pages = pdf_pages(out)
    text = "\n".join(pages)
    for page in pages:
        assert "INTERNAL — COST SHEET — NOT FOR THE CUSTOMER" in page
    printed = numbers(text)
    assert cost_figures(quote) <= printed
    assert sell_figures(quote) <= printed
    flat = " ".join(text.split())
    c = quote.currency
    for n, leg in enumerate(quote.legs, 1):
        assert "markup 7.5 %" in flat
        assert squeeze(f"service {leg.service}") in squeeze(text)
        margin = plain(margin_percent(leg.subtotal, leg.cost_subtotal))
        assert (
            f"Subtotal leg {n} · margin {margin} % {format_money(leg.cost_subtotal, c)} "
            f"{format_money(leg.subtotal, c)} {format_money(leg.subtotal - leg.cost_subtotal, c)}"
        ) in flat
        for line in leg.lines:
            assert format_money(line.amount_quote - line.cost_quote, c) in printed
            if line.rate_id is not None:
                assert f"rate #{line.rate_id}" in flat
            if line.surcharge_id is not None:
                assert f"surcharge #{line.surcharge_id}" in flat
    assert (
        f"Total {c} · margin {plain(quote.margin_percent)} % {format_money(quote.cost_total, c)} "
        f"{format_money(quote.total, c)} {format_money(quote.margin, c)}"
    ) in flat
    assert f"Margin % {plain(quote.margin_percent)} %" in flat
    assert "Margin floor 10 % · BELOW THE FLOOR" in flat
    assert f"{APPROVER}: {APPROVAL_REASON}" in flat
    assert not_embedded(out) == []


def test_cost_sheet_names_spot_and_manual_lines_and_the_margin_rule(
    selling: SellingDesk, tmp_path: Path
) -> None:
    quote = _priced(selling.margin)
    out = documents.render_costsheet(selling.uow, selling.margin.booking_no, tmp_path / "cs.pdf")
    flat = " ".join(pdf_text(out).split())
    spot = quote.legs[1].lines[0]
    manual = next(line for line in quote.legs[0].lines if line.manual)
    assert spot.spot and spot.rate_id is None
    # cost 167 × 0.185 = 30.90; price 167 × 0.210 = 35.07; margin 4.17
    assert "FRT Road freight LTL per kg spot 167 0.185 USD 30.90 USD 30.90" in flat
    assert "167 0.210 USD 35.07 USD 35.07 4.17" in flat
    assert (
        f"INS Cargo insurance per shipment manual 1 35.00 USD 35.00 USD 35.00 "
        f"1 {plain(manual.sell_unit_price)} USD"
    ) in flat
    assert flat.count("margin 12 %") == 2  # the rule of each leg
    assert "Approval (by: reason) none" in flat
    assert "at or above the floor" in flat


@pytest.mark.parametrize("kind", ["quotation", "confirmation", "costsheet"])
def test_an_unpriced_draft_has_no_document(selling: SellingDesk, tmp_path: Path, kind: str) -> None:
    render = getattr(documents, f"render_{kind}")
    out = tmp_path / f"{kind}.pdf"
    with pytest.raises(ValidationError, match=f"{selling.draft.booking_no} has no price yet"):
        render(selling.uow, selling.draft.booking_no, out)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_contract_tariff_prints_in_its_own_currency_and_included_lines_say_so(
    demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    sheet = tmp_path / "tariff.csv"
    sheet.write_text(
        "customer,mode,origin,destination,equipment,basis,currency,rate,min_charge,max_charge,"
        "breaks,kg_per_cbm,valid_from,valid_to,surcharges\n"
        f"{MULTIMODAL['customer']},rail_fcl,CNCKG,CNQZH,40HC,per_container,USD,1000,,,,,"
        "2026-01-01,2026-12-31,included\n",
        encoding="utf-8",
    )
    assert import_sheet(demo_uow, "sell-rates", sheet) == 1
    [booking] = book_on(demo_uow, DAY, [MULTIMODAL], status="quoted")  # below the floor
    frt, rth = _priced(booking).legs[0].lines
    assert frt.tariff and frt.currency == "CNY" and frt.price_currency == "USD"
    assert rth.included and rth.sell_amount == 0
    number = booking.booking_no
    quotation = " ".join(pdf_text(documents.render_quotation(demo_uow, number, tmp_path / "q")).split())
    assert "Rail freight 40HC per container 2 1000 USD 2000.00 USD 2000.00" in quotation
    assert "Rail terminal handling (included) per container 2 included included 0.00" in quotation
    assert plain(frt.unit_price) not in quotation and plain(rth.unit_price) not in quotation
    sheet_text = " ".join(pdf_text(documents.render_costsheet(demo_uow, number, tmp_path / "c")).split())
    assert f"rate #{frt.rate_id} tariff 2 6850.00 CNY 13700.00 CNY" in sheet_text
    assert f"surcharge #{rth.surcharge_id} included 2 450.00 CNY 900.00 CNY" in sheet_text
