"""The theme colours what reports: errors and states, also in item models and painted cards."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from vircom_desktop.desk.approvals import Proposal
from vircom_desktop.domain import clock
from vircom_desktop.ui.approvals import ProposalsModel
from vircom_desktop.ui.conversations.tool_cards import ToolCard
from vircom_desktop.ui.main_window import MainWindow
from vircom_desktop.ui.resources import stylesheet
from vircom_desktop.ui.settings.privacy_tab import PrivacyTab
from vircom_desktop.ui.theme import ThemeColors


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[None]:
    before = qapp.styleSheet()
    yield
    qapp.setStyleSheet(before)


def _proposal(expires_in: timedelta) -> Proposal:
    now = clock.now()
    return Proposal(
        id=1,
        customer="Juan Pérez",
        phone="+56911112222",
        address="Los Aromos 455",
        issue="No enciende",
        service="Diagnóstico",
        technician="Ana",
        technician_color="#2563eb",
        starts_at=now + timedelta(days=1),
        ends_at=now + timedelta(days=1, hours=1),
        expires_at=now + expires_in,
        channel="whatsapp",
        excerpt=(),
    )


def _expiry_colour(model: ProposalsModel) -> QColor | None:
    colour = model.data(model.index(0, ProposalsModel.EXPIRES), Qt.ItemDataRole.ForegroundRole)
    assert colour is None or isinstance(colour, QColor)
    return colour


def test_a_proposal_about_to_expire_takes_the_themes_error_colour(
    qtbot: QtBot, qapp: QApplication, app_theme: None
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    colors = ThemeColors(page)
    model = ProposalsModel(colors, page)
    colors.changed.connect(model.refresh_time_left)
    model.set_records([_proposal(timedelta(minutes=30)), _proposal(timedelta(hours=3))])

    qapp.setStyleSheet(stylesheet("light"))
    assert _expiry_colour(model) == QColor("#b91c1c")
    with qtbot.waitSignal(model.dataChanged):
        qapp.setStyleSheet(stylesheet("dark"))
    assert _expiry_colour(model) == QColor("#fca5a5")
    later = model.data(model.index(1, ProposalsModel.EXPIRES), Qt.ItemDataRole.ForegroundRole)
    assert later is None  # hours left: the table's own text colour


@pytest.mark.parametrize(
    ("theme", "colours"),
    [
        ("light", {"ok": "#16a34a", "loading": "#d97706", "unreachable": "#dc2626"}),
        ("dark", {"ok": "#4ade80", "loading": "#fbbf24", "unreachable": "#f87171"}),
    ],
)
def test_the_model_light_in_the_status_bar_is_coloured_by_the_theme(
    qapp: QApplication, app_theme: None, window: MainWindow, theme: str, colours: dict[str, str]
) -> None:
    qapp.setStyleSheet(stylesheet(theme))
    label = window.ollama_label
    for state, colour in colours.items():
        window.set_ollama_state(state)
        assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(colour), state


def _selectors(theme: str) -> set[str]:
    text = re.sub(r"/\*.*?\*/", "", stylesheet(theme), flags=re.DOTALL)
    return {
        " ".join(selector.split())
        for rule in re.findall(r"([^{}]+)\{", text)
        for selector in rule.split(",")
    }


def test_the_dark_theme_restyles_everything_the_light_one_styles() -> None:
    light, dark = _selectors("light"), _selectors("dark")
    assert light == dark
    assert {'QFrame#toolCard[failed="true"]', '*[invalid="true"]', "ThemeColors"} <= light


def test_a_refused_field_and_a_failed_tool_are_marked_for_the_theme(qtbot: QtBot) -> None:
    card = ToolCard("book_appointment", {})
    qtbot.addWidget(card)
    card.finish('{"error": "slot_taken"}', ok=False)
    assert card.property("failed") is True
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    tab.months_edit.setText("0")
    assert tab.collect() is None
    assert tab.months_edit.property("invalid") is True
    tab.clear_errors()
    assert tab.months_edit.property("invalid") is False
