"""The main window: actions and shortcuts, tabs, language switch, remembered geometry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTabBar

from booking_app import launcher
from booking_app.gui import app as gui_app
from booking_app.gui import main_window as main_window_module
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.language import normalize_language
from booking_app.gui.main_window import MainWindow
from booking_app.services.settings import save_settings
from booking_app.store.uow import UnitOfWork
from tests.gui.helpers import activate

CTRL = Qt.KeyboardModifier.ControlModifier


def menu_actions(window: MainWindow) -> list[QAction]:
    found = []
    for menu in (window.file_menu, window.edit_menu, window.booking_menu, window.view_menu):
        found += [a for a in menu.actions() if not a.isSeparator()]
    return found + window.help_menu.actions()


def test_every_menu_action_has_a_shortcut_and_a_status_tip(window: MainWindow) -> None:
    actions = menu_actions(window)
    assert len(actions) >= 20
    for action in actions:
        assert not action.shortcut().isEmpty(), action.text()
        assert action.statusTip(), action.text()
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in actions}
    assert keys["New booking"] == "Ctrl+N" and keys["Save"] == "Ctrl+S"
    assert keys["Print…"] == "Ctrl+P" and keys["Find…"] == "Ctrl+F"
    assert keys["Undo"] == "Ctrl+Z" and keys["Redo"] == "Ctrl+Shift+Z"
    shortcuts = [a.shortcut().toString() for a in actions]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_tabs_and_find_from_the_keyboard(window: MainWindow, qtbot: Any) -> None:
    titles = [window.tabs.tabText(i) for i in range(4)]
    assert titles == ["Bookings", "Rates", "Parties", "Settings"]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.bookings_view.search_edit
    day = window.bookings_view.day_edit.date()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.bookings_view.day_edit.date() == day.addDays(-1)
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.bookings_view.day_edit.date() == day


def test_switching_to_chinese_changes_the_menus(window: MainWindow, desk_ctx: DeskContext) -> None:
    assert window.file_menu.title() == "&File"
    save_settings(desk_ctx.uow, {"language": "zh_CN"})
    desk_ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    assert window.file_menu.title() == "文件(&F)"
    assert window.booking_menu.title() == "订舱(&O)"
    assert window.actions_.new.text() == "新建订舱(&N)"
    assert window.tabs.tabText(0) == "订舱"
    assert window.bookings_view.model.headerData(0, Qt.Orientation.Horizontal) == "订舱号"
    assert QLocale().name() == "zh_CN"
    save_settings(desk_ctx.uow, {"language": "en"})
    desk_ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"


def test_an_editor_speaks_chinese_too(window: MainWindow, desk_ctx: DeskContext) -> None:
    editor = window.new_booking()
    save_settings(desk_ctx.uow, {"language": "zh_CN"})
    desk_ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    assert editor.buttons["confirm"].text() == "确认"
    assert editor.title() == "新订舱"
    assert editor.legs.model.headerData(0, Qt.Orientation.Horizontal) == "运输方式"


def test_a_missing_view_shows_a_placeholder(
    desk_ctx: DeskContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        main_window_module, "OPTIONAL_VIEWS", (("booking_app.gui.no_such_view", "NoView"),) * 3
    )
    window = MainWindow(desk_ctx)
    qtbot.addWidget(window)
    assert window.placeholders == []  # a view is built when its tab is first shown
    window.show_tab(2)
    assert isinstance(window.tabs.widget(2), QLabel) and window.tabs.currentIndex() == 2
    assert all(isinstance(v, QLabel) for v in window.views[1:4])
    assert all(isinstance(window.tabs.widget(i), QLabel) for i in (1, 2, 3))
    assert window.placeholders[0].text().startswith("This view is not available")
    window.language.detach()


def test_hidden_views_are_built_when_first_shown(desk_ctx: DeskContext, qtbot: Any) -> None:
    from booking_app.gui.rates.view import RatesView

    window = MainWindow(desk_ctx)
    qtbot.addWidget(window)
    assert not isinstance(window.tabs.widget(1), RatesView)
    assert window.tabs.tabText(1) == "Rates" and window.tabs.count() == 6
    window.show_tab(1)
    rates = window.tabs.widget(1)
    assert isinstance(rates, RatesView) and window.tabs.currentWidget() is rates
    assert window.tabs.tabText(1) == "Rates"
    assert window.tabs.tabBar().tabButton(1, QTabBar.ButtonPosition.RightSide) is None
    window.show_tab(0)
    window.show_tab(1)
    assert window.tabs.widget(1) is rates  # built once
    window.language.detach()


def test_geometry_is_remembered(desk_ctx: DeskContext, qtbot: Any) -> None:
    first = MainWindow(desk_ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(first.width(), 520)
    first.close()
    second = MainWindow(desk_ctx)
    qtbot.addWidget(second)
    assert second.height() == 520  # (the offscreen screen is too narrow to check the width)
    for window in (first, second):
        window.language.detach()


def test_closing_the_window_asks_about_unsaved_bookings(window: MainWindow) -> None:
    editor = window.new_booking()
    editor.header.notes.setText("unsaved")
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Cancel  # type: ignore[method-assign]
    assert not window.close()
    assert window.isVisible()
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    assert window.close()


def test_language_codes_are_normalised() -> None:
    assert normalize_language("zh") == "zh_CN"
    assert normalize_language("zh-CN") == "zh_CN"
    assert normalize_language("fr") == "en"
    assert QKeySequence("Ctrl+Shift+Z").toString() == "Ctrl+Shift+Z"


def test_fonts_shipped_in_resources_are_registered(qapp: QApplication) -> None:
    families = gui_app.register_fonts()
    assert "WenQuanYi Micro Hei" in families and "Noto Sans" in families


def test_launch_creates_a_demo_database_then_opens_the_gui(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(gui_app, "run_gui", lambda path: opened.append(path) or 0)
    path = tmp_path / "new" / "desk.sqlite3"
    assert launcher.launch_gui(path) == 0
    assert opened == [path]
    uow = UnitOfWork.open(path)
    try:
        assert uow.rates.count("rates") > 100 and uow.rates.count("locations") > 10
    finally:
        uow.close()
    assert launcher.prepare_database(path) is False  # an existing database is left as it is


def test_ctrl_alt_p_writes_the_quotation_then_the_confirmation(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    import json

    from booking_app.resources import demo_dir

    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    editor = window.new_booking(raw)
    assert not window.actions_.open_pdf.isEnabled()  # nothing saved to write yet
    qtbot.waitUntil(lambda: editor.quote_ready)
    assert editor.mark_quoted()
    assert window.actions_.open_pdf.isEnabled()
    window.open_printed = False
    asked: list[str] = []

    def ask(name: str) -> Path:
        asked.append(name)
        return tmp_path / name

    window.ask_pdf_path = ask  # type: ignore[method-assign]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.last_printed is not None, timeout=20_000)
    assert asked == [f"{editor.booking_no}-quotation.pdf"]
    assert (tmp_path / asked[0]).read_bytes().startswith(b"%PDF")
    assert editor.confirm()
    window.last_printed = None
    window.print_current()
    qtbot.waitUntil(lambda: window.last_printed is not None, timeout=20_000)
    assert window.last_printed == tmp_path / f"{editor.booking_no}-confirmation.pdf"


def test_ctrl_s_saves_the_settings_view_form(window: MainWindow, qtbot: Any) -> None:
    from booking_app.services.settings import current_settings

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    view = window.tabs.currentWidget()
    view.editors["clerk_name"].setText("Tran Van An")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert current_settings(window.ctx.uow).clerk_name == "Tran Van An"
