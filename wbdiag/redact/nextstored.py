"""What a secret store's CLI prints of the one secret it was asked to show, under a name that
holds it only in that output: `az keyvault secret show` (and `set`, which prints the secret it
stored) answers with the secret's `value`, a field of its JSON (`"value": "…"`, or YAML's
`value: …`) or, with `-o table`, the cell under its `Value` column (nextcolumns.Columns, told
that column holds the secret). `--query value -o tsv` prints the value alone: nexttool.py's
reads_secret has it. Until the value, the next prompt, or a few dozen lines.

Google Secret Manager's access response over lines (`gcloud secrets versions access …
--format=yaml` or `=json`, the API's JSON pretty-printed): after the version's `name`
(`projects/…/secrets/…/versions/…`), the `data` under its `payload` is the secret in base64 (on
one line: detectors/secretstores.py). A version's other listings (`describe`: its `state`,
`createTime`) hold no payload.

The redactor keeps one follower per file (nextline.arm); STORED_ARMING has the prefilter pick
the command line that arms it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.nextcolumns import Columns
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096
_SHOWS = lazyre.compile(r"\baz[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}(?:show|set)\b")
_VALUE_FIELD = lazyre.compile(
    r"[ \t]*\"?value\"?[ \t]*:[ \t]*(?P<q>[\"']?)(?P<v>[^\"'\n]{1,8192}?)(?P=q)[ \t]*,?[ \t]*"
)
_PROMPT = lazyre.compile(
    r"[ \t]*(?:\$|#|>|PS [^>]{0,64}>)[ \t]|[^\s@]{1,64}@[^\s:]{1,64}:[^\n]{0,256}[$#][ \t]"
)
_HELD = frozenset({"value"})
_LINES = 64


@dataclass
class StoredSecret:
    """The output of `az keyvault secret show`: its `value` field, or its table's `Value`
    column."""

    left: int = _LINES
    table: Columns | None = None

    @staticmethod
    def arm(line: str) -> StoredSecret | None:
        if len(line) > _MAX_LINE or "keyvault" not in line:
            return None
        return StoredSecret() if _SHOWS.search(line) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if self.table is not None:
            return self.table.step(line)
        body = line[body_start(line) :]
        if _PROMPT.match(body):
            return False, []
        if "alue" in body:
            m = _VALUE_FIELD.fullmatch(line, body_start(line))
            if m is not None:
                value = m.group("v")
                if is_trivial_value(value) or value.startswith(("{", "[")):
                    return False, []
                return False, [(m.start("v"), m.end("v"), KIND)]
            if "  " in body:
                self.table = Columns.arm(line, _HELD)
                if self.table is not None:
                    return True, []
        return self.left > 0, []


# a secret version's resource name as a field (YAML's `name: …`, JSON's `"name": "…",`)
_VERSION_NAME = lazyre.compile(
    r"[ \t]*\"?name\"?[ \t]{0,4}:[ \t]{0,4}[\"']?projects/[^/\s\"']{1,128}/secrets/"
    r"[^/\s\"']{1,256}/versions/[^/\s\"']{1,32}[\"']?,?[ \t]*"
)
_PAYLOAD_OPEN = lazyre.compile(r"[ \t]*\"?payload\"?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]*")
_DATA_FIELD = lazyre.compile(
    r"[ \t]*\"?data\"?[ \t]{0,4}:[ \t]{0,4}(?P<q>[\"']?)(?P<v>[A-Za-z0-9+/_-]{1,65536}={0,2})(?P=q)"
    r",?[ \t]*"
)
_VERSION_LINES = 8


@dataclass
class AccessedVersion:
    """The `data` of the `payload` below a Secret Manager version's `name`, a few lines on."""

    left: int = _VERSION_LINES
    payload: bool = False

    @staticmethod
    def arm(line: str) -> AccessedVersion | None:
        if len(line) > _MAX_LINE or "/versions/" not in line:
            return None
        return AccessedVersion() if _VERSION_NAME.fullmatch(line, body_start(line)) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        start = body_start(line)
        if _PROMPT.match(line, start):
            return False, []
        if not self.payload:
            self.payload = _PAYLOAD_OPEN.fullmatch(line, start) is not None
            return self.left > 0, []
        m = _DATA_FIELD.fullmatch(line, start)
        if m is None:
            return self.left > 0, []
        return False, [(m.start("v"), m.end("v"), KIND)]


STORED_ARMING = Detector(
    KIND,
    ("keyvault", "/versions/"),
    lambda line: iter(()),
    (
        r"az[ \t]+keyvault[ \t]+secret[ \t]+(?:show|set)",
        r"projects/[^\n]*/secrets/[^\n]*/versions/",
    ),
)
