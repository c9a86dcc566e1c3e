"""Classes of secrets and look-alikes in what admins capture for a case (the second set of changes
for holdout13): values folded at a fixed width over several lines, gdb's `char *` arguments, the
record of a key in a cloud API response, OAuth's `code` in a HAR query array, Honeycomb's header,
env values kubectl's jsonpath prints, SSM exports, Docker records that split a line, a traceback's
locals for a variable passed as a secret, base64 of pretty-printed JSON, external-secrets' fake
provider."""

from __future__ import annotations

import json

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

_JWT = (
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ZjJhYjljMC03ZTFkLTRhNWItOGMzZi0yZDZlOWIx"
    "YTdjNDUiLCJzY29wZSI6InJ1bnM6cmVhZCIsImV4cCI6MTc4MDAwMDAwMH0.Qm7Xw2Lp9Rt4Kd8Nz3Vb6Hc1Fg5Js0"
    "Ty7Ua2Ie4Ow8Pq"
)


def _fold(prefix: str, value: str, width: int) -> list[str]:
    text = prefix + value
    return [text[i : i + width] for i in range(0, len(text), width)]


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a JWT folded at 80 and at 64 columns: every piece after the name goes
        [_fold("ts=2026 level=debug access_token=", _JWT, 80), [_JWT[-20:], _JWT[90:130]]],
        [_fold("refresh_token: ", _JWT, 64), [_JWT[-20:], _JWT[100:140]]],
        # base64 of an env file wrapped at 76 columns, its short last line too
        [
            [
                "Content-Transfer-Encoding: base64",
                "",
                "IyBlbnYKTE9HX0xFVkVMPWluZm8KREJfUEFTU1dPUkQ9V3E4UnQzTHA1WngyTnY3UW00S2Q5THgy",
                "VHo3UnczUG44CkFQSV9UT0tFTj1IcTVSdDhMcDNadzJWbjdCYzRNZDlLeDFUZjZZczBKaDNRdzhS",
                "dDVMcDJQbTdOYzRLeDlWYjEK",
            ],
            ["VHo3UnczUG44CkFQSV9UT0tFTj1IcTVSdDhMcDNadzJWbjdCYzRNZDlLeDFUZjZZczBKaDNRdzhS", "dDVMcDJQbTdOYzRLeDlWYjEK"],
        ],
        # gdb prints a char * as its address, then the string (`bt full`, `print *conn`)
        [['#2  0x00005581c2d3 in PQconnectdbParams (host=0x7f10 "db", password=0x7f2c "Xq7Lp2Wn9Rt", port=0x7f3a "5432")'], ["Xq7Lp2Wn9Rt"]],
        [['$1 = {user = 0x55d0 "wandb", secret = 0x55e8 "Kw8Rn3Lp5Tz2", timeout = 30}'], ["Kw8Rn3Lp5Tz2"]],
        # the record of a key in a cloud API response (Azure listKeys; Service Bus in either case)
        [['{"keys":[{"keyName":"key1","value":"Zx8Lq2Wn5Rt7Kp3Vb9Mc4Nd6Fg1Hj0==","permissions":"FULL"}]}'], ["Zx8Lq2Wn5Rt7Kp3Vb9Mc4Nd6Fg1Hj0=="]],
        [['DEBUG body: [{"KeyName":"secondary","Value":"Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0"}]'], ["Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0"]],
        # OAuth's code in a HAR query array, on one line
        [['            { "name": "code", "value": "Zq8Lm3Xw-7Rt_Kp2Vn5Bc9Hd" },'], ["Zq8Lm3Xw-7Rt_Kp2Vn5Bc9Hd"]],
        [['{"name":"code","value":"40AbCdEf9Gh2Ij_kLmN3oPqR5sT"}'], ["40AbCdEf9Gh2Ij_kLmN3oPqR5sT"]],
        # Honeycomb's key as an OTel exporter's header, in the collector's debug log and config
        [['2026-06-08T21:21:34Z\tdebug\totlphttpexporter/otlp.go:161\tPreparing\t{"headers": {"x-honeycomb-team": "Hq3Wz8Lp5Rt2Nv"}}'], ["Hq3Wz8Lp5Rt2Nv"]],
        [['    headers: {"X-Honeycomb-Team": "Lm4Qx9Rt2Vz7Np", "x-honeycomb-dataset": "wandb"}'], ["Lm4Qx9Rt2Vz7Np"]],
        # env values kubectl's jsonpath prints, joined by spaces or one a line
        [["$ kubectl get pod w-0 -o jsonpath='{.spec.containers[*].env[*].value}'", "info https://wandb.example.org 8080 Qx7Lm2Rt9Wn4Kp false"], ["Qx7Lm2Rt9Wn4Kp"]],
        [["kubectl get deploy/wandb -o jsonpath='{range .spec.template.spec.containers[0].env[*]}{.value}{\"\\n\"}{end}'", "info", "Zt4Wq9Lm2Rx7Hd", "v0.52.1"], ["Zt4Wq9Lm2Rx7Hd"]],
        # an SSM parameter export: the value after `SecureString`, in TSV and in CSV
        [["\ufeffname\ttype\tvalue\tupdated", "wandb-smtp\tSecureString\tNw5Kq2Rt8Lz4Xp\t2026-07-13T05:21:47Z"], ["Nw5Kq2Rt8Lz4Xp"]],
        [["Name,Type,Value", '/wandb/prod/redis,SecureString,"Pq7Xn3Lk9Wr2Tz"'], ["Pq7Xn3Lk9Wr2Tz"]],
        # a Docker json-file record that ends inside a token: the rest starts the next record
        [
            [
                '{"log":"level=info msg=\\"agent up\\" api_token=Wq8Rt3Lp5Zx2","stream":"stdout","time":"2026-01-01T00:00:00Z"}',
                '{"log":"Nv7Qm4Kd9Lx2 queue=default\\n","stream":"stdout","time":"2026-01-01T00:00:00Z"}',
            ],
            ["Wq8Rt3Lp5Zx2", "Nv7Qm4Kd9Lx2"],
        ],
        # a variable passed as a secret argument, then a traceback's locals print it
        [["   41     api = wandb.Api(api_key=key, timeout=30)", "api undefined", "key = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567'"], ["0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"]],
        [["    client.login(password=pw)", "", "pw         = 'Tq8Wz3Lk5Rn'", "user       = 'admin'"], ["Tq8Wz3Lk5Rn"]],
        # base64 of pretty-printed JSON or of a list (a HAR's response body, `"encoding": "base64"`)
        [['            "text": "eyAidXNlciI6ICJ4IiwgInBhc3N3b3JkIjogIktxOFd6M0xwNVJ0MiIgfQ==",', '            "encoding": "base64"'], ["eyAidXNlciI6ICJ4IiwgInBhc3N3b3JkIjogIktxOFd6M0xwNVJ0MiIgfQ=="]],
        [['  "text": "ewogICJ0b2tlbiI6ICJOdjdRbTRLZDlMeDJQcSIKfQ==",'], ["ewogICJ0b2tlbiI6ICJOdjdRbTRLZDlMeDJQcSIKfQ=="]],
        [['{"text":"W3sibmFtZSI6ImNpIiwiYXBpS2V5IjoiTG0zUXg4UnQ1VnoyTnA3In1d","encoding":"base64"}'], ["W3sibmFtZSI6ImNpIiwiYXBpS2V5IjoiTG0zUXg4UnQ1VnoyTnA3In1d"]],
        # what external-secrets' fake provider serves, in a list or as a flow item
        [["spec:", "  provider:", "    fake:", "      data:", "        - key: /wandb/mysql", '          value: "Hq5Rt8Lp3Zw"', "          version: v1", "        - key: smtp", "          value: Mw4Kd9Lq2Tz"], ["Hq5Rt8Lp3Zw", "Mw4Kd9Lq2Tz"]],
        # a token between JSON-escaped tabs on a line that speaks of one: a token of its own
        [['{"log": "2021-08-03T18:24:13.508Z\\tINFO\\tissued api token\\tKq7Lm9Zx2Pw4Rt8VbHn3Jc\\tok\\n"}'], ["Kq7Lm9Zx2Pw4Rt8VbHn3Jc"]],
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # base64 of harmless text, wrapped: nothing named, nothing taken
        [
            "Content-Transfer-Encoding: base64",
            "",
            "TE9HX0xFVkVMPWluZm8KV0FOREJfQkFTRV9VUkw9aHR0cHM6Ly93YW5kYi5leGFtcGxlLm9yZwpQ",
            "T1JUPTgwODAK",
        ],
        # gdb pointers beside names that are no secret
        ['#3  0x00005581c2d3 in connect (host=0x7f10 "db.internal", user=0x7f1c "wandb", port=3306)'],
        # a key pair's record holds no value; a key record's value that is null
        ['{"KeyName":"deploy","KeyFingerprint":"1f:51:ae:28:bf:89:e9:d8:1f:25","KeyPairId":"key-0a1b2c3d"}'],
        ['  {"keyName": "primaryKey", "value": null}'],
        # a `code` that is an error, a country or a short number
        ['  { "name": "code", "value": "ERR_CONNECTION_REFUSED_1" },'],
        ['{"name":"code","value":"US"}', '{"name":"code","value":"4711"}'],
        ['  { "name": "code", "value": "invalid_grant_expired_token" },'],
        # base64 of JSON that names no secret
        ['            "text": "eyAic3RhdHVzIjogIm9rIiwgImNvdW50IjogMTIgfQ==",', '            "encoding": "base64"'],
        ['  "text": "W3siaWQiOjEsIm5hbWUiOiJydW4tNyJ9XQ==",'],
        # after the fake provider's block, a `value:` is read as ever; `fake: true` is a flag
        ["    fake:", "      data: []", "  target:", "    template:", "      value: production"],
        ["mocks:", "  fake: true", "  value: production"],
        # Honeycomb's dataset is a name
        ['    headers: {"x-honeycomb-dataset": "wandb-traces"}'],
        # env names, or values that are words, URLs, ports, versions, pod names
        ["$ kubectl get pod w-0 -o jsonpath='{.spec.containers[*].env[*].name}'", "MYSQL_HOST GORILLA_SESSION_STORE_PASSWORD"],
        ["kubectl get pod w-0 -o jsonpath='{.spec.containers[*].env[*].value}'", "production https://wandb.example.org 8080 v0.52.1 wandb-app-7f9c8d6b5-x2k4q /var/lib/wandb"],
        # an SSM export's String row; a SecureString whose value is already a reference
        ["name\ttype\tvalue", "wandb-region\tString\tus-east-1", "wandb-db\tSecureString\tarn:aws:kms:us-east-1:123456789012:key/abc"],
        # Docker records whose lines end, and a partial record with no secret
        [
            '{"log":"level=info msg=\\"agent up\\" workers=4","stream":"stdout","time":"2026-01-01T00:00:00Z"}',
            '{"log":"queue=default\\n","stream":"stdout","time":"2026-01-01T00:00:00Z"}',
        ],
        # a variable passed under a name no secret has; a local of another name
        ["    api = wandb.Api(api_key=key)", "url = 'https://wandb.example.org'", "key_id = 'AKIDEXAMPLE'"],
        ["    connect(host=host, port=port)", "host = 'db.internal'"],
        # fields a JSON-escaped tab joins, none generated (istio's `cache` logger, a method's name)
        ['{"log": "2022-03-21T02:31:33.650926Z\\tinfo\\tcache\\tGenerateSecret from file default\\n"}'],
        # a setting before a quote escaped twice (JSON in a json-file record): the escapes are
        # no characters of a token (`x509ignoreCN=0` is too short for one)
        ['{"log": "lvl=eror msg=\\"SendMessageWithResponse Recv error\\" error=\\"rpc error: code = Unavailable desc = connection error: desc = \\\\\\"transport: authentication handshake failed: x509: certificate relies on legacy Common Name field, use SANs or temporarily enable Common Name matching with GODEBUG=x509ignoreCN=0\\\\\\"\\"\\n"}'],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_fold_ends_at_a_word() -> None:
    """After a folded secret, a word or a sentence is no piece of it."""
    lines = [*_fold("id_token=", _JWT, 80)[:2], "done", "next step: upload", "ab12"]
    out = list(Redactor().lines(lines))
    assert out[2:] == lines[2:] and _JWT[20:40] not in "\n".join(out), out


def test_a_message_that_ends_in_a_secret_name_is_no_cell() -> None:
    """zap's console record in a Docker json-file record: its message ends in `token`, its fields
    follow after a tab; they are no value of a cell that message names (tabbed.py), and the error
    they hold stays readable (actions/actions-runner-controller#712, its URL masked in the paste):
    the record stays whole, as written and escaped in JSON (the escaped tabs join no token, Go's
    `Post "…": …` with its URL masked opens a message, no value after `token:`)."""
    record = (
        "2021-08-03T18:24:13.508Z\tERROR\tactions-runner-controller.runner\tFailed to get new"
        ' registration token\t{"runner": "example-enterprise-runner", "error": "failed to create'
        ' registration token: Post \\"*********************/actions/runners/registration-token'
        '\\": x509: certificate signed by unknown authority"}'
    )
    line = json.dumps({"log": record + "\n", "stream": "stderr", "time": "2026-01-01T00:00:00Z"})
    assert list(Redactor().lines([line])) == [line]
    assert list(Redactor().lines([record])) == [record]
