"""The shop's routine from the agenda and Ajustes: the day sheet, the visits as CSV, backups.

The same functions run `day-sheet`, `export` and `backup` on the command line and the automatic
backups; the desk only calls them on a worker.
"""

from __future__ import annotations

from vircom_desktop.backup import BackupFile, auto_backup, latest_backup
from vircom_desktop.domain.day_sheet import DaySheet, build_day_sheet
from vircom_desktop.export import MAX_DAYS, export_to_file

__all__ = [
    "MAX_DAYS",
    "BackupFile",
    "DaySheet",
    "auto_backup",
    "build_day_sheet",
    "export_to_file",
    "latest_backup",
]
