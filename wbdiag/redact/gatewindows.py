"""Secrets a few lines after the line that announces them (the leak gate, gate.py): code that
prints a secret, a password field's opening, an object's or an array's opening under a secret's
name, an evaluator's trace of a secret, an annotated traceback's variable."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from wbdiag.redact import gatenested, gatevalues


def window_secrets(block: list[str], i: int, flagged: set[int]) -> Iterator[tuple[int, str, str]]:
    """(line, kind, value) for the secrets below line `i` of the block that announces them (on
    lines not in `flagged`, which each finding joins)."""
    check: Callable[[str], str]
    text = block[i]
    value = gatenested.annotated_secret(block, i) if "└" in text else ""
    if value:  # an annotated traceback's value, under its variable
        if i not in flagged:
            flagged.add(i)
            yield i, "annotated_secret", value
        return
    if gatevalues.prints_secret(text):
        check, kind, first = gatevalues.printed_secret, "printed_secret", i + 1
    elif gatevalues.password_field(text):
        check, kind, first = gatevalues.field_secret, "password_field_value", i
    elif gatenested.opens_secret_object(text):
        check, kind, first = gatenested.object_value, "secret_object_value", i
    elif gatenested.opens_secure_object(text):
        check, kind, first = gatenested.member_value, "secret_object_value", i + 1
    elif gatenested.opens_secret_element(text):
        check, kind, first = gatenested.element_value, "secret_object_value", i + 1
    elif gatenested.evaluates_secret(text):
        check, kind, first = gatenested.evaluated_value, "evaluated_secret", i + 1
    elif gatenested.opens_secret_array(text):
        for j, value in gatenested.array_secrets(block, i):
            if j not in flagged:
                flagged.add(j)
                yield j, "secret_array_element", value
        return
    else:
        return
    indent = _indent(text) if kind == "secret_object_value" else -1
    inside = False  # a member indented under the opener was seen
    for j in range(first, min(len(block), i + 1 + gatevalues.WINDOW)):
        if j in flagged:
            break
        if j > i and indent >= 0 and block[j].strip():
            if _indent(block[j]) > indent:
                inside = True
            elif inside:
                break  # back at the opener's depth: the object's members ended
        token = check(block[j])
        if token:
            flagged.add(j)
            yield j, kind, token
            break


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))
