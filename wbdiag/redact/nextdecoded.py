"""A whole Secret's data printed decoded, one value per key, on the lines after the command:
- jq's `@base64d` over the data (`kubectl get secret … -o json | jq '.data |
  map_values(@base64d)'`, `… | jq -r '.data | to_entries[] | "\\(.key)=\\(.value | @base64d)"'`): a
  JSON object, or `KEY=value` lines;
- jq's `@base64d` over one field with `-r` (`… | jq -r '.data.password | @base64d'`): the value
  alone, on the next line;
- Prefect's block documents read with `include_secrets=true` (`curl …/block_documents/ID?
  include_secrets=true`): a Secret block's `"value": "…"` members in the JSON below;
- `kubectl view-secret NAME --all` (`-a`): `KEY='value'` lines;
- `oc extract secret/NAME --to=-`: each value under a `# KEY` header line, the lines up to the
  next header.
Every value goes, whatever its key's name: the command decoded the Secret, so each key is one of
its secrets (`KMS_KEY`, `SECRET`); empty and trivial values stay. The output ends at a blank line,
the next prompt, or after `_MAX_LINES`."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# the command lines (their ends: what the line is a pipeline for)
_VIEW_ALL = lazyre.compile(r"\bview-secret\b[^\n]{0,256}[ \t](?:--all|-a)\b")
_EXTRACT = lazyre.compile(
    r"\bextract[ \t]{1,4}(?:secrets?/|secret[ \t])[^\n]{0,256}--to[= ]-(?:\s|\Z)"
)
# `"KEY": "value",` of a pretty-printed object; `KEY=value`, `KEY='value'`
_MEMBER = lazyre.compile(
    r'[ \t]*"(?:[^"\\]|\\.){1,256}"[ \t]*:[ \t]*"(?P<v>(?:[^"\\]|\\.)*)",?[ \t]*\Z'
)
_PAIR = lazyre.compile(r"[ \t]*[\w.-]{1,256}=(?P<v>.*)")
# one field of the data, decoded raw: the next line is its value
_ONE_FIELD = lazyre.compile(
    r"(?<![\w-])jq[ \t]{1,4}(?:-[a-zA-Z]{0,4}r[a-zA-Z]{0,4}[ \t]{1,4}|--raw-output[ \t]{1,4})"
    r"['\"]?\.data(?:\.[\w-]{1,128}|\[\\?[\"'][^\"'\n]{1,128}\\?[\"']\])[ \t]{0,4}\|[ \t]{0,4}@base64d"
)
_BLOCK_VALUE = lazyre.compile(r'"value"[ \t]{0,4}:[ \t]{0,4}"(?P<v>(?:[^"\\\n]|\\.){1,4096})"')
_HEADER = lazyre.compile(r"#[ \t]\S{1,256}[ \t]*\Z")
# a shell prompt that starts the next command (`$ `, `user@host:~$ `)
_PROMPT = lazyre.compile(r"(?:[\w.-]{1,64}@[\w.-]{1,64}:[^\s$#]{0,256})?\$(?:[ \t]|\Z)")
_MAX_LINES = 256
_BRACES = frozenset({"{", "}", "[", "]"})


def _trivial(value: str) -> bool:
    return not value.strip() or is_trivial_value(value.strip())


@dataclass
class Decoded:
    headers: bool  # `oc extract`: the values sit under `# KEY` lines
    single: bool = False  # one field decoded raw (`jq -r '.data.password | @base64d'`)
    blocks: bool = False  # Prefect's block documents with their secrets: `"value"` members
    seen: int = 0
    under: bool = False  # (headers) a header was seen: the lines below it are its value

    @staticmethod
    def arm(line: str) -> Decoded | None:
        lowered = line.lower()
        if "@base64d" in lowered and "secret" in lowered and "jq" in lowered:
            return Decoded(headers=False, single=_ONE_FIELD.search(line) is not None)
        if "include_secrets=true" in lowered and "block_document" in lowered:
            return Decoded(headers=False, blocks=True)
        if "view-secret" in lowered and _VIEW_ALL.search(lowered):
            return Decoded(headers=False)
        if "--to" in lowered and _EXTRACT.search(lowered):
            return Decoded(headers=True)
        return None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.seen += 1
        start = body_start(line)
        body = line[start:].rstrip()
        text = body.strip()
        if not text or self.seen > _MAX_LINES or _PROMPT.match(text):
            return False, []
        if self.blocks:
            spans = [
                (start + m.start("v"), start + m.end("v"), KIND)
                for m in _BLOCK_VALUE.finditer(body)
                if not _trivial(m.group("v"))
            ]
            return True, spans
        if self.single:
            if _trivial(text):
                return False, []
            begin = line.index(text, start)
            return False, [(begin, begin + len(text), KIND)]
        if self.headers:
            if _HEADER.match(text):
                self.under = True
                return True, []
            if not self.under or _trivial(text):
                return self.under, []
            begin = line.index(text, start)
            return True, [(begin, begin + len(text), KIND)]
        if text in _BRACES:
            return body != "}", []  # (the object's closing brace ends the output)
        m = _MEMBER.match(body) or _PAIR.match(body)
        if m is None:
            return False, []  # no longer the decoded data
        begin, end = m.span("v")
        if (
            body[begin : begin + 1] in ("'", '"')
            and end - begin > 1
            and body[end - 1] == body[begin]
        ):
            begin, end = begin + 1, end - 1  # (`KEY='value'`)
        if _trivial(body[begin:end]):
            return True, []
        return True, [(start + begin, start + end, KIND)]


# The command lines that arm a Decoded follower (nextoutput.OUTPUT_ARMING picks `view-secret`).
DECODED_ARMING = Detector(
    KIND,
    ("@base64d", "--to=-", "--to -", "include_secrets=true"),
    lambda line: iter(()),
    (r"@base64d", r"extract[ \t][^\n]*--to[= ]-", r"block_documents?\b[^\n]*include_secrets=true"),
)
