"""The four languages in every window: dialogs, message boxes, sub-tabs and panels.

``test_languages.py`` looks at the main window's views and a new editor. Here, in
Chinese, Vietnamese and Thai, each dialog the desk opens is opened too (the database
problem box, backup and restore questions, the crash dialog, import errors, the rate,
tariff, schedule, pricing-profile, charge, spot-rate and approval forms, the export's
file dialog, the route suggestions, the PDF preview, every tab of
the settings and rates views, a booking's History panel) and none may show an English
source string or an unfilled placeholder, Qt's standard buttons (OK, Cancel, Save,
Discard, Yes, No) included: Qt ships no Vietnamese or Thai texts for them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from booking_app.core.errors import RowError
from booking_app.documents import printing
from booking_app.gui.common.import_errors_dialog import ImportErrorsDialog
from booking_app.gui.common.qt_texts import PLATFORM_TEXTS, standard_button_text
from booking_app.gui.documents.pdf_preview import PdfPreviewDialog
from booking_app.gui.editor.dialogs import ApprovalDialog, ChargeDialog, SpotDialog
from booking_app.gui.editor.route_suggestions import RouteSuggestionsDialog
from booking_app.gui.main_window import MainWindow
from booking_app.gui.parties.pricing_profiles import ProfileDialog
from booking_app.gui.parties.tariff_dialog import TariffDialog
from booking_app.gui.rates.rate_dialog import RateDialog
from booking_app.gui.rates.schedule_dialog import ScheduleDialog
from booking_app.gui.settings import database_dialog
from booking_app.services import catalog, lifecycle, quoting
from booking_app.services.catalog import RateFilter
from tests.gui.test_data_safety_gui import sample
from tests.gui.test_languages import TRANSLATED, switch_to, untranslated, widget_texts

Texts = list[tuple[str, str]]
Button = QDialogButtonBox.StandardButton


def dialog_texts(dialog: QWidget) -> Texts:
    """The window title and every visible text of a dialog, on each of its tabs."""
    dialog.show()
    QApplication.processEvents()
    shown = [("title", dialog.windowTitle()), *widget_texts(dialog)]
    shown += tab_texts(dialog)
    dialog.close()
    dialog.deleteLater()
    return shown


def tab_texts(top: QWidget) -> Texts:
    """The texts of every page of every tab widget in ``top`` (each page shown in turn)."""
    shown: Texts = []
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            shown += widget_texts(top)
        tabs.setCurrentIndex(current)
    return shown


def modal_texts(trigger: Callable[[], object]) -> Texts:
    """The texts of the modal window ``trigger`` opens (a message box, a file dialog),
    read while it is open; then it is dismissed (Cancel, No, Escape)."""
    seen: Texts = []
    tries = [0]

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(10, look)
            return
        seen.append(("title", modal.windowTitle()))
        seen.extend(widget_texts(modal))
        if isinstance(modal, QMessageBox):
            seen.append(("informative", modal.informativeText()))
        assert isinstance(modal, QDialog)
        modal.reject()

    QTimer.singleShot(0, look)
    trigger()
    assert seen, "no modal window opened"
    return seen


def every_dialog(window: MainWindow, tmp_path: Path) -> Texts:
    """Open each dialog of the desk and return what it showed."""
    ctx = window.ctx
    shown: Texts = []
    # the database that cannot be opened, a restore question, the crash dialog
    box = database_dialog.problem_box("x")
    shown += [("informative", box.informativeText()), *dialog_texts(box)]
    shown += modal_texts(lambda: window.backups.confirm_restore(tmp_path / "old.sqlite3"))
    shown += modal_texts(window.backups.ask_backup_path)
    shown += modal_texts(window.backups.ask_restore_path)
    shown += modal_texts(
        lambda: database_dialog.ExceptionDialogHook._dialog(
            database_dialog.crash_text(ZeroDivisionError("x"), tmp_path / "desk.log")
        )
    )
    # Qt's standard buttons, in a message box and in a button box
    question = QMessageBox(
        QMessageBox.Icon.Question, "", "",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Ok,
    )  # fmt: skip
    shown += dialog_texts(question)
    shown += dialog_texts(QDialogButtonBox(Button.Ok | Button.Close | Button.Apply | Button.Reset))
    # imports refused, the forms over rates, tariffs and schedules
    errors = [RowError("rates.csv", 3, "rate", "x"), RowError("rates.csv", 4, None, "y")]
    shown += dialog_texts(ImportErrorsDialog("rates.csv", errors, window))
    rate_id = catalog.list_rates(ctx.uow, RateFilter())[0].rate.id
    shown += dialog_texts(RateDialog(ctx, None, window))
    shown += dialog_texts(RateDialog(ctx, rate_id, window))
    shown += dialog_texts(TariffDialog(ctx, "Guangxi Example Trading Co.", None, window))
    shown += dialog_texts(ScheduleDialog(ctx, None, window))
    shown += dialog_texts(ChargeDialog(["USD", "CNY"], window))
    shown += dialog_texts(SpotDialog(["Beibu Gulf Feeder (demo)"], ["USD", "CNY"], window))
    shown += dialog_texts(ApprovalDialog("?", window))
    shown += dialog_texts(ProfileDialog(ctx, "Guangxi Example Trading Co.", None, window))
    shown += modal_texts(lambda: window.bookings_view.exporter.ask(ctx.clock.now().date()))
    # the route suggestions, once the search has ended
    routes = RouteSuggestionsDialog(ctx.new_uow, sample(), window)
    routes.show()
    end = time.monotonic() + 30
    while routes.searching and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    assert not routes.searching
    shown += [("status", routes.status.text()), *dialog_texts(routes)]
    # sending a quotation with no booking open says so in the status bar
    assert window.sender_.send(None) is False
    shown.append(("status bar", window.statusBar().currentMessage()))
    # a quotation in the preview window
    booked = quoting.book(ctx.uow, [sample()], status="quoted")[0]
    pdf = printing.render_quotation(ctx.uow, booked.booking_no, tmp_path / "q.pdf")
    shown += dialog_texts(PdfPreviewDialog(pdf, booked.booking_no, window))
    # every tab of every view (settings: letterhead, quotes, desk, database; rates, schedules)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        shown += tab_texts(window)
    # a booking with a history, in its editor
    booking = quoting.book(ctx.uow, [sample()], status="quoted")[0]
    lifecycle.change_status(ctx.uow, booking.booking_no, "confirmed")
    editor = window.open_booking(booking.booking_no)
    QApplication.processEvents()
    history = editor.history.texts()
    assert len(history) == 2
    shown += [("history", line) for line in history]
    shown += [("history tip", editor.history.tooltip(n)) for n in range(2)]
    shown += widget_texts(editor)
    return shown


def _words(shown: Texts) -> str:
    return "\n".join(text for _kind, text in shown)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_dialog_is_translated(
    window: MainWindow, tmp_path: Path, language: str, monkeypatch: Any
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    english = _words(every_dialog(window, tmp_path))
    for word in ("The database cannot be opened", "Restore a backup", "Discard", "Cancel",
                 "Import refused: rates.csv", "internal error (ZeroDivisionError)",
                 "booked revision 1", "Letterhead", "Everything saved so far is kept.",
                 "Open a booking to send its quotation."):  # fmt: skip
        assert word in english, word  # the English desk shows the sources looked for
    switch_to(window.ctx, language)
    shown = every_dialog(window, tmp_path)
    assert len(shown) > 400
    assert untranslated(shown) == []
    words = _words(shown)
    assert "ZeroDivisionError" in words and "desk.log" in words  # the data stays as it is
    assert "Discard" not in words and "Cancel" not in words


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("vi", {Button.Cancel: "Hủy", Button.Discard: "Bỏ", Button.Yes: "&Có"}),
        ("th", {Button.Cancel: "ยกเลิก", Button.Save: "บันทึก", Button.No: "ไม่(&N)"}),
        ("zh_CN", {Button.Cancel: "取消", Button.Save: "保存", Button.Yes: "是(&Y)"}),
    ],
)
def test_standard_buttons_speak_the_language(
    window: MainWindow, language: str, texts: dict[Button, str]
) -> None:
    box = QDialogButtonBox(Button.Cancel | Button.Save | Button.Discard | Button.Yes | Button.No)
    before = {b: box.button(b).text() for b in texts}
    assert before == {b: standard_button_text(b) for b in texts}
    switch_to(window.ctx, language)
    for button, text in texts.items():
        assert standard_button_text(button) == text
        assert box.button(button).text() == text  # the box retranslated itself
    assert all(standard_button_text(b) != source for b, (_c, source) in PLATFORM_TEXTS.items())
    switch_to(window.ctx, "en")
    assert box.button(Button.Cancel).text() == "Cancel"
    box.deleteLater()
