"""The embedded listener: uvicorn serving the app in the foreground (`serve`) or a thread (GUI)."""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

import uvicorn

from vircom_desktop.channels.protocol import GuardedH11Protocol

log = logging.getLogger("vircom.channels")


class PortInUse(OSError):
    """The listener's address is taken (another desk or program is on it)."""


class BadListenAddress(OSError):
    """The listen host cannot be used here (unknown name, not an address of this machine)."""


class _Server(uvicorn.Server):
    """A uvicorn server that reports when it really accepts connections."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._on_started()


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind and listen now, so a port in use is reported before anything else starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only turns Nagle off (TCP_NODELAY) on sockets whose
    # protocol says TCP, and with Nagle on, a response written in two parts waits ~40 ms for
    # the client's delayed ACK.
    try:
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    except OSError as error:  # e.g. an IPv6 host on a machine without IPv6
        raise BadListenAddress(
            error.errno, f"cannot listen on {host}:{port}: {error.strerror or error}"
        ) from error
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if error.errno in (errno.EADDRINUSE, errno.EACCES):
            raise PortInUse(
                error.errno, f"cannot listen on {host}:{port}: {error.strerror}"
            ) from error
        # An unknown host name (gaierror), an address not on this machine, a malformed one.
        raise BadListenAddress(
            error.errno, f"cannot listen on {host}:{port}: {error.strerror or error}"
        ) from error
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class Listener:
    """One listener for the process; `url` is known once bound (port 0 picks a free port)."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        self._socket = bind_socket(host, port)
        bound_port = self._socket.getsockname()[1]
        shown_host = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown_host}:{bound_port}"
        self.started = threading.Event()
        config = uvicorn.Config(
            app,
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=15,
            timeout_keep_alive=5,
            # Slow clients are dropped by the protocol's deadlines and in-flight requests are
            # capped by the app (channels.inflight): uvicorn's connection count would let
            # half-open sockets lock everyone out.
            limit_concurrency=None,
            http=GuardedH11Protocol,
            lifespan="off",
        )
        self._server = _Server(config, self._announce)
        self._thread: threading.Thread | None = None

    def _announce(self) -> None:
        log.info("listening on %s", self.url)
        print(f"listening on {self.url}", flush=True)
        self.started.set()

    def run(self) -> None:
        """Serve in this thread until stopped (SIGINT/SIGTERM in the main thread)."""
        self._server.run(sockets=[self._socket])

    def start_in_thread(self) -> None:
        self._thread = threading.Thread(target=self._run_in_thread, name="listener", daemon=True)
        self._thread.start()

    def _run_in_thread(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._socket]))

    def stop(self, timeout: float = 20.0) -> None:
        """Ask the server to finish in-flight requests and stop; wait for its thread."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._socket.close()
