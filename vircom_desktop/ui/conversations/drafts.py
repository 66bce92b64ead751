"""VircomBot's drafts in the chat console: start, stream, stop, regenerate, and come back to them.

A draft belongs to its conversation, not to the screen: `Drafts` keeps one `DraftState` per
conversation, so staff can switch conversations while a draft is written and find it where they
left it. Only the draft of the conversation on screen is drawn in the composer and the thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QObject, QTimer, Signal

from vircom_desktop.agent.events import AgentResult
from vircom_desktop.config import Settings
from vircom_desktop.desk import console
from vircom_desktop.desk.console import ThreadMessage
from vircom_desktop.ui.conversations.composer import Composer
from vircom_desktop.ui.conversations.draft_run import CardState, DraftRun, DraftState
from vircom_desktop.ui.conversations.list_model import ConversationListModel
from vircom_desktop.ui.conversations.thread_view import ThreadView
from vircom_desktop.ui.tasks import Op

QUIT_GRACE_MS = 3000  # how long quitting waits, in all, for cancelled drafts to end
DISPOSE_RETRY_MS = 10


def _dispose(run: DraftRun) -> None:
    """Delete a run's QThread once it has really stopped, without waiting for it.

    `finished` is emitted by the thread just before it returns: the thread may still be
    running for a moment when the GUI thread handles the signal.
    """
    if not shiboken6.isValid(run):
        return
    if run.isRunning():
        QTimer.singleShot(DISPOSE_RETRY_MS, partial(_dispose, run))
        return
    run.deleteLater()


_orphans: set[DraftRun] = set()  # cancelled runs of a deleted console, kept until they end


def _orphan_runs(states: dict[int, DraftState]) -> None:
    """The console is being deleted while drafts run: cancel them and keep their threads alive
    until they end, with nobody listening (Qt aborts the process when a running QThread is
    deleted with its parent)."""
    for state in states.values():
        run = state.run
        if run is None or not shiboken6.isValid(run) or not run.isRunning():
            continue
        for signal in (
            run.token_received,
            run.tool_started,
            run.tool_finished,
            run.agent_failed,
            run.draft_ready,
            run.crashed,
            run.finished,
        ):
            signal.disconnect()
        run.setParent(None)
        run.stop()
        _orphans.add(run)
        run.finished.connect(partial(_release_orphan, run))


def _release_orphan(run: DraftRun) -> None:
    _orphans.discard(run)
    _dispose(run)


class Drafts(QObject):
    """The console's drafts, by conversation; their runs go on when another one is shown."""

    run_finished = Signal(int)  # conversation id, once its draft is ended (and stored)
    conversation_changed = Signal()  # a tool may have booked or handed off: reload the thread
    store_failed = Signal(Exception)  # a finished draft could not be stored

    def __init__(
        self,
        shown_id: Callable[[], int | None],
        composer: Composer,
        thread_view: ThreadView,
        model: ConversationListModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.states: dict[int, DraftState] = {}
        self._shown_id = shown_id
        self._composer = composer
        self._thread_view = thread_view
        self._model = model
        self.destroyed.connect(partial(_orphan_runs, self.states))

    def get(self, conversation_id: int | None) -> DraftState | None:
        return self.states.get(conversation_id) if conversation_id is not None else None

    def run_of(self, conversation_id: int | None) -> DraftRun | None:
        state = self.get(conversation_id)
        return state.run if state is not None else None

    def running(self) -> bool:
        return any(state.run is not None for state in self.states.values())

    def start(self, conversation_id: int, settings: Settings) -> None:
        """Ask VircomBot for a reply to the latest customer message, streamed into the composer."""
        if self.run_of(conversation_id) is not None:
            return
        run = DraftRun(settings, conversation_id, self)
        run.token_received.connect(partial(self._on_token, run))
        run.tool_started.connect(partial(self._on_tool_started, run))
        run.tool_finished.connect(partial(self._on_tool_finished, run))
        run.agent_failed.connect(partial(self._on_agent_failed, run))
        run.draft_ready.connect(partial(self._on_draft_ready, run))
        run.crashed.connect(partial(self._on_crashed, run))
        run.finished.connect(partial(self._on_run_finished, run))
        self.states[conversation_id] = DraftState(run)
        self._show_drafting()
        self._thread_view.clear_cards()
        self._composer.begin_stream()
        run.start()

    def stop(self, conversation_id: int | None) -> bool:
        """Cancel the draft being written for a conversation; whether there was one."""
        run = self.run_of(conversation_id)
        if run is None:
            return False
        run.stop()
        return True

    def answered(self, conversation_id: int) -> None:
        """The conversation's reply was sent: a finished draft is done with."""
        state = self.states.get(conversation_id)
        if state is not None and state.run is None:
            del self.states[conversation_id]
            self._show_drafting()

    def keep_text(self, conversation_id: int | None) -> None:
        """Leaving a conversation: its finished draft, or what staff typed, stays with it."""
        if conversation_id is None:
            return
        state = self.states.get(conversation_id)
        text = self._composer.reply_edit.toPlainText()
        if state is None and text.strip() and not self._composer.is_unedited_draft():
            # Typed by staff (or a stored draft edited): it stays with its conversation.
            state = DraftState(
                None,
                reply=self._composer.draft_text or None,
                message_id=self._composer.draft_message_id,
            )
            self.states[conversation_id] = state
        if state is not None and state.run is None:
            state.text = text

    def unsent(self, shown_id: int | None) -> list[int]:
        """Conversations whose typed or drafting reply would be lost if the desk closed now."""
        self.keep_text(shown_id)
        lost = [
            conversation_id
            for conversation_id, state in self.states.items()
            if state.run is not None
            or (state.text.strip() and (state.message_id is None or state.text != state.reply))
        ]
        return sorted(lost)

    def show(self, conversation_id: int | None, stored: ThreadMessage | None = None) -> None:
        """Put a conversation's draft (running or finished) back in the composer.

        Without one in this console, its `stored` draft (kept in the database) comes back.
        """
        self._thread_view.clear_cards()
        state = self.get(conversation_id)
        if state is None:
            if stored is not None:
                self._composer.load_draft(stored.id, stored.text)
            return
        for saved in state.cards:
            card = self._thread_view.add_card(saved.name, saved.arguments)
            if saved.result is not None:
                card.finish(saved.result, saved.ok)
        if state.run is not None:
            self._composer.begin_stream()
            self._composer.append_token(state.text)
            return
        self._composer.end_stream(state.reply, state.status)
        self._composer.draft_message_id = state.message_id
        if state.text != (state.reply or ""):
            self._composer.reply_edit.setPlainText(state.text)

    def shutdown(self) -> None:
        """At quit: cancel the drafts in progress and give them a bounded moment to end.

        A cancelled run ends at its next token; the whole wait is bounded by QUIT_GRACE_MS,
        so a model that does not answer cannot hold the app open.
        """
        runs = [state.run for state in self.states.values() if state.run is not None]
        for run in runs:
            run.stop()
        deadline = QDeadlineTimer(QUIT_GRACE_MS)
        for run in runs:
            run.wait(deadline)

    # -- a run's signals ------------------------------------------------------------------------

    def _state_of(self, run: DraftRun) -> DraftState | None:
        state = self.states.get(run.conversation_id)
        return state if state is not None and state.run is run else None

    def _showing(self, run: DraftRun) -> bool:
        return run.conversation_id == self._shown_id()

    def _on_token(self, run: DraftRun, text: str) -> None:
        state = self._state_of(run)
        if state is None or run.cancelled:
            return
        state.text += text
        if self._showing(run):
            self._composer.append_token(text)

    def _on_tool_started(self, run: DraftRun, name: str, arguments: object) -> None:
        state = self._state_of(run)
        if state is None:
            return
        state.text = ""  # text streamed before a tool call is not the reply
        state.cards.append(CardState(name, arguments))
        if self._showing(run):
            self._composer.discard_streamed_text()
            self._thread_view.add_card(name, arguments)

    def _on_tool_finished(self, run: DraftRun, name: str, result: str, ok: bool) -> None:
        state = self._state_of(run)
        if state is None:
            return
        state.finish_card(name, result, ok)
        if not self._showing(run):
            return
        card = self._thread_view.running_card(name)
        if card is not None:
            card.finish(result, ok)
        self.conversation_changed.emit()

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
            self._composer.end_stream(result.reply, status)

    def _on_crashed(self, run: DraftRun, _error: str) -> None:
        state = self._state_of(run)
        if state is not None:
            state.failure = self.tr("error inesperado; vea el registro")

    def _on_run_finished(self, run: DraftRun) -> None:
        state = self._state_of(run)
        _dispose(run)
        if state is not None:
            state.run = None
            if state.reply is None:
                self._ended_without_draft(run, state)
            elif state.reply.strip():
                self._keep(run.conversation_id, state.reply)
                return  # finished once it is stored
        self._show_drafting()
        self.run_finished.emit(run.conversation_id)

    def _keep(self, conversation_id: int, text: str) -> None:
        """Store the finished draft (a restart must not lose it); its cards come from the store."""
        if self._shown_id() == conversation_id:
            self._composer.send_button.setEnabled(False)  # sending now would store it twice
        Op(self, partial(console.keep_draft, conversation_id, text)).on_success(
            partial(self._kept, conversation_id)
        ).on_failure(partial(self._not_kept, conversation_id)).run()

    def _kept(self, conversation_id: int, message_id: int) -> None:
        state = self.states.get(conversation_id)
        if state is not None and state.run is None:
            state.message_id = message_id
            state.cards = []  # the stored draft shows its own cards, rebuilt from its agent turns
            if self._shown_id() == conversation_id:
                self._composer.draft_message_id = message_id
                self._thread_view.clear_cards()
                self.conversation_changed.emit()
        self._done(conversation_id)

    def _not_kept(self, conversation_id: int, error: Exception) -> None:
        self.store_failed.emit(error)
        self._done(conversation_id)

    def _done(self, conversation_id: int) -> None:
        if self._shown_id() == conversation_id:
            self._composer.send_button.setEnabled(True)
        self._show_drafting()
        self.run_finished.emit(conversation_id)

    def _ended_without_draft(self, run: DraftRun, state: DraftState) -> None:
        state.status = (
            self.tr("Borrador detenido. Puede editarlo o pedir otro.")
            if run.cancelled
            else self.tr("VircomBot no pudo redactar: {reason}").format(reason=state.failure)
        )
        if self._showing(run):
            self._composer.end_stream(None, state.status)
        elif not state.text:
            del self.states[run.conversation_id]  # nothing to come back to

    def _show_drafting(self) -> None:
        """Mark the conversations whose draft is being written or waits in this console."""
        self._model.set_drafting(
            {
                conversation_id: "running" if state.run is not None else "ready"
                for conversation_id, state in self.states.items()
                if state.run is not None or state.reply is not None
            }
        )
