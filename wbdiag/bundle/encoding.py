"""Text from a bundle that cannot be encoded, made encodable where it enters wbdiag.

Two sources of unencodable text: a tar member (or file) name with bytes that are not UTF-8, which
Python decodes to the surrogates U+DC80-U+DCFF (`surrogateescape`), and a JSON string escape of a
lone surrogate (`"\\ud800"`). Both are replaced by their escaped spelling (`\\xff`, `\\ud800`),
so the HTML, Markdown, text and JSON reports can always be written, and say what was there.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogates(value: Any) -> bool:
    return isinstance(value, str) and _SURROGATE.search(value) is not None


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte surrogateescape kept: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def escape_surrogates(text: str) -> str:
    """`text` with every surrogate code point written out as an escape."""
    return _SURROGATE.sub(_escape, text) if _SURROGATE.search(text) else text
