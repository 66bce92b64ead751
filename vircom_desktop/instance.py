"""A lock file in the data dir: running desks hold it shared, `restore` needs it alone."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from vircom_desktop.private_files import create_private_file

try:
    import fcntl
except ImportError:  # Windows: restore then relies on the database being closed
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "vircom.lock"


class InstanceRunning(RuntimeError):
    """Another process uses this data dir."""


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._handle: IO[str] | None = None

    def _lock(self, mode: int, message: str) -> None:
        create_private_file(self.path)
        self._handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while running
        if fcntl is None:
            return
        try:
            fcntl.flock(self._handle.fileno(), mode | fcntl.LOCK_NB)
        except OSError as error:
            self._handle.close()
            self._handle = None
            raise InstanceRunning(message) from error

    def acquire_shared(self) -> None:
        """Held by the GUI and `serve` while they run."""
        mode = fcntl.LOCK_SH if fcntl else 0
        self._lock(mode, f"{self.path.parent} is being restored; try again in a moment")

    def acquire_exclusive(self) -> None:
        """Held by `restore`; fails while any desk or server runs on the data dir."""
        mode = fcntl.LOCK_EX if fcntl else 0
        self._lock(
            mode,
            f"Vircom Desk is running on {self.path.parent}; close it (and any 'serve') first",
        )

    def release(self) -> None:
        if self._handle is not None:
            if fcntl is not None:
                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
