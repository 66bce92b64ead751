"""The composer: what the customer said (desk chats), VircomBot's draft streaming in, and send."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Composer(QFrame):
    """Edits the reply; while VircomBot drafts, its tokens are appended and editing waits."""

    customer_words_submitted = Signal(str)
    send_requested = Signal(str)
    regenerate_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._streaming = False
        self.draft_text = ""  # VircomBot's last complete draft, to tell an edited reply
        self.draft_message_id: int | None = None  # the reviewed draft this reply sends
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.set_conversation(None)

    def _init_widgets(self) -> None:
        self.customer_label = QLabel(self.tr("Lo que dijo el cliente"))
        self.customer_edit = QPlainTextEdit()
        self.customer_edit.setPlaceholderText(
            self.tr("Pegue o escriba las palabras del cliente y pida un borrador (Ctrl+Intro)")
        )
        self.customer_edit.setMaximumHeight(60)
        self.customer_button = QPushButton(self.tr("Registrar y redactar"))
        self.reply_label = QLabel(self.tr("Respuesta"))
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setPlaceholderText(self.tr("Escriba la respuesta o pida un borrador."))
        self.reply_edit.setMinimumHeight(90)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.regenerate_button = QPushButton(self.tr("Regenerar"))
        self.stop_button = QPushButton(self.tr("Detener"))
        self.send_button = QPushButton(self.tr("Enviar"))
        self.send_button.setDefault(True)
        self.customer_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.customer_edit)
        self.customer_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.reply_edit)
        self.send_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _init_layout(self) -> None:
        self.customer_row = QWidget()
        customer_layout = QHBoxLayout(self.customer_row)
        customer_layout.setContentsMargins(0, 0, 0, 0)
        customer_layout.addWidget(self.customer_edit, 1)
        customer_layout.addWidget(self.customer_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.regenerate_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.customer_label)
        layout.addWidget(self.customer_row)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.reply_edit, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.customer_button.clicked.connect(self._submit_customer_words)
        self.customer_shortcut.activated.connect(self._submit_customer_words)
        self.send_button.clicked.connect(self._send)
        self.send_shortcut.activated.connect(self._send)
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.reply_edit.textChanged.connect(self._update_buttons)

    # -- state ------------------------------------------------------------------------------

    def set_conversation(self, channel: str | None) -> None:
        """Reset for a conversation of `channel` (None: nothing selected)."""
        self.setEnabled(channel is not None)
        desk = channel == "desk"
        self.customer_label.setVisible(desk)
        self.customer_row.setVisible(desk)
        self.customer_edit.clear()
        self.reset_reply()

    def reset_reply(self) -> None:
        self._streaming = False
        self.draft_text = ""
        self.draft_message_id = None
        self.reply_edit.clear()
        self.reply_edit.setReadOnly(False)
        self.set_status("")
        self._update_buttons()

    def load_draft(self, message_id: int, text: str) -> None:
        """Put a draft waiting for review in the editor; sending it sends that draft."""
        self.reset_reply()
        self.draft_message_id = message_id
        self.draft_text = text
        self.reply_edit.setPlainText(text)
        self.set_status(
            self.tr("Borrador de VircomBot por revisar: edítelo si hace falta y envíelo.")
        )
        self.reply_edit.setFocus()

    def is_streaming(self) -> bool:
        return self._streaming

    def begin_stream(self) -> None:
        self._streaming = True
        self.draft_text = ""
        self.reply_edit.clear()
        self.reply_edit.setReadOnly(True)
        self.set_status(self.tr("VircomBot está escribiendo…"))
        self._update_buttons()

    def append_token(self, text: str) -> None:
        cursor = self.reply_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.reply_edit.setTextCursor(cursor)
        self.reply_edit.ensureCursorVisible()

    def discard_streamed_text(self) -> None:
        """Text streamed before a tool call is not the reply: the model writes it again."""
        self.reply_edit.clear()

    def end_stream(self, final_text: str | None, status: str) -> None:
        """Streaming is over: show the final draft (when there is one), editable."""
        self._streaming = False
        if final_text is not None:
            self.draft_text = final_text
            self.reply_edit.setPlainText(final_text)
        self.reply_edit.setReadOnly(False)
        self.set_status(status)
        self._update_buttons()
        self.reply_edit.setFocus()
        self.reply_edit.moveCursor(QTextCursor.MoveOperation.End)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def reply_text(self) -> str:
        return self.reply_edit.toPlainText().strip()

    def is_unedited_draft(self) -> bool:
        return bool(self.draft_text) and self.reply_text() == self.draft_text.strip()

    def _update_buttons(self) -> None:
        self.stop_button.setEnabled(self._streaming)
        self.regenerate_button.setEnabled(not self._streaming)
        self.send_button.setEnabled(not self._streaming and bool(self.reply_text()))
        self.customer_button.setEnabled(not self._streaming)

    # -- actions ----------------------------------------------------------------------------

    def _submit_customer_words(self) -> None:
        text = self.customer_edit.toPlainText().strip()
        if not text or self._streaming:
            return
        self.customer_edit.clear()
        self.customer_words_submitted.emit(text)

    def _send(self) -> None:
        text = self.reply_text()
        if text and not self._streaming:
            self.send_requested.emit(text)
