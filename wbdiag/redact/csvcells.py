"""A CSV row whose quoted cells double their quotes (RFC 4180: a log search's export, Splunk's
and Datadog's CSV, `"…","redis: options &redis.Options{Addr:""10.0.0.5:6379"",
Password:""…""}"`). The detectors read the row with each cell's `""` as the `"` it stands for (the
quoted values in a logged line are quoted values to them, and `etag=""…""` is no value that ends
in quotes); what they find is mapped back onto the row (redactor.py)."""

from __future__ import annotations

from wbdiag.redact.detectors.base import Span


def doubled(line: str) -> bool:
    """A row of quoted cells (two at least) with a doubled quote in one."""
    return line.startswith('"') and '""' in line and '","' in line


def undoubled(line: str) -> tuple[str, list[int]]:
    """The row with each quoted cell's `""` read as `"`, and where each of its characters
    starts in the row (one more entry: the row's end)."""
    view: list[str] = []
    origin: list[int] = []
    pos = 0
    n = len(line)
    while pos < n:
        if line[pos] != '"':
            # an unquoted cell, up to the next separator (and the separator)
            comma = line.find(",", pos)
            stop = n if comma < 0 else comma + 1
            view.append(line[pos:stop])
            origin.extend(range(pos, stop))
            pos = stop
            continue
        view.append('"')
        origin.append(pos)
        pos += 1
        while pos < n:
            quote = line.find('"', pos)
            if quote < 0:
                quote = n
            view.append(line[pos:quote])
            origin.extend(range(pos, quote))
            pos = quote
            if quote + 1 < n and line[quote + 1] == '"':
                view.append('"')  # a doubled quote: one in the cell's text
                origin.append(quote)
                pos = quote + 2
                continue
            break
        if pos < n:  # the closing quote
            view.append('"')
            origin.append(pos)
            pos += 1
    origin.append(n)
    return "".join(view), origin


def mapped(origin: list[int], spans: list[Span]) -> list[Span]:
    """Spans of the read row as spans of the row (a doubled quote a span ends in goes whole)."""
    out: list[Span] = []
    for start, end, kind in spans:
        out.append((origin[start], origin[end], kind))
    return out
