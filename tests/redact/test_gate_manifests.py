"""The leak gate on values a structure or an encoding puts away from any secret word: a
Kubernetes Secret's `data:` and `stringData:` values (gatemanifests.py), base64 of a whole
configuration file as a variable's value (gatedecode.py), a JWT wrapped over lines (gatejwt.py).
And their look-alikes, left alone. Values made up here and encoded as the tools encode them,
with both prefilter engines."""

from __future__ import annotations

import base64

from tests.redact.gatecases import leaks_at_test, look_alikes_test


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


_SECRET = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app", "type: Opaque", "data:"]
_CONFIG_MAP = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: app", "data:"]
_JWT = (
    _b64url('{"alg":"RS256","typ":"JWT","kid":"5f1a"}')
    + "."
    + _b64url('{"sub":"a1b2","iss":"https://idp.example.com/","exp":1786148510}')
    + ".Tq8mW2zLx4Rk9Vb3Hs6Jd1Fg5Ae0Uo7Ti2Pr9Ws4Xk8Mn3Bq6Cv1Dz5Ey0Gh7"
)


def _wrapped(head: str, width: int, quote: str = "") -> list[str]:
    text = head + _JWT
    return [quote + text[k : k + width] for k in range(0, len(text), width)]


LEAKS: list[tuple[list[str], int]] = [
    # a Secret's values whatever their keys are named: random, a DSN, a file, twice encoded
    ([*_SECRET, "  cloud: " + _b64("Kq7Lw2Zp9Xt4Rm8Nc3Vb6Hs1Jd5Fg0Ae7Uo2Ti9")], 7),
    ([*_SECRET, "  MYSQL: " + _b64("mysql://wandb:Zp9Xt4Rm8Nc3Vb6H@mysql:3306/wandb")], 7),
    (
        [
            *_SECRET,
            "  wg0.conf: "
            + _b64("[Interface]\nPrivateKey = " + _b64("k" * 2 + "Q7vN2pLx9ZwTq8ZwL3mKx9Rt4Kp1WZ")),
        ],
        7,
    ),
    ([*_SECRET, "  .env: " + _b64(_b64("MYSQL_PASSWORD=Lm8_xW2!kPvZq4\n"))], 7),
    ([*_SECRET, "  auth_pass: " + _b64("DkTpMUqG")], 7),
    # below the mapping, the object's kind; `stringData` as it is
    (
        [
            "apiVersion: v1",
            "data:",
            "  creds: " + _b64("Wq8kLz2Rp9xT7vNMn3Bq6Cv1Dz5Ey"),
            "kind: Secret",
        ],
        3,
    ),
    (["kind: Secret", "stringData:", "  root: Vx9kQ2mLz4RtWp7Nc"], 3),
    # base64 of a configuration file as a variable's value
    (["WANDB_CONFIG_B64=" + _b64('{"mysql":{"user":"wandb","password":"Rw7kQ2zTn4vXeLq9"}}')], 1),
    (
        ["    -e KAFKA_PROPERTIES=" + _b64('sasl.jaas.config=x required password="Tq8mW2zLx4Rk";')],
        1,
    ),
    # a JWT wrapped by a log viewer, an e-mail's quote, a terminal
    (_wrapped("level=debug id_token=", 80), 3),
    (_wrapped("LICENSE=", 64, "> "), 3),
]

LOOK_ALIKES: list[list[str]] = [
    # a Secret's public certificate, its empty or placeholder values; a ConfigMap's data
    [
        *_SECRET,
        "  ca.crt: "
        + _b64("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUK\n-----END CERTIFICATE-----\n"),
    ],
    [*_SECRET, "  username: " + _b64("admin"), "  database: " + _b64("wandb_local")],
    [*_SECRET, "  cloud: " + _b64("[REDACTED:cloud]")],
    [*_CONFIG_MAP, "  build: " + _b64("Kq7Lw2Zp9Xt4Rm8Nc3Vb6Hs1Jd5Fg0Ae7Uo2Ti9")],
    # a variable's base64 of text without a secret
    ["APP_CONFIG_B64=" + _b64('{"bucket":"s3://wandb-files","region":"us-east-1"}')],
    # base64url lines after a token's start that spell no JWT
    ["payload=eyJ0eXBlIjoiZXZlbnQi", "LCJpZCI6IjEyMyJ9"],
]

test_a_placed_value_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
