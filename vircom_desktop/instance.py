"""A lock file in the data dir: running desks hold it shared, `restore` needs it alone.

portalocker gives the same shared and exclusive locks on Windows (LockFileEx) as on Linux and
macOS (flock), so `restore` and `migrate-to` refuse to run under a live desk everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

import portalocker

from vircom_desktop.private_files import create_private_file

LOCK_FILE = "vircom.lock"


class InstanceRunning(RuntimeError):
    """Another process uses this data dir."""


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._handle: IO[str] | None = None

    def _lock(self, mode: portalocker.LockFlags, message: str) -> None:
        create_private_file(self.path)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while running
        try:
            portalocker.lock(handle, mode | portalocker.LOCK_NB)
        except portalocker.LockException as error:
            handle.close()
            raise InstanceRunning(message) from error
        self._handle = handle

    def acquire_shared(self) -> None:
        """Held by the GUI and `serve` while they run."""
        self._lock(
            portalocker.LOCK_SH, f"{self.path.parent} is being restored; try again in a moment"
        )

    def acquire_exclusive(self) -> None:
        """Held by `restore` and `migrate-to`; fails while any desk or server runs on the data dir."""
        self._lock(
            portalocker.LOCK_EX,
            f"Vircom Desk is running on {self.path.parent}; close it (and any 'serve') first",
        )

    def release(self) -> None:
        if self._handle is not None:
            portalocker.unlock(self._handle)
            self._handle.close()
            self._handle = None
