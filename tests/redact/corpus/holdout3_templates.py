"""Third held-out set (corpus/holdout3/): written after holdout2 had been seen and fixed, before
any change that followed it, and measured once (docs/redaction-measurements.md has the first measurement).
Its templates and generators are its own, and its shapes are ones neither the tuning corpus nor
the earlier held-out sets hold: credential files (.pgpass, rclone, s3cmd, kubeconfig
client-key-data, .aws/credentials session tokens), list-form arguments (`["--requirepass",
"…"]`, `- --password` / `- …`), Java system properties, short flags of other tools (`az -p`,
`docker login -p`, `sqlcmd -P`), Redis 6 `AUTH user pass` and `CONFIG GET` replies, SMTP
`AUTH PLAIN`, vendor tokens (Vault `hvs.`, Docker `dckr_pat_`, GitLab runner `glrt-`, Google
`ya29.` and `1//` refresh tokens, Sentry `sntrys_`), Terraform plan lines, ADO/ODBC strings,
tuple-form header dumps; and look-alikes from the same tools (`kubectl describe pod` env
sources, pydantic's masked SecretStr, Terraform's `(sensitive value)`, CA bundles and x5c
chains, ULIDs, large numbers under secret-sounding settings). Values are random and invalid.
"""

from __future__ import annotations

import base64
import json
import random
import string
from pathlib import Path

_AN = string.ascii_letters + string.digits
_LOW = string.ascii_lowercase + string.digits
_HEX = "0123456789abcdef"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class Gen3:
    """Each method returns (text placed in the line, secret that must not survive)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def _p(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def _same(self, s: str) -> tuple[str, str]:
        return s, s

    def pwgen(self) -> tuple[str, str]:
        """`pwgen -s 16`: letters and digits."""
        return self._same(self._p(_AN, 16))

    def apg(self) -> tuple[str, str]:
        """Pronounceable with separators, as some admins pick: `Wandb2024!prod`."""
        word = self.r.choice(["Summer", "Orion", "Nimbus", "Cedar", "Falcon"])
        return self._same(
            f"{word}{self.r.randint(1000, 9999)}{self.r.choice('!#%+')}{self._p(string.ascii_lowercase, 5)}"
        )

    def hex48(self) -> tuple[str, str]:
        return self._same(self._p(_HEX, 48))

    def lower32(self) -> tuple[str, str]:
        """Lower-case letters and digits only (some generators, MinIO console secrets)."""
        return self._same(self._p(_LOW, 32))

    def vault(self) -> tuple[str, str]:
        tail = self._p(_AN + "_-", 91)
        return "hvs." + tail, tail

    def dckr(self) -> tuple[str, str]:
        tail = self._p(_AN + "_-", 27)
        return "dckr_pat_" + tail, tail

    def glrt(self) -> tuple[str, str]:
        tail = self._p(_AN + "_-", 20)
        return "glrt-" + tail, tail

    def ya29(self) -> tuple[str, str]:
        tail = self._p(_AN + "_-", 150)
        return "ya29." + tail, tail

    def google_refresh(self) -> tuple[str, str]:
        tail = self._p(_AN + "_-", 98)
        return "1//0g" + tail, tail

    def sentry(self) -> tuple[str, str]:
        tail = base64.b64encode(self.r.randbytes(60)).decode().rstrip("=")
        return "sntrys_" + tail, tail

    def aws_session(self) -> tuple[str, str]:
        tail = base64.b64encode(self.r.randbytes(200)).decode()
        return "FwoGZXIvYXdzE" + tail, tail

    def pem_b64(self) -> tuple[str, str]:
        pem = (
            "-----BEGIN RSA PRIVATE KEY-----\n"
            + base64.b64encode(self.r.randbytes(120)).decode()
            + "\n"
        )
        blob = base64.b64encode(pem.encode()).decode()
        return blob, blob[44:]

    def smtp_plain(self) -> tuple[str, str]:
        pw = self._p(_AN, 14)
        return self._same(base64.b64encode(f"\0mailer@corp.com\0{pw}".encode()).decode())

    def rclone_obscured(self) -> tuple[str, str]:
        return self._same(base64.urlsafe_b64encode(self.r.randbytes(33)).decode().rstrip("="))


POSITIVE: list[tuple[str, str, str]] = [
    # credential files
    ("file", "apg", "db.corp:5432:wandb:wandb:{S}"),
    ("file", "hex48", "aws_session_token = {S}"),
    ("file", "aws_session", "aws_session_token={S}"),
    ("file", "lower32", "secret_access_key = {S}"),
    ("file", "pwgen", "secret_key = {S}"),
    ("file", "rclone_obscured", "pass = {S}"),
    ("file", "pem_b64", "    client-key-data: {S}"),
    ("file", "pwgen", '		"identitytoken": "{S}"'),
    ("file", "google_refresh", '  "refresh_token": "{S}",'),
    # list-form and split arguments
    ("args", "pwgen", 'command: ["redis-server", "--requirepass", "{S}"]'),
    ("args", "apg", '"Args": ["--db-user", "wandb", "--db-password", "{S}"]'),
    ("args", "pwgen", "args: [--bind-password, {S}, --port, '389']"),
    ("args", "lower32", 'CMD ["minio", "server", "/data", "--secret-key", "{S}"]'),
    # system properties and tool flags
    ("jvm", "apg", "java -Djavax.net.ssl.keyStorePassword={S} -jar app.jar"),
    ("jvm", "pwgen", "JAVA_OPTS=-Xmx2g -Dspring.datasource.password={S} -Dfile.encoding=UTF-8"),
    (
        "flags",
        "pwgen",
        "az login --service-principal -u 8f14e45f-ceea-467f-a0e2-0a1b2c3d4e5f -p {S} --tenant corp.onmicrosoft.com",
    ),
    ("flags", "apg", "docker login -u robot -p {S} harbor.corp"),
    ("flags", "apg", 'sqlcmd -S db.corp -U sa -P {S} -Q "SELECT 1"'),
    ("flags", "pwgen", "wget --http-user=ops --http-password={S} https://files.corp/x.tgz"),
    ("flags", "pwgen", 'psql "host=db user=wandb password={S} dbname=wandb sslmode=require"'),
    ("flags", "apg", "zip -P {S} -r backup.zip /vol"),
    ("flags", "pwgen", "kubectl config set-credentials ops --username=ops --password={S}"),
    # Redis, SMTP, LDAP on the wire
    ("redis", "pwgen", "127.0.0.1:6379> AUTH default {S}"),
    ("redis", "lower32", "redis-cli --user wandb --pass {S} --no-auth-warning"),
    ("smtp", "smtp_plain", "send: 'AUTH PLAIN {S}\\r\\n'"),
    ("smtp", "smtp_plain", "C: AUTH PLAIN {S}"),
    # vendor tokens
    ("tokens", "vault", "VAULT_TOKEN={S}"),
    ("tokens", "vault", "vault: authenticated, client token {S} (ttl 768h)"),
    ("tokens", "dckr", "echo {S} | docker login -u ops --password-stdin"),
    ("tokens", "glrt", "Registering runner... token={S}"),
    ("tokens", "glrt", '  token = "{S}"'),
    ("tokens", "ya29", "GET /storage/v1/b/wandb-bucket/o?alt=json access_token={S}"),
    ("tokens", "ya29", "credentials refreshed: {S}"),
    ("tokens", "google_refresh", "gcloud: stored refresh token {S}"),
    ("tokens", "sentry", "SENTRY_AUTH_TOKEN={S}"),
    # Terraform, ADO/ODBC, properties
    ("terraform", "apg", '      + master_password = "{S}"'),
    ("terraform", "pwgen", '  ~ admin_password = "{S}" -> (sensitive value)'),
    (
        "connstr",
        "apg",
        "Server=tcp:db.corp,1433;Initial Catalog=wandb;User ID=sa;Password={S};Encrypt=True;",
    ),
    ("connstr", "pwgen", "Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=wandb;Pwd={S};"),
    ("connstr", "apg", "Data Source=db;Persist Security Info=True;User Id=wandb;password={S}"),
    ("properties", "pwgen", "sasl.password={S}"),
    ("properties", "lower32", "{user=wandb, password={S}, url=jdbc:mysql://db/wandb}"),
    # headers in other dress
    ("header", "pwgen", "[('accept', 'application/json'), ('x-api-key', '{S}')]"),
    ("header", "hex48", "Authorization=Bearer {S}"),
    (
        "header",
        "pwgen",
        'git -c http.extraheader="PRIVATE-TOKEN: {S}" clone https://gitlab.corp/ml/x.git',
    ),
    ("header", "lower32", "metadata: [authorization: Bearer {S}, user-agent: grpc-go/1.62.1]"),
    ("header", "hex48", "> X-Vault-Token: {S}"),
    # YAML and logs in other shapes
    ("yaml", "apg", "auth: {username: wandb, password: {S}}"),
    ("yaml", "pwgen", "  password: !!str {S}"),
    ("yaml", "hex48", "      MYSQL_PASSWORD:  {S}"),
    ("log", "pwgen", "2026-11-28 10:00:00 DEBUG connect args: user=wandb passwd={S} host=db"),
    ("log", "apg", "INFO  [Config] loaded; db.password={S}, db.pool=10"),
    ("log", "lower32", "url=https://wandb.corp/login?key={S}#top"),
    ("log", "hex48", "\u00a0password:\u00a0{S}"),
    ("log", "apg", "[auth] LDAP bind as cn=svc,dc=corp with credential {S}"),
    (
        "log",
        "pwgen",
        'time="2026-11-28T10:00:00Z" level=debug msg="secret loaded" value={S} name=session',
    ),
]

MULTILINE: list[tuple[str, str, list[str]]] = [
    ("redis", "pwgen", ["127.0.0.1:6379> CONFIG GET requirepass", '1) "requirepass"', '2) "{S}"']),
    ("args", "apg", ["        args:", "        - --password", "        - {S}"]),
    (
        "file",
        "pwgen",
        ["[default]", "aws_access_key_id = AKIAEXAMPLE00000000", "aws_secret_access_key = {S}"],
    ),
    ("file", "hex48", ["machine gitlab.corp", "login ci", "password {S}"]),
]

# Look-alikes. `{H}` 40 hex, `{D}` 64 hex, `{U}` uuid, `{B}` base64 (24 bytes), `{L}` a ULID.
NEGATIVE: list[tuple[str, str]] = [
    # masked or described by the tools that print them
    ("masked", "password=SecretStr('**********')"),
    ("masked", "api_key=SecretStr('**********'), host='0.0.0.0'"),
    ("masked", "      + master_password = (sensitive value)"),
    ("masked", "  ~ admin_password = (sensitive value)"),
    (
        "masked",
        "      MYSQL_PASSWORD:  <set to the key 'password' in secret 'wandb-mysql'>  Optional: false",
    ),
    (
        "masked",
        "      LICENSE:         <set to the key 'license' in secret 'wandb-license'>  Optional: false",
    ),
    ("masked", "    Environment Variables from:"),
    ("masked", "      wandb-secrets  Secret  Optional: false"),
    ("masked", "httpx: Headers({'authorization': '[secure]', 'accept': '*/*'})"),
    ("masked", "password: [hidden]"),
    ("masked", "token=***"),
    ("masked", "AUTH <redacted>"),
    ("masked", "Password for 'https://ci@gitlab.corp': "),
    ("masked", "Enter PEM pass phrase:"),
    ("masked", "mysql: [Warning] Using a password on the command line interface can be insecure."),
    # settings whose values describe secrets
    ("setting", "passwordHashIterations: 600000"),
    ("setting", "token_bucket_size: 1000000"),
    ("setting", "key_length: 4096"),
    ("setting", "cookie_max_age: 86400"),
    ("setting", "secret_min_length: 32"),
    ("setting", "api_key_header: X-Api-Key"),
    ("setting", "tokenHeader: Authorization"),
    ("setting", "authHeader: x-wandb-token"),
    ("setting", "cookieName: wandb_session"),
    ("setting", "sessionCookieName: _gorilla_session"),
    ("setting", "passwordField: password"),
    ("setting", "token_prefix: wb_"),
    ("setting", "license_server: https://license.corp/v1"),
    ("setting", "LICENSE_SERVER_URL=https://license.corp"),
    ("setting", "secretsProvider: vault"),
    ("setting", "credentialsMode: irsa"),
    ("setting", "auth_enabled: true"),
    ("setting", "tokenAuth: false"),
    ("setting", "password_reset_url: https://wandb.corp/reset"),
    ("setting", "sasl.mechanism=SCRAM-SHA-512"),
    ("setting", "security.protocol=SASL_SSL"),
    ("setting", "ssl.endpoint.identification.algorithm=https"),
    ("setting", "tokenHash: {D}"),
    ("setting", "passwordAlgorithm: bcrypt"),
    ("setting", "keyAlgorithm: RSA"),
    ("setting", "keySize: 2048"),
    ("setting", "privateKeySecretRef: letsencrypt-account-key"),
    ("setting", "issuerRef: {name: letsencrypt, kind: ClusterIssuer}"),
    ("setting", "authSecretName: wandb-redis-auth"),
    ("setting", "tls.secretName: wandb-tls"),
    ("setting", "REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt"),
    ("setting", "SSL_CERT_FILE=/etc/ssl/certs/ca.pem"),
    ("setting", "MYSQL_ALLOW_EMPTY_PASSWORD=no"),
    ("setting", "MYSQL_RANDOM_ROOT_PASSWORD=yes"),
    ("setting", "ALLOW_EMPTY_PASSWORD=yes"),
    # prose
    ("prose", "the password must contain at least one digit"),
    ("prose", "token limit reached for model gpt-4o"),
    ("prose", "secret rotation completed in 3.2s"),
    ("prose", "API key created for user alice (id 42)"),
    ("prose", "login token expired; please sign in again"),
    ("prose", "Authorization failed for user bob: missing role admin"),
    ("prose", "auth: ok"),
    ("prose", "Authentication succeeded for user wandb using mechanism SCRAM-SHA-256"),
    ("prose", "WANDB_API_KEY is set (40 characters)"),
    ("prose", "cookies disabled in the browser"),
    ("prose", "license check passed: 250 seats, expires 2027-01-31"),
    ("prose", "credentials: using instance profile"),
    ("prose", "passphrase not required for this key"),
    ("prose", "keys rotated: 2"),
    ("prose", "passed 12 of 12 checks"),
    ("prose", "bypass: true"),
    ("prose", "compass.corp:443 reachable"),
    # paths and routes
    ("path", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("path", "GET /api/v1/users/alice/api_keys 200 4ms"),
    ("path", "DELETE /api/v1/tokens/42 204"),
    ("path", "mountPath: /var/run/secrets/tokens"),
    ("path", "- name: token"),
    ("path", "open /etc/wandb/secrets/license: no such file or directory"),
    ("path", "Loading key from /root/.ssh/id_ed25519"),
    ("path", "POST /oauth/token?grant_type=client_credentials 200"),
    # MySQL, Redis, Kafka server output
    ("server_var", "authentication_policy\t*,,"),
    ("server_var", "password_history\t0"),
    ("server_var", "caching_sha2_password_digest_rounds\t5000"),
    ("server_var", "validate_password.special_char_count\t1"),
    ("server_var", "| mysql_native_password | ACTIVE | AUTHENTICATION |"),
    ("server_var", "redis_version:7.2.4"),
    ("server_var", '2) ""'),
    ("server_var", '1) "requirepass"'),
    ("server_var", "sasl.enabled.mechanisms = [GSSAPI]"),
    ("server_var", "ssl.keystore.password = null"),
    ("server_var", "ssl.truststore.password = [hidden]"),
    ("server_var", "sasl.jaas.config = null"),
    # ids, hashes and nonces
    ("id", "container 3f4e5d6c7b8a started"),
    ("id", "wandb-app-7d9f8c6b5-x2x9z   1/1   Running   0   3d"),
    ("id", "event_id={H}"),
    ("id", "id: {L}"),
    ("id", "ulid={L} status=done"),
    ("id", "X-Amz-Request-Id: 1795B2C3D4E5F6A7"),
    ("id", "x-amz-id-2: {B}{B}"),
    ("id", 'ETag: "{H}-12"'),
    ("id", '"RepoDigests": ["wandb/local@sha256:{D}"]'),
    ("id", "Content-MD5: {B}"),
    ("id", "nonce={B}"),
    ("id", "dd.trace_id=1234567890123456789 dd.span_id=987654321"),
    ("id", "sentry event {H} captured"),
    ("id", "artifact digest {B}"),
    ("id", "wandb: Run data is saved locally in /vol/wandb/run-20261128_100000-3xk9q2ab"),
    ("id", "key: runs/3xk9q2ab/files/config.yaml"),
    ("id", "Object key: media/images/{H}.png"),
    ("id", "serial: {H}"),
    ("id", "fingerprint SHA256:{B}"),
    ("id", "subject key identifier: {H}"),
    ("id", "kid={H}"),
    ("id", "installation id {U}"),
    ("id", "idempotency-key: {U}"),
    ("id", "X-Correlation-ID: {U}"),
    # public keys and certificates
    ("public", "caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM{B}{B}"),
    ("public", '"x5c": ["MIIC{B}{B}"]'),
    ("public", "-----BEGIN PUBLIC KEY-----"),
    ("public", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{B}"),
    ("public", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{B}{B} deploy@ci"),
    ("public", "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY{B} host"),
    ("public", "publicKeyPEM: |"),
    ("public", "trustedCA: /etc/ssl/ca.pem"),
    # W&B and deployment lines
    ("wandb", "wandb: W&B API key is configured. Use `wandb login --relogin` to force relogin"),
    ("wandb", "wandb: Appending key for wandb.corp to your netrc file: /root/.netrc"),
    (
        "wandb",
        "wandb: You can find your API key in your browser here: https://wandb.corp/authorize",
    ),
    ("wandb", "GORILLA_LICENSE is set"),
    ("wandb", "license: valid (enterprise)"),
    ("wandb", "*** Loading settings..."),
    ("wandb", "2026/11/28 10:00:00 Using license from env"),
    ("wandb", "oidcClientID: wandb-server"),
    ("wandb", "oidcIssuer: https://login.corp/realms/main"),
    ("wandb", "OIDC_SECRET not set, using implicit flow"),
    ("wandb", "session key loaded from /vol/env/session.key"),
    ("wandb", "api keys: 3 active, 1 revoked"),
    (
        "wandb",
        "helm upgrade wandb wandb/operator-wandb --reuse-values --set global.licenseSecret.name=wandb-license",
    ),
    ("wandb", "kubectl -n wandb create secret generic wandb-mysql --from-literal=MYSQL_USER=wandb"),
    ("wandb", "kubectl get secret wandb-mysql -o yaml | grep -v password"),
    ("wandb", "docker run -e MYSQL_PASSWORD -e LICENSE wandb/local"),
    ("wandb", "docker run --env-file /etc/wandb/env wandb/local"),
    ("wandb", "redis-cli -h redis -p 6379 --tls ping"),
    ("wandb", "mysql -h db -u wandb -p wandb_local"),
    ("wandb", "mc alias list"),
    ("wandb", "htpasswd -v /vol/env/users.htpasswd admin"),
    ("wandb", "aws configure set region us-east-1"),
    ("wandb", "SET GLOBAL max_connections = 500;"),
    ("wandb", "SET NAMES utf8mb4;"),
    ("wandb", "CREATE USER 'wandb'@'%' IDENTIFIED WITH auth_socket;"),
    ("wandb", "setenv LANG C.UTF-8"),
    ("wandb", "set -euo pipefail"),
    ("wandb", "export PATH=$PATH:/usr/local/bin"),
    ("wandb", "Cookie: _ga=GA1.2.1234567890.1700000000"),
    ("wandb", "Set-Cookie: lang=en; Path=/"),
    ("wandb", "kubectl create secret generic wandb-env --from-env-file=.env"),
    ("id", "trace: {H}"),
]


def build(out: Path, seed: int = 33003, copies: int = 2) -> None:
    gen = Gen3(seed)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "positives.jsonl").open("w") as fh:
        for _ in range(copies):
            for shape, name, template in POSITIVE:
                text, secret = getattr(gen, name)()
                lines = template.replace("{S}", text).split("\n")
                fh.write(json.dumps({"shape": shape, "lines": lines, "secrets": [secret]}) + "\n")
            for shape, name, lines in MULTILINE:
                text, secret = getattr(gen, name)()
                filled = [line.replace("{S}", text) for line in lines]
                fh.write(json.dumps({"shape": shape, "lines": filled, "secrets": [secret]}) + "\n")

    def fill(line: str) -> str:
        for mark, make in (
            ("{H}", lambda: gen._p(_HEX, 40)),
            ("{D}", lambda: gen._p(_HEX, 64)),
            ("{U}", lambda: "-".join(gen._p(_HEX, n) for n in (8, 4, 4, 4, 12))),
            ("{B}", lambda: base64.b64encode(gen.r.randbytes(24)).decode()),
            ("{L}", lambda: gen._p(_CROCKFORD, 26)),
        ):
            while mark in line:
                line = line.replace(mark, make(), 1)
        return line

    with (out / "negatives.jsonl").open("w") as fh:
        for shape, line in NEGATIVE:
            fh.write(json.dumps({"shape": shape, "lines": [fill(line)]}) + "\n")
