"""Turn order under load: follow-ups the model has not seen, oldest-waiting customers first, and
the desk before every customer waiting for the model.

Both were found by a fault-injecting soak (issue 15, item 4); each test reproduces one.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from tests.channels.conftest import GREETING, Desk, DeskFactory, first_reply, whatsapp_text
from tests.fakes.fake_ollama import Step, reply
from vircom_desktop.agent import slots
from vircom_desktop.agent.service import VircomBot
from vircom_desktop.channels import inbound
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Message

FIRST = "Hola, se me echó a perder la lavadora"
FOLLOW_UP = "Ah, y también hace ruido la secadora"
OTHER = "Buenas, ¿atienden los sábados?"
DESK_TEXT = "Cliente en el teléfono: ¿tienen hora mañana?"


def _last_user(body: dict[str, Any]) -> str:
    return str(body["messages"][-1]["content"]) if body["messages"][-1]["role"] == "user" else ""


def _hold_turn_of(text: str) -> Any:
    """A model that keeps the turn answering `text` in flight until the test opens the gate."""

    def respond(body: dict[str, Any]) -> Step:
        if _last_user(body) == text:
            return reply(GREETING).gated()
        return reply(GREETING)

    return respond


def _wait_answered(desk: Desk, count: int) -> None:
    desk.providers.wait_for(count, timeout=15)


def test_a_follow_up_sent_while_the_model_answers_is_the_last_thing_the_next_prompt_says(
    desk: Desk,
) -> None:
    desk.ollama.respond_with(_hold_turn_of(FIRST))
    assert desk.whatsapp(whatsapp_text("56911111111", FIRST, "wamid.1")).status_code == 200
    assert desk.ollama.in_flight.wait(10)
    # Stored (and acknowledged) before the bot's reply to FIRST exists: its created_at is older.
    assert desk.whatsapp(whatsapp_text("56911111111", FOLLOW_UP, "wamid.2")).status_code == 200
    desk.ollama.gate.set()
    _wait_answered(desk, 2)

    second = desk.ollama.chat_requests()[1]
    said = [(m["role"], m["content"]) for m in second["messages"][1:]]
    assert said == [("user", FIRST), ("assistant", first_reply()), ("user", FOLLOW_UP)]
    statuses = {m.text: m.status for m in Message.select().where(Message.role == "customer")}
    assert statuses == {FIRST: inbound.ANSWERED, FOLLOW_UP: inbound.ANSWERED}


def test_the_customer_waiting_longest_goes_first_not_the_one_served_longest_ago(
    desk: Desk,
) -> None:
    early, busy = "56911111111", "56922222222"
    desk.ollama.respond_with(_hold_turn_of(FIRST))
    desk.whatsapp(whatsapp_text(early, OTHER, "wamid.e1"))
    _wait_answered(desk, 1)  # `early` was served first, long ago
    desk.whatsapp(whatsapp_text(busy, FIRST, "wamid.b1"))
    assert desk.ollama.in_flight.wait(10)
    desk.whatsapp(whatsapp_text(busy, FOLLOW_UP, "wamid.b2"))  # now waits the longest
    desk.whatsapp(whatsapp_text(early, "¿Y los domingos?", "wamid.e2"))
    desk.ollama.gate.set()
    _wait_answered(desk, 4)

    order = [_last_user(body) for body in desk.ollama.chat_requests()]
    assert order == [OTHER, FIRST, FOLLOW_UP, "¿Y los domingos?"]


def _wait_until(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        threading.Event().wait(0.01)


def test_a_staff_draft_waits_only_for_the_call_running_not_for_the_customers_queued(
    make_desk: DeskFactory,
) -> None:
    desk = make_desk(workers=2)
    desk.ollama.respond_with(_hold_turn_of(FIRST))
    desk.whatsapp(whatsapp_text("56911111111", FIRST, "wamid.a"))
    assert desk.ollama.in_flight.wait(10)
    desk.whatsapp(whatsapp_text("56922222222", OTHER, "wamid.b"))
    desk.whatsapp(whatsapp_text("56933333333", "¿Hacen mantenciones?", "wamid.c"))
    # The second worker has claimed a customer and waits for the model's only slot.
    _wait_until(lambda: slots.shared().state().waiting == 1)

    staff = conversations.get_or_create("api", "+56944444444")
    conversations.add_message(staff.id, "customer", DESK_TEXT, status="answered")
    bot = VircomBot(desk.runtime.settings)
    drafting = threading.Thread(target=lambda: bot.respond(staff.id, claim=slots.DESK))
    drafting.start()
    _wait_until(lambda: slots.shared().state().waiting == 2)
    desk.ollama.gate.set()
    drafting.join(15)
    bot.close()
    _wait_answered(desk, 3)

    order = [_last_user(body) for body in desk.ollama.chat_requests()]
    assert order[:2] == [FIRST, DESK_TEXT]
    assert sorted(order[2:]) == sorted([OTHER, "¿Hacen mantenciones?"])
