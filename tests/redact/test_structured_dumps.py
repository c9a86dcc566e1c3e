"""Structured logs and configuration dumps of the tools around a deployment: a URL's password
before an escape shown as text or a closing brace, a traced Redis `AUTH` statement, Spring
actuator's answer for one property, etcd's base64 keys, Terraform's traces and state, nginx
maps, Promtail's inspect output, Prometheus relabelling, a bare `session`; each class with the
look-alikes beside it, and the look-alikes of these dumps that hold no secret (a principal's
unique id, a secret's version, a usage's metavar and example URL)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (lines of one file, the secrets that must go)
GONE = [
    # a URL's host followed by a JSON-escaped newline (Fluentd's stdout output of a container
    # log), the NULs `/proc/<pid>/environ` shows as `\0`, a Rust tracing span's closing brace in
    # colour
    (['tag.log: {"log":"connect http://default:cXI.2jZeGgDNhVMy4@clickhouse.svc:8123\\n","s":"e"}'],
     ["cXI.2jZeGgDNhVMy4"]),
    (["HOME=/root\\0REDIS=redis://:Lp+HhMnFkVlZT5_6tl8l@redis.svc:6379\\0TERM=xterm\\0"],
     ["Lp+HhMnFkVlZT5_6tl8l"]),
    (["\x1b[1mstartup\x1b[0m\x1b[1m{\x1b[0mredis_url=redis://:Zv7bBDc0WWqN0lnPlEz_QF@redis:6379"
      "\x1b[1m}\x1b[0m\x1b[2m:\x1b[0m \x1b[2mwb_indexer\x1b[0m cache connected"],
     ["Zv7bBDc0WWqN0lnPlEz_QF"]),
    (["startup{url=postgres://wb:Xq7.pLm2-Rt9z@db:5432}: connected"], ["Xq7.pLm2-Rt9z"]),
    (["(via mysql://wb:Ng4vQ8-xT2mZ@mysql.svc:3306) retrying\\r"], ["Ng4vQ8-xT2mZ"]),
    # a Redis client's span: the collector's debug exporter, OTLP/JSON, a flat JSON attribute
    (["    Attributes:", "     -> db.system: Str(redis)",
      "     -> db.statement: Str(AUTH default G1lOoFkz~I964+LU)"], ["G1lOoFkz~I964+LU"]),
    (['{"key":"db.statement","value":{"stringValue":"AUTH wandb sM17Ym*4hIkJWJ.2A"}}'],
     ["sM17Ym*4hIkJWJ.2A"]),
    (['{"db.system":"redis","db.query.text":"AUTH oFZq63~julLV~qASJ"}'], ["oFZq63~julLV~qASJ"]),
    # Spring Boot actuator's `/env/{name}`: the value twice, the name in the origin only
    (['{"property":{"source":"systemEnvironment","value":"NiSxYAZ~Z!v5.!X1QV!C8"},'
      '"propertySources":[{"name":"systemEnvironment","property":{"value":"NiSxYAZ~Z!v5.!X1QV!C8",'
      '"origin":"System Environment Property \\"KAFKA_SASL_PASSWORD\\""}}]}'],
     ["NiSxYAZ~Z!v5.!X1QV!C8"]),
    # a session's token under the bare name `session` (a log4j2 contextMap, a logfmt field)
    (['{"message":"session established","contextMap":{"session":"8H6ydvpSklKjjidG0NXDZQqWNObGMI6DgAp6lo4huC"}}'],
     ["8H6ydvpSklKjjidG0NXDZQqWNObGMI6DgAp6lo4huC"]),
    (["level=debug msg=login session=51DLwD2hargoNzGtLOd6kbNalDIA1UVu user=grafana"],
     ["51DLwD2hargoNzGtLOd6kbNalDIA1UVu"]),
    # etcd's JSON: the key's base64 names the secret (`/wandb/redis_password`, `/app/api.token`)
    (['{"kvs":[{"key":"L3dhbmRiL3JlZGlzX3Bhc3N3b3Jk","create_revision":9,"mod_revision":9,'
      '"version":1,"value":"ZkguU341enZJUkk5S0RKIXJsQVZQWWY="}],"count":1}'],
     ["ZkguU341enZJUkk5S0RKIXJsQVZQWWY="]),
    (['{"kvs": [{"key": "L2FwcC9hcGkudG9rZW4=", "value": "UXc4dFJ6MnZMcDl4S200"}]}'],
     ["UXc4dFJ6MnZMcDl4S200"]),
    # Terraform's trace of a variable's value, and a random_password's result in its state
    (['[TRACE] backend/local: variable "oidc_client_secret" from terraform.tfvars = "z3HKqTFrA1Qk"'],
     ["z3HKqTFrA1Qk"]),
    (['[DEBUG] variable "db_password" = "Pq9.wXm2-Lk7"'], ["Pq9.wXm2-Lk7"]),
    (['      "attributes": {', '        "bcrypt_hash": "$2a$10$",', '        "id": "none",',
      '        "keepers": {', '          "rotation": "2"', '        },',
      '        "length": 32,', '        "result": "4v.Ik3Sjt_AmsJ",', '        "special": true'],
     ["4v.Ik3Sjt_AmsJ"]),
    (['            "bcrypt_hash": "$2a$10$",', '            "id": "none",',
      '            "result": "MI~kpcsDgkwvK0aG~maO",'], ["MI~kpcsDgkwvK0aG~maO"]),
    (['{"attributes":{"bcrypt_hash":"$2a$10$x","id":"none","length":20,"result":"hYqTVOwoQF0~~-tq"}}'],
     ["hYqTVOwoQF0~~-tq"]),
    # nginx -T: a map keyed by a secret header lists its values
    (["map $http_x_api_key $api_client {", '    default          "";',
      '    "1DFs0bigKtkiVnkaQIc3sXlwI"  "ci-runner";', "    pJMKRGYoKvJSvQkleHSZ  ops;", "}"],
     ["1DFs0bigKtkiVnkaQIc3sXlwI", "pJMKRGYoKvJSvQkleHSZ"]),
    # Promtail's inspect stage output under an extracted secret
    (["[inspect: regex stage]:", '{stages.Entry}.Extracted["token"]:',
      "\t+: A7SB5ZzKfeO2qgMqvi4rorHaJctUbfEHZ2d", '{stages.Entry}.Extracted["path"]:'],
     ["A7SB5ZzKfeO2qgMqvi4rorHaJctUbfEHZ2d"]),
    # a Prometheus relabelling that sends a key as the scrape's URL parameter
    (["  - source_labels: [__address__]", "    target_label: __param_apikey",
      "    replacement: 6bde7a5afbf6c18548b2603e166468d3ea55262f", "    action: replace"],
     ["6bde7a5afbf6c18548b2603e166468d3ea55262f"]),
    (["  - target_label: __param_token", "    replacement: 'Tk9.vLp2-Xq7mZ'"], ["Tk9.vLp2-Xq7mZ"]),
]  # fmt: skip

# look-alikes beside each class: nothing changes
KEPT = [
    ['tag.log: {"log":"GET https://wandb.example.com/api@v1\\n","stream":"stdout"}'],
    ["HOME=/root\\0URL=https://wandb.example.com:443\\0TERM=xterm\\0"],
    ["\x1b[1mstartup\x1b[0m\x1b[1m{\x1b[0murl=https://wandb.example.com\x1b[1m}\x1b[0m ok"],
    ["mail {user@example.com} sent\\n"],
    ["     -> db.statement: Str(AUTH ?)"],
    ["     -> db.statement: Str(AUTH default <password>)"],
    ["     -> db.statement: Str(GET session:4f1c)"],
    ['{"key":"db.statement","value":{"stringValue":"SELECT 1"}}'],
    [
        '{"property":{"source":"systemEnvironment","value":"https://wandb.example.com"},'
        '"propertySources":[{"name":"systemEnvironment","property":{"value":"https://wandb.example.com",'
        '"origin":"System Environment Property \\"WANDB_BASE_URL\\""}}]}'
    ],
    [
        '{"property":{"source":"systemEnvironment","value":"******"},"propertySources":[{"name":'
        '"systemEnvironment","property":{"value":"******","origin":"System Environment Property '
        '\\"MYSQL_PASSWORD\\""}}]}'
    ],
    ['{"contextMap":{"session":"3f2a9c0d-1e2b-3a4c-5d6e-7f8091a2b3c4","user":"grafana"}}'],
    ["session: web-frontend-7f9c8d6b5-x2k4p"],
    ['{"session":"ReadOnlySessionHandlerForTests"}'],
    ["session=42 state=active"],
    ['{"kvs":[{"key":"L3dhbmRiL21heF91cGxvYWRfbWI=","version":1,"value":"NTEy"}],"count":1}'],
    ['{"kvs":[{"key":"L3dhbmRiL3JlZGlzX3Bhc3N3b3Jk","version":1,"value":"dHJ1ZQ=="}],"count":1}'],
    ['[TRACE] backend/local: variable "region" from terraform.tfvars = "us-east-1"'],
    ['variable "db_password" = "${var.secret}"'],
    ['            "bcrypt_hash": null,', '            "result": "${random_password.db.result}",'],
    ['            "name": "wandb",', '            "result": "ok",'],
    ["map $http_x_api_key $api_client {", '    default          "";', "    ~^Bearer  api;", "}"],
    ["map $http_upgrade $connection_upgrade {", "    default upgrade;", "    ''      close;", "}"],
    ["map $host $backend {", "    wandb.example.com  wandb-app;", "}"],
    ['{stages.Entry}.Extracted["token"]:', "\t+: <nil>"],
    ['{stages.Entry}.Extracted["path"]:', "\t+: /api/v1/oauth/callback"],
    ["  - source_labels: [__address__]", "    target_label: __param_target", "    replacement: $1"],
    ["    target_label: __param_apikey", "    replacement: $1", "    action: replace"],
    ["    target_label: __param_module", "    replacement: http_2xx"],
]


# what a dump shows beside secrets that is none: an IAM principal's unique id (its ARN's
# neighbour; access key ids stay replaced by policy), a secret's version and date under a
# listing of secrets, what a licence grants, a usage's metavar and its example URL in
# placeholder words
NO_SECRET = [
    ['"attributes": {"arn": "arn:aws:iam::400180686025:user/wandb", "unique_id": "AIDA6N9CLQKA9PGGWKX4"},'],
    ['{"UserId": "AROAQJUYAUFWVVUH5BLUX:botocore-session-1700000000"}'],
    ['{"dynamic_active_secrets":[{"name":"wandb-tls-41","version_info":"189659f58ca99448",'
     '"last_updated":"2024-10-18T07:52:34.669Z","secret":{"name":"wandb-tls","tls_certificate":'
     '{"private_key":{"filename":"/etc/certs/tls.key"}}}}]}'],
    ['{"secrets": {"db_password": {"resource_version": "8f3a2c91d0e4b7a6", "value": "******"}}}'],
    ['{"licenseInfo": {"maxUsers": 20, "expiresAt": "2027-01-31", "flags": ["SCIM", "BYOB"]}}'],
    ["      --api-key <API_KEY>            W&B API key (40 hex characters) [env: WANDB_API_KEY=]"],
    ["  -t, --token <TOKEN>  Token used to authenticate"],
    ["      --database-url <URL>  MySQL URL, e.g. mysql://user:password@host:3306/db [env: DATABASE_URL=]"],
]  # fmt: skip
STILL_SECRET = [
    (['{"secrets": [{"name": "db", "version_info": "3", "value": "Kq8.vLm2-Xz7Rt"}]}'], ["Kq8.vLm2-Xz7Rt"]),
    (["<PASSWORD>Qx7vLp2mZr9</PASSWORD>"], ["Qx7vLp2mZr9"]),
    (["<password>Qx7vLp2mZr9"], ["Qx7vLp2mZr9"]),
    (["mysql://root:password@mysql:3306/wandb"], ["root:password@"]),
    (["mysql://user:Qx7vLp2mZr9@mysql:3306/wandb"], ["Qx7vLp2mZr9"]),
    (["aws_access_key_id=AKIAQJUYAUFWVVUH5BLU region=us-east-1"], ["AKIAQJUYAUFWVVUH5BLU"]),
]  # fmt: skip


@pytest.mark.parametrize("lines", NO_SECRET)
def test_what_a_dump_shows_beside_secrets_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(("lines", "secrets"), STILL_SECRET)
def test_a_secret_beside_those_still_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(("lines", "secrets"), GONE)
def test_the_secret_of_a_dump_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize("lines", KEPT)
def test_a_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)
