"""A line a shipper or a log store cut into records, one a line (cutrecords.py): CloudWatch Logs
events, Loki stream values, Fluent Bit's print of CRI `P`/`F` records, RFC 5424 fragments. The
secret's name and first part in one record, the rest at the start of the next: both parts go;
records of different lines, and records with no secret across them, stay. And a value a shipper
cut at its limit with its mark (` <truncated>`, `…[truncated]`, urls.py): the part before goes
when a URL's userinfo or a named DSN holds it."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


def _cwl(ts: int, message: str) -> str:
    return f'{{"id": "3817263541209387461029384756102938475610293847561029", "timestamp": {ts}, "message": "{message}"}},'


def _loki(ns: str, text: str) -> str:
    return f'    ["{ns}", "{text}"],'


def _fbit(tag: str, logtag: str, text: str) -> str:
    return (
        f'[0] kube.wandb-app-7d9f8c6b5-x2k4p: [[1722655860.011875770, {{}}], {{"time"=>"2024-08-03T03:31:00.000000000Z", '
        f'"stream"=>"stdout", "logtag"=>"{logtag}", "log"=>"{text}"}}]'
    ).replace("kube.wandb-app-7d9f8c6b5-x2k4p", tag)


def _frag(seq: int, text: str, pid: int = 4417) -> str:
    return (
        f"<134>1 2024-02-21T17:09:42.450000Z node-3.example.internal wandb-app {pid} - "
        f'[frag@32473 seq="{seq}" of="2"] {text}'
    )


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # CloudWatch Logs: a DSN's password cut in two, nothing names a secret in the first part
        (
            [
                _cwl(
                    1756188059446,
                    '{\\"msg\\":\\"failed to open database\\",\\"dsn\\":\\"wandb:Q7hx2Lm',
                ),
                _cwl(1756188059446, '9vTzPk@tcp(mysql:3306)/wandb_local\\"}'),
            ],
            ["Q7hx2Lm", "9vTzPk"],
        ),
        # ... the name alone ends the first event, the value is the next
        (
            [_cwl(1724294334305, "LICENSE="), _cwl(1724294334305, "Vb8sQz2Lm4Xp0Wk9Tn3Rj7Yc")],
            ["Vb8sQz2Lm4Xp0Wk9Tn3Rj7Yc"],
        ),
        # Loki: values of one line share its millisecond
        (
            [
                _loki(
                    "1697029088789000000",
                    'level=debug msg=\\"oidc provider loaded\\" client_secret=kqVj8M5V4pdx',
                ),
                _loki("1697029088789000001", "QjeP~0pMRTo4uZeTY"),
            ],
            ["kqVj8M5V4pdx", "QjeP~0pMRTo4uZeTY"],
        ),
        (
            [
                _loki("1740511143853000000", "git remote: https://x-access-token:"),
                _loki(
                    "1740511143853000036", "TDrXLl3k2bsQmWp7Zq@github.com/example-org/ml-train.git"
                ),
            ],
            ["TDrXLl3k2bsQmWp7Zq"],
        ),
        # Fluent Bit's stdout print of CRI records: `P` then `F`
        (
            [
                _fbit(
                    "kube.wandb-weave-0d3512d96-jlr72",
                    "P",
                    '{\\"provider\\":\\"openai\\",\\"api_key\\":\\"sk-proj-Tn2Jli1pLQ8Ni3EMtn',
                ),
                _fbit(
                    "kube.wandb-weave-0d3512d96-jlr72",
                    "F",
                    'GOa_N7XxJmCgO8iBXtvdjE\\",\\"level\\":\\"info\\"}',
                ),
            ],
            ["Tn2Jli1pLQ8Ni3EMtn", "GOa_N7XxJmCgO8iBXtvdjE"],
        ),
        # RFC 5424 fragments: the same header, the part after the structured data
        (
            [
                _frag(
                    1,
                    'redis: options &redis.Options{Addr:"10.0.4.2:6379", Username:"", Password:"fTMdUOFPn',
                ),
                _frag(2, 'AIaKgvxh3", DB:0, PoolSize:20}'),
            ],
            ["fTMdUOFPn", "AIaKgvxh3"],
        ),
    ],
)
def test_a_secret_cut_across_records_loses_both_parts(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # records of one line with no secret across the cut
        [
            _cwl(1724294334305, "GET /api/v1/runs?page=2&"),
            _cwl(1724294334305, "per_page=50 200 12ms"),
        ],
        [
            _loki("1697029088789000000", 'level=info msg=\\"sync finished\\" run_id='),
            _loki("1697029088789000001", "a8f3k2x9 files=12"),
        ],
        # two lines: a name that ends one event is no value for the event of another time
        [
            _cwl(1724294334305, "rotated client_secret="),
            _cwl(1724294339817, "Vb8sQz2Lm4Xp0Wk9Tn3Rj7Yc"),
        ],
        [
            _loki("1697029088789000000", 'level=warn msg=\\"empty value\\" client_secret='),
            _loki("1697029095112000000", "QjeP3xN0pMRTo4uZeTYa"),
        ],
        # Fluent Bit: a full record (`F`) is not continued by the next one
        [
            _fbit("kube.wandb-app-1", "F", "password reset requested token="),
            _fbit("kube.wandb-app-1", "F", "Hk4zW8qLx2v9Tb6qP9wLx3Zm"),
        ],
        # RFC 5424: another process's message is no rest
        [_frag(1, "bootstrap secret set:", pid=4417), _frag(2, "Xk3Lp9Qw2Zr7Tm4Vb8Ny", pid=5120)],
    ],
)
def test_records_without_a_secret_across_a_cut_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        # logcli's and GELF relays' mark after a URL's password
        (
            '{"version":"1.1","short_message":"BUCKET=s3://AKIAUXGTF7V2OTTCEFNO:BbHbLmjK <truncated>","level":3}',
            "BbHbLmjK",
        ),
        ("redis_url=redis://default:Qw8zLp2xTm<truncated>", "Qw8zLp2xTm"),
        # a Go DSN under its name, the `@tcp(…)` cut away
        (
            '2024-03-04T21:01:29Z {container="app"} {"level":"error","dsn":"wandb:1etnG4uzeJa~ <truncated>',
            "1etnG4uzeJa~",
        ),
        (
            '{"log":"{\\"msg\\":\\"open failed\\",\\"dsn\\":\\"wandb:Xr7pQ2mLw9…[truncated 812 bytes]"}',
            "Xr7pQ2mLw9",
        ),
        ('level=error msg="open failed" MYSQL_DSN=wandb:Zt4kP9xQe2...[TRUNCATED]', "Zt4kP9xQe2"),
    ],
)
def test_a_value_cut_by_a_shippers_mark_loses_its_head(line: str, secret: str) -> None:
    assert_gone([line], [secret])


@pytest.mark.parametrize(
    "line",
    [
        '{"message":"Pulled image wandb/local@sha256:2aef537db581ab6a84221780cafbdcc0b5fda2 <truncated>"}',
        '{"message":"config keys loaded: [\\"MYSQL\\", \\"BUCKET\\", \\"LICENSE\\" <truncated>","count":14}',
        # a DSN cut at its host's port, and one whose password is a template
        '{"level":"error","dsn":"mysql.wandb.svc:330612 <truncated>"}',
        '{"level":"info","dsn":"wandb:${MYSQL_PASSWORD} <truncated>"}',
        "fetching https://wandb.example.com:8443/api/v1/runs <truncated>",
    ],
)
def test_cut_values_without_a_password_stay(line: str) -> None:
    assert_kept([line])
