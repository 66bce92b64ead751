"""The httpx client the desk calls its HTTP APIs with (Ollama, WhatsApp Graph, Twilio).

None of those APIs uses cookies. A proxy in front of one may still set some (a load balancer's
sticky-session cookie), and sending them back would tie the desk to whatever that proxy meant by
them. Keeping none is also cheaper: a plain `httpx.Client` wraps every response and its request
for `http.cookiejar`, which copies the headers into an email message to look for Set-Cookie —
about a tenth of a request's CPU, paid on every model call and every send while a burst drains.
Parsing the same few URLs again for every request was another tenth of a model call.
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


class ApiClient(httpx.Client):
    """An `httpx.Client` that keeps and sends no cookies and parses each URL it is given once.

    All else is as httpx does it: a URL is merged with the base URL by httpx's own rules, the first
    time it is used (so one httpx cannot parse still fails that request, and every one after).
    """

    _MAX_URLS = 64  # the APIs' few paths; a caller inventing URLs only gets httpx's own pace

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._no_cookies = _NoCookies()
        self._merged_onto = self.base_url
        self._merged: dict[str, httpx.URL] = {}

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        """Cookies given to the client are not kept either."""

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        """httpx's merge, once per URL text: httpx parses the text and the base URL every time."""
        if not isinstance(url, str):
            return super()._merge_url(url)
        if self._merged_onto is not self.base_url or len(self._merged) >= self._MAX_URLS:
            self._merged_onto, self._merged = self.base_url, {}
        merged = self._merged.get(url)
        if merged is None:
            merged = self._merged[url] = super()._merge_url(url)
        return merged
