"""Documents from the desk: preview, printing, Save PDF, unsaved edits, Export day."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from booking_app.gui.common.changes import Change
from booking_app.gui.documents.pdf_preview import PdfPreviewDialog
from booking_app.gui.editor.booking_editor import BookingEditor
from booking_app.gui.main_window import MainWindow
from booking_app.resources import demo_dir
from booking_app.services import desk
from booking_app.services.quoting import book


def sample_request() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        (demo_dir() / "sample-request.json").read_text(encoding="utf-8")
    )
    return raw


@pytest.fixture
def saved(window: MainWindow) -> BookingEditor:
    """An editor on a confirmed booking of the demo database."""
    [booking] = book(window.ctx.uow, [sample_request()], "confirmed")
    window.ctx.notify(Change.BOOKINGS)
    return window.open_booking(booking.booking_no)


def wait_for_documents(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.documents.is_busy(), timeout=20_000)


def open_preview(qtbot: Any, window: MainWindow) -> PdfPreviewDialog:
    window.actions_.preview.trigger()
    wait_for_documents(qtbot, window)
    dialog = window.documents.preview_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_the_confirmation_of_a_saved_booking(
    window: MainWindow, saved: BookingEditor, qtbot: Any, tmp_path: Path
) -> None:
    assert window.actions_.preview.isEnabled()
    dialog = open_preview(qtbot, window)
    assert dialog.isVisible()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count() >= 1
    assert "confirmation" in dialog.pdf_path.name and saved.booking_no in dialog.pdf_path.name
    assert saved.booking_no in dialog.document.getAllText(0).text()
    assert dialog.page_count_label.text() == f"of {dialog.page_count()}"
    dialog.zoom_in()
    assert dialog.view.zoomFactor() > 1.0
    dialog.fit_page()
    dialog.go_to_page(dialog.page_count() + 5)  # kept within the document
    assert dialog.current_page() == dialog.page_count() - 1
    dialog.fit_width()
    dialog.go_to_page(0)
    qtbot.wait(100)
    dialog.grab().save(str(tmp_path / "preview.png"))
    assert (tmp_path / "preview.png").stat().st_size > 0


def test_save_pdf_from_the_preview_writes_a_pdf(
    window: MainWindow,
    saved: BookingEditor,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "booking.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = open_preview(qtbot, window)
    dialog.save_button.click()
    wait_for_documents(qtbot, window)
    assert asked and asked[0].endswith(f"{saved.booking_no}-confirmation.pdf")
    assert window.documents.last_saved == target
    assert target.read_bytes().startswith(b"%PDF")


def test_save_pdf_action_writes_the_quotation(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [booking] = book(window.ctx.uow, [sample_request()], "quoted")
    window.open_booking(booking.booking_no)
    target = tmp_path / "quotation.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.save_pdf.trigger()
    wait_for_documents(qtbot, window)
    assert target.read_bytes().startswith(b"%PDF")
    assert booking.booking_no in PdfReader(target).pages[0].extract_text()


def test_printing_puts_every_page_on_the_printer(
    window: MainWindow,
    saved: BookingEditor,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "printed.pdf"
    window.documents.printer_factory = lambda: pdf_printer(printed)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog = open_preview(qtbot, window)
    dialog.print_button.click()
    pages = dialog.page_count()
    assert window.documents.pages_printed == pages
    assert len(PdfReader(printed).pages) == pages


def test_print_on_paper_renders_then_prints(
    window: MainWindow,
    saved: BookingEditor,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "paper.pdf"
    window.documents.printer_factory = lambda: pdf_printer(printed)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.actions_.print.trigger()
    wait_for_documents(qtbot, window)
    qtbot.waitUntil(lambda: printed.exists())
    assert window.documents.pages_printed >= 1
    assert len(PdfReader(printed).pages) == window.documents.pages_printed


def test_a_cancelled_print_dialog_prints_nothing(
    window: MainWindow,
    saved: BookingEditor,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "never.pdf"
    window.documents.printer_factory = lambda: pdf_printer(printed)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog = open_preview(qtbot, window)
    dialog.print_button.click()
    assert not printed.exists()


def test_unsaved_edits_are_saved_before_the_preview(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    [booking] = book(window.ctx.uow, [sample_request()], "quoted")
    editor = window.open_booking(booking.booking_no)
    editor.header.notes.setText("Keep dry, fragile")
    assert editor.is_dirty()
    asked: list[str] = []

    def answer(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = open_preview(qtbot, window)
    assert len(asked) == 1 and booking.booking_no in asked[0]
    assert not editor.is_dirty()
    assert (
        desk.open_booking(window.ctx.uow, booking.booking_no).request["notes"]
        == "Keep dry, fragile"
    )
    assert dialog.page_count() >= 1


def test_cancel_keeps_the_edits_and_prints_nothing(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.new_booking(sample_request())
    assert editor.booking_no is None
    assert window.actions_.preview.isEnabled()  # asks to save first
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    window.actions_.preview.trigger()
    assert not window.documents.is_busy()
    assert window.documents.preview_dialog is None
    assert editor.booking_no is None


def test_a_new_booking_is_saved_before_it_is_printed(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.new_booking(sample_request())
    qtbot.waitUntil(lambda: editor.quote_ready, timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    dialog = open_preview(qtbot, window)
    assert editor.booking_no is not None
    assert editor.booking_no in dialog.pdf_path.name and "quotation" in dialog.pdf_path.name


def test_export_day_to_csv_runs_in_the_background(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bookings = book(window.ctx.uow, [sample_request(), sample_request()], "confirmed")
    window.ctx.notify(Change.BOOKINGS)
    view = window.bookings_view
    day = window.ctx.clock.today()
    view.set_day(day)
    target = tmp_path / "day"  # no suffix: the filter chosen decides the format
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), view.exporter.filters()[0]),
    )
    window.actions_.export_day.trigger()
    assert view.exporter.is_busy() or view.exporter.last_export is not None
    qtbot.waitUntil(lambda: not view.exporter.is_busy(), timeout=20_000)
    written = tmp_path / "day.csv"
    assert view.exporter.last_error == ""
    assert view.exporter.last_export == written
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    numbers = {row[0] for row in rows[1:]}
    assert {b.booking_no for b in bookings} <= numbers
    assert view.exporter.last_count == len(rows) - 1
    assert str(written) in window.statusBar().currentMessage()
    assert view.exporter.progress_dialog is None


def test_export_day_reports_an_error(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    view = window.bookings_view
    view.exporter.start(window.ctx.clock.today(), "xlsx", tmp_path / "no" / "such" / "folder.xlsx")
    qtbot.waitUntil(lambda: not view.exporter.is_busy(), timeout=20_000)
    assert shown and "Cannot write" in shown[0]


def test_the_document_actions_speak_chinese(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from booking_app.services.settings import save_settings

    save_settings(window.ctx.uow, {"language": "zh_CN"})
    window.ctx.notify(Change.SETTINGS)
    QApplication.processEvents()
    assert window.actions_.preview.text() == "预览(&V)…"
    assert window.actions_.export_day.text() == "导出当日(&X)…"
    assert window.actions_.cost_sheet.text() == "成本单(&H)…"
    assert window.bookings_view.export_button.text() == "导出当日…"
    save_settings(window.ctx.uow, {"language": "en"})
    window.ctx.notify(Change.SETTINGS)
    QApplication.processEvents()


def test_cost_sheet_action_previews_the_internal_sheet(
    window: MainWindow,
    saved: BookingEditor,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    action = window.actions_.cost_sheet
    assert action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+K" and action.statusTip()
    assert action in window.file_menu.actions()
    action.trigger()
    wait_for_documents(qtbot, window)
    dialog = window.documents.preview_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert "costsheet" in dialog.pdf_path.name and saved.booking_no in dialog.pdf_path.name
    assert "Cost sheet" in dialog.windowTitle()
    first_page = dialog.document.getAllText(0).text()
    assert "INTERNAL" in first_page and "Margin" in first_page
    target = tmp_path / "sheet.pdf"
    asked: list[str] = []

    def choose(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.save_button.click()
    wait_for_documents(qtbot, window)
    assert asked and asked[0].endswith(f"{saved.booking_no}-costsheet.pdf")
    assert "INTERNAL" in PdfReader(target).pages[0].extract_text()


def test_cost_sheet_of_an_unpriced_draft_says_why(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = sample_request()
    raw["legs"] = [{"mode": "sea_lcl", "origin": "VNHPH", "destination": "THLCH"}]
    draft = desk.save_booking(window.ctx.uow, raw, "draft")
    assert draft.quote is None
    window.open_booking(draft.booking_no)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    window.actions_.cost_sheet.trigger()
    wait_for_documents(qtbot, window)
    assert window.documents.preview_dialog is None
    assert shown and f"{draft.booking_no} has no price yet" in shown[0]
