"""Customers' data rights: find everything about one customer, export it, erase it.

One customer is found by phone (normalised on both sides, so `+56 9 1234 5678`, `56912345678`
and `912345678` are the same person) or by id (Clientes). Their data is the customer row, their
visits with the reminders made for them, and every conversation linked to them or written from
their phone, with its messages and model turns.

Erasure keeps the shop's own records: each visit stays as an anonymous row (date, service,
technician, status; the price comes from the service), the customer row stays as an anonymous
marker the visits point to, each reminder row keeps its visit, lead, times, status and channel
(its `note` is a fixed reason or the staff member who called, never the customer's words) but
loses its message, and the audit log keeps who did what and when but not the words.
Conversations, messages and model turns are deleted. SQLite runs with `secure_delete`, and the
WAL is checkpointed and truncated afterwards, so the words leave the database files.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee as pw

from vircom_desktop import __version__, events
from vircom_desktop.domain import clock
from vircom_desktop.domain.conversations import PHONE_CHANNELS
from vircom_desktop.domain.db import current, is_postgres, write_transaction
from vircom_desktop.domain.models import (
    HOLDING_STATUSES,
    AgentTurn,
    Appointment,
    AuditLog,
    Conversation,
    Customer,
    Message,
    Reminder,
)
from vircom_desktop.domain.phones import normalize_phone
from vircom_desktop.private_files import create_private_file, make_private

log = logging.getLogger("vircom.domain")

ERASED_NAME = "(datos eliminados)"
EXPORT_FORMAT = "vircom-desk/privacy-export"
EXPORT_VERSION = 2  # 2: `reminders` holds the reminders of the visits; `shop_messages` added
# Channels whose sender id may be the customer's phone (the desk keys phone calls by number).
SENDER_PHONE_CHANNELS = (*PHONE_CHANNELS, "desk")
# Audit details that say what happened without quoting the customer (kept on erasure).
_NEUTRAL_AUDIT_KEYS = frozenset({"from", "before", "edited", "conversation", "counts"})


class PrivacyError(Exception):
    """A data-rights request that cannot be served; `code` is stable, the message is English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Subject:
    """One customer's data: their row (if any) and their conversations."""

    customer_id: int | None
    conversation_ids: tuple[int, ...]
    phone: str | None  # E.164, when known


@dataclass(frozen=True)
class ErasureCounts:
    """What an erasure removed (or would remove): counts only, never the content."""

    customers: int = 0
    appointments: int = 0
    conversations: int = 0
    messages: int = 0
    agent_turns: int = 0
    audit_entries: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


# -- finding the customer ----------------------------------------------------------------------


def _same_phone(stored: str | None, phone: str) -> bool:
    # Stored phones may predate E.164 storage (WhatsApp's digits without '+', typed numbers).
    return bool(stored) and normalize_phone(stored or "") == phone


def _tail(phone: str) -> str:
    """The last digits of an E.164 number: a cheap SQL prefilter before normalising in Python
    (stored numbers may carry spaces, but rarely inside their last four digits)."""
    return phone[-4:]


def _phone_conversations(phone: str) -> list[int]:
    rows = Conversation.select(Conversation.id, Conversation.external_id).where(
        Conversation.channel.in_(SENDER_PHONE_CHANNELS)
        & Conversation.external_id.contains(_tail(phone))
    )
    return [row.id for row in rows if _same_phone(row.external_id, phone)]


def _conversations_of(customer_id: int | None, phone: str | None) -> tuple[int, ...]:
    ids: set[int] = set(_phone_conversations(phone)) if phone else set()
    if customer_id is not None:
        linked = Conversation.select(Conversation.id).where(Conversation.customer == customer_id)
        ids.update(row.id for row in linked)
    return tuple(sorted(ids))


def _customers_with_phone(phone: str) -> list[int]:
    candidates = Customer.select(Customer.id, Customer.phone).where(
        Customer.phone.is_null(False) & Customer.phone.contains(_tail(phone))
    )
    return [row.id for row in candidates if _same_phone(row.phone, phone)]


def customer_with_phone(raw_phone: str) -> int | None:
    """The one customer whose stored phone is `raw_phone` once normalised, else None."""
    phone = normalize_phone(raw_phone or "")
    matches = _customers_with_phone(phone) if phone else []
    return matches[0] if len(matches) == 1 else None


def find_by_phone(raw_phone: str) -> Subject:
    """The customer behind `raw_phone`; PrivacyError when unknown, invalid or ambiguous."""
    phone = normalize_phone(raw_phone or "")
    if phone is None:
        raise PrivacyError("invalid_phone", f"{raw_phone!r} is not a phone number")
    matches = _customers_with_phone(phone)
    if len(matches) > 1:
        listed = ", ".join(str(i) for i in matches)
        raise PrivacyError(
            "ambiguous_phone",
            f"{phone} belongs to {len(matches)} customers (ids {listed}); "
            "merge or correct them in Clientes first",
        )
    customer_id = matches[0] if matches else None
    conversation_ids = _conversations_of(customer_id, phone)
    if customer_id is None and not conversation_ids:
        raise PrivacyError("unknown_phone", f"no customer or conversation with phone {phone}")
    return Subject(customer_id, conversation_ids, phone)


def find_by_customer(customer_id: int) -> Subject:
    """The data of the customer with this id (Clientes)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise PrivacyError("unknown_customer", f"no customer with id {customer_id}")
    phone = normalize_phone(customer.phone) if customer.phone else None
    return Subject(customer.id, _conversations_of(customer.id, phone), phone)


# -- access and portability --------------------------------------------------------------------


def _when(moment: datetime | None) -> str | None:
    return clock.to_local(moment).isoformat() if moment is not None else None


def _audit_rows(entity: str, ids: Iterable[int]) -> list[AuditLog]:
    wanted = list(ids)
    if not wanted:
        return []
    return list(
        AuditLog.select()
        .where((AuditLog.entity == entity) & AuditLog.entity_id.in_(wanted))
        .order_by(AuditLog.at, AuditLog.id)
    )


def _audit_entry(row: AuditLog) -> dict[str, Any]:
    return {
        "at": _when(row.at),
        "actor": row.actor,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "details": row.details,
    }


def _customer_doc(customer: Customer) -> dict[str, Any]:
    return {
        "id": customer.id,
        "name": customer.name,
        "phone": customer.phone,
        "address": customer.address,
        "notes": customer.notes,
        "created_at": _when(customer.created_at),
        "do_not_contact": bool(customer.do_not_contact),
        "do_not_contact_since": _when(customer.do_not_contact_at),
    }


def _appointment_doc(visit: Appointment, history: list[AuditLog]) -> dict[str, Any]:
    return {
        "id": visit.id,
        "status": visit.status,
        "starts_at": _when(visit.starts_at),
        "ends_at": _when(visit.ends_at),
        "service": visit.service.name,
        "price": visit.service.price,
        "technician": visit.technician.name,
        "address": visit.address,
        "issue": visit.issue,
        "notes": visit.notes,
        "source": visit.source,
        "conversation_id": visit.conversation_id,
        "created_at": _when(visit.created_at),
        "history": [_audit_entry(row) for row in history],
    }


def _message_doc(message: Message, channel: str) -> dict[str, Any]:
    return {
        "id": message.id,
        "role": message.role,
        "channel": channel,
        "text": message.text,
        "status": message.status,
        "created_at": _when(message.created_at),
        "reply_to": message.reply_to_id,
    }


def _conversation_doc(conversation: Conversation) -> dict[str, Any]:
    messages = (
        Message.select()
        .where(Message.conversation == conversation.id)
        .order_by(Message.created_at, Message.id)
    )
    turns = (
        AgentTurn.select()
        .where(AgentTurn.conversation == conversation.id)
        .order_by(AgentTurn.created_at, AgentTurn.id)
    )
    return {
        "id": conversation.id,
        "channel": conversation.channel,
        "sender": conversation.external_id,
        "status": conversation.status,
        "created_at": _when(conversation.created_at),
        "updated_at": _when(conversation.updated_at),
        "messages": [_message_doc(m, conversation.channel) for m in messages],
        "agent_turns": [
            {
                "id": turn.id,
                "created_at": _when(turn.created_at),
                "model": turn.model,
                "content": turn.content,
                "tool_calls": turn.tool_calls,
            }
            for turn in turns
        ],
    }


def _shop_messages(conversation_docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Messages the shop started (booking notices, reminders): automatic and not a reply."""
    return [
        message
        for conversation in conversation_docs
        for message in conversation["messages"]
        if message["role"] in ("bot", "system") and message["reply_to"] is None
    ]


def _reminder_doc(reminder: Reminder) -> dict[str, Any]:
    message = reminder.message
    return {
        "id": reminder.id,
        "appointment_id": reminder.appointment_id,
        "lead_minutes": reminder.lead_minutes,
        "visit_starts_at": _when(reminder.starts_at),
        "due_at": _when(reminder.due_at),
        "status": reminder.status,
        "channel": reminder.channel,
        "note": reminder.note,
        "message_id": reminder.message_id,
        "text": message.text if message is not None else None,
        "delivery": message.status if message is not None else None,
        "created_at": _when(reminder.created_at),
    }


def _visit_reminders(visit_ids: list[int]) -> list[dict[str, Any]]:
    """Every reminder of these visits (sent, to call, called or skipped), oldest first."""
    if not visit_ids:
        return []
    rows = (
        Reminder.select(Reminder, Message)
        .join(Message, pw.JOIN.LEFT_OUTER, on=(Reminder.message == Message.id))
        .where(Reminder.appointment.in_(visit_ids))
        .order_by(Reminder.due_at, Reminder.id)
    )
    return [_reminder_doc(row) for row in rows]


def export(subject: Subject) -> dict[str, Any]:
    """Everything stored about the subject, as one JSON-ready document with stable keys."""
    database = current()
    with database.atomic():
        if is_postgres(database):
            database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        customer = (
            Customer.get_or_none(Customer.id == subject.customer_id)
            if subject.customer_id is not None
            else None
        )
        visits = (
            list(
                Appointment.select()
                .where(Appointment.customer == subject.customer_id)
                .order_by(Appointment.starts_at, Appointment.id)
            )
            if subject.customer_id is not None
            else []
        )
        histories = _audit_rows("citas", (v.id for v in visits))
        conversation_rows = list(
            Conversation.select()
            .where(Conversation.id.in_(list(subject.conversation_ids)))
            .order_by(Conversation.id)
        )
        conversation_docs = [_conversation_doc(c) for c in conversation_rows]
        message_ids = [m["id"] for c in conversation_docs for m in c["messages"]]
        reminder_docs = _visit_reminders([v.id for v in visits])
        audit = _audit_rows("customers", [subject.customer_id] if subject.customer_id else [])
        audit += _audit_rows("messages", message_ids)
        audit += _audit_rows("conversations", subject.conversation_ids)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at": _when(clock.now()),
        "phone": subject.phone,
        "customer": _customer_doc(customer) if customer is not None else None,
        "appointments": [
            _appointment_doc(v, [h for h in histories if h.entity_id == v.id]) for v in visits
        ],
        "conversations": conversation_docs,
        "reminders": reminder_docs,
        "shop_messages": _shop_messages(conversation_docs),
        "audit": [_audit_entry(row) for row in sorted(audit, key=lambda r: (r.at, r.id))],
    }


# -- erasure -----------------------------------------------------------------------------------


def _unfinished_visit(customer_id: int) -> Appointment | None:
    """A visit still holding a slot that has not ended: erasing it would strand a technician."""
    return (
        Appointment.select()
        .where(
            (Appointment.customer == customer_id)
            & Appointment.status.in_(HOLDING_STATUSES)
            & (Appointment.ends_at > clock.now())
        )
        .order_by(Appointment.starts_at)
        .first()
    )


def _check_erasable(subject: Subject) -> None:
    if subject.customer_id is None:
        return
    visit = _unfinished_visit(subject.customer_id)
    if visit is None:
        return
    local = clock.to_local(visit.starts_at)
    in_progress = visit.starts_at <= clock.now()
    raise PrivacyError(
        "visit_in_progress" if in_progress else "visit_pending",
        f"visit {visit.id} on {local:%Y-%m-%d %H:%M} is {visit.status} and "
        f"{'in progress' if in_progress else 'not done yet'}; "
        "complete or cancel it before erasing the customer",
    )


def _neutral(details: Any) -> Any:
    if not isinstance(details, dict):
        return None
    kept = {k: v for k, v in details.items() if k in _NEUTRAL_AUDIT_KEYS}
    return kept or None


def _counts(subject: Subject) -> ErasureCounts:
    conversations = list(subject.conversation_ids)
    visit_ids = (
        [
            row.id
            for row in Appointment.select(Appointment.id).where(
                Appointment.customer == subject.customer_id
            )
        ]
        if subject.customer_id is not None
        else []
    )
    message_ids = [
        row.id for row in Message.select(Message.id).where(Message.conversation.in_(conversations))
    ]
    audit = (
        len(_audit_rows("citas", visit_ids))
        + len(_audit_rows("customers", [subject.customer_id] if subject.customer_id else []))
        + len(_audit_rows("messages", message_ids))
    )
    return ErasureCounts(
        customers=1 if subject.customer_id is not None else 0,
        appointments=len(visit_ids),
        conversations=len(conversations),
        messages=len(message_ids),
        agent_turns=AgentTurn.select().where(AgentTurn.conversation.in_(conversations)).count(),
        audit_entries=audit,
    )


def preview_erasure(subject: Subject) -> ErasureCounts:
    """What `erase` would remove, for the confirmation that names it; raises if refused."""
    _check_erasable(subject)
    return _counts(subject)


def anonymise(subject: Subject) -> ErasureCounts:
    """Remove the subject's personal data; the caller holds the write transaction."""
    counts = _counts(subject)
    conversations = list(subject.conversation_ids)
    message_ids = [
        row.id for row in Message.select(Message.id).where(Message.conversation.in_(conversations))
    ]
    visit_ids: list[int] = []
    if subject.customer_id is not None:
        visit_ids = [
            row.id
            for row in Appointment.select(Appointment.id).where(
                Appointment.customer == subject.customer_id
            )
        ]
    for row in (
        _audit_rows("citas", visit_ids)
        + _audit_rows("customers", [subject.customer_id] if subject.customer_id else [])
        + _audit_rows("messages", message_ids)
    ):
        AuditLog.update(details=_neutral(row.details)).where(AuditLog.id == row.id).execute()
    if conversations:
        Appointment.update(conversation=None).where(
            Appointment.conversation.in_(conversations)
        ).execute()
        AgentTurn.delete().where(AgentTurn.conversation.in_(conversations)).execute()
        # A reminder row keeps its visit, lead, times, status and channel (the shop's record
        # that it reminded); its message, which holds the words, goes with the conversation.
        Reminder.update(message=None).where(Reminder.message.in_(message_ids)).execute()
        Message.update(reply_to=None).where(Message.conversation.in_(conversations)).execute()
        Message.delete().where(Message.conversation.in_(conversations)).execute()
        Conversation.delete().where(Conversation.id.in_(conversations)).execute()
    if subject.customer_id is not None:
        Appointment.update(address="", issue="", notes="", reject_reason="").where(
            Appointment.customer == subject.customer_id
        ).execute()
        Customer.update(
            name=ERASED_NAME,
            phone=None,
            address="",
            notes="",
            do_not_contact=False,
            do_not_contact_at=None,
            erased_at=clock.now(),
        ).where(Customer.id == subject.customer_id).execute()
    return counts


def erase(subject: Subject, *, actor: str) -> ErasureCounts:
    """Erase the subject's personal data (refused while one of their visits is not finished)."""
    with write_transaction():
        _check_erasable(subject)
        counts = anonymise(subject)
        AuditLog.create(
            actor=actor,
            action="privacy_erase",
            entity="customers" if subject.customer_id is not None else "conversations",
            entity_id=subject.customer_id,
            details={"counts": counts.as_dict()},
        )
    purge_freed_space()
    log.info("erased a customer's data on request: %s", counts.as_dict())
    for conversation_id in subject.conversation_ids:
        events.hub.publish(
            events.CONVERSATION_CHANGED, conversation_id=conversation_id, status="closed"
        )
    return counts


def purge_freed_space() -> bool:
    """Make erased words leave the files: checkpoint and truncate SQLite's WAL.

    `secure_delete` already zeroes freed space in the pages; the WAL still holds old copies of
    those pages until it is checkpointed and truncated. Returns False when another connection
    kept the checkpoint from completing (the next one will). PostgreSQL: nothing to do here;
    autovacuum reclaims the old row versions (docs/privacy.md).
    """
    database = current()
    if is_postgres(database):
        return True
    row = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    done = row is not None and int(row[0]) == 0
    if not done:
        log.warning("WAL checkpoint after erasure did not complete (busy); it will next time")
    return done


def write_export(document: dict[str, Any], path: Path) -> Path:
    """Write an export as UTF-8 JSON into a file only the desk's user can read."""
    create_private_file(path)
    make_private(path)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
