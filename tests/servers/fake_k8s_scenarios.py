"""The fake Kubernetes API server's scenarios, loaded from `tests/servers/k8s_fixtures/<scenario>/`.

Fixture file format: Kubernetes objects as YAML documents (or `kind: List` documents, whose items
may share a pod spec through YAML anchors); a namespaced object without `metadata.namespace` goes
to `wandb`. The loader fills what the API server would: `uid`, `resourceVersion`,
`creationTimestamp`, `generation`, the `uid` of each `ownerReference` and of an Event's
`involvedObject` (looked up by kind and name; an unknown owner fails the load), `imageID` /
`containerID` and the resolved `image` of container statuses, and a Secret's `stringData` is
stored as base64 `data`. Strings may hold `${now}`, `${now-5m}` (units s m h d; `${nowus-...}`
for MicroTime fields), `${sentinel:NAME}` and `${uid:Kind/namespace/name}`. A Secret may carry
`fakeHelmRelease: {...}`, stored as Helm 3 stores a release (the `release` value is
base64(gzip(json)), base64'd once more as all Secret data). Kind `ObjectPatch` (apiVersion
`fake.wbdiag.test/v1`, `target: Kind/namespace/name`, `merge: {...}`) applies an RFC 7386 merge
patch to an included object (renaming it if `metadata.name` changes). Logs are documents of kind
`ContainerLog` (same apiVersion): `pod`, `namespace`, `container`, `previous`, `start` (or
`end`), `stepMillis`, `lines` (strings, or `{repeat: N, lines: [...]}`) with per-line `${i}`,
`${ts}` (RFC3339, ms), `${tsgo}` (Go log time) and `${ts:<strftime, %L = ms>}`. `scenario.yaml`
may `include` other scenarios' files (globs relative to k8s_fixtures), `remove` objects
(`Kind/namespace/name`, `Kind/name`, `ContainerLog/ns/pod/container[/previous]`), list optional
`apiGroups`, and set `version` and `containerRuntime`.
"""

from __future__ import annotations

import base64
import copy
import functools
import gzip
import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml

from tests.servers.fake_k8s_placeholders import Context, parse_rfc3339, rfc3339
from tests.servers.fake_k8s_resources import BY_KIND, RESOURCE_TYPES, Obj, ResourceType, group_of

FIXTURES = Path(__file__).parent / "k8s_fixtures"
SCENARIOS: tuple[str, ...] = ("healthy", "broken", "openshift", "ingress")
DEFAULT_NAMESPACE = "wandb"

LOG_KIND = "ContainerLog"
PATCH_KIND = "ObjectPatch"

LogLines = list[tuple[int, str]]  # (epoch nanoseconds, text without newline)


@dataclass
class Scenario:
    name: str
    description: str
    version: Obj
    api_groups: frozenset[str]
    objects: dict[ResourceType, list[Obj]]
    logs: dict[tuple[str, str, str, bool], LogLines]
    resource_version: int

    def items(self, rt: ResourceType, namespace: str | None = None) -> list[Obj]:
        items = self.objects.get(rt, [])
        if namespace is None or not rt.namespaced:
            return items
        return [o for o in items if o["metadata"].get("namespace") == namespace]

    def get(self, rt: ResourceType, namespace: str | None, name: str) -> Obj | None:
        for obj in self.items(rt, namespace):
            if obj["metadata"]["name"] == name:
                return obj
        return None

    def serves_group(self, group: str) -> bool:
        optional = {rt.group for rt in RESOURCE_TYPES if rt.optional}
        return group not in optional or group in self.api_groups

    def served_types(self) -> list[ResourceType]:
        return [rt for rt in RESOURCE_TYPES if self.serves_group(rt.group)]


def _object_key(doc: Obj) -> str:
    kind = doc.get("kind")
    if kind == LOG_KIND:
        prev = "/previous" if doc.get("previous") else ""
        ns = doc.get("namespace", DEFAULT_NAMESPACE)
        return f"{LOG_KIND}/{ns}/{doc['pod']}/{doc['container']}{prev}"
    if kind not in BY_KIND:
        raise ValueError(f"fixture kind {kind!r} is not served by the fake API server")
    rt = BY_KIND[kind]
    if group_of(str(doc.get("apiVersion", ""))) != rt.group:
        raise ValueError(f"{kind} {doc.get('metadata')}: apiVersion must be {rt.group_version}")
    meta = doc.setdefault("metadata", {})
    if rt.namespaced:
        meta.setdefault("namespace", DEFAULT_NAMESPACE)
        return f"{kind}/{meta['namespace']}/{meta['name']}"
    return f"{kind}/{meta['name']}"


_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster
_DOC_CACHE: dict[Path, list[Obj]] = {}


def _read_docs(path: Path) -> list[Obj]:
    """The documents of a fixture file (parsed once per process; callers get deep copies)."""
    if path not in _DOC_CACHE:
        _DOC_CACHE[path] = _parse_docs(path)
    return copy.deepcopy(_DOC_CACHE[path])


def _parse_docs(path: Path) -> list[Obj]:
    docs: list[Obj] = []
    with path.open(encoding="utf-8") as fh:
        for doc in yaml.load_all(fh, Loader=_YAML_LOADER):
            if doc is None:
                continue
            if doc.get("kind") == "List":
                docs.extend(doc.get("items") or [])
            else:
                docs.append(doc)
    return docs


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch: maps merge, `null` deletes, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


_UID_REF = re.compile(r"\$\{uid:([^{}]+)\}")


def _expand_uids(value: Any, uids: Mapping[str, str]) -> Any:
    """`${uid:Kind/namespace/name}` -> that object's metadata.uid (known only after loading)."""
    if isinstance(value, str):

        def repl(m: re.Match[str]) -> str:
            if m.group(1) not in uids:
                raise ValueError(f"${{uid:{m.group(1)}}} names no object")
            return uids[m.group(1)]

        return _UID_REF.sub(repl, value)
    if isinstance(value, list):
        return [_expand_uids(v, uids) for v in value]
    if isinstance(value, dict):
        return {k: _expand_uids(v, uids) for k, v in value.items()}
    return value


def _qualified_image(image: str) -> str:
    name, _, _ = image.partition("@")
    first = name.split("/", 1)[0]
    if "/" not in name:
        name = f"docker.io/library/{name}"
    elif "." not in first and ":" not in first and first != "localhost":
        name = f"docker.io/{name}"
    if ":" not in name.rsplit("/", 1)[-1]:
        name += ":latest"
    return name


def digest(*parts: str) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()


_GENERATION_KINDS = frozenset(
    {"Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "Ingress"}
    | {"WeightsAndBiases", "CustomResourceDefinition"}
)


class _ScenarioBuilder:
    def __init__(self, name: str, ctx: Context) -> None:
        self.name = name
        self.ctx = ctx
        self.directory = FIXTURES / name
        manifest = yaml.safe_load((self.directory / "scenario.yaml").read_text("utf-8")) or {}
        self.manifest: Obj = manifest
        self.runtime = str(manifest.get("containerRuntime", "containerd"))

    def build(self) -> Scenario:
        docs: dict[str, Obj] = {}
        patches: list[Obj] = []
        for path in self._files():
            for doc in _read_docs(path):
                if doc.get("kind") == PATCH_KIND:
                    patches.append(doc)
                else:
                    docs[_object_key(doc)] = doc
        for key in self.manifest.get("remove") or []:
            if docs.pop(key, None) is None:
                raise ValueError(f"{self.name}: remove {key!r} matches no object")
        for patch in patches:
            target = str(patch["target"])
            if target not in docs:
                raise ValueError(f"{self.name}: ObjectPatch target {target!r} matches no object")
            patched = merge_patch(docs[target], patch.get("merge") or {})
            if not patch.get("keepOriginal"):
                del docs[target]
            docs[_object_key(patched)] = patched
        docs = {k: self.ctx.expand(v) for k, v in docs.items()}

        logs_docs = [d for d in docs.values() if d.get("kind") == LOG_KIND]
        objects = [d for d in docs.values() if d.get("kind") != LOG_KIND]
        by_type: dict[ResourceType, list[Obj]] = {}
        rv = 4_200_000
        for obj in objects:
            rv += 7
            self._fill_metadata(obj, rv)
        uids = {_object_key(o): o["metadata"]["uid"] for o in objects}
        objects = [_expand_uids(o, uids) for o in objects]
        index = {
            (o["kind"], o["metadata"].get("namespace", ""), o["metadata"]["name"]): o
            for o in objects
        }
        for obj in objects:
            self._fill_owner_uids(obj, index)
            self._fill_involved_object(obj, index)
            self._fill_kind_specific(obj)
            by_type.setdefault(BY_KIND[obj["kind"]], []).append(obj)
        for items in by_type.values():
            items.sort(key=storage_key)

        groups = set(self.manifest.get("apiGroups") or [])
        groups.update(rt.group for rt in by_type if rt.optional)
        version = dict(DEFAULT_VERSION)
        version.update(self.manifest.get("version") or {})
        logs = {}
        for doc in logs_docs:
            ns = doc.get("namespace", DEFAULT_NAMESPACE)
            if (("Pod", ns, doc["pod"])) not in index:
                raise ValueError(f"{self.name}: ContainerLog for unknown pod {doc['pod']!r}")
            key = (ns, doc["pod"], doc["container"], bool(doc.get("previous", False)))
            logs[key] = _render_log(doc, self.ctx.now)
        return Scenario(
            name=self.name,
            description=str(self.manifest.get("description", "")),
            version=version,
            api_groups=frozenset(groups),
            objects=by_type,
            logs=logs,
            resource_version=rv + 100,
        )

    def _files(self) -> list[Path]:
        files: list[Path] = []
        for pattern in self.manifest.get("include") or []:
            matched = sorted(p for p in FIXTURES.glob(pattern) if p.name != "scenario.yaml")
            if not matched:
                raise ValueError(f"{self.name}: include {pattern!r} matches no file")
            files.extend(matched)
        files.extend(p for p in sorted(self.directory.glob("*.yaml")) if p.name != "scenario.yaml")
        return files

    def _fill_metadata(self, obj: Obj, rv: int) -> None:
        meta = obj["metadata"]
        key = _object_key(obj)
        for field_name in ("labels", "annotations"):
            for k, v in (meta.get(field_name) or {}).items():
                if not isinstance(v, str):  # the client's models reject the whole list
                    raise ValueError(f"{self.name}: {key} {field_name}[{k}] must be a string")
        meta.setdefault("uid", str(uuid.uuid5(uuid.NAMESPACE_URL, f"fake-k8s/{self.name}/{key}")))
        meta.setdefault("resourceVersion", str(rv))
        meta.setdefault("creationTimestamp", rfc3339(self.ctx.now - timedelta(days=12)))
        if obj["kind"] in _GENERATION_KINDS:
            meta.setdefault("generation", 1)

    def _fill_owner_uids(self, obj: Obj, index: Mapping[tuple[str, str, str], Obj]) -> None:
        meta = obj["metadata"]
        for ref in meta.get("ownerReferences") or []:
            if "uid" in ref:
                continue
            owner_rt = BY_KIND.get(ref.get("kind", ""))
            ns = meta.get("namespace", "") if owner_rt and owner_rt.namespaced else ""
            owner = index.get((ref.get("kind", ""), ns, ref.get("name", "")))
            if owner is None:
                raise ValueError(f"{self.name}: owner {ref} of {_object_key(obj)} not found")
            ref["uid"] = owner["metadata"]["uid"]
            ref.setdefault("apiVersion", owner["apiVersion"])

    @staticmethod
    def _fill_involved_object(obj: Obj, index: Mapping[tuple[str, str, str], Obj]) -> None:
        """An Event's involvedObject gets the uid of the object when it exists."""
        ref = obj.get("involvedObject")
        if obj["kind"] != "Event" or not isinstance(ref, dict) or "uid" in ref:
            return
        target = index.get((ref.get("kind", ""), ref.get("namespace", ""), ref.get("name", "")))
        if target is not None:
            ref["uid"] = target["metadata"]["uid"]
            ref.setdefault("resourceVersion", target["metadata"]["resourceVersion"])

    def _fill_kind_specific(self, obj: Obj) -> None:
        if obj["kind"] == "Secret":
            data = obj.setdefault("data", {})
            for k, v in (obj.pop("stringData", None) or {}).items():
                data[k] = base64.b64encode(str(v).encode()).decode()
            release = obj.pop("fakeHelmRelease", None)
            if release is not None:
                blob = gzip.compress(json.dumps(release).encode(), mtime=0)
                data["release"] = base64.b64encode(base64.b64encode(blob)).decode()
        elif obj["kind"] == "Pod":
            self._fill_container_statuses(obj)

    def _fill_container_statuses(self, pod: Obj) -> None:
        spec = pod.get("spec", {})
        specs = {
            c["name"]: c for key in ("initContainers", "containers") for c in spec.get(key) or []
        }
        status = pod.get("status", {})
        for key in ("initContainerStatuses", "containerStatuses"):
            for cs in status.get(key) or []:
                image = cs.get("image") or specs.get(cs["name"], {}).get("image", "")
                ran = any(
                    "running" in (st or {}) or "terminated" in (st or {})
                    for st in (cs.get("state"), cs.get("lastState"))
                )
                # the runtime reports the resolved name once the image was pulled
                cs["image"] = _qualified_image(image) if ran else image
                cs.setdefault("ready", False)
                cs.setdefault("restartCount", 0)
                if "imageID" not in cs:
                    repo = cs["image"].rsplit(":", 1)[0]
                    cs["imageID"] = f"{repo}@sha256:{digest(image)}" if ran else ""
                restarts = int(cs["restartCount"])
                pod_name = pod["metadata"]["name"]
                ids = {
                    which: f"{self.runtime}://{digest(pod_name, cs['name'], str(n))}"
                    for which, n in (("state", restarts), ("lastState", restarts - 1))
                }
                for which in ("state", "lastState"):
                    st = cs.get(which) or {}
                    if "terminated" in st:
                        st["terminated"].setdefault("containerID", ids[which])
                state = cs.get("state") or {}
                if "running" in state or "terminated" in state:
                    cs.setdefault("containerID", ids["state"])
                elif "terminated" in (cs.get("lastState") or {}):
                    cs.setdefault("containerID", ids["lastState"])


DEFAULT_VERSION: Obj = {
    "major": "1",
    "minor": "29",
    "gitVersion": "v1.29.4",
    "gitCommit": "55019c83b0fd51ef4ced8c29eec2c4847f896e74",
    "gitTreeState": "clean",
    "buildDate": "2024-04-16T15:03:08Z",
    "goVersion": "go1.21.9",
    "compiler": "gc",
    "platform": "linux/amd64",
}


def storage_key(obj: Obj) -> str:
    """The etcd key order a real list has: `<namespace>/<name>`, compared as strings."""
    meta = obj["metadata"]
    ns = meta.get("namespace")
    return f"{ns}/{meta['name']}" if ns else str(meta["name"])


_LINE_PLACEHOLDER = re.compile(r"\$\{(i|ts|tsgo|ts:[^{}]*)\}")


def _line_value(m: re.Match[str], when: datetime, i: int) -> str:
    """`${i}`, `${ts}` (RFC3339 with ms), `${tsgo}` (Go log), `${ts:<strftime, %L = ms>}`."""
    name = m.group(1)
    millis = f"{when.microsecond // 1000:03d}"
    if name == "i":
        return str(i)
    if name == "ts":
        return when.strftime("%Y-%m-%dT%H:%M:%S.") + millis + "Z"
    if name == "tsgo":
        return when.strftime("%Y/%m/%d %H:%M:%S")
    return when.strftime(name[3:].replace("%L", millis))


def _render_log(doc: Obj, now: datetime) -> LogLines:
    texts: list[tuple[str, int]] = []  # (template, repeat index)
    for entry in doc.get("lines") or []:
        if isinstance(entry, str):
            texts.append((entry, 0))
        elif isinstance(entry, dict) and "repeat" in entry:
            for i in range(int(entry["repeat"])):
                texts.extend((str(line), i) for line in entry["lines"])
        else:
            raise ValueError(f"bad ContainerLog line entry: {entry!r}")
    step_ns = int(doc.get("stepMillis", 1000)) * 1_000_000
    if "start" in doc:
        start = parse_rfc3339(str(doc["start"]))
    else:
        end = parse_rfc3339(str(doc.get("end", rfc3339(now))))
        start = end - timedelta(microseconds=step_ns * max(len(texts) - 1, 0) // 1000)
    start_ns = int(start.timestamp()) * 1_000_000_000
    out: LogLines = []
    for n, (template, i) in enumerate(texts):
        jitter = (n * 2_654_435_761 + 48_271) % max(step_ns // 2, 1)
        ts_ns = start_ns + n * step_ns + jitter
        when = datetime.fromtimestamp(ts_ns / 1e9, tz=timezone.utc)
        text = _LINE_PLACEHOLDER.sub(functools.partial(_line_value, when=when, i=i), template)
        out.append((ts_ns, text))
    return out


def load_scenarios(now: datetime, sentinels: Mapping[str, str]) -> dict[str, Scenario]:
    ctx = Context(now=now, sentinels=sentinels)
    return {name: _ScenarioBuilder(name, ctx).build() for name in SCENARIOS}
