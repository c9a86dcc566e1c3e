"""Celery's worker log at debug level, `TaskPool: Apply <function fast_trace_task at 0x…>
(args:('app.tasks.sync', '<id>', {…request…}, ('…', 'ml-team'), {}) kwargs:{})`: the task's
own positional arguments, the tuple after the request (or the first list of the message body,
`b'[["…", …], {…}, {…}]'`), are named by no key; one that reads as generated
(parseinput.generated_input) is a token the task was handed. The task's name, its id, the
request's members (ids, the host), a user or team name, numbers and UUIDs stay. A job's record
with a webhook URL among its arguments: jobargs.py."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.parseinput import generated_input

KIND = "keyvalue"
_APPLY = lazyre.compile(
    r"TaskPool: Apply <function \w{1,64} at 0x[0-9a-f]{1,16}> \(args:\([ \t]{0,4}"
    # the task's name and id, then the request
    r"(?:'[^'\n]{1,256}'|\"[^\"\n]{1,256}\"),[ \t]{0,4}(?:'[^'\n]{1,256}'|\"[^\"\n]{1,256}\"),"
    r"[ \t]{0,4}(?=\{)"
)
_MAX_REQUEST = 8192  # characters of the request's dict
_STRING = lazyre.compile(r"'(?P<s>[^'\\\n]{1,2048})'|\"(?P<d>[^\"\\\n]{1,2048})\"")
# the positional arguments: a tuple or list, or the message body's first list
_ARGS_OPEN = lazyre.compile(r",[ \t]{0,4}(?:\(|\[|b'\[\[|b\"\[\[)")
_ARGS = lazyre.compile(r"[^()\[\]\n]{0,4096}")


def _skip_dict(line: str, pos: int) -> int:
    """Where the dict (or other bracket) opened at `pos` closes, past its strings; -1 when it
    does not close within the bound."""
    depth = 0
    stop = min(len(line), pos + _MAX_REQUEST)
    while pos < stop:
        c = line[pos]
        if c in "'\"":
            end = line.find(c, pos + 1, stop)
            if end < 0:
                return -1
            pos = end + 1
            continue
        if c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    return -1


def _taskpool_spans(line: str) -> Iterator[Span]:
    m = _APPLY.search(line)
    if m is None:
        return
    after = _skip_dict(line, m.end())
    if after < 0:
        return
    opened = _ARGS_OPEN.match(line, after)
    if opened is None:
        return
    args = _ARGS.match(line, opened.end())
    assert args is not None  # (it matches the empty string)
    for s in _STRING.finditer(line, opened.end(), args.end()):
        group = "s" if s.group("s") is not None else "d"
        if generated_input(s.group(group)):
            yield s.start(group), s.end(group), KIND


TASKPOOL_ARGS = Detector(
    KIND,
    ("taskpool: apply",),
    _taskpool_spans,
    (r"TaskPool: Apply <function [^\n]*\(args:\(",),
)
