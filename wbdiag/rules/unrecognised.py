"""Errors no rule knows: error-level lines not explained by a finding, grouped into templates.

`TemplateMiner` is a `LineObserver`: the scan hands it every error-level event (its portable
`pattern`, `ERROR_CANDIDATE`, selects the candidates; which lines are errors, with or without a
level word, is defined in error_lines.py) with whether a rule explained it. Unexplained ones are
grouped per source file into templates: the message (for JSON lines its `msg` and `error`
fields; a docker json-file envelope unwrapped) with timestamps, URLs, UUIDs, IPs and ports,
quoted values (not JSON keys), paths, hex and mixed-alphanumeric ids and numbers masked, and
never a template of placeholders only (`readable_template`). Each template keeps a count,
first/last time, one real sample and its highest rate within any 60 seconds.

Masking or Drain3? Measured with `python -m tests.unit.test_unrecognised 200000`: a synthetic
200,000-line log, every line an error of one of 40 true templates (random ids, IPs, ports, quoted
and unquoted names, paths, numbers, pod names; JSON, logfmt, Python-logging and docker-prefixed
lines); CPU seconds on this project's 2-core machine (two runs), both clusterers fed the same
extracted messages and the same masks:
  - masking alone: 6.0-6.2 s (~33k lines/s). The whole observe() (confirmation, level check,
    extraction, masking, folding, timestamps, rates): 14-16 s (~13k lines/s). 44 templates, none
    mixing two true ones; 3 true templates leave a stray line or two apart (an all-digit hex id,
    an id with no digit);
  - Drain3 0.9.11 (sim_th 0.4, depth 4): 13.4-15.1 s (~14k lines/s) for the clustering alone: 40
    templates, exact. Without the key=value mask it split `user=X entity=Y ...` into 96.
Drain is exact but over twice as slow as masking, and masking with the one-word fold below is
good enough (the leftovers are single lines), so: masking, and no new dependency. In a whole
analysis only error-level lines reach the miner: a 200k-line log with 30% errors goes through
analyze() with the full rule pack in about 11.5 s CPU.
"""

from __future__ import annotations

import enum
import functools
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from wbdiag.bundle import globs
from wbdiag.bundle.layout import subject_of
from wbdiag.rules import linear
from wbdiag.rules.error_levels import is_error_level  # re-exported
from wbdiag.rules.error_lines import (  # the candidate definition lives there; re-exported
    CANDIDATE_PATTERNS,
    ERROR_CANDIDATE,
    error_body,
    message_of,
)
from wbdiag.rules.matching import PatternSpec
from wbdiag.timestamps import line_time

__all__ = [
    "CANDIDATE_PATTERNS",
    "ERROR_CANDIDATE",
    "ErrorTemplate",
    "MinerVerdict",
    "TemplateMiner",
    "is_error_level",
    "mask",
    "message_of",
    "miner_verdict",
    "readable_template",
]

TOP_PER_SOURCE = 20
MAX_TEMPLATES_PER_SOURCE = 5000  # past this a source's new templates are only counted
MAX_SAMPLE_CHARS = 2000  # of a template's sample line (lines may be 64 KiB)
# A work budget per analysis: unexplained error events grouped, and CPU seconds spent on them
# (a crafted line costs far more than a real one); past either, events are only counted.
MAX_EVENTS = 100_000
MAX_SECONDS = 4.0
MAX_TEMPLATE_CHARS = 400
BURST_WINDOW_SECONDS = 60
MERGE_AFTER = 5  # distinct templates differing in one unmasked word before it becomes <*>
MERGE_MIN_WORDS = 4  # shorter messages are mostly their words: never fold them


@dataclass(frozen=True)
class ErrorTemplate:
    source: str  # the subject (pod/container/file) the lines came from
    template: str  # the line with numbers, ids, IPs, hex, quoted values and paths masked
    count: int
    first_seen: str | None
    last_seen: str | None
    sample: str  # one real line (already redacted at collection)
    sample_path: str
    sample_line: int
    burst_per_minute: int = 0  # the most lines of this template seen within one minute
    burst_at: str | None = None  # when that minute ended

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


# -- masking -----------------------------------------------------------------------------------
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


_SPACED = re.compile(r"\s\s|[\t\r\n]")
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


_CURLY = re.compile("[‘“]")


_K8S = "bcdfghjklmnpqrstvwxz2456789"  # the alphabet of generated pod and ReplicaSet suffixes
Replacement = str | Callable[[linear.Match], str]
Guard = str | re.Pattern[str] | _Spaced | _Curly | _HostWords
# `\d` and `\s` mean in `re` what linear.translate makes them mean in RE2 (Python's Unicode
# classes), so these guards hold for a mask run by either engine
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile("[0-9]")  # what \d finds in ASCII text, found several times faster


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
        re.compile(r"-\d{2}-\d{2}[T ]"),
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?",
        "<time>",
    ),
    (re.compile(r"/\d{2}/\d{2} "), r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?", "<time>"),
    (
        re.compile(r"/[A-Z][a-z]{2}/"),
        r"\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}",
        "<time>",
    ),
    (re.compile(r":\d\d:\d"), r"\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b", "<time>"),
    # URLs keep their scheme: http://<*> and s3://<*> are different problems
    ("://", r"\b([a-zA-Z][a-zA-Z0-9+.-]*://)[^\s\"'<>\\]+", r"\1<*>"),
    ("@", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", "<email>"),
    (
        re.compile(r"-[0-9a-fA-F]{4}-"),
        r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b",
        "<uuid>",
    ),
    # IPv4 and [IPv6] with an optional port
    (re.compile(r"\.\d{1,3}\."), r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?![\w.])", "<ip>"),
    (re.compile(r"\[[0-9a-fA-F:]*:"), r"\[[0-9a-fA-F:]*:[0-9a-fA-F:.]*\](?::\d+)?", "<ip>"),
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
        re.compile(rf"-[{_K8S}]{{6,10}}-"),
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
_LEADING_NOISE = re.compile(r"^(?:<time>|<num>|\[<time>\]|[|:,\s])+")
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
_PLACEHOLDER = re.compile(r"<[a-z]+>|<\*>")
MIN_TEMPLATE_LETTERS = 6  # fewer letters outside placeholders: a template nobody can read


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
    return _LEADING_NOISE.sub("", message).strip()[:MAX_TEMPLATE_CHARS]


# Error lines repeat their message word for word (a quarter of the bench logs' error lines): the
# templates of short messages are remembered. Bounded in entries and in characters per entry,
# whatever the lines.
CACHE_ENTRIES = 4096
CACHE_MAX_CHARS = 512
_templates: dict[str, str] = {}


def _cached_template(message: str) -> str:
    if len(message) > CACHE_MAX_CHARS:
        return readable_template(message)
    template = _templates.get(message)
    if template is None:
        if len(_templates) >= CACHE_ENTRIES:
            _templates.clear()
        template = _templates[message] = readable_template(message)
    return template


# -- the miner ---------------------------------------------------------------------------------
class MinerVerdict(str, enum.Enum):
    """What the miner makes of one line (the corpus report says why an error was not listed)."""

    NOT_CANDIDATE = "not an error candidate"
    FILTERED_BY_LEVEL = "filtered by level"
    EMPTY = "empty template"
    LISTED = "listed"

    @property
    def rank(self) -> int:
        return list(MinerVerdict).index(self)


_CANDIDATE = re.compile(ERROR_CANDIDATE)


def _mine(line: str) -> tuple[MinerVerdict, str]:
    """(verdict, template) for a line the scan selected with ERROR_CANDIDATE."""
    found = error_body(line)
    if found is None:
        return MinerVerdict.NOT_CANDIDATE, ""
    body, obj = found
    if not is_error_level(body, obj):
        return MinerVerdict.FILTERED_BY_LEVEL, ""
    template = _cached_template(message_of(body, obj))
    if not template:
        return MinerVerdict.EMPTY, ""
    return MinerVerdict.LISTED, template


def miner_verdict(line: str) -> MinerVerdict:
    """What the miner would make of this line if no rule explained it."""
    if not _CANDIDATE.search(line):
        return MinerVerdict.NOT_CANDIDATE
    return _mine(line)[0]


@functools.lru_cache(maxsize=1024)  # the lines of a log share seconds
def _epoch(time: str) -> float:
    return datetime.fromisoformat(time.replace("Z", "+00:00")).timestamp()


@dataclass
class _Stats:
    sample: str
    sample_line: int
    count: int = 0
    first: str | None = None
    last: str | None = None
    window: deque[float] = field(default_factory=deque)
    burst: int = 0
    burst_at: str | None = None

    def add(self, time: str | None) -> None:
        self.count += 1
        if time is None:
            return
        if self.first is None or time < self.first:
            self.first = time
        if self.last is None or time > self.last:
            self.last = time
        t = _epoch(time)
        if self.window and t < self.window[-1]:
            t = self.window[-1]  # a line out of order counts at the latest time seen
        self.window.append(t)
        while t - self.window[0] >= BURST_WINDOW_SECONDS:
            self.window.popleft()
        if len(self.window) > self.burst:
            self.burst = len(self.window)
            self.burst_at = time

    def absorb(self, other: _Stats) -> None:
        """Fold another template's lines in. The burst of the merged lines before the merge is
        estimated from the windows both still hold (each keeps its last 60 seconds)."""
        self.count += other.count
        if other.sample_line < self.sample_line:
            self.sample, self.sample_line = other.sample, other.sample_line
        if other.first is not None and (self.first is None or other.first < self.first):
            self.first = other.first
        if other.last is not None and (self.last is None or other.last > self.last):
            self.last = other.last
        window = sorted([*self.window, *other.window])
        while window and window[-1] - window[0] >= BURST_WINDOW_SECONDS:
            window.pop(0)
        self.window = deque(window)
        best = max((self, other), key=lambda st: st.burst)
        self.burst, self.burst_at = best.burst, best.burst_at
        if len(self.window) > self.burst:
            self.burst, self.burst_at = len(self.window), self.last


class _Source:
    """The templates of one file. Masking cannot see an unquoted variable word ("run queue alpha
    is paused"); once MERGE_AFTER templates differ only in one such word, they fold into one with
    that word as <*>, and later ones join it."""

    def __init__(self) -> None:
        self.stats: dict[str, _Stats] = {}
        self.alias: dict[str, str] = {}  # a template folded into a merged one
        self.shapes: dict[str, list[str]] = {}  # template with one word as <*> -> templates

    def fold(self, template: str) -> str:
        """Called for a template seen for the first time; returns the template to count under."""
        tokens = template.split(" ")
        if len(tokens) < MERGE_MIN_WORDS:
            return template
        shapes = [
            " ".join([*tokens[:i], "<*>", *tokens[i + 1 :]])
            for i, tok in enumerate(tokens)
            if "<" not in tok
        ]
        for shape in shapes:
            if shape in self.stats:  # that word already varies: join the merged template
                self._merge(shape, [template])
                return shape
        for shape in shapes:
            members = self.shapes.setdefault(shape, [])
            members.append(template)
            live = [t for t in members if t in self.stats and t not in self.alias]
            if len(live) >= MERGE_AFTER:
                del self.shapes[shape]
                self.stats[shape] = self.stats.pop(live[0])
                self.alias[live[0]] = shape
                self._merge(shape, live[1:])
                return shape
        return template

    def _merge(self, shape: str, members: list[str]) -> None:
        target = self.stats[shape]
        for t in members:
            target.absorb(self.stats.pop(t))
            self.alias[t] = shape


class TemplateMiner:
    """A LineObserver grouping unexplained error-level events into templates per source file."""

    def __init__(
        self,
        max_templates_per_source: int = MAX_TEMPLATES_PER_SOURCE,
        max_events: int = MAX_EVENTS,
        max_seconds: float = MAX_SECONDS,
    ) -> None:
        self.pattern = PatternSpec(ERROR_CANDIDATE)
        self.max_templates = max_templates_per_source
        self.max_events = max_events
        self.max_seconds = max_seconds
        self._spent = 0.0  # CPU seconds in observe()
        self._sources: dict[str, _Source] = {}
        self.dropped: dict[str, int] = {}  # lines of templates past the per-source cap
        self.events = 0  # unexplained events looked at
        self.unmined = 0  # unexplained events past `max_events`: counted, not grouped

    def observe(self, path: str, lineno: int, line: str, explained: bool) -> None:
        if explained:
            return
        # a work budget: a bundle of nothing but distinct error lines must not keep the
        # analysis busy for minutes (the report says how many were left out)
        if self.events >= self.max_events or self._spent >= self.max_seconds:
            self.unmined += 1
            return
        self.events += 1
        started = time.process_time()
        try:
            self._group(path, lineno, line)
        finally:
            self._spent += time.process_time() - started

    def _group(self, path: str, lineno: int, line: str) -> None:
        verdict, template = _mine(line)
        if verdict is not MinerVerdict.LISTED:
            return
        src = self._sources.get(path)
        if src is None:
            src = self._sources[path] = _Source()
        template = src.alias.get(template, template)
        stats = src.stats.get(template)
        if stats is None:
            if len(src.stats) >= self.max_templates:
                self.dropped[path] = self.dropped.get(path, 0) + 1
                return
            sample = line if len(line) <= MAX_SAMPLE_CHARS else line[:MAX_SAMPLE_CHARS] + "…"
            src.stats[template] = _Stats(sample=sample, sample_line=lineno)
            stats = src.stats[src.fold(template)]
        stats.add(line_time(line))

    def templates(
        self, patterns: tuple[str, ...] | None = None, top_per_source: int | None = TOP_PER_SOURCE
    ) -> list[ErrorTemplate]:
        """Templates of the files matching `patterns` (all by default), most frequent first,
        at most `top_per_source` from each file."""
        out: list[ErrorTemplate] = []
        for path, src in self._sources.items():
            if patterns is not None and not globs.matches(path, patterns):
                continue
            ranked = sorted(src.stats.items(), key=lambda kv: (-kv[1].count, kv[1].sample_line))
            source = subject_of(path) or path
            for template, s in ranked[:top_per_source]:
                out.append(
                    ErrorTemplate(
                        source=source,
                        template=template,
                        count=s.count,
                        first_seen=s.first,
                        last_seen=s.last,
                        sample=s.sample,
                        sample_path=path,
                        sample_line=s.sample_line,
                        burst_per_minute=s.burst,
                        burst_at=s.burst_at,
                    )
                )
        out.sort(key=lambda t: (-t.count, t.sample_path, t.sample_line))
        return out
