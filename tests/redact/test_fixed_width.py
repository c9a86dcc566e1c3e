"""Text wrapped at a fixed width on its way into a bundle (fixedwidth.py): `kubectl describe` and
a `helm --set` line pasted from a narrow terminal, a licence hard-wrapped in a quoted reply. A
secret, or its name, cut at the width goes in every piece; wrapped certificates, digests, public
keys, prose, dumps and logs whose lines happen to be as long stay as they are."""

from __future__ import annotations

import base64

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.fixedwidth import width

pytestmark = pytest.mark.usefixtures("both_engines")

_JWT = (
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjdXN0b21lci0xMjMiLCJzZWF0cyI6MjUsImV4cCI6"
    "MTgwMDAwMDAwMH0.Rq7Xw2Lp9Tt4Kd8Nz3Vb6Hc1Fg5Js0Ty7Ua2Ie4Ow8PqMm3Zx"
)


# a fluent-bit record of a docker record of a zap line: its escapes escaped twice
_NESTED = (
    '{"@timestamp":"2024-01-14T04:09:26.737Z","log":"{\\"log\\":\\"{\\\\\\"level\\\\\\":'
    '\\\\\\"warn\\\\\\",\\\\\\"msg\\\\\\":\\\\\\"email sink dial failed\\\\\\",'
    '\\\\\\"GORILLA_EMAIL_SINK\\\\\\":\\\\\\"smtp://apikey:Qm4Lp9~Xw2Rt7Zk5Vb@smtp.example.com:587'
    '\\\\\\"}\\\\n\\",\\"stream\\":\\"stdout\\"}","kubernetes":{"pod_name":"wandb-gorilla-0"}}'
)


def _wrap(text: str, cols: int, mark: str = "") -> list[str]:
    """`text` cut every `cols` columns, as a terminal or `fold -w` does (after `mark`, a quote's
    `> `, on each line)."""
    step = cols - len(mark)
    return [mark + text[i : i + step] for i in range(0, len(text), step)]


def _rows(*texts: str, cols: int) -> list[str]:
    return [line for text in texts for line in _wrap(text, cols)]


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # kubectl describe's environment in a 46-column window: the rest of a URL's password
        # before its host, the short rest of a value alone
        [
            _rows(
                "    Environment:",
                "      WANDB_SMTP:   smtp://mailer:Zq7Lm2Xw9Rt4Kp8Vn@mail.example.com:587",
                "      MYSQL_PASSWORD:          Hd5Tq8Lw3Zx6Nm2Rv9Kp4Bc",
                "      LOG_LEVEL:    info",
                cols=46,
            ),
            ["Kp8Vn@", "Rv9Kp4Bc"],
        ],
        # a helm command at 78 columns: the value starts the next line, a key cut in two
        [
            _wrap(
                "helm upgrade --install wandb wandb/operator-wandb --set global.mysql.password="
                "Wn4Rt8Lp2Zq6Xm9Kd --set global.redis.password=Tz3Vb7Nc1Qx5Lm8Rp --set global.licen"
                "se=Kp9Xw2Lm7Tq4Zn6Rv",
                78,
            ),
            ["Wn4Rt8Lp2Zq6Xm9Kd", "Tz3Vb7Nc1Qx5Lm8Rp", "Kp9Xw2Lm7Tq4Zn6Rv"],
        ],
        # a licence JWT hard-wrapped at 72 in a quoted reply, and quoted twice
        [["On Tue, ops wrote:", *_wrap("WANDB_LICENSE=" + _JWT, 72, "> "), "> thanks"], [_JWT[40:60], _JWT[-30:]]],
        [_wrap("license: " + _JWT, 64, ">> "), [_JWT[30:50], _JWT[-20:]]],
        # a log record re-wrapped at 76 (`fold -w 76`): the key id cut before the password that
        # follows it; the space before a bearer token first on the next line
        [
            _wrap(
                'copied from the log viewer, row 4417 -> {"log":"BUCKET=s3://AKIAQ3ZNXW7L5TRB2KPD:'
                'Vd8Lq2Zx7Tm4Kp9Rw3Nc6Hb1Jg5Fs0Yt@wandb-files.s3.us-east-1.amazonaws.com/files\\n"}',
                76,
            ),
            ["Vd8Lq2Zx7Tm4Kp9Rw3Nc6Hb1Jg5Fs0Yt"],
        ],
        [
            _wrap(
                '> {"log":"10.118.204.131 - - [01/May/2024:22:34:01 +0000] \\"GET /api/v1/status HTTP'
                '/1.1\\" 401 59 \\"-\\" \\"python-requests/2.31.0\\" authorization=\\"Bearer Zt7Qm2Lx9'
                'Wp4Rk8Vn3Bc6Hd1Jf5Gs0Ty\\"\\n","stream":"stderr"}',
                76,
            ),
            ["Zt7Qm2Lx9Wp4Rk8Vn3Bc6Hd1Jf5Gs0Ty"],
        ],
        # a terminal's cut at 100 that leaves a JSON escape's backslash last: no shell's `\\`
        [_wrap("seen at 4810032: " + _NESTED, 100), ["Qm4Lp9~X", "w2Rt7Zk5Vb"]],
    ],
)  # fmt: skip
def test_wrapped_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


_CERT = base64.b64encode(bytes(range(256)) * 2).decode()
_SSH_KEY = "ssh-ed25519 " + base64.b64encode(bytes(range(51))).decode() + " ops@bastion"


@pytest.mark.parametrize(
    "lines",
    [
        # a certificate and a public key wrapped at the widths they are kept at
        ["-----BEGIN CERTIFICATE-----", *_wrap(_CERT, 64), "-----END CERTIFICATE-----"],
        ["authorized_keys:", *_wrap(_SSH_KEY, 48)],
        # an armored public key: its checksum line after the wrapped base64
        ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", *_wrap(_CERT[:200], 64), "=OHlx", "-----END PGP PUBLIC KEY BLOCK-----"],
        # digests wrapped in a narrow terminal
        _wrap("Digest: sha256:" + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" * 2, 50),
        _wrap("image: registry.example.com/wandb/local@sha256:" + "a3f1" * 16, 44),
        # prose wrapped at 60 columns that speaks of passwords and tokens
        _wrap(
            "To rotate the password of the database, open the console, choose the instance and "
            "press Reset; the token of the service account is rotated by the operator itself",
            60,
        ),
        # lines as long as each other that are records of a layout: a dump and a log
        [
            "00000000: 4d59 5351 4c5f 5553 4552 3d77 616e 6462  MYSQL_USER=wandb",
            "00000010: 0a4d 5953 514c 5f48 4f53 543d 6462 0a0a  .MYSQL_HOST=db..",
        ],
        [
            "2026-05-01T10:00:00Z level=info msg=\"rotating secret\" secret_name=wandb-mysql",
            "2026-05-01T10:00:01Z level=info msg=\"rotated secret\" secret_name=wandb-redis",
        ],
        # text wrapped at 76 that holds a space where a line breaks: no secret across it
        _wrap(
            "The operator rotates the database password on a schedule; the bearer tokens of "
            "the service accounts are minted on demand and expire within the hour, see docs",
            76,
        ),
        # an indented layout: the next line of the same length is a new line
        [
            "      MYSQL_PASSWORD:  <set to the key 'password' in secret 'wandb-mysql'>",
            "      REDIS_PASSWORD:  <set to the key 'password' in secret 'wandb-redis'>",
            "      LOG_LEVEL:       info",
        ],
        # a listing's rows, aligned under its header: each cell starts under the one above
        [
            "NAME                 TOKEN             LAST USED     CREATED",
            "Standard secret key  sk_live_...Q4mb   2024-06-02    2022-01-03",
            "Restricted: billing  rk_live_...7Tzx   never         2023-10-15",
        ],
    ],
)  # fmt: skip
def test_wrapped_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_width_needs_two_lines_or_a_terminal_width() -> None:
    """A block's longest line is its width only when another is as long (or it is a terminal's
    width): a log whose longest line stands alone is no wrapped text."""
    assert width(["a" * 50, "b" * 50, "c" * 10]) == 50
    assert width(["a" * 50, "b" * 49, "c" * 10]) == 0
    assert width(["a" * 80, "b" * 10]) == 80
    assert width(["a" * 30, "b" * 30]) == 0  # (narrower: a table's column)


@pytest.mark.parametrize(
    "lines",
    [
        # a secret that ends a line of the width, then a line of its own: a word, a date, a form
        # feed
        ["I0412 10:11:12.123456 main.go:42] connecting to cache host=cache-01 pw=Tq8zW3", "x" * 77, "INFO next record"],
        ["I0412 10:11:12.123456 main.go:42] connecting to cache host=cache-01 pw=Tq8zW3", "2026-04-12 10:11:13 next", "y" * 77],
        ["level=info msg=\"cache ready\" addr=cache-01:6379 token=Tq8zW3mKx7Lp2Nv", "z" * 69, "\x0c"],
    ],
)  # fmt: skip
def test_lines_of_their_own_after_the_width_stay(lines: list[str]) -> None:
    out = list(Redactor().lines(lines))
    assert out[0] != lines[0] and out[1:] == lines[1:], out
