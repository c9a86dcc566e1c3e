"""What people mail and paste, read as the text it carries: a quoted reply's lines without their
`>` marks (a value wrapped onto the next quoted line, a label and its value below it, a command
and what it printed), a mail part's base64 body decoded, an authorization or invitation code in
a link a mail gateway wrapped or a redirect parameter encoded twice, a value said to be new
(`is now …`). The secret goes; quoted prose, ids and plain links stay."""

from __future__ import annotations

import base64

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


def _part(text: str, width: int = 24) -> list[str]:
    body = base64.b64encode(text.encode()).decode()
    head = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", ""]
    return head + [body[i : i + width] for i in range(0, len(body), width)]


def _lines_of(text: str, secret: str, width: int = 24) -> list[str]:
    """The encoded lines of a part that carry `secret`'s bytes."""
    body = base64.b64encode(text.encode()).decode()
    at = text.encode().index(secret.encode())
    lo, hi = at // 3 * 4, -(-(at + len(secret.encode())) // 3) * 4
    return [body[i : i + width] for i in range(0, len(body), width) if i < hi and lo < i + width]


_NOTE = "Hi Ana,\nthe new db password: Vq7Lz2xKp9Wn4T\nCheers\n"
_ENV = "Hallo,\nhier die Werte:\nREDIS_PASSWORD=Hn4.kQ8zXw2Lm\nGruss\n"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a quoted label and the value its sender's client wrapped onto two quoted lines
        (["On Mon, 3 Mar 2025, Kim wrote:", "> api token (the long one):", "> Wz8qLx2Vn5Tb7Kd3", "> Rm9Pq4Zs6Hc1Jf0y"], ["Wz8qLx2Vn5Tb7Kd3", "Rm9Pq4Zs6Hc1Jf0y"]),
        (["> > admin password:", "> > Qm4!vX9zLp2Tw"], ["Qm4!vX9zLp2Tw"]),
        # a quoted command and the base64 it printed
        (["> $ kubectl get secret app-db -o jsonpath='{.data.db-password}'", "> SGs0elc4cUx4MnY5VGI2", "> thanks!"], ["SGs0elc4cUx4MnY5VGI2"]),
        # a base64 text part: the encoded lines that carry the secret go
        (_part(_NOTE), _lines_of(_NOTE, "Vq7Lz2xKp9Wn4T")),
        (_part(_ENV, 76), _lines_of(_ENV, "Hn4.kQ8zXw2Lm", 76)),
        # an authorization or invitation code: a mail gateway's wrapped link, a redirect
        # parameter encoded twice, a safe-links URL
        (["https://urldefense.com/v3/__https://app.example.com/invite?code=Kq8Zx2Lm5Vn7Wt3R__;!!AbCdEf12$"], ["Kq8Zx2Lm5Vn7Wt3R"]),
        (["Location: /login?next=%2Foauth%2Fcallback%3Fcode%3DPx4Nq8%252FzLw2Vm%252BTk9R%26state%3Dxyz"], ["Px4Nq8%252FzLw2Vm%252BTk9R"]),
        (["https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fml.example.org%2Fsignup%3Fcode%3DHt6Rw2Qz8Lx4Vp1N&data=05"], ["Ht6Rw2Qz8Lx4Vp1N"]),
        # a value said to be new
        (["Done: the service account password is now Lx8Wq2!zKv5Nt3R, please update the job."], ["Lx8Wq2!zKv5Nt3R"]),
    ],
)  # fmt: skip
def test_mail_text_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert secrets
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # quoted prose about passwords and keys, a quoted label with a remark and no value
        ["On Tue, Lee wrote:", "> the password is stored in the secret, not in the chart", "> reset your password from the console"],
        ["> api token (see the wiki):", "> ask the platform team for one"],
        ["> kubectl get secret app-db -o yaml", "> apiVersion: v1"],
        # a base64 part that holds no secret; a base64 attachment that is no text
        _part("Hello,\nthe password is wrong, please reset it.\nThanks\n"),
        ["Content-Transfer-Encoding: base64", "", base64.b64encode(bytes(range(200, 256))).decode()],
        # codes that are no credential, links without one
        ["https://shop.example.com/checkout?code=SPRING2025DISCOUNT1", "GET /reset?code=404 HTTP/1.1"],
        ["https://urldefense.com/v3/__https://docs.example.com/guide/install__;!!AbCdEf12$"],
        ["the token is now expired", "the password is now stored in Vault"],
    ],
)  # fmt: skip
def test_mail_text_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
