"""A value the redaction ended inside: its rest glued to the placeholder, where the redactor took
a character of the value for the value's end:
- a quote between the placeholder and a letter or digit (`-e PASSWORD=[REDACTED:…]"Xke'xvO`:
  argv as `ps` prints it and docker's `--env-file` keep the quotes of a value);
- an escaped backslash or a twice-escaped `\\u` escape (`password=[REDACTED:…]\\\\m5aM`: Java's
  .properties; `[REDACTED:…]\\\\u00f6…`: JSON inside a JSON string), not an escaped line break
  or tab (`\\\\n`, what a log line holds after a value);
- a `#` glued to a word after a space (`[REDACTED:…] #lnbai #8DI`: docker's `--env-file` keeps
  what dotenv reads as a comment);
The rest is flagged when it reads as part of a generated value (a digit, or both cases). And
the words of a passphrase after the placeholder to the end of the line (`MYSQL_PASSWORD=
[REDACTED:…] saffronQB quartzGdj`: an env file's value holds spaces), when half of them or more
hold a capital or a digit after their first letters (`saffronQB`, `meadoweO0`), as a
passphrase generator writes them and words of prose do not."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre

_CUT = lazyre.compile(
    r"\[REDACTED:[^\]\s]{1,64}\]"
    r"(?:[\"'](?=[^\W_])|\\\\(?![nrtbfu])(?=[A-Za-z0-9])|(?=\\\\u(?!00[01])[0-9A-Fa-f]{4})"
    r"|[ \t]#(?=[A-Za-z0-9]))"
    r"(?P<rest>[^\s]{4,256})"
)
_TRAILING = "\"'`,;)]}"
_WORDS = lazyre.compile(
    r"\[REDACTED:[^\]\s]{1,64}\](?P<w>(?:[ \t][A-Za-z0-9]{5,32}){2,4})[\"']?,?[ \t]*\Z"
)
_INNER = lazyre.compile(r"[a-z][0-9]{0,2}[A-Z]|[A-Za-z][0-9]")

LITERALS = ("[redacted:",)
HINTS = (
    r"\[REDACTED:[^\]\n]{1,64}\](?:[\"'][0-9A-Za-z]|\\\\[0-9A-Za-z]|[ \t]#[0-9A-Za-z])",
    r"\[REDACTED:[^\]\n]{1,64}\](?:[ \t][0-9A-Za-z]{5,32}){2,4}[\"']?,?[ \t]*(?:\n|\z)",
)


def _generated(rest: str) -> bool:
    letters = [c for c in rest if c.isalpha()]
    return any(c.isdigit() for c in rest) or (
        any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    )


def cut_short(text: str) -> Iterator[str]:
    """The rests of values glued to a placeholder."""
    if "[REDACTED:" not in text:
        return
    for m in _CUT.finditer(text):
        rest = m.group("rest").rstrip(_TRAILING)
        if len(rest) >= 4 and "[REDACTED" not in rest and _generated(rest):
            yield rest
    words = _WORDS.search(text.rstrip("\r\n"))
    if words is not None:
        parts = words.group("w").split()
        if 2 * sum(_INNER.search(p, 1) is not None for p in parts) >= len(parts):
            yield words.group("w").strip()
