"""`migrate-to`: a SQLite shop moves into an empty PostgreSQL database, verified (CONTRACT §1)."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from tests.fixtures.app_process import clean_env, start_serve
from tests.test_cli import Server, one_line_error, run
from vircom_desktop.domain import clock, db
from vircom_desktop.domain.demo import seed_demo
from vircom_desktop.domain.startup import open_database
from vircom_desktop.domain.transfer import canonical, checksum, masked_url


def _demo_shop(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    database_file = data_dir / "vircom.db"
    open_database(f"sqlite:///{database_file}")
    try:
        assert seed_demo()
    finally:
        db.close()
    return database_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def _serving(data_dir: Path) -> Iterator[Server]:
    app = start_serve(data_dir, env=clean_env())
    try:
        server = Server(app)
        yield server
        assert server.terminate() == 0
    finally:
        app.kill()


def test_the_demo_shop_moves_to_postgresql_and_serves_the_same_visits(
    tmp_path: Path, postgres_db_url: str
) -> None:
    data_dir = tmp_path / "shop"
    database_file = _demo_shop(data_dir)
    kept = tmp_path / "kept"
    shutil.copytree(data_dir, kept)
    before = _digest(database_file)

    result = run("migrate-to", postgres_db_url, "--data-dir", str(data_dir))

    assert result.returncode == 0, result.stderr
    assert "citas: " in result.stdout and "verified" in result.stdout
    assert _digest(database_file) == before
    stored = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["database_url"] == postgres_db_url
    days = [clock.today() + timedelta(days=offset) for offset in range(-1, 8)]
    with _serving(kept) as on_sqlite, _serving(data_dir) as on_postgres:
        assert on_postgres.get("/api/health")["db"] == "ok"
        for day in days:
            path = f"/api/appointments?date={day.isoformat()}"
            assert on_postgres.get(path) == on_sqlite.get(path)
        assert sum(
            len(on_postgres.get(f"/api/appointments?date={d}")["appointments"]) for d in days
        )


def test_new_rows_on_postgresql_get_fresh_ids_after_the_copy(
    tmp_path: Path, postgres_db_url: str
) -> None:
    data_dir = tmp_path / "shop"
    _demo_shop(data_dir)
    assert run("migrate-to", postgres_db_url, "--data-dir", str(data_dir)).returncode == 0
    database = open_database(postgres_db_url)
    try:
        highest = database.execute_sql("SELECT MAX(id) FROM customers").fetchone()[0]
        new = database.execute_sql(
            "INSERT INTO customers (name, phone, address, notes, created_at) "
            "VALUES ('Nueva', NULL, '', '', now()) RETURNING id"
        ).fetchone()[0]
    finally:
        db.close()
    assert new == highest + 1


def test_a_target_with_data_is_refused_in_one_line(tmp_path: Path, postgres_db_url: str) -> None:
    first = tmp_path / "first"
    _demo_shop(first)
    assert run("migrate-to", postgres_db_url, "--data-dir", str(first)).returncode == 0
    second = tmp_path / "second"
    _demo_shop(second)

    result = run("migrate-to", postgres_db_url, "--data-dir", str(second))

    assert result.returncode == 1
    assert "already has data" in one_line_error(result)
    assert not (second / "settings.json").exists()


def test_an_unreachable_target_is_refused_in_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "shop"
    _demo_shop(data_dir)

    result = run(
        "migrate-to", "postgresql://nobody:secret@127.0.0.1:9/vircom", "--data-dir", str(data_dir)
    )

    assert result.returncode == 1
    line = one_line_error(result)
    assert "cannot reach" in line and "secret" not in line


def test_the_password_never_appears_in_messages() -> None:
    assert masked_url("postgresql://desk:hunter2@db.local/vircom") == (
        "postgresql://desk:•••@db.local/vircom"
    )
    assert masked_url("postgresql://desk@db.local/vircom") == "postgresql://desk@db.local/vircom"


def test_the_checksum_reads_both_databases_alike() -> None:
    from datetime import datetime

    sqlite_row = [(1, 1, "2026-03-01 10:00:00", 2.5)]
    postgres_row = [(1, True, datetime(2026, 3, 1, 10, 0), 2.5)]
    kinds = ["integer", "boolean", "timestamp without time zone", "real"]
    assert checksum(sqlite_row, kinds) == checksum(postgres_row, kinds)
    assert canonical(None, "text") != canonical("", "text")
