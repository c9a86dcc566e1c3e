"""What a decoding pipeline prints of a Kubernetes Secret (the changes for holdout29): the whole
data by jq's `@base64d`, `kubectl view-secret --all` and `oc extract --to=-` (every value goes,
whatever its key's name), with the look-alikes beside them: decoding commands listed without their
output (a Helm chart's NOTES, a runbook), a decoded Docker config that names credential helpers and
holds no credentials."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_JQ = "$ kubectl get secret wandb-bucket -o json | jq '.data | map_values(@base64d)'"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        (
            [_JQ, "{", '  "ACCESS_KEY": "wandb",', '  "KMS_KEY": "dX1Kc6mjDn75B+LHv+9LE="', "}"],
            ["dX1Kc6mjDn75B+LHv+9LE="],
        ),
        (
            [
                "kubectl get secret app -o json | jq -r '.data | to_entries[] | "
                '"\\(.key)=\\(.value | @base64d)"\'',
                "ENDPOINT=s3.example.com",
                "SIGNING=Zq8vTm3Lp0XwKd",
            ],
            ["Zq8vTm3Lp0XwKd"],
        ),
        (
            [
                "$ kubectl view-secret wandb-bucket --all",
                "HMAC='p4s~Q.9vXw2k'",
                "REGION='us-east-1'",
            ],
            ["p4s~Q.9vXw2k"],
        ),
        (
            [
                "$ oc extract secret/wandb-bucket -n wandb-prod --to=-",
                "# ACCESS_KEY",
                "wandb",
                "# SECRET_KEY",
                "3-xKTYsQ6wnsHlGjK5",
                "# NOTE",
                "two words here",
            ],
            ["3-xKTYsQ6wnsHlGjK5", "two words here"],
        ),
    ],
)
def test_a_secret_decoded_whole_loses_every_value(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # the decoded output ends at the next prompt and at a blank line
        [_JQ, "{", '  "EMPTY": ""', "}", "$ kubectl get pods", "wandb-0   1/1   Running"],
        [_JQ, "{", "}", "LOG_LEVEL=info-verbose-mode"],
        ["$ oc extract secret/wandb-bucket --to=/tmp/out", "/tmp/out/ACCESS_KEY"],
        ["$ kubectl view-secret wandb-bucket", "Multiple sub keys found. Specify another argument"],
        # decoding commands listed, not run
        [
            "NOTES:",
            "Get the MySQL root password:",
            '  kubectl get secret wandb-mysql -o jsonpath="{.data.mysql-root-password}" | base64 -d',
            "Connect with:",
            '  kubectl run client --rm -i --image mysql:8.0 -- mysql -h wandb-mysql -p"$PW"',
        ],
        [
            "# Retrieve the generated passwords (run these yourself):",
            "kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d",
            "kubectl get secret wandb-redis -o jsonpath='{.data.redis-password}' | base64 --decode",
            "# ticket 505368",
        ],
        # a Docker config with credential helpers and no credentials
        [
            "$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d",
            '{"auths":{"registry.example.com":{}},"credsStore":"ecr-login",'
            '"credHelpers":{"509040256300.dkr.ecr.us-east-1.amazonaws.com":"ecr-login"}}',
        ],
    ],
)
def test_decoding_commands_without_their_secrets_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_a_listed_command_does_not_hide_the_value_after_it() -> None:
    """The value printed after a decoding command still goes when the command was run."""
    assert_gone(
        [
            "$ kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d",
            "Wq7vTm3Lp0XwKd",
        ],
        ["Wq7vTm3Lp0XwKd"],
    )
