"""Starting the desk: the QApplication, bundled fonts, translations and the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from booking_app.gui.common.desk_settings import APPLICATION, ORGANIZATION
from booking_app.resources import resources_dir

#: Preferred families, in order: Latin and Vietnamese, Chinese, Thai.
FONT_FAMILIES = ["Noto Sans", "WenQuanYi Micro Hei", "Noto Sans Thai"]
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
_protected = False


def pyside_leaks_none() -> bool:
    """True when this PySide drops a reference to ``None`` on each call returning void.

    PySide6 6.12.0 does so; on CPython 3.12+ ``None`` is immortal and nothing happens,
    but on 3.11 a few thousand calls (``setText``, ``processEvents``…) deallocate ``None``
    and the interpreter aborts ("Fatal Python error: none_dealloc").
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QCoreApplication as Core

    name = Core.applicationName()
    before = sys.getrefcount(None)
    for _ in range(8):
        Core.setApplicationName(name)
    return sys.getrefcount(None) < before


def protect_none_from_pyside() -> bool:
    """Work around :func:`pyside_leaks_none`: give ``None`` references it can never lose.

    ``None``, ``True`` and ``False`` are never freed in a sound program, so adding 2**40
    to their reference counts (what CPython 3.12 does by making them immortal) changes
    nothing else. Returns True when the guard was needed and applied.
    """
    if not pyside_leaks_none():
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


def register_fonts(folder: Path | None = None) -> list[str]:
    """Register the fonts shipped in ``resources/fonts``; returns the families found."""
    folder = folder or resources_dir() / "fonts"
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in _FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def apply_fonts(app: QApplication) -> None:
    """Use the bundled families (with Qt's fallback) so every script displays."""
    available = set(QFontDatabase.families())
    wanted = [f for f in FONT_FAMILIES if f in available]
    if wanted:
        font = QFont(app.font())
        font.setFamilies(wanted)
        app.setFont(font)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, bundled fonts and the desk's look."""
    global _protected
    if not _protected:
        _protected = True
        protect_none_from_pyside()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Booking Desk")
    register_fonts()
    apply_fonts(app)
    return app


def run_gui(db_path: Path | str) -> int:
    """Open the desk on ``db_path`` and run until the window closes; the exit status.

    A database file that cannot be used is answered with a dialog (open another file,
    restore a backup, or quit: exit 2); an unforeseen error shows a dialog naming the
    log. The first start of a day backs a database file up into ``backups/``.

    The cyclic garbage collector rests until the window is first painted: the start
    makes a few hundred thousand objects (Qt's enums, the views) and frees almost none,
    so its collections would only walk them, a tenth of the start.
    """
    gc.disable()
    try:
        return _run_desk(db_path)
    finally:
        gc.enable()


def _run_desk(db_path: Path | str) -> int:
    from booking_app.gui.main_window import MainWindow
    from booking_app.gui.settings.backup_actions import start_of_day_backup
    from booking_app.gui.settings.clerk_dialog import ask_clerk_name
    from booking_app.gui.settings.database_dialog import (
        ExceptionDialogHook,
        ask_with_dialog,
        open_desk,
        show_warning,
    )

    app = create_app()
    hook = ExceptionDialogHook(db_path=db_path).install()
    ctx = open_desk(db_path, ask_with_dialog, inform=show_warning)
    if ctx is None:
        return 2
    hook.db_path = ctx.db_path
    try:
        start_of_day_backup(ctx)
        window = MainWindow(ctx)
        window.first_painted.connect(gc.enable)
        window.show()
        # the first start asks who is at the desk, once the window is up
        QTimer.singleShot(0, lambda: ask_clerk_name(ctx, window))
        return int(app.exec())
    finally:
        ctx.close()
