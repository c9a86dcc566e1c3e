"""The leak gate reads a secret's value by the structure around it: a list item that names a
secret and its `value` member a few lines below, and the members of an object whose name marks
them secret (`secureJsonData`); their near misses stay unflagged."""

from __future__ import annotations

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

LEAKS = [
    # a template's parameters: the description between the name and the value
    [
        "parameters:",
        "- name: ADMIN_USER",
        "  value: ops",
        "- name: REDIS_AUTH_PASSWORD",
        "  displayName: Redis password",
        "  description: Password the cache asks for.",
        "  value: Wq3#nv8Lr!2pXz",
    ],
    [
        "env:",
        '  - name: "SERVICE_TOKEN"',
        "    # issued by the platform team",
        "    value: Tb7mQx2KpL9vRz4NcW8s",
    ],
    [
        "datasources:",
        "  - name: Loki",
        "    secureJsonData:",
        "      httpHeaderValue2: 'Zr8KpQ2mVx7LtW4nBc9HdJ3s'",
    ],
    ['{"secure_json_data": {', '  "basicAuthPassword": "pX7vRk2QmZ9wLt4NcB8s",', "}}"],
]
LOOK_ALIKES = [
    [
        "parameters:",
        "- name: REDIS_AUTH_PASSWORD",
        "  description: Password the cache asks for.",
        "  generate: expression",
        '  from: "[a-zA-Z0-9]{16}"',
    ],
    ["- name: DATABASE_PASSWORD", "  value: ${DATABASE_PASSWORD}"],
    ["- name: APP_NAME", "  value: Tb7mQx2KpL9vRz4NcW8s"],  # no secret's name
    ["    secureJsonData:", "      httpHeaderValue1: $TEMPO_TOKEN", "      tlsSkipVerify: true"],
    ["    jsonData:", "      httpHeaderName1: X-Scope-OrgID", "      traceId: 4bf92f3577b34da6"],
]


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, request.param)


@pytest.mark.parametrize("lines", LEAKS)
def test_a_value_the_structure_names_secret_is_flagged(lines: list[str]) -> None:
    assert [leak.line for leak in Gate().lines("f", lines)] == [len(lines) - (lines[-1] == "}}")]


@pytest.mark.parametrize("lines", LOOK_ALIKES)
def test_references_and_other_members_pass(lines: list[str]) -> None:
    assert list(Gate().lines("f", lines)) == []


TRACEBACK = [
    '  File "/srv/app/storage.py", line 41, in open_bucket',
    "    client = connect(endpoint, access_key=key_id, secret_key=secret_key)",
    "             │       │                    │                  └ '{secret}'",
    "             │       │                    └ '{key_id}'",
    "             │       └ 'https://minio.internal:9000'",
    "             └ <function connect at 0x7f3a2c1e0d30>",
]


def test_an_annotated_traceback_value_under_a_secret_variable() -> None:
    secret, key_id = "Vn4Qx8LrZ2mTk7Wp9Bs3", "Hd5Lm2Qx8Rt4Vz7N"
    lines = [t.format(secret=secret, key_id=key_id) for t in TRACEBACK]
    assert [leak.line for leak in Gate().lines("f", lines)] == [3]  # not the key's id (`key_id`)
    harmless = [t.format(secret="${S3_SECRET}", key_id="backup-reader") for t in TRACEBACK]
    assert list(Gate().lines("f", harmless)) == []


# (the column under an f-string's placeholder, or inside a keyword argument: its name or value)
ANNOTATED = [
    '    headers = {{"Authorization": f"Bearer {{token}}"}}',
    "                                         └ '{value}'",
]
KEYWORD = [
    '    client = Client({name}="[REDACTED:keyvalue:1]", timeout=30)',
    "                    │      └ '{value}'",
    "                    └ <class 'app.Client'>",
]


def test_an_annotated_value_under_a_placeholder_or_argument_naming_a_secret() -> None:
    value = "Kq7.vW+e3LpZ0xRk9m"
    assert [
        leak.line for leak in Gate().lines("f", [t.format(value=value) for t in ANNOTATED])
    ] == [2]
    lines = [t.format(name="api_key", value=value) for t in KEYWORD]
    assert [leak.line for leak in Gate().lines("f", lines)] == [2]
    # a value under an argument no secret names, or a secret's placeholder filler
    lines = [t.format(name="base_url", value=value) for t in KEYWORD]
    assert list(Gate().lines("f", lines)) == []
    lines = [t.format(value="your-token-here") for t in ANNOTATED]
    assert list(Gate().lines("f", lines)) == []
