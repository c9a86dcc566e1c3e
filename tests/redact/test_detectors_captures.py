"""Classes of secrets and look-alikes in what admins capture for a case (holdout13's second
round): values folded at a fixed width over several lines, gdb's `char *` arguments, the record
of a key in a cloud API response, OAuth's `code` in a HAR query array."""

from __future__ import annotations

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
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_fold_ends_at_a_word() -> None:
    """After a folded secret, a word or a sentence is no piece of it."""
    lines = [*_fold("id_token=", _JWT, 80)[:2], "done", "next step: upload", "ab12"]
    out = list(Redactor().lines(lines))
    assert out[2:] == lines[2:] and _JWT[20:40] not in "\n".join(out), out
