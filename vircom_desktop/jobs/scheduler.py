"""The background scheduler: periodic upkeep of the schedule, in the GUI and in `serve` alike."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from vircom_desktop.config import Settings
from vircom_desktop.domain import booking
from vircom_desktop.jobs import backups, reminders, warmup
from vircom_desktop.jobs.retention import run_retention

log = logging.getLogger("vircom.jobs")


def expire_proposals() -> None:
    expired = booking.expire_due()
    if expired:
        log.info("expired proposals %s", expired)


def send_reminders(settings_of: Callable[[], Settings] | None = None) -> None:
    settings = settings_of() if settings_of else None
    hours = settings.reminder_hours if settings else None
    template = settings.whatsapp_reminder_template if settings else ""
    reminded = reminders.send_due_reminders(hours=hours, template=template)
    if reminded:
        log.info("reminded visits %s", reminded)


def _retention(settings_of: Callable[[], Settings] | None) -> None:
    run_retention(settings_of().data_dir if settings_of is not None else None)


def _at_once() -> datetime:
    """The scheduler's own "now": real time, as its intervals are; the shop's clock may be
    frozen (demo, tests, benches), and a first run dated a year back made it count every
    missed interval since, seconds of work at start."""
    return datetime.now(UTC)


def build_scheduler(settings_of: Callable[[], Settings] | None = None) -> BackgroundScheduler:
    """A scheduler with the core jobs, not yet started.

    Retention runs at start and then daily. With `settings_of` (the running desk's current
    settings) it also takes the automatic backups, keeps the model warm (both run once at start)
    and retention drops backups that outlived it.
    """
    scheduler = BackgroundScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1}
    )
    scheduler.add_job(expire_proposals, "interval", seconds=60, id="expire_proposals")
    scheduler.add_job(
        _retention,
        "interval",
        hours=24,
        args=[settings_of],
        id="retention",
        next_run_time=_at_once(),
    )
    # Also at once on start: reminders that fell due while nothing ran go out now.
    scheduler.add_job(
        send_reminders,
        "interval",
        seconds=60,
        id="send_reminders",
        args=[settings_of],
        next_run_time=_at_once(),
    )
    if settings_of is not None:
        scheduler.add_job(
            backups.backup_if_due,
            "interval",
            minutes=backups.CHECK_EVERY_MINUTES,
            args=[settings_of],
            id="backups",
            next_run_time=_at_once(),
        )
        scheduler.add_job(
            warmup.keep_model_warm,
            "interval",
            minutes=warmup.CHECK_EVERY_MINUTES,
            args=[settings_of],
            id="model_warmup",
            next_run_time=_at_once(),
        )
    return scheduler
