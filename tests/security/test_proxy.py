"""Class 7: behind a TLS proxy that sends no X-Forwarded-Proto, the `/chat` page served on the
public origin may still post to the web chat; other sites may not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.conftest import CORS_ORIGIN, PUBLIC_URL, Serve

MESSAGE = {"message": "Hola, ¿tienen hora mañana?"}


def test_the_public_origin_posts_without_x_forwarded_proto(open_server: Serve) -> None:
    # What nginx passes on with `proxy_set_header Host $host` and nothing about the scheme.
    answer = open_server.post_json(
        "/api/webchat/messages",
        MESSAGE,
        host="vircom.example.cl",
        headers=[("Origin", PUBLIC_URL), ("X-Forwarded-For", "203.0.113.7")],
    )
    assert answer.status == 200, answer
    assert answer.json()["session"]


def test_an_allowed_site_gets_cors_headers(open_server: Serve) -> None:
    answer = open_server.post_json(
        "/api/webchat/messages", MESSAGE, headers=[("Origin", CORS_ORIGIN)]
    )
    assert answer.status == 200
    assert answer.headers["access-control-allow-origin"] == CORS_ORIGIN


@settings(max_examples=20, deadline=None)
@given(
    origin=st.one_of(
        st.sampled_from(
            [
                "https://vircom.example.cl.evil.example",
                "https://evil.example",
                "null",
            ]
        ),
        st.from_regex(r"https://[a-z]{1,12}\.example", fullmatch=True),
    )
)
def test_other_sites_are_refused(open_server: Serve, origin: str) -> None:
    answer = open_server.post_json(
        "/api/webchat/messages", MESSAGE, host="vircom.example.cl", headers=[("Origin", origin)]
    )
    assert answer.status == 403 and answer.json()["code"] == "origin_not_allowed"
