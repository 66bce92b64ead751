"""The running core, shared by the desktop app and `serve`: database, listener, channels, jobs."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from vircom_desktop.agent import slots
from vircom_desktop.channels.listener import Listener
from vircom_desktop.channels.server import build_app
from vircom_desktop.channels.service import ChannelService
from vircom_desktop.config import Settings
from vircom_desktop.domain import db
from vircom_desktop.domain.startup import open_database
from vircom_desktop.jobs.runner import JobsRunner, lock_for
from vircom_desktop.jobs.scheduler import build_scheduler

log = logging.getLogger("vircom")

_OLLAMA_STATUS_TTL = 15.0


class _LazyAgent:
    """VircomBot, built on its first turn (so the listener starts without waiting for it)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._agent: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._agent is None:
                from vircom_desktop.agent.service import VircomBot

                self._agent = VircomBot(self._settings)
            return self._agent

    def respond(
        self, conversation_id: int, *, on_event: Any = None, cancel: Any = None, claim: Any = None
    ) -> Any:
        extra = {} if claim is None else {"claim": claim}
        return self.get().respond(conversation_id, on_event=on_event, cancel=cancel, **extra)


@dataclass
class Runtime:
    settings: Settings
    log_path: Path
    listener: Listener | None = None
    instance_lock: Any = None
    # Turns in progress at once; None: one more than the model's slots, so the next turn is
    # ready (history read, prompt built) the moment a slot frees.
    agent_workers: int | None = None
    _channels: ChannelService | None = None
    _channels_started: bool = False
    _agent: Any = None
    _jobs: JobsRunner | None = None
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

    @property
    def agent(self) -> Any:
        """The VircomBot the channels use (built lazily); the chat console drafts with its own."""
        with self._lock:
            return self._agent_unlocked()

    @property
    def channels(self) -> ChannelService:
        """Inbound queue, outbox and rate limits; messages wait until `start_background`."""
        with self._lock:
            if self._channels is None:
                self._channels = ChannelService(
                    self.settings,
                    self._agent_unlocked(),
                    workers=self.agent_workers or self.settings.model_slots + 1,
                )
            return self._channels

    def _agent_unlocked(self) -> Any:
        if self._agent is None:
            self._agent = _LazyAgent(self.settings)
        return self._agent

    def bind_listener(self) -> Listener:
        """Bind the listener's port now (raises PortInUse) without serving yet."""
        self.listener = Listener(build_app(self), self.settings.host, self.settings.port)
        return self.listener

    def start_background(self) -> None:
        """Start the queue workers, the outbox and the jobs that run beside the listener."""
        # Build VircomBot now rather than in the first customer's turn (its imports and HTTP
        # client take a good fraction of a second, then competing with deliveries).
        threading.Thread(target=self._warm_agent, name="agent-warmup", daemon=True).start()
        slots.configure(self.settings.model_slots)
        self.channels.start()
        self._channels_started = True
        # Every process listens and stores; only the holder of the database's jobs lock runs
        # the scheduler (reminders, backups, expiry), and a standby takes over when it dies.
        self._jobs = JobsRunner(
            lock_for(self.settings.database_url), partial(build_scheduler, lambda: self.settings)
        )
        self._jobs.start()

    def jobs_host(self) -> str | None:
        """The host whose process runs the background jobs (None while nobody does)."""
        return self._jobs.holder() if self._jobs is not None else None

    @property
    def jobs_here(self) -> bool:
        return self._jobs is not None and self._jobs.running_here

    def _warm_agent(self) -> None:
        try:
            self.agent.get()
        except Exception:  # the first turn will meet the same error and hand over to staff
            log.exception("cannot build VircomBot")

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

        client = OllamaClient(
            self.settings.ollama_url, self.settings.ollama_model, timeout_seconds=5
        )
        try:
            result = client.check_model()
        finally:
            client.close()
        return "model_missing" if result in ("model_missing", "no_tools") else result

    def stop(self) -> None:
        """Finish in-flight work and stop everything this runtime started."""
        if self.listener is not None:
            self.listener.stop()
        if self._channels is not None and self._channels_started:
            self._channels.stop()
            self._channels_started = False
        elif self._channels is not None:
            self._channels.intake.stop()
        if self._jobs is not None:
            self._jobs.stop()
            self._jobs = None
        db.close()
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None
