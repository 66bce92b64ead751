"""Resumen: the owner's week in figures beside the week before (one query each, in
`domain.summary`)."""

from __future__ import annotations

from vircom_desktop.domain.summary import Summary, WeekSummary, owner_summary, week_start

__all__ = ["Summary", "WeekSummary", "owner_summary", "week_start"]
