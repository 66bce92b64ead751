"""The staff API for visits (CONTRACT §4): the same rules, audit and notices as the desk."""

from __future__ import annotations

import threading
from typing import Any

import httpx

from tests.channels.conftest import Desk, DeskFactory, whatsapp_text
from tests.fakes.shop import NOW
from vircom_desktop.domain import booking, conversations
from vircom_desktop.domain.models import Appointment, AuditLog, Customer, Message

CUSTOMER = "56911111111"


def _new(desk: Desk, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "customer": {"name": "Juan Pérez", "phone": "+56 9 1111 1111"},
        "service": desk.shop.washer,
        "starts_at": "2025-06-10T10:00",
        "address": "Los Leones 123, Providencia",
        "issue": "No centrifuga",
    }
    body.update(changes)
    return body


def _post(desk: Desk, path: str, body: Any = None) -> httpx.Response:
    if body is None:
        return desk.client.post(path)
    return desk.client.post(path, json=body)


def test_a_visit_booked_through_the_api_is_confirmed_and_gets_a_technician(desk: Desk) -> None:
    response = _post(desk, "/api/appointments", _new(desk))

    assert response.status_code == 201, response.text
    visit = response.json()
    assert visit["status"] == "confirmed"
    assert visit["source"] == "api"
    assert visit["starts_at"] == "2025-06-10T10:00:00-04:00"
    assert visit["ends_at"] == "2025-06-10T11:30:00-04:00"
    assert visit["technician"]["id"] in (desk.shop.ana, desk.shop.beto)
    assert visit["customer"]["phone"] == "+56911111111"
    assert desk.client.get(f"/api/appointments/{visit['id']}").json() == visit
    audit = AuditLog.get((AuditLog.entity == "citas") & (AuditLog.entity_id == visit["id"]))
    assert (audit.actor, audit.action) == ("api", "create")


def test_a_customer_with_the_same_phone_is_reused_never_duplicated(desk: Desk) -> None:
    first = _post(desk, "/api/appointments", _new(desk)).json()
    second = _post(
        desk,
        "/api/appointments",
        _new(
            desk,
            customer={"name": "Juan", "phone": "56911111111"},
            starts_at="2025-06-11T10:00:00-04:00",
        ),
    ).json()

    assert first["customer"]["id"] == second["customer"]["id"]
    assert Customer.select().where(Customer.phone == "+56911111111").count() == 1


def test_a_proposed_visit_can_be_booked_and_then_confirmed(desk: Desk) -> None:
    visit = _post(desk, "/api/appointments", _new(desk, status="proposed")).json()
    assert visit["status"] == "proposed"

    confirmed = _post(desk, f"/api/appointments/{visit['id']}/confirm")
    assert confirmed.status_code == 200
    assert confirmed.json()["status"] == "confirmed"

    again = _post(desk, f"/api/appointments/{visit['id']}/confirm")
    assert again.status_code == 409
    assert again.json()["code"] == "invalid_transition"


def test_a_taken_time_is_409_slot_taken(desk: Desk) -> None:
    body = _new(desk, technician=desk.shop.ana)
    assert _post(desk, "/api/appointments", body).status_code == 201
    taken = _post(desk, "/api/appointments", body)
    assert taken.status_code == 409
    assert taken.json()["code"] == "slot_taken"


INVALID = [
    ({"customer": None}, "customer"),
    ({"customer": "Juan"}, "customer"),
    ({"customer": {"phone": "+56911111111"}}, "name"),
    ({"customer": {"name": "Juan", "phone": "hola"}}, "phone"),
    ({"service": None}, "service"),
    ({"service": "lavadora"}, "service"),
    ({"service": 999}, "service"),
    ({"starts_at": None}, "starts_at"),
    ({"starts_at": "mañana a las 10"}, "starts_at"),
    ({"starts_at": "2025-06-10"}, "starts_at"),
    ({"starts_at": "2025-02-30T10:00"}, "starts_at"),
    ({"technician": "Ana"}, "technician"),
    ({"technician": 999}, "technician"),
    ({"address": ""}, "address"),
    ({"address": 12}, "address"),
    ({"issue": None}, "issue"),
    ({"status": "done"}, "status"),
    ({"starts_at": "2025-06-15T10:00"}, "closed"),  # a Sunday
    ({"starts_at": "2025-06-02T10:00"}, "passed"),
]


def test_every_invalid_field_is_a_400_with_a_clear_message(desk: Desk) -> None:
    for changes, field in INVALID:
        body = _new(desk)
        for key, value in changes.items():
            if value is None:
                body.pop(key)
            else:
                body[key] = value
        response = _post(desk, "/api/appointments", body)
        assert response.status_code == 400, (changes, response.text)
        error = response.json()
        assert error["code"], changes
        assert field.split("_")[0] in error["error"].replace("'", ""), (changes, error)
    assert not Appointment.select().exists()


def test_unknown_ids_and_actions(desk: Desk) -> None:
    assert desk.client.get("/api/appointments/999").json()["code"] == "not_found"
    assert desk.client.get("/api/appointments/999").status_code == 404
    assert desk.client.get("/api/appointments/abc").status_code == 400
    assert _post(desk, "/api/appointments/999/cancel").status_code == 404
    visit = _post(desk, "/api/appointments", _new(desk)).json()
    assert _post(desk, f"/api/appointments/{visit['id']}/explode").status_code == 404


def test_reject_needs_a_reason_and_reschedule_a_time(desk: Desk) -> None:
    visit = _post(desk, "/api/appointments", _new(desk, status="proposed")).json()
    missing = _post(desk, f"/api/appointments/{visit['id']}/reject", {})
    assert (missing.status_code, missing.json()["code"]) == (400, "missing_field")
    bad_time = _post(desk, f"/api/appointments/{visit['id']}/reschedule", {"starts_at": 5})
    assert bad_time.status_code == 400

    moved = _post(
        desk,
        f"/api/appointments/{visit['id']}/reschedule",
        {"starts_at": "2025-06-11T15:00", "technician": desk.shop.beto},
    )
    assert moved.status_code == 200
    assert moved.json()["starts_at"] == "2025-06-11T15:00:00-04:00"
    assert moved.json()["technician"]["id"] == desk.shop.beto

    rejected = _post(desk, f"/api/appointments/{visit['id']}/reject", {"reason": "sin repuesto"})
    assert rejected.json()["status"] == "rejected"


def test_complete_and_no_show_wait_for_the_visit_to_start(desk: Desk) -> None:
    visit = _post(desk, "/api/appointments", _new(desk)).json()
    early = _post(desk, f"/api/appointments/{visit['id']}/complete")
    assert (early.status_code, early.json()["code"]) == (409, "invalid_transition")
    assert _post(desk, f"/api/appointments/{visit['id']}/no_show").status_code == 409


def test_concurrent_actions_on_one_visit_serialise(desk: Desk) -> None:
    visit = _post(desk, "/api/appointments", _new(desk, status="proposed")).json()
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def act(action: str, body: dict[str, Any]) -> None:
        with httpx.Client(base_url=desk.url, timeout=30) as client:
            barrier.wait()
            statuses.append(
                client.post(f"/api/appointments/{visit['id']}/{action}", json=body).status_code
            )

    threads = [
        threading.Thread(target=act, args=("confirm", {})),
        threading.Thread(target=act, args=("reject", {"reason": "sin técnico"})),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200, 409]


def test_a_token_is_required_when_one_is_set(make_desk: DeskFactory) -> None:
    desk = make_desk(api_token="s3cret")
    assert _post(desk, "/api/appointments", _new(desk)).status_code == 401
    response = desk.client.post(
        "/api/appointments", json=_new(desk), headers={"Authorization": "Bearer s3cret"}
    )
    assert response.status_code == 201


# -- the customer hears about every change ---------------------------------------------------


def _whatsapp_customer(desk: Desk) -> None:
    desk.whatsapp(whatsapp_text(CUSTOMER, "Hola", "wamid.A1"))
    desk.providers.wait_for(1)


def test_a_visit_booked_for_a_whatsapp_customer_is_announced_to_them(desk: Desk) -> None:
    _whatsapp_customer(desk)
    visit = _post(desk, "/api/appointments", _new(desk, technician=desk.shop.ana)).json()

    notice = desk.providers.wait_for(2)[-1]
    assert notice.to == CUSTOMER
    assert "quedó confirmada" in notice.text
    assert "martes 10 de junio de 10:00 a 11:30" in notice.text
    assert "Ana Pérez" in notice.text and "Los Leones 123" in notice.text

    _post(desk, f"/api/appointments/{visit['id']}/reschedule", {"starts_at": "2025-06-12T15:00"})
    moved = desk.providers.wait_for(3)[-1]
    assert "cambió de hora" in moved.text and "jueves 12 de junio de 15:00 a 16:30" in moved.text

    _post(desk, f"/api/appointments/{visit['id']}/cancel", {"reason": "el técnico está enfermo"})
    cancelled = desk.providers.wait_for(4)[-1]
    assert "canceló su visita" in cancelled.text and "el técnico está enfermo" in cancelled.text


def test_a_rejected_proposal_offers_the_next_free_times(desk: Desk) -> None:
    _whatsapp_customer(desk)
    visit = _post(desk, "/api/appointments", _new(desk, status="proposed")).json()
    desk.providers.wait_for(2)  # "pendiente de confirmación"

    _post(desk, f"/api/appointments/{visit['id']}/reject", {"reason": "sin repuesto"})
    notice = desk.providers.wait_for(3)[-1]
    assert "no pudimos confirmar" in notice.text and "sin repuesto" in notice.text
    assert "Horarios libres más próximos: martes 10 de junio a las" in notice.text


def test_changes_the_customer_made_in_the_chat_get_no_extra_notice(desk: Desk) -> None:
    _whatsapp_customer(desk)
    conversation = conversations.get_or_create("whatsapp", CUSTOMER)
    customer = conversations.link_customer(conversation.id, name="Juan", address="Los Leones 1")
    visit = booking.create(
        booking.VisitRequest(
            customer_id=customer.id,
            service_id=desk.shop.washer,
            start=NOW.replace(day=11, hour=10),
            address="Los Leones 1",
            issue="No centrifuga",
        ),
        actor="Marta",
    )
    desk.providers.wait_for(2)
    outgoing = Message.select().where(Message.role == "bot")
    before = outgoing.count()
    booking.cancel(visit.id, actor="VircomBot", reason="el cliente no puede")
    assert outgoing.count() == before  # a notice would be stored with the change itself


def test_another_technician_at_the_same_time_is_not_called_a_new_time(desk: Desk) -> None:
    _whatsapp_customer(desk)
    visit = _post(desk, "/api/appointments", _new(desk, technician=desk.shop.ana)).json()
    desk.providers.wait_for(2)
    _post(
        desk,
        f"/api/appointments/{visit['id']}/reschedule",
        {"starts_at": "2025-06-10T10:00", "technician": desk.shop.beto},
    )
    notice = desk.providers.wait_for(3)[-1]
    assert "tiene cambios" in notice.text and "Beto Soto" in notice.text
