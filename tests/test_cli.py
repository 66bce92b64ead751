"""The command line as users and their scripts see it (CONTRACT §1)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.app_process import ROOT, Listening, clean_env, start_serve


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env or clean_env(),
        timeout=60,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


class Server:
    def __init__(self, app: Listening) -> None:
        self.app = app
        self.process = app.process
        self.url = app.url

    def get(self, path: str) -> dict:
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.loads(response.read())

    def terminate(self) -> int:
        return self.app.stop(timeout=30)


@pytest.fixture
def serve(data_dir: Path) -> Iterator[Server]:
    app = start_serve(data_dir, "--demo", env=clean_env())
    assert app.url.startswith("http://127.0.0.1:")
    yield Server(app)
    app.kill()


def test_version_in_every_entry_point() -> None:
    assert run("--version").stdout.strip() == "vircom-desk 0.1.0"
    module = subprocess.run(
        [sys.executable, "-m", "vircom_desktop", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert module.stdout.strip() == "vircom-desk 0.1.0"
    script = Path(sys.executable).with_name("vircom-desk")
    assert script.exists()
    assert (
        subprocess.run(
            [script, "--version"], capture_output=True, text=True, timeout=60
        ).stdout.strip()
        == "vircom-desk 0.1.0"
    )


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("serve", "doctor", "backup", "restore", "eval"):
        assert command in result.stdout


@pytest.mark.parametrize(
    "args", [["serve", "--bogus"], ["serve", "--port", "abc"], ["restore"], ["frobnicate", "--x"]]
)
def test_bad_flags_get_one_line_and_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert one_line_error(result).startswith("vircom-desk: error:")


def test_unusable_data_dir_exits_2(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a dir")
    result = run("serve", "--data-dir", str(blocker / "data"))
    assert result.returncode == 2
    assert "data dir" in one_line_error(result)


def test_bad_environment_value_exits_2(data_dir: Path) -> None:
    result = run("serve", "--data-dir", str(data_dir), env=clean_env(VIRCOM_TIMEZONE="Mars/Base"))
    assert result.returncode == 2
    assert "time zone" in one_line_error(result)


@pytest.mark.parametrize(
    ("variable", "value"),
    [("DISPLAY", ":987"), ("DISPLAY", "127.0.0.1:987.0"), ("WAYLAND_DISPLAY", "wayland-987")],
)
def test_a_display_that_does_not_answer_points_to_serve(
    data_dir: Path, tmp_path: Path, variable: str, value: str
) -> None:
    # A stale DISPLAY (an ssh session, a container) used to make Qt abort with a core dump.
    env = clean_env(XDG_RUNTIME_DIR=str(tmp_path))
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env[variable] = value
    result = run("--data-dir", str(data_dir), env=env)
    assert result.returncode == 2
    assert "serve" in one_line_error(result)


@pytest.mark.parametrize("host", ["999.1.1.1", "no-such-host.invalid", "203.0.113.77"])
def test_an_unusable_listen_host_exits_2_without_a_traceback(data_dir: Path, host: str) -> None:
    result = run("serve", "--data-dir", str(data_dir), "--host", host, "--port", "0")
    assert result.returncode == 2
    assert host in one_line_error(result)


def test_a_multi_line_driver_error_is_still_one_line(data_dir: Path) -> None:
    # psycopg2's "connection refused" message spans two lines.
    env = clean_env(VIRCOM_DATABASE_URL="postgresql://nobody@127.0.0.1:9/vircom")
    result = run("serve", "--data-dir", str(data_dir), "--port", "0", env=env)
    assert result.returncode == 2
    assert "cannot open the database" in one_line_error(result)


def test_gui_without_display_points_to_serve(data_dir: Path) -> None:
    env = clean_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = run("--data-dir", str(data_dir), env=env)
    assert result.returncode == 2
    assert "serve" in one_line_error(result)


def test_serve_answers_and_stops_cleanly_on_sigterm(serve: Server) -> None:
    health = serve.get("/api/health")
    assert health["status"] == "ok" and health["db"] == "ok" and health["ollama"] == "unreachable"
    assert serve.terminate() == 0


def test_port_in_use_exits_1(data_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--data-dir", str(data_dir), "--port", str(port))
    assert result.returncode == 1
    assert str(port) in one_line_error(result)


def test_serve_never_imports_qt() -> None:
    code = (
        "import sys, vircom_desktop.app, vircom_desktop.runtime, vircom_desktop.channels.server;"
        "import vircom_desktop.doctor, vircom_desktop.jobs.scheduler;"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_backup_then_restore_refused_while_running_then_done(
    serve: Server, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy.db"
    result = run("backup", "--data-dir", str(data_dir), "--to", str(target))
    assert result.returncode == 0 and result.stdout.strip() == str(target)
    refused = run("restore", str(target), "--data-dir", str(data_dir))
    assert refused.returncode == 1
    assert "running" in one_line_error(refused)
    assert serve.terminate() == 0
    restored = run("restore", str(target), "--data-dir", str(data_dir))
    assert restored.returncode == 0, restored.stderr
    kept = list((data_dir / "backups").glob("vircom-replaced-*.db"))
    assert len(kept) == 1


def test_restore_refuses_a_file_that_is_not_a_backup(data_dir: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("hello")
    result = run("restore", str(bogus), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "not a SQLite database" in one_line_error(result)


def test_doctor_reports_failures_with_hints(data_dir: Path) -> None:
    result = run("doctor", "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "[ok  ] database" in result.stdout
    assert "[FAIL] ollama" in result.stdout and "fix:" in result.stdout
