"""The session's PostgreSQL server fixtures hand out working, isolated databases."""

from __future__ import annotations

import psycopg2


def _query(url: str, sql: str) -> list[tuple[object, ...]]:
    connection = psycopg2.connect(url)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()
    finally:
        connection.close()


def test_postgres_url_accepts_queries(postgres_url: str) -> None:
    assert _query(postgres_url, "select 1") == [(1,)]


def test_postgres_db_url_is_a_fresh_database_per_test(postgres_db_url: str) -> None:
    connection = psycopg2.connect(postgres_db_url)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute("create table marker (id int)")
    finally:
        connection.close()

    assert _query(postgres_db_url, "select count(*) from marker") == [(0,)]


def test_postgres_db_url_does_not_see_other_tests_tables(postgres_db_url: str) -> None:
    tables = _query(
        postgres_db_url,
        "select table_name from information_schema.tables where table_schema = 'public'",
    )
    assert tables == []
