"""CI/CD systems, GitOps tools and secret managers: the values their CLIs print after a command
that reads one secret (`glab variable get`, `buildkite-agent secret get`, `berglas access`, `sops
--extract`), Vault's table rows and `vault operator unseal <key>`, a declared parameter's
`default:`, a Terraform output's `value` and a diagnostic's source snippet, an Ansible task's
`msg`; and, beside them, what only points at or describes a secret (`((var))`, `ref+vault://…`,
`<path:…#key>`, GitLab CI's `vault:` paths, SOPS envelopes, a KMS ciphertext, Terraform's
progress lines, a regex of secret names). Layouts follow the tools' own documentation and
output (GitLab's `glab`, Buildkite's agent, berglas, SOPS, Vault's transit and SSH engines,
CircleCI orbs, GitHub Actions' `action.yml`, Terraform's diagnostics, Ansible's `log_path`)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_PW = "Rk4.vW!9mQz_Tx2LpB7e"
_B64 = "Hzt9RNRhm/ZzUx4vZjTtg7kjk7zUAjw/0w5sKaKYdnQ="
_UUID = "5871c1e7-e0ce-413e-9a2b-bac594f04ed0"

# (lines of one file, the secrets that must go)
GONE = [
    # a CLI printing one variable or secret it read by a secret's name
    (["$ glab variable get OIDC_SECRET -R platform/wandb-deploy", _PW], [_PW]),
    (["$ buildkite-agent secret get --skip-redaction mysql_password", _PW, "$ ./deploy.sh"], [_PW]),
    (["$ berglas access wandb-secrets-x1/oidc-client-secret", _PW], [_PW]),
    (["$ sops -d --extract '[\"mysql\"][\"password\"]' prod/secrets.enc.yaml", _PW], [_PW]),
    # a key share on the command line, in a shell's history
    (["  181  vault operator unseal " + _B64], [_B64]),
    (["vault operator unseal -address=https://127.0.0.1:8200 " + _B64], [_B64]),
    # Vault's table: the transit engine's data key, the SSH engine's one-time password
    (["Key            Value", "---            -----", "key_version    1", "plaintext      " + _B64], [_B64]),
    (["Key       Value", "---       -----", "ip        10.0.7.37", "key       " + _UUID, "key_type  otp"], [_UUID]),
    # a declared parameter's or output's value after what it says of itself
    (["  vault-secret-id:", "    type: string", "    default: " + _UUID, "    description: x"], [_UUID]),
    (["  wandb-api-key:", "    description: API key", "    required: false", f"    default: '{_PW}'"], [_PW]),
    (['  "redis_auth_string": {', '    "sensitive": false,', '    "type": "string",', f'    "value": "{_UUID}"'], [_UUID]),
    # a diagnostic's source snippet quoting a `set` block's literal value
    (["\u2502   on main.tf line 41, in resource:", f'\u2502   74:     value = "{_PW}"', "\u2575"], [_PW]),
    # an Ansible task titled after a secret, its debug message; also in a `log_path` file
    (["TASK [wandb : Show resolved DB password] ***", "ok: [h1] => {", f'    "msg": "{_PW}"', "}"], [_PW]),
    (
        [
            "2024-09-12 12:58:25,579 p=113 u=deploy n=ansible | TASK [wandb : print OIDC secret] ***",
            "2024-09-12 12:58:28,953 p=769 u=deploy n=ansible | ok: [wandb-01] => {",
            f'    "msg": "{_PW}"',
        ],
        [_PW],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "secrets"), GONE)
def test_gone(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


# what points at a secret, hides one, or only describes one: each stays whole
KEPT = [
    # references and placeholders filled in elsewhere
    ["  source:", "    username: ((chart-repo.username))", "    password: ((chart-repo.password))"],
    ["    password: ref+vault://secret/data/wandb/prod/mysql#/password"],
    ["    secretKey: ref+awssecrets://wandb/bucket#/secretKey"],
    ["  OIDC_SECRET: <path:secret/data/wandb/oidc#client_secret>"],
    ["  secrets:", "    MYSQL_PASSWORD:", "      vault: wandb/qa/mysql-main/password@secret"],
    ["- name: secretsFilter", "  value: 'mysql-password,oidc-secret'"],
    ["::add-mask::{value}"],
    # encrypted: a SOPS envelope, a KMS ciphertext, a regex of the names SOPS encrypts
    ["    mac: ENC[AES256_GCM,data:obDh97bhy1SF/SqCcRlA+R+rho9Nn/hpY7==,iv:yA0E4C/vdZYYhsxuH3Pl9WVlh8tP5pwZZe6ze8UEj5z=,tag:f2gnFUVJ04n+Tj3q6z8e89==,type:str]"],
    ['        "Value": "AQICAHIYjG4Vp7raZ1K0tK733uBhEIVcjG+tZzP+xMIqKd3EWhFp8+LqZNBqOz0KFttuObGTfl4x",'],
    ["    encrypted_regex: ^(data|stringData|password|license)$"],
    # what a tool prints about a secret, not the secret
    ["2024-04-20T20:43:50.2966617Z IdToken: write", "2024-04-20T20:43:53.6585567Z Secret source: Actions"],
    ["    --agent-access-token value  The access token used to identify the agent"],
    ["random_password.mysql: Creating...", "random_password.mysql: Creation complete after 0s [id=none]"],
    ["NAME            CREATED              REPLICATION_POLICY  LOCATIONS", "wandb-license   2025-03-27T10:49:41Z  automatic           -"],
    # commands that read nothing secret, or print nothing
    ["$ glab variable get DEPLOY_REGION -R platform/wandb-deploy", "us-east-1-prod-7b"],
    ["$ sops -d --extract '[\"mysql\"][\"host\"]' prod/secrets.enc.yaml", "mysql-7f3a.internal"],
    ["vault operator unseal -reset", "vault operator unseal $UNSEAL_KEY_1"],
    ["Key                Value", "---                -----", "type               aes256-gcm96", "key                transit"],
    ["TASK [wandb : Check password policy] ***", "ok: [h1] => {", f'    "msg": "{_PW}"', "}"],
    ["TASK [wandb : Show DB password] ***", "ok: [h1] => {", '    "msg": "All assertions passed"', "}"],
    ['\u2502   74:     value = "ghcr.io/wandb/local:0.59.2"', '\u2502   75:     value = "us-east-1"'],
]  # fmt: skip


@pytest.mark.parametrize("lines", KEPT)
def test_kept(lines: list[str]) -> None:
    assert_kept(lines)
