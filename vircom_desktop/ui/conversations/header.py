"""The open conversation's header: who it is, on which channel, who answers, and why it waits."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vircom_desktop.desk.console import DESK, Summary
from vircom_desktop.domain.statuses import CONVERSATION_MODES
from vircom_desktop.ui.conversations.formatting import channel_name, mode_name


class ConversationHeader(QWidget):
    """Name and channel, the mode (not for desk chats), take over / give back, why it waits."""

    mode_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.show_summary(None)

    def _init_widgets(self) -> None:
        self.name_label = QLabel()
        self.name_label.setObjectName("conversationName")
        self.channel_label = QLabel()
        self.attention_label = QLabel()
        self.attention_label.setObjectName("attention")
        self.attention_label.setWordWrap(True)
        self.attention_label.setTextFormat(Qt.TextFormat.RichText)
        # The technical side of a failure (hint, error) waits behind "Detalles".
        self.attention_details = QLabel()
        self.attention_details.setWordWrap(True)
        self.attention_details.setObjectName("placeholder")
        self.attention_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attention_details.hide()
        # The customer opted out ("no contactar"): staff may answer what they write, but must
        # not start a message to them (docs/privacy.md, Opposition).
        self.contact_label = QLabel(
            self.tr(
                "Cliente marcado «no contactar»: responda solo a lo que el cliente escriba;"
                " no le envíe mensajes por iniciativa del taller (avisos, recordatorios, ofertas)."
            )
        )
        self.contact_label.setObjectName("attention")
        self.contact_label.setWordWrap(True)
        self.contact_label.hide()
        self.mode_label = QLabel(self.tr("Modo:"))
        self.mode_combo = QComboBox()
        for mode in CONVERSATION_MODES:
            self.mode_combo.addItem(mode_name(mode), mode)
        self.mode_combo.setToolTip(
            self.tr(
                "Automático: VircomBot responde solo. Borrador: el equipo revisa cada respuesta."
                " Manual: responde el equipo."
            )
        )
        self.desk_note = QLabel(self.tr("El equipo revisa y entrega cada respuesta."))
        self.desk_note.setObjectName("note")
        self.take_over_button = QPushButton(self.tr("Tomar control"))
        self.give_back_button = QPushButton(self.tr("Devolver al bot"))

    def _init_layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 0, 0)
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.channel_label)
        row.addLayout(titles, 1)
        for widget in (
            self.desk_note,
            self.mode_label,
            self.mode_combo,
            self.take_over_button,
            self.give_back_button,
        ):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.contact_label)
        layout.addWidget(self.attention_label)
        layout.addWidget(self.attention_details)

    def _connect_signals(self) -> None:
        self.mode_combo.activated.connect(
            lambda index: self.mode_chosen.emit(str(self.mode_combo.itemData(index)))
        )
        self.take_over_button.clicked.connect(lambda: self.mode_chosen.emit("manual"))
        self.give_back_button.clicked.connect(lambda: self.mode_chosen.emit("auto"))
        self.attention_label.linkActivated.connect(self._toggle_attention_details)

    def _toggle_attention_details(self, _link: str) -> None:
        self.attention_details.setVisible(not self.attention_details.isVisible())

    def show_summary(self, summary: Summary | None) -> None:
        """Show a conversation as last loaded, or the page's title when none is open."""
        desk = summary is not None and summary.channel == DESK
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
            self.contact_label.hide()
            return
        self.contact_label.setVisible(summary.do_not_contact)
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
