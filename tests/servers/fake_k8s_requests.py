"""A request to the fake Kubernetes API server and what answers it: the request, the response and
the record kept of it, `Status` errors with the real wording, and a collection's query: label
and field selectors, paging by `limit` and `continue`, a pod log's number and flag parameters."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tests.servers.fake_k8s_resources import Obj, ResourceType


class ApiError(Exception):
    """Becomes a `Status` response."""

    def __init__(self, code: int, reason: str, message: str, details: Obj | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.details = details

    def status(self) -> Obj:
        body: Obj = {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": self.message,
            "reason": self.reason,
        }
        if self.details is not None:
            body["details"] = self.details
        body["code"] = self.code
        return body


def bad_request(message: str) -> ApiError:
    return ApiError(400, "BadRequest", message)


_LABEL_KEY = r"(?:[A-Za-z0-9.-]+/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?"
_LABEL_VALUE = r"(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?"
_RE_EXISTS = re.compile(rf"(!?)\s*({_LABEL_KEY})")
_RE_EQ = re.compile(rf"({_LABEL_KEY})\s*(==|=|!=)\s*({_LABEL_VALUE})")
_RE_SET = re.compile(rf"({_LABEL_KEY})\s+(in|notin)\s*\(([^()]*)\)")
_RE_CMP = re.compile(rf"({_LABEL_KEY})\s*(<|>)\s*(-?\d+)")


@dataclass(frozen=True)
class LabelRequirement:
    """One term of a label selector: `k=v`, `k!=v`, `k in (..)`, `k notin (..)`, `k`, `!k`,
    `k>n`, `k<n`."""

    key: str
    op: str
    values: frozenset[str] = frozenset()

    def matches(self, labels: Mapping[str, str]) -> bool:
        have = labels.get(self.key)
        if self.op in ("=", "in"):
            return have is not None and have in self.values
        if self.op in ("!=", "notin"):
            return have is None or have not in self.values
        if self.op == "exists":
            return have is not None
        if self.op == "!":
            return have is None
        try:
            number, limit = int(have or ""), int(next(iter(self.values)))
        except ValueError:
            return False
        return number > limit if self.op == ">" else number < limit


def _split_top_level(selector: str) -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in selector:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts]


def parse_label_selector(selector: str) -> list[LabelRequirement]:
    """k8s.io/apimachinery labels.Parse: =, ==, !=, in, notin, exists, !exists, <, >."""
    reqs: list[LabelRequirement] = []
    if not selector.strip():
        return reqs
    for term in _split_top_level(selector):
        if m := _RE_SET.fullmatch(term):
            values = frozenset(v.strip() for v in m.group(3).split(","))
            reqs.append(LabelRequirement(m.group(1), m.group(2), values))
        elif m := _RE_EQ.fullmatch(term):
            op = "!=" if m.group(2) == "!=" else "="
            reqs.append(LabelRequirement(m.group(1), op, frozenset({m.group(3)})))
        elif m := _RE_CMP.fullmatch(term):
            reqs.append(LabelRequirement(m.group(1), m.group(2), frozenset({m.group(3)})))
        elif m := _RE_EXISTS.fullmatch(term):
            reqs.append(LabelRequirement(m.group(2), "!" if m.group(1) else "exists"))
        else:
            raise bad_request(f"unable to parse requirement: found {term!r}, expected: label term")
    return reqs


def _split_unescaped(text: str, sep: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    esc = False
    for ch in text:
        if esc:
            cur.append(ch)
            esc = False
        elif ch == "\\":
            cur.append(ch)
            esc = True
        elif ch == sep:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _field_value(obj: Obj, path: str) -> str:
    if path == "source":
        path = "source.component"
    cur: Any = obj
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    if cur is None:
        return "false" if path in {"spec.hostNetwork", "spec.unschedulable"} else ""
    if isinstance(cur, bool):
        return "true" if cur else "false"
    return str(cur)


@dataclass(frozen=True)
class FieldRequirement:
    """One term of a field selector: `path=value`, `path==value`, `path!=value`."""

    path: str
    negate: bool
    value: str

    def matches(self, obj: Obj) -> bool:
        return (_field_value(obj, self.path) == self.value) != self.negate


def parse_field_selector(selector: str, rt: ResourceType) -> list[FieldRequirement]:
    """fields.ParseSelector, limited to the field labels the real server supports per resource."""
    reqs: list[FieldRequirement] = []
    if not selector.strip():
        return reqs
    for term in _split_unescaped(selector, ","):
        m = re.fullmatch(r"\s*([A-Za-z.]+)\s*(==|=|!=)(.*)", term)
        if not m:
            raise bad_request(f"invalid selector: '{selector}'; can't understand '{term}'")
        path, op, raw = m.groups()
        if path not in rt.field_labels:
            raise bad_request(f"field label not supported: {path}")
        reqs.append(FieldRequirement(path, op == "!=", re.sub(r"\\(.)", r"\1", raw)))
    return reqs


def encode_continue(rv: int, last_key: str) -> str:
    raw = json.dumps({"v": "meta.k8s.io/v1", "rv": rv, "start": last_key + "\x00"})
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode_continue(token: str) -> str:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
        if data.get("v") != "meta.k8s.io/v1" or not isinstance(data.get("start"), str):
            raise ValueError("unknown continue version")
        return str(data["start"]).rstrip("\x00")
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"continue key is not valid: {exc}") from exc


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: Mapping[str, str]
    body: bytes = b""
    # (verb, group, resource[/subresource], namespace) the request was authorized as
    access: tuple[str, str, str, str | None] | None = None


@dataclass
class Response:
    code: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RequestRecord:
    scenario: str
    user: str
    method: str
    path: str
    query: Mapping[str, str]
    code: int
    access: tuple[str, str, str, str | None] | None = None


def json_response(code: int, body: Any) -> Response:
    return Response(code, json.dumps(body, separators=(",", ":")).encode())


def not_found() -> ApiError:
    return ApiError(404, "NotFound", "the server could not find the requested resource", {})


def not_found_object(rt: ResourceType, name: str) -> ApiError:
    details: Obj = {"name": name}
    if rt.group:
        details["group"] = rt.group
    details["kind"] = rt.plural
    what = f"{rt.plural}.{rt.group}" if rt.group else rt.plural
    return ApiError(404, "NotFound", f'{what} "{name}" not found', details)


def method_not_allowed() -> ApiError:
    return ApiError(
        405,
        "MethodNotAllowed",
        "the server does not allow this method on the requested resource",
        {},
    )


def truthy(value: str | None) -> bool:
    return (value or "").lower() in {"true", "1"}


def int_param(q: Mapping[str, str], name: str, minimum: int) -> int | None:
    raw = q.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError as exc:
        raise bad_request(f"{name}: invalid value {raw!r}") from exc
    if value < minimum:
        raise ApiError(
            422,
            "Invalid",
            f'PodLogOptions "" is invalid: {name}: Invalid value: {value}: '
            f"must be greater than or equal to {minimum}",
            {
                "kind": "PodLogOptions",
                "causes": [
                    {
                        "reason": "FieldValueInvalid",
                        "message": f"Invalid value: {value}",
                        "field": name,
                    }
                ],
            },
        )
    return value
