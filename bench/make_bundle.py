"""Generate a synthetic but W&B-like support bundle for benchmarking `wbdiag analyze`.

    python bench/make_bundle.py                    # 256 MiB of logs -> bench/data/bundle-256MiB.tgz
    python bench/make_bundle.py --size 1GiB
    python bench/make_bundle.py --size 64MiB --out /tmp/b.tgz

The bundle follows docs/bundle-format.md (a .tgz whose members sit under `wbdiag-bundle/`, a
manifest first, logs under the docker and kubernetes paths the collectors write). The logs mix, by
line count: docker/kubelet-timestamped gorilla JSON lines, Go `log` lines, nginx access lines,
MySQL 8 error-log lines, about 0.5 % error-level lines (what the unrecognised-error miner sees), one
line in ~5000 that a failure signature matches (bench/patterns.py) and a Go panic with its goroutine
trace every ~200k lines. Deterministic for a given --seed and --size.

The tar is written directly with tarfile into the gzip stream `collect` packs with
(wbdiag/bundle/compress.py: ISA-L level 2 where isal is installed, else zlib level 6): a log member
is generated in memory (at most --file-size) and added, so memory stays bounded whatever the size.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tarfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wbdiag.bundle import layout  # noqa: E402
from wbdiag.bundle.compress import gzip_writer  # noqa: E402
from wbdiag.bundle.manifest import (  # noqa: E402
    CollectorRecord,
    CollectorStatus,
    DeploymentMode,
    FileRecord,
    Manifest,
)

DATA = Path(__file__).resolve().parent / "data"
START = datetime(2026, 11, 28, 0, 0, 0, tzinfo=timezone.utc)

_UNITS = {"": 1, "b": 1, "k": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mib": 1 << 20}
_UNITS |= {"g": 1 << 30, "gib": 1 << 30, "kb": 1000, "mb": 10**6, "gb": 10**9}


def parse_size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", text)
    if not m or m.group(2).lower() not in _UNITS:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 64MiB, 1GiB)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def size_label(n: int) -> str:
    if n % (1 << 30) == 0:
        return f"{n >> 30}GiB"
    if n % (1 << 20) == 0:
        return f"{n >> 20}MiB"
    return f"{n}B"


# -- line generators -------------------------------------------------------------------------
# Each takes (rng, t) and returns one line without its newline (and without a timestamp prefix).

_HEX = "0123456789abcdef"
_K8S = "bcdfghjklmnpqrstvwxz2456789"
_PATHS = ["/graphql", "/api/v1/runs", "/files/upload", "/healthz", "/ready", "/console", "/ws"]
_OPS = ["RunsQuery", "ProjectPage", "UpsertBucket", "CreateArtifact", "Viewer", "RunFiles"]
_USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"]
_AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
    "python-requests/2.31.0",
    "wandb/0.16.1 (python 3.10.12; linux)",
    "Go-http-client/1.1",
    "kube-probe/1.28",
]


def _hex(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


class Stamps:
    """A line's time in the forms the generators print. Pooled lines hold markers instead,
    replaced per line (formatting a time is most of a line's cost)."""

    def __init__(self, iso: str, go: str, clf: str) -> None:
        self.iso, self.go, self.clf = iso, go, clf


MARKS = Stamps("~~I~~", "~~G~~", "~~C~~")  # printable: json.dumps must keep them


def stamps(t: datetime) -> Stamps:
    return Stamps(
        f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z",
        f"{t:%Y/%m/%d %H:%M:%S}",
        f"{t:%d/%b/%Y:%H:%M:%S} +0000",
    )


def _ip(rng: random.Random) -> str:
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def gorilla_json(rng: random.Random, t: Stamps) -> str:
    level = "info" if rng.random() < 0.9 else "debug"
    status = rng.choice((200, 200, 200, 200, 201, 204, 304, 404))
    return json.dumps(
        {
            "level": level,
            "time": t.iso,
            "caller": f"gorilla/{rng.choice(['graphql', 'api', 'files', 'auth'])}.go:{rng.randrange(40, 900)}",
            "msg": rng.choice(["request", "request finished", "resolved query", "cache hit"]),
            "method": rng.choice(["GET", "POST", "PUT"]),
            "path": rng.choice(_PATHS),
            "op": rng.choice(_OPS),
            "status": status,
            "duration_ms": round(rng.random() * 200, 3),
            "user": rng.choice(_USERS),
            "request_id": _hex(rng, 32),
        },
        separators=(",", ":"),
    )


def go_log(rng: random.Random, t: Stamps) -> str:
    msg = rng.choice(
        [
            f"local: uploaded run-{_hex(rng, 8)}/files/output.log ({rng.randrange(100, 10**6)} bytes)",
            f"local: flushed {rng.randrange(1, 500)} history rows for run {_hex(rng, 8)}",
            f"scheduler: queue depth {rng.randrange(0, 50)}, workers {rng.randrange(1, 16)}",
            f"cache: redis GET hit ratio {rng.random():.3f}",
            f"filestream: received {rng.randrange(1, 80)} chunks from {_ip(rng)}",
        ]
    )
    return f"{t.go} {msg}"


def nginx_access(rng: random.Random, t: Stamps) -> str:
    method, path = rng.choice(
        [
            ("POST", "/graphql"),
            ("GET", "/api/v1/runs/" + _hex(rng, 8)),
            ("PUT", "/files/upload"),
            ("GET", "/healthz"),
            ("GET", "/static/js/main." + _hex(rng, 8) + ".js"),
        ]
    )
    status = rng.choice((200, 200, 200, 200, 201, 204, 301, 304, 404))
    return (
        f'{_ip(rng)} - - [{t.clf}] "{method} {path} HTTP/1.1" {status} '
        f'{rng.randrange(0, 90000)} "https://wandb.example.com/" "{rng.choice(_AGENTS)}" '
        f"{rng.random():.3f} {rng.random():.3f}"
    )


def mysql_line(rng: random.Random, t: Stamps) -> str:
    thread = rng.randrange(0, 2000)
    body = rng.choice(
        [
            f"[Note] [MY-010914] [Server] Aborted connection {thread} to db: 'wandb_local' user: "
            f"'wandb_local' host: '{_ip(rng)}' (Got an error reading communication packets).",
            "[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: "
            "'8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
            # as MySQL 8.0.34 and later logs it at each login through mysql_native_password
            "[Warning] [MY-013360] [Server] Plugin mysql_native_password reported: "
            "''mysql_native_password' is deprecated and will be removed in a future release. "
            "Please use caching_sha2_password instead'",
            f"[Note] [MY-011953] [InnoDB] Page cleaner took {rng.randrange(4000, 9000)}ms to flush "
            f"{rng.randrange(10, 900)} pages",
        ]
    )
    return f"{t.iso} {thread} {body}"


# Error-level lines no rule explains: the miner's food (40 templates, varying values).
def error_line(rng: random.Random, t: Stamps) -> str:
    k = rng.randrange(8)
    if k < 4:
        msg = [
            f"failed to flush history for run {_hex(rng, 8)}: context canceled",
            f"graphql: resolver {rng.choice(_OPS)} failed: record not found",
            f"artifact {_hex(rng, 12)} digest mismatch: expected {_hex(rng, 32)}",
            f"could not acquire lock on run {_hex(rng, 8)} after {rng.randrange(2, 30)} attempts",
        ][k]
        return json.dumps(
            {
                "level": "error",
                "time": t.iso,
                "caller": f"gorilla/runs.go:{rng.randrange(40, 900)}",
                "msg": msg,
                "request_id": _hex(rng, 32),
            },
            separators=(",", ":"),
        )
    if k == 4:
        return f"{t.go} [error] {rng.randrange(1, 99)}#0: *{rng.randrange(10**6)} upstream prematurely closed connection while reading response header from upstream, client: {_ip(rng)}"
    if k == 5:
        return f"{t.iso} {rng.randrange(2000)} [ERROR] [MY-013183] [InnoDB] Assertion failure: ut0ut.cc:{rng.randrange(100, 700)} thread {rng.randrange(10**12)}"
    if k == 6:
        return f"ERROR: worker {rng.randrange(1, 64)} exited with status {rng.randrange(1, 3)} while processing job {_hex(rng, 10)}"
    return f'time="{t.iso}" level=error msg="export failed" run={_hex(rng, 8)} err="EOF"'


# Lines a failure signature matches (bench/patterns.py lists the patterns).
SIGNATURE_LINES = [
    "panic: dial tcp 127.0.0.1:3306: connect: connection refused",
    "[mysql] 2026/11/28 10:00:00 packets.go:36: read tcp 127.0.0.1:49070->127.0.0.1:3306: i/o timeout",
    "Failed to create timer notify thread (errno= 1).",
    "panic: Dirty database version 5. Fix and force version.",
    "Unable to start backend, see logs at /var/logs. Trying again in 1 minute",
    "Error 1054: Unknown column 'user_info_text' in 'field list'",
    "mkdir: cannot create directory '/vol/env': Permission denied",
    "PermissionError: [Errno 13] Permission denied: '/etc/container_environment/PATH'",
    "ERROR Unable to initialize backend: mkdir /vol/minio/.minio.sys/tmp/abc: permission denied",
    "Cross-device mounts detected on path (/vol/minio)",
    "507 Server Error: Insufficient Storage for url: http://localhost:9000/wandb",
    "!!! Error while downloading settings from external bucket specified in env var BUCKET",
    "NOAUTH Authentication required.",
    "Invalid License square/go-jose: compact JWS format must have three parts",
    "You need a license for this instance of W&B Local",
    "request origin not allowed: http://127.0.0.1:8080",
    "<Code>SignatureDoesNotMatch</Code>",
    "x509: certificate signed by unknown authority",
    "Error 1045 (28000): Access denied for user 'wandb_local'@'10.0.0.7' (using password: YES)",
    "Error 1038: Out of sort memory, consider increasing server sort buffer size",
    "Failed to get spec from deployer: dial tcp: lookup deploy.wandb.ai: network is unreachable",
    '"level":"error","msg":"upstream error","error":"504 Gateway Time-out"',
]


def signature_line(rng: random.Random, t: Stamps) -> str:
    return rng.choice(SIGNATURE_LINES)


def go_panic(rng: random.Random, t: Stamps) -> list[str]:
    addr = _hex(rng, 6)
    return [
        rng.choice(
            [
                "panic: dial tcp 10.152.243.127:0: i/o timeout",
                "panic: runtime error: invalid memory address or nil pointer dereference",
                "panic: NoSuchBucket: The specified bucket does not exist",
            ]
        ),
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1d2a3f]",
        "",
        "goroutine 1 [running]:",
        "github.com/wandb/core/services/gorilla/cmd.RequiredCache(0xc000123450, 0x1)",
        "\t/go/src/github.com/wandb/core/services/gorilla/cmd/cache.go:52 +0x2b4",
        "main.main()",
        "\t/go/src/github.com/wandb/core/services/gorilla/cmd/gorilla/main.go:36 +0x1d",
        f"goroutine 17 [chan receive, {rng.randrange(1, 90)} minutes]:",
        f"github.com/wandb/core/pkg/queue.(*Worker).run(0xc000{addr})",
        "\t/go/src/github.com/wandb/core/pkg/queue/worker.go:88 +0x9c",
        "created by github.com/wandb/core/pkg/queue.Start in goroutine 1",
        "\t/go/src/github.com/wandb/core/pkg/queue/worker.go:41 +0x1a5",
        "exit status 2",
    ]


# -- log files ---------------------------------------------------------------------------------
Gen = Callable[[random.Random, Stamps], str]


class Kind:
    """A log file flavour: the normal line mix and whether lines carry docker's timestamp."""

    def __init__(self, mix: list[tuple[Gen, float]], prefixed: bool) -> None:
        self.gens = [g for g, _ in mix]
        self.weights = [w for _, w in mix]
        self.prefixed = prefixed


KINDS = {
    # docker logs --timestamps of wandb/local: every service's output interleaved
    "docker": Kind([(gorilla_json, 5), (go_log, 2), (nginx_access, 3), (mysql_line, 1)], True),
    "gorilla": Kind([(gorilla_json, 1)], False),
    "local": Kind([(go_log, 1)], False),
    "mysql": Kind([(mysql_line, 1)], False),
    "api-pod": Kind([(gorilla_json, 4), (go_log, 1)], True),
    "nginx-pod": Kind([(nginx_access, 1)], True),
    "mysql-pod": Kind([(mysql_line, 1)], True),
}

ERROR_RATE = 0.005
SIGNATURE_EVERY = 5000
PANIC_EVERY = 200_000
# Normal lines come from a pool of this many generated variants per file (times filled in per
# line): 8000 lines of ~250 bytes is far beyond gzip's 32 KiB window, so compression stays
# realistic, and generation is ~10x faster than making every line from scratch.
POOL = 8_000


class _Clock:
    """Time moving forward ~10 ms a line; the formatted seconds are cached (most of the cost)."""

    def __init__(self, rng: random.Random) -> None:
        self.random = rng.random
        self.us = 0  # microseconds since START
        self._second = -1
        self._s = MARKS

    def tick(self) -> tuple[Stamps, str]:
        self.us += int(self.random() * 20_000) + 1
        sec, us = divmod(self.us, 1_000_000)
        if sec != self._second:
            self._second = sec
            self._s = stamps(START + timedelta(seconds=sec))
        iso = self._s.iso.replace(".000000", f".{us:06d}")
        nano = f"{iso[:-1]}{int(self.random() * 1000):03d}Z"  # docker's nanoseconds
        return Stamps(iso, self._s.go, self._s.clf), nano


def _fill(line: str, s: Stamps) -> str:
    if "~~" not in line:
        return line
    return line.replace(MARKS.iso, s.iso).replace(MARKS.go, s.go).replace(MARKS.clf, s.clf)


def make_log(rng: random.Random, kind: Kind, size: int, error_rate: float) -> bytes:
    """One log of about `size` bytes (whole lines)."""
    pool = [_fill(rng.choices(kind.gens, kind.weights)[0](rng, MARKS), MARKS) for _ in range(POOL)]
    clock = _Clock(rng)
    parts: list[str] = []
    written = 0
    p_panic = 1 / PANIC_EVERY
    p_sig = p_panic + 1 / SIGNATURE_EVERY
    p_err = p_sig + error_rate
    while written < size:
        s, nano = clock.tick()
        r = rng.random()
        if r < p_panic:
            lines = go_panic(rng, s)
        elif r < p_sig:
            lines = [signature_line(rng, s)]
        elif r < p_err:
            lines = [error_line(rng, s)]
        else:
            lines = [_fill(pool[int(rng.random() * POOL)], s)]
        for line in lines:
            text = f"{nano} {line}\n" if kind.prefixed else line + "\n"
            parts.append(text)
            written += len(text)  # ASCII: characters are bytes
    data = "".join(parts).encode()
    cut = data.rfind(b"\n", 0, size)
    return data[: cut + 1]


def plan(total: int, file_size: int) -> list[tuple[str, str, int]]:
    """(bundle path, kind, bytes) of each log, as the docker and kubernetes collectors name them."""
    slots = [
        (layout.docker_log("wandb-local"), "docker"),
        (layout.docker_file("wandb-local", "/var/log/gorilla.log"), "gorilla"),
        (layout.docker_file("wandb-local", "/var/log/local.log"), "local"),
        (layout.docker_file("wandb-local", "/var/log/mysql.log"), "mysql"),
    ]
    pods = [
        ("wandb-api", "api", "api-pod"),
        ("wandb-app", "app", "api-pod"),
        ("wandb-filestream", "filestream", "api-pod"),
        ("wandb-console", "console", "nginx-pod"),
        ("ingress-nginx-controller", "controller", "nginx-pod"),
        ("wandb-mysql", "mysql", "mysql-pod"),
    ]
    n = 0
    while len(slots) < max(4, -(-total // file_size)):
        base, container, kind = pods[n % len(pods)]
        suffix = "".join(random.Random(n).choices(_K8S, k=5))
        pod = f"{base}-7d9f8c6b5-{suffix}"
        slots.append((f"kubernetes/namespaces/wandb/logs/{pod}/{container}.log", kind))
        n += 1
    per = -(-total // len(slots))
    out = []
    left = total
    for path, kind in slots:
        size = min(per, left)
        if size <= 0:
            break
        out.append((path, kind, size))
        left -= size
    return out


def write_bundle(
    out: Path, total: int, file_size: int, seed: int, error_rate: float, quiet: bool = False
) -> Path:
    files = plan(total, file_size)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    docker_files = [FileRecord(p, s) for p, k, s in files if p.startswith("docker/")]
    k8s_files = [FileRecord(p, s) for p, k, s in files if p.startswith("kubernetes/")]
    manifest = Manifest(
        wbdiag_version="bench",
        collected_at=now,
        host="bench",
        deployment=DeploymentMode.DOCKER,
        wandb_host="https://wandb.example.com",
        collectors=[
            CollectorRecord("docker", CollectorStatus.OK, now, now, files=docker_files),
            CollectorRecord("kubernetes", CollectorStatus.OK, now, now, files=k8s_files),
        ],
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    started = time.monotonic()
    with gzip_writer(tmp) as gz, tarfile.open(fileobj=gz, mode="w|") as tar:
        _add(tar, layout.MANIFEST, manifest.to_json().encode())
        for i, (path, kind, size) in enumerate(files):
            data = make_log(random.Random(f"{seed}:{i}"), KINDS[kind], size, error_rate)
            _add(tar, path, data)
            if not quiet:
                print(f"  {path} ({len(data) >> 20} MiB)", file=sys.stderr)
    tmp.replace(out)
    if not quiet:
        took = time.monotonic() - started
        print(
            f"wrote {out} ({out.stat().st_size >> 20} MiB compressed, {took:.0f} s)",
            file=sys.stderr,
        )
    return out


def _add(tar: tarfile.TarFile, path: str, data: bytes) -> None:
    info = tarfile.TarInfo(f"{layout.ROOT_DIR}/{path}")
    info.size = len(data)
    info.mtime = int(START.timestamp())
    tar.addfile(info, io.BytesIO(data))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=parse_size, default=256 << 20, help="log bytes (default 256MiB)")
    ap.add_argument("--file-size", type=parse_size, default=48 << 20, help="max bytes per log")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--error-rate", type=float, default=ERROR_RATE)
    ap.add_argument("--out", type=Path, help="default: bench/data/bundle-<size>.tgz")
    ap.add_argument("--force", action="store_true", help="rewrite an existing bundle")
    args = ap.parse_args(argv)
    out = args.out or DATA / f"bundle-{size_label(args.size)}.tgz"
    if out.exists() and not args.force:
        print(f"{out} exists (--force to rewrite)", file=sys.stderr)
        return 0
    write_bundle(out, args.size, args.file_size, args.seed, args.error_rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
