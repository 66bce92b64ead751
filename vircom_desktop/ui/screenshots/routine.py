"""Screenshots of the routine's screens: the Resumen page (light and dark), Ajustes › Respaldos."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vircom_desktop.ui.screenshots import ShotContext, screenshot


def _summary(ctx: ShotContext) -> QWidget:
    ctx.window.show_page("summary")
    ctx.window.summary.refresh()
    ctx.settle()
    return ctx.window


@screenshot("summary")
def _light(ctx: ShotContext) -> QWidget:
    return _summary(ctx)


@screenshot("summary-dark")
def _dark(ctx: ShotContext) -> QWidget:
    ctx.theme.set_preference("dark")
    return _summary(ctx)


@screenshot("settings-backups")
def _backups(ctx: ShotContext) -> QWidget:
    page = ctx.window.settings_page
    ctx.window.show_page("settings")
    page.tabs.setCurrentWidget(page.backups_tab)
    page.backups_tab.backup_now()
    ctx.settle()
    ctx.wait_until(lambda: page.backups_tab.backup_now_button.isEnabled())
    ctx.settle()
    return ctx.window
