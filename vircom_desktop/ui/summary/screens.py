"""Screenshots of the Resumen page, light and dark."""

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
