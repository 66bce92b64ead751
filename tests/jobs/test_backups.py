"""Automatic backups: due at start, daily, verified before anything older is pruned."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.jobs.conftest import NOW, Shop
from vircom_desktop import backup as backups
from vircom_desktop.config import Settings
from vircom_desktop.doctor import check_backups
from vircom_desktop.domain import clock
from vircom_desktop.domain.models import Customer
from vircom_desktop.jobs.backups import backup_if_due
from vircom_desktop.jobs.scheduler import build_scheduler


@pytest.fixture
def settings(shop: Shop, database_url: str, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, database_url=database_url)


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("vircom-*"))


def test_first_run_takes_a_verified_backup_holding_the_shop(settings: Settings) -> None:
    path = backups.auto_backup(settings)

    assert path is not None and path.parent == settings.data_dir / "backups"
    assert path.name == "vircom-20250609-120000Z.db"
    with sqlite3.connect(path) as copy:
        (name,) = copy.execute("SELECT name FROM customers").fetchone()
    assert name == "Carmen Rivas"
    assert not list(path.parent.glob("*.partial"))


def test_no_new_backup_while_the_newest_is_younger_than_a_day(settings: Settings) -> None:
    backups.auto_backup(settings)
    clock.freeze(NOW + timedelta(hours=23, minutes=59))
    assert backups.auto_backup(settings) is None
    clock.freeze(NOW + timedelta(hours=24))
    assert backups.auto_backup(settings) is not None
    assert len(_names(settings.data_dir / "backups")) == 2


def test_a_desk_left_on_overnight_takes_its_copy_at_the_quiet_hour(settings: Settings) -> None:
    backups.auto_backup(settings)  # 08:00 in Santiago
    clock.freeze(NOW + timedelta(hours=18))  # 02:00: not yet
    assert backups.auto_backup(settings) is None
    clock.freeze(NOW + timedelta(hours=19))  # 03:00, 19 h after the last copy
    assert backups.auto_backup(settings) is not None


def test_daily_backups_keep_the_newest_fourteen(settings: Settings) -> None:
    for day in range(20):
        clock.freeze(NOW + timedelta(days=day))
        backup_if_due(lambda: settings)

    names = _names(settings.data_dir / "backups")
    assert len(names) == 14
    assert names[0] == "vircom-20250615-120000Z.db"  # the 7th day: the first six went
    assert names[-1] == "vircom-20250628-120000Z.db"


def test_the_keep_count_from_ajustes_applies_at_the_next_backup(
    settings: Settings, tmp_path: Path
) -> None:
    current = {"settings": settings}
    for day in range(5):
        clock.freeze(NOW + timedelta(days=day))
        backup_if_due(lambda: current["settings"])
    current["settings"] = Settings(
        data_dir=settings.data_dir, database_url=settings.database_url, backup_keep=2
    )
    clock.freeze(NOW + timedelta(days=5))
    backup_if_due(lambda: current["settings"])
    assert len(_names(settings.data_dir / "backups")) == 2


@pytest.mark.allow_log_warnings
def test_a_copy_failing_its_check_prunes_nothing(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for day in range(14):
        clock.freeze(NOW + timedelta(days=day))
        backups.auto_backup(settings)
    before = _names(settings.data_dir / "backups")

    def damaged(path: Path) -> None:
        raise backups.BackupError(f"{path} is damaged: row 3 missing from index")

    monkeypatch.setattr(backups, "copy_check", damaged)
    clock.freeze(NOW + timedelta(days=14))
    with caplog.at_level(logging.ERROR, logger="vircom.jobs"):
        backup_if_due(lambda: settings)

    assert _names(settings.data_dir / "backups") == before
    assert "automatic backup failed" in caplog.text and "damaged" in caplog.text


def test_each_backup_is_also_copied_to_the_chosen_folder(
    settings: Settings, tmp_path: Path
) -> None:
    usb = tmp_path / "usb" / "respaldos"
    chosen = Settings(
        data_dir=settings.data_dir,
        database_url=settings.database_url,
        backup_copy_dir=str(usb),
        backup_keep=3,
    )
    for day in range(5):
        clock.freeze(NOW + timedelta(days=day))
        backups.auto_backup(chosen)

    assert _names(usb) == _names(settings.data_dir / "backups")
    assert len(_names(usb)) == 3
    backups.copy_check(usb / _names(usb)[-1])


@pytest.mark.allow_log_warnings
def test_an_unreachable_copy_folder_keeps_the_local_backup(
    settings: Settings, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    chosen = Settings(
        data_dir=settings.data_dir,
        database_url=settings.database_url,
        backup_copy_dir=str(blocker / "inside"),
    )
    path = backups.auto_backup(chosen)
    assert path is not None and path.exists()


def test_the_backup_sees_rows_committed_a_moment_before(settings: Settings) -> None:
    Customer.create(name="Rosa Díaz", phone="+56933334444")
    path = backups.auto_backup(settings)
    assert path is not None
    with sqlite3.connect(path) as copy:
        names = {row[0] for row in copy.execute("SELECT name FROM customers")}
    assert "Rosa Díaz" in names


def test_doctor_fails_when_the_newest_backup_is_older_than_two_days(
    settings: Settings,
) -> None:
    assert not check_backups(settings).ok  # none yet
    backups.auto_backup(settings)
    assert check_backups(settings).ok
    clock.freeze(NOW + timedelta(hours=47))
    assert check_backups(settings).ok
    clock.freeze(NOW + timedelta(hours=49))
    result = check_backups(settings)
    assert not result.ok and "49 h" in result.detail and result.hint


def test_the_scheduler_runs_the_start_up_jobs_at_once_in_real_time(settings: Settings) -> None:
    """The shop's clock is frozen in 2025 here; a first run dated then made the scheduler
    count every interval missed since (a year of minutes) before running anything."""
    before = datetime.now(UTC)
    scheduler = build_scheduler(lambda: settings)
    jobs = {job.id: job for job in scheduler.get_jobs()}

    assert {"expire_proposals", "backups", "model_warmup"} <= set(jobs)
    for name in ("retention", "send_reminders", "backups", "model_warmup"):
        assert before <= jobs[name].next_run_time <= datetime.now(UTC)
    assert clock.now() < before - timedelta(days=365)


def test_postgresql_is_dumped_with_pg_dump_and_checked(
    postgres_db_url: str, tmp_path: Path
) -> None:
    from vircom_desktop.domain import db
    from vircom_desktop.domain.startup import open_database

    open_database(postgres_db_url, timezone="America/Santiago")
    clock.freeze(NOW)
    try:
        Customer.create(name="Rosa Díaz", phone="+56933334444")
        settings = Settings(data_dir=tmp_path, database_url=postgres_db_url)
        if backups.pg_dump_tool() is None:
            pytest.skip("pg_dump is not installed")
        path = backups.auto_backup(settings)
    finally:
        clock.freeze(None)
        db.close()
    assert path is not None and path.name == "vircom-20250609-120000Z.dump"
    assert path.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    latest = backups.latest_backup(Settings(data_dir=tmp_path, database_url=postgres_db_url))
    assert latest is not None and latest.path == path


@pytest.mark.allow_log_warnings
def test_an_unwritable_backups_folder_is_an_error_in_the_log_not_a_crash(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    (settings.data_dir / "backups").write_text("a file where the folder should be")
    with caplog.at_level(logging.ERROR, logger="vircom.jobs"):
        backup_if_due(lambda: settings)
    assert "automatic backup failed" in caplog.text


def test_postgresql_without_pg_dump_is_left_to_the_server_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(backups, "pg_dump_tool", lambda: None)
    settings = Settings(data_dir=tmp_path, database_url="postgresql://desk@db.example/vircom")
    with caplog.at_level(logging.INFO, logger="vircom.jobs"):
        backup_if_due(lambda: settings)  # no WARNING or ERROR: the autouse check would fail
    assert "the PostgreSQL server's own backups apply" in caplog.text
    result = check_backups(settings)
    assert result.ok and "server's own backups apply" in result.detail


def test_backups_are_private_to_the_desks_user(settings: Settings, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    path = backups.auto_backup(
        Settings(
            data_dir=settings.data_dir,
            database_url=settings.database_url,
            backup_copy_dir=str(usb),
        )
    )
    assert path is not None
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert (usb / path.name).stat().st_mode & 0o777 == 0o600


def test_two_backups_in_the_same_second_both_land(settings: Settings) -> None:
    """The start-up job and a `backup` command can meet in one second: neither is refused."""
    clock.freeze(NOW)
    first = backups.backup(settings)
    second = backups.backup(settings)
    assert first != second and first.exists() and second.exists()
    listed = {item.path for item in backups.list_backups(backups.backups_dir(settings))}
    assert {first, second} <= listed
