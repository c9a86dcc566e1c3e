"""The timestamp a log line carries, normalised to RFC 3339 UTC. Only called on matched lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}

# RFC 3339 / ISO 8601 (docker --timestamps prefix, JSON "time", MySQL 8 error log, k8s)
_ISO = re.compile(
    r"(?P<d>\d{4}-\d{2}-\d{2})[T ](?P<t>\d{2}:\d{2}:\d{2})(?P<f>[.,]\d+)?"
    r"(?P<z>Z|[+-]\d{2}:?\d{2}|\s?UTC)?"
)
# Go log package and nginx error log: 2006/01/02 15:04:05
_GO = re.compile(r"(?P<d>\d{4}/\d{2}/\d{2}) (?P<t>\d{2}:\d{2}:\d{2})(?P<f>\.\d+)?")
# nginx / Apache access log: [28/Nov/2026:12:00:00 +0000]
_CLF = re.compile(
    r"(?P<dd>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<y>\d{4}):(?P<t>\d{2}:\d{2}:\d{2}) (?P<z>[+-]\d{4})"
)
# MySQL before 5.6 and mysqld_safe: 261128 10:00:00 (YYMMDD, hour possibly space-padded)
_MYSQL_OLD = re.compile(r"(?:^|(?<=\s))(?P<d>\d{6}) {1,2}(?P<t>\d{1,2}:\d{2}:\d{2})\b")
# JSON epoch seconds (zap's "ts":1732790400.123) or milliseconds ("timestamp":1732790400123)
_EPOCH = re.compile(
    r'"(?:ts|time|timestamp)"\s*:\s*(?:(?P<e>1[5-9]\d{8}(?:\.\d+)?)|(?P<ms>1[5-9]\d{11}))(?![\d.])'
)

_HEAD = 400  # a timestamp lives near the start of a line (JSON logs put it anywhere: search more)
# What every match of _GO, _CLF and _MYSQL_OLD holds, starting with a literal that `re` scans
# for quickly: a line without it skips that format's search (theirs tries every position).
_GO_GUARD = re.compile(r"/\d{2}/\d{2} ")
_CLF_GUARD = re.compile(r"/[A-Z][a-z]{2}/")
_MYSQL_OLD_GUARD = re.compile(r" \d{1,2}:\d{2}:\d{2}")
_INVALID = "invalid"  # a match that is no date: the next format's match may be one
# The normalised time of an RFC 3339 match by its date, time and zone: the lines of a log share
# seconds. Bounded, whatever the lines.
_ISO_SEEN: dict[tuple[str | Any, ...], str | None] = {}
_ISO_SEEN_MAX = 4096


def line_time(line: str) -> str | None:
    """The line's earliest valid timestamp (the first format's on a tie), in UTC."""
    head = line[:_HEAD]
    m = _ISO.match(head)  # docker's and kubelet's prefix: the common case, nothing comes earlier
    if m:
        found = _from_iso(m)
        if found is not _INVALID:
            return found
    best: tuple[int, str | None] | None = None
    for guard, rx, build in _FORMATS:
        if guard is not None and not guard.search(head):
            continue
        m = rx.search(head)
        if m and (best is None or m.start() < best[0]):
            found = build(m)
            if found is not _INVALID:
                best = (m.start(), found)
                if m.start() == 0:  # nothing comes earlier
                    break
    return None if best is None else best[1]


def _utc(dt: datetime | None) -> str | None:
    """RFC 3339 UTC of a valid time, None when its offset shifts it past the calendar, or
    _INVALID."""
    if dt is None:
        return _INVALID
    try:
        u = dt.astimezone(timezone.utc)
    except OverflowError:  # year 1 or 9999 shifted past the calendar by its offset
        return None
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def _tz(z: str | None) -> timezone | None:
    """The offset, or None when it is none (+99:99: the line's time is not used)."""
    if not z or z.strip() in ("Z", "UTC"):
        return timezone.utc
    z = z.replace(":", "")
    sign = 1 if z[0] == "+" else -1
    hours, minutes = int(z[1:3]), int(z[3:5])
    if hours > 23 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(d: str, t: str, tz: timezone) -> datetime | None:
    """d is YYYY?MM?DD, t is HH:MM:SS (strptime is ten times slower; this runs per matched line)."""
    try:
        return datetime(
            int(d[0:4]), int(d[5:7]), int(d[8:10]), int(t[0:2]), int(t[3:5]), int(t[6:8]), tzinfo=tz
        )
    except ValueError:
        return None


def _from_iso(m: re.Match[str]) -> str | None:
    key = m.group("d", "t", "z")
    if key in _ISO_SEEN:
        return _ISO_SEEN[key]
    tz = _tz(key[2])
    found = _utc(_build(key[0], key[1], tz) if tz is not None else None)
    if len(_ISO_SEEN) >= _ISO_SEEN_MAX:
        _ISO_SEEN.clear()
    _ISO_SEEN[key] = found
    return found


def _from_go(m: re.Match[str]) -> str | None:
    return _utc(_build(m.group("d"), m.group("t"), timezone.utc))


def _from_clf(m: re.Match[str]) -> str | None:
    month = _MONTHS.get(m.group("mon"))
    if month is None:
        return _INVALID
    try:
        h, mi, s = (int(x) for x in m.group("t").split(":"))
        dt = datetime(int(m.group("y")), month, int(m.group("dd")), h, mi, s)
    except ValueError:
        return _INVALID
    tz = _tz(m.group("z"))
    return _utc(dt.replace(tzinfo=tz) if tz is not None else None)


def _from_mysql_old(m: re.Match[str]) -> str | None:
    try:
        dt = datetime.strptime(f"{m.group('d')} {m.group('t')}", "%y%m%d %H:%M:%S")
    except ValueError:
        return _INVALID
    return _utc(dt.replace(tzinfo=timezone.utc))


def _from_epoch(m: re.Match[str]) -> str | None:
    seconds = float(m.group("e")) if m.group("e") else int(m.group("ms")) / 1000
    return _utc(datetime.fromtimestamp(seconds, tz=timezone.utc))


# (guard, format, its normalised time): the formats in the order that breaks a tie
_FORMATS: tuple[
    tuple[re.Pattern[str] | None, re.Pattern[str], Callable[[re.Match[str]], str | None]], ...
] = (
    (None, _ISO, _from_iso),
    (_GO_GUARD, _GO, _from_go),
    (_CLF_GUARD, _CLF, _from_clf),
    (_MYSQL_OLD_GUARD, _MYSQL_OLD, _from_mysql_old),
    (None, _EPOCH, _from_epoch),
)
