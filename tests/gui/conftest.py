"""Fixtures for the desk's widgets: a desk on a private demo database, a main window.

Qt runs offscreen (``tests/conftest.py`` sets ``QT_QPA_PLATFORM``); window settings
go to a temporary folder, never to the user's own configuration.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QLocale, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from booking_app.core.clock import FixedClock  # noqa: E402
from booking_app.gui.app import protect_none_from_pyside  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402

# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call returning void
# (see booking_app.gui.app.pyside_leaks_none); a long test run would abort without this.
protect_none_from_pyside()


@pytest.fixture(scope="session", autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window geometry and state are written under a temporary folder."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def copy_demo(template: Path, target: Path) -> Path:
    """A private copy of the session's demo database."""
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture
def desk_ctx(
    demo_template: Path, tmp_path: Path, qapp: QApplication, clock: FixedClock
) -> Iterator[DeskContext]:
    """A desk on a private copy of the demo database, on the test's clock."""
    ctx = DeskContext(copy_demo(demo_template, tmp_path / "desk.sqlite3"), clock=clock)
    yield ctx
    QThreadPool.globalInstance().waitForDone(10_000)
    # pytest-qt closed the test's widgets and called deleteLater: delete them while
    # the database is still open, so none of them reacts to a later event on a closed one.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.close()


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Editors never block a test on a question: unsaved edits are discarded, yes is yes,
    an approval below the margin floor is not given.

    (pytest-qt closes the test's widgets before fixtures are finalised.) A test that
    checks a question replaces ``ask_unsaved``/``ask_yes_no`` on its own editor.
    """
    from booking_app.gui.editor.booking_editor import BookingEditor

    monkeypatch.setattr(
        BookingEditor, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard
    )
    monkeypatch.setattr(BookingEditor, "ask_yes_no", lambda self, question: True)
    monkeypatch.setattr(BookingEditor, "ask_reason", lambda self, question: "customer changed plans")
    # confirming below the margin floor: no approver comes forward (nothing is saved)
    monkeypatch.setattr(BookingEditor, "ask_approval", lambda self, problem: None)
    # a ship date before today: the clerk says "confirm anyway" (tests/gui/test_first_run.py
    # drives the real question)
    monkeypatch.setattr(BookingEditor, "ask_past_ship_date", lambda self, warning: True)


@pytest.fixture
def window(desk_ctx: DeskContext, qtbot):  # type: ignore[no-untyped-def]
    """The main window, shown and active; English again afterwards."""
    from booking_app.gui.main_window import MainWindow

    main = MainWindow(desk_ctx)
    qtbot.addWidget(main)
    main.resize(1400, 950)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    QThreadPool.globalInstance().waitForDone(10_000)
    # pytest-qt has closed the window and called deleteLater: delete it now, while the
    # database is open, so no view of it reacts to the language going back to English.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QLocale.setDefault(QLocale("en_US"))
    QApplication.processEvents()
