"""PostgreSQL that plans the hot paths' statements once per connection, not at every run."""

from __future__ import annotations

import logging
import re
import threading
import weakref
from dataclasses import dataclass
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
        # Statement text → its prepared form, or None where it runs as text.
        self._statements: dict[str, _Prepared | None] = {}
        self._prepared: weakref.WeakKeyDictionary[Any, set[str]] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def prepare_later(self, sql: str) -> None:
        """Run `sql` (with %s markers) as a prepared statement from now on, if it can be."""
        if sql in self._statements:
            return
        with self._lock:
            if sql not in self._statements:
                preparable = "%%" not in sql and not _WHOLE_ROWS.search(sql)
                number = len(self._statements) + 1
                self._statements[sql] = _Prepared.of(sql, number) if preparable else None

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        statement = self._statements.get(sql)
        if statement is None:
            return super().execute_sql(sql, params)
        prepared = self._prepared.setdefault(self.connection(), set())
        if statement.name not in prepared:
            if not self._prepare(statement, sql):
                return super().execute_sql(sql, params)
            prepared.add(statement.name)
        return super().execute_sql(statement.execute, params)

    def _prepare(self, statement: _Prepared, sql: str) -> bool:
        try:
            with self.atomic():  # a savepoint inside a transaction: a refusal does not abort it
                super().execute_sql(statement.prepare)
        except pw.ProgrammingError as error:
            log.info("statement runs unprepared (%s): %s", error, sql)
            self._statements[sql] = None
            return False
        return True


@dataclass(frozen=True)
class _Prepared:
    """A statement's name, its PREPARE and the EXECUTE that runs it with the same parameters."""

    name: str
    prepare: str
    execute: str

    @classmethod
    def of(cls, sql: str, number: int) -> _Prepared:
        name = f"vircom_{number}"
        count = sql.count("%s")
        numbers = iter(range(1, count + 1))
        numbered = _MARKER.sub(lambda _: f"${next(numbers)}", sql)
        arguments = f" ({', '.join(['%s'] * count)})" if count else ""
        return cls(name, f"PREPARE {name} AS {numbered}", f"EXECUTE {name}{arguments}")
