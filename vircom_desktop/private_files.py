"""Customers' data stays private to the desk's OS user: the one place that sets file modes.

The data dir holds names, phones, addresses and conversations (database, logs, backups) and
tokens (settings.json). Every part of the app that creates or finds one of these files calls
`make_private` (or `private_dir` / `create_private_file`), so the modes do not depend on the
umask, and `tighten_data_dir` fixes installs made before this rule at every start.

POSIX: directories 0700, files 0600. Windows: nothing yet (the profile's ACLs apply); this is
the module to extend with explicit ACLs.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
_ENFORCED = os.name == "posix"

# What the data dir holds besides the database: settings (tokens), the instance lock.
_DATA_FILES = ("settings.json", "vircom.lock")
_PRIVATE_SUBDIRS = ("logs", "backups")
_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """Make `path` readable and writable by the desk's user only (0700 dir, 0600 file).

    A missing path is ignored (a -wal that SQLite removed); symbolic links are not followed.
    """
    if not _ENFORCED:
        return
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        return
    wanted = DIR_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
    if stat.S_IMODE(info.st_mode) != wanted:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, wanted)


def private_dir(path: Path) -> Path:
    """Create the directory `path` (and its parents) if needed; the directory itself is 0700."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    make_private(path)
    return path


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist (no window where it is readable
    by others); an existing file is only tightened."""
    if _ENFORCED:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    make_private(path)


def make_database_private(database_file: Path) -> None:
    """A SQLite database and its -wal/-shm/-journal files (SQLite gives new ones the
    database's mode, so the database itself must be private first)."""
    make_private(database_file)
    for suffix in _SQLITE_SIDECARS:
        make_private(Path(f"{database_file}{suffix}"))


def tighten_tree(directory: Path) -> None:
    """`directory` and everything directly in it made private (logs/, backups/)."""
    make_private(directory)
    if directory.is_dir():
        for child in directory.iterdir():
            make_private(child)


def tighten_data_dir(data_dir: Path) -> None:
    """Make an existing data dir private: itself, settings, the database, logs and backups."""
    make_private(data_dir)
    for name in _DATA_FILES:
        make_private(data_dir / name)
    make_database_private(data_dir / "vircom.db")
    for name in _PRIVATE_SUBDIRS:
        tighten_tree(data_dir / name)
