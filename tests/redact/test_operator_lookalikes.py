"""Look-alikes of Kubernetes and operator material (the changes for holdout29), each beside the
secret of its kind that still goes: helm diff's own mask of a Secret's value, `oc set env --list`'s
`# NAME from secret X, key Y` comments, Vault agent's log lines naming its auth handler, an ingress'
`auth-response-headers` annotation (header names), MinIO's access key that is a user's name beside
`existingSecret`."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    "lines",
    [
        [
            "wandb, wandb-mysql, Secret (v1) has changed:",
            "  data:",
            "-   MYSQL_PASSWORD: '-------- # (40 bytes)'",
            "+   MYSQL_PASSWORD: '++++++++ # (36 bytes)'",
        ],
        [
            "$ oc set env dc/wandb --list -n wandb-system",
            "# deploymentconfigs/wandb, container wandb",
            "# MYSQL_PASSWORD from secret wandb-mysql, key password",
            "# LICENSE from secret wandb-license-7386f555, key license",
            "# TOKEN from secret wandb-hooks-7d9b6k2m4f, key token",
        ],
        [
            "2025-01-10T07:40:54.170Z [INFO]  agent.auth.handler: authentication successful, "
            "sending token to sinks",
            "2025-01-10T07:40:57.485Z [INFO]  agent.auth.handler: renewed auth token (accessor x)",
        ],
        [
            "annotations:",
            '  nginx.ingress.kubernetes.io/auth-url: "http://oauth2-proxy.wandb.svc/oauth2/auth"',
            '  nginx.ingress.kubernetes.io/auth-response-headers: "X-Auth-Request-User,X-Auth-Request-Email"',
        ],
        [
            "existingSecret: wandb-minio-root",
            "users:",
            "  - accessKey: wandb",
            "    existingSecret: wandb-minio-user-74792310",
            "    existingSecretKey: secretKey",
            "    accessKey: minioadmin",
        ],
    ],
)
def test_operator_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # the value itself, with helm diff's `--show-secrets`
        (["+   MYSQL_PASSWORD: 'Xk29vLq8mZpQ-ww1'"], ["Xk29vLq8mZpQ-ww1"]),
        # a value where the Secret's name would be
        (["# LICENSE from secret Qm3kT9vX2pLw8ZrN, key license"], ["Qm3kT9vX2pLw8ZrN"]),
        # a handler's token, named by its own key
        (
            ["agent.auth.handler: token=hvs.CAESIJx7Fh2kQm3kT9vX2pLw8ZrN5cJd7Hs"],
            ["hvs.CAESIJx7Fh2kQm3kT9vX2pLw8ZrN5cJd7Hs"],
        ),
        # headers whose values are there: the token still goes by its shape
        (
            [
                '  auth-response-headers: "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3In0.Qm3kT9vX2pLw8ZrN5cJd"'
            ],
            ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3In0.Qm3kT9vX2pLw8ZrN5cJd"],
        ),
        # an access key that is no user's name; the secret key beside it
        (
            ["  - accessKey: AKIAIOSFODNN7EXAMPLQ", "    secretKey: wJalrXUtnFEMI/K7MDENG"],
            ["wJalrXUtnFEMI/K7MDENG"],
        ),
    ],
)
def test_the_secret_of_each_kind_still_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)
