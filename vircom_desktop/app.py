"""Bootstrap: turn a command line into a running desk, server or one-off command."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from vircom_desktop import cli
from vircom_desktop.config import ConfigError, Settings, ollama_url_from_env, resolve
from vircom_desktop.domain.db import DatabaseUrlError
from vircom_desktop.logs import setup_logging

if TYPE_CHECKING:
    from vircom_desktop.channels.listener import Listener
    from vircom_desktop.runtime import Runtime

log = logging.getLogger("vircom")


class ExitError(Exception):
    """An expected failure: one line on stderr and an exit code, never a traceback."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _settings(args: argparse.Namespace) -> Settings:
    flags = {
        "data_dir": getattr(args, "data_dir", None),
        "host": getattr(args, "host", None),
        "port": getattr(args, "port", None),
    }
    try:
        return resolve(flags)
    except ConfigError as error:
        raise ExitError(str(error), 2) from error


def _open_runtime(settings: Settings, *, demo: bool) -> Runtime:
    from vircom_desktop.instance import InstanceLock, InstanceRunning
    from vircom_desktop.runtime import Runtime  # imported late: `--help` stays fast

    log_path = setup_logging(settings.data_dir)
    lock = InstanceLock(settings.data_dir)
    try:
        lock.acquire_shared()
    except InstanceRunning as error:
        raise ExitError(str(error), 1) from error
    try:
        runtime = Runtime.open(settings, log_path, demo=demo)
    except (DatabaseUrlError, OSError) as error:
        raise ExitError(f"cannot open the database: {error}", 2) from error
    except Exception as error:  # a database server refusing us, a broken file...
        log.exception("cannot open the database")
        raise ExitError(f"cannot open the database: {error}", 2) from error
    runtime.instance_lock = lock
    return runtime


def _bind(runtime: Runtime) -> Listener:
    from vircom_desktop.channels.listener import BadListenAddress, PortInUse

    try:
        return runtime.bind_listener()
    except PortInUse as error:
        runtime.stop()
        raise ExitError(
            f"{error.strerror}; is another Vircom Desk running? (try --port)", 1
        ) from error
    except BadListenAddress as error:
        runtime.stop()
        raise ExitError(f"{error.strerror}; check --host / VIRCOM_HOST", 2) from error


class _ShutdownRequested(BaseException):
    """SIGINT or SIGTERM after the listener finished its in-flight requests.

    A BaseException, like KeyboardInterrupt: raised wherever the main thread is, it must not be
    taken for an ordinary error by an `except Exception` on the way (a start-up step's retry).
    """


def _raise_shutdown(signum: int, frame: object) -> None:
    raise _ShutdownRequested


def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings(args)
    runtime = _open_runtime(settings, demo=args.demo)
    listener = _bind(runtime)
    runtime.start_background()
    # uvicorn handles the signal itself (graceful shutdown), then re-raises it to the handler
    # found before it started: this one, so a requested stop ends with exit code 0.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _raise_shutdown)
    try:
        listener.run()
    except _ShutdownRequested:
        pass
    finally:
        runtime.stop()
    log.info("stopped")
    return 0


def _can_connect_unix(path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(path)
    except OSError:
        return False
    return True


def _can_connect_tcp(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1.0).close()
    except OSError:
        return False
    return True


def _x11_reachable(display: str) -> bool:
    """Whether the X server named by DISPLAY answers; True when the form is not understood
    (then Qt decides)."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not (number.isascii() and number.isdigit()):
        return True
    if host in ("", "unix") or host.startswith("unix/"):
        path = f"/tmp/.X11-unix/X{number}"
        # The server may listen on the abstract socket only (Linux), or on the file only.
        return _can_connect_unix(path) or _can_connect_unix("\0" + path)
    if "/" in host:
        return True
    return _can_connect_tcp(host.strip("[]"), 6000 + int(number))


def _wayland_reachable(name: str) -> bool:
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR", "")
    if not name.startswith("/") and not runtime_dir:
        return True  # cannot tell: let Qt decide
    path = name if name.startswith("/") else os.path.join(runtime_dir, name)
    return _can_connect_unix(path)


def _has_display() -> bool:
    """A display the desktop app can open (CONTRACT §1): otherwise one line pointing to
    `serve` and exit 2, never Qt aborting with a core dump on a stale DISPLAY."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        wayland = os.environ.get("WAYLAND_DISPLAY", "")
        x11 = os.environ.get("DISPLAY", "")
        return bool((wayland and _wayland_reachable(wayland)) or (x11 and _x11_reachable(x11)))
    return True


def cmd_gui(args: argparse.Namespace) -> int:
    if not _has_display():
        raise ExitError(
            "no display found; on a server use 'python main.py serve' (or set QT_QPA_PLATFORM)", 2
        )
    settings = _settings(args)
    runtime = _open_runtime(settings, demo=args.demo)
    listener = _bind(runtime)
    from vircom_desktop.ui.app import run_gui

    # Until the desk's own handling takes over (SignalQuit, in run_gui), SIGTERM and SIGINT are
    # only noted, and the desk quits as soon as its window is up. Raised while the window was
    # being built (inside one of Qt's calls into Python) they broke the start with a SystemError,
    # or hung it; a second one during the clean stop below is only noted too.
    stop_requested = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: stop_requested.set())
    try:
        listener.start_in_thread()
        runtime.start_background()
        return run_gui(runtime, stop_requested)
    finally:
        runtime.stop()
        log.info("stopped")


def cmd_doctor(args: argparse.Namespace) -> int:
    from vircom_desktop.doctor import run_doctor

    return run_doctor(_settings(args))


def cmd_backup(args: argparse.Namespace) -> int:
    from vircom_desktop.backup import BackupError, backup

    settings = _settings(args)
    try:
        target = backup(settings, Path(args.to) if args.to else None)
    except BackupError as error:
        raise ExitError(str(error), 1) from error
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from vircom_desktop.backup import BackupError, restore

    settings = _settings(args)
    try:
        kept = restore(settings, Path(args.file))
    except BackupError as error:
        raise ExitError(str(error), 1) from error
    print(f"restored {args.file}; the replaced database was kept at {kept}")
    return 0


def _open_shop(settings: Settings) -> None:
    """Open the database for a one-off command (export, day sheet)."""
    from vircom_desktop.domain.startup import open_database

    setup_logging(settings.data_dir)
    try:
        open_database(settings.database_url, timezone=settings.timezone)
    except Exception as error:
        raise ExitError(f"cannot open the database: {error}", 2) from error


def cmd_export(args: argparse.Namespace) -> int:
    from vircom_desktop.domain import db
    from vircom_desktop.export import ExportError, export_range, export_to_file, parse_range

    try:
        start, end = parse_range(args.first, args.last)
    except ExportError as error:
        raise ExitError(str(error), 2) from error
    settings = _settings(args)
    _open_shop(settings)
    try:
        if args.out is None:
            export_range(start, end, sys.stdout)
            sys.stdout.flush()
            return 0
        target = Path(args.out)
        try:
            count = export_to_file(start, end, target)
        except OSError as error:
            raise ExitError(f"cannot write {target}: {error.strerror or error}", 1) from error
    finally:
        db.close()
    print(f"{count} visits written to {target}")
    return 0


def cmd_day_sheet(args: argparse.Namespace) -> int:
    from datetime import date

    from vircom_desktop.domain import db
    from vircom_desktop.domain.day_sheet import DaySheetError, build_day_sheet

    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise ExitError(f"--date '{args.date}' is not a date in YYYY-MM-DD form", 2) from None
    settings = _settings(args)
    _open_shop(settings)
    try:
        sheet = build_day_sheet(day, args.technician)
    except DaySheetError as error:
        raise ExitError(str(error), 1) from error
    finally:
        db.close()
    from vircom_desktop.ui.day_sheet import write_pdf_headless

    target = Path(args.out)
    try:
        write_pdf_headless(sheet, target, settings.language)
    except OSError as error:
        raise ExitError(f"cannot write {target}: {error.strerror or error}", 1) from error
    if not target.is_file() or target.stat().st_size == 0:
        raise ExitError(f"cannot write {target}", 1)
    print(target)
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from vircom_desktop.config import save_stored
    from vircom_desktop.domain.db import sqlite_path
    from vircom_desktop.domain.transfer import TransferError, masked_url, migrate_to
    from vircom_desktop.instance import InstanceLock, InstanceRunning

    settings = _settings(args)
    source = sqlite_path(settings.database_url)
    if source is None:
        raise ExitError(f"the shop already uses {masked_url(settings.database_url)}", 1)
    lock = InstanceLock(settings.data_dir)
    try:
        lock.acquire_exclusive()  # a desk writing meanwhile would lose its changes
    except InstanceRunning as error:
        raise ExitError(str(error), 1) from error
    try:
        copies = migrate_to(source, args.url)
    except TransferError as error:
        raise ExitError(str(error), 1) from error
    finally:
        lock.release()
    for copy in copies:
        print(f"{copy.table}: {copy.rows} rows, checksum {copy.checksum[:12]} verified")
    save_stored(settings.data_dir, {"database_url": args.url})
    print(
        f"copied {sum(c.rows for c in copies)} rows into {masked_url(args.url)}; "
        f"{settings.data_dir / 'settings.json'} now points there and {source} is unchanged"
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from vircom_desktop.agent.evaluation import run_cli

    model = args.model or os.environ.get("VIRCOM_OLLAMA_MODEL") or "llama3.1"
    return run_cli(model=model, ollama_url=args.ollama_url or ollama_url_from_env())


def cmd_privacy(args: argparse.Namespace) -> int:
    from vircom_desktop.domain.privacy import PrivacyError
    from vircom_desktop.privacy_cli import run_privacy

    settings = _settings(args)
    try:
        return run_privacy(settings, args)
    except PrivacyError as error:
        raise ExitError(str(error), 1) from error
    except DatabaseUrlError as error:
        raise ExitError(f"cannot open the database: {error}", 2) from error


HANDLERS = {
    "gui": cmd_gui,
    "serve": cmd_serve,
    "doctor": cmd_doctor,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "eval": cmd_eval,
    "export": cmd_export,
    "day-sheet": cmd_day_sheet,
    "migrate-to": cmd_migrate_to,
    "privacy": cmd_privacy,
}


def main(argv: list[str] | None = None) -> None:
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    try:
        code = HANDLERS[args.command](args)
    except ExitError as error:
        # One line, whatever the underlying message (a database driver's may span several).
        sys.stderr.write(f"vircom-desk: {' '.join(str(error).split())}\n")
        code = error.code
    except KeyboardInterrupt:
        code = 130
    raise SystemExit(code)
