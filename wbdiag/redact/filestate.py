"""Redaction state carried from line to line within one file: PEM blocks, YAML block scalars,
values announced for the lines below (nextline.py), secrets a terminal or a log shipper wrapped
onto the next line, quoted-printable soft breaks, base64 wrapped over lines (wrapped64.py),
pasted tokens echoed back, double-quoted values left open. What the rest of a wrapped secret
looks like: wraprest.py; the span arithmetic the Redactor shares with it: spanmerge.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wbdiag import lazyre
from wbdiag.redact.continued import continues
from wbdiag.redact.continued import joined_spans as command_spans
from wbdiag.redact.cutrecords import joined_spans as cut_spans
from wbdiag.redact.cutrecords import opens_cut
from wbdiag.redact.cutvalue import opening_value_spans
from wbdiag.redact.detectors import Span
from wbdiag.redact.detectors.keyvalue import ENV_VALUE_LINE, LineState
from wbdiag.redact.detectors.prose import ECHO_KIND
from wbdiag.redact.detectors.tokens import KEY_LABEL
from wbdiag.redact.escaped import uncoloured
from wbdiag.redact.fixednotices import fixed_notice
from wbdiag.redact.fixedwidth import TERMINAL_WIDTHS, cut_piece, width, width_spans
from wbdiag.redact.linebody import body_start
from wbdiag.redact.marked import MarkedObjects
from wbdiag.redact.markup import InView, in_view
from wbdiag.redact.mimeparts import base64_bodies
from wbdiag.redact.names import is_reference_name
from wbdiag.redact.nextdump import QUOTED_PRINTABLE, qp_spans, quoted_printable
from wbdiag.redact.nextline import Follower, arm
from wbdiag.redact.openquote import (
    csv_cell_open,
    csv_end,
    left_open,
    opens_secret_quote,
    string_end,
    unquoted_end,
)
from wbdiag.redact.partial import joined_spans, opens_record
from wbdiag.redact.payloads import payload_lines, payload_spans
from wbdiag.redact.prefilter import EXACT
from wbdiag.redact.quoted import quoted, requote
from wbdiag.redact.sealed import without_ciphertext
from wbdiag.redact.spanmerge import merge
from wbdiag.redact.tacplus import tacplus_spans
from wbdiag.redact.utf16 import spelled
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value
from wbdiag.redact.wrapped64 import wrapped_spans
from wbdiag.redact.wraprest import (
    CUT_REST,
    FOLD_END,
    HEX_HEAD,
    HEX_KEY_LENGTHS,
    HEX_REST,
    WRAPPED_REST,
    fold_end,
    wrapped_rest,
)

if TYPE_CHECKING:
    from wbdiag.redact.redactor import Redactor

_PEM_BEGIN = lazyre.compile(r"-----BEGIN" + KEY_LABEL + "-----")
_PEM_END = lazyre.compile(r"-----END" + KEY_LABEL + "-----")
_WRAP_HEAD_MIN = 8  # the part of the secret before the wrap
_FOLD_MIN = 60  # a wrapped line this long and alone may go on (fold widths: 64, 76, 80)
_ECHO_LINES = 3  # how far above its echo a pasted token is looked for
_OPEN_QUOTE_LINES = 4  # lines a double-quoted value may run on
_SIBLINGS = 4  # keys an env entry may hold between its name and its value
_SIBLING_KEY = lazyre.compile(  # (a YAML key with a scalar, not a mapping; a plan's `+ type = …`)
    r"[ \t]+(?:(?:[-+~] +)?[A-Za-z][\w.-]{0,64} *=|[A-Za-z][\w.-]{0,64}:)[ \t]+[^\s{\[|>&*!#]"
)


class FileState:
    """State carried from line to line within one file."""

    def __init__(self, redactor: Redactor) -> None:
        self.r = redactor
        self.in_pem = False
        self.block_indent: int | None = None
        self.next_value: re.Pattern[str] | None = None
        self.next_name = "value"
        self.wrapped: str | None = None  # kind of a long secret that ended the last line
        self.folded = False  # ... and that line was a full line of it (folded at a width)
        self.cut = False  # ... or a terminal cut it at its width (the rest starts the next line)
        self.plain_indent: int | None = None  # a YAML plain scalar's key's indent (it may go on)
        self.quoted_printable = False  # the file announced `Content-Transfer-Encoding: q-p`
        self.pending: Follower | None = None  # a value announced for the next lines (nextline.py)
        self.echoed: list[str] = []  # tokens the last line echoed from the lines above it
        self.open_quote = 0  # lines a double-quoted value left open may still run on
        self.marked = MarkedObjects()  # objects whose members mark them secret (marked.py)
        self.siblings = 0  # keys read between an env entry's `name:` and its `value:`
        self.csv_cell = False  # the value left open is a quoted CSV cell (it goes on unindented)
        self.hex_head = 0  # the length of a hex secret that ended the last line (it may go on)
        self.opened = False  # the input's first line was read (it may open past a cut)

    def _inside(self) -> bool:
        return (
            self.in_pem
            or self.block_indent is not None
            or self.next_value is not None
            or self.wrapped is not None
            or self.plain_indent is not None
        )

    def redact(self, lines: list[str]) -> None:
        """Redact consecutive lines in place. A line of UTF-16 read as bytes is read as the
        text it spells (utf16.py): written as that text when something in it went, as it was
        otherwise."""
        wide: dict[int, tuple[str, str]] = {}  # line -> (as it was, the text it spells)
        joined = "\n".join(lines)  # (searched whole: one C loop, not one per line)
        if "\x00" in joined:
            for i, line in enumerate(lines):
                text = spelled(line) if "\x00" in line else None
                if text is not None:
                    wide[i] = (line, text)
                    lines[i] = text
        self._redact(lines, None if wide else joined)
        if quoted(lines):
            requote(lines, FileState(self.r).redact)
        for i, (raw, text) in wide.items():
            if lines[i] == text:
                lines[i] = raw

    def _redact(self, lines: list[str], text: str | None = None) -> None:
        """Only the prefilter's candidates and the lines inside a multi-line secret are looked
        at; the loop jumps from one to the next. `text`: the lines joined, if the caller has it."""
        if not self.opened and lines:
            # an entry's value whose name the cut left above the input (cutvalue.py)
            self.opened = True
            if spans := opening_value_spans(lines[0]):
                lines[0] = self.r._apply(lines[0], spans)
                text = None
        prefilter, _ = self.r._compiled()
        # (the block searched whole for what a few of its lines hold, not line by line)
        if text is None:
            text = "\n".join(lines)
        candidates = prefilter.lines(lines, text)
        if "encryptedData:" in text:
            candidates = without_ciphertext(lines, candidates)  # (sealed.py)
        order = sorted(candidates)
        if any("ransfer-" in lines[i] for i in order):
            # a mail part's base64 body, read decoded (before the lines are read one by one)
            base64_bodies(lines, FileState(self.r).redact, self._part_token)
            text = "\n".join(lines)
        self._payloads(lines, text)
        self._split_records(lines, order)
        # (fixedwidth.py, wrapped64.py, tacplus.py)
        for found in (width_spans, wrapped_spans, tacplus_spans):
            for j, spans in found(lines, order, self.r.spans).items():
                lines[j] = self.r._apply(lines[j], merge(lines[j], spans))
        for j, spans in self.marked.spans(lines, order).items():
            lines[j] = self.r._apply(lines[j], merge(lines[j], spans))
        if self.quoted_printable or any("uoted-printable" in lines[i] for i in order):
            # (the lines stay candidates: one may still announce what follows it, a table's
            # header, a YAML key; what was found decoded is a placeholder to them)
            self._soft_breaks(lines)
        k = 0
        i = 0
        n = len(lines)
        while i < n:
            inside = self._inside()
            if inside:
                handled = self._continued(lines[i])
                if handled is not None:
                    lines[i] = handled
                    i += 1
                    continue
                # the secret ended before this line: it is an ordinary line
            if self.pending is not None and not self._inside():
                # (also right after a secret that ended: `a;b;password` / a row whose value
                # ends the line / the next row)
                armed, extra = self.pending.step(lines[i])
                if not armed:
                    self.pending = None
                if extra or i in candidates:
                    groups = candidates.get(i, set())
                    lines[i] = self._one(lines[i], groups, extra)
                    self._echoed_above(lines, i)
                i += 1
                continue
            if not inside:
                while k < len(order) and order[k] < i:
                    k += 1
                if k == len(order):
                    return
                i = order[k]
            if i in candidates:
                lines[i] = self._one(lines[i], candidates[i])
                self._echoed_above(lines, i)
            i += 1

    def _split_records(self, lines: list[str], order: list[int]) -> None:
        """Records a container runtime split over lines (CRI `P` / `F`, partial.py), a line a
        shipper or a log store cut into records (cutrecords.py) and shell commands a backslash
        continues (continued.py), judged joined; each line keeps what it holds of a secret
        found across them."""
        after = 0
        wrap = width(lines) if order else 0
        for i in order:
            if i < after:
                continue
            if opens_record(lines[i]):
                after, per_line = joined_spans(lines, i, self.r.spans)
            elif opens_cut(lines[i]):
                after, per_line = cut_spans(lines, i, self.r.spans, after)
            elif (
                continues(lines[i])
                and not (i > 0 and continues(lines[i - 1]))
                # (a `\` a terminal's wrap left at the width is no shell's: fixedwidth.py)
                and len(lines[i]) != wrap
            ):
                after, per_line = command_spans(lines, i, self.r.spans)
            else:
                continue
            for j, spans in per_line.items():
                lines[j] = self.r._apply(lines[j], merge(lines[j], spans))

    def _payloads(self, lines: list[str], text: str) -> None:
        """Log records' base64 payloads (payloads.py), read decoded; the lines are not all
        candidates (base64 hides the names the prefilter looks for). `text`: the lines joined."""
        for j in payload_lines(lines, text):
            line = lines[j]
            spans = payload_spans(line, FileState(self.r).redact)
            if spans:
                lines[j] = self.r._apply(line, [(a, b, "keyvalue") for a, b in spans])

    def _part_token(self, piece: str) -> str:
        return self.r.token(piece, "keyvalue")

    def _soft_breaks(self, lines: list[str]) -> None:
        """A quoted-printable body (after the header that announces it): its lines are read
        decoded, joined at their soft breaks (a value split by one goes in both halves)."""
        qp = self.quoted_printable
        i = 0
        while i < len(lines):
            line = lines[i]
            if "ransfer-Encoding:" in line or "ransfer-encoding:" in line:
                # (each part of a multipart mail names its own encoding)
                qp = QUOTED_PRINTABLE.search(line) is not None
                i += 1
                continue
            if not qp:
                i += 1
                continue
            if not quoted_printable(line):
                i += 1
                continue
            i, per_line = qp_spans(lines, i, self.r.spans)
            for j, spans in per_line.items():
                lines[j] = self.r._apply(lines[j], merge(lines[j], spans))
        self.quoted_printable = qp

    def _echoed_above(self, lines: list[str], i: int) -> None:
        """A token a shell echoed back (`bash: …: command not found`) stands on the prompt line
        above too, where it was pasted: replaced there as well (within the block)."""
        if not self.echoed:
            return
        for token in self.echoed:
            for j in range(i - 1, max(-1, i - 1 - _ECHO_LINES), -1):
                if token in lines[j]:
                    lines[j] = lines[j].replace(token, self.r.token(token, ECHO_KIND))
        self.echoed = []

    def _one(
        self, line: str, groups: set[int] | None = None, extra: list[Span] | None = None
    ) -> str:
        begin = _PEM_BEGIN.search(line)
        # a key block in a string the line closes (a notebook's cell, JSON in its JSON) ends
        # where the string does, however it is escaped: not a block over the next lines
        close = string_end(line, begin.start()) if begin else -1
        if begin and close < 0 and not _PEM_END.search(line, begin.end()):
            self.in_pem = True
            head = line[: begin.start()]
            spans = self.r.spans(head, LineState())
            return self.r._apply(head, spans) + self._pem_token()
        state = LineState()
        # a fixed server notice, whole, without a known secret: nothing to find or arm
        fixed = groups is not None and EXACT not in groups and fixed_notice(line)
        spans = [] if fixed else self.r.spans(line, state, groups)
        if begin and close >= 0:
            extra = [*(extra or []), (begin.start(), close, "private_key")]
        if extra:
            spans = merge(line, spans + extra)
        self.echoed = [line[a:b] for a, b, kind in spans if kind == ECHO_KIND]
        armable = not fixed and state.block_indent is None and state.next_value is None
        if self.pending is None and armable:
            # (a prompt's colour codes hold `;`, which would cut its command: `\x1b[01;32m`)
            self.pending = arm(uncoloured(line))
            if self.pending is None and "</" in line and (label := in_view(line)):
                # a name alone in an element (hOCR's word spans, a table's cells) or a table's
                # header row: the value in the element or the row on the next lines, read as
                # their text (markup.py)
                follower = arm(label)
                self.pending = InView(follower) if follower is not None else None
        self.block_indent = state.block_indent
        if state.block_indent is not None:
            self.block_indent = _indent(line)
        self.next_value, self.next_name = state.next_value, state.next_name
        ends_line = bool(spans) and spans[-1][1] >= len(line.rstrip().removesuffix("\\"))
        self.csv_cell = ends_line and csv_cell_open(line, spans[-1][0])
        self.hex_head = 0
        if ends_line and (self.csv_cell or left_open(line, spans[-1][0])):
            # a double-quoted value the line leaves open (YAML folds it onto the next lines,
            # also after an escaped line break `\`): the next line up to its closing quote,
            # however short the part on this line
            self.wrapped, self.folded = spans[-1][2], False
            self.open_quote = _OPEN_QUOTE_LINES
        elif not spans and opens_secret_quote(line):
            # (nothing of the value on this line: `password: "\` / `  …"`)
            self.wrapped, self.folded, self.open_quote = "keyvalue", False, _OPEN_QUOTE_LINES
        if (
            ends_line
            # (a `\` after the value continues it: Java properties, shell lines)
            and spans[-1][1] - spans[-1][0] >= _WRAP_HEAD_MIN
        ):
            self.wrapped, self.folded = spans[-1][2], False
            head = line[spans[-1][0] : spans[-1][1]]
            self.hex_head = len(head) if HEX_HEAD.fullmatch(head) else 0
            still_open = self.csv_cell or left_open(line, spans[-1][0])
            self.open_quote = _OPEN_QUOTE_LINES if still_open else 0
        self.plain_indent = _plain_scalar_indent(line, spans[-1][0]) if ends_line else None
        self.cut = False
        tail = line.rstrip()
        if spans and spans[-1][1] == len(line) and len(line) in TERMINAL_WIDTHS:
            self.wrapped, self.folded, self.cut, self.open_quote = spans[-1][2], False, True, 0
        elif spans and tail.endswith("-") and spans[-1][1] >= len(tail) - 1 > spans[-1][0] + 8:
            # hyphenated at the line's end (pdftotext breaks a long word so): as a cut value
            self.wrapped, self.folded, self.cut, self.open_quote = spans[-1][2], False, True, 0
        return self.r._apply(line, spans) if spans else line

    def _quoted_rest(self, line: str) -> str | None:
        """The next line of a double-quoted value left open: up to its closing quote, or the
        whole line (and the value goes on) when it holds none."""
        kind = self.wrapped or "keyvalue"
        body = _strip_timestamp(line)
        lead = len(line) - len(body.lstrip(" \t"))
        if body[:1] not in (" ", "\t") and not self.csv_cell:
            self.open_quote, self.wrapped = 0, None
            return None  # (a YAML scalar's next lines are indented; a CSV cell's need not be)
        close = csv_end(line, lead) if self.csv_cell else unquoted_end(line, lead)
        stop = close if close >= 0 else len(line.rstrip())
        self.open_quote = self.open_quote - 1 if close < 0 else 0
        if self.open_quote == 0:
            self.wrapped, self.csv_cell = None, False
        if stop <= lead:
            return None if close < 0 else line
        rest = line[stop:]
        return line[:lead] + self.r.token(line[lead:stop], kind) + (self.r(rest) if rest else "")

    def _plain_more(self, line: str) -> str | None:
        """A line that goes on with a YAML plain scalar: indented deeper than its key, no key
        or list item of its own (`value: DJDOw…` / `  XLJAA…`, as `kubectl get -o yaml`
        folds a long value)."""
        indent, self.plain_indent = self.plain_indent, None
        body = _strip_timestamp(line)
        text = body.strip()
        if indent is None or not text or _indent(line) <= indent or not _PLAIN_MORE.fullmatch(text):
            return None
        self.plain_indent, self.wrapped = indent, None
        lead = len(line) - len(body.lstrip(" \t"))
        return line[:lead] + self.r.token(text, "keyvalue") + line[lead + len(text) :]

    def _hex_rest(self, line: str, lead: int) -> re.Match[str] | None:
        """The rest of a hex key the last line ended in, first on this line with text after it:
        the same case of hex, the two making a hex key's length."""
        head, self.hex_head = self.hex_head, 0
        rest = HEX_REST.match(line, lead) if head else None
        if rest is None or head + len(rest.group("t")) not in HEX_KEY_LENGTHS:
            return None
        return rest

    def _pem_token(self) -> str:
        return self.r.token("pem-block", "private_key")

    def _continued(self, line: str) -> str | None:
        """A line inside a multi-line secret, redacted; None when the secret ended before it."""
        if self.in_pem:
            end = _PEM_END.search(line)
            if end is None:
                return self._pem_token()
            self.in_pem = False
            rest = line[end.end() :]
            return self._pem_token() + (self.r(rest) if rest else "")
        if self.block_indent is not None:
            body = _strip_timestamp(line)
            if body.strip() and _indent(line) <= self.block_indent:
                self.block_indent = None
                return None
            if not body.strip():
                return line
            lead = len(line) - len(body.lstrip(" \t"))
            named = _BLOCK_KEY.match(line, lead)
            if (
                named
                and named.group(1) not in ("key", "keys")
                and is_reference_name(named.group(1))
            ):
                return line  # what the block says about a key (`fingerprint: …`, `url: …`)
            return line[:lead] + self.r.token(line[lead:], "keyvalue")
        if self.plain_indent is not None:
            more = self._plain_more(line)
            if more is not None:
                return more
        if self.wrapped is not None and self.open_quote:
            return self._quoted_rest(line)
        if self.wrapped is not None and self.cut:
            kind, self.wrapped, self.cut = self.wrapped, None, False
            piece = CUT_REST.match(line)
            if piece is None or not cut_piece(piece.group("t")):
                return None
            after = line[piece.end() :]
            if not after and len(line) in TERMINAL_WIDTHS:
                self.wrapped, self.cut = kind, True  # a full line of it: cut again at the width
            return self.r.token(piece.group("t"), kind) + (self.r(after) if after else "")
        if self.wrapped is not None:
            kind, self.wrapped = self.wrapped, None
            lead = len(line) - len(_strip_timestamp(line))
            tail = WRAPPED_REST.fullmatch(line, lead)
            folded, self.folded = self.folded, False
            if tail is None and folded:
                tail = FOLD_END.fullmatch(line, lead)  # the short last line of a folded value
                if tail is None or not fold_end(tail.group("t")):
                    return None
            elif tail is None or not wrapped_rest(tail.group("t")):
                tail = self._hex_rest(line, lead)
                if tail is None:
                    return None
            start, stop = tail.span("t")
            if stop - start >= _FOLD_MIN and not line[stop:].strip():
                # a full line of it alone: folded at a fixed width (a JWT at 80 columns, base64
                # at 76), the next line may hold more of it (each must look random again)
                self.wrapped, self.folded = kind, True
            return line[:start] + self.r.token(tail.group("t"), kind) + line[stop:]
        pattern, self.next_value = self.next_value, None
        if pattern is None:
            return None
        line = uncoloured(line)  # (a value redacted here loses its line's colour codes)
        body = _strip_timestamp(line)
        m = pattern.match(body)
        if (
            m is None
            and pattern is ENV_VALUE_LINE
            and self.siblings < _SIBLINGS
            and _SIBLING_KEY.match(body)
        ):
            # another key of the same list item before its `value:` (an OpenShift template's
            # parameter: `- name: DB_PASSWORD` / `description: …` / `value: …`)
            self.siblings += 1
            name, out = self.next_name, self._one(line)
            if self.next_value is None:
                self.next_value, self.next_name = pattern, name
            return out
        self.siblings = 0
        if m is None:
            return None
        offset = len(line) - len(body)
        start = offset + m.end()
        value = line[start:].rstrip().removesuffix(",")  # (an item of a JSON array)
        stripped = value.strip("\"'")
        opened = value.startswith('"') and unquoted_end(line, start + 1) < 0
        if opened and stripped.rstrip("\\ \t") == "":
            # the value starts on the next line (`value: "\` / `  …"`)
            self.wrapped, self.folded, self.open_quote = "keyvalue", False, _OPEN_QUOTE_LINES
            return line
        if not stripped or is_trivial_value(stripped):
            return None
        if is_reference_value(self.next_name, stripped):  # (a Secret's name: Longhorn's setting)
            return None
        vstart = start + value.find(stripped)
        spans: list[Span] = [(vstart, vstart + len(stripped), "keyvalue")]
        if vstart + len(stripped) >= len(line.rstrip()):
            self.plain_indent = _plain_scalar_indent(line, vstart)
        if opened and left_open(line, vstart):
            # the value goes on, double-quoted, on the next lines (`- name: X` / `value: "…\`)
            self.wrapped, self.folded, self.open_quote = "keyvalue", False, _OPEN_QUOTE_LINES
        return self.r._apply(line, spans)


# a YAML key and a plain scalar after it (not quoted, not a flow collection)
_PLAIN_KEY = lazyre.compile(r"(?P<i>[ \t]*)(?:-[ \t]{1,4})?[\w.-]{1,128}:[ \t]{1,8}")
# what goes on with one: no `: `, no ` #`, not a list item, a quote or a flow collection
_PLAIN_MORE = lazyre.compile(r"[^\s\-#'\"{}\[\]&*!|>%@`](?:(?!: | #)[^\n]){0,4096}")


def _plain_scalar_indent(line: str, vstart: int) -> int | None:
    """The indent of the YAML key whose plain scalar starts at `vstart`, if one does."""
    m = _PLAIN_KEY.fullmatch(line, body_start(line), vstart)
    return None if m is None else len(m.group("i").expandtabs())


# a YAML key inside a block scalar (Artifact Hub's `signKey: |` holds `fingerprint:` and `url:`)
_BLOCK_KEY = lazyre.compile(r"([a-z][A-Za-z]{1,30}):[ \t]")


def _strip_timestamp(line: str) -> str:
    return line[body_start(line) :]


def _indent(line: str) -> int:
    body = _strip_timestamp(line)
    return len(body) - len(body.lstrip(" "))
