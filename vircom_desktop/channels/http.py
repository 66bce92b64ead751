"""Helpers shared by the HTTP handlers: the running core behind a request, and access checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request

from vircom_desktop.channels.auth import require_api_access

if TYPE_CHECKING:
    from vircom_desktop.runtime import Runtime


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def authorize(request: Request) -> None:
    """Private API access check (bearer token, or direct loopback when no token is set)."""
    require_api_access(request, runtime_of(request).settings.api_token)
