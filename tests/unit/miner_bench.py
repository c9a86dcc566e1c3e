"""Measures the masking miner (and Drain3, when installed) on a synthetic log:
`python -m tests.unit.miner_bench [LINES]`; the numbers are in wbdiag/rules/unrecognised.py's
docstring. Not a test."""

from __future__ import annotations

import json
import random
import sys
import time
import uuid
from collections.abc import Callable

from tests.unit.unrecognised_support import LOG
from wbdiag.rules.unrecognised import TemplateMiner, mask, message_of


def _name(r: random.Random) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz-") for _ in range(r.randint(3, 12)))


def _ip(r: random.Random) -> str:
    return ".".join(str(r.randint(1, 254)) for _ in range(4))


def _pod_suffix(r: random.Random, n: int) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


Gen = Callable[[random.Random], str]
SYNTHETIC: list[Gen] = [
    lambda r: f'failed to upload "{_name(r)}.json" to bucket: status {r.choice([403, 404, 500])}',
    lambda r: f"dial tcp {_ip(r)}:{r.randint(1024, 65535)}: connect: connection reset by peer",
    lambda r: f"dial tcp {_ip(r)}:{r.randint(1024, 65535)}: connect: no route to host",
    lambda r: f"dial tcp {_ip(r)}:{r.randint(1024, 65535)}: i/o timeout",
    lambda r: f"run {uuid.UUID(int=r.getrandbits(128))} not found in project {r.randint(1, 999)}",
    lambda r: (
        f"query took {r.randint(1000, 90000)}ms: SELECT * FROM runs WHERE = {r.randint(1, 10**9)}"
    ),
    lambda r: f"cannot open /vol/minio/{_name(r)}/{_name(r)}: permission denied",
    lambda r: f"request {r.getrandbits(64):016x} failed after {r.randint(1, 9)} retries",
    lambda r: f"invalid api key for user '{_name(r)}'",
    lambda r: (
        f"artifact {r.getrandbits(40):010x}x{r.randint(1, 99)} digest mismatch: "
        f"expected {r.getrandbits(128):032x}"
    ),
    lambda r: f'GraphQL error: field "{_name(r)}" not found on type "{_name(r)}"',
    lambda r: (
        "Error 1205 (HY000): Lock wait timeout exceeded; try restarting transaction "
        f"(conn {r.randint(1, 500)})"
    ),
    lambda r: f"Error 1062 (23000): Duplicate entry '{r.randint(1, 10**6)}' for key 'PRIMARY'",
    lambda r: f"context deadline exceeded while calling {_ip(r)}:{r.randint(80, 9000)}",
    lambda r: f"worker {r.randint(1, 64)} crashed: exit code {r.randint(1, 255)}",
    lambda r: (
        f"filestream: upload of chunk {r.randint(1, 10**5)} for run "
        f"{r.getrandbits(32):08x}abc failed"
    ),
    lambda r: f"redis: connection pool timeout after {r.randint(1, 30)}s",
    lambda r: (
        f"license check failed at {r.randint(2020, 2030)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}"
        f"T0{r.randint(0, 9)}:00:00Z"
    ),
    lambda r: f"s3: PUT s3://wandb-{_name(r)}/{_name(r)}/{_name(r)} returned 503 SlowDown",
    lambda r: f"user={_name(r)} entity={_name(r)} quota exceeded by {r.randint(1, 10**9)} bytes",
    lambda r: f"parquet export of history for run {uuid.UUID(int=r.getrandbits(128))} failed: EOF",
    lambda r: (
        f"template render failed for report {r.randint(1, 99999)} at line {r.randint(1, 400)}"
    ),
    lambda r: f"webhook to https://hooks.{_name(r)}.com/x/{r.randint(1, 999)} timed out",
    lambda r: f"sweep {r.getrandbits(32):08x}z agent {r.randint(1, 99)} heartbeat missing",
    lambda r: (
        f"slow request: {r.randint(5, 60)}.{r.randint(0, 9)}s for GET "
        f"/api/v1/runs/{r.randint(1, 10**6)}"
    ),
    lambda r: (
        f"could not acquire lock '{_name(r)}' held by pod "
        f"wandb-app-{_pod_suffix(r, 9)}-{_pod_suffix(r, 5)}"
    ),
    lambda r: f"unexpected status 502 from weave at {_ip(r)}:{r.randint(1000, 9999)}",
    lambda r: f"file {r.randint(1, 10**6)} of {r.randint(10**6, 10**7)} missing checksum",
    lambda r: f"SMTP send to <{_name(r)}@example.com> failed: 550",
    lambda r: (
        f"OIDC token from https://login.{_name(r)}.com rejected: expired {r.randint(1, 600)}s ago"
    ),
    lambda r: f"mysql: replica lag {r.randint(10, 9999)}s exceeds threshold",
    lambda r: (
        f"bucket notification queue depth {r.randint(1000, 10**6)} exceeds {r.randint(100, 999)}"
    ),
    lambda r: f"cannot resolve host {_name(r)}.internal: no such host",
    lambda r: f"kafka partition {r.randint(0, 63)} offset {r.randint(1, 10**9)} out of range",
    lambda r: f"gc pause of {r.randint(100, 9000)}ms exceeded budget",
    lambda r: (
        f"duplicate artifact alias 'v{r.randint(1, 999)}' on collection {r.randint(1, 10**5)}"
    ),
    lambda r: f"TLS handshake with {_ip(r)}:443 failed: remote error: tls: bad certificate",
    lambda r: f"history row {r.randint(1, 10**7)} too large: {r.randint(10**6, 10**8)} bytes",
    lambda r: f"usage report job {r.getrandbits(48):012x} failed: context canceled",
    lambda r: f"run queue {_name(r)} is paused; dropping item {r.randint(1, 10**6)}",
]


def synthetic_log(n: int, seed: int = 7) -> list[tuple[int, str]]:
    """(true template index, line) in the formats a bundle holds: docker-prefixed plain and JSON,
    Go log, Python logging."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        k = r.randrange(len(SYNTHETIC))
        msg = SYNTHETIC[k](r)
        stamp = f"2026-11-28T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}.{i:09d}Z"
        form = k % 4
        if form == 0:
            line = f'{stamp} {{"level":"error","ts":"{stamp}","msg":{json.dumps(msg)}}}'
        elif form == 1:
            line = f"{stamp} 2026/11/28 10:00:00 ERROR {msg}"
        elif form == 2:
            line = f"2026-11-28 10:00:{i % 60:02d},123 ERROR   Sender:{r.randint(1, 999)} {msg}"
        else:
            line = f"{stamp} level=error msg={json.dumps(msg)}"
        out.append((k, line))
    return out


def _quality(assign: list[tuple[int, str]]) -> tuple[int, int, int]:
    """(templates, templates mixing true ones, true templates split over several)."""
    by_template: dict[str, set[int]] = {}
    by_truth: dict[int, set[str]] = {}
    for truth, template in assign:
        by_template.setdefault(template, set()).add(truth)
        by_truth.setdefault(truth, set()).add(template)
    impure = sum(1 for v in by_template.values() if len(v) > 1)
    split = sum(1 for v in by_truth.values() if len(v) > 1)
    return len(by_template), impure, split


def bench(n: int) -> None:
    """CPU seconds (the machine may be shared) and template quality, miner vs Drain3."""
    data = synthetic_log(n)
    truth = [k for k, _ in data]
    print(f"synthetic log: {n} lines, {len(SYNTHETIC)} true templates")

    t0 = time.process_time()
    miner = TemplateMiner()
    for i, (_, line) in enumerate(data):
        miner.observe(LOG, i + 1, line, False)
    dt = time.process_time() - t0
    src = miner._sources[LOG]
    # each line's final template: mask it again, then follow the fold
    bodies = []
    for _, line in data:
        body = line.split(" ", 1)[1] if line[:4].isdigit() and line[10] == "T" else line
        start = body.find("{")
        obj = json.loads(body[start:]) if 0 <= start < 80 and body.endswith("}") else None
        bodies.append(message_of(body, obj))
    final = [src.alias.get(t, t) for t in map(mask, bodies)]
    q = _quality(list(zip(truth, final, strict=True)))
    print(
        f"TemplateMiner.observe (JSON/logfmt extraction, level check, masking, fold, time, rates):"
        f" {dt:.2f} s CPU, {n / dt:,.0f} lines/s; templates {q[0]}, impure {q[1]}, split {q[2]}"
    )

    t0 = time.process_time()
    for b in bodies:
        mask(b)
    dt = time.process_time() - t0
    print(f"masking alone on the extracted messages: {dt:.2f} s CPU, {n / dt:,.0f} lines/s")

    try:
        from drain3 import TemplateMiner as Drain  # type: ignore[import-not-found]
        from drain3.masking import MaskingInstruction  # type: ignore[import-not-found]
        from drain3.template_miner_config import (  # type: ignore[import-not-found]
            TemplateMinerConfig,
        )
    except ImportError:
        print("drain3 not installed: pip install drain3 to compare")
        return
    from wbdiag.rules.masks import _MASKS

    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.drain_sim_th = 0.4
    config.drain_depth = 4
    # the same masks, each replacing its whole match (Drain has no group references), but for
    # the whitespace one
    config.masking_instructions = [MaskingInstruction(rx.pattern, "*") for _, rx, _ in _MASKS[:-1]]
    drain = Drain(config=config)
    t0 = time.process_time()
    ids = [drain.add_log_message(b)["cluster_id"] for b in bodies]
    dt = time.process_time() - t0
    q = _quality([(k, str(c)) for k, c in zip(truth, ids, strict=True)])
    print(
        f"drain3 on the extracted messages: {dt:.2f} s CPU, {n / dt:,.0f} lines/s; "
        f"templates {q[0]}, impure {q[1]}, split {q[2]}"
    )


if __name__ == "__main__":
    bench(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
