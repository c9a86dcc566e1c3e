"""`lazyre.compile`: a module-level pattern compiles on first use and then answers as the compiled
pattern does; the redactor's and the rules' modules hold no eager module-level `re.compile` of a
text pattern (each would cost every wbdiag process its compile at import again)."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

from wbdiag import lazyre

ROOT = Path(__file__).resolve().parents[2]
LAZY_PACKAGES = ("wbdiag/redact", "wbdiag/rules")


def _bytes_pattern(node: ast.expr | None) -> bool:
    # a bytes pattern (`rb"…"`, `rb"…" % n`) stays eager: lazyre types text patterns only
    if isinstance(node, ast.BinOp):
        node = node.left
    return isinstance(node, ast.Constant) and isinstance(node.value, bytes)


def eager_compiles(source: str) -> list[int]:
    """Lines of `re.compile(<text pattern>)` calls run at import (outside any function)."""
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
            )
            if (
                not in_function
                and isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
                and not _bytes_pattern(child.args[0] if child.args else None)
            ):
                found.append(child.lineno)
            visit(child, inside)

    visit(ast.parse(source), False)
    return found


def test_module_level_patterns_of_the_redactor_and_rules_are_lazy() -> None:
    eager = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in LAZY_PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        for line in eager_compiles(path.read_text(encoding="utf-8"))
    ]
    assert not eager, f"use lazyre.compile at module level: {eager}"


def test_the_check_finds_an_eager_compile() -> None:
    source = (
        "import re\n"
        "A = re.compile(r'x')\n"
        "B = {'k': re.compile('y', re.I)}\n"
        "C = re.compile(rb'z')\n"
        "def f():\n"
        "    return re.compile('w')\n"
    )
    assert eager_compiles(source) == [2, 3]


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "Token=abc123 token=DEF456"
    lazy = lazyre.compile(r"token=(\w+)", re.IGNORECASE)
    eager = re.compile(r"token=(\w+)", re.IGNORECASE)
    assert lazy.pattern == eager.pattern
    assert "search" not in vars(lazy)  # `.pattern` did not compile it
    assert [m.span(1) for m in lazy.finditer(text)] == [m.span(1) for m in eager.finditer(text)]
    assert "search" in vars(lazy)  # bound on first use: later calls are one attribute lookup
    assert lazy.sub("token=*", text) == eager.sub("token=*", text)
    assert lazy.flags == eager.flags and lazy.groups == eager.groups


def test_a_lazy_pattern_pickles_to_a_working_copy() -> None:
    lazy = lazyre.compile(r"(?P<key>[a-z]+)=")
    assert lazy.search("a=") is not None  # compiled: its bound methods do not pickle
    copy = pickle.loads(pickle.dumps(lazy))
    match = copy.search("xx key=1")
    assert match is not None and match.group("key") == "key"
