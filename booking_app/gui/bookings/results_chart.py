"""A painted bar chart of the results by month (PySide6-Essentials has no QtCharts).

Per month one stacked bar of quotes won, lost, expired and open (left axis: quotes),
and the margin won as a line with its value at each point (right axis: money). The
widget takes plain data (:class:`MonthBar`) and texts already in the clerk's language.
"""

import math
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Outcome → bar colour, bottom to top of each stack.
OUTCOME_COLOURS = (
    ("won", QColor(46, 125, 50)),
    ("lost", QColor(198, 40, 40)),
    ("expired", QColor(158, 158, 158)),
    ("open", QColor(30, 136, 229)),
)
MARGIN_COLOUR = QColor(239, 108, 0)


class MonthBar(NamedTuple):
    """One month: its label, the quotes per outcome, and the margin won (None: none)."""

    label: str
    won: int = 0
    lost: int = 0
    expired: int = 0
    open: int = 0
    margin: Decimal | None = None
    margin_text: str = ""

    def count(self, outcome: str) -> int:
        """Quotes with ``outcome``."""
        value: int = getattr(self, outcome)
        return value

    @property
    def total(self) -> int:
        """Every quote of the month."""
        return self.won + self.lost + self.expired + self.open


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × 10^k) giving about ``ticks`` intervals over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


class ResultsChart(QWidget):
    """Stacked bars of outcomes per month with the margin as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[MonthBar] = []
        self.legend: dict[str, str] = {k: k for k, _ in OUTCOME_COLOURS} | {"margin": "margin"}
        self.title = ""
        self.empty_text = ""
        self.quotes_axis = ""
        # how the margin axis writes its round figures (the view gives the clerk's notation)
        self.axis_format: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(240)

    def set_bars(self, bars: list[MonthBar]) -> None:
        """Show these months."""
        self.bars = list(bars)
        self.update()

    def set_texts(self, title: str, legend: dict[str, str], empty: str, quotes_axis: str) -> None:
        """The title, the legend's names, the text shown without data, the left axis' name."""
        self.title, self.legend, self.empty_text = title, dict(legend), empty
        self.quotes_axis = quotes_axis
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 340)

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.15)
        fm = QFontMetrics(self.font())
        line = fm.height()
        p.setPen(text)
        p.setFont(bold)
        p.drawText(
            QRectF(12, 6, self.width() - 24, line * 1.4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        p.setFont(self.font())
        title_end = 12 + QFontMetrics(bold).horizontalAdvance(self.title) + 24
        legend_bottom = self._paint_legend(p, title_end, 8, line)
        if not self.bars or all(b.total == 0 and b.margin is None for b in self.bars):
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        margins = [float(b.margin) for b in self.bars if b.margin is not None]
        left_w = fm.horizontalAdvance("0000") + 16
        right_w = max([fm.horizontalAdvance(b.margin_text) for b in self.bars] + [40]) + 16
        plot = QRectF(left_w, legend_bottom + line, self.width() - left_w - right_w,
                      self.height() - legend_bottom - line * 3.2)  # fmt: skip
        if plot.width() < 40 or plot.height() < 40:
            return
        top_count = max(b.total for b in self.bars) or 1
        step = max(1.0, nice_step(top_count))
        count_max = math.ceil(top_count / step) * step
        self._paint_grid(p, plot, count_max, step, fm, text)
        slot = plot.width() / len(self.bars)
        bar_w = min(slot * 0.55, 90.0)
        for n, bar in enumerate(self.bars):
            x = plot.left() + slot * n + (slot - bar_w) / 2
            y = plot.bottom()
            for outcome, colour in OUTCOME_COLOURS:
                h = plot.height() * bar.count(outcome) / count_max
                if h > 0:
                    p.fillRect(QRectF(x, y - h, bar_w, h), colour)
                    if h >= line and bar_w >= fm.horizontalAdvance("000"):
                        p.setPen(Qt.GlobalColor.white)
                        p.drawText(QRectF(x, y - h, bar_w, h), Qt.AlignmentFlag.AlignCenter,
                                   str(bar.count(outcome)))  # fmt: skip
                    y -= h
            p.setPen(text)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot - 4))
            p.drawText(QRectF(plot.left() + slot * n, plot.bottom() + 4, slot, line),
                       Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip
        if margins:
            self._paint_margin(p, plot, slot, margins, fm)

    def _paint_legend(self, p: QPainter, x: float, y: float, line: int) -> float:
        fm = QFontMetrics(self.font())
        box = line * 0.7
        text = self.palette().color(QPalette.ColorRole.WindowText)
        entries = [(self.legend.get(k, k), c, False) for k, c in OUTCOME_COLOURS]
        entries.append((self.legend.get("margin", "margin"), MARGIN_COLOUR, True))
        for name, colour, is_line in entries:
            width = box + 6 + fm.horizontalAdvance(name) + 18
            if x + width > self.width() - 8:
                x, y = 12.0, y + line * 1.3
            if is_line:
                p.setPen(QPen(colour, 3))
                p.drawLine(QPointF(x, y + line / 2), QPointF(x + box, y + line / 2))
                p.setBrush(colour)
                p.drawEllipse(QPointF(x + box / 2, y + line / 2), 3, 3)
            else:
                p.fillRect(QRectF(x, y + (line - box) / 2, box, box), colour)
            p.setPen(text)
            p.drawText(QRectF(x + box + 6, y, width, line), Qt.AlignmentFlag.AlignLeft, name)
            x += width
        return y + line * 1.4

    def _paint_grid(
        self, p: QPainter, plot: QRectF, count_max: float, step: float, fm: QFontMetrics,
        text: QColor,
    ) -> None:  # fmt: skip
        grid = QColor(text)
        grid.setAlpha(40)
        value = 0.0
        while value <= count_max + 1e-9:
            y = plot.bottom() - plot.height() * value / count_max
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight, f"{value:g}")  # fmt: skip
            value += step
        p.setPen(QPen(text, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        if self.quotes_axis:
            p.drawText(QRectF(0, plot.top() - fm.height() * 1.3, plot.left() + 80, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, self.quotes_axis)  # fmt: skip

    def _paint_margin(
        self, p: QPainter, plot: QRectF, slot: float, margins: list[float], fm: QFontMetrics
    ) -> None:
        step = nice_step(max(0.0, *margins) - min(0.0, *margins))
        low = math.floor(min(0.0, *margins) / step) * step
        high = max(math.ceil(max(0.0, *margins) / step) * step, low + step)
        span = high - low
        inner = plot
        p.setPen(QPen(MARGIN_COLOUR, 1))
        p.drawLine(QPointF(plot.right(), plot.top()), QPointF(plot.right(), plot.bottom()))
        value = low
        while value <= high + step / 1000:
            y = plot.bottom() - plot.height() * (value - low) / span
            p.drawLine(QPointF(plot.right(), y), QPointF(plot.right() + 4, y))
            p.drawText(QRectF(plot.right() + 6, y - fm.height() / 2, 200, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, self.axis_format(value))  # fmt: skip
            value += step
        points: list[tuple[QPointF, str]] = []
        for n, bar in enumerate(self.bars):
            if bar.margin is None:
                continue
            x = plot.left() + slot * (n + 0.5)
            y = inner.bottom() - inner.height() * (float(bar.margin) - low) / span
            points.append((QPointF(x, y), bar.margin_text))
        p.setPen(QPen(MARGIN_COLOUR, 3))
        for (a, _), (b, _) in zip(points, points[1:], strict=False):
            p.drawLine(a, b)
        p.setBrush(MARGIN_COLOUR)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        bfm = QFontMetrics(bold)
        for point, label in points:
            p.setPen(QPen(MARGIN_COLOUR, 1))
            p.drawEllipse(point, 4.5, 4.5)
            width = bfm.horizontalAdvance(label) + 8
            box = QRectF(point.x() - width / 2, point.y() - bfm.height() - 8, width, bfm.height())
            backdrop = QColor(self.palette().color(QPalette.ColorRole.Base))
            backdrop.setAlpha(210)
            p.fillRect(box, backdrop)
            p.setPen(MARGIN_COLOUR.darker(130))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        p.setFont(self.font())
