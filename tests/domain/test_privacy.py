"""Customers' data rights: export, erasure (down to the bytes of the files), refusals."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import peewee as pw
import pytest

from tests.domain.conftest import Shop
from vircom_desktop.channels import notices
from vircom_desktop.domain import booking, clock, conversations, db, privacy
from vircom_desktop.domain.models import (
    DONE,
    AgentTurn,
    Appointment,
    AuditLog,
    Conversation,
    Customer,
    Message,
    Reminder,
    Service,
)
from vircom_desktop.jobs.reminders import send_due_reminders

PHONE = "56987654321"  # as WhatsApp gives the sender
ADDRESS = "Pasaje Quillayes 8123, Maipu"
TEXT = "Mi lavadora Zanussi-QX77 bota agua por abajo"
NAME = "Rosa Campos"
OTHER_TEXT = "Hola, soy el otro cliente ZZOTHERZZ"
VISIT_START = datetime(2025, 6, 10, 13, 0, tzinfo=UTC)  # Tuesday 09:00 in Santiago


def _rosa_books_on_whatsapp(shop: Shop) -> Appointment:
    """A customer who wrote on WhatsApp, was proposed a visit by the bot, and was visited."""
    conversation = conversations.get_or_create("whatsapp", PHONE, name=NAME)
    customer = conversations.link_customer(conversation.id, name=NAME, address=ADDRESS)
    asked = conversations.add_message(
        conversation.id, "customer", TEXT, status="answered", external_id="wamid.1"
    )
    conversations.add_message(
        conversation.id, "bot", "¿Le acomoda el martes?", status="sent", reply_to=asked.id
    )
    AgentTurn.create(
        conversation=conversation.id,
        message=asked.id,
        content=f"Propongo la visita en {ADDRESS}",
        tool_calls=[{"name": "book_appointment", "arguments": {"client_data": {"name": NAME}}}],
    )
    request = booking.VisitRequest(
        customer_id=customer.id,
        service_id=shop.washer,
        start=VISIT_START,
        address=ADDRESS,
        issue=TEXT,
        conversation_id=conversation.id,
    )
    visit = booking.propose(request)
    booking.approve(visit.id, actor="Dueña")
    notices.queue_notice(visit.id, "approve")  # as the running desk does on approval
    return visit


def _other_customer(shop: Shop) -> None:
    conversation = conversations.get_or_create("whatsapp", "56911112222")
    conversations.add_message(conversation.id, "customer", OTHER_TEXT, status="answered")


def _remind(visit: Appointment) -> None:
    """The reminders job runs two hours before the visit (the customer wrote within 24 h)."""
    clock.freeze(VISIT_START - timedelta(hours=2))
    assert send_due_reminders(hours="2") == [visit.id]


def _finish(visit: Appointment) -> None:
    clock.freeze(VISIT_START + timedelta(hours=3))
    booking.complete(visit.id, actor="Beto")


def _figures() -> tuple[int, int]:
    """How many visits the shop has, and its revenue from finished ones."""
    revenue = (
        Appointment.select(pw.fn.SUM(Service.price))
        .join(Service)
        .where(Appointment.status == DONE)
        .scalar()
    )
    return Appointment.select().count(), int(revenue or 0)


def test_export_holds_every_message_and_visit_of_the_customer_and_nothing_else(
    shop: Shop,
) -> None:
    visit = _rosa_books_on_whatsapp(shop)
    _other_customer(shop)
    _remind(visit)
    _finish(visit)

    document = privacy.export(privacy.find_by_phone("+56 9 8765 4321"))

    text = json.dumps(document, ensure_ascii=False)
    assert document["format"] == privacy.EXPORT_FORMAT
    assert document["customer"]["name"] == NAME
    assert document["customer"]["address"] == ADDRESS
    [conversation] = document["conversations"]
    assert conversation["channel"] == "whatsapp"
    assert [m["text"] for m in conversation["messages"]][:2] == [TEXT, "¿Le acomoda el martes?"]
    assert all(m["created_at"] and m["channel"] == "whatsapp" for m in conversation["messages"])
    [exported_visit] = document["appointments"]
    assert exported_visit["id"] == visit.id
    assert exported_visit["status"] == DONE
    assert [h["action"] for h in exported_visit["history"]] == [
        "propose",
        "approve",
        "remind",
        "complete",
    ]
    assert "ZZOTHERZZ" not in text
    assert "Carmen Rivas" not in text
    assert document["version"] == privacy.EXPORT_VERSION
    [notice, reminder_message] = document["shop_messages"]  # sent without being asked
    assert "quedó confirmada" in notice["text"]
    [reminder] = document["reminders"]  # one entry per reminder of the customer's visits
    assert reminder["appointment_id"] == visit.id
    assert (reminder["lead_minutes"], reminder["status"], reminder["channel"]) == (
        120,
        "sent",
        "whatsapp",
    )
    assert reminder["visit_starts_at"] == clock.to_local(VISIT_START).isoformat()
    assert reminder["due_at"] and reminder["created_at"]
    assert reminder["message_id"] == reminder_message["id"]
    assert reminder["text"] == reminder_message["text"]
    assert ADDRESS in reminder["text"]


def test_an_unknown_phone_is_refused(shop: Shop) -> None:
    with pytest.raises(privacy.PrivacyError) as refused:
        privacy.find_by_phone("+56 9 5555 0000")
    assert refused.value.code == "unknown_phone"
    with pytest.raises(privacy.PrivacyError) as invalid:
        privacy.find_by_phone("llámeme")
    assert invalid.value.code == "invalid_phone"


def test_a_phone_that_matches_two_customers_is_refused(shop: Shop) -> None:
    Customer.create(name="Carmen Rivas (duplicado)", phone="9 1111 2222")

    with pytest.raises(privacy.PrivacyError) as refused:
        privacy.find_by_phone("+56911112222")

    assert refused.value.code == "ambiguous_phone"
    assert "2 customers" in str(refused.value)


def _database_bytes(database_url: str) -> bytes:
    path = Path(database_url.removeprefix("sqlite:///"))
    return b"".join(
        candidate.read_bytes()
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
        if candidate.exists()
    )


TRACES = ("Zanussi-QX77", "Quillayes", "987654321", NAME, "Propongo la visita")


def test_erasure_leaves_no_trace_in_the_files_and_keeps_the_figures(
    shop: Shop, database_url: str
) -> None:
    visit = _rosa_books_on_whatsapp(shop)
    _other_customer(shop)
    _remind(visit)
    _finish(visit)
    figures = _figures()
    before = _database_bytes(database_url)
    assert all(trace.encode() in before for trace in TRACES)  # the search can find them

    counts = privacy.erase(privacy.find_by_phone(PHONE), actor="Dueña")

    assert counts.customers == 1
    assert counts.appointments == 1
    assert counts.messages == 4  # with the reminder
    assert counts.agent_turns == 1
    db.close()  # as when the app stops: only the files remain
    after = _database_bytes(database_url)
    found = [trace for trace in TRACES if trace.encode() in after]
    assert found == []
    assert b"ZZOTHERZZ" in after  # another customer's words stay
    db.connect(database_url)
    assert _figures() == figures
    kept = Appointment.get_by_id(visit.id)
    assert (kept.status, kept.service_id, kept.technician_id) == (
        DONE,
        shop.washer,
        visit.technician_id,
    )
    assert kept.starts_at == VISIT_START
    assert Customer.get_by_id(kept.customer_id).name == privacy.ERASED_NAME
    [reminder] = Reminder.select()  # the shop's record that it reminded, without the words
    assert (reminder.appointment_id, reminder.status, reminder.channel) == (
        visit.id,
        "sent",
        "whatsapp",
    )
    assert reminder.message_id is None
    assert reminder.note in ("", "template")


def test_the_audit_log_says_an_erasure_happened_not_what_was_erased(shop: Shop) -> None:
    visit = _rosa_books_on_whatsapp(shop)
    booking.update_details(visit.id, actor="Dueña", address=ADDRESS + " depto 12")
    _finish(visit)

    privacy.erase(privacy.find_by_phone(PHONE), actor="Dueña")

    entries = list(AuditLog.select())
    assert any(e.action == "privacy_erase" and e.actor == "Dueña" for e in entries)
    assert [e.action for e in entries if e.entity == "citas"] == [
        "propose",
        "approve",
        "edit",
        "complete",
    ]
    assert "Quillayes" not in json.dumps([e.details for e in entries], ensure_ascii=False)


def test_erasing_a_customer_whose_visit_is_in_progress_is_refused(shop: Shop) -> None:
    visit = _rosa_books_on_whatsapp(shop)
    clock.freeze(VISIT_START + timedelta(minutes=20))

    with pytest.raises(privacy.PrivacyError) as refused:
        privacy.erase(privacy.find_by_phone(PHONE), actor="Dueña")

    assert refused.value.code == "visit_in_progress"
    assert f"visit {visit.id}" in str(refused.value)
    assert Message.select().where(Message.text == TEXT).exists()  # nothing changed


def test_erasing_a_customer_with_an_upcoming_visit_is_refused_until_it_is_cancelled(
    shop: Shop,
) -> None:
    visit = _rosa_books_on_whatsapp(shop)
    subject = privacy.find_by_phone(PHONE)
    with pytest.raises(privacy.PrivacyError) as refused:
        privacy.preview_erasure(subject)
    assert refused.value.code == "visit_pending"

    booking.cancel(visit.id, actor="Dueña", reason="la clienta lo pidió")

    assert privacy.erase(subject, actor="Dueña").appointments == 1


def test_a_sender_without_a_customer_record_can_be_exported_and_erased(shop: Shop) -> None:
    conversation = conversations.get_or_create("whatsapp", PHONE)
    conversations.add_message(conversation.id, "customer", TEXT, status="answered")

    subject = privacy.find_by_phone("+56987654321")
    assert subject.customer_id is None
    assert privacy.export(subject)["conversations"][0]["messages"][0]["text"] == TEXT
    assert privacy.erase(subject, actor="cli").messages == 1
    assert not Message.select().where(Message.text == TEXT).exists()


def test_export_and_erasure_on_postgres(pg_shop: Shop) -> None:
    visit = _rosa_books_on_whatsapp(pg_shop)
    _other_customer(pg_shop)
    _finish(visit)
    figures = _figures()

    document = privacy.export(privacy.find_by_phone(PHONE))
    counts = privacy.erase(privacy.find_by_phone(PHONE), actor="Dueña")

    assert document["conversations"][0]["messages"][0]["text"] == TEXT
    assert (counts.messages, counts.appointments) == (3, 1)
    assert _figures() == figures
    assert not Message.select().where(Message.text.contains("Zanussi")).exists()
    assert Message.select().where(Message.text == OTHER_TEXT).exists()


def test_an_export_is_one_consistent_snapshot_while_desks_write(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit = _rosa_books_on_whatsapp(shop)
    conversation_id = visit.conversation_id
    original = privacy._conversation_doc

    def another_desk_writes_meanwhile(conversation: Conversation) -> dict[str, object]:
        def write() -> None:
            conversations.add_message(conversation_id, "customer", "Llegó tarde", status="received")
            db.close()  # this thread's own connection

        worker = threading.Thread(target=write)
        worker.start()
        worker.join()
        return original(conversation)

    monkeypatch.setattr(privacy, "_conversation_doc", another_desk_writes_meanwhile)
    document = privacy.export(privacy.find_by_phone(PHONE))

    texts = [m["text"] for m in document["conversations"][0]["messages"]]
    assert "Llegó tarde" not in texts
    assert Message.select().where(Message.text == "Llegó tarde").exists()


def test_a_phone_call_noted_at_the_desk_is_part_of_the_customers_data(shop: Shop) -> None:
    conversation = conversations.get_or_create("desk", "56987654321", mode="draft")
    conversations.add_message(conversation.id, "customer", "Llamó por el horno", status="answered")

    subject = privacy.find_by_phone("+56 9 8765 4321")

    assert subject.conversation_ids == (conversation.id,)
