#!/usr/bin/env python3
"""holdout56: sealed held-out set for the wbdiag secret redactor.

Focus: a representative mix of what a W&B Server support bundle holds.
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed)
  «@a|b|c»         choice
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
  ⏎ -> CR, ␛ -> ESC, ⇥ -> TAB
KIND: an<n> alnum, lc<n> lowercase+digits, uc<n> upper+digits, al<n> letters,
      hex<n>, dig<n> (no leading 0), b64u<n> url-safe base64 chars, b64s<n> std base64 chars,
      pw<n> password (letters, digits, -_.!~+*; starts/ends alnum), uuid.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import urllib.parse

SEED = 5656_1206
rng = random.Random(SEED)

AN = string.ascii_letters + string.digits
LC = string.ascii_lowercase + string.digits
UC = string.ascii_uppercase + string.digits
AL = string.ascii_letters
HEX = "0123456789abcdef"
DIG = string.digits
B64U = AN + "-_"
B64S = AN + "+/"
PWC = AN + "-_.!~+*"


def draw(kind):
    m = re.fullmatch(r"([a-z0-9]+?)(\d+)?", kind)
    if kind == "uuid":
        h = "".join(rng.choice(HEX) for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    if kind == "mm":   # minute or second 00-59
        return "%02d" % rng.randint(0, 59)
    if kind == "hh":
        return "%02d" % rng.randint(0, 23)
    if kind == "dd":
        return "%02d" % rng.randint(1, 28)
    if kind == "ymd":  # a valid date yyyymmdd
        return "%d%02d%02d" % (rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
    if kind == "hms":
        return "%02d%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    m = re.fullmatch(r"([a-z]+[a-z])(\d+)", kind)
    if not m:
        m = re.fullmatch(r"(b64u|b64s)(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"uhex": "0123456789ABCDEF", "bc": "./" + AN, "an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
             "b64u": B64U, "b64s": B64S}[name]
    return "".join(rng.choice(alpha) for _ in range(n))


class Clock:
    def __init__(self):
        y = rng.choice([2023, 2024, 2025])
        self.t = rng.randint(0, 360 * 86400) + {2023: 1672531200, 2024: 1704067200, 2025: 1735689600}[y]
        self.ms = rng.randint(0, 999)

    def tick(self):
        self.ms += rng.randint(0, 900)
        self.t += self.ms // 1000
        self.ms %= 1000
        import time
        return time.gmtime(self.t), self.ms

    def fmt(self, k):
        import time
        g, ms = self.tick()
        if k == "T":
            return time.strftime("%Y-%m-%dT%H:%M:%S", g) + ".%03dZ" % ms
        if k == "TL":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ",%03d" % ms
        if k == "TG":
            return time.strftime("%Y/%m/%d %H:%M:%S", g)
        if k == "TE":
            return "%d.%03d" % (self.t, ms)
        if k == "TS":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ".%03d" % ms
        raise KeyError(k)


PH = re.compile(r"«([^»]*)»")


def render(tpl):
    vals = {}
    picks = {}
    secrets = []
    clock = Clock()

    def sub(m):
        body = m.group(1)
        if body in ("T", "TL", "TG", "TE", "TS"):
            return clock.fmt(body)
        if body.startswith("@"):
            if body not in picks:
                picks[body] = rng.choice(body[1:].split("|"))
            return picks[body]
        secret = body.startswith("!")
        if secret:
            body = body[1:]
        tr = None
        if "|" in body:
            body, tr = body.split("|", 1)
        kind, _, vid = body.partition(":")
        key = (kind, vid)
        if key not in vals:
            vals[key] = draw(kind)
        v = vals[key]
        if tr is None:
            if secret:
                secrets.append(v)
            return v
        tname, _, arg = tr.partition(":")
        if tname == "pct":
            out = urllib.parse.quote(v, safe="")
            listed = out
        elif tname == "b64":
            out = base64.b64encode((arg + v).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "basic":
            raw = (arg + ":" + v).encode()
            out = base64.b64encode(raw).decode()
            g = -(-(len(arg) + 1) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "json":
            out = json.dumps(v)[1:-1]
            listed = out
        else:
            raise KeyError(tname)
        if secret:
            secrets.append(listed)
        return out

    text = PH.sub(sub, tpl)
    text = text.replace("⏎", "\r").replace("␛", "\x1b").replace("⇥", "\t")
    lines = text.split("\n")
    uniq = []
    for s in secrets:
        if s not in uniq:
            uniq.append(s)
    return lines, uniq


def ok_positive(lines, secrets, seen):
    if not secrets or not (1 <= len(lines) <= 12):
        return False
    joined = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in joined or s in seen:
            return False
    rest = joined
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


POS = []   # (name, source, first_guess_new_kind (superseded by _is_new below), template)
NEG = []


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))


# ---------------------------------------------------------------- sources
SRC_ENV = "https://docs.wandb.ai/guides/hosting/env-vars/"
SRC_IAM = "https://docs.wandb.ai/guides/hosting/iam/advanced_env_vars/"
SRC_DOCKER = "https://docs.wandb.ai/guides/hosting/self-managed/bare-metal/"
SRC_OPCHART = "https://github.com/wandb/helm-charts/tree/main/charts/operator-wandb"
SRC_OPCR = "https://github.com/wandb/operator (config/samples apps_v1_weightsandbiases.yaml)"
SRC_TFK8S = "https://github.com/wandb/terraform-kubernetes-wandb (k8s-secrets.tf)"
SRC_TFAWS = "https://github.com/wandb/terraform-aws-wandb"
SRC_TFGCP = "https://github.com/wandb/terraform-google-wandb"
SRC_TFAZ = "https://github.com/wandb/terraform-azurerm-wandb"
SRC_SDKENV = "https://docs.wandb.ai/guides/track/environment-variables/"
SRC_WEAVE = "https://weave-docs.wandb.ai/guides/platform/weave-self-managed"
SRC_K8SAPI = "https://kubernetes.io/docs/reference/kubernetes-api/"
SRC_K8SSEC = "https://kubernetes.io/docs/concepts/configuration/secret/"
SRC_K8SEVT = "https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/"
SRC_MYSQLVAR = "https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html"
SRC_MYSQLERR = "https://dev.mysql.com/doc/refman/8.0/en/error-log-format.html"
SRC_MYSQLGRANT = "https://dev.mysql.com/doc/refman/8.0/en/show-grants.html"
SRC_MYSQLPL = "https://dev.mysql.com/doc/refman/8.0/en/show-processlist.html"
SRC_MYSQLREPL = "https://dev.mysql.com/doc/refman/8.0/en/change-replication-source-to.html"
SRC_MYSQLOPT = "https://dev.mysql.com/doc/refman/8.0/en/option-files.html"
SRC_NGINX = "https://nginx.org/en/docs/http/ngx_http_log_module.html"
SRC_NGINXERR = "https://nginx.org/en/docs/ngx_core_module.html#error_log"
SRC_INGRESS = "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/"
SRC_S3ERR = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html"
SRC_S3PRE = "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html"
SRC_MINIO = "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html"
SRC_MINIOLOG = "https://min.io/docs/minio/linux/operations/monitoring/minio-logging.html"
SRC_GCSSIGN = "https://cloud.google.com/storage/docs/access-control/signed-urls"
SRC_AZSAS = "https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas"
SRC_AZCS = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
SRC_COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
SRC_DOTENV = "https://docs.docker.com/compose/environment-variables/env-file/"
SRC_HELMVAL = "https://helm.sh/docs/helm/helm_get_values/"
SRC_TFVARS = "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files"
SRC_CURL = "https://curl.se/docs/manpage.html#-v"
SRC_PYTB = "https://docs.python.org/3/library/traceback.html"
SRC_REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/"
SRC_CH = "https://clickhouse.com/docs/en/operations/settings/settings-users"
SRC_CHLOG = "https://clickhouse.com/docs/en/operations/server-configuration-parameters/settings#logger"
SRC_SUPERVISOR = "http://supervisord.org/configuration.html"
SRC_CERTMGR = "https://cert-manager.io/docs/configuration/acme/"
SRC_KAFKA = "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaUserScramSha512ClientAuthentication-reference"
SRC_DOCKERCFG = "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/"
SRC_OIDC = "https://docs.wandb.ai/guides/hosting/iam/authentication/sso/"
SRC_SMTP = "https://docs.wandb.ai/guides/hosting/smtp/"
SRC_PROXY = "https://docs.docker.com/network/proxy/"
SRC_GOMYSQL = "https://github.com/go-sql-driver/mysql#dsn-data-source-name"
SRC_SQLALCH = "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls"
SRC_ARGO = "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories"
SRC_ESO = "https://external-secrets.io/latest/api/externalsecret/"
SRC_PROM = "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write"
SRC_OTEL = "https://opentelemetry.io/docs/specs/otel/protocol/exporter/"
SRC_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="

LIC = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u160:lp».«!b64u86:ls»"

# ============================================== wandb/local container logs
P("wandb_local_supervisord_spawn_line_then_gorilla_env_echo_mysql_url", SRC_DOCKER, """
«TL» INFO supervisord started with pid 1
«TL» INFO spawned: 'gorilla' with pid «dig3:p1»
«TL» INFO spawned: 'nginx' with pid «dig3:p2»
{"level":"info","ts":"«T»","msg":"env","MYSQL":"mysql://wandb_local:«!pw20:m»@«@wandb-mysql|mysql.db.internal|10.40.3.17»:3306/wandb_local","BUCKET":"s3://«lc10:b»-wandb"}
«TL» INFO success: gorilla entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)
""")
P("gorilla_zap_json_redis_connect_error_addr_with_userinfo_and_db", SRC_ENV, """
{"level":"warn","ts":"«T»","caller":"cache/redis.go:«dig2:l»","msg":"redis ping failed, retrying","url":"redis://default:«!pw24:r»@«@wandb-redis-master|redis.cache.internal»:6379/0?ttlInSeconds=604800","attempt":«@2|3|4»}
{"level":"info","ts":"«T»","caller":"cache/redis.go:«dig2:l2»","msg":"redis connected","db":0}
""")
P("gorilla_logfmt_bucket_init_gs_hmac_secret_in_url", SRC_ENV, """
time="«T»" level=info msg="initializing file store" provider=gcs
time="«T»" level=debug msg="file store config" url="gs://«uc24:a»:«!b64s40:s»@«lc8:b»-wandb-files" region=us-central1
time="«T»" level=info msg="file store ready" bucket=«lc8:b»-wandb-files
""")
P("gorilla_json_license_validation_log_full_token_field", SRC_ENV, """
{"level":"info","ts":"«T»","msg":"validating license","source":"env:LICENSE","license":"LIC_HERE"}
{"level":"info","ts":"«T»","msg":"license valid","seats":«@50|100|250»,"expires":"2026-«@01|02|04|06|07|09|10|12»-«dd:d»"}
""".replace("LIC_HERE", LIC))
P("gorilla_text_oidc_provider_discovery_with_client_secret_kv", SRC_OIDC, """
«TL» [gorilla] INFO  auth: OIDC discovery ok issuer=https://login.example.com/oauth2/«an20:i» client_id=«an20:c»
«TL» [gorilla] DEBUG auth: oidc settings auth_method=pkce client_secret=«!an40:s» scopes="openid profile email"
«TL» [gorilla] INFO  auth: login routes registered
""")
P("frontend_nginx_error_log_upstream_query_api_key", SRC_NGINXERR, """
«TG» [error] 31#31: *«dig5:c» upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.«dig2:a».«dig1:b».«dig2:d», server: _, request: "GET /api/v1/runs?api_key=local-«!hex40:k» HTTP/1.1", upstream: "http://127.0.0.1:8081/api/v1/runs?api_key=local-«!hex40:k»", host: "wandb.example.com"
""")
P("wandb_local_nginx_access_json_auth_header_logged", SRC_NGINX, """
{"time":"«T»","remote_addr":"10.«dig2:a».«dig1:b».«dig2:c»","request":"POST /graphql HTTP/1.1","status":200,"bytes":«dig4:n»,"http_authorization":"Basic «!hex40:k|basic:api»","ua":"wandb/0.1«dig1:v».«dig1:w»"}
""")
P("parquet_worker_log_presigned_put_amz_signature_and_token", SRC_S3PRE, """
«TL» parquet INFO  exporting run history run=«lc8:r» rows=«dig5:n»
«TL» parquet DEBUG PUT https://«lc8:b».s3.us-west-2.amazonaws.com/wandb/«lc8:e»/«lc8:r»/history.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA«uc16:a»%2F«ymd:d»%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=«ymd:d»T«hms:t»Z&X-Amz-Expires=900&X-Amz-Security-Token=«!b64u120:tok»&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:sig»
«TL» parquet INFO  export done run=«lc8:r» took=«dig3:ms»ms
""")
P("weave_trace_server_startup_clickhouse_password_dict_repr", SRC_WEAVE, """
INFO:     Started server process [«dig2:p»]
INFO:     Waiting for application startup.
«TS» weave.trace_server INFO clickhouse config: {'host': 'clickhouse.weave.svc', 'port': 8123, 'user': 'weave', 'password': '«!pw22:c»', 'database': 'weave_trace_db'}
INFO:     Application startup complete.
""")
P("wandb_local_mysqld_inner_temporary_root_password_note", SRC_MYSQLERR, """
«T» 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.«dig2:v») initializing of server in progress as process «dig3:p»
«T» 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: «!pw12:t»
«T» 0 [System] [MY-013170] [Server] /usr/sbin/mysqld (mysqld 8.0.«dig2:v») initializing of server has completed
""")
P("local_restore_temporary_admin_credentials_banner", SRC_ENV, """
«TL» WARN  LOCAL_RESTORE is enabled, SSO and license checks are bypassed
«TL» WARN  ***************************************************
«TL» WARN  Temporary credentials: username=admin password=«!pw16:t»
«TL» WARN  ***************************************************
""")
P("gorilla_json_smtp_email_sink_url_in_error_field_escaped", SRC_SMTP, """
{"level":"error","ts":"«T»","msg":"failed to send invite email","error":"dial tcp: lookup smtp.example.com: no such host","sink":"smtp://«@apikey|wandb-mailer|postmaster»:«!pw18:p»@smtp.example.com:587","to":"«lc6:u»@example.com"}
""")
P("gorilla_zap_console_slack_secret_in_settings_line", SRC_ENV, """
«T»⇥INFO⇥settings/load.go:«dig3:l»⇥loaded instance settings⇥{"slack_client_id": "«dig12:c».«dig13:d»", "slack_secret": "«!hex32:s»", "host": "https://wandb.example.com"}
""")
P("weave_worker_openai_key_in_provider_config_log", SRC_WEAVE, """
«TS» weave.trace_server.llm INFO completions provider=openai model=gpt-4o-mini
«TS» weave.trace_server.llm DEBUG provider config {"api_base": "https://api.openai.com/v1", "api_key": "sk-proj-«!b64u48:k»", "timeout": 60}
""")
P("gorilla_go_panic_mysql_dsn_in_sql_open_call_frame", SRC_GOMYSQL, """
panic: dial tcp 10.«dig2:a».«dig1:b».«dig2:c»:3306: connect: connection refused
goroutine 1 [running]:
github.com/wandb/core/services/gorilla/db.MustOpen({0xc000«hex6:x», 0x«hex2:l»}, {0x«hex7:y», 0x5})
	/build/db/open.go:«dig2:l»
main.main()
	/build/cmd/gorilla/main.go:«dig3:m» +0x«hex3:o»
gorilla dsn="wandb:«!pw20:p»@tcp(10.«dig2:a».«dig1:b».«dig2:c»:3306)/wandb_local?charset=utf8mb4&parseTime=true"
""")
P("wandb_local_bucket_azure_env_echo_account_key", SRC_ENV, """
«TL» INFO  bucket provider=az account=«lc10:acct» container=wandb
«TL» DEBUG AZURE_STORAGE_KEY=«!b64s86:k»==
«TL» INFO  bucket connectivity check passed
""")
P("gorilla_access_log_combined_ws_token_query", SRC_NGINX, """
10.«dig2:a».«dig1:b».«dig2:c» - - [«dd:d»/Mar/2025:«hh:h»:«mm:m»:«mm:s» +0000] "GET /api/v1/ws/run-stream?token=«!b64u43:t» HTTP/1.1" 101 0 "-" "Mozilla/5.0 (X11; Linux x86_64)"
""")
P("gorilla_json_log_kafka_sasl_scram_password_config", SRC_KAFKA, """
{"level":"info","ts":"«T»","msg":"starting kafka producer","brokers":["wandb-kafka-bootstrap:9092"],"topic":"run-updates"}
{"level":"debug","ts":"«T»","msg":"kafka config","sasl":{"mechanism":"SCRAM-SHA-512","user":"wandb","password":"«!an32:p»"},"tls":false}
""")

# -- negatives for container logs
N("gorilla_json_request_log_ids_and_digest", SRC_ENV, """
{"level":"info","ts":"«T»","msg":"request completed","request_id":"«hex32:r»","trace_id":"«hex32:t»","span_id":"«hex16:s»","path":"/graphql","status":200,"duration_ms":«dig2:d»}
""")
N("gorilla_logfmt_file_store_config_without_credentials", SRC_ENV, """
time="«T»" level=info msg="initializing file store" provider=s3
time="«T»" level=info msg="file store config" url="s3://«lc8:b»-wandb-files" region=us-east-1 kms_key=arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k» auth=irsa
""")
N("parquet_worker_export_run_path_and_manifest_sha", SRC_ENV, """
«TL» parquet INFO  exporting run history run=«lc8:r» rows=«dig5:n»
«TL» parquet INFO  wrote s3://«lc8:b»/wandb/«lc8:e»/«lc8:r»/history.parquet sha256=«hex64:h» size=«dig7:s»
""")
N("wandb_local_supervisord_spawn_lines_only", SRC_SUPERVISOR, """
«TL» INFO supervisord started with pid 1
«TL» INFO spawned: 'gorilla' with pid «dig3:p1»
«TL» INFO spawned: 'parquet' with pid «dig3:p2»
«TL» INFO success: parquet entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)
""")
N("gorilla_zap_oidc_settings_secret_configured_bool", SRC_OIDC, """
«T»⇥INFO⇥auth/oidc.go:«dig3:l»⇥oidc configured⇥{"issuer": "https://login.example.com/oauth2/«an20:i»", "client_id": "«an20:c»", "auth_method": "pkce", "client_secret_set": true}
""")
N("wandb_local_license_summary_without_token", SRC_ENV, """
{"level":"info","ts":"«T»","msg":"license valid","license_id":"«uuid:l»","seats":«@50|100|250»,"storage_gb":«dig4:g»,"expires":"2026-«@01|02|04|06|07|09|10|12»-«dd:d»"}
""")
N("weave_trace_server_clickhouse_config_password_masked", SRC_WEAVE, """
«TS» weave.trace_server INFO clickhouse config: {'host': 'clickhouse.weave.svc', 'port': 8123, 'user': 'weave', 'password': '********', 'database': 'weave_trace_db'}
INFO:     Application startup complete.
""")
N("mysqld_access_denied_using_password_yes", SRC_MYSQLERR, """
«T» «dig3:c» [Note] [MY-010926] [Server] Access denied for user 'wandb_local'@'10.«dig2:a».«dig1:b».«dig2:d»' (using password: YES)
""")
N("frontend_nginx_access_log_run_page_path", SRC_NGINX, """
10.«dig2:a».«dig1:b».«dig2:c» - - [«dd:d»/Mar/2025:«hh:h»:«mm:m»:«mm:s» +0000] "GET /«lc8:e»/«lc8:p»/runs/«lc8:r»?nw=«lc10:nw» HTTP/1.1" 200 «dig4:b» "-" "Mozilla/5.0"
""")
N("gorilla_redis_connected_url_without_password", SRC_ENV, """
{"level":"info","ts":"«T»","caller":"cache/redis.go:«dig2:l»","msg":"redis connected","url":"redis://wandb-redis-master:6379/0?tls=false&ttlInSeconds=604800"}
""")
# ============================================== Kubernetes objects
P("k8s_deployment_wandb_app_env_value_gorilla_mysql_inline", SRC_OPCHART, """
        env:
        - name: MYSQL_PORT
          value: "3306"
        - name: MYSQL_HOST
          value: «@wandb-mysql|mysql.db.svc.cluster.local»
        - name: GORILLA_MYSQL
          value: mysql://wandb:«!pw20:p»@«@wandb-mysql|mysql.db.svc.cluster.local»:3306/wandb_local
        - name: GORILLA_LICENSE
          valueFrom:
            secretKeyRef:
              key: license
              name: wandb-license
""")
P("k8s_pod_json_env_array_bucket_secret_key_value", SRC_K8SAPI, """
            "env": [
              {"name": "BUCKET", "value": "s3://«lc10:b»"},
              {"name": "AWS_REGION", "value": "us-east-1"},
              {"name": "AWS_ACCESS_KEY_ID", "value": "AKIA«uc16:a»"},
              {"name": "AWS_SECRET_ACCESS_KEY", "value": "«!b64s40:s»"},
              {"name": "BUCKET_QUEUE", "value": "internal://"}
            ],
""")
P("k8s_secret_yaml_data_mysql_password_b64_operator_chart", SRC_K8SSEC, """
apiVersion: v1
data:
  MYSQL_PASSWORD: «!pw18:p|b64»
  MYSQL_ROOT_PASSWORD: «!pw20:r|b64»
kind: Secret
metadata:
  name: wandb-mysql
  namespace: «@default|wandb»
type: Opaque
""")
P("k8s_secret_json_data_license_b64_one_line", SRC_K8SSEC, """
{"apiVersion":"v1","data":{"license":"«!b64u90:l|b64:eyJhbGciOiJSUzI1NiIs»"},"kind":"Secret","metadata":{"name":"wandb-license","namespace":"wandb","uid":"«uuid:u»"},"type":"Opaque"}
""")
P("wandb_operator_cr_values_global_redis_password_and_bucket_key", SRC_OPCR, """
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
  values:
    global:
      bucket:
        name: «lc10:b»
        accessKey: AKIA«uc16:a»
        secretKey: «!b64s40:s»
      redis:
        password: «!pw24:r»
""")
P("wandb_operator_cr_chart_repo_password_and_license", SRC_OPCR, """
spec:
  chart:
    url: https://charts.example.com/wandb
    name: operator-wandb
    version: "0.«dig2:v».«dig1:w»"
    username: «@deploy|ci-bot|charts»
    password: «!pw18:c»
  values:
    global:
      host: https://wandb.example.com
      license: LIC_HERE
""".replace("LIC_HERE", LIC))
P("k8s_last_applied_annotation_weave_clickhouse_password", SRC_K8SAPI, """
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"weave-trace-env","namespace":"wandb"},"data":{"WF_CLICKHOUSE_HOST":"clickhouse","WF_CLICKHOUSE_PASS":"«!pw22:c»","WF_CLICKHOUSE_USER":"weave"}}
  creationTimestamp: "«T»"
  name: weave-trace-env
""")
P("k8s_configmap_data_gorilla_redis_uri_with_password", SRC_OPCHART, """
apiVersion: v1
data:
  GORILLA_CACHE: redis://:«!pw24:r»@wandb-redis-master:6379
  GORILLA_CACHE_TTL: 720h
  GORILLA_SESSION_LENGTH: 720h
kind: ConfigMap
metadata:
  name: wandb-app-configmap
""")
P("k8s_event_message_failed_pull_registry_userinfo", SRC_K8SEVT, """
LAST SEEN   TYPE      REASON    OBJECT                         MESSAGE
«dig1:a»m          Warning   Failed    pod/wandb-app-«lc10:h»-«lc5:s»   Failed to pull image "registry.example.com/wandb/local:0.«dig2:v».0": failed to resolve reference: pull access denied, url https://«@puller|robot$wandb»:«!an32:t»@registry.example.com/v2/
«dig1:a»m          Normal    BackOff   pod/wandb-app-«lc10:h»-«lc5:s»   Back-off pulling image "registry.example.com/wandb/local:0.«dig2:v».0"
""")
P("k8s_dockerconfigjson_secret_data_b64_auths", SRC_DOCKERCFG, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-registry
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «!an40:t|b64:{"auths":{"registry.example.com":{"auth":"»
""")
P("kubectl_describe_pod_env_literal_oidc_secret_and_session", SRC_K8SAPI, """
    Environment:
      HOST:                      https://wandb.example.com
      OIDC_ISSUER:               https://login.example.com/«an20:t»/v2.0
      OIDC_CLIENT_ID:            «uuid:c»
      OIDC_SECRET:               «!an40:s»
      GORILLA_SESSION_SECRET:    «!hex64:g»
      MYSQL_PASSWORD:            <set to the key 'MYSQL_PASSWORD' in secret 'wandb-mysql'>  Optional: false
""")
P("kubectl_get_secret_jsonpath_decoded_clickhouse_password", SRC_K8SSEC, """
$ kubectl -n wandb get secret wandb-clickhouse -o jsonpath='{.data.password}' | base64 -d; echo
«!pw24:p»
$ kubectl -n wandb get pods -l app=clickhouse
NAME                READY   STATUS    RESTARTS   AGE
clickhouse-0        1/1     Running   0          «dig1:d»d
""")
P("k8s_externalsecret_status_and_synced_secret_string_data", SRC_ESO, """
apiVersion: v1
kind: Secret
metadata:
  labels:
    reconcile.external-secrets.io/created-by: «hex32:h»
  name: wandb-bucket-creds
stringData:
  ACCESS_KEY: AKIA«uc16:a»
  SECRET_KEY: «!b64s40:s»
type: Opaque
""")
P("helm_get_values_operator_wandb_kafka_and_mysql_passwords", SRC_HELMVAL, """
USER-SUPPLIED VALUES:
global:
  host: https://wandb.example.com
  kafka:
    user: wandb
    password: «!an32:k»
  mysql:
    host: «lc8:h».«lc10:c».us-east-1.rds.amazonaws.com
    password: «!pw20:m»
    user: wandb
""")
P("k8s_cronjob_mysqldump_args_inline_password", SRC_K8SAPI, """
          containers:
          - name: backup
            image: mysql:8.0
            args:
            - /bin/sh
            - -c
            - mysqldump -h wandb-mysql -u root --password='«!pw20:p»' --single-transaction wandb_local | gzip > /backup/wandb-$(date +%F).sql.gz
""")
P("kubectl_exec_env_grep_gorilla_vars_output", SRC_K8SAPI, """
$ kubectl exec -n wandb deploy/wandb-app -- env | grep -E 'GORILLA|MYSQL'
GORILLA_SESSION_LENGTH=720h
GORILLA_MYSQL=mysql://wandb:«!pw20:p»@wandb-mysql:3306/wandb_local
MYSQL_PORT=3306
GORILLA_BUCKET=gs://«lc10:b»
""")
P("helm_release_secret_decoded_manifest_clickhouse_users_xml", SRC_CH, """
---
# Source: operator-wandb/charts/clickhouse/templates/configmap-users.yaml
data:
  users.xml: |
    <clickhouse>
      <users>
        <weave>
          <password>«!pw24:c»</password>
          <networks><ip>::/0</ip></networks>
        </weave>
      </users>
    </clickhouse>
""")
P("argocd_repository_secret_helm_oci_password", SRC_ARGO, """
apiVersion: v1
kind: Secret
metadata:
  labels:
    argocd.argoproj.io/secret-type: repository
  name: wandb-charts
stringData:
  type: helm
  url: https://charts.wandb.ai
  username: «@argocd|gitops»
  password: «!an36:p»
""")
P("k8s_pod_yaml_args_flag_equals_secret_weave_worker", SRC_K8SAPI, """
    containers:
    - args:
      - --clickhouse-host=clickhouse.weave.svc
      - --clickhouse-user=weave
      - --clickhouse-password=«!pw22:p»
      - --workers=4
      image: wandb/weave-trace:0.«dig2:v».«dig1:w»
      name: weave-trace
""")
P("prometheus_remote_write_basic_auth_in_wandb_monitoring_values", SRC_PROM, """
prometheus:
  server:
    remoteWrite:
    - url: https://metrics.example.com/api/v1/push
      basic_auth:
        username: "«dig6:u»"
        password: "«!b64u64:p»"
""")
P("otel_collector_configmap_otlp_headers_api_key", SRC_OTEL, """
    exporters:
      otlphttp:
        endpoint: https://otlp.example.com
        headers:
          x-api-key: «!hex40:k»
    service:
      pipelines:
        traces:
          exporters: [otlphttp]
""")
P("cert_manager_acme_eab_hmac_key_secret_stringdata", SRC_CERTMGR, """
apiVersion: v1
kind: Secret
metadata:
  name: zerossl-eab
  namespace: cert-manager
stringData:
  secret: «!b64u86:h»
""")
P("kubectl_logs_operator_reconcile_json_desired_values_dump", SRC_OPCR, """
{"level":"info","ts":"«T»","logger":"controllers.WeightsAndBiases","msg":"Reconciling","name":"wandb","namespace":"default"}
{"level":"debug","ts":"«T»","logger":"controllers.WeightsAndBiases","msg":"desired spec","values":"{\\"global\\":{\\"mysql\\":{\\"host\\":\\"wandb-mysql\\",\\"password\\":\\"«!pw20:p»\\",\\"user\\":\\"wandb\\"}}}"}
""")
P("k8s_statefulset_mysql_env_root_password_value", SRC_K8SAPI, """
      containers:
      - env:
        - name: MYSQL_DATABASE
          value: wandb_local
        - name: MYSQL_USER
          value: wandb
        - name: MYSQL_ROOT_PASSWORD
          value: «!pw20:r»
        image: mysql:8.0.«dig2:v»
        name: mysql
""")
P("kubectl_get_cm_o_json_data_env_file_block", SRC_K8SAPI, """
{
    "apiVersion": "v1",
    "data": {
        "wandb.env": "HOST=https://wandb.example.com\\nMYSQL=mysql://wandb:«!pw20:p»@db:3306/wandb_local\\nLOGGING_ENABLED=true\\n"
    },
    "kind": "ConfigMap",
    "metadata": {"name": "wandb-env", "namespace": "wandb"}
}
""")
P("wandb_operator_log_helm_install_failed_set_values_echo", SRC_OPCR, """
{"level":"error","ts":"«T»","logger":"helm","msg":"install failed","chart":"operator-wandb","args":"--set global.bucket.secretKey=«!b64s40:s» --set global.bucket.name=«lc10:b»","error":"context deadline exceeded"}
""")
P("k8s_ingress_auth_annotation_basic_users_inline_htpasswd", SRC_INGRESS, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-basic-auth
stringData:
  auth: |
    admin:$apr1$«bc8:salt»$«!bc22:h»
""")

# -- negatives, Kubernetes
N("k8s_deployment_env_secretkeyref_mysql_password", SRC_OPCHART, """
        - name: MYSQL_PASSWORD
          valueFrom:
            secretKeyRef:
              key: MYSQL_PASSWORD
              name: «@wandb-mysql|wandb-db-creds»-«lc5:s»
              optional: false
        - name: GORILLA_SESSION_LENGTH
          value: 720h
""")
N("k8s_secret_metadata_only_keys_listed", SRC_K8SSEC, """
Name:         wandb-«@mysql|bucket|license»
Namespace:    wandb
Labels:       app.kubernetes.io/managed-by=Helm
Type:  Opaque

Data
====
password:  «dig2:n» bytes
username:  «dig1:u» bytes
""")
N("k8s_pod_status_image_id_sha256_digest", SRC_K8SAPI, """
    containerStatuses:
    - containerID: containerd://«hex64:c»
      image: docker.io/wandb/local:0.«dig2:v».«dig1:w»
      imageID: docker.io/wandb/local@sha256:«hex64:i»
      name: wandb-app
      ready: true
""")
N("wandb_operator_cr_values_existing_secret_refs", SRC_OPCR, """
    global:
      bucket:
        name: «lc10:b»
        secret:
          secretName: «@wandb-bucket|bucket-creds»
          accessKeyName: ACCESS_KEY
          secretKeyName: SECRET_KEY
      mysql:
        passwordSecret:
          name: wandb-mysql
          passwordKey: MYSQL_PASSWORD
""")
N("k8s_metadata_uid_resource_version_pod_template_hash", SRC_K8SAPI, """
metadata:
  labels:
    pod-template-hash: «lc10:h»
  name: wandb-app-«lc10:h»-«lc5:s»
  resourceVersion: "«dig8:r»"
  uid: «uuid:u»
  ownerReferences:
  - kind: ReplicaSet
    uid: «uuid:o»
""")
N("k8s_event_mounted_secret_volume_message", SRC_K8SEVT, """
LAST SEEN   TYPE      REASON        OBJECT                          MESSAGE
«dig1:a»m          Warning   FailedMount   pod/wandb-app-«lc10:h»-«lc5:s»   MountVolume.SetUp failed for volume "wandb-license" : secret "wandb-license" not found
""")
N("kubectl_describe_pod_env_set_to_key_lines", SRC_K8SAPI, """
    Environment:
      HOST:              https://wandb.example.com
      OIDC_CLIENT_ID:    «uuid:c»
      OIDC_SECRET:       <set to the key 'OIDC_SECRET' in secret 'wandb-oidc'>  Optional: false
      LICENSE:           <set to the key 'license' in secret 'wandb-license'>  Optional: false
""")
N("helm_values_redis_password_empty_and_tls_settings", SRC_OPCHART, """
global:
  redis:
    host: «lc6:r».«lc10:c».cache.amazonaws.com
    port: 6379
    password: ""
    caCert: ""
    params:
      tls: "false"
      ttlInSeconds: "604800"
""")
N("k8s_serviceaccount_irsa_role_annotation", SRC_TFAWS, """
apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::«dig12:a»:role/«lc8:n»-wandb-irsa
    iam.gke.io/gcp-service-account: wandb-«lc6:x»@«lc8:p»-«dig6:d».iam.gserviceaccount.com
  name: wandb-app
""")
N("k8s_configmap_gorilla_settings_secret_sounding_names", SRC_ENV, """
data:
  GORILLA_CUSTOMER_SECRET_STORE_SOURCE: k8s-secretmanager://wandb-secret
  GORILLA_SESSION_LENGTH: 720h
  GORILLA_DISABLE_CODE_SAVING: "false"
  OIDC_AUTH_METHOD: pkce
  GORILLA_TOKEN_EXPIRY_SECONDS: "«dig4:e»"
""")
N("kubectl_get_secrets_table_types_and_ages", SRC_K8SSEC, """
NAME                              TYPE                             DATA   AGE
sh.helm.release.v1.wandb.v«dig2:v»       helm.sh/release.v1               1      «dig2:a»d
wandb-mysql                       Opaque                           2      «dig3:b»d
wandb-registry                    kubernetes.io/dockerconfigjson   1      «dig3:c»d
wandb-tls                         kubernetes.io/tls                2      «dig2:e»d
""")
N("externalsecret_remote_ref_keys_and_refresh", SRC_ESO, """
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  data:
  - secretKey: MYSQL_PASSWORD
    remoteRef:
      key: prod/wandb/mysql-«lc6:s»
      property: password
""")
N("k8s_tls_secret_cert_sha_and_issuer_annotation", SRC_CERTMGR, """
metadata:
  annotations:
    cert-manager.io/certificate-name: wandb-tls
    cert-manager.io/issuer-name: letsencrypt-prod
    cert-manager.io/common-name: wandb.example.com
  name: wandb-tls
type: kubernetes.io/tls
# tls.crt sha256 fingerprint «uhex64:f»
""")
N("operator_log_reconcile_spec_hash_and_generation", SRC_OPCR, """
{"level":"info","ts":"«T»","logger":"controllers.WeightsAndBiases","msg":"spec changed","name":"wandb","generation":«dig2:g»,"specHash":"«hex64:h»","chartVersion":"0.«dig2:v».«dig1:w»"}
""")
N("k8s_pod_args_password_file_path_flag", SRC_K8SAPI, """
    - args:
      - --clickhouse-host=clickhouse.weave.svc
      - --clickhouse-password-file=/etc/weave/secrets/clickhouse-password
      - --workers=«@2|4|8»
      image: wandb/weave-trace:0.«dig2:v».«dig1:w»
      volumeMounts:
      - mountPath: /etc/weave/secrets
        name: clickhouse-creds
        readOnly: true
""")
# ============================================== MySQL
P("mysql_show_processlist_info_create_user_identified_by", SRC_MYSQLPL, """
mysql> SHOW FULL PROCESSLIST;
+-----+-------------+-------------------+------------+---------+------+----------+--------------------------------------------------------------------+
| Id  | User        | Host              | db         | Command | Time | State    | Info                                                               |
+-----+-------------+-------------------+------------+---------+------+----------+--------------------------------------------------------------------+
| «dig3:i» | wandb_local | 10.«dig2:a».«dig1:b».«dig2:c»:5«dig4:p» | wandb_local | Sleep   |   «dig1:t» |          | NULL                                                               |
| «dig3:j» | admin       | localhost         | NULL       | Query   |    0 | starting | ALTER USER 'wandb_local'@'%' IDENTIFIED BY '«!pw20:p»'              |
+-----+-------------+-------------------+------------+---------+------+----------+--------------------------------------------------------------------+
""")
P("mysql_general_log_raw_set_password_statement", SRC_MYSQLERR, """
/usr/sbin/mysqld, Version: 8.0.«dig2:v» (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
«T»	   «dig2:i» Connect	root@localhost on  using Socket
«T»	   «dig2:i» Query	SET PASSWORD FOR 'wandb'@'%' = '«!pw18:p»'
«T»	   «dig2:i» Quit	
""".replace("\t","⇥"))
P("mysql_change_replication_source_statement_in_runbook", SRC_MYSQLREPL, """
mysql> CHANGE REPLICATION SOURCE TO
    ->   SOURCE_HOST='«lc8:h».«lc10:c».us-east-1.rds.amazonaws.com',
    ->   SOURCE_USER='repl',
    ->   SOURCE_PASSWORD='«!pw20:p»',
    ->   SOURCE_AUTO_POSITION=1;
Query OK, 0 rows affected, 2 warnings (0.0«dig1:t» sec)
""")
P("my_cnf_client_section_password_quoted_with_spaces", SRC_MYSQLOPT, """
# /root/.my.cnf
[client]
user=wandb_local
password="«!pw10:a» «!pw10:b»"
host=«@wandb-mysql|127.0.0.1»

[mysqldump]
single-transaction
""")
P("mysql_cli_warning_after_p_flag_in_history_capture", SRC_MYSQLOPT, """
$ mysql -h «lc8:h».mysql.database.azure.com -u wandb -p'«!pw20:p»' -e "SELECT VERSION();"
mysql: [Warning] Using a password on the command line interface can be insecure.
+-----------+
| VERSION() |
+-----------+
| 8.0.«dig2:v»    |
+-----------+
""")
P("mysql_select_user_table_authentication_string_sha2", SRC_MYSQLGRANT, """
mysql> SELECT user, host, plugin, authentication_string FROM mysql.user WHERE user='wandb_local'\\G
*************************** 1. row ***************************
                 user: wandb_local
                 host: %
               plugin: mysql_native_password
authentication_string: *«!uhex40:h»
""")
P("mysql_router_bootstrap_account_password_in_cmdline", SRC_MYSQLOPT, """
$ mysqlrouter --bootstrap clusteradmin:«!pw18:p»@«lc8:h»:3306 --user=mysqlrouter --conf-use-sockets
# Bootstrapping MySQL Router instance at '/var/lib/mysqlrouter'...
- Creating account(s) (only those that are needed, if any)
""")
P("mysql_operator_innodbcluster_secret_stringdata_root", SRC_K8SSEC, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-mysql-cluster-cred
stringData:
  rootUser: root
  rootHost: '%'
  rootPassword: "«!pw22:p»"
""")
P("go_mysql_driver_error_dsn_with_tls_param_in_gorilla_text", SRC_GOMYSQL, """
«TG» [gorilla] migrations: open db: Error 1045 (28000): Access denied for user 'wandb'@'10.«dig2:a».«dig1:b».«dig2:c»' (using password: YES)
«TG» [gorilla] migrations: dsn=wandb:«!pw20:p»@tcp(«lc8:h».mysql.database.azure.com:3306)/wandb_local?tls=custom&parseTime=true&charset=utf8mb4
""")
P("mysqlsh_uri_in_shell_history_numbered", SRC_MYSQLOPT, """
  «dig3:n»  kubectl -n wandb port-forward svc/wandb-mysql 3306:3306 &
  «dig3:m»  mysqlsh --uri wandb_local:«!pw20:p»@127.0.0.1:3306 --sql -e 'SHOW TABLES'
  «dig3:o»  kill %1
""")
P("sqlalchemy_url_in_weave_migration_traceback", SRC_SQLALCH, """
Traceback (most recent call last):
  File "/app/weave/trace_server/migrator.py", line «dig3:l», in run
    engine = create_engine(url)
  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line «dig3:m», in create_engine
sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'mysql+pymysql://wandb:«!pw20:p»@wandb-mysql:3306/wandb_local?charset=utf8mb4 '
""")

N("mysql_show_variables_validate_password_and_ssl_paths", SRC_MYSQLVAR, """
+--------------------------------------+-----------------------------+
| Variable_name                        | Value                       |
+--------------------------------------+-----------------------------+
| default_password_lifetime            | «dig2:l»                          |
| validate_password.policy             | «@MEDIUM|STRONG|LOW»                      |
| ssl_key                              | /var/lib/mysql/server-key.pem |
| caching_sha2_password_auto_generate_rsa_keys | ON                  |
+--------------------------------------+-----------------------------+
""")
N("mysql_show_grants_masked_identified_by_password", SRC_MYSQLGRANT, """
mysql> SHOW GRANTS FOR 'wandb_local'@'%';
+---------------------------------------------------------------------+
| Grants for wandb_local@%                                            |
+---------------------------------------------------------------------+
| GRANT USAGE ON *.* TO `wandb_local`@`%`                             |
| GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb_local`@`%`        |
+---------------------------------------------------------------------+
«dig1:n» rows in set (0.0«dig1:t» sec)
""")
N("mysql_general_log_rewritten_password_placeholder", SRC_MYSQLERR, """
«T»⇥   «dig2:i» Query⇥ALTER USER 'wandb_local'@'%' IDENTIFIED WITH 'caching_sha2_password' AS <secret>
«T»⇥   «dig2:i» Quit⇥
""")
N("mysql_error_log_innodb_and_binlog_uuid", SRC_MYSQLERR, """
«T» 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.«dig2:v») starting as process 1
«T» 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.
«T» 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.
«T» 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.«dig2:v»'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.
«T» 0 [Note] [MY-010051] [Server] Event Scheduler: scheduler thread started with id «dig1:e»; server_uuid «uuid:s»
""")
N("mysql_processlist_binlog_dump_gtid_set", SRC_MYSQLPL, """
| «dig3:i» | repl | 10.«dig2:a».«dig1:b».«dig2:c»:5«dig4:p» | NULL | Binlog Dump GTID | «dig5:t» | Source has sent all binlog to replica; waiting for more updates | NULL |
| «dig3:j» | wandb_local | 10.«dig2:a».«dig1:b».«dig2:d»:5«dig4:q» | wandb_local | Query | 0 | executing | SELECT id, name FROM projects WHERE entity_id = «dig6:e» |
gtid_executed: «uuid:g»:1-«dig7:n»
""")
N("my_cnf_client_password_commented_login_path_used", SRC_MYSQLOPT, """
[client]
user=wandb_local
# password is read from ~/.mylogin.cnf (mysql_config_editor set --login-path=wandb)
#password=
host=«lc8:h».internal
ssl-mode=REQUIRED
""")
N("mysql_select_user_plugin_expired_columns", SRC_MYSQLGRANT, """
| user        | host | plugin                | password_expired | password_last_changed |
| wandb_local | %    | caching_sha2_password | N                | «TS»   |
| mysql.sys   | localhost | caching_sha2_password | N           | «TS»   |
""")

# ============================================== Redis, ClickHouse
P("redis_conf_requirepass_and_masterauth_lines", SRC_REDIS, """
bind 0.0.0.0
port 6379
requirepass «!an32:r»
masterauth «!an32:m»
appendonly yes
""")
P("redis_acl_list_output_sha_less_plain_password", SRC_REDIS, """
127.0.0.1:6379> ACL LIST
1) "user default on nopass ~* &* +@all"
2) "user gorilla on >«!pw24:p» ~* &* +@all -@dangerous"
""")
P("redis_sentinel_conf_auth_pass_line", SRC_REDIS, """
sentinel monitor wandb-master 10.«dig2:a».«dig1:b».«dig2:c» 6379 2
sentinel auth-pass wandb-master «!pw24:p»
sentinel down-after-milliseconds wandb-master «dig4:d»
""")
P("redis_cli_auth_then_info_keyspace", SRC_REDIS, """
$ redis-cli -h wandb-redis-master --user default --pass «!pw24:p» --no-auth-warning INFO keyspace
# Keyspace
db0:keys=«dig5:k»,expires=«dig4:e»,avg_ttl=«dig8:t»
""")
P("clickhouse_client_password_flag_query_log", SRC_CH, """
$ clickhouse-client --host clickhouse.weave.svc --user weave --password «!pw22:p» --query "SELECT count() FROM weave_trace_db.calls_merged"
«dig7:n»
""")
P("clickhouse_users_xml_password_sha256_hex", SRC_CH, """
<clickhouse>
    <users>
        <weave>
            <password_sha256_hex>«!hex64:h»</password_sha256_hex>
            <profile>default</profile>
            <quota>default</quota>
        </weave>
    </users>
</clickhouse>
""")
P("clickhouse_server_log_http_query_password_param", SRC_CHLOG, """
«TS» [ «dig3:t» ] {«uuid:q»} <Debug> executeQuery: (from 10.«dig2:a».«dig1:b».«dig2:c»:5«dig4:p», user: weave) SELECT 1
«TS» [ «dig3:t» ] {} <Trace> HTTPHandler-factory: HTTP Request for HTTPHandler-factory. Method: GET, Address: 10.«dig2:a».«dig1:b».«dig2:c»:5«dig4:p», URI: /?user=weave&password=«!pw22:p»&query=SELECT%201
""")

N("redis_conf_requirepass_commented_and_acl_file", SRC_REDIS, """
port 6379
# requirepass foobared
aclfile /etc/redis/users.acl
tls-key-file /etc/redis/tls/redis-«lc6:n».key
maxmemory «dig1:m»gb
""")
N("redis_acl_list_hashed_password_entries_only", SRC_REDIS, """
127.0.0.1:6379> ACL GETUSER gorilla-«lc4:s»
1) "flags"
2) 1) "on"
3) "passwords"
4) (empty array)
5) "commands"
6) "+@all -@dangerous -debug|«@digest|sleep»"
""")
N("clickhouse_weave_execute_query_log_project_internal_id", SRC_CHLOG, """
«TS» [ «dig3:t» ] {«uuid:q»} <Debug> executeQuery: (from 10.«dig2:a».«dig1:b».«dig2:c»:5«dig4:p», user: weave) SELECT id, trace_id FROM calls_merged WHERE project_id = 'UHJvamVjdEludGVybmFsSWQ6«dig6:p»' LIMIT 100
«TS» [ «dig3:t» ] {«uuid:q»} <Information> executeQuery: Read «dig5:r» rows, «dig3:m».«dig2:k» MiB in 0.«dig3:s» sec.
""")
N("clickhouse_users_xml_password_from_env_ref", SRC_CH, """
<clickhouse>
    <users>
        <weave>
            <password from_env="CLICKHOUSE_WEAVE_PASSWORD"/>
            <networks><ip>10.«dig1:a».0.0/16</ip></networks>
        </weave>
    </users>
</clickhouse>
""")

# ============================================== proxy and object store
P("minio_server_log_startup_root_credentials_echo", SRC_MINIO, """
MinIO Object Storage Server
Copyright: 2015-2025 MinIO, Inc.
API: http://10.«dig2:a».«dig1:b».«dig2:c»:9000  http://127.0.0.1:9000
   RootUser: «@minioadmin|wandb-admin|minio»
   RootPass: «!pw24:p»
Console: http://10.«dig2:a».«dig1:b».«dig2:c»:9001 http://127.0.0.1:9001
""")
P("minio_env_file_root_password_and_kms_secret", SRC_MINIO, """
# /etc/default/minio
MINIO_VOLUMES="/mnt/data"
MINIO_ROOT_USER=wandb
MINIO_ROOT_PASSWORD=«!pw24:p»
MINIO_OPTS="--console-address :9001"
""")
P("s3_access_denied_xml_body_string_to_sign_in_curl_v", SRC_S3ERR, """
< HTTP/1.1 403 Forbidden
< Content-Type: application/xml
<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>AKIA«uc16:a»</AWSAccessKeyId><SignatureProvided>«!hex64:sig»</SignatureProvided><RequestId>«uc16:r»</RequestId></Error>
""")
P("squid_access_log_connect_proxy_authorization_basic", SRC_PROXY, """
«TE»    «dig3:d» 10.«dig2:a».«dig1:b».«dig2:c» TCP_DENIED/407 «dig4:s» CONNECT api.wandb.ai:443 - HIER_NONE/- text/html
# debug_options ALL,2 header dump:
Proxy-Authorization: Basic «!pw16:p|basic:wandbproxy»
""")
P("docker_daemon_json_http_proxy_with_credentials", SRC_PROXY, """
{
  "proxies": {
    "http-proxy": "http://svc-wandb:«!pw18:p»@proxy.example.com:3128",
    "https-proxy": "http://svc-wandb:«!pw18:p»@proxy.example.com:3128",
    "no-proxy": "localhost,127.0.0.0/8,.svc,.cluster.local"
  }
}
""")
P("env_https_proxy_pct_encoded_password", SRC_PROXY, """
HTTPS_PROXY=http://CORP%5Csvc-wandb:«!pw16:p|pct»@proxy.example.com:8080
NO_PROXY=.cluster.local,.svc,10.0.0.0/8
""")
P("gcs_xml_api_signed_url_in_gorilla_download_log", SRC_GCSSIGN, """
{"level":"debug","ts":"«T»","msg":"redirect to signed url","url":"https://storage.googleapis.com/«lc10:b»/wandb/«lc8:e»/«lc8:r»/files/output.log?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%40«lc8:p».iam.gserviceaccount.com%2F«ymd:d»%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=«ymd:d»T«hms:t»Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=«!hex256:sig»"}
""")
P("azure_blob_connection_string_in_values_yaml", SRC_AZCS, """
global:
  bucket:
    provider: az
    name: «lc10:acct»/wandb
    connectionString: "DefaultEndpointsProtocol=https;AccountName=«lc10:acct»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net"
""")
P("azure_sas_user_delegation_url_in_curl_v_request", SRC_AZSAS, """
> PUT /wandb/«lc8:e»/«lc8:r»/wandb-summary.json?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-«@01|02|04|06|07|09|10|12»-«dd:d»T00:00:00Z&st=2024-12-«dd:s»T00:00:00Z&spr=https&sig=«!b64s43:s|pct»%3D HTTP/1.1
> Host: «lc10:acct».blob.core.windows.net
> x-ms-blob-type: BlockBlob
< HTTP/1.1 201 Created
""")
P("minio_mc_admin_user_add_in_runbook_capture", SRC_MINIO, """
$ mc admin user add wandb-minio wandb-app «!pw24:p»
Added user `wandb-app` successfully.
$ mc admin policy attach wandb-minio readwrite --user wandb-app
""")
P("haproxy_cfg_stats_auth_and_userlist_password", "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth", """
listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:«!pw20:p»
""")

N("minio_server_log_startup_without_credentials", SRC_MINIOLOG, """
MinIO Object Storage Server
Copyright: 2015-2025 MinIO, Inc.
License: GNU AGPLv3 - https://www.gnu.org/licenses/agpl-3.0.html
Version: RELEASE.2025-«@01|02|04|06|07|09|10|12»-«dd:d»T«hh:h»-«mm:m»-«mm:s»Z (go1.2«dig1:g».«dig1:p» linux/amd64)
API: http://10.«dig2:a».«dig1:b».«dig2:c»:9000  http://127.0.0.1:9000
""")
N("s3_no_such_key_error_xml_request_ids", SRC_S3ERR, """
<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>wandb/«lc8:e»/«lc8:r»/files/config.yaml</Key><RequestId>«uc16:r»</RequestId><HostId>«b64s76:h»=</HostId></Error>
""")
N("s3_head_object_response_etag_version_sse_kms", SRC_S3ERR, """
< HTTP/1.1 200 OK
< x-amz-id-2: «b64s76:h»=
< x-amz-request-id: «uc16:r»
< ETag: "«hex32:e»"
< x-amz-version-id: «b64u32:v»
< x-amz-server-side-encryption: aws:kms
< x-amz-server-side-encryption-aws-kms-key-id: arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»
""")
N("squid_access_log_tunnel_entries_no_auth", SRC_PROXY, """
«TE»    «dig3:d» 10.«dig2:a».«dig1:b».«dig2:c» TCP_TUNNEL/200 «dig4:s» CONNECT api.wandb.ai:443 - HIER_DIRECT/«dig2:x».1«dig2:y».«dig2:z».«dig2:w» -
«TE»    «dig3:e» 10.«dig2:a».«dig1:b».«dig2:c» TCP_TUNNEL/200 «dig4:t» CONNECT «lc10:b».s3.amazonaws.com:443 - HIER_DIRECT/52.«dig3:q».«dig2:r».«dig2:u» -
""")
N("azure_blob_url_without_sas_and_request_id", SRC_AZSAS, """
> PUT /wandb/«lc8:e»/«lc8:r»/wandb-summary.json HTTP/1.1
> Host: «lc10:acct».blob.core.windows.net
> Authorization: <redacted>
< HTTP/1.1 201 Created
< x-ms-request-id: «uuid:r»
< Content-MD5: «b64s21:m»«@A|Q|g|w»==
""")
N("gcs_signed_url_signature_removed_note", SRC_GCSSIGN, """
{"level":"debug","ts":"«T»","msg":"redirect to signed url","bucket":"«lc10:b»","object":"wandb/«lc8:e»/«lc8:r»/files/output.log","expires":"3600s","signature":"[omitted]"}
""")
N("env_proxy_vars_without_userinfo", SRC_PROXY, """
HTTP_PROXY=http://proxy.example.com:«dig4:p»
HTTPS_PROXY=http://proxy.example.com:«dig4:p»
NO_PROXY=.cluster.local,.svc,10.0.0.0/8,«lc8:h».internal
""")
N("minio_env_file_root_password_via_file_ref", SRC_MINIO, """
MINIO_VOLUMES="/mnt/data«dig1:n»"
MINIO_ROOT_USER_FILE=/run/secrets/minio_root_user
MINIO_ROOT_PASSWORD_FILE=/run/secrets/minio_root_password
MINIO_OPTS="--console-address :9001"
""")
N("haproxy_stats_socket_and_ssl_crt_path", "https://docs.haproxy.org/2.8/configuration.html", """
global
    stats socket /run/haproxy/admin.sock mode 660 level admin
    ssl-default-bind-ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256
frontend wandb
    bind :443 ssl crt /etc/haproxy/certs/wandb-«lc6:c».pem
    default_backend wandb_«lc4:b»
""")
# ============================================== env files, compose, attachments
P("docker_compose_wandb_local_environment_mapping_oidc_secret", SRC_COMPOSE, """
services:
  wandb:
    image: wandb/local:0.«dig2:v».«dig1:w»
    ports: ["8080:8080"]
    environment:
      HOST: https://wandb.example.com
      OIDC_CLIENT_ID: «an20:c»
      OIDC_SECRET: «!an40:s»
      OIDC_ISSUER: https://login.example.com
    volumes: ["wandb:/vol"]
""")
P("dotenv_file_quoted_values_mysql_and_license_with_export", SRC_DOTENV, """
# wandb.env -- used by: docker run --env-file wandb.env wandb/local
export HOST="https://wandb.example.com"
export MYSQL="mysql://wandb:«!pw20:m»@«lc8:h».internal:3306/wandb_local"
export LICENSE='LIC_HERE'
LOGGING_ENABLED=true
""".replace("LIC_HERE", LIC))
P("docker_compose_mysql_service_env_list_root_and_user_pw", SRC_COMPOSE, """
  mysql:
    image: mysql:8.0
    environment:
      - MYSQL_DATABASE=wandb_local
      - MYSQL_USER=wandb_local
      - MYSQL_PASSWORD=«!pw20:p»
      - MYSQL_ROOT_PASSWORD=«!pw20:r»
    command: --default-authentication-plugin=mysql_native_password
""")
P("docker_compose_minio_env_and_healthcheck_alias_command", SRC_COMPOSE, """
  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: wandb
      MINIO_ROOT_PASSWORD: "«!pw24:p»"
    healthcheck:
      test: ["CMD", "mc", "ready", "local"]
""")
P("docker_run_cmdline_env_flags_bucket_key_in_ps_output", SRC_DOCKER, """
$ ps -eo pid,args | grep '[d]ocker run'
 «dig5:p» docker run -d --name wandb-local -p 8080:8080 -e BUCKET=s3://«lc10:b» -e AWS_ACCESS_KEY_ID=AKIA«uc16:a» -e AWS_SECRET_ACCESS_KEY=«!b64s40:s» -v wandb:/vol wandb/local
""")
P("values_yaml_operator_wandb_oidc_and_smtp_under_global", SRC_OPCHART, """
global:
  host: https://wandb.example.com
  auth:
    oidc:
      clientId: «an20:c»
      secret: «!an40:s»
      issuer: https://login.example.com
      authMethod: pkce
  email:
    smtp:
      password: «!pw18:p»
""")
P("values_yaml_weave_trace_clickhouse_and_openai_env_block", SRC_WEAVE, """
weave-trace:
  install: true
  extraEnv:
    WF_CLICKHOUSE_PASS: "«!pw22:c»"
    OPENAI_API_KEY: "sk-proj-«!b64u48:k»"
clickhouse:
  host: clickhouse.weave.svc
  port: 8123
""")
P("terraform_tfvars_wandb_aws_license_and_db_password", SRC_TFAWS, """
namespace          = "wandb-prod"
domain_name        = "example.com"
subdomain          = "wandb"
license            = "LIC_HERE"
database_master_password = "«!pw20:p»"
wandb_version      = "0.«dig2:v».«dig1:w»"
""".replace("LIC_HERE", LIC))
P("terraform_tfvars_gcp_oidc_secret_and_smtp_map", SRC_TFGCP, """
project_id = "«lc8:p»-«dig6:d»"
region     = "us-central1"
oidc_client_id = "«an20:c»"
oidc_secret    = "«!an40:s»"
other_wandb_env = {
  "GORILLA_EMAIL_SINK" = "smtp://wandb:«!pw18:p»@smtp.example.com:587"
}
""")
P("terraform_plan_output_sensitive_not_marked_env_map", SRC_TFK8S, """
  # kubernetes_secret.other will be created
  + resource "kubernetes_secret" "other" {
      + data = {
          + "SLACK_SECRET" = "«!hex32:s»"
        }
      + type = "Opaque"
    }
""")
P("terraform_state_show_azure_random_password_for_wandb_db", SRC_TFAZ, """
# random_password.database:
resource "random_password" "database" {
    id          = "none"
    length      = 24
    result      = "«!pw24:p»"
    special     = false
}
""")
P("bash_history_wandb_login_relogin_host_key_arg", SRC_SDKENV, """
«dig3:a»  pip install -U wandb
«dig3:b»  wandb login --relogin --host https://wandb.example.com local-«!hex40:k»
«dig3:c»  wandb sync ./wandb/offline-run-«ymd:d»_«hms:t»-«lc8:r»
""")
P("zsh_extended_history_helm_upgrade_set_license", SRC_HELMVAL, """
: 17«dig8:t»:0;helm repo update
: 17«dig8:t»:1;helm upgrade --install wandb-operator wandb/operator -n wandb-cr --set global.license=LIC_HERE
: 17«dig8:t»:0;kubectl get pods -n wandb-cr
""".replace("LIC_HERE", LIC))
P("powershell_history_setx_wandb_api_key", SRC_SDKENV, """
PS C:\\Users\\«lc6:u»> setx WANDB_BASE_URL https://wandb.example.com
PS C:\\Users\\«lc6:u»> setx WANDB_API_KEY local-«!hex40:k»
SUCCESS: Specified value was saved.
""")
P("curl_v_graphql_viewer_query_authorization_basic_api", SRC_CURL, """
* Connected to wandb.example.com (10.«dig2:a».«dig1:b».«dig2:c») port 443
> POST /graphql HTTP/2
> Host: wandb.example.com
> authorization: Basic «!hex40:k|basic:api»
> content-type: application/json
> content-length: «dig2:n»
< HTTP/2 200
""")
P("curl_command_u_api_colon_key_in_ticket_text", SRC_CURL, """
I can reproduce it with:
    curl -s -u api:local-«!hex40:k» https://wandb.example.com/api/v1/viewer | jq .
and it returns 401 from the pod but 200 through the load balancer.
""")
P("curl_v_s3_sigv4_authorization_header_and_session_token", SRC_S3PRE, """
> GET /«lc10:b»?list-type=2 HTTP/1.1
> Host: s3.us-east-1.amazonaws.com
> x-amz-date: «ymd:d»T«hms:t»Z
> x-amz-security-token: «!b64s200:tok»
> Authorization: AWS4-HMAC-SHA256 Credential=ASIA«uc16:a»/«ymd:d»/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=«!hex64:sig»
""")
P("python_traceback_wandb_sdk_settings_repr_api_key", SRC_PYTB, """
Traceback (most recent call last):
  File "train.py", line «dig2:l», in <module>
    run = wandb.init(project="«lc8:p»", settings=s)
  File "/opt/conda/lib/python3.10/site-packages/wandb/sdk/wandb_init.py", line «dig4:m», in init
    raise CommError(f"Error communicating with {settings.base_url} using {settings!r}")
wandb.errors.CommError: Settings(api_key='local-«!hex40:k»', base_url='https://wandb.example.com', mode='online')
""")
P("python_requests_traceback_url_with_api_key_in_query", SRC_PYTB, """
Traceback (most recent call last):
  File "/usr/lib/python3/dist-packages/requests/models.py", line «dig4:l», in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://wandb.example.com/api/v1/export?entity=«lc8:e»&api_key=local-«!hex40:k»
""")
P("netrc_file_machine_wandb_server_password", SRC_SDKENV, """
machine api.wandb.ai
  login user
  password «!hex40:a»
machine wandb.example.com
  login user
  password local-«!hex40:b»
""")
P("wandb_settings_ini_api_key_under_default", SRC_SDKENV, """
[default]
base_url = https://wandb.example.com
entity = «lc8:e»
api_key = local-«!hex40:k»
""")
P("systemd_unit_environment_line_quoted_pairs", SRC_SYSTEMD, """
[Service]
Environment="HOST=https://wandb.example.com" "MYSQL=mysql://wandb:«!pw20:p»@127.0.0.1:3306/wandb_local"
ExecStart=/usr/bin/docker run --rm --name wandb --env HOST --env MYSQL -p 8080:8080 wandb/local
Restart=always
""")
P("jupyter_output_os_environ_dict_wandb_and_hf_tokens", SRC_SDKENV, """
In [«dig1:n»]: {k: v for k, v in os.environ.items() if 'WANDB' in k or 'HF' in k}
Out[«dig1:n»]: 
{'WANDB_BASE_URL': 'https://wandb.example.com',
 'WANDB_API_KEY': 'local-«!hex40:k»',
 'HF_TOKEN': 'hf_«!al34:h»',
 'WANDB_PROJECT': '«lc8:p»'}
""")
P("k8s_job_wandb_launch_agent_env_literal_api_key_yaml_flow", SRC_SDKENV, """
  template:
    spec:
      containers:
      - name: launch-agent
        image: wandb/launch-agent:0.«dig2:v».«dig1:w»
        env: [{name: WANDB_BASE_URL, value: "https://wandb.example.com"}, {name: WANDB_API_KEY, value: "local-«!hex40:k»"}]
""")
P("gitlab_ci_variables_block_wandb_key_in_include_file", SRC_SDKENV, """
variables:
  WANDB_BASE_URL: "https://wandb.example.com"
  WANDB_API_KEY: "local-«!hex40:k»"
  WANDB_ENTITY: «lc8:e»
train:
  script: python train.py
""")
P("docker_compose_weave_local_env_file_inline_list_sk_key", SRC_WEAVE, """
services:
  weave-trace:
    environment:
      - WF_CLICKHOUSE_HOST=clickhouse
      - WF_CLICKHOUSE_PASS=«!pw22:c»
      - ANTHROPIC_API_KEY=sk-ant-api03-«!b64u93:a»AA
""")
P("powershell_env_var_assignment_mysql_and_bucket", SRC_DOCKER, """
PS C:\\deploy> $env:MYSQL = "mysql://wandb:«!pw20:p»@db.example.com:3306/wandb_local"
PS C:\\deploy> $env:BUCKET = "az://«lc10:acct»/wandb"
PS C:\\deploy> docker compose up -d
""")
P("ssh_session_capture_sudo_prompt_then_password_echo", SRC_DOCKER, """
[«lc6:u»@wandb-vm ~]$ sudo -S docker restart wandb-local <<< '«!pw16:p»'
[sudo] password for «lc6:u»: wandb-local
[«lc6:u»@wandb-vm ~]$ docker ps --format '{{.Names}} {{.Status}}'
wandb-local Up «dig1:s» seconds
""")
P("aws_credentials_file_profile_used_by_wandb_vm", SRC_ENV, """
[wandb-bucket]
aws_access_key_id = AKIA«uc16:a»
aws_secret_access_key = «!b64s40:s»
region = us-west-2
""")
P("gcp_service_account_json_private_key_id_and_key", SRC_TFGCP, """
{
  "type": "service_account",
  "project_id": "«lc8:p»-«dig6:d»",
  "private_key_id": "«!hex40:i»",
  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEv«!b64s120:k»\\n-----END PRIVATE KEY-----\\n",
  "client_email": "wandb-sa@«lc8:p»-«dig6:d».iam.gserviceaccount.com"
}
""")

N("dotenv_file_placeholders_for_secrets", SRC_DOTENV, """
HOST=https://wandb-«lc4:s».example.com
MYSQL=mysql://<user>:<password>@<host>:3306/wandb_local
LICENSE=<your-license-key>
BUCKET=s3://<bucket-name>
""")
N("docker_compose_env_vars_from_shell_interpolation", SRC_COMPOSE, """
  wandb:
    image: wandb/local:0.«dig2:v».«dig1:w»
    environment:
      MYSQL: mysql://wandb:${MYSQL_PASSWORD:?set MYSQL_PASSWORD}@mysql:3306/wandb_local
      LICENSE: ${WANDB_LICENSE}
    env_file: [./wandb.env]
""")
N("docker_compose_secrets_file_refs", SRC_COMPOSE, """
secrets:
  mysql_password:
    file: ./secrets/mysql_password.txt
  wandb_license:
    environment: WANDB_LICENSE
services:
  mysql:
    environment:
      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password
      MYSQL_DATABASE: wandb_«lc4:s»
""")
N("values_yaml_oidc_secret_from_existing_secret", SRC_OPCHART, """
global:
  auth:
    oidc:
      clientId: «an20:c»
      secret:
        name: wandb-oidc
        key: client-secret
      authMethod: pkce
""")
N("terraform_tfvars_secret_names_and_kms_arn", SRC_TFAWS, """
namespace               = "wandb-«lc4:s»"
license_secret_name     = "wandb-license"
kms_key_arn             = "arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»"
database_master_password_secret_arn = "arn:aws:secretsmanager:us-east-1:«dig12:a»:secret:wandb-db-«an6:x»"
""")
N("terraform_plan_sensitive_value_markers", SRC_TFK8S, """
  # kubernetes_secret.wandb will be updated in-place
  ~ resource "kubernetes_secret" "wandb" {
      ~ data = (sensitive value)
        id   = "default/wandb-«lc4:s»"
    }
Plan: 0 to add, 1 to change, 0 to destroy.
""")
N("bash_history_wandb_login_without_key_and_verify", SRC_SDKENV, """
«dig3:a»  wandb login --host https://wandb.example.com
«dig3:b»  wandb verify --host https://wandb.example.com
«dig3:c»  cat ~/.netrc | wc -l
""")
N("curl_v_response_headers_request_ids_etag", SRC_CURL, """
< HTTP/2 200
< content-type: application/json
< x-request-id: «hex32:r»
< etag: W/"«hex40:e»"
< strict-transport-security: max-age=31536000
< set-cookie: wandb_session_hint=1; Path=/; Max-Age=«dig5:m»
""")
N("python_traceback_wandb_auth_error_no_key_printed", SRC_PYTB, """
Traceback (most recent call last):
  File "train.py", line «dig2:l», in <module>
    wandb.login(host="https://wandb.example.com")
wandb.errors.AuthenticationError: API key must be 40 characters long, yours was «dig2:n»
""")
N("wandb_settings_ini_without_api_key", SRC_SDKENV, """
[default]
base_url = https://wandb.example.com
entity = «lc8:e»
project = «lc8:p»
mode = online
""")
N("netrc_file_masked_by_customer", SRC_SDKENV, """
machine wandb-«lc4:s».example.com
  login user
  password ****************************************
""")
N("gcp_service_account_json_public_fields_only", SRC_TFGCP, """
{
  "type": "service_account",
  "project_id": "«lc8:p»-«dig6:d»",
  "client_email": "wandb-sa@«lc8:p»-«dig6:d».iam.gserviceaccount.com",
  "client_id": "«dig21:c»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth"
}
""")
N("env_list_names_only_from_printenv_cut", SRC_SDKENV, """
[root@wandb-«lc4:h» ~]# printenv | cut -d= -f1 | grep -E 'WANDB|MYSQL|AWS'
WANDB_API_KEY
WANDB_BASE_URL
AWS_SECRET_ACCESS_KEY
MYSQL_«@PASSWORD|ROOT_PASSWORD»
AWS_DEFAULT_REGION
""")
N("wandb_artifact_manifest_digests_and_refs", SRC_SDKENV, """
{"version": 1, "storagePolicy": "wandb-storage-policy-v1", "contents": {
  "model.pt": {"digest": "«b64s21:d»«@A|Q|g|w»==", "size": «dig8:s»},
  "tokenizer.json": {"digest": "«b64s21:e»«@A|Q|g|w»==", "ref": "s3://«lc10:b»/tokenizer.json", "extra": {"versionID": "«b64u32:v»", "etag": "«hex32:t»"}}
}}
""")
N("wandb_run_paths_and_sweep_ids_in_cli_output", SRC_SDKENV, """
wandb: Syncing run «@amber|crimson|quiet»-«@river|forest|lake»-«dig2:n»
wandb: ⭐️ View project at https://wandb.example.com/«lc8:e»/«lc8:p»
wandb: 🚀 View run at https://wandb.example.com/«lc8:e»/«lc8:p»/runs/«lc8:r»
wandb: Run data is saved locally in ./wandb/run-«ymd:d»_«hms:t»-«lc8:r»
""")
N("shell_history_kubectl_create_secret_from_file", SRC_K8SSEC, """
«dig3:a»  kubectl create secret generic wandb-license --from-file=license=./license-«lc4:s».jwt -n wandb
«dig3:b»  kubectl create secret generic wandb-mysql --from-env-file=./mysql.env -n wandb
«dig3:c»  shred -u ./mysql.env
""")
N("systemd_unit_environment_file_reference", SRC_SYSTEMD, """
[Service]
EnvironmentFile=/etc/wandb/wandb-«lc4:s».env
ExecStart=/usr/bin/docker run --rm --name wandb --env-file /etc/wandb/wandb-«lc4:s».env -p 8080:8080 wandb/local
LoadCredential=mysql-password:/etc/wandb/mysql.pw
""")
SRC_LDAP = "https://docs.wandb.ai/guides/hosting/iam/authentication/ldap/"
SRC_SCIM = "https://docs.wandb.ai/guides/hosting/iam/scim/"
SRC_GQL = "https://docs.wandb.ai/ref/python/public-api/api/"
SRC_AWSSM = "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html"
SRC_GCSM = "https://cloud.google.com/sdk/gcloud/reference/secrets/versions/access"
SRC_AZKV = "https://learn.microsoft.com/en-us/cli/azure/keyvault/secret#az-keyvault-secret-show"
SRC_VAULT = "https://developer.hashicorp.com/vault/docs/commands/kv/get"
SRC_DOCKERLOGIN = "https://docs.docker.com/reference/cli/docker/login/"
SRC_KUBECONFIG = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"
SRC_SLACK = "https://api.slack.com/messaging/webhooks"
SRC_SENDGRID = "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api"
SRC_TRAEFIK = "https://doc.traefik.io/traefik/middlewares/http/basicauth/"
SRC_MYSQLREPLTBL = "https://dev.mysql.com/doc/refman/8.0/en/replica-logs-status.html"
SRC_TFOUT = "https://developer.hashicorp.com/terraform/cli/commands/output"
SRC_AZCACHE = "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure"
SRC_XTRA = "https://docs.percona.com/percona-xtrabackup/8.0/"
SRC_JWKS = "https://datatracker.ietf.org/doc/html/rfc7517"

P("gorilla_env_local_ldap_bind_pw_in_compose_env_list", SRC_LDAP, """
    environment:
      - LOCAL_LDAP_ADDRESS=ldaps://ldap.example.com
      - LOCAL_LDAP_BASE_DN=dc=example,dc=com
      - LOCAL_LDAP_BIND_DN=cn=wandb-svc,ou=svc,dc=example,dc=com
      - LOCAL_LDAP_BIND_PW=«!pw18:p»
      - LOCAL_LDAP_LOGIN=true
""")
P("gorilla_logfmt_kafka_shadow_queue_url_userinfo", SRC_OPCHART + " (templates/_kafka.tpl)", """
time="«T»" level=info msg="configuring run update shadow queue" GORILLA_RUN_UPDATE_SHADOW_QUEUE="kafka://wandb-user:«!an32:k»@wandb-kafka:9092/wandb-run-updates-shadow?consumer_group_id=flat-run-fields-updater"
time="«T»" level=info msg="kafka producer started" topic=wandb-run-updates-shadow
""")
P("graphql_response_create_service_account_api_key_name", SRC_GQL, """
{"data":{"createServiceAccount":{"user":{"id":"«b64s16:u»","username":"«lc8:n»-bot","apiKeys":{"edges":[{"node":{"id":"«b64s16:i»","name":"local-«!hex40:k»","description":"launch agent"}}]}}}}}
""")
P("python_scim_script_requests_auth_tuple_in_snippet", SRC_SCIM, """
import requests
r = requests.get("https://wandb.example.com/scim/Users",
                 auth=("«lc8:u»-admin", "local-«!hex40:k»"),
                 timeout=30)
print(r.status_code, r.json()["totalResults"])
""")
P("aws_secretsmanager_get_secret_value_json_escaped_secretstring", SRC_AWSSM, """
{
    "ARN": "arn:aws:secretsmanager:us-east-1:«dig12:a»:secret:wandb-mysql-«an6:x»",
    "Name": "wandb-mysql",
    "VersionId": "«uuid:v»",
    "SecretString": "{\\"username\\":\\"wandb\\",\\"password\\":\\"«!pw24:p»\\",\\"host\\":\\"«lc8:h».rds.amazonaws.com\\"}",
    "VersionStages": ["AWSCURRENT"]
}
""")
P("gcloud_secrets_versions_access_license_output", SRC_GCSM, """
$ gcloud secrets versions access latest --secret=wandb-license --project=«lc8:p»-«dig6:d»
LIC_HERE
$ kubectl -n wandb rollout restart deploy/wandb-app
""".replace("LIC_HERE", LIC))
P("az_keyvault_secret_show_value_field_table", SRC_AZKV, """
$ az keyvault secret show --vault-name kv-wandb-«lc4:s» --name mysql-admin -o table
ContentType    Name         Value
-------------  -----------  ------------------------
               mysql-admin  «!pw24:p»
""")
P("vault_kv_get_data_table_password_row", SRC_VAULT, """
====== Data ======
Key         Value
---         -----
password    «!pw20:p»
username    wandb
""")
P("docker_config_json_auths_base64_user_pass", SRC_DOCKERLOGIN, """
{
	"auths": {
		"registry.example.com": {
			"auth": "«!pw20:p|basic:wandb-puller»"
		}
	}
}
""".replace("\t","⇥"))
P("docker_login_p_flag_in_bash_history_with_warning", SRC_DOCKERLOGIN, """
$ docker login registry.example.com -u wandb-puller -p «!an32:t»
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
""")
P("kubeconfig_user_token_service_account_jwt", SRC_KUBECONFIG, """
users:
- name: wandb-support
  user:
    token: eyJhbGciOiJSUzI1NiIsImtpZCI6Ik«b64u30:kid»In0.«!b64u300:pl».«!b64u342:sg»
""")
P("slack_incoming_webhook_url_in_alert_config_json", SRC_SLACK, """
{"integrations":[{"kind":"slack","channel":"#ml-alerts","webhookUrl":"https://hooks.slack.com/services/T«uc8:t»/B«uc10:b»/«!an24:w»"}]}
""")
P("smtp_sendgrid_key_in_email_sink_url_values", SRC_SENDGRID, """
global:
  email:
    sink: smtp://apikey:SG.«!b64u22:a».«!b64u43:b»@smtp.sendgrid.net:587
""")
P("nginx_conf_proxy_set_header_authorization_basic_literal", SRC_NGINX, """
location /wandb/ {
    proxy_pass http://wandb-app:8080/;
    proxy_set_header Host $host;
    proxy_set_header Authorization "Basic «!pw16:p|basic:monitor»";
}
""")
P("traefik_compose_label_basicauth_users_double_dollar", SRC_TRAEFIK, """
    labels:
      - "traefik.enable=true"
      - "traefik.http.routers.wandb.rule=Host(`wandb.example.com`)"
      - "traefik.http.middlewares.wandb-auth.basicauth.users=admin:$$apr1$$«bc8:s»$$«!bc22:h»"
""")
P("mysql_slave_master_info_table_user_password_row", SRC_MYSQLREPLTBL, """
mysql> SELECT Host, User_name, User_password, Port FROM mysql.slave_master_info\\G
*************************** 1. row ***************************
         Host: «lc8:h».internal
    User_name: repl
User_password: «!pw20:p»
         Port: 3306
""")
P("aws_rds_create_db_instance_history_master_password", SRC_TFAWS, """
  «dig3:a»  aws rds create-db-instance --db-instance-identifier wandb-«lc4:s» --engine mysql --engine-version 8.0.«dig2:v» --master-username admin --master-user-password '«!pw20:p»' --db-instance-class db.r6g.large
""")
P("az_mysql_flexible_server_create_admin_password", SRC_TFAZ, """
$ az mysql flexible-server create --resource-group rg-wandb --name wandb-«lc6:s» \\
    --admin-user wandbadmin --admin-password "«!pw22:p»" \\
    --sku-name Standard_E2ds_v4 --tier MemoryOptimized --version 8.0.21
""")
P("gcloud_sql_users_set_password_flag", SRC_TFGCP, """
$ gcloud sql users set-password wandb --host=% --instance=wandb-«lc6:s» --password='«!pw20:p»'
Updating Cloud SQL user...done.
""")
P("terraform_output_json_sensitive_value_revealed", SRC_TFOUT, """
{
  "database_password": {
    "sensitive": true,
    "type": "string",
    "value": "«!pw24:p»"
  },
  "url": {"sensitive": false, "type": "string", "value": "https://wandb.example.com"}
}
""")
P("azure_cache_redis_rediss_url_access_key_pct_in_values", SRC_AZCACHE, """
global:
  redis:
    host: wandb-«lc6:s».redis.cache.windows.net
    port: 6380
    password: "«!b64s43:k»="
    params: {tls: "true"}
""")
P("strimzi_kafkauser_secret_sasl_jaas_config", SRC_KAFKA, """
$ kubectl get secret wandb-user -o jsonpath='{.data.sasl\\.jaas\\.config}' | base64 -d
org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb-user" password="«!an32:p»";
""")
P("cron_d_mysqldump_password_equals_unquoted", SRC_MYSQLOPT, """
# /etc/cron.d/wandb-db-backup
SHELL=/bin/bash
30 2 * * * root mysqldump --host=127.0.0.1 --user=root --password=«!pw20:p» wandb_local | gzip > /srv/backup/wandb_$(date +\\%F).sql.gz
""")
P("migration_sql_file_create_user_identified_by", SRC_MYSQLGRANT, """
-- 0001_wandb_users.sql
CREATE DATABASE IF NOT EXISTS wandb_local CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'wandb_local'@'%' IDENTIFIED BY '«!pw20:p»';
GRANT ALL PRIVILEGES ON wandb_local.* TO 'wandb_local'@'%';
FLUSH PRIVILEGES;
""")
P("python_debug_log_pymysql_connect_kwargs_repr", SRC_PYTB, """
«TL» DEBUG [migrate] connecting with {'host': 'wandb-mysql', 'port': 3306, 'user': 'wandb_local', 'password': '«!pw20:p»', 'database': 'wandb_local', 'charset': 'utf8mb4'}
«TL» INFO  [migrate] applied «dig2:n» migrations
""")
P("weave_client_traceback_headers_dict_basic_auth", SRC_WEAVE, """
  File "/usr/local/lib/python3.11/site-packages/weave/trace_server_bindings/remote_http_trace_server.py", line «dig3:l», in _generic_request
    r = requests.post(url, data=req.model_dump_json(), auth=self._auth, headers=self._extra_headers)
httpx.HTTPStatusError: 401 Unauthorized for https://wandb.example.com/traces/call/start headers={'Authorization': 'Basic «!hex40:k|basic:api»', 'Content-Type': 'application/json'}
""")
P("helm_registry_login_password_flag_zsh_history", SRC_HELMVAL, """
: 17«dig8:t»:0;helm registry login registry.example.com --username wandb --password «!an32:p»
: 17«dig8:t»:4;helm pull oci://registry.example.com/charts/operator-wandb --version 0.«dig2:v».«dig1:w»
""")
P("azure_ad_client_secret_tilde_form_in_tfvars", SRC_TFAZ, """
oidc_issuer    = "https://login.microsoftonline.com/«uuid:t»/v2.0"
oidc_client_id = "«uuid:c»"
oidc_secret    = "«an3:a»8Q~«!b64u34:s»"
""")
P("wandb_console_password_secret_jsonpath_b64_output", SRC_OPCHART, """
$ kubectl get secret wandb-password -n wandb -o jsonpath='{.data.password}'
«!pw16:p|b64»
$ kubectl port-forward -n wandb svc/wandb-console 8082:8082
Forwarding from 127.0.0.1:8082 -> 8082
""")
P("minio_bucket_url_keys_in_helm_set_string_pct", SRC_OPCHART, """
$ helm upgrade wandb wandb/operator-wandb --reuse-values --set-string global.bucket.name='s3://wandb:«!pw24:s|pct»@minio.minio.svc:9000/wandb?tls=false'
Release "wandb" has been upgraded. Happy Helming!
""")
P("ingress_nginx_json_log_http_authorization_bearer_field", SRC_INGRESS, """
{"time": "«T»", "remote_addr": "10.«dig2:a».«dig1:b».«dig2:c»", "request": "POST /api/v1/launch/agent HTTP/2.0", "status": 200, "upstream": "wandb-wandb-app-8080", "http_authorization": "Bearer «!b64u43:t»", "request_id": "«hex32:r»"}
""")

N("xtrabackup_recognized_client_args_password_star", SRC_XTRA, """
«T» 0 [Note] [MY-011825] [Xtrabackup] recognized server arguments: --datadir=/var/lib/mysql --innodb_buffer_pool_size=«dig3:b»M
«T» 0 [Note] [MY-011825] [Xtrabackup] recognized client arguments: --user=root --password=* --backup=1 --target-dir=/backup/«ymd:d»
""")
N("aws_configure_list_wandb_profile_masked_last4", SRC_AWSSM, """
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile             wandb-«lc4:p»           manual    --profile
access_key     ****************«uc4:a» shared-credentials-file
secret_key     ****************«an4:s» shared-credentials-file
    region                us-east-1      config-file    ~/.aws/config
""")
N("docker_login_password_stdin_and_store_warning", SRC_DOCKERLOGIN, """
$ aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin «dig12:a».dkr.ecr.us-east-1.amazonaws.com
WARNING! Your password will be stored unencrypted in /root/.docker/config.json.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credential-stores
Login Succeeded
""")
N("docker_config_json_creds_store_helper_no_auth", SRC_DOCKERLOGIN, """
{
  "credHelpers": {"«dig12:a».dkr.ecr.us-east-1.amazonaws.com": "ecr-login"},
  "credsStore": "desktop",
  "auths": {"registry.example.com": {}}
}
""")
N("kubeconfig_exec_plugin_aws_eks_get_token", SRC_KUBECONFIG, """
users:
- name: arn:aws:eks:us-east-1:«dig12:a»:cluster/wandb-«lc4:s»
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, wandb-«lc4:s», --output, json]
""")
N("vault_kv_get_metadata_section_only", SRC_VAULT, """
======= Secret Path =======
secret/data/wandb/mysql-«lc4:s»
======= Metadata =======
Key                Value
---                -----
created_time       «T»
custom_metadata    <nil>
deletion_time      n/a
destroyed          false
version            «dig1:v»
""")
N("aws_secretsmanager_describe_secret_versions", SRC_AWSSM, """
{
    "ARN": "arn:aws:secretsmanager:us-east-1:«dig12:a»:secret:wandb-mysql-«an6:x»",
    "Name": "wandb-mysql",
    "RotationEnabled": false,
    "VersionIdsToStages": {"«uuid:v»": ["AWSCURRENT"], "«uuid:w»": ["AWSPREVIOUS"]}
}
""")
N("terraform_output_sensitive_marker", SRC_TFOUT, """
$ terraform output
database_password = <sensitive>
url = "https://wandb-«lc4:s».example.com"
bucket_name = "«lc10:b»-wandb"
""")
N("nginx_conf_pass_through_authorization_and_key_path", SRC_NGINX, """
server {
    listen 443 ssl;
    ssl_certificate     /etc/nginx/ssl/wandb-«lc4:s».crt;
    ssl_certificate_key /etc/nginx/ssl/wandb-«lc4:s».key;
    location / { proxy_pass http://wandb-app:8080; proxy_set_header Authorization $http_authorization; }
}
""")
N("oidc_discovery_document_endpoints", SRC_OIDC, """
{"issuer":"https://login.example.com/oauth2/«an20:i»","authorization_endpoint":"https://login.example.com/oauth2/«an20:i»/v1/authorize","token_endpoint":"https://login.example.com/oauth2/«an20:i»/v1/token","jwks_uri":"https://login.example.com/oauth2/«an20:i»/v1/keys","code_challenge_methods_supported":["S256"]}
""")
N("jwks_public_key_set_rsa_modulus", SRC_JWKS, """
{"keys":[{"kty":"RSA","alg":"RS256","kid":"«b64u43:k»","use":"sig","e":"AQAB","n":"«b64u342:n»"}]}
""")
N("ssh_authorized_keys_public_ed25519", SRC_DOCKER, """
# /home/«lc6:u»/.ssh/authorized_keys
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43:k» «lc6:u»@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ«b64s120:r» ansible@bastion
""")
N("configmap_ca_crt_public_certificate_block", SRC_K8SAPI, """
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    MIIDdzCCAl+gAwIBAgIU«b64s44:a»
    «b64s64:b»
    «b64s64:c»
    -----END CERTIFICATE-----
""")
N("wandb_api_keys_table_masked_in_admin_export", SRC_GQL, """
NAME                 CREATED                 LAST USED
local-****«hex4:a»       «TS»   «TS»
local-****«hex4:b»       «TS»   never
""")
N("graphql_ids_base64_typed_in_gorilla_log", SRC_GQL, """
{"level":"info","ts":"«T»","msg":"api key created","userId":"VXNlcjo«dig6:u»","apiKeyId":"QXBpS2V5Oj«dig6:k»","description":"launch agent"}
""")
N("redis_info_server_run_id_hex40", SRC_REDIS, """
# Server
redis_version:7.2.«dig1:v»
redis_git_sha1:00000000
redis_build_id:«hex16:b»
run_id:«hex40:r»
tcp_port:6379
uptime_in_seconds:«dig6:u»
""")
N("mysql_select_server_uuid_and_gtid_executed", SRC_MYSQLVAR, """
mysql> SELECT @@server_uuid, @@gtid_executed\\G
*************************** 1. row ***************************
  @@server_uuid: «uuid:s»
@@gtid_executed: «uuid:s»:1-«dig7:n»
""")
N("clickhouse_system_users_auth_type_listing", SRC_CH, """
┌─name────┬─storage─────────┬─auth_type───────┬─host_ip──┐
│ default │ users_xml       │ no_password     │ ['::1']  │
│ weave   │ local_directory │ sha256_password │ ['::/0'] │
└─────────┴─────────────────┴─────────────────┴──────────┘
«dig1:n» rows in set. Elapsed: 0.00«dig1:e» sec.
""")
N("strimzi_kafkauser_cr_scram_without_password", SRC_KAFKA, """
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata:
  name: wandb-user
  labels: {strimzi.io/cluster: wandb-kafka-«lc4:s»}
spec:
  authentication:
    type: scram-sha-512
""")
N("wandb_local_version_endpoint_commit_sha", SRC_DOCKER, """
$ curl -s https://wandb.example.com/api/version
{"version":"0.«dig2:v».«dig1:w»","commit":"«hex40:c»","buildDate":"«T»"}
""")
N("pip_requirements_hashes_wandb_pinned", SRC_SDKENV, """
wandb==0.1«dig1:v».«dig1:w» \\
    --hash=sha256:«hex64:a» \\
    --hash=sha256:«hex64:b»
""")
N("slack_webhook_placeholder_in_values", SRC_SLACK, """
global:
  slack:
    clientId: "«dig12:c».«dig13:d»"
    secret: "<slack-app-secret>"
    webhookUrl: "https://hooks.slack.com/services/<team>/<channel>/<token>"
""")
N("s3_list_objects_v2_xml_keys_etags", SRC_S3ERR, """
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>«lc10:b»</Name><KeyCount>2</KeyCount>
<Contents><Key>wandb/«lc8:e»/«lc8:r»/files/config.yaml</Key><ETag>&quot;«hex32:e»&quot;</ETag><Size>«dig4:s»</Size></Contents>
<Contents><Key>wandb/«lc8:e»/«lc8:r»/files/wandb-summary.json</Key><ETag>&quot;«hex32:f»-«dig1:p»&quot;</ETag><Size>«dig5:t»</Size></Contents>
<IsTruncated>false</IsTruncated></ListBucketResult>
""")
SRC_MYSQLEXP = "https://github.com/prometheus/mysqld_exporter#running"
SRC_REDISEXP = "https://github.com/oliver006/redis_exporter#command-line-flags"
SRC_OTELMYSQL = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/receiver/mysqlreceiver"
SRC_DD = "https://docs.datadoghq.com/containers/docker/?tab=standard"
SRC_GSHMAC = "https://cloud.google.com/storage/docs/gsutil/commands/hmac"
SRC_MINIOAUDIT = "https://min.io/docs/minio/linux/operations/monitoring/minio-logging.html#minio-audit-logging"
SRC_TFSTATE = "https://developer.hashicorp.com/terraform/language/state/sensitive-data"
SRC_PIP = "https://pip.pypa.io/en/stable/topics/configuration/"
SRC_BOTO = "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html"
SRC_SHOWCU = "https://dev.mysql.com/doc/refman/8.0/en/show-create-user.html"
SRC_BINLOG = "https://dev.mysql.com/doc/refman/8.0/en/mysqlbinlog.html"
SRC_CHCLUSTER = "https://clickhouse.com/docs/en/engines/table-engines/special/distributed"

P("mysqld_exporter_pod_env_data_source_name_json", SRC_MYSQLEXP, """
          "env": [
            {"name": "DATA_SOURCE_NAME", "value": "exporter:«!pw20:p»@(wandb-mysql:3306)/"}
          ],
          "image": "prom/mysqld-exporter:v0.1«dig1:v».0",
""")
P("redis_exporter_container_args_redis_password_flag", SRC_REDISEXP, """
      - name: metrics
        image: oliver006/redis_exporter:v1.«dig2:v».0
        args: ["--redis.addr=redis://localhost:6379", "--redis.password=«!pw24:p»", "--include-system-metrics"]
""")
P("otel_collector_mysql_receiver_password_literal", SRC_OTELMYSQL, """
receivers:
  mysql:
    endpoint: wandb-mysql:3306
    username: otel
    password: «!pw20:p»
    collection_interval: 30s
""")
P("docker_inspect_datadog_agent_env_dd_api_key", SRC_DD, """
            "Env": [
                "DD_SITE=datadoghq.com",
                "DD_API_KEY=«!hex32:k»",
                "DD_LOGS_ENABLED=true",
                "DD_CONTAINER_EXCLUDE=name:wandb-local-«lc4:s»"
            ],
""")
P("gsutil_hmac_create_for_wandb_sa_access_id_and_secret", SRC_GSHMAC, """
$ gsutil hmac create wandb-sa@«lc8:p»-«dig6:d».iam.gserviceaccount.com
Access ID:   GOOG1E«uc55:a»
Secret:      «!b64s40:s»
""")
P("minio_audit_log_request_header_authorization_sigv4", SRC_MINIOAUDIT, """
{"version":"1","deploymentid":"«uuid:d»","time":"«T»","event":"","trigger":"incoming","api":{"name":"PutObject","bucket":"wandb","object":"«lc8:e»/«lc8:r»/output.log","status":"OK","statusCode":200},"requestHeader":{"Authorization":"AWS4-HMAC-SHA256 Credential=wandb/«ymd:d»/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=«!hex64:s»","X-Amz-Content-Sha256":"UNSIGNED-PAYLOAD"},"requestID":"«uhex16:r»"}
""")
P("tfstate_rds_cluster_attributes_master_password", SRC_TFSTATE, """
          "attributes": {
            "cluster_identifier": "wandb-«lc4:s»",
            "engine": "aurora-mysql",
            "master_password": "«!pw24:p»",
            "master_username": "wandb",
            "port": 3306,
""")
P("windows_dotenv_crlf_wandb_api_key_and_base_url", SRC_SDKENV, """
WANDB_BASE_URL=https://wandb.example.com⏎
WANDB_API_KEY=local-«!hex40:k»⏎
WANDB_ENTITY=«lc8:e»⏎
""")
P("pip_conf_index_url_token_userinfo", SRC_PIP, """
[global]
index-url = https://__token__:«!an40:t»@pypi.example.com/simple
extra-index-url = https://pypi.org/simple
timeout = 60
""")
P("python_traceback_boto3_client_source_line_secret_kwarg", SRC_BOTO, """
Traceback (most recent call last):
  File "/opt/scripts/check_bucket.py", line «dig2:l», in <module>
    s3 = boto3.client("s3", aws_access_key_id="AKIA«uc16:a»", aws_secret_access_key="«!b64s40:s»", region_name="us-east-1")
botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://s3.us-east-1.amazonaws.com/«lc10:b»"
""")
P("curl_v_request_cookie_wandb_session_value", SRC_CURL, """
> GET /api/v1/viewer HTTP/1.1
> Host: wandb.example.com
> User-Agent: curl/8.«dig1:v».0
> Cookie: wandb_session=«!b64u64:c»; ajs_anonymous_id=«uuid:a»
< HTTP/1.1 200 OK
""")
P("gorilla_set_cookie_response_header_session_jwt", SRC_CURL, """
< HTTP/2 302
< location: https://wandb.example.com/home
< set-cookie: wandb_session=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u96:p».«!b64u43:s»; Path=/; HttpOnly; Secure; SameSite=Lax
< x-request-id: «hex32:r»
""")
P("mysql_show_create_user_native_hash_as_clause", SRC_SHOWCU, """
mysql> SHOW CREATE USER 'wandb_local'@'%'\\G
*************************** 1. row ***************************
CREATE USER for wandb_local@%: CREATE USER `wandb_local`@`%` IDENTIFIED WITH 'mysql_native_password' AS '*«!uhex40:h»' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK
""")
P("mysqlbinlog_output_alter_user_rewritten_native_hash", SRC_BINLOG, """
# at «dig6:a»
#25«@01|03|06|09|11»«dd:d» «hh:h»:«mm:m»:«mm:s» server id 1  end_log_pos «dig6:e» CRC32 0x«hex8:c» 	Query	thread_id=«dig3:t»	exec_time=0	error_code=0	Xid = «dig5:x»
SET TIMESTAMP=«dig10:ts»/*!*/;
ALTER USER 'wandb_local'@'%' IDENTIFIED WITH 'mysql_native_password' AS '*«!uhex40:h»'
/*!*/;
""".replace("\t","⇥"))
P("clickhouse_remote_servers_replica_password_xml", SRC_CHCLUSTER, """
<remote_servers>
    <weave_cluster>
        <shard>
            <replica><host>clickhouse-0.clickhouse-headless</host><port>9000</port><user>weave</user><password>«!pw22:p»</password></replica>
        </shard>
    </weave_cluster>
</remote_servers>
""")
P("shell_history_kubectl_create_secret_from_literal_mysql", SRC_K8SSEC, """
 «dig3:a»  kubectl create namespace wandb
 «dig3:b»  kubectl -n wandb create secret generic wandb-mysql --from-literal=MYSQL_USER=wandb --from-literal=MYSQL_PASSWORD='«!pw20:p»'
 «dig3:c»  kubectl -n wandb get secret wandb-mysql -o yaml | head
""")
P("gorilla_logfmt_customer_secret_store_aws_keys_in_url", SRC_ENV, """
time="«T»" level=info msg="secret store initialized" GORILLA_CUSTOMER_SECRET_STORE_SOURCE="aws-secretmanager://wandb-team-secrets?region=us-east-1&access_key_id=AKIA«uc16:a»&secret_access_key=«!b64u40:s»"
""")

N("mysqld_exporter_args_config_my_cnf_path", SRC_MYSQLEXP, """
      - name: mysqld-exporter
        image: prom/mysqld-exporter:v0.1«dig1:v».0
        args: ["--config.my-cnf=/etc/mysqld-exporter/.my.cnf", "--collect.info_schema.processlist"]
        volumeMounts: [{name: exporter-cnf, mountPath: /etc/mysqld-exporter}]
""")
N("redis_exporter_env_password_file_ref", SRC_REDISEXP, """
        env:
        - name: REDIS_ADDR
          value: redis://wandb-redis-master-«dig1:n»:6379
        - name: REDIS_PASSWORD_FILE
          value: /secrets/redis-password.json
""")
N("datadog_agent_env_api_key_placeholder", SRC_DD, """
docker run -d --name dd-agent -e DD_API_KEY=<DATADOG_API_KEY> -e DD_SITE=datadoghq.eu -e DD_LOGS_ENABLED=true -v /var/run/docker.sock:/var/run/docker.sock:ro gcr.io/datadoghq/agent:7.«dig2:v».0
""")
N("gsutil_hmac_list_access_ids_states", SRC_GSHMAC, """
$ gsutil hmac list -p «lc8:p»-«dig6:d»
GOOG1E«uc55:a»      ACTIVE    wandb-sa@«lc8:p»-«dig6:d».iam.gserviceaccount.com
GOOG1E«uc55:b»      INACTIVE  wandb-sa@«lc8:p»-«dig6:d».iam.gserviceaccount.com
""")
N("minio_audit_log_ids_and_etag_response", SRC_MINIOAUDIT, """
{"version":"1","deploymentid":"«uuid:d»","time":"«T»","api":{"name":"GetObject","bucket":"wandb","object":"«lc8:e»/«lc8:r»/config.yaml","status":"OK","statusCode":200,"timeToResponse":"«dig6:t»ns"},"responseHeader":{"ETag":"\\"«hex32:e»\\"","X-Amz-Request-Id":"«uhex16:r»"},"requestID":"«uhex16:r»","userAgent":"aws-sdk-go/1.4«dig1:v».«dig2:w»"}
""")
N("tfstate_rds_cluster_manage_master_password_secret_arn", SRC_TFSTATE, """
          "attributes": {
            "cluster_identifier": "wandb-«lc4:s»",
            "manage_master_user_password": true,
            "master_password": null,
            "master_user_secret": [{"kms_key_id": "arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»", "secret_arn": "arn:aws:secretsmanager:us-east-1:«dig12:a»:secret:rds!cluster-«uuid:c»-«an6:x»", "secret_status": "active"}],
""")
N("pip_conf_index_url_without_credentials", SRC_PIP, """
[global]
index-url = https://pypi.example.com/simple
trusted-host = pypi-«lc4:s».example.com
keyring-provider = subprocess
""")
N("curl_v_response_set_cookie_cleared_session", SRC_CURL, """
< HTTP/2 302
< location: https://wandb.example.com/login?redirect=%2F«lc8:e»
< set-cookie: wandb_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly
< x-request-id: «hex32:r»
""")
N("mysql_show_create_user_auth_socket_no_hash", SRC_SHOWCU, """
CREATE USER for backup@localhost: CREATE USER `backup«dig1:n»`@`localhost` IDENTIFIED WITH 'auth_socket' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT
""")
N("wandb_operator_cr_status_conditions", SRC_OPCR, """
status:
  conditions:
  - lastTransitionTime: "«T»"
    message: Release wandb installed, chart operator-wandb-0.«dig2:v».«dig1:w»
    reason: InstallSucceeded
    status: "True"
    type: Ready
  observedGeneration: «dig1:g»
""")
N("helm_list_releases_table", SRC_HELMVAL, """
NAME            NAMESPACE   REVISION   UPDATED                                   STATUS     CHART                      APP VERSION
wandb           default     «dig2:r»         «TS» +0000 UTC   deployed   operator-wandb-0.«dig2:v».«dig1:w»     0.«dig2:a».0
wandb-operator  wandb-cr    «dig1:s»          «TS» +0000 UTC   deployed   operator-1.«dig1:o».«dig1:p»           1.«dig1:o».«dig1:p»
""")
N("otel_collector_mysql_receiver_env_expansion", SRC_OTELMYSQL, """
receivers:
  mysql:
    endpoint: wandb-mysql:3306
    username: otel
    password: ${env:MYSQL_OTEL_PASSWORD}
    collection_interval: «dig2:i»s
""")
N("wandb_run_config_yaml_token_and_key_named_hparams", SRC_SDKENV, """
_wandb:
  value: {cli_version: 0.1«dig1:v».«dig1:w», python_version: 3.11.«dig1:p»}
max_tokens:
  value: «dig4:m»
key_dim:
  value: «dig3:k»
secret_sauce_ratio:
  value: 0.«dig3:r»
tokenizer_sha:
  value: «hex40:t»
""")
N("k8s_events_normal_scheduling_and_pulls", SRC_K8SEVT, """
«dig2:a»s   Normal   Scheduled   pod/wandb-app-«lc10:h»-«lc5:s»   Successfully assigned default/wandb-app-«lc10:h»-«lc5:s» to ip-10-«dig1:x»-«dig2:y»-«dig2:z».ec2.internal
«dig2:b»s   Normal   Pulled      pod/wandb-app-«lc10:h»-«lc5:s»   Container image "wandb/local:0.«dig2:v».0" already present on machine
«dig2:c»s   Normal   Created     pod/wandb-app-«lc10:h»-«lc5:s»   Created container wandb-app
""")
N("gorilla_logfmt_session_settings_sound_secret", SRC_ENV, """
time="«T»" level=info msg="auth settings" session_length=720h token_expiry=«dig4:t»s api_key_length=40 password_login_enabled=«@true|false» secret_store=k8s
""")
N("gorilla_logfmt_secret_store_source_iam_no_keys", SRC_ENV, """
time="«T»" level=info msg="secret store initialized" GORILLA_CUSTOMER_SECRET_STORE_SOURCE="aws-secretmanager://wandb-team-secrets-«lc4:s»?region=us-east-1" auth=irsa
""")
N("mysql_replication_status_no_password_shown", SRC_MYSQLREPLTBL, """
             Source_Host: «lc8:h».internal
             Source_User: repl
             Source_Port: 3306
           Source_UUID: «uuid:s»
      Retrieved_Gtid_Set: «uuid:s»:1-«dig6:n»
Get_Source_public_key: 1
""")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    pos_out = []
    for name, _, _, tpl in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = render(tpl)
                if ok_positive(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    neg_out = []
    neg_seen = set()
    for name, _, _, tpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, secrets = render(tpl)
                key = "\n".join(lines)
                if not secrets and key not in neg_seen and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw " + name)
            neg_seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
