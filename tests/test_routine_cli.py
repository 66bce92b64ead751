"""The shop's routine from the command line: export, day sheet, and the desk quitting on a signal."""

from __future__ import annotations

import csv
import io
import shutil
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.app_process import clean_env, start_app
from tests.polling import wait_for
from tests.test_cli import Server, one_line_error, run, serve
from vircom_desktop.channels.api_read import _appointments_of
from vircom_desktop.domain import db
from vircom_desktop.domain.day_sheet import build_day_sheet
from vircom_desktop.domain.demo import seed_demo
from vircom_desktop.domain.startup import open_database

ZONE = "America/Santiago"

__all__ = ["serve"]  # the fixture, shared with test_cli


@pytest.fixture
def demo_dir(data_dir: Path) -> Iterator[Path]:
    """A data dir holding the demo shop; the test's own connection stays open to compare."""
    data_dir.mkdir(parents=True)
    open_database(f"sqlite:///{data_dir / 'vircom.db'}", timezone=ZONE)
    seed_demo()
    yield data_dir
    db.close()


def env() -> dict[str, str]:
    return clean_env(VIRCOM_TIMEZONE=ZONE)


def _unflatten(row: dict[str, str]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for key in ("technician", "service", "customer"):
        nested[key] = {
            name.split("_", 1)[1]: value
            for name, value in row.items()
            if name.startswith(key + "_")
        }
        nested[key]["id"] = int(nested[key]["id"])
    for key in ("status", "starts_at", "ends_at", "address", "issue", "source"):
        nested[key] = row[key]
    nested["id"] = int(row["id"])
    nested["customer"]["phone"] = nested["customer"]["phone"] or None
    return nested


def test_export_round_trips_the_apis_appointments(demo_dir: Path, tmp_path: Path) -> None:
    first, last = date.today() - timedelta(days=7), date.today() + timedelta(days=7)
    out = tmp_path / "visitas.csv"
    result = run(
        "export", "--from", str(first), "--to", str(last), "--out", str(out),
        "--data-dir", str(demo_dir), env=env(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read accents as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    expected = [
        appointment
        for offset in range((last - first).days + 1)
        for appointment in _appointments_of(first + timedelta(days=offset))
    ]
    assert len(rows) > 5
    assert [_unflatten(row) for row in rows] == expected
    assert rows[0]["date"] == expected[0]["starts_at"][:10]
    assert rows[0]["start"] == expected[0]["starts_at"][11:16]
    assert f"{len(rows)} visits written" in result.stdout


def test_export_to_standard_output_is_plain_csv(demo_dir: Path) -> None:
    today = str(date.today())
    result = run("export", "--from", today, "--to", today, "--data-dir", str(demo_dir), env=env())
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0]
    assert header.startswith("id,status,date,start,end,starts_at")


@pytest.mark.parametrize(
    ("first", "last", "says"),
    [
        ("2026-13-01", "2026-12-31", "--from '2026-13-01'"),
        ("2026-12-01", "mañana", "--to 'mañana'"),
        ("2026-12-31", "2026-12-01", "before"),
    ],
)
def test_export_with_bad_dates_exits_2_in_one_line(
    data_dir: Path, first: str, last: str, says: str
) -> None:
    result = run("export", "--from", first, "--to", last, "--data-dir", str(data_dir), env=env())
    assert result.returncode == 2
    assert says in one_line_error(result)


def _busy_day() -> date:
    """A day of the demo week on which at least two technicians have visits."""
    for offset in range(14):
        day = date.today() + timedelta(days=offset)
        if len(build_day_sheet(day).technicians) >= 2:
            return day
    raise AssertionError("the demo shop has no day with two technicians busy")


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_day_sheet_lists_one_technicians_day_without_a_display(
    demo_dir: Path, tmp_path: Path
) -> None:
    day = _busy_day()
    sheet = build_day_sheet(day)
    mine, other = sheet.technicians[0], sheet.technicians[1]
    out = tmp_path / "hoja.pdf"
    headless = env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        headless.pop(name, None)

    result = run(
        "day-sheet", "--date", str(day), "--technician", str(mine.technician_id),
        "--out", str(out), "--data-dir", str(demo_dir), env=headless,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = " ".join(_pdf_text(out).split())
    assert sheet.shop_name in text and mine.technician in text
    for visit in mine.visits:
        assert visit.customer in text
        assert " ".join(visit.address.split()) in text
    mine_customers = {visit.customer for visit in mine.visits}
    for visit in other.visits:
        if visit.customer not in mine_customers:
            assert visit.customer not in text
    assert other.technician not in text


def test_day_sheet_of_the_whole_shop_has_a_page_per_technician(
    demo_dir: Path, tmp_path: Path
) -> None:
    day = _busy_day()
    sheet = build_day_sheet(day)
    out = tmp_path / "hoja.pdf"
    result = run(
        "day-sheet", "--date", str(day), "--out", str(out), "--data-dir", str(demo_dir),
        env=env(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = _pdf_text(out).split("\f")
    for index, technician in enumerate(sheet.technicians):
        assert technician.technician in pages[index]
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(png)],
                   check=True)  # fmt: skip
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_day_sheet_bad_date_or_unknown_technician(data_dir: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x.pdf")
    bad = run("day-sheet", "--date", "ayer", "--out", out, "--data-dir", str(data_dir), env=env())
    assert bad.returncode == 2 and "--date 'ayer'" in one_line_error(bad)
    unknown = run(
        "day-sheet", "--date", "2026-12-01", "--technician", "999", "--out", out,
        "--data-dir", str(data_dir), env=env(),
    )  # fmt: skip
    assert unknown.returncode == 1 and "999" in one_line_error(unknown)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_desk_quits_cleanly_on_a_signal(data_dir: Path, signum: int) -> None:
    gui_env = clean_env(QT_QPA_PLATFORM="offscreen", VIRCOM_TIMEZONE=ZONE, VIRCOM_PORT="0")
    app = start_app("--data-dir", str(data_dir), "--demo", env=gui_env)
    process = app.process
    try:
        log = data_dir / "logs" / "vircom.log"
        backups = data_dir / "backups"
        _wait_for(
            lambda: (
                log.exists()
                and "desktop app started" in log.read_text()
                and bool(list(backups.glob("vircom-*Z.db")))
            ),
            process,
        )
        process.send_signal(signum)
        assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    finally:
        app.kill()
    assert process.stderr is not None and "Traceback" not in process.stderr.read()
    assert f"{signal.Signals(signum).name} received: quitting" in log.read_text()
    with sqlite3.connect(data_dir / "vircom.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM citas").fetchone()[0] > 5
    assert len(list(backups.glob("vircom-*Z.db"))) == 1  # the automatic backup taken at start


def _wait_for(condition: Any, process: subprocess.Popen[str], timeout: float = 60) -> None:
    """Wait until `condition()` holds (the desk is up), failing fast if the process died."""
    wait_for(
        lambda: process.poll() is not None or condition(), timeout, "the desk did not start in time"
    )
    if process.poll() is not None:
        raise AssertionError(f"the desk exited early: {process.stderr and process.stderr.read()}")


def test_pdftotext_is_available() -> None:
    assert shutil.which("pdftotext") and shutil.which("pdftoppm"), "install poppler-utils"


def test_serve_takes_the_automatic_backup_at_start(serve: Server, data_dir: Path) -> None:
    folder = data_dir / "backups"
    _wait_for(lambda: bool(list(folder.glob("vircom-*Z.db"))), serve.process)
    assert serve.terminate() == 0
    backups = list(folder.glob("vircom-*Z.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM citas").fetchone()[0] > 5


def test_export_matches_what_the_running_servers_api_answers(
    serve: Server, data_dir: Path, tmp_path: Path
) -> None:
    first, last = date.today() - timedelta(days=3), date.today() + timedelta(days=7)
    out = tmp_path / "visitas.csv"
    result = run(
        "export",
        "--from",
        str(first),
        "--to",
        str(last),
        "--out",
        str(out),
        "--data-dir",
        str(data_dir),
    )  # fmt: skip  (serve's own environment: the machine's zone for both)
    assert result.returncode == 0, result.stderr
    from_api = [
        appointment
        for offset in range((last - first).days + 1)
        for appointment in serve.get(f"/api/appointments?date={first + timedelta(days=offset)}")[
            "appointments"
        ]
    ]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = [_unflatten(row) for row in csv.DictReader(handle)]
    assert rows == from_api and len(rows) > 5
    assert serve.terminate() == 0
