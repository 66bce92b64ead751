"""GET /api/health: is the shop's listener, database and model usable."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from vircom_desktop import __version__
from vircom_desktop.channels.http import runtime_of
from vircom_desktop.domain import db


def _database_ok() -> bool:
    try:
        db.current().execute_sql("SELECT 1").fetchone()
    except Exception:
        return False
    return True


async def health(request: Request) -> JSONResponse:
    runtime = runtime_of(request)
    database_ok = await run_in_threadpool(_database_ok)
    ollama = await run_in_threadpool(runtime.ollama_status)
    return JSONResponse(
        {
            "status": "ok",
            "version": __version__,
            "db": "ok" if database_ok else "error",
            "ollama": ollama,
            # Which host runs the background jobs, and whether this process is the one.
            "jobs": {"host": runtime.jobs_host(), "here": runtime.jobs_here},
        }
    )
