"""Retention: customers' words are kept only as long as the shop needs them.

Every day, messages and model turns older than the retention (Ajustes → "Conservar
conversaciones", 24 months by default) are deleted, conversations left empty go with them, and
customers inactive for that long are anonymised like an erasure: their visits stay as anonymous
records, so the shop's history and figures survive.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import asdict, dataclass
from datetime import datetime

from vircom_desktop.domain import clock, privacy
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import (
    AgentTurn,
    Appointment,
    Conversation,
    Customer,
    Message,
)
from vircom_desktop.domain.policy import privacy_policy

log = logging.getLogger("vircom.domain")


@dataclass(frozen=True)
class RetentionResult:
    messages: int = 0
    agent_turns: int = 0
    conversations: int = 0
    customers: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def cutoff(months: int | None = None) -> datetime:
    """The instant before which customers' data is no longer kept."""
    return months_before(clock.now(), months or privacy_policy().retention_months)


def _inactive_customers(before: datetime) -> list[int]:
    recent_visit = Appointment.select(Appointment.customer).where(Appointment.ends_at >= before)
    recent_talk = Conversation.select(Conversation.customer).where(
        Conversation.customer.is_null(False) & (Conversation.updated_at >= before)
    )
    rows = Customer.select(Customer.id).where(
        Customer.erased_at.is_null()
        & (Customer.created_at < before)
        & Customer.id.not_in(recent_visit)
        & Customer.id.not_in(recent_talk)
    )
    return [row.id for row in rows]


def apply_retention(months: int | None = None) -> RetentionResult:
    """Delete and anonymise what is older than the retention; returns what was removed."""
    before = cutoff(months)
    with write_transaction():
        customers = _inactive_customers(before)
        erased = [privacy.anonymise(privacy.find_by_customer(c)) for c in customers]
        old_messages = Message.select(Message.id).where(Message.created_at < before)
        turns = (
            AgentTurn.delete()
            .where((AgentTurn.created_at < before) | AgentTurn.message.in_(old_messages))
            .execute()
        )
        Message.update(reply_to=None).where(Message.reply_to.in_(old_messages)).execute()
        messages = Message.delete().where(Message.created_at < before).execute()
        still_used = Message.select(Message.conversation)
        empty = Conversation.select(Conversation.id).where(
            (Conversation.updated_at < before) & Conversation.id.not_in(still_used)
        )
        empty_ids = [row.id for row in empty]
        if empty_ids:
            AgentTurn.delete().where(AgentTurn.conversation.in_(empty_ids)).execute()
            Appointment.update(conversation=None).where(
                Appointment.conversation.in_(empty_ids)
            ).execute()
            Conversation.delete().where(Conversation.id.in_(empty_ids)).execute()
    result = RetentionResult(
        messages=messages + sum(c.messages for c in erased),
        agent_turns=turns + sum(c.agent_turns for c in erased),
        conversations=len(empty_ids) + sum(c.conversations for c in erased),
        customers=len(customers),
    )
    if any(result.as_dict().values()):
        privacy.purge_freed_space()
        log.info("retention removed data older than %s: %s", before.date(), result.as_dict())
    return result
