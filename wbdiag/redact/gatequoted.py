"""Values under a secret's own name read whole by their quoting (the leak gate's context check,
gatecontext.py): a generated password may hold the characters that end a token elsewhere,
quotes, backslashes, `;`, `,`, `=`, `#`, spaces, and is then written escaped or quoted by the
rules of its file, which cut it into pieces too short to judge. Read by those rules and judged
unescaped, as a value its place names a secret (`plausible_secret`):

- double-quoted, with backslash escapes (`"LIi\\"Icg\\"jS5o"`, JSON's `\\u00fa` and surrogate
  pairs, a shell's `\\$`); single-quoted, with YAML's doubled quote (`'6rl5''1mNG'`), the
  shell's `'\\''` and an escaped `\\'` (a compose env file's);
- unquoted after `=`, as an env file or a command line's argument holds it (`MYSQL_PASSWORD=fqy"aD'Tt`,
  `REDIS_PASSWORD=Qe1R;9Mt;U53v # from vault`, `-e PASSWORD=…` in `ps` output), to the next
  space (a dotenv comment after it is no part of it);
- a quoted value with spaces: a generator's passphrase (`"Harbornwh tundrag9 willowk0jE"`),
  when half its words or more have a capital or a digit inside; not a sentence, `"Change Me
  Now"`; so too an env file's unquoted value to the end of its line (Docker's `--env-file`
  keeps spaces), and a line whose line before names a secret and opens its value (a YAML block
  scalar: `secret: |-` then `DyR #q3Hi #jCHo`; `armed_value`).

Only values holding such a character are read here: a plain token is the context check's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatecontext import public_before
from wbdiag.redact.gatetoken import plausible_secret, reference
from wbdiag.redact.gatevalues import own_secret_name

# a name, its closing quote, `=` or `:`, and where the value starts (`"pw": `, `PASSWORD=`)
_NAMED = lazyre.compile(r"(?P<n>[A-Za-z_][\w.-]{0,63})[\"']?[ \t]{0,4}[:=][ \t]{0,4}(?=\S)")
# what cuts a value into pieces for the other checks: only values holding one are read here
_CUTTING = lazyre.compile(r"[\"'\\;,=#&@ ]|[^\x00-\x7f]")
_BARE_END = "\"',;)]}"  # what closes the text around a bare value (a JSON string, a list)
# a word of a passphrase with a capital or a digit inside (`tundrag9`, `willowk0jE`)
_INNER = lazyre.compile(r"[a-z][0-9]{0,2}[A-Z]|[A-Za-z][0-9]")
# a query's or a DSN's next parameter glued to a bare value (`&page=2`, `;user=`)
_NEXT_PARAM = lazyre.compile(r"[&;][A-Za-z_][\w.-]{0,40}=")
_CLOSING = lazyre.compile(r"[\"'][,;:}\]]")
_MEMBERS = lazyre.compile(r"[=:{}\[\]]")
_CODE = lazyre.compile(r"[()\[\]{}<>]")
_MASKS = ("•", "…", "***")
_MAX = 256


def _double(text: str, i: int) -> tuple[str, str] | None:
    """The raw text and the value of a double-quoted string whose quote is at `i`."""
    j = i + 1
    while j < len(text) and j - i <= _MAX:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == '"':
            raw = text[i + 1 : j]
            try:
                value = json.loads(text[i : j + 1])
            except ValueError:  # (not JSON: `\$`, `\'`; the escaped character stands for itself)
                value = re.sub(r"\\(.)", r"\1", raw)
            return raw, value
        j += 1
    return None


def _single(text: str, i: int) -> tuple[str, str] | None:
    """The raw text and the value of a single-quoted string whose quote is at `i`: YAML's `''`,
    the shell's `'\\''` and `'"'"'`, and an escaped `\\'` are quotes inside it."""
    out: list[str] = []
    j = i + 1
    while j < len(text) and j - i <= _MAX:
        c = text[j]
        if c == "\\" and text[j + 1 : j + 2] in ("'", "\\"):
            out.append(text[j + 1])
            j += 2
            continue
        if c == "'":
            for glue in ("''", "'\\''", "'\"'\"'"):
                if text.startswith(glue, j) and text[j + len(glue) : j + len(glue) + 1] not in (
                    "",
                    " ",
                    ",",
                ):
                    out.append("'")
                    j += len(glue)
                    break
            else:
                return text[i + 1 : j], "".join(out)
            continue
        out.append(c)
        j += 1
    return None


def _bare(text: str, i: int) -> tuple[str, str]:
    """An unquoted value at `i`: to the next space, without what closes the text around it."""
    j = i
    while j < len(text) and not text[j].isspace() and j - i <= _MAX:
        j += 1
    raw = text[i:j]
    closed = _CLOSING.search(raw)  # (a JSON string or a list the bare value ends)
    raw = raw if closed is None else raw[: closed.start()]
    glued = _NEXT_PARAM.search(raw)
    raw = (raw if glued is None else raw[: glued.start()]).rstrip(_BARE_END)
    if _CODE.search(raw) is not None:
        return "", ""  # a call, an index or markup (`input("API key: ")`, `=>"[FILTERED]"`)
    return raw, raw


def _passphrase(value: str) -> bool:
    words = value.split()
    if not 2 <= len(words) <= 6 or any(not 3 <= len(w) <= 24 for w in words):
        return False
    inner = sum(_INNER.search(w, 1) is not None for w in words)
    return 2 * inner >= len(words) and plausible_secret("".join(words))


def _judged(value: str) -> bool:
    if len(value) < 8 or any(m in value for m in _MASKS) or "://" in value or "[REDACTED" in value:
        return False
    if " " in value:
        return _passphrase(value)
    return not reference(value) and plausible_secret(value)


def quoted_secrets(text: str, ends: list[int]) -> Iterator[str]:
    """Values under a secret's own name, read by their quoting, that hold a character cutting
    them for the other checks (after the line's first context)."""
    if not ends:
        return
    for m in _NAMED.finditer(text, max(0, ends[0] - 64)):
        if m.end("n") < ends[0] or not own_secret_name(m.group("n")):
            continue
        at = m.end()
        opener = text[at]
        read = (
            _double(text, at)
            if opener == '"'
            else _single(text, at)
            if opener == "'"
            else _bare(text, at)
            if text[m.end("n") : at].strip(" \t\"'") == "="
            else None
        )
        if read is None:
            continue
        raw, value = read
        if _CUTTING.search(raw) is None or public_before(text, at):
            continue
        if _judged(value):
            yield value
            return
        if value == raw and text[: m.start("n")].strip() in ("", "export"):
            rest = text[at:].rstrip()  # an env file's line: its value runs to the line's end
            if " " in rest and "#" not in rest and _passphrase(rest):
                yield rest
                return


def armed_value(text: str) -> str:
    """The whole line, when the line before it names a secret and opens its value (a YAML block
    scalar's `secret: |-`, a table's header) and the line holds no name of its own: a
    passphrase's words, or a value with `#` or quotes that cut it for the other checks."""
    value = text.strip()
    if not value or value[0] in "\"'-#" or _MEMBERS.search(value) is not None:
        return ""  # a string, a list item, a comment, or a member with a name of its own
    if _CUTTING.search(value) is None:
        return ""
    return value if _judged(value) else ""
