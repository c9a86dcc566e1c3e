"""The Hyperscan self-check results of the redaction prefilter (wbdiag/redact/prefiltercheck.py)
and of the rules matcher (wbdiag/rules/hs_check.py), recorded once for the shipped hint sets and
the shipped pack's scan databases instead of found at every start.

The check makes lines from every hint pattern (hsexamples.py) and scans them (hsselfcheck.py)
to find the patterns this Hyperscan build fails to report; for the redactor's 800 patterns that
took a CPU second of `collect`'s start, in each process; for the rule pack's 1000 scan patterns,
a fifth of a second of a small bundle's `analyze`. Its answer depends only on the
patterns, their flags, the engine's build and mode (the compiled database's `info()`: version,
CPU features, mode) and those two modules, so STAMP_FILE records it under the SHA-256 of them
all: the patterns the check found missing, and of those the ones the literal fallback misses too.
While a database's hash is recorded the prefilter uses that answer; any other build, pattern or
line maker runs the check in full (the rules matcher's key also covers each pattern's RE2 form
and its own module, hs_check.py). `python -m wbdiag.hsstamp` runs the full check of the shipped
hint sets and scan databases and rewrites the file (the developer's command, after a hint or a
rule's pattern changed; nothing writes it at run time). The same command records the shipped
sets' compiled databases (hsdb.py, `wbdiag/hs-databases/`).

Both belong to the build the command ran on, which the file records (`build`: hsdb.build); on
any other the records are not used (`_records`) and `stale_build` says why. On the recorded build
tests/redact/test_hsstamp.py and test_hsdb.py fail while either is stale; on another they check
that the databases compile and check themselves in full, and report the stamps as another
build's.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Sequence
from importlib import resources as importlib_resources
from pathlib import Path

STAMP_FILE = "hs-selfcheck.json"
# the modules whose lines and scan decide the check's answer (the rules matcher's adds its own)
CHECK_SOURCES = ("hsexamples.py", "hsselfcheck.py")

# (indexes of the patterns the check found missing, of those the literal fallback misses)
Result = tuple[tuple[int, ...], tuple[int, ...]]


def key(
    exprs: Sequence[bytes], flags: int, info: bytes, sources: Sequence[str] = CHECK_SOURCES
) -> str:
    """The hash a database's self-check is recorded under: `exprs` in the order compiled;
    `sources`, the modules (paths in the package) whose lines and scan decide its answer."""
    h = hashlib.sha256()
    h.update(b"%d\0%d\0%s\0" % (flags, len(info), info))
    root = importlib_resources.files("wbdiag")
    for name in sources:
        raw = root.joinpath(name).read_bytes()
        h.update(b"%d\0" % len(raw) + raw)
    for expr in exprs:
        h.update(b"%d\0" % len(expr) + expr)
    return h.hexdigest()


def _path() -> Path:
    return Path(__file__).with_name(STAMP_FILE)


@functools.cache
def _stamp() -> tuple[dict[str, str] | None, dict[str, Result]]:
    """The build the file was written on, and its records."""
    try:
        text = importlib_resources.files("wbdiag").joinpath(STAMP_FILE).read_text("utf-8")
        doc = json.loads(text)
        checked = {k: (tuple(v["missed"]), tuple(v["unfound"])) for k, v in doc["checked"].items()}
        return dict(doc["build"]), checked
    except (OSError, ValueError, KeyError, TypeError):
        return None, {}  # no stamp, or not one this code reads: every check runs in full


def this_build() -> dict[str, str] | None:
    """The build this process runs (hsdb.build: Hyperscan's version, CPU features and mode, the
    binding's version, the machine); None without Hyperscan."""
    from wbdiag import hsdb
    from wbdiag.rules.hs_compile import load_hyperscan

    hs = load_hyperscan()
    return None if hs is None else hsdb.build(hs)


def stamped_build() -> dict[str, str] | None:
    """The build `python -m wbdiag.hsstamp` ran on, as the file records it."""
    return _stamp()[0]


def stale_build() -> str | None:
    """Why the recorded checks and the shipped databases are not this build's (each database is
    compiled and checked in full at start instead, with the same findings), or None."""
    here, stamped = this_build(), stamped_build()
    if here is None or here == stamped:
        return None
    return (
        f"the Hyperscan stamps were made on another build ({stamped}), not this one ({here}): "
        "databases compile and check themselves in full at start (slower, same findings); "
        "python -m wbdiag.hsstamp records this build's"
    )


def _records() -> dict[str, Result]:
    """The recorded checks, while the file was written on this build: on another, a record
    whose hash happens to match (a binding's release or a machine the hash does not cover) is
    not trusted either."""
    built, checked = _stamp()
    return checked if built is not None and built == this_build() else {}


def recorded(digest: str) -> Result | None:
    return _records().get(digest)


def write(results: dict[str, Result]) -> Path:
    path = _path()
    doc = {
        "about": "Hyperscan self-check results of the prefilter's shipped hint sets and the rule "
        "pack's scan databases (wbdiag/hsstamp.py); written by `python -m wbdiag.hsstamp` on "
        "`build`, with the compiled databases in hs-databases/ (wbdiag/hsdb.py)",
        "build": this_build(),
        "checked": {
            k: {"missed": list(missed), "unfound": list(unfound)}
            for k, (missed, unfound) in sorted(results.items())
        },
    }
    text = json.dumps(doc, indent=1)
    text = re.sub(r"\[[\d,\s]*\]", lambda m: re.sub(r"\s+", "", m.group(0)), text)  # a list a line
    path.write_text(text + "\n", "utf-8")
    _stamp.cache_clear()
    return path


def shipped() -> dict[str, Result]:
    """The full self-check of every hint set the package ships: the redactor's and the gate's
    (without and with known secrets); and of the rule pack's scan databases (byte-mode, UTF-8)."""
    from wbdiag.redact import gategroups
    from wbdiag.redact.prefilter import expressions
    from wbdiag.redact.prefiltercheck import self_check
    from wbdiag.redact.prefilterhs import _hs
    from wbdiag.redact.redactor import detector_groups
    from wbdiag.rules import hs_check

    out: dict[str, Result] = {}
    if _hs is None:
        return out
    for groups in (detector_groups(), gategroups.groups(False), gategroups.groups(True)):
        exprs, _ = expressions(groups)
        digest, result = self_check(tuple(exprs))
        out[digest] = result
    out.update(hs_check.shipped())
    return out


def main() -> int:
    from wbdiag import hsdb

    results = shipped()
    if not results:
        print("no Hyperscan: nothing to record")
        return 1
    print(f"wrote {write(results)} ({len(results)} databases)")
    dbs = hsdb.write(hsdb.fresh())
    print(f"wrote {len(dbs)} compiled databases in {hsdb.directory()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
