"""The background scheduler: periodic upkeep of the schedule, in the GUI and in `serve` alike."""

from __future__ import annotations

import logging

from apscheduler.schedulers.background import BackgroundScheduler

from vircom_desktop.domain import booking

log = logging.getLogger("vircom.jobs")


def expire_proposals() -> None:
    expired = booking.expire_due()
    if expired:
        log.info("expired proposals %s", expired)


def build_scheduler() -> BackgroundScheduler:
    """A scheduler with the core jobs, not yet started."""
    scheduler = BackgroundScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1}
    )
    scheduler.add_job(expire_proposals, "interval", seconds=60, id="expire_proposals")
    return scheduler
