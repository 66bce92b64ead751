"""Logging setup: one rotating log file per data dir, one logger per subsystem.

Code logs through ``logging.getLogger("vircom.<subsystem>")`` (``vircom.agent``, ``vircom.ui``,
…); the handlers live on the root logger so that messages from libraries (uvicorn, APScheduler)
at WARNING or above land in the same file.
"""

from __future__ import annotations

import logging
import sys
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from vircom_desktop.private_files import create_private_file, make_private, private_dir

LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5

# Control characters (C0, DEL, C1) and Unicode line breaks, escaped in every log line so that no
# request path, header or customer text can start a forged line.
_ESCAPES = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
}

_FILE_HANDLER = "vircom-file"
_CONSOLE_HANDLER = "vircom-console"


def log_path(data_dir: Path) -> Path:
    """Path of the current log file for a data dir."""
    return Path(data_dir) / "logs" / "vircom.log"


def escape_control(text: str) -> str:
    """`text` with CR, LF and every other control character written as an escape."""
    return text.translate(_ESCAPES)


class SafeFormatter(logging.Formatter):
    """One record, one line: the message is escaped; a traceback's lines are indented.

    Only a record's first line starts at column 0, so text from outside cannot pose as a record.
    """

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = escape_control(record.message)
        return super().formatMessage(record)

    def formatException(self, ei: Any) -> str:
        return _indent(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:
        return _indent(super().formatStack(stack_info))


def _indent(text: str) -> str:
    return "\n".join("    | " + escape_control(line) for line in text.splitlines())


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are readable by the desk's user only (they hold customer
    text), whatever the umask."""

    def _open(self) -> TextIOWrapper:
        create_private_file(Path(self.baseFilename))
        return super()._open()

    def doRollover(self) -> None:
        super().doRollover()
        for index in range(1, self.backupCount + 1):
            make_private(Path(f"{self.baseFilename}.{index}"))


def setup_logging(data_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send ``vircom.*`` logs at ``level`` and above to ``<data_dir>/logs/vircom.log``.

    Idempotent: calling it again replaces the handlers it installed before instead of adding
    more, so the result only depends on the last call's arguments. Returns the log file path.
    """
    path = log_path(data_dir)
    private_dir(path.parent)
    formatter = SafeFormatter(LOG_FORMAT)

    current = _installed_handler(_FILE_HANDLER)
    if not (isinstance(current, RotatingFileHandler) and Path(current.baseFilename) == path):
        file_handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        file_handler.set_name(_FILE_HANDLER)
        file_handler.setFormatter(formatter)
        _replace_handler(_FILE_HANDLER, file_handler)

    if console and _installed_handler(_CONSOLE_HANDLER) is None:
        console_handler = logging.StreamHandler(sys.stderr)
        console_handler.set_name(_CONSOLE_HANDLER)
        console_handler.setFormatter(formatter)
        logging.getLogger().addHandler(console_handler)
    elif not console:
        _replace_handler(_CONSOLE_HANDLER, None)

    logging.getLogger("vircom").setLevel(level)
    return path


def close_logging() -> None:
    """Remove and close the handlers installed by :func:`setup_logging`."""
    for name in (_FILE_HANDLER, _CONSOLE_HANDLER):
        _replace_handler(name, None)


def _installed_handler(name: str) -> logging.Handler | None:
    for handler in logging.getLogger().handlers:
        if handler.get_name() == name:
            return handler
    return None


def _replace_handler(name: str, new: logging.Handler | None) -> None:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == name]:
        root.removeHandler(handler)
        handler.close()
    if new is not None:
        root.addHandler(new)
