"""What the matcher's tests share: the patterns LogScanner hands build_matcher for a log every
shipped rule selects, and a Hyperscan matcher of given patterns (the test is skipped without the
package)."""

from __future__ import annotations

from tests.helpers import shipped_pack
from tests.servers.common import unavailable
from wbdiag.rules.conditions.log import LogCondition
from wbdiag.rules.matching import HyperscanMatcher, PatternSpec, build_matcher
from wbdiag.rules.scan import LogScanner
from wbdiag.rules.unrecognised import TemplateMiner


def need_hyperscan() -> None:
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        unavailable("the hyperscan package is not installed (pip install -e '.[fast]')")


def log_conditions() -> list[LogCondition]:
    return [
        c for r in shipped_pack().rules for c in r.condition.walk() if isinstance(c, LogCondition)
    ]


def scanner_specs() -> list[PatternSpec]:
    """What LogScanner hands build_matcher for a log every shipped rule selects."""
    sc = LogScanner(log_conditions(), [TemplateMiner()])
    specs = [PatternSpec(c.pattern, c.ignore_case) for c in sc.conditions]
    for observer, branches in zip(sc.observers, sc._observer_branches, strict=True):
        specs += [PatternSpec(b, observer.pattern.ignore_case) for b in branches]
    return specs


def hs_matcher(specs: list[PatternSpec]) -> HyperscanMatcher:
    need_hyperscan()
    m = build_matcher(specs)
    assert isinstance(m, HyperscanMatcher), m.reason
    return m
