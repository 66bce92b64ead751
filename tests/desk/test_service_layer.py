"""The functions the desk's screens call, exercised with no Qt at all."""

from __future__ import annotations

import subprocess
import sys
from datetime import time, timedelta

import pytest

from vircom_desktop import events
from vircom_desktop.desk import agenda, approvals, console, lookups, shop_settings, visits
from vircom_desktop.domain import booking, clock, conversations, customers
from vircom_desktop.domain.models import Appointment, AuditLog, Conversation, Customer

from .conftest import Shop

LAYER = ("agenda", "approvals", "console", "lookups", "shop_settings", "visits")


def test_the_desk_layer_never_imports_qt() -> None:
    modules = ", ".join(f"vircom_desktop.desk.{name}" for name in LAYER)
    script = f"import sys, {modules}; assert not [m for m in sys.modules if 'PySide6' in m]"
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_customer_typed_with_another_format_of_the_same_phone_is_reused(shop: Shop) -> None:
    again = customers.find_or_create("9 1111 2222", "Carmen", "Nueva 12")
    assert again.id == shop.customer
    assert (again.name, again.address) == ("Carmen Rivas", "Nueva 12")
    assert Customer.select().count() == 1


def test_a_new_customer_is_stored_with_an_e164_phone(shop: Shop) -> None:
    created = customers.find_or_create("+56 9 8765 4321", " Rosa ")
    assert (created.name, created.phone) == ("Rosa", "+56987654321")


def test_giving_a_chat_back_to_the_bot_clears_its_handoff_in_one_change(shop: Shop) -> None:
    chat = conversations.get_or_create("whatsapp", "+56911112222")
    conversations.set_mode(chat.id, "manual")
    conversations.set_status(chat.id, "needs_human", "pide un humano")
    seen: list[str] = []
    events.hub.subscribe(events.CONVERSATION_CHANGED, lambda **event: seen.append(event["status"]))
    console.set_mode(chat.id, "auto")
    row = Conversation.get_by_id(chat.id)
    assert (row.mode, row.status, row.handoff_reason) == ("auto", "open", "")
    assert seen == ["open"]


def test_an_editor_save_that_cannot_move_the_visit_saves_nothing(shop: Shop) -> None:
    day = clock.today() + timedelta(days=1)
    first = booking.create(
        booking.VisitRequest(
            shop.customer, shop.diagnosis, clock.local_datetime(day, time(10)), "A", "x"
        ),
        actor="test",
    )
    other = booking.create(
        booking.VisitRequest(
            shop.customer,
            shop.diagnosis,
            clock.local_datetime(day, time(15)),
            "B",
            "y",
            technician_id=first.technician_id,
        ),
        actor="test",
    )
    shown = lookups.visit_details(first.id)
    assert shown is not None
    details = {"address": "Otra 1", "issue": "x", "notes": "llamar antes"}
    with pytest.raises(booking.SlotTaken):
        visits.save(
            shown,
            clock.to_local(other.starts_at),
            first.technician_id,
            shop.diagnosis,
            details,
            "test",
        )
    unchanged = Appointment.get_by_id(first.id)
    assert (unchanged.address, unchanged.notes) == ("A", "")
    assert unchanged.starts_at == first.starts_at


def test_an_editor_save_moves_and_edits_together(shop: Shop) -> None:
    day = clock.today() + timedelta(days=1)
    visit = booking.create(
        booking.VisitRequest(
            shop.customer, shop.diagnosis, clock.local_datetime(day, time(10)), "A", "x"
        ),
        actor="test",
    )
    shown = lookups.visit_details(visit.id)
    assert shown is not None
    later = clock.local_datetime(day, time(16))
    visits.save(
        shown,
        later,
        visit.technician_id,
        shop.diagnosis,
        {"address": "Otra 1", "issue": "x", "notes": ""},
        "test",
    )
    saved = Appointment.get_by_id(visit.id)
    assert (saved.starts_at, saved.address) == (later, "Otra 1")
    actions = [
        row.action
        for row in AuditLog.select().where(AuditLog.entity_id == visit.id).order_by(AuditLog.id)
    ]
    assert actions[-2:] == ["reschedule", "edit"]


def test_booking_from_the_desk_reuses_the_customer_by_phone(shop: Shop) -> None:
    day = clock.today() + timedelta(days=1)
    request = booking.VisitRequest(
        0, shop.diagnosis, clock.local_datetime(day, time(11)), "Calle 1", "no enciende"
    )
    booked = visits.book(visits.NewVisit("+56 9 1111 2222", "Carmen", None, request), "test")
    assert Appointment.get_by_id(booked.id).customer_id == shop.customer
    assert booked.starts_at == clock.local_datetime(day, time(11))


def test_a_desk_chat_with_a_known_phone_belongs_to_that_customer(shop: Shop) -> None:
    chat_id = console.start_desk_chat("9 1111 2222", "Carmen", "Hola, llamo por la lavadora")
    assert Conversation.get_by_id(chat_id).customer_id == shop.customer
    assert Customer.select().count() == 1


def test_a_desk_reply_is_recorded_as_sent_without_a_channel(shop: Shop) -> None:
    chat_id = console.start_desk_chat("", "", "¿Tienen hora mañana?")
    reply = console.Reply("Sí, a las 10:00.", actor="Recepción", draft_id=None, unedited_draft=True)
    message_id = console.send_reply(chat_id, reply)
    thread = console.load_thread(chat_id)
    assert [(m.id, m.role, m.status) for m in thread.messages][-1] == (message_id, "bot", "sent")


def test_approving_returns_the_decision_as_plain_values(shop: Shop) -> None:
    day = clock.today() + timedelta(days=1)
    proposal = booking.propose(
        booking.VisitRequest(
            shop.customer, shop.diagnosis, clock.local_datetime(day, time(10)), "A", "x"
        )
    )
    assert [p.id for p in approvals.load_proposals()] == [proposal.id]
    assert approvals.approve(proposal.id, actor="Patricia") == approvals.Decision(
        proposal.id, "confirmed"
    )
    assert approvals.load_proposals() == []


def test_the_agenda_loads_plain_values_in_shoptime(shop: Shop) -> None:
    day = clock.today() + timedelta(days=1)
    start = clock.local_datetime(day, time(10))
    booking.create(booking.VisitRequest(shop.customer, shop.diagnosis, start, "A", "x"), actor="t")
    loaded = agenda.load_agenda(day, 1)
    assert [(v.starts_at, v.customer_name) for v in loaded.visits] == [(start, "Carmen Rivas")]
    assert loaded.visits[0].starts_at.tzinfo == clock.shop_zone()


def test_a_name_on_file_is_not_replaced_by_the_name_a_chat_gives(shop: Shop) -> None:
    chat = conversations.get_or_create("whatsapp", "+56911112222")
    linked = conversations.link_customer(chat.id, name="Carmencita", address="Nueva 12")
    assert linked.id == shop.customer
    assert (linked.name, linked.address) == ("Carmen Rivas", "Nueva 12")


def test_ajustes_hours_round_trip_and_bad_ranges_are_refused(shop: Shop) -> None:
    week = {day: [] for day in range(7)} | {0: [("09:00", "13:00"), ("14:00", "18:00")]}
    shop_settings.save_hours(week, [])
    assert shop_settings.load().business_hours == week
    assert shop_settings.parse_ranges("14:00-18:00, 09:00-13:00") == week[0]
    for bad in ("09:00-08:00", "09:00-13:00, 12:00-14:00", "25:00-26:00", "mañana"):
        with pytest.raises(shop_settings.RangesError):
            shop_settings.parse_ranges(bad)


def test_a_customer_first_seen_on_whatsapp_is_found_from_the_desk(shop: Shop) -> None:
    chat = conversations.get_or_create("whatsapp", "56987654321")
    first = conversations.link_customer(chat.id, name="Rosa")
    assert customers.find_or_create("9 8765 4321", "Rosa Lagos").id == first.id
