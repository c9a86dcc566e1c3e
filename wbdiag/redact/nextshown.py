"""Values a configuration dump shows on the lines below the one that says what they are:
- `nginx -T`'s `map $http_x_api_key $client { … }`: the map's source is a secret (an API key, a
  token, a session cookie), so each entry's first column is one of its values, kept as a literal
  allowlist (`"1DFs0bigKtkiVnkaQIc3sXlwI"  "ci-runner";`); `default`, a regex (`~…`) and the
  map's own parameters (`hostnames`, `volatile`, `include`) are no value;
- Promtail's `inspect` stage output: `{stages.Entry}.Extracted["token"]:` and on the next lines
  what changed, `+: …` (added) and `-: …` (removed);
- a Prometheus relabelling that sends its `replacement` as a scrape's URL parameter
  (`target_label: __param_apikey` / `replacement: …`, `/api/v1/status/config` prints them in that
  order): the replacement, unless it is a reference to a capture group (`$1`) or a mask;
- a Terraform state's `random_password`, pretty-printed: its `bcrypt_hash` attribute comes first,
  its `result` (the password) a few members below, in the same object;
- a registry export's binary value (`"Password"=hex(2):69,00,…,\\`, REG_EXPAND_SZ as UTF-16
  bytes) that regedit wraps onto indented lines of hex pairs: every pair on them, while the line
  before ends in a backslash;
- a protobuf message in text format (the SDK's service log: `settings {` / `  api_key {` /
  `    value: "…"` / `  }`): a wrapper message named after a secret holds it in its `value`.
The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it; SHOWN_ARMING has the prefilter pick the lines that arm them."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "keyvalue"
_MAP = lazyre.compile(
    r"[ \t]*map \$(?P<n>[A-Za-z0-9_]{1,128})[ \t]{1,8}\$[A-Za-z0-9_]{1,128}[ \t]*\{[ \t]*"
)
_MAP_ENTRY = lazyre.compile(
    r"[ \t]*(?:\"(?P<dq>(?:[^\"\\\n]|\\.){1,512})\"|'(?P<sq>[^'\n]{1,512})'|(?P<w>[^\s;\"'#{}]{1,512}))"
    r"[ \t]{1,64}[^;\n]{1,512};[ \t]*(?:#.*)?"
)
_MAP_WORDS = frozenset({"default", "hostnames", "volatile", "include"})
_MAP_OTHER = lazyre.compile(r"[ \t]*(?:#.*)?")
_EXTRACTED = lazyre.compile(
    r"[ \t]*\{stages\.Entry\}\.Extracted\[\"(?P<n>[^\"\n]{1,128})\"\]:[ \t]*"
)
_CHANGE = lazyre.compile(r"[ \t]*[+-]:[ \t](?P<v>\S.{0,4095}?)[ \t]*")
_TARGET = lazyre.compile(
    r"(?P<i>[ \t]*)(?:-[ \t]{1,4})?target_label:[ \t]{1,4}[\"']?__param_(?P<n>[A-Za-z0-9_]{1,128})[\"']?[ \t]*"
)
_SIBLING = lazyre.compile(
    r"(?P<i>[ \t]*)(?P<k>[a-z_]{1,32}):(?:[ \t]{1,4}(?P<v>.{0,4096}?))?[ \t]*"
)
_CAPTURE = lazyre.compile(r"\$\{?\d{1,2}\}?")
_SIBLINGS = 8  # a relabelling rule's fields after its target: replacement, action, …
_BCRYPT = lazyre.compile(
    r"(?P<i>[ \t]*)\"bcrypt_hash\"[ \t]{0,4}:[ \t]{0,4}(?:\"[^\"\n]{0,128}\"|null),?[ \t]*"
)
_MEMBER = lazyre.compile(
    r"(?P<i>[ \t]*)\"(?P<k>[a-z_]{1,64})\"[ \t]{0,4}:[ \t]{0,4}(?P<r>.{0,4096})"
)
_RESULT = lazyre.compile(r"\"(?P<v>(?:[^\"\\\n]|\\.){1,512})\",?[ \t]*")
_MEMBERS = 40  # random_password's attributes between bcrypt_hash and result (keepers' lines too)


def _kept(value: str) -> bool:
    return is_mask(value) or is_trivial_value(value) or is_template(value)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


@dataclass
class MapBlock:
    """The entries of an nginx `map` whose source is a secret, until its closing brace."""

    @staticmethod
    def arm(line: str) -> MapBlock | None:
        m = _MAP.fullmatch(line)
        return MapBlock() if m is not None and is_secret_name(m.group("n")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if line.strip() == "}":
            return False, []
        m = _MAP_ENTRY.fullmatch(line)
        if m is None:
            return _MAP_OTHER.fullmatch(line) is not None, []
        g = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "w"
        key = m.group(g)
        if key in _MAP_WORDS or key.startswith("~") or _kept(key):
            return True, []
        return True, [(m.start(g), m.end(g), KIND)]


@dataclass
class Extracted:
    """Promtail's inspect output under an extracted field that names a secret."""

    @staticmethod
    def arm(line: str) -> Extracted | None:
        m = _EXTRACTED.fullmatch(line)
        return Extracted() if m is not None and is_secret_name(m.group("n")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _CHANGE.fullmatch(line)
        if m is None:
            return False, []
        v = m.group("v").strip("\"'")
        if _kept(v):
            return True, []
        return True, [(m.start("v"), m.end("v"), KIND)]


@dataclass
class Relabel:
    """A relabelling rule's fields after a `__param_` target that names a secret."""

    indent: int
    seen: int = 0

    @staticmethod
    def arm(line: str) -> Relabel | None:
        m = _TARGET.fullmatch(line)
        if m is None or not is_secret_name(m.group("n")):
            return None
        # (a list item's first field: its siblings stand two further in, after `- `)
        lead = line[: m.end("i")]
        return Relabel(len(lead) + (2 if line.lstrip().startswith("-") else 0))

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.seen += 1
        m = _SIBLING.fullmatch(line)
        if m is None or len(m.group("i")) != self.indent or self.seen > _SIBLINGS:
            return False, []
        if m.group("k") != "replacement" or m.group("v") is None:
            return True, []
        v = m.group("v")
        start, end = m.start("v"), m.end("v")
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
            start, end, v = start + 1, end - 1, v[1:-1]
        if not v or _CAPTURE.fullmatch(v) or _kept(v) or v.startswith("<"):
            return False, []
        return False, [(start, end, KIND)]


@dataclass
class PasswordResult:
    """A Terraform `random_password`'s members after its `bcrypt_hash`, up to its `result`."""

    indent: int
    seen: int = 0

    @staticmethod
    def arm(line: str) -> PasswordResult | None:
        m = _BCRYPT.fullmatch(line)
        return PasswordResult(len(m.group("i"))) if m is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.seen += 1
        if self.seen > _MEMBERS or (line.strip() and _indent(line) < self.indent):
            return False, []
        m = _MEMBER.fullmatch(line)
        if m is None or m.group("k") != "result" or len(m.group("i")) != self.indent:
            return True, []
        r = _RESULT.fullmatch(m.group("r"))
        if r is None or _kept(r.group("v")):
            return False, []
        base = m.start("r")
        return False, [(base + r.start("v"), base + r.end("v"), KIND)]


# a value named after a secret whose hex pairs go on below (a carriage return: a .reg file's CRLF)
_REG_HEX = lazyre.compile(
    r"[ \t]*\"(?P<n>[^\"\n]{1,256})\"=hex(?:\([0-9a-fA-F]{1,8}\))?:(?:[0-9a-fA-F]{2},){0,4096}"
    r"\\\r?"
)
_HEX_PAIRS = lazyre.compile(
    r"[ \t]{1,16}(?P<v>(?:[0-9a-fA-F]{2},){0,4096}[0-9a-fA-F]{2})(?P<c>,\\)?\r?"
)


# a message field opened alone on its line, and a wrapper's `value` (protobuf's text format)
_PROTO_OPEN = lazyre.compile(r"[ \t]*(?P<n>[A-Za-z_][A-Za-z0-9_]{0,127})[ \t]\{[ \t]*")
_PROTO_VALUE = lazyre.compile(
    r"[ \t]*value:[ \t](?P<q>\"?)(?P<v>(?:[^\"\\\n]|\\.){1,4096})(?P=q)[ \t]*"
)


@dataclass
class ProtoWrapper:
    """The `value` of a secret-named wrapper message, up to its closing brace."""

    @staticmethod
    def arm(line: str) -> ProtoWrapper | None:
        m = _PROTO_OPEN.fullmatch(line)
        return ProtoWrapper() if m is not None and is_secret_name(m.group("n")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _PROTO_VALUE.fullmatch(line)
        if m is None or _kept(m.group("v")):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


@dataclass
class RegistryHex:
    """The wrapped lines of a secret-named registry value's hex pairs."""

    @staticmethod
    def arm(line: str) -> RegistryHex | None:
        m = _REG_HEX.fullmatch(line)
        return RegistryHex() if m is not None and is_secret_name(m.group("n")) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        m = _HEX_PAIRS.fullmatch(line)
        if m is None:
            return False, []
        return m.group("c") is not None, [(m.start("v"), m.end("v"), KIND)]


def arm_shown(
    line: str,
) -> MapBlock | Extracted | Relabel | PasswordResult | RegistryHex | ProtoWrapper | None:
    """The follower a dump's line arms, by a few characters first (most lines have none)."""
    if "map $" in line and line.rstrip().endswith("{"):
        return MapBlock.arm(line)
    if "{stages.Entry}" in line:
        return Extracted.arm(line)
    if "__param_" in line:
        return Relabel.arm(line)
    if '"bcrypt_hash"' in line:
        return PasswordResult.arm(line)
    if "=hex" in line:
        return RegistryHex.arm(line)
    if line.endswith("{"):
        return ProtoWrapper.arm(line)
    return None


# The lines that arm them: no other detector picks them.
SHOWN_ARMING = Detector(
    KIND,
    ("map $", "{stages.entry}.extracted[", "__param_", '"bcrypt_hash"'),
    lambda line: iter(()),
    (
        r"^[ \t]*map \$\w+[ \t]+\$\w+[ \t]*\{",
        r"\{stages\.entry\}\.extracted\[",
        r"target_label:[ \t]*[\"']?__param_",
        r"^[ \t]*\"bcrypt_hash\"[ \t]*:",
    ),
)
