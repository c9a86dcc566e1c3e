"""The shipped compiled Hyperscan databases (wbdiag/hsdb.py): on the build the stamps record,
each is that build's compile of a shipped pattern set; any database is used only under exactly
its key, and one that does not load, or was built for another host, is compiled afresh
instead."""

from __future__ import annotations

import lzma
import warnings
from typing import Any

import pytest

from tests.redact import hsonce
from wbdiag import hsdb, hsstamp
from wbdiag.redact import prefilterhs
from wbdiag.redact.prefilter import expressions
from wbdiag.redact.redactor import detector_groups

hyperscan = pytest.importorskip("hyperscan")

EXPRS = (b"pass(?:word)?=\\S+", b"token")
FLAGS = (hyperscan.HS_FLAG_CASELESS, 0)


@pytest.fixture(autouse=True)
def compile_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pattern set compiled once in the process: the other build's branch compiles every
    shipped set that `fresh` compiled already (the same bytes: the first test checks them)."""
    hsonce.compile_once(monkeypatch)


def _found(db: Any, data: bytes) -> list[int]:
    hits: list[int] = []
    db.scan(data, match_event_handler=lambda i, _s, _e, _f, _c: hits.append(i))
    return sorted(set(hits))


def _check_the_databases() -> None:
    """On the build the stamps record, every shipped database must be this build's compile of a
    shipped set: it fails after a change to a hint pattern or a rule's log pattern until
    `python -m wbdiag.hsstamp` records the databases again (the compile is deterministic: the
    same bytes); a database no shipped set compiles to is stale too. On any other build none is
    used: each set compiles as before, and the databases are reported as another build's (a
    warning, not a failure)."""
    fresh = hsdb.fresh()
    assert len(fresh) == 4  # the redactor's and the gate's hints; the pack's two scan databases
    on_disk = {p.name.removesuffix(hsdb.SUFFIX): p for p in hsdb.directory().glob("*")}
    stale = hsstamp.stale_build()
    if stale is None:
        assert set(on_disk) == set(fresh), "stale: run python -m wbdiag.hsstamp"
        for name, raw in fresh.items():
            assert lzma.decompress(on_disk[name].read_bytes()) == raw, "stale: run hsstamp"
        return
    assert not set(on_disk) & set(fresh)  # the key covers the build: no file is this build's
    built = hsdb.host(hyperscan).split(b"\0")[0]
    for exprs, flags in hsdb.shipped_sets():
        assert hsdb.recorded(hyperscan, exprs, flags) is None
        db = hsdb.compiled(hyperscan, exprs, flags)  # compiled here, as at start
        assert db.info() == built
    warnings.warn(stale, stacklevel=1)


def test_every_shipped_database_is_this_build_s_compile() -> None:
    _check_the_databases()


def test_on_another_build_the_databases_compile_and_are_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another build, as the databases' keys see one (another machine): the branch the test
    above takes on any host unlike the one that stamped."""
    here = hsdb.host(hyperscan)
    monkeypatch.setattr(hsdb, "host", lambda _hs: here + b" (another)")
    with pytest.warns(UserWarning, match="made on another build"):
        _check_the_databases()
    # the redactor's hint database compiled here scans as the shipped one does
    exprs, _ = expressions(detector_groups())
    db = hsdb.compiled(hyperscan, exprs, [prefilterhs.HINT_FLAGS] * len(exprs))
    assert _found(db, b"password=hunter2\n")


def test_the_redactor_s_hint_database_is_loaded_not_compiled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exprs, _ = expressions(detector_groups())

    def no_compile(*_args: object) -> None:
        raise AssertionError("compiled, though the package ships it")

    monkeypatch.setattr(hsdb, "compile_now", no_compile)
    db, _ = prefilterhs._keyed_db(tuple(exprs))
    assert db.info() == hsdb.host(hyperscan).split(b"\0")[0]
    assert _found(db, b"password=hunter2\n")  # (a scan naming no scratch: the database's own)


def _served(monkeypatch: pytest.MonkeyPatch, packed: bytes) -> list[str]:
    """The package serves `packed` under every name; the names asked for."""
    asked: list[str] = []

    def read(name: str) -> bytes:
        asked.append(name)
        return packed

    monkeypatch.setattr(hsdb, "_read", read)
    return asked


@pytest.mark.parametrize(
    "packed",
    [
        b"not xz at all",
        lzma.compress(b"not a database"),
        # a real database cut short
        lzma.compress(hyperscan.dumpb(hsdb.compile_now(hyperscan, EXPRS, FLAGS))[:-64]),
    ],
    ids=["not-xz", "not-a-database", "truncated"],
)
def test_a_corrupt_database_is_compiled_afresh(
    monkeypatch: pytest.MonkeyPatch, packed: bytes
) -> None:
    asked = _served(monkeypatch, packed)
    assert hsdb.recorded(hyperscan, EXPRS, FLAGS) is None
    db = hsdb.compiled(hyperscan, EXPRS, FLAGS)
    assert asked == [hsdb.key(hyperscan, EXPRS, FLAGS)] * 2
    assert _found(db, b"x PASSWORD=hunter2 y\nthe token\n") == [0, 1]


def test_a_database_of_other_patterns_is_never_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The files are named by the key of what they hold: another pattern set's database is not
    where this set's is looked for."""
    other = hsdb.compile_now(hyperscan, (b"nothing",), (0,))
    recorded = {hsdb.key(hyperscan, (b"nothing",), (0,)): lzma.compress(hyperscan.dumpb(other))}
    monkeypatch.setattr(hsdb, "_read", recorded.get)
    assert hsdb.recorded(hyperscan, (b"nothing",), (0,)) is not None
    assert hsdb.recorded(hyperscan, EXPRS, FLAGS) is None
    assert _found(hsdb.compiled(hyperscan, EXPRS, FLAGS), b"token") == [1]


def test_a_database_built_for_another_host_is_compiled_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A database under the right name that describes itself as another build's or CPU's (a
    file copied in by hand) is not used."""
    _served(monkeypatch, lzma.compress(hyperscan.dumpb(hsdb.compile_now(hyperscan, EXPRS, FLAGS))))
    assert hsdb.recorded(hyperscan, EXPRS, FLAGS) is not None
    monkeypatch.setattr(
        hsdb, "host", lambda _hs: b"Version: 5.4.12 Features: AVX512 Mode: BLOCK\x000.9.1\x00x86_64"
    )
    assert hsdb.recorded(hyperscan, EXPRS, FLAGS) is None


def test_the_key_covers_patterns_flags_and_host(monkeypatch: pytest.MonkeyPatch) -> None:
    base = hsdb.key(hyperscan, EXPRS, FLAGS)
    assert base == hsdb.key(hyperscan, EXPRS, FLAGS)
    assert base != hsdb.key(hyperscan, EXPRS[::-1], FLAGS[::-1])  # order: the ids
    assert base != hsdb.key(hyperscan, EXPRS, (0, 0))
    assert base != hsdb.key(hyperscan, (*EXPRS, b"x"), (*FLAGS, 0))
    monkeypatch.setattr(hsdb, "host", lambda _hs: b"Version: 5.4.11 Features:  Mode: BLOCK")
    assert base != hsdb.key(hyperscan, EXPRS, FLAGS)
