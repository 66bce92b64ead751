"""What the desk remembers between runs (window geometry, last view...), in one typed place.

Stored in `<data dir>/ui.ini` with QSettings, so each data dir (and each test) has its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiState:
    """Typed accessors over the desk's QSettings file."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    @property
    def last_page(self) -> str:
        return str(self._settings.value("window/page", "agenda"))

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._settings.setValue("window/page", value)

    @property
    def agenda_view(self) -> str:
        return str(self._settings.value("agenda/view", "day"))

    @agenda_view.setter
    def agenda_view(self, value: str) -> None:
        self._settings.setValue("agenda/view", value)

    @property
    def desk_user_id(self) -> int | None:
        """The staff user last at this desk, None when nobody was picked."""
        value = self._settings.value("desk/user_id")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @desk_user_id.setter
    def desk_user_id(self, value: int | None) -> None:
        if value is None:
            self._settings.remove("desk/user_id")
        else:
            self._settings.setValue("desk/user_id", value)

    @property
    def close_to_tray(self) -> bool | None:
        """None until the user has been asked."""
        value = self._settings.value("tray/close_to_tray")
        if value is None:
            return None
        return str(value).lower() in ("true", "1")

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._settings.setValue("tray/close_to_tray", value)

    def sync(self) -> None:
        self._settings.sync()
