"""Where the desk's icons, themes and translations live, and small loaders for them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
THEMES_DIR = RESOURCES_DIR / "themes"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by name (without extension); empty when missing."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def stylesheet(theme: str) -> str:
    path = THEMES_DIR / f"{theme}.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""
