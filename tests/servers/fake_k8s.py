"""A fake Kubernetes API server that the real `kubernetes` Python client talks to over HTTP.

No API server can run on the test machine, so this module serves the read side of the Kubernetes
REST API from fixture files (`tests/servers/k8s_fixtures/<scenario>/*.yaml`), the way a real
kube-apiserver answers it: same paths, same list/Status shapes, same error wording.

One threaded stdlib `http.server` on 127.0.0.1 serves every scenario; the scenario is the first
part of the path: the kubeconfig's server is `http://127.0.0.1:PORT/s/<scenario>`, and the client
keeps that prefix (it builds each URL as `configuration.host + "/api/v1/..."`).

Scenarios (see each `scenario.yaml`):

- `healthy`   -- Helm release `wandb` of operator-wandb in namespace `wandb`: app, api, console,
  parquet, mysql and redis pods all Running and Ready, the W&B operator in `wandb-cr`, the
  `weightsandbiases/wandb` custom resource, a MySQL backup CronJob, 2 Ready nodes.
- `broken`    -- the same release, with every Kubernetes failure signature of the reference:
  CrashLoopBackOff, OOMKilled, ImagePullBackOff/ErrImagePull, FailedScheduling, MemoryPressure,
  `proxy-body-size: "1m"`, readiness probe failures, `migrate-db` init container failing, a
  `wandb/local` Deployment with 3 replicas, secrets written inline in env and in a ConfigMap.
- `ingress`   -- the healthy release behind ingress-nginx as the operator chart ships it: no
  Ingress annotations, the controller ConfigMap without proxy-body-size (default 1m), `hsts: "false"`.
- `openshift` -- OpenShift discovery groups; no W&B pod can be created because the SCC rejects
  runAsUser 999 (`FailedCreate` events on the ReplicaSets and the StatefulSets).

Fixtures:

- `fake_k8s` (session): the running `FakeK8s`: `.url(scenario)`, `.write_kubeconfig(path,
  scenario, context)`, `.kubeconfig(scenario, context)` (the dict), `.api_client(scenario,
  context)` (a `kubernetes.client.ApiClient` loaded by `load_kube_config`), `.sentinels` (every
  planted secret value, none of which may ever appear in a bundle), `.objects(scenario, kind)`
  and `.log_text(scenario, pod, container, previous)` (what the server holds), `.requests`,
  `.mark()` / `.requests_since(mark)` (what the client asked, with user and status code).
- `fake_k8s_kubeconfig` (function): a factory `(scenario="healthy", context="admin") -> Path`
  writing a kubeconfig under the test's tmp_path.

Contexts in every kubeconfig (cluster `fake-<scenario>`, namespace `wandb`, bearer tokens
`fake-token-<random>`): `admin` (user system:serviceaccount:kube-system:wbdiag-admin, allowed
everything), `restricted` (system:serviceaccount:wandb:wbdiag: 403 on secrets, nodes and
pods/log), `bad-token` (a token nobody knows: 401), and two bound to the RBAC manifests in
deploy/kubernetes/ (tests/servers/fake_rbac.py): `least-privilege` (the collector's
ServiceAccount: its Role bound in `wandb` and `wandb-cr`, and the optional ClusterRole) and
`namespace-only` (the Role in `wandb` alone). No token at all is system:anonymous, which may only
read /version, /healthz, /livez, /readyz. Every authenticated user may create
SelfSubjectAccessReviews and SelfSubjectRulesReviews (`system:basic-user`); each request record
says which (verb, group, resource, namespace) it was authorized as.

Endpoints (GET unless said otherwise), under `/s/<scenario>`:

- `/`, `/version`, `/healthz`, `/livez`, `/readyz`; discovery `/api`, `/api/v1`, `/apis`,
  `/apis/<group>`, `/apis/<group>/<version>` (subresources such as `pods/log` included).
- core v1: namespaces, nodes, persistentvolumes (cluster); pods, services, configmaps, secrets,
  serviceaccounts, persistentvolumeclaims, events (namespaced, and `/api/v1/<plural>` across all
  namespaces); `pods/<name>/log`.
- apps/v1 deployments, replicasets, statefulsets, daemonsets; batch/v1 jobs, cronjobs;
  networking.k8s.io/v1 ingresses, ingressclasses; apiextensions.k8s.io/v1
  customresourcedefinitions; POST authorization.k8s.io/v1 selfsubjectaccessreviews and
  selfsubjectrulesreviews.
- Only when the scenario has them: apps.wandb.com/v1 weightsandbiases, route.openshift.io/v1
  routes, security.openshift.io/v1 securitycontextconstraints.
- Every collection path takes `labelSelector` (=, ==, !=, in, notin, exists, !exists),
  `fieldSelector` (the field labels the real server supports for that resource, else 400
  `field label not supported`), `limit` and `continue` (etcd key order; opaque token;
  `remainingItemCount` when there is no selector); `watch` is refused (400).
- Logs take `container`, `previous`, `tailLines`, `limitBytes`, `sinceSeconds`, `sinceTime`,
  `timestamps` (RFC3339Nano, trailing zeros dropped as Go does); `follow` returns what there is.
  The kubelet's rules apply: a container in CrashLoopBackOff serves its last terminated run, a
  waiting container is a 400 `... is waiting to start: <reason>`, `previous=true` without a
  terminated run is a 400, an unscheduled pod has an empty log.
- Errors are `Status` objects with the real wording (404 `pods "x" not found`, 403
  `secrets is forbidden: User ... cannot list resource "secrets" in API group "" in the
  namespace "wandb"`, 401 `Unauthorized`, 405 for writes).

Fixture file format: fake_k8s_scenarios.py. The server's parts stand beside this module: the
resource types (fake_k8s_resources.py), the scenarios and what their placeholders expand to
(fake_k8s_scenarios.py, fake_k8s_placeholders.py), the contexts and their users
(fake_k8s_users.py), a request, its query and its errors (fake_k8s_requests.py), and the routing,
RBAC, discovery, reads and pod logs (fake_k8s_api.py); this module serves them over HTTP and
holds the fixtures.

What the real client (kubernetes 37: pydantic models) insists on, found while building this:
models are validated strictly (StrictStr/StrictInt/StrictBool): a label, annotation or quantity
written as a YAML number (`memory: 1`, `"0"` unquoted) makes the whole list fail with
`pydantic.ValidationError` (not an ApiException). Required fields must be present
(`V1ContainerStatus.image/imageID/name/ready/restartCount`, all of `V1NodeSystemInfo`,
`V1OwnerReference.uid`, `V1Event.involvedObject/metadata`, `V1DaemonEndpoint.Port`); unknown
fields are dropped silently. Logs are decoded as strict UTF-8 unless `_preload_content=False`,
so a `limitBytes` cut inside a character raises UnicodeDecodeError. Built-in list items carry no
`kind`/`apiVersion` (custom resources' do). The client sends `Authorization: Bearer <token>`,
builds URLs by plain concatenation (a path prefix in the server URL survives) and reads proxy
settings from the environment.
"""

from __future__ import annotations

import contextlib
import copy
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from tests.servers.common import LOOPBACK, free_port, port_open, wait_until
from tests.servers.fake_k8s_api import FakeApiServer
from tests.servers.fake_k8s_placeholders import make_sentinels
from tests.servers.fake_k8s_requests import ApiError, Request, RequestRecord, json_response
from tests.servers.fake_k8s_resources import BY_KIND, Obj
from tests.servers.fake_k8s_scenarios import DEFAULT_NAMESPACE, load_scenarios
from tests.servers.fake_k8s_users import (
    ADMIN_USER,
    CONTEXTS,
    CTX_ADMIN,
    CTX_BAD_TOKEN,
    CTX_LEAST,
    CTX_NAMESPACE_ONLY,
    CTX_RESTRICTED,
    LEAST_USER,
    NAMESPACE_ONLY_USER,
    RESTRICTED_USER,
)
from tests.servers.fake_rbac import Policy, collector_policy

# --------------------------------------------------------------------------------------------
# HTTP transport
# --------------------------------------------------------------------------------------------


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: FakeApiServer) -> None:
        super().__init__(address, _Handler)
        self.app = app


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the client's urllib3 pool expects
    disable_nagle_algorithm = True  # headers and body are two writes: avoid 40 ms ACK stalls
    server_version = "fake-kube-apiserver"
    sys_version = ""

    def _serve(self) -> None:
        assert isinstance(self.server, _HTTPServer)
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        req = Request(self.command, parts.path, query, headers, body)
        try:
            resp = self.server.app.handle(req)
        except Exception as exc:  # a bug in the fake: answer like an apiserver would
            err = ApiError(500, "InternalError", f"Internal error occurred: {exc!r}", {})
            resp = json_response(500, err.status())
        self.send_response(resp.code)
        self.send_header("Audit-Id", str(uuid.uuid4()))
        self.send_header("Cache-Control", "no-cache, private")
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        for k, v in resp.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(resp.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are recorded in FakeApiServer.records


# --------------------------------------------------------------------------------------------
# What tests get
# --------------------------------------------------------------------------------------------


class FakeK8s:
    """The running fake API server, with helpers to point the real client at it."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.now = datetime.now(timezone.utc).replace(microsecond=0)
        self.sentinels: dict[str, str] = make_sentinels()
        self.scenarios = load_scenarios(self.now, self.sentinels)
        self.tokens: dict[str, str] = {
            CTX_ADMIN: f"fake-token-{secrets.token_hex(16)}",
            CTX_RESTRICTED: f"fake-token-{secrets.token_hex(16)}",
            CTX_BAD_TOKEN: f"fake-token-{secrets.token_hex(16)}",  # known to nobody
            CTX_LEAST: f"fake-token-{secrets.token_hex(16)}",
            CTX_NAMESPACE_ONLY: f"fake-token-{secrets.token_hex(16)}",
        }
        self.users: dict[str, str] = {
            CTX_ADMIN: ADMIN_USER,
            CTX_RESTRICTED: RESTRICTED_USER,
            CTX_LEAST: LEAST_USER,
            CTX_NAMESPACE_ONLY: NAMESPACE_ONLY_USER,
        }
        self.policies: dict[str, Policy] = {
            LEAST_USER: collector_policy(cluster=True, role_namespaces=("wandb", "wandb-cr")),
            NAMESPACE_ONLY_USER: collector_policy(cluster=False, role_namespaces=("wandb",)),
        }
        self.app = FakeApiServer(
            self.scenarios,
            {self.tokens[ctx]: user for ctx, user in self.users.items()},
            self.policies,
        )
        self.port = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    def start(self) -> None:
        last: OSError | None = None
        for _ in range(5):
            port = free_port()
            try:
                self._httpd = _HTTPServer((LOOPBACK, port), self.app)
            except OSError as exc:  # lost the race for the port
                last = exc
                continue
            self.port = port
            break
        if self._httpd is None:
            raise RuntimeError(f"fake API server could not bind a port: {last}")
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="fake-k8s", daemon=True
        )
        self._thread.start()
        wait_until(lambda: port_open(self.port), 10, "fake Kubernetes API server")

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    # addresses and kubeconfigs

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def url(self, scenario: str = "healthy") -> str:
        if scenario not in self.scenarios:
            raise KeyError(f"unknown scenario {scenario!r}; have {sorted(self.scenarios)}")
        return f"{self.base_url}/s/{scenario}"

    def kubeconfig(self, scenario: str = "healthy", context: str = CTX_ADMIN) -> Obj:
        if context not in CONTEXTS:
            raise KeyError(f"unknown context {context!r}; have {CONTEXTS}")
        cluster = f"fake-{scenario}"
        return {
            "apiVersion": "v1",
            "kind": "Config",
            "preferences": {},
            "clusters": [{"name": cluster, "cluster": {"server": self.url(scenario)}}],
            "users": [
                {"name": f"wbdiag-{ctx}", "user": {"token": self.tokens[ctx]}} for ctx in CONTEXTS
            ],
            "contexts": [
                {
                    "name": ctx,
                    "context": {
                        "cluster": cluster,
                        "user": f"wbdiag-{ctx}",
                        "namespace": DEFAULT_NAMESPACE,
                    },
                }
                for ctx in CONTEXTS
            ],
            "current-context": context,
        }

    def write_kubeconfig(
        self, path: Path, scenario: str = "healthy", context: str = CTX_ADMIN
    ) -> Path:
        """Write a kubeconfig (contexts admin, restricted, bad-token; `context` is current)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(self.kubeconfig(scenario, context), sort_keys=False))
        path.chmod(0o600)
        return path

    def api_client(self, scenario: str = "healthy", context: str = CTX_ADMIN) -> Any:
        """A `kubernetes.client.ApiClient` loaded by `load_kube_config` from a real kubeconfig.

        The default client configuration is left alone (a private Configuration is filled).
        """
        from kubernetes import client, config

        path = self.write_kubeconfig(self.workdir / f"kubeconfig-{scenario}-{context}", scenario)
        cfg = client.Configuration()
        config.load_kube_config(  # type: ignore[no-untyped-call]
            config_file=str(path), context=context, client_configuration=cfg, persist_config=False
        )
        return client.ApiClient(configuration=cfg)

    # what tests inspect

    @property
    def requests(self) -> list[RequestRecord]:
        with self.app._lock:
            return list(self.app.records)

    def mark(self) -> int:
        """Index to pass to `requests_since` (the log is shared by the whole session)."""
        with self.app._lock:
            return len(self.app.records)

    def requests_since(self, mark: int) -> list[RequestRecord]:
        with self.app._lock:
            return list(self.app.records[mark:])

    def objects(self, scenario: str, kind: str, namespace: str | None = None) -> list[Obj]:
        """The stored objects of a kind (deep copies), as a GET of one object returns them."""
        sc = self.scenarios[scenario]
        return copy.deepcopy(sc.items(BY_KIND[kind], namespace))

    def log_text(
        self,
        scenario: str,
        pod: str,
        container: str,
        previous: bool = False,
        namespace: str = DEFAULT_NAMESPACE,
    ) -> str:
        """The full stored log of a container (what the API returns with no limits)."""
        lines = self.scenarios[scenario].logs.get((namespace, pod, container, previous), [])
        return "".join(f"{text}\n" for _, text in lines)


@contextlib.contextmanager
def running_fake_k8s(workdir: Path) -> Iterator[FakeK8s]:
    server = FakeK8s(workdir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def fake_k8s(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeK8s]:
    """The fake Kubernetes API server serving every scenario, started once per session."""
    with running_fake_k8s(tmp_path_factory.mktemp("fake-k8s")) as server:
        yield server


@pytest.fixture
def fake_k8s_kubeconfig(fake_k8s: FakeK8s, tmp_path: Path) -> Callable[..., Path]:
    """Factory: `(scenario="healthy", context="admin") -> Path` of a fresh kubeconfig."""

    def make(scenario: str = "healthy", context: str = CTX_ADMIN) -> Path:
        return fake_k8s.write_kubeconfig(
            tmp_path / f"kubeconfig-{scenario}-{context}", scenario, context
        )

    return make
