"""The Redactor: consistent placeholders, counts per kind, thread-safe; exact known secrets
(settings, passwords from DSNs, container env) plus the detectors of patterns.py."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

from wbdiag.redact.patterns import (
    DETECTORS,
    PLACEHOLDER,
    Detector,
    is_reference_key,
    is_secret_key,
    key_is_secret,
)

_MIN_KNOWN = 4  # shorter "secrets" (e.g. a password "x") would shred ordinary text
_PEM_BEGIN = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
_PEM_END = re.compile(r"-----END [A-Z ]*PRIVATE KEY-----")
_NOT_SECRET = re.compile(r"(?i)-?\d+(?:\.\d+)?|on|off|true|false|yes|no|none|null|enabled|disabled")
_S_OPEN, _S_CLOSE = "\ue000", "\ue001"
_SENTINEL = re.compile(_S_OPEN + r"(\d+)" + _S_CLOSE)


class Redactor:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, str] = {}  # secret -> placeholder
        self._per_kind: Counter[str] = Counter()  # placeholders issued per kind
        self._replacements: Counter[str] = Counter()  # replacements made per kind
        self._known: dict[str, str] = {}  # exact secret -> kind
        self._known_rx: re.Pattern[str] | None = None

    # -- registration ----------------------------------------------------------------------
    def add_secret(self, value: str | None, kind: str = "secret") -> None:
        """An exact value to redact wherever it appears (also percent-encoded)."""
        if not value or len(value) < _MIN_KNOWN or PLACEHOLDER.fullmatch(value):
            return
        if _NOT_SECRET.fullmatch(value):  # X_PASSWORD=true must not blank every "true"
            return
        with self._lock:
            for form in {value, quote(value, safe=""), quote(value, safe="/")}:
                self._known.setdefault(form, kind)
            alternatives = sorted(self._known, key=len, reverse=True)
            self._known_rx = re.compile("|".join(re.escape(a) for a in alternatives))

    def token(self, secret: str, kind: str) -> str:
        with self._lock:
            tok = self._tokens.get(secret)
            if tok is None:
                self._per_kind[kind] += 1
                tok = f"[REDACTED:{kind}:{self._per_kind[kind]}]"
                self._tokens[secret] = tok
            self._replacements[kind] += 1
            return tok

    # -- redaction -------------------------------------------------------------------------
    # Placeholders already in the text (and the ones we insert) are hidden behind sentinels from
    # Unicode's private use area while the detectors run, so no detector ever re-reads one
    # ("[REDACTED:password:1]" must not look like "password: ...").
    def __call__(self, text: str) -> str:
        if not text:
            return text
        hidden: list[str] = []

        def hide(token: str) -> str:
            hidden.append(token)
            return f"{_S_OPEN}{len(hidden) - 1}{_S_CLOSE}"

        text = PLACEHOLDER.sub(lambda m: hide(m.group(0)), text)
        known = self._known_rx
        if known is not None:
            text = known.sub(lambda m: hide(self.token(m.group(0), self._known[m.group(0)])), text)
        lowered = text.lower()
        for det in DETECTORS:
            if not det.may_match(lowered):
                continue

            def replace(m: re.Match[str], det: Detector = det) -> str:
                secret = m.group(det.group)
                if (
                    secret is None
                    or _S_OPEN in secret
                    or _S_CLOSE in secret
                    or not key_is_secret(det, m)
                    or _trivial(det, m)
                ):
                    return m.group(0)
                start, end = m.span(det.group)
                base, whole = m.start(0), m.group(0)
                token = hide(self.token(secret, det.kind))
                return whole[: start - base] + token + whole[end - base :]

            text = det.regex.sub(replace, text)
        if not hidden:
            return text
        return _SENTINEL.sub(lambda m: hidden[int(m.group(1))], text)

    def obj(self, value: Any, key: str | None = None, keys_are_data: bool = False) -> Any:
        """A JSON-able value, redacted structurally: keys stay, strings pass the detectors, the
        string value of a secret-named key (or of {"name": SECRET_NAME, "value": ...}, the shape
        of Kubernetes env entries) is replaced whole. Non-strings are never touched."""
        if isinstance(value, dict):
            named = value.get("name")
            secret_entry = isinstance(named, str) and is_secret_key(named)
            return {
                k: (
                    self._whole(v)
                    if secret_entry and k == "value" and isinstance(v, str)
                    else self.obj(v, k)
                )
                for k, v in value.items()
            }
        if isinstance(value, (list, tuple)):
            return [self.obj(v, key) for v in value]
        if isinstance(value, str):
            if key is not None and is_secret_key(key):
                return self._whole(value)
            return self(value)
        return value

    def _whole(self, value: str) -> str:
        # numbers and switches under a secret-sounding name (max_password_errors=3,
        # credentials_required=ON) are settings, not secrets
        if not value or PLACEHOLDER.fullmatch(value) or _NOT_SECRET.fullmatch(value):
            return value
        return self.token(value, "setting")

    def lines(self, lines: Iterable[str]) -> Iterator[str]:
        """Line by line, but a PEM private key spread over lines is removed whole."""
        in_key = False
        for line in lines:
            if in_key:
                if _PEM_END.search(line):
                    in_key = False
                continue
            if _PEM_BEGIN.search(line) and not _PEM_END.search(line):
                in_key = True
                yield self(line.split("-----BEGIN", 1)[0]) + self.token("pem-block", "private_key")
                continue
            yield self(line)

    def summary(self) -> dict[str, int]:
        """Replacements made per kind: counts only, never values."""
        with self._lock:
            return dict(sorted(self._replacements.items()))


_KEY_OF_MATCH = re.compile(r"\W*([A-Za-z0-9_.-]+)")


def _trivial(det: Detector, m: re.Match[str]) -> bool:
    """A number or a switch after a secret-sounding name (max_password_errors=4294967295), or
    the value of a key that names a secret rather than holds one (secretName: wandb-tls)."""
    if det.kind != "setting":
        return False
    if _NOT_SECRET.fullmatch(m.group(det.group) or ""):
        return True
    key = _KEY_OF_MATCH.match(m.group(0))
    return key is not None and not is_secret_key(key.group(1)) and is_reference_key(key.group(1))


def find_secrets(text: str) -> list[tuple[str, str]]:
    """(kind, excerpt) for every secret-looking string left in `text` (for redact-check).
    Excerpts are shortened so that the check itself does not print a secret whole."""
    text = PLACEHOLDER.sub(_S_OPEN + _S_CLOSE, text)
    found: list[tuple[str, str]] = []
    lowered = text.lower()
    for det in DETECTORS:
        if not det.may_match(lowered):
            continue
        for m in det.regex.finditer(text):
            secret = m.group(det.group)
            if secret is None or _S_OPEN in secret or not key_is_secret(det, m) or _trivial(det, m):
                continue
            shown = secret[:4] + "…" if len(secret) > 8 else "…"
            found.append((det.kind, shown))
    return found
