"""`doctor`: checks what the shop needs to run, each with a fix hint; exit 1 if any fails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vircom_desktop.config import Settings
from vircom_desktop.domain import db
from vircom_desktop.domain.transfer import masked_url


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    hint: str = ""


def check_database(settings: Settings) -> Check:
    from vircom_desktop.domain import migrations
    from vircom_desktop.domain.startup import open_database

    try:
        database = open_database(settings.database_url, timezone=settings.timezone)
        version = migrations.schema_version(database)
        database.execute_sql("SELECT COUNT(*) FROM citas").fetchone()
    except Exception as error:
        return Check(
            "database",
            False,
            f"{masked_url(settings.database_url)}: {error}",
            "check VIRCOM_DATABASE_URL and that the server or file is reachable",
        )
    finally:
        db.close()
    return Check("database", True, f"{masked_url(settings.database_url)} (schema v{version})")


def check_ollama(settings: Settings) -> Check:
    from vircom_desktop.agent.ollama_client import OllamaClient

    client = OllamaClient(settings.ollama_url, settings.ollama_model, timeout_seconds=5)
    try:
        status = client.check_model()
    finally:
        client.close()
    model = settings.ollama_model
    hints = {
        "unreachable": f"start Ollama ('ollama serve') or set VIRCOM_OLLAMA_URL (now {settings.ollama_url})",
        "model_missing": f"run 'ollama pull {model}'",
        "no_tools": f"{model} cannot call tools; use llama3.1 (VIRCOM_OLLAMA_MODEL)",
    }
    if status == "ok":
        return Check("ollama", True, f"{settings.ollama_url}, model {model} ready with tools")
    return Check("ollama", False, f"{settings.ollama_url}: {status}", hints.get(status, ""))


def check_port(settings: Settings) -> Check:
    from vircom_desktop.channels.listener import PortInUse, bind_socket

    try:
        bind_socket(settings.host, settings.port).close()
    except PortInUse:
        return Check(
            "listener",
            False,
            f"{settings.host}:{settings.port} is in use",
            "another Vircom Desk may be running; or set VIRCOM_PORT",
        )
    except OSError as error:
        return Check(
            "listener", False, f"{settings.host}:{settings.port}: {error}", "check VIRCOM_HOST"
        )
    return Check("listener", True, f"{settings.host}:{settings.port} is free")


def check_channels(settings: Settings) -> Check:
    enabled = [
        name
        for name, on in (
            ("WhatsApp Cloud API", settings.whatsapp_enabled),
            ("Twilio", settings.twilio_enabled),
        )
        if on
    ]
    if enabled:
        return Check(
            "channels", True, ", ".join(enabled) + " configured; web chat and API always on"
        )
    return Check(
        "channels",
        True,
        "only the API and web chat (WhatsApp and Twilio not configured)",
        "see README 'Channels' to connect WhatsApp",
    )


def check_backups(settings: Settings) -> Check:
    from vircom_desktop import backup
    from vircom_desktop.domain import clock

    if db.sqlite_path(settings.database_url) is None and backup.pg_dump_tool() is None:
        # Not a failure: a PostgreSQL server is backed up by whoever runs it.
        return Check(
            "backups",
            True,
            "PostgreSQL without pg_dump here: the database server's own backups apply",
            "install the PostgreSQL client tools for automatic dumps",
        )
    latest = backup.latest_backup(settings)
    folder = backup.backups_dir(settings)
    if latest is None:
        return Check(
            "backups",
            False,
            f"no backup in {folder} yet",
            "start the app or 'serve' (they back up at start), or run 'backup'",
        )
    age = clock.now() - latest.taken_at
    hours = int(age.total_seconds() // 3600)
    if age > backup.STALE_AFTER:
        return Check(
            "backups",
            False,
            f"the newest backup, {latest.path.name}, is {hours} h old",
            "start the app or 'serve' so the daily backup runs, or run 'backup'",
        )
    return Check("backups", True, f"newest {latest.path.name} ({hours} h old) in {folder}")


CHECKS: list[Callable[[Settings], Check]] = [
    check_database,
    check_backups,
    check_ollama,
    check_port,
    check_channels,
]


def run_doctor(settings: Settings) -> int:
    failed = False
    for check in CHECKS:
        result = check(settings)
        failed |= not result.ok
        mark = "ok  " if result.ok else "FAIL"
        print(f"[{mark}] {result.name}: {result.detail}")
        if result.hint and not result.ok:
            print(f"       fix: {result.hint}")
    return 1 if failed else 0
