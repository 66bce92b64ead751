"""Screenshots of the owner's screens: Aprobaciones and Ajustes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vircom_desktop.ui.screenshots import ShotContext, screenshot


@screenshot("approvals")
def _approvals(ctx: ShotContext) -> QWidget:
    page = ctx.window.approvals
    ctx.window.show_page("approvals")
    page.reload()
    ctx.settle()
    with_chat = next(
        (p for p in (page.model.record(r) for r in range(page.model.rowCount())) if p.excerpt),
        None,
    )
    if with_chat is not None:
        page.select_appointment(with_chat.id)
    ctx.settle()
    return ctx.window


@screenshot("settings")
def _settings(ctx: ShotContext) -> QWidget:
    page = ctx.window.settings_page
    ctx.window.show_page("settings")
    page.tabs.setCurrentIndex(2)  # Técnicos
    ctx.settle()
    return ctx.window


@screenshot("settings-vircombot")
def _settings_agent(ctx: ShotContext) -> QWidget:
    page = ctx.window.settings_page
    ctx.window.show_page("settings")
    page.tabs.setCurrentWidget(page.agent_tab)
    ctx.settle()
    return ctx.window
