"""Start here on a 1366x768 screen, in a real browser: the first incident is on screen without
scrolling, on a crash-looping dirty migration and on the sample bundles."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.browser.browser_support import SAMPLES, Dom, png_pixels, run_chromium
from wbdiag.analyze import analyze_bundle
from wbdiag.report.render import ReportFormat, render

# Reads the laid-out page back: the rectangles of Start here and of its first incident, and the
# viewport, written into the DOM that --dump-dom prints.
MEASURE = """<script>
(function () {
  var box = function (el) { var r = el.getBoundingClientRect(); return [r.top, r.bottom]; };
  var first = document.querySelector("#start-here .top");
  document.body.setAttribute("data-measure", JSON.stringify({
    viewport: window.innerHeight, width: window.innerWidth,
    start: box(document.getElementById("start-here")), first: first ? box(first) : null,
    findings: box(document.getElementById("findings")),
    tops: Array.prototype.map.call(document.querySelectorAll("#start-here .top"), box),
    firstText: first ? first.textContent : ""}));
})();
</script>"""


def test_start_here_shows_the_migration_first_without_scrolling(
    chromium: str, tmp_path: Path
) -> None:
    from tests.unit.test_incidents import POD, crashlooping_dirty_migration

    bundle = crashlooping_dirty_migration(tmp_path / "dirty-migration")
    html = render(analyze_bundle(bundle), ReportFormat.HTML)
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    # the real page, in the real browser: the first thing under the header is the incident
    png = tmp_path / "start.png"
    run_chromium(chromium, tmp_path, f"--screenshot={png}", "--window-size=1366,768", page.as_uri())
    width, height, rows, _ = png_pixels(png.read_bytes())
    assert (width, height) == (1366, 768)
    red = bytes((0xB4, 0x23, 0x18))  # the critical badge and the incident's border
    assert sum(row.count(red) for row in rows[:400]) > 300, "no critical incident on screen"
    m = measure(chromium, html, tmp_path)
    # --dump-dom leaves room for window chrome (about 625 of 768 pixels), as a real browser on a
    # 1366x768 screen does: the first incident must fit in that
    assert 600 <= m["viewport"] <= 768 and m["width"] == 1366, m
    top, bottom = m["first"]
    assert 0 <= top < bottom <= m["viewport"], m  # the first incident is fully on screen
    assert m["start"][0] < m["findings"][0], m
    assert "Dirty database version" in m["firstText"] or "dirty migration" in m["firstText"]
    assert f"kubectl logs -n wandb {POD} -c app --previous" in m["firstText"]
    assert "kubernetes.crashloop, kubernetes.restarts" in m["firstText"]


def measure(binary: str, html: str, work: Path) -> dict[str, Any]:
    """Geometry at 1366x768, from a copy of the page that measures itself (the page's CSP would
    refuse the measuring script, so the copy has none)."""
    measured = work / f"measured-{os.urandom(3).hex()}.html"
    head, _, rest = html.partition('<meta http-equiv="Content-Security-Policy"')
    measured.write_text(
        head + rest.partition(">")[2].replace("</body>", MEASURE + "</body>"), encoding="utf-8"
    )
    dom = dump_dom_sized(binary, measured, work)
    found: dict[str, Any] = json.loads(
        next(str(a["data-measure"]) for t, a in dom.elements if t == "body")
    )
    return found


@pytest.mark.parametrize("sample", ["broken-kubernetes.tgz", "broken-docker.tgz"])
def test_start_here_fits_the_screen_on_the_samples(
    chromium: str, tmp_path: Path, sample: str
) -> None:
    html = render(analyze_bundle(SAMPLES / sample), ReportFormat.HTML)
    m = measure(chromium, html, tmp_path)
    assert len(m["tops"]) == 3, m
    assert all(0 <= top < bottom <= m["viewport"] for top, bottom in m["tops"]), m


def dump_dom_sized(binary: str, page: Path, work: Path) -> Dom:
    dom = Dom()
    dom.feed(run_chromium(binary, work, "--window-size=1366,768", "--dump-dom", page.as_uri()))
    return dom
