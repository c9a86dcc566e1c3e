"""Docker: the single-container W&B Server (`wandb/local`) as the Docker engine sees it
(docs/bundle-format.md, docker/).

Engine (docker_engine.py). `--docker-host` when given, else the environment as the docker CLI
reads it (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH; default unix:///var/run/docker.sock).
Docker contexts (`docker context use`) are not read. Every engine request has a short timeout (API_TIMEOUT). No
engine answering (socket missing, connection refused, no answer) skips the collector with the
address in the message; permission denied on the socket ends it as forbidden.

Which containers are W&B. Every container the engine knows, running or not (a crashed W&B
container is the most interesting one), is listed in docker/containers.json; only W&B ones are
collected:
- with `--container NAME|ID`: that container only (a note when it does not exist);
- otherwise each container whose image repository is `wandb/local` whatever the registry, port,
  tag or digest (`wandb/local:0.59.2`, `docker.io/wandb/local`, `registry.corp:5000/mirror/wandb/
  local@sha256:…`; also when the container shows a bare image ID but the image is tagged
  wandb/local), or whose name is `wandb-local`.
Non-W&B containers are never inspected, read or written beyond their line in containers.json.

For each W&B container, in this order (the cheap and decisive documents first, in case time runs
out): `inspect.json` (`container.attrs`, plus `ImageCreated`, `ImageTags` and `ImageRepoDigests` from
the image), then `container.log` (stdout and stderr as `docker logs --timestamps` shows them, since
`--since`, newest part under the log cap), then the service logs inside the container
(/var/log/gorilla.log, local.log, mysql.log, minio.log; read with the archive API, which also works
on a stopped container; a missing file is normal and silent; `--since` does not apply to them).

Secrets. Before anything is written, the environment of every W&B container is registered with
the redactor: each value of a secret-named variable (W&B's list and any *PASSWORD*, *SECRET*,
*TOKEN*, *_KEY* ... name) and the credentials inside URL values, so they are scrubbed from the logs
as well, wherever they appear. In inspect.json the value of a secret-named variable is replaced
whole. The W&B settings of the primary container (`--container`, else the running one, else the
newest) are handed to the probes as `docker:<name>` (they apply where the user gave none).

Bounds. Docker's `tail` counts stdout and stderr lines together; both streams are taken here, so
asking for cap/22 lines (a line with its timestamp has at least 22 bytes) is always enough to
fill the cap, and never reads an unbounded log. The container log streams from the engine to the
writer in blocks (docker_logs.py): the writer redacts each block and keeps the newest cap bytes
on disk, so memory does not grow with the log. The manifest records the truncation (original
size: the file's size for in-container files; for the container log the bytes received, or
unknown when the tail bound was reached). An in-container file larger than the cap is streamed
through and its tail (cap + a margin) kept in memory. With less than MIN_SECONDS_PER_LOG of the
collector's time left, the remaining logs are not started (one note).
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import tarfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

import docker
import docker.errors
import requests

from wbdiag.bundle import layout
from wbdiag.bundle.manifest import DeploymentMode, FileRecord
from wbdiag.collect.api import parse_since
from wbdiag.collect.base import (
    DISCOVERY,
    CollectContext,
    Collector,
    Output,
    PlanStep,
)
from wbdiag.collect.readahead import read_ahead
from wbdiag.collect.redacthelper import RedactHelper
from wbdiag.collect.sources.docker_engine import (
    DEFAULT_DOCKER_HOST,
    WANDB_CONTAINER_NAME,
    WANDB_REPOSITORY,
    api_problem,
    classify_engine_error,
    connect,
    container_name,
    env_of,
    is_wandb_image,
    redacted_env,
    register_env_secrets,
)
from wbdiag.collect.sources.docker_logs import READ_BLOCK, ContainerLog
from wbdiag.redact import Redactor
from wbdiag.settings import is_wandb_setting

IN_CONTAINER_LOGS = (
    "/var/log/gorilla.log",
    "/var/log/local.log",
    "/var/log/mysql.log",
    "/var/log/minio.log",
)
# The shortest line `docker logs --timestamps` can send: "2026-11-28T10:00:00Z " + "\n" (docker
# itself pads the nanoseconds to 9 digits, 32 bytes; other engines' APIs may not).
MIN_LOG_LINE_BYTES = 22
MAX_MARGIN = 64 * 1024  # raw bytes kept beyond the cap, so the writer makes the final cut
ARCHIVE_CHUNK = 64 * 1024
# A container log is redacted in blocks of this size (BundleWriter.write_chunks, the helper
# process): dockerd keeps serving while a block is redacted (the read-ahead thread,
# readahead.py), and each block's scans and per-block work cost about a tenth less CPU per
# 256 KiB than per 32 KiB (the writer's default for a stream without such a thread)
LOG_BLOCK_BYTES = 256 << 10
MIN_SECONDS_PER_LOG = 5.0  # a log is not started with less time left (redaction takes time)
MAX_IMAGE_LOOKUPS = 50  # distinct images inspected to recognise a re-tagged wandb/local


# -- bounded reading ---------------------------------------------------------------------------
def margin_for(cap: int) -> int:
    return min(MAX_MARGIN, max(cap // 4, 256))


def mark_truncated(record: FileRecord, original_bytes: int | None) -> None:
    """The writer saw only what was kept here; the manifest must still say it was cut."""
    record.truncated = True
    record.original_bytes = original_bytes


class _ChunkReader(io.RawIOBase):
    """A file object over an iterator of byte chunks (for tarfile's stream mode)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._buf:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._buf))
        buffer[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


@dataclass
class _FileTail:
    data: bytes
    size: int  # the file's size in the container
    dropped: bool


def _read_tail(stream: IO[bytes], limit: int) -> tuple[bytes, int]:
    """The last `limit` bytes of a stream read to its end, and how many bytes it had."""
    kept = bytearray()
    total = 0
    while True:
        block = stream.read(ARCHIVE_CHUNK)
        if not block:
            break
        total += len(block)
        kept += block
        if len(kept) > 2 * limit:
            del kept[: len(kept) - limit]
    if len(kept) > limit:
        del kept[: len(kept) - limit]
    return bytes(kept), total


# -- the collector -----------------------------------------------------------------------------
@dataclass
class _Found:
    name: str
    id: str
    attrs: dict[str, Any]


class DockerCollector(Collector):
    name = "docker"
    writes = ("docker/",)
    description = "The wandb/local container: engine, inspect, its log and the service logs inside"
    phase = DISCOVERY
    timeout = 120.0

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        engine = ctx.options.docker_host or os.environ.get("DOCKER_HOST") or DEFAULT_DOCKER_HOST
        which = (
            f"container {ctx.options.container}"
            if ctx.options.container
            else f"each {WANDB_REPOSITORY} container (or one named {WANDB_CONTAINER_NAME})"
        )
        since = f" since {ctx.options.since}" if ctx.options.since else ""
        return [
            PlanStep("engine version and info; every container's name, image and state", engine),
            PlanStep(f"inspect (settings redacted) of {which}", engine),
            PlanStep(f"its log{since} (the newest {ctx.options.log_cap_bytes} bytes)", engine),
            PlanStep(f"files inside it: {', '.join(IN_CONTAINER_LOGS)}", engine),
        ]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        client, where = connect(ctx.options.docker_host)
        try:
            self._collect(client, where, ctx, out)
        finally:
            client.close()

    # -- steps -------------------------------------------------------------------------------
    def _collect(
        self, client: docker.DockerClient, where: str, ctx: CollectContext, out: Output
    ) -> None:
        try:
            version = client.version()
        except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
            mapped = classify_engine_error(exc, where)
            if mapped is not None:
                raise mapped from None
            raise
        # the engine answers: a helper process starts up beside us to redact the log
        helper = RedactHelper.start(ctx.redactor)
        try:
            self._read_engine(client, where, version, ctx, out, helper)
        finally:
            if helper is not None:
                helper.close()

    def _read_engine(
        self,
        client: docker.DockerClient,
        where: str,
        version: dict[str, Any],
        ctx: CollectContext,
        out: Output,
        helper: RedactHelper | None,
    ) -> None:
        out.json(layout.DOCKER_VERSION, version)
        try:
            summaries: list[dict[str, Any]] = client.api.containers(all=True)
        except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
            mapped = classify_engine_error(exc, where)
            if mapped is not None:
                raise mapped from None
            raise
        try:
            out.json(layout.DOCKER_INFO, client.info())
        except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
            out.note(f"docker info: {api_problem(exc)}")

        chosen_ids = self._choose(client, summaries, ctx, out)
        out.json(
            layout.DOCKER_CONTAINERS,
            [
                {
                    "name": container_name(s.get("Names"), str(s.get("Id", ""))[:12]),
                    "id": s.get("Id"),
                    "image": s.get("Image"),
                    "status": s.get("State"),
                    "wandb": s.get("Id") in chosen_ids,
                }
                for s in summaries
            ],
        )

        found: list[_Found] = []
        for cid in chosen_ids:
            try:
                attrs = client.api.inspect_container(cid)
            except docker.errors.NotFound:
                out.note(f"container {cid[:12]} disappeared before it could be inspected")
                continue
            except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
                out.note(f"inspect {cid[:12]}: {api_problem(exc)}")
                continue
            found.append(_Found(str(attrs.get("Name") or cid[:12]).lstrip("/"), cid, attrs))
        if not found:
            return
        # Every secret of every W&B container is known before the first byte about them is written.
        for f in found:
            register_env_secrets(ctx.redactor, env_of(f.attrs))
        ctx.deployment = DeploymentMode.DOCKER
        found = primary_first(found)
        primary = found[0]
        settings = {k: v for k, v in env_of(primary.attrs).items() if is_wandb_setting(k)}
        if settings:
            ctx.discovered_settings(f"docker:{primary.name}", settings)

        for f in found:
            out.json(layout.docker_inspect(f.name), self._inspect_doc(client, ctx.redactor, f))
        since = self._since(ctx)
        cap = ctx.options.log_cap_bytes
        skipped: list[str] = []
        for f in found:
            for path in (None, *IN_CONTAINER_LOGS):
                what = f"{f.name}:{path or 'docker logs'}"
                if out.time_left() < MIN_SECONDS_PER_LOG:
                    skipped.append(what)
                elif path is None:
                    self._container_log(client, f, since, cap, out, helper)
                    helper = None  # used (a later container's log is redacted here)
                else:
                    self._container_file(client, f, path, cap, out)
        if skipped:
            out.note(f"out of time, not read: {', '.join(skipped)}")

    def _choose(
        self,
        client: docker.DockerClient,
        summaries: list[dict[str, Any]],
        ctx: CollectContext,
        out: Output,
    ) -> list[str]:
        """IDs of the containers to collect as W&B."""
        wanted = ctx.options.container
        if wanted:
            try:
                attrs = client.api.inspect_container(wanted)
            except docker.errors.NotFound:
                out.note(f"container {wanted!r} given with --container does not exist")
                return []
            except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
                out.note(f"container {wanted!r}: {api_problem(exc)}")
                return []
            return [str(attrs["Id"])]
        images: dict[str, bool] = {}
        chosen: list[str] = []
        for s in summaries:
            name = container_name(s.get("Names"), "")
            if name == WANDB_CONTAINER_NAME or is_wandb_image(str(s.get("Image") or "")):
                chosen.append(str(s["Id"]))
                continue
            image_id = str(s.get("ImageID") or "")
            if image_id and image_id not in images and len(images) < MAX_IMAGE_LOOKUPS:
                images[image_id] = self._image_is_wandb(client, image_id)
            if images.get(image_id):
                chosen.append(str(s["Id"]))
        return chosen

    @staticmethod
    def _image_is_wandb(client: docker.DockerClient, image_id: str) -> bool:
        """A container run from a re-tagged or since-untagged image shows another name or a bare
        ID; the image's own tags still say wandb/local."""
        try:
            image = client.api.inspect_image(image_id)
        except (docker.errors.DockerException, requests.exceptions.RequestException):
            return False
        names = [*(image.get("RepoTags") or ()), *(image.get("RepoDigests") or ())]
        return any(is_wandb_image(str(n)) for n in names)

    @staticmethod
    def _inspect_doc(
        client: docker.DockerClient, redactor: Redactor, found: _Found
    ) -> dict[str, Any]:
        doc = dict(found.attrs)
        env = redacted_env(redactor, found.attrs)
        if env is not None:
            doc["Config"] = {**doc["Config"], "Env": env}
        image: dict[str, Any] = {}
        # a removed image leaves these empty: the container still runs from its layers
        with contextlib.suppress(
            docker.errors.DockerException, requests.exceptions.RequestException
        ):
            image = client.api.inspect_image(str(found.attrs.get("Image") or ""))
        doc["ImageCreated"] = image.get("Created")
        doc["ImageTags"] = list(image.get("RepoTags") or [])
        doc["ImageRepoDigests"] = list(image.get("RepoDigests") or [])
        return doc

    @staticmethod
    def _since(ctx: CollectContext) -> int | None:
        if not ctx.options.since:
            return None
        return max(1, int(time.time()) - parse_since(ctx.options.since))

    def _container_log(
        self,
        client: docker.DockerClient,
        found: _Found,
        since: int | None,
        cap: int,
        out: Output,
        helper: RedactHelper | None = None,
    ) -> None:
        tail = cap // MIN_LOG_LINE_BYTES + 1
        params: dict[str, Any] = {
            "stdout": 1, "stderr": 1, "timestamps": 1, "follow": 0, "tail": tail,
        }  # fmt: skip
        if since is not None:
            params["since"] = since
        try:
            log = ContainerLog(client, found.id, params)
        except docker.errors.NotFound:
            out.note(f"container {found.name} disappeared before its log was read")
            return
        except (docker.errors.DockerException, requests.exceptions.RequestException) as exc:
            out.note(f"{found.name}: docker logs: {api_problem(exc)}")
            return
        try:
            tty = bool((found.attrs.get("Config") or {}).get("Tty"))
            chunks = log.chunks(tty)
            first = next(chunks, None)
            if first is None and log.problem is not None:
                out.note(f"{found.name}: docker logs: {log.problem}")
                return
            rest = itertools.chain([first], chunks) if first is not None else iter(())
            # dockerd keeps serving while a block is redacted (readahead.py)
            rec = out.chunks(
                layout.docker_log(found.name),
                read_ahead(rest),
                cap=cap,
                strip_cr=True,
                helper=helper,
                block=LOG_BLOCK_BYTES,
            )
        finally:
            with contextlib.suppress(Exception):  # SSH streams cannot be cancelled
                log.close()
        if log.problem is not None:
            out.note(f"{found.name}: docker logs stopped early, kept what was read: {log.problem}")
        if log.lines >= tail:  # the tail bound was reached: older lines were never read
            mark_truncated(rec, None)
        elif rec.truncated:
            mark_truncated(rec, log.bytes)

    def _container_file(
        self, client: docker.DockerClient, found: _Found, path: str, cap: int, out: Output
    ) -> None:
        try:
            tail = self._archive_tail(client, found.id, path, cap + margin_for(cap))
        except docker.errors.NotFound:
            return  # not every image version writes every log: normal
        except (
            docker.errors.DockerException,
            requests.exceptions.RequestException,
            tarfile.TarError,
            OSError,
        ) as exc:
            out.note(f"{found.name}: {path}: {api_problem(exc)}")
            return
        if tail is None:
            return
        data = tail.data
        if tail.dropped and b"\n" in data:
            data = data[data.index(b"\n") + 1 :]  # the first line was cut in the middle
        blocks = (data[i : i + READ_BLOCK] for i in range(0, len(data), READ_BLOCK))
        rec = out.chunks(layout.docker_file(found.name, path), blocks, cap=cap, strip_cr=True)
        if tail.dropped:
            mark_truncated(rec, tail.size)

    @staticmethod
    def _archive_tail(
        client: docker.DockerClient, container_id: str, path: str, limit: int, follow: int = 2
    ) -> _FileTail | None:
        """The tail of a regular file inside the container via GET /containers/{id}/archive (a tar
        stream, read in stream mode: nothing is buffered beyond `limit`). Symbolic links are
        followed (twice at most); anything else (a directory, a device) is ignored."""
        chunks, _stat = client.api.get_archive(container_id, path, chunk_size=ARCHIVE_CHUNK)
        with tarfile.open(fileobj=_ChunkReader(chunks), mode="r|") as tar:
            member = tar.next()
            if member is None:
                return None
            if member.issym() and follow > 0:
                target = member.linkname
                if not target.startswith("/"):
                    target = os.path.normpath(os.path.join(os.path.dirname(path), target))
                # finish this response before the next request on the same connection
                for _ in tar:
                    pass
                return DockerCollector._archive_tail(
                    client, container_id, target, limit, follow - 1
                )
            if not member.isfile():
                return None
            stream = tar.extractfile(member)
            if stream is None:
                return None
            data, total = _read_tail(stream, limit)
            for _ in tar:  # drain the rest of the archive
                pass
        return _FileTail(data=data, size=max(total, member.size), dropped=total > len(data))


def primary_first(found: list[_Found]) -> list[_Found]:
    """Running containers first, each group newest first (started, else created): the first one's
    settings are the deployment's."""

    def started(f: _Found) -> str:
        state = f.attrs.get("State") or {}
        at = str(state.get("StartedAt") or "")
        return at if not at.startswith("0001-") else str(f.attrs.get("Created") or "")

    by_time = sorted(found, key=started, reverse=True)
    return sorted(by_time, key=lambda f: not (f.attrs.get("State") or {}).get("Running"))
