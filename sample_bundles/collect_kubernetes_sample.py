"""Writes broken-kubernetes.tgz and openshift-kubernetes.tgz from a real `wbdiag collect` against
the test suite's fake Kubernetes API server (tests/servers/fake_k8s.py), started by the same code
as the `fake_k8s` fixture (`running_fake_k8s`).

    python sample_bundles/collect_kubernetes_sample.py   # or: make_samples.py --real-kubernetes

No root, no network: one HTTP server thread on 127.0.0.1, stopped when done. Takes a few seconds.
What is real and what is constructed is listed in sample_bundles/README.md. In short:

- real: the `kubernetes` Python client and everything wbdiag does with it. The real
  KubernetesCollector and SettingsCollector run through the real Runner, with a kubeconfig for the
  scenario's `admin` context and no namespace flag: discovery finds W&B's namespaces (labels,
  images, the operator's custom resource) as on a customer's cluster. Listing, paging, logs
  (current and previous), redaction, the W&B settings found in the pods, the manifest.
- constructed: the cluster itself. The fake server answers as kube-apiserver does, but what it
  serves (objects, events, container logs) is the fixture files under
  tests/servers/k8s_fixtures/ (`broken`: an EKS cluster; `openshift`: OpenShift 4.14), with
  timestamps relative to the moment the server started.

No MySQL or probe document is merged in (unlike the Docker samples): the Kubernetes story is
complete from the collection, and a constructed MySQL or load balancer would either contradict the
cluster (its logs say MySQL refuses connections) or repeat a real finding with invented evidence.

The bundles carry the time they were made. After writing, every bundle is checked: the collectors
succeeded, redact-check is clean, and none of the secrets the fake cluster planted (its
`sentinels`, in the forms they could leak in) nor its bearer tokens is in any member.
"""

from __future__ import annotations

import base64
import io
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.servers.fake_k8s import CTX_ADMIN, FakeK8s, running_fake_k8s  # noqa: E402
from wbdiag.bundle import layout  # noqa: E402
from wbdiag.bundle.manifest import CollectorStatus  # noqa: E402
from wbdiag.bundle.reader import BundleSource, load_manifest  # noqa: E402
from wbdiag.collect.base import CollectOptions  # noqa: E402
from wbdiag.collect.progress import Progress  # noqa: E402
from wbdiag.collect.runner import Runner  # noqa: E402
from wbdiag.collect.sources.kubernetes import KubernetesCollector  # noqa: E402
from wbdiag.collect.sources.settings import SettingsCollector  # noqa: E402
from wbdiag.redact.check import check_bundle  # noqa: E402
from wbdiag.settings import WandbSettings  # noqa: E402

# (bundle, fake cluster scenario). The OpenShift SCC refusal is its own sample: an SCC exists only
# on OpenShift, and where it refuses W&B's pods there are no pods to crash-loop, so the EKS
# `broken` cluster and the OpenShift one cannot be the same cluster.
SAMPLES: tuple[tuple[str, str], ...] = (
    ("broken-kubernetes.tgz", "broken"),
    ("openshift-kubernetes.tgz", "openshift"),
)
PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


def secret_forms(value: str) -> Iterable[str]:
    """A planted secret and the forms it could leak in: as is, base64 (a Secret's data), and each
    long part of a JWT or a PEM body."""
    yield value
    yield base64.b64encode(value.encode()).decode()
    for part in re.split(r"[.\n]", value):
        if len(part) >= 20:
            yield part


def collect(fake: FakeK8s, workdir: Path, scenario: str, output: Path) -> Path:
    """`wbdiag collect` for one scenario: admin context, no namespace, no W&B settings given."""
    kubeconfig = fake.write_kubeconfig(workdir / f"kubeconfig-{scenario}", scenario, CTX_ADMIN)
    output.unlink(missing_ok=True)
    Runner(
        CollectOptions(timeout=120, kubeconfig=kubeconfig),
        WandbSettings(),  # no settings given: found in the cluster, as for a customer
        output,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[KubernetesCollector, SettingsCollector],
    ).run()
    check(output, fake)
    return output


def check(bundle: Path, fake: FakeK8s) -> None:
    members = {m.path: m.stream.read() for m in BundleSource.open(bundle).members()}
    manifest = load_manifest(members[layout.MANIFEST])
    for record in manifest.collectors:
        if record.status is not CollectorStatus.OK:
            raise SystemExit(f"{bundle.name}: collector {record.name} {record.status.value}")
    leaks = check_bundle(bundle)
    if leaks:
        raise SystemExit(f"{bundle.name}: secret-looking strings remain: {leaks[:5]}")
    planted = [(n, f) for n, v in fake.sentinels.items() for f in secret_forms(v)]
    planted += [(f"token:{ctx}", token) for ctx, token in fake.tokens.items()]
    for path, data in members.items():
        for name, form in planted:
            if form.encode() in data:
                raise SystemExit(f"{bundle.name}: the fake cluster's {name} is in {path}")


def main() -> int:
    for variable in PROXY_VARIABLES:  # loopback only: nothing may route through a proxy
        os.environ.pop(variable, None)
    written = []
    with (
        tempfile.TemporaryDirectory(prefix="wbdiag-k8s-sample-") as tmp,
        running_fake_k8s(Path(tmp)) as fake,
    ):
        if not fake.base_url.startswith("http://127.0.0.1:"):
            raise SystemExit(f"the fake API server is not on loopback: {fake.base_url}")
        for name, scenario in SAMPLES:
            written.append(collect(fake, Path(tmp), scenario, HERE / name))
    for p in written:
        print(f"wrote {p.relative_to(REPO)} ({p.stat().st_size} bytes) from a real collection")
    return 0


if __name__ == "__main__":
    sys.exit(main())
