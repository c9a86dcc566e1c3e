"""The Docker engine as the Docker collector meets it (docker.py): which images and names are
W&B Server's, connecting to the engine and turning its failures into a skip or a refusal, and the
containers' environment as the redactor must know it before any log is written."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable
from typing import Any

import docker
import docker.errors
import requests

from wbdiag.collect.base import SourceForbidden, SourceSkipped
from wbdiag.collect.secrets import register_setting_secrets
from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_setting
from wbdiag.redact.values import is_trivial_value

WANDB_REPOSITORY = "wandb/local"
WANDB_CONTAINER_NAME = "wandb-local"
DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock"
API_TIMEOUT = 10  # seconds, per engine request (connect and each read)


# -- recognising W&B ---------------------------------------------------------------------------
def image_repository(image: str) -> str:
    """`registry.corp:5000/wandb/local:0.59.2@sha256:…` -> `registry.corp:5000/wandb/local`."""
    ref = image.strip().split("@", 1)[0]
    slash = ref.rfind("/")
    colon = ref.rfind(":")
    if colon > slash:  # a tag, not a registry port
        ref = ref[:colon]
    return ref.lower()


def is_wandb_image(image: str) -> bool:
    """True for the wandb/local repository on any registry (`docker.io/`, a mirror's path)."""
    parts = image_repository(image).split("/")
    return parts[-2:] == WANDB_REPOSITORY.split("/")


def container_name(names: Iterable[str] | None, fallback: str) -> str:
    """The container's own name from the list API's `Names` (legacy links add `/a/b` aliases)."""
    cleaned = [n.lstrip("/") for n in names or () if n]
    own = [n for n in cleaned if "/" not in n]
    return (own or cleaned or [fallback])[0]


# -- the engine --------------------------------------------------------------------------------
def _exception_chain(exc: BaseException) -> list[BaseException]:
    """The exception, its causes and contexts, and exceptions held in their args (urllib3 keeps
    the OSError there), depth-first, each once."""
    seen: list[BaseException] = []
    stack = [exc]
    while stack:
        cur = stack.pop()
        if any(cur is s for s in seen):
            continue
        seen.append(cur)
        stack.extend(a for a in cur.args if isinstance(a, BaseException))
        for nxt in (cur.__cause__, cur.__context__):
            if nxt is not None:
                stack.append(nxt)
    return seen


def classify_engine_error(exc: BaseException, where: str) -> Exception | None:
    """SourceForbidden / SourceSkipped for an engine that refuses or does not answer; None for any
    other failure (a malformed address, an HTTP error), which then fails the collector."""
    chain = _exception_chain(exc)

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(e, types) for e in chain)

    if has(PermissionError):
        return SourceForbidden(
            f"permission denied on the Docker engine at {where}: run wbdiag as root or as a member "
            "of the docker group"
        )
    if has(FileNotFoundError):
        return SourceSkipped(f"no Docker engine at {where}: the socket does not exist")
    if has(ConnectionRefusedError):
        return SourceSkipped(f"no Docker engine at {where}: connection refused")
    if has(TimeoutError, socket.timeout, requests.exceptions.Timeout):
        return SourceSkipped(f"no Docker engine answered at {where} within {API_TIMEOUT}s")
    if has(socket.gaierror):
        return SourceSkipped(f"no Docker engine at {where}: the host name does not resolve")
    if has(requests.exceptions.ConnectionError, ConnectionError):
        return SourceSkipped(f"no Docker engine answered at {where}")
    return None


def connect(docker_host: str | None) -> tuple[docker.DockerClient, str]:
    """A client for `docker_host`, else for the environment's engine; and its address."""
    environment = dict(os.environ)
    if docker_host:
        environment["DOCKER_HOST"] = docker_host
    where = environment.get("DOCKER_HOST") or DEFAULT_DOCKER_HOST
    try:
        # The constructor already asks the engine for its API version.
        client = docker.from_env(timeout=API_TIMEOUT, environment=environment)
    except docker.errors.DockerException as exc:
        mapped = classify_engine_error(exc, where)
        if mapped is not None:
            raise mapped from None
        raise
    return client, where


def api_problem(exc: Exception) -> str:
    if isinstance(exc, docker.errors.APIError):
        return str(exc.explanation or exc)[:300]
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"


# -- secrets -----------------------------------------------------------------------------------
def env_of(attrs: dict[str, Any]) -> dict[str, str]:
    """Config.Env as a dict (the last of repeated names wins, as in the container)."""
    env: dict[str, str] = {}
    for item in (attrs.get("Config") or {}).get("Env") or ():
        if isinstance(item, str) and item:
            name, _, value = item.partition("=")
            env[name] = value
    return env


def is_secret_env(name: str, value: str) -> bool:
    return bool(value) and not is_trivial_value(value) and is_secret_setting(name)


def register_env_secrets(redactor: Redactor, env: dict[str, str]) -> None:
    """Every value of a secret-named variable, and every URL's credentials, become exact secrets:
    a secret that no pattern recognises (a bare password printed by a service) still goes."""
    register_setting_secrets(redactor, {k: v for k, v in env.items() if not is_trivial_value(v)})
    for name, value in env.items():
        if is_secret_env(name, value):
            redactor.add_secret(value, "setting")


def redacted_env(redactor: Redactor, attrs: dict[str, Any]) -> list[str] | None:
    """Config.Env with every secret-named variable's value replaced whole (also short values,
    which exact-match redaction leaves alone)."""
    env = (attrs.get("Config") or {}).get("Env")
    if not isinstance(env, list):
        return None
    out: list[str] = []
    for item in env:
        if isinstance(item, str):
            name, sep, value = item.partition("=")
            if sep and is_secret_env(name, value):
                item = f"{name}={redactor.token(value, 'setting')}"
        out.append(item)
    return out
