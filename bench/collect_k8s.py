"""`wbdiag collect` of a W&B namespace on Kubernetes (N pods x M MiB of container log) against
reading the same logs from the same API server and compressing them in one pipeline:
`curl … | gzip -6` and `curl … | pigz -6`.

The API server is the tests' fake (tests/servers/fake_k8s.py) with a scenario added here: the
`healthy` W&B release plus N pods of the app component, each with one container whose log is a
bench/make_bundle.py "api-pod" mix (gorilla JSON and Go log lines, kubelet timestamps) with
secrets from the redaction corpus planted one line in 2000. To keep the bench's own memory and
start-up small, DISTINCT logs are made and pod i serves log i % DISTINCT; each body is held in
memory and sent in one write. Both sides read it the same way (one GET per container log,
`timestamps=true`), so the server's speed counts for both.

Each command runs once per round, rounds interleaved; the table keeps the fastest wall time and
the lowest CPU time of each, and the largest peak RSS: the sum over the command's process tree,
sampled from /proc every 10 ms (bench/run.py's sampler). It checks that no planted secret is in
the bundle. Results: stdout (a Markdown table) and bench/data/collect-results.jsonl.

    python bench/collect_k8s.py --pods 40 --mib 20
    python bench/collect_k8s.py --pods 80 --mib 20 --rounds 1 --no-baselines
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import os
import random
import shlex
import sys
import tarfile
import tempfile
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from make_bundle import ERROR_RATE, KINDS, make_log  # noqa: E402
from redact import CORPUS, PLANT_EVERY  # noqa: E402
from run import measure  # noqa: E402

from tests.servers import (  # noqa: E402
    fake_k8s,
    fake_k8s_api,
    fake_k8s_requests,
    fake_k8s_scenarios,
    fake_k8s_users,
)

SCENARIO = "bench"
NAMESPACE = fake_k8s_scenarios.DEFAULT_NAMESPACE
TEMPLATE_POD = "wandb-app"  # the healthy release's app pod (its Deployment's pod name prefix)
CONTAINER = "app"


def planted_body(mib: int, seed: int) -> tuple[bytes, list[str]]:
    """A pod log as the API serves it with timestamps=true, and the secrets planted in it
    (made once, then read from bench/data/)."""
    cached = HERE / "data" / f"k8s-pod-log-{mib}MiB-{seed}.log"
    planted = cached.with_suffix(".secrets.json")
    if cached.exists() and planted.exists():
        return cached.read_bytes(), json.loads(planted.read_text())
    body, secrets = _make_body(mib, seed)
    cached.parent.mkdir(exist_ok=True)
    cached.write_bytes(body)
    planted.write_text(json.dumps(secrets))
    return body, secrets


def _make_body(mib: int, seed: int) -> tuple[bytes, list[str]]:
    rng = random.Random(seed)
    lines = make_log(rng, KINDS["api-pod"], mib << 20, ERROR_RATE).decode().split("\n")
    lines.pop()
    records = [json.loads(x) for x in CORPUS.read_text().splitlines()]
    singles = [r for r in records if len(r["lines"]) == 1]
    secrets: list[str] = []
    for i in range(PLANT_EVERY // 2, len(lines), PLANT_EVERY):
        rec = singles[rng.randrange(len(singles))]
        stamp = lines[i].split(" ", 1)[0]
        lines[i] = f"{stamp} {rec['lines'][0]}"
        secrets.extend(rec["secrets"])
    return ("\n".join(lines) + "\n").encode(), secrets


class BenchApi(fake_k8s_api.FakeApiServer):
    """The fake API server, serving the bench pods' logs from prepared bodies."""

    def __init__(self, *args: Any, bodies: Mapping[str, bytes], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.bodies = bodies

    def _pod_log(self, sc: Any, pod: dict[str, Any], q: Mapping[str, str]) -> Any:
        body = self.bodies.get(pod["metadata"]["name"]) if sc.name == SCENARIO else None
        if body is None:
            return super()._pod_log(sc, pod, q)
        if q.get("sinceSeconds") or q.get("sinceTime") or q.get("previous") == "true":
            raise fake_k8s_requests.bad_request("the bench serves whole current logs only")
        tail = q.get("tailLines")
        if tail is not None:  # the newest lines: search back from the end
            pos = len(body) - 1
            for _ in range(int(tail)):
                pos = body.rfind(b"\n", 0, pos)
                if pos < 0:
                    break
            body = body[pos + 1 :]
        if q.get("limitBytes"):
            body = body[: int(q["limitBytes"])]
        return fake_k8s_requests.Response(200, body, "text/plain")


def bench_scenario(
    base: fake_k8s_scenarios.Scenario, pods: int
) -> tuple[fake_k8s_scenarios.Scenario, list[str]]:
    """`base` with `pods` more app pods (one container each, running, on a node)."""
    objects = {rt: list(items) for rt, items in base.objects.items()}
    pod_type = next(rt for rt in objects if rt.plural == "pods")
    template = next(p for p in objects[pod_type] if p["metadata"]["name"].startswith(TEMPLATE_POD))
    names = []
    for i in range(pods):
        pod = copy.deepcopy(template)
        name = f"wandb-app-bench-{i:03d}"
        pod["metadata"]["name"] = name
        pod["metadata"]["uid"] = f"00000000-0000-4000-8000-{i:012d}"
        pod["spec"].pop("initContainers", None)
        pod["status"].pop("initContainerStatuses", None)
        pod["spec"]["containers"] = [c for c in pod["spec"]["containers"] if c["name"] == CONTAINER]
        pod["status"]["containerStatuses"] = [
            s for s in pod["status"].get("containerStatuses") or [] if s["name"] == CONTAINER
        ]
        objects[pod_type].append(pod)
        names.append(name)
    return dataclasses.replace(base, name=SCENARIO, objects=objects), names


def start_server(
    workdir: Path, pods: int, bodies: list[bytes]
) -> tuple[fake_k8s.FakeK8s, list[str]]:
    server = fake_k8s.FakeK8s(workdir)
    scenario, names = bench_scenario(server.scenarios["healthy"], pods)
    server.scenarios[SCENARIO] = scenario
    by_pod = {name: bodies[i % len(bodies)] for i, name in enumerate(names)}
    server.app = BenchApi(
        server.scenarios,
        {server.tokens[ctx]: user for ctx, user in server.users.items()},
        server.policies,
        bodies=by_pod,
    )
    server.start()
    return server, names


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pods", type=int, default=40)
    ap.add_argument("--mib", type=int, default=20, help="log size per pod")
    ap.add_argument("--distinct", type=int, default=8, help="different logs among the pods")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-baselines", action="store_true", help="wbdiag only")
    args = ap.parse_args()

    made = [planted_body(args.mib, seed) for seed in range(min(args.distinct, args.pods))]
    bodies = [b for b, _ in made]
    secrets = sorted({s for _, ss in made for s in ss})
    total = sum(len(bodies[i % len(bodies)]) for i in range(args.pods))
    (HERE / "data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=HERE / "data") as tmp_name:
        tmp = Path(tmp_name)
        server, names = start_server(tmp, args.pods, bodies)
        try:
            kubeconfig = server.write_kubeconfig(tmp / "kubeconfig", SCENARIO)
            token = server.tokens[fake_k8s_users.CTX_ADMIN]
            base = server.url(SCENARIO)
            urls = " ".join(
                shlex.quote(
                    f"{base}/api/v1/namespaces/{NAMESPACE}/pods/{n}/log"
                    f"?container={CONTAINER}&timestamps=true"
                )
                for n in names
            )
            curl = f"curl -sf -H 'Authorization: Bearer {token}' {urls}"
            cap = str(max(len(b) for b in bodies) + (4 << 20))  # nothing cut
            commands: list[tuple[str, list[str] | None]] = []
            if not args.no_baselines:
                commands.append(
                    ("curl | gzip -6", ["/bin/sh", "-c", f"{curl} | gzip -6 > {tmp}/g.gz"])
                )
                commands.append(
                    ("curl | pigz -6", ["/bin/sh", "-c", f"{curl} | pigz -6 > {tmp}/p.gz"])
                )
            commands.append(("wbdiag collect", None))
            best: dict[str, dict[str, Any]] = {}
            for rnd in range(args.rounds):
                for what, argv in commands:
                    out = tmp / f"bundle-{rnd}.tgz"
                    if argv is None:
                        argv = [
                            sys.executable, "-m", "wbdiag", "collect", "--kubeconfig",
                            str(kubeconfig), "--context", fake_k8s_users.CTX_ADMIN, "-n", NAMESPACE,
                            "--no-docker", "--no-probes", "--log-cap", cap, "-o", str(out),
                        ]  # fmt: skip
                    wall, cpu, tree, _single, code = measure(argv, {}, None)[:5]
                    if code != 0:
                        raise SystemExit(f"{what} failed with exit code {code}")
                    row = best.setdefault(what, {"wall_s": wall, "cpu_s": cpu, "rss_mib": tree})
                    row["wall_s"] = min(row["wall_s"], wall)
                    row["cpu_s"] = min(row["cpu_s"], cpu)
                    row["rss_mib"] = max(row["rss_mib"], tree)
                    if argv[0] == sys.executable:
                        row["bundle_mib"] = out.stat().st_size / 2**20
                        row["leaked"] = leaked(out, secrets)
                        row["logs"] = logs_in(out)
                        out.unlink()
                    print(f"round {rnd + 1}: {what}: {wall:.1f} s wall, {cpu:.1f} s CPU, "
                          f"{tree:.0f} MiB (load {load()})", file=sys.stderr)  # fmt: skip
        finally:
            server.stop()
    print_table(args, total, best, len(secrets))
    return 0


def leaked(bundle: Path, secrets: list[str]) -> int:
    found = set()
    with tarfile.open(bundle) as tar:
        for member in tar:
            fh = tar.extractfile(member)
            if fh is None:
                continue
            data = fh.read()
            found.update(s for s in secrets if s.encode() in data)
    return len(found)


def logs_in(bundle: Path) -> int:
    with tarfile.open(bundle) as tar:
        return sum(1 for n in tar.getnames() if "app-bench" in n and n.endswith(".log"))


def print_table(
    args: argparse.Namespace, total: int, best: dict[str, dict[str, Any]], planted: int
) -> None:
    base = best.get("curl | gzip -6")
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"\n{args.pods} pods x {args.mib} MiB ({total / 2**20:.0f} MiB of log), "
          f"{os.cpu_count()} cores, load average {load()} at the end, {when}\n")  # fmt: skip
    print(
        "| command | wall | CPU | peak RSS (tree) | wall / gzip -6 | bundle | planted secrets left |"
    )
    print("|---|---|---|---|---|---|---|")
    rows = []
    for what, r in best.items():
        ratio = f"{r['wall_s'] / base['wall_s']:.2f}x" if base else "—"
        bundle = f"{r['bundle_mib']:.0f} MiB ({r['logs']} pod logs)" if "bundle_mib" in r else ""
        left = f"{r['leaked']} of {planted}" if "leaked" in r else ""
        print(f"| {what.replace('|', chr(92) + '|')} | {r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['rss_mib']:.0f} MiB "
              f"| {ratio} | {bundle} | {left} |")  # fmt: skip
        rows.append({"bench": "collect_k8s", "pods": args.pods, "log_mib": round(total / 2**20),
                     "what": what, **{k: round(v, 2) if isinstance(v, float) else v
                                      for k, v in r.items()}, "load": load()})  # fmt: skip
    with (HERE / "data" / "collect-results.jsonl").open("a") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
