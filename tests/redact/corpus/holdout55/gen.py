#!/usr/bin/env python3
"""holdout55: sealed held-out set for the wbdiag secret redactor.

Focus: databases and data stores as their own servers and admin tools
print and keep them (PostgreSQL and its HA / backup / operator stack,
MongoDB, Cassandra / ScyllaDB, Elasticsearch / OpenSearch / Kibana,
ClickHouse, CockroachDB, Neo4j, InfluxDB, Oracle, SQL Server, DB2,
Couchbase, CouchDB, etcd, Consul, Valkey / KeyDB / Dragonfly, RabbitMQ,
database GUI tools).
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, or of
                   arg with '~' replaced by the value; '=' stripped when
                   listed), json (JSON-string escaped), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed)
  «@a|b|c»         choice
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
  ⏎ -> CR, ␛ -> ESC, ⇥ -> TAB
KIND: an<n> alnum, lc<n> lowercase+digits, uc<n> upper+digits, al<n> letters,
      hex<n>, dig<n> (no leading 0), b64u<n> url-safe base64 chars, b64s<n> std base64 chars,
      pw<n> password (letters, digits, -_.!~+*; starts/ends alnum), uuid.
      Added here: estok (Elasticsearch enrollment token: base64 of its JSON),
      essvc (Elasticsearch service-account token: base64 of 00 01 00 01 +
      "elastic/fleet-server/<name>:<secret>"), uhex<n>, bc<n> (bcrypt alphabet),
      mm, hh, dd, ymd, hms (valid date/time parts).
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import urllib.parse

SEED = 5555_0655
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
    if kind == "estok":
        ver = rng.choice(["8.11.1", "8.13.4", "8.14.3", "8.15.0", "8.17.2"])
        adr = "172.%d.0.%d:9200" % (rng.randint(17, 31), rng.randint(2, 9))
        fgr = "".join(rng.choice(HEX) for _ in range(64))
        key = "".join(rng.choice(AN + "-_") for _ in range(20)) + ":" + "".join(rng.choice(AN + "-_") for _ in range(22))
        js = '{"ver":"%s","adr":["%s"],"fgr":"%s","key":"%s"}' % (ver, adr, fgr, key)
        return base64.b64encode(js.encode()).decode().rstrip("=")
    if kind == "essvc":
        name = rng.choice(["token1", "fleet-token", "kibana-sa", "svc-" + "".join(rng.choice(LC) for _ in range(4))])
        sec = "".join(rng.choice(AN) for _ in range(22))
        raw = b"\x00\x01\x00\x01" + ("elastic/fleet-server/%s:%s" % (name, sec)).encode()
        return base64.b64encode(raw).decode().rstrip("=")
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
            arg = arg.replace("\\n", "\n")
            plain = arg.replace("~", v) if "~" in arg else arg + v
            out = base64.b64encode(plain.encode()).decode()
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
PG_LIBPQ = "https://www.postgresql.org/docs/current/libpq-connect.html"
PG_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
PG_HBA = "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html"
PG_ROLE = "https://www.postgresql.org/docs/current/sql-alterrole.html"
PG_AUTHID = "https://www.postgresql.org/docs/current/catalog-pg-authid.html"
PG_RESTORE = "https://www.postgresql.org/docs/current/app-pgrestore.html"
PG_DUMPALL = "https://www.postgresql.org/docs/current/app-pg-dumpall.html"
PG_BASEBACKUP = "https://www.postgresql.org/docs/current/app-pgbasebackup.html"
PG_SUB = "https://www.postgresql.org/docs/current/sql-createsubscription.html"
PG_FDW = "https://www.postgresql.org/docs/current/postgres-fdw.html"
PG_LOG = "https://www.postgresql.org/docs/current/runtime-config-logging.html"
PG_CONTROLDATA = "https://www.postgresql.org/docs/current/app-pgcontroldata.html"
PG_STATREPL = "https://www.postgresql.org/docs/current/monitoring-stats.html"
PG_DOCKER = "https://hub.docker.com/_/postgres"
PGB_CONF = "https://www.pgbouncer.org/config.html"
PGB_USAGE = "https://www.pgbouncer.org/usage.html"
PATRONI_YAML = "https://patroni.readthedocs.io/en/latest/yaml_configuration.html"
PATRONI_ENV = "https://patroni.readthedocs.io/en/latest/ENVIRONMENT.html"
PATRONI_CTL = "https://patroni.readthedocs.io/en/latest/patronictl.html"
PGBR_CMD = "https://pgbackrest.org/command.html"
PGBR_USER = "https://pgbackrest.org/user-guide.html"
CNPG_APPS = "https://cloudnative-pg.io/documentation/current/applications/"
CNPG_BACKUP = "https://cloudnative-pg.io/documentation/current/appendixes/object_stores/"
CNPG_PLUGIN = "https://cloudnative-pg.io/documentation/current/kubectl-plugin/"
CNPG_STATUS = "https://cloudnative-pg.io/documentation/current/cloudnative-pg.v1/"
ZALANDO_USER = "https://github.com/zalando/postgres-operator/blob/master/docs/user.md"
ZALANDO_ADMIN = "https://github.com/zalando/postgres-operator/blob/master/docs/administrator.md"
SPILO_ENV = "https://github.com/zalando/spilo/blob/master/ENVIRONMENT.rst"
PGPOOL_CONF = "https://www.pgpool.net/docs/latest/en/html/runtime-config-connection.html"
PGPOOL_PASSWD = "https://www.pgpool.net/docs/latest/en/html/pg-enc.html"
PGPOOL_PCP = "https://www.pgpool.net/docs/latest/en/html/configuring-pcp-conf.html"
PGCAT = "https://github.com/postgresml/pgcat/blob/main/CONFIG.md"
TSDB_PCOPY = "https://github.com/timescale/timescaledb-parallel-copy"
TSDB_CLOUD = "https://docs.timescale.com/use-timescale/latest/integrations/psql/"
TSDB_INFO = "https://docs.timescale.com/api/latest/informational-views/chunks/"
PGADMIN_DOCKER = "https://www.pgadmin.org/docs/pgadmin4/latest/container_deployment.html"
PGADMIN_SETUP = "https://www.pgadmin.org/docs/pgadmin4/latest/server_deployment.html"
PGADMIN_IMPORT = "https://www.pgadmin.org/docs/pgadmin4/latest/import_export_servers.html"

# ---------------------------------------------------------------- PostgreSQL positives
P("psql_history_conninfo_keywords_quoted_password_with_spaces", PG_LIBPQ, """
  501  export PGSSLMODE=require
  502  psql "host=«@pg-primary.db.svc|db01.example.internal|10.42.0.17» port=5432 dbname=wandb user=wandb password='«!pw9:a» «!pw10:b»' connect_timeout=10"
  503  psql -h «@pg-primary.db.svc|db01.example.internal|10.42.0.17» -U wandb -c '\\dt'
""")
P("pg_restore_dbname_uri_with_password_jobs_flag", PG_RESTORE, """
$ pg_restore --no-owner --clean --if-exists -j «@4|8» -d "postgresql://wandb_owner:«!pw20:p»@10.«dig2:a».0.«dig1:b»:5432/wandb?sslmode=«@require|verify-full»" /backups/wandb-«ymd:d».dump
pg_restore: connecting to database for restore
pg_restore: dropping TABLE public.runs
""")
P("postgres_stderr_log_statement_alter_role_with_password", PG_LOG, """
«TS» UTC [«dig5:pid»] LOG:  connection authorized: user=postgres database=postgres application_name=psql
«TS» UTC [«dig5:pid»] LOG:  statement: ALTER ROLE wandb WITH LOGIN PASSWORD '«!pw18:p»' VALID UNTIL 'infinity';
«TS» UTC [«dig5:pid»] LOG:  disconnection: session time: 0:00:0«dig1:s».«dig3:ms» user=postgres database=postgres host=[local]
""")
P("postgres_csvlog_create_user_password_statement", PG_LOG, """
«TS» UTC,"postgres","postgres",«dig5:pid»,"[local]",«hex8:s».«hex4:t»,3,"idle",«TS» UTC,«dig1:v»/«dig3:x»,0,LOG,00000,"statement: CREATE USER «@grafana_ro|metabase|airflow» PASSWORD '«!pw16:p»' IN ROLE readonly;",,,,,,,,,"psql","client backend",,0
""")
P("pg_authid_select_scram_verifier_rows", PG_AUTHID, """
postgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin;
 rolname  |                                                              rolpassword
----------+---------------------------------------------------------------------------------------------------------------------------------------
 postgres | SCRAM-SHA-256$4096:«b64s22:s1»==$«!b64s43:k1»=:«!b64s43:k2»=
 wandb    | SCRAM-SHA-256$4096:«b64s22:s2»==$«!b64s43:k3»=:«!b64s43:k4»=
(2 rows)
""")
P("pg_shadow_md5_passwd_column_expanded", PG_AUTHID, """
postgres=# \\x
Expanded display is on.
postgres=# SELECT usename, passwd FROM pg_shadow WHERE usename = 'legacy_app';
-[ RECORD 1 ]-----------------------------------
usename | legacy_app
passwd  | md5«!hex32:h»
""")
P("pg_dumpall_globals_alter_role_scram_password", PG_DUMPALL, """
--
-- Roles
--

CREATE ROLE wandb;
ALTER ROLE wandb WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:«b64s22:s»==$«!b64s43:k1»=:«!b64s43:k2»=';
CREATE ROLE replicator;
ALTER ROLE replicator WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS PASSWORD 'md5«!hex32:m»';
""")
P("postgresql_auto_conf_primary_conninfo_password", PG_BASEBACKUP, """
# Do not edit this file manually!
# It will be overwritten by the ALTER SYSTEM command.
primary_conninfo = 'user=replicator password=«!pw22:p» channel_binding=prefer host=«@10.0.1.11|pg-0.pg-headless|db01.example.internal» port=5432 sslmode=prefer sslcompression=0 sslcertmode=allow sslsni=1 ssl_min_protocol_version=TLSv1.2 gssencmode=prefer krbsrvname=postgres gssdelegation=0 target_session_attrs=any load_balance_hosts=disable'
primary_slot_name = 'replica_«lc6:s»'
""")
P("postgres_log_create_subscription_connection_password", PG_SUB, """
«TS» UTC [«dig5:pid»] LOG:  statement: CREATE SUBSCRIPTION wandb_sub CONNECTION 'host=«@old-pg.example.internal|10.9.0.4» port=5432 dbname=wandb user=logical_repl password=«!pw20:p»' PUBLICATION wandb_pub WITH (copy_data = true);
«TS» UTC [«dig5:pid»] NOTICE:  created replication slot "wandb_sub" on publisher
«TS» UTC [«dig5:pid2»] LOG:  logical replication apply worker for subscription "wandb_sub" has started
""")
P("pg_dump_schema_create_user_mapping_options_password", PG_FDW, """
--
-- Name: USER MAPPING wandb SERVER legacy_pg; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR wandb SERVER legacy_pg OPTIONS (
    password '«!pw16:p»',
    "user" 'report_reader'
);
""")
P("docker_inspect_postgres_env_array_password_and_replication", PG_DOCKER, """
        "Env": [
            "POSTGRES_USER=wandb",
            "POSTGRES_PASSWORD=«!pw24:p»",
            "POSTGRES_DB=wandb",
            "POSTGRESQL_REPLICATION_PASSWORD=«!pw20:r»",
            "PG_MAJOR=«@15|16|17»",
            "PGDATA=/var/lib/postgresql/data"
        ],
""")
P("pgbouncer_ini_databases_connstring_inline_password", PGB_CONF, """
[databases]
wandb = host=«@10.0.2.15|pg-rw.db.svc» port=5432 dbname=wandb user=wandb_pool password=«!pw20:p» pool_size=40
wandb_ro = host=«@10.0.2.16|pg-ro.db.svc» port=5432 dbname=wandb auth_user=pgbouncer_auth

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
""")
P("pgbouncer_userlist_scram_verifier_quoted", PGB_CONF, """
"wandb_pool" "SCRAM-SHA-256$4096:«b64s22:s»==$«!b64s43:k1»=:«!b64s43:k2»="
"pgbouncer_auth" "md5«!hex32:m»"
""")
P("pgbouncer_docker_env_database_url_and_auth_password", PGB_USAGE, """
PGBOUNCER_DATABASE=wandb
DATABASE_URL=postgres://wandb:«!pw20:p»@«@postgres|pg-rw.db.svc»:5432/wandb
POSTGRESQL_PASSWORD=«!pw18:q»
PGBOUNCER_AUTH_TYPE=scram-sha-256
PGBOUNCER_POOL_MODE=transaction
""")
P("patroni_yml_postgresql_authentication_three_users", PATRONI_YAML, """
postgresql:
  pgpass: /tmp/pgpass0
  authentication:
    replication:
      username: replicator
      password: «!pw18:r»
    superuser:
      username: postgres
      password: '«!pw20:s»'
    rewind:
      username: rewind_user
      password: "«!pw16:w»"
""")
P("patroni_yml_restapi_and_ctl_basic_authentication", PATRONI_YAML, """
scope: «@wandb-pg|pg-main|batman»
name: «@pg-node1|pg-node2|postgresql0»
restapi:
  listen: 0.0.0.0:8008
  connect_address: «@10.0.3.21|10.0.3.22»:8008
  authentication:
    username: patroni
    password: «!pw22:p»
ctl:
  insecure: false
""")
P("patroni_env_superuser_replication_restapi_passwords", PATRONI_ENV, """
PATRONI_NAME=«@pg-node1|pg-node2»
PATRONI_SCOPE=«@wandb-pg|pg-main»
PATRONI_ETCD3_HOSTS='etcd1:2379','etcd2:2379','etcd3:2379'
PATRONI_SUPERUSER_USERNAME=postgres
PATRONI_SUPERUSER_PASSWORD=«!pw20:s»
PATRONI_REPLICATION_USERNAME=replicator
PATRONI_REPLICATION_PASSWORD=«!pw20:r»
PATRONI_RESTAPI_USERNAME=admin
PATRONI_RESTAPI_PASSWORD=«!pw16:a»
""")
P("patroni_generated_pgpass_file_replication_line", PATRONI_YAML, """
$ cat /tmp/pgpass0
«@10.0.3.21|pg-node1.example.internal»:5432:*:replicator:«!pw20:r»
""")
P("patroni_etcd3_credentials_in_yaml", PATRONI_YAML, """
etcd3:
  hosts:
  - «@10.0.5.11|etcd-0.etcd»:2379
  - «@10.0.5.12|etcd-1.etcd»:2379
  protocol: https
  username: patroni
  password: «!pw18:e»
  cacert: /etc/patroni/etcd-ca.crt
""")
P("pgbackrest_ps_command_repo1_cipher_pass_and_s3_secret_flags", PGBR_CMD, """
postgres  «dig5:pid»  0.0  0.1 «dig5:v» «dig4:r» ?  Ss «hh:h»:«mm:m»   0:00 pgbackrest --stanza=wandb --repo1-type=s3 --repo1-s3-bucket=pg-backups-«lc6:b» --repo1-s3-key=AKIA«uc16:k» --repo1-s3-key-secret=«!b64s40:s» --repo1-cipher-type=aes-256-cbc --repo1-cipher-pass=«!b64s44:c» --type=incr backup
""")
P("pgbackrest_conf_repo_gcs_key_json_and_cipher", PGBR_USER, """
[global]
repo1-type=gcs
repo1-path=/pgbackrest
repo1-gcs-bucket=wandb-pgbackrest
repo1-gcs-key=/etc/pgbackrest/gcs-key.json
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=«!b64s64:c»
repo1-retention-full=4
""")
P("cnpg_app_secret_yaml_data_password_uri_pgpass_b64", CNPG_APPS, """
apiVersion: v1
kind: Secret
type: kubernetes.io/basic-auth
data:
  dbname: YXBw
  password: «!pw32:p|b64:»
  pgpass: «!pw32:p|b64:cluster-example-rw:5432:app:app:~\\n»
  uri: «!pw32:p|b64:postgresql://app:~@cluster-example-rw.default:5432/app»
  username: YXBw
""")
P("cnpg_plugin_jsonpath_password_decoded_next_line", CNPG_PLUGIN, """
$ kubectl get secret «@wandb-db|cluster-example»-app -n «@wandb|db» -o jsonpath='{.data.password}' | base64 -d; echo
«!an64:p»
$ kubectl cnpg status «@wandb-db|cluster-example» -n «@wandb|db» | head -3
""")
P("cnpg_barman_object_store_s3_secret_stringdata", CNPG_BACKUP, """
apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
  namespace: «@wandb|db»
stringData:
  ACCESS_KEY_ID: AKIA«uc16:k»
  ACCESS_SECRET_KEY: «!b64s40:s»
""")
P("cnpg_cluster_superuser_secret_data_b64_pair", CNPG_APPS, """
$ kubectl get secret «@wandb-db|pg-main»-superuser -o yaml | grep -A3 '^data:'
data:
  password: «!pw28:p|b64:»
  pgpass: «!pw28:p|b64:wandb-db-rw:5432:*:postgres:~\\n»
  username: cG9zdGdyZXM=
""")
P("zalando_credentials_secret_get_yaml_data_password", ZALANDO_USER, """
$ kubectl get secret postgres.acid-«@wandb|minimal»-cluster.credentials.postgresql.acid.zalan.do -o yaml
apiVersion: v1
data:
  password: «!an64:p|b64:»
  username: cG9zdGdyZXM=
kind: Secret
metadata:
  labels:
    application: spilo
""")
P("zalando_pod_environment_configmap_walg_s3_secret", ZALANDO_ADMIN, """
apiVersion: v1
kind: ConfigMap
metadata:
  name: pod-env-overrides
data:
  USE_WALG_BACKUP: "true"
  WALG_S3_PREFIX: s3://pg-backups-«lc6:b»/spilo/
  AWS_ACCESS_KEY_ID: AKIA«uc16:k»
  AWS_SECRET_ACCESS_KEY: «!b64s40:s»
  WALG_LIBSODIUM_KEY: «!hex64:l»
""")
P("spilo_docker_run_env_pgpassword_superuser_standby", SPILO_ENV, """
docker run -d --name spilo -p 5432:5432 -p 8008:8008 \\
  -e SCOPE=«@wandb|demo» -e PGVERSION=«@15|16» \\
  -e PGPASSWORD_SUPERUSER=«!pw20:s» \\
  -e PGPASSWORD_STANDBY=«!pw20:t» \\
  -e PGPASSWORD_ADMIN=«!pw16:a» \\
  ghcr.io/zalando/spilo-«@15|16»:«@3.2-p2|3.3-p1»
""")
P("pgpool_conf_sr_and_health_check_passwords", PGPOOL_CONF, """
sr_check_period = 10
sr_check_user = 'pgpool'
sr_check_password = '«!pw18:a»'
health_check_period = 5
health_check_user = 'pgpool'
health_check_password = '«!pw18:b»'
recovery_user = 'postgres'
recovery_password = '«!pw18:c»'
""")
P("pgpool_pool_passwd_aes_and_md5_entries", PGPOOL_PASSWD, """
$ cat /etc/pgpool-II/pool_passwd
wandb:AES«!b64s22:a»==
pgpool:md5«!hex32:m»
""")
P("pgpool_pcp_conf_md5_and_pcppass", PGPOOL_PCP, """
# USERID:MD5PASSWD
pgpool:«!hex32:m»
$ cat ~/.pcppass
localhost:9898:pgpool:«!pw16:p»
""")
P("pgcat_toml_pool_user_and_admin_passwords", PGCAT, """
[general]
host = "0.0.0.0"
port = 6432
admin_username = "admin_user"
admin_password = "«!pw20:a»"

[pools.wandb.users.0]
username = "wandb"
password = "«!pw20:u»"
pool_size = 50
""")
P("timescaledb_parallel_copy_connection_flag_password", TSDB_PCOPY, """
$ timescaledb-parallel-copy --connection "host=«@tsdb.example.internal|10.0.7.3» user=tsdbadmin password=«!pw20:p» sslmode=require" --db-name metrics --table system_metrics --file /data/metrics-«ymd:d».csv --workers 4 --copy-options "CSV" --reporting-period 30s
at 30s, row rate «dig5:r».«dig2:x»/sec (period), row rate «dig5:r2».«dig2:y»/sec (overall)
""")
P("timescale_cloud_service_url_tsdbadmin_password", TSDB_CLOUD, """
Service URL: postgres://tsdbadmin:«!an16:p»@«lc10:h».«lc10:p2».tsdb.cloud.timescale.com:3«dig4:port»/tsdb?sslmode=require
""")
P("pgadmin_compose_default_email_and_password", PGADMIN_DOCKER, """
  pgadmin:
    image: dpage/pgadmin4:«@8.12|8.14|9.0»
    environment:
      PGADMIN_DEFAULT_EMAIL: dba@example.com
      PGADMIN_DEFAULT_PASSWORD: «!pw18:p»
      PGADMIN_CONFIG_ENHANCED_COOKIE_PROTECTION: "True"
    ports:
      - "5050:80"
""")
P("pgadmin_setup_py_add_user_password_argument", PGADMIN_SETUP, """
root@pgadmin:/pgadmin4# python3 setup.py add-user --admin ops@example.com «!pw16:p»
User added successfully.
""")
P("pgadmin_import_servers_json_password_with_passfile", PGADMIN_IMPORT, """
{
    "Servers": {
        "1": {
            "Name": "wandb-prod",
            "Host": "«@pg-rw.db.svc|10.0.2.15»",
            "Port": 5432,
            "Username": "wandb",
            "Password": "«!pw20:p»",
            "SSLMode": "prefer"
        }
    }
}
""")
# ---------------------------------------------------------------- MongoDB / Cassandra / Scylla
MONGOD_CONF = "https://www.mongodb.com/docs/manual/reference/configuration-options/"
MONGO_LDAP = "https://www.mongodb.com/docs/manual/core/security-ldap/"
MONGOSH_METHODS = "https://www.mongodb.com/docs/manual/reference/method/db.auth/"
MONGOSH_CHPW = "https://www.mongodb.com/docs/manual/reference/method/db.changeUserPassword/"
MONGO_URI = "https://www.mongodb.com/docs/manual/reference/connection-string/"
MONGOIMPORT = "https://www.mongodb.com/docs/database-tools/mongoimport/"
MONGO_COMMUNITY_OP = "https://github.com/mongodb/mongodb-kubernetes-operator/blob/master/docs/users.md"
MONGO_AUTOMATION = "https://www.mongodb.com/docs/ops-manager/current/reference/cluster-configuration/"
ATLAS_CLI_CONFIG = "https://www.mongodb.com/docs/atlas/cli/current/atlas-cli-save-connection-settings/"
ATLAS_DBUSERS = "https://www.mongodb.com/docs/atlas/cli/current/command/atlas-dbusers-create/"
ATLAS_CONNECT = "https://www.mongodb.com/docs/atlas/connect-to-database-deployment/"
MONGO_EXPRESS = "https://hub.docker.com/_/mongo-express"
BITNAMI_MONGO = "https://github.com/bitnami/charts/blob/main/bitnami/mongodb/values.yaml"
MONGO_EXPORTER = "https://github.com/percona/mongodb_exporter"
MONGO_RS = "https://www.mongodb.com/docs/manual/reference/method/rs.status/"
MONGO_LOG = "https://www.mongodb.com/docs/manual/reference/log-messages/"
CQLSH = "https://cassandra.apache.org/doc/latest/cassandra/managing/tools/cqlsh.html"
CASS_AUDIT = "https://cassandra.apache.org/doc/latest/cassandra/managing/operating/audit_logging.html"
CASS_YAML = "https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html"
NODETOOL = "https://cassandra.apache.org/doc/latest/cassandra/managing/tools/nodetool/nodetool.html"
SCYLLA_AGENT = "https://manager.docs.scylladb.com/stable/config/scylla-manager-agent-config.html"
SCYLLA_MGR = "https://manager.docs.scylladb.com/stable/config/scylla-manager-config.html"
MEDUSA = "https://github.com/thelastpickle/cassandra-medusa/blob/master/docs/Configuration.md"
REAPER = "https://cassandra-reaper.io/docs/configuration/docker_vars/"
K8SSANDRA = "https://docs.k8ssandra.io/tasks/secure/"

P("mongod_conf_security_ldap_bind_query_password", MONGO_LDAP, """
security:
  authorization: enabled
  keyFile: /etc/mongodb/keyfile
  ldap:
    servers: "«@ldap.example.internal|ad01.corp.example.com»"
    transportSecurity: tls
    bind:
      method: simple
      queryUser: "cn=mongo-bind,ou=svc,dc=example,dc=com"
      queryPassword: "«!pw20:p»"
    userToDNMapping: '[{match: "(.+)", substitution: "uid={0},ou=people,dc=example,dc=com"}]'
""")
P("mongosh_repl_history_db_auth_user_password", MONGOSH_METHODS, """
$ tail -3 ~/.mongodb/mongosh/mongosh_repl_history
rs.status().members.map(m => m.stateStr)
db.auth("clusterAdmin", "«!pw18:p»")
use admin
""")
P("mongosh_change_user_password_with_write_concern", MONGOSH_CHPW, """
wandb-rs [direct: primary] admin> db.changeUserPassword("«@wandb_app|reporting|metrics»", "«!pw20:p»", { w: "majority", wtimeout: 5000 })
{
  ok: 1,
  '$clusterTime': {
    clusterTime: Timestamp({ t: 17«dig8:t», i: 1 }),
""")
P("mongoimport_uri_percent_encoded_password_with_at_sign", MONGOIMPORT, """
$ mongoimport --uri "mongodb://importer:«!pw8:a|pct»%40«!pw8:b»@«@mongo-0.mongo.svc|10.0.4.7»:27017/inventory?authSource=admin" --collection items --file items.json --jsonArray
«T»	connected to: mongodb://[**REDACTED**]@«@mongo-0.mongo.svc|10.0.4.7»:27017/inventory?authSource=admin
«T»	«dig4:n» document(s) imported successfully. 0 document(s) failed to import.
""")
P("mongo_express_env_admin_and_basicauth_passwords", MONGO_EXPRESS, """
ME_CONFIG_MONGODB_ADMINUSERNAME=root
ME_CONFIG_MONGODB_ADMINPASSWORD=«!pw20:a»
ME_CONFIG_MONGODB_SERVER=mongo
ME_CONFIG_BASICAUTH_USERNAME=ops
ME_CONFIG_BASICAUTH_PASSWORD=«!pw16:b»
""")
P("bitnami_mongodb_values_root_password_and_replica_set_key", BITNAMI_MONGO, """
architecture: replicaset
auth:
  enabled: true
  rootUser: root
  rootPassword: "«!pw22:r»"
  usernames: ["wandb"]
  passwords: ["«!pw20:u»"]
  databases: ["wandb"]
replicaSetKey: «!an32:k»
replicaCount: 3
""")
P("mongodb_exporter_uri_env_in_deployment_yaml", MONGO_EXPORTER, """
      containers:
      - name: exporter
        image: percona/mongodb_exporter:0.«@40|43|44».0
        args: ["--collect-all", "--compatible-mode"]
        env:
        - name: MONGODB_URI
          value: "mongodb://exporter:«!pw20:p»@«@mongo-0.mongo.svc|localhost»:27017/admin?ssl=false"
""")
P("mongodb_community_operator_user_password_secret_stringdata", MONGO_COMMUNITY_OP, """
---
apiVersion: v1
kind: Secret
metadata:
  name: «@my-user|wandb-user»-password
type: Opaque
stringData:
  password: «!pw24:p»
""")
P("mongodb_automation_config_scram_creds_and_keyfile", MONGO_AUTOMATION, """
  "auth": {
    "authoritativeSet": false,
    "disabled": false,
    "autoUser": "mms-automation",
    "autoPwd": "«!an24:a»",
    "key": "«!b64s48:k»",
    "keyfile": "/var/lib/mongodb-mms-automation/authentication/keyfile",
    "usersWanted": [{"user": "wandb", "db": "admin", "scramSha256Creds": {"iterationCount": 15000,
      "salt": "«b64s26:s»==", "serverKey": "«!b64s43:sk»=", "storedKey": "«!b64s43:st»="}}]
  }
""")
P("atlas_cli_config_toml_private_api_key", ATLAS_CLI_CONFIG, """
$ cat ~/.config/atlascli/config.toml
[default]
  org_id = '«hex24:o»'
  output = 'json'
  private_api_key = '«!uuid:k»'
  project_id = '«hex24:p»'
  public_api_key = '«lc8:pub»'
  service = 'cloud'
""")
P("atlas_dbusers_create_password_flag_history", ATLAS_DBUSERS, """
atlas dbusers create readWriteAnyDatabase --username wandb-app --password '«!pw20:p»' --projectId «hex24:p» --output json
""")
P("mongosh_shell_uri_with_credentials_in_ps_output", MONGO_URI, """
UID        PID  PPID  C STIME TTY          TIME CMD
mongodb  «dig5:a»  «dig5:b»  0 «hh:h»:«mm:m» pts/0    00:00:01 mongosh mongodb://admin:«!pw18:p»@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0&authSource=admin --quiet
""")
P("cqlsh_command_line_u_p_flags_ssl", CQLSH, """
$ cqlsh «@10.0.6.11|cassandra-dc1-service» 9042 -u «@cassandra|app_admin» -p '«!pw18:p»' --ssl -e "DESCRIBE KEYSPACES"
Warning: Using a password on the command line interface can be insecure.
Recommendation: use the credentials file to securely provide the password.

system_auth  system_schema  wandb  system_distributed  system  system_traces
""")
P("cassandra_credentials_file_plaintext_auth_provider", CQLSH, """
$ cat ~/.cassandra/credentials
[PlainTextAuthProvider]
username = «@cassandra|ops_admin»
password = «!pw20:p»
""")
P("cqlsh_history_alter_role_with_password", CQLSH, """
$ tail -2 ~/.cassandra/cqlsh_history
ALTER ROLE «@app_rw|wandb» WITH PASSWORD = '«!pw18:p»';
LIST ROLES;
""")
P("nodetool_jmx_user_pw_flags_in_cron_log", NODETOOL, """
«TG» CRON[«dig5:p»]: (cassandra) CMD (/usr/bin/nodetool -h 127.0.0.1 -p 7199 -u controlRole -pw «!pw16:p» repair -pr wandb >> /var/log/cassandra/repair.log 2>&1)
""")
P("scylla_manager_agent_yaml_auth_token", SCYLLA_AGENT, """
# Scylla Manager Agent config YAML
auth_token: «!an28:t»
https: 0.0.0.0:10001
s3:
  region: us-east-1
""")
P("scylla_manager_yaml_database_password", SCYLLA_MGR, """
database:
  hosts:
    - 127.0.0.1
  user: scylla_manager
  password: «!pw20:p»
  keyspace: scylla_manager
  replication_factor: 1
""")
P("medusa_ini_cql_and_storage_credentials", MEDUSA, """
[cassandra]
cql_username = medusa
cql_password = «!pw18:c»
nodetool_username = jmxuser
nodetool_password = «!pw16:n»

[storage]
storage_provider = s3
bucket_name = cass-backups-«lc6:b»
""")
P("cassandra_reaper_docker_env_cass_auth_and_jmx", REAPER, """
REAPER_STORAGE_TYPE=cassandra
REAPER_CASS_CONTACT_POINTS={"host": "cassandra-dc1-service", "port": 9042}
REAPER_CASS_AUTH_ENABLED=true
REAPER_CASS_AUTH_USERNAME=reaper
REAPER_CASS_AUTH_PASSWORD=«!pw18:a»
REAPER_JMX_AUTH_USERNAME=jmxuser
REAPER_JMX_AUTH_PASSWORD=«!pw18:j»
""")
P("k8ssandra_superuser_secret_data_b64", K8SSANDRA, """
$ kubectl get secret «@demo|wandb»-superuser -n k8ssandra-operator -o yaml
apiVersion: v1
data:
  password: «!pw20:p|b64:»
  username: ZGVtby1zdXBlcnVzZXI=
kind: Secret
""")
# ---------------------------------------------------------------- Elasticsearch / OpenSearch / Kibana
ES_AUTOCONF = "https://www.elastic.co/guide/en/elasticsearch/reference/current/configuring-stack-security.html"
ES_ENROLL = "https://www.elastic.co/guide/en/elasticsearch/reference/current/create-enrollment-token.html"
ES_KIBANA_ENROLL = "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-kibana-enrollment.html"
KIBANA_SETUP = "https://www.elastic.co/guide/en/kibana/current/kibana-setup-enrollment.html"
ES_KEYSTORE = "https://www.elastic.co/guide/en/elasticsearch/reference/current/elasticsearch-keystore.html"
ES_SVC_TOKENS = "https://www.elastic.co/guide/en/elasticsearch/reference/current/service-tokens-command.html"
ES_USERS = "https://www.elastic.co/guide/en/elasticsearch/reference/current/users-command.html"
ES_CERTUTIL = "https://www.elastic.co/guide/en/elasticsearch/reference/current/certutil.html"
KIBANA_SETTINGS = "https://www.elastic.co/guide/en/kibana/current/settings.html"
KIBANA_ENC_KEYS = "https://www.elastic.co/guide/en/kibana/current/kibana-encryption-keys.html"
ES_DOCKER = "https://www.elastic.co/guide/en/elasticsearch/reference/current/docker.html"
ES_ROOT_API = "https://www.elastic.co/guide/en/elasticsearch/reference/current/rest-api-root.html"
ES_AUTHENTICATE = "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-authenticate.html"
ES_CAT_INDICES = "https://www.elastic.co/guide/en/elasticsearch/reference/current/cat-indices.html"
ECK_USERS = "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-users-and-roles.html"
OS_INTERNAL_USERS = "https://opensearch.org/docs/latest/security/configuration/yaml/"
OS_DOCKER = "https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/"
OS_DASHBOARDS = "https://opensearch.org/docs/latest/install-and-configure/install-dashboards/tls/"
OS_SECADMIN = "https://opensearch.org/docs/latest/security/configuration/security-admin/"
OS_HASH = "https://opensearch.org/docs/latest/security/configuration/yaml/#internal_usersyml"

P("elasticsearch_first_start_security_banner_elastic_password", ES_AUTOCONF, """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
✅ Elasticsearch security features have been automatically configured!
✅ Authentication is enabled and cluster connections are encrypted.

ℹ️  Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):
  «!b64u20:p»

ℹ️  HTTP CA certificate SHA-256 fingerprint:
  «hex64:f»

ℹ️  Configure Kibana to use this cluster:
• Run Kibana and click the configuration link in the terminal when Kibana starts.
""")
P("elasticsearch_first_start_banner_kibana_enrollment_token", ES_AUTOCONF, """
ℹ️  Configure Kibana to use this cluster:
• Run Kibana and click the configuration link in the terminal when Kibana starts.
• Copy the following enrollment token and paste it into Kibana in your browser (valid for the next 30 minutes):
  «!estok:t»

ℹ️ Configure other nodes to join this cluster:
• Copy the following enrollment token and start new Elasticsearch nodes with `bin/elasticsearch --enrollment-token <token>` (valid for the next 30 minutes):
  «!estok:u»
""")
P("elasticsearch_create_enrollment_token_scope_node_stdout", ES_ENROLL, """
root@es01:/usr/share/elasticsearch# bin/elasticsearch-create-enrollment-token -s «@node|kibana»
«!estok:t»
root@es01:/usr/share/elasticsearch#
""")
P("kibana_setup_enrollment_token_flag_history", KIBANA_SETUP, """
 1042  cd /usr/share/kibana
 1043  sudo bin/kibana-setup --enrollment-token «!estok:t»
 1044  sudo systemctl start kibana.service
""")
P("security_enroll_kibana_api_response_token_value", ES_KIBANA_ENROLL, """
{
  "token" : {
    "name" : "enroll-process-token-17«dig11:n»",
    "value" : "«!essvc:v»"
  },
  "http_ca" : "MIIJlAIBAzCCCVoGCSqGSIb3DQEHAaCCCUsEgglHMIIJQzCCBW8GCSqGSIb3DQEHAaCCBWAEggVcMIIFWDCCBVQG«b64s40:ca»"
}
""")
P("elasticsearch_keystore_add_stdin_echo_secret_key", ES_KEYSTORE, """
$ echo "«!b64s40:s»" | sudo /usr/share/elasticsearch/bin/elasticsearch-keystore add --stdin s3.client.default.secret_key
$ echo "AKIA«uc16:k»" | sudo /usr/share/elasticsearch/bin/elasticsearch-keystore add --stdin s3.client.default.access_key
""")
P("elasticsearch_keystore_show_secure_url_output", ES_KEYSTORE, """
# bin/elasticsearch-keystore show xpack.notification.slack.account.monitoring.secure_url
https://hooks.slack.com/services/T«uc8:t»/B«uc10:b»/«!an24:h»
""")
P("elasticsearch_service_tokens_create_output_line", ES_SVC_TOKENS, """
$ bin/elasticsearch-service-tokens create elastic/fleet-server «@my-token|fleet-prod»
SERVICE_TOKEN elastic/fleet-server/«@my-token|fleet-prod» = «!essvc:t»
""")
P("elasticsearch_service_tokens_file_pbkdf2_stretch_hash", ES_SVC_TOKENS, """
$ cat config/service_tokens
elastic/fleet-server/token1:{PBKDF2_STRETCH}10000$«!b64s44:a»$«!b64s43:b»=
elastic/kibana/kibana-sa:{PBKDF2_STRETCH}10000$«!b64s44:c»$«!b64s43:d»=
""")
P("elasticsearch_file_realm_users_bcrypt_lines", ES_USERS, """
$ sudo cat /etc/elasticsearch/users
rdeniro:$2a$10$«!bc53:a»
alpacino:$2a$10$«!bc53:b»
$ sudo cat /etc/elasticsearch/users_roles
admin:rdeniro
""")
P("elasticsearch_certutil_ca_pass_and_out_pass_flags", ES_CERTUTIL, """
$ bin/elasticsearch-certutil cert --ca elastic-stack-ca.p12 --ca-pass «!pw16:a» --out config/certs/http.p12 --pass «!pw16:b» --dns es01.example.internal
This tool assists you in the generation of X.509 certificates and certificate
signing requests for use with SSL/TLS in the Elastic stack.
""")
P("kibana_yml_service_account_token_quoted", KIBANA_SETTINGS, """
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.example.internal"
elasticsearch.hosts: ["https://es01:9200"]
elasticsearch.serviceAccountToken: "«!essvc:t»"
elasticsearch.ssl.certificateAuthorities: [ "/etc/kibana/certs/http_ca.crt" ]
""")
P("kibana_encryption_keys_generate_output", KIBANA_ENC_KEYS, """
$ bin/kibana-encryption-keys generate -q
xpack.encryptedSavedObjects.encryptionKey: «!hex32:a»
xpack.reporting.encryptionKey: «!hex32:b»
xpack.security.encryptionKey: «!hex32:c»
""")
P("elasticsearch_docker_run_env_elastic_password", ES_DOCKER, """
docker run -d --name es01 --net elastic -p 9200:9200 -m 2GB \\
  -e ELASTIC_PASSWORD="«!pw20:p»" \\
  -e KIBANA_PASSWORD="«!pw20:k»" \\
  -e discovery.type=single-node \\
  docker.elastic.co/elasticsearch/elasticsearch:8.«@13|15|17».0
""")
P("curl_u_elastic_colon_password_cacert_cluster_health", ES_ROOT_API, """
$ curl -s --cacert config/certs/http_ca.crt -u elastic:«!pw20:p» "https://localhost:9200/_cluster/health?pretty"
{
  "cluster_name" : "«@wandb-logs|docker-cluster»",
  "status" : "green",
""")
P("eck_elastic_user_secret_jsonpath_decoded", ECK_USERS, """
$ PASSWORD=$(kubectl get secret «@quickstart|logging»-es-elastic-user -o go-template='{{.data.elastic | base64decode}}')
$ echo $PASSWORD
«!an24:p»
""")
P("opensearch_internal_users_yml_bcrypt_hash", OS_INTERNAL_USERS, """
_meta:
  type: "internalusers"
  config_version: 2

kibanaserver:
  hash: "$2y$12$«!bc53:h»"
  reserved: true
  description: "OpenSearch Dashboards user"
""")
P("opensearch_compose_initial_admin_password_env", OS_DOCKER, """
  opensearch-node1:
    image: opensearchproject/opensearch:2.«@11|13|17|18».0
    environment:
      - cluster.name=opensearch-cluster
      - node.name=opensearch-node1
      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=«!pw20:p»
      - "OPENSEARCH_JAVA_OPTS=-Xms512m -Xmx512m"
""")
P("opensearch_dashboards_yml_opensearch_password", OS_DASHBOARDS, """
opensearch.hosts: [https://localhost:9200]
opensearch.ssl.verificationMode: none
opensearch.username: kibanaserver
opensearch.password: «!pw20:p»
opensearch.requestHeadersWhitelist: [authorization, securitytenant]
""")
P("opensearch_securityadmin_keystore_truststore_pass_flags", OS_SECADMIN, """
$ ./plugins/opensearch-security/tools/securityadmin.sh -cd config/opensearch-security/ -icl -nhnv \\
    -ks config/admin-keystore.jks -kspass «!pw16:a» -ts config/truststore.jks -tspass «!pw16:b»
Security Admin v7
Will connect to localhost:9200 ... done
""")
P("opensearch_hash_tool_output_after_prompt", OS_HASH, """
$ plugins/opensearch-security/tools/hash.sh -p «!pw18:p»
**************************************************************************
** This tool will be deprecated in the next major release of OpenSearch **
**************************************************************************
$2y$12$«!bc53:h»
""")
# ---------------------------------------------------------------- ClickHouse / CockroachDB / Neo4j / InfluxDB
CH_USERS = "https://clickhouse.com/docs/en/operations/settings/settings-users"
CH_CLUSTER = "https://clickhouse.com/docs/en/engines/table-engines/special/distributed"
CH_INTERSERVER = "https://clickhouse.com/docs/en/operations/server-configuration-parameters/settings#interserver_http_credentials"
CH_ZK = "https://clickhouse.com/docs/en/operations/server-configuration-parameters/settings#zookeeper"
CH_DICT = "https://clickhouse.com/docs/en/sql-reference/dictionaries#dictionary-sources"
CH_OPERATOR = "https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml"
CRDB_SQL = "https://www.cockroachlabs.com/docs/stable/cockroach-sql"
CRDB_CREATE_USER = "https://www.cockroachlabs.com/docs/stable/create-user"
CRDB_CLOUD = "https://www.cockroachlabs.com/docs/cockroachcloud/connect-to-your-cluster"
CRDB_BACKUP = "https://www.cockroachlabs.com/docs/stable/use-cloud-storage"
CRDB_REDACT = "https://www.cockroachlabs.com/docs/stable/configure-logs#redact-logs"
CRDB_NODE = "https://www.cockroachlabs.com/docs/stable/cockroach-node"
CRDB_CERT = "https://www.cockroachlabs.com/docs/stable/cockroach-cert"
NEO4J_DOCKER = "https://neo4j.com/docs/operations-manual/current/docker/introduction/"
NEO4J_CYPHER_SHELL = "https://neo4j.com/docs/operations-manual/current/tools/cypher-shell/"
NEO4J_INITPW = "https://neo4j.com/docs/operations-manual/current/configuration/set-initial-password/"
NEO4J_HELM = "https://neo4j.com/docs/operations-manual/current/kubernetes/configuration/"
NEO4J_LDAP = "https://neo4j.com/docs/operations-manual/current/authentication-authorization/ldap-integration/"
NEO4J_CONF = "https://neo4j.com/docs/operations-manual/current/configuration/configuration-settings/"
NEO4J_USERS = "https://neo4j.com/docs/operations-manual/current/authentication-authorization/manage-users/"
INFLUX_SETUP = "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/setup/"
INFLUX_AUTH_CREATE = "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/auth/create/"
INFLUX_DOCKER = "https://hub.docker.com/_/influxdb"
INFLUX_V1_CONF = "https://docs.influxdata.com/influxdb/v1/administration/config/"
INFLUX_V1_CLI = "https://docs.influxdata.com/influxdb/v1/tools/influx-cli/"
INFLUX_V1_API = "https://docs.influxdata.com/influxdb/v1/guides/query_data/"
INFLUX3_TOKEN = "https://docs.influxdata.com/influxdb3/core/admin/tokens/admin/create/"
INFLUX_BUCKET_LIST = "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/bucket/list/"
TELEGRAF_ENV = "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables"
INFLUX_CONFIG = "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/config/"

P("clickhouse_users_xml_password_double_sha1_hex", CH_USERS, """
<clickhouse>
    <users>
        <mysql_compat>
            <password_double_sha1_hex>«!hex40:h»</password_double_sha1_hex>
            <networks><ip>::/0</ip></networks>
            <profile>default</profile>
        </mysql_compat>
    </users>
</clickhouse>
""")
P("clickhouse_remote_servers_cluster_interserver_secret", CH_CLUSTER, """
<remote_servers>
    <wandb_cluster>
        <secret>«!an32:s»</secret>
        <shard>
            <replica><host>ch-0.clickhouse</host><port>9000</port></replica>
        </shard>
    </wandb_cluster>
</remote_servers>
""")
P("clickhouse_interserver_http_credentials_user_password", CH_INTERSERVER, """
<clickhouse>
    <interserver_http_port>9009</interserver_http_port>
    <interserver_http_credentials>
        <user>interserver</user>
        <password>«!pw24:p»</password>
    </interserver_http_credentials>
</clickhouse>
""")
P("clickhouse_zookeeper_identity_user_colon_password", CH_ZK, """
<zookeeper>
    <node><host>keeper-0.keeper</host><port>2181</port></node>
    <session_timeout_ms>30000</session_timeout_ms>
    <identity>clickhouse:«!pw20:p»</identity>
    <root>/clickhouse</root>
</zookeeper>
""")
P("clickhouse_create_dictionary_postgresql_source_password", CH_DICT, """
CREATE DICTIONARY wandb.projects_dict (id UInt64, name String)
PRIMARY KEY id
SOURCE(POSTGRESQL(port 5432 host '«@pg-rw.db.svc|10.0.2.15»' user 'ch_reader' password '«!pw20:p»' db 'wandb' table 'projects'))
LAYOUT(HASHED()) LIFETIME(MIN 300 MAX 360);
""")
P("altinity_chi_users_password_and_sha256_keys", CH_OPERATOR, """
spec:
  configuration:
    users:
      wandb/password: «!pw20:p»
      wandb/networks/ip: "::/0"
      readonly/password_sha256_hex: «!hex64:h»
      readonly/profile: readonly
""")
P("cockroach_sql_url_flag_password_verify_full", CRDB_SQL, """
$ cockroach sql --url "postgresql://root:«!pw20:p»@«@crdb-public.crdb.svc|10.0.8.4»:26257/defaultdb?sslmode=verify-full&sslrootcert=certs/ca.crt" -e "SHOW DATABASES;"
  database_name | owner | primary_region | secondary_region | regions | survival_goal
----------------+-------+----------------+------------------+---------+----------------
  defaultdb     | root  | NULL           | NULL             | {}      | NULL
""")
P("cockroach_sql_execute_create_user_with_password", CRDB_CREATE_USER, """
$ cockroach sql --certs-dir=certs --host=«@crdb-0.crdb|localhost»:26257 -e "CREATE USER IF NOT EXISTS wandb WITH LOGIN PASSWORD '«!pw20:p»';"
CREATE ROLE

Time: «dig2:ms»ms
""")
P("cockroach_cloud_connection_string_cluster_option", CRDB_CLOUD, """
export DATABASE_URL="postgresql://«@wandb|maxroach»:«!an22:p»@«@free-tier|blue-wolf»-«dig4:n».«@g8z|j77».cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full"
""")
P("cockroach_backup_into_s3_url_secret_access_key_param", CRDB_BACKUP, """
BACKUP INTO 's3://crdb-backups-«lc6:b»/nightly?AWS_ACCESS_KEY_ID=AKIA«uc16:k»&AWS_SECRET_ACCESS_KEY=«!b64s40:s|pct»' AS OF SYSTEM TIME '-10s';
        job_id       |  status   | fraction_completed | rows | index_entries | bytes
---------------------+-----------+--------------------+------+---------------+---------
  «dig18:j» | succeeded |                  1 | «dig4:r» |           «dig3:i» | «dig6:by»
""")
P("neo4j_docker_env_auth_user_slash_password", NEO4J_DOCKER, """
docker run --restart always --publish=7474:7474 --publish=7687:7687 \\
    --env NEO4J_AUTH=neo4j/«!pw20:p» \\
    --volume=$HOME/neo4j/data:/data \\
    neo4j:5.«@20|24|26».0
""")
P("cypher_shell_user_password_flags_address", NEO4J_CYPHER_SHELL, """
$ cypher-shell -a neo4j://«@graph.example.internal|10.0.9.2»:7687 -u neo4j -p '«!pw18:p»' --format plain "SHOW DATABASES YIELD name, currentStatus"
name, currentStatus
"neo4j", "online"
"system", "online"
""")
P("neo4j_admin_set_initial_password_command", NEO4J_INITPW, """
$ bin/neo4j-admin dbms set-initial-password «!pw20:p» --require-password-change=false
Changed password for user 'neo4j'. IMPORTANT: this change will only take effect if performed before the database is started for the first time.
""")
P("neo4j_auth_ini_file_sha256_hash_salt", NEO4J_USERS, """
$ cat data/dbms/auth.ini
neo4j:SHA-256,«!hex64:h»,«hex32:s»,1024:
""")
P("neo4j_helm_values_neo4j_password", NEO4J_HELM, """
neo4j:
  name: «@graph|wandb-graph»
  password: "«!pw22:p»"
  edition: "community"
volumes:
  data:
    mode: defaultStorageClass
""")
P("neo4j_conf_ldap_system_password", NEO4J_LDAP, """
dbms.security.authentication_providers=ldap
dbms.security.ldap.host=ldaps://«@ldap.example.internal|ad01.corp.example.com»:636
dbms.security.ldap.authorization.use_system_account=true
dbms.security.ldap.authorization.system_username=cn=neo4j-svc,ou=svc,dc=example,dc=com
dbms.security.ldap.authorization.system_password=«!pw20:p»
""")
P("influx_setup_flags_password_and_operator_token", INFLUX_SETUP, """
$ influx setup --username admin --password '«!pw20:p»' --token «!b64u86:t»== --org wandb --bucket metrics --retention 30d --force
User	Organization	Bucket
admin	wandb		metrics
""")
P("influx_auth_create_table_row_with_token", INFLUX_AUTH_CREATE, """
$ influx auth create --org wandb --read-buckets --write-bucket «hex16:b» --description telegraf
ID			Description	Token												User Name	User ID			Permissions
«hex16:id»	telegraf	«!b64u86:t»==	admin		«hex16:u»	[read:orgs/«hex16:o»/buckets write:orgs/«hex16:o»/buckets/«hex16:b»]
""")
P("influxdb_docker_init_password_and_admin_token_env", INFLUX_DOCKER, """
DOCKER_INFLUXDB_INIT_MODE=setup
DOCKER_INFLUXDB_INIT_USERNAME=admin
DOCKER_INFLUXDB_INIT_PASSWORD=«!pw20:p»
DOCKER_INFLUXDB_INIT_ORG=wandb
DOCKER_INFLUXDB_INIT_BUCKET=metrics
DOCKER_INFLUXDB_INIT_ADMIN_TOKEN=«!b64u86:t»==
""")
P("influxdb_v1_conf_http_shared_secret", INFLUX_V1_CONF, """
[http]
  enabled = true
  bind-address = ":8086"
  auth-enabled = true
  shared-secret = "«!an40:s»"
  pprof-enabled = false
""")
P("influx_v1_cli_username_password_flags", INFLUX_V1_CLI, """
$ influx -host «@influx.example.internal|10.0.9.8» -port 8086 -username admin -password '«!pw18:p»' -ssl -execute 'SHOW DATABASES'
name: databases
name
----
_internal
""")
P("influxdb3_create_admin_token_output", INFLUX3_TOKEN, """
$ influxdb3 create token --admin

New token created successfully!

Token: apiv3_«!b64u86:t»
HTTP Requests Header: Authorization: Bearer apiv3_«!b64u86:t»

IMPORTANT: Store this token securely, as it will not be shown again.
""")
P("influx_cli_config_create_token_flag_history", INFLUX_CONFIG, """
  88  influx config create --config-name prod --host-url https://influx.example.internal:8086 --org wandb --token «!b64u86:t»== --active
  89  influx ping
""")
# ---------------------------------------------------------------- Oracle / SQL Server / DB2 / Couchbase / CouchDB
ORA_RMAN = "https://docs.oracle.com/en/database/oracle/oracle-database/19/rcmrf/connectStringSpec.html"
ORA_EXPDP = "https://docs.oracle.com/en/database/oracle/oracle-database/19/sutil/oracle-data-pump-export-utility.html"
ORA_DOCKER = "https://github.com/oracle/docker-images/blob/main/OracleDatabase/SingleInstance/README.md"
ORA_FREE = "https://hub.docker.com/r/gvenzl/oracle-free"
ORA_MKSTORE = "https://docs.oracle.com/en/database/oracle/oracle-database/19/dbseg/using-the-orapki-utility-to-manage-pki-elements.html"
ORA_TNS = "https://docs.oracle.com/en/database/oracle/oracle-database/19/netrf/local-naming-parameters-in-tns-ora-file.html"
ORA_DGMGRL = "https://docs.oracle.com/en/database/oracle/oracle-database/19/dgbkr/oracle-data-guard-broker-commands.html"
ORA_OJDBC = "https://docs.oracle.com/en/database/oracle/oracle-database/19/jjdbc/client-side-security.html"
ORA_SQLNET = "https://docs.oracle.com/en/database/oracle/oracle-database/19/netrf/parameters-for-the-sqlnet.ora.html"
MSSQL_DOCKER = "https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker"
MSSQL_BCP = "https://learn.microsoft.com/en-us/sql/tools/bcp-utility"
MSSQL_SQLPACKAGE = "https://learn.microsoft.com/en-us/sql/tools/sqlpackage/sqlpackage-export"
MSSQL_INVOKE = "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd"
MSSQL_LOGIN = "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql"
MSSQL_ODBC = "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns"
MSSQL_K8S = "https://learn.microsoft.com/en-us/sql/linux/quickstart-sql-server-containers-kubernetes"
MSSQL_ERRORLOG = "https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error"
DB2_CONNECT = "https://www.ibm.com/docs/en/db2/11.5?topic=statements-connect-type-1"
DB2_CLI_INI = "https://www.ibm.com/docs/en/db2/11.5?topic=file-db2cliini-initialization"
DB2_DOCKER = "https://hub.docker.com/r/ibmcom/db2"
DB2_NODEDIR = "https://www.ibm.com/docs/en/db2/11.5?topic=commands-list-node-directory"
CB_CLUSTER_INIT = "https://docs.couchbase.com/server/current/cli/cbcli/couchbase-cli-cluster-init.html"
CB_BACKUPMGR = "https://docs.couchbase.com/server/current/backup-restore/cbbackupmgr-backup.html"
CB_CBQ = "https://docs.couchbase.com/server/current/cli/cbq-tool.html"
CB_OPERATOR = "https://docs.couchbase.com/operator/current/howto-manage-couchbase-authentication.html"
CB_SGW = "https://docs.couchbase.com/sync-gateway/current/configuration-properties-legacy.html"
COUCHDB_AUTH = "https://docs.couchdb.org/en/stable/config/auth.html"
COUCHDB_DOCKER = "https://hub.docker.com/_/couchdb"
COUCHDB_REPL = "https://docs.couchdb.org/en/stable/replication/replicator.html"
COUCHDB_CONFIG_API = "https://docs.couchdb.org/en/stable/api/server/configuration.html"

P("rman_target_and_catalog_connect_strings_in_ps", ORA_RMAN, """
oracle   «dig5:p»  «dig5:q»  0 «hh:h»:«mm:m» ?        00:00:02 rman target sys/«!pw16:a»@ORCLCDB catalog rco/«!pw16:b»@RCATPDB cmdfile=/u01/scripts/level1.rman log=/u01/logs/level1_«ymd:d».log
""")
P("expdp_parfile_userid_slash_password_at_service", ORA_EXPDP, """
$ cat /u01/dpump/wandb_exp.par
userid=system/«!pw18:p»@//«@ora01.example.internal|10.0.10.5»:1521/ORCLPDB1
directory=DATA_PUMP_DIR
dumpfile=wandb_%U.dmp
schemas=WANDB
parallel=4
""")
P("oracle_container_log_generated_password_banner", ORA_DOCKER, """
ORACLE PASSWORD FOR SYS, SYSTEM AND PDBADMIN: «!an12:p»

LSNRCTL for Linux: Version 19.0.0.0.0 - Production on «dd:d»-MAR-2024 «hh:h»:«mm:m»:«mm:s»
""")
P("gvenzl_oracle_free_env_oracle_and_app_user_password", ORA_FREE, """
docker run -d -p 1521:1521 \\
  -e ORACLE_PASSWORD=«!pw18:o» \\
  -e APP_USER=wandb \\
  -e APP_USER_PASSWORD=«!pw18:a» \\
  gvenzl/oracle-free:23-slim
""")
P("mkstore_create_credential_args_with_password", ORA_MKSTORE, """
$ mkstore -wrl /u01/app/oracle/wallet -createCredential ORCLPDB1 wandb_app «!pw18:p»
Oracle Secret Store Tool Release 19.0.0.0.0 - Production
Version 19.4.0.0.0
Copyright (c) 2004, 2023, Oracle and/or its affiliates. All rights reserved.

Enter wallet password:
""")
P("orapki_wallet_create_pwd_flag_auto_login", ORA_MKSTORE, """
$ orapki wallet create -wallet /u01/app/oracle/wallet -pwd «!pw20:p» -auto_login
Oracle PKI Tool Release 19.0.0.0.0 - Production
Operation is successfully completed.
""")
P("dgmgrl_connect_sys_password_at_primary", ORA_DGMGRL, """
[oracle@ora01 ~]$ dgmgrl sys/«!pw18:p»@«@ORCL_PRIM|CDB1_SITE1» "show configuration"
DGMGRL for Linux: Release 19.0.0.0.0 - Production on «@Mon|Tue|Wed» Mar «dd:d» «hh:h»:«mm:m»:«mm:s» 2024
Connected to "«@ORCL_PRIM|CDB1_SITE1»"
Connected as SYSDBA.
""")
P("ojdbc_properties_keystore_and_truststore_passwords", ORA_OJDBC, """
# Connection property while using Oracle wallets.
oracle.net.wallet_location=(source=(method=file)(method_data=(directory=${TNS_ADMIN})))
javax.net.ssl.trustStore=${TNS_ADMIN}/truststore.jks
javax.net.ssl.trustStorePassword=«!pw16:t»
javax.net.ssl.keyStore=${TNS_ADMIN}/keystore.jks
javax.net.ssl.keyStorePassword=«!pw16:k»
""")
P("mssql_compose_accept_eula_and_mssql_sa_password", MSSQL_DOCKER, """
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "«!pw20:p»"
      MSSQL_PID: Developer
""")
P("bcp_out_command_u_p_flags", MSSQL_BCP, """
C:\\backup> bcp WandbDB.dbo.Runs out C:\\backup\\runs.dat -S «@sql01.example.internal|10.0.11.4»,1433 -U sa -P «!pw18:p» -n -b 5000

Starting copy...
«dig5:r» rows copied.
""")
P("sqlpackage_export_source_connection_string_password", MSSQL_SQLPACKAGE, """
sqlpackage /Action:Export /TargetFile:"D:\\bacpac\\wandb.bacpac" /SourceConnectionString:"Server=tcp:«@sql01.example.internal|10.0.11.4»,1433;Initial Catalog=wandb;User ID=wandb_admin;Password=«!pw20:p»;Encrypt=True;TrustServerCertificate=True;"
Connecting to database 'wandb' on server 'tcp:«@sql01.example.internal|10.0.11.4»,1433'.
""")
P("invoke_sqlcmd_username_password_params_transcript", MSSQL_INVOKE, """
PS C:\\> Invoke-Sqlcmd -ServerInstance "«@SQL01\\PROD|sql01.example.internal»" -Database master -Username wandb_ops -Password '«!pw18:p»' -Query "SELECT @@VERSION" -TrustServerCertificate
""")
P("tsql_create_login_with_password_script", MSSQL_LOGIN, """
USE [master];
GO
CREATE LOGIN [wandb_app] WITH PASSWORD = N'«!pw20:p»', DEFAULT_DATABASE = [wandb], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
""")
P("kubectl_create_secret_mssql_from_literal_history", MSSQL_K8S, """
  210  kubectl create secret generic mssql --from-literal=MSSQL_SA_PASSWORD="«!pw20:p»"
  211  kubectl apply -f sqldeployment.yaml
""")
P("db2_connect_to_user_using_password_clp", DB2_CONNECT, """
db2inst1@db2host:~$ db2 connect to WANDB user db2inst1 using «!pw16:p»

   Database Connection Information

 Database server        = DB2/LINUXX8664 11.5.«dig1:v».0
 SQL authorization ID   = DB2INST1
 Local database alias   = WANDB
""")
P("db2cli_ini_dsn_uid_pwd", DB2_CLI_INI, """
[WANDBDB]
Database=WANDB
Protocol=TCPIP
Hostname=«@db2.example.internal|10.0.12.3»
ServiceName=50000
UID=db2inst1
PWD=«!pw16:p»
""")
P("db2_docker_env_db2inst1_password", DB2_DOCKER, """
LICENSE=accept
DB2INSTANCE=db2inst1
DB2INST1_PASSWORD=«!pw18:p»
DBNAME=WANDB
BLU=false
""")
P("couchbase_cli_cluster_init_cluster_password", CB_CLUSTER_INIT, """
$ couchbase-cli cluster-init -c 127.0.0.1 --cluster-username Administrator --cluster-password «!pw18:p» \\
    --services data,index,query --cluster-ramsize 2048 --cluster-index-ramsize 512
SUCCESS: Cluster initialized
""")
P("cbbackupmgr_backup_username_password_flags", CB_BACKUPMGR, """
$ cbbackupmgr backup -a /data/backups -r nightly -c couchbase://«@cb-0.cb|127.0.0.1» -u Administrator -p «!pw18:p» --threads 4
Backing up to '«ymd:d»T«hh:h»_«mm:m»_«mm:s».«dig9:n»Z'
Copied all data in «dig1:a»m«dig2:b».«dig3:c»s (Avg. «dig2:mb».«dig2:m2»MiB/Sec)
""")
P("cbq_engine_user_password_flags", CB_CBQ, """
$ ./cbq -e couchbase://«@cb-0.cb|localhost» -u wandb_query -p «!pw18:p» -s "SELECT COUNT(*) FROM \\`runs\\`;"
 Connected to : http://«@cb-0.cb|localhost»:8091/. Type Ctrl-D or \\QUIT to exit.
""")
P("couchbase_operator_auth_secret_data_b64", CB_OPERATOR, """
apiVersion: v1
kind: Secret
metadata:
  name: cb-example-auth
type: Opaque
data:
  username: QWRtaW5pc3RyYXRvcg==
  password: «!pw18:p|b64:»
""")
P("sync_gateway_legacy_config_database_password", CB_SGW, """
{
  "databases": {
    "wandb": {
      "server": "couchbases://«@cb-0.cb|cb.example.internal»",
      "bucket": "wandb",
      "username": "sync_gateway",
      "password": "«!pw20:p»",
      "enable_shared_bucket_access": true
    }
  }
}
""")
P("couchdb_local_ini_admins_plaintext_before_restart", COUCHDB_AUTH, """
[chttpd]
bind_address = 0.0.0.0

[admins]
admin = «!pw18:p»
""")
P("couchdb_local_ini_admins_pbkdf2_derived_key", COUCHDB_AUTH, """
[admins]
;admin = changeme
admin = -pbkdf2-«!hex40:d»,«hex32:s»,«@10|10000|600000»
""")
P("couchdb_chttpd_auth_secret_and_uuid", COUCHDB_AUTH, """
[couchdb]
uuid = «hex32:u»

[chttpd_auth]
secret = «!hex32:s»
require_valid_user = true
""")
P("couchdb_docker_env_password_and_cookie_secret", COUCHDB_DOCKER, """
COUCHDB_USER=admin
COUCHDB_PASSWORD=«!pw18:p»
COUCHDB_SECRET=«!hex32:s»
NODENAME=couchdb-0.couchdb.default.svc.cluster.local
ERL_FLAGS=-setcookie «!an20:c»
""")
P("couchdb_curl_put_config_admins_json_string_body", COUCHDB_CONFIG_API, """
$ curl -X PUT http://admin:«!pw16:a»@127.0.0.1:5984/_node/_local/_config/admins/anna -d '"«!pw16:b»"'
""
""")
P("couchdb_replicator_doc_source_url_userinfo", COUCHDB_REPL, """
{
    "_id": "wandb-to-dr",
    "source": "https://replicator:«!pw18:s»@couch-a.example.internal:6984/wandb",
    "target": "https://replicator:«!pw18:t»@couch-b.example.internal:6984/wandb",
    "continuous": true
}
""")
# ---------------------------------------------------------------- etcd / Consul / Valkey / KeyDB / Dragonfly / RabbitMQ / GUI tools
ETCDCTL = "https://github.com/etcd-io/etcd/blob/main/etcdctl/README.md"
ETCD_AUTH = "https://etcd.io/docs/v3.5/op-guide/authentication/rbac/"
BITNAMI_ETCD = "https://github.com/bitnami/containers/blob/main/bitnami/etcd/README.md"
ETCD_CONF = "https://etcd.io/docs/v3.5/op-guide/configuration/"
CONSUL_ACL_CONF = "https://developer.hashicorp.com/consul/docs/agent/config/config-files#acl-parameters"
CONSUL_KEYGEN = "https://developer.hashicorp.com/consul/commands/keygen"
CONSUL_ENV = "https://developer.hashicorp.com/consul/commands#environment-variables"
CONSUL_TOKEN_READ = "https://developer.hashicorp.com/consul/commands/acl/token/read"
CONSUL_KV_PUT = "https://developer.hashicorp.com/consul/commands/kv/put"
CONSUL_MEMBERS = "https://developer.hashicorp.com/consul/commands/members"
VALKEY_CLI = "https://valkey.io/topics/cli/"
VALKEY_ACL = "https://valkey.io/topics/acl/"
VALKEY_CONF = "https://valkey.io/topics/valkey.conf/"
KEYDB_ACTIVE = "https://docs.keydb.dev/docs/active-rep/"
DRAGONFLY_FLAGS = "https://www.dragonflydb.io/docs/managing-dragonfly/flags"
DRAGONFLY_OPERATOR = "https://www.dragonflydb.io/docs/managing-dragonfly/operator/authentication"
RABBIT_ENCODE = "https://www.rabbitmq.com/docs/configure#configuration-encryption"
RABBIT_PERFTEST = "https://perftest.rabbitmq.com/"
RABBIT_OPERATOR = "https://www.rabbitmq.com/kubernetes/operator/using-operator#default-user"
MEMCACHED_SASL = "https://github.com/memcached/memcached/wiki/SASLHowto"
DBEAVER_SSH = "https://dbeaver.com/docs/dbeaver/SSH-Configuration/"
DBEAVER_CFG = "https://dbeaver.com/docs/dbeaver/Admin-Manage-Connections/"
TABLEPLUS_URL = "https://docs.tableplus.com/gui-tools/manage-connections#import-from-url"
HEIDISQL = "https://www.heidisql.com/help.php#commandline"
DBVIS = "https://www.dbvis.com/docs/ug/"
DATAGRIP = "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html"
ADMINER = "https://www.adminer.org/en/"
SURREAL = "https://surrealdb.com/docs/surrealdb/cli/start"
YUGABYTE = "https://docs.yugabyte.com/preview/secure/enable-authentication/authentication-ysql/"
PG_PSQL = "https://www.postgresql.org/docs/current/app-psql.html"

P("etcdctl_user_add_new_user_password_with_root_password", ETCD_AUTH, """
$ etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/etcd/ca.crt --user root --password «!pw18:r» user add wandb --new-user-password «!pw18:n»
User wandb created
""")
P("bitnami_etcd_env_root_password_and_jwt_flags", BITNAMI_ETCD, """
ALLOW_NONE_AUTHENTICATION=no
ETCD_ROOT_PASSWORD=«!pw20:p»
ETCD_AUTH_TOKEN=jwt,priv-key=/opt/bitnami/etcd/certs/token/jwt-token.pem,sign-method=RS256,ttl=10m
ETCD_ADVERTISE_CLIENT_URLS=http://etcd-0.etcd-headless:2379
""")
P("etcdctl_env_exports_user_colon_password", ETCDCTL, """
export ETCDCTL_API=3
export ETCDCTL_ENDPOINTS=https://«@10.0.5.11|etcd-0.etcd»:2379
export ETCDCTL_USER=root:«!pw18:p»
export ETCDCTL_CACERT=/etc/etcd/pki/ca.crt
""")
P("consul_hcl_acl_tokens_initial_management_and_agent", CONSUL_ACL_CONF, """
acl {
  enabled = true
  default_policy = "deny"
  enable_token_persistence = true
  tokens {
    initial_management = "«!uuid:m»"
    agent = "«!uuid:a»"
  }
}
""")
P("consul_hcl_gossip_encrypt_key", CONSUL_ACL_CONF, """
datacenter = "«@dc1|eu-west»"
data_dir = "/opt/consul"
encrypt = "«!b64s43:k»="
verify_incoming = true
""")
P("consul_keygen_output_line", CONSUL_KEYGEN, """
$ consul keygen
«!b64s43:k»=
""")
P("consul_http_token_export_in_profile", CONSUL_ENV, """
# /etc/profile.d/consul.sh
export CONSUL_HTTP_ADDR=https://127.0.0.1:8501
export CONSUL_HTTP_TOKEN=«!uuid:t»
export CONSUL_CACERT=/etc/consul.d/consul-agent-ca.pem
""")
P("consul_acl_token_read_output_secret_id", CONSUL_TOKEN_READ, """
$ consul acl token read -accessor-id «uuid:a»
AccessorID:       «uuid:a»
SecretID:         «!uuid:s»
Partition:        default
Namespace:        default
Description:      wandb service token
Local:            false
Create Time:      «TS» +0000 UTC
""")
P("consul_kv_put_database_password_value", CONSUL_KV_PUT, """
$ consul kv put config/wandb/database/password «!pw20:p»
Success! Data written to: config/wandb/database/password
""")
P("valkey_cli_a_flag_no_auth_warning_info", VALKEY_CLI, """
$ valkey-cli -h «@valkey-primary|10.0.13.2» -p 6379 -a '«!pw20:p»' --no-auth-warning INFO replication
# Replication
role:master
connected_slaves:2
""")
P("valkey_acl_file_user_sha256_hash_entry", VALKEY_ACL, """
$ cat /etc/valkey/users.acl
user default off
user wandb on #«!hex64:h» ~wandb:* &* +@all -@dangerous
user monitor on #«!hex64:m» ~* +info +ping +client|list
""")
P("valkey_cli_acl_getuser_passwords_hash_reply", VALKEY_ACL, """
127.0.0.1:6379> ACL GETUSER wandb
 1) "flags"
 2) 1) "on"
 3) "passwords"
 4) 1) "«!hex64:h»"
 5) "commands"
 6) "+@all -@dangerous"
""")
P("keydb_conf_active_replica_masterauth_requirepass", KEYDB_ACTIVE, """
active-replica yes
multi-master yes
replicaof «@10.0.13.5|keydb-1.keydb» 6379
masterauth «!pw20:m»
requirepass «!pw20:r»
""")
P("dragonfly_ps_requirepass_flag", DRAGONFLY_FLAGS, """
dfly     «dig5:p»  4.0  2.1 «dig7:v» «dig6:r» ?      Ssl  «hh:h»:«mm:m»  12:04 dragonfly --logtostderr --requirepass=«!pw20:p» --dir /data --cache_mode=true --proactor_threads=4
""")
P("dragonfly_env_dfly_requirepass_compose", DRAGONFLY_FLAGS, """
  dragonfly:
    image: docker.dragonflydb.io/dragonflydb/dragonfly:v1.«@21|25|27».0
    ulimits:
      memlock: -1
    environment:
      DFLY_requirepass: "«!pw20:p»"
      DFLY_cache_mode: "true"
""")
P("rabbitmqctl_encode_value_and_passphrase_output", RABBIT_ENCODE, """
$ rabbitmqctl encode '<<"«!pw16:v»">>' «!pw16:k»
Encrypting value ...
{encrypted,<<"«!b64s64:e»">>}
""")
P("rabbitmq_perf_test_uri_flag_credentials", RABBIT_PERFTEST, """
$ java -jar perf-test.jar --uri amqp://perf:«!pw18:p»@«@rabbitmq.example.internal|10.0.14.2»:5672/%2f --producers 2 --consumers 4 --rate 500
id: test-«hh:h»«mm:m»«mm:s»-«dig3:n», starting consumer #0
id: test-«hh:h»«mm:m»«mm:s»-«dig3:n», starting producer #0
""")
P("rabbitmq_operator_default_user_secret_jsonpath_decoded", RABBIT_OPERATOR, """
$ kubectl get secret «@wandb-rabbit|hello-world»-default-user -o jsonpath='{.data.password}' | base64 --decode
«!b64u32:p»$ kubectl get secret «@wandb-rabbit|hello-world»-default-user -o jsonpath='{.data.username}' | base64 --decode
default_user_«b64u20:u»$
""")
P("dbeaver_data_sources_json_ssh_tunnel_handler_password", DBEAVER_SSH, """
      "handlers": {
        "ssh_tunnel": {
          "type": "TUNNEL",
          "enabled": true,
          "save-password": true,
          "properties": {
            "host": "bastion.example.internal",
            "port": 22,
            "authType": "PASSWORD"
          },
          "auth-user": "dbaops", "auth-password": "«!pw18:p»"
        }
""")
P("tableplus_connection_url_with_query_flags", TABLEPLUS_URL, """
postgresql://wandb:«!pw18:p»@«@pg-rw.example.internal|10.0.2.15»:5432/wandb?statusColor=F8F8F8&env=production&name=wandb%20prod&tLSMode=0&usePrivateKey=false&safeModeLevel=0&advancedSafeModeLevel=0&driverVersion=0
""")
P("heidisql_portable_settings_encoded_password_line", HEIDISQL, """
Servers\\wandb-prod\\Host<|||>1<|||>«@10.0.2.15|pg-rw.example.internal»
Servers\\wandb-prod\\User<|||>1<|||>wandb
Servers\\wandb-prod\\Password<|||>1<|||>«!uhex36:p»«dig1:x»
Servers\\wandb-prod\\Port<|||>1<|||>5432
Servers\\wandb-prod\\NetType<|||>3<|||>
""")
P("dbvis_xml_database_password_element", DBVIS, """
    <Database id="«dig1:i»">
      <Alias>wandb-prod</Alias>
      <Url />
      <Driver>PostgreSQL</Driver>
      <Userid>wandb</Userid>
      <Password>«!b64s24:p»</Password>
      <ServerInfoFormat>1</ServerInfoFormat>
""")
P("surreal_start_user_pass_flags", SURREAL, """
$ surreal start --log info --user root --pass «!pw18:p» --bind 0.0.0.0:8000 rocksdb:/var/lib/surrealdb/data.db
 .d8888b.                                             888 8888888b.  888888b.
""")
P("ysqlsh_pgpassword_prefix_and_yb_admin_password", YUGABYTE, """
$ PGPASSWORD=«!pw18:p» ./bin/ysqlsh -h «@yb-tserver-0.yb-tservers|10.0.15.3» -U yugabyte -d yugabyte -c "ALTER ROLE yugabyte WITH PASSWORD '«!pw18:q»';"
ALTER ROLE
""")
P("psql_set_variable_and_alter_user_echo_queries", PG_PSQL, """
$ psql -e -v ON_ERROR_STOP=1 -U postgres -f rotate.sql
ALTER USER wandb WITH PASSWORD '«!pw20:p»';
ALTER ROLE
""")
# ================================================================ negatives
N("pg_hba_conf_scram_and_cert_lines_no_secret", PG_HBA, """
# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             postgres                                peer
host    wandb           wandb           10.«dig2:a».0.0/16            scram-sha-256
hostssl replication     replicator      10.«dig2:b».3.0/24             scram-sha-256
hostssl all             «@metabase|grafana_ro»       0.0.0.0/0               cert clientcert=verify-full
host    all             all             0.0.0.0/0               reject
""")
N("postgresql_conf_password_encryption_and_ssl_paths", PG_LOG, """
password_encryption = scram-sha-256	# scram-sha-256 or md5
listen_addresses = '10.0.«dig1:a».«dig2:b»'
ssl = on
ssl_cert_file = '/etc/ssl/certs/«@pg-server|db01».crt'
ssl_key_file = '/etc/ssl/private/«@pg-server|db01».key'
ssl_passphrase_command = '/usr/local/bin/pg-key-pass.sh'
krb_server_keyfile = 'FILE:/etc/postgresql/krb5.keytab'
""")
N("pg_controldata_system_identifier_and_lsns", PG_CONTROLDATA, """
pg_control version number:            13«@00|10|30|40»
Catalog version number:               20«dig7:c»
Database system identifier:           7«dig18:s»
Database cluster state:               in production
Latest checkpoint location:           «uhex1:a»/«uhex8:b»
Latest checkpoint's REDO location:    «uhex1:a»/«uhex8:c»
Latest checkpoint's NextXID:          0:«dig7:x»
Data page checksum version:           1
""")
N("pg_stat_replication_row_lsns_and_client_addr", PG_STATREPL, """
 pid  | usename    | application_name | client_addr |   state   | sent_lsn   | write_lsn  | flush_lsn  | replay_lsn | sync_state
------+------------+------------------+-------------+-----------+------------+------------+------------+------------+------------
 «dig4:p» | replicator | «@pg-node2|walreceiver»        | 10.0.3.«dig2:c»   | streaming | «uhex1:a»/«uhex8:b» | «uhex1:a»/«uhex8:b» | «uhex1:a»/«uhex8:b» | «uhex1:a»/«uhex8:d» | async
(1 row)
""")
N("postgres_log_password_authentication_failed_no_value", PG_LOG, """
«TS» UTC [«dig5:p»] FATAL:  password authentication failed for user "«@wandb|grafana_ro|airflow»"
«TS» UTC [«dig5:p»] DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line «dig2:l»: "host all all 10.0.0.0/8 scram-sha-256"
""")
N("psql_password_meta_command_prompts", PG_PSQL, """
«@wandb|postgres|metrics»=# \\password «@wandb|metabase|airflow|grafana_ro»
Enter new password for user "«@wandb|metabase|airflow|grafana_ro»":
Enter it again:
«@wandb|postgres|metrics»=#
""")
N("pg_dump_w_flag_password_prompt_only", PG_RESTORE, """
$ pg_dump -h «@10.0.2.15|pg-rw.db.svc» -U wandb -W -Fc -f /backups/wandb-«ymd:d».dump wandb
Password:
$ ls -l /backups/wandb-«ymd:d».dump
-rw-r--r-- 1 postgres postgres «dig9:s» Mar «dd:d» «hh:h»:«mm:m» /backups/wandb-«ymd:d».dump
""")
N("pg_authid_rolpassword_null_for_nologin_roles", PG_AUTHID, """
    rolname     | rolcanlogin | rolpassword
----------------+-------------+-------------
 pg_monitor     | f           |
 «@readonly|ro_group|analysts»       | f           |
 «@wandb_owner|app_owner|db_owner»    | f           |
(3 rows)
""")
N("pgbouncer_ini_auth_settings_without_values", PGB_CONF, """
[pgbouncer]
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
auth_user = «@pgbouncer_auth|pgb_auth|auth_lookup»
max_client_conn = «dig3:mc»
auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)
server_tls_sslmode = verify-full
""")
N("pgbouncer_show_clients_table_ptrs", PGB_USAGE, """
pgbouncer=# SHOW CLIENTS;
 type |  user  | database | state  |    addr    | port  | local_addr | local_port |      connect_time       |  ptr  | link
------+--------+----------+--------+------------+-------+------------+------------+-------------------------+-------+------
 C    | wandb  | wandb    | active | 10.0.«dig2:a».«dig2:b» | «dig4:p» | 10.0.2.20  |       6432 | «TS» UTC | 0x«hex12:x» | 0x«hex12:y»
""")
N("patronictl_list_table_members_lag_timeline", PATRONI_CTL, """
+ Cluster: «@wandb-pg|pg-main» («dig19:sid») -----+-----------+----+-----------+
| Member    | Host         | Role    | State     | TL | Lag in MB |
+-----------+--------------+---------+-----------+----+-----------+
| pg-node1  | 10.0.3.21    | Leader  | running   | «dig2:tl» |           |
| pg-node2  | 10.0.3.22    | Replica | streaming | «dig2:tl» |         0 |
+-----------+--------------+---------+-----------+----+-----------+
""")
N("patroni_pod_env_value_from_secret_key_refs", PATRONI_ENV, """
        - name: PATRONI_SUPERUSER_PASSWORD
          valueFrom:
            secretKeyRef:
              name: «@wandb-pg|pg-main»-credentials
              key: «@superuser-password|superuser|su-password»
        - name: PATRONI_REPLICATION_PASSWORD
          valueFrom:
            secretKeyRef:
              name: «@wandb-pg|pg-main»-credentials
              key: «@replication-password|replication|standby-password»
""")
N("pgbackrest_log_backup_begin_redacted_secure_options", PGBR_CMD, """
«TS» P00   INFO: backup command begin 2.«@49|51|54»: --exec-id=«dig5:e»-«hex8:x» --log-level-console=info --pg1-path=/var/lib/postgresql/16/main --repo1-cipher-pass=<redacted> --repo1-cipher-type=aes-256-cbc --repo1-s3-bucket=pg-backups-«lc6:b» --repo1-s3-key=<redacted> --repo1-s3-key-secret=<redacted> --repo1-type=s3 --stanza=wandb --type=incr
«TS» P00   INFO: last backup label = «ymd:d»-«hms:t»F, version = 2.«@49|51|54»
""")
N("pgbackrest_info_wal_archive_range_and_labels", PGBR_CMD, """
stanza: wandb
    status: ok
    cipher: aes-256-cbc

    db (current)
        wal archive min/max (16): 0000000«dig1:tl»«uhex16:a»/0000000«dig1:tl»«uhex16:b»

        full backup: «ymd:d»-«hms:t»F
            timestamp start/stop: «TS»+00 / «TS»+00
""")
N("cnpg_cluster_spec_secret_name_references", CNPG_APPS, """
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: «@wandb-db|cluster-example»
spec:
  instances: «@2|3|5»
  enableSuperuserAccess: «@true|false»
  superuserSecret:
    name: «@wandb-db|cluster-example»-superuser
  bootstrap:
    initdb: {database: wandb, owner: wandb, secret: {name: wandb-app-«@credentials|creds|secret»}}
""")
N("cnpg_status_system_id_timeline_and_lsn", CNPG_STATUS, """
Cluster Summary
Name:                «@wandb-db|cluster-example»
System ID:           7«dig18:s»
PostgreSQL Image:    ghcr.io/cloudnative-pg/postgresql:16.«dig1:v»
Primary instance:    «@wandb-db|cluster-example»-1
Status:              Cluster in healthy state
Current Write LSN:   «uhex1:a»/«uhex8:b» (Timeline: «dig1:t» - WAL File: 0000000«dig1:t»0000000«uhex1:a»000000«uhex2:c»)
""")
N("cnpg_barman_object_store_credentials_secret_refs", CNPG_BACKUP, """
  backup:
    barmanObjectStore:
      destinationPath: s3://pg-backups-«lc6:b»/
      s3Credentials:
        accessKeyId:
          name: aws-creds
          key: ACCESS_KEY_ID
        secretAccessKey:
          name: aws-creds
          key: ACCESS_SECRET_KEY
""")
N("zalando_postgresql_manifest_users_role_flags", ZALANDO_USER, """
apiVersion: "acid.zalan.do/v1"
kind: postgresql
metadata:
  name: acid-«@wandb|minimal|main»-cluster
spec:
  teamId: "acid"
  users:
    wandb_owner: [superuser, createdb]
    «@wandb_user|app_user|reader»: [«@|login|nologin»]
  databases:
    wandb: wandb_owner
""")
N("zalando_operator_configmap_secret_name_template", ZALANDO_ADMIN, """
data:
  secret_name_template: "{username}.{cluster}.credentials.{tprkind}.{tprgroup}"
  password_rotation_interval: "«@30|60|90|180»"
  password_rotation_user_retention: "«@180|360|400»"
  enable_password_rotation: "true"
  super_username: postgres
  replication_username: standby
""")
N("pgpool_conf_passwords_empty_use_pool_passwd", PGPOOL_CONF, """
sr_check_user = '«@pgpool|sr_check|repl_check»'
sr_check_password = ''
health_check_user = '«@pgpool|hc_user|monitor»'
health_check_password = ''
pool_passwd = 'pool_passwd'
enable_pool_hba = on
""")
N("timescaledb_chunks_view_hypertable_ids", TSDB_INFO, """
 hypertable_name |    chunk_name     | range_start            | range_end              | is_compressed
-----------------+-------------------+------------------------+------------------------+---------------
 metrics         | _hyper_«dig1:h»_«dig3:c»_chunk | 2024-03-«dd:a» 00:00:00+00 | 2024-03-«dd:b» 00:00:00+00 | t
 metrics         | _hyper_«dig1:h»_«dig3:d»_chunk | 2024-03-«dd:e» 00:00:00+00 | 2024-03-«dd:f» 00:00:00+00 | f
""")
N("pgadmin_servers_json_passfile_reference", PGADMIN_IMPORT, """
{
    "Servers": {
        "1": {
            "Name": "wandb-prod",
            "Host": "«@pg-rw.db.svc|10.0.2.15»",
            "Port": «@5432|6432»,
            "Username": "«@wandb|dba|readonly»",
            "PassFile": "/pgpass",
            "SSLMode": "verify-full"
        }
    }
}
""")
N("pgadmin_compose_password_file_env", PGADMIN_DOCKER, """
    environment:
      PGADMIN_DEFAULT_EMAIL: «@dba|ops|admin|platform»@example.com
      PGADMIN_LISTEN_PORT: «@80|5050|8080»
      PGADMIN_DEFAULT_PASSWORD_FILE: /run/secrets/pgadmin_password
    secrets:
      - pgadmin_password
""")
N("mongod_conf_keyfile_path_and_authorization", MONGOD_CONF, """
net:
  port: «@27017|27018|27019»
  bindIp: 0.0.0.0
  tls:
    mode: requireTLS
    certificateKeyFile: /etc/mongodb/tls/«@mongo-0|mongod».pem
security:
  authorization: enabled
  keyFile: /etc/mongodb/keyfile
replication:
  replSetName: «@rs0|wandb-rs»
""")
N("mongosh_rs_status_member_optimes_and_election_id", MONGO_RS, """
  members: [
    {
      _id: 0,
      name: 'mongo-0.mongo:27017',
      stateStr: 'PRIMARY',
      optime: { ts: Timestamp({ t: 17«dig8:t», i: «dig1:i» }), t: Long('«dig2:term»') },
      electionId: ObjectId('7fffffff00000000000000«hex2:e»'),
      configVersion: «dig1:cv»,
""")
N("atlas_connection_string_template_db_password_placeholder", ATLAS_CONNECT, """
Connection string:
mongodb+srv://wandb-app:<db_password>@cluster0.«lc5:c».mongodb.net/?retryWrites=true&w=majority&appName=Cluster0
Replace <db_password> with the password for the wandb-app database user.
""")
N("mongodb_uri_x509_auth_mechanism_no_password", MONGO_URI, """
MONGODB_URI="mongodb://«@mongo-0.mongo.svc|10.0.4.7»:27017/?authMechanism=MONGODB-X509&authSource=%24external&tls=true&tlsCertificateKeyFile=/etc/ssl/client/«@wandb|exporter|backup|reporting».pem&appName=«@wandb|exporter|backup»"
""")
N("mongod_json_log_authentication_failed_no_secret", MONGO_LOG, """
{"t":{"$date":"«T»"},"s":"I",  "c":"ACCESS",   "id":20249,   "ctx":"conn«dig4:c»","msg":"Authentication failed","attr":{"mechanism":"SCRAM-SHA-256","speculative":false,"principalName":"«@wandb|exporter»","authenticationDatabase":"admin","remote":"10.0.«dig2:a».«dig2:b»:«dig5:p»","extraInfo":{},"error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}}
""")
N("mongosh_password_prompt_masked", MONGO_URI, """
$ mongosh "mongodb://mongo-0.mongo:27017/admin?replicaSet=«@rs0|wandb-rs»" --username clusterAdmin
Enter password: ****************
Current Mongosh Log ID:	«hex24:l»
Connecting to:		mongodb://<credentials>@mongo-0.mongo:27017/admin?replicaSet=«@rs0|wandb-rs»&appName=mongosh+2.«dig1:v».«dig1:w»
""")
N("mongodb_community_operator_user_password_secret_ref", MONGO_COMMUNITY_OP, """
  users:
    - name: «@my-user|wandb-user»
      db: admin
      passwordSecretRef:
        name: «@my-user|wandb-user»-password
      roles:
        - {name: «@clusterAdmin|readWrite|dbAdmin», db: «@admin|wandb»}
      scramCredentialsSecretName: «@my-scram|wandb-scram»
""")
N("atlas_cli_config_without_keys_after_logout", ATLAS_CLI_CONFIG, """
[default]
  org_id = '«hex24:o»'
  output = 'json'
  project_id = '«hex24:p»'
  service = 'cloud'
""")
N("nodetool_status_host_ids_and_tokens", NODETOOL, """
Datacenter: dc1
===============
Status=Up/Down
|/ State=Normal/Leaving/Joining/Moving
--  Address      Load        Tokens  Owns (effective)  Host ID                               Rack
UN  10.0.6.11    «dig3:a».«dig2:b» GiB  16      «dig2:c».«dig1:d»%             «uuid:h1»  rack1
UN  10.0.6.12    «dig3:e».«dig2:f» GiB  16      «dig2:g».«dig1:i»%             «uuid:h2»  rack1
""")
N("nodetool_describecluster_schema_versions", NODETOOL, """
Cluster Information:
	Name: «@wandb-cass|Test Cluster»
	Snitch: org.apache.cassandra.locator.GossipingPropertyFileSnitch
	DynamicEndPointSnitch: enabled
	Partitioner: org.apache.cassandra.dht.Murmur3Partitioner
	Schema versions:
		«uuid:s»: [10.0.6.11, 10.0.6.12, 10.0.6.13]
""")
N("cassandra_audit_log_obfuscated_role_password", CASS_AUDIT, """
user:cassandra|host:10.0.6.11:7000|source:/10.0.«dig2:a».«dig2:b»|port:«dig5:p»|timestamp:17«dig11:ts»|type:CREATE_ROLE|category:DCL|operation:CREATE ROLE «@app_rw|wandb|reporting» WITH PASSWORD*******
""")
N("cassandra_yaml_authenticator_and_validity_settings", CASS_YAML, """
authenticator: PasswordAuthenticator
authorizer: CassandraAuthorizer
role_manager: CassandraRoleManager
roles_validity: «@2000|5000|10000»ms
credentials_validity: «@2000|5000|60000»ms
credentials_update_interval: «@1000|2000»ms
""")
N("cqlshrc_ssl_certfile_paths_only", CQLSH, """
[authentication]
credentials = /home/«@ops|cassandra|dba»/.cassandra/credentials
keyspace = «@wandb|metrics|system_auth»

[ssl]
certfile = /etc/cassandra/certs/ca.pem
validate = true
userkey = /etc/cassandra/certs/client.key
""")
N("scylla_manager_agent_yaml_token_commented_placeholder", SCYLLA_AGENT, """
# Specify authentication token, the auth_token needs to be the same for all the
# nodes in a cluster. Use scyllamgr_auth_token_gen to generate the auth_token
# value.
#auth_token:
https: 0.0.0.0:10001
prometheus: ':«@5090|5091|9180»'
cpu: «@0|1|2»
""")
N("elasticsearch_keystore_list_setting_names", ES_KEYSTORE, """
$ «@bin/elasticsearch-keystore|/usr/share/elasticsearch/bin/elasticsearch-keystore» list
autoconfiguration.password_hash
keystore.seed
«@gcs.client.default.credentials_file|azure.client.default.key|s3.client.backup.secret_key»
s3.client.default.access_key
s3.client.default.secret_key
xpack.security.http.ssl.keystore.secure_password
xpack.security.transport.ssl.truststore.secure_password
""")
N("elasticsearch_root_endpoint_cluster_uuid_build_hash", ES_ROOT_API, """
{
  "name" : "«@es01|node-1»",
  "cluster_name" : "«@wandb-logs|docker-cluster»",
  "cluster_uuid" : "«b64u22:u»",
  "version" : {
    "number" : "8.«@13|15|17».«dig1:p»",
    "build_flavor" : "default",
    "build_hash" : "«hex40:h»",
""")
N("elasticsearch_http_ca_fingerprint_only", ES_AUTOCONF, """
ℹ️  HTTP CA certificate SHA-256 fingerprint:
  «hex64:f»
""")
N("elasticsearch_authenticate_api_response_realm_info", ES_AUTHENTICATE, """
{
  "username" : "elastic",
  "roles" : [ "superuser" ],
  "authentication_realm" : { "name" : "reserved", "type" : "reserved" },
  "lookup_realm" : { "name" : "reserved", "type" : "reserved" },
  "authentication_type" : "realm",
  "token" : { "name" : "enroll-process-token-17«dig11:n»", "type" : "_service_account_index" }
}
""")
N("elasticsearch_cat_indices_uuids_datastream_backing", ES_CAT_INDICES, """
health status index                                      uuid                   pri rep docs.count store.size
green  open   .ds-logs-wandb-default-«ymd:d»-000001   «b64u22:u1»   1   1    «dig6:c»     «dig3:s»mb
green  open   .ds-metrics-system-default-«ymd:d»-000003 «b64u22:u2»   1   1    «dig6:e»     «dig3:f»mb
""")
N("kibana_yml_env_var_references_for_secrets", KIBANA_SETTINGS, """
elasticsearch.hosts: ["https://«@es01|es-master-0|10.0.16.2»:9200"]
elasticsearch.username: "kibana_system"
server.name: "«@kibana|kibana-0|logs-ui»"
elasticsearch.password: "${KIBANA_SYSTEM_PASSWORD}"
xpack.encryptedSavedObjects.encryptionKey: "${KIBANA_ENCRYPTION_KEY}"
elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
""")
N("elasticsearch_yml_ssl_keystore_paths_no_passwords", ES_AUTOCONF, """
xpack.security.enabled: true
xpack.security.enrollment.enabled: true
xpack.security.http.ssl:
  enabled: true
  keystore.path: certs/«@http|es01-http|node-http».p12
xpack.security.transport.ssl:
  enabled: true
  verification_mode: «@certificate|full»
  keystore.path: certs/«@transport|es01-transport|node-transport».p12
""")
N("opensearch_internal_users_reserved_flags_and_roles", OS_INTERNAL_USERS, """
«@logstash|fluentbit|vector»:
  hash: "${«@LOGSTASH|SHIPPER|INGEST»_PASSWORD_HASH}"
  reserved: false
  backend_roles:
  - "logstash"
  description: "Demo logstash user, using external role mapping"
""")
N("opensearch_securityadmin_output_cluster_and_index_names", OS_SECADMIN, """
Connected as "CN=admin,OU=SSL,O=Test,L=Test,C=DE"
OpenSearch Version: 2.«@11|13|17|18».0
Contacting opensearch cluster 'opensearch' and wait for YELLOW clusterstate ...
Clustername: opensearch-cluster
Clusterstate: GREEN
Number of nodes: «@1|2|3|5»
.opendistro_security index already exists, so we do not need to create one.
Populate config from /usr/share/opensearch/config/opensearch-security/
Will update '/config' with config/opensearch-security/config.yml 
   SUCC: Configuration for 'config' created or updated
""")
N("clickhouse_users_xml_password_from_env_and_no_password", CH_USERS, """
<clickhouse>
    <users>
        <default>
            <password from_env="CLICKHOUSE_«@DEFAULT|ADMIN|ROOT»_PASSWORD"/>
        </default>
        <health>
            <no_password/>
            <networks><ip>«@127.0.0.1|::1|10.0.0.0/8»</ip></networks>
            <profile>«@default|readonly»</profile>
        </health>
    </users>
</clickhouse>
""")
N("clickhouse_users_xml_ssh_public_key_auth", CH_USERS, """
<my_user>
    <ssh_keys>
        <ssh_key>
            <type>ssh-ed25519</type>
            <base64_key>AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43:k»</base64_key>
        </ssh_key>
    </ssh_keys>
</my_user>
""")
N("clickhouse_remote_servers_secret_from_env_attribute", CH_CLUSTER, """
<remote_servers>
    <wandb_cluster>
        <secret from_env="«@CLICKHOUSE_CLUSTER_SECRET|CH_INTERSERVER_SECRET|CLUSTER_SECRET»"/>
        <shard><replica><host>ch-«dig1:r».clickhouse</host><port>«@9000|9440»</port></replica></shard>
    </wandb_cluster>
</remote_servers>
""")
N("cockroach_node_status_ids_and_build_tags", CRDB_NODE, """
  id |        address         |      sql_address       |  build  |         started_at         | is_available | is_live
-----+------------------------+------------------------+---------+----------------------------+--------------+----------
   1 | crdb-0.crdb:26257      | crdb-0.crdb:26257      | v24.«dig1:v».«dig1:p» | «TS»«dig3:u» | true         | true
   2 | crdb-1.crdb:26257      | crdb-1.crdb:26257      | v24.«dig1:v».«dig1:p» | «TS»«dig3:w» | true         | true
""")
N("cockroach_redactable_log_markers_redacted_values", CRDB_REDACT, """
I«ymd:d» «hh:h»:«mm:m»:«mm:s».«dig6:us» «dig3:g» sql/conn_executor.go:«dig4:l» ⋮ [T1,Vsystem,n1,client=10.0.«dig2:a».«dig2:b»:«dig5:p»,user=root] «dig2:n»  executing ‹×›
I«ymd:d» «hh:h»:«mm:m»:«mm:s».«dig6:ut» «dig3:g» util/log/file_sync_buffer.go:238 ⋮ [T1,config] file created at: ‹×›
I«ymd:d» «hh:h»:«mm:m»:«mm:s».«dig6:uu» «dig3:g» server/server.go:«dig4:m» ⋮ [T1,n1] cluster ID: «uuid:c»
""")
N("cockroach_show_jobs_backup_url_secret_redacted", CRDB_BACKUP, """
        job_id       | job_type |                                                    description
---------------------+----------+---------------------------------------------------------------------------------------------------------
  «dig18:j» | BACKUP   | BACKUP INTO 's3://crdb-backups-«lc6:b»/nightly?AWS_ACCESS_KEY_ID=AKIA«uc16:k»&AWS_SECRET_ACCESS_KEY=redacted' AS OF SYSTEM TIME '-10s'
""")
N("cockroach_cert_list_ca_and_node_fingerprints", CRDB_CERT, """
Certificate directory: certs
  Usage  | Certificate File |    Key File     |  Expires   |                   Notes                    | Error
---------+------------------+-----------------+------------+--------------------------------------------+--------
  CA     | ca.crt           |                 | 20«dig2:y»/«dd:m»/«dd:d» | num certs: 1                               |
  Node   | node.crt         | node.key        | 20«dig2:y»/«dd:m»/«dd:e» | addresses: localhost,crdb-public,crdb-0.crdb |
  Client | client.root.crt  | client.root.key | 20«dig2:y»/«dd:m»/«dd:f» | user: root                                 |
(3 rows)
""")
N("neo4j_conf_auth_settings_and_min_password_length", NEO4J_CONF, """
dbms.security.auth_enabled=true
dbms.security.auth_minimum_password_length=«@8|12»
dbms.security.auth_lock_time=«@5s|10s|30s»
dbms.security.auth_max_failed_attempts=«@3|5|10»
dbms.security.auth_cache_ttl=10m
""")
N("neo4j_show_users_table_no_password_column", NEO4J_USERS, """
neo4j@system> SHOW USERS;
+---------------------------------------------------------------+
| user      | roles              | passwordChangeRequired | suspended | home |
+---------------------------------------------------------------+
| "«@neo4j|admin|dba»"   | ["admin", "PUBLIC"] | «@FALSE|TRUE»                  | FALSE     | NULL |
| "«@wandb|reader»"   | ["reader", "PUBLIC"] | TRUE                   | FALSE     | NULL |
+---------------------------------------------------------------+
""")
N("neo4j_helm_values_password_from_secret", NEO4J_HELM, """
neo4j:
  name: «@graph|wandb-graph»
  passwordFromSecret: "«@neo4j-auth|graph-auth|neo4j-credentials»"
  resources:
    memory: "«@2|4|8»Gi"
  edition: "enterprise"
  acceptLicenseAgreement: "yes"
""")
N("influx_bucket_list_ids_and_retention", INFLUX_BUCKET_LIST, """
ID			Name		Retention	Shard group duration	Organization ID		Schema Type
«hex16:a»	_monitoring	168h0m0s	24h0m0s			«hex16:o»	implicit
«hex16:b»	_tasks		72h0m0s		24h0m0s			«hex16:o»	implicit
«hex16:c»	metrics		720h0m0s	24h0m0s			«hex16:o»	implicit
""")
N("influxdb_v1_access_log_query_password_redacted", INFLUX_V1_API, """
[httpd] 10.0.«dig2:a».«dig2:b» - admin [«dd:d»/Mar/2024:«hh:h»:«mm:m»:«mm:s» +0000] "GET /query?db=telegraf&p=%5BREDACTED%5D&q=SHOW+MEASUREMENTS&u=admin HTTP/1.1" 200 «dig3:sz» "-" "curl/8.5.0" «uuid:r» «dig4:us»
""")
N("telegraf_outputs_influxdb_v2_token_env_var_reference", TELEGRAF_ENV, """
[[outputs.influxdb_v2]]
  urls = ["https://«@influx|influx-0|tsdb».example.internal:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "«@wandb|ops|metrics»"
  bucket = "«@telegraf|system|hosts»"
""")
N("influxdb_docker_init_token_file_env", INFLUX_DOCKER, """
DOCKER_INFLUXDB_INIT_MODE=setup
DOCKER_INFLUXDB_INIT_USERNAME_FILE=/run/secrets/influxdb2-admin-username
DOCKER_INFLUXDB_INIT_PASSWORD_FILE=/run/secrets/influxdb2-admin-password
DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE=/run/secrets/influxdb2-admin-token
DOCKER_INFLUXDB_INIT_ORG=«@wandb|ops|metrics»
DOCKER_INFLUXDB_INIT_BUCKET=«@telegraf|metrics|system»
""")
N("tnsnames_ora_descriptor_no_credentials", ORA_TNS, """
ORCLPDB1 =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCPS)(HOST = «@ora01.example.internal|10.0.10.5|ora-scan.example.internal»)(PORT = «@1521|2484»))
    (CONNECT_DATA =
      (SERVER = DEDICATED)
      (SERVICE_NAME = «@orclpdb1|wandbpdb|ORCLPDB1».example.internal)
    )
  )
""")
N("sqlnet_ora_wallet_location_and_override", ORA_SQLNET, """
WALLET_LOCATION =
   (SOURCE = (METHOD = FILE)
     (METHOD_DATA = (DIRECTORY = /u01/app/oracle/«@wallet|admin/wallet|tns_admin/wallet»)))
SQLNET.WALLET_OVERRIDE = TRUE
SQLNET.AUTHENTICATION_SERVICES = («@TCPS,NTS|BEQ,TCPS|NONE»)
SSL_CLIENT_AUTHENTICATION = «@FALSE|TRUE»
""")
N("sqlplus_wallet_slash_at_alias_no_password", ORA_MKSTORE, """
[oracle@ora01 ~]$ sqlplus -s /@«@ORCLPDB1|WANDBPDB|RCATPDB» @/u01/scripts/«@health|tablespace_usage|sessions».sql

SQL*Plus: Release 19.0.0.0.0 - Production on «@Mon|Tue|Wed|Thu» Mar «dd:d» «hh:h»:«mm:m»:«mm:s» 2024
Connected to:
Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production
""")
N("mkstore_list_credential_entries_no_password", ORA_MKSTORE, """
$ mkstore -wrl /u01/app/oracle/wallet -listCredential
Oracle Secret Store Tool Release 19.0.0.0.0 - Production
Enter wallet password:
List credential (index: connect_string username)
«dig1:a»: «@ORCLPDB1|WANDBPDB» «@wandb_app|system»
«dig1:b»: RCATPDB rco
""")
N("rman_output_dbid_scn_and_piece_handles", ORA_RMAN, """
connected to target database: ORCLCDB (DBID=«dig10:db»)
Starting backup at «dd:d»-MAR-24
channel ORA_DISK_1: starting piece 1 at «dd:d»-MAR-24
channel ORA_DISK_1: finished piece 1 at «dd:d»-MAR-24
piece handle=/u01/fra/ORCLCDB/backupset/2024_03_«dd:d»/o1_mf_nnnd1_TAG2024«dig4:t»T«hms:h»_«lc8:x»_.bkp tag=TAG2024«dig4:t»T«hms:h» comment=NONE
Finished backup at «dd:d»-MAR-24
""")
N("mssql_errorlog_login_failed_state_no_password", MSSQL_ERRORLOG, """
«TS»0 Logon       Error: 18456, Severity: 14, State: «@8|5|38».
«TS»0 Logon       Login failed for user '«@sa|wandb_app|wandb_ops»'. Reason: Password did not match that for the login provided. [CLIENT: 10.0.«dig2:a».«dig2:b»]
""")
N("mssql_connection_string_managed_identity_no_password", MSSQL_SQLPACKAGE, """
ConnectionStrings__Wandb="Server=tcp:«lc8:s».database.windows.net,1433;Initial Catalog=«@wandb|wandb-prod»;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;Authentication=Active Directory Managed Identity;User Id=«uuid:c»"
""")
N("sqlcmd_integrated_auth_e_flag_output", MSSQL_INVOKE, """
C:\\> sqlcmd -S «@SQL01\\PROD|sql01.example.internal|localhost» -E -Q "SELECT SERVERPROPERTY('ServerName'), SERVERPROPERTY('ProductVersion')"

------------------ ------------------
«@SQL01\\PROD|SQL01|MSSQL-0»        16.0.«dig4:b».«dig1:c»

(1 rows affected)
""")
N("mssql_compose_sa_password_file_reference", MSSQL_DOCKER, """
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD_FILE: /run/secrets/«@sa_password|mssql_sa|sa-pass»
      MSSQL_PID: «@Developer|Express|Standard»
""")
N("db2_list_node_directory_entries", DB2_NODEDIR, """
 Node Directory

 Number of entries in the directory = 1

Node 1 entry:

 Node name                      = «@WANDBND|DB2NODE|REMOTE1»
 Protocol                       = TCPIP
 Hostname                       = «@db2.example.internal|10.0.12.3»
 Service name                   = «@50000|50001»
""")
N("db2_get_dbm_cfg_authentication_settings", DB2_CLI_INI, """
 Database manager authentication        (AUTHENTICATION) = «@SERVER|SERVER_ENCRYPT|DATA_ENCRYPT»
 Alternate authentication           (ALTERNATE_AUTH_ENC) = «@NOT_SPECIFIED|AES_ONLY»
 Cataloging allowed without authority   (CATALOG_NOAUTH) = NO
 Trust all clients                      (TRUST_ALLCLNTS) = YES
 Bypass federated authentication            (FED_NOAUTH) = NO
 Default database path                       (DFTDBPATH) = /database/«@data|db2data»
""")
N("couchbase_cli_server_list_node_uuids", CB_CLUSTER_INIT, """
$ couchbase-cli server-list -c «@cb-0.cb|127.0.0.1» -u Administrator -P
ns_1@cb-0.cb.default.svc «@cb-0.cb|127.0.0.1»:8091 healthy active
ns_1@cb-1.cb.default.svc cb-1.cb:8091 healthy active
$ curl -s -u Administrator http://cb-0.cb:8091/pools | jq -r .uuid
«hex32:u»
""")
N("couchbase_sdk_connection_string_no_credentials", CB_OPERATOR, """
COUCHBASE_CONNSTR=couchbases://«@cb-0.cb|cb.example.internal|cb-srv.cb»?network=«@default|external»&kv_timeout=«@2500ms|5s»
COUCHBASE_BUCKET=«@wandb|runs|events»
COUCHBASE_USERNAME=«@wandb_app|sync_gateway»
COUCHBASE_PASSWORD_FILE=/var/run/secrets/couchbase/password
""")
N("couchdb_up_uuid_and_session_response", COUCHDB_CONFIG_API, """
$ curl -s http://127.0.0.1:5984/
{"couchdb":"Welcome","version":"3.«dig1:v».«dig1:p»","git_sha":"«hex9:g»","uuid":"«hex32:u»","features":["access-ready","partitioned","pluggable-storage-engines","reshard","scheduler"],"vendor":{"name":"The Apache Software Foundation"}}
""")
N("couchdb_local_ini_admins_commented_example_only", COUCHDB_AUTH, """
[chttpd]
bind_address = «@0.0.0.0|127.0.0.1|::»
port = «@5984|6984»

[admins]
;admin = mysecretpassword
""")
N("couchdb_replicator_doc_auth_from_headers_note", COUCHDB_REPL, """
{
    "_id": "«@wandb-to-dr|dr-sync|archive»",
    "_replication_state": "completed",
    "_replication_id": "«hex32:r»",
    "source": "https://couch-a.example.internal:6984/wandb",
    "target": "https://couch-b.example.internal:6984/wandb"
}
""")
N("etcdctl_endpoint_status_table_ids_and_raft", ETCDCTL, """
+--------------------------+------------------+---------+---------+-----------+------------+-----------+------------+--------------------+--------+
|         ENDPOINT         |        ID        | VERSION | DB SIZE | IS LEADER | IS LEARNER | RAFT TERM | RAFT INDEX | RAFT APPLIED INDEX | ERRORS |
+--------------------------+------------------+---------+---------+-----------+------------+-----------+------------+--------------------+--------+
| https://10.0.5.11:2379   | «hex16:a» |  3.5.«@12|16|17» |   «dig2:s» MB |      true |      false |        «dig2:t» |    «dig7:i» |            «dig7:i» |        |
+--------------------------+------------------+---------+---------+-----------+------------+-----------+------------+--------------------+--------+
""")
N("etcd_conf_initial_cluster_token_and_state", ETCD_CONF, """
name: «@etcd-0|etcd1|infra0»
initial-cluster-token: «@etcd-cluster-1|wandb-etcd|k8s-etcd»
initial-cluster-state: new
initial-cluster: etcd-0=https://10.0.5.11:2380,etcd-1=https://10.0.5.12:2380
client-transport-security:
  cert-file: /etc/etcd/pki/server.crt
  key-file: /etc/etcd/pki/server.key
""")
N("etcdctl_auth_status_and_user_list", ETCD_AUTH, """
$ etcdctl --user root auth status
Password:
Authentication Status: true
AuthRevision: «dig2:r»
$ etcdctl --user root user list
Password:
root
«@wandb|patroni|apisix»
""")
N("consul_members_table", CONSUL_MEMBERS, """
Node        Address           Status  Type    Build   Protocol  DC   Partition  Segment
consul-0    10.0.17.«dig2:a»:8301   alive   server  1.«@18|19|20».«dig1:p»  2         «@dc1|eu-west»  default    <all>
consul-1    10.0.17.«dig2:b»:8301   alive   server  1.«@18|19|20».«dig1:p»  2         «@dc1|eu-west»  default    <all>
web-«lc5:w»   10.0.18.«dig2:c»:8301   alive   client  1.«@18|19|20».«dig1:p»  2         «@dc1|eu-west»  default    <default>
""")
N("consul_acl_token_list_secret_hidden_redacted", CONSUL_TOKEN_READ, """
AccessorID:       «uuid:a»
SecretID:         <hidden>
Partition:        default
Description:      «@wandb service token|agent token|anonymous»
Local:            false
Create Time:      «TS» +0000 UTC
Policies:
   «uuid:p» - «@wandb-read|node-write|global-management»
""")
N("consul_hcl_encrypt_settings_without_key", CONSUL_ACL_CONF, """
datacenter = "«@dc1|eu-west|us-east»"
encrypt_verify_incoming = «@true|false»
encrypt_verify_outgoing = «@true|false»
tls {
  defaults {
    ca_file = "/etc/consul.d/consul-agent-ca.pem"
  }
}
""")
N("valkey_info_server_run_id_and_replid", VALKEY_CONF, """
# Server
valkey_version:8.«dig1:v».«dig1:p»
redis_mode:standalone
process_id:«dig3:p»
run_id:«hex40:r»
tcp_port:6379
# Replication
master_replid:«hex40:m»
master_repl_offset:«dig7:o»
""")
N("valkey_acl_list_nopass_and_off_users", VALKEY_ACL, """
127.0.0.1:6379> ACL LIST
1) "user default on nopass sanitize-payload ~* &* +@all"
2) "user «@monitor|exporter|probe» off resetchannels -@all +ping +info"
3) "user «@wandb|app|worker» off sanitize-payload ~«@wandb|app|jobs»:* resetchannels +@read"
127.0.0.1:6379> ACL WHOAMI
"default"
""")
N("keydb_conf_auth_from_include_file", KEYDB_ACTIVE, """
active-replica «@yes|no»
replicaof «@10.0.13.5|keydb-1.keydb» 6379
include /etc/keydb/«@auth|secrets|passwords».conf
server-threads «@2|4|8»
""")
N("dragonfly_operator_auth_secret_ref_spec", DRAGONFLY_OPERATOR, """
apiVersion: dragonflydb.io/v1alpha1
kind: Dragonfly
metadata:
  name: «@dragonfly-auth|wandb-cache|df-main»
spec:
  replicas: «@1|2|3»
  authentication:
    passwordFromSecret:
      name: dragonfly-auth
      key: password
""")
N("rabbitmq_advanced_config_decoder_passphrase_file_reference", RABBIT_ENCODE, """
[
  {rabbit, [{default_user, <<"«@admin|wandb|ops»">>},
            {loopback_users, []},
            {vm_memory_high_watermark, {relative, 0.«@4|6|7»}},
            {config_entry_decoder, [{passphrase, {file, "/etc/rabbitmq/passphrase"}}]}
  ]}
].
""")
N("rabbitmq_operator_default_user_secret_ref_only", RABBIT_OPERATOR, """
      env:
        - name: RABBITMQ_DEFAULT_PASS
          valueFrom:
            secretKeyRef:
              name: «@wandb-rabbit|hello-world»-default-user
              key: «@password|default_pass»
        - name: RABBITMQ_NODENAME
          value: rabbit@«@wandb-rabbit|hello-world»-server-«dig1:n»
""")
N("dbeaver_data_sources_save_password_false", DBEAVER_CFG, """
    "postgres-jdbc-«hex11:a»-«hex16:b»": {
      "provider": "postgresql",
      "driver": "postgres-jdbc",
      "name": "«@wandb prod|wandb staging»",
      "save-password": false,
      "configuration": {"host": "«@10.0.2.15|pg-rw.example.internal»", "port": "5432", "database": "wandb", "auth-model": "native"}
    }
""")
N("tableplus_connection_url_without_password", TABLEPLUS_URL, """
postgresql://«@wandb|readonly|dba»@«@pg-rw.example.internal|10.0.2.15»:5432/wandb?statusColor=«uhex6:c»&env=«@production|staging|local»&name=wandb&tLSMode=«@0|1|2»&usePrivateKey=false&safeModeLevel=0&advancedSafeModeLevel=0&driverVersion=0
""")
N("datagrip_datasources_xml_keepass_password_storage", DATAGRIP, """
  <data-source source="LOCAL" name="«@wandb@prod|wandb@staging»" uuid="«uuid:u»">
    <driver-ref>postgresql</driver-ref>
    <synchronize>true</synchronize>
    <jdbc-driver>org.postgresql.Driver</jdbc-driver>
    <jdbc-url>jdbc:postgresql://«@pg-rw.example.internal|10.0.2.15»:5432/wandb</jdbc-url>
    <user-name>«@wandb|readonly»</user-name>
    <working-dir>$ProjectFileDir$</working-dir>
  </data-source>
""")
N("adminer_login_url_query_without_password", ADMINER, """
10.0.«dig2:a».«dig2:b» - - [«dd:d»/Mar/2024:«hh:h»:«mm:m»:«mm:s» +0000] "GET /adminer.php?pgsql=«@pg-rw.db.svc|10.0.2.15»&username=«@wandb|readonly»&db=wandb&ns=public&select=runs HTTP/1.1" 200 «dig5:s» "-" "Mozilla/5.0"
""")
N("heidisql_portable_settings_no_saved_password", HEIDISQL, """
Servers\\«@wandb-prod|staging|local»\\Host<|||>1<|||>«@10.0.2.15|pg-rw.example.internal»
Servers\\«@wandb-prod|staging|local»\\User<|||>1<|||>wandb
Servers\\«@wandb-prod|staging|local»\\Password<|||>1<|||>
Servers\\«@wandb-prod|staging|local»\\LoginPrompt<|||>3<|||>1
""")
N("surreal_start_user_pass_from_env_names", SURREAL, """
SURREAL_USER=root
SURREAL_PASS_FILE=/run/secrets/«@surreal_pass|surreal-root|db_pass»
SURREAL_BIND=0.0.0.0:«@8000|8080»
SURREAL_LOG=«@info|debug|warn»
""")
N("psql_conninfo_passfile_and_service_no_password", PG_LIBPQ, """
$ psql "service=«@wandb-prod|wandb-ro|reporting» passfile=/home/«@ops|dba»/.pgpass sslmode=verify-full sslrootcert=/etc/ssl/certs/pg-ca.pem"
psql (16.«dig1:v»)
SSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off, ALPN: postgresql)
""")
N("pgpass_comment_and_template_placeholders", PG_PGPASS, """
# hostname:port:database:username:password
# «@pg-rw.db.svc|db01.example.internal»:5432:wandb:wandb:<password>
*:*:*:«@replicator|standby|repl»:CHANGE_ME
# generated «TS» by «@ansible|chef|puppet»
""")
N("mongodump_config_yaml_password_placeholder", MONGOIMPORT, """
# mongodump --config=/etc/mongo-tools/«@backup|dump|nightly».yaml
password: <password>
uri: mongodb://backup@«@mongo-0.mongo.svc|10.0.4.7»:27017/?authSource=admin
""")
N("elasticsearch_reset_password_help_usage", ES_AUTOCONF, """
$ bin/elasticsearch-reset-password --help
Resets the password of users in the native realm and built-in users.

Option (* = required)  Description
---------------------  -----------
-a, --auto             Resets the password to an auto-generated strong password (default)
-i, --interactive      Use an interactive prompt to provide the password
-u, --username         The username of the user whose password will be reset
$ bin/elasticsearch-reset-password -u «@elastic|kibana_system|logstash_system|beats_system|apm_system» -i
""")
N("influx_auth_list_masked_tokens_cloud", INFLUX_AUTH_CREATE, """
ID			Description		Token		User Name	User ID			Permissions
«hex16:a»	«@telegraf|grafana|wandb-exporter»		**********	admin		«hex16:u»	[read:orgs/«hex16:o»/buckets]
«hex16:b»	admin's Token		**********	admin		«hex16:u»	[read:/authorizations write:/authorizations]
""")
N("neo4j_docker_env_auth_none_and_file", NEO4J_DOCKER, """
NEO4J_AUTH=«@none|neo4j/$(cat /run/secrets/neo4j_password)»
NEO4J_AUTH_PATH=/run/secrets/«@neo4j_auth_file|neo4j-auth»
NEO4J_server_memory_heap_max__size=«@1G|2G|4G»
""")
N("cockroach_sql_insecure_url_root_no_password", CRDB_SQL, """
$ cockroach sql --url "postgresql://root@«@localhost|crdb-public|10.0.8.4»:26257/defaultdb?sslmode=«@disable|verify-full»&sslrootcert=certs/ca.crt&sslcert=certs/client.root.crt&sslkey=certs/client.root.key"
#
# Welcome to the CockroachDB SQL shell.
""")
N("spilo_pod_env_names_only_listing", SPILO_ENV, """
$ kubectl exec «@acid-wandb-cluster-0|acid-minimal-cluster-0» -- env | cut -d= -f1 | grep -E 'PGPASSWORD|PGUSER|WAL'  # «TS»
PGPASSWORD_SUPERUSER
PGPASSWORD_STANDBY
PGUSER_SUPERUSER
PGUSER_STANDBY
WALG_S3_PREFIX
""")
N("medusa_ini_credentials_file_reference", MEDUSA, """
[storage]
storage_provider = «@s3|google_storage|azure_blobs»
bucket_name = cass-backups-«lc6:b»
key_file = /etc/medusa/credentials
prefix = «@dc1|prod|wandb»

[cassandra]
config_file = /etc/cassandra/cassandra.yaml
""")
N("atlas_clusters_describe_connection_strings_no_creds", ATLAS_CONNECT, """
$ atlas clusters describe «@Cluster0|wandb-prod» --output json | jq .connectionStrings
{
  "standard": "mongodb://«lc8:c»-shard-00-00.«lc5:d».mongodb.net:27017,«lc8:c»-shard-00-01.«lc5:d».mongodb.net:27017/?ssl=true&authSource=admin&replicaSet=atlas-«lc6:r»-shard-0",
  "standardSrv": "mongodb+srv://«lc8:c».«lc5:d».mongodb.net"
}
""")
N("bitnami_mongodb_values_existing_secret_and_key_ref", BITNAMI_MONGO, """
architecture: replicaset
auth:
  enabled: true
  rootUser: root
  existingSecret: «@mongodb-credentials|wandb-mongo-auth»
replicaSetKey: ""
replicaCount: «@3|5»
persistence:
  size: «@8|20|50|100»Gi
""")

# every shape -> the document whose format it follows
SOURCES = {name: src for name, src, _, _ in POS + NEG}

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
