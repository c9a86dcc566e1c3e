"""Secrets in sentences a program or a shell prints, with no key before them:
- a password announced at the end of a sentence (MySQL's `A temporary password is generated for
  root@localhost: …`, `The generated password for the 'admin' user is: …`, `new password for
  wandb: …`, a migration's comment `-- temp password for reporting until IT rotates it: …`): a sentence that says a password was made or given (`password is generated`,
  `temporary password`), a clause of plain words without another pair in it, a colon and one
  token that ends the line and reads like a secret;
- a password pasted at a shell prompt, which the shell echoes as a command it cannot find
  (`bash: …: command not found`, `zsh: command not found: …`, `sh: 1: …: not found`, fish's
  `Unknown command: …`): the token when it reads random (letters of both cases and digits).
  The prompt line above it (`$ …`) holds the same token: the redactor takes it there too
  (redactor.py, ECHO_KIND);
- a password a runbook or a ticket tells the reader to use with no word for it (`use … to log in
  as minioadmin`, `Use … for the minioadmin user until we rotate`): the one token between `use`
  and what it logs in, when it reads generated (sentence.generated: `use SSO to log in`, `use
  the admin account` and `use kubectl for the wandb user` stay).
"""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, entropy
from wbdiag.redact.detectors.entropy import reads_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.detectors.sentence import HINTS as _SENTENCE_HINTS
from wbdiag.redact.detectors.sentence import PATTERNS as _SENTENCE_PATTERNS
from wbdiag.redact.detectors.sentence import generated, sentence_spans

KIND = "keyvalue"
ECHO_KIND = "pasted_secret"

_ANNOUNCE_WORD = lazyre.compile(r"(?i)(?<![\w-])(?:password|passphrase|passwd)(?![\w-])")
# the sentence says a password was made or given: `password is generated`, `temporary password`
_W = r"(?:password|passphrase|passwd)"
_PHRASES = (
    _W + r"[ \t]{1,4}(?:is|was|has[ \t]{1,4}been)[ \t]{1,4}(?:generated|created|set|reset|changed)",
    r"(?:generated|temporary|temp|tmp|initial|random|new|one-time|default)[ \t]{1,4}" + _W,
    # ... or read from where it is kept (Python keyring's DEBUG `got password for service 'x'
    # user 'y': '…'`)
    r"(?:got|retrieved|fetched)[ \t]{1,4}" + _W + r"[ \t]{1,4}for",
)
_PHRASE = lazyre.compile("(?i)" + "|".join(_PHRASES))
_CLAUSE_MAX = 120  # the words between the password word and the colon
_CLAUSE_STOP = lazyre.compile(r"[=:;{}\[\]<>|]")
# a date or a time (`changed at: 2026-01-02T10:00:00Z`), an address (`sent to: a@b.example`)
_NOT_SECRET = lazyre.compile(
    r"\d{4}-\d\d-\d\d[T ]?[0-9:.]{0,18}Z?|\d{1,2}:\d\d(?::\d\d)?|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
)


def _announced_spans(line: str) -> Iterator[Span]:
    body = line.rstrip()
    space = max(body.rfind(" "), body.rfind("\t"))
    if space < 0:
        return
    head = body[:space].rstrip(" \t")
    if not head.endswith(":"):
        return
    colon = len(head) - 1
    word = None
    for m in _ANNOUNCE_WORD.finditer(line, max(0, colon - _CLAUSE_MAX), colon):
        word = m  # the last password word before the colon
    if word is None or _CLAUSE_STOP.search(line, word.end(), colon):
        return
    if _PHRASE.search(line, max(0, word.start() - 24), colon) is None:
        return
    value = body[space + 1 :]
    if len(value) > 2 and value[0] == value[-1] and value[0] in "'\"":
        space, value = space + 1, value[1:-1]  # (the value quoted, as Python's `%r` prints it)
    if (secretish("password", value) or _three_classes(value)) and not _NOT_SECRET.fullmatch(value):
        yield space + 1, space + 1 + len(value), KIND


def _three_classes(value: str) -> bool:
    """Upper case, lower case and digits in one token: after a sentence that announces a
    password, one (MySQL's temporary passwords may hold a dot: `mw.lqgxwFgO7`, no code name)."""
    return (
        len(value) >= 8
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
    )


_NOT_FOUND = lazyre.compile(
    r"(?:^|(?<=\s))-?[a-z]{0,4}sh:(?:[ \t]\d{1,6}:)?[ \t](?P<a>[^\s]{8,256}?):[ \t]"
    r"(?:command[ \t])?not[ \t]found"
    r"|(?:zsh|fish):[ \t](?:command[ \t]not[ \t]found|Unknown[ \t]command):[ \t]"
    r"(?P<b>[^\s]{8,256})[ \t]*$"
)


def pasted(token: str) -> bool:
    """A token typed as a command that reads like a password, not a mistyped command: letters
    of both cases and digits with high entropy (a command name is a word, `kubectl1`, `helm3`)."""
    if reads_random(token):
        return True
    return (
        len(token) >= 10
        and token.isalnum()
        and any(c.isupper() for c in token)
        and any(c.islower() for c in token)
        and any(c.isdigit() for c in token)
        and entropy(token) >= 3.2
    )


def _pasted_spans(line: str) -> Iterator[Span]:
    for m in _NOT_FOUND.finditer(line):
        group = "a" if m.group("a") is not None else "b"
        if pasted(m.group(group)):
            yield m.start(group), m.end(group), ECHO_KIND


# `use <token> to log in` / `for the <account> user` (the token bare or in a Markdown code span)
_USE = lazyre.compile(
    r"(?i)(?<![\w-])use[ \t]{1,3}(?P<q>`?)(?P<v>[^\s`\"'<>]{8,128})(?P=q)[ \t]{1,3}"
    r"(?:to[ \t]{1,3}(?:log|sign)[ \t]?(?:in|on)(?![\w-])"
    r"|for[ \t]{1,3}(?:the[ \t]{1,3})?(?:`?[\w.@-]{1,64}`?[ \t]{1,3})?(?:user|account|login)(?![\w-]))"
)
_USE_HINTS = ("to log", "to sign", " user", " account", " login")


def _use_spans(line: str) -> Iterator[Span]:
    for m in _USE.finditer(line):
        if generated(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


_ANNOUNCE_HINTS = ("password", "passphrase", "passwd")
_PASTE_HINTS = ("not found", "unknown command")


def _prose_spans(line: str) -> Iterator[Span]:
    lowered = line.lower()
    if any(h in lowered for h in _ANNOUNCE_HINTS):
        yield from _announced_spans(line)
    if any(h in lowered for h in _PASTE_HINTS):
        yield from _pasted_spans(line)
    if any(h in lowered for h in _SENTENCE_HINTS):
        yield from sentence_spans(line)
    if "use" in lowered and any(h in lowered for h in _USE_HINTS):
        yield from _use_spans(line)


# one detector for these and sentence.py's (a detector more is a hint test more on every line the
# prefilter picks)
PROSE = Detector(
    KIND,
    tuple(sorted({*_ANNOUNCE_HINTS, *_PASTE_HINTS, *_SENTENCE_HINTS, *_USE_HINTS})),
    _prose_spans,
    (
        *_PHRASES,
        r"command[ \t]not[ \t]found",
        r":[ \t]not[ \t]found[ \t]*$",
        r"unknown[ \t]command:",
        # (the token in an inline element of HTML too: `Use <tt>…</tt> for the …`)
        r"use[ \t]{1,3}(?:`|<[a-z]{1,6}>)?[^\s`\"'<>]{8}[^\n]{0,120}[ \t]"
        r"(?:to[ \t]{1,3}(?:log|sign)|user|account|login)",
        *_SENTENCE_PATTERNS,
    ),
)
