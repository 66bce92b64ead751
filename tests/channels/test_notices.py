"""When the owner decides on the bot's proposal, the customer hears it on their channel."""

from __future__ import annotations

from tests.channels.conftest import Desk, propose_to_the_whatsapp_customer, whatsapp_text
from vircom_desktop import events
from vircom_desktop.domain import booking, db
from vircom_desktop.domain.models import Appointment, Message

CUSTOMER = "56911111111"


def _proposal(desk: Desk) -> int:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))
    desk.providers.wait_for(1)
    return propose_to_the_whatsapp_customer(desk)[1]


def test_an_approval_is_announced_in_spanish(desk: Desk) -> None:
    appointment_id = _proposal(desk)
    booking.approve(appointment_id, actor="Don Víctor")

    notice = desk.providers.wait_for(2)[-1]
    assert notice.to == CUSTOMER
    assert "quedó confirmada" in notice.text
    assert "el martes 10 de junio de 10:00 a 11:30" in notice.text


def test_a_rejection_is_announced_with_its_reason(desk: Desk) -> None:
    appointment_id = _proposal(desk)
    booking.reject(appointment_id, reason="el técnico está con licencia", actor="Don Víctor")

    notice = desk.providers.wait_for(2)[-1]
    assert "no pudimos confirmar" in notice.text
    assert "el técnico está con licencia" in notice.text


def test_the_notice_is_stored_with_the_decision_itself(desk: Desk) -> None:
    """Committed in the approval's own transaction: no crash window leaves it unsent."""
    appointment_id = _proposal(desk)
    stored_in_transaction: list[bool] = []

    def check(**_: object) -> None:
        database = db.current()
        stored_in_transaction.append(
            database.in_transaction()
            and Message.select().where(Message.text.contains("quedó confirmada")).exists()
        )

    unsubscribe = events.hub.subscribe(events.APPOINTMENT_COMMITTING, check)
    try:
        booking.approve(appointment_id, actor="Don Víctor")
    finally:
        unsubscribe()
    assert stored_in_transaction == [True]
    assert "quedó confirmada" in desk.providers.wait_for(2)[-1].text


def test_a_decision_rolled_back_leaves_no_notice(desk: Desk) -> None:
    appointment_id = _proposal(desk)

    class Abort(Exception):
        pass

    try:
        with db.write_transaction():
            booking.approve(appointment_id, actor="Don Víctor")
            raise Abort
    except Abort:
        pass
    assert not Message.select().where(Message.text.contains("quedó confirmada")).exists()
    assert Appointment.get_by_id(appointment_id).status == "proposed"
