"""Secret names in the scripts of the major languages, elements in XML namespaces, vendors'
key headers, and the look-alikes beside them (empty, masked and referenced values, entries that
describe a password): what goes, and what must come back byte for byte."""

from __future__ import annotations

import re

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.nextsql import literal_end

# (the hint patterns are new: both prefilter engines must pick these lines)
pytestmark = pytest.mark.usefixtures("both_engines")
_PW = "Rk7#vQ2m-Lx9Wt"


@pytest.mark.parametrize(
    "lines",
    [
        # JSON, TOML, properties and YAML under names in other scripts
        ['{"उपयोगकर्ता": "svc", "पासवर्ड": "' + _PW + '"}'],
        ["[सर्वर]", 'गुप्तशब्द = "' + _PW + '"'],
        ['{"اسم":"svc","كلمة_السر":"' + _PW + '"}'],
        ["كلمة المرور: " + _PW],
        ["رمز عبور=" + _PW],
        ["ΚΩΔΙΚΟΣ: " + _PW],
        ["κωδικός πρόσβασης = " + _PW],
        ["συνθηματικό=" + _PW],
        ["పాస్‌వర్డ్: " + _PW],
        ["mật khẩu: " + _PW],
        # vendors' key headers in a header map
        ["    headers:", '      x-honeycomb-team: "' + _PW + '"'],
        ["  headers:", "    X-RapidAPI-Key: " + _PW],
        # XML elements whose name says password, in any namespace
        ['<sec:Password Type="urn:x#PasswordText">' + _PW + "</sec:Password>"],
        ["<ns1:apiKey>" + _PW + "</ns1:apiKey>"],
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str]) -> None:
    assert_gone(lines, [_PW])


@pytest.mark.parametrize(
    "lines",
    [
        # empty, referenced, templated and masked values under names in other scripts
        ["ПАРОЛЬ_ПРИЛОЖЕНИЯ=", "κωδικός=${APP_PASSWORD}", "पासवर्ड = <vault में>"],
        ["Passwort = <siehe Tresor>", "contraseña: <ver bóveda>"],
        ["şifre: !vault app/db#password", "пароль: !secret app_password"],
        ["password: !vault |", "db_password: !Ref DbPasswordParameter"],
        # words that are no secret names
        ["حركة المرور: 1432 طلبًا", "κωδικός_προϊόντος=AX-1042-B7", "ταχυδρομικός_κωδικός=10431"],
        # a tool's masks where the value would be, also inside a JSON string
        ['{"yaml":"auth:\\n  password: <secret>\\n  token: <secret>\\n"}'],
        ["  credentials: <secret>", "password=<hidden>"],
        # an LDAP entry without its password: its policy's name, its times
        ["pwdPolicySubentry: cn=strict,ou=policies,dc=corp,dc=example", "pwdChangedTime: 20250301000000Z"],
        # a namespace prefix that says auth, an element holding only other elements
        ["<auth:Config><auth:Username>svc</auth:Username></auth:Config>"],
        ["<wsse:UsernameToken><wsse:Username>svc</wsse:Username>"],
        # headers that name a request, not a vendor's key
        ["X-Idempotency-Key: 5b3f0c1e-9a4d-4c2b-8e7f-1a2b3c4d5e6f", "x-honeycomb-dataset: traces"],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


# values that go on past their line, or sit where no name stands right before them
@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a YAML complex key, its value on the next line
        (["? api_token", ": Zq8xLm2Pw7KdQ3vN", "? user", ": svc"], ["Zq8xLm2Pw7KdQ3vN"]),
        # a plain scalar continued on deeper lines (kubectl get -o yaml folds a long value)
        (["  - name: REDIS_PASSWORD", "    value: Hq3Wz8Lp5Rt2Nv", "      Mx7Kd2Qv9Lp4Zt"], ["Hq3Wz8Lp5Rt2Nv", "Mx7Kd2Qv9Lp4Zt"]),
        (["  db_password: Hq3Wz8Lp5Rt2Nv", "    Mx7Kd2Qv9Lp4Zt", "  user: svc"], ["Hq3Wz8Lp5Rt2Nv", "Mx7Kd2Qv9Lp4Zt"]),
        # a value a terminal cut at its width (the line is 100 columns), the rest on the next line
        (["I0412 10:11:12.123456 main.go:42] connecting to upstream cache with settings host=cache-01 pw=Tq8zW3", "mKx7Lp2Nv9 retry=1"], ["Tq8zW3", "mKx7Lp2Nv9"]),
        # the arguments of SQL's encryption and password functions
        (["SELECT AES_DECRYPT(payload, 'Vq8nL3wKz5xPm2Rt') FROM vault_rows;"], ["Vq8nL3wKz5xPm2Rt"]),
        (["UPDATE cfg SET v = AES_ENCRYPT('Hk4zW8qLx2v9', 'Vq8nL3wKz5xPm2Rt') WHERE k = 'mail';"], ["Hk4zW8qLx2v9", "Vq8nL3wKz5xPm2Rt"]),
        (["UPDATE accounts SET pw = crypt('Hk4zW8qLx2v9', gen_salt('bf', 8));"], ["Hk4zW8qLx2v9"]),
        # a quote doubled inside a function's literal is part of it
        (["SELECT AES_ENCRYPT(body, 'Vq8nL3''wKz5xPm2Rt') FROM t;"], ["Vq8nL3''wKz5xPm2Rt"]),
        # rows without column names: a column that holds a vendor's token in one row
        (["INSERT INTO `hooks` VALUES (1,'github','ghp_Zq8xLm2Pw7KdQ3vNt4Yh6Jc1Bf9Ds5Gk0Ur2',1),(2,'custom','Tq8zW3mKx7Lp2Nv9Hr4Bc6Ys',1);"], ["Tq8zW3mKx7Lp2Nv9Hr4Bc6Ys"]),
        # a secret in a comment's note
        (["-- the admin password was Tq8zW3mKx7Lp2N until the rotation"], ["Tq8zW3mKx7Lp2N"]),
        (["/* api token is Zq8xLm2Pw7KdQ3vN. */"], ["Zq8xLm2Pw7KdQ3vN"]),
        # a logging handler's (user, password) tuple, in a fileConfig ini and in code
        (["args=(('mail.example.org', 465), 'ci@example.org', ['oncall@example.org'], 'alert', ('ci@example.org', 'Hk4zW8qLx2v9'), ())"], ["Hk4zW8qLx2v9"]),
        (["handler = HTTPHandler('logs:8080', '/ingest', 'POST', True, credentials=('svc', 'Vq8nL3wKz5xP'))"], ["Vq8nL3wKz5xP"]),
    ],
)  # fmt: skip
def test_values_away_from_their_name_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # a complex key that names no secret
        ["? password_policy", ": strict"],
        # functions given columns and variables, a salt, a password check by name
        ["SELECT AES_ENCRYPT(payload, @key) FROM t;", "SELECT crypt(input, '$2a$06$Mx7Kd2Qv9Lp4ZtHq3Wz8Lu') FROM u;"],
        ["SELECT validate_password_strength('x') FROM dual;"],
        # rows without column names and without a vendor's token: ids stay
        ["INSERT INTO `runs` VALUES (1,'Tq8zW3mKx7Lp2Nv9Hr4Bc6Ys','finished');"],
        # notes about a password that hold none
        ["-- password was rotated after the install", "# the token is missing from the request"],
        # recipients, key and certificate files, a stream
        ["args=(('mail', 25), 'a@example.org', ('ops@example.org', 'dev@example.org'), 'subject')"],
        ["args=(('mail', 25), 'a@x.org', ['b@x.org'], 's', None, ('/etc/ssl/k.pem', '/etc/ssl/c.pem'))"],
        ["args=(sys.stdout,)"],
    ],
)  # fmt: skip
def test_look_alikes_away_from_a_name_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # after a plain scalar: the next key, and a line below it
        ["  password: Hq3Wz8Lp5Rt2Nv", "  user: svc", "    nested: value"],
        ["  password: Hq3Wz8Lp5Rt2Nv", "    - item"],
        # a line shorter than a terminal's width, then the next line
        ["short line pw=Tq8zW3mKx7", "mKx7Lp2Nv9 retry=1"],
        # a line of a terminal's width, then a line of its own (a level word, a date)
        ["I0412 10:11:12.123456 main.go:42] connecting to upstream cache with settings host=cache-01 pw=Tq8zW3", "INFO next record"],
        ["I0412 10:11:12.123456 main.go:42] connecting to upstream cache with settings host=cache-01 pw=Tq8zW3", "2026-04-12 10:11:13 next"],
    ],
)  # fmt: skip
def test_lines_after_a_secret_stay(lines: list[str]) -> None:
    out = list(Redactor().lines(lines))
    assert lines[0] not in out and out[1:] == lines[1:]


def test_a_doubled_quote_keeps_a_literal_whole() -> None:
    # one value, one replacement: not two halves around the doubled quote
    out = Redactor()("SELECT AES_ENCRYPT(body, 'Vq8nL3''wKz5xPm2Rt') FROM t;")
    assert re.fullmatch(r"SELECT AES_ENCRYPT\(body, '\[REDACTED:\w+:\d+\]'\) FROM t;", out), out
    assert literal_end("'ab''cd', x", 0, 11) == 7
    assert literal_end("'ab\\'cd', x", 0, 11) == 7
    assert literal_end("'abcd", 0, 5) >= 5  # not closed before the end
