"""Rule files -> schema -> frozen Rule objects. Every error names the file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbdiag import resources
from wbdiag.errors import RuleError, SourceLocation
from wbdiag.facts.kinds import DeploymentKind
from wbdiag.facts.subjects import Scope
from wbdiag.rules import stamp
from wbdiag.rules.conditions import REGISTRY
from wbdiag.rules.conditions.base import Condition, ParseContext
from wbdiag.rules.model import Explains, Fix, Rule, Severity
from wbdiag.rules.validators import VALIDATORS
from wbdiag.rules.yamlmarks import PathKey, load_with_marks, location_of

if TYPE_CHECKING:
    import jsonschema

RULE_SUFFIXES = (".yaml", ".yml")
MAX_RULE_FILE_BYTES = 1024 * 1024


@cache
def rule_schema() -> dict[str, Any]:
    text = importlib_resources.files("wbdiag.rules").joinpath("rule.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def default_rules_dir() -> Path:
    return resources.rules_dir()


def default_fixtures_dir() -> Path:
    return resources.rule_fixtures_dir()


def check_schema(data: Any, marks: dict[PathKey, tuple[int, int]], filename: str) -> None:
    import jsonschema  # not needed for a pack whose stamp matches (stamp.py): ~70 ms of start-up

    validator = jsonschema.Draft202012Validator(rule_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        err = _most_specific(errors)
        where: PathKey = tuple(err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            allowed = set(err.schema.get("properties", {}))
            extra = sorted(k for k in err.instance if k not in allowed)
            if extra:  # point at the unexpected key itself
                where = (*where, extra[0])
        raise RuleError(f"{_describe(err)}", location_of(marks, filename, where))


def parse_rule(
    data: Any, marks: dict[PathKey, tuple[int, int]], filename: str, schema_checked: bool = False
) -> Rule:
    """A Rule from a rule file's data; `schema_checked`: the data is known to pass the schema."""
    if not schema_checked:
        check_schema(data, marks, filename)

    def parse_condition(spec: Any, path: PathKey) -> Condition:
        ((kind, body),) = spec.items()
        return REGISTRY[kind].parse(body, (*path, kind), ctx)

    ctx = ParseContext(
        filename=filename, marks=marks, parse=parse_condition, patterns_checked=schema_checked
    )
    condition = parse_condition(data["condition"], ("condition",))
    return Rule(
        id=data["id"],
        title=data["title"],
        severity=Severity(data["severity"]),
        category=data["category"],
        description=data["description"].strip(),
        message=data["message"].strip(),
        remediation=data["remediation"].strip(),
        references=tuple(data["references"]),
        condition=condition,
        location=SourceLocation(filename, marks.get(("id",), (None, None))[0]),
        tags=tuple(data.get("tags", ())),
        applies_to=frozenset(DeploymentKind(k) for k in data.get("applies_to", ())),
        explains=tuple(_explains(e) for e in data.get("explains", ())),
        fixes=tuple(_fix(f) for f in data.get("fixes", ())),
    )


def _explains(spec: str | dict[str, str]) -> Explains:
    if isinstance(spec, str):
        return Explains(spec)
    return Explains(spec["rule"], Scope(spec.get("scope", Scope.SUBJECT.value)))


def _fix(spec: dict[str, Any]) -> Fix:
    return Fix(
        text=" ".join(spec.get("text", "").split()),
        commands=tuple(c.strip() for c in spec.get("commands", ())),
        snippet=spec.get("snippet", "").rstrip(),
        deployment=DeploymentKind(spec["for"]) if "for" in spec else None,
        when=spec.get("when"),
    )


def _most_specific(errors: list[jsonschema.ValidationError]) -> jsonschema.ValidationError:
    from jsonschema.exceptions import best_match

    best = best_match(errors)
    return best if best is not None else errors[0]


def _describe(err: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in err.absolute_path) or "rule"
    if err.validator == "additionalProperties":
        return f"{where}: {err.message}"
    if (
        err.validator in ("minProperties", "maxProperties")
        and err.absolute_path
        and err.absolute_path[-1] != "condition"
    ):
        return f"{where}: a condition has exactly one kind ({', '.join(sorted(REGISTRY))})"
    return f"{where}: {err.message}"


def read_rule_file(path: Path) -> bytes:
    filename = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleError(f"cannot read rule file: {exc.strerror}", SourceLocation(filename)) from exc
    if len(raw) > MAX_RULE_FILE_BYTES:
        raise RuleError("rule file larger than 1 MiB", SourceLocation(filename))
    return raw


def load_rule_file(path: Path, raw: bytes | None = None, schema_checked: bool = False) -> Rule:
    """The rule in a file (`raw`: its bytes, already read)."""
    filename = str(path)
    if raw is None:
        raw = read_rule_file(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError("rule file is not UTF-8", SourceLocation(filename)) from exc
    data, marks = load_with_marks(text, filename)
    if not isinstance(data, dict):
        raise RuleError("a rule file holds one mapping", SourceLocation(filename, 1))
    rule = parse_rule(data, marks, filename, schema_checked)
    if schema_checked:
        return rule  # the stamp says these bytes passed the validators too (stamp.py)
    for check in VALIDATORS:
        for message, where in check(rule, path):
            raise RuleError(message, location_of(marks, filename, where))
    return rule


def rule_files(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.suffix in RULE_SUFFIXES and f.is_file())
        elif p.is_file():
            yield p
        else:
            raise RuleError("no such rule file or directory", SourceLocation(str(p)))


@dataclass(frozen=True)
class RulePack:
    rules: tuple[Rule, ...]

    def by_id(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def shipped_files() -> tuple[Path, list[tuple[Path, bytes]]]:
    """The shipped pack's directory and its rule files with their bytes."""
    root = default_rules_dir()
    return root, [(f, read_rule_file(f)) for f in rule_files([root])]


def load_pack(paths: Iterable[Path] | None = None, trust_stamp: bool = False) -> RulePack:
    """Load rules from files and directories (default: the shipped pack). Ids must be unique.
    `trust_stamp`: skip the schema check of the shipped pack while its stamp matches (stamp.py);
    `rules validate` and `rules test` check everything."""
    chosen = list(paths) if paths else [default_rules_dir()]
    files: Iterable[tuple[Path, bytes | None]]
    if paths:
        files, checked = ((f, None) for f in rule_files(chosen)), False
    else:
        root, read = shipped_files()
        files, checked = read, trust_stamp and stamp.recorded(root) == stamp.digest(root, read)
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for f, raw in files:
        rule = load_rule_file(f, raw, checked)
        if rule.id in seen:
            raise RuleError(
                f"duplicate rule id {rule.id!r} (also in {seen[rule.id].location})", rule.location
            )
        seen[rule.id] = rule
        rules.append(rule)
    if not rules:
        raise RuleError("no rule files found", SourceLocation(", ".join(map(str, chosen))))
    for rule in rules:
        for e in rule.explains:
            # a pack loaded from a few files may leave out the explained rule; the shipped pack
            # must not (its test loads it whole)
            if e.rule_id == rule.id:
                raise RuleError(
                    f"explains: a rule cannot explain itself ({rule.id})", rule.location
                )
    return RulePack(rules=tuple(rules))
