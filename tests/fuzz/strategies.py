"""Hypothesis strategies that mutate the real sample bundles and the shipped rule files.

Each strategy draws one sample bundle (sample_bundles/*.tgz, read once) and changes one part of
it the way a stranger's bundle could differ: a value anywhere in the manifest or in a document
replaced by a hostile JSON value, lines of a log replaced or added, tar headers damaged, member
names made undecodable; or one scalar of a shipped rule file replaced by hostile YAML.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "sample_bundles").glob("*.tgz"))
RULES = sorted((REPO / "rules").rglob("*.yaml"))
N = 64 * 1024


@dataclass(frozen=True)
class Bundle:
    """A sample bundle as (name, bytes) pairs in tar order; names are bytes (maybe not UTF-8)."""

    members: tuple[tuple[bytes, bytes], ...]

    def tgz(self) -> bytes:
        buf = io.BytesIO()
        with tarfile.open(
            fileobj=buf, mode="w:gz", format=tarfile.GNU_FORMAT, errors="surrogateescape"
        ) as tar:
            for name, data in self.members:
                info = tarfile.TarInfo(name.decode("utf-8", "surrogateescape"))
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        return buf.getvalue()

    def replace(self, index: int, name: bytes, data: bytes) -> Bundle:
        members = list(self.members)
        members[index] = (name, data)
        return Bundle(tuple(members))


@cache
def samples() -> tuple[Bundle, ...]:
    out = []
    for path in SAMPLES:
        with tarfile.open(path) as tar:
            members = []
            for info in tar:
                fh = tar.extractfile(info) if info.isreg() else None
                if fh is not None:
                    members.append((info.name.encode("utf-8", "surrogateescape"), fh.read()))
        out.append(Bundle(tuple(members)))
    return tuple(out)


def _indices(bundle: Bundle, suffix: bytes) -> list[int]:
    return [i for i, (name, _) in enumerate(bundle.members) if name.endswith(suffix)]


# -- hostile values ------------------------------------------------------------------------------
def _deep(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


HOSTILE_JSON_TEXT = st.sampled_from(
    [
        "1e400",
        "-1e400",
        "NaN",
        "Infinity",
        "1" + "0" * 4300,
        '"\\ud800"',
        '"\\udc80\\udfff"',
        "[" * 5000 + "]" * 5000,
        '{"a":' * 3000 + "1" + "}" * 3000,
        "[]",
        "{}",
        "null",
        "true",
        '"' + "x" * 100_000 + '"',
    ]
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
) | st.integers(min_value=50, max_value=400).map(_deep)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (the root included)."""
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.extend(_paths(v, (*prefix, i)))
    return out


MARK = "\x00WBDIAG-FUZZ\x00"


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, *rest = path
    doc[head] = _set(doc[head], tuple(rest), value)
    return doc


@st.composite
def mutated_json(draw: st.DrawFn, data: bytes) -> bytes:
    """The document with one place replaced by a hostile value (as JSON or as raw JSON text)."""
    try:
        doc = json.loads(data)
    except ValueError:
        return data
    places = _paths(doc)
    path = draw(st.sampled_from(places[:2000]))
    if draw(st.booleans()):
        return json.dumps(_set(doc, path, draw(JSON_VALUES))).encode()
    # raw text no json.dumps would write: spliced in where the marker string goes
    text = json.dumps(_set(doc, path, MARK))
    return text.replace(json.dumps(MARK), draw(HOSTILE_JSON_TEXT)).encode()


# -- bundles ----------------------------------------------------------------------------------
@st.composite
def manifest_mutations(draw: st.DrawFn) -> bytes:
    bundle = draw(st.sampled_from(samples()))
    i = _indices(bundle, b"manifest.json")[0]
    name, data = bundle.members[i]
    return bundle.replace(i, name, draw(mutated_json(data))).tgz()


@st.composite
def document_mutations(draw: st.DrawFn) -> bytes:
    bundle = draw(st.sampled_from(samples()))
    docs = [
        i for i in _indices(bundle, b".json") if not bundle.members[i][0].endswith(b"manifest.json")
    ]
    i = draw(st.sampled_from(docs))
    name, data = bundle.members[i]
    return bundle.replace(i, name, draw(mutated_json(data))).tgz()


LOG_FRAGMENTS = st.sampled_from(
    [
        "panic: ",
        "ERROR ",
        "level=error ",
        '{"level":"error","msg":"',
        "Traceback (most recent call last)",
        "goroutine 1 [running]:",
        "tcp ",
        "->",
        "Access denied for user '",
        "://",
        "password=",
        "PASSWORD('",
        "\u2018",
        "\u201c",
        "a.",
        "'",
        '"',
        "`",
        "\\",
        "\t",
        "=",
        "@",
        "2026-11-28T12:00:00+99:99 ",
        "0001-01-01T00:00:00+05:00 ",
        "\ufffd",
        "\x00",
        "\x1b[31m",
        "é",
    ]
)


@st.composite
def log_lines(draw: st.DrawFn) -> str:
    parts = draw(st.lists(LOG_FRAGMENTS | st.text(max_size=30), min_size=1, max_size=8))
    line = "".join(parts)
    if draw(st.integers(0, 4)) == 0:  # sometimes one fragment repeated to 64 KiB
        unit = draw(LOG_FRAGMENTS) or "a"
        line = (line + unit * (N // len(unit) + 1))[:N]
    return line


@st.composite
def log_mutations(draw: st.DrawFn) -> bytes:
    bundle = draw(st.sampled_from(samples()))
    i = draw(st.sampled_from(_indices(bundle, b".log")))
    name, data = bundle.members[i]
    lines = data.decode("utf-8", "replace").split("\n")
    new = draw(st.lists(log_lines(), min_size=1, max_size=6))
    at = draw(st.integers(0, len(lines)))
    raw = "\n".join([*lines[:at], *new, *lines[at:]]).encode("utf-8", "surrogateescape")
    if draw(st.booleans()):
        raw = raw.replace(b"\n", b"\r\n") if draw(st.booleans()) else raw + b"\xff\xfe\xc3"
    return bundle.replace(i, name, raw).tgz()


@st.composite
def tar_mutations(draw: st.DrawFn) -> bytes:
    """Byte-level damage to the tar stream (before compression), or member names that are not
    UTF-8, duplicated, absolute or climbing out."""
    bundle = draw(st.sampled_from(samples()))
    kind = draw(st.sampled_from(["bytes", "truncate", "names", "gzip"]))
    if kind == "names":
        i = draw(st.integers(0, len(bundle.members) - 1))
        name, data = bundle.members[i]
        new = draw(
            st.sampled_from(
                [name + b"\xff", b"/abs" + name, b"../" + name, name.replace(b"/", b"//"), b"\xc3("]
            )
        )
        members = list(bundle.members)
        members.insert(i, (new, data))
        return Bundle(tuple(members)).tgz()
    raw = gzip.decompress(bundle.tgz())
    if kind == "truncate":
        return gzip.compress(raw[: draw(st.integers(0, len(raw)))])
    if kind == "gzip":
        packed = bundle.tgz()
        return packed[: draw(st.integers(0, len(packed)))]
    damaged = bytearray(raw)
    for _ in range(draw(st.integers(1, 8))):
        # mostly inside the first headers: names, sizes, types, checksums
        block = draw(st.integers(0, min(len(raw) // 512, 40) - 1)) * 512
        pos = block + draw(st.sampled_from([0, 50, 100, 124, 130, 148, 156, 257, 345, 500]))
        damaged[pos] = draw(st.integers(0, 255))
    return gzip.compress(bytes(damaged))


# -- rule files -------------------------------------------------------------------------------
YAML_VALUES = st.sampled_from(
    [
        "*nowhere",
        "&a [*a]",
        "!!python/object/apply:os.system [echo]",
        "!custom x",
        "{<<: {a: 1}}",
        "[" * 200 + "]" * 200,
        "9" * 5000,
        "2026-13-45",
        "'(?i)timeout'",
        "'(a+)+$'",
        "'(?<=x)y'",
        "'[unterminated'",
        "'\\\\1'",
        "'" + "a" * 70_000 + "'",
        "~",
        "[]",
        "{}",
        '"\\ud800"',
    ]
)


@st.composite
def rule_mutations(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, text): a shipped rule with one line's value replaced."""
    path = draw(st.sampled_from(RULES))
    lines = path.read_text().split("\n")
    keyed = [
        i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")
    ]
    i = draw(st.sampled_from(keyed))
    key = lines[i].split(": ", 1)[0]
    lines[i] = f"{key}: {draw(YAML_VALUES | st.text(max_size=40).map(json.dumps))}"
    return path.name, "\n".join(lines)
