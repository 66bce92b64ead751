"""`privacy export` and `privacy erase` as a user runs them (CONTRACT §1)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import one_line_error, run
from vircom_desktop.domain import conversations, db
from vircom_desktop.domain.startup import open_database

PHONE = "56987654321"


def _shop_with_a_whatsapp_customer(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    open_database(f"sqlite:///{data_dir / 'vircom.db'}", timezone="America/Santiago")
    try:
        conversation = conversations.get_or_create("whatsapp", PHONE, name="Rosa Campos")
        conversations.link_customer(conversation.id, name="Rosa Campos", address="Quillayes 8")
        conversations.add_message(conversation.id, "customer", "Hola ZZROSAZZ", status="answered")
    finally:
        db.close()


def test_export_prints_one_json_document_or_writes_it(data_dir: Path) -> None:
    _shop_with_a_whatsapp_customer(data_dir)

    printed = run("privacy", "export", "--phone", "+56 9 8765 4321", "--data-dir", str(data_dir))
    out = data_dir / "rosa.json"
    written = run(
        "privacy", "export", "--phone", PHONE, "--out", str(out), "--data-dir", str(data_dir)
    )

    assert printed.returncode == 0, printed.stderr
    document = json.loads(printed.stdout)
    assert document["customer"]["name"] == "Rosa Campos"
    assert document["conversations"][0]["messages"][0]["text"] == "Hola ZZROSAZZ"
    assert written.returncode == 0, written.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["customer"] == document["customer"]
    assert out.stat().st_mode & 0o077 == 0  # personal data: readable by the desk's user only


def test_an_unknown_phone_is_one_line_and_exit_1(data_dir: Path) -> None:
    _shop_with_a_whatsapp_customer(data_dir)

    result = run("privacy", "export", "--phone", "+56 9 1111 0000", "--data-dir", str(data_dir))

    assert result.returncode == 1
    assert "no customer or conversation with phone +56911110000" in one_line_error(result)


def test_erase_needs_yes_and_then_prints_what_it_erased(data_dir: Path) -> None:
    _shop_with_a_whatsapp_customer(data_dir)

    refused = run("privacy", "erase", "--phone", PHONE, "--data-dir", str(data_dir))
    erased = run("privacy", "erase", "--phone", PHONE, "--yes", "--data-dir", str(data_dir))
    again = run("privacy", "erase", "--phone", PHONE, "--yes", "--data-dir", str(data_dir))

    assert refused.returncode == 1
    assert "--yes" in one_line_error(refused)
    assert erased.returncode == 0, erased.stderr
    assert "erased the personal data of +56987654321" in erased.stdout
    assert "messages: 1" in erased.stdout
    assert "conversations: 1" in erased.stdout
    assert again.returncode == 1  # nothing is left to find by that phone
    assert b"ZZROSAZZ" not in (data_dir / "vircom.db").read_bytes()
