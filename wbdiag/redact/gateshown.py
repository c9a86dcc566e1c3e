"""Credential files a command at a prompt shows (the leak gate, gate.py), whose lines hold no
secret word: `cat`, `type`, `Get-Content`, `systemd-creds cat` or `base64` (a binary key file:
`base64 -w0 /etc/munge/munge.key`) of a file its name or its user names a credential store, at
a shell's prompt or root's (`# `, Red Hat's `[root@host ~]# `). The name says so by a part of
its own (`auth.txt`, `mgmt.pw`,
`psk.txt`, `keyfile`, `master.key`, `askpass.sh`), or a configuration line above names the
file for credentials (OpenVPN's `auth-user-pass FILE`, `http-proxy HOST PORT FILE`, `management
HOST PORT FILE`, memcached's `-Y FILE`, `…File=`). Its output, up to the next prompt, is read by
the layouts such files have: a login line then a password line (OpenVPN's `auth-user-pass`), one
token (a password, a key), `user:password` lines (memcached's `-Y` file, stunnel's PSKs), a key
wrapped over lines (MongoDB's keyfile), a script's `echo '…'` (an askpass helper); a value is
judged as a value its place names a secret (`plausible_secret`), a key by its form."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact import gatedigests, gateprompts
from wbdiag.redact.gatetoken import looks_random, made_up, plausible_secret, reference

# (root's `# ` prompt too: a command there is shown as at `$ `; and the prompt Red Hat's
# shells print by default, `[root@ctl0 ~]# `)
_ROOT = lazyre.compile(r"(?:\[[\w.-]{1,64}@[\w.-]{1,253}(?:[ \t][^\]\n]{0,256})?\][#$]|#) (?=\S)")
_SHOW = lazyre.compile(
    r"(?i)^(?:sudo[ \t]+(?:-\S+[ \t]+){0,4})?(?:[^|;&\n]{1,512}?[ \t]--[ \t]+)?"
    r"(?:cat|type|get-content|gc|systemd-creds[ \t]+cat(?:[ \t]+--\S+)*|base64)"
    r"(?:[ \t]+-\S+){0,4}[ \t]+['\"]?(?P<f>[^\s;|&'\"<>]{1,512})['\"]?[ \t;]*(?:echo)?[ \t]*\r?$"
)
_CREDENTIAL_NAME = lazyre.compile(
    r"(?i)(?:^|[._-])(?:auth|pw|pwd|pass|passwd|password|passphrase|secrets?|psk|creds?"
    r"|credentials?|keyfile|key|askpass|sasl|mysql_secret)(?:$|[._-])"
)
# a configuration line that names a file for credentials, and the file's name on it
_NAMES_FILE = lazyre.compile(
    r"(?i)^[ \t]*(?:auth-user-pass|http-proxy[ \t]+\S+[ \t]+\d+|management[ \t]+\S+[ \t]+\d+"
    r"|askpass)[ \t]+(?P<f>[^\s#;]{1,512})"
    r"|(?:[ \t]-Y[ \t]+|\w{0,64}(?:psk|key|password|secret|auth)file[ \t]*[=:][ \t]*)"
    r"['\"]?(?P<g>[^\s'\"]{1,512})"
)
_NAMING_REACH = 12  # lines above the command a configuration line names its file on
_OUTPUT_REACH = 8  # lines of output read
_TOKEN = lazyre.compile(r"[ \t]*(?P<v>[!-~]{6,512})[ \t]*\r?")
_PAIR = lazyre.compile(r"[ \t]*[\w.@\\-]{1,64}:(?P<v>[!-~]{6,512})[ \t]*\r?")
_ECHO = lazyre.compile(r"[ \t]*echo[ \t]+(?P<q>['\"]?)(?P<v>[^\s'\"]{6,512})(?P=q)[ \t]*\r?")
_KEY = lazyre.compile(r"[0-9A-Fa-f]{32,512}|[A-Za-z0-9+/]{40,512}={0,2}")
# a password file's hash (`$7$101$…`, `$apr1$…`, `{SSHA}…`): stored one-way, no secret
_HASHED = lazyre.compile(r"\$[0-9A-Za-z]{1,8}\$|\{(?!PLAIN\}|CLEARTEXT\})[A-Z0-9-]{2,16}\}")
_LOGIN = lazyre.compile(r"[ \t]*[\w.@\\-]{1,64}[ \t]*\r?")

LITERALS = ("cat", "type", "get-content", "gc", "base64")
# (after a prompt's mark, `sudo …` or `kubectl exec … --`)
HINTS = (
    r"(?:[$#>❯]|--|sudo)[ \t]+(?:sudo[ \t][^\n]*)?(?:cat|type|get-content|gc"
    r"|systemd-creds[ \t]+cat|base64)[ \t]",
)


def _shown_file(text: str) -> str | None:
    command = gateprompts.command(text)
    if command is None:
        m = _ROOT.match(text)
        command = None if m is None else text[m.end() :]
    if command is None:
        return None
    m = _SHOW.match(command.strip())
    return None if m is None else m.group("f")


def _named_above(block: Sequence[str], i: int, path: str) -> bool:
    base = re.split(r"[\\/]", path)[-1]
    for j in range(max(0, i - _NAMING_REACH), i):
        for m in _NAMES_FILE.finditer(block[j]):
            named = m.group("f") or m.group("g") or ""
            if named == path or re.split(r"[\\/]", named)[-1] == base:
                return True
    return False


def _judged(value: str) -> bool:
    if _HASHED.match(value) is not None:
        return False
    if "[REDACTED" in value or reference(value) or made_up(value):
        return False
    return plausible_secret(value) or looks_random(value) or _KEY.fullmatch(value) is not None


def _value(text: str, first: bool, last: bool) -> str | None:
    """The secret a line of the file's output holds, '' for none, None for a line that fits none
    of the layouts (the file's output has ended: what follows is another command's or record's)."""
    for rx in (_ECHO, _PAIR, _TOKEN):
        m = rx.fullmatch(text)
        if m is None:
            continue
        if not _judged(m.group("v")):
            return ""  # (the line's layout is this one: its value is no secret)
        # (a login line above a password line: its own line is no secret)
        login = rx is _TOKEN and first and not last and _LOGIN.fullmatch(text) is not None
        return "" if login else m.group("v")
    return None


def shown_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) of a credential in a file the command at `i` shows."""
    path = _shown_file(block[i])
    if path is None:
        return
    base = re.split(r"[\\/]", path)[-1]
    if _CREDENTIAL_NAME.search(base) is None and not _named_above(block, i, path):
        return
    if gatedigests.names_digest_file(base):
        return  # (a digest's sidecar, `auth-core-6.2.0.jar.sha1`: its name's word is the artefact's)
    end = i + 1
    while end < min(len(block), i + 1 + _OUTPUT_REACH) and block[end].strip():
        if gateprompts.command(block[end]) is not None or _ROOT.match(block[end]):
            break
        end += 1
    for j in range(i + 1, end):
        value = _value(block[j], j == i + 1, j == end - 1)
        if value is None:
            return
        if value:
            yield j, value
            return
