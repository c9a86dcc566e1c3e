"""A manifest's `value:` line changed in a diff (`kubectl diff`, `argocd app diff`, `helm diff`,
`diff` of two renderings): a normal diff's `<` / `>` lines, a unified diff's `-` / `+` lines. A
diff shows the changed lines and few around them, so the `- name: X` above a container
environment's `value:` is often not there; a value that reads like a generated secret goes
whatever its name (a changed one is what a rotation looks like). A value that reads as data stays:
a word, a version, a URL, a number, a timestamp, a hex digest (a commit, a checksum): a
generated value mixes the cases of its letters.
With the name above it, keyvalue.py judges the pair as without the diff's markers."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish

KIND = "keyvalue"
# the diff's marker, the manifest line's indentation (a unified diff's `-` / `+` before an
# indented line: a YAML list item at the start of a line, `- value: …`, is no diff), `value:`
_CHANGED = lazyre.compile(
    r"(?:[<>][ \t]+|[-+][ \t][ \t]+)(?:-[ \t]+)?value:[ \t]+"
    r"(?P<q>[\"']?)(?P<v>[^\s\"'#][^\s\"']{0,1023})(?P=q)[ \t]*\Z"
)
_MIN_VALUE = 12
# the pieces of an identifier: `Report`, `generation`, `API`, `2`, `.`
_PIECE = lazyre.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|[._-]")


def _identifier(value: str) -> bool:
    """Whether `value` is words joined (`ReportGenerationServiceV2`, `wandb-app.Main`): words
    of two letters or more, acronyms, short numbers and joints, one letter alone at most."""
    pieces = [m.group(0) for m in _PIECE.finditer(value)]
    if sum(map(len, pieces)) != len(value) or any(len(p) > 4 for p in pieces if p.isdigit()):
        return False
    return sum(1 for p in pieces if len(p) == 1 and p.isalpha()) <= 1


def _spans(line: str) -> Iterator[Span]:
    m = _CHANGED.match(line)
    if m is None:
        return
    value = m.group("v")
    # (both cases of letters: a generated value; a timestamp, a digest, an id have one)
    mixed = any(c.islower() for c in value) and any(c.isupper() for c in value)
    if (
        mixed
        and looks_random(value, _MIN_VALUE)
        and not _identifier(value)
        and secretish("value", value)
    ):
        yield m.start("v"), m.end("v"), KIND


DIFF_VALUE = Detector(
    KIND,
    ("value:",),
    _spans,
    (r"^(?:[<>]|[-+][ \t])[ \t]+(?:-[ \t]+)?value:[ \t]",),
)
