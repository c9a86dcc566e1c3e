"""The collector registry: every Collector subclass in wbdiag.collect.sources, by name."""

from __future__ import annotations

from wbdiag.collect import sources
from wbdiag.collect.base import Collector
from wbdiag.registry import discover

REGISTRY: dict[str, type[Collector]] = discover(sources, Collector, "name")
