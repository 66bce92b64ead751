"""The Resumen page: the owner's week at a glance."""

from vircom_desktop.ui.summary.page import SummaryPage

__all__ = ["SummaryPage"]
