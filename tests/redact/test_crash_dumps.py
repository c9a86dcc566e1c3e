"""Secrets as programs print them when something fails or when asked to explain themselves:
a toString of a config object, a validation error's input under its field's location, a heap
dump's strings, a traceback's annotations and the key a lookup missed, a parsed callback's
parameters, a driver's connect arguments among a frame's locals. Each beside the same shape
holding no secret."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

GOES = [
    # Lombok's toString and Java's env map: a generated password with a dot, then `, `
    (
        [
            "loaded DataSourceConfig(url=jdbc:mysql://db.internal:3306/app, username=svc,"
            " password=qTRmx.Hv7bNw2Ks, poolSize=10)"
        ],
        ["qTRmx.Hv7bNw2Ks"],
    ),
    (
        ["env={PATH=/usr/bin, HOSTNAME=api-7d9f, DB_PASSWORD=kLMnp.rQ4sTz9, LANG=C.UTF-8}"],
        ["kLMnp.rQ4sTz9"],
    ),
    # pydantic v2's errors() and FastAPI's 422 body: the input under a secret-named location
    (
        [
            "errors=[{'type': 'string_too_short', 'loc': ('storage', 'secretKey'), 'msg': 'String"
            " should have at least 40 characters', 'input': 'Hv7bNw2KsqTRmx+Lp3Zk', 'ctx': {}}]"
        ],
        ["Hv7bNw2KsqTRmx+Lp3Zk"],
    ),
    (
        [
            '{"detail":[{"type":"string_pattern_mismatch","loc":["body","api_token"],'
            '"msg":"String should match pattern","input":"Zk9Wp3Lm.Tq8vRx"}]}'
        ],
        ["Zk9Wp3Lm.Tq8vRx"],
    ),
    # `strings` of a heap dump: the value on the line after its dotted property name
    (
        ["spring.mail.host", "smtp.example.org", "spring.mail.password", "Rx4vLm9TqZk2Wp", "[B"],
        ["Rx4vLm9TqZk2Wp"],
    ),
    # better-exceptions: a mark a few columns off its variable, under an f-string's brace
    (
        [
            '  File "/srv/app/client.py", line 40, in connect',
            "    return Client(host=host, port=443, secret=secret)",
            "           │             │                     └ 'Lp3Zk9Wq.Tx7vRm'",
            "           │             └ 'api.example.org'",
            "           └ <class 'app.Client'>",
        ],
        ["Lp3Zk9Wq.Tx7vRm"],
    ),
    (
        [
            '  File "/srv/app/push.py", line 9, in push',
            '    headers = {"Authorization": f"Token {api_key}"}',
            "                                        └ 'Qm8vTz3LpRx5Wk2Nb7Hs'",
        ],
        ["Qm8vTz3LpRx5Wk2Nb7Hs"],
    ),
    # loguru: a mark under the literal a keyword argument named like a secret takes
    (
        [
            '  File "/srv/rag/rerank.py", line 44, in run',
            '    co = cohere.Client(api_key="", timeout=30)',
            "                               └ 'Zk9Wp3Lm8vTq2Rx5Nb7HsQm8vTz3LpRx5Wk2Nb'",
        ],
        ["Zk9Wp3Lm8vTq2Rx5Nb7HsQm8vTz3LpRx5Wk2Nb"],
    ),
    (
        [
            "    s3 = boto3.client('s3', region_name='eu-west-1', aws_secret_access_key='')",
            "                                        │                                  └ 'Wk2Nb7HsQm8vTz3LpRx5/Tq8vRx+Zk9Wp3Lm8vTq'",
            "                                        └ 'eu-west-1'",
        ],
        ["Wk2Nb7HsQm8vTz3LpRx5/Tq8vRx+Zk9Wp3Lm8vTq"],
    ),
    # a KeyError on a lookup keyed by a secret-named variable quotes its value
    (
        [
            '  File "/srv/app/sessions.py", line 31, in lookup',
            "    return self._sessions[session_token]",
            "           ~~~~~~~~~~~~~~^^^^^^^^^^^^^^^",
            "KeyError: 'Tz3LpRx5Wk2Nb7HsQm8v'",
        ],
        ["Tz3LpRx5Wk2Nb7HsQm8v"],
    ),
    # Rails' parsed parameters of an authorization response: the code beside the state
    (
        ['  Parameters: {"code"=>"Wk2Nb7HsQm8vTz3LpRx5Aa9", "state"=>"5f1c0e2a"}'],
        ["Wk2Nb7HsQm8vTz3LpRx5Aa9"],
    ),
    # PyMySQL's connect arguments among a frame's locals: host, user, password, port
    (["        args = ('mysql.internal', 'svc', 'Nb7Hs!Qm8vTz3', 3306)"], ["Nb7Hs!Qm8vTz3"]),
]


@pytest.mark.parametrize(("lines", "secrets"), GOES)
def test_dumped_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


STAYS = [
    # code in a struct's field, a dotted name before a comma
    ["cfg := Config{Passwd: cfg.Password, Addr: addr}"],
    ["loaded DataSourceConfig(url=jdbc:mysql://db:3306/app, password=settings.dbPassword, x=1)"],
    # a validation error under a field that is no secret, and a missing secret's null input
    [
        "errors=[{'type': 'string_too_long', 'loc': ('body', 'username'), 'msg': 'String should"
        " have at most 16 characters', 'input': 'Hv7bNw2KsqTRmx+Lp3Zk'}]"
    ],
    [
        '{"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}'
    ],
    # a heap dump's next string after a secret's property: a path, another property's name
    ["spring.datasource.password", "java/util/concurrent/ConcurrentHashMap"],
    ["spring.datasource.password", "spring.datasource.username"],
    # better-exceptions: the mark under a variable that is no secret, and a masked value
    [
        "    return Client(host=host, secret=secret)",
        "           │             │             └ '<redacted>'",
        "           │             └ 'api.example.org'",
        "           └ <class 'app.Client'>",
    ],
    # loguru: marks under keyword arguments that are no secret, beside one that is
    [
        '    r = co.rerank(model="", query=query, api_key=key)',
        "                        └ 'rerank-english-v3.0'",
    ],
    [
        "    s3 = boto3.client('s3', region_name='', aws_secret_access_key=secret)",
        "                                        └ 'eu-west-1'",
    ],
    # a KeyError on an environment lookup names the variable, not its value
    ["    value = os.environ[api_key]", "KeyError: 'WANDB_API_KEY'"],
    ["    return self._runs[run_id]", "KeyError: 'Tz3LpRx5Wk2Nb7HsQm8v'"],
    # `code` without `state` beside it, and an error code with it
    ['  Parameters: {"code"=>"Wk2Nb7HsQm8vTz3LpRx5Aa9", "country"=>"DE"}'],
    ['{"code": "ERR_TIMEOUT_1234567890", "state": "failed"}'],
    # a connect tuple whose third member is a database's name or words
    ["        args = ('mysql.internal', 'svc', 'wandb', 3306)"],
    ["        args = ('mysql.internal', 'svc', 'hello world', 3306)"],
]


@pytest.mark.parametrize("lines", STAYS)
def test_dumped_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)
