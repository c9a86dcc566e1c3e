#!/usr/bin/env python3
"""holdout63: sealed held-out set for the wbdiag secret redactor.

Focus: W&B Server's newer components (Weave / ClickHouse, Kafka-family
brokers, Redis TLS/ACL/Sentinel, operator v2) and the platform pieces that
carry its secrets (Vault Agent, External Secrets, CSI driver, workload
identity, Gateway API, OpenTelemetry, Prometheus / Alloy).
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed),
                   b64w (base64 of arg with {} replaced by the value; whole
                   blob listed without '='), json (JSON-string-escaped)
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

SEED = 6363_1207
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
        elif tname == "b64w":  # base64 of arg with {} replaced by the value
            pre, _, post = arg.partition("{}")
            out = base64.b64encode((pre + v + post).encode()).decode()
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
S_WEAVE_ENV = "https://github.com/wandb/weave/blob/master/weave/trace_server/environment.py"
S_WEAVE_SM = "https://docs.wandb.ai/guides/hosting/self-managed/weave (W&B Weave Self-Managed, Altinity operator)"
S_CH_USERS = "https://clickhouse.com/docs/en/operations/settings/settings-users"
S_CH_CLIENT = "https://clickhouse.com/docs/en/interfaces/cli"
S_CH_HTTP = "https://clickhouse.com/docs/en/interfaces/http"
S_CH_S3 = "https://clickhouse.com/docs/en/integrations/s3"
S_CH_PY = "https://clickhouse.com/docs/en/integrations/python"
S_CH_GO = "https://github.com/ClickHouse/clickhouse-go (DSN format)"
S_CHI = "https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md"
S_CH_KEEPER = "https://clickhouse.com/docs/en/operations/server-configuration-parameters/settings#zookeeper"
S_KAFKA_SEC = "https://kafka.apache.org/documentation/#security_sasl_scram"
S_KAFKA_CLI = "https://kafka.apache.org/documentation/#security_sasl_scram_credentials"
S_RDKAFKA = "https://github.com/confluentinc/librdkafka/blob/master/CONFIGURATION.md"
S_KCAT = "https://github.com/edenhill/kcat/blob/master/README.md"
S_FRANZ = "https://pkg.go.dev/github.com/twmb/franz-go/pkg/sasl/scram"
S_RPK = "https://docs.redpanda.com/current/reference/rpk/rpk-x-options/"
S_RP_CONSOLE = "https://docs.redpanda.com/current/reference/console/config/"
S_RP_USER = "https://docs.redpanda.com/current/reference/rpk/rpk-security/rpk-security-user-create/"
S_BUFSTREAM = "https://buf.build/docs/bufstream/reference/configuration/bufstream-yaml"
S_BUF_SASL = "https://buf.build/docs/bufstream/authentication/sasl"
S_STRIMZI = "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaUserScramSha512ClientAuthentication-reference"
S_KCONNECT = "https://docs.confluent.io/platform/current/connect/references/restapi.html"
S_REDIS_ACL = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"
S_REDIS_CLI = "https://redis.io/docs/latest/develop/tools/cli/"
S_REDIS_SENT = "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/"
S_REDIS_TLS = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/encryption/"
S_REDIS_PY = "https://redis.readthedocs.io/en/stable/connections.html"
S_REDIS_GO = "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL"
S_BITNAMI_REDIS = "https://github.com/bitnami/charts/tree/main/bitnami/redis (values: auth.password, sentinel)"

# ============================================================ POSITIVES
# ---- Weave trace server / ClickHouse
P("weave_trace_server_describe_pod_wf_clickhouse_pass_literal", S_WEAVE_ENV, """
Containers:
  weave-trace:
    Image:          us-docker.pkg.dev/wandb-production/public/weave-trace:«dig1:a».«dig2:b».«dig1:c»
    Port:           8080/TCP
    Environment:
      WF_CLICKHOUSE_HOST:      clickhouse-«@wandb|weave»-«lc5:h».«@wandb|clickhouse|weave».svc.cluster.local
      WF_CLICKHOUSE_PORT:      8123
      WF_CLICKHOUSE_USER:      «@weave|default|wandb»
      WF_CLICKHOUSE_PASS:      «!pw22:p»
      WF_CLICKHOUSE_DATABASE:  weave
      WF_CLICKHOUSE_REPLICATED: true
""")
P("weave_trace_env_file_wf_clickhouse_pass_quoted", S_WEAVE_ENV, """
# /etc/weave/trace.env  (generated «TS»)
WF_CLICKHOUSE_HOST=ch-«lc6:h».internal
WF_CLICKHOUSE_PORT=«@8123|8443»
WF_CLICKHOUSE_USER=weave_rw
WF_CLICKHOUSE_PASS='«!pw24:p»'
WF_CLICKHOUSE_DATABASE=weave
WF_CLICKHOUSE_MAX_MEMORY_USAGE=«dig10:m»
""")
P("weave_trace_startup_log_json_settings_dump_ch_pass", S_WEAVE_ENV, """
{"timestamp": "«T»", "level": "info", "logger": "weave.trace_server", "message": "trace server starting", "pid": «dig4:pid»}
{"timestamp": "«T»", "level": "debug", "logger": "weave.trace_server.clickhouse_trace_server_batched", "message": "clickhouse client config: {'host': 'clickhouse.«@weave|wandb».svc', 'port': 8123, 'username': 'weave', 'password': '«!pw20:p»', 'database': 'weave', 'secure': False}"}
{"timestamp": "«T»", "level": "info", "logger": "weave.trace_server", "message": "migrations up to date", "version": «dig2:v»}
""")
P("weave_helm_values_clickhouse_password_inline", S_WEAVE_SM, """
weave-trace:
  install: true
  image:
    tag: «dig1:a».«dig2:b».«dig1:c»
  extraEnv:
    WF_CLICKHOUSE_HOST: "ch-weave-«lc5:h».ch.svc.cluster.local"
    WF_CLICKHOUSE_USER: "weave"
    WF_CLICKHOUSE_PASS: "«!pw26:p»"
  replicaCount: «@1|2|3»
""")
P("chi_altinity_users_password_plain_yaml", S_CHI, """
apiVersion: clickhouse.altinity.com/v1
kind: ClickHouseInstallation
metadata:
  name: wandb
  namespace: clickhouse
spec:
  configuration:
    users:
      weave/password: «!pw18:p»
      weave/networks/ip: ["10.«dig2:a».0.0/16"]
      weave/profile: default
""")
P("chi_altinity_users_password_sha256_hex", S_CHI, """
spec:
  configuration:
    users:
      weave/password_sha256_hex: «!hex64:h»
      weave/networks/ip:
        - "::/0"
      weave/access_management: 1
      readonly/profile: readonly
""")
P("clickhouse_users_d_xml_weave_user_password_block", S_CH_USERS, """
<clickhouse>
    <users>
        <weave replace="replace">
            <password>«!pw20:p»</password>
            <networks>
                <ip>10.«dig2:a».0.0/16</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
        </weave>
    </users>
</clickhouse>
""")
P("clickhouse_users_xml_password_sha256_hex_element_two_users", S_CH_USERS, """
<users>
    <default>
        <password_sha256_hex>«!hex64:a»</password_sha256_hex>
        <access_management>1</access_management>
    </default>
    <weave_ro>
        <password_sha256_hex>«!hex64:b»</password_sha256_hex>
        <profile>readonly</profile>
    </weave_ro>
</users>
""")
P("clickhouse_client_secure_password_single_quoted_history", S_CH_CLIENT, """
  «dig3:n»  kubectl -n clickhouse exec -it chi-wandb-weave-0-0-0 -- bash
  «dig3:m»  clickhouse-client --host chi-wandb-weave-0-0 --secure --port 9440 --user weave --password '«!pw22:p»' --query 'SELECT count() FROM weave.calls_merged'
  «dig3:o»  exit
""")
P("clickhouse_client_connection_string_userinfo_ps", S_CH_CLIENT, """
USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
clickho+   «dig4:a»  0.«dig1:b»  0.«dig1:c» «dig6:d» «dig5:e» pts/0    S+   «hh:x»:«mm:y»   0:00 clickhouse-client clickhouse://weave:«!pw20:p»@127.0.0.1:9000/weave?secure=false
""")
P("clickhouse_http_curl_x_clickhouse_key_header", S_CH_HTTP, """
$ curl -sS 'http://clickhouse.weave.svc:8123/?query=SELECT%20version()' \\
    -H 'X-ClickHouse-User: weave' \\
    -H 'X-ClickHouse-Key: «!pw24:p»'
«dig2:a».«dig1:b».«dig1:c».«dig2:d»
""")
P("clickhouse_http_url_userinfo_pct_encoded_password", S_CH_HTTP, """
«TS» [ERROR] weave.trace_server.clickhouse: HTTPDriver for http://weave:«!pw20:p|pct»@ch-«lc5:h».weave.svc:8123 received ClickHouse error code 210
«TS» [ERROR] weave.trace_server.clickhouse:  Connection refused (Errno 111)
""")
P("clickhouse_http_query_param_password_nginx_access", S_CH_HTTP, """
10.«dig2:a».«dig1:b».«dig2:c» - - [«dd:d»/Mar/2025:«hh:h»:«mm:m»:«mm:s» +0000] "POST /?user=weave&password=«!an28:p»&database=weave&query_id=«uuid:q» HTTP/1.1" 200 «dig3:z» "-" "clickhouse-connect/0.8.«dig1:v» (lv:py/3.12.«dig1:w»; os:linux)"
""")
P("clickhouse_connect_get_client_traceback_locals", S_CH_PY, """
Traceback (most recent call last):
  File "/app/migrate.py", line «dig2:l», in <module>
    client = clickhouse_connect.get_client(host='ch-«lc5:h».internal', port=8443, username='weave', password='«!pw22:p»', secure=True)
  File "/usr/local/lib/python3.12/site-packages/clickhouse_connect/driver/__init__.py", line «dig3:k», in create_client
    return HttpClient(interface, host, port, username, password, database, settings=settings, **kwargs)
clickhouse_connect.driver.exceptions.OperationalError: Error HTTPSConnectionPool(host='ch-«lc5:h».internal', port=8443): Max retries exceeded
""")
P("clickhouse_go_dsn_clickhouse_scheme_env", S_CH_GO, """
CLICKHOUSE_DSN=clickhouse://weave:«!pw20:p»@chi-wandb-weave-0-0.clickhouse.svc:9000/weave?dial_timeout=10s&max_execution_time=60
CLICKHOUSE_MAX_OPEN_CONNS=«dig2:c»
""")
P("clickhouse_jdbc_url_password_param_properties", S_CH_HTTP, """
# datagrip / dbeaver exported connection
url=jdbc:clickhouse://ch-«lc5:h».example.internal:8443/weave?ssl=true&user=weave&password=«!pw18:p»
driver=com.clickhouse.jdbc.ClickHouseDriver
read-only=true
""")
P("clickhouse_s3_disk_xml_secret_access_key_weave_bucket", S_CH_S3, """
<clickhouse>
  <storage_configuration>
    <disks>
      <s3_weave>
        <type>s3</type>
        <endpoint>https://wandb-weave-«lc6:b».s3.us-east-1.amazonaws.com/clickhouse/</endpoint>
        <access_key_id>AKIA«uc16:a»</access_key_id>
        <secret_access_key>«!b64s40:s»</secret_access_key>
      </s3_weave>
    </disks>
  </storage_configuration>
</clickhouse>
""")
P("clickhouse_keeper_zookeeper_identity_user_password", S_CH_KEEPER, """
<zookeeper>
    <node>
        <host>chk-weave-keeper-0.clickhouse.svc</host>
        <port>2181</port>
    </node>
    <identity>weave_keeper:«!pw20:p»</identity>
    <session_timeout_ms>30000</session_timeout_ms>
</zookeeper>
""")
P("clickhouse_system_query_log_create_user_sha256_password", S_CH_USERS, """
Row 1:
──────
event_time: «TS»
query_id:   «uuid:q»
query:      CREATE USER IF NOT EXISTS weave_ingest IDENTIFIED WITH sha256_password BY '«!pw20:p»' DEFAULT DATABASE weave
type:       QueryFinish
""")
P("weave_clickhouse_secret_base64_data_field", S_WEAVE_SM, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-clickhouse
  namespace: wandb
type: Opaque
data:
  password: «!pw22:p|b64:»
  username: «@d2VhdmU=|ZGVmYXVsdA==»
""")

# ---- Kafka / Bufstream / Redpanda
P("kafka_client_properties_scram_jaas_and_truststore_pw", S_KAFKA_SEC, """
bootstrap.servers=kafka-0.kafka.wandb.svc:9093,kafka-1.kafka.wandb.svc:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb-gorilla" password="«!pw24:p»";
ssl.truststore.location=/etc/kafka/secrets/truststore.jks
ssl.truststore.password=«!pw16:t»
""")
P("kafka_jaas_conf_kafkaclient_section_plain", S_KAFKA_SEC, """
KafkaClient {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="wandb"
    password="«!pw20:p»";
};
""")
P("kafka_configs_add_scram_credentials_command", S_KAFKA_CLI, """
$ bin/kafka-configs.sh --bootstrap-server kafka:9092 --alter --add-config 'SCRAM-SHA-256=[iterations=8192,password=«!pw20:p»],SCRAM-SHA-512=[password=«!pw20:p»]' --entity-type users --entity-name wandb
Completed updating config for user wandb.
""")
P("kafka_server_properties_listener_jaas_user_entries", S_KAFKA_SEC, """
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="admin" \\
    password="«!pw18:a»" \\
    user_admin="«!pw18:a»" \\
    user_wandb="«!pw18:b»";
ssl.keystore.password=«!pw16:k»
ssl.key.password=«!pw16:l»
""")
P("librdkafka_python_config_dict_logged", S_RDKAFKA, """
«TL» INFO  [wandb.kafka.producer] creating Producer with config {'bootstrap.servers': 'b-1.wandb-«lc6:c».kafka.us-east-1.amazonaws.com:9096', 'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'SCRAM-SHA-512', 'sasl.username': 'wandb', 'sasl.password': '«!pw26:p»', 'linger.ms': 5}
«TL» INFO  [wandb.kafka.producer] producer ready
""")
P("librdkafka_conf_file_sasl_password_ini_style", S_RDKAFKA, """
# /etc/wandb/rdkafka.conf
metadata.broker.list=redpanda-0.redpanda.wandb.svc:9093
security.protocol=sasl_ssl
sasl.mechanisms=SCRAM-SHA-256
sasl.username=«@wandb|gorilla|filestream»
sasl.password=«!pw22:p»
ssl.ca.location=/etc/ssl/certs/ca.crt
debug=broker,security
""")
P("kcat_x_sasl_password_metadata_listing", S_KCAT, """
$ kcat -b redpanda.wandb.svc:9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-256 -X sasl.username=wandb -X sasl.password=«!pw20:p» -L
Metadata for all topics (from broker 0: sasl_ssl://redpanda-0.redpanda.wandb.svc:9093/0):
 3 brokers:
  broker 0 at redpanda-0.redpanda.wandb.svc:9093 (controller)
 «dig2:t» topics:
""")
P("franz_go_scram_auth_struct_printed", S_FRANZ, """
«TG» kafka: opts=[SeedBrokers([bufstream.wandb.svc:9092]) SASL(scram.Auth{Zid:"", User:"wandb", Pass:"«!pw22:p»", Nonce:[]uint8(nil), IsToken:false})]
«TG» [DEBUG] opening connection to broker; addr: bufstream.wandb.svc:9092, broker: seed_0
«TG» [DEBUG] connection opened to broker; addr: bufstream.wandb.svc:9092, broker: seed_0
""")
P("rpk_x_user_pass_topic_list", S_RPK, """
$ rpk topic list -X brokers=redpanda-0.redpanda.wandb.svc:9093 -X user=superuser -X pass=«!pw20:p» -X sasl.mechanism=SCRAM-SHA-256 -X tls.enabled=true
NAME                         PARTITIONS  REPLICAS
wandb.filestream.events      «dig2:a»          3
wandb.run.updates            «dig2:b»          3
""")
P("rpk_profile_yaml_kafka_api_sasl_password", S_RPK, """
name: wandb-prod
description: W&B redpanda
kafka_api:
    brokers:
        - redpanda-0.redpanda.wandb.svc:9093
    tls: {}
    sasl:
        user: wandb
        password: «!pw24:p»
        mechanism: SCRAM-SHA-256
""")
P("rpk_security_user_create_password_flag", S_RP_USER, """
$ rpk security user create wandb-weave -p '«!pw20:p»' --mechanism SCRAM-SHA-512
Created user "wandb-weave".
""")
P("redpanda_console_config_kafka_sasl_password", S_RP_CONSOLE, """
kafka:
  brokers: ["redpanda-0.redpanda.wandb.svc:9093"]
  sasl:
    enabled: true
    username: console
    password: «!pw22:p»
    mechanism: SCRAM-SHA-256
  tls:
    enabled: true
""")
P("bufstream_yaml_postgres_dsn_string_data_source", S_BUFSTREAM, """
version: v1beta1
cluster: wandb-bufstream
metadata:
  postgres:
    dsn:
      string: postgres://bufstream:«!pw22:p»@pg-«lc5:h».wandb.svc:5432/bufstream?sslmode=require
""")
P("bufstream_yaml_storage_secret_access_key_string", S_BUFSTREAM, """
data:
  s3:
    bucket: wandb-bufstream-«lc6:b»
    region: us-east-1
    access_key_id:
      string: AKIA«uc16:a»
    secret_access_key:
      string: «!b64s40:s»
""")
P("bufstream_helm_sasl_plain_credentials_inline", S_BUF_SASL, """
kafka:
  authentication:
    sasl:
      plain:
        credentials:
          - username: wandb
            password: «!pw22:a»
          - username: weave
            password: «!pw22:b»
""")
P("strimzi_kafkauser_secret_password_and_jaas_b64", S_STRIMZI, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-kafka-user
  labels:
    strimzi.io/kind: KafkaUser
data:
  password: «!an32:p|b64:»
  sasl.jaas.config: «!an32:p|b64w:org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb-kafka-user" password="{}";»
""")
P("kafka_connect_rest_config_json_escaped_in_log", S_KCONNECT, """
[«TL»] INFO [Worker clientId=connect-1] Handling connector config request: {\\"name\\":\\"wandb-sink\\",\\"config\\":{\\"connector.class\\":\\"io.confluent.connect.s3.S3SinkConnector\\",\\"consumer.override.sasl.jaas.config\\":\\"org.apache.kafka.common.security.scram.ScramLoginModule required username=\\\\\\"connect\\\\\\" password=\\\\\\"«!pw20:p»\\\\\\";\\"}} (org.apache.kafka.connect.runtime.rest.resources.ConnectorsResource)
""")
P("kafka_ui_env_sasl_jaas_config_compose", "https://docs.kafka-ui.provectus.io/configuration/authentication/sasl-scram (KAFKA_CLUSTERS_0_PROPERTIES_*)", """
    environment:
      KAFKA_CLUSTERS_0_NAME: wandb
      KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: kafka:9093
      KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL: SASL_PLAINTEXT
      KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM: SCRAM-SHA-512
      KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG: 'org.apache.kafka.common.security.scram.ScramLoginModule required username="ui" password="«!pw20:p»";'
""")
P("msk_iam_fallback_sasl_scram_secret_json_get_secret_value", "https://docs.aws.amazon.com/msk/latest/developerguide/msk-password.html", """
$ aws secretsmanager get-secret-value --secret-id AmazonMSK_wandb_«lc6:s» --query SecretString --output text
{"username":"wandb","password":"«!pw24:p»"}
""")

# ---- Redis TLS / ACL / Sentinel
P("redis_rediss_url_acl_user_env_gorilla", S_REDIS_TLS, """
REDIS=rediss://wandb:«!pw24:p»@master.wandb-«lc6:c».«lc6:d».use1.cache.amazonaws.com:6379/0?tls=true&ttlInSeconds=604800
GORILLA_CACHE_SIZE=«dig3:s»
""")
P("redis_cli_user_pass_tls_flags", S_REDIS_CLI, """
$ redis-cli --tls --cacert /etc/redis/ca.crt -h redis-master.wandb.svc -p 6380 --user wandb --pass «!pw22:p» PING
Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.
PONG
""")
P("redis_acl_file_user_plaintext_gt_password", S_REDIS_ACL, """
user default off
user wandb on >«!pw24:p» ~* &* +@all -@dangerous
user exporter on >«!pw20:e» ~* +info +ping +config|get +client|list
""")
P("redis_acl_setuser_in_monitor_output", S_REDIS_ACL, """
«TE» [0 10.«dig2:a».«dig1:b».«dig2:c»:«dig5:p»] "ACL" "SETUSER" "weave" "on" ">«!pw22:p»" "~weave:*" "+@read" "+@write"
""")
P("redis_sentinel_conf_auth_pass_and_auth_user", S_REDIS_SENT, """
port 26379
sentinel monitor mymaster 10.«dig2:a».«dig1:b».«dig2:c» 6379 2
sentinel auth-user mymaster wandb
sentinel auth-pass mymaster «!pw22:p»
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
""")
P("redis_sentinel_sentinel_pass_cli_sentinel_masters", S_REDIS_SENT, """
$ redis-cli -p 26379 --user sentinel-admin --pass '«!pw20:p»' SENTINEL get-master-addr-by-name mymaster
1) "10.«dig2:a».«dig1:b».«dig2:c»"
2) "6379"
""")
P("redis_conf_requirepass_masterauth_masteruser", S_REDIS_ACL, """
bind 0.0.0.0
tls-port 6380
requirepass «!pw26:r»
masteruser replica
masterauth «!pw26:m»
appendonly yes
""")
P("redis_py_from_url_sentinel_traceback", S_REDIS_PY, """
  File "/app/gorilla_worker/cache.py", line «dig2:l», in connect
    r = redis.Redis.from_url("rediss://:«!pw24:p»@redis-«lc5:h».wandb.svc:6380/2", ssl_cert_reqs="required")
redis.exceptions.ConnectionError: Error 111 connecting to redis-«lc5:h».wandb.svc:6380. Connection refused.
""")
P("go_redis_parse_url_options_printed", S_REDIS_GO, """
«TG» cache: redis options &{Network:tcp Addr:redis-«lc5:h».wandb.svc:6380 Username:wandb Password:«!pw22:p» DB:0 MaxRetries:3 PoolSize:«dig2:s» TLSConfig:0xc000«hex6:x»}
""")
P("bitnami_redis_values_auth_password_and_sentinel", S_BITNAMI_REDIS, """
architecture: replication
auth:
  enabled: true
  sentinel: true
  password: "«!pw24:p»"
sentinel:
  enabled: true
  masterSet: mymaster
""")
P("redis_sentinel_url_go_redis_failover_env", S_REDIS_GO, """
GORILLA_REDIS_SENTINEL_ADDRS=redis-node-0.redis-headless:26379,redis-node-1.redis-headless:26379
GORILLA_REDIS_SENTINEL_MASTER=mymaster
GORILLA_REDIS_SENTINEL_PASSWORD=«!pw20:s»
GORILLA_REDIS_PASSWORD=«!pw20:r»
""")
P("redis_config_get_requirepass_output", S_REDIS_CLI, """
127.0.0.1:6379> CONFIG GET requirepass
1) "requirepass"
2) "«!pw24:p»"
127.0.0.1:6379> CONFIG GET maxmemory
1) "maxmemory"
2) "«dig10:m»"
""")

def jwt(i, n=300):
    """A JWT as printed: header public, payload and signature listed."""
    return ("eyJhbGciOiJSUzI1NiIsImtpZCI6I«b64u40:kid%s»In0.eyJ«!b64u%d:jp%s».«!b64u342:js%s»" % (i, n, i, i))


S_WB_ENV = "https://docs.wandb.ai/guides/hosting/env-vars (LICENSE, MYSQL, BUCKET, OIDC_SECRET, GORILLA_*)"
S_WB_OP = "https://docs.wandb.ai/guides/hosting/self-managed/operator (WeightsAndBiases CR, spec.values)"
S_WB_HELM = "https://github.com/wandb/helm-charts/tree/main/charts/operator-wandb (global.mysql, global.bucket, global.license)"
S_WB_SDK = "https://docs.wandb.ai/guides/track/environment-variables (WANDB_API_KEY, WANDB_BASE_URL)"
S_VAULT_INJ = "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations"
S_VAULT_AGENT = "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent"
S_VAULT_TOK = "https://developer.hashicorp.com/vault/docs/concepts/tokens (hvs./hvb. prefixes)"
S_VAULT_API = "https://developer.hashicorp.com/vault/api-docs/auth/kubernetes#login"
S_VAULT_DB = "https://developer.hashicorp.com/vault/api-docs/secret/databases#generate-credentials"
S_ESO = "https://external-secrets.io/latest/api/externalsecret/"
S_ESO_STORE = "https://external-secrets.io/latest/api/secretstore/"
S_ESO_FAKE = "https://external-secrets.io/latest/provider/fake/"
S_ESO_VAULT = "https://external-secrets.io/latest/provider/hashicorp-vault/"
S_ESO_WEBHOOK = "https://external-secrets.io/latest/provider/webhook/"
S_ESO_PUSH = "https://external-secrets.io/latest/api/pushsecret/"
S_CSI = "https://secrets-store-csi-driver.sigs.k8s.io/topics/sync-as-kubernetes-secret"
S_CSI_AZ = "https://azure.github.io/secrets-store-csi-driver-provider-azure/docs/configurations/identity-access-modes/service-principal-mode/"
S_CSI_AWS = "https://github.com/aws/secrets-store-csi-driver-provider-aws"
S_IRSA = "https://docs.aws.amazon.com/eks/latest/userguide/pod-configuration.html"
S_STS = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html"
S_AWS_EXPORT = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/configure/export-credentials.html"
S_EKS_POD_ID = "https://docs.aws.amazon.com/eks/latest/userguide/pod-id-how-it-works.html"
S_GKE_MD = "https://cloud.google.com/kubernetes-engine/docs/concepts/workload-identity#metadata_server"
S_GCP_MD = "https://cloud.google.com/compute/docs/metadata/querying-metadata"
S_GCP_STS = "https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token"
S_AZ_WI = "https://azure.github.io/azure-workload-identity/docs/quick-start.html"
S_MSAL = "https://learn.microsoft.com/en-us/entra/msal/python/advanced/msal-python-token-cache-serialization"
S_AZ_TOKEN = "https://learn.microsoft.com/en-us/cli/azure/account#az-account-get-access-token"
S_AAD_CC = "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow#third-case-access-token-request-with-a-federated-credential"

# ---- W&B Server env / operator v2 / helm
P("wandb_server_env_mysql_dsn_and_bucket_keys", S_WB_ENV, """
LICENSE=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ«!b64u180:l1».«!b64u342:l2»
MYSQL=mysql://wandb_local:«!pw20:m»@wandb-«lc6:h».cluster-«lc12:c».us-east-1.rds.amazonaws.com:3306/wandb_local
BUCKET=s3://AKIA«uc16:a»:«!b64s40:s»@wandb-files-«lc6:b»
BUCKET_QUEUE=internal://
HOST=https://wandb.example.com
""")
P("wandb_server_env_oidc_secret_and_slack_secret", S_WB_ENV, """
OIDC_ISSUER=https://login.example.com/realms/wandb
OIDC_CLIENT_ID=wandb-«lc6:c»
OIDC_AUTH_METHOD=pkce
OIDC_SECRET=«!an40:o»
SLACK_CLIENT_ID=«dig12:a».«dig13:b»
SLACK_SECRET=«!hex32:s»
""")
P("weightsandbiases_cr_spec_values_mysql_password_inline", S_WB_OP, """
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
  values:
    global:
      host: https://wandb.example.com
      mysql:
        host: mysql-«lc5:h».wandb.svc
        user: wandb
        password: «!pw22:p»
""")
P("weightsandbiases_cr_spec_values_bucket_secretkey_accesskey", S_WB_OP, """
  values:
    global:
      bucket:
        provider: s3
        name: wandb-«lc6:b»
        region: us-east-1
        accessKey: AKIA«uc16:a»
        secretKey: «!b64s40:s»
        kmsKey: arn:aws:kms:us-east-1:«dig12:acct»:key/«uuid:k»
""")
P("weightsandbiases_cr_spec_values_license_and_redis_password", S_WB_OP, """
spec:
  values:
    global:
      license: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ«!b64u160:l1».«!b64u342:l2»
      redis:
        host: redis-master.wandb.svc
        port: 6379
        password: «!pw24:r»
        params:
          tls: "true"
""")
P("weightsandbiases_cr_kubectl_get_json_clickhouse_password", S_WB_OP, """
$ kubectl get weightsandbiases wandb -o jsonpath='{.spec.values.global.clickhouse}'
{"database":"weave","host":"clickhouse.weave.svc","install":false,"password":"«!pw20:p»","port":8123,"replicated":false,"user":"weave"}
""")
P("weightsandbiases_cr_last_applied_annotation_escaped_password", S_WB_OP, """
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"apps.wandb.com/v1","kind":"WeightsAndBiases","metadata":{"annotations":{},"name":"wandb","namespace":"default"},"spec":{"values":{"global":{"host":"https://wandb.example.com","mysql":{"database":"wandb_local","host":"10.«dig2:a».«dig1:b».«dig2:c»","password":"«!pw22:p»","user":"wandb"}}}}}
  creationTimestamp: "«T»"
""")
P("wandb_operator_controller_log_rendered_values_escaped", S_WB_OP, """
{"level":"info","ts":"«T»","logger":"controller.weightsandbiases","msg":"applying desired spec","name":"wandb","values":"{\\"global\\":{\\"host\\":\\"https://wandb.example.com\\",\\"mysql\\":{\\"host\\":\\"mysql.wandb.svc\\",\\"password\\":\\"«!pw20:p»\\",\\"user\\":\\"wandb\\"}}}"}
{"level":"info","ts":"«T»","logger":"controller.weightsandbiases","msg":"reconcile complete","name":"wandb","generation":«dig2:g»}
""")
P("wandb_helm_values_global_extra_env_email_sink_smtp_password", S_WB_HELM, """
global:
  extraEnv:
    GORILLA_EMAIL_SINK: "smtp://wandb-mailer:«!pw20:k»@smtp.example.com:587"
    GORILLA_CUSTOMER_SECRET_STORE_SOURCE: "k8s-secretmanager://wandb-secret"
  license: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ«!b64u200:l1».«!b64u342:l2»
""")
P("wandb_mysql_secret_stringdata_password", S_WB_HELM, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-mysql
  namespace: default
type: Opaque
stringData:
  MYSQL_PASSWORD: "«!pw22:p»"
  MYSQL_USER: wandb
""")
P("wandb_bucket_secret_data_b64_access_secret", S_WB_HELM, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-bucket
type: Opaque
data:
  ACCESS_KEY: «@QUtJQVk3WkwzNU5LT1ExVjRMQkU=|QUtJQVFXNUNRN0dQTzI1U0RFNlM=»
  SECRET_KEY: «!b64s40:s|b64:»
""")
P("wandb_sdk_netrc_local_api_key", S_WB_SDK, """
machine wandb.example.com
  login user
  password local-«!hex40:k»
""")
P("wandb_sdk_api_key_env_in_job_spec", S_WB_SDK, """
        env:
        - name: WANDB_BASE_URL
          value: https://wandb.example.com
        - name: WANDB_API_KEY
          value: local-«!hex40:k»
        - name: WANDB_PROJECT
          value: «@llm-evals|ranking|vision»
""")
P("wandb_sdk_debug_log_authorization_basic_api_key", S_WB_SDK, """
«TL» DEBUG   HandlerThread:«dig4:t» [internal_api.py:execute():«dig3:l»] POST https://wandb.example.com/graphql headers={'User-Agent': 'W&B Internal Client 0.19.«dig1:v»', 'Authorization': 'Basic «!hex40:k|basic:api»'}
""")
P("wandb_operator_v2_helm_install_set_license_flag", S_WB_OP, """
$ helm upgrade --install wandb wandb/operator-wandb -n wandb \\
    --set global.host=https://wandb.example.com \\
    --set global.license=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ«!b64u140:l1».«!b64u342:l2» \\
    --set global.mysql.password='«!pw20:p»'
Release "wandb" has been upgraded. Happy Helming!
""")

# ---- Vault
P("vault_agent_rendered_secret_file_mysql_dsn", S_VAULT_INJ, """
$ kubectl exec wandb-app-«lc10:r»-«lc5:s» -c wandb -- cat /vault/secrets/mysql
MYSQL=mysql://v-kubernet-wandb-«an20:u»:«!an20:p»@mysql.wandb.svc:3306/wandb_local
""")
P("vault_agent_rendered_env_file_export_lines", S_VAULT_INJ, """
# rendered by vault-agent at «T»
export WF_CLICKHOUSE_PASS="«!pw24:c»"
export GORILLA_REDIS_PASSWORD="«!pw24:r»"
export OIDC_SECRET="«!an40:o»"
""")
P("vault_annotation_agent_inject_token_file_contents", S_VAULT_INJ, """
$ kubectl exec deploy/wandb -c vault-agent -- cat /home/vault/.vault-token
hvs.«!b64u91:t»
""")
P("vault_kubernetes_login_response_client_token", S_VAULT_API, """
{
  "auth": {
    "client_token": "hvs.«!b64u91:t»",
    "accessor": "«an24:a»",
    "policies": ["default", "wandb-read"],
    "metadata": {"role": "wandb", "service_account_name": "wandb-app"},
    "lease_duration": 3600,
    "renewable": true
  }
}
""")
P("vault_database_creds_response_password_json", S_VAULT_DB, """
$ vault read -format=json database/creds/wandb-mysql
{
  "request_id": "«uuid:r»",
  "lease_id": "database/creds/wandb-mysql/«an24:l»",
  "lease_duration": 3600,
  "renewable": true,
  "data": {
    "password": "«!an20:p»",
    "username": "v-kubernetes-wandb-my-«an20:u»"
  }
}
""")
P("vault_kv_get_table_output_weave_secret", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
$ vault kv get secret/wandb/weave
====== Data ======
Key              Value
---              -----
clickhouse_pass  «!pw22:c»
openai_api_key   sk-proj-«!b64u48:o»
""")
P("vault_export_vault_token_batch_prefix_history", S_VAULT_TOK, """
 «dig3:a»  export VAULT_ADDR=https://vault.example.com:8200
 «dig3:b»  export VAULT_TOKEN=hvb.«!b64u120:t»
 «dig3:c»  vault kv get secret/wandb/mysql
""")
P("vault_agent_config_hcl_static_token_auto_auth", S_VAULT_AGENT, """
auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/home/vault/.vault-token"
    }
  }
}
vault {
  address = "https://vault.example.com:8200"
}
template_config { static_secret_render_interval = "5m" }
# TEMP (remove): token = "hvs.«!b64u91:t»"
""")
P("vault_curl_x_vault_token_header", "https://developer.hashicorp.com/vault/api-docs#authentication", """
$ curl -sS --header "X-Vault-Token: hvs.«!b64u91:t»" https://vault.example.com:8200/v1/secret/data/wandb/license | jq .data.metadata.version
«dig1:v»
""")

# ---- External Secrets
P("eso_secretstore_fake_provider_inline_values", S_ESO_FAKE, """
apiVersion: external-secrets.io/v1beta1
kind: SecretStore
metadata:
  name: wandb-fake
spec:
  provider:
    fake:
      data:
      - key: "/wandb/mysql-password"
        value: "«!pw22:a»"
      - key: "/wandb/redis-password"
        value: "«!pw22:b»"
""")
P("eso_generated_secret_kubectl_get_data_b64", S_ESO, """
$ kubectl get secret wandb-clickhouse -n wandb -o yaml
apiVersion: v1
data:
  WF_CLICKHOUSE_PASS: «!pw24:p|b64:»
kind: Secret
metadata:
  annotations:
    reconcile.external-secrets.io/data-hash: «hex32:h»
  labels:
    reconcile.external-secrets.io/managed: "true"
  name: wandb-clickhouse
""")
P("eso_secretstore_vault_token_auth_inline_token_secret", S_ESO_VAULT, """
apiVersion: v1
kind: Secret
metadata:
  name: vault-token
  namespace: wandb
stringData:
  token: hvs.«!b64u91:t»
""")
P("eso_webhook_provider_header_literal_bearer", S_ESO_WEBHOOK, """
spec:
  provider:
    webhook:
      url: "https://secrets.example.com/api/v1/secrets/{{ .remoteRef.key }}"
      method: GET
      headers:
        Content-Type: application/json
        Authorization: Bearer «!an48:t»
      result:
        jsonPath: "$.value"
""")
P("eso_controller_log_template_error_with_value", S_ESO, """
{"level":"error","ts":«TE»,"logger":"controllers.ExternalSecret","msg":"could not apply template","ExternalSecret":{"name":"wandb-mysql","namespace":"wandb"},"error":"unable to execute template at key MYSQL: template: MYSQL:1:41: executing \\"MYSQL\\" at <.password>: map has no entry for key \\"password\\" in map[pass:«!pw22:p» user:wandb]"}
""")
P("eso_externalsecret_target_template_data_literal_password", S_ESO, """
spec:
  refreshInterval: 1h
  target:
    name: wandb-redis
    template:
      data:
        REDIS: "redis://default:«!pw22:p»@redis.wandb.svc:6379"
  dataFrom:
  - extract:
      key: wandb/redis
""")
P("eso_aws_secretstore_auth_secret_access_key_stringdata", "https://external-secrets.io/latest/provider/aws-secrets-manager/", """
apiVersion: v1
kind: Secret
metadata:
  name: awssm-secret
type: Opaque
stringData:
  access-key: AKIA«uc16:a»
  secret-access-key: «!b64s40:s»
""")
P("eso_password_generator_output_secret_decoded", "https://external-secrets.io/latest/api/generator/password/", """
$ kubectl get secret wandb-generated -o jsonpath='{.data.password}' | base64 -d
«!an32:p»
""")

# ---- Secrets Store CSI driver
P("csi_secrets_store_mounted_file_cat_output", S_CSI, """
$ kubectl exec wandb-weave-trace-«lc10:a»-«lc5:b» -- ls /mnt/secrets-store
clickhouse-password  openai-key
$ kubectl exec wandb-weave-trace-«lc10:a»-«lc5:b» -- cat /mnt/secrets-store/clickhouse-password
«!pw26:p»
""")
P("csi_azure_provider_secrets_store_creds_clientsecret", S_CSI_AZ, """
$ kubectl create secret generic secrets-store-creds --from-literal clientid=«uuid:c» --from-literal clientsecret=«an3:x»8Q~«!b64u34:y»
secret/secrets-store-creds created
""")
P("csi_synced_k8s_secret_data_b64_from_secretproviderclass", S_CSI, """
apiVersion: v1
kind: Secret
metadata:
  labels:
    secrets-store.csi.k8s.io/managed: "true"
  name: wandb-mysql-synced
data:
  password: «!pw22:p|b64:»
""")
P("csi_aws_provider_mounted_json_secret_string", S_CSI_AWS, """
$ cat /mnt/secrets-store/wandb_prod_mysql
{"username":"wandb","password":"«!pw24:p»","engine":"mysql","host":"wandb-«lc6:h».cluster-«lc12:c».us-east-1.rds.amazonaws.com","port":3306}
""")

# ---- workload identity: IRSA / Pod Identity / GKE / Azure
P("irsa_cat_web_identity_token_file_jwt", S_IRSA, """
$ kubectl exec wandb-app-«lc10:a»-«lc5:b» -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token
""" + jwt("a") + """
""")
P("sts_assume_role_with_web_identity_xml_response", S_STS, """
<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>system:serviceaccount:wandb:wandb-app</SubjectFromWebIdentityToken>
    <Credentials>
      <AccessKeyId>ASIA«uc16:a»</AccessKeyId>
      <SecretAccessKey>«!b64s40:s»</SecretAccessKey>
      <SessionToken>IQoJb3JpZ2luX2Vj«!b64s360:t»</SessionToken>
      <Expiration>«T»</Expiration>
    </Credentials>
""")
P("aws_sts_assume_role_with_web_identity_cli_json", S_STS, """
$ aws sts assume-role-with-web-identity --role-arn arn:aws:iam::«dig12:a»:role/wandb-irsa --role-session-name dbg --web-identity-token file:///var/run/secrets/eks.amazonaws.com/serviceaccount/token
{
    "Credentials": {
        "AccessKeyId": "ASIA«uc16:k»",
        "SecretAccessKey": "«!b64s40:s»",
        "SessionToken": "IQoJb3JpZ2luX2Vj«!b64s300:t»",
        "Expiration": "«T»"
    },
""")
P("aws_configure_export_credentials_env_format", S_AWS_EXPORT, """
$ aws configure export-credentials --format env
export AWS_ACCESS_KEY_ID=ASIA«uc16:k»
export AWS_SECRET_ACCESS_KEY=«!b64s40:s»
export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj«!b64s300:t»
export AWS_CREDENTIAL_EXPIRATION=«T»
""")
P("eks_pod_identity_agent_curl_full_uri_credentials_json", S_EKS_POD_ID, """
$ curl -s -H "Authorization: $(cat $AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE)" $AWS_CONTAINER_CREDENTIALS_FULL_URI
{"AccessKeyId":"ASIA«uc16:k»","SecretAccessKey":"«!b64s40:s»","Token":"IQoJb3JpZ2luX2Vj«!b64s280:t»","AccountId":"«dig12:a»","Expiration":"«T»"}
""")
P("botocore_debug_sts_response_body_secret", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#assume-role-with-web-identity-provider", """
«TL» botocore.parsers [DEBUG] Response body:
b'<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIA«uc16:k»</AccessKeyId><SecretAccessKey>«!b64s40:s»</SecretAccessKey><SessionToken>IQoJb3JpZ2luX2Vj«!b64s260:t»</SessionToken></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>'
""")
P("gke_metadata_server_token_json_response", S_GKE_MD, """
$ curl -s -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
{"access_token":"ya29.c.c0«!b64u240:t»","expires_in":«dig4:e»,"token_type":"Bearer"}
""")
P("gke_metadata_identity_endpoint_id_token", S_GCP_MD, """
$ curl -s -H "Metadata-Flavor: Google" "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity?audience=https://wandb.example.com&format=full"
""" + jwt("g", 420) + """
""")
P("gcp_sts_token_exchange_response_access_token", S_GCP_STS, """
«TL» google.auth.transport.requests DEBUG POST https://sts.googleapis.com/v1/token -> 200
«TL» google.auth.identity_pool DEBUG token exchange response: {"access_token": "ya29.d.b0«!b64u220:t»", "issued_token_type": "urn:ietf:params:oauth:token-type:access_token", "token_type": "Bearer", "expires_in": 3599}
""")
P("azure_federated_token_file_cat_jwt", S_AZ_WI, """
$ echo $AZURE_FEDERATED_TOKEN_FILE
/var/run/secrets/azure/tokens/azure-identity-token
$ cat $AZURE_FEDERATED_TOKEN_FILE
""" + jwt("z") + """
""")
P("msal_token_cache_json_access_and_refresh_secret", S_MSAL, """
{
  "AccessToken": {
    "«uuid:o».«uuid:t»-login.microsoftonline.com-accesstoken-«uuid:c»-«uuid:t»-https://storage.azure.com/.default": {
      "credential_type": "AccessToken",
      "secret": "eyJ0eXAiOiJKV1QiLCJub25jZSI6I«!b64u300:a»",
      "home_account_id": "«uuid:o».«uuid:t»",
      "environment": "login.microsoftonline.com",
      "client_id": "«uuid:c»",
      "expires_on": "17«dig8:e»"
    }
  },
""")
P("msal_token_cache_refresh_token_entry", S_MSAL, """
  "RefreshToken": {
    "«uuid:o».«uuid:t»-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--": {
      "credential_type": "RefreshToken",
      "secret": "1.AVEA«!b64u380:r»",
      "client_id": "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
      "family_id": "1"
    }
  }
""")
P("az_account_get_access_token_storage_resource_json_output", S_AZ_TOKEN, """
$ az account get-access-token --resource https://storage.azure.com
{
  "accessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIs«!b64u360:a»",
  "expiresOn": "«TS»000",
  "subscription": "«uuid:s»",
  "tenant": "«uuid:t»",
  "tokenType": "Bearer"
}
""")
P("aad_token_request_client_assertion_form_body", S_AAD_CC, """
«TL» azure.identity._internal.msal_client DEBUG POST https://login.microsoftonline.com/«uuid:t»/oauth2/v2.0/token
«TL» azure.identity._internal.msal_client DEBUG body: client_id=«uuid:c»&grant_type=client_credentials&scope=https%3A%2F%2Fstorage.azure.com%2F.default&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=""" + jwt("c") + """
""")
P("azure_env_client_secret_alongside_workload_identity", S_AZ_WI, """
AZURE_CLIENT_ID=«uuid:c»
AZURE_TENANT_ID=«uuid:t»
AZURE_CLIENT_SECRET=«an3:x»8Q~«!b64u34:y»
AZURE_AUTHORITY_HOST=https://login.microsoftonline.com/
""")

S_GW_ROUTE = "https://gateway-api.sigs.k8s.io/reference/spec/#httpheaderfilter"
S_GW_TLS = "https://gateway-api.sigs.k8s.io/guides/tls/"
S_K8S_TLS = "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets"
S_ENVOY_GW = "https://gateway.envoyproxy.io/docs/tasks/security/basic-auth/"
S_OTEL_OTLP = "https://github.com/open-telemetry/opentelemetry-collector/blob/main/exporter/otlphttpexporter/README.md"
S_OTEL_BASIC = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/basicauthextension"
S_OTEL_BEARER = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/bearertokenauthextension"
S_OTEL_ENV = "https://opentelemetry.io/docs/specs/otel/protocol/exporter/#specifying-headers-via-environment-variables"
S_OTEL_DD = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/datadogexporter"
S_OTEL_PRW = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/prometheusremotewriteexporter"
S_OTEL_CH = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/clickhouseexporter"
S_OTEL_KAFKA = "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/kafkaexporter"
S_PROM_CFG = "https://prometheus.io/docs/prometheus/latest/configuration/configuration/"
S_PROM_WEB = "https://prometheus.io/docs/prometheus/latest/configuration/https/"
S_GAGENT = "https://grafana.com/docs/agent/latest/static/configuration/metrics-config/"
S_ALLOY_RW = "https://grafana.com/docs/alloy/latest/reference/components/prometheus/prometheus.remote_write/"
S_ALLOY_LOKI = "https://grafana.com/docs/alloy/latest/reference/components/loki/loki.write/"
S_ALLOY_OTLP = "https://grafana.com/docs/alloy/latest/reference/components/otelcol/otelcol.auth.basic/"
S_GRAFANA_DS = "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources"
S_GRAFANA_INI = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security"
S_REDIS_EXP = "https://github.com/oliver006/redis_exporter#command-line-flags"
S_KAFKA_EXP = "https://github.com/danielqsj/kafka_exporter#flags"
S_CH_EXP = "https://github.com/ClickHouse/clickhouse_exporter"

# ---- Gateway API / TLS
P("gateway_httproute_request_header_modifier_basic_auth_set", S_GW_ROUTE, """
  rules:
  - matches:
    - path: {type: PathPrefix, value: /traces}
    filters:
    - type: RequestHeaderModifier
      requestHeaderModifier:
        set:
        - name: Authorization
          value: Basic «!pw20:p|basic:weave»
    backendRefs:
    - {name: weave-trace, port: 8080}
""")
P("gateway_httproute_set_header_api_key_literal", S_GW_ROUTE, """
    filters:
    - type: RequestHeaderModifier
      requestHeaderModifier:
        add:
        - name: X-Api-Key
          value: "«!an40:k»"
        - name: X-Forwarded-Prefix
          value: /weave
""")
P("gateway_tls_secret_tls_key_b64_pem", S_K8S_TLS, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-gateway-tls
  namespace: wandb
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU«b64s60:c»
  tls.key: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVF«!b64s120:k|b64:»
""")
P("gateway_tls_secret_stringdata_pem_block", S_GW_TLS, """
stringData:
  tls.key: |
    -----BEGIN PRIVATE KEY-----
    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC«!b64s32:a»
    «!b64s64:b»
    «!b64s64:c»
    -----END PRIVATE KEY-----
""")
P("envoy_gateway_basic_auth_htpasswd_secret_sha", S_ENVOY_GW, """
$ kubectl get secret weave-basic-auth -o jsonpath='{.data.\\.htpasswd}' | base64 -d
weave:{SHA}«!b64s27:h»=
admin:{SHA}«!b64s27:g»=
""")

# ---- OpenTelemetry collector
P("otelcol_otlphttp_exporter_headers_authorization_basic", S_OTEL_OTLP, """
exporters:
  otlphttp/grafana:
    endpoint: https://otlp-gateway-prod-us-east-0.grafana.net/otlp
    headers:
      Authorization: "Basic «!b64s80:p|basic:1047392»"
    compression: gzip
""")
P("otelcol_otlp_exporter_headers_api_key_flow_map", S_OTEL_OTLP, """
  otlp/vendor:
    endpoint: ingest.example.com:4317
    headers: {"api-key": "«!hex40:k»", "x-team": "wandb-platform"}
    tls:
      insecure: false
""")
P("otelcol_honeycomb_team_header", S_OTEL_OTLP, """
exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: «!an22:k»
      x-honeycomb-dataset: weave-trace
""")
P("otelcol_basicauth_extension_client_auth_password", S_OTEL_BASIC, """
extensions:
  basicauth/client:
    client_auth:
      username: «dig6:u»
      password: «!b64u60:p»
exporters:
  otlphttp:
    auth:
      authenticator: basicauth/client
""")
P("otelcol_basicauth_server_htpasswd_inline", S_OTEL_BASIC, """
extensions:
  basicauth/server:
    htpasswd:
      inline: |
        wandb:«!pw20:a»
        weave:«!pw20:b»
""")
P("otelcol_bearertokenauth_token_literal", S_OTEL_BEARER, """
extensions:
  bearertokenauth/withscheme:
    scheme: "Bearer"
    token: "«!b64u48:t»"
""")
P("otel_exporter_otlp_headers_env_pct_encoded_basic", S_OTEL_ENV, """
OTEL_SERVICE_NAME=weave-trace
OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com:4318
OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20«!b64s72:b»,x-scope-orgid=wandb
""")
P("otelcol_datadog_exporter_api_key", S_OTEL_DD, """
exporters:
  datadog:
    api:
      site: datadoghq.com
      key: «!hex32:k»
    traces:
      span_name_as_resource_name: true
""")
P("otelcol_prometheusremotewrite_headers_bearer", S_OTEL_PRW, """
  prometheusremotewrite:
    endpoint: "https://prometheus.example.com/api/v1/write"
    headers:
      Authorization: "Bearer «!b64u64:t»"
    resource_to_telemetry_conversion:
      enabled: true
""")
P("otelcol_clickhouse_exporter_password_and_dsn", S_OTEL_CH, """
exporters:
  clickhouse:
    endpoint: tcp://clickhouse.observability.svc:9000?dial_timeout=10s&compress=lz4
    database: otel
    username: otel
    password: «!pw22:p»
    ttl: 72h
""")
P("otelcol_kafka_exporter_sasl_plain_password", S_OTEL_KAFKA, """
  kafka:
    brokers: ["kafka-0.kafka.wandb.svc:9093"]
    topic: otlp_spans
    auth:
      sasl:
        username: otel
        password: «!pw22:p»
        mechanism: SCRAM-SHA-512
""")
P("otelcol_startup_log_effective_config_escaped_header", S_OTEL_OTLP, """
«T»	info	service@v0.1«dig2:v».0/service.go:«dig3:l»	Effective config	{"config": "exporters:\\n  otlphttp:\\n    endpoint: https://otlp.example.com\\n    headers:\\n      authorization: Bearer «!b64u56:t»\\n"}
«T»	info	service@v0.1«dig2:v».0/service.go:«dig3:m»	Everything is ready. Begin running and processing data.
""")
P("otel_python_sdk_headers_env_in_pod_describe", S_OTEL_ENV, """
    Environment:
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT:  https://api.honeycomb.io/v1/traces
      OTEL_EXPORTER_OTLP_TRACES_HEADERS:   x-honeycomb-team=«!an32:k»
      OTEL_RESOURCE_ATTRIBUTES:            service.namespace=wandb,deployment.environment=prod
""")

# ---- Prometheus / Grafana Agent / Alloy / Grafana
P("prometheus_scrape_basic_auth_password_clickhouse_job", S_PROM_CFG, """
scrape_configs:
  - job_name: clickhouse
    metrics_path: /metrics
    basic_auth:
      username: prometheus
      password: «!pw22:p»
    static_configs:
      - targets: ["chi-wandb-weave-0-0.clickhouse.svc:9363"]
""")
P("prometheus_remote_write_authorization_credentials", S_PROM_CFG, """
remote_write:
  - url: https://prometheus-prod-«dig2:a»-prod-us-east-0.grafana.net/api/prom/push
    authorization:
      type: Bearer
      credentials: glc_eyJ«!b64s120:t»
    queue_config:
      max_samples_per_send: 2000
""")
P("prometheus_scrape_bearer_token_literal_deprecated", S_PROM_CFG, """
  - job_name: wandb-gorilla
    scheme: https
    bearer_token: «!an40:t»
    tls_config:
      insecure_skip_verify: true
    static_configs:
      - targets: ["wandb-app.wandb.svc:8181"]
""")
P("prometheus_oauth2_client_secret_remote_read", S_PROM_CFG, """
remote_read:
  - url: https://metrics.example.com/api/v1/read
    oauth2:
      client_id: prometheus-«lc6:c»
      client_secret: «!an40:s»
      token_url: https://login.example.com/oauth2/token
""")
P("prometheus_web_yml_tls_and_basic_auth_users_bcrypt_2y", S_PROM_WEB, """
tls_server_config:
  cert_file: /etc/prometheus/tls.crt
  key_file: /etc/prometheus/tls.key
basic_auth_users:
  admin: $2y$10$«!bc53:h»
""")
P("grafana_agent_static_remote_write_basic_auth", S_GAGENT, """
metrics:
  global:
    scrape_interval: 60s
    remote_write:
      - url: https://prometheus-us-central1.grafana.net/api/prom/push
        basic_auth:
          username: «dig6:u»
          password: glc_eyJ«!b64s140:p»
""")
P("alloy_prometheus_remote_write_basic_auth_block", S_ALLOY_RW, """
prometheus.remote_write "default" {
  endpoint {
    url = "https://prometheus-prod-«dig2:a»-prod-eu-west-2.grafana.net/api/prom/push"
    basic_auth {
      username = "«dig7:u»"
      password = "glc_eyJ«!b64s140:p»"
    }
  }
}
""")
P("alloy_loki_write_bearer_token_attribute", S_ALLOY_LOKI, """
loki.write "wandb" {
  endpoint {
    url          = "https://loki.example.com/loki/api/v1/push"
    bearer_token = "«!b64u64:t»"
    tenant_id    = "wandb"
  }
}
""")
P("alloy_otelcol_auth_basic_password_attribute", S_ALLOY_OTLP, """
otelcol.auth.basic "grafana_cloud" {
  username = "«dig6:u»"
  password = "glc_eyJ«!b64s120:p»"
}
""")
P("grafana_datasource_provisioning_securejsondata_clickhouse", S_GRAFANA_DS, """
apiVersion: 1
datasources:
  - name: Weave ClickHouse
    type: grafana-clickhouse-datasource
    jsonData:
      host: clickhouse.weave.svc
      port: 9000
      username: grafana
    secureJsonData:
      password: «!pw22:p»
""")
P("grafana_ini_security_section_admin_password_plus_secret_key_cookie", S_GRAFANA_INI, """
[security]
admin_user = admin
admin_password = «!pw20:a»
secret_key = «!an32:k»
cookie_secure = true
""")
P("grafana_env_gf_security_admin_password_compose", S_GRAFANA_INI, """
  grafana:
    image: grafana/grafana:11.«dig1:v».0
    environment:
      - GF_SECURITY_ADMIN_PASSWORD=«!pw20:p»
      - GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET=«!an40:s»
      - GF_SERVER_ROOT_URL=https://grafana.example.com
""")
P("redis_exporter_redis_password_flag_ps", S_REDIS_EXP, """
nobody     «dig4:p»  0.«dig1:a»  0.«dig1:b» «dig6:c» «dig5:d» ?        Ssl  «hh:h»:«mm:m»   «dig1:t»:«mm:s» /redis_exporter --redis.addr=rediss://redis-master.wandb.svc:6380 --redis.user=exporter --redis.password=«!pw22:p»
""")
P("kafka_exporter_sasl_password_container_args", S_KAFKA_EXP, """
      containers:
      - name: kafka-exporter
        image: danielqsj/kafka-exporter:v1.«dig1:v».0
        args:
        - --kafka.server=kafka-0.kafka.wandb.svc:9093
        - --sasl.enabled
        - --sasl.username=exporter
        - --sasl.password=«!pw22:p»
        - --sasl.mechanism=scram-sha512
""")
P("clickhouse_exporter_env_clickhouse_password", S_CH_EXP, """
        env:
        - name: CLICKHOUSE_USER
          value: exporter
        - name: CLICKHOUSE_PASSWORD
          value: "«!pw20:p»"
        - name: CLICKHOUSE_URI
          value: http://chi-wandb-weave-0-0:8123/
""")

S_CH_CLIENT_CFG = "https://clickhouse.com/docs/en/interfaces/cli#configuration_files"
S_MM2 = "https://kafka.apache.org/documentation/#georeplication-config-syntax"
S_KAFKA_CONSOLE = "https://kafka.apache.org/documentation/#basic_ops_consumer_group"
S_RP_CLOUD = "https://docs.redpanda.com/current/reference/properties/object-storage-properties/#cloud_storage_secret_key"
S_AWS_CACHE = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html#cli-configure-role-cache"
S_GCLOUD_TOKEN = "https://cloud.google.com/sdk/gcloud/reference/auth/print-access-token"
S_AZ_SP = "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-service-principal"
S_ALLOY_REDIS = "https://grafana.com/docs/alloy/latest/reference/components/prometheus/prometheus.exporter.redis/"
S_GAGENT_REDIS = "https://grafana.com/docs/agent/latest/static/configuration/integrations/redis-exporter-config/"
S_WB_LOGIN = "https://docs.wandb.ai/ref/cli/wandb-login"
S_DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"

P("clickhouse_client_user_config_yaml_password_and_secure", S_CH_CLIENT_CFG, """
# ~/.clickhouse-client/config.yaml
host: chi-wandb-weave-0-0.clickhouse.svc
port: 9440
secure: true
user: weave_admin
password: '«!pw22:p»'
database: weave
""")
P("kafka_mirrormaker2_properties_source_target_jaas", S_MM2, """
clusters = old, new
old.bootstrap.servers = kafka-old.wandb.svc:9093
new.bootstrap.servers = bufstream.wandb.svc:9092
old.security.protocol = SASL_SSL
old.sasl.mechanism = SCRAM-SHA-512
old.sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username="mm2" password="«!pw20:a»";
new.sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="mm2" password="«!pw20:b»";
""")
P("kafka_console_consumer_consumer_property_jaas_cmdline", S_KAFKA_CONSOLE, """
$ kafka-console-consumer.sh --bootstrap-server kafka:9093 --topic wandb.filestream --from-beginning --max-messages 1 --consumer-property security.protocol=SASL_PLAINTEXT --consumer-property sasl.mechanism=PLAIN --consumer-property 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="debug" password="«!pw20:p»";'
{"run_id":"«lc8:r»","offset":«dig5:o»}
Processed a total of 1 messages
""")
P("redis_cli_history_auth_two_arg", S_REDIS_ACL, """
PING
AUTH weave «!pw22:p»
INFO replication
KEYS weave:lock:*
""")
P("redis_sentinel_set_auth_pass_command_echo", S_REDIS_SENT, """
$ for s in 0 1 2; do redis-cli -h redis-node-$s.redis-headless -p 26379 SENTINEL SET mymaster auth-pass «!pw24:p»; done
OK
OK
OK
""")
P("vault_token_env_in_pod_describe_environment", S_VAULT_TOK, """
    Environment:
      VAULT_ADDR:   https://vault.example.com:8200
      VAULT_TOKEN:  hvs.«!b64u91:t»
      VAULT_NAMESPACE: wandb
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-«lc5:m» (ro)
""")
P("eso_kubectl_get_secret_json_data_map", S_ESO, """
$ kubectl get secret wandb-oidc -o json | jq .data
{
  "OIDC_CLIENT_ID": "«@d2FuZGItYXBw|d2FuZGItc3Nv»",
  "OIDC_SECRET": "«!an40:s|b64:»"
}
""")
P("aws_cli_cache_json_assumed_role_credentials", S_AWS_CACHE, """
$ cat ~/.aws/cli/cache/«hex40:f».json
{"Credentials": {"AccessKeyId": "ASIA«uc16:k»", "SecretAccessKey": "«!b64s40:s»", "SessionToken": "IQoJb3JpZ2luX2Vj«!b64s300:t»", "Expiration": "«T»"}, "AssumedRoleUser": {"AssumedRoleId": "AROA«uc17:r»:botocore-session-«dig10:x»", "Arn": "arn:aws:sts::«dig12:a»:assumed-role/wandb-admin/botocore-session-«dig10:x»"}, "ResponseMetadata": {"HTTPStatusCode": 200}}
""")
P("gcloud_auth_print_access_token_impersonated_sa_warning_then_token", S_GCLOUD_TOKEN, """
$ gcloud auth print-access-token --impersonate-service-account=wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com
WARNING: This command is using service account impersonation. All API calls will be executed as [wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com].
ya29.c.c0«!b64u220:t»
""")
P("azure_service_principal_entries_json_client_secret", S_AZ_SP, """
[
  {
    "client_id": "«uuid:c»",
    "tenant": "«uuid:t»",
    "client_secret": "«an3:x»8Q~«!b64u34:s»"
  }
]
""")
P("otel_headers_docker_inspect_env_array", S_DOCKER_INSPECT, """
            "Env": [
                "OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.example.com",
                "OTEL_EXPORTER_OTLP_HEADERS=authorization=Bearer «!b64u48:t»",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
""")
P("prometheus_clickhouse_http_scrape_params_password", S_PROM_CFG, """
  - job_name: clickhouse-http
    metrics_path: /
    params:
      user: [prometheus]
      password: [«!pw22:p»]
      query: ["SELECT metric, value FROM system.metrics FORMAT Prometheus"]
    static_configs:
      - targets: ["clickhouse.weave.svc:8123"]
""")
P("alloy_prometheus_exporter_redis_password_attribute", S_ALLOY_REDIS, """
prometheus.exporter.redis "wandb" {
  redis_addr     = "redis-master.wandb.svc:6379"
  redis_user     = "exporter"
  redis_password = "«!pw22:p»"
  is_tile38      = false
}
""")
P("grafana_agent_integrations_redis_exporter_password", S_GAGENT_REDIS, """
integrations:
  redis_exporter:
    enabled: true
    redis_addr: redis-master.wandb.svc:6379
    redis_password: «!pw22:p»
    include_exporter_metrics: false
""")
P("wandb_login_host_key_positional_history", S_WB_LOGIN, """
 «dig3:a»  pip install -U wandb
 «dig3:b»  wandb login --relogin --host https://wandb.example.com local-«!hex40:k»
 «dig3:c»  python train.py --epochs 3
""")
P("redpanda_cluster_config_cloud_storage_secret_key_set", S_RP_CLOUD, """
$ rpk cluster config set cloud_storage_secret_key «!b64s40:s»
Successfully updated configuration. New configuration version is «dig2:v».
$ rpk cluster config get cloud_storage_access_key
AKIA«uc16:a»
""")
P("franz_go_plain_auth_struct_printed_in_panic", S_FRANZ, """
panic: kafka: unable to dial seed brokers
goroutine 1 [running]:
main.mustClient({0xc0000«hex5:a», 0x1, 0x1}, {User:"weave", Pass:"«!pw22:p»", Zid:""})
	/src/cmd/ingest/main.go:«dig2:l» +0x«hex3:o»
""")

# ============================================================ NEGATIVES
# ---- Weave / ClickHouse
N("weave_trace_env_pass_from_secret_key_ref", S_WEAVE_ENV, """
        - name: WF_CLICKHOUSE_PASS
          valueFrom:
            secretKeyRef:
              name: wandb-clickhouse-«lc5:s»
              key: password
        - name: WF_CLICKHOUSE_USER
          value: weave
""")
N("weave_trace_log_call_ids_trace_ids_uuid7", S_WEAVE_ENV, """
{"timestamp": "«T»", "level": "info", "message": "call_start", "project_id": "UHJvamVjdEludGVybmFsSWQ6«dig6:p»", "call_id": "0195«hex4:a»-«hex4:b»-7«hex3:c»-«@8|9|a|b»«hex3:d»-«hex12:e»", "trace_id": "0195«hex4:a»-«hex4:f»-7«hex3:g»-«@8|9|a|b»«hex3:h»-«hex12:i»"}
""")
N("chi_users_password_from_k8s_secret_ref", S_CHI, """
spec:
  configuration:
    users:
      weave/k8s_secret_password: clickhouse/weave-«lc5:s»/password
      weave/networks/ip: ["10.«dig2:a».0.0/16"]
      weave/profile: default
""")
N("clickhouse_users_xml_password_from_env_attr", S_CH_USERS, """
<users>
    <weave>
        <password from_env="CLICKHOUSE_WEAVE_PASSWORD_«uc4:x»"/>
        <profile>default</profile>
        <quota>default</quota>
    </weave>
</users>
""")
N("clickhouse_query_log_query_id_and_normalized_hash_select", S_CH_USERS, """
query_id:              «uuid:q»
normalized_query_hash: «dig19:h»
query:                 SELECT count() FROM weave.calls_merged WHERE project_id = 'UHJvamVjdEludGVybmFsSWQ6«dig6:p»'
read_rows:             «dig7:r»
memory_usage:          «dig8:m»
""")
N("clickhouse_system_parts_checksum_hex_columns", S_CH_USERS, """
┌─name───────────────┬─hash_of_all_files────────────────┬─hash_of_uncompressed_files───────┐
│ all_«dig3:a»_«dig3:b»_«dig1:c»     │ «hex32:h» │ «hex32:g» │
└────────────────────┴──────────────────────────────────┴──────────────────────────────────┘
""")
N("clickhouse_client_ask_password_prompt_no_value", S_CH_CLIENT, """
$ clickhouse-client --host chi-wandb-weave-0-0 --user weave --ask-password
ClickHouse client version 24.«dig1:a».«dig1:b».«dig2:c» (official build).
Password for user (weave):
Connecting to chi-wandb-weave-0-0:9000 as user weave.
Connected to ClickHouse server version 24.«dig1:a».«dig1:b».
""")
N("clickhouse_http_url_without_password_query_id", S_CH_HTTP, """
«TS» [DEBUG] weave.trace_server.clickhouse: POST http://ch-«lc5:h».weave.svc:8123/?database=weave&query_id=«uuid:q»&session_id=«uuid:s»&wait_end_of_query=1
""")
N("clickhouse_show_users_and_grants_output", S_CH_USERS, """
SHOW CREATE USER weave_«lc4:u»

CREATE USER weave_«lc4:u» IDENTIFIED WITH sha256_password HOST IP '10.«dig2:a».0.0/16' SETTINGS PROFILE `default`
""")
N("clickhouse_settings_sound_secret_numeric", S_CH_USERS, """
<profiles>
    <default>
        <max_memory_usage>«dig10:m»</max_memory_usage>
        <password_complexity_min_length>«dig2:l»</password_complexity_min_length>
        <async_insert_busy_timeout_ms>«dig3:t»</async_insert_busy_timeout_ms>
    </default>
</profiles>
""")
N("clickhouse_s3_disk_use_environment_credentials", S_CH_S3, """
      <s3_weave>
        <type>s3</type>
        <endpoint>https://wandb-weave-«lc6:b».s3.us-east-1.amazonaws.com/clickhouse/</endpoint>
        <use_environment_credentials>true</use_environment_credentials>
        <server_side_encryption_kms_key_id>arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»</server_side_encryption_kms_key_id>
      </s3_weave>
""")
N("clickhouse_secret_kubectl_describe_bytes_only", S_WEAVE_SM, """
Name:         wandb-clickhouse
Namespace:    wandb
Type:  Opaque

Data
====
password:  «dig2:n» bytes
username:  5 bytes
""")

# ---- Kafka / Bufstream / Redpanda
N("kafka_consumer_group_describe_offsets_lag", S_KAFKA_CONSOLE, """
GROUP           TOPIC                 PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID                                          HOST
wandb-gorilla   wandb.filestream      «dig1:p»          «dig7:o»         «dig7:e»         «dig2:l»   consumer-wandb-1-«uuid:c»  /10.«dig2:a».«dig1:b».«dig2:c»
""")
N("kafka_cluster_id_and_log_dirs_meta", "https://kafka.apache.org/documentation/#kraft_storage", """
#
#«@Mon|Tue|Wed» Mar «dd:d» «hh:h»:«mm:m»:«mm:s» UTC 2025
cluster.id=«b64u22:c»
directory.id=«b64u22:d»
node.id=«dig1:n»
version=1
""")
N("kafka_client_properties_jaas_with_file_config_provider", "https://kafka.apache.org/documentation/#config_providers", """
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb-«lc4:u»" password="${file:/etc/kafka/secrets/wandb.properties:password}";
ssl.truststore.location=/etc/kafka/secrets/truststore-«lc4:t».jks
""")
N("kafka_jaas_oauthbearer_no_secret_unsecured_claims", S_KAFKA_SEC, """
sasl.mechanism=OAUTHBEARER
sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredLoginStringClaim_sub="wandb-«lc5:s»";
sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerLoginCallbackHandler
sasl.oauthbearer.token.endpoint.url=https://login.example.com/oauth2/token
""")
N("librdkafka_debug_sasl_scram_state_lines", S_RDKAFKA, """
%7|17«dig8:t».«dig3:m»|SASLSCRAM|rdkafka#producer-1| [thrd:sasl_ssl://kafka-«dig1:b».kafka.wandb.svc:9093/«dig1:b»]: sasl_ssl://kafka-«dig1:b».kafka.wandb.svc:9093/«dig1:b»: SASL SCRAM client in state client-first-message
%7|17«dig8:t».«dig3:m»|SCRAMAUTH|rdkafka#producer-1| [thrd:sasl_ssl://kafka-«dig1:b».kafka.wandb.svc:9093/«dig1:b»]: Authenticated as wandb using SCRAM-SHA-512
%7|17«dig8:t».«dig3:m»|BROKERFAIL|rdkafka#producer-1| [thrd:main]: rd_kafka_broker_fail: clusterid «b64u22:c»
""")
N("librdkafka_conf_sasl_password_masked_dump", S_RDKAFKA, """
sasl.mechanisms = SCRAM-SHA-256
sasl.username = wandb-«lc4:u»
sasl.password = [redacted]
ssl.ca.location = /etc/ssl/certs/ca-«lc4:c».crt
client.id = rdkafka-«lc6:i»
""")
N("franz_go_debug_produce_partition_offsets", S_FRANZ, """
«TG» [DEBUG] wrote Produce v«dig1:v»; broker: «dig1:b», bytes_written: «dig4:w», write_wait: «dig3:x»µs, err: <nil>
«TG» [DEBUG] read Produce v«dig1:v»; broker: «dig1:b», bytes_read: «dig3:r», read_wait: «dig3:y»µs, err: <nil>
«TG» [DEBUG] produced; topic: wandb.run.updates, partition: «dig1:p», base_offset: «dig7:o», producer_id: «dig5:i», epoch: 0
""")
N("rpk_topic_describe_offsets_and_cleanup", S_RPK, """
SUMMARY
=======
NAME        wandb.filestream.events
PARTITIONS  «dig2:p»
REPLICAS    3

CONFIGS
=======
cleanup.policy   delete
retention.ms     «dig9:r»
""")
N("rpk_profile_sasl_password_env_reference", S_RPK, """
kafka_api:
    brokers:
        - redpanda-«dig1:n».redpanda.wandb.svc:9093
    sasl:
        user: wandb
        password: ${RPK_PASS}
        mechanism: SCRAM-SHA-256
# rpk profile «lc6:p»
""")
N("redpanda_console_sasl_password_filepath", S_RP_CONSOLE, """
kafka:
  brokers: ["redpanda-«dig1:n».redpanda.wandb.svc:9093"]
  sasl:
    enabled: true
    username: console-«lc4:u»
    passwordFilepath: /etc/console/secrets/kafka-password
    mechanism: SCRAM-SHA-256
""")
N("bufstream_yaml_data_source_env_var_and_path", S_BUFSTREAM, """
metadata:
  postgres:
    dsn:
      env_var: BUFSTREAM_POSTGRES_DSN
data:
  s3:
    bucket: wandb-bufstream-«lc6:b»
    secret_access_key:
      path: /config/secrets/s3-secret-«lc4:k»
""")
N("bufstream_helm_sasl_plain_credentials_secret_ref", S_BUF_SASL, """
kafka:
  authentication:
    sasl:
      plain:
        credentialsSecret: bufstream-sasl-«lc5:s»
      scram:
        adminCredentialsSecret: bufstream-scram-admin
""")
N("strimzi_kafkauser_spec_scram_no_password", S_STRIMZI, """
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata:
  name: wandb-«lc5:u»
  labels:
    strimzi.io/cluster: wandb
spec:
  authentication:
    type: scram-sha-512
    password:
      valueFrom:
        secretKeyRef: {name: wandb-kafka-pw, key: password}
""")
N("kafka_scram_credentials_describe_salted_iterations", S_KAFKA_CLI, """
$ bin/kafka-configs.sh --bootstrap-server kafka:9092 --describe --entity-type users --entity-name wandb-«lc4:u»
SCRAM credential configs for user-principal 'wandb-«lc4:u»' are SCRAM-SHA-256=iterations=«dig4:i», SCRAM-SHA-512=iterations=«dig4:j»
""")

# ---- Redis
N("redis_url_no_password_tls_db_index", S_REDIS_TLS, """
REDIS=rediss://redis-master.wandb-«lc5:n».svc:6380/«dig1:d»?tls=true&caCertPath=/etc/ssl/redis/ca.pem&ttlInSeconds=«dig6:t»
""")
N("redis_acl_list_hashed_with_nopass_default_off", S_REDIS_ACL, """
127.0.0.1:6379> ACL LIST
1) "user default off nopass sanitize-payload &* -@all"
2) "user weave-«lc4:u» on sanitize-payload ~weave:* resetchannels +@read +@write"
127.0.0.1:6379> ACL WHOAMI
"weave-«lc4:u»"
""")
N("redis_cli_askpass_prompt", S_REDIS_CLI, """
$ redis-cli --tls -h redis-master.wandb-«lc4:n».svc -p 6380 --user wandb --askpass
Please input password: ******
redis-master.wandb-«lc4:n».svc:6380> DBSIZE
(integer) «dig5:k»
""")
N("redis_sentinel_conf_run_id_and_known_replicas", S_REDIS_SENT, """
sentinel myid «hex40:m»
sentinel config-epoch mymaster «dig1:e»
sentinel leader-epoch mymaster «dig1:e»
sentinel known-replica mymaster 10.«dig2:a».«dig1:b».«dig2:c» 6379
sentinel known-sentinel mymaster 10.«dig2:a».«dig1:b».«dig2:d» 26379 «hex40:n»
""")
N("redis_info_replication_replid_offsets", S_REDIS_CLI, """
# Replication
role:master
connected_slaves:«dig1:s»
master_replid:«hex40:r»
master_replid2:0000000000000000000000000000000000000000
master_repl_offset:«dig8:o»
""")
N("bitnami_redis_values_existing_secret_key", S_BITNAMI_REDIS, """
auth:
  enabled: true
  sentinel: true
  existingSecret: wandb-redis-«lc5:s»
  existingSecretPasswordKey: redis-password
  usePasswordFiles: true
""")
N("redis_conf_requirepass_commented_and_aclfile_path", S_REDIS_ACL, """
# requirepass foobared
aclfile /etc/redis/users-«lc4:a».acl
tls-cert-file /etc/redis/tls/redis-«lc4:c».crt
tls-key-file /etc/redis/tls/redis-«lc4:c».key
tls-auth-clients optional
""")
N("go_redis_options_password_masked", S_REDIS_GO, """
«TG» cache: connected to redis addr=redis-«lc5:h».wandb.svc:6380 user=wandb password=****** db=«dig1:d» pool=«dig2:p»
""")

# ---- W&B Server / operator
N("wandb_env_mysql_password_file_and_bucket_no_keys", S_WB_ENV, """
MYSQL_HOST=mysql-«lc5:h».wandb.svc
MYSQL_USER=wandb_local
MYSQL_PASSWORD_FILE=/etc/wandb/secrets/mysql-password
BUCKET=s3://wandb-files-«lc6:b»
AWS_S3_KMS_ID=arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»
""")
N("weightsandbiases_cr_secret_refs_password_secret", S_WB_OP, """
spec:
  values:
    global:
      mysql:
        host: mysql-«lc5:h».wandb.svc
        passwordSecret:
          name: wandb-mysql
          passwordKey: MYSQL_PASSWORD
      licenseSecret:
        name: wandb-license-«lc4:l»
        key: license
""")
N("weightsandbiases_cr_status_resource_version_generation", S_WB_OP, """
metadata:
  generation: «dig2:g»
  resourceVersion: "«dig8:r»"
  uid: «uuid:u»
status:
  observedGeneration: «dig2:g»
  phase: Completed
  version: 0.«dig2:v».«dig1:p»
""")
N("wandb_operator_log_spec_hash_and_release", S_WB_OP, """
{"level":"info","ts":"«T»","logger":"controller.weightsandbiases","msg":"desired spec changed","name":"wandb","specHash":"«hex64:h»","chart":"operator-wandb","chartVersion":"0.«dig2:a».«dig1:b»"}
{"level":"info","ts":"«T»","logger":"controller.weightsandbiases","msg":"helm upgrade","release":"wandb","revision":«dig2:r»}
""")
N("wandb_helm_values_secret_names_only", S_WB_HELM, """
global:
  licenseSecret:
    name: wandb-license
    key: license
  bucket:
    secretName: wandb-bucket-«lc4:b»
    accessKeyName: ACCESS_KEY
    secretKeyName: SECRET_KEY
""")
N("wandb_sdk_api_key_env_from_secret", S_WB_SDK, """
        env:
        - name: WANDB_BASE_URL
          value: https://wandb-«lc4:h».example.com
        - name: WANDB_API_KEY
          valueFrom:
            secretKeyRef: {name: wandb-api-key, key: api_key}
""")
N("wandb_run_ids_artifact_digests_log", S_WB_SDK, """
wandb: Syncing run «lc8:r»
wandb: ⭐️ View project at https://wandb.example.com/ml/llm-evals
wandb: 🚀 View run at https://wandb.example.com/ml/llm-evals/runs/«lc8:r»
wandb: logged artifact model-«lc8:r»:v«dig1:v» digest «hex32:d»
""")
N("wandb_login_prompt_paste_api_key_no_value", S_WB_LOGIN, """
$ wandb login --host https://wandb-«lc4:h».example.com
wandb: Logging into wandb-«lc4:h».example.com. (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)
wandb: You can find your API key in your browser here: https://wandb-«lc4:h».example.com/authorize
wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:
""")

# ---- Vault
N("vault_agent_inject_annotations_paths_and_role", S_VAULT_INJ, """
  annotations:
    vault.hashicorp.com/agent-inject: "true"
    vault.hashicorp.com/role: "wandb-«lc4:r»"
    vault.hashicorp.com/agent-inject-secret-mysql: "database/creds/wandb-mysql"
    vault.hashicorp.com/agent-inject-secret-clickhouse: "secret/data/wandb/clickhouse-«lc4:c»"
    vault.hashicorp.com/agent-pre-populate-only: "true"
""")
N("vault_agent_inject_template_annotation_go_template", S_VAULT_INJ, """
    vault.hashicorp.com/agent-inject-template-mysql: |
      {{- with secret "database/creds/wandb-«lc4:r»" -}}
      MYSQL=mysql://{{ .Data.username }}:{{ .Data.password }}@mysql.wandb.svc:3306/wandb_local
      {{- end }}
""")
N("vault_token_lookup_accessor_and_policies", "https://developer.hashicorp.com/vault/docs/commands/token/lookup", """
$ vault token lookup -accessor «an24:a»
Key                 Value
---                 -----
accessor            «an24:a»
display_name        kubernetes-wandb-wandb-app
entity_id           «uuid:e»
policies            [default wandb-read]
ttl                 «dig2:t»m«dig2:s»s
""")
N("vault_lease_ids_and_request_ids_log", S_VAULT_AGENT, """
«T» [INFO]  agent: (runner) rendered "(dynamic)" => "/vault/secrets/mysql"
«T» [INFO]  agent.auth.handler: renewed auth token
«T» [DEBUG] agent.sink.file: token written: path=/home/vault/.vault-token
«T» [INFO]  agent: lease renewed: lease_id=database/creds/wandb-mysql/«an24:l» request_id=«uuid:q»
""")
N("vault_agent_config_auto_auth_kubernetes_role", S_VAULT_AGENT, """
auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes-«lc4:m»"
    config = {
      role = "wandb"
      token_path = "/var/run/secrets/kubernetes.io/serviceaccount/token"
    }
  }
  sink "file" { config = { path = "/home/vault/.vault-token" } }
}
""")
N("vault_status_unseal_progress_keys_shares", "https://developer.hashicorp.com/vault/docs/commands/status", """
Key                     Value
---                     -----
Seal Type               awskms
Recovery Seal           true
Initialized             true
Sealed                  false
Total Recovery Shares   5
Threshold               3
Cluster ID              «uuid:c»
HA Cluster              https://vault-«dig1:n».vault-internal:8201
""")
N("vault_kv_metadata_versions_no_data", "https://developer.hashicorp.com/vault/docs/commands/kv/metadata", """
$ vault kv metadata get secret/wandb/weave
======= Metadata Path =======
secret/metadata/wandb/weave
========== Metadata ==========
Key                     Value
---                     -----
created_time            «T»
current_version         «dig1:v»
""")

# ---- External Secrets
N("eso_externalsecret_remote_refs_only", S_ESO, """
spec:
  refreshInterval: 1h
  secretStoreRef: {kind: ClusterSecretStore, name: aws-sm-«lc4:s»}
  target: {name: wandb-mysql, creationPolicy: Owner}
  data:
  - secretKey: MYSQL_PASSWORD
    remoteRef:
      key: wandb/prod/mysql
      property: password
""")
N("eso_secretstore_vault_token_secret_ref", S_ESO_VAULT, """
spec:
  provider:
    vault:
      server: "https://vault.example.com:8200"
      path: "secret"
      version: "v2"
      auth:
        tokenSecretRef:
          name: vault-token-«lc4:t»
          key: token
""")
N("eso_secretstore_aws_irsa_jwt_service_account_ref", "https://external-secrets.io/latest/provider/aws-secrets-manager/", """
spec:
  provider:
    aws:
      service: SecretsManager
      region: us-east-1
      role: arn:aws:iam::«dig12:a»:role/wandb-eso
      auth:
        jwt:
          serviceAccountRef:
            name: external-secrets-«lc4:s»
""")
N("eso_controller_log_reconciled_data_hash", S_ESO, """
{"level":"info","ts":«TE»,"logger":"controllers.ExternalSecret","msg":"reconciled secret","ExternalSecret":{"name":"wandb-mysql","namespace":"wandb"},"resourceVersion":"«dig8:r»","dataHash":"«hex32:h»"}
""")
N("eso_controller_log_access_denied_no_value", S_ESO, """
{"level":"error","ts":«TE»,"logger":"controllers.ExternalSecret","msg":"error retrieving secret at .data[0], key: wandb/prod/mysql, err: AccessDeniedException: User: arn:aws:sts::«dig12:a»:assumed-role/wandb-eso/«dig19:s» is not authorized to perform: secretsmanager:GetSecretValue","ExternalSecret":{"name":"wandb-mysql","namespace":"wandb"}}
""")
N("eso_externalsecret_status_conditions_synced", S_ESO, """
status:
  binding:
    name: wandb-mysql
  conditions:
  - lastTransitionTime: "«T»"
    message: Secret was synced
    reason: SecretSynced
    status: "True"
    type: Ready
  refreshTime: "«T»"
  syncedResourceVersion: 1-«hex32:h»
""")
N("eso_webhook_provider_header_templated_from_secret", S_ESO_WEBHOOK, """
      headers:
        Content-Type: application/json
        Authorization: "Bearer {{ .auth.token }}"
      secrets:
      - name: auth
        secretRef:
          name: webhook-credentials-«lc4:w»
""")
N("eso_password_generator_spec_settings", "https://external-secrets.io/latest/api/generator/password/", """
apiVersion: generators.external-secrets.io/v1alpha1
kind: Password
metadata:
  name: wandb-pw-«lc4:g»
spec:
  length: «dig2:l»
  digits: 5
  symbols: 2
  symbolCharacters: "-_$@"
  noUpper: false
  allowRepeat: true
""")

# ---- CSI
N("csi_secretproviderclass_azure_objects_refs", S_CSI_AZ, """
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    clientID: "«uuid:c»"
    keyvaultName: wandb-kv-«lc5:k»
    tenantId: "«uuid:t»"
    objects: |
      array:
        - |
          objectName: clickhouse-password
          objectType: secret
""")
N("csi_secretproviderclass_aws_objects_jmespath", S_CSI_AWS, """
  parameters:
    objects: |
      - objectName: "arn:aws:secretsmanager:us-east-1:«dig12:a»:secret:wandb/prod/mysql-«an6:s»"
        jmesPath:
          - path: password
            objectAlias: mysql-password
          - path: username
            objectAlias: mysql-username
""")
N("csi_volume_node_publish_secret_ref", S_CSI, """
      volumes:
      - name: secrets-store-inline
        csi:
          driver: secrets-store.csi.k8s.io
          readOnly: true
          volumeAttributes:
            secretProviderClass: wandb-«lc5:s»
          nodePublishSecretRef:
            name: secrets-store-creds
""")
N("csi_driver_log_mount_request_ids", S_CSI, """
I«dig4:d» «hh:h»:«mm:m»:«mm:s».«dig6:u»       1 nodeserver.go:«dig3:l»] "node publish volume complete" targetPath="/var/lib/kubelet/pods/«uuid:p»/volumes/kubernetes.io~csi/secrets-store-inline/mount" pod="wandb/wandb-weave-trace-«lc5:x»" time="«dig3:t».«dig6:v»ms"
""")
N("csi_secretproviderclasspodstatus_object_versions", S_CSI, """
status:
  mounted: true
  objects:
  - id: secret/clickhouse-password
    version: «hex32:v»
  - id: secret/openai-key
    version: «hex32:w»
  podName: wandb-weave-trace-«lc10:a»-«lc5:b»
""")

# ---- workload identity
N("irsa_env_web_identity_token_file_and_role_arn", S_IRSA, """
    Environment:
      AWS_STS_REGIONAL_ENDPOINTS:   regional
      AWS_DEFAULT_REGION:           us-east-1
      AWS_ROLE_ARN:                 arn:aws:iam::«dig12:a»:role/wandb-irsa-«lc4:r»
      AWS_WEB_IDENTITY_TOKEN_FILE:  /var/run/secrets/eks.amazonaws.com/serviceaccount/token
""")
N("irsa_service_account_role_arn_annotation", S_IRSA, """
apiVersion: v1
kind: ServiceAccount
metadata:
  name: wandb-app
  namespace: wandb
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::«dig12:a»:role/wandb-«lc6:r»
    eks.amazonaws.com/token-expiration: "86400"
""")
N("aws_sts_get_caller_identity_json", S_STS, """
$ aws sts get-caller-identity
{
    "UserId": "AROA«uc17:r»:botocore-session-«dig10:s»",
    "Account": "«dig12:a»",
    "Arn": "arn:aws:sts::«dig12:a»:assumed-role/wandb-irsa/botocore-session-«dig10:s»"
}
""")
N("aws_sts_response_metadata_request_id_only", S_STS, """
  <ResponseMetadata>
    <RequestId>«uuid:r»</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>
""")
N("eks_pod_identity_env_full_uri_and_token_file", S_EKS_POD_ID, """
      AWS_CONTAINER_CREDENTIALS_FULL_URI:  http://169.254.170.23/v1/credentials
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token
      AWS_ROLE_ARN: arn:aws:iam::«dig12:a»:role/wandb-pod-«lc4:r»
""")
N("gke_ksa_annotation_gcp_service_account", S_GKE_MD, """
metadata:
  name: wandb-app
  namespace: wandb
  annotations:
    iam.gke.io/gcp-service-account: wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com
""")
N("gke_metadata_email_and_scopes_responses", S_GCP_MD, """
$ curl -s -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/email
wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com
$ curl -s -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/scopes
https://www.googleapis.com/auth/cloud-platform
""")
N("gcp_credential_config_external_account_file_source", S_GCP_STS, """
{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/«dig12:n»/locations/global/workloadIdentityPools/wandb-«lc4:p»/providers/eks",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token"}
}
""")
N("azure_workload_identity_env_and_annotations", S_AZ_WI, """
    Environment:
      AZURE_CLIENT_ID:             «uuid:c»
      AZURE_TENANT_ID:             «uuid:t»
      AZURE_FEDERATED_TOKEN_FILE:  /var/run/secrets/azure/tokens/azure-identity-token
      AZURE_AUTHORITY_HOST:        https://login.microsoftonline.com/
""")
N("azure_sa_annotation_client_id_label_use", S_AZ_WI, """
metadata:
  name: wandb-app
  annotations:
    azure.workload.identity/client-id: «uuid:c»
    azure.workload.identity/tenant-id: «uuid:t»
  labels:
    azure.workload.identity/use: "true"
""")
N("msal_token_cache_account_entry_no_secret", S_MSAL, """
  "Account": {
    "«uuid:o».«uuid:t»-login.microsoftonline.com-«uuid:t»": {
      "home_account_id": "«uuid:o».«uuid:t»",
      "environment": "login.microsoftonline.com",
      "realm": "«uuid:t»",
      "local_account_id": "«uuid:o»",
      "username": "svc-wandb@example.com",
      "authority_type": "MSSTS"
    }
  },
""")
N("az_account_show_json_ids", S_AZ_TOKEN, """
{
  "environmentName": "AzureCloud",
  "homeTenantId": "«uuid:t»",
  "id": "«uuid:s»",
  "isDefault": true,
  "name": "wandb-prod-«lc4:n»",
  "state": "Enabled",
  "tenantId": "«uuid:t»",
  "user": {"name": "«uuid:c»", "type": "servicePrincipal"}
}
""")

# ---- Gateway API
N("gateway_listener_certificate_refs_tls_mode", S_GW_TLS, """
  listeners:
  - name: https
    protocol: HTTPS
    port: 443
    hostname: wandb-«lc4:h».example.com
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        name: wandb-gateway-tls-«lc4:c»
""")
N("gateway_httproute_header_match_and_request_id", S_GW_ROUTE, """
  rules:
  - matches:
    - headers:
      - name: X-Wandb-Route
        value: weave-«lc6:r»
    filters:
    - type: RequestHeaderModifier
      requestHeaderModifier:
        set:
        - {name: X-Request-Id, value: "«uuid:q»"}
""")
N("gateway_tls_secret_describe_bytes_and_cert_sha", S_K8S_TLS, """
Name:         wandb-gateway-tls
Type:  kubernetes.io/tls

Data
====
tls.crt:  «dig4:c» bytes
tls.key:  «dig3:k» bytes
# cert sha256 fingerprint: «hex64:f»
""")
N("gateway_status_conditions_resource_version", S_GW_ROUTE, """
status:
  parents:
  - conditions:
    - lastTransitionTime: "«T»"
      message: Route is accepted
      observedGeneration: «dig1:g»
      reason: Accepted
      status: "True"
      type: Accepted
    controllerName: gateway.envoyproxy.io/gatewayclass-controller
""")
N("envoy_gateway_securitypolicy_basic_auth_users_ref", S_ENVOY_GW, """
apiVersion: gateway.envoyproxy.io/v1alpha1
kind: SecurityPolicy
metadata:
  name: weave-basic-auth-«lc4:p»
spec:
  targetRefs:
  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: weave}
  basicAuth:
    users:
      name: weave-basic-auth
""")
N("tls_secret_tls_crt_only_public_cert_b64", S_K8S_TLS, """
apiVersion: v1
kind: ConfigMap
metadata:
  name: wandb-ca-bundle
data:
  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU«b64s60:c»
""")

# ---- OpenTelemetry
N("otelcol_exporter_headers_env_expansion", S_OTEL_OTLP, """
exporters:
  otlphttp/grafana:
    endpoint: https://otlp-gateway-prod-«@us-east-0|eu-west-2».grafana.net/otlp
    headers:
      Authorization: "Basic ${env:GRAFANA_CLOUD_OTLP_AUTH}"
    sending_queue:
      queue_size: «dig4:q»
""")
N("otelcol_bearertokenauth_filename_reference", S_OTEL_BEARER, """
extensions:
  bearertokenauth/k8s:
    scheme: "Bearer"
    filename: "/var/run/secrets/kubernetes.io/serviceaccount/token"
  health_check:
    endpoint: 0.0.0.0:«dig5:p»
""")
N("otelcol_basicauth_htpasswd_file_ref", S_OTEL_BASIC, """
extensions:
  basicauth/server:
    htpasswd:
      file: /etc/otelcol/htpasswd-«lc4:f»
receivers:
  otlp:
    protocols:
      http:
        auth:
          authenticator: basicauth/server
""")
N("otelcol_headers_setter_from_context", "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/headerssetterextension", """
extensions:
  headers_setter:
    headers:
      - action: upsert
        key: X-Scope-OrgID
        from_context: tenant_id
      - action: upsert
        key: X-Wandb-Shard
        value: shard-«dig2:s»
""")
N("otelcol_debugexporter_detailed_span_trace_parent_ids", "https://github.com/open-telemetry/opentelemetry-collector/tree/main/exporter/debugexporter", """
Span #«dig1:n»
    Trace ID       : «hex32:t»
    Parent ID      : «hex16:p»
    ID             : «hex16:s»
    Name           : weave.calls_query_stream
    Kind           : Server
    Start time     : «TS»
""")
N("otel_headers_env_var_names_without_values", S_OTEL_ENV, """
$ env | grep -o '^OTEL_[A-Z_]*' | sort
OTEL_EXPORTER_OTLP_ENDPOINT
OTEL_EXPORTER_OTLP_HEADERS
OTEL_EXPORTER_OTLP_PROTOCOL
OTEL_RESOURCE_ATTRIBUTES
OTEL_SERVICE_NAME
# pod wandb-weave-trace-«lc5:p»
""")
N("otelcol_datadog_api_key_placeholder", S_OTEL_DD, """
exporters:
  datadog:
    api:
      site: «@datadoghq.com|datadoghq.eu|us5.datadoghq.com»
      key: <your-datadog-api-key>
    hostname: wandb-otel-«lc5:h»
    host_metadata:
      hostname_source: config_or_system
""")
N("w3c_traceparent_header_log_line", "https://www.w3.org/TR/trace-context/#traceparent-header", """
«TS» INFO weave.trace_server.middleware request method=POST path=/calls/stream_query status=200 traceparent=00-«hex32:t»-«hex16:s»-01 x-request-id=«uuid:r» elapsed_ms=«dig3:e»
""")

# ---- Prometheus / Agent / Alloy / Grafana
N("prometheus_basic_auth_password_file", S_PROM_CFG, """
  - job_name: clickhouse-«lc4:j»
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/clickhouse-password
    static_configs:
      - targets: ["chi-wandb-weave-0-0.clickhouse.svc:9363"]
""")
N("prometheus_authorization_credentials_file_and_bearer_file", S_PROM_CFG, """
remote_write:
  - url: https://prometheus-prod-«dig2:a»-prod-us-east-0.grafana.net/api/prom/push
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/grafana-cloud-token
  - url: https://thanos-receive.monitoring.svc:19291/api/v1/receive
    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token
""")
N("prometheus_status_config_api_secret_masked", S_PROM_CFG, """
$ curl -s http://prometheus.monitoring.svc:9090/api/v1/status/config | jq -r .data.yaml | grep -A3 basic_auth
  basic_auth:
    username: prometheus-«lc4:u»
    password: <secret>
  follow_redirects: true
""")
N("prometheus_scrape_targets_labels_hashes", S_PROM_CFG, """
{"discoveredLabels":{"__address__":"10.«dig2:a».«dig1:b».«dig2:c»:9363","__meta_kubernetes_pod_uid":"«uuid:u»"},"labels":{"instance":"chi-wandb-weave-0-0:9363","job":"clickhouse"},"scrapePool":"clickhouse","scrapeUrl":"http://10.«dig2:a».«dig1:b».«dig2:c»:9363/metrics","globalUrl":"http://chi-wandb-weave-0-0:9363/metrics","lastError":"","health":"up","scrapeInterval":"30s"}
""")
N("alloy_remote_write_sys_env_and_local_file", S_ALLOY_RW, """
local.file "grafana_token" {
  filename  = "/var/run/secrets/grafana/token-«lc4:t»"
}
prometheus.remote_write "default" {
  endpoint {
    url = "https://prometheus-prod-«dig2:a»-prod-eu-west-2.grafana.net/api/prom/push"
    basic_auth {
      username = sys.env("GRAFANA_CLOUD_USER")
      password = local.file.grafana_token.content
    }
  }
}
""")
N("alloy_remote_kubernetes_secret_component_ref", "https://grafana.com/docs/alloy/latest/reference/components/remote/remote.kubernetes.secret/", """
remote.kubernetes.secret "credentials" {
  namespace = "monitoring"
  name      = "grafana-cloud-«lc4:s»"
}
otelcol.auth.basic "cloud" {
  username = remote.kubernetes.secret.credentials.data["username"]
  password = remote.kubernetes.secret.credentials.data["password"]
}
""")
N("alloy_ui_component_debug_secret_hidden", S_ALLOY_RW, """
prometheus.remote_write.default  (healthy, updated «TS»)
  endpoint.url              = "https://prometheus-prod-«dig2:a»-prod-eu-west-2.grafana.net/api/prom/push"
  endpoint.basic_auth.username = "«dig7:u»"
  endpoint.basic_auth.password = (secret)
  exports.receiver          = prometheus.Interceptor
""")
N("grafana_agent_remote_write_password_file", S_GAGENT, """
metrics:
  configs:
    - name: wandb-«lc4:c»
      remote_write:
        - url: https://prometheus-us-central1.grafana.net/api/prom/push
          basic_auth:
            username: «dig6:u»
            password_file: /var/lib/grafana-agent/rw-password
""")
N("grafana_datasource_securejsondata_env_expansion", S_GRAFANA_DS, """
datasources:
  - name: Weave ClickHouse «@prod|staging»
    type: grafana-clickhouse-datasource
    uid: «an9:u»
    jsonData:
      host: clickhouse.weave.svc
      username: grafana
    secureJsonData:
      password: $CLICKHOUSE_GRAFANA_PASSWORD
""")
N("grafana_ini_admin_password_dollar_file_and_env_providers", S_GRAFANA_INI, """
[security]
admin_user = admin
admin_password = $__file{/etc/secrets/grafana-admin-password}
secret_key = $__env{GF_SECRET_KEY}
login_maximum_inactive_lifetime_duration = «dig1:d»d
data_source_proxy_whitelist = clickhouse-«lc4:h».weave.svc:8123
""")
N("redis_exporter_password_file_flag", S_REDIS_EXP, """
        args:
        - --redis.addr=rediss://redis-master.wandb-«lc4:n».svc:6380
        - --redis.user=exporter
        - --redis.password-file=/etc/redis-exporter/password-map.json
        - --skip-tls-verification=false
""")
N("grafana_dashboard_json_uid_and_version", S_GRAFANA_DS, """
{"dashboard": {"uid": "«an14:u»", "title": "W&B Weave ClickHouse", "version": «dig2:v», "id": «dig3:i»}, "meta": {"slug": "w-and-b-weave-clickhouse", "folderUid": "«an14:f»", "created": "«T»", "updatedBy": "admin"}}
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
