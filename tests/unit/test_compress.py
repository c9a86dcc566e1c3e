"""The bundle's gzip stream, with ISA-L and with the standard library: one gzip member that
gzip(1), Python's tarfile and wbdiag's reader all open, holding exactly what was staged."""

from __future__ import annotations

import gzip
import random
import subprocess
import tarfile
import zlib
from pathlib import Path

import pytest

from wbdiag.bundle import compress
from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource
from wbdiag.bundle.writer import BundleWriter, NoRedaction


@pytest.mark.parametrize("engine", ["isal", "zlib"])
def test_bundle_packs_with_either_engine(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(compress.ENV_DEFLATER, engine)
    assert compress.engine() == engine
    rng = random.Random(1)
    lines = [f"line {i} {rng.getrandbits(64):x}" for i in range(300_000)]  # ~8 MB, many blocks
    w = BundleWriter(tmp_path / "stage", NoRedaction())
    rec = w.write_lines("docker/x/container.log", iter(lines))
    manifest = Manifest(collectors=[CollectorRecord("docker", CollectorStatus.OK, files=[rec])])
    out = w.finish(manifest, tmp_path / "b.tgz")
    want = ("\n".join(lines) + "\n").encode()
    got = {m.path: m.stream.read() for m in BundleSource.open(out).members()}
    assert got["docker/x/container.log"] == want
    with tarfile.open(out) as tar:
        assert tar.getnames()[0] == "wbdiag-bundle/manifest.json"  # the manifest first
    listing = subprocess.run(["tar", "-tzf", str(out)], capture_output=True, check=True)
    assert b"wbdiag-bundle/docker/x/container.log" in listing.stdout
    data = out.read_bytes()
    assert gzip.decompress(data)  # one or more members, all valid
    one = zlib.decompressobj(31)
    one.decompress(data)
    assert one.eof and one.unused_data == b""  # a single member
