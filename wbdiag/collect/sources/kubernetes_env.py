"""What a W&B pod's environment holds as far as it is known without reading Secrets (and the W&B
settings its workloads agree on), the registry that hands every secret-looking value inside
Kubernetes objects to the redactor, and the scrubbed copy of an object the bundle holds."""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any

from wbdiag.collect.secrets import register_setting_secrets
from wbdiag.collect.sources.kubernetes_objects import (
    CONFIGMAPS,
    CRONJOBS,
    DAEMONSETS,
    DEPLOYMENTS,
    JOBS,
    LAST_APPLIED,
    OPERATOR_IMAGES,
    PODS,
    STATEFULSETS,
    Kind,
    Obj,
    containers,
    image_name,
    pod_spec_of,
)
from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_name as secret_name
from wbdiag.redact.names import is_secret_setting
from wbdiag.redact.values import PLACEHOLDER
from wbdiag.settings import is_wandb_setting

# -- secrets -----------------------------------------------------------------------------------
TRIVIAL_WORDS = frozenset({
    "true", "false", "yes", "no", "on", "off", "null", "none", "enabled", "disabled", "required",
    "optional",
})  # fmt: skip


def trivial(value: str) -> bool:
    """Flags and small numbers are never secrets worth hiding, and as known secrets they would
    shred every `true` or port number in the bundle (JSON literals included)."""
    v = value.strip()
    return len(v) < 4 or v.lower() in TRIVIAL_WORDS or (v.isdigit() and len(v) < 8)


def _looks_random(value: str) -> bool:
    """A value of a Secret key whose name says nothing: kept secret when it looks like a key or
    a password (no blanks, mixed character classes), not when it is a user or database name."""
    if not 8 <= len(value) <= 4096 or any(c.isspace() for c in value):
        return False
    classes = sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )
    return classes >= 3 or (len(value) >= 24 and any(c.isdigit() for c in value))


class SecretRegistry:
    """Registers with the redactor every secret-looking value inside Kubernetes objects."""

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor

    def value(self, name: str, value: str) -> None:
        if not value or trivial(value) or PLACEHOLDER.fullmatch(value):
            return
        if secret_name(name):
            self.redactor.add_secret(value, "setting")
            for line in value.splitlines():
                if len(line.strip()) >= 16 and not line.startswith("-----"):
                    self.redactor.add_secret(line.strip(), "setting")
        if "://" in value and "@" in value:
            register_setting_secrets(self.redactor, {"URL": value})
        if name == LAST_APPLIED:
            with contextlib.suppress(ValueError):
                self.tree(json.loads(value))

    def tree(self, obj: Any) -> None:
        if isinstance(obj, dict):
            name, val = obj.get("name"), obj.get("value")
            if isinstance(name, str) and isinstance(val, str):  # an env var
                self.value(name, val)
            for k, v in obj.items():
                if isinstance(v, str):
                    self.value(str(k), v)
                else:
                    self.tree(v)
        elif isinstance(obj, list):
            for v in obj:
                self.tree(v)


# -- settings from pod specs -------------------------------------------------------------------
_ENV_REF = re.compile(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)")


def _expand(value: str, env: dict[str, str]) -> str:
    """Kubernetes' $(VAR) expansion from the variables defined before; unknown ones stay."""

    def repl(m: re.Match[str]) -> str:
        if m.group(0) == "$$":
            return "$"
        return env.get(m.group(1), m.group(0))

    return _ENV_REF.sub(repl, value)


def container_env(container: Obj, configmaps: dict[str, dict[str, str]]) -> dict[str, str]:
    """What a container's environment is, as far as it is known without reading Secrets."""
    env: dict[str, str] = {}
    for src in container.get("envFrom") or []:
        ref = (src or {}).get("configMapRef") or {}
        data = configmaps.get(str(ref.get("name") or ""))
        if data:
            prefix = str(src.get("prefix") or "")
            env.update({prefix + k: v for k, v in data.items()})
    for var in container.get("env") or []:
        name = (var or {}).get("name")
        if not isinstance(name, str):
            continue
        if isinstance(var.get("value"), str):
            env[name] = _expand(var["value"], env)
            continue
        ref = (var.get("valueFrom") or {}).get("configMapKeyRef") or {}
        data = configmaps.get(str(ref.get("name") or ""))
        if data and ref.get("key") in data:
            env[name] = data[str(ref["key"])]
        else:  # from a Secret, a field or a resource: unknown here
            env.pop(name, None)
    return env


# -- settings the W&B workloads agree on -------------------------------------------------------
def workload_settings(
    items: dict[str, list[Obj]], redactor: Redactor, namespace: str
) -> tuple[dict[str, str], list[str]]:
    """W&B settings from the env of the W&B server containers, with the ConfigMaps they
    reference (`items`: kind name -> listed objects). One vote per workload (Deployment,
    StatefulSet, DaemonSet, CronJob, Job, bare pod; the pods themselves when no workload could be
    read); the value most workloads hold wins, the first one on a tie. Returns the values and a
    note per setting the workloads disagree on (workload names, not values)."""
    configmaps = {
        str((cm.get("metadata") or {}).get("name")): {
            str(k): v for k, v in (cm.get("data") or {}).items() if isinstance(v, str)
        }
        for cm in items.get(CONFIGMAPS.name, [])
    }
    owners = (DEPLOYMENTS, STATEFULSETS, DAEMONSETS, CRONJOBS, JOBS)
    sources: list[tuple[Kind, Obj]] = [
        (kind, obj) for kind in owners for obj in items.get(kind.name, [])
    ]
    pods = items.get(PODS.name, [])
    bare = [p for p in pods if not (p.get("metadata") or {}).get("ownerReferences")]
    sources += [(PODS, p) for p in (bare if sources else pods)]
    votes: dict[str, dict[str, list[str]]] = {}  # setting -> value -> workloads
    for kind, obj in sources:
        _, spec = pod_spec_of(kind, obj)
        workload = f"{kind.name}/{(obj.get('metadata') or {}).get('name')}"
        env: dict[str, str] = {}
        for c in containers(spec):
            is_wandb, last = image_name(str(c.get("image") or ""))
            if not is_wandb or last in OPERATOR_IMAGES:
                continue
            for k, v in container_env(c, configmaps).items():
                # the runner registers secret settings' values as known secrets: a flag such as
                # "true" would then be redacted everywhere
                if trivial(v) and is_secret_setting(k):
                    continue
                env.setdefault(k, v)
        register_setting_secrets(redactor, env)
        for k, v in env.items():
            if is_wandb_setting(k) and v and "$(" not in v:
                votes.setdefault(k, {}).setdefault(v, []).append(workload)
    values: dict[str, str] = {}
    notes: list[str] = []
    for k, by_value in votes.items():
        ranked = sorted(by_value.items(), key=lambda kv: -len(kv[1]))  # stable: ties keep order
        values[k] = ranked[0][0]
        if len(ranked) > 1:
            groups = "; ".join(", ".join(w) for _, w in ranked)
            notes.append(
                f"kubernetes: {k} differs between W&B workloads in namespace {namespace} "
                f"({len(ranked)} values: {groups}); using the most common"
            )
    return values, notes


# -- objects as the bundle holds them ----------------------------------------------------------
def scrub(obj: Any, redactor: Redactor) -> Any:
    """A copy for the bundle: every string through the redactor (on the raw text, before JSON
    escaping), secret-named values and env vars replaced whole, noise dropped."""
    if isinstance(obj, dict):
        env_name = obj.get("name")
        is_env = isinstance(env_name, str) and isinstance(obj.get("value"), str)
        result: Obj = {}
        for k, v in obj.items():
            if k == "managedFields":
                continue
            secret = (is_env and k == "value" and secret_name(str(env_name))) or (
                isinstance(v, str) and k != LAST_APPLIED and secret_name(str(k))
            )
            if (
                isinstance(v, str)
                and secret
                and v.strip().lower() not in TRIVIAL_WORDS
                and not PLACEHOLDER.fullmatch(v)
            ):
                result[k] = redactor.token(v, "setting")
            else:
                result[k] = scrub(v, redactor)
        return result
    if isinstance(obj, list):
        return [scrub(v, redactor) for v in obj]
    if isinstance(obj, str) and len(obj) >= 4:
        return redactor(obj)
    return obj
