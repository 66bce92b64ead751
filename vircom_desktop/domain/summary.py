"""The owner's summary of a week (the Resumen page): how the visits, proposals, conversations,
reminders and takings went, per day and per technician, beside the week before.

Each figure is one query over the week's instants (UTC bounds of the shop's local days);
the rows are bucketed by local day here, so days keep their meaning across a DST change.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from vircom_desktop.domain import clock, db
from vircom_desktop.domain.models import (
    CANCELLED,
    DONE,
    NO_SHOW,
    AgentTurn,
    Appointment,
    AuditLog,
    Conversation,
    Message,
    Reminder,
    Service,
    Technician,
)
from vircom_desktop.domain.policy import shop_profile
from vircom_desktop.domain.reminders import CALLED, SENT

DAYS_IN_WEEK = 7
OUTCOMES = (DONE, CANCELLED, NO_SHOW)
HANDOFF_TOOL = "handoff_to_human"
TOP_REASONS = 6


@dataclass
class VisitCounts:
    done: int = 0
    cancelled: int = 0
    no_show: int = 0

    def add(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    @property
    def total(self) -> int:
        return self.done + self.cancelled + self.no_show


@dataclass(frozen=True)
class ProposalFigures:
    approved: int = 0
    rejected: int = 0
    expired: int = 0
    median_minutes_to_decide: float | None = None  # approve and reject; None when none


@dataclass(frozen=True)
class ConversationFigures:
    bot_alone: int = 0  # VircomBot answered and no person had to
    handed: int = 0  # a person wrote, or the conversation waits for one
    reasons: tuple[tuple[str, int], ...] = ()  # VircomBot's hand-off reasons, most frequent first


@dataclass(frozen=True)
class ReminderFigures:
    sent: int = 0  # reminders that reached the customer: by message, or staff called
    by_phone: int = 0  # of those, the ones staff made by phone
    confirmed: int = 0  # reminded visits whose customer then confirmed they will be there


@dataclass(frozen=True)
class WeekSummary:
    start: date  # Monday
    visits_by_day: tuple[VisitCounts, ...]  # Monday..Sunday
    visits_by_technician: tuple[tuple[str, VisitCounts], ...]
    revenue_by_day: tuple[int, ...]  # done visits at the services' prices, Monday..Sunday
    proposals: ProposalFigures
    conversations: ConversationFigures
    reminders: ReminderFigures = ReminderFigures()

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=n) for n in range(DAYS_IN_WEEK))

    @property
    def visits(self) -> VisitCounts:
        total = VisitCounts()
        for counts in self.visits_by_day:
            total.done += counts.done
            total.cancelled += counts.cancelled
            total.no_show += counts.no_show
        return total

    @property
    def revenue(self) -> int:
        return sum(self.revenue_by_day)


@dataclass(frozen=True)
class Summary:
    this_week: WeekSummary
    last_week: WeekSummary
    currency: str = "CLP"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _bounds(start: date) -> tuple[datetime, datetime]:
    first, _ = clock.day_bounds_utc(start)
    _, last = clock.day_bounds_utc(start + timedelta(days=DAYS_IN_WEEK - 1))
    return first, last


def _day_index(start: date, moment: datetime) -> int:
    return (clock.to_local(moment).date() - start).days


def visits_figure(
    start: date,
) -> tuple[tuple[VisitCounts, ...], tuple[tuple[str, VisitCounts], ...]]:
    """Done, cancelled and no-show visits of the week, per day and per technician (one query)."""
    first, last = _bounds(start)
    rows = db.rows(
        Appointment.select(Appointment.starts_at, Appointment.status, Technician.name)
        .join(Technician)
        .where(
            (Appointment.starts_at >= first)
            & (Appointment.starts_at < last)
            & Appointment.status.in_(OUTCOMES)
        )
    )
    by_day = [VisitCounts() for _ in range(DAYS_IN_WEEK)]
    by_technician: dict[str, VisitCounts] = {}
    for starts_at, status, technician in rows:
        moment = Appointment.starts_at.python_value(starts_at)
        by_day[_day_index(start, moment)].add(status)
        by_technician.setdefault(technician, VisitCounts()).add(status)
    ranked = sorted(by_technician.items(), key=lambda item: (-item[1].total, item[0]))
    return tuple(by_day), tuple(ranked)


def revenue_figure(start: date) -> tuple[int, ...]:
    """Estimated takings per day: each done visit at its service's price (one query)."""
    first, last = _bounds(start)
    rows = db.rows(
        Appointment.select(Appointment.starts_at, Service.price)
        .join(Service)
        .where(
            (Appointment.starts_at >= first)
            & (Appointment.starts_at < last)
            & (Appointment.status == DONE)
        )
    )
    by_day = [0] * DAYS_IN_WEEK
    for starts_at, price in rows:
        by_day[_day_index(start, Appointment.starts_at.python_value(starts_at))] += price or 0
    return tuple(by_day)


def proposals_figure(start: date) -> ProposalFigures:
    """Proposals decided in the week and the median time from proposal to decision (one query)."""
    first, last = _bounds(start)
    rows = db.rows(
        AuditLog.select(AuditLog.action, AuditLog.at, Appointment.created_at)
        .join(Appointment, on=(AuditLog.entity_id == Appointment.id))
        .where(
            (AuditLog.entity == Appointment._meta.table_name)
            & AuditLog.action.in_(("approve", "reject", "expire"))
            & (AuditLog.at >= first)
            & (AuditLog.at < last)
        )
    )
    counts: Counter[str] = Counter()
    waits: list[float] = []
    for action, at, created_at in rows:
        counts[action] += 1
        if action != "expire":
            decided = AuditLog.at.python_value(at)
            proposed = Appointment.created_at.python_value(created_at)
            waits.append(max((decided - proposed).total_seconds() / 60, 0.0))
    return ProposalFigures(
        approved=counts["approve"],
        rejected=counts["reject"],
        expired=counts["expire"],
        median_minutes_to_decide=statistics.median(waits) if waits else None,
    )


def conversations_figure(start: date) -> tuple[int, int]:
    """Conversations with customer messages this week: answered by VircomBot alone, or handed
    to a person (staff wrote, or it waits for them) — one grouped query."""
    first, last = _bounds(start)

    def count(role: str) -> Any:
        return pw.fn.SUM(pw.Case(None, [(Message.role == role, 1)], 0))

    rows = db.rows(
        Message.select(
            Message.conversation,
            count("customer"),
            count("bot"),
            count("staff"),
            Conversation.status,
        )
        .join(Conversation)
        .where((Message.created_at >= first) & (Message.created_at < last))
        .group_by(Message.conversation, Conversation.status)
    )
    bot_alone = handed = 0
    for _conversation, customer, bot, staff, status in rows:
        if not customer:
            continue
        if staff or status == "needs_human":
            handed += 1
        elif bot:
            bot_alone += 1
    return bot_alone, handed


def handoff_reasons_figure(start: date) -> tuple[tuple[str, int], ...]:
    """Why VircomBot handed conversations over this week (its hand-off tool calls; one query)."""
    first, last = _bounds(start)
    rows = AgentTurn.select(AgentTurn.tool_calls).where(
        (AgentTurn.created_at >= first)
        & (AgentTurn.created_at < last)
        & AgentTurn.tool_calls.contains(HANDOFF_TOOL)
    )
    reasons: Counter[str] = Counter()
    for turn in rows:
        for call in turn.tool_calls or ():
            if not isinstance(call, dict) or call.get("name") != HANDOFF_TOOL:
                continue
            arguments = call.get("arguments")
            reason = arguments.get("reason") if isinstance(arguments, dict) else None
            reasons[" ".join(str(reason or "").split())[:120]] += 1
    return tuple(reasons.most_common(TOP_REASONS))


def reminders_figure(start: date) -> ReminderFigures:
    """Reminders made this week that reached the customer (sent, or called by staff), and how
    many of those visits the customer confirmed afterwards, for the time reminded (one query).

    A reminder counts in the week it was made; the confirmation may come later. `confirmed`
    counts visits, not reminders: a visit reminded twice and confirmed once is one.
    """
    first, last = _bounds(start)
    rows = db.rows(
        Reminder.select(
            Reminder.appointment,
            Reminder.status,
            Reminder.created_at,
            Reminder.starts_at,
            Appointment.starts_at,
            Appointment.customer_confirmed_at,
        )
        .join(Appointment)
        .where(
            (Reminder.created_at >= first)
            & (Reminder.created_at < last)
            & Reminder.status.in_((SENT, CALLED))
        )
    )
    sent = by_phone = 0
    confirmed: set[int] = set()
    for appointment_id, status, created_at, reminded_start, starts_at, confirmed_at in rows:
        sent += 1
        by_phone += status == CALLED
        if (
            confirmed_at is not None
            and Reminder.starts_at.python_value(reminded_start)
            == Appointment.starts_at.python_value(starts_at)
            and Appointment.customer_confirmed_at.python_value(confirmed_at)
            >= Reminder.created_at.python_value(created_at)
        ):
            confirmed.add(appointment_id)
    return ReminderFigures(sent=sent, by_phone=by_phone, confirmed=len(confirmed))


def week_summary(start: date) -> WeekSummary:
    by_day, by_technician = visits_figure(start)
    bot_alone, handed = conversations_figure(start)
    return WeekSummary(
        start=start,
        visits_by_day=by_day,
        visits_by_technician=by_technician,
        revenue_by_day=revenue_figure(start),
        proposals=proposals_figure(start),
        conversations=ConversationFigures(bot_alone, handed, handoff_reasons_figure(start)),
        reminders=reminders_figure(start),
    )


def owner_summary(day: date | None = None) -> Summary:
    """The week of `day` (default today, shop time) and the week before it."""
    start = week_start(day or clock.today())
    return Summary(
        this_week=week_summary(start),
        last_week=week_summary(start - timedelta(days=DAYS_IN_WEEK)),
        currency=shop_profile().currency,
    )
