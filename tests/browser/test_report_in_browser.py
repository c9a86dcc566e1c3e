"""The HTML report and the diff page in a real browser (Debian's headless `chromium`).

What a template test cannot show: how a browser parses the page. The DOM Chromium builds must
have the overview first and the timeline SVG; a hostile string planted in the bundle (log lines
that look like markup, SVG included) must stay text; loading the page must make no request; the
screenshot must show a rendered page, not a blank one; the incidents, the filter box and the
severity toggles work. Start here's fit on a small screen: test_start_here_in_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tarfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.browser_support import SAMPLES, Dom, dump_dom, png_pixels, run_chromium
from tests.servers.common import LOOPBACK, free_port
from wbdiag.analyze import analyze_bundle
from wbdiag.report.diff import diff_bundles, render_diff
from wbdiag.report.render import ReportFormat, render
from wbdiag.report.timeline import format_time, parse_time

# Markup in log lines: HTML script and img, an SVG element with a handler, a CDATA/title
# break-out aimed at the timeline's <title>, and a relative URL the served run would notice.
PLANT = (
    '<script id="planted">document.title="pwned"</script>'
    '<img id="planted-img" src="/planted.png" onerror="document.title=1">'
    '<svg onload="document.title=2"><foreignObject>fo</foreignObject></svg>]]></title></text>'
)
# Chromium's own services, contacted at start-up whatever the page (seen with Debian's chromium
# 156 even with --disable-background-networking). A request from the page would name another
# host, or carry the page as Referer; fonts.googleapis.com and friends are deliberately absent.
BROWSER_SERVICE_HOSTS = frozenset(
    {
        "update.googleapis.com",
        "accounts.google.com",
        "clients2.google.com",
        "clientservices.googleapis.com",
        "redirector.gvt1.com",
        "safebrowsing.googleapis.com",
        "optimizationguide-pa.googleapis.com",
    }
)
SECTION_IDS = ("start-here", "overview", "timeline", "incidents", "findings")


@dataclass(frozen=True)
class Pages:
    report: Path
    diff: Path
    work: Path


def plant(sample: Path, dest: Path) -> Path:
    """The sample, unpacked, with hostile lines in the W&B container's log five minutes before
    collection (inside the chart's range): one a rule knows (a finding's evidence), one it does
    not (an unrecognised template on the timeline)."""
    unpacked = dest.with_name(dest.name + ".unpacked")
    with tarfile.open(sample) as tar:
        tar.extractall(unpacked, filter="data")
    # the bundle's directory name is the report's title: name it after the sample
    root = next(p.parent for p in unpacked.rglob("manifest.json")).rename(dest)
    collected = parse_time(json.loads((root / "manifest.json").read_text())["collected_at"])
    assert collected is not None
    at = format_time(collected - timedelta(minutes=5))
    log = root / "docker" / "containers" / "wandb-local" / "container.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as fh:
        fh.write(f"{at} panic: dial tcp 10.9.9.9:3306: connect: connection refused {PLANT}\n")
        fh.write(f"{at} ERROR planted quorum failure {PLANT}\n")
    return root


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Pages:
    work = tmp_path_factory.mktemp("browser")
    bundle = plant(SAMPLES / "broken-docker.tgz", work / "broken-docker-planted")
    report = work / "report.html"
    report.write_text(render(analyze_bundle(bundle), ReportFormat.HTML), encoding="utf-8")
    diff = work / "diff.html"
    result = diff_bundles(SAMPLES / "healthy-docker.tgz", bundle)
    diff.write_text(render_diff(result, ReportFormat.HTML), encoding="utf-8")
    return Pages(report, diff, work)


def assert_inert(dom: Dom) -> None:
    """The planted markup stayed text: no element, handler or URL came from it."""
    tags = {tag for tag, _ in dom.elements}
    assert not tags & {"img", "iframe", "object", "embed", "foreignobject", "link"}, tags
    # the report's own script (allowed by its hash in the CSP), nothing else
    scripts = [a for tag, a in dom.elements if tag == "script"]
    assert scripts in ([], [{}]), scripts
    for tag, attrs in dom.elements:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
        assert attrs.get("id") not in ("planted", "planted-img"), (tag, attrs)
    assert "pwned" not in dom.title
    assert PLANT in "".join(dom.text), "the planted string is shown, as text"


def test_report_dom(chromium: str, pages: Pages) -> None:
    dom = dump_dom(chromium, pages.report, pages.work)
    ids = dom.ids()
    positions = [ids.index(s) for s in SECTION_IDS]
    assert positions == sorted(positions), ids  # start here, overview, timeline, incidents...
    svgs = [a for tag, a in dom.elements if tag == "svg"]
    assert [a.get("class") for a in svgs] == ["timeline"], svgs
    shapes = [tag for tag, _ in dom.elements if tag in ("circle", "line", "path", "text")]
    assert shapes.count("circle") >= 2 and shapes.count("text") >= 5, shapes
    lane_links = [a["href"] for tag, a in dom.elements if tag == "a" and "href" in a]
    assert "#f-server.mysql_refused" in lane_links  # the planted finding has a lane
    # the unrecognised template (masked) and its source are chart text, not chart elements
    svg_text = "".join(dom.svg_text)
    assert "planted quorum failure <script id=" in svg_text, svg_text[:2000]
    assert_inert(dom)


def test_diff_dom(chromium: str, pages: Pages) -> None:
    dom = dump_dom(chromium, pages.diff, pages.work)
    ids = dom.ids()
    assert ids.index("overview") < ids.index("new-findings") < ids.index("resolved"), ids
    assert "server.mysql_refused" in "".join(dom.text)
    assert_inert(dom)


# -- the screenshot -------------------------------------------------------------------------


def near(pixel: tuple[int, ...], color: tuple[int, int, int], tolerance: int = 24) -> bool:
    return all(abs(p - c) <= tolerance for p, c in zip(pixel, color, strict=True))


@pytest.mark.parametrize("which", ["report", "diff"])
def test_screenshot_is_a_rendered_page(chromium: str, pages: Pages, which: str) -> None:
    page = pages.report if which == "report" else pages.diff
    png = pages.work / f"{which}.png"
    run_chromium(
        chromium, pages.work, f"--screenshot={png}", "--window-size=1280,2000", page.as_uri()
    )
    data = png.read_bytes()
    assert len(data) > 20_000, f"{png}: {len(data)} bytes, a blank page compresses smaller"
    width, height, rows, bpp = png_pixels(data)
    assert (width, height) == (1280, 2000)
    pixels = [tuple(row[x : x + 3]) for row in rows[::8] for x in range(0, width * bpp, 8 * bpp)]
    assert len(set(pixels)) > 50, "too few colours for a rendered report"
    header = [tuple(rows[20][x : x + 3]) for x in range(0, 200 * bpp, bpp)]
    assert sum(near(p, (16, 24, 40)) for p in header) > 150, "the dark header band is missing"
    assert any(near(p, (255, 255, 255), 2) for p in pixels), "no white section"

    def exact(rgb: tuple[int, int, int]) -> int:
        # shapes' interiors carry the CSS colour exactly; bytes.count keeps this fast
        return sum(row.count(bytes(rgb)) for row in rows)

    assert exact((0xB4, 0x23, 0x18)) > 1000, "no failing-red badges"
    if which == "report":
        # the unrecognised-error purple (#6941c6) is used by the timeline (marks and legend) only
        assert exact((0x69, 0x41, 0xC6)) > 100, "timeline marks not drawn"


# -- no request -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Request:
    method: str
    target: str  # as sent: an absolute URL or host:port (through a proxy), or a path
    headers: dict[str, str]

    @property
    def host(self) -> str:
        if self.method == "CONNECT":
            return self.target.rsplit(":", 1)[0]
        return urlsplit(self.target).hostname or LOOPBACK

    @property
    def path(self) -> str:
        return urlsplit(self.target).path


@pytest.fixture
def logging_proxy(pages: Pages) -> Iterator[tuple[int, list[Request]]]:
    """A web server on 127.0.0.1 serving the two pages that is also Chromium's proxy for every
    URL (loopback included), so it sees every request the browser makes, wherever to."""
    seen: list[Request] = []
    files = {"/report.html": pages.report, "/diff.html": pages.diff}

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            seen.append(
                Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
            )
            target = urlsplit(self.path)
            page = files.get(target.path) if target.hostname in (None, LOOPBACK) else None
            if self.command == "GET" and page is not None:
                body = page.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
            else:
                body = b""
                self.send_response(404)  # CONNECT refused too: nothing leaves this machine
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_HEAD = do_POST = do_PUT = do_OPTIONS = do_CONNECT = _any

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((LOOPBACK, free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("name", ["report.html", "diff.html"])
def test_loading_the_page_makes_no_request(
    chromium: str, pages: Pages, logging_proxy: tuple[int, list[Request]], name: str
) -> None:
    port, seen = logging_proxy
    url = f"http://{LOOPBACK}:{port}/{name}"
    dom = Dom()
    dom.feed(
        run_chromium(
            chromium,
            pages.work,
            f"--proxy-server=http://{LOOPBACK}:{port}",
            "--proxy-bypass-list=<-loopback>",  # loopback through the proxy too
            "--dump-dom",
            url,
        )
    )
    assert "overview" in dom.ids(), "the page was served and parsed"
    ours = [r for r in seen if r.host == LOOPBACK]
    assert [(r.method, r.path) for r in ours] == [("GET", f"/{name}")], ours
    others = [r for r in seen if r.host != LOOPBACK]
    assert {r.host for r in others} <= BROWSER_SERVICE_HOSTS, others
    # and none of those came from the page: no Referer or Origin naming it
    for r in others:
        assert str(port) not in r.headers.get("referer", "") + r.headers.get("origin", ""), r


# -- incidents, the filter box, the severity toggles --------------------------------------------
def test_incidents_collapse_after_the_first_three(chromium: str, pages: Pages) -> None:
    dom = dump_dom(chromium, pages.report, pages.work)
    incidents = [
        a for tag, a in dom.elements if tag == "details" and "incident" in (a.get("class") or "")
    ]
    assert len(incidents) > 3
    assert all("open" in a for a in incidents[:3]) and not any("open" in a for a in incidents[3:])
    ids = dom.ids()
    assert "filter" in ids and ids.index("start-here") < ids.index("findings")
    copies = [a for tag, a in dom.elements if tag == "button" and a.get("class") == "copy"]
    assert any("docker logs --tail 200" in (a.get("data-copy") or "") for a in copies), copies


# Types into the filter box and unticks a toggle the way a user would (input and change events),
# then records which incidents the page's own script left visible.
DRIVE = """<script>
(function () {
  var visible = function () {
    return Array.prototype.filter.call(document.querySelectorAll("details.incident"),
      function (d) { return !d.hidden; }).map(function (d) { return d.id; });
  };
  var all = visible();
  var box = document.getElementById("filter");
  box.value = "license";
  box.dispatchEvent(new Event("input"));
  var filtered = visible();
  box.value = "";
  box.dispatchEvent(new Event("input"));
  var critical = document.querySelector(".sev-toggle[value=critical]");
  critical.checked = false;
  critical.dispatchEvent(new Event("change"));
  var noCritical = visible();
  document.body.setAttribute("data-drive", JSON.stringify(
    {all: all, filtered: filtered, noCritical: noCritical}));
})();
</script>"""


def test_filter_box_and_severity_toggle_work(chromium: str, pages: Pages, tmp_path: Path) -> None:
    html = pages.report.read_text(encoding="utf-8")
    # the page's own script stays allowed by its hash; the driver gets its own hash
    body = DRIVE[len("<script>") : -len("</script>")]
    digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
    driven = tmp_path / "driven.html"
    driven.write_text(
        html.replace("script-src '", f"script-src 'sha256-{digest}' '", 1).replace(
            "</body>", DRIVE + "</body>"
        ),
        encoding="utf-8",
    )
    dom = dump_dom(chromium, driven, tmp_path)
    state = json.loads(next(str(a["data-drive"]) for t, a in dom.elements if t == "body"))
    report = json.loads(
        render(analyze_bundle(pages.work / "broken-docker-planted"), ReportFormat.JSON)
    )
    incidents = report["incidents"]
    assert state["all"] == [i["id"] for i in incidents]
    by_cause = {i["cause"]["rule_id"]: i["id"] for i in incidents}
    assert by_cause["server.license_malformed"] in state["filtered"]
    assert by_cause["tls.self_signed"] not in state["filtered"]
    assert 0 < len(state["filtered"]) < len(state["all"])
    assert state["noCritical"] == [i["id"] for i in incidents if i["severity"] != "critical"]
