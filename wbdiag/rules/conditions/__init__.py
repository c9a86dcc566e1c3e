"""The condition registry: every module in this package defining a Condition subclass with a
`kind` is picked up. A new kind is one new file here (and its branch in rule.schema.json)."""

from __future__ import annotations

import sys

from wbdiag.registry import discover
from wbdiag.rules.conditions.base import Condition

REGISTRY: dict[str, type[Condition]] = discover(sys.modules[__name__], Condition, "kind")
