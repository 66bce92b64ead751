"""Reminders (CONTRACT §4): once per visit and lead, on the customer's channel, never stale."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from tests.channels.conftest import Desk, DeskFactory, EventLog
from tests.fakes.shop import NOW
from vircom_desktop import events
from vircom_desktop.domain import booking, clock, conversations, reminders
from vircom_desktop.domain.models import Appointment, Customer, Message, Reminder
from vircom_desktop.jobs.reminders import send_due_reminders

CUSTOMER = "56911111111"
VISIT = NOW.replace(day=11, hour=10)  # Wednesday 11 June 10:00


@pytest.fixture
def quiet_desk(make_desk: DeskFactory) -> DeskFactory:
    """A desk whose scheduler does not run the reminders: each test runs them itself."""

    def make(**changes: object) -> Desk:
        changes.setdefault("reminder_hours", "")  # the desk's own job sends none
        return make_desk(**changes)

    return make


def _wrote(channel: str = "whatsapp", sender: str = CUSTOMER, at: datetime | None = None) -> int:
    """The customer writes (stored as answered: no agent turn); returns the customer id."""
    if at is not None:
        clock.freeze(at)
    conversation = conversations.get_or_create(channel, sender)
    conversations.add_message(conversation.id, "customer", "Hola", status="answered")
    return conversations.link_customer(
        conversation.id, name="Juan Pérez", address="Los Leones 123"
    ).id


def _visit(desk: Desk, customer_id: int, start: datetime = VISIT) -> int:
    return booking.create(
        booking.VisitRequest(
            customer_id=customer_id,
            service_id=desk.shop.washer,
            start=start,
            address="Los Leones 123",
            issue="No centrifuga",
            technician_id=desk.shop.ana,
        ),
        actor="Marta",
    ).id


def _at(moment: datetime, hours: str | None = "24", template: str = "") -> list[int]:
    clock.freeze(moment)
    return send_due_reminders(hours=hours, template=template)


def test_a_reminder_goes_out_when_its_lead_comes_and_only_once(
    quiet_desk: DeskFactory, hub_events: EventLog
) -> None:
    desk = quiet_desk()
    visit = _visit(desk, _wrote())
    desk.providers.wait_for(1)  # the booking notice

    assert _at(VISIT - timedelta(hours=24, minutes=1)) == []
    _wrote(at=VISIT - timedelta(hours=24, minutes=30))
    assert _at(VISIT - timedelta(hours=24)) == [visit]
    assert _at(VISIT - timedelta(hours=23)) == []

    reminder = desk.providers.wait_for(2)[-1]
    assert reminder.to == CUSTOMER
    assert "miércoles 11 de junio a las 10:00" in reminder.text
    assert "Ana Pérez" in reminder.text and "Los Leones 123" in reminder.text
    assert "confirmo" in reminder.text
    [row] = Reminder.select()
    assert (row.status, row.channel, row.lead_minutes) == ("sent", "whatsapp", 24 * 60)
    hub_events.wait(events.MESSAGE_SENT, message_id=row.message_id)
    assert Message.get_by_id(row.message_id).status == "sent"


def test_after_a_clock_jump_only_the_nearest_lead_is_sent(quiet_desk: DeskFactory) -> None:
    """The desk was off overnight: the 24 h reminder fell due unsent; the 2 h one is sent."""
    desk = quiet_desk()
    visit = _visit(desk, _wrote())
    desk.providers.wait_for(1)
    _wrote(at=VISIT - timedelta(hours=1, minutes=30))

    assert _at(VISIT - timedelta(hours=1), hours="24,2") == [visit]
    assert _at(VISIT - timedelta(minutes=30), hours="24,2") == []

    assert len(desk.providers.wait_for(2)) == 2
    statuses = {row.lead_minutes: row.status for row in Reminder.select()}
    assert statuses == {24 * 60: "skipped", 120: "sent"}


def test_a_visit_that_has_begun_is_not_reminded(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    _visit(desk, _wrote())
    assert _at(VISIT + timedelta(minutes=1)) == []
    assert not Reminder.select().exists()


def test_a_cancelled_visit_gets_no_reminder(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    visit = _visit(desk, _wrote())
    booking.cancel(visit, actor="Marta", reason="el cliente llamó")
    assert _at(VISIT - timedelta(hours=2)) == []
    assert not Reminder.select().exists()


def test_a_moved_visit_is_reminded_of_its_new_time(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    visit = _visit(desk, _wrote())
    _wrote(at=VISIT - timedelta(hours=24, minutes=5))
    assert _at(VISIT - timedelta(hours=24)) == [visit]
    desk.providers.wait_for(2)  # the booking notice and the reminder went out

    later = VISIT + timedelta(days=2)  # Friday
    booking.reschedule(visit, later, actor="Marta")
    assert _at(VISIT - timedelta(hours=1)) == []  # the old time's reminder is stale
    _wrote(at=later - timedelta(hours=24, minutes=5))
    assert _at(later - timedelta(hours=24)) == [visit]

    texts = [sent.text for sent in desk.providers.wait_for(4)]
    assert "viernes 13 de junio a las 10:00" in texts[-1]


def test_a_visit_confirmed_after_the_lead_skips_it(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    customer = _wrote()
    clock.freeze(VISIT - timedelta(hours=20))
    _visit(desk, customer)  # booked 20 h before: the booking notice told the customer
    assert _at(VISIT - timedelta(hours=19)) == []


def test_outside_whatsapps_window_the_approved_template_is_sent(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    visit = _visit(desk, _wrote())  # wrote on Monday: two days before the reminder
    desk.providers.wait_for(1)

    assert _at(VISIT - timedelta(hours=23), template="recordatorio_visita:es_CL") == [visit]

    sent = desk.providers.wait_for(2)[-1]
    assert sent.body["type"] == "template"
    template = sent.body["template"]
    assert template["name"] == "recordatorio_visita"
    assert template["language"] == {"code": "es_CL"}
    parameters = [p["text"] for p in template["components"][0]["parameters"]]
    assert parameters == ["Juan Pérez", "miércoles 11 de junio", "10:00 a 11:30", "Los Leones 123"]


def test_without_a_template_a_closed_window_puts_the_visit_on_the_phone_list(
    quiet_desk: DeskFactory,
) -> None:
    desk = quiet_desk()
    visit = _visit(desk, _wrote())
    assert _at(VISIT - timedelta(hours=23)) == [visit]
    [row] = reminders.phone_list(clock.now())
    assert row.appointment_id == visit and row.phone == "+56911111111"
    assert row.window_closed
    assert reminders.mark_called(row.reminder_id, actor="Marta")
    assert not reminders.mark_called(row.reminder_id, actor="Pedro")  # already called
    assert reminders.phone_list(clock.now()) == []
    assert Reminder.get_by_id(row.reminder_id).status == "called"


def test_a_customer_without_a_channel_is_on_the_phone_list(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    walk_in = Customer.create(name="Rosa", phone="+56922222222")
    visit = _visit(desk, walk_in.id)
    assert _at(VISIT - timedelta(hours=2)) == [visit]
    assert [row.appointment_id for row in reminders.phone_list(clock.now())] == [visit]
    assert _at(VISIT + timedelta(minutes=1)) == []
    assert reminders.phone_list(clock.now()) == []  # the visit has begun


def test_empty_hours_mean_no_reminders(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    _visit(desk, _wrote())
    assert _at(VISIT - timedelta(hours=2), hours="") == []


def test_a_twilio_customer_is_reminded_on_twilio(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    in_the_window = VISIT - timedelta(hours=24, minutes=30)  # WhatsApp's 24 h, via Twilio
    visit = _visit(desk, _wrote("twilio", "whatsapp:+56911111111", at=in_the_window))
    desk.providers.wait_for(1)
    assert _at(VISIT - timedelta(hours=24)) == [visit]
    sent = desk.providers.wait_for(2)[-1]
    assert sent.provider == "twilio" and "a las 10:00" in sent.text
    assert Appointment.get_by_id(visit).status == "confirmed"


def test_a_reminder_still_waiting_when_its_visit_moves_is_withdrawn(
    quiet_desk: DeskFactory,
) -> None:
    desk = quiet_desk()
    desk.runtime.channels.outbox.stop()  # the reminder waits in the outbox
    visit = _visit(desk, _wrote())
    _wrote(at=VISIT - timedelta(hours=24, minutes=5))
    assert _at(VISIT - timedelta(hours=24)) == [visit]
    [reminder] = Reminder.select()

    booking.reschedule(visit, VISIT, actor="Marta", technician_id=desk.shop.beto)
    assert Message.get_by_id(reminder.message_id).status == "pending"  # same time: still true

    booking.reschedule(visit, VISIT + timedelta(days=1), actor="Marta")
    withdrawn = Message.get_by_id(reminder.message_id)
    assert withdrawn.status == "withdrawn" and "reschedule" in withdrawn.error


def test_a_twilio_customer_outside_the_window_is_called_instead(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    visit = _visit(desk, _wrote("twilio", "whatsapp:+56911111111"))  # wrote on Monday at 08:00
    assert _at(VISIT - timedelta(hours=23), template="recordatorio_visita") == [visit]
    [row] = reminders.phone_list(clock.now())
    assert row.appointment_id == visit


def test_two_runners_at_once_send_one_reminder(quiet_desk: DeskFactory) -> None:
    """Two processes' jobs racing (here two threads, each with its own connection)."""
    desk = quiet_desk()
    visit = _visit(desk, _wrote())
    _wrote(at=VISIT - timedelta(hours=24, minutes=5))
    clock.freeze(VISIT - timedelta(hours=24))
    barrier = threading.Barrier(2)
    results: list[list[int]] = []

    def run() -> None:
        barrier.wait()
        results.append(send_due_reminders(hours="24"))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [[], [visit]]
    assert Reminder.select().count() == 1
    assert Message.select().where(Message.text.contains("le recordamos")).count() == 1


def test_a_customer_who_opted_out_gets_no_reminder(quiet_desk: DeskFactory) -> None:
    desk = quiet_desk()
    customer = _wrote()
    visit = _visit(desk, customer)
    desk.providers.wait_for(1)  # the booking notice, sent before the customer wrote "BAJA"
    Customer.update(do_not_contact=True).where(Customer.id == customer).execute()
    _wrote(at=VISIT - timedelta(hours=24, minutes=30))
    shop_messages = Message.select().where(Message.role == "bot").count()

    assert _at(VISIT - timedelta(hours=24)) == [visit]

    [row] = Reminder.select()
    assert (row.status, row.note, row.message_id) == ("skipped", reminders.OPTED_OUT, None)
    assert Message.select().where(Message.role == "bot").count() == shop_messages
