"""Values an interactive session prints on the lines after the one that asked for them:
- a console's echo of an expression that names a secret (`terraform console`'s `>
  nonsensitive(random_password.db.result)`, Python's `>>> os.environ["API_TOKEN"]`, `irb`,
  `redis> GET session_secret`): the value on the next line, alone, quoted or not;
- `cat` (`head`, `tail`) of a key file (`/etc/mongod/keyfile`, `master.key`, `session.key`), and
  `base64` of one or of a secret-named file (`base64 < /tmp/scim-token`): the lines of base64 it
  prints, whole, until a line of anything else (a PEM block has its own layer); the same
  below a Borg key file's header (`BORG_KEY <repository id>`, as `borg key export` prints it or
  the file under `~/.config/borg/keys/` holds it: the key, encrypted with the passphrase, in
  base64; the repository's id stays);
- a Proxmox Backup key file without a key derivation (`"kdf": null`, as `proxmox-backup-client
  key create --kdf none` writes it): its `"data"`, the encryption key itself in base64, on
  the lines below in the same object (with a `kdf`, `data` is the key encrypted with the
  passphrase, and stays by policy);
- a Tuya device's local key in tinytuya's `devices.json` / `snapshot.json`: the bare `"key"`
  a few lines below the device's `"id"` (20 or 22 lower-case letters and digits), the key the
  device's traffic is encrypted with (a bare `key` elsewhere is judged by its name alone).

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it. The lines that arm them end in a name that holds a secret word (`API_TOKEN"]`,
`keyfile`, `master.key`): the key=value scanner's hints pick them."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.detectors.valuespan import symbol_password
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import NAME_HINTS, is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_PROMPT = lazyre.compile(
    r"[ \t]{0,8}(?:>{1,3}|In[ \t]\[\d{1,6}\]:|irb\([^()\s]{1,64}\):\d{1,6}(?::\d{1,4})?>"
    r"|\[\d{1,6}\][ \t]pry\([^()\s]{1,64}\)>|[a-z][\w.:-]{1,31}>)[ \t]{1,4}(?P<e>\S.{0,400})"
)
_IDENT = lazyre.compile(r"[A-Za-z_][\w.-]{0,127}")
# the value, after the console's result mark if any (irb's `=>`, IPython's `Out[3]:`, gdb's
# `$1 =`, R's `[1]`)
_ECHOED = lazyre.compile(
    r"[ \t]*(?:=>|Out\[\d{1,6}\]:|\$\d{1,6}[ \t]=|\[\d{1,6}\])?[ \t]*"
    r"(?P<q>[\"'`]?)(?P<v>[^\s\"'`]{6,4096})(?P=q)[ \t]*"
)
_MAX_LINE = 512


@dataclass
class Console:
    skipped: int = 0

    @staticmethod
    def arm(line: str) -> Console | None:
        if len(line) > _MAX_LINE or ("> " not in line and ">\t" not in line and "]: " not in line):
            return None
        m = _PROMPT.fullmatch(line, body_start(line))
        if m is None:
            return None
        names = _IDENT.findall(m.group("e"))
        return Console() if any(is_secret_name(n) for n in names) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        body = body_start(line)
        if not line[body:].strip():
            self.skipped += 1
            return self.skipped <= 1, []
        m = _ECHOED.fullmatch(line, body)
        if m is None:
            return False, []
        value = m.group("v")
        if is_trivial_value(value) or not (looks_random(value) or secretish("value", value)):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


# The prompt lines that arm a Console (the secret's name may end the line: `>
# nonsensitive(module.wandb.database_password)`, which no key=value hint picks): a prompt's mark,
# then a secret word.
CONSOLE_ARMING = Detector(
    KIND,
    NAME_HINTS,
    lambda line: iter(()),
    (r"(?:>|\]:)[ \t][^\n]*(?:" + "|".join(NAME_HINTS) + ")",),
)


# `cat PATH` as the last thing on a line, PATH a key file by its name; `base64 [<] PATH`, PATH
# a key file or a secret's by its name (`base64 < /tmp/scim-token`: the lines of its encoding);
# `cat` of a few files, each a key file or a secret's (`cat ~/.x/api_key ~/.x/api_token`: one
# line each); an `echo` after it adds the newline `base64 -w0` leaves out
_CAT = lazyre.compile(
    r"(?:^|(?<=[\s$#>]))(?P<c>cat|head|tail|base64)(?:[ \t]{1,4}-[\w-]{1,16}(?:[ \t]\d{1,4})?){0,3}"
    r"[ \t]{1,4}"
    r"(?:<[ \t]{0,4})?"
    r"(?P<more>(?:[^\s|;&<>]{1,256}[ \t]{1,4}){0,3})"
    r"(?:[^\s|;&<>]{0,448}/)?(?P<n>[^\s/|;&<>]{1,64})"
    r"(?:[ \t]*(?:;|&&)[ \t]*echo)?[ \t]*\Z"
)
_KEY_FILE = lazyre.compile(
    r"(?i)(?:[\w.-]{0,48}[._-])?key(?:file)?(?:\.(?:b64|txt|bin))?|[\w.-]{1,48}\.key"
)
_BORG_KEY = lazyre.compile(r"[ \t]{0,8}BORG_KEY[ \t][0-9a-f]{64}[ \t]*\r?\Z")
_BASE64_LINE = lazyre.compile(r"[ \t]*(?P<v>[A-Za-z0-9+/]{16,1024}={0,2})[ \t]*")
_MAX_LINES = 64


@dataclass
class KeyFile:
    lines: int = 0

    @staticmethod
    def arm(line: str) -> KeyFile | None:
        if "BORG_KEY" in line and _BORG_KEY.match(line, body_start(line)):
            return KeyFile()
        if len(line) > _MAX_LINE or (
            "cat " not in line
            and "head " not in line
            and "tail " not in line
            and "base64 " not in line
        ):
            return None
        m = _CAT.search(line.rstrip())
        if m is None or "pub" in m.group("n").lower():
            return None
        name = m.group("n")
        others = [p.rstrip("/").rsplit("/", 1)[-1] for p in m.group("more").split()]
        if others:
            # (each file a key's or a secret's by its name; one of them public, no key file)
            names = [*others, name]
            if any("pub" in n.lower() or not _key_or_secret(n) for n in names):
                return None
        elif _KEY_FILE.fullmatch(name) is None and not (
            m.group("c") == "base64" and is_secret_name(name)
        ):
            return None
        return KeyFile()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        m = _BASE64_LINE.fullmatch(line, body_start(line))
        if m is None or self.lines > _MAX_LINES or not looks_random(m.group("v"), 16):
            return False, []
        return True, [(m.start("v"), m.end("v"), KIND)]


def _key_or_secret(name: str) -> bool:
    return _KEY_FILE.fullmatch(name) is not None or is_secret_name(name)


_NO_KDF = lazyre.compile(r"[ \t]*\{?[ \t]*\"kdf\"[ \t]*:[ \t]*null[ \t]*,?[ \t]*\r?")
_DATA = lazyre.compile(r"[ \t]*\"data\"[ \t]*:[ \t]*\"(?P<v>[A-Za-z0-9+/]{16,1024}={0,2})\"")
_KEY_FIELDS = 8  # a key file's other fields (`created`, `modified`, `fingerprint`, …)


@dataclass
class UnsealedKeyFile:
    """A Proxmox Backup key file's lines after its `"kdf": null`, up to the object's end."""

    left: int = _KEY_FIELDS

    @staticmethod
    def arm(line: str) -> UnsealedKeyFile | None:
        return UnsealedKeyFile() if _NO_KDF.fullmatch(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if len(line) <= _MAX_LINE and (m := _DATA.match(line)) is not None:
            return False, [(m.start("v"), m.end("v"), KIND)]
        return self.left > 0 and "}" not in line, []


_TUYA_ID = lazyre.compile(
    r"[ \t]*\"(?:id|gwId|devId)\"[ \t]*:[ \t]*\"(?=[a-z]{0,21}[0-9])[0-9a-z]{20,22}\"[ \t]*,?[ \t]*\r?"
)
_LOCAL_KEY = lazyre.compile(r"[ \t]*\"key\"[ \t]*:[ \t]*\"(?P<v>[^\"\\\s]{16})\"")
_DEVICE_FIELDS = 4  # lines between the device's id and its key (`mac`, `uuid`, `ip`, …)


@dataclass
class DeviceKey:
    """A Tuya device's `"key"` on the lines after its `"id"`, within its object."""

    left: int = _DEVICE_FIELDS

    @staticmethod
    def arm(line: str) -> DeviceKey | None:
        return DeviceKey() if len(line) <= _MAX_LINE and _TUYA_ID.fullmatch(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        m = _LOCAL_KEY.match(line) if len(line) <= _MAX_LINE else None
        if m is not None:
            value = m.group("v")
            if is_trivial_value(value) or not (looks_random(value, 16) or symbol_password(value)):
                return False, []
            return False, [(m.start("v"), m.end("v"), KIND)]
        return self.left > 0 and "}" not in line, []


# A Borg key file's header line, a Proxmox Backup key file's `"kdf": null` and a Tuya device's
# `"id"`, which arm a KeyFile, an UnsealedKeyFile and a DeviceKey: no other detector picks them.
KEY_FILE_ARMING = Detector(
    KIND,
    ("borg_key", '"kdf"', '"id"', '"gwid"', '"devid"'),
    lambda line: iter(()),
    (
        r"borg_key[ \t][0-9a-f]{64}[ \t]*\r?$",
        r"\"kdf\"[ \t]*:[ \t]*null",
        r"^[ \t]*\"(?:id|gwid|devid)\"[ \t]*:[ \t]*\"[0-9a-z]{20,22}\"[ \t]*,?[ \t]*\r?$",
    ),
)
