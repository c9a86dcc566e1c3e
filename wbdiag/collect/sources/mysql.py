"""MySQL: connect as W&B does (the MYSQL DSN, or MYSQL_HOST/PORT/USER/PASSWORD/DATABASE) and record
the server version and flavour, every global variable, the W&B database's character set, the W&B
user's grants and the size of its tables (docs/bundle-format.md, mysql/).

`mysql/connection.json` is always written, also when the connection fails: the driver's error
verbatim, its number and a classification (`error_kind`) that the rule `mysql.unreachable` reads.
Access denied then ends the collector as forbidden, any other connection failure as failed. Once
connected, a query that fails (a missing privilege, a server that lacks a table) becomes a note and
the collector goes on with the next document. Where it connects and how a failure is classified:
mysql_connect.py; the grants: mysql_grants.py.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Mapping
from typing import Any

from wbdiag.bundle import layout
from wbdiag.collect.base import (
    CollectContext,
    Collector,
    Output,
    PlanStep,
    SourceForbidden,
    planned_setting,
)
from wbdiag.collect.sources.mysql_connect import (
    Target,
    classify,
    driver_errno,
    error_text,
    resolve_target,
)
from wbdiag.collect.sources.mysql_grants import derive_grants, is_role_grant, strip_hashes
from wbdiag.errors import CollectError

LARGEST_TABLES = 10

SCHEMATA_SQL = (
    "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
    " FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME"
)
CURRENT_DATABASE_SQL = "SELECT DATABASE(), @@character_set_database, @@collation_database"
TABLES_SQL = (
    "SELECT TABLE_NAME, TABLE_ROWS, DATA_LENGTH, INDEX_LENGTH FROM information_schema.TABLES"
    " WHERE TABLE_SCHEMA = %s AND TABLE_TYPE = 'BASE TABLE'"
)


class MysqlConnectionError(Exception):
    """The connection failed for another reason than access denied (the collector failed)."""


# -- version and flavour ---------------------------------------------------------------------
def flavor_of(version: str, comment: str, variables: Mapping[str, str | None]) -> str:
    text = f"{version} {comment}".lower()
    if "mariadb" in text:
        return "mariadb"
    if variables.get("aurora_version") or "aurora" in text:
        return "aurora"
    if "percona" in text:
        return "percona"
    return "mysql"


# -- the collector ---------------------------------------------------------------------------
class MysqlCollector(Collector):
    name = "mysql"
    writes = ("mysql/",)
    description = "MySQL: version, global variables, W&B database charset, grants, table sizes"
    timeout = 60.0
    connect_timeout = 5.0
    read_timeout = 15.0

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        if ctx.settings.get("MYSQL") or ctx.settings.get("MYSQL_HOST"):
            t = resolve_target(ctx.settings)
            where = f"{t.user}@{t.host}:{t.port}/{t.database} (TLS {t.tls_mode})"
        elif planned_setting(ctx, "MYSQL") is None:
            where = "MYSQL from the deployment's settings, if discovery finds it"
        queries = [
            "SHOW SESSION STATUS LIKE 'Ssl_version'",
            "SHOW GLOBAL VARIABLES",
            "SELECT @@version, @@version_comment",
            "SELECT @@aurora_version (only when SHOW GLOBAL VARIABLES failed)",
            SCHEMATA_SQL,
            CURRENT_DATABASE_SQL,
            "SELECT CURRENT_USER()",
            "SHOW GRANTS (MariaDB: SELECT CURRENT_ROLE(); MySQL 8: SHOW GRANTS ... USING roles)",
            TABLES_SQL.replace("%s", "<database>"),
        ]
        return [PlanStep(f"connect ({self.connect_timeout:.0f} s timeout)", where, active=True)] + [
            PlanStep(f"query (read-only): {q}", where, active=True) for q in queries
        ]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        target = resolve_target_or_record(ctx, out)
        ctx.redactor.add_secret(target.password, "password")
        record: dict[str, Any] = {
            "host": target.host,
            "port": target.port,
            "database": target.database,
            "user": target.user,
            "tls": target.tls,
            "tls_mode": target.tls_mode,
            "source": target.source,
            "target": f"{target.user}@{target.host}:{target.port}/{target.database}",
        }
        try:
            conn = self._connect(ctx, target)
        except Exception as exc:
            kind = classify(exc)
            message = ctx.redactor(error_text(exc))
            out.json(
                layout.MYSQL_CONNECTION,
                {
                    **record,
                    "ok": False,
                    "error": message,
                    "errno": driver_errno(exc),
                    "error_kind": kind,
                    "tls_version": None,
                },
            )
            summary = f"{kind}: {message}"
            if kind == "access_denied":
                raise SourceForbidden(summary) from None
            raise MysqlConnectionError(summary) from None
        try:
            session = _Session(conn, out, ctx)
            tls_version = session.scalar(None, "SHOW SESSION STATUS LIKE 'Ssl_version'", 1)
            out.json(
                layout.MYSQL_CONNECTION,
                {
                    **record,
                    "ok": True,
                    "error": None,
                    "errno": None,
                    "error_kind": None,
                    "tls_version": tls_version or None,
                },
            )
            variables = self._variables(session, out)
            self._version(session, out, variables)
            self._databases(session, out, target.database)
            self._grants(session, out, ctx, target.database, variables)
            self._tables(session, out, target.database)
        finally:
            with contextlib.suppress(Exception):
                conn.close()

    # -- connecting --------------------------------------------------------------------------
    def _connect(self, ctx: CollectContext, target: Target) -> Any:
        import pymysql

        kwargs: dict[str, Any] = {}
        if target.tls_mode == "verify":
            context = ssl.create_default_context()  # the system trust store ...
            if ctx.options.ca_bundle is not None:  # ... plus --ca-bundle
                context.load_verify_locations(cafile=str(ctx.options.ca_bundle))
            kwargs["ssl"] = context
        elif target.tls_mode == "skip-verify":
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            kwargs["ssl"] = context
        elif target.tls_mode == "off":
            kwargs["ssl_disabled"] = True  # as W&B: no tls parameter, no TLS
        # "preferred": pymysql's default, TLS when the server offers it, unverified
        return pymysql.connect(
            host=target.host,
            port=target.port,
            user=target.user,
            password=target.password,
            database=target.database,
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            write_timeout=self.read_timeout,
            charset="utf8mb4",
            autocommit=True,
            program_name="wbdiag",
            **kwargs,
        )

    # -- documents ---------------------------------------------------------------------------
    def _variables(self, session: _Session, out: Output) -> dict[str, str | None]:
        rows = session.rows("SHOW GLOBAL VARIABLES", "SHOW GLOBAL VARIABLES")
        if rows is None:
            return {}
        variables = {str(r[0]): None if r[1] is None else _text(r[1]) for r in rows}
        # variable names are the server's, not settings: `license`, `max_password_errors`...
        out.json(layout.MYSQL_VARIABLES, dict(sorted(variables.items())), keys_are_data=True)
        return variables

    def _version(self, session: _Session, out: Output, variables: dict[str, str | None]) -> None:
        row = session.row("version", "SELECT @@version, @@version_comment")
        if row is None:
            if not variables.get("version"):
                return
            row = (variables.get("version"), variables.get("version_comment"))
        version, comment = _text(row[0] or ""), _text(row[1] or "")
        aurora = variables.get("aurora_version")
        if aurora is None and not variables:  # SHOW GLOBAL VARIABLES failed: ask directly
            found = session.row(None, "SELECT @@aurora_version")  # an error on anything else
            aurora = _text(found[0]) if found and found[0] is not None else None
        doc: dict[str, Any] = {
            "version": version,
            "version_comment": comment,
            "flavor": flavor_of(version, comment, {"aurora_version": aurora}),
        }
        if aurora:
            doc["aurora_version"] = aurora
        out.json(layout.MYSQL_VERSION, doc)

    def _databases(self, session: _Session, out: Output, database: str) -> None:
        rows = session.rows("databases (information_schema.SCHEMATA)", SCHEMATA_SQL)
        every = [
            {"name": _text(r[0]), "charset": _text(r[1]), "collation": _text(r[2])}
            for r in rows or []
        ]
        wandb = next((d for d in every if d["name"] == database), None)
        if wandb is None:  # not listed (or SCHEMATA failed): the session's own database
            row = session.row("W&B database character set", CURRENT_DATABASE_SQL)
            if row is not None and row[0] is not None:
                wandb = {
                    "name": _text(row[0]),
                    "charset": _text(row[1]),
                    "collation": _text(row[2]),
                }
        if rows is None and wandb is None:
            return
        out.json(layout.MYSQL_DATABASES, {"wandb": wandb, "all": every})

    def _grants(
        self,
        session: _Session,
        out: Output,
        ctx: CollectContext,
        database: str,
        variables: dict[str, str | None],
    ) -> None:
        who = session.row("CURRENT_USER()", "SELECT CURRENT_USER()")
        rows = session.rows("SHOW GRANTS", "SHOW GRANTS")
        if rows is None:
            return
        user, _, host = (_text(who[0]) if who and who[0] else "").rpartition("@")

        def register(value: str) -> str:
            ctx.redactor.add_secret(value, "password_hash")
            return ctx.redactor.token(value, "password_hash")

        grants = [strip_hashes(_text(r[0]), register) for r in rows]
        doc: dict[str, Any] = {"user": user or None, "host": host or None, "grants": grants}
        effective = grants
        if any(is_role_grant(g) for g in grants):
            # MySQL 8 lists granted roles, not their privileges: ask again with the active roles
            role = session.row(None, "SELECT CURRENT_ROLE()")
            active = _text(role[0]) if role and role[0] is not None else ""
            if active and active.upper() != "NONE" and "`" in active:
                expanded = session.rows(
                    "SHOW GRANTS ... USING the active roles",
                    f"SHOW GRANTS FOR CURRENT_USER() USING {active}",
                )
                if expanded is not None:
                    effective = [strip_hashes(_text(r[0]), register) for r in expanded]
                    doc["active_roles"] = active
                    doc["grants_with_roles"] = effective
        doc.update(
            derive_grants(
                effective,
                database,
                wildcards=(variables.get("partial_revokes") or "OFF").upper() != "ON",
                ignore_case=(variables.get("lower_case_table_names") or "0") != "0",
            )
        )
        out.json(layout.MYSQL_GRANTS, doc)

    def _tables(self, session: _Session, out: Output, database: str) -> None:
        rows = session.rows("tables (information_schema.TABLES)", TABLES_SQL, (database,))
        if rows is None:
            return
        sized = sorted(
            ((int(r[2] or 0) + int(r[3] or 0), _text(r[0]), r[1]) for r in rows),
            key=lambda t: (-t[0], t[1]),
        )
        out.json(
            layout.MYSQL_TABLES,
            {
                "database": database,
                "count": len(sized),
                "bytes": sum(size for size, _, _ in sized),
                "largest": [
                    {"name": name, "rows": None if n is None else int(n), "bytes": size}
                    for size, name, n in sized[:LARGEST_TABLES]
                ],
            },
        )


def resolve_target_or_record(ctx: CollectContext, out: Output) -> Target:
    """resolve_target, and a setting that cannot be parsed recorded in connection.json."""
    try:
        return resolve_target(ctx.settings)
    except (CollectError, ValueError) as exc:  # urlsplit raises ValueError ("Invalid IPv6 URL")
        message = ctx.redactor(str(exc))
        source = "MYSQL" if ctx.settings.get("MYSQL") else "MYSQL_HOST"
        out.json(
            layout.MYSQL_CONNECTION,
            {
                "host": None,
                "port": None,
                "database": None,
                "user": None,
                "tls": False,
                "tls_mode": None,
                "source": source,
                "target": f"the {source} setting",
                "ok": False,
                "error": message,
                "errno": None,
                "error_kind": "invalid_setting",
                "tls_version": None,
            },
        )
        raise MysqlConnectionError(f"invalid_setting: {message}") from None


class _Session:
    """Queries on the open connection; a failing query becomes a note and returns None."""

    def __init__(self, conn: Any, out: Output, ctx: CollectContext) -> None:
        self.conn = conn
        self.out = out
        self.ctx = ctx

    def rows(self, what: str | None, sql: str, args: Any = None) -> list[tuple[Any, ...]] | None:
        import pymysql

        try:
            with self.conn.cursor() as cur:
                cur.execute(sql, args)
                return [tuple(r) for r in cur.fetchall()]
        except pymysql.err.MySQLError as exc:
            if what is not None:
                self.out.note(f"mysql {what}: {self.ctx.redactor(error_text(exc))}")
            return None

    def row(self, what: str | None, sql: str) -> tuple[Any, ...] | None:
        rows = self.rows(what, sql)
        return rows[0] if rows else None

    def scalar(self, what: str | None, sql: str, column: int = 0) -> str | None:
        row = self.row(what, sql)
        return None if row is None or row[column] is None else _text(row[column])


def _text(value: Any) -> str:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    return str(value)
