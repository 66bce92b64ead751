"""The web chat endpoints, widget and page (the browser test is in test_webchat_browser.py)."""

from __future__ import annotations

import hashlib

from tests.channels.conftest import Desk, DeskFactory, first_reply
from vircom_desktop.channels.ratelimit import RateLimiter
from vircom_desktop.domain.models import Conversation, Message


def _post(desk: Desk, message: str, session: str | None = None, **headers: str) -> dict:
    body = {"message": message} if session is None else {"message": message, "session": session}
    response = desk.client.post("/api/webchat/messages", json=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_first_message_opens_a_session_and_gets_the_reply(desk: Desk) -> None:
    answer = _post(desk, "Hola, ¿reparan refrigeradores?")

    assert answer["status"] == "answered"
    assert answer["reply"] == first_reply()
    assert len(answer["session"]) >= 40
    conversation = Conversation.get_by_id(answer["conversation_id"])
    assert conversation.channel == "webchat"
    assert conversation.session_token_hash == hashlib.sha256(answer["session"].encode()).hexdigest()
    assert answer["session"] not in (conversation.external_id, conversation.session_token_hash)

    again = _post(desk, "Gracias", answer["session"])
    assert again["conversation_id"] == answer["conversation_id"]
    assert again["session"] == answer["session"]


def test_a_session_reads_its_own_messages_only(desk: Desk) -> None:
    mine = _post(desk, "Hola, soy Ana")
    theirs = _post(desk, "Hola, soy Beto")

    listed = desk.client.get("/api/webchat/messages", params={"session": mine["session"]}).json()
    assert [(m["role"], m["text"]) for m in listed["messages"]] == [
        ("customer", "Hola, soy Ana"),
        ("bot", first_reply()),
    ]
    after = desk.client.get(
        "/api/webchat/messages", params={"session": mine["session"], "after": mine["message_id"]}
    ).json()
    assert [m["role"] for m in after["messages"]] == ["bot"]
    other = desk.client.get("/api/webchat/messages", params={"session": theirs["session"]}).json()
    assert other["messages"][0]["text"] == "Hola, soy Beto"


def test_unknown_sessions_are_404(desk: Desk) -> None:
    listed = desk.client.get("/api/webchat/messages", params={"session": "nope"})
    assert listed.status_code == 404
    assert listed.json()["code"] == "unknown_session"
    assert desk.client.get("/api/webchat/messages").status_code == 404
    posted = desk.client.post("/api/webchat/messages", json={"message": "x", "session": "nope"})
    assert posted.status_code == 404
    bad_after = desk.client.get("/api/webchat/messages", params={"session": "x", "after": "-1"})
    assert bad_after.status_code == 400


def test_drafts_are_not_shown_until_staff_send_them(make_desk: DeskFactory) -> None:
    desk = make_desk(agent_mode="draft")
    answer = _post(desk, "Hola")

    assert answer["status"] == "pending_review"
    assert "reply" not in answer
    listed = desk.client.get("/api/webchat/messages", params={"session": answer["session"]}).json()
    assert [m["role"] for m in listed["messages"]] == ["customer"]


def test_sessions_and_addresses_are_rate_limited(desk: Desk) -> None:
    desk.runtime.channels.session_limit = RateLimiter(1, 60.0)
    first = _post(desk, "uno")
    limited = desk.client.post(
        "/api/webchat/messages", json={"message": "dos", "session": first["session"]}
    )
    assert limited.status_code == 429

    desk.runtime.channels.address_limit = RateLimiter(1, 60.0)
    _post(desk, "tres")
    assert desk.client.post("/api/webchat/messages", json={"message": "cuatro"}).status_code == 429


def test_only_configured_origins_may_use_it_from_a_browser(make_desk: DeskFactory) -> None:
    desk = make_desk(cors_origins=("https://www.vircom.cl",))
    allowed = desk.client.post(
        "/api/webchat/messages",
        json={"message": "Hola"},
        headers={"Origin": "https://www.vircom.cl"},
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://www.vircom.cl"

    preflight = desk.client.options(
        "/api/webchat/messages",
        headers={"Origin": "https://www.vircom.cl", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]

    foreign = desk.client.post(
        "/api/webchat/messages",
        json={"message": "Hola"},
        headers={"Origin": "https://evil.example"},
    )
    assert foreign.status_code == 403
    assert foreign.json()["code"] == "origin_not_allowed"
    assert Message.select().where(Message.role == "customer").count() == 1


def test_bad_web_chat_bodies_are_4xx(desk: Desk) -> None:
    post = desk.client.post
    assert post("/api/webchat/messages", json={}).status_code == 400
    assert post("/api/webchat/messages", json={"message": 5}).status_code == 400
    assert post("/api/webchat/messages", json={"message": "x", "session": 5}).status_code == 400
    assert (
        post(
            "/api/webchat/messages", content=b"{", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )
    assert post("/api/webchat/messages", content=b"hola").status_code == 415


def test_the_widget_and_the_page_are_served(desk: Desk) -> None:
    script = desk.client.get("/widget.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "/api/webchat/messages" in script.text
    page = desk.client.get("/chat")
    assert page.status_code == 200
    assert '<script src="/widget.js" data-mode="page"' in page.text
