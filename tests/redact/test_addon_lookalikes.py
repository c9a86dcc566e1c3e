"""Look-alikes of cluster add-ons' material (the changes for holdout38), each beside the secret of
its kind that still goes: a login's realm (ingress-nginx's `auth-realm` annotation, as its
basic-auth example writes it), whether a key is there (the OpenTelemetry Collector's debug exporter
prints a span attribute as `Bool(true)`), a Python agent's thread name on a line about its licence
(New Relic's `(pid/NR-Activate-Session/app)`), the hash of an ACME account's key (`kubectl describe
clusterissuer`'s `Last Private Key Hash:`), the Secret that holds a DynaKube's tokens (its
`spec.tokens`), Argo CD notifications' reference to a key of `argocd-notifications-secret` (`token:
$slack-token`), and htpasswd's usage (`-b[cmB25dpsDv]`)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

pytestmark = pytest.mark.usefixtures("both_engines")

_NR = "2024-02-20 14:30:53,221 (1/NR-Activate-Session/wandb-weave) newrelic.core.config DEBUG - "
_ACME = "    Last Private Key Hash:  "


@pytest.mark.parametrize(
    "lines",
    [
        [
            "  annotations:",
            "    nginx.ingress.kubernetes.io/auth-type: basic",
            "    nginx.ingress.kubernetes.io/auth-secret: basic-auth",
            "    nginx.ingress.kubernetes.io/auth-realm: 'Authentication Required - foo'",
        ],
        ["      basicAuth:", '        realm: "W&B metrics"'],
        [
            '     -> http.request.header.authorization: Slice(["[REDACTED]"])',
            "     -> wandb.api_key.present: Bool(true)",
        ],
        [_NR + "license_key: ****************************************6c1f"],
        [
            "  Acme:",
            _ACME + "43R+RB2D8h+wVLl4nHMG9GNHcTzfVHJV3i3bg8TAFkgr",
            "    Last Registered Email:  ops@example.com",
        ],
        [
            "spec:",
            "  apiUrl: https://abc12345.live.dynatrace.com/api",
            "  tokens: wandb-dynakube",
            "status:",
            "  tokens: wandb-dynakube",
        ],
        [
            "  service.slack: |",
            "    token: $slack-token",
            "  service.pagerdutyv2: |",
            "    serviceKeys:",
            "      wandb: $pagerduty-key-wandb",
        ],
        [
            "\thtpasswd [-cimB25dpsDv] [-C cost] [-r rounds] passwordfile username",
            "\thtpasswd -b[cmB25dpsDv] [-C cost] [-r rounds] passwordfile username password",
        ],
    ],
)
def test_add_on_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a password under a name that only mentions a realm
        (["    auth_realm_password: Xk29vLq8mZpQ-ww1"], ["Xk29vLq8mZpQ-ww1"]),
        # the key's value itself as a span attribute
        (["     -> wandb.api_key: Str(Qm3kT9vX2pLw8ZrN5cJd7Hs)"], ["Qm3kT9vX2pLw8ZrN5cJd7Hs"]),
        # a generated value on the same licence line (not words between separators)
        ([_NR + "license_key: 7MlvaNcvzyvaQeVu3EztIEFPIaJGWEsQ0HtigR"], ["7MlvaNcvzyvaQeVu3Ezt"]),
        (
            ["secret loaded from Tk9-Xb2Lq-Ww7Rz4Pn/Hq3mZ"],
            ["Tk9-Xb2Lq-Ww7Rz4Pn/Hq3mZ"],
        ),
        # the key itself, not its hash
        (
            ["    Private Key:  43R+RB2D8h+wVLl4nHMG9GNHcTzfVHJV3i3bg8TAFkgr"],
            ["43R+RB2D8h+wVLl4nHMG9GNHcTzfVHJV3i3bg8TAFkgr"],
        ),
        # a token where the Secret's name would be
        (["  tokens: dt0c01Qm3kT9vX2pLw8ZrN5cJd7Hs"], ["dt0c01Qm3kT9vX2pLw8ZrN5cJd7Hs"]),
        # a token in place of the reference
        (["    token: xoxb-Qm3kT9vX2pLw8ZrN-5cJd7Hs"], ["Qm3kT9vX2pLw8ZrN"]),
        (["    token: $Qm3kT9vX2pLw8ZrN5cJd7Hs"], ["Qm3kT9vX2pLw8ZrN5cJd7Hs"]),
        # htpasswd run with its password
        (
            ["htpasswd -b -B /etc/nginx/.htpasswd admin Xk29pLm3Qzr7"],
            ["Xk29pLm3Qzr7"],
        ),
        (["password -b[Xk29pLm3Qz"], ["Xk29pLm3Qz"]),
    ],
)
def test_the_secret_of_each_kind_still_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize("name", ["auth-realm", "auth_realm", "api_key.present"])
def test_a_realm_or_a_presence_holds_no_secret(name: str) -> None:
    assert not is_secret_name(name)


@pytest.mark.parametrize(
    ("name", "value", "reference"),
    [("tokens", "wandb-dynakube", True), ("tokens", "dynakube-tokens-x7k2m", True),
     ("tokens", "Qm3kT9vX2pLw8ZrN", False), ("token", "wandb-dynakube", False)],
)  # fmt: skip
def test_the_secret_that_holds_tokens_by_name(name: str, value: str, reference: bool) -> None:
    assert is_reference_value(name, value) is reference


@pytest.mark.parametrize(
    ("value", "trivial"),
    [("$slack-token", True), ("$pagerduty-key-wandb", True), ("$slacktoken", False),
     ("$Qm3k-T9vX", False)],
)  # fmt: skip
def test_argo_cd_notifications_references(value: str, trivial: bool) -> None:
    assert is_trivial_value(value) is trivial
