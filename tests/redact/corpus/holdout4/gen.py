# ruff: noqa: RUF005, E741, B905
#!/usr/bin/env python3
"""Generator of the sealed redaction check set "holdout3" for wbdiag.

Writes positives.jsonl and negatives.jsonl next to this file. Deterministic: every record comes
from one seeded random.Random, so `python gen.py` always writes the same bytes.

Written without reading wbdiag's redactor code or the existing corpus templates/generators; the
shapes come from real W&B Server material (wandb/helm-charts, wandb/operator,
wandb/terraform-aws-wandb, W&B docs, wandb/server and dependency issue threads) listed in
README.md. All secret values are random; all hosts are example hosts.

Each positive record also carries "family" and "variant" (ignored by corpus_eval.py) and the
self-check below proves, for every record, that (1) every listed secret is visible in the raw
lines (an identity "redactor" would leak it) and (2) a redactor that replaces exactly the
secret's appearances leaks nothing and keeps every JSON (and, for shapes "yaml"/"env", YAML)
line parseable.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import sys
import urllib.parse
from pathlib import Path

import yaml

SEED = 20261202
R = random.Random(SEED)
OUT = Path(__file__).resolve().parent

FRAGMENT = 6
_PUBLIC_PREFIX = re.compile(r"github_pat_|gh[pousr]_|xox[a-z]-|sk-proj-|local-|hf_|SG\.|AIza")
PLACEHOLDER = re.compile(r"\[REDACTED:[^\]\s]*\]")

# ----------------------------------------------------------------------------- value makers
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
WORDS = [
    "maple",
    "harbor",
    "copper",
    "violet",
    "summit",
    "falcon",
    "meadow",
    "ember",
    "glacier",
    "orchid",
    "quartz",
    "tundra",
    "willow",
    "cobalt",
    "saffron",
    "juniper",
    "lantern",
    "pebble",
    "thistle",
    "canyon",
    "marble",
    "raven",
    "cinder",
    "aurora",
    "basalt",
    "heron",
    "larch",
    "nimbus",
    "otter",
    "prairie",
    "sorrel",
    "walnut",
    "yarrow",
    "zephyr",
    "beacon",
    "delta",
]
TEAMS = ["ml-platform", "vision", "nlp-research", "recsys", "speech", "robotics", "forecast"]
USERS = ["alice", "bob", "carol", "dmitri", "eun-ji", "farid", "grace", "hiro", "ines", "jonas"]


def pick(seq):
    return R.choice(seq)


def alnum(n, chars=ALNUM):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(rbytes(nbytes)).decode()


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def pw_human():
    a, b = R.sample(WORDS, 2)
    sep = pick(["-", ".", "_", "", "+"])
    return f"{a.capitalize()}{sep}{b.capitalize()}{R.randrange(10, 9999)}{pick('!#%*?~') if R.random() < 0.6 else ''}"


def pw_strong(n=None, extra="!#%^*-_=+.~"):
    n = n or R.randrange(18, 33)
    chars = ALNUM + extra
    while True:
        s = alnum(n, chars)
        # start and end with a letter/digit: keeps shell, YAML and URL contexts unambiguous
        s = R.choice(ALNUM) + s[1:-1] + R.choice(ALNUM)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


def pw_plain(n=None):
    return pw_strong(n, extra="-_.")


def pw_any():
    return pw_human() if R.random() < 0.35 else pw_strong()


def aws_akid(prefix="AKIA"):
    return prefix + alnum(16, string.ascii_uppercase + "234567")


def aws_secret():
    return alnum(40, ALNUM + "/+")


def aws_session_token():
    return (
        "IQoJb3JpZ2luX2Vj" + alnum(R.randrange(380, 620), ALNUM + "/+") + "=="[: R.randrange(0, 3)]
    )


def minio_access():
    return alnum(20, string.ascii_uppercase + string.digits)


def wandb_key():
    return hexs(40)


def jwt(payload: dict, sigbytes=256, alg="RS256", kid=None):
    head = {"alg": alg, "typ": "JWT"}
    if kid:
        head["kid"] = kid
    h = b64u(json.dumps(head, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    s = b64u(rbytes(sigbytes))
    return f"{h}.{p}.{s}", s


def license_jwt():
    now = R.randrange(1_760_000_000, 1_790_000_000)
    payload = {
        "iss": "https://license.example.com",
        "sub": alnum(12),
        "aud": "wandb-server",
        "iat": now,
        "exp": now + 365 * 86400,
        "customer": pick(["Example Corp", "Acme Research", "Contoso ML"]),
        "maxUsers": pick([10, 25, 50, 200, 1000]),
        "maxStorageGb": pick([1000, 5000, 20000]),
        "flags": R.sample(["sso", "scim", "byob", "audit_logs", "registry", "weave"], 3),
    }
    return jwt(payload, kid=hexs(16))


def access_jwt():
    now = R.randrange(1_760_000_000, 1_790_000_000)
    payload = {
        "iss": "https://login.example.com/oauth2/default",
        "sub": pick(USERS) + "@example.com",
        "aud": "wandb",
        "iat": now,
        "exp": now + 3600,
        "scp": ["openid", "profile", "email"],
        "jti": "AT." + alnum(30, ALNUM + "-_"),
    }
    return jwt(payload, kid=alnum(20, ALNUM + "-_"))


def sa_jwt():
    now = R.randrange(1_760_000_000, 1_790_000_000)
    payload = {
        "aud": ["https://kubernetes.default.svc"],
        "exp": now + 3607,
        "iat": now,
        "iss": "https://oidc.eks.us-east-1.amazonaws.com/id/" + hexs(32, True),
        "kubernetes.io": {
            "namespace": "wandb",
            "serviceaccount": {"name": "wandb-support", "uid": uuid()},
        },
        "sub": "system:serviceaccount:wandb:wandb-support",
    }
    return jwt(payload, kid=alnum(43, ALNUM + "-_"))


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def ts_iso():
    return f"2026-{R.randrange(1, 12):02d}-{R.randrange(1, 28):02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(10**9):09d}Z"


def ts_log():
    return f"2026-{R.randrange(1, 12):02d}-{R.randrange(1, 28):02d} {R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d},{R.randrange(1000):03d}"


def ts_nginx():
    mon = pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    return f"{R.randrange(1, 28):02d}/{mon}/2026:{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d} +0000"


def ts_slash():
    return f"2026/{R.randrange(1, 12):02d}/{R.randrange(1, 28):02d} {R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}"


def ip():
    return f"10.{R.randrange(0, 255)}.{R.randrange(0, 255)}.{R.randrange(2, 254)}"


def ver():
    return f"0.{R.randrange(48, 72)}.{R.randrange(0, 6)}"


def gorilla_log(level, data, message, src=None):
    rec = {
        "level": level,
        "time": ts_iso(),
        "info": {
            "program": "gorilla",
            "source": src
            or f"github.com/wandb/core/services/gorilla/{pick(['cmd/gorilla.go', 'store/open.go', 'cache/redis.go', 'filestore/s3.go'])}:{R.randrange(40, 1900)}",
            "pid": R.randrange(40, 4000),
        },
        "data": data,
        "message": message,
    }
    return json.dumps(rec, separators=(",", ":"))


def pem_body(kind="rsa", nlines=None):
    if kind == "rsa":
        head, nb = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1180
    elif kind == "rsa1":
        head, nb = "MIIEpAIBAAKCAQEA", 1180
    else:
        head, nb = "MHcCAQEEI", 112
    body = head + base64.b64encode(rbytes(nb)).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    if nlines:
        lines = lines[:nlines]
    return lines


def entra_secret():
    return alnum(3) + str(R.randrange(10)) + "Q~" + alnum(34, ALNUM + "_.~-")


def slack_bot():
    return f"xoxb-{R.randrange(10**10, 10**12)}-{R.randrange(10**12, 10**13)}-{alnum(24)}"


def pct(s):
    return urllib.parse.quote(s, safe="")


def b64_span(plain: bytes, start: int, end: int) -> tuple[str, str]:
    """base64 of plain, and the part of it that depends on plain[start:end] (the secret bytes):
    characters that encode only public bytes before or after are left out, so a redactor that
    replaces just the secret-bearing run is not charged for the public prefix/suffix."""
    enc = base64.b64encode(plain).decode()
    a = (start // 3) * 4
    b = min(len(enc), -(-end // 3) * 4)
    return enc, enc[a:b]


def basic(user: str, secret: str) -> tuple[str, str]:
    plain = f"{user}:{secret}".encode()
    return b64_span(plain, len(user) + 1, len(plain))


def both(raw: str, shown: str) -> list[str]:
    """the form shown in the line, and the raw value (its unescaped runs must not survive either)"""
    return [shown] if raw == shown else [shown, raw]


# ----------------------------------------------------------------------------- records
POS: list[dict] = []
NEG: list[dict] = []
_pos_gens = []
_neg_gens = []


def pos(family, variant, shape=None, n=3):
    def deco(fn):
        _pos_gens.append((family, variant, shape or variant, n, fn))
        return fn

    return deco


def neg(family, variant, n=5):
    def deco(fn):
        _neg_gens.append((family, variant, n, fn))
        return fn

    return deco


# Each positive generator returns (lines, secrets) or (lines, secrets, appearances):
# appearances are the exact substrings of the lines a perfect redactor removes (default: the
# secrets themselves); they are used only by the self-check, not written out.


# --- W&B settings / env -------------------------------------------------------------------
@pos("wandb-settings", "gorilla-license-env-quoted")
def _():
    tok, sig = license_jwt()
    return [f'GORILLA_LICENSE="{tok}"'], [sig]


@pos("wandb-settings", "docker-run-e-flags")
def _():
    tok, sig = license_jwt()
    pw = pw_plain()
    return [
        f"docker run -d --restart unless-stopped --name wandb-local -p 8080:8080 -e HOST=https://wandb.example.com "
        f"-e LICENSE={tok} -e MYSQL=mysql://wandb_local:{pw}@mysql.example.com:3306/wandb_local "
        f"-e BUCKET_QUEUE=internal:// -v wandb:/vol wandb/local:{ver()}"
    ], [sig, pw]


@pos("wandb-settings", "compose-environment-bucket", shape="yaml")
def _():
    pw, ak, sk = pw_plain(), minio_access(), alnum(40, ALNUM + "+")
    return [
        "    environment:",
        f"      MYSQL: mysql://wandb:{pw}@db:3306/wandb",
        "      BUCKET_QUEUE: internal://",
        "      AWS_REGION: us-east-1",
        f"      BUCKET: s3://{ak}:{sk}@minio:9000/data",
    ], [pw, sk]


@pos("wandb-settings", "cw-bucket-url-env")
def _():
    ak, sk = "CW" + alnum(18, string.ascii_uppercase + string.digits), alnum(40, ALNUM + "/+")
    return [
        f"GORILLA_STORAGE_BUCKET=cw://{ak}:{sk}@wandb-{pick(TEAMS)}/{pick(['prod', 'files', 'v2'])}"
    ], [sk]


@pos("wandb-settings", "s3-url-raw-slash-secret")
def _():
    ak, sk = aws_akid(), aws_secret()
    while "/" not in sk:
        sk = aws_secret()
    return [
        f"BUCKET=s3://{ak}:{sk}@wandb-data-{alnum(6, LOWER_ALNUM)}.s3.us-west-2.amazonaws.com/wandb?region=us-west-2"
    ], [sk]


@pos("wandb-settings", "kafka-store-address")
def _():
    pw = pw_plain()
    return [
        f'GORILLA_FILE_STREAM_STORE_ADDRESS="kafka://wandb:{pw}@kafka-{R.randrange(3)}.kafka.example.com:9092/filestream?num_partitions=12&consumer_group_id=gorilla-filestream"'
    ], [pw]


@pos("kubernetes", "k8s-env-json-redis-empty-user")
def _():
    pw = pw_plain()
    return [
        json.dumps(
            {
                "name": pick(
                    ["GORILLA_CACHE", "GORILLA_LOCKER", "GORILLA_SETTINGS_CACHE", "REDIS"]
                ),
                "value": f"redis://:{pw}@redis.example.com:6379?tls=true&caCertPath=/etc/ssl/certs/redis_ca.pem&ttlInMinutes=60",
            },
            separators=(",", ":"),
        )
    ], [pw]


@pos("wandb-settings", "gorilla-json-store-dsn")
def _():
    pw = pw_plain()
    dsn = f"mysql://wandb_local:{pw}@mysql.example.com:3306/wandb_local?tls=preferred"
    return [
        gorilla_log(
            "ERROR",
            {"store": dsn, "attempt": R.randrange(1, 6)},
            f"failed to open metadata store: dial tcp {ip()}:3306: i/o timeout",
        )
    ], [pw]


@pos("wandb-settings", "vol-env-settings-json")
def _():
    tok, sig = license_jwt()
    osec, ssec = alnum(40, ALNUM + "-_"), hexs(32)
    d = {
        "license": tok,
        "auth0Enable": False,
        "auth0Domain": "",
        "Auth0ClientID": "",
        "ssoEnable": True,
        "oidcClientID": "0oa" + alnum(17),
        "oidcSecret": osec,
        "oidcIssuer": "https://login.example.com/oauth2/default",
        "authMethod": "pkce",
        "fileStorageEnable": True,
        "fileStorageBucket": "s3://wandb-files",
        "slackEnable": True,
        "slackClientID": f"{R.randrange(10**11, 10**12)}.{R.randrange(10**12, 10**13)}",
        "slackSecret": ssec,
        "redisEnable": False,
        "mysqlEnable": False,
    }
    return [json.dumps(d, separators=(",", ":"))], [sig, osec, ssec]


@pos("wandb-settings", "wandb-api-key-local-prefix")
def _():
    k = "local-" + wandb_key()
    return [f"WANDB_API_KEY={k}"], [k]


@pos("wandb-settings", "netrc-block")
def _():
    k = wandb_key()
    return ["machine wandb.example.com", f"  login {pick(USERS)}", f"  password {k}"], [k]


@pos("wandb-settings", "netrc-inline")
def _():
    k = wandb_key()
    return [f"machine api.wandb.example.com login user password {k}"], [k]


@pos("wandb-settings", "wandb-login-positional")
def _():
    k = wandb_key()
    return [f"$ wandb login --host=https://wandb.example.com --relogin {k}"], [k]


@pos("python-reprs", "wandb-settings-repr")
def _():
    k = wandb_key()
    return [
        f"Settings(api_key='{k}', base_url='https://wandb.example.com', entity='{pick(TEAMS)}', project='{pick(WORDS)}', mode='online')"
    ], [k]


@pos("wandb-settings", "local-restore-temp-password")
def _():
    pw = pw_plain(16)
    return [
        f"{ts_slash()} LOCAL_RESTORE enabled: sign in as admin with the temporary password {pw} and unset LOCAL_RESTORE afterwards"
    ], [pw]


@pos("wandb-settings", "statsig-key-env")
def _():
    body = alnum(43)
    return [f"      GORILLA_STATSIG_KEY:  secret-{body}"], [body]


@pos("wandb-settings", "coreweave-integration-secret")
def _():
    s = alnum(48, ALNUM + "-_")
    return [f"      GORILLA_COREWEAVE_WANDB_INTEGRATION_SECRET_KEY:  {s}"], [s]


# --- helm / operator / CRs ------------------------------------------------------------------
@pos("kubernetes", "helm-values-nested", shape="yaml")
def _():
    pw = pw_plain()
    return [
        "global:",
        "  mysql:",
        "    host: mysql.example.com",
        "    port: 3306",
        "    database: wandb_local",
        "    user: wandb",
        f"    password: {pw}",
    ], [pw]


@pos("kubernetes", "helm-set-flags")
def _():
    tok, sig = license_jwt()
    pw = pw_strong(extra="!#%*-_=+.~")
    return [
        f"helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.host=https://wandb.example.com "
        f"--set global.license={tok} --set-string global.redis.password='{pw}'"
    ], [sig, pw]


@pos("kubernetes", "helm-values-block-scalar", shape="yaml")
def _():
    pw = pw_strong(extra="!#%*-_.~ ")
    return [
        "  email:",
        "    smtp:",
        "      host: smtp.example.com",
        "      port: 587",
        "      user: apikey",
        "      password: |-",
        f"        {pw}",
    ], [pw]


@pos("kubernetes", "wandb-cr-yaml-oidc")
def _():
    cid, sec = "0oa" + alnum(17), alnum(40, ALNUM + "-_")
    return [
        "apiVersion: apps.wandb.com/v1",
        "kind: WeightsAndBiases",
        "metadata:",
        "  name: wandb",
        "spec:",
        "  values:",
        "    global:",
        "      auth:",
        "        oidc:",
        f"          clientId: {cid}",
        f"          secret: {sec}",
        "          issuer: https://login.example.com/oauth2/default",
        "          authMethod: pkce",
    ], [sec]


@pos("kubernetes", "wandb-cr-yaml-license")
def _():
    tok, sig = license_jwt()
    return [
        "  values:",
        "    global:",
        "      host: https://wandb.example.com",
        f"      license: {tok}",
    ], [sig]


@pos("kubernetes", "kubectl-get-cr-json")
def _():
    sec, pw = alnum(40, ALNUM + "-_"), pw_strong()
    d = {
        "apiVersion": "apps.wandb.com/v1",
        "kind": "WeightsAndBiases",
        "metadata": {"name": "wandb", "namespace": "wandb", "generation": R.randrange(2, 40)},
        "spec": {
            "values": {
                "global": {
                    "host": "https://wandb.example.com",
                    "auth": {
                        "oidc": {
                            "clientId": "0oa" + alnum(17),
                            "secret": sec,
                            "authMethod": "implicit",
                        }
                    },
                    "mysql": {"host": "mysql.example.com", "user": "wandb", "password": pw},
                }
            }
        },
    }
    return [json.dumps(d, separators=(",", ":"))], [sec, pw]


@pos("kubernetes", "last-applied-json-in-json")
def _():
    pw = pw_strong(extra='!#%*-_=+.~\\"')
    inner = (
        json.dumps(
            {
                "apiVersion": "apps.wandb.com/v1",
                "kind": "WeightsAndBiases",
                "metadata": {"name": "wandb", "namespace": "wandb"},
                "spec": {
                    "values": {"global": {"redis": {"host": "redis.example.com", "password": pw}}}
                },
            },
            separators=(",", ":"),
        )
        + "\n"
    )
    line = json.dumps(
        {"metadata": {"annotations": {"kubectl.kubernetes.io/last-applied-configuration": inner}}},
        separators=(",", ":"),
    )
    ap = json.dumps(json.dumps(pw)[1:-1])[1:-1]  # escaped twice
    return [line], both(pw, ap), [ap]


@pos("kubernetes", "k8s-env-json-array")
def _():
    pw = pw_strong()
    env = [
        {"name": "HOST", "value": "https://wandb.example.com"},
        {
            "name": pick(["SMTP_PASSWORD", "GORILLA_EMAIL_PASSWORD", "KAFKA_CLIENT_PASSWORD"]),
            "value": pw,
        },
        {
            "name": "MYSQL_PASSWORD",
            "valueFrom": {"secretKeyRef": {"name": "wandb-mysql", "key": "password"}},
        },
    ]
    ap = json.dumps(pw)[1:-1]
    return [json.dumps(env, separators=(",", ":"))], both(pw, ap), [ap]


@pos("kubernetes", "k8s-env-yaml-name-value", shape="yaml")
def _():
    sec = alnum(40, ALNUM + "-_")
    return [
        f"        - name: {pick(['GORILLA_OIDC_SECRET', 'OIDC_SECRET', 'SLACK_SECRET'])}",
        f'          value: "{sec}"',
    ], [sec]


@pos("kubernetes", "describe-pod-env-plain")
def _():
    pw = pw_strong()
    return [
        "    Environment:",
        "      HOST:                 https://wandb.example.com",
        f"      REDIS_PASSWORD:       {pw}",
        "      MYSQL_PASSWORD:       <set to the key 'password' in secret 'wandb-mysql'>  Optional: false",
    ], [pw]


@pos("kubernetes", "describe-pod-env-dsn")
def _():
    pw = pw_plain()
    return [
        f"      MYSQL:                mysql://wandb_local:{pw}@mysql.example.com:3306/wandb_local?tls=preferred"
    ], [pw]


@pos("kubernetes", "argocd-helm-parameter")
def _():
    pw = pw_plain()
    return [
        "        parameters:",
        f"        - name: global.{pick(['mysql', 'redis', 'clickhouse'])}.password",
        f"          value: {pw}",
    ], [pw]


@pos("kubernetes", "kustomize-literal")
def _():
    pw = pw_plain()
    return ["secretGenerator:", "- name: wandb-redis", "  literals:", f"  - REDIS_PASSWORD={pw}"], [
        pw
    ]


@pos("kubernetes", "kubectl-from-literal")
def _():
    pw = pw_strong(extra="!#%*-_=+.~")
    return [
        f"kubectl -n wandb create secret generic wandb-smtp --from-literal=SMTP_USER=apikey --from-literal=SMTP_PASSWORD='{pw}' --dry-run=client -o yaml"
    ], [pw]


@pos("kubernetes", "helm-get-values-json")
def _():
    tok, sig = license_jwt()
    pw, pw2 = pw_strong(), pw_plain()
    d = {
        "global": {
            "host": "https://wandb.example.com",
            "license": tok,
            "mysql": {"host": "mysql.example.com", "password": pw, "user": "wandb"},
            "redis": {"host": "redis.example.com", "password": pw2, "port": 6379},
        }
    }
    return [json.dumps(d, separators=(",", ":"))], [sig, pw2] + both(pw, json.dumps(pw)[1:-1])


@pos("kubernetes", "kubeconfig-sa-token")
def _():
    tok, sig = sa_jwt()
    return ["users:", "- name: wandb-support", "  user:", f"    token: {tok}"], [sig]


@pos("kubernetes", "kubeconfig-client-key-data")
def _():
    head, body = "-----BEGIN RSA PRIVATE KEY-----\n", "\n".join(pem_body("rsa1"))
    pem = head + body + "\n-----END RSA PRIVATE KEY-----\n"
    blob, part = b64_span(pem.encode(), len(head), len(head) + len(body))
    return (
        [
            "  user:",
            f"    client-certificate-data: {base64.b64encode(b'-----BEGIN CERTIFICATE-----' + rbytes(30)).decode()}",
            f"    client-key-data: {blob}",
        ],
        [part],
        [blob],
    )


@pos("kubernetes", "clickhouse-pass-env")
def _():
    pw = pw_plain()
    return [f"WF_CLICKHOUSE_PASS={pw}"], [pw]


@pos("kubernetes", "datadog-api-key-env")
def _():
    k = hexs(32)
    return [f"      DD_API_KEY:                  {k}"], [k]


# --- docker ---------------------------------------------------------------------------------
@pos("docker", "docker-inspect-env-array")
def _():
    tok, sig = license_jwt()
    pw = pw_plain()
    return [
        '        "Env": [',
        '            "HOST=https://wandb.example.com",',
        f'            "LICENSE={tok}",',
        f'            "MYSQL=mysql://wandb_local:{pw}@mysql.example.com:3306/wandb_local",',
        '            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"',
        "        ],",
    ], [sig, pw]


@pos("docker", "docker-inspect-args-mc")
def _():
    ak, sk = minio_access(), alnum(40, ALNUM)
    return [
        f'        "Args": ["-c", "/usr/bin/mc alias set myminio http://minio:9000 {ak} {sk}; /usr/bin/mc mb --ignore-existing myminio/wandb; /usr/bin/mc anonymous set none myminio/wandb"],'
    ], [sk]


@pos("docker", "compose-list-env", shape="env")
def _():
    pw = pw_plain()
    return [
        "    environment:",
        f"      - MYSQL_ROOT_PASSWORD={pw}",
        "      - MYSQL_DATABASE=wandb_local",
        "      - MYSQL_USER=wandb_local",
    ], [pw]


@pos("docker", "dockerconfig-auth")
def _():
    user = "robot$wandb+ci"
    pw = alnum(32)
    auth, part = basic(user, pw)
    d = {"auths": {"registry.example.com": {"username": user, "password": pw, "auth": auth}}}
    return [json.dumps(d, separators=(",", ":"))], [pw, part], [pw, auth]


@pos("docker", "dockerconfigjson-base64")
def _():
    pw = alnum(32)
    auth, ipart = basic("svc-pull", pw)
    text = json.dumps({"auths": {"registry.example.com": {"auth": auth}}})
    i = text.index(ipart)
    blob, part = b64_span(text.encode(), i, i + len(ipart))
    return ["  imagePullSecret:", f"    dockerconfigjson: {blob}"], [part], [blob]


@pos("docker", "docker-login-p")
def _():
    tok = alnum(32)
    return [
        f"$ docker login -u 'robot$wandb+ci' -p {tok} registry.example.com",
        "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
        "Login Succeeded",
    ], [tok]


@pos("docker", "ps-eww-environ")
def _():
    pw, sk = pw_plain(), b64(24)
    return [
        f"    1 ?        Ssl    0:42 /usr/local/bin/local HOSTNAME=wandb-{alnum(5, LOWER_ALNUM)} HOME=/root MYSQL_PASSWORD={pw} GORILLA_SESSION_KEY={sk} TERM=xterm"
    ], [pw, sk]


@pos("docker", "systemctl-show-environment")
def _():
    tok, sig = license_jwt()
    pw = pw_plain()
    return [
        f'Environment=HOST=https://wandb.example.com "MYSQL=mysql://wandb:{pw}@db.example.com:3306/wandb" LICENSE={tok}'
    ], [pw, sig]


# --- object stores ---------------------------------------------------------------------------
@pos("minio", "mc-alias-set")
def _():
    ak, sk = minio_access(), alnum(40, ALNUM)
    return [
        f"$ mc alias set wandb-store https://minio.example.com:9000 {ak} {sk} --api S3v4",
        "Added `wandb-store` successfully.",
    ], [sk]


@pos("minio", "mc-config-host-add")
def _():
    ak, sk = minio_access(), alnum(40, ALNUM)
    return [f"mc config host add wandb http://{ip()}:9000 {ak} {sk} S3v4"], [sk]


@pos("minio", "minio-banner-keys")
def _():
    ak, sk = minio_access(), alnum(40, ALNUM)
    return [
        f"Endpoint:  http://{ip()}:9000  http://127.0.0.1:9000",
        f"AccessKey: {ak}",
        f"SecretKey: {sk}",
        "Region:    us-east-1",
    ], [sk]


@pos("minio", "minio-default-env", shape="env")
def _():
    pw = pw_strong(extra="!#%*-_=+.~")
    return [f'MINIO_ROOT_PASSWORD="{pw}"'], [pw]


@pos("aws", "aws-credentials-file")
def _():
    sk, st = aws_secret(), aws_session_token()
    return [
        f"[{pick(['default', 'wandb', 'wandb-prod'])}]",
        f"aws_access_key_id = {aws_akid('ASIA')}",
        f"aws_secret_access_key = {sk}",
        f"aws_session_token = {st}",
    ], [sk, st]


@pos("aws", "aws-configure-set")
def _():
    sk = aws_secret()
    return [f"aws configure set aws_secret_access_key {sk} --profile wandb"], [sk]


@pos("aws", "botocore-prepared-request")
def _():
    st, sig = aws_session_token(), hexs(64)
    key = f"{pick(TEAMS)}/{alnum(8, LOWER_ALNUM)}/files/output.log"
    return [
        f"{ts_log()} botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, "
        f"url=https://wandb-files.s3.us-east-1.amazonaws.com/{key}, headers={{'User-Agent': b'Boto3/1.34.11 md/Botocore#1.34.11 Python/3.11.9', "
        f"'X-Amz-Date': b'20260314T101530Z', 'X-Amz-Security-Token': b'{st}', 'X-Amz-Content-SHA256': b'UNSIGNED-PAYLOAD', "
        f"'Authorization': b'AWS4-HMAC-SHA256 Credential={aws_akid('ASIA')}/20260314/us-east-1/s3/aws4_request, "
        f"SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature={sig}', 'Content-Length': '18342'}}>"
    ], [st, sig]


@pos("aws", "botocore-auth-signature-2line")
def _():
    sig = hexs(64)
    return [f"{ts_log()} - MainThread - botocore.auth - DEBUG - Signature:", sig], [sig]


@pos("aws", "aws-sts-json")
def _():
    sk, st = aws_secret(), aws_session_token()
    d = {
        "Credentials": {
            "AccessKeyId": aws_akid("ASIA"),
            "SecretAccessKey": sk,
            "SessionToken": st,
            "Expiration": "2026-05-02T11:04:12+00:00",
        },
        "AssumedRoleUser": {
            "AssumedRoleId": "AROA" + alnum(17, string.ascii_uppercase + "234567") + ":wandb",
            "Arn": "arn:aws:sts::123456789012:assumed-role/wandb-node/wandb",
        },
    }
    return [json.dumps(d, separators=(",", ":"))], [sk, st]


@pos("aws", "presigned-put-access-log")
def _():
    st, sig = aws_session_token(), hexs(64)
    cred = pct(f"{aws_akid('ASIA')}/20260314/us-east-1/s3/aws4_request")
    est = pct(st)
    return (
        [
            f'{ip()} - - [{ts_nginx()}] "PUT /wandb-files/{pick(TEAMS)}/{alnum(8, LOWER_ALNUM)}/media/images/img_{R.randrange(999)}.png?X-Amz-Algorithm=AWS4-HMAC-SHA256'
            f"&X-Amz-Credential={cred}&X-Amz-Date=20260314T101530Z&X-Amz-Expires=3600&X-Amz-Security-Token={est}"
            f'&X-Amz-SignedHeaders=host&X-Amz-Signature={sig} HTTP/1.1" 200 0 "-" "python-requests/2.32.3"'
        ],
        both(st, est) + [sig],
        [est, sig],
    )


@pos("aws", "logfmt-secret-key")
def _():
    sk = aws_secret()
    return [
        f'time={ts_iso()} level=warn msg="bucket auth failed" access_key={aws_akid()} secret_key={sk} endpoint=https://minio.example.com:9000'
    ], [sk]


@pos("gcp", "gcs-signed-url-gorilla")
def _():
    sig = hexs(512)
    url = (
        f"https://storage.googleapis.com/wandb-{pick(TEAMS)}/{alnum(8, LOWER_ALNUM)}/artifact/{hexs(32)}?X-Goog-Algorithm=GOOG4-RSA-SHA256"
        f"&X-Goog-Credential=wandb-sa%40example-project.iam.gserviceaccount.com%2F20260314%2Fauto%2Fstorage%2Fgoog4_request"
        f"&X-Goog-Date=20260314T101530Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={sig}"
    )
    return [gorilla_log("DEBUG", {"url": url, "method": "GET"}, "generated signed url")], [sig]


@pos("gcp", "gcp-sa-private-key-json-line")
def _():
    body = pem_body("rsa")
    line = (
        '  "private_key": "-----BEGIN PRIVATE KEY-----\\n'
        + "\\n".join(body)
        + '\\n-----END PRIVATE KEY-----\\n",'
    )
    return [
        f'  "private_key_id": "{hexs(40)}",',
        line,
        '  "client_email": "wandb@example-project.iam.gserviceaccount.com",',
    ], body


@pos("gcp", "gcp-sa-json-base64-env")
def _():
    body = pem_body("rsa")
    sa = {
        "type": "service_account",
        "project_id": "example-project",
        "private_key_id": hexs(40),
        "private_key": "-----BEGIN PRIVATE KEY-----\n"
        + "\n".join(body)
        + "\n-----END PRIVATE KEY-----\n",
        "client_email": "wandb@example-project.iam.gserviceaccount.com",
        "client_id": str(R.randrange(10**20, 10**21)),
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    text = json.dumps(sa, indent=2)
    i, j = text.index(body[0]), text.index(body[-1]) + len(body[-1])
    blob, part = b64_span(text.encode(), i, j)
    return [f"GOOGLE_APPLICATION_CREDENTIALS_JSON={blob}"], [part], [blob]


@pos("azure", "azure-sas-blob-url")
def _():
    raw = b64(32)
    sig = pct(raw)
    return (
        [
            f"{ts_slash()} PUT https://wandbstore.blob.core.windows.net/wandb/{pick(TEAMS)}/{alnum(8, LOWER_ALNUM)}/files/model.ckpt?sv=2022-11-02&ss=b&srt=co"
            f"&sp=rwdlacupiytfx&se=2026-12-31T23:59:59Z&st=2026-03-01T00:00:00Z&spr=https&sig={sig} -> 403 AuthorizationFailure"
        ],
        both(raw, sig),
        [sig],
    )


@pos("azure", "azure-connection-string")
def _():
    k = b64(64)
    return [
        f'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=wandbstore{R.randrange(99)};AccountKey={k};EndpointSuffix=core.windows.net"'
    ], [k]


@pos("azure", "azure-storage-key-export")
def _():
    k = b64(64)
    return [f"export AZURE_STORAGE_KEY='{k}'"], [k]


@pos("azure", "entra-oidc-secret-env")
def _():
    s = entra_secret()
    return [f"GORILLA_OIDC_SECRET={s}"], [s]


# --- PEM ------------------------------------------------------------------------------------
@pos("pem", "pem-yaml-block")
def _():
    body = pem_body("rsa1", nlines=R.randrange(6, 12))
    return (
        ["    tls.key: |", "      -----BEGIN RSA PRIVATE KEY-----"]
        + [f"      {l}" for l in body]
        + ["      -----END RSA PRIVATE KEY-----"]
    ), body


@pos("pem", "pem-ec-one-line-env")
def _():
    body = pem_body("ec")
    return [
        'GORILLA_SIGNER_KEY="-----BEGIN EC PRIVATE KEY-----\\n'
        + "\\n".join(body)
        + '\\n-----END EC PRIVATE KEY-----"'
    ], body


@pos("pem", "pem-include-file")
def _():
    body = pem_body("rsa", nlines=R.randrange(8, 16))
    return ["-----BEGIN PRIVATE KEY-----"] + body + ["-----END PRIVATE KEY-----"], body


# --- MySQL -----------------------------------------------------------------------------------
@pos("mysql", "mysql-cli-p-attached")
def _():
    pw = pw_plain()
    return [
        f'mysql -h mysql.example.com -P 3306 -u wandb_local -p{pw} wandb_local -e "SHOW GRANTS"'
    ], [pw]


@pos("mysql", "mysqladmin-password-quoted")
def _():
    pw = pw_strong(extra="!#%^*-_=+.~")
    return [f"mysqladmin --host=127.0.0.1 --user=root --password='{pw}' status"], [pw]


@pos("mysql", "mysql-general-log-create-user")
def _():
    pw = pw_any()
    return [
        f"{ts_iso()}\t   {R.randrange(8, 400)} Query\tCREATE USER 'wandb_local'@'%' IDENTIFIED BY '{pw}'"
    ], [pw]


@pos("mysql", "mysql-alter-user-native")
def _():
    pw = pw_any()
    return [f"ALTER USER 'wandb'@'%' IDENTIFIED WITH mysql_native_password BY '{pw}';"], [pw]


@pos("mysql", "mysql-user-table-hash")
def _():
    h = "*" + hexs(40, True)
    return [
        "+-------------+-----------+-------------------------------------------+",
        "| user        | host      | authentication_string                     |",
        f"| wandb_local | %         | {h} |",
    ], [h]


@pos("mysql", "mysql-change-replication-source")
def _():
    pw = pw_any()
    return [
        f"CHANGE REPLICATION SOURCE TO SOURCE_HOST='mysql-0.example.com', SOURCE_USER='repl', SOURCE_PASSWORD='{pw}', SOURCE_SSL=1;"
    ], [pw]


@pos("mysql", "mysqldump-crontab")
def _():
    pw = pw_strong(extra="!#%^*-_=+.~")
    return [
        f"0 2 * * * mysqldump -h mysql.example.com -uwandb_local -p'{pw}' --single-transaction wandb_local | gzip > /backup/wandb-$(date +\\%F).sql.gz"
    ], [pw]


@pos("mysql", "my-cnf-client")
def _():
    pw = pw_strong(extra="!#%^*-_=+.~")
    return ["[client]", "user=wandb_local", f'password="{pw}"', "host=mysql.example.com"], [pw]


@pos("mysql", "dsn-percent-encoded")
def _():
    raw = pw_human() + pick(["@", "/", ":", "#", "?"]) + alnum(8)
    enc = pct(raw)
    return [f"MYSQL=mysql://wandb:{enc}@mysql.example.com:3306/wandb_local"], both(raw, enc), [enc]


@pos("mysql", "dsn-raw-special-chars")
def _():
    raw = alnum(6) + pick(["@", "#", "/"]) + alnum(5) + pick(["@", "#", "/", "!"]) + alnum(6)
    return [f"      MYSQL:  mysql://wandb:{raw}@mysql.example.com:3306/wandb_local"], [raw]


@pos("mysql", "jdbc-url-query-password")
def _():
    pw = pw_plain()
    return [
        f"{ts_log()} INFO  HikariPool-1 - Starting with jdbc:mysql://mysql.example.com:3306/wandb_local?user=wandb&password={pw}&useSSL=true"
    ], [pw]


# --- Go dumps ----------------------------------------------------------------------------------
@pos("go-dumps", "go-sql-dsn-logfmt")
def _():
    pw = pw_plain()
    return [
        f'level=info ts={ts_iso()} msg="opening db" dsn="wandb:{pw}@tcp(mysql.example.com:3306)/wandb_local?parseTime=true&tls=preferred" attempt=1'
    ], [pw]


@pos("go-dumps", "go-mysql-config-gosyntax")
def _():
    pw = pw_strong(extra="!#%*-_=+.~")
    return [
        f'cfg: &mysql.Config{{User:"wandb", Passwd:"{pw}", Net:"tcp", Addr:"mysql.example.com:3306", DBName:"wandb_local", Params:map[string]string(nil), Collation:"utf8mb4_general_ci", TLSConfig:"preferred"}}'
    ], [pw]


@pos("go-dumps", "go-redis-options-plusv")
def _():
    pw = pw_plain()
    return [
        f"redis options: &{{Network:tcp Addr:redis.example.com:6379 ClientName: Username: Password:{pw} DB:0 MaxRetries:3 PoolSize:40 TLSConfig:<nil>}}"
    ], [pw]


@pos("go-dumps", "go-map-smtp")
def _():
    pw = pw_plain()
    return [
        f"email sink config: map[from:noreply@example.com host:smtp.example.com password:{pw} port:587 user:apikey]"
    ], [pw]


@pos("go-dumps", "go-http-header-map")
def _():
    tok, sess = alnum(48), b64u(rbytes(32))
    return [
        f"request headers: map[Accept:[application/json] Authorization:[Bearer {tok}] Cookie:[wandb_session={sess}] User-Agent:[wandb/0.19.1]]"
    ], [tok, sess]


@pos("go-dumps", "grpc-metadata-dump")
def _():
    k = wandb_key()
    return [
        f"{ts_iso()} DEBUG parquet rpc metadata=map[:authority:[wandb-parquet:8087] content-type:[application/grpc] x-wandb-api-key:[{k}]]"
    ], [k]


@pos("go-dumps", "zap-json-redis-password")
def _():
    pw = pw_strong()
    d = {
        "level": "debug",
        "ts": R.randrange(1_760_000_000, 1_790_000_000) + R.random(),
        "caller": "cache/redis.go:88",
        "msg": "redis client",
        "addr": "redis.example.com:6379",
        "password": pw,
        "db": 0,
    }
    return [json.dumps(d, separators=(",", ":"))], both(pw, json.dumps(pw)[1:-1])


@pos("go-dumps", "gorilla-json-escaped-config")
def _():
    pw = pw_strong()
    cfg = json.dumps(
        {"redis": {"addr": "redis.example.com:6379", "password": pw, "tls": True}},
        separators=(",", ":"),
    )
    ap = json.dumps(json.dumps(pw)[1:-1])[1:-1]
    return [gorilla_log("INFO", {"config": cfg}, "loaded cache config")], both(pw, ap), [ap]


# --- Redis ----------------------------------------------------------------------------------
@pos("redis", "redis-cli-a")
def _():
    pw = pw_strong(extra="!#%^*-_=+.~")
    return [
        f"redis-cli -h redis.example.com -p 6380 --tls --cacert /etc/ssl/redis-ca.pem -a '{pw}' --no-auth-warning PING"
    ], [pw]


@pos("redis", "redis-cli-auth-prompt")
def _():
    pw = pw_plain()
    return [f"redis.example.com:6379> AUTH default {pw}", "OK"], [pw]


@pos("redis", "redis-conf-requirepass-masterauth")
def _():
    pw, pw2 = pw_plain(), pw_plain()
    return ["# redis.conf", f"requirepass {pw}", f"masterauth {pw2}"], [pw, pw2]


@pos("redis", "redis-acl-file")
def _():
    pw = pw_plain()
    return [f"user gorilla on >{pw} ~* &* +@all -@dangerous"], [pw]


# --- nginx / HTTP -------------------------------------------------------------------------------
@pos("nginx-http", "nginx-access-bearer-field")
def _():
    tok, sig = access_jwt()
    return [
        f'{ip()} - - [{ts_nginx()}] "POST /graphql HTTP/1.1" 200 {R.randrange(200, 9000)} "-" "wandb/0.19.1" "Bearer {tok}"'
    ], [sig]


@pos("nginx-http", "nginx-access-basic-field")
def _():
    b, part = basic("api", wandb_key())
    return (
        [
            f'{ip()} - api [{ts_nginx()}] "POST /files/{pick(TEAMS)}/{alnum(8, LOWER_ALNUM)}/file_stream HTTP/1.1" 200 57 "-" "python-requests/2.32.3" "Basic {b}"'
        ],
        [part],
        [b],
    )


@pos("nginx-http", "nginx-cookie-field")
def _():
    sess = b64u(rbytes(R.choice([32, 48])))
    return [
        f'{ip()} - - [{ts_nginx()}] "GET /{pick(TEAMS)}/projects HTTP/2.0" 200 9812 "https://wandb.example.com/" "Mozilla/5.0" '
        f'cookie="_ga=GA1.1.{R.randrange(10**9)}.{R.randrange(10**9)}; wandb_session={sess}; theme=dark"'
    ], [sess]


@pos("nginx-http", "nginx-error-query-apikey")
def _():
    k = wandb_key()
    u = f"/api/v1/files?api_key={k}"
    return [
        f"{ts_slash()} [error] 31#31: *{R.randrange(10**5)} upstream timed out (110: Connection timed out) while reading response header from upstream, "
        f'client: {ip()}, server: wandb.example.com, request: "GET {u} HTTP/1.1", upstream: "http://{ip()}:8080{u}", host: "wandb.example.com"'
    ], [k]


@pos("nginx-http", "nginx-json-log-x-api-key")
def _():
    k = wandb_key()
    d = {
        "time": ts_iso(),
        "remote_addr": ip(),
        "request": "POST /graphql HTTP/1.1",
        "status": 200,
        "http_x_api_key": k,
        "request_id": hexs(32),
        "upstream_response_time": "0.041",
    }
    return [json.dumps(d, separators=(",", ":"))], [k]


@pos("nginx-http", "curl-v-set-cookie")
def _():
    sess = b64u(rbytes(40))
    return [
        f"< Set-Cookie: wandb_session={sess}; Path=/; Expires=Sat, 11 Apr 2026 10:15:30 GMT; HttpOnly; Secure; SameSite=Lax"
    ], [sess]


@pos("nginx-http", "curl-v-authorization-basic")
def _():
    b, part = basic(pick(USERS), pw_plain())
    return (
        [
            "> GET /api/v1/viewer HTTP/1.1",
            "> Host: wandb.example.com",
            f"> Authorization: Basic {b}",
            "> User-Agent: curl/8.5.0",
        ],
        [part],
        [b],
    )


@pos("nginx-http", "curl-u-api-key")
def _():
    k = wandb_key()
    return [f"curl -sS -u api:{k} https://wandb.example.com/api/v1/viewer"], [k]


@pos("python-reprs", "python-headers-dict")
def _():
    b, part = basic("api", wandb_key())
    return (
        [
            f"DEBUG:wandb.apis: request headers: {{'User-Agent': 'wandb/0.18.3', 'Accept-Encoding': 'gzip', 'Authorization': 'Basic {b}', 'X-Wandb-Username': '{pick(USERS)}'}}"
        ],
        [part],
        [b],
    )


@pos("nginx-http", "oidc-token-response-json")
def _():
    at, asig = access_jwt()
    it, isig = access_jwt()
    rt = alnum(43, ALNUM + "-_")
    d = {
        "token_type": "Bearer",
        "expires_in": 3600,
        "access_token": at,
        "scope": "openid profile email",
        "id_token": it,
        "refresh_token": rt,
    }
    return [f"{ts_log()} DEBUG oidc token response: " + json.dumps(d, separators=(",", ":"))], [
        asig,
        isig,
        rt,
    ]


@pos("nginx-http", "oauth-token-form-body")
def _():
    sec = pw_strong(40, extra="~._-+/=")
    enc = urllib.parse.quote_plus(sec)
    return (
        [
            f"DEBUG http POST https://login.example.com/oauth2/v1/token body=grant_type=client_credentials&client_id=0oa{alnum(17)}&client_secret={enc}&scope=openid"
        ],
        both(sec, enc),
        [enc],
    )


@pos("nginx-http", "wrapped-bearer-token")
def _():
    tok = alnum(120, ALNUM + "-_")
    prefix = "Authorization: Bearer "
    cut = 80 - len(prefix)
    return [prefix + tok[:cut], tok[cut:]], [tok[:cut], tok[cut:]]


# --- SaaS tokens / CI ------------------------------------------------------------------------------
@pos("saas-tokens", "slack-webhook-in-log")
def _():
    t = alnum(24)
    return [
        f"{ts_slash()} alerts: POST https://hooks.slack.com/services/T{alnum(8, string.ascii_uppercase + string.digits)}/B{alnum(10, string.ascii_uppercase + string.digits)}/{t} failed: 404 no_service"
    ], [t]


@pos("saas-tokens", "slack-oauth-v2-response")
def _():
    t = slack_bot()
    d = {
        "ok": True,
        "app_id": "A" + alnum(10, string.ascii_uppercase + string.digits),
        "access_token": t,
        "token_type": "bot",
        "scope": "chat:write,channels:read",
        "team": {"id": "T" + alnum(10, string.ascii_uppercase + string.digits), "name": "ML Team"},
    }
    return [json.dumps(d, separators=(",", ":"))], [t]


@pos("saas-tokens", "slack-secret-env-listing")
def _():
    s = hexs(32)
    return [
        "SLACK_CLIENT_ID=" + f"{R.randrange(10**11, 10**12)}.{R.randrange(10**12, 10**13)}",
        f"SLACK_SECRET={s}",
    ], [s]


@pos("saas-tokens", "smtp-email-sink-encoded")
def _():
    user = pct("alerts@example.com")
    raw = pw_human() + pick(["@", "/", "%", ":"]) + alnum(6)
    enc = pct(raw)
    return [f"GORILLA_EMAIL_SINK=smtp://{user}:{enc}@smtp.example.com:587"], both(raw, enc), [enc]


@pos("saas-tokens", "openai-key-weave-env")
def _():
    k = "sk-proj-" + alnum(R.randrange(48, 120), ALNUM + "-_")
    return [f'OPENAI_API_KEY="{k}"'], [k]


@pos("saas-tokens", "github-token-clone-url")
def _():
    t = "ghs_" + alnum(36)
    return [
        "Cloning into 'wandb-deploy'...",
        f"+ git clone https://x-access-token:{t}@github.example.com/example-org/wandb-deploy.git",
    ], [t]


@pos("saas-tokens", "helm-repo-add-gitlab-token")
def _():
    body = alnum(20, ALNUM + "-_")
    return [
        f"helm repo add --username gitlab-ci-token --password glpat-{body} internal https://gitlab.example.com/api/v4/projects/42/packages/helm/stable"
    ], [body]


@pos("saas-tokens", "vault-token-env")
def _():
    body = alnum(91, ALNUM + "-_")
    return [f"VAULT_TOKEN=hvs.{body}"], [body]


@pos("saas-tokens", "npmrc-auth-token")
def _():
    body = alnum(36)
    return [f"//registry.npmjs.org/:_authToken=npm_{body}"], [body]


@pos("saas-tokens", "hf-token-launch-json")
def _():
    t = "hf_" + alnum(34)
    return [
        json.dumps(
            {
                "job": f"{pick(TEAMS)}/train:v{R.randrange(1, 30)}",
                "env": {"HF_TOKEN": t, "WANDB_PROJECT": pick(WORDS)},
            },
            separators=(",", ":"),
        )
    ], [t]


@pos("saas-tokens", "sendgrid-yaml-flow-map", shape="yaml")
def _():
    k = f"SG.{alnum(22, ALNUM + '-_')}.{alnum(43, ALNUM + '-_')}"
    return [f"smtp: {{host: smtp.example.com, port: 587, user: apikey, password: {k}}}"], [k]


@pos("saas-tokens", "pip-index-token-url")
def _():
    t = alnum(48)
    return [f"PIP_EXTRA_INDEX_URL=https://__token__:{t}@pypi.example.com/simple/"], [t]


@pos("saas-tokens", "https-proxy-credentials")
def _():
    pw = pw_plain()
    return [f"HTTPS_PROXY=http://svc-wandb:{pw}@proxy.example.com:3128"], [pw]


# --- terraform ---------------------------------------------------------------------------------
@pos("terraform", "tfvars-hcl")
def _():
    tok, sig = license_jwt()
    pw = pw_strong(extra="!#%*-_=+.~")
    return [f'license                  = "{tok}"', f'database_master_password = "{pw}"'], [sig, pw]


@pos("terraform", "terraform-output-json")
def _():
    pw = pw_strong()
    d = {
        "database_password": {"sensitive": True, "type": "string", "value": pw},
        "url": {"sensitive": False, "type": "string", "value": "https://wandb.example.com"},
    }
    return [json.dumps(d, separators=(",", ":"))], both(pw, json.dumps(pw)[1:-1])


@pos("terraform", "tfstate-attribute-line")
def _():
    pw = pw_strong(extra="!#%*-_=+.~")
    return [f'            "master_password": "{pw}",'], [pw]


# --- Kafka / ClickHouse / JS / Java configs ----------------------------------------------------------
@pos("js-java-configs", "kafka-jaas-properties")
def _():
    pw = pw_strong(extra="!#%*-_=+.~")
    return [
        f'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb" password="{pw}";'
    ], [pw]


@pos("js-java-configs", "nodemailer-options")
def _():
    pw = pw_strong(extra="!#%*-_=+.~")
    return [
        f"transport options: {{ host: 'smtp.example.com', port: 587, secure: false, auth: {{ user: 'wandb-alerts', pass: '{pw}' }} }}"
    ], [pw]


@pos("js-java-configs", "clickhouse-native-url")
def _():
    pw = pw_plain()
    return [
        f"weave-trace | {ts_iso()} connecting to clickhouse://default:{pw}@clickhouse.example.com:9440/weave?secure=true"
    ], [pw]


@pos("js-java-configs", "maven-settings-xml")
def _():
    pw = pw_strong(extra="!#%*-_=+.~")
    return [
        "  <server>",
        "    <id>wandb-artifacts</id>",
        "    <username>ci-bot</username>",
        f"    <password>{pw}</password>",
        "  </server>",
    ], [pw]


# --- python reprs -------------------------------------------------------------------------------------
@pos("python-reprs", "python-bytes-dict")
def _():
    pw = pw_plain()
    return [
        f"conn kwargs: {{'user': b'wandb', 'password': b'{pw}', 'host': b'mysql.example.com', 'port': 3306}}"
    ], [pw]


@pos("python-reprs", "rich-traceback-locals")
def _():
    pw = pw_plain()
    return [
        "│ │     host = 'mysql.example.com'                                   │ │",
        f"│ │ password = '{pw}'" + " " * max(1, 48 - len(pw)) + "│ │",
        "│ │     user = 'wandb_local'                                         │ │",
    ], [pw]


# --- adversarial encodings / layouts ------------------------------------------------------------------
@pos("adversarial", "yaml-single-quote-doubled", shape="yaml")
def _():
    raw = alnum(7) + "'" + alnum(6) + "!" + alnum(5)
    ap = raw.replace("'", "''")
    return ["    redis:", f"      password: '{ap}'"], both(raw, ap), [ap]


@pos("adversarial", "json-unicode-escaped-password")
def _():
    raw = (
        pick(["Grüße", "Größe", "Kraków", "Señal", "Ålesund"])
        + "-"
        + alnum(8)
        + pick(["€", "ß", "é"])
        + alnum(4)
    )
    ap = json.dumps(raw)[1:-1]
    return (
        [
            gorilla_log(
                "WARN", {"smtp_password": raw, "host": "smtp.example.com"}, "smtp login failed"
            )
        ],
        both(raw, ap),
        [ap],
    )


@pos("adversarial", "shell-escaped-double-quotes")
def _():
    raw = alnum(6) + '"' + alnum(5) + "$" + alnum(6)
    ap = raw.replace('"', '\\"').replace("$", "\\$")
    return [f'export MYSQL_PASSWORD="{ap}"'], both(raw, ap), [ap]


@pos("adversarial", "dotenv-inline-comment", shape="env")
def _():
    pw = pw_plain()
    return [f"REDIS_PASSWORD={pw} # rotated {R.randrange(1, 28)} March by ops"], [pw]


@pos("adversarial", "configmap-binarydata-b64-json")
def _():
    pw = pw_strong()
    text = json.dumps({"smtpHost": "smtp.example.com", "smtpUser": "apikey", "smtpPassword": pw})
    i = text.index(pw)
    blob, part = b64_span(text.encode(), i, i + len(pw))
    return ["binaryData:", f"  settings.json: {blob}"], [part], [blob]


@pos("adversarial", "tab-separated-key-value")
def _():
    pw = pw_plain()
    return [f"oidc_client_secret\t{pw}"], [pw]


@pos("adversarial", "ini-spaced-colon")
def _():
    pw = pw_plain()
    return ["[smtp]", f"password : {pw}", "port : 587"], [pw]


@pos("adversarial", "htpasswd-bcrypt-line")
def _():
    h = alnum(53, ALNUM + "./")
    return [f"{pick(USERS)}:$2y$10${h}"], [h]


@pos("adversarial", "htpasswd-cmd")
def _():
    pw = pw_plain()
    return [f"htpasswd -b -c /etc/nginx/.htpasswd support {pw}"], [pw]


def build_positives():
    for family, variant, shape, n, fn in _pos_gens:
        seen = set()
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > 50:
                raise SystemExit(f"cannot make {variant}")
            res = fn()
            lines, secrets = res[0], res[1]
            apps = res[2] if len(res) > 2 else secrets
            if not check_positive(variant, shape, lines, secrets, apps):
                continue
            key = json.dumps(lines)
            if key in seen:
                continue
            seen.add(key)
            POS.append(
                {
                    "shape": shape,
                    "lines": lines,
                    "secrets": list(dict.fromkeys(secrets)),
                    "family": family,
                    "variant": variant,
                }
            )
            made += 1


# ----------------------------------------------------------------------------- negatives
@neg("hashes-ids", "image-digest")
def _():
    d = hexs(64)
    return [
        pick(
            [
                f"    image: wandb/local@sha256:{d}",
                f"    Image ID:       docker-pullable://wandb/local@sha256:{d}",
                f'            "RepoDigests": ["wandb/local@sha256:{d}"],',
                f"wandb/local  {ver()}  sha256:{d[:12]}  3 weeks ago  2.1GB",
            ]
        )
    ]


@neg("hashes-ids", "commit-sha")
def _():
    c = hexs(40)
    return [
        pick(
            [
                f"Commit-ID: {c}",
                f"minio version RELEASE.2026-02-14T21-36-02Z (commit-id={c})",
                f'{{"version":"{ver()}","commit":"{c}","buildDate":"2026-03-01"}}',
                f"HEAD is now at {c[:7]} chore: bump chart to {ver()}",
            ]
        )
    ]


@neg("hashes-ids", "container-id")
def _():
    c = hexs(64)
    return [
        pick(
            [
                f"    Container ID:   containerd://{c}",
                f'        "Id": "{c}",',
                f'{c}   wandb/local:{ver()}   "/sbin/my_init"   Up 3 days',
            ]
        )
    ]


@neg("hashes-ids", "k8s-uid-resourceversion")
def _():
    return [
        pick(
            [
                f"  uid: {uuid()}",
                f'  resourceVersion: "{R.randrange(10**6, 10**9)}"',
                f"    uid: {uuid()}",
                f'{{"apiVersion":"v1","kind":"Pod","metadata":{{"name":"wandb-app-{alnum(5, LOWER_ALNUM)}","uid":"{uuid()}","resourceVersion":"{R.randrange(10**6, 10**8)}"}}}}',
            ]
        )
    ]


@neg("hashes-ids", "gorilla-request-log")
def _():
    rid = uuid()
    return [
        gorilla_log(
            "INFO",
            {
                "requestID": rid,
                "duration": f"{R.randrange(1, 900)}.{R.randrange(999)}ms",
                "path": pick(["/graphql", "/oidc/auth", "/files", "/api/v1/viewer"]),
            },
            f"Finished request {rid}",
            src="mnt/ramdisk/core/services/gorilla/logging.go:104",
        )
    ]


@neg("hashes-ids", "trace-span-ids")
def _():
    t, s = hexs(32), hexs(16)
    return [
        pick(
            [
                f"traceparent: 00-{t}-{s}-01",
                f'"logging.googleapis.com/trace":"projects/example-project/traces/{t}","logging.googleapis.com/spanId":"{s}"',
                f"dd.trace_id={R.randrange(10**18, 10**19)} dd.span_id={R.randrange(10**18, 10**19)}",
                f"X-B3-TraceId: {t}",
            ]
        )
    ]


@neg("hashes-ids", "s3-request-ids")
def _():
    return [
        f"x-amz-request-id: {alnum(16, string.ascii_uppercase + string.digits)}",
        f"x-amz-id-2: {b64(56)}",
    ]


@neg("hashes-ids", "etag-md5")
def _():
    m = hexs(32)
    return [
        pick(
            [
                f'ETag: "{m}"',
                f'etag: "{m}-{R.randrange(2, 40)}"',
                f'{{"etag":"\\"{m}\\"","size":{R.randrange(10**7)}}}',
            ]
        )
    ]


@neg("hashes-ids", "sha256-checksum")
def _():
    h = hexs(64)
    return [
        pick(
            [
                f"{h}  wbdiag-1.4.0-py3-none-any.whl",
                f"        checksum/config: {h}",
                f"sha256:{h}",
                f"x-amz-content-sha256: {h}",
                f"SHA256 ({pick(['bundle.tgz', 'wandb-local.tar'])}) = {h}",
            ]
        )
    ]


@neg("hashes-ids", "helm-checksum-secret-annotation")
def _():
    return [f"        checksum/secret: {hexs(64)}"]


@neg("hashes-ids", "artifact-digest-base64-md5")
def _():
    return [
        pick(
            [
                f'      "digest": "{b64(16)}",',
                f'{{"path":"model.pt","digest":"{b64(16)}","size":{R.randrange(10**9)}}}',
            ]
        )
    ]


@neg("hashes-ids", "npm-integrity")
def _():
    return [f'      "integrity": "sha512-{b64(64)}",']


@neg("hashes-ids", "redis-info-ids")
def _():
    return [f"run_id:{hexs(40)}", f"master_replid:{hexs(40)}", "master_repl_offset:0"]


@neg("hashes-ids", "mysql-uuids")
def _():
    u = uuid().upper()
    return [
        pick(
            [
                f"server_uuid\t{uuid()}",
                f"gtid_executed\t{u}:1-{R.randrange(10, 99999)}",
                f"| server_uuid | {uuid()} |",
            ]
        )
    ]


@neg("hashes-ids", "wandb-run-ids")
def _():
    rid = alnum(8, LOWER_ALNUM)
    return [
        pick(
            [
                f"wandb: Run data is saved locally in /tmp/wandb/run-20260314_101530-{rid}",
                f"wandb: 🚀 View run {pick(WORDS)}-{pick(WORDS)}-{R.randrange(99)} at: https://wandb.example.com/{pick(TEAMS)}/{pick(WORDS)}/runs/{rid}",
                f"wandb: Syncing run {pick(WORDS)}-{pick(WORDS)}-{R.randrange(99)}",
            ]
        )
    ]


@neg("hashes-ids", "pagination-cursor")
def _():
    cur = base64.b64encode(f"arrayconnection:{R.randrange(10, 5000)}".encode()).decode()
    return [
        pick(
            [
                f'{{"pageInfo":{{"endCursor":"{cur}","hasNextPage":true}}}}',
                f"GET /graphql?after={cur}&first=50 200",
                f'"cursor": "{base64.b64encode(f"{uuid()}:{R.randrange(10**6)}".encode()).decode()}"',
            ]
        )
    ]


@neg("hashes-ids", "cert-fingerprint")
def _():
    fp = ":".join(hexs(2, True) for _ in range(32))
    return [
        pick(
            [
                f"SHA256 Fingerprint={fp}",
                f"    SHA-256 fingerprint: {fp}",
                "SHA1 Fingerprint=" + ":".join(hexs(2, True) for _ in range(20)),
            ]
        )
    ]


@neg("hashes-ids", "kms-key-arn")
def _():
    return [
        pick(
            [
                f"    kmsKey: arn:aws:kms:us-east-1:123456789012:key/{uuid()}",
                f'kms_key_arn = "arn:aws:kms:us-west-2:123456789012:key/{uuid()}"',
            ]
        )
    ]


@neg("hashes-ids", "secrets-manager-arn")
def _():
    return [
        f"MYSQL_PASSWORD_SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:wandb/mysql-{alnum(6)}"
    ]


@neg("public-keys", "ssh-public-key")
def _():
    return [
        pick(
            [
                f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} {pick(USERS)}@bastion.example.com",
                f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{b64(300)} ops@example.com",
            ]
        )
    ]


@neg("public-keys", "public-key-pem-block")
def _():
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(255) + "IDAQAB"
    return (
        ["-----BEGIN PUBLIC KEY-----"]
        + [body[i : i + 64] for i in range(0, len(body), 64)]
        + ["-----END PUBLIC KEY-----"]
    )


@neg("public-keys", "certificate-pem-yaml")
def _():
    body = "MIIDdzCCAl+gAwIBAgIU" + b64(600)
    return (
        ["  ca.crt: |", "    -----BEGIN CERTIFICATE-----"]
        + [f"    {body[i : i + 64]}" for i in range(0, min(len(body), 64 * 6), 64)]
        + ["    -----END CERTIFICATE-----"]
    )


@neg("public-keys", "jwks-public-key")
def _():
    n = b64u(rbytes(256))
    return [
        json.dumps(
            {
                "keys": [
                    {
                        "kty": "RSA",
                        "use": "sig",
                        "alg": "RS256",
                        "kid": hexs(16),
                        "n": n,
                        "e": "AQAB",
                    }
                ]
            },
            separators=(",", ":"),
        )
    ]


@neg("references", "file-references")
def _():
    name = pick(
        [
            "MYSQL_PASSWORD_FILE",
            "MYSQL_ROOT_PASSWORD_FILE",
            "MINIO_ROOT_PASSWORD_FILE",
            "REDIS_PASSWORD_FILE",
            "GORILLA_LICENSE_FILE",
        ]
    )
    return [
        pick(
            [
                f"{name}=/run/secrets/{name.lower().replace('_file', '')}",
                f"      {name}: /run/secrets/{pick(['db_password', 'db_root_password', 'minio_secret_key'])}",
                f'            "{name}=/run/secrets/wandb_{pick(WORDS)}",',
            ]
        )
    ]


@neg("references", "secretkeyref-block")
def _():
    nm = pick(
        [
            "MYSQL_PASSWORD",
            "REDIS_PASSWORD",
            "GORILLA_OIDC_SECRET",
            "KAFKA_CLIENT_PASSWORD",
            "AZURE_STORAGE_KEY",
            "BUCKET_SECRET_KEY",
        ]
    )
    return [
        f"        - name: {nm}",
        "          valueFrom:",
        "            secretKeyRef:",
        f"              name: {pick(['wandb-mysql', 'wandb-redis', 'oidc-creds', 'wandb-bucket', 'wandb-kafka'])}",
        f"              key: {pick(['password', 'clientSecret', 'SECRET_KEY', 'MYSQL_PASSWORD', 'REDIS_PASSWORD'])}",
        "              optional: true",
    ]


@neg("references", "secretkeyref-json")
def _():
    nm, key, sec = pick(
        [
            ("GORILLA_OIDC_SECRET", "clientSecret", "oidc-creds"),
            ("GORILLA_OIDC_CLIENT_ID", "clientId", "oidc-creds"),
            ("MYSQL_PASSWORD", "password", "wandb-mysql"),
            ("REDIS_PASSWORD", "REDIS_PASSWORD", "wandb-redis"),
            ("AZURE_STORAGE_KEY", "ACCESS_KEY", "wandb-bucket"),
        ]
    )
    return [
        json.dumps(
            {
                "name": nm,
                "valueFrom": {
                    "secretKeyRef": {"key": key, "name": sec, "optional": R.random() < 0.5}
                },
            },
            separators=(",", ":"),
        )
    ]


@neg("references", "describe-env-from-secret")
def _():
    nm, key, sec = pick(
        [
            ("MYSQL_PASSWORD", "password", "wandb-mysql"),
            ("REDIS_PASSWORD", "REDIS_PASSWORD", "wandb-redis"),
            ("OIDC_SECRET", "OIDC_SECRET", "wandb-oidc"),
            ("LICENSE", "license", "wandb-license"),
            ("BUCKET_SECRET_KEY", "SECRET_KEY", "wandb-bucket"),
            ("GORILLA_OIDC_SECRET", "clientSecret", "oidc-creds"),
        ]
    )
    return [
        f"      {nm}:{' ' * max(1, 22 - len(nm))}<set to the key '{key}' in secret '{sec}'>  Optional: {pick(['false', 'true'])}"
    ]


@neg("references", "describe-secret-sizes")
def _():
    return [
        "Type:  Opaque",
        "",
        "Data",
        "====",
        f"password:  {R.randrange(12, 64)} bytes",
        f"username:  {R.randrange(4, 16)} bytes",
    ]


@neg("references", "helm-secret-name-values")
def _():
    return pick(
        [
            [
                "  licenseSecret:",
                f"    name: {pick(['wandb-license', 'license-secret'])}",
                "    key: license",
            ],
            [
                "    passwordSecret:",
                f"      name: {pick(['wandb-mysql', 'mysql-creds'])}",
                '      rootPasswordKey: "MYSQL_ROOT_PASSWORD"',
                '      passwordKey: "MYSQL_PASSWORD"',
            ],
            [
                "    secret:",
                '      secretName: ""',
                '      accessKeyName: "ACCESS_KEY"',
                '      secretKeyName: "SECRET_KEY"',
            ],
            [
                "      oidcSecret:",
                f"        name: {pick(['oidc-creds', 'wandb-oidc'])}",
                '        secretKey: "OIDC_SECRET"',
            ],
            [
                "  redis:",
                "    secret:",
                f"      secretName: {pick(['wandb-redis', 'redis-auth'])}",
                '      secretKey: "REDIS_PASSWORD"',
            ],
        ]
    )


@neg("references", "existing-secret-names")
def _():
    return [
        pick(
            [
                f"  existingSecret: {pick(['wandb-mysql', 'wandb-redis-auth'])}",
                f"  credentialsSecret: {pick(['aws-creds', 'gcs-sa'])}",
                "imagePullSecrets:",
                f"  - name: {pick(['regcred', 'wandb-registry'])}",
                f"    serviceAccountName: wandb-{pick(['app', 'console', 'parquet'])}",
            ]
        )
    ]


@neg("references", "k8s-secretmanager-uri")
def _():
    return [
        pick(
            [
                "GORILLA_CUSTOMER_SECRET_STORE_SOURCE=k8s-secretmanager://wandb-secret",
                "GORILLA_CUSTOMER_SECRET_STORE_SOURCE=aws-secretmanager",
                f"      secretStore: k8s-secret://wandb/{pick(['wandb-secret', 'team-secrets'])}",
                "GORILLA_CUSTOMER_SECRET_STORE_SOURCE=gcp-secretmanager://example-project",
            ]
        )
    ]


@neg("references", "helm-template-placeholders")
def _():
    return [
        pick(
            [
                '  value: "mysql://$(MYSQL_USER):$(MYSQL_PASSWORD)@$(MYSQL_HOST):$(MYSQL_PORT)/$(MYSQL_DATABASE)?tls=preferred"',
                '  value: "redis://:$(REDIS_PASSWORD)@$(REDIS_HOST):$(REDIS_PORT)$(REDIS_PARAMS)"',
                '  value: "s3://$(BUCKET_ACCESS_KEY):$(BUCKET_SECRET_KEY)@$(BUCKET_NAME)/$(BUCKET_PATH)"',
                '  value: "kafka://$(KAFKA_CLIENT_USER):$(KAFKA_CLIENT_PASSWORD)@$(KAFKA_BROKER_HOST):$(KAFKA_BROKER_PORT)/$(KAFKA_TOPIC_RUN_UPDATE_SHADOW_QUEUE)"',
                "    password: {{ .Values.global.mysql.password | quote }}",
                "MYSQL_PASSWORD=${MYSQL_PASSWORD:?must be set}",
                "      password: ${{ secrets.WANDB_MYSQL_PASSWORD }}",
                'export REDIS_PASSWORD="$(cat /run/secrets/redis_password)"',
            ]
        )
    ]


@neg("references", "masked-values")
def _():
    return [
        pick(
            [
                "MYSQL_PASSWORD=********",
                "    password: '********'",
                '"oidcSecret":"<redacted>"',
                "LICENSE=<hidden>",
                "password = (sensitive value)",
                "  + database_master_password = (sensitive value)",
                "wandb_license = <sensitive>",
                "SECRET_KEY=xxxxxxxxxxxxxxxxxxxx",
                "helm upgrade --install wandb wandb/operator-wandb --set global.license=***",
                "      MYSQL:  mysql://wandb:***@mysql.example.com:3306/wandb_local",
                '    "SecretAccessKey": "****************************************",',
            ]
        )
    ]


@neg("references", "empty-values")
def _():
    return [
        pick(
            [
                '  license: ""',
                '    password: ""',
                "      secret: ''",
                '{"license":"","oidcSecret":"","slackSecret":"","mysqlAddress":""}',
                "SLACK_SECRET=",
                "REDIS_PASSWORD=",
                "    password: null",
                '  "password": null,',
            ]
        )
    ]


@neg("references", "openssl-pass-references")
def _():
    return [
        pick(
            [
                "openssl pkcs12 -export -in tls.crt -inkey tls.key -out wandb.p12 -passout env:P12_PASS",
                "openssl rsa -in server.key -passin file:/run/secrets/key_passphrase -out server.nopass.key",
                'echo "$REGISTRY_TOKEN" | docker login registry.example.com -u robot --password-stdin',
            ]
        )
    ]


@neg("shell-and-os", "pwd-oldpwd")
def _():
    return [
        pick(
            [
                f"PWD=/home/{pick(USERS)}",
                f"OLDPWD=/opt/wandb/{pick(['config', 'helm', 'terraform'])}",
                "PWD=/vol",
                "$ pwd",
                f"/home/{pick(USERS)}/wandb-deploy",
            ]
        )
    ]


@neg("shell-and-os", "nsswitch-passwd")
def _():
    return [
        pick(
            [
                "passwd:         files systemd",
                "passwd: files sss",
                "shadow:         files",
                "group:          files systemd",
            ]
        )
    ]


@neg("shell-and-os", "etc-passwd-line")
def _():
    return [
        pick(
            [
                "wandb:x:999:999::/home/wandb:/bin/bash",
                "mysql:x:101:101:MySQL Server,,,:/nonexistent:/bin/false",
                "redis:x:102:103::/var/lib/redis:/usr/sbin/nologin",
                "chpasswd: password for 'wandb' changed",
            ]
        )
    ]


@neg("shell-and-os", "path-names-with-secret-words")
def _():
    return [
        pick(
            [
                "/etc/nginx/.htpasswd",
                "-rw------- 1 root root  512 Mar  4 10:15 /vol/env/users.htpasswd",
                "    /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-"
                + alnum(5, LOWER_ALNUM)
                + " (ro)",
                "cp reset_password.html /srv/wandb/templates/",
                "tests/test_token_refresh.py::test_expired PASSED",
                "-rw-r--r-- 1 wandb wandb 1.2K Mar 14 09:12 license-notice.txt",
                "/usr/share/doc/libpam-pwquality/password-policy.md",
            ]
        )
    ]


@neg("shell-and-os", "projected-sa-token-volume")
def _():
    return [
        "  - name: kube-api-access-" + alnum(5, LOWER_ALNUM),
        "    projected:",
        "      sources:",
        "      - serviceAccountToken:",
        f"          expirationSeconds: {pick([3607, 7200])}",
        "          path: token",
        "  automountServiceAccountToken: false",
    ]


@neg("wandb-settings", "wandb-boot-messages")
def _():
    return [
        pick(
            [
                f"{ts_slash()} Generating new session key for auth...",
                f"{ts_slash()} Generating new certificate and key for auth...",
                f"{ts_slash()} Created default user",
                "*** Loading settings...",
                "*** Configuring minio...",
                "Bucket created successfully `local/local-files`.",
                "Successfully added arn:minio:sqs:wandb-local:_:redis",
            ]
        )
    ]


@neg("wandb-settings", "wandb-cli-messages")
def _():
    return [
        pick(
            [
                f"wandb: Currently logged in as: {pick(USERS)} ({pick(TEAMS)}). Use `wandb login --relogin` to force relogin",
                f"wandb: Appending key for wandb.example.com to your netrc file: /home/{pick(USERS)}/.netrc",
                "wandb: You can find your API key in your browser here: https://wandb.example.com/authorize",
                "wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:",
                "wandb: ERROR API key must be 40 characters long, yours was 12",
            ]
        )
    ]


@neg("wandb-settings", "non-secret-settings")
def _():
    return [
        pick(
            [
                "HOST=https://wandb.example.com",
                "BUCKET=s3://wandb-data-prod",
                "BUCKET_QUEUE=sqs://wandb-file-events",
                "OIDC_ISSUER=https://login.example.com/oauth2/default",
                f"OIDC_CLIENT_ID=0oa{alnum(17)}",
                "OIDC_AUTH_METHOD=pkce",
                f"SLACK_CLIENT_ID={R.randrange(10**11, 10**12)}.{R.randrange(10**12, 10**13)}",
                "GORILLA_SESSION_LENGTH=720h",
                "  sessionLengthHours: 720",
                '  licenseCertPath: "/jwks.json"',
                '  signerKeyPath: "/vol/env"',
                "LOCAL_RESTORE=false",
                "GORILLA_DATA_RETENTION_PERIOD=24h",
                "GORILLA_ALLOW_USER_TEAM_CREATION=true",
                "ENABLE_REGISTRY_UI=true",
            ]
        )
    ]


@neg("wandb-settings", "urls-without-credentials")
def _():
    return [
        pick(
            [
                "MYSQL=mysql://wandb_local@mysql.example.com:3306/wandb_local?tls=preferred",
                "REDIS=redis://redis.example.com:6379/0",
                "      REDIS:  redis://wandb-redis-master:6379?ttlInMinutes=60",
                "BUCKET=az://wandbstore/wandb-files",
                "BUCKET=gs://wandb-example-bucket",
                "GORILLA_FILE_STREAM_STORE_ADDRESS=kafka://kafka.example.com:9092/filestream?num_partitions=12",
                "GORILLA_TASK_QUEUE=noop://",
                "GORILLA_HISTORY_STORE=http://wandb-parquet:8087/_goRPC_,mysql://wandb-mysql:3306/wandb_local",
            ]
        )
    ]


@neg("wandb-settings", "license-status-messages")
def _():
    return [
        pick(
            [
                f"{ts_slash()} License expires on 2027-0{R.randrange(1, 9)}-15 (seats: {R.randrange(10, 500)}, storage: {R.randrange(1, 20)} TB)",
                gorilla_log(
                    "WARN",
                    {"seatsUsed": R.randrange(10, 90), "seatsLicensed": 100},
                    "license seat usage above 80%",
                ),
                f"{ts_slash()} invalid license: signature verification failed (kid {hexs(16)})",
                "Licensed under the Apache License, Version 2.0",
            ]
        )
    ]


@neg("wandb-settings", "gorilla-auth-messages")
def _():
    return [
        gorilla_log(
            pick(["INFO", "WARN"]),
            {"userID": R.randrange(1, 9000), "method": pick(["oidc", "apikey", "session"])},
            pick(
                [
                    "token refresh succeeded",
                    "session expired, redirecting to login",
                    "password reset email sent",
                    "api key rotated by admin",
                    "OIDC token exchange failed: invalid_grant",
                    "secret rotation completed",
                ]
            ),
        )
    ]


@neg("mysql", "mysql-variables")
def _():
    return [
        pick(
            [
                "license\tGPL",
                "license = GPL",
                "| license                  | GPL                   |",
                "validate_password.policy\tMEDIUM",
                "validate_password.length = 12",
                "default_authentication_plugin\tcaching_sha2_password",
                "caching_sha2_password_auto_generate_rsa_keys\tON",
                "caching_sha2_password_private_key_path\tprivate_key.pem",
                "sha256_password_public_key_path\tpublic_key.pem",
                "ssl_key\tserver-key.pem",
                "password_history\t0",
                "password_reuse_interval\t0",
                "default_password_lifetime\t0",
                "authentication_policy\t*,,",
                "disconnect_on_expired_password\tON",
                "log_error_verbosity\t2",
                "innodb_log_file_size\t50331648",
            ]
        )
    ]


@neg("mysql", "mysql-grants-and-errors")
def _():
    return [
        pick(
            [
                "GRANT USAGE ON *.* TO `wandb_local`@`%`",
                "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_local`@`%`",
                f"ERROR 1045 (28000): Access denied for user 'wandb_local'@'{ip()}' (using password: YES)",
                f"{ts_iso()} 0 [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
                f"{ts_iso()}\t   {R.randrange(8, 400)} Connect\twandb_local@{ip()} on wandb_local using SSL/TLS",
                "mysql: [Warning] Using a password on the command line interface can be insecure.",
            ]
        )
    ]


@neg("mysql", "mysql-cli-no-password")
def _():
    return [
        pick(
            [
                "mysql -h mysql.example.com -u wandb_local -p wandb_local",
                "Enter password:",
                "mysql --defaults-extra-file=/etc/mysql/wandb.cnf -e 'SELECT 1'",
                "mysqladmin -u root -p ping",
                "mysql --login-path=wandb -e 'SHOW VARIABLES LIKE \"validate_password%\"'",
            ]
        )
    ]


@neg("redis", "redis-non-secret")
def _():
    return [
        pick(
            [
                "(error) NOAUTH Authentication required.",
                "(error) WRONGPASS invalid username-password pair or user is disabled.",
                "user default on nopass ~* &* +@all",
                "protected-mode yes",
                "redis.example.com:6379> AUTH",
                "(error) ERR wrong number of arguments for 'auth' command",
                "acl-pubsub-default resetchannels",
            ]
        )
    ]


@neg("nginx-http", "nginx-config-references")
def _():
    return [
        pick(
            [
                "    ssl_certificate_key /etc/nginx/tls/tls.key;",
                "    auth_basic_user_file /etc/nginx/.htpasswd;",
                "    proxy_set_header Authorization $http_authorization;",
                "    proxy_set_header Cookie $http_cookie;",
                "    proxy_pass_header Set-Cookie;",
                "    proxy_hide_header X-Api-Key;",
                'log_format wandb \'$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_user_agent"\';',
                "    ssl_password_file /etc/nginx/tls/passphrases;",
                "    ssl_session_tickets off;",
            ]
        )
    ]


@neg("nginx-http", "nginx-access-plain")
def _():
    return [
        f'{ip()} - - [{ts_nginx()}] "{pick(["GET", "POST"])} {pick(["/graphql", "/api/v1/viewer", "/oidc/callback", "/healthz", "/ready"])} HTTP/1.1" {pick([200, 302, 401, 499])} {R.randrange(0, 9000)} "-" "{pick(["kube-probe/1.29", "wandb/0.19.1", "python-requests/2.32.3"])}" rt={R.randrange(1, 900) / 1000:.3f} req_id={hexs(32)}'
    ]


@neg("nginx-http", "http-headers-non-secret")
def _():
    return [
        pick(
            [
                '< WWW-Authenticate: Bearer realm="wandb", error="invalid_token"',
                "< Cache-Control: no-store",
                f"< X-Request-Id: {uuid()}",
                "> Accept: application/json",
                "< Vary: Cookie, Authorization",
                "< Access-Control-Allow-Headers: Authorization, Content-Type, X-Api-Key",
                "< Set-Cookie: theme=; Max-Age=0; Path=/",
                f"< X-Amz-Request-Id: {alnum(16, string.ascii_uppercase + string.digits)}",
            ]
        )
    ]


@neg("nginx-http", "token-words-non-secret")
def _():
    return [
        pick(
            [
                '{"token_type":"Bearer","expires_in":3600,"scope":"openid profile email"}',
                "token_type: Bearer",
                f"tokenizer=meta-llama/Llama-3.1-8B max_tokens={R.randrange(256, 8192)} temperature=0.7",
                f"tokens_per_second={R.randrange(10, 300)}.{R.randrange(10)}",
                f"    max_new_tokens: {R.randrange(64, 4096)}",
                "  tokenFile: /var/run/secrets/eks.amazonaws.com/serviceaccount/token",
                "AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token",
                f"AWS_ROLE_ARN=arn:aws:iam::123456789012:role/wandb-{pick(['app', 'irsa'])}",
                "authMethod: implicit",
                '  "token_uri": "https://oauth2.googleapis.com/token",',
                "X-Auth-Method: oidc",
            ]
        )
    ]


@neg("gcp", "gcp-sa-nonsecret-fields")
def _():
    return [
        pick(
            [
                '  "type": "service_account",',
                '  "client_email": "wandb@example-project.iam.gserviceaccount.com",',
                f'  "client_id": "{R.randrange(10**20, 10**21)}",',
                '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
                '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/wandb%40example-project.iam.gserviceaccount.com",',
            ]
        )
    ]


@neg("azure", "azure-non-secret")
def _():
    return [
        pick(
            [
                "AZURE_STORAGE_ACCOUNT=wandbstore",
                "BlobEndpoint=https://wandbstore.blob.core.windows.net/",
                f"AZURE_CLIENT_ID={uuid()}",
                f"AZURE_TENANT_ID={uuid()}",
                "AZURE_FEDERATED_TOKEN_FILE=/var/run/secrets/azure/tokens/azure-identity-token",
                f"x-ms-request-id: {uuid()}",
                "x-ms-version: 2022-11-02",
            ]
        )
    ]


@neg("aws", "aws-non-secret")
def _():
    return [
        pick(
            [
                "AWS_REGION=us-east-1",
                f"{ts_log()} - MainThread - botocore.credentials - INFO - Found credentials in environment variables.",
                f"{ts_log()} - MainThread - botocore.credentials - DEBUG - Looking for credentials via: assume-role-with-web-identity",
                "X-Amz-Date: 20260314T101530Z",
                "credential_process = /usr/local/bin/aws-vault exec wandb --json",
                "role_arn = arn:aws:iam::123456789012:role/wandb-support",
                f"x-amz-server-side-encryption-aws-kms-key-id: arn:aws:kms:us-east-1:123456789012:key/{uuid()}",
            ]
        )
    ]


@neg("kafka-clickhouse", "kafka-clickhouse-non-secret")
def _():
    return [
        pick(
            [
                "sasl.mechanism=SCRAM-SHA-512",
                "security.protocol=SASL_SSL",
                "ssl.truststore.location=/etc/kafka/secrets/truststore.jks",
                "ssl.truststore.password.file=/etc/kafka/secrets/truststore.pass",
                "WF_CLICKHOUSE_USER=default",
                "WF_CLICKHOUSE_REPLICATED=true",
                "      WF_CLICKHOUSE_PASS:  <set to the key 'CLICKHOUSE_PASSWORD' in secret 'wandb-clickhouse'>  Optional: false",
            ]
        )
    ]


@neg("terraform", "terraform-non-secret")
def _():
    return [
        pick(
            [
                'variable "database_master_password" {',
                '  description = "Specifies the master_password value to set for the database"',
                "  sensitive   = true",
                'output "database_password" {',
                "  value     = random_password.db.result",
                "  license = var.wandb_license",
                'resource "random_password" "redis" {',
                "  special = false",
            ]
        )
    ]


@neg("python-reprs", "python-source-lines")
def _():
    return [
        pick(
            [
                '    password = os.getenv("MYSQL_PASSWORD")',
                '    api_key = settings.api_key or os.environ.get("WANDB_API_KEY")',
                '  File "/usr/lib/python3/dist-packages/wandb/sdk/lib/apikey.py", line 212, in write_key',
                "    if not api_key or len(api_key) != 40:",
                "        Passwd: cfg.Password,",
                '\tPassword string `json:"password" yaml:"password"`',
                '    token = request.headers.get("Authorization", "").removeprefix("Bearer ")',
            ]
        )
    ]


@neg("python-reprs", "repr-without-secrets")
def _():
    return [
        pick(
            [
                f"Settings(base_url='https://wandb.example.com', entity='{pick(TEAMS)}', api_key=None, mode='online')",
                '&mysql.Config{User:"wandb", Net:"tcp", Addr:"mysql.example.com:3306", DBName:"wandb_local", AllowNativePasswords:true}',
                "{Addr:redis.example.com:6379 Username: DB:0 PoolSize:40 MinIdleConns:4}",
                "map[host:smtp.example.com port:587 user:apikey usePassword:true]",
            ]
        )
    ]


@neg("wandb-settings", "base64-non-secret-config")
def _():
    cfg = pick(
        [
            {"theme": "dark", "beta": True},
            {"host": "https://wandb.example.com", "entity": pick(TEAMS)},
            {"retries": 3, "timeout_s": 30},
        ]
    )
    blob = base64.b64encode(json.dumps(cfg).encode()).decode()
    return [pick([f"  ui-config.json: {blob}", f"WANDB_UI_FLAGS_B64={blob}"])]


@neg("hashes-ids", "random-looking-names")
def _():
    return [
        pick(
            [
                f"pod/wandb-app-{alnum(10, LOWER_ALNUM)}-{alnum(5, LOWER_ALNUM)}   1/1   Running   0   3d",
                f"replicaset.apps/wandb-console-{alnum(10, LOWER_ALNUM)}   1   1   1   12d",
                f'  Normal  Pulled  2m  kubelet  Successfully pulled image "wandb/local:{ver()}" in 2.31s (2.31s including waiting)',
                f"  Normal  Scheduled  3m  default-scheduler  Successfully assigned wandb/wandb-app-{alnum(5, LOWER_ALNUM)} to ip-{ip().replace('.', '-')}.ec2.internal",
            ]
        )
    ]


@neg("docker", "docker-inspect-env-nonsecret")
def _():
    return [
        '        "Env": [',
        '            "HOST=https://wandb.example.com",',
        '            "BUCKET_QUEUE=internal://",',
        f'            "MYSQL_PASSWORD_FILE=/run/secrets/{pick(["mysql_password", "db_password"])}",',
        f'            "WANDB_LOCAL_VERSION={ver()}",',
        '            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"',
        "        ],",
    ]


@neg("nginx-http", "nginx-access-empty-auth-fields")
def _():
    return [
        f'{ip()} - - [{ts_nginx()}] "GET {pick(["/", "/site.webmanifest", "/healthz", "/static/js/main.js"])} HTTP/1.1" {pick([200, 304])} {R.randrange(0, 90000)} "-" "Mozilla/5.0" "-" cookie="-"'
    ]


def build_negatives():
    for family, variant, n, fn in _neg_gens:
        seen = set()
        made = tries = 0
        while made < n and tries < 60:
            tries += 1
            lines = fn()
            key = json.dumps(lines)
            if key in seen:
                continue
            seen.add(key)
            NEG.append({"shape": variant, "lines": lines, "family": family})
            made += 1


# ----------------------------------------------------------------------------- self-check
def fragments(secret: str) -> set[str]:
    secret = _PUBLIC_PREFIX.sub("", secret, count=1) if _PUBLIC_PREFIX.match(secret) else secret
    if len(secret) <= FRAGMENT:
        return {secret}
    return {secret[i : i + FRAGMENT] for i in range(len(secret) - FRAGMENT + 1)}


def _parses(kind, text):
    try:
        if kind == "json":
            json.loads(text)
        else:
            return isinstance(yaml.safe_load(text), (dict, list))
    except (ValueError, yaml.YAMLError):
        return False
    return True


def check_positive(variant, shape, lines, secrets, apps):
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8:
            return False
        if not any(f in text for f in fragments(s)):
            print(f"  [{variant}] secret not visible: {s[:20]}", file=sys.stderr)
            return False
    # a perfect redactor: every appearance replaced by a placeholder
    ideal = []
    for ln in lines:
        for a in sorted(apps, key=len, reverse=True):
            ln = ln.replace(a, "[REDACTED:x:1]")
        ideal.append(ln)
    rest = PLACEHOLDER.sub("", "\n".join(ideal))
    for s in secrets:
        for f in fragments(s):
            if f in rest:
                return False  # collision with context: regenerate
    for before, after in zip(lines, ideal):
        for kind in ("json", "yaml") if shape in ("yaml", "env") else ("json",):
            if _parses(kind, before) and not _parses(kind, after):
                print(f"  [{variant}] ideal redaction breaks {kind}: {after[:80]}", file=sys.stderr)
                return False
    return True


def main():
    build_positives()
    build_negatives()
    R.shuffle(POS)
    R.shuffle(NEG)
    with open(OUT / "positives.jsonl", "w") as f:
        for rec in POS:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "negatives.jsonl", "w") as f:
        for rec in NEG:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    shapes = {r["shape"] for r in POS}
    variants = {r["variant"] for r in POS}
    print(
        f"positives: {len(POS)} records, {len(variants)} variants, {len(shapes)} distinct shape names"
    )
    print(f"negatives: {len(NEG)} records, {len({r['shape'] for r in NEG})} shapes")


if __name__ == "__main__":
    main()
