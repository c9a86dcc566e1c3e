"""Text people write, export and attach, in forms that hide a value's place from a reading line
by line: the leak gate renders each as the lines it reads (`views`: a view's lines and, for
each, the line of the block it stands for) and judges them as any block (Gate._views):

- an e-mail part's body in its transfer encoding (`Content-Transfer-Encoding: quoted-printable`,
  soft line breaks joined, `=C3=BC` decoded; or `base64`), decoded; and a header's RFC 2047
  encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), decoded where they stand (`decode_words`):
  a `=C3` inside an encoded word is a byte, no separator before a value;
- an HTML table (an HTML e-mail's, Confluence's storage format: `<tr><th><p>…</p></th>`,
  `<td><p><code>…</code></p></td>`) as a Markdown table, one line per row, cells' markup
  dropped and entities decoded, a rule under a row of header cells;
- hOCR's words (`<span class='ocrx_word'>`) of one OCR line as that line's text;
- a DokuWiki table, whose header cells open with `^` and have no rule under them, and a CSV
  file's header and rows (a spreadsheet's or a database's export), as a Markdown table;
- a record's field named by one line and valued on another (pdftk's `FieldName: db_password` /
  `FieldValue: …`), as `name: value`;
- a rich-text document's text nodes (Jira's ADF, ProseMirror, Slack's `rich_text` blocks:
  `{"type":"text","text":"…"}`), each read after the end of the one before, as the sentence
  they make (`"the new token: "` then `"…"` in a code mark);
- `plain_text`: a line read with full-width forms as their ASCII twins (`password：…`, as CJK
  input and OCR write the colon) and without zero-width characters; `split_token`: a generated
  token a zero-width character cuts in two (pasted into a chat so that no scanner reads it
  whole).
"""

from __future__ import annotations

import base64
import binascii
import csv
import html
import json
import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import context_ends, fold_confusables
from wbdiag.redact.gatetoken import looks_random
from wbdiag.redact.gatewords import PUBLIC_NAMES

View = tuple[list[str], list[int]]  # the lines of a view, and the block's line for each

_REACH = 400  # lines a view reads after its first
# (a license too: a CSV's header cell, as the context check reads it, `WANDB_LICENSE_PART`)
_TABLE_WORD = r"(?:pass|pwd|secret|token|key|credential|auth|licen[cs]e)"
_FIELD_START = r"^[ \t]*[\"']?[^\n,;\t\"'=:{}<>\[\]]{0,48}"

LITERALS: tuple[str, ...] = (
    "content-transfer-encoding",
    "?q?",
    "?b?",
    "<td",
    "<th",
    "ocrx_word",
    "^",
    "fieldname",
    '"text"',
    *("pass", "pwd", "secret", "token", "key", "credential", "auth", "licen"),
    *("\u200b", "\u200c", "\u200d", "\u2060"),
)
HINTS: tuple[str, ...] = (
    r"^Content-Transfer-Encoding:[ \t]*(?:quoted-printable|base64)",
    r"=\?[0-9a-z_.:-]{1,40}\?[bq]\?",
    r"<t[dh][\s>]",
    r"ocrx_word",
    r"^[ \t]*\^[^\n]*\^",
    r"^[ \t]*FieldName:[ \t]",
    r"\"type\"[ \t]*:[ \t]*\"text\"",
    # a CSV header: simple fields, one of them naming a secret
    _FIELD_START + r"[\"']?[,;\t][^\n]*" + _TABLE_WORD,
    _FIELD_START + _TABLE_WORD + r"[^\n,;\t\"'=:{}<>\[\]]{0,48}[\"']?[,;\t]",
    # a zero-width character inside a token
    "[0-9A-Za-z](?:\u200b|\u200c|\u200d|\u2060)[0-9A-Za-z]",
)

# --- e-mail

_TRANSFER = lazyre.compile(
    r"(?i)[ \t]*content-transfer-encoding:[ \t]*(quoted-printable|base64)\s*\Z"
)
_BOUNDARY = lazyre.compile(r"--[^\s]{6,}\s*\Z")
_B64_LINE = lazyre.compile(r"[ \t]{0,8}([A-Za-z0-9+/]{4,1024}={0,2})\s*\Z")
_ENCODED_WORD = lazyre.compile(r"=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,2048})\?=")
_BETWEEN_WORDS = lazyre.compile(r"(?<=\?=)[ \t]+(?==\?)")


def _text(raw: bytes, charset: str = "utf-8") -> str:
    try:
        return raw.decode(charset, "replace")
    except (LookupError, ValueError):  # (an unknown charset, a codec that is no text encoding)
        return raw.decode("utf-8", "replace")


def _encoded_word(m: re.Match[str]) -> str:
    charset, kind, data = m.groups()
    try:
        if kind in "Qq":
            raw = binascii.a2b_qp(data.encode("ascii", "replace"), header=True)
        else:
            raw = base64.b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return m.group(0)
    return _text(raw, charset.split("*")[0])


def decode_words(text: str) -> str:
    """`text` with its RFC 2047 encoded words decoded (adjacent ones joined, as a mail reader
    joins them)."""
    if _ENCODED_WORD.search(text) is None:
        return text
    return _ENCODED_WORD.sub(_encoded_word, _BETWEEN_WORDS.sub("", text))


def _body(block: Sequence[str], i: int) -> int:
    """The first line of the body whose headers hold line `i` (after their blank line)."""
    for j in range(i + 1, min(len(block), i + 32)):
        if not block[j].strip():
            return j + 1
    return len(block)


def _quoted_printable(block: Sequence[str], first: int) -> View:
    lines: list[str] = []
    origin: list[int] = []
    joined = ""
    for j in range(first, min(len(block), first + _REACH)):
        text = block[j].rstrip("\r\n")
        if _BOUNDARY.match(text):
            break
        if text.endswith("="):  # a soft line break: the line goes on on the next
            joined += text[:-1]
            continue
        lines.append(_text(binascii.a2b_qp((joined + text).encode("utf-8"))))
        origin.append(j)
        joined = ""
    if joined:
        lines.append(_text(binascii.a2b_qp(joined.encode("utf-8"))))
        origin.append(min(len(block), first + _REACH) - 1)
    return lines, origin


def _base64(block: Sequence[str], first: int) -> View:
    runs: list[str] = []
    for j in range(first, min(len(block), first + _REACH)):
        m = _B64_LINE.match(block[j])
        if m is None:
            break
        runs.append(m.group(1))
    data = "".join(runs)
    try:
        raw = base64.b64decode(data + "=" * (-len(data) % 4))
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return [], []  # (an attachment's bytes, not text)
    if sum(c.isprintable() or c.isspace() for c in decoded) < 0.9 * len(decoded):
        return [], []
    lines: list[str] = []
    origin: list[int] = []
    ends = [0]
    for run in runs:
        ends.append(ends[-1] + len(run))
    at = 0  # bytes into the decoded text
    for line in decoded.split("\n"):
        lines.append(line)
        where = at * 4 // 3 + len(line.encode()) * 4 // 3  # base64 characters to the line's end
        k = next((k for k in range(1, len(ends)) if ends[k] >= where), len(ends) - 1)
        origin.append(first + k - 1)
        at += len(line.encode()) + 1
    return lines, origin


# --- HTML tables

_TABLE_END = lazyre.compile(r"(?i)</table\s*>")
_ROW = lazyre.compile(r"(?is)<tr\b[^>]*>(.*?)(?=</tr\s*>|<tr\b|</table|\Z)")
_CELL = lazyre.compile(r"(?is)<t([hd])\b[^>]*>(.*?)(?=</t[hd]\s*>|<t[hd]\b|\Z)")
_TAG = lazyre.compile(r"<[^>]*>")
_SPACES = lazyre.compile(r"\s+")


def _cell_text(markup: str) -> str:
    return _SPACES.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip().replace("|", "¦")


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _rule(count: int) -> str:
    return "|" + "---|" * count


def _html_table(block: Sequence[str], i: int) -> View:
    last = i
    for j in range(i, min(len(block), i + _REACH)):
        last = j
        if _TABLE_END.search(block[j]) or "<" not in block[j]:
            break
    starts = [0]
    for j in range(i, last + 1):
        starts.append(starts[-1] + len(block[j]) + 1)
    text = "\n".join(block[i : last + 1])
    lines: list[str] = []
    origin: list[int] = []
    for row in _ROW.finditer(text):
        cells = _CELL.findall(row.group(1))
        if not cells:
            continue
        line = i + next(k for k in range(1, len(starts)) if starts[k] > row.start()) - 1
        lines.append(_row([_cell_text(c) for _, c in cells]))
        origin.append(line)
        if all(kind.lower() == "h" for kind, _ in cells):
            lines.append(_rule(len(cells)))
            origin.append(line)
    return lines, origin


# --- hOCR

_OCR_WORD = lazyre.compile(r"""(?is)class=['"]ocrx_word['"][^>]*>(.*?)</span>""")
_OCR_LINE = lazyre.compile(r"""(?i)class=['"]ocr_(?:line|header|caption|textfloat|par|carea)['"]""")


def _hocr(block: Sequence[str], i: int) -> View:
    lines: list[str] = []
    origin: list[int] = []
    words: list[str] = []
    last = i
    for j in range(i, min(len(block), i + _REACH)):
        text = block[j]
        if "ocr" not in text:
            break
        if _OCR_LINE.search(text) and words:
            lines.append(" ".join(words))
            origin.append(last)
            words = []
        for word in _OCR_WORD.findall(text):
            words.append(_cell_text(word))
            last = j
    if words:
        lines.append(" ".join(words))
        origin.append(last)
    return lines, origin


# --- tables whose header is marked by its own syntax, not by a rule under it

_SIMPLE_FIELD = lazyre.compile(r"[^\W\d][\w .()/#&+-]{0,47}")
_LINE_END = "\r\n"


def _names_secret(cell: str) -> bool:
    flat = cell.lower().replace(" ", "_").replace("-", "_")
    return bool(context_ends(cell)) and not flat.endswith(PUBLIC_NAMES)


def _dokuwiki(block: Sequence[str], i: int) -> View:
    header = block[i].strip().strip("^").split("^")
    cells = [c.strip() for c in header]
    if len(cells) < 2 or not any(_names_secret(c) for c in cells):
        return [], []
    lines, origin = [_row(cells), _rule(len(cells))], [i, i]
    for j in range(i + 1, min(len(block), i + _REACH)):
        text = block[j].strip()
        if not text.startswith(("|", "^")):
            break
        lines.append(text.replace("^", "|"))
        origin.append(j)
    return lines, origin


def _fields(text: str, sep: str) -> list[str]:
    try:
        return next(csv.reader([text], delimiter=sep), [])
    except csv.Error:  # (a carriage return or a NUL inside the line: no CSV row)
        return []


def _csv_fields(line: str) -> tuple[str, list[str]] | None:
    """The separator and the fields of a CSV header: simple names, one naming a secret."""
    text = line.lstrip("\ufeff").rstrip(_LINE_END)
    for sep in ",;\t":
        if sep in text:
            names = [f.strip() for f in _fields(text, sep)]
            if (
                len(names) >= 2
                and all(_SIMPLE_FIELD.fullmatch(n) for n in names)
                and any(_names_secret(n) for n in names)
            ):
                return sep, names
            return None
    return None


def _csv(block: Sequence[str], i: int) -> View:
    header = _csv_fields(block[i])
    if header is None:
        return [], []
    sep, names = header
    lines, origin = [_row(names), _rule(len(names))], [i, i]
    for j in range(i + 1, min(len(block), i + _REACH)):
        fields = _fields(block[j].rstrip(_LINE_END), sep)
        if len(fields) != len(names):
            break
        lines.append(_row([f.strip().replace("|", "¦") for f in fields]))
        origin.append(j)
    return (lines, origin) if len(lines) > 2 else ([], [])


# --- a field named on one line and valued on another

_FIELD_NAME = lazyre.compile(r"[ \t]*FieldName:[ \t]*(\S.{0,127}?)\s*\Z")
_FIELD_VALUE = lazyre.compile(r"[ \t]*FieldValue:[ \t]?(.{1,1024}?)\s*\Z")


def _field(block: Sequence[str], i: int) -> View:
    m = _FIELD_NAME.match(block[i])
    if m is None or not context_ends(m.group(1)):
        return [], []
    for j in range(i + 1, min(len(block), i + 8)):
        if block[j].startswith("---") or _FIELD_NAME.match(block[j]):
            break
        value = _FIELD_VALUE.match(block[j])
        if value is not None:
            return [f"{m.group(1)}: {value.group(1)}"], [j]
    return [], []


# --- a rich-text document's text nodes

_STRING = r'"(?:[^"\\\n]|\\.){0,4096}"'
_TEXT_NODE = lazyre.compile(
    r'"type"[ \t]*:[ \t]*"text"[ \t]*,[ \t]*"text"[ \t]*:[ \t]*(' + _STRING + ")"
    r'|"text"[ \t]*:[ \t]*(' + _STRING + r')[ \t]*,[ \t]*"type"[ \t]*:[ \t]*"text"'
)
_NODE_GAP = 4  # lines without a text node (a paragraph's or a mark's JSON) a document spans
_NODE_TAIL = 64  # characters of the text before a node read with it


def _rich_text(block: Sequence[str], i: int) -> View:
    lines: list[str] = []
    origin: list[int] = []
    before = ""
    gap = 0
    for j in range(i, min(len(block), i + _REACH)):
        nodes = _TEXT_NODE.findall(block[j])
        gap = 0 if nodes else gap + 1
        if gap > _NODE_GAP:
            break
        for a, b in nodes:
            try:
                text = str(json.loads(a or b))
            except ValueError:
                continue
            lines.append(before + text)
            origin.append(j)
            before = (before + text)[-_NODE_TAIL:]
    return (lines, origin) if len(lines) > 1 else ([], [])


def views(block: Sequence[str], i: int) -> Iterator[View]:
    """The views that start at line `i` of `block`."""
    text = block[i]
    lowered = text.lower()
    m = _TRANSFER.match(text) if "ontent-" in text or "ONTENT-" in text else None
    if m is not None:
        first = _body(block, i)
        if m.group(1).lower() == "base64":
            yield _base64(block, first)
        else:
            yield _quoted_printable(block, first)
    if "<t" in lowered and _CELL.search(text):
        yield _html_table(block, i)
    if "ocrx_word" in lowered:
        yield _hocr(block, i)
    if '"text"' in text and _TEXT_NODE.search(text):
        yield _rich_text(block, i)
    if text.lstrip().startswith("^"):
        yield _dokuwiki(block, i)
    elif "FieldName:" in text:
        yield _field(block, i)
    elif any(sep in text for sep in ",;\t") and i + 1 < len(block):
        yield _csv(block, i)


# --- a line's characters

# full-width ASCII forms (U+FF01-FF5E) and the ideographic space, as their ASCII twins
_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060"
_PLAIN = str.maketrans(_FULL_WIDTH | dict.fromkeys(map(ord, _ZERO_WIDTH)))
_SPLIT_TOKEN = lazyre.compile(
    f"[0-9A-Za-z+/_.~!*-]{{6,256}}[{_ZERO_WIDTH}][0-9A-Za-z+/_.~!*-]{{6,256}}"
)


def plain_text(text: str) -> str:
    """`text` with full-width forms as ASCII, without zero-width characters, and with look-alike
    letters that touch a Latin one as Latin (`раsswоrd：` as OCR reads a scan)."""
    return fold_confusables(text.translate(_PLAIN))


def split_token(text: str) -> str:
    """A generated token a zero-width character cuts in two, read whole (`""` if none)."""
    for m in _SPLIT_TOKEN.finditer(text):
        token = plain_text(m.group(0))
        if len(token) >= 16 and looks_random(token):
            return token
    return ""
