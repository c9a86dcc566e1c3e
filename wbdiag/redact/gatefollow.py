"""The leak gate's context check, its second half (the first, where a context is: gatecontext.py):
the random-looking tokens within reach after a context, unless its value was redacted already or
another name takes them, or they are public key material or git object ids (gatepublic.py) or
an error message's diagnostics (gatediag.py), or prose that goes on after the secret word
(`_prose`).
"""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact import gatediag, gatedigests, gatehandles, gatepublic, gatevendors, gatewire
from wbdiag.redact.gatecontext import CONTEXT_RX, MIXED_RX, context_ends, public_before
from wbdiag.redact.gatetoken import VARIABLE, looks_random
from wbdiag.redact.values import is_node_id

# Candidate tokens: runs between quotes, brackets, separators and key/value punctuation.
_TOKEN = lazyre.compile(r"[^\s\"'`,;(){}\[\]<>|=:@&\\]{8,512}=?=?")
_REACH = 48  # how far after a context its value may start
# another name with its value: `k70=`, `"requestId":`, `id:` glued (prose's `for ops: ` is not)
_OTHER_NAME = lazyre.compile(
    r"[\s,;{&](?:([A-Za-z_][\w.-]{0,40})(?:=|:\Z)|[\"']([A-Za-z_][\w.-]{0,40})[\"'][ \t]?[=:])"
)
# names that hold the value of the name before them (`{"name":"X_PASSWORD","value":"…"}`)
_VALUE_NAMES = frozenset(("value", "val", "data", "stringdata", "string", "code", "v"))
# a quoted field whose string value names the entry, then the entry's next field: an API
# client's environment entries (Hoppscotch's `{"key":"runId","value":"…","secret":false}`)
_ENTRY_NAME = lazyre.compile(r"[\"']?[ \t]?:[ \t]?[\"']([A-Za-z_][\w.-]{0,64})[\"'][ \t]?,")
# A run without spaces, quotes or markup that generated passwords may hold whole
_PUNCTUATED = lazyre.compile(r"[^\s\"'`<>\\=:@/]{8,64}")
# a template's reference as a query parameter's value, the next parameter glued to it by `&`
# (`?key=${MAPS_KEY}&libraries=places`): the reference is the value, set elsewhere
_QUERY_REFERENCE = lazyre.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]{0,80}\}&")
# a word between stars: a tool's mask (the AWS SDK for JavaScript v3's
# `***SensitiveInformation***`, `***REDACTED***`)
_STARRED_WORD = lazyre.compile(r"\*{2,8}[A-Za-z]{3,40}\*{2,8},?")
# OpenLDAP's pass-through scheme as LDIF's base64 (`userPassword:: e1NBU0x9…`, `{SASL}…`):
# saslauthd checks the password, the entry holds none
_PASS_THROUGH = "e1NBU0x9"
# a URL's port and the path after it (`…@{DATABASE_HOST}:5432/superset`): no value of its own
_PORT_PATH = lazyre.compile(r"[0-9]{2,5}/[\w./-]{0,256}")


def _in_template_tag(text: str, start: int) -> bool:
    """The token stands inside a template's tag (Insomnia's `{% response 'body', 'req', 'b64::…'
    %}`, Jinja's `{% … %}`): the tag's arguments are code that fetches a value, not the value."""
    return "{%" in text and text.rfind("{%", 0, start) > text.rfind("%}", 0, start)


_PASSWORD_SYMBOLS = frozenset("!#$%^&*();,~")
_NOT_CODE = frozenset("!#$%^&*~")  # brackets and commas alone are code: `SSLError(Cert(1,`
# what joins a redacted part to the rest of its value: the shell's ways to put a quote inside a
# single-quoted value (`'…'"'"'…'`, `'…'\''…'`), Helm's escaped comma in `--set` (`…\,…`), and
# nothing (a value the redaction ended early inside: `$'[REDACTED:…]…'` after an escaped quote)
_QUOTE_GLUE = frozenset(("'\"'\"'", "'\\''", "\\,", ""))
# Prose after a secret word, not its value: a word that ends a sentence with its mark glued to
# it (omniauth's `Authentication failure! SSL_connect …`), unless a `=`, `:` or quote gives it
# to the name (`password: failure!` is a value); a word as prose writes it, lower case or
# capitalised (mixed case is a value cut short: MySQL's truncated `'kQRmbHTyQaQRZvqs...'`).
# And the token right after a clause of two words or more that ended after the secret word
# (Hugging Face's `Token is valid (permission: read). <next output>`; not one a sentence goes
# on to name: MSI's `Adding DBPASSWORD property. Its value is '…'.`)
_CLOSING_WORD = lazyre.compile(r"[A-Z]?[a-z]{2,63}[.!?]{1,3}")
_SENTENCE_END = lazyre.compile(r"[A-Za-z)\]][.!?]{1,3}[ \t]{1,4}\Z")


def _prose(text: str, end: int, start: int, token: str) -> bool:
    """The token at `start` is prose that goes on after the context ending at `end`: a word
    closing a sentence, not given to the name, or anything after a clause's end."""
    gap = text[end:start]
    ended = _SENTENCE_END.search(gap)
    if ended is not None and len(gap[: ended.start() + 1].split()) >= 2:
        return True  # (a clause: a label's `Token expired. <value>` is still judged)
    after = start + len(token)
    return (
        _CLOSING_WORD.fullmatch(token) is not None
        and not any(c in gap for c in "=:\"'")
        and (after == len(text) or text[after] in " \t")
    )


# a value masked whole, a field or a cell of its own
_MASKED_VALUE = lazyre.compile(r"(?:^|(?<=[\s:=|]))\*{6,64}(?=[\s|,;]|\Z)")


def _taken(gap: str) -> bool:
    """Between a context and a token: the context's value was redacted already, or another
    name takes the token (`db_password=[REDACTED:…] k70=…`, `"password":"…","other":"…"`).
    A token glued to a redacted part, directly or by a shell's quoting or an escape, is the rest
    of that value (`PWD='[REDACTED:…]'"'"'Kux…'`, `password=[REDACTED:…]\\,Te…`)."""
    if "[REDACTED:" in gap:
        return gap[gap.rfind("]") + 1 :] not in _QUOTE_GLUE
    if "******" in gap and _MASKED_VALUE.search(gap) is not None:
        return True  # the tool masked the context's value (`influx auth list`'s Token column)
    entry = _ENTRY_NAME.match(gap)
    if entry is not None and (
        CONTEXT_RX.search(entry.group(1)) is None or not context_ends(entry.group(1), names=True)
    ):
        return True  # (an entry's field names another value: `{"key":"runId","value":"…"}`)
    for m in _OTHER_NAME.finditer(gap):
        name = (m.group(1) or m.group(2)).lower()
        if name not in _VALUE_NAMES and (
            CONTEXT_RX.search(name) is None or not context_ends(name, names=True)
        ):
            return True  # (or a name a secret word is part of that names no secret: `auth_domain`)
    return False


def _continues_name(text: str, end: int) -> bool:
    """A token that starts where a secret word ends, inside the same name, is the rest of that
    name (`authorization.k8s.io`, `password_file`), not its value; a flag's glued value
    (`-pTq8Zw…`) is a value."""
    if end < 2 or not text[end - 1].isascii() or not text[end - 1].isalnum():
        return False
    if text[end - 2] == "-" and (end < 3 or text[end - 3] in " \t\n\"'"):
        return False  # -p, -P, -a
    nxt = text[end] if end < len(text) else ""
    return nxt.isascii() and (nxt.isalnum() or nxt in "._-")


def random_tokens(text: str, ends: list[int]) -> Iterator[str]:
    """The random-looking tokens that start close after a context's end (a secret follows its
    name: `password=…`, `-p …`, `Authorization: Bearer …`) and whose own name or prefix does
    not make them public: tokens between separators, and punctuated passwords whole
    (`R;z%JGdy!)99vO`, which the separators cut into pieces too short to judge). One pass per
    kind of token, however many contexts the line holds."""
    if not ends:
        return
    for rx in (_TOKEN, _PUNCTUATED):
        i = 0
        for m in rx.finditer(text, ends[0]):
            start, token = m.start(), m.group(0)
            if start and text[start - 1] == "\\" and token[0] in "ntr":
                # (a JSON string's escaped newline or tab before a word, `\nRequestId:`: the
                # escape's letter is no part of what follows it)
                start, token = start + 1, token[1:]
                if len(token) < 8:
                    continue
            while i + 1 < len(ends) and ends[i + 1] <= start:
                i += 1  # the nearest context before the token
            end = ends[i]
            if start > end + _REACH or (end and _taken(text[end:start])):
                continue
            if start == end and _continues_name(text, end):
                continue
            if end and _prose(text, end, start, token):
                continue
            if rx is _PUNCTUATED and (
                sum(c in _PASSWORD_SYMBOLS for c in token) < 2
                or not any(c in _NOT_CODE for c in token)
                or token.islower()
                or token.isupper()
                or _QUERY_REFERENCE.match(token) is not None
            ):
                continue
            if (
                MIXED_RX.search(token) is not None
                and looks_random(token)
                and VARIABLE.fullmatch(token) is None
                and _STARRED_WORD.fullmatch(token) is None
                and not gatewire.masked_plain(token)
                and not gatedigests.md5_header(text, start, token)
                and not gatedigests.file_cell_digest(text, start, token)
                and not gatedigests.krb5_key_trace(token)
                and not gatedigests.conda_pin(text)
                and not token.startswith(_PASS_THROUGH)
                and not (text[start - 1 : start] == ":" and _PORT_PATH.fullmatch(token))
                and not _in_template_tag(text, start)
                and not public_before(text, start)
                and not gatepublic.public_key_material(token)
                and not gatepublic.git_object_id(text, start, token)
                and not gatepublic.signing_key_id(text, start, token)
                and not gatepublic.listed_key_id(text, start)
                and not gatepublic.object_id(text, start, token)
                and not gatepublic.acme_txt_value(text, start, token)
                and not gatepublic.option_cluster(text, start, token)
                and not gatepublic.sigv4_scope(token)
                and not gatepublic.shard_name(token)
                and not gatepublic.client_instance_name(token)
                and not gatepublic.token_identifier(token)
                and not is_node_id(token)
                and not gatepublic.principal_id(token)
                and not gatevendors.published_key(token)
                and not gatepublic.key_digest(text, token)
                and not gatedigests.integrity_hash(token)
                and not gatedigests.digest_element(text, start)
                and not gatedigests.checksum_line(text, start)
                and not gatedigests.key_authorization(text, token)
                and not gatehandles.cookie_name(text, start, token)
                and not gatehandles.object_key(text, start, token)
                and not gatehandles.reveal_hint(text, start)
                and not gatediag.diagnostic(text, end, start, token)
            ):
                yield token
