"""The first-run assistant (QWizard) that opens on an empty database."""

from vircom_desktop.ui.first_run.pages import SKIP_BUTTON
from vircom_desktop.ui.first_run.wizard import FirstRunWizard

__all__ = ["SKIP_BUTTON", "FirstRunWizard"]
