"""Kubernetes container logs (pods/log): the current run of every container, and the previous run
after a crash, streamed from the API server into the bundle.

LOG_WORKERS logs are read at once. Each response is read in chunks and handed to the bundle
writer as it arrives (BundleWriter.write_chunks: redacted, checked and written per block of about
a megabyte), so memory does not grow with the log and the engine's time waiting for the server
overlaps with the others' redaction. A request asks for at most `cap` bytes (limitBytes, the
oldest part); a log that reaches it is read again with tailLines sized from what was seen, so
that the newest lines are kept (up to four tries, halving). A read that fails half-way keeps what
was read, with a note.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import FileRecord
from wbdiag.collect.api import parse_since

if TYPE_CHECKING:
    from wbdiag.collect.sources.kubernetes import KubernetesRun

MAX_LOG_PODS = 300  # pods whose logs are read
LOG_WORKERS = 4
READ_CHUNK = 256 * 1024

Obj = dict[str, Any]
Job = tuple[str, str, str, bool]  # namespace, pod, container, previous run
StatusOf = Callable[[Exception], tuple[int | None, str, str]]  # (HTTP status, reason, message)


class LogBody:
    """One pods/log response as chunks of bytes, at most `limit` of them (a server may ignore
    limitBytes). A failure while reading ends the chunks and is kept in `problem`."""

    def __init__(self, response: Any, limit: int, errors: tuple[type[Exception], ...]) -> None:
        self._response = response
        self._limit = limit
        self._errors = errors
        self.bytes = 0
        self.lines = 0
        self.problem: str | None = None

    def chunks(self) -> Iterator[bytes]:
        complete = False
        try:
            for chunk in self._response.stream(READ_CHUNK):
                chunk = chunk[: self._limit - self.bytes]
                self.bytes += len(chunk)
                self.lines += chunk.count(b"\n")
                if chunk:
                    yield chunk
                if self.bytes >= self._limit:
                    break
            else:
                complete = True
        except self._errors as exc:
            self.problem = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        finally:
            if complete:
                self._response.release_conn()
            else:  # unread bytes left: the connection cannot serve another request
                self._response.close()


class PodLogs:
    """The logs step of one KubernetesRun (its API reader, deadline and budget)."""

    def __init__(self, run: KubernetesRun, status: StatusOf, timeout: tuple[float, float]) -> None:
        self.run = run
        self.out = run.out
        self.cap = run.cap
        self.status = status
        self.timeout = timeout  # (connect, each read) seconds

    def jobs(self, namespace: str, pods: list[Obj]) -> Iterator[Job]:
        """The logs a namespace's pods have: each container that ran, and the previous run
        of each that restarted; a note for each that never started."""
        for pod in pods[:MAX_LOG_PODS]:
            meta, spec, status = (pod.get(k) or {} for k in ("metadata", "spec", "status"))
            name = str(meta.get("name") or "")
            if not name or not spec.get("nodeName"):
                continue  # never scheduled: no kubelet has a log
            statuses = {
                s.get("name"): s
                for key in ("initContainerStatuses", "containerStatuses")
                for s in status.get(key) or []
            }
            containers = [
                c for key in ("containers", "initContainers") for c in spec.get(key) or [] if c
            ]
            for c in containers:
                cname = str(c.get("name") or "")
                cs = statuses.get(cname) or {}
                state, last = cs.get("state") or {}, cs.get("lastState") or {}
                ran = "running" in state or "terminated" in state
                crashed = "terminated" in last or int(cs.get("restartCount") or 0) > 0
                if ran or "terminated" in last:
                    yield namespace, name, cname, False
                if crashed:
                    yield namespace, name, cname, True
                if not ran and not crashed:
                    why = (state.get("waiting") or {}).get("reason") or "not started"
                    self.out.note(
                        f"kubernetes: no log for pod {namespace}/{name} container {cname}: {why}",
                        partial=False,
                    )

    def _open(self, job: Job, tail: int | None, since: int | None) -> LogBody:
        ns, pod, container, previous = job
        kw: dict[str, Any] = {
            "container": container,
            "timestamps": True,
            "limit_bytes": self.cap,
            "_preload_content": False,
            "_request_timeout": self.timeout,
        }
        if previous:
            kw["previous"] = True
        if since:
            kw["since_seconds"] = since
        if tail:
            kw["tail_lines"] = tail
        response = self.run.reader.apis["core"].read_namespaced_pod_log(pod, ns, **kw)
        return LogBody(response, self.cap, self.run.reader.errors)

    def _write(self, job: Job, body: LogBody) -> FileRecord:
        return self.out.chunks(layout.k8s_pod_log(*job), body.chunks())

    def fetch(self, job: Job, since: int | None, refused_ns: set[str]) -> bool:
        """Read one log and write it; False when the time budget is spent."""
        run = self.run
        ns, pod, container, previous = job
        if time.monotonic() > run.deadline:
            return False
        with run.reader.lock:
            if ns in refused_ns:
                return True
        what = f"pod {ns}/{pod} container {container}" + (" (previous run)" if previous else "")
        try:
            body = self._open(job, None, since)
            self._write(job, body)
            if body.bytes >= self.cap:  # the server stopped at limitBytes: keep the newest part
                tail = max(1, int(self.cap * 0.9 / (body.bytes / max(body.lines, 1))))
                for _ in range(4):
                    body = self._open(job, tail, since)
                    self._write(job, body)
                    if body.bytes < self.cap or tail == 1:
                        break
                    tail = max(1, tail // 2)
                self.out.note(
                    f"kubernetes: log of {what} is over {self.cap} bytes: kept its "
                    f"newest {body.lines} lines",
                    partial=False,
                )
        except run.reader.errors as exc:
            status, _, message = self.status(exc)
            expected = ("previous terminated container", "waiting to start")
            if status == 404 or (status == 400 and any(e in message for e in expected)):
                self.out.note(f"kubernetes: no log for {what}: {message}", partial=False)
            elif status in (401, 403):
                with run.reader.lock:
                    first = ns not in refused_ns
                    refused_ns.add(ns)
                if first:
                    run.reader.refused("pods/log", ns, exc)
            else:
                run.reader.refused("pods/log", ns, exc)
            return True
        if body.problem is not None:
            self.out.note(f"kubernetes: log of {what} stopped early, kept what was read: "
                          f"{body.problem}")  # fmt: skip
        return True

    def read(self, pods: dict[str, list[Obj]]) -> None:
        """Every log of the pods (namespace -> pods), LOG_WORKERS at a time."""
        options = self.run.ctx.options
        since = parse_since(options.since) if options.since else None
        jobs = [job for ns, items in pods.items() for job in self.jobs(ns, items)]
        refused_ns: set[str] = set()
        with ThreadPoolExecutor(max_workers=LOG_WORKERS, thread_name_prefix="k8s-log") as pool:
            results = list(pool.map(lambda j: self.fetch(j, since, refused_ns), jobs))
        skipped = results.count(False)
        if skipped:
            self.out.note(f"kubernetes: out of time: {skipped} container logs not read")
