"""W&B settings: which names exist, which are secret, where a value came from, and the parsers
for the two connection strings everything else depends on (MYSQL and BUCKET)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from wbdiag.errors import CollectError
from wbdiag.redact.names import is_secret_setting

__all__ = ["is_secret_setting"]  # the one home of secret names is wbdiag.redact.names

# Settings from the reference (Part 2). (S) ones are secret: their whole value is redacted.
SECRET_SETTINGS = frozenset(
    {
        "LICENSE",
        "GORILLA_LICENSE",
        "MYSQL_PASSWORD",
        "DB_PASSWORD",
        "BUCKET_SECRET_KEY",
        "BUCKET_ACCESS_KEY",
        "AZURE_STORAGE_KEY",
        "REDIS_PASSWORD",
        "OIDC_CLIENT_SECRET",
        "GORILLA_SESSION_KEY",
        "LOCAL_LDAP_BIND_PW",
        "LDAP_BIND_PW",
        "GLOBAL_ADMIN_API_KEY",
        "SMTP_PASSWORD",
        "SLACK_SECRET",
        "WANDB_API_KEY",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
    }
)
# Settings whose value is a URL or DSN that may carry credentials: only the credentials go.
URL_SETTINGS = frozenset(
    {
        "MYSQL",
        "BUCKET",
        "REDIS",
        "GORILLA_METADATA_STORE",
        "GORILLA_FILE_STORE",
        "GORILLA_RUN_STORE",
        "GORILLA_CACHE",
        "GORILLA_TASK_QUEUE",
        "BUCKET_QUEUE",
        "NOTIFICATIONS_QUEUE",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
    }
)
KNOWN_SETTINGS = (
    SECRET_SETTINGS
    | URL_SETTINGS
    | frozenset(
        {
            "HOST",
            "MYSQL_HOST",
            "MYSQL_PORT",
            "MYSQL_DATABASE",
            "MYSQL_USER",
            "DB_HOST",
            "DB_USER",
            "AWS_REGION",
            "AWS_S3_KMS_ID",
            "BUCKET_PROXY",
            "GORILLA_FILE_STORE_IS_PROXIED",
            "OIDC_ISSUER",
            "OIDC_CLIENT_ID",
            "OIDC_AUTH_METHOD",
            "GORILLA_CORS_ORIGINS",
            "LOCAL_RESTORE",
            "LOGGING_ENABLED",
            "GOMEMLIMIT",
            "SSL_CERT_FILE",
            "WANDB_BASE_URL",
            "AWS_ACCESS_KEY_ID",
            "NO_PROXY",
            "no_proxy",
        }
    )
)
_PREFIXES = ("GORILLA_", "WANDB_")
_TLS_ON = ("true", "1", "skip-verify", "preferred")


def is_wandb_setting(name: str) -> bool:
    return name in KNOWN_SETTINGS or name.startswith(_PREFIXES)


@dataclass
class WandbSettings:
    values: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # name -> where it came from
    sources: list[str] = field(default_factory=list)

    def get(self, name: str) -> str | None:
        v = self.values.get(name)
        return v if v else None

    def merge(self, values: Mapping[str, str], source: str, override: bool) -> None:
        """Add W&B settings from one source; `override` lets it replace earlier values."""
        taken = False
        for k, v in values.items():
            if not is_wandb_setting(k) or v is None:
                continue
            if override or k not in self.values:
                self.values[k] = v
                self.origin[k] = source
                taken = True
        if taken and source not in self.sources:
            self.sources.append(source)


def parse_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines as W&B deployments keep them (docker --env-file, systemd, .env)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CollectError(f"cannot read env file {path}: {exc}") from exc
    out: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[7:].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise CollectError(f"{path}:{lineno}: not a KEY=VALUE line")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out[key] = value
    return out


def from_environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    env = os.environ if env is None else env
    return {k: v for k, v in env.items() if is_wandb_setting(k)}


# -- connection strings ------------------------------------------------------------------------
@dataclass(frozen=True)
class MysqlDsn:
    host: str
    port: int
    user: str
    password: str
    database: str
    tls: bool

    def __repr__(self) -> str:  # never print the password by accident
        return f"MysqlDsn({self.user}@{self.host}:{self.port}/{self.database}, tls={self.tls})"


def parse_mysql_dsn(dsn: str) -> MysqlDsn:
    """`mysql://user:pass@host:port/db?tls=true` (W&B's form; pass may be percent-encoded)."""
    parts = urlsplit(dsn)
    if parts.scheme not in ("mysql", "mysql+tls"):
        raise CollectError("MYSQL is not a mysql:// URL")
    try:
        port = parts.port or 3306
    except ValueError as exc:
        raise CollectError("MYSQL has an invalid port") from exc
    if not parts.hostname:
        raise CollectError("MYSQL has no host")
    query = parse_qs(parts.query)
    tls = parts.scheme == "mysql+tls" or query.get("tls", ["false"])[0].lower() in _TLS_ON
    return MysqlDsn(
        host=parts.hostname,
        port=port,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        database=parts.path.lstrip("/") or "wandb_local",
        tls=tls,
    )


@dataclass(frozen=True)
class BucketUrl:
    scheme: str  # s3, gs, az
    access_key: str
    secret_key: str
    host: str  # endpoint host[:port], or the bucket for AWS's s3://bucket form
    bucket: str
    tls: bool
    region: str | None

    def __repr__(self) -> str:
        return f"BucketUrl({self.scheme}://{self.host}/{self.bucket}, tls={self.tls})"


def parse_bucket_url(url: str) -> BucketUrl:
    """`s3://KEY:SECRET@HOST/BUCKET?tls=true`, `s3://bucket` (AWS), `gs://bucket`, `az://acct/container`."""
    parts = urlsplit(url)
    if parts.scheme not in ("s3", "gs", "az"):
        raise CollectError(f"BUCKET has an unsupported scheme {parts.scheme!r:.20}")
    query = parse_qs(parts.query)
    path = parts.path.lstrip("/")
    host = parts.netloc.rsplit("@", 1)[-1]
    if parts.scheme == "s3" and not path:  # s3://bucket-name: AWS S3
        return BucketUrl("s3", "", "", "", host, True, query.get("region", [None])[0])
    return BucketUrl(
        scheme=parts.scheme,
        access_key=unquote(parts.username or ""),
        secret_key=unquote(parts.password or ""),
        host=host,
        bucket=path.split("/")[0],
        tls=query.get("tls", ["false"])[0].lower() == "true",
        region=query.get("region", [None])[0],
    )
