"""Secrets of identity providers and single sign-on, by class: a note between a secret's name
and its value, OAuth's device code, MFA recovery codes and TOTP seeds, Kerberos passwords and
keys, a secret a one-liner generates and prints, a private key's DER under a label; and their
look-alikes (help text, lifetimes, a path built from a variable). Both prefilter engines."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.prefilter import ENV_ENGINE

ENGINES = ["hyperscan", "re"]


def _redacted(lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENV_ENGINE, engine)
    return "\n".join(Redactor().lines(lines))


# a CLI that shows a new key once names it, then says so in brackets, then the colon
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("API key (shown once): 758617a2c636f078aa84a1a7edcbbc1ff2958e65", "758617a2c636f078aa84a1a7edcbbc1ff2958e65"),
        ("api_key (copy it now): Zq8Lm2Pw7Kd4Rt9Vx3NyB6cH", "Zq8Lm2Pw7Kd4Rt9Vx3NyB6cH"),
        ("Client secret (shown only once): 8AbcQ9xYzT3kLmN0pQrStUvWx", "8AbcQ9xYzT3kLmN0pQrStUvWx"),
        ("Password (generated): gT7#kq2LmZ9xW4", "gT7#kq2LmZ9xW4"),
        # a date in the note (an old value kept in a YAML comment)
        ("  # old password (rotated 2026-02): G8x%rjBG!G+*%j", "G8x%rjBG!G+*%j"),
        ("Storage key (v2, 2025-11): Zq8Lm2Pw7Kd4Rt9Vx3NyB6cH", "Zq8Lm2Pw7Kd4Rt9Vx3NyB6cH"),
    ],
)  # fmt: skip
def test_a_note_between_the_name_and_the_value(
    engine: str, line: str, secret: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert secret not in _redacted([line], engine, monkeypatch)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "line",
    [
        "API key (shown once): see the team settings page",
        "def token(self) -> str:",
        # a docstring's parameter, its type in brackets, then its description
        "    token (str, optional): The API token used to authenticate.",
        "    client_secret (Optional): client secret of the app",
        "Password (optional): none",
        "password (min 12 chars, 2 digits): required",
        "    token (str, 2.0+): The API token used to authenticate.",
    ],
)
def test_a_note_before_no_value(engine: str, line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _redacted([line], engine, monkeypatch) == line


# RFC 8628's device authorization response: the device code buys tokens; the user code is shown
# to the user, and counts of recovery codes are numbers
@pytest.mark.parametrize("name", ["device_code", "deviceCode", "recovery_codes", "RECOVERY_CODE"])
def test_device_and_recovery_codes_are_secret_names(name: str) -> None:
    assert is_secret_name(name)


@pytest.mark.parametrize(
    "name",
    ["user_code", "recovery_codes_remaining", "recovery_codes_total", "device_code_expires_in"],
)
def test_names_about_codes_are_not(name: str) -> None:
    assert not is_secret_name(name)


@pytest.mark.parametrize("engine", ENGINES)
def test_device_flow_and_recovery_codes_in_json(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        "{",
        '  "device_code": "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS",',
        '  "user_code": "WDJB-MJHT",',
        '  "verification_uri": "https://idp.example.net/activate",',
        '  "recovery_codes": [ "mT2f6WVSyO0v44ySBPz8HVu2" ]',
        "}",
    ]
    out = _redacted(lines, engine, monkeypatch)
    assert "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS" not in out
    assert "mT2f6WVSyO0v44ySBPz8HVu2" not in out
    assert "WDJB-MJHT" in out


@pytest.mark.parametrize("engine", ENGINES)
def test_recovery_codes_printed_under_their_announcement(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        "Save these recovery codes in a safe place:",
        "  itybp-gfajh    e03sa-lm547",
        "  jo3s5-tdovb    j17ri-gwux9",
        "Each code can be used once.",
    ]
    out = _redacted(lines, engine, monkeypatch)
    for code in ("itybp-gfajh", "e03sa-lm547", "jo3s5-tdovb", "j17ri-gwux9"):
        assert code not in out
    assert out.endswith("Each code can be used once.")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "lines",
    [
        ["Recovery codes:", "  None generated yet", "Run `mfa enroll` first."],
        ["Backup codes: see below", "  regenerate them with --reset"],
        ["INFO mfa user=kb@example.org recovery_codes_remaining=7 recovery_codes_total=10"],
    ],
)
def test_no_codes_below_the_announcement(
    engine: str, lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _redacted(lines, engine, monkeypatch) == "\n".join(lines)


@pytest.mark.parametrize("engine", ENGINES)
def test_google_authenticator_file_seed_and_scratch_codes(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        "$ cat ~/.google_authenticator",
        "63CRVD6NLHQRPMSLVL64OFRTXFGNQ6LQ",
        '" RATE_LIMIT 3 30',
        '" WINDOW_SIZE 17',
        '" TOTP_AUTH',
        "45032600",
        "18876106",
        "$ date +%Y%m%d",
        "20240105",
    ]
    out = _redacted(lines, engine, monkeypatch)
    for secret in ("63CRVD6NLHQRPMSLVL64OFRTXFGNQ6LQ", "45032600", "18876106"):
        assert secret not in out, out
    assert '" RATE_LIMIT 3 30' in out and '" TOTP_AUTH' in out, out
    assert "20240105" in out, out  # (the next command's output: the file ended at its prompt)


@pytest.mark.parametrize("engine", ENGINES)
def test_numbers_below_a_seed_without_option_lines_stay(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (no option line after the seed: not the file's layout, the numbers are something else)
    lines = ["$ cat ~/.google_authenticator", "63CRVD6NLHQRPMSLVL64OFRTXFGNQ6LQ", "20240105"]
    out = _redacted(lines, engine, monkeypatch)
    assert "63CRVD6NLHQRPMSLVL64OFRTXFGNQ6LQ" not in out and "20240105" in out, out


@pytest.mark.parametrize("engine", ENGINES)
def test_google_authenticator_pam_line_keeps_its_path(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = "auth required pam_google_authenticator.so secret=/var/lib/google-auth/${USER} user=root"
    assert _redacted([line], engine, monkeypatch) == line


# MIT Kerberos: kadmin's `-w`, addprinc's and cpw's `-pw`, a password piped into kinit, and the
# keys `klist -K` prints
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("$ kadmin -p admin/admin -w 'vjDN2B+XsAaq2O' -q \"ktadd -k /tmp/http.keytab HTTP/wandb.corp.example.com\"", "vjDN2B+XsAaq2O"),
        ('# kadmin.local -q "addprinc -pw MiwY!IE9X8d2VGHc4O_JR svc-wandb@CORP.EXAMPLE.COM"', "MiwY!IE9X8d2VGHc4O_JR"),
        ("kadmin:  cpw -pw Tr0ub4dor-x9 alice@EXAMPLE.COM", "Tr0ub4dor-x9"),
        ("+ echo 'ph5cbcWsE3piX_AD' | kinit svc-wandb@CORP.EXAMPLE.COM", "ph5cbcWsE3piX_AD"),
        ("   3 HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM (aes256-cts-hmac-sha1-96)  (0xbc210a26057de983069ab497e22d9f4e94fc3e4dbcff10039c8f34479b558ba3)", "bc210a26057de983069ab497e22d9f4e94fc3e4dbcff10039c8f34479b558ba3"),
        ("   2 host/db.example.com@EXAMPLE.COM (0xfd7abf3632437c4f6b6c198898d4f6d5)", "fd7abf3632437c4f6b6c198898d4f6d5"),
    ],
)  # fmt: skip
def test_kerberos_passwords_and_keys(
    engine: str, line: str, secret: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert secret not in _redacted([line], engine, monkeypatch)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "line",
    [
        '# kadmin.local -q "addprinc -randkey HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM"',
        "+ kinit -kt /etc/krb5/wandb.keytab HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM",
        "Etype (skey, tkt): aes256-cts-hmac-sha1-96, aes256-cts-hmac-sha1-96",
        "   3 HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM (aes256-cts-hmac-sha1-96)",
        "0x00007ffb12340000 ntdll.dll (0x00007ffb12340000)",
    ],
)
def test_kerberos_look_alikes(engine: str, line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _redacted([line], engine, monkeypatch) == line


# a one-liner that generates a secret prints it on the next line (oauth2-proxy's documented
# way to make a cookie secret); written to a file or taken by `$(…)`, nothing is printed
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "command",
    [
        "$ python -c 'import os,base64; print(base64.urlsafe_b64encode(os.urandom(32)).decode())'",
        "$ openssl rand -base64 32",
        "$ python3 -c 'import secrets; print(secrets.token_urlsafe(32))'",
        "$ head -c 32 /dev/urandom | base64",
    ],
)
def test_generated_secret_printed(
    engine: str, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    value = "zkwF3KOfFo2eu-jj9PO_tQk_0g9QYupeJOu_NhZvIKc="
    assert value not in _redacted([command, value], engine, monkeypatch)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "lines",
    [
        ["$ openssl rand -hex 32 > cookie.secret", "$ ls cookie.secret"],
        ["export COOKIE_SECRET=$(openssl rand -hex 16)", "oauth2-proxy-7c9f8d-x2k4q"],
        ["$ openssl rand -help", "Usage: rand [options] num"],
    ],
)
def test_generated_secret_not_printed(
    engine: str, lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _redacted(lines, engine, monkeypatch) == "\n".join(lines)


@pytest.mark.parametrize("engine", ENGINES)
def test_private_key_der_under_a_label(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "MIIEvgKB01JOfoycQkzwQGQxGWoThNtwrSJ6ks0oUFV2Ba/qmjcnzk6jPH69Igu9ufZbA2d3YIx4B7JTD8x33f3"
    cert = "MIIC0VLal/AMZIHK0sJtK33OPjHS+EGi3V51lY68cgs+tOtVenQRlxinkyJ8AME6oqeMJC1JhHFmg73Vp"
    lines = [
        f"<ds:X509Data><ds:X509Certificate>{cert}</ds:X509Certificate></ds:X509Data>",
        f"<!-- private: {key} -->",
    ]
    out = _redacted(lines, engine, monkeypatch)
    assert key[8:] not in out
    assert cert in out


# lifetimes, a list of apps and a help text's metavar are not the secrets they are about
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "line",
    [
        '      --cookie-expire duration               expire timeframe for cookie (default 168h0m0s)',
        '{"id":"00Tp6NKT3DnesxrS2Y0","name":"wandb-scim","tokenWindow":"P30D","userId":"00uqGWcmRbkAWB2fMrF"}',
        '  "otpSupportedApplications" : [ "totpAppFreeOTPName", "totpAppGoogleName" ],',
    ],
)  # fmt: skip
def test_lifetimes_and_lists_about_secrets(
    engine: str, line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _redacted([line], engine, monkeypatch) == line
