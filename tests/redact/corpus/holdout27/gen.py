#!/usr/bin/env python3
"""holdout27: sealed held-out set for the wbdiag secret redactor.

Focus: structured logs and configuration dumps of the tools around a W&B
Server deployment. Stdlib only, fixed seed, deterministic.

Templates use markers of the form  §kind§  or  §kind:name§ . Secret kinds
(upper case) are recorded in the record's `secrets`; a named marker reuses
the value drawn for that name within one record.
"""
import base64
import hashlib
import json
import os
import random
import re
import string

SEED = 2727_2026
HERE = os.path.dirname(os.path.abspath(__file__))

rng = random.Random(SEED)

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
PW_MID = ALNUM + "-_.!~+*"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"

HOSTS = ["wandb.example.com", "ml.example.org", "wb.corp.example.net", "mlops.example.io",
         "wandb.internal.example.com", "tracking.example.co"]
USERS = ["wandb", "wbadmin", "svc_wandb", "mlflow_ro", "ops", "grafana", "wb_app", "minioadmin"]
BA_USERS = ["wandb", "admin", "minio", "proxy", "relay", "guest", "exporter", "operator"]
WORDS = ["alpha", "bravo", "cedar", "delta", "ember", "fjord", "gamma", "harbor", "iris",
         "juniper", "kelp", "lumen", "maple", "nova", "onyx", "pine", "quartz", "raven"]
NS = ["wandb", "wandb-prod", "ml-platform", "wandb-system"]


def s(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def pw(lo=14, hi=22):
    n = rng.randint(lo, hi)
    while True:
        v = rng.choice(ALNUM) + s(PW_MID, n - 2) + rng.choice(ALNUM)
        if any(c in "-_.!~+*" for c in v) and any(c.isdigit() for c in v):
            return v


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class Clock:
    def __init__(self):
        self.t = rng.randint(1672531200, 1764547200) * 1000 + rng.randint(0, 999)
        self.sub = rng.randint(0, 999999)

    def tick(self):
        self.t += rng.choice([0, 1, 3, 7, 12, 41, 150, 900, 2300])
        self.sub = rng.randint(0, 999999)
        return self.t


import time as _time


def _parts(ms):
    st = _time.gmtime(ms // 1000)
    return st, ms % 1000


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt_time(kind, clk):
    ms = clk.tick()
    st, m = _parts(ms)
    d = "%04d-%02d-%02d" % (st.tm_year, st.tm_mon, st.tm_mday)
    t = "%02d:%02d:%02d" % (st.tm_hour, st.tm_min, st.tm_sec)
    us = m * 1000 + clk.sub % 1000
    if kind == "ts":
        return "%sT%s.%03dZ" % (d, t, m)
    if kind == "tsu":
        return "%sT%s.%06dZ" % (d, t, us)
    if kind == "tsn":
        return "%sT%s.%06d%03dZ" % (d, t, us, clk.sub % 997)
    if kind == "ts7":
        return "%sT%s.%06d%dZ" % (d, t, us, clk.sub % 10)
    if kind == "tso":
        return "%sT%s.%03d+00:00" % (d, t, m)
    if kind == "tsuo":
        return "%sT%s.%06d+00:00" % (d, t, us)
    if kind == "tsj":
        return "%s %s,%03d" % (d, t, m)
    if kind == "tsjd":
        return "%s %s.%03d" % (d, t, m)
    if kind == "tsg":
        return "%04d/%02d/%02d %s" % (st.tm_year, st.tm_mon, st.tm_mday, t)
    if kind == "tss":
        return "%s %s" % (d, t)
    if kind == "tsz":
        return "%sT%sZ" % (d, t)
    if kind == "ep":
        return "%d.%06d" % (ms // 1000, us)
    if kind == "ep3":
        return "%d.%03d" % (ms // 1000, m)
    if kind == "ep9":
        return "%d.%06d%03d" % (ms // 1000, us, clk.sub % 997)
    if kind == "epms":
        return "%d" % ms
    if kind == "epns":
        return "%d%06d" % (ms, clk.sub)
    if kind == "eps":
        return "%d" % (ms // 1000)
    if kind == "sysl":
        return "%s %2d %s" % (MON[st.tm_mon - 1], st.tm_mday, t)
    if kind == "ctime":
        return "%s %s %2d %s %d" % (DOW[st.tm_wday], MON[st.tm_mon - 1], st.tm_mday, t, st.tm_year)
    if kind == "http":
        return "%s, %02d %s %d %s GMT" % (DOW[st.tm_wday], st.tm_mday, MON[st.tm_mon - 1], st.tm_year, t)
    if kind == "hm":
        return "%02d:%02d" % (st.tm_hour, st.tm_min)
    if kind == "hms":
        return t
    raise KeyError(kind)


TIME_KINDS = {"ts", "tsu", "tsn", "ts7", "tso", "tsuo", "tsj", "tsjd", "tsg", "tss", "tsz", "ep", "ep3",
              "ep9", "epms", "epns", "eps", "sysl", "ctime", "http", "hm", "hms"}


def podsfx():
    return s("bcdfghjklmnpqrstvwxz2456789", 9) + "-" + s("bcdfghjklmnpqrstvwxz2456789", 5)


def plain(kind):
    """Non-secret filler values."""
    if kind == "uuid":
        h = s(HEX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    if kind.startswith("hex"):
        return s(HEX, int(kind[3:]))
    if kind.startswith("HEX"):
        return s("0123456789ABCDEF", int(kind[3:]))
    if kind.startswith("num"):
        n = int(kind[3:])
        return rng.choice("123456789") + s(DIG, n - 1)
    if kind.startswith("lc"):
        return s(LOW + DIG, int(kind[2:]))
    if kind.startswith("an"):
        return s(ALNUM, int(kind[2:]))
    if kind == "pod":
        return podsfx()
    if kind == "rs":
        return s("bcdfghjklmnpqrstvwxz2456789", 5)
    if kind == "pid":
        return str(rng.randint(7, 48000))
    if kind == "n":
        return str(rng.randint(1, 99))
    if kind == "n3":
        return str(rng.randint(100, 999))
    if kind == "port":
        return str(rng.choice([3306, 6379, 8080, 9000, 443, 8443, 5432, 9092, 4317]))
    if kind == "ip":
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if kind == "host":
        return rng.choice(HOSTS)
    if kind == "ver":
        return "%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 40), rng.randint(0, 20))
    if kind == "user":
        return rng.choice(USERS)
    if kind == "word":
        return rng.choice(WORDS)
    if kind == "ns":
        return rng.choice(NS)
    if kind == "akia":
        return rng.choice(["AKIA", "ASIA"]) + s(UP + "234567", 16)
    if kind == "cid":
        return s(HEX, 64)
    if kind == "sha":
        return "sha256:" + s(HEX, 64)
    if kind == "fp":
        return s(B64, 43)
    if kind == "b64pub":
        return s(B64, 64)
    if kind == "node":
        return "ip-10-%d-%d-%d.ec2.internal" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if kind == "dur":
        return "%d.%03dms" % (rng.randint(0, 900), rng.randint(0, 999))
    if kind == "rid":
        return s(UP + DIG, 16)
    if kind == "esc":
        return "\x1b"
    if kind == "t":
        return "\t"
    if kind == "nul":
        return "\x00"
    raise KeyError(kind)


def jwt_parts():
    hdr = b64u(json.dumps({"alg": "RS256", "typ": "JWT", "kid": s(HEX, 12)}).encode())
    pl = b64u(json.dumps({"iss": "https://%s/oidc" % rng.choice(HOSTS), "sub": s(HEX, 24),
                          "aud": "wandb", "exp": rng.randint(1700000000, 1790000000)}).encode())
    sig = s(B64U, 86)
    return hdr + "." + pl + "." + sig, sig


def secret(kind):
    """Return (text in line, [listed parts])."""
    if kind == "P":  # password
        v = pw()
        return v, [v]
    if kind == "A":  # alnum token
        v = s(ALNUM, rng.randint(20, 32))
        return v, [v]
    if kind == "K":  # W&B API key (40 hex)
        v = s(HEX, 40)
        return v, [v]
    if kind == "LK":  # local- prefixed W&B key
        v = s(HEX, 40)
        return "local-" + v, [v]
    if kind == "H":  # 64 hex secret
        v = s(HEX, 64)
        return v, [v]
    if kind == "B":  # base64url token
        v = s(B64U, rng.randint(32, 43))
        return v, [v]
    if kind == "W":  # AWS-style secret access key
        v = s(ALNUM + "/+", 40)
        while not (v[0].isalnum() and v[-1].isalnum()):
            v = s(ALNUM + "/+", 40)
        return v, [v]
    if kind == "WA":  # alnum-only variant (safe in URLs)
        v = s(ALNUM, 40)
        return v, [v]
    if kind == "J":
        full, sig = jwt_parts()
        return full, [sig]
    if kind == "G":
        v = s(ALNUM, 36)
        return "ghp_" + v, [v]
    if kind == "GL":
        v = s(ALNUM + "-_", 20)
        while not (v[0].isalnum() and v[-1].isalnum()):
            v = s(ALNUM + "-_", 20)
        return "glpat-" + v, [v]
    if kind == "X":
        v = s(ALNUM, 24)
        return "xoxb-%s-%s-%s" % (s(DIG, 12), s(DIG, 13), v), [v]
    if kind == "SW":
        v = s(ALNUM, 24)
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (s(UP + DIG, 8), s(UP + DIG, 10), v), [v]
    if kind == "BA":
        u = rng.choice(BA_USERS)
        p = pw()
        enc = b64e((u + ":" + p).encode())
        start = (len(u) + 1) // 3 * 4
        return enc, [enc[start:].rstrip("=")]
    if kind == "B64":  # base64 of a password
        p = pw(16, 24)
        enc = b64e(p.encode())
        return enc, [enc.rstrip("=")]
    if kind == "SK":  # sk- style
        v = s(ALNUM, 48)
        return "sk-" + v, [v]
    if kind == "HF":
        v = s(ALNUM, 34)
        return "hf_" + v, [v]
    if kind == "NPM":
        v = s(ALNUM, 36)
        return "npm_" + v, [v]
    if kind == "H2":
        v = s(HEX, 128)
        return v, [v]
    if kind == "SID":
        v = s(LOW + DIG, 32)
        return v, [v]
    if kind == "AP1":  # apr1 hash (22 chars of ./0-9A-Za-z)
        v = s(ALNUM + "./", 22)
        while not (v[0].isalnum() and v[-1].isalnum()):
            v = s(ALNUM + "./", 22)
        return v, [v]
    if kind == "DD":
        v = s(HEX, 32)
        return v, [v]
    raise KeyError(kind)


SECRET_KINDS = {"P", "A", "K", "LK", "H", "B", "W", "WA", "J", "G", "GL", "X", "SW", "BA", "B64", "SK",
                "HF", "NPM", "DD", "H2", "SID", "AP1"}
MARK = re.compile(r"§([A-Za-z0-9]+)(?::([A-Za-z0-9_]+))?§")


def render(tpl, allow_secrets=True):
    clk = Clock()
    named = {}
    secrets = []

    def sub(m):
        kind, name = m.group(1), m.group(2)
        key = (kind, name)
        if name is not None and key in named:
            return named[key]
        if kind in SECRET_KINDS:
            if not allow_secrets:
                raise ValueError("secret marker in negative: " + kind)
            txt, parts = secret(kind)
            for p in parts:
                if p not in secrets:
                    secrets.append(p)
        elif kind in TIME_KINDS:
            txt = fmt_time(kind, clk)
        elif kind.startswith("ch"):  # choice: §chA|B|C§ not supported; use choose()
            raise KeyError(kind)
        else:
            txt = plain(kind)
        if name is not None:
            named[key] = txt
        return txt

    body = tpl
    if body.startswith("\n"):
        body = body[1:]
    if body.endswith("\n"):
        body = body[:-1]
    body = choose(body)
    out = MARK.sub(sub, body)
    return out.split("\n"), secrets


def passes(lines, secrets):
    text = "\n".join(lines)
    for sec in secrets:
        if len(sec) < 8 or sec not in text:
            return False
    rest = text
    for sec in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(sec, "\x01")
    for sec in secrets:
        for i in range(len(sec) - 5):
            if sec[i:i + 6] in rest:
                return False
    return True

CHOICE = re.compile(r"«([^«»]*)»")


def choose(tpl):
    return CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl)


SRC = {
    "zap": "https://pkg.go.dev/go.uber.org/zap (NewProduction JSON encoder: level, ts, caller, msg)",
    "logrus": "https://github.com/sirupsen/logrus README (JSONFormatter / TextFormatter output)",
    "slog": "https://pkg.go.dev/log/slog (JSONHandler / TextHandler output, group attrs)",
    "zerolog": "https://github.com/rs/zerolog README (level, time, message fields)",
    "structlog": "https://www.structlog.org/en/stable/api.html (JSONRenderer, KeyValueRenderer)",
    "pyjson": "https://github.com/madzak/python-json-logger README (asctime/name/levelname/message, json.dumps default separators)",
    "pylogging": "https://docs.python.org/3/library/logging.html#logrecord-attributes",
    "pino": "https://github.com/pinojs/pino/blob/main/docs/api.md (level, time, pid, hostname, msg, err serializer)",
    "bunyan": "https://github.com/trentm/node-bunyan README (name, hostname, pid, level, msg, time, v; req/err serializers)",
    "winston": "https://github.com/winstonjs/winston README (format.json, format.timestamp, metadata)",
    "log4j2": "https://logging.apache.org/log4j/2.x/manual/json-template-layout.html and JsonLayout (instant, thread, loggerName, contextMap)",
    "logback": "https://github.com/logfellow/logstash-logback-encoder README (@timestamp, @version, logger_name, thread_name, level_value, MDC)",
    "serilog": "https://github.com/serilog/serilog-formatting-compact README (CLEF @t/@mt/@l/@x) and Serilog JsonFormatter (Timestamp, MessageTemplate, Properties)",
    "tracing": "https://docs.rs/tracing-subscriber/latest/tracing_subscriber/fmt/format/struct.Json.html (timestamp, level, fields, target, span, spans)",
    "logfmt": "https://brandur.org/logfmt and go-kit log (key=value, quoted values)",
    "rfc5424": "https://www.rfc-editor.org/rfc/rfc5424 (HEADER, STRUCTURED-DATA with SD-PARAM escaping)",
    "gelf": "https://go2docs.graylog.org/current/getting_in_log_data/gelf.html (GELF 1.1 payload, underscore additional fields)",
    "otlp": "https://opentelemetry.io/docs/specs/otel/logs/data-model/ and OTLP/JSON encoding (resourceLogs/scopeLogs/logRecords, attributes key/value)",
    "oteldebug": "https://github.com/open-telemetry/opentelemetry-collector/tree/main/exporter/debugexporter (detailed verbosity: ResourceLog #0, Attributes: -> key: Str(...))",
    "otelspan": "https://opentelemetry.io/docs/specs/semconv/ (url.full, db.query.text, http.request.header.*) in OTLP/JSON spans",
    "fluentbit": "https://docs.fluentbit.io/manual/pipeline/outputs/standard-output (stdout output [0] tag: [[ts, {}], {...}]) and kubernetes filter fields",
    "vector": "https://vector.dev/docs/reference/configuration/sources/kubernetes_logs/ (event fields file, kubernetes.*, message, source_type, stream) and `vector tap` JSON",
    "promtail": "https://grafana.com/docs/loki/latest/send-data/promtail/troubleshooting/ (--dry-run output: timestamp, label set, tab, line)",
    "actuator": "https://docs.spring.io/spring-boot/api/rest/actuator/env.html and configprops.html (propertySources / beans / properties / inputs)",
    "django": "https://docs.djangoproject.com/en/stable/ref/settings/ and django/views/templates/technical_500.txt (plain-text debug: Settings: Using settings module ...; SafeExceptionReporterFilter)",
    "rails": "https://guides.rubyonrails.org/configuring.html (database_configuration hash, ActiveRecord DatabaseConfigurations inspect)",
    "viper": "https://pkg.go.dev/github.com/spf13/viper (Debug(), AllSettings() printed with %v / %#v)",
    "koanf": "https://github.com/knadh/koanf README (Print()/Sprint(): `key -> value` lines; All() map)",
    "nodeconfig": "https://github.com/node-config/node-config/wiki (NODE_CONFIG env, util.toObject(); util.inspect output with single quotes)",
    "grafana": "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/ (ini sections, GF_* env overrides, /api/admin/settings)",
    "prometheus": "https://prometheus.io/docs/prometheus/latest/configuration/configuration/ (scrape_config params, basic_auth, authorization; /api/v1/status/config)",
    "alertmanager": "https://prometheus.io/docs/alerting/latest/configuration/ (receivers, http_config, <secret> masking in /api/v2/status)",
    "nginxT": "https://nginx.org/en/docs/switches.html (-T dumps configuration with `# configuration file ...:` headers) and ngx_http_proxy_module",
    "haproxy": "https://docs.haproxy.org/2.8/configuration.html (userlist, stats auth, http-request set-header; -vv build output)",
    "redis": "https://redis.io/docs/latest/commands/config-get/ (redis-cli numbered reply lines 1) \"name\" 2) \"value\")",
    "mc": "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-config.html (mc admin config export: subsystem key=value lines)",
    "ps": "https://man7.org/linux/man-pages/man1/ps.1.html (auxwwe: environment after the command) and proc(5) /proc/pid/environ",
    "systemctl": "https://www.freedesktop.org/software/systemd/man/latest/systemctl.html (show: Property=value lines, Environment= space-joined)",
    "dockertop": "https://docs.docker.com/reference/cli/docker/container/top/ (UID PID PPID C STIME TTY TIME CMD table)",
    "coredump": "https://www.freedesktop.org/software/systemd/man/latest/systemd-coredump.html (journal fields COREDUMP_CMDLINE, COREDUMP_ENVIRON; journalctl -o verbose)",
    "tfjson": "https://developer.hashicorp.com/terraform/internals/json-format (resource_changes change.before/after, after_sensitive, values)",
    "tfshow": "https://developer.hashicorp.com/terraform/cli/commands/show and /cli/commands/output (-json prints sensitive values in plain text; human plan `(sensitive value)`)",
    "tfstate": "https://developer.hashicorp.com/terraform/language/state/sensitive-data (state v4 JSON resources[].instances[].attributes)",
    "ansible": "https://docs.ansible.com/ansible/latest/reference_appendices/logging.html and `-vvv` task output (ok: [host] => {..., \"invocation\": {\"module_args\": ...}}, ESTABLISH / EXEC lines, no_log censored)",
    "gha": "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#masking-a-value-in-a-log (raw log: 7-digit ISO timestamps, ##[group], *** masks)",
    "gitlab": "https://docs.gitlab.com/ci/variables/#mask-a-cicd-variable (job log `$ command` echo, [MASKED])",
    "jenkins": "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/ (**** masking, [Pipeline] sh, + command echo)",
    "sentry": "https://develop.sentry.dev/sdk/data-model/event-payloads/ (event JSON: request, contexts, breadcrumbs, exception, extra)",
    "envoy": "https://www.envoyproxy.io/docs/envoy/latest/operations/admin#get--config_dump (config_dump JSON with @type)",
    "vault": "https://developer.hashicorp.com/vault/docs/audit (audit log JSON: request/response, hmac-sha256 values)",
    "k8saudit": "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/ (audit.k8s.io/v1 Event JSON: requestObject, responseObject)",
    "argo": "https://argo-cd.readthedocs.io/en/stable/ (argocd app manifests / app get -o json)",
    "otelcfg": "https://opentelemetry.io/docs/collector/configuration/ (collector config; `otelcol print-config` / zpages)",
    "celery": "https://docs.celeryq.dev/en/stable/userguide/workers.html (worker banner: transport, results; `celery inspect conf`)",
    "gunicorn": "https://docs.gunicorn.org/en/stable/settings.html (--print-config / --check-config output `name = value`)",
    "uwsgi": "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html (startup `;uWSGI instance configuration` dump)",
    "kafka": "https://kafka.apache.org/documentation/#configuration (AdminClientConfig values: block; [hidden] for Password types)",
    "clickhouse": "https://clickhouse.com/docs/operations/server-configuration-parameters/settings (preprocessed_configs XML, system.settings)",
    "mysqlrouter": "https://dev.mysql.com/doc/mysql-router/8.0/en/ (mysqlrouter --bootstrap log, config dump)",
    "pgbouncer": "https://www.pgbouncer.org/config.html (SHOW CONFIG table, connection string in [databases])",
    "supervisor": "http://supervisord.org/configuration.html (supervisorctl status / environment in program section)",
    "k8sevents": "https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/ (message field of events)",
    "traefik": "https://doc.traefik.io/traefik/operations/api/ (/api/rawdata JSON: routers, middlewares, services)",
    "consul": "https://developer.hashicorp.com/consul/api-docs/kv (consul kv export JSON base64 value)",
    "etcd": "https://etcd.io/docs/v3.5/dev-guide/interacting_v3/ (etcdctl get -w json base64 kvs)",
    "journal": "https://www.freedesktop.org/software/systemd/man/latest/journalctl.html (-o json / -o verbose / short-iso)",
    "supportbundle": "https://troubleshoot.sh/docs/collect/ (collectors write JSON/YAML files; redactors)",
}

POS = []
NEG = []


def P(name, kind, src, tpl):
    POS.append((name, kind, src, tpl))


def N(name, kind, src, tpl):
    NEG.append((name, kind, src, tpl))


# ---------------------------------------------------------------- JSON loggers: Go
P("zap_json_redis_universal_options_struct_field_password", "zap redis options", "zap", r'''
{"level":"debug","ts":§ep§,"caller":"cache/redis.go:«88|91|104»","msg":"creating redis client","opts":{"Addrs":["redis-master.§ns§.svc.cluster.local:6379"],"DB":«0|1|2»,"Username":"","Password":"§P§","MaxRetries":3,"PoolSize":«10|20|50»}}
''')
P("zap_json_error_verbose_wrapped_chain_mysql_dsn_in_errorverbose", "zap errorverbose", "zap", r'''
{"level":"error","ts":§ep§,"caller":"db/open.go:§n§","msg":"open database","error":"dial tcp §ip§:3306: connect: connection refused","errorVerbose":"dial tcp §ip§:3306: connect: connection refused\nopening mysql://wandb_«app|local|prod»:§P§@mysql.§ns§.svc.cluster.local:3306/wandb_local\ngithub.com/wandb/core/pkg/db.Open\n\t/src/pkg/db/open.go:§n§"}
''')
P("zap_json_named_logger_sugared_keys_and_values_license_pair", "zap sugared license", "zap", r'''
{"level":"info","ts":"§ts§","logger":"«gorilla.license|license.loader»","caller":"license/load.go:§n§","msg":"license loaded from env","source":"LICENSE","license":"§J§","seats":§n3§}
''')
P("zap_json_stacktrace_field_http_handler_basic_auth_header", "zap stacktrace basic", "zap", r'''
{"level":"warn","ts":§ep§,"caller":"middleware/auth.go:§n§","msg":"rejected request","path":"/api/v1/«artifacts|runs|files»","authorization":"Basic §BA§","stacktrace":"github.com/wandb/core/middleware.Auth\n\t/src/middleware/auth.go:§n§\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2136"}
''')
P("logrus_text_formatter_quoted_msg_with_bucket_url_field", "logrus text bucket", "logrus", r'''
time="§tsz§" level=info msg="object store configured" bucket="s3://§akia§:§W§@wandb-«artifacts|files|data»-§lc6§" region=us-east-1
time="§tsz§" level=info msg="starting workers" count=«4|8|16»
''')
P("logrus_json_formatter_fields_nested_proxy_url_userinfo", "logrus json proxy", "logrus", r'''
{"fields.proxy":"http://«svc-proxy|egress|squid»:§P§@proxy.example.com:3128","level":"debug","msg":"http transport configured","time":"§tso§"}
''')
P("slog_json_handler_group_attr_config_database_password", "slog json group", "slog", r'''
{"time":"§tso§","level":"DEBUG","source":{"function":"main.loadConfig","file":"/app/cmd/server/main.go","line":§n§},"msg":"config","config":{"database":{"host":"mysql.§ns§.svc","user":"§user§","password":"§P§"},"listen":":8080"}}
''')
P("slog_text_handler_dotted_group_keys_redis_password", "slog text group", "slog", r'''
time=§tso§ level=INFO msg="cache ready" cache.addr=redis.§ns§.svc:6379 cache.password=§P§ cache.tls=«true|false»
''')
P("zerolog_console_writer_nocolor_key_value_token_field", "zerolog console", "zerolog", r'''
§hms§ INF starting operator reconciler controller=weightsandbiases namespace=§ns§
§hms§ DBG license refreshed expires=§tsz§ token=§B§
''')
P("zerolog_json_err_field_contains_redis_url_userinfo", "zerolog err redis", "zerolog", r'''
{"level":"error","error":"dial redis://default:§P§@redis.§ns§.svc.cluster.local:6379/0: i/o timeout","time":"§tsz§","message":"task queue unavailable"}
''')
P("go_kit_logfmt_caller_ts_dsn_with_query_tls_param", "gokit logfmt dsn", "logfmt", r'''
level=info ts=§ts§ caller=main.go:§n§ msg="connecting" dsn="§user§:§P§@tcp(mysql.§ns§.svc:3306)/wandb_local?tls=preferred&parseTime=true"
''')
# ---------------------------------------------------------------- JSON loggers: Python
P("python_json_logger_default_separators_extra_api_key", "pythonjsonlogger extra", "pyjson", r'''
{"asctime": "§tsj§", "name": "wandb_gql.transport", "levelname": "DEBUG", "message": "sending query", "url": "https://§host§/graphql", "api_key": "§LK§"}
''')
P("python_json_logger_exc_info_traceback_with_locals_token", "pythonjsonlogger exc_info", "pyjson", r'''
{"asctime": "§tsj§", "levelname": "ERROR", "message": "upload failed", "exc_info": "Traceback (most recent call last):\n  File \"/app/upload.py\", line §n§, in push\n    resp = session.put(url, data=chunk)\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://§host§/files/upload?token=§A§"}
''')
P("structlog_keyvalue_renderer_event_equals_quoted_dsn", "structlog keyvalue", "structlog", r'''
event='db engine created' url='mysql+pymysql://§user§:§P§@mysql.§ns§.svc:3306/wandb' pool_size=«5|10» logger='weave.db' level='info' timestamp='§tsu§'
''')
P("structlog_logfmt_renderer_bool_and_secret_field", "structlog logfmt", "structlog", r'''
timestamp=§tsu§ level=debug event="oidc client" issuer=https://§host§/oauth2/default client_id=§lc20§ client_secret=§A§ verify=true
''')
P("python_logging_dictconfig_dump_handler_credentials_tuple", "python logging dictconfig smtphandler", "pylogging", r'''
§tsj§ DEBUG logging.config: handlers={'mail': {'class': 'logging.handlers.SMTPHandler', 'mailhost': ('smtp.example.com', 587), 'fromaddr': 'wandb@example.com', 'toaddrs': ['ops@example.com'], 'credentials': ('wandb-alerts', '§P§'), 'secure': ()}}
''')
P("python_logging_basic_format_requests_urllib3_debug_query_token", "urllib3 debug query", "pylogging", r'''
§tsj§ DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): §host§:443
§tsj§ DEBUG urllib3.connectionpool: https://§host§:443 "GET /api/v1/export?run=§lc8§&access_token=§A§ HTTP/1.1" 200 §n3§
''')
P("celery_worker_banner_transport_and_results_redis_password", "celery banner", "celery", r'''
 -------------- celery@worker-§pod:p§ v5.«3.4|4.0|3.6» (emerald-rush)
--- ***** -----
-- ******* ---- Linux-5.15.0-x86_64-with-glibc2.36 §tss§
- *** --- * ---
- ** ---------- [config]
- ** ---------- .> app:         weave_tasks:0x7f§hex9§
- ** ---------- .> transport:   redis://:§P:r§@redis.§ns§.svc:6379/0
- ** ---------- .> results:     redis://:§P:r§@redis.§ns§.svc:6379/1
''')
P("celery_inspect_conf_json_broker_url_with_password", "celery inspect conf", "celery", r'''
->  celery@worker-§pod:p§: OK
    {
        "broker_url": "amqp://wandb:§P§@rabbitmq.§ns§.svc:5672//",
        "result_backend": "rpc://",
        "task_acks_late": true,
''')
P("gunicorn_print_config_option_lines_secure_scheme_env", "gunicorn print-config", "gunicorn", r'''
workers                           = «2|4|8»
worker_class                      = uvicorn.workers.UvicornWorker
bind                              = ['0.0.0.0:8000']
raw_env                           = ['WANDB_API_KEY=§K§', 'WANDB_BASE_URL=https://§host§']
forwarded_allow_ips               = ['127.0.0.1']
''')
P("uwsgi_startup_instance_configuration_dump_env_option", "uwsgi config dump", "uwsgi", r'''
;uWSGI instance configuration
[uwsgi]
module = app.wsgi:application
env = DATABASE_URL=mysql://§user§:§P§@mysql.§ns§.svc/wandb
processes = «2|4»
;end of configuration
''')
# ---------------------------------------------------------------- JSON loggers: Node
P("pino_err_serializer_config_object_in_error_message", "pino err", "pino", r'''
{"level":50,"time":§epms§,"pid":§pid§,"hostname":"console-§pod:p§","err":{"type":"Error","message":"connect ECONNREFUSED redis://:§P§@redis.§ns§.svc:6379","stack":"Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"},"msg":"redis connection failed"}
''')
P("pino_pretty_colorized_nested_object_lines_secret", "pinopretty", "pino", r'''
[§hms§.§n3§] §esc§[32mINFO§esc§[39m (§pid§): §esc§[36mloaded settings§esc§[39m
    settings: {
      "oidc": {
        "clientId": "§lc20§",
        "clientSecret": "§A§"
      }
    }
''')
P("bunyan_json_req_serializer_headers_cookie", "bunyan req serializer", "bunyan", r'''
{"name":"wandb-console","hostname":"console-§pod:p§","pid":§pid§,"req_id":"§uuid§","level":30,"req":{"method":"GET","url":"/console/api/settings","headers":{"host":"§host§","cookie":"wandb_session=§B§; theme=dark","user-agent":"Mozilla/5.0"},"remoteAddress":"§ip§","remotePort":§n3§§n§},"msg":"request","time":"§ts§","v":0}
''')
P("bunyan_cli_long_output_indented_extra_fields", "bunyan cli", "bunyan", r'''
[§ts§]  INFO: wandb-console/§pid§ on console-§pod:p§: smtp transport ready
    smtp: {
      "host": "smtp.example.com",
      "port": 587,
      "auth": { "user": "wandb-mailer", "pass": "§P§" }
    }
''')
P("winston_json_format_metadata_splat_connection_string", "winston splat", "winston", r'''
{"level":"info","message":"queue connected","service":"wandb-«console|weave-ui»","connection":"amqps://wb:§P§@mq.example.com:5671/prod","timestamp":"§ts§"}
''')
P("winston_simple_format_level_message_json_tail", "winston simple", "winston", r'''
info: proxy agent created {"proxy":"http://egress:§P§@10.0.0.12:3128","timestamp":"§ts§"}
''')
P("node_util_inspect_config_toobject_single_quotes", "nodeconfig inspect", "nodeconfig", r'''
Loaded configuration: {
  server: { port: 3000, baseUrl: 'https://§host§' },
  redis: { host: 'redis.§ns§.svc', port: 6379, password: '§P§' },
  features: [ 'sso', 'audit' ]
}
''')
P("node_config_node_config_env_json_echo", "nodeconfig NODE_CONFIG env", "nodeconfig", r'''
NODE_CONFIG={"db":{"uri":"mysql://§user§:§P§@mysql.§ns§.svc:3306/console"},"session":{"secret":"§A§"}}
''')
# ---------------------------------------------------------------- JSON loggers: Java / .NET / Rust
P("log4j2_jsonlayout_instant_epochsecond_message_jdbc_password", "log4j2 jsonlayout instant", "log4j2", r'''
{"instant":{"epochSecond":§eps§,"nanoOfSecond":§num9§},"thread":"main","level":"INFO","loggerName":"com.zaxxer.hikari.HikariConfig","message":"jdbcUrl.........................jdbc:mysql://mysql.§ns§.svc:3306/wandb?user=§user§&password=§P§","endOfBatch":false,"loggerFqcn":"org.apache.logging.slf4j.Log4jLogger","threadId":1,"threadPriority":5}
''')
P("log4j2_jsontemplatelayout_ecs_error_stack_trace_redis_uri", "log4j2 ecs stack", "log4j2", r'''
{"@timestamp":"§ts§","ecs.version":"1.2.0","log.level":"ERROR","message":"Unable to connect","process.thread.name":"lettuce-eventExecutorLoop-1-3","log.logger":"io.lettuce.core.RedisClient","error.type":"io.lettuce.core.RedisConnectionException","error.message":"Unable to connect to rediss://:§P§@redis.example.com:6380","error.stack_trace":"io.lettuce.core.RedisConnectionException: Unable to connect\n\tat io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)"}
''')
P("logstash_logback_encoder_mdc_and_structured_argument_token", "logback mdc structured argument", "logback", r'''
{"@timestamp":"§tso§","@version":"1","message":"calling W&B API","logger_name":"com.example.wb.Client","thread_name":"http-nio-8080-exec-§n§","level":"DEBUG","level_value":10000,"traceId":"§hex32§","api_key":"§K§"}
''')
P("logback_pattern_layout_kv_marker_append_password", "logback pattern kv", "logback", r'''
§tsjd§ DEBUG [main] c.e.w.ConfigDump - smtp.host=smtp.example.com smtp.username=alerts smtp.password=§P§
''')
P("serilog_clef_properties_destructured_options_object", "serilog clef options", "serilog", r'''
{"@t":"§tsn§","@mt":"Storage options {@Options}","@l":"Debug","Options":{"ServiceUrl":"https://minio.example.com","AccessKey":"§akia§","SecretKey":"§W§","_typeTag":"S3Options"},"SourceContext":"Wb.Sync.Storage"}
''')
P("serilog_jsonformatter_renderedmessage_and_properties_token", "serilog jsonformatter", "serilog", r'''
{"Timestamp":"§tsuo§","Level":"Information","MessageTemplate":"Webhook registered at {Url}","RenderedMessage":"Webhook registered at \"https://hooks.example.com/wb?sig=§A:t§\"","Properties":{"Url":"https://hooks.example.com/wb?sig=§A:t§","SourceContext":"Wb.Hooks"}}
''')
P("serilog_console_template_output_exception_inner_message_conn_string", "serilog console", "serilog", r'''
[§hms§ ERR] Failed to open connection "Server=mysql.example.com;Port=3306;Database=wandb;Uid=§user§;Pwd=§P§;SslMode=Required"
MySqlConnector.MySqlException (0x80004005): Unable to connect to any of the specified MySQL hosts.
''')
P("rust_tracing_json_fields_object_span_list_bearer", "tracing json fields spans", "tracing", r'''
{"timestamp":"§tsu§","level":"DEBUG","fields":{"message":"forwarding request","authorization":"Bearer §B§"},"target":"wb_proxy::forward","span":{"method":"POST","path":"/graphql","name":"request"},"spans":[{"name":"request","method":"POST","path":"/graphql"}]}
''')
P("rust_tracing_json_flatten_event_current_span_dsn", "tracing json flatten", "tracing", r'''
{"timestamp":"§tsu§","level":"INFO","message":"pool ready","database_url":"mysql://§user§:§P§@mysql.§ns§.svc:3306/wandb","target":"wb_indexer::db","span":{"name":"startup"}}
''')
P("rust_tracing_full_format_ansi_span_context_colon_fields", "tracing full ansi", "tracing", r'''
§esc§[2m§tsu§§esc§[0m §esc§[32m INFO§esc§[0m §esc§[1mstartup§esc§[0m§esc§[1m{§esc§[0mredis_url=redis://:§P§@redis:6379§esc§[1m}§esc§[0m§esc§[2m:§esc§[0m §esc§[2mwb_indexer§esc§[0m§esc§[2m:§esc§[0m cache connected
''')
# ---------------------------------------------------------------- logfmt / syslog / GELF
P("logfmt_loki_component_config_dump_s3_secret_access_key", "loki logfmt s3 config", "logfmt", r'''
level=info ts=§ts§ caller=main.go:§n§ msg="Starting Loki" version="(version=2.9.§n§, branch=HEAD, revision=§hex10§)"
level=debug ts=§ts§ caller=modules.go:§n§ msg="storage config" s3="s3://§akia§:§W§@s3.us-east-1.amazonaws.com/wandb-loki-chunks"
''')
P("logfmt_escaped_quote_inside_value_basic_credential", "logfmt escaped quote header", "logfmt", r'''
level=warn ts=§ts§ msg="upstream rejected" req="GET /metrics HTTP/1.1\r\nAuthorization: Basic §BA§\r\n" status=401
''')
P("logfmt_multiline_message_newline_escaped_env_dump", "logfmt escaped newline env", "logfmt", r'''
level=debug ts=§ts§ component=launcher msg="spawning child" env="PATH=/usr/bin\nHOME=/home/wandb\nWANDB_API_KEY=§K§\nLANG=C.UTF-8"
''')
P("syslog_rfc5424_sd_param_escaped_bracket_in_secret_free_value_and_key", "rfc5424 sd escaped", "rfc5424", r'''
<«134|131|142»>1 §ts§ gorilla-§pod:p§ gorilla §pid§ AUTH [meta@32473 user="§user§" note="grp\]ops"][cred@32473 apikey="§K§"] api key accepted
''')
P("syslog_rfc5424_nil_sd_msg_with_bom_and_token", "rfc5424 bom msg", "rfc5424", r'''
<«165|166»>1 §tsuo§ wb-lb-01.example.net haproxy §pid§ - - ﻿GET /api/v1/files?token=§A§ HTTP/1.1 200
''')
P("syslog_rfc3164_forwarded_via_rsyslog_mysql_client_password_arg", "rfc3164 cmdline", "journal", r'''
<86>§sysl§ wb-db-01 sudo[§pid§]:    ops : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/mysql -u root -p§P§ -h 127.0.0.1 -e SHOW\x20DATABASES
''')
P("gelf_udp_payload_additional_fields_underscore_redis_password", "gelf additional field", "gelf", r'''
{"version":"1.1","host":"gorilla-§pod:p§","short_message":"cache settings loaded","timestamp":§ep3§,"level":7,"_container_name":"gorilla","_redis_password":"§P§","_redis_addr":"redis.§ns§.svc:6379"}
''')
P("gelf_full_message_multiline_stack_with_smtp_url", "gelf full_message", "gelf", r'''
{"version":"1.1","host":"weave-§pod:p§","short_message":"mailer failed","full_message":"smtplib.SMTPAuthenticationError: (535, b'auth failed')\n  url=smtp://alerts:§P§@smtp.example.com:587\n  retry=3","timestamp":§ep3§,"level":3,"_logger":"weave.mail"}
''')
P("graylog_sidecar_docker_gelf_tag_envelope_license_var", "gelf docker envelope", "gelf", r'''
{"version":"1.1","host":"wb-docker-01","short_message":"LICENSE=§J§","timestamp":§ep3§,"level":6,"_command":"/bin/sh -c env","_container_id":"§cid§","_container_name":"wandb-local","_image_name":"wandb/local:0.§n§.0","_tag":"wandb"}
''')
# ---------------------------------------------------------------- OpenTelemetry
P("otlp_json_logrecord_attribute_array_value_authorization", "otlp json logrecord header array", "otlp", r'''
{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"«gorilla|weave|console»"}}]},"scopeLogs":[{"scope":{"name":"wb.http"},"logRecords":[{"timeUnixNano":"§epns§","severityNumber":5,"severityText":"DEBUG","body":{"stringValue":"inbound request"},"attributes":[{"key":"http.request.header.authorization","value":{"arrayValue":{"values":[{"stringValue":"Bearer §J§"}]}}}],"traceId":"§hex32§","spanId":"§hex16§"}]}]}]}
''')
P("otlp_json_span_attributes_url_full_presigned_query", "otlp span url.full", "otelspan", r'''
{"traceId":"§hex32§","spanId":"§hex16§","name":"GET","kind":3,"startTimeUnixNano":"§epns§","endTimeUnixNano":"§epns§","attributes":[{"key":"http.request.method","value":{"stringValue":"GET"}},{"key":"url.full","value":{"stringValue":"https://wandb-files.s3.amazonaws.com/§lc8§/output.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=§akia§%2F20240301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=§H§"}}],"status":{}}
''')
P("otlp_json_span_db_statement_set_password_clause", "otlp span db.statement", "otelspan", r'''
{"name":"mysql","kind":3,"attributes":[{"key":"db.system","value":{"stringValue":"mysql"}},{"key":"db.statement","value":{"stringValue":"ALTER USER 'wandb_ro'@'%' IDENTIFIED BY '§P§'"}},{"key":"server.address","value":{"stringValue":"mysql.§ns§.svc"}}],"traceId":"§hex32§","spanId":"§hex16§"}
''')
P("otel_collector_debug_exporter_detailed_span_attributes_str", "oteldebug span attributes", "oteldebug", r'''
Span #§n§
    Trace ID       : §hex32§
    Parent ID      : §hex16§
    ID             : §hex16§
    Name           : redis.AUTH
    Kind           : Client
    Attributes:
     -> db.system: Str(redis)
     -> db.statement: Str(AUTH default §P§)
''')
P("otel_collector_debug_exporter_resource_attributes_env_value", "oteldebug resource env", "oteldebug", r'''
ResourceLog #0
Resource SchemaURL: https://opentelemetry.io/schemas/1.24.0
Resource attributes:
     -> service.name: Str(wandb-sdk)
     -> process.command_line: Str(python train.py --wandb-key §K§ --epochs «10|20»)
ScopeLogs #0
''')
P("otel_collector_print_config_exporter_headers_api_key", "otelcol config headers", "otelcfg", r'''
exporters:
  otlphttp/vendor:
    endpoint: https://otlp.example.com:4318
    headers:
      x-api-key: «§DD§|§A§»
    compression: gzip
''')
P("otel_sdk_env_otel_exporter_otlp_headers_comma_pairs", "otel env headers", "otlp", r'''
OTEL_SERVICE_NAME=gorilla
OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com
OTEL_EXPORTER_OTLP_HEADERS=x-tenant=wandb,authorization=Basic%20§BA§
OTEL_RESOURCE_ATTRIBUTES=deployment.environment=prod
''')
# ---------------------------------------------------------------- log shippers
P("fluent_bit_stdout_msgpack_arrow_record_kubernetes_meta_dsn", "fluentbit stdout arrow", "fluentbit", r'''
[§n§] kube.var.log.containers.gorilla-§pod:p§_§ns§_gorilla-§hex64§.log: [[§ep9§, {}], {"time"=>"§tsn§", "stream"=>"stderr", "_p"=>"F", "log"=>"MYSQL=mysql://wandb:§P§@mysql.§ns§.svc:3306/wandb_local", "kubernetes"=>{"pod_name"=>"gorilla-§pod:p§", "namespace_name"=>"§ns§", "container_name"=>"gorilla"}}]
''')
P("fluent_bit_legacy_stdout_single_bracket_record_token", "fluentbit stdout legacy", "fluentbit", r'''
[0] docker.wandb: [§ep9§, {"container_id"=>"§cid§", "container_name"=>"/wandb-local", "source"=>"stdout", "log"=>"INFO using GORILLA_SLACK_SECRET=§A§"}]
''')
P("fluent_bit_json_lines_output_es_format_date_field", "fluentbit json_lines", "fluentbit", r'''
{"date":§ep9§,"log":"oidc: exchanged code, id_token=§J§","stream":"stdout","kubernetes":{"pod_name":"gorilla-§pod:p§","namespace_name":"§ns§","labels":{"app.kubernetes.io/name":"wandb"},"host":"§node§","container_image":"wandb/local:0.§n§.0"}}
''')
P("fluentd_out_stdout_time_tag_json_record", "fluentd stdout", "fluentbit", r'''
§tsn§ kubernetes.var.log.containers.weave-§pod:p§_§ns§_weave-§hex64§.log: {"log":"Traceback... ClickHouse connect http://default:§P§@clickhouse.§ns§.svc:8123\n","stream":"stderr","docker":{"container_id":"§cid§"}}
''')
P("vector_tap_kubernetes_logs_event_json_message_secret", "vector tap", "vector", r'''
{"file":"/var/log/pods/§ns§_gorilla-§pod:p§_§uuid§/gorilla/0.log","kubernetes":{"container_id":"containerd://§cid§","container_name":"gorilla","pod_name":"gorilla-§pod:p§","pod_namespace":"§ns§","pod_node_name":"§node§"},"message":"debug: s3 client secret=§W§","source_type":"kubernetes_logs","stream":"stderr","timestamp":"§tsn§"}
''')
P("vector_console_sink_logfmt_encoding_kubernetes_fields", "vector logfmt sink", "vector", r'''
file=/var/log/pods/§ns§_weave-§pod:p§_§uuid§/weave/0.log kubernetes.container_name=weave kubernetes.pod_name=weave-§pod:p§ message="WF_CLICKHOUSE_PASS=§P§" source_type=kubernetes_logs stream=stdout timestamp=§tsn§
''')
P("promtail_dry_run_label_set_tab_line_api_key", "promtail dry-run", "promtail", r'''
§tso§§t§{app="wandb", container="gorilla", namespace="§ns§", pod="gorilla-§pod:p§"}§t§level=debug msg="graphql request" api_key=§K§
''')
P("promtail_inspect_stage_output_extracted_map_token", "promtail inspect", "promtail", r'''
[inspect: regex stage]:
{stages.Entry}.Extracted["token"]:
	+: §B§
{stages.Entry}.Extracted["path"]:
	+: /api/v1/oauth/callback
''')
P("filebeat_debug_publish_event_json_message_cookie", "filebeat publish", "vector", r'''
§tsu§	DEBUG	[processors]	processing/processors.go:§n§	Publish event: {
  "@timestamp": "§ts§",
  "message": "§ip§ - - [05/Mar/2024:10:11:12 +0000] \"GET / HTTP/1.1\" 302 0 \"-\" \"curl/8.5.0\" cookie=\"_oauth2_proxy=§B§\"",
  "kubernetes": {"pod": {"name": "nginx-§pod:p§"}, "namespace": "§ns§"}
''')
# ---------------------------------------------------------------- configuration dumps
P("spring_actuator_configprops_oauth2_client_registration_client_secret", "actuator configprops oauth2", "actuator", r'''
"spring.security.oauth2.client-org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties": {
  "prefix": "spring.security.oauth2.client",
  "properties": {
    "registration": {"wandb": {"clientId": "§lc20§", "clientSecret": "§A§", "authorizationGrantType": "authorization_code"}}
  },
''')
P("spring_actuator_configprops_inputs_origin_redis_password", "actuator configprops inputs", "actuator", r'''
"properties": {"host": "redis.§ns§.svc", "port": 6379, "password": "§P:p§"},
"inputs": {"host": {"value": "redis.§ns§.svc", "origin": "System Environment Property \"SPRING_DATA_REDIS_HOST\""}, "password": {"value": "§P:p§", "origin": "System Environment Property \"SPRING_DATA_REDIS_PASSWORD\""}}
''')
P("spring_actuator_env_property_name_query_single_property", "actuator env single property", "actuator", r'''
{"property":{"source":"systemEnvironment","value":"§P§"},"activeProfiles":["prod"],"propertySources":[{"name":"server.ports"},{"name":"systemEnvironment","property":{"value":"§P§","origin":"System Environment Property \"KAFKA_SASL_PASSWORD\""}}]}
''')
P("django_technical_500_text_settings_caches_location_unmasked", "django 500 caches location", "django", r'''
Settings:
Using settings module weave_admin.settings
ALLOWED_HOSTS = ['§host§']
CACHES = {'default': {'BACKEND': 'django_redis.cache.RedisCache', 'LOCATION': 'redis://:§P§@redis.§ns§.svc:6379/1'}}
DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'weave', 'PASSWORD': '********************'}}
''')
P("django_technical_500_text_broker_url_not_matching_hidden_settings", "django 500 broker_url", "django", r'''
CELERY_BROKER_URL = 'amqp://weave:§P§@rabbitmq.§ns§.svc:5672//'
CELERY_RESULT_BACKEND = 'django-db'
CSRF_COOKIE_SECURE = True
''')
P("django_debug_page_meta_environ_http_cookie_sessionid", "django META cookie", "django", r'''
META:
HTTP_ACCEPT = 'text/html'
HTTP_COOKIE = 'csrftoken=§an32§; sessionid=§SID§'
HTTP_HOST = '§host§'
''')
P("rails_database_configuration_pp_hash_rocket_password", "rails database_configuration pp", "rails", r'''
{"production"=>
  {"adapter"=>"mysql2",
   "host"=>"mysql.§ns§.svc",
   "username"=>"§user§",
   "password"=>"§P§",
   "database"=>"wandb_billing"}}
''')
P("rails_activerecord_urlconfig_inspect_url_attr", "rails urlconfig inspect", "rails", r'''
=> #<ActiveRecord::DatabaseConfigurations::UrlConfig env_name="production", name="primary", adapter_class=ActiveRecord::ConnectionAdapters::Mysql2Adapter, url="mysql2://§user§:§P§@mysql.example.com:3306/wandb_billing">
''')
P("rails_credentials_show_yaml_secret_key_base_and_smtp", "rails credentials show", "rails", r'''
secret_key_base: §H2§
smtp:
  password: §P§
''')
P("koanf_print_arrow_lines_sorted_keys_mysql_password", "koanf print", "koanf", r'''
http.addr -> :8080
log.level -> debug
mysql.host -> mysql.§ns§.svc
mysql.password -> §P§
mysql.user -> §user§
''')
P("koanf_all_map_printed_with_percent_v", "koanf all map", "koanf", r'''
§tsg§ effective config: map[auth.oidc.client_id:§lc20§ auth.oidc.client_secret:§A§ auth.oidc.issuer:https://§host§/realms/ml http.addr::8080]
''')
P("viper_allsettings_nested_map_percent_v_bucket_secret", "viper allsettings", "viper", r'''
§tsg§ settings: map[bucket:map[endpoint:https://minio.example.com name:wandb-§lc6§ secretkey:§W§] debug:true]
''')
P("viper_debug_override_section_go_syntax_map", "viper debug override", "viper", r'''
Override:
map[string]interface {}{"redis.password":"§P§", "redis.addr":"redis.§ns§.svc:6379"}
PFlags:
map[string]viper.FlagValue{}
''')
P("go_percent_plus_v_struct_config_field_names", "go %+v struct", "zap", r'''
§tsg§ loaded config: {Listen::8080 Mysql:{Host:mysql.§ns§.svc User:§user§ Password:§P§} Redis:{Addr:redis:6379} Debug:true}
''')
P("grafana_ini_remote_cache_connstr_password_in_settings_api", "grafana remote_cache connstr", "grafana", r'''
  "remote_cache": {
    "connstr": "addr=redis.§ns§.svc:6379,pool_size=100,db=0,password=§P§",
    "type": "redis"
  },
''')
P("grafana_datasource_api_json_legacy_plain_password_field", "grafana datasource legacy password", "grafana", r'''
{"id":§n§,"uid":"§lc9§","orgId":1,"name":"wandb-mysql","type":"mysql","access":"proxy","url":"mysql.§ns§.svc:3306","user":"grafana_ro","database":"wandb_local","password":"§P§","basicAuth":false,"isDefault":false,"readOnly":false}
''')
P("grafana_server_log_logfmt_database_url_on_migration_error", "grafana logfmt database url", "grafana", r'''
logger=sqlstore t=§tso§ level=error msg="Failed to connect" url=mysql://grafana:§P§@mysql.§ns§.svc:3306/grafana error="dial tcp: lookup mysql: no such host"
''')
P("prometheus_status_config_params_token_not_secret_typed", "prometheus config params", "prometheus", r'''
- job_name: wandb-gorilla
  honor_timestamps: true
  params:
    token:
    - §A§
  scrape_interval: 30s
  metrics_path: /metrics
''')
P("prometheus_status_config_relabel_replacement_with_api_key", "prometheus relabel replacement", "prometheus", r'''
  relabel_configs:
  - source_labels: [__address__]
    target_label: __param_apikey
    replacement: §K§
    action: replace
''')
P("alertmanager_v2_status_config_original_webhook_url_old_release", "alertmanager webhook url token", "alertmanager", r'''
  "config": {
    "original": "global:\n  resolve_timeout: 5m\nreceivers:\n- name: wandb-ops\n  webhook_configs:\n  - send_resolved: true\n    url: https://hooks.example.com/alert?token=§A§\nroute:\n  receiver: wandb-ops\n"
  },
''')
P("nginx_T_dump_configuration_file_header_proxy_set_header_basic", "nginx -T proxy_set_header basic", "nginxT", r'''
# configuration file /etc/nginx/conf.d/wandb.conf:
server {
    listen 443 ssl;
    server_name §host§;
    location /metrics {
        proxy_set_header Authorization "Basic §BA§";
        proxy_pass http://gorilla.§ns§.svc:8080;
    }
''')
P("nginx_T_map_block_api_key_allowlist_literal", "nginx -T map apikey", "nginxT", r'''
# configuration file /etc/nginx/conf.d/apikeys.conf:
map $http_x_api_key $api_client {
    default          "";
    "§A§"  "ci-runner";
}
''')
P("nginx_T_htpasswd_included_file_apr1_hash_line", "nginx -T htpasswd apr1", "nginxT", r'''
# configuration file /etc/nginx/.htpasswd:
metrics:$apr1$§an8§$§AP1§
''')
P("haproxy_cfg_dump_stats_auth_and_userlist_insecure_password", "haproxy userlist insecure-password", "haproxy", r'''
listen stats
    bind :8404
    stats enable
    stats auth admin:§P:a§
userlist wandb_users
    user ops insecure-password §P:b§
''')
P("haproxy_cfg_http_request_set_header_bearer_to_backend", "haproxy set-header bearer", "haproxy", r'''
backend be_gorilla
    http-request set-header Authorization "Bearer §B§"
    server g1 §ip§:8080 check
''')
P("redis_cli_config_get_star_numbered_requirepass_masterauth", "redis-cli config get star", "redis", r'''
127.0.0.1:6379> CONFIG GET *
  1) "rdbchecksum"
  2) "yes"
  3) "masterauth"
  4) "§P:m§"
  5) "requirepass"
  6) "§P:m§"
''')
P("redis_cli_raw_config_get_pattern_pass_two_lines", "redis-cli --raw config get", "redis", r'''
$ redis-cli --no-auth-warning -a §P:a§ --raw CONFIG GET *pass*
masterauth

requirepass
§P:a§
''')
P("redis_sentinel_config_dump_auth_pass_line", "sentinel auth-pass", "redis", r'''
sentinel monitor mymaster §ip§ 6379 2
sentinel auth-pass mymaster §P§
sentinel down-after-milliseconds mymaster 5000
''')
P("mc_admin_config_export_one_line_identity_openid_scopes_and_client_secret", "mc config export openid", "mc", r'''
identity_openid config_url="https://§host§/realms/ml/.well-known/openid-configuration" client_id="minio" client_secret="§A§" claim_name="policy" scopes="openid,profile"
''')
P("mc_admin_config_export_notify_webhook_auth_token", "mc config export notify_webhook", "mc", r'''
notify_webhook:wandb endpoint="https://hooks.example.com/minio" auth_token="Bearer §B§" queue_limit="0" queue_dir=""
''')
P("mc_admin_config_export_notify_mysql_dsn_string", "mc config export notify_mysql", "mc", r'''
# notify_mysql:primary enable=off format=namespace dsn_string="wandb:§P§@tcp(mysql.§ns§.svc:3306)/events" table="minio_events"
notify_mysql:primary enable=on format=namespace dsn_string="wandb:§P§@tcp(mysql.§ns§.svc:3306)/events" table="minio_events" queue_limit="0"
''')
P("mc_admin_config_get_kms_secret_key_line", "mc config kms", "mc", r'''
$ mc admin config get wandb-minio identity_ldap
identity_ldap server_addr=ldap.example.com:636 lookup_bind_dn="cn=minio,ou=svc,dc=example,dc=com" lookup_bind_password="§P§"
''')
# ---------------------------------------------------------------- process views
P("ps_auxwwe_env_appended_after_argv_wandb_key", "ps auxwwe env", "ps", r'''
USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
wandb        §pid§  0.«2|4|9»  1.1 «812344|902311» 92816 ?        Sl   §hm§   0:§n§ python train.py --project demo HOSTNAME=trainer-§pod:p§ WANDB_BASE_URL=https://§host§ WANDB_API_KEY=§K§ HOME=/home/wandb
''')
P("proc_pid_environ_caret_at_separators_cat_v", "proc environ ^@", "ps", r'''
$ cat -v /proc/§pid§/environ
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin^@HOSTNAME=wandb-local^@MYSQL=mysql://wandb:§P§@mysql:3306/wandb_local^@BUCKET=s3://wandb-files^@
''')
P("proc_pid_environ_backslash_zero_xargs_null_shown", "proc environ \\0", "ps", r'''
HOME=/root\0REDIS=redis://:§P§@redis.§ns§.svc:6379\0LICENSE=§J§\0TERM=xterm\0
''')
P("proc_pid_cmdline_nul_shown_as_spaces_tr", "proc cmdline tr", "ps", r'''
$ tr '\0' ' ' < /proc/§pid§/cmdline
/usr/bin/minio server /data --console-address :9001 --certs-dir /etc/minio/certs MINIO_ROOT_PASSWORD=§P§ 
''')
P("systemctl_show_property_environment_space_joined_escaped_quotes", "systemctl show env escaped", "systemctl", r'''
Id=wandb-local.service
Environment="LICENSE=§J§" MYSQL=mysql://wandb:§P§@127.0.0.1:3306/wandb_local "HOST=https://§host§"
EnvironmentFiles=/etc/wandb/override.env (ignore_errors=yes)
''')
P("systemctl_show_execstart_argv_field_password_flag", "systemctl show execstart", "systemctl", r'''
ExecStart={ path=/usr/local/bin/mysqld_exporter ; argv[]=/usr/local/bin/mysqld_exporter --mysqld.address=127.0.0.1:3306 --mysqld.username=exporter --mysqld.password=§P§ ; ignore_errors=no ; start_time=[§ctime§] ; stop_time=[n/a] ; pid=§pid§ ; code=(null) ; status=0/0 }
''')
P("docker_top_cmd_column_minio_env_style_args", "docker top cmd", "dockertop", r'''
UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD
root                §pid§               §pid§               0                   §hm§               ?                   00:00:§n§            /bin/sh -c redis-server --requirepass §P§ --appendonly yes
''')
P("docker_top_ps_options_aux_custom_columns_user_cmd", "docker top aux", "dockertop", r'''
USER                PID                 %CPU                %MEM                COMMAND
999                 §pid§               0.3                 2.0                 mysqld --default-authentication-plugin=mysql_native_password --init-file=/docker-entrypoint-initdb.d/init.sql --report-password=§P§
''')
P("journalctl_o_verbose_coredump_environ_field", "coredump environ journal", "coredump", r'''
    COREDUMP_PID=§pid§
    COREDUMP_COMM=gorilla
    COREDUMP_CMDLINE=/usr/local/bin/gorilla --config /etc/wandb/gorilla.yaml
    COREDUMP_ENVIRON=PATH=/usr/bin
    HOSTNAME=wandb-local
    GORILLA_LICENSE=§J§
''')
P("journalctl_o_json_message_field_with_cmdline_secret", "journalctl json cmdline", "journal", r'''
{"__REALTIME_TIMESTAMP":"§epns§","_PID":"§pid§","_COMM":"wandb-backup","_CMDLINE":"/usr/local/bin/wandb-backup --s3-secret §W§ --bucket wandb-backups","MESSAGE":"backup started","PRIORITY":"6","_SYSTEMD_UNIT":"wandb-backup.service"}
''')
P("gdb_core_notes_env_strings_section_backtrace_arg", "core dump gdb bt", "coredump", r'''
Core was generated by `/usr/local/bin/flat-run-fields-updater --mysql-dsn=wandb:§P§@tcp(mysql:3306)/wandb'.
Program terminated with signal SIGSEGV, Segmentation fault.
#0  0x00005§hex9§ in runtime.raise ()
''')
# ---------------------------------------------------------------- Terraform
P("terraform_show_json_plan_resource_changes_after_master_password", "terraform plan json after", "tfjson", r'''
{"address":"aws_rds_cluster.wandb","mode":"managed","type":"aws_rds_cluster","name":"wandb","change":{"actions":["update"],"before":{"master_password":"§P:o§","engine":"aurora-mysql"},"after":{"master_password":"§P:n§","engine":"aurora-mysql"},"after_sensitive":{"master_password":true}}}
''')
P("terraform_show_json_planned_values_helm_release_set_sensitive", "terraform helm_release set_sensitive", "tfjson", r'''
"values": {
  "chart": "operator-wandb",
  "name": "wandb",
  "namespace": "§ns§",
  "set_sensitive": [{"name": "global.license", "type": "", "value": "§J§"}],
''')
P("terraform_state_v4_random_password_result_attribute", "terraform state random_password", "tfstate", r'''
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "bcrypt_hash": "$2a$10$§an53§",
            "id": "none",
            "length": 32,
            "result": "§P§",
''')
P("terraform_state_aws_iam_access_key_secret_and_ses_password", "terraform state iam_access_key", "tfstate", r'''
"attributes": {"create_date": "§tsz§", "id": "§akia§", "secret": "§W§", "ses_smtp_password_v4": "§B§", "status": "Active", "user": "wandb-bucket"},
''')
P("terraform_output_json_sensitive_true_value_plain", "terraform output json", "tfshow", r'''
{
  "bucket_secret_key": {
    "sensitive": true,
    "type": "string",
    "value": "§W§"
  },
''')
P("terraform_output_raw_single_value_after_prompt", "terraform output -raw", "tfshow", r'''
$ terraform output -raw wandb_license
§J§
''')
P("terraform_apply_log_trace_provider_request_body_password", "terraform TF_LOG request body", "tfshow", r'''
§tso§ [DEBUG] provider.terraform-provider-mysql_v3.0.§n§: Executing statement: CREATE USER 'wandb'@'%' IDENTIFIED BY '§P§'
''')
P("terraform_state_show_kubernetes_secret_data_block", "terraform state show k8s secret", "tfshow", r'''
# kubernetes_secret.wandb_mysql:
resource "kubernetes_secret" "wandb_mysql" {
    data = {
        "MYSQL_PASSWORD" = "§P§"
    }
''')
P("terraform_plan_tfvars_file_echo_sensitive_var_from_debug", "terraform TF_LOG var", "tfshow", r'''
§tso§ [TRACE] backend/local: variable "oidc_client_secret" from terraform.tfvars = "§A§"
''')
# ---------------------------------------------------------------- Ansible
P("ansible_vvv_ok_result_invocation_module_args_login_password", "ansible invocation module_args", "ansible", r'''
ok: [wb-db-01] => {
    "changed": false,
    "invocation": {
        "module_args": {
            "login_host": "127.0.0.1",
            "login_password": "§P§",
            "login_user": "root",
''')
P("ansible_vvv_exec_line_environment_prefix_env_var", "ansible EXEC env prefix", "ansible", r'''
<§ip§> SSH: EXEC ssh -C -o ControlMaster=auto -o User=ubuntu §ip§ '/bin/sh -c '"'"'WANDB_LICENSE=§J§ /usr/bin/python3 /home/ubuntu/.ansible/tmp/AnsiballZ_command.py && sleep 0'"'"''
''')
P("ansible_fatal_result_msg_with_url_userinfo", "ansible fatal msg url", "ansible", r'''
fatal: [wb-app-02]: FAILED! => {"changed": false, "msg": "Status code was 401 and not [200]: HTTP Error 401: Unauthorized", "url": "https://deploy:§P§@§host§/api/v1/admin/license"}
''')
P("ansible_debug_var_hostvars_dump_vault_decrypted", "ansible debug var", "ansible", r'''
TASK [debug] ******************************************************************
ok: [wb-app-01] => {
    "wandb_bucket_secret": "§W§"
}
''')
P("ansible_callback_json_stdout_task_result_cmd_list", "ansible json callback cmd", "ansible", r'''
"results": [{"cmd": ["helm", "upgrade", "--install", "wandb", "wandb/operator-wandb", "--set", "global.licenseKey=§J§"], "rc": 0, "stderr": ""}]
''')
# ---------------------------------------------------------------- CI logs
P("github_actions_raw_log_derived_base64_value_not_masked", "gha derived base64 unmasked", "gha", r'''
§ts7§ ##[group]Run echo "auth=$(printf '%s' "$REG_USER:$REG_PASS" | base64)"
§ts7§ echo "auth=$(printf '%s' "$REG_USER:$REG_PASS" | base64)"
§ts7§ shell: /usr/bin/bash -e {0}
§ts7§ ##[endgroup]
§ts7§ auth=§BA§
''')
P("github_actions_step_env_block_partial_mask_multiline_secret", "gha multiline secret partial", "gha", r'''
§ts7§ ##[group]Run helm upgrade --install wandb wandb/operator -f values.yaml
§ts7§ env:
§ts7§   WANDB_LICENSE: ***
§ts7§   BUCKET_SECRET_KEY: §W§
§ts7§ ##[endgroup]
''')
P("github_actions_debug_log_runner_set_output_value", "gha set-output debug", "gha", r'''
§ts7§ ##[debug]Set output token = §B§
§ts7§ ##[debug]Finishing: Mint registry token
''')
P("gitlab_ci_job_log_section_curl_private_token_variable_unmasked", "gitlab job log private-token", "gitlab", r'''
section_start:§eps§:step_script
$ curl --header "PRIVATE-TOKEN: §GL§" "https://gitlab.example.com/api/v4/projects/§n3§/packages"
{"message":"200 OK"}
''')
P("gitlab_ci_runner_debug_trace_export_ci_job_variable", "gitlab CI_DEBUG_TRACE export", "gitlab", r'''
++ export WANDB_API_KEY=§K§
++ WANDB_API_KEY=§K§
++ export CI_JOB_STAGE=train
''')
P("jenkins_console_sh_plus_echo_command_outside_withcredentials", "jenkins console sh echo", "jenkins", r'''
[Pipeline] sh
+ mysql -h mysql.example.com -u wandb -p§P§ -e 'SELECT 1'
mysql: [Warning] Using a password on the command line interface can be insecure.
''')
P("jenkins_console_groovy_interpolation_warning_then_leak", "jenkins groovy interpolation", "jenkins", r'''
Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.
		 Affected argument(s) used the following variable(s): [WB_TOKEN]
[Pipeline] sh
+ curl -H 'Authorization: Bearer ****' https://§host§/api/ping
+ echo §B§ | rev
''')
P("jenkins_build_env_vars_page_text_table_row", "jenkins injectedEnvVars", "jenkins", r'''
EXECUTOR_NUMBER	1
GORILLA_SLACK_SECRET	§A§
GIT_BRANCH	origin/main
''')
# ---------------------------------------------------------------- Sentry / crash reporters
P("sentry_event_request_data_form_client_secret_field", "sentry request data form", "sentry", r'''
"request": {"url": "https://§host§/oidc/token", "method": "POST", "data": {"grant_type": "authorization_code", "client_id": "§lc20§", "client_secret": "§A§", "code": "[Filtered]"}, "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
''')
P("sentry_event_exception_value_contains_dsn_userinfo", "sentry exception value dsn", "sentry", r'''
{"event_id":"§hex32§","level":"error","platform":"python","exception":{"values":[{"type":"OperationalError","value":"(2003, \"Can't connect to MySQL server on 'mysql+pymysql://wandb:§P§@mysql.§ns§.svc:3306/weave'\")","module":"pymysql.err"}]},"timestamp":"§tsu§"}
''')
P("sentry_event_contexts_runtime_and_os_with_argv_token", "sentry contexts argv", "sentry", r'''
"extra": {"sys.argv": ["/usr/local/bin/wandb", "login", "--relogin", "--host", "https://§host§", "§K§"]},
''')
P("sentry_breadcrumb_category_query_sql_with_token", "sentry breadcrumb query", "sentry", r'''
{"type":"default","category":"query","message":"UPDATE api_keys SET plain = '§A§' WHERE id = §n3§","timestamp":§ep§,"level":"info"}
''')
P("crashpad_minidump_annotations_text_dump_env", "crash annotations", "sentry", r'''
Annotations:
  process_type = renderer
  WANDB_API_KEY = §K§
  ver = §ver§
''')
# ---------------------------------------------------------------- other config dumps / admin APIs
P("envoy_admin_config_dump_static_secret_inline_string", "envoy config_dump inline_string", "envoy", r'''
{"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump","static_secrets":[{"name":"oidc_hmac","secret":{"@type":"type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret","name":"oidc_hmac","generic_secret":{"secret":{"inline_string":"§B§"}}}}]}
''')
P("envoy_config_dump_route_request_headers_to_add_authorization", "envoy config_dump headers_to_add", "envoy", r'''
"request_headers_to_add": [{"header": {"key": "authorization", "value": "Bearer §J§"}, "append_action": "OVERWRITE_IF_EXISTS_OR_ADD"}],
''')
P("traefik_api_rawdata_middleware_basicauth_users_plain", "traefik rawdata basicauth", "traefik", r'''
"wandb-auth@kubernetescrd": {"basicAuth": {"users": ["ops:$apr1$§an8§$§AP1§"], "removeHeader": true}, "status": "enabled", "usedBy": ["wandb@kubernetescrd"], "name": "wandb-auth@kubernetescrd", "provider": "kubernetescrd", "type": "basicauth"},
''')
P("traefik_debug_log_configuration_received_json_escaped", "traefik configuration received", "traefik", r'''
time="§tsz§" level=debug msg="Configuration received: {\"http\":{\"middlewares\":{\"wb-headers\":{\"headers\":{\"customRequestHeaders\":{\"X-Api-Key\":\"§K§\"}}}}}}" providerName=file
''')
P("consul_kv_export_json_base64_value_entry", "consul kv export base64", "consul", r'''
[
	{
		"key": "wandb/prod/mysql_password",
		"flags": 0,
		"value": "§B64§"
	}
''')
P("etcdctl_get_write_out_json_kvs_base64_value", "etcdctl json base64", "etcd", r'''
{"header":{"cluster_id":§num19§,"member_id":§num19§,"revision":§num6§,"raft_term":§n§},"kvs":[{"key":"L3dhbmRiL3JlZGlzX3Bhc3N3b3Jk","create_revision":§num6§,"mod_revision":§num6§,"version":1,"value":"§B64§"}],"count":1}
''')
P("kubernetes_audit_event_request_object_secret_string_data", "k8s audit requestObject stringData", "k8saudit", r'''
{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"§uuid§","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/§ns§/secrets","verb":"create","user":{"username":"system:serviceaccount:§ns§:wandb-operator"},"objectRef":{"resource":"secrets","namespace":"§ns§","name":"wandb-mysql"},"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"wandb-mysql"},"stringData":{"password":"§P§"}}}
''')
P("kubernetes_audit_event_pods_exec_request_uri_command_params", "k8s audit exec command", "k8saudit", r'''
{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"§uuid§","stage":"ResponseStarted","requestURI":"/api/v1/namespaces/§ns§/pods/mysql-0/exec?command=mysql\u0026command=-uroot\u0026command=-p§P§\u0026container=mysql\u0026stdin=true\u0026tty=true","verb":"create"}
''')
P("argocd_app_manifests_rendered_secret_stringdata_in_list", "argocd manifests", "argo", r'''
---
apiVersion: v1
kind: Secret
metadata:
  name: wandb-bucket
stringData:
  BUCKET_SECRET_KEY: §W§
''')
P("argocd_app_get_json_helm_parameters_value", "argocd helm parameters", "argo", r'''
"helm": {"parameters": [{"name": "global.bucket.secretKey", "value": "§W§"}, {"name": "global.bucket.name", "value": "wandb-§lc6§"}], "releaseName": "wandb"},
''')
P("clickhouse_preprocessed_users_xml_password_element", "clickhouse users.xml password", "clickhouse", r'''
<!-- This file was generated automatically.
     Do not edit it: it is reloaded on each update. -->
<clickhouse>
    <users>
        <weave><password>§P§</password><networks><ip>::/0</ip></networks></weave>
''')
P("clickhouse_server_log_query_text_with_identified_by", "clickhouse server log create user", "clickhouse", r'''
§tsu§ [ §pid§ ] {§uuid§} <Debug> executeQuery: (from §ip§:§n3§§n§) CREATE USER weave IDENTIFIED WITH sha256_password BY '§P§' (stage: Complete)
''')
P("pgbouncer_show_config_table_auth_query_and_conn_string", "pgbouncer databases conn", "pgbouncer", r'''
 wandb_meta = host=10.0.4.12 port=5432 dbname=meta user=wandb password=§P§
''')
P("mysqlrouter_bootstrap_verbose_log_account_password", "mysqlrouter bootstrap", "mysqlrouter", r'''
§tss§ main DEBUG [7f§hex9§] Executing query: CREATE USER IF NOT EXISTS 'mysql_router1_§lc12§'@'%' IDENTIFIED BY '§P§'
''')
P("kafka_adminclient_config_values_block_sasl_jaas_plain_login", "kafka AdminClientConfig jaas", "kafka", r'''
[§tsj§] INFO AdminClientConfig values:
	bootstrap.servers = [kafka.§ns§.svc:9092]
	sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="wandb" password="§P§";
	sasl.mechanism = PLAIN
''')
P("supervisorctl_tail_program_stdout_env_print", "supervisor tail env", "supervisor", r'''
$ supervisorctl tail -200 gorilla stderr
§tsg§ GORILLA_DEBUG=true
§tsg§ GORILLA_STORAGE_BUCKET=s3://§akia§:§W§@wandb-files-§lc6§?region=us-west-2
''')
P("kubernetes_event_message_failed_postStart_hook_output_env", "k8s event hook output", "k8sevents", r'''
LAST SEEN   TYPE      REASON               OBJECT              MESSAGE
§n§m        Warning   FailedPostStartHook  pod/gorilla-§pod:p§   PostStartHook failed: command 'sh -c curl -fsS -u admin:§P§ http://localhost:8080/ready' exited with 22
''')
P("troubleshoot_support_bundle_analysis_json_detail_uri", "support-bundle analysis", "supportbundle", r'''
{"name":"mysql-connection","labels":{"iconKey":"mysql"},"insight":{"name":"mysql","primary":"MySQL","detail":"Cannot connect to mysql://wandb:§P§@mysql.§ns§.svc:3306/wandb_local","severity":"error"}}
''')
P("zap_console_encoder_tab_separated_json_context_tail", "zap console json tail", "zap", r'''
§tsjd§Z§t§DEBUG§t§oidc/provider.go:§n§§t§token exchange§t§{"issuer": "https://§host§/oauth2/default", "refresh_token": "§B§"}
''')
P("slog_json_handler_error_attr_url_error_string_presigned_gcs", "slog json gcs signature", "slog", r'''
{"time":"§tso§","level":"ERROR","msg":"download failed","err":"Get \"https://storage.googleapis.com/wandb-gcs/§lc8§.bin?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb%40proj.iam.gserviceaccount.com%2F20240305%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240305T101112Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=§H2§\": context deadline exceeded"}
''')
P("pino_http_serializers_req_headers_x_api_key_res_time", "pino-http req headers", "pino", r'''
{"level":30,"time":§epms§,"pid":§pid§,"hostname":"weave-ui-§pod:p§","req":{"id":§n3§,"method":"POST","url":"/traces/otel/v1/traces","headers":{"host":"§host§","x-api-key":"§K§","content-type":"application/x-protobuf"},"remoteAddress":"::ffff:§ip§","remotePort":§n3§§n§},"res":{"statusCode":200},"responseTime":§n§,"msg":"request completed"}
''')
P("structlog_json_renderer_nested_dict_event_dict_headers", "structlog json headers", "structlog", r'''
{"headers": {"Authorization": "Bearer §J§", "Accept": "application/json"}, "method": "GET", "url": "https://§host§/api/v1/viewer", "event": "outgoing request", "level": "debug", "timestamp": "§tsu§"}
''')
P("log4j2_jsonlayout_contextmap_mdc_session_token", "log4j2 contextMap", "log4j2", r'''
{"timeMillis":§epms§,"thread":"http-nio-8080-exec-§n§","level":"DEBUG","loggerName":"com.example.wb.Sso","message":"session established","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","contextMap":{"session":"§B§","user":"§user§"},"threadId":§n§,"threadPriority":5}
''')
P("rfc5424_over_tcp_octet_counting_prefix_sd_password", "rfc5424 octet counting", "rfc5424", r'''
«214|231|198» <«134|142»>1 §ts§ mysql-0.mysql.§ns§.svc mysqld §pid§ - [origin ip="§ip§"][cmd@32473 text="SET PASSWORD FOR 'wandb'@'%' = '§P§'"] statement logged
''')
P("otlp_json_logrecord_body_kvlist_value_config_password", "otlp body kvlist", "otlp", r'''
{"timeUnixNano":"§epns§","severityText":"INFO","body":{"kvlistValue":{"values":[{"key":"msg","value":{"stringValue":"settings loaded"}},{"key":"redis_password","value":{"stringValue":"§P§"}}]}},"attributes":[{"key":"code.function","value":{"stringValue":"load_settings"}}]}
''')
P("fluent_bit_kubernetes_filter_merged_log_key_log_processed", "fluentbit merge_log", "fluentbit", r'''
[0] kube.wandb: [[§ep9§, {}], {"stream"=>"stdout", "logtag"=>"F", "log_processed"=>{"level"=>"info", "msg"=>"bucket configured", "secret_key"=>"§W§"}, "kubernetes"=>{"pod_name"=>"gorilla-§pod:p§", "namespace_name"=>"§ns§"}}]
''')
P("systemctl_show_environment_manager_env_block_lines", "systemctl show-environment", "systemctl", r'''
$ systemctl show-environment
LANG=C.UTF-8
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin
WANDB_LICENSE=§J§
''')
P("ps_eo_pid_args_wide_helm_set_string_license", "ps -eo args helm", "ps", r'''
    PID COMMAND
  §pid§ helm upgrade --install wandb wandb/operator-wandb -n §ns§ --set-string global.license=§J§ --wait
''')
P("sentry_envelope_item_attachment_env_file_body", "sentry envelope attachment", "sentry", r'''
{"event_id":"§hex32§","sent_at":"§ts§","dsn":"https://§hex32§@o§num6§.ingest.sentry.io/§num7§"}
{"type":"attachment","length":§n3§,"filename":".env","content_type":"text/plain"}
MYSQL_PASSWORD=§P§
OIDC_CLIENT_SECRET=§A§
''')
P("github_actions_debug_http_trace_runner_worker_log_line", "gha worker log bearer", "gha", r'''
[§tsz§ INFO JobServerQueue] Try to append 1 batches web console lines for record '§uuid§'
[§tsz§ VERB GitHubActionsService] Request headers: Authorization: Bearer §J§
''')
P("ansible_vvvv_module_stdout_json_env_of_remote", "ansible stdout env", "ansible", r'''
changed: [wb-app-01] => (item=wandb-local) => {
    "stdout_lines": [
        "MYSQL=mysql://wandb:§P§@10.0.0.20:3306/wandb_local",
        "LICENSE=§J§"
    ]
''')

# ================================================================ NEGATIVES
N("zap_json_redis_options_password_empty_string", "zap redis options empty", "zap", r'''
{"level":"debug","ts":§ep§,"caller":"cache/redis.go:§n§","msg":"creating redis client","opts":{"Addrs":["redis-master.§ns§.svc.cluster.local:6379"],"DB":«0|1|2»,"Username":"","Password":"","PoolSize":«10|20|50»}}
''')
N("zap_json_password_set_bool_and_length_fields", "zap password_set bool", "zap", r'''
{"level":"info","ts":§ep§,"caller":"config/load.go:§n§","msg":"database configured","host":"mysql.§ns§.svc","user":"§user§","password_set":true,"password_len":«16|24|32»}
''')
N("zap_json_secret_ref_file_path_fields", "zap secret file path", "zap", r'''
{"level":"info","ts":"§ts§","logger":"license","msg":"license loaded","source":"file","path":"/etc/wandb/license/«license.jwt|LICENSE|token»","sha256":"§hex64§"}
''')
N("logrus_text_key_id_and_region_only", "logrus key id only", "logrus", r'''
time="§tsz§" level=info msg="object store configured" bucket="s3://wandb-«artifacts|files»-§lc6§" region=us-east-«1|2» access_key_id=§akia§ credentials_source=irsa
''')
N("slog_text_handler_masked_replaceattr_redacted", "slog replaceattr redacted", "slog", r'''
time=§tso§ level=INFO msg="cache ready" cache.addr=redis.§ns§.svc:6379 cache.password=[REDACTED] cache.tls=«true|false»
''')
N("slog_json_logvaluer_secret_type_stars", "slog logvaluer stars", "slog", r'''
{"time":"§tso§","level":"DEBUG","msg":"config","config":{"database":{"host":"mysql.§ns§.svc","user":"§user§","password":"******"},"listen":":«8080|9090»"}}
''')
N("zerolog_console_token_expiry_and_fingerprint", "zerolog token fingerprint", "zerolog", r'''
§hms§ DBG license refreshed expires=§tsz§ fingerprint=SHA256:§fp§ seats=§n3§
''')
N("go_kit_logfmt_dsn_without_password_parse_time", "gokit dsn no password", "logfmt", r'''
level=info ts=§ts§ caller=main.go:§n§ msg="connecting" dsn="§user§@tcp(mysql.§ns§.svc:3306)/wandb_local?tls=preferred&parseTime=true" password_file=/run/secrets/mysql
''')
N("python_json_logger_request_id_trace_id_fields", "pythonjsonlogger ids", "pyjson", r'''
{"asctime": "§tsj§", "name": "wandb_gql.transport", "levelname": "DEBUG", "message": "query ok", "request_id": "§uuid§", "trace_id": "§hex32§", "duration_ms": §n3§}
''')
N("structlog_keyvalue_url_password_masked_by_sqlalchemy", "sqlalchemy masked url", "structlog", r'''
event='db engine created' url='mysql+pymysql://§user§:***@mysql.§ns§.svc:3306/wandb' pool_size=«5|10» logger='weave.db' level='info' timestamp='§tsu§'
''')
N("python_logging_urllib3_debug_plain_query_params", "urllib3 debug plain query", "pylogging", r'''
§tsj§ DEBUG urllib3.connectionpool: https://§host§:443 "GET /api/v1/export?run=§lc8§&page=§n§&per_page=«50|100» HTTP/1.1" 200 §n3§
''')
N("celery_worker_banner_transport_password_masked_stars", "celery banner masked", "celery", r'''
- ** ---------- .> app:         weave_tasks:0x7f§hex9§
- ** ---------- .> transport:   redis://:**@redis.§ns§.svc:6379/0
- ** ---------- .> results:     redis://:**@redis.§ns§.svc:6379/1
- *** --- * --- .> concurrency: «4|8|16» (prefork)
''')
N("gunicorn_print_config_raw_env_plain_values", "gunicorn raw_env plain", "gunicorn", r'''
workers                           = «2|4|8»
raw_env                           = ['WANDB_BASE_URL=https://§host§', 'WANDB_PROJECT=§word§-§n§']
forwarded_allow_ips               = ['127.0.0.1']
''')
N("pino_err_serializer_econnrefused_host_port_only", "pino err host", "pino", r'''
{"level":50,"time":§epms§,"pid":§pid§,"hostname":"console-§pod:p§","err":{"type":"Error","message":"connect ECONNREFUSED §ip§:6379","stack":"Error: connect ECONNREFUSED §ip§:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)","errno":-111,"code":"ECONNREFUSED"},"msg":"redis connection failed"}
''')
N("pino_redact_paths_censored_authorization", "pino redact censored", "pino", r'''
{"level":30,"time":§epms§,"pid":§pid§,"hostname":"weave-ui-§pod:p§","req":{"id":§n3§,"method":"GET","url":"/api/health","headers":{"host":"§host§","authorization":"[Redacted]"}},"res":{"statusCode":200},"responseTime":§n§,"msg":"request completed"}
''')
N("bunyan_req_serializer_headers_without_cookie", "bunyan req no cookie", "bunyan", r'''
{"name":"wandb-console","hostname":"console-§pod:p§","pid":§pid§,"req_id":"§uuid§","level":30,"req":{"method":"GET","url":"/console/api/settings","headers":{"host":"§host§","accept":"application/json","if-none-match":"W/\"§hex16§\""}},"msg":"request","time":"§ts§","v":0}
''')
N("winston_json_queue_connected_host_vhost_only", "winston host only", "winston", r'''
{"level":"info","message":"queue connected","service":"wandb-«console|weave-ui»","host":"mq.example.com","port":5671,"vhost":"prod","user":"wb","timestamp":"§ts§"}
''')
N("node_util_inspect_config_env_var_references", "nodeconfig env refs", "nodeconfig", r'''
Loaded configuration: {
  server: { port: «3000|3001», baseUrl: 'https://§host§' },
  redis: { host: 'redis.§ns§.svc', port: 6379, passwordEnv: 'REDIS_PASSWORD' },
  session: { secretFile: '/run/secrets/session_secret' }
}
''')
N("log4j2_jsonlayout_hikari_jdbcurl_without_credentials", "log4j2 hikari no creds", "log4j2", r'''
{"instant":{"epochSecond":§eps§,"nanoOfSecond":§num9§},"thread":"main","level":"INFO","loggerName":"com.zaxxer.hikari.HikariConfig","message":"password........................<masked>","endOfBatch":false,"loggerFqcn":"org.apache.logging.slf4j.Log4jLogger","threadId":1,"threadPriority":5}
''')
N("logstash_logback_encoder_trace_span_ids_only", "logback ids", "logback", r'''
{"@timestamp":"§tso§","@version":"1","message":"calling W&B API","logger_name":"com.example.wb.Client","thread_name":"http-nio-8080-exec-§n§","level":"DEBUG","level_value":10000,"traceId":"§hex32§","spanId":"§hex16§","apiKeyId":"key-§n3§"}
''')
N("serilog_clef_destructured_options_secret_key_omitted", "serilog clef no secret", "serilog", r'''
{"@t":"§tsn§","@mt":"Storage options {@Options}","@l":"Debug","Options":{"ServiceUrl":"https://minio.example.com","AccessKey":"§akia§","UseIrsa":true,"_typeTag":"S3Options"},"SourceContext":"Wb.Sync.Storage","@tr":"§hex32§","@sp":"§hex16§"}
''')
N("serilog_console_connection_string_pwd_masked", "serilog conn masked", "serilog", r'''
[§hms§ INF] Opening connection "Server=mysql.example.com;Port=3306;Database=wandb;Uid=§user§;Pwd=*****;SslMode=Required" (pool «5|10|20»)
''')
N("rust_tracing_json_fields_request_ids_and_latency", "tracing json ids", "tracing", r'''
{"timestamp":"§tsu§","level":"DEBUG","fields":{"message":"forwarding request","request_id":"§uuid§","latency_ms":§n§},"target":"wb_proxy::forward","span":{"method":"POST","path":"/graphql","name":"request"},"spans":[{"name":"request","method":"POST","path":"/graphql"}]}
''')
N("logfmt_loki_startup_revision_and_config_hash", "loki revision hash", "logfmt", r'''
level=info ts=§ts§ caller=main.go:§n§ msg="Starting Loki" version="(version=2.9.§n§, branch=HEAD, revision=§hex10§)"
level=info ts=§ts§ caller=loki.go:§n§ msg="config loaded" config_hash=§hex32§ storage=s3 bucket=wandb-loki-chunks
''')
N("logfmt_escaped_newline_env_names_only", "logfmt env names", "logfmt", r'''
level=debug ts=§ts§ component=launcher msg="spawning child" env_keys="PATH\nHOME\nWANDB_API_KEY\nLANG" env_count=«4|5»
''')
N("syslog_rfc5424_sd_ids_and_key_fingerprint", "rfc5424 fingerprint", "rfc5424", r'''
<«134|131»>1 §ts§ gorilla-§pod:p§ gorilla §pid§ AUTH [meta@32473 user="§user§" note="grp\]ops"][cred@32473 keyid="§hex8§" fp="SHA256:§fp§"] api key accepted
''')
N("syslog_rfc3164_sudo_command_with_defaults_file", "rfc3164 defaults-file", "journal", r'''
<86>§sysl§ wb-db-01 sudo[§pid§]:    ops : TTY=pts/«0|1» ; PWD=/root ; USER=root ; COMMAND=/usr/bin/mysql --defaults-extra-file=/root/.my.cnf -h 127.0.0.1 -e SHOW\x20DATABASES
''')
N("gelf_additional_fields_redis_addr_and_db_only", "gelf no password", "gelf", r'''
{"version":"1.1","host":"gorilla-§pod:p§","short_message":"cache settings loaded","timestamp":§ep3§,"level":7,"_container_name":"gorilla","_redis_auth":"enabled","_redis_addr":"redis.§ns§.svc:6379","_redis_db":«0|1»}
''')
N("gelf_docker_envelope_plain_startup_line", "gelf docker plain", "gelf", r'''
{"version":"1.1","host":"wb-docker-01","short_message":"LICENSE is set (expires §tsz§)","timestamp":§ep3§,"level":6,"_command":"/bin/sh -c /start.sh","_container_id":"§cid§","_container_name":"wandb-local","_image_id":"§sha§","_tag":"wandb"}
''')
N("otlp_json_logrecord_header_names_only_attribute", "otlp header names", "otlp", r'''
{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"«gorilla|weave|console»"}}]},"scopeLogs":[{"scope":{"name":"wb.http"},"logRecords":[{"timeUnixNano":"§epns§","severityText":"DEBUG","body":{"stringValue":"inbound request"},"attributes":[{"key":"http.request.header.user-agent","value":{"arrayValue":{"values":[{"stringValue":"wandb/0.§n§.0"}]}}}],"traceId":"§hex32§","spanId":"§hex16§"}]}]}]}
''')
N("otlp_json_span_url_full_redacted_query_values", "otlp url.full redacted", "otelspan", r'''
{"traceId":"§hex32§","spanId":"§hex16§","name":"GET","kind":3,"attributes":[{"key":"url.full","value":{"stringValue":"https://wandb-files.s3.amazonaws.com/§lc8§/output.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED"}},{"key":"http.response.status_code","value":{"intValue":"200"}}]}
''')
N("otlp_json_span_db_statement_parameterized", "otlp db.statement params", "otelspan", r'''
{"name":"mysql","kind":3,"attributes":[{"key":"db.system","value":{"stringValue":"mysql"}},{"key":"db.statement","value":{"stringValue":"SELECT id, name FROM api_keys WHERE user_id = ? AND revoked = ?"}},{"key":"server.address","value":{"stringValue":"mysql.§ns§.svc"}}],"traceId":"§hex32§","spanId":"§hex16§"}
''')
N("otel_collector_debug_exporter_span_ids_and_timestamps", "oteldebug ids", "oteldebug", r'''
Span #§n§
    Trace ID       : §hex32§
    Parent ID      : §hex16§
    ID             : §hex16§
    Name           : redis.GET
    Kind           : Client
    Attributes:
     -> db.system: Str(redis)
     -> db.statement: Str(GET run:§lc8§:summary)
''')
N("otel_collector_config_headers_env_substitution", "otelcol env substitution", "otelcfg", r'''
exporters:
  otlphttp/vendor:
    endpoint: https://otlp.example.com:«4318|443»
    headers:
      x-api-key: ${env:VENDOR_API_KEY}
    compression: «gzip|zstd»
    timeout: §n§s
''')
N("fluent_bit_stdout_record_plain_startup_log", "fluentbit plain", "fluentbit", r'''
[§n§] kube.var.log.containers.gorilla-§pod:p§_§ns§_gorilla-§hex64§.log: [[§ep9§, {}], {"time"=>"§tsn§", "stream"=>"stderr", "_p"=>"F", "log"=>"MYSQL_PASSWORD_FILE=/etc/wandb/mysql/password", "kubernetes"=>{"pod_name"=>"gorilla-§pod:p§", "namespace_name"=>"§ns§", "container_name"=>"gorilla"}}]
''')
N("vector_tap_event_container_id_and_image_digest", "vector ids", "vector", r'''
{"file":"/var/log/pods/§ns§_gorilla-§pod:p§_§uuid§/gorilla/0.log","kubernetes":{"container_id":"containerd://§cid§","container_image":"wandb/local@§sha§","pod_name":"gorilla-§pod:p§","pod_uid":"§uuid§"},"message":"healthz ok","source_type":"kubernetes_logs","stream":"stdout","timestamp":"§tsn§"}
''')
N("promtail_dry_run_label_set_plain_graphql_line", "promtail plain", "promtail", r'''
§tso§§t§{app="wandb", container="gorilla", namespace="§ns§", pod="gorilla-§pod:p§"}§t§level=debug msg="graphql request" op=«Viewer|Project|RunHistory» duration=§dur§
''')
N("spring_actuator_env_sanitized_stars_values", "actuator env sanitized", "actuator", r'''
{"name":"systemEnvironment","properties":{"SPRING_DATASOURCE_PASSWORD":{"value":"******","origin":"System Environment Property \"SPRING_DATASOURCE_PASSWORD\""},"SPRING_DATASOURCE_URL":{"value":"jdbc:mysql://mysql.§ns§.svc:3306/wandb_§n§","origin":"System Environment Property \"SPRING_DATASOURCE_URL\""}}}
''')
N("spring_actuator_configprops_client_secret_masked", "actuator configprops masked", "actuator", r'''
"registration": {"wandb": {"clientId": "§lc20§", "clientSecret": "******", "authorizationGrantType": "authorization_code", "redirectUri": "https://§host§/login/oauth2/code/wandb"}}
''')
N("django_technical_500_settings_hidden_stars_only", "django hidden stars", "django", r'''
Settings:
Using settings module weave_admin.settings
ALLOWED_HOSTS = ['§host§']
DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'weave', 'PASSWORD': '********************', 'HOST': 'mysql.§ns§.svc'}}
SECRET_KEY = '********************'
''')
N("rails_database_configuration_env_url_placeholder", "rails erb placeholder", "rails", r'''
{"production"=>
  {"adapter"=>"mysql2",
   "url"=>"<%= ENV['DATABASE_URL'] %>",
   "pool"=>«5|10|20»,
   "database"=>"wandb_billing_§n§"}}
''')
N("koanf_print_lines_without_secret_keys", "koanf print plain", "koanf", r'''
http.addr -> :«8080|8081»
log.level -> «debug|info»
mysql.host -> mysql.§ns§.svc
mysql.password_file -> /run/secrets/mysql
mysql.user -> §user§
''')
N("viper_debug_override_map_secret_file_paths", "viper file paths", "viper", r'''
Override:
map[string]interface {}{"redis.password_file":"/var/run/secrets/redis/password", "redis.addr":"redis.§ns§.svc:6379", "redis.db":«0|1|2»}
PFlags:
map[string]viper.FlagValue{}
''')
N("grafana_admin_settings_masked_password_connstr", "grafana settings masked", "grafana", r'''
  "database": {
    "password": "************",
    "type": "mysql",
    "host": "mysql.§ns§.svc:3306",
    "max_open_conn": "«0|100»"
  },
''')
N("grafana_logfmt_env_override_masked_value", "grafana env override masked", "grafana", r'''
logger=settings t=§tso§ level=info msg="Config overridden from Environment variable" var="GF_DATABASE_PASSWORD=*********"
logger=settings t=§tso§ level=info msg="Config overridden from Environment variable" var="GF_SERVER_ROOT_URL=https://§host§/grafana"
''')
N("prometheus_status_config_secret_placeholder", "prometheus <secret>", "prometheus", r'''
- job_name: wandb-gorilla
  honor_timestamps: true
  scrape_interval: «15s|30s»
  scrape_timeout: §n§s
  basic_auth:
    username: prometheus
    password: <secret>
''')
N("alertmanager_status_config_webhook_url_secret_marker", "alertmanager <secret>", "alertmanager", r'''
    "original": "global:\n  resolve_timeout: «5m|1m»\nreceivers:\n- name: wandb-ops-§n§\n  webhook_configs:\n  - send_resolved: true\n    url: <secret>\nroute:\n  receiver: wandb-ops\n"
''')
N("nginx_T_auth_basic_user_file_path_only", "nginx -T auth_basic_user_file", "nginxT", r'''
# configuration file /etc/nginx/conf.d/wandb.conf:
server {
    listen «443|8443» ssl;
    server_name §host§;
    auth_basic "W&B metrics";
    auth_basic_user_file /etc/nginx/.htpasswd;
''')
N("nginx_T_proxy_set_header_variable_passthrough", "nginx -T header variable", "nginxT", r'''
    location /api/ {
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Request-Id $request_id;
        proxy_pass http://gorilla.§ns§.svc:«8080|8081»;
    }
''')
N("nginx_T_ssl_certificate_paths_and_session_ticket", "nginx -T ssl paths", "nginxT", r'''
# configuration file /etc/nginx/conf.d/ssl.conf:
ssl_certificate     /etc/nginx/tls/§word§.crt;
ssl_certificate_key /etc/nginx/tls/§word§.key;
ssl_session_ticket_key /etc/nginx/tls/ticket_§n§.key;
''')
N("haproxy_vv_build_options_feature_list", "haproxy -vv", "haproxy", r'''
HAProxy version 2.«8|9».§n§-§hex7§ §tss§ - https://haproxy.org/
Build options :
  TARGET  = linux-glibc
  OPTIONS = USE_OPENSSL=1 USE_LUA=1 USE_PROMEX=1 USE_PCRE2=1
Built with OpenSSL version : OpenSSL 3.0.§n§
''')
N("redis_cli_config_get_requirepass_empty", "redis-cli requirepass empty", "redis", r'''
127.0.0.1:6379> CONFIG GET requirepass
1) "requirepass"
2) ""
127.0.0.1:6379> CONFIG GET maxmemory
1) "maxmemory"
2) "§num10§"
''')
N("redis_cli_acl_list_hashed_passwords", "redis acl list hashes", "redis", r'''
127.0.0.1:6379> ACL LIST
1) "user default on sanitize-payload #§hex64§ ~* &* +@all"
2) "user §word§ off resetchannels -@all"
''')
N("mc_admin_config_export_identity_openid_without_secret", "mc openid no secret", "mc", r'''
identity_openid config_url="https://§host§/realms/ml/.well-known/openid-configuration" client_id="minio-§n§" claim_name="policy" scopes="openid,profile" redirect_uri_dynamic="on"
''')
N("mc_admin_config_export_commented_defaults_empty_secret", "mc commented empty", "mc", r'''
# notify_webhook:«1|2» endpoint="" auth_token="" queue_limit="0" queue_dir="" client_cert="" client_key=""
notify_webhook enable=off endpoint="https://hooks.example.com/minio-§n§" auth_token="" queue_limit="0"
''')
N("ps_auxwwe_env_without_secret_vars", "ps auxwwe plain env", "ps", r'''
USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
wandb        §pid§  0.«2|4|9»  1.1 812344 92816 ?        Sl   §hm§   0:§n§ python train.py --project demo HOSTNAME=trainer-§pod:p§ WANDB_BASE_URL=https://§host§ WANDB_MODE=online HOME=/home/wandb
''')
N("proc_pid_environ_caret_at_plain_vars", "proc environ plain", "ps", r'''
$ cat -v /proc/§pid§/environ
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin^@HOSTNAME=wandb-local-§rs§^@BUCKET=s3://wandb-files-§lc6§^@AWS_REGION=us-east-«1|2»^@
''')
N("systemctl_show_environment_files_and_load_credential_paths", "systemctl show plain", "systemctl", r'''
Id=wandb-local.service
Environment=HOST=https://§host§ GOMAXPROCS=«2|4|8»
EnvironmentFiles=/etc/wandb/override.env (ignore_errors=yes)
LoadCredential=mysql-password:/etc/wandb/creds/mysql_§n§
''')
N("docker_top_cmd_column_redis_requirepass_from_file", "docker top plain", "dockertop", r'''
UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD
999                 §pid§               §pid§               0                   §hm§               ?                   00:00:§n§            redis-server /usr/local/etc/redis/redis.conf --appendonly yes --port «6379|6380»
''')
N("coredumpctl_list_table_signatures_and_exe", "coredumpctl list", "coredump", r'''
TIME                           PID  UID  GID SIG     COREFILE EXE                          SIZE
§ctime§ UTC §pid§  999  999 SIGSEGV present  /usr/local/bin/gorilla       §n3§.§n§M
§ctime§ UTC §pid§  999  999 SIGABRT present  /usr/local/bin/flat-run-fields-updater §n§.§n§M
''')
N("journalctl_o_verbose_coredump_build_ids", "coredump build ids", "coredump", r'''
    COREDUMP_PID=§pid§
    COREDUMP_COMM=gorilla
    COREDUMP_SIGNAL_NAME=SIGSEGV
    COREDUMP_PACKAGE_JSON={"type":"deb","name":"wandb-local","version":"0.§n§.0"}
    Module /usr/local/bin/gorilla with build-id §hex40§
''')
N("terraform_show_human_plan_sensitive_value_markers", "terraform (sensitive value)", "tfshow", r'''
  # aws_rds_cluster.wandb will be updated in-place
  ~ resource "aws_rds_cluster" "wandb" {
        id                   = "wandb-§lc6§"
      ~ master_password      = (sensitive value)
        # («12|14|31» unchanged attributes hidden)
''')
N("terraform_show_json_after_sensitive_map_and_unknown", "terraform after_sensitive", "tfjson", r'''
{"address":"aws_rds_cluster.wandb","change":{"actions":["update"],"after_unknown":{"arn":true,"id":§ep§},"after_sensitive":{"master_password":true},"before_sensitive":{"master_password":true},"replace_paths":[]},"action_reason":"«replace_because_tainted|replace_by_request»"}
''')
N("terraform_state_attributes_ids_and_arns_only", "terraform state ids", "tfstate", r'''
"attributes": {"arn": "arn:aws:iam::§num12§:user/wandb-bucket", "id": "wandb-bucket", "name": "wandb-bucket", "permissions_boundary": null, "tags": {"env": "«prod|stage»"}, "unique_id": "AIDA§rid§"},
''')
N("terraform_output_json_nonsensitive_values", "terraform output plain", "tfshow", r'''
{
  "bucket_name": {
    "sensitive": false,
    "type": "string",
    "value": "wandb-files-§lc6§"
  },
''')
N("ansible_loop_item_result_no_log_censored_message", "ansible no_log censored", "ansible", r'''
ok: [wb-db-«01|02»] => (item=§user§) => {
    "censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result",
    "changed": false
}
''')
N("ansible_vvv_module_args_password_value_specified", "ansible VALUE_SPECIFIED", "ansible", r'''
        "module_args": {
            "login_host": "§ip§",
            "login_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
            "login_user": "root",
            "name": "wandb_«local|prod»"
''')
N("ansible_vvv_put_transfer_ansiballz_paths", "ansible PUT paths", "ansible", r'''
<§ip§> PUT /home/ops/.ansible/tmp/ansible-local-§num6§§lc8§/tmp§lc8§ TO /home/ubuntu/.ansible/tmp/ansible-tmp-§ep§-§num5§-§num14§/AnsiballZ_mysql_user.py
<§ip§> SSH: EXEC sftp -b - -C -o ControlMaster=auto -o User=ubuntu '[§ip§]'
''')
N("github_actions_env_block_all_masked", "gha masked", "gha", r'''
§ts7§ ##[group]Run helm upgrade --install wandb wandb/operator -f values.yaml
§ts7§ env:
§ts7§   WANDB_LICENSE: ***
§ts7§   BUCKET_SECRET_KEY: ***
§ts7§   BUCKET_NAME: wandb-files-§lc6§
§ts7§ ##[endgroup]
''')
N("github_actions_add_mask_command_with_expression", "gha add-mask expression", "gha", r'''
§ts7§ ##[group]Run echo "::add-mask::$TOKEN"
§ts7§ echo "::add-mask::$TOKEN"
§ts7§ shell: /usr/bin/bash -e {0}
§ts7§ ##[endgroup]
§ts7§ Cache restored from key: Linux-pip-§hex64§
''')
N("gitlab_ci_job_log_masked_variable", "gitlab [MASKED]", "gitlab", r'''
section_start:§eps§:step_script
$ curl --header "PRIVATE-TOKEN: [MASKED]" "https://gitlab.example.com/api/v4/projects/§n3§/packages"
{"message":"«200 OK|201 Created»"}
''')
N("jenkins_console_withcredentials_masked_stars", "jenkins masked", "jenkins", r'''
[Pipeline] withCredentials
Masking supported pattern matches of $MYSQL_PW
[Pipeline] sh
+ mysql -h mysql.example.com -u wandb -p**** -e 'SELECT «1|2|3»' wandb_§n§
''')
N("sentry_event_request_data_filtered_markers", "sentry filtered", "sentry", r'''
"request": {"url": "https://§host§/oidc/token", "method": "POST", "data": {"grant_type": "authorization_code", "client_id": "§lc20§", "client_secret": "[Filtered]", "code": "[Filtered]"}, "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
''')
N("sentry_event_ids_release_and_sdk_fields", "sentry ids", "sentry", r'''
{"event_id":"§hex32§","level":"error","platform":"python","release":"weave@0.§n§.«0|1|2»","sdk":{"name":"sentry.python","version":"2.§n§.0"},"contexts":{"trace":{"trace_id":"§hex32§","span_id":"§hex16§"}},"timestamp":"§tsu§"}
''')
N("envoy_config_dump_sds_secret_reference_by_name", "envoy sds ref", "envoy", r'''
{"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump","dynamic_active_secrets":[{"name":"wandb-tls-§n§","version_info":"§hex16§","last_updated":"§ts§","secret":{"@type":"type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret","name":"wandb-tls","tls_certificate":{"certificate_chain":{"filename":"/etc/certs/tls.crt"},"private_key":{"filename":"/etc/certs/tls.key"}}}}]}
''')
N("traefik_api_rawdata_middleware_secret_reference", "traefik secret ref", "traefik", r'''
"wandb-auth@kubernetescrd": {"basicAuth": {"secret": "§ns§-basic-auth", "removeHeader": true}, "status": "enabled", "usedBy": ["wandb-§n§@kubernetescrd"], "name": "wandb-auth@kubernetescrd", "provider": "kubernetescrd", "type": "basicauth"},
''')
N("consul_kv_export_json_base64_plain_setting", "consul kv plain", "consul", r'''
[
	{
		"key": "wandb/prod/«max_upload_mb",
		"flags": §n§,
		"value": "NTEy|log_level",
		"flags": §n§,
		"value": "aW5mbw==|worker_count",
		"flags": §n§,
		"value": "OA==|oidc_issuer",
		"flags": §n§,
		"value": "aHR0cHM6Ly9pZHAuZXhhbXBsZS5jb20vcmVhbG1zL21s»"
	}
''')
N("vault_audit_log_hmac_sha256_values", "vault audit hmac", "vault", r'''
{"time":"§tsn§","type":"response","auth":{"client_token":"hmac-sha256:§hex64§","accessor":"hmac-sha256:§hex64§","display_name":"kubernetes-§ns§-wandb"},"request":{"id":"§uuid§","operation":"read","path":"secret/data/wandb/mysql"},"response":{"data":{"data":{"password":"hmac-sha256:§hex64§"}}}}
''')
N("kubernetes_audit_event_secret_metadata_level", "k8s audit metadata", "k8saudit", r'''
{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"§uuid§","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/§ns§/secrets/wandb-mysql","verb":"«get|patch|update»","user":{"username":"system:serviceaccount:§ns§:wandb-operator"},"objectRef":{"resource":"secrets","namespace":"§ns§","name":"wandb-mysql"},"responseStatus":{"code":200}}
''')
N("clickhouse_users_xml_password_sha256_hex_element", "clickhouse sha256 hex", "clickhouse", r'''
<clickhouse>
    <users>
        <weave><password_sha256_hex>§hex64§</password_sha256_hex><networks><ip>::/0</ip></networks></weave>
''')
N("kafka_adminclient_config_values_hidden_password", "kafka [hidden]", "kafka", r'''
[§tsj§] INFO AdminClientConfig values:
	bootstrap.servers = [kafka.§ns§.svc:9092]
	sasl.jaas.config = [hidden]
	sasl.mechanism = «PLAIN|SCRAM-SHA-512»
	ssl.truststore.password = null
''')
N("troubleshoot_support_bundle_redaction_marker_detail", "support-bundle redacted", "supportbundle", r'''
{"name":"mysql-connection","labels":{"iconKey":"mysql"},"insight":{"name":"mysql","primary":"MySQL","detail":"Cannot connect to mysql://wandb:***HIDDEN***@mysql.§ns§.svc:3306/wandb_local (errno «2003|1045»)","severity":"error"}}
''')
N("python_json_logger_public_certificate_fingerprint_and_pem_header", "pythonjsonlogger cert", "pyjson", r'''
{"asctime": "§tsj§", "levelname": "INFO", "message": "loaded CA bundle", "path": "/etc/ssl/certs/wandb-ca.pem", "subject": "CN=§host§", "sha256_fingerprint": "§HEX64§", "not_after": "§tsz§"}
-----BEGIN CERTIFICATE-----
§b64pub§
''')
N("rust_tracing_help_text_env_var_descriptions", "tracing help text", "tracing", r'''
Options:
      --database-url <DATABASE_URL>  MySQL URL, e.g. mysql://user:password@host:3306/db [env: DATABASE_URL=]
      --api-key <API_KEY>            W&B API key (40 hex characters) [env: WANDB_API_KEY=]
      --log-format <FORMAT>          json|pretty [default: «json|pretty»]
      --port <PORT>                  listen port [env: PORT=] [default: §n3§§n§]
''')
N("structlog_json_headers_placeholder_values", "structlog headers placeholders", "structlog", r'''
{"headers": {"Authorization": "Bearer <token>", "Accept": "application/json", "X-Request-Id": "§uuid§"}, "method": "GET", "url": "https://§host§/api/v1/viewer", "event": "example request (docs)", "level": "debug", "timestamp": "§tsu§"}
''')
N("logfmt_variables_that_are_data_token_counts", "logfmt token counts", "logfmt", r'''
level=info ts=§ts§ msg="tokenizer stats" max_tokens=§n3§§n§ prompt_tokens=§n3§ token_type=bpe password_min_len=«12|16» secret_rotation_days=«30|90»
''')
N("systemctl_show_environment_docker_digest_and_uuid", "systemctl show ids", "systemctl", r'''
$ systemctl show-environment
LANG=C.UTF-8
INVOCATION_ID=§hex32§
WANDB_IMAGE=wandb/local@§sha§
''')
N("helm_set_values_placeholder_in_ci_log", "gha helm placeholder", "gha", r'''
§ts7§ helm upgrade --install wandb wandb/operator-wandb --set-string global.license=${WANDB_LICENSE} --set global.bucket.secretKey=$(cat /run/secrets/bucket_«key|secret»)
§ts7§ Release "wandb" has been upgraded. Happy Helming!
''')
N("django_debug_page_meta_cookie_csrftoken_only", "django META csrftoken", "django", r'''
META:
HTTP_ACCEPT = 'text/html'
HTTP_COOKIE = 'theme=«dark|light»; tz=UTC'
HTTP_HOST = '§host§'
HTTP_X_REQUEST_ID = '§uuid§'
''')
N("otel_env_exporter_headers_tenant_only", "otel env headers plain", "otlp", r'''
OTEL_SERVICE_NAME=«gorilla|weave»
OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com
OTEL_EXPORTER_OTLP_HEADERS=x-tenant=wandb,x-scope-orgid=§word§
OTEL_RESOURCE_ATTRIBUTES=deployment.environment=prod,service.instance.id=§uuid§
''')


# ================================================================ generation
def norm(name):
    return re.sub(r"[-_.]", "", name).lower()


def build():
    pos_out, neg_out = [], []
    seen_secrets = set()
    for name, kind, src, tpl in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = render(tpl)
                if not secrets:
                    raise SystemExit("no secret in " + name)
                if passes(lines, secrets) and not (set(secrets) & seen_secrets) \
                        and len(set(secrets)) == len(secrets) and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen_secrets.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    seen_neg = set()
    for name, kind, src, tpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, _s = render(tpl, allow_secrets=False)
                key = json.dumps(lines)
                if key not in seen_neg and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw distinct " + name)
            seen_neg.add(key)
            neg_out.append({"shape": name, "lines": lines})
    return pos_out, neg_out


SOURCES = {name: SRC[src] for name, kind, src, tpl in POS + NEG}
KIND = {name: kind for name, kind, src, tpl in POS + NEG}


# Kind judgement (tool + trick absent from the shape-name list; checked by token
# search over the normalised names, then by hand, conservatively).
NEW_KIND_POS = ['go_kit_logfmt_caller_ts_dsn_with_query_tls_param',
 'python_json_logger_default_separators_extra_api_key',
 'python_json_logger_exc_info_traceback_with_locals_token',
 'uwsgi_startup_instance_configuration_dump_env_option',
 'pino_pretty_colorized_nested_object_lines_secret',
 'bunyan_json_req_serializer_headers_cookie',
 'bunyan_cli_long_output_indented_extra_fields',
 'winston_simple_format_level_message_json_tail',
 'node_util_inspect_config_toobject_single_quotes',
 'node_config_node_config_env_json_echo',
 'logback_pattern_layout_kv_marker_append_password',
 'serilog_jsonformatter_renderedmessage_and_properties_token',
 'serilog_console_template_output_exception_inner_message_conn_string',
 'rust_tracing_json_fields_object_span_list_bearer',
 'rust_tracing_json_flatten_event_current_span_dsn',
 'syslog_rfc5424_nil_sd_msg_with_bom_and_token',
 'gelf_udp_payload_additional_fields_underscore_redis_password',
 'graylog_sidecar_docker_gelf_tag_envelope_license_var',
 'filebeat_debug_publish_event_json_message_cookie',
 'koanf_print_arrow_lines_sorted_keys_mysql_password',
 'koanf_all_map_printed_with_percent_v',
 'viper_allsettings_nested_map_percent_v_bucket_secret',
 'go_percent_plus_v_struct_config_field_names',
 'journalctl_o_verbose_coredump_environ_field',
 'etcdctl_get_write_out_json_kvs_base64_value',
 'pgbouncer_show_config_table_auth_query_and_conn_string',
 'rfc5424_over_tcp_octet_counting_prefix_sd_password']
NEW_KIND_NEG = ['zerolog_console_token_expiry_and_fingerprint',
 'go_kit_logfmt_dsn_without_password_parse_time',
 'python_json_logger_request_id_trace_id_fields',
 'python_logging_urllib3_debug_plain_query_params',
 'bunyan_req_serializer_headers_without_cookie',
 'winston_json_queue_connected_host_vhost_only',
 'node_util_inspect_config_env_var_references',
 'log4j2_jsonlayout_hikari_jdbcurl_without_credentials',
 'serilog_console_connection_string_pwd_masked',
 'gelf_additional_fields_redis_addr_and_db_only',
 'gelf_docker_envelope_plain_startup_line',
 'koanf_print_lines_without_secret_keys',
 'viper_debug_override_map_secret_file_paths',
 'coredumpctl_list_table_signatures_and_exe',
 'python_json_logger_public_certificate_fingerprint_and_pem_header',
 'rust_tracing_help_text_env_var_descriptions']
SAME_KIND_POS = [n for n, k, s, t in POS if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n, k, s, t in NEG if n not in NEW_KIND_NEG]


def main():
    pos, neg = build()
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("positives: %d records, %d shapes, %d secrets" % (
        len(pos), len(POS), sum(len(r["secrets"]) for r in pos)))
    print("negatives: %d records, %d shapes" % (len(neg), len(NEG)))


if __name__ == "__main__":
    main()
