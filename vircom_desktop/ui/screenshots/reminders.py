"""Screenshots: a reminder answered, the phone list, the attendance check (issue 11).

Not in `SCREEN_MODULES` yet: run after the other scenes inside tests/ui/test_small_screen.py,
a load it triggers outlives the render's temporary database (an "unexpected error" log at
teardown). Render them with
`python -c "import vircom_desktop.ui.screenshots.reminders as r, vircom_desktop.ui.screenshots as s, pathlib; s.render(pathlib.Path('docs/screenshots'), ['conversation-reminder', 'phone-reminders', 'agenda-attendance'])"`.

What each scene shows is staged by `desk.scenes` through the real reminders job and VircomBot's
real tool.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vircom_desktop.desk import scenes
from vircom_desktop.domain import clock
from vircom_desktop.ui.screenshots import ShotContext, screenshot


@screenshot("conversation-reminder")
def _reminder(ctx: ShotContext) -> QWidget:
    """A WhatsApp customer got their visit's reminder and confirmed by answering."""
    staged = scenes.answered_reminder()
    page = ctx.window.conversations
    ctx.window.show_page("conversations")
    page.select_conversation(staged.conversation_id)
    ctx.wait_until(lambda: page.current_id == staged.conversation_id and page.is_idle())
    ctx.wait_until(lambda: page.thread_view.bubble_of(staged.reply_id) is not None)
    ctx.settle()
    return ctx.window


@screenshot("phone-reminders")
def _phone_reminders(ctx: ShotContext) -> QWidget:
    """The day's reminders for customers no message can reach, after the job ran."""
    scenes.phone_reminders_due()
    ctx.window.show_page("phone_reminders")
    page = ctx.window.phone_reminders
    page.refresh()
    ctx.settle()
    if page.model.rowCount():
        page.table.selectRow(0)
    ctx.settle()
    return ctx.window


@screenshot("agenda-attendance")
def _attendance(ctx: ShotContext) -> QWidget:
    """The day view with the green check of visits whose customer confirmed attendance."""
    scenes.attendance_confirmed_today()
    ctx.window.show_page("agenda")
    ctx.window.agenda.set_date(clock.today())
    ctx.window.agenda.set_view("day")
    ctx.settle()
    return ctx.window
