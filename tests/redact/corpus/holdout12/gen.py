#!/usr/bin/env python3
"""holdout12 generator: sealed held-out set for the wbdiag secret redactor.

Python 3 stdlib only. Fixed seed. `python3 gen.py` rewrites positives.jsonl and
negatives.jsonl byte for byte.

Templates use a tiny mini-language inside ⟦ … ⟧ (see expand()):
  ⟦S alpha len [name]⟧   secret drawn from an alphabet, listed
  ⟦=name⟧                repeat an already drawn secret
  ⟦R alpha len⟧          random non-secret
  ⟦B64 alpha len⟧        base64 of a whole secret (listed without '=')
  ⟦BASIC user alpha len⟧ base64("user:pass"), user side padded to 3-byte multiple; password chars listed
  ⟦B64WRAP pre¦alpha¦len¦post⟧ base64 of a document; secret aligned, whole 3-byte groups listed
  ⟦PCT alpha len⟧        percent-encoded secret, listed encoded
  ⟦HEX alpha len⟧        hex of the secret bytes, listed as hex
  ⟦QP alpha len⟧         quoted-printable (= as =3D), listed encoded
  ⟦JU alpha len⟧         JSON \\u00XX escaped letters, listed escaped
  ⟦JWT alg⟧              JWT; signature listed
  ⟦PEM n⟧                PEM private key body, body lines listed one by one
  ⟦ts fmt⟧ ⟦uuid⟧ ⟦ip⟧ ⟦int a b⟧ ⟦pick a¦b¦c⟧ ⟦user⟧ ⟦word⟧
"""
import base64, json, random, string, sys, datetime, urllib.parse

SEED = 120_12_2026
OUT_POS = "positives.jsonl"
OUT_NEG = "negatives.jsonl"

ALPHA = {
    "a": string.ascii_letters + string.digits,
    "l": string.ascii_lowercase + string.digits,
    "L": string.ascii_lowercase,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "U": string.ascii_uppercase + string.digits,
    "b": string.ascii_letters + string.digits + "+/",
    "u": string.ascii_letters + string.digits + "-_",
    "p": string.ascii_letters + string.digits + "!*-_.~^+",
    "q": string.ascii_letters + string.digits + "!#$%&*+-./:=?@^_~",
    "d": string.digits,
    "3": string.ascii_uppercase + "234567",
    "e": string.ascii_letters + string.digits + "=",
}
USERS = ["wandb", "svc-wandb", "mlops", "ops-admin", "j.doe", "a.ng", "platform", "ci-bot",
         "kmeyer", "rgupta", "admin", "backup", "weave", "grafana", "exporter", "airflow"]
WORDS = ["alpha", "ml", "prod", "research", "vision", "nlp", "rl", "infra", "eu1", "us2", "gpu"]


class Rec:
    def __init__(self, rng, base_ts):
        self.rng = rng
        self.secrets = []
        self.named = {}
        self.t = base_ts

    def rnd(self, alpha, n):
        if "-" in str(n):
            lo, hi = map(int, n.split("-"))
            n = self.rng.randint(lo, hi)
        n = int(n)
        al = ALPHA[alpha]
        return "".join(self.rng.choice(al) for _ in range(n))

    def tick(self):
        self.t += datetime.timedelta(milliseconds=self.rng.randint(3, 2500))
        return self.t

    def ts(self, fmt):
        t = self.tick()
        ms = t.microsecond // 1000
        if fmt == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms
        if fmt == "isos":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if fmt == "isonano":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (t.microsecond, self.rng.randint(0, 999))
        if fmt == "isooff":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % ms
        if fmt == "klog":
            return t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond
        if fmt == "syslog":
            return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")
        if fmt == "go":
            return t.strftime("%Y/%m/%d %H:%M:%S")
        if fmt == "py":
            return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms
        if fmt == "sp":
            return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms
        if fmt == "clf":
            return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if fmt == "epoch":
            return str(int(t.timestamp()))
        if fmt == "epochf":
            return "%.3f" % t.timestamp()
        if fmt == "epochms":
            return str(int(t.timestamp() * 1000))
        if fmt == "date":
            return t.strftime("%Y-%m-%d")
        if fmt == "http":
            return t.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if fmt == "hms":
            return t.strftime("%H:%M:%S")
        raise ValueError(fmt)

    def add(self, s):
        self.secrets.append(s)
        return s

    def tok(self, body):
        head, _, rest = body.partition(" ")
        r = self.rng
        if head == "S":
            parts = rest.split(" ")
            v = self.rnd(parts[0], parts[1])
            if len(parts) > 2:
                self.named[parts[2]] = v
            return self.add(v)
        if head.startswith("="):
            return self.named[head[1:]]
        if head == "R":
            parts = rest.split(" ")
            v = self.rnd(parts[0], parts[1])
            if len(parts) > 2:
                self.named[parts[2]] = v
            return v
        if head == "B64":
            a, n = rest.split(" ")
            v = self.rnd(a, n)
            e = base64.b64encode(v.encode()).decode()
            self.add(e.rstrip("="))
            return e
        if head == "BASIC":
            u, a, n = rest.split(" ")
            if u == "*":
                u = r.choice(USERS)
            while (len(u.encode()) + 1) % 3:
                u += r.choice(string.digits)
            v = self.rnd(a, n)
            e = base64.b64encode((u + ":" + v).encode()).decode()
            k = (len(u) + 1) // 3 * 4
            self.add(e[k:].rstrip("="))
            return e
        if head == "B64WRAP":
            pre, a, n, post = rest.split("¦")
            pre = pre.replace("\\n", "\n")
            post = post.replace("\\n", "\n")
            while len(pre.encode()) % 3:
                pre = pre + " " if not pre.endswith("\n") else pre[:-1] + " \n"
            v = self.rnd(a, n)
            doc = (pre + v + post).encode()
            e = base64.b64encode(doc).decode()
            k = len(pre.encode()) // 3 * 4
            g = len(v) // 3 * 4
            self.add(e[k:k + g])
            return e
        if head == "PCT":
            a, n = rest.split(" ")
            v = self.rnd(a, n)
            e = urllib.parse.quote(v, safe="")
            return self.add(e)
        if head == "HEX":
            a, n = rest.split(" ")
            return self.add(self.rnd(a, n).encode().hex())
        if head == "QP":
            a, n = rest.split(" ")
            v = self.rnd("a", n)
            i = r.randint(3, len(v) - 3)
            v = v[:i] + "=" + v[i:]
            return self.add(v.replace("=", "=3D"))
        if head == "JU":
            a, n = rest.split(" ")
            v = self.rnd(a, n)
            out = "".join(("\\u%04x" % ord(c)) if (c.isalpha() and r.random() < 0.3) else c for c in v)
            return self.add(out)
        if head == "JWT":
            alg = rest or "RS256"
            hdr = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT", "kid": self.rnd("l", 12)}, separators=(",", ":")).encode()).decode().rstrip("=")
            claims = {"iss": "https://auth.example.com/", "sub": self.rnd("l", 20), "aud": "wandb",
                      "iat": int(self.t.timestamp()), "exp": int(self.t.timestamp()) + 3600}
            pl = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
            sig = self.rnd("u", 342 if alg.startswith("RS") else 43)
            self.add(sig)
            return hdr + "." + pl + "." + sig
        if head == "PEM":
            n = int(rest or 4)
            lines = [self.add(self.rnd("b", 64)) for _ in range(n)]
            lines.append(self.add(self.rnd("b", r.randint(20, 60))) + "=")
            return "\n".join(lines)
        if head == "ts":
            return self.ts(rest)
        if head == "SUUID":
            h = self.rnd("h", 32)
            return self.add("%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:]))
        if head == "uuid":
            h = self.rnd("h", 32)
            return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])
        if head == "ip":
            return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
        if head == "int":
            a, b = rest.split(" ")
            return str(r.randint(int(a), int(b)))
        if head == "pick":
            return r.choice(rest.split("¦"))
        if head == "user":
            return r.choice(USERS)
        if head == "word":
            return r.choice(WORDS)
        raise ValueError("bad token " + body)


def expand(rec, tpl):
    out = []
    i = 0
    while True:
        j = tpl.find("⟦", i)
        if j < 0:
            out.append(tpl[i:])
            break
        out.append(tpl[i:j])
        k = tpl.find("⟧", j)
        out.append(rec.tok(tpl[j + 1:k]))
        i = k + 1
    return "".join(out)


def grams_ok(lines, secrets):
    text = "\n".join(lines)
    if any(s not in text for s in secrets):
        return False
    if any(len(s) < 8 for s in secrets):
        return False
    t = text
    for s in sorted(set(secrets), key=len, reverse=True):
        t = t.replace(s, "\0")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in t:
                return False
    return True


POS = []
NEG = []


def P(name, tpl, new=True, crlf=False):
    POS.append((name, tpl.strip("\n"), new, crlf))


def N(name, tpl, crlf=False):
    NEG.append((name, tpl.strip("\n"), crlf))

# ---------------------------------------------------------------- positives
# --- W&B stack and its own services
P("wandb_sdk_debug_internal_proxy_dict_userinfo", r'''
⟦ts py⟧ INFO    HandlerThread:⟦int 1000 9999⟧ [internal.py:wandb_internal():⟦int 90 160⟧] W&B internal server running at pid: ⟦int 100 9999⟧
⟦ts py⟧ DEBUG   SenderThread:⟦int 1000 9999⟧ [internal_api.py:__init__():⟦int 200 260⟧] proxies={'http': 'http://⟦user⟧:⟦S p 14-22⟧@proxy.corp.example.com:3128', 'https': 'http://⟦user⟧:⟦=x⟧@proxy.corp.example.com:3128'}
⟦ts py⟧ INFO    SenderThread:⟦int 1000 9999⟧ [sender.py:send_run():⟦int 900 990⟧] updated run: ⟦R l 8⟧
'''.replace("⟦=x⟧", "⟦=px⟧").replace("⟦S p 14-22⟧", "⟦S p 14-22 px⟧"))
P("wandb_local_init_configmap_sql_create_user_identified", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: wandb-mysql-init
data:
  init.sql: |
    CREATE DATABASE IF NOT EXISTS wandb_local CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'wandb_local'@'%' IDENTIFIED BY '⟦S p 16-28⟧';
    GRANT ALL PRIVILEGES ON wandb_local.* TO 'wandb_local'@'%';
''')
P("wandb_ipynb_source_array_escaped_environ_assign", r'''
  {
   "cell_type": "code",
   "execution_count": ⟦int 1 40⟧,
   "source": [
    "import os, wandb\n",
    "os.environ[\"WANDB_BASE_URL\"] = \"https://wandb.⟦word⟧.example.com\"\n",
    "os.environ[\"WANDB_API_KEY\"] = \"local-⟦S h 40⟧\"\n",
    "run = wandb.init(project=\"⟦word⟧-baseline\")"
   ]
  },
''')
P("wandb_slurm_scontrol_write_batch_script_export_key", r'''
$ scontrol write batch_script ⟦int 100000 999999⟧ -
#!/bin/bash
#SBATCH --job-name=sweep-⟦R l 8⟧
#SBATCH --gres=gpu:⟦int 1 8⟧
export WANDB_BASE_URL=https://wandb.internal.example.com
export WANDB_API_KEY=⟦S h 40⟧
srun wandb agent ⟦word⟧/⟦word⟧-sweeps/⟦R l 8⟧
''')
P("wandb_weave_server_logfmt_settings_clickhouse_password", r'''
time=⟦ts iso⟧ level=INFO msg="trace server settings" wf_clickhouse_host=clickhouse.weave.svc wf_clickhouse_port=8123 wf_clickhouse_user=⟦user⟧ wf_clickhouse_pass=⟦S a 20-32⟧ wf_clickhouse_database=weave_trace_db
time=⟦ts iso⟧ level=INFO msg="migrations up to date" version=⟦int 10 40⟧
''')
P("wandb_kafka_client_jaas_info_line_flat_run_updater", r'''
⟦ts sp⟧ INFO  [flat-run-fields-updater] o.a.k.c.c.ConsumerConfig - ConsumerConfig values:
⇥bootstrap.servers = [kafka-0.kafka-headless.wandb.svc:9092]
⇥sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb" password="⟦S a 18-30⟧";
⇥sasl.mechanism = SCRAM-SHA-512
⇥security.protocol = SASL_SSL
''')
P("wandb_har_graphql_update_license_mutation_postdata", r'''
      "request": {
        "method": "POST",
        "url": "https://wandb.⟦word⟧.example.com/graphql",
        "postData": {
          "mimeType": "application/json",
          "text": "{\"operationName\":\"UpdateLicense\",\"variables\":{\"license\":\"⟦JWT RS256⟧\"},\"query\":\"mutation UpdateLicense($license: String!) { updateLicense(input: {license: $license}) { success } }\"}"
        }
''')
P("wandb_console_smtp_test_har_postdata_password", r'''
        "postData": {
          "mimeType": "application/json",
          "text": "{\"host\":\"smtp.example.com\",\"port\":587,\"user\":\"noreply@example.com\",\"password\":\"⟦S p 14-24⟧\",\"to\":\"⟦user⟧@example.com\"}"
        },
        "headersSize": ⟦int 600 1200⟧,
''')
P("wandb_buildkit_plain_progress_build_arg_echo", r'''
#8 [3/6] RUN pip install wandb==0.⟦int 15 21⟧.⟦int 0 9⟧
#8 DONE ⟦int 5 40⟧.⟦int 1 9⟧s
#9 [4/6] RUN WANDB_API_KEY=⟦S h 40⟧ wandb artifact get ⟦word⟧/models/resnet:v⟦int 1 30⟧
#9 0.⟦int 100 999⟧ wandb: Downloading large artifact resnet:v⟦int 1 30⟧, ⟦int 90 900⟧.⟦int 10 99⟧MB. 3 files...
''')
P("wandb_mlflow_importer_yaml_tracking_password", r'''
# wandb importer config
mlflow:
  tracking_uri: https://mlflow.example.com
  tracking_username: ⟦user⟧
  tracking_password: "⟦S p 16-24⟧"
wandb:
  base_url: https://wandb.⟦word⟧.example.com
  entity: ⟦word⟧
''')
P("wandb_core_logfmt_s3_endpoint_userinfo_artifact_ref", r'''
time=⟦ts isonano⟧ level=DEBUG msg="artifacts: resolving reference" uri=s3://datasets/⟦word⟧/train.parquet endpoint=https://⟦R U 20⟧:⟦S a 40⟧@minio.storage.svc:9000 region=us-east-1
''')
P("wandb_launch_agent_python_log_kaniko_secret_env_repr", r'''
⟦ts py⟧ INFO    launch.builder.kaniko: building with env [{'name': 'AWS_REGION', 'value': 'us-west-2'}, {'name': 'AWS_SECRET_ACCESS_KEY', 'value': '⟦S b 40⟧'}, {'name': 'AWS_ACCESS_KEY_ID', 'value': 'AKIA⟦R U 16⟧'}]
''', new=False)
P("wandb_operator_console_log_json_values_redis_url_pct", r'''
{"level":"info","ts":⟦ts epochf⟧,"logger":"controllers.WeightsAndBiases","msg":"applying values","redis":"redis://:⟦PCT q 16-24⟧@wandb-redis-master.wandb.svc:6379/0","spec":"default"}
''')
P("wandb_service_account_env_in_argo_workflow_log", r'''
main ⟦ts isonano⟧ + export WANDB_ENTITY=⟦word⟧
main ⟦ts isonano⟧ + export WANDB_API_KEY=⟦S h 40⟧
main ⟦ts isonano⟧ + python train.py --epochs ⟦int 1 50⟧
main ⟦ts isonano⟧ wandb: Currently logged in as: ⟦user⟧ (⟦word⟧). Use `wandb login --relogin` to force relogin
''')
# --- Databases / ORM debug logs
P("sqlalchemy_echo_insert_bound_params_tuple", r'''
⟦ts py⟧ INFO sqlalchemy.engine.Engine BEGIN (implicit)
⟦ts py⟧ INFO sqlalchemy.engine.Engine INSERT INTO smtp_settings (host, port, username, password) VALUES (%s, %s, %s, %s)
⟦ts py⟧ INFO sqlalchemy.engine.Engine [generated in 0.000⟦int 10 99⟧s] ('smtp.example.com', 587, 'alerts@example.com', '⟦S p 14-24⟧')
⟦ts py⟧ INFO sqlalchemy.engine.Engine COMMIT
''')
P("gorm_logger_trace_update_sql_with_token", r'''
⟦ts go⟧ /app/store/integration.go:⟦int 40 300⟧
[⟦int 1 9⟧.⟦int 100 999⟧ms] [rows:1] UPDATE `integrations` SET `access_token`="⟦S a 36-48⟧",`updated_at`="⟦ts sp⟧" WHERE `id` = ⟦int 1 999⟧
''')
P("hibernate_orm_jdbc_bind_trace_varchar_password", r'''
⟦ts sp⟧ DEBUG 1 --- [nio-8080-exec-⟦int 1 9⟧] org.hibernate.SQL : insert into service_credential (name, secret, id) values (?, ?, ?)
⟦ts sp⟧ TRACE 1 --- [nio-8080-exec-⟦int 1 9⟧] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [smtp-relay]
⟦ts sp⟧ TRACE 1 --- [nio-8080-exec-⟦int 1 9⟧] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [⟦S p 16-28⟧]
⟦ts sp⟧ TRACE 1 --- [nio-8080-exec-⟦int 1 9⟧] o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [BIGINT] - [⟦int 1 9999⟧]
''')
P("prisma_query_event_params_json_array", r'''
prisma:query INSERT INTO "public"."ApiClient" ("name","clientSecret","createdAt") VALUES ($1,$2,$3) RETURNING "public"."ApiClient"."id"
prisma:query params ["grafana-sso","⟦S u 32-48⟧","⟦ts iso⟧"] duration_ms=⟦int 1 40⟧
''')
P("knex_debug_bindings_array_query_object", r'''
  knex:query insert into `webhooks` (`secret`, `url`) values (?, ?) undefined +0ms
  knex:bindings [ '⟦S a 32-40⟧', 'https://hooks.example.com/wandb' ] undefined +1ms
''')
P("django_db_backends_debug_params_tuple_password", r'''
DEBUG ⟦ts py⟧ utils (⟦int 0 1⟧.00⟦int 1 9⟧) UPDATE "auth_ldapconfig" SET "bind_password" = '⟦S p 14-24⟧' WHERE "auth_ldapconfig"."id" = 1; args=('⟦=pw⟧', 1); alias=default
'''.replace("⟦S p 14-24⟧", "⟦S p 14-24 pw⟧"))
P("pgaudit_log_alter_role_with_password_statement", r'''
⟦ts sp⟧ UTC [⟦int 100 9999⟧] LOG:  AUDIT: SESSION,⟦int 1 99⟧,1,ROLE,ALTER ROLE,,,ALTER ROLE grafana_ro WITH LOGIN PASSWORD '⟦S a 16-28⟧',<not logged>
''', new=False)
P("mongodb_compass_connection_export_json_password", r'''
{"type":"Compass Connections","version":{"$numberInt":"1"},"connections":[{"id":"⟦uuid⟧","connectionOptions":{"connectionString":"mongodb://⟦user⟧:⟦S a 18-26⟧@mongo-0.db.example.com:27017/?authSource=admin"},"favorite":{"name":"⟦word⟧"}}]}
''')
P("odbcinst_dsn_trace_sql_driver_connect_string", r'''
[ODBC][⟦int 1000 9999⟧][⟦ts epochf⟧][SQLDriverConnect.c][⟦int 700 1500⟧]
⇥⇥Entry:
⇥⇥⇥Connection = 0x55⟦R h 10⟧
⇥⇥⇥Str In = [DRIVER={MySQL ODBC 8.0 Unicode Driver};SERVER=10.0.⟦int 1 9⟧.⟦int 2 250⟧;UID=reporting;PWD=⟦S a 16-24⟧;DATABASE=wandb_local][length = ⟦int 90 130⟧ (SQL_NTS)]
''')
P("clickhouse_keeper_backup_config_s3_secret_xml", r'''
<clickhouse>
    <backups>
        <allowed_disk>backups</allowed_disk>
    </backups>
    <s3>
        <endpoint>https://s3.us-east-1.amazonaws.com/weave-backups/</endpoint>
        <access_key_id>AKIA⟦R U 16⟧</access_key_id>
        <secret_access_key>⟦S b 40⟧</secret_access_key>
    </s3>
</clickhouse>
''')
P("redis_py_connection_repr_in_exception_password_kw", r'''
redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.
During handling: ConnectionPool<Connection<host=wandb-redis.wandb.svc,port=6379,db=0,username=default,password=⟦S a 20-32⟧>>
''')
P("celery_worker_banner_transport_url_password", r'''
 -------------- celery@worker-⟦R l 5⟧ v5.⟦int 2 4⟧.⟦int 0 9⟧ (⟦pick opalescent¦emerald-rush¦immunity⟧)
--- ***** -----
-- ******* ---- Linux-5.15.0-x86_64-with-glibc2.35 ⟦ts sp⟧
- *** --- * ---
- ** ---------- [config]
- ** ---------- .> app:         tasks:0x7f⟦R h 10⟧
- ** ---------- .> transport:   amqp://⟦user⟧:⟦S a 18-26⟧@rabbitmq.queue.svc:5672//
- ** ---------- .> results:     disabled://
''')
P("rabbitmq_definitions_json_users_password_field", r'''
{"rabbit_version":"3.12.⟦int 0 12⟧","users":[{"name":"⟦user⟧","password":"⟦S a 20-30⟧","tags":["administrator"],"limits":{}}],"vhosts":[{"name":"/"}]}
''')
P("nats_server_conf_accounts_users_password", r'''
accounts: {
  WANDB: {
    users: [
      {user: events, password: "⟦S p 18-28⟧"}
    ]
  }
}
''')
P("kafka_sasl_plain_jaas_continuation_properties_file", r'''
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \
    username="⟦R U 16⟧" \
    password="⟦S b 64⟧";
''', new=False)
P("kafka_connect_worker_log_connector_config_password", r'''
[⟦ts py⟧] INFO [wandb-sink|task-0] JdbcSinkConfig values:
⇥connection.url = jdbc:mysql://mysql.db.svc:3306/analytics
⇥connection.user = ⟦user⟧
⇥connection.password = ⟦S a 16-24⟧
⇥insert.mode = upsert
''')
P("kcat_config_file_sasl_password_line", r'''
$ cat ~/.config/kcat.conf
bootstrap.servers=⟦R l 8⟧.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=⟦R U 16⟧
sasl.password=⟦S b 64⟧
''')
# --- OAuth / OIDC / SAML
P("oauth2_proxy_internal_util_userinfo_access_token_query", r'''
[⟦ts go⟧] [stored_session.go:⟦int 100 200⟧] Refreshing session - User: ⟦user⟧@example.com; SessionAge: ⟦int 1 59⟧m⟦int 1 59⟧s
[⟦ts go⟧] [internal_util.go:69] 400 GET https://sso.example.com/realms/ml/protocol/openid-connect/userinfo?access_token=⟦JWT RS256⟧
''')
P("keycloak_event_log_code_to_token_refresh_token_debug", r'''
⟦ts sp⟧ DEBUG [org.keycloak.protocol.oidc.endpoints.TokenEndpoint] (executor-thread-⟦int 1 30⟧) refresh_token=⟦JWT HS256⟧ client_id=wandb grant_type=refresh_token
''')
P("authlib_flask_debug_token_response_dict", r'''
⟦ts py⟧ DEBUG authlib.integrations.base_client: fetched token {'access_token': '⟦S u 40-60⟧', 'expires_in': 3599, 'refresh_token': '⟦S u 40-60⟧', 'scope': 'openid email profile', 'token_type': 'Bearer'}
''')
P("go_oidc_client_credentials_form_body_trace", r'''
⟦ts go⟧ http: POST /oauth2/default/v1/token HTTP/1.1
⟦ts go⟧ http: Content-Type: application/x-www-form-urlencoded
⟦ts go⟧ http: client_id=0oa⟦R a 17⟧&client_secret=⟦PCT q 30-40⟧&grant_type=client_credentials&scope=wandb.scim
''')
P("spring_security_oauth2_client_debug_authorization_code_exchange", r'''
⟦ts sp⟧ DEBUG 1 --- [nio-8080-exec-⟦int 1 9⟧] o.s.web.client.RestTemplate : Writing [{grant_type=[authorization_code], code=[⟦S u 30-44⟧], redirect_uri=[https://app.example.com/login/oauth2/code/okta]}] as "application/x-www-form-urlencoded;charset=UTF-8"
''')
P("oidc_callback_302_location_fragment_id_token", r'''
< HTTP/2 302
< location: https://wandb.⟦word⟧.example.com/oidc/callback#id_token=⟦JWT RS256⟧&state=⟦R h 32⟧
< content-length: 0
''')
P("saml_tracer_export_json_relaystate_and_assertion_b64", r'''
{"method":"POST","url":"https://wandb.example.com/saml/acs","post":[["RelayState","⟦R h 24⟧"],["SAMLResponse","⟦B64WRAP <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><saml:Attribute Name="scim_token"><saml:AttributeValue>¦a¦36¦</saml:AttributeValue></saml:Attribute></samlp:Response>⟧"]]}
''')
P("okta_workflows_connection_export_client_secret_yaml", r'''
connection:
  type: okta
  domain: ⟦word⟧.okta.com
  clientId: 0oa⟦R a 17⟧
  clientSecret: ⟦S u 40⟧
''')
P("azure_ad_msal_python_log_confidential_client_credential_kw", r'''
⟦ts py⟧ DEBUG msal.application: ConfidentialClientApplication(client_id='⟦uuid⟧', client_credential='⟦S u 34-40⟧', authority='https://login.microsoftonline.com/⟦uuid⟧')
''')
P("google_oauth_token_refresh_request_body_debug_requests", r'''
send: b'POST /token HTTP/1.1\r\nHost: oauth2.googleapis.com\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nclient_id=⟦R d 12⟧-⟦R l 32⟧.apps.googleusercontent.com&client_secret=GOCSPX-⟦S u 28⟧&refresh_token=1%2F%2F0⟦S u 90-100⟧&grant_type=refresh_token'
''')
P("gitea_oauth2_app_create_api_response_secret", r'''
HTTP/1.1 201 Created
{"id":⟦int 1 99⟧,"name":"wandb-sso","client_id":"⟦uuid⟧","client_secret":"gto_⟦S l 52⟧","redirect_uris":["https://wandb.example.com/oidc/callback"],"confidential_client":true}
''')
P("casdoor_init_data_json_application_client_secret", r'''
  "applications": [
    {
      "owner": "admin",
      "name": "wandb",
      "clientId": "⟦R h 20⟧",
      "clientSecret": "⟦S h 40⟧",
      "redirectUris": ["https://wandb.example.com/oidc/callback"]
    }
''')
P("zitadel_api_app_oidc_config_response_client_secret", r'''
{
  "appId": "⟦R d 18⟧",
  "clientId": "⟦R d 18⟧@wandb",
  "clientSecret": "⟦S a 64⟧",
  "noneCompliant": false
}
''')
P("lemonldap_ng_conf_oidc_rp_client_secret_perl", r'''
oidcRPMetaDataOptions => {
  wandb => {
    oidcRPMetaDataOptionsClientID     => 'wandb',
    oidcRPMetaDataOptionsClientSecret => '⟦S a 28-40⟧',
  },
},
''')
P("kanidm_system_oauth2_show_basic_secret_output", r'''
$ kanidm system oauth2 show-basic-secret wandb
⟦S a 48⟧
$ kanidm system oauth2 get wandb | grep origin
oauth2_rs_origin: https://wandb.example.com
''')
P("shibboleth_idp_relying_party_secret_properties", r'''
# credentials.properties (idp.home/credentials)
idp.sealer.storePassword = ⟦S p 18-26⟧
idp.sealer.keyPassword = ⟦S p 18-26⟧
idp.attribute.resolver.LDAP.bindDNCredential = ⟦S p 16-24⟧
''')
# --- Object stores, cloud SDKs, backup tools
P("s3cmd_debug_configparser_secret_key_arrow", r'''
DEBUG: s3cmd version 2.⟦int 2 4⟧.0
DEBUG: ConfigParser: Reading file '/root/.s3cfg'
DEBUG: ConfigParser: access_key->AK...17_chars...⟦R U 1⟧
DEBUG: ConfigParser: secret_key->⟦S b 40⟧
DEBUG: ConfigParser: host_base->minio.storage.svc:9000
''', new=False)
P("restic_backup_repository_password_file_content_cat", r'''
$ kubectl -n wandb exec deploy/backup -- cat /etc/restic/password
⟦S a 32-44⟧
$ kubectl -n wandb exec deploy/backup -- restic snapshots --latest 1
repository ⟦R h 8⟧ opened (version 2, compression level auto)
''', new=False)
P("duplicity_env_passphrase_and_aws_secret_crontab", r'''
# m h  dom mon dow   command
15 3 * * * PASSPHRASE='⟦S p 20-30⟧' AWS_ACCESS_KEY_ID=AKIA⟦R U 16⟧ AWS_SECRET_ACCESS_KEY='⟦S b 40⟧' duplicity /var/lib/mysql boto3+s3://wandb-db-backup >> /var/log/dup.log 2>&1
''')
P("borg_passphrase_env_systemd_service_dropin", r'''
# /etc/systemd/system/borg-backup.service.d/override.conf
[Service]
Environment="BORG_REPO=ssh://borg@backup.example.com:22/./wandb"
Environment="BORG_PASSPHRASE=⟦S p 24-36⟧"
''')
P("velero_backupstoragelocation_config_with_s3url_userinfo", r'''
spec:
  provider: aws
  objectStorage:
    bucket: velero-wandb
  config:
    region: minio
    s3ForcePathStyle: "true"
    s3Url: http://⟦R U 20⟧:⟦S a 32-40⟧@minio.velero.svc:9000
''')
P("aws_cli_debug_botocore_endpoint_form_body_put_parameter", r'''
⟦ts py⟧ - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=PutParameter) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'headers': {'X-Amz-Target': 'AmazonSSM.PutParameter', 'Content-Type': 'application/x-amz-json-1.1'}, 'body': b'{"Name": "/wandb/prod/mysql_password", "Value": "⟦S p 18-28⟧", "Type": "SecureString", "Overwrite": true}'}
''')
P("aws_sdk_go_v1_loglevel_debug_body_secret_string", r'''
⟦ts go⟧ DEBUG: Request secretsmanager/PutSecretValue Details:
---[ REQUEST POST-SIGN ]-----------------------------
POST / HTTP/1.1
Host: secretsmanager.us-east-1.amazonaws.com
X-Amz-Target: secretsmanager.PutSecretValue

{"SecretId":"wandb/license","SecretString":"⟦JWT RS256⟧"}
-----------------------------------------------------
''')
P("gcloud_log_http_response_access_token_body", r'''
---- response start ----
status: 200
-- body start --
{
  "access_token": "ya29.⟦S u 180-220⟧",
  "expires_in": 3599,
  "token_type": "Bearer"
}
-- body end --
''')
P("azure_cli_debug_msal_refresh_token_request_body", r'''
DEBUG: msal.token_cache: event={"client_id": "04b07795-8ddb-461a-bbee-02f9e1bf7b46", "data": {"claims": null, "scope": ["https://management.core.windows.net//.default"]}, "grant_type": "refresh_token", "refresh_token": "0.A⟦S u 300-360⟧", "token_endpoint": "https://login.microsoftonline.com/organizations/oauth2/v2.0/token"}
''')
P("ibm_cos_hmac_service_credential_json", r'''
{
  "apikey": "⟦S u 44⟧",
  "cos_hmac_keys": {
    "access_key_id": "⟦R h 32⟧",
    "secret_access_key": "⟦S h 48⟧"
  },
  "endpoints": "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints",
''')
P("goofys_mount_fstab_env_credentials", r'''
goofys#wandb-artifacts /mnt/wandb fuse _netdev,allow_other,--file-mode=0666,--endpoint=http://minio:9000,env=AWS_SECRET_ACCESS_KEY=⟦S b 40⟧ 0 0
''')
# --- Proxies, ingress, load balancers
P("nginx_error_log_client_sent_header_cookie_session_debug", r'''
⟦ts go⟧ [debug] ⟦int 20 99⟧#⟦int 20 99⟧: *⟦int 1000 99999⟧ http header: "Cookie: _oauth2_proxy=⟦S u 120-160⟧; wandb_session=⟦R h 16⟧"
⟦ts go⟧ [debug] ⟦int 20 99⟧#⟦int 20 99⟧: *⟦int 1000 99999⟧ http header done
''', new=False)
P("envoy_debug_http_codec_request_headers_block_x_api_key", r'''
[⟦ts sp⟧][⟦int 10 99⟧][debug][http] [source/common/http/conn_manager_impl.cc:⟦int 1000 1200⟧] [Tags: "ConnectionId":"⟦int 1 999⟧","StreamId":"⟦R d 19⟧"] request headers complete (end_stream=true):
':authority', 'wandb.example.com'
':path', '/api/v1/artifacts'
':method', 'GET'
'x-api-key', '⟦S a 40⟧'
'user-agent', 'python-requests/2.31.0'
''')
P("traefik_debug_forwardauth_response_header_copy", r'''
time="⟦ts isos⟧" level=debug msg="Remote error https://auth.example.com/verify. StatusCode: 200" middlewareName=sso@kubernetescrd middlewareType=ForwardAuth
time="⟦ts isos⟧" level=debug msg="copy authResponseHeaders X-Forwarded-Access-Token: ⟦JWT RS256⟧" middlewareName=sso@kubernetescrd
''')
P("squid_access_log_strip_query_off_token_param", r'''
⟦ts epochf⟧ ⟦int 10 999⟧ ⟦ip⟧ TCP_MISS/200 ⟦int 300 9000⟧ GET https://wandb.example.com/api/v1/files?run=⟦R l 8⟧&access_token=⟦S a 40⟧ - HIER_DIRECT/⟦ip⟧ application/json
''', new=False)
P("apache_httpd_mod_auth_openidc_passphrase_conf", r'''
<IfModule mod_auth_openidc.c>
  OIDCProviderMetadataURL https://sso.example.com/.well-known/openid-configuration
  OIDCClientID wandb
  OIDCClientSecret ⟦S a 32-40⟧
  OIDCCryptoPassphrase "⟦S p 24-32⟧"
</IfModule>
''')
P("nginx_conf_proxy_pass_upstream_userinfo_minio", r'''
    location /minio/ {
        proxy_set_header Host $host;
        proxy_pass http://⟦R U 20⟧:⟦S a 32-40⟧@minio.storage.svc:9000/;
    }
''')
P("ingress_nginx_auth_url_annotation_token_query", r'''
  annotations:
    nginx.ingress.kubernetes.io/auth-url: "https://auth.example.com/oauth2/auth?token=⟦S a 40⟧"
    nginx.ingress.kubernetes.io/auth-signin: "https://auth.example.com/oauth2/start?rd=$escaped_request_uri"
''')
P("gateway_api_httproute_request_header_modifier_bearer", r'''
      filters:
        - type: RequestHeaderModifier
          requestHeaderModifier:
            set:
              - name: Authorization
                value: "Bearer ⟦S u 48-64⟧"
''')
P("tinyproxy_upstream_http_userinfo_conf", r'''
Port 8888
Listen 0.0.0.0
Upstream http ⟦user⟧:⟦S p 14-22⟧@proxy.corp.example.com:3128
Allow 10.0.0.0/8
''')
P("cntlm_conf_pass_ntlm_hash_lines", r'''
Username    ⟦user⟧
Domain      CORP
PassNTLMv2  ⟦S H 32⟧
Proxy       proxy.corp.example.com:8080
''')
# --- Kubernetes / GitOps / Helm / Terraform
P("argocd_app_manifests_rendered_env_value_smtp", r'''
        - name: GORILLA_EMAIL_SINK
          value: smtp://apikey:⟦PCT q 20-30⟧@smtp.sendgrid.net:587
        - name: GORILLA_SESSION_LENGTH
          value: 720h
''')
P("argocd_repo_add_password_flag_history", r'''
⟦int 300 999⟧  argocd repo add https://git.example.com/ml/wandb-deploy.git --username deploy --password ⟦S a 32-40⟧ --insecure-skip-server-verification
''')
P("fluxcd_sops_age_key_secret_stringdata", r'''
stringData:
  identity.agekey: |
    # created: ⟦ts isos⟧
    # public key: age1⟦R l 58⟧
    AGE-SECRET-KEY-1⟦S U 58⟧
''')
P("sealed_secrets_recovery_unseal_jq_decoded_output", r'''
$ kubeseal --recovery-unseal --recovery-private-key keys.yaml < wandb-sealed.yaml | jq -r .data.password | base64 -d
⟦S p 18-26⟧
''')
P("terraform_apply_outputs_redis_auth_string_uuid", r'''
Apply complete! Resources: 3 added, 0 changed, 0 destroyed.

Outputs:

redis_auth_string = "⟦SUUID⟧"
redis_host = "10.⟦int 0 255⟧.⟦int 0 255⟧.⟦int 2 250⟧"
''', new=False)
P("terraform_tf_log_mysql_provider_create_user_debug", r'''
⟦ts iso⟧ [DEBUG] provider.terraform-provider-mysql_v3.0.⟦int 30 60⟧: CREATE USER 'wandb'@'%' IDENTIFIED BY '⟦S p 16-24⟧': tf_req_id=⟦uuid⟧ tf_rpc=ApplyResourceChange
''')
P("pulumi_up_diff_secret_marker_to_plaintext", r'''
    ~ kubernetes:core/v1:Secret: (update)
        [urn=urn:pulumi:prod::wandb::kubernetes:core/v1:Secret::mysql]
      ~ stringData: {
          ~ password: "[secret]" => "⟦S p 16-26⟧"
        }
''', new=False)
P("crossplane_providerconfig_secret_creds_ini_block", r'''
stringData:
  creds: |
    [default]
    aws_access_key_id = AKIA⟦R U 16⟧
    aws_secret_access_key = ⟦S b 40⟧
''')
P("external_secrets_fake_provider_data_value", r'''
spec:
  provider:
    fake:
      data:
        - key: /wandb/mysql
          value: "⟦S p 18-26⟧"
          version: v1
''')
P("kubectl_v6_request_body_secret_stringdata_klog", r'''
I⟦ts klog⟧   ⟦int 10000 99999⟧ request.go:⟦int 1100 1300⟧] Request Body: {"apiVersion":"v1","kind":"Secret","metadata":{"name":"wandb-bucket","namespace":"wandb"},"stringData":{"ACCESS_KEY":"⟦R U 20⟧","SECRET_KEY":"⟦S a 40⟧"}}
''')
P("kubelet_event_failed_pull_token_url_userinfo", r'''
  Warning  Failed     ⟦int 1 59⟧s   kubelet   Failed to pull image "registry.example.com/wandb/local:0.⟦int 50 70⟧.0": failed to resolve reference: pulling from host registry.example.com failed: GET https://robot$wandb:⟦S a 32⟧@registry.example.com/v2/token?scope=repository%3Awandb%2Flocal%3Apull: 401 Unauthorized
''')
P("kustomize_configmapgenerator_literal_slack_secret", r'''
configMapGenerator:
  - name: wandb-extra-env
    literals:
      - GORILLA_DEFAULT_REGION=us-east-1
      - GORILLA_CUSTOMER_SECRET_STORE_SOURCE=k8s-secretmanager://wandb-secret
      - SLACK_SECRET=⟦S h 32⟧
''')
P("cert_manager_vault_issuer_approle_secret_id_literal", r'''
  vault:
    server: https://vault.example.com
    path: pki_int/sign/wandb
    auth:
      appRole:
        path: approle
        roleId: ⟦uuid⟧
        secretId: ⟦SUUID⟧
''')
P("cert_manager_klog_acme_eab_hmac_key_field", r'''
I⟦ts klog⟧       1 setup.go:⟦int 100 300⟧] cert-manager/issuers: registering ACME account with EAB keyID=⟦R u 22⟧ hmacKey="⟦S u 86⟧" resource_name=zerossl
''')
P("cert_manager_venafi_tpp_access_token_stringdata", r'''
apiVersion: v1
kind: Secret
metadata:
  name: tpp-secret
stringData:
  access-token: "⟦S b 22⟧=="
''')
# --- CI/CD
P("github_actions_runner_diag_log_job_message_secret_value", r'''
[⟦ts sp⟧Z INFO JobRunner] Job message:
[⟦ts sp⟧Z INFO JobRunner]  "variables": { "WANDB_API_KEY": { "value": "⟦S h 40⟧", "isSecret": false },
''')
P("gitlab_runner_debug_trace_masked_var_bypass_base64", r'''
$ echo "$WANDB_API_KEY" | base64
⟦B64 h 40⟧
$ wandb login --host https://wandb.example.com
''')
P("jenkins_console_withcredentials_set_x_leak", r'''
[Pipeline] withCredentials
Masking supported pattern matches of $MYSQL_PWD
[Pipeline] sh
+ mysql -h mysql.example.com -u wandb -p⟦S p 16-24⟧ -e 'SELECT 1'
''')
P("buildkite_pipeline_upload_env_block_literal", r'''
steps:
  - label: ":wandb: eval"
    command: python eval.py
    env:
      WANDB_API_KEY: "⟦S h 40⟧"
      WANDB_BASE_URL: "https://wandb.example.com"
''')
P("drone_yaml_settings_password_literal_docker_plugin", r'''
steps:
- name: publish
  image: plugins/docker
  settings:
    repo: registry.example.com/ml/trainer
    username: ci-bot
    password: ⟦S a 32⟧
''')
P("woodpecker_agent_env_secret_line", r'''
WOODPECKER_SERVER=woodpecker-server:9000
WOODPECKER_AGENT_SECRET=⟦S h 64⟧
WOODPECKER_MAX_WORKFLOWS=4
''')
P("spinnaker_hal_config_kubernetes_account_token_line", r'''
      - name: wandb-prod
        providerVersion: V2
        serviceAccount: true
        oAuthServiceAccount: spinnaker@example.com
        oAuthScopes: []
        token: ⟦S a 40-52⟧
''')
P("concourse_credentials_yml_vars_file", r'''
# credentials.yml for fly -l
wandb-api-key: ⟦S h 40⟧
git-private-key-passphrase: ⟦S p 16-24⟧
registry-user: ci-bot
''')
P("azure_devops_pipeline_log_replace_tokens_value", r'''
⟦ts isonano⟧ ##[section]Starting: Replace tokens in values.yaml
⟦ts isonano⟧   replacing token 'MYSQL_PASSWORD' with '⟦S p 16-24⟧'
⟦ts isonano⟧ ##[section]Finishing: Replace tokens in values.yaml
''')
P("argo_workflows_archived_log_env_secret_echo", r'''
init: time="⟦ts isos⟧" level=info msg="Starting Workflow Executor" version=v3.⟦int 4 6⟧.⟦int 1 9⟧
main: REDIS_PASSWORD=⟦S a 24-32⟧
main: Connecting to redis://wandb-redis:6379 ...
''')
# --- Observability
P("prometheus_blackbox_module_bearer_token_literal", r'''
modules:
  wandb_health:
    prober: http
    http:
      headers:
        Authorization: "Bearer ⟦S u 40-56⟧"
''')
P("otel_collector_debug_exporter_resource_attr_env_secret", r'''
Resource SchemaURL: https://opentelemetry.io/schemas/1.26.0
Resource attributes:
     -> service.name: Str(weave-trace)
     -> process.command_args: Slice(["python","-m","weave_server","--clickhouse-password","⟦S a 20-30⟧"])
     -> host.name: Str(weave-⟦R l 5⟧)
''')
P("loki_promtail_basic_auth_password_yaml_client", r'''
clients:
  - url: https://logs-prod-⟦int 1 30⟧.grafana.net/loki/api/v1/push
    basic_auth:
      username: "⟦R d 6⟧"
      password: ⟦S u 60-80⟧
''')
P("statsd_exporter_graphite_relay_api_key_flag_ps", r'''
nobody    ⟦int 100 9999⟧  0.0  0.1 ⟦int 700000 800000⟧ ⟦int 10000 30000⟧ ?  Ssl  ⟦ts hms⟧   0:⟦int 10 59⟧ /bin/carbon-relay-ng --graphite-api-key=⟦S h 32⟧ /conf/relay.ini
''')
P("datadog_agent_flare_config_yaml_unscrubbed_app_key", r'''
api_key: "***************************⟦R h 5⟧"
app_key: ⟦S h 40⟧
site: datadoghq.eu
''', new=False)
P("zabbix_agent2_conf_plugins_mysql_password", r'''
Plugins.Mysql.Sessions.wandb.Uri=tcp://mysql.wandb.svc:3306
Plugins.Mysql.Sessions.wandb.User=zbx_monitor
Plugins.Mysql.Sessions.wandb.Password=⟦S p 16-24⟧
''')
P("uptime_kuma_monitor_export_json_basic_auth_pass", r'''
{"id":⟦int 1 99⟧,"name":"W&B API","url":"https://wandb.example.com/healthz","method":"GET","basic_auth_user":"monitor","basic_auth_pass":"⟦S p 16-24⟧","authMethod":"basic"}
''')
# --- Mail, LDAP, directory
P("postfix_smtp_sasl_auth_debug_sasl_plain_b64", r'''
⟦ts syslog⟧ mx1 postfix/smtp[⟦int 1000 9999⟧]: smtp_sasl_authenticate: smtp.example.com[⟦ip⟧]:587: SASL mechanisms PLAIN LOGIN
⟦ts syslog⟧ mx1 postfix/smtp[⟦int 1000 9999⟧]: > smtp.example.com[⟦ip⟧]:587: AUTH PLAIN ⟦B64WRAP \u0000alerts@example.com\u0000¦a¦18¦⟧
'''.replace("\\u0000alerts@example.com\\u0000", "\x00alerts1@example.com\x00"), new=False)
P("python_smtplib_debuglevel_auth_login_reply", r'''
send: 'AUTH LOGIN ⟦B64 a 8⟧\r\n'
reply: b'334 UGFzc3dvcmQ6\r\n'
send: '⟦B64 p 16-24⟧\r\n'
reply: b'235 2.7.0 Authentication successful\r\n'
'''.replace("AUTH LOGIN ⟦B64 a 8⟧", "AUTH LOGIN ⟦R b 16⟧"))
P("openldap_ldapadd_ldif_olcrootpw_plain_value", r'''
dn: olcDatabase={1}mdb,cn=config
changetype: modify
replace: olcRootPW
olcRootPW: ⟦S p 16-24⟧
''')
P("sssd_debug_log_ldap_default_authtok_trace", r'''
(⟦ts sp⟧): [be[example.com]] [sdap_cli_connect_recv] (0x4000): option ldap_default_authtok has value ⟦S p 16-24⟧
''', new=False)
P("grafana_ldap_toml_bind_password_servers_block", r'''
[[servers]]
host = "ldap.example.com"
port = 636
use_ssl = true
bind_dn = "cn=grafana,ou=svc,dc=example,dc=com"
bind_password = '⟦S p 16-24⟧'
''')
P("gitlab_rails_ldap_check_verbose_password_log", r'''
Checking LDAP ...
LDAP: ... Server: ldapmain
LDAP bind: cn=gitlab,ou=svc,dc=example,dc=com password=⟦S p 16-24⟧ method=simple_tls
''')
# --- Vault
P("vault_agent_debug_log_auto_auth_token_sink_write", r'''
⟦ts iso⟧ [DEBUG] agent.sink.file: token written: path=/vault/secrets/token
⟦ts iso⟧ [TRACE] agent.auth.handler: received token: hvs.⟦S a 90-96⟧
''')
P("vault_write_auth_approle_secret_id_table", r'''
$ vault write -f auth/approle/role/wandb/secret-id
Key                   Value
---                   -----
secret_id             ⟦SUUID⟧
secret_id_accessor    ⟦uuid⟧
secret_id_num_uses    0
secret_id_ttl         0s
''', new=False)
P("vault_transit_decrypt_plaintext_base64_field", r'''
$ vault write -format=json transit/decrypt/wandb ciphertext=vault:v1:⟦R b 60⟧ | jq .data
{
  "plaintext": "⟦B64 p 18-30⟧"
}
''')
# --- Admin laptops, hosts, terminals
P("ssh_config_proxycommand_sshpass_inline", r'''
Host bastion-wandb
    HostName 10.⟦int 0 255⟧.⟦int 0 255⟧.⟦int 2 250⟧
    User ops
    ProxyCommand sshpass -p '⟦S p 14-22⟧' ssh -W %h:%p jump@jump.example.com
''')
P("rdp_file_password_51_hex_blob_line", r'''
full address:s:jump-win.example.com
username:s:CORP\⟦user⟧
password 51:b:⟦S H 120-160⟧
''')
P("winscp_ini_session_password_obfuscated_hex", r'''
[Sessions\ops@sftp.example.com]
HostName=sftp.example.com
UserName=ops
Password=⟦S H 60-80⟧
''')
P("filezilla_sitemanager_xml_base64_pass", r'''
<Server>
    <Host>sftp.example.com</Host>
    <Port>22</Port>
    <User>wandb-export</User>
    <Pass encoding="base64">⟦B64 p 14-24⟧</Pass>
</Server>
''')
P("dbeaver_data_sources_json_auth_password_plain", r'''
  "wandb-mysql-⟦R h 8⟧": {
    "provider": "mysql",
    "configuration": {
      "host": "mysql.wandb.svc", "port": "3306", "database": "wandb_local",
      "user": "wandb", "password": "⟦S p 16-24⟧",
      "auth-model": "native"
''')
P("pgadmin_servers_json_password_field", r'''
{"Servers": {"1": {"Name": "weave-pg", "Group": "W&B", "Host": "pg.example.com", "Port": 5432, "MaintenanceDB": "postgres", "Username": "weave", "Password": "⟦S p 16-24⟧", "SSLMode": "require"}}}
''')
P("mysql_workbench_connections_xml_password_param", r'''
        <value type="string" key="hostName">mysql.wandb.svc</value>
        <value type="string" key="userName">wandb</value>
        <value type="string" key="password">⟦S p 16-24⟧</value>
        <value type="int" key="port">3306</value>
''')
P("lazydocker_env_panel_box_drawing_secret_row", r'''
┌─Env──────────────────────────────────────────────┐
│ MYSQL=mysql://wandb:⟦S a 16-24⟧@db:3306/wandb_local │
│ LOCAL_RESTORE=false                               │
└───────────────────────────────────────────────────┘
''')
P("ansible_vvvv_ssh_exec_sudo_password_become_pass_echo", r'''
<10.0.⟦int 1 9⟧.⟦int 2 250⟧> ESTABLISH SSH CONNECTION FOR USER: ops
<10.0.⟦int 1 9⟧.⟦int 2 250⟧> SSH: EXEC sshpass -d12 ssh -o ControlMaster=auto ops@10.0.⟦int 1 9⟧.⟦int 2 250⟧ '/bin/sh -c '"'"'echo ⟦S p 14-22⟧ | sudo -S -p "[sudo via ansible]" /usr/bin/python3'"'"''
''', new=False)
P("chef_knife_data_bag_show_secret_decrypted", r'''
$ knife data bag show wandb mysql --secret-file ~/.chef/encrypted_data_bag_secret
id:       mysql
password: ⟦S p 16-26⟧
user:     wandb
''')
P("puppet_agent_debug_exec_command_password_arg", r'''
Debug: Executing: '/usr/bin/mysqladmin --user=root --password=⟦S p 16-24⟧ ping'
Notice: /Stage[main]/Wandb::Db/Exec[mysql-ping]/returns: executed successfully
''')
P("salt_call_local_pillar_items_yaml_output", r'''
local:
    ----------
    wandb:
        ----------
        license:
            ⟦JWT RS256⟧
        mysql_host:
            mysql.wandb.svc
''')
P("consul_kv_get_recurse_secret_path_output", r'''
$ consul kv get -recurse wandb/
wandb/bucket:s3://wandb-prod
wandb/mysql_password:⟦S p 16-24⟧
wandb/redis_host:redis.service.consul
''')
P("powershell_get_storedcredential_network_credential_list", r'''
PS C:\> (Get-StoredCredential -Target 'wandb-prod').GetNetworkCredential() | Format-List
UserName : svc-wandb
Password : ⟦S p 14-22⟧
Domain   :
''')
P("powershell_transcript_convertfrom_securestring_plain", r'''
**********************
PS>$p = Read-Host -AsSecureString
PS>[Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($p))
⟦S p 14-22⟧
''', crlf=True)
P("macos_security_find_generic_password_w_output", r'''
$ security find-generic-password -s wandb-api -w
⟦S h 40⟧
''')
P("gnome_keyring_secret_tool_lookup_output", r'''
$ secret-tool lookup service wandb user ⟦user⟧
local-⟦S h 40⟧$ 
''')
P("gopass_show_yaml_secret_kv_body", r'''
$ gopass show -f infra/minio
⟦S a 32-40⟧
---
access_key: ⟦R U 20⟧
endpoint: https://minio.example.com
''')
# --- Encodings and adversarial placements
P("quoted_printable_email_body_password_soft_equals", r'''
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Temporary admin password for W&B: ⟦QP e 18-26⟧
Please change it after first login.
''', new=False)
P("json_unicode_escaped_letters_api_key_value", r'''
{"level":"debug","msg":"loaded settings","settings":{"api_key":"⟦JU h 40⟧","base_url":"https://wandb.example.com"}}
''', new=False)
P("hex_encoded_secret_in_go_bytes_debug", r'''
⟦ts go⟧ DEBUG redis: AUTH payload hex=⟦HEX a 16-22⟧
''', new=False)
P("base64_of_dotenv_in_docker_secret_inspect_spec_data", r'''
        "Spec": {
            "Name": "wandb_env",
            "Data": "⟦B64WRAP LICENSE_KEY=¦u¦40¦\nBUCKET=s3://wandb-prod\n⟧"
        }
''')
P("python_bytes_repr_escaped_newline_key", r'''
⟦ts py⟧ DEBUG urllib3.connectionpool: body=b'{"key": "⟦S h 40⟧"}\n' status=401
''')
P("cjk_fullwidth_space_before_token_value", r'''
⟦ts iso⟧ 情報 認証トークン：　⟦S a 32-40⟧　（有効期限 24h）
''', new=False)
P("ansi_bold_value_in_helm_notes_output", r'''
NOTES:
W&B is installed. Admin password: ␛[1m⟦S p 16-24⟧␛[0m
Visit ␛[4mhttps://wandb.⟦word⟧.example.com␛[0m
''')
P("toml_array_of_tables_credentials_token", r'''
[[registries]]
name = "wandb-internal"
index = "https://pypi.example.com/simple"
token = "⟦S a 36-44⟧"
''')
P("ini_value_continuation_indented_second_line", r'''
[wandb]
base_url = https://wandb.example.com
api_key =
    ⟦S h 40⟧
''')
P("xml_attribute_numeric_entities_password", r'''
<Resource name="jdbc/wandb" auth="Container" type="javax.sql.DataSource" username="wandb" password="⟦S a 10-14⟧&#38;⟦S a 10-14⟧&#60;" url="jdbc:mysql://mysql:3306/wandb_local"/>
''', new=False)
P("rtl_isolate_marks_around_secret_value", r'''
⟦ts iso⟧ WARN config: api_key=‹rli›⟦S h 40⟧‹pdi› (source: env)
''', new=False)
P("bom_prefixed_dotenv_first_line_secret", r'''
‹bom›WANDB_API_KEY=⟦S h 40⟧
WANDB_ENTITY=⟦word⟧
''', crlf=True)
P("sops_decrypted_json_output_nested_value", r'''
$ sops -d secrets.enc.json
{
	"mysql": {
		"password": "⟦S p 16-24⟧"
	},
	"sops_version": "3.⟦int 7 9⟧.⟦int 0 3⟧"
}
''')
P("git_diff_word_diff_porcelain_token_change", r'''
$ git diff --word-diff=plain values.yaml
@@ -12 +12 @@ oidc:
  clientSecret: [-"⟦S u 32⟧"-]{+"⟦S u 32⟧"+}
''')
P("patch_hunk_context_line_secret_unchanged", r'''
--- a/.env
+++ b/.env
@@ -1,3 +1,3 @@
 WANDB_API_KEY=⟦S h 40⟧
-WANDB_PROJECT=old
+WANDB_PROJECT=⟦word⟧
''', new=False)
P("cve_scanner_trivy_secret_finding_match_line", r'''
HIGH: AWS (aws-secret-access-key)
════════════════════════════════════════
AWS Secret Access Key
────────────────────────────────────────
 /app/.env:3 (offset: ⟦int 40 200⟧ bytes)
────────────────────────────────────────
   3 [ AWS_SECRET_ACCESS_KEY=⟦S b 40⟧
''')
P("gitleaks_json_report_secret_and_match_fields", r'''
 {
  "Description": "Slack token",
  "File": "deploy/values.yaml",
  "Secret": "⟦S d 12⟧-⟦S d 13⟧-⟦S a 24⟧",
  "Match": "token: xoxb-⟦=t1⟧-⟦=t2⟧-⟦=t3⟧",
'''.replace("⟦S d 12⟧-⟦S d 13⟧-⟦S a 24⟧", "xoxb-⟦R d 12 t1⟧-⟦R d 13 t2⟧-⟦S a 24 t3⟧"))
# ---------------------------------------------------------------- negatives
N("kafka_consumerconfig_dump_hidden_and_null_passwords", r'''
⟦ts sp⟧ INFO  [⟦pick flat-run-fields-updater¦run-updater¦parquet-writer⟧] o.a.k.c.c.ConsumerConfig - ConsumerConfig values:
⇥sasl.jaas.config = [hidden]
⇥sasl.login.callback.handler.class = null
⇥ssl.key.password = null
⇥ssl.keystore.password = null
⇥ssl.truststore.password = [hidden]
⇥group.id = ⟦pick wandb-flat-runs¦wandb-history¦weave-ingest⟧
''')
N("rclone_debug_sensitive_value_placeholder_lines", r'''
⟦ts go⟧ DEBUG : Setting access_key_id="<sensitive value>" for "⟦pick s3¦wandb¦minio⟧" from environment variable RCLONE_CONFIG_S3_ACCESS_KEY_ID
⟦ts go⟧ DEBUG : Setting secret_access_key="<sensitive value>" for "⟦pick s3¦wandb¦minio⟧" from environment variable RCLONE_CONFIG_S3_SECRET_ACCESS_KEY
⟦ts go⟧ DEBUG : fs cache: renaming cache item "s3:wandb-artifacts" to be canonical "s3{⟦R a 5⟧}:wandb-artifacts"
''')
N("s3cmd_debug_configparser_truncated_access_key_empty_secret", r'''
DEBUG: ConfigParser: access_key->AK...17_chars...⟦R U 1⟧
DEBUG: ConfigParser: access_token->
DEBUG: ConfigParser: secret_key->⟦pick ¦ ¦...40_chars...⟧
DEBUG: ConfigParser: signature_v2->False
DEBUG: ConfigParser: gpg_passphrase->
''')
N("sqlalchemy_engine_repr_url_masked_stars", r'''
⟦ts py⟧ INFO alembic.runtime.migration Context impl MySQLImpl.
⟦ts py⟧ INFO app.db Connected: Engine(mysql+pymysql://⟦user⟧:***@mysql.wandb.svc:3306/wandb_local?charset=utf8mb4)
⟦ts py⟧ INFO alembic.runtime.migration Running upgrade ⟦R h 12⟧ -> ⟦R h 12⟧, add api key expiry
''')
N("oauth2_proxy_session_state_string_token_booleans", r'''
⟦ip⟧:⟦int 30000 65000⟧ - ⟦uuid⟧ - ⟦user⟧@example.com [⟦ts go⟧] [AuthSuccess] Authenticated via OAuth2: Session{email:⟦user⟧@example.com user:⟦R a 20⟧ PreferredUsername:⟦user⟧ token:true id_token:true refresh_token:⟦pick true¦false⟧ created:⟦ts sp⟧ +0000 UTC expires:⟦ts sp⟧ +0000 UTC}
''')
N("oauth2_proxy_cookie_settings_startup_line", r'''
[⟦ts go⟧] [oauthproxy.go:⟦int 150 180⟧] Cookie settings: name:_oauth2_proxy secure(https):true httponly:true expiry:⟦pick 168h0m0s¦12h0m0s¦24h0m0s⟧ domains:.example.com path:/ samesite: refresh:after ⟦pick 1h0m0s¦5m0s¦30m0s⟧
[⟦ts go⟧] [oauthproxy.go:⟦int 150 180⟧] OAuthProxy configured for OpenID Connect Client ID: ⟦pick wandb¦wandb-sso¦oauth2-proxy⟧
''')
N("hibernate_binder_trace_nonsecret_email_uuid_params", r'''
⟦ts sp⟧ DEBUG 1 --- [nio-8080-exec-⟦int 1 9⟧] org.hibernate.SQL : insert into api_key_audit (actor, key_id, action, id) values (?, ?, ?, ?)
⟦ts sp⟧ TRACE 1 --- [nio-8080-exec-⟦int 1 9⟧] o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [⟦user⟧@example.com]
⟦ts sp⟧ TRACE 1 --- [nio-8080-exec-⟦int 1 9⟧] o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [⟦uuid⟧]
⟦ts sp⟧ TRACE 1 --- [nio-8080-exec-⟦int 1 9⟧] o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [VARCHAR] - [⟦pick ROTATED¦REVOKED¦CREATED⟧]
''')
N("prisma_query_params_uuid_and_content_sha256", r'''
prisma:query SELECT "public"."Blob"."id", "public"."Blob"."sha256" FROM "public"."Blob" WHERE ("public"."Blob"."id" = $1 AND "public"."Blob"."sha256" = $2) LIMIT $3 OFFSET $4
prisma:query params ["⟦uuid⟧","⟦R h 64⟧",1,0] duration_ms=⟦int 1 40⟧
''')
N("k8s_secret_data_keys_only_jq_keys_output", r'''
$ kubectl -n wandb get secret ⟦pick wandb-bucket¦wandb-mysql¦wandb-oidc⟧ -o json | jq '.data | keys'
[
  "⟦pick ACCESS_KEY¦password¦OIDC_CLIENT_SECRET⟧",
  "⟦pick SECRET_KEY¦username¦OIDC_CLIENT_ID⟧"
]
''')
N("cert_manager_certificate_spec_private_key_policy_fields", r'''
spec:
  secretName: wandb-tls
  privateKey:
    algorithm: ⟦pick RSA¦ECDSA⟧
    size: ⟦pick 2048¦256¦4096⟧
    rotationPolicy: Always
  issuerRef:
    name: letsencrypt-prod
    kind: ClusterIssuer
''')
N("acme_http01_challenge_token_access_log_path", r'''
⟦ip⟧ - - [⟦ts clf⟧] "GET /.well-known/acme-challenge/⟦R u 43⟧ HTTP/1.1" 200 87 "-" "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)"
''')
N("grafana_service_account_tokens_list_table_no_key", r'''
ID  NAME                       CREATED               EXPIRATION   HAS EXPIRED
⟦int 1 99⟧   ⟦pick wandb-dashboards¦alerting-sync¦backup-tool⟧-⟦R l 6⟧   ⟦ts isos⟧  never        false
⟦int 100 199⟧  ⟦pick ci-provisioner¦terraform¦exporter⟧-⟦R l 6⟧     ⟦ts isos⟧  ⟦ts isos⟧ true
''')
N("prometheus_tsdb_meta_json_block_ulid_sources", r'''
{
	"ulid": "01⟦R U 24⟧",
	"minTime": ⟦ts epochms⟧,
	"maxTime": ⟦ts epochms⟧,
	"compaction": {"level": ⟦int 1 4⟧, "sources": ["01⟦R U 24⟧", "01⟦R U 24⟧"]},
	"version": 1
}
''')
N("loki_ingester_flush_chunk_fingerprint_log", r'''
level=debug ts=⟦ts iso⟧ caller=flush.go:⟦int 200 400⟧ msg="flushing chunk" userID=fake fp=⟦R h 16⟧ labels="{app=\"wandb\", namespace=\"wandb\"}" reason=idle total_comp="⟦int 1 99⟧ kB"
''')
N("slsa_provenance_subject_and_material_digests", r'''
  "subject": [{"name": "registry.example.com/wandb/local", "digest": {"sha256": "⟦R h 64⟧"}}],
  "predicate": {"materials": [{"uri": "git+https://git.example.com/ml/wandb-deploy@refs/heads/main", "digest": {"sha1": "⟦R h 40⟧"}}]}
''')
N("helm_history_table_descriptions_secret_words", r'''
REVISION⇥UPDATED                 ⇥STATUS    ⇥CHART        ⇥APP VERSION⇥DESCRIPTION
⟦int 10 40⟧      ⇥Mon Nov ⟦int 10 28⟧ 10:02:11 2026⇥superseded⇥wandb-0.⟦int 10 30⟧.⟦int 0 9⟧⇥0.⟦int 50 70⟧.0     ⇥Upgrade complete: rotated mysql password secret ref
⟦int 41 80⟧      ⇥Tue Dec  1 09:41:57 2026⇥deployed  ⇥wandb-0.⟦int 10 30⟧.⟦int 0 9⟧⇥0.⟦int 50 70⟧.0     ⇥Upgrade complete: license secret moved to wandb-license
''')
N("kubelet_event_mountvolume_setup_secret_volume_names", r'''
  Normal   SuccessfulMountVolume  ⟦int 1 59⟧s   kubelet  MountVolume.SetUp succeeded for volume "⟦pick wandb-secret¦license-volume¦bucket-creds⟧"
  Normal   SuccessfulMountVolume  ⟦int 1 59⟧s   kubelet  MountVolume.SetUp succeeded for volume "kube-api-access-⟦R l 5⟧"
''')
N("wandb_gorilla_logfmt_already_redacted_markers", r'''
time="⟦ts iso⟧" level=info msg="startup config" mysql="mysql://wandb:[REDACTED]@mysql:3306/wandb_local" license="<redacted>" oidc_secret="****" slack_secret="" bucket="s3://wandb-prod"
''')
N("wandb_sdk_settings_repr_api_key_last4_masked", r'''
⟦ts py⟧ INFO    MainThread:⟦int 1000 9999⟧ [wandb_setup.py:_flush():⟦int 70 90⟧] Applying login settings: {'api_key': '***REDACTED***'}
⟦ts py⟧ INFO    MainThread:⟦int 1000 9999⟧ [wandb_login.py:_login():⟦int 200 300⟧] key ending in ...⟦R h 4⟧ accepted for https://wandb.⟦word⟧.example.com
''')
N("wandb_run_config_dataset_hash_and_seed_fields", r'''
{"seed": {"value": ⟦int 1 99999⟧}, "dataset_sha256": {"value": "⟦R h 64⟧"}, "tokenizer": {"value": "⟦pick bert-base-uncased¦gpt2¦t5-small⟧"}, "git_commit": {"value": "⟦R h 40⟧"}, "max_tokens": {"value": ⟦int 256 8192⟧}}
''')
N("mysql_innodb_status_transaction_and_thread_ids", r'''
---TRANSACTION ⟦int 1000000 9999999⟧, ACTIVE ⟦int 1 99⟧ sec starting index read
mysql tables in use 1, locked 1
MySQL thread id ⟦int 100 99999⟧, OS thread handle 1399⟦R d 11⟧, query id ⟦int 100000 999999⟧ ⟦ip⟧ wandb updating
UPDATE api_keys SET last_used_at = NOW() WHERE id = ⟦int 1 9999⟧
''')
N("pt_query_digest_query_id_checksums", r'''
# Query 1: ⟦int 1 99⟧.⟦int 10 99⟧ QPS, 0.⟦int 1 9⟧x concurrency, ID 0x⟦R H 32⟧ at byte ⟦int 1000 999999⟧
# Rank Query ID                            Response time Calls R/Call
#    1 0x⟦R H 32⟧ ⟦int 10 999⟧.⟦int 1000 9999⟧ ⟦int 10 90⟧.⟦int 1 9⟧% ⟦int 100 9999⟧ 0.⟦int 1000 9999⟧ SELECT api_keys
''')
N("redis_debug_digest_and_digest_value_replies", r'''
127.0.0.1:6379> DEBUG DIGEST
"⟦R h 40⟧"
127.0.0.1:6379> DEBUG DIGEST-VALUE session:⟦R h 16⟧
1) "⟦R h 40⟧"
''')
N("npm_audit_json_ghsa_advisory_ids", r'''
    "⟦pick axios¦semver¦undici⟧": {
      "via": [{"source": ⟦int 1000000 1100000⟧, "name": "⟦pick axios¦semver¦undici⟧", "url": "https://github.com/advisories/GHSA-⟦R l 4⟧-⟦R l 4⟧-⟦R l 4⟧", "severity": "moderate"}],
''')
N("pip_verbose_download_link_sha256_fragment", r'''
  Found link https://pypi.example.com/packages/wandb-0.⟦int 16 21⟧.⟦int 0 9⟧-py3-none-any.whl#sha256=⟦R h 64⟧ (from https://pypi.example.com/simple/wandb/) (requires-python:>=3.8), version: 0.⟦int 16 21⟧.⟦int 0 9⟧
''')
N("azure_devops_log_triple_star_masked_values", r'''
⟦ts isonano⟧ ##[command]helm upgrade wandb wandb/operator --set license=*** --set mysql.password=***
⟦ts isonano⟧ Release "wandb" has been upgraded. Happy Helming!
''')
N("terraform_show_json_sensitive_values_bool_map", r'''
{"address":"kubernetes_secret.wandb","mode":"managed","type":"kubernetes_secret","name":"wandb","sensitive_values":{"data":{"password":true,"license":true},"metadata":[{}]}}
''')
N("keycloak_partial_export_masked_client_secret_stars", r'''
    {
      "clientId": "⟦pick wandb¦wandb-sso¦grafana⟧",
      "secret": "**********",
      "clientAuthenticatorType": "client-secret",
      "redirectUris": ["https://wandb.example.com/*"]
    }
''')
N("ldapsearch_ad_objectguid_objectsid_b64", r'''
dn: CN=⟦user⟧,OU=Users,DC=corp,DC=example,DC=com
objectGUID:: ⟦R b 22⟧==
objectSid:: AQUAAAAAAAUVAAAA⟦R b 24⟧
pwdLastSet: 13⟦R d 16⟧
''')
N("postfix_qmgr_queue_ids_and_message_ids", r'''
⟦ts syslog⟧ mx1 postfix/cleanup[⟦int 1000 9999⟧]: ⟦R U 10⟧: message-id=<⟦R h 24⟧.⟦R h 8⟧@wandb.example.com>
⟦ts syslog⟧ mx1 postfix/qmgr[⟦int 1000 9999⟧]: ⟦R U 10⟧: from=<noreply@wandb.example.com>, size=⟦int 1000 9999⟧, nrcpt=1 (queue active)
''')
N("dns_txt_dkim_domainkey_public_p_tag", r'''
⟦pick s1¦google¦k1⟧._domainkey.example.com. 300 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA⟦R b 120⟧" "⟦R b 100⟧IDAQAB"
''')
N("restic_snapshots_table_short_ids_paths", r'''
ID        Time                 Host        Tags        Paths
------------------------------------------------------------------
⟦R h 8⟧  ⟦ts sp⟧  backup-⟦R l 5⟧  mysql       /dump/wandb_local.sql.gz
⟦R h 8⟧  ⟦ts sp⟧  backup-⟦R l 5⟧  minio       /data/wandb-artifacts
''')
N("borg_list_json_archive_ids", r'''
{"archives": [{"archive": "wandb-⟦ts date⟧", "barchive": "wandb-⟦ts date⟧", "id": "⟦R h 64⟧", "name": "wandb-⟦ts date⟧", "start": "⟦ts isos⟧", "time": "⟦ts isos⟧"}], "encryption": {"mode": "repokey-blake2"}, "repository": {"id": "⟦R h 64⟧"}}
''')
N("rclone_lsjson_hash_and_object_ids", r'''
{"Path":"⟦R h 2⟧/⟦R h 30⟧","Name":"⟦R h 30⟧","Size":⟦int 1000 9999999⟧,"MimeType":"application/octet-stream","ModTime":"⟦ts iso⟧","IsDir":false,"Hashes":{"md5":"⟦R h 32⟧"},"ID":"⟦R a 24⟧"},
''')
N("gcloud_storage_objects_describe_crc32c_md5_generation", r'''
bucket: wandb-⟦word⟧
crc32c_hash: ⟦R b 6⟧==
etag: C⟦R b 13⟧=
generation: '17⟦R d 14⟧'
md5_hash: ⟦R b 22⟧==
name: ⟦word⟧/runs/⟦R l 8⟧/files/output.log
''')
N("aws_iam_list_access_keys_metadata_json", r'''
{
    "AccessKeyMetadata": [
        {"UserName": "wandb-bucket", "AccessKeyId": "AKIA⟦R U 16⟧", "Status": "⟦pick Active¦Inactive⟧", "CreateDate": "⟦ts isos⟧"}
    ]
}
''')
N("incident_postmortem_token_leak_timeline_prose", r'''
⟦ts hms⟧ UTC - On-call noticed the API key for the ⟦word⟧ service account in a pasted log; the key (ending in ⟦R h 4⟧) was revoked at ⟦ts hms⟧.
⟦ts hms⟧ UTC - New password generated in Vault at secret/wandb/mysql and rolled to all pods; no values were shared in the ticket.
''')
N("envoy_config_dump_dynamic_active_secret_names", r'''
   "dynamic_active_secrets": [
    {
     "name": "kubernetes://⟦pick wandb-tls¦istio-ingressgateway-certs¦wandb-mtls⟧",
     "version_info": "⟦ts isooff⟧/⟦int 1 99⟧",
     "last_updated": "⟦ts iso⟧",
     "secret": {"@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret", "name": "default"}
''')
N("cloudflare_access_application_aud_tag_config", r'''
# cloudflared / app config for Access JWT validation
team_domain: https://⟦word⟧.cloudflareaccess.com
policy_aud: ⟦R h 64⟧
jwks_url: https://⟦word⟧.cloudflareaccess.com/cdn-cgi/access/certs
''')
N("har_entry_response_headers_request_ids_timings", r'''
          {"name": "x-request-id", "value": "⟦R h 32⟧"},
          {"name": "x-wandb-trace", "value": "⟦R h 32⟧-⟦R h 16⟧-01"},
          {"name": "etag", "value": "W/\"⟦R h 16⟧-⟦R a 27⟧\""}
        ],
        "timings": {"blocked": ⟦int 0 9⟧.⟦int 100 999⟧, "dns": -1, "ssl": -1, "send": 0.⟦int 10 99⟧, "wait": ⟦int 10 400⟧.⟦int 100 999⟧, "receive": ⟦int 0 9⟧.⟦int 100 999⟧}
''')
N("kubeconfig_cluster_certificate_authority_data_only", r'''
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU⟦R b 120⟧
    server: https://⟦ip⟧:6443
  name: ⟦word⟧-cluster
''')
N("npmrc_authtoken_env_interpolation_reference", r'''
registry=https://npm.example.com/
//npm.example.com/:_authToken=${NPM_TOKEN}
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
always-auth=true
''')
N("graphql_persisted_query_sha256hash_extension", r'''
{"operationName":"⟦pick Viewer¦RunsTable¦ArtifactVersions⟧","variables":{"entityName":"⟦word⟧","first":50},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"⟦R h 64⟧"}}}
''')
N("kafka_topics_describe_topic_id_base64url", r'''
Topic: ⟦pick run-updates¦flat-runs¦history⟧⇥TopicId: ⟦R u 22⟧⇥PartitionCount: ⟦int 1 12⟧⇥ReplicationFactor: 3⇥Configs: min.insync.replicas=2
⇥Topic: ⟦pick run-updates¦flat-runs¦history⟧⇥Partition: 0⇥Leader: ⟦int 0 2⟧⇥Replicas: 0,1,2⇥Isr: 0,1,2
''')
N("elasticsearch_cat_nodes_ids_cluster_uuid", r'''
{"name":"es-⟦R l 5⟧","cluster_name":"logs","cluster_uuid":"⟦R u 22⟧","version":{"number":"8.⟦int 10 15⟧.⟦int 0 5⟧","build_hash":"⟦R h 40⟧"}}
id   name          ip
⟦R u 4⟧ es-master-0   ⟦ip⟧
''')
N("elasticsearch_invalidate_api_key_ids_response", r'''
{"invalidated_api_keys":["⟦R u 20⟧","⟦R u 20⟧"],"previously_invalidated_api_keys":[],"error_count":0}
''')
N("mongodb_cluster_time_signature_hash_bindata", r'''
  '$clusterTime': {
    clusterTime: Timestamp({ t: ⟦ts epoch⟧, i: ⟦int 1 9⟧ }),
    signature: {
      hash: Binary.createFromBase64('⟦R b 27⟧=', 0),
      keyId: Long('7⟦R d 18⟧')
    }
  },
''')
N("japanese_support_ticket_prose_token_no_value", r'''
お世話になっております。APIキーを再発行したところ、古いトークンが無効になりました。パスワードはチケットには記載しておりません。
新しいキーはVaultの secret/wandb/api に保存済みです。ログ添付：⟦R l 8⟧.log
''')
N("cli_usage_help_password_flag_descriptions", r'''
Flags:
      --mysql-password string        MySQL password (env: MYSQL_PASSWORD)
      --license-file string          path to the W&B license JWT file
      --api-key-from-stdin           read the API key from stdin instead of the flag
  -t, --token string                 bearer token for the admin API (default "")
''')
N("openapi_schema_password_format_write_only", r'''
        "ServiceAccountCreate": {
          "type": "object",
          "properties": {
            "apiKey": {"type": "string", "format": "password", "writeOnly": true, "minLength": 40},
            "clientSecret": {"type": "string", "readOnly": true, "description": "returned once"}
''')
N("tpm2_pcrread_sha256_bank_values", r'''
  sha256:
    0 : 0x⟦R H 64⟧
    7 : 0x⟦R H 64⟧
''')
N("apt_release_file_sha256_index_listing", r'''
SHA256:
 ⟦R h 64⟧ ⟦int 100000 9999999⟧ main/binary-amd64/Packages
 ⟦R h 64⟧ ⟦int 10000 999999⟧ main/binary-amd64/Packages.gz
''')
N("dvc_lock_yaml_md5_and_size_entries", r'''
    outs:
    - path: data/processed
      hash: md5
      md5: ⟦R h 32⟧.dir
      size: ⟦int 100000 999999999⟧
      nfiles: ⟦int 2 999⟧
''')
N("ray_status_node_ids_and_submission_ids", r'''
Node status
---------------------------------------------------------------
Active:
 1 node_⟦R h 56⟧
Job submitted: raysubmit_⟦R a 16⟧
''')
N("sshd_accepted_publickey_sha256_fingerprint_auth_log", r'''
⟦ts syslog⟧ bastion sshd[⟦int 1000 99999⟧]: Accepted publickey for ops from ⟦ip⟧ port ⟦int 30000 65000⟧ ssh2: ED25519 SHA256:⟦R b 43⟧
⟦ts syslog⟧ bastion sshd[⟦int 1000 99999⟧]: pam_unix(sshd:session): session opened for user ops(uid=1000) by (uid=0)
''')
N("saml_redirect_binding_samlrequest_deflate_b64_param", r'''
⟦ip⟧ - - [⟦ts clf⟧] "GET /app/sso/saml?SAMLRequest=fZJN⟦R a 120⟧%2B⟦R a 60⟧%3D%3D&RelayState=⟦R h 16⟧ HTTP/1.1" 302 0
''')


REPL = {"␛": "\x1b", "⇥": "\t", "‹zw›": "\u200b", "‹nbsp›": "\u00a0", "‹rlo›": "\u202e",
        "‹pdf›": "\u202c", "‹bom›": "\ufeff", "‹rli›": "\u2067", "‹pdi›": "\u2069"}


def render(rng, tpl, crlf, used):
    for _ in range(200):
        base = datetime.datetime(2026, 1, 1) + datetime.timedelta(seconds=rng.randint(0, 330 * 86400),
                                                                  microseconds=rng.randint(0, 999999))
        rec = Rec(rng, base)
        text = expand(rec, tpl)
        for k, v in REPL.items():
            text = text.replace(k, v)
        lines = text.split("\n")
        if crlf:
            lines = [l + "\r" for l in lines]
        secrets = []
        for s in rec.secrets:
            if s not in secrets:
                secrets.append(s)
        if any(s in used for s in secrets):
            continue
        if secrets and not grams_ok(lines, secrets):
            continue
        used.update(secrets)
        return lines, secrets
    raise RuntimeError("could not render " + tpl[:60])


def main():
    rng = random.Random(SEED)
    used = set()
    with open(OUT_POS, "w", encoding="utf-8", newline="\n") as f:
        for name, tpl, new, crlf in POS:
            for _ in range(3):
                lines, secrets = render(rng, tpl, crlf, used)
                assert secrets, name
                f.write(json.dumps({"shape": name, "lines": lines, "secrets": secrets}, ensure_ascii=False) + "\n")
    with open(OUT_NEG, "w", encoding="utf-8", newline="\n") as f:
        for name, tpl, crlf in NEG:
            for _ in range(5):
                lines, secrets = render(rng, tpl, crlf, used)
                assert not secrets, name
                f.write(json.dumps({"shape": name, "lines": lines}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
