"""The miner lists Flyway's refusals to migrate (error_states.py's tool shapes), which it raises
as its exceptions' messages and a log may print without an exception's class name; Flyway's
routine lines stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # a Flyway troubleshooting guide (fixwikihub) and a Spring Boot one (makolyte)
        "org.flywaydb.core.internal.command.DbValidate$1: Validate failed: Migrations have failed "
        "validation",
        "Migration checksum mismatch for migration 3",
        "Flyway failed to initialize: none of the following migration scripts locations could be "
        "found:",
        # Flyway's other validation and a failed migration it recorded
        "Validate failed: Detected resolved migration not applied to database: 1.4",
        "Migration checksum mismatch for migration version 1.2",
        "Detected failed migration to version 1.2 (add runs index)",
    ],
)
def test_flyway_refusals_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "INFO  o.f.core.internal.command.DbValidate - Successfully validated 12 migrations "
        "(execution time 00:00.031s)",
        "INFO  o.f.core.internal.command.DbMigrate - Migrating schema `wandb` to version 1.3",
        "Flyway failed to find any pending migrations; the schema is up to date",
        "Validate failed? No: 12 migrations validated",
    ],
)
def test_flyway_routine_lines_stay_out(line: str) -> None:
    assert not miner_lists(line)
