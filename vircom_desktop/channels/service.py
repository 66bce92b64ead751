"""The channels as one running service: inbound queue, turns, outbox, notices and rate limits.

HTTP handlers reach it as `runtime.channels`; the runtime starts and stops it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from starlette.concurrency import run_in_threadpool

from vircom_desktop.channels import inbound, notices, outbox
from vircom_desktop.channels.errors import ApiError
from vircom_desktop.channels.intake import Intake
from vircom_desktop.channels.outbox import Outbox, Sender
from vircom_desktop.channels.queue import InboundQueue
from vircom_desktop.channels.ratelimit import RateLimiter
from vircom_desktop.channels.turns import Agent, Turns, pending_review, reviewed_by_staff
from vircom_desktop.config import Settings
from vircom_desktop.domain import conversations
from vircom_desktop.domain.models import Message

log = logging.getLogger("vircom.channels")


def build_senders(settings: Settings) -> dict[str, Sender]:
    """A sender for each provider channel that is configured."""
    from vircom_desktop.channels.twilio import TwilioSender
    from vircom_desktop.channels.whatsapp import WhatsAppSender

    senders: dict[str, Sender] = {}
    if settings.whatsapp_enabled:
        senders["whatsapp"] = WhatsAppSender(settings)
    if settings.twilio_enabled:
        senders["twilio"] = TwilioSender(settings)
    return senders


class ChannelService:
    def __init__(
        self,
        settings: Settings,
        agent: Agent,
        *,
        workers: int = 1,
        senders: dict[str, Sender] | None = None,
    ) -> None:
        self.settings = settings
        self.intake = Intake()
        self.queue = InboundQueue(
            Turns(agent, privacy_url=settings.privacy_url), workers=workers, intake=self.intake
        )
        self.outbox = Outbox(build_senders(settings) if senders is None else senders)
        # How long a synchronous chat request waits for its answer before a 202 "processing".
        self.reply_timeout = settings.ollama_timeout_seconds + 30.0
        self.sender_limit = RateLimiter(20, 60.0)
        self.session_limit = RateLimiter(20, 60.0)
        self.address_limit = RateLimiter(60, 60.0)
        self.poll_limit = RateLimiter(600, 60.0)
        self._unsubscribe: Callable[[], None] | None = None

    def start(self) -> None:
        self.outbox.start()
        self.queue.start()
        self._unsubscribe = notices.subscribe()

    def stop(self) -> None:
        """Finish the turns and sends in progress, then stop."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.intake.stop()
        self.queue.stop()
        self.outbox.stop()

    # -- receiving ---------------------------------------------------------------------------

    def _store(
        self, receiving: conversations.Receiving, message: inbound.Inbound
    ) -> inbound.Stored:
        stored = inbound.store(receiving, message, default_mode=self.settings.agent_mode)
        if stored.duplicate or not reviewed_by_staff(stored.conversation_mode):
            return stored
        # Staff will answer: the sender's answer is known now.
        review = pending_review(stored.conversation_id)
        response = inbound.save_response(stored, review["http_status"], review["body"])
        return replace(stored, response=response)

    def _store_unsupported(
        self, receiving: conversations.Receiving, message: inbound.Inbound
    ) -> list[Message]:
        """A photo, audio...: shown to staff; the sender is asked to write instead."""
        stored = inbound.store(
            receiving, message, default_mode=self.settings.agent_mode, status=inbound.ANSWERED
        )
        if stored.duplicate:
            return []
        return outbox.queue_message(
            conversations.get(stored.conversation_id),
            inbound.TEXT_ONLY_REPLY,
            role="bot",
            reply_to=stored.message_id,
        )

    def _store_text(
        self, receiving: conversations.Receiving, message: inbound.Inbound
    ) -> list[Message]:
        self._store(receiving, message)
        return []

    async def receive_many(
        self, messages: Sequence[inbound.Inbound], unsupported: Sequence[inbound.Inbound] = ()
    ) -> None:
        """Commit a provider's delivery; the queue answers it later.

        Each message is its own job (the intake still commits them together), so one message
        the database refuses does not lose the others: it is logged, and the delivery is
        acknowledged. Only when none could be stored does the provider get an error to retry.
        """
        jobs = [functools.partial(self._store_text, message=m) for m in messages] + [
            functools.partial(self._store_unsupported, message=m) for m in unsupported
        ]
        if not jobs:
            return
        outcomes = await asyncio.gather(
            *(self.intake.run(job) for job in jobs), return_exceptions=True
        )
        failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
        replies = [row for outcome in outcomes if isinstance(outcome, list) for row in outcome]
        if replies:
            outbox.announce(replies)
        if len(failures) < len(jobs):
            self.queue.notify()
        # Nothing stored, or the desk is stopping (503): the provider retries the delivery, and
        # what was stored is recognised by its message id.
        refused = [failure for failure in failures if isinstance(failure, ApiError)]
        if refused:
            raise refused[0]
        for failure in failures:
            log.error("cannot store one message of a delivery: %s", failure)
        if failures and len(failures) == len(jobs):
            raise ApiError(
                503, "storage_unavailable", "the delivery cannot be stored now; retry shortly"
            ) from failures[0]

    async def receive_and_wait(
        self, message: inbound.Inbound
    ) -> tuple[inbound.Stored, dict[str, Any]]:
        """Commit a chat message and wait for its answer (a redelivery gets the first answer).

        When no answer comes within `reply_timeout` (a long queue before a slow model), the
        answer is a 202 with status "processing"; the reply then shows in the conversation.
        """
        stored = await self.intake.run(functools.partial(self._store, message=message))
        if not stored.duplicate:
            self.queue.notify()
        response = stored.response
        if not response:
            response = await self.queue.wait_response(stored.message_id, self.reply_timeout)
        if not response:
            response = inbound.stored_response(
                202,
                {
                    "conversation_id": stored.conversation_id,
                    "message_id": stored.external_id,
                    "status": "processing",
                },
            )
        return stored, dict(response)

    async def record_deliveries(self, statuses: Sequence[tuple[str, str, str]]) -> None:
        def record() -> None:
            for provider_id, status, error in statuses:
                outbox.record_delivery(provider_id, status, error)

        await run_in_threadpool(record)
