"""The leak gate on secrets it reads decoded (wbdiag/redact/gatedecode.py: escapes, hex dumps,
base64 of text, also wrapped over lines), on secret words in more scripts and languages, and on
the rest of a value cut by the redactor's placeholder, and a secret store's answer (a Key Vault
secret's `value`, also in `az keyvault secret show -o table`'s `Value` column): made-up leaks it
must flag and look-alikes it must leave alone, with both prefilter engines."""

from __future__ import annotations

import base64

import pytest

from tests.redact.checks import hexdump_c
from tests.redact.gatecases import ENGINES, leaks_at_test, look_alikes_test
from wbdiag.redact import gatedecode
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _wrapped(text: str, width: int, indent: str = "") -> list[str]:
    return [indent + text[i : i + width] for i in range(0, len(text), width)]


def _escaped(text: str, form: str) -> str:
    return "".join(form % ord(c) for c in text)


def _xxd(data: bytes) -> list[str]:
    lines = []
    for at in range(0, len(data), 16):
        row = data[at : at + 16].hex()
        groups = " ".join(row[i : i + 4] for i in range(0, len(row), 4))
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in data[at : at + 16])
        lines.append(f"{at:08x}: {groups:<39}  {text}")
    return lines


# (lines, the line the gate must flag, 1-based)
LEAKS = [
    # a secret word in another script or language, then a generated value
    (['{"user": "ops", "كلمة السر": "Tq8#wLz2Vn5k"}'], 1),
    (["συνθηματικό: Hx7!pQ2zLm9w"], 1),
    (["[db]", 'host = "pg"', 'कूटशब्द = "Rk4~vN8qZx2T"'], 3),
    (["סיסמה=Wn5.Kq8zLp3R"], 1),
    (["  รหัสผ่าน: 'Pz2@Lm7xQw4N'"], 1),
    (["DB_SIFRE=Vb6!Tq9wLz3K"], 1),
    (["heslo: Mx3^Rq7Lz9Wk"], 1),
    (["გამარჯობა", "პაროლი = Qw8$Zn2kLr5T"], 2),
    # `pw` as a name of its own
    (["DB_PW=Wq7.Lz2kR9xV"], 1),
    (['{"login": "svc", "pw": "Lk4Tq9Wz2nRx"}'], 1),
    # a vendor's API-key header named by what it identifies
    (["curl -H 'X-Honeycomb-Team: Kz8Qw2Lm9Rx4Tv7PnB3c' https://api.example.test/1/events"], 1),
    # escapes decoded
    ([f"export API_TOKEN=$'{_escaped('Tq8wLz2Vn5kR', chr(92) + 'x%02x')}'"], 1),
    ([f"app.secret={_escaped('Hn3Wq8Zk2Lp7', chr(92) + 'u%04x')}"], 1),
    ([f'payload = "{_escaped("password=Rz8Lm3Qw7Kx2", chr(92) + "x%02x")}"'], 1),
    (['{"dsn":"postgres:\\/\\/svc:Hx4~Tq9zLm2W@pg.internal:5432\\/ml"}'], 1),
    # hex: one line, spaced or glued, and dumps over lines
    (["msg (hex): " + (b"\x81\xa9api_token\xb4" + b"Wz8kQ2pLx7nT4vRm9Bc3").hex()], 1),
    (["frame: " + " ".join(f"{b:02x}" for b in b"\xa1\x66secret\x70Kq2Lz8Wm4Tn6Rx")], 1),
    (hexdump_c(b'{"login":"svc","password":"Mv3Tq9Lz2Rk8Wx4P"}'), 2),
    (_xxd(b"[smtp]\nuser = ops\npasswd = Zk8Qw3Lm7Rx2Tv9P\n"), 2),
    (_wrapped(b"DB_TOKEN=Pn5vT2hY9cWq8Lz3".hex(), 16), 2),
    # base64 of text: one line, and wrapped into lines
    (["  smtp.env: " + _b64("SMTP_HOST=mail\nSMTP_PASSWORD=Lq7!Wz2Kx9Rn\n")], 1),
    (
        [
            "binaryData:",
            "  app.ini: |",
            *_wrapped(_b64("[auth]\napi_key = Tn4Wx9Lq2ZvK8mR\n"), 20, "    "),
        ],
        4,
    ),
    (["data:", "  creds: >-", *_wrapped(_b64("REDIS_PASSWORD=Hq7.cW2nVb9zXk\n"), 16, "    ")], 4),
    # the rest of a value the redactor cut, alone on the next line
    (["    - name: API_TOKEN", "      value: [REDACTED:keyvalue:1]", "        Lq7WzKx9RbN"], 3),
    (["  env.b64: |", "    [REDACTED:base64_text:1]", "    " + _b64("Kx7!Tq2Wz")], 3),
    # encryption functions' literal arguments
    (["SELECT pgp_sym_encrypt('Wz8!kQ2pLx7n', 'Mv3Tq9Lz2Rk8Wx4P');"], 1),
    (["INSERT INTO vault VALUES (ENCRYPTBYPASSPHRASE('Kq2!Lz8Wm4Tn', 'smtp'));"], 1),
    # a column of a multi-row INSERT whose cell in another row was redacted
    (["INSERT INTO `hooks` VALUES (1,'[REDACTED:keyvalue:1]','a'),(2,'Zk8Qw3Lm7Rx2Tv9P','b');"], 1),
    # an e-mail address and its password as a pair
    (["mailer = Mailer(('mail.example.test', 465), ('ops@example.test', 'Wq7*Lz2kR9xVn'))"], 1),
    (['creds = ["alerts@example.org", "Hn3.Wq8Zk2Lp"]'], 1),
    # a secret store's answer
    (['{"value":"Tq8.wLz2Vn5kRx","id":"https://kv1.vault.azure.net/secrets/smtp/4f1c2d"}'], 1),
    (
        [
            "$ az keyvault secret show --vault-name kv1 --name smtp -o table",
            "ContentType    Name    Value",
            "-------------  ------  --------------",
            "               smtp    Tq8~wLz2-Vn5kRx",
        ],
        4,
    ),
    (
        [
            '{"name":"projects/42/secrets/smtp/versions/3","payload":{"data":"'
            + _b64("Kx7!Tq2Wz9Lm")
            + '"}}'
        ],
        1,
    ),
    # AWS Systems Manager's parameter typed `SecureString`, read decrypted (one line of JSON)
    (['{"Parameters":[{"Name":"/ml/smtp","Type":"SecureString","Value":"Wq7~Lz2kR9xVn4Tp"}]}'], 1),
    # libedit's history file (.mysql_history): spaces as octal escapes
    (
        [
            "_HiStOrY_V2_",
            "ALTER\\040USER\\040'wandb'@'%'\\040IDENTIFIED\\040BY\\040'2_!fZBtgrWX5d1N4';",
        ],
        2,
    ),
]

LOOK_ALIKES = [
    # secret words in prose, other scripts, with no value or a public one
    ["كلمة المرور غير صحيحة"],
    ["κωδικός σφάλματος: 0x80070005"],
    ["पासवर्ड बदलें"],
    ["pwm_enable=1", "upward=Bz8Lq2"],
    ["pw: ${PW_FILE}"],
    ["x-honeycomb-dataset: wandb-server-prod"],
    # escapes of words and terminal colours
    [f'msg = "{_escaped("Hello, world", chr(92) + "u%04x")}"'],
    ["echo $'\\x1b[31mfailed\\x1b[0m: token expired'"],
    ['{"url":"https:\\/\\/api.example.test\\/v1\\/token","method":"POST"}'],
    # hex: digests, binaries, and dumps of text without a secret
    ["token_sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    ["00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............"],
    hexdump_c(b'{"token_type":"bearer","expires_in":3600,"scope":"read"}'),
    _xxd(b"password_file = /run/secrets/db_password\n"),
    ["trace: " + (b"\x92\xa5token\xa7expired").hex()],
    # base64 of text that names a secret without a value
    ["  app.env: " + _b64("PASSWORD_FILE=/run/secrets/db\nAPI_TOKEN=${API_TOKEN}\n")],
    ["data:", "  note: |", *_wrapped(_b64("The secret key rotates every night.\n"), 20, "    ")],
    # after a placeholder: markup, words, the next key
    ["<key>", "[REDACTED:private_key:1]", "</key>"],
    ["token: [REDACTED:keyvalue:1]", "Completed"],
    ["password: [REDACTED:keyvalue:1]", "username: svc-backup"],
    # SQL: encryption without literal secrets
    ["SELECT AES_DECRYPT(secret_col, @key) FROM creds;"],
    ["SELECT pgp_sym_encrypt(data::text, current_setting('app.key'));"],
    # multi-row INSERTs without a redacted column, or with public cells beside it
    ["INSERT INTO t VALUES (1,'Zk8Qw3Lm7Rx2Tv9P'),(2,'x');"],
    ["INSERT INTO t VALUES (1,'[REDACTED:keyvalue:1]'),(2,NULL),(3,'disabled');"],
    # an address and a name or a subject
    ["('alice@example.com', 'Alice Example')"],
    ['["noreply@example.com", "Weekly report"]'],
    ["('bob@example.com', 'bob-laptop')"],
    # a secret store's metadata
    ['{"id":"https://kv1.vault.azure.net/secrets/smtp","attributes":{"enabled":true}}'],
    [
        "$ az keyvault secret list --vault-name kv1 -o table",
        "Name    ContentType    Value",
        "------  -------------  -------",
        "smtp",
    ],
    ['{"name":"projects/42/secrets/smtp","replication":{"automatic":{}},"value":"enabled"}'],
    # an SSM parameter's plain `String`, and a `SecureString` read without decryption (KMS's
    # ciphertext blob)
    ['{"Parameter":{"Name":"/ml/smtp-host","Type":"String","Value":"smtp.eu-west-1.example.org"}}'],
    [
        '{"Parameter":{"Name":"/ml/smtp","Type":"SecureString",'
        '"Value":"AQICAHj3Lq9Zr2Wx8Tn5Kp1Vb7Mc4Hd6Yf0Gs3Je8Rk2Nw5Qx9Lz+Tm4Pv7/Bc1Dh6Fy0Gj3Ks8=="}}'
    ],
    # a history file's octal escapes around words and a user's name
    [
        "_HiStOrY_V2_",
        "SELECT\\040user,host\\040FROM\\040mysql.user\\040WHERE\\040user='Kq7Lz2Wm9Rx4';",
        "GRANT\\040ALL\\040ON\\040wandb.*\\040TO\\040'wandb'@'%';",
    ],
]


test_leaks_are_flagged = leaks_at_test(LEAKS)
test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


@pytest.mark.parametrize("word", ["pass", "Secret", "TOKEN", "_key"])
@pytest.mark.parametrize("lead", ["", "x", "xy"])
def test_base64_spellings_hold_at_every_alignment(word: str, lead: str) -> None:
    encoded = base64.b64encode(f"{lead}{word}=Zq8".encode()).decode()
    assert any(s in encoded for s in gatedecode._base64_spellings(word))


@pytest.mark.parametrize("lead", [b"", b"x"])
def test_hex_spellings_hold_in_dumps(lead: bytes) -> None:
    data = lead + b'{"secret":"v"}'
    dumps = [_xxd(data), [data.hex()], [" ".join(f"{b:02x}" for b in data)]]
    if not lead:  # (hexdump -C's middle gap cuts a word that crosses it)
        dumps.append(hexdump_c(data))
    for dump in dumps:
        assert any(s in dump[0] for s in gatedecode._hex_spellings("secret"))


def test_hex_run_keeps_what_is_no_text() -> None:
    text = "op-9186061070420-a170db68, " + b"user=ops".hex() + ", 0a0b"
    ((decoded, binary),) = gatedecode.variants(text)
    assert binary
    assert decoded == "op-9186061070420-a170db68, user=ops, 0a0b"


@ENGINES
def test_wrapped_block_flags_the_line_the_secret_starts_on(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    text = "A=1\nB=2\nC=3\nSMTP_PASSWORD=Lq7!Wz2Kx9Rn\nD=4\n"
    lines = _wrapped(_b64(text), 16)  # 12 bytes a line
    assert [leak.line for leak in Gate().lines("f", lines)] == [text.index("Lq7") // 12 + 1]
