"""The template of an error message: its variable parts masked (timestamps, URLs, e-mail
addresses, UUIDs, IPs and ports, host names after network words, quoted values but not JSON keys,
key=value values, paths, pod names, hex and mixed-alphanumeric ids, numbers), and never one of
placeholders only (`readable_template`). The miner (unrecognised.py) groups lines by it."""

from __future__ import annotations

import re
from collections.abc import Callable

from wbdiag import lazyre
from wbdiag.rules import linear

MAX_TEMPLATE_CHARS = 400


# (guard, regex, replacement): a regex runs only when its guard, a substring or a small `re`
# pattern that every match holds, is found in the text, which skips most of them on most lines
# (measured: about half the masking time; the `re` guards another third of what was left).
class _Spaced:
    """The guard of the whitespace mask (two whitespace characters, a tab, CR or LF), without a
    regex for most text: in printable ASCII the only whitespace is the space."""

    def search(self, text: str) -> bool:
        if text.isascii() and text.isprintable():
            return "  " in text
        return _SPACED.search(text) is not None


_SPACED = lazyre.compile(r"\s\s|[\t\r\n]")
_spaced = _Spaced()


class _HostWords:
    """The guard of the host-name mask: a dot and one of the words before the name."""

    def search(self, text: str) -> bool:
        return "." in text and (
            "host" in text or "lookup" in text or "server" in text or "endpoint" in text
        )


_HOST_WORDS = _HostWords()


class _Curly:
    """The guard of the typographic quotes' mask: ASCII text holds none."""

    def search(self, text: str) -> bool:
        return not text.isascii() and _CURLY.search(text) is not None


_CURLY = lazyre.compile("[‘“]")


_K8S = "bcdfghjklmnpqrstvwxz2456789"  # the alphabet of generated pod and ReplicaSet suffixes
Replacement = str | Callable[[linear.Match], str]
Guard = str | re.Pattern[str] | _Spaced | _Curly | _HostWords
# `\d` and `\s` mean in `re` what linear.translate makes them mean in RE2 (Python's Unicode
# classes), so these guards hold for a mask run by either engine
_DIGIT = lazyre.compile(r"\d")
_ASCII_DIGIT = lazyre.compile("[0-9]")  # what \d finds in ASCII text, found several times faster


def _has_digit(text: str) -> bool:
    return (_ASCII_DIGIT if text.isascii() else _DIGIT).search(text) is not None


def _quoted_value(m: linear.Match) -> str:
    """A quoted string is masked unless it is a JSON key (after { or , and before a colon): the
    keys of a JSON error body are what make its template readable."""
    if m.group(1) is not None and m.group(2) is not None:
        return str(m.group(0))
    return (m.group(1) or "") + '"<*>"' + (m.group(2) or "")


_MASK_SOURCES: list[tuple[Guard, str, Replacement]] = [
    # timestamps: RFC 3339, Go/nginx 2006/01/02 15:04:05, CLF, bare clock times
    (
        lazyre.compile(r"-\d{2}-\d{2}[T ]"),
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?",
        "<time>",
    ),
    (lazyre.compile(r"/\d{2}/\d{2} "), r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?", "<time>"),
    (
        lazyre.compile(r"/[A-Z][a-z]{2}/"),
        r"\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}",
        "<time>",
    ),
    (lazyre.compile(r":\d\d:\d"), r"\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b", "<time>"),
    # URLs keep their scheme: http://<*> and s3://<*> are different problems
    ("://", r"\b([a-zA-Z][a-zA-Z0-9+.-]*://)[^\s\"'<>\\]+", r"\1<*>"),
    ("@", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", "<email>"),
    (
        lazyre.compile(r"-[0-9a-fA-F]{4}-"),
        r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b",
        "<uuid>",
    ),
    # IPv4 and [IPv6] with an optional port
    (
        lazyre.compile(r"\.\d{1,3}\."),
        r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?![\w.])",
        "<ip>",
    ),
    (lazyre.compile(r"\[[0-9a-fA-F:]*:"), r"\[[0-9a-fA-F:]*:[0-9a-fA-F:.]*\](?::\d+)?", "<ip>"),
    # a host name after the words Go's and Python's network errors put before it
    (
        _HOST_WORDS,
        r"\b(lookup|host|hostname|server|endpoint)( |=|: ?)[\w-]+(?:\.[\w-]+)+",
        r"\1\2<host>",
    ),
    # quoted values; an apostrophe inside a word is no quote
    ('"', r'([{,]\s?)?"[^"]*"(\s?:)?', _quoted_value),
    ("'", r"(?<!\w)'[^'\n]*'(?!\w)", "'<*>'"),
    (_Curly(), r"[‘“][^’”]*[’”]", "‘<*>’"),
    # key=value pairs inside a message: user=alice, bucket=wandb-prod
    ("=", r"\b([A-Za-z_][\w.-]*)=[^\s,;)\]}\"'<][^\s,;)\]}]*", r"\1=<*>"),
    # paths of two or more components
    ("/", r"(?<![\w.])(?:/[\w.@+~-]+){2,}/?", "<path>"),
    # Kubernetes pod names: wandb-app-7d9f8c6b5-x2x4q -> wandb-app-<pod>
    (
        lazyre.compile(rf"-[{_K8S}]{{6,10}}-"),
        rf"\b([a-z][a-z0-9-]*?)-[{_K8S}]{{6,10}}-[{_K8S}]{{5}}\b",
        r"\1-<pod>",
    ),
    ("0x", r"\b0x[0-9a-fA-F]+\b", "<hex>"),
    # hex ids (digits and letters a-f), then other mixed ids: request ids, hashes, suffixes
    (_DIGIT, r"\b(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\b", "<hex>"),
    # numbers with a unit (5000ms, 12s, 3GiB) before the mixed-id mask swallows them
    (_DIGIT, r"\b\d+(?:\.\d+)?(ns|us|µs|ms|s|m|h|d|[kKMGTP]i?[Bb]|[Bb]|%)(?![\w.])", r"<num>\1"),
    (_DIGIT, r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{5,}\b", "<id>"),
    (_DIGIT, r"(?<![\w<])[-+]?\d+(?:\.\d+)?", "<num>"),
    (_spaced, r"\s{2,}|[\t\r\n]", " "),
]
# RE2 where it can run the mask (messages are untrusted: `[‘“][^’”]*[’”]` and the key=value and
# URL masks backtrack quadratically in `re`); the rest use lookaround and stay linear in `re`
# (tests/hostile/test_linear_time.py)
_MASKS: tuple[tuple[Guard, linear.Pattern, Replacement], ...] = tuple(
    (guard, linear.compile_any(rx), repl) for guard, rx, repl in _MASK_SOURCES
)
_LEADING_NOISE = lazyre.compile(r"^(?:<time>|<num>|\[<time>\]|[|:,\s])+")
# the masks a light template skips: quoted values, key=value pairs, paths, URLs
_HEAVY = frozenset(
    rx
    for _, rx, _ in _MASK_SOURCES
    if rx.startswith(
        ("([{,]", "(?<!\\w)'", "[‘“]", r"\b([A-Za-z_]", r"(?<![\w.])(?:/", r"\b([a-zA-Z]")
    )
)


def mask(text: str, light: bool = False) -> str:
    """The template of a message. `light` masks only times, ids and numbers: for messages that
    are mostly quoted values, paths or key=value pairs, which the full masks would leave empty."""
    text = text.replace('\\"', '"')  # a shipper's JSON-escaped quotes are quotes
    digits = True  # no mask adds a digit: once none is left, the rest of the digit masks skip
    for guard, rx, repl in _LIGHT_MASKS if light else _MASKS:
        if guard is _DIGIT:
            if not digits or not (digits := _has_digit(text)):
                continue
        elif not ((guard in text) if isinstance(guard, str) else guard.search(text)):
            continue
        text = linear.sub(rx, repl, text)
    text = _LEADING_NOISE.sub("", text).strip()
    return text[:MAX_TEMPLATE_CHARS]


_LIGHT_MASKS = tuple(
    m for m, (_, rx, _) in zip(_MASKS, _MASK_SOURCES, strict=True) if rx not in _HEAVY
)
_PLACEHOLDER = lazyre.compile(r"<[a-z]+>|<\*>")
MIN_TEMPLATE_LETTERS = 6  # fewer letters outside placeholders: a template nobody can read
MIN_TEXT_LETTERS = 1  # ... and none in the unmasked text: no message at all


_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _letters(template: str) -> int:
    text = _PLACEHOLDER.sub("", template)
    if text.isascii():  # counted in C, twenty times faster: the bytes left when all else goes
        return len(text.encode("ascii").translate(None, _NOT_LETTERS))
    return sum(map(str.isalpha, text))


def readable_template(message: str) -> str:
    """The masked message, never one of placeholders only: when masking leaves too little text
    (a JSON body of quoted values, a bare path), mask lightly, and failing that keep the text."""
    template = mask(message)
    if _letters(template) >= MIN_TEMPLATE_LETTERS:
        return template
    light = mask(message, light=True)
    if _letters(light) >= MIN_TEMPLATE_LETTERS:
        return light
    # the text as it is, unless it holds no word either (a JSON value cut to `{`, a bare number):
    # then nothing, and the miner lists no template a reader could not tell apart
    text = _LEADING_NOISE.sub("", message).strip()[:MAX_TEMPLATE_CHARS]
    return text if _letters(text) >= MIN_TEXT_LETTERS else ""
