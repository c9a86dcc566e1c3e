"""Secrets a carrier split or escaped: CRI partial lines (`P` / `F`), nginx's `\\x22` escapes, a
URL in JSON inside a JSON string, a YAML double-quoted value continued on the next lines, base64
of a document that holds a secret. Each class in layouts of its own, and what stays beside it."""

from __future__ import annotations

import base64

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_TS = "2026-04-02T10:11:12.123456789Z"
_NL = "\n"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # CRI partial lines: a token split between P and F, in three parts, on stderr
        ([f"{_TS} stdout P token=Hk4zW8qLx2v9", f"{_TS} stdout F Tb6qP9wLx3 level=info"], ["Hk4zW8qLx2v9", "Tb6qP9wLx3"]),
        ([f'{_TS} stderr P {{"password":"Kd8%mW', f"{_TS} stderr P 3xQz5v", f'{_TS} stderr F R7tLq2"}}'], ["Kd8%mW", "3xQz5v", "R7tLq2"]),
        ([f"{_TS} stdout P api key local-0123456789abcdef01234", f"{_TS} stdout F 56789abcdef01234567 ok"], ["0123456789abcdef01234", "56789abcdef01234567"]),
        # an application's log records: a license announced, then wrapped over the next two
        (["2026-04-02 10:11:12,345 INFO  loaded; license key:", "2026-04-02 10:11:12,346 INFO    Nq7vK2xLp9WzTq8vLm3Zk9Wp4Rt7Yh2Jd6Fs1Nc0Gb5Hq8e", "2026-04-02 10:11:12,347 INFO    Xk3mQ9zT8vLp2wRt5yUe7Bn4Mq1Lc6Vd0Sf"], ["Nq7vK2xLp9WzTq8vLm3Zk9Wp4Rt7Yh2Jd6Fs1Nc0Gb5Hq8e", "Xk3mQ9zT8vLp2wRt5yUe7Bn4Mq1Lc6Vd0Sf"]),
        # nginx `\x22`: a JSON body with a secret-named member
        (['rb="{\\x22query\\x22:\\x22m\\x22,\\x22variables\\x22:{\\x22apiToken\\x22:\\x22Qv8nK3wZx7tLm2\\x22}}"'], ["Qv8nK3wZx7tLm2"]),
        (['"POST /login HTTP/1.1" body="{\\x22user\\x22:\\x22a\\x22,\\x22password\\x22:\\x22Zq8;xLm2Pw7#\\x22}"'], ["Zq8;xLm2Pw7#"]),
        # strace -xx: every character escaped, a secret-named pair inside
        (['write(3, "\\x74\\x6f\\x6b\\x65\\x6e\\x3d\\x4c\\x71\\x34\\x5a\\x72\\x38\\x58\\x77\\x32\\x4d\\x6e\\x36\\x50\\x74\\x30\\x56\\x62\\x33", 20) = 20'], ["\\x4c\\x71\\x34\\x5a\\x72\\x38\\x58\\x77\\x32\\x4d\\x6e\\x36\\x50\\x74\\x30\\x56\\x62\\x33"]),
        # a URL in JSON inside a JSON string, escaped once and twice
        (['{"msg":"{\\"dsn\\":\\"postgres://app:Vq8nL3wKz5xP@pg:5432/db\\"}"}'], ["Vq8nL3wKz5xP"]),
        (['{"m":"x {\\"l\\":\\"{\\\\\\"r\\\\\\":\\\\\\"redis://:Rz2vN7kXq4pLm8@redis:6379\\\\\\"}\\"}"}'], ["Rz2vN7kXq4pLm8"]),
        # a YAML double-quoted value over lines: an escaped line break, a plain fold, three lines
        (["db:", '  password: "Hk4zW8qLx2\\', '    v9Tb6qP"', "  port: 3306"], ["Hk4zW8qLx2", "v9Tb6qP"]),
        (['  apiKey: "Kd8mW3xQz5vR', '    7tLq2"'], ["Kd8mW3xQz5vR", "7tLq2"]),
        (['- secret: "Zq8xLm2Pw7Kd', "    4Rt9Hw", '    5nQ2kZ"'], ["Zq8xLm2Pw7Kd", "4Rt9Hw", "5nQ2kZ"]),
        # base64 of a DSN, of an env file with a key, of a URL with userinfo in JSON
        ([f"  DATABASE_URL: {_b64('postgresql://wandb:Gn9xT4mKb2wQ@pg:5432/wandb')}"], [_b64("postgresql://wandb:Gn9xT4mKb2wQ@pg:5432/wandb")[:24]]),
        ([f"  .env: {_b64('HOST=ml.example.org' + _NL + 'OPENAI_API_KEY=Tk3vN8qLx2WmZ9' + _NL)}"], [_b64("HOST=ml.example.org" + _NL + "OPENAI_API_KEY=Tk3vN8qLx2WmZ9" + _NL)[20:44]]),
        ([f'{{"config": "{_b64("amqp://celery:Wm4pZ7xLq2cH@mq:5672/")}"}}'], [_b64("amqp://celery:Wm4pZ7xLq2cH@mq:5672/")[:20]]),
    ],
)  # fmt: skip
def test_split_and_escaped_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # CRI lines without a secret across them; a full line alone
        [f"{_TS} stdout P GET /api/v1/runs?page=2&", f"{_TS} stdout F per_page=50 200 12ms"],
        [f"{_TS} stdout F level=info msg=started"],
        # nginx escapes around words and ids
        ['"GET /?q=\\x22hello\\x22 HTTP/1.1" 200 "Mozilla/5.0 \\x22beta\\x22"'],
        ['rb="{\\x22operationName\\x22:\\x22Viewer\\x22,\\x22variables\\x22:{\\x22entity\\x22:\\x22team-ml\\x22}}"'],
        # strace -xx of a pair that names no secret
        ['write(3, "\\x68\\x6f\\x73\\x74\\x3d\\x64\\x62\\x2e\\x65\\x78\\x61\\x6d\\x70\\x6c\\x65\\x2e\\x6f\\x72\\x67", 19) = 19', 'read(4, "\\x6d\\x6f\\x64\\x65\\x3a\\x20\\x72\\x77", 8) = 8'],
        # an application's log records after one that names a value of no secret
        ["2026-04-02 10:11:12,345 INFO  the default value:", "2026-04-02 10:11:12,346 INFO    Nq7vK2xLp9WzTq8vLm3Zk9Wp4Rt7Yh2Jd6Fs1Nc0Gb5Hq8e"],
        # a log line cut inside a quote: the next line is its own
        ['level=info msg="token refreshed for wandb-svc', "level=info msg=done host=db"],
        # base64 of a URL without userinfo, of an env file without a secret
        [f"  url: {_b64('https://ml.example.org/path/to/artifact')}"],
        [f"  .env: {_b64('WANDB_BASE_URL=https://ml.example.org' + _NL + 'WANDB_ENTITY=team' + _NL)}"],
    ],
)  # fmt: skip
def test_neighbours_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_a_quoted_value_closed_on_its_line_keeps_the_next_lines() -> None:
    lines = ['  password: "Hk4zW8qLx2v9"', "    host: db", "  user: wandb"]
    out = list(Redactor().lines(lines))
    assert "Hk4zW8qLx2v9" not in out[0] and out[1:] == lines[1:]
