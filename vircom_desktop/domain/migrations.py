"""Numbered forward migrations, run automatically at start, with a backup before any change."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator, migrate

from vircom_desktop.domain import clock
from vircom_desktop.domain.db import is_postgres
from vircom_desktop.domain.phones import DEFAULT_REGION, normalize_phone
from vircom_desktop.private_files import make_private, private_dir

log = logging.getLogger("vircom.domain")

SCHEMA_DIR = Path(__file__).with_name("schema")
VERSION_TABLE = "schema_version"


def _initial(database: pw.Database, migrator: SchemaMigrator) -> None:
    dialect = "postgres" if is_postgres(database) else "sqlite"
    script = (SCHEMA_DIR / f"0001_initial.{dialect}.sql").read_text(encoding="utf-8")
    for statement in script.split(";\n"):
        lines = [line for line in statement.splitlines() if not line.startswith("--")]
        sql = "\n".join(lines).strip().rstrip(";")
        if sql:
            database.execute_sql(sql)


def _tokens(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Calendar-feed tokens for technicians and web chat session tokens."""
    migrate(
        migrator.add_column("technicians", "feed_token", pw.CharField(max_length=64, null=True)),
        migrator.add_column(
            "conversations", "session_token_hash", pw.CharField(max_length=128, null=True)
        ),
        migrator.add_index("conversations", ("session_token_hash",), False),
    )


def _drop_status_index(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Most visits are confirmed, so a status index only misleads the planner away from time."""
    migrate(migrator.drop_index("citas", "citas_status"))


def _queue_index(database: pw.Database, migrator: SchemaMigrator) -> None:
    """The inbound queue takes the oldest waiting message by (status, role, id): one index probe."""
    migrate(
        migrator.drop_index("messages", "messages_status_role"),
        migrator.add_index("messages", ("status", "role", "id"), False),
    )


def _after_the_booking(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Reminders (one row per visit, lead and start), customer confirmation, moves, templates."""
    migrate(
        migrator.add_column("citas", "customer_confirmed_at", pw.DateTimeField(null=True)),
        migrator.add_column("citas", "scheduled_at", pw.DateTimeField(null=True)),
        migrator.add_column("citas", "replaces_id", pw.IntegerField(null=True)),
        migrator.add_column("messages", "template", pw.TextField(null=True)),
    )
    # Confirmed visits already in the book were scheduled when they were approved or created.
    database.execute_sql(
        "UPDATE citas SET scheduled_at = COALESCE(approved_at, created_at) WHERE status = 'confirmed'"
    )

    class FrozenAppointment(pw.Model):
        class Meta:
            table_name = "citas"

    class FrozenMessage(pw.Model):
        class Meta:
            table_name = "messages"

    class Reminder(pw.Model):  # frozen as of this migration
        appointment = pw.ForeignKeyField(
            FrozenAppointment, on_delete="CASCADE", column_name="appointment_id"
        )
        lead_minutes = pw.IntegerField()
        starts_at = pw.DateTimeField()
        due_at = pw.DateTimeField()
        status = pw.CharField(max_length=12)
        channel = pw.CharField(max_length=20, default="")
        message = pw.ForeignKeyField(
            FrozenMessage, null=True, on_delete="SET NULL", column_name="message_id"
        )
        note = pw.TextField(default="")
        created_at = pw.DateTimeField()

        class Meta:
            table_name = "reminders"
            indexes = ((("appointment", "lead_minutes", "starts_at"), True),)

    with database.bind_ctx([FrozenAppointment, FrozenMessage, Reminder]):
        Reminder.create_table(safe=False)


def _normalise_phones(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Stored customer phones as E.164, read in the shop's country (CL unless set).

    No row is merged or dropped: two customers whose numbers turn out to be the same phone keep
    their own rows (and visits) under the same number; lookups by phone take the oldest, and
    staff can merge them by hand. A number that cannot be read as a phone is kept as it was.
    """
    region = _shop_country(database)
    cursor = database.execute_sql("SELECT id, phone FROM customers WHERE phone IS NOT NULL")
    changes = []
    for customer_id, phone in list(cursor.fetchall()):
        normal = normalize_phone(phone, region)
        if normal and normal != phone:
            changes.append((normal, customer_id))
    for normal, customer_id in changes:
        database.execute_sql(
            f"UPDATE customers SET phone = {database.param} WHERE id = {database.param}",
            (normal, customer_id),
        )
    if changes:
        log.info("normalised %d stored phone numbers", len(changes))


def _shop_country(database: pw.Database) -> str:
    row = database.execute_sql(
        f"SELECT value FROM shop_settings WHERE key = {database.param}", ("shop_profile",)
    ).fetchone()
    try:
        profile = json.loads(row[0]) if row and row[0] else {}
    except ValueError:
        profile = {}
    country = profile.get("country") if isinstance(profile, dict) else None
    return country if isinstance(country, str) and country else DEFAULT_REGION


MIGRATIONS: list[Callable[[pw.Database, SchemaMigrator], None]] = [
    _initial,
    _tokens,
    _drop_status_index,
    _queue_index,
    _after_the_booking,
    _normalise_phones,
]
LATEST = len(MIGRATIONS)


def schema_version(database: pw.Database) -> int:
    if VERSION_TABLE not in database.get_tables():
        return 0
    row = database.execute_sql(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()
    return int(row[0] or 0)


def _backup_sqlite(database: pw.Database, version: int) -> Path | None:
    path = Path(database.database)
    if version == 0 or not path.exists():
        return None
    stamp = clock.now().strftime("%Y%m%dT%H%M%S")
    target = path.parent / "backups" / f"vircom-before-v{version + 1}-{stamp}.db"
    private_dir(target.parent)
    database.execute_sql("PRAGMA wal_checkpoint(FULL)")
    shutil.copy2(path, target)
    make_private(target)
    log.info("backed up database to %s before migrating", target)
    return target


def upgrade(database: pw.Database, *, target: int = LATEST) -> int:
    """Bring the schema to `target` (default: latest); returns the version reached."""
    if VERSION_TABLE not in database.get_tables():
        database.execute_sql(
            f"CREATE TABLE {VERSION_TABLE} (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
    version = schema_version(database)
    if version >= target:
        return version
    if not is_postgres(database):
        _backup_sqlite(database, version)
    migrator: SchemaMigrator = (
        PostgresqlMigrator(database) if is_postgres(database) else SqliteMigrator(database)
    )
    for number in range(version + 1, target + 1):
        log.info("migrating schema to version %d", number)
        with database.atomic():
            MIGRATIONS[number - 1](database, migrator)
            database.execute_sql(
                f"INSERT INTO {VERSION_TABLE} (version, applied_at) VALUES ({number}, '"
                + datetime.now().isoformat(timespec="seconds")
                + "')"
            )
    return target
