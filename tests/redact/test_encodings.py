"""Secrets an encoding hides from the detectors: UTF-16 text read as bytes (each character beside
a NUL), quoted-printable soft breaks and `=3D`, a YAML double-quoted value continued after an
escaped line break, Go's `%q` escapes inside a licence; and key names in other languages. Each
class in layouts of its own, beside what must stay as it is."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.utf16 import spelled

pytestmark = pytest.mark.usefixtures("both_engines")


def _wide(
    text: str, encoding: str = "utf-16-le", mark: bytes = b"", reader: str = "latin-1"
) -> str:
    """Text as a file in UTF-16 holds it, read back byte by byte (Latin-1), or as UTF-8 with
    replacement or surrogateescape (`reader` "replace", "surrogateescape")."""
    raw = mark + text.encode(encoding)
    if reader == "latin-1":
        return raw.decode("latin-1")
    return raw.decode("utf-8", reader)


def _both_forms_gone(out: list[str], secret: str) -> None:
    text = "\n".join(out)
    assert secret not in text, out
    for half in (secret[: len(secret) // 2], secret[len(secret) // 2 :]):
        assert _wide(half) not in text, out  # nothing of it left between NULs
        assert half not in text, out


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # an env file saved as "Unicode" (UTF-16LE), CRLF, read as Latin-1
        ([_wide("WANDB_BASE_URL=https://wandb.corp.test\r\n"), _wide("WANDB_API_KEY=3f9c0a71be24d6e58c13907fa2b4e6d1c8a05f73\r\n")], "3f9c0a71be24d6e58c13907fa2b4e6d1c8a05f73"),
        # PowerShell's Out-File: a byte order mark on the first line, read as Latin-1 and as UTF-8
        ([_wide("REDIS_PASSWORD=Tq8#vLm2Zx7Wk\r\n", mark=b"\xff\xfe")], "Tq8#vLm2Zx7Wk"),
        ([_wide("REDIS_PASSWORD=Tq8#vLm2Zx7Wk\r\n", mark=b"\xff\xfe", reader="replace")], "Tq8#vLm2Zx7Wk"),
        ([_wide("REDIS_PASSWORD=Tq8#vLm2Zx7Wk\r\n", mark=b"\xff\xfe", reader="surrogateescape")], "Tq8#vLm2Zx7Wk"),
        # a line after `\n\x00` split it: the NUL of the line break opens the next line
        (["\x00" + _wide("smtp_password: Hn4;pQ8xLz2Vr")], "Hn4;pQ8xLz2Vr"),
        # big-endian with its mark; JSON; a name in Polish with a letter outside Latin-1
        ([_wide('{"client_secret": "Wk7Rz2Lq9Xm4Tn8"}', "utf-16-be", b"\xfe\xff")], "Wk7Rz2Lq9Xm4Tn8"),
        ([_wide("HASŁO_SERWERA=Pz5Kq8Wn3Lx7\r\n")], "Pz5Kq8Wn3Lx7"),
        # a value over two lines, both in UTF-16
        ([_wide("  - name: MYSQL_PASSWORD"), _wide("    value: Jd6Vn9Qx2Kw5Rb")], "Jd6Vn9Qx2Kw5Rb"),
    ],
)  # fmt: skip
def test_utf16_read_as_bytes_is_redacted_as_its_text(lines: list[str], secret: str) -> None:
    out = list(Redactor().lines(lines))
    _both_forms_gone(out, secret)
    changed = [line for line, before in zip(out, lines, strict=True) if line != before]
    assert changed and all("\x00" not in line and "[REDACTED:" in line for line in changed), out


def test_utf16_known_secret_goes_and_a_single_line_is_read_too() -> None:
    r = Redactor()
    r.add_secret("Xv8Lq2Nz5Wk7", "setting")
    out = r(_wide("connecting with Xv8Lq2Nz5Wk7 to db\r\n"))
    assert "Xv8Lq2Nz5Wk7" not in out and _wide("Xv8Lq2") not in out, out


@pytest.mark.parametrize(
    "lines",
    [
        # UTF-16 text without a secret (also a secret's name with a reference or nothing)
        [_wide("2026-03-01 12:00:01 agent started, entity=team-ml\r\n"), _wide("WANDB_API_KEY=\r\n")],
        [_wide("MYSQL_PASSWORD=${MYSQL_PASSWORD}\r\n", mark=b"\xff\xfe")],
        [_wide("Passwort wurde geändert\r\n")],
        # NULs that are no UTF-16: binary padding, a NUL-separated environ
        ["WANDB_MODE=offline\x00HOME=/root\x00PATH=/usr/bin\x00"],
        ["\x00\x00\x00\x00ELF\x02\x01\x01\x00\x00\x00"],
    ],
)  # fmt: skip
def test_utf16_without_a_secret_stays_byte_for_byte(lines: list[str]) -> None:
    assert_kept(lines)


def test_utf16_spelled_reads_only_utf16() -> None:
    assert spelled(_wide("token=abc123\r\n")) == "token=abc123"
    assert spelled(_wide("token=abc", "utf-16-be", b"\xfe\xff")) == "token=abc"
    assert spelled(_wide("emoji 🔑 key")) == "emoji 🔑 key"
    assert spelled("a\x00b") is None  # too short to tell
    assert spelled("key=value\x00") is None
    assert spelled("plain ascii") is None


_QP = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", ""]


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a soft break inside the value, on a line longer than the 76 the encoding asks for
        ([*_QP, "Willkommen! Ihr Konto wurde angelegt, Ihr vorl=C3=A4ufiges Anmeldekennwort f=C3=BCr W&B: Rw8Kq=", "2Lz7Vn4 =E2=80=93 bitte sofort =C3=A4ndern."], ["Rw8Kq", "2Lz7Vn4"]),
        # a short first part, and a value over three lines
        ([*_QP, "api token: Hx=", "7Lm2Qz9Vk=", "4Wp8 (do not share)"], ["7Lm2Qz9Vk", "4Wp8"]),
        # a name spelled in UTF-8 bytes
        ([*_QP, "HAS=C5=81O_BAZY: Qv3=", "Nz8Kt5Lw"], ["Qv3", "Nz8Kt5Lw"]),
        # the break inside the name; `=3D` between the name and the value and inside the value
        ([*_QP, "SMTP_PASS=", "WORD=3DMq4Zx8=3DLv2Kp7Rn"], ["Mq4Zx8", "Lv2Kp7Rn"]),
        ([*_QP, '<a href=3D"https://wandb.corp.test/reset?user=3Dana&token=3DVb6Tn9Lx=', '2Qk5Wz8">Reset</a>'], ["Vb6Tn9Lx", "2Qk5Wz8"]),
    ],
)  # fmt: skip
def test_quoted_printable_values_go_whole(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # links with `=3D` parameters, prose broken at soft breaks
        [*_QP, '<a href=3D"https://wandb.corp.test/runs?page=3D2&amp;sort=3Dcreated">View runs=', "</a> in your workspace."],
        [*_QP, "Your password was changed on 2026-03-01. If this was not you, please con=", "tact support."],
        # a base64 part after the quoted-printable one: its padding is no soft break
        [*_QP, "Hello=", " team", "--b1", "Content-Transfer-Encoding: base64", "", "SGVsbG8sIHdvcmxkIQ=", "--b1--"],
    ],
)  # fmt: skip
def test_quoted_printable_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_a_soft_break_in_a_log_skips_the_next_records_prefix() -> None:
    pre = "2026-01-02T03:04:05.123Z stdout F "
    lines = [pre + _QP[1], pre + "key list: ci  Gq4Lz8Vn2Kx7Rt5=", pre + "Name;Passwort;Hinweis"]
    out = list(Redactor().lines(lines))
    assert out[2] == lines[2] and "Gq4Lz8Vn2Kx7Rt5" not in out[1], out


def test_a_soft_break_outside_quoted_printable_joins_nothing() -> None:
    lines = ["pw=Zm9vYmFyYmF6cXV4MTIz=", "Rk2Lm8Qz tomorrow"]
    out = list(Redactor().lines(lines))
    assert out[1] == lines[1] and "Zm9vYmFy" not in out[0]


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a Kubernetes env pair whose value goes on after an escaped line break
        (["env:", "  - name: DB_PASSWORD", '    value: "Wq4Lz8Nx2Kv\\', '      7Tm3Rp9Zb"', "  - name: DB_HOST"], ["Wq4Lz8Nx2Kv", "7Tm3Rp9Zb"]),
        # a short part before the break, none at all, three lines
        (['  api_secret: "Qx\\', '    7vLm2Nk8Rz4Tw"', "  region: eu"], ["7vLm2Nk8Rz4Tw"]),
        (['  password: "\\', '    Kd8mW3xQz5vR"'], ["Kd8mW3xQz5vR"]),
        (["  - name: SIGNING_KEY", '    value: "\\', '      Zr5Tq8Lm2Wx4Nv"'], ["Zr5Tq8Lm2Wx4Nv"]),
        (['  token: "Gk3Vz7\\', "    Pm9Lq2\\", '    Xw5Rt8"'], ["Gk3Vz7", "Pm9Lq2", "Xw5Rt8"]),
    ],
)  # fmt: skip
def test_yaml_escaped_line_breaks_carry_the_value(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        ["  - name: GREETING", '    value: "hello \\', '      world"', "  - name: LEVEL"],
        ['  description: "rotates the \\', '    database password nightly"'],
        ['  password: ""', "  host: db.corp.test"],
    ],
)  # fmt: skip
def test_yaml_escaped_line_breaks_of_other_values_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        # Go's %q: escapes of bytes and runes inside a licence's raw text
        ('2026-02-11T08:00:01Z DEBUG license/load.go:41 read license {"raw": "Tz4Qm8Lx\\x01Vn7Rk2Wp", "size": 17}', "Tz4Qm8Lx\\x01Vn7Rk2Wp"),
        ('level=debug msg="licence key decoded" data="Hx8\\u00e9Lm2Pq7Zw4Kt9"', "Hx8\\u00e9Lm2Pq7Zw4Kt9"),
        ('license payload: "Kq2Wz\\tNv8Lr5Xm3Tp"', "Kq2Wz\\tNv8Lr5Xm3Tp"),
    ],
)  # fmt: skip
def test_escaped_licence_texts_go(line: str, secret: str) -> None:
    out = Redactor()(line)
    assert secret[:6] not in out and secret[-6:] not in out, out


@pytest.mark.parametrize(
    "line",
    [
        "license: Apache-2.0",
        "license check passed: 12 seats, expires 2027-01-01",
        'INFO licensing {"plan": "enterprise", "id": "lic_2024_0042", "seats": 25}',
        "LICENSE_FILE=/etc/wandb/license.txt",
    ],
)
def test_licence_lines_without_a_secret_stay(line: str) -> None:
    assert Redactor()(line) == line


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        (["UŻYTKOWNIK=ml", "HASŁO=Vz8+Lq2Nx5", "KLUCZ_API=1c4e7a90b2d35f68e0a1c3b5d7f92e4a6c8b0d1f"], ["Vz8+Lq2Nx5", "1c4e7a90b2d35f68e0a1c3b5d7f92e4a6c8b0d1f"]),
        (["API-Schlüssel: Rk7Wq2Lz9Nx4", "Geheimnis = Tm5Vz8Qx3Lp"], ["Rk7Wq2Lz9Nx4", "Tm5Vz8Qx3Lp"]),
        # compounds that end in the word (Datenbankpasswort, a glued API key)
        (["Datenbankpasswort: Xq7Lm2Vz9Kt", "ZUGRIFFSSCHLUESSEL=Wn4Rk8Tz2Qp"], ["Xq7Lm2Vz9Kt", "Wn4Rk8Tz2Qp"]),
        (['clave_de_acceso: "Pq3Zx8Lm6Wn"', "chiave_privata=Hn2Kv7Rt9Xz", "klíč_api = Lw4Qn8Zr2Vk"], ["Pq3Zx8Lm6Wn", "Hn2Kv7Rt9Xz", "Lw4Qn8Zr2Vk"]),
    ],
)  # fmt: skip
def test_key_names_in_other_languages(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        ["klucz: główny", "KLUCZ_PODSTAWOWY=12", "CLAVE_PRIMARIA=id_usuario"],
        ["Primärschlüssel: Kd7Lq2Wx9", "Fremdschlüssel = user_id", "Passwortrichtlinie: 12 Zeichen"],
        ["KLUCZ_API_URL=https://api.corp.test", "chiave_privata_file=/etc/keys/app.pem"],
    ],
)  # fmt: skip
def test_key_words_without_their_qualifier_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_a_hex_value_is_no_duration() -> None:
    assert secretish("password", "82d28a62e55978a9454bb084216251e81dd48e6f")
    assert not secretish("password", "1h30m15s")
