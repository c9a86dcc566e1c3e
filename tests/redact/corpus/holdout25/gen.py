#!/usr/bin/env python3
"""holdout25: sealed held-out set for the wbdiag secret redactor.

Seeded, deterministic, stdlib only. Writes positives.jsonl and negatives.jsonl
next to this file. Focus: what the collectors write, end to end.
"""
import base64
import hashlib
import json
import os
import random
import urllib.parse

SEED = 2525_2026
R = random.Random(SEED)

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
AN = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = AN + "+/"
PWX = "-_.!~+*"

# ---------------------------------------------------------------- helpers
def s(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))

def an(n=20):
    return s(AN, n)

def hx(n=40):
    return s(HEX, n)

def pw(n=None, extra=PWX):
    n = n or R.randint(14, 22)
    mid = s(AN + extra, n - 2)
    return R.choice(AN) + mid + R.choice(AN)

def upw(n=None):
    """URL-safe password (no percent-encoding needed)."""
    return pw(n, "-_.~")

def wbkey():
    return hx(40)

def awsid(p="AKIA"):
    return p + s(UP + "234567", 16)

def awssec():
    return s(B64, 40)

def b64(bs):
    return base64.b64encode(bs).decode()

def b64s(t):
    return b64(t.encode())

def b64url(n):
    return s(AN + "-_", n)

def jwt(claims=None):
    h = base64.urlsafe_b64encode(b'{"alg": "RS256", "typ": "JWT"}').decode().rstrip("=")
    c = claims or {"sub": hx(12), "iss": "https://auth.example.com/", "exp": R.randint(1700000000, 1760000000)}
    p = base64.urlsafe_b64encode(json.dumps(c).encode()).decode().rstrip("=")
    sig = b64url(R.choice([43, 86, 342]))
    return h + "." + p + "." + sig, sig

def basic(user, pwd):
    """Return (header b64, listed part): base64 chars that encode password bytes only."""
    raw = (user + ":" + pwd).encode()
    enc = b64(raw)
    off = len(user.encode()) + 1
    g = -(-off // 3)
    return enc, enc[g * 4:].rstrip("=")

def sts():
    return "IQoJb3JpZ2luX2Vj" + s(B64, R.randint(200, 260)), None

def qp(v):
    return urllib.parse.quote(v, safe="")

def uuid():
    h = hx(32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:])

def pick(*a):
    return R.choice(a)

HOSTS = ["wandb.example.com", "ml.example.org", "wandb.corp.example.net", "exp.example.io"]
DBH = ["10.20.3.14", "mysql.wandb.svc.cluster.local", "wandb-mysql.example.internal", "10.0.8.21"]
RDH = ["wandb-redis-master.wandb.svc.cluster.local", "10.20.4.9", "redis.example.internal"]
MINIO = ["minio.minio.svc.cluster.local:9000", "10.0.5.17:9000", "objects.example.com"]
BUCKETS = ["wandb-files", "wb-prod-artifacts", "acme-wandb-bucket", "wandb"]
USERS = ["wandb", "wandb_local", "wbadmin", "svc_wandb"]
NS = ["wandb", "wandb-prod", "ml-platform"]

CUR = {}

def new_record():
    CUR["h"] = R.choice(HOSTS); CUR["db"] = R.choice(DBH); CUR["rd"] = R.choice(RDH)
    CUR["mn"] = R.choice(MINIO); CUR["bk"] = R.choice(BUCKETS)

def H():
    return CUR["h"]

def DB():
    return CUR["db"]

def RD():
    return CUR["rd"]

def MN():
    return CUR["mn"]

def BK():
    return CUR["bk"]

class Clock:
    def __init__(self):
        y = R.choice([2023, 2024, 2025])
        self.t = (y, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        self.sec = self.t[3] * 3600 + self.t[4] * 60 + self.t[5]
        self.frac = R.randint(0, 999999999)

    def step(self, mx=3):
        self.frac += R.randint(0, 400_000_000)
        self.sec += R.randint(0, mx) + self.frac // 1_000_000_000
        self.frac %= 1_000_000_000
        self.sec = min(self.sec, 86399)

    def parts(self):
        y, mo, d = self.t[:3]
        return y, mo, d, self.sec // 3600, self.sec // 60 % 60, self.sec % 60, self.frac

    def rfc(self, digits=9, step=True):
        if step:
            self.step()
        y, mo, d, h, mi, se, f = self.parts()
        fr = ("%09d" % f)[:digits]
        return "%04d-%02d-%02dT%02d:%02d:%02d%sZ" % (y, mo, d, h, mi, se, ("." + fr) if digits else "")

    def sp(self, step=False):
        if step:
            self.step()
        y, mo, d, h, mi, se, f = self.parts()
        return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, mo, d, h, mi, se, f // 1_000_000)

    def sp_ms(self, sep=" "):
        pass
        y, mo, d, h, mi, se, f = self.parts()
        return "%04d-%02d-%02d%s%02d:%02d:%02d.%03d" % (y, mo, d, sep, h, mi, se, f // 1_000_000)

    def nginx(self):
        pass
        y, mo, d, h, mi, se, f = self.parts()
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[mo - 1]
        return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (d, mon, y, h, mi, se)

    def mysql(self):
        pass
        y, mo, d, h, mi, se, f = self.parts()
        return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (y, mo, d, h, mi, se, f // 1000)

    def epoch(self):
        pass
        y, mo, d, h, mi, se, f = self.parts()
        import calendar
        return calendar.timegm((y, mo, d, h, mi, se, 0, 0, 0))

    def http(self):
        pass
        y, mo, d, h, mi, se, f = self.parts()
        import calendar, datetime
        wd = datetime.date(y, mo, d).strftime("%a")
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[mo - 1]
        return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (wd, d, mon, y, h, mi, se)

    def amz(self):
        pass
        y, mo, d, h, mi, se, f = self.parts()
        return "%04d%02d%02dT%02d%02d%02dZ" % (y, mo, d, h, mi, se)

    def ymd(self):
        return "%04d%02d%02d" % self.t[:3]

def J(o, **kw):
    return json.dumps(o, ensure_ascii=False, **kw)

def jdump(o, indent=4):
    return json.dumps(o, indent=indent, ensure_ascii=False).split("\n")

class Retry(Exception):
    pass

POS, NEG, SOURCES, NEW_KIND_POS, NEW_KIND_NEG = [], [], {}, [], []

def P(name, src, new=False):
    def d(f):
        POS.append((name, f))
        SOURCES[name] = src
        if new:
            NEW_KIND_POS.append(name)
        return f
    return d

def N(name, src, new=False):
    def d(f):
        NEG.append((name, f))
        SOURCES[name] = src
        if new:
            NEW_KIND_NEG.append(name)
        return f
    return d

U_DLOGS = "https://docs.docker.com/reference/cli/docker/container/logs/"
U_KLOGS = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/"
U_KGET = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/"
U_KDESC = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/"
U_CRI = "https://github.com/kubernetes/design-proposals-archive/blob/main/node/kubelet-cri-logging.md"
U_JSONFILE = "https://docs.docker.com/engine/logging/drivers/json-file/"
U_DINSPECT = "https://docs.docker.com/reference/cli/docker/inspect/ + https://docs.docker.com/reference/api/engine/version/v1.45/#tag/Container/operation/ContainerInspect"
U_COMPOSE = "https://docs.docker.com/reference/cli/docker/compose/config/ + https://docs.docker.com/reference/compose-file/services/"
U_HELM = "https://helm.sh/docs/helm/helm_get_manifest/"
U_HELMV = "https://helm.sh/docs/helm/helm_get_values/"
U_WBENV = "https://docs.wandb.ai/guides/hosting/env-vars/"
U_WBCHART = "github:wandb/helm-charts charts/operator-wandb (values.yaml, charts/app/templates/_deployment.tpl)"
U_WBOP = "github:wandb/operator config/samples/apps_v1_weightsandbiases.yaml"
U_GOPANIC = "https://go.dev/ref/spec#Run_time_panics + https://pkg.go.dev/runtime (goroutine traceback format)"
U_GOSQL = "https://github.com/go-sql-driver/mysql#dsn-data-source-name"
U_PYTB = "https://docs.python.org/3/library/traceback.html#traceback.TracebackException (capture_locals) + https://docs.python.org/3/reference/datamodel.html#frame.f_locals"
U_PYTEST = "https://docs.pytest.org/en/stable/how-to/output.html (--showlocals / -l)"
U_PYD = "https://docs.pydantic.dev/latest/api/networks/ + https://docs.pydantic.dev/latest/errors/validation_errors/"
U_DC = "https://docs.python.org/3/library/dataclasses.html"
U_STRUCT = "https://www.structlog.org/en/stable/console-output.html"
U_LOGURU = "https://loguru.readthedocs.io/en/stable/api/logger.html"
U_ZAP = "https://pkg.go.dev/go.uber.org/zap#NewProductionConfig"
U_JAVA = "https://docs.oracle.com/javase/8/docs/api/java/lang/Throwable.html#printStackTrace--"
U_NGINX = "https://nginx.org/en/docs/http/ngx_http_log_module.html"
U_MINIO = "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html"
U_REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/"
U_MYSQLOUT = "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html (--batch, --table, --vertical)"
U_MYSQLVAR = "https://dev.mysql.com/doc/refman/8.0/en/show-variables.html"
U_MYSQLERR = "https://dev.mysql.com/doc/refman/8.0/en/error-log-format.html"
U_MYSQLHELP = "https://dev.mysql.com/doc/refman/8.0/en/server-options.html (mysqld --verbose --help)"
U_S3ERR = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html"
U_SIGV4 = "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html"
U_SIGV2 = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html#RESTAuthenticationQueryStringAuth"
U_GCS = "https://cloud.google.com/storage/docs/access-control/signed-urls"
U_SAS = "https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas"
U_BOTO = "https://github.com/boto/botocore/blob/develop/botocore/auth.py + botocore/endpoint.py (debug log lines)"
U_CURL = "https://curl.se/docs/manpage.html#-v"
U_OSSL = "https://docs.openssl.org/3.0/man1/openssl-s_client/"
U_HAR = "http://www.softwareishard.com/blog/har-12-spec/"
U_CORS = "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#preflighted_requests"
U_WBSDK = "https://docs.wandb.ai/guides/track/environment-variables/ + https://docs.wandb.ai/support/ (run directory files debug.log, debug-internal.log, wandb-metadata.json)"
U_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
U_PIP = "https://pip.pypa.io/en/stable/reference/requirements-file-format/"
U_K8SEV = "https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/"
U_LASTAPP = "https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/#how-apply-calculates-differences-and-merges-changes"
U_MF = "https://kubernetes.io/docs/reference/using-api/server-side-apply/#field-management"

# ====================================================== POSITIVES: container logs
@P("dockerlogs_ts_wandb_local_supervisord_env_mysql_dsn_redis_uri", U_DLOGS + " + " + U_WBENV)
def _():
    c = Clock(); p1, p2 = upw(), upw()
    u = R.choice(USERS)
    L = [c.rfc() + " *** Starting W&B Server, version 0.%d.%d" % (R.randint(50, 69), R.randint(0, 9)),
         c.rfc() + " ENV MYSQL=mysql://%s:%s@%s:3306/wandb_local" % (u, p1, DB()),
         c.rfc() + " ENV REDIS=redis://:%s@%s:6379/0" % (p2, RD()),
         c.rfc() + " ENV BUCKET=s3://%s" % BK(),
         c.rfc() + " supervisord started with pid %d" % R.randint(7, 60)]
    return L, [p1, p2]

@P("kubectl_logs_prefix_gorilla_zap_json_sendgrid_smtp_password", U_KLOGS + " + " + U_ZAP)
def _():
    c = Clock(); k = an(22) + "." + b64url(43)
    pod = "wandb-app-%s-%s" % (hx(9)[:9].replace("a", "b"), an(5).lower())
    L = ["[pod/%s/app] " % pod + J({"level": "info", "ts": c.epoch() + 0.123, "caller": "mail/smtp.go:%d" % R.randint(40, 200), "msg": "configured mailer", "host": "smtp.sendgrid.net", "port": 587, "username": "apikey", "password": "SG." + k}),
         "[pod/%s/app] " % pod + J({"level": "info", "ts": c.epoch() + 0.5, "caller": "server/server.go:88", "msg": "listening", "addr": ":8080"})]
    return L, [k]

@P("kubectl_logs_timestamps_weave_trace_server_clickhouse_url_password_query", U_KLOGS)
def _():
    c = Clock(); p = upw()
    L = [c.rfc() + " INFO:     Started server process [%d]" % R.randint(1, 40),
         c.rfc() + " INFO:weave.trace_server.clickhouse_trace_server_batched:connecting to http://clickhouse.wandb.svc.cluster.local:8123/?user=weave&password=%s&database=weave" % p,
         c.rfc() + " INFO:     Application startup complete."]
    return L, [p]

@P("kubectl_logs_parquet_service_python_logging_repr_settings_bucket_secret", U_KLOGS + " + " + U_PYD)
def _():
    c = Clock(); sk = awssec(); p = upw()
    L = [c.rfc() + " %s INFO parquet.main: settings=ParquetSettings(bucket='s3://%s', aws_access_key_id='%s', aws_secret_access_key='%s', mysql_dsn='mysql://wandb:%s@%s/wandb_local', workers=%d)" % (c.sp(False), BK(), awsid(), sk, p, DB(), R.randint(2, 16))]
    return L, [sk, p]

@P("kubectl_logs_flat_run_fields_updater_go_panic_mysql_config_struct_passwd", U_GOPANIC + " + " + U_GOSQL, new=True)
def _():
    c = Clock(); p = pw()
    L = [c.rfc() + " panic: dial tcp 10.20.3.14:3306: connect: connection refused: cfg=&mysql.Config{User:\"wandb\", Passwd:\"%s\", Net:\"tcp\", Addr:\"%s:3306\", DBName:\"wandb_local\", Params:map[string]string(nil), Collation:\"utf8mb4_general_ci\"}" % (p, DB()),
         c.rfc(step=False) + " ",
         c.rfc(step=False) + " goroutine 1 [running]:",
         c.rfc(step=False) + " main.mustOpenDB(...)",
         c.rfc(step=False) + " \t/src/services/flat-run-fields-updater/main.go:%d +0x%x" % (R.randint(40, 300), R.randint(0x100, 0xfff)),
         c.rfc(step=False) + " main.main()"]
    return L, [p]

@P("dockerlogs_go_panic_redis_options_struct_percent_plus_v", U_GOPANIC + " + https://pkg.go.dev/github.com/redis/go-redis/v9#Options")
def _():
    c = Clock(); p = pw()
    L = [c.rfc() + " panic: redis: connection pool timeout",
         c.rfc(step=False) + " opts: {Network:tcp Addr:%s:6379 ClientName: Dialer:<nil> Username: Password:%s DB:0 MaxRetries:3 PoolSize:40}" % (RD(), p),
         c.rfc(step=False) + " goroutine 214 [running]:",
         c.rfc(step=False) + " github.com/wandb/core/services/gorilla/cache.MustConnect(0xc000%x)" % R.randint(0x10000, 0xfffff)]
    return L, [p]

@P("kubectl_logs_console_service_pino_json_req_headers_cookie_session", "https://getpino.io/#/docs/api?id=logger + " + U_KLOGS)
def _():
    c = Clock(); sess = b64url(48); tok, sig = jwt()
    o = {"level": 30, "time": c.epoch() * 1000 + R.randint(0, 999), "pid": R.randint(10, 99), "hostname": "wandb-console-" + an(5).lower(),
         "req": {"id": R.randint(1, 900), "method": "GET", "url": "/console/api/settings", "headers": {"host": H(), "cookie": "wandb_session=" + sess, "authorization": "Bearer " + tok}}, "msg": "request completed"}
    return [c.rfc() + " " + J(o)], [sess, sig]

@P("dockerlogs_nginx_combined_plus_http_cookie_variable", U_NGINX)
def _():
    c = Clock(); sess = b64url(40)
    ip = "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    L = [c.rfc() + ' %s - - [%s] "GET /graphql HTTP/1.1" 200 %d "-" "Mozilla/5.0" cookie="wandb_session=%s; _ga=GA1.1.%d"' % (ip, c.nginx(), R.randint(200, 9000), sess, R.randint(10**8, 10**9)),
         c.rfc() + ' %s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" cookie="-"' % ("10.0.0.%d" % R.randint(2, 200), c.nginx())]
    return L, [sess]

@P("kubectl_logs_nginx_error_upstream_request_line_api_key_query", U_NGINX + " (error_log format)")
def _():
    c = Clock(); k = wbkey()
    t = c.sp_ms().replace("-", "/")[:19]
    L = [c.rfc() + ' %s [error] 31#31: *%d upstream prematurely closed connection while reading response header from upstream, client: 10.0.4.%d, server: _, request: "GET /api/v1/runs?api_key=%s HTTP/1.1", upstream: "http://127.0.0.1:8081/api/v1/runs?api_key=%s", host: "%s"' % (t, R.randint(100, 9999), R.randint(2, 250), k, k, H())]
    return L, [k]

@P("dockerlogs_mysql8_entrypoint_root_password_echo_debug_set_x", "https://hub.docker.com/_/mysql (docker-entrypoint.sh)")
def _():
    c = Clock(); p = pw(); p2 = pw()
    L = [c.rfc() + " + MYSQL_ROOT_PASSWORD=%s" % p,
         c.rfc(step=False) + " + MYSQL_PASSWORD=%s" % p2,
         c.rfc(step=False) + " + docker_process_sql --database=mysql",
         c.rfc() + " %s 0 [Note] [Entrypoint]: Creating user wandb_local" % c.mysql()]
    return L, [p, p2]

@P("dockerlogs_minio_server_env_dump_access_secret_and_kms_secret_key", U_MINIO + " + https://min.io/docs/minio/linux/reference/minio-server/settings/kes.html")
def _():
    c = Clock(); sk = an(32); kms = b64(bytes(R.getrandbits(8) for _ in range(32)))
    L = [c.rfc() + " MINIO_ROOT_USER=minioadmin",
         c.rfc(step=False) + " MINIO_ROOT_PASSWORD=%s" % sk,
         c.rfc(step=False) + " MINIO_KMS_SECRET_KEY=wandb-key:%s" % kms,
         c.rfc() + " MinIO Object Storage Server"]
    return L, [sk, kms.rstrip("=")]

@P("kubectl_logs_redis_sentinel_config_rewrite_auth_pass_line", U_REDIS + " (sentinel auth-pass)")
def _():
    c = Clock(); p = pw()
    d = "%d:X %s" % (R.randint(1, 99), "04 Mar 2024 10:11:12.%03d" % R.randint(0, 999))
    L = [c.rfc() + " %s # +monitor master mymaster 10.20.4.9 6379 quorum 2" % d,
         c.rfc() + " %s * Sentinel new configuration saved on disk" % d,
         c.rfc() + " sentinel auth-pass mymaster %s" % p]
    return L, [p]

@P("kubectl_logs_operator_controller_runtime_reconcile_error_values_diff", "https://github.com/kubernetes-sigs/controller-runtime (zap logger) + " + U_WBOP)
def _():
    c = Clock(); p = upw(); sk = awssec()
    o = {"level": "error", "ts": c.rfc(3), "msg": "Reconciler error", "controller": "weightsandbiases", "namespace": R.choice(NS), "name": "wandb",
         "error": "helm upgrade failed: values: {\"global\":{\"bucket\":{\"secretKey\":\"%s\"},\"mysql\":{\"password\":\"%s\"}}}" % (sk, p)}
    return [c.rfc() + " " + J(o)], [sk, p]

@P("dockerlogs_gorilla_logfmt_oidc_client_secret_and_slack", U_WBENV)
def _():
    c = Clock(); cs = an(40); ss = hx(32)
    L = [c.rfc() + ' time="%s" level=debug msg="auth config loaded" oidc_issuer=https://login.example.com/ oidc_client_id=%s oidc_client_secret=%s' % (c.rfc(0, False), an(20), cs),
         c.rfc() + ' time="%s" level=debug msg="slack integration" slack_client_id=%d.%d slack_secret=%s' % (c.rfc(0, False), R.randint(10**9, 10**10), R.randint(10**9, 10**10), ss)]
    return L, [cs, ss]

@P("kubectl_logs_weave_python_logging_exception_http_headers_dict", U_KLOGS + " + https://docs.python.org/3/library/logging.html")
def _():
    c = Clock(); k = wbkey()
    L = [c.rfc() + " %s ERROR weave.trace_server.external_to_internal: request failed: headers={'Host': 'weave-trace:8080', 'Authorization': 'Basic %s', 'X-Request-Id': '%s'}" % (c.sp(False), b64s("api:" + k), uuid())]
    enc, part = basic("api", k)
    return L, [part]

@P("dockerlogs_structlog_keyvalue_aligned_columns_bucket_url_userinfo", U_STRUCT)
def _():
    c = Clock(); sk = an(30)
    L = [c.rfc() + " %s [info     ] storage probe                  bucket_url=s3://wandb:%s@%s/%s region=us-east-1 ok=False" % (c.rfc(6, False).replace("T", " ")[:-1], sk, MN(), BK())]
    return L, [sk]

@P("kubectl_logs_loguru_default_format_pipe_separated_token_field", U_LOGURU)
def _():
    c = Clock(); t = "ghp_" + an(36)
    L = [c.rfc() + " %s | INFO     | wandb_launch.agent:_clone:%d - cloning https://x-access-token:%s@github.com/acme/train.git" % (c.sp_ms(), R.randint(50, 400), t)]
    return L, [t[4:]]

@P("dockerlogs_supervisord_child_exited_stderr_capture_dsn", "http://supervisord.org/logging.html")
def _():
    c = Clock(); p = upw()
    L = [c.rfc() + " %s INFO spawned: 'gorilla' with pid %d" % (c.sp(), R.randint(100, 900)),
         c.rfc() + " %s INFO exited: 'gorilla' (exit status 1; not expected)" % c.sp(),
         c.rfc() + " %s DEBG 'gorilla' stderr output:" % c.sp(),
         c.rfc() + " Error 1045: could not connect to mysql://wandb_local:%s@%s:3306/wandb_local" % (p, DB())]
    return L, [p]

@P("kubectl_logs_opentelemetry_collector_config_dump_bearer_exporter", "https://opentelemetry.io/docs/collector/configuration/")
def _():
    c = Clock(); t = an(48)
    L = [c.rfc() + " %s\tinfo\tservice@v0.9%d.0/service.go:%d\tEffective config" % (c.rfc(3, False), R.randint(0, 9), R.randint(100, 200)),
         c.rfc(step=False) + "     exporters:",
         c.rfc(step=False) + "       otlphttp:",
         c.rfc(step=False) + "         endpoint: https://otel.example.com",
         c.rfc(step=False) + "         headers:",
         c.rfc(step=False) + "           Authorization: Bearer %s" % t]
    return L, [t]

@P("dockerlogs_wandb_local_gorilla_init_license_jwt_in_error_field", U_WBENV)
def _():
    c = Clock(); tok, sig = jwt({"iss": "wandb", "sub": "license", "seats": R.randint(5, 500), "exp": R.randint(1700000000, 1800000000)})
    o = {"level": "warn", "ts": c.rfc(3), "msg": "license validation failed", "error": "token expired", "license": tok}
    return [c.rfc() + " " + J(o)], [sig]

@P("kubectl_logs_all_containers_prefix_init_db_mysqladmin_ping_p_flag", U_KLOGS + " (--all-containers --prefix)")
def _():
    c = Clock(); p = pw()
    pod = "wandb-app-%s" % an(5).lower()
    L = ["[pod/%s/init-db] + mysqladmin ping -h %s -u wandb_local -p%s --connect-timeout=2" % (pod, DB(), p),
         "[pod/%s/init-db] mysqladmin: [Warning] Using a password on the command line interface can be insecure." % pod,
         "[pod/%s/init-db] mysqld is alive" % pod]
    return L, [p]

@P("dockerlogs_ts_redis_server_warning_then_acl_setuser_echo", U_REDIS + " + https://redis.io/docs/latest/commands/acl-setuser/")
def _():
    c = Clock(); p = pw()
    L = [c.rfc() + " 1:M %s * Ready to accept connections tcp" % "12 May 2024 08:00:01.%03d" % R.randint(0, 999),
         c.rfc() + " + redis-cli ACL SETUSER wandb on >%s ~* +@all" % p,
         c.rfc() + " OK"]
    return L, [p]

@P("kubectl_logs_flat_run_fields_zerolog_json_dsn_error_chain", "https://github.com/rs/zerolog#standard-types")
def _():
    c = Clock(); p = upw()
    o = {"level": "error", "service": "flat-run-fields-updater", "error": "dial: open mysql://wandb:%s@tcp(%s:3306)/wandb_local?tls=true: i/o timeout" % (p, DB()), "time": c.rfc(0), "message": "startup failed"}
    return [c.rfc() + " " + J(o)], [p]

@P("dockerlogs_gunicorn_error_log_worker_boot_config_print_config", "https://docs.gunicorn.org/en/stable/settings.html#print-config")
def _():
    c = Clock(); p = upw(); sk = an(50)
    L = [c.rfc() + " raw_env                           = ['SECRET_KEY=%s', 'DATABASE_URL=mysql://weave:%s@%s/weave']" % (sk, p, DB()),
         c.rfc(step=False) + " reload                            = False",
         c.rfc(step=False) + " workers                           = %d" % R.randint(2, 9)]
    return L, [sk, p]

@P("kubectl_logs_previous_container_uvicorn_http_trace_query_string_bytes", "https://www.uvicorn.org/settings/#logging + https://asgi.readthedocs.io/en/latest/specs/www.html")
def _():
    c = Clock(); t = b64url(40)
    L = [c.rfc() + " TRACE:    10.0.3.%d:%d - ASGI [%d] Started scope={'type': 'http', 'method': 'GET', 'path': '/oidc/callback', 'query_string': b'code=%s&state=%s'}" % (R.randint(2, 250), R.randint(30000, 60000), R.randint(1, 90), t, hx(16))]
    return L, [t]

@P("dockerlogs_redis_exporter_flags_echo_redis_password", "https://github.com/oliver006/redis_exporter#command-line-flags")
def _():
    c = Clock(); p = pw()
    L = [c.rfc() + ' time="%s" level=info msg="Redis Metrics Exporter v1.%d.0    build date: 2024-01-10"' % (c.rfc(0, False), R.randint(50, 62)),
         c.rfc() + ' time="%s" level=info msg="redis_exporter started with: -redis.addr=redis://%s:6379 -redis.password=%s -web.listen-address=:9121"' % (c.rfc(0, False), RD(), p)]
    return L, [p]

@P("kubectl_logs_mysqld_exporter_dsn_env_startup_line", "https://github.com/prometheus/mysqld_exporter#running")
def _():
    c = Clock(); p = upw()
    L = [c.rfc() + " ts=%s caller=mysqld_exporter.go:%d level=info msg=\"Starting mysqld_exporter\" version=\"(version=0.15.1)\"" % (c.rfc(3, False), R.randint(200, 250)),
         c.rfc() + " ts=%s caller=config.go:%d level=debug DATA_SOURCE_NAME=\"exporter:%s@(%s:3306)/\"" % (c.rfc(3, False), R.randint(100, 150), p, DB())]
    return L, [p]

# ====================================================== POSITIVES: failures, reprs
@P("kubectl_logs_python_traceback_capture_locals_boto_client_kwargs", U_PYTB)
def _():
    c = Clock(); sk = awssec()
    p = "%s " % c.rfc()
    L = [p + "Traceback (most recent call last):",
         p + '  File "/usr/local/lib/python3.11/site-packages/parquet/storage.py", line %d, in make_client' % R.randint(20, 300),
         p + "    return boto3.client('s3', **kwargs)",
         p + "    kwargs = {'endpoint_url': 'http://%s', 'aws_access_key_id': '%s', 'aws_secret_access_key': '%s'}" % (MN(), awsid(), sk),
         p + "    region = 'us-east-1'",
         p + "botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL"]
    return L, [sk]

@P("pytest_showlocals_failure_block_wandb_api_key_fixture", U_PYTEST, new=True)
def _():
    k = wbkey(); p = upw()
    L = ["api_key    = '%s'" % k,
         "base_url   = 'https://%s'" % H(),
         "db_url     = 'mysql://wandb:%s@%s/wandb_local'" % (p, DB()),
         "timeout    = %d" % R.randint(5, 60),
         "",
         "tests/test_server_smoke.py:%d: AssertionError" % R.randint(10, 200)]
    return L, [k, p]

@P("sentry_event_json_stacktrace_frame_vars_password", "https://develop.sentry.dev/sdk/data-model/event-payloads/stacktrace/", new=True)
def _():
    p = pw(); k = wbkey()
    fr = {"filename": "weave/trace_server/clickhouse.py", "function": "connect", "lineno": R.randint(10, 500), "in_app": True,
          "vars": {"password": "'%s'" % p, "host": "'clickhouse'", "self": "<ClickHouseTraceServer object at 0x7f%x>" % R.randint(10**9, 10**10)}}
    L = ['{"event_id": "%s", "level": "error", "platform": "python",' % hx(32),
         ' "exception": {"values": [{"type": "OperationalError", "stacktrace": {"frames": [' + J(fr) + ']}}]},',
         ' "extra": {"sys.argv": ["weave-trace", "--api-key", "%s"]}}' % k]
    return L, [p, k]

@P("better_exceptions_arrow_annotations_redis_url_local", "https://github.com/Qix-/better-exceptions", new=True)
def _():
    c = Clock(); p = pw()
    url = "redis://default:%s@%s:6379/2" % (p, RD())
    L = ['  File "/app/gorilla_py/cache.py", line %d, in connect' % R.randint(10, 90),
         "    return Redis.from_url(url, socket_timeout=t)",
         "           │              │                   └ 5",
         "           │              └ '%s'" % url,
         "           └ <class 'redis.client.Redis'>",
         "redis.exceptions.AuthenticationError: invalid username-password pair"]
    return L, [p]

@P("pydantic_v2_settings_repr_multiline_pretty_print", U_PYD)
def _():
    c = Clock(); cs = an(36); lk = hx(48)
    L = [c.rfc() + " WeaveSettings(",
         c.rfc(step=False) + "    wandb_base_url='http://wandb-app:8080',",
         c.rfc(step=False) + "    oidc_client_secret='%s'," % cs,
         c.rfc(step=False) + "    clickhouse_password='%s'," % lk,
         c.rfc(step=False) + "    log_level='INFO',",
         c.rfc(step=False) + ")"]
    return L, [cs, lk]

@P("pydantic_validation_error_model_type_input_dict_smtp_password", U_PYD)
def _():
    p = pw()
    L = ["pydantic_core._pydantic_core.ValidationError: 1 validation error for MailerConfig",
         "port",
         "  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='587x', input_type=str]",
         "    For further information visit https://errors.pydantic.dev/2.%d/v/int_parsing" % R.randint(4, 9),
         "  config was: {'host': 'smtp.example.com', 'user': 'noreply@example.com', 'password': '%s', 'port': '587x'}" % p]
    return L, [p]

@P("dataclass_repr_nested_frozen_storage_and_db_config", U_DC)
def _():
    c = Clock(); sk = awssec(); p = pw()
    L = [c.rfc() + " DEBUG loaded AppConfig(storage=StorageConfig(provider='s3', bucket='%s', access_key='%s', secret_key='%s'), db=DBConfig(host='%s', port=3306, user='wandb', password='%s'))" % (BK(), awsid(), sk, DB(), p)]
    return L, [sk, p]

@P("java_stacktrace_caused_by_mariadb_jdbc_url_with_password_param", U_JAVA + " + https://mariadb.com/kb/en/about-mariadb-connector-j/")
def _():
    p = upw()
    L = ["java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=%s)(port=3306)(type=master) : Access denied" % DB(),
         "\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.createException(ExceptionFactory.java:73)",
         "\tat org.mariadb.jdbc.MariaDbConnection.newConnection(MariaDbConnection.java:%d)" % R.randint(100, 200),
         "Caused by: java.sql.SQLException: url=jdbc:mariadb://%s:3306/wandb_local?user=wandb&password=%s&useSSL=true" % (DB(), p),
         "\t... 12 more"]
    return L, [p]

@P("java_flyway_unable_obtain_connection_url_userinfo", "https://documentation.red-gate.com/fd/url-184127601.html + " + U_JAVA, new=True)
def _():
    c = Clock(); p = upw()
    L = ["ERROR: Unable to obtain connection from database (jdbc:mysql://wandb:%s@%s:3306/wandb_local) for user 'wandb': Communications link failure" % (p, DB()),
         "---------------------------------------------------------------------------",
         "SQL State  : 08S01",
         "Error Code : 0",
         "Message    : Communications link failure",
         "Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure"]
    return L, [p]

@P("java_log4j2_pattern_caused_by_lettuce_redis_uri_password", U_JAVA + " + https://lettuce.io/core/release/reference/#redisuri.uri-syntax")
def _():
    c = Clock(); p = upw()
    L = ["%s ERROR [main] o.s.b.SpringApplication - Application run failed" % c.sp_ms(),
         "io.lettuce.core.RedisConnectionException: Unable to connect to %s:6379" % RD(),
         "\tat io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)",
         "Caused by: java.lang.IllegalArgumentException: invalid uri rediss://default:%s@%s:6380/0?timeout=10s" % (p, RD()),
         "\tat io.lettuce.core.RedisURI.create(RedisURI.java:%d)" % R.randint(200, 400)]
    return L, [p]

@P("python_logging_exception_chain_during_handling_sqlalchemy_url", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls + https://docs.python.org/3/library/exceptions.html#exception-context")
def _():
    p = upw()
    L = ["sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on '%s'\")" % DB(),
         "",
         "During handling of the above exception, another exception occurred:",
         "",
         "RuntimeError: engine creation failed for mysql+pymysql://wandb_local:%s@%s:3306/wandb_local?charset=utf8mb4" % (p, DB())]
    return L, [p]

@P("go_panic_goroutine_args_string_header_map_fmt_v", U_GOPANIC)
def _():
    k = wbkey()
    L = ["panic: unexpected status 401 for request map[Authorization:[Basic %s] User-Agent:[wandb-core/0.18.%d]]" % (b64s("api:" + k), R.randint(0, 7)),
         "",
         "goroutine %d [running]:" % R.randint(10, 400),
         "github.com/wandb/wandb/core/pkg/server.(*Sender).upload(0xc00%x)" % R.randint(100000, 999999)]
    return L, [basic("api", k)[1]]

@P("python_traceback_slack_api_error_response_dict_bot_token", U_STRUCT + " (ConsoleRenderer exception formatter)")
def _():
    t = an(40)
    L = ["Traceback (most recent call last):",
         '  File "/app/console/slack.py", line %d, in post' % R.randint(10, 99),
         "    resp = client.chat_postMessage(channel=ch, text=msg)",
         "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)",
         "The server responded with: {'ok': False, 'error': 'invalid_auth', 'token': 'xoxb-%s'}" % t]
    return L, [t]

@P("python_repr_requests_prepared_request_headers_caseinsensitive", "https://requests.readthedocs.io/en/latest/api/#requests.PreparedRequest")
def _():
    k = wbkey()
    L = ["DEBUG:wandb.apis.public:request headers: {'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'X-WANDB-API-KEY': '%s', 'Content-Length': '%d'}" % (k, R.randint(10, 999))]
    return L, [k]

@P("python_httpx_debug_request_headers_list_tuple_bytes", "https://www.python-httpx.org/logging/")
def _():
    k = wbkey()
    L = ["DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>",
         "DEBUG:httpx:headers=[(b'Host', b'%s'), (b'Authorization', b'Bearer %s'), (b'Content-Type', b'application/json')]" % (H(), k),
         "DEBUG:httpcore.http11:send_request_headers.complete"]
    return L, [k]

@P("attrs_class_repr_oidc_provider_config_secret", "https://www.attrs.org/en/stable/examples.html#basics")
def _():
    cs = an(40)
    L = ["INFO  console.auth OIDCProvider(issuer='https://login.example.com/realms/ml', client_id='wandb-%s', client_secret='%s', scopes=['openid', 'email'])" % (an(6).lower(), cs)]
    return L, [cs]

@P("kotlin_style_data_class_tostring_datasource_props", U_JAVA + " (toString of a data class)")
def _():
    p = pw()
    L = ["WARN  DataSourceFactory - retrying with DataSourceProperties(url=jdbc:mysql://%s:3306/wandb_local, username=wandb, password=%s, maxPoolSize=%d)" % (DB(), p, R.randint(4, 40))]
    return L, [p]

@P("go_spew_sdump_config_struct_nested_fields", "https://github.com/davecgh/go-spew", new=True)
def _():
    p = pw(); sk = awssec()
    L = ["(*config.Config)(0xc000%x)({" % R.randint(0x10000, 0xfffff),
         " MySQL: (config.MySQL) {",
         "  User: (string) (len=5) \"wandb\",",
         "  Password: (string) (len=%d) \"%s\"" % (len(p), p),
         " },",
         " Bucket: (config.Bucket) {",
         "  SecretKey: (string) (len=40) \"%s\"" % sk,
         " }",
         "})"]
    return L, [p, sk]

@P("rust_debug_pretty_struct_weave_clickhouse_options", "https://doc.rust-lang.org/std/fmt/trait.Debug.html (#? pretty)", new=True)
def _():
    p = pw()
    L = ["ClickhouseOptions {",
         "    url: \"http://clickhouse:8123\",",
         "    user: \"weave\",",
         "    password: Some(",
         "        \"%s\"," % p,
         "    ),",
         "    database: \"weave\",",
         "}"]
    return L, [p]

# ====================================================== POSITIVES: Kubernetes / Helm
@P("kubectl_get_pod_json_spec_containers_env_value_inline", U_KGET)
def _():
    p = pw(); lk = hx(40)
    L = ['            "env": [',
         '                {',
         '                    "name": "MYSQL_PASSWORD",',
         '                    "value": "%s"' % p,
         '                },',
         '                {',
         '                    "name": "GORILLA_LICENSE_SIGNING_KEY",',
         '                    "value": "%s"' % lk,
         '                }',
         '            ],']
    return L, [p, lk]

@P("kubectl_get_deploy_json_last_applied_escaped_env_array_compact", U_LASTAPP)
def _():
    p = upw()
    inner = J({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "wandb-app", "namespace": "wandb"}, "spec": {"template": {"spec": {"containers": [{"name": "app", "env": [{"name": "MYSQL", "value": "mysql://wandb:%s@%s/wandb_local" % (p, DB())}]}]}}}}, separators=(",", ":"))
    L = ['        "annotations": {',
         '            "deployment.kubernetes.io/revision": "%d",' % R.randint(1, 40),
         '            "kubectl.kubernetes.io/last-applied-configuration": ' + J(inner + "\n"),
         '        },']
    return L, [p]

@P("kubectl_get_wandb_cr_json_status_conditions_message_helm_error", U_WBOP + " + " + U_KGET)
def _():
    sk = awssec()
    L = ['        "conditions": [',
         '            {',
         '                "lastTransitionTime": "2024-0%d-1%dT08:0%d:00Z",' % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9)),
         '                "message": "values validation failed: bucket.secretKey=%s rejected by provider",' % sk,
         '                "reason": "HelmInstallFailed",',
         '                "status": "False",',
         '                "type": "Ready"',
         '            }']
    return L, [sk]

@P("kubectl_get_secret_list_json_data_base64_multiple_keys", U_KGET)
def _():
    p = pw(); lk = hx(40)
    bp, bl = b64s(p), b64s(lk)
    L = ['    "items": [', '        {', '            "apiVersion": "v1",', '            "data": {',
         '                "MYSQL_PASSWORD": "%s",' % bp,
         '                "LICENSE": "%s"' % bl,
         '            },', '            "kind": "Secret",']
    return L, [bp.rstrip("="), bl.rstrip("=")]

@P("kubectl_get_events_json_message_exec_probe_output_password", U_K8SEV)
def _():
    p = pw()
    L = ['            "involvedObject": {"kind": "Pod", "name": "wandb-mysql-0", "namespace": "wandb"},',
         '            "message": "Readiness probe failed: mysqladmin: [Warning] Using a password on the command line interface can be insecure.\\nmysqladmin -uroot -p%s ping: connect failed",' % p,
         '            "reason": "Unhealthy",',
         '            "type": "Warning"']
    return L, [p]

@P("kubectl_describe_pod_environment_literal_values_mixed_refs", U_KDESC)
def _():
    p = upw(); cs = an(40)
    L = ["    Environment:",
         "      HOST:                https://%s" % H(),
         "      MYSQL:               mysql://wandb:%s@%s:3306/wandb_local" % (p, DB()),
         "      LICENSE:             <set to the key 'license' in secret 'wandb-license'>  Optional: false",
         "      OIDC_CLIENT_SECRET:  %s" % cs,
         "    Mounts:",
         "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)" % an(5).lower()]
    return L, [p, cs]

@P("helm_get_manifest_secret_stringdata_operator_wandb_bucket", U_HELM + " + " + U_WBCHART)
def _():
    sk = awssec()
    L = ["---", "# Source: operator-wandb/templates/bucket-secret.yaml", "apiVersion: v1", "kind: Secret",
         "metadata:", "  name: wandb-bucket", "stringData:",
         "  ACCESS_KEY: %s" % awsid(), "  SECRET_KEY: %s" % sk]
    return L, [sk]

@P("helm_get_manifest_configmap_nginx_conf_proxy_set_header_basic", U_HELM + " + https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")
def _():
    pw_ = upw()
    enc, part = basic("wandb-proxy", pw_)
    L = ["# Source: operator-wandb/charts/nginx/templates/configmap.yaml", "data:", "  default.conf: |",
         "    location /api/ {", "      proxy_pass http://wandb-api:8081;",
         "      proxy_set_header Authorization \"Basic %s\";" % enc, "    }"]
    return L, [part]

@P("helm_get_values_all_yaml_global_mysql_redis_passwords", U_HELMV + " + " + U_WBCHART)
def _():
    p, p2 = pw(), pw()
    L = ["COMPUTED VALUES:", "global:", "  mysql:", "    database: wandb_local", "    host: %s" % DB(),
         "    password: %s" % p, "    user: wandb", "  redis:", "    host: %s" % RD(), "    password: %s" % p2, "    port: 6379"]
    return L, [p, p2]

@P("helm_get_hooks_job_command_mysql_client_inline_password", "https://helm.sh/docs/helm/helm_get_hooks/", new=True)
def _():
    p = pw()
    L = ["---", "# Source: operator-wandb/templates/db-migrate-hook.yaml", "      containers:", "        - name: migrate",
         "          command:", "            - sh", "            - -c",
         "            - mysql -h %s -u wandb --password='%s' -e 'CREATE DATABASE IF NOT EXISTS wandb_local'" % (DB(), p)]
    return L, [p]

@P("kubectl_get_configmap_json_data_application_properties_multiline", U_KGET)
def _():
    p = upw()
    v = "spring.datasource.url=jdbc:mysql://%s:3306/wandb_local\nspring.datasource.username=wandb\nspring.datasource.password=%s\n" % (DB(), p)
    L = ['    "data": {', '        "application.properties": ' + J(v), '    },', '    "kind": "ConfigMap",']
    return L, [p]

@P("kubectl_get_pod_json_last_state_terminated_message_redis_url", U_KGET)
def _():
    p = upw()
    L = ['                "lastState": {', '                    "terminated": {', '                        "exitCode": 1,',
         '                        "message": "fatal: cannot ping redis://:%s@%s:6379: NOAUTH\\n",' % (p, RD()),
         '                        "reason": "Error",']
    return L, [p]

@P("kubectl_get_job_json_spec_template_args_wandb_login_key", U_KGET + " + https://docs.wandb.ai/ref/cli/wandb-login/")
def _():
    k = wbkey()
    L = ['                        "args": [', '                            "wandb",', '                            "login",', '                            "--host=https://%s",' % H(), '                            "local-%s"' % k, '                        ],']
    return L, [k]

@P("kubectl_describe_wandb_cr_spec_values_nested_indent", U_KDESC + " + " + U_WBOP)
def _():
    sk = awssec(); lk = hx(48)
    L = ["Spec:", "  Values:", "    Global:", "      Bucket:", "        Access Key:  %s" % awsid(), "        Name:        %s" % BK(),
         "        Secret Key:  %s" % sk, "      License:       %s" % lk]
    return L, [sk, lk]

@P("kubectl_get_events_table_failed_message_curl_bearer", U_KGET + " (-o custom-columns)", new=True)
def _():
    t = an(44)
    L = ["LAST SEEN   TYPE      REASON      OBJECT                  MESSAGE",
         "%dm         Warning   BackOff     pod/wandb-console-%s   Back-off restarting failed container" % (R.randint(1, 50), an(5).lower()),
         "%dm         Warning   Failed      pod/wandb-weave-%s     Error: curl -H 'Authorization: Bearer %s' http://wandb-app:8080/healthz exited 22" % (R.randint(1, 50), an(5).lower(), t)]
    return L, [t]

@P("kubectl_get_secret_jsonpath_go_template_base64_decoded_output", U_KGET + " (-o jsonpath / go-template base64decode)", new=True)
def _():
    p = pw()
    L = ["$ kubectl get secret wandb-mysql -n wandb -o go-template='{{range $k,$v := .data}}{{$k}}={{$v|base64decode}}{{\"\\n\"}}{{end}}'",
         "MYSQL_DATABASE=wandb_local", "MYSQL_PASSWORD=%s" % p, "MYSQL_USER=wandb"]
    return L, [p]

@P("kubectl_get_managedfields_fieldsv1_and_env_value_same_object", U_MF)
def _():
    t = an(40)
    L = ['                "fieldsV1": {"f:spec": {"f:containers": {"k:{\\"name\\":\\"app\\"}": {"f:env": {"k:{\\"name\\":\\"SLACK_SECRET\\"}": {".": {}, "f:name": {}, "f:value": {}}}}}}},',
         '                "manager": "kubectl-client-side-apply",',
         '            ...',
         '                        {"name": "SLACK_SECRET", "value": "%s"},' % t]
    return L, [t]

@P("helm_get_manifest_bitnami_mysql_initdb_scripts_create_user", U_HELM + " + https://github.com/bitnami/charts/tree/main/bitnami/mysql (initdbScripts)")
def _():
    p = pw()
    L = ["# Source: mysql/templates/primary/initialization-configmap.yaml", "data:", "  grant.sql: |",
         "    CREATE USER 'wandb'@'%%' IDENTIFIED BY '%s';" % p, "    GRANT ALL ON wandb_local.* TO 'wandb'@'%';"]
    return L, [p]

@P("kubectl_describe_configmap_data_separator_redis_conf_requirepass", U_KDESC)
def _():
    p = pw()
    L = ["Data", "====", "redis.conf:", "----", "maxmemory-policy allkeys-lru", "requirepass %s" % p, "masterauth %s" % p, "", "BinaryData", "===="]
    return L, [p]

@P("kubectl_get_pod_yaml_env_valuefrom_sibling_plain_value_weave", U_KGET + " (-o yaml)")
def _():
    k = wbkey()
    L = ["    - name: WANDB_API_KEY", "      value: local-%s" % k, "    - name: WF_CLICKHOUSE_PASS", "      valueFrom:", "        secretKeyRef:", "          key: password", "          name: weave-clickhouse"]
    return L, [k]

@P("kubectl_get_ingress_json_annotation_auth_snippet_bearer", "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet")
def _():
    t = an(40)
    L = ['        "annotations": {',
         '            "nginx.ingress.kubernetes.io/configuration-snippet": "proxy_set_header X-Api-Token %s;\\n",' % t,
         '            "nginx.ingress.kubernetes.io/proxy-body-size": "0"', '        },']
    return L, [t]

@P("helm_history_then_get_values_revision_set_string_user_supplied", "https://helm.sh/docs/helm/helm_history/ + " + U_HELMV)
def _():
    lk = hx(48)
    L = ["REVISION\tUPDATED                 \tSTATUS    \tCHART              \tAPP VERSION\tDESCRIPTION",
         "%d       \tMon Mar  4 10:11:12 2024\tdeployed  \toperator-wandb-0.%d.%d\t0.%d.0    \tUpgrade complete" % (R.randint(2, 30), R.randint(10, 30), R.randint(0, 9), R.randint(50, 60)),
         "USER-SUPPLIED VALUES:", "global:", "  license: %s" % lk]
    return L, [lk]

@P("kubectl_get_cronjob_json_container_command_mysqldump_password", U_KGET + " + https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")
def _():
    p = pw()
    L = ['                                "command": [', '                                    "/bin/sh",', '                                    "-c",',
         '                                    "mysqldump -h %s -u wandb -p%s wandb_local | gzip > /backup/wandb.sql.gz"' % (DB(), p), '                                ],']
    return L, [p]

@P("kubectl_get_externalsecret_status_conditions_provider_error_echo", "https://external-secrets.io/latest/api/externalsecret/")
def _():
    t = "hvs." + an(24)
    L = ['    "status": {', '        "conditions": [', '            {',
         '                "message": "could not get secret data from provider: vault token %s is expired",' % t,
         '                "reason": "SecretSyncedError",']
    return L, [t[4:]]

@P("kubectl_get_pod_json_lifecycle_prestop_exec_redis_cli_a", U_KGET + " + https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/")
def _():
    p = pw()
    L = ['                "lifecycle": {', '                    "preStop": {', '                        "exec": {',
         '                            "command": ["redis-cli", "-a", "%s", "SHUTDOWN", "SAVE"]' % p, '                        }']
    return L, [p]

# ====================================================== POSITIVES: Docker
@P("docker_inspect_config_env_array_wandb_local_mysql_and_license", U_DINSPECT)
def _():
    p = upw(); lk = hx(40)
    L = ['            "Env": [', '                "HOST=https://%s",' % H(),
         '                "MYSQL=mysql://wandb_local:%s@%s:3306/wandb_local",' % (p, DB()),
         '                "LICENSE=%s",' % lk, '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"', '            ],']
    return L, [p, lk]

@P("docker_inspect_path_and_args_top_level_entrypoint_flags", U_DINSPECT)
def _():
    p = pw()
    L = ['        "Path": "docker-entrypoint.sh",', '        "Args": [', '            "redis-server",', '            "--requirepass",', '            "%s",' % p, '            "--appendonly",', '            "yes"', '        ],']
    return L, [p]

@P("docker_inspect_config_labels_traefik_customrequestheaders_api_key", U_DINSPECT + " + https://doc.traefik.io/traefik/middlewares/http/basicauth/")
def _():
    t = an(40)
    L = ['            "Labels": {', '                "com.docker.compose.service": "wandb",',
         '                "traefik.http.middlewares.wb-hdr.headers.customrequestheaders.X-Api-Key": "%s",' % t,
         '                "traefik.http.routers.wandb.rule": "Host(`%s`)"' % H(), '            }']
    return L, [t]

@P("docker_inspect_hostconfig_logconfig_gelf_address_userinfo", U_DINSPECT + " + https://docs.docker.com/engine/logging/drivers/gelf/")
def _():
    p = upw()
    L = ['            "LogConfig": {', '                "Type": "gelf",', '                "Config": {',
         '                    "gelf-address": "tcp://logs:%s@graylog.example.com:12201",' % p, '                    "tag": "wandb"', '                }']
    return L, [p]

@P("docker_inspect_hostconfig_extra_hosts_and_env_file_binds_then_env", U_DINSPECT)
def _():
    sk = an(32)
    L = ['            "Binds": [', '                "/srv/wandb:/vol:rw"', '            ],', '            "ExtraHosts": ["minio.example.internal:10.0.5.17"],',
         '        "Config": {', '            "Env": ["MINIO_ROOT_USER=wandb", "MINIO_ROOT_PASSWORD=%s"],' % sk]
    return L, [sk]

@P("docker_compose_config_yaml_environment_map_bucket_and_oidc", U_COMPOSE)
def _():
    sk = an(32); cs = an(40)
    L = ["services:", "  wandb:", "    environment:", "      BUCKET: s3://wandb:%s@minio:9000/wandb" % sk, "      BUCKET_QUEUE: internal://",
         "      OIDC_CLIENT_ID: %s" % an(20), "      OIDC_CLIENT_SECRET: %s" % cs, "    image: wandb/local:latest"]
    return L, [sk, cs]

@P("docker_compose_config_json_format_command_array_minio_mc_alias", U_COMPOSE + " + https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html")
def _():
    sk = an(32)
    L = ['    "createbuckets": {', '      "command": [', '        "/bin/sh",', '        "-c",',
         '        "mc alias set local http://minio:9000 wandb %s && mc mb -p local/wandb"' % sk, '      ],']
    return L, [sk]

@P("docker_compose_config_secrets_environment_mixed_with_inline_healthcheck", U_COMPOSE)
def _():
    p = pw()
    L = ["  mysql:", "    healthcheck:", "      test:", "      - CMD-SHELL", "      - mysqladmin ping -h 127.0.0.1 -uroot --password=%s" % p, "      interval: 10s", "    secrets:", "    - source: mysql_root"]
    return L, [p]

@P("docker_ps_no_trunc_command_column_redis_server_requirepass", "https://docs.docker.com/reference/cli/docker/container/ls/ (--no-trunc)", new=True)
def _():
    p = pw()
    L = ["CONTAINER ID                                                       IMAGE          COMMAND                                            STATUS",
         "%s   redis:7-alpine \"docker-entrypoint.sh redis-server --requirepass %s\"   Up %d hours" % (hx(64), p, R.randint(1, 90))]
    return L, [p]

@P("docker_inspect_format_json_config_cmd_single_line", U_DINSPECT + " (--format '{{json .Config.Cmd}}')")
def _():
    p = pw()
    L = ["$ docker inspect --format '{{json .Config.Cmd}}' wandb-mysql", J(["mysqld", "--init-file=/docker-entrypoint-initdb.d/init.sql", "--default-authentication-plugin=mysql_native_password", "--admin-password=" + p])]
    return L, [p]

@P("docker_history_no_trunc_created_by_arg_build_secret", "https://docs.docker.com/reference/cli/docker/image/history/", new=True)
def _():
    t = "glpat-" + b64url(20)
    L = ["IMAGE          CREATED        CREATED BY                                                          SIZE",
         "<missing>      %d days ago    RUN |1 GITLAB_TOKEN=%s /bin/sh -c pip install -r requirements.txt   %dMB" % (R.randint(1, 90), t, R.randint(10, 900)),
         "<missing>      %d days ago    ARG GITLAB_TOKEN                                                    0B" % R.randint(1, 90)]
    return L, [t[6:]]

@P("docker_info_registry_mirror_and_http_proxy_userinfo", "https://docs.docker.com/reference/cli/docker/system/info/", new=True)
def _():
    p = upw()
    L = [" HTTP Proxy: http://proxyuser:%s@proxy.example.com:3128" % p, " HTTPS Proxy: http://proxyuser:xxxxx@proxy.example.com:3128", " No Proxy: localhost,127.0.0.1,.svc", " Registry Mirrors:", "  https://mirror.example.com/"]
    return L, [p]

@P("docker_events_json_create_actor_attributes_label_token", "https://docs.docker.com/reference/cli/docker/system/events/ (--format '{{json .}}')")
def _():
    t = an(40)
    o = {"status": "create", "id": hx(64), "from": "wandb/local:latest", "Type": "container", "Action": "create",
         "Actor": {"ID": hx(64), "Attributes": {"image": "wandb/local:latest", "name": "wandb-local", "com.example.deploy-token": t}}, "scope": "local", "time": R.randint(1700000000, 1760000000)}
    return [J(o)], [t]

# ====================================================== POSITIVES: MySQL
@P("mysql_show_create_table_federated_connection_string", "https://dev.mysql.com/doc/refman/8.0/en/federated-create-connection.html", new=True)
def _():
    p = upw()
    L = ["*************************** 1. row ***************************", "       Table: remote_runs", "Create Table: CREATE TABLE `remote_runs` (",
         "  `id` bigint NOT NULL,", "  PRIMARY KEY (`id`)",
         ") ENGINE=FEDERATED DEFAULT CHARSET=utf8mb4 CONNECTION='mysql://fed_user:%s@%s:3306/wandb_local/runs'" % (p, DB())]
    return L, [p]

@P("mysql_select_mysql_servers_vertical_password_column", "https://dev.mysql.com/doc/refman/8.0/en/create-server.html", new=True)
def _():
    p = pw()
    L = ["*************************** 1. row ***************************", "Server_name: fedlink", "       Host: %s" % DB(), "         Db: wandb_local",
         "   Username: fed_user", "   Password: %s" % p, "       Port: 3306", "     Socket: ", "    Wrapper: mysql"]
    return L, [p]

@P("mysql_general_log_table_box_create_server_options", "https://dev.mysql.com/doc/refman/8.0/en/log-destinations.html")
def _():
    p = pw()
    L = ["+----------------------------+---------------------------------------------------------------------------------------------+",
         "| event_time                 | argument                                                                                    |",
         "+----------------------------+---------------------------------------------------------------------------------------------+",
         "| 2024-0%d-0%d 10:1%d:00.000000 | CREATE SERVER fedlink FOREIGN DATA WRAPPER mysql OPTIONS (USER 'fed_user', PASSWORD '%s') |" % (R.randint(1, 9), R.randint(1, 9), R.randint(0, 9), p)]
    return L, [p]

@P("mysql_batch_tab_show_variables_ldap_bind_root_pwd", U_MYSQLVAR + " + https://dev.mysql.com/doc/refman/8.0/en/pluggable-authentication-system-variables.html", new=True)
def _():
    p = pw()
    L = ["Variable_name\tValue", "authentication_ldap_simple_bind_root_dn\tcn=admin,dc=example,dc=com", "authentication_ldap_simple_bind_root_pwd\t%s" % p, "authentication_ldap_simple_server_host\tldap.example.com"]
    return L, [p]

@P("mysqld_verbose_help_variable_table_ldap_sasl_bind_root_pwd", U_MYSQLHELP, new=True)
def _():
    p = pw()
    L = ["Variables (--variable-name=value)", "and boolean options {FALSE|TRUE}                   Value (after reading options)",
         "-------------------------------------------------- ------------",
         "authentication-ldap-sasl-bind-root-dn              cn=svc,dc=example,dc=com",
         "authentication-ldap-sasl-bind-root-pwd             %s" % p, "auto-increment-increment                           1"]
    return L, [p]

@P("mysql_processlist_box_change_replication_source_password", "https://dev.mysql.com/doc/refman/8.0/en/show-processlist.html + https://dev.mysql.com/doc/refman/8.0/en/change-replication-source-to.html")
def _():
    p = pw()
    L = ["+----+------+-----------+------+---------+------+----------+--------------------------------------------------------------------------------+",
         "| Id | User | Host      | db   | Command | Time | State    | Info                                                                           |",
         "+----+------+-----------+------+---------+------+----------+--------------------------------------------------------------------------------+",
         "| %2d | root | localhost | NULL | Query   |    0 | starting | CHANGE REPLICATION SOURCE TO SOURCE_USER='repl', SOURCE_PASSWORD='%s' |" % (R.randint(10, 99), p)]
    return L, [p]

@P("mysql_error_log_json_format_component_log_sink_json_query", "https://dev.mysql.com/doc/refman/8.0/en/error-log-json.html", new=True)
def _():
    c = Clock(); p = pw()
    o = {"prio": 2, "err_code": 11809, "subsystem": "Server", "source_file": "sql_parse.cc", "function": "dispatch_command", "msg": "Slow or failing statement: ALTER USER 'wandb'@'%%' IDENTIFIED BY '%s'" % p, "time": c.mysql(), "ts": c.epoch() * 1000, "thread": R.randint(1, 99), "err_symbol": "ER_PARSER_TRACE", "SQL_state": "HY000", "label": "Warning"}
    return [J(o)], [p]

@P("mysql_performance_schema_events_statements_current_vertical_sql_text", "https://dev.mysql.com/doc/refman/8.0/en/performance-schema-events-statements-current-table.html")
def _():
    t = an(40)
    L = ["*************************** 3. row ***************************", "            THREAD_ID: %d" % R.randint(40, 999), "             EVENT_ID: %d" % R.randint(1, 99),
         "             SQL_TEXT: UPDATE api_keys SET `key`='%s' WHERE user_id=%d" % (t, R.randint(1, 999)), "               DIGEST: %s" % hx(64)]
    return L, [t]

@P("mysql_client_batch_select_integrations_secret_json_column", U_MYSQLOUT)
def _():
    t = an(40); wh = "https://hooks.slack.com/services/T%s/B%s/%s" % (s(UP + DIG, 9), s(UP + DIG, 9), an(24))
    L = ["id\tentity_id\ttype\tsettings", "%d\t%d\tslack\t{\"webhook_url\": \"%s\", \"token\": \"%s\"}" % (R.randint(1, 99), R.randint(1, 99), wh, t)]
    return L, [wh.rsplit("/", 1)[1], t]

@P("mysql_my_cnf_client_group_password_quoted_with_hash", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")
def _():
    p = pw(extra="-_.!~+*") + "#" + an(4)
    L = ["[client]", "user=wandb", 'password="%s"' % p, "host=%s" % DB(), "", "[mysqldump]", "single-transaction"]
    return L, [p]

@P("mysql_slow_log_set_timestamp_then_insert_token_values", "https://dev.mysql.com/doc/refman/8.0/en/slow-query-log.html")
def _():
    c = Clock(); t = an(40)
    L = ["# Time: %s" % c.mysql(), "# User@Host: wandb[wandb] @  [10.0.3.%d]  Id: %d" % (R.randint(2, 250), R.randint(100, 9999)),
         "# Query_time: %d.%06d  Lock_time: 0.000001 Rows_sent: 0  Rows_examined: 0" % (R.randint(1, 9), R.randint(0, 999999)),
         "SET timestamp=%d;" % c.epoch(), "INSERT INTO oauth_tokens (user_id, refresh_token) VALUES (%d, '%s');" % (R.randint(1, 999), t)]
    return L, [t]

@P("mysqlsh_uri_connection_output_creating_session", "https://dev.mysql.com/doc/mysql-shell/8.0/en/mysql-shell-connection-using-uri.html")
def _():
    p = upw()
    L = ["$ mysqlsh --uri wandb:%s@%s:3306 --sql -e 'SELECT 1'" % (p, DB()), "WARNING: Using a password on the command line interface can be insecure.",
         "Creating a session to 'wandb@%s:3306'" % DB(), "1", "1"]
    return L, [p]

@P("mysql_cat_master_info_file_positional_password_line", "https://dev.mysql.com/doc/refman/8.0/en/replica-logs-status.html", new=True)
def _():
    p = pw()
    L = ["$ cat /var/lib/mysql/master.info", "%d" % R.randint(25, 33), "mysql-bin.0000%02d" % R.randint(1, 99), "%d" % R.randint(100, 99999), "10.0.8.21", "repl", p, "3306", "60"]
    return L, [p]

@P("mysql_audit_log_json_general_data_set_password_query", "https://dev.mysql.com/doc/refman/8.0/en/audit-log-file-formats.html")
def _():
    p = pw()
    o = {"timestamp": "2024-0%d-1%d 10:00:00" % (R.randint(1, 9), R.randint(0, 9)), "id": R.randint(1, 99), "class": "general", "event": "status", "connection_id": R.randint(1, 99),
         "account": {"user": "root", "host": "localhost"}, "general_data": {"command": "Query", "sql_command": "set_password", "query": "SET PASSWORD FOR 'wandb'@'%%' = '%s'" % p, "status": 0}}
    return [J(o) + ","], [p]

# ====================================================== POSITIVES: object stores
def strip3d(v):
    while v.endswith("%3D"):
        v = v[:-3]
    return v

def sas_sig():
    raw = b64(bytes(R.getrandbits(8) for _ in range(32)))
    enc = qp(raw)
    return enc, enc[:-3] if enc.endswith("%3D") else enc

def v2_sig():
    raw = b64(bytes(R.getrandbits(8) for _ in range(20)))
    enc = qp(raw)
    return enc, enc[:-3] if enc.endswith("%3D") else enc

@P("curl_v_s3_presigned_v4_get_request_line_and_host_header", U_SIGV4 + " + " + U_CURL)
def _():
    c = Clock(); sig = hx(64); d = c.amz()
    q = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (awsid(), d[:8], d, sig)
    L = ["* Connected to %s.s3.amazonaws.com (10.0.9.%d) port 443" % (BK(), R.randint(2, 254)), "> GET /media/%s/artifact.bin?%s HTTP/1.1" % (hx(12), q),
         "> Host: %s.s3.amazonaws.com" % BK(), "> User-Agent: curl/8.5.0", "< HTTP/1.1 403 Forbidden"]
    return L, [sig]

@P("curl_v_gcs_v4_signed_put_x_goog_signature_hex_512", U_GCS + " + " + U_CURL)
def _():
    c = Clock(); sig = hx(512); d = c.amz()
    L = ["> PUT /%s/wandb-artifacts/%s?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%%40proj-%s.iam.gserviceaccount.com%%2F%s%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=%s&X-Goog-Expires=3600&X-Goog-SignedHeaders=content-type%%3Bhost&X-Goog-Signature=%s HTTP/2" % (BK(), hx(10), hx(6), d[:8], d, sig),
         "> Host: storage.googleapis.com", "< HTTP/2 200"]
    return L, [sig]

@P("curl_v_azure_blob_sas_user_delegation_skoid_sig", U_SAS + " + https://learn.microsoft.com/en-us/rest/api/storageservices/create-user-delegation-sas")
def _():
    enc, part = sas_sig()
    L = ["> GET /wandb/%s?sv=2022-11-02&st=2024-05-01T10%%3A00%%3A00Z&se=2024-05-01T11%%3A00%%3A00Z&skoid=%s&sktid=%s&skt=2024-05-01T10%%3A00%%3A00Z&ske=2024-05-02T10%%3A00%%3A00Z&sks=b&skv=2022-11-02&sr=b&sp=r&sig=%s HTTP/1.1" % (hx(14), uuid(), uuid(), enc),
         "> Host: wandbstore%s.blob.core.windows.net" % hx(4), "< HTTP/1.1 200 OK"]
    return L, [part]

@P("curl_v_s3_v2_query_auth_signature_expires_minio_gateway", U_SIGV2 + " + " + U_CURL)
def _():
    enc, part = v2_sig()
    L = ["> GET /%s/media/%s?AWSAccessKeyId=%s&Expires=%d&Signature=%s HTTP/1.1" % (BK(), hx(16), "wandb", R.randint(1700000000, 1760000000), enc), "> Host: %s" % MN(), "< HTTP/1.1 200 OK", "< Content-Length: %d" % R.randint(100, 99999)]
    return L, [part]

@P("s3_xml_error_signature_does_not_match_string_to_sign_with_sts_token", U_S3ERR)
def _():
    c = Clock(); tok = "IQoJb3JpZ2luX2Vj" + s(B64, 220)
    L = ["<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message>",
         "<AWSAccessKeyId>%s</AWSAccessKeyId>" % awsid("ASIA"),
         "<CanonicalRequest>GET", "/media/run.json", "", "host:%s.s3.amazonaws.com" % BK(), "x-amz-date:%s" % c.amz(), "x-amz-security-token:%s" % tok, "",
         "host;x-amz-date;x-amz-security-token", "UNSIGNED-PAYLOAD</CanonicalRequest>",
         "<RequestId>%s</RequestId></Error>" % s(UP + DIG, 16)]
    return L, [tok[16:]]

@P("botocore_endpoint_debug_sending_http_request_aws_prepared_request_headers", U_BOTO)
def _():
    c = Clock(); sig = hx(64); tok = "IQoJb3JpZ2luX2Vj" + s(B64, 200)
    L = ["%s botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, url=https://%s.s3.amazonaws.com/media/x, headers={'X-Amz-Security-Token': b'%s', 'Authorization': b'AWS4-HMAC-SHA256 Credential=%s/%s/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=%s'}>" % (c.sp(), BK(), tok, awsid("ASIA"), c.ymd(), sig)]
    return L, [tok[16:], sig]

@P("botocore_credentials_debug_assume_role_response_dict", "https://github.com/boto/botocore/blob/develop/botocore/credentials.py + https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html")
def _():
    c = Clock(); sk = awssec(); tok = "IQoJb3JpZ2luX2Vj" + s(B64, 210)
    L = ["%s botocore.parsers [DEBUG] Response body:" % c.sp(),
         "b'<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials><AccessKeyId>%s</AccessKeyId><SecretAccessKey>%s</SecretAccessKey><SessionToken>%s</SessionToken></Credentials></AssumeRoleResult></AssumeRoleResponse>'" % (awsid("ASIA"), sk, tok)]
    return L, [sk, tok[16:]]

@P("boto3_s3transfer_debug_presigned_post_fields_dict", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/s3-presigned-urls.html#generating-a-presigned-url-to-upload-a-file")
def _():
    c = Clock(); pol = b64(J({"expiration": "2024-06-01T00:00:00Z", "conditions": [{"bucket": BK()}]}).encode()); sig = hx(64)
    L = ["%s wandb.filesync [DEBUG] presigned post: {'url': 'https://%s.s3.amazonaws.com/', 'fields': {'key': 'media/%s', 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': '%s/%s/us-east-1/s3/aws4_request', 'x-amz-date': '%s', 'policy': '%s', 'x-amz-signature': '%s'}}" % (c.sp(), BK(), hx(10), awsid(), c.ymd(), c.amz(), pol, sig)]
    return L, [sig]

@P("cors_preflight_then_actual_put_presigned_gcs_v2_signature", U_CORS + " + https://cloud.google.com/storage/docs/access-control/signed-urls-v2")
def _():
    raw = b64(bytes(R.getrandbits(8) for _ in range(256))); enc = qp(raw); part = strip3d(enc)
    L = ["> OPTIONS /%s/media/%s HTTP/1.1" % (BK(), hx(8)), "> Origin: https://%s" % H(), "> Access-Control-Request-Method: PUT", "< HTTP/1.1 200 OK", "< Access-Control-Allow-Origin: *",
         "> PUT /%s/media/%s?GoogleAccessId=wandb%%40proj.iam.gserviceaccount.com&Expires=%d&Signature=%s HTTP/1.1" % (BK(), hx(8), R.randint(1700000000, 1760000000), enc)]
    return L, [part]

@P("mc_admin_config_get_identity_openid_client_secret", "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-config.html + https://min.io/docs/minio/linux/reference/minio-server/settings/iam/openid.html", new=True)
def _():
    cs = an(40)
    L = ["$ mc admin config get local identity_openid", "identity_openid enable=on display_name= config_url=https://login.example.com/.well-known/openid-configuration client_id=minio client_secret=%s claim_name=policy scopes=openid,email" % cs]
    return L, [cs]

@P("mc_admin_user_svcacct_add_output_access_secret", "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-user-svcacct-add.html", new=True)
def _():
    sk = an(40)
    L = ["$ mc admin user svcacct add local wandb", "Access Key: %s" % s(UP + DIG, 20), "Secret Key: %s" % sk, "Expiration: no-expiry"]
    return L, [sk]

@P("aws_s3_presign_cli_output_with_session_token_query", "https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html")
def _():
    c = Clock(); sig = hx(64); tok = "IQoJb3JpZ2luX2Vj" + s(B64, 200); etok = qp(tok)
    L = ["$ aws s3 presign s3://%s/media/probe.txt --expires-in 300" % BK(),
         "https://%s.s3.us-east-1.amazonaws.com/media/probe.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Security-Token=%s&X-Amz-Signature=%s" % (BK(), awsid("ASIA"), c.ymd(), c.amz(), etok, sig)]
    return L, [etok[len("IQoJb3JpZ2luX2Vj"):], sig]

@P("azure_storage_connection_string_in_az_cli_show_connection_string_json", "https://learn.microsoft.com/en-us/cli/azure/storage/account#az-storage-account-show-connection-string")
def _():
    k = b64(bytes(R.getrandbits(8) for _ in range(64)))
    L = ["{", '  "connectionString": "DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;AccountName=wandbstore%s;AccountKey=%s"' % (hx(4), k), "}"]
    return L, [k.rstrip("=")]

@P("gcs_hmac_keys_create_output_secret_field", "https://cloud.google.com/storage/docs/authentication/managing-hmackeys#create", new=True)
def _():
    sk = s(B64, 40)
    L = ["$ gcloud storage hmac create wandb-sa@proj.iam.gserviceaccount.com", "metadata:", "  accessId: GOOG1E%s" % s(UP + DIG, 55), "  state: ACTIVE", "secret: %s" % sk]
    return L, [sk]

@P("s3_xml_error_invalid_argument_authorization_header_echo_argument_value", U_S3ERR)
def _():
    sig = hx(64)
    L = ["<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed</Message>",
         "<ArgumentName>Authorization</ArgumentName><ArgumentValue>AWS4-HMAC-SHA256 Credential=%s/20240101/us-west-2/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=%s</ArgumentValue>" % (awsid(), sig),
         "<RequestId>%s</RequestId><HostId>%s</HostId></Error>" % (s(UP + DIG, 16), s(B64, 56))]
    return L, [sig]

@P("minio_server_log_json_trace_request_header_authorization", "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-trace.html (--json)")
def _():
    sig = hx(64)
    o = {"version": "1", "type": "S3", "time": "2024-05-01T10:00:00.%09dZ" % R.randint(0, 10**9 - 1), "api": {"name": "PutObject", "bucket": BK()},
         "requestHeader": {"Authorization": "AWS4-HMAC-SHA256 Credential=wandb/20240501/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + sig, "X-Amz-Date": "20240501T100000Z"}}
    return [J(o)], [sig]

@P("rclone_config_show_s3_remote_secret_access_key", "https://rclone.org/s3/ + https://rclone.org/commands/rclone_config_show/", new=True)
def _():
    sk = awssec()
    L = ["[wandb-s3]", "type = s3", "provider = Minio", "access_key_id = %s" % awsid(), "secret_access_key = %s" % sk, "endpoint = http://%s" % MN()]
    return L, [sk]

# ====================================================== POSITIVES: load balancer / HTTP probes
@P("curl_v_request_headers_x_api_key_and_response_set_cookie_httponly", U_CURL)
def _():
    k = wbkey(); sess = b64url(44)
    L = ["> GET /api/v1/viewer HTTP/1.1", "> Host: %s" % H(), "> X-Api-Key: %s" % k, ">", "< HTTP/1.1 200 OK",
         "< Set-Cookie: wandb_session=%s; Path=/; HttpOnly; Secure; SameSite=Lax" % sess]
    return L, [k, sess]

@P("openssl_s_client_quiet_typed_get_with_bearer_then_response", U_OSSL)
def _():
    t = an(48)
    L = ["$ openssl s_client -connect %s:443 -servername %s -quiet" % ((H(),) * 2), "depth=0 CN = %s" % H(), "verify return:1",
         "GET /api/v1/viewer HTTP/1.1", "Host: %s" % H(), "Authorization: Bearer %s" % t, "", "HTTP/1.1 200 OK"]
    return L, [t]

@P("har_json_entries_request_headers_authorization_and_cookies_array", U_HAR)
def _():
    k = wbkey(); sess = b64url(44)
    L = ['        "request": {', '          "method": "POST",', '          "url": "https://%s/graphql",' % H(), '          "headers": [',
         '            {"name": "authorization", "value": "Basic %s"},' % b64s("api:" + k),
         '            {"name": "cookie", "value": "wandb_session=%s"}' % sess, '          ],',
         '          "cookies": [{"name": "wandb_session", "value": "%s", "httpOnly": true}],' % sess]
    return L, [basic("api", k)[1], sess]

@P("har_json_postdata_text_graphql_create_api_key_response_content", U_HAR)
def _():
    k = wbkey()
    L = ['          "response": {', '            "status": 200,', '            "content": {', '              "mimeType": "application/json",',
         '              "text": ' + J(J({"data": {"generateApiKey": {"apiKey": {"id": b64s("ApiKey:%d" % R.randint(1, 999)), "name": "%s" % k}}}})), '            }']
    return L, [k]

@P("curl_trace_ascii_oauth_token_response_access_and_refresh", "https://curl.se/docs/manpage.html#--trace-ascii")
def _():
    at = an(40); rt = an(40)
    body = J({"access_token": at, "token_type": "Bearer", "expires_in": R.randint(60, 86400), "scope": " ".join(R.sample(["openid", "email", "profile", "offline_access", "groups"], R.randint(1, 5))), "refresh_token": rt})
    L = ["<= Recv data, %d bytes (0x%x)" % (len(body), len(body))]
    for i in range(0, len(body), 64):
        L.append("%04x: %s" % (i, body[i:i + 64]))
    secs = []
    # compute pieces of each secret as they fall on rows
    for v in (at, rt):
        st = body.index(v)
        for i in range(0, len(body), 64):
            a, b = max(st, i), min(st + len(v), i + 64)
            if b - a >= 8:
                secs.append(body[a:b])
            elif b - a > 0:
                raise Retry()
    return L, secs

@P("curl_v_http2_proxy_authorization_basic_connect_tunnel", U_CURL + " (--proxy-user, CONNECT)")
def _():
    p = upw(); enc, part = basic("svc-wandb", p)
    L = ["* Establish HTTP proxy tunnel to %s:443" % H(), "> CONNECT %s:443 HTTP/1.1" % H(), "> Host: %s:443" % H(), "> Proxy-Authorization: Basic %s" % enc, ">", "< HTTP/1.1 200 Connection established"]
    return L, [part]

@P("alb_access_log_request_field_query_api_key", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html#access-log-entry-format")
def _():
    k = wbkey()
    L = ['https 2024-05-01T10:00:00.%06dZ app/wandb-alb/%s 10.0.1.%d:%d 10.0.2.%d:8080 0.001 0.020 0.000 200 200 %d %d "GET https://%s:443/api/v1/files?api_key=%s HTTP/1.1" "python-requests/2.31.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/wandb/%s "Root=1-%s-%s" "%s" "-" 0 2024-05-01T10:00:00.000000Z "forward" "-" "-" "10.0.2.5:8080" "200" "-" "-"' % (R.randint(0, 999999), hx(16), R.randint(2, 250), R.randint(30000, 60000), R.randint(2, 250), R.randint(100, 999), R.randint(100, 9999), H(), k, hx(16), hx(8), hx(24), H())]
    return L, [k]

@P("envoy_access_log_json_request_headers_authorization", "https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage", new=True)
def _():
    t = an(44)
    o = {"start_time": "2024-05-01T10:00:00.%03dZ" % R.randint(0, 999), "method": "POST", "path": "/files/upload", "response_code": 401, "authorization": "Bearer " + t, "upstream_host": "10.0.2.%d:8080" % R.randint(2, 250)}
    return [J(o)], [t]

@P("websocket_handshake_capture_sec_websocket_protocol_token", "https://datatracker.ietf.org/doc/html/rfc6455#section-4.1", new=True)
def _():
    t = an(40)
    L = ["GET /console/ws HTTP/1.1", "Host: %s" % H(), "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: %s" % b64(bytes(R.getrandbits(8) for _ in range(16))),
         "Sec-WebSocket-Protocol: bearer, %s" % t, "Sec-WebSocket-Version: 13"]
    return L, [t]

@P("http_response_dump_oidc_token_endpoint_id_token_json_crlf", "https://openid.net/specs/openid-connect-core-1_0.html#TokenResponse")
def _():
    tok, sig = jwt({"iss": "https://login.example.com/", "aud": an(10), "sub": hx(10)})
    L = ["HTTP/1.1 200 OK\r", "Content-Type: application/json\r", "Cache-Control: no-store\r", "\r", J({"id_token": tok, "token_type": "Bearer", "expires_in": 300})]
    return L, [sig]

@P("curl_v_authorization_digest_response_parameter", "https://datatracker.ietf.org/doc/html/rfc7616#section-3.4 + " + U_CURL, new=True)
def _():
    p = pw()
    L = ["$ curl -v --digest -u admin:%s https://%s/admin/metrics" % (p, H()), "* Server auth using Digest with user 'admin'",
         "> GET /admin/metrics HTTP/1.1", '> Authorization: Digest username="admin", realm="wandb", nonce="%s", uri="/admin/metrics", response="%s"' % (hx(32), hx(32)), "< HTTP/1.1 200 OK"]
    return L, [p]

@P("httpie_verbose_request_headers_and_auth_flag", "https://httpie.io/docs/cli/verbose-output", new=True)
def _():
    k = wbkey()
    L = ["$ http -v POST https://%s/api/v1/runs X-WANDB-API-KEY:%s" % (H(), k), "POST /api/v1/runs HTTP/1.1", "Accept: application/json, */*;q=0.5", "X-WANDB-API-KEY: %s" % k, "", "HTTP/1.1 201 Created"]
    return L, [k]

@P("haproxy_log_captured_request_cookie_and_header", "https://docs.haproxy.org/2.8/configuration.html#8.2.3", new=True)
def _():
    sess = b64url(40)
    L = ['%s haproxy[%d]: 10.0.1.%d:%d [01/May/2024:10:00:00.%03d] fe_https~ be_wandb/wandb1 0/0/1/12/13 200 %d wandb_session=%s - ---- 1/1/0/0/0 0/0 {%s} "GET /graphql HTTP/1.1"' % ("May  1 10:00:00 lb1", R.randint(100, 9999), R.randint(2, 250), R.randint(30000, 60000), R.randint(0, 999), R.randint(100, 9999), sess, H())]
    return L, [sess]

@P("oauth2_proxy_request_log_cookie_refresh_debug", "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview#logging-configuration")
def _():
    rt = an(48)
    L = ['[2024/05/01 10:00:00] [oauthproxy.go:%d] refreshing session for user@example.com with refresh_token=%s' % (R.randint(800, 1100), rt),
         '10.0.1.%d - %s - user@example.com [2024/05/01 10:00:00] %s GET - "/oauth2/auth" HTTP/1.1 "Mozilla/5.0" 202 0 0.002' % (R.randint(2, 250), uuid(), H())]
    return L, [rt]

# ====================================================== POSITIVES: SDK files
@P("wandb_debug_internal_log_handle_request_login_api_key_record", U_WBSDK)
def _():
    c = Clock(); k = wbkey()
    L = ["%s DEBUG   HandlerThread:%d [handler.py:handle_request():%d] handle_request: login" % (c.sp(), R.randint(100, 9999), R.randint(100, 200)),
         "%s DEBUG   SenderThread:%d [sender.py:send_request():%d] send_request: login api_key: \"local-%s\"" % (c.sp(), R.randint(100, 9999), R.randint(300, 450), k)]
    return L, [k]

@P("wandb_debug_log_wandb_setup_settings_env_dump_base_url_key", U_WBSDK)
def _():
    c = Clock(); k = wbkey()
    L = ["%s INFO    MainThread:%d [wandb_setup.py:_flush():%d] Loading settings from environment variables: {'base_url': 'https://%s', 'api_key': '%s', 'project': 'probe'}" % (c.sp(), R.randint(100, 9999), R.randint(70, 90), H(), k)]
    return L, [k]

@P("wandb_metadata_json_args_hf_token_and_wandb_key_pair", U_WBSDK)
def _():
    k = wbkey(); t = "hf_" + an(34)
    L = ["{", '    "os": "Linux-5.15.0-x86_64-with-glibc2.35",', '    "python": "CPython 3.11.9",', '    "args": [',
         '        "--hf-token=%s",' % t, '        "--wandb-key",', '        "%s"' % k, '    ],']
    return L, [t[3:], k]

@P("wandb_settings_ini_base_section_api_key_line", "https://docs.wandb.ai/guides/track/environment-variables/ (~/.config/wandb/settings)")
def _():
    k = wbkey()
    L = ["[default]", "base_url = https://%s" % H(), "api_key = local-%s" % k, "entity = ml-team"]
    return L, [k]

@P("netrc_multiline_machine_login_password_blocks_api_and_git", U_NETRC)
def _():
    k = wbkey(); t = "ghp_" + an(36)
    L = ["machine %s" % H(), "  login user", "  password %s" % k, "", "machine github.com", "  login x-access-token", "  password %s" % t]
    return L, [k, t[4:]]

@P("wandb_run_config_yaml_wandb_internal_and_nested_secret_param", U_WBSDK)
def _():
    t = "sk-proj-" + b64url(48)
    L = ["_wandb:", "  desc: null", "  value:", "    cli_version: 0.18.%d" % R.randint(0, 7), "openai:", "  desc: null", "  value:", "    api_key: %s" % t, "    model: gpt-4o"]
    return L, [t[8:]]

@P("requirements_txt_index_url_with_token_userinfo_and_hashes", U_PIP)
def _():
    t = an(32)
    L = ["--index-url https://__token__:%s@pypi.example.com/simple/" % t, "wandb==0.18.%d \\" % R.randint(0, 7), "    --hash=sha256:%s" % hx(64), "torch==2.4.0"]
    return L, [t]

@P("wandb_debug_internal_log_git_remote_url_userinfo_repo_info", U_WBSDK)
def _():
    c = Clock(); t = "glpat-" + b64url(20)
    L = ["%s DEBUG   HandlerThread:%d [system_info.py:_save_code():%d] git remote: https://oauth2:%s@gitlab.example.com/ml/train.git" % (c.sp(), R.randint(100, 9999), R.randint(80, 120), t)]
    return L, [t[6:]]

@P("wandb_output_log_stdout_print_of_env_secret_with_ansi_bold", U_WBSDK + " (files/output.log)")
def _():
    t = an(40)
    L = ["Epoch 1/10", "\x1b[1mUsing HF_TOKEN=hf_%s\x1b[0m" % t, "loss=0.%04d" % R.randint(0, 9999)]
    return L, [t]

@P("wandb_launch_agent_config_yaml_registry_credentials", "https://docs.wandb.ai/guides/launch/setup-launch/ (launch-config.yaml)")
def _():
    p = pw()
    L = ["queues:", "  - default", "registry:", "  type: ecr", "  uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/wandb", "builder:", "  type: kaniko", "  build-context-store: s3://%s/ctx" % BK(), "  docker-password: %s" % p]
    return L, [p]

@P("wandb_sweep_yaml_command_line_with_api_key_arg_macro", "https://docs.wandb.ai/guides/sweeps/define-sweep-configuration/#command")
def _():
    k = wbkey()
    L = ["program: train.py", "method: bayes", "command:", "  - ${env}", "  - python", "  - ${program}", "  - --wandb-api-key=%s" % k, "  - ${args}"]
    return L, [k]

# ====================================================== POSITIVES: adversarial encodings / framings
@P("cri_raw_partial_three_piece_zap_json_password_split", U_CRI)
def _():
    c = Clock(); p = pw(26)
    line = J({"level": "debug", "msg": "mysql config", "password": p, "pad": "x" * R.randint(10, 30)})
    i = line.index(p) + 9; j = i + 8
    t = c.rfc(step=True)
    L = ["%s stdout P %s" % (t, line[:i]), "%s stdout P %s" % (t, line[i:j]), "%s stdout F %s" % (t, line[j:])]
    return L, [p[:9], p[9:17], p[17:]]

@P("docker_json_file_log_record_escaped_dsn_in_log_field", U_JSONFILE)
def _():
    c = Clock(); p = upw()
    o = {"log": "time=\"%s\" level=error msg=\"open db\" dsn=\"mysql://wandb:%s@%s:3306/wandb_local\"\n" % (c.rfc(0), p, DB()), "stream": "stderr", "time": c.rfc()}
    return [J(o)], [p]

@P("collector_line_cap_truncated_marker_mid_secret_long_line", "wbdiag collector behaviour (log line byte cap); long-line layout after " + U_ZAP)
def _():
    c = Clock(); t = an(60)
    pre = J({"level": "info", "msg": "request", "payload": "z" * R.randint(3000, 3800)})[:-2] + '", "token": "'
    cut = R.randint(20, 40)
    L = [c.rfc() + " " + pre + t[:cut] + "…[truncated %d bytes]" % R.randint(100, 900), c.rfc() + " " + J({"level": "info", "msg": "ok"})]
    return L, [t[:cut]]

@P("crlf_dotenv_file_from_windows_host_with_bucket_and_license", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file")
def _():
    lk = hx(40); sk = an(32)
    L = ["# W&B Server\r", "HOST=https://%s\r" % H(), "LICENSE=%s\r" % lk, "BUCKET=s3://wandb:%s@minio:9000/wandb\r" % sk, "\r"]
    return L, [lk, sk]

@P("ansi_256_color_zap_console_secret_field_value_colored", "https://pkg.go.dev/go.uber.org/zap/zapcore#CapitalColorLevelEncoder")
def _():
    c = Clock(); p = pw()
    L = ["%s\t\x1b[34mINFO\x1b[0m\tconfig/load.go:%d\tredis\t{\"addr\": \"%s:6379\", \"\x1b[38;5;208mpassword\x1b[0m\": \"\x1b[38;5;245m%s\x1b[0m\"}" % (c.rfc(3), R.randint(10, 99), RD(), p)]
    return L, [p]

@P("utf8_bom_first_line_json_config_file_attachment", "https://datatracker.ietf.org/doc/html/rfc8259#section-8.1 (BOM in JSON files)")
def _():
    k = wbkey()
    L = ["\ufeff{", '  "base_url": "https://%s",' % H(), '  "api_key": "%s"' % k, "}"]
    return L, [k]

@P("non_ascii_password_raw_and_percent_encoded_in_redis_url", "https://datatracker.ietf.org/doc/html/rfc3986#section-2.1")
def _():
    p = an(5) + R.choice(["ñ", "ü", "ø", "é"]) + an(3) + R.choice(["日本", "中文", "한국"]) + an(4)
    enc = qp(p)
    L = ["REDIS_PASSWORD=%s" % p, "REDIS=redis://:%s@%s:6379/0" % (enc, RD())]
    return L, [p, enc]

@P("base64_twice_kubernetes_secret_data_of_env_file", U_KGET + " (Secret data base64 of a base64 value)")
def _():
    p = pw(); once = b64s("MYSQL_PASSWORD=" + p + "\n"); twice = b64s(once)
    L = ['    "data": {', '        ".env": "%s"' % twice, '    },']
    # listed form: the twice-encoded value (without '=')
    return L, [twice.rstrip("=")]

@P("url_encoded_twice_redirect_uri_with_inner_token_param", "https://datatracker.ietf.org/doc/html/rfc3986#section-2.1")
def _():
    t = an(40); inner = "https://%s/authorize?token=%s&next=%%2Fhome" % (H(), t)
    once = qp(inner); twice = qp("https://sso.example.com/login?continue=" + once)
    L = ["< HTTP/1.1 302 Found", "< Location: https://lb.example.com/redirect?u=%s" % twice]
    return L, [t]

@P("json_escaped_twice_fluentbit_record_wrapping_kubectl_line", "https://docs.fluentbit.io/manual/pipeline/parsers/cri + " + U_JSONFILE)
def _():
    c = Clock(); p = upw()
    inner = J({"level": "error", "msg": "db", "dsn": "mysql://wandb:%s@%s/wandb_local" % (p, DB())})
    mid = J({"log": inner + "\n", "stream": "stdout", "time": c.rfc()})
    outer = J({"date": c.epoch() + 0.25, "kubernetes": {"pod_name": "wandb-app-0"}, "message": mid})
    return [outer], [p]

@P("value_at_eof_no_newline_netrc_default_password_last_token", U_NETRC)
def _():
    k = wbkey()
    L = ["machine api.wandb.ai login user password %s" % an(12).lower(), "default login user password %s" % k]
    return L, [L[0].rsplit(" ", 1)[1], k]

@P("very_long_single_line_nginx_json_log_with_bearer_near_end", U_NGINX + " (escape=json log_format)")
def _():
    t = an(44)
    o = {"time": "2024-05-01T10:00:00+00:00", "uri": "/graphql?" + "&".join("f%d=%s" % (i, hx(12)) for i in range(R.randint(250, 320))), "status": 200, "http_authorization": "Bearer " + t}
    return [J(o)], [t]

@P("base64_once_zap_field_basic_credentials_blob", U_ZAP + " ([]byte fields are base64)")
def _():
    c = Clock(); p = upw(); raw = ("wandb:" + p).encode(); enc = b64(raw)
    o = {"level": "debug", "ts": c.epoch() + 0.5, "msg": "auth header bytes", "raw": enc}
    return [J(o)], [basic("wandb", p)[1]]

@P("crlf_http_request_dump_cookie_header_multiple_pairs", "https://datatracker.ietf.org/doc/html/rfc6265#section-5.4")
def _():
    sess = b64url(44); csrf = hx(40)
    L = ["POST /graphql HTTP/1.1\r", "Host: %s\r" % H(), "Cookie: _ga=GA1.1.%d; wandb_session=%s; csrftoken=%s\r" % (R.randint(10**8, 10**9), sess, csrf), "Content-Length: %d\r" % R.randint(10, 999), "\r"]
    return L, [sess, csrf]

@P("ansi_colored_stern_output_pod_prefix_cyan_env_line", "https://github.com/stern/stern#usage")
def _():
    p = upw()
    L = ["\x1b[36mwandb-app-%s\x1b[0m \x1b[32mapp\x1b[0m MYSQL=mysql://wandb:%s@%s:3306/wandb_local" % (an(5).lower(), p, DB())]
    return L, [p]

@P("json_unicode_escaped_password_chars_in_k8s_annotation", "https://datatracker.ietf.org/doc/html/rfc8259#section-7")
def _():
    a, b = an(6), an(6)
    raw = a + "<>&" + b
    esc = a + "\\u003c\\u003e\\u0026" + b
    L = ['            "wandb.example.com/bootstrap": "{\\"password\\":\\"%s\\"}"' % esc]
    return L, [esc]

@P("docker_json_file_16k_split_two_records_secret_at_boundary", U_JSONFILE + " (16 KiB partial messages)")
def _():
    c = Clock(); t = an(48); k = R.randint(10, 30)
    body = "x" * (16384 - 20 - k) + " token=" + t[:k]
    L = [J({"log": body, "stream": "stdout", "time": c.rfc()}), J({"log": t[k:] + " done\n", "stream": "stdout", "time": c.rfc(step=False)})]
    return L, [t[:k], t[k:]]

@P("tab_separated_kubectl_get_secret_custom_columns_decoded", U_KGET + " (-o custom-columns)")
def _():
    p = pw()
    L = ["NAME          KEY              VALUE", "wandb-mysql   MYSQL_PASSWORD   %s" % p]
    return L, [p]

@P("env_file_last_line_no_newline_export_quoted_secret", "https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html#index-export")
def _():
    sk = awssec()
    L = ["export AWS_REGION=us-east-1", "export AWS_ACCESS_KEY_ID=%s" % awsid(), "export AWS_SECRET_ACCESS_KEY='%s'" % sk]
    return L, [sk]

@P("mixed_cr_progress_overwrite_then_key_echo_output_log", U_WBSDK + " (output.log)")
def _():
    k = wbkey()
    L = ["upload  10%%\rupload  55%%\rupload 100%% api_key=%s" % k]
    return L, [k]

# ====================================================== NEGATIVES
@N("neg_dockerlogs_env_echo_file_paths_for_credentials", U_DLOGS + " + " + U_WBENV)
def _():
    c = Clock()
    return [c.rfc() + " ENV MYSQL_PASSWORD_FILE=/run/secrets/mysql_password", c.rfc(step=False) + " ENV LICENSE_FILE=/etc/wandb/license", c.rfc() + " ENV BUCKET=s3://%s" % BK(), c.rfc() + " supervisord started with pid %d" % R.randint(7, 60)]

@N("neg_kubectl_logs_prefix_zap_mailer_configured_password_set_bool", U_KLOGS + " + " + U_ZAP)
def _():
    c = Clock(); pod = "wandb-app-%s" % an(5).lower()
    return ["[pod/%s/app] " % pod + J({"level": "info", "ts": c.epoch() + 0.1, "caller": "mail/smtp.go:%d" % R.randint(40, 200), "msg": "configured mailer", "host": "smtp.example.com", "port": 587, "username": "apikey", "password_set": True})]

@N("neg_weave_clickhouse_connect_url_without_password_param", U_KLOGS)
def _():
    c = Clock()
    return [c.rfc() + " INFO:weave.trace_server.clickhouse_trace_server_batched:connecting to http://clickhouse.wandb.svc.cluster.local:8123/?user=weave&database=weave&connect_timeout=%d" % R.randint(5, 30)]

@N("neg_go_panic_mysql_config_struct_empty_passwd_field", U_GOPANIC + " + " + U_GOSQL)
def _():
    c = Clock()
    return [c.rfc() + " panic: dial tcp %s:3306: connect: connection refused: cfg=&mysql.Config{User:\"wandb\", Passwd:\"\", Net:\"tcp\", Addr:\"%s:3306\", DBName:\"wandb_local\"}" % ((DB(),) * 2),
            c.rfc(step=False) + " goroutine 1 [running]:", c.rfc(step=False) + " main.mustOpenDB(0xc000%x, 0x%x)" % (R.randint(0x10000, 0xfffff), R.randint(0x10, 0xff))]

@N("neg_pino_request_log_headers_without_auth_or_cookie", "https://getpino.io/#/docs/api?id=logger")
def _():
    c = Clock()
    o = {"level": 30, "time": c.epoch() * 1000 + R.randint(0, 999), "req": {"id": R.randint(1, 900), "method": "GET", "url": "/console/api/health", "headers": {"host": H(), "user-agent": "kube-probe/1.%d" % R.randint(25, 31), "x-request-id": uuid()}}, "msg": "request completed", "responseTime": R.randint(1, 90)}
    return [c.rfc() + " " + J(o)]

@N("neg_nginx_combined_cookie_variable_dash_and_ga_only", U_NGINX)
def _():
    c = Clock()
    return [c.rfc() + ' 10.0.%d.%d - - [%s] "GET /static/app.%s.js HTTP/1.1" 200 %d "-" "Mozilla/5.0" cookie="_ga=GA1.1.%d.%d"' % (R.randint(0, 255), R.randint(1, 254), c.nginx(), hx(8), R.randint(200, 90000), R.randint(10**8, 10**9), R.randint(10**8, 10**9))]

@N("neg_mysql_entrypoint_set_x_password_file_and_random_root_flag", "https://hub.docker.com/_/mysql")
def _():
    c = Clock()
    return [c.rfc() + " + MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root", c.rfc(step=False) + " + MYSQL_RANDOM_ROOT_PASSWORD=%s" % R.choice(["yes", "1", "true"]), c.rfc() + " %s 0 [Note] [Entrypoint]: Creating user %s" % (c.mysql(), R.choice(USERS))]

@N("neg_minio_env_root_user_and_kms_key_file_path", U_MINIO)
def _():
    c = Clock()
    return [c.rfc() + " MINIO_ROOT_USER=%s" % R.choice(["minioadmin", "wandb", "minio"]), c.rfc(step=False) + " MINIO_ROOT_PASSWORD_FILE=/run/secrets/minio_root_%d" % R.randint(1, 9), c.rfc(step=False) + " MINIO_KMS_KES_ENDPOINT=https://kes.example.internal:7373", c.rfc() + " MinIO Object Storage Server"]

@N("neg_sentinel_monitor_and_down_after_lines_no_auth", U_REDIS)
def _():
    c = Clock()
    return [c.rfc() + " %d:X 04 Mar 2024 10:11:%02d.%03d # +monitor master mymaster 10.20.4.%d 6379 quorum 2" % (R.randint(1, 99), R.randint(0, 59), R.randint(0, 999), R.randint(2, 250)), c.rfc() + " sentinel down-after-milliseconds mymaster %d" % R.randint(1000, 60000)]

@N("neg_operator_reconcile_error_values_keys_only", U_WBOP)
def _():
    c = Clock()
    o = {"level": "error", "ts": c.rfc(3), "msg": "Reconciler error", "controller": "weightsandbiases", "error": "helm upgrade failed: missing required value global.bucket.%s (revision %d)" % (R.choice(["secretKey", "accessKey", "name"]), R.randint(1, 99))}
    return [c.rfc() + " " + J(o)]

@N("neg_gorilla_logfmt_oidc_config_issuer_and_client_id_only", U_WBENV)
def _():
    c = Clock()
    return [c.rfc() + ' time="%s" level=debug msg="auth config loaded" oidc_issuer=https://login.example.com/ oidc_client_id=%s oidc_client_secret_set=false oidc_auth_method=%s' % (c.rfc(0, False), an(20), R.choice(["pkce", "implicit"]))]

@N("neg_structlog_bucket_url_without_userinfo", U_STRUCT)
def _():
    c = Clock()
    return [c.rfc() + " %s [info     ] storage probe                  bucket_url=s3://%s/%s region=%s ok=True latency_ms=%d" % (c.rfc(6, False).replace("T", " ")[:-1], MN(), BK(), R.choice(["us-east-1", "eu-west-1"]), R.randint(2, 900))]

@N("neg_loguru_clone_url_public_repo_no_credentials", U_LOGURU)
def _():
    c = Clock()
    return [c.rfc() + " %s | INFO     | wandb_launch.agent:_clone:%d - cloning https://github.com/acme/train.git at %s" % (c.sp_ms(), R.randint(50, 400), hx(40))]

@N("neg_supervisord_exited_stderr_capture_mysql_host_only", "http://supervisord.org/logging.html")
def _():
    c = Clock()
    return [c.rfc() + " %s INFO exited: 'gorilla' (exit status 1; not expected)" % c.sp(), c.rfc() + " %s DEBG 'gorilla' stderr output:" % c.sp(), c.rfc() + " Error 2003: can't connect to MySQL server on '%s:3306' (%d)" % (DB(), R.choice([111, 110, 113]))]

@N("neg_otel_effective_config_headers_from_env_placeholder", "https://opentelemetry.io/docs/collector/configuration/#environment-variables")
def _():
    c = Clock()
    return [c.rfc() + "       otlphttp:", c.rfc(step=False) + "         endpoint: https://otel%d.example.com" % R.randint(1, 9), c.rfc(step=False) + "         headers:", c.rfc(step=False) + "           Authorization: ${env:OTEL_AUTH_HEADER}", c.rfc(step=False) + "         timeout: %ds" % R.randint(5, 30)]

@N("neg_init_db_mysqladmin_ping_defaults_extra_file", "https://dev.mysql.com/doc/refman/8.0/en/option-file-options.html")
def _():
    pod = "wandb-app-%s" % an(5).lower()
    return ["[pod/%s/init-db] + mysqladmin --defaults-extra-file=/etc/mysql/client.cnf ping -h %s --connect-timeout=%d" % (pod, DB(), R.randint(1, 9)), "[pod/%s/init-db] mysqld is alive" % pod]

@N("neg_redis_exporter_flags_password_file", "https://github.com/oliver006/redis_exporter#command-line-flags")
def _():
    c = Clock()
    return [c.rfc() + ' time="%s" level=info msg="redis_exporter started with: -redis.addr=redis://%s:6379 -redis.password-file=/secrets/redis-pw.json -web.listen-address=:%d"' % (c.rfc(0, False), RD(), R.randint(9000, 9999))]

@N("neg_uvicorn_trace_scope_query_string_state_only", "https://www.uvicorn.org/settings/#logging")
def _():
    c = Clock()
    return [c.rfc() + " TRACE:    10.0.3.%d:%d - ASGI [%d] Started scope={'type': 'http', 'method': 'GET', 'path': '/oidc/callback', 'query_string': b'error=access_denied&state=%s'}" % (R.randint(2, 250), R.randint(30000, 60000), R.randint(1, 90), hx(16))]

# ---- failures and reprs
@N("neg_traceback_capture_locals_counts_and_paths", U_PYTB)
def _():
    c = Clock(); p = "%s " % c.rfc()
    return [p + "Traceback (most recent call last):", p + '  File "/usr/local/lib/python3.11/site-packages/parquet/export.py", line %d, in flush' % R.randint(20, 300), p + "    rows = %d" % R.randint(0, 99999), p + "    path = '/tmp/parquet/%s.parquet'" % hx(16), p + "OSError: [Errno 28] No space left on device"]

@N("neg_pytest_showlocals_fixture_names_and_urls", U_PYTEST)
def _():
    return ["base_url   = 'https://%s'" % H(), "expected   = %d" % R.randint(200, 204), "resp       = <Response [%d]>" % R.choice([401, 403, 500, 502]), "", "tests/test_server_smoke.py:%d: AssertionError" % R.randint(10, 200)]

@N("neg_sentry_event_frame_vars_filtered_substitute", "https://docs.sentry.io/platforms/python/data-management/sensitive-data/")
def _():
    fr = {"filename": "weave/trace_server/clickhouse.py", "function": "connect", "lineno": R.randint(10, 500), "vars": {"password": "[Filtered]", "host": "'clickhouse'", "retries": str(R.randint(0, 5))}}
    return ['{"event_id": "%s", "level": "error",' % hx(32), ' "exception": {"values": [{"type": "OperationalError", "stacktrace": {"frames": [' + J(fr) + ']}}]}}']

@N("neg_pydantic_secretstr_repr_masked_multiline", U_PYD + "types/#pydantic.types.SecretStr")
def _():
    c = Clock()
    return [c.rfc() + " WeaveSettings(", c.rfc(step=False) + "    wandb_base_url='http://wandb-app:%d'," % R.choice([8080, 8081, 80]), c.rfc(step=False) + "    oidc_client_secret=SecretStr('**********'),", c.rfc(step=False) + "    log_level='%s'," % R.choice(["INFO", "DEBUG", "WARNING"]), c.rfc(step=False) + ")"]

@N("neg_dataclass_repr_field_repr_false_hidden", U_DC + "#dataclasses.field")
def _():
    c = Clock()
    return [c.rfc() + " DEBUG loaded AppConfig(storage=StorageConfig(provider='%s', bucket='%s'), db=DBConfig(host='%s', port=3306, user='%s'))" % (R.choice(["s3", "gcs", "azure"]), BK(), DB(), R.choice(USERS))]

@N("neg_java_caused_by_jdbc_url_user_only", U_JAVA)
def _():
    return ["java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=%s)(port=3306)(type=master)" % DB(), "\tat org.mariadb.jdbc.MariaDbConnection.newConnection(MariaDbConnection.java:%d)" % R.randint(100, 200), "Caused by: java.sql.SQLException: url=jdbc:mariadb://%s:3306/wandb_local?user=%s&useSSL=true" % (DB(), R.choice(USERS)), "\t... %d more" % R.randint(5, 40)]

@N("neg_flyway_connection_error_url_without_userinfo", "https://documentation.red-gate.com/fd/url-184127601.html")
def _():
    return ["ERROR: Unable to obtain connection from database (jdbc:mysql://%s:3306/wandb_local) for user '%s': Communications link failure" % (DB(), R.choice(USERS)), "SQL State  : 08S01", "Error Code : %d" % R.choice([0, 1045, 2003])]

@N("neg_go_spew_config_struct_lengths_only", "https://github.com/davecgh/go-spew")
def _():
    return ["(*config.Config)(0xc000%x)({" % R.randint(0x10000, 0xfffff), " MySQL: (config.MySQL) {", "  User: (string) (len=%d) \"%s\"," % (5, "wandb"), "  PasswordFile: (string) (len=21) \"/run/secrets/mysql_pw\"", "  MaxOpen: (int) %d" % R.randint(5, 100), " }", "})"]

@N("neg_rust_debug_struct_password_none", "https://doc.rust-lang.org/std/fmt/trait.Debug.html")
def _():
    return ["ClickhouseOptions {", "    url: \"http://clickhouse:%d\"," % R.choice([8123, 9000, 8443]), "    user: \"weave\",", "    password: None,", "    database: \"%s\"," % R.choice(["weave", "weave_trace", "traces"]), "}"]

@N("neg_better_exceptions_arrows_numeric_locals", "https://github.com/Qix-/better-exceptions")
def _():
    return ['  File "/app/gorilla_py/cache.py", line %d, in connect' % R.randint(10, 90), "    return Redis(host=h, port=p, db=d)", "                      │       │     └ %d" % R.randint(0, 15), "                      │       └ 6379", "                      └ '%s'" % RD()]

# ---- Kubernetes / Helm / Docker
@N("neg_kubectl_get_pod_json_env_secret_key_ref_only", U_KGET)
def _():
    return ['                {', '                    "name": "%s",' % R.choice(["MYSQL_PASSWORD", "LICENSE", "OIDC_CLIENT_SECRET"]), '                    "valueFrom": {', '                        "secretKeyRef": {"key": "%s", "name": "wandb-%s"}' % (R.choice(["password", "license", "secret"]), an(5).lower()), '                    }', '                },']

@N("neg_last_applied_escaped_env_with_value_from", U_LASTAPP)
def _():
    inner = J({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "wandb-app-%s" % an(4).lower()}, "spec": {"template": {"spec": {"containers": [{"name": "app", "env": [{"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "wandb-mysql", "key": "password"}}}]}]}}}}, separators=(",", ":"))
    return ['            "kubectl.kubernetes.io/last-applied-configuration": ' + J(inner + "\n")]

@N("neg_wandb_cr_conditions_message_plain_progress", U_WBOP)
def _():
    return ['                "message": "%s",' % R.choice(["Helm release deployed", "waiting for mysql to become ready", "applying chart operator-wandb"]), '                "reason": "%s",' % R.choice(["Reconciled", "Progressing"]), '                "status": "%s",' % R.choice(["True", "False", "Unknown"]), '                "observedGeneration": %d,' % R.randint(1, 99), '                "type": "Ready"']

@N("neg_secret_list_json_metadata_and_type_only", U_KGET)
def _():
    return ['        {', '            "apiVersion": "v1",', '            "kind": "Secret",', '            "metadata": {"name": "wandb-%s", "resourceVersion": "%d", "uid": "%s"},' % (an(5).lower(), R.randint(1000, 10**7), uuid()), '            "type": "Opaque"', '        }']

@N("neg_events_json_probe_failed_connection_refused", U_K8SEV)
def _():
    return ['            "message": "Readiness probe failed: Get \\"http://10.0.%d.%d:8080/ready\\": dial tcp 10.0.%d.%d:8080: connect: connection refused",' % ((R.randint(0, 255), R.randint(1, 254)) * 2), '            "reason": "Unhealthy",', '            "count": %d,' % R.randint(1, 500), '            "type": "Warning"']

@N("neg_describe_pod_environment_refs_and_plain_config", U_KDESC)
def _():
    return ["    Environment:", "      HOST:                https://%s" % H(), "      MYSQL_PASSWORD:      <set to the key 'password' in secret 'wandb-mysql'>  Optional: false", "      GORILLA_LOG_LEVEL:   %s" % R.choice(["info", "debug"]), "    Mounts:", "      /etc/wandb from config (ro)"]

@N("neg_helm_manifest_secret_template_lookup_empty_stringdata", U_HELM)
def _():
    return ["---", "# Source: operator-wandb/templates/bucket-secret.yaml", "apiVersion: v1", "kind: Secret", "metadata:", "  name: wandb-bucket-%s" % an(4).lower(), "stringData:", "  ACCESS_KEY: \"\"", "  SECRET_KEY: \"\""]

@N("neg_helm_values_existing_secret_names_and_keys", U_HELMV)
def _():
    return ["global:", "  mysql:", "    host: %s" % DB(), "    passwordSecret:", "      name: wandb-mysql-%s" % an(4).lower(), "      passwordKey: MYSQL_PASSWORD", "  redis:", "    port: %d" % R.choice([6379, 6380])]

@N("neg_configmap_application_properties_password_placeholder_env", U_KGET)
def _():
    v = "spring.datasource.url=jdbc:mysql://%s:3306/wandb_local\nspring.datasource.password=${DB_PASSWORD}\nspring.datasource.hikari.maximum-pool-size=%d\n" % (DB(), R.randint(4, 40))
    return ['    "data": {', '        "application.properties": ' + J(v), '    },']

@N("neg_describe_configmap_redis_conf_no_requirepass", U_KDESC)
def _():
    return ["Data", "====", "redis.conf:", "----", "maxmemory %dmb" % R.randint(64, 4096), "maxmemory-policy %s" % R.choice(["allkeys-lru", "volatile-lru", "noeviction"]), "appendonly yes", "", "BinaryData"]

@N("neg_ingress_annotations_auth_url_and_body_size", "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#external-authentication")
def _():
    return ['        "annotations": {', '            "nginx.ingress.kubernetes.io/auth-url": "https://%s/oauth2/auth",' % H(), '            "nginx.ingress.kubernetes.io/proxy-body-size": "%dm"' % R.randint(0, 999), '        },']

@N("neg_cronjob_command_mysqldump_defaults_file", U_KGET)
def _():
    return ['                                "command": [', '                                    "/bin/sh",', '                                    "-c",', '                                    "mysqldump --defaults-file=/etc/backup/my.cnf wandb_local | gzip > /backup/wandb-%d.sql.gz"' % R.randint(1, 31), '                                ],']

@N("neg_managedfields_f_value_keys_only", U_MF)
def _():
    return ['                "fieldsV1": {"f:spec": {"f:containers": {"k:{\\"name\\":\\"%s\\"}": {"f:env": {"k:{\\"name\\":\\"SLACK_SECRET\\"}": {".": {}, "f:name": {}, "f:valueFrom": {}}}}}}},' % R.choice(["app", "console", "weave"]), '                "manager": "%s",' % R.choice(["kubectl-client-side-apply", "helm", "manager"]), '                "time": "2024-0%d-1%dT10:00:00Z"' % (R.randint(1, 9), R.randint(0, 9))]

@N("neg_docker_inspect_env_no_secret_values", U_DINSPECT)
def _():
    return ['            "Env": [', '                "HOST=https://%s",' % H(), '                "BUCKET=s3://%s",' % BK(), '                "GORILLA_LOG_LEVEL=%s",' % R.choice(["info", "debug"]), '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"', '            ],']

@N("neg_docker_inspect_args_redis_server_config_path", U_DINSPECT)
def _():
    return ['        "Path": "docker-entrypoint.sh",', '        "Args": [', '            "redis-server",', '            "/usr/local/etc/redis/redis-%d.conf",' % R.randint(1, 9), '            "--appendonly",', '            "%s"' % R.choice(["yes", "no"]), '        ],']

@N("neg_docker_inspect_labels_compose_hashes", U_DINSPECT)
def _():
    return ['            "Labels": {', '                "com.docker.compose.config-hash": "%s",' % hx(64), '                "com.docker.compose.project": "wandb",', '                "org.opencontainers.image.revision": "%s"' % hx(40), '            }']

@N("neg_docker_inspect_logconfig_gelf_address_no_userinfo", U_DINSPECT)
def _():
    return ['            "LogConfig": {', '                "Type": "gelf",', '                "Config": {', '                    "gelf-address": "tcp://graylog.example.com:%d",' % R.randint(12000, 12999), '                    "tag": "wandb"', '                }']

@N("neg_compose_config_environment_interpolation_required", U_COMPOSE)
def _():
    return ["services:", "  wandb:", "    environment:", "      BUCKET: s3://%s" % BK(), "      OIDC_CLIENT_ID: %s" % an(20), "      OIDC_CLIENT_SECRET: ${OIDC_CLIENT_SECRET:?set in .env}", "    image: wandb/local:0.%d.0" % R.randint(50, 69)]

@N("neg_compose_healthcheck_mysqladmin_no_password", U_COMPOSE)
def _():
    return ["  mysql:", "    healthcheck:", "      test:", "      - CMD", "      - mysqladmin", "      - ping", "      - -h", "      - 127.0.0.1", "      interval: %ds" % R.randint(5, 60)]

@N("neg_docker_history_arg_declared_no_value", "https://docs.docker.com/reference/cli/docker/image/history/")
def _():
    return ["IMAGE          CREATED        CREATED BY                                           SIZE", "%s   %d days ago    RUN |1 PIP_INDEX=https://pypi.org/simple /bin/sh -c pip install -r requirements.txt   %dMB" % (hx(12), R.randint(1, 90), R.randint(10, 900)), "<missing>      %d days ago    ARG GITLAB_TOKEN                                     0B" % R.randint(1, 90)]

@N("neg_docker_info_proxy_masked_by_docker", "https://docs.docker.com/reference/cli/docker/system/info/")
def _():
    return [" HTTP Proxy: http://proxyuser:xxxxx@proxy.example.com:%d" % R.choice([3128, 8080, 8888]), " HTTPS Proxy: http://proxyuser:xxxxx@proxy.example.com:3128", " No Proxy: localhost,127.0.0.1,.svc,.cluster.local", " Live Restore Enabled: %s" % R.choice(["true", "false"])]

# ---- MySQL
@N("neg_show_create_table_federated_connection_server_name", "https://dev.mysql.com/doc/refman/8.0/en/federated-create-server.html")
def _():
    return ["       Table: remote_runs_%d" % R.randint(1, 99), "Create Table: CREATE TABLE `remote_runs` (", "  `id` bigint NOT NULL,", "  PRIMARY KEY (`id`)", ") ENGINE=FEDERATED DEFAULT CHARSET=utf8mb4 CONNECTION='fedlink/runs'"]

@N("neg_mysql_servers_vertical_empty_password", "https://dev.mysql.com/doc/refman/8.0/en/create-server.html")
def _():
    return ["*************************** 1. row ***************************", "Server_name: fedlink%d" % R.randint(1, 99), "       Host: %s" % DB(), "   Username: fed_user", "   Password: ", "       Port: 3306"]

@N("neg_show_variables_ldap_bind_root_pwd_empty", U_MYSQLVAR)
def _():
    return ["Variable_name\tValue", "authentication_ldap_simple_bind_root_dn\tcn=%s,dc=example,dc=com" % R.choice(["admin", "reader", "svc"]), "authentication_ldap_simple_bind_root_pwd\t", "authentication_ldap_simple_server_port\t%d" % R.choice([389, 636])]

@N("neg_mysqld_help_variable_table_password_options_defaults", U_MYSQLHELP)
def _():
    return ["-------------------------------------------------- ------------", "authentication-ldap-sasl-bind-root-pwd             ", "report-password                                    ", "report-port                                        %d" % R.choice([0, 3306, 3307]), "report-user                                        (No default value)", "slave-net-timeout                                  %d" % R.randint(30, 3600)]

@N("neg_processlist_box_replication_source_rewritten", "https://dev.mysql.com/doc/refman/8.0/en/show-processlist.html")
def _():
    return ["| Id | User | Host      | db   | Command | Time | State    | Info                                                                |", "| %2d | root | localhost | NULL | Query   |    0 | starting | CHANGE REPLICATION SOURCE TO SOURCE_USER='repl', SOURCE_PASSWORD=<secret> |" % R.randint(10, 99)]

@N("neg_mysql_error_log_json_access_denied_using_password_yes", "https://dev.mysql.com/doc/refman/8.0/en/error-log-json.html")
def _():
    c = Clock()
    o = {"prio": 2, "err_code": 1045, "subsystem": "Server", "msg": "Access denied for user '%s'@'10.0.3.%d' (using password: YES)" % (R.choice(USERS), R.randint(2, 250)), "time": c.mysql(), "thread": R.randint(1, 99), "label": "Warning"}
    return [J(o)]

@N("neg_events_statements_current_sql_text_select_ids", "https://dev.mysql.com/doc/refman/8.0/en/performance-schema-events-statements-current-table.html")
def _():
    return ["            THREAD_ID: %d" % R.randint(40, 999), "             SQL_TEXT: SELECT id, name FROM api_keys WHERE user_id=%d AND revoked_at IS NULL" % R.randint(1, 999), "               DIGEST: %s" % hx(64)]

@N("neg_mysql_batch_integrations_settings_without_token", U_MYSQLOUT)
def _():
    return ["id\tentity_id\ttype\tsettings", "%d\t%d\tslack\t{\"channel\": \"#ml-alerts-%d\", \"enabled\": true}" % (R.randint(1, 99), R.randint(1, 99), R.randint(1, 99))]

@N("neg_my_cnf_client_group_no_password_with_ssl_paths", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")
def _():
    return ["[client]", "user=%s" % R.choice(USERS), "host=%s" % DB(), "ssl-ca=/etc/mysql/ca-%d.pem" % R.randint(1, 9), "ssl-mode=VERIFY_IDENTITY"]

@N("neg_slow_log_insert_hashed_token_column", "https://dev.mysql.com/doc/refman/8.0/en/slow-query-log.html")
def _():
    c = Clock()
    return ["# Time: %s" % c.mysql(), "# Query_time: %d.%06d  Lock_time: 0.000001 Rows_sent: 0  Rows_examined: 1" % (R.randint(1, 9), R.randint(0, 999999)), "SET timestamp=%d;" % c.epoch(), "UPDATE oauth_tokens SET last_used_at=NOW() WHERE id=%d;" % R.randint(1, 99999)]

@N("neg_audit_log_json_set_password_rewritten_query", "https://dev.mysql.com/doc/refman/8.0/en/audit-log-file-formats.html")
def _():
    o = {"timestamp": "2024-0%d-1%d 10:00:00" % (R.randint(1, 9), R.randint(0, 9)), "id": R.randint(1, 99), "class": "general", "event": "status", "connection_id": R.randint(1, 99), "general_data": {"command": "Query", "sql_command": "set_password", "query": "SET PASSWORD FOR 'wandb'@'%' = <secret>", "status": 0}}
    return [J(o) + ","]

# ---- object stores
@N("neg_curl_v_s3_unsigned_get_public_object_etag", U_CURL)
def _():
    return ["> GET /public/%s/index.json HTTP/1.1" % hx(12), "> Host: %s.s3.amazonaws.com" % BK(), "< HTTP/1.1 200 OK", '< ETag: "%s"' % hx(32), "< x-amz-request-id: %s" % s(UP + DIG, 16), "< x-amz-version-id: %s" % b64url(32)]

@N("neg_s3_xml_error_no_such_key_request_and_host_ids", U_S3ERR)
def _():
    return ['<?xml version="1.0" encoding="UTF-8"?>', "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>media/%s/run.json</Key>" % hx(12), "<RequestId>%s</RequestId><HostId>%s</HostId></Error>" % (s(UP + DIG, 16), s(B64, 76))]

@N("neg_botocore_auth_string_to_sign_and_canonical_request_no_token", U_BOTO)
def _():
    c = Clock(); d = c.amz()
    return ["%s botocore.auth [DEBUG] CanonicalRequest:" % c.sp(), "GET", "/media/%s" % hx(10), "", "host:%s.s3.amazonaws.com" % BK(), "x-amz-date:%s" % d, "", "host;x-amz-date", "UNSIGNED-PAYLOAD", "%s botocore.auth [DEBUG] StringToSign:" % c.sp(), "AWS4-HMAC-SHA256", d]

@N("neg_azure_blob_url_without_sas_and_request_id", "https://learn.microsoft.com/en-us/rest/api/storageservices/get-blob")
def _():
    return ["> GET /wandb/%s HTTP/1.1" % hx(14), "> Host: wandbstore%s.blob.core.windows.net" % hx(4), "< HTTP/1.1 404 The specified blob does not exist.", "< x-ms-request-id: %s" % uuid(), "< x-ms-error-code: BlobNotFound"]

@N("neg_mc_admin_config_get_identity_openid_disabled", "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-config.html")
def _():
    return ["$ mc admin config get local%d identity_openid" % R.randint(1, 9), "identity_openid enable=off display_name= config_url= client_id= client_secret= claim_name=policy scopes="]

@N("neg_mc_admin_user_svcacct_info_no_secret", "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-user-svcacct-info.html")
def _():
    return ["$ mc admin user svcacct info local %s" % s(UP + DIG, 20), "AccessKey: %s" % s(UP + DIG, 20), "ParentUser: wandb", "Status: on", "Policy: %s" % R.choice(["implied", "embedded"]), "Expiration: no-expiry"]

@N("neg_gcloud_hmac_list_access_ids_and_states", "https://cloud.google.com/storage/docs/authentication/managing-hmackeys#list")
def _():
    return ["$ gcloud storage hmac list", "---", "accessId: GOOG1E%s" % s(UP + DIG, 55), "serviceAccountEmail: wandb-sa@proj-%s.iam.gserviceaccount.com" % hx(6), "state: %s" % R.choice(["ACTIVE", "INACTIVE"])]

# ---- HTTP / LB
@N("neg_curl_v_response_set_cookie_deleted_expired", U_CURL)
def _():
    return ["> GET /logout HTTP/1.1", "> Host: %s" % H(), "< HTTP/1.1 302 Found", "< Set-Cookie: wandb_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly", "< Location: /login?r=%d" % R.randint(1, 9999)]

@N("neg_openssl_s_client_session_and_certificate_summary", U_OSSL)
def _():
    return ["SSL-Session:", "    Protocol  : TLSv1.3", "    Cipher    : TLS_AES_256_GCM_SHA384", "    Session-ID: %s" % hx(64).upper(), "    Session-ID-ctx: ", "    Resumption PSK: %s" % "", "    Verify return code: 0 (ok)"]

@N("neg_har_entries_headers_without_auth_timings", U_HAR)
def _():
    return ['          "headers": [', '            {"name": "accept", "value": "application/json"},', '            {"name": "x-request-id", "value": "%s"}' % uuid(), '          ],', '          "timings": {"send": %d, "wait": %d, "receive": %d}' % (R.randint(0, 9), R.randint(10, 900), R.randint(0, 99))]

@N("neg_oidc_token_response_error_invalid_grant", "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2")
def _():
    return ["HTTP/1.1 400 Bad Request\r", "Content-Type: application/json\r", "\r", J({"error": "invalid_grant", "error_description": "Code not valid", "trace_id": hx(32)})]

@N("neg_websocket_handshake_key_and_accept_only", "https://datatracker.ietf.org/doc/html/rfc6455#section-4.2.2")
def _():
    return ["GET /console/ws HTTP/1.1", "Upgrade: websocket", "Sec-WebSocket-Key: %s" % b64(bytes(R.getrandbits(8) for _ in range(16))), "HTTP/1.1 101 Switching Protocols", "Sec-WebSocket-Accept: %s" % b64(bytes(R.getrandbits(8) for _ in range(20)))]

@N("neg_envoy_access_log_json_no_authorization", "https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage")
def _():
    return [J({"start_time": "2024-05-01T10:00:00.%03dZ" % R.randint(0, 999), "method": "GET", "path": "/healthz", "response_code": 200, "x_request_id": uuid(), "upstream_host": "10.0.2.%d:8080" % R.randint(2, 250)})]

@N("neg_haproxy_log_captured_cookie_dash", "https://docs.haproxy.org/2.8/configuration.html#8.2.3")
def _():
    return ['May  1 10:00:00 lb1 haproxy[%d]: 10.0.1.%d:%d [01/May/2024:10:00:00.%03d] fe_https~ be_wandb/wandb1 0/0/1/12/13 200 %d - - ---- 1/1/0/0/0 0/0 {%s} "GET /healthz HTTP/1.1"' % (R.randint(100, 9999), R.randint(2, 250), R.randint(30000, 60000), R.randint(0, 999), R.randint(100, 9999), H())]

@N("neg_alb_access_log_plain_request_trace_id", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html")
def _():
    return ['https 2024-05-01T10:00:00.%06dZ app/wandb-alb/%s 10.0.1.%d:%d 10.0.2.%d:8080 0.001 0.020 0.000 200 200 %d %d "GET https://%s:443/api/v1/health HTTP/1.1" "kube-probe/1.29" - - arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/wandb/%s "Root=1-%s-%s"' % (R.randint(0, 999999), hx(16), R.randint(2, 250), R.randint(30000, 60000), R.randint(2, 250), R.randint(100, 999), R.randint(100, 9999), H(), hx(16), hx(8), hx(24))]

# ---- SDK files
@N("neg_debug_internal_log_login_record_key_masked", U_WBSDK)
def _():
    c = Clock()
    return ["%s DEBUG   HandlerThread:%d [handler.py:handle_request():%d] handle_request: login" % (c.sp(), R.randint(100, 9999), R.randint(100, 200)), "%s INFO    SenderThread:%d [sender.py:send_request():%d] login using key ending in ...%s" % (c.sp(), R.randint(100, 9999), R.randint(300, 450), hx(4))]

@N("neg_wandb_metadata_json_args_hyperparams_only", U_WBSDK)
def _():
    return ["{", '    "python": "CPython 3.11.%d",' % R.randint(0, 9), '    "args": [', '        "--lr=%s",' % R.choice(["0.001", "3e-4", "1e-5"]), '        "--max-tokens=%d"' % R.randint(128, 8192), '    ],', '    "gpu_count": %d' % R.randint(0, 8)]

@N("neg_netrc_placeholder_password_doc_sample", U_NETRC)
def _():
    return ["machine %s" % H(), "  login %s" % R.choice(["user", "api", "alice", "bob", "ml-bot"]), "  password <YOUR_API_KEY>", "# see https://%s/authorize (key %d of %d)" % (H(), R.randint(1, 3), R.randint(3, 5))]

@N("neg_requirements_txt_hashes_and_public_index", U_PIP)
def _():
    return ["--index-url https://pypi.org/simple/", "wandb==0.18.%d \\" % R.randint(0, 7), "    --hash=sha256:%s" % hx(64), "numpy==1.26.%d" % R.randint(0, 4)]

@N("neg_run_config_yaml_token_count_params", U_WBSDK)
def _():
    return ["max_tokens:", "  desc: null", "  value: %d" % R.randint(128, 8192), "tokenizer:", "  desc: null", "  value: %s" % R.choice(["gpt2", "bert-base-uncased", "t5-small"])]

@N("neg_launch_config_registry_without_password", "https://docs.wandb.ai/guides/launch/setup-launch/")
def _():
    return ["queues:", "  - default", "registry:", "  type: ecr", "  uri: %d.dkr.ecr.us-east-1.amazonaws.com/wandb" % R.randint(10**11, 10**12 - 1), "builder:", "  type: kaniko"]

# ---- adversarial framings without secrets
@N("neg_cri_partial_lines_plain_progress_text", U_CRI)
def _():
    c = Clock(); t = c.rfc()
    return ["%s stdout P processed %d rows into " % (t, R.randint(1, 10**6)), "%s stdout F /tmp/parquet/%s.parquet" % (t, hx(12))]

@N("neg_crlf_env_file_public_settings_only", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file")
def _():
    return ["# W&B Server\r", "HOST=https://%s\r" % H(), "LICENSE_FILE=/etc/wandb/license-%d\r" % R.randint(1, 9), "BUCKET=s3://%s\r" % BK(), "\r"]

@N("neg_ansi_zap_console_redis_addr_no_password", "https://pkg.go.dev/go.uber.org/zap/zapcore#CapitalColorLevelEncoder")
def _():
    c = Clock()
    return ["%s\t\x1b[34mINFO\x1b[0m\tconfig/load.go:%d\tredis\t{\"addr\": \"%s:6379\", \"db\": %d, \"\x1b[38;5;208mtls\x1b[0m\": false}" % (c.rfc(3), R.randint(10, 99), RD(), R.randint(0, 15))]

@N("neg_bom_json_config_public_fields", "https://datatracker.ietf.org/doc/html/rfc8259#section-8.1")
def _():
    return ["\ufeff{", '  "base_url": "https://%s",' % H(), '  "project": "probe-%d"' % R.randint(1, 999), "}"]

@N("neg_url_encoded_twice_redirect_next_path", "https://datatracker.ietf.org/doc/html/rfc3986#section-2.1")
def _():
    inner = "https://%s/home?tab=runs&page=%d" % (H(), R.randint(1, 99))
    return ["< HTTP/1.1 302 Found", "< Location: https://lb.example.com/redirect?u=%s" % qp("https://sso.example.com/login?continue=" + qp(inner))]

@N("neg_fluentbit_record_wrapping_json_file_plain_message", "https://docs.fluentbit.io/manual/pipeline/parsers/cri")
def _():
    c = Clock()
    mid = J({"log": J({"level": "info", "msg": "flushed %d runs" % R.randint(1, 999)}) + "\n", "stream": "stdout", "time": c.rfc()})
    return [J({"date": c.epoch() + 0.25, "kubernetes": {"pod_name": "wandb-app-%d" % R.randint(0, 9)}, "message": mid})]

@N("neg_docker_json_file_plain_startup_line", U_JSONFILE)
def _():
    c = Clock()
    return [J({"log": "listening on :%d\n" % R.choice([8080, 8081, 9090]), "stream": "stdout", "time": c.rfc()})]


# Kind judgement (conservative, by tool + trick, after keyword greps of the
# used-shape list): only these are new kinds; every other shape repeats an
# existing kind in the collectors' own layout.
NEW_KIND_POS[:] = [
    "better_exceptions_arrow_annotations_redis_url_local",
    "helm_get_hooks_job_command_mysql_client_inline_password",
    "kubectl_get_events_table_failed_message_curl_bearer",
    "mysql_batch_tab_show_variables_ldap_bind_root_pwd",
    "mysql_error_log_json_format_component_log_sink_json_query",
    "docker_ps_no_trunc_command_column_redis_server_requirepass",
]
NEW_KIND_NEG[:] = [
    "neg_better_exceptions_arrows_numeric_locals",
    "neg_show_variables_ldap_bind_root_pwd_empty",
    "neg_mysql_error_log_json_access_denied_using_password_yes",
]
SAME_KIND_POS = [n for n, _ in POS if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n, _ in NEG if n not in NEW_KIND_NEG]

# ====================================================== generation
def six_ok(lines, secrets):
    text = "\n".join(lines)
    for x in sorted(secrets, key=len, reverse=True):
        text = text.replace(x, "\x00")
    for x in secrets:
        for i in range(len(x) - 5):
            if x[i:i + 6] in text:
                return False
    return True

def pos_ok(lines, secrets, seen):
    if not (1 <= len(lines) <= 12) or not secrets:
        return False
    if len(set(secrets)) != len(secrets):
        return False
    for x in secrets:
        if len(x) < 8 or x in seen or not any(x in ln for ln in lines):
            return False
        if any(x in y for y in secrets if y != x):
            return False
    if any("\n" in ln for ln in lines):
        return False
    return six_ok(lines, secrets)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    pos = []
    for name, f in POS:
        for _ in range(3):
            for attempt in range(200):
                new_record()
                try:
                    lines, secrets = f()
                except Retry:
                    continue
                if pos_ok(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    neg, nseen = [], set()
    for name, f in NEG:
        for _ in range(5):
            for attempt in range(200):
                new_record()
                lines = f()
                key = json.dumps(lines)
                if key not in nseen and 1 <= len(lines) <= 12 and not any("\n" in ln for ln in lines):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            nseen.add(key)
            neg.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos), ("negatives.jsonl", neg)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
