"""At 1366×768 the editor lays out without overlap and the preview fits the screen."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QScrollArea

from booking_app.gui.app import apply_fonts, register_fonts
from booking_app.gui.common.changes import Change
from booking_app.gui.documents.pdf_preview import PdfPreviewDialog
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from booking_app.services.quoting import book
from booking_app.services.settings import save_settings
from tests.gui.layout_checks import layout_problems

LAPTOP = QSize(1366, 768)
#: A laptop's taskbar and the window's title bar take this much of its 768 pixels.
CHROME = 70


def _sample() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        (demo_dir() / "sample-request.json").read_text(encoding="utf-8")
    )
    return raw


def _keep(widget: Any, name: str, tmp_path: Path) -> Path:
    """Save a screenshot (also to $DESK_SCREENSHOTS when set, to look at)."""
    shot = tmp_path / name
    assert widget.grab().save(str(shot))
    folder = os.environ.get("DESK_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))
    return shot


@pytest.mark.parametrize("language", ["en", "zh_CN", "vi", "th"])
def test_the_editor_fits_a_laptop_screen_without_overlap(
    window: MainWindow, qtbot: Any, tmp_path: Path, language: str
) -> None:
    save_settings(window.ctx.uow, {"language": language})
    window.ctx.notify(Change.SETTINGS)
    try:
        window.resize(LAPTOP)
        editor = window.new_booking(_sample())
        qtbot.waitUntil(lambda: editor.quote_ready, timeout=20_000)
        qtbot.wait(50)
        # the window may be as small as the screen leaves room for, frame and taskbar aside
        needs = window.minimumSizeHint()
        assert needs.height() <= LAPTOP.height() - CHROME, needs
        assert needs.width() <= LAPTOP.width(), needs
        assert window.size() == LAPTOP
        assert layout_problems(editor.cargo_box) == []
        assert layout_problems(editor) == []
        # the cargo scrolls up and down when it has less room than it needs, never sideways
        area = editor.cargo.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea) and area.widget() is editor.cargo
        assert editor.cargo.width() >= editor.cargo.minimumSizeHint().width()
        assert editor.cargo.height() >= editor.cargo.minimumSizeHint().height()
        # everything of the editor is inside the window
        shown = QRect(editor.mapTo(window, editor.rect().topLeft()), editor.size())
        assert window.rect().contains(shown)
        _keep(window, f"{language}-editor-1366x768.png", tmp_path)
    finally:
        save_settings(window.ctx.uow, {"language": "en"})
        window.ctx.notify(Change.SETTINGS)
        QApplication.processEvents()


def test_a_hidden_editor_fits_its_cargo_again_after_a_language_switch(
    window: MainWindow, qtbot: Any
) -> None:
    """An editor opened in English and left behind another tab; the desk switched to
    Chinese with the bundled fonts (as the desk starts): shown again at 1366×768, its cargo
    box has the width the Chinese labels need (none cut off at the right)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    register_fonts()
    apply_fonts(app)
    try:
        window.resize(LAPTOP)
        window.show()
        editor = window.new_booking(_sample())
        qtbot.waitUntil(lambda: editor.quote_ready, timeout=20_000)
        other = window.new_booking(_sample())
        qtbot.waitUntil(lambda: other.quote_ready, timeout=20_000)
        save_settings(window.ctx.uow, {"language": "zh_CN"})
        window.ctx.notify(Change.SETTINGS)
        qtbot.wait(100)
        window.tabs.setCurrentWidget(editor)
        qtbot.wait(300)
        area = editor.cargo.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        assert area.viewport().width() >= editor.cargo.minimumSizeHint().width()
        assert layout_problems(editor.cargo_box) == []
    finally:
        save_settings(window.ctx.uow, {"language": "en"})
        window.ctx.notify(Change.SETTINGS)
        app.setFont(font)
        QApplication.processEvents()


def test_the_preview_fits_the_screens_available_area(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    [booking] = book(window.ctx.uow, [_sample()], "confirmed")
    window.open_booking(booking.booking_no)
    window.actions_.preview.trigger()
    qtbot.waitUntil(lambda: not window.documents.is_busy(), timeout=20_000)
    dialog = window.documents.preview_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    room = window.screen().availableGeometry()
    assert room.height() < 980  # (the offscreen screen is smaller than the page's size)
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())
    assert dialog.height() <= room.height() - 48  # room left for a title bar
    _keep(dialog, "preview-fitted.png", tmp_path)


def test_the_preview_keeps_a_pages_size_on_a_large_screen(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda _self: QRect(0, 0, 1920, 1040))
    dialog = PdfPreviewDialog(tmp_path / "empty.pdf", "large", None)  # (no pages: size only)
    qtbot.addWidget(dialog)
    assert dialog.size() == QSize(820, 980)
    assert QRect(0, 0, 1920, 1040).contains(dialog.geometry())
