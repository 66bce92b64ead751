"""Aprobaciones: the owner approves or rejects the bot's proposals, guarded by the PIN."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.console_support import next_weekday, propose_visit
from tests.ui.widget_support import wait_for_dialog
from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.models import CONFIRMED, PROPOSED, REJECTED, Appointment, AuditLog
from vircom_desktop.ui import tasks
from vircom_desktop.ui.approvals import ApprovalsPage, RejectDialog
from vircom_desktop.ui.bridge import EventBridge
from vircom_desktop.ui.owner_gate import PinDialog


@pytest.fixture
def page(qtbot: QtBot, demo_shop: None, bridge: EventBridge) -> Iterator[ApprovalsPage]:
    page = ApprovalsPage(bridge)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading() and tasks.pending() == 0)
    yield page
    qtbot.waitUntil(lambda: tasks.pending() == 0)


def _pending() -> int:
    return Appointment.select().where(Appointment.status == PROPOSED).count()


def _type_pin(qtbot: QtBot, dialog: PinDialog, pin: str) -> None:
    dialog.pin_edit.setText(pin)
    dialog.buttons.accepted.emit()


def test_lists_the_demo_proposals_with_time_left(page: ApprovalsPage) -> None:
    assert page.model.rowCount() == _pending() > 0
    proposal = page.selected_proposal()
    assert proposal is not None
    assert page.detail_labels["customer"].text() == proposal.customer
    assert "h" in page.detail_labels["expires"].text()


def test_owner_approves_with_pin_and_the_badge_counts_down(
    qtbot: QtBot, page: ApprovalsPage
) -> None:
    visit = propose_visit(day=next_weekday(1), at=time(11, 0))
    qtbot.waitUntil(lambda: page.model.row_of(visit.id) is not None)
    assert page.select_appointment(visit.id)
    assert "Los Alerces 321" in page.detail_labels["address"].text()
    assert "no centrifuga" in page.excerpt_view.toPlainText()
    before = _pending()
    counts: list[int] = []
    page.pending_count_changed.connect(counts.append)

    page.approve_button.click()
    _type_pin(qtbot, wait_for_dialog(qtbot, page, PinDialog), "1234")
    qtbot.waitUntil(lambda: page.model.row_of(visit.id) is None)
    assert counts[-1] == before - 1
    approved = Appointment.get_by_id(visit.id)
    assert approved.status == CONFIRMED
    assert approved.approved_by == "Patricia (dueña)"


def test_wrong_pin_is_refused_and_nothing_changes(qtbot: QtBot, page: ApprovalsPage) -> None:
    visit = propose_visit(day=next_weekday(1), at=time(11, 0))
    qtbot.waitUntil(lambda: page.select_appointment(visit.id))
    page.approve_button.click()
    dialog = wait_for_dialog(qtbot, page, PinDialog)
    _type_pin(qtbot, dialog, "0000")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert dialog.error_label.text() == "PIN incorrecto."
    assert dialog.isVisible()
    assert Appointment.get_by_id(visit.id).status == PROPOSED
    assert page.unlock.owner() is None


def test_reject_needs_a_reason_and_the_pin_is_remembered(qtbot: QtBot, page: ApprovalsPage) -> None:
    first = propose_visit(day=next_weekday(1), at=time(11, 0))
    second = propose_visit(day=next_weekday(2), at=time(15, 0))
    qtbot.waitUntil(lambda: page.model.row_of(second.id) is not None)
    page.select_appointment(first.id)
    page.approve_button.click()
    _type_pin(qtbot, wait_for_dialog(qtbot, page, PinDialog), "1234")
    # The reload the booking event starts can end before the approval's own result arrives.
    qtbot.waitUntil(
        lambda: (
            page.model.row_of(first.id) is None
            and not page.is_loading()
            and page.reject_button.isEnabled()
        )
    )
    assert Appointment.get_by_id(first.id).status == CONFIRMED
    assert page.select_appointment(second.id)

    page.reject_button.click()
    dialog = page.findChild(RejectDialog)
    assert dialog is not None
    dialog.buttons.accepted.emit()
    assert dialog.error_label.isVisible() and dialog.isVisible()
    dialog.reason_edit.setPlainText("No hay repuestos para ese modelo.")
    dialog.buttons.accepted.emit()

    qtbot.waitUntil(lambda: Appointment.get_by_id(second.id).status == REJECTED)
    pin_dialog = page.findChild(PinDialog)
    assert pin_dialog is None or not pin_dialog.isVisible()
    rejected = Appointment.get_by_id(second.id)
    assert rejected.reject_reason == "No hay repuestos para ese modelo."
    assert (
        AuditLog.get((AuditLog.entity_id == second.id) & (AuditLog.action == "reject")).actor
        == "Patricia (dueña)"
    )


def test_domain_refusal_is_shown_in_spanish(qtbot: QtBot, page: ApprovalsPage) -> None:
    visit = propose_visit(day=next_weekday(1), at=time(11, 0))
    qtbot.waitUntil(lambda: page.select_appointment(visit.id))
    page.unlock.remember("Patricia (dueña)")
    clock.freeze(Appointment.get_by_id(visit.id).starts_at)  # its time has come meanwhile
    page.approve_button.click()
    qtbot.waitUntil(lambda: page.error_label.isVisible())
    assert page.error_label.text() == "Esa hora ya pasó."
    assert Appointment.get_by_id(visit.id).status == PROPOSED


def test_a_customers_move_says_which_visit_it_replaces(qtbot: QtBot, page: ApprovalsPage) -> None:
    visit = (
        Appointment.select()
        .where((Appointment.status == CONFIRMED) & (Appointment.starts_at > clock.now()))
        .order_by(Appointment.starts_at)
        .first()
    )
    assert visit is not None
    moved = None
    for days in range(1, 10):  # the first free time at the same hour on a later day
        try:
            moved = booking.move_for_customer(
                visit.id, visit.starts_at + timedelta(days=days), actor="VircomBot"
            )
            break
        except booking.BookingError:
            continue
    assert moved is not None
    page.reload()
    qtbot.waitUntil(lambda: not page.is_loading() and tasks.pending() == 0)
    row = next(r for r in range(page.model.rowCount()) if page.model.record(r).id == moved.id)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: f"#{visit.id}" in page.title_label.text())
