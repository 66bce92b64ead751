"""The audit log: who changed what, written in the same transaction as the change."""

from __future__ import annotations

from typing import Any

import peewee as pw

from vircom_desktop.domain.models import AuditLog


def record(
    actor: str, action: str, entity: pw.Model, details: dict[str, Any] | None = None
) -> None:
    AuditLog.create(
        actor=actor,
        action=action,
        entity=entity._meta.table_name,
        entity_id=entity.get_id(),
        details=details or None,
    )
