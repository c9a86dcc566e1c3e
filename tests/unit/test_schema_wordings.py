"""The schema rules in other tools' words: server.schema_mismatch reads a query's missing column in
each database's words, the migration tool's own table included, at whatever level it is logged;
client.server_schema_skew a field whose type changed between a scalar and an object;
server.migrate_missing_version goose's missing file for the database's version;
server.migration_dirty golang-migrate's dirty version wrapped inside its number. Each line alone
in a bundle."""

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
        # MySQL's quotes made typographic by a paste
        "OperationalError: (1054, “Unknown column ‘runs.sweep_name’ in ‘where clause’”)",
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
        "(1054, “Unknown column ‘$1’ in ‘where clause’”)",
        'ALTER TABLE runs ADD COLUMN sweep_name TEXT; column "sweep_name" already exists',
        # other missing objects: a relation, a role, a database
        'ERROR: relation "schema_migrations" does not exist',
        'FATAL: role "wandb" does not exist',
        'FATAL: database "wandb_local" does not exist',
    ],
)
def test_missing_column_near_misses_do_not_fire(tmp_path: Path, line: str) -> None:
    assert passes(tmp_path, RULE, line)


@pytest.mark.parametrize(
    "line",
    [
        # graphql-js's ScalarLeafsRule (gqlparser and graphql-core word it alike): the field's type
        # changed between a scalar and an object
        'Field "runtimeVariant" must not have a selection since type "String!" has no subfields',
        'wandb.errors.CommError: {\'message\': \'Field "owner" of type "User" must have a '
        'selection of subfields. Did you mean "owner { ... }"?\'}',
        '{"errors":[{"message":"Field \\"tags\\" must not have a selection since type '
        '\\"[String!]!\\" has no subfields."}]}',
    ],
)
def test_a_field_whose_type_changed_is_schema_skew(tmp_path: Path, line: str) -> None:
    assert fires(tmp_path, "client.server_schema_skew", line)


@pytest.mark.parametrize(
    "line",
    [
        'Field "name" has a selection of subfields in the cached query',
        "The selection must not have duplicate fields",
        'Field "owner" of type "User" was selected with subfields',
    ],
)
def test_selection_look_alikes_are_not_schema_skew(tmp_path: Path, line: str) -> None:
    assert passes(tmp_path, "client.server_schema_skew", line)


@pytest.mark.parametrize(
    "line",
    [
        # goose's report of a database version its migrations directory does not hold
        "goose: migration file not found for current version (7), error: no current version found,",
        "2024/05/02 10:11:12 goose: migration file not found for current version (20240501093000), "
        "error: migration 20240501093000: file does not exist",
        '{"level":"error","msg":"migration file not found for current version 42 with action up"}',
    ],
)
def test_goose_names_the_version_it_has_no_file_for(tmp_path: Path, line: str) -> None:
    assert fires(tmp_path, "server.migrate_missing_version", line)


@pytest.mark.parametrize(
    "line",
    [
        "goose: no migrations to run. current version: 7",
        "goose: migration file not found",
        "2024/05/02 10:11:12 goose: no current version found",
    ],
)
def test_goose_look_alikes_do_not_fire(tmp_path: Path, line: str) -> None:
    assert passes(tmp_path, "server.migrate_missing_version", line)


@pytest.mark.parametrize(
    "lines",
    [
        # golang-migrate's ErrDirty whole, and wrapped inside its version as pasted
        ("error: Dirty database version 13. Fix and force version.",),
        (
            "2025/07/21 04:14:55 failed to run migrations: failed to apply migrations: Dirty "
            "database version 202507050",
            "00000. Fix and force version.",
        ),
        ('level=fatal msg="migrate up" error="Dirty database version 12', '. Fix and force."'),
    ],
)
def test_a_dirty_version_whole_or_wrapped(tmp_path: Path, lines: tuple[str, ...]) -> None:
    assert fires(tmp_path, "server.migration_dirty", *lines)


@pytest.mark.parametrize(
    "line",
    [
        "Dirty database version is unknown until migrate runs",
        "dirty database version 5",
        "Database version 5 (dirty: false)",
        "Dirty database version 12 was forced to 11 by the operator yesterday",
    ],
)
def test_dirty_look_alikes_do_not_fire(tmp_path: Path, line: str) -> None:
    assert passes(tmp_path, "server.migration_dirty", line)
