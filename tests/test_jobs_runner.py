"""One process per database runs the background jobs; a standby takes over when it dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.fakes.fake_providers import FakeProviders, Sent
from tests.fakes.shop import ZONE, Shop, build_shop
from tests.polling import wait_for
from tests.test_cli import ROOT, clean_env
from vircom_desktop.domain import clock, db
from vircom_desktop.domain.models import (
    CONFIRMED,
    Appointment,
    Conversation,
    Customer,
    Message,
    Reminder,
)
from vircom_desktop.domain.startup import open_database
from vircom_desktop.jobs.runner import (
    TAKEOVER_SECONDS,
    FileJobsLock,
    JobsRunner,
    PostgresJobsLock,
    lock_for,
)


class FakeScheduler:
    def __init__(self) -> None:
        self.started = threading.Event()
        self.stopped = threading.Event()

    def start(self) -> None:
        self.started.set()

    def shutdown(self, wait: bool = True) -> None:
        self.stopped.set()


def test_the_file_lock_admits_one_holder_and_names_its_host(tmp_path: Path) -> None:
    first = FileJobsLock(tmp_path / "vircom.db", host="mostrador")
    second = FileJobsLock(tmp_path / "vircom.db", host="oficina")
    assert first.try_acquire()
    assert not second.try_acquire()
    assert second.holder() == "mostrador"
    first.release()
    assert second.try_acquire()
    assert first.holder() == "oficina"
    second.release()


def test_the_postgres_lock_admits_one_holder_and_is_freed_when_its_connection_dies(
    postgres_db_url: str,
) -> None:
    first = PostgresJobsLock(postgres_db_url, host="vps-vircom")
    second = PostgresJobsLock(postgres_db_url, host="mostrador")
    try:
        assert first.try_acquire()
        assert not second.try_acquire()
        assert second.holder() == "vps-vircom"
        first._connection.close()  # as when its process is killed: the session ends
        assert not first.still_held()
        deadline = time.monotonic() + TAKEOVER_SECONDS
        while not second.try_acquire():
            assert time.monotonic() < deadline
        assert first.holder() == "mostrador"
    finally:
        first.release()
        second.release()


def test_only_the_holder_runs_the_scheduler_and_the_standby_takes_over(tmp_path: Path) -> None:
    built: list[FakeScheduler] = []

    def build() -> FakeScheduler:
        built.append(FakeScheduler())
        return built[-1]

    holder = JobsRunner(FileJobsLock(tmp_path / "v.db", host="a"), build, retry_seconds=0.05)
    standby = JobsRunner(FileJobsLock(tmp_path / "v.db", host="b"), build, retry_seconds=0.05)
    holder.start()
    standby.start()
    try:
        assert holder.running_here and not standby.running_here
        assert len(built) == 1 and built[0].started.is_set()
        assert standby.holder() == "a"
        standby.changed.clear()
        holder.stop()
        assert built[0].stopped.is_set()
        assert standby.changed.wait(TAKEOVER_SECONDS)
        assert standby.running_here and len(built) == 2
    finally:
        standby.stop()
        holder.stop()


def test_the_lock_fits_the_database(tmp_path: Path) -> None:
    assert isinstance(lock_for(f"sqlite:///{tmp_path}/v.db"), FileJobsLock)
    assert isinstance(lock_for("postgresql://desk@db/vircom"), PostgresJobsLock)


def _serve(data_dir: Path, database_url: str, **env: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "main.py", "serve", "--data-dir", str(data_dir), "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(VIRCOM_DATABASE_URL=database_url, **env),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("listening on http://"), process.stderr.read() if process.stderr else ""
    return process, line.split(" ", 2)[2].strip()


def _jobs(url: str) -> dict:
    with urllib.request.urlopen(url + "/api/health", timeout=10) as response:
        return json.loads(response.read())["jobs"]


@pytest.fixture
def two_servers(
    tmp_path: Path, postgres_db_url: str
) -> Iterator[list[tuple[subprocess.Popen[str], str]]]:
    servers: list[tuple[subprocess.Popen[str], str]] = []
    try:
        servers.append(_serve(tmp_path / "a", postgres_db_url))
        servers.append(_serve(tmp_path / "b", postgres_db_url))
        yield servers
    finally:
        for process, _ in servers:
            if process.poll() is None:
                process.kill()
            process.wait()


def test_kill_9_of_the_jobs_holder_hands_the_jobs_to_the_other_server(
    two_servers: list[tuple[subprocess.Popen[str], str]],
) -> None:
    (first, first_url), (_, second_url) = two_servers
    assert _jobs(first_url)["here"] and not _jobs(second_url)["here"]
    assert _jobs(second_url)["host"] == _jobs(first_url)["host"]
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    wait_for(
        lambda: _jobs(second_url)["here"], TAKEOVER_SECONDS, "the standby did not take over in time"
    )


@pytest.mark.allow_log_warnings
def test_a_holder_whose_session_ends_stops_its_jobs_and_takes_them_back(
    postgres_db_url: str,
) -> None:
    import psycopg2

    built: list[FakeScheduler] = []

    def build() -> FakeScheduler:
        built.append(FakeScheduler())
        return built[-1]

    runner = JobsRunner(PostgresJobsLock(postgres_db_url, host="vps"), build, retry_seconds=0.05)
    runner.start()
    try:
        assert runner.running_here
        runner.changed.clear()
        admin = psycopg2.connect(postgres_db_url)
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'vircom-desk jobs@vps'"
            )
        admin.close()
        assert runner.changed.wait(TAKEOVER_SECONDS)
        assert built[0].stopped.is_set()
        deadline = time.monotonic() + TAKEOVER_SECONDS
        while len(built) < 2 or not runner.running_here:
            assert time.monotonic() < deadline, "the jobs did not come back"
            runner.changed.clear()
            runner.changed.wait(0.5)
        assert built[1].started.is_set()
    finally:
        runner.stop()


REMINDED = "le recordamos"


def _visit_due_its_24_hour_reminder(shop: Shop, name: str, phone: str, starts_in: timedelta) -> int:
    """A WhatsApp customer who wrote an hour ago and a visit confirmed two days ago that starts
    `starts_in` from now (under 24 h: its 24 h reminder is due); returns the visit's id.

    The servers run on the real clock, so the visit is placed relative to it, not to `NOW`."""
    now = clock.now()
    customer = Customer.create(name=name, phone=f"+{phone}", address="Los Leones 123")
    conversation = Conversation.create(channel="whatsapp", external_id=phone, customer=customer)
    Message.create(
        conversation=conversation,
        role="customer",
        text="Hola, ¿a qué hora llegan?",
        status="answered",  # no agent turn for the servers to take
        created_at=now - timedelta(hours=1),  # WhatsApp's 24-hour window is open
    )
    booked = now - timedelta(days=2)
    starts_at = (now + starts_in).replace(second=0, microsecond=0)
    return int(
        Appointment.create(
            customer=customer,
            technician=shop.ana,
            service=shop.washer,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=1),
            address="Los Leones 123",
            issue="No centrifuga",
            status=CONFIRMED,
            created_at=booked,
            approved_at=booked,
            scheduled_at=booked,
        ).id
    )


def _reminders_to(phone: str) -> Callable[[list[Sent]], int]:
    return lambda sent: sum(1 for s in sent if s.to == phone and REMINDED in s.text)


def test_kill_9_of_the_jobs_holder_after_a_reminder_sends_it_no_second_time(
    tmp_path: Path, postgres_db_url: str, providers: FakeProviders
) -> None:
    first_phone, second_phone = "56911111111", "56922222222"
    open_database(postgres_db_url, timezone=ZONE)
    servers: list[subprocess.Popen[str]] = []
    try:
        shop = build_shop()
        visit = _visit_due_its_24_hour_reminder(
            shop, "Rosa Lagos", first_phone, timedelta(hours=23)
        )
        db.close()
        env = {
            "VIRCOM_TIMEZONE": ZONE,
            "VIRCOM_REMINDER_HOURS": "24",
            "VIRCOM_WHATSAPP_VERIFY_TOKEN": "verify-me",
            "VIRCOM_WHATSAPP_APP_SECRET": "meta-app-secret",
            "VIRCOM_WHATSAPP_TOKEN": "graph-token",
            "VIRCOM_WHATSAPP_PHONE_NUMBER_ID": "1234567890",
            "VIRCOM_WHATSAPP_API_URL": providers.url,
        }
        holder, holder_url = _serve(tmp_path / "a", postgres_db_url, **env)
        servers.append(holder)
        standby, standby_url = _serve(tmp_path / "b", postgres_db_url, **env)
        servers.append(standby)
        assert _jobs(holder_url)["here"] and not _jobs(standby_url)["here"]

        # The holder's reminders job (it runs at once on start) reminds the customer.
        reminded_first = _reminders_to(first_phone)
        providers.wait_until(lambda sent: reminded_first(sent) == 1, timeout=30)

        # Frozen, the holder runs nothing more; a second customer's reminder falls due, which
        # only the process taking over can send: its arrival shows that process's reminders
        # job has run (its catch-up run on taking over).
        os.kill(holder.pid, signal.SIGSTOP)
        open_database(postgres_db_url, timezone=ZONE)
        second = _visit_due_its_24_hour_reminder(
            shop, "Rosa Díaz", second_phone, timedelta(hours=23, minutes=30)
        )
        db.close()
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()

        wait_for(
            lambda: _jobs(standby_url)["here"],
            TAKEOVER_SECONDS,
            "the standby did not take over in time",
        )
        sent = providers.wait_until(lambda sent: _reminders_to(second_phone)(sent) == 1, 30)

        assert reminded_first(sent) == 1
        open_database(postgres_db_url, timezone=ZONE)
        rows = [(row.appointment_id, row.lead_minutes, row.status) for row in Reminder.select()]
        assert sorted(rows) == [(visit, 24 * 60, "sent"), (second, 24 * 60, "sent")]
        queued = Message.select().where((Message.role == "bot") & Message.text.contains(REMINDED))
        assert queued.count() == 2  # one per visit: none queued twice
    finally:
        db.close()
        for process in servers:
            if process.poll() is None:
                process.kill()
            process.wait()
