"""Generator of the "holdout_layers" redaction set: shapes that no detector was tuned on, for the
generic layers (a secret name before any separator, secret-named parents and `sensitive` flags,
next-line values, URL query parameters with or without a scheme, password hashes, random tokens
on a line that speaks of secrets) and look-alikes that those layers must leave alone.

Deterministic (one seeded random.Random). A random third of the shapes, positive and negative,
is written to `unseen/` instead: it is kept out of tuning and measured once at the end. The
shapes follow real log and config layouts (nginx/MinIO access logs, kubectl describe, Go map
and struct dumps, logrus/zap, Python reprs, /etc/shadow, htpasswd, LDIF, Redis ACL and MONITOR,
Vault and psql tables, Django and bcrypt hashes, terraform and helm output); all values are
random and all hosts are example hosts.

    python tests/redact/corpus/holdout_layers/gen.py
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from collections.abc import Callable
from pathlib import Path

SEED = 20261202_8
R = random.Random(SEED)
OUT = Path(__file__).resolve().parent
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "./"


def rnd(n: int, chars: str = ALNUM) -> str:
    while True:
        s = "".join(R.choice(chars) for _ in range(n))
        if chars != ALNUM or (any(c.isdigit() for c in s) and any(c.isupper() for c in s)):
            return s


def pw() -> str:
    """A generated password: letters and digits with a few symbols inside."""
    n = R.randrange(14, 26)
    s = list(rnd(n))
    for _ in range(R.randrange(0, 3)):
        s[R.randrange(1, n - 1)] = R.choice("!%^*-_=+.~")
    return "".join(s)


def hexs(n: int) -> str:
    return "".join(R.choice(HEX) for _ in range(n))


def b64(nbytes: int) -> str:
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def uuid() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def ip() -> str:
    return f"10.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}"


def ts() -> str:
    return f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(10**6):06d}Z"


def nginx_ts() -> str:
    return f"[{R.randrange(1, 29):02d}/Nov/2026:{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d} +0000]"


Gen = Callable[[], tuple[list[str], list[str]]]
POS: list[tuple[str, Gen]] = []
NEG: list[tuple[str, Callable[[], list[str]]]] = []


def pos(shape: str) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        POS.append((shape, fn))
        return fn

    return deco


def neg(shape: str) -> Callable[[Callable[[], list[str]]], Callable[[], list[str]]]:
    def deco(fn: Callable[[], list[str]]) -> Callable[[], list[str]]:
        NEG.append((shape, fn))
        return fn

    return deco


# ------------------------------------------------------------------ a name before any separator
@pos("go-map-header")
def _p1():
    k = pw()
    return [
        f"{ts()} DEBUG proxy request headers=map[Accept:[application/json] X-Api-Key:[{k}] User-Agent:[Go-http-client/1.1]]"
    ], [k]


@pos("psql-table-row")
def _p2():
    k = pw()
    return [
        " key                | value",
        "--------------------+----------------------",
        f" smtp_password      | {k}",
    ], [k]


@pos("php-array-arrow")
def _p3():
    k = pw()
    return [f"    'password' => '{k}',"], [k]


@pos("ruby-hash-arrow")
def _p4():
    k = pw()
    return [f'{{:adapter=>"mysql2", :host=>"mysql", :password=>"{k}"}}'], [k]


@pos("arrow-mapping")
def _p5():
    k = rnd(32)
    return [f"config: api_key -> {k} (from env)"], [k]


@pos("column-aligned-env")
def _p6():
    k = pw()
    return ["MINIO_ROOT_USER          admin", f"MINIO_ROOT_PASSWORD      {k}"], [k]


@pos("set-x-quoted-export")
def _p7():
    k = pw()
    return [f"+ export 'MYSQL_PASSWORD={k}'"], [k]


@pos("systemd-environment")
def _p8():
    k = pw()
    return [f'Environment="REDIS_PASSWORD={k}" "REDIS_HOST=redis.example.com"'], [k]


@pos("sql-insert-tuple")
def _p9():
    k = pw()
    return [f"INSERT INTO settings (name, value) VALUES ('smtp_password', '{k}');"], [k]


@pos("env-colon-tab")
def _p10():
    k = pw()
    return [f"MINIO_SECRET_KEY:\t{k}"], [k]


@pos("vault-kv-table")
def _p11():
    k = pw()
    return [
        "====== Data ======",
        "Key         Value",
        "---         -----",
        f"password    {k}",
        "username    wandb",
    ], [k]


@pos("key-value-pair-json")
def _p12():
    k = pw()
    return [
        json.dumps(
            {"level": "info", "msg": "setting applied", "key": "oidc_client_secret", "value": k}
        )
    ], [k]


@pos("logfmt-key-value-names")
def _p13():
    k = rnd(28)
    return [f'{ts()} level=info msg="config override" key=GORILLA_SESSION_KEY value={k}'], [k]


@pos("rust-debug-struct")
def _p14():
    k = pw()
    return [f'DbConfig {{ host: "mysql.example.com", port: 3306, password: Some("{k}") }}'], [k]


@pos("python-namedtuple-repr")
def _p15():
    k = rnd(40, HEX)
    return [
        f"Credentials(access_key='AKIA{rnd(16, string.ascii_uppercase + string.digits)}', secret_key='{k}', token=None)"
    ], [k]


@pos("markdown-table-row")
def _p16():
    k = pw()
    return ["| Variable | Value |", "|---|---|", f"| `LDAP_BIND_PASSWORD` | `{k}` |"], [k]


@pos("csv-row-header")
def _p17():
    k = pw()
    return ["name,username,password,host", f"mysql,wandb,{k},mysql.example.com"], [k]


@pos("ini-spaced-key")
def _p18():
    k = pw()
    return ["[client]", "user = wandb", f"Password   =   {k}"], [k]


@pos("go-struct-plus-v-nested")
def _p19():
    k = pw()
    return [
        f"{ts()} INFO loaded config cfg={{DB:{{Host:mysql User:wandb Pass:{k}}} Redis:{{Addr:redis:6379}}}}"
    ], [k]


@pos("proxy-userinfo-no-scheme")
def _p20():
    k = pw().replace("@", "x")
    return [f"using proxy admin:{k}@10.20.30.40:3128 for outbound requests"], [k]


# ------------------------------------------------------------------ secret-named parents
@pos("json-parent-value")
def _p21():
    k = pw()
    return [
        json.dumps(
            {"smtp": {"host": "smtp.example.com", "password": {"value": k, "source": "helm"}}}
        )
    ], [k]


@pos("json-sensitive-flag")
def _p22():
    k = pw()
    return [json.dumps({"name": "bucket_key_material", "sensitive": True, "value": k})], [k]


@pos("yaml-parent-value")
def _p23():
    k = pw()
    return ["mysql:", "  rootPassword:", f"    value: {k}", "    immutable: true"], [k]


@pos("json-secret-list")
def _p24():
    a, b = rnd(32), rnd(32)
    return [json.dumps({"webhook": {"tokens": [a, b]}})], [a, b]


@pos("json-env-key-value")
def _p25():
    k = pw()
    return [
        json.dumps(
            {
                "env": [
                    {"key": "MYSQL_PASSWORD", "value": k},
                    {"key": "MYSQL_HOST", "value": "mysql"},
                ]
            }
        )
    ], [k]


@pos("yaml-flow-parent")
def _p26():
    k = pw()
    return [f"auth: {{enabled: true, rootPassword: {k}}}"], [k]


# ------------------------------------------------------------------ next-line values
@pos("kubectl-describe-configmap")
def _p27():
    k = pw()
    return [
        "Data",
        "====",
        "MYSQL_HOST:",
        "----",
        "mysql.example.com",
        "MYSQL_PASSWORD:",
        "----",
        k,
    ], [k]


@pos("yaml-indented-next-scalar")
def _p28():
    k = pw()
    return ["smtp:", "  password:", f"    {k}", "  port: 587"], [k]


@pos("prompt-next-line")
def _p29():
    k = pw()
    return [
        "Please use the following password to proceed to installation:",
        "",
        k,
        "",
        "This may also be found at: /var/jenkins_home/secrets/initialAdminPassword",
    ], [k]


@pos("elastic-generated-password")
def _p30():
    k = pw()
    return [f"The generated password for the elastic built-in superuser is : {k}"], [k]


@pos("token-next-line-log")
def _p31():
    k = rnd(48)
    return [f"{ts()} INFO new service account token:", f"{ts()} INFO {k}"], [k]


@pos("redis-monitor-auth")
def _p32():
    k = pw()
    return [f'1764670000.123456 [0 {ip()}:51234] "AUTH" "{k}"'], [k]


# ------------------------------------------------------------------ URL query parameters
@pos("access-log-token-param")
def _p33():
    k = rnd(40)
    return [
        f'{ip()} - - {nginx_ts()} "GET /api/v1/files/download?token={k}&inline=1 HTTP/1.1" 200 5120 "-" "curl/8.5.0"'
    ], [k]


@pos("access-log-s3v2-signature")
def _p34():
    k = b64(20).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return [
        f'{ip()} - - {nginx_ts()} "GET /wandb/media/a.png?AWSAccessKeyId=minio&Expires=1764670000&Signature={k} HTTP/1.1" 200 1234'
    ], [k]


@pos("gcs-signature-param-bare")
def _p35():
    k = hexs(256)
    return [
        f"GET /wandb-bucket/artifacts/x.bin?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Date=20261202T101010Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={k}"
    ], [k]


@pos("form-body-client-secret")
def _p36():
    k = rnd(36)
    return [
        f"POST body: grant_type=client_credentials&client_id=wandb&client_secret={k}&scope=openid"
    ], [k]


@pos("query-apikey-camel")
def _p37():
    k = rnd(32)
    return [f'{ts()} WARN slow request path="/graphql?apiKey={k}&op=Viewer" duration=2.1s'], [k]


@pos("query-access-token-ws")
def _p38():
    k = rnd(40)
    return [f"websocket upgrade /socket.io/?EIO=4&transport=websocket&access_token={k}"], [k]


@pos("query-auth-short")
def _p39():
    k = rnd(24)
    return [f'"GET /metrics?auth={k} HTTP/1.1" 401'], [k]


@pos("query-sig-percent")
def _p40():
    k = b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return [f"download: /container/blob.bin?sv=2022-11-02&se=2026-12-03&sr=b&sp=r&sig={k}"], [k]


# ------------------------------------------------------------------ password hashes
@pos("shadow-sha512")
def _p41():
    salt, h = rnd(16, B64), rnd(86, B64)
    return [f"wandb:$6${salt}${h}:19700:0:99999:7:::"], [h]


@pos("argon2-in-log")
def _p42():
    salt, h = b64(16).rstrip("="), b64(32).rstrip("=")
    return [
        f"{ts()} DEBUG user row: id=42 email=alice@example.com hash=$argon2id$v=19$m=65536,t=3,p=4${salt}${h}"
    ], [h]


@pos("ldif-base64-userpassword")
def _p43():
    k = base64.b64encode(b"{SSHA}" + bytes(R.randrange(256) for _ in range(24))).decode()
    return ["dn: uid=alice,ou=people,dc=example,dc=com", f"userPassword:: {k}"], [k]


@pos("htpasswd-apr1")
def _p44():
    salt, h = rnd(8, B64), rnd(22, B64)
    return [f"admin:$apr1${salt}${h}"], [h]


@pos("redis-acl-sha256")
def _p45():
    h = hexs(64)
    return [f"user alice on #{h} ~cache:* +@read"], [h]


@pos("bcrypt-in-json")
def _p46():
    h = rnd(53, B64)
    return [json.dumps({"email": "bob@example.com", "digest": f"$2b$12${h}"})], [h]


@pos("django-pbkdf2")
def _p47():
    salt, h = rnd(22), b64(32)
    return [f"pbkdf2_sha256$600000${salt}${h}"], [h]


@pos("ssha-bare")
def _p48():
    k = base64.b64encode(bytes(R.randrange(256) for _ in range(24))).decode()
    return ["olcRootDN: cn=admin,dc=example,dc=com", f"olcRootPW: {{SSHA}}{k}"], [k]


@pos("yescrypt-shadow")
def _p49():
    salt, h = rnd(22, B64), rnd(43, B64)
    return [f"root:$y$j9T${salt}${h}:19800:0:99999:7:::"], [h]


# ------------------------------------------------------------------ random tokens in secret context
@pos("logrus-msg-secret")
def _p50():
    k = rnd(24)
    return [f'time="{ts()}" level=info msg="rotated signing secret" new={k} old=[REDACTED]'], [k]


@pos("zap-credential-field")
def _p51():
    k = rnd(32)
    return [
        json.dumps(
            {
                "level": "debug",
                "ts": 1764670000.5,
                "msg": "issued credential",
                "client": "wandb-ui",
                "v": k,
            }
        )
    ], [k]


@pos("prose-token-is")
def _p52():
    k = rnd(40)
    return [f"{ts()} INFO your new API token is {k} (store it now, it is shown once)"], [k]


@pos("keycloak-secret-regenerated")
def _p53():
    k = rnd(32)
    return [f"{ts()} INFO [org.keycloak.services] client wandb secret regenerated to {k}"], [k]


@pos("minio-startup-rootpass")
def _p54():
    k = pw()
    return [
        "API: http://10.0.0.5:9000  http://127.0.0.1:9000",
        "   RootUser: minioadmin",
        f"   RootPass: {k}",
    ], [k]


@pos("auth-header-in-curl-verbose")
def _p55():
    k = rnd(40)
    return [f"> X-Auth: {k}"], [k]


@pos("secret-word-then-tab-value")
def _p56():
    k = rnd(30)
    return [f"webhook_secret\t\t{k}"], [k]


@pos("password-in-parens")
def _p57():
    k = pw()
    return [f"{ts()} ERROR login failed for user wandb (using password: {k})"], [k]


@pos("docker-compose-env-list")
def _p58():
    k = pw()
    return ["    environment:", f"      - MARIADB_ROOT_PASSWORD={k}"], [k]


@pos("helm-set-string")
def _p59():
    k = pw()
    return [
        f"helm upgrade wandb wandb/operator --set-string global.mysql.password={k} --reuse-values"
    ], [k]


@pos("mc-admin-user-add")
def _p60():
    k = pw()
    return [f"$ mc admin user add myminio wandb-svc {k}"], [k]


@pos("sensitive-yaml-parent")
def _p61():
    k = pw()
    return ["outputs:", "  db_password:", "    sensitive: true", f"    value: {k}"], [k]


@pos("statsd-style-key-secret")
def _p62():
    k = rnd(36)
    return [f"[config] gorilla.statsig.secretKey = secret-{k}"], [k]


@pos("python-kwargs-log")
def _p63():
    k = pw()
    return [
        f"DEBUG:pymysql:connect(host='mysql', user='wandb', passwd='{k}', database='wandb_local')"
    ], [k]


@pos("x-amz-security-token-header")
def _p64():
    k = b64(180)
    return [f"x-amz-security-token:{k}"], [k]


@pos("go-map-password-space")
def _p65():
    k = pw()
    return [f"opts=map[db:0 password:{k} addr:redis:6379]"], [k]


@pos("netrc-multi")
def _p66():
    k = hexs(40)
    return [f"machine api.wandb.example.com login user password {k}"], [k]


# ================================================================== look-alikes
@neg("image-digest-token-line")
def _n1():
    return [f"{ts()} INFO pulled wandb/local@sha256:{hexs(64)} using registry token auth"]


@neg("token-endpoint-url")
def _n2():
    return ["token_endpoint: https://sso.example.com/realms/wandb/protocol/openid-connect/token"]


@neg("uuid-request-auth")
def _n3():
    return [f"{ts()} INFO auth request id={uuid()} user=alice result=ok"]


@neg("amz-params-no-signature")
def _n4():
    return [
        '"GET /wandb/a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261202T101010Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host HTTP/1.1" 403'
    ]


@neg("password-reset-url")
def _n5():
    return [f"password_reset_url=https://wandb.example.com/reset?user={R.choice(['alice', 'bob'])}"]


@neg("git-sha-key-rotation")
def _n6():
    return [f"key rotation shipped in commit {hexs(40)} (see CHANGELOG)"]


@neg("etag-line")
def _n7():
    return [json.dumps({"Key": "media/a.png", "ETag": f'"{hexs(32)}"', "Size": R.randrange(10**6)})]


@neg("secret-name-k8s")
def _n8():
    return [f"secretName: wandb-mysql-secret-{rnd(5, string.ascii_lowercase + string.digits)}"]


@neg("ssh-public-key")
def _n9():
    return [f"authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(43)} alice@example.com"]


@neg("fingerprint")
def _n10():
    return [f"ECDSA key fingerprint is SHA256:{b64(32).rstrip('=')}."]


@neg("jwks-kid")
def _n11():
    return [f'{{"keys":[{{"kty":"RSA","kid":"{rnd(43)}","use":"sig","alg":"RS256"}}]}}']


@neg("go-sum-oauth2")
def _n12():
    return [f"golang.org/x/oauth2 v0.15.0 h1:{b64(32)}"]


@neg("trace-id-auth-ok")
def _n13():
    return [f"{ts()} trace_id={hexs(32)} span_id={hexs(16)} auth=ok status=200"]


@neg("content-sha256")
def _n14():
    return [f"x-amz-content-sha256:{hexs(64)}"]


@neg("prompt-then-log")
def _n15():
    return ["Enter password:", f"{ts()} INFO connected to mysql.example.com:3306"]


@neg("yaml-password-ref-next")
def _n16():
    return ["  password:", "    secretKeyRef:", "      name: wandb-mysql", "      key: password"]


@neg("tokens-per-second")
def _n17():
    return [f"tokens_per_second: {R.randrange(100, 9000)}.{R.randrange(10)}"]


@neg("shadow-locked")
def _n18():
    return ["daemon:*:19700:0:99999:7:::", "nobody:!:19700::::::"]


@neg("redis-acl-nopass")
def _n19():
    return ["user default on nopass ~* &* +@all"]


@neg("signature-verified")
def _n20():
    return [f"{ts()} DEBUG Signature verified: true (kid={hexs(16)})"]


@neg("checksum-config")
def _n21():
    return [f"    checksum/config: {hexs(64)}"]


@neg("auth-method-client-id")
def _n22():
    return ["auth_method=oidc client_id=wandb-app issuer=https://sso.example.com"]


@neg("access-log-auth-path")
def _n23():
    return [
        f'{ip()} - - {nginx_ts()} "GET /api/v1/auth/token/validate?page=2&per_page=50 HTTP/1.1" 200 312'
    ]


@neg("signature-method-param")
def _n24():
    return ["oauth: signature_method=HMAC-SHA256 signature_version=2 nonce_length=32"]


@neg("image-ref-tag-digest")
def _n25():
    return [f"image: wandb/local:0.64.0@sha256:{hexs(64)}"]


@neg("scp-user-host")
def _n26():
    return ["scp bundle.tgz admin@10.0.0.7:/tmp/"]


@neg("sa-token-mount")
def _n27():
    return [
        f"      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{rnd(5, string.ascii_lowercase + string.digits)} (ro)"
    ]


@neg("go-panic-password-file")
def _n28():
    return [
        f"\t/go/src/github.com/wandb/core/pkg/auth/password.go:{R.randrange(20, 400)} +0x{hexs(3)}"
    ]


@neg("cabundle-webhook")
def _n29():
    return [f"webhook auth caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{rnd(60)}"]


@neg("masked-password")
def _n30():
    return [f"password: {'*' * R.randrange(6, 12)}"]


@neg("api-key-null")
def _n31():
    return [json.dumps({"api_key": None, "base_url": "https://wandb.example.com"})]


@neg("sensitive-false-json")
def _n32():
    return [
        json.dumps(
            {"url": {"sensitive": False, "type": "string", "value": "https://wandb.example.com"}}
        )
    ]


@neg("key-value-non-secret")
def _n33():
    return [json.dumps({"key": "GORILLA_DEFAULT_REGION", "value": "us-east-1"})]


@neg("logfmt-key-non-secret")
def _n34():
    return [
        f'level=info msg="config override" key=GORILLA_CACHE_SIZE value={R.randrange(100, 9999)}Mi'
    ]


@neg("kubectl-describe-cm-plain")
def _n35():
    return [
        "Data",
        "====",
        "LOG_LEVEL:",
        "----",
        "debug",
        "BUCKET_NAME:",
        "----",
        f"wandb-{rnd(6, string.ascii_lowercase)}",
    ]


@neg("psql-table-plain")
def _n36():
    return [
        " key        | value",
        "------------+-----------",
        " log_level  | info",
        " region     | us-east-1",
    ]


@neg("column-env-plain")
def _n37():
    return ["MINIO_ROOT_USER          admin", "MINIO_REGION             us-east-1"]


@neg("vault-table-meta")
def _n38():
    return [
        "======= Metadata =======",
        "Key                Value",
        "---                -----",
        f"created_time       2026-11-0{R.randrange(1, 9)}T10:00:00.{R.randrange(10**6)}Z",
        "version            3",
    ]


@neg("sql-select-password-col")
def _n39():
    return ["SELECT user, host, plugin, password_expired FROM mysql.user WHERE user = 'wandb';"]


@neg("uuid-secret-id")
def _n40():
    return [f"{ts()} INFO mounted secret volume uid={uuid()}"]


@neg("password-policy-prose")
def _n41():
    return [f"{ts()} WARN password does not meet policy requirements (min length 12)"]


@neg("token-expired-prose")
def _n42():
    return [
        f"{ts()} ERROR token expired at 2026-11-0{R.randrange(1, 9)}T10:00:00Z for user alice, refreshing"
    ]


@neg("sha256-digest-context")
def _n43():
    return [f"secret config rendered, digest sha256:{hexs(64)}"]


@neg("k8s-pod-name-secret-line")
def _n44():
    return [
        f"secret wandb-license-{rnd(5, string.ascii_lowercase + string.digits)} mounted into pod wandb-app-{rnd(10, string.ascii_lowercase + string.digits)}-{rnd(5, string.ascii_lowercase + string.digits)}"
    ]


@neg("hash-bucket-prefix")
def _n45():
    return [f"upload key media/{hexs(2)}/{hexs(38)}/image.png stored"]


@neg("integrity-npm")
def _n46():
    return [
        f'"integrity": "sha512-{b64(64)}", "resolved": "https://registry.example.com/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz"'
    ]


@neg("email-with-port")
def _n47():
    return ["smtp: user noreply@example.com via smtp.example.com:587 (auth: login)"]


@neg("dollar-in-prose")
def _n48():
    return ["billing: $2 per seat, $5 per TB over the quota"]


@neg("pbkdf2-iterations")
def _n49():
    return [f"PASSWORD_HASHERS pbkdf2_sha256 iterations={R.randrange(300000, 900000)}"]


@neg("yaml-password-next-mapping")
def _n50():
    return ["mysql:", "  password:", "    existingSecret: wandb-mysql", "    key: password"]


@neg("signature-header-name-list")
def _n51():
    return ["SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token"]


@neg("go-map-non-secret")
def _n52():
    return [
        f"headers=map[Accept:[application/json] X-Request-Id:[{uuid()}] User-Agent:[Go-http-client/1.1]]"
    ]


@neg("key-id-access-log")
def _n53():
    return [f'{ip()} - - {nginx_ts()} "GET /api/v1/keys?page=2&key_type=api HTTP/1.1" 200 88']


@neg("session-id-sentence")
def _n54():
    return [f"{ts()} INFO session {uuid()} authenticated via SSO"]


@neg("secret-count")
def _n55():
    return [f"Secrets: {R.randrange(2, 9)} found, 0 expiring"]


@neg("token-limit-config")
def _n56():
    return [f"max_tokens={R.randrange(256, 8192)} token_budget={R.randrange(1000, 90000)}"]


@neg("key-path-flag")
def _n57():
    return ["--tls-private-key-file=/etc/tls/tls.key --tls-cert-file=/etc/tls/tls.crt"]


@neg("base64-data-not-secret")
def _n58():
    return [
        f"  config.json: {base64.b64encode(json.dumps({'theme': 'dark', 'page': 2}).encode()).decode()}"
    ]


@neg("hex-object-id-auth")
def _n59():
    return [f"{ts()} auth: loaded user object {hexs(24)} from cache"]


@neg("commit-signing")
def _n60():
    return [f"gpg: Signature made Tue Dec  1 10:00:00 2026 UTC using RSA key {hexs(40).upper()}"]


@neg("redis-acl-resetpass")
def _n61():
    return ["user ops on resetpass nopass ~ops:* +@read"]


@neg("hash-algorithm-names")
def _n62():
    return ["supported password hashes: $2b$ (bcrypt), $6$ (sha512crypt), $argon2id$"]


@neg("websocket-no-token")
def _n63():
    return [
        "websocket upgrade /socket.io/?EIO=4&transport=websocket&sid="
        + rnd(20, string.ascii_letters)
    ]


@neg("sensitive-word-prose")
def _n64():
    return ["terraform: 3 outputs marked sensitive; values hidden in plan output"]


@neg("secret-ref-uri")
def _n65():
    return ["MYSQL_PASSWORD=k8s-secret://wandb/mysql-password"]


@neg("file-hash-manifest")
def _n66():
    return [f"{hashlib.sha256(rnd(10).encode()).hexdigest()}  wandb/secrets/README.md"]


# ------------------------------------------------------------------ writing
def main() -> None:
    pos_shapes = [s for s, _ in POS]
    neg_shapes = [s for s, _ in NEG]
    unseen = set(R.sample(pos_shapes, len(pos_shapes) // 3)) | set(
        R.sample(neg_shapes, len(neg_shapes) // 3)
    )
    out: dict[str, dict[str, list[str]]] = {
        "seen": {"p": [], "n": []},
        "unseen": {"p": [], "n": []},
    }
    for shape, gen in POS:
        for _ in range(2):
            lines, secrets = gen()
            text = "\n".join(lines)
            assert all(s in text for s in secrets), shape
            rec = json.dumps({"shape": shape, "lines": lines, "secrets": secrets})
            out["unseen" if shape in unseen else "seen"]["p"].append(rec)
    for shape, ngen in NEG:
        for _ in range(2):
            rec = json.dumps({"shape": shape, "lines": ngen()})
            out["unseen" if shape in unseen else "seen"]["n"].append(rec)
    for part, folder in (("seen", OUT), ("unseen", OUT / "unseen")):
        folder.mkdir(exist_ok=True)
        (folder / "positives.jsonl").write_text("\n".join(out[part]["p"]) + "\n")
        (folder / "negatives.jsonl").write_text("\n".join(out[part]["n"]) + "\n")
        print(f"{part}: {len(out[part]['p'])} positives, {len(out[part]['n'])} negatives")


if __name__ == "__main__":
    main()
