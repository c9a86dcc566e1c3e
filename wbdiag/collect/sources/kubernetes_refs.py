"""The Secrets a namespace's W&B objects use, named without reading one (secret-references.json,
docs/bundle-format.md). The collector never lists Secrets: a list returns their values, and its
Role grants none."""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]

_SECRET_NAME_KEYS = ("secretName", "existingSecret")
_SECRET_REF_KEYS = ("secretKeyRef", "secretRef", "secret")


class SecretReferences:
    """The Secrets a namespace's W&B objects use, by name, with the keys taken from each and
    who takes them: what support needs to know about Secrets, without reading one."""

    def __init__(self) -> None:
        self.found: dict[str, tuple[set[str], list[str]]] = {}

    def add(self, name: Any, key: Any, by: str) -> None:
        if not isinstance(name, str) or not name:
            return
        keys, users = self.found.setdefault(name, (set(), []))
        if isinstance(key, str) and key:
            keys.add(key)
        if by not in users and len(users) < 50:
            users.append(by)

    def pod_spec(self, spec: Obj, owner: str) -> None:
        for c in (*(spec.get("containers") or []), *(spec.get("initContainers") or [])):
            c = c or {}
            for var in c.get("env") or []:
                ref = ((var or {}).get("valueFrom") or {}).get("secretKeyRef") or {}
                self.add(ref.get("name"), ref.get("key"), f"{owner} env {(var or {}).get('name')}")
            for src in c.get("envFrom") or []:
                self.add(((src or {}).get("secretRef") or {}).get("name"), None, f"{owner} envFrom")
        for vol in spec.get("volumes") or []:
            vol = vol or {}
            sources = [vol] + [s for s in (vol.get("projected") or {}).get("sources") or [] if s]
            for src in sources:
                secret = src.get("secret") or {}
                name = secret.get("secretName") or secret.get("name")
                by = f"{owner} volume {vol.get('name')}"
                self.add(name, None, by)
                for item in secret.get("items") or []:
                    self.add(name, (item or {}).get("key"), by)
        for ips in spec.get("imagePullSecrets") or []:
            self.add((ips or {}).get("name"), None, f"{owner} imagePullSecrets")

    def tree(self, obj: Any, owner: str) -> None:
        """Values of a custom resource (or Helm-style values) that name a Secret."""
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k in _SECRET_NAME_KEYS and isinstance(v, str):
                    self.add(v, None, f"{owner} {k}")
                elif k in _SECRET_REF_KEYS and isinstance(v, dict) and "name" in v:
                    self.add(v.get("name"), v.get("key"), f"{owner} {k}")
                else:
                    self.tree(v, owner)
        elif isinstance(obj, list):
            for v in obj:
                self.tree(v, owner)

    def document(self) -> Obj:
        return {
            "kind": "SecretReferences",
            "items": [
                {"name": name, "keys": sorted(keys), "referencedBy": users}
                for name, (keys, users) in sorted(self.found.items())
            ],
        }
