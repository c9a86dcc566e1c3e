"""The leak gate on what log pipelines wrap a record in (wbdiag/redact/gatedecode.py's
`json_payloads`, the stream names in gatewords.py, a URL's tail-keeping mask in gatepublic.py):
a stream record's base64 JSON payload judged decoded, and look-alikes it must leave alone (a
record's routing key, a log service's paging cursors, a password masked but for its last four
characters), with both prefilter engines."""

from __future__ import annotations

import base64
import json

import pytest

from wbdiag.redact import gatedecode
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

ENGINES = pytest.mark.parametrize("engine", ["hyperscan", "re"])
HEX32 = "988fd3d8d035cc7daa8433cb99bac0c7"


def _payload(log: str) -> str:
    """A shipper's record (`{"log": …, "kubernetes": …}`) as base64, as Kinesis's `Data` holds it."""
    record = {"log": log, "kubernetes": {"container_name": "app", "pod_name": "wandb-app-7f9c"}}
    return base64.b64encode(json.dumps(record).encode()).decode()


def _flagged(lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    monkeypatch.setenv(ENV_ENGINE, engine)
    return sorted({leak.line for leak in Gate().lines("f.log", lines)})


@ENGINES
@pytest.mark.parametrize(
    "lines",
    [
        # a secret of any shape inside a stream record's payload: a URL's password, a JWT, a
        # cookie's value, each with no secret word readable in the base64
        [f'  "Data": "{_payload("BUCKET=s3://wandb:Xq7Lm2Rz9Kw4Tp8Vn3Bc@files.example.test/f")}",'],
        [
            '{"Data":"'
            + _payload(
                "LICENSE=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhTll2In0.U75v-c2grEnhc4XPn8m0e4iJOQpjnD8VZ9"
            )
            + '"}'
        ],
        [f"Body: {_payload('cookie: console_session=Hq8Zt3Lw9Rk2Vn7Px4Mb6Jc1')}"],
    ],
)
def test_a_secret_in_a_records_payload_is_flagged(
    lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _flagged(lines, engine, monkeypatch) == [1]


@ENGINES
@pytest.mark.parametrize(
    "lines",
    [
        # payloads that hold no secret: a password file's path, a DSN with its password starred
        [f'"Data": "{_payload("MYSQL_PASSWORD_FILE=/run/secrets/wandb-mysql/password")}",'],
        [f'"Data": "{_payload("dsn=wandb:***@tcp(mysql.wandb.svc:3306)/wandb_local")}",'],
        [f'"Data": "{_payload("GET /healthz 200 in 3ms")}",'],
        # a JWT's header is base64 JSON too, but a part of a token the shapes judge whole
        ['"id_token_hint": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.x"'],
        # a record's routing key and a log service's paging cursors
        [f'"PartitionKey": "{HEX32}"'],
        [f'{{"partitionId":"3","offset":"855799888887","partitionKey":"{HEX32}"}}'],
        ['  "nextForwardToken": "f/90186065708566152370307632782650296995485430377179859984/s",'],
        ['  "nextBackwardToken": "b/94213412041900392841813293412049889715481636098136926800/s"'],
        ['"nextSequenceToken": "49590338271490256608559692538361571095921575989136588898"'],
        # a URL's password masked but for its last four characters, and the key id beside it
        ["Body: Str(BUCKET=s3://AKIAUHXOGILMCYHIQLEM:****F31R@wandb-files/files)"],
        ["redis://default:********x9Qz@cache.internal:6379/0"],
    ],
)
def test_look_alikes_pass(lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _flagged(lines, engine, monkeypatch) == []


@ENGINES
@pytest.mark.parametrize(
    "lines",
    [
        # near misses: more than four characters after the stars is a password, not a mask
        ["s3://AKIAUHXOGILMCYHIQLEM:****F31RkQ8zLw2Xv7Tn@wandb-files/files"],
        # a key id beside a password in the clear
        ["s3://AKIAUHXOGILMCYHIQLEM:Xq7Lm2Rz9Kw4Tp8Vn3Bc@wandb-files/files"],
        # a secret named beside the routing key
        [f'{{"partitionKey":"{HEX32}","sessionToken":"Hq8Zt3Lw9Rk2Vn7Px4Mb6Jc1"}}'],
    ],
)
def test_near_misses_stay_flagged(
    lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _flagged(lines, engine, monkeypatch) == [1]


def test_payloads_are_json_records_only() -> None:
    record = _payload("hello")
    assert list(gatedecode.json_payloads(f'"Data": "{record}"')) == [
        base64.b64decode(record).decode()
    ]
    # a JWT's part, and base64 of no JSON, are not payloads
    assert list(gatedecode.json_payloads(f"{record}.e30.sig")) == []
    assert list(gatedecode.json_payloads(base64.b64encode(b"plain text here!").decode())) == []
