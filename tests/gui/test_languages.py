"""The four languages: every visible string of the main window and the editor translated.

The English sources are read from ``booking_desk_en.ts`` (every ``tr()`` string of the
GUI, as ``pyside6-lupdate`` collected them). After switching the language at run time,
no label, button, tab, menu, action, group box, placeholder, combo item or table header
of the main window (each of its views) and of a new booking editor may still show one
of them, nor an unfilled placeholder (``%1``, ``%n``, ``{etd}``) or a ``(s)`` plural.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from booking_app.gui.common import formatting, numbers
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.language import LANGUAGES, TRANSLATIONS_DIR, normalize_language
from booking_app.gui.main_window import MainWindow
from booking_app.gui.settings.view import LANGUAGES as CHOICES
from booking_app.services.settings import save_settings

TRANSLATED = ("zh_CN", "vi", "th")
_LEFT_OVER = re.compile(r"%L?\d|%L?n\b|\{[a-z_]+\}|\(s\)")


def english_sources() -> set[str]:
    """Every source text with a Latin letter, with and without its ``&`` accelerator."""
    root = ET.parse(TRANSLATIONS_DIR / "booking_desk_en.ts").getroot()
    found: set[str] = set()
    for source in root.iter("source"):
        text = source.text or ""
        if re.search("[A-Za-z]", text):
            found |= {text, text.replace("&", "")}
    return found


def switch_to(ctx: DeskContext, language: str) -> None:
    """Save the language setting and let every widget retranslate itself."""
    save_settings(ctx.uow, {"language": language})
    ctx.notify(Change.SETTINGS)
    QApplication.processEvents()


def _header_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(model.columnCount())
    ]


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        sub = action.menu()
        texts += _menu_texts(sub) if isinstance(sub, QMenu) else [action.text()]
    return texts


def widget_texts(top: QWidget) -> list[tuple[str, str]]:
    """``(what, text)`` for each text a clerk sees in ``top`` and its visible children."""
    shown: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            shown.append((kind, widget.text()))
        if isinstance(widget, QAbstractButton):
            shown.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            shown.append((kind, widget.title()))
        if isinstance(widget, QLineEdit):
            shown.append((kind + " placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            shown += [(kind + " item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            shown += [(kind, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            shown += [(kind + " header", t) for t in _header_texts(widget.model())]
        for action in widget.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                shown += [("menu", t) for t in _menu_texts(sub)]
            elif isinstance(action, QAction) and action.isVisible():
                shown.append(("action", action.text()))
    return [(kind, text) for kind, text in shown if text]


def desk_texts(window: MainWindow) -> list[tuple[str, str]]:
    """The texts of every view of the window, then of a new booking editor."""
    shown: list[tuple[str, str]] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        shown += widget_texts(window)
    editor = window.new_booking()
    QApplication.processEvents()
    shown += widget_texts(editor)
    return shown


def untranslated(shown: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The texts that are English sources or show a placeholder."""
    sources = english_sources()
    return [(k, t) for k, t in shown if t in sources or _LEFT_OVER.search(t)]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_visible_string_is_translated(
    window: MainWindow, desk_ctx: DeskContext, language: str
) -> None:
    before = desk_texts(window)
    assert [t for _, t in before if t == "&File"], "the English window shows its sources"
    switch_to(desk_ctx, language)
    assert window.language.language == language
    assert QLocale().name() == LANGUAGES[language]
    shown = desk_texts(window)
    assert len(shown) > 150  # the views, menus, and the editor's fields were all looked at
    assert untranslated(shown) == []
    switch_to(desk_ctx, "en")
    assert window.file_menu.title() == "&File"


def test_english_loads_its_translator(window: MainWindow) -> None:
    assert window.language.language == "en"
    assert [t for t in window.language._translators if t.language() == "en_US"]
    assert QCoreApplication.translate("BookingsView", "%Ln booking(s)", None, 1) == "1 booking"
    assert QCoreApplication.translate("BookingsView", "%Ln booking(s)", None, 3) == "3 bookings"
    shown = desk_texts(window)
    assert [(k, t) for k, t in shown if _LEFT_OVER.search(t)] == []


@pytest.mark.parametrize(
    ("language", "word", "count"),
    [
        ("vi", "Lưu (&S)", "3 đặt chỗ"),
        ("th", "บันทึก(&S)", "3 การจอง"),
        ("zh_CN", "保存(&S)", "3 笔订舱"),
    ],
)
def test_each_language_has_its_words_and_plurals(
    window: MainWindow, desk_ctx: DeskContext, language: str, word: str, count: str
) -> None:
    switch_to(desk_ctx, language)
    assert window.actions_.save.text() == word
    assert QCoreApplication.translate("BookingsView", "%Ln booking(s)", None, 3) == count


def test_every_message_of_every_language_is_finished() -> None:
    for language in LANGUAGES:
        root = ET.parse(TRANSLATIONS_DIR / f"booking_desk_{language}.ts").getroot()
        assert root.get("language") == LANGUAGES[language]
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, source
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                assert text, (language, source)
                wanted = set(re.findall(r"%L?\d|%L?n|\{[a-z_]+\}", source))
                assert set(re.findall(r"%L?\d|%L?n|\{[a-z_]+\}", text)) == wanted, text
                assert ("&" in text) == ("&" in source), (language, source, text)
        assert (TRANSLATIONS_DIR / f"booking_desk_{language}.qm").is_file()


def test_the_settings_offer_four_languages() -> None:
    assert dict(CHOICES) == {
        "en": "English", "zh_CN": "简体中文", "vi": "Tiếng Việt", "th": "ไทย",
    }  # fmt: skip
    assert normalize_language("vi_VN") == "vi"
    assert normalize_language("th-TH") == "th"
    assert normalize_language("TH") == "th"


@pytest.mark.parametrize(
    ("language", "amount", "typed"),
    [("vi", "18.000,50", "1.234,5"), ("th", "18,000.50", "1,234.5")],
)
def test_numbers_and_dates_follow_the_language(
    window: MainWindow, desk_ctx: DeskContext, language: str, amount: str, typed: str
) -> None:
    switch_to(desk_ctx, language)
    assert formatting.babel_locale() == LANGUAGES[language]
    assert formatting.money("18000.50") == amount
    assert numbers.read(typed) == Decimal("1234.5")
    assert numbers.show(numbers.read(typed)) == typed  # type: ignore[arg-type]
    shown_day = formatting.day(desk_ctx.clock.now().date())
    month = "thg" if language == "vi" else "[\u0e00-\u0e7f]"  # "1 thg 12, 2026", "1 ธ.ค. 2026"
    assert re.search(month, shown_day), shown_day
