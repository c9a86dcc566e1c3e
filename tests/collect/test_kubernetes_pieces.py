"""The Kubernetes collector's pieces, as units: which names are secret, image names, the labels
that mark W&B, container env with its references and ConfigMaps expanded, secret values
registered but flags not, secret references from the specs and the custom resource."""

from __future__ import annotations

import pytest

from wbdiag.collect.sources import kubernetes_env as k8s_env
from wbdiag.collect.sources import kubernetes_objects as k8s_objects
from wbdiag.collect.sources.kubernetes_refs import SecretReferences
from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_name


# -- the pieces ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("MYSQL_PASSWORD", True), ("LICENSE", True), ("license", True), ("secretKey", True),
        ("accessKey", True), ("tls.key", True), ("GORILLA_SESSION_KEY", True),
        ("password", True), ("secretName", False), ("existingSecret", False),
        ("passwordFile", False), ("MYSQL_HOST", False), ("HOST", False), ("secretKeyRef", False),
    ],
)  # fmt: skip
def test_secret_names(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        ("wandb/local:0.59.2", (True, "local")),
        ("docker.io/wandb/megabinary:0.59.2", (True, "megabinary")),
        ("registry.corp:5000/mirror/wandb/local@sha256:abc", (True, "local")),
        ("mysql:8.0.36", (False, "mysql")),
        ("bitnami/redis:7.2", (False, "redis")),
        ("wandb:latest", (False, "wandb")),
    ],
)
def test_image_names(image: str, expected: tuple[bool, str]) -> None:
    assert k8s_objects.image_name(image) == expected


def test_labels_that_mark_wandb() -> None:
    inst = "app.kubernetes.io/instance"
    name = "app.kubernetes.io/name"
    assert k8s_objects.labels_are_wandb({inst: "prod", name: "weave"})
    assert k8s_objects.labels_are_wandb({inst: "wandb", name: "app"})
    assert k8s_objects.labels_are_wandb(
        {inst: "prod", name: "app", "helm.sh/chart": "operator-wandb-0.1"}
    )
    assert not k8s_objects.labels_are_wandb({inst: "shop", name: "app"})
    assert not k8s_objects.labels_are_wandb({name: "weave"})


def test_container_env_expands_references_and_configmaps() -> None:
    container = {
        "envFrom": [{"configMapRef": {"name": "cfg"}, "prefix": ""}],
        "env": [
            {"name": "MYSQL_HOST", "value": "db"},
            {"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}},
            {"name": "MYSQL", "value": "mysql://u:$(MYSQL_PASSWORD)@$(MYSQL_HOST):3306/w"},
            {"name": "ESCAPED", "value": "$$(MYSQL_HOST)"},
            {"name": "FROM_CM", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "HOST"}}},
        ],
    }
    env = k8s_env.container_env(
        container, {"cfg": {"HOST": "https://w.example", "BUCKET": "s3://b"}}
    )
    assert env == {
        "HOST": "https://w.example", "BUCKET": "s3://b", "MYSQL_HOST": "db",
        "MYSQL": "mysql://u:$(MYSQL_PASSWORD)@db:3306/w", "ESCAPED": "$(MYSQL_HOST)",
        "FROM_CM": "https://w.example",
    }  # fmt: skip


def test_secret_values_are_registered_but_flags_are_not() -> None:
    red = Redactor()
    reg = k8s_env.SecretRegistry(red)
    reg.tree({"env": [
        {"name": "ALLOW_EMPTY_PASSWORD", "value": "true"},
        {"name": "DB_PASSWORD", "value": "hunter2-hunter2"},
        {"name": "BUCKET", "value": "s3://AKIAXXXXXXXXXXXXXXXX:s3cr3t-value@minio/b"},
    ], "values": {"global": {"license": "lic-0123456789abcdef"}}})  # fmt: skip
    text = red("true hunter2-hunter2 s3cr3t-value lic-0123456789abcdef wandb_local")
    assert text.split()[0] == "true" and text.split()[-1] == "wandb_local"
    assert all(t.startswith("[REDACTED:") for t in text.split()[1:-1]), text


def test_secret_references_name_secrets_and_keys_from_specs_and_the_custom_resource() -> None:
    refs = SecretReferences()
    refs.pod_spec({
        "containers": [{"name": "app", "env": [
            {"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "pw"}}},
            {"name": "HOST", "value": "https://wandb.example.com"},
        ], "envFrom": [{"secretRef": {"name": "license"}}]}],
        "volumes": [
            {"name": "tls", "secret": {"secretName": "certs", "items": [{"key": "tls.key"}]}},
            {"name": "p", "projected": {"sources": [{"secret": {"name": "proj"}}]}},
        ],
        "imagePullSecrets": [{"name": "regcred"}],
    }, "deployments/wandb-app")  # fmt: skip
    refs.tree(
        {
            "values": {
                "mysql": {"existingSecret": "db"},
                "oidc": {"secretKeyRef": {"name": "oidc", "key": "client-secret"}},
            }
        },
        "weightsandbiases/wandb",
    )
    doc = {i["name"]: i for i in refs.document()["items"]}
    assert sorted(doc) == ["certs", "db", "license", "oidc", "proj", "regcred"]
    assert doc["db"]["keys"] == ["pw"]
    assert doc["db"]["referencedBy"] == [
        "deployments/wandb-app env MYSQL_PASSWORD", "weightsandbiases/wandb existingSecret",
    ]  # fmt: skip
    assert doc["certs"]["keys"] == ["tls.key"] and doc["oidc"]["keys"] == ["client-secret"]
