"""Secret names in the scripts of the major languages, elements in XML namespaces, vendors'
key headers, and the look-alikes beside them (empty, masked and referenced values, entries that
describe a password): what goes, and what must come back byte for byte."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor

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
    out = "\n".join(Redactor().lines(lines))
    assert _PW not in out and "[REDACTED:" in out


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
    assert list(Redactor().lines(lines)) == lines
