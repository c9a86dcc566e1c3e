#!/usr/bin/env python3
"""holdout24: sealed held-out set for the wbdiag secret redactor.

Focus: what the collectors write, end to end.  Records as they sit in a W&B
Server support bundle's files, in the layouts the collectors write them.

Python 3, stdlib only, fixed seed, deterministic.  Writes positives.jsonl and
negatives.jsonl next to this file.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import urllib.parse

SEED = 2424_2026
R = random.Random(SEED)

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
AN = LOW + UP + DIG
PWC = AN + "-_.!~+*"
HEX = "0123456789abcdef"
B64C = AN + "+/"
URLB64 = AN + "-_"

# ----------------------------------------------------------------- helpers


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pw(n=None):
    n = n or R.randint(12, 22)
    return R.choice(AN) + rs(PWC, n - 2) + R.choice(AN)


def apw(n=None):
    """alnum-only password (for places where the tool would mangle others)"""
    return rs(AN, n or R.randint(14, 24))


def hx(n):
    return rs(HEX, n)


def wkey():
    return hx(40)


def awssk():
    return rs(AN + "/+", 40)


def akid(p="AKIA"):
    return p + rs(UP + "234567", 16)


def b64(raw):
    return base64.b64encode(raw).decode()


def b64s(s):
    return b64(s.encode())


def b64np(s):
    return b64s(s).rstrip("=")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def uuid4():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(claims=None):
    hdr = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hx(16)}).encode())
    c = claims or {"iss": "https://auth.example.com/", "sub": rs(AN, 16),
                   "aud": "wandb", "exp": R.randint(1700000000, 1790000000)}
    body = b64url(json.dumps(c, separators=(",", ":")).encode())
    sig = b64url(rbytes(256))
    return hdr + "." + body + "." + sig, sig


def basic(user, password):
    """returns (base64 of user:password, listed chars encoding only password bytes)"""
    raw = (user + ":" + password).encode()
    enc = b64(raw)
    off = len(user) + 1
    start = ((off + 2) // 3) * 3
    listed = enc[start // 3 * 4:].rstrip("=")
    return enc, listed


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def jesc(s):
    return json.dumps(s)[1:-1]


def host():
    return R.choice(["mysql", "db", "wandb-mysql", "rds-wandb", "mysql-primary"]) + "." + \
        R.choice(["example.com", "example.net", "example.org", "internal.example.com"])


def ip10():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def svc(name, ns="wandb"):
    return "%s.%s.svc.cluster.local" % (name, ns)


def user():
    return R.choice(["wandb", "wandb_local", "gorilla", "wbadmin", "svc_wandb", "wandb_app"])


def ns():
    return R.choice(["wandb", "wandb-prod", "default", "wandb-server", "ml-platform"])


def podname(base):
    return "%s-%s-%s" % (base, rs(LOW + DIG, 10), rs(LOW + DIG, 5))


class Clock:
    def __init__(self):
        self.t = datetime.datetime(2023, 1, 1) + datetime.timedelta(
            seconds=R.randint(0, 3 * 365 * 86400))
        self.ns = R.randint(0, 999999999)

    def step(self, lo=1, hi=3):
        d = R.randint(lo, hi)
        self.t += datetime.timedelta(seconds=d)
        self.ns = R.randint(0, 999999999) if d else R.randint(self.ns, 999999999)

    def rfc_nano(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S") + ".%09dZ" % self.ns

    def rfc_milli(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (self.ns // 1000000)

    def rfc_micro(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % (self.ns // 1000)

    def py(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (self.ns // 1000000)

    def loguru(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (self.ns // 1000000)

    def nginx(self):
        return self.t.strftime("%Y/%m/%d %H:%M:%S")

    def clf(self):
        return self.t.strftime("%d/%b/%Y:%H:%M:%S +0000")

    def epoch(self):
        return "%d.%06d" % (int(self.t.timestamp()), self.ns // 1000)

    def java(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (self.ns // 1000000)

    def http(self):
        return self.t.strftime("%a, %d %b %Y %H:%M:%S GMT")

    def amz(self):
        return self.t.strftime("%Y%m%dT%H%M%SZ")


# ------------------------------------------------------------ registries
POS = []   # (name, fn, source)
NEG = []
SOURCES = {}

S_DOCKER_LOGS = "https://docs.docker.com/reference/cli/docker/container/logs/ (--timestamps RFC3339Nano prefix)"
S_KUBECTL_LOGS = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/ (--timestamps, --prefix)"
S_CRI = "https://grafana.com/docs/loki/latest/send-data/promtail/stages/cri/ (CRI log line <time> <stream> <P|F> <log>)"
S_JSONFILE = "https://docs.docker.com/engine/logging/drivers/json-file/ ({\"log\",\"stream\",\"time\"} records)"
S_WB_ENV = "https://docs.wandb.ai/guides/hosting/env-vars/ (LICENSE, MYSQL, BUCKET, REDIS, OIDC_*, SLACK_SECRET, GORILLA_*)"
S_OPCHART = "github:wandb/helm-charts charts/operator-wandb (global.mysql/redis/bucket values, per-service Deployments)"
S_OPERATOR = "github:wandb/operator config/samples apps_v1_weightsandbiases (spec.values.global.bucket accessKey/secretKey)"
S_ZAP = "https://pkg.go.dev/go.uber.org/zap (production JSON encoder: level, ts, caller, msg)"
S_GOPANIC = "https://pkg.go.dev/runtime (panic: ... goroutine N [running]: traceback layout)"
S_PYTB = "https://docs.python.org/3/library/traceback.html (StackSummary.format with capture_locals)"
S_STRUCTLOG = "https://www.structlog.org/en/stable/console-output.html (ConsoleRenderer, JSONRenderer)"
S_LOGURU = "https://loguru.readthedocs.io/en/stable/api/logger.html (default format time | level | name:function:line - message)"
S_PYDANTIC = "https://docs.pydantic.dev/latest/api/types/ (model repr, SecretStr shows '**********')"
S_DATACLASS = "https://docs.python.org/3/library/dataclasses.html (generated __repr__)"
S_JAVA = "https://docs.oracle.com/javase/8/docs/api/java/lang/Throwable.html#printStackTrace-- (Caused by: ... ... N more)"
S_K8S_JSON = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/ (-o json List, metadata.managedFields, last-applied-configuration)"
S_K8S_DESCRIBE = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/ (Environment:, Command:, Liveness:, Data ====)"
S_K8S_EVENTS = "https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/ (kubectl get events)"
S_HELM_MANIFEST = "https://helm.sh/docs/helm/helm_get_manifest/ (--- # Source: chart/templates/x.yaml)"
S_DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/ (Config.Env/Cmd/Labels/Healthcheck, HostConfig.LogConfig, Mounts)"
S_COMPOSE_CONFIG = "https://docs.docker.com/reference/cli/docker/compose/config/ (normalised YAML / --format json)"
S_MYSQL_CLIENT = "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html (table box, --batch tab, \\G vertical)"
S_MYSQL_REPL = "https://dev.mysql.com/doc/refman/8.0/en/replica-logs-status.html (mysql.slave_master_info User_password column)"
S_MYSQL_PS = "https://dev.mysql.com/doc/refman/8.0/en/performance-schema-events-statements-current-table.html (SQL_TEXT)"
S_MYSQL_ERRLOG = "https://dev.mysql.com/doc/refman/8.0/en/error-log-format.html (time thread [label] [err_code] [subsystem] msg)"
S_MYSQL_ENTRY = "https://hub.docker.com/_/mysql (entrypoint 'GENERATED ROOT PASSWORD:' with MYSQL_RANDOM_ROOT_PASSWORD)"
S_MYSQL_HELP = "https://dev.mysql.com/doc/refman/8.0/en/server-options.html (mysqld --verbose --help variable table)"
S_S3_ERR = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (XML Error, SignatureDoesNotMatch CanonicalRequest)"
S_SIGV4 = "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html (X-Amz-Credential, X-Amz-Signature, X-Amz-Security-Token)"
S_SIGV2 = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html#RESTAuthenticationQueryStringAuth"
S_GCS_SIGNED = "https://cloud.google.com/storage/docs/access-control/signed-urls (X-Goog-Signature, V2 GoogleAccessId&Signature)"
S_AZ_SAS = "https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas (sv, se, sr, sp, sig)"
S_BOTOCORE = "github:boto/botocore botocore/auth.py, botocore/endpoint.py (CanonicalRequest:/StringToSign:/Signature: debug, Making request for OperationModel)"
S_CURL = "https://curl.se/docs/manpage.html (-v '> ' '< ' '* ' lines, --trace-ascii dump, HTTP/2 [HTTP/2] [1] header echo)"
S_OPENSSL = "https://docs.openssl.org/3.0/man1/openssl-s_client/ (CONNECTED, depth=, ---, Certificate chain)"
S_HAR = "http://www.softwareishard.com/blog/har-12-spec/ (log.entries[].request.headers/cookies/queryString)"
S_MINIO = "https://min.io/docs/minio/linux/reference/minio-server/minio-server.html (startup banner API:/RootUser:/RootPass:), mc admin trace -v"
S_NGINX = "https://nginx.org/en/docs/http/ngx_http_log_module.html (log_format with $http_* variables, error_log layout)"
S_REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/config/ (requirepass, masterauth), redis-cli"
S_SDK_DEBUG = "https://docs.wandb.ai/guides/track/ (wandb/run-*/logs/debug.log, debug-internal.log layout: time LEVEL thread [file:func():line] msg)"
S_SDK_META = "https://docs.wandb.ai/ref/python/run/ (wandb-metadata.json: os, python, args, program, git.remote, host)"
S_SDK_CONFIG = "https://docs.wandb.ai/guides/track/config/ (config.yaml wandb_version: 1, key: {desc:, value:})"
S_NETRC = "https://everything.curl.dev/usingcurl/netrc.html (machine/login/password tokens)"
S_SDK_SETTINGS = "https://docs.wandb.ai/guides/track/environment-variables/ (~/.config/wandb/settings [default] base_url)"
S_PIP_REQ = "https://pip.pypa.io/en/stable/reference/requirements-file-format/ (--extra-index-url, VCS URLs)"
S_OIDC = "https://openid.net/specs/openid-connect-core-1_0.html#TokenRequest (client_secret_post body, code)"
S_STERN = "https://github.com/stern/stern (pod container prefix output)"
S_OTEL = "https://opentelemetry.io/docs/specs/otel/logs/data-model/ (collector debug exporter attributes)"
S_TLS_HELP = "https://kubernetes.io/docs/concepts/configuration/secret/ (Secret data base64, type, describe sizes)"


def pos(name, src):
    def deco(fn):
        POS.append((name, fn))
        SOURCES[name] = src
        return fn
    return deco


def neg(name, src):
    def deco(fn):
        NEG.append((name, fn))
        SOURCES[name] = src
        return fn
    return deco


# ---------------------------------------------------------------- wrappers


def w_docker(lines, c):
    out = []
    for ln in lines:
        out.append(c.rfc_nano() + " " + ln)
        if R.random() < 0.5:
            c.step(0, 1)
    return out


def w_kprefix(lines, c, pod, cont):
    out = []
    for ln in lines:
        out.append("[pod/%s/%s] %s %s" % (pod, cont, c.rfc_nano(), ln))
    return out


def w_cri(lines, c, stream="stdout"):
    return ["%s %s F %s" % (c.rfc_nano(), stream, ln) for ln in lines]


# ================================================================ POSITIVES
# ---- W&B Server containers' own logs --------------------------------------


@pos("dockerlogs_ts_local_supervisord_env_dump_mysql_and_license", S_DOCKER_LOGS + "; " + S_WB_ENV)
def _():
    c = Clock()
    p, (lic, lsig) = pw(), jwt({"iss": "wandb", "seats": R.randint(5, 500)})
    dsn_h = host()
    raw = [
        "*** Starting wandb/local %s" % R.choice(["0.59.2", "0.61.0", "0.63.1"]),
        "*** Environment:",
        "    HOST=https://wandb.example.com",
        "    MYSQL=mysql://%s:%s@%s:3306/wandb_local" % (user(), p, dsn_h),
        "    LICENSE=%s" % lic,
        "*** supervisord: spawned: 'gorilla' with pid %d" % R.randint(30, 90),
    ]
    return w_docker(raw, c), [p, lsig]


@pos("dockerlogs_ts_gorilla_zap_redis_client_opts_struct", S_DOCKER_LOGS + "; " + S_ZAP)
def _():
    c = Clock()
    p = pw()
    line = json.dumps({"level": "info", "ts": float(c.epoch()), "caller": "redis/client.go:%d" % R.randint(40, 200),
                       "msg": "redis client options",
                       "opts": "&{Network:tcp Addr:%s:6379 Username: Password:%s DB:0 PoolSize:20}" % (svc("wandb-redis"), p)})
    pre = json.dumps({"level": "info", "ts": float(c.epoch()) - 1, "caller": "cmd/gorilla/main.go:88", "msg": "starting gorilla"})
    return w_docker([pre, line], c), [p]


@pos("kubectl_logs_prefix_weave_structlog_console_clickhouse_kv", S_KUBECTL_LOGS + "; " + S_STRUCTLOG)
def _():
    c = Clock()
    p = pw()
    pod = podname("wandb-weave-trace")
    raw = [
        "%s [info     ] clickhouse client init         database=weave host=%s port=8443 secure=True" % (c.rfc_micro(), svc("clickhouse")),
        "%s [debug    ] clickhouse settings            password=%s user=weave_app" % (c.rfc_micro(), p),
        "%s [info     ] migrations up to date          version=%d" % (c.rfc_micro(), R.randint(10, 99)),
    ]
    return w_kprefix(raw, c, pod, "weave-trace"), [p]


@pos("kubectl_logs_parquet_loguru_extra_dict_aws_secret", S_KUBECTL_LOGS + "; " + S_LOGURU)
def _():
    c = Clock()
    sk = awssk()
    raw = [
        "%s | INFO     | parquet.export:run:%d - exporting history for run %s" % (c.loguru(), R.randint(10, 300), rs(LOW + DIG, 8)),
        "%s | DEBUG    | parquet.storage:client:%d - s3 client kwargs {'region_name': 'us-east-1', 'aws_access_key_id': '%s', 'aws_secret_access_key': '%s'}" % (c.loguru(), R.randint(10, 300), akid(), sk),
    ]
    return ["%s %s" % (c.rfc_nano(), r) for r in raw], [sk]


@pos("flat_run_fields_updater_go_panic_dsn_in_panic_value", S_GOPANIC + "; " + S_DOCKER_LOGS)
def _():
    c = Clock()
    p = pw()
    u = user()
    raw = [
        "panic: sql: open %s:%s@tcp(%s:3306)/wandb_local?tls=preferred: dial tcp %s:3306: i/o timeout" % (u, p, host(), ip10()),
        "",
        "goroutine 1 [running]:",
        "main.mustOpenDB({0xc000%s, 0x%x})" % (hx(6), R.randint(60, 120)),
        "\t/src/services/flat-run-fields-updater/main.go:%d +0x%x" % (R.randint(40, 200), R.randint(16, 400)),
        "main.main()",
        "\t/src/services/flat-run-fields-updater/main.go:%d +0x%x" % (R.randint(20, 39), R.randint(16, 400)),
    ]
    return w_docker(raw, c), [p]


@pos("console_service_pino_req_headers_cookie_and_authorization", "https://getpino.io/#/docs/api?id=serializers (req serializer headers) ; " + S_KUBECTL_LOGS)
def _():
    c = Clock()
    k = wkey()
    enc, listed = basic("api", k)
    sess = rs(URLB64, 43)
    line = json.dumps({"level": 30, "time": int(c.t.timestamp() * 1000), "pid": R.randint(7, 80), "hostname": podname("wandb-console"),
                       "req": {"id": R.randint(1, 9999), "method": "GET", "url": "/console/api/status",
                               "headers": {"host": "wandb.example.com", "authorization": "Basic " + enc,
                                           "cookie": "wandb_console_sid=" + sess}},
                       "msg": "request completed"}, separators=(",", ":"))
    return [line], [listed, sess]


@pos("python_traceback_capture_locals_mysql_connect_frame", S_PYTB)
def _():
    p = pw()
    h = host()
    lines = [
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.11/site-packages/pymysql/connections.py", line %d, in connect' % R.randint(600, 700),
        "    sock = socket.create_connection(",
        "    host = '%s'" % h,
        "    password = '%s'" % p,
        "    port = 3306",
        "    self = <pymysql.connections.Connection object at 0x7f%s>" % hx(10),
        "    user = '%s'" % user(),
        "TimeoutError: timed out",
    ]
    return lines, [p]


@pos("python_traceback_locals_kwargs_dict_in_weave_worker", S_PYTB + "; " + S_KUBECTL_LOGS)
def _():
    c = Clock()
    p = pw()
    t = rs(AN, 32)
    raw = [
        "Traceback (most recent call last):",
        '  File "/app/weave/trace_server/clickhouse_trace_server_batched.py", line %d, in _mint_client' % R.randint(100, 900),
        "    return clickhouse_connect.get_client(**kwargs)",
        "    kwargs = {'host': '%s', 'port': 8443, 'username': 'weave', 'password': '%s', 'settings': {'session_token': '%s'}}" % (svc("clickhouse"), p, t),
        "clickhouse_connect.driver.exceptions.OperationalError: Error HTTPSConnectionPool(host='%s', port=8443): Max retries exceeded" % svc("clickhouse"),
    ]
    return ["%s %s" % (c.rfc_nano(), r) for r in raw], [p, t]


@pos("pydantic_settings_repr_multihosturl_and_plain_str_password", S_PYDANTIC)
def _():
    c = Clock()
    p1, p2 = pw(), pw()
    line = "%s | INFO     | weave.config:load:%d - settings=WeaveSettings(clickhouse_url=Url('https://weave:%s@%s:8443/'), redis_url=RedisDsn('redis://:%s@%s:6379/2'), openai_api_key=SecretStr('**********'), debug=False)" % (
        c.loguru(), R.randint(10, 99), p1, svc("clickhouse"), p2, svc("wandb-redis"))
    return [line], [p1, p2]


@pos("dataclass_repr_smtp_sink_config_in_log_line", S_DATACLASS)
def _():
    c = Clock()
    sg = rs(URLB64, 22) + "." + rs(URLB64, 43)
    line = "%s INFO     [mailer] using SmtpSinkConfig(host='smtp.sendgrid.net', port=587, username='apikey', password='SG.%s', starttls=True, sender='wandb@example.com')" % (c.py(), sg)
    return [line], [sg]


@pos("structlog_jsonrenderer_event_with_nested_oidc_client_secret", S_STRUCTLOG)
def _():
    c = Clock()
    s = rs(AN + "~_-.", 40)
    line = json.dumps({"oidc": {"issuer": "https://login.example.com/realms/ml", "client_id": "wandb-server", "client_secret": s, "auth_method": "pkce"},
                       "event": "oidc provider configured", "level": "info", "timestamp": c.rfc_micro()})
    return [line], [s]


@pos("java_stacktrace_caused_by_jdbc_url_password_param_kafka_connect", S_JAVA)
def _():
    c = Clock()
    p = apw()
    lines = [
        "[%s] ERROR WorkerSinkTask{id=wandb-audit-sink-0} Task threw an uncaught and unrecoverable exception (org.apache.kafka.connect.runtime.WorkerTask:%d)" % (c.java(), R.randint(100, 250)),
        "org.apache.kafka.connect.errors.ConnectException: java.sql.SQLException: Cannot create connection",
        "\tat io.confluent.connect.jdbc.util.CachedConnectionProvider.getConnection(CachedConnectionProvider.java:%d)" % R.randint(50, 90),
        "\t... 12 more",
        "Caused by: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=%s)(port=3306)(type=master) url=jdbc:mysql://%s:3306/wandb_local?user=%s&password=%s&useSSL=true" % (host(), ip10(), user(), p),
        "\tat org.mariadb.jdbc.client.impl.ConnectionHelper.connectSocket(ConnectionHelper.java:%d)" % R.randint(100, 150),
        "\t... 9 more",
    ]
    return lines, [p]


@pos("java_caused_by_urisyntaxexception_redis_uri_with_password", S_JAVA)
def _():
    p = pw()
    p = p[:5] + "^" + p[6:]
    lines = [
        "Exception in thread \"main\" io.lettuce.core.RedisException: Invalid Redis URI",
        "\tat io.lettuce.core.RedisURI.create(RedisURI.java:%d)" % R.randint(300, 400),
        "Caused by: java.net.URISyntaxException: Illegal character in authority at index 10: rediss://:%s@%s:6380/0" % (p, host().replace("mysql", "redis").replace("db", "cache")),
        "\tat java.base/java.net.URI$Parser.fail(URI.java:2976)",
        "\t... 3 more",
    ]
    return lines, [p]


@pos("nginx_custom_log_format_http_authorization_variable_basic", S_NGINX)
def _():
    c = Clock()
    p = pw()
    enc, listed = basic("admin", p)
    line = '%s - - [%s] "GET /admin/settings HTTP/1.1" 200 %d "-" "Mozilla/5.0" auth="Basic %s" rt=0.%03d' % (
        ip10(), c.clf(), R.randint(200, 9000), enc, R.randint(1, 999))
    return [line], [listed]


@pos("mysql_docker_entrypoint_generated_root_password_ts", S_MYSQL_ENTRY + "; " + S_DOCKER_LOGS)
def _():
    c = Clock()
    p = rs(AN + "+/=", 32)
    p = "a" + p[1:-1] + "z"
    raw = [
        "%s+00:00 [Note] [Entrypoint]: Temporary server started." % c.t.strftime("%Y-%m-%d %H:%M:%S"),
        "%s+00:00 [Note] [Entrypoint]: GENERATED ROOT PASSWORD: %s" % (c.t.strftime("%Y-%m-%d %H:%M:%S"), p),
        "%s+00:00 [Note] [Entrypoint]: Stopping temporary server" % c.t.strftime("%Y-%m-%d %H:%M:%S"),
    ]
    return w_docker(raw, c), [p]


@pos("minio_startup_banner_rootuser_rootpass_lines", S_MINIO + "; " + S_KUBECTL_LOGS)
def _():
    p = pw()
    ip = ip10()
    lines = [
        "MinIO Object Storage Server",
        "Copyright: 2015-2024 MinIO, Inc.",
        "API: http://%s:9000  http://127.0.0.1:9000" % ip,
        "RootUser: %s" % rs(UP + DIG, 12),
        "RootPass: %s" % p,
        "",
        "Console: http://%s:9001 http://127.0.0.1:9001" % ip,
    ]
    return lines, [p]


@pos("cri_partial_marker_splits_license_jwt_signature", S_CRI)
def _():
    c = Clock()
    lic, sig = jwt({"iss": "wandb", "seats": R.randint(5, 900), "expiresAt": "2026-01-01"})
    line = json.dumps({"level": "info", "msg": "license loaded", "license": lic})
    cut = line.index(sig) + R.randint(60, 200)
    a, b = line[:cut], line[cut:]
    s1 = sig[: cut - line.index(sig)]
    s2 = sig[len(s1):]
    out = ["%s stdout P %s" % (c.rfc_nano(), a)]
    c.step(0, 0)
    out.append("%s stdout F %s" % (c.rfc_nano(), b))
    return out, [s1, s2]


@pos("collector_log_cap_truncated_mid_bucket_secret", S_DOCKER_LOGS + " (collector byte cap marker)")
def _():
    c = Clock()
    sk = awssk()
    keep = R.randint(14, 30)
    line = '%s {"level":"info","msg":"bucket configured","bucket":"s3://%s:%s' % (c.rfc_nano(), akid(), sk[:keep])
    return [line + "…[truncated %d bytes]" % R.randint(200, 9000)], [sk[:keep]]


@pos("gorilla_zap_very_long_line_graphql_vars_with_api_key", S_ZAP + " (single 6000+ char line)")
def _():
    c = Clock()
    k = wkey()
    filler = ",".join('"%s"' % rs(LOW, 8) for _ in range(R.randint(550, 700)))
    line = '{"level":"debug","ts":%s,"caller":"graphql/handler.go:%d","msg":"graphql request","query":"mutation CreateUser","variables":{"tags":[%s],"apiKey":"%s","entity":"ml-team"}}' % (
        c.epoch(), R.randint(100, 400), filler, k)
    return [line], [k]


@pos("docker_jsonfile_raw_record_escaped_dsn_crlf_inner", S_JSONFILE)
def _():
    c = Clock()
    p = pw()
    inner = "MYSQL=mysql://%s:%s@%s:3306/wandb_local\r\n" % (user(), p, host())
    return [json.dumps({"log": inner, "stream": "stdout", "time": c.rfc_nano()})], [p]


@pos("stern_output_operator_reconcile_values_json_escaped", S_STERN + "; " + S_OPERATOR)
def _():
    p = pw()
    sk = awssk()
    vals = json.dumps({"global": {"mysql": {"host": host(), "password": p}, "bucket": {"provider": "s3", "secretKey": sk}}})
    msg = json.dumps({"level": "info", "ts": Clock().rfc_milli(), "logger": "controllers.WeightsAndBiases", "msg": "applying values", "values": vals})
    pod = podname("wandb-operator")
    return ["%s manager %s" % (pod, msg)], [jesc(p), jesc(sk).replace("\\/", "/")]


@pos("ansi_loguru_colored_redis_url_in_gorilla_sidecar", S_LOGURU + " (colorize=True)")
def _():
    c = Clock()
    p = pw()
    line = "\x1b[32m%s\x1b[0m | \x1b[1mINFO    \x1b[0m | \x1b[36mcache\x1b[0m:\x1b[36mconnect\x1b[0m:\x1b[36m%d\x1b[0m - \x1b[1mconnecting redis://default:%s@%s:6379/0\x1b[0m" % (
        c.loguru(), R.randint(10, 99), p, svc("wandb-redis"))
    return [line], [p]


@pos("zap_dev_console_ansi_level_oidc_secret_tab_fields", S_ZAP + " (NewDevelopmentEncoderConfig, CapitalColorLevelEncoder)")
def _():
    c = Clock()
    s = rs(AN, 36)
    line = '%s\t\x1b[34mINFO\x1b[0m\tauth/oidc.go:%d\toidc configured\t{"issuer": "https://idp.example.com", "clientID": "%s", "clientSecret": "%s"}' % (
        c.rfc_milli(), R.randint(20, 300), uuid4(), s)
    return [line], [s]


@pos("otel_collector_debug_exporter_log_record_attributes_token", S_OTEL)
def _():
    t = rs(AN, 40)
    lines = [
        "LogRecord #%d" % R.randint(0, 40),
        "ObservedTimestamp: %s" % Clock().rfc_nano().replace("T", " ").replace("Z", " +0000 UTC"),
        "SeverityText: INFO",
        "Body: Str(GET /api/v1/runs?access_token=%s 200)" % t,
        "Attributes:",
        "     -> k8s.pod.name: Str(%s)" % podname("wandb-app"),
    ]
    return lines, [t]


@pos("nginx_error_log_client_sent_invalid_header_with_cookie_value", S_NGINX)
def _():
    c = Clock()
    s = rs(AN, 48)
    line = '%s [info] %d#%d: *%d client sent invalid header line: "Cookie: wandb_session=%s\\x01" while reading client request headers, client: %s, server: wandb.example.com' % (
        c.nginx(), R.randint(10, 60), 0, R.randint(100, 99999), s, ip10())
    return [line], [s]


@pos("weave_worker_loguru_exception_with_openai_key_in_headers_repr", S_LOGURU)
def _():
    c = Clock()
    k = rs(AN, 48)
    line = "%s | ERROR    | weave.trace_server.llm:call:%d - upstream 401 headers={'Authorization': 'Bearer sk-proj-%s', 'Content-Type': 'application/json'}" % (c.loguru(), R.randint(10, 300), k)
    return [line], [k]


# ---- Kubernetes objects, events, manifests -------------------------------


@pos("kubectl_get_deploy_json_last_applied_annotation_env_value_escaped", S_K8S_JSON)
def _():
    p = pw()
    la = json.dumps({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "wandb-app", "namespace": "wandb"},
                     "spec": {"template": {"spec": {"containers": [{"name": "wandb", "env": [{"name": "MYSQL_PASSWORD", "value": p}]}]}}}}, separators=(",", ":")) + "\n"
    lines = [
        '    "metadata": {',
        '        "annotations": {',
        '            "deployment.kubernetes.io/revision": "%d",' % R.randint(2, 40),
        '            "kubectl.kubernetes.io/last-applied-configuration": %s' % json.dumps(la),
        "        },",
    ]
    return lines, [p]


@pos("kubectl_get_pods_json_list_container_args_redis_password_flag", S_K8S_JSON)
def _():
    p = pw()
    lines = [
        '                "containers": [',
        "                    {",
        '                        "args": [',
        '                            "--port=6379",',
        '                            "--requirepass=%s",' % p,
        '                            "--appendonly=yes"',
        "                        ],",
        '                        "image": "docker.io/library/redis:7.2",',
    ]
    return lines, [p]


@pos("weightsandbiases_cr_status_conditions_message_dsn", S_K8S_JSON + "; " + S_OPERATOR)
def _():
    p = pw()
    lines = [
        '        "status": {',
        '            "conditions": [',
        "                {",
        '                    "lastTransitionTime": "%s",' % Clock().t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        '                    "message": "failed to verify database: dial %s:%s@tcp(%s:3306)/wandb: connect: connection refused",' % (user(), p, host()),
        '                    "reason": "ReconcileError",',
        '                    "status": "False",',
        '                    "type": "Ready"',
    ]
    return lines, [p]


@pos("kubectl_get_wandb_cr_json_spec_values_bucket_secretkey", S_K8S_JSON + "; " + S_OPERATOR)
def _():
    sk = awssk()
    lines = [
        '    "spec": {',
        '        "values": {',
        '            "global": {',
        '                "bucket": {',
        '                    "accessKey": "%s",' % akid(),
        '                    "name": "wandb-bucket-%s",' % rs(LOW + DIG, 6),
        '                    "provider": "s3",',
        '                    "secretKey": "%s"' % sk.replace("/", "\\/") if R.random() < 0.3 else '                    "secretKey": "%s"' % sk,
    ]
    listed = [ln for ln in lines if "secretKey" in ln][0].split('"')[3]
    return lines, [listed]


@pos("kubectl_get_secret_json_list_multiple_items_data", S_K8S_JSON + "; " + S_TLS_HELP)
def _():
    p1, p2 = pw(), pw()
    e1, e2 = b64np(p1), b64np(p2)
    lines = [
        '    "items": [',
        "        {",
        '            "apiVersion": "v1",',
        '            "data": {',
        '                "password": "%s",' % b64s(p1),
        '                "root-password": "%s"' % b64s(p2),
        "            },",
        '            "kind": "Secret",',
    ]
    return lines, [e1, e2]


@pos("helm_get_manifest_source_comment_secret_stringdata_env_file", S_HELM_MANIFEST + "; " + S_OPCHART)
def _():
    p = pw()
    sk = awssk()
    lines = [
        "---",
        "# Source: operator-wandb/charts/app/templates/secret.yaml",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: wandb-app-config",
        "stringData:",
        '  MYSQL_PASSWORD: "%s"' % p,
        "  AWS_SECRET_ACCESS_KEY: %s" % sk,
    ]
    return lines, [p, sk]


@pos("helm_get_manifest_configmap_gorilla_env_redis_uri_tls_params", S_HELM_MANIFEST + "; " + S_OPCHART)
def _():
    p = pw()
    lines = [
        "---",
        "# Source: operator-wandb/templates/global-configmap.yaml",
        "apiVersion: v1",
        "kind: ConfigMap",
        "data:",
        '  GORILLA_CACHE: "redis://:%s@%s:6380?tls=true&ttlInSeconds=604800&caCertPath=/etc/ssl/certs/redis_ca.pem"' % (p, host().replace("mysql", "redis")),
    ]
    return lines, [p]


@pos("helm_get_manifest_deployment_env_value_license_block", S_HELM_MANIFEST + "; " + S_OPCHART)
def _():
    lic, sig = jwt({"iss": "wandb", "seats": R.randint(5, 900)})
    lines = [
        "# Source: operator-wandb/charts/app/templates/deployment.yaml",
        "          env:",
        "            - name: GLOBAL_ADMIN_API_KEY",
        "              valueFrom:",
        "                secretKeyRef: {name: wandb-admin, key: api-key}",
        "            - name: LICENSE",
        '              value: "%s"' % lic,
    ]
    return lines, [sig]


@pos("kubectl_describe_pod_liveness_exec_redis_cli_a", S_K8S_DESCRIBE)
def _():
    p = pw()
    lines = [
        "    Ready:          True",
        "    Restart Count:  %d" % R.randint(0, 9),
        "    Liveness:       exec [sh -c redis-cli -a '%s' ping] delay=20s timeout=5s period=5s #success=1 #failure=5" % p,
        "    Readiness:      exec [sh -c redis-cli -a '%s' ping | grep PONG] delay=5s timeout=1s period=5s #success=1 #failure=5" % p,
        "    Environment:",
    ]
    return lines, [p]


@pos("kubectl_describe_configmap_data_redis_conf_requirepass", S_K8S_DESCRIBE + "; " + S_REDIS)
def _():
    p, m = pw(), pw()
    lines = [
        "Data",
        "====",
        "redis.conf:",
        "----",
        "bind 0.0.0.0",
        "requirepass %s" % p,
        "masterauth %s" % m,
        "",
        "BinaryData",
        "====",
    ]
    return lines, [p, m]


@pos("kubectl_describe_pod_command_section_mysqld_exporter_dsn", S_K8S_DESCRIBE)
def _():
    p = pw()
    lines = [
        "  mysqld-exporter:",
        "    Image:         prom/mysqld-exporter:v0.15.1",
        "    Port:          9104/TCP",
        "    Command:",
        "      /bin/mysqld_exporter",
        "    Args:",
        "      --mysqld.address=%s:3306" % host(),
        "    Environment:",
        "      DATA_SOURCE_NAME:  exporter:%s@(%s:3306)/" % (p, ip10()),
    ]
    return lines, [p]


@pos("kubectl_describe_wandb_cr_spec_values_yamlish_with_smtp_sink", S_K8S_DESCRIBE + "; " + S_WB_ENV)
def _():
    p = pw()
    lines = [
        "Spec:",
        "  Values:",
        "    Global:",
        "      Extra Env:",
        "        GORILLA_EMAIL_SINK:  smtp://mailer:%s@smtp.example.com:587" % p,
        "      Host:                  https://wandb.example.com",
    ]
    return lines, [p]


@pos("kubectl_get_events_json_message_job_arg_dump", S_K8S_EVENTS)
def _():
    p = pw()
    lines = [
        "        {",
        '            "apiVersion": "v1",',
        '            "kind": "Event",',
        '            "message": "Error: failed to start container \\"db-migrate\\": exec: \\"mysql --host=%s --password=%s\\": executable file not found in $PATH",' % (host(), p),
        '            "reason": "Failed",',
        '            "type": "Warning"',
    ]
    return lines, [p]


@pos("kubectl_get_configmap_json_data_value_embedded_json_file", S_K8S_JSON)
def _():
    s = rs(AN, 40)
    inner = json.dumps({"slack": {"client_id": "%d.%d" % (R.randint(10**11, 10**12), R.randint(10**11, 10**12)), "secret": s}}, indent=2)
    lines = [
        '    "data": {',
        '        "integrations.json": %s' % json.dumps(inner),
        "    },",
    ]
    return lines, [s]


@pos("helm_get_values_all_json_nested_mysql_password", "https://helm.sh/docs/helm/helm_get_values/ (-a -o json)")
def _():
    p = pw()
    d = {"global": {"host": "https://wandb.example.com", "mysql": {"database": "wandb_local", "host": host(), "password": p, "port": 3306, "user": user()}}}
    return [json.dumps(d)], [p]


@pos("kubectl_get_secret_base64_twice_double_encoded_value", S_TLS_HELP)
def _():
    p = pw()
    once = b64s(p)
    twice = b64np(once)
    lines = [
        "apiVersion: v1",
        "data:",
        "  password: %s" % b64s(once),
        "kind: Secret",
    ]
    return lines, [twice]


@pos("kubectl_get_sts_json_env_value_from_literal_beside_secretkeyref", S_K8S_JSON)
def _():
    p = pw()
    lines = [
        '                                "env": [',
        '                                    {"name": "MYSQL_USER", "value": "%s"},' % user(),
        '                                    {"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"key": "password", "name": "wandb-mysql"}}},',
        '                                    {"name": "MYSQL_ROOT_PASSWORD", "value": "%s"}' % p,
        "                                ],",
    ]
    return lines, [p]


@pos("kustomize_build_output_secret_generator_literal", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")
def _():
    p = pw()
    lines = [
        "apiVersion: v1",
        "data:",
        "  OIDC_SECRET: %s" % b64s(p),
        "kind: Secret",
        "metadata:",
        "  name: wandb-oidc-%s" % rs(LOW + DIG, 10),
        "type: Opaque",
    ]
    return lines, [b64np(p)]


# ---- Docker inspect / compose ---------------------------------------------


@pos("docker_inspect_healthcheck_test_mysqladmin_p_inline", S_DOCKER_INSPECT)
def _():
    p = pw()
    lines = [
        '            "Healthcheck": {',
        '                "Test": [',
        '                    "CMD-SHELL",',
        '                    "mysqladmin ping -h 127.0.0.1 -uroot -p%s"' % p,
        "                ],",
        '                "Interval": 10000000000,',
    ]
    return lines, [p]


@pos("docker_inspect_logconfig_config_map_splunk_hec_token_uuid", S_DOCKER_INSPECT + "; https://docs.docker.com/engine/logging/drivers/splunk/")
def _():
    t = uuid4()
    lines = [
        '            "LogConfig": {',
        '                "Type": "splunk",',
        '                "Config": {',
        '                    "splunk-token": "%s",' % t,
        '                    "splunk-url": "https://splunk.example.com:8088"',
        "                }",
    ]
    return lines, [t]


@pos("docker_inspect_logconfig_loki_url_userinfo", S_DOCKER_INSPECT + "; https://grafana.com/docs/loki/latest/send-data/docker-driver/configuration/")
def _():
    p = pw()
    lines = [
        '            "LogConfig": {',
        '                "Type": "loki",',
        '                "Config": {',
        '                    "loki-url": "https://%d:%s@logs.example.com/loki/api/v1/push"' % (R.randint(100000, 999999), p),
    ]
    return lines, [p]


@pos("docker_inspect_config_cmd_array_gorilla_flags", S_DOCKER_INSPECT)
def _():
    p = pw()
    s = rs(AN, 32)
    lines = [
        '            "Cmd": [',
        '                "/usr/local/bin/local",',
        '                "--mysql-password",',
        '                "%s",' % p,
        '                "--session-secret=%s"' % s,
        "            ],",
    ]
    return lines, [p, s]


@pos("docker_inspect_labels_traefik_forwardauth_address_token", S_DOCKER_INSPECT + "; https://doc.traefik.io/traefik/middlewares/http/forwardauth/")
def _():
    t = rs(AN, 32)
    lines = [
        '            "Labels": {',
        '                "com.docker.compose.project": "wandb",',
        '                "traefik.http.middlewares.wbauth.forwardauth.address": "http://authz.example.com/verify?token=%s",' % t,
        '                "traefik.enable": "true"',
        "            }",
    ]
    return lines, [t]


@pos("docker_compose_config_normalised_environment_mapping", S_COMPOSE_CONFIG + "; " + S_WB_ENV)
def _():
    p = pw()
    s = rs(AN, 40)
    lines = [
        "services:",
        "  wandb:",
        "    environment:",
        "      HOST: https://wandb.example.com",
        "      MYSQL: mysql://%s:%s@mysql:3306/wandb_local" % (user(), p),
        "      SLACK_SECRET: %s" % s,
        "    image: wandb/local:latest",
    ]
    return lines, [p, s]


@pos("docker_compose_config_format_json_environment_object", S_COMPOSE_CONFIG)
def _():
    p = pw()
    lines = [
        '    "mysql": {',
        '      "environment": {',
        '        "MYSQL_DATABASE": "wandb_local",',
        '        "MYSQL_PASSWORD": "%s",' % p,
        '        "MYSQL_USER": "%s"' % user(),
        "      },",
    ]
    return lines, [p]


@pos("docker_compose_config_secrets_inline_environment_interpolated", S_COMPOSE_CONFIG)
def _():
    p = pw()
    lines = [
        "    command:",
        "      - redis-server",
        "      - --requirepass",
        "      - %s" % p,
        "    image: redis:7",
    ]
    return lines, [p]


@pos("docker_inspect_env_array_url_encoded_password_in_bucket", S_DOCKER_INSPECT + "; " + S_WB_ENV)
def _():
    sk = awssk()
    sk = sk[:10] + "/" + sk[11:20] + "+" + sk[21:]
    enc = q(sk)
    lines = [
        '            "Env": [',
        '                "BUCKET=s3://%s:%s@wandb-data-%s",' % (akid(), enc, rs(LOW, 5)),
        '                "AWS_REGION=us-east-1",',
        '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"',
        "            ],",
    ]
    return lines, [enc]


# ---- MySQL ---------------------------------------------------------------


@pos("mysql_vertical_slave_master_info_user_password", S_MYSQL_REPL + "; " + S_MYSQL_CLIENT)
def _():
    p = pw()
    lines = [
        "*************************** 1. row ***************************",
        "       Number_of_lines: 33",
        "       Master_log_name: binlog.%06d" % R.randint(1, 999),
        "                  Host: %s" % host(),
        "             User_name: repl",
        "         User_password: %s" % p,
        "                  Port: 3306",
    ]
    return lines, [p]


@pos("mysql_show_full_processlist_box_create_user_identified_by", S_MYSQL_CLIENT + " (SHOW FULL PROCESSLIST)")
def _():
    p = pw()
    a = "| %-3d | root        | localhost       | NULL        | Query   |    0 | init       | CREATE USER '%s'@'%%' IDENTIFIED BY '%s' |" % (R.randint(10, 99), user(), p)
    b = "+-----+-------------+-----------------+-------------+---------+------+------------+" + "-" * (len(a) - 83) + "+"
    lines = [b, "| Id  | User        | Host            | db          | Command | Time | State      | Info" + " " * (len(a) - 89) + "|", b, a, b]
    return lines, [p]


@pos("performance_schema_events_statements_history_vertical_sql_text", S_MYSQL_PS)
def _():
    p = pw()
    lines = [
        "*************************** 3. row ***************************",
        "         THREAD_ID: %d" % R.randint(40, 400),
        "          EVENT_ID: %d" % R.randint(1, 999),
        "        EVENT_NAME: statement/sql/alter_user",
        "          SQL_TEXT: ALTER USER 'wandb'@'%%' IDENTIFIED BY '%s'" % p,
        "            DIGEST: %s" % hx(64),
    ]
    return lines, [p]


@pos("mysql_batch_tab_output_integration_secrets_table_row", S_MYSQL_CLIENT + " (--batch)")
def _():
    s1 = rs(AN, 40)
    s2 = rs(AN, 40)
    lines = [
        "id\tentity_id\tkind\tclient_id\tclient_secret",
        "%d\t%d\tslack\t%d.%d\t%s" % (R.randint(1, 99), R.randint(1, 9999), R.randint(10**11, 10**12), R.randint(10**11, 10**12), s1),
        "%d\t%d\tgithub\tIv1.%s\t%s" % (R.randint(100, 199), R.randint(1, 9999), hx(16), s2),
    ]
    return lines, [s1, s2]


@pos("mysql_error_log_group_replication_recovery_start_channel_password", S_MYSQL_ERRLOG)
def _():
    c = Clock()
    p = pw()
    line = "%s %d [Note] [MY-010581] [Repl] Replica SQL thread for channel 'group_replication_recovery' initialized; START GROUP_REPLICATION USER='gr_repl', PASSWORD='%s' issued by root@localhost" % (c.rfc_micro(), R.randint(10, 99), p)
    return [line], [p]


@pos("mysql_box_table_select_wandb_local_settings_smtp_password", S_MYSQL_CLIENT)
def _():
    p = pw()
    row = "| smtp_password   | %s |" % p
    w = len(row)
    b = "+-----------------+" + "-" * (w - 20) + "+"
    lines = [b, "| name            | value" + " " * (w - 26) + "|", b, "| smtp_host       | smtp.example.com" + " " * (w - 37) + "|", row, b]
    return lines, [p]


@pos("mysqld_verbose_help_variable_table_replication_password_option", S_MYSQL_HELP)
def _():
    p = pw()
    lines = [
        "Variables (--variable-name=value)",
        "and boolean options {FALSE|TRUE}                             Value (after reading options)",
        "------------------------------------------------------------ -------------",
        "replicate-wild-ignore-table                                  mysql.%",
        "report-host                                                  %s" % ip10(),
        "report-password                                              %s" % p,
        "report-port                                                  3306",
    ]
    return lines, [p]


@pos("mysql_show_variables_like_init_connect_tab_with_set_password", S_MYSQL_CLIENT + " (--batch SHOW VARIABLES)")
def _():
    k = rs(AN, 32)
    lines = [
        "Variable_name\tValue",
        "init_connect\tSET @audit_token='%s'" % k,
    ]
    return lines, [k]


@pos("my_cnf_client_section_attachment_bom_crlf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html ([client] password=)")
def _():
    p = pw()
    lines = ["\ufeff[client]\r", "user=%s\r" % user(), "password=%s\r" % p, "host=%s\r" % host()]
    return lines, [p]


@pos("mysql_slow_log_query_with_api_key_literal_in_where", "https://dev.mysql.com/doc/refman/8.0/en/slow-query-log.html")
def _():
    c = Clock()
    k = wkey()
    lines = [
        "# Time: %s" % c.rfc_micro(),
        "# User@Host: wandb[wandb] @  [%s]  Id: %d" % (ip10(), R.randint(100, 9999)),
        "# Query_time: %d.%06d  Lock_time: 0.000002 Rows_sent: 1  Rows_examined: %d" % (R.randint(2, 9), R.randint(0, 999999), R.randint(1000, 99999)),
        "SET timestamp=%d;" % int(c.t.timestamp()),
        "SELECT id FROM api_keys WHERE raw_key = '%s' LIMIT 1;" % k,
    ]
    return lines, [k]


# ---- object store probes -------------------------------------------------


@pos("s3_xml_signature_does_not_match_canonical_request_security_token", S_S3_ERR)
def _():
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 300)
    listed = tok[16:]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>%s</AWSAccessKeyId>" % akid("ASIA"),
        "<CanonicalRequest>GET",
        "/wandb-artifacts/%s" % hx(32),
        "",
        "host:wandb-artifacts.s3.amazonaws.com",
        "x-amz-security-token:%s" % tok,
        "</CanonicalRequest><RequestId>%s</RequestId></Error>" % rs(UP + DIG, 16),
    ]
    return lines, [listed]


@pos("curl_v_presigned_v2_signature_query_in_request_line", S_SIGV2 + "; " + S_CURL)
def _():
    sig = b64(rbytes(20))
    sig_q = q(sig)
    lines = [
        "*   Trying %s:443..." % ip10(),
        "* Connected to wandb-bucket.s3.example.com (%s) port 443" % ip10(),
        "> GET /media/%s.png?AWSAccessKeyId=%s&Expires=%d&Signature=%s HTTP/1.1" % (hx(20), akid(), R.randint(1700000000, 1800000000), sig_q),
        "> Host: wandb-bucket.s3.example.com",
        "> User-Agent: curl/8.5.0",
        "< HTTP/1.1 403 Forbidden",
    ]
    return lines, [sig_q.replace("%3D", "")]


@pos("curl_v_presigned_v4_with_security_token_and_signature", S_SIGV4 + "; " + S_CURL)
def _():
    c = Clock()
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 260)
    tq = q(tok)
    sig = hx(64)
    lines = [
        "> PUT /wandb-bucket/wandb_artifacts/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=86400&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s HTTP/1.1" % (
            hx(16), akid("ASIA"), c.t.strftime("%Y%m%d"), c.amz(), tq, sig),
        "> Host: s3.amazonaws.com",
        "> Content-Length: %d" % R.randint(1000, 99999),
        "< HTTP/1.1 200 OK",
    ]
    return lines, [q(tok[16:]), sig]


@pos("curl_v_gcs_v4_signed_url_x_goog_signature_hex", S_GCS_SIGNED + "; " + S_CURL)
def _():
    c = Clock()
    sig = hx(512)
    lines = [
        "> GET /wandb-bucket-%s/%s?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%%40proj-%s.iam.gserviceaccount.com%%2F%s%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=%s&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=%s HTTP/2" % (
            rs(LOW, 5), hx(12), rs(LOW, 6), c.t.strftime("%Y%m%d"), c.amz(), sig),
        "> Host: storage.googleapis.com",
        "< HTTP/2 403",
    ]
    return lines, [sig]


@pos("curl_v_gcs_v2_googleaccessid_signature_base64_pct", S_GCS_SIGNED + "; " + S_CURL)
def _():
    sig = b64(rbytes(256))
    sq = q(sig)
    line = "> GET /wandb-data/%s?GoogleAccessId=wandb%%40proj.iam.gserviceaccount.com&Expires=%d&Signature=%s HTTP/1.1" % (hx(20), R.randint(1700000000, 1800000000), sq)
    return [line, "> Host: storage.googleapis.com", "> Accept: */*"], [sq.replace("%3D", "")]


@pos("curl_v_azure_blob_sas_in_redirect_location", S_AZ_SAS + "; " + S_CURL)
def _():
    sig = q(b64(rbytes(32)))
    lines = [
        "< HTTP/1.1 302 Found",
        "< Location: https://wandbstore%s.blob.core.windows.net/wandb/%s?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01T00%%3A00%%3A00Z&st=2024-12-31T00%%3A00%%3A00Z&spr=https&sig=%s" % (rs(LOW + DIG, 6), hx(24), sig),
        "< Content-Length: 0",
        "* Connection #0 to host wandb.example.com left intact",
    ]
    return lines, [sig.replace("%3D", "")]


@pos("botocore_endpoint_making_request_params_headers_dict", S_BOTOCORE)
def _():
    c = Clock()
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 240)
    line = "%s botocore.endpoint [DEBUG] Making request for OperationModel(name=PutObject) with params: {'url_path': '/wandb-bucket/%s', 'query_string': {}, 'method': 'PUT', 'headers': {'User-Agent': 'Boto3/1.34.0', 'X-Amz-Security-Token': '%s', 'Content-MD5': '%s'}, 'body': <_io.BufferedReader>}" % (
        c.py(), hx(16), tok, b64(rbytes(16)))
    return [line], [tok[16:]]


@pos("botocore_auth_canonical_request_multiline_with_token_header", S_BOTOCORE)
def _():
    c = Clock()
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 200)
    lines = [
        "%s botocore.auth [DEBUG] CanonicalRequest:" % c.py(),
        "GET",
        "/wandb-bucket/%s" % hx(20),
        "",
        "host:s3.us-west-2.amazonaws.com",
        "x-amz-content-sha256:UNSIGNED-PAYLOAD",
        "x-amz-date:%s" % c.amz(),
        "x-amz-security-token:%s" % tok,
        "",
        "host;x-amz-content-sha256;x-amz-date;x-amz-security-token",
    ]
    return lines, [tok[16:]]


@pos("botocore_hooks_credentials_repr_in_debug_event", S_BOTOCORE)
def _():
    c = Clock()
    sk = awssk()
    line = "%s botocore.hooks [DEBUG] Event before-sign.s3.PutObject: calling handler <function ...> credentials=ReadOnlyCredentials(access_key='%s', secret_key='%s', token=None)" % (c.py(), akid(), sk)
    return [line], [sk]


@pos("cors_preflight_capture_then_put_presigned_in_har", S_HAR + "; " + S_SIGV4)
def _():
    sig = hx(64)
    lines = [
        "      {",
        '        "request": {',
        '          "method": "OPTIONS",',
        '          "url": "https://wandb-bucket.s3.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240101%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-SignedHeaders=host&X-Amz-Signature=%s",' % (hx(12), akid(), sig),
        '          "headers": [{"name": "Origin", "value": "https://wandb.example.com"}, {"name": "Access-Control-Request-Method", "value": "PUT"}]',
        "        },",
    ]
    return lines, [sig]


@pos("mc_admin_trace_verbose_request_headers_authorization_sigv4", S_MINIO)
def _():
    c = Clock()
    tok = rs(AN, 60)
    lines = [
        "%s  [REQUEST s3.PutObject] [%s] [Client IP: %s]" % (c.t.strftime("%H:%M:%S.000"), c.rfc_nano(), ip10()),
        "%s  PUT /wandb/%s" % (c.t.strftime("%H:%M:%S.000"), hx(16)),
        "%s  Host: minio.wandb.svc.cluster.local:9000" % c.t.strftime("%H:%M:%S.000"),
        "%s  X-Amz-Security-Token: %s" % (c.t.strftime("%H:%M:%S.000"), tok),
        "%s  X-Amz-Date: %s" % (c.t.strftime("%H:%M:%S.000"), c.amz()),
    ]
    return lines, [tok]


@pos("aws_cli_debug_stderr_env_provider_and_config_dump", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-options.html (--debug)")
def _():
    c = Clock()
    sk = awssk()
    line = "%s - MainThread - awscli.clidriver - DEBUG - CLI version: aws-cli/2.15.0, env: {'AWS_ACCESS_KEY_ID': '%s', 'AWS_SECRET_ACCESS_KEY': '%s', 'AWS_DEFAULT_REGION': 'us-east-1'}" % (c.py(), akid(), sk)
    return [line], [sk]


@pos("minio_xml_error_body_in_gorilla_warn_with_presigned_key_param", S_S3_ERR + "; " + S_ZAP)
def _():
    sig = hx(64)
    msg = '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Key>%s</Key><BucketName>wandb</BucketName><Resource>/wandb/%s?X-Amz-Signature=%s</Resource></Error>' % (hx(16), hx(16), sig)
    line = json.dumps({"level": "warn", "msg": "upload failed", "body": msg})
    return [line], [sig]


@pos("s3_presigned_url_urlencoded_twice_in_redirect_param", S_SIGV4 + " (encoded inside another URL's query)")
def _():
    sig = hx(64)
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 120)
    inner = "https://wandb-bucket.s3.amazonaws.com/x?X-Amz-Security-Token=%s&X-Amz-Signature=%s" % (q(tok), sig)
    outer = "GET /artifacts/redirect?next=%s HTTP/1.1" % q(inner)
    return [outer], [q(q(tok[16:])), sig]


# ---- load balancer / HTTP probes -----------------------------------------


@pos("openssl_s_client_transcript_typed_request_with_cookie", S_OPENSSL)
def _():
    s = rs(URLB64, 64)
    lines = [
        "    Verify return code: 0 (ok)",
        "---",
        "GET /api/viewer HTTP/1.1",
        "Host: wandb.example.com",
        "Cookie: wandb_session=%s" % s,
        "",
        "HTTP/1.1 200 OK",
    ]
    return lines, [s]


@pos("curl_trace_ascii_send_data_oidc_token_request_body", S_CURL + "; " + S_OIDC)
def _():
    cs = rs(AN + "~_-", 40)
    code = rs(URLB64, 43)
    body = "grant_type=authorization_code&code=%s&redirect_uri=https%%3A%%2F%%2Fwandb.example.com%%2Foidc%%2Fcallback&client_id=wandb&client_secret=%s" % (code, cs)
    lines = ["=> Send data, %d bytes (0x%x)" % (len(body), len(body))]
    for i in range(0, len(body), 64):
        lines.append("%04x: %s" % (i, body[i:i + 64]))
    # pieces as they appear, split at 64 columns
    listed = []
    for secret in (code, cs):
        start = body.index(secret)
        end = start + len(secret)
        pos_ = start
        while pos_ < end:
            nxt = min(end, (pos_ // 64 + 1) * 64)
            listed.append(body[pos_:nxt])
            pos_ = nxt
    return lines, listed


@pos("curl_v_http2_bracket_header_echo_authorization_bearer", S_CURL + " (curl >= 8.3 '[HTTP/2] [1] [name: value]' lines)")
def _():
    t, sig = jwt()
    lines = [
        "* [HTTP/2] [1] OPENED stream for https://wandb.example.com/graphql",
        "* [HTTP/2] [1] [:method: POST]",
        "* [HTTP/2] [1] [:authority: wandb.example.com]",
        "* [HTTP/2] [1] [authorization: Bearer %s]" % t,
        "> POST /graphql HTTP/2",
        "> Authorization: Bearer %s" % t,
    ]
    return lines, [sig]


@pos("curl_v_server_auth_basic_api_user_wandb_key", S_CURL)
def _():
    k = wkey()
    enc, listed = basic("api", k)
    lines = [
        "* Server auth using Basic with user 'api'",
        "> POST /graphql HTTP/1.1",
        "> Host: wandb.example.com",
        "> Authorization: Basic %s" % enc,
        "> Content-Type: application/json",
    ]
    return lines, [listed]


@pos("http_response_dump_set_cookie_session_and_oidc_state", "https://www.rfc-editor.org/rfc/rfc6265#section-4.1 (Set-Cookie)")
def _():
    c = Clock()
    s1 = rs(URLB64, 64)
    lines = [
        "HTTP/1.1 302 Found",
        "Date: %s" % c.http(),
        "Location: /home",
        "Set-Cookie: wandb_session=%s; Path=/; Expires=%s; HttpOnly; Secure; SameSite=Lax" % (s1, c.http()),
        "Set-Cookie: oidc_state=; Path=/; Max-Age=0",
    ]
    return lines, [s1]


@pos("har_json_entry_request_cookies_array_session_value", S_HAR)
def _():
    s = rs(URLB64, 48)
    lines = [
        '        "cookies": [',
        "          {",
        '            "name": "wandb_session",',
        '            "value": "%s",' % s,
        '            "httpOnly": true',
        "          }",
    ]
    return lines, [s]


@pos("har_json_postdata_text_graphql_with_api_key_escaped", S_HAR)
def _():
    k = wkey()
    body = json.dumps({"query": "mutation { generateApiKey }", "variables": {"apiKey": k}})
    lines = [
        '        "postData": {',
        '          "mimeType": "application/json",',
        '          "text": %s' % json.dumps(body),
        "        },",
    ]
    return lines, [k]


@pos("curl_v_proxy_authorization_basic_through_corporate_proxy", S_CURL)
def _():
    p = pw()
    enc, listed = basic("svc-wandb", p)
    lines = [
        "* Uses proxy env variable HTTPS_PROXY == 'http://proxy.example.com:3128'",
        "* Proxy auth using Basic with user 'svc-wandb'",
        "> CONNECT wandb.example.com:443 HTTP/1.1",
        "> Proxy-Authorization: Basic %s" % enc,
        "< HTTP/1.1 200 Connection established",
    ]
    return lines, [listed]


@pos("openssl_s_client_starttls_smtp_auth_plain_typed", S_OPENSSL + " (-starttls smtp, AUTH PLAIN base64 of \\0user\\0pass)")
def _():
    p = pw()
    raw = b"\x00mailer\x00" + p.encode()
    # \0mailer\0 is 8 bytes; pad user so that prefix is 9 bytes
    raw = b"\x00mailer1\x00" + p.encode()
    enc = b64(raw)
    listed = enc[12:].rstrip("=")
    lines = ["250 CHUNKING", "AUTH PLAIN %s" % enc, "235 2.7.0 Authentication successful"]
    return lines, [listed]


@pos("http_request_header_dump_x_api_key_and_cookie_crlf", "https://www.rfc-editor.org/rfc/rfc9112 (CRLF header lines)")
def _():
    k = wkey()
    s = rs(URLB64, 40)
    lines = ["GET /api/v1/status HTTP/1.1\r", "Host: wandb.example.com\r", "X-API-Key: %s\r" % k, "Cookie: wandb_session=%s\r" % s, "\r"]
    return lines, [k, s]


@pos("alb_oidc_cookie_awselbauthsessioncookie_in_request_dump", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html (AWSELBAuthSessionCookie-0)")
def _():
    s0 = rs(AN + "+/", 120)
    s1 = rs(AN + "+/", 80)
    lines = [
        "> GET /home HTTP/1.1",
        "> Host: wandb.example.com",
        "> Cookie: AWSELBAuthSessionCookie-0=%s; AWSELBAuthSessionCookie-1=%s" % (s0, s1),
    ]
    return lines, [s0, s1]


@pos("alb_oidc_x_amzn_oidc_accesstoken_header_echo", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html (x-amzn-oidc-accesstoken, x-amzn-oidc-data)")
def _():
    t, sig = jwt()
    d, dsig = jwt({"email": "user@example.com", "iss": "https://login.example.com"})
    lines = [
        "x-amzn-trace-id: Root=1-%s-%s" % (hx(8), hx(24)),
        "x-amzn-oidc-accesstoken: %s" % t,
        "x-amzn-oidc-data: %s" % d,
        "x-amzn-oidc-identity: %s" % uuid4(),
    ]
    return lines, [sig, dsig]


# ---- W&B SDK files --------------------------------------------------------


@pos("sdk_debug_log_setting_proxies_dict_with_userinfo", S_SDK_DEBUG)
def _():
    c = Clock()
    p = pw()
    line = "%s INFO    MainThread:%d [wandb_init.py:_log_setup():%d] Logging user logs to /home/ml/wandb/run-%s/logs/debug.log" % (c.py(), R.randint(1000, 99999), R.randint(400, 700), c.t.strftime("%Y%m%d_%H%M%S") + "-" + rs(LOW + DIG, 8))
    c.step()
    line2 = "%s INFO    MainThread:%d [wandb_setup.py:_flush():%d] Applying setup settings: {'https_proxy': 'http://ml-user:%s@proxy.example.com:3128', 'mode': 'online'}" % (c.py(), R.randint(1000, 99999), R.randint(60, 90), p)
    return [line, line2], [p]


@pos("sdk_debug_internal_config_update_record_with_user_db_password", S_SDK_DEBUG)
def _():
    c = Clock()
    p = pw()
    line = "%s DEBUG   SenderThread:%d [sender.py:send_config():%d] config update: {'lr': 0.0003, 'batch_size': 64, 'db_password': '%s', '_wandb': {}}" % (c.py(), R.randint(1000, 99999), R.randint(800, 1400), p)
    return [line], [p]


@pos("wandb_metadata_json_git_remote_with_token_userinfo", S_SDK_META)
def _():
    t = rs(AN, 36)
    lines = [
        "{",
        '    "os": "Linux-5.15.0-1051-aws-x86_64-with-glibc2.35",',
        '    "python": "CPython 3.10.12",',
        '    "git": {',
        '        "remote": "https://oauth2:%s@gitlab.example.com/ml/train.git",' % t,
        '        "commit": "%s"' % hx(40),
        "    },",
    ]
    return lines, [t]


@pos("wandb_metadata_json_args_list_hf_token_flag", S_SDK_META)
def _():
    t = rs(AN, 34)
    lines = [
        '    "program": "/workspace/train.py",',
        '    "args": [',
        '        "--model", "llama-3-8b",',
        '        "--hf-token", "hf_%s",' % t,
        '        "--epochs", "3"',
        "    ],",
    ]
    return lines, [t]


@pos("netrc_single_line_wandb_machine_at_eof", S_NETRC)
def _():
    k = wkey()
    lines = ["machine api.wandb.ai login user password %s" % hx(40), "machine wandb.example.com login user password %s" % k]
    return lines, [lines[0].split()[-1], k]


@pos("netrc_multi_line_crlf_with_default_entry", S_NETRC)
def _():
    k = wkey()
    p = pw()
    lines = ["machine wandb.example.com\r", "  login user\r", "  password %s\r" % k, "default login anonymous password %s\r" % p]
    return lines, [k, p]


@pos("sdk_run_config_yaml_desc_value_openai_key", S_SDK_CONFIG)
def _():
    k = rs(AN, 48)
    lines = [
        "wandb_version: 1",
        "",
        "learning_rate:",
        "  desc: null",
        "  value: 0.0001",
        "openai_api_key:",
        "  desc: null",
        "  value: sk-%s" % k,
    ]
    return lines, [k]


@pos("requirements_txt_extra_index_url_token_and_vcs_oauth", S_PIP_REQ)
def _():
    t1 = rs(AN, 32)
    t2 = rs(AN, 20)
    lines = [
        "--extra-index-url https://__token__:%s@pypi.example.com/simple" % t1,
        "wandb==0.17.0",
        "torch==2.3.0",
        "mylib @ git+https://oauth2:glpat-%s@gitlab.example.com/ml/mylib.git@v1.2.0" % t2,
    ]
    return lines, [t1, t2]


@pos("wandb_settings_file_bom_base_url_with_inline_key", S_SDK_SETTINGS)
def _():
    k = wkey()
    lines = ["\ufeff[default]", "base_url = https://wandb.example.com", "api_key = %s" % k, "entity = ml-team"]
    return lines, [k]


@pos("sdk_debug_log_wandb_login_relogin_key_in_traceback_locals", S_SDK_DEBUG + "; " + S_PYTB)
def _():
    c = Clock()
    k = wkey()
    lines = [
        "%s ERROR   MainThread:%d [wandb_login.py:_login():%d] login failed" % (c.py(), R.randint(100, 9999), R.randint(200, 330)),
        "Traceback (most recent call last):",
        '  File "/usr/lib/python3/site-packages/wandb/sdk/wandb_login.py", line %d, in _login' % R.randint(200, 330),
        "    key = '%s'" % k,
        "    host = 'https://wandb.example.com'",
        "wandb.errors.AuthenticationError: API key is invalid",
    ]
    return lines, [k]


@pos("requirements_txt_find_links_userinfo_at_eof_no_newline", S_PIP_REQ)
def _():
    p = pw()
    lines = ["numpy==1.26.4", "--find-links https://deploy:%s@wheels.example.com/simple/" % p]
    return lines, [p]


@pos("sdk_output_log_tqdm_cr_overwrite_then_key_echo", "https://docs.wandb.ai/guides/track/ (files/output.log console capture)")
def _():
    k = wkey()
    line = "Epoch 1:  50%%|█████     | 50/100 [00:10<00:10]\rEpoch 1: 100%%|██████████| 100/100 [00:20<00:00]\rWANDB_API_KEY=%s" % k
    return [line], [k]


# ---- env files, shells, attachments ---------------------------------------


@pos("wandb_local_env_list_crlf_non_ascii_password", S_WB_ENV + " (docker run --env-file)")
def _():
    p = pw(10) + R.choice(["é", "ü", "ß", "中", "ñ"]) + pw(6)
    lines = ["HOST=https://wandb.example.com\r", "MYSQL=mysql://%s:%s@%s:3306/wandb_local\r" % (user(), q(p), host()), "MYSQL_PASSWORD=%s\r" % p, "LOCAL_RESTORE=false\r"]
    return lines, [q(p), p]


@pos("env_file_oidc_secret_and_slack_secret_last_line_no_newline", S_WB_ENV)
def _():
    s1 = rs(AN, 40)
    s2 = hx(32)
    lines = ["OIDC_ISSUER=https://login.example.com/", "OIDC_CLIENT_ID=%s" % uuid4(), "OIDC_SECRET=%s" % s1, "SLACK_SECRET=%s" % s2]
    return lines, [s1, s2]


@pos("env_json_escaped_twice_in_support_ticket_export", "support ticket JSON export with an embedded JSON string (RFC 8259 escaping)")
def _():
    p = pw()
    inner = json.dumps({"env": "MYSQL=mysql://u:%s@db/wandb" % p})
    mid = json.dumps({"attachment": inner})
    return [json.dumps({"ticket": mid})], [p]


@pos("env_base64_blob_in_gorilla_config_field", "base64 of a single value inside a zap field")
def _():
    p = pw()
    enc = b64np(p)
    line = '{"level":"debug","msg":"loaded secret","name":"GORILLA_SESSION_SECRET","b64":"%s"}' % b64s(p)
    return [line], [enc]


# ---- adversarial composites -----------------------------------------------


@pos("cri_partial_p_f_split_in_middle_of_aws_secret_kv", S_CRI)
def _():
    c = Clock()
    sk = awssk()
    cut = R.randint(10, 28)
    a = "%s stdout P time=%s level=info msg=\"s3 init\" aws_secret_access_key=%s" % (c.rfc_nano(), c.rfc_milli(), sk[:cut])
    b = "%s stdout F %s region=us-east-1" % (c.rfc_nano(), sk[cut:])
    return [a, b], [sk[:cut], sk[cut:]]


@pos("kubectl_logs_prefix_ansi_and_crlf_gorilla_env_echo", S_KUBECTL_LOGS)
def _():
    c = Clock()
    p = pw()
    pod = podname("wandb-app")
    raw = ["\x1b[33mWARN\x1b[0m using env MYSQL=mysql://%s:%s@%s/wandb\r" % (user(), p, host())]
    return w_kprefix(raw, c, pod, "wandb"), [p]


@pos("structlog_console_value_json_escaped_once_inside_kv", S_STRUCTLOG)
def _():
    c = Clock()
    p = pw()
    line = '%s [warning  ] webhook retry                  payload="{\\"url\\": \\"https://hooks.example.com/x\\", \\"secret\\": \\"%s\\"}"' % (c.rfc_micro(), p)
    return [line], [p]


@pos("gorilla_logfmt_quoted_value_with_escaped_quote_in_password", "https://brandur.org/logfmt (quoted values with \\\" escapes)")
def _():
    p = pw(8) + '\\"' + pw(8)
    line = 'time=%s level=info msg="db configured" dsn="%s:%s@tcp(%s:3306)/wandb"' % (Clock().rfc_milli(), user(), p, host())
    return [line], [p]


@pos("python_repr_bytes_authorization_header_in_urllib3_debug", "https://urllib3.readthedocs.io/en/stable/user-guide.html (connectionpool DEBUG), http.client debuglevel send: b'...'")
def _():
    k = wkey()
    enc, listed = basic("api", k)
    line = "send: b'POST /graphql HTTP/1.1\\r\\nHost: wandb.example.com\\r\\nAuthorization: Basic %s\\r\\nContent-Length: %d\\r\\n\\r\\n'" % (enc, R.randint(100, 900))
    return [line], [listed]


@pos("kubectl_logs_operator_helm_values_yaml_block_in_json_msg", S_KUBECTL_LOGS + "; " + S_OPERATOR)
def _():
    p = pw()
    vals = "global:\n  redis:\n    host: %s\n    password: %s\n" % (svc("wandb-redis"), p)
    line = json.dumps({"level": "debug", "ts": Clock().rfc_milli(), "logger": "helm", "msg": "rendered values", "values": vals})
    return [line], [p]


@pos("mysql_dsn_percent_encoded_at_and_colon_in_helm_set_history", "https://helm.sh/docs/helm/helm_upgrade/ (--set key=value)")
def _():
    p = pw(8) + "@:" + pw(8)
    enc = q(p)
    line = "helm upgrade wandb wandb/operator-wandb -n wandb --set global.extraEnv.MYSQL=mysql://wandb:%s@%s:3306/wandb_local" % (enc, host())
    return [line], [enc]


@pos("gorilla_json_unicode_escaped_password_chars", S_ZAP + " (JSON \\u escapes for non-ASCII and <>&)")
def _():
    a, b = apw(8), apw(8)
    p_line = a + "\\u003c\\u00e9" + b
    line = '{"level":"info","msg":"smtp sink","sink":"smtp://mailer:%s@smtp.example.com:587"}' % p_line
    return [line], [p_line]


# ---- fill with more diverse collector shapes ------------------------------


@pos("kubectl_logs_previous_crashloop_console_service_env_print", S_KUBECTL_LOGS + " (--previous)")
def _():
    p = pw()
    lines = ["Error: redis connection failed", "  REDIS=redis://:%s@%s:6379" % (p, svc("wandb-redis")), "  at Redis.connect (/app/node_modules/ioredis/built/Redis.js:%d:%d)" % (R.randint(100, 300), R.randint(1, 40))]
    return lines, [p]


@pos("node_ioredis_error_object_inspect_options_password", "https://nodejs.org/api/util.html#utilinspectobject-options (util.inspect object layout)")
def _():
    p = pw()
    lines = ["[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379" % ip10(), "  options: {", "    host: '%s'," % svc("wandb-redis"), "    port: 6379,", "    password: '%s'," % p, "    db: 0", "  }"]
    return lines, [p]


@pos("gunicorn_access_log_query_access_token_weave", "https://docs.gunicorn.org/en/stable/settings.html#access-log-format")
def _():
    c = Clock()
    t = rs(URLB64, 43)
    line = '%s - - [%s] "GET /traces/stream?access_token=%s HTTP/1.1" 200 %d "-" "python-requests/2.31.0"' % (ip10(), c.clf(), t, R.randint(100, 9999))
    return [line], [t]


@pos("redis_cli_info_keyspace_then_config_get_masterauth_raw", S_REDIS)
def _():
    p = pw()
    lines = ["$ redis-cli -h %s --no-auth-warning CONFIG GET masterauth" % svc("wandb-redis"), "1) \"masterauth\"", "2) \"%s\"" % p]
    return lines, [p]


@pos("redis_sentinel_conf_dump_auth_pass_line_in_configmap_json", S_REDIS + "; " + S_K8S_JSON)
def _():
    p = pw()
    lines = ['    "data": {', '        "sentinel.conf": "port 26379\\nsentinel monitor mymaster %s 6379 2\\nsentinel auth-pass mymaster %s\\n"' % (ip10(), p), "    },"]
    return lines, [p]


@pos("otel_collector_config_dump_exporter_headers_in_log", S_OTEL)
def _():
    t = rs(AN, 40)
    line = '%s\tinfo\tservice@v0.96.0/service.go:143\tStarting otelcol...\t{"Version": "0.96.0", "exporters": {"otlphttp": {"endpoint": "https://otel.example.com", "headers": {"x-honeycomb-team": "%s"}}}}' % (Clock().rfc_milli(), t)
    return [line], [t]


@pos("ingress_nginx_controller_log_oauth2_proxy_auth_request_cookie", "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/")
def _():
    c = Clock()
    s = rs(URLB64, 80)
    line = '%s - - [%s] "GET /oauth2/auth HTTP/1.1" 202 0 "-" "-" %d 0.002 [wandb-oauth2-proxy-4180] [] %s:4180 0 0.002 202 %s cookie="_oauth2_proxy=%s"' % (ip10(), c.clf(), R.randint(300, 900), ip10(), hx(32), s)
    return [line], [s]


@pos("wandb_local_log_temporary_credentials_local_restore", S_WB_ENV + " (LOCAL_RESTORE prints temporary credentials)")
def _():
    p = pw()
    lines = ["*** LOCAL_RESTORE is set", "*** Temporary admin credentials:", "***   username: local-restore", "***   password: %s" % p]
    return lines, [p]


@pos("mysql_cli_warning_then_error_echo_with_command_history_line", S_MYSQL_CLIENT)
def _():
    p = pw()
    lines = ["$ mysql -h %s -u %s --password='%s' wandb_local -e 'select 1'" % (host(), user(), p), "mysql: [Warning] Using a password on the command line interface can be insecure.", "ERROR 2003 (HY000): Can't connect to MySQL server on '%s:3306' (110)" % host()]
    return lines, [p]


# ---- second batch: more collector layouts ---------------------------------


@pos("gorilla_panic_gosyntax_config_struct_in_panic_value", S_GOPANIC + "; https://pkg.go.dev/fmt (%#v)")
def _():
    p = pw()
    s = rs(AN, 32)
    lines = [
        'panic: invalid config: config.Config{Host:"https://wandb.example.com", MySQL:config.MySQL{User:"%s", Password:"%s", Host:"%s"}, SessionSecret:"%s"}' % (user(), p, host(), s),
        "",
        "goroutine 1 [running]:",
        "github.com/wandb/core/services/gorilla/config.MustLoad(...)",
        "\t/src/services/gorilla/config/config.go:%d +0x%x" % (R.randint(20, 300), R.randint(16, 900)),
    ]
    return lines, [p, s]


@pos("python_traceback_urlparse_port_cast_error_exposes_password_head", "https://docs.python.org/3/library/urllib.parse.html (port property ValueError 'Port could not be cast to integer value as ...')")
def _():
    a, b = apw(10), apw(10)
    lines = [
        "Traceback (most recent call last):",
        '  File "/app/parquet/cache.py", line %d, in _redis' % R.randint(10, 300),
        "    port = urlparse(url).port",
        "    url = 'redis://:%s/%s@%s:6379/0'" % (a, b, svc("wandb-redis")),
        "ValueError: Port could not be cast to integer value as '%s'" % a,
    ]
    return lines, [a, b]


@pos("loguru_diagnose_backtrace_variable_annotation_dsn", S_LOGURU + " (backtrace=True, diagnose=True annotated frames)")
def _():
    p = pw()
    dsn = "mysql+pymysql://%s:%s@%s:3306/wandb_local" % (user(), p, host())
    lines = [
        "  File \"/app/weave/db.py\", line %d, in connect" % R.randint(10, 300),
        "    engine = create_engine(dsn, pool_pre_ping=True)",
        "             │             └ '%s'" % dsn,
        "             └ <function create_engine at 0x7f%s>" % hx(10),
        "",
        "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server\")",
    ]
    return lines, [p]


@pos("rich_traceback_locals_panel_box_drawing_password", "https://rich.readthedocs.io/en/stable/traceback.html (show_locals=True locals panel)")
def _():
    p = pw()
    k = wkey()
    w = 62
    def row(t):
        return "│ │ " + t.ljust(w) + " │ │"
    bar = "─" * ((w + 2 - 8) // 2)
    top = "│ ╭" + bar + " locals " + "─" * (w + 2 - 8 - len(bar)) + "╮ │"
    lines = [
        top,
        row("    host = '%s'" % svc("clickhouse")),
        row("password = '%s'" % p),
        row(" api_key = 'local-%s'" % k),
        row("    port = 8443"),
        "│ ╰" + "─" * (w + 2) + "╯ │",
    ]
    return lines, [p, k]


@pos("pydantic_validation_error_input_value_echoes_dsn", "https://docs.pydantic.dev/latest/errors/validation_errors/ (input_value=..., input_type=...)")
def _():
    p = pw()
    lines = [
        "pydantic_core._pydantic_core.ValidationError: 1 validation error for WeaveSettings",
        "clickhouse_port",
        "  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='8443?password=%s', input_type=str]" % p,
        "    For further information visit https://errors.pydantic.dev/2.6/v/int_parsing",
    ]
    return lines, [p]


@pos("python_os_environ_repr_environ_wrapper_in_debug_print", "https://docs.python.org/3/library/os.html#os.environ (repr environ({...}))")
def _():
    k = wkey()
    sk = awssk()
    line = "DEBUG env: environ({'PATH': '/usr/local/bin:/usr/bin', 'HOSTNAME': '%s', 'WANDB_API_KEY': 'local-%s', 'AWS_SECRET_ACCESS_KEY': '%s', 'LANG': 'C.UTF-8'})" % (podname("wandb-parquet"), k, sk)
    return [line], [k, sk]


@pos("spring_boot_failure_analyzer_property_value_origin_block", "https://docs.spring.io/spring-boot/reference/features/spring-application.html#features.spring-application.startup-failure (FailureAnalyzer report)")
def _():
    p = apw()
    lines = [
        "***************************",
        "APPLICATION FAILED TO START",
        "***************************",
        "",
        "Description:",
        "",
        "Failed to bind properties under 'spring.datasource.url' to java.lang.String:",
        "",
        "    Property: spring.datasource.url",
        '    Value: "jdbc:mysql://%s:3306/wandb_local?user=audit&password=%s"' % (host(), p),
        '    Origin: System Environment Property "SPRING_DATASOURCE_URL"',
    ]
    return lines, [p]


@pos("java_hikaricp_caused_by_sqlexception_with_url_in_message_debug", S_JAVA + "; https://github.com/brettwooldridge/HikariCP (pool init failure)")
def _():
    c = Clock()
    p = apw()
    lines = [
        "%s ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool       : HikariPool-1 - Exception during pool initialization." % c.java(),
        "",
        "java.sql.SQLException: No suitable driver found for jdbc:mysql//%s:3306/wandb?user=reporting&password=%s" % (host(), p),
        "\tat java.sql/java.sql.DriverManager.getConnection(DriverManager.java:708)",
        "\tat com.zaxxer.hikari.util.DriverDataSource.<init>(DriverDataSource.java:%d)" % R.randint(100, 140),
    ]
    return lines, [p]


@pos("kubectl_get_cronjob_json_command_array_mysqldump_password", S_K8S_JSON)
def _():
    p = pw()
    lines = [
        '                                "command": [',
        '                                    "/bin/sh",',
        '                                    "-c",',
        '                                    "mysqldump -h %s -u backup -p\'%s\' --single-transaction wandb_local | gzip > /backup/wandb.sql.gz"' % (host(), p),
        "                                ],",
    ]
    return lines, [p]


@pos("helm_get_manifest_bitnami_redis_secret_data_password", S_HELM_MANIFEST + "; https://github.com/bitnami/charts/tree/main/bitnami/redis (templates/secret.yaml redis-password)")
def _():
    p = pw()
    lines = [
        "---",
        "# Source: operator-wandb/charts/redis/templates/secret.yaml",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: wandb-redis",
        "type: Opaque",
        "data:",
        "  redis-password: %s" % b64s(p),
    ]
    return lines, [b64np(p)]


@pos("helm_get_manifest_migrate_job_args_dsn_flag", S_HELM_MANIFEST + "; " + S_OPCHART)
def _():
    p = pw()
    lines = [
        "# Source: operator-wandb/charts/app/templates/job-migrate.yaml",
        "      containers:",
        "        - name: migrate",
        "          image: wandb/megabinary:0.%d.0" % R.randint(60, 75),
        "          args:",
        '            - "migrate"',
        '            - "--mysql=mysql://%s:%s@%s:3306/wandb_local"' % (user(), p, host()),
    ]
    return lines, [p]


@pos("helm_get_values_user_supplied_header_license_and_oidc", "https://helm.sh/docs/helm/helm_get_values/ (USER-SUPPLIED VALUES: header)")
def _():
    lic, sig = jwt({"iss": "wandb", "seats": R.randint(5, 900)})
    s = rs(AN, 40)
    lines = [
        "USER-SUPPLIED VALUES:",
        "global:",
        "  host: https://wandb.example.com",
        "  license: %s" % lic,
        "  auth:",
        "    oidc:",
        "      clientId: %s" % uuid4(),
        "      secret: %s" % s,
    ]
    return lines, [sig, s]


@pos("kubectl_describe_pod_init_container_args_list_password", S_K8S_DESCRIBE)
def _():
    p = pw()
    lines = [
        "Init Containers:",
        "  wait-for-redis:",
        "    Image:         redis:7.2",
        "    Command:",
        "      sh",
        "      -c",
        "      until redis-cli -h %s --pass %s ping; do sleep 2; done" % (svc("wandb-redis"), p),
        "    State:          Terminated",
    ]
    return lines, [p]


@pos("kubectl_describe_annotations_last_applied_json_continuation", S_K8S_DESCRIBE)
def _():
    p = pw()
    la = json.dumps({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "wandb-oidc", "namespace": "wandb"}, "stringData": {"OIDC_SECRET": p}, "type": "Opaque"}, separators=(",", ":"))
    lines = [
        "Name:         wandb-oidc",
        "Namespace:    wandb",
        "Labels:       <none>",
        "Annotations:  kubectl.kubernetes.io/last-applied-configuration:",
        "                %s" % la,
        "",
        "Type:  Opaque",
    ]
    return lines, [p]


@pos("docker_inspect_minio_env_root_password_and_kms_secret_key", S_DOCKER_INSPECT + "; https://min.io/docs/minio/linux/reference/minio-server/settings/kms/kes.html (MINIO_KMS_SECRET_KEY name:base64)")
def _():
    p = pw()
    kms = b64(rbytes(32))
    lines = [
        '            "Env": [',
        '                "MINIO_ROOT_USER=%s",' % rs(UP + DIG, 12),
        '                "MINIO_ROOT_PASSWORD=%s",' % p,
        '                "MINIO_KMS_SECRET_KEY=wandb-key:%s",' % kms,
        '                "MINIO_BROWSER=off"',
        "            ],",
    ]
    return lines, [p, kms.rstrip("=")]


@pos("docker_inspect_format_json_config_env_single_line_array", S_DOCKER_INSPECT + " (-f '{{json .Config.Env}}')")
def _():
    p = pw()
    lic, sig = jwt({"iss": "wandb", "seats": R.randint(5, 900)})
    line = json.dumps(["HOST=https://wandb.example.com", "MYSQL=mysql://%s:%s@%s:3306/wandb_local" % (user(), p, host()), "LICENSE=%s" % lic, "PATH=/usr/local/bin:/usr/bin"], separators=(",", ":"))
    return [line], [p, sig]


@pos("docker_compose_config_healthcheck_test_list_redis_cli_a", S_COMPOSE_CONFIG)
def _():
    p = pw()
    lines = [
        "  redis:",
        "    healthcheck:",
        "      test:",
        "        - CMD",
        "        - redis-cli",
        "        - -a",
        "        - %s" % p,
        "        - ping",
        "      interval: 10s",
    ]
    return lines, [p]


@pos("docker_compose_config_anchor_expanded_secret_in_two_services", S_COMPOSE_CONFIG + " (YAML anchors/x- extensions are expanded in the output)")
def _():
    sk = awssk()
    lines = [
        "  parquet:",
        "    environment:",
        "      AWS_SECRET_ACCESS_KEY: %s" % sk,
        "    image: wandb/local:latest",
        "  weave:",
        "    environment:",
        "      AWS_SECRET_ACCESS_KEY: %s" % sk,
    ]
    return lines, [sk]


@pos("mysql_general_log_query_insert_oauth_refresh_token", "https://dev.mysql.com/doc/refman/8.0/en/query-log.html (Time Id Command Argument)")
def _():
    c = Clock()
    t = rs(URLB64, 64)
    lines = [
        "Time                 Id Command    Argument",
        "%s\t   %d Connect\t%s@%s on wandb_local using SSL/TLS" % (c.rfc_micro(), R.randint(10, 999), user(), ip10()),
        "%s\t   %d Query\tINSERT INTO oauth_tokens (user_id, refresh_token, expires_at) VALUES (%d, '%s', NOW() + INTERVAL 30 DAY)" % (c.rfc_micro(), R.randint(10, 999), R.randint(1, 9999), t),
    ]
    return lines, [t]


@pos("mysqlbinlog_verbose_row_event_pseudo_sql_secret_column", "https://dev.mysql.com/doc/refman/8.0/en/mysqlbinlog-row-events.html (-v ### INSERT ... ### SET ### @N=)")
def _():
    s = rs(AN, 40)
    lines = [
        "#%s server id 1  end_log_pos %d CRC32 0x%s \tWrite_rows: table id %d flags: STMT_END_F" % (Clock().t.strftime("%y%m%d %H:%M:%S"), R.randint(1000, 99999), hx(8), R.randint(80, 999)),
        "### INSERT INTO `wandb_local`.`integrations`",
        "### SET",
        "###   @1=%d" % R.randint(1, 9999),
        "###   @2='slack'",
        "###   @3='%s'" % s,
    ]
    return lines, [s]


@pos("ps_auxww_mysqlsh_uri_with_password", "https://dev.mysql.com/doc/mysql-shell/8.0/en/connecting-using-uri.html; procps ps auxww columns")
def _():
    p = pw()
    line = "root       %5d  0.3  1.1 %7d %6d pts/0    Sl+  %s   0:00 mysqlsh --uri root:%s@%s:3306 --sql" % (R.randint(100, 99999), R.randint(100000, 999999), R.randint(10000, 99999), Clock().t.strftime("%H:%M"), p, host())
    return ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND", line], [p]


@pos("my_print_defaults_s_flag_plain_password_lines", "https://dev.mysql.com/doc/refman/8.0/en/my-print-defaults.html (-s/--show prints passwords)")
def _():
    p = pw()
    lines = ["$ my_print_defaults -s client mysql", "--user=%s" % user(), "--password=%s" % p, "--host=%s" % host(), "--default-character-set=utf8mb4"]
    return lines, [p]


@pos("weave_loguru_presigned_get_url_with_session_token", S_LOGURU + "; " + S_SIGV4)
def _():
    c = Clock()
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 180)
    sig = hx(64)
    line = "%s | DEBUG    | weave.trace_server.files:presign:%d - presigned https://wandb-weave.s3.us-west-2.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2Fus-west-2%%2Fs3%%2Faws4_request&X-Amz-Security-Token=%s&X-Amz-Signature=%s" % (
        c.loguru(), R.randint(10, 300), hx(24), akid("ASIA"), c.t.strftime("%Y%m%d"), q(tok), sig)
    return [line], [q(tok[16:]), sig]


@pos("mc_alias_list_output_secretkey_field", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-list.html (URL/AccessKey/SecretKey/API/Path)")
def _():
    sk = apw(40)
    lines = [
        "wandb",
        "  URL       : http://%s:9000" % svc("minio"),
        "  AccessKey : %s" % rs(UP + DIG, 20),
        "  SecretKey : %s" % sk,
        "  API       : s3v4",
        "  Path      : auto",
    ]
    return lines, [sk]


@pos("curl_v_s3_presigned_post_form_fields_signature_and_token", "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTForms.html; " + S_CURL + " (--trace-ascii multipart)")
def _():
    sig = hx(64)
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 120)
    lines = [
        "0000: --------------------------%s" % hx(16),
        '002c: Content-Disposition: form-data; name="x-amz-security-token"',
        "006c: ",
        "006e: %s" % tok,
        "%04x: --------------------------%s" % (R.randint(300, 400), hx(16)),
        '%04x: Content-Disposition: form-data; name="x-amz-signature"' % R.randint(400, 500),
        "%04x: " % R.randint(500, 520),
        "%04x: %s" % (R.randint(520, 540), sig),
    ]
    return lines, [tok[16:], sig]


@pos("curl_v_oidc_callback_location_code_and_session_state", S_CURL + "; " + S_OIDC + " (authorization response code=)")
def _():
    code = rs(AN + "-.", 60)
    code = "a" + code[1:-1] + "z"
    lines = [
        "< HTTP/1.1 302 Found",
        "< Location: https://wandb.example.com/oidc/callback?state=%s&session_state=%s&code=%s" % (hx(32), uuid4(), code),
        "< Content-Length: 0",
    ]
    return lines, [code]


@pos("har_querystring_array_x_amz_signature_and_token", S_HAR + "; " + S_SIGV4)
def _():
    sig = hx(64)
    tok = "IQoJb3JpZ2luX2Vj" + rs(B64C, 160)
    lines = [
        '          "queryString": [',
        '            {"name": "X-Amz-Credential", "value": "%s/20240101/us-east-1/s3/aws4_request"},' % akid("ASIA"),
        '            {"name": "X-Amz-Security-Token", "value": "%s"},' % tok.replace("/", "\\/") if False else '            {"name": "X-Amz-Security-Token", "value": "%s"},' % tok,
        '            {"name": "X-Amz-Signature", "value": "%s"}' % sig,
        "          ],",
    ]
    return lines, [tok[16:], sig]


@pos("har_response_content_text_token_endpoint_json_escaped", S_HAR + "; " + S_OIDC)
def _():
    at, asig = jwt()
    rt = rs(URLB64, 60)
    text = json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 300, "refresh_token": rt})
    lines = [
        '        "content": {',
        '          "size": %d,' % len(text),
        '          "mimeType": "application/json",',
        '          "text": %s' % json.dumps(text),
        "        },",
    ]
    return lines, [asig, rt]


@pos("http_request_dump_websocket_upgrade_query_token", "https://www.rfc-editor.org/rfc/rfc6455#section-4.1 (Upgrade request, Sec-WebSocket-Key)")
def _():
    t = rs(URLB64, 48)
    lines = [
        "GET /api/ws/run-updates?token=%s HTTP/1.1" % t,
        "Host: wandb.example.com",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: %s" % b64(rbytes(16)),
        "Sec-WebSocket-Version: 13",
    ]
    return lines, [t]


@pos("sdk_debug_internal_requests_headers_dict_basic_auth", S_SDK_DEBUG)
def _():
    c = Clock()
    k = wkey()
    enc, listed = basic("api", "local-" + k)
    line = "%s DEBUG   HandlerThread:%d [internal_api.py:execute():%d] request headers: {'User-Agent': 'W&B Internal Client 0.17.0', 'Authorization': 'Basic %s'}" % (c.py(), R.randint(100, 99999), R.randint(200, 400), enc)
    return [line], [listed]


@pos("wandb_metadata_json_args_equals_local_prefixed_api_key", S_SDK_META)
def _():
    k = wkey()
    lines = [
        '    "program": "-m wandb.cli.cli",',
        '    "args": [',
        '        "login",',
        '        "--host=https://wandb.example.com",',
        '        "--relogin=local-%s"' % k,
        "    ],",
    ]
    return lines, [k]


@pos("wandb_settings_file_crlf_proxy_userinfo", S_SDK_SETTINGS)
def _():
    p = pw()
    lines = ["[default]\r", "base_url = https://wandb.example.com\r", "https_proxy = http://ml-svc:%s@proxy.example.com:3128\r" % p, "entity = ml-team\r"]
    return lines, [p]


@pos("sdk_run_config_yaml_nested_value_dict_dsn", S_SDK_CONFIG)
def _():
    p = pw()
    lines = [
        "data:",
        "  desc: null",
        "  value:",
        "    source: warehouse",
        "    url: postgresql://etl:%s@warehouse.example.com:5432/features" % p,
        "    table: runs_v2",
    ]
    return lines, [p]


@pos("requirements_txt_short_i_flag_userinfo_crlf", S_PIP_REQ)
def _():
    p = pw()
    lines = ["-i https://ci-reader:%s@nexus.example.com/repository/pypi/simple\r" % p, "wandb[media]==0.18.1\r", "transformers>=4.40\r"]
    return lines, [p]


@pos("fluentbit_record_log_field_json_escaped_twice", "https://docs.fluentbit.io/manual/pipeline/inputs/tail (docker parser keeps log as string) ; " + S_JSONFILE)
def _():
    p = pw()
    inner = json.dumps({"level": "error", "msg": "redis", "url": "redis://:%s@%s:6379" % (p, svc("wandb-redis"))})
    c = Clock()
    rec = json.dumps({"log": inner + "\n", "stream": "stderr", "time": c.rfc_nano()})
    line = json.dumps([float(c.epoch()), {"log": rec, "kubernetes": {"pod_name": podname("wandb-app")}}])
    return [line], [p]


@pos("compose_dotenv_bom_glued_to_first_key_license", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file (.env syntax)")
def _():
    lic, sig = jwt({"iss": "wandb", "seats": R.randint(5, 900)})
    p = pw()
    lines = ["\ufeffLICENSE=%s" % lic, "MYSQL_PASSWORD='%s'" % p, "WANDB_TAG=0.%d.0" % R.randint(50, 70)]
    return lines, [sig, p]


@pos("my_cnf_password_raw_non_ascii_double_quoted", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html (quoted values, UTF-8)")
def _():
    p = apw(7) + R.choice(["ä", "ø", "ç", "日本", "한"]) + apw(7)
    lines = ["[mysqldump]", "user=backup", 'password="%s"' % p, "single-transaction"]
    return lines, [p]


@pos("nginx_access_log_very_long_cookie_header_session_at_end", S_NGINX + " (log_format with $http_cookie, 4000+ chars)")
def _():
    c = Clock()
    s = rs(URLB64, 64)
    junk = "; ".join("_ga_%s=GS1.1.%d.%d.1.%d" % (rs(UP + DIG, 10), R.randint(10**9, 10**10), R.randint(1, 99), R.randint(10**9, 10**10)) for _ in range(R.randint(90, 120)))
    line = '%s - - [%s] "GET /home HTTP/1.1" 200 %d "-" "Mozilla/5.0" cookie="%s; wandb_session=%s"' % (ip10(), c.clf(), R.randint(100, 9000), junk, s)
    return [line], [s]


@pos("stern_color_always_pod_prefix_ansi_dsn", S_STERN + " (--color always)")
def _():
    p = pw()
    pod = podname("wandb-flat-run-fields-updater")
    line = "\x1b[36m%s\x1b[0m \x1b[32mflat-run-fields-updater\x1b[0m {\"level\":\"error\",\"msg\":\"db\",\"dsn\":\"%s:%s@tcp(%s:3306)/wandb_local\"}" % (pod, user(), p, host())
    return [line], [p]


@pos("docker_jsonfile_16k_split_pair_license_across_records", S_JSONFILE + " (lines over 16 KiB are split; only the last part ends with \\n)")
def _():
    c = Clock()
    lic, sig = jwt({"iss": "wandb", "seats": R.randint(5, 900)})
    body = "LICENSE=" + lic
    cut = body.index(sig) + R.randint(40, 200)
    s1 = sig[: cut - body.index(sig)]
    s2 = sig[len(s1):]
    return [json.dumps({"log": body[:cut], "stream": "stdout", "time": c.rfc_nano()}), json.dumps({"log": body[cut:] + "\n", "stream": "stdout", "time": c.rfc_nano()})], [s1, s2]


@pos("cri_three_piece_p_p_f_stderr_traceback_locals", S_CRI)
def _():
    c = Clock()
    k = wkey()
    msg = "    api_key = 'local-%s'" % k
    a = msg.index(k) + R.randint(10, 14)
    b = a + R.randint(10, 14)
    out = ["%s stderr F Traceback (most recent call last):" % c.rfc_nano()]
    out.append("%s stderr P %s" % (c.rfc_nano(), msg[:a]))
    out.append("%s stderr P %s" % (c.rfc_nano(), msg[a:b]))
    out.append("%s stderr F %s" % (c.rfc_nano(), msg[b:]))
    i = msg.index(k)
    return out, [msg[i:a], msg[a:b], msg[b:-1]]


@pos("kubectl_logs_timestamps_zap_json_kafka_sasl_password_field", S_KUBECTL_LOGS + "; " + S_ZAP)
def _():
    c = Clock()
    p = pw()
    line = '%s {"level":"info","ts":%s,"caller":"kafka/client.go:%d","msg":"kafka client","brokers":["%s:9093"],"sasl":{"mechanism":"SCRAM-SHA-512","user":"wandb","password":"%s"}}' % (c.rfc_nano(), c.epoch(), R.randint(20, 200), svc("wandb-kafka"), p)
    return [line], [p]


@pos("gorilla_logfmt_startup_oidc_and_slack_secrets_fields", "https://brandur.org/logfmt; " + S_WB_ENV)
def _():
    c = Clock()
    s1, s2 = rs(AN, 40), hx(32)
    line = 'time=%s level=debug msg="auth config" oidc_issuer=https://login.example.com oidc_client_id=%s oidc_secret=%s slack_client_id=%d.%d slack_secret=%s' % (c.rfc_milli(), uuid4(), s1, R.randint(10**11, 10**12), R.randint(10**11, 10**12), s2)
    return [line], [s1, s2]


@pos("kubectl_exec_cat_users_acl_file_user_line_plain_password", S_REDIS + "; https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/ (aclfile: user <name> on >password ~keys +@cmds)")
def _():
    p = pw()
    lines = ["$ kubectl exec -n wandb wandb-redis-master-0 -- cat /opt/redis/users.acl", "user default off", "user wandb on >%s ~* &* +@all -@dangerous" % p, "user exporter on #%s ~* +info +ping" % hx(64)]
    return lines, [p]


# ---- third batch: further collector layouts ------------------------------


@pos("kubectl_get_pod_json_container_status_termination_message_dsn", S_K8S_JSON + "; https://kubernetes.io/docs/tasks/debug/debug-application/determine-reason-pod-failure/ (lastState.terminated.message)")
def _():
    p = pw()
    lines = [
        '                "lastState": {',
        '                    "terminated": {',
        '                        "containerID": "containerd://%s",' % hx(64),
        '                        "exitCode": 1,',
        '                        "message": "fatal: cannot open database %s:%s@tcp(%s:3306)/wandb_local\\n",' % (user(), p, host()),
        '                        "reason": "Error",',
    ]
    return lines, [p]


@pos("helm_status_output_json_release_config_values_password", "https://helm.sh/docs/helm/helm_status/ (-o json prints the release: info, config, manifest)")
def _():
    p = pw()
    sk = awssk()
    d = {"name": "wandb", "info": {"status": "deployed", "first_deployed": Clock().rfc_nano()}, "config": {"global": {"bucket": {"accessKey": akid(), "secretKey": sk}, "redis": {"password": p}}}, "version": R.randint(2, 60), "namespace": "wandb"}
    return [json.dumps(d, separators=(",", ":"))], [p, sk]


@pos("docker_events_json_exec_start_action_command_password", "https://docs.docker.com/reference/cli/docker/system/events/ (--format '{{json .}}', exec_start: <command>)")
def _():
    c = Clock()
    p = pw()
    cid = hx(64)
    act = "exec_start: mysql -uroot -p%s -e SELECT 1" % p
    ev = {"status": act, "id": cid, "from": "mysql:8.0", "Type": "container", "Action": act,
          "Actor": {"ID": cid, "Attributes": {"execID": hx(64), "image": "mysql:8.0", "name": "wandb-mysql-1"}},
          "scope": "local", "time": int(c.t.timestamp()), "timeNano": int(c.t.timestamp()) * 10**9 + c.ns}
    return [json.dumps(ev, separators=(",", ":"))], [p]


@pos("uvicorn_trace_asgi_scope_headers_bytes_tuples_authorization", "https://www.uvicorn.org/settings/#logging (--log-level trace: 'ASGI [n] Started scope=...')")
def _():
    c = Clock()
    t, sig = jwt()
    line = "TRACE:    %s:%d - ASGI [%d] Started scope={'type': 'http', 'asgi': {'version': '3.0', 'spec_version': '2.3'}, 'http_version': '1.1', 'method': 'POST', 'path': '/traces/calls', 'headers': [(b'host', b'wandb.example.com'), (b'authorization', b'Bearer %s'), (b'content-type', b'application/json')]}" % (ip10(), R.randint(30000, 60000), R.randint(1, 999), t)
    return [line], [sig]


@pos("kubectl_get_pod_json_lifecycle_poststart_exec_command_token", S_K8S_JSON + "; https://kubernetes.io/docs/tasks/configure-pod-container/attach-handler-lifecycle-event/")
def _():
    k = wkey()
    lines = [
        '                        "lifecycle": {',
        '                            "postStart": {',
        '                                "exec": {',
        '                                    "command": ["/bin/sh", "-c", "curl -fsS -H \'Authorization: Basic %s\' https://wandb.example.com/api/v1/warmup"]' % b64s("api:" + k),
        "                                }",
        "                            }",
    ]
    enc, listed = basic("api", k)
    return lines, [listed]


@pos("performance_schema_digest_summary_query_sample_text_literal_token", S_MYSQL_PS + "; https://dev.mysql.com/doc/refman/8.0/en/performance-schema-statement-summary-tables.html (QUERY_SAMPLE_TEXT)")
def _():
    t = rs(URLB64, 48)
    lines = [
        "*************************** 1. row ***************************",
        "              SCHEMA_NAME: wandb_local",
        "              DIGEST_TEXT: UPDATE `users` SET `reset_token` = ? WHERE `id` = ?",
        "               COUNT_STAR: %d" % R.randint(1, 9999),
        "        QUERY_SAMPLE_TEXT: UPDATE `users` SET `reset_token` = '%s' WHERE `id` = %d" % (t, R.randint(1, 9999)),
        "        QUERY_SAMPLE_SEEN: %s" % Clock().t.strftime("%Y-%m-%d %H:%M:%S.%f"),
    ]
    return lines, [t]


@pos("apachebench_verbose_4_request_header_block_basic", "https://httpd.apache.org/docs/2.4/programs/ab.html (-v 4 prints request headers between --- lines; -A auth)")
def _():
    p = pw()
    enc, listed = basic("loadtest", p)
    lines = [
        "INFO: GET header == ",
        "---",
        "GET /api/v1/status HTTP/1.0",
        "Host: wandb.example.com",
        "User-Agent: ApacheBench/2.3",
        "Accept: */*",
        "Authorization: Basic %s" % enc,
        "---",
    ]
    return lines, [listed]


@pos("http_trace_method_response_body_echoes_authorization", "https://www.rfc-editor.org/rfc/rfc9110#name-trace (TRACE response body echoes the request)")
def _():
    k = wkey()
    enc, listed = basic("api", k)
    lines = [
        "< HTTP/1.1 200 OK",
        "< Content-Type: message/http",
        "< ",
        "TRACE / HTTP/1.1",
        "Host: wandb.example.com",
        "Authorization: Basic %s" % enc,
        "X-Forwarded-For: %s" % ip10(),
    ]
    return lines, [listed]


@pos("kubectl_get_pod_json_env_from_downward_and_literal_oidc_secret_last_field", S_K8S_JSON)
def _():
    s = rs(AN, 40)
    lines = [
        '                            {"name": "POD_IP", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "status.podIP"}}},',
        '                            {"name": "OIDC_CLIENT_ID", "value": "%s"},' % uuid4(),
        '                            {"name": "OIDC_SECRET", "value": "%s"}' % s,
        "                        ],",
    ]
    return lines, [s]


@pos("openssl_s_client_proxy_connect_then_typed_basic_api_key", S_OPENSSL + " (-proxy host:port, typed request after Verify return code)")
def _():
    k = wkey()
    enc, listed = basic("api", "local-" + k)
    lines = [
        "CONNECTED(00000003)",
        "---",
        "    Verify return code: 0 (ok)",
        "---",
        "POST /graphql HTTP/1.1",
        "Host: wandb.example.com",
        "Authorization: Basic %s" % enc,
    ]
    return lines, [listed]


# ================================================================ NEGATIVES


@neg("dockerlogs_ts_local_env_dump_secrets_from_files", S_DOCKER_LOGS + "; " + S_WB_ENV)
def _():
    c = Clock()
    raw = ["*** Environment:", "    HOST=https://wandb.example.com", "    MYSQL=<from /run/secrets/mysql_dsn>", "    LICENSE=<unset>", "*** supervisord: spawned: 'gorilla' with pid %d" % R.randint(30, 90)]
    return w_docker(raw, c)


@neg("gorilla_zap_redis_options_struct_empty_password", S_ZAP)
def _():
    return [json.dumps({"level": "info", "ts": float(Clock().epoch()), "caller": "redis/client.go:%d" % R.randint(40, 200), "msg": "redis client options", "opts": "&{Network:tcp Addr:%s:6379 Username: Password: DB:%d PoolSize:%d}" % (svc("wandb-redis"), R.randint(0, 3), R.randint(5, 50))})]


@neg("structlog_console_clickhouse_init_without_password_kv", S_STRUCTLOG)
def _():
    c = Clock()
    return ["%s [info     ] clickhouse client init         database=weave host=%s port=%d secure=%s user=weave_app password_set=True" % (c.rfc_micro(), svc("clickhouse"), R.choice([8123, 8443, 9440]), R.choice(["True", "False"]))]


@neg("pydantic_settings_repr_secretstr_masked_and_url_without_creds", S_PYDANTIC)
def _():
    c = Clock()
    return ["%s | INFO     | weave.config:load:%d - settings=WeaveSettings(clickhouse_url=Url('https://%s:8443/'), clickhouse_password=SecretStr('**********'), openai_api_key=None, debug=%s)" % (c.loguru(), R.randint(10, 99), svc("clickhouse"), R.choice(["True", "False"]))]


@neg("python_traceback_capture_locals_without_credentials", S_PYTB)
def _():
    return ["Traceback (most recent call last):", '  File "/app/weave/trace_server/worker.py", line %d, in run' % R.randint(10, 900), "    batch_size = %d" % R.randint(10, 5000), "    password_file = '/var/run/secrets/clickhouse/password'", "    token_count = %d" % R.randint(0, 99999), "KeyError: 'project_id'"]


@neg("go_panic_goroutine_trace_with_pointers_and_hex_args", S_GOPANIC)
def _():
    return ["panic: runtime error: invalid memory address or nil pointer dereference", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]" % (R.randint(0, 255), R.randint(10**6, 10**7)), "", "goroutine %d [running]:" % R.randint(1, 900), "github.com/wandb/core/services/parquet.(*Writer).Flush(0xc000%s, {0x%x, 0xc000%s})" % (hx(6), R.randint(10**6, 10**7), hx(6)), "\t/src/services/parquet/writer.go:%d +0x%x" % (R.randint(10, 500), R.randint(16, 999))]


@neg("java_stacktrace_caused_by_jdbc_url_without_password", S_JAVA)
def _():
    return ["org.apache.kafka.connect.errors.ConnectException: java.sql.SQLException: Access denied for user '%s'@'%s' (using password: YES)" % (user(), ip10()), "\tat io.confluent.connect.jdbc.util.CachedConnectionProvider.getConnection(CachedConnectionProvider.java:%d)" % R.randint(50, 90), "Caused by: java.sql.SQLInvalidAuthorizationSpecException: url=jdbc:mysql://%s:3306/wandb_local?user=%s&useSSL=true&serverTimezone=UTC" % (host(), user()), "\t... %d more" % R.randint(3, 20)]


@neg("minio_startup_banner_rootuser_only_and_docs_hint", S_MINIO)
def _():
    ip = ip10()
    return ["MinIO Object Storage Server", "API: http://%s:9000  http://127.0.0.1:9000" % ip, "RootUser: %s" % rs(UP + DIG, 12), "RootPass: (set via MINIO_ROOT_PASSWORD_FILE)", "Documentation: https://min.io/docs/minio/linux/index.html"]


@neg("mysql_entrypoint_notes_without_generated_password", S_MYSQL_ENTRY)
def _():
    c = Clock()
    t = c.t.strftime("%Y-%m-%d %H:%M:%S")
    return ["%s+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.%d started." % (t, R.randint(30, 40)), "%s+00:00 [Note] [Entrypoint]: Initializing database files" % t, "%s+00:00 [Note] [Entrypoint]: MYSQL_ROOT_PASSWORD_FILE is set, reading root password from /run/secrets/%s" % (t, rs(LOW, 8))]


@neg("cri_partial_marker_lines_with_plain_text_halves", S_CRI)
def _():
    c = Clock()
    msg = "processed %d history rows for run %s in project %s" % (R.randint(1000, 999999), rs(LOW + DIG, 8), rs(LOW, 7))
    cut = R.randint(10, len(msg) - 10)
    return ["%s stdout P %s" % (c.rfc_nano(), msg[:cut]), "%s stdout F %s" % (c.rfc_nano(), msg[cut:])]


@neg("collector_log_cap_truncated_plain_graphql_query", S_DOCKER_LOGS)
def _():
    return ['%s {"level":"info","msg":"graphql","query":"query Runs($project: String!) { project(name: $project) { runs(first: %d' % (Clock().rfc_nano(), R.randint(10, 500)) + "…[truncated %d bytes]" % R.randint(200, 9000)]


@neg("docker_jsonfile_raw_record_escaped_plain_startup_line", S_JSONFILE)
def _():
    return [json.dumps({"log": "Listening on :%d (pid %d)\r\n" % (R.choice([8080, 8081, 8443, 9000]), R.randint(10, 999)), "stream": R.choice(["stdout", "stderr"]), "time": Clock().rfc_nano()})]


@neg("kubectl_get_deploy_json_last_applied_with_secretkeyref_only", S_K8S_JSON)
def _():
    la = json.dumps({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "wandb-app"}, "spec": {"template": {"spec": {"containers": [{"name": "wandb", "env": [{"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "wandb-mysql-%s" % rs(LOW, 4), "key": "password"}}}]}]}}}}, separators=(",", ":")) + "\n"
    return ['    "metadata": {', '        "annotations": {', '            "deployment.kubernetes.io/revision": "%d",' % R.randint(2, 40), '            "kubectl.kubernetes.io/last-applied-configuration": %s' % json.dumps(la), "        },"]


@neg("kubectl_get_json_managedfields_fields_v1_env_keys_only", S_K8S_JSON)
def _():
    return ['            "managedFields": [', "                {", '                    "apiVersion": "apps/v1",', '                    "fieldsType": "FieldsV1",', '                    "fieldsV1": {"f:spec": {"f:template": {"f:spec": {"f:containers": {"k:{\\"name\\":\\"wandb\\"}": {"f:env": {"k:{\\"name\\":\\"MYSQL_PASSWORD\\"}": {".": {}, "f:name": {}, "f:valueFrom": {}}}}}}}}},', '                    "manager": "%s",' % R.choice(["helm", "kubectl-client-side-apply", "manager", "kubectl-edit"]), '                    "time": "%s"' % Clock().t.strftime("%Y-%m-%dT%H:%M:%SZ")]


@neg("weightsandbiases_cr_status_conditions_plain_messages", S_K8S_JSON + "; " + S_OPERATOR)
def _():
    return ['            "conditions": [', "                {", '                    "lastTransitionTime": "%s",' % Clock().t.strftime("%Y-%m-%dT%H:%M:%SZ"), '                    "message": "%s",' % R.choice(["helm release wandb upgraded to revision %d" % R.randint(2, 80), "waiting for secret wandb-mysql-%s to contain key password" % rs(LOW, 4), "database reachable at %s:3306" % host()]), '                    "reason": "%s",' % R.choice(["Reconciled", "Pending", "Progressing"]), '                    "type": "Ready"']


@neg("kubectl_get_secret_json_metadata_and_type_without_data", S_K8S_JSON)
def _():
    return ["        {", '            "apiVersion": "v1",', '            "kind": "Secret",', '            "metadata": {"name": "wandb-%s", "namespace": "%s", "resourceVersion": "%d", "uid": "%s"},' % (rs(LOW, 6), ns(), R.randint(10**5, 10**8), uuid4()), '            "type": "%s"' % R.choice(["Opaque", "kubernetes.io/tls", "helm.sh/release.v1"]), "        },"]


@neg("helm_get_manifest_secret_template_with_lookup_placeholders", S_HELM_MANIFEST)
def _():
    return ["---", "# Source: operator-wandb/charts/app/templates/secret.yaml", "apiVersion: v1", "kind: Secret", "metadata:", "  name: wandb-app-config-%s" % rs(LOW, 4), "stringData:", '  MYSQL_PASSWORD: "%s"' % R.choice(["", "${MYSQL_PASSWORD}", "CHANGEME", "<set-me>", "{{ .Values.global.mysql.password }}"])]


@neg("helm_get_manifest_deployment_env_secretkeyref_and_checksum", S_HELM_MANIFEST + "; " + S_OPCHART)
def _():
    return ["# Source: operator-wandb/charts/app/templates/deployment.yaml", "      annotations:", "        checksum/secret: %s" % hx(64), "          env:", "            - name: LICENSE", "              valueFrom:", "                secretKeyRef: {name: wandb-license-%s, key: license}" % rs(LOW, 4)]


@neg("kubectl_describe_pod_liveness_exec_redis_cli_env_ref", S_K8S_DESCRIBE)
def _():
    return ["    Restart Count:  %d" % R.randint(0, 9), "    Liveness:       exec [sh -c redis-cli -a \"$REDIS_PASSWORD\" ping] delay=%ds timeout=5s period=5s #success=1 #failure=5" % R.randint(5, 30), "    Environment:", "      REDIS_PASSWORD:  <set to the key 'redis-password' in secret 'wandb-redis-%s'>  Optional: false" % rs(LOW, 4)]


@neg("kubectl_describe_configmap_redis_conf_without_auth", S_K8S_DESCRIBE)
def _():
    return ["Data", "====", "redis.conf:", "----", "maxmemory %dmb" % R.randint(64, 4096), "maxmemory-policy allkeys-lru", "# requirepass is set from /etc/redis/secret/password", "BinaryData", "===="]


@neg("kubectl_describe_secret_data_sizes_bytes", S_K8S_DESCRIBE + "; " + S_TLS_HELP)
def _():
    return ["Name:         wandb-mysql-%s" % rs(LOW, 4), "Namespace:    %s" % ns(), "Type:  Opaque", "", "Data", "====", "password:       %d bytes" % R.randint(8, 64), "root-password:  %d bytes" % R.randint(8, 64)]


@neg("kubectl_get_events_json_plain_probe_failure_message", S_K8S_EVENTS)
def _():
    return ["        {", '            "kind": "Event",', '            "message": "Readiness probe failed: Get \\"http://%s:8080/ready\\": context deadline exceeded",' % ip10(), '            "reason": "Unhealthy",', '            "count": %d,' % R.randint(1, 500), '            "type": "Warning"']


@neg("kubectl_get_events_table_secret_mount_failures", S_K8S_EVENTS)
def _():
    return ["LAST SEEN   TYPE      REASON        OBJECT                 MESSAGE", "%dm         Warning   FailedMount   pod/%s   MountVolume.SetUp failed for volume \"mysql-password\" : secret \"wandb-mysql-%s\" not found" % (R.randint(1, 59), podname("wandb-app"), rs(LOW, 4)), "%dm         Normal    Pulled        pod/%s   Container image \"wandb/local:0.%d.0\" already present on machine" % (R.randint(1, 59), podname("wandb-app"), R.randint(50, 70))]


@neg("helm_get_values_json_with_existing_secret_refs", "https://helm.sh/docs/helm/helm_get_values/")
def _():
    return [json.dumps({"global": {"mysql": {"host": host(), "passwordSecret": {"name": "wandb-mysql-%s" % rs(LOW, 4), "passwordKey": "password"}, "port": 3306}, "bucket": {"secret": {"secretName": "wandb-bucket", "accessKeyName": "ACCESS_KEY", "secretKeyName": "SECRET_KEY"}}, "host": "https://wandb-%s.example.com" % rs(LOW, 4)}})]


@neg("kubectl_get_secret_tls_json_certificate_only_public", S_TLS_HELP)
def _():
    cert = b64(b"-----BEGIN CERTIFICATE-----\n" + base64.b64encode(rbytes(96)) + b"\n-----END CERTIFICATE-----\n")
    return ['    "data": {', '        "ca.crt": "%s"' % cert, "    },", '    "type": "Opaque"']


@neg("docker_inspect_healthcheck_mysqladmin_with_defaults_file", S_DOCKER_INSPECT)
def _():
    return ['            "Healthcheck": {', '                "Test": [', '                    "CMD-SHELL",', '                    "mysqladmin --defaults-extra-file=/run/secrets/%s.cnf ping -h 127.0.0.1"' % rs(LOW, 6), "                ],", '                "Interval": %d000000000,' % R.randint(5, 60)]


@neg("docker_inspect_logconfig_json_file_and_awslogs_opts", S_DOCKER_INSPECT)
def _():
    return ['            "LogConfig": {', '                "Type": "%s",' % R.choice(["json-file", "awslogs", "local"]), '                "Config": {', '                    "max-size": "%dm",' % R.randint(10, 500), '                    "awslogs-group": "/wandb/%s"' % rs(LOW, 6), "                }"]


@neg("docker_inspect_mounts_secret_paths_and_volume_names", S_DOCKER_INSPECT)
def _():
    return ['            "Mounts": [', "                {", '                    "Type": "bind",', '                    "Source": "/opt/wandb/secrets/%s",' % R.choice(["mysql_password", "license.jwt", "oidc_secret", "redis.pass"]), '                    "Destination": "/run/secrets/%s",' % rs(LOW, 6), '                    "RW": false']


@neg("docker_inspect_labels_compose_config_hash_and_image_digest", S_DOCKER_INSPECT + "; " + S_COMPOSE_CONFIG)
def _():
    return ['            "Labels": {', '                "com.docker.compose.config-hash": "%s",' % hx(64), '                "com.docker.compose.project": "wandb-%s",' % rs(LOW, 4), '                "org.opencontainers.image.revision": "%s"' % hx(40), "            }"]


@neg("docker_compose_config_environment_with_interpolation_refs", S_COMPOSE_CONFIG)
def _():
    return ["services:", "  wandb:", "    environment:", "      HOST: https://wandb-%s.example.com" % rs(LOW, 4), "      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password", "      SLACK_SECRET: ${SLACK_SECRET:?set in .env}", "    image: wandb/local:0.%d.%d" % (R.randint(50, 70), R.randint(0, 9))]


@neg("docker_compose_config_json_secrets_top_level_file_refs", S_COMPOSE_CONFIG)
def _():
    return ['  "secrets": {', '    "mysql_password": {', '      "name": "wandb_mysql_password",', '      "file": "/opt/wandb/%s/mysql_password.txt"' % rs(LOW, 6), "    }", "  }"]


@neg("mysql_vertical_slave_master_info_empty_password_row", S_MYSQL_REPL)
def _():
    return ["*************************** 1. row ***************************", "       Master_log_name: binlog.%06d" % R.randint(1, 999), "                  Host: %s" % host(), "             User_name: repl", "         User_password: ", "                  Port: 3306", "        Master_UUID: %s" % uuid4()]


@neg("mysql_show_full_processlist_box_select_queries", S_MYSQL_CLIENT)
def _():
    a = "| %-3d | wandb       | %-15s | wandb_local | Query   | %4d | executing  | SELECT id, name FROM runs WHERE project_id = %d |" % (R.randint(10, 99), ip10() + ":" + str(R.randint(30000, 60000))[:0], R.randint(0, 30), R.randint(1, 99999))
    b = "+" + "-" * (len(a) - 2) + "+"
    return [b, a, b]


@neg("performance_schema_statements_vertical_digest_text", S_MYSQL_PS)
def _():
    return ["*************************** %d. row ***************************" % R.randint(1, 9), "         THREAD_ID: %d" % R.randint(40, 400), "        EVENT_NAME: statement/sql/alter_user", "          SQL_TEXT: ALTER USER 'wandb'@'%' IDENTIFIED BY <secret>", "       DIGEST_TEXT: ALTER USER ? @ ? IDENTIFIED BY <secret>", "            DIGEST: %s" % hx(64)]


@neg("mysql_show_grants_tab_output_mysql8", S_MYSQL_CLIENT + " (SHOW GRANTS)")
def _():
    u = user()
    return ["Grants for %s@%%" % u, "GRANT USAGE ON *.* TO `%s`@`%%`" % u, "GRANT ALL PRIVILEGES ON `wandb_local`.* TO `%s`@`%%`" % u, "GRANT %s ON `mysql`.* TO `%s`@`%%`" % (R.choice(["SELECT", "SELECT, PROCESS", "REPLICATION CLIENT"]), u)]


@neg("mysql_show_variables_batch_validate_password_and_ssl", S_MYSQL_CLIENT)
def _():
    return ["Variable_name\tValue", "validate_password.length\t%d" % R.randint(8, 16), "validate_password.policy\t%s" % R.choice(["LOW", "MEDIUM", "STRONG"]), "ssl_cert\t/etc/mysql/certs/%s.pem" % rs(LOW, 6), "default_authentication_plugin\tcaching_sha2_password"]


@neg("mysqld_verbose_help_password_related_options_table", S_MYSQL_HELP)
def _():
    return ["------------------------------------------------------------ -------------", "caching-sha2-password-private-key-path                       private_key.pem", "caching-sha2-password-public-key-path                        public_key.pem", "password-history                                             %d" % R.randint(0, 9), "password-reuse-interval                                      %d" % R.randint(0, 365), "report-password                                              (No default value)"]


@neg("mysql_error_log_repl_storing_password_not_secure_warning", S_MYSQL_ERRLOG)
def _():
    c = Clock()
    return ["%s %d [Warning] [MY-010897] [Repl] Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended." % (c.rfc_micro(), R.randint(10, 99)), "%s %d [System] [MY-010562] [Repl] Replica I/O thread for channel '': connected to source 'repl@%s:3306',replication started in log 'binlog.%06d' at position %d" % (c.rfc_micro(), R.randint(10, 99), host(), R.randint(1, 999), R.randint(100, 99999))]


@neg("mysql_slow_log_query_with_hashed_key_lookup", "https://dev.mysql.com/doc/refman/8.0/en/slow-query-log.html")
def _():
    c = Clock()
    return ["# Time: %s" % c.rfc_micro(), "# Query_time: %d.%06d  Lock_time: 0.000002 Rows_sent: 1  Rows_examined: %d" % (R.randint(2, 9), R.randint(0, 999999), R.randint(1000, 99999)), "SET timestamp=%d;" % int(c.t.timestamp()), "SELECT id FROM api_keys WHERE key_hash = UNHEX(SHA2(?, 256)) AND user_id = %d;" % R.randint(1, 9999)]


@neg("my_cnf_client_section_without_password_bom_crlf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")
def _():
    return ["\ufeff[client]\r", "user=%s\r" % user(), "host=%s\r" % host(), "ssl-ca=/etc/mysql/ca-%s.pem\r" % rs(LOW, 4)]


@neg("s3_xml_error_invalid_access_key_id_and_request_ids", S_S3_ERR)
def _():
    return ['<?xml version="1.0" encoding="UTF-8"?>', "<Error><Code>%s</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>%s</AWSAccessKeyId><RequestId>%s</RequestId><HostId>%s</HostId></Error>" % (R.choice(["InvalidAccessKeyId", "AccessDenied"]), akid(), rs(UP + DIG, 16), b64(rbytes(54)))]


@neg("s3_xml_signature_does_not_match_string_to_sign_bytes_no_token", S_S3_ERR)
def _():
    c = Clock()
    return ["<StringToSign>AWS4-HMAC-SHA256", c.amz(), "%s/us-east-1/s3/aws4_request" % c.t.strftime("%Y%m%d"), "%s</StringToSign>" % hx(64), "<StringToSignBytes>%s</StringToSignBytes>" % " ".join(hx(2) for _ in range(24))]


@neg("curl_v_presigned_url_redacted_by_tool_and_headers", S_CURL)
def _():
    return ["> GET /wandb-bucket/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED HTTP/1.1" % hx(16), "> Host: s3.amazonaws.com", "< HTTP/1.1 %d" % R.choice([200, 403, 404]), "< x-amz-request-id: %s" % rs(UP + DIG, 16), "< ETag: \"%s\"" % hx(32)]


@neg("curl_v_gcs_public_object_url_generation_and_hashes", S_GCS_SIGNED)
def _():
    return ["> GET /wandb-public-%s/%s.json HTTP/2" % (rs(LOW, 5), hx(12)), "> Host: storage.googleapis.com", "< x-goog-generation: %d" % R.randint(10**15, 10**16), "< x-goog-hash: crc32c=%s,md5=%s" % (b64(rbytes(4)), b64(rbytes(16)))]


@neg("azure_blob_url_without_sas_and_ms_request_id", S_AZ_SAS)
def _():
    return ["< HTTP/1.1 %d" % R.choice([200, 404, 409]), "< x-ms-request-id: %s" % uuid4(), "< x-ms-version: 2022-11-02", "< Location: https://wandbstore%s.blob.core.windows.net/wandb/%s" % (rs(LOW + DIG, 6), hx(24))]


@neg("botocore_debug_credentials_found_and_endpoint_resolution", S_BOTOCORE)
def _():
    c = Clock()
    return ["%s botocore.credentials [INFO] Found credentials in %s." % (c.py(), R.choice(["environment variables", "shared credentials file: ~/.aws/credentials", "AssumeRoleWithWebIdentity"])), "%s botocore.regions [DEBUG] Endpoint provider result: https://wandb-%s.s3.us-east-1.amazonaws.com" % (c.py(), rs(LOW, 5)), "%s botocore.endpoint [DEBUG] Setting s3 timeout as (60, 60)" % c.py()]


@neg("botocore_auth_string_to_sign_and_signed_headers_only", S_BOTOCORE)
def _():
    c = Clock()
    return ["%s botocore.auth [DEBUG] StringToSign:" % c.py(), "AWS4-HMAC-SHA256", c.amz(), "%s/us-east-1/s3/aws4_request" % c.t.strftime("%Y%m%d"), hx(64)]


@neg("cors_preflight_capture_options_headers_only", S_CURL)
def _():
    return ["> OPTIONS /wandb-bucket/%s HTTP/1.1" % hx(12), "> Origin: https://wandb-%s.example.com" % rs(LOW, 4), "> Access-Control-Request-Method: PUT", "> Access-Control-Request-Headers: authorization,content-md5,x-amz-security-token", "< Access-Control-Allow-Origin: *", "< Access-Control-Max-Age: %d" % R.choice([600, 3000, 86400])]


@neg("mc_admin_trace_request_without_auth_headers", S_MINIO)
def _():
    c = Clock()
    t = c.t.strftime("%H:%M:%S.000")
    return ["%s  [REQUEST s3.GetObject] [%s] [Client IP: %s]" % (t, c.rfc_nano(), ip10()), "%s  GET /wandb/%s" % (t, hx(16)), "%s  X-Amz-Content-Sha256: UNSIGNED-PAYLOAD" % t, "%s  [RESPONSE] [%s] [ Duration %dms TTFB %dms ]" % (t, c.rfc_nano(), R.randint(1, 900), R.randint(1, 90))]


@neg("openssl_s_client_certificate_chain_and_session_ids", S_OPENSSL)
def _():
    return ["Certificate chain", " 0 s:CN = wandb-%s.example.com" % rs(LOW, 4), "   i:C = US, O = Let's Encrypt, CN = R3", "---", "    Session-ID: %s" % hx(64).upper(), "    Master-Key: <redacted by openssl -no_ssl_keylog>" if False else "    Verify return code: 0 (ok)"]


@neg("curl_trace_ascii_send_data_public_client_pkce_request", S_CURL + "; " + S_OIDC)
def _():
    body = "grant_type=refresh_token&client_id=wandb-%s&scope=openid%%20profile%%20email&code_challenge_method=S256" % rs(LOW, 6)
    lines = ["=> Send data, %d bytes (0x%x)" % (len(body), len(body))]
    for i in range(0, len(body), 64):
        lines.append("%04x: %s" % (i, body[i:i + 64]))
    return lines


@neg("curl_v_http2_bracket_header_echo_without_auth", S_CURL)
def _():
    return ["* [HTTP/2] [1] OPENED stream for https://wandb-%s.example.com/healthz" % rs(LOW, 4), "* [HTTP/2] [1] [:method: GET]", "* [HTTP/2] [1] [:scheme: https]", "* [HTTP/2] [1] [accept: */*]", "< HTTP/2 %d" % R.choice([200, 503])]


@neg("http_response_dump_set_cookie_cleared_values", "https://www.rfc-editor.org/rfc/rfc6265")
def _():
    c = Clock()
    return ["HTTP/1.1 %d" % R.choice([200, 302, 401]), "Date: %s" % c.http(), "Set-Cookie: wandb_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly", "Set-Cookie: AWSELBAuthSessionCookie-0=; Max-Age=-1", "X-Request-Id: %s" % hx(32)]


@neg("har_json_entry_timings_and_response_headers", S_HAR)
def _():
    return ['        "timings": {"blocked": %d, "dns": -1, "connect": -1, "send": 0, "wait": %d, "receive": %d},' % (R.randint(0, 30), R.randint(10, 900), R.randint(0, 90)), '        "response": {"status": 200, "headers": [{"name": "etag", "value": "W/\\"%s\\""}, {"name": "x-request-id", "value": "%s"}]}' % (hx(16), uuid4())]


@neg("har_json_request_headers_authorization_redacted_by_browser", S_HAR)
def _():
    return ['          "headers": [', '            {"name": "authorization", "value": "%s"},' % R.choice(["", "[REDACTED]", "Bearer <token>", "Basic ****"]), '            {"name": "x-wandb-client", "value": "web/%d.%d"}' % (R.randint(0, 9), R.randint(0, 99)), "          ],"]


@neg("alb_oidc_identity_header_and_trace_only", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html")
def _():
    return ["x-amzn-trace-id: Root=1-%s-%s" % (hx(8), hx(24)), "x-amzn-oidc-identity: %s" % uuid4(), "x-forwarded-for: %s" % ip10()]


@neg("sdk_debug_log_apply_login_settings_redacted_key", S_SDK_DEBUG)
def _():
    c = Clock()
    return ["%s INFO    MainThread:%d [wandb_setup.py:_flush():%d] Applying login settings: {'api_key': '***REDACTED***', 'base_url': 'https://wandb-%s.example.com'}" % (c.py(), R.randint(1000, 99999), R.randint(60, 90), rs(LOW, 4))]


@neg("sdk_debug_internal_config_update_hyperparams_only", S_SDK_DEBUG)
def _():
    c = Clock()
    return ["%s DEBUG   SenderThread:%d [sender.py:send_config():%d] config update: {'lr': %s, 'max_tokens': %d, 'tokenizer': 'bpe', 'password_min_len': %d}" % (c.py(), R.randint(1000, 99999), R.randint(800, 1400), R.choice(["0.001", "3e-4", "0.01"]), R.randint(128, 8192), R.randint(8, 16))]


@neg("wandb_metadata_json_git_remote_plain_and_commit", S_SDK_META)
def _():
    return ['    "git": {', '        "remote": "https://github.com/%s/%s.git",' % (rs(LOW, 6), rs(LOW, 5)), '        "commit": "%s"' % hx(40), "    },", '    "email": "%s@example.com",' % rs(LOW, 6), '    "host": "%s"' % podname("train")]


@neg("wandb_metadata_json_args_token_count_flags", S_SDK_META)
def _():
    return ['    "args": [', '        "--max-tokens", "%d",' % R.randint(128, 8192), '        "--token-file", "/secrets/hf_token",', '        "--seed", "%d"' % R.randint(0, 9999), "    ],"]


@neg("netrc_file_with_placeholder_password_and_macdef", S_NETRC)
def _():
    return ["machine wandb-%s.example.com" % rs(LOW, 4), "  login user", "  password %s" % R.choice(["<YOUR_API_KEY>", "$WANDB_API_KEY", "xxxxxxxx", "CHANGEME"]), "macdef init", ""]


@neg("sdk_run_config_yaml_desc_value_tokenizer_fields", S_SDK_CONFIG)
def _():
    return ["wandb_version: 1", "", "tokenizer_name:", "  desc: null", "  value: %s" % R.choice(["gpt2", "bert-base-uncased", "t5-small"]), "max_token_length:", "  desc: null", "  value: %d" % R.randint(128, 4096)]


@neg("requirements_txt_hashes_and_public_index", S_PIP_REQ)
def _():
    return ["--index-url https://pypi.org/simple", "wandb==0.%d.%d \\" % (R.randint(15, 19), R.randint(0, 9)), "    --hash=sha256:%s" % hx(64), "tokenizers==0.%d.0" % R.randint(13, 20)]


@neg("wandb_settings_file_base_url_entity_project", S_SDK_SETTINGS)
def _():
    return ["\ufeff[default]", "base_url = https://wandb-%s.example.com" % rs(LOW, 4), "entity = %s" % rs(LOW, 6), "project = %s" % rs(LOW, 7), "disabled = false"]


@neg("env_file_oidc_settings_without_secret_last_line", S_WB_ENV)
def _():
    return ["OIDC_ISSUER=https://login-%s.example.com/" % rs(LOW, 4), "OIDC_CLIENT_ID=%s" % uuid4(), "OIDC_AUTH_METHOD=%s" % R.choice(["pkce", "implicit"]), "OIDC_SECRET="]


@neg("wandb_local_env_list_crlf_mysql_without_creds", S_WB_ENV)
def _():
    return ["HOST=https://wandb-%s.example.com\r" % rs(LOW, 4), "MYSQL=mysql://%s@%s:3306/wandb_local?tls=true\r" % (user(), host()), "LOCAL_RESTORE=false\r"]


@neg("nginx_custom_log_format_auth_variable_empty_dash", S_NGINX)
def _():
    c = Clock()
    return ['%s - - [%s] "GET /api/v1/%s HTTP/1.1" %d %d "-" "Mozilla/5.0" auth="-" rt=0.%03d' % (ip10(), c.clf(), rs(LOW, 6), R.choice([200, 301, 404]), R.randint(100, 9999), R.randint(1, 999))]


@neg("gunicorn_access_log_plain_paths_and_status", "https://docs.gunicorn.org/en/stable/settings.html#access-log-format")
def _():
    c = Clock()
    return ['%s - - [%s] "GET /traces/%s?limit=%d HTTP/1.1" 200 %d "-" "python-requests/2.31.0"' % (ip10(), c.clf(), uuid4(), R.randint(1, 500), R.randint(100, 9999))]


@neg("node_ioredis_error_object_options_without_password", "https://nodejs.org/api/util.html")
def _():
    return ["[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379" % ip10(), "  options: {", "    host: '%s'," % svc("wandb-redis"), "    port: 6379,", "    db: %d," % R.randint(0, 15), "    enableTLSForSentinelMode: false", "  }"]


@neg("redis_cli_config_get_requirepass_empty_reply", S_REDIS)
def _():
    return ["$ redis-cli -h %s CONFIG GET %s" % (svc("wandb-redis-%s" % rs(LOW, 3)), R.choice(["requirepass", "masterauth"])), "1) \"%s\"" % R.choice(["requirepass", "masterauth"]), "2) \"\""]


@neg("otel_collector_debug_exporter_log_record_plain_body", S_OTEL)
def _():
    return ["LogRecord #%d" % R.randint(0, 40), "SeverityText: INFO", "Body: Str(GET /api/v1/runs?limit=%d 200)" % R.randint(1, 500), "Attributes:", "     -> k8s.pod.name: Str(%s)" % podname("wandb-app"), "Trace ID: %s" % hx(32)]


@neg("ingress_nginx_log_oauth2_auth_subrequest_no_cookie", "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/")
def _():
    c = Clock()
    return ['%s - - [%s] "GET /oauth2/auth HTTP/1.1" 401 %d "-" "-" %d 0.00%d [wandb-oauth2-proxy-4180] [] %s:4180 0 0.002 401 %s' % (ip10(), c.clf(), R.randint(0, 30), R.randint(300, 900), R.randint(1, 9), ip10(), hx(32))]


@neg("local_restore_log_instructions_without_credentials", S_WB_ENV)
def _():
    return ["*** LOCAL_RESTORE is %s" % R.choice(["set", "unset"]), "*** Temporary admin credentials are printed once at startup; rotate them via the admin UI", "*** username: local-restore", "*** password file: /vol/%s/restore.txt" % rs(LOW, 6)]


@neg("mysql_cli_insecure_warning_and_connect_error_only", S_MYSQL_CLIENT)
def _():
    return ["mysql: [Warning] Using a password on the command line interface can be insecure.", "ERROR 1045 (28000): Access denied for user '%s'@'%s' (using password: %s)" % (user(), ip10(), R.choice(["YES", "NO"]))]


@neg("kubectl_logs_prefix_operator_reconcile_plain_json", S_KUBECTL_LOGS)
def _():
    c = Clock()
    return w_kprefix([json.dumps({"level": "info", "ts": c.rfc_milli(), "logger": "controllers.WeightsAndBiases", "msg": "reconcile complete", "revision": R.randint(1, 99), "duration": "%dms" % R.randint(1, 9999)})], c, podname("wandb-operator"), "manager")


@neg("ansi_loguru_colored_cache_hit_ratio_lines", S_LOGURU)
def _():
    c = Clock()
    return ["\x1b[32m%s\x1b[0m | \x1b[1mINFO    \x1b[0m | \x1b[36mcache\x1b[0m:\x1b[36mstats\x1b[0m:\x1b[36m%d\x1b[0m - \x1b[1mredis hit ratio %.2f, keys=%d\x1b[0m" % (c.loguru(), R.randint(10, 99), R.random(), R.randint(10, 99999))]


@neg("zap_dev_console_ansi_oidc_configured_without_secret", S_ZAP)
def _():
    return ['%s\t\x1b[34mINFO\x1b[0m\tauth/oidc.go:%d\toidc configured\t{"issuer": "https://idp-%s.example.com", "clientID": "%s", "clientSecret": ""}' % (Clock().rfc_milli(), R.randint(20, 300), rs(LOW, 4), uuid4())]


@neg("dataclass_repr_smtp_sink_password_field_repr_false", S_DATACLASS)
def _():
    c = Clock()
    return ["%s INFO     [mailer] using SmtpSinkConfig(host='smtp-%s.example.com', port=%d, username='apikey', starttls=True, sender='wandb@example.com')" % (c.py(), rs(LOW, 4), R.choice([25, 465, 587]))]


@neg("console_service_pino_req_headers_without_auth", "https://getpino.io/#/docs/api?id=serializers")
def _():
    c = Clock()
    return [json.dumps({"level": 30, "time": int(c.t.timestamp() * 1000), "pid": R.randint(7, 80), "req": {"id": R.randint(1, 9999), "method": "GET", "url": "/console/api/status", "headers": {"host": "wandb.example.com", "user-agent": "kube-probe/1.29"}}, "msg": "request completed"}, separators=(",", ":"))]


@neg("s3_presigned_url_encoded_twice_unsigned_public_object", S_SIGV4)
def _():
    inner = "https://wandb-public.s3.amazonaws.com/%s?versionId=%s" % (hx(12), rs(AN, 32))
    return ["GET /artifacts/redirect?next=%s HTTP/1.1" % q(inner)]


@neg("docker_inspect_env_array_bucket_without_keys", S_DOCKER_INSPECT)
def _():
    return ['            "Env": [', '                "BUCKET=s3://wandb-data-%s",' % rs(LOW, 5), '                "BUCKET_QUEUE=internal://",', '                "AWS_REGION=%s",' % R.choice(["us-east-1", "eu-west-1", "ap-south-1"]), "            ],"]


@neg("http_request_dump_crlf_request_id_and_etag_headers", "https://www.rfc-editor.org/rfc/rfc9112")
def _():
    return ["GET /api/v1/status HTTP/1.1\r", "Host: wandb-%s.example.com\r" % rs(LOW, 4), "If-None-Match: \"%s\"\r" % hx(32), "X-Request-Id: %s\r" % uuid4(), "\r"]


@neg("kustomize_build_secret_generator_name_hash_only_refs", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")
def _():
    return ["      volumes:", "      - name: oidc", "        secret:", "          secretName: wandb-oidc-%s" % rs(LOW + DIG, 10)]


@neg("sdk_output_log_tqdm_progress_cr_only", "https://docs.wandb.ai/guides/track/")
def _():
    n = R.randint(10, 999)
    return ["Epoch %d:  50%%|█████     | %d/%d [00:10<00:10]\rEpoch %d: 100%%|██████████| %d/%d [00:20<00:00, tokens/s=%d]" % (R.randint(1, 9), n // 2, n, R.randint(1, 9), n, n, R.randint(100, 99999))]


@neg("structlog_json_event_oidc_provider_public_fields", S_STRUCTLOG)
def _():
    c = Clock()
    return [json.dumps({"oidc": {"issuer": "https://login-%s.example.com/realms/ml" % rs(LOW, 4), "client_id": "wandb-server", "client_secret": None, "jwks_uri": "https://login.example.com/certs"}, "event": "oidc provider configured", "level": "info", "timestamp": c.rfc_micro()})]


@neg("redis_monitor_output_auth_args_redacted", "https://redis.io/docs/latest/commands/monitor/ (AUTH/HELLO arguments are redacted)")
def _():
    c = Clock()
    return ['%s [0 %s:%d] "HELLO" "3" "AUTH" "(redacted)" "(redacted)"' % (c.epoch(), ip10(), R.randint(30000, 60000)), '%s [%d %s:%d] "GET" "cache:run:%s"' % (c.epoch(), R.randint(0, 3), ip10(), R.randint(30000, 60000), rs(LOW + DIG, 8))]


@neg("kafka_producer_config_values_hidden_passwords", "https://kafka.apache.org/documentation/#producerconfigs (AbstractConfig logs Password types as [hidden])")
def _():
    c = Clock()
    return ["[%s] INFO ProducerConfig values: " % c.java(), "\tbootstrap.servers = [%s:9093]" % svc("wandb-kafka"), "\tsasl.jaas.config = [hidden]", "\tsasl.mechanism = %s" % R.choice(["SCRAM-SHA-512", "PLAIN", "SCRAM-SHA-256"]), "\tssl.truststore.password = [hidden]", "\tssl.truststore.location = /etc/kafka/%s.jks" % rs(LOW, 6)]


@neg("azcopy_log_sas_sig_redacted_marker", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azcopy-configure (log files redact SAS sig)")
def _():
    c = Clock()
    return ["%s INFO: [P#0-T#0] has worker %d which is processing TRANSFER" % (c.t.strftime("%Y/%m/%d %H:%M:%S"), R.randint(100, 999)), "%s INFO: Source \"https://wandbstore%s.blob.core.windows.net/wandb/%s?se=2025-01-01T00%%3A00%%3A00Z&sig=-REDACTED-&sp=r&sr=c&sv=2022-11-02\"" % (c.t.strftime("%Y/%m/%d %H:%M:%S"), rs(LOW + DIG, 6), hx(16))]


@neg("aws_configure_list_masked_keys_table", "https://docs.aws.amazon.com/cli/latest/reference/configure/list.html")
def _():
    return ["      Name                    Value             Type    Location", "      ----                    -----             ----    --------", "   profile                <not set>             None    None", "access_key     ****************%s              env    " % rs(UP + DIG, 4), "secret_key     ****************%s              env    " % rs(AN, 4), "    region                %s              env    AWS_DEFAULT_REGION" % R.choice(["us-east-1", "eu-west-1", "us-west-2"])]


@neg("mysql_print_defaults_masked_password_stars", "https://dev.mysql.com/doc/refman/8.0/en/option-file-options.html (--print-defaults masks password as *****)")
def _():
    return ["$ mysql --print-defaults", "mysql would have been started with the following arguments:", "--user=%s --password=***** --host=%s --default-character-set=utf8mb4 --ssl-mode=%s" % (user(), host(), R.choice(["REQUIRED", "VERIFY_CA", "PREFERRED"]))]




# Shapes judged to be of a NEW kind (tool + trick absent from the shape-name
# list, checked by difflib near-misses >= 0.7, token overlap and keyword
# greps, conservatively).  Every other shape is listed in SAME_KIND_*: the
# name is new but an existing shape covers the same tool and trick.
NEW_KIND_POS = [
    "python_traceback_urlparse_port_cast_error_exposes_password_head",
    "mysql_show_variables_like_init_connect_tab_with_set_password",
    "my_print_defaults_s_flag_plain_password_lines",
    "alb_oidc_cookie_awselbauthsessioncookie_in_request_dump",
    "alb_oidc_x_amzn_oidc_accesstoken_header_echo",
    "curl_v_http2_bracket_header_echo_authorization_bearer",
    "java_caused_by_urisyntaxexception_redis_uri_with_password",
    "kubectl_get_secret_base64_twice_double_encoded_value",
    "docker_inspect_labels_traefik_forwardauth_address_token",
    "ingress_nginx_controller_log_oauth2_proxy_auth_request_cookie",
    "minio_xml_error_body_in_gorilla_warn_with_presigned_key_param",
    "mysqld_verbose_help_variable_table_replication_password_option",
    "kubectl_describe_pod_liveness_exec_redis_cli_a",
    "pydantic_settings_repr_multihosturl_and_plain_str_password",
    "s3_xml_signature_does_not_match_canonical_request_security_token",
    "kubectl_get_pod_json_container_status_termination_message_dsn",
    "helm_status_output_json_release_config_values_password",
    "docker_events_json_exec_start_action_command_password",
    "uvicorn_trace_asgi_scope_headers_bytes_tuples_authorization",
    "kubectl_get_pod_json_lifecycle_poststart_exec_command_token",
    "performance_schema_digest_summary_query_sample_text_literal_token",
    "apachebench_verbose_4_request_header_block_basic",
    "http_trace_method_response_body_echoes_authorization",
]
NEW_KIND_NEG = [
    "structlog_console_clickhouse_init_without_password_kv",
    "mysql_entrypoint_notes_without_generated_password",
    "kubectl_describe_pod_liveness_exec_redis_cli_env_ref",
    "kubectl_describe_configmap_redis_conf_without_auth",
    "docker_inspect_healthcheck_mysqladmin_with_defaults_file",
    "docker_inspect_logconfig_json_file_and_awslogs_opts",
    "mysql_vertical_slave_master_info_empty_password_row",
    "performance_schema_statements_vertical_digest_text",
    "mysqld_verbose_help_password_related_options_table",
    "mysql_error_log_repl_storing_password_not_secure_warning",
    "mc_admin_trace_request_without_auth_headers",
    "curl_trace_ascii_send_data_public_client_pkce_request",
    "curl_v_http2_bracket_header_echo_without_auth",
    "alb_oidc_identity_header_and_trace_only",
    "local_restore_log_instructions_without_credentials",
    "dataclass_repr_smtp_sink_password_field_repr_false",
    "s3_presigned_url_encoded_twice_unsigned_public_object",
    "mysql_print_defaults_masked_password_stars",
]
SAME_KIND_POS = [n for n, _ in POS if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n, _ in NEG if n not in NEW_KIND_NEG]
assert set(NEW_KIND_POS) <= {n for n, _ in POS}
assert set(NEW_KIND_NEG) <= {n for n, _ in NEG}

# ================================================================ driver


def pieces6(s):
    return {s[i:i + 6] for i in range(len(s) - 5)}


def check_pos(lines, secrets, seen):
    if not (1 <= len(lines) <= 12):
        return False
    if not secrets:
        return False
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text or s in seen:
            return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for p in pieces6(s):
            if p in rest:
                return False
    return True


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    out_pos = []
    for name, fn in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = fn()
                secrets = list(dict.fromkeys(secrets))
                if check_pos(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw %s" % name)
            seen.update(secrets)
            out_pos.append({"shape": name, "lines": lines, "secrets": secrets})
    out_neg = []
    seen_neg = set()
    for name, fn in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines = fn()
                key = json.dumps(lines, ensure_ascii=False)
                if key not in seen_neg and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw negative %s" % name)
            seen_neg.add(key)
            out_neg.append({"shape": name, "lines": lines})
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out_pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out_neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
