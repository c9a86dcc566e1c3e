#!/usr/bin/env python3
"""holdout61: sealed held-out set for the wbdiag secret redactor.

Focus: a representative mix of W&B Server support-bundle content in new framings.
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

SEED = 6161_1206
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
    if name == "sp":  # password with spaces and @ # % (at least one space and one of @#%)
        mid = [rng.choice(AN + " @#%-_.!") for _ in range(n - 2)]
        i, j = rng.sample(range(n - 2), 2)
        mid[i] = " "
        mid[j] = rng.choice("@#%")
        return rng.choice(AN) + "".join(mid) + rng.choice(AN)
    if name == "qx":  # password with quotes, backslashes, $ and spaces (at least two of them)
        mid = [rng.choice(AN + AN + "@#%$\"\\' -_") for _ in range(n - 2)]
        i, j = rng.sample(range(n - 2), 2)
        mid[i] = rng.choice("\"'")
        mid[j] = rng.choice("\\ $")
        return rng.choice(AN) + "".join(mid) + rng.choice(AN)
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
        elif tname == "sqlq":  # inside a single-quoted SQL / shell-$'' string
            out = v.replace("\\", "\\\\").replace("'", "\\'")
            listed = out
        elif tname == "yq":  # inside a single-quoted YAML scalar
            out = v.replace("'", "''")
            listed = out
        elif tname == "json3":
            out = json.dumps(json.dumps(json.dumps(v)[1:-1])[1:-1])[1:-1]
            listed = out
        elif tname == "json2":
            out = json.dumps(json.dumps(v)[1:-1])[1:-1]
            listed = out
        elif tname == "b64full":
            out = base64.b64encode((arg + v).encode()).decode()
            listed = base64.b64encode(v.encode()).decode().rstrip("=") if not arg else out.rstrip("=")
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


CONSTS = {}   # «NAME» constants substituted when a shape is declared


def _consts(tpl):
    for k, v in CONSTS.items():
        tpl = tpl.replace("«" + k + "»", v)
    return tpl


def P(name, src, tpl, new=False):
    POS.append((name, src, new, _consts(tpl.strip("\n"))))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, _consts(tpl.strip("\n"))))


# ---------------------------------------------------------------- sources
WB_ENV = "https://docs.wandb.ai/guides/hosting/env-vars/"
WB_OP = "https://docs.wandb.ai/guides/hosting/operator/"
WB_SSO = "https://docs.wandb.ai/guides/hosting/iam/sso/"
WB_BYOB = "https://docs.wandb.ai/guides/hosting/data-security/secure-storage-connector/"
WB_SMTP = "https://docs.wandb.ai/guides/hosting/smtp/"
WB_SLACK = "https://docs.wandb.ai/guides/hosting/monitoring-usage/slack-alerts/"
WB_DOCKER = "https://docs.wandb.ai/guides/hosting/self-managed/bare-metal/"
WB_HELM = "https://github.com/wandb/helm-charts"
WB_TF = "https://registry.terraform.io/modules/wandb/wandb/aws/latest"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S_ENV = "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/"
K8S_KUBECTL = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/"
HELM_GET = "https://helm.sh/docs/helm/helm_get_values/"
HELM_MANIFEST = "https://helm.sh/docs/helm/helm_get_manifest/"
DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
DOCKER_COMPOSE = "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/"
DOCKER_ENVFILE = "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/"
DOCKER_DAEMON = "https://docs.docker.com/reference/cli/dockerd/#daemon-configuration-file"
DOCKER_INFO = "https://docs.docker.com/reference/cli/docker/system/info/"
DOCKER_LOGIN = "https://docs.docker.com/reference/cli/docker/login/"
MYSQL_CLIENT = "https://dev.mysql.com/doc/refman/8.0/en/mysql.html"
MYSQL_GRANTS = "https://dev.mysql.com/doc/refman/8.0/en/show-grants.html"
MYSQL_VARS = "https://dev.mysql.com/doc/refman/8.0/en/show-variables.html"
MYSQL_CHANGE = "https://dev.mysql.com/doc/refman/8.0/en/change-replication-source-to.html"
MYSQL_LOG = "https://dev.mysql.com/doc/refman/8.0/en/query-log.html"
MYSQL_DOCKER = "https://hub.docker.com/_/mysql"
GO_MYSQL = "https://github.com/go-sql-driver/mysql#dsn-data-source-name"
REDIS_CONF = "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/"
REDIS_ACL = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"
REDIS_CLI = "https://redis.io/docs/latest/develop/tools/cli/"
GO_REDIS = "https://pkg.go.dev/github.com/redis/go-redis/v9#Options"
MINIO_ENV = "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html"
MINIO_MC = "https://min.io/docs/minio/linux/reference/minio-mc/mc-admin-user-svcacct-add.html"
NGINX_LOG = "https://nginx.org/en/docs/http/ngx_http_log_module.html"
INGRESS_NGINX = "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/"
CERT_MANAGER = "https://cert-manager.io/docs/configuration/acme/dns01/route53/"
ESO = "https://external-secrets.io/latest/provider/aws-secrets-manager/"
ALB_LOG = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html"
GCLB_LOG = "https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring"
AZ_AGW = "https://learn.microsoft.com/en-us/azure/application-gateway/monitor-application-gateway-reference"
CURL_V = "https://curl.se/docs/manpage.html#-v"
OPENSSL_SC = "https://docs.openssl.org/3.0/man1/openssl-s_client/"
TF_OUTPUT = "https://developer.hashicorp.com/terraform/cli/commands/output"
TF_VARS = "https://developer.hashicorp.com/terraform/language/values/variables"
TF_STATE = "https://developer.hashicorp.com/terraform/language/state"
OIDC_SPEC = "https://openid.net/specs/openid-connect-core-1_0.html#TokenRequest"
OKTA_CLIENT = "https://developer.okta.com/docs/guides/implement-grant-type/clientcreds/main/"
AZ_ENTRA = "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app"
SLACK_TOKENS = "https://api.slack.com/authentication/token-types"
SMTP_AUTH = "https://www.rfc-editor.org/rfc/rfc4954"
AWS_SES = "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html"
AWS_CREDS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
GCS_HMAC = "https://cloud.google.com/storage/docs/authentication/hmackeys"
AZ_CONN = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
PY_REPR = "https://docs.python.org/3/library/functions.html#repr"
GO_FMT = "https://pkg.go.dev/fmt"
LOGFMT = "https://brandur.org/logfmt"
ZAP = "https://pkg.go.dev/go.uber.org/zap"
CH_CONF = "https://clickhouse.com/docs/en/operations/settings/settings-users"
WEAVE = "https://weave-docs.wandb.ai/guides/platform/weave-self-managed"
CTRL_RT = "https://pkg.go.dev/sigs.k8s.io/controller-runtime/pkg/log/zap"
KUBELET = "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/"
PROM = "https://prometheus.io/docs/prometheus/latest/configuration/configuration/"
OTEL = "https://opentelemetry.io/docs/collector/configuration/"
SUPERVISOR = "http://supervisord.org/configuration.html"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="
VAULT_AGENT = "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template"
ARGOCD = "https://argo-cd.readthedocs.io/en/stable/user-guide/helm/"
KUSTOMIZE = "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/"
JWT = "https://www.rfc-editor.org/rfc/rfc7519"
WB_API = "https://docs.wandb.ai/ref/python/public-api/api/"
WB_SCIM = "https://docs.wandb.ai/guides/hosting/iam/scim/"

JWT_H = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
JWT_HS = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
CONSTS.update(JWT_H=JWT_H, JWT_HS=JWT_HS)

# ======================================================== POSITIVES
# ---- gorilla / app logs
P("gorilla_json_msg_escaped_mysql_dsn_in_settings_dump", WB_ENV, r'''
{"level":"info","time":"«T»","caller":"config/load.go:«dig3:l»","msg":"effective settings: {\"host\":\"https://wandb.example.com\",\"mysql\":\"mysql://wandb:«!pw18:p|json»@mysql.wandb.svc:3306/wandb_local\",\"bucket\":\"s3://wandb-«lc8:b»\"}"}
{"level":"info","time":"«T»","caller":"server/http.go:«dig2:m»","msg":"listening","addr":":8080"}''')
P("gorilla_json_msg_doubly_escaped_redis_password_inside_fluentd_record", WB_ENV, r'''
{"log":"{\"level\":\"debug\",\"msg\":\"redis options: {\\\"addr\\\":\\\"redis-master:6379\\\",\\\"password\\\":\\\"«!qx18:r|json3»\\\",\\\"db\\\":0}\",\"time\":\"«T»\"}\n","stream":"stderr","time":"«T»"}''')
P("gorilla_logfmt_quoted_license_field_with_metadata_siblings", WB_ENV, r'''
time="«T»" level=info msg="license loaded" seats=«dig2:s» expires="2026-0«@1|3|5»-«dd»" license="«JWT_H»"
time="«T»" level=warning msg="license check" raw="«!b64u140:lp».«!b64u86:ls»" deploymentId=«uuid:d»''')
P("gorilla_logfmt_oidc_secret_with_spaces_quoted", WB_SSO, r'''
time="«T»" level=debug component=auth msg="oidc provider configured" issuer="https://login.example.com/realms/ml" client_id=wandb-«lc6:c» client_secret="«!sp20:s»" auth_method=pkce''')
P("gorilla_go_plus_v_struct_bucket_config_secret_key", GO_FMT, r'''
«TG» [bucket] using config {Provider:s3 Name:wandb-«lc10:b» Region:us-east-«@1|2» AccessKeyID:AKIA«uc16:a» SecretAccessKey:«!b64s40:s» KMSKeyARN: PathPrefix:files}
«TG» [bucket] head bucket ok in «dig2:ms»ms''')
P("gorilla_go_hash_v_redis_options_struct", GO_FMT, r'''
«TG» cache: dialing &redis.Options{Network:"tcp", Addr:"«@redis-master|wandb-redis|redis.cache.svc»:6379", ClientName:"gorilla", Username:"default", Password:"«!pw24:r»", DB:0, MaxRetries:3, PoolSize:«dig2:n»}''')
P("gorilla_zap_console_error_mysql_dsn_tcp_form", GO_MYSQL, r'''
«T»⇥ERROR⇥db/conn.go:«dig3:l»⇥failed to ping database⇥{"dsn": "wandb:«!pw20:p»@tcp(«@mysql|10.20.3.17|wandb-db.c7x.us-east-1.rds.amazonaws.com»:3306)/wandb_local?parseTime=true&charset=utf8mb4", "error": "dial tcp: i/o timeout"}''')
P("gorilla_json_slack_signing_secret_and_client_secret", WB_SLACK, r'''
{"severity":"INFO","ts":"«T»","msg":"slack integration","client_id":"«dig12:c».«dig13:d»","client_secret":"«!hex32:s»","signing_secret":"«!hex32:g»"}''')
P("gorilla_json_smtp_url_percent_encoded_password", WB_SMTP, r'''
{"level":"info","time":"«T»","msg":"mail transport ready","smtp":"smtp://wandb-alerts%40example.com:«!sp18:p|pct»@smtp.example.com:587"}''')
P("gorilla_stack_trace_panic_with_license_arg", GO_FMT, r'''
panic: license: signature mismatch for "«JWT_H».«!b64u120:a».«!b64u86:b»"

goroutine 1 [running]:
github.com/wandb/core/services/gorilla/license.MustParse(...)
⇥/src/services/gorilla/license/parse.go:«dig2:l» +0x1f4''')
P("gorilla_access_log_query_api_key_param", WB_API, r'''
«T» 10.«dig2:a».«dig1:b».«dig2:c» "GET /api/v1/files?entity=«lc8:e»&project=«lc10:p»&api_key=«!hex40:k» HTTP/1.1" 200 «dig4:s» «dig2:ms»ms''')
P("gorilla_json_graphql_variables_create_api_key_response", WB_API, r'''
{"level":"info","time":"«T»","op":"generateApiKey","response":"{\"data\":{\"generateApiKey\":{\"apiKey\":{\"id\":\"QXBpS2V5OjE«an8:i»\",\"name\":\"«@ci|sweep|prod»\",\"key\":\"«!hex40:k»\"}}}}"}''')
P("gorilla_logrus_text_scim_bearer_header_dump", WB_SCIM, r'''
time="«T»" level=debug msg="scim request" method=POST path=/scim/Users header="map[Authorization:[Bearer «!b64u40:t»] Content-Type:[application/scim+json]]"''')
P("gorilla_json_session_cookie_in_request_headers_map", WB_ENV, r'''
{"level":"debug","ts":"«T»","msg":"request","method":"GET","path":"/graphql","headers":{"Cookie":["wandb_session=«!b64u48:c»; _ga=GA1.1.«dig9:g».«dig10:h»"],"User-Agent":["Mozilla/5.0"]}}''')
P("gorilla_python_repr_settings_from_local_restore", WB_ENV, r'''
«TL» INFO local restore enabled, temporary admin credentials
«TL» INFO {'username': 'admin', 'password': '«!pw16:p»', 'expires_in': 3600}''')
P("gorilla_json_gcs_hmac_secret_in_bucket_url", WB_BYOB, r'''
{"level":"info","time":"«T»","msg":"bucket configured","bucket":"gs://GOOG1E«uc40:a»:«!b64s40:s|pct»@wandb-«lc8:b»"}''')
P("gorilla_json_azure_bucket_url_with_account_key", WB_BYOB, r'''
{"level":"info","time":"«T»","msg":"bucket driver=azure","url":"az://wandbstore«lc6:a»:«!b64s86:k|pct»@wandb-files"}''')
P("gorilla_logfmt_unquoted_redis_uri_with_tls_param", WB_ENV, r'''
ts=«T» level=info caller=cache.go:«dig2:l» msg="cache configured" redis=redis://:«!an32:r»@wandb-redis.«lc6:x».ng.0001.use1.cache.amazonaws.com:6379?tls=true&ttlInSeconds=604800''')
P("gorilla_json_error_field_contains_access_denied_with_password", MYSQL_LOG, r'''
{"level":"error","time":"«T»","msg":"migration failed","error":"Error 1045 (28000): Access denied for user 'wandb'@'10.«dig2:a».«dig1:b».«dig2:c»' (using password: YES)","dsn":"wandb:«!pw22:p»@tcp(mysql:3306)/wandb_local"}''')
P("gorilla_multiline_yaml_config_dump_in_log", WB_ENV, r'''
«TL» DEBUG loaded /etc/wandb/config.yaml:
  host: https://wandb.example.com
  mysql:
    host: mysql
    password: "«!qx18:p|json»"
  license: «JWT_H».«!b64u130:l».«!b64u86:s»''')
# ---- frontend / nginx inside the container / weave / operator
P("local_container_nginx_access_log_wandb_api_key_in_basic_userinfo", NGINX_LOG, r'''
10.«dig2:a».«dig1:b».«dig2:c» - api [«dd»/Mar/2025:«hh»:«mm»:«mm» +0000] "POST /graphql HTTP/1.1" 200 «dig3:s» "-" "wandb/0.19.«dig1:v» python/3.11"
10.«dig2:a».«dig1:b».«dig2:c» - - [«dd»/Mar/2025:«hh»:«mm»:«mm» +0000] "GET /files/«lc8:e»?key=local-«!hex40:k» HTTP/1.1" 302 0 "-" "curl/8.5.0"''')
P("frontend_next_server_env_print_json", WB_ENV, r'''
«T» [frontend] runtime config {"HOST":"https://wandb.example.com","OIDC_CLIENT_ID":"«an20:c»","OIDC_CLIENT_SECRET":"«!b64u40:s»","SENTRY_DSN":"https://«!hex32:d»@o«dig6:o».ingest.sentry.io/«dig7:p»"}''')
P("weave_trace_server_clickhouse_password_kwargs_repr", WEAVE, r'''
«TL» INFO weave.trace_server.clickhouse_trace_server_batched: connecting clickhouse_connect.get_client(host='clickhouse', port=8123, username='weave', password='«!pw22:p»', database='weave_trace_db', secure=False)''')
P("weave_env_wf_clickhouse_vars_in_ps_environ", WEAVE, r'''
$ cat /proc/1/environ | tr '\0' '\n' | grep WF_
WF_CLICKHOUSE_HOST=clickhouse.weave.svc
WF_CLICKHOUSE_USER=weave
WF_CLICKHOUSE_PASS=«!pw20:p»
WF_CLICKHOUSE_DATABASE=weave_trace_db''')
P("weave_openai_key_in_python_traceback_locals", PY_REPR, r'''
  File "/app/weave/trace_server/llm_completion.py", line «dig3:l», in lite_llm_completion
    res = litellm.completion(**inputs, api_key=api_key)
    api_key = 'sk-proj-«!b64u48:k»'
    inputs = {'model': 'gpt-4o-mini', 'messages': [...]}
openai.AuthenticationError: Error code: 401''')
P("operator_controller_runtime_json_reconcile_diff_mysql_password", CTRL_RT, r'''
{"level":"info","ts":"«TE»","logger":"controllers.WeightsAndBiases","msg":"desired values diff","controller":"weightsandbiases","namespace":"wandb","name":"wandb","diff":"+ global.mysql.password: «!pw20:p»\n- global.mysql.password: «!pw20:o»\n"}''')
P("operator_zap_console_spec_values_license_kv", CTRL_RT, r'''
«T»⇥INFO⇥controllers.WeightsAndBiases⇥applying spec⇥{"namespace": "wandb", "spec.values.global.license": "«JWT_H».«!b64u120:l».«!b64u86:s»", "chart": "operator-wandb"}''')
P("operator_log_helm_values_flattened_set_args", HELM_GET, r'''
«TG» helm upgrade --install wandb wandb/operator-wandb --namespace wandb --set global.host=https://wandb.example.com --set global.bucket.secretKey=«!b64s40:s» --set global.bucket.accessKey=AKIA«uc16:a» --set global.redis.password=«!an24:r»''')
P("operator_event_message_secret_value_in_field_error", K8S_SECRET, r'''
LAST SEEN   TYPE      REASON          OBJECT                           MESSAGE
«dig1:a»m          Warning   ReconcileError  weightsandbiases/wandb           spec.values.global.smtp.password: Invalid value: "«!sp16:p»": must not contain spaces''')
# ---- MySQL / Redis / MinIO server logs and clients
P("mysql_general_log_log_raw_create_user_identified_by", MYSQL_LOG, r'''
/usr/sbin/mysqld, Version: 8.0.«dig2:v» (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
«T»⇥   «dig2:i» Query⇥CREATE USER 'wandb'@'%' IDENTIFIED BY '«!pw20:p»'
«T»⇥   «dig2:i» Query⇥GRANT ALL PRIVILEGES ON wandb_local.* TO 'wandb'@'%'
«T»⇥   «dig2:i» Query⇥FLUSH PRIVILEGES''')
P("mysql_general_log_alter_user_with_backslash_escaped_quote", MYSQL_LOG, r'''
«T»⇥   «dig3:i» Query⇥ALTER USER 'wandb'@'%' IDENTIFIED WITH mysql_native_password BY '«!qx18:p|sqlq»'
«T»⇥   «dig3:i» Quit⇥''')
P("mysql_change_replication_source_get_password", MYSQL_CHANGE, r'''
mysql> CHANGE REPLICATION SOURCE TO SOURCE_HOST='mysql-0.mysql', SOURCE_USER='repl', SOURCE_PASSWORD='«!pw18:p»', SOURCE_AUTO_POSITION=1;
Query OK, 0 rows affected, 2 warnings (0.«dig2:t» sec)''')
P("mysql_client_cli_p_attached_in_history_with_warning", MYSQL_CLIENT, r'''
$ mysql -h «@mysql.wandb.svc|10.20.0.15|wandb-db.internal» -u wandb -p'«!pw18:p»' wandb_local -e 'SELECT COUNT(*) FROM runs'
mysql: [Warning] Using a password on the command line interface can be insecure.
+----------+
| COUNT(*) |
+----------+
|   «dig5:c» |
+----------+''')
P("mysql_show_create_user_authentication_string_caching_sha2", MYSQL_GRANTS, r'''
mysql> SELECT user, host, plugin, authentication_string FROM mysql.user WHERE user='wandb'\G
*************************** 1. row ***************************
                 user: wandb
                 host: %
               plugin: mysql_native_password
authentication_string: *«!uhex40:h»''')
P("mysql_docker_entrypoint_log_generated_root_password", MYSQL_DOCKER, r'''
«T» 0 [Note] [Entrypoint]: Creating user wandb
«T» 0 [Note] [Entrypoint]: GENERATED ROOT PASSWORD: «!pw24:p»
«T» 0 [Note] [Entrypoint]: Stopping temporary server''')
P("mysql_processlist_table_info_update_with_secret_json", MYSQL_CLIENT, r'''
| Id  | User | Host             | db          | Command | Time | State | Info |
|  «dig2:i» | root | localhost        | NULL        | Query   |    0 | init  | UPDATE integrations SET settings = '{"signing_secret":"«!hex32:p»"}' WHERE id = «dig3:n» |''')
P("mysql_option_file_client_section_quoted_hash", MYSQL_CLIENT, r'''
# /root/.my.cnf
[client]
user=wandb
password="«!sp20:p»"
host=mysql.wandb.svc''')
P("redis_conf_requirepass_and_masterauth", REDIS_CONF, r'''
bind 0.0.0.0
port 6379
requirepass «!an32:r»
masterauth «!an32:m»
appendonly yes''')
P("redis_acl_file_user_with_plaintext_gt_password", REDIS_ACL, r'''
user default off
user gorilla on >«!pw22:p» ~* &* +@all -@dangerous
user monitor on #«hex64:h» ~* +info''')
P("redis_cli_auth_then_config_get_requirepass", REDIS_CLI, r'''
redis-master:6379> AUTH «!an28:a»
OK
redis-master:6379> CONFIG GET requirepass
1) "requirepass"
2) "«!an28:a»"''')
P("redis_monitor_output_auth_command_quoted", REDIS_CLI, r'''
«TE» [0 10.«dig2:a».«dig1:b».«dig2:c»:«dig5:p»] "AUTH" "gorilla" "«!pw20:p»"
«TE» [0 10.«dig2:a».«dig1:b».«dig2:c»:«dig5:p»] "PING"''')
P("redis_bitnami_env_in_statefulset_literal_password", K8S_ENV, r'''
        env:
        - name: REDIS_REPLICATION_MODE
          value: master
        - name: REDIS_PASSWORD
          value: «!an32:p»
        - name: REDIS_TLS_ENABLED
          value: "no"''')
P("minio_server_log_root_credentials_printed_at_startup", MINIO_ENV, r'''
API: http://10.«dig2:a».«dig1:b».«dig2:c»:9000  http://127.0.0.1:9000
RootUser: «@wandbadmin|minioadmin-wandb|wbroot»
RootPass: «!pw24:p»
Console: http://10.«dig2:a».«dig1:b».«dig2:c»:9001''')
P("minio_mc_admin_svcacct_add_output_secret", MINIO_MC, r'''
$ mc admin user svcacct add local wandb --name gorilla
Access Key: «uc20:a»
Secret Key: «!an40:s»
Expiration: no-expiry''')
P("minio_config_env_export_quoted", MINIO_ENV, r'''
# /etc/default/minio
MINIO_VOLUMES="/mnt/data"
MINIO_ROOT_USER="wandb"
MINIO_ROOT_PASSWORD="«!sp22:p»"
MINIO_SERVER_URL="https://minio.example.com"''')
P("clickhouse_users_xml_plaintext_password_weave", CH_CONF, r'''
<clickhouse>
  <users>
    <weave>
      <password>«!pw20:p»</password>
      <networks><ip>::/0</ip></networks>
    </weave>
  </users>
</clickhouse>''')
P("clickhouse_server_log_query_with_identified_by", CH_CONF, r'''
«TS» [ «dig3:t» ] {«uuid:q»} <Debug> executeQuery: (from 10.«dig2:a».«dig1:b».«dig2:c»:«dig5:p», user: default) CREATE USER weave IDENTIFIED WITH sha256_password BY '«!pw20:p»' (stage: Complete)''')
# ---- ingress / cert-manager / ESO / LB
P("ingress_nginx_access_log_basic_auth_user_and_token_query", INGRESS_NGINX, r'''
10.«dig2:a».«dig1:b».«dig2:c» - - [«dd»/Jan/2025:«hh»:«mm»:«mm» +0000] "GET /oidc/callback?code=«!b64u43:c»&state=«hex16:s» HTTP/2.0" 302 0 "https://login.example.com/" "Mozilla/5.0" «dig3:l» 0.0«dig2:r» [wandb-wandb-app-8080] [] 10.«dig2:a».«dig1:b».«dig2:c»:8080 0 0.0«dig2:r» 302 «hex32:i»''')
P("ingress_nginx_controller_auth_secret_htpasswd_decoded", INGRESS_NGINX, r'''
$ kubectl -n wandb get secret wandb-basic-auth -o jsonpath='{.data.auth}' | base64 -d
admin:$apr1$«bc8:s»$«!bc22:h»''')
P("cert_manager_route53_solver_secret_access_key_inline", CERT_MANAGER, r'''
    solvers:
    - dns01:
        route53:
          region: us-east-1
          accessKeyID: AKIA«uc16:a»
          secretAccessKey: «!b64s40:s»''')
P("cert_manager_log_acme_eab_hmac_key", CERT_MANAGER, r'''
I«dig4:d» «hh»:«mm»:«mm».«dig6:u»       1 setup.go:«dig3:l»] "registering ACME account" logger="cert-manager.controller" issuer="wandb/letsencrypt" eab.kid="«b64u22:k»" eab.hmacKey="«!b64u86:h»"''')
P("external_secrets_aws_provider_static_creds_secret_stringdata", ESO, r'''
apiVersion: v1
kind: Secret
metadata:
  name: awssm-secret
stringData:
  access-key: AKIA«uc16:a»
  secret-access-key: «!b64s40:s»''')
P("external_secrets_controller_log_synced_value_debug", ESO, r'''
{"level":"debug","ts":«TE»,"logger":"provider.aws.secretsmanager","msg":"fetched secret","key":"wandb/prod/mysql","property":"password","value":"«!pw24:p»"}''')
P("aws_alb_access_log_request_with_api_key_query", ALB_LOG, r'''
https «T» app/wandb-alb/«hex16:a» 10.«dig2:a».«dig1:b».«dig2:c»:«dig5:p» 10.«dig2:a».«dig1:b».«dig2:c»:32543 0.001 0.0«dig2:t» 0.000 200 200 «dig3:r» «dig4:s» "GET https://wandb.example.com:443/api/v1/export?api_key=«!hex40:k» HTTP/1.1" "python-requests/2.31.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:«dig12:acc»:targetgroup/wandb/«hex16:g» "Root=1-«hex8:x»-«hex24:y»"''')
P("gclb_request_log_json_request_url_with_token", GCLB_LOG, r'''
{"httpRequest":{"requestMethod":"GET","requestUrl":"https://wandb.example.com/artifacts/download?token=«!b64u64:t»","status":200,"remoteIp":"34.«dig2:a».«dig2:b».«dig2:c»"},"resource":{"type":"http_load_balancer"},"timestamp":"«T»"}''')
P("azure_app_gateway_access_log_json_requestquery_sig", AZ_AGW, r'''
{"timeStamp":"«T»","properties":{"clientIP":"10.«dig2:a».«dig1:b».«dig2:c»","httpMethod":"GET","requestUri":"/files/«lc8:e»","requestQuery":"sv=2022-11-02&sr=b&sp=r&se=2025-06-01&sig=«!b64s43:s|pct»%3D","httpStatus":200}}''')
# ---- Kubernetes objects
P("kubectl_get_deploy_yaml_env_mysql_value_literal_among_refs", K8S_ENV, r'''
        - name: GORILLA_SESSION_LENGTH
          value: 720h
        - name: MYSQL
          value: mysql://wandb:«!pw20:p|pct»@wandb-mysql:3306/wandb_local
        - name: LICENSE
          valueFrom:
            secretKeyRef: {key: license, name: wandb-license}''')
P("kubectl_get_deploy_json_env_array_bucket_and_redis", K8S_KUBECTL, r'''
                            {
                                "name": "BUCKET",
                                "value": "s3://AKIA«uc16:a»:«!b64s40:s|pct»@wandb-«lc8:b»?region=us-west-2"
                            },
                            {
                                "name": "REDIS",
                                "value": "redis://:«!an32:r»@wandb-redis:6379"
                            },''')
P("kubectl_get_sts_yaml_mysql_root_password_env", K8S_ENV, r'''
      containers:
      - env:
        - name: MYSQL_ROOT_PASSWORD
          value: '«!qx16:p|yq»'
        - name: MYSQL_DATABASE
          value: wandb_local
        image: mysql:8.0.«dig2:v»''')
P("kubectl_get_secret_yaml_data_base64_mysql_password", K8S_SECRET, r'''
apiVersion: v1
data:
  MYSQL_PASSWORD: «!pw20:p|b64full»
  MYSQL_USER: d2FuZGI=
kind: Secret
metadata:
  name: wandb-mysql
  namespace: wandb
type: Opaque''')
P("kubectl_get_secret_json_data_license_and_oidc", K8S_SECRET, r'''
{
    "apiVersion": "v1",
    "data": {
        "OIDC_CLIENT_ID": "«an20:c»",
        "OIDC_SECRET": "«!b64u40:s|b64full»"
    },
    "kind": "Secret",''')
P("kubectl_secret_stringdata_multi_document_yaml_second_doc", K8S_SECRET, r'''
apiVersion: v1
kind: ConfigMap
metadata: {name: wandb-config}
data: {HOST: "https://wandb.example.com", GORILLA_DISABLE_CODE_SAVING: "true"}
---
apiVersion: v1
kind: Secret
metadata: {name: wandb-smtp}
stringData:
  SMTP_PASSWORD: "«!qx18:s|json»"''')
P("kubectl_configmap_with_gorilla_env_mistakenly_holding_license", K8S_KUBECTL, r'''
apiVersion: v1
data:
  GORILLA_ALLOW_USER_TEAM_CREATION: "false"
  LICENSE: «JWT_H».«!b64u140:l».«!b64u86:s»
  LOGGING_ENABLED: "true"
kind: ConfigMap''')
P("wandb_cr_spec_values_global_bucket_secret_key", WB_OP, r'''
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
  values:
    global:
      bucket:
        provider: s3
        name: wandb-«lc8:b»
        accessKey: AKIA«uc16:a»
        secretKey: «!b64s40:s»''')
P("wandb_cr_spec_values_mysql_password_and_oidc_secret", WB_OP, r'''
    global:
      host: https://wandb.example.com
      license: «JWT_H».«!b64u120:l».«!b64u86:g»
      mysql:
        host: wandb-db.cluster-«lc12:c».us-east-1.rds.amazonaws.com
        password: «!pw22:p»
        user: wandb''')
P("wandb_cr_json_last_applied_annotation_escaped_values", WB_OP, r'''
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"apps.wandb.com/v1","kind":"WeightsAndBiases","metadata":{"name":"wandb","namespace":"default"},"spec":{"values":{"global":{"redis":{"host":"redis","password":"«!qx20:r|json»"}}}}}''')
P("helm_values_yaml_global_smtp_and_slack", WB_HELM, r'''
global:
  email:
    smtp:
      host: smtp.sendgrid.net
      port: 587
      user: apikey
      password: SG.«b64u22:i».«!b64u43:s»
  slack:
    secret: «!hex32:k»''')
P("helm_get_values_output_user_supplied_block", HELM_GET, r'''
$ helm get values wandb -n wandb
USER-SUPPLIED VALUES:
global:
  license: «JWT_H».«!b64u140:l».«!b64u86:s»
  mysql:
    password: '«!qx16:p|yq»'
ingress:
  class: nginx''')
P("helm_get_values_all_json_output", HELM_GET, r'''
$ helm get values wandb -o json
{"global":{"bucket":{"name":"wandb-«lc8:b»","provider":"gcs"},"redis":{"host":"10.«dig2:a».0.4","password":"«!an32:r»","port":6379}},"ingress":{"nameOverride":"wandb"}}''')
P("helm_get_manifest_secret_source_comment", HELM_MANIFEST, r'''
---
# Source: operator-wandb/charts/mysql/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: wandb-mysql
data:
  MYSQL_ROOT_PASSWORD: «!pw24:r|b64full»
  MYSQL_PASSWORD: «!pw24:p|b64full»''')
P("helm_values_bitnami_redis_auth_block", WB_HELM, r'''
redis:
  install: true
  auth:
    enabled: true
    password: "«!sp18:p»"
  architecture: standalone''')
P("kubectl_describe_pod_env_section_literal", K8S_KUBECTL, r'''
    Environment:
      HOST:                         https://wandb.example.com
      BUCKET:                       s3:///wandb-«lc8:b»
      MYSQL:                        mysql://wandb:«!pw20:p»@wandb-mysql:3306/wandb_local
      LICENSE:                      <set to the key 'license' in secret 'wandb-license'>  Optional: false''')
P("kubectl_exec_env_output_from_app_pod", K8S_KUBECTL, r'''
$ kubectl exec -n wandb deploy/wandb-app -- env | sort
GORILLA_OIDC_SECRET=«!b64u40:s»
HOST=https://wandb.example.com
HOSTNAME=wandb-app-«lc10:h»-«lc5:g»
MYSQL_PORT=3306''')
P("kubectl_create_secret_generic_from_literal_history", K8S_SECRET, r'''
  «dig3:n»  kubectl -n wandb create secret generic wandb-bucket --from-literal=ACCESS_KEY=AKIA«uc16:a» --from-literal=SECRET_KEY='«!b64s40:s»'
  «dig3:m»  kubectl -n wandb rollout restart deploy/wandb-app''')
P("kustomize_secret_generator_literals", KUSTOMIZE, r'''
secretGenerator:
- name: wandb-secrets
  literals:
  - MYSQL_PASSWORD=«!pw20:p»
  - REDIS_PASSWORD=«!an28:r»
generatorOptions:
  disableNameSuffixHash: true''')
P("argocd_application_helm_parameters_values_inline", ARGOCD, r'''
    helm:
      parameters:
      - name: global.bucket.secretKey
        value: «!b64s40:s»
      - name: global.bucket.region
        value: eu-central-1''')
P("kubectl_get_secret_image_pull_dockerconfigjson_decoded", KUBELET, r'''
$ kubectl get secret regcred -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d
{"auths":{"registry.example.com":{"username":"robot$wandb","password":"«!an32:p»","auth":"«!an32:p|basic:robot$wandb»"}}}''')
P("kubectl_get_secret_data_base64_redis_url_blob", K8S_SECRET, r'''
data:
  REDIS: «!an32:r|b64full:redis://:»
  REDIS_CA_CERT_PATH: L2V0Yy9yZWRpcy9jYS5wZW0=''')
P("kubectl_patch_command_json_merge_with_password", K8S_KUBECTL, r'''
$ kubectl -n wandb patch wandb wandb --type merge -p '{"spec":{"values":{"global":{"mysql":{"password":"«!pw22:p»"}}}}}'
weightsandbiases.apps.wandb.com/wandb patched''')
P("pod_spec_args_flags_with_password", K8S_KUBECTL, r'''
      containers:
      - args:
        - --redis-addr=wandb-redis:6379
        - --redis-password=«!an28:r»
        - --metrics-port=9121
        name: redis-exporter''')
P("kubectl_logs_init_container_envsubst_echo", K8S_KUBECTL, r'''
$ kubectl logs wandb-app-«lc10:h»-«lc5:g» -c wait-for-mysql
waiting for mysql://wandb:«!pw18:p»@wandb-mysql:3306 ...
mysql is up''')
P("vault_agent_rendered_env_template_output", VAULT_AGENT, r'''
# rendered by vault-agent to /vault/secrets/wandb.env
export MYSQL="mysql://wandb:«!pw20:p|pct»@mysql.internal:3306/wandb_local"
export SLACK_SECRET="«!hex32:k»"''')
P("prometheus_scrape_config_basic_auth_password_for_gorilla_metrics", PROM, r'''
- job_name: wandb-gorilla
  metrics_path: /metrics
  basic_auth:
    username: prom
    password: «!pw20:p»
  static_configs:
  - targets: ['wandb-app:8181']''')
P("otel_collector_exporter_headers_api_key", OTEL, r'''
exporters:
  otlphttp/datadog:
    endpoint: https://otlp.datadoghq.com
    headers:
      DD-API-KEY: «!hex32:k»''')
# ---- Docker
P("docker_inspect_config_env_gorilla_oidc_and_smtp", DOCKER_INSPECT, r'''
            "Env": [
                "HOST=https://wandb.example.com",
                "OIDC_CLIENT_ID=«an20:c»",
                "OIDC_CLIENT_SECRET=«!b64u40:s»",
                "GORILLA_EMAIL_SINK=smtp://alerts:«!pw18:m|pct»@smtp.example.com:587",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"
            ],''')
P("docker_inspect_format_json_env_one_line", DOCKER_INSPECT, r'''
$ docker inspect --format '{{json .Config.Env}}' wandb-local
["LICENSE=«JWT_H».«!b64u120:l».«!b64u86:s»","MYSQL=mysql://wandb:«!pw18:p»@db:3306/wandb_local","LANG=C.UTF-8"]''')
P("docker_inspect_hostconfig_binds_and_cmd_with_password", DOCKER_INSPECT, r'''
            "Cmd": [
                "redis-server",
                "--requirepass",
                "«!an32:r»",
                "--appendonly",
                "yes"
            ],''')
P("compose_yaml_environment_list_with_quoted_dsn", DOCKER_COMPOSE, r'''
services:
  wandb:
    image: wandb/local:0.«dig2:v».0
    environment:
      - "MYSQL=mysql://wandb:«!pw20:p|pct»@mysql:3306/wandb_local"
      - BUCKET=s3://«uc20:a»:«!an40:s»@minio:9000/wandb
    ports: ["8080:8080"]''')
P("compose_yaml_mysql_service_environment_mapping", MYSQL_DOCKER, r'''
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: «!pw20:r»
      MYSQL_USER: wandb
      MYSQL_PASSWORD: «!pw20:p»
      MYSQL_DATABASE: wandb_local''')
P("dotenv_file_quoted_values_with_hash_and_spaces", DOCKER_ENVFILE, r'''
# wandb.env
HOST=https://wandb.example.com
SMTP_PASSWORD='«!sp20:s»'
SLACK_SECRET="«!hex32:k»"   # from api.slack.com
LOGGING_ENABLED=true''')
P("docker_run_command_line_e_flags_in_ps", DOCKER_COMPOSE, r'''
root      «dig5:p»  0.0  0.1 «dig6:v» «dig5:r» ?  Sl   «hh»:«mm»   0:00 docker run -d --name wandb-local -e LICENSE=«JWT_H».«!b64u120:l».«!b64u86:s» -e MYSQL=mysql://wandb:«!pw16:p»@10.0.0.5/wandb_local -p 8080:8080 wandb/local''')
P("docker_daemon_json_registry_mirror_with_credentials", DOCKER_DAEMON, r'''
{
  "registry-mirrors": ["https://mirror:«!pw20:p»@registry-mirror.example.com"],
  "log-driver": "json-file",
  "log-opts": {"max-size": "100m"}
}''')
P("docker_config_json_auths_base64_auth", DOCKER_LOGIN, r'''
{
        "auths": {
                "registry.example.com": {
                        "auth": "«!pw20:p|basic:svc-wandb»"
                }
        }
}''')
P("docker_login_p_flag_in_shell_trace", DOCKER_LOGIN, r'''
+ docker login registry.example.com -u svc-wandb -p «!pw22:p»
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded''')
P("docker_info_http_proxy_with_credentials", DOCKER_INFO, r'''
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 HTTP Proxy: http://proxyuser:xxxxx@proxy.example.com:3128
 HTTPS Proxy: http://proxyuser:«!pw18:p»@proxy.example.com:3128
 No Proxy: localhost,127.0.0.1,.svc''')
P("docker_systemd_dropin_http_proxy_environment", SYSTEMD, r'''
# /etc/systemd/system/docker.service.d/http-proxy.conf
[Service]
Environment="HTTP_PROXY=http://svc-docker:«!pw18:p|pct»@proxy.example.com:3128"
Environment="NO_PROXY=localhost,127.0.0.1"''')
P("docker_json_log_line_wandb_local_startup_escaped", DOCKER_INSPECT, r'''
{"log":"«TL» INFO  using external mysql: mysql://wandb:«!pw18:p»@db.example.com:3306/wandb_local\n","stream":"stdout","time":"«T»"}''')
P("supervisord_conf_program_environment_line", SUPERVISOR, r'''
[program:gorilla]
command=/usr/local/bin/gorilla serve
environment=MYSQL="mysql://wandb:«!pw18:p»@127.0.0.1:3306/wandb_local",REDIS="redis://:«!an28:r»@127.0.0.1:6379"
autorestart=true''')
# ---- settings in other forms
P("systemd_unit_environment_file_wandb_local_values", SYSTEMD, r'''
# /etc/wandb/wandb.env (EnvironmentFile= of wandb-local.service)
LICENSE=«JWT_H».«!b64u120:l».«!b64u86:s»
MYSQL=mysql://wandb:«!pw18:p»@127.0.0.1:3306/wandb_local
BUCKET=file:///vol/minio''')
P("mysql_dsn_percent_encoded_at_hash_percent", WB_ENV, r'''
MYSQL=mysql://wandb:«!sp18:p|pct»@db.internal.example.com:3306/wandb_local?tls=preferred''')
P("bucket_url_s3_with_percent_encoded_slash_plus", WB_BYOB, r'''
BUCKET=s3://AKIA«uc16:a»:«!b64s40:s|pct»@wandb-artifacts-«lc6:b»
BUCKET_QUEUE=internal://
AWS_REGION=us-east-«@1|2»''')
P("redis_url_with_username_and_tls_ca_param", WB_ENV, r'''
REDIS=rediss://gorilla:«!pw22:p|pct»@master.wandb-cache.«lc6:c».use1.cache.amazonaws.com:6379?tls=true&caCertPath=/etc/ssl/certs/redis-ca.pem''')
P("oidc_env_exports_in_shell_script_with_single_quotes", WB_SSO, r'''
#!/bin/bash
export OIDC_ISSUER='https://login.microsoftonline.com/«uuid:t»/v2.0'
export OIDC_CLIENT_ID='«uuid:c»'
export OIDC_SECRET='«an5:a»8Q~«!b64u34:s»'
export OIDC_AUTH_METHOD=pkce''')
P("azure_ad_client_secret_value_in_terraform_output", AZ_ENTRA, r'''
$ terraform output -json wandb_oidc
{"client_id":"«uuid:c»","client_secret":"«!b64u40:s»","tenant_id":"«uuid:t»"}''')
P("terraform_tfvars_license_and_db_password", TF_VARS, r'''
namespace          = "wandb"
domain_name        = "example.com"
license            = "«JWT_H».«!b64u130:l».«!b64u86:s»"
database_password  = "«!qx18:p|json»"
wandb_version      = "0.«dig2:v».«dig1:w»"''')
P("terraform_plan_diff_sensitive_not_marked", TF_STATE, r'''
  # kubernetes_secret.wandb_smtp will be created
  + resource "kubernetes_secret" "wandb_smtp" {
      + data = {
          + "SMTP_PASSWORD" = "«!pw20:p»"
          + "SMTP_USER"     = "wandb-alerts@example.com"
        }''')
P("terraform_state_json_rds_master_password", TF_STATE, r'''
          "attributes": {
            "master_username": "wandb",
            "master_password": "«!pw24:p»",
            "engine_version": "8.0.mysql_aurora.3.05.2",
            "cluster_identifier": "wandb-«lc6:c»"''')
P("terraform_output_raw_redis_auth_token", TF_OUTPUT, r'''
$ terraform output -raw redis_auth_token
«!an40:t»
$ terraform output redis_host
"master.wandb-«lc6:c».«lc6:d».use1.cache.amazonaws.com"''')
P("terraform_apply_log_tf_log_debug_request_body", TF_STATE, r'''
«T» [DEBUG] provider.terraform-provider-aws: HTTP Request Sent: http.request.body="{\"AuthToken\":\"«!an40:t»\",\"ReplicationGroupId\":\"wandb-redis\"}" rpc=ApplyResourceChange''')
P("slack_bot_token_in_gorilla_env_yaml_block", SLACK_TOKENS, r'''
        - name: SLACK_CLIENT_ID
          value: "«dig12:c».«dig13:d»"
        - name: SLACK_SECRET
          value: "«!hex32:s»"
        - name: GORILLA_SLACK_BOT_TOKEN
          value: xoxb-«dig12:w»-«dig13:u»-«!an24:t»''')
P("slack_incoming_webhook_url_in_alert_settings_json", SLACK_TOKENS, r'''
{"integrations":[{"type":"slack","channel":"#ml-alerts","webhookUrl":"https://hooks.slack.com/services/T«uc8:t»/B«uc10:b»/«!an24:w»"}]}''')
P("ses_smtp_credentials_in_env_file", AWS_SES, r'''
GORILLA_EMAIL_SINK=smtp://AKIA«uc16:a»:«!b64s44:s|pct»@email-smtp.us-east-1.amazonaws.com:587
GORILLA_EMAIL_FROM=wandb@example.com''')
P("gorilla_flags_command_line_in_proc_cmdline", WB_ENV, r'''
$ cat /proc/«dig3:p»/cmdline | tr '\0' ' '
/usr/local/bin/gorilla --mysql=mysql://wandb:«!pw20:p»@mysql:3306/wandb_local --redis=redis://:«!an28:r»@redis:6379 --port=8080''')
P("aws_credentials_file_profile_for_byob", AWS_CREDS, r'''
[wandb-byob]
aws_access_key_id = AKIA«uc16:a»
aws_secret_access_key = «!b64s40:s»
region = us-west-2''')
P("aws_sts_assume_role_output_session_token", AWS_CREDS, r'''
{
    "Credentials": {
        "AccessKeyId": "ASIA«uc16:a»",
        "SecretAccessKey": "«!b64s40:s»",
        "SessionToken": "IQoJb3JpZ2luX2VjE«!b64s120:t»",
        "Expiration": "«T»"
    },''')
P("gcs_hmac_key_create_output_secret_line", GCS_HMAC, r'''
$ gcloud storage hmac create wandb-sa@«lc10:p».iam.gserviceaccount.com
accessId: GOOG1E«uc40:a»
secret: «!b64s40:s»
metadata: {state: ACTIVE}''')
P("gcp_service_account_key_json_private_key_line", GCS_HMAC, r'''
  "type": "service_account",
  "project_id": "wandb-prod-«lc6:p»",
  "private_key_id": "«hex40:i»",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC«!b64s64:k»\n«!b64s64:l»\n-----END PRIVATE KEY-----\n",
  "client_email": "wandb-sa@wandb-prod-«lc6:p».iam.gserviceaccount.com",''')
P("azure_storage_connection_string_in_helm_values", AZ_CONN, r'''
global:
  bucket:
    provider: az
    name: wandbfiles«lc6:a»
    connectionString: "DefaultEndpointsProtocol=https;AccountName=wandbfiles«lc6:a»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net"''')
P("oidc_token_endpoint_client_secret_post_body_in_debug", OIDC_SPEC, r'''
«TG» [oidc] POST https://login.example.com/oauth2/v1/token
«TG» [oidc] body: grant_type=authorization_code&code=«!b64u43:c»&redirect_uri=https%3A%2F%2Fwandb.example.com%2Foidc%2Fcallback&client_id=«an20:i»&client_secret=«!b64u40:s»''')
P("oidc_token_response_json_id_token_refresh_token", OIDC_SPEC, r'''
{"access_token":"«JWT_H».«!b64u90:a».«!b64u86:b»","token_type":"Bearer","expires_in":3600,"refresh_token":"«!b64u52:r»","scope":"openid email profile"}''')
P("okta_client_credentials_basic_header_in_curl", OKTA_CLIENT, r'''
> POST /oauth2/default/v1/token HTTP/1.1
> Host: dev-«dig8:d».okta.com
> Authorization: Basic «!b64u40:s|basic:0oa8x3wandbsso5d7»
> Content-Type: application/x-www-form-urlencoded''')
# ---- admin attachments: mysql, curl, openssl
P("mysql_show_variables_like_password_table_with_value", MYSQL_VARS, r'''
mysql> SHOW VARIABLES LIKE '%password%';
+-------------------------------+-----------------+
| Variable_name                 | Value           |
+-------------------------------+-----------------+
| caching_sha2_password_auto_generate_rsa_keys | ON |
| report_password               | «!pw16:p» |
| validate_password.policy      | MEDIUM          |
+-------------------------------+-----------------+''')
P("mysql_select_from_wandb_secrets_table_vertical", MYSQL_CLIENT, r'''
*************************** 1. row ***************************
        id: «dig3:i»
 entity_id: «dig2:e»
      name: OPENAI_API_KEY
     value: sk-proj-«!b64u48:k»
created_at: 2025-0«@1|2|3»-«dd» «hh»:«mm»:«mm»''')
P("mysql_select_api_keys_hash_table", MYSQL_CLIENT, r'''
mysql> SELECT id, user_id, name, api_key FROM api_keys LIMIT 2;
+------+---------+---------+------------------------------------------+
| id   | user_id | name    | api_key                                  |
+------+---------+---------+------------------------------------------+
| «dig4:i» | «dig3:u»     | default | «!hex40:k» |''')
P("curl_v_api_graphql_authorization_basic_api_key", CURL_V, r'''
* Connected to wandb.example.com (10.«dig2:a».«dig1:b».«dig2:c») port 443
> POST /graphql HTTP/2
> Host: wandb.example.com
> authorization: Basic «!hex40:k|basic:api»
> user-agent: curl/8.5.0''')
P("curl_v_bucket_presigned_put_url_signature", CURL_V, r'''
> PUT /wandb-«lc8:b»/wandb_artifacts/«dig8:a»/«dig9:f»?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA«uc16:k»%2F«ymd:d»%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=«ymd:d»T«hms»Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:s» HTTP/1.1
> Host: s3.amazonaws.com
< HTTP/1.1 200 OK''')
P("curl_u_user_password_in_command_prompt", CURL_V, r'''
$ curl -sv -u 'admin:«!sp18:p»' https://minio.example.com:9000/minio/health/live
*   Trying 10.«dig2:a».«dig1:b».«dig2:c»:9000...
< HTTP/1.1 200 OK''')
P("curl_header_x_api_key_lowercase_and_cookie_response", CURL_V, r'''
> GET /api/v1/server_info HTTP/1.1
> x-wandb-api-key: local-«!hex40:k»
>
< HTTP/1.1 200 OK
< set-cookie: wandb_session=«!b64u48:c»; Path=/; HttpOnly; Secure; SameSite=Lax''')
P("curl_data_json_login_body_in_trace_ascii", CURL_V, r'''
=> Send data, 58 bytes (0x3a)
0000: {"username":"admin@example.com","password":"«!qx16:p|json»"}
== Info: upload completely sent off: 58 bytes''')
P("openssl_s_client_session_master_key_block", OPENSSL_SC, r'''
SSL-Session:
    Protocol  : TLSv1.2
    Cipher    : ECDHE-RSA-AES256-GCM-SHA384
    Session-ID: «uhex64:i»
    Session-ID-ctx: 
    Master-Key: «!uhex96:m»
    PSK identity: None''')
P("openssl_s_client_sslkeylogfile_lines", OPENSSL_SC, r'''
# SSLKEYLOGFILE=/tmp/keys.log captured while debugging the ingress
CLIENT_HANDSHAKE_TRAFFIC_SECRET «hex64:r» «!hex64:a»
SERVER_HANDSHAKE_TRAFFIC_SECRET «hex64:r» «!hex64:b»''')
P("openssl_pkcs12_export_passout_on_command_line", OPENSSL_SC, r'''
$ openssl pkcs12 -export -in wandb.crt -inkey wandb.key -out wandb.p12 -passout pass:«!pw18:p»
$ ls -l wandb.p12
-rw------- 1 root root «dig4:s» Jan «dd» «hh»:«mm» wandb.p12''')
P("tls_private_key_pem_body_in_secret_stringdata", K8S_SECRET, r'''
stringData:
  tls.key: |
    -----BEGIN EC PRIVATE KEY-----
    MHcCAQEEI«!b64s34:a»
    oAoGCCqGSM49AwEHoUQDQgAE«!b64s64:b»
    -----END EC PRIVATE KEY-----''')
P("wandb_netrc_file_in_admin_home", WB_API, r'''
machine wandb.example.com
  login user
  password local-«!hex40:k»''')
P("wandb_settings_file_api_key_misplaced", WB_API, r'''
[default]
base_url = https://wandb.example.com
entity = «lc8:e»
api_key = local-«!hex40:k»''')
P("python_wandb_api_repr_in_support_script_output", PY_REPR, r'''
>>> wandb.Api(overrides={'base_url': 'https://wandb.example.com'}, api_key='local-«!hex40:k»')
<wandb.apis.public.api.Api object at 0x7f«hex10:o»>''')
P("gorilla_env_powershell_setx_on_windows_jump_host", WB_ENV, r'''
PS C:\> setx WANDB_API_KEY "local-«!hex40:k»"
SUCCESS: Specified value was saved.
PS C:\> $env:WANDB_BASE_URL = "https://wandb.example.com"''')
P("mysqldump_command_in_backup_cronjob_yaml", MYSQL_CLIENT, r'''
            command:
            - /bin/sh
            - -c
            - mysqldump -h wandb-mysql -u wandb --password='«!pw20:p»' --single-transaction wandb_local | gzip > /backup/wandb-$(date +%F).sql.gz''')
P("mysql_login_path_file_decoded_content", MYSQL_CLIENT, r'''
[wandb]
user = "wandb"
password = "«!sp18:p»"
host = "wandb-db.internal"''')
P("redis_sentinel_conf_auth_pass_for_wandb_master_set", REDIS_CONF, r'''
sentinel monitor wandb-master 10.«dig2:a».«dig1:b».«dig2:c» 6379 2
sentinel auth-pass wandb-master «!an32:a»
sentinel down-after-milliseconds wandb-master 5000''')
P("go_redis_url_parse_error_echoes_url", GO_REDIS, r'''
«TG» cache: redis: invalid URL "redis://default:«!pw20:p»@redis:6379/x": invalid database number: "x"''')
P("gorilla_json_weave_secret_store_team_secret_value", WB_ENV, r'''
{"level":"info","time":"«T»","msg":"team secret upserted","entity":"«lc8:e»","secret_name":"ANTHROPIC_API_KEY","value":"sk-ant-api03-«!b64u93:v»AA"}''')
P("minio_client_alias_list_output_secret_key", MINIO_MC, r'''
$ mc alias list wandb
wandb
  URL       : http://wandb-minio:9000
  AccessKey : «uc20:a»
  SecretKey : «!an40:s»
  API       : s3v4''')
P("ingress_controller_log_upstream_basic_auth_header_dump", INGRESS_NGINX, r'''
«TG» [debug] 31#31: *«dig6:c» http header: "Authorization: Basic «!pw20:p|basic:wandb-admin»"
«TG» [debug] 31#31: *«dig6:c» http header: "Host: wandb.example.com"''')
P("gorilla_text_log_wrapped_long_license_over_two_lines", WB_ENV, r'''
«TL» WARN  license is near expiry; current license value:
«TL» WARN    «!b64u60:a»
«TL» WARN    «!b64u60:b»
«TL» WARN  expires 2025-«@06|07|08»-«dd», seats=«dig3:s»''')
P("secret_yaml_data_smtp_url_base64_blob", K8S_SECRET, r'''
kind: Secret
apiVersion: v1
metadata: {name: wandb-email, namespace: wandb}
data:
  GORILLA_EMAIL_SINK: «!pw18:p|b64full:smtp://wandb:»''')
P("cert_manager_pkcs12_keystore_password_secret", CERT_MANAGER, r'''
  keystores:
    pkcs12:
      create: true
      passwordSecretRef: {name: wandb-p12, key: password}
---
apiVersion: v1
kind: Secret
metadata: {name: wandb-p12}
stringData: {password: "«!pw18:p»"}''')
# ======================================================== NEGATIVES
# ---- ids, hashes, digests in app logs
N("gorilla_json_run_upsert_ids_and_digest", WB_API, r'''
{"level":"info","time":"«T»","msg":"upsertBucket","entity":"«lc8:e»","project":"«lc10:p»","run":"«lc8:r»","sweep":"«lc8:s»","request_id":"«hex32:q»"}''')
N("gorilla_json_artifact_manifest_digest_md5_base64", WB_API, r'''
{"level":"debug","time":"«T»","msg":"commitArtifact","artifact_id":"QXJ0aWZhY3Q6«dig9:a»","digest":"«hex32:d»","manifest":{"path":"model.pt","digest":"«b64s22:m»==","size":«dig8:z»}}''')
N("gorilla_logfmt_trace_and_span_ids", OTEL, r'''
ts=«T» level=info msg="graphql request" op=Viewer duration_ms=«dig2:d» trace_id=«hex32:t» span_id=«hex16:s» user_id=«dig5:u»''')
N("gorilla_logfmt_license_metadata_without_license", WB_ENV, r'''
time="«T»" level=info msg="license status" licenseId=«uuid:l» seats=«dig3:s» teams=«dig2:t» storageGb=«dig4:g» expiresAt=2026-0«@1|4|9»-«dd»T00:00:00Z flags="[scim,byob,audit_logs]" trial=false''')
N("gorilla_go_plus_v_bucket_config_no_secret", GO_FMT, r'''
«TG» [bucket] using config {Provider:s3 Name:wandb-«lc10:b» Region:us-east-1 AccessKeyID: SecretAccessKey: KMSKeyARN:arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k» PathPrefix:files UseIRSA:true}''')
N("gorilla_go_hash_v_redis_options_empty_password", GO_FMT, r'''
«TG» cache: dialing &redis.Options{Network:"tcp", Addr:"wandb-redis:6379", ClientName:"gorilla", Username:"", Password:"", DB:0, MaxRetries:3, PoolSize:«dig2:n»}''')
N("gorilla_zap_console_mysql_dsn_masked_password", GO_MYSQL, r'''
«T»⇥INFO⇥db/conn.go:«dig3:l»⇥connected⇥{"dsn": "wandb:***@tcp(mysql:3306)/wandb_local?parseTime=true", "open_conns": «dig2:o», "server_version": "8.0.«dig2:v»"}''')
N("gorilla_json_settings_dump_redacted_placeholders", WB_ENV, r'''
{"level":"info","time":"«T»","msg":"effective settings: {\"host\":\"https://wandb.example.com\",\"mysql\":\"mysql://wandb:[REDACTED]@mysql:3306/wandb_local\",\"license\":\"<redacted>\",\"session_length\":\"720h\"}"}''')
N("gorilla_json_api_key_metadata_no_key", WB_API, r'''
{"level":"info","time":"«T»","op":"generateApiKey","api_key_id":"«uuid:i»","api_key_name":"«@ci|sweep|eval»","key_prefix":"local-","user_id":«dig4:u»,"created":true}''')
N("gorilla_logrus_scim_request_without_auth_header", WB_SCIM, r'''
time="«T»" level=debug msg="scim request" method=PATCH path=/scim/Users/«uuid:u» header="map[Authorization:[Bearer <redacted>] Content-Type:[application/scim+json]]" status=200''')
N("gorilla_json_session_fields_ttl_and_user", WB_ENV, r'''
{"level":"debug","ts":"«T»","msg":"session created","session_id_hash":"sha256:«hex64:h»","ttl":"720h","user":"«lc8:u»@example.com","mfa":false}''')
N("gorilla_access_log_run_files_path_with_ids", WB_API, r'''
«T» 10.«dig2:a».«dig1:b».«dig2:c» "GET /files/«lc8:e»/«lc10:p»/«lc8:r»/media/images/sample_«dig4:s»_«hex20:h».png HTTP/1.1" 200 «dig5:z» «dig2:ms»ms''')
N("gorilla_stack_trace_license_parse_error_without_value", GO_FMT, r'''
panic: license: token is expired (exp=«dig10:e», now=«dig10:n»)

goroutine 1 [running]:
github.com/wandb/core/services/gorilla/license.MustParse(...)
⇥/src/services/gorilla/license/parse.go:«dig2:l» +0x«hex3:o»''')
N("gorilla_multiline_yaml_config_secret_refs_only", WB_ENV, r'''
«TL» DEBUG loaded /etc/wandb/config.yaml:
  host: https://wandb.example.com
  mysql:
    host: mysql
    passwordFile: /var/run/secrets/wandb/mysql-password
  license: ${LICENSE}''')
N("gorilla_json_escaped_bucket_settings_irsa_role", WB_BYOB, r'''
{"level":"info","time":"«T»","msg":"bucket settings: {\"provider\":\"s3\",\"name\":\"wandb-«lc8:b»\",\"kmsKey\":\"arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»\",\"roleArn\":\"arn:aws:iam::«dig12:a»:role/wandb-irsa\"}"}''')
N("weave_trace_server_clickhouse_kwargs_password_from_env_name", WEAVE, r'''
«TL» INFO weave.trace_server: clickhouse settings host='clickhouse' port=8123 username='weave' password_env='WF_CLICKHOUSE_PASS' database='weave_trace_db' secure=False''')
N("weave_call_ids_and_trace_ids_json", WEAVE, r'''
{"project_id":"«lc8:e»/«lc10:p»","id":"«uuid:c»","trace_id":"«uuid:t»","parent_id":"«uuid:p»","op_name":"weave:///«lc8:e»/«lc10:p»/op/predict:«b64u43:d»","started_at":"«T»"}''')
N("frontend_runtime_config_public_values", WB_ENV, r'''
«T» [frontend] runtime config {"HOST":"https://wandb.example.com","OIDC_CLIENT_ID":"«an20:c»","OIDC_AUTH_METHOD":"pkce","SENTRY_ENABLED":false,"BUILD_SHA":"«hex40:g»"}''')
N("operator_controller_runtime_reconcile_generation_uids", CTRL_RT, r'''
{"level":"info","ts":"«TE»","logger":"controllers.WeightsAndBiases","msg":"Reconciling","controller":"weightsandbiases","namespace":"wandb","name":"wandb","reconcileID":"«uuid:r»","generation":«dig2:g»,"resourceVersion":"«dig8:v»"}''')
N("operator_helm_upgrade_set_args_non_secret", HELM_GET, r'''
«TG» helm upgrade --install wandb wandb/operator-wandb --namespace wandb --set global.host=https://wandb.example.com --set global.bucket.name=wandb-«lc8:b» --set global.redis.port=6379 --set app.image.tag=0.«dig2:v».«dig1:w»''')
N("operator_event_table_secret_not_found", K8S_SECRET, r'''
LAST SEEN   TYPE      REASON          OBJECT                           MESSAGE
«dig1:a»m          Warning   ReconcileError  weightsandbiases/wandb           secret "wandb-mysql" not found: key "password" referenced by spec.values.global.mysql.passwordSecret''')
# ---- MySQL / Redis / MinIO / ClickHouse look-alikes
N("mysql_general_log_create_user_rewritten_secret_marker", MYSQL_LOG, r'''
«T»⇥   «dig2:i» Query⇥CREATE USER 'wandb'@'%' IDENTIFIED BY <secret>
«T»⇥   «dig2:i» Query⇥GRANT SELECT, INSERT, UPDATE, DELETE ON wandb_local.* TO 'wandb'@'%'
''')
N("mysql_show_grants_output_table", MYSQL_GRANTS, r'''
mysql> SHOW GRANTS FOR 'wandb'@'%';
+---------------------------------------------------------------------+
| Grants for wandb@%                                                  |
+---------------------------------------------------------------------+
| GRANT USAGE ON *.* TO `wandb`@`%`                                   |
| GRANT ALL PRIVILEGES ON `wandb_local`.* TO `wandb`@`%`              |
+---------------------------------------------------------------------+
2 rows in set (0.0«dig1:t» sec)''')
N("mysql_show_variables_password_settings_table", MYSQL_VARS, r'''
+--------------------------------------+--------+
| Variable_name                        | Value  |
+--------------------------------------+--------+
| default_password_lifetime            | 0      |
| password_history                     | «dig1:h»      |
| validate_password.length             | «dig2:l»     |
| validate_password.special_char_count | 1      |
+--------------------------------------+--------+''')
N("mysql_show_variables_ssl_key_paths", MYSQL_VARS, r'''
| ssl_ca                     | /etc/mysql/certs/ca.pem          |
| ssl_cert                   | /etc/mysql/certs/server-cert.pem |
| ssl_key                    | /etc/mysql/certs/server-key.pem  |
| tls_version                | TLSv1.2,TLSv1.3                  |
| server_id                  | «dig9:i»                        |''')
N("mysql_show_master_status_gtid", MYSQL_CLIENT, r'''
*************************** 1. row ***************************
             File: binlog.«dig6:f»
         Position: «dig8:p»
Executed_Gtid_Set: «uuid:s»:1-«dig7:g»''')
N("mysql_cli_p_prompt_without_value", MYSQL_CLIENT, r'''
$ mysql -h wandb-db.internal -u wandb -p wandb_local
Enter password: 
Welcome to the MySQL monitor.  Commands end with ; or \g.
Your MySQL connection id is «dig5:c»
Server version: 8.0.«dig2:v» MySQL Community Server - GPL''')
N("mysql_docker_entrypoint_password_file_notes", MYSQL_DOCKER, r'''
«T» 0 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.«dig2:v»-1.el8 started.
«T» 0 [Note] [Entrypoint]: Using MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root_password
«T» 0 [Note] [Entrypoint]: MYSQL_RANDOM_ROOT_PASSWORD not set''')
N("mysql_select_runs_table_ids", MYSQL_CLIENT, r'''
+----------+----------+------------------+------------------------------------------+
| id       | name     | project_id       | commit                                   |
+----------+----------+------------------+------------------------------------------+
| «dig7:i»  | «lc8:n» | «dig6:p»           | «hex40:c» |''')
N("mysql_api_keys_table_without_key_column", MYSQL_CLIENT, r'''
mysql> SELECT id, user_id, name, created_at, last_used_at FROM api_keys LIMIT 1;
+------+---------+---------+---------------------+---------------------+
| id   | user_id | name    | created_at          | last_used_at        |
+------+---------+---------+---------------------+---------------------+
| «dig4:i» | «dig3:u»     | default | 2025-0«@1|2»-«dd» «hh»:«mm»:«mm» | 2025-03-«dd» «hh»:«mm»:«mm» |''')
N("redis_conf_requirepass_commented_and_tls_files", REDIS_CONF, r'''
# requirepass foobared
tls-port 6379
tls-cert-file /tls/redis.crt
tls-key-file /tls/redis.key
tls-ca-cert-file /tls/ca.crt
maxmemory «dig3:m»mb''')
N("redis_acl_list_with_sha256_hash_only", REDIS_ACL, r'''
redis:6379> ACL LIST
1) "user default on sanitize-payload #«hex64:h» ~* &* +@all"
2) "user gorilla on #«hex64:g» ~* resetchannels +@all"''')
N("redis_info_server_section", REDIS_CLI, r'''
# Server
redis_version:7.2.«dig1:v»
redis_git_sha1:00000000
redis_build_id:«hex16:b»
run_id:«hex40:r»
tcp_port:6379''')
N("redis_cli_auth_error_no_password", REDIS_CLI, r'''
redis-master:6379> PING
(error) NOAUTH Authentication required.
redis-master:6379> CONFIG GET requirepass
(error) NOAUTH Authentication required.
redis-master:6379> CLIENT ID
(error) NOAUTH Authentication required. (pod redis-master-0, uid «uuid:u»)''')
N("redis_statefulset_env_password_secretkeyref", K8S_ENV, r'''
        - name: REDIS_PASSWORD
          valueFrom:
            secretKeyRef:
              name: wandb-redis
              key: redis-password
        - name: REDIS_PASSWORD_FILE
          value: /opt/bitnami/redis/secrets/redis-password
        image: docker.io/bitnami/redis:7.2.«dig1:v»-debian-12-r«dig1:r»''')
N("minio_server_startup_without_credentials", MINIO_ENV, r'''
MinIO Object Storage Server
Copyright: 2015-2025 MinIO, Inc.
Version: RELEASE.2025-0«@1|2|4»-«dd»T«hh»-«mm»-«mm»Z (go1.2«dig1:g» linux/amd64)
API: http://10.«dig2:a».«dig1:b».«dig2:c»:9000  http://127.0.0.1:9000
Documentation: https://min.io/docs/minio/linux/index.html''')
N("minio_mc_admin_info_svcacct_no_secret", MINIO_MC, r'''
$ mc admin user svcacct info local «uc20:a»
AccessKey: «uc20:a»
ParentUser: wandb
Status: on
Name: gorilla
Policy: implied
Expiration: no-expiry''')
N("minio_mc_ls_versions_ids", MINIO_MC, r'''
[«TS» UTC] «dig3:s»KiB STANDARD «uuid:v» v«dig1:n» PUT wandb_artifacts/«dig9:a»/«hex32:d»''')
N("clickhouse_users_xml_password_sha256_hex_comment_and_ldap", CH_CONF, r'''
<clickhouse>
  <users>
    <weave>
      <!-- password set via CLICKHOUSE_PASSWORD env -->
      <ldap><server>corp_ldap</server></ldap>
      <profile>default</profile>
      <quota>q_«lc6:q»</quota>
    </weave>''')
N("clickhouse_query_log_query_ids", CH_CONF, r'''
«TS» [ «dig3:t» ] {«uuid:q»} <Debug> executeQuery: (from 10.«dig2:a».«dig1:b».«dig2:c»:«dig5:p», user: weave) SELECT id, trace_id FROM calls_merged WHERE project_id = '«b64u20:p»' LIMIT 100 (stage: Complete)''')
# ---- ingress / cert-manager / ESO / LB
N("ingress_nginx_access_log_oidc_callback_error_no_code", INGRESS_NGINX, r'''
10.«dig2:a».«dig1:b».«dig2:c» - - [«dd»/Jan/2025:«hh»:«mm»:«mm» +0000] "GET /oidc/callback?error=access_denied&state=«hex16:s» HTTP/2.0" 302 0 "-" "Mozilla/5.0" «dig3:l» 0.0«dig2:r» [wandb-wandb-app-8080] [] 10.«dig2:a».«dig1:b».«dig2:c»:8080 0 0.0«dig2:r» 302 «hex32:i»''')
N("ingress_annotations_auth_secret_reference", INGRESS_NGINX, r'''
  annotations:
    nginx.ingress.kubernetes.io/auth-type: basic
    nginx.ingress.kubernetes.io/auth-secret: wandb-basic-auth
    nginx.ingress.kubernetes.io/auth-realm: "Authentication Required - wandb"
    nginx.ingress.kubernetes.io/proxy-body-size: "0"
    meta.helm.sh/release-revision: "«dig2:r»"''')
N("cert_manager_route53_solver_secret_ref", CERT_MANAGER, r'''
        route53:
          region: us-east-1
          accessKeyIDSecretRef:
            name: route53-credentials
            key: access-key-id
          secretAccessKeySecretRef:
            name: route53-credentials
            key: secret-access-key
          hostedZoneID: Z«uc20:z»''')
N("cert_manager_describe_certificate_status_block_wandb_tls", CERT_MANAGER, r'''
Status:
  Conditions:
    Message:  Certificate is up to date and has not expired
  Not After:  2025-0«@4|5|6»-«dd»T«hh»:«mm»:«mm»Z
  Revision:   «dig2:r»
Events:       <none>''')
N("external_secrets_externalsecret_remote_ref", ESO, r'''
spec:
  refreshInterval: 1h
  secretStoreRef: {kind: ClusterSecretStore, name: aws-sm}
  target: {name: wandb-mysql, creationPolicy: Owner}
  data:
  - secretKey: MYSQL_PASSWORD
    remoteRef: {key: wandb/prod-«lc4:c»/mysql, property: password}''')
N("external_secrets_controller_log_synced_no_value", ESO, r'''
{"level":"info","ts":«TE»,"logger":"controllers.ExternalSecret","msg":"reconciled secret","ExternalSecret":{"name":"wandb-mysql","namespace":"wandb"},"resourceVersion":"«dig8:v»","uid":"«uuid:u»"}''')
N("aws_alb_access_log_plain_request_trace_id", ALB_LOG, r'''
https «T» app/wandb-alb/«hex16:a» 10.«dig2:a».«dig1:b».«dig2:c»:«dig5:p» 10.«dig2:a».«dig1:b».«dig2:c»:32543 0.001 0.0«dig2:t» 0.000 200 200 «dig3:r» «dig4:s» "POST https://wandb.example.com:443/graphql HTTP/1.1" "wandb/0.19.«dig1:v»" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:«dig12:acc»:targetgroup/wandb/«hex16:g» "Root=1-«hex8:x»-«hex24:y»"''')
N("gclb_request_log_json_with_trace_and_span", GCLB_LOG, r'''
{"httpRequest":{"requestMethod":"GET","requestUrl":"https://wandb.example.com/api/v1/server_info","status":200},"trace":"projects/wandb-prod/traces/«hex32:t»","spanId":"«hex16:s»","timestamp":"«T»"}''')
N("azure_app_gateway_log_request_query_ids", AZ_AGW, r'''
{"timeStamp":"«T»","properties":{"instanceId":"appgw_«dig1:i»","clientIP":"10.«dig2:a».«dig1:b».«dig2:c»","requestUri":"/files/«lc8:e»","requestQuery":"run=«lc8:r»&page=«dig1:p»","transactionId":"«hex32:x»","httpStatus":200}}''')
# ---- Kubernetes objects, no secret values
N("kubectl_get_deploy_yaml_env_all_secretkeyrefs", K8S_ENV, r'''
        - name: MYSQL
          valueFrom:
            secretKeyRef: {key: MYSQL, name: wandb-mysql-«lc5:s»}
        - name: GORILLA_SESSION_LENGTH
          value: 720h
        - name: BUCKET
          value: s3://wandb-«lc8:b»''')
N("kubectl_get_deploy_json_env_file_paths", K8S_KUBECTL, r'''
                            {
                                "name": "GORILLA_LICENSE_FILE",
                                "value": "/etc/wandb/license/license"
                            },
                            {
                                "name": "MYSQL_PASSWORD_FILE",
                                "value": "/run/secrets/mysql-«lc5:s»/password"
                            },''')
N("kubectl_get_wandb_mysql_secret_yaml_metadata_without_data_field", K8S_SECRET, r'''
apiVersion: v1
kind: Secret
metadata:
  creationTimestamp: "«T»"
  name: wandb-mysql
  namespace: wandb
  resourceVersion: "«dig8:v»"
  uid: «uuid:u»
type: Opaque''')
N("kubectl_describe_secret_byte_counts", K8S_SECRET, r'''
Name:         wandb-license
Namespace:    wandb
Type:  Opaque

Data
====
license:  «dig4:n» bytes
MYSQL_PASSWORD:  «dig2:m» bytes''')
N("kubectl_configmap_gorilla_settings_sound_secret", WB_ENV, r'''
apiVersion: v1
data:
  GORILLA_SESSION_LENGTH: "«@720h|168h|24h»"
  GORILLA_CUSTOMER_SECRET_STORE_SOURCE: "k8s-secretmanager://wandb-secret"
  OIDC_AUTH_METHOD: pkce
  LOCAL_RESTORE: "false"
kind: ConfigMap
metadata: {name: wandb-env-«lc5:s»}''')
N("wandb_cr_spec_values_secret_references", WB_OP, r'''
spec:
  values:
    global:
      licenseSecret: {name: wandb-license, key: license}
      mysql:
        host: wandb-db.cluster-«lc12:c».us-east-1.rds.amazonaws.com
        passwordSecret: {name: wandb-mysql, passwordKey: MYSQL_PASSWORD}''')
N("wandb_cr_status_conditions_and_digests", WB_OP, r'''
status:
  phase: Completed
  observedGeneration: «dig2:g»
  version: 0.«dig2:v».«dig1:w»
  image: wandb/local@sha256:«hex64:d»''')
N("helm_values_yaml_secret_names_and_existing_secret", WB_HELM, r'''
global:
  email:
    smtp:
      host: smtp.sendgrid.net
      user: apikey
      passwordSecret: {name: wandb-smtp, key: password}
  slack:
    clientId: "«dig12:c».«dig13:d»"''')
N("helm_get_values_placeholders", HELM_GET, r'''
$ helm get values wandb -n wandb
USER-SUPPLIED VALUES:
global:
  license: <your-license-here>
  mysql:
    password: <mysql-password>
  host: https://wandb-«lc5:h».example.com''')
N("helm_get_manifest_secret_template_lookup_comment", HELM_MANIFEST, r'''
---
# Source: operator-wandb/templates/secret.yaml
# password is read from existing secret "wandb-mysql" (lookup), not rendered
apiVersion: v1
kind: Secret
metadata:
  name: wandb-app-config-«lc5:s»
  annotations: {checksum/config: «hex64:c»}''')
N("helm_history_table_revisions", HELM_GET, r'''
REVISION        UPDATED                         STATUS          CHART                   APP VERSION     DESCRIPTION
«dig1:a»               Mon Jan «dd» «hh»:«mm»:«mm» 2025        superseded      operator-wandb-0.«dig2:c».«dig1:d»     0.«dig2:v».0        Upgrade complete
«dig2:b»              Tue Feb «dd» «hh»:«mm»:«mm» 2025        deployed        operator-wandb-0.«dig2:c».«dig1:e»     0.«dig2:v».1        Upgrade complete''')
N("kubectl_describe_wandb_app_env_set_to_key_of_secret_and_configmap", K8S_KUBECTL, r'''
    Environment:
      HOST:             https://wandb.example.com
      MYSQL:            <set to the key 'MYSQL' in secret 'wandb-mysql-«lc5:s»'>    Optional: false
      REDIS:            <set to the key 'REDIS' in secret 'wandb-redis'>    Optional: false
      OIDC_SECRET:      <set to the key 'secret' of config map 'wandb-oidc'>  Optional: true''')
N("kubectl_get_pods_wide_with_hashes", K8S_KUBECTL, r'''
NAME                              READY   STATUS    RESTARTS   AGE   IP              NODE
wandb-app-«lc10:h»-«lc5:g»         1/1     Running   0          «dig1:a»d    10.«dig2:a».«dig1:b».«dig2:c»    ip-10-0-«dig1:d»-«dig2:e».ec2.internal
wandb-console-«lc10:i»-«lc5:j»     1/1     Running   0          «dig1:a»d    10.«dig2:a».«dig1:b».«dig2:f»    ip-10-0-«dig1:d»-«dig2:e».ec2.internal''')
N("kubectl_get_sa_irsa_annotation_role_arn", K8S_KUBECTL, r'''
apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::«dig12:a»:role/wandb-«lc6:r»-irsa
  name: wandb-app''')
N("kubectl_create_secret_from_file_history", K8S_SECRET, r'''
  «dig3:n»  kubectl -n wandb create secret generic wandb-license --from-file=license=./license.txt
  «dig3:m»  kubectl -n wandb get secret wandb-license -o jsonpath='{.metadata.uid}'
  «dig3:o»  kubectl -n wandb rollout status deploy/wandb-app''')
N("kustomize_secret_generator_files_and_envs", KUSTOMIZE, r'''
secretGenerator:
- name: wandb-secrets
  files:
  - license=secrets/license.txt
  envs:
  - secrets/wandb.env
namePrefix: prod-«lc4:p»-''')
N("pod_spec_args_password_file_flag", K8S_KUBECTL, r'''
      containers:
      - args:
        - --redis-addr=wandb-redis:6379
        - --redis-password-file=/secrets/redis-password
        - --metrics-port=«dig4:p»
        name: redis-exporter''')
N("image_pull_secrets_reference_and_image_digest", KUBELET, r'''
      imagePullSecrets:
      - name: regcred
      containers:
      - image: registry.example.com/wandb/local@sha256:«hex64:d»
        imagePullPolicy: IfNotPresent''')
N("prometheus_scrape_config_password_file", PROM, r'''
- job_name: wandb-gorilla-«lc4:j»
  basic_auth:
    username: prom
    password_file: /etc/prometheus/secrets/gorilla-metrics
  static_configs:
  - targets: ['wandb-app:8181']''')
N("public_key_pem_in_configmap_for_jwt_verify", JWT, r'''
data:
  jwks-public.pem: |
    -----BEGIN PUBLIC KEY-----
    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE«b64s28:a»
    «b64s58:b»«@A|Q|g|w»==
    -----END PUBLIC KEY-----''')
# ---- Docker
N("docker_inspect_config_env_non_secret", DOCKER_INSPECT, r'''
            "Env": [
                "HOST=https://wandb.example.com",
                "OIDC_CLIENT_ID=«an20:c»",
                "OIDC_AUTH_METHOD=pkce",
                "GORILLA_SESSION_LENGTH=720h",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"
            ],''')
N("docker_inspect_image_digest_and_container_id", DOCKER_INSPECT, r'''
        "Id": "«hex64:i»",
        "Image": "sha256:«hex64:m»",
        "Name": "/wandb-local",
        "RestartCount": «dig1:r»,''')
N("docker_inspect_mounts_secret_files", DOCKER_INSPECT, r'''
            {
                "Type": "bind",
                "Source": "/opt/wandb/secrets/mysql_password.txt",
                "Destination": "/run/secrets/mysql_password",
                "Mode": "ro",
                "RW": false
            },
        "Hostname": "«hex12:h»",''')
N("compose_yaml_secrets_block_and_file_env", DOCKER_COMPOSE, r'''
services:
  wandb:
    image: wandb/local:0.«dig2:v».0
    environment:
      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password
    secrets: [mysql_password]
secrets:
  mysql_password: {file: ./secrets/mysql_password.txt}''')
N("compose_yaml_interpolated_variables_defaults", DOCKER_ENVFILE, r'''
  mysql:
    image: mysql:8.0.«dig2:v»
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set in .env}
      MYSQL_PASSWORD: ${MYSQL_PASSWORD}
      MYSQL_DATABASE: wandb_local''')
N("dotenv_example_empty_values", DOCKER_ENVFILE, r'''
# copy to wandb.env and fill in
HOST=https://wandb-«lc4:h».example.com
LICENSE=
MYSQL=mysql://wandb:<password>@mysql:3306/wandb_local
SLACK_SECRET=''')
N("docker_ps_output_with_ids", DOCKER_INSPECT, r'''
CONTAINER ID   IMAGE                        COMMAND                  CREATED        STATUS                  PORTS                    NAMES
«hex12:a»   wandb/local:0.«dig2:v».0       "/sbin/my_init"          «dig1:d» days ago     Up «dig1:d» days (healthy)    0.0.0.0:8080->8080/tcp   wandb-local
«hex12:b»   mysql:8.0                    "docker-entrypoint.s…"   «dig1:d» days ago     Up «dig1:d» days              3306/tcp, 33060/tcp      mysql''')
N("docker_daemon_json_mirrors_without_credentials", DOCKER_DAEMON, r'''
{
  "registry-mirrors": ["https://registry-mirror-«lc4:m».example.com"],
  "insecure-registries": ["10.«dig2:a».0.«dig2:b»:5000"],
  "log-opts": {"max-size": "100m", "max-file": "«dig1:f»"}
}''')
N("docker_config_json_creds_store_helper", DOCKER_LOGIN, r'''
{
        "auths": {
                "«dig12:a».dkr.ecr.us-east-1.amazonaws.com": {}
        },
        "credsStore": "ecr-login"
}''')
N("docker_login_ecr_password_stdin_shell_trace_for_wandb_image", DOCKER_LOGIN, r'''
+ aws ecr get-login-password --region us-east-1
+ docker login --username AWS --password-stdin «dig12:a».dkr.ecr.us-east-1.amazonaws.com
Login Succeeded''')
N("docker_info_proxy_masked", DOCKER_INFO, r'''
 Docker Root Dir: /var/lib/docker
 HTTP Proxy: http://xxxxx:xxxxx@proxy.example.com:3128
 HTTPS Proxy: http://xxxxx:xxxxx@proxy.example.com:3128
 No Proxy: localhost,127.0.0.1,.svc
 ID: «uuid:i»''')
# ---- settings forms, no secret
N("env_file_settings_names_sound_secret", WB_ENV, r'''
GORILLA_SESSION_LENGTH=«@720h|168h»
GORILLA_DISABLE_PERSONAL_ENTITY=true
OIDC_AUTH_METHOD=pkce
OIDC_ISSUER=https://login.example.com/realms/ml-«lc4:r»
SECRET_STORE=k8s-secretmanager://wandb-secret''')
N("mysql_dsn_without_password_iam_auth", WB_ENV, r'''
MYSQL=mysql://wandb@wandb-db.cluster-«lc12:c».us-east-1.rds.amazonaws.com:3306/wandb_local?tls=true&allowCleartextPasswords=false''')
N("bucket_url_irsa_no_credentials", WB_BYOB, r'''
BUCKET=s3:///wandb-artifacts-«lc6:b»
BUCKET_QUEUE=internal://
AWS_REGION=us-east-«@1|2»
AWS_ROLE_ARN=arn:aws:iam::«dig12:a»:role/wandb''')
N("oidc_env_exports_client_id_and_issuer", WB_SSO, r'''
export OIDC_ISSUER='https://login.microsoftonline.com/«uuid:t»/v2.0'
export OIDC_CLIENT_ID='«uuid:c»'
export OIDC_AUTH_METHOD=implicit''')
N("terraform_output_sensitive_marked", TF_OUTPUT, r'''
$ terraform output
database_password = <sensitive>
redis_host = "master.wandb-«lc6:c».«lc6:d».use1.cache.amazonaws.com"
url = "https://wandb.example.com"''')
N("terraform_plan_sensitive_values_hidden", TF_STATE, r'''
  # kubernetes_secret.wandb_smtp will be updated in-place
  ~ resource "kubernetes_secret" "wandb_smtp" {
      ~ data = (sensitive value)
        id   = "wandb/wandb-smtp-«lc5:s»"
    }''')
N("terraform_tfvars_non_secret_with_kms_arn", TF_VARS, r'''
namespace          = "wandb-«lc4:n»"
domain_name        = "example.com"
kms_key_arn        = "arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»"
size               = "medium"''')
N("slack_settings_client_id_and_channel_ids", SLACK_TOKENS, r'''
{"slack":{"clientId":"«dig12:c».«dig13:d»","teamId":"T«uc8:t»","channelId":"C«uc10:c»","scopes":["incoming-webhook","chat:write"]}}''')
N("aws_sts_get_caller_identity_irsa_session_json_for_gorilla", AWS_CREDS, r'''
{
    "UserId": "AROA«uc17:u»:botocore-session-«dig10:s»",
    "Account": "«dig12:a»",
    "Arn": "arn:aws:sts::«dig12:a»:assumed-role/wandb-irsa/botocore-session-«dig10:s»"
}''')
N("gcp_service_account_key_metadata_list", GCS_HMAC, r'''
$ gcloud iam service-accounts keys list --iam-account wandb-sa@«lc10:p».iam.gserviceaccount.com
KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED
«hex40:k»  2025-0«@1|2|3»-«dd»T«hh»:«mm»:«mm»Z  9999-12-31T23:59:59Z  False''')
N("azure_storage_account_settings_no_key", AZ_CONN, r'''
global:
  bucket:
    provider: az
    name: wandbfiles«lc6:a»
    accountName: wandbfiles«lc6:a»
    useWorkloadIdentity: true
    clientId: «uuid:c»''')
N("oidc_discovery_document_realm_token_endpoint_auth_methods", OIDC_SPEC, r'''
{"issuer":"https://login.example.com/realms/ml-«lc4:r»","token_endpoint":"https://login.example.com/realms/ml-«lc4:r»/protocol/openid-connect/token","token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post","private_key_jwt"],"code_challenge_methods_supported":["S256"]}''')
N("jwt_id_token_claims_decoded_only", JWT, r'''
{
  "iss": "https://login.example.com/realms/ml",
  "sub": "«uuid:s»",
  "aud": "wandb-«lc6:c»",
  "exp": «dig10:e»,
  "nonce": "«hex32:n»"
}''')
# ---- admin attachments, no secret
N("curl_v_api_with_authorization_redacted_by_admin", CURL_V, r'''
> POST /graphql HTTP/2
> Host: wandb.example.com
> authorization: Basic <redacted>
> user-agent: curl/8.5.0
< x-request-id: «hex32:r»''')
N("curl_v_tls_handshake_and_cert_details", CURL_V, r'''
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=wandb.example.com
*  start date: Jan «dd» «hh»:«mm»:«mm» 2025 GMT
*  issuer: C=US; O=Let's Encrypt; CN=R«dig2:i»
*  SSL certificate verify ok.''')
N("curl_response_headers_etag_and_request_ids", CURL_V, r'''
< HTTP/1.1 200 OK
< ETag: "«hex32:e»"
< x-amz-request-id: «uc16:r»
< x-amz-id-2: «b64s76:x»=
< x-amz-version-id: «b64u32:v»''')
N("openssl_s_client_cert_chain_and_fingerprint", OPENSSL_SC, r'''
Certificate chain
 0 s:CN = wandb.example.com
   i:C = US, O = Let's Encrypt, CN = R«dig2:i»
   a:PKEY: id-ecPublicKey, 256 (bit); sigalg: RSA-SHA256
MD5 Fingerprint=«uhex2:a»:«uhex2:b»:«uhex2:c»:«uhex2:d»:«uhex2:e»:«uhex2:f»:«uhex2:g»:«uhex2:h»:«uhex2:i»:«uhex2:j»:«uhex2:k»:«uhex2:l»:«uhex2:m»:«uhex2:n»:«uhex2:o»:«uhex2:p»''')
N("openssl_s_client_session_block_without_master_key", OPENSSL_SC, r'''
SSL-Session:
    Protocol  : TLSv1.3
    Cipher    : TLS_AES_256_GCM_SHA384
    Session-ID: «uhex64:i»
    Session-ID-ctx: 
    Resumption PSK: 
    PSK identity: None
    Start Time: «dig10:t»''')
N("openssl_x509_text_serial_and_key_ids", OPENSSL_SC, r'''
        Serial Number:
            «hex2:a»:«hex2:b»:«hex2:c»:«hex2:d»:«hex2:e»:«hex2:f»:«hex2:g»:«hex2:h»:«hex2:i»:«hex2:j»:«hex2:k»:«hex2:l»
            X509v3 Subject Key Identifier: 
                «uhex2:m»:«uhex2:n»:«uhex2:o»:«uhex2:p»:«uhex2:q»:«uhex2:r»:«uhex2:s»:«uhex2:t»''')
N("wandb_netrc_file_machine_without_password", WB_API, r'''
machine wandb-«lc4:h».example.com
  login user
  password ''')
N("wandb_settings_file_non_secret", WB_API, r'''
[default]
base_url = https://wandb.example.com
entity = «lc8:e»
project = «lc10:p»
mode = online''')
N("wandb_verify_output_run_ids", WB_API, r'''
Checking if logged in...................................................✅
Checking signed URL upload..............................................✅
Checking artifact save and download workflows...........................✅
Run id: «lc8:r»  entity: «lc8:e»  project: verify''')
N("python_wandb_api_repr_without_key", PY_REPR, r'''
>>> api = wandb.Api(overrides={'base_url': 'https://wandb.example.com'})
>>> api.run('«lc8:e»/«lc10:p»/«lc8:r»')
<Run «lc8:e»/«lc10:p»/«lc8:r» (finished)>''')
N("mysqldump_cronjob_with_defaults_extra_file", MYSQL_CLIENT, r'''
            command:
            - /bin/sh
            - -c
            - mysqldump --defaults-extra-file=/secrets/my.cnf -h wandb-mysql --single-transaction wandb_local | gzip > /backup/wandb-«dig8:d».sql.gz''')
N("gorilla_log_secret_store_secret_name_only", WB_ENV, r'''
{"level":"info","time":"«T»","msg":"team secret upserted","entity":"«lc8:e»","secret_name":"ANTHROPIC_API_KEY","value":"********","version":«dig2:v»}''')
N("go_redis_url_parse_error_without_credentials", GO_REDIS, r'''
«TG» cache: redis: invalid URL scheme "http": redis://wandb-redis-«lc4:r»:6379 expected''')
N("git_commit_and_build_info_json", WB_ENV, r'''
{"version":"0.«dig2:v».«dig1:w»","commit":"«hex40:c»","buildTime":"«T»","goVersion":"go1.2«dig1:g».«dig1:h»","dirty":false}''')
N("wandb_server_info_graphql_response_license_flags", WB_API, r'''
{"data":{"serverInfo":{"latestLocalVersionInfo":{"latestVersionString":"0.«dig2:v».0","versionOnThisInstanceString":"0.«dig2:u».0"},"licenseInfo":{"maxUsers":«dig3:m»,"expiresAt":"2026-0«@1|4»-«dd»","flags":["SCIM","BYOB"]}}}}''')
# ---- extra positives: wrapped, tabular, prompt-after forms
P("kubectl_get_secret_go_template_decoded_table", K8S_SECRET, r'''
$ kubectl get secret wandb-bucket -o go-template='{{range $k,$v := .data}}{{printf "%-12s %s\n" $k ($v|base64decode)}}{{end}}'
ACCESS_KEY   AKIA«uc16:a»
REGION       eu-west-1
SECRET_KEY   «!b64s40:s»''')
P("mysql_config_editor_set_then_prompt_echoed_in_script_log", MYSQL_CLIENT, r'''
+ mysql_config_editor set --login-path=wandb --host=wandb-db --user=wandb --password
Enter password: «!pw18:p»
+ mysql --login-path=wandb -e 'SELECT 1'
1''')
P("helm_values_long_license_double_quoted_escaped_line_break", WB_HELM, r'''
global:
  license: "«JWT_H».«!b64u70:a»\
    «!b64u70:b».«!b64u86:c»"
  host: https://wandb.example.com''')
P("gorilla_env_table_in_support_doc_markdown", WB_ENV, r'''
| Variable | Value |
|---|---|
| HOST | https://wandb.example.com |
| REDIS | redis://:«!an32:r»@10.«dig2:a».0.«dig2:b»:6379 |
| SLACK_SECRET | «!hex32:k» |''')
P("wandb_cr_yaml_oidc_secret_single_quoted_with_apostrophe", WB_OP, r'''
      auth:
        oidc:
          clientId: «an20:c»
          secret: '«!qx22:s|yq»'
          issuer: https://login.example.com/realms/ml''')
P("redis_cli_a_flag_in_kubectl_exec_with_warning", REDIS_CLI, r'''
$ kubectl -n wandb exec -it wandb-redis-master-0 -- redis-cli -a «!an32:p» info keyspace
Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.
# Keyspace
db0:keys=«dig5:k»,expires=«dig4:e»,avg_ttl=0''')
P("gorilla_logfmt_escaped_quotes_inside_quoted_smtp_password", LOGFMT, r'''
ts=«T» level=error msg="smtp auth failed" host=smtp.example.com:587 user=alerts@example.com password="«!qx20:p|json»" err="535 5.7.8 Authentication failed"''')

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
