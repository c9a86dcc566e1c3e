"""Logins a protocol session carries, as a transcript or a capture shows them (the leak gate,
gate.py): the password stands where the protocol puts it, named by no secret word, often in
base64.

- SMTP `AUTH LOGIN`: the client's line answering the server's `334 UGFzc3dvcmQ6` (base64 of
  `Password:`), a base64 run of text (`C: …`, smtplib's `send: '…\\r\\n'`); after `AUTH LOGIN`
  alone, its answer that is no address, past `tcpdump -A`'s packet lines; `AUTH PLAIN` (also
  IMAP's `AUTHENTICATE PLAIN`, Dovecot's auth debug `AUTH<TAB>1<TAB>PLAIN … resp=…`): base64 of `authzid NUL user NUL password`, on the command's
  line or the client's next one;
- IMAP `LOGIN`: `a001 LOGIN user "password"`, the last argument;
- PostgreSQL's `PasswordMessage` as libpq's `PQtrace` writes it (`F  28  PasswordMessage
  "…"`): the password a cleartext login sends;
- Redis `AUTH` as a capture shows the RESP array: `*3`, `$4`, `AUTH`, `$7`, `default`, `$24`,
  then the password (also `HELLO 3 AUTH user password`'s, RESP3's handshake), over lines (a
  decoded capture) or on one (ngrep's `*3..$4..AUTH..`), where the bulk string's length says
  where the password ends; `MONITOR`'s and `SLOWLOG GET`'s
  quoted arguments (`"AUTH" "default" "…"`, `4) 1) "AUTH"` then its items over lines); a
  password these place is judged as such (`plausible_secret`: not Redis's own `(redacted)`);
- a Celery worker's debug trace of a task it runs (`TaskPool: Apply <function
  fast_trace_task …> (args:(name, id, {request}, (args…), {kwargs}…`): a positional argument
  that reads as generated (`looks_random`), none of the request's ids."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import MIXED_RX
from wbdiag.redact.gatetoken import looks_random, plausible_secret

_PROMPT = lazyre.compile(r"\b334 (?:UGFzc3dvcmQ6|cGFzc3dvcmQ6|UEFTU1dPUkQ6)")  # `Password:`
_ANSWER = lazyre.compile(r"(?<![\w+/=])([A-Za-z0-9+/]{4,512}={0,2})(?:\\r\\n|\\r|\\n)?['\"]?\r?\Z")
# (also Dovecot's auth protocol as its debug log shows it: `AUTH<TAB>id<TAB>PLAIN<TAB>…resp=…`)
_PLAIN = lazyre.compile(r"(?i)\bauth(?:enticate)?(?: |\t\d{1,10}\t)plain\b")
_B64 = lazyre.compile(r"(?<![\w+/=])[A-Za-z0-9+/]{8,512}={0,2}(?![\w+/=])")
_IMAP_LOGIN = lazyre.compile(
    r"(?:^|[\s>:])[A-Za-z0-9.]{1,16} (?i:login) (?:\"[^\"\n]{1,128}\"|[^\s\"]{1,128}) "
    r"(?:\"(?P<q>(?:[^\"\\\n]|\\.){6,256})\"|(?P<b>[^\s\"]{6,256}))[ \t]*\r?\Z"
)
# libpq's trace of the client's password message (after `AuthenticationCleartextPassword`)
_PG_PASSWORD = lazyre.compile(r"\bPasswordMessage[ \t]{1,8}\"(?P<v>(?:[^\"\\\n]|\\.){6,256})\"")
_RESP_SEP = r"(?:\.\.|\\r\\n)"
_RESP_INLINE = lazyre.compile(
    rf"\*[23]{_RESP_SEP}\$4{_RESP_SEP}(?i:auth){_RESP_SEP}\$(?P<n>\d{{1,3}}){_RESP_SEP}"
)
_BULK = lazyre.compile(rf"\$(?P<n>\d{{1,3}}){_RESP_SEP}")
_QUOTED_AUTH = lazyre.compile(
    r"\"(?i:auth)\" (?:\"(?:[^\"\\\n]|\\.){1,64}\" )?\"(?P<p>(?:[^\"\\\n]|\\.){6,256})\"[ \t]*\r?\Z"
)
# (the command's own list of arguments, numbered from one, inside an entry's: `4) 1) "AUTH"`)
_LISTED_AUTH = lazyre.compile(r"([ \t]*\d{1,3}\) 1\) )\"(?i:auth)\"[ \t]*\r?\Z")
_LISTED_ITEM = lazyre.compile(r"[ \t]*\d{1,3}\) \"(?P<v>(?:[^\"\\\n]|\\.){1,256})\"[ \t]*\r?\Z")
_CELERY = lazyre.compile(r"TaskPool: Apply <function [^>\n]{1,128}> \(args:\(")
_TASK_ARGS = lazyre.compile(r"\}, \((?P<a>[^()\n]{1,2048})\), \{")
_LITERAL = lazyre.compile(r"'([^'\\\n]{16,512})'|\"([^\"\\\n]{16,512})\"")

LITERALS = ("334 ", "plain", "login", "auth", "taskpool", "passwordmessage")
HINTS = (
    r"passwordmessage[ \t]+\"",
    r"334 (?:ugfzc3dvcmq6|cgfzc3dvcmq6|ueftu1dpukq6)",
    r"auth(?:enticate)?[ \t]+plain",
    r"auth\t\d+\tplain\t",
    r"[0-9a-z.][ \t]+login[ \t]+[^\s]+[ \t]+[^\s]{6}",
    r"\*[23](?:\.\.|\\r\\n)\$4(?:\.\.|\\r\\n)auth",
    r"^auth\r?$",
    r"\"auth\"[ \t]+\"",
    r"\)[ \t]+\"auth\"\r?$",
    r"taskpool: apply <function",
    r"auth[ \t]+login[ \t]*\r?$",
)
# `AUTH LOGIN` alone, its answers on the client's next lines; in `tcpdump -A`'s payload the
# packets' own lines come between: the packet's line (`10:51:11.880076 IP a.1 > b.587: Flags
# [P.], …`) and its headers' bytes shown as text (`E..N..@.@..`, IPv6's `` `… ``)
_AUTH_LOGIN = lazyre.compile(r"(?i)(?:^|[\s:>'\"])auth login[ \t]*(?:\\r\\n)?['\"]?\r?\Z")
_PACKET_LINE = lazyre.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} IP6? \S{1,64} > \S{1,64}: ")
_HEADER_BYTES = lazyre.compile(r"[E`][!-~]{2,80}")
_LOGIN_REACH = 8


def _judged(value: str) -> bool:
    """A value its place names a password, unless a word, a mask (`(redacted)`) or the like."""
    return MIXED_RX.search(value) is not None and plausible_secret(value)


def _text(run: str) -> str | None:
    """A base64 run decoded, when it is text."""
    try:
        raw = base64.b64decode(run + "=" * (-len(run) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return text if text and all(c.isprintable() or c == "\x00" for c in text) else None


# Dovecot's field of the client's response (`resp=`, base64, tab-separated)
_RESP_FIELD = lazyre.compile(r"\tresp=([A-Za-z0-9+/]{8,512}={0,2})(?=\t|\r?\Z)")


def _runs(text: str) -> Iterator[str]:
    yield from (m.group() for m in _B64.finditer(text))
    yield from (m.group(1) for m in _RESP_FIELD.finditer(text))


def _plain_password(text: str) -> bool:
    """Some base64 run on the line decodes to SASL PLAIN's `authzid NUL user NUL password`."""
    for run in _runs(text):
        decoded = _text(run)
        parts = decoded.split("\x00") if decoded else []
        if len(parts) == 3 and parts[1] and len(parts[2]) >= 4 and parts[2] not in _LOGGED_MASKS:
            return True
    return False


# what a client logs in the password's place of the `AUTH PLAIN` line it sends (Nodemailer)
_LOGGED_MASKS = frozenset({"/* secret */"})


def masked_plain(token: str) -> bool:
    """SASL PLAIN's `authzid NUL user NUL password` whose password is a client's logged mask."""
    decoded = _text(token) if token[:1] == "A" else None  # (`\0…` encodes to `A…`)
    parts = decoded.split("\x00") if decoded else []
    return len(parts) == 3 and parts[2] in _LOGGED_MASKS


def line_secrets(text: str) -> Iterator[str]:
    """What one line of a session carries: `AUTH PLAIN`'s credentials, IMAP's `LOGIN`
    password, libpq's traced `PasswordMessage`, a capture's or MONITOR's Redis `AUTH` password,
    a Celery task's argument."""
    if _PLAIN.search(text) and _plain_password(text):
        yield from _runs(text)
        return
    m = _IMAP_LOGIN.search(text)
    if m is not None:
        value = m.group("q") or m.group("b")
        if _judged(value):
            yield value
            return
    m = _PG_PASSWORD.search(text) if "PasswordMessage" in text else None
    if m is not None and _judged(m.group("v")):
        yield m.group("v")
        return
    yield from _resp_inline(text)
    m = _QUOTED_AUTH.search(text)
    if m is not None and _judged(m.group("p")):
        yield m.group("p")
        return
    if "TaskPool" in text and _CELERY.search(text):
        args = _TASK_ARGS.search(text)
        for lit in _LITERAL.finditer(args.group("a")) if args else ():
            value = lit.group(1) or lit.group(2)
            if MIXED_RX.search(value) and looks_random(value):
                yield value
                return


def _resp_inline(text: str) -> Iterator[str]:
    m = _RESP_INLINE.search(text)
    if m is None:
        return
    first = text[m.end() : m.end() + int(m.group("n"))]
    rest = text[m.end() + len(first) :]
    second = _BULK.match(rest, len(rest) - len(rest.lstrip(".\\rn")))
    value = rest[second.end() : second.end() + int(second.group("n"))] if second else first
    if _judged(value):
        yield value


def block_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of a password a session's later line carries, from the line at `i`: the
    answer to SMTP's `Password:` prompt, a two-step `AUTH PLAIN`'s credentials, the last
    argument of a Redis `AUTH` in a RESP capture's lines or a SLOWLOG entry's listed items."""
    text = block[i]
    if _PROMPT.search(text):
        for j in range(i + 1, min(len(block), i + 3)):
            m = _ANSWER.search(block[j])
            if m is not None and _text(m.group(1)) is not None:
                yield j, m.group(1)
                return
    elif "ogin" in text[-16:].lower() and _AUTH_LOGIN.search(text):
        yield from _login_answer(block, i)
    elif _PLAIN.search(text) and not _plain_password(text):
        for j in range(i + 1, min(len(block), i + 4)):
            if _plain_password(block[j]):
                yield j, block[j].strip()
                return
    elif text.strip().upper() == "AUTH" and i > 1 and block[i - 1].strip() == "$4":
        count = block[i - 2].strip()
        # (or `HELLO 3 AUTH user password`, RESP3's handshake: its protocol version before)
        hello = i > 3 and block[i - 4].strip().upper() == "HELLO"
        last = i + (4 if count == "*3" or hello else 2 if count == "*2" else 0)
        if i < last < len(block) and _judged(block[last].strip()):
            yield last, block[last].strip()
    else:
        m = _LISTED_AUTH.match(text)
        # (the items go on at the column of the command's own number: `1) "AUTH"`)
        indent = len(m.group(1)) - len(m.group(1).rstrip().rsplit(" ", 1)[-1]) - 1 if m else 0
        items = []
        for j in range(i + 1, min(len(block), i + 3)) if m is not None else ():
            item = _LISTED_ITEM.match(block[j])
            if item is None or len(block[j]) - len(block[j].lstrip()) != indent:
                break
            items.append((j, item.group("v")))
        if items and _judged(items[-1][1]):
            yield items[-1]


def _login_answer(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """The password among `AUTH LOGIN`'s answers on the lines after it: base64 of text that is
    no address (the user's name, if given, comes first), past a capture's packet lines and the
    server's `334` prompts."""
    for j in range(i + 1, min(len(block), i + _LOGIN_REACH)):
        line = block[j].strip()
        if _PACKET_LINE.match(line) or "334" in line or _header_bytes(line):
            continue
        m = _ANSWER.search(line)
        decoded = _text(m.group(1)) if m is not None else None
        if decoded is None:
            return
        if "@" in decoded:
            continue  # the user's name
        if _judged(decoded):
            yield j, m.group(1) if m is not None else line
        return


def _header_bytes(line: str) -> bool:
    """`tcpdump -A`'s text of a packet's IP and TCP headers: mostly dots."""
    return 2 * line.count(".") >= len(line) and _HEADER_BYTES.fullmatch(line) is not None


# a server's SASL challenge (`S: 334 …`, swaks' `<~  334 …`, msmtp's `<-- 334 …`): a prompt or
# a nonce, never what the client sends
_SERVER_CHALLENGE = lazyre.compile(
    r"(?:^|[\s\]])(?:S:|<-{1,2}|<~)[ \t]{1,4}334[ \t]{1,4}\S{1,512}[ \t]*\r?\Z"
)


def server_challenge(text: str) -> bool:
    """The line is an SMTP server's `334` challenge."""
    return "334" in text and _SERVER_CHALLENGE.search(text) is not None
