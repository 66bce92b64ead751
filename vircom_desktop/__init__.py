"""Vircom Desk: scheduling and assisted customer chat for Asistencia Vircom."""

__version__ = "0.1.0"
