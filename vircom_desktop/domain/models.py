"""Peewee models of the shop. Instants are stored as naive UTC and come back aware (UTC)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import peewee as pw

from vircom_desktop.domain import clock
from vircom_desktop.domain.statuses import (
    APPOINTMENT_STATUSES as APPOINTMENT_STATUSES,
)
from vircom_desktop.domain.statuses import (
    CANCELLED as CANCELLED,
)
from vircom_desktop.domain.statuses import (
    CONFIRMED as CONFIRMED,
)
from vircom_desktop.domain.statuses import (
    CONVERSATION_MODES as CONVERSATION_MODES,
)
from vircom_desktop.domain.statuses import (
    CONVERSATION_STATUSES as CONVERSATION_STATUSES,
)
from vircom_desktop.domain.statuses import (
    DONE as DONE,
)
from vircom_desktop.domain.statuses import (
    EXPIRED as EXPIRED,
)
from vircom_desktop.domain.statuses import (
    HOLDING_STATUSES as HOLDING_STATUSES,
)
from vircom_desktop.domain.statuses import (
    MESSAGE_ROLES as MESSAGE_ROLES,
)
from vircom_desktop.domain.statuses import (
    NO_SHOW as NO_SHOW,
)
from vircom_desktop.domain.statuses import (  # re-exported: the models' vocabulary
    PROPOSED as PROPOSED,
)
from vircom_desktop.domain.statuses import (
    REJECTED as REJECTED,
)
from vircom_desktop.domain.statuses import (
    ROLES as ROLES,
)

database_proxy = pw.DatabaseProxy()


class UTCDateTimeField(pw.DateTimeField):
    """Accepts aware datetimes, stores naive UTC, returns aware UTC."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC field")
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        value = super().python_value(value)
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class JSONField(pw.TextField):
    """A small JSON document in a text column (portable across SQLite and PostgreSQL)."""

    def db_value(self, value: Any) -> Any:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value: Any) -> Any:
        return None if value is None else json.loads(value)


def _now() -> datetime:
    return clock.now()


class BaseModel(pw.Model):
    id: Any  # peewee adds the primary key (an int on rows, a field on the class)

    class Meta:
        database = database_proxy
        legacy_table_names = False


class Service(BaseModel):
    name = pw.CharField(max_length=120)
    description = pw.TextField(default="")
    duration_minutes = pw.IntegerField(default=60)
    price = pw.IntegerField(default=0)  # whole pesos
    travel_buffer_minutes = pw.IntegerField(default=30)
    active = pw.BooleanField(default=True)

    class Meta:
        table_name = "services"


class StaffUser(BaseModel):
    name = pw.CharField(max_length=120)
    role = pw.CharField(max_length=20, default="receptionist")
    pin_hash = pw.CharField(max_length=200, default="")
    active = pw.BooleanField(default=True)

    class Meta:
        table_name = "staff_users"


class Technician(BaseModel):
    user_id: int | None
    name = pw.CharField(max_length=120)
    color = pw.CharField(max_length=9, default="#3b82f6")
    phone = pw.CharField(max_length=40, default="")
    active = pw.BooleanField(default=True)
    user = pw.ForeignKeyField(StaffUser, null=True, on_delete="SET NULL", column_name="user_id")
    feed_token = pw.CharField(max_length=64, null=True)  # added by migration 2

    class Meta:
        table_name = "technicians"


class TechnicianService(BaseModel):
    technician_id: int
    service_id: int
    technician = pw.ForeignKeyField(Technician, on_delete="CASCADE", column_name="technician_id")
    service = pw.ForeignKeyField(Service, on_delete="CASCADE", column_name="service_id")

    class Meta:
        table_name = "technician_services"
        indexes = ((("technician", "service"), True),)


class TechnicianHours(BaseModel):
    """A technician's own working range on a weekday (0 = Monday); several ranges allowed."""

    technician_id: int

    technician = pw.ForeignKeyField(Technician, on_delete="CASCADE", column_name="technician_id")
    weekday = pw.IntegerField()
    start = pw.CharField(max_length=5)  # "HH:MM" shop time
    end = pw.CharField(max_length=5)

    class Meta:
        table_name = "technician_hours"


class BusinessHours(BaseModel):
    """The shop's opening range on a weekday (0 = Monday); several ranges make breaks."""

    weekday = pw.IntegerField()
    start = pw.CharField(max_length=5)
    end = pw.CharField(max_length=5)

    class Meta:
        table_name = "business_hours"


class Closure(BaseModel):
    """A closed day range (holiday) for the shop, or for one technician (leave) when set."""

    technician_id: int | None

    start_date = pw.DateField()
    end_date = pw.DateField()
    reason = pw.CharField(max_length=200, default="")
    technician = pw.ForeignKeyField(
        Technician, null=True, on_delete="CASCADE", column_name="technician_id"
    )

    class Meta:
        table_name = "closures"


class Customer(BaseModel):
    name = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=40, null=True, index=True)
    address = pw.TextField(default="")
    notes = pw.TextField(default="")
    created_at = UTCDateTimeField(default=_now)
    # Added by migration 4 (data rights): opted out of messages the shop starts; erased.
    do_not_contact = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])
    do_not_contact_at = UTCDateTimeField(null=True)
    erased_at = UTCDateTimeField(null=True)

    class Meta:
        table_name = "customers"


class Conversation(BaseModel):
    customer_id: int | None
    channel = pw.CharField(max_length=20)  # api, whatsapp, twilio, webchat, desk
    external_id = pw.CharField(max_length=200)  # phone, session id ...
    customer = pw.ForeignKeyField(
        Customer, null=True, on_delete="SET NULL", column_name="customer_id"
    )
    status = pw.CharField(max_length=20, default="open")
    mode = pw.CharField(max_length=20, default="auto")
    handoff_reason = pw.TextField(default="")
    unread = pw.IntegerField(default=0)
    session_token_hash = pw.CharField(max_length=128, null=True, index=True)  # migration 2
    privacy_notice_at = UTCDateTimeField(null=True)  # migration 4: the data notice was given
    created_at = UTCDateTimeField(default=_now)
    updated_at = UTCDateTimeField(default=_now)

    class Meta:
        table_name = "conversations"
        indexes = ((("channel", "external_id"), True),)


class Message(BaseModel):
    """One message of a conversation, inbound or outbound.

    Inbound (`customer`) messages carry the processing state of the durable queue in `status`:
    received → processing → answered | needs_human | failed. Outbound ones carry the delivery
    state: draft → pending → sent → delivered → read, or failed.
    """

    conversation_id: int
    reply_to_id: int | None

    conversation = pw.ForeignKeyField(
        Conversation, backref="messages", on_delete="CASCADE", column_name="conversation_id"
    )
    role = pw.CharField(max_length=10)
    text = pw.TextField(default="")
    status = pw.CharField(max_length=20, default="received")
    external_id = pw.CharField(max_length=200, null=True)  # provider id / idempotency key
    reply_to = pw.ForeignKeyField(
        "self", null=True, on_delete="SET NULL", column_name="reply_to_id"
    )
    response = JSONField(null=True)  # the answer given to the sender, replayed on redelivery
    # An approved WhatsApp template sent instead of `text` (outside the 24-hour window):
    # {"name", "language", "parameters": [str, ...]}; migration 4.
    template = JSONField(null=True)
    error = pw.TextField(default="")
    attempts = pw.IntegerField(default=0)
    next_attempt_at = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField(default=_now, index=True)

    class Meta:
        table_name = "messages"
        indexes = (
            (("conversation", "external_id"), True),
            (("status", "role", "id"), False),  # the inbound queue's oldest waiting message
        )


class Appointment(BaseModel):
    customer_id: int
    technician_id: int
    service_id: int
    conversation_id: int | None
    customer = pw.ForeignKeyField(Customer, on_delete="RESTRICT", column_name="customer_id")
    technician = pw.ForeignKeyField(Technician, on_delete="RESTRICT", column_name="technician_id")
    service = pw.ForeignKeyField(Service, on_delete="RESTRICT", column_name="service_id")
    starts_at = UTCDateTimeField()
    ends_at = UTCDateTimeField()
    address = pw.TextField(default="")
    issue = pw.TextField(default="")
    status = pw.CharField(max_length=12, default=PROPOSED)
    source = pw.CharField(max_length=10, default="staff")  # bot | staff
    conversation = pw.ForeignKeyField(
        Conversation, null=True, on_delete="SET NULL", column_name="conversation_id"
    )
    expires_at = UTCDateTimeField(null=True)
    approved_by = pw.CharField(max_length=120, default="")
    approved_at = UTCDateTimeField(null=True)
    reject_reason = pw.TextField(default="")
    notes = pw.TextField(default="")
    created_at = UTCDateTimeField(default=_now)
    updated_at = UTCDateTimeField(default=_now)
    # Migration 4. When the customer said they will be there (change_appointment).
    customer_confirmed_at = UTCDateTimeField(null=True)
    # When the visit got its current time as a confirmed visit (confirmation or move): a
    # reminder lead that had already passed then is skipped, the customer was just told.
    scheduled_at = UTCDateTimeField(null=True)
    # The visit this one replaced when the customer moved it (change_appointment reschedule).
    replaces_id = pw.IntegerField(null=True)

    class Meta:
        table_name = "citas"
        indexes = (
            (("technician", "starts_at"), False),
            (("starts_at",), False),
        )


class AgentTurn(BaseModel):
    """One model request of the agent: what it was asked, what it answered, what it cost."""

    conversation_id: int
    message_id: int | None

    conversation = pw.ForeignKeyField(
        Conversation, on_delete="CASCADE", column_name="conversation_id"
    )
    message = pw.ForeignKeyField(Message, null=True, on_delete="SET NULL", column_name="message_id")
    model = pw.CharField(max_length=120, default="")
    content = pw.TextField(default="")
    tool_calls = JSONField(null=True)  # [{"name", "arguments", "result"}]
    prompt_tokens = pw.IntegerField(null=True)
    eval_tokens = pw.IntegerField(null=True)
    duration_ms = pw.FloatField(null=True)
    error = pw.TextField(default="")
    created_at = UTCDateTimeField(default=_now)

    class Meta:
        table_name = "agent_turns"


class AuditLog(BaseModel):
    at = UTCDateTimeField(default=_now, index=True)
    actor = pw.CharField(max_length=120)
    action = pw.CharField(max_length=60)
    entity = pw.CharField(max_length=40)
    entity_id = pw.IntegerField(null=True)
    details = JSONField(null=True)

    class Meta:
        table_name = "audit_log"


class Reminder(BaseModel):
    """One reminder of one visit for one lead; the unique key makes it happen at most once.

    The key holds the visit's start, so a moved visit is reminded of its new time. `channel` is
    where it went (`phone` when staff must call: no channel, or WhatsApp's window closed with
    no template); `message_id` is the outgoing message with its delivery state.
    """

    appointment_id: int
    message_id: int | None

    appointment = pw.ForeignKeyField(Appointment, on_delete="CASCADE", column_name="appointment_id")
    lead_minutes = pw.IntegerField()
    starts_at = UTCDateTimeField()
    due_at = UTCDateTimeField()
    status = pw.CharField(max_length=12)  # sent | phone | called | skipped
    channel = pw.CharField(max_length=20, default="")
    message = pw.ForeignKeyField(Message, null=True, on_delete="SET NULL", column_name="message_id")
    note = pw.TextField(default="")
    created_at = UTCDateTimeField(default=_now)

    class Meta:
        table_name = "reminders"
        indexes = ((("appointment", "lead_minutes", "starts_at"), True),)


class ShopSetting(BaseModel):
    """Shop-wide settings shared by every desk (policy, profile), as JSON values."""

    key = pw.CharField(max_length=80, primary_key=True)
    value = JSONField(null=True)

    class Meta:
        table_name = "shop_settings"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Service,
    StaffUser,
    Technician,
    TechnicianService,
    TechnicianHours,
    BusinessHours,
    Closure,
    Customer,
    Conversation,
    Message,
    Appointment,
    AgentTurn,
    AuditLog,
    Reminder,
    ShopSetting,
)
