"""The messages of one conversation as chat bubbles, with the current draft's tool cards below.

A scroll area of small widgets rather than a list view: bubbles wrap text, hold buttons
(review a draft) and sit beside cards of a different kind, which a delegate would have to fake.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk.console import REVIEW, PastCall, ThreadMessage
from vircom_desktop.ui.conversations import delivery
from vircom_desktop.ui.conversations.formatting import short_when
from vircom_desktop.ui.conversations.tool_cards import ToolCard

BUBBLE_MAX_WIDTH = 560


class MessageBubble(QFrame):
    """One message; a reply waiting for review offers to edit and send it, a failed one to retry.

    `delivers` says whether the channel delivers replies (a desk chat's are given in person).
    """

    review_requested = Signal(int, str)  # message id, text
    retry_requested = Signal(int)  # message id

    def __init__(
        self, message: ThreadMessage, *, delivers: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.message = message
        self._delivers = delivers
        self.setObjectName("bubble")
        waiting = message.status == REVIEW
        # The theme colours a bubble by who wrote it, and a reply waiting for review apart.
        self.setProperty("role", message.role)
        self.setProperty("review", waiting)
        self.setMaximumWidth(BUBBLE_MAX_WIDTH)
        self.text_label = QLabel(message.text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A wrapping label asks for little width; give it its text's width, up to the bubble's.
        longest = max(
            (
                self.text_label.fontMetrics().horizontalAdvance(line)
                for line in message.text.splitlines()
            ),
            default=0,
        )
        self._text_width = longest + 4
        self.fit(BUBBLE_MAX_WIDTH)
        self.meta_label = QLabel(self._meta())
        self.meta_label.setStyleSheet("color: palette(mid); font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.text_label)
        layout.addWidget(self.meta_label)
        self.review_button: QPushButton | None = None
        if waiting:
            self.review_button = QPushButton(self.tr("Revisar y enviar"))
            self.review_button.clicked.connect(
                lambda: self.review_requested.emit(message.id, message.text)
            )
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.review_button)
            layout.addLayout(row)
        self.failure_label: QLabel | None = None
        self.retry_button: QPushButton | None = None
        if self._outgoing() and message.status == delivery.FAILED:
            self._init_failure(layout)

    def _outgoing(self) -> bool:
        return self._delivers and self.message.role in delivery.OUTBOUND_ROLES

    def _init_failure(self, layout: QVBoxLayout) -> None:
        self.failure_label = QLabel(delivery.failure_text(self.message.error))
        self.failure_label.setWordWrap(True)
        self.failure_label.setObjectName("error")
        self.failure_label.setToolTip(
            self.tr("Detalle técnico: {error}").format(error=self.message.error or "—")
        )
        self.retry_button = QPushButton(self.tr("Reintentar"))
        self.retry_button.setToolTip(self.tr("Volver a enviar este mensaje por su canal"))
        self.retry_button.clicked.connect(self._retry)
        row = QHBoxLayout()
        row.addWidget(self.failure_label, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)

    def _retry(self) -> None:
        assert self.retry_button is not None
        self.retry_button.setEnabled(False)
        self.retry_button.setText(self.tr("Reintentando…"))
        self.retry_requested.emit(self.message.id)

    def retry_refused(self) -> None:
        """The outbox did not take the retry: offer it again."""
        if self.retry_button is not None:
            self.retry_button.setEnabled(True)
            self.retry_button.setText(self.tr("Reintentar"))

    def fit(self, widest: int) -> None:
        """At most `widest` pixels wide, the text as wide as it needs within that."""
        self.setMaximumWidth(widest)
        self.text_label.setMinimumWidth(min(self._text_width, widest - 24))

    def _meta(self) -> str:
        who = {
            "customer": self.tr("Cliente"),
            "bot": self.tr("VircomBot"),
            "staff": self.tr("Equipo"),
            "system": self.tr("Sistema"),
        }.get(self.message.role, self.message.role)
        parts = [who, short_when(self.message.created_at)]
        if self.message.reminder:
            parts.insert(1, self.tr("Recordatorio"))
        if self.message.status == REVIEW:
            parts.append(delivery.state_text(REVIEW))
        elif self._outgoing():
            state = delivery.state_text(self.message.status, self.message.error)
            if state:
                parts.append(state)
        return " · ".join(parts)


class ThreadView(QScrollArea):
    """The conversation's bubbles, then the tool cards of the draft being written.

    The cards of past drafts, rebuilt from the stored agent turns, sit above the reply they led to.
    """

    review_requested = Signal(int, str)
    retry_requested = Signal(int)  # message id
    show_appointment = Signal(int)
    rename_customer = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # bubbles fit
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._content = QWidget()
        self._messages_layout = QVBoxLayout()
        self._messages_layout.setSpacing(8)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(6)
        self.placeholder = QLabel(self.tr("Elija una conversación o cree un chat nuevo."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid);")
        outer = QVBoxLayout(self._content)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(self.placeholder)
        outer.addLayout(self._messages_layout)
        outer.addLayout(self._cards_layout)
        outer.addStretch(1)
        self.setWidget(self._content)
        self._rows: list[QWidget] = []
        self.bubbles: list[MessageBubble] = []
        self.past_cards: dict[int, list[ToolCard]] = {}  # reply message id → its draft's cards
        self.cards: list[ToolCard] = []
        self.verticalScrollBar().rangeChanged.connect(self._scroll_to_end)

    def set_messages(
        self,
        messages: tuple[ThreadMessage, ...] | list[ThreadMessage],
        *,
        past_calls: dict[int, tuple[PastCall, ...]] | None = None,
        delivers: bool = True,
        visit_statuses: dict[int, str] | None = None,
    ) -> None:
        """Show `messages`; `past_calls` are the tool calls behind replies, by message id.

        `visit_statuses` (visit id → status now) keeps a card's proposed visit up to date.
        """
        # Each row is a widget owning its bubble or cards, so one deletion takes them all and
        # no layout is left pointing at a deleted widget.
        for row in self._rows:
            self._messages_layout.removeWidget(row)
            row.deleteLater()
        self._rows = []
        self.bubbles = []
        self.past_cards = {}
        self.placeholder.setVisible(not messages)
        for message in messages:
            calls = (past_calls or {}).get(message.id)
            if calls:
                self._add_past_cards(message.id, calls)
            bubble = MessageBubble(message, delivers=delivers)
            bubble.review_requested.connect(self.review_requested)
            bubble.retry_requested.connect(self.retry_requested)
            row, layout = self._new_row()
            if message.role in ("customer", "system"):
                layout.addWidget(bubble)
                layout.addStretch(1)
            else:
                layout.addStretch(1)
                layout.addWidget(bubble)
            if message.role == "system":
                layout.insertStretch(0, 1)
            self.bubbles.append(bubble)
        for cards in self.past_cards.values():
            for card in cards:
                status = (visit_statuses or {}).get(card.appointment_id or 0)
                if status:
                    card.set_visit_status(status)
        self._fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """Bubbles and cards no wider than the visible area: no horizontal scrolling to read."""
        widest = min(BUBBLE_MAX_WIDTH, max(240, self.viewport().width() - 40))
        for bubble in self.bubbles:
            bubble.fit(widest)
        for card in [*self.cards, *(c for cards in self.past_cards.values() for c in cards)]:
            card.fit(widest)

    def _new_row(self) -> tuple[QWidget, QHBoxLayout]:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self._messages_layout.addWidget(row)
        self._rows.append(row)
        return row, layout

    def _add_past_cards(self, message_id: int, calls: tuple[PastCall, ...]) -> None:
        _row, layout = self._new_row()
        column = QVBoxLayout()
        column.setSpacing(4)
        layout.addStretch(1)
        layout.addLayout(column)
        cards = []
        for call in calls:
            card = ToolCard(call.name, call.arguments)
            card.finish(call.result, call.ok)
            card.setMaximumWidth(BUBBLE_MAX_WIDTH)
            card.show_appointment.connect(self.show_appointment)
            card.rename_customer.connect(self.rename_customer)
            column.addWidget(card)
            cards.append(card)
        self.past_cards[message_id] = cards

    def clear(self) -> None:
        self.set_messages([])
        self.clear_cards()

    def shows_visit(self, appointment_id: int) -> bool:
        """Whether a tool card on screen (running or past) shows this visit."""
        cards = [*self.cards, *(card for past in self.past_cards.values() for card in past)]
        return any(card.appointment_id == appointment_id for card in cards)

    def clear_cards(self) -> None:
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []

    def add_card(self, name: str, arguments: object) -> ToolCard:
        card = ToolCard(name, arguments)
        card.show_appointment.connect(self.show_appointment)
        card.rename_customer.connect(self.rename_customer)
        self._cards_layout.addWidget(card)
        self.cards.append(card)
        self._fit_width()
        return card

    def running_card(self, name: str) -> ToolCard | None:
        """The latest card of `name`, which a finished tool call completes."""
        for card in reversed(self.cards):
            if card.name == name:
                return card
        return None

    def bubble_of(self, message_id: int) -> MessageBubble | None:
        return next((b for b in self.bubbles if b.message.id == message_id), None)

    def _scroll_to_end(self, _minimum: int, maximum: int) -> None:
        self.verticalScrollBar().setValue(maximum)
