"""A message the database refuses does not lose the others of its delivery."""

from __future__ import annotations

from typing import Any

import pytest

from tests.channels.conftest import Desk, whatsapp_payload
from vircom_desktop.channels import inbound
from vircom_desktop.channels.service import ChannelService
from vircom_desktop.domain.models import Message

REFUSED = "56900000002"


def _text(sender: str, wamid: str) -> dict[str, Any]:
    return {"from": sender, "id": wamid, "type": "text", "text": {"body": "Hola"}}


@pytest.fixture
def refuse_one_sender(monkeypatch: pytest.MonkeyPatch) -> None:
    original = ChannelService._store

    def store(self: ChannelService, receiving: Any, message: inbound.Inbound) -> Any:
        if message.sender == REFUSED:
            raise RuntimeError("the database refused this row")
        return original(self, receiving, message)

    monkeypatch.setattr(ChannelService, "_store", store)


@pytest.mark.allow_log_warnings  # the refused message is logged for staff
def test_the_other_messages_are_stored_and_the_delivery_acknowledged(
    desk: Desk, refuse_one_sender: None
) -> None:
    payload = whatsapp_payload("56900000001", _text("56900000001", "wamid.I1"))
    value = payload["entry"][0]["changes"][0]["value"]
    value["messages"] += [_text(REFUSED, "wamid.I2"), _text("56900000003", "wamid.I3")]

    response = desk.whatsapp(payload)

    assert response.status_code == 200
    stored = {row.external_id for row in Message.select().where(Message.role == "customer")}
    assert stored == {"wamid.I1", "wamid.I3"}


@pytest.mark.allow_log_warnings
def test_a_delivery_with_nothing_stored_gets_a_json_503_to_retry(
    desk: Desk, refuse_one_sender: None
) -> None:
    response = desk.whatsapp(whatsapp_payload(REFUSED, _text(REFUSED, "wamid.I4")))

    assert response.status_code == 503
    assert response.json()["code"] == "storage_unavailable"
