"""ui/ draws and asks: no storage or network module in it, and the core reached through desk/.

Read from the source (no import), so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "vircom_desktop" / "ui"

# Storage and network: only the core talks to them.
FORBIDDEN = (
    "peewee",
    "playhouse",
    "psycopg2",
    "sqlite3",
    "httpx",
    "ollama",
    "starlette",
    "uvicorn",
    "vircom_desktop.domain.models",
    "vircom_desktop.domain.db",
)

# What a screen may take from the core besides desk/: plain values, their errors, constants and
# pure helpers. None: the whole module (time helpers, vocabularies, settings, the event hub).
PLAIN: dict[str, frozenset[str] | None] = {
    "vircom_desktop.config": None,
    "vircom_desktop.events": None,  # ui/bridge.py turns the hub's events into Qt signals
    "vircom_desktop.agent.events": None,  # what a draft run reports, as values
    "vircom_desktop.domain.clock": None,
    "vircom_desktop.domain.statuses": None,
    "vircom_desktop.domain.availability": frozenset({"AvailabilityError", "Slot"}),
    "vircom_desktop.domain.booking": frozenset({"BookingError", "MAX_DURATION", "VisitRequest"}),
    # ui/change_watcher.py is the Qt side of the core's change feed, as bridge.py is of events.
    "vircom_desktop.domain.change_feed": frozenset({"ChangeFeed", "Changes", "POLL_SECONDS"}),
    "vircom_desktop.domain.day_sheet": frozenset({"DaySheet", "SheetVisit", "TechnicianDay"}),
    "vircom_desktop.domain.first_run": frozenset(
        {
            "USUAL_SERVICES",
            "FirstRunSetup",
            "HoursSetup",
            "ServiceSetup",
            "SetupError",
            "TechnicianSetup",
        }
    ),
    "vircom_desktop.domain.owner_unlock": frozenset({"OwnerUnlock"}),
    "vircom_desktop.domain.policy": frozenset({"BookingPolicy", "PrivacyPolicy", "ShopProfile"}),
    "vircom_desktop.domain.privacy_notice": frozenset({"NOTICE"}),
    "vircom_desktop.domain.reminder_hours": frozenset({"parse_reminder_hours"}),
}
# `make screenshots` opens a database and stages its scenes like a test; its data comes from
# desk.scenes, and it is held to FORBIDDEN like every file here.
SCENES = UI / "screenshots"


def _imports(path: Path) -> Iterator[tuple[str, str | None, int]]:
    """(module, imported name or None for the module itself, line) for every import."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                yield node.module, alias.name, node.lineno


def _sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def _forbidden(module: str, name: str | None) -> bool:
    targets = {module, f"{module}.{name}"} if name else {module}
    return any(t == f or t.startswith(f + ".") for t in targets for f in FORBIDDEN)


def test_no_ui_module_imports_storage_or_network() -> None:
    found = [
        f"{path.relative_to(UI)}:{line}: {module} {name or ''}"
        for path in _sources()
        for module, name, line in _imports(path)
        if _forbidden(module, name)
    ]
    assert found == []


def _allowed(module: str, name: str | None) -> bool:
    if module.startswith(("vircom_desktop.ui", "vircom_desktop.desk")):
        return True
    if module == "vircom_desktop" or module == "vircom_desktop.domain":
        # `from vircom_desktop.domain import clock`: the name is a module.
        return name is not None and _allowed(f"{module}.{name}", None)
    if module not in PLAIN:
        return not module.startswith("vircom_desktop")
    names = PLAIN[module]
    return names is None or (name is not None and name in names)


def test_screens_reach_the_core_through_desk() -> None:
    found = [
        f"{path.relative_to(UI)}:{line}: {module} {name or ''}"
        for path in _sources()
        if SCENES not in path.parents
        for module, name, line in _imports(path)
        if not _allowed(module, name)
    ]
    assert found == []


def test_the_checks_see_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def later():\n    from vircom_desktop.domain.models import Appointment\n"
        "from vircom_desktop.domain import booking\n",
        encoding="utf-8",
    )
    imports = list(_imports(sample))
    assert ("vircom_desktop.domain.models", "Appointment", 2) in imports
    assert _forbidden("vircom_desktop.domain.models", "Appointment")
    assert _forbidden("vircom_desktop.domain", "db") and _forbidden("httpx", None)
    assert not _forbidden("vircom_desktop.domain", "clock")
    assert not _allowed("vircom_desktop.domain", "booking")
    assert _allowed("vircom_desktop.domain", "clock")
