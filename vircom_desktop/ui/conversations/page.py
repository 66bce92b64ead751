"""Conversaciones: the list of conversations, the open thread, the composer and VircomBot's drafts.

Every database read and write runs through `Op` on a worker; drafts stream in from `drafts.py`.
The page refreshes itself from the event bridge and the change feed.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.config import Settings
from vircom_desktop.desk import console as store
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations.composer import Composer
from vircom_desktop.ui.conversations.draft_run import DraftRun, DraftState
from vircom_desktop.ui.conversations.drafts import Drafts
from vircom_desktop.ui.conversations.header import ConversationHeader
from vircom_desktop.ui.conversations.list_model import ConversationDelegate, ConversationListModel
from vircom_desktop.ui.conversations.new_chat import NewChatDialog
from vircom_desktop.ui.conversations.thread_view import ThreadView
from vircom_desktop.ui.tasks import LatestLoad, Op

log = logging.getLogger("vircom.ui")

REFRESH_DELAY_MS = 60  # a burst of events reloads once


class ConversationsPage(QWidget):
    """The chat console."""

    show_appointment = Signal(int)
    attention_count_changed = Signal(int)  # conversations needing a person or a review
    draft_finished = Signal(int)  # conversation id, once a draft run has ended
    reply_sent = Signal(int, int)  # conversation id, message id

    def __init__(
        self,
        settings: Settings,
        bridge: EventBridge | None = None,
        *,
        actor: str = "Recepción",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bridge = bridge
        self.actor = actor
        self.current_id: int | None = None
        self.shown: store.Thread | None = None  # the open conversation as last loaded
        self._touched_current = False
        self._draft_when_open: int | None = None
        self._select_after_load: int | None = None
        self.list_loader: LatestLoad[list[store.Summary]] = LatestLoad(
            self, self._list_loaded, on_failure=self._load_failed
        )
        self.thread_loader: LatestLoad[store.Thread] = LatestLoad(
            self, self._thread_loaded, on_failure=self._load_failed
        )
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.reload_list()

    # -- building ---------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.new_chat_button = QPushButton(self.tr("Nuevo chat"))
        self.new_chat_button.setToolTip(self.tr("Cliente por teléfono o en el mostrador (Ctrl+N)"))
        self.model = ConversationListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ConversationDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setMinimumWidth(280)
        self.header = ConversationHeader()
        self.thread_view = ThreadView()
        self.composer = Composer()
        self.draft_desk = Drafts(
            lambda: self.current_id,
            self.composer,
            self.thread_view,
            self.model,
            self,
        )
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)

    def _init_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_chat_button)
        left_layout.addWidget(self.list_view, 1)

        self.chat_splitter = QSplitter(Qt.Orientation.Vertical)
        self.chat_splitter.addWidget(self.thread_view)
        self.chat_splitter.addWidget(self.composer)
        self.chat_splitter.setStretchFactor(0, 1)
        self.chat_splitter.setStretchFactor(1, 0)
        self.chat_splitter.setSizes([560, 280])

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.chat_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _connect_signals(self) -> None:
        self.new_chat_button.clicked.connect(self.open_new_chat)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.header.mode_chosen.connect(self.set_mode)
        self.composer.customer_words_submitted.connect(self.add_customer_words)
        self.composer.send_requested.connect(self.send_reply)
        self.composer.regenerate_requested.connect(self.start_draft)
        self.composer.stop_requested.connect(self.stop_draft)
        self.thread_view.review_requested.connect(self.composer.load_draft)
        self.thread_view.retry_requested.connect(self.retry_message)
        self.thread_view.show_appointment.connect(self.show_appointment)
        self.thread_view.rename_customer.connect(self.rename_customer)
        self.refresh_timer.timeout.connect(self._refresh)
        self.draft_desk.conversation_changed.connect(self.reload_thread)
        self.draft_desk.run_finished.connect(self._draft_finished)
        self.draft_desk.store_failed.connect(self._write_failed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if self.bridge is not None:
            self.bridge.message_received.connect(self.conversation_touched)
            self.bridge.message_sent.connect(self.conversation_touched)
            self.bridge.conversation_changed.connect(self.conversation_touched)
            self.bridge.outbound_failed.connect(self.conversation_touched)
            self.bridge.appointment_changed.connect(self._visit_changed)

    # -- the list ---------------------------------------------------------------------------

    def reload_list(self) -> None:
        self.list_loader.request(store.load_summaries)

    def is_idle(self) -> bool:
        """No load, refresh or draft under way (tests and screenshots wait for this)."""
        return not (
            self.list_loader.busy()
            or self.thread_loader.busy()
            or self.refresh_timer.isActive()
            or self.draft_desk.running()
        )

    def _list_loaded(self, summaries: list[store.Summary]) -> None:
        wanted = self._select_after_load or self.current_id
        self.model.set_summaries(summaries)
        self.attention_count_changed.emit(
            sum(1 for s in summaries if s.needs_human or s.pending_drafts)
        )
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self._select_after_load = None
            blocker = wanted == self.current_id
            self.list_view.selectionModel().blockSignals(blocker)
            self.list_view.setCurrentIndex(self.model.index(row))
            self.list_view.selectionModel().blockSignals(False)
            if not blocker:
                self.open_conversation(self.model.summary(row).id)
        else:
            self._select_after_load = None

    def _load_failed(self, error: Exception) -> None:
        log.error("cannot load the conversations (open: %s): %s", self.current_id, error)
        self.composer.set_status(self.tr("No se pudieron cargar las conversaciones."))

    def select_conversation(self, conversation_id: int) -> None:
        """Open a conversation and select it in the list once it is there."""
        row = self.model.row_of(conversation_id)
        if row is None:
            self._select_after_load = conversation_id
            self.reload_list()
            return
        self.list_view.setCurrentIndex(self.model.index(row))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes:
            self.open_conversation(self.model.summary(indexes[0].row()).id)

    # -- the thread -------------------------------------------------------------------------

    def open_conversation(self, conversation_id: int) -> None:
        """Show a conversation; a draft being written for the one left goes on in the background."""
        if conversation_id == self.current_id:
            return
        self.draft_desk.keep_text(self.current_id)
        self.current_id = conversation_id
        self.shown = None
        self.thread_view.clear()
        summary_row = self.model.row_of(conversation_id)
        channel = self.model.summary(summary_row).channel if summary_row is not None else None
        self.composer.set_conversation(channel)
        self.reload_thread()

    def reload_thread(self) -> None:
        if self.current_id is None:
            return
        self.thread_loader.request(partial(store.load_thread, self.current_id))

    def _thread_loaded(self, thread: store.Thread) -> None:
        if thread.summary.id != self.current_id:
            return  # another conversation was opened meanwhile; its load is on its way
        first_load = self.shown is None
        self.shown = thread
        self.thread_view.set_messages(
            thread.messages,
            past_calls=thread.past_calls,
            delivers=thread.summary.channel != store.DESK,
            visit_statuses=thread.visit_statuses,
        )
        self.header.show_summary(thread.summary)
        if first_load:
            self.composer.set_conversation(thread.summary.channel)
            self.draft_desk.show(self.current_id, stored=store.latest_draft(thread))
        if self._draft_when_open == thread.summary.id:
            self._draft_when_open = None
            self.start_draft()

    def _visit_changed(self, appointment_id: int, *_: object) -> None:
        """A visit a card of the open conversation shows was approved, moved...: show it."""
        if self.thread_view.shows_visit(appointment_id):
            self.reload_thread()

    def conversation_touched(self, conversation_id: int, *_: object) -> None:
        """This process or another changed it: refresh the list, and the thread if open."""
        self._touched_current = self._touched_current or conversation_id == self.current_id
        self.refresh_timer.start()

    def _refresh(self) -> None:
        self.reload_list()
        if self._touched_current:
            self._touched_current = False
            self.reload_thread()

    # -- desk chats -------------------------------------------------------------------------

    def open_new_chat(self) -> NewChatDialog:
        """Ask for a phone or walk-in customer's details and first words (Nuevo chat)."""
        return NewChatDialog.ask(self, self.start_desk_chat)

    def start_desk_chat(self, phone: str, name: str, text: str) -> None:
        """Store the customer's first words, open their conversation and ask for a draft."""
        Op(self, partial(store.start_desk_chat, phone, name, text)).on_success(
            self._desk_chat_started
        ).on_failure(self._write_failed).run()

    def _desk_chat_started(self, conversation_id: int) -> None:
        """Draft a reply once the new chat's thread is shown (see `_thread_loaded`)."""
        self._draft_when_open = conversation_id
        self.select_conversation(conversation_id)
        self.reload_thread()  # the chat may be the one open already (a caller phoning again)

    def add_customer_words(self, text: str) -> None:
        if self.current_id is None:
            return
        conversation_id = self.current_id
        Op(self, partial(store.add_customer_words, conversation_id, text)).on_success(
            lambda _message_id: self._words_added(conversation_id)
        ).on_failure(self._write_failed).run()

    def _words_added(self, conversation_id: int) -> None:
        if conversation_id == self.current_id:
            self.reload_thread()
            self.start_draft()

    # -- drafting ---------------------------------------------------------------------------

    @property
    def drafts(self) -> dict[int, DraftState]:
        """The drafts kept in this console, by conversation."""
        return self.draft_desk.states

    @property
    def run(self) -> DraftRun | None:
        """The draft being written for the open conversation, if any."""
        return self.draft_desk.run_of(self.current_id)

    def start_draft(self) -> None:
        """Ask VircomBot for a reply to the latest customer message, streamed into the composer."""
        if self.current_id is not None:
            self.draft_desk.start(self.current_id, self.settings)

    def stop_draft(self) -> None:
        if self.draft_desk.stop(self.current_id):
            self.composer.set_status(self.tr("Deteniendo…"))

    def _draft_finished(self, conversation_id: int) -> None:
        self.reload_list()
        self.draft_finished.emit(conversation_id)

    def unsent_work(self) -> list[int]:
        """Conversations whose typed or drafting reply would be lost if the desk closed now."""
        return self.draft_desk.unsent(self.current_id)

    def shutdown(self) -> None:
        """Cancel the drafts in progress before the app quits (bounded: see `Drafts`)."""
        self.draft_desk.shutdown()

    # -- sending and modes ------------------------------------------------------------------

    def send_reply(self, text: str) -> None:
        if self.current_id is None or self.shown is None:
            return
        conversation_id = self.current_id
        reply = store.Reply(
            text,
            actor=self.actor,
            draft_id=self.composer.draft_message_id,
            unedited_draft=self.composer.is_unedited_draft(),
        )
        work = partial(store.send_reply, conversation_id, reply)
        self.composer.send_button.setEnabled(False)
        Op(self, work).on_success(partial(self._sent, conversation_id)).on_failure(
            self._send_failed
        ).run()

    def _sent(self, conversation_id: int, message_id: int) -> None:
        self.draft_desk.answered(conversation_id)
        if conversation_id == self.current_id:
            self.composer.reset_reply()
            self.composer.set_status(self.tr("Enviado."))
            self.reload_thread()
        self.reload_list()
        self.reply_sent.emit(conversation_id, message_id)

    def _send_failed(self, error: Exception) -> None:
        log.error("sending a reply failed: %s", error)
        self.composer.send_button.setEnabled(True)
        self.composer.set_status(
            self.tr("No se pudo enviar (revise la conexión del canal). El texto sigue aquí.")
        )

    def retry_message(self, message_id: int) -> None:
        """Send a failed message again through its channel's outbox."""
        conversation_id = self.current_id
        Op(self, partial(store.retry_message, message_id, actor=self.actor)).on_success(
            lambda _id: self._retried(conversation_id)
        ).on_failure(partial(self._retry_failed, message_id)).run()

    def _retried(self, conversation_id: int | None) -> None:
        if conversation_id == self.current_id:
            self.composer.set_status(self.tr("Mensaje en cola para reenviarse."))
            self.reload_thread()

    def _retry_failed(self, message_id: int, error: Exception) -> None:
        log.error("retrying message %s failed: %s", message_id, error)
        bubble = self.thread_view.bubble_of(message_id)
        if bubble is not None:
            bubble.retry_refused()
        self.composer.set_status(
            self.tr("No se pudo reintentar el envío; puede que ya se haya enviado.")
        )
        self.reload_thread()

    def rename_customer(self, customer_id: int, name: str) -> None:
        """Staff took the name the customer gave the bot (the record is never changed alone)."""
        Op(self, partial(store.rename_customer, customer_id, name)).on_success(
            self._customer_renamed
        ).on_failure(self._write_failed).run()

    def _customer_renamed(self, _none: object) -> None:
        self.reload_list()
        self.reload_thread()

    def _write_failed(self, error: Exception) -> None:
        log.error("the chat console could not save: %s", error)
        self.composer.set_status(self.tr("No se pudo guardar el cambio; vea el registro."))

    def set_mode(self, mode: str) -> None:
        if self.current_id is None:
            return
        Op(self, partial(store.set_mode, self.current_id, mode)).on_success(
            lambda _none: self.reload_thread()
        ).on_failure(self._write_failed).run()
