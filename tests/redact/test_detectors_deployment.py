"""Classes of secrets and look-alikes in what the collectors gather from a W&B Server deployment
(the changes for holdout14): masks and digests a program printed in a value's place, references to
the key a Secret holds, rates, CJK prose after a secret word, a Go DSN that leaves its network
unsaid."""

from __future__ import annotations

import json

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # the value a Kubernetes field error rejects, quoted, in an event table's column
        [["2m   Warning   Failed   wandb/wandb   spec.smtp.password: Invalid value: \"Rv5 t@Kq#9%Lm\": must not contain spaces"], ["Rv5 t@Kq#9%Lm"]],
        # a Go MySQL DSN without `tcp`: `user:password@(host:port)/` (mysqld_exporter)
        [["      env:", "        - name: DATA_SOURCE_NAME", '          value: "exporter:Qw7.Lp3Zr9Kd@(mysql.db.svc:3306)/"'], ["Qw7.Lp3Zr9Kd"]],
        [["DATA_SOURCE_NAME=monitor:Tz4!Xc8Vb2Nm@(10.0.0.7:3306)/?tls=skip-verify"], ["Tz4!Xc8Vb2Nm"]],
        # a URL password that only starts like a mask word; a digest under a name that no
        # signature header has; an upper-case password under a name that holds no key
        [["REDIS_URL=redis://:REDACTEDx9Lq2Wz@redis:6379/0"], ["REDACTEDx9Lq2Wz"]],
        [["client_secret: sha256=15f09f4157994530a369e6d5a24a8a80668d31d9f0e3a4631cf749c409f32f73"], ["15f09f4157994530a369e6d5a24a8a80668d31d9f0e3a4631cf749c409f32f73"]],
        # a rate's shape with a longer tail, a password after CJK prose that holds one
        [["token_refill: 547/sQx8Lm2"], ["547/sQx8Lm2"]],
        [["密码已重置 password: Kq8Wz3Lp5Rt2"], ["Kq8Wz3Lp5Rt2"]],
        # SigV4 with a real signature still loses it
        [["Authorization: AWS4-HMAC-SHA256 Credential=MINIOUSER0000000001/20261103/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=7f8e9d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"], ["7f8e9d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"]],
        # what a tool prints: the password it generated at install, a shell-escaped variable
        [["$ argocd admin initial-password -n argocd", "Xq8Lm2Wz9Rt4Kd7N", "", " This password must be only used for first time login."], ["Xq8Lm2Wz9Rt4Kd7N"]],
        [["$ printf '%q\\n' \"$REDIS_PASSWORD\"", "Kq8Wz3\\$\\!Lp5Rt2"], ["Kq8Wz3", "Lp5Rt2"]],
        # Redis passwords as ioredis logs them, and as neighbours in a container's JSON args
        [["  ioredis:redis write command[10.0.0.5:6379]: 0 -> auth([ 'default', 'Mw4Kd9Lq2TzAb' ]) +1ms"], ["Mw4Kd9Lq2TzAb"]],
        [['    "command": ["valkey-cli", "-a", "Qx8Lm2Wz9Rt4", "PING"]'], ["Qx8Lm2Wz9Rt4"]],
        # ClickHouse's remote() and remoteSecure() take the password fifth
        [["SELECT * FROM remote('ch2:9000', 'db', 't', 'reader', 'Tz4Xc8Vb2Nm')"], ["Tz4Xc8Vb2Nm"]],
        # shared keys in daemon files: strongSwan's ipsec.secrets, chrony's and ntpd's keys
        [["%any 10.0.0.2 : PSK 'Kq8Wz3Lp5Rt2Xc'", 'carol : EAP "Mw4Kd9Lq2TzAb"'], ["Kq8Wz3Lp5Rt2Xc", "Mw4Kd9Lq2TzAb"]],
        [["5 SHA256 HEX:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B", "7 ASCII:Xq8Lm2Wz9Rt4"], ["9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B", "Xq8Lm2Wz9Rt4"]],
        # base64 of a secret-named file, wrapped at 76 columns
        [["$ base64 -w 76 /run/secrets/api_token", "S0VCWnE1TW9SZTJXZ3dCVFFJVVdnR3hRUXlCQ0k1OW1IZ3o1RG5UYkp5N3VqR05ZNWVPZ3B3NUtG", "WDdEeGFmTjNNNGxxeUp4cno3bkF3RGdCSWViMXA2UVJMWmo1VGlQYmUwWnA4NzN1OEdTM2hpd0tQ"], ["S0VCWnE1TW9SZTJXZ3dCVFFJ", "WDdEeGFmTjNNNGxxeUp4cno3"]],
        # a Cyrillic or Greek letter in a name among Latin ones
        [["REDIS_P\u0410SSWORD=Kq8Wz3Lp5Rt2", "api_t\u03bfken: Mw4Kd9Lq2TzAb"], ["Kq8Wz3Lp5Rt2", "Mw4Kd9Lq2TzAb"]],
        # an HTML cell's text inside an inline element, with an entity
        [["<tr><td>API token</td><td><kbd>Xq8Lm2&#43;Wz9Rt4</kbd></td></tr>"], ["Xq8Lm2", "Wz9Rt4"]],
        # the shell's quote inside single quotes
        [["export PGPASSWORD='Kq8W'\\''z3Lp5Rt2'"], ["z3Lp5Rt2"]],
        # redis-commander's host list, the label left out in the second entry
        [["REDIS_HOSTS=main:redis-0:6379:0:Kq8Wz3Lp5Rt2,redis-1:6380:2:Mw4Kd9Lq2Tz"], ["Kq8Wz3Lp5Rt2", "Mw4Kd9Lq2Tz"]],
        # a URL percent-encoded once or twice in a parameter
        [["GET /login?next=postgres%3A%2F%2Fwandb%3AKq8Wz3Lp5Rt2%40db%3A5432%2Fwandb"], ["Kq8Wz3Lp5Rt2"]],
        [["redirect=/x?dsn=mysql%253A%252F%252Fu%253AMw4Kd9%252BLq2Tz%2540db"], ["Mw4Kd9", "Lq2Tz"]],
        # a YAML parent that makes a bare `key` a secret; a heading then the value
        [["exporters:", "  datadog:", "    api:", "      key: 0123456789abcdef0123456789abcdef", "      site: datadoghq.eu"], ["0123456789abcdef0123456789abcdef"]],
        [["SECRET ACCESS KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]],
        # a base64 of 64 bytes under a bare `key` (an Azure storage account key)
        [["key = 2ND59vga0x4cvf7OlRJxSE1ieWX87kh8FNOz3s2bSqTX8On1BWiNsjzogtmYlCR6hKkzYwn1nrlXq2CvUpKXzg=="], ["2ND59vga0x4cvf7OlRJxSE1ieWX87kh8FNOz3s2b"]],
        # a syslog relay's next record continuing a value, and a cut URL's rest
        [["<14>1 2026-01-01T00:00:00Z node-1 app 42 - - WANDB_LICENSE=" + "eyJhbGciOiJSUzI1NiJ9." + "Qm7Xw2Lp9Rt4Kd8Nz3Vb6Hc1" * 4, "<14>1 2026-01-01T00:00:01Z node-1 app 42 - - (continued) Zq9Wm3Kx7Lp2Rt5Nv8Bc4Hd6Fg1Js0Ty7Ua2Ie4"], ["Zq9Wm3Kx7Lp2Rt5Nv8Bc4Hd6"]],
        [['{"message":"dial failed: postgres://wandb:Kq8Wz3Lp', '...","note":"continued: 5Rt2Xc@db.internal:5432"}'], ["Kq8Wz3Lp", "5Rt2Xc"]],
        # Istio's `when` on a secret-named header; ldap3's simple bind
        [["    - key: request.headers[x-api-key]", '      values: ["Kq8Wz3Lp5Rt2Xc"]'], ["Kq8Wz3Lp5Rt2Xc"]],
        [["BIND request <{'version': 3, 'authentication': {'sasl': None, 'simple': 'Mw4.Kd9%Lq2'}}>"], ["Mw4.Kd9%Lq2"]],
        # what admins attach of infrastructure as code and cloud CLIs: `terraform state show`
        # aligning `=` past 16 spaces; CloudFormation's parameter pair over lines (JSON, YAML);
        # KMS's data key; Secret Manager's payload as YAML; jq of a plan's variable as JSON, and
        # raw by its `.value`; a kubernetes_secret's `binary_data` in a state file; a Vault
        # AppRole's secret_id (a UUID)
        [['    primary_access_key                 = "bLVvu8HRg3jZGPVgqh6zLmnjN8f8dpg90Pcct2JP0PF="'], ["bLVvu8HRg3jZGPVgqh6zLmnjN8f8dpg90Pcct2JP0PF"]],
        [['                    "ParameterKey": "DBPassword",', '                    "ParameterValue": "hc++mTErQHU2bbcjATix"'], ["hc++mTErQHU2bbcjATix"]],
        [["- ParameterKey: DBPassword", "  ParameterValue: Kq8Wz3Lp5Rt2"], ["Kq8Wz3Lp5Rt2"]],
        [["{", '    "CiphertextBlob": "AQIDAHhWgPOwJaUzWhnz3XnCHFXI1iaudvh/tFILtpZY0NyOQXZW0qX",', '    "Plaintext": "VdzKNHGzUAzJeRBVY+uUmofUGGiDzyB3+i9fVkh3piw=",'], ["VdzKNHGzUAzJeRBVY+uUmofUGGiDzyB3+i9fVkh3piw"]],
        [["name: projects/266124897399/secrets/wandb-mysql-password/versions/4", "payload:", "  data: SE0yQ3FpWGF3ZEdSbEtRMzRkSG9LOA==", "  dataCrc32c: '6794023332'"], ["SE0yQ3FpWGF3ZEdSbEtRMzRkSG9LOA"]],
        [["$ cat plan.json | jq '.variables.database_master_password'", "{", '  "value": "u8Xer_HvyDl3mDFHpo-4v+.b"', "}"], ["u8Xer_HvyDl3mDFHpo-4v+.b"]],
        [["$ jq -r '.outputs.db_password.value' terraform.tfstate", "Mw4.Kd9%Lq2Tz"], ["Mw4.Kd9%Lq2Tz"]],
        [['          "attributes": {', '            "binary_data": {', '              "gcs-key.json": "ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsQm7Xw2Lp9Rt4Kd8Nz3Vb6Hc1"', "            },", '            "type": "Opaque",'], ["Qm7Xw2Lp9Rt4Kd8Nz3Vb6Hc1"]],
        [["$ vault write auth/approle/login role_id=db02de05-fa39-4855-059b-67221c5c2f63 secret_id=6a174c20-f6de-a53c-74d2-6018fcceff64"], ["6a174c20-f6de-a53c-74d2-6018fcceff64"]],
        # a literal under Altinity's Secret reference name, or under Vault's injector annotation
        [["    users:", "      weave/k8s_secret_password: Tz4!Xc8Vb2Nm"], ["Tz4!Xc8Vb2Nm"]],
        [['    vault.hashicorp.com/agent-inject-secret-db: "Lq2Tz8Wp5Kd9"'], ["Lq2Tz8Wp5Kd9"]],
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # the key a Secret holds a value under, by its env name
        ['  spec: \'{"oidcSecret":{"name":"wandb-oidc","secretKey":"OIDC_CLIENT_SECRET"}}\''],
        ["    secretKey: SMTP_PASSWORD", "    tokenKey: GORILLA_API_TOKEN"],
        # masks: a URL password the program replaced (also percent-encoded), kubectl diff's
        [
            "GORILLA_X_ADDRESS=clickhouse://default:REDACTED@ch.example.internal:9440/a",
            "DSN=mysql://wandb:%5BREDACTED%5D@mysql:3306/wandb",
            "redis://:masked@redis:6379",
        ],
        ["-  password: '*** (before)'", "+  password: '*** (after)'"],
        # SigV4 whose signature the client masked, and the key id's scope
        ["Authorization: AWS4-HMAC-SHA256 Credential=MINIOUSER0000000001/20261103/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=**REDACTED**"],
        # a webhook's digest of its payload
        ["X-Hub-Signature: sha1=88f3c666d7a6cddb9212255b93660e73cde9ef37", "X-Hub-Signature-256: sha256=2076dad3d7a93584b3eb715fa8c9703ceb43f54f31e188d0680adc8ae579b874"],
        # a placeholder left in an env file; rates, also coloured
        ["OIDC_CLIENT_SECRET=TODO", "SMTP_PASSWORD=FIXME", "LICENSE_TOKEN=tbd"],
        ["  token_bucket_refill: \x1b[33m547/s\x1b[0m", "  tokens_refill: 20/min"],
        # the next option after a secret word; CJK prose after one
        ["$ kubectl auth can-i list secrets --as=system:serviceaccount:wandb:wandb-app"],
        ["请确认 Secret wandb-mysql 中的 password 已同步更新，然后重启 Pod。", "token 無効です。再ログインしてください"],
        # near misses of the classes above: a printf of a plain variable, remote() without a
        # password, an ipsec.secrets RSA line, a checksum listing, `cat` of a plain file,
        # Russian words and a name in one script, a `<code>` cell under no secret name,
        # a plain host list, an encoded URL with a port, a parent that qualifies nothing, a
        # heading of words, a bad port, an e-mail address after `continued:`, a plain header
        ["$ printf '%q\\n' \"$HOSTNAME\"", "wandb\\ host"],
        ["SELECT * FROM remote('ch2:9000', 'db', 't')"],
        ["# ipsec.secrets", ": RSA moonKey.pem", "1 MD5 c4ca4238a0b923820dcc509a6f75849b"],
        ["$ base64 -d release-notes.txt", "SGVsbG8gV29ybGQgZnJvbSBXJkIgU2VydmVyIHJlbGVhc2Ugbm90ZXMgZm9yIDAuNTIuMA=="],
        ["пароль сброшен для MYSQL", "TOKEN_ТЕST ok", "Секрет создан"],
        ["<tr><td>Version</td><td><code>0.52.1+build7</code></td></tr>"],
        ["REDIS_HOSTS=local:redis:6379:0,other:redis2:6379"],
        ["next=https%3A%2F%2Fwandb.example.org%3A443%2Fpath%40team"],
        ["logging:", "  key: request_id", "metrics:", "  key: 0123456789abcdef0123456789abcdef"],
        ["API KEY", "see the settings page"],
        ["visit https://wandb.example.org:abcdef", "mailto user continued: bob@example.com"],
        ["    - key: request.headers[x-env]", '      values: ["production-east"]'],
        # what names or points at a secret in the same attachments: a stored secret's name, a
        # Terragrunt dependency's output, a Cloud KMS key, a provisioner's progress and mask, an
        # IAM member, an access key's metadata row, a parameter that is no secret, a version's
        # description, a query of no secret, a config map's binary data, KMS's `plaintext` word
        ['            "secret_id": "wandb-license",', "$ aws secretsmanager describe-secret --secret-id wb-prod/mysql --output yaml"],
        ["  database_master_password = dependency.secrets.outputs.mysql_password"],
        ['    kms_encryption_key          = "projects/ml-platform-311961/locations/us/keyRings/tf/cryptoKeys/state"'],
        ["null_resource.wandb_secret: Provisioning with 'local-exec'...", "null_resource.wandb_secret (local-exec): (output suppressed due to sensitive value in config)"],
        ["persistenceIamIdentity: serviceAccount:service-917666891121@cloud-redis.iam.gserviceaccount.com"],
        ["||  AKIA7VUHH9JR13DL4AJX |  2023-04-01T17:09:03Z     |  Active|wandb-s3||"],
        ['                    "ParameterKey": "DBUser",', '                    "ParameterValue": "wandb"'],
        ["name: projects/266124897399/secrets/wandb-mysql-password/versions/4", "state: ENABLED", "data: release-notes"],
        ["$ jq '.variables.db_user' plan.json", "{", '  "value": "wandb"', "}"],
        ['            "binary_data": {', '              "logo.png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="', "            },"],
        ['    "plaintext": true,', "    plaintext: hello-world-notes"],
        # a field error about an empty value
        ['spec.values.global.smtp.password: Invalid value: "": must not be empty'],
        # a Secret's key by `namespace/secret/key` (Altinity's ClickHouseInstallation users), the
        # Vault paths Vault Agent's injector renders files from, Alloy's view of a hidden argument
        ["    users:", "      etl/k8s_secret_password: clickhouse/etl-ch-7k2q/password", "      etl/profile: default"],
        ['    vault.hashicorp.com/agent-inject-secret-db: "database/creds/wandb-db"', '    vault.hashicorp.com/agent-inject-secret-ch: "secret/data/wandb/ch-9x2m"'],
        ['  endpoint.basic_auth.username = "1351077"', "  endpoint.basic_auth.password = (secret)"],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_template_field_is_no_element() -> None:
    # a Go template's field in angle brackets (external-secrets' template error, a JSON log
    # line): no XML element whose text runs to the line's end; the map's value goes, and the
    # JSON stays whole
    line = json.dumps(
        {
            "level": "error",
            "error": 'executing "DB" at <.password>: map has no entry for key "password" in '
            "map[pass:Kq8Wz3Lp5Rt2 user:wandb]",
        }
    )
    out = Redactor()(line)
    assert "Kq8Wz3Lp5Rt2" not in out
    assert json.loads(out)["level"] == "error"
