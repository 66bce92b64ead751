"""The web chat in a real headless Chromium, driven through chromedriver's WebDriver API.

Skipped when Chromium or chromedriver is missing, except under CI where that is a failure.
Set VIRCOM_SCREENSHOT_DIR to keep a screenshot of the chat page (docs/screenshots/webchat.png).
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.channels.conftest import Desk, DeskFactory, first_reply

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def _require_browser() -> None:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).exists()]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"needs {', '.join(missing)} (installed by .ci/run)")
    assert not missing, f"CI must have {missing}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Browser:
    """A minimal W3C WebDriver client for one headless Chromium session."""

    def __init__(self, driver_url: str, profile: Path) -> None:
        self.http = httpx.Client(base_url=driver_url, timeout=60)
        options = {
            "binary": CHROMIUM,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=900,700",
                f"--user-data-dir={profile}",
            ],
        }
        capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
        session = self._call("POST", "/session", {"capabilities": capabilities})
        self.base = f"/session/{session['sessionId']}"
        self._call("POST", f"{self.base}/timeouts", {"implicit": 15_000, "script": 15_000})

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.request(method, path, json=body if method == "POST" else None)
        value = response.json()["value"]
        assert response.status_code == 200, value
        return value

    def open(self, url: str) -> None:
        self._call("POST", f"{self.base}/url", {"url": url})

    def find(self, css: str) -> str:
        found = self._call("POST", f"{self.base}/element", {"using": "css selector", "value": css})
        return str(found[ELEMENT])

    def type(self, css: str, text: str) -> None:
        self._call("POST", f"{self.base}/element/{self.find(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self._call("POST", f"{self.base}/element/{self.find(css)}/click", {})

    def text(self, css: str) -> str:
        return str(self._call("GET", f"{self.base}/element/{self.find(css)}/text"))

    def screenshot(self) -> bytes:
        return base64.b64decode(self._call("GET", f"{self.base}/screenshot"))

    def close(self) -> None:
        self.http.delete(self.base)
        self.http.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    _require_browser()
    port = _free_port()
    driver = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    ready = threading.Event()

    def watch_output() -> None:
        # chromedriver prints "... started successfully on port N" once it accepts connections;
        # the rest of its output is drained so it never blocks on a full pipe.
        assert driver.stdout is not None
        for line in driver.stdout:
            if "started successfully" in line:
                ready.set()

    threading.Thread(target=watch_output, daemon=True).start()
    assert ready.wait(timeout=15), "chromedriver did not start"
    assert httpx.get(f"{url}/status", timeout=5).json()["value"]["ready"]
    session = Browser(url, tmp_path / "profile")
    yield session
    session.close()
    driver.terminate()
    driver.wait(timeout=10)


def test_the_chat_page_shows_the_bots_reply(desk: Desk, browser: Browser) -> None:
    browser.open(f"{desk.url}/chat")
    browser.type("#vircom-chat-input", "Hola, necesito reparar mi lavadora")
    browser.click("#vircom-chat-send")

    assert browser.text(".vc-bot") == first_reply()
    assert browser.text(".vc-customer") == "Hola, necesito reparar mi lavadora"
    assert browser.text("#vircom-chat-privacy").startswith("Privacidad: usamos sus datos")
    screenshots = os.environ.get("VIRCOM_SCREENSHOT_DIR")
    if screenshots:
        Path(screenshots).mkdir(parents=True, exist_ok=True)
        (Path(screenshots) / "webchat.png").write_bytes(browser.screenshot())


@pytest.fixture
def shop_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The shop's own website on another origin, serving files from a folder."""
    root = tmp_path / "site"
    root.mkdir()

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


def test_the_widget_works_embedded_in_the_shops_site(
    make_desk: DeskFactory, browser: Browser, shop_site: tuple[str, Path]
) -> None:
    origin, root = shop_site
    desk = make_desk(cors_origins=(origin,))
    (root / "index.html").write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Vircom</title></head><body>"
        "<h1>Asistencia Vircom</h1>"
        f"<script src='{desk.url}/widget.js' defer></script></body></html>",
        encoding="utf-8",
    )
    browser.open(f"{origin}/index.html")
    browser.click("#vircom-chat-bubble")
    browser.type("#vircom-chat-input", "¿Atienden en Ñuñoa?")
    browser.click("#vircom-chat-send")

    assert browser.text(".vc-bot") == first_reply()
