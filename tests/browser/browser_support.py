"""What the browser tests share: headless Chromium run in a profile of its own with every request
sent to loopback, the DOM it dumps read back, and its PNG screenshots decoded."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

from tests.servers.common import LOOPBACK, free_port

SAMPLES = Path(__file__).resolve().parents[2] / "sample_bundles"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",  # the tests run as root in CI
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter",
    # No name is ever looked up: every request goes to a loopback proxy (see run_chromium).
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def run_chromium(binary: str, work: Path, *args: str, timeout: float = 60) -> str:
    """Run one headless Chromium in its own profile and HOME; return its stdout."""
    profile = work / f"profile-{os.urandom(4).hex()}"
    env = {**os.environ, "HOME": str(profile), "XDG_CONFIG_HOME": str(profile / "config")}
    if not any(a.startswith("--proxy-server=") for a in args):
        # Chromium's own service requests go to a closed loopback port, never off the machine
        args = (f"--proxy-server=http://{LOOPBACK}:{free_port()}", *args)
    proc = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its renderer and zygote children share our process group
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the group of the process we started, by its id
        proc.communicate()
        raise
    assert proc.returncode == 0, err.decode(errors="replace")[-3000:]
    return out.decode("utf-8", errors="replace")


class Dom(HTMLParser):
    """Elements in document order, their attributes, and the text inside and outside <svg>."""

    def __init__(self) -> None:
        super().__init__()  # convert_charrefs: text arrives unescaped, as the user reads it
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.svg_text: list[str] = []
        self._svg_depth = 0
        self._in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "svg":
            self._svg_depth += 1
        self._in_title = tag == "title" and self._svg_depth == 0

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._svg_depth -= 1
        self._in_title = False

    def handle_data(self, data: str) -> None:
        (self.svg_text if self._svg_depth else self.text).append(data)
        if self._in_title:
            self.title += data

    def ids(self) -> list[str]:
        return [str(a["id"]) for _, a in self.elements if a.get("id")]


def dump_dom(binary: str, page: Path, work: Path) -> Dom:
    dom = Dom()
    dom.feed(run_chromium(binary, work, "--dump-dom", page.as_uri()))
    return dom


def png_pixels(data: bytes) -> tuple[int, int, list[bytes], int]:
    """Width, height, unfiltered rows and bytes per pixel of an 8-bit RGB(A) PNG (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, []
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind_of_filter, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind_of_filter == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind_of_filter == 2:  # Up
            line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
        elif kind_of_filter == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind_of_filter == 4:  # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp
