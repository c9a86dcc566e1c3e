"""The leak gate on values CI/CD, GitOps and secret-manager tools print or declare away from the
secret's name (gateprinted.py), and GitLab's tokens by their prefixes (gateshapes.py): Vault's
`Key  Value` tables, an Ansible task's result, a parameter's or output's `default` / `value`
under a secret's name, a record keyed by a secret's name, a literal a diagnostic's source
snippet quotes, a value piped into `kubeseal` or a secret store, a store's answer over lines (JSON
or YAML), KMS's `Plaintext` (gateshapes.py).
Made-up cases in the tools' layouts, and look-alikes from the same tools left alone."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    # Vault: transit's data key (`vault write -f transit/datakey/plaintext/NAME`), an SSH
    # one-time password (`vault write ssh/creds/ROLE ip=…`), AppRole's secret id, a database
    # secrets engine's credentials
    [
        "Key            Value",
        "---            -----",
        "ciphertext     vault:v1:Zq8Kw2Lm9Rx4Tv7PHn3WbQ5zY1dE6fG0hJ2kL4mN8pR7sT3uV9wX1yZ5aB",
        "key_version    2",
        "plaintext      Lq3Zx8Wk2Mv7Rn4Tp9Yb6Hc1Jd5Fg0Ks3Nw8Qe2Ua7=",
    ],
    [
        "Key                Value",
        "---                -----",
        "lease_id           ssh/creds/otp_ops/Kd83nZpQ2vLmW7xYt5RbHs1c",
        "ip                 192.0.2.41",
        "key                3c9e7a15-62b4-4f0d-9a8e-d1f5b27c4e60",
        "key_type           otp",
    ],
    [
        "Key                   Value",
        "---                   -----",
        "secret_id             0d6a4f2e-93b1-4c57-8e2a-6f1b9d3c7a45",
        "secret_id_accessor    b7e2c9a1-4d38-4f6b-a0e5-2c8d7f1b3a96",
        "secret_id_ttl         10m",
    ],
    [
        "Key                Value",
        "---                -----",
        "lease_id           database/creds/readonly/Xq2Lm8Zk4Rw9Tv3Pn7Hb5Yc1",
        "lease_duration     1h",
        "password           Tn4-Wx9Lq2Zr8Km3Vb7P",
        "username           v-token-readonly-Rz8Lm3Qw7K",
    ],
    # Ansible: a debug task's result under a task named for a secret, also in a log file
    [
        "TASK [db : show the generated admin password] *******************************",
        "ok: [db-01] => {",
        '    "msg": "Hq7!cW2nVb9zKp4Xm"',
        "}",
    ],
    [
        "2025-02-11 09:14:02,311 p=2210 u=ops n=ansible | TASK [sso : print client secret] ***",
        "2025-02-11 09:14:02,907 p=2210 u=ops n=ansible | ok: [sso-02] => {",
        '    "msg": "Wm3Xz8Kq2Lp7Rv5TnB9yHc4Jd6Fg1Ks0Nw2Qe7Ua"',
        "}",
    ],
    # a parameter's default under a secret's name (a CircleCI orb, a GitHub composite action)
    [
        "parameters:",
        "  approle-secret-id:",
        "    type: string",
        "    default: 4e7b1c9a-2d5f-4a83-b6e0-9c1d7f3a5b28",
    ],
    [
        "inputs:",
        "  registry-token:",
        "    description: token of the registry's robot account",
        "    required: false",
        "    default: 'Zr8Kp2Lm9Qw4Xv7HnT3b'",
    ],
    # `terraform output -json`: an output under a secret's name, shown
    [
        '  "smtp_password": {',
        '    "sensitive": false,',
        '    "type": "string",',
        '    "value": "Kx7Tq2Wz9L!mRv4P"',
        "  },",
    ],
    ['variable "db_password" {', "  type    = string", '  default = "Pn5vT2hY9c.Lq8Wz"', "}"],
    # a record keyed by a secret's name (Infisical's export, a task definition's environment)
    [
        "  {",
        '    "key": "REDIS_PASSWORD",',
        '    "workspace": "5b1d8e2c-7f4a-4c93-a6e1-0d9b3f7c2a58",',
        '    "value": "Mv7Rn4Tp9Yb6Hc1Jd5",',
        '    "type": "shared"',
        "  }",
    ],
    ["    - name: API_TOKEN", "      type: string", "      value: Qe2Ua7Lq3Zx8Wk2Mv7Rn"],
    # a literal on a numbered source line a Terraform diagnostic quotes
    [
        "│ Error: failed to install chart",
        "│   on helm.tf line 30, in resource \"helm_release\" \"app\":",
        '│   30:     value = "Wq7!mZ2xKp9_Rv4T"',
    ],
    # a value piped to a command that seals or stores it as a secret
    ["  512  echo -n 'Tz4.nB8qLw2~XkR9' | kubeseal --raw --namespace ops --name db --from-file=/dev/stdin"],
    # a Secret's field decoded: on the next line, glued to the next prompt, in a CI step's log
    [
        "$ kubectl -n wandb get secret wandb-mysql -o jsonpath='{.data.MYSQL_PASSWORD}' | base64 -d; echo",
        "nvIWQz8:276@-wlqaethg",
    ],
    [
        "ops@bastion:~$ kubectl get secret wandb-mysql -o jsonpath='{.data.MYSQL_PASSWORD}' | base64 -d",
        "Harbor4k meadowQz lanternW9vops@bastion:~$ ",
    ],
    [
        "2026-11-03T10:10:10.1234567Z ##[group]Run kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d",
        "2026-11-03T10:10:11.7654321Z Tz4!nB8%qLw2=XkR9",
        "2026-11-03T10:10:11.7654400Z ##[endgroup]",
    ],
    # base64 echoed into a decoder (base64 of `Tz4.nB8qLw2~XkR9`)
    ["$ echo 'VHo0Lm5COHFMdzJ+WGtSOQ==' | base64 -d"],
    ["printf 'Hk3mQ9zLp7Wx2Rt5' | gcloud secrets versions add sso-client --data-file=-"],
    ['echo "Nm6+Qw2Lz8Tk4VbR" | docker secret create db_password -'],
    # a secret store's answer pretty-printed (`gcloud secrets versions access … --format=json`)
    [
        "{",
        '  "name": "projects/123456789012/secrets/db-admin/versions/3",',
        '  "payload": {',
        '    "data": "V3E3IW1aMnhLcDlfUnY0VA==",',
        '    "dataCrc32c": "2090357611"',
        "  }",
        "}",
    ],
    # ... and as YAML (`--format=yaml`); KMS's data key in base64 (`aws kms generate-data-key`)
    ["name: projects/123456789012/secrets/db-admin/versions/3", "payload:", "  data: V3E3IW1aMnhLcDlfUnY0VA==", "  dataCrc32c: '2090357611'"],
    ['    "Plaintext": "VdzKNHGzUAzJeRBVY+uUmofUGGiDzyB3+i9fVkh3piw=",'],
    # GitLab's tokens by their prefixes
    ["curl -F token=glptt-9b2e4f71c0d8a3e65f1b7c9d2a4e8f0b3c6d1a57 -F ref=main https://gitlab.example.com/api/v4/projects/12/trigger/pipeline"],
    ['export GITLAB_RUNNER_TOKEN="glrt-t3_Zq8Kw2Lm9Rx4Tv7PHn3W"'],
    ["gitlab-runner register --registration-token GR1348941Lm9Rx4Tv7PHn3WbQ5z"],
    # the plaintext of an object Pulumi marks secret (`pulumi stack export --show-secrets`)
    [
        '            "outputs": {',
        '                "dbPassword": {',
        '                    "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
        '                    "plaintext": "\\"yTdG37-#*1pTiq!%l_Gg.Ml\\""',
        '                },',
    ],
    [
        "> On Thu, Mar 07, 2024 Ana wrote:",
        '>         "password": {',
        '>             "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
        '>             "plaintext": "\\"BtlifHfpMwJth1J3ilhU\\""',
    ],
]  # fmt: skip

LOOK_ALIKES = [
    # wbdiag's own proxy/nginx-server.json: nginx's `proxy_pass` names no password, and its
    # upstream is an address
    [
        '    "proxy_pass": {',
        '      "file": "/etc/nginx/conf.d/20-wandb.conf",',
        '      "level": "location",',
        '      "line": 11,',
        '      "value": "http://127.0.0.1:46245",',
        "    },",
    ],
    ['  "grpc_pass": {', '    "value": "grpcs://wandb-backend-7f9c2d:9443"', "  },"],
    # a webhook's address under a secret-named parameter, without credentials or a query
    ["  slack_token_url:", "    default: https://hooks.internal.example/services", "    type: string"],
    # Vault: accessors, lease ids, ids, ciphertext, metadata
    [
        "Key                 Value",
        "---                 -----",
        "accessor            Kd83nZpQ2vLmW7xYt5RbHs1c",
        "entity_id           9c1d7f3a-5b28-4e7b-b6e0-1c9a2d5f4a83",
        "policies            [default ops-read]",
    ],
    [
        "Key            Value",
        "---            -----",
        "ciphertext     vault:v1:Zq8Kw2Lm9Rx4Tv7PHn3WbQ5zY1dE6fG0hJ2kL4mN8pR7sT3uV9wX1yZ5aB",
        "key_version    1",
    ],
    [
        "Key                   Value",
        "---                   -----",
        "secret_id             [REDACTED:keyvalue:1]",
        "secret_id_accessor    b7e2c9a1-4d38-4f6b-a0e5-2c8d7f1b3a96",
    ],
    [
        "Key                  Value",
        "---                  -----",
        "wrapping_token:      [REDACTED:vault:1]",
        "wrapping_accessor:   Xq2Lm8Zk4Rw9Tv3Pn7Hb5Yc1",
        "creation_path:       auth/approle/role/ops/secret-id",
    ],
    ["Key          Value", "---          -----", "key          ops-signing", "key_type     otp"],
    # Ansible: a hidden result, a message with words, a task that names no secret
    [
        "TASK [db : set the admin password] ********************",
        'changed: [db-01] => {"censored": "the output has been hidden due to the fact that \'no_log: true\' was specified for this result", "changed": true}',
    ],
    [
        "TASK [db : check the password file] ********************",
        "ok: [db-01] => {",
        '    "msg": "/etc/mysql/password.cnf"',
        "}",
    ],
    [
        "TASK [app : show the release] ********************",
        "ok: [app-01] => {",
        '    "msg": "Zr8Kp2Lm9Qw4Xv7HnT3b"',
        "}",
    ],
    # defaults and values that are references, masks or public
    ["inputs:", "  registry-token:", "    required: true", "    default: ${{ secrets.REGISTRY_TOKEN }}"],
    ["parameters:", "  vault-secret-path:", "    type: string", "    default: secret/data/ops/sso"],
    ["params:", "  chart-password:", "    default: ((chart-repo.password))"],
    ["  db-password:", "    value: ref+vault://secret/data/ops/db#/password"],
    ["  db-password:", "    value: ENC[AES256_GCM,data:Zq8Kw2Lm9Rx4,iv:Lq3Zx8Wk2Mv7Rn4Tp9Yb6H==,tag:Tn4Wx9Lq2Z==,type:str]"],
    ["  db-password:", "    default: '***'"],
    [
        '  "kms_key_arn": {',
        '    "sensitive": false,',
        '    "value": "arn:aws:kms:us-east-1:111122223333:key/3c9e7a15-62b4-4f0d-9a8e-d1f5b27c4e60"',
        "  },",
    ],
    [
        '  "image_digest": {',
        '    "value": "sha256:9b2e4f71c0d8a3e65f1b7c9d2a4e8f0b3c6d1a579b2e4f71c0d8a3e65f1b7c9d"',
        "  },",
    ],
    ['variable "db_password" {', "  type      = string", "  sensitive = true", "}"],
    # records keyed by a name that is no secret's, or whose value is a reference
    ["  - name: IMAGE_DIGEST", "    type: string", "    value: sha256:9b2e4f71c0d8a3e65f1b7c9d2a4e8f0b3c6d1a57"],
    ["- name: secretsFilter", "  value: 'db-password,sso-secret'"],
    ['  {', '    "key": "DB_PASSWORD",', '    "value": "${DB_PASSWORD}"', "  }"],
    ["  - name: DB_PASSWORD", "    valueFrom:", "      secretKeyRef:", "        name: db", "        key: password"],
    # numbered source lines with public literals, references, masks
    ['│   30:     value = "wandb.example.com"'],
    ['│   12:     default = "sg-0a1b2c3d4e5f67890"'],
    ['│   30:     value = var.db_password'],
    ['│   30:     value = (sensitive value)'],
    # pipes of references, of words, into commands that store nothing
    ["echo -n \"$DB_PASSWORD\" | kubeseal --raw --namespace ops --name db --from-file=/dev/stdin"],
    ["echo 'hello' | kubeseal --raw --name db --from-file=/dev/stdin"],
    ["echo aGVsbG8gd29ybGQsIHdhbmRi | base64 -d"],
    ["echo d2FuZGItbXlzcWwtY3JlZGVudGlhbHM= | base64 --decode"],
    ["echo -n 'Tz4.nB8qLw2~XkR9' | sha256sum"],
    ["kubeseal --fetch-cert --controller-namespace kube-system > pub-cert.pem"],
    # a decoded field that names no secret, or output that is a word, a path or a sentence
    [
        "$ kubectl get configmap wandb -o jsonpath='{.data.motd}' | base64 -d",
        "Harbor4k meadowQz lanternW9v",
    ],
    [
        "$ kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d",
        "base64: invalid input",
    ],
    [
        "$ kubectl get secret wandb-tls -o jsonpath='{.data.secretPath}' | base64 --decode",
        "/var/run/secrets/wandb/tls",
    ],
    # a secret store's answers without a value: metadata, a KMS ciphertext's name
    [
        "{",
        '  "name": "projects/123456789012/secrets/db-admin/versions/3",',
        '  "createTime": "2025-03-27T10:49:43.105412Z",',
        '  "state": "ENABLED"',
        "}",
    ],
    [
        "{",
        '  "name": "projects/123456789012/secrets/db-admin",',
        '  "replication": {"automatic": {}},',
        '  "etag": "\\"16115c4b0e9e1a\\""',
        "}",
    ],
    # GitLab: a document's example tokens, a commit SHA, a masked variable
    ["export GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx"],
    ["curl --header 'PRIVATE-TOKEN: glpat-0123456789abcdefghij' https://gitlab.example.com/api/v4/projects"],
    ["Checking out 9b2e4f71 as detached HEAD (ref is main)..."],
    ["$ curl -F token=[MASKED] -F ref=main https://gitlab.example.com/api/v4/projects/12/trigger/pipeline"],
    # Pulumi's secret marker: a value that reads as no secret, and the encrypted form
    [
        '        "region": {',
        '            "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
        '            "plaintext": "\\"us-west-2\\""',
        "        },",
    ],
    [
        '        "dbPassword": {',
        '            "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
        '            "ciphertext": "v1:Zq8Kw2Lm9Rx4Tv7P:Hn3Wq8Zk2Lp7Rv5MxT4qLm9Rx4Tv7P"',
        "        },",
    ],
    # a version's description (no payload), a setting that is no data key
    ["name: projects/123456789012/secrets/db-admin/versions/3", "state: ENABLED", "createTime: '2024-05-01T09:00:00.123456Z'"],
    ['    "plaintext": true,', "  plaintext: enabled"],
]  # fmt: skip

test_printed_leaks = leaks_test(LEAKS)
test_printed_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
