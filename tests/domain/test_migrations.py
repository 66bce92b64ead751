"""A database built by the oldest schema upgrades with every row intact, after a backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from vircom_desktop.domain import db, migrations
from vircom_desktop.domain.models import Appointment, Conversation, Customer, Technician
from vircom_desktop.domain.startup import open_database

V1_ROWS = [
    "INSERT INTO services (id, name, description, duration_minutes, price, travel_buffer_minutes, active)"
    " VALUES (1, 'Diagnóstico', '', 60, 25000, 30, 1)",
    "INSERT INTO staff_users (id, name, role, pin_hash, active) VALUES (1, 'Ana', 'technician', '', 1)",
    "INSERT INTO technicians (id, name, color, phone, active, user_id) VALUES (1, 'Ana', '#000', '', 1, 1)",
    "INSERT INTO customers (id, name, phone, address, notes, created_at)"
    " VALUES (1, 'Juan', '+569', 'Calle 1', '', '2026-01-01 10:00:00')",
    "INSERT INTO conversations (id, channel, external_id, customer_id, status, mode, handoff_reason,"
    " unread, created_at, updated_at) VALUES (1, 'whatsapp', '+569', 1, 'open', 'auto', '', 0,"
    " '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO messages (id, conversation_id, role, text, status, attempts, error, created_at)"
    " VALUES (1, 1, 'customer', 'Hola ñandú', 'answered', 0, '', '2026-01-01 10:00:00')",
    "INSERT INTO citas (id, customer_id, technician_id, service_id, starts_at, ends_at, address, issue,"
    " status, source, conversation_id, approved_by, reject_reason, notes, created_at, updated_at)"
    " VALUES (1, 1, 1, 1, '2026-01-02 13:00:00', '2026-01-02 14:00:00', 'Calle 1', 'Ruido',"
    " 'confirmed', 'staff', 1, 'Patricia', '', '', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
]


def test_oldest_schema_upgrades_without_losing_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vircom.db'}"
    database = db.connect(url)
    assert migrations.upgrade(database, target=1) == 1
    assert "feed_token" not in {c.name for c in database.get_columns("technicians")}
    for statement in V1_ROWS:
        database.execute_sql(statement)
    db.close()

    database = open_database(url, timezone="UTC")
    assert migrations.schema_version(database) == migrations.LATEST
    assert "feed_token" in {c.name for c in database.get_columns("technicians")}
    backups = list((tmp_path / "backups").glob("vircom-before-v2-*.db"))
    assert len(backups) == 1
    visit = Appointment.get_by_id(1)
    assert (visit.customer.name, visit.technician.name, visit.status) == (
        "Juan",
        "Ana",
        "confirmed",
    )
    assert visit.starts_at.isoformat() == "2026-01-02T13:00:00+00:00"
    assert Conversation.get_by_id(1).messages[0].text == "Hola ñandú"
    assert Customer.select().count() == 1 and Technician.get_by_id(1).feed_token is None
    db.close()


def test_upgrade_is_idempotent_and_takes_no_backup_when_current(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vircom.db'}"
    open_database(url)
    db.close()
    database = open_database(url)
    assert migrations.schema_version(database) == migrations.LATEST
    assert not (tmp_path / "backups").exists()
    db.close()


@pytest.mark.usefixtures("postgres_db_url")
def test_postgres_schema_is_built_by_the_same_migrations(postgres_db_url: str) -> None:
    database = open_database(postgres_db_url, timezone="America/Santiago")
    assert migrations.schema_version(database) == migrations.LATEST
    assert "citas" in database.get_tables()
    db.close()


# The schema just before the phone migration (whatever number others' migrations gave it).
BEFORE_PHONES = migrations.MIGRATIONS.index(migrations._normalise_phones)
PHONE_ROWS = [
    ("Juan", "+56 9 1234 5678"),
    ("Juan (WhatsApp)", "56912345678"),  # the same phone: both rows stay
    ("Rosa", "9 8765 4321"),  # a local number, read in the shop's country
    ("Luis", "(2) 2345 6789"),
    ("Pedro", "llamar a la oficina"),  # not a phone: kept as typed
    ("Sin teléfono", None),
]


def test_stored_phones_are_normalised_without_losing_a_row(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vircom.db'}"
    database = db.connect(url)
    migrations.upgrade(database, target=BEFORE_PHONES)
    for index, (name, phone) in enumerate(PHONE_ROWS, start=1):
        database.execute_sql(
            "INSERT INTO customers (id, name, phone, address, notes, created_at)"
            " VALUES (?, ?, ?, '', '', '2026-01-01 10:00:00')",
            (index, name, phone),
        )
    db.close()

    open_database(url, timezone="America/Santiago")
    phones = {c.name: c.phone for c in Customer.select()}
    assert phones == {
        "Juan": "+56912345678",
        "Juan (WhatsApp)": "+56912345678",
        "Rosa": "+56987654321",
        "Luis": "+56223456789",
        "Pedro": "llamar a la oficina",
        "Sin teléfono": None,
    }
    db.close()


def test_phones_are_read_in_the_shops_own_country(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vircom.db'}"
    database = db.connect(url)
    migrations.upgrade(database, target=BEFORE_PHONES)
    database.execute_sql(
        "INSERT INTO shop_settings (key, value) VALUES ('shop_profile', ?)",
        ('{"name": "Taller", "country": "AR"}',),
    )
    database.execute_sql(
        "INSERT INTO customers (id, name, phone, address, notes, created_at)"
        " VALUES (1, 'Ana', '011 2345-6789', '', '', '2026-01-01 10:00:00')"
    )
    db.close()

    open_database(url, timezone="America/Argentina/Buenos_Aires")
    assert Customer.get_by_id(1).phone == "+541123456789"
    db.close()
