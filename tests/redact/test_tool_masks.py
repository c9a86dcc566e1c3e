"""What a tool already hid or never showed stays as it printed it: its own mask in a secret's place
(azcopy's `sig=-REDACTED-`, Redis' `"AUTH" "(redacted)"` in MONITOR, a HAR export's `Bearer
<token>` and `Basic ****`), a note of where the secret is read from (MinIO's `RootPass: (set via
MINIO_ROOT_PASSWORD_FILE)`), a failure's class before its message (`…AuthorizationSpecException:
url=jdbc:…?user=wandb`) and a numbered cookie's name (`AWSELBAuthSessionCookie-0=`); beside each,
the same layout with a real secret, which goes. A logger's `[omitted]`, redis-cli's `(empty
array)`, redis.conf's commented `foobared` example and an authentication method's name
(`auth=irsa`) stay too. An AWS access key id alone still goes (tokens.py)."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE
from wbdiag.redact.values import PLACEHOLDER

ENGINES = pytest.mark.parametrize("engine", ["hyperscan", "re"])
_AZURE = "https://wandbstore.blob.core.windows.net/wandb/86d8f056?se=2025-01-01T00%3A00%3A00Z"
_JAVA = "Caused by: java.sql.SQLInvalidAuthorizationSpecException: "
_JDBC = "url=jdbc:mysql://mysql.example.com:3306/wandb_local?user=wandb_local"
_HAR = '            {"name": "authorization", "value": "%s"},'
_MONITOR = '1764647500.361946 [0 10.191.220.185:57138] "HELLO" "3" "AUTH" %s'

# (lines, the secret in them, or None for lines that must come back unchanged)
CASES: list[tuple[list[str], str | None]] = [
    # azcopy logs the SAS it was given with its signature masked
    ([f'INFO: Source "{_AZURE}&sig=-REDACTED-&sp=r&sr=c&sv=2022-11-02"'], None),
    ([f'INFO: Source "{_AZURE}&sig=_REDACTED_&sp=r"'], None),
    (
        [f'INFO: Source "{_AZURE}&sig=Qx7k2LmP9wRtz4YbN8cVd3Jh6Ge5Fa1Ss0Ui%3D&sp=r&sr=c"'],
        "Qx7k2LmP9wRtz4YbN8cVd3Jh6Ge5Fa1Ss0Ui",
    ),
    # a HAR export whose browser replaced the credentials
    ([_HAR % "Bearer <token>"], None),
    ([_HAR % "Basic ****"], None),
    ([_HAR % "Bearer [REDACTED]"], None),
    (
        [_HAR % "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.Tq8wLr2pXmK4tB7nR1sV9cY3"],
        "Tq8wLr2pXmK4",
    ),
    ([_HAR % "Basic d2FuZGI6VHE4d0xyMnBYbUs0"], "d2FuZGI6VHE4d0xyMnBYbUs0"),
    ([_HAR % "Bearer **** Tq8wLr2pXmK4tB7nR1sV"], "Tq8wLr2pXmK4tB7nR1sV"),
    # Redis MONITOR: Redis itself writes `(redacted)` for AUTH's arguments
    ([_MONITOR % '"(redacted)" "(redacted)"'], None),
    ([_MONITOR % '"default" "Zq8wLr2pXmK4tB7n"'], "Zq8wLr2pXmK4tB7n"),
    # a logger's `[omitted]` where a signed URL's signature was; redis-cli's empty reply under
    # `ACL GETUSER`'s `passwords`; the stock redis.conf's commented example; an auth method
    (['{"msg":"redirect to signed url","expires":"3600s","signature":"[omitted]"}'], None),
    (
        ['{"msg":"redirect to signed url","signature":"Qx7k2LmP9wRtz4YbN8cVd3Jh6Ge5"}'],
        "Qx7k2LmP9wRtz4YbN8cVd3Jh6Ge5",
    ),
    (["127.0.0.1:6379> ACL GETUSER wandb", '3) "passwords"', "4) (empty array)"], None),
    (["port 6379", "# requirepass foobared", "aclfile /etc/redis/users.acl"], None),
    (["port 6379", "requirepass Xk9pQ2wLm7Rt4vB8"], "Xk9pQ2wLm7Rt4vB8"),
    (['level=info msg="file store config" url="s3://wandb-files" auth=irsa'], None),
    (
        ['level=info msg="file store config" url="s3://wandb-files" auth=Xk9pQ2wLm7Rt4vB8'],
        "Xk9pQ2wLm7Rt4vB8",
    ),
    # MinIO's start-up banner when the root password is read from a file
    (["RootUser: wandb-admin", "RootPass: (set via MINIO_ROOT_PASSWORD_FILE)"], None),
    (["RootPass: (read from /run/secrets/minio_root_password)"], None),
    (["RootUser: wandb-admin", "RootPass: Xk9pQ2wLm7Rt4vB8"], "Xk9pQ2wLm7Rt4vB8"),
    # a Java failure: the class names an authorization, its message holds no password
    ([_JAVA + _JDBC + "&useSSL=true&serverTimezone=UTC"], None),
    ([_JAVA + "Access denied for user 'wandb'@'10.1.2.3' (using password: YES)"], None),
    (
        [
            "Traceback (most recent call last):",
            "jwt.exceptions.InvalidTokenError: Signature failed",
        ],
        None,
    ),
    ([_JAVA + _JDBC + "&password=Tq7.mZ2kW9xr&useSSL=true"], "Tq7.mZ2kW9xr"),
    ([_JAVA + "jdbc:mysql://wandb:Tq7.mZ2kW9xr@mysql.example.com:3306/wandb"], "Tq7.mZ2kW9xr"),
    # an AWS access key id alone goes, by policy (the request ids beside it stay)
    (
        [
            "<Error><Code>InvalidAccessKeyId</Code><AWSAccessKeyId>AKIAH6POW7I3FSSMVVZZ"
            "</AWSAccessKeyId><RequestId>CU3Y1YR2GK89PBKO</RequestId></Error>"
        ],
        "AKIAH6POW7I3FSSMVVZZ",
    ),
]


@ENGINES
@pytest.mark.parametrize(("lines", "secret"), CASES)
def test_a_tools_mask_stays_and_a_secret_goes(
    engine: str, lines: list[str], secret: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    out = list(Redactor().lines(lines))
    if secret is None:
        assert out == lines
    else:
        text = "\n".join(out)
        assert secret not in text
        assert PLACEHOLDER.search(text)
        assert "CU3Y1YR2GK89PBKO" in text or "RequestId" not in text


@ENGINES
@pytest.mark.parametrize(
    "lines",
    [
        ["HTTP/1.1 401", "Set-Cookie: AWSELBAuthSessionCookie-0=; Max-Age=-1"],
        ["Set-Cookie: AWSELBAuthSessionCookie-1=; Expires=Thu, 01 Jan 1970 00:00:00 GMT"],
    ],
)
def test_the_gate_reads_a_numbered_cookie_name_as_a_name(
    engine: str, lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert list(Gate().lines("f", lines)) == []


@ENGINES
@pytest.mark.parametrize(
    "line",
    [
        "Cookie: AWSELBAuthSessionCookie-0=Zq8wLr2pXmK4tB7nR1sV9cY3; x=1",
        "Authorization: Bearer Zq8wLr2pXmK4tB7nR1sV9c-1=",
    ],
)
def test_the_gate_still_flags_a_value_beside_or_shaped_like_one(
    engine: str, line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert list(Gate().lines("f", [line])) != []
