"""Tar and gzip oddities, written byte by byte: a clear error (exit 2) or a report, never an
internal error, a traceback or a declared length read into memory. The cases go through the
command line, so they hold for whichever tar reader BundleSource uses."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.harness import analyze_json, run_wbdiag
from tests.hostile.tarcraft import (
    header,
    manifest_member,
    member,
    pax,
    pax_record,
    tgz_bytes,
)
from wbdiag.bundle.reader import BundleSource, Limits
from wbdiag.errors import BundleError

GIB = 1 << 30
LOG = b"wbdiag-bundle/docker/containers/wandb-local/container.log"


M = manifest_member()
# name -> the bundle's bytes, .tgz unless the name says the gzip itself is broken
ARCHIVES: dict[str, Callable[[], bytes]] = {
    "gzip-cut-after-3-bytes": lambda: b"\x1f\x8b\x08",
    "gzip-cut-mid-stream": lambda: gzip.compress(M + member(LOG, b"x\n" * 5000))[:300],
    "gnu-sparse-member": lambda: tgz_bytes(M, member(LOG, b"data\n", kind=b"S")),
    "pax-absurd-length": lambda: tgz_bytes(M, pax(b"99999999999999 path=x\n"), member(LOG, b"x\n")),
    "pax-negative-length": lambda: tgz_bytes(M, pax(b"-5 path=x\n"), member(LOG, b"x\n")),
    "pax-bad-sparse-map": lambda: tgz_bytes(
        M,
        pax(pax_record("GNU.sparse.map", "1,x,-3") + pax_record("GNU.sparse.size", "9" * 14)),
        member(LOG, b"x\n"),
    ),
    "pax-huge-size": lambda: tgz_bytes(M, pax(pax_record("size", "9" * 40)), member(LOG, b"x\n")),
    "pax-declares-a-gigabyte": lambda: tgz_bytes(
        M, header(b"././@PaxHeader", GIB, b"x"), end=False
    ),
    "gnu-longname-declares-a-gigabyte": lambda: tgz_bytes(
        M, header(b"././@LongLink", GIB, b"L"), end=False
    ),
    "bad-checksum": lambda: tgz_bytes(
        M, header(LOG, 5)[:148] + b"0000000\0" + header(LOG, 5)[156:]
    ),
    "size-not-octal": lambda: tgz_bytes(M, header(LOG, 0, size_field=b"99999999999\0")),
    "member-cut-short": lambda: tgz_bytes(M, header(LOG, 100_000) + b"x\n" * 100, end=False),
    "base256-negative-size": lambda: tgz_bytes(M, header(LOG, 0, size_field=b"\xff" * 12)),
    "many-empty-members": lambda: tgz_bytes(
        M, *(member(b"wbdiag-bundle/e/%d.log" % i, b"") for i in range(3000))
    ),
}
CASES = list(ARCHIVES)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["analyze", "redact-check"])
def test_hostile_archive_gets_a_clear_result(tmp_path: Path, case: str, command: str) -> None:
    bundle = tmp_path / "b.tgz"
    bundle.write_bytes(ARCHIVES[case]())
    if command == "analyze":
        out, _ = analyze_json(bundle)
        if out.code == 2:
            assert "bundle" in out.error, out.error
    else:
        out = run_wbdiag("redact-check", bundle)
        out.assert_clear()


# The 110 MB expansion (~300 KB of .tgz of error lines, docs/hostile-input.md's reproducer) is
# test_budgets.py's bomb-110mb shape: the same manifest, member and bytes, analysed there under
# the same limits, with what the budget cut named in the report.


def test_gzip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    # 16 MiB of zeros in a few KB; with the floor lowered, past 100x the compressed size
    bundle = tmp_path / "bomb.tgz"
    bundle.write_bytes(tgz_bytes(M, member(LOG, b"\0" * (16 << 20))))
    limits = Limits(min_total_budget=1 << 20)
    assert bundle.stat().st_size * limits.max_total_expansion < 16 << 20
    with pytest.raises(BundleError, match="100x its compressed size"):
        for m in BundleSource.open(bundle, limits).members():
            m.stream.read()
