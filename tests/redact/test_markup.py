"""Text that markup spells (markup.py): HTML read with its tags dropped and its character
entities decoded (a mail's HTML part, a wiki page, a tracker's or a chat's HTML field, a
two-cell table row as a pair), and a mail header's RFC 2047 encoded words read decoded. The
secret goes in the line as written; markup around words, ids and subjects stays."""

from __future__ import annotations

import base64

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.markup import View

pytestmark = pytest.mark.usefixtures("both_engines")


def _entities(text: str, hexa: bool = False) -> str:
    return "".join(f"&#x{ord(c):X};" if hexa else f"&#{ord(c)};" for c in text)


def _qword(text: str) -> str:
    raw = text.encode()
    body = "".join(
        "_" if b == 0x20 else chr(b) if chr(b).isalnum() and b < 0x80 else f"={b:02X}" for b in raw
    )
    return f"=?UTF-8?Q?{body}?="


def _bword(text: str) -> str:
    return f"=?UTF-8?B?{base64.b64encode(text.encode()).decode()}?="


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a value spelled in numeric entities, decimal and hex, and a name spelled so too
        ([f"<li>Service password: <tt>{_entities('Wq7tZr2Lk9Pm')}</tt></li>"], ["Wq7tZr2Lk9Pm"]),
        ([f"<p>db_password: <b>{_entities('Rt5xN8vQ2wLz', hexa=True)}</b></p>"], ["Rt5xN8vQ2wLz"]),
        ([f"<p>{_entities('api_token')}={_entities('Hs4kQ9zXw2Vn7')}</p>"], ["Hs4kQ9zXw2Vn7"]),
        # JSON in an HTML part, its quotes as entities, escaped once and twice
        (["<pre>{&quot;redis&quot;: {&quot;password&quot;: &quot;Km3vX8qTz1Lp&quot;}}</pre>"], ["Km3vX8qTz1Lp"]),
        (["<code>{&amp;quot;secret&amp;quot;:&amp;quot;Pz8nW2xKq5Tv&amp;quot;}</code>"], ["Pz8nW2xKq5Tv"]),
        # a tracker's HTML field in JSON (escaped quotes in its attributes)
        (['{"desc":"<div class=\\"note\\"><p>Bind password: <strong>Yv6!Lq9wTz_3</strong></p></div>"}'], ["Yv6!Lq9wTz_3"]),
        # a cell names the value in the next one (in its paragraph and code, too)
        (["<table><tr><td>Passwort</td><td>Nf7.Qx2vLm9k</td></tr></table>"], ["Nf7.Qx2vLm9k"]),
        (["<tr><th>Secret</th><td><p><code>Gt4Wz8pLq1xN</code></p></td></tr>"], ["Gt4Wz8pLq1xN"]),
        # hOCR: one word per span, the name and the value in adjacent spans
        (["<span class='ocr_line'><span class='ocrx_word' title='bbox 1 2 3 4'>password</span><span class='ocrx_word' title='bbox 5 2 9 4'>Hq3.Lz8wVx2N</span></span>"], ["Hq3.Lz8wVx2N"]),
        # the name alone in an element, the value in the next one on the next line (hOCR's
        # word spans, a table's cells one per line)
        (["<span class='ocr_line' title='bbox 10 20 300 40'>", "<span class='ocrx_word' title='bbox 10 20 90 40; x_wconf 95'>Token</span>", "<span class='ocrx_word' title='bbox 96 20 300 40; x_wconf 90'>Zr8.Kq2xWv5Lm3N</span></span>"], ["Zr8.Kq2xWv5Lm3N"]),
        (["<tr>", "  <td>DB password:</td>", "  <td><code>Hy6!Tq3zLw8Vn</code></td>", "</tr>"], ["Hy6!Tq3zLw8Vn"]),
        # a header row names the column, the rows below hold the values (a wiki's storage format)
        (["<table><tr><th>Host</th><th>Role</th><th>API token</th></tr>", "<tr><td>ml-01</td><td>batch</td><td><code>Wv3.Kt8zQn2Lx5</code></td></tr>"], ["Wv3.Kt8zQn2Lx5"]),
        # the same in a quoted-printable HTML part, the name cut by a soft break
        (["Content-Transfer-Encoding: quoted-printable", "", "<table><tr><td>Secr=", "et</td><td>Jm5=3DqW8xTz2c</td></tr></table>"], ["Jm5=3DqW8xTz2c"]),
        (["Content-Transfer-Encoding: quoted-printable", "", "<p style=3D\"x\">{&quot;tok=", "en&quot;: &quot;Bq2Lx7vNz4Wk&quot;}</p>"], ["Bq2Lx7vNz4Wk"]),
        # an encoded word that holds a pair
        ([f"Subject: {_qword('new token=Vk9Pq2Lz7Xw4')}"], ["Vk9Pq2Lz7Xw4", "Vk9Pq2Lz"]),
        ([f"Subject: {_bword('your password: Lm8Qz3xVn5Rt')}"], [_bword("your password: Lm8Qz3xVn5Rt")[10:30]]),
        # (a short name no hint is looked for in the base64: `pw`)
        ([f"Subject: {_bword('ldap bind pw: Tq4.Wz8vLn2Xk')}"], [_bword("ldap bind pw: Tq4.Wz8vLn2Xk")[18:36]]),
    ],
)  # fmt: skip
def test_secrets_in_markup_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)
    # (and not in the text the output spells: a value written in entities)
    out = list(Redactor().lines(lines))
    spelled = "\n".join(View(line).text for line in out)
    assert not [s for s in secrets if s in spelled], spelled


@pytest.mark.parametrize(
    "lines",
    [
        # subjects about passwords, encoded (Q and B), in German and English
        [f"Subject: {_qword('Passwort zurückgesetzt für jdoe')}"],
        [f"Subject: {_bword('Kennwort geändert')}"],
        [f"Subject: {_qword('Reset your password')}", f"Subject: {_bword('Ticket 4411 aktualisiert')}"],
        ["Subject: Passwort zurückgesetzt für mmustermann"],
        # HTML about passwords without one; entities in prose; ids and hashes in attributes
        ["<p>The password is stored in the <b>secret</b>; reset it from the console.</p>"],
        ["<tr><td>Password</td><td>********</td></tr>", "<tr><td>Token</td><td>(in the vault)</td></tr>"],
        ["<tr><td>password</td><td>rotated</td><td>2024-03-01</td></tr>"],
        ["<tr><td>Secret</td><td>stored in Vault</td></tr>", "<tr><td>Password</td><td>(unchanged)</td></tr>"],
        ['<div data-id="9f86d081884c7d659a2feaa0c55ad015" class="msg"><p>Tom &amp; Jerry</p></div>'],
        ["<p>&quot;Forgot password?&quot; sends a link &#8212; it expires in 30&nbsp;minutes.</p>"],
        ['<span class="ocrx_word" title="bbox 1 2 3 4; x_wconf 91">Password</span>'],
        ["<span class='ocrx_word'>Password</span>", "<span class='ocrx_word'>expired</span>"],
        ["<tr><td>Password</td>", "<td>********</td></tr>", "<tr><td>Token</td>", "<td>see the vault</td></tr>"],
        ["<p>password</p>", "<p>Reset it from the console every 90 days.</p>"],
        ["<table><tr><th>Setting</th><th>Password policy</th></tr>", "<tr><td>minimum length</td><td>14 characters</td></tr>"],
        ["<tr><th>Service</th><th>Secret name</th></tr>", "<tr><td>mysql</td><td>wandb-mysql-credentials</td></tr>"],
    ],
)  # fmt: skip
def test_markup_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_view_maps_back_onto_the_line() -> None:
    line = "<p>a&amp;b <b>c</b>&#x64;</p><td>x</td>"
    view = View(line)
    assert view.text == "a&b cd x"
    # each character of the view comes from the character or the entity it reads
    pieces = [line[a:b] for a, b in zip(view.starts, view.ends, strict=True)]
    assert pieces[:6] == ["a", "&amp;", "b", " ", "c", "&#x64;"]
