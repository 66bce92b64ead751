"""The Resumen page: this week beside the last, per day and per technician, for the owner.

The figures come from `desk.summary.owner_summary` (one query each) through `Op`; this page
only lays them out: number cards with last week's value under each, and QPainter charts.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vircom_desktop.desk.summary import Summary, WeekSummary, owner_summary, week_start
from vircom_desktop.domain import clock
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.formatting import date_text, qdate
from vircom_desktop.ui.summary.charts import (
    BOT_COLOR,
    CANCELLED_COLOR,
    DONE_COLOR,
    NO_SHOW_COLOR,
    PERSON_COLOR,
    REVENUE_COLOR,
    BarChart,
    Series,
    ShareBar,
)
from vircom_desktop.ui.tasks import Op

RELOAD_DELAY_MS = 800  # a burst of changes (a day of approvals) reloads once
DOLLAR_CURRENCIES = {"CLP", "USD", "MXN", "ARS", "COP", "UYU"}


class Card(QFrame):
    """One figure: a caption, the value this week, and last week's under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.caption = QLabel(caption)
        self.caption.setObjectName("summaryCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setObjectName("summaryValue")
        self.before = QLabel("")
        self.before.setObjectName("summaryBefore")
        self.before.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.before)

    def show_values(self, value: str, before: str) -> None:
        self.value.setText(value)
        self.before.setText(before)


class SummaryPage(QWidget):
    """Week navigation, number cards, and charts per day, per technician and for conversations."""

    loaded = Signal()

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._generation = 0
        self._week = week_start(clock.today())
        self.summary: Summary | None = None
        self._reload_timer = QTimer(self)
        self._init_header()
        self._init_cards()
        self._init_charts()
        self._init_layout()
        self._connect_signals()

    # -- construction ---------------------------------------------------------------------------

    def _init_header(self) -> None:
        self.title = QLabel(self.tr("Resumen"))
        self.title.setObjectName("pageTitle")
        self.range_label = QLabel()
        self.previous_button = QPushButton(self.tr("◀ Semana anterior"))
        self.current_button = QPushButton(self.tr("Esta semana"))
        self.next_button = QPushButton(self.tr("Semana siguiente ▶"))

    def _init_cards(self) -> None:
        self.cards = {
            "done": Card(self.tr("Visitas realizadas")),
            "cancelled": Card(self.tr("Canceladas")),
            "no_show": Card(self.tr("Cliente no estaba")),
            "revenue": Card(self.tr("Ingresos estimados")),
            "proposals": Card(self.tr("Propuestas aprobadas / rechazadas / vencidas")),
            "decide": Card(self.tr("Tiempo mediano para decidir")),
            "bot": Card(self.tr("Conversaciones resueltas solo por VircomBot")),
            "handed": Card(self.tr("Conversaciones atendidas por una persona")),
            "reminders": Card(self.tr("Recordatorios enviados / visitas confirmadas")),
        }

    def _init_charts(self) -> None:
        self.visits_chart = BarChart()
        self.revenue_chart = BarChart()
        self.revenue_chart.value_text = self._money_axis
        self.technician_chart = BarChart()
        self.conversation_share = ShareBar()
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def _section(self, title: str, *widgets: QWidget) -> QFrame:
        frame = QFrame()
        frame.setObjectName("summaryCard")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 8)
        heading = QLabel(title)
        heading.setObjectName("summaryCaption")
        layout.addWidget(heading)
        for widget in widgets:
            layout.addWidget(widget)
        if not any(isinstance(widget, BarChart) for widget in widgets):
            layout.addStretch(1)
        return frame

    def _init_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.range_label, 1)
        for button in (self.previous_button, self.current_button, self.next_button):
            header.addWidget(button)
        cards = QGridLayout()
        cards.setSpacing(8)
        for index, card in enumerate(self.cards.values()):
            cards.addWidget(card, index // 4, index % 4)
        for column in range(4):
            cards.setColumnStretch(column, 1)
        charts = QGridLayout()
        charts.setSpacing(8)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        charts.addWidget(self._section(self.tr("Visitas por día"), self.visits_chart), 0, 0)
        charts.addWidget(
            self._section(self.tr("Ingresos estimados por día"), self.revenue_chart), 0, 1
        )
        charts.addWidget(self._section(self.tr("Por técnico"), self.technician_chart), 1, 0)
        conversation_box = self._section(
            self.tr("Conversaciones de la semana"), self.conversation_share, self.reasons_label
        )
        charts.addWidget(conversation_box, 1, 1)
        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(header)
        body.addLayout(cards)
        body.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(partial(self.step, -1))
        self.next_button.clicked.connect(partial(self.step, 1))
        self.current_button.clicked.connect(self.go_this_week)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self._bridge.appointment_changed.connect(self._schedule_reload)
        self._bridge.conversation_changed.connect(self._schedule_reload)

    # -- loading --------------------------------------------------------------------------------

    @property
    def week(self) -> date:
        return self._week

    def step(self, weeks: int) -> None:
        self._week += timedelta(days=7 * weeks)
        self.refresh()

    def go_this_week(self) -> None:
        self._week = week_start(clock.today())
        self.refresh()

    def _schedule_reload(self, *_args: object) -> None:
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Load the week shown (off the GUI thread); the latest request wins."""
        self._generation += 1
        generation = self._generation
        self.range_label.setText(self._range_text(self._week))
        Op(self, partial(owner_summary, self._week)).on_success(
            partial(self._show, generation)
        ).run()

    def _show(self, generation: int, summary: Summary) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        self._show_cards(summary)
        self._show_charts(summary)
        self.loaded.emit()

    # -- presentation ---------------------------------------------------------------------------

    def _range_text(self, monday: date) -> str:
        return self.tr("Semana del {first} al {last}").format(
            first=date_text(monday), last=date_text(monday + timedelta(days=6))
        )

    def _money(self, value: float, currency: str) -> str:
        symbol = "$" if currency in DOLLAR_CURRENCIES else f"{currency} "
        return QLocale().toCurrencyString(float(value), symbol, 0)

    def _money_axis(self, value: float) -> str:
        if value >= 1_000_000:
            return QLocale().toString(value / 1_000_000, "f", 1) + self.tr(" M")
        if value >= 1000:
            return QLocale().toString(round(value / 1000)) + self.tr(" mil")
        return QLocale().toString(round(value))

    def _minutes(self, minutes: float | None) -> str:
        if minutes is None:
            return "—"
        if minutes < 60:
            return self.tr("{minutes} min").format(minutes=round(minutes))
        hours, rest = divmod(round(minutes), 60)
        return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)

    def _before(self, text: str) -> str:
        return self.tr("Semana anterior: {value}").format(value=text)

    def _show_cards(self, summary: Summary) -> None:
        now, before = summary.this_week, summary.last_week
        for key in ("done", "cancelled", "no_show"):
            self.cards[key].show_values(
                str(getattr(now.visits, key)), self._before(str(getattr(before.visits, key)))
            )
        self.cards["revenue"].show_values(
            self._money(now.revenue, summary.currency),
            self._before(self._money(before.revenue, summary.currency)),
        )

        def proposals(week: WeekSummary) -> str:
            p = week.proposals
            return f"{p.approved} / {p.rejected} / {p.expired}"

        self.cards["proposals"].show_values(proposals(now), self._before(proposals(before)))
        self.cards["decide"].show_values(
            self._minutes(now.proposals.median_minutes_to_decide),
            self._before(self._minutes(before.proposals.median_minutes_to_decide)),
        )

        def share(week: WeekSummary, part: int) -> str:
            total = week.conversations.bot_alone + week.conversations.handed
            if not total:
                return "0"
            return self.tr("{count} ({percent} %)").format(
                count=part, percent=round(100 * part / total)
            )

        self.cards["bot"].show_values(
            share(now, now.conversations.bot_alone),
            self._before(share(before, before.conversations.bot_alone)),
        )
        self.cards["handed"].show_values(
            share(now, now.conversations.handed),
            self._before(share(before, before.conversations.handed)),
        )

        def reminders(week: WeekSummary) -> str:
            r = week.reminders
            text = f"{r.sent} / {r.confirmed}"
            if r.by_phone:
                text += " " + self.tr("({count} por teléfono)").format(count=r.by_phone)
            return text

        self.cards["reminders"].show_values(reminders(now), self._before(reminders(before)))

    def _day_names(self, week: WeekSummary) -> tuple[str, ...]:
        locale = QLocale()
        return tuple(
            locale.dayName(qdate(day).dayOfWeek(), QLocale.FormatType.ShortFormat).strip(".")
            + f" {day.day}"
            for day in week.days
        )

    def _show_charts(self, summary: Summary) -> None:
        now, before = summary.this_week, summary.last_week
        days = self._day_names(now)
        last_week = self.tr("Semana anterior")
        self.visits_chart.set_data(
            days,
            (
                Series(self.tr("Realizadas"), DONE_COLOR, tuple(c.done for c in now.visits_by_day)),
                Series(
                    self.tr("Canceladas"),
                    CANCELLED_COLOR,
                    tuple(c.cancelled for c in now.visits_by_day),
                ),
                Series(
                    self.tr("No estaba"), NO_SHOW_COLOR, tuple(c.no_show for c in now.visits_by_day)
                ),
            ),
            tuple(c.total for c in before.visits_by_day),
            last_week,
        )
        self.revenue_chart.set_data(
            days,
            (Series(self.tr("Esta semana"), REVENUE_COLOR, tuple(map(float, now.revenue_by_day))),),
            tuple(map(float, before.revenue_by_day)),
            last_week,
        )
        technicians = now.visits_by_technician
        self.technician_chart.set_data(
            tuple(name for name, _ in technicians),
            (
                Series(self.tr("Realizadas"), DONE_COLOR, tuple(c.done for _, c in technicians)),
                Series(
                    self.tr("Canceladas"),
                    CANCELLED_COLOR,
                    tuple(c.cancelled for _, c in technicians),
                ),
                Series(
                    self.tr("No estaba"), NO_SHOW_COLOR, tuple(c.no_show for _, c in technicians)
                ),
            ),
        )
        self.conversation_share.set_parts(
            (
                (self.tr("Solo VircomBot"), now.conversations.bot_alone, BOT_COLOR),
                (self.tr("Con una persona"), now.conversations.handed, PERSON_COLOR),
            )
        )
        reasons = now.conversations.reasons
        if reasons:
            lines = [self.tr("Motivos para pasar a una persona:")]
            lines += [
                f"• {reason or self.tr('(sin motivo)')} — {count}" for reason, count in reasons
            ]
            self.reasons_label.setText("\n".join(lines))
        else:
            self.reasons_label.setText(self.tr("VircomBot no pasó conversaciones a una persona."))
