"""An unquoted value after a secret name's separator: where it ends. A space or a quote ends it;
so do a glued next pair, an unbalanced closing bracket of the structure around it, and trailing
punctuation. Separators inside stay: generated passwords hold `;`, `,`, `&` and `)`."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.detectors.blanks import blank_then_field
from wbdiag.redact.values import is_trivial_value

_NEXT_KEY = lazyre.compile(r"[A-Za-z_][\w.-]{0,64}[:=]")
_NEXT_VALUE = {":": " \t\"'", "=": "\"'"}  # what may follow that next key's separator
BARE = lazyre.compile(r"[^\s\"'`<>\\]{1,4096}")
# Helm's `--set` escapes a comma inside a value (`password=ab\,cd`): the value goes on after it
_ESCAPED_COMMA = lazyre.compile(r"(?:\\,[^\s\"'`<>\\]{0,4096}){1,64}")
# A bare value ends before a glued next pair (`a=b;c=d`, `?token=x&page=2`, `pw=x,host=y`) ...
NEXT_PAIR = lazyre.compile(r"[;&,][A-Za-z_][A-Za-z0-9_.-]{0,64}=")
# ... but after a spaced `=` (an INI file's `secret_key = …`, Zulip's zulip-secrets.conf) no
# query string goes on: a generated value's `&x=` is its own
_SPACED_EQUALS = lazyre.compile(r"[ \t]=[ \t]{1,8}\Z")
_NEXT_PAIR_NO_QUERY = lazyre.compile(r"[;,][A-Za-z_][A-Za-z0-9_.-]{0,64}=")
# ... and is code, not a value, when it calls or indexes (`os.getenv("X")`, `os.environ[`) or is
# a field of a dotted name at the end of a line (`Passwd: cfg.Password,`).
# A call with a quoted or no argument is code too (`input("API token: ")`, `getpass()`), and a
# tuple of variables (`auth=(user, password)`).
CODE = lazyre.compile(
    r"[A-Za-z_]\w{0,64}(?:\.[A-Za-z_]\w{0,64}){1,8}(?:[(\[]|,\Z)|[A-Za-z_]{3,64}\((?:\)|\Z)"
    r"|\([A-Za-z_][\w.]{0,64},\Z"
)
# pydantic's SecretStr('**********'), Rust secrecy's Secret([REDACTED alloc::string::String])
_MASKED_CALL = lazyre.compile(
    r"[A-Z]\w{0,64}\([\"']?(?:\*{3,}|\[(?i:redacted|filtered|masked|hidden)\b)"
)
# ... unless its parts mix case as no name does (`aZVCU.YpBf1kCTb,` in Lombok's toString, `{…,
# DB_PASSWORD=eFOcMhk.kKENQ1, …}` in Java's env map): a generated password with a dot
_IRREGULAR_CASE = lazyre.compile(r"[a-z][A-Z]{2}|(?:\A|\.)[a-z][A-Z]")
_CLOSERS = {")": "(", "]": "[", "}": "{"}
# a group of parameters the name opens, each a pair of its own (Snowflake's `CREDENTIALS = (
# AWS_KEY_ID = '…' AWS_SECRET_KEY = '…')`, `ENCRYPTION = (TYPE = 'AWS_SSE_S3')`)
_PARAMETER_GROUP = lazyre.compile(
    r"\([ \t]{0,4}[A-Za-z_][A-Za-z0-9_]{1,63}[ \t]{0,4}=[ \t]{0,4}[^\s=]"
)


def _code(line: str, vpos: int, end: int) -> bool:
    code = CODE.match(line, vpos, end)
    if code is None:
        return False
    text = code.group()
    return not (
        text.endswith(",")
        and _IRREGULAR_CASE.search(text) is not None
        and any(c.isdigit() for c in text)
    )


# What a value goes on through, glued between its parts: an escaped backslash before a letter or
# digit and a `\uXXXX` escape (Java's .properties, JSON, JSON inside a JSON string: `a\\u00e9b`),
# and a quote between two letters or digits (argv as `ps` prints it, docker's --env-file: quotes
# are the value's own there; a closing quote is followed by a separator, never by a letter)
_GOES_ON = lazyre.compile(
    r"(?:\\\\(?=[A-Za-z0-9])|\\u[0-9A-Fa-f]{4}|(?<=[^\W_])[\"'](?=[^\W_]))"
    r"[^\s\"'`<>\\]{0,4096}"
)
# an environment file's line (`KEY=value`, `export KEY=value`, a Compose list's `- KEY=value`)
# before the name, and an environment list's item as a JSON string (docker inspect's `"Env"`)
_ENV_LINE = lazyre.compile(r"[ \t]*(?:export[ \t]{1,4}|-[ \t]{1,4})?")
_ENV_ITEM = lazyre.compile(r"[ \t]*\[?[ \t]*\"")
_ENV_NAME = lazyre.compile(r"[A-Z][A-Z0-9]{0,63}(?:_[A-Z0-9]{1,64}){0,8}")
# an inline comment: `#` after a space and before a space or the end (`#x` is the value's own)
_COMMENT = lazyre.compile(r"[ \t]{1,64}#(?=[ \t]|\Z)")


def env_line_value(line: str, ks: int, ke: int) -> tuple[int, int] | None:
    """The value of an environment variable assigned on a line of its own: the rest of the line
    (up to an inline comment), spaces, quotes inside and glued `,x=` included, as docker's
    --env-file and dotenv read it; or, as a JSON string of an environment list, up to the
    string's closing quote. None when the line is no such assignment."""
    vpos = ke + 1
    if (
        line[ke : ke + 1] != "="
        or vpos >= len(line)
        or line[vpos] in " \t\"'$"
        or not _ENV_NAME.fullmatch(line, ks, ke)
    ):
        return None
    if _ENV_ITEM.fullmatch(line, 0, ks):
        close = line.find('"', vpos)
        if close < 0 or line[close - 1] == "\\":
            return None
        return vpos, close
    if not _ENV_LINE.fullmatch(line, 0, ks) or CODE.match(line, vpos):
        return None
    comment = _COMMENT.search(line, vpos)
    end = comment.start() if comment else len(line)
    while end > vpos and line[end - 1] in " \t":
        end -= 1
    return (vpos, end) if end > vpos else None


# Go's %+v of a struct (`{Host:… Session:{Secret:… Length:720h}}`) prints a string field raw:
# spaces, quotes and backslashes inside, up to the next field (` Name:`) or the struct's `}`
_GO_KEY = lazyre.compile(r"[A-Z][A-Za-z0-9]{0,64}")
_GO_NEXT = lazyre.compile(r" [A-Z][A-Za-z0-9]{0,64}:|\}")
_GO_LOOK_BACK = 1024  # characters before a field read for its struct's `{` (keeps it linear)


def go_field_value(line: str, ks: int, ke: int) -> tuple[int, int] | None:
    """The value of a Go struct's field as %+v prints it, or None when `line[ks:ke]` is no such
    field (a capitalised name glued to `:` and its value, inside `{`)."""
    vpos = ke + 1
    if (
        line[ke:vpos] != ":"
        or vpos >= len(line)
        or line[vpos] in " \t{[\"'"
        or line[ks - 1 : ks] not in ("{", " ")
        or not _GO_KEY.fullmatch(line, ks, ke)
    ):
        return None
    if line[ks - 1] == " " and line.rfind("{", max(0, ks - _GO_LOOK_BACK), ks) < 0:
        return None
    nxt = _GO_NEXT.search(line, vpos, vpos + 4096)
    return (vpos, nxt.start()) if nxt is not None and nxt.start() > vpos else None


def spaced_value(line: str, ks: int, ke: int) -> tuple[int, int] | None:
    """A value whose layout says where it ends, spaces inside it or not: an environment
    variable's line, a Go struct's field."""
    return env_line_value(line, ks, ke) or go_field_value(line, ks, ke)


# a shell or Compose parameter expansion's operator after its name: `${NAME:-default}`,
# `${NAME:?message}`
_EXPANSION_OP = lazyre.compile(r":?[-=?+]")
_MAX_EXPANSION = 512
# devcontainer.json's variables, `${localEnv:NAME:default}` (also `containerEnv`): the default
# after the name's colon
_DEVCONTAINER_ENV = ("${localEnv:", "${containerEnv:")


def expansion(line: str, ks: int, ke: int) -> tuple[int, int] | None:
    """The default text of the parameter expansion whose name is `line[ks:ke]`
    (`${DB_PASSWORD:-changeme}`, devcontainer.json's `${localEnv:DB_PASSWORD:changeme}`; empty
    for `${NAME}`, `${NAME:-}` and `${NAME:?message}`, whose text is an error message), or None
    when the name is not inside `${`."""
    if line[ks - 2 : ks] != "${":
        if not line.endswith(_DEVCONTAINER_ENV, max(0, ks - 15), ks):
            return None
        close = line.find("}", ke, ke + _MAX_EXPANSION)
        if close < 0 or not line.startswith(":", ke) or line.startswith("$", ke + 1):
            return (ke, ke)
        return (ke + 1, close)
    op = _EXPANSION_OP.match(line, ke)
    if op is None:
        return (ke, ke)
    close = line.find("}", op.end(), op.end() + _MAX_EXPANSION)
    if close < 0 or "?" in op.group() or line.startswith("$", op.end()):
        return (op.end(), op.end())  # (a nested expansion is judged on its own)
    return (op.end(), close)


def elided(value: str) -> bool:
    """A vendor's prefix before an ellipsis, the key left out (`whsec_...`, `npm_uQj…`): a
    fill-in whole, though the trailing dots would be cut as punctuation."""
    return value.endswith(("...", "\u2026")) and is_trivial_value(value)


def bare_value(line: str, vpos: int, whole_arg: bool = False) -> tuple[int, int] | None:
    """An unquoted value: up to a space or a quote, minus a glued next pair, an unbalanced
    closing bracket that ends the structure around it, and trailing punctuation. Separators
    inside stay: generated passwords hold `;`, `,`, `&` and `)`. A flag's value (`whole_arg`,
    `--password=…`) is the whole argument: a `,x=` inside it is no next pair."""
    m = BARE.match(line, vpos)
    if m is None or _code(line, vpos, m.end()) or _MASKED_CALL.match(line, vpos):
        return None
    if blank_then_field(line, vpos) or _PARAMETER_GROUP.match(line, vpos):
        return None
    end = m.end()
    escaped = _ESCAPED_COMMA.match(line, end) if line.startswith("\\,", end) else None
    if escaped is not None:
        end = escaped.end()
    while (goes_on := _GOES_ON.match(line, end)) is not None:
        end = goes_on.end()
    if (
        line[vpos - 1] in " \t"
        and line[: vpos - 1].rstrip(" \t\xa0")[-1:] in (":", "=", ">")  # not `--password A0:`
        and _NEXT_KEY.fullmatch(line, vpos, end)
        and end < len(line)
        and line[end] in _NEXT_VALUE[line[end - 1]]
    ):
        return None  # an empty value, then the next pair: `sig= password: …`, `sig= pw='…'`
    pairs = (
        _NEXT_PAIR_NO_QUERY
        if line[vpos - 1] in " \t" and _SPACED_EQUALS.search(line, max(0, vpos - 10), vpos)
        else NEXT_PAIR
    )
    glued = None if whole_arg else pairs.search(line, vpos, end)
    if glued:
        end = glued.start()
    opened: list[str] = []
    for i in range(vpos, end):
        c = line[i]
        if c in "([{":
            opened.append(c)
        elif c in _CLOSERS:
            if opened and opened[-1] == _CLOSERS[c]:
                opened.pop()
            elif i + 1 >= end or line[i + 1] in ")]},;":
                end = i
                break
    if elided(line[vpos:end]):
        return None
    while end > vpos and line[end - 1] in ",;.":
        end -= 1
    return (vpos, end) if end > vpos else None
