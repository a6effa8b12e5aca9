"""Every file dialog of the desk: it starts where the clerk last went for the same purpose.

The first time, a dialog starts in the user's Documents folder (the home folder when
there is none), never in the program's folder; the folder of each file chosen is kept
in ``QSettings`` per purpose (an export's folder is not the backups' folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from booking_app.gui.common.desk_settings import desk_settings

#: What a file is chosen for; each purpose remembers its own folder.
PURPOSES = ("export", "import", "pdf", "backup", "database", "logo")
_KEY = "file_dialogs/{}"


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(purpose: str, default: Path | None = None) -> Path:
    """Where a dialog for ``purpose`` starts: the last folder used for it if it still
    exists, else ``default`` if it exists, else the Documents folder."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown file dialog purpose {purpose!r}")
    kept = desk_settings().value(_KEY.format(purpose))
    for folder in (Path(kept) if isinstance(kept, str) and kept else None, default):
        if folder is not None and folder.is_dir():
            return folder
    return documents_folder()


def remember_folder(purpose: str, chosen: Path) -> None:
    """Keep the folder of ``chosen`` (a file) as where ``purpose``'s dialogs start next."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown file dialog purpose {purpose!r}")
    desk_settings().setValue(_KEY.format(purpose), str(chosen.parent))


def ask_save_path(
    parent: QWidget | None,
    purpose: str,
    title: str,
    name: str,
    filters: str,
    selected: str = "",
    default: Path | None = None,
) -> tuple[Path | None, str]:
    """Ask where to write the file ``name``; the path (None when cancelled) and the filter
    picked."""
    suggested = start_folder(purpose, default) / name
    chosen, picked = QFileDialog.getSaveFileName(parent, title, str(suggested), filters, selected)
    if not chosen:
        return None, picked
    remember_folder(purpose, Path(chosen))
    return Path(chosen), picked


def ask_open_path(
    parent: QWidget | None, purpose: str, title: str, filters: str, default: Path | None = None
) -> Path | None:
    """Ask which file to read (None when cancelled)."""
    folder = start_folder(purpose, default)
    chosen, _picked = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    if not chosen:
        return None
    remember_folder(purpose, Path(chosen))
    return Path(chosen)
