"""A conversation's row says when staff must phone the customer (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from vircom_desktop.channels.notices import CALL_PREFIX
from vircom_desktop.desk.console import Summary

ROW = Summary(
    id=1,
    channel="desk",
    customer="Marta",
    external_id="+56911112222",
    last_text="",
    last_role="system",
    last_at=datetime(2026, 11, 25, 12, tzinfo=UTC),
    unread=0,
    status="needs_human",
    mode="auto",
    handoff_reason=f"{CALL_PREFIX} para avisarle: +56911112222",
    pending_drafts=0,
)


def test_a_handoff_to_call_the_customer_puts_the_chat_on_the_call_list() -> None:
    assert ROW.needs_call
    assert not replace(ROW, handoff_reason="El cliente pide hablar con una persona").needs_call
    assert not replace(ROW, status="open").needs_call  # handled: off the list
