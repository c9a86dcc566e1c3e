"""The Redactor: consistent placeholders, counts per kind, thread-safe. Three layers:
known values (known.py, every encoding), the structure-aware key=value scanner, URL/DSN and
command-line detectors, and fixed token shapes (detectors/). Each layer reports spans; the
spans are merged and each replaced once by `[REDACTED:<kind>:<n>]`.

Lines are redacted in blocks: the prefilter (prefilter.py) picks the few lines that hold a hint
or a known secret; every other line passes untouched, which is what keeps redaction at log
speed. Multi-line secrets (PEM blocks, YAML block scalars, `- name: X` / `value: …` pairs) are
followed from line to line.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from wbdiag.redact.csvcells import doubled, undoubled
from wbdiag.redact.csvcells import mapped as csv_mapped
from wbdiag.redact.detectors import DETECTORS, FINDING, FOLLOWERS, Span
from wbdiag.redact.detectors.base import Detector
from wbdiag.redact.detectors.keyvalue import KEY_VALUE, LineState, scan
from wbdiag.redact.escaped import decoded, escaped, mapped
from wbdiag.redact.fields import free_text
from wbdiag.redact.fields import mapped as mapped_text
from wbdiag.redact.filestate import FileState
from wbdiag.redact.known import MIN_KNOWN, forms
from wbdiag.redact.markup import View, encoded_words, marked_up
from wbdiag.redact.names import is_secret_name, min_length
from wbdiag.redact.prefilter import EXACT, Group, Prefilter, compile_ahead
from wbdiag.redact.spanmerge import merge
from wbdiag.redact.values import is_trivial_value

_BLOCK_LINES = 4096
_BLOCK_BYTES = 1 << 20
_KNOWN_KIND = "known"
_FINDING = frozenset(map(id, FINDING))  # (by identity: a frozen dataclass hashes its fields)


def detector_groups() -> tuple[Group, ...]:
    """Each detector's (literal hints, hint patterns), in DETECTORS order: the prefilter's
    groups."""
    last = _GROUPS[-1] if _GROUPS else None
    if last is not None and last[0] is DETECTORS:
        return last[1]
    groups = tuple((d.hints, d.prefilter_patterns()) for d in DETECTORS)
    _GROUPS[:] = [(DETECTORS, groups)]
    return groups


# the groups of the last detector set, by identity: once per process, though every Redactor
# builds a Prefilter from them (a test may set DETECTORS to another tuple)
_GROUPS: list[tuple[tuple[Detector, ...], tuple[Group, ...]]] = []


def warm_up() -> None:
    """Start compiling the detectors' hint database on a thread (collect calls this first)."""
    compile_ahead(detector_groups())


class Redactor:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, str] = {}  # secret -> placeholder
        self._per_kind: Counter[str] = Counter()  # placeholders issued per kind
        self._replacements: Counter[str] = Counter()  # replacements made per kind
        self._known: dict[str, str] = {}  # every form of a known secret -> kind
        self._raw_known: dict[str, str] = {}  # the values as registered (for the gate)
        self._known_rx: re.Pattern[str] | None = None
        self._prefilter: Prefilter | None = None
        # another process's redactor numbers the placeholders (collect/redacthelper.py)
        self._issuer: Callable[[str, str], str] | None = None

    # -- registration ----------------------------------------------------------------------
    def add_secret(self, value: str | None, kind: str = "secret") -> None:
        """An exact value to redact wherever it appears, in every encoding (known.py)."""
        if not value or len(value) < MIN_KNOWN or is_trivial_value(value):
            return
        if "\n" in value:  # a multi-line secret: each substantial line on its own
            for part in value.splitlines():
                if len(part.strip()) >= 16:
                    self.add_secret(part.strip(), kind)
            return
        with self._lock:
            if value in self._raw_known:
                return
            self._raw_known[value] = kind
            for form in forms(value):
                self._known.setdefault(form, kind)
            self._known_rx = None
            self._prefilter = None

    def known_count(self) -> int:
        return len(self._raw_known)

    def known_values(self) -> dict[str, str]:
        """Registered secrets (value -> kind), for the leak gate. Never written anywhere."""
        with self._lock:
            return dict(self._raw_known)

    def issue_tokens_with(self, issuer: Callable[[str, str], str]) -> None:
        """Placeholders come from `issuer` (secret, kind) from now on: a helper process asks
        the collector's redactor, so a secret keeps one placeholder across the bundle."""
        self._issuer = issuer

    def count_replacements(self, counts: dict[str, int]) -> None:
        """Replacements another process made with placeholders it had from `token` already."""
        with self._lock:
            self._replacements.update(counts)

    def token(self, secret: str, kind: str) -> str:
        if self._issuer is not None:
            return self._issuer(secret, kind)
        with self._lock:
            tok = self._tokens.get(secret)
            if tok is None:
                self._per_kind[kind] += 1
                tok = f"[REDACTED:{kind}:{self._per_kind[kind]}]"
                self._tokens[secret] = tok
            self._replacements[kind] += 1
            return tok

    def _compiled(self) -> tuple[Prefilter, re.Pattern[str] | None]:
        with self._lock:
            if self._prefilter is None:
                known = sorted(self._known, key=len, reverse=True)
                self._prefilter = Prefilter(detector_groups(), known, by_pattern=True)
                self._known_rx = (
                    re.compile("|".join(re.escape(k) for k in known)) if known else None
                )
            return self._prefilter, self._known_rx

    # -- finding -----------------------------------------------------------------------------
    def spans(
        self,
        line: str,
        state: LineState | None = None,
        groups: set[int] | None = None,
        decoded_once: bool = False,
        viewed: bool = False,
    ) -> list[Span]:
        """Merged secret spans of one line (no placeholder inside any of them). `groups`: the
        detectors (indexes, EXACT for known secrets) the prefilter says the line needs; None:
        every detector whose literal hints the line holds."""
        _, known_rx = self._compiled()
        found: list[Span] = []
        if known_rx is not None and (groups is None or EXACT in groups):
            for m in known_rx.finditer(line):
                found.append((m.start(), m.end(), self._known.get(m.group(0), _KNOWN_KIND)))
        if not decoded_once and escaped(line):
            # the detectors read the line with its escapes decoded (once: what the decoding
            # makes of `\\x5Cx22` is read as it is)
            found.extend(self._unescaped_spans(line, state))
            return merge(line, found) if found else []
        if not decoded_once and doubled(line):
            # a CSV row read with its cells' doubled quotes as quotes (csvcells.py)
            text, origin = undoubled(line)
            found.extend(csv_mapped(origin, self.spans(text, state, decoded_once=True)))
            return merge(line, found) if found else []
        if not viewed and marked_up(line):
            # the text HTML or an encoded word spells (markup.py); a header's encoded words
            # are read only decoded, an HTML line raw as well (its attributes, its links)
            view = View(line)
            found.extend(view.mapped(self.spans(view.text, state, viewed=True)))
            if encoded_words(line):
                return merge(line, found) if found else []
        if groups is None:
            # the detectors whose literal hints the line holds, found in one search for all the
            # hints (the `re` prefilter's), not each detector's searched in turn: 4x faster
            hinted = self._compiled()[0].hinted(line.lower())
            chosen = [d for g in sorted(hinted) if id(d := DETECTORS[g]) in _FINDING]
        else:
            picked = {g for g in groups if g != EXACT}
            for g in list(picked):
                picked.update(FOLLOWERS.get(g, ()))
            chosen = [DETECTORS[g] for g in sorted(picked)]
        for det in chosen:
            if det is KEY_VALUE:
                kv_spans, kv_state = scan(line)
                found.extend(kv_spans)
                if state is not None:
                    state.block_indent = kv_state.block_indent
                    state.next_value = kv_state.next_value
                    state.next_name = kv_state.next_name
            else:
                found.extend(det.find(line))
        if not decoded_once and ('":' in line or line.lstrip(" \t").startswith('"')):
            # the free text of a JSON string read as lines of its own (fields.py)
            for text, starts, ends in free_text(line):
                found.extend(mapped_text(starts, ends, self.spans(text, decoded_once=True)))
        if not found:
            return []
        return merge(line, found)

    def _unescaped_spans(self, line: str, state: LineState | None) -> list[Span]:
        """The spans of a line that escapes its quotes as `\\xHH` or holds colour codes, found
        in the decoded line (escaped.py)."""
        text, origin = decoded(line)
        return mapped(line, origin, self.spans(text, state, decoded_once=True))

    # -- redaction -------------------------------------------------------------------------
    def _apply(self, line: str, spans: list[Span]) -> str:
        out: list[str] = []
        pos = 0
        for start, end, kind in spans:
            out.append(line[pos:start])
            out.append(self.token(line[start:end], kind))
            pos = end
        out.append(line[pos:])
        return "".join(out)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if "\n" in text or "\r" in text or "\x00" in text:  # (\x00: UTF-16 read as bytes)
            parts = re.split(r"(\r\n|\n|\r)", text)
            lines = parts[0::2]
            seps = [*parts[1::2], ""]
            return "".join(line + sep for line, sep in zip(self.lines(lines), seps, strict=True))
        return self._apply(text, self.spans(text))

    def lines(self, lines: Iterable[str]) -> Iterator[str]:
        """Line by line, in blocks (the prefilter runs once per block). PEM private keys,
        YAML block scalars under a secret key and `name:`/`value:` pairs spread over lines are
        removed whole."""
        tracker = self.file_state()
        block: list[str] = []
        size = 0
        for line in lines:
            block.append(line)
            size += len(line)
            if len(block) >= _BLOCK_LINES or size >= _BLOCK_BYTES:
                tracker.redact(block)
                yield from block
                block = []
                size = 0
        if block:
            tracker.redact(block)
            yield from block

    def file_state(self) -> FileState:
        """The block API: `redact(block)` redacts a list of consecutive lines of one file in
        place, carrying multi-line secrets from one block to the next."""
        return FileState(self)

    def obj(self, value: Any, key: str | None = None, keys_are_data: bool = False) -> Any:
        """A JSON-able value, redacted structurally: keys stay, strings pass the detectors, the
        string value of a secret-named key (or of {"name": SECRET_NAME, "value": ...}, the shape
        of Kubernetes env entries) is replaced whole. Non-strings are never touched."""
        if isinstance(value, dict):
            named = value.get("name")
            secret_entry = isinstance(named, str) and is_secret_name(named)
            return {
                k: (
                    self._whole(v, "value" if not isinstance(named, str) else named)
                    if secret_entry and k == "value" and isinstance(v, str)
                    else self.obj(v, str(k), keys_are_data)
                )
                for k, v in value.items()
            }
        if isinstance(value, (list, tuple)):
            return [self.obj(v, key, keys_are_data) for v in value]
        if isinstance(value, str):
            if key is not None and is_secret_name(key):
                return self._whole(value, key)
            return self(value)
        return value

    def _whole(self, value: str, key: str) -> str:
        # numbers and switches under a secret-sounding name (max_password_errors=3,
        # credentials_required=ON) are settings, not secrets
        if is_trivial_value(value) or len(value) < min_length(key):
            return self(value)
        return self.token(value, "keyvalue")

    def summary(self) -> dict[str, int]:
        """Replacements made per kind: counts only, never values."""
        with self._lock:
            return dict(sorted(self._replacements.items()))
