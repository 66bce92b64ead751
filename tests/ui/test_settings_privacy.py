"""Ajustes → Privacidad: "Conservar conversaciones" refuses 0 and nonsense; the link is checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Shop
from vircom_desktop.domain import policy
from vircom_desktop.ui import tasks
from vircom_desktop.ui.settings.privacy_tab import PrivacyTab


@pytest.fixture
def tab(qtbot: QtBot, shop: Shop) -> Iterator[PrivacyTab]:
    tab = PrivacyTab()
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.months_edit.text() == "24")
    yield tab
    qtbot.waitUntil(lambda: tasks.pending() == 0)


@pytest.mark.parametrize("months", ["0", "abc", "-3", "2.5", "", "121"])
def test_a_nonsense_retention_is_refused_and_nothing_is_stored(
    qtbot: QtBot, tab: PrivacyTab, months: str
) -> None:
    tab.months_edit.setText(months)
    tab.save()

    assert tab.error_label.isVisibleTo(tab)
    assert "entre 1 y 120" in tab.error_label.text()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert policy.privacy_policy().retention_months == 24


def test_retention_and_link_are_stored_and_the_notice_shows_the_link(
    qtbot: QtBot, tab: PrivacyTab
) -> None:
    tab.months_edit.setText("36")
    tab.url_edit.setText("https://vircom.cl/privacidad")
    with qtbot.waitSignal(tab.saved):
        tab.save()

    assert policy.privacy_policy() == policy.PrivacyPolicy(36, "https://vircom.cl/privacidad")
    assert tab.notice_label.text().endswith("Más información: https://vircom.cl/privacidad")


def test_a_link_that_is_not_a_web_address_is_refused(tab: PrivacyTab) -> None:
    tab.url_edit.setText("javascript:alert(1)")
    tab.save()

    assert "https://" in tab.error_label.text()
    assert policy.privacy_policy().notice_url == ""
