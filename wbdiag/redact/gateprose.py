"""Credentials as people write them in a ticket, a chat or a note, where no name stands right
before the value:

- `account_passwords`: a default account (W&B's own `wandb` too), or a mail address as the
  login, and its password joined by a spaced slash (`reachable with root / …`, `login admin /
  …`, a runbook's `**Admin login:** ops@example.com / …`): the second judged as generated
  (gatetoken.looks_random);
- `use_passwords`: a token a runbook or a ticket says to use to log in (`use … to log in as
  minioadmin`, `Use … for the minioadmin user`, its HTML's inline tags dropped), judged as
  generated;
- `read_passwords`: a password a program says it read from where it is kept, at the end of its
  sentence (Python keyring's DEBUG `got password for service 'x' user 'y': '…'`), judged as
  generated;
- `generated_passwords`: the password MySQL's server made for `root` at its first start, the
  end of its fixed notice (`A temporary password is generated for root@localhost: …`): twelve
  characters of letters, digits and punctuation, judged as no word (it may hold no digit);
- `struck_values`: a generated token right after a secret's value the redactor replaced, the
  line's last word: the old value struck through and the new one beside it (`password: ~~old~~
  new`, which the redactor took as one value up to the strike's end).
"""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatecontext import context_ends
from wbdiag.redact.gatetoken import looks_random

_ACCOUNTS = r"(?:root|admin|administrator|superuser|postgres|elastic|wandb)"
_MAILBOX = r"[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}"
_ACCOUNT_PAIR = lazyre.compile(
    r"(?<![\w/.-])(?:" + _ACCOUNTS + "|" + _MAILBOX + r") / ([^\s/\"'<>]{8,128})"
)
# `use TOKEN to log in`, `use TOKEN for the NAME user` (an inline tag or a backtick around each)
_TAG = r"(?:</?(?:tt|code|b|strong|em|kbd)>|`)?"
_USE = lazyre.compile(
    r"(?i)\buse[ \t]"
    + _TAG
    + r"([^\s<>`\"']{8,128})"
    + _TAG
    + r"[ \t](?:to[ \t](?:log|sign)[ \t]?in\b"
    r"|for[ \t](?:the[ \t])?" + _TAG + r"[\w.@-]{1,64}" + _TAG + r"[ \t](?:user|account|login)\b)"
)
# (the token no name's pair, `host=db`, nor a reference, `(v1:redis-creds)`; a string's closing
# quote may end the line after it)
_STRUCK = lazyre.compile(
    r"\[REDACTED:[^\]\s]{1,64}\]~{0,2}[ \t]+([^\s\[\]\"'=:()<>{},;]{8,256})[\"',;.)}\]]{0,3}[ \t]*\Z"
)

_READ = r"(?:got|retrieved|fetched)[ \t]password[ \t]for[ \t]"
_READ_PASSWORD = lazyre.compile(
    r"(?i)\b" + _READ + r"[^:\n]{0,120}:[ \t]{1,4}[\"']?([^\s\"']{8,256})[\"']?[ \t]*\Z"
)

_GENERATED = lazyre.compile(
    r"\bA temporary password is generated for [^\s:]{1,128}: ([^\s\[<]{8,64})[ \t]*\Z"
)

LITERALS = (" / ", "[redacted:", "password for ", "password is generated", "use ")
HINTS = (
    r"temporary password is generated for [^\s:]+: [^\s\[<]{8}",
    _ACCOUNTS + r" / [^\s/\"'<>]{8}",
    r"@[a-z0-9-]{1,63}\.[a-z0-9.-]{1,200} / [^\s/\"'<>]{8}",
    r"use[ \t](?:<[a-z]{1,6}>|`)?[^\s<>`\"']{8}[^\n]{0,160}[ \t](?:to[ \t](?:log|sign)|user|account|login)",
    _READ + r"[^:\n]*:[ \t]+[\"']?[^\s\"']{8}",
    r"\[REDACTED:[^\]\n]{1,64}\]~{0,2}[ \t]+[^\s\[\]]{8}[^\s\[]*[ \t]*(?:\n|\z)",
)


def account_passwords(text: str) -> Iterator[str]:
    for m in _ACCOUNT_PAIR.finditer(text):
        value = m.group(1).rstrip(".,;:!?)")
        if looks_random(value):
            yield value
            return


def use_passwords(text: str) -> Iterator[str]:
    for m in _USE.finditer(text):
        if looks_random(m.group(1)):
            yield m.group(1)
            return


def read_passwords(text: str) -> Iterator[str]:
    m = _READ_PASSWORD.search(text.rstrip("\r\n"))
    if m is not None and looks_random(m.group(1)):
        yield m.group(1)


def generated_passwords(text: str) -> Iterator[str]:
    m = _GENERATED.search(text.rstrip("\r\n"))
    if m is None:
        return
    value = m.group(1)
    kinds = (
        any(c.isupper() for c in value),
        any(c.islower() for c in value),
        any(c.isdigit() for c in value),
        any(not c.isalnum() for c in value),
    )
    if sum(kinds) >= 3:  # (no word: a generator's mix of classes)
        yield value


def struck_values(text: str) -> Iterator[str]:
    m = _STRUCK.search(text.rstrip("\r\n"))
    if m is None:
        return
    value = m.group(1).rstrip(".,;:!?)")
    if looks_random(value) and context_ends(text[: m.start()]):
        yield value


def prose_secrets(text: str) -> Iterator[str]:
    if " / " in text:
        yield from account_passwords(text)
    if "[REDACTED:" in text:
        yield from struck_values(text)
    if "use " in text or "Use " in text:
        yield from use_passwords(text)
    if "password for " in text:
        yield from read_passwords(text)
    if "password is generated" in text:
        yield from generated_passwords(text)
