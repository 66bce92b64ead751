"""The main window: a sidebar of pages, the status bar, shortcuts and remembered geometry.

Pages are registered by key with `add_page(key, title, widget, icon)` in `_init_pages`; a page
may define `refresh()`, which F5 calls. Pages only draw and ask: they reach the core through
`vircom_desktop.desk` on workers (`ui.tasks.Op`) and hear about changes from the event bridge.

The person at the desk (`DeskUser`, picked in the status bar) is the `actor` of every change the
pages make; `_apply_desk_user` is the one place that hands it to them. `ChangeWatcher` reloads
what another process changed in the schedule or the conversations.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import (
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vircom_desktop import events
from vircom_desktop.config import Settings
from vircom_desktop.desk import first_run, shop_settings
from vircom_desktop.desk.agenda import PlacedVisits, pending_count, place_visits
from vircom_desktop.desk.first_run import FirstRunResult
from vircom_desktop.desk.lookups import staff_users
from vircom_desktop.domain.change_feed import POLL_SECONDS
from vircom_desktop.ui.agenda import AgendaPage
from vircom_desktop.ui.approvals import ApprovalsPage
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.change_watcher import ChangeWatcher
from vircom_desktop.ui.clients import ClientsPage
from vircom_desktop.ui.conversations import ConversationsPage
from vircom_desktop.ui.desk_user import DeskUser, DeskUserSelector
from vircom_desktop.ui.first_run import FirstRunWizard
from vircom_desktop.ui.owner_gate import DeskPresence, OwnerUnlock
from vircom_desktop.ui.phone_reminders import PhoneRemindersPage
from vircom_desktop.ui.resources import icon
from vircom_desktop.ui.settings import SettingsPage
from vircom_desktop.ui.state import UiState
from vircom_desktop.ui.summary import SummaryPage
from vircom_desktop.ui.tasks import Op
from vircom_desktop.ui.widgets import repolish

log = logging.getLogger("vircom.ui")

OLLAMA_CHECK_MS = 20_000  # with the runtime's 15 s cache: a dead server shows within ~35 s

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
JOBS_CHECK_MS = 5_000  # "Tareas en: …" follows a take-over within seconds


class RuntimeLike(Protocol):
    """What the window needs from the running core (`vircom_desktop.runtime.Runtime`)."""

    settings: Settings

    @property
    def listener_url(self) -> str | None: ...

    def ollama_status(self) -> str: ...

    def jobs_host(self) -> str | None: ...


ASSUMED_FRAME = QSize(0, 40)  # a title bar, until the window manager says


def fit_window(available: QRect, frame: QRect) -> QRect:
    """`frame` (the window with its title bar) moved and shrunk to lie inside `available`."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() + 1 - width)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


class CloseGuard(Protocol):
    def keep_running_on_close(self) -> bool: ...


class BadgeDelegate(QStyledItemDelegate):
    """Draws a count badge at the right of a navigation item (e.g. pending approvals)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not count:
            return
        text = str(count) if count < 100 else "99+"
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = max(22, metrics.horizontalAdvance(text) + 12)
        height = metrics.height() + 4
        rect = QRect(
            option.rect.right() - width - 14,
            option.rect.center().y() - height // 2,
            width,
            height,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d97706"))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class MainWindow(QMainWindow):
    """Navigation between Agenda, Conversaciones, Aprobaciones, Clientes and Ajustes."""

    page_changed = Signal(str)
    closed = Signal()  # the window really closed (not hidden to the tray)

    def __init__(
        self,
        runtime: Any,
        bridge: EventBridge,
        *,
        state: UiState | None = None,
        watch_poll_seconds: float | None = None,
    ) -> None:
        super().__init__()
        self.runtime = runtime
        self.bridge = bridge
        self.state = state or UiState(runtime.settings.data_dir / "ui.ini")
        self.desk_user = DeskUser(self.state, self)
        self.change_watcher = ChangeWatcher(
            bridge,
            runtime.settings.database_url,
            POLL_SECONDS if watch_poll_seconds is None else watch_poll_seconds,
            self,
        )
        self._jobs_timer = QTimer(self)
        self.close_guard: CloseGuard | None = None
        self.first_run_wizard: FirstRunWizard | None = None
        self._close_confirmed = False
        self._pages: dict[str, QWidget] = {}
        self._pending_timer = QTimer(self)
        self._ollama_timer = QTimer(self)  # the periodic check between real requests
        self._last_request_state = QElapsedTimer()
        self._init_navigation()
        self._init_pages()
        self._init_status_bar()
        self._init_shortcuts()
        self._connect_signals()
        self._restore_state()

    # -- construction ---------------------------------------------------------------------------

    def _init_navigation(self) -> None:
        self.setWindowTitle(self.tr("Vircom Desk"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(960, 600))
        self.navigation = QListView()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setItemDelegate(BadgeDelegate(self.navigation))
        self.navigation.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.navigation.setMinimumWidth(214)  # room for the longest entry beside its badge
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._navigation_model = QStandardItemModel(self)
        self.navigation.setModel(self._navigation_model)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([214, 1200])
        self.setCentralWidget(self.splitter)

    def _init_pages(self) -> None:
        # One owner unlock for the whole window: a PIN typed once serves every owner-only action
        # while the same person stays at the desk, using it.
        self.owner_unlock = OwnerUnlock()
        self.owner_unlock.at_desk(self.desk_user.actor)
        self.desk_presence = DeskPresence(self.owner_unlock, self)
        self.agenda = AgendaPage(
            self.bridge,
            actor=self.desk_user.actor,
            owner_unlock=self.owner_unlock,
            view=self.state.agenda_view,
        )
        self.clients = ClientsPage(
            self.bridge, unlock=self.owner_unlock, actor=lambda: self.desk_user.actor
        )
        settings = self.runtime.settings
        self.conversations = ConversationsPage(settings, self.bridge, actor=self.desk_user.actor)
        self.approvals = ApprovalsPage(self.bridge, unlock=self.owner_unlock)
        self.phone_reminders = PhoneRemindersPage(self.bridge, actor=self.desk_user.actor)
        self.settings_page = SettingsPage(settings, self.bridge, unlock=self.owner_unlock)
        self.summary = SummaryPage(self.bridge)
        self.add_page("agenda", self.tr("Agenda"), self.agenda, icon("agenda"))
        self.add_page(
            "conversations", self.tr("Conversaciones"), self.conversations, icon("conversations")
        )
        self.add_page("approvals", self.tr("Aprobaciones"), self.approvals, icon("approvals"))
        self.add_page("clients", self.tr("Clientes"), self.clients, icon("clients"))
        self.add_page(
            "phone_reminders",
            self.tr("Recordatorios"),
            self.phone_reminders,
            icon("phone_reminders"),
        )
        self.add_page("summary", self.tr("Resumen"), self.summary, icon("summary"))
        self.add_page("settings", self.tr("Ajustes"), self.settings_page, icon("settings"))

    def _init_status_bar(self) -> None:
        self.ollama_label = QLabel()
        self.ollama_label.setObjectName("ollamaStatus")
        self.listener_label = QLabel()
        self.pending_label = QLabel()
        self.jobs_label = QLabel()
        self.model_queue_label = QLabel()
        self.desk_user_selector = DeskUserSelector(self.desk_user)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.desk_user_selector)
        bar.addPermanentWidget(self.model_queue_label)
        bar.addPermanentWidget(self.pending_label)
        bar.addPermanentWidget(self.jobs_label)
        bar.addPermanentWidget(self.listener_label)
        bar.addPermanentWidget(self.ollama_label)
        self.set_ollama_state("checking")
        self.set_listener_url(self.runtime.listener_url)
        self.set_pending_count(0)
        self.set_model_queue(1, 0, 0)

    def _init_shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        keys = list(self._pages)
        for number, key in enumerate(keys[:9], start=1):
            self._shortcut(
                f"page:{key}", QKeySequence(f"Ctrl+{number}"), partial(self.show_page, key)
            )
        self._shortcut("new_visit", QKeySequence.StandardKey.New, self.new_for_page)
        self._shortcut("refresh", QKeySequence.StandardKey.Refresh, self.refresh_current)
        self._shortcut("today", QKeySequence("Ctrl+T"), self.go_today)

    def _shortcut(
        self, name: str, sequence: QKeySequence | QKeySequence.StandardKey, slot: Any
    ) -> None:
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        self.shortcuts[name] = shortcut

    def _connect_signals(self) -> None:
        self.navigation.selectionModel().currentChanged.connect(self._on_navigation_changed)
        self.clients.edit_requested.connect(self.agenda.open_visit)
        self.conversations.show_appointment.connect(self.show_visit)
        self.conversations.attention_count_changed.connect(partial(self.set_badge, "conversations"))
        self.approvals.show_appointment.connect(self.show_visit)
        self.approvals.pending_count_changed.connect(self.set_pending_count)
        self.phone_reminders.count_changed.connect(partial(self.set_badge, "phone_reminders"))
        self.phone_reminders.edit_requested.connect(self.show_visit)
        self.settings_page.settings_saved.connect(self._apply_settings)
        self.settings_page.first_run_requested.connect(self.open_first_run)
        self.agenda.view_changed.connect(self._remember_agenda_view)
        self.agenda.setup_requested.connect(self.show_missing_setup)
        self.agenda.demo_requested.connect(self.load_demo_shop)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.setInterval(100)
        self._pending_timer.timeout.connect(self.refresh_pending_count)
        self.bridge.appointment_changed.connect(self._pending_timer.start)
        self.bridge.settings_changed.connect(self.refresh_staff)
        self.bridge.model_status.connect(self._model_answered)
        self.bridge.model_state.connect(self._model_answered)  # the warm-up job's requests
        self._ollama_timer.setInterval(OLLAMA_CHECK_MS)
        self._ollama_timer.timeout.connect(self.check_ollama)
        self.bridge.model_queue_changed.connect(self.set_model_queue)
        self.desk_user.changed.connect(self._apply_desk_user)
        self.change_watcher.schedule_changed.connect(self._on_foreign_schedule_change)
        self.change_watcher.conversations_changed.connect(self._on_foreign_conversation_change)
        self._jobs_timer.setInterval(JOBS_CHECK_MS)
        self._jobs_timer.timeout.connect(self.refresh_jobs_host)

    # -- pages ----------------------------------------------------------------------------------

    def add_page(
        self, key: str, title: str, widget: QWidget, page_icon: QIcon | None = None
    ) -> None:
        """Register a page under `key` with its sidebar entry."""
        if key in self._pages:
            raise ValueError(f"page {key!r} already exists")
        item = QStandardItem(page_icon or QIcon(), title)
        item.setData(key, KEY_ROLE)
        item.setEditable(False)
        self._navigation_model.appendRow(item)
        self._pages[key] = widget
        self.stack.addWidget(widget)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def page_keys(self) -> list[str]:
        return list(self._pages)

    def current_page(self) -> str:
        index = self.navigation.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else ""

    def show_page(self, key: str) -> None:
        row = self.page_keys().index(key)
        self.navigation.setCurrentIndex(self._navigation_model.index(row, 0))

    def _on_navigation_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = str(current.data(KEY_ROLE))
        self.stack.setCurrentWidget(self._pages[key])
        self.state.last_page = key
        self.page_changed.emit(key)

    def set_badge(self, key: str, count: int) -> None:
        """Show `count` on the page's sidebar entry (0 hides it)."""
        row = self.page_keys().index(key)
        self._navigation_model.item(row).setData(count, BADGE_ROLE)

    # -- actions --------------------------------------------------------------------------------

    def show_visit(self, visit_id: int) -> None:
        self.show_page("agenda")
        self.agenda.open_visit(visit_id)

    @property
    def actor(self) -> str:
        """Who the audit log names for what the desk does now."""
        return self.desk_user.actor

    def _apply_desk_user(self) -> None:
        """Hand the person at the desk to the pages; a technician lands on their own day.

        Another person at the desk also ends an owner's unlock: it was theirs, not the desk's.
        """
        self.owner_unlock.at_desk(self.desk_user.actor)
        self.agenda.actor = self.desk_user.actor
        self.conversations.actor = self.desk_user.actor
        self.phone_reminders.actor = self.desk_user.actor
        technician_id = self.desk_user.technician_id
        self.agenda.show_technician_day(technician_id)
        if technician_id is not None:
            self.show_page("agenda")

    def show_missing_setup(self) -> None:
        """Ajustes at the tab an empty shop needs first: its technicians."""
        self.show_page("settings")
        self.settings_page.show_tab(self.settings_page.technicians_tab)

    def load_demo_shop(self) -> None:
        """Fill an empty shop with the example shop (never touches one that has data)."""
        self.agenda.demo_button.setEnabled(False)
        Op(self, first_run.load_demo).on_success(self._demo_loaded).on_failure(
            self._demo_failed
        ).run()

    def _demo_loaded(self, loaded: bool) -> None:
        self.agenda.demo_button.setEnabled(True)
        if not loaded:
            self.statusBar().showMessage(
                self.tr("El taller ya tiene datos: no se cargó el ejemplo."), 8000
            )
        self.bridge.settings_changed.emit()  # Ajustes, the agenda and «Atiende» reload
        self.approvals.reload()
        self.conversations.reload_list()

    def _demo_failed(self, error: Exception) -> None:
        log.error("loading the example shop failed: %s", error)
        self.agenda.demo_button.setEnabled(True)
        self.statusBar().showMessage(self.tr("No se pudo cargar el taller de ejemplo."), 8000)

    def refresh_staff(self) -> None:
        """Load the staff users for the "Atiende" selector (off the GUI thread)."""
        Op(self, staff_users).on_success(self.desk_user.set_users).run()

    def _on_foreign_schedule_change(self, visits: frozenset[int] | None) -> None:
        """Another process changed these visits: the agenda reloads only if it shows one."""
        self.approvals.reload()
        self.phone_reminders.refresh()
        self.refresh_pending_count()
        if visits is None:
            self.agenda.refresh()
            return
        Op(self, partial(place_visits, visits)).on_success(self._foreign_visits_placed).run()

    def _foreign_visits_placed(self, placed: PlacedVisits) -> None:
        first, last = self.agenda.visible_days()
        if placed.missing or any(first <= day <= last for day in placed.days):
            self.agenda.refresh()

    def _on_foreign_conversation_change(self, conversations: frozenset[int] | None) -> None:
        if conversations is None:
            self.conversations.reload_list()
            return
        for conversation_id in sorted(conversations):
            self.conversations.conversation_touched(conversation_id)

    def _apply_settings(self, settings: Settings) -> None:
        """Settings saved in Ajustes take effect now (the listener's address at the next start)."""
        self.runtime.settings = settings
        self.conversations.settings = settings
        shop_settings.use_desk_settings(settings)

    def new_for_page(self) -> None:
        """Ctrl+N: a new chat on Conversaciones, a new visit everywhere else."""
        if self.current_page() == "conversations":
            self.conversations.open_new_chat()
            return
        self.new_visit()

    def new_visit(self) -> None:
        self.show_page("agenda")
        self.agenda.new_visit()

    def go_today(self) -> None:
        self.show_page("agenda")
        self.agenda.go_today()

    def refresh_current(self) -> None:
        page = self._pages.get(self.current_page())
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.refresh_pending_count()

    def start_background_checks(self) -> None:
        """The slow start-up work, after the window is on screen: data, Ollama, counts."""
        self.agenda.refresh()
        self.clients.refresh()
        self.phone_reminders.refresh()
        self.refresh_pending_count()
        self.refresh_staff()
        self.change_watcher.start()
        self.refresh_jobs_host()
        self._jobs_timer.start()
        self.check_ollama()
        self._ollama_timer.start()

    def check_ollama(self) -> None:
        """Ask whether the model answers (off the GUI thread); the status bar shows the answer."""
        Op(self, self.runtime.ollama_status).on_success(self._checked_ollama).on_failure(
            self._ollama_check_failed
        ).run()

    def offer_first_run(self) -> None:
        """Open the first-run assistant when the database is empty (a shop's first start)."""
        Op(self, first_run.needs_first_run).on_success(self._first_run_needed).on_failure(
            lambda error: log.info("could not tell whether the shop is empty: %s", error)
        ).run()

    def _first_run_needed(self, needed: bool) -> None:
        if needed:
            self.open_first_run()

    def open_first_run(self) -> FirstRunWizard:
        """The first-run assistant, window-modal; Ajustes opens it again on request."""
        wizard = FirstRunWizard(self.runtime.settings, self)
        wizard.finished_setup.connect(self._first_run_done)
        wizard.finished.connect(wizard.deleteLater)
        self.first_run_wizard = wizard
        wizard.open()
        return wizard

    def _first_run_done(self, result: FirstRunResult) -> None:
        if result.ollama:
            settings = replace(self.runtime.settings, **result.ollama)
            self._apply_settings(settings)
            self.settings_page.load_settings(settings)
        events.hub.publish(events.SETTINGS_CHANGED)
        self.agenda.refresh()
        self.clients.refresh()
        self.conversations.reload_list()
        self.refresh_pending_count()

    def _model_answered(self, state: str) -> None:
        """A real request just told how the model is: it outranks the checks for a while."""
        self._last_request_state.start()
        self.set_ollama_state(state)

    def _checked_ollama(self, state: str) -> None:
        # The runtime caches its check for a few seconds; a real request since then knows better.
        recent = self._last_request_state.isValid() and (
            self._last_request_state.elapsed() < OLLAMA_CHECK_MS
        )
        if not recent:
            self.set_ollama_state(state)

    def _ollama_check_failed(self, error: Exception) -> None:
        log.warning("Ollama check failed: %s", error)
        self.set_ollama_state("unreachable")

    def refresh_pending_count(self) -> None:
        Op(self, pending_count).on_success(self.set_pending_count).run()

    # -- status bar -----------------------------------------------------------------------------

    def set_ollama_state(self, state: str) -> None:
        """'ok', 'unreachable', 'model_missing' or 'checking', with a hint in the tooltip."""
        settings = self.runtime.settings
        texts = {
            "ok": (self.tr("Ollama: listo"), self.tr("Modelo {model} en {url}")),
            "unreachable": (
                self.tr("Ollama: sin conexión"),
                self.tr("Revise que Ollama esté corriendo en {url}"),
            ),
            "model_missing": (
                self.tr("Ollama: falta el modelo"),
                self.tr("Descárguelo con: ollama pull {model}"),
            ),
            "timeout": (
                self.tr("Ollama: no responde a tiempo"),
                self.tr("El modelo tarda demasiado; revise la carga del equipo donde corre"),
            ),
            "no_tools": (
                self.tr("Ollama: modelo sin herramientas"),
                self.tr("Use un modelo con herramientas, por ejemplo llama3.1"),
            ),
            "checking": (self.tr("Ollama: comprobando…"), ""),
            "loading": (
                self.tr("Ollama: cargando modelo…"),
                self.tr("Cargando {model} en memoria para responder sin esperas"),
            ),
        }
        text, hint = texts.get(state, texts["unreachable"])
        self.ollama_label.setText("● " + text)
        self.ollama_label.setToolTip(
            hint.format(model=settings.ollama_model, url=settings.ollama_url)
        )
        repolish(self.ollama_label, state=state)  # the theme colours the light by state

    def refresh_jobs_host(self) -> None:
        """Ask the core which host runs the background jobs (reminders, backups, expiry)."""
        Op(self, self.runtime.jobs_host).on_success(self.set_jobs_host).run()

    def set_jobs_host(self, host: str | None) -> None:
        if host:
            self.jobs_label.setText(self.tr("Tareas en: {host}").format(host=host))
            self.jobs_label.setToolTip(
                self.tr(
                    "Recordatorios, copias de seguridad y vencimientos corren en {host}"
                ).format(host=host)
            )
        else:
            self.jobs_label.setText(self.tr("Tareas: sin equipo a cargo"))
            self.jobs_label.setToolTip(
                self.tr("Ningún escritorio ni servidor está ejecutando las tareas automáticas")
            )
        self.jobs_label.setVisible(True)

    def set_listener_url(self, url: str | None) -> None:
        if url:
            self.listener_label.setText(self.tr("Escuchando en {url}").format(url=url))
        else:
            self.listener_label.setText(self.tr("Servidor detenido"))

    def set_pending_count(self, count: int) -> None:
        self.set_badge("approvals", count)
        self.pending_label.setText(
            self.tr("Sin aprobaciones pendientes")
            if count == 0
            else self.tr("1 aprobación pendiente")
            if count == 1
            else self.tr("{count} aprobaciones pendientes").format(count=count)
        )

    def set_model_queue(self, slots: int, running: int, waiting: int) -> None:
        """How many requests wait for the model (see agent.slots); hidden while none does."""
        self.model_queue_label.setVisible(waiting > 0)
        self.model_queue_label.setText(
            self.tr("VircomBot: {count} en espera").format(count=waiting)
        )
        self.model_queue_label.setToolTip(
            self.tr(
                "{running} de {slots} consultas al modelo en curso; las demás esperan su turno "
                "(primero el escritorio, luego los clientes, luego las tareas de fondo)."
            ).format(running=running, slots=slots)
        )

    # -- state ----------------------------------------------------------------------------------

    def _remember_agenda_view(self, view: str) -> None:
        self.state.agenda_view = view

    def _restore_state(self) -> None:
        geometry = self.state.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = self.state.splitter_state
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.clamp_to_screen()
        last = self.state.last_page
        self.show_page(last if last in self._pages else "agenda")

    def clamp_to_screen(self) -> None:
        """Keep the window, title bar included, inside the screen's available area (not under
        a panel or the taskbar), on a screen that exists now and no larger than it."""
        handle = self.windowHandle()
        screen = self.screen() or (handle.screen() if handle is not None else None)
        if screen is None:
            return
        extra = self.frameGeometry().size() - self.geometry().size()
        if not self.isVisible() and extra.isNull():
            extra = ASSUMED_FRAME  # the window manager's frame is only known once shown
        frame = self.frameGeometry()
        if frame.size() == self.size():
            frame.setSize(self.size() + extra)
        frame = fit_window(screen.availableGeometry(), frame)
        size = frame.size() - extra
        if size != self.size():
            self.resize(size)
        if frame.topLeft() != self.frameGeometry().topLeft():
            self.move(frame.topLeft())

    def save_state(self) -> None:
        self.state.window_geometry = self.saveGeometry()
        self.state.splitter_state = self.splitter.saveState()
        self.state.sync()

    def unsent_work(self) -> tuple[list[int], bool]:
        """What closing now would lose: conversations with a typed reply, and a visit's edits."""
        editor = self.agenda.editor
        editing = editor is not None and editor.isVisible() and editor.has_unsaved_edits()
        return self.conversations.unsent_work(), editing

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        confirmed, self._close_confirmed = self._close_confirmed, False
        if not confirmed:
            if self.close_guard is not None and self.close_guard.keep_running_on_close():
                event.ignore()
                self.hide()
                return
            chats, editing = self.unsent_work()
            if chats or editing:
                event.ignore()
                self._ask_before_losing(len(chats), editing)
                return
        self.change_watcher.stop()
        self._jobs_timer.stop()
        self._ollama_timer.stop()
        super().closeEvent(event)
        self.closed.emit()

    def _ask_before_losing(self, chats: int, editing: bool) -> None:
        box = QMessageBox(self)
        box.setObjectName("unsentWorkBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Hay trabajo sin guardar"))
        parts = []
        if chats:
            parts.append(
                self.tr("una respuesta sin enviar en 1 conversación")
                if chats == 1
                else self.tr("respuestas sin enviar en {count} conversaciones").format(count=chats)
            )
        if editing:
            parts.append(self.tr("cambios sin guardar en una visita"))
        box.setText(
            self.tr("Tiene {what}. ¿Cerrar de todos modos? Se perderán.").format(
                what=self.tr(" y ").join(parts)
            )
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Cerrar sin guardar"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Volver"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(partial(self._lose_work_answered, box))
        box.open()

    def _lose_work_answered(self, box: QMessageBox, button: object) -> None:
        if button is box.button(QMessageBox.StandardButton.Discard):
            self._close_confirmed = True
            QTimer.singleShot(0, self.close)
