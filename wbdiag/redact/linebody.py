"""Where a log line's body starts: past the timestamp a log pipeline put before it and a build
step's prefix. The redactor's scanners and followers judge a line from there, so a YAML key or
a shell line keeps its shape under `docker logs --timestamps` and BuildKit's plain progress."""

from __future__ import annotations

import functools

from wbdiag import lazyre

# a timestamp a log pipeline put before the line (`docker logs --timestamps`, kubectl's)
TIMESTAMP = lazyre.compile(r"\d{4}-\d\d-\d\dT[0-9:.]{8,20}(?:Z|[+-]\d\d:?\d\d)?[ \t]")


# an application's own log record before its message (`2025-01-02 03:04:05,678 WARN  `, as
# Python's logging and Log4j print it): a value the logger put on the records after one that
# announced it goes on after the same head (patterns for nextpending.py and wraprest.py)
LOG_RECORD_TIME = r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?[ \t]{1,4}"
LOG_LEVEL = r"\[?(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE|NOTICE|FATAL)\]?"


# BuildKit's progress output (`docker build --progress=plain`): the step's number and the
# seconds since it started, before each line a `RUN` printed
_BUILD_STEP = lazyre.compile(r"#\d{1,5}[ \t]\d{1,6}\.\d{1,4}[ \t]")


@functools.lru_cache(maxsize=64)
def body_start(line: str) -> int:
    """Where a line starts once a leading pipeline timestamp (and a build step's prefix) is set
    aside. (Cached: the followers' arms each ask it of the same candidate line.)"""
    m = TIMESTAMP.match(line)
    pos = m.end() if m else 0
    if line.startswith("#", pos):
        step = _BUILD_STEP.match(line, pos)
        if step is not None:
            return step.end()
    return pos
