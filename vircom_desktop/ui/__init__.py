"""The desktop app: the only package that imports PySide6."""

from vircom_desktop.ui.qtfixes import immortalize_singletons

immortalize_singletons()
