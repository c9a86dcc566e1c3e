"""Where the value after a secret-named key starts and ends (keyvalue.py finds the key): its
quoting and escapes (JSON escaped inside JSON, YAML's doubled quotes, the shell's quote joins,
ANSI-C quoting), what wraps it (`Some "…"`, a pointer, go-spew's type), an Authorization
header's scheme, a Cookie header's values, and a YAML plain scalar told from a sentence
(`auth: loaded user object from cache` is prose, `password: hunter2 ok` a pair)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

from wbdiag import lazyre
from wbdiag.redact.detectors.barevalue import CODE, bare_value, spaced_value
from wbdiag.redact.detectors.base import Span, entropy, not_a_quoted_value
from wbdiag.redact.linebody import body_start
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

# an ODBC / ADO.NET braced value (`Pwd={a;b}`), up to the `;` or quote that ends the pair
_BRACED = lazyre.compile(r"\{(?P<v>[^{}\s\"']{1,512})\}(?=[;\"']|[ \t]*\Z)")
_QUOTE = lazyre.compile(r"(\\{0,7})([\"'`])")
# an option's constructor before a quoted value (Haskell's `Just "…"`, Scala's and Rust's `Some`)
# (and Go's conversion a diff prints a value in: go-cmp's `"password": string("…")`, `[]byte("…")`)
_WRAPPER = lazyre.compile(
    r"(?:(?:Just|Some|Ok|Right|Sensitive|Secret)[ \t]{1,4}|(?:string|\[\]byte)\()(?=\\{0,7}[\"'])"
)
# gdb prints a `char *` as its address, then the string (`passwd=0x55d0c1a2 "…"` in `bt full`)
_POINTER = lazyre.compile(r"0x[0-9a-f]{1,16}[ \t](?=[\"'])")
# go-spew's `Sdump` prints a field's type, and a string's length, before the value
# (`Password: (string) (len=16) "…",`, `Password: (string) "",`): the value is the quoted part
_SPEW_TYPE = lazyre.compile(
    r"\(\*?[A-Za-z_][\w.\[\]]{0,63}\)[ \t](?:\(len=\d{1,9}\)[ \t])?(?=[\"'])"
)
# Python bytes and string prefixes before a quote: b'…', u"…"; bash's ANSI-C and locale
# quoting, `$'\x41…'`, `$"…"`; CBOR diagnostic notation's byte strings, `h'…'`, `b64'…'`
_STR_PREFIX = lazyre.compile(r"(?:[bBuUrR]{1,2}|\$|h|b(?:64|32)|h32)(?=[\"'])")
_YAML_LINE_START = lazyre.compile(r"[ \t]*(?:-[ \t]+)?\Z")
_AUTH_SCHEME = lazyre.compile(
    r"(?i)(?:bearer|basic|token|digest|negotiate|ntlm|aws4-hmac-sha256|hmac|apikey|sso-key)[ \t]+"
)
_SIGNATURE = lazyre.compile(r"\bSignature=([^\s,]{1,40})")
_VENDOR_SCHEME = lazyre.compile(r"[A-Za-z][A-Za-z0-9_-]{1,24}(?P<w>[ \t]+)(?P<t>[^\s\"'\\]{1,512})")
# a shell's or PowerShell's variable standing for the credentials, to the end of the value
_SCRIPT_VARIABLE = lazyre.compile(
    r"\$(?:env:)?[A-Za-z_][A-Za-z0-9_]{0,64}(?:\.[A-Za-z_][A-Za-z0-9_]{0,64}){0,4}(?=[\s\"'`;,)}]|\Z)"
)
_HEADER_REST = lazyre.compile(r"[^\"'\\]{1,8192}")
# a user's name and a password, as VS Code REST Client writes them after `Basic` or `Digest`
_CLIENT_PAIR = lazyre.compile(r"[\w.@+-]{1,64}[ \t]+(?P<pw>\{\{[^{}]{1,200}\}\}|\S{1,400})")
_MASK_END = lazyre.compile(r"[,;\])}]{1,4}\Z")  # what closes a field a mask stands in
# a capture that prints CR LF as `..` (ngrep, tcpdump -A): the next header, or the blank line
# ending the headers, ends the value (`Authorization: Bearer ****..Accept: */*....`)
_DOTTED_CRLF = lazyre.compile(r"\.\.(?=[A-Za-z][A-Za-z0-9-]{0,64}:[ \t]|\.\.)")
# a lower-case word and more words after `key: ` in the middle of a line
_PROSE = lazyre.compile(r"[a-z]{1,12}[ \t]{1,4}[a-z]")
# A sentence carries a function or status word among its first words, or starts with two words
# that read as words; a lower-case password followed by other log text does not.
_SENTENCE_WORD = lazyre.compile(
    r"(?:[a-z]+[ \t]{1,4}){0,3}(?:is|are|was|were|be|been|has|have|had|not|no|the|for|from|of|to"
    r"|in|on|with|and|or|by|at|does|did|must|should|cannot|can|will|could|invalid|expired"
    r"|missing|required|failed|denied|mismatch|unknown|empty|found|set|provided|given|ok|rejected"
    r"|incorrect|wrong|changed|updated|rotated|accepted|verified|using)\b"
)
# three or more lower-case words, one of them a status word: a message, not a passphrase
_STATUS = lazyre.compile(
    r"[a-z]{1,16}(?:[ \t][a-z]{1,16}){0,2}[ \t](?:updated|changed|succeeded|successfully|failed"
    r"|expired|rejected|accepted|denied)(?:[ \t][a-z]{1,16}){0,3}[ \t]*[.!]?[ \t]*\Z"
)
# a vowel, a consonant and no letter three times in a row: `deadline`, not `aaaaaaaaaa`
_WORD_A = r"(?=[a-z]*[aeiouy])(?=[a-z]*[b-df-hj-np-tv-z])(?![a-z]*([a-z])\1\1)[a-z]{2,12}"
_WORD_B = _WORD_A.replace("\\1", "\\2")
_TWO_WORDS = lazyre.compile(_WORD_A + r"[ \t]{1,4}" + _WORD_B + r"\b")
# a described setting: a capitalised determiner and two more words (rich's `inspect` help rows,
# `│ api_key: The API key used to authenticate … │`)
_DOC_SENTENCE = lazyre.compile(
    r"(?:The|An?|This|Your|If|Whether)[ \t]{1,4}[A-Za-z&]{1,32}[ \t]{1,4}[A-Za-z]"
)
# What opens a message after a secret name's colon, never a value: an exception's or error's
# type (`Signature: OperationalError: (1040, …)`, `OIDC token:Error: kid must be provided`), an
# errno's text (`/data/.access_key: Permission denied`), Go's network and URL errors and gRPC's
# (`access_token": dial tcp: i/o timeout`, `oauth token: Post "https://…"`, its URL masked too,
# `Post "***/…": …`, `token: rpc error: code = …`), Go's file and exec errors, a file then its
# error's text (`read token: open /var/run/…/token: no such file or directory`, Azure SDK's
# credential chain `AzureCLICredential: fork/exec /bin/sh: …`, `exec: "az": executable file not
# found in $PATH`), a DNS lookup's (`lookup login.example.test: no such host`), a few words
# ending in `error:` (`get-token: authentication error: oidc error`)
_MESSAGE_START = lazyre.compile(
    r"(?:[A-Za-z_]\w{0,64}\.){0,8}(?:[A-Z][A-Za-z0-9]{0,64})?(?:Error|Exception)(?=:(?:[ \t]|\Z))"
    r"|(?:Permission denied|Operation not permitted|Read-only file system|No such file or directory"
    r"|Is a directory|Not a directory|No space left on device|Too many open files"
    r"|Connection refused|Connection reset by peer|Broken pipe)(?![\w-])"
    r"|(?:dial|read|write|lookup|listen)[ \t](?:tcp|udp|unix|ip)[46]?\b"
    r"|(?:fork/exec|open|stat|lstat|mkdir|chdir|chmod|chown|remove|readlink|unlinkat)[ \t]"
    r"(?:[A-Za-z]:\\|(?=[^\s\"'`:]{0,1024}[/.]))[^\s\"'`:]{1,1024}:[ \t][A-Za-z]"
    r"|exec:[ \t]\\{0,3}\"[^\"\s\\]{1,256}\\{0,3}\":[ \t]"
    r"|lookup[ \t][\w.-]{1,253}(?:[ \t]on[ \t][\w.:\[\]-]{1,64})?:[ \t][a-z]"
    r"|(?:Get|Post|Put|Patch|Delete|Head)[ \t]\\{0,3}[\"']?https?:"
    # (Go's URL error whatever its URL shows: a proxy's mask for the host, `Post "***/…": x509`)
    r"|(?:Get|Post|Put|Patch|Delete|Head)[ \t]\\{0,3}\"[^\s\"\\]{1,2048}\\{0,3}\":[ \t]"
    r"|(?:[a-z]{1,20}[ \t]){1,2}error:[ \t]"
)
# a capitalised, camel-case or snake-case word and more words: a sentence when, read in lower
# case, it says something as `_SENTENCE_WORD` finds (`Permission denied`, `issuedAt of token is
# in the future`, `Initial bind failed`, `id_token signature could not be validated`), or opens
# with a negation (`Couldn't retrieve …`)
_CASED_WORD = lazyre.compile(
    r"[A-Z]?[a-z]{1,15}(?:[A-Z][a-z]{1,15}|_[a-z]{1,15}){0,3}(?P<neg>n't)?[ \t]{1,4}[A-Za-z]"
)
# Neo4j's `NEO4J_AUTH=user/password` with a substitution or a reference in the password's place
USER_THEN_REFERENCE = lazyre.compile(r"[A-Za-z_][\w.-]{0,63}/\$[({A-Za-z_]")


def opens_message(line: str, vpos: int, sentence: bool) -> bool:
    """Whether the text after a secret name's colon at `vpos` opens a message (no value in it);
    `sentence`: also a sentence of cased words (mid-line, after a space)."""
    if _MESSAGE_START.match(line, vpos):
        return True
    if not sentence:
        return False
    cased = _CASED_WORD.match(line, vpos)
    if cased is None:
        return False
    return cased.group("neg") is not None or (
        _SENTENCE_WORD.match(line[vpos : vpos + 96].lower().replace("_", "")) is not None
    )


# analytics cookies: client ids of web analytics, not sessions
_ANALYTICS_COOKIES = ("_ga", "_gid", "_gat", "_gcl", "_fbp", "ajs_")
_WORD_PATH = lazyre.compile(r"[A-Za-z]{1,32}(?:[/_+-][A-Za-z]{1,32}){1,8}")
_COOKIE_ATTRS = frozenset(
    {"path", "domain", "expires", "max-age", "samesite", "secure", "httponly", "priority"}
)
_SHELL_QUOTE_JOINS = ("'\"'\"'", "'\\''")


def _escaped_close(line: str, start: int) -> int:
    """The first single quote from `start` that no backslash escapes, or -1: bash's ANSI-C
    quoting (`$'…\\'…'`) and libpq's keyword values (`password='…\\'…'`) escape a quote so."""
    pos = start
    while (q := line.find("'", pos)) >= 0:
        run = 0
        while q - run > start and line[q - 1 - run] == "\\":
            run += 1
        if run % 2 == 0:
            return q
        pos = q + 1
    return -1


# what follows a single-quoted value's closing quote: the end of the line or of its field
_AFTER_VALUE = frozenset(" \t,;)}]")


def _closing(line: str, start: int, backslashes: str, quote: str, escapes: bool = False) -> int:
    """Index of the quote that closes a value opened at `start` (just past the opening quote),
    or the end of the line. With `escapes` a backslash escapes a single quote (ANSI-C quoting)."""
    n = len(line)
    if quote == "'" and escapes:
        end = _escaped_close(line, start)
        return n if end < 0 else end
    if quote == "'" and not backslashes:
        end = line.find("'", start)
        if 0 < end < n - 1 and line[end - 1] == "\\" and line[end + 1] not in _AFTER_VALUE:
            # `\'` inside the value and more of it after (libpq's `password='a\'b' dbname=…`):
            # the quote that ends it is the unescaped one followed by the end of its field
            escaped = _escaped_close(line, start)
            if escaped > end and (escaped + 1 == n or line[escaped + 1] in _AFTER_VALUE):
                return escaped
        while 0 <= end < n - 1 and end > start:
            if line[end + 1] == "'":
                end = line.find("'", end + 2)  # YAML doubles a quote inside single quotes
            elif line.startswith(_SHELL_QUOTE_JOINS, end):
                # the shell's quote inside single quotes: `'pa'"'"'ss'`, `'pa'\''ss'`
                end = line.find("'", end + 5 if line[end + 1] == '"' else end + 4)
            else:
                break
        return n if end < 0 else end
    want = len(backslashes)
    pos = start
    while True:
        q = line.find(quote, pos)
        if q < 0:
            return n
        run = 0
        while run < q - start and line[q - 1 - run] == "\\":
            run += 1
        # at escape depth d (want = 2**d - 1) the closing quote has `want` backslashes plus any
        # number of escaped backslashes (2**(d+1) each): `\"0\\\\\"` closes after `0\\\\`
        if want in (0, 1, 3, 7) and run % (2 * (want + 1)) == want:
            return q - want
        if want not in (0, 1, 3, 7) and run == want:
            return q - want
        for shallow in (0, 1, 3):
            # a quote of a shallower depth ends the string the value is inside (a log record
            # cut after `password=\"…`: the JSON string closes, and the value with it)
            if shallow < want and run % (2 * (shallow + 1)) == shallow:
                return q - shallow
        pos = q + 1


def value_span(
    line: str, vpos: int, key: str, sep: str, ks: int, ke: int
) -> tuple[int, int] | None:
    """The secret part of the value starting at `vpos` for secret key `key`."""
    n = len(line)
    if vpos >= n or line.startswith("[REDACTED:", vpos):
        return None  # nothing, or already redacted
    lowered_key = key.lower()
    if line.startswith(("bytearray(", "bytes("), vpos):
        vpos = line.index("(", vpos) + 1  # (`bytearray(b'…')`; a list of numbers: byteslit.py)
        if vpos >= n:
            return None
    prefix = _STR_PREFIX.match(line, vpos)
    ansi_c = False
    if prefix:
        ansi_c = line.startswith("$'", vpos)
        vpos = prefix.end()
    if line.startswith(("'''", '"""'), vpos):
        # a multi-line string closed on its own line (TOML's `password = '''…'''`, which may
        # hold both quotes); left open, the lines below are nextargs.py's
        close = line.find(line[vpos : vpos + 3], vpos + 3)
        return (vpos + 3, close) if close > vpos + 3 else None
    # (its `/$` within the pattern's reach of the value, not anywhere in the line: a line of
    # many pairs would be read once per value)
    if line.find("/$", vpos, vpos + 66) >= 0 and USER_THEN_REFERENCE.match(line, vpos):
        return None  # a user, then a reference for the password (`NEO4J_AUTH=neo4j/${PW}`)
    if line[vpos] in "JSORs[":
        wrapper = _WRAPPER.match(line, vpos)
        if wrapper:
            vpos = wrapper.end()
    elif line[vpos] == "0":
        pointer = _POINTER.match(line, vpos)
        if pointer:
            vpos = pointer.end()
    elif line[vpos] == "(":
        spew = _SPEW_TYPE.match(line, vpos)
        if spew:
            vpos = spew.end()
    if lowered_key.endswith(("authorization", "authentication")):
        q = _QUOTE.match(line, vpos)
        start = q.end() if q else vpos
        scheme = _AUTH_SCHEME.match(line, start)
        if scheme:
            start = scheme.end()
        if scheme is None:
            # a vendor's scheme word (`Splunk <token>`, `SSWS <token>`, `GenieKey <key>`)
            vendor = _VENDOR_SCHEME.match(line, start)
            if vendor is not None and _credential_like(vendor.group("t")):
                scheme, start = vendor, vendor.end("w")
        rest = _HEADER_REST.match(line, start)
        if rest is None:
            return None
        if line.startswith(("${", "$(", "{{"), start) and is_template(
            rest.group().split(None, 1)[0].rstrip("`")
        ):
            return None  # a script's template (k6's `` `Bearer ${token}` ``): filled in elsewhere
        if (
            scheme is not None
            and scheme.group()[:1] in "BbDd"
            and (pair := _CLIENT_PAIR.fullmatch(rest.group().rstrip())) is not None
            and is_template(pair.group("pw"))
        ):
            # VS Code REST Client's `Basic user password` (it encodes the pair itself): a
            # user's name and the password's variable (`Basic api {{apiKey}}`)
            return None
        if line.startswith("$", start) and _SCRIPT_VARIABLE.match(line, start):
            return None  # a variable in a script (PowerShell's `"Bearer $token"`, `$env:TOKEN`)
        if scheme is None and not _credential_like(rest.group().split(None, 1)[0]):
            return None  # prose: `authorization: denied for action create_project`
        first = _MASK_END.sub("", rest.group().split(None, 1)[0])
        if scheme is not None and is_mask(first):
            # a logger's mask, other fields after it (Armeria's `Bearer REDACTED, …]`): the
            # value is the mask alone
            return start, start + len(first)
        signed = _SIGNATURE.search(rest.group())
        if signed is not None and is_mask(signed.group(1)):
            return None  # SigV4 whose signature the client masked (`mc --debug`): no secret left
        crlf = _DOTTED_CRLF.search(line, start, rest.end()) if ".." in rest.group() else None
        return start, rest.end() if crlf is None else crlf.start()
    if line.startswith(('"""', "'''"), vpos):
        # triple quotes (Grafana's ini for a password holding `#` or `;`, Python's strings):
        # everything up to the closing three
        close = line.find(line[vpos : vpos + 3], vpos + 3)
        return (vpos + 3, close) if close > vpos + 3 else None
    if sep == ":" and opens_message(
        line, vpos, line[vpos - 1] in " \t" and not _YAML_LINE_START.match(line, 0, ks)
    ):
        return None
    q = _QUOTE.match(line, vpos)
    if q:
        start = q.end()
        end = _closing(line, start, q.group(1), q.group(2), ansi_c)
        if not_a_quoted_value(line, (ks, ke), q.start(), q.group(2), end + len(q.group(1))):
            return None
        return (start, end) if end > start else None
    ch = line[vpos]
    if line.startswith("$(", vpos):
        # a command substitution (`TOKEN=$(aws rds generate-db-auth-token …)`): the value is
        # what the command prints, not on this line
        return None
    if line.startswith("${", vpos):  # a shell or template reference
        close = line.find("}", vpos)
        return (vpos, close + 1) if close > 0 else None
    if ch == "{" and sep == "=" and ";" in line:
        braced = _BRACED.match(line, vpos)
        if braced is not None:
            return braced.span("v")
    if ch in "{[" and not line.startswith("[REDACTED", vpos):
        return None  # a mapping or a list: its own keys are judged on their own
    body = body_start(line)
    if sep == ":" and _YAML_LINE_START.match(line, body, ks) and ch not in "|>":
        if (
            body > 0
            and _PROSE.match(line, vpos)
            and (_SENTENCE_WORD.match(line, vpos) or _TWO_WORDS.match(line, vpos))
        ):
            # a timestamped log message, not a YAML file: `auth: loaded user object … from cache`
            return None
        if _STATUS.match(line, vpos):
            return None  # a tool's status line: `passwd: password updated successfully`
        # a YAML plain scalar runs to the end of the line (or a comment)
        end = line.find(" #", vpos)
        end = n if end < 0 else end
        while end > vpos and line[end - 1] in " \t":
            end -= 1
        if CODE.match(line, vpos, end):
            return None  # a Go or Python source line: `Passwd: cfg.Password,`
        return (vpos, end)
    if line.startswith(("(sensitive value)", "<set to the key "), vpos):
        return None  # what terraform plan and kubectl describe print instead of a value
    if (
        sep == ":"
        and line[vpos - 1] in " \t"
        and _PROSE.match(line, vpos)
        and (_SENTENCE_WORD.match(line, vpos) or _TWO_WORDS.match(line, vpos))
    ):
        # a sentence, not a pair: `failed to validate token: signature is invalid` (a value glued
        # to the colon, `password:hunter2 ok`, is a pair)
        return None
    if sep == ":" and line[vpos - 1] in " \t" and _DOC_SENTENCE.match(line, vpos):
        return None
    # (`--password=…` is one argument; `--secret id=…,src=…` a list of pairs)
    whole_arg = line.startswith("--", ks) and line.startswith("=", ke)
    return spaced_value(line, ks, ke) or bare_value(line, vpos, whole_arg)


# a generated password without a digit: letters of both cases and symbols among them
# (`hKZcABDTYQ~M*uB~geU`), as password generators with a symbol set make them
_SYMBOLS = lazyre.compile(r"[A-Za-z][~!@#%^&*+=?.,:_-]{1,3}[A-Za-z]")
_CASES = lazyre.compile(r"[a-z](?=[^\s]{0,8}[A-Z])|[A-Z](?=[^\s]{0,8}[a-z])")
_DOTTED_NAME = lazyre.compile(r"[A-Za-z_]\w{0,64}(?:\.[A-Za-z_]\w{0,64}){1,8}")


def symbol_password(value: str, code: bool = True) -> bool:
    """A generated password of letters and symbols (no digit needed): both cases, a symbol
    between letters, high entropy; not a dotted name (`cfg.Password`) where a value may be code
    (`code`: a directive alone on its line after only spaces is no statement of any language,
    so `keyStorePassword    ljs_ZkG._gatyP` there is the value)."""
    return (
        8 <= len(value) <= 512
        and _SYMBOLS.search(value) is not None
        and _CASES.search(value) is not None
        and (not code or _DOTTED_NAME.fullmatch(value) is None)
        and entropy(value) >= 3.5
    )


def _credential_like(word: str) -> bool:
    """A header value without a scheme is a credential when it reads like one, not a word."""
    return len(word) >= 16 or (len(word) >= 6 and any(c.isdigit() for c in word))


def cookie_spans(line: str, vpos: int, set_cookie: bool) -> Iterator[Span]:
    """Every cookie value of a Cookie header; only the first pair of a Set-Cookie (the rest are
    attributes: Path, Expires, HttpOnly). The last span yielded is the header's whole value,
    of kind "" (for the caller to skip what it has read)."""
    q = _QUOTE.match(line, vpos)
    if q:
        vpos = q.end()
    end = _HEADER_REST.match(line, vpos)
    if end is None:
        return
    yield vpos, end.end(), ""
    pos = vpos
    for index, part in enumerate(line[vpos : end.end()].split(";")):
        name, eq, value = part.partition("=")
        wanted = eq and (not set_cookie or index == 0)
        cookie = name.strip().lower()
        if cookie.startswith(_ANALYTICS_COOKIES):
            wanted = ""
        if wanted and not is_trivial_value(value) and cookie not in _COOKIE_ATTRS:
            stripped = value.strip().strip('"')
            # judged decoded: `tz=Europe%2FBerlin` is a preference, its `%2F` no digit of a
            # token, and words joined by `/` or `_` (a time zone, a locale) no token at all
            decoded = unquote(stripped) if "%" in stripped else stripped
            if stripped and _credential_like(decoded) and not _WORD_PATH.fullmatch(decoded):
                start = pos + len(name) + len(eq) + value.find(stripped)
                yield start, start + len(stripped), "cookie"
        pos += len(part) + 1
