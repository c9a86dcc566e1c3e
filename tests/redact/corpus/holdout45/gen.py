#!/usr/bin/env python3
"""holdout45: sealed held-out set for the wbdiag secret redactor.

Focus: monitoring, alerting and APM configuration and logs.
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

SEED = 4545_0917
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
    m = re.fullmatch(r"([a-z]+[a-z])(\d+)", kind)
    if not m:
        m = re.fullmatch(r"(b64u|b64s)(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
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
    secrets = []
    clock = Clock()

    def sub(m):
        body = m.group(1)
        if body in ("T", "TL", "TG", "TE", "TS"):
            return clock.fmt(body)
        if body.startswith("@"):
            return rng.choice(body[1:].split("|"))
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
        elif tname == "b64w":  # base64 of PREFIX + value + SUFFIX (arg "PREFIX~SUFFIX"), listed whole minus '='
            pre, _, suf = arg.replace("\\n", "\n").partition("~")
            out = base64.b64encode((pre + v + suf).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "json":
            out = json.dumps(v)[1:-1]
            listed = out
        else:
            raise KeyError(tname)
        if secret:
            secrets.append(listed)
        return out

    text = PH.sub(sub, tpl)
    text = text.replace("⏎", "\r").replace("␛", "\x1b").replace("⇥", "\t").replace("⊙", "\ufeff").replace("‴", '"""')
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


TOOL = {}


def P(name, tool, src, tpl):
    TOOL[name] = tool
    POS.append((name, src, None, tpl.strip("\n")))


def N(name, tool, src, tpl):
    TOOL[name] = tool
    NEG.append((name, src, None, tpl.strip("\n")))

# ---------------------------------------------------------------- sources
PROM_CFG = "https://prometheus.io/docs/prometheus/latest/configuration/configuration/"
PROM_WEB = "https://prometheus.io/docs/prometheus/latest/configuration/https/"
PROM_API = "https://prometheus.io/docs/prometheus/latest/querying/api/"
PROM_RULES = "https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/"
AM_CFG = "https://prometheus.io/docs/alerting/latest/configuration/"
AM_INTEG = "https://prometheus.io/docs/alerting/latest/integrations/"
AMTOOL = "https://github.com/prometheus/alertmanager#amtool"
GF_INI = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/"
GF_DOCKER = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/"
GF_PROV = "https://grafana.com/docs/grafana/latest/administration/provisioning/"
GF_SA = "https://grafana.com/docs/grafana/latest/administration/service-accounts/ ; google/osv-scalibr#1330"
GF_API = "https://grafana.com/docs/grafana/latest/developers/http_api/"
GF_LDAP = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/ldap/"
GF_HELM = "https://github.com/grafana/helm-charts/blob/main/charts/grafana/values.yaml"
GF_CLI = "https://grafana.com/docs/grafana/latest/cli/"
GF_ALERT_PROV = "https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/"
ALLOY = "https://grafana.com/docs/alloy/latest/reference/components/prometheus/prometheus.remote_write/"
GF_AGENT = "https://grafana.com/docs/agent/latest/static/configuration/metrics-config/"
DD_CONF = "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/"
DD_DOCKER = "https://docs.datadoghq.com/containers/docker/"
DD_API = "https://docs.datadoghq.com/api/latest/authentication/"
DD_HELM = "https://github.com/DataDog/helm-charts/blob/main/charts/datadog/values.yaml"
DD_PY = "https://github.com/DataDog/datadogpy"
DD_TF = "https://registry.terraform.io/providers/DataDog/datadog/latest/docs"
DD_ECS = "https://docs.datadoghq.com/containers/amazon_ecs/"
DD_STATUS = "https://docs.datadoghq.com/agent/configuration/agent-commands/#agent-status-and-information"
DD_SECRETS = "https://docs.datadoghq.com/agent/configuration/secrets-management/"
DD_LOGS = "https://docs.datadoghq.com/tracing/other_telemetry/connect_logs_and_traces/python/"
NR_JAVA = "https://docs.newrelic.com/docs/apm/agents/java-agent/configuration/java-agent-configuration-config-file/"
NR_PY = "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/"
NR_INFRA = "https://docs.newrelic.com/docs/infrastructure/install-infrastructure-agent/configuration/infrastructure-agent-configuration-settings/"
NR_KEYS = "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"
NR_OTLP = "https://docs.newrelic.com/docs/opentelemetry/best-practices/opentelemetry-otlp/"
NR_GUID = "https://docs.newrelic.com/docs/new-relic-solutions/new-relic-one/core-concepts/what-entity-new-relic/"
SPL_HEC = "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector"
SPL_INPUTS = "https://docs.splunk.com/Documentation/Splunk/latest/Admin/Inputsconf"
FLB_SPLUNK = "https://docs.fluentbit.io/manual/pipeline/outputs/splunk"
OTEL_SPLUNK = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/splunkhecexporter"
DOCKER_SPLUNK = "https://docs.docker.com/engine/logging/drivers/splunk/"
SFX = "https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html"
HNY = "https://docs.honeycomb.io/send-data/opentelemetry/collector/"
HNY_BEELINE = "https://docs.honeycomb.io/send-data/beelines/python/"
EAPM_SRV = "https://www.elastic.co/guide/en/observability/current/apm-secret-token.html"
EAPM_AGENT = "https://www.elastic.co/guide/en/apm/agent/python/current/configuration.html"
EAPM_KEY = "https://www.elastic.co/guide/en/observability/current/apm-api-key.html"
FILEBEAT = "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html"
DT_TOK = "https://docs.dynatrace.com/docs/dynatrace-api/basics/dynatrace-api-authentication ; cloudfoundry/java-buildpack#967"
DT_K8S = "https://docs.dynatrace.com/docs/ingest-from/setup-on-k8s/deployment"
DT_OTLP = "https://docs.dynatrace.com/docs/ingest-from/opentelemetry/otlp-api"
DT_ENT = "https://docs.dynatrace.com/docs/dynatrace-api/environment-api/entity-v2"
OTELCOL = "https://opentelemetry.io/docs/collector/configuration/"
OTEL_ENV = "https://opentelemetry.io/docs/specs/otel/protocol/exporter/"
OTEL_BASIC = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/basicauthextension"
OTEL_BEARER = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/bearertokenauthextension"
OTEL_DEBUG = "https://github.com/open-telemetry/opentelemetry-collector/tree/main/exporter/debugexporter"
W3C_TC = "https://www.w3.org/TR/trace-context/"
PROMTAIL = "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/"
LOKI_CFG = "https://grafana.com/docs/loki/latest/configure/"
LOGCLI = "https://grafana.com/docs/loki/latest/query/logcli/"
MIMIR_CFG = "https://grafana.com/docs/mimir/latest/configure/configuration-parameters/"
MIMIRTOOL = "https://grafana.com/docs/mimir/latest/manage/tools/mimirtool/"
TEMPO_CFG = "https://grafana.com/docs/tempo/latest/configuration/"
CORTEX = "https://cortexmetrics.io/docs/configuration/configuration-file/"
THANOS = "https://thanos.io/tip/thanos/storage.md/"
SENTRY_DSN = "https://docs.sentry.io/concepts/key-terms/dsn-explainer/"
SENTRY_CLI = "https://docs.sentry.io/cli/configuration/"
SENTRY_RELAY = "https://docs.sentry.io/product/relay/getting-started/"
SENTRY_SH = "https://develop.sentry.dev/self-hosted/"
SENTRY_SDK = "https://docs.sentry.io/platforms/python/troubleshooting/"
GLITCHTIP = "https://glitchtip.com/documentation/install"
GRAPHITE = "https://graphite.readthedocs.io/en/latest/config-local-settings.html"
STATSD = "https://github.com/statsd/statsd/blob/master/docs/metric_types.md"
HOSTED_GRAPHITE = "https://docs.hostedgraphite.com/sending-metrics/statsd"
ZBX_SRV = "https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_server"
ZBX_PSK = "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys"
ZBX_API = "https://www.zabbix.com/documentation/current/en/manual/api"
ZBX_WEB = "https://www.zabbix.com/documentation/current/en/manual/installation/frontend"
NAGIOS_RES = "https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/macros.html"
NAGIOS_HTTP = "https://www.monitoring-plugins.org/doc/man/check_http.html"
NAGIOS_HT = "https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/cgisecurity.html"
NCPA = "https://www.nagios.org/ncpa/help/2.2/configuration.html"
ICINGA_API = "https://icinga.com/docs/icinga-2/latest/doc/12-icinga2-api/"
ICINGA_IDO = "https://icinga.com/docs/icinga-2/latest/doc/14-features/#ido-database-db-ido"
ICINGAWEB = "https://icinga.com/docs/icinga-web/latest/doc/04-Resources/"
ICINGA_PKI = "https://icinga.com/docs/icinga-2/latest/doc/06-distributed-monitoring/"
CHECKMK = "https://docs.checkmk.com/latest/en/rest_api.html"
CMK_AGENT = "https://docs.checkmk.com/latest/en/agent_linux.html"
PRTG = "https://www.paessler.com/manuals/prtg/http_api"
NETDATA = "https://learn.netdata.cloud/docs/netdata-cloud/connect-agent"
SENSU = "https://docs.sensu.io/sensu-go/latest/api/#authenticate-with-an-api-key"
SENSU_INIT = "https://docs.sensu.io/sensu-go/latest/observability-pipeline/observe-schedule/backend/"
UPTIMEROBOT = "https://uptimerobot.com/api/"
HC = "https://healthchecks.io/docs/http_api/"
PINGDOM = "https://docs.pingdom.com/api/"
STATUSCAKE = "https://developers.statuscake.com/api/"
BETTERSTACK = "https://betterstack.com/docs/logs/http-rest-api/"
GATUS = "https://github.com/TwiN/gatus#configuration"
BLACKBOX = "https://github.com/prometheus/blackbox_exporter/blob/master/CONFIGURATION.md"
GOTIFY = "https://gotify.net/docs/pushmsg"
NTFY = "https://docs.ntfy.sh/publish/#access-tokens"
PUSHOVER = "https://pushover.net/api"
INSTANA = "https://www.ibm.com/docs/en/instana-observability/current?topic=agents-installing-host-agent-linux"
APPD = "https://docs.appdynamics.com/appd/24.x/latest/en/application-monitoring/install-app-server-agents/java-agent/administer-the-java-agent/configure-the-java-agent"
LIGHTSTEP = "https://docs.lightstep.com/docs/create-and-manage-access-tokens"
WAVEFRONT = "https://docs.wavefront.com/proxies_installing.html"
CORALOGIX = "https://coralogix.com/docs/opentelemetry/"
LOGZIO = "https://docs.logz.io/docs/shipping/"
LOGGLY = "https://documentation.solarwinds.com/en/success_center/loggly/content/admin/http-bulk-endpoint.htm"
PAPERTRAIL = "https://www.papertrail.com/help/http-api/"
ROLLBAR = "https://docs.rollbar.com/docs/python"
BUGSNAG = "https://docs.bugsnag.com/platforms/python/other/configuration-options/"
HONEYBADGER = "https://docs.honeybadger.io/lib/python/"
RAYGUN = "https://raygun.com/documentation/language-guides/python/crash-reporting/installation/"
AIRBRAKE = "https://docs.airbrake.io/docs/platforms/python/"
SCOUT = "https://scoutapm.com/docs/python/configuration"
GRAYLOG = "https://go2docs.graylog.org/current/setting_up_graylog/rest_api_access_tokens.htm"
INFLUX = "https://docs.influxdata.com/influxdb/v2/api-guide/api_intro/"
TELEGRAF = "https://github.com/influxdata/telegraf/tree/master/plugins/outputs/influxdb_v2"
CHRONOGRAF = "https://docs.influxdata.com/chronograf/v1/administration/config-options/"
KAPACITOR = "https://docs.influxdata.com/kapacitor/v1/administration/configuration/"
VMAGENT = "https://docs.victoriametrics.com/vmagent/"
VMAUTH = "https://docs.victoriametrics.com/vmauth/"
PUSHGW = "https://github.com/prometheus/pushgateway#command-line"
ZIPKIN = "https://github.com/openzipkin/zipkin/tree/master/zipkin-server#elasticsearch-storage"
JAEGER = "https://www.jaegertracing.io/docs/1.57/cli/"
SIGNL4 = "https://docs.signl4.com/integrations/prometheus/prometheus-alertmanager.html"
SQUADCAST = "https://support.squadcast.com/integrations/alert-source-integrations-native/prometheus"
ZENDUTY = "https://docs.zenduty.com/docs/prometheus/"
GCHAT = "https://developers.google.com/workspace/chat/quickstart/webhooks"
MATRIX = "https://spec.matrix.org/latest/client-server-api/#using-access-tokens"
MATTERMOST = "https://developers.mattermost.com/integrate/webhooks/incoming/"
PD_EV2 = "https://developer.pagerduty.com/docs/events-api-v2/trigger-events/"
OPSGENIE = "https://docs.opsgenie.com/docs/heartbeat-api"
VICTOROPS = "https://help.victorops.com/knowledge-base/rest-endpoint-integration-guide/"
SLACK_HOOK = "https://api.slack.com/messaging/webhooks"
TG_BOT = "https://core.telegram.org/bots/api#authorizing-your-bot"
DISCORD_HOOK = "https://discord.com/developers/docs/resources/webhook"
TEAMS_HOOK = "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"
CACTI = "https://docs.cacti.net/Install-Under-CentOS_LAMP.md"
OBSERVIUM = "https://docs.observium.org/config_options/"
MONIT = "https://mmonit.com/monit/documentation/monit.html#MONIT-HTTPD"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S_DESCRIBE = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/"
DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
PROM_OPERATOR = "https://prometheus-operator.dev/docs/api-reference/api/"
UPTIME_KUMA = "https://github.com/louislam/uptime-kuma/wiki/API-Keys"
# ================================================================ POSITIVES
# ---- Prometheus
P("prometheus_remote_write_basic_auth_password_yaml", "prometheus", PROM_CFG, r"""
remote_write:
  - url: https://«@mimir|metrics|prom-lb».example.com/api/v1/push
    name: «@mimir-prod|central|longterm»
    basic_auth:
      username: tenant-«dig4:u»
      password: «@"|'|»«!pw20:p»«@"|'|»
    queue_config:
      max_samples_per_send: «@500|1000|2000»
""")
P("prometheus_scrape_authorization_credentials_crlf", "prometheus", PROM_CFG, r"""
scrape_configs:⏎
  - job_name: «@wandb-app|weave|federate»⏎
    authorization:⏎
      type: Bearer⏎
      credentials: «!an40:t»⏎
    static_configs:⏎
      - targets: ['10.0.«dig2:a».«dig2:b»:«@9090|8080|9100»']⏎
""")
P("prometheus_legacy_bearer_token_inline", "prometheus", PROM_CFG, r"""
  - job_name: 'kubernetes-apiservers'
    scheme: https
    bearer_token: "«!b64u48:t»"
    tls_config:
      insecure_skip_verify: true
""")
P("prometheus_remote_write_oauth2_client_secret", "prometheus", PROM_CFG, r"""
    oauth2:
      client_id: «uuid:c»
      client_secret: «!an32:s»
      token_url: https://login.example.com/«uuid:t»/oauth2/v2.0/token
      scopes: [api://«uuid:a»/.default]
""")
P("prometheus_web_config_basic_auth_users_bcrypt", "prometheus", PROM_WEB, r"""
# web.yml passed with --web.config.file
basic_auth_users:
  «@admin|prometheus|scraper»: $2y$10$«b64s22:salt»«!b64s31:h»
""")
P("prometheus_log_remote_write_url_userinfo", "prometheus", PROM_CFG, r"""
ts=«T» caller=dedupe.go:112 component=remote level=warn remote_name=«hex6:r» url=https://«@tenant|wandb|prom»:«!pw18:p»@metrics.example.com/api/v1/push msg="Failed to send batch, retrying" err="Post \"https://metrics.example.com/api/v1/push\": context deadline exceeded"
""")
P("prometheus_configmap_json_escaped_password", "prometheus", K8S_SECRET, r"""
{"apiVersion":"v1","data":{"prometheus.yml":"global:\n  scrape_interval: 30s\nremote_write:\n- url: https://metrics.example.com/api/v1/push\n  basic_auth:\n    username: «dig6:u»\n    password: «!an44:p»\n"},"kind":"ConfigMap","metadata":{"name":"prometheus-server","namespace":"monitoring"}}
""")
P("prometheus_http_sd_authorization_tab_indent", "prometheus", PROM_CFG, r"""
http_sd_configs:
⇥- url: http://sd.example.internal:8000/targets
⇥  authorization:
⇥    credentials: '«!hex48:c»'
⇥  refresh_interval: 60s
""")
P("prometheus_k8s_secret_additional_scrape_configs_b64", "prometheus", PROM_OPERATOR, r"""
apiVersion: v1
kind: Secret
metadata:
  name: additional-scrape-configs
data:
  prometheus-additional.yaml: «!pw22:p|b64w:- job_name: wandb\n  basic_auth:\n    username: ops\n    password: ~\n»
""")
# ---- Alertmanager
P("alertmanager_global_block_smtp_auth_password_quoted", "alertmanager", AM_CFG, r"""
global:
  smtp_smarthost: 'smtp.example.com:587'
  smtp_from: 'alertmanager@example.com'
  smtp_auth_username: 'alertmanager@example.com'
  smtp_auth_password: '«!pw16:p»'
  smtp_require_tls: true
""")
P("alertmanager_email_configs_auth_password_quoted", "alertmanager", AM_CFG, r"""
receivers:
- name: ops-mail
  email_configs:
  - to: oncall@example.com
    auth_username: «@relay|alerts|am»
    auth_password: "«!pw20:p»"
    auth_identity: ""
""")
P("alertmanager_pagerduty_configs_routing_key_unquoted", "alertmanager", AM_INTEG, r"""
- name: pagerduty-critical
  pagerduty_configs:
  - routing_key: «!hex32:k»
    severity: '{{ .CommonLabels.severity }}'
    send_resolved: true
""")
P("alertmanager_pagerduty_service_key_legacy", "alertmanager", AM_INTEG, r"""
  pagerduty_configs:
    - service_key: "«!hex32:k»"
      url: https://events.pagerduty.com/generic/2010-04-15/create_event.json
""")
P("alertmanager_opsgenie_api_key_global", "alertmanager", AM_CFG, r"""
global:
  resolve_timeout: 5m
  opsgenie_api_url: https://api.eu.opsgenie.com/
  opsgenie_api_key: «!uuid:k»
""")
P("alertmanager_victorops_api_key", "alertmanager", AM_INTEG, r"""
  victorops_configs:
  - api_key: '«!uuid:k»'
    routing_key: «@wandb-platform|ml-infra|ops»
    entity_display_name: '{{ .CommonAnnotations.summary }}'
""")
P("alertmanager_slack_api_url", "alertmanager", SLACK_HOOK, r"""
  slack_configs:
  - api_url: https://hooks.slack.com/services/T«uc8:t»/B«uc10:b»/«!an24:s»
    channel: '#«@alerts-wandb|ml-platform-alerts|oncall»'
    send_resolved: true
""")
P("alertmanager_msteams_webhook_url", "alertmanager", TEAMS_HOOK, r"""
  msteams_configs:
  - webhook_url: 'https://«@contoso|example|acme».webhook.office.com/webhookb2/«uuid:g»@«uuid:t»/IncomingWebhook/«!hex32:s»/«uuid:u»'
""")
P("alertmanager_discord_webhook_url", "alertmanager", DISCORD_HOOK, r"""
receivers:
  - name: discord
    discord_configs:
      - webhook_url: https://discord.com/api/webhooks/«dig19:i»/«!b64u68:t»
""")
P("alertmanager_telegram_configs_bot_token_chat_id", "alertmanager", TG_BOT, r"""
  telegram_configs:
  - bot_token: «dig10:b»:AA«!b64u33:t»
    chat_id: -100«dig10:c»
    parse_mode: HTML
""")
P("alertmanager_webex_http_config_credentials", "alertmanager", AM_INTEG, r"""
  webex_configs:
  - room_id: Y2lzY29zcGFyazovL3VzL1JPT00v«an24:r»
    http_config:
      authorization:
        credentials: «!an64:c»_PF84_«uuid:o»
""")
P("alertmanager_pushover_user_key_token", "alertmanager", PUSHOVER, r"""
  pushover_configs:
  - user_key: «!lc30:u»
    token: «!lc30:t»
    priority: '{{ if eq .Status "firing" }}2{{ else }}0{{ end }}'
""")
P("alertmanager_wechat_api_secret", "alertmanager", AM_INTEG, r"""
global:
  wechat_api_url: https://qyapi.weixin.qq.com/cgi-bin/
  wechat_api_secret: '«!b64u43:s»'
  wechat_api_corp_id: 'ww«hex16:c»'
""")
P("alertmanager_sns_sigv4_secret_key", "alertmanager", AM_INTEG, r"""
  sns_configs:
  - topic_arn: arn:aws:sns:us-east-1:«dig12:a»:wandb-alerts
    sigv4:
      region: us-east-1
      access_key: AKIA«uc16:k»
      secret_key: «!b64s40:s»
""")
P("alertmanager_webhook_basic_auth_password", "alertmanager", AM_CFG, r"""
  webhook_configs:
  - url: https://hooks.example.com/alertmanager
    http_config:
      basic_auth:
        username: am
        password: «!pw24:p»
""")
P("alertmanager_notify_error_log_slack_url", "alertmanager", SLACK_HOOK, r"""
ts=«T» caller=dispatch.go:353 level=error component=dispatcher msg="Notify for alerts failed" num_alerts=«dig1:n» err="slack/slack[0]: notify retry canceled after 3 attempts: Post \"https://hooks.slack.com/services/T«uc8:t»/B«uc10:b»/«!an24:s»\": dial tcp: lookup hooks.slack.com: i/o timeout"
""")
P("alertmanager_rocketchat_token", "rocketchat", AM_INTEG, r"""
  rocketchat_configs:
  - api_url: https://chat.example.com
    token_id: «an17:i»
    token: «!b64u43:t»
    channel: '#alerts'
""")
# ---- Grafana
P("grafana_ini_security_admin_password_secret_key", "grafana", GF_INI, r"""
[security]
admin_user = admin
admin_password = «!pw18:p»
secret_key = «!an16:k»
disable_gravatar = true
""")
P("grafana_ini_database_password_bom_crlf", "grafana", GF_INI, r"""
⊙[database]⏎
type = postgres⏎
host = 10.1.«dig2:x».«dig2:y»:5432⏎
name = grafana⏎
user = grafana⏎
password = «!pw20:p»⏎
""")
P("grafana_ini_smtp_password_triple_quotes", "grafana", GF_INI, r"""
[smtp]
enabled = true
host = smtp.example.com:587
user = grafana@example.com
# If the password contains # or ; you have to wrap it with triple quotes.
password = ‴«!pw12:a»#«!pw10:b»‴
""")
P("grafana_ini_generic_oauth_client_secret", "grafana", GF_INI, r"""
[auth.generic_oauth]
enabled = true
name = Okta
client_id = 0oa«an17:c»
client_secret = «!b64u40:s»
scopes = openid profile email groups
""")
P("grafana_docker_inspect_env_admin_password", "grafana", DOCKER_INSPECT, r"""
            "Env": [
                "GF_SECURITY_ADMIN_USER=admin",
                "GF_SECURITY_ADMIN_PASSWORD=«!pw16:p»",
                "GF_SERVER_ROOT_URL=https://grafana.example.com/",
                "PATH=/usr/share/grafana/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
""")
P("grafana_datasource_provisioning_basic_auth_password", "grafana", GF_PROV, r"""
apiVersion: 1
datasources:
  - name: Mimir
    type: prometheus
    url: https://mimir.example.com/prometheus
    basicAuth: true
    basicAuthUser: «dig6:u»
    secureJsonData:
      basicAuthPassword: «!pw26:p»
""")
P("grafana_datasource_provisioning_http_header_value", "grafana", GF_PROV, r"""
    jsonData:
      httpHeaderName1: 'Authorization'
    secureJsonData:
      httpHeaderValue1: 'Bearer «!an40:t»'
""")
P("grafana_datasource_provisioning_postgres_password", "grafana", GF_PROV, r"""
  - name: wandb-mysql
    type: mysql
    url: mysql.example.internal:3306
    user: grafana_ro
    jsonData: { database: wandb_local, maxOpenConns: 5 }
    secureJsonData: { password: "«!pw18:p»" }
""")
P("grafana_service_account_token_glsa_curl", "grafana", GF_SA, r"""
$ curl -s -H "Authorization: Bearer glsa_«!an32:t»_«hex8:c»" https://grafana.example.com/api/search?query=wandb | jq length
«dig2:n»
""")
P("grafana_sa_token_create_response", "grafana", GF_API, r"""
HTTP/1.1 200 OK
Content-Type: application/json

{"id":«dig2:i»,"name":"«@ci|backup|terraform»","key":"glsa_«!an32:t»_«hex8:c»"}
""")
P("grafana_legacy_api_key_eyjr", "grafana", GF_API, r"""
export GRAFANA_API_KEY=«!an32:k|b64w:{"k":"~","n":"dashboard-sync","id":1}»
""")
P("grafana_cloud_access_policy_token_glc", "grafana", "https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/", r"""
GRAFANA_CLOUD_TOKEN=glc_«!an40:k|b64w:{"o":"123456","n":"stack-wandb-otlp","k":"~","m":{"r":"prod-us-east-0"}}»
""")
P("grafana_cli_reset_admin_password_history", "grafana", GF_CLI, r"""
  «dig3:h»  kubectl -n monitoring exec -it deploy/grafana -- grafana cli admin reset-admin-password «!pw16:p»
  «dig3:g»  kubectl -n monitoring logs deploy/grafana --tail=20
""")
P("grafana_helm_values_admin_password", "grafana", GF_HELM, r"""
grafana:
  adminUser: admin
  adminPassword: «!pw22:p»
  persistence:
    enabled: true
""")
P("grafana_alerting_contact_point_telegram_bottoken", "grafana", GF_ALERT_PROV, r"""
contactPoints:
  - orgId: 1
    name: tg-oncall
    receivers:
      - uid: «an14:u»
        type: telegram
        settings:
          bottoken: «dig10:b»:AA«!b64u33:t»
          chatid: "-100«dig10:c»"
""")
P("grafana_ldap_toml_bind_password", "grafana", GF_LDAP, r"""
[[servers]]
host = "ldap.example.com"
port = 636
use_ssl = true
bind_dn = "cn=grafana,ou=svc,dc=example,dc=com"
bind_password = '«!pw20:p»'
""")
P("grafana_ini_remote_cache_redis_connstr", "grafana", GF_INI, r"""
[remote_cache]
type = redis
connstr = addr=redis.example.internal:6379,pool_size=100,db=2,password=«!an24:p»,ssl=false
""")
P("grafana_ini_database_url", "grafana", GF_INI, r"""
[database]
url = postgres://grafana:«!pw20:p»@pg.example.internal:5432/grafana
""")
P("grafana_env_oauth_client_secret_k8s", "grafana", GF_INI, r"""
        env:
        - name: GF_AUTH_GENERIC_OAUTH_CLIENT_ID
          value: grafana
        - name: GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET
          value: «!an32:s»
""")
P("grafana_alloy_remote_write_basic_auth", "grafana", ALLOY, r"""
prometheus.remote_write "default" {
  endpoint {
    url = "https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push"
    basic_auth {
      username = "«dig7:u»"
      password = "glc_«!an40:k|b64w:{"o":"987654","n":"alloy-wandb","k":"~","m":{"r":"prod-us-east-0"}}»"
    }
  }
}
""")
P("grafana_agent_static_remote_write_password", "grafana", GF_AGENT, r"""
metrics:
  configs:
  - name: integrations
    remote_write:
    - url: https://mimir.example.com/api/v1/push
      basic_auth: {username: «dig6:u», password: «!an36:p»}
""")
# ---- Datadog
P("datadog_yaml_api_key", "datadog", DD_CONF, r"""
## @param api_key - string - required
## The Datadog API key used by your Agent to submit metrics and events to Datadog.
api_key: «!hex32:k»
site: «@datadoghq.com|datadoghq.eu|us5.datadoghq.com»
""")
P("datadog_docker_run_dd_api_key", "datadog", DD_DOCKER, r"""
docker run -d --name dd-agent \
  -e DD_API_KEY=«!hex32:k» \
  -e DD_SITE="datadoghq.com" \
  -v /var/run/docker.sock:/var/run/docker.sock:ro \
  gcr.io/datadoghq/agent:7
""")
P("datadog_curl_api_and_app_key_headers", "datadog", DD_API, r"""
curl -X GET "https://api.datadoghq.com/api/v1/validate" \
-H "Accept: application/json" \
-H "DD-API-KEY: «!hex32:a»" \
-H "DD-APPLICATION-KEY: «!hex40:b»"
""")
P("datadog_helm_values_api_app_key", "datadog", DD_HELM, r"""
datadog:
  apiKey: «!hex32:a»
  appKey: «!hex40:b»
  clusterName: wandb-«@prod|staging|eu»
""")
P("datadog_k8s_secret_api_key_base64", "datadog", K8S_SECRET, r"""
apiVersion: v1
kind: Secret
metadata:
  name: datadog-secret
type: Opaque
data:
  api-key: «!hex32:k|b64w:~»
""")
P("datadog_python_initialize_traceback_locals", "datadog", DD_PY, r"""
Traceback (most recent call last):
  File "/opt/jobs/ship_metrics.py", line «dig2:l», in main
    initialize(**options)
    options = {'api_key': '«!hex32:a»', 'app_key': '«!hex40:b»', 'api_host': 'https://api.datadoghq.com'}
datadog.api.exceptions.ApiError: {'errors': ['Forbidden']}
""")
P("datadog_terraform_tfvars", "datadog", DD_TF, r"""
datadog_api_key = "«!hex32:a»"
datadog_app_key = "«!hex40:b»"
datadog_api_url = "https://api.datadoghq.eu/"
""")
P("datadog_ecs_task_definition_env_json", "datadog", DD_ECS, r"""
      "environment": [
        {"name": "DD_API_KEY", "value": "«!hex32:k»"},
        {"name": "ECS_FARGATE", "value": "true"}
      ],
""")
# ---- New Relic
P("newrelic_java_yml_default_settings_license_key", "newrelic", NR_JAVA, r"""
common: &default_settings
  license_key: '«!hex36:k»NRAL'
  app_name: W&B Server «@prod|staging|eu»
""")
P("newrelic_ini_license_key", "newrelic", NR_PY, r"""
[newrelic]
license_key = «!hex36:k»NRAL
app_name = wandb-local
monitor_mode = true
""")
P("newrelic_k8s_env_license_key", "newrelic", NR_PY, r"""
        - name: NEW_RELIC_APP_NAME
          value: wandb-weave
        - name: NEW_RELIC_LICENSE_KEY
          value: "«!hex36:k»NRAL"
""")
P("newrelic_infra_yml_license_key", "newrelic", NR_INFRA, r"""
# /etc/newrelic-infra.yml
license_key: «!hex36:k»NRAL
display_name: wandb-node-«dig2:n»
""")
P("newrelic_nerdgraph_curl_user_key", "newrelic", NR_KEYS, r"""
curl https://api.newrelic.com/graphql \
  -H 'Content-Type: application/json' \
  -H 'API-Key: NRAK-«!uc27:k»' \
  --data-binary '{"query":"{ actor { user { name } } }"}'
""")
P("newrelic_otel_env_headers_api_key", "newrelic", NR_OTLP, r"""
OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.nr-data.net:4318
OTEL_EXPORTER_OTLP_HEADERS=api-key=«!hex36:k»NRAL
""")
# ---- Splunk / SignalFx
P("splunk_hec_curl_authorization", "splunk", SPL_HEC, r"""
curl -k https://splunk.example.com:8088/services/collector/event -H "Authorization: Splunk «!uuid:t»" -d '{"event": "wandb bundle test", "sourcetype": "manual"}'
{"text":"Success","code":0}
""")
P("splunk_fluentbit_output_splunk_token", "splunk", FLB_SPLUNK, r"""
[OUTPUT]
    Name          splunk
    Match         wandb.*
    Host          splunk.example.com
    Port          8088
    Splunk_Token  «!uuid:t»
    TLS           On
""")
P("splunk_otel_hec_exporter_token", "splunk", OTEL_SPLUNK, r"""
exporters:
  splunk_hec:
    token: "«!uuid:t»"
    endpoint: "https://splunk.example.com:8088/services/collector"
    source: "otel"
""")
P("splunk_inputs_conf_http_token", "splunk", SPL_INPUTS, r"""
[http://wandb-local]
disabled = 0
index = wandb
token = «!uuid:t»
""")
P("splunk_docker_daemon_json_log_opts", "splunk", DOCKER_SPLUNK, r"""
{
  "log-driver": "splunk",
  "log-opts": {
    "splunk-token": "«!uuid:t»",
    "splunk-url": "https://splunk.example.com:8088"
  }
}
""")
P("signalfx_access_token_otel_header", "signalfx", SFX, r"""
exporters:
  otlphttp:
    traces_endpoint: https://ingest.us1.signalfx.com/v2/trace/otlp
    headers:
      "X-SF-Token": «!b64u22:t»
""")
P("signalfx_smart_agent_env", "signalfx", SFX, r"""
SPLUNK_ACCESS_TOKEN=«!b64u22:t»
SPLUNK_REALM=us1
""")
# ---- Honeycomb
P("honeycomb_env_api_key", "honeycomb", HNY, r"""
HONEYCOMB_API_KEY=«!an22:k»
OTEL_SERVICE_NAME=wandb-weave
""")
P("honeycomb_otel_exporter_header", "honeycomb", HNY, r"""
  otlp/honeycomb:
    endpoint: "api.honeycomb.io:443"
    headers:
      "x-honeycomb-team": "«!an22:k»"
""")
P("honeycomb_beeline_init_repr", "honeycomb", HNY_BEELINE, r"""
DEBUG:beeline:initializing beeline with {'writekey': '«!hex32:k»', 'dataset': 'wandb-api', 'service_name': 'wandb-api', 'debug': True}
""")
# ---- Elastic
P("elastic_apm_server_yml_secret_token", "elasticapm", EAPM_SRV, r"""
apm-server:
  host: "0.0.0.0:8200"
  auth:
    secret_token: "«!an24:t»"
""")
P("elastic_apm_agent_env_secret_token", "elasticapm", EAPM_AGENT, r"""
ELASTIC_APM_SERVICE_NAME=wandb-api
ELASTIC_APM_SERVER_URL=https://apm.example.com:8200
ELASTIC_APM_SECRET_TOKEN=«!an24:t»
""")
P("elastic_apm_api_key_curl_v_header", "elasticapm", EAPM_KEY, r"""
> POST /intake/v2/events HTTP/1.1
> Host: apm.example.com:8200
> Authorization: ApiKey «!b64u22:k|b64w:VnRsT2v9bYxQ3kp1aB7c:~»
> Content-Type: application/x-ndjson
""")
P("filebeat_output_elasticsearch_password", "filebeat", FILEBEAT, r"""
output.elasticsearch:
  hosts: ["https://es.example.com:9200"]
  username: "filebeat_writer"
  password: "«!pw20:p»"
""")
# ---- Dynatrace
P("dynatrace_oneagent_installer_api_token_header", "dynatrace", DT_TOK, r"""
wget -O Dynatrace-OneAgent-Linux.sh "https://«lc8:e».live.dynatrace.com/api/v1/deployment/installer/agent/unix/default/latest?arch=x86" --header="Authorization: Api-Token dt0c01.«uc24:i».«!uc64:s»"
""")
P("dynatrace_dynakube_secret_stringdata", "dynatrace", DT_K8S, r"""
apiVersion: v1
kind: Secret
metadata:
  name: dynakube
  namespace: dynatrace
stringData:
  apiToken: dt0c01.«uc24:i».«!uc64:s»
  dataIngestToken: dt0c01.«uc24:j».«!uc64:t»
""")
P("dynatrace_otlp_exporter_api_token", "dynatrace", DT_OTLP, r"""
  otlphttp/dynatrace:
    endpoint: https://«lc8:e».live.dynatrace.com/api/v2/otlp
    headers:
      Authorization: "Api-Token dt0c01.«uc24:i».«!uc64:s»"
""")
P("dynatrace_buildpack_log_installer_url_token", "dynatrace", DT_TOK, r"""
-----> Downloading Dynatrace One Agent latest from https://«lc8:e».live.dynatrace.com/api/v1/deployment/installer/agent/unix/paas/latest?include=java&bitness=64&Api-Token=dt0c01.«uc24:i».«!uc64:s» (found in cache)
""")
# ---- OpenTelemetry collector
P("otelcol_otlphttp_headers_basic_grafana_cloud", "otelcol", OTELCOL, r"""
exporters:
  otlphttp:
    endpoint: https://otlp-gateway-prod-us-east-0.grafana.net/otlp
    headers:
      Authorization: Basic «!an40:p|basic:814273»
""")
P("otel_exporter_otlp_headers_env_pct_encoded", "otelcol", OTEL_ENV, r"""
OTEL_EXPORTER_OTLP_HEADERS=Authorization=Bearer%20«!an40:t»
OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
""")
P("otelcol_extensions_basicauth_client_password", "otelcol", OTEL_BASIC, r"""
extensions:
  basicauth/client:
    client_auth:
      username: otel
      password: «!pw24:p»
""")
P("otelcol_extensions_bearertokenauth_scheme_token", "otelcol", OTEL_BEARER, r"""
extensions:
  bearertokenauth/withscheme:
    scheme: "Bearer"
    token: "«!b64u40:t»"
""")
P("otelcol_effective_config_log_json_escaped", "otelcol", OTELCOL, r"""
{"level":"info","ts":«TE»,"msg":"Starting otelcol-contrib...","Version":"0.1«dig2:v».0","config":"exporters:\n  otlp:\n    endpoint: tempo.example.com:4317\n    headers:\n      x-api-key: «!an32:k»\n"}
""")
# ---- Loki / Tempo / Mimir / Cortex / Thanos
P("promtail_grafana_cloud_clients_basic_auth", "promtail", PROMTAIL, r"""
clients:
  - url: https://logs-prod-006.grafana.net/loki/api/v1/push
    basic_auth:
      username: «dig6:u»
      password: «!an40:p»
""")
P("loki_ruler_alertmanager_client_basic_auth", "loki", LOKI_CFG, r"""
ruler:
  alertmanager_url: https://am.example.com
  alertmanager_client:
    basic_auth_username: loki
    basic_auth_password: «!pw22:p»
""")
P("logcli_env_loki_password", "loki", LOGCLI, r"""
export LOKI_ADDR=https://loki.example.com
export LOKI_USERNAME=«dig6:u»
export LOKI_PASSWORD=«!an40:p»
""")
P("mimir_alertmanager_storage_s3_secret", "mimir", MIMIR_CFG, r"""
alertmanager_storage:
  backend: s3
  s3:
    endpoint: s3.us-east-1.amazonaws.com
    bucket_name: mimir-am-«lc6:b»
    access_key_id: AKIA«uc16:a»
    secret_access_key: «!b64s40:s»
""")
P("mimirtool_rules_sync_key_flag", "mimir", MIMIRTOOL, r"""
$ mimirtool rules sync --address=https://mimir.example.com --id=«dig6:u» --key=«!an40:k» rules/*.yaml
INFO[0000] updating group namespace=wandb group=wandb-api
""")
P("mimir_env_api_key", "mimir", MIMIRTOOL, r"""
MIMIR_ADDRESS=https://mimir.example.com
MIMIR_TENANT_ID=wandb
MIMIR_API_USER=«dig6:u»
MIMIR_API_KEY=«!an40:k»
""")
P("tempo_storage_s3_secret_key", "tempo", TEMPO_CFG, r"""
storage:
  trace:
    backend: s3
    s3:
      bucket: tempo-traces
      endpoint: minio.example.internal:9000
      access_key: tempo
      secret_key: «!pw32:s»
""")
P("cortex_ruler_alertmanager_basic_auth_flag", "cortex", CORTEX, r"""
/bin/cortex -target=ruler -ruler.alertmanager-url=https://am.example.com -ruler.alertmanager-client.basic-auth-username=cortex -ruler.alertmanager-client.basic-auth-password=«!pw20:p»
""")
P("thanos_objstore_secret_key", "thanos", THANOS, r"""
type: S3
config:
  bucket: thanos-«lc6:b»
  endpoint: s3.eu-west-1.amazonaws.com
  access_key: AKIA«uc16:a»
  secret_key: «!b64s40:s»
""")
# ---- Sentry / GlitchTip
P("sentry_dsn_env_file", "sentry", SENTRY_DSN, r"""
SENTRY_DSN=https://«!hex32:k»@o«dig6:o».ingest.«@us.|de.|»sentry.io/«dig7:p»
SENTRY_ENVIRONMENT=«@production|staging»
""")
P("sentry_sdk_init_python_source", "sentry", SENTRY_DSN, r"""
sentry_sdk.init(
    dsn="https://«!hex32:k»@sentry.example.com/«dig2:p»",
    traces_sample_rate=0.1,
)
""")
P("sentry_cli_rc_token", "sentry", SENTRY_CLI, r"""
[defaults]
org = example
project = wandb-local
[auth]
token = sntryu_«!hex64:t»
""")
P("sentry_auth_token_ci_log", "sentry", SENTRY_CLI, r"""
+ export SENTRY_AUTH_TOKEN=«!hex64:t»
+ sentry-cli releases new -p wandb-local «hex40:r»
Created release «hex40:r».
""")
P("sentry_relay_credentials_json", "sentry", SENTRY_RELAY, r"""
{
  "secret_key": "«!b64u43:s»",
  "public_key": "«b64u43:p»",
  "id": "«uuid:i»"
}
""")
P("sentry_self_hosted_system_secret_key", "sentry", SENTRY_SH, r"""
# config.yml
system.secret-key: '«!pw50:k»'
mail.password: '«!pw16:m»'
""")
P("sentry_sdk_debug_log_dsn", "sentry", SENTRY_SDK, r"""
 [sentry] DEBUG: Setting up integrations (with default = True)
 [sentry] DEBUG: Enabling integration logging
 [sentry] DEBUG: Client options: {'dsn': 'https://«!hex32:k»@o«dig6:o».ingest.sentry.io/«dig7:p»', 'release': '«hex12:r»', 'environment': 'production', 'debug': True}
""")
P("glitchtip_dsn_docker_compose", "glitchtip", GLITCHTIP, r"""
    environment:
      SENTRY_DSN: "https://«!hex32:k»@glitchtip.example.com/«dig1:p»"
      SECRET_KEY: «!b64u50:s»
""")
# ---- Graphite / statsd
P("graphite_local_settings_secret_key_db", "graphite", GRAPHITE, r"""
SECRET_KEY = '«!pw40:k»'
DATABASES = {
    'default': {'NAME': 'graphite', 'ENGINE': 'django.db.backends.postgresql', 'USER': 'graphite', 'PASSWORD': '«!pw18:p»', 'HOST': 'pg.example.internal'}
}
""")
P("hostedgraphite_api_key_metric_prefix_statsd", "statsd", HOSTED_GRAPHITE, r"""
$ echo "«!uuid:k».wandb.api.requests:1|c" | nc -u -w1 statsd.hostedgraphite.com 8125
""")
# ---- Zabbix
P("zabbix_server_conf_dbpassword", "zabbix", ZBX_SRV, r"""
### Option: DBPassword
#	Database password.
#	Comment this line if no password is used.
#
DBPassword=«!pw20:p»
""")
P("zabbix_agent_psk_file_and_conf", "zabbix", ZBX_PSK, r"""
$ cat /etc/zabbix/zabbix_agent2.psk
«!hex64:k»
$ grep ^TLS /etc/zabbix/zabbix_agent2.conf
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK «dig3:i»
TLSPSKFile=/etc/zabbix/zabbix_agent2.psk
""")
P("zabbix_api_jsonrpc_auth_token", "zabbix", ZBX_API, r"""
{"jsonrpc":"2.0","method":"host.get","params":{"output":["hostid","host"],"filter":{"host":["wandb-node-«dig2:n»"]}},"auth":"«!hex32:a»","id":1}
""")
P("zabbix_api_bearer_token_curl", "zabbix", ZBX_API, r"""
curl -s -X POST -H 'Content-Type: application/json-rpc' -H 'Authorization: Bearer «!hex64:t»' https://zabbix.example.com/api_jsonrpc.php --data '{"jsonrpc":"2.0","method":"problem.get","params":{},"id":1}'
""")
P("zabbix_conf_php_db_password", "zabbix", ZBX_WEB, r"""
$DB['TYPE']				= 'POSTGRESQL';
$DB['SERVER']			= 'pg.example.internal';
$DB['USER']				= 'zabbix';
$DB['PASSWORD']			= '«!pw18:p»';
""")
P("zabbix_user_login_body", "zabbix", ZBX_API, r"""
{"jsonrpc": "2.0", "method": "user.login", "params": {"username": "Admin", "password": "«!pw16:p»"}, "id": 1}
""")
# ---- Nagios / Icinga / NCPA
P("nagios_resource_cfg_user_macro_password", "nagios", NAGIOS_RES, r"""
# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/lib64/nagios/plugins
# Store sensitive information (usernames, passwords, etc) in resource.cfg
$USER3$=«@monitor|nagios»
$USER4$=«!pw18:p»
""")
P("nagios_check_http_basic_auth_ps_output", "nagios", NAGIOS_HTTP, r"""
nagios   «dig5:pid»  0.0  0.0  12345  2345 ?  S  «@10:42|11:03|09:17»  0:00 /usr/lib64/nagios/plugins/check_http -H wandb.example.com -S -u /healthz -a «@probe|nagios»:«!pw18:p» -w 2 -c 5
""")
P("nagios_htpasswd_users_apr1", "nagios", NAGIOS_HT, r"""
$ cat /etc/nagios/htpasswd.users
nagiosadmin:$apr1$«an8:s»$«!b64s22:h»
""")
P("ncpa_cfg_community_string", "ncpa", NCPA, r"""
[api]
#
# The token that will be used to log into the web GUI and API
#
community_string = «!pw20:t»
""")
P("icinga2_api_users_conf_password", "icinga", ICINGA_API, r"""
object ApiUser "«@root|director|wandb-checks»" {
  password = "«!an24:p»"
  permissions = [ "objects/query/*", "status/query" ]
}
""")
P("icinga2_ido_mysql_conf_password", "icinga", ICINGA_IDO, r"""
object IdoMysqlConnection "ido-mysql" {
  user = "icinga2"
  password = "«!pw20:p»"
  host = "localhost"
  database = "icinga2"
}
""")
P("icingaweb2_resources_ini_password", "icinga", ICINGAWEB, r"""
[icingaweb_db]
type = "db"
db = "pgsql"
host = "localhost"
username = "icingaweb2"
password = "«!pw20:p»"
""")
P("icinga2_node_setup_ticket_flag", "icinga", ICINGA_PKI, r"""
# icinga2 node setup --ticket «!hex40:t» --cn wandb-node-«dig2:n».example.com --endpoint icinga-master.example.com --zone wandb-node-«dig2:n».example.com --parent_zone master --trustedcert /var/lib/icinga2/certs/trusted-parent.crt --accept-commands --accept-config --disable-confd
""")
P("icinga2_api_curl_basic_user_password", "icinga", ICINGA_API, r"""
curl -k -s -S -i -u «@root|checks»:«!an24:p» -H 'Accept: application/json' 'https://icinga.example.com:5665/v1/objects/hosts?filter=match(%22wandb*%22,host.name)'
""")
# ---- Checkmk / PRTG / Netdata / Sensu
P("checkmk_rest_api_automation_bearer", "checkmk", CHECKMK, r"""
curl -G --header "Authorization: Bearer automation «!b64u36:s»" --header "Accept: application/json" "https://cmk.example.com/mysite/check_mk/api/1.0/domain-types/host_config/collections/all"
""")
P("checkmk_agent_ctl_register_password", "checkmk", CMK_AGENT, r"""
# cmk-agent-ctl register --hostname wandb-node-«dig2:n» --server cmk.example.com --site mysite --user agent_registration --password '«!pw20:p»' --trust-cert
Registration complete.
""")
P("prtg_api_url_passhash", "prtg", PRTG, r"""
GET /api/table.json?content=sensors&columns=objid,sensor,status&username=«@prtgapi|monitor»&passhash=«!dig10:h» HTTP/1.1
""")
P("prtg_api_password_query_log", "prtg", PRTG, r"""
«TS» Request: https://prtg.example.com/api/getpasshash.htm?username=prtgadmin&password=«!pw16:p» -> 200
""")
P("netdata_claim_token_env", "netdata", NETDATA, r"""
    environment:
      - NETDATA_CLAIM_TOKEN=«!b64u135:t»
      - NETDATA_CLAIM_URL=https://app.netdata.cloud
      - NETDATA_CLAIM_ROOMS=«uuid:r»
""")
P("netdata_kickstart_claim_token_flag", "netdata", NETDATA, r"""
wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh --stable-channel --claim-token «!b64u135:t» --claim-rooms «uuid:r» --claim-url https://app.netdata.cloud
""")
P("sensu_api_key_header", "sensu", SENSU, r"""
curl -H "Authorization: Key «!uuid:k»" http://sensu.example.com:8080/api/core/v2/namespaces/default/checks
""")
P("sensu_backend_init_env_admin_password", "sensu", SENSU_INIT, r"""
SENSU_BACKEND_CLUSTER_ADMIN_USERNAME=admin
SENSU_BACKEND_CLUSTER_ADMIN_PASSWORD=«!pw18:p»
""")
# ---- uptime checkers
P("uptimerobot_api_key_form", "uptimerobot", UPTIMEROBOT, r"""
curl -X POST -H "Content-Type: application/x-www-form-urlencoded" -d 'api_key=u«dig7:a»-«!hex24:k»&format=json' "https://api.uptimerobot.com/v2/getMonitors"
""")
P("healthchecks_ping_url_crontab", "healthchecks", HC, r"""
# m h dom mon dow command
*/15 * * * * /opt/wandb/bin/backup.sh && curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/«!uuid:k»
""")
P("healthchecks_api_key_header", "healthchecks", HC, r"""
curl --header "X-Api-Key: «!an32:k»" https://healthchecks.io/api/v3/checks/
""")
P("pingdom_api_bearer_token", "pingdom", PINGDOM, r"""
> GET /api/3.1/checks HTTP/1.1
> Host: api.pingdom.com
> Authorization: Bearer «!b64u64:t»
""")
P("statuscake_api_key_bearer", "statuscake", STATUSCAKE, r"""
STATUSCAKE_API_TOKEN=«!an20:t»
curl -H "Authorization: Bearer $STATUSCAKE_API_TOKEN" https://api.statuscake.com/v1/uptime
""")
P("betterstack_logs_source_token", "betterstack", BETTERSTACK, r"""
curl -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer «!an24:t»' -d '{"dt":"«T»","message":"wandb bundle test"}' -k https://in.logs.betterstack.com
""")
P("gatus_config_alerting_and_basic_auth", "gatus", GATUS, r"""
alerting:
  slack:
    webhook-url: "https://hooks.slack.com/services/T«uc8:t»/B«uc10:b»/«!an24:s»"
endpoints:
  - name: wandb
    url: "https://«@wandb|ml».example.com/healthz"
""")
P("blackbox_exporter_module_basic_auth", "blackbox", BLACKBOX, r"""
modules:
  http_2xx_auth:
    prober: http
    http:
      basic_auth:
        username: probe
        password: «!pw20:p»
""")
P("uptime_kuma_api_key_metrics_curl", "uptimekuma", UPTIME_KUMA, r"""
curl -u":uk«dig1:i»_«!b64u40:k»" https://status.example.com/metrics
""")
# ---- push notifications
P("gotify_app_token_query", "gotify", GOTIFY, r"""
curl "https://gotify.example.com/message?token=A«!b64u14:t»" -F "title=W&B backup" -F "message=done" -F "priority=5"
""")
P("ntfy_access_token_header", "ntfy", NTFY, r"""
curl -H "Authorization: Bearer tk_«!lc29:t»" -d "wandb disk 91%" ntfy.example.com/«@alerts|ops»
""")
P("pushover_curl_form_token_user", "pushover", PUSHOVER, r"""
curl -s --form-string "token=«!lc30:t»" --form-string "user=«!lc30:u»" --form-string "message=wandb-local down" https://api.pushover.net/1/messages.json
""")
# ---- other APM / error trackers / log shippers
P("instana_agent_key_env", "instana", INSTANA, r"""
docker run --detach --name instana-agent --privileged --net=host --pid=host \
  --env="INSTANA_AGENT_ENDPOINT=ingress-red-saas.instana.io" --env="INSTANA_AGENT_ENDPOINT_PORT=443" \
  --env="INSTANA_AGENT_KEY=«!b64u22:k»" \
  icr.io/instana/agent
""")
P("appdynamics_controller_info_access_key", "appdynamics", APPD, r"""
<controller-info>
    <controller-host>example.saas.appdynamics.com</controller-host>
    <account-name>example</account-name>
    <account-access-key>«!lc12:k»</account-access-key>
</controller-info>
""")
P("appdynamics_jvm_flag_access_key", "appdynamics", APPD, r"""
java -javaagent:/opt/appd/javaagent.jar -Dappdynamics.agent.applicationName=wandb -Dappdynamics.agent.accountAccessKey=«!lc12:k» -jar app.jar
""")
P("lightstep_access_token_header", "lightstep", LIGHTSTEP, r"""
      headers:
        "lightstep-access-token": "«!b64s84:t»"
""")
P("wavefront_proxy_token_env", "wavefront", WAVEFRONT, r"""
WAVEFRONT_URL=https://example.wavefront.com/api/
WAVEFRONT_TOKEN=«!uuid:t»
""")
P("coralogix_private_key_exporter", "coralogix", CORALOGIX, r"""
  coralogix:
    domain: "eu2.coralogix.com"
    private_key: "cxtp_«!an30:k»"
    application_name: "wandb"
""")
P("logzio_listener_url_token", "logzio", LOGZIO, r"""
<match wandb.**>
  @type logzio_buffered
  endpoint_url https://listener.logz.io:8071?token=«!al32:t»&type=wandb
</match>
""")
P("loggly_bulk_url_customer_token", "loggly", LOGGLY, r"""
curl -H "content-type:text/plain" -d '{"msg":"wandb test"}' https://logs-01.loggly.com/bulk/«!uuid:t»/tag/wandb/
""")
P("papertrail_api_token_header", "papertrail", PAPERTRAIL, r"""
curl -v -H "X-Papertrail-Token: «!an20:t»" https://papertrailapp.com/api/v1/events/search.json
""")
P("rollbar_access_token_init", "rollbar", ROLLBAR, r"""
rollbar.init('«!hex32:t»', environment='production', code_version='«hex40:c»')
""")
P("bugsnag_api_key_configure", "bugsnag", BUGSNAG, r"""
bugsnag.configure(
    api_key="«!hex32:k»",
    project_root="/srv/app",
)
""")
P("honeybadger_api_key_env", "honeybadger", HONEYBADGER, r"""
HONEYBADGER_API_KEY=hbp_«!an36:k»
HONEYBADGER_ENVIRONMENT=production
""")
P("raygun_api_key_sender", "raygun", RAYGUN, r"""
sender = raygunprovider.RaygunSender("«!an22:k»")
""")
P("airbrake_project_key_notifier", "airbrake", AIRBRAKE, r"""
notifier = pybrake.Notifier(project_id=«dig6:p», project_key='«!hex32:k»', environment='production')
""")
P("scout_apm_key_env", "scout", SCOUT, r"""
SCOUT_MONITOR=true
SCOUT_KEY=«!an20:k»
SCOUT_NAME="W&B API"
""")
P("graylog_api_token_basic_user", "graylog", GRAYLOG, r"""
curl -u «!lc52:t»:token -H 'X-Requested-By: cli' 'https://graylog.example.com/api/system/inputs'
""")
P("influxdb_token_header_curl", "influx", INFLUX, r"""
curl --request POST "https://influx.example.com/api/v2/write?org=example&bucket=wandb&precision=s" \
  --header "Authorization: Token «!b64u86:t»==" \
  --data-binary 'wandb_runs,host=node«dig1:n» active=«dig2:a»i'
""")
P("telegraf_outputs_influxdb_v2_token", "telegraf", TELEGRAF, r"""
[[outputs.influxdb_v2]]
  urls = ["https://influx.example.com"]
  token = "«!b64u86:t»=="
  organization = "example"
  bucket = "wandb"
""")
P("chronograf_token_secret_env", "chronograf", CHRONOGRAF, r"""
TOKEN_SECRET=«!pw32:s»
GH_CLIENT_ID=«hex20:c»
GH_CLIENT_SECRET=«!hex40:g»
""")
P("kapacitor_conf_smtp_password", "kapacitor", KAPACITOR, r"""
[smtp]
  enabled = true
  host = "smtp.example.com"
  port = 587
  username = "kapacitor@example.com"
  password = "«!pw18:p»"
""")
P("vmagent_remote_write_basic_auth_flags", "victoriametrics", VMAGENT, r"""
/vmagent-prod -promscrape.config=/etc/vmagent/scrape.yml -remoteWrite.url=https://vm.example.com/api/v1/write -remoteWrite.basicAuth.username=vmagent -remoteWrite.basicAuth.password=«!pw24:p»
""")
P("vmagent_remote_write_bearer_token_flag", "victoriametrics", VMAGENT, r"""
        - -remoteWrite.url=https://vm.example.com/insert/0/prometheus/api/v1/write
        - -remoteWrite.bearerToken=«!an48:t»
""")
P("vmauth_config_users_password", "victoriametrics", VMAUTH, r"""
users:
- username: "grafana"
  password: "«!pw22:p»"
  url_prefix: "http://vmselect:8481/select/0/prometheus"
""")
P("pushgateway_curl_basic_auth_push", "pushgateway", PUSHGW, r"""
echo "wandb_backup_last_success $(date +%s)" | curl -u pusher:«!pw18:p» --data-binary @- https://pushgateway.example.com/metrics/job/wandb_backup
""")
P("zipkin_es_password_env", "zipkin", ZIPKIN, r"""
STORAGE_TYPE=elasticsearch
ES_HOSTS=https://es.example.com:9200
ES_USERNAME=zipkin
ES_PASSWORD=«!pw20:p»
""")
P("jaeger_collector_es_password_flag", "jaeger", JAEGER, r"""
/go/bin/collector-linux --es.server-urls=https://es.example.com:9200 --es.username=jaeger --es.password=«!pw20:p» --es.index-prefix=wandb
""")
# ---- incident / chat webhooks
P("signl4_webhook_team_secret", "signl4", SIGNL4, r"""
  webhook_configs:
  - url: 'https://connect.signl4.com/webhook/«!lc10:s»?ExtIDParam=alertname&ExtStatusParam=status'
""")
P("squadcast_webhook_url_key", "squadcast", SQUADCAST, r"""
  webhook_configs:
  - url: https://api.squadcast.com/v2/incidents/prometheus/«!hex40:k»
    send_resolved: true
""")
P("zenduty_integration_key_url", "zenduty", ZENDUTY, r"""
  webhook_configs:
  - url: 'https://www.zenduty.com/api/integration/prometheus/«!uuid:k»/'
""")
P("google_chat_webhook_key_token", "googlechat", GCHAT, r"""
  webhook_configs:
    - url: "http://calert:6000/dispatch"
# calert room config:
[providers.prod_alerts]
endpoint = "https://chat.googleapis.com/v1/spaces/AAAA«an7:s»/messages?key=AIzaSy«!b64u33:k»&token=«!b64u43:t»"
""")
P("matrix_access_token_alertmanager_bridge", "matrix", MATRIX, r"""
MATRIX_HOMESERVER=https://matrix.example.com
MATRIX_USER=@alertbot:example.com
MATRIX_TOKEN=syt_«b64u12:u»_«!an20:t»_«an6:c»
""")
P("mattermost_incoming_webhook_grafana", "mattermost", MATTERMOST, r"""
        settings:
          url: https://mattermost.example.com/hooks/«!lc26:h»
          username: grafana
""")
P("pagerduty_events_v2_curl_routing_key", "pagerduty", PD_EV2, r"""
curl -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' -d '{"routing_key":"«!hex32:k»","event_action":"trigger","payload":{"summary":"wandb-local disk full","source":"wandb-node-«dig2:n»","severity":"critical"}}'
""")
P("opsgenie_heartbeat_geniekey", "opsgenie", OPSGENIE, r"""
curl -X GET 'https://api.opsgenie.com/v2/heartbeats/wandb-backup/ping' --header 'Authorization: GenieKey «!uuid:k»'
""")
P("victorops_rest_endpoint_url_api_key", "victorops", VICTOROPS, r"""
https://alert.victorops.com/integrations/generic/20131114/alert/«!uuid:k»/«@wandb-platform|ops»
""")
P("slack_webhook_in_python_repr", "slack", SLACK_HOOK, r"""
requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://hooks.slack.com/services/T«uc8:t»/B«uc10:b»/«!an24:s»
""")
P("discord_webhook_json_escaped_twice", "discord", DISCORD_HOOK, r"""
{"log":"{\"level\":\"error\",\"msg\":\"notify failed\",\"url\":\"https://discord.com/api/webhooks/«dig19:i»/«!b64u68:t»\"}\n","stream":"stderr","time":"«T»"}
""")
P("telegram_bot_api_url_in_log", "telegram", TG_BOT, r"""
«TL» WARNING urllib3.connectionpool Retrying (Retry(total=2)) after connection broken: /bot«dig10:b»:AA«!b64u33:t»/sendMessage
""")
P("teams_webhook_env_k8s", "teams", TEAMS_HOOK, r"""
        - name: TEAMS_INCOMING_WEBHOOK_URL
          value: https://example.webhook.office.com/webhookb2/«uuid:g»@«uuid:t»/IncomingWebhook/«!hex32:s»/«uuid:u»
""")
# ---- classic NMS
P("cacti_config_php_database_password", "cacti", CACTI, r"""
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_username = 'cactiuser';
$database_password = '«!pw18:p»';
""")
P("observium_config_php_db_pass", "observium", OBSERVIUM, r"""
$config['db_user'] = 'observium';
$config['db_pass'] = '«!pw18:p»';
$config['snmp']['community'] = array("«!an16:c»");
""")
P("monitrc_httpd_allow_user_password", "monit", MONIT, r"""
set httpd port 2812 and
    use address 0.0.0.0
    allow «@admin|monit»:«!pw16:p»
""")
# ---- log shapes
P("grafana_log_line_cut_by_shipper_api_key", "grafana", GF_API, r"""
{"ts":"«T»","lvl":"dbug","logger":"context","msg":"request","method":"GET","path":"/api/dashboards/uid/«an9:u»","headers":{"Authorization":"Bearer glsa_«!an32:t»_«hex8:c»","User-Agent":"terraform-provider-grafana/2.«dig1:v».0","X-Forwarded-F
""")
P("datadog_agent_flare_config_dump_json", "datadog", DD_CONF, r"""
{"api_key":"«!hex32:k»","site":"datadoghq.com","logs_enabled":true,"apm_config":{"enabled":true},"hostname":"wandb-node-«dig2:n»"}
""")
P("prometheus_operator_secret_basic_auth_b64", "prometheus", PROM_OPERATOR, r"""
apiVersion: v1
kind: Secret
metadata:
  name: remote-write-auth
data:
  username: «dig6:u|b64w:~»
  password: «!pw20:p|b64w:~»
""")
P("alertmanager_secret_describe_json_escaped", "alertmanager", K8S_SECRET, r"""
{"apiVersion":"monitoring.coreos.com/v1alpha1","kind":"AlertmanagerConfig","spec":{"receivers":[{"name":"webhook","webhookConfigs":[{"url":"https://hooks.example.com/am?token=«!an32:t»"}]}]}}
""")
P("newrelic_python_agent_log_license_key", "newrelic", NR_PY, r"""
«TL» («dig4:pid»/MainThread) newrelic.core.agent_protocol DEBUG - Connecting to collector: https://collector.newrelic.com/agent_listener/invoke_raw_method?method=preconnect&license_key=«!hex36:k»NRAL&marshal_format=json&protocol_version=17
""")
P("elastic_apm_secret_token_intake_bearer", "elasticapm", EAPM_SRV, r"""
POST /intake/v2/events HTTP/1.1
Host: apm.example.com:8200
Authorization: Bearer «!an24:t»
Content-Type: application/x-ndjson
""")
# ================================================================ NEGATIVES
N("prometheus_basic_auth_password_file_ref", "prometheus", PROM_CFG, r"""
remote_write:
  - url: https://«@mimir|metrics».example.com/api/v1/push
    basic_auth:
      username: tenant-«dig4:u»
      password_file: /etc/prometheus/secrets/«@remote-write|mimir»/password
""")
N("prometheus_authorization_credentials_file_ref", "prometheus", PROM_CFG, r"""
  - job_name: kubernetes-nodes-«dig2:n»
    authorization:
      type: Bearer
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token
""")
N("prometheus_oauth2_client_secret_file_ref", "prometheus", PROM_CFG, r"""
    oauth2:
      client_id: «uuid:c»
      client_secret_file: /etc/prometheus/oauth2/client-secret
      token_url: https://login.example.com/«uuid:t»/oauth2/v2.0/token
""")
N("prometheus_status_config_secret_masked", "prometheus", PROM_API, r"""
$ curl -s http://prometheus.example.internal:9090/api/v1/status/config | jq -r .data.yaml | grep -A3 basic_auth
    basic_auth:
      username: «dig6:u»
      password: <secret>
    follow_redirects: true
""")
N("prometheus_recording_rule_expression", "prometheus", PROM_RULES, r"""
groups:
  - name: wandb.rules
    rules:
      - record: job:wandb_api_token_auth_failures:rate5m
        expr: sum by (job) (rate(wandb_api_requests_total{code="401",route=~"/api/.*token.*"}[5m]))
      - alert: WandbPasswordResetSpike
        expr: increase(wandb_password_reset_requests_total[«@10|15|30»m]) > «dig2:n»
""")
N("prometheus_remote_storage_metrics_remote_name_hash", "prometheus", PROM_CFG, r"""
prometheus_remote_storage_samples_failed_total{remote_name="«hex6:r»",url="https://metrics.example.com/api/v1/push"} «dig2:a»
prometheus_remote_storage_bytes_total{remote_name="«hex6:r»",url="https://metrics.example.com/api/v1/push"} «dig9:b»
""")
N("prometheus_build_info_revision", "prometheus", PROM_API, r"""
prometheus_build_info{branch="HEAD",goarch="amd64",goos="linux",goversion="go1.2«dig1:g».«dig1:h»",revision="«hex40:r»",tags="netgo,builtinassets",version="2.5«dig1:v».«dig1:p»"} 1
""")
N("prometheus_web_config_help_flag", "prometheus", PROM_WEB, r"""
[ops@wandb-node-«dig2:n» ~]$ prometheus --help 2>&1 | grep -A1 -E 'web.config|lifecycle|retention'
      --web.config.file=""       [EXPERIMENTAL] Path to configuration file that can enable TLS or authentication.
      --web.enable-lifecycle     Enable shutdown and reload via HTTP request.
      --storage.tsdb.retention.time=«@15d|30d|90d»
""")
N("alertmanager_smtp_auth_password_file", "alertmanager", AM_CFG, r"""
# alertmanager.yml (rev «hex7:r»)
global:
  smtp_smarthost: 'smtp.example.com:587'
  smtp_auth_username: 'alertmanager@example.com'
  smtp_auth_password_file: '/etc/alertmanager/secrets/smtp-«@password|pass»'
""")
N("alertmanager_pagerduty_routing_key_file", "alertmanager", AM_INTEG, r"""
  pagerduty_configs:
  - routing_key_file: /etc/alertmanager/secrets/pagerduty-«@routing-key|key»
    severity: critical
    client_url: https://alertmanager.example.com/#/alerts?receiver=pd-«dig2:n»
""")
N("alertmanager_slack_api_url_file", "alertmanager", AM_INTEG, r"""
- name: slack-«@ml|ops|platform»-«dig2:n»
  slack_configs:
  - api_url_file: /etc/alertmanager/secrets/slack-webhook
    channel: '#«@alerts-wandb|ml-platform-alerts|oncall»'
    title: '{{ template "slack.default.title" . }}'
""")
N("alertmanager_telegram_bot_token_file", "alertmanager", AM_INTEG, r"""
  telegram_configs:
  - bot_token_file: /run/secrets/telegram_bot_token
    chat_id: -100«dig10:c»
""")
N("alertmanager_opsgenie_api_key_file", "alertmanager", AM_INTEG, r"""
- name: opsgenie-«@p1|p2|p3»-«dig2:n»
  opsgenie_configs:
  - api_key_file: /etc/alertmanager/opsgenie.key
    responders: [{name: «@ml-platform|wandb-ops», type: team}]
""")
N("alertmanager_status_api_secret_masked", "alertmanager", AM_CFG, r"""
{"config":{"original":"global:\n  resolve_timeout: 5m\n  smtp_auth_password: <secret>\n  slack_api_url: <secret>\n  opsgenie_api_key: <secret>\nroute:\n  receiver: «@default|ops»\n"},"uptime":"«T»","versionInfo":{"revision":"«hex40:r»","version":"0.2«dig1:v».0"}}
""")
N("alertmanager_alert_fingerprint_json", "alertmanager", AM_CFG, r"""
[{"annotations":{"summary":"wandb-local API token auth failures"},"endsAt":"«T»","fingerprint":"«hex16:f»","receivers":[{"name":"ops"}],"labels":{"alertname":"WandbAuthFailures","severity":"warning"},"status":{"state":"active","silencedBy":[],"inhibitedBy":[]}}]
""")
N("amtool_silence_query_ids", "alertmanager", AMTOOL, r"""
ID                                    Matchers                     Ends At                  Created By  Comment
«uuid:a»  alertname="WandbSecretRotation"  «T»  ops         maintenance «dig4:t»
«uuid:b»  instance=~"wandb-node-.*"       «T»  ops         planned upgrade
""")
N("alertmanager_template_help_text", "alertmanager", AM_INTEG, r"""
{{/* templates/wandb.tmpl rev «hex7:r» */}}
{{ define "slack.wandb.text" }}{{ range .Alerts }}*Alert:* {{ .Annotations.summary }} - `{{ .Labels.severity }}`
*Fingerprint:* {{ .Fingerprint }} *Runbook:* https://runbooks.example.com/«@auth|tokens|passwords»/{{ .Labels.alertname }}
{{ end }}{{ end }}
""")
N("grafana_ini_admin_password_file_provider", "grafana", GF_INI, r"""
; /etc/grafana/grafana.ini on grafana-«lc5:p»-«lc5:q»
[security]
admin_user = admin
admin_password = $__file{/run/secrets/«@grafana_admin_password|gf-admin»}
secret_key = $__env{GF_SECRET_KEY}
""")
N("grafana_ini_defaults_commented", "grafana", GF_INI, r"""
##################################### Security ####################################  # line «dig3:l»
[security]
# disable creation of admin user on first start of grafana
;disable_initial_admin_creation = false
# default admin password, can be changed before first start of grafana,  or in profile settings
;admin_password = admin
# used for signing
""")
N("grafana_datasource_securejsondata_env_interpolation", "grafana", GF_PROV, r"""
  - name: Mimir-«@prod|eu|us»-«dig2:n»
    secureJsonData:
      basicAuthPassword: $MIMIR_«@PASSWORD|PW»
      httpHeaderValue1: 'Bearer ${«@GRAFANA_TOKEN|DS_TOKEN»}'
""")
N("grafana_datasource_api_secure_json_fields", "grafana", GF_API, r"""
{"id":«dig2:i»,"uid":"«an14:u»","orgId":1,"name":"Mimir","type":"prometheus","url":"https://mimir.example.com/prometheus","basicAuth":true,"basicAuthUser":"«dig6:b»","secureJsonFields":{"basicAuthPassword":true,"httpHeaderValue1":true},"readOnly":true}
""")
N("grafana_sa_token_list_without_key", "grafana", GF_API, r"""
[{"id":«dig2:i»,"name":"terraform","created":"«T»","lastUsedAt":"«T»","expiration":null,"secondsUntilExpiration":0,"hasExpired":false,"isRevoked":false}]
""")
N("grafana_env_file_suffix_ref", "grafana", GF_DOCKER, r"""
    environment:  # grafana-«dig2:n»
      - GF_SECURITY_ADMIN_PASSWORD__FILE=/run/secrets/admin_password
      - GF_DATABASE_PASSWORD__FILE=/run/secrets/db_password
      - GF_INSTALL_PLUGINS=grafana-clock-panel
""")
N("grafana_startup_log_env_masked", "grafana", GF_DOCKER, r"""
logger=settings t=«T» level=info msg="Config overridden from Environment variable" var="GF_SECURITY_ADMIN_PASSWORD=*********"
logger=settings t=«T» level=info msg="Config overridden from Environment variable" var="GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET=*********"
logger=settings t=«T» level=info msg="Path Home" path=/usr/share/grafana
""")
N("grafana_dashboard_json_uids", "grafana", GF_API, r"""
{"dashboard":{"uid":"«an14:u»","title":"W&B Server / API tokens","panels":[{"id":«dig1:p»,"datasource":{"type":"prometheus","uid":"«an14:d»"},"targets":[{"expr":"sum(rate(wandb_api_key_auth_total[5m]))"}]}],"version":«dig2:v»},"meta":{"slug":"w-and-b-server-api-tokens"}}
""")
N("grafana_alert_rule_uid_and_labels", "grafana", GF_ALERT_PROV, r"""
    rules:
      - uid: «an14:u»
        title: Secret rotation overdue
        condition: C
        labels: {__alert_rule_uid__: «an14:u», team: ml-platform}
""")
N("grafana_helm_admin_existing_secret", "grafana", GF_HELM, r"""
# values-«@prod|staging|eu».yaml rev «hex7:r»
grafana:
  admin:
    existingSecret: grafana-admin-credentials
    userKey: admin-user
    passwordKey: admin-password
""")
N("datadog_status_api_key_ending", "datadog", DD_STATUS, r"""
  API Keys status
  ===============
    API key ending with «hex5:k»: API Key valid
""")
N("datadog_secret_backend_reference", "datadog", DD_SECRETS, r"""
# /etc/datadog-agent/datadog.yaml on wandb-node-«dig2:n»
api_key: "ENC[«@dd_api_key|datadog/api_key»]"
secret_backend_command: /readsecret_multiple_providers.sh
secret_backend_arguments:
  - /etc/datadog-agent/secrets
""")
N("datadog_helm_api_key_existing_secret", "datadog", DD_HELM, r"""
# helm get values datadog -n datadog-«lc4:s»
datadog:
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  site: datadoghq.«@com|eu»
""")
N("datadog_log_trace_span_ids", "datadog", DD_LOGS, r"""
«TL» INFO [wandb.api] [app.py:«dig3:l»] [dd.service=wandb-api dd.env=prod dd.version=«hex7:v» dd.trace_id=«dig19:t» dd.span_id=«dig19:s»] - token refresh ok for entity=«@acme|research»
""")
N("datadog_cli_help_api_key_flag", "datadog", DD_STATUS, r"""
$ «@datadog-ci|dogctl» «@synthetics run-tests|metric post|monitors list» --help  # v«dig1:a».«dig2:b».«dig1:c»
Flags:
      --api-key string     Datadog API key (env DD_API_KEY)
      --app-key string     Datadog application key (env DD_APP_KEY)
  -h, --help               help for «@datadog-ci|dogctl»
""")
N("newrelic_entity_guid", "newrelic", NR_GUID, r"""
entity.guid: «dig7:a|b64w:~|APM|APPLICATION|1234567»
entity.name: wandb-weave
""")
N("newrelic_license_key_placeholder_template", "newrelic", NR_JAVA, r"""
# templates/newrelic.yml.erb rev «hex7:r»
common: &default_settings
  # Replace with your license key
  license_key: '<%= license_key %>'
  app_name: My Application
""")
N("w3c_traceparent_header", "otelcol", W3C_TC, r"""
> traceparent: 00-«hex32:t»-«hex16:s»-01
> tracestate: «@rojo|congo»=«hex16:r»
""")
N("splunk_hec_channel_and_ack", "splunk", SPL_HEC, r"""
> X-Splunk-Request-Channel: «uuid:c»
< HTTP/1.1 200 OK
< {"text":"Success","code":0,"ackId":«dig3:a»}
""")
N("splunk_token_env_reference", "splunk", FLB_SPLUNK, r"""
# fluent-bit.conf on wandb-node-«dig2:n»
[OUTPUT]
    Name          splunk
    Splunk_Token  ${SPLUNK_HEC_TOKEN}
    Host          splunk.example.com
""")
N("splunk_search_job_sid", "splunk", SPL_HEC, r"""
<response><sid>scheduler__admin__search__RMD5«hex16:h»_at_«dig10:t»_«dig4:n»</sid></response>
""")
N("honeycomb_trace_fields", "honeycomb", HNY, r"""
{"trace.trace_id":"«hex32:t»","trace.span_id":"«hex16:s»","trace.parent_id":"«hex16:p»","service.name":"wandb-api","name":"POST /graphql","duration_ms":«dig2:d».«dig3:e»}
""")
N("elastic_apm_secret_token_env_ref", "elasticapm", EAPM_SRV, r"""
# apm-server.yml rev «hex7:r»
apm-server:
  auth:
    secret_token: "${ELASTIC_APM_SECRET_TOKEN}"
    api_key: {enabled: «@true|false»}
""")
N("elastic_apm_document_ids", "elasticapm", EAPM_AGENT, r"""
{"transaction":{"id":"«hex16:x»","type":"request","sampled":true},"trace":{"id":"«hex32:t»"},"parent":{"id":"«hex16:p»"},"service":{"name":"wandb-api"}}
""")
N("dynatrace_token_identifier_masked", "dynatrace", DT_TOK, r"""
-----> Downloading Dynatrace One Agent latest from https://«lc8:e».live.dynatrace.com/api/v1/deployment/installer/agent/unix/paas/latest?include=java&bitness=64&Api-Token=dt0c01.«uc24:i».<masked>
""")
N("dynatrace_entity_ids", "dynatrace", DT_ENT, r"""
{"entityId":"HOST-«uc16:h»","displayName":"wandb-node-«dig2:n»","fromRelationships":{"runs":[{"id":"PROCESS_GROUP_INSTANCE-«uc16:p»","type":"PROCESS_GROUP_INSTANCE"}]}}
""")
N("otelcol_headers_env_reference", "otelcol", OTELCOL, r"""
# otelcol-«@gateway|agent»-«lc5:p» config
exporters:
  otlphttp:
    endpoint: https://otlp.example.com
    headers:
      authorization: ${env:OTLP_«@AUTH|AUTH_HEADER»}
""")
N("otelcol_bearertokenauth_filename", "otelcol", OTEL_BEARER, r"""
# otelcol-«@gateway|agent»-«lc5:p» config
extensions:
  bearertokenauth:
    filename: /var/run/secrets/«@otel|tokens»/token
""")
N("otelcol_debug_exporter_span_dump", "otelcol", OTEL_DEBUG, r"""
Span #«dig1:n»
    Trace ID       : «hex32:t»
    Parent ID      : «hex16:p»
    ID             : «hex16:s»
    Name           : GET /api/v1/token/verify
    Kind           : Server
""")
N("otel_headers_doc_placeholder", "otelcol", NR_OTLP, r"""
# README.md line «dig3:l»: OTLP export for service wandb-«@api|weave|parquet»
# Set OTEL_EXPORTER_OTLP_HEADERS=api-key=<your_license_key>
# Example: export OTEL_EXPORTER_OTLP_HEADERS="api-key=YOUR_LICENSE_KEY"
""")
N("loki_x_scope_orgid_tenant", "loki", LOKI_CFG, r"""
curl -H "X-Scope-OrgID: tenant-«dig3:t»" -G -s "http://loki.example.internal:3100/loki/api/v1/query_range" --data-urlencode 'query={app="wandb"} |= "password reset"'
""")
N("promtail_password_file_ref", "promtail", PROMTAIL, r"""
# promtail-«lc5:p» config
clients:
  - url: https://loki.example.com/loki/api/v1/push
    tenant_id: wandb
    basic_auth: {username: promtail, password_file: /etc/promtail/loki-«@pw|password»}
""")
N("mimir_multitenancy_flags", "mimir", MIMIR_CFG, r"""
# ps -o args -p «dig5:pid»
-auth.multitenancy-enabled=true -tenant-federation.enabled=«@true|false» -server.http-listen-port=8080 -alertmanager-storage.backend=s3
""")
N("tempo_trace_lookup_path", "tempo", TEMPO_CFG, r"""
level=info ts=«T» caller=handler.go:«dig3:l» msg="trace by id request" traceID=«hex32:t» path=/api/traces/«hex32:t» duration=«dig2:d»ms
""")
N("thanos_block_ulids", "thanos", THANOS, r"""
«TL» level=info msg="uploaded block" id=01«uc24:a» duration=«dig1:d».«dig3:e»s
""")
N("sentry_event_ids_sdk_log", "sentry", SENTRY_SDK, r"""
 [sentry] DEBUG: Sending event, type:null level:error event_id:«hex32:e» project:«dig7:p» host:o«dig6:o».ingest.sentry.io
 [sentry] DEBUG: Discarding transaction because sampled = False
""")
N("sentry_dsn_docs_placeholder", "sentry", SENTRY_DSN, r"""
# .env.example rev «hex7:r»
SENTRY_DSN=https://<key>@<organization>.ingest.sentry.io/<project>
# leave SENTRY_DSN empty to disable error reporting
""")
N("sentry_trace_header", "sentry", SENTRY_SDK, r"""
> sentry-trace: «hex32:t»-«hex16:s»-«@0|1»
""")
N("zabbix_psk_identity_and_file_ref", "zabbix", ZBX_PSK, r"""
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK «dig3:i» wandb-node-«dig2:n»
TLSPSKFile=/etc/zabbix/zabbix_agentd.psk
""")
N("zabbix_dbpassword_commented_default", "zabbix", ZBX_SRV, r"""
# zabbix_server.conf line «dig3:l»
### Option: DBPassword
#	Database password.
#	Comment this line if no password is used.
#
# Mandatory: no
# Default:
# DBPassword=
""")
N("zabbix_item_keys_and_triggers", "zabbix", ZBX_API, r"""
{"itemid":"«dig5:i»","name":"W&B license expiry days","key_":"web.page.regexp[wandb.example.com,/api/license,,\"days_left\":([0-9]+)]","lastvalue":"«dig2:v»"}
{"triggerid":"«dig5:t»","description":"Password for {HOST.NAME} expires soon","expression":"last(/wandb-node/vfs.file.time[/etc/shadow])<«dig3:x»"}
""")
N("nagios_resource_cfg_path_macros", "nagios", NAGIOS_RES, r"""
# /usr/local/nagios/etc/resource.cfg rev «hex7:r»
# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/lib64/nagios/plugins
# Sets $USER2$ to be the path to event handlers
$USER2$=/usr/lib64/nagios/plugins/eventhandlers
""")
N("nagios_check_http_help_authorization", "nagios", NAGIOS_HTTP, r"""
$ /usr/lib64/nagios/plugins/check_http --help | sed -n '«dig2:a»,«dig3:b»p'
 -a, --authorization=AUTH_PAIR
    Username:password on sites with basic authentication
 -b, --proxy-authorization=AUTH_PAIR
    Username:password on proxy-servers with basic authentication
""")
N("icinga2_api_user_client_cn_only", "icinga", ICINGA_API, r"""
/* conf.d/api-users.conf rev «hex7:r» */
object ApiUser "«@wandb-checks|director»" {
  client_cn = "«@wandb-checks|director».example.com"
  permissions = [ "objects/query/Host", "objects/query/Service" ]
}
""")
N("icinga2_ca_list_fingerprints", "icinga", ICINGA_PKI, r"""
Fingerprint                                                      | Timestamp           | Signed | Subject
-----------------------------------------------------------------|---------------------|--------|--------
«hex64:f» | «TS» |        | CN = wandb-node-«dig2:n».example.com
""")
N("checkmk_automation_user_listing", "checkmk", CHECKMK, r"""
GET /mysite/check_mk/api/1.0/objects/user_config/automation HTTP/1.1 -> 200 («dig3:b» bytes, «dig2:t» ms)
{"id":"automation","title":"Check_MK Automation","extensions":{"fullname":"Check_MK Automation","auth_option":{"auth_type":"automation"},"roles":["admin"],"disable_login":false}}
""")
N("prtg_passhash_doc_placeholder", "prtg", PRTG, r"""
# API docs excerpt, copied «TS»
https://yourserver/api/table.xml?content=sensors&columns=sensor&username=myusername&passhash=myPassHash
""")
N("netdata_claimed_id_public", "netdata", NETDATA, r"""
$ cat /var/lib/netdata/cloud.d/claimed_id
«uuid:c»
$ netdatacli aclk-state | grep -i claim
Claimed: Yes
Claimed Id: «uuid:c»
""")
N("healthchecks_slug_ping_url_placeholder", "healthchecks", HC, r"""
# crontab for wandb-node-«dig2:n»
# Ping by slug: https://hc-ping.com/<ping-key>/<slug>
curl -fsS -m 10 https://hc-ping.com/$HC_PING_KEY/wandb-backup-«@nightly|hourly»
""")
N("uptime_status_page_monitor_ids", "uptimerobot", UPTIMEROBOT, r"""
{"stat":"ok","monitors":[{"id":«dig9:i»,"friendly_name":"W&B API token endpoint","url":"https://wandb.example.com/healthz","status":2}]}
""")
N("telegram_chat_id_config", "telegram", TG_BOT, r"""
  telegram_configs:
  - bot_token_file: /etc/alertmanager/telegram-token
    chat_id: -100«dig10:c»
    message_thread_id: «dig3:m»
""")
N("slack_channel_and_message_ids", "slack", SLACK_HOOK, r"""
{"ok":true,"channel":"C«uc10:c»","ts":"«dig10:t».«dig6:u»","message":{"bot_id":"B«uc10:b»","type":"message","text":"[FIRING:1] WandbApiKeyErrors","user":"U«uc10:u»","team":"T«uc8:t»"}}
""")
N("pagerduty_dedup_key_response", "pagerduty", PD_EV2, r"""
{"status":"success","message":"Event processed","dedup_key":"«hex16:d»"}
""")
N("opsgenie_request_id_response", "opsgenie", OPSGENIE, r"""
{"result":"Request will be processed","took":0.«dig3:t»,"requestId":"«uuid:r»"}
""")
N("influx_token_env_reference", "telegraf", TELEGRAF, r"""
# telegraf.conf rev «hex7:r»
[[outputs.influxdb_v2]]
  urls = ["https://influx.example.com"]
  token = "${INFLUX_TOKEN}"
  bucket = "wandb"
""")
N("vmagent_password_file_flag", "victoriametrics", VMAGENT, r"""
        - -remoteWrite.url=https://vm-«lc4:c».example.com/api/v1/write
        - -remoteWrite.basicAuth.username=vmagent
        - -remoteWrite.basicAuth.passwordFile=/etc/vmagent/«@rw-password|password»
        - -remoteWrite.bearerTokenFile=/var/run/secrets/«@vm|tokens»/token
""")
N("vmauth_env_placeholder_password", "victoriametrics", VMAUTH, r"""
# vmauth config rev «hex7:r»
users:
- username: "grafana"
  password: "%{VMAUTH_GRAFANA_PASSWORD}"
  url_prefix: "http://vmselect:8481/select/0/prometheus"
""")
N("statsd_metric_lines_tags", "statsd", STATSD, r"""
wandb.api.requests:«dig2:n»|c|#route:/api/v1/token,env:prod
wandb.auth.password_reset.latency:«dig3:l»|ms|@0.«dig1:r»
""")
N("graphite_metric_paths_secret_words", "graphite", GRAPHITE, r"""
servers.wandb-node-«dig2:n».wandb.auth.api_key_valid.count «dig3:v» «dig10:t»
servers.wandb-node-«dig2:n».wandb.auth.secret_rotation.age_days «dig2:a» «dig10:t»
""")
N("k8s_describe_secret_bytes_only", "grafana", K8S_DESCRIBE, r"""
Name:         grafana
Namespace:    monitoring
Type:  Opaque

Data
====
admin-password:  «dig2:a» bytes
admin-user:      5 bytes
ldap-toml:       «dig3:b» bytes
""")
N("blackbox_probe_debug_masked", "blackbox", BLACKBOX, r"""
Logs for the probe:
ts=«T» caller=main.go:«dig3:l» module=http_2xx_auth target=https://wandb.example.com/healthz level=info msg="Beginning probe" probe=http timeout_seconds=«dig1:s».5
Module configuration:
    basic_auth:
      username: probe
      password: <secret>
""")
N("container_image_digests", "grafana", DOCKER_INSPECT, r"""
grafana/grafana:1«dig1:v».«dig1:w».«dig1:x»@sha256:«hex64:d»
prom/alertmanager:v0.2«dig1:y».0@sha256:«hex64:e»
""")
N("appdynamics_access_key_env_ref", "appdynamics", APPD, r"""
[ps «dig5:pid»]
java -javaagent:/opt/appd/javaagent.jar -Dappdynamics.agent.applicationName=wandb -Dappdynamics.agent.accountAccessKey=${APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY} -jar app.jar
""")
N("dynatrace_secret_ref_dynakube", "dynatrace", DT_K8S, r"""
apiVersion: dynatrace.com/v1beta1
kind: DynaKube
spec:
  apiUrl: https://«lc8:e».live.dynatrace.com/api
  tokens: dynakube
""")
N("sentry_release_sha_and_project_id", "sentry", SENTRY_CLI, r"""
$ sentry-cli releases list -p wandb-local
+--------------+------------------------------------------+-------------+
| Released     | Version                                  | New Events  |
| «@2 hours ago|3 days ago» | «hex40:r» | «dig2:n»          |
""")
N("gotify_message_ids_response", "gotify", GOTIFY, r"""
{"id":«dig4:i»,"appid":«dig1:a»,"message":"wandb backup done","title":"W&B backup","priority":5,"date":"«T»"}
""")
N("ntfy_topic_and_message_id", "ntfy", NTFY, r"""
{"id":"«an12:i»","time":«dig10:t»,"expires":«dig10:e»,"event":"message","topic":"«@alerts|ops»","message":"wandb disk 91%"}
""")
N("icinga_check_result_perfdata", "icinga", ICINGA_API, r"""
HTTP OK: HTTP/1.1 200 OK - «dig4:b» bytes in 0.0«dig2:t» second response time |time=0.0«dig2:t»s;2.000000;5.000000;0.000000 size=«dig4:b»B;;;0
""")
N("zabbix_conf_php_vault_reference", "zabbix", ZBX_WEB, r"""
// zabbix.conf.php rev «hex7:r»
$ZBX_SERVER_NAME		= 'wandb-monitoring';
$IMAGE_FORMAT_DEFAULT	= IMAGE_FORMAT_PNG;
// $DB['PASSWORD'] is read from the vault, see $DB['VAULT_URL']
$DB['VAULT_URL']		= 'https://vault.example.com:8200';
""")
N("nagios_htpasswd_command_without_password", "nagios", NAGIOS_HT, r"""
[root@nagios-«lc4:h» ~]
# htpasswd -c /etc/nagios/htpasswd.users nagiosadmin
New password:
Re-type new password:
Adding password for user nagiosadmin
""")
N("kapacitor_smtp_disabled_empty_password", "kapacitor", KAPACITOR, r"""
# kapacitor.conf rev «hex7:r»
[smtp]
  enabled = false
  host = "localhost"
  port = 25
  username = ""
  password = ""
""")
N("chronograf_help_flags_no_value", "chronograf", CHRONOGRAF, r"""
$ chronograf --help  # 1.«dig1:a».«dig1:b»
  -t, --token-secret=          Secret to sign tokens [$TOKEN_SECRET]
      --jwks-url=              URL that returns OpenID Key Discovery JWKS document. [$JWKS_URL]
  -i, --github-client-id=      Github Client ID for OAuth 2 support [$GH_CLIENT_ID]
""")
N("grafana_contact_point_secure_fields", "grafana", GF_API, r"""
{"uid":"«an14:u»","name":"tg-oncall","type":"telegram","settings":{"chatid":"-100«dig10:c»","parse_mode":"HTML"},"secureFields":{"bottoken":true},"disableResolveMessage":false}
""")
N("alertmanager_webhook_payload_group_key", "alertmanager", AM_CFG, r"""
{"receiver":"webhook","status":"firing","groupKey":"{}/{severity=\"critical\"}:{alertname=\"WandbTokenExpired\"}","truncatedAlerts":0,"externalURL":"https://alertmanager.example.com","alerts":[{"fingerprint":"«hex16:f»","startsAt":"«T»"}]}
""")
N("datadog_host_tags_and_hostname", "datadog", DD_CONF, r"""
hostname: wandb-node-«dig2:n»
tags:
  - env:prod
  - team:ml-platform
  - secret_rotation:«@enabled|disabled»
""")
N("newrelic_security_settings_no_key", "newrelic", NR_PY, r"""
; newrelic.ini rev «hex7:r»
[newrelic]
high_security = true
strip_exception_messages.enabled = true
attributes.exclude = request.headers.authorization request.headers.cookie
""")
N("otel_resource_attributes_ids", "otelcol", OTEL_ENV, r"""
OTEL_RESOURCE_ATTRIBUTES=service.name=wandb-api,service.instance.id=«uuid:i»,k8s.pod.uid=«uuid:p»,deployment.environment=prod
""")
N("grafana_image_renderer_token_default_comment", "grafana", GF_INI, r"""
; grafana.ini on grafana-«lc5:p»-«lc5:q»
[rendering]
# Remote rendering auth token. Must match the AUTH_TOKEN set on the image renderer.
;renderer_token = -
server_url = http://renderer:8081/render
callback_url = http://grafana:3000/
""")
# ================================================================ output
SOURCES = {name: src for name, src, _, _ in POS + NEG}


def _norm(s):
    return re.sub(r"[-_.]", "", s).lower()


def _used_names():
    p = os.environ.get("USED_SHAPES", "/work/wt/_notes/used_redact_shapes.txt")
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        return [_norm(x.strip()) for x in f if x.strip()]


def kind_judgement():
    """A shape is a new kind only when its tool's name does not occur at all
    (normalised substring) in the list of shape names other sets hold."""
    used = _used_names()
    if used is None:
        return None
    blob = "\n".join(used)
    return {name: _norm(TOOL[name]) not in blob for name, _, _, _ in POS + NEG}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    names = [n for n, _, _, _ in POS + NEG]
    assert len(names) == len(set(names)), "duplicate shape name"
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
                if (not secrets and key not in neg_seen and 1 <= len(lines) <= 12
                        and not any(s in key for s in seen)):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            neg_seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for r in pos_out + neg_out:
        for ln in r["lines"]:
            assert "«" not in ln and "»" not in ln and "‴" not in ln and "⏎" not in ln, r["shape"]
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
