"""Log records as log pipelines ship them: a payload carried as base64 in its record (Kinesis
`Data`, Firehose `data`, Pub/Sub `data`, Event Hubs Capture `Body`) is read decoded; the
cursors those services hand out and the masks other tools leave in a record stay."""

from __future__ import annotations

import base64
import json

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


def _b64(obj: object) -> str:
    text = obj if isinstance(obj, str) else json.dumps(obj, separators=(",", ":"))
    return base64.b64encode(text.encode()).decode()


_DSN = {"log": "MYSQL=mysql://wandb_local:Qv7mZ2pLx9Wk@10.0.3.4:3306/wandb_local"}
_TOKEN = {"textPayload": 'level=info msg="llm" api_key="sk-proj-Tq8Lm3Vx9Zp2Wc7Kr4Nb6Hd1"'}
_COOKIE = {
    "records": [{"properties": {"log": 'cookie="wandb_session=Zp4mQ8vLx2Wc9Kr7Tn3Bd6Hs; _ga=1"'}}]
}
_PLAIN = {"log": 'level=info msg="run finished" run=8f3a2c path=/files/x', "pod": "wandb-app-1"}


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # Kinesis GetRecords, pretty-printed; Firehose's transformation request; Pub/Sub pull;
        # an Event Hubs Capture record
        (["{", '  "Records": [', f'    {{"SequenceNumber": "4959", "Data": "{_b64(_DSN)}",', '     "PartitionKey": "a1"}', "  ]", "}"], "Qv7mZ2pLx9Wk"),
        ([f'{{"records":[{{"recordId":"49","data":"{_b64(_DSN)}"}}]}}'], "Qv7mZ2pLx9Wk"),
        ([f'{{"receivedMessages":[{{"ackId":"Fx1","message":{{"data":"{_b64(_TOKEN)}"}}}}]}}'], "sk-proj-Tq8Lm3Vx9Zp2Wc7Kr4Nb6Hd1"),
        ([f'{{"SequenceNumber":13,"Body":"{_b64(_COOKIE)}"}}'], "Zp4mQ8vLx2Wc9Kr7Tn3Bd6Hs"),
        # a text payload, not JSON
        ([f'{{"data": "{_b64("DB_PASSWORD=Hx3pLq9Zt2Wm")}"}}'], "Hx3pLq9Zt2Wm"),
    ],
)  # fmt: skip
def test_secrets_in_base64_payloads_go(lines: list[str], secret: str) -> None:
    # the base64 of the whole payload goes with it (no secret's bytes survive encoded)
    assert_gone(lines, [secret, _b64(_DSN), _b64(_TOKEN), _b64(_COOKIE)])


@pytest.mark.parametrize(
    "lines",
    [
        # payloads that hold nothing secret, a binary (gzip) one, a member of another name
        [f'{{"Records":[{{"Data":"{_b64(_PLAIN)}","PartitionKey":"b7"}}]}}'],
        [f'{{"message":{{"data":"{base64.b64encode(bytes([31, 139, 8, 0, 1, 2, 3, 250, 7, 9, 0, 1, 2, 3, 4, 5])).decode()}"}}}}'],
        [f'{{"attributes":{{"origin":"{_b64(_DSN)[:12]}"}},"Body":"{_b64("status=ok")}"}}'],
        # CloudWatch Logs' cursors
        ['{"nextSequenceToken": "49039859606583375391218209880948262470916108426385217410"}'],
        ['    "nextForwardToken": "f/90186065708566152370307632782650296995485430377179859984/s",'],
        ['    "nextBackwardToken": "b/94213412041900392841813293412049889715481636098136926800/s"'],
        # Datadog Sensitive Data Scanner's replacement where the password was
        ['"message": "MYSQL=mysql://wandb_local:[sds_redacted]@10.253.183.9:3306/wandb_local",'],
        ["password=[sds_redacted]"],
    ],
)  # fmt: skip
def test_payload_and_cursor_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # a token that only names a step is still a token; a bracketed random value no mask
        ["sequence_token: 8Jk2mQ9xLp3vR7tY5wZ1nB4c"],
        ["forward_token=8Jk2mQ9xLp3vR7tY5wZ1nB4c"],
        ["password=[sds_ab12Cd9xQ]"],
    ],
)
def test_near_cursors_and_masks_go(lines: list[str]) -> None:
    assert_gone(lines, ["8Jk2mQ9xLp3vR7tY5wZ1nB4c", "ab12Cd9xQ"])
