"""The running core, shared by the desktop app and `serve`: database, listener, background jobs."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vircom_desktop.channels.listener import Listener
from vircom_desktop.channels.server import build_app
from vircom_desktop.config import Settings
from vircom_desktop.domain import db
from vircom_desktop.domain.startup import open_database
from vircom_desktop.jobs.scheduler import build_scheduler

log = logging.getLogger("vircom")

_OLLAMA_STATUS_TTL = 15.0


@dataclass
class Runtime:
    settings: Settings
    log_path: Path
    listener: Listener | None = None
    instance_lock: Any = None
    _scheduler: Any = None
    _ollama_status: tuple[float, str] = (0.0, "unreachable")
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, settings: Settings, log_path: Path, *, demo: bool = False) -> Runtime:
        """Open (and migrate) the database; fill it with the demo shop if asked and empty."""
        open_database(settings.database_url, timezone=settings.timezone)
        if demo:
            from vircom_desktop.domain.demo import seed_demo

            if seed_demo():
                log.info("filled the empty database with the demo shop")
        return cls(settings=settings, log_path=log_path)

    @property
    def listener_url(self) -> str | None:
        return self.listener.url if self.listener else None

    def bind_listener(self) -> Listener:
        """Bind the listener's port now (raises PortInUse) without serving yet."""
        self.listener = Listener(build_app(self), self.settings.host, self.settings.port)
        return self.listener

    def start_background(self) -> None:
        """Start the jobs that run beside the listener."""
        self._scheduler = build_scheduler()
        self._scheduler.start()

    def ollama_status(self) -> str:
        """'ok' | 'unreachable' | 'model_missing', cached for a few seconds."""
        with self._lock:
            checked_at, status = self._ollama_status
            if time.monotonic() - checked_at < _OLLAMA_STATUS_TTL:
                return status
        status = self._check_ollama()
        with self._lock:
            self._ollama_status = (time.monotonic(), status)
        return status

    def _check_ollama(self) -> str:
        from vircom_desktop.agent.ollama_client import OllamaClient

        client = OllamaClient(self.settings.ollama_url, self.settings.ollama_model, timeout_seconds=5)
        try:
            result = client.check_model()
        finally:
            client.close()
        return "model_missing" if result in ("model_missing", "no_tools") else result

    def stop(self) -> None:
        """Finish in-flight work and stop everything this runtime started."""
        if self.listener is not None:
            self.listener.stop()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=True)
            self._scheduler = None
        db.close()
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None
