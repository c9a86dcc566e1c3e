"""The detector layers one shape at a time: what goes, what stays next to it. The corpus
(test_corpus.py) measures them together; these say which detector a failure belongs to."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_redacted
from wbdiag.redact import Redactor
from wbdiag.redact.gate import Gate

# (line, the secret that must go, text next to it that must stay)
CASES = [
    ("mc alias set wb https://minio.corp AKIA0EXAMPLE Zq7XwY2vB9sT", "Zq7XwY2vB9sT", "minio.corp"),
    ("htpasswd -bc /vol/users.htpasswd admin Tundra-Orbit-42", "Tundra-Orbit-42", "admin"),
    ("aws configure set aws_secret_access_key Kp3Q9vX2mT7r", "Kp3Q9vX2mT7r", "configure set"),
    ("setenv REDIS_PASSWORD Hq8mZ2pX7vN3", "Hq8mZ2pX7vN3", "setenv REDIS_PASSWORD"),
    ("ALTER USER 'u'@'%' IDENTIFIED BY 'Wq(9;x,Lm2$e';", "Wq(9;x,Lm2$e", "ALTER USER 'u'@'%'"),
    ("SET PASSWORD FOR 'u'@'%' = 'Prism-Otter-17';", "Prism-Otter-17", "SET PASSWORD FOR 'u'"),
    ("    <password>j%B$Z)cg&VN9QV</password>", "j%B$Z)cg&VN9QV", "</password>"),
    ("keytool -list -storepass Basalt-Ember-33 -file ca.crt", "Basalt-Ember-33", "-file ca.crt"),
    ("openssl rsa -passin pass:,Z0tG)Liy%jO -in k.pem", ",Z0tG)Liy%jO", "-in k.pem"),
    ("Config(password=b'Zm9vYmFyMTIz')", "Zm9vYmFyMTIz", "Config(password="),
    ('  "password": qBJ8swq4A9nsX/fF', "qBJ8swq4A9nsX/fF", '"password":'),
    ("&{Addr:redis:6379 Username: Password:56Dsi5ZiGq DB:0}", "56Dsi5ZiGq", "DB:0}"),
    ("password=Ab1;cd,ef&gh user=x", "Ab1;cd,ef&gh", "user=x"),
    ("url?token=Ab12Cd34Ef&page=2", "Ab12Cd34Ef", "&page=2"),
    ("map[password:Xy12Zw34Q user:wandb]", "Xy12Zw34Q", "user:wandb]"),
    ('cookie="wandb_session=T49cj3Lubt3fHeN5aW83; Path=/"', "T49cj3Lubt3fHeN5aW83", "Path=/"),
    ("s3://JtUROk9NpDQZIn5QiVST2QWo643@minio:9000/b", "JtUROk9NpDQZIn5QiVST2QWo643", "@minio"),
    ("new value pv95Q~bFMZGxOPrcxL5wTBBFRNTUWrAonaGVisA-", "bFMZGxOPrcxL5wTBBFRNTUWr", "new"),
    (
        '"blob":"eyJwYXNzd29yZCI6ICJTM2NyZXQtOTk5In0="',
        "eyJwYXNzd29yZCI6ICJTM2NyZXQtOTk5In0=",
        "blob",
    ),
    ("Passwort: ryHQlksfitbmQSc6", "ryHQlksfitbmQSc6", "Passwort:"),
    ('command: ["redis-server", "--requirepass", "E9E4MRwMLaL4"]', "E9E4MRwMLaL4", "redis-server"),
    ("[('accept', 'x'), ('x-api-key', 'bEfuEt8BItdJ')]", "bEfuEt8BItdJ", "x-api-key"),
    ("docker login -u robot -p Orion7442!gfswb harbor.corp", "Orion7442!gfswb", "harbor.corp"),
    ("sqlcmd -S db -U sa -P Cedar3070#rd -Q x", "Cedar3070#rd", "-Q x"),
    ("127.0.0.1:6379> AUTH default x7D83eNSVYn6", "x7D83eNSVYn6", "AUTH default"),
    # Redis 6's two-argument AUTH typed with no prompt (redis-cli's history); an impersonated
    # service account's Google access token, its kind dotted before it
    ("auth cache-ro Wq3$Lm8xTz2Kp9", "Wq3$Lm8xTz2Kp9", "auth cache-ro"),
    ("echo ya29.c.b0Qm7Xw2Lp9Rt4Kd8Nz3Vb6Hc1Fj5Gs0 > t.txt", "Qm7Xw2Lp9Rt4Kd8Nz3Vb6Hc1", "> t.txt"),
    ("C: AUTH PLAIN AG1haWxlckBjb3JwAFNvUkRS", "AG1haWxlckBjb3JwAFNvUkRS", "AUTH PLAIN"),
    ("Driver={ODBC};Server=db;Uid=wandb;Pwd=eXldcCKyBS;", "eXldcCKyBS", "Uid=wandb"),
    ("url=https://wandb.corp/login?key=msyl9fc6h0w7h0aj#top", "msyl9fc6h0w7h0aj", "#top"),
    ("\xa0password:\xa04cf1c97e97a6e128", "4cf1c97e97a6e128", "password"),
    ("echo dckr_pat_5mr1yUpW9jtJu-S3sG3QWwnA | docker login", "5mr1yUpW9jtJu-S3sG3QWwnA", "echo"),
    (
        "sync(ws, 'dapi1c2e4a6b8d0f13579bdf02468ace9753-2', 3)",
        "1c2e4a6b8d0f13579bdf02468ace9753-2",
        "', 3)",
    ),
    # a `_KEY` setting's default in a call that reads it (Ruby; a notebook's escaped Python)
    (
        "api = ENV.fetch('STRIPE_KEY', 'Jq8Wz2Lp5Rt9Xv3N')",
        "Jq8Wz2Lp5Rt9Xv3N",
        "ENV.fetch('STRIPE_KEY', '",
    ),
    (
        '"c = os.environ.get(\\"MAILGUN_KEY\\", \\"7b1e0c9d4f2a8365\\")\\n",',
        "7b1e0c9d4f2a8365",
        '\\")\\n",',
    ),
    # glued to the colon it is a pair, not a sentence, even with words after it (hypothesis found it)
    ("x password:aaaaaaaaaa y", "aaaaaaaaaa", " y"),
    # a lower-case value followed by text that is no sentence; a flag value starting with `#`;
    # an empty value before the next pair; an escaped backslash before an escaped closing quote
    ("0 password: kqzvbwmtrp a", "kqzvbwmtrp", " a"),
    ("mysqladmin --password #Sh4le-Fox! status", "#Sh4le-Fox!", " status"),
    ("sig= password: Vq93kdLm20x host=db", "Vq93kdLm20x", "sig= password: "),
    ("sig= password='Vq93kdLm20x' host=db", "Vq93kdLm20x", "host=db"),
    ('Sig= "password": "Vq93kdLm20x"', "Vq93kdLm20x", '"password": "'),
    ('{"msg":"settings: {\\"password\\": \\"Vq93kd\\\\\\\\\\"}"}', "Vq93kd", '"}'),
    # chat webhooks: the path after the host is the credential
    (
        "notify: https://corp.webhook.office.com/webhookb2/8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f@"
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/IncomingWebhook/3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f/"
        "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/V2pQ7rS9tU1vW3xY5zA7bC9dE1fG3hJ5kL7mN9pQ1rS3",
        "IncomingWebhook/3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f",
        "notify: https://corp.webhook.office.com/webhookb2/",
    ),
    (
        "alerts -> https://discordapp.com/api/webhooks/1123456789012345678/aB3-cD5_eF7gH9iJ1kL3m"
        "N5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1 (sent)",
        "aB3-cD5_eF7gH9iJ1kL3mN5oP7",
        "(sent)",
    ),
    # an OAuth authorization code on its way back to the client
    (
        '"GET /auth/callback?state=Qm8pZ2vX&code=4/0AeaYSHDx7Kp2mQ9vRtL3nW HTTP/1.1" 302',
        "4/0AeaYSHDx7Kp2mQ9vRtL3nW",
        "state=Qm8pZ2vX&code=",
    ),
    # secret names in other languages; arrows and typographic quotes
    ("数据库密码：Xq7!mP2vLw9z", "Xq7!mP2vLw9z", "数据库密码："),
    ("CONTRASEÑA = 'Lq8#vN3zPw1k' # prod", "Lq8#vN3zPw1k", "# prod"),
    ("пароль: Tz4$kW9mQx2r", "Tz4$kW9mQx2r", "пароль: "),
    ("mot_de_passe=Rf5%nB8wKz3q;", "Rf5%nB8wKz3q", "mot_de_passe="),
    ("wachtwoord → „Hm2&jX7pVc4t“ gezet", "Hm2&jX7pVc4t", "gezet"),
    ("DB_PASSWORD ⇒ «Nc6*qL1xZd8w»", "Nc6*qL1xZd8w", "DB_PASSWORD ⇒ «"),
    # a client secret shaped like a Kubernetes object name is still the secret (hypothesis)
    ("OIDC_CLIENT_SECRET=aa-aaaaaaa", "aa-aaaaaaa", "OIDC_CLIENT_SECRET="),
    # a flag's value ending in `:` is no next key (hypothesis)
    (" --password A00000000: 0", "A00000000", " --password "),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


STAYS = [
    "failed to validate token: signature is invalid",
    "log: failed to refresh token: deadline exceeded",
    '{"Sig=": null, "user": "wandb"}',
    "  - --password # from the secret below",
    "authorization: denied for action create_project",
    '    password = os.getenv("DB_PASSWORD")',
    'prefix = os.environ.get("S3_KEY", "data/2024-05-01/train.csv")',
    'order = os.getenv("SORT_KEY", "created_at")',
    # an option naming a file (Slurm's MUNGE socket)
    "AuthInfo=socket=/run/munge/slurm.socket",
    "\tPasswd: cfg.Password,",
    "    token = self._get_token()",
    "chpasswd: updated 1 user",
    "docker login --username robot --password-stdin harbor.corp",
    "cookie: theme=dark; lang=en",
    "checksum/secret: a5788a25985951acddaa987fec440ee6e15dab4de4893d5c533af62abeb6c3f6",
    "passwordRef: arn:aws:secretsmanager:us-east-1:123456789012:secret:wandb-mysql-Ab3dEf",
    "password:  16 bytes",
    "ssl_key = server-key.pem",
    '{"blob":"eyJ1c2VyIjogImFsaWNlIiwgInJvbGUiOiAiYWRtaW4ifQ=="}',  # {"user":…,"role":…}
    '{"password": 123456}',
    "password=SecretStr('**********')",
    "      + master_password = (sensitive value)",
    "      LICENSE:  <set to the key 'license' in secret 'wandb-license'>  Optional: false",
    "passwordHashIterations: 600000",
    "license_server: https://license.corp/v1",
    "license: valid (enterprise)",
    "Cookie: _ga=GA1.2.1234567890.1700000000",
    "docker run -d -p 8080:8080 wandb/local",
    "PWD=/vol/env",
    # a secret word as a flag's value names a field, the path after it is no value
    "$ vault kv get -mount=kv -field=token apps/wandb/gorilla",
    # Terraform references, a PKCE challenge (a hash), an empty field of a Go struct dump, the
    # key name inside a Kubernetes Secret
    "  master_password = random_password.db.result",
    'password = local.rendered["db_password"]',
    "GET /authorize?client_id=wandb&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&"
    "code_challenge_method=S256&redirect_uri=https%3A%2F%2Fwandb.corp%2Fauth",
    "opts: &{Addr:redis:6379 Username:default Password: DB:0 TLS:false}",
    "--set mysql.passwordSecret.key=MYSQL_PASSWORD --set mysql.passwordSecret.name=wandb-db",
    # `code` in other queries; foreign secret words before words
    "GET /api/v1/status?code=404&lang=en HTTP/1.1",
    "contraseña: requerida",
    "密码: 已设置",
    '{"": {"Lozinka": null}}',
    '{"> auth ": null, "password": null}',
    # PAM's `auth` lines: a control and a module, no Redis AUTH; a command's option after a
    # token word
    "auth    required   pam_unix.so",
    "auth sufficient pam_ldap.so",
    "$ gcloud auth print-access-token --impersonate-service-account=sa@p-1.iam.gserviceaccount.com",
    # `PASSWORD '` in a key: no SQL option's literal across the next members
    '{"old PASSWORD \'": {"user": null, "\'": 1}}',
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert Redactor()(line) == line


def test_a_value_wrapped_onto_the_next_line_goes_whole() -> None:
    key = "sk-ant-api03-" + "Mb7gLvu2KSmMG1bjLeAXK8PGA4N" + "gZ7UWyGfGnqreYEPkz9IREzKjWAzBAhvOhlVA5"
    lines = ["2026-11-28T10:00:00.000000001Z ANTHROPIC_API_KEY=" + key[:40], key[40:], "next line"]
    out = list(Redactor().lines(lines))
    assert key[40:] not in "\n".join(out) and key[13:40] not in "\n".join(out)
    assert out[2] == "next line"


def test_a_short_word_after_a_secret_is_not_taken_for_its_rest() -> None:
    out = list(Redactor().lines(["MYSQL_PASSWORD=Hq8mZ2pX7vN3Lk0PqR5t", "ok"]))
    assert out[1] == "ok"


def test_gate_leaves_helm_checksum_annotations() -> None:
    digest = "5f0c8e1b9a7d3c2e4f6a8b0d1c3e5f7a9b1d3f5e7c9a1b3d5f7e9c1a3b5d7f9e"
    assert list(Gate([]).line(f'"checksum/secret": "{digest}"')) == []
    assert list(Gate([]).line(f'"secret": "{digest}"')) != []


@pytest.mark.parametrize(
    "lines",
    [
        ["        args:", "        - --password", "        - Orion6666%xxgga"],
        ["127.0.0.1:6379> CONFIG GET requirepass", '1) "requirepass"', '2) "Orion6666%xxgga"'],
    ],
)
def test_a_value_on_the_line_after_its_name(lines: list[str]) -> None:
    out = list(Redactor().lines(lines))
    assert "Orion6666%xxgga" not in "\n".join(out)
    assert out[:-1] == lines[:-1]


@pytest.mark.parametrize(
    "line",
    [
        "https://corp.webhook.office.com/webhookb2/8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f@"
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/IncomingWebhook/3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f/x",
        "https://discord.com/api/webhooks/1123456789012345678/aB3-cD5_eF7gH9iJ1kL3mN5oP7qR9sT1uV3w",
    ],
)
def test_gate_catches_a_chat_webhook_the_redactor_missed(line: str) -> None:
    assert [kind for kind, _ in Gate([]).line(line)] == ["webhook_url"]
    assert list(Gate([]).line(Redactor()(line))) == []
