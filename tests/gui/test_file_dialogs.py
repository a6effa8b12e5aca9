"""File dialogs start in Documents (not the program's folder) and remember, per purpose,
the last folder used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from booking_app.gui.common import file_dialogs
from booking_app.gui.common.desk_settings import desk_settings
from booking_app.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _forget_folders() -> None:
    settings = desk_settings()
    for purpose in file_dialogs.PURPOSES:
        settings.remove(f"file_dialogs/{purpose}")


class Dialogs:
    """Stands in for the clerk at the file dialogs: records where each one started."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[Path] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)

    def _save(self, _parent: Any, _title: str, where: str, *_rest: Any) -> tuple[str, str]:
        self.started.append(Path(where).parent)
        return self.answer, ""

    def _open(self, _parent: Any, _title: str, where: str, *_rest: Any) -> tuple[str, str]:
        self.started.append(Path(where))
        return self.answer, ""


def test_the_first_dialog_starts_in_documents_not_the_programs_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    monkeypatch.chdir(tmp_path)
    dialogs = Dialogs(monkeypatch)
    file_dialogs.ask_save_path(None, "export", "Export", "day.csv", "CSV (*.csv)")
    file_dialogs.ask_open_path(None, "import", "Import", "Sheets (*.csv)")
    assert dialogs.started == [documents, documents]


def test_without_a_documents_folder_the_home_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: "/no/such/folder")
    assert file_dialogs.documents_folder() == Path.home()


def test_each_purpose_remembers_its_last_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = file_dialogs.documents_folder()
    exports, pdfs = tmp_path / "exports", tmp_path / "pdfs"
    exports.mkdir()
    pdfs.mkdir()
    dialogs = Dialogs(monkeypatch)
    dialogs.answer = ""  # cancelled: nothing is remembered
    assert window.bookings_view.exporter.ask(window.ctx.clock.today()) is None
    dialogs.answer = str(exports / "day.csv")
    assert window.bookings_view.exporter.ask(window.ctx.clock.today()) is not None
    assert desk_settings().value("file_dialogs/export") == str(exports)
    dialogs.answer = str(pdfs / "q.pdf")
    assert window.ask_pdf_path("BK-1-quotation.pdf") == pdfs / "q.pdf"
    window.bookings_view.exporter.ask(window.ctx.clock.today())
    window.ask_pdf_path("BK-1-quotation.pdf")
    assert dialogs.started == [documents, documents, documents, exports, pdfs]
    # a remembered folder that is gone: back to Documents
    file_dialogs.remember_folder("export", exports / "day.csv")
    assert file_dialogs.start_folder("export") == exports
    exports.rmdir()
    assert file_dialogs.start_folder("export") == documents


def test_backups_start_beside_the_database_then_where_the_clerk_went(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from booking_app.services.backups import backup_folder

    assert isinstance(window.ctx.db_path, Path)
    dialogs = Dialogs(monkeypatch)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    dialogs.answer = str(elsewhere / "copy.sqlite3")
    assert window.backups.ask_backup_path() == elsewhere / "copy.sqlite3"
    assert window.backups.ask_restore_path() == elsewhere / "copy.sqlite3"
    default = backup_folder(window.ctx.db_path)
    first = default if default.is_dir() else file_dialogs.documents_folder()
    assert dialogs.started == [first, elsewhere]


def test_an_unknown_purpose_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        file_dialogs.start_folder("somewhere")
