"""Small checks run on every loaded rule, beyond what the JSON Schema can say (pySigma style).
Each returns problems as (message, yaml path); a new check is one function in VALIDATORS."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wbdiag import lazyre
from wbdiag.rules.conditions.base import placeholders
from wbdiag.rules.model import Rule
from wbdiag.rules.yamlmarks import PathKey

Problem = tuple[str, PathKey]
_REFERENCE = lazyre.compile(r"^(https://\S+|[\w.-]+/[\w.-]+ ?(?:PR)?#\d+\b.*)$")


def id_matches_filename(rule: Rule, file: Path) -> list[Problem]:
    if file.suffix in (".yaml", ".yml") and file.stem != rule.id:
        return [(f"rule id {rule.id!r} must equal the file name {file.stem!r}", ("id",))]
    return []


def category_matches_id(rule: Rule, file: Path) -> list[Problem]:
    prefix = rule.id.split(".", 1)[0]
    if prefix != rule.category:
        return [(f"category {rule.category!r} must be the id's prefix {prefix!r}", ("category",))]
    return []


def message_placeholders_known(rule: Rule, file: Path) -> list[Problem]:
    known = rule.condition.variables()
    unknown = [p for p in placeholders(rule.message) if p not in known]
    if unknown:
        return [
            (
                f"message uses {{{unknown[0]}}}, which the condition never supplies "
                f"(known: {', '.join(sorted(known)) or 'none'})",
                ("message",),
            )
        ]
    return []


def references_are_sources(rule: Rule, file: Path) -> list[Problem]:
    return [
        (f"reference {ref!r} is neither an https URL nor owner/repo#N", ("references", i))
        for i, ref in enumerate(rule.references)
        if not _REFERENCE.match(ref)
    ]


VALIDATORS: tuple[Callable[[Rule, Path], list[Problem]], ...] = (
    id_matches_filename,
    category_matches_id,
    message_placeholders_known,
    references_are_sources,
)
