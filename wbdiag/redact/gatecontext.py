"""The leak gate's context check: a random-looking token close after something that, to the
gate on its own, says a secret follows. Small units, none shared with the redactor's detectors:

- `context_ends`: where the line names a secret, in any common language or casing (`password`,
  `Kennwort`, `mot de passe`, `пароль`, `密码`, `비밀번호`), or has a credential's structure (a
  `-p`/`-a` flag, `Authorization`, `Bearer`, `Cookie`, `IDENTIFIED BY`); not inside the
  redactor's placeholders;
- `arms`: the line ends by naming a secret, so a value alone on the next line is one
  (`- name: SMTP_PASSWORD` / `value: …`, a wrapped `Authorization: token`, a table's header);
- whether a token reads as generated: gatetoken.py (`looks_random`, `reference`);
- `public_before`: the name or prefix before a token makes it public (a digest, hash, id,
  trace, ETag, version, nonce, cursor, name, path, algorithm), or the value it is part of refers
  to the secret or holds it encrypted (`arn:aws:…`, `vault:…`, `ENC[…]`);
- the tokens within reach after a context: gatefollow.py (`random_tokens`); a secret word in
  the name of something public is no context (a public key, XML-DSig's `SignatureValue`, keys
  an API reports revoked, a store's `session:<id>` key: gatepublicnames.py);
- a URL's userinfo: gateuserinfo.py (`userinfo_secrets`).
"""

from __future__ import annotations

import re

from wbdiag import lazyre
from wbdiag.redact import (
    gateaccess,
    gatedigests,
    gatehandles,
    gateprompts,
    gatepublic,
    gateuserinfo,
    gatevendors,
)
from wbdiag.redact.gatepublicnames import names_no_secret
from wbdiag.redact.gatetoken import looks_random
from wbdiag.redact.gatewords import (
    ASCII_WORDS,
    CODE_WORDS,
    MORE_ASCII_WORDS,
    MORE_WIDE_WORDS,
    PUBLIC_NAMES,
    REFERENCE,
    WIDE_WORDS,
)
from wbdiag.redact.prefilterre import literal_trie

# `auth` names a secret unless it is a file or package name (`gorilla/auth.go`); `key` as the
# end of a setting's name (`DD_API_KEY`, `sessionKey`, `key=`), not inside a word (`keyboard`).
_ASCII_PATTERNS = (
    r"auth(?:[^.a-z\n]|orization|token|key|pass)",
    r"key[^a-z\n]",
    # -p, -P, -a (redis-cli) flags, in a command line or an argument list (`"-a", "…"`)
    r"(?:^|[ \t\"'])-[pPa]",
)
# `pw` as a name of its own (`"pw": …`, `DB_PW=`), not inside a word (`pwm`, `upward`); for
# Python the characters around it as lookarounds
_PW = r"(?:^|[^0-9a-z\n])pw[^0-9a-z]"
_PW_PY = r"(?<![0-9a-z])pw(?=[^0-9a-z])"
# a configuration directive named for a password by its end, first on its line (nslcd's and
# slapd's `bindpw`, `rootpw`, `rootpwmodpw`; no English word ends so)
_PW_DIRECTIVE = r"^[ \t]*[a-z][a-z_]{0,23}pw"
_PW_DIRECTIVE_PY = _PW_DIRECTIVE + r"(?=[ \t:=])"
_CONTEXT = "|".join(
    [re.escape(w) for w in ASCII_WORDS] + list(_ASCII_PATTERNS) + [re.escape(w) for w in WIDE_WORDS]
)
# (the words added since, for the hints, in patterns of their own, one per kind: in the
# alternation the first hints share, or in one of their own, they made Hyperscan's scan of every
# block two to three times slower; apart they cost nothing measurable)
_MORE_CONTEXTS = (
    "(?:" + "|".join(re.escape(w) for w in MORE_ASCII_WORDS) + ")",
    "(?:" + "|".join(re.escape(w) for w in MORE_WIDE_WORDS) + ")",
    _PW,
    _PW_DIRECTIVE,
    "(?:" + "|".join(re.escape(w) for w in CODE_WORDS) + ")",
)
_ALL_ASCII_WORDS = ASCII_WORDS + MORE_ASCII_WORDS + CODE_WORDS
_ALL_WIDE_WORDS = WIDE_WORDS + MORE_WIDE_WORDS
_FLAG_PY = (r"(?:^|[ \t\"'])", r"(?<![^ \t\n\"'])")
# for Python: the ASCII words as a prefix tree, and a flag's start as a lookbehind (so `re`
# can skip ahead to the branches' first characters)
_CONTEXT_TREE = (
    literal_trie([w.lower() for w in _ALL_ASCII_WORDS])
    + "|"
    + "|".join(
        [p.replace(*_FLAG_PY) for p in _ASCII_PATTERNS]
        + [_PW_PY, _PW_DIRECTIVE_PY]
        + [re.escape(w) for w in _ALL_WIDE_WORDS]
    )
)
CONTEXT_RX = lazyre.compile(_CONTEXT_TREE, re.IGNORECASE | re.ASCII | re.MULTILINE)
# the same on an ASCII line lowered first: without IGNORECASE `re` skips to the branches' first
# characters instead of folding every character (about 3x faster; most lines are ASCII)
_CONTEXT_LOWER = (
    literal_trie([w.lower() for w in _ALL_ASCII_WORDS])
    + "|"
    + "|".join(
        [p.replace(*_FLAG_PY).replace("[pPa]", "[pa]") for p in _ASCII_PATTERNS]
        + [_PW_PY, _PW_DIRECTIVE_PY]
    )
)
_CONTEXT_LOWER_RX = lazyre.compile(_CONTEXT_LOWER, re.MULTILINE)
# A line that ends by naming a secret announces its value on the next line (`- name: X_SECRET`,
# `Authorization: token` wrapped, a table's header, `requirepass`, `2) "masterauth"`).
# (or opens a value that goes on below: a TOML or Python multi-line string, `secret_key =
# """\`, a YAML block scalar, `token: |-`)
_OPENER = r"[\"']?[ \t]{0,4}(?:[:=][ \t]{0,4}(?:\"\"\"|''')\\?|: [|>][-+]?[1-9]?)"
# (or a remark in brackets between the name and its colon: `license key (one line):`)
_REMARK = r"[ \t]{0,4}\([^()\n]{0,40}\)[ \t]{0,4}:"
_ARMS_RX = lazyre.compile(
    r"(?P<c>"
    + _CONTEXT_TREE
    + r")[A-Za-z0-9_.-]{0,24}(?:[^A-Za-z0-9\s]{0,6}|"
    + _OPENER
    + "|"
    + _REMARK
    + ")"
    r"[ \t]{0,4}$",
    re.IGNORECASE | re.ASCII | re.MULTILINE,
)
_ARMS_LOWER_RX = lazyre.compile(
    r"(?P<c>"
    + _CONTEXT_LOWER
    + r")[a-z0-9_.-]{0,24}(?:[^a-z0-9\s]{0,6}|"
    + _OPENER
    + "|"
    + _REMARK
    + ")"
    r"[ \t]{0,4}$",
    re.MULTILINE,
)
# A secret word inside a host or API group name names no secret (`rbac.authorization.k8s.io`,
# `secrets-store.csi.x-k8s.io`, `auth.example.com`): the dotted name it is part of ends in a
# top-level domain.
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_HOST_END = lazyre.compile(r"\.(?:io|com|org|net|dev|app|ai|cloud)\Z")
# Cyrillic and Greek letters that look like Latin ones, as they stand inside a Latin name to
# dodge a word match (`MYSQL_PАSSWORD` with a Cyrillic `А`): read as their Latin twins where
# they touch a Latin letter (`fold_confusables`); words of their own script are left as written.
_LOOKALIKE = "АВЕКМНОРСТХаеорсухіѕјΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαι"
_CONFUSABLES = str.maketrans(_LOOKALIKE, "ABEKMHOPCTXaeopcyxisjABEZHIKMNOPTYXoai")
_LOOKALIKE_NEXT_TO_LATIN = lazyre.compile(f"(?<=[A-Za-z])[{_LOOKALIKE}]|[{_LOOKALIKE}](?=[A-Za-z])")
# (for Hyperscan, which reads bytes: each letter as its own UTF-8 sequence)
# (both cases spelled out: Hyperscan's caseless flag folds ASCII letters only, and the hint must
# pick every line it matches as `re` reads it, caselessly)
_LOOKALIKE_ANY = (
    "(?:" + "|".join(dict.fromkeys(_LOOKALIKE + _LOOKALIKE.lower() + _LOOKALIKE.upper())) + ")"
)
# Hyperscan hint: a context, then somewhere after it a pair of characters every random-looking
# token holds (a digit next to a letter, a case change inside a word, a symbol next to a letter
# or digit); caseless is off for the case changes.
_SYMBOL = r"[^\sA-Za-z0-9\"'`,;(){}\[\]<>|=:@\\._/+-]"
_MIXED = (
    r"(?:[0-9][A-Za-z]|[A-Za-z][0-9]|(?-i:[a-z][A-Z]|[A-Z]{2}[a-z])"
    r"|[A-Za-z0-9]" + _SYMBOL + "|" + _SYMBOL + r"[A-Za-z0-9])"
)
# the same pairs for Python: a token without one is not judged, so what the gate flags on a line
# its Hyperscan hint always picks
MIXED_RX = lazyre.compile(_MIXED.replace("(?-i:", "(?:"))
# a command that prints a newly generated secret, whatever it is named: random bytes in an
# encoding (`python -c '…os.urandom(32)…'`, `secrets.token_urlsafe`, `openssl rand -base64 32`,
# `head -c 32 /dev/urandom | base64`, `pwgen`), as setup guides have a cookie secret made; a
# WireGuard key not piped to `wg pubkey`, Headscale's new pre-auth or API key, Laravel's new
# application key (`artisan key:generate --show`)
_COMMAND_GENERATES = lazyre.compile(
    r"(?i)urandom|\btoken_(?:hex|urlsafe|bytes)\(|(?<![\w-])openssl[ \t]{1,4}rand(?![\w-])"
    r"|(?<![\w-])pwgen(?![\w-])|\bwg[ \t]{1,4}gen(?:key|psk)\b(?![^\n]*pubkey)"
    r"|\b(?:preauthkeys|apikeys)[ \t]{1,4}create\b|\bkey:generate\b"
    r"|\bconsul[ \t]{1,4}keygen\b"  # (Consul's gossip encryption key)
)
GENERATES_LITERALS = (
    *("urandom", "token_", "openssl rand", "pwgen", "wg gen", "keys create", "key:generate"),
    "consul keygen",
    # (the words GENERATES_HINT requires where it lets blanks vary: `openssl  rand`, `wg
    # genpsk`; `key` holds the others)
    *("openssl", "genpsk"),
)
GENERATES_HINT = (
    r"(?:urandom|token_(?:hex|urlsafe|bytes)\(|openssl[ \t]+rand|pwgen|wg[ \t]+gen(?:key|psk)"
    r"|(?:preauthkeys|apikeys)[ \t]+create|key:generate|consul[ \t]+keygen)"
)
# a mapping's key alone on its line opens a block (`redirectURIs:`): no value, whatever names a
# secret on the line before it (`secretEnv: WANDB_CLIENT_SECRET`)
_KEY_ALONE = lazyre.compile(r"[ \t]{0,64}(?:-[ \t]{1,8})?[A-Za-z_][\w.-]{0,63}:[ \t]{0,8}\r?\n?")


def key_alone(text: str) -> bool:
    """The line is a mapping's key and nothing else (`  redirectURIs:`)."""
    return _KEY_ALONE.fullmatch(text) is not None


# an HTML meta tag names its own value (`<meta name="build-sha" content="…">`)
_META_NAMED = lazyre.compile(
    r"[ \t]*<meta[ \t]+(?:name|property)=[\"']([^\"'<>]{1,128})[\"'][ \t]+content="
)


def names_own_value(text: str) -> bool:
    """The line gives its value under a name of its own that names no secret, so the line before
    names none of it: an HTML meta tag's `name` and `content` (Rails' `csrf-param` meta tag names
    the next tag's parameter, `authenticity_token`; a page's `build-sha` tag may follow; its
    `csrf-token` tag stays armed)."""
    if text.lstrip(" \t")[:5].lower() != "<meta":
        return False
    m = _META_NAMED.match(text)
    return m is not None and CONTEXT_RX.search(m.group(1)) is None


# for the prefilter: literal hints (the pure-Python engine) and Hyperscan patterns
LITERALS: tuple[str, ...] = (
    *_ALL_ASCII_WORDS,
    *("auth", "key", "-p", "-a", "pw", "://", "%3a%2f%2f", "%253a", "@(", "@tcp(", "@unix("),
    "3a%",  # (an encoded URL's `%3a%252f…`, `%25253a…`: gateuserinfo.HINTS)
    "&{",
    # a line that opens a multi-line value (HINTS): the pure-Python prefilter tries a group's
    # hints on a line only when it holds one of its literals
    *('"""', "'''", ": |", ": >"),
    *(
        "reveal",
        "decrypt",
        "unseal",
        "deobfuscate",
        "unobscure",
        "|rev",
        "| rev",
        "base64",
        "xxd",
        "-field=",
    ),
    *GENERATES_LITERALS,
    *_ALL_WIDE_WORDS,
    *_LOOKALIKE.lower(),
    # (Turkish's capitals: a dotted `İ` lowers to two characters, so the pure-Python prefilter
    # misses `ŞİFRE` by its spelling; its `ş` picks the line)
    "ş",
    "ldapobject.",  # (python-ldap's trace of a bind: `_BIND_TRACE`)
)
# (the announcing line's hint ends at the newline: a `$` costs Hyperscan more, and the last line
# of a block announces nothing the block holds; the first hint runs on to the line's end, so
# Hyperscan reports a line once, not at every pair after its context)
HINTS: tuple[str, ...] = (
    "(?:" + _CONTEXT + r")[^\n]*" + _MIXED + r"[^\n]*(?:\n|\z)",
    "(?:" + _CONTEXT + r")[0-9a-z_.-]*[^0-9a-z\s]*[ \t]*\n",
    # a line that ends by opening a multi-line value (`arms` then looks for the name before it;
    # with the name in the pattern, or `[:=]` before a YAML block's `|`, the scan of every block
    # would take twice as long)
    r"(?:\"\"\"|''')\\?[ \t]*\n",
    r": [|>][-+]?[1-9]?[ \t]*\n",
    *gateuserinfo.HINTS,  # a URL's userinfo
    # a look-alike letter (`fold_confusables`; that it touches a Latin letter is left to Python:
    # as a hint that costs the scan of every block about a tenth more)
    _LOOKALIKE_ANY,
    # a command that names a secret or reveals what it is given (`announces_output`)
    *(
        "^" + prompt + r"[^\n]*(?:" + _CONTEXT.replace(r"(?:^|[ \t\"'])", "") + r")[^\n]*\n"
        for prompt in (gateprompts.HINT, gateprompts.USER_HINT)
    ),
    *(
        "^" + prompt + r"[^\n]*(?:reveal|decrypt|unseal|deobfuscate|unobscure"
        r"|\|[ \t]?(?:rev|base64|xxd)|[ \t]-field=)[^\n]*\n"
        for prompt in (gateprompts.HINT, gateprompts.USER_HINT)
    ),
    # a command that prints a generated secret (`_COMMAND_GENERATES`), a hint of its own
    *(
        "^" + prompt + r"[^\n]*" + GENERATES_HINT + r"[^\n]*\n"
        for prompt in (gateprompts.HINT, gateprompts.USER_HINT)
    ),
    # the first two for the words added since (`_MORE_CONTEXTS`)
    *(c + r"[^\n]*" + _MIXED + r"[^\n]*(?:\n|\z)" for c in _MORE_CONTEXTS),
    *(c + r"[0-9a-z_.-]*[^0-9a-z\s]*[ \t]*\n" for c in _MORE_CONTEXTS),
    # a remark in brackets before the colon (`_REMARK`)
    *(
        c + r"[0-9a-z_.-]*" + _REMARK + r"[ \t]*\n"
        for c in ("(?:" + _CONTEXT + ")", *_MORE_CONTEXTS)
    ),
    # a label in words (`_WORDS_LABEL`: `Password for the elastic user (…):`)
    r"(?:password|passphrase|token|secret)[ \t]{1,3}for[ \t][^\n]*:[ \t\r]*\n",
    # python-ldap's trace of a bind (`_BIND_TRACE`)
    r"ldapobject\.(?:simple_bind|bind|sasl_bind|passwd)(?:_s)?[ \t\r]*\n",
)

_PLACEHOLDER = lazyre.compile(r"\[REDACTED:[^\]\s]{1,64}\]")
# The name or prefix right before a token, read backwards (`re.match` on the reversed text
# looks at the few characters in front of the token only); gatewords.PUBLIC_NAMES judges it.
# (SQL quotes its names in backticks: `` `key_hash` = '…' ``)
_KEY_BACKWARDS = lazyre.compile(r"[\"'`\\ \t]{0,4}[:=]?[\"'`\\ \t]{0,4}([A-Za-z0-9_./-]{1,40})")


def path_value(segment: str) -> bool:
    """A path segment that looks like a generated secret (a reset link's token)."""
    return MIXED_RX.search(segment) is not None and looks_random(segment)


def name_before(text: str, start: int) -> str:
    """The name right before the value at `start` (`"AccessKeyId": ` gives `AccessKeyId`);
    empty when there is none."""
    m = _KEY_BACKWARDS.match(text[max(0, start - 64) : start][::-1])
    return "" if m is None else m.group(1)[::-1]


_LISTED_NAME = lazyre.compile(
    r",(?=[A-Za-z_][A-Za-z0-9_]{0,64}=)|\$\{oc\.env:[A-Za-z_][A-Za-z0-9_]{0,128},"
    # (a shell's default after the variable, `${API_TOKEN:-<default>}`, and devcontainer.json's,
    # `${localEnv:API_TOKEN:<default>}`)
    r"|\$\{(?:(?:localEnv|containerEnv):)?[A-Za-z_][A-Za-z0-9_]{0,128}(?::-?|:?=|-)"
)


# an XML element the value opens (`<HostId>`, `<ETag>&quot;` in an S3 answer): its name
_ELEMENT_OPEN_BEFORE = lazyre.compile(
    r"<(?:[A-Za-z][\w.-]{0,15}:)?([A-Za-z][\w.-]{0,40})>(?:&quot;|\")?\Z"
)


def public_before(text: str, start: int) -> bool:
    """The name or prefix in front of the token at `start` says the value is public, or the
    value it is part of is a reference (`arn:aws:…`, `vault:…`) or encrypted (`ENC[…]`)."""
    window = text[max(0, start - 200) : start]
    key = name_before(text, start).lower()
    if not key:
        element = _ELEMENT_OPEN_BEFORE.search(window[-64:])
        key = "" if element is None else element.group(1).lower()
    if key and (key.endswith(PUBLIC_NAMES) or any(r in key for r in REFERENCE)):
        return True
    if key == "api_key" and gatepublic.listed_api_key(text):
        return True
    if (
        gatepublic.encrypted_before(window)
        or gatepublic.described_before(window)
        or gatepublic.published_before(window)
        or gatepublic.environment_read(window)
        or gatevendors.public_before(window)
    ):
        return True
    cut = max(window.rfind(" "), window.rfind("\t"), window.rfind('"'), window.rfind("'"))
    # (the value's own text: a comma before the next `NAME=` ends another's, `--export=A=${X},
    # SECRET=…`, as OmegaConf's ends the variable its resolver reads before the literal default,
    # `${oc.env:API_TOKEN,<default>}`, and a shell's and devcontainer.json's defaults after theirs;
    # an envelope's fields, `ENC[…,iv:…`, are one value)
    listed = [m.end() - 1 for m in _LISTED_NAME.finditer(window, cut + 1)]
    cut = max(cut, listed[-1] if listed else -1)
    return any(r in window[cut + 1 :].lower() for r in REFERENCE)


def in_host(text: str, start: int, end: int) -> bool:
    """The context at `start:end` is part of a host or API group name (`rbac.authorization.k8s.io`)."""
    left = start
    while left > 0 and start - left < 128 and text[left - 1] in _HOST_CHARS:
        left -= 1
    right = end
    while right < len(text) and right - end < 128 and text[right] in _HOST_CHARS:
        right += 1
    return _HOST_END.search(text, left, right) is not None


def fold_confusables(text: str) -> str:
    """`text` with the look-alike letters that touch a Latin letter read as Latin (the same
    length: positions stay)."""
    for _ in range(4):  # `раss`: the first letter touches a Latin one once the second is read
        folded = _LOOKALIKE_NEXT_TO_LATIN.sub(lambda m: m.group(0).translate(_CONFUSABLES), text)
        if folded == text:
            break
        text = folded
    return text


def context_ends(text: str, names: bool = False) -> list[int]:
    """Where each context on the line ends; none inside the redactor's placeholders (a
    `[REDACTED:password:1]` is no secret word), a host or API group name, a name of
    something public (gatepublicnames.py), or, on an access-log line, a path or other name
    (gateaccess.py; kept with `names`)."""
    target = None if names else gateaccess.request_target(text)
    if "[REDACTED:" in text:
        text = _PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)
    if not text.isascii():
        text = fold_confusables(text)
    found = (
        _CONTEXT_LOWER_RX.finditer(text.lower()) if text.isascii() else CONTEXT_RX.finditer(text)
    )
    return [
        m.end()
        for m in found
        if not in_host(text, m.start(), m.end())
        and not names_no_secret(text, m.start(), m.group(0).lower())
        and (target is None or not gateaccess.name_context(text, m.end(), target))
    ]


# an environment or template reference open before a name (`${`, `$__env{`, `$__file{`,
# `${env:`): the name is a variable's, and the reference is the value, set elsewhere
_REFERENCE_OPEN = lazyre.compile(r"\$(?:__(?:env|file))?\{(?:env:)?[^{}\s]{0,64}\Z", re.I)


# the line's own value, a placeholder that names the secret (an error message's or a usage's
# `export NEPTUNE_API_TOKEN="YOUR_API_TOKEN"`, `api_key: <your-api-key>`): the line is whole
_PLACEHOLDER_VALUE = lazyre.compile(
    r"(?i)[=:][ \t]{0,4}([\"']?)(?:<[^<>\n]{1,64}>|[\w.-]{0,32}(?:your|placeholder|example)[\w.-]{0,32})"
    r"\1[ \t\r]{0,4}\Z"
)


def arms(text: str) -> bool:
    """The line ends by naming a secret: a value alone on the next line is one (not a PEM
    public key's or certificate's header: the body that follows is public; not a host or API
    group name: `"apiGroup": "rbac.authorization.k8s.io",`)."""
    if "PUBLIC KEY" in text or "CERTIFICATE" in text or gatedigests.names_digest_file(text):
        return False  # (or a file that holds a digest: `$ cat auth-core-6.2.0.jar.sha1`)
    if _BLOB_LINE.fullmatch(text.strip(" \t\r")) is not None:
        return False  # a line of base64 alone (a PEM body's: `…LplXcpWdSon5nCS`) names nothing
    tail = text[-64:] if text.isascii() else fold_confusables(text[-64:])
    m = _ARMS_LOWER_RX.search(tail.lower()) if tail.isascii() else _ARMS_RX.search(tail)
    if m is None:
        return (
            _WORDS_LABEL.search(text, max(0, len(text) - _WORDS_TAIL)) is not None
            or _BIND_TRACE.search(tail) is not None
        )
    if in_host(tail, m.start("c"), m.end("c")):
        return False
    at = len(text) - len(tail) + m.start("c")
    if gatehandles.announces_none(text, at, at + len(m.group("c"))):
        return False
    if _REFERENCE_OPEN.search(text, max(0, at - 64), at) is not None:
        return False  # a variable's name in a reference, the line's value (`${DB_PASSWORD}`)
    if _PLACEHOLDER_VALUE.search(text, max(0, at - 72)) is not None:
        return False
    if _DIGEST_NAME_END.search(m.group(0)) is not None:
        return False  # a digest named after what it digests (a run config's `tokenizer_sha:`)
    return not names_no_secret(text, at, m.group("c").lower())


# a label in words that ends its line: the secret word, `for` and a few words that say whose it
# is, a remark in brackets, a colon (Elasticsearch's first-start banner: `Password for the
# elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):`; the word inside a
# command's name, `…-reset-password`, is none)
_WORDS_LABEL = lazyre.compile(
    r"(?i)(?<![\w-])(?:password|passphrase|token|secret)[ \t]{1,3}for(?:[ \t]{1,3}[\w.@-]{1,32}){1,4}"
    r"[ \t]{0,4}(?:\([^()\n]{0,96}\))?[ \t]{0,4}:[ \t\r]{0,4}\Z"
)
_WORDS_TAIL = 256
# python-ldap's trace (`trace_level`) of a bind or a password change: the call's name ends the
# line, its arguments follow on the next (`(('cn=…', '<password>', None, None), {})`)
_BIND_TRACE = lazyre.compile(r"LDAPObject\.(?:simple_bind|bind|sasl_bind|passwd)(?:_s)?[ \t\r]*\Z")


# a line that is one run of base64 with a digit, `+` or `/` in it: encoded data, no name
_BLOB_LINE = lazyre.compile(r"(?=[A-Za-z]{0,4095}[0-9+/])[A-Za-z0-9+/]{40,4096}={0,2}")


# the end of a name that says its value is a digest, as a word of its own after the secret
# word (`tokenizer_sha`, `token_checksum`, `api_key_fingerprint`)
_DIGEST_NAME_END = lazyre.compile(
    r"(?i)[_.-](?:sha(?:1|256|512)?|md5|hash|digest|checksum|commit|etag|fingerprint)"
    r"[\"']?[ \t]{0,4}[:=][ \t]{0,4}\Z"
)


# a secret named as a word of a command (`initial-password`, `{.data.password}`, `get-secret`),
# not inside another (`tokenizer`); a command that prints a digest or public key material
_COMMAND_SECRET = lazyre.compile(
    r"(?i)(?<![a-z])(?:pass(?:word|wd|phrase)?|secrets?|tokens?|credentials?|pwd|api[-_]?key)"
    r"(?![a-z])"
)
_COMMAND_PUBLIC = lazyre.compile(r"(?i)dgst|sum\b|hash|digest|fingerprint|pubkey|x509|\bls\b")


# a command that shows what it is given in the clear, whatever it is named: one that reveals,
# decrypts or decodes it, or a pipe through `rev` or a decoder (`… | base64 -d`, a go-template's
# `|base64decode`, `echo … | rev`, `rclone reveal …`, `vault kv get -field=…`)
_COMMAND_REVEALS = lazyre.compile(
    r"(?i)(?<![\w-])(?:reveal|decrypt|unseal|deobfuscate|unobscure)(?![\w-])"
    r"|\|[ \t]?(?:rev|base64(?:[ \t]{1,4}(?:-d|-D|--decode)|decode)|xxd[ \t]{1,4}-r)(?![\w-])"
    r"|[ \t]-field=\S"
)


def announces_output(text: str) -> bool:
    """A command at a shell prompt, or in its trace, that names a secret or reveals what it is
    given (`$ argocd admin initial-password`, `$ kubectl get secret db -o
    jsonpath='{.data.password}'`, `+ echo … | rev`): a lone token on the next line is its
    output (`lone_token`); a line of several is a table or a digest's listing."""
    command = gateprompts.command(text)
    return (
        command is not None
        and not gatedigests.names_digest_file(command)
        and (
            names_secret(command)
            or _COMMAND_REVEALS.search(command) is not None
            or _COMMAND_GENERATES.search(command) is not None
        )
    )


def names_secret(text: str) -> bool:
    """The text names a secret as a word (`WANDB_API_KEY`, `{.data.password}`), and not its
    digest or public key (`sha256sum`, `pubkey`)."""
    return _COMMAND_SECRET.search(text) is not None and _COMMAND_PUBLIC.search(text) is None


# `docker run` and `docker create` print the new container's id (64 lower-case hex digits), not
# what the command names (`-e REDIS_PASSWORD_FILE=…`)
_CREATES_CONTAINER = lazyre.compile(
    r"(?i)\b(?:docker|podman|nerdctl)(?:[ \t]+container)?[ \t]+(?:run|create)\b"
)
_CONTAINER_ID = lazyre.compile(r"[ \t]*[0-9a-f]{64}[ \t\r]*")


def lone_output(command: str, text: str) -> bool:
    """`text` is one token a command at a prompt printed (`announces_output`), and not the id
    of the container the command created."""
    return lone_token(text) and not (
        _CONTAINER_ID.fullmatch(text) is not None and _CREATES_CONTAINER.search(command) is not None
    )


def lone_token(text: str) -> bool:
    """The line holds one token and nothing else."""
    value = text.strip()
    return 8 <= len(value) <= 512 and value.isprintable() and " " not in value
