"""Customers' data stays private to the desk's OS user: the one place that sets file modes.

The data dir holds names, phones, addresses and conversations (database, logs, backups) and
tokens (settings.json). Every part of the app that creates or finds one of these files calls
`make_private` (or `private_dir` / `create_private_file`), so the modes do not depend on the
umask, and `tighten_data_dir` fixes installs made before this rule at every start.

POSIX: directories 0700, files 0600. Windows: file modes mean nothing on NTFS, so each path gets
an explicit ACL instead — inheritance removed, full control for the desk's user and SYSTEM only
(`icacls`, once per path and process). The data dir under the user's profile is already closed
to other accounts; the explicit ACL keeps it so wherever VIRCOM_DATA_DIR points (docs/windows.md).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import subprocess
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger("vircom")

DIR_MODE = 0o700
FILE_MODE = 0o600
_ENFORCED = os.name == "posix"
_WINDOWS = os.name == "nt"
_SYSTEM_SID = "*S-1-5-18"
_CREATE_NO_WINDOW = 0x08000000  # icacls from a windowed desk must not flash a console
_restricted: set[str] = set()

# What the data dir holds besides the database: settings (tokens), the instance lock.
_DATA_FILES = ("settings.json", "vircom.lock")
_PRIVATE_SUBDIRS = ("logs", "backups")
_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """Make `path` readable and writable by the desk's user only (0700 dir, 0600 file).

    A missing path is ignored (a -wal that SQLite removed); symbolic links are not followed.
    """
    if _WINDOWS:
        restrict_acl(path)
        return
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
    if _ENFORCED or _WINDOWS:  # on Windows the mode is ignored; the ACL follows below
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


def windows_account(env: Mapping[str, str] | None = None) -> str:
    """DOMAIN\\user (or user) of the desk's Windows session, as icacls names it."""
    env = os.environ if env is None else env
    user = env.get("USERNAME", "")
    domain = env.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain and user else user


def acl_command(path: Path, *, is_dir: bool, account: str) -> list[str]:
    """icacls arguments that leave `path` to `account` and SYSTEM alone."""
    rights = "(OI)(CI)F" if is_dir else "F"
    return [
        "icacls",
        str(path),
        "/inheritance:r",
        "/grant:r",
        f"{account}:{rights}",
        f"{_SYSTEM_SID}:{rights}",
        "/q",
    ]


def restrict_acl(path: Path) -> None:
    """Windows: an explicit owner-only ACL on `path` (missing paths and repeats are skipped)."""
    key = str(path)
    if key in _restricted or not path.exists():
        return
    account = windows_account()
    if not account:
        return
    command = acl_command(path, is_dir=path.is_dir(), account=account)
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, check=False, creationflags=_CREATE_NO_WINDOW
        )
    except OSError as error:
        log.warning("cannot restrict access to %s: %s", path, error)
        return
    if result.returncode != 0:
        log.warning("cannot restrict access to %s: %s", path, result.stdout.strip())
        return
    _restricted.add(key)
