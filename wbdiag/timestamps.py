"""The timestamp a log line carries, normalised to RFC 3339 UTC. Only called on matched lines."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

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


def line_time(line: str) -> str | None:
    head = line[:_HEAD]
    best: tuple[int, datetime] | None = None
    for rx, build in _FORMATS:
        m = rx.search(head)
        if m and (best is None or m.start() < best[0]):
            dt = build(m)
            if dt is not None:
                best = (m.start(), dt)
                if m.start() == 0:  # nothing comes earlier (docker's prefix: the common case)
                    break
    if best is None:
        return None
    try:
        u = best[1].astimezone(timezone.utc)
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


def _from_iso(m: re.Match[str]) -> datetime | None:
    tz = _tz(m.group("z"))
    return _build(m.group("d"), m.group("t"), tz) if tz is not None else None


def _from_go(m: re.Match[str]) -> datetime | None:
    return _build(m.group("d"), m.group("t"), timezone.utc)


def _from_clf(m: re.Match[str]) -> datetime | None:
    month = _MONTHS.get(m.group("mon"))
    if month is None:
        return None
    try:
        h, mi, s = (int(x) for x in m.group("t").split(":"))
        dt = datetime(int(m.group("y")), month, int(m.group("dd")), h, mi, s)
    except ValueError:
        return None
    tz = _tz(m.group("z"))
    return dt.replace(tzinfo=tz) if tz is not None else None


def _from_mysql_old(m: re.Match[str]) -> datetime | None:
    try:
        dt = datetime.strptime(f"{m.group('d')} {m.group('t')}", "%y%m%d %H:%M:%S")
    except ValueError:
        return None
    return dt.replace(tzinfo=timezone.utc)


def _from_epoch(m: re.Match[str]) -> datetime | None:
    seconds = float(m.group("e")) if m.group("e") else int(m.group("ms")) / 1000
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


_FORMATS = (
    (_ISO, _from_iso),
    (_GO, _from_go),
    (_CLF, _from_clf),
    (_MYSQL_OLD, _from_mysql_old),
    (_EPOCH, _from_epoch),
)
