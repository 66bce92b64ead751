"""On PostgreSQL the hot paths' fixed statements run prepared, planned once per connection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vircom_desktop.domain import db
from vircom_desktop.domain.startup import open_database


@pytest.fixture
def database(postgres_db_url: str) -> Iterator[None]:
    open_database(postgres_db_url, timezone="America/Santiago")
    yield
    db.close()


def _prepared() -> set[str]:
    rows = db.current().execute_sql("SELECT statement FROM pg_prepared_statements").fetchall()
    return {row[0] for row in rows}


def test_a_fixed_statement_runs_prepared_with_the_same_results(database: None) -> None:
    sql = "SELECT key FROM shop_settings WHERE key = ? OR key = ? ORDER BY key"
    db.current().execute_sql(
        "INSERT INTO shop_settings (key, value) VALUES ('a', NULL), ('b', NULL), ('c', NULL)"
    )

    first = db.current().execute_sql(db.sql_text(sql), ("a", "c")).fetchall()
    again = db.current().execute_sql(db.sql_text(sql), ("b", "c")).fetchall()

    assert (first, again) == ([("a",), ("c",)], [("b",), ("c",)])
    assert any("$1" in statement and "shop_settings" in statement for statement in _prepared())


def test_a_statement_without_parameters_runs_prepared(database: None) -> None:
    db.current().execute_sql("INSERT INTO shop_settings (key, value) VALUES ('a', NULL)")
    sql = db.sql_text("SELECT count(*) FROM shop_settings")
    assert db.current().execute_sql(sql).fetchone() == (1,)
    assert any("count(*)" in statement for statement in _prepared())


def test_a_statement_the_server_cannot_prepare_runs_as_text_inside_the_transaction(
    database: None,
) -> None:
    with db.current().atomic():
        db.current().execute_sql("INSERT INTO shop_settings (key, value) VALUES ('kept', NULL)")
        # The type of a bare parameter cannot be inferred: PREPARE is refused.
        found = db.current().execute_sql(db.sql_text("SELECT ? IS NULL"), (None,)).fetchone()
        assert found == (True,)
    assert not any("IS NULL" in statement for statement in _prepared())
    kept = db.current().execute_sql("SELECT key FROM shop_settings").fetchall()
    assert kept == [("kept",)]  # the refusal did not abort the transaction


def test_whole_rows_of_a_table_are_not_prepared(database: None) -> None:
    """Another desk's upgrade may add a column; a prepared SELECT * would then fail."""
    db.current().execute_sql(db.sql_text("SELECT * FROM shop_settings WHERE key = ?"), ("a",))
    assert not any("FROM shop_settings" in statement for statement in _prepared())
