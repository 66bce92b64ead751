"""The ASGI application of the embedded listener: routes and error handling in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import Route

from vircom_desktop.channels import api_read, health
from vircom_desktop.channels.errors import (
    ApiError,
    handle_api_error,
    handle_http_exception,
    handle_unexpected,
)

if TYPE_CHECKING:
    from vircom_desktop.runtime import Runtime


def routes() -> list[Route]:
    return [
        Route("/api/health", health.health, methods=["GET"]),
        Route("/api/appointments", api_read.appointments, methods=["GET"]),
        Route("/api/availability", api_read.available, methods=["GET"]),
    ]


def build_app(runtime: Runtime) -> Starlette:
    app = Starlette(
        routes=routes(),
        exception_handlers={
            ApiError: handle_api_error,
            HTTPException: handle_http_exception,
            Exception: handle_unexpected,
        },
    )
    app.state.runtime = runtime
    return app
