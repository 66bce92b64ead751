"""The phone list: reminders staff make by phone, and marking one called.

Which visits are due a reminder, by which channel, and when one goes on the phone list are
`domain.reminders`' rules; `jobs.reminders` sends the others.
"""

from __future__ import annotations

from vircom_desktop.domain.reminders import PhoneReminder, mark_called, phone_list

__all__ = ["PhoneReminder", "mark_called", "phone_list"]
