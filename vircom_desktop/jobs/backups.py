"""The automatic backup job: a verified copy whenever none is younger than a day (CONTRACT §1)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from vircom_desktop.backup import BackupError, BackupUnavailable, auto_backup
from vircom_desktop.config import Settings

log = logging.getLogger("vircom.jobs")

CHECK_EVERY_MINUTES = 60  # each hour: catches the quiet hour and a desk that slept


def backup_if_due(settings_of: Callable[[], Settings]) -> None:
    """Run by the scheduler at start and then hourly; the rule is `backup.backup_due`.

    `settings_of` is read at each run, so a keep count or copy folder changed in Ajustes
    applies at the next backup.
    """
    try:
        auto_backup(settings_of())
    except BackupUnavailable as error:  # `doctor` says so; not an error every hour
        log.info("no automatic backup: %s", error)
    except BackupError as error:
        log.error("automatic backup failed: %s", error)
