"""The background scheduler: periodic upkeep of the schedule, in the GUI and in `serve` alike."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler

from vircom_desktop.domain import booking
from vircom_desktop.jobs.retention import run_retention

log = logging.getLogger("vircom.jobs")


def expire_proposals() -> None:
    expired = booking.expire_due()
    if expired:
        log.info("expired proposals %s", expired)


def build_scheduler(data_dir: Path | None = None) -> BackgroundScheduler:
    """A scheduler with the core jobs, not yet started.

    Retention runs at start and then daily; `data_dir` lets it drop backups that outlived it.
    """
    scheduler = BackgroundScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1}
    )
    scheduler.add_job(expire_proposals, "interval", seconds=60, id="expire_proposals")
    scheduler.add_job(
        partial(run_retention, data_dir),
        "interval",
        hours=24,
        id="retention",
        next_run_time=datetime.now(UTC),
    )
    return scheduler
