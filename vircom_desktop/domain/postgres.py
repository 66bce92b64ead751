"""PostgreSQL that plans the hot paths' statements once per connection, not at every run."""

from __future__ import annotations

import logging
import re
import threading
import weakref
from typing import Any

import peewee as pw

log = logging.getLogger("vircom.domain")

_MARKER = re.compile(r"%s")
# A prepared `SELECT *` of a table fails once another desk's upgrade adds a column ("cached plan
# must not change result type"): such statements keep running as text.
_WHOLE_ROWS = re.compile(r"SELECT \* FROM \w")


class PreparingPostgresqlDatabase(pw.PostgresqlDatabase):
    """Runs the fixed statements `db.sql_text` hands out as server-side prepared statements.

    psycopg2 sends every statement as text and the server plans it again each time; for the
    inbound queue's and the outbox's selects planning took longer than running (0.4-0.5 ms
    against 0.2-0.4 ms), once or twice per answered message. Each connection prepares a
    statement the first time it runs it. A statement the server cannot prepare (a parameter
    whose type it cannot infer) keeps running as text, as do whole-row reads of a table.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Statement text → its prepared name, or None where it runs as text.
        self._names: dict[str, str | None] = {}
        self._prepared: weakref.WeakKeyDictionary[Any, set[str]] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def prepare_later(self, sql: str) -> None:
        """Run `sql` (with %s markers) as a prepared statement from now on, if it can be."""
        if sql in self._names:
            return
        with self._lock:
            preparable = "%%" not in sql and not _WHOLE_ROWS.search(sql)
            self._names.setdefault(sql, f"vircom_{len(self._names) + 1}" if preparable else None)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        name = self._names.get(sql)
        if name is None:
            return super().execute_sql(sql, params)
        prepared = self._prepared.setdefault(self.connection(), set())
        if name not in prepared:
            if not self._prepare(name, sql):
                return super().execute_sql(sql, params)
            prepared.add(name)
        count = len(params or ())
        return super().execute_sql(f"EXECUTE {name} ({', '.join(['%s'] * count)})", params)

    def _prepare(self, name: str, sql: str) -> bool:
        numbers = iter(range(1, sql.count("%s") + 1))
        numbered = _MARKER.sub(lambda _: f"${next(numbers)}", sql)
        try:
            with self.atomic():  # a savepoint inside a transaction: a refusal does not abort it
                super().execute_sql(f"PREPARE {name} AS {numbered}")
        except pw.ProgrammingError as error:
            log.info("statement runs unprepared (%s): %s", error, sql)
            self._names[sql] = None
            return False
        return True
