"""Values the layouts the collectors write set apart from their name, read by the gate's own
patterns (none shared with the redactor):
- a listing of two columns apart by spaces whose name ends in a secret word (`mysqld --verbose
  --help`'s variables: `report-password      …`);
- a column of a `mysqlbinlog -v` row image (`###   @3='…'`), which has no name: a value that
  reads generated, not a hex digest;
- urlparse's port error, which prints what follows a URL's last `:` (`Port could not be cast to
  integer value as '…'`): a password's head;
- a password that goes on past an escape: a JSON `\\u003c` after a placeholder before the host's
  `@` (`mailer:[REDACTED…]\\u003c\\u00e9…@smtp…`), an escaped quote in a quoted DSN (logfmt's
  `dsn="u:ab\\"cd@tcp(…)/db"`);
- a base64 member of a record whose `name` names a secret (`"name":"SESSION_SECRET","b64":"…"`);
- base64 of a login and a password, Basic credentials without their scheme, under any name
  (`"raw":"d2FuZGI6…"`): found by the base64 of the logins services use most, with their colon,
  at a run's start;
- a registry export's binary value named for a secret, its first row's text (gateregistry.py);
- a Kerberos key a keytab listing prints in hex (gatekeytab.py: `klist -K`'s `(0x…)`);
- a configuration dump's values apart from their name (gatedumps.py);
- a value a trace binds to a parameter named after it (gatebinding.py: PowerShell's
  `BIND arg [Kq7…] to parameter [Password]`);
- a mapping named for a secret, keyed by the addresses its values open (gateaddressed.py: the
  W&B SDK's `{'azure_account_url_to_access_key': {'https://…': '…'}}`);
and over lines (`block_secrets`):
- curl `--trace-ascii` rows: a full row (64 bytes) goes on in the next, so a value cut there,
  glued to a placeholder or after a secret's `name=`, starts the next row, and a secret's name
  cut there ends in the next row before its `=` and value (`…&client_secr` / `et=…`);
- a multipart form's field named for a secret (also in a trace's rows): its body, after the
  part's headers and the blank line;
- a configuration dump's values on the lines below what names them (gatedumps.py);
- a google_authenticator file's seed and scratch codes, recovery codes printed below what names
  them (gateotp.py);
- a service-account key's `"private_key_id"` (40 hex: it names the private key beside it), also
  in that JSON kept escaped inside a string (a dotenv value: `\\"private_key_id\\": \\"…\\"`),
  unless the file's own lines go on with a public member where the private key would stand (a
  key file's public fields alone, the key left out, name a key that is not there; also its whole
  object on one line, closed without the key)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact import (
    gateaddressed,
    gatebinding,
    gatedumps,
    gatekeytab,
    gateotp,
    gateregistry,
)
from wbdiag.redact.gatecontext import context_ends
from wbdiag.redact.gatetoken import looks_random, plausible_secret
from wbdiag.redact.gatevalues import own_secret_name

_LISTING = lazyre.compile(r"([A-Za-z][\w.-]{1,63})[ \t]{2,128}([^\s|]{6,256})[ \t]*\Z")
_ROW_IMAGE = lazyre.compile(r"###[ \t]{1,8}@\d{1,4}='([^'\s]{16,1024})'")
_HEX_ONLY = lazyre.compile(r"[0-9a-fA-F-]{16,1024}")
_PORT_ERROR = lazyre.compile(r"(?i)port could not be cast to integer value as '([^'\s]{3,256})'")
_ESCAPED_REST = lazyre.compile(r"\](?P<r>(?:\\u[0-9a-fA-F]{4}|[^\s\"'@/\\\[\]]){4,256})@[\w.\[-]")
# the rest of a password after an escaped quote, before the host's `@`; and what comes before it
_AFTER_ESCAPED_QUOTE = lazyre.compile(r"\\\"(?P<p>[^\s\"'@\\]{1,256})@(?:tcp|unix|udp)?\(?[\w.\[-]")
_USER_BEFORE = lazyre.compile(r"[\w.-]{1,64}:[^\s\"'@\\]{0,256}\Z")
# (not a PHP-serialized string's type and length, `s:38:\"user:…@…\"`: no user and password)
_PHP_STRING_HEAD = lazyre.compile(r"s:[0-9]{1,9}:")
_USER_REACH = 330
_NAME_MEMBER = lazyre.compile(r"\"name\"[ \t]{0,4}:[ \t]{0,4}\"([^\"\s]{2,128})\"")
_B64_MEMBER = lazyre.compile(
    r"\"(?:b64|base64|value_b64|valueBase64)\"[ \t]{0,4}:[ \t]{0,4}\"([A-Za-z0-9+/_-]{8,4096}=*)\""
)
_KEY_ID = lazyre.compile(r"private_key_id\\?\"[ \t]{0,4}:[ \t]{0,4}\\?\"([0-9a-f]{40})\\?\"")
# (a key file writes its private key right after the key's id; in the file's own lines, a
# member on each, a public field there instead, `client_email` or `client_id`, says the key was
# left out: the id names a key not there. The same fields escaped in a setting's value or
# nested in a log record's object are the credential as configured, and stay judged)
_KEY_ID_LINE = lazyre.compile(r"[ \t]{0,16}\"private_key_id\"[ \t]{0,4}:")
# (or the file's whole object on one line, as `jq -c` or a minified file prints it, opening with
# its `type` and closed there with no private key among its members)
_KEY_FILE_LINE = lazyre.compile(
    r"[ \t]{0,16}\{[ \t]{0,4}\"type\"[ \t]{0,4}:[ \t]{0,4}\"service_account\""
)
_KEY_LEFT_OUT = lazyre.compile(r"[ \t]{0,4},?[ \t\r\n]{0,16}\"(?:client_email|client_id)\"")
_LOGINS = (b"wandb", b"admin", b"root", b"user", b"minio", b"postgres", b"mysql", b"default")
# (the characters `login:` alone decides at a run's start)
_LOGIN_RUNS = tuple(base64.b64encode(n + b":").decode()[: (len(n) + 1) * 4 // 3] for n in _LOGINS)
_B64_LOGIN = lazyre.compile(
    r"(?<![A-Za-z0-9+/_-])(?:" + "|".join(_LOGIN_RUNS) + r")[A-Za-z0-9+/]{4,1024}={0,2}"
)
_LOGIN_PAIR = lazyre.compile(r"[A-Za-z_][\w.@-]{0,63}:([^\s:/]{8,256})")
_ROW = lazyre.compile(r"([0-9a-f]{4,8}): ?(.{0,4096})\Z")
_WIDTH = 64
_LEAD = lazyre.compile(r"[^\s&\"'\[]{6,512}")
_PAIR_END = lazyre.compile(r"(?:^|[&?])([A-Za-z][\w.-]{0,63})=\Z")
# (or the name itself cut at the row's end: `…&client_secr` / `et=…`)
_NAME_END = lazyre.compile(r"(?:^|[&?])([A-Za-z][\w.-]{0,63})\Z")
_NAME_REST = lazyre.compile(r"([\w.-]{1,63})=([^\s&\"'\[]{6,512})")
_FORM = lazyre.compile(
    r"(?i)content-disposition:[ \t]{0,8}form-data;[ \t]{0,8}name=\"?([^\";\s]{1,128})"
)
_PART_LINES = 6  # a form part's headers and the blank line
_REDACTED = "[REDACTED:"
_WORD_REST = lazyre.compile(r"[A-Za-z]{0,16}")  # (`pass` of `password`)

LITERALS = (
    "###", "cast to integer", "\\u", '\\"', '"b64"', '"base64"', '"value_b64"', '"valuebase64"',
    "form-data",
    *(f"{d}: " for d in "0123456789abcdef"),
    "pass", "pwd", "secret", "token", "key", "credential", "private_key_id",
    *(r.lower() for r in _LOGIN_RUNS),
    *gatedumps.LITERALS, *gatebinding.LITERALS, *gateaddressed.LITERALS, *gateregistry.LITERALS,
    *gatekeytab.LITERALS, *gateotp.LITERALS,
)  # fmt: skip
HINTS = (
    r"^[a-z][0-9a-z_.-]*(?:pass|pwd|secret|token|key|credential)[0-9a-z_.-]*[ \t][ \t]+[^\s|]{6}",
    r"^###[ \t]+@[0-9]+='",
    r"cast to integer value as '",
    r"\]\\u[0-9a-f]{4}",
    r":[^\s\"'@]*\\\"[^\s@]*@",
    r"\"(?:b64|base64|value_b64|valuebase64)\"[ \t]*:",
    r"form-data;[ \t]*name=",
    r"^[0-9a-f]{4}: ",
    r"private_key_id\\?\"[ \t]*:",
    "|".join(_LOGIN_RUNS),
    *gatedumps.HINTS,
    *gatebinding.HINTS,
    *gateaddressed.HINTS,
    *gateregistry.HINTS,
    *gatekeytab.HINTS,
    *gateotp.HINTS,
)


def _names_secret(name: str) -> bool:
    """A name whose last word is a secret word (`report-password`, not `password-history`)."""
    ends = context_ends(name, names=True)
    return bool(ends) and _WORD_REST.fullmatch(name, ends[-1]) is not None


def layout_secrets(text: str) -> Iterator[str]:
    """The values a line's layout places: a listing's value, a row image's column, a port
    error's text, a password's rest past an escape, a secret's base64 member, a login's base64
    (and what the modules named in this module's docstring read)."""
    m = _LISTING.match(text)
    if m is not None and _names_secret(m.group(1)) and plausible_secret(m.group(2)):
        yield m.group(2)
    m = _ROW_IMAGE.match(text)
    if m is not None and not _HEX_ONLY.fullmatch(m.group(1)) and looks_random(m.group(1)):
        yield m.group(1)
    m = _PORT_ERROR.search(text)
    if m is not None and not m.group(1).isdigit() and _REDACTED not in m.group(1):
        yield m.group(1)
    for m in _ESCAPED_REST.finditer(text):
        if "\\u" in m.group("r"):
            yield m.group("r")
    for m in _AFTER_ESCAPED_QUOTE.finditer(text) if '\\"' in text else ():
        head = _USER_BEFORE.search(text, max(0, m.start() - _USER_REACH), m.start())
        if (
            head is not None
            and _PHP_STRING_HEAD.fullmatch(head.group()) is None
            and _REDACTED not in m.group("p")
        ):
            yield m.group("p")
    for m in _B64_LOGIN.finditer(text):
        if _login_pair(m.group()):
            yield m.group()
    name = _NAME_MEMBER.search(text) if '"name"' in text else None
    if name is not None and _names_secret(name.group(1)):
        for m in _B64_MEMBER.finditer(text):
            yield m.group(1)
    yield from gatedumps.dump_secrets(text)
    yield from gatebinding.bound_secrets(text)
    yield from gateaddressed.addressed_secrets(text, _names_secret)
    yield from gateregistry.named_secrets(text, own_secret_name)
    yield from gatekeytab.key_secrets(text)


def _login_pair(run: str) -> bool:
    """Base64 of `login:password`, the password generated-looking."""
    try:
        raw = base64.b64decode(run.rstrip("=") + "=" * (-len(run.rstrip("=")) % 4), validate=True)
        m = _LOGIN_PAIR.fullmatch(raw.decode("ascii"))
    except (binascii.Error, ValueError):
        return False
    return m is not None and looks_random(m.group(1))


def _row(line: str) -> str | None:
    m = _ROW.match(line)
    return m.group(2).rstrip("\r") if m else None


def _offset(line: str) -> int:
    m = _ROW.match(line)
    return int(m.group(1), 16) if m else -1


def _own_lines(line: str) -> bool:
    """The line is a key file's own: its `private_key_id` member alone, or the whole file's
    object closed on it without a private key."""
    if _KEY_ID_LINE.match(line) is not None:
        return True
    return (
        _KEY_FILE_LINE.match(line) is not None
        and line.rstrip().endswith("}")
        and '"private_key"' not in line
    )


def block_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line index, value) of what a trace's full row leaves to the next, of a secret-named
    form field's body, and of a service-account key's id unless its file's lines left its
    private key out (`_KEY_LEFT_OUT`), from the line at `i`."""
    yield from gatedumps.dump_block_secrets(block, i)
    yield from gateotp.otp_secrets(block, i)
    key_id = _KEY_ID.search(block[i]) if "private_key_id" in block[i] else None
    if key_id is not None:
        beyond = block[i][key_id.end() :] + (block[i + 1] if i + 1 < len(block) else "")
        if not _own_lines(block[i]) or _KEY_LEFT_OUT.match(beyond) is None:
            yield i, key_id.group(1)
    text = _row(block[i])
    # (a row the redaction changed is known full by the next row's offset)
    full = i + 1 < len(block) and _offset(block[i + 1]) - _offset(block[i]) == _WIDTH
    if text is not None and full:
        after = _row(block[i + 1])
        lead = _LEAD.match(after) if after else None
        pair = _PAIR_END.search(text)
        cut = text.endswith("]") or (pair is not None and _names_secret(pair.group(1)))
        if (
            lead is not None
            and cut
            and (plausible_secret(lead.group(0)) or looks_random(lead.group(0)))
        ):
            yield i + 1, lead.group(0)
        head = _NAME_END.search(text)
        rest = _NAME_REST.match(after) if head is not None and after else None
        if (
            head is not None
            and rest is not None
            and _names_secret(head.group(1) + rest.group(1))
            and (plausible_secret(rest.group(2)) or looks_random(rest.group(2)))
        ):
            yield i + 1, rest.group(2)
    form = _FORM.search(block[i]) if "form-data" in block[i] else None
    if form is None or not _names_secret(form.group(1)):
        return
    for j in range(i + 1, min(len(block) - 1, i + _PART_LINES)):
        row = _row(block[j])
        if (row if row is not None else block[j]).strip():
            continue  # a header of the part
        body = _row(block[j + 1])
        value = (body if body is not None else block[j + 1]).strip()
        if value and _REDACTED not in value and (plausible_secret(value) or looks_random(value)):
            yield j + 1, value
        return
