"""The background scheduler: periodic upkeep of the schedule, in the GUI and in `serve` alike."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from vircom_desktop.config import Settings
from vircom_desktop.domain import booking
from vircom_desktop.jobs import reminders

log = logging.getLogger("vircom.jobs")


def expire_proposals() -> None:
    expired = booking.expire_due()
    if expired:
        log.info("expired proposals %s", expired)


def send_reminders(settings: Settings | None = None) -> None:
    hours = settings.reminder_hours if settings else None
    template = settings.whatsapp_reminder_template if settings else ""
    reminded = reminders.send_due_reminders(hours=hours, template=template)
    if reminded:
        log.info("reminded visits %s", reminded)


def build_scheduler(settings: Settings | None = None) -> BackgroundScheduler:
    """A scheduler with the core jobs, not yet started."""
    scheduler = BackgroundScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1}
    )
    scheduler.add_job(expire_proposals, "interval", seconds=60, id="expire_proposals")
    # Also at once on start: reminders that fell due while nothing ran go out now.
    scheduler.add_job(
        send_reminders,
        "interval",
        seconds=60,
        id="send_reminders",
        args=[settings],
        next_run_time=datetime.now(UTC),
    )
    return scheduler
