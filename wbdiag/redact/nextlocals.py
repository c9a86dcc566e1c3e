"""A secret-named argument given a variable, then what a traceback prints for that variable:
- a call passes a secret in a variable (`wandb.Api(api_key=key)`), then a traceback's locals
  (cgitb, pytest's `--showlocals`, rich) print the value of that variable (`key = '…'`) within
  the next lines;
- loguru's and better-exceptions' annotations under a code line: the value after `└` under a
  secret-named variable or keyword argument (`api_key="…"`, `f"Bearer {token}"`).

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096
# `api_key=key` in a call: the variable a secret is passed in (not a literal, not a keyword)
_PASSED = lazyre.compile(r"(?P<k>[A-Za-z_]\w{0,64})=(?P<v>[A-Za-z_]\w{0,64})(?=[,)])")
# a local as a traceback prints it: `key = '…'`, `key        = "…"`, `│ key = '…' │`
_LOCAL = lazyre.compile(
    r"[ \t│|]{0,16}(?P<n>[A-Za-z_]\w{0,64})[ \t]{0,32}=[ \t]{0,4}[bu]?(?P<q>[\"'])"
    r"(?P<v>[^\"'\n]{1,4096})(?P=q)[ \t]{0,32}(?:[│|][ \t]{0,32})?"
)
_NOT_VARIABLES = frozenset({"None", "True", "False", "self", "cls"})
_LOCALS_LINES = 12
# a variable in a line of code (not a keyword argument's name, a call, an attribute)
# (nor a string's text: `"source": ["userdata.get('HF_TOKEN')"]`)
_VARIABLE = lazyre.compile(r"(?<![\w.'\"])[A-Za-z_]\w{0,64}(?![\w(.\['\"]|[ \t]{0,2}=[^=])")
# loguru's and better-exceptions' annotation of a variable in the code line above: its value
# after `└`, the `└` under the variable's first letter (`│` marks the ones annotated below)
_ANNOTATED = lazyre.compile(
    r"[ \t│]{0,512}(?P<a>└)[ \t]{1,4}[bu]?(?P<q>[\"'])(?P<v>[^\"'\n]{1,4096})(?P=q)[ \t]*"
)

_ANNOTATION = lazyre.compile(r"[ \t│]{0,512}└")
# a keyword argument in a call, `api_key="…"` or `timeout=30`: its name through its value (a
# mark under the value of one named like a secret annotates that argument)
_KEYWORD = lazyre.compile(
    r"[(,][ \t]{0,4}(?P<k>[A-Za-z_]\w{0,64})[ \t]{0,2}=(?!=)[ \t]{0,2}"
    r"(?:\"[^\"\n]{0,4096}\"|'[^'\n]{0,4096}'|[^,()\"'\n]{0,256})"
)


@dataclass
class PassedLocal:
    """The value a traceback's locals print for a variable passed as a secret argument, and
    the annotation loguru or better-exceptions writes under a secret-named variable."""

    names: frozenset[str]
    columns: frozenset[int] = frozenset()
    left: int = _LOCALS_LINES
    # every variable's columns on the code line, and the marks of the first annotation line:
    # a mark a column or a few off its variable (under an f-string's `{`, a renderer's drift)
    # stands for the variable it falls in, or else the first from its column on, when no
    # other mark comes first
    variables: tuple[tuple[int, int], ...] = ()
    marks: tuple[int, ...] = ()

    @staticmethod
    def arm(line: str) -> PassedLocal | None:
        # (`password: Some(` opens Rust's `Option` over lines: nextargs.Concatenated reads it)
        # (a call, or an f-string: `f"Bearer {token}"` under which better-exceptions marks token)
        if len(line) > _MAX_LINE or line.rstrip().endswith(": Some("):
            return None
        if "(" not in line and not ('f"' in line or "f'" in line):
            return None
        names = frozenset(
            m.group("v")
            for m in _PASSED.finditer(line)
            if m.group("v") not in _NOT_VARIABLES and is_secret_name(m.group("k"))
        )
        # (a traceback's code line is indented under its `File "…", line N` line)
        code = line[:1] in (" ", "\t")
        found = [(m.start(), m.end(), m.group()) for m in _VARIABLE.finditer(line)] if code else []
        found += [(m.start("k"), m.end(), m.group("k")) for m in _KEYWORD.finditer(line) if code]
        found.sort()
        columns = frozenset(a for a, _, name in found if is_secret_name(name))
        variables = tuple((a, b) for a, b, _ in found)
        return PassedLocal(names, columns, variables=variables) if names or columns else None

    def _marked(self, mark: int) -> bool:
        """Does the mark at column `mark` annotate a secret-named variable?"""
        if mark in self.columns:
            return True
        after = [m for m in self.marks if m > mark]
        limit = after[0] if after else _MAX_LINE
        # (left to right: the first that ends past the mark holds it or starts after it)
        first = next((a for a, b in self.variables if b > mark), None)
        return first is not None and first < limit and first in self.columns

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.left -= 1
        if self.columns and "└" in line:
            if not self.marks:
                self.marks = tuple(i for i, c in enumerate(line) if c in "│└")
            a = _ANNOTATED.fullmatch(line)
            if a is not None and self._marked(a.start("a")):
                if is_trivial_value(a.group("v")):
                    return True, []
                return True, [(a.start("v"), a.end("v"), KIND)]
            return _ANNOTATION.match(line) is not None or bool(self.names), []
        if not self.names:
            # (annotations follow their code line at once: `│` lines, then `└` ones)
            return self.columns != frozenset() and line.strip(" \t│") == "", []
        m = _LOCAL.fullmatch(line)
        if m is None or m.group("n") not in self.names or is_trivial_value(m.group("v")):
            return self.left > 0, []
        return self.left > 0, [(m.start("v"), m.end("v"), KIND)]
