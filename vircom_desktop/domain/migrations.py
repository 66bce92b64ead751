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


# What the change feed (domain/change_feed.py) reports: table → the id column it names.
_WATCHED = {"citas": "id", "conversations": "id", "messages": "conversation_id"}

_PG_NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION vircom_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed record;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
    PERFORM pg_notify('vircom_changes', TG_TABLE_NAME || ':' || (to_jsonb(changed) ->> TG_ARGV[0]));
    RETURN NULL;
END $$
"""


def _change_feed(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Every writer (a desk, `serve`, a script) announces changed visits and conversations.

    PostgreSQL: a NOTIFY sent inside the writer's transaction, delivered to listening desks at
    its commit. SQLite: a small `change_log` the triggers fill and prune, read by the other
    processes when `PRAGMA data_version` moves.
    """
    if is_postgres(database):
        database.execute_sql(_PG_NOTIFY_FUNCTION)
        for table, column in _WATCHED.items():
            database.execute_sql(
                f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH ROW EXECUTE FUNCTION vircom_notify_change('{column}')"
            )
        return
    database.execute_sql(
        "CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "entity TEXT NOT NULL, row_id INTEGER NOT NULL)"
    )
    # Keep the newest few thousand entries: a desk that falls further behind reloads everything.
    database.execute_sql(
        "CREATE TRIGGER change_log_prune AFTER INSERT ON change_log BEGIN "
        "DELETE FROM change_log WHERE seq <= NEW.seq - 5000; END"
    )
    for table, column in _WATCHED.items():
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            database.execute_sql(
                f"CREATE TRIGGER {table}_{event.lower()}_change AFTER {event} ON {table} BEGIN "
                f"INSERT INTO change_log (entity, row_id) VALUES ('{table}', {row}.{column}); END"
            )


def _data_rights(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Customers' opt-out and erasure marks, and the privacy notice given per conversation."""
    # NOT NULL with a default in the schema, added in place: the intake's hand-written INSERTs
    # leave the column out, and peewee's add_not_null would rebuild `customers` on SQLite,
    # which the foreign keys pointing at it refuse.
    kind = (
        "BOOLEAN NOT NULL DEFAULT FALSE" if is_postgres(database) else "INTEGER NOT NULL DEFAULT 0"
    )
    database.execute_sql(f"ALTER TABLE customers ADD COLUMN do_not_contact {kind}")
    migrate(
        migrator.add_column("customers", "do_not_contact_at", pw.DateTimeField(null=True)),
        migrator.add_column("customers", "erased_at", pw.DateTimeField(null=True)),
        migrator.add_column("conversations", "privacy_notice_at", pw.DateTimeField(null=True)),
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


def _change_feed_per_statement(database: pw.Database, migrator: SchemaMigrator) -> None:
    """The change feed's triggers cost less per written row, saying the same.

    PostgreSQL: one trigger run per statement, not per row, with one NOTIFY per changed visit
    or conversation; a turn's claim and finish each touch ten messages of one conversation.
    SQLite (no statement triggers): the log is pruned every hundredth entry, not at each one.
    """
    if is_postgres(database):
        for table, column in _WATCHED.items():
            database.execute_sql(f"DROP TRIGGER {table}_notify_change ON {table}")
            database.execute_sql(_pg_statement_notify_function(table, column))
            # A trigger with a transition table fires on one kind of statement only.
            for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                database.execute_sql(
                    f"CREATE TRIGGER {table}_{event.lower()}_notify AFTER {event} ON {table}"
                    f" REFERENCING {rows} TABLE AS changed_rows"
                    f" FOR EACH STATEMENT EXECUTE FUNCTION vircom_notify_{table}()"
                )
        database.execute_sql("DROP FUNCTION vircom_notify_change()")
        return
    database.execute_sql("DROP TRIGGER change_log_prune")
    database.execute_sql(
        "CREATE TRIGGER change_log_prune AFTER INSERT ON change_log WHEN NEW.seq % 100 = 0 BEGIN "
        "DELETE FROM change_log WHERE seq <= NEW.seq - 5000; END"
    )


def _pg_statement_notify_function(table: str, column: str) -> str:
    """What the row triggers said, once per changed visit or conversation of the statement."""
    return f"""
CREATE FUNCTION vircom_notify_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vircom_changes', '{table}:' || changed)
    FROM (SELECT DISTINCT {column} AS changed FROM changed_rows) AS rows;
    RETURN NULL;
END $$
"""


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
    _change_feed,
    _data_rights,
    _after_the_booking,
    _normalise_phones,
    _change_feed_per_statement,
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
