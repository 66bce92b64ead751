"""The Agenda page: day, week, month and "Mi día" views of the visits."""

from vircom_desktop.ui.agenda.page import AgendaPage

__all__ = ["AgendaPage"]
