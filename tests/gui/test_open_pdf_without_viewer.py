"""*Open as PDF* with no program to show PDFs says so, with the saved file's path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from booking_app.services.quoting import book


@pytest.mark.parametrize("viewer", [False, True])
def test_open_as_pdf_tells_when_no_viewer_opens_it(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, viewer: bool
) -> None:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    [booking] = book(window.ctx.uow, [raw], "quoted")
    window.open_booking(booking.booking_no)
    target = tmp_path / "quotation.pdf"
    window.ask_pdf_path = lambda name: target  # type: ignore[method-assign]
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return viewer

    warned: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window.open_printed = True
    window.actions_.open_pdf.trigger()
    qtbot.waitUntil(lambda: window.last_printed is not None, timeout=20_000)
    assert opened == [str(target)] and target.read_bytes().startswith(b"%PDF")
    status = window.statusBar().currentMessage()
    if viewer:
        assert warned == [] and status == f"Saved {target}"
    else:
        assert len(warned) == 1 and str(target) in warned[0]
        assert "no program could open it" in warned[0]
        assert status == warned[0]  # not "Saved": the failure is on screen, not on stderr
