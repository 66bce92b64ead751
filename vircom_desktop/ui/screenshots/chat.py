"""The chat console's screenshot: a phone customer, VircomBot's draft and its tool cards.

VircomBot runs for real (its tool loop, tools and booking) against `ScriptedModel`, a stand-in
for Ollama shipped in this package, so the cards and the draft are what staff would see.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from vircom_desktop.desk.lookups import services
from vircom_desktop.domain import availability, clock
from vircom_desktop.ui.screenshots import ShotContext, screenshot
from vircom_desktop.ui.screenshots.scripted_model import ScriptedModel, calls, says

CUSTOMER_WORDS = (
    "Hola, llamo porque la lavadora no centrifuga y queda con agua. "
    "¿Pueden venir mañana? Vivo en Los Alerces 321, Ñuñoa. Soy Rosa Lagos."
)


@screenshot("chat-console")
def _chat_console(ctx: ShotContext) -> QWidget:
    page = ctx.window.conversations
    tomorrow = clock.today() + timedelta(days=1)
    service = next(s for s in services() if s.name == "Reparación de lavadora")
    slot = availability.find_slots(tomorrow, service.id)[0]
    start = clock.to_local(slot.start)
    server = ScriptedModel(
        calls("check_availability", {"date": tomorrow.isoformat(), "service": service.name}),
        calls(
            "book_appointment",
            {
                "client_data": {"name": "Rosa Lagos", "address": "Los Alerces 321, Ñuñoa"},
                "date": start.strftime("%Y-%m-%dT%H:%M"),
                "issue": "La lavadora no centrifuga y queda con agua.",
                "service": service.name,
            },
        ),
        says(
            f"¡Hola, Rosa! Te dejé una visita para mañana a las {start:%H:%M} en Los Alerces 321, "
            "Ñuñoa, para revisar la lavadora. Queda pendiente de aprobación del taller: te "
            "confirmamos en cuanto la revisen."
        ),
    ).start()
    try:
        page.settings = replace(page.settings, ollama_url=server.url)
        ctx.window.show_page("conversations")
        page.start_desk_chat("+56 9 8765 4321", "Rosa Lagos", CUSTOMER_WORDS)
        ctx.wait_until(lambda: page.current_id is not None and page.run is not None)
        ctx.wait_until(lambda: page.run is None and page.is_idle())
        ctx.settle()
    finally:
        server.stop()
    return ctx.window
