"""The booking lifecycle: every change to a visit goes through here, validated, audited, announced.

proposed ──approve──▶ confirmed ──complete──▶ done
   │ reject / expire / cancel        │ no_show / cancel
   ▼                                 ▼
rejected / expired / cancelled    no_show / cancelled

Writers that could race (GUI, agent, webhooks, other desks) re-check the slot inside a
serialising write transaction, so a slot is never given twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from vircom_desktop import events
from vircom_desktop.domain import availability, clock, customers
from vircom_desktop.domain.audit import record
from vircom_desktop.domain.db import write_transaction
from vircom_desktop.domain.models import (
    CANCELLED,
    CONFIRMED,
    DONE,
    EXPIRED,
    NO_SHOW,
    PROPOSED,
    REJECTED,
    Appointment,
    Customer,
    Technician,
)
from vircom_desktop.domain.policy import booking_policy

log = logging.getLogger("vircom.domain")


class BookingError(Exception):
    """A lifecycle step that cannot happen; `code` is stable, the message is English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class SlotTaken(BookingError):
    def __init__(self, message: str = "that time is no longer free") -> None:
        super().__init__("slot_taken", message)


@dataclass(frozen=True)
class VisitRequest:
    """What a new visit needs; `technician_id` None lets the engine choose."""

    customer_id: int
    service_id: int
    start: datetime
    address: str
    issue: str
    technician_id: int | None = None
    notes: str = ""
    conversation_id: int | None = None


MIN_DURATION = timedelta(minutes=15)
MAX_DURATION = timedelta(hours=12)

TRANSITIONS: dict[str, dict[str, str]] = {
    "approve": {PROPOSED: CONFIRMED},
    "reject": {PROPOSED: REJECTED},
    "expire": {PROPOSED: EXPIRED},
    "cancel": {PROPOSED: CANCELLED, CONFIRMED: CANCELLED},
    "complete": {CONFIRMED: DONE},
    "no_show": {CONFIRMED: NO_SHOW},
}


def _announce(appointment: Appointment, action: str) -> None:
    events.hub.publish(
        events.APPOINTMENT_CHANGED,
        appointment_id=appointment.id,
        status=appointment.status,
        action=action,
    )
    if action == "propose":
        events.hub.publish(
            events.PROPOSAL_CREATED,
            appointment_id=appointment.id,
            conversation_id=appointment.conversation_id,
        )


def _raise_problem(problem: availability.SlotProblem) -> None:
    if problem.code == "slot_taken":
        raise SlotTaken(problem.message)
    raise BookingError(problem.code, problem.message)


def _choose_technician(request: VisitRequest, *, enforce_notice: bool) -> int:
    """The first technician who can take the visit, fewest visits that day first."""
    candidates = [
        row.id
        for row in Technician.select(Technician.id).where(Technician.active == True)  # noqa: E712
    ]
    problems: list[availability.SlotProblem] = []
    free: list[int] = []
    for tid in candidates:
        problem = availability.slot_problem(
            tid, request.service_id, request.start, enforce_notice=enforce_notice
        )
        if problem is None:
            free.append(tid)
        else:
            problems.append(problem)
    if not free:
        codes = {p.code for p in problems}
        for code in ("closed", "too_soon", "in_past", "too_far"):
            if code in codes:
                _raise_problem(next(p for p in problems if p.code == code))
        if "slot_taken" in codes:
            raise SlotTaken()
        raise BookingError("no_technician", "no technician can do that service at that time")
    first, last = clock.day_bounds_utc(clock.to_local(request.start).date())
    load = {
        tid: Appointment.select()
        .where(
            (Appointment.technician == tid)
            & Appointment.status.in_((PROPOSED, CONFIRMED))
            & (Appointment.starts_at >= first)
            & (Appointment.starts_at < last)
        )
        .count()
        for tid in free
    }
    return min(free, key=lambda tid: (load[tid], tid))


def _validate_request(request: VisitRequest) -> None:
    if not request.address.strip():
        raise BookingError("missing_address", "a home visit needs an address")
    if not request.issue.strip():
        raise BookingError("missing_issue", "describe the problem to fix")
    if Customer.get_or_none(Customer.id == request.customer_id) is None:
        raise BookingError("unknown_customer", f"no customer with id {request.customer_id}")
    if request.start.tzinfo is None:
        raise ValueError("start must be time-zone aware")


def _create(request: VisitRequest, *, status: str, source: str, actor: str) -> Appointment:
    _validate_request(request)
    enforce_notice = source == "bot"
    try:
        terms = availability.service_terms(request.service_id, booking_policy())
    except availability.AvailabilityError as error:
        raise BookingError(error.code, str(error)) from error
    with write_transaction():
        technician_id = request.technician_id
        if technician_id is None:
            technician_id = _choose_technician(request, enforce_notice=enforce_notice)
        else:
            problem = availability.slot_problem(
                technician_id, request.service_id, request.start, enforce_notice=enforce_notice
            )
            if problem:
                _raise_problem(problem)
        now = clock.now()
        expires_at = None
        if status == PROPOSED:
            hold = timedelta(minutes=booking_policy().proposal_hold_minutes)
            expires_at = min(now + hold, request.start)
        appointment = Appointment.create(
            customer=request.customer_id,
            technician=technician_id,
            service=request.service_id,
            starts_at=request.start,
            ends_at=request.start + terms.duration,
            address=request.address.strip(),
            issue=request.issue.strip(),
            notes=request.notes,
            status=status,
            source=source,
            conversation=request.conversation_id,
            expires_at=expires_at,
            approved_by=actor if status == CONFIRMED else "",
            approved_at=now if status == CONFIRMED else None,
        )
        customers.remember_address(request.customer_id, request.address)
        record(actor, "propose" if status == PROPOSED else "create", appointment)
    _announce(appointment, "propose" if status == PROPOSED else "create")
    log.info("appointment %s %s by %s", appointment.id, status, actor)
    return appointment


def propose(request: VisitRequest, *, actor: str = "VircomBot") -> Appointment:
    """A visit the bot offers: it holds the slot until approved, rejected or expired.

    When the owner has turned approval off, the visit is confirmed at once.
    """
    status = PROPOSED if booking_policy().approval_required else CONFIRMED
    return _create(request, status=status, source="bot", actor=actor)


def create(request: VisitRequest, *, actor: str) -> Appointment:
    """A visit staff book directly: confirmed at once (minimum notice does not apply)."""
    return _create(request, status=CONFIRMED, source="staff", actor=actor)


def _get(appointment_id: int) -> Appointment:
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        raise BookingError("not_found", f"no appointment with id {appointment_id}")
    return appointment


def _transition(
    appointment_id: int,
    action: str,
    actor: str,
    *,
    check: Callable[[Appointment], None] | None = None,
    details: dict[str, Any] | None = None,
    **changes: Any,
) -> Appointment:
    with write_transaction():
        appointment = _get(appointment_id)
        target = TRANSITIONS[action].get(appointment.status)
        if target is None:
            raise BookingError(
                "invalid_transition", f"cannot {action} a visit that is {appointment.status}"
            )
        if check:
            check(appointment)
        before = appointment.status
        appointment.status = target
        appointment.updated_at = clock.now()
        for name, value in changes.items():
            setattr(appointment, name, value)
        appointment.save()
        record(
            actor, action, appointment, {"from": before, **_jsonable(changes), **(details or {})}
        )
        events.hub.publish(
            events.APPOINTMENT_COMMITTING,
            appointment_id=appointment.id,
            status=appointment.status,
            action=action,
        )
    _announce(appointment, action)
    return appointment


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def _desk_details(actor: str, at_desk: str | None) -> dict[str, Any] | None:
    """Who sat at the desk when an owner's PIN acted there, when it was someone else."""
    return {"at_desk": at_desk} if at_desk and at_desk != actor else None


DETAIL_FIELDS = ("address", "issue", "notes")


def _edits(edits: Mapping[str, str] | None) -> dict[str, Any]:
    """The free-text details a lifecycle step saves with it (what staff typed in the form)."""
    unknown = set(edits or {}) - set(DETAIL_FIELDS)
    if unknown:
        raise ValueError(f"not a visit detail: {', '.join(sorted(unknown))}")
    return dict(edits or {})


def approve(
    appointment_id: int,
    *,
    actor: str,
    at_desk: str | None = None,
    edits: Mapping[str, str] | None = None,
) -> Appointment:
    """The owner (`actor`) approves; `at_desk` is the person the desk was set to.

    `edits` (address, issue, notes typed in the form) are saved in the same transaction.
    """

    def not_started(appointment: Appointment) -> None:
        if appointment.starts_at <= clock.now():
            raise BookingError("in_past", "that visit's time has passed; reschedule it instead")

    return _transition(
        appointment_id,
        "approve",
        actor,
        check=not_started,
        details=_desk_details(actor, at_desk),
        approved_by=actor,
        approved_at=clock.now(),
        expires_at=None,
        **_edits(edits),
    )


def reject(
    appointment_id: int, *, reason: str, actor: str, at_desk: str | None = None
) -> Appointment:
    if not reason.strip():
        raise BookingError("missing_reason", "say why the proposal is rejected")
    return _transition(
        appointment_id,
        "reject",
        actor,
        details=_desk_details(actor, at_desk),
        reject_reason=reason.strip(),
    )


def cancel(
    appointment_id: int,
    *,
    actor: str,
    reason: str = "",
    edits: Mapping[str, str] | None = None,
) -> Appointment:
    return _transition(
        appointment_id, "cancel", actor, reject_reason=reason.strip(), **_edits(edits)
    )


def replace_earlier_proposals(conversation_id: int, keep: int, *, actor: str) -> list[int]:
    """A customer who picks a new time drops their earlier pending proposals in that chat.

    Returns the ids cancelled; one approved or rejected meanwhile is left as it is.
    """
    earlier: list[int] = list(
        Appointment.select(Appointment.id)
        .where(
            (Appointment.conversation == conversation_id)
            & (Appointment.status == PROPOSED)
            & (Appointment.id != keep)
        )
        .scalars()
    )
    cancelled = []
    for appointment_id in earlier:
        try:
            cancel(appointment_id, actor=actor, reason=f"replaced by #{keep}")
        except BookingError:
            continue
        cancelled.append(appointment_id)
    return cancelled


def _started(appointment: Appointment) -> None:
    if appointment.starts_at > clock.now():
        raise BookingError("not_started", "that visit has not started yet")


def complete(
    appointment_id: int,
    *,
    actor: str,
    notes: str | None = None,
    edits: Mapping[str, str] | None = None,
) -> Appointment:
    """Mark a started visit done; the form's `edits` (e.g. the technician's note) go with it."""
    changes = _edits(edits)
    if notes is not None:
        changes["notes"] = notes
    return _transition(appointment_id, "complete", actor, check=_started, **changes)


def mark_no_show(
    appointment_id: int, *, actor: str, edits: Mapping[str, str] | None = None
) -> Appointment:
    return _transition(appointment_id, "no_show", actor, check=_started, **_edits(edits))


def expire_due(*, actor: str = "system") -> list[int]:
    """Expire every proposal whose hold has run out; returns their ids."""
    due = [
        row.id
        for row in Appointment.select(Appointment.id).where(
            (Appointment.status == PROPOSED) & (Appointment.expires_at <= clock.now())
        )
    ]
    expired = []
    for appointment_id in due:
        try:
            _transition(appointment_id, "expire", actor)
        except BookingError:  # approved or rejected meanwhile
            continue
        expired.append(appointment_id)
    return expired


def reschedule(
    appointment_id: int,
    new_start: datetime,
    *,
    actor: str,
    technician_id: int | None = None,
    service_id: int | None = None,
    duration: timedelta | None = None,
) -> Appointment:
    """Move or resize a proposed or confirmed visit (optionally to another technician or service).

    Without `duration` a visit keeps its current length, unless its service changes, in which
    case it takes the new service's length.
    """
    with write_transaction():
        appointment = _get(appointment_id)
        _move(appointment, new_start, actor, technician_id, service_id, duration)
    _announce(appointment, "reschedule")
    return appointment


def _move(
    appointment: Appointment,
    new_start: datetime,
    actor: str,
    technician_id: int | None,
    service_id: int | None,
    duration: timedelta | None,
) -> None:
    """The reschedule step, inside the caller's write transaction."""
    if duration is not None and not MIN_DURATION <= duration <= MAX_DURATION:
        raise BookingError("bad_duration", "a visit lasts between 15 minutes and 12 hours")
    if appointment.status not in (PROPOSED, CONFIRMED):
        raise BookingError(
            "invalid_transition", f"cannot reschedule a visit that is {appointment.status}"
        )
    technician = technician_id or appointment.technician_id
    service = service_id or appointment.service_id
    if duration is None and service == appointment.service_id:
        duration = appointment.ends_at - appointment.starts_at
    if duration is None:
        duration = availability.service_terms(service, booking_policy()).duration
    problem = availability.slot_problem(
        technician,
        service,
        new_start,
        enforce_notice=False,
        exclude_appointment_id=appointment.id,
        duration=duration,
    )
    if problem:
        _raise_problem(problem)
    before = {
        "starts_at": appointment.starts_at.isoformat(),
        "ends_at": appointment.ends_at.isoformat(),
        "technician": appointment.technician_id,
    }
    appointment.starts_at = new_start
    appointment.ends_at = new_start + duration
    appointment.technician_id = technician
    appointment.service_id = service
    appointment.updated_at = clock.now()
    appointment.save()
    record(actor, "reschedule", appointment, {"before": before})


def update_details(
    appointment_id: int,
    *,
    actor: str,
    address: str | None = None,
    issue: str | None = None,
    notes: str | None = None,
) -> Appointment:
    """Edit the free-text details of a visit (not its time, technician or status)."""
    with write_transaction():
        appointment = _get(appointment_id)
        _edit(appointment, actor, {"address": address, "issue": issue, "notes": notes})
    _announce(appointment, "edit")
    return appointment


def _edit(appointment: Appointment, actor: str, values: dict[str, str | None]) -> None:
    """The details step, inside the caller's write transaction; None leaves a field as it is."""
    changes = {name: value for name, value in values.items() if value is not None}
    for name, value in changes.items():
        setattr(appointment, name, value)
    appointment.updated_at = clock.now()
    appointment.save()
    record(actor, "edit", appointment, changes)


@dataclass(frozen=True)
class VisitChange:
    """An edit of a visit; None leaves that part as it is."""

    start: datetime | None = None  # with it, the technician and service (None: keep them)
    technician_id: int | None = None
    service_id: int | None = None
    address: str | None = None
    issue: str | None = None
    notes: str | None = None


def update(appointment_id: int, change: VisitChange, *, actor: str) -> Appointment:
    """Save an edited visit in one transaction: it is moved and its details saved, or neither."""
    details = {"address": change.address, "issue": change.issue, "notes": change.notes}
    edits = any(value is not None for value in details.values())
    with write_transaction():
        appointment = _get(appointment_id)
        if change.start is not None:
            _move(appointment, change.start, actor, change.technician_id, change.service_id, None)
        if edits:
            _edit(appointment, actor, details)
    if change.start is not None:
        _announce(appointment, "reschedule")
    if edits:
        _announce(appointment, "edit")
    return appointment
