"""`value`: select a field of a JSON document in the bundle and compare it with a value."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from wbdiag.bundle.layout import subject_of
from wbdiag.rules import compare, fieldpath
from wbdiag.rules.conditions.base import Condition, EvalContext, ParseContext, as_globs
from wbdiag.rules.model import Evidence, Outcome
from wbdiag.rules.yamlmarks import PathKey

_NAME_FIELD = re.compile(r"\{([^{}]+)\}")
_NO_VALUE_OPS = ("exists", "missing")


@dataclass(frozen=True, eq=False)
class ValueCondition(Condition):
    kind = "value"
    summary = (
        "Compare a field of a JSON document (optionally of each item of a list) with a value: "
        "eq/ne/lt/le/gt/ge/in/not_in/regex/contains/exists/missing, as number, string, version "
        "or size."
    )

    files: tuple[str, ...]
    field: str
    op: str
    expected: Any
    mode: str
    ignore_case: bool
    quantifier: str
    on_missing: str
    each: str | None
    name: str | None
    show: tuple[str, ...]  # extra fields shown beside the checked one (status codes, errors)

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> ValueCondition:
        op = spec["op"]
        if op not in _NO_VALUE_OPS and "value" not in spec:
            raise ctx.error(f"operator {op!r} needs a 'value'", path)
        for key, expr in [("field", spec["field"]), ("each", spec.get("each"))] + [
            ("show", s) for s in spec.get("show", [])
        ]:
            if expr is not None:
                try:
                    fieldpath.parse(expr)
                except fieldpath.FieldPathError as exc:
                    raise ctx.error(str(exc), (*path, key)) from exc
        if op in ("regex", "not_regex"):
            try:
                re.compile(str(spec["value"]))
            except re.error as exc:
                raise ctx.error(f"value regex does not compile: {exc}", (*path, "value")) from exc
        mode = spec.get("compare", "auto")
        if mode in ("version", "size", "number") and op in ("lt", "le", "gt", "ge", "eq", "ne"):
            try:
                compare.coerce(mode, spec["value"], spec["value"])
            except compare.Incomparable as exc:
                raise ctx.error(str(exc), (*path, "value")) from exc
        return cls(
            files=as_globs(spec["file"]),
            field=spec["field"],
            op=op,
            expected=spec.get("value"),
            mode=mode,
            ignore_case=bool(spec.get("ignore_case", False)),
            quantifier=spec.get("quantifier", "any"),
            on_missing=spec.get("on_missing", "not_evaluated"),
            each=spec.get("each"),
            name=spec.get("name"),
            show=tuple(spec.get("show", ())),
        )

    def variables(self) -> frozenset[str]:
        return frozenset({"value", "name", "field", "file", "count", "expected", "detail"})

    # -- evaluation --------------------------------------------------------------------------
    def evaluate(self, ctx: EvalContext) -> Outcome:
        docs = ctx.documents(self.files)
        if not docs:
            return Outcome.not_evaluated(ctx.missing_reason(self.files))
        evidence: list[Evidence] = []
        variables: dict[str, str] = {}
        evaluated = 0
        missing_notes: list[str] = []
        for path, doc in docs:
            items = fieldpath.resolve(doc, self.each) if self.each else [doc]
            for item in items:
                verdict, shown = self._check(item)
                if verdict is None:
                    missing_notes.append(f"{self.field} missing in {path}")
                    continue
                evaluated += 1
                if verdict:
                    subject = self._subject(item, path)
                    labelled, detail = self._detail(item)
                    text = f"{self.field} = {shown}" + (f"; {labelled}" if labelled else "")
                    evidence.append(Evidence(path=path, line=None, text=text, subject=subject))
                    if not variables:
                        variables = {
                            "value": shown,
                            "name": subject or path,
                            "field": self.field,
                            "file": path,
                            "expected": _show(self.expected),
                            "detail": detail,
                        }
        if evaluated == 0:
            return Outcome.not_evaluated("; ".join(dict.fromkeys(missing_notes)) or "no items")
        variables["count"] = str(len(evidence))
        return Outcome(
            fired=bool(evidence), evidence=tuple(evidence), count=len(evidence), variables=variables
        )

    def _check(self, item: Any) -> tuple[bool | None, str]:
        """(fires?, the value as shown); fires is None when the field is missing.

        A key that is present with a null value is present (it compares as empty text); for
        `exists` / `missing` a null counts as absent."""
        values = fieldpath.resolve(item, self.field)
        present = [v for v in values if v is not None]
        if self.op == "missing":
            return (not present), "(missing)" if not present else _show(present[0])
        if self.op == "exists":
            return bool(present), "; ".join(map(_show, present)) if present else "(missing)"
        if not values:
            if self.on_missing == "fire":
                return True, "(missing)"
            if self.on_missing == "pass":
                return False, "(missing)"
            return None, "(missing)"
        results: list[bool | None] = []
        for v in values:
            try:
                results.append(compare.holds(self.op, v, self.expected, self.mode, self.ignore_case))
            except compare.Incomparable:
                results.append(None)
        decided = [r for r in results if r is not None]
        if not decided:
            return None, _show(values[0])
        fired = any(decided) if self.quantifier == "any" else all(decided)
        shown_value = next((v for v, r in zip(values, results, strict=True) if r), values[0])
        return fired, _show(shown_value)

    def _detail(self, item: Any) -> tuple[str, str]:
        """The `show` fields: ("f = v; g = w" for evidence, "v; w" for the message)."""
        labelled, bare = [], []
        for expr in self.show:
            found = [_show(v) for v in fieldpath.resolve(item, expr) if v is not None]
            if found:
                labelled.append(f"{expr} = {'; '.join(found)}")
                bare.append(", ".join(found))
        return "; ".join(labelled), "; ".join(bare)

    def _subject(self, item: Any, path: str) -> str | None:
        if self.name and self.each:
            def one(m: re.Match[str]) -> str:
                found = fieldpath.resolve(item, m.group(1))
                return str(found[0]) if found else "?"

            return _NAME_FIELD.sub(one, self.name)
        return subject_of(path)


def _show(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, str):
        return v
    return json.dumps(v, sort_keys=True)
