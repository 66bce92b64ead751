"""The data-dir lock: running desks share it, `restore` and `migrate-to` need it alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from vircom_desktop.instance import InstanceLock, InstanceRunning


def test_desks_share_the_lock_and_restore_waits_for_them(tmp_path: Path) -> None:
    desk, server, restore = InstanceLock(tmp_path), InstanceLock(tmp_path), InstanceLock(tmp_path)
    desk.acquire_shared()
    server.acquire_shared()
    with pytest.raises(InstanceRunning, match="close it"):
        restore.acquire_exclusive()
    desk.release()
    with pytest.raises(InstanceRunning):
        restore.acquire_exclusive()
    server.release()
    restore.acquire_exclusive()
    with pytest.raises(InstanceRunning, match="being restored"):
        desk.acquire_shared()
    restore.release()
    desk.acquire_shared()
    desk.release()


def test_release_twice_is_harmless(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    lock.acquire_exclusive()
    lock.release()
    lock.release()
