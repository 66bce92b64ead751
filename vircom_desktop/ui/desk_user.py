"""Who is at the desk: the staff user picked in the status bar, named in the audit log.

Every booking or lifecycle step made from the desk records `DeskUser.actor`. With no staff
users defined, or nobody picked, the desk acts as the generic "escritorio" it always was.
Approvals do not rely on this choice: they still ask for the owner's PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from vircom_desktop.desk.lookups import StaffChoice
from vircom_desktop.ui.settings.people_tabs import role_names
from vircom_desktop.ui.state import UiState

DEFAULT_ACTOR = "escritorio"


class DeskUser(QObject):
    """The staff users who can sit at the desk and which one is there now (remembered)."""

    users_changed = Signal()
    changed = Signal()  # another person (or nobody) is at the desk

    def __init__(self, state: UiState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._users: tuple[StaffChoice, ...] = ()
        self._current: StaffChoice | None = None
        self._loaded = False

    @property
    def users(self) -> tuple[StaffChoice, ...]:
        return self._users

    @property
    def current(self) -> StaffChoice | None:
        return self._current

    @property
    def actor(self) -> str:
        """The name the audit log records for what the desk does now."""
        return self._current.name if self._current is not None else DEFAULT_ACTOR

    @property
    def technician_id(self) -> int | None:
        """The technician at the desk, when the person picked is one."""
        current = self._current
        return current.technician_id if current and current.role == "technician" else None

    def set_users(self, users: tuple[StaffChoice, ...]) -> None:
        """Fresh staff list: keep the person at the desk if still there; at start, the remembered one."""
        wanted = self._current.id if self._loaded and self._current else self._state.desk_user_id
        self._loaded = True
        self._users = users
        self.users_changed.emit()
        chosen = next((user for user in users if user.id == wanted), None)
        if chosen != self._current:
            self._current = chosen
            self.changed.emit()

    def select(self, user_id: int | None) -> None:
        """`user_id` sits at the desk now (None: nobody in particular); remembered for next time."""
        chosen = next((user for user in self._users if user.id == user_id), None)
        self._state.desk_user_id = chosen.id if chosen else None
        if chosen == self._current:
            return
        self._current = chosen
        self.changed.emit()


class DeskUserSelector(QWidget):
    """ "Atiende: [name]" for the status bar; hidden while there are no staff users."""

    def __init__(self, desk: DeskUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._init_widgets()
        self._connect_signals()
        self._fill()

    def _init_widgets(self) -> None:
        self.label = QLabel(self.tr("Atiende:"))
        self.combo = QComboBox()
        self.combo.setMinimumWidth(180)
        self.combo.setToolTip(
            self.tr("Quién está en el escritorio; su nombre queda en el historial de cambios")
        )
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)

    def _connect_signals(self) -> None:
        self._desk.users_changed.connect(self._fill)
        self._desk.changed.connect(self._show_current)
        self.combo.activated.connect(self._on_activated)

    def _fill(self) -> None:
        roles = role_names()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Sin identificar"), None)
        for user in self._desk.users:
            self.combo.addItem(user.name, user.id)
            self.combo.setItemData(
                self.combo.count() - 1, roles.get(user.role, ""), Qt.ItemDataRole.ToolTipRole
            )
        self.combo.blockSignals(False)
        self._show_current()
        self.setVisible(bool(self._desk.users))

    def _show_current(self) -> None:
        current = self._desk.current
        index = self.combo.findData(current.id) if current is not None else 0
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        self._desk.select(int(value) if value is not None else None)
