"""Writes healthy-docker.tgz and broken-docker.tgz from a real `wbdiag collect` against a real
Docker engine: the one the tests use (tests/servers/dockerd.py), started by the fixture's own code.

    sudo python sample_bundles/collect_docker_sample.py     # or: make_samples.py --real-docker

Needs what the `dockerd` fixture needs: root, dockerd, containerd, runc and a static busybox
(scripts/install-test-deps.sh). Takes about half a minute. What is real and what is constructed is
listed in sample_bundles/README.md. In short:

- real: the Docker engine, its version and info answers, the containers and their inspect
  documents, their logs and the files inside them, the W&B settings discovered in their
  environment, redaction, the manifest — all written by the real DockerCollector and
  SettingsCollector through the real Runner. The containers run the busybox look-alike of
  wandb/local from the fixture: the text they print was written for it (broken: the fixture's
  own scenario; healthy: HEALTHY_SCRIPT below).
- constructed: mysql/*.json, probes/tls.json, probes/proxy.json and probes/storage.json, made by
  make_samples.py's functions and written through the same Runner by stand-in collectors (each
  says so in a manifest note): no MySQL 8, load balancer or object store runs here.

The bundles carry the time they were made (not reproducible byte for byte, unlike the hand-made
ones). After writing, every bundle is checked: no sample secret in any member, redact-check clean.
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for entry in (str(REPO), str(HERE)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import make_samples  # noqa: E402  (this directory: the constructed documents)

from tests.servers import dockerd as fixture  # noqa: E402
from tests.servers import dockerd_lookalike as lookalike  # noqa: E402
from wbdiag.bundle import layout  # noqa: E402
from wbdiag.bundle.reader import BundleSource  # noqa: E402
from wbdiag.collect.base import (  # noqa: E402
    CollectContext,
    CollectOptions,
    Collector,
    Output,
)
from wbdiag.collect.progress import Progress  # noqa: E402
from wbdiag.collect.runner import Runner  # noqa: E402
from wbdiag.collect.sources.docker import DockerCollector  # noqa: E402
from wbdiag.collect.sources.settings import SettingsCollector  # noqa: E402
from wbdiag.redact.check import check_bundle  # noqa: E402
from wbdiag.settings import WandbSettings  # noqa: E402

LOG_CAP = 256 * 1024  # `wbdiag collect --log-cap 262144`: keeps the samples small
CONSTRUCTED_NOTE = (
    "constructed sample document (sample_bundles/make_samples.py), not a live check: "
    "no such server ran where this sample was collected"
)
SAMPLE_SECRETS = (
    "Sample-DB-pw-7731",
    "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY",
    "AKIAIOSFODNN7EXAMPLE",
)

# The healthy look-alike: the fixture's image, its own script (the fixture's entrypoint always
# fails). It prints a start-up banner with its configuration (as W&B does, BUCKET credentials
# included), serves, writes the service logs inside the container, prints the ready marker, idles.
HEALTHY_SCRIPT = r"""
set -u
echo "*** Running /etc/my_init.d/00_regen_ssh_host_keys.sh..."
echo "*** Running /etc/rc.local..."
echo "*** Booting runit daemon..."
echo "*** Runit started as PID 7"
echo "Starting W&B Local 0.59.2 (lookalike)"
echo "Configuration:"
echo "  HOST=${HOST:-}"
echo "  BUCKET=${BUCKET:-}"
echo "  BUCKET_QUEUE=${BUCKET_QUEUE:-}"
mkdir -p /var/log
cat > /var/log/gorilla.log <<EOF
{"level":"info","time":"2026-11-28T08:10:00Z","msg":"starting gorilla","version":"0.59.2"}
{"level":"info","time":"2026-11-28T08:10:01Z","msg":"connected to metadata store","host":"mysql.internal:3306"}
{"level":"info","time":"2026-11-28T08:10:02Z","msg":"migrations up to date","version":139}
{"level":"info","time":"2026-11-28T08:10:02Z","msg":"file store ready","bucket":"wandb"}
EOF
awk 'BEGIN { for (i = 0; i < 120; i++)
    printf "{\"level\":\"info\",\"time\":\"2026-11-28T08:2%d:%02dZ\",\"msg\":\"request completed\",\"path\":\"/graphql\",\"status\":200,\"duration_ms\":%d}\n", i / 60, i % 60, 12 + i % 30 }' \
    | tee -a /var/log/gorilla.log
cat > /var/log/local.log <<EOF
2026-11-28T08:10:00Z starting local 0.59.2
2026-11-28T08:10:00Z config HOST=${HOST:-}
2026-11-28T08:10:00Z config BUCKET=${BUCKET:-}
2026-11-28T08:10:00Z config MYSQL=${MYSQL:-}
2026-11-28T08:10:03Z gorilla is ready on 127.0.0.1:8081
EOF
cat > /var/log/minio.log <<EOF
MinIO Object Storage Server
Status: 1 Online, 0 Offline.
EOF
echo '{"level":"info","time":"2026-11-28T08:40:00Z","msg":"no errors found in migration check"}'
echo "wbdiag-lookalike: ready"
trap 'exit 0' TERM INT
sleep 10800 &
wait $!
"""


def sample_env(healthy: bool) -> dict[str, str]:
    """The W&B settings the sample containers run with: make_samples' settings; the broken one's
    LICENSE lost its signature (two parts of three), which is what W&B complains about."""
    env = dict(make_samples.settings_doc(healthy)["values"])
    if not healthy:
        env["LICENSE"] = ".".join(env["LICENSE"].split(".")[:2])
    return env


def constructed(name: str, docs: dict[str, Any]) -> type[Collector]:
    """A stand-in collector that writes hand-made documents through the run's own writer and
    redactor (so placeholders agree with the real parts) and says so in the manifest."""

    def collect(self: Collector, ctx: CollectContext, out: Output) -> None:
        for path, doc in docs.items():
            out.json(path, doc)
        out.note(CONSTRUCTED_NOTE, partial=False)

    return type(
        f"Constructed_{name}",
        (Collector,),
        {
            "name": name,
            "description": f"constructed {name} documents",
            "writes": layout.LEGACY_WRITES[name],
            "collect": collect,
        },
    )


def constructed_collectors(healthy: bool) -> list[type[Collector]]:
    if healthy:
        mysql = make_samples.mysql_docs(
            make_samples.GOOD_VARS, "utf8mb4", "utf8mb4_general_ci", True
        )
    else:
        bad = {**make_samples.GOOD_VARS, "binlog_format": "MIXED", "sort_buffer_size": "262144",
               "binlog_row_image": "FULL"}  # fmt: skip
        mysql = make_samples.mysql_docs(bad, "latin1", "latin1_swedish_ci", True)
    return [
        constructed("mysql", mysql),
        constructed(
            "proxy",
            {
                layout.PROBE_TLS: make_samples.tls_doc(None if healthy else "self_signed"),
                layout.PROBE_PROXY: make_samples.proxy_doc(healthy),
            },
        ),
        constructed("storage", {layout.PROBE_STORAGE: make_samples.storage_doc(healthy)}),
    ]


def wait_for(check: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not happen within {timeout:.0f}s")


# The broken W&B container crash-loops first: the fixture's entrypoint in crash mode (a start-up
# banner, then `panic: dial tcp ...:3306: connect: connection refused`) six times under the
# on-failure restart policy, each run after W&B's complaint about its truncated LICENSE; then its
# serve mode (the fixture's failing W&B: the panic, an error no rule knows, gorilla.log with MySQL
# access denied). RestartCount ends at 6. The log cap keeps only the serving run's newest part; the
# crashed container's short log keeps the whole story (license complaint, banner, panic).
CRASHES_BEFORE_SERVING = 6
LICENSE_ERROR = (
    '{"level":"error","time":"2026-11-28T08:31:02Z",'
    '"msg":"Invalid License square/go-jose: compact JWS format must have three parts"}'
)
CRASHLOOP_SCRIPT = f"""
n=$(cat /vol/.wbdiag-starts 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > /vol/.wbdiag-starts
echo '{LICENSE_ERROR}'
if [ "$n" -le {CRASHES_BEFORE_SERVING} ]; then exec {lookalike.ENTRYPOINT_IN_IMAGE} crash; fi
exec {lookalike.ENTRYPOINT_IN_IMAGE}
"""


def run_broken(engine: fixture.DockerEngine, client: Any) -> None:
    """The fixture's three containers (a failing W&B, a crashed one, an unrelated one) with the
    sample's settings instead of the fixture's random ones; the failing one crash-looped first,
    both complain about the truncated license first."""
    common: dict[str, Any] = {
        "detach": True,
        "environment": sample_env(healthy=False),
        "user": "999:0",
        "network_mode": "none",
        "labels": {lookalike.FIXTURE_LABEL: "sample"},
    }
    client.containers.run(
        lookalike.WANDB_IMAGE,
        entrypoint=["/bin/sh", "-c", CRASHLOOP_SCRIPT],
        name=lookalike.WANDB_CONTAINER,
        hostname="wandb-local",
        volumes={"wandb": {"bind": "/vol", "mode": "rw"}},
        restart_policy={"Name": "on-failure"},
        **common,
    )
    client.containers.run(
        lookalike.WANDB_IMAGE,
        entrypoint=[
            "/bin/sh",
            "-c",
            f"echo '{LICENSE_ERROR}'; exec {lookalike.ENTRYPOINT_IN_IMAGE} crash",
        ],
        name=lookalike.CRASHED_CONTAINER,
        restart_policy={"Name": "no"},
        **common,
    )
    client.containers.run(
        lookalike.PLAIN_IMAGE,
        ["sh", "-c", "echo 'plain busybox container'; trap 'exit 0' TERM; sleep 10800 & wait $!"],
        name=lookalike.UNRELATED_CONTAINER,
        detach=True,
        network_mode="host",
        restart_policy={"Name": "no"},
        labels={lookalike.FIXTURE_LABEL: "sample"},
    )
    local = client.containers.get(lookalike.WANDB_CONTAINER)

    def served() -> bool:
        local.reload()
        return (
            local.attrs["RestartCount"] >= CRASHES_BEFORE_SERVING
            and local.status == "running"
            and lookalike.READY_MARKER.encode() in local.logs(tail=3)
        )

    wait_for(served, "the crash-looping look-alike serving", timeout=90)
    wait_for(lambda: client.containers.get(lookalike.CRASHED_CONTAINER).status == "exited", "crash")


def run_healthy(engine: fixture.DockerEngine, client: Any) -> None:
    client.containers.run(
        lookalike.WANDB_IMAGE,
        entrypoint=["/bin/sh", "-c", HEALTHY_SCRIPT],
        name=lookalike.WANDB_CONTAINER,
        hostname="wandb-local",
        detach=True,
        environment=sample_env(healthy=True),
        user="999:0",
        network_mode="none",
        restart_policy={"Name": "unless-stopped"},
        volumes={"wandb": {"bind": "/vol", "mode": "rw"}},
        labels={lookalike.FIXTURE_LABEL: "sample"},
    )
    container = client.containers.get(lookalike.WANDB_CONTAINER)
    wait_for(lambda: lookalike.READY_MARKER.encode() in container.logs(tail=3), "healthy look-alike")


def collect(engine: fixture.DockerEngine, output: Path, healthy: bool) -> Path:
    output.unlink(missing_ok=True)
    Runner(
        CollectOptions(docker_host=engine.base_url, log_cap_bytes=LOG_CAP, timeout=170),
        WandbSettings(),  # everything W&B-related comes from the container, as on a customer host
        output,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[DockerCollector, SettingsCollector, *constructed_collectors(healthy)],
    ).run()
    check(output)
    return output


def check(bundle: Path) -> None:
    leaks = check_bundle(bundle)
    if leaks:
        raise SystemExit(f"{bundle.name}: secret-looking strings remain: {leaks[:5]}")
    for member in BundleSource.open(bundle).members():
        data = member.stream.read()
        for secret in SAMPLE_SECRETS:
            if secret.encode() in data:
                raise SystemExit(f"{bundle.name}: a sample secret is in {member.path}")


@contextlib.contextmanager
def engine() -> Iterator[fixture.DockerEngine]:
    """The `dockerd` fixture itself (its generator, unwrapped from pytest): the same engine,
    images and clean-up as the tests. Its own containers are removed before the samples run."""
    start = getattr(fixture.dockerd, "__wrapped__", None)
    if start is None:
        raise SystemExit("this pytest does not expose the fixture function (__wrapped__)")
    import pytest

    try:
        with contextlib.contextmanager(start)() as eng:
            yield eng
    except (pytest.skip.Exception, pytest.fail.Exception) as exc:
        raise SystemExit(f"cannot start the test Docker engine: {exc}") from None


def main() -> int:
    written = []
    with engine() as eng:
        client = eng.client()
        try:
            for name, healthy, start in (
                ("broken-docker.tgz", False, run_broken),
                ("healthy-docker.tgz", True, run_healthy),
            ):
                fixture._remove_containers(client)
                start(eng, client)
                written.append(collect(eng, HERE / name, healthy))
        finally:
            client.close()
    for p in written:
        print(f"wrote {p.relative_to(REPO)} ({p.stat().st_size} bytes) from a real collection")
    return 0


if __name__ == "__main__":
    sys.exit(main())
