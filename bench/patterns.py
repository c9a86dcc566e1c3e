"""The log patterns the benchmark matches, and their export for `grep -E -f`.

Two sources, in this order:
  1. every log pattern of the shipped rule pack (rules/), plus the unrecognised-error miner's
     candidate pattern, which `wbdiag analyze` always matches too;
  2. SIGNATURES below: the failure signatures of the W&B reference (docs and public issues), so the
     benchmark has a full pack's worth of patterns (~60) whatever the shipped pack holds today.
     `bench/run.py` writes them as log rules (bench/data/rules/) given to `wbdiag analyze --rules`
     beside the shipped pack, so wbdiag and grep see the same patterns.

    python bench/patterns.py            # the grep -E pattern file on stdout, problems on stderr
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wbdiag.rules.conditions.log import LogCondition  # noqa: E402
from wbdiag.rules.loader import load_pack  # noqa: E402
from wbdiag.rules.matching import PatternSpec  # noqa: E402
from wbdiag.rules.unrecognised import ERROR_CANDIDATE  # noqa: E402


@dataclass(frozen=True)
class Signature:
    name: str
    pattern: str
    ignore_case: bool = False


SIGNATURES = [
    Signature("mysql_refused", r"dial tcp (?P<addr>\S+):3306: connect: connection refused"),
    Signature("mysql_io_timeout", r"read tcp \S+->\S+:3306: i/o timeout"),
    Signature(
        "mysql_packets", r"packets\.go:\d+: (?:read|write) tcp .*(?:i/o timeout|broken pipe)"
    ),
    Signature("mysqld_timer", r"Failed to create timer notify thread \(errno= ?\d+\)"),
    Signature("mysqld_user_switch", r"One can only use the --user switch if running as root"),
    Signature(
        "migration_dirty", r"Dirty database version (?P<version>\d+)\. Fix and force version"
    ),
    Signature("backend_retry", r"Unable to start backend, see logs at \S+\. Trying again in"),
    Signature("unknown_scheme", r"panic: unknown connection scheme"),
    Signature("schema_mismatch", r"Error 1054(?: \(\w+\))?: Unknown column '(?P<column>[^']+)'"),
    Signature("migrate_missing", r"no migration found for version \d+"),
    Signature("init_db_wait", r"^(?:\S+ )?waiting for db\b"),
    Signature(
        "vol_env_mkdir", r"mkdir: cannot create directory '(?P<dir>/vol/[^']*)': Permission denied"
    ),
    Signature("default_user", r"panic: Can't create default user"),
    Signature(
        "vol_env_chmod", r"chmod: changing permissions of '/vol/[^']*': Operation not permitted"
    ),
    Signature(
        "readonly_rootfs",
        r"PermissionError: \[Errno 13\] Permission denied: '/etc/container_environment",
    ),
    Signature(
        "minio_perm", r"Unable to initialize backend: mkdir /vol/minio/\S+: permission denied"
    ),
    Signature("minio_fs_backend", r"found backend type fs, expected xl(?: or xl-single)?"),
    Signature("minio_cross_device", r"Cross-device mounts detected on path \((?P<path>[^)]+)\)"),
    Signature("minio_refused", r"dial tcp \S+:9000: connect: connection refused"),
    Signature("minio_notify", r"Unable to set 'notify_redis.*one or more targets are offline"),
    Signature("storage_full", r"507 Server Error: Insufficient Storage"),
    Signature("settings_bucket", r"!!! Error while downloading settings from external bucket"),
    Signature("no_such_bucket", r"panic: NoSuchBucket\b"),
    Signature("settings_failed", r"!!! Failed to load settings\."),
    Signature("redis_port_zero", r"dial tcp (?P<host>[\d.]+):0: i/o timeout"),
    Signature("redis_required", r"gorilla/cmd\.RequiredCache"),
    Signature("redis_noauth", r"NOAUTH Authentication required"),
    Signature("redis_wrongpass", r"WRONGPASS invalid username-password pair"),
    Signature("license_malformed", r"Invalid License .*compact JWS format must have three parts"),
    Signature("license_missing", r"You need a license for this instance of W&B (?:Local|Server)"),
    Signature("license_grace", r"grace period has (?:elapsed|expired)", ignore_case=True),
    Signature("origin_mismatch", r"request origin not allowed: (?P<origin>\S+)"),
    Signature("backend_unreachable", r"Unable to reach the backend api"),
    Signature("invalid_password", r"\bInvalid password\b"),
    Signature("gateway_timeout", r"\b504 Gateway Time-?out\b", ignore_case=True),
    Signature("deadline_exceeded", r"context deadline exceeded"),
    Signature("bad_digest", r"<Code>BadDigest</Code>"),
    Signature("presigned_denied", r"<Code>(?P<code>AccessDenied|SignatureDoesNotMatch)</Code>"),
    Signature("presigned_403", r"403 Client Error: Forbidden for url: \S*X-Amz-Signature="),
    Signature("upload_405", r"Error uploading \"[^\"]+\": CommError, <Response \[405\]>"),
    Signature("cors_invalid", r"does not have a valid CORs configuration"),
    Signature("cors_blocked", r"blocked by CORS policy: No 'Access-Control-Allow-Origin' header"),
    Signature("payload_413", r"\b413 Request Entity Too Large\b"),
    Signature("no_https", r"(?:Connections|Signed URL requests) (?:are )?not made over https"),
    Signature("ssl_error", r"Network error \(SSLError\), entering retry loop"),
    Signature("cert_verify", r"CERTIFICATE_VERIFY_FAILED"),
    Signature("x509_unknown", r"x509: certificate signed by unknown authority"),
    Signature("x509_expired", r"x509: certificate has expired or is not yet valid"),
    Signature("client_net", r"Network error \((?:ConnectionError|ReadTimeout|TransientError)\)"),
    Signature("client_retry", r"retrying HTTP (?P<status>5\d\d)"),
    Signature("filestream_fail", r"filestream: failed to upload"),
    Signature("client_auth", r"permission denied \(<Response \[401\]>\)"),
    Signature("clock_skew", r"<Code>RequestTimeTooSkewed</Code>"),
    Signature("operator_airgap", r"Failed to get spec from deployer.*network is unreachable"),
    Signature("operator_patch", r"Failed to apply config changes\."),
    Signature("openshift_scc", r"unable to validate against any security context constraint"),
    Signature(
        "mysql_access", r"Error 1045(?: \(28000\))?: Access denied for user '(?P<user>[^']*)'"
    ),
    Signature("mysql_key_long", r"Error 1071(?: \(\w+\))?: Specified key was too long"),
    Signature("mysql_collation", r"Illegal mix of collations", ignore_case=True),
    Signature("mysql_sort", r"Error 1038(?: \(\w+\))?: Out of sort memory"),
    Signature("oom_killed", r"\bOOMKilled\b|Out of memory: Killed process \d+"),
    Signature("nil_pointer", r"invalid memory address or nil pointer dereference"),
]


def bench_rule_yaml(sig: Signature) -> str:
    """A log rule for one signature (quoted with YAML single quotes: nothing is escaped)."""
    pattern = sig.pattern.replace("'", "''")
    lines = [
        f"id: bench.{sig.name}",
        f"title: Benchmark signature {sig.name}",
        "severity: warning",
        "category: bench",
        "description: A failure signature from the W&B reference, for bench/run.py only.",
        'message: "{count} lines match"',
        "remediation: None; this rule exists to measure the log scan.",
        "references:",
        "  - https://docs.wandb.ai/guides/hosting/",
        "condition:",
        "  log:",
        f"    pattern: '{pattern}'",
    ]
    if sig.ignore_case:
        lines.append("    ignore_case: true")
    return "\n".join(lines) + "\n"


def write_bench_rules(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("bench.*.yaml"):
        old.unlink()
    for sig in SIGNATURES:
        (directory / f"bench.{sig.name}.yaml").write_text(bench_rule_yaml(sig), encoding="utf-8")
    return directory


def shipped_specs() -> list[PatternSpec]:
    """What the scanner matches for the shipped pack: its log patterns and the miner's."""
    conds = [
        c for r in load_pack().rules for c in r.condition.walk() if isinstance(c, LogCondition)
    ]
    specs = list(dict.fromkeys(PatternSpec(c.pattern, c.ignore_case) for c in conds))
    return [*specs, PatternSpec(ERROR_CANDIDATE)]


def all_specs() -> list[PatternSpec]:
    return [*shipped_specs(), *(PatternSpec(s.pattern, s.ignore_case) for s in SIGNATURES)]


# -- Python regex -> POSIX ERE (GNU grep -E) -----------------------------------------------------
class Untranslatable(ValueError):
    pass


_CLASS_ESCAPES = {"d": "0-9", "s": "[:space:]", "w": "[:alnum:]_"}
_ESCAPES = {
    "d": "[0-9]",
    "D": "[^0-9]",
    "s": "[[:space:]]",
    "S": "[^[:space:]]",
    "w": "[[:alnum:]_]",
    "W": "[^[:alnum:]_]",
    "b": r"\b",
    "B": r"\B",
    "A": "^",
    "Z": "$",
    "t": "\t",
}


def to_ere(pattern: str, ignore_case: bool = False) -> str:
    """Translate a portable Python pattern to GNU ERE: (?P<n>/(?: -> (, \\d/\\s/\\w -> classes,
    lazy quantifiers -> greedy (same lines match), (?i:...) and ignore_case -> [aA] classes.
    Raises Untranslatable for what ERE cannot say (e.g. \\D inside a class)."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    caseless = [ignore_case]  # a stack: (?i: groups push, their ")" pops
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise Untranslatable("trailing backslash")
            e = pattern[i + 1]
            i += 2
            if e in _ESCAPES:
                out.append(_ESCAPES[e])
            elif e.isalnum():
                raise Untranslatable(f"escape \\{e}")
            else:
                out.append(_literal(e, caseless[-1]))
            continue
        if c == "[":
            j, cls = _char_class(pattern, i, caseless[-1])
            out.append(cls)
            i = j
            continue
        if c == "(":
            if pattern.startswith("(?P<", i):
                i = pattern.index(">", i) + 1
                caseless.append(caseless[-1])
            elif pattern.startswith("(?:", i):
                i += 3
                caseless.append(caseless[-1])
            elif pattern.startswith("(?i:", i):
                i += 4
                caseless.append(True)
            elif pattern.startswith("(?", i):
                raise Untranslatable(f"group {pattern[i : i + 4]!r}")
            else:
                i += 1
                caseless.append(caseless[-1])
            out.append("(")
            continue
        if c == ")":
            caseless.pop()
            out.append(")")
            i += 1
            continue
        if c in "*+?}" and i + 1 < n and pattern[i + 1] == "?":
            out.append(c)  # lazy -> greedy: which lines match does not change
            i += 2
            continue
        if c in "*+?|^$.{}":
            out.append(c)
            i += 1
            continue
        out.append(_literal(c, caseless[-1]))
        i += 1
    return "".join(out)


def _literal(c: str, caseless: bool) -> str:
    if caseless and c.isalpha() and c.lower() != c.upper():
        return f"[{c.lower()}{c.upper()}]"
    if c in ".[]()*+?{}|^$\\":
        return "\\" + c
    return c


def _char_class(pattern: str, i: int, caseless: bool) -> tuple[int, str]:
    """Translate the class starting at pattern[i] == '['; returns (index after it, ERE class).
    ERE has no escapes in classes: a literal ] goes first, - last, ^ anywhere but first."""
    j = i + 1
    negate = pattern.startswith("^", j)
    j += negate
    atoms: list[str] = []  # single characters and POSIX classes, in order
    first = True
    while j < len(pattern) and (pattern[j] != "]" or first):
        first = False
        c = pattern[j]
        if c == "\\":
            e = pattern[j + 1]
            j += 2
            if e == "n":
                continue  # grep and rg match line by line: no line holds a newline
            if e in _CLASS_ESCAPES:
                atoms.append(_CLASS_ESCAPES[e])
            elif e.isalnum() and e not in "nt":
                raise Untranslatable(f"class escape \\{e}")
            else:
                atoms.append({"t": "\t"}.get(e, e))
        else:
            atoms.append(c)
            j += 1
    if j >= len(pattern):
        raise Untranslatable("unterminated class")
    ranges: list[str] = []
    singles: list[str] = []
    k = 0
    while k < len(atoms):
        a = atoms[k]
        if k + 2 < len(atoms) and atoms[k + 1] == "-" and len(a) == 1 and len(atoms[k + 2]) == 1:
            ranges.append(f"{a}-{atoms[k + 2]}")
            k += 3
            continue
        (singles if len(a) == 1 else ranges).append(a)
        k += 1
    if caseless:
        ranges += [r.swapcase() for r in ranges if len(r) == 3 and r[0].isalpha()]
        singles += [c.swapcase() for c in singles if c.isalpha()]
    body = "]" if "]" in singles else ""
    body += "".join(ranges) + "".join(c for c in singles if c not in "]^-")
    body += "^" if "^" in singles else ""
    body += "-" if "-" in singles else ""
    return j + 1, "[" + ("^" if negate else "") + body + "]"


def export(specs: list[PatternSpec]) -> tuple[list[str], list[tuple[str, str]]]:
    """(ERE lines for grep -E -f, [(pattern, why grep cannot take it)])."""
    lines: list[str] = []
    problems: list[tuple[str, str]] = []
    for spec in specs:
        try:
            lines.append(to_ere(spec.regex, spec.ignore_case))
        except Untranslatable as exc:
            problems.append((spec.regex, str(exc)))
    return lines, problems


# -- POSIX ERE -> Rust regex (ripgrep) -----------------------------------------------------------
def ere_to_rust(ere: str) -> str:
    """The ERE from to_ere in ripgrep's syntax: outside classes they agree; inside a class Rust
    reads `\\` as an escape, `[` as a nested class and `&& -- ~~` as set operations, so those
    characters are escaped there (POSIX classes like [:space:] are kept)."""
    out: list[str] = []
    i, n = 0, len(ere)
    while i < n:
        c = ere[i]
        if c == "\\":
            out.append(ere[i : i + 2])
            i += 2
            continue
        if c != "[":
            out.append(c)
            i += 1
            continue
        j = i + 1
        body: list[str] = []
        if ere.startswith("^", j):
            body.append("^")
            j += 1
        first = True
        while j < n and (ere[j] != "]" or first):
            first = False
            posix = re.match(r"\[:[a-z]+:\]", ere[j:])
            if posix:
                body.append(posix.group())
                j += posix.end()
                continue
            ch = ere[j]
            at_edge = ere[j + 1 : j + 2] == "]" or body in ([], ["^"])
            body.append("\\" + ch if ch in "\\[]&~" or (ch == "-" and at_edge) else ch)
            j += 1
        out.append("[" + "".join(body) + "]")
        i = j + 1
    return "".join(out)


def main() -> int:
    lines, problems = export(all_specs())
    for line in lines:
        print(line)
    for pattern, why in problems:
        print(f"grep cannot take {pattern!r}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
