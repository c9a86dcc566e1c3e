#!/usr/bin/env python3
"""holdout46: sealed held-out set for the wbdiag secret redactor.

Focus: data platforms and analytics tooling beside ML teams.
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

SEED = 4646_0512
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


POS = []   # (name, source, unused flag (kind judgement: NEW_TOOLS below), template)
NEG = []


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))

# ---------------------------------------------------------------- sources
S_S3A = "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html"
S_ABFS = "https://hadoop.apache.org/docs/stable/hadoop-azure/abfs.html"
S_HADOOP_CRED = "https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-common/CredentialProviderAPI.html"
S_SPARK_CONF = "https://spark.apache.org/docs/latest/configuration.html"
S_SPARK_SEC = "https://spark.apache.org/docs/latest/security.html"
S_SPARK_JDBC = "https://spark.apache.org/docs/latest/sql-data-sources-jdbc.html"
S_HIVE = "https://cwiki.apache.org/confluence/display/Hive/AdminManual+Metastore+Administration"
S_BEELINE = "https://cwiki.apache.org/confluence/display/Hive/HiveServer2+Clients"
S_KRB = "https://web.mit.edu/kerberos/krb5-latest/doc/admin/admin_commands/ktutil.html"
S_AF_CONN = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html"
S_AF_CFG = "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html"
S_AF_FERNET = "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html"
S_AF_HELM = "https://airflow.apache.org/docs/helm-chart/stable/production-guide.html"
S_AF_MASK = "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/mask-sensitive-values.html"
S_DBT_SF = "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup"
S_DBT_BQ = "https://docs.getdbt.com/docs/core/connect-data-platform/bigquery-setup"
S_DBT_RS = "https://docs.getdbt.com/docs/core/connect-data-platform/redshift-setup"
S_DBT_PG = "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup"
S_DBT_TRINO = "https://docs.getdbt.com/docs/core/connect-data-platform/trino-setup"
S_DBT_CH = "https://docs.getdbt.com/docs/core/connect-data-platform/clickhouse-setup"
S_DBT_DBX = "https://docs.getdbt.com/docs/core/connect-data-platform/databricks-setup"
S_DBT_ENV = "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var"
S_DBT_ART = "https://docs.getdbt.com/reference/artifacts/manifest-json"
S_SF_PY = "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect"
S_SF_CLI = "https://docs.snowflake.com/en/user-guide/snowsql-config"
S_SF_JDBC = "https://docs.snowflake.com/en/developer-guide/jdbc/jdbc-parameters"
S_SF_KEYPAIR = "https://docs.snowflake.com/en/user-guide/key-pair-auth"
S_SF_QID = "https://docs.snowflake.com/en/sql-reference/functions/last_query_id"
S_BQ_KEY = "https://cloud.google.com/iam/docs/keys-create-delete"
S_BQ_JOB = "https://cloud.google.com/bigquery/docs/managing-jobs"
S_RS_JDBC = "https://docs.aws.amazon.com/redshift/latest/mgmt/jdbc20-configuration-options.html"
S_RS_ODBC = "https://docs.aws.amazon.com/redshift/latest/mgmt/odbc20-configuration-options.html"
S_PG_URI = "https://www.postgresql.org/docs/current/libpq-connect.html"
S_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
S_TRINO_JDBC = "https://trino.io/docs/current/client/jdbc.html"
S_TRINO_CLI = "https://trino.io/docs/current/client/cli.html"
S_TRINO_CAT = "https://trino.io/docs/current/connector/postgresql.html"
S_TRINO_PW = "https://trino.io/docs/current/security/password-file.html"
S_TRINO_QID = "https://trino.io/docs/current/admin/web-interface.html"
S_PRESTO = "https://prestodb.io/docs/current/installation/jdbc.html"
S_CH_CLIENT = "https://clickhouse.com/docs/en/interfaces/cli"
S_CH_USERS = "https://clickhouse.com/docs/en/operations/settings/settings-users"
S_CH_HTTP = "https://clickhouse.com/docs/en/interfaces/http"
S_DBX_CFG = "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html"
S_DBX_PAT = "https://docs.databricks.com/en/dev-tools/auth/pat.html"
S_DBX_JDBC = "https://docs.databricks.com/en/integrations/jdbc/authentication.html"
S_DBX_API = "https://docs.databricks.com/api/workspace/clusters/get"
S_JUP = "https://jupyter-server.readthedocs.io/en/latest/operators/security.html"
S_JHUB = "https://jupyterhub.readthedocs.io/en/stable/howto/rest.html"
S_JHUB_CFG = "https://jupyterhub.readthedocs.io/en/stable/reference/config-reference.html"
S_Z2JH = "https://z2jh.jupyter.org/en/stable/resources/reference.html"
S_MLFLOW = "https://mlflow.org/docs/latest/auth/index.html"
S_MLFLOW_SRV = "https://mlflow.org/docs/latest/tracking/server.html"
S_DVC = "https://dvc.org/doc/command-reference/remote/modify"
S_DVC_LOCK = "https://dvc.org/doc/user-guide/project-structure/dvcyaml-files"
S_HF = "https://huggingface.co/docs/huggingface_hub/quick-start"
S_HF_ENV = "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"
S_KAGGLE = "https://github.com/Kaggle/kaggle-api/blob/main/docs/README.md"
S_GX = "https://docs.greatexpectations.io/docs/core/connect_to_data/sql_data/"
S_SUPERSET = "https://superset.apache.org/docs/configuration/configuring-superset"
S_SUPERSET_DB = "https://superset.apache.org/docs/configuration/databases"
S_METABASE = "https://www.metabase.com/docs/latest/configuring-metabase/environment-variables"
S_METABASE_API = "https://www.metabase.com/docs/latest/api"
S_KCONNECT = "https://docs.confluent.io/kafka-connectors/jdbc/current/source-connector/source_config_options.html"
S_KCONNECT_S3 = "https://docs.confluent.io/kafka-connectors/s3-sink/current/configuration_options.html"
S_KCONNECT_REST = "https://kafka.apache.org/documentation/#connect_rest"
S_KCONNECT_CP = "https://kafka.apache.org/documentation/#config_providers"
S_KAFKA_SASL = "https://kafka.apache.org/documentation/#security_sasl_scram"
S_LIVY = "https://github.com/jupyter-incubator/sparkmagic/blob/master/sparkmagic/example_config.json"
S_ZEPPELIN = "https://zeppelin.apache.org/docs/latest/setup/security/shiro_authentication.html"
S_NIFI = "https://nifi.apache.org/docs/nifi-docs/html/administration-guide.html"
S_DRUID = "https://druid.apache.org/docs/latest/configuration/"
S_PINOT = "https://docs.pinot.apache.org/operators/tutorials/authentication/basic-auth-access-control"
S_AIRBYTE = "https://docs.airbyte.com/integrations/sources/postgres"
S_VERTICA = "https://docs.vertica.com/latest/en/connecting-to/client-libraries/accessing/java/creating-and-configuring-connection/jdbc-connection-properties/"
S_DUCKDB = "https://duckdb.org/docs/extensions/httpfs/s3api"
S_ICEBERG = "https://iceberg.apache.org/docs/latest/spark-configuration/"
S_IMPALA = "https://impala.apache.org/docs/build/html/topics/impala_jdbc.html"
S_ODBC = "https://www.unixodbc.org/odbcinst.html"
S_SQLA = "https://docs.sqlalchemy.org/en/20/core/engines.html"
S_REDASH = "https://redash.io/help/open-source/admin-guide/env-vars-settings"
S_K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_DOCKER = "https://docs.docker.com/reference/cli/docker/inspect/"
S_COMPOSE = "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/"

# tools that do not occur in used_redact_shapes.txt at all (grep, case-insensitive)
NEW_TOOLS = {"hive", "trino", "presto", "redshift", "superset", "metabase", "livy",
             "zeppelin", "nifi", "druid", "pinot", "airbyte", "vertica", "duckdb",
             "iceberg", "impala", "redash", "krb5", "ktutil", "hdfs", "beeline",
             "sparkmagic"}

# ================================================================ POSITIVES
# ---- Hadoop / Spark
P("hadoop_core_site_s3a_secret_key_property_block", S_S3A, r"""
<configuration>
  <property>
    <name>fs.s3a.access.key</name>
    <value>AKIA«uc16:ak»</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>«!b64s40:sk»</value>
  </property>
</configuration>
""")
P("hadoop_core_site_s3a_per_bucket_secret_crlf", S_S3A, r"""
<property>⏎
  <name>fs.s3a.bucket.«lc8:b»-raw.secret.key</name>⏎
  <value>«!b64s40:sk»</value>⏎
  <description>per-bucket credentials for the «lc8:b» landing zone</description>⏎
</property>⏎
""")
P("hadoop_core_site_abfs_account_key_commented", S_ABFS, r"""
<!-- old key, rotated «@Monday|last sprint|in INC-4471» -->
<!-- <property><name>fs.azure.account.key.«lc10:a».dfs.core.windows.net</name><value>«!b64s86:old»==</value></property> -->
<property><name>fs.azure.account.key.«lc10:a».dfs.core.windows.net</name><value>«!b64s86:k»==</value></property>
""")
P("hadoop_abfs_oauth_client_secret_property", S_ABFS, r"""
<property><name>fs.azure.account.auth.type</name><value>OAuth</value></property>
<property><name>fs.azure.account.oauth2.client.id</name><value>«uuid:c»</value></property>
<property><name>fs.azure.account.oauth2.client.secret</name><value>«!b64u40:s»</value></property>
""")
P("spark_defaults_conf_hadoop_s3a_keys", S_SPARK_CONF, r"""
# spark-defaults.conf (managed by ansible, do not edit)
spark.master                         k8s://https://10.«dig2:a».0.1:443
spark.hadoop.fs.s3a.endpoint         http://minio.«lc6:n».svc:9000
spark.hadoop.fs.s3a.access.key       «uc20:ak»
spark.hadoop.fs.s3a.secret.key       «!b64s40:sk»
spark.hadoop.fs.s3a.path.style.access true
""")
P("spark_submit_history_conf_abfs_key_backslash_continued", S_ABFS, r"""
  «dig3:n»  spark-submit --master yarn --deploy-mode cluster \
      --conf spark.hadoop.fs.azure.account.key.«lc9:a».dfs.core.windows.net=«!b64s86:k»== \
      --class com.example.etl.«al8:c» s3a://jars/etl-«dig1:v».«dig1:w».jar
""")
P("spark_driver_log_sparkconf_debug_dump", S_SPARK_CONF, r"""
«TG» INFO SparkContext: Running Spark version 3.5.«dig1:v»
«TG» DEBUG SparkContext: SparkConf: spark.app.name=«al8:app», spark.hadoop.fs.s3a.secret.key=«!b64s40:sk», spark.hadoop.fs.s3a.access.key=«uc20:ak», spark.executor.memory=4g
""")
P("spark_ui_environment_tab_table_row", S_SPARK_CONF, r"""
| Name                                   | Value |
|----------------------------------------|-------|
| spark.hadoop.fs.s3a.impl               | org.apache.hadoop.fs.s3a.S3AFileSystem |
| spark.hadoop.fs.s3a.secret.key         | «!b64s40:sk» |
| spark.sql.warehouse.dir                | s3a://«lc8:b»/warehouse |
""")
P("spark_jdbc_read_options_python_password", S_SPARK_JDBC, r"""
df = (spark.read.format("jdbc")
      .option("url", "jdbc:postgresql://db-«lc5:h».example.internal:5432/«lc6:d»")
      .option("dbtable", "public.«lc8:t»")
      .option("user", "«lc6:u»")
      .option("password", "«!pw18:p»")
      .load())
""")
P("spark_jdbc_url_inline_password_in_exception", S_SPARK_JDBC, r"""
py4j.protocol.Py4JJavaError: An error occurred while calling o«dig2:o».load.
: org.postgresql.util.PSQLException: Connection to db-«lc5:h».example.internal:5432 refused. (url=jdbc:postgresql://db-«lc5:h».example.internal:5432/«lc6:d»?user=«lc6:u»&password=«!pw16:p»&ssl=true)
	at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:«dig3:l»)
""")
P("spark_authenticate_secret_in_spark_env", S_SPARK_SEC, r"""
export SPARK_DAEMON_MEMORY=2g
spark.authenticate true
spark.authenticate.secret «!hex40:s»
spark.network.crypto.enabled true
""")
P("spark_ssl_keystore_password_conf", S_SPARK_SEC, r"""
spark.ssl.enabled             true
spark.ssl.keyStore            /opt/spark/conf/keystore.jks
spark.ssl.keyStorePassword    «!pw14:a»
spark.ssl.keyPassword         «!pw14:b»
spark.ssl.trustStorePassword  «!pw14:c»
""")
P("spark_k8s_submit_env_secret_literal_conf", S_SPARK_CONF, r"""
«TL» INFO KubernetesClientApplication: spark.kubernetes.driverEnv.AWS_SECRET_ACCESS_KEY -> «!b64s40:sk»
«TL» INFO KubernetesClientApplication: spark.executorEnv.AWS_SECRET_ACCESS_KEY -> «!b64s40:sk»
""")
P("hadoop_credential_create_value_flag_history", S_HADOOP_CRED, r"""
$ hadoop credential create fs.s3a.secret.key -value «!b64s40:sk» -provider jceks://hdfs@nn1.example.internal:8020/user/«lc6:u»/s3.jceks
fs.s3a.secret.key has been successfully created.
""")
P("hive_site_metastore_connection_password", S_HIVE, r"""
<property>
  <name>javax.jdo.option.ConnectionURL</name>
  <value>jdbc:mysql://metastore-db.«lc6:n».svc:3306/metastore?createDatabaseIfNotExist=true</value>
</property>
<property>
  <name>javax.jdo.option.ConnectionPassword</name>
  <value>«!pw18:p»</value>
</property>
""")
P("hive_metastore_helm_values_jdbc_password_env", S_HIVE, r"""
metastore:
  env:
    - name: HIVE_METASTORE_DB_PASSWORD
      value: "«!pw20:p»"
    - name: HIVE_METASTORE_WAREHOUSE_DIR
      value: s3a://«lc8:b»/warehouse
""")
P("hive_metastore_log_datanucleus_properties", S_HIVE, r"""
«TL» INFO  [main] metastore.ObjectStore: Initialized ObjectStore
«TL» DEBUG [main] metastore.ObjectStore: datanucleus props: {javax.jdo.option.ConnectionUserName=hive, javax.jdo.option.ConnectionPassword=«!pw16:p», datanucleus.autoCreateSchema=false}
""")
P("beeline_connect_p_flag_history", S_BEELINE, r"""
«dig3:n»  beeline -u "jdbc:hive2://hs2.example.internal:10000/default;ssl=true" -n «lc6:u» -p '«!pw16:p»' -e "select count(*) from «lc6:d».«lc8:t»"
""")
P("beeline_jdbc_url_password_session_var", S_BEELINE, r"""
!connect jdbc:hive2://hs2.example.internal:10001/«lc6:d»;transportMode=http;httpPath=cliservice;user=«lc6:u»;password=«!pw18:p»
Connecting to jdbc:hive2://hs2.example.internal:10001/«lc6:d»;transportMode=http;httpPath=cliservice;user=«lc6:u»;password=«!pw18:p»
Connected to: Apache Hive (version 3.1.«dig1:v»)
""")
P("krb5_keytab_k8s_secret_data_b64", S_KRB, r"""
apiVersion: v1
kind: Secret
metadata:
  name: «lc6:u»-keytab
type: Opaque
data:
  «lc6:u».keytab: BQIAAA«!b64s60:kt»
""")
P("ktutil_addent_password_transcript", S_KRB, r"""
ktutil:  addent -password -p «lc6:u»@EXAMPLE.COM -k 1 -e aes256-cts-hmac-sha1-96
Password for «lc6:u»@EXAMPLE.COM: «!pw16:p»
ktutil:  wkt /tmp/«lc6:u».keytab
""")
P("hdfs_webhdfs_delegation_token_url_access_log", S_HADOOP_CRED, r"""
10.«dig2:a».«dig1:b».«dig2:c» - - [«TG»] "GET /webhdfs/v1/user/«lc6:u»/part-0000.parquet?op=OPEN&delegation=«!b64u76:dt»&offset=0 HTTP/1.1" 307 0
""")
# ---- Airflow
P("airflow_conn_env_uri_postgres_password", S_AF_CONN, r"""
export AIRFLOW_CONN_«uc6:c»_WAREHOUSE='postgresql://«lc6:u»:«!pw18:p»@pg.example.internal:5432/«lc6:d»'
""")
P("airflow_conn_env_uri_percent_encoded_password", S_AF_CONN, r"""
AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://«lc6:u»:«!pw16:p|pct»@/«uc6:db»/PUBLIC?account=«lc6:acc»-«lc5:r»&warehouse=«uc6:wh»&role=TRANSFORMER
""")
P("airflow_conn_env_json_form_extra_password", S_AF_CONN, r"""
export AIRFLOW_CONN_«uc6:c»='{"conn_type": "redshift", "login": "«lc6:u»", "password": "«!pw18:p»", "host": "«lc8:cl».«lc10:h».eu-west-1.redshift.amazonaws.com", "port": 5439, "schema": "dev"}'
""")
P("airflow_connections_get_output_table", S_AF_CONN, r"""
$ airflow connections get «lc8:c»_db -o yaml
«lc8:c»_db:
  conn_type: mysql
  description: ''
  extra: ''
  get_uri: mysql://«lc6:u»:«!pw16:p»@mysql.example.internal:3306/«lc6:d»
  host: mysql.example.internal
  login: «lc6:u»
  password: «!pw16:p»
""")
P("airflow_connections_add_cli_conn_password_flag", S_AF_CONN, r"""
airflow connections add '«lc6:c»_trino' --conn-type trino --conn-host trino.example.internal --conn-port 443 --conn-login «lc6:u» --conn-password '«!pw18:p»' --conn-extra '{"protocol": "https"}'
""")
P("airflow_connection_extra_json_aws_secret", S_AF_CONN, r"""
{"conn_id": "aws_«lc6:c»", "conn_type": "aws", "login": null, "password": null, "extra": "{\"aws_access_key_id\": \"AKIA«uc16:ak»\", \"aws_secret_access_key\": \"«!b64s40:sk»\", \"region_name\": \"eu-central-1\"}"}
""")
P("airflow_cfg_fernet_and_webserver_secret_crlf", S_AF_CFG, r"""
[core]⏎
dags_folder = /opt/airflow/dags⏎
fernet_key = «!b64u43:f»=⏎
[webserver]⏎
secret_key = «!b64u32:w»⏎
""")
P("airflow_env_fernet_key_docker_compose", S_AF_FERNET, r"""
  x-airflow-common:
    environment:
      AIRFLOW__CORE__EXECUTOR: CeleryExecutor
      AIRFLOW__CORE__FERNET_KEY: '«!b64u43:f»='
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:«!pw16:p»@postgres/airflow
""")
P("airflow_helm_values_fernet_webserver_secret", S_AF_HELM, r"""
fernetKey: «!b64u43:f»=
webserverSecretKey: «!hex32:w»
data:
  metadataConnection:
    user: airflow
    pass: «!pw18:p»
""")
P("airflow_celery_broker_url_redis_password_cfg", S_AF_CFG, r"""
[celery]
broker_url = redis://:«!pw20:p»@redis-master.airflow.svc:6379/0
result_backend = db+postgresql://airflow:«!pw16:q»@postgres.airflow.svc/airflow
""")
P("airflow_task_log_hook_uri_debug", S_AF_MASK, r"""
[«TS»] {base.py:«dig2:l»} INFO - Using connection ID '«lc6:c»_pg' for task execution.
[«TS»] {«lc6:m».py:«dig2:k»} DEBUG - sqlalchemy url: postgresql://«lc6:u»:«!pw16:p»@pg.example.internal:5432/«lc6:d»
""")
P("airflow_variables_json_export_api_key", S_AF_CONN, r"""
{
    "«lc6:p»_bucket": "s3://«lc8:b»",
    "«lc6:p»_vendor_api_key": "«!an32:k»",
    "«lc6:p»_retries": "3"
}
""")
P("airflow_k8s_secret_stringdata_conn_uri", S_K8S_SECRET, r"""
apiVersion: v1
kind: Secret
metadata: {name: airflow-connections}
stringData:
  AIRFLOW_CONN_CLICKHOUSE_DEFAULT: "clickhouse://«lc6:u»:«!pw18:p»@clickhouse.«lc5:n».svc:9000/default"
""")
P("airflow_rest_api_basic_auth_curl_v", S_AF_CONN, r"""
> GET /api/v1/dags/«lc8:d»/dagRuns HTTP/1.1
> Host: airflow.example.com
> Authorization: Basic «!pw16:p|basic:airflow_api»
> Accept: */*
""")
# ---- dbt
P("dbt_profiles_snowflake_password_quoted", S_DBT_SF, r"""
«lc8:p»:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: «lc6:a»-«lc5:r»
      user: «uc8:u»
      password: "«!pw20:p»"
      role: TRANSFORMER
""")
P("dbt_profiles_snowflake_private_key_passphrase", S_DBT_SF, r"""
      type: snowflake
      account: «lc6:a».eu-central-1
      user: «uc8:u»
      private_key_path: /home/«lc6:h»/.ssh/snowflake_key.p8
      private_key_passphrase: «!pw22:p»
""")
P("dbt_profiles_bigquery_keyfile_json_private_key_rows", S_DBT_BQ, r"""
      keyfile_json:
        type: service_account
        project_id: «lc6:p»-«dig6:n»
        private_key_id: «hex40:kid»
        private_key: "-----BEGIN PRIVATE KEY-----\nMIIEv«!b64s59:r1»\n«!b64s64:r2»\n«!b64s64:r3»\n-----END PRIVATE KEY-----\n"
        client_email: dbt-runner@«lc6:p»-«dig6:n».iam.gserviceaccount.com
""")
P("dbt_profiles_redshift_password_tabs", S_DBT_RS, r"""
⇥⇥type: redshift
⇥⇥host: «lc8:c».«lc10:h».us-east-1.redshift.amazonaws.com
⇥⇥user: «lc6:u»
⇥⇥password: '«!pw18:p»'
⇥⇥port: 5439
⇥⇥dbname: analytics
""")
P("dbt_profiles_trino_ldap_password", S_DBT_TRINO, r"""
    trino:
      type: trino
      method: ldap
      user: «lc6:u»@example.com
      password: «!pw16:p»
      host: trino.example.com
      port: 443
""")
P("dbt_profiles_clickhouse_password", S_DBT_CH, r"""
      type: clickhouse
      host: ch.«lc6:n».example.internal
      port: 8443
      user: «lc6:u»
      password: «!pw18:p»
      secure: True
""")
P("dbt_profiles_databricks_token_dapi", S_DBT_DBX, r"""
      type: databricks
      catalog: «lc6:c»
      schema: «lc6:s»
      host: adb-«dig16:w».«dig1:x».azuredatabricks.net
      http_path: /sql/1.0/warehouses/«hex16:wh»
      token: dapi«!hex32:t»
""")
P("dbt_debug_output_connection_password_printed", S_DBT_PG, r"""
Connection:
  host: pg.example.internal
  port: 5432
  user: «lc6:u»
  database: «lc6:d»
  schema: dbt_«lc6:u»
  password: «!pw16:p»
  Connection test: [OK connection ok]
""")
P("dbt_run_log_json_adapter_error_dsn", S_DBT_PG, r"""
{"info": {"name": "AdapterEventError", "level": "error", "ts": "«T»", "msg": "connection to server failed: postgresql://«lc6:u»:«!pw16:p»@pg.example.internal:5432/«lc6:d»"}}
""")
# ---- Snowflake
P("snowflake_python_connect_kwargs_traceback_locals", S_SF_PY, r"""
Traceback (most recent call last):
  File "/opt/etl/load.py", line «dig2:l», in <module>
    conn = snowflake.connector.connect(user="«uc8:u»", password="«!pw18:p»", account="«lc6:a»-«lc5:r»", warehouse="«uc6:w»")
snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: «lc6:a»-«lc5:r».snowflakecomputing.com:443. Incorrect username or password was specified.
""")
P("snowsql_config_password_ini", S_SF_CLI, r"""
[connections.«lc6:c»]
accountname = «lc6:a»-«lc5:r»
username = «uc8:u»
password = «!pw20:p»
warehousename = «uc6:w»
""")
P("snowflake_connections_toml_private_key_passphrase", S_SF_KEYPAIR, r"""
[«lc6:c»]
account = "«lc6:a»-«lc5:r»"
user = "«uc8:u»"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/secrets/rsa_key.p8"
private_key_file_pwd = "«!pw22:p»"
""")
P("snowflake_jdbc_url_password_param", S_SF_JDBC, r"""
sfUrl=jdbc:snowflake://«lc6:a»-«lc5:r».snowflakecomputing.com/?user=«uc8:u»&password=«!pw18:p»&warehouse=«uc6:w»&db=RAW
""")
P("snowflake_spark_connector_options_dict_repr", S_SF_JDBC, r"""
«TL» DEBUG etl.snowflake: sfOptions={'sfURL': '«lc6:a».snowflakecomputing.com', 'sfUser': '«uc8:u»', 'sfPassword': '«!pw16:p»', 'sfDatabase': 'RAW', 'sfWarehouse': '«uc6:w»'}
""")
P("snowflake_sqlalchemy_url_in_great_expectations_yaml", S_GX, r"""
datasources:
  «lc6:d»_sf:
    type: snowflake
    connection_string: snowflake://«uc8:u»:«!pw18:p»@«lc6:a»-«lc5:r»/RAW/PUBLIC?warehouse=«uc6:w»&role=LOADER
""")
P("snowflake_alter_user_password_query_history", S_SF_QID, r"""
QUERY_ID                             | QUERY_TEXT
«hex8:a»-0000-«hex4:b»-0000-«hex12:c» | ALTER USER «uc8:u» SET PASSWORD = '«!pw18:p»' MUST_CHANGE_PASSWORD = FALSE
""")
P("snowflake_rsa_key_passphrase_env_file", S_SF_KEYPAIR, r"""
SNOWFLAKE_ACCOUNT=«lc6:a»-«lc5:r»
SNOWFLAKE_USER=«uc8:u»
SNOWFLAKE_PRIVATE_KEY_PATH=/run/secrets/sf_key.p8
SNOWFLAKE_PRIVATE_KEY_PASSPHRASE=«!pw20:p»
""")
# ---- BigQuery / GCP keyfile
P("bigquery_keyfile_json_private_key_escaped", S_BQ_KEY, r"""
{
  "type": "service_account",
  "project_id": "«lc6:p»-analytics",
  "private_key_id": "«hex40:kid»",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQ«!b64s58:r1»\n«!b64s64:r2»\n«!b64s64:r3»\n-----END PRIVATE KEY-----\n",
  "client_email": "«lc8:sa»@«lc6:p»-analytics.iam.gserviceaccount.com"
}
""")
P("bigquery_keyfile_env_base64_whole", S_BQ_KEY, r"""
GOOGLE_APPLICATION_CREDENTIALS_JSON=«!b64s64:k|b64:{"type": "service_account", "project_id": "analytics-prod", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIE»
""")
P("bigquery_keyfile_json_escaped_twice_in_log", S_BQ_KEY, r"""
{"level":"error","ts":"«T»","msg":"bad credentials","config":"{\"credentials_json\":\"{\\\"type\\\":\\\"service_account\\\",\\\"private_key\\\":\\\"-----BEGIN PRIVATE KEY-----\\\\nMIIEvA«!b64s58:r1»\\\\n-----END PRIVATE KEY-----\\\\n\\\"}\"}"}
""")
# ---- Redshift / Postgres / Trino / Presto / ClickHouse / JDBC-ODBC
P("redshift_jdbc_url_password_param", S_RS_JDBC, r"""
jdbc:redshift://«lc8:c».«lc10:h».us-east-1.redshift.amazonaws.com:5439/dev?user=«lc6:u»&password=«!pw18:p»&ssl=true
""")
P("redshift_odbc_ini_pwd_entry", S_RS_ODBC, r"""
[Redshift-«lc6:n»]
Driver=/opt/amazon/redshiftodbc/lib/64/libamazonredshiftodbc64.so
Server=«lc8:c».«lc10:h».eu-west-1.redshift.amazonaws.com
Port=5439
Database=dev
UID=«lc6:u»
PWD=«!pw16:p»
""")
P("redshift_copy_credentials_clause_sql_log", S_RS_JDBC, r"""
«TS» UTC [«dig5:pid»] LOG:  statement: COPY «lc6:s».«lc8:t» FROM 's3://«lc8:b»/in/' CREDENTIALS 'aws_access_key_id=AKIA«uc16:ak»;aws_secret_access_key=«!b64s40:sk»' FORMAT AS PARQUET;
""")
P("redshift_create_user_password_in_stl_query", S_RS_JDBC, r"""
 userid | query  | querytxt
--------+--------+-----------------------------------------------------------
    «dig3:u» | «dig7:q» | create user etl_«lc5:n» password '«!pw16:p»' createdb;
""")
P("pgpass_file_line_password", S_PGPASS, r"""
pg.example.internal:5432:«lc6:d»:«lc6:u»:«!pw18:p»
*:5432:*:replicator:«!pw18:r»
""")
P("postgres_uri_psql_command_in_ci_log", S_PG_URI, r"""
+ psql "postgresql://«lc6:u»:«!pw16:p»@pg-«lc5:h».example.internal:5432/«lc6:d»?sslmode=require" -c '\dt'
""")
P("postgres_keyword_dsn_password_in_python_repr", S_PG_URI, r"""
psycopg2.OperationalError: connection to server at "10.«dig2:a».«dig1:b».«dig2:c»", port 5432 failed: timeout expired
  dsn = 'host=10.«dig2:a».«dig1:b».«dig2:c» port=5432 dbname=«lc6:d» user=«lc6:u» password=«!pw16:p» connect_timeout=5'
""")
P("trino_jdbc_url_password_param", S_TRINO_JDBC, r"""
jdbc:trino://trino.example.com:443/hive/«lc6:s»?user=«lc6:u»&password=«!pw18:p»&SSL=true
""")
P("trino_cli_password_env_and_history", S_TRINO_CLI, r"""
$ export TRINO_PASSWORD='«!pw18:p»'
$ trino --server https://trino.example.com --user «lc6:u» --password --catalog iceberg
trino> 
""")
P("trino_catalog_properties_connection_password", S_TRINO_CAT, r"""
connector.name=postgresql
connection-url=jdbc:postgresql://pg.example.internal:5432/«lc6:d»
connection-user=«lc6:u»
connection-password=«!pw20:p»
""")
P("trino_catalog_hive_s3_secret_key", S_TRINO_CAT, r"""
connector.name=hive
hive.metastore.uri=thrift://metastore.«lc5:n».svc:9083
hive.s3.aws-access-key=«uc20:ak»
hive.s3.aws-secret-key=«!b64s40:sk»
""")
P("trino_password_db_bcrypt_digest", S_TRINO_PW, r"""
«lc6:u»:$2y$10$«b64s22:salt»«!b64s31:h»
«lc6:v»:$2y$10$«b64s22:salt2»«!b64s31:h2»
""")
P("trino_python_client_basic_auth_repr", S_TRINO_CLI, r"""
>>> conn
trino.dbapi.Connection(host='trino.example.com', port=443, user='«lc6:u»', auth=BasicAuthentication('«lc6:u»', '«!pw16:p»'), http_scheme='https')
""")
P("trino_http_request_basic_header_debug", S_TRINO_CLI, r"""
DEBUG:urllib3.connectionpool:https://trino.example.com:443 "POST /v1/statement HTTP/1.1" 200 None
send: b'POST /v1/statement HTTP/1.1\r\nHost: trino.example.com\r\nX-Trino-User: svc_reader\r\nAuthorization: Basic «!pw16:p|basic:svc_reader»\r\n\r\n'
""")
P("presto_jdbc_properties_ssl_keystore_password", S_PRESTO, r"""
jdbc:presto://presto.example.internal:8443/hive/default?user=«lc6:u»&password=«!pw16:p»&SSL=true&SSLKeyStorePassword=«!pw14:k»
""")
P("presto_config_properties_shared_secret", S_PRESTO, r"""
http-server.authentication.type=PASSWORD
internal-communication.shared-secret=«!b64s44:s»
http-server.https.keystore.key=«!pw16:k»
""")
P("clickhouse_client_password_flag_ps_output", S_CH_CLIENT, r"""
«lc6:u»  «dig5:pid»  0.0  0.1 clickhouse-client --host ch.example.internal --secure --user «lc6:u» --password «!pw18:p» --query SELECT 1
""")
P("clickhouse_users_xml_plaintext_password", S_CH_USERS, r"""
<clickhouse>
  <users>
    <«lc6:u»>
      <password>«!pw18:p»</password>
      <networks><ip>::/0</ip></networks>
    </«lc6:u»>
  </users>
</clickhouse>
""")
P("clickhouse_http_query_password_param_access_log", S_CH_HTTP, r"""
10.«dig2:a».«dig1:b».«dig2:c» - - [«TG»] "GET /?user=«lc6:u»&password=«!pw16:p»&query=SELECT%201 HTTP/1.1" 200 2
""")
P("clickhouse_x_clickhouse_key_header_curl", S_CH_HTTP, r"""
curl -sS 'https://ch.example.internal:8443/' -H 'X-ClickHouse-User: «lc6:u»' -H 'X-ClickHouse-Key: «!pw20:p»' --data-binary 'SELECT version()'
""")
P("clickhouse_s3_table_function_keys_query_log", S_CH_HTTP, r"""
query: INSERT INTO «lc6:t» SELECT * FROM s3('https://«lc8:b».s3.amazonaws.com/raw/*.parquet', 'AKIA«uc16:ak»', '«!b64s40:sk»', 'Parquet')
""")
P("vertica_jdbc_url_password", S_VERTICA, r"""
jdbc:vertica://vertica.example.internal:5433/«lc6:d»?user=«lc6:u»&password=«!pw16:p»&TLSmode=require
""")
P("impala_jdbc_url_pwd_param", S_IMPALA, r"""
jdbc:impala://impala.example.internal:21050/default;AuthMech=3;UID=«lc6:u»;PWD=«!pw16:p»;SSL=1
""")
P("odbc_dsn_connection_string_pwd_braced", S_ODBC, r"""
pyodbc.connect("DRIVER={Simba Spark ODBC Driver};HOST=adb-«dig16:w».«dig1:x».azuredatabricks.net;PORT=443;HTTPPath=/sql/1.0/warehouses/«hex16:wh»;AuthMech=3;UID=token;PWD={dapi«!hex32:t»};SSL=1")
""")
P("sqlalchemy_engine_repr_unmasked_url_log", S_SQLA, r"""
«TL» INFO loader: engine url=trino://«lc6:u»:«!pw16:p»@trino.example.com:443/iceberg/«lc6:s»
""")
# ---- Databricks
P("databrickscfg_profiles_dapi_tokens", S_DBX_CFG, r"""
[DEFAULT]
host  = https://adb-«dig16:w».«dig1:x».azuredatabricks.net
token = dapi«!hex32:t»

[«lc6:p»]
host  = https://«lc6:p».cloud.databricks.com
token = dapi«!hex32:t2»-2
""")
P("databricks_cli_env_token_export_crlf", S_DBX_PAT, r"""
set DATABRICKS_HOST=https://adb-«dig16:w».«dig1:x».azuredatabricks.net⏎
set DATABRICKS_TOKEN=dapi«!hex32:t»⏎
""")
P("databricks_rest_bearer_curl_v", S_DBX_API, r"""
> GET /api/2.0/clusters/get?cluster_id=«dig4:a»-«dig6:b»-«lc8:c» HTTP/2
> Host: adb-«dig16:w».«dig1:x».azuredatabricks.net
> authorization: Bearer dapi«!hex32:t»
""")
P("databricks_jdbc_url_pwd_token", S_DBX_JDBC, r"""
jdbc:databricks://adb-«dig16:w».«dig1:x».azuredatabricks.net:443/default;transportMode=http;ssl=1;httpPath=sql/protocolv1/o/«dig16:w»/«dig4:a»-«dig6:b»-«lc8:c»;AuthMech=3;UID=token;PWD=dapi«!hex32:t»
""")
P("databricks_oauth_m2m_client_secret_dose", S_DBX_CFG + " ; dose prefix: google/osv-scalibr#1722", r"""
[«lc6:p»-sp]
host          = https://accounts.cloud.databricks.com
account_id    = «uuid:acc»
client_id     = «uuid:cid»
client_secret = dose«!hex32:s»
""")
P("databricks_secrets_put_string_value_history", S_DBX_API, r"""
databricks secrets put-secret «lc6:sc» snowflake-password --string-value '«!pw18:p»'
""")
# ---- Jupyter / JupyterHub
P("jupyter_server_startup_url_token", S_JUP, r"""
[I «TS» ServerApp] Jupyter Server 2.«dig1:v».0 is running at:
[I «TS» ServerApp] http://«lc8:h»:8888/lab?token=«!hex48:t»
[I «TS» ServerApp]     http://127.0.0.1:8888/lab?token=«!hex48:t»
""")
P("jupyter_server_list_output_token", S_JUP, r"""
$ jupyter server list
Currently running servers:
http://localhost:«dig4:p»/?token=«!hex48:t» :: /home/«lc6:u»/work
""")
P("jupyter_config_py_token_and_password_hash", S_JUP, r"""
c.ServerApp.ip = '0.0.0.0'
c.ServerApp.token = '«!hex40:t»'
c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$«b64s22:salt»$«!b64s43:h»'
""")
P("jupyter_runtime_json_token", S_JUP, r"""
{
  "base_url": "/",
  "hostname": "localhost",
  "pid": «dig5:pid»,
  "port": 8888,
  "token": "«!hex48:t»",
  "url": "http://localhost:8888/"
}
""")
P("jupyterhub_config_api_token_services", S_JHUB_CFG, r"""
c.JupyterHub.services = [
    {"name": "idle-culler", "api_token": "«!hex32:t»", "admin": True},
]
c.JupyterHub.cookie_secret = bytes.fromhex("«!hex64:c»")
""")
P("jupyterhub_rest_token_header_curl", S_JHUB, r"""
curl -H "Authorization: token «!hex32:t»" https://hub.example.com/hub/api/users
""")
P("jupyterhub_z2jh_values_proxy_secret_token", S_Z2JH, r"""
proxy:
  secretToken: "«!hex64:s»"
hub:
  cookieSecret: "«!hex64:c»"
  config:
    GitHubOAuthenticator:
      client_secret: «!hex40:g»
""")
P("jupyterhub_configproxy_auth_token_env", S_JHUB_CFG, r"""
CONFIGPROXY_AUTH_TOKEN=«!hex64:t»
JUPYTERHUB_CRYPT_KEY=«!hex64:k»
""")
P("jupyter_notebook_cell_output_connection_string", S_JUP, r"""
    "outputs": [{"name": "stdout", "output_type": "stream", "text": ["engine: postgresql://«lc6:u»:«!pw16:p»@pg.example.internal/«lc6:d»\n"]}],
""")
# ---- MLflow
P("mlflow_tracking_uri_userinfo_env", S_MLFLOW, r"""
MLFLOW_TRACKING_URI=https://«lc6:u»:«!pw16:p»@mlflow.example.com
MLFLOW_EXPERIMENT_NAME=«lc8:e»
""")
P("mlflow_tracking_username_password_env_list", S_MLFLOW, r"""
        - name: MLFLOW_TRACKING_USERNAME
          value: «lc6:u»
        - name: MLFLOW_TRACKING_PASSWORD
          value: «!pw18:p»
""")
P("mlflow_server_backend_store_uri_cli", S_MLFLOW_SRV, r"""
mlflow server --backend-store-uri postgresql://mlflow:«!pw18:p»@pg.example.internal:5432/mlflow --artifacts-destination s3://«lc8:b»/mlflow --host 0.0.0.0
""")
P("mlflow_auth_basic_auth_ini_admin_password_section", S_MLFLOW, r"""
[mlflow]
default_permission = READ
database_uri = sqlite:///basic_auth.db
admin_username = admin
admin_password = «!pw18:p»
""")
P("mlflow_client_request_basic_header_debug", S_MLFLOW, r"""
send: b'GET /api/2.0/mlflow/experiments/get-by-name?experiment_name=«lc8:e» HTTP/1.1\r\nHost: mlflow.example.com\r\nAuthorization: Basic «!pw16:p|basic:mlflow_ci»\r\n'
""")
P("mlflow_tracking_token_bearer_env", S_MLFLOW, r"""
export MLFLOW_TRACKING_TOKEN=«!b64u40:t»
""")
# ---- DVC
P("dvc_remote_modify_secret_access_key_history", S_DVC, r"""
dvc remote modify --local storage access_key_id AKIA«uc16:ak»
dvc remote modify --local storage secret_access_key «!b64s40:sk»
""")
P("dvc_config_local_remote_secret_and_password", S_DVC, r"""
['remote "storage"']
    url = s3://«lc8:b»/dvc
    access_key_id = AKIA«uc16:ak»
    secret_access_key = «!b64s40:sk»
['remote "ssh-cache"']
    url = ssh://«lc6:u»@nas.example.internal/dvc
    password = «!pw16:p»
""")
P("dvc_remote_azure_connection_string_account_key", S_DVC, r"""
['remote "az"']
    url = azure://«lc6:c»/dvc
    connection_string = DefaultEndpointsProtocol=https;AccountName=«lc10:a»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net
""")
P("dvc_remote_gdrive_client_secret_modify", S_DVC, r"""
$ dvc remote modify myremote gdrive_client_secret GOCSPX-«!b64u28:s»
""")
P("dvc_remote_webdav_token_verbose_log", S_DVC, r"""
«TL» DEBUG: Preparing to transfer data from '.dvc/cache' to 'webdavs://dav.example.com/dvc'
«TL» DEBUG: remote config: {'url': 'webdavs://dav.example.com/dvc', 'user': '«lc6:u»', 'token': '«!an32:t»'}
""")
# ---- Hugging Face / Kaggle
P("hf_token_env_in_spark_job_env_vars_json", S_HF_ENV, r"""
"spark_env_vars": {"PYSPARK_PYTHON": "/databricks/python3/bin/python3", "HF_TOKEN": "hf_«!an34:t»", "TRANSFORMERS_CACHE": "/dbfs/hf"}
""")
P("hf_token_airflow_variable_set_cli", S_HF, r"""
airflow variables set hf_token hf_«!an34:t»
""")
P("kaggle_json_file_key", S_KAGGLE, r"""
{"username":"«lc8:u»","key":"«!hex32:k»"}
""")
P("kaggle_env_key_in_notebook_cell", S_KAGGLE, r"""
os.environ["KAGGLE_USERNAME"] = "«lc8:u»"
os.environ["KAGGLE_KEY"] = "«!hex32:k»"
""")
P("kaggle_json_written_by_dockerfile_echo", S_KAGGLE, r"""
RUN mkdir -p /root/.kaggle && echo '{"username":"«lc8:u»","key":"«!hex32:k»"}' > /root/.kaggle/kaggle.json && chmod 600 /root/.kaggle/kaggle.json
""")
# ---- Great Expectations / Superset / Metabase / Redash
P("great_expectations_config_variables_password", S_GX, r"""
# uncommitted/config_variables.yml
my_postgres_db_credentials:
  drivername: postgresql
  host: pg.example.internal
  username: «lc6:u»
  password: «!pw18:p»
""")
P("great_expectations_checkpoint_log_connection_string", S_GX, r"""
«TL» ERROR great_expectations.datasource: Unable to connect: (psycopg2.OperationalError) connection string 'postgresql+psycopg2://«lc6:u»:«!pw16:p»@pg.example.internal:5432/«lc6:d»'
""")
P("superset_config_py_secret_key_and_db_uri", S_SUPERSET, r"""
SECRET_KEY = '«!b64s42:k»'
SQLALCHEMY_DATABASE_URI = 'postgresql://superset:«!pw18:p»@superset-db:5432/superset'
""")
P("superset_env_secret_key_docker_compose", S_SUPERSET, r"""
      SUPERSET_SECRET_KEY: "«!b64s42:k»"
      DATABASE_PASSWORD: «!pw16:p»
      REDIS_HOST: redis
""")
P("superset_database_import_yaml_sqlalchemy_uri", S_SUPERSET_DB, r"""
database_name: «lc8:d» warehouse
sqlalchemy_uri: snowflake://«uc8:u»:«!pw18:p»@«lc6:a»-«lc5:r»/ANALYTICS/PUBLIC?warehouse=«uc6:w»
cache_timeout: null
expose_in_sqllab: true
""")
P("superset_helm_values_extra_secret_env_smtp_and_key", S_SUPERSET, r"""
extraSecretEnv:
  SMTP_PASSWORD: «!pw16:m»
  SUPERSET_SECRET_KEY: «!b64s42:k»
""")
P("superset_api_login_body_password", S_SUPERSET, r"""
POST /api/v1/security/login HTTP/1.1
Content-Type: application/json

{"username": "«lc6:u»", "password": "«!pw16:p»", "provider": "db", "refresh": true}
""")
P("metabase_env_db_pass_and_encryption_key", S_METABASE, r"""
MB_DB_TYPE=postgres
MB_DB_USER=metabase
MB_DB_PASS=«!pw18:p»
MB_ENCRYPTION_SECRET_KEY=«!b64s32:k»
""")
P("metabase_db_connection_uri_env", S_METABASE, r"""
MB_DB_CONNECTION_URI="postgres://pg.example.internal:5432/metabase?user=metabase&password=«!pw18:p»&ssl=true"
""")
P("metabase_api_session_header_curl", S_METABASE_API, r"""
curl -X GET https://metabase.example.com/api/card -H "X-Metabase-Session: «!uuid:s»"
""")
P("metabase_api_key_header_log", S_METABASE_API, r"""
«TL» DEBUG metabase-sync: request headers {"x-api-key" "mb_«!b64s43:k»", "content-type" "application/json"}
""")
P("metabase_session_login_response_id", S_METABASE_API, r"""
$ curl -s -X POST -H 'Content-Type: application/json' -d '{"username":"«lc6:u»@example.com","password":"«!pw16:p»"}' https://metabase.example.com/api/session
{"id":"«!uuid:s»"}
""")
P("redash_env_cookie_secret_and_db_url", S_REDASH, r"""
REDASH_COOKIE_SECRET=«!hex32:c»
REDASH_SECRET_KEY=«!hex32:s»
REDASH_DATABASE_URL=postgresql://redash:«!pw16:p»@postgres/redash
""")
# ---- Kafka Connect / Kafka
P("kafka_connect_jdbc_source_connection_password_json", S_KCONNECT, r"""
{
  "name": "«lc8:n»-jdbc-source",
  "config": {
    "connector.class": "io.confluent.connect.jdbc.JdbcSourceConnector",
    "connection.url": "jdbc:postgresql://pg.example.internal:5432/«lc6:d»",
    "connection.user": "«lc6:u»",
    "connection.password": "«!pw18:p»",
    "mode": "incrementing"
  }
}
""")
P("kafka_connect_rest_get_config_response", S_KCONNECT_REST, r"""
$ curl -s http://connect.example.internal:8083/connectors/«lc8:n»-s3-sink/config
{"connector.class":"io.confluent.connect.s3.S3SinkConnector","s3.bucket.name":"«lc8:b»","aws.access.key.id":"AKIA«uc16:ak»","aws.secret.access.key":"«!b64s40:sk»","tasks.max":"2"}
""")
P("kafka_connect_worker_log_connector_config_values", S_KCONNECT, r"""
[«TL»] INFO JdbcSinkConfig values: 
⇥auto.create = true
⇥connection.password = «!pw16:p»
⇥connection.url = jdbc:mysql://mysql.example.internal:3306/«lc6:d»
""")
P("kafka_connect_sasl_jaas_config_scram_password", S_KAFKA_SASL, r"""
producer.override.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="«lc6:u»" password="«!pw20:p»";
""")
P("kafka_connect_strimzi_kafkaconnector_password_literal", S_KCONNECT, r"""
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaConnector
spec:
  class: io.debezium.connector.postgresql.PostgresConnector
  config:
    database.hostname: pg.example.internal
    database.password: «!pw18:p»
""")
P("kafka_connect_put_config_curl_data", S_KCONNECT_REST, r"""
curl -X PUT -H 'Content-Type: application/json' http://localhost:8083/connectors/«lc8:n»/config -d '{"connector.class":"com.snowflake.kafka.connector.SnowflakeSinkConnector","snowflake.user.name":"«uc8:u»","snowflake.private.key.passphrase":"«!pw20:p»"}'
""")
P("kafka_connect_bigquery_keyfile_inline_escaped", S_KCONNECT, r"""
"keyfile": "{\"type\":\"service_account\",\"private_key_id\":\"«hex40:kid»\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nMIIEvg«!b64s58:r1»\\n-----END PRIVATE KEY-----\\n\"}",
""")
# ---- Livy / sparkmagic / Zeppelin / NiFi / Druid / Pinot / Airbyte / DuckDB / Iceberg
P("sparkmagic_config_json_livy_password", S_LIVY, r"""
  "kernel_python_credentials" : {
    "username": "«lc6:u»",
    "password": "«!pw16:p»",
    "url": "https://livy.example.internal:8998",
    "auth": "Basic_Access"
  },
""")
P("livy_session_request_basic_header_log", S_LIVY, r"""
«TL» DEBUG livy-client: POST https://livy.example.internal:8998/sessions headers={'Authorization': 'Basic «!pw16:p|basic:nb_user»', 'X-Requested-By': 'sparkmagic'}
""")
P("zeppelin_shiro_ini_users_passwords", S_ZEPPELIN, r"""
[users]
admin = «!pw16:a», admin
«lc6:u» = «!pw16:b», role1, role2
[main]
ldapRealm.contextFactory.systemPassword = «!pw18:c»
""")
P("zeppelin_interpreter_json_jdbc_password", S_ZEPPELIN, r"""
        "default.password": {"name": "default.password", "value": "«!pw16:p»", "type": "password"},
        "default.user": {"name": "default.user", "value": "«lc6:u»", "type": "string"},
""")
P("nifi_properties_sensitive_props_key", S_NIFI, r"""
nifi.sensitive.props.key=«!an24:k»
nifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256
nifi.security.keystorePasswd=«!an32:ks»
nifi.security.truststorePasswd=«!an32:ts»
""")
P("nifi_login_identity_single_user_password_log", "https://bryanbende.com/development/2021/07/19/apache-nifi-1-14-0-secure-by-default", r"""
Generated Username [«uuid:u»]
Generated Password [«!an32:p»]
""")
P("druid_runtime_metadata_storage_password", S_DRUID, r"""
druid.metadata.storage.type=postgresql
druid.metadata.storage.connector.connectURI=jdbc:postgresql://pg.example.internal:5432/druid
druid.metadata.storage.connector.user=druid
druid.metadata.storage.connector.password=«!pw18:p»
druid.s3.secretKey=«!b64s40:sk»
""")
P("druid_basic_security_initial_admin_password", S_DRUID, r"""
druid.auth.authenticator.MyBasicMetadataAuthenticator.initialAdminPassword=«!pw18:a»
druid.auth.authenticator.MyBasicMetadataAuthenticator.initialInternalClientPassword=«!pw18:b»
druid.escalator.internalClientPassword=«!pw18:b»
""")
P("pinot_controller_basic_auth_principal_password", S_PINOT, r"""
controller.admin.access.control.principals=admin,«lc6:u»
controller.admin.access.control.principals.admin.password=«!pw16:a»
controller.admin.access.control.principals.«lc6:u».password=«!pw16:b»
""")
P("airbyte_source_config_json_password_api", S_AIRBYTE, r"""
{"sourceDefinitionId": "«uuid:d»", "connectionConfiguration": {"host": "pg.example.internal", "port": 5432, "database": "«lc6:d»", "username": "«lc6:u»", "password": "«!pw18:p»", "ssl_mode": {"mode": "require"}}, "name": "pg-«lc6:n»"}
""")
P("airbyte_destination_snowflake_private_key_password", S_AIRBYTE, r"""
  "credentials": {"auth_type": "Key Pair Authentication", "private_key_password": "«!pw20:p»"},
""")
P("duckdb_create_secret_s3_sql", S_DUCKDB, r"""
CREATE SECRET «lc6:n» (
    TYPE S3,
    KEY_ID 'AKIA«uc16:ak»',
    SECRET '«!b64s40:sk»',
    REGION 'eu-west-1'
);
""")
P("duckdb_set_s3_secret_access_key_cli", S_DUCKDB, r"""
D SET s3_access_key_id='AKIA«uc16:ak»';
D SET s3_secret_access_key='«!b64s40:sk»';
""")
P("iceberg_rest_catalog_credential_spark_conf", S_ICEBERG, r"""
spark.sql.catalog.«lc6:c»=org.apache.iceberg.spark.SparkCatalog
spark.sql.catalog.«lc6:c».type=rest
spark.sql.catalog.«lc6:c».uri=https://catalog.example.com/api/catalog
spark.sql.catalog.«lc6:c».credential=«lc10:cid»:«!b64s40:s»
""")
P("iceberg_jdbc_catalog_password_conf", S_ICEBERG, r"""
spark.sql.catalog.«lc6:c».catalog-impl=org.apache.iceberg.jdbc.JdbcCatalog
spark.sql.catalog.«lc6:c».jdbc.user=«lc6:u»
spark.sql.catalog.«lc6:c».jdbc.password=«!pw18:p»
""")
# ---- Kubernetes / Docker containers of these tools
P("metabase_docker_inspect_env_array", S_DOCKER, r"""
            "Env": [
                "MB_DB_HOST=pg",
                "MB_DB_PASS=«!pw18:p»",
                "MB_ENCRYPTION_SECRET_KEY=«!b64s32:k»",
                "JAVA_VERSION=jdk-11"
            ],
""")
P("trino_k8s_secret_data_b64_catalog_password", S_K8S_SECRET, r"""
kind: Secret
metadata: {name: trino-catalog-pg}
data:
  connection-password: «!pw18:p|b64:»
""")
P("superset_k8s_secret_b64_config_py", S_K8S_SECRET, r"""
data:
  superset_config.py: «!pw18:x|b64:SECRET_KEY = '»
""")
P("airflow_kubectl_describe_pod_env_literal", S_K8S_SECRET, r"""
    Environment:
      AIRFLOW__CORE__FERNET_KEY:                  «!b64u43:f»=
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN:        postgresql://airflow:«!pw16:p»@airflow-postgresql:5432/airflow
      AIRFLOW__WEBSERVER__SECRET_KEY:             <set to the key 'webserver-secret-key' in secret 'airflow-webserver-secret-key'>  Optional: false
""")
P("jupyter_docker_run_token_arg_ps", S_JUP, r"""
CONTAINER ID   IMAGE                         COMMAND
«hex12:cid»   quay.io/jupyter/pyspark-notebook   "start-notebook.py --IdentityProvider.token=«!hex40:t»"
""")
# ---- logs cut / escaped / tracebacks
P("airflow_log_shipper_cut_json_conn_uri", S_AF_CONN, r"""
{"@timestamp":"«T»","log":"[«TS»] {taskinstance.py:«dig4:l»} ERROR - failed: (psycopg2.OperationalError) postgresql://«lc6:u»:«!pw18:p»@pg.example.internal:5432/«lc6:d» timed out conn
""")
P("dbt_cloud_job_log_escaped_twice_env_password", S_DBT_ENV, r"""
{"msg":"{\"env\":{\"DBT_ENV_SECRET_SF_PASSWORD\":\"«!pw18:p»\",\"DBT_TARGET\":\"prod\"}}"}
""")
P("mlflow_traceback_locals_tracking_uri_password", S_MLFLOW, r"""
  File "/opt/conda/lib/python3.11/site-packages/mlflow/utils/rest_utils.py", line «dig3:l», in http_request
    locals: host_creds=MlflowHostCreds(host='https://mlflow.example.com', username='«lc6:u»', password='«!pw16:p»', token=None)
""")
P("databricks_sdk_config_repr_debug", S_DBX_CFG, r"""
«TL» DEBUG databricks.sdk: Config(host='https://adb-«dig16:w».«dig1:x».azuredatabricks.net', token='dapi«!hex32:t»', auth_type='pat')
""")
P("hive_jdbc_url_in_airflow_task_log", S_BEELINE, r"""
[«TS»] {hive.py:«dig3:l»} INFO - beeline -u "jdbc:hive2://hs2.example.internal:10000/default;principal=hive/_HOST@EXAMPLE.COM" -n «lc6:u» -p «!pw16:p» -hiveconf airflow.ctx.dag_id=«lc8:d»
""")
P("hdfs_s3a_secret_in_yarn_app_launch_context", S_S3A, r"""
«TL» INFO yarn.Client: Setting up container launch context for our AM
«TL» INFO yarn.Client:     env: AWS_SECRET_ACCESS_KEY -> «!b64s40:sk», SPARK_USER -> «lc6:u»
""")
# ================================================================ NEGATIVES
# ---- ids, hashes and fingerprints of the same tools
N("spark_application_and_executor_ids_log", S_SPARK_CONF, r"""
«TL» INFO YarnClientSchedulerBackend: Application application_«dig13:a»_«dig4:n» has started running.
«TL» INFO BlockManagerMasterEndpoint: Registering block manager 10.«dig2:b».«dig1:c».«dig2:d»:«dig5:p» with 2004.6 MiB RAM, BlockManagerId(«dig1:e», 10.«dig2:b».«dig1:c».«dig2:d», «dig5:p», None)
""")
N("spark_sql_query_execution_id_and_plan_hash", S_SPARK_CONF, r"""
«TL» INFO SQLExecution: query execution id «dig3:q», description: save at «al8:j».scala:«dig2:l»
«TL» INFO FileFormatWriter: Write Job «uuid:j» committed. Elapsed time: «dig4:ms» ms.
""")
N("spark_ui_environment_secret_redacted_markers", S_SPARK_SEC, r"""
| spark.hadoop.fs.s3a.secret.key         | *********(redacted) |
| spark.hadoop.fs.s3a.access.key         | *********(redacted) |
| spark.app.id                           | spark-«hex32:a» |
""")
N("spark_redaction_regex_setting", S_SPARK_SEC, r"""
spark.redaction.regex                (?i)secret|password|token|access[.]key
spark.sql.redaction.string.regex     (?i)url.*password=[^&]*
spark.app.name                       «al8:a»-«lc4:b»
""")
N("hadoop_core_site_credential_provider_path_only", S_HADOOP_CRED, r"""
<property>
  <name>hadoop.security.credential.provider.path</name>
  <value>jceks://hdfs@nn1.example.internal:8020/user/«lc6:u»/s3.jceks</value>
</property>
<property><name>fs.s3a.aws.credentials.provider</name><value>com.amazonaws.auth.InstanceProfileCredentialsProvider</value></property>
""")
N("hadoop_credential_list_output_aliases", S_HADOOP_CRED, r"""
$ hadoop credential list -provider jceks://file/etc/hadoop/«lc6:u».jceks
Listing aliases for CredentialProvider: jceks://file/etc/hadoop/«lc6:u».jceks
fs.s3a.secret.key
fs.s3a.access.key
javax.jdo.option.ConnectionPassword
""")
N("hadoop_s3a_keys_env_var_references", S_S3A, r"""
<property><name>fs.s3a.access.key</name><value>${env.AWS_ACCESS_KEY_ID_«uc4:p»}</value></property>
<property><name>fs.s3a.secret.key</name><value>${env.AWS_SECRET_ACCESS_KEY_«uc4:p»}</value></property>
""")
N("hdfs_block_ids_and_checksums_fsck", S_HADOOP_CRED, r"""
/user/«lc6:u»/part-«dig5:n».parquet «dig9:s» bytes, replicated: replication=3, 1 block(s):  OK
0. BP-«dig9:bp»-10.«dig2:a».«dig1:b».«dig2:c»-«dig13:t»:blk_«dig10:blk»_«dig7:g» len=«dig9:s» Live_repl=3
""")
N("hdfs_dfs_checksum_md5_of_crc", S_HADOOP_CRED, r"""
$ hdfs dfs -checksum /warehouse/«lc6:t»/part-0000«dig1:n».orc
/warehouse/«lc6:t»/part-0000«dig1:n».orc	MD5-of-0MD5-of-512CRC32C	00000200000000000000000«hex41:c»
""")
N("hive_metastore_password_from_credential_provider", S_HIVE, r"""
<property><name>javax.jdo.option.ConnectionUserName</name><value>hive_«lc4:u»</value></property>
<property><name>hadoop.security.credential.provider.path</name><value>jceks://file/etc/hive/conf/hive.jceks</value></property>
""")
N("hive_query_id_and_dag_id_log", S_BEELINE, r"""
INFO  : Compiling command(queryId=hive_«dig14:t»_«uuid:q»): select count(*) from «lc6:d».«lc8:t»
INFO  : Executing command(queryId=hive_«dig14:t»_«uuid:q») dag_«dig13:d»_«dig4:n»_1
""")
N("beeline_password_prompt_no_value", S_BEELINE, r"""
beeline> !connect jdbc:hive2://hs2.example.internal:10000/«lc6:d»
Enter username for jdbc:hive2://hs2.example.internal:10000/«lc6:d»: «lc6:u»
Enter password for jdbc:hive2://hs2.example.internal:10000/«lc6:d»: ************
""")
N("krb5_klist_keytab_entries_kvno_only", S_KRB, r"""
Keytab name: FILE:/etc/security/keytabs/«lc6:u».service.keytab
KVNO Timestamp           Principal
---- ------------------- ------------------------------------------------------
   «dig1:k» «TS» «lc6:u»/«lc8:h».example.internal@EXAMPLE.COM (aes256-cts-hmac-sha1-96)
""")
N("spark_submit_principal_and_keytab_flags", S_KRB, r"""
spark-submit --principal «lc6:u»@EXAMPLE.COM --keytab /etc/security/keytabs/«lc6:u».keytab --class com.example.«al8:c» app-«dig1:v».jar
""")
# ---- Airflow
N("airflow_dag_run_ids_and_task_try", S_AF_CONN, r"""
[«TS»] {taskinstance.py:«dig4:l»} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: «lc8:d».«lc6:t» scheduled__«T» [queued]>
[«TS»] {standard_task_runner.py:«dig2:m»} INFO - Job «dig6:j»: Subtask «lc6:t»
""")
N("airflow_masked_password_in_task_log", S_AF_MASK, r"""
[«TS»] {base.py:«dig2:l»} INFO - Using connection ID '«lc6:c»_pg' for task execution.
[«TS»] {«lc6:m».py:«dig2:k»} INFO - connecting to postgresql://«lc6:u»:***@pg.example.internal:5432/«lc6:d»
""")
N("airflow_connections_list_password_column_masked", S_AF_CONN, r"""
conn_id          | conn_type | host                   | login   | password | port
=================+===========+========================+=========+==========+=====
«lc8:c»_pg      | postgres  | pg.example.internal    | «lc6:u»  | ***      | 5432
""")
N("airflow_cfg_fernet_key_cmd_and_secret_backend_kwargs", S_AF_CFG, r"""
[core]
fernet_key_cmd = cat /run/secrets/fernet_«lc4:k»
[secrets]
backend = airflow.providers.hashicorp.secrets.vault.VaultBackend
backend_kwargs = {"connections_path": "connections", "mount_point": "airflow-«lc4:m»", "url": "https://vault.example.internal:8200"}
""")
N("airflow_helm_values_secret_name_references", S_AF_HELM, r"""
fernetKeySecretName: airflow-fernet-«lc4:a»
webserverSecretKeySecretName: airflow-webserver-«lc4:a»
data:
  metadataSecretName: airflow-metadata-«lc4:a»
""")
N("airflow_conn_env_uri_env_placeholder", S_AF_CONN, r"""
AIRFLOW_CONN_«uc6:c»_PG=postgresql://«lc6:u»:${PG_PASSWORD}@pg.example.internal:5432/«lc6:d»
""")
N("airflow_jinja_template_conn_password_reference", S_AF_CONN, r"""
    sql="COPY INTO raw.«lc6:t» FROM @stage CREDENTIALS=(AWS_KEY_ID='{{ conn.aws_«lc4:c».login }}' AWS_SECRET_KEY='{{ conn.aws_«lc4:c».password }}')",
""")
N("airflow_connections_add_help_flags", S_AF_CONN, r"""
usage: airflow connections add [-h] [--conn-description CONN_DESCRIPTION] [--conn-extra CONN_EXTRA]
                               [--conn-host CONN_HOST] [--conn-json CONN_JSON] [--conn-login CONN_LOGIN]
                               [--conn-password CONN_PASSWORD] [--conn-port CONN_PORT]
                               conn_id  # «lc6:x»
""")
N("airflow_fernet_rotate_command_output", S_AF_FERNET, r"""
$ airflow rotate-fernet-key
[«TS»] {«lc6:m».py:«dig2:l»} INFO - Rotated fernet key for «dig2:n» connections and «dig2:v» variables.
""")
N("airflow_serialized_dag_hash_and_fileloc", S_AF_CFG, r"""
 dag_id          | fileloc                              | dag_hash
-----------------+--------------------------------------+----------------------------------
 «lc8:d»         | /opt/airflow/dags/«lc8:d».py        | «hex32:h»
""")
# ---- dbt
N("dbt_profiles_env_var_jinja_references", S_DBT_ENV, r"""
      password: "{{ env_var('DBT_ENV_SECRET_«uc6:p»_PASSWORD') }}"
      private_key_passphrase: "{{ env_var('DBT_ENV_SECRET_«uc6:p»_PASSPHRASE') }}"
      token: "{{ env_var('DBT_ENV_SECRET_«uc6:p»_TOKEN') }}"
""")
N("dbt_manifest_node_checksum_sha256", S_DBT_ART, r"""
"model.«lc8:p».«lc10:m»": {"unique_id": "model.«lc8:p».«lc10:m»", "checksum": {"name": "sha256", "checksum": "«hex64:c»"}, "resource_type": "model"}
""")
N("dbt_run_results_invocation_id_and_adapter_response", S_DBT_ART, r"""
{"metadata": {"dbt_version": "1.«dig1:v».«dig1:w»", "invocation_id": "«uuid:i»"}, "results": [{"unique_id": "model.«lc8:p».«lc8:m»", "adapter_response": {"query_id": "«hex8:a»-0000-«hex4:b»-0000-«hex12:c»", "rows_affected": «dig4:r»}}]}
""")
N("dbt_debug_output_password_hidden", S_DBT_PG, r"""
Connection:
  host: pg.example.internal
  user: «lc6:u»
  database: «lc6:d»
  schema: dbt_«lc6:u»
  Connection test: [OK connection ok]
""")
N("dbt_profiles_keyfile_path_method_service_account", S_DBT_BQ, r"""
      method: service-account
      project: «lc6:p»-«dig6:n»
      keyfile: /secrets/«lc6:p»-dbt.json
      dataset: dbt_«lc6:u»
""")
N("dbt_secret_env_var_scrubbed_log", S_DBT_ENV, r"""
«TS»  Running with dbt=1.«dig1:v».«dig1:w»
«TS»  Encountered an error: Database Error: password authentication failed for user "«lc6:u»" (password: *****)
""")
# ---- Snowflake / BigQuery
N("snowflake_query_ids_and_session_ids", S_SF_QID, r"""
query_id: «hex8:a»-0«dig3:b»-«hex4:c»-0000-«hex12:d»
session_id: «dig14:s»
warehouse: «uc6:w»  credits_used: 0.«dig4:cr»
""")
N("snowflake_connections_toml_authenticator_externalbrowser", S_SF_CLI, r"""
[«lc6:c»]
account = "«lc6:a»-«lc5:r»"
user = "«lc6:u»@example.com"
authenticator = "externalbrowser"
password = ""
""")
N("snowflake_describe_user_rsa_public_key_fp", S_SF_KEYPAIR, r"""
RSA_PUBLIC_KEY_FP | SHA256:«b64s43:fp»=
RSA_PUBLIC_KEY_2_FP | null
HAS_PASSWORD | false
""")
N("snowflake_show_users_password_column_flags", S_SF_QID, r"""
name      | login_name | has_password | has_rsa_public_key | must_change_password
«uc8:u»  | «uc8:u»   | true         | true               | false
""")
N("snowflake_jdbc_url_authenticator_oauth_token_ref", S_SF_JDBC, r"""
jdbc:snowflake://«lc6:a»-«lc5:r».snowflakecomputing.com/?user=«uc8:u»&authenticator=oauth&token_file_path=/var/run/secrets/snowflake/token&warehouse=«uc6:w»
""")
N("bigquery_job_ids_and_bytes_processed", S_BQ_JOB, r"""
Waiting on bqjob_r«hex16:a»_«hex16:b»_1 ... (1s) Current status: DONE
job_id: «lc6:p»-«dig6:n»:US.«uuid:j»  totalBytesProcessed: «dig9:b»
""")
N("bigquery_keyfile_json_public_fields_only", S_BQ_KEY, r"""
{"type": "service_account", "project_id": "«lc6:p»-«dig6:n»", "private_key_id": "«hex40:kid»", "client_email": "dbt@«lc6:p»-«dig6:n».iam.gserviceaccount.com", "client_id": "«dig21:cid»"}
""")
N("gcloud_iam_keys_list_key_ids", S_BQ_KEY, r"""
KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED
«hex40:a»  «T»  9999-12-31T23:59:59Z
«hex40:b»  «T»  9999-12-31T23:59:59Z
""")
# ---- Redshift / Postgres / Trino / ClickHouse
N("redshift_query_ids_and_stl_query_rows", S_RS_JDBC, r"""
 query  | pid   | xid      | label
--------+-------+----------+---------
 «dig7:q» | «dig5:p» | «dig8:x» | «lc8:l»
""")
N("redshift_jdbc_url_iam_profile_no_password", S_RS_JDBC, r"""
jdbc:redshift:iam://«lc8:c».«lc10:h».us-east-1.redshift.amazonaws.com:5439/dev?Profile=«lc6:p»&AutoCreate=true&DbUser=«lc6:u»
""")
N("redshift_copy_iam_role_arn_clause", S_RS_JDBC, r"""
COPY «lc6:s».«lc8:t» FROM 's3://«lc8:b»/in/' IAM_ROLE 'arn:aws:iam::«dig12:acct»:role/redshift-«lc6:r»' FORMAT AS PARQUET;
""")
N("postgres_pg_stat_activity_query_ids", S_PG_URI, r"""
  pid  | usename | application_name |       query_id
-------+---------+------------------+----------------------
 «dig5:p» | «lc6:u»  | dbt              | «dig18:q»
""")
N("postgres_uri_no_password_passfile_param", S_PG_URI, r"""
postgresql://«lc6:u»@pg.example.internal:5432/«lc6:d»?sslmode=verify-full&passfile=/home/«lc6:u»/.pgpass
""")
N("pgpass_line_wildcards_password_placeholder", S_PGPASS, r"""
# hostname:port:database:username:password
*:5432:«lc6:d»:«lc6:u»:<see vault kv/data/pg/«lc6:u»>
""")
N("trino_query_ids_web_ui", S_TRINO_QID, r"""
«dig8:d»_«dig6:t»_«dig5:n»_«lc5:c»  FINISHED  «lc6:u»  iceberg  0:0«dig1:s».«dig3:ms»  «dig4:r» rows
""")
N("trino_catalog_properties_env_reference", S_TRINO_CAT, r"""
connector.name=postgresql
connection-url=jdbc:postgresql://pg.example.internal:5432/«lc6:d»
connection-user=«lc6:u»
connection-password=${ENV:PG_«uc4:c»_PASSWORD}
""")
N("trino_password_authenticator_properties_file_path", S_TRINO_PW, r"""
password-authenticator.name=file
file.password-file=/etc/trino/password-«lc4:f».db
file.refresh-period=1m
""")
N("trino_cli_help_password_flag", S_TRINO_CLI, r"""
      --password             Prompt for password (TRINO_PASSWORD env var)
      --user=<user>          Username [default: «lc6:u»]
      --access-token=<accessToken>
                             Access token
""")
N("presto_session_properties_and_query_id", S_PRESTO, r"""
Query «dig8:d»_«dig6:t»_«dig5:n»_«lc5:c», FINISHED, 3 nodes
Splits: «dig2:s» total, «dig2:s» done (100.00%)
""")
N("clickhouse_users_xml_password_sha256_hex_only_empty", S_CH_USERS, r"""
<«lc6:u»>
  <password></password>
  <profile>default</profile>
  <quota>«lc6:q»</quota>
</«lc6:u»>
""")
N("clickhouse_query_log_query_ids_and_hashes", S_CH_HTTP, r"""
query_id:              «uuid:q»
normalized_query_hash: «dig19:h»
read_rows:             «dig6:r»
""")
N("clickhouse_client_ask_password_flag", S_CH_CLIENT, r"""
$ clickhouse-client --host ch.example.internal --secure --user «lc6:u» --ask-password
ClickHouse client version 24.«dig1:v».«dig1:w».«dig1:x» (official build).
Password for user («lc6:u»): 
""")
N("odbc_ini_dsn_without_pwd", S_ODBC, r"""
[«lc6:n»]
Driver=/opt/simba/spark/lib/64/libsparkodbc_sb64.so
Host=adb-«dig16:w».«dig1:x».azuredatabricks.net
HTTPPath=/sql/1.0/warehouses/«hex16:wh»
AuthMech=11
Auth_Flow=2
""")
N("sqlalchemy_url_repr_masked_password", S_SQLA, r"""
Engine(postgresql+psycopg2://«lc6:u»:***@pg.example.internal:5432/«lc6:d»)
""")
# ---- Databricks
N("databricks_cluster_and_run_ids", S_DBX_API, r"""
{"cluster_id": "«dig4:a»-«dig6:b»-«lc8:c»", "run_id": «dig15:r», "job_id": «dig15:j», "state": {"life_cycle_state": "TERMINATED"}}
""")
N("databricks_warehouse_http_path_and_org_id", S_DBX_JDBC, r"""
Server hostname: adb-«dig16:w».«dig1:x».azuredatabricks.net
HTTP path: /sql/1.0/warehouses/«hex16:wh»
Org id: «dig16:w»
""")
N("databricks_tokens_list_token_ids_only", S_DBX_PAT, r"""
ID                                                                COMMENT          EXPIRY
«hex64:a»  ci-«lc6:c»       «dig13:e»
«hex64:b»  notebook-«lc4:d»  -1
""")
N("databrickscfg_profile_secret_store_reference", S_DBX_CFG, r"""
[«lc6:p»]
host = https://«lc6:p».cloud.databricks.com
auth_type = databricks-cli
""")
N("databricks_secret_reference_in_spark_conf", S_DBX_API, r"""
spark.hadoop.fs.azure.account.key.«lc10:a».dfs.core.windows.net {{secrets/«lc6:s»/storage-key}}
spark.password {{secrets/«lc6:s»/pg-password}}
""")
N("databricks_secrets_get_redacted_output", S_DBX_API, r"""
>>> dbutils.secrets.get(scope="«lc6:s»", key="pg-password")
'[REDACTED]'
""")
# ---- Jupyter
N("jupyter_server_startup_token_disabled_warning", S_JUP, r"""
[W «TS» ServerApp] All authentication is disabled.  Anyone who can connect to this server will be able to run code.
[I «TS» ServerApp] http://«lc8:h»:«dig4:p»/lab
""")
N("jupyter_config_token_empty_and_password_required", S_JUP, r"""
c.ServerApp.token = ''
c.ServerApp.password_required = True
c.ServerApp.port = «dig4:p»
""")
N("jupyter_kernel_ids_and_session_ids", S_JUP, r"""
[I «TS» ServerApp] Kernel started: «uuid:k»
[I «TS» ServerApp] Connecting to kernel «uuid:k».
[I «TS» ServerApp] Starting buffering for «uuid:k»:«uuid:s»
""")
N("jupyter_notebook_cell_ids_and_execution_counts", S_JUP, r"""
  {"cell_type": "code", "execution_count": «dig2:n», "id": "«hex8:a»-«hex4:b»", "metadata": {}, "outputs": []},
""")
N("jupyterhub_api_token_list_ids_and_prefixes", S_JHUB, r"""
{"id": "a«dig3:i»", "kind": "api_token", "prefix": "«hex4:p»", "note": "«lc8:n»", "created": "«T»", "expires_at": null}
""")
N("jupyterhub_config_env_references", S_JHUB_CFG, r"""
c.GitHubOAuthenticator.client_secret = os.environ["GITHUB_CLIENT_SECRET_«uc4:p»"]
c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/cookie_secret_«lc4:p»"
""")
N("z2jh_values_secret_key_refs", S_Z2JH, r"""
hub:
  existingSecret: hub-«lc6:s»
proxy:
  secretToken: ""
""")
# ---- MLflow / DVC / HF / Kaggle
N("mlflow_run_and_experiment_ids", S_MLFLOW_SRV, r"""
🏃 View run «lc6:a»-«lc5:b»-«dig3:c» at: https://mlflow.example.com/#/experiments/«dig3:e»/runs/«hex32:r»
🧪 View experiment at: https://mlflow.example.com/#/experiments/«dig3:e»
""")
N("mlflow_tracking_uri_without_credentials", S_MLFLOW, r"""
MLFLOW_TRACKING_URI=https://mlflow.example.com
MLFLOW_TRACKING_USERNAME=«lc6:u»
MLFLOW_TRACKING_PASSWORD_FILE=/run/secrets/mlflow_«lc4:p»
""")
N("mlflow_model_version_source_and_checksums", S_MLFLOW_SRV, r"""
source: models:/m-«hex32:m»
run_id: «hex32:r»
model_size_bytes: «dig7:s»
""")
N("dvc_lock_md5_outs", S_DVC_LOCK, r"""
    outs:
    - path: data/«lc6:f».parquet
      hash: md5
      md5: «hex32:h»
      size: «dig8:s»
""")
N("dvc_remote_modify_help_secret_option", S_DVC, r"""
* `secret_access_key` - AWS Secret Access Key. May be used (along with `access_key_id`) instead of `credentialpath`.
usage: dvc remote modify [-h] [--global | --system | --project | --local] [-q | -v] [-u] name option [value]  # remote «lc6:r»
""")
N("dvc_config_credentialpath_profile", S_DVC, r"""
['remote "«lc6:r»"']
    url = s3://«lc8:b»/dvc
    profile = «lc6:p»
    credentialpath = /home/«lc6:u»/.aws/credentials
""")
N("hf_repo_commit_sha_and_etag_cache_paths", S_HF, r"""
models--«lc6:o»--«lc8:m»/snapshots/«hex40:c»/config.json
models--«lc6:o»--«lc8:m»/blobs/«hex64:e»
""")
N("kaggle_dataset_refs_and_versions", S_KAGGLE, r"""
ref                                 title                size  lastUpdated          downloadCount
«lc8:u»/«lc10:d»                   «al8:t» dataset      «dig3:s»MB  «TS»  «dig5:n»
""")
N("kaggle_json_path_and_permission_warning", S_KAGGLE, r"""
Warning: Your Kaggle API key is readable by other users on this system! To fix this, you can run 'chmod 600 /home/«lc6:u»/.kaggle/kaggle.json'
""")
# ---- GX / Superset / Metabase
N("great_expectations_config_variables_reference", S_GX, r"""
    credentials: ${my_postgres_db_credentials_«lc4:v»}
    connection_string: ${PG_CONNECTION_STRING_«uc4:v»}
""")
N("great_expectations_validation_result_ids", S_GX, r"""
"run_id": {"run_name": "«lc8:r»", "run_time": "«T»"}, "expectation_suite_name": "«lc8:s».warning", "batch_id": "«hex32:b»"
""")
N("superset_config_secret_key_from_env", S_SUPERSET, r"""
SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY_«uc4:s»")
SQLALCHEMY_DATABASE_URI = f"postgresql://{DATABASE_USER}:{DATABASE_PASSWORD}@{DATABASE_HOST}:5432/superset_«lc4:s»"
""")
N("superset_database_export_masked_password", S_SUPERSET_DB, r"""
sqlalchemy_uri: postgresql://«lc6:u»:XXXXXXXXXX@pg.example.internal:5432/«lc6:d»
uuid: «uuid:u»
""")
N("superset_chart_and_dashboard_ids_log", S_SUPERSET, r"""
«TL»:INFO:superset.views.core:slice_id=«dig4:s» dashboard_id=«dig3:d» form_data_key=«b64u43:f»
""")
N("metabase_env_secret_file_references", S_METABASE, r"""
MB_DB_PASS_FILE=/run/secrets/mb_db_pass_«lc4:x»
MB_ENCRYPTION_SECRET_KEY_FILE=/run/secrets/mb_enc_«lc4:x»
""")
N("metabase_middleware_log_card_query_timing", S_METABASE_API, r"""
«TL» DEBUG middleware.log :: GET /api/card/«dig3:c»/query 202 [ASYNC: completed] «dig3:ms».«dig1:m» ms (12 DB calls) App DB connections: 0/15 Jetty threads: «dig1:t»/50
""")
# ---- Kafka Connect
N("kafka_connect_config_provider_file_references", S_KCONNECT_CP, r"""
"connection.password": "${file:/opt/connect/secrets/«lc6:f».properties:password}",
"connection.user": "${file:/opt/connect/secrets/«lc6:f».properties:user}",
""")
N("kafka_connect_worker_log_password_hidden", S_KCONNECT, r"""
[«TL»] INFO JdbcSourceConnectorConfig values: 
⇥connection.password = [hidden]
⇥connection.url = jdbc:postgresql://pg.example.internal:5432/«lc6:d»
""")
N("kafka_connect_status_task_ids_and_worker_ids", S_KCONNECT_REST, r"""
{"name":"«lc8:n»-sink","connector":{"state":"RUNNING","worker_id":"10.«dig2:a».«dig1:b».«dig2:c»:8083"},"tasks":[{"id":0,"state":"RUNNING","worker_id":"10.«dig2:a».«dig1:b».«dig2:c»:8083"}],"type":"sink"}
""")
N("kafka_sasl_jaas_config_env_placeholder", S_KAFKA_SASL, r"""
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${KAFKA_USER_«uc4:u»}" password="${KAFKA_PASSWORD_«uc4:u»}";
""")
N("kafka_consumer_offsets_and_cluster_id", S_KCONNECT_REST, r"""
GROUP           TOPIC        PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID
connect-«lc8:n»  «lc8:t»      0          «dig7:o»         «dig7:o»          0    connector-consumer-«lc8:n»-0-«uuid:c»
""")
# ---- Livy / Zeppelin / NiFi / Druid / Pinot / Airbyte / DuckDB / Iceberg
N("sparkmagic_config_auth_none_empty_password", S_LIVY, r"""
  "kernel_python_credentials" : {
    "username": "",
    "password": "",
    "url": "http://livy.«lc6:n».svc:8998",
    "auth": "None"
  },
""")
N("livy_session_and_statement_ids", S_LIVY, r"""
{"id":«dig3:s»,"name":null,"appId":"application_«dig13:a»_«dig4:n»","owner":"«lc6:u»","state":"idle","kind":"pyspark"}
""")
N("zeppelin_shiro_ini_password_matcher_hash_service", S_ZEPPELIN, r"""
[main]
passwordMatcher = org.apache.shiro.authc.credential.PasswordMatcher
iniRealm.credentialsMatcher = $passwordMatcher
sessionManager.globalSessionTimeout = «dig7:t»
""")
N("nifi_properties_sensitive_key_empty_and_algorithm", S_NIFI, r"""
nifi.sensitive.props.key=
nifi.sensitive.props.key.protected=aes/gcm/256
nifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256
nifi.cluster.node.address=nifi-«dig1:n».«lc6:s».svc
""")
N("nifi_flow_component_uuids", S_NIFI, r"""
«TL» INFO [Timer-Driven Process Thread-«dig1:t»] o.a.n.c.s.StandardProcessScheduler Starting PutDatabaseRecord[id=«uuid:c»]
""")
N("druid_task_ids_and_segment_ids", S_DRUID, r"""
index_parallel_«lc8:d»_«lc8:x»_«T»
«lc8:d»_2024-0«dig1:m»-01T00:00:00.000Z_2024-0«dig1:m»-02T00:00:00.000Z_«T»
""")
N("druid_password_provider_environment_json", S_DRUID, r"""
druid.metadata.storage.connector.password={"type": "environment", "variable": "METADATA_STORAGE_PASSWORD_«uc4:v»"}
""")
N("pinot_segment_names_and_crc", S_PINOT, r"""
"segmentName": "«lc8:t»_OFFLINE_«dig13:a»_«dig13:b»_0", "crc": "«dig10:c»", "creationTime": «dig13:a»
""")
N("airbyte_connection_and_job_ids_masked_secret", S_AIRBYTE, r"""
{"connectionId": "«uuid:c»", "jobId": «dig5:j», "sourceConfig": {"password": "**********", "username": "«lc6:u»", "host": "pg.example.internal"}}
""")
N("duckdb_which_secret_output", S_DUCKDB, r"""
┌──────────┬───────────┬──────────┐
│   name   │ provider  │ storage  │
├──────────┼───────────┼──────────┤
│ «lc8:n» │ credential_chain │ memory   │
└──────────┴───────────┴──────────┘
""")
N("duckdb_create_secret_credential_chain_no_keys", S_DUCKDB, r"""
CREATE SECRET «lc6:n» (TYPE S3, PROVIDER credential_chain, CHAIN 'env;config', REGION 'eu-west-«dig1:r»');
""")
N("iceberg_snapshot_and_manifest_ids", S_ICEBERG, r"""
snapshot_id: «dig19:s»
manifest_list: s3://«lc8:b»/warehouse/«lc6:t»/metadata/snap-«dig19:s»-1-«uuid:u».avro
""")
N("iceberg_rest_catalog_oauth_scope_no_credential", S_ICEBERG, r"""
spark.sql.catalog.«lc6:c».oauth2-server-uri=https://catalog.example.com/api/catalog/v1/oauth/tokens
spark.sql.catalog.«lc6:c».scope=PRINCIPAL_ROLE:ALL
spark.sql.catalog.«lc6:c».token-refresh-enabled=true
""")
# ---- Kubernetes / Docker / sizes
N("airflow_kubectl_describe_secret_byte_counts", S_K8S_SECRET, r"""
Name:         airflow-«lc6:n»
Type:  Opaque
Data
====
fernet-key:  44 bytes
connection:  «dig2:c» bytes
""")
N("superset_pod_env_secretkeyref", S_K8S_SECRET, r"""
        - name: SUPERSET_SECRET_KEY
          valueFrom:
            secretKeyRef: {name: superset-«lc6:s», key: secret-key}
""")
N("metabase_docker_inspect_env_no_secrets", S_DOCKER, r"""
            "Env": [
                "MB_DB_TYPE=postgres",
                "MB_DB_HOST=pg-«lc4:h»",
                "MB_JETTY_PORT=«dig4:p»"
            ],
""")
N("spark_executor_pod_names_and_uids", S_SPARK_CONF, r"""
«lc8:a»-«hex16:b»-exec-«dig1:n»   1/1     Running   0          «dig2:m»m
uid: «uuid:u»
""")
N("trino_k8s_secret_data_empty_values", S_K8S_SECRET, r"""
kind: Secret
metadata: {name: trino-«lc6:c»}
data:
  connection-password: ""
""")
N("clickhouse_setting_names_sound_secret_hold_numbers", S_CH_USERS, r"""
<max_concurrent_queries_for_user>«dig2:q»</max_concurrent_queries_for_user>
<allow_plaintext_password>0</allow_plaintext_password>
<allow_no_password>0</allow_no_password>
<default_password_type>sha256_password</default_password_type>
""")
N("snowflake_password_policy_settings", S_SF_QID, r"""
CREATE PASSWORD POLICY «uc6:p»_policy PASSWORD_MIN_LENGTH = «dig2:l» PASSWORD_MAX_AGE_DAYS = «dig2:a» PASSWORD_MAX_RETRIES = 5;
""")
N("airflow_cfg_secret_sounding_numeric_settings", S_AF_CFG, r"""
[webserver]
session_lifetime_minutes = «dig3:s»
[secrets]
use_cache = True
cache_ttl_seconds = «dig3:c»
""")

# ================================================================ kind judgement
def _tool(name):
    return name.split("_")[0]


NEW_KIND_POS = [n for n, _, _, _ in POS if _tool(n) in NEW_TOOLS]
NEW_KIND_NEG = [n for n, _, _, _ in NEG if _tool(n) in NEW_TOOLS]
SAME_KIND_POS = [n for n, _, _, _ in POS if _tool(n) not in NEW_TOOLS]
SAME_KIND_NEG = [n for n, _, _, _ in NEG if _tool(n) not in NEW_TOOLS]

# ================================================================ output
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
