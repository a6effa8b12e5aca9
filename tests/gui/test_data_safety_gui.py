"""The GUI and data safety: bad database files, the exception dialog, backups, history."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from booking_app.core.clock import FixedClock
from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.formatting import moment
from booking_app.gui.main_window import MainWindow
from booking_app.gui.settings import backup_actions, database_dialog
from booking_app.gui.settings.backup_actions import start_of_day_backup
from booking_app.gui.settings.database_dialog import ExceptionDialogHook, open_desk
from booking_app.resources import demo_dir
from booking_app.services import lifecycle, quoting
from booking_app.services.backups import backup_database
from booking_app.services.settings import save_settings
from tests.store.test_database_file import damage


def sample() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    return raw


class Asker:
    """Stands in for the dialog: answers in turn, remembers what it was told."""

    def __init__(self, *answers: tuple[str, Path | None]) -> None:
        self.answers = list(answers)
        self.problems: list[str] = []

    def __call__(self, problem: str, path: Path) -> tuple[str, Path | None]:
        self.problems.append(problem)
        return self.answers.pop(0)


def test_a_file_that_is_not_a_database_offers_another(
    tmp_path: Path, demo_template: Path, clock: FixedClock, qapp: Any
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database " * 100)
    good = tmp_path / "good.sqlite3"
    shutil.copy(demo_template, good)
    ask = Asker(("ask", None), ("open", good))
    ctx = open_desk(junk, ask, clock)
    assert ctx is not None and ctx.db_path == good
    ctx.close()
    assert ask.problems == [f"{junk} is not a booking desk database"] * 2
    assert junk.read_bytes() == b"not a database " * 100


def test_a_damaged_database_can_be_restored_from_the_dialog(
    tmp_path: Path, demo_template: Path, clock: FixedClock, qapp: Any
) -> None:
    db = tmp_path / "desk.sqlite3"
    shutil.copy(demo_template, db)
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(demo_template, backup)
    damage(db)
    ask = Asker(("restore", backup))
    ctx = open_desk(db, ask, clock)
    assert ctx is not None and ctx.uow.rates.count("rates") > 100
    ctx.close()
    assert ask.problems[0].startswith("The database is damaged (")
    assert list(tmp_path.glob("desk.sqlite3.before-restore-*"))


def test_quit_from_the_dialog_opens_nothing(tmp_path: Path, clock: FixedClock, qapp: Any) -> None:
    newer = tmp_path / "newer.sqlite3"
    DeskContext(newer, clock=clock).close()
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('booking_desk', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    ask = Asker(("quit", None))
    assert open_desk(newer, ask, clock) is None
    assert "made by a newer version of the desk" in ask.problems[0]


def test_a_new_database_gets_the_demo_data(tmp_path: Path, clock: FixedClock, qapp: Any) -> None:
    ctx = open_desk(tmp_path / "first" / "desk.sqlite3", Asker(), clock)
    assert ctx is not None and ctx.uow.rates.count("surcharges") > 0
    ctx.close()


def test_the_dialog_offers_open_restore_and_quit(qapp: Any) -> None:
    box = database_dialog.problem_box("the database is damaged (x)")
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert {"Open another file…", "Restore a backup…", "Quit"} == set(texts)
    assert box.text() == "the database is damaged (x)"
    box.deleteLater()


def test_an_unforeseen_exception_is_logged_and_shown_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    shown: list[str] = []
    hook = ExceptionDialogHook(shown.append)
    try:
        raise ZeroDivisionError("a slot went wrong")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "ZeroDivisionError" in shown[0]
    log = next((tmp_path / "state").rglob("booking-desk.log"))
    assert str(log) in shown[0] and "saved" in shown[0]
    assert "a slot went wrong" in log.read_text("utf-8")
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]
    hook(type(busy), busy, None)
    assert shown[1].startswith("the database is busy: ")


def test_the_first_start_of_a_day_backs_up(desk_ctx: DeskContext) -> None:
    written = start_of_day_backup(desk_ctx)
    assert written == desk_ctx.db_path.parent / "backups" / "desk-2026-11-30.sqlite3"
    assert start_of_day_backup(desk_ctx) is None


def test_back_up_now_and_restore_from_the_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = window.ctx
    target = tmp_path / "menu-backup.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.actions_.backup_now.trigger()
    assert target.is_file()
    assert sqlite3.connect(target).execute("SELECT count(*) FROM bookings").fetchone() == (0,)
    quoting.book(ctx.uow, [sample()])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.actions_.restore.trigger()
    assert ctx.uow.db.conn.execute("SELECT count(*) FROM bookings").fetchone() == (0,)
    assert list(ctx.db_path.parent.glob("desk.sqlite3.before-restore-*"))


def test_file_dialogs_refuse_the_database(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append(text))
    )
    db = str(window.ctx.db_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (db, "")))
    assert window.ask_pdf_path("x.pdf") is None
    assert window.backups.backup_now() is None
    wal = f"{db}-wal"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (wal, "")))
    assert window.ask_pdf_path("x.pdf") is None
    assert len(warned) == 3 and all("is the database" in w for w in warned)
    assert backup_actions.refuses_database_file(window, window.ctx, Path(db + ".pdf")) is False


def test_the_editor_shows_the_bookings_history(window: MainWindow, qtbot: Any) -> None:
    booking = quoting.book(window.ctx.uow, [sample()], status="quoted")[0]
    lifecycle.change_status(window.ctx.uow, booking.booking_no, "confirmed")
    editor = window.open_booking(booking.booking_no)
    lines = editor.history.texts()
    assert len(lines) == 2
    when = moment(window.ctx.clock.now())  # the locale's date and time (11/30/26, 9:30 AM)
    assert lines[0] == f"{when}  booked revision 1 quoted", lines[0]
    assert lines[1] == f"{when}  status changed confirmed", lines[1]
    tip = editor.history.tooltip(1)
    assert 'before: {"status": "quoted"}' in tip and '"status": "confirmed"' in tip
    assert editor.history_box.title() == "History"
    save_settings(window.ctx.uow, {"language": "vi"})
    window.ctx.notify(Change.SETTINGS)
    QApplication.processEvents()  # the language change reaches every widget
    assert editor.history_box.title() == "Lịch sử"
    when = moment(window.ctx.clock.now())
    assert "30/11" in when
    assert editor.history.texts()[1] == f"{when}  đã đổi trạng thái đã xác nhận"
    assert editor.history.tooltip(1).startswith('trước: {"status": "quoted"}')
    fresh = window.new_booking()
    assert fresh.history.texts() == []


def test_backup_of_the_open_desk_is_consistent(desk_ctx: DeskContext, tmp_path: Path) -> None:
    quoting.book(desk_ctx.uow, [sample()])
    out = backup_database(desk_ctx.uow, tmp_path / "b.sqlite3")
    assert sqlite3.connect(out).execute("SELECT count(*) FROM bookings").fetchone() == (1,)
