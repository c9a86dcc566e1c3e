"""Secrets a tool shows where no name says so: the value of an object whose sibling member marks
it secret (Keycloak's client secret, Terraform's sensitive outputs, CI variable APIs), the output
of a command that reveals or transforms a secret (`rclone reveal`, GitHub's debug evaluation of
`secrets.X`, a job that masked a secret and then echoes it in another form), a secret split into
pieces (a list of chunks, concatenated literals) and Python's bytes literals. And the look-alikes
of the same places, which stay byte for byte."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # Keycloak's `kcadm.sh get …/client-secret`, pretty-printed
        (["$ kcadm.sh get clients/1f0c/client-secret -r prod", "{", '  "type" : "secret",', '  "value" : "Hq7Lm2Zp9WkR4tXv8NcB3sYd"', "}"], ["Hq7Lm2Zp9WkR4tXv8NcB3sYd"]),
        # Terraform's `output -json`: the mark before the type and the value
        (["{", '  "db_pw": {', '    "sensitive": true,', '    "type": "string",', '    "value": "Tz4-Qm8Lx.Vn"', "  }", "}"], ["Tz4-Qm8Lx.Vn"]),
        # ... an output whose value is an object, the mark after it
        (["{", '  "creds": {', '    "value": {', '      "user": "svc7admin",', '      "pw": "Kd9#vLq2Wz"', "    },", '    "sensitive": true', "  }", "}"], ["svc7admin", "Kd9#vLq2Wz"]),
        # a CI variable API (GitLab: the value before `masked`), in JSON and YAML
        (["[", "  {", '    "key": "DEPLOY_KEY_B",', '    "value": "pR3vX9zQ2mLk",', '    "protected": false,', '    "masked": true', "  }", "]"], ["pR3vX9zQ2mLk"]),
        (["variables:", "  - key: SMTP_RELAY", "    masked: true", "    value: Wq5tYh2Lp9Zr"], ["Wq5tYh2Lp9Zr"]),
        # a JSON naming member and its value a few members on
        (["{", '  "key": "API_TOKEN",', '  "environment_scope": "*",', '  "value": "Zq8xLm2Pw7Kd"', "}"], ["Zq8xLm2Pw7Kd"]),
        # a Postman environment's secret-typed value, and the same object on one line
        (['{"key": "upstream", "value": "Nh6Ts1Vb8Qw3", "type": "secret", "enabled": true}'], ["Nh6Ts1Vb8Qw3"]),
        (['{"isSecret": true, "value": "Gx2Kp7Wm4Rz9"}'], ["Gx2Kp7Wm4Rz9"]),
    ],
)  # fmt: skip
def test_a_value_its_sibling_marks_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # no mark: a type that names no secret, a flag that says false
        ["{", '  "region": {', '    "sensitive": false,', '    "type": "string",', '    "value": "Xk3mQ9zLp2wR"', "  }", "}"],
        ["{", '  "type" : "string",', '  "value" : "Hq7Lm2Zp9WkR4tXv"', "}"],
        # a mark in a nested object holds nothing of its parent's members
        ["{", '  "value": "Hq7Lm2Zp9WkR",', '  "meta": {', '    "sensitive": true', "  }", "}"],
        # a sequence's next item is no sibling
        ["- type: password", "  name: db", "- type: string", "  value: Hq7Lm2Zp9WkR"],
    ],
)  # fmt: skip
def test_an_unmarked_object_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # rclone's obscured password is reversible: both forms
        (["$ rclone reveal Fq0x8Wm1Zt3Kp9Lb2Vn6Hs4Jd7Yc5Rg", "Xv7-Km2.Pq9_Lz"], ["Fq0x8Wm1Zt3Kp9Lb2Vn6Hs4Jd7Yc5Rg", "Xv7-Km2.Pq9_Lz"]),
        (["$ rclone obscure 'Xv7-Km2.Pq9_Lz'", "Fq0x8Wm1Zt3Kp9Lb2Vn6Hs4Jd7Yc5Rg"], ["Fq0x8Wm1Zt3Kp9Lb2Vn6Hs4Jd7Yc5Rg", "Xv7-Km2.Pq9_Lz"]),
        # a secret variable transformed on its way out
        (["$ echo \"$REDIS_PASSWORD\" | rev", "zL9_qP.2mK-7vX"], ["zL9_qP.2mK-7vX"]),
        (["+ printf '%s' \"$API_TOKEN\" | base64", "WHY3LUttMi5QcTlfTHo="], ["WHY3LUttMi5QcTlfTHo="]),
        # GitHub's step debug log evaluating a secret: the value on its way, not the index
        (["##[debug]Evaluating: secrets.SMTP_PASS", "##[debug]Evaluating Index:", "##[debug]..=> Object", "##[debug]..=> 'SMTP_PASS'", "##[debug]=> 'Rt5#Lk8wQz2v'", "##[debug]Result: '***'"], ["Rt5#Lk8wQz2v"]),
        # ... and its result, when the runner did not recognise the value to mask it
        (["##[debug]Evaluating: format('{0}', secrets.SMTP_PASS)", "##[debug]Result: 'Rt5#Lk8wQz2v'"], ["Rt5#Lk8wQz2v"]),
        # a job that masked a secret, then echoes it in another form (the runner masks the exact
        # value only)
        (["2024-05-01T09:00:00.1234567Z API_TOKEN=***", "2024-05-01T09:00:00.1234567Z + echo WHY3LUttMi5QcTlfTHo=", "2024-05-01T09:00:00.1234567Z WHY3LUttMi5QcTlfTHo="], ["WHY3LUttMi5QcTlfTHo"]),
        (["Masking supported pattern matches of $SMTP_PW", "[Pipeline] sh", "+ echo Xv7-Km2.Pq9_Lz | rev", "zL9_qP.2mK-7vX"], ["Xv7-Km2.Pq9_Lz", "zL9_qP.2mK-7vX"]),
        # Jenkins' warning that Groovy interpolated a secret into a step's command
        (['Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.', "\t\t Affected argument(s) used the following variable(s): [WB_TOKEN]", "[Pipeline] sh", "+ curl -H 'Authorization: Bearer ****' https://wandb.example.com/api/ping", "+ echo af_oN1oRSRoPa5SOSbxP3b3rUaC3VlvefD | rev"], ["af_oN1oRSRoPa5SOSbxP3b3rUaC3VlvefD"]),
    ],
)  # fmt: skip
def test_a_command_s_output_of_a_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        ["$ echo $HOME | rev", "tnemyolped/emoh/"],
        ["$ rclone ls remote:backups", "  1048576 dump-2024-05-01.sql.gz"],
        # a debug evaluation of no secret
        ["##[debug]Evaluating: github.ref_name", "##[debug]=> 'release-7x'", "##[debug]Result: 'release-7x'"],
        # a test of a secret's presence: its result is a boolean (and a line after it is no value)
        ["##[debug]Evaluating: (secrets.SMTP_PASS != '')", "##[debug]Result: true", "##[debug]=> 'release-7x'"],
        # after a masked secret: a commit, a word, a variable
        ["API_TOKEN=***", "+ echo 3f2a9c0d1e2b3a4c5d6e7f80", "3f2a9c0d1e2b3a4c5d6e7f80", "+ echo building", "building", "+ echo $HOME"],
        # no masking announced: a literal echoed is the job's own text
        ["[Pipeline] sh", "+ echo Build-42-Release", "Build-42-Release"],
        # after Groovy's interpolation warning: a word, a variable
        ['Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.', "[Pipeline] sh", "+ echo deploying", "deploying", "+ echo $WORKSPACE"],
    ],
)  # fmt: skip
def test_an_output_of_no_secret_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        (['  "password_parts": [', '    "Tq8zW3mKx7Lp",', '    "2Nv9Hr4Bc6Ys"', "  ]"], ["Tq8zW3mKx7Lp", "2Nv9Hr4Bc6Ys"]),
        (["api_token_chunks: [", "  'Kd9#vLq2',", "  'Wz4!mPx8'", "]"], ["Kd9#vLq2", "Wz4!mPx8"]),
        (['"password": ["Kd9v", "Lq2W", "z4mP"]'], ["Kd9v", "Lq2W", "z4mP"]),
        (["DB_PASSWORD = 'Kd9v' + 'Lq2W' + 'z4mP'"], ["Kd9v", "Lq2W", "z4mP"]),
        (['char *secret = "Kd9vLq" "2Wz4mP";'], ["Kd9vLq", "2Wz4mP"]),
        (["$token = 'Kd9v' . 'Lq2W' . 'z4mP';"], ["Kd9v", "Lq2W", "z4mP"]),
    ],
)  # fmt: skip
def test_a_secret_in_pieces_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        ["hosts: [", '  "db-1.example.com",', '  "db-2.example.com"', "]"],
        ['"hosts": ["db-1.example.com", "db-2.example.com"]'],
        ['"token_endpoint_auth_methods": ["client_secret_basic", "private_key_jwt"]'],
        ["greeting = 'Kd9v' + 'Lq2W' + 'z4mP'"],
    ],
)  # fmt: skip
def test_pieces_of_no_secret_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("DEBUG conn: auth payload b'\\x4b\\x64\\x39\\x23\\x76\\x4c\\x71\\x32\\x57\\x7a'", "\\x4b\\x64\\x39\\x23\\x76\\x4c\\x71\\x32\\x57\\x7a"),
        ("password = bytes([0x4b, 0x64, 0x39, 0x23, 0x76, 0x4c, 0x71, 0x32])", "0x4b, 0x64, 0x39, 0x23"),
        ("api_key: bytes([75, 100, 57, 35, 118, 76, 113, 50])", "75, 100, 57, 35"),
        ("token = bytearray(b'\\x4b\\x64\\x39\\x23\\x76\\x4c\\x71\\x32')", "\\x4b\\x64\\x39\\x23"),
        ("secret=b'Kd9#vLq2Wz'", "Kd9#vLq2Wz"),
    ],
)  # fmt: skip
def test_a_bytes_literal_after_a_secret_name_goes(line: str, secret: str) -> None:
    out = Redactor()(line)
    assert secret not in out, out


@pytest.mark.parametrize(
    "line",
    [
        "header = b'\\x4b\\x64\\x39\\x23\\x76\\x4c\\x71\\x32\\x57\\x7a'",
        "auth packet b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07'",
        "auth method b'mysql_native_password'",
        "session data bytes([104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100])",
    ],
)
def test_a_bytes_literal_of_no_secret_stays(line: str) -> None:
    assert Redactor()(line) == line
