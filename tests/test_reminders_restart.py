"""Reminders across restarts of a real `serve`, its clock moved with Debian's `faketime`.

Three runs of `main.py serve` on one data dir, each started later (in fake time) than the last:
a reminder that fell due while nothing ran goes out at the next start, exactly once, and a later
run never sends it again. Each run also has one reminder of its own falling due, so the test
knows that run's reminder pass happened (a condition to wait on, never a sleep).
"""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.fakes.fake_providers import FakeProviders
from tests.fakes.shop import ZONE, open_shop
from tests.test_cli import ROOT, clean_env
from vircom_desktop.domain import booking, clock, conversations
from vircom_desktop.domain import db as domain_db
from vircom_desktop.domain.models import Reminder

# The library the `faketime` command preloads; preloaded here directly so that SIGTERM reaches
# the server itself rather than the wrapper.
LIBFAKETIME = next(iter(sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))), None)
pytestmark = pytest.mark.skipif(LIBFAKETIME is None, reason="needs Debian's faketime")

SID = "AC0123456789abcdef0123456789abcdef"
LOCAL = ZoneInfo(ZONE)
# Visits (shop time) and the run each one's 24-hour reminder falls due in.
FIRST_RUN_VISIT = datetime(2025, 6, 10, 11, 0, tzinfo=LOCAL)  # due Mon 9 11:00
MISSED_VISIT = datetime(2025, 6, 11, 10, 0, tzinfo=LOCAL)  # due Tue 10 10:00, nothing runs then
THIRD_RUN_VISIT = datetime(2025, 6, 11, 14, 0, tzinfo=LOCAL)  # due Tue 10 14:00
RUNS = (
    datetime(2025, 6, 9, 12, 0, tzinfo=LOCAL),
    datetime(2025, 6, 10, 12, 0, tzinfo=LOCAL),  # past the missed visit's reminder time
    datetime(2025, 6, 10, 14, 30, tzinfo=LOCAL),
)


def _shop_with_three_visits(data_dir: Path) -> dict[str, int]:
    data_dir.mkdir(parents=True)
    shop = open_shop(data_dir / "vircom.db")  # frozen at Monday 9 June 08:00
    conversation = conversations.get_or_create("twilio", "whatsapp:+56911111111")
    conversations.add_message(conversation.id, "customer", "Hola", status="answered")
    clock.freeze(RUNS[1] - timedelta(minutes=30))  # wrote again: WhatsApp's window stays open
    conversations.add_message(conversation.id, "customer", "Gracias", status="answered")
    clock.freeze(RUNS[0] - timedelta(hours=2))
    customer = conversations.link_customer(conversation.id, name="Juan", address="Los Leones 1")
    visits = {}
    for name, start, service in (
        ("first", FIRST_RUN_VISIT, shop.washer),
        ("missed", MISSED_VISIT, shop.washer),
        ("third", THIRD_RUN_VISIT, shop.diagnosis),
    ):
        visits[name] = booking.create(
            booking.VisitRequest(
                customer_id=customer.id,
                service_id=service,
                start=start,
                address="Los Leones 1",
                issue="No enciende",
                technician_id=shop.ana,
            ),
            actor="Marta",
        ).id
    clock.freeze(None)
    domain_db.close()
    return visits


def _serve_at(moment: datetime, data_dir: Path, providers: FakeProviders) -> subprocess.Popen[str]:
    env = clean_env(
        TZ="UTC",
        FAKETIME=moment.astimezone(ZoneInfo("UTC")).strftime("@%Y-%m-%d %H:%M:%S"),
        FAKETIME_DONT_FAKE_MONOTONIC="1",
        LD_PRELOAD=str(LIBFAKETIME),
        VIRCOM_TIMEZONE=ZONE,
        VIRCOM_REMINDER_HOURS="24",
        VIRCOM_TWILIO_ACCOUNT_SID=SID,
        VIRCOM_TWILIO_AUTH_TOKEN="token",
        VIRCOM_TWILIO_FROM="whatsapp:+14155238886",
        VIRCOM_TWILIO_API_URL=providers.url,
    )
    process = subprocess.Popen(
        [sys.executable, "main.py", "serve", "--data-dir", str(data_dir), "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("listening on"), (line, process.stderr.read() if process.poll() else "")
    return process


def _stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0


def test_a_restart_past_a_reminder_sends_it_exactly_once(
    data_dir: Path, providers: FakeProviders
) -> None:
    visits = _shop_with_three_visits(data_dir)
    for run, moment in enumerate(RUNS, start=1):
        process = _serve_at(moment, data_dir, providers)
        try:
            providers.wait_for(run, timeout=60)  # this run's own reminder went out
        finally:
            _stop(process)

    texts = [sent.text for sent in providers.sent]
    assert len(texts) == 3
    assert sum("martes 10 de junio a las 11:00" in text for text in texts) == 1
    assert sum("miércoles 11 de junio a las 10:00" in text for text in texts) == 1
    assert sum("miércoles 11 de junio a las 14:00" in text for text in texts) == 1

    domain_db.connect(f"sqlite:///{data_dir / 'vircom.db'}")
    try:
        sent = {(r.appointment_id, r.status) for r in Reminder.select()}
    finally:
        domain_db.close()
    assert sent == {(visits[name], "sent") for name in ("first", "missed", "third")}
