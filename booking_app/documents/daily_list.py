"""The daily booking list PDF: landscape A4, header repeated on each page, totals at the end.

Each booking shows its total (price), cost total and margin (selling.md §5); a draft
with no price yet shows blank amounts. Totals per currency (price, cost, margin,
margin %) count the bookings that stand (not cancelled); the totals per status show
every status, cancelled included, so the two together account for the day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Spacer, Table

from booking_app.core.booking import STATUSES
from booking_app.core.money import format_money, plain
from booking_app.core.selling import margin_percent
from booking_app.documents.layout import (
    CELL_PADDING,
    Output,
    build_pdf,
    cell,
    grid_style,
    para,
    styles,
)
from booking_app.documents.model import DailyList, DayRow, mode_label

HEADERS = (
    "Booking no", "Time", "Customer", "Shipper → consignee", "Route", "Modes", "Cargo",
    "Total", "Cost", "Margin", "Cur.", "Status",
)  # fmt: skip
WIDTHS_MM = (25, 10, 34, 38, 34, 21, 24, 19, 19, 18, 10, 15)
_RIGHT = {"Total", "Cost", "Margin"}


def _money_by_currency(rows: Sequence[DayRow], field: str = "total") -> dict[str, Decimal]:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        sums[row.currency] += getattr(row, field) if row.priced else Decimal(0)
    return dict(sorted(sums.items()))


def _amount(row: DayRow, value: Decimal) -> str:
    """An amount of a booking; blank for a draft with no price yet."""
    return format_money(value, row.currency) if row.priced else ""


def _list_table(rows: Sequence[DayRow]) -> LongTable:
    st = styles()
    data: list[list[Any]] = [
        [para(h, st.head_cell_right if h in _RIGHT else st.head_cell) for h in HEADERS]
    ]
    fit = [w * mm - 2 * CELL_PADDING for w in WIDTHS_MM]
    for row in rows:
        parties = f"{row.shipper} → {row.consignee}"
        data.append(
            [
                cell(row.booking_no, st.cell),
                cell(f"{row.created_at:%H:%M}", st.cell),
                cell(row.customer, st.cell, fit[2]),
                cell(parties, st.cell, fit[3]),
                cell(row.route, st.cell, fit[4]),
                cell(
                    ", ".join(mode_label(m.strip()) for m in row.modes.split(",")), st.cell, fit[5]
                ),
                cell(row.cargo_summary, st.cell, fit[6]),
                cell(_amount(row, row.total), st.cell_right),
                cell(_amount(row, row.cost_total), st.cell_right),
                cell(_amount(row, row.margin), st.cell_right),
                cell(row.currency, st.cell),
                cell(row.status, st.cell),
            ]
        )
    if not rows:
        data.append([para("No bookings on this day.", st.cell)] + [""] * (len(HEADERS) - 1))
    table = LongTable(data, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    extra = [("SPAN", (0, 1), (-1, 1))] if not rows else []
    table.setStyle(grid_style(1, extra, right=[HEADERS.index(h) for h in sorted(_RIGHT)]))
    return table


def _totals(rows: Sequence[DayRow]) -> Table:
    st = styles()
    standing = [r for r in rows if r.status != "cancelled"]
    totals = _money_by_currency(standing)
    costs = _money_by_currency(standing, "cost_total")
    heads = ("Bookings", "Total", "Cost total", "Margin", "Margin %")
    left: list[list[Any]] = [
        [para("Currency", st.head_cell)] + [para(h, st.head_cell_right) for h in heads]
    ]
    for currency, amount in totals.items():
        count = sum(1 for r in standing if r.currency == currency)
        cost = costs[currency]
        left.append(
            [
                para(currency, st.cell),
                para(str(count), st.cell_right),
                para(format_money(amount, currency), st.cell_right, bold=True),
                para(format_money(cost, currency), st.cell_right),
                para(format_money(amount - cost, currency), st.cell_right),
                para(f"{plain(margin_percent(amount, cost))} %", st.cell_right),
            ]
        )
    right: list[list[Any]] = [
        [para("Status", st.head_cell), para("Bookings", st.head_cell_right),
         para("Totals", st.head_cell_right)]
    ]  # fmt: skip
    order = {s: n for n, s in enumerate(STATUSES)}
    for status in sorted({r.status for r in rows}, key=lambda s: (order.get(s, 99), s)):
        of_status = [r for r in rows if r.status == status]
        sums = " · ".join(
            f"{format_money(v, c)} {c}" for c, v in _money_by_currency(of_status).items()
        )
        right.append(
            [para(status, st.cell), para(str(len(of_status)), st.cell_right),
             para(sums, st.cell_right)]
        )  # fmt: skip
    a = Table(left, colWidths=[w * mm for w in (16, 16, 26, 26, 24, 18)])
    b = Table(right, colWidths=[22 * mm, 16 * mm, 97 * mm])
    a.setStyle(grid_style())
    b.setStyle(grid_style())
    outer = Table([[a, "", b]], colWidths=[128 * mm, 4 * mm, 135 * mm], hAlign="LEFT")
    outer.setStyle(grid_style(0, [("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return outer


def daily_list_story(data: DailyList) -> list[Any]:
    """The flowables of the daily list."""
    st = styles()
    title = f"Bookings of {data.day.isoformat()}"
    count = len(data.rows)
    return [
        para(data.company.name, st.small, bold=True),
        para(title, st.title),
        para(f"{count} booking{'s' if count != 1 else ''}", st.small),
        Spacer(1, 3 * mm),
        _list_table(data.rows),
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                para("Totals", st.heading),
                para("Per currency: the bookings that stand (not cancelled).", st.small),
                _totals(data.rows),
            ]
        ),
    ]


def render_daily_list_pdf(data: DailyList, out: Output) -> None:
    """Write the daily booking list as a landscape PDF.

    Args:
        data: the day's bookings.
        out: a file path or a binary file object.
    """
    build_pdf(
        out,
        daily_list_story(data),
        title=f"Bookings of {data.day.isoformat()}",
        author=data.company.name,
        footer_left=f"{data.company.name} · Bookings of {data.day.isoformat()}",
        footer_right=f"Printed {data.printed_at:%Y-%m-%d %H:%M}",
        wide=True,
    )
