"""The bundle reader's own tar and gzip reading (wbdiag/bundle/tarstream.py, inflate.py): what
tarfile and gzip write reads back the same, and what a stranger's archive may hold is refused
with a BundleError, never read into memory on its header's word."""

from __future__ import annotations

import gzip
import io
import os
import tarfile
from collections.abc import Generator
from pathlib import Path

import pytest

from wbdiag.bundle import inflate
from wbdiag.bundle.reader import BundleSource
from wbdiag.bundle.tarstream import BLOCK, MAX_META_BYTES, TarStream, parse_pax
from wbdiag.errors import BundleError


def tar_bytes(files: dict[str, bytes], fmt: int = tarfile.PAX_FORMAT) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def read_all(path: Path) -> dict[str, bytes]:
    return {m.path: m.stream.read() for m in BundleSource.open(path).members()}


def chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def stream_of(data: bytes, size: int = 7919) -> TarStream:
    parts = iter(chunks(data, size))
    return TarStream(lambda: next(parts, b""), "t.tar")


def header(name: str, size: int, kind: bytes) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.type = kind
    return info.tobuf(format=tarfile.USTAR_FORMAT)


FILES = {
    "wbdiag-bundle/manifest.json": b"{}",
    "wbdiag-bundle/" + "long/" * 40 + "name.log": b"a line\n" * 1000,  # a PAX path
    "wbdiag-bundle/ünïcode.log": os.urandom(70_000),
    "wbdiag-bundle/empty.log": b"",
}
EXPECTED = {k.removeprefix("wbdiag-bundle/"): v for k, v in FILES.items()}


@pytest.mark.parametrize("fmt", [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT])
@pytest.mark.parametrize("chunk", [1, 511, 512, 7919, 1 << 20])
def test_tar_written_by_tarfile_reads_back(fmt: int, chunk: int) -> None:
    got = {e.name: s.read() for e, s in stream_of(tar_bytes(FILES, fmt), chunk)}
    assert got == FILES


@pytest.fixture(params=["isal", "zlib", "isal-process", "zlib-process"])
def inflater(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both inflaters: isal (a default dependency) and zlib (where isal has no wheel), on a
    thread (small files) and in the helper process (large ones)."""
    engine, _, where = str(request.param).partition("-")
    if engine == "isal" and inflate._isal is None:
        pytest.fail("isal is a default dependency on this platform but does not import")
    monkeypatch.setenv(inflate.ENV_INFLATER, engine)
    monkeypatch.setattr(inflate, "SUBPROCESS_FROM", 0 if where == "process" else 1 << 40)
    monkeypatch.setattr(inflate, "machine_busy", lambda: where == "process")
    return str(request.param)


@pytest.mark.usefixtures("inflater")
def test_plain_tar_multi_member_gzip_and_zero_padding(tmp_path: Path) -> None:
    raw = tar_bytes(FILES)
    (tmp_path / "plain.tar").write_bytes(raw)
    assert read_all(tmp_path / "plain.tar") == EXPECTED
    # independent gzip members (pigz --independent, or a writer that restarts) and the zero
    # padding some tape tools append are read as gzip(1) reads them
    members = b"".join(gzip.compress(part) for part in chunks(raw, 10_000)) + b"\0" * 300
    (tmp_path / "multi.tgz").write_bytes(members)
    assert read_all(tmp_path / "multi.tgz") == EXPECTED


def test_members_left_unread_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "b.tgz").write_bytes(gzip.compress(tar_bytes(FILES)))
    streams = {}
    for m in BundleSource.open(tmp_path / "b.tgz").members():
        m.stream.read(3)  # a peek, then on to the next member
        streams[m.path] = m.stream
    assert list(streams) == list(EXPECTED)
    for path, stream in streams.items():
        # what the stream had buffered, then nothing: never the bytes of a later member
        rest = stream.read()
        assert rest == EXPECTED[path][3 : 3 + len(rest)]


@pytest.mark.usefixtures("inflater")
def test_a_gzip_bomb_comes_in_bounded_chunks(tmp_path: Path) -> None:
    big = tar_bytes({"wbdiag-bundle/zeros.log": b"\0" * (64 << 20)})
    path = tmp_path / "bomb.tgz"
    path.write_bytes(gzip.compress(big, 9))
    assert path.stat().st_size < 200_000
    with path.open("rb") as fh:
        inf = inflate.Inflater(fh, "bomb.tgz")
        sizes = []
        while chunk := inf.next_chunk():
            sizes.append(len(chunk))
        inf.close()
    assert sum(sizes) == len(big) and max(sizes) <= inflate.CHUNK_BYTES


@pytest.mark.usefixtures("inflater")
def test_stopping_early_stops_the_inflater(tmp_path: Path) -> None:
    path = tmp_path / "b.tgz"
    path.write_bytes(
        gzip.compress(tar_bytes({f"f{i}.log": os.urandom(1 << 20) for i in range(40)}))
    )
    members = BundleSource.open(path).members()
    first = next(members)
    assert first.path == "f0.log"
    assert isinstance(members, Generator)  # a generator, so closing it runs its finally
    members.close()  # the reader's finally closes the inflater; its thread or process ends
    import threading

    assert not [t for t in threading.enumerate() if t.name.startswith("inflate ")]
    assert not inflater_processes()


def inflater_processes() -> list[int]:
    """This process's children running the inflater helper (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_bytes()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        if ppid == os.getpid() and b"wbdiag.bundle.inflate" in cmdline:
            found.append(int(entry))
    return found


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (lambda raw: raw[:-3000], "ends too early"),  # cut inside the deflate stream
        (lambda raw: raw[:-4] + b"\0\0\0\1", "corrupt bundle"),  # wrong length in the trailer
        (lambda raw: raw[:-8] + bytes(4) + raw[-4:], "corrupt bundle"),  # wrong CRC
        (lambda raw: raw + b"garbage after the member", "corrupt bundle"),
    ],
)
@pytest.mark.usefixtures("inflater")
def test_damaged_gzip(tmp_path: Path, blob: object, message: str) -> None:
    raw = gzip.compress(tar_bytes({"a.log": os.urandom(100_000)}))
    path = tmp_path / "b.tgz"
    path.write_bytes(blob(raw))  # type: ignore[operator]
    with pytest.raises(BundleError, match=message):
        read_all(path)


def test_cut_tar_inside_a_member_and_a_header(tmp_path: Path) -> None:
    raw = tar_bytes({"a.log": b"x" * 5000, "b.log": b"y" * 10})
    with pytest.raises(BundleError, match="ends inside a member"):
        {e.name: s.read() for e, s in stream_of(raw[: BLOCK + 3000])}
    with pytest.raises(BundleError, match="ends inside a header"):
        list(stream_of(raw[: BLOCK * 11 + 100]))
    # the end of the stream on a header boundary, without the end-of-archive blocks, is an end
    assert [e.name for e, _ in stream_of(raw[: BLOCK * 11])] == ["a.log"]


def test_bad_checksum_and_bad_numbers() -> None:
    raw = bytearray(tar_bytes({"a.log": b"x"}))
    raw[0] ^= 1
    with pytest.raises(BundleError, match="bad checksum"):
        list(stream_of(bytes(raw)))
    bad_size = bytearray(header("a.log", 0, tarfile.REGTYPE))
    bad_size[124:136] = b"12x4567\0\0\0\0\0"
    bad_size[148:156] = b"%06o\0 " % (sum(bad_size[:148]) + 256 + sum(bad_size[156:]))
    with pytest.raises(BundleError, match="bad size"):
        list(stream_of(bytes(bad_size)))


@pytest.mark.parametrize(
    ("kind", "message"),
    [(tarfile.GNUTYPE_SPARSE, "sparse"), (b"M", "multi-volume")],
)
def test_sparse_and_multivolume_members_are_refused(kind: bytes, message: str) -> None:
    raw = header("a.log", 100, kind) + b"x" * BLOCK
    with pytest.raises(BundleError, match=message):
        list(stream_of(raw))


def test_gnu_sparse_written_by_gnu_tar_is_refused(tmp_path: Path) -> None:
    sparse = tmp_path / "sparse.log"
    with sparse.open("wb") as fh:
        fh.seek(10 << 20)
        fh.write(b"end\n")
    for fmt in ("gnu", "posix"):
        out = tmp_path / f"{fmt}.tgz"
        rc = os.system(f"tar --sparse --format={fmt} -czf {out} -C {tmp_path} sparse.log")
        assert rc == 0
        with pytest.raises(BundleError, match="sparse"):
            read_all(out)


@pytest.mark.parametrize(
    "records",
    [
        b"99999999 path=x\n",  # a length past the header
        b"5 path=x\n",  # a length inside the record
        b"x path=x\n",  # not a number
        b"12 pathx\n\n\n\n",  # no '='
        b"11 path=xy!",  # the record does not end in a newline
        b"20 GNU.sparse.map=0,1\n",
        b"14 size=12ab\n",
        b"8 =abc\n",
    ],
)
def test_odd_pax_records_are_refused(records: bytes) -> None:
    with pytest.raises(BundleError, match=r"PAX|sparse"):
        parse_pax(records, "t.tar")
    raw = header("././@PaxHeader", len(records), tarfile.XHDTYPE)
    raw += records + b"\0" * (-len(records) % BLOCK) + header("a.log", 0, tarfile.REGTYPE)
    with pytest.raises(BundleError, match=r"PAX|sparse"):
        list(stream_of(raw))


@pytest.mark.parametrize("kind", [tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME])
def test_huge_declared_headers_are_refused_unread(kind: bytes) -> None:
    reads = []

    def next_chunk() -> bytes:
        reads.append(1)
        return (header("x", 1 << 30, kind) + b"\0" * BLOCK) if len(reads) == 1 else b""

    with pytest.raises(BundleError, match=f"more than {MAX_META_BYTES}"):
        list(TarStream(next_chunk, "t.tar"))
    assert len(reads) == 1, "nothing past the header was read"


def test_declared_sizes_count_against_the_limit(tmp_path: Path) -> None:
    from wbdiag.bundle.reader import Limits

    path = tmp_path / "b.tgz"
    # 4 GiB declared in one header, with no data behind it: refused by the limit before any read
    path.write_bytes(gzip.compress(header("wbdiag-bundle/big.log", 4 << 30, tarfile.REGTYPE)))
    with pytest.raises(BundleError, match="expands to more than"):
        list(BundleSource.open(path, Limits(max_total_bytes=1 << 30)).members())


def test_links_devices_and_unknown_types_are_reported_not_read(tmp_path: Path) -> None:
    raw = (
        header("wbdiag-bundle/dev.log", 1 << 30, tarfile.CHRTYPE)  # a size no device has
        + header("wbdiag-bundle/odd.log", 3, b"Z")
        + b"abc"
        + b"\0" * (BLOCK - 3)
        + tar_bytes({"wbdiag-bundle/ok.log": b"fine\n"})
    )
    path = tmp_path / "b.tgz"
    path.write_bytes(gzip.compress(raw))
    src = BundleSource.open(path)
    assert {m.path: m.stream.read() for m in src.members()} == {"ok.log": b"fine\n"}
    assert {s.path: s.reason for s in src.skipped} == {
        "wbdiag-bundle/dev.log": "not a regular file (link or device)",
        "wbdiag-bundle/odd.log": "not a regular file (unknown tar member type)",
    }


@pytest.mark.parametrize(
    ("loadavg", "busy"),
    [
        ("3.10 2.50 2.00 5/311 4242\n", True),  # two others running on two cores, for a while
        ("0.20 0.50 0.70 1/311 4242\n", False),  # idle: only this process runs
        ("3.10 2.50 2.00 1/311 4242\n", False),  # the load has just ended
        ("0.40 0.30 0.20 6/311 4242\n", False),  # a passing burst
        ("garbage\n", True),  # unreadable: the choice that never convoys
    ],
)
def test_machine_busy_reads_runnable_tasks_and_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loadavg: str, busy: bool
) -> None:
    (tmp_path / "loadavg").write_text(loadavg)
    monkeypatch.setattr(inflate, "LOADAVG", str(tmp_path / "loadavg"))
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # the os module inflate reads
    assert inflate.machine_busy() is busy


def test_machine_busy_without_proc_loadavg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inflate, "LOADAVG", str(tmp_path / "missing"))
    assert inflate.machine_busy() is True
