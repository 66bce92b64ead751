"""Conversaciones: the list of conversations, the open thread, the composer and VircomBot's drafts.

Every database read and write runs through `Op` on a worker; VircomBot drafts on a `DraftRun`
thread whose tokens arrive as queued signals. The page refreshes itself from the event bridge
when a channel stores a message or a conversation changes.
"""

from __future__ import annotations

import html
import logging
from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.agent.events import AgentResult
from vircom_desktop.config import Settings
from vircom_desktop.domain.models import CONVERSATION_MODES
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.conversations import store
from vircom_desktop.ui.conversations.composer import Composer
from vircom_desktop.ui.conversations.draft_run import CardState, DraftRun, DraftState
from vircom_desktop.ui.conversations.formatting import channel_name, mode_name
from vircom_desktop.ui.conversations.list_model import ConversationDelegate, ConversationListModel
from vircom_desktop.ui.conversations.new_chat import NewChatDialog
from vircom_desktop.ui.conversations.thread_view import ThreadView
from vircom_desktop.ui.tasks import Op

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
        self.drafts: dict[int, DraftState] = {}  # by conversation; runs go on in the background
        self._touched_current = False
        self._draft_when_open: int | None = None
        self._select_after_load: int | None = None
        self._list_busy = False
        self._list_stale = False
        self._thread_busy = False
        self._thread_stale = False
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
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.channel_label = QLabel()
        self.attention_label = QLabel()
        self.attention_label.setWordWrap(True)
        self.attention_label.setStyleSheet("color: #b91c1c; font-weight: 600;")
        self.attention_label.hide()
        self.attention_label.setTextFormat(Qt.TextFormat.RichText)
        # The technical side of a failure (hint, error) waits behind "Detalles".
        self.attention_details = QLabel()
        self.attention_details.setWordWrap(True)
        self.attention_details.setObjectName("placeholder")
        self.attention_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attention_details.hide()
        self.mode_combo = QComboBox()
        for mode in CONVERSATION_MODES:
            self.mode_combo.addItem(mode_name(mode), mode)
        self.mode_combo.setToolTip(
            self.tr(
                "Automático: VircomBot responde solo. Borrador: el equipo revisa cada respuesta."
                " Manual: responde el equipo."
            )
        )
        self.take_over_button = QPushButton(self.tr("Tomar control"))
        self.give_back_button = QPushButton(self.tr("Devolver al bot"))
        self.thread_view = ThreadView()
        self.composer = Composer()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)

    def _init_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_chat_button)
        left_layout.addWidget(self.list_view, 1)

        header = QHBoxLayout()
        header.setContentsMargins(8, 0, 0, 0)
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.channel_label)
        header.addLayout(titles, 1)
        self.mode_label = QLabel(self.tr("Modo:"))
        self.desk_note = QLabel(self.tr("El equipo revisa y entrega cada respuesta."))
        self.desk_note.setStyleSheet("color: palette(mid);")
        header.addWidget(self.desk_note)
        header.addWidget(self.mode_label)
        header.addWidget(self.mode_combo)
        header.addWidget(self.take_over_button)
        header.addWidget(self.give_back_button)

        self.chat_splitter = QSplitter(Qt.Orientation.Vertical)
        self.chat_splitter.addWidget(self.thread_view)
        self.chat_splitter.addWidget(self.composer)
        self.chat_splitter.setStretchFactor(0, 1)
        self.chat_splitter.setStretchFactor(1, 0)
        self.chat_splitter.setSizes([560, 280])

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.attention_label)
        right_layout.addWidget(self.attention_details)
        right_layout.addWidget(self.chat_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._show_header(None)

    def _connect_signals(self) -> None:
        self.new_chat_button.clicked.connect(self.open_new_chat)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.mode_combo.activated.connect(self._mode_chosen)
        self.take_over_button.clicked.connect(self.take_over)
        self.give_back_button.clicked.connect(self.give_back)
        self.composer.customer_words_submitted.connect(self.add_customer_words)
        self.composer.send_requested.connect(self.send_reply)
        self.composer.regenerate_requested.connect(self.start_draft)
        self.composer.stop_requested.connect(self.stop_draft)
        self.thread_view.review_requested.connect(self.composer.load_draft)
        self.thread_view.retry_requested.connect(self.retry_message)
        self.thread_view.show_appointment.connect(self.show_appointment)
        self.attention_label.linkActivated.connect(self._toggle_attention_details)
        self.thread_view.rename_customer.connect(self.rename_customer)
        self.refresh_timer.timeout.connect(self._refresh)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if self.bridge is not None:
            self.bridge.message_received.connect(self._conversation_touched)
            self.bridge.message_sent.connect(self._conversation_touched)
            self.bridge.conversation_changed.connect(self._conversation_touched)
            self.bridge.outbound_failed.connect(self._conversation_touched)
            self.bridge.appointment_changed.connect(self._visit_changed)

    # -- the list ---------------------------------------------------------------------------

    def reload_list(self) -> None:
        if self._list_busy:
            self._list_stale = True  # the load under way may predate the change: load again
            return
        self._list_busy = True
        Op(self, store.load_summaries).on_success(self._list_loaded).on_failure(
            self._list_load_failed
        ).run()

    def is_idle(self) -> bool:
        """No load, refresh or draft under way (tests and screenshots wait for this)."""
        return not (
            self._list_busy
            or self._thread_busy
            or self.refresh_timer.isActive()
            or any(state.run is not None for state in self.drafts.values())
        )

    def _list_loaded(self, summaries: list[store.Summary]) -> None:
        self._list_busy = False
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
        elif not self._list_stale:
            self._select_after_load = None
        if self._list_stale:
            self._list_stale = False
            self.reload_list()

    def _list_load_failed(self, error: Exception) -> None:
        self._list_busy = self._list_stale = False
        log.error("cannot load conversations: %s", error)
        self.composer.set_status(self.tr("No se pudieron cargar las conversaciones."))

    def _thread_load_failed(self, error: Exception) -> None:
        self._thread_busy = self._thread_stale = False
        log.error("cannot load conversation %s: %s", self.current_id, error)
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
        self._keep_composer_text()
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
        if self._thread_busy:
            self._thread_stale = True
            return
        self._thread_busy = True
        Op(self, partial(store.load_thread, self.current_id)).on_success(
            self._thread_loaded
        ).on_failure(self._thread_load_failed).run()

    def _thread_loaded(self, thread: store.Thread) -> None:
        self._thread_busy = False
        if thread.summary.id != self.current_id or self._thread_stale:
            self._thread_stale = False
            self.reload_thread()
            return
        first_load = self.shown is None
        self.shown = thread
        self.thread_view.set_messages(
            thread.messages,
            past_calls=thread.past_calls,
            delivers=thread.summary.channel != store.DESK,
            visit_statuses=thread.visit_statuses,
        )
        self._show_header(thread.summary)
        if first_load:
            self.composer.set_conversation(thread.summary.channel)
            self._show_draft()
            waiting = store.latest_draft(thread)
            if waiting is not None and self.current_id not in self.drafts:
                self.composer.load_draft(waiting.id, waiting.text)  # stored drafts come back

    def _show_header(self, summary: store.Summary | None) -> None:
        desk = summary is not None and summary.channel == store.DESK
        for widget in (self.mode_label, self.mode_combo):
            widget.setVisible(summary is not None and not desk)
        self.desk_note.setVisible(desk)
        if summary is None or desk:
            self.take_over_button.hide()
            self.give_back_button.hide()
        if summary is None:
            self.name_label.setText(self.tr("Conversaciones"))
            self.channel_label.setText("")
            self.attention_label.hide()
            self.attention_details.hide()
            return
        self.name_label.setText(summary.customer)
        details = channel_name(summary.channel)
        if summary.external_id and summary.external_id != summary.customer:
            details += " · " + summary.external_id
        self.channel_label.setText(details)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(summary.mode)))
        if not desk:
            self.take_over_button.setVisible(summary.mode != "manual")
            self.give_back_button.setVisible(summary.mode == "manual" or summary.needs_human)
        reason, _, technical = (summary.handoff_reason or "").partition("\n")
        text = self.tr("Requiere atención: {reason}").format(
            reason=html.escape(reason or self.tr("el bot pidió ayuda"))
        )
        if technical.strip():
            text += ' <a href="details">' + self.tr("Detalles") + "</a>"
        self.attention_label.setText(text)
        self.attention_details.setText(technical.strip())
        self.attention_label.setVisible(summary.needs_human)
        if not summary.needs_human or not technical.strip():
            self.attention_details.hide()

    def _toggle_attention_details(self, _link: str) -> None:
        self.attention_details.setVisible(not self.attention_details.isVisible())

    def _visit_changed(self, appointment_id: int, *_: object) -> None:
        """A visit a card of the open conversation shows was approved, moved...: show it."""
        cards = [*self.thread_view.cards]
        for past in self.thread_view.past_cards.values():
            cards.extend(past)
        if any(card.appointment_id == appointment_id for card in cards):
            self.reload_thread()

    def _conversation_touched(self, conversation_id: int, *_: object) -> None:
        self._touched_current = self._touched_current or conversation_id == self.current_id
        self.refresh_timer.start()

    def _refresh(self) -> None:
        self.reload_list()
        if self._touched_current:
            self._touched_current = False
            self.reload_thread()

    # -- desk chats -------------------------------------------------------------------------

    def open_new_chat(self) -> NewChatDialog:
        dialog = NewChatDialog(self)
        dialog.accepted.connect(partial(self._new_chat_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.new_chat_dialog = dialog
        dialog.open()
        return dialog

    def _new_chat_accepted(self, dialog: NewChatDialog) -> None:
        phone, name, text = dialog.values()
        self.start_desk_chat(phone, name, text)

    def start_desk_chat(self, phone: str, name: str, text: str) -> None:
        """Store the customer's first words, open their conversation and ask for a draft."""
        Op(self, partial(store.start_desk_chat, phone, name, text)).on_success(
            self._desk_chat_started
        ).on_failure(self._write_failed).run()

    def _desk_chat_started(self, conversation_id: int) -> None:
        self._draft_when_open = conversation_id
        self.select_conversation(conversation_id)
        self._start_pending_draft()

    def _start_pending_draft(self) -> None:
        wanted = self._draft_when_open
        if wanted is None:
            return
        if self.current_id != wanted:
            QTimer.singleShot(REFRESH_DELAY_MS, self._start_pending_draft)
            return
        self._draft_when_open = None
        self.start_draft()

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
    def run(self) -> DraftRun | None:
        """The draft being written for the open conversation, if any."""
        state = self.drafts.get(self.current_id) if self.current_id is not None else None
        return state.run if state is not None else None

    def start_draft(self) -> None:
        """Ask VircomBot for a reply to the latest customer message, streamed into the composer."""
        if self.current_id is None or self.run is not None:
            return
        run = DraftRun(self.settings, self.current_id, self)
        run.token_received.connect(partial(self._on_token, run))
        run.tool_started.connect(partial(self._on_tool_started, run))
        run.tool_finished.connect(partial(self._on_tool_finished, run))
        run.agent_failed.connect(partial(self._on_agent_failed, run))
        run.draft_ready.connect(partial(self._on_draft_ready, run))
        run.crashed.connect(partial(self._on_crashed, run))
        run.finished.connect(partial(self._on_run_finished, run))
        self.drafts[self.current_id] = DraftState(run)
        self._show_drafting()
        self.thread_view.clear_cards()
        self.composer.begin_stream()
        run.start()

    def stop_draft(self) -> None:
        run = self.run
        if run is not None:
            run.stop()
            self.composer.set_status(self.tr("Deteniendo…"))

    def _state_of(self, run: DraftRun) -> DraftState | None:
        state = self.drafts.get(run.conversation_id)
        return state if state is not None and state.run is run else None

    def _showing(self, run: DraftRun) -> bool:
        return run.conversation_id == self.current_id

    def _on_token(self, run: DraftRun, text: str) -> None:
        state = self._state_of(run)
        if state is None or run.cancelled:
            return
        state.text += text
        if self._showing(run):
            self.composer.append_token(text)

    def _on_tool_started(self, run: DraftRun, name: str, arguments: object) -> None:
        state = self._state_of(run)
        if state is None:
            return
        state.text = ""  # text streamed before a tool call is not the reply
        state.cards.append(CardState(name, arguments))
        if self._showing(run):
            self.composer.discard_streamed_text()
            self.thread_view.add_card(name, arguments)

    def _on_tool_finished(self, run: DraftRun, name: str, result: str, ok: bool) -> None:
        state = self._state_of(run)
        if state is None:
            return
        state.finish_card(name, result, ok)
        if not self._showing(run):
            return
        card = self.thread_view.running_card(name)
        if card is not None:
            card.finish(result, ok)
        self.reload_thread()  # a booking or handoff may have changed the conversation

    def _on_agent_failed(self, run: DraftRun, reason: str, code: str) -> None:
        state = self._state_of(run)
        if state is not None and code != "cancelled":
            state.failure = reason

    def _on_draft_ready(self, run: DraftRun, result: AgentResult) -> None:
        state = self._state_of(run)
        if state is None:
            return
        if result.status == "answered":
            status = self.tr("Borrador listo: revíselo, edítelo si hace falta y envíelo.")
        else:
            status = self.tr(
                "VircomBot no pudo responder ({reason}); revise el mensaje de espera."
            ).format(reason=state.failure or self.tr("pidió ayuda de una persona"))
        state.reply, state.status = result.reply, status
        if result.reply is not None:
            state.text = result.reply
        if self._showing(run):
            self.composer.end_stream(result.reply, status)

    def _on_crashed(self, run: DraftRun, _error: str) -> None:
        state = self._state_of(run)
        if state is not None:
            state.failure = self.tr("error inesperado; vea el registro")

    def _on_run_finished(self, run: DraftRun) -> None:
        state = self._state_of(run)
        # `finished` comes from the thread just before it exits; let it exit (a moment) before
        # the QThread is deleted, or Qt may destroy a thread that is still running.
        run.wait()
        run.deleteLater()
        if state is not None:
            state.run = None
            if state.reply is None:
                self._ended_without_draft(run, state)
            elif state.reply.strip():
                self._keep_draft(run.conversation_id, state.reply)
                return  # finished once it is stored
        self._show_drafting()
        self.reload_list()
        self.draft_finished.emit(run.conversation_id)

    def _keep_draft(self, conversation_id: int, text: str) -> None:
        """Store the finished draft (a restart must not lose it); its cards come from the store."""
        if conversation_id == self.current_id:
            self.composer.send_button.setEnabled(False)  # sending now would store it twice
        Op(self, partial(store.keep_draft, conversation_id, text)).on_success(
            partial(self._draft_kept, conversation_id)
        ).on_failure(partial(self._draft_not_kept, conversation_id)).run()

    def _draft_kept(self, conversation_id: int, message_id: int) -> None:
        state = self.drafts.get(conversation_id)
        if state is not None and state.run is None:
            state.message_id = message_id
            state.cards = []  # the stored draft shows its own cards, rebuilt from its agent turns
            if conversation_id == self.current_id:
                self.composer.draft_message_id = message_id
                self.thread_view.clear_cards()
                self.reload_thread()
        self._draft_done(conversation_id)

    def _draft_not_kept(self, conversation_id: int, error: Exception) -> None:
        self._write_failed(error)
        self._draft_done(conversation_id)

    def _draft_done(self, conversation_id: int) -> None:
        if conversation_id == self.current_id:
            self.composer.send_button.setEnabled(True)
        self._show_drafting()
        self.reload_list()
        self.draft_finished.emit(conversation_id)

    def unsent_work(self) -> list[int]:
        """Conversations whose typed or drafting reply would be lost if the desk closed now."""
        self._keep_composer_text()
        lost = [
            conversation_id
            for conversation_id, state in self.drafts.items()
            if state.run is not None
            or (state.text.strip() and (state.message_id is None or state.text != state.reply))
        ]
        return sorted(lost)

    def _ended_without_draft(self, run: DraftRun, state: DraftState) -> None:
        state.status = (
            self.tr("Borrador detenido. Puede editarlo o pedir otro.")
            if run.cancelled
            else self.tr("VircomBot no pudo redactar: {reason}").format(reason=state.failure)
        )
        if self._showing(run):
            self.composer.end_stream(None, state.status)
        elif not state.text:
            del self.drafts[run.conversation_id]  # nothing to come back to

    def _show_drafting(self) -> None:
        """Mark the conversations whose draft is being written or waits in this console."""
        self.model.set_drafting(
            {
                conversation_id: "running" if state.run is not None else "ready"
                for conversation_id, state in self.drafts.items()
                if state.run is not None or state.reply is not None
            }
        )

    def _keep_composer_text(self) -> None:
        """Leaving a conversation: its finished draft keeps the staff's edits."""
        if self.current_id is None:
            return
        state = self.drafts.get(self.current_id)
        text = self.composer.reply_edit.toPlainText()
        if state is None and text.strip() and not self.composer.is_unedited_draft():
            # Typed by staff (or a stored draft edited): it stays with its conversation.
            state = DraftState(
                None,
                reply=self.composer.draft_text or None,
                message_id=self.composer.draft_message_id,
            )
            self.drafts[self.current_id] = state
        if state is not None and state.run is None:
            state.text = text

    def _show_draft(self) -> None:
        """Put the open conversation's draft (running or finished) back in the composer."""
        self.thread_view.clear_cards()
        state = self.drafts.get(self.current_id) if self.current_id is not None else None
        if state is None:
            return
        for saved in state.cards:
            card = self.thread_view.add_card(saved.name, saved.arguments)
            if saved.result is not None:
                card.finish(saved.result, saved.ok)
        if state.run is not None:
            self.composer.begin_stream()
            self.composer.append_token(state.text)
            return
        self.composer.end_stream(state.reply, state.status)
        self.composer.draft_message_id = state.message_id
        if state.text != (state.reply or ""):
            self.composer.reply_edit.setPlainText(state.text)

    def shutdown(self) -> None:
        """Stop the drafts in progress and wait for their threads (before the app quits)."""
        runs = [state.run for state in self.drafts.values() if state.run is not None]
        for run in runs:
            run.stop()
        for run in runs:
            run.wait(15_000)

    # -- sending and modes ------------------------------------------------------------------

    def send_reply(self, text: str) -> None:
        if self.current_id is None or self.shown is None:
            return
        conversation_id = self.current_id
        if self.shown.summary.channel == store.DESK and self.composer.draft_message_id is None:
            work = partial(
                store.store_desk_reply,
                conversation_id,
                text,
                from_bot=self.composer.is_unedited_draft(),
            )
        else:
            work = partial(
                store.send_reply,
                conversation_id,
                text,
                actor=self.actor,
                draft_id=self.composer.draft_message_id,
            )
        self.composer.send_button.setEnabled(False)
        Op(self, work).on_success(partial(self._sent, conversation_id)).on_failure(
            self._send_failed
        ).run()

    def _sent(self, conversation_id: int, message_id: int) -> None:
        state = self.drafts.get(conversation_id)
        if state is not None and state.run is None:
            del self.drafts[conversation_id]  # the draft is answered
            self._show_drafting()
        if conversation_id == self.current_id:
            self.composer.reset_reply()
            self.composer.set_status(self.tr("Enviado."))
            self.reload_thread()
        self.reload_list()
        self.reply_sent.emit(conversation_id, message_id)

    def _send_failed(self, error: Exception) -> None:
        log.error("sending a reply failed: %s", error)
        self.composer.send_button.setEnabled(True)
        if isinstance(error, ImportError):
            reason = self.tr("el envío por este canal todavía no está disponible")
        else:
            reason = self.tr("revise la conexión del canal")
        self.composer.set_status(
            self.tr("No se pudo enviar ({reason}). El texto sigue aquí.").format(reason=reason)
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

    def _mode_chosen(self, index: int) -> None:
        self.set_mode(str(self.mode_combo.itemData(index)))

    def take_over(self) -> None:
        self.set_mode("manual")

    def give_back(self) -> None:
        self.set_mode("auto")

    def set_mode(self, mode: str) -> None:
        if self.current_id is None:
            return
        Op(self, partial(store.set_mode, self.current_id, mode)).on_success(
            lambda _none: self.reload_thread()
        ).on_failure(self._write_failed).run()
