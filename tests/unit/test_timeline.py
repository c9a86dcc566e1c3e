"""The report's timeline: data in the JSON document, an inline SVG in HTML, escaped, UTC axis."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import make_bundle_dir, manifest_with
from wbdiag.analyze import analyze_bundle
from wbdiag.bundle.manifest import CollectorStatus
from wbdiag.report.render import ReportFormat, render
from wbdiag.report.timeline import MAX_LANES, TEMPLATE_LANES_RESERVED, build_timeline, parse_time

SVG = "{http://www.w3.org/2000/svg}"
EVIL = '<script>alert("x")</script>]]><foreignObject><img src=x onerror=alert(1)></foreignObject>'


def finding(rule_id: str, *times: str | None, **extra: Any) -> dict[str, Any]:
    timed = [t for t in times if t]
    return {
        "rule_id": rule_id,
        "message": f"{rule_id} fired",
        "severity": "error",
        "status": "fail",
        "count": len(times),
        "first_seen": min(timed) if timed else None,
        "last_seen": max(timed) if timed else None,
        "evidence": [{"time": t} for t in times],
        **extra,
    }


def template(name: str, first: str | None, last: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "source": "container wandb-local",
        "template": name,
        "count": 3,
        "first_seen": first,
        "last_seen": last,
        "burst_per_minute": 0,
        "burst_at": None,
        **extra,
    }


def timed_bundle(tmp_path: Path) -> Path:
    """Two refused connections two minutes apart, then a burst of an unknown error (hostile)."""
    log = (
        "2026-11-28T08:12:03.000000000Z panic: dial tcp 10.0.0.1:3306: connect: connection refused\n"
        "2026-11-28T08:14:03.000000000Z panic: dial tcp 10.0.0.1:3306: connect: connection refused\n"
    ) + "".join(f"2026-11-28T08:20:{i:02d}.000Z ERROR {EVIL} shard {i}\n" for i in range(5))
    m = manifest_with(("docker", CollectorStatus.OK, None))
    m.collected_at = "2026-11-28T08:30:00Z"
    return make_bundle_dir(tmp_path / "b", {"docker/containers/wandb-local/container.log": log}, m)


def svg_of(html: str) -> ET.Element:
    """The timeline's <svg> element, parsed as XML: it must be well-formed on its own."""
    match = re.search(r"<svg class=\"timeline\".*?</svg>", html, re.S)
    assert match, "no timeline svg in the report"
    return ET.fromstring(match.group(0))


def test_parse_time_accepts_rfc3339_only_and_converts_to_utc() -> None:
    assert parse_time("2026-11-28T10:00:00+02:00") == parse_time("2026-11-28T08:00:00Z")
    assert parse_time("2026-11-28T08:00:00") == parse_time("2026-11-28T08:00:00Z")  # naive: UTC
    for bad in (None, "", "yesterday", "28/Nov/2026", 1732780800, "0001-01-01T00:00:00Z"):
        assert parse_time(bad) is None, bad


def test_lanes_offsets_and_utc_axis() -> None:
    tl = build_timeline(
        [
            finding(
                "a.rule", "2026-11-28T08:12:03Z", "2026-11-28T08:12:03Z", "2026-11-28T08:40:00Z"
            ),
            finding("untimed.rule", None),
        ],
        [
            template(
                "flush <num> failed",
                "2026-11-28T10:15:00+02:00",  # 08:15Z: a template's times are converted too
                "2026-11-28T08:16:00Z",
                burst_per_minute=40,
                burst_at="2026-11-28T08:16:00Z",
            )
        ],
        "2026-11-28T08:50:00Z",
    )
    assert tl["start"] == "2026-11-28T08:12:03Z" and tl["end"] == "2026-11-28T08:50:00Z"
    axis = tl["axis"]
    origin = parse_time(axis["start"])
    assert origin is not None

    def at(t: str) -> dict[str, Any]:
        dt = parse_time(t)
        assert dt is not None
        return {"time": t, "offset_seconds": int((dt - origin).total_seconds())}

    # the axis covers everything with a small margin, not a whole empty step
    assert axis["start"] < tl["start"] and axis["end"] > tl["end"]
    assert 0 < at(tl["start"])["offset_seconds"] < 0.05 * axis["seconds"]
    assert axis["seconds"] - at(tl["end"])["offset_seconds"] < 0.05 * axis["seconds"]
    assert axis["caption"] == "2026-11-28 UTC"
    # 38 minutes: 10-minute ticks on whole UTC minutes, labelled with the time of day
    assert axis["step_seconds"] == 600
    assert [t["label"] for t in axis["ticks"]] == ["08:20", "08:30", "08:40", "08:50"]
    for t in axis["ticks"]:
        assert {k: t[k] for k in ("time", "offset_seconds")} == at(t["time"])
    assert tl["collected_at"] == at("2026-11-28T08:50:00Z")

    f_lane, t_lane = tl["lanes"]
    assert f_lane["kind"] == "finding" and f_lane["label"] == "a.rule"
    # two evidence lines in the same second are one point with count 2
    assert f_lane["events"] == [
        {**at("2026-11-28T08:12:03Z"), "count": 2},
        {**at("2026-11-28T08:40:00Z"), "count": 1},
    ]
    assert f_lane["first_seen"] == at("2026-11-28T08:12:03Z")
    assert f_lane["last_seen"] == at("2026-11-28T08:40:00Z")
    assert t_lane["kind"] == "unrecognised" and t_lane["detail"] == "container wandb-local"
    assert t_lane["first_seen"] == at("2026-11-28T08:15:00Z")
    assert t_lane["burst"] == {**at("2026-11-28T08:16:00Z"), "per_minute": 40}
    assert tl["untimed_findings"] == 1 and tl["untimed_unrecognised"] == 0
    assert tl["lanes_not_shown"] == 0


def test_multi_day_ticks_show_the_date_and_an_instant_gets_a_minute() -> None:
    tl = build_timeline(
        [finding("a", "2026-11-27T22:00:00Z"), finding("b", "2026-11-28T05:00:00Z")], [], None
    )
    labels = [t["label"] for t in tl["axis"]["ticks"]]
    assert labels[0] == "11-27 22:00" and labels[-1].startswith("11-28 ")
    assert tl["axis"]["caption"] == "UTC" and tl["collected_at"] is None
    one = build_timeline([finding("a", "2026-11-28T08:00:30Z")], [], None)
    assert one["axis"]["seconds"] >= 60
    lane = one["lanes"][0]
    assert 0 < lane["events"][0]["offset_seconds"] < one["axis"]["seconds"]


def test_top_lanes_keep_room_for_unrecognised_templates() -> None:
    findings = [finding(f"r{i:02d}", f"2026-11-28T08:{i:02d}:00Z") for i in range(20)]
    templates = [
        template(f"t{i}", "2026-11-28T09:00:00Z", "2026-11-28T09:01:00Z") for i in range(6)
    ]
    tl = build_timeline(findings, templates, None)
    kinds = [lane["kind"] for lane in tl["lanes"]]
    assert len(kinds) == MAX_LANES
    assert kinds.count("unrecognised") == TEMPLATE_LANES_RESERVED
    # findings keep report order (the most severe first) and come before templates
    assert [lane["label"] for lane in tl["lanes"][:3]] == ["r00", "r01", "r02"]
    assert tl["lanes_not_shown"] == 20 + 6 - MAX_LANES
    # with few templates, findings take the free lanes
    few = build_timeline(findings, templates[:1], None)
    assert [lane["kind"] for lane in few["lanes"]].count("finding") == MAX_LANES - 1


def test_nothing_timed_says_so(tmp_path: Path) -> None:
    root = make_bundle_dir(
        tmp_path / "b", {"mysql/variables.json": {"binlog_format": "MIXED"}}, manifest_with()
    )
    report = analyze_bundle(root)
    assert report["findings"], "binlog_format MIXED fires"
    tl = report["timeline"]
    assert tl["lanes"] == [] and tl["axis"] is None and tl["start"] is None
    assert tl["untimed_findings"] == len(report["findings"])
    html = render(report, ReportFormat.HTML)
    section = html[html.index('id="timeline"') : html.index('id="findings"')]
    assert "Nothing to chart" in section and "<svg" not in section


def test_report_timeline_svg_escaped_and_placed_after_overview(tmp_path: Path) -> None:
    report = analyze_bundle(timed_bundle(tmp_path))
    tl = report["timeline"]
    kinds = {lane["kind"]: lane for lane in tl["lanes"]}
    assert kinds["finding"]["label"] == "server.mysql_refused"
    assert [e["time"] for e in kinds["finding"]["events"]] == [
        "2026-11-28T08:12:03Z",
        "2026-11-28T08:14:03Z",
    ]
    assert kinds["unrecognised"]["burst"]["per_minute"] == 5
    assert tl["collected_at"]["time"] == "2026-11-28T08:30:00Z"

    html = render(report, ReportFormat.HTML)
    assert html.index('id="overview"') < html.index('id="timeline"') < html.index('id="findings"')
    svg = svg_of(html)
    tags = {el.tag.removeprefix(SVG) for el in svg.iter()}
    assert not tags & {"script", "foreignObject", "img", "image", "iframe"}, tags
    assert tags >= {"title", "text", "line", "circle", "path", "a"}
    for el in svg.iter():
        assert not any(k.startswith("on") for k in el.attrib), el.attrib
        if "href" in el.attrib:
            assert el.attrib["href"] == "#f-server.mysql_refused"
    # the hostile template is in the chart, as text
    texts = " ".join("".join(el.itertext()) for el in svg.iter(f"{SVG}title"))
    assert '<script>alert("<*>")</script>]]><foreignObject>' in texts
    labels = [el.text or "" for el in svg.iter(f"{SVG}text")]
    assert "08:20" in labels and "08:30" in labels, labels
    assert "2026-11-28 UTC" in html


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("2026-11-28T08:00:00Z", "2026-11-28T08:00:00Z"),
        ("2026-11-28T08:00:00Z", "2026-11-28T08:00:59Z"),
        ("2026-11-28T00:00:00Z", "2026-11-29T00:00:00Z"),
        ("2026-10-01T00:00:00Z", "2026-11-28T00:00:00Z"),
        ("2023-01-01T00:00:00Z", "2026-11-28T00:00:00Z"),
        ("1970-01-01T00:00:00Z", "8999-12-31T23:59:59Z"),  # a broken clock in a log
    ],
)
def test_any_range_gets_a_few_ticks_inside_the_axis(first: str, last: str) -> None:
    tl = build_timeline([finding("a", first, last)], [], None)
    axis = tl["axis"]
    assert 1 <= len(axis["ticks"]) <= 9, axis["ticks"]
    for t in axis["ticks"]:
        assert 0 <= t["offset_seconds"] <= axis["seconds"] and t["label"]
    lane = tl["lanes"][0]
    assert 0 < lane["first_seen"]["offset_seconds"] <= lane["last_seen"]["offset_seconds"]
    assert lane["last_seen"]["offset_seconds"] < axis["seconds"]
