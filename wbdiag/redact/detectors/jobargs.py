"""A job queue's record of a job (Sidekiq's `"args":[…]` in its retry and dead sets, Celery's
`args` in a task message or its log's `args=(…)`, RQ's): the arguments the job is called with,
by position, named by no key. When one is a URL whose path is a credential (a chat webhook, a
Slack-style `/services/T…/B…/<token>` on any host), the job delivers to it, and a generated
string beside it is what signs the delivery: it goes too. Arguments beside no such URL stay (a
record id, a digest, a user name)."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.tokens import CHAT_WEBHOOK, SLACK_WEBHOOK, URL_PATH_TOKEN
from wbdiag.redact.values import is_trivial_value

KIND = "webhook_url"
_MAX_ARGS = 4096
# `"args": [`, `'args': (`, `args=(` (a key, then the list or tuple opens)
_ARGS = lazyre.compile(r"(?<![\w-])[\"']?args[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\[(]")
_STRING = lazyre.compile(r"\"(?P<d>(?:[^\"\\\n]|\\.){0,2048})\"|'(?P<s>(?:[^'\\\n]|\\.){0,2048})'")
_SKIP = lazyre.compile(r"[^\"'\])\n]{0,256}")
_UUID = lazyre.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_URL_DETECTORS = (URL_PATH_TOKEN, SLACK_WEBHOOK, CHAT_WEBHOOK)
_MIN_SECRET = 16


def _items(line: str, pos: int) -> tuple[list[tuple[int, int]], int]:
    """(start, end) of each string item of the list opened before `pos`, up to its close; and
    where the reading stopped."""
    items: list[tuple[int, int]] = []
    stop = min(len(line), pos + _MAX_ARGS)
    while pos < stop:
        pos = _SKIP.match(line, pos, stop).end()  # type: ignore[union-attr]
        if pos >= stop or line[pos] in "])\n":
            break
        m = _STRING.match(line, pos, stop)
        if m is None:
            break
        group = "d" if m.group("d") is not None else "s"
        items.append((m.start(group), m.end(group)))
        pos = m.end()
    return items, pos


def _signs(value: str) -> bool:
    return (
        len(value) >= _MIN_SECRET
        and looks_random(value, _MIN_SECRET)
        and not is_trivial_value(value)
        and not _UUID.fullmatch(value)
        and not any(c in value for c in "/.:@ ")
    )


def _job_args_spans(line: str) -> Iterator[Span]:
    pos = 0
    while (m := _ARGS.search(line, pos)) is not None:
        items, pos = _items(line, m.end())  # (each character is read once)
        pos = max(pos, m.end())
        urls = [
            (s, e)
            for s, e in items
            if "://" in line[s:e] and any(True for d in _URL_DETECTORS for _ in d.find(line[s:e]))
        ]
        if not urls:
            continue
        for s, e in items:
            if (s, e) not in urls and _signs(line[s:e]):
                yield s, e, KIND


JOB_ARGS = Detector(
    KIND,
    ("args",),
    _job_args_spans,
    (r"args[\"']?[ \t]*[:=][ \t]*[\[(][^\n]*://",),
)
