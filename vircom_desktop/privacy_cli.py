"""`privacy export` and `privacy erase`: a customer's data rights from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vircom_desktop.config import Settings
from vircom_desktop.domain import db, privacy
from vircom_desktop.domain.startup import open_database

CLI_ACTOR = "cli"


def run_privacy(settings: Settings, args: argparse.Namespace) -> int:
    """Serve one request; PrivacyError (exit 1) when it is refused."""
    if args.privacy_command == "erase" and not args.yes:
        raise privacy.PrivacyError("not_confirmed", "erasing needs --yes; nothing was changed")
    open_database(settings.database_url, timezone=settings.timezone)
    try:
        subject = privacy.find_by_phone(args.phone)
        if args.privacy_command == "export":
            _export(subject, args.out)
        else:
            _erase(subject)
    finally:
        db.close()
    return 0


def _export(subject: privacy.Subject, out: str | None) -> None:
    document = privacy.export(subject)
    if out is None:
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    path = Path(out)
    try:
        privacy.write_export(document, path)
    except OSError as error:
        raise privacy.PrivacyError(
            "cannot_write", f"cannot write {path}: {error.strerror or error}"
        ) from error
    print(path)


def _erase(subject: privacy.Subject) -> None:
    counts = privacy.erase(subject, actor=CLI_ACTOR)
    print(f"erased the personal data of {subject.phone}")
    notes = {
        "appointments": " (kept as anonymous records)",
        "audit_entries": " (details removed; the entries stay)",
    }
    for name, value in counts.as_dict().items():
        print(f"{name}: {value}{notes.get(name, '')}")
