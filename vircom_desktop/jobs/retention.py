"""The daily retention job: old conversations age out, and so do old automatic backups."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from vircom_desktop.domain import retention

log = logging.getLogger("vircom.jobs")

BACKUP_SUFFIXES = (".db",)


def prune_backups(backups_dir: Path, before: datetime) -> list[Path]:
    """Delete the backups in `backups_dir` written before `before`; returns what went.

    A backup holds customers' words too: keeping it past the retention would keep them.
    """
    if not backups_dir.is_dir():
        return []
    removed = []
    for path in sorted(backups_dir.iterdir()):
        if not path.is_file() or path.suffix not in BACKUP_SUFFIXES:
            continue
        written = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if written < before:
            path.unlink()
            removed.append(path)
    if removed:
        log.info("removed %d backups older than the retention", len(removed))
    return removed


def run_retention(data_dir: Path | None) -> None:
    """Anonymise data older than the retention, then drop backups older than it."""
    result = retention.apply_retention()
    if any(result.as_dict().values()):
        log.info("retention: %s", result.as_dict())
    if data_dir is not None:
        prune_backups(data_dir / "backups", retention.cutoff())
