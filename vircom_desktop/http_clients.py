"""What the desk's HTTP clients (Ollama, WhatsApp Graph, Twilio) share: no cookies, parsed URLs.

None of those APIs uses cookies. A proxy in front of one may still set some (a load balancer's
sticky-session cookie), and sending them back would tie the desk to whatever that proxy meant by
them. Keeping none is also cheaper: a plain `httpx.Client` wraps every response and its request
for `http.cookiejar`, which copies the headers into an email message to look for Set-Cookie —
about a tenth of a request's CPU, paid on every model call and every send while a burst drains.
"""

from __future__ import annotations

import http.cookiejar
import urllib.request
from http.client import HTTPResponse
from typing import Any

import httpx


class _NoCookieJar(http.cookiejar.CookieJar):
    """A cookie jar that keeps nothing, so no cookie is ever sent."""

    def extract_cookies(self, response: HTTPResponse, request: urllib.request.Request) -> None:
        """A response's Set-Cookie headers are not read at all."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        """Nothing is kept, whoever sets it."""


class _NoCookies(httpx.Cookies):
    """Always empty; a response is not even looked at."""

    def __init__(self) -> None:
        super().__init__(_NoCookieJar())

    def extract_cookies(self, response: httpx.Response) -> None:
        """Nothing to keep."""


class CookielessClient(httpx.Client):
    """An `httpx.Client` that keeps no cookies and sends none (all else as httpx does)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        """Cookies given to the client are not kept either."""


def parsed_url(text: str) -> httpx.URL | str:
    """`text` parsed once for all the requests to it (httpx parses a str again every time).

    A URL httpx cannot parse stays text, so a bad setting fails each request as it always did,
    not the desk's start.
    """
    try:
        return httpx.URL(text)
    except httpx.InvalidURL:
        return text
