#!/usr/bin/env python3
"""Seeded generator for a held-out redaction test set (positives + negatives).

Run from this folder:  python3 gen.py
Writes positives.jsonl and negatives.jsonl byte-for-byte reproducibly.
All secret values are synthetic, produced by the seeded RNG below.
"""
import base64
import hashlib
import json
import os
import random
import string
import urllib.parse

SEED = 0x5EA1ED05
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


# ---------------------------------------------------------------- primitives
def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def alnum(n):
    return rs(ALNUM, n)


def hexs(n):
    return rs(HEX, n)


def b64bytes(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def b64url_nopad(n):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pw(n=None, punct="!@#%^*-_=+.,?~", need_punct=True):
    """Realistic generated password (letters, digits, some punctuation)."""
    n = n or R.randint(12, 24)
    while True:
        chars = ALNUM + punct
        s = rs(chars, n)
        if not s[0].isalnum():
            continue
        if need_punct and punct and not any(c in punct for c in s):
            continue
        if not any(c.isdigit() for c in s):
            continue
        return s


def pw_alnum(n=None):
    return pw(n or R.randint(14, 28), punct="", need_punct=False)


def passphrase():
    words = ["copper", "lantern", "orbit", "maple", "glacier", "violet", "harbor", "quartz",
             "falcon", "meadow", "tundra", "ember", "cobalt", "willow", "saffron", "beacon",
             "canyon", "pepper", "raven", "summit", "thistle", "walnut", "zephyr", "marble"]
    ws = R.sample(words, 4)
    return " ".join(ws) + " " + str(R.randint(10, 99))


def aws_key_id(prefix="AKIA"):
    return prefix + rs(string.ascii_uppercase + "234567", 16)


def aws_secret():
    return rs(ALNUM + "+/", 40)


def aws_session_token():
    return "IQoJb3JpZ2luX2Vj" + rs(ALNUM + "+/", R.randint(340, 420)) + "=="


def wandb_key():
    return hexs(40)


def wandb_local_key():
    return "local-" + hexs(40)


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(sub=None, alg="RS256", extra=None):
    hdr = {"alg": alg, "typ": "JWT", "kid": hexs(16)} if alg.startswith("RS") else {"alg": alg, "typ": "JWT"}
    body = {"iss": "https://idp.example.com/", "sub": sub or uuid4(), "aud": "wandb",
            "iat": 1700000000 + R.randint(0, 9000000)}
    body["exp"] = body["iat"] + 3600
    if extra:
        body.update(extra)
    sig = b64url_nopad(256 if alg.startswith("RS") else 32)
    return "%s.%s.%s" % (b64u_json(hdr), b64u_json(body), sig), sig


def wandb_license():
    tok, sig = jwt(alg="RS256", extra={"seats": R.choice([10, 25, 100, 500]),
                                        "deploymentId": uuid4(), "flags": ["SCALABLE", "mlops"]})
    return tok, sig


def b64_segment(prefix, secret, suffix="", urlsafe=False):
    """Return (full_b64, b64 chars that encode only bytes of `secret`)."""
    p, s, x = prefix.encode(), secret.encode(), suffix.encode()
    data = p + s + x
    enc = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(data).decode()
    start, end = len(p), len(p) + len(s)
    g0 = (start + 2) // 3
    g1 = end // 3
    seg = enc[4 * g0:4 * g1]
    return enc, seg


def pem_body(kind="rsa"):
    if kind == "rsa":
        prefix = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7")
        raw = prefix + bytes(R.getrandbits(8) for _ in range(1190 - len(prefix)))
    elif kind == "ec":
        prefix = bytes.fromhex("30770201010420")
        raw = prefix + bytes(R.getrandbits(8) for _ in range(121 - len(prefix)))
    else:  # openssh
        prefix = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none"
        raw = prefix + bytes(R.getrandbits(8) for _ in range(400 - len(prefix)))
    b = base64.b64encode(raw).decode()
    width = 70 if kind == "openssh" else 64
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    const = (len(prefix) * 4 + 2) // 3 + 1  # base64 chars fixed by the DER/openssh header
    return lines, [lines[0][const:]] + lines[1:]


def host():
    return R.choice(["mysql.wandb.svc.cluster.local", "wandb-mysql.example.internal", "db.example.com",
                     "10.20.3.14", "127.0.0.1", "mysql-primary.data.svc.cluster.local",
                     "wandb-db.cluster-abc123.example.internal"])


def redis_host():
    return R.choice(["redis-master.wandb.svc.cluster.local", "wandb-redis.example.internal",
                     "10.20.4.7", "127.0.0.1", "redis.example.com"])


def ts():
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                     R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def ts_plain():
    return "2024/%02d/%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                               R.randint(0, 59), R.randint(0, 59))


def ts_py():
    return "2024-%02d-%02d %02d:%02d:%02d,%03d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                    R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def user():
    return R.choice(["wandb", "wandb_app", "svc_wandb", "mlops", "admin", "wbadmin", "root"])


def jesc(s):
    """JSON string escape without the surrounding quotes."""
    return json.dumps(s)[1:-1]


def q(s):
    return urllib.parse.quote(s, safe="")


def dq(pwd):
    """Password chars safe inside double quotes in shell/yaml."""
    return pwd


# ---------------------------------------------------------------- registries
POS = []
NEG = []


def pos(name):
    def deco(fn):
        POS.append((name, fn))
        return fn
    return deco


def neg(name):
    def deco(fn):
        NEG.append((name, fn))
        return fn
    return deco


# ================================================================ POSITIVES
# ---- W&B Server environment / values ----
@pos("wb_env_mysql_dsn")
def _():
    p = pw(punct="!*-_.~")
    u = user()
    return ["MYSQL=mysql://%s:%s@%s:3306/wandb_local" % (u, p, host())], [p]


@pos("wb_env_mysql_dsn_tls_query")
def _():
    p = pw(punct="-_.~!*")
    return ['  - MYSQL="mysql://wandb:%s@%s:3306/wandb_local?tls=preferred"' % (p, host())], [p]


@pos("wb_env_gorilla_email_sink_smtp")
def _():
    p = pw(punct="-_.!*")
    u = R.choice(["apikey", "wandb-alerts@example.com".replace("@", "%40"), "smtp_user"])
    return ["GORILLA_EMAIL_SINK=smtp://%s:%s@smtp.example.com:%d" % (u, p, R.choice([25, 465, 587]))], [p]


@pos("wb_env_license_jwt")
def _():
    tok, sig = wandb_license()
    key = R.choice(["LICENSE", "GORILLA_LICENSE"])
    return ["%s=%s" % (key, tok)], [sig]


@pos("wb_env_redis_url_with_query")
def _():
    p = pw_alnum(R.choice([32, 40]))
    return ["REDIS=redis://:%s@%s:6379?tls=true&caCertPath=/etc/ssl/certs/redis_ca.pem&ttlInSeconds=604800"
            % (p, redis_host())], [p]


@pos("wb_env_bucket_s3_inline_keys")
def _():
    kid, sk = aws_key_id(), aws_secret()
    enc = q(sk)
    return ["BUCKET=s3://%s:%s@minio.example.internal:9000/wandb-files" % (kid, enc)], [enc]


@pos("wb_env_kafka_addr_json_block")
def _():
    p = pw(punct="-_.")
    return ["            - name: GORILLA_RUN_UPDATE_SHADOW_QUEUE",
            "              value: >",
            "                {",
            '                  "overflow-bucket": {"store": "s3://wandb-files", "name": "wandb", "prefix": "wandb-overflow"},',
            '                  "addr": "kafka://wandb:%s@kafka.wandb.svc.cluster.local:9092/run-updates-shadow?producer_batch_bytes=1048576"' % p,
            "                }"], [p]


@pos("wb_helm_values_mysql_block")
def _():
    p = pw(punct="-_.!%^")
    return ["  mysql:", '    host: "%s"' % host(), "    port: 3306", '    database: "wandb_local"',
            '    user: "wandb"', '    password: "%s"' % p], [p]


@pos("wb_helm_values_bucket_keys")
def _():
    kid, sk = aws_key_id(), aws_secret()
    return ["      bucket:", '        provider: "s3"', '        name: "minio.minio.svc.cluster.local:9000/bucket"',
            '        region: "us-east-1"', '        accessKey: "%s"' % kid, '        secretKey: "%s"' % sk], [sk]


@pos("wb_operator_cr_chart_password")
def _():
    p = pw(punct="-_.")
    return ["  chart:", "    url: http://chartmuseum.example.internal:8080", '    name: "operator-wandb"',
            '    username: "admin"', '    password: "%s"' % p], [p]


@pos("wb_helm_values_oidc_client_secret")
def _():
    s = R.choice([alnum(40), "%s~%s" % (alnum(3), rs(ALNUM + "._-", 34))])
    return ["    auth:", "      oidc:", '        clientId: "%s"' % uuid4(),
            "        clientSecret: %s" % s, '        issuer: "https://login.example.com/%s/v2.0"' % uuid4(),
            "        method: pkce"], [s]


@pos("wb_helm_values_smtp_password")
def _():
    p = pw(punct="-_.!")
    return ["    email:", "      smtp:", '        host: "smtp.example.com"', "        port: 587",
            '        user: "wandb-notify"', "        password: '%s'" % p], [p]


@pos("wb_helm_values_license_inline")
def _():
    tok, sig = wandb_license()
    return ["global:", '  host: "https://wandb.example.com"', "  license: %s" % tok], [sig]


@pos("wb_env_slack_secret")
def _():
    s = hexs(32)
    return ["SLACK_CLIENT_ID=%d.%d" % (R.randint(10**11, 10**12), R.randint(10**12, 10**13)),
            "SLACK_SECRET=%s" % s], [s]


@pos("wb_env_oidc_client_secret_export")
def _():
    s = rs(ALNUM + "-_~.", 40)
    return ['export OIDC_CLIENT_SECRET="%s"' % s], [s]


@pos("wb_env_wandb_api_key")
def _():
    k = wandb_key()
    return [R.choice(["WANDB_API_KEY=%s", "export WANDB_API_KEY=%s", "WANDB_API_KEY='%s'"]) % k], [k]


@pos("wb_netrc_multiline")
def _():
    k = wandb_key()
    return ["machine wandb.example.com", "  login user", "  password %s" % k], [k]


@pos("wb_cli_login_local_key")
def _():
    k = wandb_local_key()
    return ["$ wandb login --relogin --host=http://wandb.example.internal:8080 %s" % k], [k]


@pos("wb_python_settings_repr")
def _():
    k = wandb_key()
    return ["%s DEBUG   MainThread:%d [wandb_setup.py:_flush():76] Configure stats pid to %d; "
            "Settings(api_key='%s', base_url='http://wandb.example.internal:8080', mode='online', project='%s')"
            % (ts_py(), R.randint(1000, 99999), R.randint(1000, 99999), k, R.choice(["llm-eval", "resnet", "sweeps"]))], [k]


@pos("wb_python_login_call")
def _():
    k = R.choice([wandb_key(), wandb_local_key()])
    return ['wandb.login(key="%s", host="https://wandb.example.com")' % k], [k]


@pos("wb_python_os_environ_assign")
def _():
    k = wandb_key()
    return ["os.environ['WANDB_API_KEY'] = '%s'  # TODO remove" % k], [k]


@pos("wb_env_azure_storage_key")
def _():
    k = b64bytes(64)
    return ["AZURE_STORAGE_KEY=%s" % k], [k]


@pos("wb_basic_auth_api_key_header")
def _():
    k = wandb_key()
    full, seg = b64_segment("api:", k)
    return ["> Authorization: Basic %s" % full], [seg]


@pos("wb_gorilla_json_log_headers")
def _():
    k = wandb_key()
    full, seg = b64_segment("api:", k)
    return [json.dumps({"level": "DEBUG", "time": ts(), "msg": "graphql request", "path": "/graphql",
                        "headers": {"Authorization": "Basic " + full, "User-Agent": "W&B Internal Client 0.17.0"},
                        "request_id": uuid4()})], [seg]


@pos("wb_go_map_settings_dump")
def _():
    p = pw(punct="-_.")
    tok, sig = wandb_license()
    return ["%s loaded settings: map[bucket:s3://wandb-files host:https://wandb.example.com license:%s mysql:mysql://wandb:%s@%s:3306/wandb_local]"
            % (ts_plain(), tok, p, host())], [sig, p]


# ---- Kubernetes ----
@pos("k8s_describe_pod_env")
def _():
    p = pw(punct="-_.!")
    k = wandb_key()
    return ["    Environment:", "      HOST:            https://wandb.example.com",
            "      MYSQL:           mysql://wandb:%s@%s:3306/wandb_local" % (p, host()),
            "      WANDB_API_KEY:   %s" % k,
            "      REDIS_PASSWORD:  <set to the key 'REDIS_PASSWORD' in secret 'wandb-redis'>  Optional: false"], [p, k]


@pos("k8s_secret_data_b64")
def _():
    p1, p2 = pw(), pw_alnum(32)
    b1, b2 = base64.b64encode(p1.encode()).decode(), base64.b64encode(p2.encode()).decode()
    return ["apiVersion: v1", "kind: Secret", "type: Opaque", "data:", "  MYSQL_PASSWORD: %s" % b1,
            "  REDIS_PASSWORD: %s" % b2], [b1, b2]


@pos("k8s_secret_stringdata")
def _():
    p = pw(punct="-_.!@")
    return ["stringData:", '  password: "%s"' % p, "  username: wandb"], [p]


@pos("k8s_get_secret_json_oneline")
def _():
    tok, _sig = wandb_license()
    bl = base64.b64encode(tok.encode()).decode()
    ak = b64bytes(64)
    bak = base64.b64encode(ak.encode()).decode()
    head = tok.rsplit(".", 1)[0] + "."
    _full, lseg = b64_segment(head, tok[len(head):])
    assert _full == bl
    return ['{"apiVersion":"v1","data":{"ACCESS_KEY":"%s","LICENSE":"%s"},"kind":"Secret","metadata":{"name":"wandb-app-config","namespace":"wandb"},"type":"Opaque"}'
            % (bak, bl)], [bak, lseg]


@pos("k8s_dockerconfigjson_b64")
def _():
    p = pw_alnum(R.choice([24, 30, 36]))
    prefix = '{"auths":{"registry.example.com":{"username":"robot$wandb-pull","password":"'
    full, seg = b64_segment(prefix, p, '"}}}')
    return ["data:", "  .dockerconfigjson: %s" % full, "type: kubernetes.io/dockerconfigjson"], [seg]


@pos("k8s_pod_env_name_value")
def _():
    s = rs(ALNUM + "-_~.", 40)
    return ["        - name: OIDC_CLIENT_SECRET", "          value: %s" % s], [s]


@pos("k8s_last_applied_annotation")
def _():
    p = pw(punct="-_.!")
    inner = json.dumps({"apiVersion": "v1", "kind": "Secret",
                        "metadata": {"annotations": {}, "name": "wandb-mysql", "namespace": "wandb"},
                        "stringData": {"MYSQL_PASSWORD": p, "MYSQL_USER": "wandb"}, "type": "Opaque"},
                       separators=(",", ":"))
    return ["    kubectl.kubernetes.io/last-applied-configuration: |", "      " + inner], [p]


@pos("k8s_helm_set_flag")
def _():
    p = pw(punct="-_.!")
    return ["helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.host=https://wandb.example.com "
            "--set global.mysql.password=%s --set global.mysql.host=%s" % (p, host())], [p]


@pos("k8s_container_args_split")
def _():
    p = pw_alnum(32)
    return ["        args:", '          - "--redis-addr=%s:6379"' % redis_host(), '          - "--redis-password"',
            '          - "%s"' % p], [p]


@pos("k8s_kubectl_create_secret_literal")
def _():
    p = pw(punct="-_.!@%")
    return ["kubectl -n wandb create secret generic wandb-mysql --from-literal=MYSQL_USER=wandb "
            "--from-literal=MYSQL_PASSWORD='%s'" % p], [p]


# ---- Docker ----
@pos("docker_inspect_env_multiline")
def _():
    p = pw(punct="-_.")
    tok, sig = wandb_license()
    return ['            "Env": [', '                "LICENSE=%s",' % tok,
            '                "MYSQL=mysql://wandb:%s@%s:3306/wandb_local",' % (p, host()),
            '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"', "            ],"], [sig, p]


@pos("docker_inspect_env_oneline")
def _():
    sk = aws_secret()
    return ['"Env":["AWS_ACCESS_KEY_ID=%s","AWS_SECRET_ACCESS_KEY=%s","AWS_REGION=us-east-1","HOME=/root"]'
            % (aws_key_id(), sk)], [sk]


@pos("docker_run_e_flags")
def _():
    p = pw(punct="-_.")
    k = wandb_key()
    return ["docker run -d --rm -v wandb:/vol -p 8080:8080 -e MYSQL=mysql://wandb:%s@%s/wandb_local -e WANDB_API_KEY=%s --name wandb-local wandb/local"
            % (p, host(), k)], [p, k]


@pos("docker_login_p_flag")
def _():
    p = pw_alnum(R.choice([32, 40]))
    return ["+ docker login -u 'robot$ci' -p %s registry.example.com" % p], [p]


@pos("docker_config_auth_b64")
def _():
    u = R.choice(["ci-bot", "deploy", "robot$wandb"])
    p = pw(punct="-_.!")
    full, seg = b64_segment(u + ":", p)
    return ['		"registry.example.com": {', '			"auth": "%s"' % full, "		}"], [seg]


@pos("compose_environment_map")
def _():
    p1, p2 = pw(punct="-_.!"), pw_alnum(24)
    return ["    environment:", "      MYSQL_ROOT_PASSWORD: %s" % p1, "      MYSQL_USER: wandb",
            '      MYSQL_PASSWORD: "%s"' % p2, "      MYSQL_DATABASE: wandb_local"], [p1, p2]


@pos("compose_environment_list")
def _():
    p = pw(punct="-_.")
    return ["    environment:", "      - MINIO_ROOT_USER=minioadmin", "      - MINIO_ROOT_PASSWORD=%s" % p], [p]


# ---- AWS / S3 / MinIO / Azure / GCS ----
@pos("aws_credentials_file")
def _():
    sk, st = aws_secret(), aws_session_token()
    return ["[wandb-prod]", "aws_access_key_id = %s" % aws_key_id("ASIA"), "aws_secret_access_key = %s" % sk,
            "aws_session_token = %s" % st], [sk, st]


@pos("aws_export_env")
def _():
    sk = aws_secret()
    return ["export AWS_SECRET_ACCESS_KEY=%s" % sk], [sk]


@pos("botocore_prepared_request_headers")
def _():
    st = aws_session_token()
    sig = hexs(64)
    kid = aws_key_id("ASIA")
    return ["%s - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, "
            "url=https://wandb-files.s3.us-east-1.amazonaws.com/%s/run.json, headers={'X-Amz-Security-Token': b'%s', "
            "'X-Amz-Date': b'20240312T101112Z', 'Authorization': b'AWS4-HMAC-SHA256 Credential=%s/20240312/us-east-1/s3/aws4_request, "
            "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=%s'}>"
            % (ts_py(), uuid4(), st, kid, sig)], [st, sig]


@pos("botocore_canonical_request_token")
def _():
    st = aws_session_token()
    return ["host:wandb-files.s3.us-east-1.amazonaws.com",
            "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "x-amz-date:20240312T101112Z", "x-amz-security-token:%s" % st], [st]


@pos("s3_presigned_url_access_log")
def _():
    st = aws_session_token()
    sig = hexs(64)
    est = q(st)
    return ['%s - - [12/Mar/2024:10:11:12 +0000] "GET /wandb-files/%s/output.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240312%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240312T101112Z&X-Amz-Expires=3600&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s HTTP/1.1" 200 5123'
            % (ip(), uuid4(), aws_key_id("ASIA"), est, sig)], [est[:-6], sig]  # trailing %3D%3D is padding


@pos("minio_mc_alias_set")
def _():
    p = pw(punct="-_.")
    return ["mc alias set wandb http://minio.example.internal:9000 minioadmin %s --api S3v4" % p], [p]


@pos("minio_mc_config_json")
def _():
    sk = rs(ALNUM, 40)
    return ['		"wandb": {', '			"url": "http://minio.example.internal:9000",', '			"accessKey": "%s",' % rs(UPPER_ALNUM, 20),
            '			"secretKey": "%s",' % sk, '			"api": "s3v4",', '			"path": "auto"'], [sk]


@pos("azure_connection_string")
def _():
    k = b64bytes(64)
    return ["AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=wandbstore%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (rs(LOWER_ALNUM, 4), k)], [k]


@pos("azure_sas_url")
def _():
    sig = b64bytes(32)
    esig = q(sig)
    return ["INFO  uploading to https://wandbstore.blob.core.windows.net/wandb/%s/files/model.pt?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2024-04-01T00:00:00Z&st=2024-03-01T00:00:00Z&spr=https&sig=%s"
            % (uuid4(), esig)], [esig]


@pos("gcs_service_account_json")
def _():
    body, secs = pem_body("rsa")
    pk = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"
    return ["{", '  "type": "service_account",', '  "project_id": "wandb-prod-%s",' % rs(LOWER_ALNUM, 6),
            '  "private_key_id": "%s",' % hexs(40), '  "private_key": "%s",' % pk,
            '  "client_email": "wandb@wandb-prod.iam.gserviceaccount.com",'], secs


@pos("gcp_api_key")
def _():
    k = "AIza" + rs(ALNUM + "-_", 35)
    return ['  apiKey: "%s"' % k], [k]


# ---- Redis ----
@pos("redis_cli_a_flag")
def _():
    p = pw_alnum(R.choice([20, 32]))
    return ["root@wandb-0:/# redis-cli -h %s -p 6379 -a %s --no-auth-warning ping" % (redis_host(), p)], [p]


@pos("redis_conf_requirepass_masterauth")
def _():
    p = pw(punct="-_.!")
    return ["requirepass %s" % p, "masterauth %s" % p], [p]


@pos("redis_sentinel_auth_pass")
def _():
    p = pw_alnum(24)
    return ["sentinel monitor gorilla %s 6379 2" % ip(), "sentinel auth-pass gorilla %s" % p], [p]


@pos("redis_acl_user_line")
def _():
    p = pw(punct="-_.!")
    return ["user wandb on >%s ~* &* +@all -@dangerous" % p], [p]


@pos("redis_monitor_auth")
def _():
    p = pw_alnum(28)
    return ['%d.%06d [0 %s:%d] "AUTH" "default" "%s"' % (R.randint(1700000000, 1720000000), R.randint(0, 999999), ip(), R.randint(30000, 60000), p)], [p]


@pos("redis_py_from_url_traceback")
def _():
    p = pw_alnum(26)
    return ['  File "/app/worker.py", line 41, in <module>',
            "    r = redis.Redis.from_url('rediss://default:%s@%s:6380/0')" % (p, redis_host()),
            "redis.exceptions.ConnectionError: Error 111 connecting to %s:6380. Connection refused." % redis_host()], [p]


@pos("redis_server_ps_requirepass")
def _():
    p = pw_alnum(32)
    return ["redis      %d  0.3  0.1  55412  9880 ?  Ssl  10:02   0:14 redis-server *:6379 --requirepass %s --appendonly yes" % (R.randint(7, 900), p)], [p]


# ---- MySQL ----
@pos("mysql_cli_p_attached")
def _():
    p = pw(punct="-_.!%^")
    return ["mysql -h%s -u%s -p%s -Dwandb_local --execute=\"SELECT 1\"" % (host(), user(), p)], [p]


@pos("mysql_cli_password_single_quoted_space")
def _():
    p = pw(punct="-_.!@#") [:10] + " " + pw_alnum(8)
    return ["$ mysql --host=%s --user=wandb --password='%s' wandb_local" % (host(), p)], [p]


@pos("mysql_my_cnf_client")
def _():
    p = pw(punct="!@#$%^&*-_=+;:/")
    return ["[client]", "user=wandb", 'password="%s"' % p, "host=%s" % host()], [p]


@pos("mysql_go_dsn_log")
def _():
    p = pw(punct="-_.!")
    return ["[mysql] %s connector.go:95: could not use requested auth plugin 'mysql_native_password': dsn=%s:%s@tcp(%s:3306)/wandb_local?parseTime=true&charset=utf8mb4"
            % (ts_plain(), user(), p, host())], [p]


@pos("mysql_jdbc_url_password_param")
def _():
    p = pw(punct="-_.!")
    return ["%s INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting... jdbcUrl=jdbc:mysql://%s:3306/wandb?user=wandb&password=%s&useSSL=true"
            % (ts_py(), host(), p)], [p]


@pos("mysql_sqlalchemy_urlencoded")
def _():
    p = pw(punct="@#:/%?&")
    e = q(p)
    return ["engine = create_engine('mysql+pymysql://wandb:%s@%s:3306/wandb_local')" % (e, host())], [e]


@pos("mysql_change_master")
def _():
    p = pw(punct="-_.!@#")
    return ["CHANGE MASTER TO MASTER_HOST='%s', MASTER_USER='repl', MASTER_PASSWORD='%s', MASTER_LOG_FILE='mysql-bin.000042', MASTER_LOG_POS=%d;"
            % (host(), p, R.randint(1000, 999999))], [p]


@pos("mysql_change_replication_source")
def _():
    p = pw(punct="-_.!")
    return ["mysql> CHANGE REPLICATION SOURCE TO", "    ->   SOURCE_HOST='%s'," % host(),
            "    ->   SOURCE_USER='repl',", "    ->   SOURCE_PASSWORD='%s'," % p, "    ->   SOURCE_AUTO_POSITION=1;"], [p]


@pos("mysql_general_log_create_user")
def _():
    p = pw(punct="-_.!#")
    return ["%s\t   %d Query\tCREATE USER 'wandb'@'%%' IDENTIFIED BY '%s'" % (ts(), R.randint(8, 400), p)], [p]


@pos("mysql_alter_user_identified_with")
def _():
    p = pw(punct="-_.!")
    return ["ALTER USER 'wandb'@'%%' IDENTIFIED WITH mysql_native_password BY '%s';" % p], [p]


# ---- HTTP / OAuth / OIDC ----
@pos("oauth_token_form_body")
def _():
    code = rs(ALNUM + "-_", 43)
    cs = rs(ALNUM + "-_~.", 40)
    return ["POST /oauth2/v1/token body: grant_type=authorization_code&code=%s&redirect_uri=https%%3A%%2F%%2Fwandb.example.com%%2Foidc%%2Fcallback&client_id=%s&client_secret=%s"
            % (code, "0oa" + alnum(17), cs)], [code, cs]


@pos("oidc_token_response_json")
def _():
    at, atsig = jwt()
    it, itsig = jwt(extra={"email": "user@example.com"})
    rt = rs(ALNUM + "-_", 54)
    return [json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt,
                        "id_token": it, "scope": "openid profile email offline_access"})], [atsig, itsig, rt]


@pos("oidc_callback_code_access_log")
def _():
    code = rs(ALNUM + "-_", R.choice([32, 43]))
    return ['%s - - [12/Mar/2024:10:11:12 +0000] "GET /oidc/callback?code=%s&state=%s HTTP/1.1" 302 0 "-" "Mozilla/5.0"'
            % (ip(), code, alnum(16))], [code]


@pos("curl_v_bearer_jwt")
def _():
    tok, sig = jwt()
    return ["> GET /api/v1/viewer HTTP/1.1", "> Host: wandb.example.com", "> Authorization: Bearer %s" % tok,
            "> Accept: */*"], [sig]


@pos("http_header_value_next_line")
def _():
    k = wandb_key()
    full, seg = b64_segment("api:", k)
    return ["request header Authorization:", "    Basic %s" % full], [seg]


@pos("http_cookie_session")
def _():
    s = rs(ALNUM + "-_", 64)
    return ["Cookie: _ga=GA1.2.%d.%d; wandb_session=%s; theme=dark" % (R.randint(10**8, 10**9), R.randint(10**8, 10**9), s)], [s]


@pos("http_set_cookie_session")
def _():
    s = b64url_nopad(48)
    return ["< Set-Cookie: session=%s; Path=/; HttpOnly; Secure; SameSite=Lax" % s], [s]


@pos("nginx_access_query_api_key")
def _():
    k = wandb_key()
    return ['%s - - [12/Mar/2024:10:11:12 +0000] "GET /files/%s?api_key=%s&download=true HTTP/1.1" 200 1832 "-" "python-requests/2.31.0"'
            % (ip(), uuid4(), k)], [k]


@pos("ingress_log_access_token_query")
def _():
    tok, sig = jwt()
    return ['[%s] [%s] "GET /console/settings?access_token=%s HTTP/2.0" 200 612 "-" "Mozilla/5.0" 418 0.004 [wandb-wandb-app-8080] []'
            % (ip(), ip(), tok)], [sig]


@pos("x_api_key_header")
def _():
    k = "sk-" + rs(ALNUM, 48)
    return ["    x-api-key: %s" % k], [k]


@pos("curl_u_basic_credentials")
def _():
    p = pw(punct="-_.!")
    return ["curl -sS -u admin:%s http://grafana.example.internal:3000/api/health" % p], [p]


@pos("url_userinfo_in_log")
def _():
    p = pw(punct="-_.~")
    return ["%s WARN retrying GET http://svc-user:%s@prometheus.monitoring.svc.cluster.local:9090/api/v1/query (attempt 2/5)" % (ts(), p)], [p]


# ---- SMTP / LDAP ----
@pos("smtp_ini_section")
def _():
    p = pw(punct="-_.!#")
    return ["[smtp]", "host = smtp.example.com", "port = 587", "user = alerts@example.com", "password = %s" % p], [p]


@pos("ldapsearch_w_flag")
def _():
    p = pw(punct="-_.!#@")
    return ['ldapsearch -x -H ldaps://ldap.example.internal -D "cn=admin,dc=example,dc=org" -w \'%s\' -b "ou=people,dc=example,dc=org"' % p], [p]


@pos("ldap_bind_password_yaml")
def _():
    p = pw(punct="-_.!")
    return ["ldap:", "  bindDN: cn=wandb-svc,ou=service,dc=example,dc=org", "  bindPassword: %s" % p], [p]


# ---- credential files ----
@pos("htpasswd_bcrypt")
def _():
    h = "$2y$10$" + rs(ALNUM + "./", 53)
    return ["admin:%s" % h], [h[7:]]


@pos("pgpass_line")
def _():
    p = pw(punct="-_.!@")
    return ["%s:5432:*:wandb:%s" % (R.choice(["db.example.com", "localhost", "10.20.3.14"]), p)], [p]


@pos("git_credentials_glpat")
def _():
    t = "glpat-" + rs(ALNUM + "-_", 20)
    return ["https://oauth2:%s@gitlab.example.com" % t], [t]


@pos("git_clone_github_pat")
def _():
    t = "github_pat_" + alnum(22) + "_" + alnum(59)
    return ["+ git clone https://x-access-token:%s@git.example.com/ml/wandb-config.git" % t], [t]


@pos("pip_conf_index_url_creds")
def _():
    p = pw_alnum(32)
    return ["[global]", "index-url = https://deploy:%s@artifacts.example.internal/api/pypi/simple" % p], [p]


@pos("npmrc_auth_token")
def _():
    t = "npm_" + alnum(36)
    return ["//npm.example.internal/:_authToken=%s" % t], [t]


@pos("pypirc_token")
def _():
    t = "pypi-AgEIcHlwaS5vcmc" + rs(ALNUM + "-_", 150)
    return ["[internal]", "username = __token__", "password = %s" % t], [t]


@pos("gh_hosts_oauth_token")
def _():
    t = "gho_" + alnum(36)
    return ["github.com:", "    user: ml-bot", "    oauth_token: %s" % t, "    git_protocol: https"], [t]


@pos("maven_settings_xml_password")
def _():
    p = pw(punct="-_.!#")
    return ["    <server>", "      <id>internal</id>", "      <username>deploy</username>",
            "      <password>%s</password>" % p, "    </server>"], [p]


# ---- vendor tokens in various contexts ----
@pos("github_classic_token_env")
def _():
    t = "ghp_" + alnum(36)
    return ["GITHUB_TOKEN=%s" % t], [t]


@pos("gitlab_private_token_header")
def _():
    t = "glpat-" + rs(ALNUM + "-_", 20)
    return ["> PRIVATE-TOKEN: %s" % t], [t]


@pos("slack_bot_token_env")
def _():
    t = "xoxb-%d-%d-%s" % (R.randint(10**10, 10**11), R.randint(10**12, 10**13), alnum(24))
    return ['SLACK_BOT_TOKEN="%s"' % t], [t]


@pos("slack_webhook_url")
def _():
    sec = alnum(24)
    return ["slack_webhook_url: https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UPPER_ALNUM, 8), rs(UPPER_ALNUM, 10), sec)], [sec]


@pos("teams_webhook_url")
def _():
    h = hexs(32)
    v2 = "V2" + rs(ALNUM + "-_", 43)
    return ['  "webhookUrl": "https://example.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/%s",' % (uuid4(), uuid4(), h, uuid4(), v2)], [h, v2]


@pos("discord_webhook_url")
def _():
    t = rs(ALNUM + "-_", 68)
    return ["DISCORD_WEBHOOK=https://discord.com/api/webhooks/%d/%s" % (R.randint(10**17, 10**18), t)], [t]


@pos("openai_key_python_assign")
def _():
    t = "sk-proj-" + rs(ALNUM + "-_", 100)
    return ['openai.api_key = "%s"' % t], [t]


@pos("hf_token_cli_login")
def _():
    t = "hf_" + alnum(34)
    return ["huggingface-cli login --token %s --add-to-git-credential" % t], [t]


@pos("stripe_key_json_config")
def _():
    t = "sk_live_" + alnum(R.choice([24, 99]))
    return ['{"billing": {"provider": "stripe", "secret_key": "%s", "currency": "usd"}}' % t], [t]


@pos("sendgrid_key_yaml")
def _():
    t = "SG.%s.%s" % (rs(ALNUM + "-_", 22), rs(ALNUM + "-_", 43))
    return ["  sendgrid:", "    apiKey: %s" % t], [t]


@pos("jwt_in_json_log_field")
def _():
    tok, sig = jwt(alg="HS256")
    return [json.dumps({"ts": ts(), "level": "warn", "caller": "auth/middleware.go:88", "msg": "token rejected",
                        "token": tok, "reason": "audience mismatch"})], [sig]


# ---- PEM private keys ----
@pos("pem_rsa_private_key")
def _():
    body, secs = pem_body("rsa")
    return ["-----BEGIN PRIVATE KEY-----"] + body + ["-----END PRIVATE KEY-----"], secs


@pos("pem_ec_key_yaml_block_scalar")
def _():
    body, secs = pem_body("ec")
    return ["  tls.key: |", "    -----BEGIN EC PRIVATE KEY-----"] + ["    " + b for b in body] + ["    -----END EC PRIVATE KEY-----"], secs


@pos("openssh_private_key")
def _():
    body, secs = pem_body("openssh")
    return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + body + ["-----END OPENSSH PRIVATE KEY-----"], secs


# ---- IaC ----
@pos("terraform_state_attributes")
def _():
    p = pw(punct="-_.!#")
    return ['          "attributes": {', '            "allocated_storage": 100,', '            "engine": "mysql",',
            '            "password": "%s",' % jesc(p), '            "username": "wandb",'], [jesc(p)]


@pos("terraform_plan_nonsensitive")
def _():
    p = pw_alnum(24)
    return ['  # module.redis.aws_elasticache_replication_group.default will be created', '  + resource "aws_elasticache_replication_group" "default" {',
            '      + auth_token                 = "%s"' % p, '      + engine                     = "redis"'], [p]


@pos("terraform_tfvars")
def _():
    p = pw(punct="-_.!")
    return ['database_master_password = "%s"' % p], [p]


@pos("terraform_random_password_result")
def _():
    p = pw(punct="_+=()")
    return ['# random_password.mysql:', 'resource "random_password" "mysql" {', '    id          = "none"',
            '    result      = "%s"' % p, '    special     = true'], [p]


# ---- language-level dumps ----
@pos("python_dict_repr_log")
def _():
    p = pw(punct="-_.!@#")
    return ["%s INFO db.py:22 connecting with {'host': '%s', 'port': 3306, 'user': 'wandb', 'password': '%s', 'db': 'wandb_local'}"
            % (ts_py(), host(), p)], [p]


@pos("python_requests_exception_url")
def _():
    k = wandb_key()
    return ["requests.exceptions.ConnectionError: HTTPConnectionPool(host='wandb.example.internal', port=8080): Max retries exceeded with url: /api/v1/export?token=%s&format=csv (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))" % k], [k]


@pos("go_struct_plus_v")
def _():
    p = pw(punct="-_.!#")
    return ["%s config: {Host:%s Port:3306 User:wandb Password:%s Database:wandb_local TLS:preferred}" % (ts_plain(), host(), p)], [p]


@pos("go_struct_sharp_v")
def _():
    p = pw(punct="-_.!")
    return ['&config.Redis{Addr:"%s:6379", Username:"default", Password:"%s", DB:0, TLS:true}' % (redis_host(), p)], [p]


@pos("java_properties_datasource")
def _():
    p = pw(punct="-_.!#")
    return ["spring.datasource.url=jdbc:mysql://%s:3306/wandb" % host(), "spring.datasource.username=wandb",
            "spring.datasource.password=%s" % p], [p]


@pos("hcl_secret_key")
def _():
    sk = aws_secret()
    return ['  secret_key = "%s"' % sk], [sk]


@pos("powershell_env_assign")
def _():
    k = wandb_key()
    return ['PS C:\\Users\\ml> $env:WANDB_API_KEY = "%s"' % k], [k]


@pos("windows_cmd_set")
def _():
    sk = aws_secret()
    return ["C:\\work> set AWS_SECRET_ACCESS_KEY=%s" % sk], [sk]


@pos("systemd_environment_line")
def _():
    tok, sig = wandb_license()
    return ['Environment="LICENSE=%s"' % tok], [sig]


@pos("ci_log_env_dump")
def _():
    t = "hf_" + alnum(34)
    k = wandb_key()
    return ["##[group]Run python train.py", "env:", "  HF_TOKEN: %s" % t, "  WANDB_API_KEY: %s" % k, "##[endgroup]"], [t, k]


@pos("ci_set_x_trace")
def _():
    p = pw(punct="-_.")
    return ["+ export MYSQL_PASSWORD=%s" % p, "+ ./migrate.sh --db wandb_local"], [p]


# ---- adversarial variants ----
@pos("json_in_json_escaped_password")
def _():
    p = pw_alnum(R.randint(6, 10)) + R.choice(['"', '\\', '\\"', '"\\']) + pw(R.randint(8, 12), punct="!@#-_")
    inner = json.dumps({"mysql": {"host": host(), "user": "wandb", "password": p}})
    line = json.dumps({"level": "info", "ts": ts(), "msg": "loaded config: " + inner})
    esc2 = jesc(jesc(p))
    out = [esc2]
    return [line], out


@pos("base64_json_config_blob")
def _():
    p = pw_alnum(R.randint(20, 30))
    prefix = '{"mysql":{"host":"%s","user":"wandb","password":"' % host()
    full, seg = b64_segment(prefix, p, '"},"bucket":"s3://wandb-files"}')
    return ["WANDB_CONFIG_B64=%s" % full], [seg]


@pos("yaml_block_scalar_literal_strip")
def _():
    p = pw(punct="-_.!#: ")
    p = p.strip()
    return ["mysql:", "  password: |-", "    %s" % p, "  user: wandb"], [p]


@pos("yaml_folded_scalar_token")
def _():
    t = "ghp_" + alnum(36)
    return ["ci:", "  githubToken: >", "    %s" % t], [t]


@pos("shell_line_continuation_value")
def _():
    p = pw(punct="-_.!")
    return ["export REDIS_PASSWORD=\\", "  '%s'" % p], [p]


@pos("key_camel_kebab_variants")
def _():
    p = pw(punct="-_.!")
    key = R.choice(["dbPassword", "db-password", "DB_PASS", "mysqlPasswd", "database.pass", "adminPwd"])
    sep = R.choice([": ", "=", " = ", ":\t"])
    return ["%s%s%s" % (key, sep, p)], [p]


@pos("json_pwd_key")
def _():
    p = pw(punct="-_.!")
    return ['{"Server":"%s","Uid":"wandb","Pwd":"%s","Database":"wandb_local"}' % (host(), p)], [p]


@pos("non_english_keys")
def _():
    p = pw(punct="-_.!")
    key = R.choice(["Passwort", "mot_de_passe", "contraseña", "パスワード", "密码", "пароль"])
    sep = R.choice([": ", "=", "："])
    return ["%s%s%s" % (key, sep, p)], [p]


@pos("unicode_around_value")
def _():
    k = wandb_key()
    return ["🔑 WANDB_API_KEY → «%s» ✅" % k], [k]


@pos("very_long_logfmt_line")
def _():
    p = pw(punct="-_.")
    fields = ['ts=%s' % ts(), 'level=debug', 'component=gorilla']
    for i in range(R.randint(60, 90)):
        fields.append("k%d=%s" % (i, alnum(R.randint(6, 18))))
    pos_ = R.randint(20, len(fields) - 10)
    fields.insert(pos_, "db_password=%s" % p)
    return [" ".join(fields)], [p]


@pos("secret_at_line_start")
def _():
    t = "ghp_" + alnum(36)
    return ["%s  # ci bot token, rotate quarterly" % t], [t]


@pos("cat_token_file_next_line")
def _():
    k = wandb_key()
    return ["$ cat /var/run/secrets/wandb/api-key", k], [k]


@pos("tab_separated_kv")
def _():
    p = pw(punct="-_.!")
    return ["MYSQL_USER\twandb", "MYSQL_PASSWORD\t%s" % p], [p]


@pos("multiple_secrets_one_line")
def _():
    sk, st = aws_secret(), aws_session_token()
    return ["aws configure set aws_secret_access_key %s && aws configure set aws_session_token %s" % (sk, st)], [sk, st]


@pos("csv_rows_under_header")
def _():
    rows = ["name,user,password,host"]
    ps = []
    for env in ["dev", "staging", "prod"][:R.randint(2, 3)]:
        p = pw(punct="-_.!#")
        ps.append(p)
        rows.append("%s,wandb_%s,%s,%s" % (env, env, p, host()))
    return rows, ps


@pos("markdown_table_settings")
def _():
    p = pw(punct="-_.!")
    k = wandb_key()
    return ["| Setting | Value |", "|---|---|", "| HOST | https://wandb.example.com |", "| MYSQL_PASSWORD | %s |" % p,
            "| WANDB_API_KEY | `%s` |" % k], [p, k]


@pos("psql_table_row")
def _():
    t = rs(ALNUM, 40)
    return ["   name    |                  token                   ", "-----------+------------------------------------------",
            " ci-runner | %s" % t], [t]


@pos("logfmt_quoted_password")
def _():
    p = pw(punct="-_.!# ")
    p = p.strip()
    return ['level=info msg="db connect" user=wandb password="%s" host=%s' % (p, host())], [p]


@pos("kv_after_word_colon")
def _():
    t = rs(ALNUM + "-_", 40)
    return ["%s ERROR: auth failed: token=%s status=401" % (ts(), t)], [t]


@pos("passphrase_double_quoted")
def _():
    p = passphrase()
    return ['ssl_key_passphrase = "%s"' % p], [p]


@pos("password_with_special_chars_toml")
def _():
    p = pw(punct="@#:/;=&%")
    return ["[database]", "password = '%s'" % p], [p]


@pos("env_file_inline_comment")
def _():
    p = pw(punct="-_.!")
    return ["DB_PASSWORD=%s # rotated by ops" % p], [p]


@pos("flag_space_separated_token")
def _():
    t = rs(ALNUM, 48)
    return ["wandb-controller --namespace wandb --api-token %s --verbose" % t], [t]


@pos("yaml_single_quoted_with_quote_escape")
def _():
    a, b = pw(punct="-_.!"), pw_alnum(8)
    p = a + "'" + b
    return ["redis:", "  password: '%s'" % p.replace("'", "''")], [a, b]


@pos("url_encoded_form_password")
def _():
    p = pw(punct="@#&=+% ")
    e = urllib.parse.quote_plus(p)
    return ["%s DEBUG body=username=admin&password=%s&remember=true" % (ts(), e)], [e]


@pos("double_escaped_python_repr_in_json")
def _():
    p = pw(punct="-_.!")
    inner = "Settings(api_key='%s', base_url='http://wandb.example.internal:8080')" % wandb_key()
    # api key plus a password inside a JSON string
    k = inner.split("'")[1]
    msg = json.dumps({"event": "settings", "repr": inner, "extra": {"db_password": p}})
    return [msg], [k, p]


# ================================================================ NEGATIVES
@neg("image_digest")
def _():
    return ["    image: wandb/local@sha256:%s" % hexs(64)]


@neg("git_sha_env")
def _():
    return ["GIT_COMMIT=%s" % hexs(40)]


@neg("git_log_commit")
def _():
    return ["commit %s" % hexs(40), "Merge: %s %s" % (hexs(7), hexs(7)),
            "Author: CI Bot <ci@example.com>", "    fix token refresh race in password reset flow"]


@neg("etag_header")
def _():
    return ['< ETag: "%s"' % hexs(32)]


@neg("s3_multipart_etag")
def _():
    return ['{"ETag": "\\"%s-%d\\"", "Key": "wandb/%s/output.log", "Size": %d}' % (hexs(32), R.randint(2, 40), uuid4(), R.randint(1000, 10**8))]


@neg("content_md5_header")
def _():
    return ["Content-MD5: %s" % base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()]


@neg("amz_request_ids")
def _():
    return ["< x-amz-request-id: %s" % rs(UPPER_ALNUM, 16),
            "< x-amz-id-2: %s" % base64.b64encode(bytes(R.getrandbits(8) for _ in range(57))).decode()]


@neg("request_id_uuid")
def _():
    return ["%s INFO request completed request_id=%s status=200 duration_ms=%d" % (ts(), uuid4(), R.randint(2, 900))]


@neg("traceparent_header")
def _():
    return ["traceparent: 00-%s-%s-01" % (hexs(32), hexs(16))]


@neg("k8s_secret_key_ref")
def _():
    return ["            - name: MYSQL_PASSWORD", "              valueFrom:", "                secretKeyRef:",
            "                  name: %s" % R.choice(["wandb-mysql", "wandb-app-config", "external-db"]),
            "                  key:  MYSQL_PASSWORD"]


@neg("helm_password_secret_ref")
def _():
    return ["    passwordSecret:", '      name: "%s"' % R.choice(["wandb-mysql-creds", "db-secret", "mysql-auth"]),
            '      passwordKey: "MYSQL_PASSWORD"', '      rootPasswordKey: "MYSQL_ROOT_PASSWORD"']


@neg("helm_password_secret_flow_map")
def _():
    return ["  passwordSecret: {name: %s, key: password}" % R.choice(["redis-auth", "wandb-redis", "cache-secret"])]


@neg("docker_secret_file_env")
def _():
    return ["      - %s=/run/secrets/%s" % R.choice([("MYSQL_PASSWORD_FILE", "mysql_password"), ("MINIO_ROOT_PASSWORD_FILE", "minio_root_password"),
                                                        ("WANDB_API_KEY_FILE", "wandb_api_key"), ("REDIS_PASSWORD_FILE", "redis_password")])]


@neg("vault_path_reference")
def _():
    return ["password: vault:secret/data/wandb/%s#password" % R.choice(["mysql", "redis", "smtp"])]


@neg("vault_cli_command")
def _():
    return ["$ vault kv get -field=password secret/wandb/%s" % R.choice(["mysql", "redis", "oidc"])]


@neg("aws_secrets_manager_arn")
def _():
    return ["DB_SECRET_ARN=arn:aws:secretsmanager:us-east-1:%d:secret:wandb/%s-%s" % (R.randint(10**11, 10**12 - 1), R.choice(["mysql", "license", "redis"]), alnum(6))]


@neg("ssh_public_key")
def _():
    return ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@example.com" % (rs(B64, 43), R.choice(["ops", "ci", "ml"]))]


@neg("pem_certificate")
def _():
    raw = bytes.fromhex("308203") + bytes(R.getrandbits(8) for _ in range(300))
    b = base64.b64encode(raw).decode()
    return ["-----BEGIN CERTIFICATE-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END CERTIFICATE-----"]


@neg("pem_public_key")
def _():
    raw = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f00") + bytes(R.getrandbits(8) for _ in range(200))
    b = base64.b64encode(raw).decode()
    return ["-----BEGIN PUBLIC KEY-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END PUBLIC KEY-----"]


@neg("jwks_public_key")
def _():
    return ['{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","e":"AQAB","n":"%s"}]}' % (hexs(16), b64url_nopad(256))]


@neg("wb_non_secret_settings")
def _():
    return [R.choice(["GORILLA_ALLOW_USER_TEAM_CREATION=true", "GORILLA_SESSION_LENGTH=720h", "OIDC_AUTH_METHOD=pkce",
                      "BUCKET_QUEUE=internal://", "LOGGING_ENABLED=true", "GORILLA_DISABLE_PERSONAL_ENTITY=true"]),
            "HOST=https://wandb.example.com", "AWS_REGION=us-east-1", "BUCKET=s3://wandb-files-%s" % rs(LOWER_ALNUM, 6)]


@neg("wb_oidc_client_id_issuer")
def _():
    return ["OIDC_CLIENT_ID=%s" % R.choice(["0oa" + alnum(17), uuid4()]),
            "OIDC_ISSUER=https://login.example.com/%s/v2.0" % uuid4()]


@neg("wb_customer_secret_store_source")
def _():
    return ["GORILLA_CUSTOMER_SECRET_STORE_SOURCE=%s" % R.choice(["k8s-secretmanager://wandb-secret", "aws-secretmanager", "gcp-secretmanager", "az-secretmanager"])]


@neg("mysql_dsn_placeholders")
def _():
    return ['              value: "mysql://$(MYSQL_USER):$(MYSQL_PASSWORD)@$(MYSQL_HOST):$(MYSQL_PORT)/$(MYSQL_DATABASE)"']


@neg("kafka_addr_placeholders")
def _():
    return ['  "addr": "kafka://$(KAFKA_CLIENT_USER):$(KAFKA_CLIENT_PASSWORD)@$(KAFKA_BROKER_HOST):$(KAFKA_BROKER_PORT)/$(KAFKA_TOPIC_RUN_UPDATE_SHADOW_QUEUE)"']


@neg("template_references")
def _():
    return [R.choice(["    password: ${DB_PASSWORD}", '    password: "{{ .Values.global.mysql.password }}"',
                      "  api_key: ${{ secrets.WANDB_API_KEY }}", "password = var.database_master_password",
                      'REDIS_PASSWORD="${REDIS_PASSWORD:?must be set}"'])]


@neg("mysql_dsn_without_password")
def _():
    return ["MYSQL=mysql://wandb@%s:3306/wandb_local" % host()]


@neg("redis_url_without_password")
def _():
    return ["REDIS=redis://%s:6379" % redis_host()]


@neg("shell_pwd_vars")
def _():
    return ["PWD=/home/%s/projects/%s" % (R.choice(["alice", "ml", "ubuntu"]), R.choice(["wandb", "train", "sweeps"])),
            "OLDPWD=/root", "SHLVL=1"]


@neg("nsswitch_passwd")
def _():
    return ["passwd:         files systemd", "group:          files systemd", "shadow:         files"]


@neg("etc_passwd_line")
def _():
    return ["wandb:x:%d:%d:W&B service:/home/wandb:/bin/bash" % (R.randint(999, 1100), R.randint(999, 1100))]


@neg("mysql_server_variables")
def _():
    return [R.choice(["validate_password.length = 8", "validate_password.policy = MEDIUM", "password_history = 0",
                      "default_authentication_plugin = caching_sha2_password", "password_reuse_interval = 0",
                      "caching_sha2_password_auto_generate_rsa_keys = ON"])]


@neg("mysql_show_variables_table")
def _():
    return ["+--------------------------+-----------------------+", "| Variable_name            | Value                 |",
            "+--------------------------+-----------------------+", "| license                  | GPL                   |",
            "| %-24s | %-21s |" % R.choice([("password_require_current", "OFF"), ("check_proxy_users", "OFF"),
                                           ("validate_password.policy", "MEDIUM")])]


@neg("mysql_cli_warnings")
def _():
    return [R.choice(["mysql: [Warning] Using a password on the command line interface can be insecure.",
                      "ERROR 1045 (28000): Access denied for user 'wandb'@'%s' (using password: YES)" % ip(),
                      "Enter password: "])]


@neg("mysql_cli_prompt_flag")
def _():
    return ["$ mysql -u wandb -p -h %s wandb_local" % host()]


@neg("masked_values")
def _():
    return [R.choice(["password: ********", "MYSQL_PASSWORD=<redacted>", '"secretKey": "REDACTED"', "token=[FILTERED]",
                      "api_key: ***", "WANDB_API_KEY=<hidden>", "clientSecret: '<masked>'", "password=xxxxxxxx"])]


@neg("terraform_sensitive_value")
def _():
    return ['      + password                = (sensitive value)', '      + username                = "wandb"']


@neg("k8s_describe_secret_bytes")
def _():
    return ["Data", "====", "MYSQL_PASSWORD:  %d bytes" % R.randint(12, 40), "MYSQL_USER:      5 bytes"]


@neg("kubectl_get_secrets_table")
def _():
    return ["NAME                TYPE                             DATA   AGE",
            "wandb-mysql         Opaque                           2      %dd" % R.randint(1, 90),
            "regcred             kubernetes.io/dockerconfigjson   1      %dd" % R.randint(1, 90)]


@neg("k8s_secret_names_refs")
def _():
    return ["      imagePullSecrets:", "        - name: regcred", "      serviceAccountName: wandb-app",
            "      automountServiceAccountToken: false"]


@neg("k8s_tls_secret_name")
def _():
    return ["  tls:", "    - secretName: wandb-tls", "      hosts:", "        - wandb.example.com"]


@neg("token_type_bearer")
def _():
    return [R.choice(["token_type: Bearer", '"token_type":"Bearer","expires_in":3599,"scope":"openid email"'])]


@neg("www_authenticate_header")
def _():
    return ['< WWW-Authenticate: Bearer realm="wandb", error="invalid_token", error_description="The access token expired"']


@neg("cors_allow_headers")
def _():
    return ["Access-Control-Allow-Headers: Authorization, Content-Type, X-API-Key, X-Wandb-Username"]


@neg("tokenizer_names")
def _():
    return [R.choice(["tokenizer_name: bert-base-uncased", "Loading tokenizer from /models/llama/tokenizer.json",
                      "max_new_tokens=512 tokens_per_second=%0.1f" % R.uniform(100, 3000),
                      "tokenizer: sentencepiece vocab_size=32000"])]


@neg("metric_names_secretish")
def _():
    return ['%s{status="ok"} %d' % (R.choice(["wandb_secret_store_requests_total", "auth_token_refresh_total",
                                              "password_reset_emails_sent_total", "api_key_validations_total"]), R.randint(0, 9999))]


@neg("base64_nonsecret_json")
def _():
    obj = R.choice([{"theme": "dark", "banner": "Scheduled maintenance Saturday"}, {"cursor": R.randint(1, 99999), "dir": "next"},
                    {"panels": ["loss", "accuracy"], "smoothing": 0.6}])
    return ["BANNERS_B64=%s" % base64.b64encode(json.dumps(obj).encode()).decode()]


@neg("pagination_cursor_b64")
def _():
    c = base64.b64encode(json.dumps({"id": R.randint(1, 10**6), "createdAt": ts()}).encode()).decode()
    return ['%s - - [12/Mar/2024:10:11:12 +0000] "GET /api/v1/runs?after=%s&first=50 HTTP/1.1" 200 8812' % (ip(), q(c))]


@neg("jwt_header_only_decoded")
def _():
    return ['decoded header: {"alg":"RS256","typ":"JWT","kid":"%s"}' % hexs(16)]


@neg("oidc_discovery_doc")
def _():
    return ['  "token_endpoint": "https://idp.example.com/oauth2/v1/token",',
            '  "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],',
            '  "grant_types_supported": ["authorization_code", "refresh_token"],']


@neg("pkce_code_challenge_url")
def _():
    return ["302 Location: https://idp.example.com/authorize?response_type=code&client_id=%s&code_challenge=%s&code_challenge_method=S256&scope=openid+email"
            % (uuid4(), b64url_nopad(32))]


@neg("smtp_non_secret_settings")
def _():
    return ["smtp.starttls.enable=true", "smtp.port=587", "smtp.auth.mechanism=PLAIN", "smtp.host=smtp.example.com"]


@neg("ldap_non_secret_settings")
def _():
    return ["  bindDN: cn=readonly,dc=example,dc=org", "  userSearchFilter: (uid={0})", "  groupSearchBase: ou=groups,dc=example,dc=org"]


@neg("nginx_htpasswd_path")
def _():
    return ['    auth_basic "Restricted";', "    auth_basic_user_file /etc/nginx/.htpasswd;"]


@neg("sha256sum_output")
def _():
    return ["%s  wandb-server-%d.%d.%d.tar.gz" % (hexs(64), R.randint(0, 1), R.randint(40, 70), R.randint(0, 9))]


@neg("pip_requirement_hash")
def _():
    return ["wandb==0.%d.%d \\" % (R.randint(15, 19), R.randint(0, 9)), "    --hash=sha256:%s" % hexs(64)]


@neg("npm_lock_integrity")
def _():
    return ['      "integrity": "sha512-%s",' % base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()]


@neg("go_sum_line")
def _():
    return ["github.com/go-sql-driver/mysql v1.7.%d h1:%s" % (R.randint(0, 9), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode())]


@neg("docker_pull_progress")
def _():
    return ["%s: Pull complete" % hexs(12), "Digest: sha256:%s" % hexs(64), "Status: Downloaded newer image for wandb/local:latest"]


@neg("k8s_metadata_ids")
def _():
    return ["  uid: %s" % uuid4(), '  resourceVersion: "%d"' % R.randint(10**5, 10**8), "    pod-template-hash: %s" % rs(LOWER_ALNUM, 10)]


@neg("wandb_run_url_and_ids")
def _():
    rid = rs(LOWER_ALNUM, 8)
    return ["wandb: 🚀 View run %s at: http://wandb.example.internal:8080/ml-team/llm-eval/runs/%s" % (R.choice(["glorious-sun-12", "dry-wave-3"]), rid),
            "wandb: Run data is saved locally in /home/ml/wandb/run-20240312_101112-%s" % rid]


@neg("wandb_artifact_digest")
def _():
    return ['{"path": "model.pt", "digest": "%s", "size": %d, "ref": null}' % (base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode(), R.randint(10**3, 10**9))]


@neg("wandb_client_env_non_secret")
def _():
    return ["WANDB_BASE_URL=http://wandb.example.internal:8080", "WANDB_ENTITY=ml-team", "WANDB_PROJECT=llm-eval", "WANDB_MODE=online"]


@neg("empty_or_null_secret_values")
def _():
    return [R.choice(['password: ""', "api_key: null", "apiKey: ''", "MYSQL_PASSWORD=", "clientSecret: ~", "secretKey: \"\""])]


@neg("python_settings_none_key")
def _():
    return ["Settings(api_key=None, base_url='http://wandb.example.internal:8080', mode='offline', project='%s')" % R.choice(["sweeps", "llm-eval"])]


@neg("go_struct_empty_password")
def _():
    return ["config: {Host:%s Port:3306 User:wandb Password: Database:wandb_local TLS:preferred}" % host()]


@neg("log_messages_about_secrets")
def _():
    return ['%s level=%s msg="%s" user=%s' % (ts(), R.choice(["warn", "error"]), R.choice(["invalid password for user", "API key is invalid or expired",
                                                                                         "token expired, refreshing", "secret not found in store"]), R.choice(["alice", "bob", "wandb"]))]


@neg("k8s_secret_not_found_event")
def _():
    return ['  Warning  FailedMount  %dm  kubelet  MountVolume.SetUp failed for volume "license" : secret "wandb-license" not found' % R.randint(1, 59)]


@neg("minio_arn_startup")
def _():
    return ["Bucket created successfully `local/local-files`.", "Successfully added arn:minio:sqs:wandb-local:_:redis"]


@neg("aws_role_and_token_file")
def _():
    return ["AWS_ROLE_ARN=arn:aws:iam::%d:role/wandb-app" % R.randint(10**11, 10**12 - 1),
            "AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token"]


@neg("gcp_credentials_path")
def _():
    return ["GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json"]


@neg("gcs_sa_json_public_fields")
def _():
    return ['  "type": "service_account",', '  "client_email": "wandb@wandb-prod.iam.gserviceaccount.com",',
            '  "client_id": "%d",' % R.randint(10**20, 10**21 - 1), '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",']


@neg("azure_account_name_only")
def _():
    return ["AZURE_STORAGE_ACCOUNT=wandbstore%s" % rs(LOWER_ALNUM, 4), "AZURE_STORAGE_CONTAINER=wandb"]


@neg("redis_acl_nopass_and_monitor")
def _():
    return ["user default on nopass sanitize-payload ~* &* +@all", "sentinel monitor gorilla %s 6379 2" % ip()]


@neg("redis_info_output")
def _():
    return ["# Clients", "connected_clients:%d" % R.randint(1, 200), "used_memory_human:%0.2fM" % R.uniform(1, 900), "role:master"]


@neg("x_amz_content_sha256")
def _():
    return ["x-amz-content-sha256:%s" % hexs(64), "x-amz-date:20240312T101112Z"]


@neg("ssh_key_fingerprint")
def _():
    return ["256 SHA256:%s ops@example.com (ED25519)" % base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")]


@neg("tls_cert_fingerprint")
def _():
    return ["SHA256 Fingerprint=%s" % ":".join(rs("0123456789ABCDEF", 2) for _ in range(32))]


@neg("known_hosts_hashed")
def _():
    return ["|1|%s|%s ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s" % (
        base64.b64encode(bytes(R.getrandbits(8) for _ in range(20))).decode(),
        base64.b64encode(bytes(R.getrandbits(8) for _ in range(20))).decode(), rs(B64, 80))]


@neg("git_remote_no_creds")
def _():
    return ["origin\thttps://gitlab.example.com/ml/wandb-config.git (fetch)", "upstream\tgit@gitlab.example.com:ml/wandb-config.git (push)"]


@neg("email_and_user_at_host")
def _():
    return ["Sent invite to %s@example.com via smtp://smtp.example.com:587 (user=alerts)" % R.choice(["alice", "bob", "carol"])]


@neg("csv_metrics_with_header")
def _():
    rows = ["run_id,step,loss,accuracy"]
    for i in range(3):
        rows.append("%s,%d,%0.4f,%0.4f" % (rs(LOWER_ALNUM, 8), i * 100, R.uniform(0, 3), R.uniform(0, 1)))
    return rows


@neg("license_words")
def _():
    return [R.choice(["License: Apache-2.0", "LICENSE_FILE=/etc/wandb/license.txt", "  license: MIT",
                      "| license | GPL |", "wandb server license: valid (seats 25/100, expires 2025-06-30)"])]


@neg("password_policy_settings")
def _():
    return ["PASSWORD_MIN_LENGTH=%d" % R.choice([8, 12, 14]), "password_reset_ttl: 24h", "require_mfa: true"]


@neg("pod_hash_and_container_id")
def _():
    return ["Container ID:   containerd://%s" % hexs(64), "Image ID:       registry.example.com/wandb/local@sha256:%s" % hexs(64)]


@neg("secret_ref_in_cli_flags")
def _():
    return ["helm install wandb wandb/operator-wandb --set global.mysql.passwordSecret.name=wandb-mysql --set global.licenseSecret.name=wandb-license --set global.licenseSecret.key=LICENSE"]


@neg("sha1_hex_object_ids")
def _():
    return ["blob %s\tconfig/values.yaml" % hexs(40), "tree %s\tcharts" % hexs(40)]


@neg("uuid_api_key_id_labels")
def _():
    return ['%s level=info msg="api key created" key_id=%s user_id=%s' % (ts(), rs(LOWER_ALNUM, 8), uuid4())]


@neg("redis_cli_no_auth")
def _():
    return ["$ redis-cli -h %s -p 6379 --tls ping" % redis_host(), "PONG"]


@neg("docker_login_password_stdin")
def _():
    return ["$ cat ~/.registry-pass | docker login registry.example.com -u ci-bot --password-stdin", "Login Succeeded"]


@neg("mysql_log_connection_lines")
def _():
    return ["%s\t   %d Connect\twandb@%s on wandb_local using TCP/IP" % (ts(), R.randint(8, 400), ip()),
            "%s\t   %d Query\tSELECT 1" % (ts(), R.randint(8, 400))]


# ---------------------------------------------------------------- driver
PER_SHAPE = 3

# Fixed, publicly documented token prefixes are not secret: only the generated
# part after them is listed as the secret.
PUBLIC_PREFIXES = ["pypi-AgEIcHlwaS5vcmc", "IQoJb3JpZ2luX2Vj", "github_pat_", "sk-proj-", "sk_live_", "glpat-",
                   "local-", "xoxb-", "ghp_", "gho_", "npm_", "AIza", "hf_", "SG.", "sk-"]


def strip_prefix(sec):
    for p in PUBLIC_PREFIXES:
        if sec.startswith(p):
            return sec[len(p):]
    return sec


def main():
    pos_records, neg_records = [], []
    for name, fn in POS:
        for _ in range(PER_SHAPE):
            lines, secrets = fn()
            seen = []
            for s in secrets:
                s = strip_prefix(s)
                if s not in seen:
                    seen.append(s)
            pos_records.append({"shape": name, "lines": list(lines), "secrets": seen})
    for name, fn in NEG:
        for _ in range(PER_SHAPE):
            neg_records.append({"shape": name, "lines": list(fn())})
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos_records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in neg_records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("positives: %d records, %d shapes" % (len(pos_records), len(POS)))
    print("negatives: %d records, %d shapes" % (len(neg_records), len(NEG)))


if __name__ == "__main__":
    main()
