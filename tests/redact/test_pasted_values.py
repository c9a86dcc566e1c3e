"""Values in material customers paste (Compose files, Helm values from a forum, Terraform,
shell history, a Secret's JSON): a Secret's `data` holding a file encoded twice goes; what
points at a secret or marks where it goes stays: Compose's `${VAR:?message}`, Terraform's
`var.…` in a `set_sensitive` block, placeholders a forum HTML-escaped, the file `kubectl create
secret --from-file=key=<path>` reads. A Sentry DSN's key goes by policy (public by Sentry's
design, but it lets anyone send events to the project, and names it). Also what a console or an
error echoes: `terraform console`'s value of a module's secret output, the password an API
rejected (`… is not a valid password. Value: …`), a W&B key pasted with more after it in the
SDK's error; a service-account key's `private_key_id` (replaced as an access key id is), and
kubectl's go-template decoding a Secret's field (`|base64decode`) in a coloured tmux capture."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# base64 of base64 of `DB_HOST=mysql.example.com\nMYSQL_PASSWORD=Tq7vLm2Xc9Rz4Wp\n`
_ENV_TWICE = "UkVKZlNFOVRWRDF0ZVhOeGJDNWxlR0Z0Y0d4bExtTnZiUXBOV1ZOUlRGOVFRVk5UVjA5U1JEMVVjVGQyVEcweVdHTTVVbm8wVjNBSw=="
# the same of `DB_HOST=mysql.example.com\nDB_PORT=3306\n`: no secret in it
_PLAIN_TWICE = "UkVKZlNFOVRWRDF0ZVhOeGJDNWxlR0Z0Y0d4bExtTnZiUXBFUWw5UVQxSlVQVE16TURZSw=="


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a Secret's data: an env file encoded twice (JSON and YAML)
        (['    "data": {', f'        ".env": "{_ENV_TWICE}"', "    },"], [_ENV_TWICE]),
        (["data:", f"  app.env: {_ENV_TWICE}"], [_ENV_TWICE]),
        # Compose: a default after `:-` is a value
        (["      LICENSE: ${LICENSE:-eyJhbGciOiJSUzI1NiJ9.Xk3mQ9zLp2wT7}"], ["Xk3mQ9zLp2wT7"]),
        # a Helm value HTML-escaped, its password in it
        (["    password: &quot;Vn4-Lq8_Tz2kWx6&quot;"], ["Vn4-Lq8_Tz2kWx6"]),
        # a Terraform set_sensitive block with a literal
        (["  set_sensitive {", '    name  = "license"', '    value = "Bz5Jk9Qw2Lm7Xt4Rv8"', "  }"], ["Bz5Jk9Qw2Lm7Xt4Rv8"]),
        # --from-literal holds the value; a file named by a token is no path to keep
        (["kubectl create secret generic wandb-license --from-literal=license=Hq3Wz8Lk5Xv2Nm7"], ["Hq3Wz8Lk5Xv2Nm7"]),
        # a Sentry DSN's key: replaced by policy (it lets anyone send events to the project and
        # names it), the old form's secret key after it too
        (["GORILLA_SENTRY_DSN=https://6b6dc051a190e45bcc4c3ff05baf15bc@sentry.example.com/10"], ["6b6dc051a190e45bcc4c3ff05baf15bc"]),
        (["SENTRY_DSN=https://3dfe513d12fb541a16a05ca7ed21ecdb:9c2b8e41d7a3f05e6b1c4d9a8f7e2b3c@sentry.example.com/36"], ["9c2b8e41d7a3f05e6b1c4d9a8f7e2b3c"]),
        # terraform console: a module's output named by a secret word, its value on the next line
        (["> nonsensitive(module.wandb.database_password)", '"Pq4~zK8_wN2!vX6+Lm"', "> module.wandb.url"], ["Pq4~zK8_wN2!vX6+Lm"]),
        # an API's error echoes the password it rejected (in Terraform's error box)
        (["│ Error: creating RDS Cluster (wandb): InvalidParameterValue: The parameter MasterUserPassword is not a valid password. Value: hT5.mQ2xV8zRk4Lw/@"], ["hT5.mQ2xV8zRk4Lw"]),
        # the SDK's error echoes a key pasted with more after it
        (["wandb: ERROR API key must be 40 characters long, yours was 48", "wandb: ERROR Received invalid key: local-0f3a9c2e7b1d5f8a4c6e0b2d9f7a1c3e5b8d0f2a4c6e"], ["0f3a9c2e7b1d5f8a4c6e0b2d9f7a1c3e5b8d0f2a4c6e"]),
        # a service-account key's id (names the private key beside it, as an access key id
        # does): in its JSON, and in that JSON kept as a multi-line double-quoted dotenv value
        (['  "private_key_id": "7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c",'], ["7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c"]),
        (['GCS_KEY_JSON="{', '  \\"type\\": \\"service_account\\",', '  \\"private_key_id\\": \\"e2f4a6c8b0d1f3a5c7e9b2d4f6a8c7c1e9a0b3d5\\",', '}"'], ["e2f4a6c8b0d1f3a5c7e9b2d4f6a8c7c1e9a0b3d5"]),
        # kubectl's go-template decoding a Secret's field: its output on the next line, in a
        # tmux capture with colours and zsh's reverse-video `%` after output with no newline
        (["\x1b[32m❯\x1b[0m kubectl -n wandb get secret wandb-redis -o go-template='{{.data.REDIS_PASSWORD | base64decode}}'", "Rz4~Kq9.Lm2_Xw7Tn\x1b[7m%\x1b[27m"], ["Rz4~Kq9.Lm2_Xw7Tn"]),
        (["$ kubectl get secret wandb-license -o go-template='{{index .data \"license\" | base64decode}}'", "Lc8Vq3Zx5Nm1Rt7Wp"], ["Lc8Vq3Zx5Nm1Rt7Wp"]),
    ],
)  # fmt: skip
def test_pasted_value_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # a Secret's data: a file encoded twice that holds no secret
        (['    "data": {', f'        "app.env": "{_PLAIN_TWICE}"', "    },"]),
        # Compose: the variable is required, its message says where to set it
        ["    environment:", "      LICENSE: ${LICENSE:?set LICENSE in .env}", "      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?required}"],
        # Terraform: the values are variables and other resources' attributes
        ["  set_sensitive {", '    name  = "license"', "    value = var.wandb_license", "  }", "  set_sensitive {", '    name  = "mysql.password"', "    value = random_password.mysql.result", "  }"],
        # a forum's HTML-escaped placeholders and templates
        ["global:", "  license: &quot;&lt;your license&gt;&quot;", "  mysql:", "    password: &quot;{{ .Values.mysqlPassword }}&quot;"],
        # shell history: --from-file reads the secret from a file by its path
        ["  470  kubectl -n wandb create secret generic wandb-license --from-file=license=./license-xg5ok.txt"],
        ["kubectl create secret generic tls --from-file=tls.key=certs/wandb-tls-2024.key"],
        # a console echo of a setting that names no secret; an error about a password without it
        ["> module.wandb.url", '"https://wandb.example.com"'],
        ["│ Error: InvalidParameterValue: The parameter MasterUserPassword is not a valid password because it is shorter than 8 characters.", "Error: invalid value for port. Value: 70000"],
        # ids that are no key's: a database row's key id, a key id left empty
        ['  "key_id": "7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c",', '  "private_key_id": "",'],
        # a go-template that decodes nothing secret; a Secret's field read without decoding
        ["$ kubectl get secret wandb-redis -o go-template='{{.metadata.name}}'", "wandb-redis"],
        ["$ kubectl get configmap wandb -o go-template='{{.data.HOST | base64decode}}'", "mysql.wandb.svc"],
        # a template that decodes a secret's field where it is used: its pipe is no table cell
        ["      password: {{ .data.password | base64decode }}", '      MYSQL_PASSWORD: "{{ .data.MYSQL_PASSWORD | b64dec }}"'],
    ],
)  # fmt: skip
def test_pasted_value_lookalikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
