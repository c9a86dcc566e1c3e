"""Second held-out set (corpus/holdout2/): written before the detector changes that followed it
and measured once (the first measurement is in docs/redaction-measurements.md). Its templates and its secret
generators are its own: nothing here is shared with templates.py or secretgen.py, so a detector
tuned on those cannot fit these by accident.

Shapes follow real material: W&B's settings.json as printed in wandb/server#92, the operator's
WeightsAndBiases CR (spec.chart.password, spec.values.global.bucket), bitnami chart values and
`kubectl describe secret` output, botocore's AWSPreparedRequest repr (boto/botocore#2626, #2945),
go-sql-driver's Config and FormatDSN (go-sql-driver/mysql#428), nginx log_format lines with
$http_authorization and $sent_http_set_cookie, Kafka JAAS and ClickHouse users.xml (both run
beside W&B), MySQL general-log statements, Python/Go/Java value dumps, and adversarial layouts
(terminal wrapping, shell continuations, smart quotes, unicode, base64 of JSON, secrets glued to
URLs). Values are random and invalid; vendor layouts (prefix, length, alphabet) are public.
"""

from __future__ import annotations

import base64
import json
import random
import string
from pathlib import Path

_AZ = string.ascii_letters
_AN = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_URLSAFE = _AN + "-_"
_WORDS = [
    *("maple", "orbit", "tundra", "velvet", "quartz", "harbor", "falcon", "ember", "cobalt"),
    *("willow", "prism", "lantern", "glacier", "saffron", "meadow", "pylon", "basalt", "otter"),
]


class Gen:
    """Each method returns (text placed in the line, secret that must not survive)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def _p(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def _b64(self, n: int) -> str:
        return base64.b64encode(self.r.randbytes(n)).decode()

    def _same(self, s: str) -> tuple[str, str]:
        return s, s

    # -- passwords people and tools generate ---------------------------------------------------
    def openssl_b64(self) -> tuple[str, str]:
        """`openssl rand -base64 18`: may hold + and /."""
        return self._same(self._b64(18))

    def symbols(self) -> tuple[str, str]:
        """Shell- and separator-hostile characters inside the password."""
        core = self._p(_AN, 10) + self.r.choice("$!") + self.r.choice("&;,") + self._p("%()*", 2)
        return self._same("".join(self.r.sample(core, len(core))))

    def phrase(self) -> tuple[str, str]:
        w = self.r.sample(_WORDS, 3)
        return self._same(f"{w[0].title()}-{w[1]}-{w[2].title()}{self.r.randint(10, 99)}")

    def unicode_pw(self) -> tuple[str, str]:
        return self._same(
            self._p(_AN, 5) + self.r.choice("äöüßéñ") + self._p(_AN, 4) + "Ω" + self._p(_AN, 3)
        )

    def hex64(self) -> tuple[str, str]:
        return self._same(self._p(_HEX, 64))

    def urlsafe(self) -> tuple[str, str]:
        """`secrets.token_urlsafe(32)`."""
        return self._same(base64.urlsafe_b64encode(self.r.randbytes(32)).decode().rstrip("="))

    def wandb_key(self) -> tuple[str, str]:
        return self._same(self._p(_HEX, 40))

    def minio_access(self) -> tuple[str, str]:
        return self._same(self._p(string.ascii_uppercase + string.digits, 20))

    def minio_secret(self) -> tuple[str, str]:
        return self._same(self._p(_AN, 40))

    # -- vendor token layouts ------------------------------------------------------------------
    def aws_session(self) -> tuple[str, str]:
        body = self._b64(180)
        return "IQoJb3JpZ2luX2VjE" + body, body

    def aws_key_id(self) -> tuple[str, str]:
        return self._same("ASIA" + self._p(string.ascii_uppercase + "234567", 16))

    def azure_ad(self) -> tuple[str, str]:
        """Entra ID client secret: 3 characters, a digit, `Q~`, 34 more."""
        return self._same(
            self._p(_AN, 3) + self._p(string.digits, 1) + "Q~" + self._p(_AN + "_.~-", 34)
        )

    def azure_account_key(self) -> tuple[str, str]:
        return self._same(self._b64(64))

    def gocspx(self) -> tuple[str, str]:
        tail = self._p(_URLSAFE, 28)
        return "GOCSPX-" + tail, tail

    def glpat(self) -> tuple[str, str]:
        tail = self._p(_URLSAFE, 20)
        return "glpat-" + tail, tail

    def npm(self) -> tuple[str, str]:
        tail = self._p(_AN, 36)
        return "npm_" + tail, tail

    def ghr(self) -> tuple[str, str]:
        tail = self._p(_AN, 36)
        return "ghr_" + tail, tail

    def anthropic(self) -> tuple[str, str]:
        tail = self._p(_URLSAFE, 93)
        return "sk-ant-api03-" + tail + "AA", tail

    def dd_api(self) -> tuple[str, str]:
        return self._same(self._p(_HEX, 32))

    def jwt_hs(self) -> tuple[str, str]:
        def enc(obj: object) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        head = enc({"alg": "HS256", "kid": self._p(_HEX, 8), "typ": "JWT"})
        body = enc({"iss": "wandb", "seats": self.r.randint(5, 500), "nonce": self._p(_AN, 16)})
        sig = base64.urlsafe_b64encode(self.r.randbytes(32)).decode().rstrip("=")
        token = f"{head}.{body}.{sig}"
        return token, token[len(head) + 1 :]  # the header alone is a public layout

    # -- encoded secrets -----------------------------------------------------------------------
    def docker_auth(self) -> tuple[str, str]:
        """Harbor robot accounts have `$` and `+` in the user name."""
        pw = self._p(_AN, 32)
        return self._same(base64.b64encode(f"robot$wandb+ci:{pw}".encode()).decode())

    def b64_json(self) -> tuple[str, str]:
        pw = self._p(_AN, 18)
        blob = base64.b64encode(json.dumps({"username": "svc-wandb", "password": pw}).encode())
        return self._same(blob.decode())

    def secret_data(self) -> tuple[str, str]:
        """A Secret's data value: base64 of a password."""
        return self._same(base64.b64encode(self._p(_AN + "!#", 20).encode()).decode())

    def tls_key_b64(self) -> tuple[str, str]:
        pem = (
            "-----BEGIN EC PRIVATE KEY-----\n" + self._b64(90) + "\n-----END EC PRIVATE KEY-----\n"
        )
        blob = base64.b64encode(pem.encode()).decode()
        return blob, blob[44:-44]  # the BEGIN/END lines encode to public text

    def ssh_body(self) -> tuple[str, str]:
        return self._same(self._b64(51))


# (shape, generator, template): `{S}` is where the generated text goes.
POSITIVE: list[tuple[str, str, str]] = [
    # -- W&B settings, CRs and values ----------------------------------------------------------
    (
        "wandb_settings",
        "urlsafe",
        '{"license":"","auth0Enable":false,"oidcClientID":"wandb","oidcSecret":"{S}","oidcIssuer":"https://login.corp"}',
    ),
    (
        "wandb_settings",
        "urlsafe",
        '{"slackEnable":true,"slackClientID":"123.456","slackSecret":"{S}"}',
    ),
    ("wandb_settings", "jwt_hs", '{"license":"{S}","authMethod":"oidc"}'),
    ("wandb_cr", "phrase", '    password: "{S}"  # chart repository'),
    ("wandb_cr", "minio_secret", '        secretKey: "{S}"'),
    ("wandb_cr", "jwt_hs", "      license: {S}"),
    ("wandb_cr", "openssl_b64", "      GORILLA_SESSION_SECRET: {S}"),
    (
        "helm",
        "symbols",
        "helm upgrade --install wandb wandb/operator-wandb --set-string global.mysql.password='{S}'",
    ),
    ("helm", "jwt_hs", "helm install wandb ./operator-wandb --set global.license={S} -n wandb"),
    ("helm", "openssl_b64", "USER-SUPPLIED VALUES: global: {mysql: {host: db, password: {S}}}"),
    # -- env files / shells / systemd ------------------------------------------------------------
    ("env", "symbols", 'MYSQL_PASSWORD = "{S}"'),
    ("env", "phrase", "export WANDB_API_KEY MYSQL_PASSWORD={S}"),
    ("env", "openssl_b64", "env MINIO_ROOT_PASSWORD={S} minio server /data"),
    ("env", "unicode_pw", "SMTP_PASSWORD={S}"),
    ("env", "azure_ad", "AZURE_CLIENT_SECRET={S}"),
    ("env", "dd_api", "DD_API_KEY={S}"),
    ("env", "anthropic", "ANTHROPIC_API_KEY={S}"),
    ("env", "gocspx", "GOOGLE_CLIENT_SECRET={S}"),
    ("env", "aws_session", "AWS_SESSION_TOKEN={S}"),
    ("env", "minio_secret", "setenv BUCKET_SECRET_ACCESS_KEY {S}"),
    ("env", "openssl_b64", "set REDIS_AUTH={S}"),
    # -- nested after another word ---------------------------------------------------------------
    (
        "nested",
        "openssl_b64",
        "I1128 10:00:00.000000 1 main.go:88] flags: --mysql-host=db --mysql-password={S} --port=8080",
    ),
    ("nested", "phrase", "[startup] effective config => redis.password={S}; redis.host=redis"),
    ("nested", "symbols", "WARN  deprecated option used: bind_password: {S}"),
    ("nested", "urlsafe", "2026-11-28 10:00:00,123 - app - INFO - headers={'X-Auth-Token': '{S}'}"),
    # -- quoting and unicode -----------------------------------------------------------------------
    ("quoted", "phrase", "password: “{S}”"),
    ("quoted", "symbols", "db_password => '{S}',"),
    ("quoted", "openssl_b64", 'RedisConfig(host="redis", port=6379, password="{S}", ssl=True)'),
    ("quoted", "unicode_pw", "{'user': 'wandb', 'password': b'{S}'}"),
    ("quoted", "phrase", '--password="{S}"'),
    ("quoted", "urlsafe", "`token`: `{S}`"),
    # -- YAML / TOML / INI / XML / properties ------------------------------------------------------
    ("yaml", "openssl_b64", '  "password": {S}'),
    ("yaml", "symbols", "    password: &dbpw '{S}'"),
    ("yaml", "secret_data", "  mysql-root-password: {S}"),
    ("yaml", "tls_key_b64", "  tls.key: {S}"),
    ("yaml", "minio_secret", "    rootPassword: {S} # changeme"),
    ("yaml", "urlsafe", "  - {name: OIDC_SECRET, value: {S}}"),
    ("toml", "phrase", 'password = "{S}"'),
    ("toml", "hex64", "session_secret = '{S}'"),
    ("ini", "openssl_b64", "password={S}"),
    ("xml", "symbols", "            <password>{S}</password>"),
    ("xml", "hex64", "<password_sha256_hex>{S}</password_sha256_hex>"),
    (
        "properties",
        "phrase",
        'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="wandb" password="{S}";',
    ),
    ("properties", "openssl_b64", "clickhouse.password={S}"),
    # -- JSON in logs ----------------------------------------------------------------------------
    (
        "json",
        "openssl_b64",
        '{"level":"info","ts":1764324000.1,"caller":"cfg/load.go:41","msg":"loaded","mysql":{"user":"wandb","pass":"{S}"}}',
    ),
    (
        "json",
        "symbols",
        '{"@timestamp":"2026-11-28T10:00:00Z","message":"{\\"bindCredentials\\":\\"{S}\\"}"}',
    ),
    (
        "json",
        "urlsafe",
        '{"severity":"DEBUG","jsonPayload":{"request":{"headers":{"authorization":"Bearer {S}"}}}}',
    ),
    ("json", "b64_json", '{"msg":"decoded credentials","blob":"{S}"}'),
    ("json", "minio_secret", '{"Env":["HOSTNAME=wandb-0","MINIO_SECRET_KEY={S}","TZ=UTC"]}'),
    ("json", "docker_auth", '{"auths":{"harbor.corp:443":{"auth":"{S}","email":"ci@corp"}}}'),
    ("json", "wandb_key", '{"WANDB_API_KEY": "{S}", "WANDB_BASE_URL": "https://wandb.corp"}'),
    (
        "json",
        "secret_data",
        '{"apiVersion":"v1","data":{"password":"{S}"},"kind":"Secret","metadata":{"name":"wandb-mysql"}}',
    ),
    # -- value dumps -----------------------------------------------------------------------------
    (
        "gostruct",
        "symbols",
        '&mysql.Config{User:"wandb", Passwd:"{S}", Net:"tcp", Addr:"db:3306", DBName:"wandb_local"}',
    ),
    (
        "gostruct",
        "openssl_b64",
        "redis options: &{Network:tcp Addr:redis:6379 Username: Password:{S} DB:0}",
    ),
    ("gostruct", "phrase", 'map[string]string{"host":"db", "password":"{S}"}'),
    (
        "javastring",
        "phrase",
        "DataSourceConfig{url=jdbc:mysql://db:3306/wandb, username=wandb, password={S}}",
    ),
    ("pyrepr", "urlsafe", "Namespace(host='0.0.0.0', api_key='{S}', debug=False)"),
    # -- HTTP ------------------------------------------------------------------------------------
    (
        "header",
        "aws_key_id",
        "'Authorization': b'AWS4-HMAC-SHA256 Credential={S}/20261128/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0f'",
    ),
    ("header", "aws_session", "'X-Amz-Security-Token': b'{S}'"),
    ("header", "urlsafe", "map[Authorization:[Bearer {S}] Content-Type:[application/json]]"),
    (
        "header",
        "hex64",
        '10.0.0.7 - - [28/Nov/2026:10:00:00 +0000] "GET /graphql HTTP/1.1" 200 512 authorization="Token {S}"',
    ),
    (
        "header",
        "urlsafe",
        '10.0.0.7 - - [28/Nov/2026:10:00:00 +0000] "POST /login HTTP/1.1" 302 0 cookie="wandb_session={S}; Path=/; HttpOnly"',
    ),
    ("header", "hex64", "< set-cookie: session={S}; Domain=wandb.corp; SameSite=Lax"),
    ("header", "openssl_b64", "Proxy-Authorization: Basic {S}"),
    ("header", "dd_api", "DD-API-KEY: {S}"),
    (
        "header",
        "urlsafe",
        '{"authority":"wandb.corp","cookie":"_ga=GA1.2.3; wandb_session={S}","status":200}',
    ),
    # -- URLs and DSNs -----------------------------------------------------------------------------
    ("url", "urlsafe", "GET /api/v1/export?api_key={S} HTTP/1.1"),
    (
        "url",
        "urlsafe",
        "redirecting to https://wandb.corp/callback#access_token={S}&token_type=Bearer",
    ),
    (
        "url",
        "aws_session",
        "https://bucket.s3.amazonaws.com/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token={S}&X-Amz-Expires=900",
    ),
    (
        "url",
        "azure_account_key",
        "conn: DefaultEndpointsProtocol=https;AccountName=wbdata;AccountKey={S}",
    ),
    (
        "url",
        "urlsafe",
        "POST /oauth2/token body: grant_type=authorization_code&client_id=wandb&client_secret={S}&code=abc",
    ),
    ("dsn", "symbols", "mysql://wandb:{S}@db.corp:3306/wandb_local"),
    (
        "dsn",
        "phrase",
        "dial: wandb:{S}@tcp(10.0.0.5:3306)/wandb_local?charset=utf8mb4&parseTime=true",
    ),
    ("dsn", "openssl_b64", "clickhouse://default:{S}@clickhouse:9000/weave"),
    ("dsn", "urlsafe", "REDIS_URL=rediss://:{S}@redis.corp:6380/0"),
    ("dsn", "phrase", "amqps://wandb:{S}@mq.corp/vhost"),
    ("dsn", "minio_secret", "s3://{S}@minio:9000/wandb"),
    ("dsn", "phrase", "proxy: http://corp%5Csvc:{S}@proxy.corp:8080"),
    # -- command lines -------------------------------------------------------------------------------
    ("cmdline", "symbols", 'mysql -uroot -p"{S}" -e "SHOW DATABASES"'),
    (
        "cmdline",
        "phrase",
        "kubectl create secret docker-registry regcred --docker-server=harbor.corp --docker-username=robot --docker-password={S}",
    ),
    ("cmdline", "openssl_b64", "kubectl -n wandb set env deployment/wandb MYSQL_PASSWORD={S}"),
    ("cmdline", "minio_secret", "mc alias set wb https://minio.corp WBACCESS {S} --api S3v4"),
    ("cmdline", "minio_secret", "aws configure set aws_secret_access_key {S}"),
    (
        "cmdline",
        "azure_account_key",
        "az storage blob upload --account-name wbdata --account-key {S} -c runs -f x",
    ),
    ("cmdline", "phrase", "htpasswd -b -c /vol/env/users.htpasswd admin {S}"),
    ("cmdline", "symbols", "openssl pkcs12 -export -in tls.crt -inkey tls.key -passout pass:{S}"),
    ("cmdline", "urlsafe", "redis-cli -u redis://default:{S}@redis:6379 ping"),
    ("cmdline", "phrase", "docker run -d --env=LICENSE_KEY={S} wandb/local"),
    ("cmdline", "wandb_key", "WANDB_API_KEY={S} python train.py"),
    ("cmdline", "glpat", "git clone https://oauth2:{S}@gitlab.corp/ml/train.git"),
    ("cmdline", "npm", "//registry.corp/:_authToken={S}"),
    (
        "cmdline",
        "phrase",
        "keytool -importcert -keystore truststore.jks -storepass {S} -file ca.crt",
    ),
    # -- SQL -------------------------------------------------------------------------------------
    (
        "sql",
        "symbols",
        "2026-11-28T10:00:00.000000Z\t   12 Query\tALTER USER 'wandb'@'%' IDENTIFIED BY '{S}'",
    ),
    ("sql", "phrase", "SET PASSWORD FOR 'wandb'@'%' = '{S}';"),
    (
        "sql",
        "openssl_b64",
        "CREATE USER IF NOT EXISTS 'wandb'@'%' IDENTIFIED WITH caching_sha2_password BY '{S}';",
    ),
    # -- bare tokens -----------------------------------------------------------------------------
    ("tokens", "ghr", "refreshed installation credentials: {S}"),
    ("tokens", "gocspx", "oauth client registered (secret {S})"),
    ("tokens", "anthropic", "weave: provider=anthropic key={S}"),
    ("tokens", "azure_ad", "client credentials: wandb-app / {S}"),
    ("tokens", "jwt_hs", "token: {S}"),
    ("tokens", "wandb_key", '"Cmd": ["wandb", "login", "--host", "https://wandb.corp", "{S}"],'),
    # -- names -----------------------------------------------------------------------------------
    ("names", "phrase", "MYSQL_PWD={S}"),
    ("names", "openssl_b64", "redis_requirepass: {S}"),
    ("names", "urlsafe", "csrfSecret: {S}"),
    ("names", "hex64", "ENCRYPTION_KEY={S}"),
    ("names", "urlsafe", "accessToken={S}"),
    ("names", "symbols", "adminPass: {S}"),
    ("names", "phrase", "pw={S}"),
    ("names", "openssl_b64", "Passwort: {S}"),
]

# Multi-line shapes: (shape, generator, lines). `{S<}` / `{S>}` are the first 40 characters of
# the text and the rest (a value wrapped by a terminal or a log shipper's line limit).
MULTILINE: list[tuple[str, str, list[str]]] = [
    ("netrc", "wandb_key", ["machine wandb.corp", "  login user", "  password {S}"]),
    ("wrapped", "jwt_hs", ["> Authorization: Bearer {S<}", "{S>}"]),
    ("wrapped", "anthropic", ["ANTHROPIC_API_KEY={S<}", "{S>}"]),
    ("ini", "symbols", ["[client]", "user=wandb", "password = {S}", "host=db"]),
    ("yaml_block", "jwt_hs", ["    license: >-", "      {S}", "    host: https://wandb.corp"]),
    (
        "k8s_applied",
        "phrase",
        [
            "    kubectl.kubernetes.io/last-applied-configuration: |",
            '      {"apiVersion":"v1","kind":"Secret","metadata":{"name":"wandb-mysql","namespace":"wandb"},"stringData":{"password":"{S}"},"type":"Opaque"}',
        ],
    ),
    (
        "pem",
        "ssh_body",
        [
            "-----BEGIN OPENSSH PRIVATE KEY-----",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
            "{S}",
            "-----END OPENSSH PRIVATE KEY-----",
        ],
    ),
    (
        "shell",
        "symbols",
        ["mysql -h db -u root \\", "  --password='{S}' \\", "  wandb_local < dump.sql"],
    ),
    (
        "xml",
        "openssl_b64",
        [
            "<clickhouse><users><default>",
            "    <password>{S}</password>",
            "</default></users></clickhouse>",
        ],
    ),
    (
        "json_pretty",
        "phrase",
        [
            '        "Env": [',
            '            "MYSQL_PASSWORD={S}",',
            '            "HOME=/root"',
            "        ],",
        ],
    ),
    (
        "kafka",
        "openssl_b64",
        [
            "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\",
            '    username="wandb" \\',
            '    password="{S}";',
        ],
    ),
]

# Look-alikes that must stay as they are. `{H}`, `{D}`, `{U}`, `{B}` are filled with random hex
# (40 and 64), a uuid and base64 (24 bytes) so that ids and hashes are as random as real ones.
NEGATIVE: list[tuple[str, str]] = [
    # shell and system
    ("pwd", "PWD=/vol/env"),
    ("pwd", 'cd "$PWD/../charts"'),
    ("pwd", "+ pwd"),
    ("pwd", "/home/wandb$ pwd"),
    ("nsswitch", "passwd:     files sss"),
    ("nsswitch", "wandb:x:999:999::/home/wandb:/bin/bash (from /etc/passwd)"),
    ("nsswitch", "getent passwd wandb"),
    ("nsswitch", "chpasswd: updated 1 user"),
    # policies and settings about secrets
    ("policy", "password_hash_algorithm: argon2id"),
    ("policy", "passwordMinLength=14"),
    ("policy", "password_expired: N"),
    ("policy", "password_last_changed: 2026-11-01 09:12:44"),
    ("policy", "password_lifetime: NULL"),
    ("policy", "PasswordComplexity = 1"),
    ("policy", "usePasswordFiles: true"),
    ("policy", "passwordRotation: {enabled: false}"),
    ("policy", "tokenTTL: 15m"),
    ("policy", "token_endpoint_auth_method=client_secret_post"),
    ("policy", "secretRotationInterval: 720h"),
    ("policy", "GORILLA_SESSION_LENGTH=720h"),
    ("policy", "session_timeout=3600"),
    ("policy", "sessionAffinity: ClientIP"),
    ("policy", "authMethod: implicit"),
    ("policy", "auth0Enable: false"),
    ("policy", "ssoEnable=true"),
    ("policy", "OIDC_AUTH_METHOD=pkce"),
    # token words
    ("token_type", "token_type_ids: [0, 0, 0, 1]"),
    ("token_type", 'pad_token: "<pad>"'),
    ("token_type", "eos_token: </s>"),
    ("token_type", "bos_token_id=1"),
    ("token_type", "max_new_tokens=256"),
    ("token_type", "num_tokens: 18432"),
    ("token_type", "tokenizer_config.json: 100%|██████████| 1.29k/1.29k"),
    ("token_type", "special_tokens_map.json"),
    ("token_type", "tokens/s: 41.7"),
    ("token_type", "completion_tokens=128 prompt_tokens=512 total_tokens=640"),
    ("token_type", '{"token_type":"bearer","scope":"openid profile email"}'),
    ("token_type", "tokenReviewer: enabled"),
    ("token_type", "automountServiceAccountToken: false"),
    ("token_type", "- serviceAccountToken: {expirationSeconds: 3607, path: token}"),
    # references to files
    (
        "file_ref",
        "AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token",
    ),
    ("file_ref", "ssl_password_file /etc/keys/global.pass;"),
    ("file_ref", "ssl_certificate_key /etc/nginx/tls/tls.key;"),
    ("file_ref", "auth_basic_user_file /etc/nginx/.htpasswd;"),
    ("file_ref", "GORILLA_LICENSE_PATH=/etc/wandb/license.jwt"),
    ("file_ref", "passwordPath: /vault/secrets/mysql"),
    ("file_ref", "--token-file=/var/run/secrets/token"),
    ("file_ref", "REDIS_PASSWORD_FILE: /run/secrets/redis"),
    ("file_ref", "keystore: /etc/kafka/secrets/kafka.keystore.jks"),
    ("file_ref", "credentials_file = ~/.aws/credentials"),
    ("file_ref", "kubectl create secret generic wandb-license --from-file=license=./license.txt"),
    # references to secrets held elsewhere
    ("secret_ref", "existingSecretPasswordKey: mysql-password"),
    ("secret_ref", "auth.existingSecret: wandb-redis"),
    ("secret_ref", "secretKeys: {adminPasswordKey: admin-password, userPasswordKey: password}"),
    ("secret_ref", "        passwordKey: password"),
    ("secret_ref", "          name: wandb-bucket-secret"),
    ("secret_ref", "password: ${{ secrets.MYSQL_PASSWORD }}"),
    ("secret_ref", "password: %(MYSQL_PASSWORD)s"),
    ("secret_ref", "password: ${env:MYSQL_PASSWORD}"),
    ("secret_ref", 'MYSQL_PASSWORD="$(cat /run/secrets/mysql)"'),
    ("secret_ref", "MYSQL_PASSWORD=$MYSQL_ROOT_PASSWORD"),
    ("secret_ref", "password: vault:secret/data/wandb#mysql"),
    (
        "secret_ref",
        "passwordRef: arn:aws:secretsmanager:us-east-1:123456789012:secret:wandb-mysql-Ab3dEf",
    ),
    ("secret_ref", "licenseSecret: projects/1234/secrets/wandb-license/versions/latest"),
    ("secret_ref", "secretUri: https://wbvault.vault.azure.net/secrets/mysql-password"),
    ("secret_ref", "token: <token>"),
    ("secret_ref", "MYSQL_PASSWORD:  24 bytes"),
    ("secret_ref", "password:  16 bytes"),
    ("secret_ref", "Type:  Opaque"),
    ("secret_ref", "kind: Secret"),
    ("secret_ref", "type: kubernetes.io/dockerconfigjson"),
    ("secret_ref", "kubectl get secret wandb-mysql -o jsonpath='{.data.password}' | base64 -d"),
    ("secret_ref", "api key: ************3f9a"),
    ("secret_ref", "WANDB_API_KEY="),
    ("secret_ref", "password = None"),
    ("secret_ref", 'password=""'),
    ("secret_ref", "REDIS_PASSWORD=<set in secret>"),
    # source lines in tracebacks: the value is a name, not a secret
    ("code", "    conn = pymysql.connect(host=host, user=user, password=password, db=db)"),
    ("code", "    wandb.login(key=api_key, host=base_url)"),
    ("code", '    api_key = os.environ["WANDB_API_KEY"]'),
    ("code", '    password = os.getenv("DB_PASSWORD")'),
    ("code", "\tPasswd: cfg.Password,"),
    ("code", '\tPassword: os.Getenv("REDIS_PASSWORD"),'),
    ("code", "    token = self._get_token()"),
    (
        "code",
        '  File "/usr/lib/python3/site-packages/wandb/sdk/wandb_login.py", line 291, in _login',
    ),
    ("code", 'password = getpass.getpass("Password: ")'),
    # server variables and data
    ("server_var", "license\tGPL"),
    ("server_var", "version_comment = MySQL Community Server - GPL"),
    ("server_var", "ssl_key = server-key.pem"),
    ("server_var", "caching_sha2_password_public_key_path = public_key.pem"),
    ("server_var", "sha256_password_auto_generate_rsa_keys ON"),
    ("server_var", "plugin: caching_sha2_password"),
    ("server_var", "authentication_string: "),
    ("server_var", "secure_file_priv = /var/lib/mysql-files/"),
    ("server_var", "tls_version TLSv1.2,TLSv1.3"),
    ("server_var", '"license": "Apache-2.0",'),
    ("server_var", "License: MIT"),
    ("server_var", "licenseType: enterprise"),
    ("server_var", "license expires in 30 days (2026-12-28)"),
    ("server_var", "keyspace_hits:99 keyspace_misses:1 expired_keys:0"),
    ("server_var", "master_link_status:up"),
    # HTTP that names secrets without holding one
    ("http", "Vary: Cookie, Authorization"),
    ("http", "Access-Control-Allow-Headers: Authorization, Content-Type, X-Api-Key"),
    ("http", "proxy_set_header Authorization $http_authorization;"),
    ("http", "proxy_pass_header Set-Cookie;"),
    ("http", 'auth_basic "W&B admin";'),
    ("http", 'WWW-Authenticate: Bearer realm="wandb", error="invalid_token"'),
    ("http", "Sec-WebSocket-Key: {B}"),
    ("http", 'ETag: "{H}"'),
    ("http", "X-Request-Id: {U}"),
    ("http", "x-amz-request-id: 4442587FB7D0A2F9"),
    ("http", "traceparent: 00-{H}-b7ad6b7169203331-01"),
    ("http", "Content-Security-Policy: script-src 'self' 'nonce-{B}'"),
    (
        "http",
        '10.0.0.7 - - [28/Nov/2026:10:00:00 +0000] "GET /api/v1/tokens?limit=20 HTTP/1.1" 200 88 "-" "wandb/0.19.1"',
    ),
    (
        "http",
        '10.0.0.7 - - [28/Nov/2026:10:00:01 +0000] "GET /static/js/main.{H}.js HTTP/1.1" 200 1843',
    ),
    ("http", "401 Unauthorized: token is expired by 3h2m11s"),
    ("http", "cookie: theme=dark; lang=en"),
    ("http", "Set-Cookie: consent=yes; Path=/; Max-Age=31536000"),
    # ids and hashes that look random
    ("hash", "Digest: sha256:{D}"),
    ("hash", "commit {H}"),
    ("hash", "GIT_SHA={H}"),
    ("hash", "revision: {H}"),
    ("hash", "checksum/config: {D}"),
    ("hash", "checksum/secret: {D}"),
    ("hash", "sha1: {H}"),
    ("hash", '"digest": "{B}"'),
    ("hash", "integrity sha512-{B}{B}"),
    ("hash", "github.com/go-sql-driver/mysql v1.8.1 h1:{B}="),
    ("hash", "pod-template-hash: 7d9f8c6b5"),
    ("hash", "uid: {U}"),
    ("hash", "request_id={U} status=200"),
    ("hash", "trace_id={H} span_id=b7ad6b7169203331"),
    ("hash", "run_id: 3xk9q2ab"),
    ("hash", "https://wandb.corp/ml-team/train/runs/3xk9q2ab"),
    ("hash", '"Id": "{D}"'),
    ("hash", "AZURE_CLIENT_ID={U}"),
    ("hash", "AZURE_TENANT_ID={U}"),
    ("hash", "OIDC_CLIENT_ID={U}"),
    ("hash", "kms_key_id: arn:aws:kms:us-east-1:123456789012:key/{U}"),
    ("hash", "4o0d8cjmeuftq0y3dwv4vw12s   mysql_password   2 hours ago   2 hours ago"),
    (
        "hash",
        "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ),
    ("hash", "state={B}&nonce={H}"),
    # public keys and certificates
    ("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{B} ops@bastion"),
    ("public_key", "ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUR{B}"),
    ("public_key", "tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM{B}"),
    ("public_key", "-----BEGIN CERTIFICATE-----"),
    ("public_key", "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ"),
    ("public_key", '{"kty":"RSA","kid":"{H}","use":"sig","alg":"RS256","e":"AQAB"}'),
    ("public_key", "publicKey: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{B}"),
    # W&B and tool messages
    (
        "log",
        "wandb: Logged in as alice to https://wandb.corp. Use `wandb login --relogin` to force relogin",
    ),
    ("log", "wandb: ERROR Invalid API key, please retry"),
    ("log", "Error: API key must be 40 characters long, yours was 12"),
    ("log", "*** Loading settings..."),
    ("log", "2022/02/23 07:38:15 Generating new session key for auth..."),
    ("log", "2022/02/23 07:38:15 Generating new certificate and key for auth..."),
    ("log", 'level=info msg="secret synced" secret=wandb-mysql namespace=wandb'),
    (
        "log",
        'Warning  FailedMount  kubelet  MountVolume.SetUp failed for volume "license" : secret "wandb-license" not found',
    ),
    ("log", 'Error: INSTALLATION FAILED: secrets "wandb" already exists'),
    ("log", "object key: wandb/run-20261128_100000-3xk9q2ab/files/output.log"),
    ("log", "cache key=project:42:runs:summary ttl=60"),
    ("log", "primaryKey: id, foreignKey: project_id"),
    ("log", "mysql: [Warning] Using a password on the command line interface can be insecure."),
    ("log", "redis: AUTH failed: WRONGPASS invalid username-password pair or user is disabled."),
    ("log", "x509: certificate signed by unknown authority"),
    ("log", "docker login --username robot --password-stdin harbor.corp"),
    ("log", "kubectl get secrets -n wandb"),
    ("log", "mc admin user add wb svc-wandb"),
    ("log", "helm install wandb wandb/operator --set mysql.existingSecret=wandb-mysql"),
    ("log", 'password reset requested for "alice@corp.com"'),
    ("log", "tokens revoked: 3"),
    ("log", "secrets: [wandb-mysql, wandb-license]"),
    ("log", "LICENSE_SEATS=250"),
    ("log", "api_key_count=12"),
    ("log", "key: MYSQL_PASSWORD"),
    ("log", "authorization_endpoint: https://login.corp/oauth2/v2.0/authorize"),
    (
        "log",
        "https://wandb.corp/oidc/callback?error=access_denied&error_description=user+cancelled",
    ),
    ("log", "mysql://wandb@db:3306/wandb_local"),
    ("log", "redis://redis.wandb.svc.cluster.local:6379/0"),
    ("log", "clickhouse://clickhouse:9000/weave"),
    ("log", "Grüße aus München: Passwortänderung erfolgreich"),
]

# Multi-line look-alikes.
NEGATIVE_MULTILINE: list[tuple[str, list[str]]] = [
    (
        "secret_ref",
        [
            "        - name: MYSQL_PASSWORD",
            "          valueFrom:",
            "            secretKeyRef:",
            "              name: wandb-mysql",
            "              key: password",
        ],
    ),
    (
        "public_key",
        ["-----BEGIN CERTIFICATE-----", "MIIBszCCAVmgAwIBAgIUX{B}", "-----END CERTIFICATE-----"],
    ),
    ("netrc", ["machine wandb.corp", "  login user"]),
]


def build(out: Path, seed: int = 20261128, copies: int = 2) -> None:
    gen = Gen(seed)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "positives.jsonl").open("w") as fh:
        for _ in range(copies):
            for shape, name, template in POSITIVE:
                text, secret = getattr(gen, name)()
                lines = template.replace("{S}", text).split("\n")
                fh.write(json.dumps({"shape": shape, "lines": lines, "secrets": [secret]}) + "\n")
            for shape, name, lines in MULTILINE:
                text, secret = getattr(gen, name)()
                filled = [
                    line.replace("{S}", text).replace("{S<}", text[:40]).replace("{S>}", text[40:])
                    for line in lines
                ]
                fh.write(json.dumps({"shape": shape, "lines": filled, "secrets": [secret]}) + "\n")

    def fill(line: str) -> str:
        while "{H}" in line:
            line = line.replace("{H}", gen._p(_HEX, 40), 1)
        while "{D}" in line:
            line = line.replace("{D}", gen._p(_HEX, 64), 1)
        while "{U}" in line:
            u = gen._p(_HEX, 32)
            line = line.replace("{U}", f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}", 1)
        while "{B}" in line:
            line = line.replace("{B}", gen._b64(24), 1)
        return line

    with (out / "negatives.jsonl").open("w") as fh:
        for shape, line in NEGATIVE:
            fh.write(json.dumps({"shape": shape, "lines": [fill(line)]}) + "\n")
        for shape, lines in NEGATIVE_MULTILINE:
            fh.write(json.dumps({"shape": shape, "lines": [fill(x) for x in lines]}) + "\n")
