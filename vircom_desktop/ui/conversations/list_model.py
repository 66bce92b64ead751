"""The conversation list: a model of summaries and a delegate that paints each as a card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vircom_desktop.desk.console import Summary
from vircom_desktop.ui.conversations.formatting import (
    CHANNEL_COLORS,
    channel_name,
    channel_short,
    mode_name,
    short_when,
)

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DRAFTING_ROLE = Qt.ItemDataRole.UserRole + 3  # "running" / "ready": the console's own draft


class ConversationListModel(QAbstractListModel):
    """Conversation summaries, most recently active first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Summary] = []
        self._drafting: dict[int, str] = {}

    def set_drafting(self, drafting: dict[int, str]) -> None:
        """Conversations with a draft of this console: 'running' or 'ready' to send."""
        changed = set(drafting.items()) ^ set(self._drafting.items())
        self._drafting = dict(drafting)
        for conversation_id in {conversation_id for conversation_id, _ in changed}:
            row = self.row_of(conversation_id)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row), [DRAFTING_ROLE])

    def set_summaries(self, summaries: list[Summary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> Summary:
        return self._rows[row]

    def row_of(self, conversation_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == conversation_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.customer
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{customer} por {channel}").format(
                customer=summary.customer, channel=channel_name(summary.channel)
            )
        if role == SUMMARY_ROLE:
            return summary
        if role == ID_ROLE:
            return summary.id
        if role == DRAFTING_ROLE:
            return self._drafting.get(summary.id)
        return None


class ConversationDelegate(QStyledItemDelegate):
    """Paints a conversation: channel badge, customer, last message, time, unread and flags."""

    HEIGHT = 78
    PAD = 8
    BADGE = 38

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(260, self.HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary: Summary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif summary.needs_human or summary.pending_drafts or index.data(DRAFTING_ROLE) == "ready":
            painter.fillRect(rect, QColor(245, 158, 11, 40))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlpha(170)
        self._paint_badge(painter, rect, summary)

        left = rect.left() + self.PAD * 2 + self.BADGE
        right = rect.right() - self.PAD
        base = QFont(option.font)  # type: ignore[attr-defined]
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(base)
        line = metrics.height()
        top = rect.top() + self.PAD

        when = short_when(summary.last_at)
        when_width = metrics.horizontalAdvance(when)
        painter.setFont(base)
        painter.setPen(muted)
        painter.drawText(QRect(right - when_width, top, when_width, line), 0, when)

        painter.setFont(bold)
        painter.setPen(text_color)
        name_width = right - left - when_width - self.PAD
        name = QFontMetrics(bold).elidedText(
            summary.customer, Qt.TextElideMode.ElideRight, name_width
        )
        painter.drawText(QRect(left, top, name_width, line), 0, name)

        painter.setFont(base)
        preview = summary.last_text.replace("\n", " ")
        if summary.last_role == "bot":
            preview = self.tr("VircomBot: {text}").format(text=preview)
        elif summary.last_role == "staff":
            preview = self.tr("Equipo: {text}").format(text=preview)
        unread_width = 0
        if summary.unread:
            unread_width = self._paint_unread(painter, right, top + line + 2, line, summary.unread)
        preview_width = right - left - unread_width - (self.PAD if unread_width else 0)
        preview = metrics.elidedText(preview, Qt.TextElideMode.ElideRight, preview_width)
        painter.setPen(muted)
        painter.drawText(QRect(left, top + line + 2, preview_width, line), 0, preview)

        drafting = index.data(DRAFTING_ROLE)
        self._paint_tags(painter, summary, drafting, left, top + 2 * line + 8, muted)
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, summary: Summary) -> None:
        badge = QRect(
            rect.left() + self.PAD,
            rect.top() + (rect.height() - self.BADGE) // 2,
            self.BADGE,
            self.BADGE,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CHANNEL_COLORS.get(summary.channel, "#64748b")))
        painter.drawEllipse(badge)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, channel_short(summary.channel))

    def _paint_unread(
        self, painter: QPainter, right: int, top: int, height: int, count: int
    ) -> int:
        text = str(count) if count < 100 else "99+"
        width = max(height, QFontMetrics(painter.font()).horizontalAdvance(text) + 10)
        bubble = QRect(right - width, top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2563eb"))
        painter.drawRoundedRect(bubble, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, text)
        return width

    def _paint_tags(
        self,
        painter: QPainter,
        summary: Summary,
        drafting: str | None,
        left: int,
        top: int,
        muted: QColor,
    ) -> None:
        tags: list[tuple[str, QColor | None]] = []
        if summary.needs_call:
            tags.append((self.tr("Por llamar"), QColor("#dc2626")))
        elif summary.needs_human:
            tags.append((self.tr("Requiere atención"), QColor("#dc2626")))
        if summary.pending_drafts or drafting == "ready":
            tags.append((self.tr("Borrador por revisar"), QColor("#d97706")))
        elif drafting == "running":
            tags.append((self.tr("VircomBot redactando…"), QColor("#2563eb")))
        tags.append((mode_name(summary.mode), None))
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        x = left
        for text, color in tags:
            width = small_metrics.horizontalAdvance(text) + 12
            tag = QRect(x, top, width, small_metrics.height() + 2)
            if color is None:
                painter.setPen(muted)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(tag, 4, 4)
                painter.setPen(muted)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(tag, 4, 4)
                painter.setPen(QColor("white"))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 6
