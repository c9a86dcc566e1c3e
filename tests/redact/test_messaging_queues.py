"""Credentials of messaging, streaming and job-queue systems (the changes for holdout43), each with
the look-alikes beside it: NATS NKEY seeds, Prefect Cloud keys, RabbitMQ's `authenticate_user` and
Erlang cookie, MQTT clients' passwords, Memcached's auth file, Service Bus keys, a Secret's one
field decoded by jq, Prefect's block documents read with their secrets, a coloured table's secret
row, Kombu's SQS URL, and a value cut inside a JSON-escaped string."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

_SEED = "SUAMK2FG4MI6UE3ACF3FK3OIQBCEIEZV7NSWFFEW63UXMRLFM2XLAXK4GY"
_PUBLIC = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # NATS NKEY seeds: a `.nk` file, nats.py's keyword, a pod's env
        ([f"$ cat ~/.nkeys/keys/U/DX/{_PUBLIC}.nk", _SEED], [_SEED]),
        ([f'    nkeys_seed_str="{_SEED}",'], [_SEED]),
        (["        - name: NATS_USER_SEED", f"          value: {_SEED}"], [_SEED]),
        # Prefect Cloud's user and service account keys
        (
            ["$ prefect cloud login -k pnu_Q3vX9mLp2RtY8wZk4HsB7nJc1FgD6aEoUi0T --workspace a/b"],
            ["pnu_Q3vX9mLp2RtY8wZk4HsB7nJc1FgD6aEoUi0T"],
        ),
        (
            ["PREFECT_API_KEY pnb_0aZ9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD"],
            ["pnb_0aZ9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD"],
        ),
        # RabbitMQ: the password `authenticate_user` checks; the Erlang cookie on a node's
        # command line
        (["# rabbitmqctl authenticate_user sweeper kT4!mQ9xLw2*pZv"], ["kT4!mQ9xLw2*pZv"]),
        (
            [
                "rabbitmq  1  2.1 … /opt/erlang/erts-14.2/bin/beam.smp -W w -- -sname rabbit "
                "-setcookie QWMZTRBXKPLNHGFDSAYE -noshell"
            ],
            ["QWMZTRBXKPLNHGFDSAYE"],
        ),
        # MQTT: mosquitto_pub's `-u USER -P PASSWORD` (a generated password with a dot),
        # paho's `username_pw_set`, smtplib-style `login`
        (
            [
                "  41  mosquitto_pub -h mq.example.com -u telemetry -P 'k.vbnrtLQWmsdPazxy' -t a -m b"
            ],
            ["k.vbnrtLQWmsdPazxy"],
        ),
        (['client.username_pw_set("device", "9Xq2Lw+vT~4kRz7Bn1Pm")'], ["9Xq2Lw+vT~4kRz7Bn1Pm"]),
        (['server.login("alerts@example.com", "Hq7!vXm2Lp9Zk4Tw")'], ["Hq7!vXm2Lp9Zk4Tw"]),
        # Memcached's ASCII auth file: every `user:password` line
        (
            ["$ cat /etc/memcached/auth", "wandb:Tq2.vX~9mLp+Zk4W", "ops:Hx7-bN3*qRt5YwLk"],
            ["Tq2.vX~9mLp+Zk4W", "Hx7-bN3*qRt5YwLk"],
        ),
        # Azure Service Bus: the keys `keys list` prints and Terraform keeps
        (
            ['  "primaryKey": "Rk3vX9mLp2QtY8wZk4HsB7nJc1FgD6aEoUi0Tq+/Abc=",'],
            ["Rk3vX9mLp2QtY8wZk4HsB7nJc1FgD6aEoUi0Tq+/Abc"],
        ),
        (
            ['      "secondary_key": "Zq8vTm3Lp0XwKdR5yU7iO9pA1sD3fG5hJ7kL9zX1cVb=",'],
            ["Zq8vTm3Lp0XwKdR5yU7iO9pA1sD3fG5hJ7kL9zX1cVb"],
        ),
        # one field of a Secret decoded raw by jq
        (
            [
                "$ kubectl get secret keda-redis -o json | jq -r '.data.password | @base64d'",
                "vQ2.x~Lm9Tp*Zk4WbN_7sRt",
            ],
            ["vQ2.x~Lm9Tp*Zk4WbN_7sRt"],
        ),
        # Prefect's block document read with its secrets
        (
            [
                '$ curl -s "$PREFECT_API_URL/block_documents/0b6e4f4a-2f1e-4c43-9d52-6a7b8c9d0e1f'
                "?include_secrets=true\" | jq '{name, data}'",
                "{",
                '  "name": "redis-broker",',
                '  "data": {"value": "Wp4*Lx9.qTz2+VmK8sRn_Yb3"}',
                "}",
            ],
            ["Wp4*Lx9.qTz2+VmK8sRn_Yb3"],
        ),
        # rich's table with the secret's name coloured in its cell
        (
            [
                "│ \x1b[36mRABBITMQ_DEFAULT_USER\x1b[0m   │ wandb                  │",
                "│ \x1b[36mRABBITMQ_DEFAULT_PASS\x1b[0m   │ Xt7+Lq2mVz9Kp4WbRs1N   │",
            ],
            ["Xt7+Lq2mVz9Kp4WbRs1N"],
        ),
        # Kombu's SQS URL, its endpoint left to the region, the secret percent-encoded
        (
            [
                'broker_url = "sqs://AKIAZ7Q2LW4XMP9TRV3K:bQ9vTm3Lp0XwKd%2FR5yU7iO9pA1sD3fG5hJ7kL9z@"'
            ],
            ["bQ9vTm3Lp0XwKd%2FR5yU7iO9pA1sD3fG5hJ7kL9z"],
        ),
    ],
)
def test_queue_credentials_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # an NKEY public key; 58 characters that are no base32 (hex holds 0, 1, 8, 9)
        [f"nkey: {_PUBLIC}"],
        ["checksum SC9F0A1B8E90C4D2F1A08B9E7D6C5B4A3F2E1D0C9B8A7F6E5D4C3B2A1"],
        # a placeholder where Prefect's key goes; rabbitmqctl's other verbs
        ["Prefect's keys start with pnu_ (a user's) or pnb_ (a service account's)."],
        ["rabbitmqctl authenticate_user wandb"],
        ["erl -sname a -setcookie $COOKIE"],
        # a docker run's `-u` and `-p` are a user and a port
        ["docker run -u 1000 -p 8883:8883 eclipse-mosquitto"],
        ["client.username_pw_set(username, password)", 'client.username_pw_set("device")'],
        # Memcached's help for its auth file's format; a file of hashes
        [
            "-Y, --auth-file=<file>    (EXPERIMENTAL) enable ASCII protocol authentication. format:",
            "                          user:pass\\nuser2:pass2\\n",
        ],
        ["$ cat /etc/memcached/auth", "wandb:pass"],
        # a table's primary key; a Service Bus message's lock token; a JWT claim's name
        ['  "primary_key": "id",', '  "secondaryKey": "tenant_id"'],
        [
            "INFO azure.servicebus: Received message_id=2a0ba194277d44964f152d2f5d3c31b3 "
            "lock_token=eb9d72cc-0890-4227-ae5a-1f14886d4e3d"
        ],
        ["tokenAuthClaim=sub"],
        # RabbitMQ's default in the docs; Ruby's namespaces; EMQX's key list (ids, no secrets)
        ["# Default: amqp://guest:guest@localhost:5672/"],
        ["Sidekiq::Web.use Rack::Auth::Basic do |user, password|"],
        [
            '[{"name":"monitor","api_key":"68b9098b4b9f8950","expired_at":"infinity",'
            '"enable":true,"role":"viewer"}]'
        ],
        # a coloured table's public rows; jq decoding a field, listed without its output
        ["│ \x1b[36mRABBITMQ_NODENAME\x1b[0m       │ rabbit@mq-0          │"],
        ["kubectl get secret keda-redis -o json | jq -r '.data.password | @base64d'"],
        # an S3 URL in a NUL-separated environ: no userinfo
        ["HOSTNAME=w-r82qf^@BUCKET=s3://wandb-files-rz9j75^@AWS_REGION=us-east-1^@"],
    ],
)
def test_queue_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_a_value_cut_inside_an_escaped_string_ends_with_it() -> None:
    """A Docker JSON log record cut after `password=\\"…`: the value ends where the record's
    string does, and the record stays JSON."""
    line = (
        '{"log":"INFO ProducerConfig values: sasl.jaas.config = PlainLoginModule required '
        'username=\\"ingest\\" password=\\"Xr7nHJKqTC5a","stream":"stdout","time":"2025-04-24"}'
    )
    assert_gone([line], ["Xr7nHJKqTC5a"])
    out = Redactor()(line)
    assert out.endswith('","stream":"stdout","time":"2025-04-24"}'), out


def test_an_emqx_key_beside_its_secret_goes() -> None:
    assert_gone(
        ['{"api_key":"68b9098b4b9f8950","api_secret":"Tq9vXm2Lp7Zk4WbRs1NcYd","expired_at":"x"}'],
        ["Tq9vXm2Lp7Zk4WbRs1NcYd"],
    )
