"""Secrets in what shows a manifest's change or its delivery (the changes for holdout29): a normal
or unified diff of a Deployment (`argocd app diff`, `kubectl diff`, `diff`), Terraform's plan of a
Helm release's `set` blocks, a token as a webhook URL's path segment (a Slack-like
`/services/T…/<token>` on another host, OpenShift's BuildConfig `/webhooks/<secret>/github`), with
the look-alikes beside them: values that read as data in a diff, a plan's public settings, public
paths and a webhook's placeholder."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_BC = (
    "\tURL:\thttps://api.ocp.example.com:6443/apis/build.openshift.io/v1/namespaces/wandb/"
    "buildconfigs/wandb-sidecar/webhooks/{}/github"
)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a normal diff: no name above the changed value
        (
            [
                "88c56",
                "<         value: rJt7BD+0D6TTFM0DkcN1q0",
                "---",
                ">         value: dB5ISVKE6m*noO",
            ],
            ["rJt7BD+0D6TTFM0DkcN1q0", "dB5ISVKE6m*noO"],
        ),
        # a unified diff's change
        (
            [
                "@@ -20,2 +20,2 @@",
                "-          value: Wg-qr3BP+LpL82O1",
                "+          value: 'Bf90ZFfsQO58izM.slZ'",
            ],
            ["Wg-qr3BP+LpL82O1", "Bf90ZFfsQO58izM.slZ"],
        ),
        # the name above, under the diff's markers: a word-like value goes too
        (
            ["<         - name: DB_PASSWORD", "<           value: lanterncorrectstaple"],
            ["lanterncorrectstaple"],
        ),
        # Terraform's plan of a Helm release: the name, another key, then the value
        (
            [
                "+ set {",
                '    + name  = "global.auth.oidc.secret"',
                '    + type  = "string"',
                '    + value = "cYLSFcwBPn60kZ-iZtEbhp91nZuhx-UjR7viX-9"',
                "  }",
            ],
            ["cYLSFcwBPn60kZ-iZtEbhp91nZuhx-UjR7viX-9"],
        ),
        (
            [
                "  - set {",
                '      - name  = "redis.password" -> null',
                '      - type  = "string" -> null',
                '      - value = "Xk29vLq8mZpQ-ww1" -> null',
                "    }",
            ],
            ["Xk29vLq8mZpQ-ww1"],
        ),
        # webhook URLs whose path holds the token
        (
            [
                "  WEBHOOK_URL: https://hooks.example.com/services/T04886/XVq1B3cU2DhEbkUbXUJHaMUBKVU9Xal7"
            ],
            ["XVq1B3cU2DhEbkUbXUJHaMUBKVU9Xal7"],
        ),
        (
            [_BC.format("VY4RHx0p8zs0N0z6ZLEnDkDPciVlRzXKblXPh")],
            ["VY4RHx0p8zs0N0z6ZLEnDkDPciVlRzXKblXPh"],
        ),
        (
            ["receiver: https://ci.example.com/webhook/Qm3kT9vX2pLw8ZrN5cJd7Hs"],
            ["Qm3kT9vX2pLw8ZrN5cJd7Hs"],
        ),
    ],
)
def test_a_changed_or_delivered_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        [
            "@@ -20,7 +20,7 @@",
            "         - name: IMAGE_DIGEST",
            "-          value: 3f2a9c1d8e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b",
            "+          value: 9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b",
            '-          value: "https://wandb-a.example.com"',
            "+          value: v0.58.1-rc2",
            "-          value: ReportGenerationService",
            "+          value: ReportGenerationServiceV2",
            '>          value: "2024-11-03T04:05:06Z"',
        ],
        # a YAML list at the start of a line is no diff
        ["- value: Xk29vLq8mZpQ-ww1"],
        [
            "  ~ set {",
            '        name  = "global.host"',
            '        type  = "string"',
            '      ~ value = "https://a.example.com" -> "https://b.example.com"',
            "    }",
            "  ~ set_sensitive {",
            '      ~ name  = "mysql.auth.password"',
            "      ~ value = (sensitive value)",
            "    }",
        ],
        [_BC.format("<secret>")],
        ["url: https://ci.example.com/webhooks/github-push-events-handler/"],
        ["url: https://example.com/services/T04886/documentation_index_page_v2"],
        ["url: https://hooks.example.com/services/TeamCity/BuildAgentNotificationsV2"],
    ],
)
def test_data_in_a_change_or_a_delivery_stays(lines: list[str]) -> None:
    assert_kept(lines)
