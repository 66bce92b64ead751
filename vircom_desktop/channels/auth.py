"""Who may call the private API: a bearer token when one is set, else direct loopback clients only.

Without a token, a loopback client must also name a loopback host (or the public URL's host):
a web page the receptionist opens can make the browser call 127.0.0.1 under its own domain
(DNS rebinding), and its requests carry that foreign name in `Host`.
"""

from __future__ import annotations

import hmac
import ipaddress
from urllib.parse import urlsplit

from starlette.requests import Request

from vircom_desktop.channels.errors import ApiError

_PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of a secret a client sent with ours, as bytes.

    `hmac.compare_digest` raises TypeError on `str` with non-ASCII characters, and header
    values decode as Latin-1, so any byte a client sends is a wrong secret, never an exception.
    """
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def host_name(header: str) -> str:
    """The name in a Host header, lowercased, without port, brackets or a final dot."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else ""
    name, _, port = value.rpartition(":")
    if not name:  # no port
        name = port
    return name[:-1] if name.endswith(".") else name


def host_allowed(header: str | None, public_url: str) -> bool:
    """A loopback name (`localhost`, 127.x, ::1, any port) or the host of the public URL."""
    if not header:
        return False
    name = host_name(header)
    if _is_loopback(name):
        return True
    public = (urlsplit(public_url).hostname or "") if public_url else ""
    return bool(public) and name == public.lower().rstrip(".")


def require_api_access(request: Request, token: str, public_url: str = "") -> None:
    """Raise 401/403 unless the caller may use the private API."""
    if token:
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not same_secret(given.strip(), token):
            raise ApiError(401, "unauthorized", "missing or wrong bearer token")
        return
    client = request.client.host if request.client else None
    if not _is_loopback(client) or any(h in request.headers for h in _PROXY_HEADERS):
        raise ApiError(
            403,
            "forbidden",
            "without VIRCOM_API_TOKEN only direct local clients may call the API; set a token",
        )
    if not host_allowed(request.headers.get("host"), public_url):
        raise ApiError(
            403,
            "host_not_allowed",
            "without VIRCOM_API_TOKEN the API answers only to localhost or the public URL's host",
        )
