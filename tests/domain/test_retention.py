"""Retention: old words age out by themselves; the shop's visits and figures stay."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.domain.conftest import NOW, Shop
from vircom_desktop.domain import booking, clock, conversations, policy, retention
from vircom_desktop.domain.models import (
    AgentTurn,
    Appointment,
    Conversation,
    Customer,
    Message,
)
from vircom_desktop.jobs.retention import prune_backups, run_retention

LONG_AGO = datetime(2023, 4, 5, 15, 0, tzinfo=UTC)  # a Wednesday, 26 months before NOW


def _old_customer_with_a_visit(shop: Shop) -> tuple[int, int]:
    clock.freeze(LONG_AGO)
    conversation = conversations.get_or_create("whatsapp", "56955556666", name="Olga Vieja")
    customer = conversations.link_customer(
        conversation.id, name="Olga Vieja", address="Calle Antigua 12"
    )
    said = conversations.add_message(
        conversation.id, "customer", "Texto antiguo ZZOLDZZ", status="answered"
    )
    AgentTurn.create(conversation=conversation.id, message=said.id, content="ZZOLDZZ")
    visit = booking.create(
        booking.VisitRequest(
            customer_id=customer.id,
            service_id=shop.diagnosis,
            start=LONG_AGO + timedelta(days=1),
            address="Calle Antigua 12",
            issue="Horno ZZOLDZZ",
        ),
        actor="Dueña",
    )
    clock.freeze(NOW)
    return customer.id, visit.id


def test_old_messages_and_inactive_customers_age_out_and_visits_stay(shop: Shop) -> None:
    old_customer, old_visit = _old_customer_with_a_visit(shop)
    clock.freeze(LONG_AGO)
    active = conversations.get_or_create("whatsapp", "56911112222")
    conversations.add_message(active.id, "customer", "Mensaje viejo ZZAGEDZZ", status="answered")
    clock.freeze(NOW - timedelta(days=3))
    conversations.add_message(active.id, "customer", "Mensaje reciente", status="answered")
    clock.freeze(NOW)
    visits_before = Appointment.select().count()

    result = retention.apply_retention()

    assert result.customers == 1
    assert result.messages == 2
    assert not Message.select().where(Message.text.contains("ZZ")).exists()
    assert not AgentTurn.select().where(AgentTurn.content.contains("ZZOLDZZ")).exists()
    assert [m.text for m in Message.select()] == ["Mensaje reciente"]
    assert Conversation.select().count() == 1
    assert Appointment.select().count() == visits_before
    visit = Appointment.get_by_id(old_visit)
    assert (visit.address, visit.issue, visit.service_id) == ("", "", shop.diagnosis)
    assert Customer.get_by_id(old_customer).erased_at is not None
    assert Customer.get_by_id(shop.customer).name == "Carmen Rivas"  # active: kept


def test_nothing_younger_than_the_retention_is_touched(shop: Shop) -> None:
    _old_customer_with_a_visit(shop)
    policy.save(policy.PrivacyPolicy(retention_months=36))

    result = retention.apply_retention()

    assert result.as_dict() == {"messages": 0, "agent_turns": 0, "conversations": 0, "customers": 0}
    assert Message.select().where(Message.text.contains("ZZOLDZZ")).exists()


def test_months_are_calendar_months() -> None:
    moment = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
    assert retention.months_before(moment, 1) == datetime(2026, 2, 28, 12, 0, tzinfo=UTC)
    assert retention.months_before(moment, 24) == datetime(2024, 3, 31, 12, 0, tzinfo=UTC)
    assert retention.months_before(moment, 3) == datetime(2025, 12, 31, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("months", [0, -1, 121, "24", 2.5, True])
def test_a_nonsense_retention_is_refused(months: object) -> None:
    with pytest.raises(ValueError):
        policy.PrivacyPolicy(retention_months=months).validate()  # type: ignore[arg-type]


def test_the_default_retention_is_24_months(shop: Shop) -> None:
    assert policy.privacy_policy().retention_months == 24
    assert retention.cutoff() == datetime(2023, 6, 9, 12, 0, tzinfo=UTC)


def test_backups_older_than_the_retention_are_not_kept(shop: Shop, tmp_path: Path) -> None:
    backups = tmp_path / "data" / "backups"
    backups.mkdir(parents=True)
    old = backups / "vircom-20230101-000000.db"
    recent = backups / "vircom-20250604-000000.db"
    notes = backups / "LEEME.txt"
    for path in (old, recent, notes):
        path.write_text("x")
    os.utime(old, (LONG_AGO.timestamp(), LONG_AGO.timestamp()))
    os.utime(notes, (LONG_AGO.timestamp(), LONG_AGO.timestamp()))

    run_retention(tmp_path / "data")

    assert sorted(p.name for p in backups.iterdir()) == [notes.name, recent.name]
    assert prune_backups(tmp_path / "missing", NOW) == []
