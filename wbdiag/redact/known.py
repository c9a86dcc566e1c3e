"""Values already known to be secret (settings, container and pod environments, Secrets):
replaced exactly wherever they appear, in every form a log may show them in: as is,
percent-encoded (URLs, form bodies), JSON-escaped (once and twice: JSON inside a JSON string),
and base64 (whole, and the three alignments of the value inside a longer base64 text, such as a
`.dockerconfigjson` `auth` holding base64("user:password")."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote, quote_plus

MIN_KNOWN = 4  # shorter "secrets" (a password "x") would shred ordinary text
_MIN_B64_CORE = 8


def _base64_cores(raw: bytes) -> set[str]:
    """The base64 characters that depend only on `raw`, whatever bytes come before or after it
    in a longer encoded text: one string per alignment (0, 1 or 2 bytes before it)."""
    cores: set[str] = set()
    for pad in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            enc = encode(b"\0" * pad + raw).decode("ascii").rstrip("=")
            first = -(-pad * 8 // 6)  # characters touched by the unknown bytes before
            last = (pad + len(raw)) * 8 // 6  # characters wholly inside the value
            core = enc[first:last]
            if len(core) >= _MIN_B64_CORE:
                cores.add(core)
    return cores


def forms(value: str) -> set[str]:
    """Every spelling of `value` worth searching for (at least MIN_KNOWN characters each)."""
    out = {value, quote(value, safe=""), quote(value, safe="/"), quote_plus(value)}
    escaped = json.dumps(value, ensure_ascii=False)[1:-1]
    out.add(escaped)
    out.add(json.dumps(escaped, ensure_ascii=False)[1:-1])
    raw = value.encode("utf-8")
    out.add(base64.b64encode(raw).decode("ascii"))
    out |= _base64_cores(raw)
    return {f for f in out if len(f) >= MIN_KNOWN}
