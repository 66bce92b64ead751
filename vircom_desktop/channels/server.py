"""The ASGI application of the embedded listener: routes and error handling in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route

from vircom_desktop.channels import (
    api_read,
    calendar_feed,
    chat_api,
    health,
    staff_api,
    twilio,
    webchat,
    whatsapp,
)
from vircom_desktop.channels.access_log import AccessLog
from vircom_desktop.channels.errors import (
    ApiError,
    handle_api_error,
    handle_http_exception,
    handle_unexpected,
)
from vircom_desktop.channels.inflight import InFlightLimit

if TYPE_CHECKING:
    from vircom_desktop.runtime import Runtime


def routes() -> list[Route]:
    return [
        Route("/api/health", health.health, methods=["GET"]),
        Route("/api/appointments", api_read.appointments, methods=["GET"]),
        Route("/api/appointments", staff_api.create_appointment, methods=["POST"]),
        Route("/api/appointments/{appointment_id}", staff_api.get_appointment, methods=["GET"]),
        Route("/api/appointments/{appointment_id}/{action}", staff_api.act, methods=["POST"]),
        Route("/api/availability", api_read.available, methods=["GET"]),
        Route("/api/webhook/chat", chat_api.chat_webhook, methods=["POST"]),
        Route("/api/conversations/{conversation_id}", chat_api.conversation, methods=["GET"]),
        Route("/api/webhook/whatsapp", whatsapp.verify, methods=["GET"]),
        Route("/api/webhook/whatsapp", whatsapp.webhook, methods=["POST"]),
        Route("/api/webhook/twilio", twilio.webhook, methods=["POST"]),
        Route("/api/calendar.ics", calendar_feed.feed, methods=["GET"]),
        Route("/widget.js", webchat.widget, methods=["GET"]),
        Route("/chat", webchat.page, methods=["GET"]),
        Route("/api/webchat/messages", webchat.post_message, methods=["POST"]),
        Route("/api/webchat/messages", webchat.list_messages, methods=["GET"]),
        Route("/api/webchat/messages", webchat.preflight, methods=["OPTIONS"]),
        Route("/api/webchat/notice", webchat.notice, methods=["GET"]),
    ]


def build_app(runtime: Runtime) -> Starlette:
    app = Starlette(
        routes=routes(),
        middleware=[Middleware(AccessLog), Middleware(InFlightLimit)],
        exception_handlers={
            ApiError: handle_api_error,
            HTTPException: handle_http_exception,
            Exception: handle_unexpected,
        },
    )
    app.state.runtime = runtime
    return app
