"""One vocabulary: the screen, the PDF and the exports name a mode the same way; one date
format per language on screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from booking_app.core.vocabulary import BASIS_NAMES, MODE_NAMES, STATUS_NAMES
from booking_app.documents.printing import render_quotation
from booking_app.gui.common import formatting
from booking_app.gui.common.labels import VOCABULARY_SOURCES, basis_label, mode_label, status_label
from booking_app.gui.main_window import MainWindow
from tests.conftest import TEST_TODAY
from tests.documents.pdfcheck import pdf_text
from tests.gui.helpers import wait_for_quote
from tests.gui.test_booking_editor import sample

CODES = tuple(MODE_NAMES)


def test_the_gui_translates_exactly_the_core_names() -> None:
    names = {*MODE_NAMES.values(), *STATUS_NAMES.values(), *BASIS_NAMES.values()}
    assert names == set(VOCABULARY_SOURCES)
    for table, label in ((MODE_NAMES, mode_label), (STATUS_NAMES, status_label),
                         (BASIS_NAMES, basis_label)):  # fmt: skip
        for code, name in table.items():
            assert label(code) == name  # English: the documents' words


def _cells(widget: QWidget) -> list[str]:
    """The text of every cell of every table and tree under ``widget`` (first 200 rows)."""
    texts: list[str] = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 200)):
            for column in range(model.columnCount()):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def test_views_and_pdf_say_the_same_mode_names(
    window: MainWindow, qtbot: Any, tmp_path: Any
) -> None:
    editor = window.new_booking()
    editor.apply_state(sample())  # rail, sea and truck legs
    wait_for_quote(qtbot, editor)
    assert editor.save()
    qtbot.waitUntil(lambda: window.bookings_view.model.rowCount() == 1)
    on_screen: list[str] = _cells(editor) + _cells(window.bookings_view)
    for index in (1, 2):  # Rates and Parties
        on_screen += _cells(window.view_at(index))
    shown = " | ".join(on_screen)
    for code in CODES:
        assert code not in shown, code  # no code on screen
    for name in ("Rail FCL", "Sea FCL", "Truck FTL"):
        assert name in shown, name
    assert "Rail FCL, Sea FCL, Truck FTL" in _cells(window.bookings_view)
    assert "Air" in _cells(window.view_at(1))  # the rate table names air rates too
    legs = editor.legs.model
    assert [legs.index(r, 0).data() for r in range(3)] == ["Rail FCL", "Sea FCL", "Truck FTL"]

    pdf = render_quotation(window.ctx.uow, str(editor.booking_no), tmp_path / "q.pdf")
    text = pdf_text(pdf)
    for name in ("Rail FCL", "Sea FCL", "Truck FTL"):
        assert name in text, name  # the customer reads the clerk's words
    assert "Road FTL" not in text
    for code in CODES:
        assert code not in text, code


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "11/30/2026"), ("zh_CN", "2026/11/30"), ("vi", "30/11/2026"), ("th", "30/11/2026")],
)
def test_one_date_format_per_language_in_views_and_fields(
    window: MainWindow, qtbot: Any, language: str, shown: str
) -> None:
    editor = window.new_booking()
    window.language.apply(language)
    try:
        QApplication.processEvents()
        assert formatting.day(TEST_TODAY) == shown
        fields = [editor.header.quote_date, editor.header.ship_date,
                  window.bookings_view.day_edit, window.results_view.to_edit]  # fmt: skip
        for field in fields:
            assert field.text() == shown, field.objectName()
        quote_box = " ".join(_cells(editor))
        assert "2026-11-30" not in quote_box  # no ISO date on screen
    finally:
        window.language.apply("en")
    QApplication.processEvents()
    assert editor.header.ship_date.text() == "11/30/2026"
