"""Secrets in the free text of tracker and chat exports: a JSON string's text (a post's
`message`, a task's `notes`, an incident note's `content`, a card's Markdown `desc` with `\\n`
between its bullets) is read as lines of its own, as the same text pasted into a file would be;
a rich-text node ending in a label, the value in the next node (Jira's ADF); chat logs' own
line prefixes (`[d/m/y, h:m:s] name:`, IRC's tab-separated nick) change nothing. Look-alikes:
messages that speak of secrets without giving one, ids and hashes in the same exports."""

from __future__ import annotations

import json

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


def _post(text: str) -> str:
    return json.dumps({"type": "post", "post": {"user": "kim", "message": text, "create_at": 1}})


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # the value ends where the message does, before the closing quote
        ([_post("heads up: the staging redis password is Vz7qLm2Xp9Kd")], ["Vz7qLm2Xp9Kd"]),
        ([_post("api key: 4c9e1f0a7b3d5e2c8f6a1b9d0e7c3f5a2b8d4e6f")], ["4c9e1f0a7b3d5e2c8f6a1b9d0e7c3f5a2b8d4e6f"]),
        # a note's text on the second line of a pretty-printed export
        (['{"notes":[{"id":"Q7","user":{"summary":"Ann"},', '  "content":"Rotated. The new api token is Hq3vZ8pLw2Xk7Tn","created_at":"2026-01-01T00:00:00Z"}]}'], ["Hq3vZ8pLw2Xk7Tn"]),
        # Markdown bullets over `\n` escapes: each bullet a line (the next one stays out of it)
        ([json.dumps({"name": "Move storage", "desc": "- [x] bucket created\n- [ ] secret: Wp4_kZ9vLq2Tx8\n- [ ] update DNS"})], ["Wp4_kZ9vLq2Tx8"]),
        # a task's notes in `\u` escapes
        ([json.dumps({"data": {"notes": "d\u00e9ploiement: token = Lr8~vXq3Zm6Tp"}}, ensure_ascii=True)], ["Lr8~vXq3Zm6Tp"]),
        # a rich-text document's label node, the value in the next node (Jira's ADF)
        (['{"type":"paragraph","content":[', '  {"type":"text","text":"Rotated. The new api token: "},', '  {"type":"text","text":"Tn4qZ8vLx2Wp7Kd","marks":[{"type":"code"}]}]}'], ["Tn4qZ8vLx2Wp7Kd"]),
        # a chat message that announces a secret, and the next message: one generated token
        (["[09:14] Ana Ruiz: here is the license", "[09:15] Ana Ruiz: Wq7Lp2\u200bXz9Kv4Rt8Mb3N"], ["Wq7Lp2", "Xz9Kv4Rt8Mb3N"]),
        (["here's the new password.", "", "Hd4Rt8Lp2Wq7Zm5Nx"], ["Hd4Rt8Lp2Wq7Zm5Nx"]),
        # ... a sentence about a secret that ends in a colon: a generated token in the next node
        (['{"type":"paragraph","content":[', '  {"type":"text","text":"Renewed license attached, please install: "},', '  {"type":"text","text":"Qm7xZ2kLp9Wv4Rt8Hd3sNb6y","marks":[{"type":"code"}]}]}'], ["Qm7xZ2kLp9Wv4Rt8Hd3sNb6y"]),
        # chat lines: WhatsApp's and IRC's prefixes
        (["[03/11/2025, 14:02:11] Ana Sousa: the db password is Kq8_vZ3pLx7W"], ["Kq8_vZ3pLx7W"]),
        (["2026-02-01 09:12:44\tjdoe\ttoken = Yt5rMq8zLw3Nk"], ["Yt5rMq8zLw3Nk"]),
    ],
)  # fmt: skip
def test_free_text_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


def test_only_the_value_goes() -> None:
    """The bullet after the value and the closing quote stay."""
    from wbdiag.redact import Redactor

    line = json.dumps({"desc": "- [ ] secret: Wp4_kZ9vLq2Tx8\n- [ ] update DNS"})
    out = Redactor()(line)
    assert "Wp4_kZ9vLq2Tx8" not in out
    assert out.endswith('\\n- [ ] update DNS"}'), out


@pytest.mark.parametrize(
    "lines",
    [
        # messages about passwords and tokens that give none
        [_post("reset your password from the login page, the old one is expired")],
        [_post("the password is stored in the secret wandb-mysql, ask in #ops")],
        [json.dumps({"desc": "- [ ] rotate the api token\n- [ ] check the secret is mounted\n- [ ] done"})],
        # ids and hashes beside free text
        [json.dumps({"id": "5f2b9c7e1a3d4f6b8c0e2a4d", "text": "token refresh failed, see run 3f9a2c1e for logs", "ts": "1700000000.000100"})],
        ['{"type":"m.room.message","event_id":"$Yx3kq9Lm2Zp7Vt5Rw8:example.org","content":{"body":"the password field is empty"}}'],
        # a label node followed by a link's node, or by words
        ['{"type":"paragraph","content":[', '  {"type":"text","text":"Where the password lives: "},', '  {"type":"text","text":"docs/secrets/runbook.md","marks":[{"type":"link"}]}]}'],
        ['  {"type":"text","text":"The new token: "},', '  {"type":"text","text":"ask in the ops channel","marks":[{"type":"strong"}]}'],
        ["[09:14] Ana Ruiz: here is the license", "[09:15] Ana Ruiz: see the wiki page for it"],
        ["here is the token", "RunbookPage2024Edition"],
        ['  {"type":"text","text":"The license server, set it in the console: "},', '  {"type":"text","text":"https://lic.example.com/v1","marks":[{"type":"code"}]}'],
        ['  {"type":"text","text":"The license renewal, see the ticket below: "},', '  {"type":"text","text":"LicenseRenewal2024","marks":[{"type":"code"}]}'],
        # a chat line about a secret, no value
        ["[03/11/2025, 14:02:12] Ana Sousa: did anyone rotate the api key yet?"],
    ],
)  # fmt: skip
def test_free_text_lookalikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
