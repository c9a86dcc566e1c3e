"""The MySQL collector's reading of grants, as units: what a user's grants give on the W&B database
(all privileges, the grant option, what is missing; roles, partial revokes, wildcards), the shapes
of a grant statement, and password hashes stripped from them."""

from __future__ import annotations

import pytest

from wbdiag.collect.sources.mysql_grants import (
    db_pattern_matches,
    derive_grants,
    is_role_grant,
    parse_grant,
    strip_hashes,
)

# -- unit: grants ------------------------------------------------------------------------------------
MYSQL8_ROOT = [
    "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, RELOAD, SHUTDOWN, PROCESS, FILE, "
    "REFERENCES, INDEX, ALTER, SHOW DATABASES, SUPER, CREATE TEMPORARY TABLES, LOCK TABLES, "
    "EXECUTE, REPLICATION SLAVE, REPLICATION CLIENT, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, "
    "ALTER ROUTINE, CREATE USER, EVENT, TRIGGER, CREATE TABLESPACE, CREATE ROLE, DROP ROLE ON *.* "
    "TO `root`@`%` WITH GRANT OPTION",
    "GRANT APPLICATION_PASSWORD_ADMIN,AUDIT_ABORT_EXEMPT,BACKUP_ADMIN,BINLOG_ADMIN ON *.* "
    "TO `root`@`%` WITH GRANT OPTION",
]


@pytest.mark.parametrize(
    ("grants", "database", "all_privileges", "grant_option"),
    [
        # the guide's grant, MySQL 8 and MariaDB forms
        (
            [
                "GRANT USAGE ON *.* TO `wandb_local`@`%`",
                "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_local`@`%` WITH GRANT OPTION",
            ],
            "wandb_local",
            True,
            True,
        ),
        # MySQL 5.7 quotes the user with single quotes
        (
            ["GRANT ALL PRIVILEGES ON `wandb_local`.* TO 'wandb_local'@'%' WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        # escaped underscore: a literal name
        (
            ["GRANT ALL PRIVILEGES ON `wandb\\_local`.* TO `wandb_local`@`%` WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        # ... which does not match another database that an unescaped pattern would
        (
            ["GRANT ALL PRIVILEGES ON `wandb\\_local`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandbXlocal",
            False,
            False,
        ),
        (
            ["GRANT ALL PRIVILEGES ON `wandb_local`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandbXlocal",
            True,
            True,
        ),
        # wildcard database pattern
        (
            ["GRANT ALL PRIVILEGES ON `wandb%`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        # another database only
        (
            ["GRANT ALL PRIVILEGES ON `other`.* TO `u`@`%` WITH GRANT OPTION"],
            "wandb_local",
            False,
            False,
        ),
        # ALL without the grant option
        (["GRANT ALL PRIVILEGES ON `wandb_local`.* TO `u`@`%`"], "wandb_local", True, False),
        # SELECT only, MariaDB with its hash
        (
            [
                "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED BY PASSWORD '*3FE72219D599D974AB1122F084186DCAA067E539'",
                "GRANT SELECT ON `wandb_local`.* TO `u`@`%`",
            ],
            "wandb_local",
            False,
            False,
        ),
        # global ALL (MariaDB root), and MySQL 8's root that lists every privilege
        (
            ["GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION"],
            "wandb_local",
            True,
            True,
        ),
        (MYSQL8_ROOT, "wandb_local", True, True),
        # every database privilege listed one by one on the database
        (
            [
                "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, REFERENCES, INDEX, ALTER, "
                "CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, "
                "ALTER ROUTINE, EVENT, TRIGGER ON `wandb_local`.* TO `u`@`%` WITH GRANT OPTION"
            ],
            "wandb_local",
            True,
            True,
        ),
        # global privileges plus database ones add up
        (
            [
                "GRANT SELECT, INSERT, UPDATE, DELETE ON *.* TO `u`@`%`",
                "GRANT CREATE, DROP, REFERENCES, INDEX, ALTER, CREATE TEMPORARY TABLES, LOCK TABLES, "
                "EXECUTE, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, EVENT, TRIGGER "
                "ON `wandb_local`.* TO `u`@`%` WITH GRANT OPTION",
            ],
            "wandb_local",
            True,
            True,
        ),
        # partial revoke (MySQL 8, partial_revokes=ON)
        (
            [
                "GRANT ALL PRIVILEGES ON *.* TO `u`@`%` WITH GRANT OPTION",
                "REVOKE DROP ON `wandb_local`.* FROM `u`@`%`",
            ],
            "wandb_local",
            False,
            True,
        ),
        # table and column grants are not database grants
        (
            [
                "GRANT ALL PRIVILEGES ON `wandb_local`.`runs` TO `u`@`%` WITH GRANT OPTION",
                "GRANT SELECT (`id`, `name`), UPDATE (`name`) ON `wandb_local`.`runs` TO `u`@`%`",
            ],
            "wandb_local",
            False,
            False,
        ),
        # a user name that reads like the clause does not give the grant option
        (
            ["GRANT SELECT ON `wandb_local`.* TO `WITH GRANT OPTION`@`%`"],
            "wandb_local",
            False,
            False,
        ),
        # a backquote doubled inside a database name
        (["GRANT ALL PRIVILEGES ON `wb``db`.* TO `u`@`%` WITH GRANT OPTION"], "wb`db", True, True),
        # GRANT OPTION given as a privilege
        (["GRANT SELECT, GRANT OPTION ON `wandb_local`.* TO `u`@`%`"], "wandb_local", False, True),
        # roles, MySQL 8 (without expansion) and MariaDB (its role's grants are listed)
        (
            ["GRANT USAGE ON *.* TO `u`@`%`", "GRANT `wandb_role`@`%` TO `u`@`%`"],
            "wandb_local",
            False,
            False,
        ),
        (
            [
                "GRANT `wandb_role` TO `u`@`%`",
                "GRANT USAGE ON *.* TO `u`@`%`",
                "GRANT USAGE ON *.* TO `wandb_role`",
                "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_role` WITH GRANT OPTION",
                "SET DEFAULT ROLE `wandb_role` FOR `u`@`%`",
            ],
            "wandb_local",
            True,
            True,
        ),
        # PROXY grants are not privileges
        (
            ["GRANT PROXY ON ``@`%` TO `root`@`127.0.0.1` WITH GRANT OPTION"],
            "wandb_local",
            False,
            False,
        ),
    ],
)
def test_derive_grants(
    grants: list[str], database: str, all_privileges: bool, grant_option: bool
) -> None:
    derived = derive_grants(grants, database)
    assert derived["all_privileges_on_database"] is all_privileges, derived
    assert derived["grant_option"] is grant_option, derived
    assert bool(derived["missing_privileges"]) is not all_privileges


def test_partial_revokes_read_names_literally() -> None:
    grants = ["GRANT ALL PRIVILEGES ON `wandb%`.* TO `u`@`%` WITH GRANT OPTION"]
    assert derive_grants(grants, "wandb_local", wildcards=True)["all_privileges_on_database"]
    assert not derive_grants(grants, "wandb_local", wildcards=False)["all_privileges_on_database"]
    assert db_pattern_matches("wandb_local", "wandb_local", wildcards=False)
    assert db_pattern_matches("WANDB_LOCAL", "wandb_local", ignore_case=True)
    assert not db_pattern_matches("WANDB_LOCAL", "wandb_local")


def test_parse_grant_shapes() -> None:
    g = parse_grant("GRANT EXECUTE ON PROCEDURE `wandb_local`.`p` TO `u`@`%`")
    assert g is not None and g.scope == "object"
    g = parse_grant("GRANT SELECT ON `wandb_local`.* TO `u`@`%` WITH MAX_QUERIES_PER_HOUR 10")
    assert g is not None and g.scope == "database" and not g.grant_option
    assert parse_grant("GRANT `r1`@`%`,`r2`@`%` TO `u`@`%`") is None
    assert is_role_grant("GRANT `r1`@`%`,`r2`@`%` TO `u`@`%`")
    assert is_role_grant("GRANT `wandb_role` TO `u`@`%`")
    assert not is_role_grant("GRANT USAGE ON *.* TO `u`@`%`")


def test_strip_hashes() -> None:
    seen: list[str] = []

    def register(value: str) -> str:
        seen.append(value)
        return f"<hash {len(seen)}>"

    mariadb = "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED BY PASSWORD '*3FE72219D599D974AB1122F084186DCAA067E539'"
    ed25519 = "GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED VIA ed25519 USING 'ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY'"
    socket_or_pw = (
        "GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` IDENTIFIED VIA unix_socket "
        "OR mysql_native_password USING 'invalid' WITH GRANT OPTION"
    )
    assert strip_hashes(mariadb, register).endswith("IDENTIFIED BY PASSWORD '<hash 1>'")
    assert strip_hashes(ed25519, register).endswith("USING '<hash 2>'")
    assert strip_hashes(socket_or_pw, register) == socket_or_pw  # 'invalid' is no hash
    assert seen == [
        "*3FE72219D599D974AB1122F084186DCAA067E539",
        "ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY",
    ]
