"""Who may call the private API: a bearer token when one is set, else direct loopback clients only."""

from __future__ import annotations

import hmac
import ipaddress

from starlette.requests import Request

from vircom_desktop.channels.errors import ApiError

_PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def require_api_access(request: Request, token: str) -> None:
    """Raise 401/403 unless the caller may use the private API."""
    if token:
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
            raise ApiError(401, "unauthorized", "missing or wrong bearer token")
        return
    client = request.client.host if request.client else None
    if not _is_loopback(client) or any(h in request.headers for h in _PROXY_HEADERS):
        raise ApiError(
            403,
            "forbidden",
            "without VIRCOM_API_TOKEN only direct local clients may call the API; set a token",
        )
