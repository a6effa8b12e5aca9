"""Writing the desk's files safely (data-safety.md §3): the one helper every writer uses.

A file is written under a temporary name in its own folder and renamed into place
only once complete, so no half-written file ever carries the final name; its mode
follows the user's umask. No output may land on the database or its companion files.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from booking_app.core.database_errors import ProtectedFileError
from booking_app.core.errors import ValidationError

#: Files SQLite keeps beside a database.
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal")
_umask_lock = threading.Lock()


def database_files(db_path: str | Path) -> list[Path]:
    """The database file and its ``-wal``, ``-shm`` and ``-journal`` companions."""
    return [Path(f"{db_path}{suffix}") for suffix in COMPANION_SUFFIXES]


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def check_output_path(path: str | Path, protected: Iterable[str | Path | None]) -> Path:
    """Refuse an output path that is a protected database or one of its companions.

    Args:
        path: where the clerk (or ``--out``) wants a file written.
        protected: database files to keep (None entries are ignored).

    Raises:
        ProtectedFileError: ``path`` is one of those files (or a link to one).
    """
    target = Path(path)
    for db in protected:
        if db is None or str(db) == ":memory:":
            continue
        if any(_same_file(target, guarded) for guarded in database_files(db)):
            raise ProtectedFileError(str(path))
    return target


def _umask() -> int:
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(
    path: str | Path, protected: Iterable[str | Path | None] = ()
) -> Iterator[IO[bytes]]:
    """A temporary file beside ``path`` that replaces it only when writing succeeded.

    Raises:
        ProtectedFileError: ``path`` is the database or one of its companion files.
        ValidationError: the file cannot be written there (no such folder, no
            permission, disk full); the old file, if any, is unchanged.
    """
    target = check_output_path(path, protected)
    try:
        import tempfile  # (and shutil, random…): only when a file is written

        handle = tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
        )
    except OSError as exc:
        raise ValidationError(f"cannot write {target}: {exc.strerror}") from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, target)
    except OSError as exc:
        raise ValidationError(f"cannot write {target}: {exc.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)


def temporary_sibling(path: str | Path, suffix: str = ".part") -> Path:
    """A fresh, unused name in the folder of ``path`` (for writers that need a path).

    Raises:
        ValidationError: the folder cannot be written.
    """
    target = Path(path)
    try:
        import tempfile

        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=suffix)
    except OSError as exc:
        raise ValidationError(f"cannot write {target}: {exc.strerror}") from None
    os.close(fd)
    os.unlink(name)
    return Path(name)


def place_file(temporary: str | Path, path: str | Path) -> Path:
    """Rename a finished temporary file onto ``path`` (mode from the umask).

    Raises:
        ValidationError: the rename failed (the temporary file is removed).
    """
    try:
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise ValidationError(f"cannot write {path}: {exc.strerror}") from None
    return Path(path)
