"""Secrets that team-chat, XMPP, IRC and voice-chat servers and their tools take or print in
places of their own, no secret name before them:
- passwords given as arguments: `prosodyctl register USER HOST PASSWORD` (and `passwd`),
  `ejabberdctl register USER HOST PASSWORD` (and `change_password`), Synapse's
  `register_new_matrix_user -k SHARED_SECRET` (`--shared-secret`), Nextcloud Talk's `occ
  talk:signaling:add URL SECRET`, a TeamSpeak ServerQuery `login NAME PASSWORD`, an IRC
  `IDENTIFY [NICK] PASSWORD` to NickServ, ZNC's `*sasl set USER PASSWORD` and a ZNC network's
  `Server = HOST [+]PORT PASSWORD`, and the `Hash = …` of its `<Pass password>` block;
- what a server prints once: Mumble's `Initialized 'SuperUser' password on server N to '…'`;
- an Element (Matrix) security key, twelve groups of four base58 characters after `Es`;
- a LiveKit server's key map (`keys:` / `  APIxxxxxxxx: SECRET`): the secret beside its key id.
A usage's metavar (`<password>`), a shell variable in the value's place and a mask stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "chattool"

_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
_ARG = r"(?:'[^'\n]{1,64}'|\"[^\"\n]{1,64}\"|[^\s'\"]{1,256})"
_SP = r"[ \t]{1,8}"
_PLACED = lazyre.compile(
    r"(?:\bprosodyctl[ \t]{1,4}(?:register|passwd)[ \t]{1,8}" + _ARG + _SP + _ARG + _SP
    + r"|\bejabberdctl[ \t]{1,4}(?:register|change_password)[ \t]{1,8}" + _ARG + _SP + _ARG + _SP
    + r"|\bregister_new_matrix_user\b[^\n]{0,512}?[ \t](?:-k|--shared-secret)(?:" + _SP + r"|=)"
    + r"|\bocc[ \t]{1,4}talk:signaling:add[ \t]{1,8}" + _ARG + _SP
    + r"|^[ \t]*login[ \t]{1,4}(?:client_login_name=)?[^\s=]{1,64}[ \t]{1,4}(?:client_login_password=)?"
    + r"|\bIDENTIFY[ \t]{1,4}(?:[^\s:]{1,64}[ \t]{1,4})?"
    + r"|\*sasl[ \t]{1,4}set[ \t]{1,4}" + _ARG + _SP
    + r"|\bInitialized 'SuperUser' password on server \d{1,6} to "
    + r")" + _VALUE + r"(?=[ \t]*\Z|[ \t]{1,8}(?:-|http))"
)  # fmt: skip
# ZNC's `Server = HOST [+]PORT [PASSWORD]` (`+`: TLS)
_ZNC_SERVER = lazyre.compile(
    r"[ \t]*Server[ \t]{0,8}=[ \t]{0,8}[^\s]{1,253}[ \t]{1,8}\+?\d{1,5}[ \t]{1,8}"
    + _VALUE
    + r"[ \t]*\Z"
)
# the password hash of a ZNC user's `<Pass password>` block (`Method = SHA256`, `Hash = …`,
# `Salt = …`): a salted SHA-256, cracked offline as any password hash
_ZNC_HASH = lazyre.compile(r"[ \t]{1,16}Hash[ \t]{0,8}=[ \t]{0,8}(?P<h>[0-9a-f]{32,128})[ \t]*\Z")
_SECURITY_KEY = lazyre.compile(
    r"(?<![\w ])Es[1-9A-HJ-NP-Za-km-z]{2}(?: [1-9A-HJ-NP-Za-km-z]{4}){11}(?![\w])"
)
_LIVEKIT = lazyre.compile(
    r"^[ \t]{1,16}API[A-Za-z0-9]{8,16}:[ \t]{1,8}(?P<k>[A-Za-z0-9]{32,128})[ \t]*\Z"
)


def _kept(value: str) -> bool:
    return not (value[0] in "<[" or is_trivial_value(value) or is_template(value) or is_mask(value))


def _placed(rx: re.Pattern[str], line: str, pos: int = 0) -> Iterator[Span]:
    for m in rx.finditer(line, pos):
        for group in ("sq", "dq", "s"):
            start, end = m.span(group)
            if end > start and _kept(line[start:end]):
                yield start, end, KIND


def _key_spans(line: str) -> Iterator[Span]:
    for m in _SECURITY_KEY.finditer(line):
        yield m.start(), m.end(), KIND


def _server_spans(line: str) -> Iterator[Span]:
    m = _ZNC_SERVER.match(line)
    if m is not None:
        yield from _placed(_ZNC_SERVER, line[: m.end()], m.start())


def _hash_spans(line: str) -> Iterator[Span]:
    m = _ZNC_HASH.match(line)
    if m is not None:
        yield m.start("h"), m.end("h"), KIND


def _livekit_spans(line: str) -> Iterator[Span]:
    m = _LIVEKIT.match(line)
    if m is not None and looks_random(m.group("k")):
        yield m.start("k"), m.end("k"), KIND


CHAT_ARGS = Detector(
    KIND,
    ("prosodyctl", "ejabberdctl", "register_new_matrix_user", "talk:signaling:add", "login",
     "identify", "*sasl", "superuser"),
    lambda line: _placed(_PLACED, line),
    (
        r"\bprosodyctl[ \t]+(?:register|passwd)[ \t]",
        r"\bejabberdctl[ \t]+(?:register|change_password)[ \t]",
        r"\bregister_new_matrix_user\b[^\n]*[ \t](?:-k|--shared-secret)[ \t=]",
        r"\bocc[ \t]+talk:signaling:add[ \t]",
        r"^[ \t]*login[ \t]+[^\s=]+[ \t]+\S+[ \t]*$",
        r"\bidentify[ \t]+\S",
        r"\*sasl[ \t]+set[ \t]",
        r"initialized 'superuser' password on server",
    ),
)  # fmt: skip
ZNC_SERVER = Detector(
    KIND, ("server",), _server_spans, (r"^[ \t]*server[ \t]*=[ \t]*\S+[ \t]+\+?\d+[ \t]+\S",)
)
ZNC_HASH = Detector(KIND, ("hash",), _hash_spans, (r"^[ \t]+hash[ \t]*=[ \t]*[0-9a-f]{32}",))
SECURITY_KEY = Detector(KIND, ("es",), _key_spans, (r"\bes[1-9a-z]{2}(?: [1-9a-z]{4}){11}",))
LIVEKIT_KEYS = Detector(
    KIND, ("api",), _livekit_spans, (r"^[ \t]+api[a-z0-9]{8,16}:[ \t]+[a-z0-9]{32}",)
)
