"""Reading hostile bundles safely; writing bundles with caps, redaction and an honest manifest."""

from __future__ import annotations

import gzip
import os
import tarfile
from pathlib import Path

import pytest

from tests.helpers import file_member, make_tar
from wbdiag.bundle.manifest import CollectorRecord, CollectorStatus, Manifest
from wbdiag.bundle.reader import BundleSource, Limits, iter_lines, normalize_member_path
from wbdiag.bundle.writer import BundleWriter, NoRedaction
from wbdiag.errors import BundleError
from wbdiag.redact import Redactor


def members(source: BundleSource) -> dict[str, bytes]:
    return {m.path: m.stream.read() for m in source.members()}


def test_tar_with_links_devices_and_escapes(tmp_path: Path) -> None:
    link = tarfile.TarInfo("wbdiag-bundle/evil-link.log")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    hard = tarfile.TarInfo("wbdiag-bundle/hard.log")
    hard.type, hard.linkname = tarfile.LNKTYPE, "wbdiag-bundle/ok.log"
    dev = tarfile.TarInfo("wbdiag-bundle/dev.log")
    dev.type = tarfile.CHRTYPE
    data = {
        "wbdiag-bundle/ok.log": b"fine\n",
        "../../outside.log": b"escape\n",
        "/abs/path.log": b"absolute\n",
        "wbdiag-bundle/a/../../b.log": b"dotdot\n",
    }
    bundle = make_tar(
        tmp_path / "b.tgz",
        [file_member(n) for n in data] + [link, hard, dev],
        data,
    )
    src = BundleSource.open(bundle)
    assert members(src) == {"ok.log": b"fine\n"}
    reasons = {s.path: s.reason for s in src.skipped}
    assert set(reasons) == {
        "../../outside.log",
        "/abs/path.log",
        "wbdiag-bundle/a/../../b.log",
        "wbdiag-bundle/evil-link.log",
        "wbdiag-bundle/hard.log",
        "wbdiag-bundle/dev.log",
    }
    assert not (tmp_path / "outside.log").exists()


def test_directory_bundle_skips_symlinks(tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    (root / "mysql").mkdir(parents=True)
    (root / "mysql" / "variables.json").write_text("{}")
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    os.symlink(secret, root / "mysql" / "linked.json")
    src = BundleSource.open(root)
    assert members(src) == {"mysql/variables.json": b"{}"}
    assert [s.path for s in src.skipped] == ["mysql/linked.json"]


def test_member_and_size_limits(tmp_path: Path) -> None:
    data = {f"f{i}.log": b"x" * 100 for i in range(5)}
    bundle = make_tar(tmp_path / "b.tgz", [file_member(n) for n in data], data)
    with pytest.raises(BundleError, match="more than 3 members"):
        members(BundleSource.open(bundle, Limits(max_members=3)))
    with pytest.raises(BundleError, match="expands to more than 250 bytes"):
        members(BundleSource.open(bundle, Limits(max_total_bytes=250)))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a .tar.gz bundle"),
        (b"just some text, not a tarball at all" * 20, "not a .tar.gz bundle"),
        (gzip.compress(b"not a tar inside the gzip" * 50), "corrupt bundle"),
    ],
    ids=["empty", "text", "gzip-not-tar"],  # gzip's header holds the time: ids must not
)
def test_not_a_bundle(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "x.tgz"
    p.write_bytes(content)
    with pytest.raises(BundleError, match=message):
        members(BundleSource.open(p))


def test_truncated_gzip(tmp_path: Path) -> None:
    data = {"a.log": os.urandom(200_000)}
    bundle = make_tar(tmp_path / "b.tgz", [file_member("a.log")], data)
    blob = bundle.read_bytes()
    bundle.write_bytes(blob[: len(blob) // 2])
    with pytest.raises(BundleError, match="corrupt bundle"):
        members(BundleSource.open(bundle))


def test_missing_bundle() -> None:
    with pytest.raises(BundleError, match="bundle not found"):
        BundleSource.open("/definitely/not/here.tgz")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("wbdiag-bundle/a/b.log", "a/b.log"),
        ("./a.log", "a.log"),
        ("a//b.log", None),
        ("a/./b.log", None),
        ("..", None),
        ("a\\..\\b", None),
    ],
)
def test_normalize_member_path(name: str, expected: str | None) -> None:
    assert normalize_member_path(name) == expected


def test_long_lines_are_cut_not_buffered(tmp_path: Path) -> None:
    p = tmp_path / "x.log"
    p.write_bytes(b"short\n" + b"y" * 1_000_000 + b"\nafter\n")
    with p.open("rb") as fh:
        lines = list(iter_lines(fh, 1000))
    assert lines == ["short", "y" * 1000, "after"]


def test_writer_keeps_newest_part_and_redacts(tmp_path: Path) -> None:
    red = Redactor()
    red.add_secret("Hunter2-Secret", "password")
    w = BundleWriter(tmp_path / "stage", red)
    lines = [f"line {i:04d} password Hunter2-Secret" for i in range(1000)]
    rec = w.write_lines("docker/containers/x/container.log", lines, cap=2000)
    text = (tmp_path / "stage/docker/containers/x/container.log").read_text()
    assert rec.truncated and rec.bytes <= 2000 and rec.original_bytes is not None
    assert "line 0999" in text and "line 0000" not in text
    assert "Hunter2-Secret" not in text and "[REDACTED:password:1]" in text


def test_writer_packs_only_listed_files(tmp_path: Path) -> None:
    w = BundleWriter(tmp_path / "stage", NoRedaction())
    kept = w.write_json("mysql/variables.json", {"binlog_format": "ROW"})
    w.write_json("mysql/version.json", {"version": "8.0.36"})  # written, but not in the manifest
    manifest = Manifest(collectors=[CollectorRecord("mysql", CollectorStatus.OK, files=[kept])])
    out = w.finish(manifest, tmp_path / "b.tgz")
    assert not (tmp_path / "stage").exists()
    got = members(BundleSource.open(out))
    assert set(got) == {"manifest.json", "mysql/variables.json"}
    with pytest.raises(ValueError, match="unsafe bundle path"):
        BundleWriter(tmp_path / "stage2", NoRedaction()).write_json("../x.json", {})


def test_manifest_round_trip_and_newer_version() -> None:
    m = Manifest(
        wbdiag_version="1",
        collectors=[CollectorRecord("docker", CollectorStatus.TIMED_OUT, error="slow")],
    )
    again = Manifest.from_dict(m.to_dict())
    assert again.collector("docker") is not None
    assert again.collectors[0].status is CollectorStatus.TIMED_OUT
    with pytest.raises(BundleError, match="newer than this wbdiag"):
        Manifest.from_dict({**m.to_dict(), "format_version": 99})
    # a collector entry with a bad status is left out and noted, the rest of the manifest is used
    noted = Manifest.from_dict({**m.to_dict(), "collectors": [{"name": "x", "status": "weird"}]})
    assert noted.collectors == []
    assert noted.problems == [
        'manifest.json: collectors[0].status: "weird" is not a collector status (entry ignored)'
    ]


def test_output_marks_a_file_cut_at_its_source(tmp_path: Path) -> None:
    from wbdiag.collect.base import Output

    out = Output(
        BundleWriter(tmp_path / "stage", NoRedaction()), "docker", cap=10_000, writes=("docker/",)
    )
    rec = out.lines("docker/containers/x/container.log", ["a", "b"], cut_at_source=True)
    again = out.lines("docker/containers/x/container.log", ["a", "b", "c"])
    assert rec.truncated and not again.truncated
    assert [f.path for f in out.files] == ["docker/containers/x/container.log"], "rewrite replaces"


def test_read_bounded_limits() -> None:
    import io

    from wbdiag.bundle.reader import read_bounded

    assert read_bounded(io.BytesIO(b"x" * 3_000_000), 3_000_000, "doc") == b"x" * 3_000_000
    with pytest.raises(BundleError, match="doc is larger than 2999999 bytes"):
        read_bounded(io.BytesIO(b"x" * 3_000_000), 2_999_999, "doc")
