#!/usr/bin/env python3
"""holdout43: sealed held-out set for the wbdiag secret redactor.

Focus: messaging, streaming and job-queue credentials (Kafka, RabbitMQ, NATS,
Redis Sentinel/Cluster, Memcached, Celery & co, Pulsar, MQTT, SQS/SNS, Pub/Sub,
Service Bus / Event Hubs, KEDA, Temporal / Prefect / Dagster).
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed)
  «@a|b|c»         choice (the same list gives the same pick within a record)
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
  ⏎ -> CR, ␛ -> ESC, ⇥ -> TAB
KIND: an<n> alnum, lc<n> lowercase+digits, uc<n> upper+digits, al<n> letters,
      hex<n>, dig<n> (no leading 0), b64u<n> url-safe base64 chars, b64s<n> std base64 chars,
      pw<n> password (letters, digits, -_.!~+*; starts/ends alnum), uuid,
      b32<n> base32 (A-Z2-7, nkey bodies), up<n> uppercase letters (Erlang cookie),
      jwths / jwtrs / jwtes (Pulsar HS256, RS256, Temporal-style ES256 tokens),
      natsjwt (NATS user JWT, public). A listed JWT lists payload.signature only.
Extra transforms: b64 arg may hold {} (the value is put there, e.g. a JAAS
string); basic arg "=KIND:id" takes the user name from another value.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import urllib.parse

SEED = 4343_2026
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
B32 = string.ascii_uppercase + "234567"
UP = string.ascii_uppercase


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def make_jwt(kind):
    iat = rng.randint(1704067200, 1760000000)
    if kind == "jwths":
        hdr = {"alg": "HS256"}
        pl = {"sub": rng.choice(["wandb", "ingest", "trainer", "etl", "eval"]) + "-" + rs(LC, 6)}
        sig = rs(B64U, 43)
    elif kind == "jwtrs":
        hdr = {"alg": "RS256"}
        pl = {"sub": rng.choice(["pipeline", "worker", "admin", "consumer"]) + "-" + rs(LC, 5)}
        sig = rs(B64U, 342)
    elif kind == "jwtes":
        hdr = {"alg": "ES256", "kid": rs(AN, 6)}
        pl = {"account_id": rs(LC, 5), "aud": ["temporal.io"], "exp": iat + 7776000,
              "iss": "temporal.io", "jti": rs(AN, 32), "key_id": rs(AN, 32), "sub": rs(HEX, 32)}
        sig = rs(B64U, 86)
    else:  # natsjwt (public part of a creds file)
        hdr = {"typ": "JWT", "alg": "ed25519-nkey"}
        pl = {"jti": rs(B32, 52), "iat": iat, "iss": "A" + rs(B32, 55),
              "name": rng.choice(["wandb-worker", "ingest", "launch-agent"]), "sub": "U" + rs(B32, 55),
              "nats": {"pub": {}, "sub": {}, "subs": -1, "data": -1, "payload": -1,
                       "type": "user", "version": 2}}
        sig = rs(B64U, 86)
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())
    return enc(hdr) + "." + enc(pl) + "." + sig


def draw(kind):
    m = re.fullmatch(r"([a-z0-9]+?)(\d+)?", kind)
    if kind == "uuid":
        h = "".join(rng.choice(HEX) for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    if kind.startswith("jwt") or kind == "natsjwt":
        return make_jwt(kind)
    m = re.fullmatch(r"(b64u|b64s|b32)(\d+)", kind)
    if not m:
        m = re.fullmatch(r"([a-z]+[a-z])(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
             "b64u": B64U, "b64s": B64S, "b32": B32, "up": UP}[name]
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
        if body.startswith("@"):  # the same choice list picks the same value within a record
            if ("@", body) not in vals:
                vals[("@", body)] = rng.choice(body[1:].split("|"))
            return vals[("@", body)]
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
                secrets.append(v.split(".", 1)[1] if kind.startswith("jwt") else v)
            return v
        tname, _, arg = tr.partition(":")
        if tname == "pct":
            out = urllib.parse.quote(v, safe="")
            listed = out
        elif tname == "b64":
            raw = arg.replace("{}", v) if "{}" in arg else arg + v
            out = base64.b64encode(raw.encode()).decode()
            listed = out.rstrip("=")
        elif tname == "basic":
            if arg.startswith("="):
                rk, _, rid = arg[1:].partition(":")
                if (rk, rid) not in vals:
                    vals[(rk, rid)] = draw(rk)
                arg = vals[(rk, rid)]
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


POS = []   # (name, source, new_kind, template)
NEG = []


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))

# ---------------------------------------------------------------- sources
K_PLAIN = "https://kafka.apache.org/documentation/#security_sasl_plain_clientconfig"
K_SCRAM = "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig"
K_SSL = "https://kafka.apache.org/documentation/#security_configclients"
K_CONNECT = "https://kafka.apache.org/documentation/#connect_running"
K_TOOLS = "https://kafka.apache.org/documentation/#basic_ops_consumer_group"
CC_CLIENT = "https://docs.confluent.io/cloud/current/client-apps/config-client.html"
CC_APIKEY = "https://docs.confluent.io/confluent-cli/current/command-reference/api-key/confluent_api-key_create.html"
CC_STORE = "https://docs.confluent.io/confluent-cli/current/command-reference/api-key/confluent_api-key_store.html"
CC_REST = "https://docs.confluent.io/cloud/current/api.html#section/Authentication"
SR = "https://docs.confluent.io/platform/current/schema-registry/security/index.html"
SR_PY = "https://docs.confluent.io/platform/current/clients/confluent-kafka-python/html/index.html#schemaregistryclient"
STRIMZI = "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaUser-reference"
STRIMZI_CLIENT = "https://strimzi.io/docs/operators/latest/deploying.html#con-securing-client-authentication-str"
KCAT = "https://github.com/edenhill/kcat#examples"
LIBRD = "https://github.com/confluentinc/librdkafka/blob/master/CONFIGURATION.md"
LIBRD_ISSUE = "https://github.com/confluentinc/librdkafka/issues/982"
CKPY = "https://docs.confluent.io/platform/current/clients/confluent-kafka-python/html/index.html"
KAFKAPY = "https://kafka-python.readthedocs.io/en/master/apidoc/KafkaProducer.html"
AIOKAFKA = "https://aiokafka.readthedocs.io/en/stable/api.html#aiokafka.AIOKafkaProducer"
SARAMA = "https://pkg.go.dev/github.com/IBM/sarama#Config"
KAFKAJS = "https://kafka.js.org/docs/configuration#sasl"
SPRINGK = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
KAFKAUI = "https://docs.kafka-ui.provectus.io/configuration/authentication/sasl_scram"
AKHQ = "https://akhq.io/docs/configuration/brokers.html"
KAFDROP = "https://github.com/obsidiandynamics/kafdrop#connecting-to-a-secure-broker"
FLINK = "https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/table/kafka/#security"
BENTHOS = "https://docs.redpanda.com/redpanda-connect/components/outputs/kafka_franz/"
FLUENTBIT_K = "https://docs.fluentbit.io/manual/pipeline/outputs/kafka"
LOGSTASH_K = "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-kafka.html"
RPK = "https://docs.redpanda.com/current/reference/rpk/rpk-x-options/"
EH_KAFKA = "https://learn.microsoft.com/en-us/azure/event-hubs/azure-event-hubs-kafka-overview"
RMQ_URI = "https://www.rabbitmq.com/docs/uri-spec"
RMQ_DEF = "https://www.rabbitmq.com/docs/definitions"
RMQ_CTL = "https://www.rabbitmq.com/docs/man/rabbitmqctl.8"
RMQ_API = "https://www.rabbitmq.com/docs/management#http-api"
RMQ_COOKIE = "https://www.rabbitmq.com/docs/clustering#erlang-cookie"
RMQ_FED = "https://www.rabbitmq.com/docs/federation-reference"
RMQ_SHOVEL = "https://www.rabbitmq.com/docs/shovel-dynamic"
RMQ_OP = "https://www.rabbitmq.com/kubernetes/operator/using-operator#default-user"
RMQ_LDAP = "https://www.rabbitmq.com/docs/ldap"
RMQ_CONF = "https://www.rabbitmq.com/docs/configure#config-file"
RMQ_DOCKER = "https://hub.docker.com/_/rabbitmq"
PIKA = "https://pika.readthedocs.io/en/stable/modules/parameters.html"
AIOPIKA = "https://docs.aio-pika.com/apidoc.html#aio_pika.connect_robust"
NATS_JWT = "https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/jwt"
NATS_CREDS = "https://docs.nats.io/using-nats/developer/connecting/creds"
NATS_NKEY = "https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth"
NATS_CTX = "https://docs.nats.io/using-nats/nats-tools/nats_cli#configuration-contexts"
NATS_PY = "https://nats-io.github.io/nats.py/modules.html#nats.aio.client.Client.connect"
NSC = "https://docs.nats.io/using-nats/nats-tools/nsc/basics"
NATS_HELM = "https://github.com/nats-io/k8s/tree/main/helm/charts/nats"
REDIS_SENT = "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/"
REDIS_ACL = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"
REDIS_CLUSTER = "https://redis.io/docs/latest/operate/oss_and_stack/management/scaling/"
REDISCLI = "https://redis.io/docs/latest/develop/tools/cli/"
REDIS_CONF = "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf"
REDIS_MONITOR = "https://redis.io/docs/latest/commands/monitor/"
GOREDIS = "https://redis.uptrace.dev/guide/go-redis-sentinel.html"
IOREDIS = "https://github.com/redis/ioredis#sentinel"
MEMC_SASL = "https://github.com/memcached/memcached/wiki/SASLHowto"
MEMC_AUTHFILE = "https://github.com/memcached/memcached/wiki/ReleaseNotes1515"
PYLIBMC = "https://sendapatch.se/projects/pylibmc/reference.html"
DJANGO_CACHE = "https://docs.djangoproject.com/en/stable/topics/cache/#memcached"
MEMCACHIER = "https://devcenter.heroku.com/articles/memcachier#environment-variables"
CELERY_CONF = "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url"
CELERY_SQS = "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/sqs.html"
CELERY_REDIS = "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html"
CELERY_WORKER = "https://docs.celeryq.dev/en/stable/userguide/workers.html"
KOMBU = "https://docs.celeryq.dev/projects/kombu/en/stable/userguide/connections.html"
FLOWER = "https://flower.readthedocs.io/en/latest/auth.html"
RQ = "https://python-rq.org/docs/workers/"
RQDASH = "https://github.com/Parallels/rq-dashboard#configuring"
DRAMATIQ = "https://dramatiq.io/reference.html#brokers"
DJ_DRAMATIQ = "https://github.com/Bogdanp/django_dramatiq#installation"
SIDEKIQ = "https://github.com/sidekiq/sidekiq/wiki/Using-Redis"
SIDEKIQ_ENT = "https://github.com/sidekiq/sidekiq/wiki/Commercial-FAQ"
SIDEKIQ_WEB = "https://github.com/sidekiq/sidekiq/wiki/Monitoring#authentication"
HUEY = "https://huey.readthedocs.io/en/latest/api.html#RedisHuey"
ASYNQ = "https://github.com/hibiken/asynq/wiki/Getting-Started"
TASKIQ = "https://taskiq-python.github.io/available-components/brokers.html"
BULLMQ = "https://docs.bullmq.io/guide/connections"
PULSAR_TOKEN = "https://pulsar.apache.org/docs/security-jwt/"
PULSAR_ADMIN = "https://pulsar.apache.org/docs/admin-api-overview/"
PULSAR_PY = "https://pulsar.apache.org/docs/client-libraries-python-use/"
PULSAR_HELM = "https://github.com/apache/pulsar-helm-chart"
MOSQ_CONF = "https://mosquitto.org/man/mosquitto-conf-5.html"
MOSQ_PUB = "https://mosquitto.org/man/mosquitto_pub-1.html"
MOSQ_PASSWD = "https://mosquitto.org/man/mosquitto_passwd-1.html"
PAHO = "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html"
EMQX = "https://docs.emqx.com/en/emqx/latest/admin/api.html"
SQS_CLI = "https://docs.aws.amazon.com/cli/latest/reference/sqs/"
AWS_ENV = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html"
SNS = "https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html"
PUBSUB_PUSH = "https://cloud.google.com/pubsub/docs/push"
PUBSUB_EMU = "https://cloud.google.com/pubsub/docs/emulator"
GCP_SA = "https://cloud.google.com/iam/docs/keys-create-delete"
ASB_CONN = "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-python-how-to-use-queues"
ASB_SAS = "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas"
AZ_SB_CLI = "https://learn.microsoft.com/en-us/cli/azure/servicebus/namespace/authorization-rule/keys"
EH_CONN = "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-get-connection-string"
AZ_FUNC = "https://learn.microsoft.com/en-us/azure/azure-functions/functions-bindings-service-bus"
KEDA_RMQ = "https://keda.sh/docs/latest/scalers/rabbitmq-queue/"
KEDA_KAFKA = "https://keda.sh/docs/latest/scalers/apache-kafka/"
KEDA_ASB = "https://keda.sh/docs/latest/scalers/azure-service-bus/"
KEDA_REDIS = "https://keda.sh/docs/latest/scalers/redis-lists/"
KEDA_TA = "https://keda.sh/docs/latest/concepts/authentication/"
TEMPORAL_KEY = "https://docs.temporal.io/cloud/api-keys"
TEMPORAL_CLI = "https://docs.temporal.io/cli/env"
TEMPORAL_SQL = "https://docs.temporal.io/self-hosted-guide/visibility"
PREFECT_KEY = "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys"
PREFECT_AUTH = "https://docs.prefect.io/v3/advanced/security-settings"
PREFECT_SETTINGS = "https://docs.prefect.io/v3/develop/settings-ref"
DAGSTER_AGENT = "https://docs.dagster.io/dagster-plus/deployment/deployment-types/hybrid/kubernetes/setup"
DAGSTER_ENV = "https://docs.dagster.io/guides/deploy/using-environment-variables-and-secrets"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
DOCKER_JSONLOG = "https://docs.docker.com/engine/logging/drivers/json-file/"
FLUENTBIT = "https://docs.fluentbit.io/manual/pipeline/outputs/standard-output"
HELM_VALUES = "https://helm.sh/docs/helm/helm_get_values/"

# ================================================================ POSITIVES
# ---- Kafka: JAAS, properties, client libraries
P("kafka_client_props_plain_jaas_crlf_windows", K_PLAIN, r"""
bootstrap.servers=«@kafka-0.kafka.svc:9093|10.4.7.21:9093|broker-1.example.net:9093»⏎
security.protocol=SASL_SSL⏎
sasl.mechanism=PLAIN⏎
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«@wandb-runs|ingest|metrics-writer»" password="«!pw20:p»";⏎
""")
P("kafka_jaas_file_kafkaclient_block_scram256", K_SCRAM, r"""
// /etc/kafka/client_jaas.conf
KafkaClient {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="«@artifact-sync|trainer|audit»"
    password="«!pw22:p»";
};
""")
P("kafka_server_jaas_user_entries_plain_two_users", K_PLAIN, r"""
KafkaServer {
   org.apache.kafka.common.security.plain.PlainLoginModule required
   username="admin"
   password="«!pw18:a»"
   user_admin="«!pw18:a»"
   user_«@wandb|ingest|runner»="«!pw18:b»";
};
""")
P("kafka_ssl_keystore_key_password_commented_old", K_SSL, r"""
security.protocol=SSL
ssl.keystore.location=/etc/kafka/secrets/client.keystore.jks
ssl.keystore.password=«!pw16:k»
ssl.key.password=«!pw16:kk»
# ssl.truststore.password=«!pw14:t»   (rotated «@2024-03|2024-11|2025-02»)
ssl.truststore.location=/etc/kafka/secrets/client.truststore.jks
""")
P("confluent_cloud_client_props_api_key_secret", CC_CLIENT, r"""
# Required connection configs for Kafka producer, consumer, and admin
bootstrap.servers=pkc-«lc5:c».«@us-east-1.aws|europe-west1.gcp|eastus2.azure».confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=«uc16:k»
sasl.password=«!b64s64:s»
session.timeout.ms=45000
""")
P("confluent_api_key_create_human_table", CC_APIKEY, r"""
$ confluent api-key create --resource lkc-«lc5:c»
It may take a couple of minutes for the API key to be ready.
Save the API key and secret. The secret is not retrievable later.
+------------+------------------------------------------------------------------+
| API Key    | «uc16:k»                                                 |
| API Secret | «!b64s64:s» |
+------------+------------------------------------------------------------------+
""")
P("confluent_api_key_create_json_output", CC_APIKEY, r"""
$ confluent api-key create --resource lsrc-«lc5:c» --description "wandb schema reader" -o json
{
  "api_key": "«uc16:k»",
  "api_secret": "«!b64s64:s»"
}
""")
P("confluent_api_key_store_shell_history", CC_STORE, r"""
  «dig3:n»  confluent environment use env-«lc5:e»
  «dig3:m»  confluent api-key store «uc16:k» «!b64s64:s» --resource lkc-«lc5:c»
  «dig3:o»  confluent api-key use «uc16:k»
""")
P("confluent_cloud_rest_basic_header_curl_v", CC_REST, r"""
> GET /iam/v2/service-accounts HTTP/2
> Host: api.confluent.cloud
> authorization: Basic «!b64s64:s|basic:=uc16:k»
> user-agent: curl/8.5.0
> accept: */*
>
< HTTP/2 200
""")
P("schema_registry_user_info_client_props", SR, r"""
schema.registry.url=https://psrc-«lc5:c».us-east-2.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=«uc16:k»:«!b64s64:s»
""")
P("schema_registry_python_client_conf_dict_repr", SR_PY, r"""
«TL» DEBUG [feature_store.avro] schema registry conf: {'url': 'https://psrc-«lc5:c».europe-west3.gcp.confluent.cloud', 'basic.auth.user.info': '«uc16:k»:«!b64s64:s»'}
""")
P("schema_registry_curl_u_subjects", SR, r"""
$ curl -s -u "«@sr-reader|registry|wandb»:«!pw20:p»" https://schema-registry.«@example.com|example.net|example.org»:8081/subjects | jq .
[
  "wandb-run-events-value",
  "artifact-manifest-value"
]
""")
P("schema_registry_basic_header_access_log", SR, r"""
10.«dig2:a».«dig1:b».«dig2:c» - - [«TG»] "GET /schemas/ids/«dig3:i» HTTP/1.1" 200 812 "-" "Java/17.0.9" auth="Basic «!pw18:p|basic:sr-client»"
""")
P("strimzi_kafkauser_secret_data_password_and_jaas", STRIMZI, r"""
apiVersion: v1
kind: Secret
metadata:
  name: wandb-writer
  labels:
    strimzi.io/kind: KafkaUser
    strimzi.io/cluster: «@my-cluster|ml-events|wandb-kafka»
type: Opaque
data:
  password: «!pw24:p|b64:»
  sasl.jaas.config: «!pw24:p|b64:org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb-writer" password="{}";»
""", new=True)
P("strimzi_kafkauser_secret_jsonpath_decoded", STRIMZI, r"""
$ kubectl get secret «@trainer-user|ingest-user|sweep-user» -n kafka -o jsonpath='{.data.password}' | base64 -d
«!an32:p»
$ kubectl get secret «@trainer-user|ingest-user|sweep-user» -n kafka -o jsonpath='{.data.sasl\.jaas\.config}' | base64 -d
org.apache.kafka.common.security.scram.ScramLoginModule required username="svc" password="«!an32:p»";
""", new=True)
P("strimzi_kafkauser_custom_password_secret_stringdata", STRIMZI, r"""
apiVersion: v1
kind: Secret
metadata:
  name: wandb-kafka-user-password
  namespace: «@kafka|streaming|wandb»
stringData:
  password: "«!pw26:p»"
---
# referenced from KafkaUser spec.authentication.password.valueFrom.secretKeyRef
""", new=True)
P("strimzi_kafkaconnect_pod_env_describe", STRIMZI_CLIENT, r"""
    Environment:
      KAFKA_CONNECT_BOOTSTRAP_SERVERS:  «@my-cluster|events»-kafka-bootstrap:9093
      KAFKA_CONNECT_SASL_USERNAME:      connect
      KAFKA_CONNECT_SASL_PASSWORD:      «!an32:p»
      KAFKA_CONNECT_SASL_MECHANISM:     scram-sha-512
""", new=True)
P("kcat_history_scram_x_flags_consume", KCAT, r"""
$ history | grep kcat
 «dig3:a»  kcat -b «@10.8.1.4|broker.example.com|kafka.example.org»:9094 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=«@ops|wandb|auditor» -X sasl.password='«!pw18:p»' -C -t wandb.run.events -o -5 -e
""")
P("kcat_L_verbose_output_with_config_dump", KCAT, r"""
% Configuration properties:
bootstrap.servers = «@kafka.example.com|10.3.0.9»:9096
security.protocol = sasl_ssl
sasl.mechanisms = PLAIN
sasl.username = «uc16:k»
sasl.password = «!b64s64:s»
% Metadata for all topics (from broker -1: sasl_ssl://«@kafka.example.com|10.3.0.9»:9096/bootstrap):
""")
P("librdkafka_conf_dict_python_producer_kwargs_log", CKPY, r"""
«TL» INFO wandb_bridge.kafka: creating Producer with {'bootstrap.servers': 'b-1.example.internal:9096', 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'SCRAM-SHA-512', 'sasl.username': 'bridge', 'sasl.password': '«!pw20:p»', 'linger.ms': 50}
""")
P("librdkafka_properties_file_fluentbit_rdkafka_prefix", FLUENTBIT_K, r"""
[OUTPUT]
    Name                        kafka
    Match                       wandb.*
    Brokers                     «@10.2.0.11|kafka-0.example.net»:9093
    Topics                      wandb-logs
    rdkafka.security.protocol   SASL_SSL
    rdkafka.sasl.mechanism      PLAIN
    rdkafka.sasl.username       fluent
    rdkafka.sasl.password       «!pw22:p»
""")
P("kafka_python_producer_kwargs_traceback_locals", KAFKAPY, r"""
Traceback (most recent call last):
  File "/app/stream/producer.py", line «dig2:l», in connect
    return KafkaProducer(**cfg)
    cfg = {'bootstrap_servers': ['kafka.example.com:9094'], 'security_protocol': 'SASL_SSL', 'sasl_mechanism': 'SCRAM-SHA-256', 'sasl_plain_username': 'runs', 'sasl_plain_password': '«!pw18:p»'}
kafka.errors.NoBrokersAvailable: NoBrokersAvailable
""")
P("aiokafka_consumer_init_kwargs_json_log", AIOKAFKA, r"""
{"ts": "«T»", "level": "debug", "logger": "eval.consumer", "msg": "AIOKafkaConsumer kwargs", "kwargs": {"bootstrap_servers": "kafka:9092", "security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "PLAIN", "sasl_plain_username": "eval", "sasl_plain_password": "«!pw20:p»"}}
""")
P("sarama_config_go_struct_printf_plusv", SARAMA, r"""
«TG» kafka: sarama config SASL:{Enable:true Mechanism:SCRAM-SHA-512 Version:1 Handshake:true AuthIdentity: User:«@indexer|wandb|etl» Password:«!pw20:p» SCRAMAuthzID: TokenProvider:<nil>}
""")
P("kafkajs_sasl_object_console_dir", KAFKAJS, r"""
Kafka client options: {
  clientId: 'wandb-webhooks',
  brokers: [ 'kafka.example.com:9094' ],
  ssl: true,
  sasl: { mechanism: 'scram-sha-256', username: 'webhooks', password: '«!pw22:p»' }
}
""")
P("spring_kafka_properties_jaas_yaml", SPRINGK, r"""
spring:
  kafka:
    bootstrap-servers: kafka.«@example.com|example.org»:9093
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: SCRAM-SHA-512
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="«@reports|svc-ml»" password="«!pw24:p»";
""")
P("kafka_connect_worker_producer_prefixed_jaas", K_CONNECT, r"""
producer.security.protocol=SASL_SSL
producer.sasl.mechanism=PLAIN
producer.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \
    username="«uc16:k»" \
    password="«!b64s64:s»";
consumer.sasl.mechanism=PLAIN
""")
P("kafka_docker_compose_env_sasl_jaas_config", K_PLAIN, r"""
    environment:
      KAFKA_SECURITY_PROTOCOL: SASL_SSL
      KAFKA_SASL_MECHANISM: PLAIN
      KAFKA_SASL_JAAS_CONFIG: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="«@producer|wandb»" password="«!pw20:p»";'
""")
P("kafka_ui_env_clusters_jaas_config", KAFKAUI, r"""
KAFKA_CLUSTERS_0_NAME=wandb-events
KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS=kafka-0.«@kafka|streaming».svc:9092
KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL=SASL_PLAINTEXT
KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM=SCRAM-SHA-512
KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG=org.apache.kafka.common.security.scram.ScramLoginModule required username="kafkaui" password="«!pw22:p»";
""", new=True)
P("kafka_ui_basic_login_env_spring_security", KAFKAUI, r"""
AUTH_TYPE=LOGIN_FORM
SPRING_SECURITY_USER_NAME=«@admin|ops»
SPRING_SECURITY_USER_PASSWORD=«!pw18:p»
""", new=True)
P("akhq_application_yml_connection_properties", AKHQ, r"""
akhq:
  connections:
    wandb-prod:
      properties:
        bootstrap.servers: "kafka.example.com:9093"
        security.protocol: SASL_SSL
        sasl.mechanism: SCRAM-SHA-256
        sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="akhq" password="«!pw22:p»";
      schema-registry:
        url: "https://sr.example.com"
        basic-auth-username: akhq
        basic-auth-password: «!pw16:q»
""", new=True)
P("kafdrop_kafka_properties_base64_env", KAFDROP, r"""
$ docker run -d --rm -p 9000:9000 \
    -e KAFKA_BROKERCONNECT=kafka.example.com:9093 \
    -e KAFKA_PROPERTIES=«!pw20:p|b64:security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="kafdrop" password="{}";
» \
    obsidiandynamics/kafdrop
""", new=True)
P("flink_sql_ddl_kafka_properties_jaas", FLINK, r"""
CREATE TABLE run_events (
  run_id STRING, step BIGINT, ts TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'topic' = 'wandb.run.events',
  'properties.bootstrap.servers' = 'kafka.example.com:9093',
  'properties.security.protocol' = 'SASL_SSL',
  'properties.sasl.mechanism' = 'SCRAM-SHA-256',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="flink" password="«!pw20:p»";'
);
""", new=True)
P("redpanda_connect_yaml_kafka_franz_sasl", BENTHOS, r"""
output:
  kafka_franz:
    seed_brokers: [ "seed-«hex8:s».«@example.com|example.net»:9092" ]
    topic: wandb.metrics
    tls: { enabled: true }
    sasl:
      - mechanism: SCRAM-SHA-256
        username: connect
        password: «!pw22:p»
""")
P("logstash_kafka_output_sasl_jaas_config", LOGSTASH_K, r"""
output {
  kafka {
    bootstrap_servers => "kafka.example.com:9093"
    topic_id => "wandb-audit"
    security_protocol => "SASL_SSL"
    sasl_mechanism => "PLAIN"
    sasl_jaas_config => "org.apache.kafka.common.security.plain.PlainLoginModule required username='logstash' password='«!pw20:p»';"
  }
}
""")
P("rpk_topic_consume_user_password_flags", RPK, r"""
$ rpk topic consume wandb.runs --brokers «@10.0.3.7|redpanda.example.com»:9092 --user «@wandb|ops» --password «!pw18:p» --sasl-mechanism SCRAM-SHA-256 -n 3
""")
P("eventhubs_kafka_connection_string_as_jaas_password", EH_KAFKA, r"""
bootstrap.servers=«@wandb-events|ml-stream».servicebus.windows.net:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="Endpoint=sb://«@wandb-events|ml-stream».servicebus.windows.net/;SharedAccessKeyName=«@RootManageSharedAccessKey|send-listen»;SharedAccessKey=«!b64s43:k»=";
""")
P("kafka_jaas_docker_log_split_16k", DOCKER_JSONLOG, r"""
{"log":"«TL» INFO  ProducerConfig values: ... sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username=\"ingest\" password=\"«!an12:a»","stream":"stdout","time":"«T»"}
{"log":"«!an14:b»\";\n","stream":"stdout","time":"«T»"}
""")
P("kafka_console_producer_command_config_cat", K_TOOLS, r"""
$ cat /tmp/admin.properties && kafka-console-producer.sh --bootstrap-server kafka:9093 --topic wandb.test --producer.config /tmp/admin.properties
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="«!pw20:p»";
>
""")
P("kafka_twice_escaped_jaas_in_ticket_json", K_PLAIN, r"""
{"ticket": «dig5:t», "body": "{\"kafka\": {\"sasl.jaas.config\": \"org.apache.kafka.common.security.plain.PlainLoginModule required username=\\\"runs\\\" password=\\\"«!pw20:p»\\\";\"}}"}
""")
P("kafka_helm_values_sasl_client_users_passwords", HELM_VALUES, r"""
$ helm get values kafka -n streaming
USER-SUPPLIED VALUES:
sasl:
  client:
    users:
    - wandb
    - ingest
    passwords: "«!pw18:a»,«!pw18:b»"
  interbroker:
    password: «!pw18:c»
""")
# ---- RabbitMQ
P("rabbitmq_amqps_url_pct_password_env_crlf", RMQ_URI, r"""
AMQP_URL=amqps://«@wandb|launch|etl»:«!pw18:p|pct»@rabbit.«@example.com|example.net»:5671/%2F⏎
AMQP_HEARTBEAT=30⏎
""")
P("rabbitmq_ctl_change_password_history", RMQ_CTL, r"""
  «dig3:a»  rabbitmqctl list_users
  «dig3:b»  rabbitmqctl change_password «@wandb|celery|launch» '«!pw20:p»'
  «dig3:c»  rabbitmqctl set_permissions -p /ml «@wandb|celery|launch» ".*" ".*" ".*"
""")
P("rabbitmq_ctl_authenticate_user_output", RMQ_CTL, r"""
# rabbitmqctl authenticate_user «@agent|sweeper|wandb» «!pw16:p»
Authenticating user "«@agent|sweeper|wandb»" ...
Success
""")
P("rabbitmq_mgmt_api_put_user_body_curl", RMQ_API, r"""
$ curl -i -u admin:«!pw18:a» -H "content-type:application/json" -X PUT http://rabbitmq.«@example.com|example.org»:15672/api/users/«@worker|trainer» -d '{"password":"«!pw20:b»","tags":""}'
HTTP/1.1 201 Created
""")
P("rabbitmq_mgmt_api_basic_header_python_debug", RMQ_API, r"""
send: b'GET /api/queues/%2Fml HTTP/1.1\r\nHost: rabbitmq:15672\r\nUser-Agent: python-requests/2.31.0\r\nAuthorization: Basic «!pw20:p|basic:monitoring»\r\n\r\n'
reply: 'HTTP/1.1 200 OK\r\n'
""")
P("rabbitmq_erlang_cookie_file_cat", RMQ_COOKIE, r"""
root@«@rabbitmq-0|rabbit-1|mq-2»:/# cat /var/lib/rabbitmq/.erlang.cookie; echo
«!up20:c»
root@«@rabbitmq-0|rabbit-1|mq-2»:/# ls -l /var/lib/rabbitmq/.erlang.cookie
-r-------- 1 rabbitmq rabbitmq 20 Jan  4 10:12 /var/lib/rabbitmq/.erlang.cookie
""")
P("rabbitmq_erlang_cookie_env_pod_yaml", RMQ_COOKIE, r"""
      containers:
      - name: rabbitmq
        image: rabbitmq:3.13-management
        env:
        - name: RABBITMQ_ERLANG_COOKIE
          value: "«!up20:c»"
        - name: RABBITMQ_DEFAULT_USER
          value: wandb
""")
P("rabbitmq_erl_setcookie_ps_output", RMQ_COOKIE, r"""
rabbitmq     1  2.1  3.4 3872144 281232 ?      Ssl  «@09:14|11:02»   4:31 /opt/erlang/lib/erlang/erts-14.2/bin/beam.smp -W w -MBas ageffcbf -- -root /opt/erlang/lib/erlang -progname erl -- -home /var/lib/rabbitmq -- -sname rabbit -setcookie «!up20:c» -noshell
""")
P("rabbitmq_definitions_json_federation_upstream_uri", RMQ_FED, r"""
  "parameters": [
    {
      "value": {"uri": "amqps://federate:«!pw22:p»@upstream.«@example.com|example.net»:5671/%2F", "expires": 3600000},
      "vhost": "/",
      "component": "federation-upstream",
      "name": "dc-west"
    }
  ],
""")
P("rabbitmq_set_parameter_shovel_src_dest_uri", RMQ_SHOVEL, r"""
rabbitmqctl set_parameter shovel move-runs \
  '{"src-protocol": "amqp091", "src-uri": "amqp://shovel:«!pw18:a»@10.«dig2:x».0.5", "src-queue": "runs",
    "dest-protocol": "amqp091", "dest-uri": "amqps://shovel:«!pw18:b»@mq.example.com", "dest-queue": "runs"}'
""")
P("rabbitmq_cluster_operator_default_user_conf_decoded", RMQ_OP, r"""
$ kubectl get secret «@wandb-rabbit|mq»-default-user -o jsonpath='{.data.default_user\.conf}' | base64 -d
default_user = default_user_«an20:u»
default_pass = «!an32:p»
""")
P("rabbitmq_cluster_operator_secret_data_b64", RMQ_OP, r"""
apiVersion: v1
data:
  default_user.conf: «!an32:p|b64:default_user = default_user_wandb
default_pass = »
  password: «!an32:p|b64:»
  port: NTY3Mg==
  provider: cmFiYml0bXE=
kind: Secret
""")
P("rabbitmq_conf_ldap_bind_password", RMQ_LDAP, r"""
auth_backends.1 = ldap
auth_ldap.servers.1 = ldap.«@example.com|example.org»
auth_ldap.dn_lookup_bind.user_dn = cn=rabbit,ou=svc,dc=example,dc=com
auth_ldap.dn_lookup_bind.password = «!pw20:p»
""")
P("rabbitmq_conf_management_ssl_password", RMQ_CONF, r"""
management.ssl.port       = 15671
management.ssl.cacertfile = /etc/rabbitmq/ca.pem
management.ssl.certfile   = /etc/rabbitmq/server.pem
management.ssl.keyfile    = /etc/rabbitmq/server.key
management.ssl.password   = «!pw18:p»
""")
P("rabbitmq_docker_env_default_pass_inspect", DOCKER_INSPECT, r"""
            "Env": [
                "RABBITMQ_DEFAULT_USER=«@wandb|admin»",
                "RABBITMQ_DEFAULT_PASS=«!pw20:p»",
                "RABBITMQ_DEFAULT_VHOST=ml",
                "PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
""")
P("pika_urlparameters_traceback_locals", PIKA, r"""
  File "/srv/launch/queue.py", line «dig2:l», in open_channel
    params = pika.URLParameters(url)
      url = 'amqp://launch:«!pw18:p»@rabbitmq.default.svc:5672/%2F?heartbeat=30'
pika.exceptions.AMQPConnectionError
""")
P("aio_pika_connect_robust_yarl_url_repr", AIOPIKA, r"""
«TL» WARNING aio_pika.robust_connection: Connection attempt to "URL('amqp://eval:«!pw16:p»@10.«dig2:a».4.2:5672/ml')" failed: [Errno 111] Connection refused. Reconnecting after 5 seconds.
""")
P("rabbitmq_import_definitions_users_password_plain_fluentbit", FLUENTBIT, r"""
[0] kube.var.log.containers.mq-init: [«TE», {"log"=>"importing users: [{\"name\": \"wandb\", \"password\": \"«!pw20:p»\", \"tags\": [\"management\"]}]", "stream"=>"stdout"}]
""")
# ---- NATS
P("nats_creds_file_after_nsc_generate", NATS_CREDS, r"""
$ nsc generate creds -a ML -n «@wandb-worker|ingest|launch-agent»
-----BEGIN NATS USER JWT-----
«natsjwt:j»
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
SU«!b3256:s»
------END USER NKEY SEED------
""")
P("nats_nkey_seed_file_cat", NATS_NKEY, r"""
$ cat ~/.nkeys/keys/U/«b322:d»/U«b3255:u».nk
SU«!b3256:s»
""")
P("nats_server_conf_nkey_and_password_users", NATS_NKEY, r"""
authorization {
  users: [
    { nkey: U«b3255:u» }
    { user: «@monitor|ops», password: "«!pw20:p»" }
  ]
}
""")
P("nats_context_json_user_password", NATS_CTX, r"""
$ cat ~/.config/nats/context/«@prod|wandb|staging».json
{
  "description": "ML platform",
  "url": "nats://nats.«@example.com|example.net»:4222",
  "user": "«@wandb|agent»",
  "password": "«!pw20:p»",
  "creds": "",
  "nkey": ""
}
""")
P("nats_context_save_cli_token_flag", NATS_CTX, r"""
$ nats context save «@ops|ml» --server nats://10.«dig2:a».1.9:4222 --token «!an32:t» --description "edge cluster"
NATS Configuration Context "«@ops|ml»"
""")
P("nats_py_connect_nkeys_seed_kwargs", NATS_PY, r"""
nc = await nats.connect(
    servers=["tls://nats.example.com:4222"],
    nkeys_seed_str="SU«!b3256:s»",
    name="wandb-consumer",
)
""")
P("nats_url_userinfo_go_log", NATS_JWT, r"""
«TG» [INF] worker: connecting to nats://«@etl|sweeps»:«!pw18:p»@nats-0.nats.default.svc:4222 (jetstream=true)
""")
P("nats_helm_values_auth_basic_user", NATS_HELM, r"""
config:
  merge:
    accounts:
      ML:
        jetstream: enabled
        users:
          - user: wandb
            password: «!pw22:p»
""")
P("nats_user_jwt_and_seed_inline_env_k8s", NATS_CREDS, r"""
        - name: NATS_USER_SEED
          value: SU«!b3256:s»
        - name: NATS_USER_JWT
          value: «natsjwt:j»
""")
# ---- Redis Sentinel / Cluster / ACL
P("redis_sentinel_conf_sentinel_pass_and_user", REDIS_SENT, r"""
sentinel monitor «@mymaster|wandb-redis» 10.«dig2:a».2.10 6379 2
sentinel auth-user «@mymaster|wandb-redis» replica-admin
sentinel auth-pass «@mymaster|wandb-redis» «!pw22:a»
sentinel sentinel-user sentinel-admin
sentinel sentinel-pass «!pw22:b»
""")
P("redis_conf_masteruser_masterauth_crlf", REDIS_CONF, r"""
replicaof 10.«dig2:a».0.4 6379⏎
masteruser replica-user⏎
masterauth "«!pw24:p»"⏎
""")
P("redis_acl_setuser_cli_history", REDIS_ACL, r"""
127.0.0.1:6379> ACL SETUSER «@celery|rq|wandb» on >«!pw20:p» ~«@celery|rq|wandb»:* &* +@all -@dangerous
OK
127.0.0.1:6379> ACL WHOAMI
"default"
""")
P("redis_acl_file_plain_gt_password", REDIS_ACL, r"""
# /etc/redis/users.acl
user default off
user worker on >«!pw20:p» ~jobs:* +@list +@connection
""")
P("redis_monitor_auth_command_echo", REDIS_MONITOR, r"""
«TE» [0 10.«dig2:a».3.17:«dig5:p»] "AUTH" "«@worker|celery|rq»" "«!pw20:p»"
«TE» [0 10.«dig2:a».3.17:«dig5:p»] "CLIENT" "SETNAME" "celery-worker"
«TE» [0 10.«dig2:a».3.17:«dig5:p»] "BRPOP" "celery" "1"
""")
P("redis_config_get_masterauth_reply", REDISCLI, r"""
10.«dig2:a».0.4:6379> CONFIG GET masterauth
1) "masterauth"
2) "«!pw20:p»"
""")
P("rediscli_auth_env_and_cluster_create", REDIS_CLUSTER, r"""
$ export REDISCLI_AUTH='«!pw24:p»'
$ redis-cli --cluster create 10.0.1.1:6379 10.0.1.2:6379 10.0.1.3:6379 --cluster-replicas 0
>>> Performing hash slots allocation on 3 nodes...
""")
P("redis_cli_a_flag_ps_output", REDISCLI, r"""
root      «dig5:a»  0.0  0.0  12344  4096 pts/0    S+   «@10:21|14:07»   0:00 redis-cli -h redis-sentinel -p 26379 -a «!pw20:p» --no-auth-warning SENTINEL get-master-addr-by-name mymaster
""")
P("goredis_failover_options_printf", GOREDIS, r"""
«TG» rdb: NewFailoverClient(&redis.FailoverOptions{MasterName:"mymaster", SentinelAddrs:[]string{"sentinel-0:26379", "sentinel-1:26379"}, SentinelPassword:"«!pw20:a»", Password:"«!pw20:b»", DB:0})
""")
P("ioredis_sentinel_options_json", IOREDIS, r"""
{"level":30,"time":17«dig11:t»,"msg":"redis options","opts":{"sentinels":[{"host":"sentinel-0","port":26379}],"name":"mymaster","sentinelPassword":"«!pw20:a»","password":"«!pw20:b»","db":2}}
""")
P("redis_cluster_bitnami_env_password_docker_compose", REDIS_CLUSTER, r"""
  redis-node-0:
    image: bitnami/redis-cluster:7.2
    environment:
      - 'REDIS_PASSWORD=«!pw20:p»'
      - 'REDIS_NODES=redis-node-0 redis-node-1 redis-node-2'
""")
# ---- Memcached
P("memcached_ascii_auth_file_lines", MEMC_AUTHFILE, r"""
$ cat /etc/memcached/auth
«@wandb|cache|app»:«!pw20:a»
«@ops|admin»:«!pw20:b»
$ memcached -Y /etc/memcached/auth -p 11211 -u memcache
""", new=True)
P("memcached_pylibmc_client_sasl_kwargs", PYLIBMC, r"""
mc = pylibmc.Client(["10.«dig2:a».5.8:11211"], binary=True,
                    username="«@wandb|cache»", password="«!pw18:p»",
                    behaviors={"tcp_nodelay": True, "ketama": True})
""", new=True)
P("memcached_django_caches_options_settings", DJANGO_CACHE, r"""
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyLibMCCache",
        "LOCATION": "mc1.example.com:11211",
        "OPTIONS": {"binary": True, "username": "app", "password": "«!pw20:p»"},
    }
}
""", new=True)
P("memcachier_env_heroku_config", MEMCACHIER, r"""
=== «@wandb-dash|ml-api» Config Vars
MEMCACHIER_PASSWORD: «!hex32:p»
MEMCACHIER_SERVERS:  mc2.dev.eu.ec2.memcachier.com:11211
MEMCACHIER_USERNAME: «uc6:u»
""", new=True)
P("memcached_sasldb_saslpasswd2_p_pipe", MEMC_SASL, r"""
$ echo '«!pw18:p»' | saslpasswd2 -p -a memcached -c «@wandb|cache»
$ sasldblistusers2
«@wandb|cache»@«@mc-0|cache-01»: userPassword
""", new=True)
# ---- Celery / Kombu / task queues
P("celery_redis_sentinel_broker_url_multi_host", CELERY_REDIS, r"""
CELERY_BROKER_URL = "sentinel://:«!pw20:p»@sentinel-0:26379;sentinel://:«!pw20:p»@sentinel-1:26379;sentinel://:«!pw20:p»@sentinel-2:26379"
CELERY_BROKER_TRANSPORT_OPTIONS = {"master_name": "«@mymaster|wandb»", "sentinel_kwargs": {"password": "«!pw20:q»"}}
""")
P("celery_sqs_broker_url_pct_secret", CELERY_SQS, r"""
# celeryconfig.py
broker_url = "sqs://AKIA«uc16:a»:«!b64s40:s|pct»@"
broker_transport_options = {"region": "«@us-east-1|eu-west-1|us-west-2»", "visibility_timeout": 3600}
""")
P("celery_result_backend_db_plus_postgres_url", CELERY_CONF, r"""
result_backend = 'db+postgresql://celery:«!pw20:p»@pg.«@example.com|internal»:5432/celery_results'
""")
P("celery_worker_cli_broker_flag_supervisor", CELERY_WORKER, r"""
[program:wandb-celery]
command=/venv/bin/celery -A wandb_jobs worker -l INFO -Q sweeps,exports -b amqp://jobs:«!pw18:p»@rabbitmq:5672/ml --concurrency=4
autorestart=true
""")
P("celery_django_settings_env_k8s_pod_json", CELERY_CONF, r"""
          {"name": "CELERY_BROKER_URL", "value": "rediss://default:«!pw24:p»@redis.«@example.com|example.net»:6380/0?ssl_cert_reqs=required"},
          {"name": "CELERY_RESULT_BACKEND", "value": "rediss://default:«!pw24:p»@redis.«@example.com|example.net»:6380/1?ssl_cert_reqs=required"},
""")
P("kombu_connection_hostname_traceback_frame", KOMBU, r"""
  File "/usr/local/lib/python3.11/site-packages/kombu/connection.py", line 446, in _reraise_as_library_errors
    with self._reraise_as_library_errors():
    hostname = 'amqp://jobs:«!pw18:p»@10.«dig2:a».8.3:5672//'
kombu.exceptions.OperationalError: [Errno 110] Connection timed out
""")
P("kombu_transport_options_redis_sentinel_repr", KOMBU, r"""
«TL» DEBUG kombu.transport.redis: transport_options={'master_name': 'mymaster', 'sentinel_kwargs': {'password': '«!pw18:a»'}, 'visibility_timeout': 43200}, password='«!pw18:b»'
""")
P("flower_basic_auth_multiple_users_env", FLOWER, r"""
FLOWER_BASIC_AUTH=«@admin|ops»:«!pw16:a»,viewer:«!pw16:b»
FLOWER_PORT=5555
""")
P("flower_broker_api_url_ps", FLOWER, r"""
celery    «dig3:a»  1.2  0.8 /venv/bin/python /venv/bin/celery --broker=amqp://flower:«!pw18:a»@rabbitmq:5672// flower --broker_api=http://flower:«!pw18:a»@rabbitmq:15672/api/
""")
P("rq_worker_url_flag_systemd_unit", RQ, r"""
[Service]
User=wandb
ExecStart=/opt/venv/bin/rq worker --url redis://:«!pw20:p»@redis.«@example.com|internal»:6379/3 high default low
Restart=always
""")
P("rq_dashboard_redis_url_env", RQDASH, r"""
RQ_DASHBOARD_REDIS_URL=redis://:«!pw22:p»@10.«dig2:a».0.12:6379/0
RQ_DASHBOARD_USERNAME=«@admin|ops»
RQ_DASHBOARD_PASSWORD=«!pw16:q»
""")
P("dramatiq_rabbitmq_broker_url_kwarg", DRAMATIQ, r"""
broker = RabbitmqBroker(url="amqps://dramatiq:«!pw20:p»@mq.«@example.com|example.org»:5671/ml", confirm_delivery=True)
dramatiq.set_broker(broker)
""", new=True)
P("dramatiq_django_settings_broker_options_url", DJ_DRAMATIQ, r"""
DRAMATIQ_BROKER = {
    "BROKER": "dramatiq.brokers.redis.RedisBroker",
    "OPTIONS": {"url": "redis://:«!pw20:p»@redis:6379/4"},
    "MIDDLEWARE": ["dramatiq.middleware.Retries"],
}
""", new=True)
P("dramatiq_worker_startup_log_url", DRAMATIQ, r"""
[«TL»] [PID «dig4:a»] [MainThread] [dramatiq.MainProcess] [INFO] Dramatiq '1.16.0' is booting up.
[«TL»] [PID «dig4:a»] [MainThread] [app.tasks] [INFO] broker: RedisBroker(url='redis://default:«!pw20:p»@redis-master:6379/0')
""", new=True)
P("sidekiq_redis_config_ruby_initializer", SIDEKIQ, r"""
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://redis.«@example.com|internal»:6379/1", password: "«!pw22:p»", ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_NONE } }
end
""")
P("sidekiq_enterprise_bundle_env_credentials", SIDEKIQ_ENT, r"""
$ bundle config --global gems.contribsys.com «hex8:u»:«!hex8:p»
$ grep CONTRIBSYS ~/.bundle/config
BUNDLE_GEMS__CONTRIBSYS__COM: "«hex8:u»:«!hex8:p»"
""")
P("sidekiq_web_basic_auth_env_compose", SIDEKIQ_WEB, r"""
      SIDEKIQ_WEB_USERNAME: admin
      SIDEKIQ_WEB_PASSWORD: "«!pw18:p»"
      REDIS_URL: redis://:«!pw18:q»@redis:6379/0
""")
P("huey_redis_url_settings", HUEY, r"""
HUEY = RedisHuey("wandb-exports", url="redis://:«!pw20:p»@redis.«@example.com|internal»:6379/5", immediate=False)
""", new=True)
P("asynq_redis_client_opt_go_printf", ASYNQ, r"""
«TG» scheduler: asynq.RedisClientOpt{Network:"tcp", Addr:"redis:6379", Username:"", Password:"«!pw20:p»", DB:2, PoolSize:0, TLSConfig:(*tls.Config)(nil)}
""", new=True)
P("asynqmon_redis_url_flag", ASYNQ, r"""
$ docker run --rm -p 8080:8080 hibiken/asynqmon --redis-url=redis://:«!pw22:p»@10.«dig2:a».6.4:6379/2
""", new=True)
P("taskiq_aio_pika_broker_init", TASKIQ, r"""
broker = AioPikaBroker("amqp://taskiq:«!pw18:p»@rabbitmq:5672/ml").with_result_backend(
    RedisAsyncResultBackend("redis://:«!pw18:q»@redis:6379/6")
)
""", new=True)
P("bullmq_connection_options_ts_log", BULLMQ, r"""
[queue] new Queue('eval-jobs', { connection: { host: 'redis.example.com', port: 6380, username: 'bull', password: '«!pw20:p»', tls: {} } })
""")
# ---- Pulsar
P("pulsar_admin_auth_params_token_history", PULSAR_ADMIN, r"""
$ pulsar-admin --admin-url https://pulsar.«@example.com|example.net»:8443 --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationToken --auth-params token:«!jwths:t» tenants list
wandb
public
""")
P("pulsar_python_authentication_token_ctor", PULSAR_PY, r"""
client = pulsar.Client("pulsar+ssl://pulsar.example.com:6651",
                       authentication=pulsar.AuthenticationToken("«!jwtrs:t»"))
""")
P("pulsar_broker_conf_token_secret_key_data_b64", PULSAR_TOKEN, r"""
authenticationEnabled=true
authenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken
tokenSecretKey=data:;base64,«!b64s43:k»=
brokerClientAuthenticationParameters=token:«!jwths:t»
""")
P("pulsar_tokens_create_output", PULSAR_TOKEN, r"""
$ bin/pulsar tokens create --secret-key file:///pulsar/keys/secret.key --subject «@wandb-ingest|eval-runner»
«!jwths:t»
""")
P("pulsar_helm_token_secret_describe_json", PULSAR_HELM, r"""
{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "pulsar-token-admin"}, "data": {"TOKEN": "«!jwtrs:t|b64:»", "TYPE": "YXN5bW1ldHJpYw=="}}
""")
P("pulsar_http_bearer_admin_rest_dump", PULSAR_ADMIN, r"""
> GET /admin/v2/persistent/wandb/ml/runs/stats HTTP/1.1
> Host: pulsar-proxy:8080
> Authorization: Bearer «!jwths:t»
>
< HTTP/1.1 200 OK
""")
# ---- MQTT / Mosquitto / EMQX
P("mosquitto_bridge_remote_password", MOSQ_CONF, r"""
connection cloud-bridge
address mqtt.«@example.com|example.net»:8883
remote_clientid edge-«hex8:c»
remote_username «@edge-gw|bridge»
remote_password «!pw20:p»
topic sensors/# out 1
""", new=True)
P("mosquitto_pub_u_P_flags_history", MOSQ_PUB, r"""
  «dig3:a»  mosquitto_pub -h broker.example.com -p 8883 --cafile ca.crt -i trainer-«hex6:c» -u «@wandb|telemetry» -P '«!pw18:p»' -t runs/status -m done
""", new=True)
P("mosquitto_passwd_b_batch_cmd", MOSQ_PASSWD, r"""
$ mosquitto_passwd -b /mosquitto/config/passwd «@sensor01|wandb|edge» «!pw18:p»
$ mosquitto_passwd -D /mosquitto/config/passwd olduser
""", new=True)
P("paho_username_pw_set_python", PAHO, r"""
client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="eval-«hex8:c»")
client.username_pw_set("«@eval|device»", "«!pw20:p»")
client.tls_set(ca_certs="/etc/ssl/ca.pem")
""")
P("emqx_api_key_secret_basic_curl", EMQX, r"""
$ curl -s -u «hex16:k»:«!an40:s» http://emqx.«@example.com|internal»:18083/api/v5/clients | jq '.meta'
""", new=True)
P("mqtt_url_userinfo_node_red_debug", PAHO, r"""
«TS» [debug] mqtt-broker: connecting to mqtts://«@nodered|edge»:«!pw18:p»@mqtt.example.com:8883
""")
# ---- AWS SQS / SNS
P("aws_sqs_env_credentials_celery_worker_pod", AWS_ENV, r"""
    Environment:
      AWS_ACCESS_KEY_ID:      AKIA«uc16:a»
      AWS_SECRET_ACCESS_KEY:  «!b64s40:s»
      SQS_QUEUE_URL:          https://sqs.us-east-1.amazonaws.com/«dig12:acct»/wandb-exports
""")
P("aws_sqs_boto_debug_session_token_header", SQS_CLI, r"""
«TL» botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sqs.eu-west-1.amazonaws.com/, headers={'X-Amz-Target': b'AmazonSQS.ReceiveMessage', 'X-Amz-Security-Token': b'IQoJb3JpZ2luX2Vj«!b64s120:t»', 'Content-Type': b'application/x-amz-json-1.0'}>
""")
P("aws_credentials_ini_profile_sqs_consumer", AWS_ENV, r"""
[sqs-consumer]
aws_access_key_id = AKIA«uc16:a»
aws_secret_access_key = «!b64s40:s»
region = «@us-east-1|us-west-2»
""")
P("sns_http_subscription_confirm_token_body", SNS, r"""
{
  "Type" : "SubscriptionConfirmation",
  "MessageId" : "«uuid:m»",
  "Token" : "«!hex128:t»",
  "TopicArn" : "arn:aws:sns:us-west-2:«dig12:acct»:wandb-alerts",
  "SubscribeURL" : "https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:«dig12:acct»:wandb-alerts&Token=«!hex128:t»"
}
""")
# ---- Google Pub/Sub
P("pubsub_push_endpoint_token_query_describe", PUBSUB_PUSH, r"""
$ gcloud pubsub subscriptions describe wandb-run-finished
ackDeadlineSeconds: 60
name: projects/«@ml-prod|wandb-ops»-«dig6:p»/subscriptions/wandb-run-finished
pushConfig:
  pushEndpoint: https://hooks.example.com/pubsub/push?token=«!an32:t»
topic: projects/«@ml-prod|wandb-ops»-«dig6:p»/topics/run-finished
""")
P("pubsub_push_oidc_bearer_request_log", PUBSUB_PUSH, r"""
«T» INFO push-handler POST /pubsub/push headers={'authorization': 'Bearer «!jwtrs:t»', 'user-agent': 'APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)'}
""")
P("pubsub_sa_key_json_private_key_rows", GCP_SA, r"""
{"type": "service_account", "project_id": "ml-pubsub-«dig4:p»", "private_key_id": "«hex40:i»",
 "private_key": "-----BEGIN PRIVATE KEY-----\n«!b64s64:r1»\n«!b64s64:r2»\n«!b64s64:r3»\n-----END PRIVATE KEY-----\n",
 "client_email": "pubsub-writer@ml-pubsub-«dig4:p».iam.gserviceaccount.com"}
""")
# ---- Azure Service Bus / Event Hubs
P("servicebus_connection_string_python_ctor", ASB_CONN, r"""
CONN_STR = "Endpoint=sb://«@wandb-jobs|mlqueue».servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«!b64s43:k»="
client = ServiceBusClient.from_connection_string(conn_str=CONN_STR, logging_enable=True)
""")
P("servicebus_az_cli_keys_list_json", AZ_SB_CLI, r"""
{
  "keyName": "RootManageSharedAccessKey",
  "primaryConnectionString": "Endpoint=sb://«@wandb-jobs|mlqueue».servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«!b64s43:a»=",
  "primaryKey": "«!b64s43:a»=",
  "secondaryConnectionString": "Endpoint=sb://«@wandb-jobs|mlqueue».servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«!b64s43:b»=",
  "secondaryKey": "«!b64s43:b»="
}
""")
P("servicebus_sas_token_authorization_header", ASB_SAS, r"""
POST https://«@wandb-jobs|mlqueue».servicebus.windows.net/exports/messages HTTP/1.1
Authorization: SharedAccessSignature sr=https%3A%2F%2F«@wandb-jobs|mlqueue».servicebus.windows.net%2Fexports&sig=«!b64s43:g|pct»%3D&se=17«dig8:e»&skn=send
Content-Type: application/json
""")
P("servicebus_functions_local_settings_json", AZ_FUNC, r"""
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "ServiceBusConnection": "Endpoint=sb://«@wandb-jobs|mlqueue».servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=«!b64s43:k»=;EntityPath=runs"
  }
}
""")
P("eventhubs_conn_str_env_crlf_bom", EH_CONN, "\ufeff" + r"""EVENTHUB_NAME=wandb-telemetry⏎
EVENTHUB_CONNECTION_STRING="Endpoint=sb://«@wandb-eh|telemetry».servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=«!b64s43:k»=;EntityPath=wandb-telemetry"⏎
""")
P("eventhubs_storage_checkpoint_account_key", EH_CONN, r"""
CHECKPOINT_STORE_CONN_STR=DefaultEndpointsProtocol=https;AccountName=ehckpt«lc6:a»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net
""")
# ---- KEDA
P("keda_secret_stringdata_rabbitmq_host", KEDA_RMQ, r"""
apiVersion: v1
kind: Secret
metadata:
  name: keda-rabbitmq-secret
stringData:
  host: amqp://keda:«!pw20:p»@rabbitmq.default.svc.cluster.local:5672/ml
""")
P("keda_scaledobject_inline_host_metadata", KEDA_RMQ, r"""
  triggers:
  - type: rabbitmq
    metadata:
      protocol: amqp
      queueName: sweeps
      mode: QueueLength
      value: "20"
      host: amqp://«@keda|scaler»:«!pw18:p»@rabbitmq:5672/
""")
P("keda_kafka_secret_sasl_data_b64", KEDA_KAFKA, r"""
data:
  sasl: c2NyYW1fc2hhNTEy
  username: a2VkYQ==
  password: «!pw22:p|b64:»
  tls: ZW5hYmxl
""")
P("keda_servicebus_connection_secret_stringdata", KEDA_ASB, r"""
stringData:
  servicebus-connectionstring: Endpoint=sb://«@wandb-jobs|mlqueue».servicebus.windows.net/;SharedAccessKeyName=keda-monitor;SharedAccessKey=«!b64s43:k»=
""")
P("keda_redis_trigger_auth_password_secret_describe", KEDA_REDIS, r"""
$ kubectl get secret keda-redis -o json | jq -r '.data.password | @base64d'
«!pw24:p»
""")
# ---- Temporal / Prefect / Dagster
P("temporal_api_key_env_worker_deploy", TEMPORAL_KEY, r"""
        env:
        - name: TEMPORAL_ADDRESS
          value: «@us-east-1|eu-west-1».aws.api.temporal.io:7233
        - name: TEMPORAL_NAMESPACE
          value: wandb-ml.«lc5:a»
        - name: TEMPORAL_API_KEY
          value: «!jwtes:t»
""")
P("temporal_cli_env_set_api_key", TEMPORAL_CLI, r"""
$ temporal env set --env prod -k api-key -v «!jwtes:t»
$ temporal env set --env prod -k namespace -v wandb-ml.«lc5:a»
""")
P("temporal_sql_tool_password_flag", TEMPORAL_SQL, r"""
+ temporal-sql-tool --plugin postgres12 --ep pg.«@example.com|internal» -p 5432 -u temporal --pw «!pw20:p» --db temporal_visibility setup-schema -v 0.0
""")
P("prefect_cloud_login_key_flag", PREFECT_KEY, r"""
$ prefect cloud login -k pnu_«!an36:k» --workspace «@wandb|ml-team»/«@prod|default»
Authenticated with Prefect Cloud!
""")
P("prefect_worker_pod_env_api_key_and_db", PREFECT_SETTINGS, r"""
      PREFECT_API_URL:                       https://api.prefect.cloud/api/accounts/«uuid:a»/workspaces/«uuid:w»
      PREFECT_API_KEY:                       pnu_«!an36:k»
      PREFECT_API_DATABASE_CONNECTION_URL:   postgresql+asyncpg://prefect:«!pw20:p»@pg:5432/prefect
""")
P("prefect_server_api_auth_string_env", PREFECT_AUTH, r"""
PREFECT_SERVER_API_AUTH_STRING="admin:«!pw20:p»"
PREFECT_API_AUTH_STRING="admin:«!pw20:p»"
""")
P("dagster_cloud_agent_token_helm_values", DAGSTER_AGENT, r"""
dagsterCloud:
  deployment: «@prod|staging»
  agentToken: "agent:«@hooli|wandb|mlteam»:«!hex32:t»"
workspace:
  server:
    image: ghcr.io/example/dagster-user-code:latest
""")
P("dagster_cloud_user_token_env_ci", DAGSTER_AGENT, r"""
  env:
    DAGSTER_CLOUD_URL: https://«@hooli|wandb».dagster.cloud
    DAGSTER_CLOUD_API_TOKEN: user:«@hooli|wandb»:«!hex32:t»
""")
P("dagster_run_config_kafka_resource_literal", DAGSTER_ENV, r"""
resources:
  kafka:
    config:
      bootstrap_servers: kafka.example.com:9093
      sasl_username: dagster
      sasl_password: «!pw20:p»
""")
# ---- mixed contexts
P("rabbitmq_env_rich_table_ansi_password", RMQ_DOCKER, r"""
┃ ␛[1mName␛[0m                    ┃ ␛[1mValue␛[0m                  ┃
│ ␛[36mRABBITMQ_DEFAULT_USER␛[0m   │ «@wandb|launch»                  │
│ ␛[36mRABBITMQ_DEFAULT_PASS␛[0m   │ «!pw20:p»   │
│ ␛[36mRABBITMQ_NODENAME␛[0m       │ rabbit@«@mq-0|rabbitmq-1»          │
""")
P("confluent_kafka_sentry_event_conf_twice_escaped", CKPY, r"""
{"event_id": "«hex32:e»", "extra": {"payload": "{\"conf\": \"{\\\"bootstrap.servers\\\": \\\"pkc-«lc5:c».us-east-1.aws.confluent.cloud:9092\\\", \\\"sasl.username\\\": \\\"«uc16:k»\\\", \\\"sasl.password\\\": \\\"«!b64s64:s»\\\"}\"}"}}
""")
P("redis_sentinel_dsn_pydantic_settings_repr", REDIS_SENT, r"""
«TL» INFO settings loaded: Settings(redis_url=RedisDsn('redis://:«!pw22:p»@redis-master.«@ml|wandb».svc:6379/0'), sentinel_master='mymaster', worker_queues=['exports'])
""")
P("amqp_url_loguru_backtrace_locals", AIOPIKA, r"""
    connection = await aio_pika.connect_robust(settings.amqp_url)
                       │                       │        └ 'amqps://sweeps:«!pw20:p»@mq.«@example.com|example.org»:5671/ml'
                       │                       └ <Settings object at 0x7f«hex10:a»>
                       └ <module 'aio_pika' from '/usr/local/lib/python3.12/site-packages/aio_pika/__init__.py'>
""")
P("nats_js_connect_options_console_log", NATS_JWT, r"""
connecting with { servers: [ 'nats://nats.«@example.com|example.net»:4222' ], user: '«@webhooks|ui»', pass: '«!pw20:p»', name: 'wandb-webhooks', maxReconnectAttempts: -1 }
""")
P("kafka_mirrormaker2_cluster_prefixed_jaas", K_CONNECT, r"""
clusters = onprem, cloud
cloud.bootstrap.servers = pkc-«lc5:c».us-west-2.aws.confluent.cloud:9092
cloud.security.protocol = SASL_SSL
cloud.sasl.mechanism = PLAIN
cloud.sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="«uc16:k»" password="«!b64s64:s»";
onprem->cloud.enabled = true
""")
P("servicebus_terraform_state_auth_rule_keys", AZ_SB_CLI, r"""
          "attributes": {
            "name": "«@keda-monitor|send-listen»",
            "primary_connection_string": "Endpoint=sb://«@wandb-jobs|mlqueue».servicebus.windows.net/;SharedAccessKeyName=«@keda-monitor|send-listen»;SharedAccessKey=«!b64s43:a»=",
            "primary_key": "«!b64s43:a»=",
            "secondary_key": "«!b64s43:b»=",
""")
P("sns_boto3_client_kwargs_traceback", SNS, r"""
  File "/app/alerts/notify.py", line «dig2:l», in publish
    sns = boto3.client("sns", region_name="us-west-2", aws_access_key_id="AKIA«uc16:a»", aws_secret_access_key="«!b64s40:s»")
botocore.exceptions.ClientError: An error occurred (AuthorizationError) when calling the Publish operation: User is not authorized to perform: SNS:Publish
""")
P("keda_operator_log_rabbitmq_host_error", KEDA_RMQ, r"""
«T»	ERROR	scale_handler	error getting scale decision	{"scaledObject.Namespace": "ml", "scaledObject.Name": "sweep-workers", "scaler": "rabbitMQScaler", "error": "error establishing rabbitmq connection: Exception (403) Reason: \"username or password not allowed\" host=amqp://keda:«!pw18:p»@rabbitmq.ml.svc:5672/"}
""")
P("prefect_block_document_include_secrets_response", PREFECT_SETTINGS, r"""
$ curl -s -H "Authorization: Bearer $PREFECT_API_KEY" "$PREFECT_API_URL/block_documents/«uuid:b»?include_secrets=true" | jq '{name, data}'
{
  "name": "«@kafka-sasl|rabbitmq-password|redis-broker»",
  "data": {"value": "«!pw24:p»"}
}
""")
P("temporal_grpc_metadata_authorization_debug", TEMPORAL_KEY, r"""
«TG» DEBUG grpc client call method=/temporal.api.workflowservice.v1.WorkflowService/StartWorkflowExecution metadata=map[authorization:[Bearer «!jwtes:t»] client-name:[temporal-go] temporal-namespace:[wandb-ml.«lc5:a»]]
""")
P("pulsar_client_cri_log_token_then_partial_lines", PULSAR_PY, r"""
«T» stdout F [pulsar-client] auth params: token:«!jwths:t»
«T» stdout P [pulsar-client] Connected to broker pulsar://pulsar-broker-0.pulsar-broker.pulsar.svc.cluster.local:6650 (producer wandb-
«T» stdout F ingest-«lc4:r»)
""")
# ================================================================ NEGATIVES
# ---- Kafka
N("kafka_jaas_config_provider_file_reference", K_CONNECT, r"""
bootstrap.servers=10.«dig2:a».«dig1:b».«dig2:c»:9093
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/opt/kafka/secrets/«@client|connect».properties:username}" password="${file:/opt/kafka/secrets/«@client|connect».properties:password}";
""")
N("kafka_producer_config_values_password_hidden_block", K_SSL, r"""
[«TL»] INFO ProducerConfig values:
	sasl.jaas.config = [hidden]
	sasl.mechanism = «@PLAIN|SCRAM-SHA-512»
	ssl.key.password = null
	ssl.keystore.password = [hidden]
	transactional.id = wandb-«hex8:t»
""")
N("librdkafka_debug_conf_redacted_password", LIBRD, r"""
%7|«TE»|CONFWARN|rdkafka#producer-1| [thrd:app]: Configuration property sasl.password is sensitive and will be redacted from logs
%7|«TE»|CONF|rdkafka#producer-1| [thrd:app]:   sasl.username = «@wandb|ingest»
%7|«TE»|CONF|rdkafka#producer-1| [thrd:app]:   sasl.password = [redacted]
%7|«TE»|CONF|rdkafka#producer-1| [thrd:app]:   client.id = rdkafka-«hex8:c»
""")
N("kcat_flags_env_var_password", KCAT, r"""
$ kcat -b $KAFKA_BROKERS -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN -X sasl.username="$CC_API_KEY" -X sasl.password="$CC_API_SECRET" -C -t wandb.run.events -o -«dig2:n» -e
""")
N("kafka_client_props_keystore_locations_only", K_SSL, r"""
security.protocol=SSL
ssl.keystore.type=PKCS12
ssl.keystore.location=/etc/kafka/secrets/«@wandb|ingest»-client.p12
ssl.truststore.location=/etc/kafka/secrets/truststore.p12
ssl.endpoint.identification.algorithm=https
client.id=«@wandb|ingest»-«hex6:c»
""")
N("kafka_oauthbearer_callback_handler_props", K_PLAIN, r"""
sasl.mechanism=OAUTHBEARER
sasl.oauthbearer.token.endpoint.url=https://login.«@example.com|example.org»/oauth2/token
sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerLoginCallbackHandler
sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId="«uuid:c»" scope="kafka";
""")
N("kafka_consumer_group_offsets_lag_table", K_TOOLS, r"""
GROUP           TOPIC             PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID                                                 HOST            CLIENT-ID
wandb-ingest    wandb.run.events  «dig1:p»          «dig6:o»          «dig6:e»          «dig2:l»   consumer-wandb-ingest-1-«uuid:c»  /10.«dig2:h».3.4   consumer-wandb-ingest-1
""")
N("kafka_record_headers_traceparent_dump", K_TOOLS, r"""
Partition:«dig1:p»	Offset:«dig6:o»	Headers:traceparent:00-«hex32:t»-«hex16:s»-01,content-type:application/json	{"run_id":"«lc8:r»","event":"finished"}
""")
N("confluent_api_key_list_table_no_secret", CC_APIKEY, r"""
  Current |       Key        |      Description      |   Owner   |        Owner Email        | Resource Type |   Resource   |       Created
----------+------------------+-----------------------+-----------+---------------------------+---------------+--------------+-----------------------
  *       | «uc16:k» | wandb run exporter    | sa-«lc6:o» | <service account>         | kafka         | lkc-«lc5:c»    | «T»
""")
N("confluent_resource_ids_env_cluster_sa", CC_APIKEY, r"""
$ confluent kafka cluster describe lkc-«lc5:c» -o json | jq '{id, environment: .environment, endpoint}'
{"id": "lkc-«lc5:c»", "environment": "env-«lc5:e»", "endpoint": "SASL_SSL://pkc-«lc5:p».us-west-2.aws.confluent.cloud:9092"}
""")
N("schema_registry_user_info_env_placeholders", SR, r"""
schema.registry.url=${SCHEMA_REGISTRY_URL}
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${SR_API_KEY}:${SR_API_SECRET}
schema.registry.ssl.truststore.location=/etc/ssl/sr-«lc6:t».jks
""")
N("schema_registry_subject_versions_and_schema_fingerprint", SR, r"""
$ curl -s https://sr.«@example.com|example.net»/subjects/wandb-run-events-value/versions/latest | jq '{subject,version,id}'
{"subject": "wandb-run-events-value", "version": «dig1:v», "id": «dig6:i»}
# schema md5: «hex32:m»
""")
N("avro_schema_fields_named_password_token", SR, r"""
{"type": "record", "name": "ConnectorCredentialChanged", "namespace": "ai.wandb.audit",
 "fields": [{"name": "user", "type": "string"}, {"name": "password_changed", "type": "boolean"},
            {"name": "token_id", "type": "string", "doc": "id of the rotated token, e.g. «hex12:t»"}]}
""")
N("strimzi_kafkauser_spec_password_secret_ref", STRIMZI, r"""
kind: KafkaUser
metadata:
  name: «@wandb-writer|trainer-user»
spec:
  authentication:
    type: scram-sha-512
    password:
      valueFrom:
        secretKeyRef:
          name: wandb-kafka-user-password
          key: password
  authorization: {type: simple, acls: [{resource: {type: topic, name: wandb-«lc5:t», patternType: prefix}, operations: [Read]}]}
""", new=True)
N("strimzi_kafkauser_status_username_secret_name", STRIMZI, r"""
status:
  conditions:
  - lastTransitionTime: "«T»"
    status: "True"
    type: Ready
  observedGeneration: «dig1:g»
  secret: «@ingest-user|sweep-user»
  username: «@ingest-user|sweep-user»
""", new=True)
N("strimzi_kafkaconnect_password_secret_spec", STRIMZI_CLIENT, r"""
  authentication:
    type: scram-sha-512
    username: connect
    passwordSecret:
      secretName: «@connect-user|wandb-connect»
      password: password
  bootstrapServers: «@my-cluster|events»-kafka-bootstrap:«@9093|9094»
  replicas: «dig1:r»
""", new=True)
N("kafka_ui_env_sasl_mechanism_without_jaas", KAFKAUI, r"""
KAFKA_CLUSTERS_0_NAME=wandb-events
KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS=b-«dig1:b».wandb«lc6:m».kafka.us-east-1.amazonaws.com:9098
KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL=SASL_SSL
KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM=AWS_MSK_IAM
KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG=software.amazon.msk.auth.iam.IAMLoginModule required awsProfileName="«@msk-reader|default»";
""", new=True)
N("akhq_yaml_env_placeholder_password", AKHQ, r"""
akhq:
  connections:
    prod:
      properties:
        bootstrap.servers: "kafka-«dig1:n».example.com:«@9093|9094»"
        sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="akhq" password="${AKHQ_KAFKA_PASSWORD}";
""", new=True)
N("kafdrop_properties_file_path_env", KAFDROP, r"""
    -e KAFKA_BROKERCONNECT=kafka.example.com:9093 \
    -e KAFKA_PROPERTIES_FILE=/etc/kafdrop/«@client|kafka».properties \
    -e JVM_OPTS="-Xms«dig2:a»M -Xmx«dig3:b»M" \
""", new=True)
N("flink_checkpoint_and_job_ids_log", FLINK, r"""
«TL» INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint «dig3:c» for job «hex32:j» («dig5:s» bytes, checkpointDuration=«dig3:d» ms).
""", new=True)
N("kafka_cluster_id_meta_properties_like", K_TOOLS, r"""
#«T»
node.id=«dig1:n»
directory.id=«b64u22:d»
version=1
cluster.id=«b64u22:c»
""")
N("kafka_sasl_password_env_reference_compose", K_PLAIN, r"""
    environment:
      KAFKA_BOOTSTRAP_SERVERS: kafka-«dig1:n».kafka.svc:«@9092|9093»
      KAFKA_SASL_MECHANISM: PLAIN
      KAFKA_SASL_USERNAME: ${KAFKA_SASL_USERNAME}
      KAFKA_SASL_PASSWORD_FILE: /run/secrets/«@kafka_password|kafka_sasl_pw»
""")
N("eventhubs_kafka_endpoint_without_key", EH_KAFKA, r"""
bootstrap.servers=«@wandb-eh|telemetry».servicebus.windows.net:9093
security.protocol=SASL_SSL
sasl.mechanism=OAUTHBEARER
sasl.login.callback.handler.class=CustomAuthenticateCallbackHandler
client.id=«@wandb|eh»-producer-«hex6:c»
""")
# ---- RabbitMQ
N("rabbitmq_definitions_password_hash_sha256", RMQ_DEF, r"""
  "users": [
    {"name": "«@wandb|celery»", "password_hash": "«b64s48:h»", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["management"], "limits": {}}
  ],
""")
N("rabbitmqctl_list_users_and_permissions", RMQ_CTL, r"""
Listing users ...
user	tags
«@wandb|celery»	[management]
guest	[administrator]
default_user_«an20:u»	[administrator]
""")
N("rabbitmq_cookie_hash_diagnostics", RMQ_COOKIE, r"""
$ rabbitmq-diagnostics erlang_cookie_hash -q
«b64s22:h»==
""")
N("rabbitmq_cookie_sources_no_value", RMQ_COOKIE, r"""
Cookie File
Effective user: rabbitmq
Effective home directory: /var/lib/rabbitmq
Cookie file path: /var/lib/rabbitmq/.erlang.cookie
Cookie file exists? true
Cookie file type: regular
Cookie file access: read
Cookie file size: 20
Node: rabbit@«@rabbitmq-0|rabbit-1|mq-2».«@rabbitmq-nodes|mq-headless».«@ml|default».svc
Cookie CLI Switch
--erlang-cookie value set? false
""")
N("kombu_connection_repr_masked_password", KOMBU, r"""
«TL» INFO celery.worker.consumer.connection: Connected to amqp://«@jobs|wandb»:**@10.«dig2:a».8.3:5672//
<Connection: amqp://«@jobs|wandb»:**@10.«dig2:a».8.3:5672// at 0x7f«hex10:p»>
""")
N("celery_report_masked_broker_and_backend", CELERY_CONF, r"""
broker_url: 'redis://:********@redis:6379/0'
result_backend: 'redis://:********@redis:6379/1'
task_default_queue: '«@wandb|exports|sweeps»'
worker_prefetch_multiplier: «dig1:w»
""")
N("rabbitmq_consumer_tags_delivery_tags", RMQ_API, r"""
«TL» DEBUG pika.channel: Basic.Deliver consumer_tag=ctag1.«hex32:c» delivery_tag=«dig4:d» exchange='' routing_key='runs'
«TL» DEBUG aio_pika: consumer tag amq.ctag-«b64u22:t» registered
""")
N("rabbitmq_mgmt_overview_response", RMQ_API, r"""
{"management_version":"3.13.«dig1:v»","cluster_name":"rabbit@«@rabbitmq-0|mq-1»","erlang_version":"26.2.«dig1:e»","node":"rabbit@«@rabbitmq-0|mq-1»","listeners":[{"node":"rabbit@«@rabbitmq-0|mq-1»","protocol":"amqp","ip_address":"::","port":5672}],"object_totals":{"queues":«dig2:q»}}
""")
N("rabbitmq_shovel_uri_without_credentials", RMQ_SHOVEL, r"""
{"src-uri": "amqp://", "src-queue": "runs", "dest-uri": "amqps://mq.«@example.com|example.net»?cacertfile=/etc/ssl/ca.pem&auth_mechanism=external", "dest-queue": "runs-archive-«lc4:q»", "prefetch-count": «dig3:p»}
""")
N("rabbitmq_docker_env_default_pass_file", RMQ_DOCKER, r"""
            "Env": [
                "RABBITMQ_DEFAULT_USER=«@wandb|admin»",
                "RABBITMQ_DEFAULT_PASS_FILE=/run/secrets/rabbitmq_password",
                "RABBITMQ_VERSION=3.13.«dig1:v»"
            ],
""")
N("amqp_url_guest_defaults_docs_comment", RMQ_URI, r"""
# Default: amqp://guest:guest@localhost:5672/  (guest can only connect via localhost)
AMQP_URL=amqp://rabbitmq.«@example.com|internal»:5672/%2F
AMQP_PREFETCH=«dig2:p»
""")
# ---- NATS
N("nats_public_user_and_account_nkeys_describe", NSC, r"""
╭──────────────────────────────────────────────────────────────────╮
│                              User                                │
├──────────────────────┬───────────────────────────────────────────┤
│ Name                 │ «@wandb-worker|ingest»                      │
│ User ID              │ U«b3255:u» │
│ Issuer ID            │ A«b3255:a» │
╰──────────────────────┴───────────────────────────────────────────╯
""")
N("nats_server_info_json_server_id", NATS_JWT, r"""
INFO {"server_id":"N«b3255:n»","server_name":"nats-«dig1:i»","version":"2.10.«dig1:v»","proto":1,"go":"go1.22.«dig1:g»","host":"0.0.0.0","port":4222,"headers":true,"auth_required":true,"max_payload":1048576,"jetstream":true,"client_id":«dig3:c»,"nonce":"«b64u11:o»"}
""")
N("nats_cli_creds_path_flag_and_context_file", NATS_CTX, r"""
$ nats --creds ~/.config/nats/«@wandb|ml».creds sub 'wandb.runs.>'
«TG» Subscribing on wandb.runs.>
$ nats context ls
""")
N("nats_inbox_subjects_and_stream_info", NATS_JWT, r"""
[#«dig2:n»] Received on "_INBOX.«an22:i».«an8:j»" with reply "$JS.ACK.RUNS.wandb.1.«dig4:s».«dig4:q».«dig13:t».0"
""")
N("nats_context_json_creds_path_only", NATS_CTX, r"""
{
  "url": "tls://nats.«@example.com|example.net»:4222",
  "token": "",
  "user": "",
  "password": "",
  "creds": "/home/«@wandb|svc|ml»/.config/nats/«lc5:c».creds",
  "nkey": ""
}
""")
# ---- Redis
N("redis_acl_list_sha256_hashes", REDIS_ACL, r"""
127.0.0.1:6379> ACL LIST
1) "user default off nopass sanitize-payload resetchannels -@all"
2) "user «@celery|worker» on #«hex64:h» ~«@celery|worker»:* resetchannels &* +@all -@dangerous"
""")
N("redis_sentinel_masters_runid_output", REDIS_SENT, r"""
 1) "name"
 2) "mymaster"
 3) "ip"
 4) "10.«dig2:a».2.10"
 5) "runid"
 6) "«hex40:r»"
 7) "flags"
 8) "master"
""")
N("redis_cluster_nodes_ids_output", REDIS_CLUSTER, r"""
«hex40:a» 10.0.1.1:6379@16379 myself,master - 0 0 1 connected 0-5460
«hex40:b» 10.0.1.2:6379@16379 master - 0 17«dig11:t» 2 connected 5461-10922
""")
N("redis_conf_default_commented_masterauth_placeholder", REDIS_CONF, r"""
# masterauth <master-password>
#
# However this is not enough if you are using Redis ACLs (for Redis version
# 6 or greater), and the default user is not capable of running the PSYNC
# command and/or other commands needed for replication.
# masteruser <username>
replicaof 10.«dig2:a».«dig1:b».«dig2:c» 6379
""")
N("sentinel_conf_default_auth_pass_comment", REDIS_SENT, r"""
# sentinel auth-pass <master-name> <password>
#
# Set the password to use to authenticate with the master and replicas.
# Useful if there is a password set in the Redis instances to monitor.
sentinel down-after-milliseconds «@mymaster|wandb-redis» «dig5:d»
""")
N("redis_info_replication_replid", REDIS_CLUSTER, r"""
# Replication
role:master
connected_slaves:«dig1:c»
master_replid:«hex40:a»
master_replid2:0000000000000000000000000000000000000000
master_repl_offset:«dig7:o»
""")
N("redis_cli_askpass_and_requirepass_env", REDISCLI, r"""
$ redis-cli -h redis-sentinel -p 26379 --askpass --user sentinel-admin
Please input password: ************
$ docker run -e REDIS_PASSWORD_FILE=/run/secrets/redis_pw bitnami/redis:7.«dig1:v»
«hex64:c»
""")
N("goredis_options_password_redacted_print", GOREDIS, r"""
«TG» rdb: sentinel failover client master=«@mymaster|wandb» addrs=[sentinel-0:26379 sentinel-1:26379] password=<redacted> sentinel_password=<redacted> db=«dig1:d»
""")
# ---- Memcached
N("memcached_help_sasl_and_auth_file_flags", MEMC_AUTHFILE, r"""
-S, --enable-sasl         turn on Sasl authentication
-Y, --auth-file=<file>    (EXPERIMENTAL) enable ASCII protocol authentication. format:
                          user:pass\nuser2:pass2\n
$ memcached -V
memcached 1.6.«dig2:v»
""", new=True)
N("memcached_sasl_conf_mech_list", MEMC_SASL, r"""
$ cat /etc/sasl2/memcached.conf
mech_list: plain
log_level: «@5|3»
sasldb_path: /etc/sasl2/memcached-sasldb2
$ systemctl show memcached -p MainPID
MainPID=«dig4:p»
""", new=True)
N("memcached_stats_output_pids_and_bytes", MEMC_SASL, r"""
STAT pid «dig4:p»
STAT uptime «dig6:u»
STAT auth_cmds «dig3:a»
STAT auth_errors «dig1:e»
STAT bytes «dig8:b»
END
""", new=True)
N("memcachier_username_server_only", MEMCACHIER, r"""
MEMCACHIER_SERVERS=mc«dig1:n».dev.ec2.memcachier.com:11211
MEMCACHIER_USERNAME=«uc6:u»
MEMCACHIER_PASSWORD=${MEMCACHIER_PASSWORD}
""", new=True)
# ---- Celery / task queues
N("celery_task_ids_and_result_keys", CELERY_WORKER, r"""
[«TL»: INFO/MainProcess] Task wandb_jobs.export_run[«uuid:t»] received
[«TL»: INFO/ForkPoolWorker-«dig1:w»] Task wandb_jobs.export_run[«uuid:t»] succeeded in «dig1:s».«dig3:m»s: None
redis key: celery-task-meta-«uuid:t»
""")
N("celery_broker_url_from_env_settings", CELERY_CONF, r"""
broker_url = os.environ["CELERY_BROKER_URL"]
result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
broker_connection_retry_on_startup = True
worker_concurrency = «dig1:c»
""")
N("flower_basic_auth_help_text", FLOWER, r"""
  --basic_auth                     Enable basic authentication (a comma separated list of user:password pairs, default: [])
  --auth                           Regexp of emails to grant access
  --oauth2_key                     OAuth2 key (requires --auth)
$ celery --version
5.«dig1:a».«dig1:b» (opalescent)
""")
N("sidekiq_jids_and_retry_stats", SIDEKIQ, r"""
«T» pid=«dig4:p» tid=«lc4:t» class=ExportRunJob jid=«hex24:j» INFO: start
«T» pid=«dig4:p» tid=«lc4:t» class=ExportRunJob jid=«hex24:j» elapsed=«dig1:e».«dig3:m» INFO: done
""")
N("sidekiq_web_auth_env_reference_ruby", SIDEKIQ_WEB, r"""
Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(::Digest::SHA256.hexdigest(password), ::Digest::SHA256.hexdigest(ENV["SIDEKIQ_WEB_PASSWORD"]))
end
mount Sidekiq::Web => "/«@sidekiq|admin/jobs|ops/sidekiq»"
# Sidekiq «@7.2|7.3|8.0».«dig1:p»
""")
N("rq_info_workers_and_queues", RQ, r"""
high         |█ «dig1:a»
default      |████ «dig2:b»
«dig1:c» queues, «dig2:d» jobs total

«hex32:w» (10.«dig2:x».4.9 «dig4:p»): idle high, default
""")
N("dramatiq_message_ids_log", DRAMATIQ, r"""
[«TL»] [PID «dig4:p»] [Thread-«dig1:t»] [dramatiq.worker.WorkerThread] [DEBUG] Received message export_run('«lc8:r»') with id '«uuid:m»'.
""", new=True)
N("huey_task_ids_and_consumer_banner", HUEY, r"""
[«TL»] INFO:huey.consumer:MainThread:Huey consumer started with 4 thread, PID «dig4:p» at «T»
[«TL»] INFO:huey:Worker-1:Executing wandb_exports.tasks.export_run: «uuid:t»
""", new=True)
N("asynq_task_ids_inspect_output", ASYNQ, r"""
ID                                    Type              Payload                          State
«uuid:i»  eval:run          {"run_id":"«lc8:r»","project":"«@nlp|vision»"}  pending
""", new=True)
# ---- Pulsar
N("pulsar_client_conf_token_file_reference", PULSAR_TOKEN, r"""
authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
authParams=file:///pulsar/tokens/«@wandb|admin».jwt
operationTimeoutSeconds=«dig2:o»
brokerServiceUrl=pulsar+ssl://pulsar.«@example.com|example.net»:6651/
""")
N("pulsar_broker_conf_public_key_path", PULSAR_TOKEN, r"""
authenticationEnabled=true
tokenPublicKey=file:///pulsar/keys/public.key
tokenAuthClaim=sub
superUserRoles=admin,proxy,«@wandb|ml|etl»-«lc4:r»
brokerServicePort=«@6650|6651»
""")
N("pulsar_message_ids_and_stats", PULSAR_ADMIN, r"""
«TL» INFO  ConsumerImpl - [persistent://wandb/ml/runs][«@ingest|eval»-sub] Acknowledged message id («dig5:l»,«dig3:e»,-1,0) producer=standalone-«dig1:s»-«dig3:q»
{"msgRateIn": «dig2:r».«dig3:m», "storageSize": «dig7:s», "backlogSize": «dig5:b»}
""")
# ---- MQTT
N("mosquitto_password_file_pbkdf2_hashes", MOSQ_PASSWD, r"""
$ cat /mosquitto/config/passwd
«@sensor01|wandb|edge»:$7$101$«b64s16:s»$«b64s86:h»==
""", new=True)
N("mosquitto_conf_password_file_and_listener", MOSQ_CONF, r"""
listener 8883
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl
cafile /mosquitto/certs/ca.crt
max_connections «dig4:m»
""", new=True)
N("mqtt_client_ids_connect_log", PAHO, r"""
«TE»: New client connected from 10.«dig2:a».«dig1:b».7:«dig5:p» as trainer-«hex6:c» (p5, c1, k60, u'«@wandb|telemetry»').
«TE»: Client trainer-«hex6:c» disconnected.
""")
N("mosquitto_pub_password_from_env_var", MOSQ_PUB, r"""
mosquitto_pub -h broker.example.com -p 8883 -i job-«hex8:c» -u "$MQTT_USER" -P "$MQTT_PASSWORD" -t runs/«lc8:r»/status -m '{"state":"finished"}'
""", new=True)
N("emqx_api_key_list_without_secret", EMQX, r"""
[{"name":"wandb-monitor","api_key":"«hex16:k»","expired_at":"infinity","created_at":"«T»","desc":"read clients","enable":true,"role":"viewer"}]
""", new=True)
# ---- AWS / GCP / Azure
N("sqs_receive_message_receipt_handle_md5", SQS_CLI, r"""
{"Messages": [{"MessageId": "«uuid:m»", "ReceiptHandle": "AQEB«b64s140:r»==", "MD5OfBody": "«hex32:d»", "Body": "{\"run_id\": \"«lc8:x»\"}"}]}
""")
N("sqs_queue_url_and_sns_arns", SNS, r"""
QueueUrl: https://sqs.«@us-east-1|eu-west-1».amazonaws.com/«dig12:a»/wandb-exports
TopicArn: arn:aws:sns:«@us-east-1|eu-west-1»:«dig12:a»:wandb-alerts
SubscriptionArn: arn:aws:sns:«@us-east-1|eu-west-1»:«dig12:a»:wandb-alerts:«uuid:s»
""")
N("aws_configure_list_sqs_profile_masked", AWS_ENV, r"""
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile             sqs-consumer           manual    --profile
access_key     ****************«uc4:a» shared-credentials-file
secret_key     ****************«an4:b» shared-credentials-file
    region                «@us-east-1|us-west-2»      config-file    ~/.aws/config
""")
N("pubsub_message_ids_and_subscription_paths", PUBSUB_PUSH, r"""
{"message": {"data": "eyJydW5faWQiOiAiYWJjIn0=", "messageId": "«dig16:m»", "publishTime": "«T»", "attributes": {"run": "«lc8:r»"}}, "subscription": "projects/ml-«dig6:p»/subscriptions/wandb-run-finished"}
""")
N("pubsub_emulator_host_env", PUBSUB_EMU, r"""
PUBSUB_EMULATOR_HOST=localhost:«@8085|8681»
PUBSUB_PROJECT_ID=local-«lc6:p»
GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json
""")
N("servicebus_conn_str_placeholder_docs", ASB_CONN, r"""
# Replace <NAMESPACE-CONNECTION-STRING> with the value from the portal:
# Endpoint=sb://<NAMESPACE-NAME>.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<KEY-VALUE>
CONNECTION_STR = "<NAMESPACE-CONNECTION-STRING>"
QUEUE_NAME = "«@exports|sweeps»-«lc4:q»"
""")
N("servicebus_message_lock_tokens_sequence", ASB_CONN, r"""
«TL» INFO azure.servicebus: Received message_id=«hex32:m» sequence_number=«dig5:s» lock_token=«uuid:l» enqueued_time_utc=«T»
""")
N("servicebus_namespace_show_json", AZ_SB_CLI, r"""
{"id": "/subscriptions/«uuid:s»/resourceGroups/ml-rg/providers/Microsoft.ServiceBus/namespaces/«@wandb-jobs|mlqueue»", "serviceBusEndpoint": "https://«@wandb-jobs|mlqueue».servicebus.windows.net:443/", "disableLocalAuth": false, "sku": {"name": "Standard"}}
""")
N("servicebus_identity_env_client_ids", KEDA_ASB, r"""
AZURE_CLIENT_ID=«uuid:c»
AZURE_TENANT_ID=«uuid:t»
AZURE_FEDERATED_TOKEN_FILE=/var/run/secrets/azure/tokens/azure-identity-token
SERVICEBUS_FULLY_QUALIFIED_NAMESPACE=«@wandb-jobs|mlqueue».servicebus.windows.net
""")
N("eventhubs_checkpoint_blob_names", EH_CONN, r"""
checkpoint/«@wandb-eh|telemetry».servicebus.windows.net/wandb-telemetry/$default/checkpoint/«dig1:p»  offset=«dig8:o» sequencenumber=«dig5:s» etag="0x8DC«uc12:e»"
""")
# ---- KEDA / Temporal / Prefect / Dagster
N("keda_scaledobject_host_from_env", KEDA_RMQ, r"""
  triggers:
  - type: rabbitmq
    metadata:
      queueName: sweeps
      mode: QueueLength
      value: "«dig2:v»"
      hostFromEnv: RABBITMQ_HOST
""")
N("keda_triggerauth_azure_workload_identity", KEDA_TA, r"""
apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: «@servicebus-auth|eh-auth»
spec:
  podIdentity:
    provider: azure-workload
    identityId: «uuid:i»
""")
N("keda_operator_scaler_metrics_log", KEDA_KAFKA, r"""
«T»	INFO	kafka_scaler	Kafka scaler: providing metrics based on totalLag «dig3:l», topicPartitions «dig1:p», threshold «dig2:t»	{"type": "ScaledObject", "namespace": "ml", "name": "wandb-consumer"}
""")
N("temporal_workflow_run_ids_describe", TEMPORAL_CLI, r"""
  WorkflowId     export-«lc8:w»
  RunId          «uuid:r»
  Type           ExportRunWorkflow
  Namespace      wandb-ml.«lc5:a»
  TaskQueue      wandb-exports
  HistoryLength  «dig2:h»
""")
N("temporal_env_api_key_from_file_config", TEMPORAL_KEY, r"""
[profile.prod]
address = "«@us-east-1|eu-west-1».aws.api.temporal.io:7233"
namespace = "wandb-ml.«lc5:a»"
api_key = "$TEMPORAL_API_KEY"
""")
N("prefect_config_view_masked_api_key", PREFECT_SETTINGS, r"""
🚀 you are connected to:
https://app.prefect.cloud/account/«uuid:a»/workspace/«uuid:w»
PREFECT_PROFILE='«@prod|default»'
PREFECT_API_KEY='********' (from profile)
PREFECT_API_URL='https://api.prefect.cloud/api/accounts/«uuid:a»/workspaces/«uuid:w»' (from profile)
""")
N("prefect_flow_run_ids_log", PREFECT_SETTINGS, r"""
«TS» | INFO    | prefect.flow_runs.worker - Worker 'KubernetesWorker «uuid:k»' submitting flow run '«uuid:r»'
«TS» | INFO    | Flow run '«@silver|brave|quiet»-«@otter|falcon|lynx»' - Created task run 'export-«hex3:x»' for task 'export'
""")
N("dagster_cloud_agent_token_env_reference", DAGSTER_AGENT, r"""
instance:
  class: DagsterCloudAgentInstance
dagster_cloud_api:
  agent_token:
    env: DAGSTER_CLOUD_AGENT_TOKEN
  deployment: «@prod|staging»
  branch_deployments: «@true|false»
user_code_launcher:
  config:
    namespace: dagster-«lc5:n»
""")
N("dagster_run_config_envvar_password", DAGSTER_ENV, r"""
resources:
  kafka:
    config:
      sasl_username: dagster
      sasl_password:
        env: KAFKA_SASL_PASSWORD
      bootstrap_servers: kafka-«dig1:n».example.com:9093
""")
N("dagster_run_ids_and_step_keys", DAGSTER_ENV, r"""
«TS» - dagster - DEBUG - export_job - «uuid:r» - «dig4:p» - export_op - STEP_SUCCESS - Finished execution of step "export_op" in «dig2:s»ms.
""")
# ---- bundle contexts
N("k8s_secret_describe_byte_counts_broker", K8S_SECRET, r"""
Name:         «@celery-broker|kafka-client»-credentials
Namespace:    ml
Type:  Opaque

Data
====
password:          «dig2:a» bytes
sasl.jaas.config:  «dig3:b» bytes
""")
N("pod_env_secretkeyref_broker_url", K8S_SECRET, r"""
        - name: CELERY_BROKER_URL
          valueFrom:
            secretKeyRef:
              name: «@celery-broker|wandb-broker»
              key: url
        - name: CELERY_WORKER_CONCURRENCY
          value: "«dig1:c»"
        - name: RABBITMQ_ERLANG_COOKIE_FILE
          value: /etc/rabbitmq-cookie/.erlang.cookie
""")
N("helm_values_existing_secret_brokers", HELM_VALUES, r"""
rabbitmq:
  auth:
    username: wandb
    existingPasswordSecret: «@rabbitmq-auth|mq-pass»
    existingErlangSecret: «@rabbitmq-auth|mq-pass»
redis:
  auth:
    existingSecret: redis-auth
    existingSecretPasswordKey: redis-password
  master:
    persistence:
      size: «dig2:s»Gi
""")
# ================================================================ output
SOURCES = {name: src for name, src, _, _ in POS + NEG}
NEW_KIND_POS = [n for n, _, new, _ in POS if new]
NEW_KIND_NEG = [n for n, _, new, _ in NEG if new]
SAME_KIND_POS = [n for n, _, new, _ in POS if not new]
SAME_KIND_NEG = [n for n, _, new, _ in NEG if not new]
assert len(SOURCES) == len(POS) + len(NEG), "duplicate shape name"

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
    pos_all = set()
    for r in pos_out:
        pos_all.update(r["secrets"])
    neg_out = []
    neg_seen = set()
    for name, _, _, tpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, secrets = render(tpl)
                key = "\n".join(lines)
                if (not secrets and key not in neg_seen and 1 <= len(lines) <= 12
                        and not any(s in key for s in pos_all)):
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
