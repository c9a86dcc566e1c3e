"""`wbdiag rules test --corpus DIR`: the rule pack and the error miner against real log lines.

A corpus directory holds YAML files (`tuning.yaml`, `heldout4.yaml`, ...; the file name is the
set's name), each a list of entries:

    - source: https://github.com/wandb/server/issues/104   # where the text was pasted
      version: wandb/local 0.9.x                          # W&B server/SDK version, when known
      expect: server.mysql_refused                        # a rule id, `benign` or `unrecognised`
      text: |-
        panic: dial tcp 127.0.0.1:3306: connect: connection refused

`text` is verbatim: one line, or the lines of one multi-line event (a panic and its trace).
Every entry is evaluated as `collect` would bundle it, in each of `VARIANTS`: a docker container
log and a Kubernetes pod log (RFC 3339 prefix on every line), a log file copied out of a container
(as written), and a docker json-file log attached with `--include` (each line a JSON string),
each redacted line by line as the bundle writer redacts a log (`--unredacted`: as the log held
it, to tell what redaction costs). An entry-variant is one tiny in-memory bundle analysed with
the whole pack:
  - a rule entry is found when its rule fires; a miss is "wrong rule" (another fired) or "no
    pattern matched", with what the miner did with it;
  - an `unrecognised` entry (a real error no rule knows) is covered when no rule fires and the
    miner lists it in `unrecognised_errors`;
  - a `benign` entry must raise nothing: no finding, no unrecognised entry.
Where redaction changed an entry-variant's bytes, it is analysed unredacted too, and a verdict
that differs is reported (before -> after).
`floors.yaml` in the directory sets, per set, the minimum recall and coverage and the maximum
numbers of false alarms, of entries redaction changed and of entry-variants whose verdict it
lost; past one the command exits non-zero.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from wbdiag.bundle import layout
from wbdiag.bundle.reader import BundleSource, Member
from wbdiag.bundle.writer import line_blocks, redacted_blocks
from wbdiag.errors import WbdiagError
from wbdiag.redact import Redactor
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.engine import analyze
from wbdiag.rules.framings import Framing
from wbdiag.rules.loader import RulePack
from wbdiag.rules.model import Status
from wbdiag.rules.unrecognised import MinerVerdict, TemplateMiner
from wbdiag.rules.yamlmarks import load_with_marks

BENIGN = "benign"
UNRECOGNISED = "unrecognised"
FLOORS_FILE = "floors.yaml"
_TIME = "2024-03-13T07:17:01.123456789Z"


class Variant(str, enum.Enum):
    """How `collect` puts a line into a bundle (docs/bundle-format.md)."""

    DOCKER = "docker"  # docker logs --timestamps
    KUBERNETES = "kubernetes"  # kubelet log with timestamps=true
    FILE = "file"  # /var/log/... copied out of the container, as written
    JSON = "json"  # a docker json-file log attached with --include

    def path(self, n: int) -> str:
        if self is Variant.DOCKER:
            return layout.docker_log(f"wandb-local-{n}")
        if self is Variant.KUBERNETES:
            return layout.k8s_pod_log("wandb", f"wandb-app-{n}", "app")
        if self is Variant.FILE:
            return layout.docker_file(f"wandb-local-{n}", "/var/log/gorilla.log")
        return layout.attachment(f"container-{n}-json.log")

    def render(self, text: str) -> bytes:
        lines = text.split("\n")
        if self in (Variant.DOCKER, Variant.KUBERNETES):
            lines = [f"{_TIME} {line}" for line in lines]
        elif self is Variant.JSON:
            lines = [
                json.dumps(
                    {"log": line + "\n", "stream": "stderr", "time": _TIME}, ensure_ascii=False
                )
                for line in lines
            ]
        return ("\n".join(lines) + "\n").encode()

    @property
    def strip_cr(self) -> bool:
        # the docker collector strips a carriage return ending a line (a container log, a file
        # copied out), as an attachment's read does; a pod log is written as the API sends it
        return self is not Variant.KUBERNETES

    def bundled(self, text: str) -> bytes:
        """The bytes a bundle holds: `render`ed, then redacted as the bundle writer redacts a
        log (BundleWriter.write_chunks), by a redactor of its own (each entry-variant is a
        bundle of its own)."""
        data = self.render(text)
        return _redacted(data, self.strip_cr and b"\r" in data)


@functools.lru_cache(maxsize=8)
def _redacted(data: bytes, strip_cr: bool) -> bytes:
    # cached: the docker and the Kubernetes variants hold the same bytes
    blocks = redacted_blocks(Redactor(), line_blocks([data], len(data), strip_cr))
    return b"".join(written for _, _, written in blocks)


VARIANTS = tuple(Variant)


@dataclass(frozen=True)
class Entry:
    set_name: str
    number: int  # 1-based position in its file
    text: str
    expect: str
    source: str
    version: str | None

    @property
    def kind(self) -> str:
        return self.expect if self.expect in (BENIGN, UNRECOGNISED) else "rule"

    def where(self) -> str:
        return f"{self.set_name}#{self.number}"


class Verdict(str, enum.Enum):
    FOUND = "found"  # the expected rule fired
    WRONG_RULE = "wrong rule"  # another rule fired, not the expected one
    NO_PATTERN = "no pattern matched"
    TAKEN_BACK = "taken back by unless"  # the expected rule's pattern matched, its `unless` too
    COVERED = "listed as unrecognised"
    EXPLAINED = "a rule fired"  # an `unrecognised` entry some rule claims
    NOT_LISTED = "not listed"  # an `unrecognised` entry the miner did not list
    QUIET = "quiet"  # a benign entry that raised nothing
    FALSE_ALARM = "false alarm"

    @property
    def ok(self) -> bool:
        return self in (Verdict.FOUND, Verdict.COVERED, Verdict.QUIET)


@dataclass(frozen=True)
class Result:
    entry: Entry
    variant: Variant | Framing  # how the entry was placed in its bundle
    verdict: Verdict
    fired: tuple[str, ...]
    templates: tuple[str, ...]
    miner: MinerVerdict | None  # what the miner made of the entry's events, for a miss's reason
    redaction_changed: bool = False  # redaction changed the bytes the entry-variant is analysed in
    unredacted: Verdict | None = None  # the verdict on the bytes before redaction, where it did

    @property
    def lost_to_redaction(self) -> bool:
        return self.unredacted is not None and self.unredacted.ok and not self.verdict.ok

    def reason(self) -> str:
        if self.verdict is Verdict.WRONG_RULE or self.verdict is Verdict.EXPLAINED:
            return f"{self.verdict.value}: {', '.join(self.fired)}"
        if self.verdict is Verdict.FALSE_ALARM:
            raised = [*self.fired, *(f"unrecognised '{t}'" for t in self.templates)]
            return f"{self.verdict.value}: {'; '.join(raised)}"
        if self.verdict in (Verdict.NO_PATTERN, Verdict.TAKEN_BACK) and self.miner is not None:
            return f"{self.verdict.value} (miner: {self.miner.value})"
        if self.verdict is Verdict.NOT_LISTED and self.miner is not None:
            return f"{self.verdict.value}: {self.miner.value}"
        return str(self.verdict.value)


# -- loading -----------------------------------------------------------------------------------
def load_yaml(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WbdiagError(f"cannot read {path}: {exc}") from exc
    return load_with_marks(text, str(path))[0]


def load_corpus(directory: Path, pack: RulePack) -> list[Entry]:
    """Every entry of every `*.yaml` set in the directory but the floors file."""
    if not directory.is_dir():
        raise WbdiagError(f"corpus directory not found: {directory}")
    known = {r.id for r in pack.rules}
    # a log line can only raise a rule with a log condition (the others read events or probes)
    from_logs = {
        r.id for r in pack.rules if any(isinstance(c, LogCondition) for c in r.condition.walk())
    }
    entries: list[Entry] = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name == FLOORS_FILE:
            continue
        data = load_yaml(path)
        if not isinstance(data, list):
            raise WbdiagError(f"{path}: a corpus set is a list of entries")
        for n, item in enumerate(data, 1):
            where = f"{path}: entry {n}"
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise WbdiagError(f"{where}: needs `text` (the verbatim line or lines)")
            expect, source = item.get("expect"), item.get("source")
            if not isinstance(expect, str) or not isinstance(source, str) or not source:
                raise WbdiagError(f"{where}: needs `expect` and `source`")
            if expect not in known and expect not in (BENIGN, UNRECOGNISED):
                raise WbdiagError(f"{where}: expects unknown rule {expect!r}")
            if expect in known and expect not in from_logs:
                raise WbdiagError(
                    f"{where}: expects {expect!r}, which has no log condition: a log line cannot raise it"
                )
            version = item.get("version")
            entries.append(
                Entry(
                    set_name=path.stem,
                    number=n,
                    text=item["text"].rstrip("\n"),
                    expect=expect,
                    source=source,
                    version=str(version) if version is not None else None,
                )
            )
    if not entries:
        raise WbdiagError(f"no corpus entries in {directory}")
    return entries


@dataclass(frozen=True)
class Floors:
    recall: float = 0.0  # share of rule entry-variants found by the right rule
    unrecognised: float = 0.0  # share of `unrecognised` entry-variants listed
    false_alarms: int = 0  # benign entry-variants that raised something
    redaction_changed: int = 0  # entries whose bytes redaction changed in some variant
    redaction_lost: int = 0  # entry-variants whose verdict was right before redaction, not after

    @classmethod
    def load(cls, directory: Path) -> dict[str, Floors]:
        path = directory / FLOORS_FILE
        if not path.is_file():
            return {}
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise WbdiagError(f"{path}: maps a set name to its floors")
        out: dict[str, Floors] = {}
        for name, spec in data.items():
            if not isinstance(spec, dict) or set(spec) - _FLOOR_KEYS:
                raise WbdiagError(f"{path}: {name}: keys are {', '.join(sorted(_FLOOR_KEYS))}")
            try:
                out[str(name)] = cls(
                    recall=float(spec.get("recall", 0.0)),
                    unrecognised=float(spec.get("unrecognised", 0.0)),
                    false_alarms=int(spec.get("false_alarms", 0)),
                    redaction_changed=int(spec.get("redaction_changed", 0)),
                    redaction_lost=int(spec.get("redaction_lost", 0)),
                )
            except (TypeError, ValueError) as exc:
                raise WbdiagError(f"{path}: {name}: {exc}") from exc
        return out


_FLOOR_KEYS = {f.name for f in dataclasses.fields(Floors)}


# -- evaluation --------------------------------------------------------------------------------
class _MemoryBundle(BundleSource):
    """A bundle of in-memory files: thousands of one-line bundles without touching the disk."""

    def __init__(self, files: dict[str, bytes]) -> None:
        super().__init__(location=Path("corpus"))
        self._files = files

    def members(self) -> Iterator[Member]:
        for path, data in self._files.items():
            yield Member(path=path, size=len(data), stream=io.BytesIO(data))


def _taken_back(pack: RulePack, rule_id: str, text: str) -> bool:
    """Whether a line the rule's log pattern matched was taken back by that condition's `unless`
    (a miss to read differently from a pattern that matched nothing)."""
    conditions = [
        c
        for r in pack.rules
        if r.id == rule_id
        for c in r.condition.walk()
        if isinstance(c, LogCondition) and c.unless_regex is not None
    ]
    return any(
        c.regex.search(line) is not None and c.excludes(line)
        for c in conditions
        for line in text.split("\n")
    )


def evaluate_entry(pack: RulePack, entry: Entry, variant: Variant, redacted: bool = True) -> Result:
    """The entry-variant's verdict in the bytes a bundle holds (`redacted`, with the verdict
    on the bytes before redaction where it changed them) or in the log's own."""
    raw = variant.render(entry.text)
    data = variant.bundled(entry.text) if redacted else raw
    return _evaluate_placed(pack, entry, variant, variant.path(entry.number), raw, data)


def evaluate_framed(
    pack: RulePack, entry: Entry, framing: Framing, redacted: bool = True
) -> Result:
    """The entry-variant's verdict with the entry in a framing (framings.py), placed where a
    bundle holds such a log: an `--include` attachment, or a log file inside the container."""
    raw = (framing.apply(entry.text) + "\n").encode()
    if framing.placement == "file":
        path = Variant.FILE.path(entry.number)
    else:
        path = layout.attachment(f"{framing.name}-{entry.number}.log")
    data = _redacted(raw, b"\r" in raw) if redacted else raw
    return _evaluate_placed(pack, entry, framing, path, raw, data)


def _evaluate_placed(
    pack: RulePack, entry: Entry, variant: Variant | Framing, path: str, raw: bytes, data: bytes
) -> Result:
    result = _evaluate_bytes(pack, entry, variant, path, data)
    if data == raw:
        return result
    before = _evaluate_bytes(pack, entry, variant, path, raw)
    return replace(result, redaction_changed=True, unredacted=before.verdict)


def _evaluate_bytes(
    pack: RulePack, entry: Entry, variant: Variant | Framing, path: str, data: bytes
) -> Result:
    analysis = analyze(_MemoryBundle({path: data}), pack, require_manifest=False)
    fired = tuple(f.rule.id for f in analysis.findings if f.status in (Status.FAIL, Status.WARN))
    templates = tuple(t.template for t in analysis.unrecognised)
    if entry.kind == "rule":
        if entry.expect in fired:
            verdict = Verdict.FOUND
        elif _taken_back(pack, entry.expect, data.decode("utf-8", errors="replace")):
            verdict = Verdict.TAKEN_BACK
        elif fired:
            verdict = Verdict.WRONG_RULE
        else:
            verdict = Verdict.NO_PATTERN
    elif entry.kind == UNRECOGNISED:
        if fired:
            verdict = Verdict.EXPLAINED
        elif templates:
            verdict = Verdict.COVERED
        else:
            verdict = Verdict.NOT_LISTED
    else:
        verdict = Verdict.FALSE_ALARM if fired or templates else Verdict.QUIET
    miner = _miner_verdict(pack, path, data) if verdict in _SAYS_MINER else None
    return Result(entry, variant, verdict, fired, templates, miner)


# the misses whose reason says what the miner made of the entry
_SAYS_MINER = (Verdict.NO_PATTERN, Verdict.TAKEN_BACK, Verdict.NOT_LISTED)


def _miner_verdict(pack: RulePack, path: str, data: bytes) -> MinerVerdict:
    """What the miner made of the entry's events, the furthest one got: the analysis again with a
    second miner beside its own, which sees the same events with the same `explained` (never what
    a line alone would get: the scan does not hand over a line that continues an event another
    line stands for). Only for a miss: it doubles the work."""
    witness = TemplateMiner()
    analyze(_MemoryBundle({path: data}), pack, require_manifest=False, observers=[witness])
    return witness.verdict or MinerVerdict.NOT_CANDIDATE


def evaluate(
    pack: RulePack,
    entries: Sequence[Entry],
    variants: Sequence[Variant] = VARIANTS,
    redacted: bool = True,
) -> list[Result]:
    return [evaluate_entry(pack, e, v, redacted) for e in entries for v in variants]
