"""The command line: parsing only. What each command does lives in app.py and its own module."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from vircom_desktop import __version__

COMMANDS = (
    "gui",
    "serve",
    "doctor",
    "backup",
    "restore",
    "eval",
    "export",
    "day-sheet",
    "migrate-to",
    "privacy",
)


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (CONTRACT §1: one line on stderr, exit 2)."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"vircom-desk: error: {message} (see --help)\n")
        raise SystemExit(2)


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="database, settings, logs and backups")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vircom-desk",
        description="Vircom Desk: the shop's calendar, chat console and VircomBot.",
    )
    parser.add_argument("--version", action="version", version=f"vircom-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="the desktop app (default)")
    _data_dir(gui)
    gui.add_argument("--demo", action="store_true", help="fill an empty database with a demo shop")

    serve = commands.add_parser("serve", help="headless listener and background jobs (no Qt)")
    _data_dir(serve)
    serve.add_argument("--host", help="listen address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="listen port (default 8765; 0 picks a free one)")
    serve.add_argument(
        "--demo", action="store_true", help="fill an empty database with a demo shop"
    )

    doctor = commands.add_parser("doctor", help="check database, Ollama, port and channels")
    _data_dir(doctor)

    backup = commands.add_parser("backup", help="consistent online backup of the database")
    _data_dir(backup)
    backup.add_argument("--to", metavar="FILE", help="where to write the backup")

    restore = commands.add_parser("restore", help="restore a backup (the app must be closed)")
    restore.add_argument("file", metavar="FILE")
    _data_dir(restore)

    export = commands.add_parser("export", help="the visits of a date range as CSV")
    export.add_argument("--from", dest="first", metavar="DATE", required=True, help="YYYY-MM-DD")
    export.add_argument("--to", dest="last", metavar="DATE", required=True, help="YYYY-MM-DD")
    export.add_argument("--out", metavar="FILE", help="CSV file (default: standard output)")
    _data_dir(export)

    sheet = commands.add_parser("day-sheet", help="the printable day sheet (PDF) per technician")
    sheet.add_argument("--date", metavar="DATE", required=True, help="YYYY-MM-DD")
    sheet.add_argument("--technician", type=int, metavar="ID", help="only this technician")
    sheet.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    _data_dir(sheet)

    move = commands.add_parser(
        "migrate-to", help="copy the SQLite shop into an empty PostgreSQL database"
    )
    move.add_argument("url", metavar="postgresql://…", help="the empty target database")
    _data_dir(move)

    evaluate = commands.add_parser("eval", help="score VircomBot's scenarios against a real Ollama")
    evaluate.add_argument("--model", help="model name (default llama3.1)")
    evaluate.add_argument("--ollama-url", help="Ollama server URL")

    _privacy(commands)
    return parser


def _privacy(commands: argparse._SubParsersAction[_Parser]) -> None:
    privacy = commands.add_parser("privacy", help="a customer's data rights: export or erase")
    actions = privacy.add_subparsers(
        dest="privacy_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    export = actions.add_parser("export", help="everything stored about one customer, as JSON")
    export.add_argument("--phone", required=True, help="the customer's phone number")
    export.add_argument("--out", metavar="FILE", help="write the JSON here (default: stdout)")
    _data_dir(export)
    erase = actions.add_parser("erase", help="erase one customer's personal data")
    erase.add_argument("--phone", required=True, help="the customer's phone number")
    erase.add_argument("--yes", action="store_true", help="confirm the erasure")
    _data_dir(erase)


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse `argv`; with no command, the desktop app is meant."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]
    return build_parser().parse_args(argv)
