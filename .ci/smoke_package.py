"""Smoke test of the built one-folder app, run as a shop would run it (standard library only).

Usage: python .ci/smoke_package.py dist/vircom-desk

Checks: the folder's size stays under the limit; `--version`; `serve --port 0 --demo` answers
/api/health and /widget.js and stops cleanly on SIGTERM; `doctor` runs its checks (exit 0 or 1,
never a traceback); `migrate-to` loads the PostgreSQL driver; the desktop app under the
offscreen platform reaches its `listening on` line.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

SIZE_LIMIT_MB = 150
TIMEOUT = 90


def folder_size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1_000_000


def environment(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRCOM_", "OLLAMA_"))}
    env.update(VIRCOM_DATA_DIR=str(data_dir), VIRCOM_OLLAMA_URL="http://127.0.0.1:9")
    return env


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"smoke test failed: {what}")
    print(f"ok   {what}")


def run_until_listening(command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("listening on http://"):
        process.kill()
        _, errors = process.communicate(timeout=TIMEOUT)
        raise SystemExit(f"smoke test failed: {command[1:]} printed {line!r}\n{errors}")
    return process, line.split(" ", 2)[2].strip()


def get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers.get("content-type", ""), response.read()


def stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=TIMEOUT)


def main(folder: Path) -> None:
    program = folder / ("vircom-desk.exe" if os.name == "nt" else "vircom-desk")
    check(program.exists(), f"{program} exists")
    size = folder_size_mb(folder)
    check(size < SIZE_LIMIT_MB, f"folder is {size:.0f} MB (limit {SIZE_LIMIT_MB} MB)")

    with tempfile.TemporaryDirectory(prefix="vircom-smoke-") as temp:
        env = environment(Path(temp) / "serve")
        version = subprocess.run(
            [program, "--version"], capture_output=True, text=True, timeout=TIMEOUT, env=env
        )
        check(version.stdout.startswith("vircom-desk "), f"--version: {version.stdout.strip()}")

        server, url = run_until_listening([str(program), "serve", "--port", "0", "--demo"], env)
        try:
            status, _, body = get(url + "/api/health")
            health = json.loads(body)
            check(status == 200 and health["db"] == "ok", f"serve /api/health: {health}")
            status, kind, body = get(url + "/widget.js")
            check(status == 200 and "javascript" in kind and len(body) > 100, "serve /widget.js")
            status, kind, _ = get(url + "/chat")
            check(status == 200 and "html" in kind, "serve /chat")
        finally:
            code = stop(server)
        check(code == 0, "serve stops cleanly on SIGTERM")

        doctor = subprocess.run(
            [program, "doctor"], capture_output=True, text=True, timeout=TIMEOUT, env=env
        )
        output = doctor.stdout + doctor.stderr
        check(
            doctor.returncode in (0, 1) and "Traceback" not in output and "database" in output,
            f"doctor runs its checks (exit {doctor.returncode})",
        )

        moved = subprocess.run(
            [program, "migrate-to", "postgresql://smoke@127.0.0.1:9/vircom"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=env,
        )
        check(
            moved.returncode == 1 and "cannot reach" in moved.stderr,
            "migrate-to reaches for PostgreSQL (its driver is inside)",
        )

        gui_env = environment(Path(temp) / "gui") | {
            "QT_QPA_PLATFORM": "offscreen",
            "VIRCOM_PORT": "0",
        }
        desk, url = run_until_listening([str(program), "--demo"], gui_env)
        try:
            status, _, _ = get(url + "/api/health")
            check(status == 200, "the desktop app (offscreen) is listening")
        finally:
            stop(desk)
            desk_errors = desk.stderr.read() if desk.stderr else ""
        check("Traceback" not in desk_errors, "the desktop app stops without a traceback")
    print(f"package smoke test passed ({size:.0f} MB)")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/vircom-desk"))
