"""The leak gate on values it reads by a form of their own (wbdiag/redact/gatevalues.py, and the
gate's UTF-16 reading, webhook URLs, words for "key" in other languages, cache keys): made-up
leaks it must flag and look-alikes it must leave alone, with both prefilter engines."""

from __future__ import annotations

import pytest

from tests.redact.gatecases import ENGINES, flagged, look_alikes_test
from wbdiag.redact import gatevalues as gv
from wbdiag.redact.prefilter import ENV_ENGINE


def _wide(text: str, big_endian: bool = False) -> str:
    """`text` in UTF-16 as a tool shows its bytes one by one."""
    return "".join("\x00" + c if big_endian else c + "\x00" for c in text)


LEAKS = [
    # UTF-16 text read as bytes, little and big endian, with a BOM and CRLF
    ["\xff\xfe" + _wide("DB_HOST=db.internal\r"), _wide("DB_PASS=Rk4!tW9zQm2Lx\r")],
    [_wide("export API_TOKEN=7b1e09c4d2f8a6e3b5c7d9f1a2e4c6b8", big_endian=True)],
    # "key" in other languages
    ["api_sleutel: Zr8Kp2Lm9Qw4Xv7Hn"],
    ["KLUCZ_DOSTEPU=c81f4a0e9b2d7c3f5e6a1b8d4f0c2e9a7b3d5f1e"],
    ["API-Schlüssel: Tq8ZwL3mKx9Pv2Rn"],
    ["ключ API: Tq8ZwL3mKx9Pv2Rn"],
    ["CHIAVE_API=Tq8ZwL3mKx9Pv2Rn"],
    # a SAML response or a client assertion, a bearer credential
    ["SAMLResponse=kX9vQ2rL8mZ4pT7wN3bH6yJ1cF5dG0sAUe7Rt4Yw2Qp9Lm"],
    ['{"name": "SAMLResponse", "value": "kX9vQ2rL8mZ4pT7wN3bH6yJ1cF5dG0s/A+Ue7Rt4Yw2Qp9Lm"}'],
    # a webhook's token in its URL path
    ["  url: https://chat.internal.example/hooks/Ab3dE6gH9jK2mN5pQ/Zx8Cv7Bn6Mq5Wr4Ty3Ui2Op1As0Df"],
    ["notify=https://ci.example.org:8443/api/webhooks/Lq2Wv8Zr5Tn3Kx7Pm9Bc4Hd6Jf"],
    # the rest of a value on the line after the part the redactor took
    ['  token: "[REDACTED:keyvalue:1]', '    Wq7LmZ2xKp9RvB3n"'],
    ["Your one-time code: [REDACTED:keyvalue:1]=", "Tz4nB8qLw2 =E2=80=94 valid 10 minutes"],
    # a quoted password with spaces
    ['machine db.example login "ana" password "Qw7.Z kR2pX vN9t"'],
    ["db_password = 'x7Kq pR2m Zt9v'"],
    # a UUID as a secret's whole value
    ['  "key": "5d2b6e1c-8f3a-4c7d-9e0b-1a2f3c4d5e6f",'],
    ["SNYK_TOKEN=0f8e2d4c-6b1a-4e9f-8d3c-7a5b2e1f9c04"],
    ["api_key: 9c3e7a15-2d4b-4f6e-a8c0-b1d3e5f7a9c2"],
    # Vault AppRole's secret_id, a secret named as an id; a Vault token by its shape
    [
        "$ vault write auth/approle/login role_id=5d2b6e1c-8f3a-4c7d-9e0b-1a2f3c4d5e6f secret_id=0f8e2d4c-6b1a-4e9f-8d3c-7a5b2e1f9c04"
    ],
    ["        secretId: 9c3e7a15-2d4b-4f6e-a8c0-b1d3e5f7a9c2"],
    ["id                  hvs.CAESIPq7Lm2Zx9Rk4Tw8Vb3Nc6Hd"],
    ['{"batch": {"issued": "hvb.AAAAAQKx7Lm2Zx9Rk4Tw8Vb3Nc6HdQp"}}'],
    # a setting named for a cache's key is still a setting
    ["REDIS_CACHE_KEY=Zr8Kp2Lm9Qw4Xv7Hn"],
    # code that prints a secret, and its output a few lines below
    ['>>> print(os.environ["DB_PASSWORD"])', "Xk29LmQz7Rv4Tn"],
    ['echo "$REDIS_PASSWORD"', "Tq8ZwL3mKx9Pv2Rn"],
    [
        '    "console.log(process.env.API_SECRET)"',
        "   ],",
        '   "outputs": [{"output_type": "stream", "text": [',
        '     "Zr8Kp2Lm9Qw4Xv7Hn\\n"',
    ],
    # a password field's value
    ['<input type="password" name="pw" value="Zx8cV7bN6mQ5wR4">'],
    [
        '"_model_name": "PasswordModel",',
        '"description": "Token:",',
        '"value": "Lq2Wv8Zr5Tn3Kx7Pm9"',
    ],
    ['{"type": "password",', ' "default": "Rk4tW9zQm2Lx7Bv"}'],
    # the whole value of a name that is a secret's own, in any language, read by its place
    ["# 接続設定", "パスワード=kQ.Vbnrtsaplmh"],
    ["数据库密码: hM.Qzrtvwxplk"],
    ["비밀번호=tZ.Kqwmnbvcrp"],
    ["DB_PASSWORD='vX.Nwqrtplmsz'"],
    ['  "smtp_secret": "wR.Jhgfdsaqz",'],
]

LOOK_ALIKES = [
    # AppRole's public role id, a secret id's accessor, an Azure client secret's id; Vault's docs
    ["$ vault write auth/approle/login role_id=5d2b6e1c-8f3a-4c7d-9e0b-1a2f3c4d5e6f secret_id=-"],
    ["secret_id_accessor    0f8e2d4c-6b1a-4e9f-8d3c-7a5b2e1f9c04"],
    ['"client_secret_id": "9c3e7a15-2d4b-4f6e-a8c0-b1d3e5f7a9c2"'],
    ["Tokens now start with hvs. (service), hvb. (batch) and hvr. (recovery)."],
    # a secret's own name whose value is a reference, a mask, an encrypted form, a filler, a
    # path or words; or a name of something else
    ["パスワード=${DB_PASSWORD}"],
    ['WANDB_API_KEY="op://Infra/wandb/credential"'],
    ["mysql_password: ENC[AES256_GCM,data:Zx8c,iv:Qw==,type:str]"],
    ["api_key = sk-••••••••a9f2"],
    ["パスワード=変更してください"],
    ["DB_PASSWORD=changeme.Now1"],
    ["password: /run/secrets/Db_Pass"],
    ["token: Bearer.Header"],
    ["PASSWORD_FILE=/etc/app/Pass.txt"],
    ["secret_name: MyApp.Credentials"],
    ["\xff\xfe" + _wide("DB_HOST=db.internal\r"), _wide("LOG_LEVEL=debug\r")],
    [_wide("Build 7b1e09c4 finished in 12.4 s")],
    ["api_sleutel: ${API_SLEUTEL}"],
    ["Schlüssel: Wert"],
    ["SAMLResponse received from https://idp.example.com/sso, 4 attributes"],
    ["POST https://api.github.com/repos/acme/tools/hooks/123456789012345678901 201"],
    ["hint: the hook .git/hooks/pre-commit-sample-multiline-checker was ignored"],
    ["password: [REDACTED:keyvalue:1]", "2026-12-03T10:00:00.123Z next request"],
    ["token=[REDACTED:bearer:1]", "  username: admin"],
    ["secret: [REDACTED:keyvalue:1]", "  replicas: 3"],
    ['password "correct horse battery staple"'],
    ['"passwordPolicy": "length(12) and digits(2) and upperCase(1)",'],
    ['password "Change Me Now"'],
    ["Idempotency-Key: 6c1f0a9e-3d2b-4e8f-9a7c-5b4d3e2f1a0c"],
    ['{"Key": "uploads/6c1f0a9e-3d2b-4e8f-9a7c-5b4d3e2f1a0c", "Size": 42}'],
    ['{"Key": "6c1f0a9e-3d2b-4e8f-9a7c-5b4d3e2f1a0c", "Size": 42}'],
    ['  "key_id": "6c1f0a9e-3d2b-4e8f-9a7c-5b4d3e2f1a0c",'],
    ["token request_id=6c1f0a9e-3d2b-4e8f-9a7c-5b4d3e2f1a0c accepted"],
    [
        "2026-03-01T10:00:00.1Z Cache saved with key: Windows-npm-"
        "9d0c3e55f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2"
    ],
    [
        "cache hit for key macOS-cargo-4f2e9a1c7b3d5e8f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6"
    ],
]


@ENGINES
@pytest.mark.parametrize("lines", LEAKS)
def test_leaks_are_flagged(engine: str, lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert flagged(lines) == [len(lines)]


test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ('  value: "[REDACTED:keyvalue:1]', True),
        ("Temporary code: [REDACTED:keyvalue:2]=", True),
        ("x = '[REDACTED:password:1]\\ ", True),
        ("password=[REDACTED:keyvalue:1] user=alice", False),
        ("[REDACTED:keyvalue:1] was set", False),
        ("list: [a, b]", False),
    ],
)
def test_ends_redacted(line: str, ends: bool) -> None:
    assert gv.ends_redacted(line) is ends


def test_continued_secret_is_the_first_token_only() -> None:
    assert gv.continued_secret('   Wq7LmZ2xKp9RvB3n"') == "Wq7LmZ2xKp9RvB3n"
    assert gv.continued_secret("  then Wq7LmZ2xKp9RvB3n") == ""
    assert gv.continued_secret("deployment-config") == ""
