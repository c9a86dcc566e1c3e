"""server.schema_mismatch reads a query's missing column in each database's words, the migration
tool's own table included, at whatever level it is logged; each line alone in a bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_store_wordings import fires, passes

RULE = "server.schema_mismatch"


@pytest.mark.parametrize(
    "line",
    [
        # golang-migrate reading its schema_migrations table written by an older tool, at warning
        'time="2026-11-28T10:00:00Z" level=warning msg="migration up" error="pq: column \\"dirty\\" '
        'does not exist in line 0: SELECT version, dirty FROM \\"schema_migrations\\" LIMIT 1"',
        'time="2026-11-28T10:00:00Z" level=warning msg="migration up" error="pq: column "dirty" '
        'does not exist in line 0: SELECT version, dirty FROM "schema_migrations" LIMIT 1"',
        "error: Error 1054: Unknown column 'dirty' in 'field list' in line 0: SELECT version, "
        "dirty FROM `schema_migrations` LIMIT 1",
        # PostgreSQL's 42703 through other drivers
        'ERROR: column "sweep_name" does not exist (SQLSTATE 42703)',
        "psycopg2.errors.UndefinedColumn: column runs.sweep_name does not exist",
        'org.postgresql.util.PSQLException: ERROR: column "archived_at" of relation "projects" '
        "does not exist",
        '{"level":"warn","msg":"query failed","error":"pq: column \\"priority\\" does not exist"}',
        # SQLite and SQL Server
        "sqlite3.OperationalError: no such column: runs.sweep_name",
        "Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid column name 'ArchivedAt'.",
    ],
)
def test_missing_column_in_each_databases_words(tmp_path: Path, line: str) -> None:
    assert fires(tmp_path, RULE, line)


@pytest.mark.parametrize(
    "line",
    [
        # an idempotent migration's notice, a placeholder sent in another dialect, a column added
        'NOTICE:  column "legacy_flag" of relation "runs" does not exist, skipping',
        'pq: column "$1" does not exist',
        'ALTER TABLE runs ADD COLUMN sweep_name TEXT; column "sweep_name" already exists',
        # other missing objects: a relation, a role, a database
        'ERROR: relation "schema_migrations" does not exist',
        'FATAL: role "wandb" does not exist',
        'FATAL: database "wandb_local" does not exist',
    ],
)
def test_missing_column_near_misses_do_not_fire(tmp_path: Path, line: str) -> None:
    assert passes(tmp_path, RULE, line)
