"""The report's `timeline` section: when findings' evidence and unrecognised errors happened.

This module computes data only (times, offsets from the axis start, UTC tick labels). The HTML
template draws it as an inline SVG, so the chart needs no script and every label goes through the
template's autoescape like any other string from the bundle.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

MAX_LANES = 12
# With unrecognised templates waiting, findings leave them this many lanes (when they have that
# many): a chart of twelve findings would hide the errors no rule explains.
TEMPLATE_LANES_RESERVED = 4
_TARGET_TICKS = 8
_MIN_SPAN = 60  # seconds: a single instant still gets an axis one minute wide
_MARGIN = 0.03  # of the span, on each side

_YEARS = (1970, 9000)
_MINUTE, _HOUR, _DAY = 60, 3600, 86400
_STEPS = (
    [1, 2, 5, 10, 15, 30]
    + [m * _MINUTE for m in (1, 2, 5, 10, 15, 30)]
    + [h * _HOUR for h in (1, 2, 3, 6, 12)]
    + [d * _DAY for d in (1, 2, 7, 14, 30, 91, 365)]
)


def parse_time(value: object) -> datetime | None:
    """An RFC 3339 time as UTC, or None for anything else (the string came from a bundle)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"  # Python 3.10's fromisoformat does not take "Z"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    try:
        dt = dt.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # year 1 or 9999 shifted out of range
        return None
    # far-off years are a broken clock or a crafted bundle, and would break the axis arithmetic
    return dt if _YEARS[0] <= dt.year <= _YEARS[1] else None


def format_time(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _step(span: float) -> int:
    for step in _STEPS:
        if span / step <= _TARGET_TICKS:
            return step
    years = math.ceil(span / (365 * _DAY) / _TARGET_TICKS)
    return years * 365 * _DAY


def _tick_label(dt: datetime, step: int, multi_day: bool) -> str:
    if step >= _DAY:
        return dt.strftime("%Y-%m-%d")
    fmt = "%H:%M:%S" if step < _MINUTE else "%H:%M"
    return dt.strftime(("%m-%d " + fmt) if multi_day else fmt)


def _axis(first: datetime, last: datetime) -> tuple[dict[str, Any], datetime]:
    """The chart's range and ticks, and its start (the origin of every offset)."""
    lo, hi = first.timestamp(), last.timestamp()
    if hi - lo < _MIN_SPAN:
        mid = (lo + hi) / 2
        lo, hi = mid - _MIN_SPAN / 2, mid + _MIN_SPAN / 2
    # a small margin keeps marks at the ends off the chart's edges; rounding out to whole ticks
    # instead could leave most of a step empty (two hours of a 14-hour chart)
    margin = max(1, math.ceil((hi - lo) * _MARGIN))
    start, end = math.floor(lo) - margin, math.ceil(hi) + margin
    step = _step(end - start)
    start_dt = datetime.fromtimestamp(start, timezone.utc)
    end_dt = datetime.fromtimestamp(end, timezone.utc)
    multi_day = start_dt.date() != end_dt.date()
    ticks = []
    for t in range(-(-start // step) * step, end + 1, step):  # first whole step at or after start
        dt = datetime.fromtimestamp(t, timezone.utc)
        ticks.append(
            {
                "time": format_time(dt),
                "offset_seconds": t - start,
                "label": _tick_label(dt, step, multi_day),
            }
        )
    axis = {
        "start": format_time(start_dt),
        "end": format_time(end_dt),
        "seconds": end - start,
        "step_seconds": step,
        # one day: the date once in the caption, the ticks show only the time of day
        "caption": "UTC" if multi_day or step >= _DAY else f"{start_dt:%Y-%m-%d} UTC",
        "ticks": ticks,
    }
    return axis, start_dt


def _finding_lane(f: Mapping[str, Any]) -> dict[str, Any] | None:
    times: Counter[datetime] = Counter()
    for e in f.get("evidence") or ():
        t = parse_time(e.get("time")) if isinstance(e, Mapping) else None
        if t is not None:
            times[t] += 1
    bounds = [t for t in (parse_time(f.get("first_seen")), parse_time(f.get("last_seen"))) if t]
    every = [*times, *bounds]
    if not every:
        return None
    return {
        "kind": "finding",
        "label": str(f.get("rule_id", "")),
        "detail": str(f.get("message", "")),
        "severity": f.get("severity"),
        "status": f.get("status"),
        "count": f.get("count"),
        "first_seen": min(every),
        "last_seen": max(every),
        "events": [{"time": t, "count": n} for t, n in sorted(times.items())],
        "burst": None,
    }


def _template_lane(t: Mapping[str, Any]) -> dict[str, Any] | None:
    bounds = [x for x in (parse_time(t.get("first_seen")), parse_time(t.get("last_seen"))) if x]
    if not bounds:
        return None
    burst_at = parse_time(t.get("burst_at"))
    per_minute = t.get("burst_per_minute") or 0
    return {
        "kind": "unrecognised",
        "label": str(t.get("template", "")),
        "detail": str(t.get("source", "")),
        "severity": None,
        "status": None,
        "count": t.get("count"),
        "first_seen": min(bounds),
        "last_seen": max(bounds),
        "events": [],
        "burst": {"time": burst_at, "per_minute": per_minute} if burst_at else None,
    }


def _lane_times(lane: Mapping[str, Any]) -> Iterable[datetime]:
    yield lane["first_seen"]
    yield lane["last_seen"]
    for e in lane["events"]:
        yield e["time"]
    if lane["burst"]:
        yield lane["burst"]["time"]


def build_timeline(
    findings: Sequence[Mapping[str, Any]],
    unrecognised: Sequence[Mapping[str, Any]],
    collected_at: str | None,
) -> dict[str, Any]:
    """The section from the report's findings and unrecognised_errors (both already ranked)."""
    finding_lanes = [lane for f in findings if (lane := _finding_lane(f))]
    template_lanes = [lane for t in unrecognised if (lane := _template_lane(t))]
    reserved = min(len(template_lanes), TEMPLATE_LANES_RESERVED)
    shown = finding_lanes[: MAX_LANES - reserved]
    shown += template_lanes[: MAX_LANES - len(shown)]
    collected = parse_time(collected_at)
    section: dict[str, Any] = {
        "start": None,
        "end": None,
        "axis": None,
        "collected_at": None,
        "lanes": [],
        "lanes_not_shown": len(finding_lanes) + len(template_lanes) - len(shown),
        "untimed_findings": len(findings) - len(finding_lanes),
        "untimed_unrecognised": len(unrecognised) - len(template_lanes),
    }
    if not shown:
        return section
    # the collection time belongs to the range: it shows how long before collecting things broke
    every = [t for lane in shown for t in _lane_times(lane)]
    if collected is not None:
        every.append(collected)
    first, last = min(every), max(every)
    axis, origin = _axis(first, last)

    def at(dt: datetime) -> dict[str, Any]:
        return {"time": format_time(dt), "offset_seconds": int((dt - origin).total_seconds())}

    section.update(
        start=format_time(first),
        end=format_time(last),
        axis=axis,
        collected_at=at(collected) if collected is not None else None,
        lanes=[
            {
                **lane,
                "first_seen": at(lane["first_seen"]),
                "last_seen": at(lane["last_seen"]),
                "events": [{**at(e["time"]), "count": e["count"]} for e in lane["events"]],
                "burst": (
                    {**at(lane["burst"]["time"]), "per_minute": lane["burst"]["per_minute"]}
                    if lane["burst"]
                    else None
                ),
            }
            for lane in shown
        ],
    )
    return section
