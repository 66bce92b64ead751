"""Class 8: customers' files are private: data dir 0700; database (+ -wal/-shm), settings,
logs and backups 0600 under the usual umask 022; an older install is tightened at start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.app_process import ROOT
from tests.security.conftest import Serve, serve_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
UMASK = 0o022


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private_files(data_dir: Path) -> list[Path]:
    files = [data_dir / name for name in ("vircom.db", "vircom.db-wal", "vircom.db-shm")]
    files += [data_dir / "vircom.lock", data_dir / "logs" / "vircom.log"]
    return files


def _backup(data_dir: Path, *extra: str) -> Path:
    result = subprocess.run(
        [sys.executable, "main.py", "backup", "--data-dir", str(data_dir), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        umask=UMASK,
        env={k: v for k, v in os.environ.items() if not k.startswith("VIRCOM_")},
    )
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip())


def test_a_new_install_is_private_under_umask_022(tmp_path: Path, security_fakes: Any) -> None:
    data_dir = tmp_path / "data"
    server = Serve(data_dir, serve_env(*security_fakes), umask=UMASK)
    try:
        assert server.post_json("/api/webchat/messages", {"message": "Hola"}).status == 200
        assert _mode(data_dir) == 0o700
        for path in _private_files(data_dir):
            assert _mode(path) == 0o600, path
        assert _mode(data_dir / "logs") == 0o700

        backup = _backup(data_dir)
        elsewhere = _backup(data_dir, "--to", str(tmp_path / "copy.db"))
    finally:
        assert server.stop() == 0
    assert backup.parent == data_dir / "backups"
    assert _mode(backup.parent) == 0o700
    assert _mode(backup) == 0o600
    assert _mode(elsewhere) == 0o600


def test_an_older_install_is_tightened_at_start(tmp_path: Path, security_fakes: Any) -> None:
    data_dir = tmp_path / "data"
    env = serve_env(*security_fakes)
    assert Serve(data_dir, env).stop() == 0
    (data_dir / "settings.json").write_text('{"agent_mode": "auto"}')
    (data_dir / "backups").mkdir(exist_ok=True)  # the first start took its automatic backup
    (data_dir / "backups" / "vircom-old.db").write_bytes(b"")
    (data_dir / "logs" / "vircom.log.1").write_text("old log\n")
    everything = [data_dir, *data_dir.rglob("*")]
    for path in everything:
        path.chmod(0o755 if path.is_dir() else 0o644)

    server = Serve(data_dir, env, umask=UMASK)
    try:
        for path in everything:
            if path.exists():
                assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
    finally:
        assert server.stop() == 0
