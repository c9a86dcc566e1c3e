"""`value`: select a field of a JSON document in the bundle and compare it with a value."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from wbdiag import lazyre
from wbdiag.bundle.layout import subject_of
from wbdiag.rules import compare, fieldpath, linear
from wbdiag.rules.conditions.base import Condition, EvalContext, ParseContext, as_globs
from wbdiag.rules.model import Evidence, Outcome
from wbdiag.rules.yamlmarks import PathKey

_NAME_FIELD = lazyre.compile(r"\{([^{}]+)\}")
_NO_VALUE_OPS = ("exists", "missing")


@dataclass(frozen=True)
class Where:
    """One filter on the items `each` selects: only items for which every filter holds are checked
    (the others count as checked and fine). Holds when any value the field reaches satisfies it."""

    field: str
    op: str
    expected: Any
    mode: str
    ignore_case: bool

    def holds(self, item: Any, enclosing: tuple[Any, ...]) -> bool:
        values = [v for v in fieldpath.resolve_in(item, enclosing, self.field) if v is not None]
        if self.op == "exists":
            return bool(values)
        if self.op == "missing":
            return not values
        for v in values:
            try:
                if compare.holds(self.op, v, self.expected, self.mode, self.ignore_case):
                    return True
            except compare.Incomparable:
                continue
        return False


def _check_operand(spec: Any, path: PathKey, ctx: ParseContext) -> str:
    """Check `value` against `op` / `compare` (for the condition and for its `where` filters)."""
    op = spec["op"]
    if op not in _NO_VALUE_OPS and "value" not in spec:
        raise ctx.error(f"operator {op!r} needs a 'value'", path)
    if op in ("regex", "not_regex") and not ctx.patterns_checked:
        problem = linear.check(str(spec["value"]))
        if problem:
            raise ctx.error(f"value regex {problem}", (*path, "value"))
    mode: str = spec.get("compare", "auto")
    if mode in ("version", "size", "number") and op in ("lt", "le", "gt", "ge", "eq", "ne"):
        try:
            compare.coerce(mode, spec["value"], spec["value"])
        except compare.Incomparable as exc:
            raise ctx.error(str(exc), (*path, "value")) from exc
    return mode


@dataclass(frozen=True, eq=False)
class ValueCondition(Condition):
    kind = "value"
    summary = (
        "Compare a field of a JSON document (optionally of each item of a list) with a value: "
        "eq/ne/lt/le/gt/ge/in/not_in/regex/contains/exists/missing, as number, string, version "
        "or size. With `each`, `where` filters the items and `^field` reads an enclosing item."
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
    where: tuple[Where, ...] = ()

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> ValueCondition:
        op = spec["op"]
        each = spec.get("each")
        if each is not None:
            try:
                fieldpath.parse(each)
            except fieldpath.FieldPathError as exc:
                raise ctx.error(str(exc), (*path, "each")) from exc
        max_up = fieldpath.enclosing_levels(each) if each is not None else None
        if "where" in spec and each is None:
            raise ctx.error(
                "'where' filters the items of 'each', which is not set", (*path, "where")
            )
        exprs: list[tuple[PathKey, str]] = [((*path, "field"), spec["field"])]
        exprs += [((*path, "show", i), s) for i, s in enumerate(spec.get("show", []))]
        exprs += [
            ((*path, "where", i, "field"), w["field"]) for i, w in enumerate(spec.get("where", []))
        ]
        exprs += [
            ((*path, "name"), m.group(1)) for m in _NAME_FIELD.finditer(spec.get("name") or "")
        ]
        for key, expr in exprs:
            try:
                fieldpath.check(expr, max_up)
            except fieldpath.FieldPathError as exc:
                raise ctx.error(str(exc), key) from exc
        mode = _check_operand(spec, path, ctx)
        where = tuple(
            Where(
                field=w["field"],
                op=w["op"],
                expected=w.get("value"),
                mode=_check_operand(w, (*path, "where", i), ctx),
                ignore_case=bool(w.get("ignore_case", False)),
            )
            for i, w in enumerate(spec.get("where", []))
        )
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
            where=where,
        )

    def variables(self) -> frozenset[str]:
        base = {"value", "name", "field", "file", "count", "expected", "detail"}
        return frozenset(base | {f"show.{_show_name(e)}" for e in self.show})

    def document_globs(self) -> tuple[str, ...]:
        return self.files

    # -- evaluation --------------------------------------------------------------------------
    def evaluate(self, ctx: EvalContext) -> Outcome:
        docs = ctx.documents(self.files)
        if not docs:
            return Outcome.not_evaluated(ctx.missing_reason(self.files))
        evidence: list[Evidence] = []
        variables: dict[str, str] = {}
        evaluated = 0
        missing_notes: list[str] = []
        selected = 0
        for path, doc in docs:
            items = fieldpath.resolve_items(doc, self.each) if self.each else [(doc, ())]
            selected += len(items)
            for item, enclosing in items:
                if not all(w.holds(item, enclosing) for w in self.where):
                    evaluated += 1  # filtered out: looked at, and not what this rule is about
                    continue
                verdict, shown = self._check(item, enclosing)
                if verdict is None:
                    missing_notes.append(f"{self.field} missing in {path}")
                    continue
                evaluated += 1
                # The first fired item supplies the message; until one fires, the first checked
                # item does (so a `not` around this condition can still say what it saw).
                first_fired = verdict and not evidence
                if not (verdict or not variables):
                    continue
                subject = self._subject(item, enclosing, path)
                labelled, detail = self._detail(item, enclosing)
                if verdict:
                    text = f"{self.field} = {shown}" + (f"; {labelled}" if labelled else "")
                    evidence.append(Evidence(path=path, line=None, text=text, subject=subject))
                if first_fired or not variables:
                    variables = {
                        "value": shown,
                        "name": subject or path,
                        "field": self.field,
                        "file": path,
                        "expected": _show(self.expected),
                        "detail": detail,
                        **self._shown(item, enclosing),
                    }
        if selected == 0 and self.on_missing != "not_evaluated":
            # the documents are there and hold nothing to check (an empty PodList): `on_missing`
            # decides, as it does for an absent field
            if self.on_missing == "pass":
                return Outcome(fired=False)
            evidence = [
                Evidence(
                    path=p, line=None, text=f"{self.each} selects nothing", subject=subject_of(p)
                )
                for p, _ in docs
            ]
            variables = {
                "value": "(missing)",
                "name": subject_of(docs[0][0]) or docs[0][0],
                "field": self.field,
                "file": docs[0][0],
                "expected": _show(self.expected),
                "detail": "",
                "count": str(len(evidence)),
                **{f"show.{_show_name(e)}": "none" for e in self.show},
            }
            return Outcome(
                fired=True, evidence=tuple(evidence), count=len(evidence), variables=variables
            )
        if evaluated == 0:
            return Outcome.not_evaluated("; ".join(dict.fromkeys(missing_notes)) or "no items")
        variables["count"] = str(len(evidence))
        return Outcome(
            fired=bool(evidence), evidence=tuple(evidence), count=len(evidence), variables=variables
        )

    def _on_missing(self) -> tuple[bool | None, str]:
        if self.on_missing == "fire":
            return True, "(missing)"
        if self.on_missing == "pass":
            return False, "(missing)"
        return None, "(missing)"

    def _container_missing(self, item: Any, enclosing: tuple[Any, ...]) -> bool:
        """For a field ending in `[*]`: is the list (or map) itself absent or null?"""
        if not self.field.endswith("[*]"):
            return False
        parent = self.field[: -len("[*]")].rstrip()
        found = fieldpath.resolve_in(item, enclosing, parent)
        return not any(isinstance(v, (list, dict)) for v in found)

    def _check(self, item: Any, enclosing: tuple[Any, ...] = ()) -> tuple[bool | None, str]:
        """(fires?, the value as shown); fires is None when the field is missing.

        A key that is present with a null value is present (it compares as empty text); for
        `exists` / `missing` a null counts as absent."""
        values = fieldpath.resolve_in(item, enclosing, self.field)
        present = [v for v in values if v is not None]
        if self.op in _NO_VALUE_OPS and not present and self._container_missing(item, enclosing):
            # `problems[*]` exists / missing asks about a list's items; with no list at all the
            # check was never made (a probe that could not run): that is a missing field
            return self._on_missing()
        if self.op == "missing":
            return (not present), "(missing)" if not present else _show(present[0])
        if self.op == "exists":
            return bool(present), "; ".join(map(_show, present)) if present else "(missing)"
        if not values:
            return self._on_missing()
        results: list[bool | None] = []
        for v in values:
            try:
                results.append(
                    compare.holds(self.op, v, self.expected, self.mode, self.ignore_case)
                )
            except compare.Incomparable:
                results.append(None)
        decided = [r for r in results if r is not None]
        if not decided:
            return None, _show(values[0])
        fired = any(decided) if self.quantifier == "any" else all(decided)
        shown_value = next((v for v, r in zip(values, results, strict=True) if r), values[0])
        return fired, _show(shown_value)

    def _detail(self, item: Any, enclosing: tuple[Any, ...] = ()) -> tuple[str, str]:
        """The `show` fields: ("f = v; g = w" for evidence, "v; w" for the message). Null and
        empty-text values are left out (an empty `State.Error` says nothing)."""
        labelled, bare = [], []
        for expr in self.show:
            found = [
                _show(v) for v in fieldpath.resolve_in(item, enclosing, expr) if v not in (None, "")
            ]
            if found:
                labelled.append(f"{expr} = {'; '.join(found)}")
                bare.append(", ".join(found))
        return "; ".join(labelled), "; ".join(bare)

    def _shown(self, item: Any, enclosing: tuple[Any, ...]) -> dict[str, str]:
        """Each `show` field as its own message variable, {show.<last name>}: a message can
        label its values ("exit code {show.exitCode}") instead of listing them in order."""
        out = {}
        for expr in self.show:
            found = [
                _show(v) for v in fieldpath.resolve_in(item, enclosing, expr) if v not in (None, "")
            ]
            out[f"show.{_show_name(expr)}"] = ", ".join(found) or "none"
        return out

    def _subject(self, item: Any, enclosing: tuple[Any, ...], path: str) -> str | None:
        """The `name` template filled from the item (the whole document when there is no
        `each`), else a name derived from the file's path."""
        if self.name:

            def one(m: re.Match[str]) -> str:
                found = fieldpath.resolve_in(item, enclosing, m.group(1))
                return str(found[0]) if found else "?"

            return _NAME_FIELD.sub(one, self.name)
        return subject_of(path)


def _show_name(expr: str) -> str:
    """lastState.terminated.exitCode -> exitCode; ^metadata.name -> name."""
    return re.sub(r"\[.*?\]", "", expr).rstrip(".").rsplit(".", 1)[-1].lstrip("^") or expr


def _show(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, str):
        return v
    return json.dumps(v, sort_keys=True)
