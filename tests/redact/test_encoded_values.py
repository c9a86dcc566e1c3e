"""Secrets written in an encoding of their bytes beside a secret name: escapes read decoded
(`\\uXXXX`, JSON's `\\/`, bash's `$'\\x41…'`), CBOR diagnostic byte strings, MessagePack and
CBOR maps and text shown as hex, length-prefixed serialisations (PHP, bencode), base64 wrapped
over lines, a secret manager's payload, a build's output of a mounted secret. Each class in
layouts of its own, beside look-alikes in the same encoding that must stay as they are."""

from __future__ import annotations

import base64

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")


def _u(text: str) -> str:
    """Every character as `\\uXXXX` (native2ascii -encoding of a whole value)."""
    return "".join(f"\\u{ord(c):04x}" for c in text)


def _x(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" for c in text)


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # bash's ANSI-C quoting, hex, octal and `\u` escapes; `declare -x` as `declare -p` prints
        ([f"export REDIS_PASSWORD=$'{_x('Lq7vRz2Wn9Kp')}'"], _x("Lq7vRz2Wn9Kp")),
        (["DB_PASS=$'\\114\\161\\067\\166\\122\\172\\062\\127\\156\\071'"], "\\114\\161\\067\\166\\122\\172"),
        ([f"declare -x API_TOKEN=$'{_u('Tk4mQ8xZ1vWc')}'"], _u("Tk4mQ8xZ1vWc")),
        (["export SMTP_PASSWORD=$'Vr8\\tKp2#mZ'"], "Vr8\\tKp2#mZ"),
        # Java properties after native2ascii, whole or in part; YAML and JSON the same way
        ([f"spring.datasource.password={_u('Hx3pLq9Zt2Wm')}"], _u("Hx3pLq9Zt2Wm")),
        (["ldap.bindPassword=Gr\\u00fcn-Pz7Kq2Wx"], "Gr\\u00fcn-Pz7Kq2Wx"),
        ([f"  clientSecret: {_u('cS9vB2nM4xQ7')}"], _u("cS9vB2nM4xQ7")),
        ([f'{{"apiKey":"{_u("Ak5Tn8Wq3Lz6Rv")}","region":"eu"}}'], _u("Ak5Tn8Wq3Lz6Rv")),
        # URLs written with JSON's escaped solidus (PHP's json_encode, some Go loggers)
        (['{"dsn":"mysql:\\/\\/wandb:Pw7!xQ2@kZ9@mysql:3306\\/wandb"}'], "Pw7!xQ2@kZ9"),
        (['{"broker":"amqps:\\/\\/svc:Rb4#Lq8vWm@rabbit.internal\\/vhost","ok":true}'], "Rb4#Lq8vWm"),
        (['msg="connecting" url="redis:\\/\\/:Zx8Kq2Lm5Wv3@cache:6379\\/1"'], "Zx8Kq2Lm5Wv3"),
        # CBOR diagnostic notation: a byte string after a secret name, in hex or base64
        (["{\"user\": \"ci\", \"password\": h'4c713776527a32576e394b70'}"], "4c713776527a32576e394b70"),
        (["{1: \"svc\", \"secret\": b64'TXE3dlJ6Mlduor0tK3A'}"], "TXE3dlJ6Mlduor0tK3A"),
        (["{\"token\": h'7a 58 39 71 4c 32 6d 57 34 76 4b 38'}"], "7a 58 39 71 4c 32 6d 57"),
    ],
)  # fmt: skip
def test_escaped_and_diagnostic_values_go(lines: list[str], secret: str) -> None:
    assert_gone(lines, [secret])


@pytest.mark.parametrize(
    "lines",
    [
        # escapes of what is no secret: labels and messages in a resource bundle, URLs without
        # userinfo, a byte string under a harmless name, ANSI-C quoting of a separator
        [f"greeting.title={_u('Welcome back')}"],
        ["login.password.label=\\u5bc6\\u7801"],
        ["error.password.mismatch=\\u5bc6\\u7801\\u4e0d\\u5339\\u914d"],
        ['{"url":"https:\\/\\/api.wandb.ai\\/graphql","path":"\\/var\\/log\\/wandb"}'],
        ['{"avatar":"https:\\/\\/gravatar.example\\/u\\/3f9c0a71","email":"a@b.example"}'],
        ['{"digest": h\'9f86d081884c7d659a2feaa0c55ad015\', "n": 3}'],
        ["IFS=$'\\n\\t'"],
        ["export PS1=$'\\u@\\h:\\w\\$ '"],
    ],
)
def test_escaped_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def _msgpack(pairs: dict[str, str]) -> bytes:
    out = bytes([0x80 | len(pairs)])
    for key, value in pairs.items():
        for text in (key, value):
            raw = text.encode()
            out += (bytes([0xA0 | len(raw)]) if len(raw) < 32 else bytes([0xD9, len(raw)])) + raw
    return out


def _cbor(pairs: dict[str, str | bytes]) -> bytes:
    out = bytes([0xA0 | len(pairs)])
    for key, value in pairs.items():
        for item in (key, value):
            raw, major = (item.encode(), 0x60) if isinstance(item, str) else (item, 0x40)
            out += (
                bytes([major | len(raw)]) if len(raw) < 24 else bytes([major | 24, len(raw)])
            ) + raw
    return out


_SPACED = " ".join


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # MessagePack and CBOR maps as hex: glued, apart by bytes, in a log field
        (["frame=" + _msgpack({"id": "7", "api_key": "Qm4xZ8vL2nWk7Rt"}).hex()], b"Qm4xZ8vL2nWk7Rt".hex()),
        (["payload " + _msgpack({"user": "ci", "client_secret": "Hn4pQ8xLz2Vr6Tk9Wm3Yc5Bd"}).hex().upper()], b"Hn4pQ8xLz2Vr6Tk9Wm3Yc5Bd".hex().upper()),
        (["cbor (hex): " + _SPACED(f"{b:02x}" for b in _cbor({"password": "Vx7Lq2Zm9Rk4", "n": "1"}))], _SPACED(f"{b:02x}" for b in b"Vx7Lq2Zm9Rk4")),
        (["DEBUG body=" + _cbor({"AuthToken": b"\x8f\x13k9Lq2Zm\x07Rk4Wx"}).hex()], b"k9Lq2Zm\x07Rk4Wx".hex()),
        # text among other bytes: an env file, a record's fields apart by NULs
        (["data: " + b"\x00\x02DB_PASSWORD=Tq8vLm2Zx7Wk\n\x00".hex()], b"Tq8vLm2Zx7Wk".hex()),
        # the dump of a file whose name names a secret, after the command
        (["$ xxd -p ~/.config/wandb/api_key", b"3f9c0a71be24d6e58c13907fa2b4e6d1\n".hex()], "3f9c0a71be24d6e5"),
        (["$ od -An -t x1 /run/secrets/db-password", "  4b 71 37 76 52 7a 32 57 6e 39 4b 70 0a"], "4b 71 37 76 52 7a"),
        # a plain dump of an env file: the pair over two rows
        (["$ xxd -p app.env", b"HOST=db\nREDIS_PASSWORD=Lk9vQ2".hex(), b"xWm7Zr4Tn\nPORT=6379\n".hex()], b"xWm7Zr4Tn".hex()),
    ],
)  # fmt: skip
def test_secrets_in_hex_of_binary_records_go(lines: list[str], secret: str) -> None:
    assert_gone(lines, [secret])


@pytest.mark.parametrize(
    "lines",
    [
        # maps whose secret-named entries hold no secret, or whose keys name none; digests
        ["frame=" + _msgpack({"id": "a1b2c3d4e5f6", "status": "ok", "keys": "3"}).hex()],
        ["frame=" + _msgpack({"token_type": "Bearer", "expires_in": "3600"}).hex()],
        ["cbor: " + _cbor({"password_set": "true", "user": "ci"}).hex()],
        [
            "sha256="
            + "70617373"
            + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
        ],
        # dumps of harmless files, and of a binary whose name holds no secret word
        ["$ xxd -p /etc/hostname", b"wandb-server-0\n".hex()],
        ["$ xxd -p notes.txt", b"the password policy is strict\n".hex()],
        ["$ od -An -t x1 /usr/bin/true", "  7f 45 4c 46 02 01 01 00 00 00 00 00 00 00 00 00"],
    ],
)
def test_hex_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # PHP's serialize: arrays, objects with a private property, a value holding `";`
        (['a:2:{s:4:"host";s:2:"db";s:11:"db_password";s:12:"Pz5K;q8Wn3Lx";}'], 'Pz5K;q8Wn3Lx'),
        (['O:6:"Config":1:{s:15:"\x00Config\x00apiKey";s:16:"Zr8Qk2Lm5Wv3Tn6x";}'], "Zr8Qk2Lm5Wv3Tn6x"),
        (['a:1:{s:6:"secret";s:14:"ab"c";d9Xq2Lm";}'], 'ab"c";d9Xq2Lm'),
        # PHP's session format, bencode and netstrings
        (['user_id|i:42;oauth_token|s:18:"Gh7kQ2xLm9Wv4Zr8Tn";'], "Gh7kQ2xLm9Wv4Zr8Tn"),
        (["d4:host2:db8:password12:Kq7vRz2Wn9Lpe"], "Kq7vRz2Wn9Lp"),
        (["5:token,16:Wm3Yc5Bd8Lq2Zx7R,"], "Wm3Yc5Bd8Lq2Zx7R"),
    ],
)  # fmt: skip
def test_length_prefixed_strings_go(lines: list[str], secret: str) -> None:
    assert_gone(lines, [secret])


@pytest.mark.parametrize(
    "lines",
    [
        ['a:2:{s:15:"password_policy";s:6:"strict";s:4:"user";s:5:"wandb";}'],
        ['a:2:{s:8:"password";i:0;s:5:"token";b:1;}'],
        ['a:1:{s:8:"password";s:0:"";}'],
        ["d4:host2:db4:porti5432ee"],
    ],
)
def test_length_prefixed_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # BuildKit's plain progress: what a RUN printed of a mounted secret
        (
            [
                "#7 [build 3/6] RUN --mount=type=secret,id=pypi cat /run/secrets/pypi_token",
                "#7 0.241 Xk4pQ9zLm2Wv7Rt3Yc8Bn5Hd",
                "#7 DONE 0.3s",
            ],
            "Xk4pQ9zLm2Wv7Rt3Yc8Bn5Hd",
        ),
        (
            [
                "2026-03-02T10:11:12.345Z #12 [app 4/9] RUN --mount=type=secret,id=gh,env=GH_TOKEN echo \"$GH_TOKEN\"",
                "2026-03-02T10:11:12.601Z #12 0.187 Rk8vQ2xLm5Wz9Tn3Yp7Hc4Jd",
            ],
            "Rk8vQ2xLm5Wz9Tn3Yp7Hc4Jd",
        ),
    ],
)  # fmt: skip
def test_build_output_of_a_secret_goes(lines: list[str], secret: str) -> None:
    assert_gone(lines, [secret])


def test_build_output_of_other_steps_stays() -> None:
    assert_kept(
        [
            "#8 [build 4/6] RUN cat /etc/os-release | head -1",
            '#8 0.112 PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
            "#8 DONE 0.2s",
        ]
    )


def _wrapped(text: bytes, width: int, indent: str = "    ") -> list[str]:
    encoded = base64.b64encode(text).decode()
    return [indent + encoded[i : i + width] for i in range(0, len(encoded), width)]


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # an env file's base64 in a YAML literal block, at several widths; the pair split
        # over the lines, its name too
        (["binaryData:", "  app.env: |", *_wrapped(b"REDIS_PASSWORD=Lk9vQ2xWm7Zr4Tn8\n", 24)], "Lk9vQ2xWm7Zr4Tn8"),
        (["data:", "  settings.ini: |-", *_wrapped(b"[db]\nhost = mysql\npassword = Hx3pLq9Zt2Wm\n", 16, "    ")], "Hx3pLq9Zt2Wm"),
        (["  credentials: >", *_wrapped(b"DB_HOST=db\nWANDB_API_KEY=3f9c0a71be24d6e58c13907fa2b4e6d1c8a05f73\n", 64, "    ")], "3f9c0a71be24d6e58c13907fa2b4e6d1c8a05f73"),
        # `base64` output at 76 columns, its first line picked by a secret word's base64
        (["$ base64 deploy.env", *_wrapped(b"MYSQL_PASSWORD=Qm4xZ8vL2nWk7RtYp3Hc9Bd5" + b"\nX=" + b"1" * 60 + b"\n", 76, "")], "Qm4xZ8vL2nWk7RtYp3Hc9Bd5"),
    ],
)  # fmt: skip
def test_wrapped_base64_of_files_goes(lines: list[str], secret: str) -> None:
    out = list(Redactor().lines(lines))
    joined = "".join(line.strip() for line in out)
    for width in range(4, len(secret) - 3):
        # no base64 of any part of it left, at any of the three byte alignments
        for shift in range(3):
            chunk = base64.b64encode(b"\0" * shift + secret[:width].encode()).decode()[4:-4]
            assert not chunk or chunk not in joined, out


@pytest.mark.parametrize(
    "lines",
    [
        # base64 of harmless files, a certificate, a binary; a script in a block
        ["binaryData:", "  motd.txt: |", *_wrapped(b"Welcome to W&B Server.\nSupport: support@wandb.example\n", 24)],
        ["data:", "  ca.crt: |", "    -----BEGIN CERTIFICATE-----", *_wrapped(bytes(range(256)), 64), "    -----END CERTIFICATE-----"],
        ["binaryData:", "  logo.png: |", *_wrapped(bytes(range(200, 256)) * 3, 32)],
        ["data:", "  run.sh: |", "    #!/bin/sh", "    exec wandb-server --config /etc/wandb/config.yaml"],
        ["binaryData:", "  policy.env: |", *_wrapped(b"PASSWORD_MIN_LENGTH=12\nTOKEN_TTL=3600\n", 24)],
    ],
)  # fmt: skip
def test_wrapped_base64_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        (['{"name":"projects/417/secrets/mysql-root/versions/2","payload":{"data":"SHgzcExxOVp0Mldt","dataCrc32c":"118427533"}}'], "SHgzcExxOVp0Mldt"),
        (['{"payload": {"dataCrc32c": "3683886655", "data": "UXo3dlJ6Mlduor0tK3A="}}'], "UXo3dlJ6Mlduor0tK3A="),
        (['INFO secret read: {"name": "projects/ml/secrets/hf_token", "payload": {"data": "aGZfUms4dlEyeExtNVd6OVRu"}}'], "aGZfUms4dlEyeExtNVd6OVRu"),
    ],
)  # fmt: skip
def test_secret_manager_payloads_go(lines: list[str], secret: str) -> None:
    assert_gone(lines, [secret])


@pytest.mark.parametrize(
    "lines",
    [
        # a Pub/Sub message and a webhook: a payload's data that is no secret's
        ['{"message":{"data":"eyJldmVudCI6InJ1bi5maW5pc2hlZCJ9","messageId":"1"},"subscription":"projects/ml/subscriptions/runs"}'],
        ['{"event":"deploy","payload":{"data":"SGVsbG8gd29ybGQh","size":12}}'],
        ['{"name":"projects/ml/secrets/db/versions/2","state":"ENABLED","createTime":"2026-01-02T03:04:05Z"}'],
    ],
)  # fmt: skip
def test_secret_manager_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # Basic credentials without their scheme, under a name that says nothing
        (['{"level":"debug","msg":"upstream request","raw":"' + _b64("wandb:Kq8~Zx3Lm5Rt2Wn") + '"}'], _b64("wandb:Kq8~Zx3Lm5Rt2Wn")),
        ([f"proxy: forwarding header bytes={_b64('minio:Vb7Nc1Qx5Lm8Rp4Tz')} upstream=s3"], _b64("minio:Vb7Nc1Qx5Lm8Rp4Tz")),
        ([f"  value: {_b64('admin:p4Ss-Wq9Lz2Xk7')}"], _b64("admin:p4Ss-Wq9Lz2Xk7")),
        # a Secret's URL of a password and no user, its host cut off
        ([f"  REDIS: {_b64('redis://:Tq4vW8zLp2Xm6Kd9Rn3Yh')}"], _b64("redis://:Tq4vW8zLp2Xm6Kd9Rn3Yh").rstrip("=")),
    ],
)  # fmt: skip
def test_base64_login_pairs_go(lines: list[str], secret: str) -> None:
    assert_gone(lines, [secret])


@pytest.mark.parametrize(
    "lines",
    [
        # base64 of ordinary data that starts with a login's name and a colon: an image and its
        # tag, a passwd record, a time, a path, a word
        [f'{{"msg":"cache key","raw":"{_b64("wandb:latest-release")}"}}'],
        [f'{{"raw":"{_b64("root:x:0:0:root:/root:/bin/bash")}"}}'],
        [f'{{"raw":"{_b64("admin:2026-05-01T10:00:00Z")}"}}'],
        [f'{{"raw":"{_b64("user:/home/user/wandb")}"}}'],
        [f'{{"raw":"{_b64("redis:connection refused by peer")}"}}'],
        [f'{{"raw":"{_b64("default:12345678")}"}}'],
        [f"  REDIS: {_b64('redis://:6379')}"],
    ],
)  # fmt: skip
def test_base64_login_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
