"""Keeps VircomBot's model loaded in Ollama during business hours.

A cold load takes tens of seconds on a desk PC: the first customer of the morning should not
wait for it. During opening hours (and a little before) the job asks Ollama which models are
loaded; when ours is not, it sends a preload request, announcing `model_state` "loading" then
"ok" for the status bar; when it is, the same request only renews its keep-alive. The load
takes a model slot as background work: drafts and customers' turns go first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from vircom_desktop import events
from vircom_desktop.config import Settings
from vircom_desktop.domain import clock
from vircom_desktop.domain.models import BusinessHours

log = logging.getLogger("vircom.jobs")

CHECK_EVERY_MINUTES = 4
KEEP_ALIVE = "10m"  # longer than the check interval: the model stays between checks
LEAD = timedelta(minutes=30)  # start warming before the shop opens


def within_business_hours(moment: datetime) -> bool:
    """Whether the shop is open at `moment`, or opens within LEAD of it."""
    local = clock.to_local(moment)
    ahead = clock.to_local(moment + LEAD)
    for when in (local, ahead):
        at = when.strftime("%H:%M")
        ranges = BusinessHours.select().where(BusinessHours.weekday == when.weekday())
        if any(row.start <= at < row.end for row in ranges):
            return True
    return False


def keep_model_warm(settings_of: Callable[[], Settings]) -> str:
    """One check; returns what it did: 'closed', 'renewed', 'loaded', 'model_missing' or
    'unreachable' (the last two are also what the status bar is told)."""
    from vircom_desktop.agent.ollama_client import OllamaClient, OllamaError

    if not within_business_hours(clock.now()):
        return "closed"
    settings = settings_of()
    client = OllamaClient(
        settings.ollama_url,
        settings.ollama_model,
        timeout_seconds=settings.ollama_timeout_seconds,
        keep_alive=KEEP_ALIVE,
    )
    try:
        loaded = client.is_loaded()
        if not loaded:
            events.hub.publish(events.MODEL_STATE, state="loading")
        client.preload()
    except OllamaError as error:
        log.info("model warm-up skipped: %s", error)
        state = "model_missing" if error.code == "model_missing" else "unreachable"
        events.hub.publish(events.MODEL_STATE, state=state)
        return state
    finally:
        client.close()
    if not loaded:
        log.info("loaded %s into Ollama", settings.ollama_model)
    events.hub.publish(events.MODEL_STATE, state="ok")
    return "renewed" if loaded else "loaded"
