"""A desk with marked-up bookings for the selling documents' tests (selling.md §5, §6)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from booking_app.core.booking import Booking
from booking_app.core.money import format_money, plain
from booking_app.core.quote import Quote
from booking_app.services import catalog, desk
from booking_app.services.settings import save_settings
from booking_app.store.uow import UnitOfWork
from tests.documents.samples import DAY, LCL_SPOT, MULTIMODAL, request
from tests.factories import book_on

APPROVER = "Chen Wei"
APPROVAL_REASON = "Strategic lane, volume promised for 2027"
OLD_ADDRESS = "12 Hang Bai, Hoan Kiem, Hà Nội"
#: A draft on a lane with no rate yet (sea LCL Haiphong → Laem Chabang): no price.
UNPRICED: dict[str, object] = request(
    LCL_SPOT,
    customer="Draft Customer Co.",
    legs=[{"mode": "sea_lcl", "origin": "VNHPH", "destination": "THLCH"}],
)


@dataclass
class SellingDesk:
    """A confirmed booking at a 7.5 % markup below a 10 % floor (approved), a quoted one
    at a 12 % margin with minimum, manual and spot lines, and an unpriced draft; all on
    DAY."""

    uow: UnitOfWork
    markup: Booking
    margin: Booking
    draft: Booking


def make_selling_desk(uow: UnitOfWork) -> SellingDesk:
    """The three bookings, saved through the services (the floor set to 10 %)."""
    save_settings(uow, {"min_margin_percent": "10"})
    catalog.save_party(uow, {"name": LCL_SPOT["customer"], "address": OLD_ADDRESS})
    approval = {"by": APPROVER, "reason": APPROVAL_REASON}
    marked_up = request(MULTIMODAL, markup_percent="7.5", approval=approval)
    markup = book_on(uow, DAY, [marked_up], status="confirmed")[0]
    margin = book_on(uow, DAY, [LCL_SPOT], status="quoted")[0]
    draft = desk.save_booking(uow, dict(UNPRICED), "draft")
    assert draft.quote is None and markup.quote is not None and margin.quote is not None
    assert markup.quote.below_min_margin and not margin.quote.below_min_margin
    return SellingDesk(uow, markup, margin, draft)


def numbers(text: str) -> set[str]:
    """Every figure in a text, as printed (``13700.00``, ``0.185``, ``2``)."""
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def sell_figures(quote: Quote) -> set[str]:
    """Every figure of the price side, as the documents print them."""
    c = quote.currency
    found = {format_money(quote.total, c), *(plain(v) for v in quote.fx.values())}
    for leg in quote.legs:
        found.add(format_money(leg.subtotal, c))
        for line in leg.lines:
            found |= {
                plain(line.sell_quantity),
                plain(line.sell_unit_price),
                format_money(line.sell_amount, line.currency),
                format_money(line.amount_quote, c),
            }
    return found


def cost_figures(quote: Quote) -> set[str]:
    """Every figure of the cost side (and the margin) that differs from all price figures.

    A percent line's quantity is the cost freight amount it is a percentage of.
    """
    c = quote.currency
    found = {
        format_money(quote.cost_total, c),
        format_money(quote.margin, c),
        plain(quote.margin_percent),
    }
    for leg in quote.legs:
        found.add(format_money(leg.cost_subtotal, c))
        for line in leg.lines:
            found |= {
                plain(line.unit_price),
                format_money(line.amount, line.currency),
                format_money(line.cost_quote, c),
            }
            if line.basis == "percent":
                found.add(plain(line.quantity))
    return found - sell_figures(quote)
