"""The agenda's screenshots (day, week, month, Mi día, dark), the visit editor and Clientes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vircom_desktop.desk.approvals import load_proposals
from vircom_desktop.domain import clock
from vircom_desktop.ui.screenshots import ShotContext, screenshot


def _at_desk(ctx: ShotContext, role: str) -> None:
    """Put the first demo staff user with `role` at the desk (shown in the status bar)."""
    user = next(user for user in ctx.window.desk_user.users if user.role == role)
    ctx.window.desk_user.select(user.id)
    ctx.settle()


def _agenda(ctx: ShotContext, view: str) -> QWidget:
    _at_desk(ctx, "technician" if view == "my_day" else "receptionist")
    ctx.window.show_page("agenda")
    ctx.window.agenda.set_date(clock.today())
    ctx.window.agenda.set_view(view)
    ctx.settle()
    return ctx.window


@screenshot("agenda-day")
def _day(ctx: ShotContext) -> QWidget:
    return _agenda(ctx, "day")


@screenshot("agenda-week")
def _week(ctx: ShotContext) -> QWidget:
    return _agenda(ctx, "week")


@screenshot("agenda-month")
def _month(ctx: ShotContext) -> QWidget:
    return _agenda(ctx, "month")


@screenshot("agenda-my-day")
def _my_day(ctx: ShotContext) -> QWidget:
    return _agenda(ctx, "my_day")


@screenshot("agenda-week-dark")
def _week_dark(ctx: ShotContext) -> QWidget:
    ctx.theme.set_preference("dark")
    return _agenda(ctx, "week")


@screenshot("appointment-editor")
def _editor(ctx: ShotContext) -> QWidget:
    _agenda(ctx, "day")
    upcoming = [p.id for p in load_proposals() if p.starts_at > clock.now()]
    agenda = ctx.window.agenda
    agenda.open_visit(upcoming[0]) if upcoming else agenda.new_visit()
    editor = agenda.editor
    assert editor is not None
    ctx.wait_until(editor.is_loaded)
    ctx.wait_until(lambda: editor.slots.count() > 0)
    editor.adjustSize()
    ctx.app.processEvents()
    return editor


@screenshot("clients")
def _clients(ctx: ShotContext) -> QWidget:
    if ctx.window.agenda.editor is not None:
        ctx.window.agenda.editor.close()
    ctx.window.show_page("clients")
    ctx.settle()
    ctx.window.clients.customer_table.selectRow(0)
    ctx.settle()
    return ctx.window
