"""What a request body shows over lines:
- curl `--trace-ascii` rows (`=> Send data, 212 bytes` / `0000: grant_type=…&code=` / `0040: …`):
  curl cuts the data every 64 bytes wherever that falls, so a full row goes on in the next (a
  form's `code=` or `client_secret=` on one row, the value on the next); the rows of one line of
  the data are read joined (the last few, as the bytes follow each other) and judged by every
  detector; what they find in the current row goes. A row shorter than the width ended at a line
  break of the data;
- a multipart form's field named for a secret (`Content-Disposition: form-data;
  name="x-amz-signature"`, an S3 presigned POST's `x-amz-security-token`, `password`): the value
  is the part's body, after its headers and the blank line, up to the next boundary; in a trace's
  rows or as plain lines, or on one line with its line breaks escaped (http.client's
  `send: b'--…\\r\\nContent-Disposition: form-data; name="password"\\r\\n\\r\\n…\\r\\n--…'`:
  ESCAPED_FORM_FIELD).

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.nextdump import HexDump, judge
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# curl's `--trace` / `--trace-ascii` headers of a block of data or headers
_HEADER = lazyre.compile(r"(?:=>|<=)[ \t](?:Send|Recv)[ \t](?:data|header|SSL data)\b")
# a row: its offset (`%04x: `), then up to 64 bytes of the data
_ROW = lazyre.compile(r"(?P<o>[0-9a-f]{4,8}):[ ]?(?P<t>[^\n]{0,4096})")
_WIDTH = 64
_FORM_FIELD = lazyre.compile(
    r"(?i)content-disposition:[ \t]{0,8}form-data;[ \t]{0,8}name=\"?(?P<n>[^\";\s]{1,128})"
)
_WINDOW = 4  # rows joined: a pair of up to about 200 bytes
_MAX_ROWS = 8192
_MAX_PLAIN = 16  # a plain form part's header and body lines


@dataclass
class TraceRows:
    rows: bool  # curl's offset rows; else plain lines of a multipart body
    joined: list[str] = field(default_factory=list)  # the current line's last rows
    last: tuple[int, int] = (-1, -1)  # the last row's offset and length
    form: int = 0  # 1: a secret-named field's headers; 2: its body
    seen: int = 0

    @staticmethod
    def arm(line: str) -> TraceRows | None:
        start = body_start(line)
        if _HEADER.match(line, start):
            return TraceRows(rows=True)
        if "form-data" not in line:
            return None
        row = _ROW.fullmatch(line, start)
        text = row.group("t") if row else line[start:]
        field_name = _FORM_FIELD.match(text.lstrip())
        if field_name is None or not is_secret_name(field_name.group("n")):
            return None
        return TraceRows(rows=row is not None, form=1)

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.seen += 1
        start = body_start(line)
        if self.seen > _MAX_ROWS:
            return False, []
        if not self.rows:
            return self._plain(line, start)
        if _HEADER.match(line, start):
            self.joined, self.last, self.form = [], (-1, -1), 0
            return True, []
        row = _ROW.fullmatch(line, start)
        if row is None:
            return False, []
        offset, text = int(row.group("o"), 16), row.group("t")
        glued = self.last[1] == _WIDTH and offset == self.last[0] + _WIDTH
        self.last = (offset, len(text))
        if not glued:
            self.joined = []
        spans = self._form_step(text, glued, row.start("t"))
        self.joined = [*self.joined[-(_WINDOW - 1) :], text]
        joined = "".join(self.joined)
        at = len(joined) - len(text)  # where this row starts in the joined text
        for s, e, _ in judge(joined):
            lo, hi = max(s, at), min(e, len(joined))
            if lo < hi:
                spans.append((row.start("t") + lo - at, row.start("t") + hi - at, KIND))
        return True, spans

    def _form_step(self, text: str, glued: bool, column: int) -> list[Span]:
        """A secret-named form field's body rows, whole; the state of the field over rows."""
        if self.form == 2 and (glued or not text.startswith("--")):
            return [(column, column + len(text), KIND)] if _held(text) else []
        if not glued:
            if self.form == 1 and not text.strip():
                self.form = 2
                return []
            if self.form == 2:
                self.form = 0  # the next part's boundary
        m = _FORM_FIELD.search(text)
        if m is not None:
            self.form = 1 if is_secret_name(m.group("n")) else 0
        return []

    def _plain(self, line: str, start: int) -> tuple[bool, list[Span]]:
        text = line[start:].rstrip("\r")
        if self.form == 1:
            if not text.strip():
                self.form = 2
            return self.seen <= _MAX_PLAIN, []
        if text.startswith("--") or self.seen > _MAX_PLAIN:
            return False, []
        return True, [(start, start + len(text), KIND)] if _held(text) else []


def _held(text: str) -> bool:
    """A form field's body that holds a value (not a template, a mask or a flag)."""
    return bool(text.strip()) and not is_trivial_value(text)


_HEX_DIGITS = frozenset("0123456789abcdef")


def arm_dump(line: str) -> HexDump | TraceRows | None:
    """A dump's row pasted without its command (nextdump.py), curl's trace or a form's field,
    by a few characters first."""
    if line[:1] in _HEX_DIGITS and "  " in line and (dump := HexDump.arm_row(line)) is not None:
        return dump
    if "data" in line or "header" in line:
        return TraceRows.arm(line)
    return None


# The lines that arm a TraceRows: curl's trace headers and a form field's header
TRACE_ARMING = Detector(
    KIND,
    ("send data", "recv data", "send header", "recv header", "send ssl data", "form-data"),
    lambda line: iter(()),
    (
        r"(?:=>|<=)[ \t](?:send|recv)[ \t](?:data|header|ssl data)",
        r"content-disposition:[ \t]*form-data;[ \t]*name=",
    ),
)


# a form field's part on one line, its line breaks escaped as `\r\n`: its other headers, the
# blank line, the body up to the next boundary's line break
_ESCAPED_FIELD = lazyre.compile(
    r"(?i)content-disposition:[ \t]{0,8}form-data;[ \t]{0,8}name=\\?\"?(?P<n>[^\"\\;\s]{1,128})\\?\"?"
    r"(?:\\r\\n[^\\\n]{1,256}){0,8}?\\r\\n\\r\\n(?P<v>[^\\\n]{1,4096}?)\\r\\n--"
)


# a presigned POST's form (S3's SigV4 and SigV2, GCS's V4): its `policy` goes with its signature,
# as its conditions hold the credential and, with temporary credentials, the session token
_SIGNED_POST = lazyre.compile(r"(?i)name=\\?\"?(?:x-amz-signature|signature|x-goog-signature)\b")


def _escaped_field_spans(line: str) -> Iterator[Span]:
    if "form-data" not in line or "\\r\\n" not in line:
        return
    signed = _SIGNED_POST.search(line) is not None
    for m in _ESCAPED_FIELD.finditer(line):
        name = m.group("n")
        if (is_secret_name(name) or (signed and name.lower() == "policy")) and _held(m.group("v")):
            yield m.start("v"), m.end("v"), KIND


ESCAPED_FORM_FIELD = Detector(
    KIND,
    ("form-data",),
    _escaped_field_spans,
    (r"form-data;[ \t]*name=[^\n]*\\r\\n\\r\\n",),
)
