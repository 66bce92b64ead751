"""The system prompt's facts and the history budget."""

from __future__ import annotations

from datetime import date

from tests.fakes.shop import Shop
from vircom_desktop.agent.prompt import (
    ChatMessage,
    hours_summary,
    in_model_order,
    system_prompt,
    trim_history,
)
from vircom_desktop.domain import clock
from vircom_desktop.domain.conversations import TranscriptLine


def test_system_prompt_has_personality_shop_facts_and_today(db: Shop) -> None:
    prompt = system_prompt()
    for fact in (
        "Eres VircomBot",
        "nombre, su dirección y el problema",
        "handoff_to_human",
        "check_availability",
        "Santiago centro y Providencia",
        "+56 2 2345 6789",
        "Reparación de lavadora (id 2): $45.000, 90 min",
        "Hoy es lunes 9 de junio de 2025 (2025-06-09)",
        "martes 2025-06-10",
        "domingo 2025-06-15",
    ):
        assert fact in prompt


def test_business_hours_are_summarised_by_day_groups(db: Shop) -> None:
    assert hours_summary() == "lunes a sábado 09:00-13:00 y 14:00-18:00; domingo cerrado"


def test_system_prompt_only_changes_with_the_day(db: Shop) -> None:
    morning = system_prompt()
    clock.freeze(clock.now().replace(hour=23, minute=50))  # 19:50 in Santiago, same day
    assert system_prompt() == morning
    assert system_prompt(date(2025, 6, 10)) != morning


def test_trimming_keeps_the_latest_turn_and_starts_with_the_customer() -> None:
    history = [
        ChatMessage("user", "a" * 400),
        ChatMessage("assistant", "b" * 400),
        ChatMessage("user", "c" * 40),
        ChatMessage("assistant", "d" * 40),
        ChatMessage("user", "último " * 500),
    ]
    assert trim_history(history, 10) == history[-1:]
    kept = trim_history(history, 1000 + 60)
    assert kept == history[2:]
    assert trim_history(history, 10_000) == history


def test_trimming_drops_a_leading_assistant_message() -> None:
    history = [
        ChatMessage("assistant", "x" * 400),
        ChatMessage("assistant", "hola"),
        ChatMessage("user", "hola"),
    ]
    assert trim_history(history, 200)[0].role == "user"


def test_history_puts_each_reply_right_after_what_it_answered() -> None:
    """What the model saw: a follow-up stored during the turn comes after the turn's reply."""

    def row(id: int, role: str, reply_to_id: int | None = None) -> TranscriptLine:
        return TranscriptLine(id, role, "hola", "sent", reply_to_id)

    first, follow_up, reply, staff, last = (
        row(1, "customer"),
        row(2, "customer"),  # arrived while the model answered 1
        row(3, "bot", reply_to_id=1),
        row(4, "staff"),  # typed by staff, answering nothing in particular
        row(5, "customer"),
    )
    stored = [first, follow_up, reply, staff, last]
    ordered = in_model_order(stored)
    assert [row.id for row in ordered] == [1, 3, 2, 4, 5]
