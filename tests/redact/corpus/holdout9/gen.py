#!/usr/bin/env python3
"""holdout9 generator: sealed held-out set for the wbdiag secret redactor.

Python 3 stdlib only. Fixed seed. `python3 gen.py` rewrites positives.jsonl
and negatives.jsonl next to this file, byte for byte.
"""
import base64
import json
import os
import random
import string
import urllib.parse

SEED = 90909
R = random.Random(SEED)

AL = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
HEXD = "0123456789abcdef"


# ---------------------------------------------------------------- helpers
def A(n):
    return "".join(R.choice(AL) for _ in range(n))


def L(n):
    return "".join(R.choice(LOW) for _ in range(n))


def H(n):
    return "".join(R.choice(HEXD) for _ in range(n))


def UP(n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def PW(n=18, extra="-_.!*#%+"):
    s = R.choice(string.ascii_letters)
    pool = AL + extra
    s += "".join(R.choice(pool) for _ in range(n - 2))
    s += R.choice(string.digits)
    return s


def URLPW(n=20):
    return PW(n, "-_.~")


def B64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def B64U(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def B32(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def UUID():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def IP():
    return "10.%d.%d.%d" % (R.randint(0, 254), R.randint(0, 254), R.randint(2, 250))


def HOST(prefix=None):
    p = prefix or R.choice(["wandb", "ml", "mlops", "wb", "track", "exp"])
    return "%s.%s.example.%s" % (p, R.choice(["corp", "internal", "lab", "prod", "eu"]), R.choice(["com", "net", "org"]))


def TS():
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def TSS():
    return "2026/%02d/%02d %02d:%02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def USER():
    return R.choice(["wandb", "svc_wandb", "gorilla", "mlops", "wbadmin", "backup", "deploy", "ops", "app"]) + R.choice(["", "01", "_rw", "-prod", "2"])


def NS():
    return R.choice(["wandb", "wandb-prod", "mlops", "wb-system", "platform"])


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def jwt(claims=None, sig_bytes=256):
    hdr = {"alg": "RS256", "typ": "JWT", "kid": H(16)}
    body = claims or {"iss": "https://" + HOST("auth"), "sub": UUID(), "exp": R.randint(1790000000, 1899999999)}
    h = B64U_json(hdr)
    b = B64U_json(body)
    s = B64U(sig_bytes)
    return "%s.%s.%s" % (h, b, s), s


def B64U_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def basic_pw_part(user, pw):
    """base64(user:pw) where len(user:)%3==0; returns (full b64, listed part)."""
    pre = (user + ":").encode()
    assert len(pre) % 3 == 0
    full = base64.b64encode(pre + pw.encode()).decode()
    part = base64.b64encode(pw.encode()).decode().rstrip("=")
    assert full.startswith(base64.b64encode(pre).decode()) and part in full
    return full, part


def user3(base=None):
    """user name whose 'user:' prefix is a multiple of 3 bytes."""
    u = base or USER()
    while (len(u) + 1) % 3:
        u += R.choice("xyz")
    return u


def pct(s):
    return urllib.parse.quote(s, safe="")


# ---------------------------------------------------------------- registry
POS = []
NEG = []


def pos(name, new=True):
    def d(f):
        POS.append((name, new, f))
        return f
    return d


def neg(name):
    def d(f):
        NEG.append((name, f))
        return f
    return d


def check(lines, secrets):
    text = "\n".join(lines)
    if not secrets:
        return False
    for s in secrets:
        if len(s) < 8 or s not in text:
            return False
    rest = text
    for s in sorted(set(secrets), key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


# =================================================================
# POSITIVES
# =================================================================

# ---------------- W&B itself
@pos("wandb_core_slog_proxy_url_userinfo")
def _():
    p = URLPW(20)
    u = R.choice(["svc-wandb", "proxyuser", "wbproxy"])
    return ['{"time":"%s","level":"DEBUG","msg":"http: configured proxy","component":"wandb-core","proxy":"http://%s:%s@%s:3128","no_proxy":"localhost,.svc"}' % (TS(), u, p, IP())], [p]


@pos("weave_trace_kubectl_set_env_list_clickhouse_pass")
def _():
    p = PW(22, "-_.")
    ns = NS()
    return ["$ kubectl -n %s set env deployment/wandb-weave-trace --list" % ns,
            "# Deployment wandb-weave-trace, container weave-trace",
            "WF_CLICKHOUSE_HOST=clickhouse.%s.svc.cluster.local" % ns,
            "WF_CLICKHOUSE_PORT=8123",
            "WF_CLICKHOUSE_USER=weave",
            "WF_CLICKHOUSE_PASS=%s" % p,
            "WF_CLICKHOUSE_DATABASE=weave_trace_db",
            "# WANDB_PUBLIC_BASE_URL from configmap wandb-global, key PUBLIC_URL"], [p]


@pos("wandb_operator_controller_values_diff_escaped_newlines")
def _():
    p = PW(20, "-_.")
    return ["%s\tINFO\tcontrollers.WeightsAndBiases\tapplying spec diff\t{\"name\": \"wandb\", \"namespace\": \"%s\", \"diff\": \"  global:\\n    mysql:\\n-     password: \\n+     password: %s\\n\"}" % (TS(), NS(), p)], [p]


@pos("wandb_terraform_output_raw_license_glued_prompt")
def _():
    tok, sig = jwt({"iss": "wandb", "sub": UUID(), "seats": R.randint(10, 900), "exp": R.randint(1790000000, 1899999999)})
    u = R.choice(["ubuntu", "ec2-user", "admin"])
    return ["%s@bastion:~/wandb-tf$ terraform output -raw wandb_license" % u,
            "%s%s@bastion:~/wandb-tf$ " % (tok, u)], [sig]


@pos("wandb_launch_agent_job_env_python_dict_log")
def _():
    k = H(40)
    hf = A(34)
    q = R.choice(["gpu-queue", "a100", "default"])
    return ["%s INFO     launch_agent: launching run for queue %s" % (TSS(), q),
            "%s DEBUG    launch_agent: job env: {'WANDB_PROJECT': 'llm-sft', 'WANDB_ENTITY': 'research', 'WANDB_API_KEY': 'local-%s', 'HF_TOKEN': 'hf_%s', 'WANDB_BASE_URL': 'https://%s'}" % (TSS(), k, hf, HOST())], [k, hf]


@pos("wandb_windows_underscore_netrc_type_output", new=False)
def _():
    k = H(40)
    return [r"C:\Users\mlops> type %USERPROFILE%\_netrc",
            "machine %s login user password %s" % (HOST(), k)], [k]


@pos("wandb_local_supervisord_environment_line")
def _():
    p = URLPW(18)
    s = A(40)
    ak = "AKIA" + UP(16)
    return ["[program:gorilla]",
            "command=/usr/local/bin/local",
            'environment=MYSQL="mysql://wandb:%s@%s:3306/wandb_local",BUCKET="s3://%s:%s@wandb-files-%s",HOST="https://%s"' % (p, IP(), ak, s, L(5), HOST()),
            "autorestart=true"], [p, s]


@pos("wandb_bucket_env_percent_encoded_secret_slash")
def _():
    raw = A(12) + "/" + A(14) + "+" + A(11)
    enc = pct(raw)
    return ["BUCKET=s3://AKIA%s:%s@wandb-artifacts-%s" % (UP(16), enc, L(6)),
            "BUCKET_QUEUE=internal://",
            "AWS_REGION=%s" % R.choice(["eu-west-1", "us-east-2", "ap-southeast-2"])], [enc]


@pos("wandb_gorilla_panic_dsn_in_message")
def _():
    p = PW(18, "-_.!")
    ns = NS()
    return ["panic: failed to open metadata store: dial tcp: lookup mysql.%s.svc.cluster.local: no such host (dsn: wandb:%s@tcp(mysql.%s.svc.cluster.local:3306)/wandb_local?tls=preferred)" % (ns, p, ns),
            "",
            "goroutine 1 [running]:",
            "main.main()",
            "\t/build/gorilla/cmd/local/main.go:%d +0x%s" % (R.randint(80, 400), H(3))], [p]


@pos("wandb_scim_curl_config_file_basic_header")
def _():
    u = user3("admin")
    k = H(40)
    full, part = basic_pw_part(u, k)
    return ["$ cat scim.curlrc",
            'url = "https://%s/scim/Users?count=100"' % HOST(),
            'header = "Authorization: Basic %s"' % full,
            'header = "Accept: application/scim+json"',
            "silent"], [part]


@pos("wandb_artifact_reference_presigned_signature_debug", new=False)
def _():
    sig = H(64)
    return ["%s DEBUG artifacts.storage_handlers: add_reference uri=https://wb-refs.s3.amazonaws.com/ds/train.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20261103%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261103T101010Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (TSS(), UP(16), sig)], [sig]


@pos("weave_call_inputs_json_client_api_key")
def _():
    k = A(48) + "T3BlbkFJ" + A(20)
    return ['{"id":"%s","op_name":"weave:///research/chat/op/Completions.create:%s","trace_id":"%s","inputs":{"self":{"_type":"OpenAI","client":{"base_url":"https://api.openai.com/v1","api_key":"sk-proj-%s"}},"model":"gpt-4o"}}' % (UUID(), H(12), UUID(), k)], [k]


@pos("wandb_operator_status_condition_message_dsn")
def _():
    p = URLPW(20)
    return ["status:",
            "  conditions:",
            "  - lastTransitionTime: \"%sZ\"" % TS()[:19],
            "    message: 'mysql preflight failed: Error 1045 (28000): Access denied; dsn=mysql://wandb:%s@%s:3306/wandb_local'" % (p, IP()),
            "    reason: PreflightFailed",
            "    status: \"False\"",
            "    type: Ready"], [p]


@pos("wandb_bucket_env_gcs_hmac_userinfo")
def _():
    s = B64(30)
    return ["BUCKET=gs://GOOG1E%s:%s@wandb-prod-files" % (UP(20), s),
            "GORILLA_STORAGE_REGION=europe-west4"], [s]


@pos("wandb_local_docker_inspect_env_jq_lines", new=False)
def _():
    tok, sig = jwt()
    p = URLPW(16)
    return ["$ docker inspect wandb-local --format '{{json .Config.Env}}' | jq -r '.[]'",
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
            "HOST=https://%s" % HOST(),
            "LICENSE=%s" % tok,
            "MYSQL=mysql://wandb:%s@%s:3306/wandb_local" % (p, IP()),
            "LOCAL_RESTORE=false"], [sig, p]


@pos("wandb_base_url_env_with_basic_userinfo")
def _():
    p = URLPW(18)
    return ["export WANDB_BASE_URL=https://%s:%s@%s" % (R.choice(["gateway", "ingress", "edge"]), p, HOST()),
            "export WANDB_PROJECT=resnet-ablation",
            "wandb login --host \"$WANDB_BASE_URL\""], [p]


@pos("wandb_python_traceback_api_ctor_source_line")
def _():
    k = H(40)
    return ["Traceback (most recent call last):",
            '  File "/opt/jobs/export_runs.py", line %d, in <module>' % R.randint(10, 90),
            '    api = wandb.Api(api_key="local-%s", overrides={"base_url": "https://%s"})' % (k, HOST()),
            '  File "/usr/lib/python3.11/site-packages/wandb/apis/public/api.py", line 273, in __init__',
            "    self._base_client = Client(",
            "wandb.errors.CommError: It appears that you do not have permission to access the requested resource."], [k]


@pos("wandb_helm_release_secret_decoded_config_json")
def _():
    tok, sig = jwt()
    p = PW(20, "-_.")
    return ["$ kubectl get secret sh.helm.release.v1.wandb.v%d -o jsonpath='{.data.release}' | base64 -d | base64 -d | gunzip | jq -c .config" % R.randint(2, 30),
            '{"global":{"host":"https://%s","license":"%s","mysql":{"host":"%s","user":"wandb","password":"%s"}}}' % (HOST(), tok, IP(), p)], [sig, p]


@pos("wandb_proc_cmdline_key_flag")
def _():
    k = H(40)
    pid = R.randint(100, 9999)
    return ["$ cat /proc/%d/cmdline | tr '\\0' ' '; echo" % pid,
            "python train.py --config cfg/sft.yaml --wandb-key %s --lr 3e-4 --epochs 3" % k], [k]


@pos("wandb_gorilla_env_slack_and_oidc_sorted_env_diff")
def _():
    s1 = PW(32, "")
    s2 = A(34)
    return ["$ diff <(sort old.env) <(sort new.env)",
            "3c3",
            "< GORILLA_OIDC_CLIENT_SECRET=changeme",
            "---",
            "> GORILLA_OIDC_CLIENT_SECRET=%s" % s1,
            "7a8",
            "> GORILLA_SLACK_SECRET=%s" % s2], [s1, s2]


# ---------------- SSO / OIDC / SCIM
@pos("oauth2_proxy_env_cookie_and_client_secret")
def _():
    c = B64U(32)
    s = A(36)
    return ["OAUTH2_PROXY_PROVIDER=oidc",
            "OAUTH2_PROXY_OIDC_ISSUER_URL=https://%s/realms/wandb" % HOST("sso"),
            "OAUTH2_PROXY_CLIENT_ID=wandb-ui",
            "OAUTH2_PROXY_CLIENT_SECRET=%s" % s,
            "OAUTH2_PROXY_COOKIE_SECRET=%s" % c,
            "OAUTH2_PROXY_EMAIL_DOMAINS=*"], [s, c]


@pos("keycloak_kcadm_create_client_secret_flag")
def _():
    s = A(32)
    return ["$ /opt/keycloak/bin/kcadm.sh create clients -r wandb -s clientId=wandb-server -s enabled=true \\",
            "    -s publicClient=false -s 'redirectUris=[\"https://%s/oidc/callback\"]' -s secret=%s" % (HOST(), s),
            "Created new client with id '%s'" % UUID()], [s]


@pos("entra_appsettings_json_azuread_clientsecret")
def _():
    s = A(3) + "8Q~" + PW(34, "-_.~")
    return ['  "AzureAd": {',
            '    "Instance": "https://login.microsoftonline.com/",',
            '    "TenantId": "%s",' % UUID(),
            '    "ClientId": "%s",' % UUID(),
            '    "ClientSecret": "%s",' % s,
            '    "CallbackPath": "/signin-oidc"',
            '  },'], [s]


@pos("zitadel_machine_key_json_escaped_pem")
def _():
    c1, c2 = B64(48), B64(48)
    return ['{"type":"serviceaccount","keyId":"%s","key":"-----BEGIN RSA PRIVATE KEY-----\\nMIIEow%s\\n%s\\n-----END RSA PRIVATE KEY-----\\n","userId":"%s"}' % (str(R.randint(10**17, 10**18)), c1, c2, str(R.randint(10**17, 10**18)))], [c1, c2]


@pos("gitlab_rb_omniauth_openid_connect_secret")
def _():
    s = A(40)
    return ["gitlab_rails['omniauth_providers'] = [",
            "  { name: \"openid_connect\", label: \"Okta\",",
            "    args: { name: \"openid_connect\", scope: [\"openid\",\"profile\",\"email\"], issuer: \"https://%s\"," % HOST("okta"),
            "      client_options: { identifier: \"0oa%s\", secret: \"%s\", redirect_uri: \"https://%s/users/auth/openid_connect/callback\" } } }" % (A(17), s, HOST("git")),
            "]"], [s]


@pos("entra_provisioning_secrets_put_json")
def _():
    t = B64U(48)
    return ['PUT https://graph.microsoft.com/beta/servicePrincipals/%s/synchronization/secrets' % UUID(),
            '{"value":[{"key":"BaseAddress","value":"https://%s/scim/v2"},{"key":"SecretToken","value":"%s"}]}' % (HOST(), t)], [t]


@pos("netscape_cookies_txt_session_cookie")
def _():
    v = B64U(40)
    h = HOST()
    return ["# Netscape HTTP Cookie File",
            "# This file was generated by libcurl! Edit at your own risk.",
            "",
            "#HttpOnly_%s\tFALSE\t/\tTRUE\t%d\twandb_session\t%s" % (h, R.randint(1790000000, 1899999999), v),
            "%s\tFALSE\t/\tFALSE\t0\twandb_tz\tEurope%%2FBerlin" % h], [v]


@pos("shibboleth_sp_credential_resolver_key_password")
def _():
    p = PW(20, "-_.!")
    return ['<CredentialResolver type="File" use="signing"',
            '    key="sp-signing-key.pem" certificate="sp-signing-cert.pem"',
            '    password="%s"/>' % p], [p]


# ---------------- MySQL / MariaDB / RDS / Cloud SQL
@pos("mariadb_galera_wsrep_sst_auth")
def _():
    p = PW(20, "-_.!")
    return ["[galera]",
            "wsrep_on = ON",
            "wsrep_cluster_address = gcomm://%s,%s,%s" % (IP(), IP(), IP()),
            "wsrep_sst_method = mariabackup",
            "wsrep_sst_auth = sstuser:%s" % p], [p]


@pos("mysqlsh_dba_configure_instance_cluster_admin_password")
def _():
    p = PW(18, "-_.!#")
    ip = IP()
    return [" MySQL  JS > dba.configureInstance('root@%s:3306', {clusterAdmin: \"'icadmin'@'%%'\", clusterAdminPassword: '%s', restart: true})" % (ip, p),
            "Configuring local MySQL instance listening at port 3306 for use in an InnoDB cluster...",
            "Creating user icadmin@%."], [p]


@pos("gcloud_sql_instances_create_root_password_flag")
def _():
    p = PW(22, "-_.")
    return ["$ gcloud sql instances create wandb-metadata --database-version=MYSQL_8_0 --tier=db-custom-4-16384 \\",
            "    --region=europe-west4 --root-password=%s --network=projects/ml-prod/global/networks/default" % p,
            "Creating Cloud SQL instance for MYSQL_8_0...done."], [p]


@pos("aws_secretsmanager_get_secret_value_table_output")
def _():
    p = PW(24, "-_.!#")
    return ["$ aws secretsmanager get-secret-value --secret-id wandb/rds --output table",
            "------------------------------------------------------------------------------------------------",
            "|                                        GetSecretValue                                        |",
            "+--------------+-------------------------------------------------------------------------------+",
            "|  ARN         |  arn:aws:secretsmanager:us-east-1:%s:secret:wandb/rds-%s                   |" % (R.randint(10**11, 10**12 - 1), A(6)),
            '|  SecretString|  {"username":"wandb","password":"%s","engine":"mysql","port":3306}  |' % p,
            "|  VersionId   |  %s                                         |" % UUID(),
            "+--------------+-------------------------------------------------------------------------------+"], [p]


@pos("mysql_slow_log_set_password_statement")
def _():
    p = PW(18, "-_.!")
    q = PW(18, "-_.!")
    return ["# Time: %s" % TS(),
            "# User@Host: root[root] @ localhost []  Id: %d" % R.randint(10, 9999),
            "# Query_time: 0.004211  Lock_time: 0.000000 Rows_sent: 0  Rows_examined: 0",
            "SET timestamp=%d;" % R.randint(1790000000, 1899999999),
            "SET PASSWORD FOR 'wandb'@'%%' = '%s';" % p,
            "# Time: %s" % TS(),
            "CREATE USER 'weave'@'%%' IDENTIFIED BY '%s';" % q], [p, q]


@pos("maxctrl_alter_monitor_password")
def _():
    p = PW(18, "-_.")
    return ["$ maxctrl alter monitor MariaDB-Monitor password %s" % p,
            "OK"], [p]


@pos("pymysql_connect_traceback_source_line")
def _():
    p = PW(16, "-_.!#")
    return ['  File "/srv/etl/load.py", line %d, in main' % R.randint(20, 200),
            "    conn = pymysql.connect(host='%s', user='wandb', passwd='%s', db='wandb_local', port=3306)" % (IP(), p),
            "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on '%s' (timed out)\")" % IP()], [p]


@pos("aws_rds_create_db_instance_cli_input_json")
def _():
    p = PW(20, "-_.!#")
    return ["$ aws rds create-db-instance --cli-input-json '{\"DBInstanceIdentifier\":\"wandb-meta\",\"Engine\":\"mysql\",\"DBInstanceClass\":\"db.r6g.large\",\"MasterUsername\":\"wbadmin\",\"MasterUserPassword\":\"%s\",\"AllocatedStorage\":100}'" % p], [p]


@pos("liquibase_properties_password")
def _():
    p = PW(18, "-_.!")
    return ["changeLogFile: db/changelog/db.changelog-master.yaml",
            "url: jdbc:mysql://%s:3306/wandb_local" % IP(),
            "username: liquibase",
            "password: %s" % p,
            "liquibase.hub.mode=off"], [p]


@pos("gh_ost_cli_password_flag")
def _():
    p = PW(18, "-_.")
    return ["gh-ost --host=%s --user=ghost --password=%s --database=wandb_local --table=runs \\" % (IP(), p),
            "  --alter=\"ADD COLUMN archived_at DATETIME NULL\" --allow-on-master --execute"], [p]


@pos("aurora_cluster_cloudformation_params_json", new=False)
def _():
    p = PW(22, "-_.!#")
    return ['[',
            '  {"ParameterKey": "DBClusterIdentifier", "ParameterValue": "wandb-aurora"},',
            '  {"ParameterKey": "MasterUsername", "ParameterValue": "wbadmin"},',
            '  {"ParameterKey": "MasterUserPassword", "ParameterValue": "%s"},' % p,
            '  {"ParameterKey": "EngineVersion", "ParameterValue": "8.0.mysql_aurora.3.05.2"}',
            ']'], [p]


# ---------------- Redis / Valkey
@pos("valkey_conf_primaryauth_and_requirepass", new=False)
def _():
    a = PW(24, "-_.")
    b = PW(24, "-_.")
    return ["# valkey.conf",
            "replicaof %s 6379" % IP(),
            "primaryuser replicator",
            "primaryauth %s" % a,
            "requirepass %s" % b,
            "appendonly yes"], [a, b]


@pos("valkey_cli_rediscli_auth_env_prefix")
def _():
    p = PW(22, "-_.")
    return ["$ REDISCLI_AUTH='%s' valkey-cli -h valkey.%s.svc.cluster.local -p 6379 ping" % (p, NS()),
            "PONG"], [p]


@pos("redis_exporter_container_args_addr_userinfo")
def _():
    p = URLPW(22)
    return ["      containers:",
            "      - name: metrics",
            "        image: oliver006/redis_exporter:v1.62.0",
            "        args:",
            "        - --redis.addr=rediss://:%s@redis-master.%s.svc:6380" % (p, NS()),
            "        - --include-system-metrics"], [p]


@pos("rq_worker_url_flag_redis_userinfo")
def _():
    p = URLPW(20)
    return ["$ rq worker --url redis://:%s@%s:6379/2 high default low" % (p, IP()),
            "%s Worker rq:worker:%s started with PID %d, version 1.16.2" % (TSS()[11:], H(32), R.randint(100, 9999))], [p]


@pos("bullmq_connection_options_util_inspect", new=False)
def _():
    p = PW(22, "-_.")
    return ["[worker] starting queue 'ingest' with {",
            "  connection: {",
            "    host: 'redis.%s.svc.cluster.local'," % NS(),
            "    port: 6379,",
            "    password: '%s'," % p,
            "    db: 0,",
            "    maxRetriesPerRequest: null",
            "  },",
            "  concurrency: 8",
            "}"], [p]


@pos("redis_sentinel_set_auth_pass_runtime")
def _():
    p = PW(22, "-_.")
    return ["%s:26379> SENTINEL SET wandb-master auth-pass %s" % (IP(), p),
            "OK",
            "%s:26379> SENTINEL SET wandb-master down-after-milliseconds 5000" % IP(),
            "OK"], [p]


@pos("spring_data_redis_password_property", new=False)
def _():
    p = PW(20, "-_.")
    return ["spring.data.redis.host=redis.%s.svc" % NS(),
            "spring.data.redis.port=6379",
            "spring.data.redis.password=%s" % p,
            "spring.data.redis.ssl.enabled=true"], [p]


@pos("az_redis_list_keys_tsv_no_key_word")
def _():
    a = B64(32)
    b = B64(32)
    return ["$ az redis list-keys -g rg-wandb -n wandb-cache -o tsv",
            "%s\t%s" % (a, b)], [a.rstrip("="), b.rstrip("=")]


@pos("aws_elasticache_modify_auth_token_rotate")
def _():
    p = PW(32, "-_!")
    return ["$ aws elasticache modify-replication-group --replication-group-id wandb-redis \\",
            "    --auth-token %s --auth-token-update-strategy ROTATE --apply-immediately" % p], [p]


# ---------------- Object stores
@pos("rclone_debug_setting_from_env_secret_access_key")
def _():
    s = A(40)
    ak = "AKIA" + UP(16)
    return ["%s DEBUG : rclone: Version \"v1.66.0\" starting with parameters [\"rclone\" \"copy\" \"-vv\" \"s3:wandb-exports/runs\" \"/mnt/out\"]" % TSS(),
            "%s DEBUG : Setting type=\"s3\" for \"s3\" from environment variable RCLONE_CONFIG_S3_TYPE" % TSS(),
            "%s DEBUG : Setting access_key_id=\"%s\" for \"s3\" from environment variable RCLONE_CONFIG_S3_ACCESS_KEY_ID" % (TSS(), ak),
            "%s DEBUG : Setting secret_access_key=\"%s\" for \"s3\" from environment variable RCLONE_CONFIG_S3_SECRET_ACCESS_KEY" % (TSS(), s)], [s]


@pos("restic_env_file_repository_password", new=False)
def _():
    p = PW(28, "-_.")
    s = A(40)
    return ["export RESTIC_REPOSITORY=s3:https://s3.%s/wandb-backups" % HOST("minio"),
            "export RESTIC_PASSWORD='%s'" % p,
            "export AWS_ACCESS_KEY_ID=%s" % UP(20),
            "export AWS_SECRET_ACCESS_KEY=%s" % s], [p, s]


@pos("oci_cli_config_pass_phrase")
def _():
    p = PW(20, "-_.!")
    return ["[DEFAULT]",
            "user=ocid1.user.oc1..aaaaaaaa%s" % L(52),
            "fingerprint=%s" % ":".join(H(2) for _ in range(16)),
            "key_file=~/.oci/oci_api_key.pem",
            "pass_phrase=%s" % p,
            "tenancy=ocid1.tenancy.oc1..aaaaaaaa%s" % L(52),
            "region=eu-frankfurt-1"], [p]


@pos("oci_iam_customer_secret_key_create_json")
def _():
    k = B64(30)
    return ["{",
            '  "data": {',
            '    "display-name": "wandb-s3-compat",',
            '    "id": "%s",' % H(40),
            '    "key": "%s",' % k,
            '    "lifecycle-state": "ACTIVE",',
            '    "user-id": "ocid1.user.oc1..aaaaaaaa%s"' % L(52),
            "  }",
            "}"], [k]


@pos("aws_credential_process_stdout_json")
def _():
    s = A(40)
    return ["$ /usr/local/bin/wasabi-creds --profile wandb",
            '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s", "Expiration": "%s"}' % (UP(20), s, TS())], [s]


@pos("r2_dashboard_copied_credentials_value_next_line")
def _():
    a = H(32)
    s = H(64)
    t = B64U(30)
    return ["Token value",
            t,
            "Access Key ID",
            a,
            "Secret Access Key",
            s,
            "Use jurisdiction-specific endpoints for S3 clients:",
            "https://%s.r2.cloudflarestorage.com" % H(32)], [t, s]


@pos("mc_host_alias_env_userinfo")
def _():
    s = A(40)
    return ["$ export MC_HOST_wandb=https://%s:%s@minio.%s.svc:9000" % (UP(20), s, NS()),
            "$ mc ls wandb/wandb-files"], [s]


@pos("ceph_dashboard_set_rgw_api_secret_key_echo")
def _():
    s = A(40)
    return ["# echo -n '%s' > /tmp/rgw_sk && ceph dashboard set-rgw-api-secret-key -i /tmp/rgw_sk" % s,
            "Option RGW_API_SECRET_KEY updated"], [s]


@pos("ceph_csi_rbd_secret_userkey_stringdata", new=False)
def _():
    k = base64.b64encode(b"\x01\x00" + bytes(R.getrandbits(8) for _ in range(26))).decode()
    return ["apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: csi-rbd-secret",
            "  namespace: ceph-csi-rbd",
            "stringData:",
            "  userID: kubernetes",
            "  userKey: %s" % k], [k.rstrip("=")]


@pos("azure_files_mount_cifs_password_option")
def _():
    k = B64(64)
    acct = "wandb" + L(8)
    return ["$ sudo mount -t cifs //%s.file.core.windows.net/wandbshare /mnt/wandb -o vers=3.0,username=%s,password=%s,dir_mode=0777,file_mode=0777,serverino" % (acct, acct, k)], [k.rstrip("=")]


@pos("blobfuse2_yaml_azstorage_account_key")
def _():
    k = B64(64)
    return ["azstorage:",
            "  type: block",
            "  account-name: wandb%s" % L(8),
            "  account-key: %s" % k,
            "  endpoint: https://wandb.blob.core.windows.net",
            "  container: wandb-files"], [k.rstrip("=")]


@pos("aws_sdk_js_v3_credentials_console_log", new=False)
def _():
    s = A(40)
    return ["resolved credentials: {",
            "  accessKeyId: 'AKIA%s'," % UP(16),
            "  secretAccessKey: '%s'," % s,
            "  sessionToken: undefined,",
            "  expiration: undefined",
            "}"], [s]


@pos("cyberduck_duck_cli_username_password_flags")
def _():
    s = A(40)
    return ["$ duck --username %s --password %s --upload s3://wandb-exports/ ./runs.tar.zst" % (UP(20), s)], [s]


# ---------------- Load balancers / proxies / ingress / certs
@pos("haproxy_http_request_set_header_bearer")
def _():
    t = B64U(36)
    return ["backend be_wandb_api",
            "    http-request set-header Authorization \"Bearer %s\"" % t,
            "    server api1 %s:8080 check" % IP()], [t]


@pos("cert_manager_acme_eab_hmac_secret", new=False)
def _():
    k = B64U(48)
    return ["apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: zerossl-eab",
            "  namespace: cert-manager",
            "stringData:",
            "  secret: %s" % k], [k]


@pos("acme_sh_account_conf_saved_token")
def _():
    t = B64U(30)
    return ["LOG_FILE=\"/root/.acme.sh/acme.sh.log\"",
            "ACCOUNT_EMAIL='ops@example.com'",
            "SAVED_CF_Token='%s'" % t,
            "SAVED_CF_Account_ID='%s'" % H(32),
            "UPGRADE_HASH='%s'" % H(40)], [t]


@pos("lego_env_rfc2136_tsig_secret")
def _():
    k = B64(32)
    return ["RFC2136_NAMESERVER=%s:53" % IP(),
            "RFC2136_TSIG_ALGORITHM=hmac-sha256.",
            "RFC2136_TSIG_KEY=acme-update",
            'RFC2136_TSIG_SECRET="%s"' % k], [k.rstrip("=")]


@pos("kong_consumer_jwt_credential_response")
def _():
    s = A(32)
    return ["$ curl -s -X POST http://kong-admin:8001/consumers/wandb-sdk/jwt -d algorithm=HS256 | jq -c .",
            '{"algorithm":"HS256","rsa_public_key":null,"consumer":{"id":"%s"},"key":"%s","secret":"%s","created_at":%d}' % (UUID(), A(32), s, R.randint(1790000000, 1899999999))], [s]


@pos("apisix_config_yaml_admin_key")
def _():
    k = H(32)
    return ["deployment:",
            "  admin:",
            "    admin_key:",
            "      - name: admin",
            "        key: %s" % k,
            "        role: admin"], [k]


@pos("istio_envoyfilter_lua_inline_api_key")
def _():
    k = A(40)
    return ["        inlineCode: |",
            "          function envoy_on_request(request_handle)",
            "            request_handle:headers():add(\"x-api-key\", \"%s\")" % k,
            "          end"], [k]


@pos("cloudfront_origin_custom_header_value_json")
def _():
    v = A(40)
    return ['"OriginCustomHeaders": {',
            '    "Quantity": 1,',
            '    "Items": [{"HeaderName": "X-Origin-Verify", "HeaderValue": "%s"}]' % v,
            "},"], [v]


@pos("squid_cache_peer_login_option")
def _():
    p = PW(18, "-_.!")
    return ["cache_peer %s parent 3128 0 no-query no-digest login=wbproxy:%s name=corp_egress" % (IP(), p),
            "never_direct allow all"], [p]


# ---------------- Kubernetes / GitOps / secret managers
@pos("vault_kv_get_format_json_data_block")
def _():
    p = PW(22, "-_.")
    q = A(40)
    return ["$ vault kv get -format=json secret/wandb/mysql",
            "{",
            '  "request_id": "%s",' % UUID(),
            '  "data": {',
            '    "data": {',
            '      "username": "wandb",',
            '      "password": "%s",' % p,
            '      "bucket_secret_key": "%s"' % q,
            "    },",
            '    "metadata": {"version": %d}' % R.randint(1, 20),
            "  }",
            "}"], [p, q]


@pos("vault_token_create_json_client_token")
def _():
    t = "CAESI" + B64U(60)
    return ["$ vault token create -policy=wandb-read -format=json | jq .auth",
            "{",
            '  "client_token": "hvs.%s",' % t,
            '  "accessor": "%s",' % A(24),
            '  "policies": ["default", "wandb-read"],',
            '  "lease_duration": 2764800',
            "}"], [t]


@pos("vault_write_database_config_password_arg")
def _():
    p = PW(20, "-_.")
    return ["$ vault write database/config/wandb-mysql plugin_name=mysql-database-plugin \\",
            "    connection_url=\"{{username}}:{{password}}@tcp(%s:3306)/\" \\" % IP(),
            "    allowed_roles=\"wandb-rw\" username=\"vaultadmin\" password=\"%s\"" % p], [p]


@pos("sops_decrypt_dotenv_stdout")
def _():
    p = PW(22, "-_.")
    k = A(40)
    return ["$ sops -d --output-type dotenv secrets/prod.enc.yaml",
            "MYSQL_PASSWORD=%s" % p,
            "BUCKET_SECRET_KEY=%s" % k,
            "LOG_LEVEL=info"], [p, k]


@pos("kubeseal_raw_from_stdin_echo")
def _():
    p = PW(20, "-_.")
    return ["$ echo -n '%s' | kubeseal --raw --namespace %s --name wandb-mysql --from-file=/dev/stdin" % (p, NS()),
            "AgB%s" % A(60)], [p]


@pos("onepassword_connect_token_secret_stringdata", new=False)
def _():
    tok, sig = jwt({"aud": ["com.1password.connect"], "sub": A(26), "iss": "com.1password.b5"})
    return ["apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: onepassword-connect-token",
            "  namespace: external-secrets",
            "stringData:",
            "  token: %s" % tok], [sig]


@pos("bws_secret_get_json_value")
def _():
    p = PW(24, "-_.")
    return ["$ bws secret get %s" % UUID(),
            "{",
            '  "object": "secret",',
            '  "id": "%s",' % UUID(),
            '  "key": "WANDB_MYSQL_PASSWORD",',
            '  "value": "%s",' % p,
            '  "note": "",',
            '  "projectId": "%s"' % UUID(),
            "}"], [p]


@pos("doppler_secrets_download_no_file_json")
def _():
    k = A(40)
    tok, sig = jwt()
    return ["$ doppler secrets download --no-file --format json -p wandb -c prd | jq -c .",
            '{"BUCKET_SECRET_KEY":"%s","DOPPLER_CONFIG":"prd","DOPPLER_ENVIRONMENT":"prd","DOPPLER_PROJECT":"wandb","LICENSE":"%s"}' % (k, tok)], [k, sig]


@pos("op_read_value_next_line", new=False)
def _():
    p = PW(24, "-_.")
    return ['$ op read "op://Platform/wandb-mysql/password"',
            p,
            "$ "], [p]


@pos("argocd_cluster_secret_config_bearer_token")
def _():
    tok, sig = jwt()
    return ["stringData:",
            "  name: gpu-cluster",
            "  server: https://%s:6443" % IP(),
            "  config: |",
            '    {"bearerToken": "%s", "tlsClientConfig": {"insecure": false, "caData": "LS0tLS1CRUdJTi..."}}' % tok], [sig]


@pos("flux_create_secret_git_password_flag")
def _():
    p = PW(24, "-_.")
    return ["$ flux create secret git wandb-gitops --url=https://%s/platform/wandb-deploy.git --username=flux --password=%s -n flux-system" % (HOST("git"), p),
            "\u271a generating secret",
            "\u25ba secret 'wandb-gitops' created in 'flux-system' namespace"], [p]


@pos("oc_login_token_flag_sha256_prefix")
def _():
    t = B64U(32)
    return ["$ oc login --token=sha256~%s --server=https://api.ocp.example.com:6443" % t,
            "Logged into \"https://api.ocp.example.com:6443\" as \"kube:admin\" using the token provided."], [t]


@pos("kubeadm_bootstrap_token_secret_yaml", new=False)
def _():
    tid = L(6)
    ts = L(16)
    return ["apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: bootstrap-token-%s" % tid,
            "  namespace: kube-system",
            "type: bootstrap.kubernetes.io/token",
            "stringData:",
            "  token-id: %s" % tid,
            "  token-secret: %s" % ts,
            "  usage-bootstrap-authentication: \"true\""], [ts]


@pos("aws_ssm_get_parameters_by_path_text")
def _():
    p = PW(22, "-_.")
    acct = R.randint(10**11, 10**12 - 1)
    q = PW(26, "-_")
    return ["$ aws ssm get-parameters-by-path --path /wandb/prod --with-decryption --output text",
            "PARAMETERS\tarn:aws:ssm:us-east-1:%d:parameter/wandb/prod/mysql_password\t%s\t/wandb/prod/mysql_password\tSecureString\t%s\t3" % (acct, TS(), p),
            "PARAMETERS\tarn:aws:ssm:us-east-1:%d:parameter/wandb/prod/host\t%s\t/wandb/prod/host\tString\thttps://%s\t1" % (acct, TS(), HOST()),
            "PARAMETERS\tarn:aws:ssm:us-east-1:%d:parameter/wandb/prod/redis_auth\t%s\t/wandb/prod/redis_auth\tSecureString\t%s\t7" % (acct, TS(), q)], [p, q]


@pos("conjur_host_rotate_api_key_output")
def _():
    k = L(55)
    return ["$ conjur host rotate-api-key -i host/wandb/gorilla",
            k], [k]


# ---------------- CI/CD
@pos("gitlab_project_variables_api_json")
def _():
    p = PW(22, "-_.")
    q = PW(24, "-_.")
    return ['$ curl -s --header "PRIVATE-TOKEN: $GL_TOKEN" "https://%s/api/v4/projects/42/variables" | jq -c .[]' % HOST("git"),
            '{"variable_type":"env_var","key":"MYSQL_PASSWORD","value":"%s","protected":true,"masked":false,"raw":false,"environment_scope":"*"}' % p,
            '{"variable_type":"env_var","key":"REGISTRY","value":"registry.example.com","protected":false,"masked":false,"raw":false,"environment_scope":"*"}',
            '{"variable_type":"env_var","key":"REGISTRY_PASSWORD","value":"%s","protected":true,"masked":false,"raw":true,"environment_scope":"production"}' % q], [p, q]


@pos("woodpecker_cli_secret_add_value_flag")
def _():
    p = PW(22, "-_.")
    return ["$ woodpecker-cli repo secret add --repository platform/wandb-deploy --name docker_password --value %s" % p], [p]


@pos("jenkins_job_dsl_string_param_default")
def _():
    p = PW(20, "-_.")
    return ["pipelineJob('wandb-backup') {",
            "  parameters {",
            "    stringParam('DB_PASSWORD', '%s', 'metadata db password')" % p,
            "  }",
            "}"], [p]


@pos("argo_submit_parameter_flag_password")
def _():
    p = PW(20, "-_.")
    return ["$ argo submit -n argo wandb-migrate.yaml -p db-host=%s -p db-password=%s --watch" % (IP(), p),
            "Name:                wandb-migrate-%s" % L(5)], [p]


@pos("halyard_github_artifact_account_token")
def _():
    t = A(36)
    return ["  artifacts:",
            "    github:",
            "      enabled: true",
            "      accounts:",
            "      - name: wandb-manifests",
            "        token: ghp_%s" % t], [t]


@pos("atlantis_server_env_github_token_and_webhook_secret")
def _():
    t = A(36)
    w = A(32)
    return ["ATLANTIS_GH_USER=atlantis-bot",
            "ATLANTIS_GH_TOKEN=ghp_%s" % t,
            "ATLANTIS_GH_WEBHOOK_SECRET=%s" % w,
            "ATLANTIS_REPO_ALLOWLIST=github.com/example/*"], [t, w]


# ---------------- Observability
@pos("otel_collector_bearertokenauth_extension_token")
def _():
    t = A(40)
    return ["extensions:",
            "  bearertokenauth/wandb:",
            "    scheme: Bearer",
            '    token: "%s"' % t,
            "exporters:",
            "  otlphttp:",
            "    endpoint: https://otel.%s" % HOST("obs"),
            "    auth:",
            "      authenticator: bearertokenauth/wandb"], [t]


@pos("loki_storage_config_aws_secret_access_key", new=False)
def _():
    s = A(40)
    return ["storage_config:",
            "  aws:",
            "    s3: s3://eu-west-1/wandb-loki-chunks",
            "    access_key_id: %s" % UP(20),
            "    secret_access_key: %s" % s,
            "    s3forcepathstyle: true"], [s]


@pos("tempo_azure_storage_account_key")
def _():
    k = B64(64)
    return ["storage:",
            "  trace:",
            "    backend: azure",
            "    azure:",
            "      container_name: tempo-traces",
            "      storage_account_name: wandbtraces",
            '      storage_account_key: "%s"' % k], [k.rstrip("=")]


@pos("sentry_config_yml_system_secret_key")
def _():
    k = PW(50, "-_!@#%^&*(+=")
    m = PW(20, "-_.")
    return ["mail.backend: 'smtp'",
            "system.url-prefix: 'https://%s'" % HOST("sentry"),
            "mail.username: 'sentry@example.com'",
            "mail.password: '%s'" % m,
            "system.secret-key: '%s'" % k], [m, k]


@pos("elastic_agent_install_enrollment_token")
def _():
    idp = A(20)
    key = A(22)
    full = base64.b64encode(("%s:%s" % (idp, key)).encode()).decode()
    part = base64.b64encode(key.encode()).decode().rstrip("=")
    return ["$ sudo ./elastic-agent install --url=https://fleet.%s:8220 --enrollment-token=%s" % (HOST("obs"), full)], [part]


@pos("zabbix_agent_psk_file_cat")
def _():
    k = H(64)
    return ["# grep ^TLSPSK /etc/zabbix/zabbix_agent2.conf",
            "TLSPSKIdentity=PSK 0%d" % R.randint(10, 99),
            "TLSPSKFile=/etc/zabbix/agent.psk",
            "# cat /etc/zabbix/agent.psk",
            k], [k]


@pos("sumologic_collector_user_properties_accesskey")
def _():
    k = A(64)
    return ["name=wandb-%s" % L(6),
            "accessid=su%s" % A(12),
            "accesskey=%s" % k,
            "ephemeral=true"], [k]


@pos("influx_cli_configs_toml_token")
def _():
    t = B64U(64)
    u = B64U(64)
    return ["[default]",
            '  url = "http://%s:8086"' % IP(),
            '  token = "%s"' % t,
            '  org = "mlops"',
            "  active = true",
            "[backup]",
            '  url = "http://%s:8086"' % IP(),
            '  token = "%s"' % u,
            '  org = "mlops"'], [t, u]


# ---------------- Mail / notify
@pos("exim_passwd_client_sendgrid")
def _():
    a = B64U(16)
    b = B64U(32)
    return ["# /etc/exim4/passwd.client",
            "*.sendgrid.net:apikey:SG.%s.%s" % (a, b)], [a, b]


@pos("nullmailer_remotes_pass_option")
def _():
    p = PW(18, "-_.")
    return ["# cat /etc/nullmailer/remotes",
            "smtp.%s smtp --port=587 --starttls --user=alerts@example.com --pass=%s" % (HOST("mail"), p)], [p]


@pos("pushover_curl_form_token")
def _():
    t = L(30)
    return ['curl -s -F "token=%s" -F "user=%s" -F "message=wandb backup failed" https://api.pushover.net/1/messages.json' % (t, L(30))], [t]


@pos("google_chat_webhook_url_token_param")
def _():
    tok = pct(B64U(30) + "=")
    tokl = tok[:-3]
    return ["webhook_url: https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s" % (A(7), A(33), tok)], [tokl]


@pos("victorops_rest_endpoint_url_key")
def _():
    k = UUID()
    return ["  victorops_configs:",
            "  - api_key_file: ''",
            "    api_url: https://alert.victorops.com/integrations/generic/20131114/alert/%s/" % k,
            "    routing_key: wandb-oncall"], [k]


@pos("rails_action_mailer_smtp_settings_hash")
def _():
    p = PW(20, "-_.")
    return ["config.action_mailer.smtp_settings = {",
            "  address: 'smtp.%s', port: 587," % HOST("mail"),
            "  user_name: 'apikey', password: '%s'," % p,
            "  authentication: :plain, enable_starttls_auto: true",
            "}"], [p]


# ---------------- Language-runtime dumps
@pos("python_pprint_wrapped_nested_config")
def _():
    p = PW(20, "-_.")
    q = URLPW(20)
    return ["{'bucket': 's3://wandb-files',",
            " 'mysql': {'database': 'wandb_local',",
            "           'host': '%s'," % IP(),
            "           'password': '%s'," % p,
            "           'user': 'wandb'},",
            " 'redis': 'redis://:%s@redis:6379/0'}" % q], [p, q]


@pos("python_logging_dictconfig_smtp_credentials_tuple")
def _():
    p = PW(18, "-_.")
    return ["LOGGING = {",
            "    'handlers': {",
            "        'mail': {'class': 'logging.handlers.SMTPHandler', 'mailhost': ('smtp.%s', 587)," % HOST("mail"),
            "                 'fromaddr': 'wandb@example.com', 'toaddrs': ['ops@example.com'],",
            "                 'credentials': ('alerts', '%s'), 'secure': ()}," % p,
            "    },",
            "}"], [p]


@pos("go_spew_sdump_config_struct")
def _():
    p = PW(20, "-_.")
    return ["(*config.Store)(0xc000%s)({" % H(6),
            ' Host: (string) (len=%d) "mysql.wandb.svc",' % 15,
            " Port: (int) 3306,",
            ' User: (string) (len=5) "wandb",',
            ' Password: (string) (len=%d) "%s",' % (len(p), p),
            " MaxConns: (int) 50",
            "})"], [p]


@pos("go_percent_q_args_slice_log")
def _():
    p = PW(20, "-_.")
    return ['%s exec: starting migrator args=["migrate" "--db-user" "wandb" "--db-pass" "%s" "--db-host" "%s"]' % (TSS(), p, IP())], [p]


@pos("java_lombok_tostring_datasource_properties")
def _():
    p = PW(18, "-_.")
    return ["%s  INFO 1 --- [main] c.e.w.DbConfig : loaded DataSourceProperties(url=jdbc:mysql://%s:3306/wandb_local, username=wandb, password=%s, driverClassName=com.mysql.cj.jdbc.Driver)" % (TS(), IP(), p)], [p]


@pos("java_hashmap_tostring_config_map")
def _():
    p = PW(18, "-_.")
    return ["DEBUG [main] o.e.Settings - effective={mail.smtp.host=smtp.%s, mail.smtp.port=587, mail.smtp.password=%s, mail.smtp.user=alerts}" % (HOST("mail"), p)], [p]


@pos("node_console_log_process_env_subset", new=False)
def _():
    p = PW(20, "-_.")
    k = H(40)
    return ["{",
            "  NODE_ENV: 'production',",
            "  REDIS_PASSWORD: '%s'," % p,
            "  WANDB_API_KEY: '%s'," % k,
            "  PORT: '8080'",
            "}"], [p, k]


@pos("rust_debug_compact_s3_config", new=False)
def _():
    s = A(40)
    return ['%s DEBUG uploader: config=S3Config { endpoint: "https://minio.%s.svc:9000", access_key: "%s", secret_key: "%s", region: "us-east-1" }' % (TS(), NS(), UP(20), s)], [s]


@pos("dotnet_configuration_debugview_connection_string")
def _():
    p = PW(18, "-_.!")
    q = PW(20, "-_.")
    return ["ConnectionStrings:",
            "  Default=Server=%s;Port=3306;Database=wandb_local;Uid=wandb;Pwd=%s; (JsonConfigurationProvider for 'appsettings.Production.json' (Optional))" % (IP(), p),
            "Smtp:",
            "  Password=%s (EnvironmentVariablesConfigurationProvider Prefix: '')" % q,
            "Logging:",
            "  LogLevel:"], [p, q]


@pos("ruby_struct_inspect_settings")
def _():
    p = PW(18, "-_.")
    return ['#<struct Settings host="%s", port=6379, password="%s", ssl=true>' % (IP(), p)], [p]


@pos("php_print_r_config_array")
def _():
    p = PW(18, "-_.")
    q = PW(20, "-_.")
    return ["Array",
            "(",
            "    [db_host] => %s" % IP(),
            "    [db_user] => wandb",
            "    [db_password] => %s" % p,
            "    [db_name] => wandb_local",
            "    [smtp_pass] => %s" % q,
            ")"], [p, q]


@pos("perl_data_dumper_hash_password")
def _():
    p = PW(18, "-_.")
    q = A(32)
    return ["$VAR1 = {",
            "          'user' => 'backup',",
            "          'password' => '%s'," % p,
            "          'host' => '%s'," % IP(),
            "          'api_token' => '%s'" % q,
            "        };"], [p, q]


@pos("scala_case_class_tostring_positional")
def _():
    p = PW(20, "-_.")
    return ["%s INFO  c.e.wandb.Export$ - starting with DbConfig(jdbc:mysql://%s:3306/wandb_local,wandb,%s,10)" % (TSS(), IP(), p)], [p]


# ---------------- Shells / admin tools
@pos("windows_net_user_add_password")
def _():
    p = PW(16, "-_.!#")
    return ["C:\\> net user svc_wandb %s /add /domain" % p,
            "The command completed successfully."], [p]


@pos("sqlplus_connect_identifier_slash_password")
def _():
    p = PW(16, "_#")
    return ["$ sqlplus -s wandb_ro/%s@//%s:1521/ORCLPDB1 @export_runs.sql" % (p, IP()),
            "",
            "SQL*Plus: Release 19.0.0.0.0 - Production"], [p]


@pos("psexec_user_password_flags")
def _():
    p = PW(16, "-_.!#")
    return ["C:\\Tools> PsExec64.exe \\\\%s -u CORP\\svc_wandb -p %s -h cmd /c \"sc query wandb-agent\"" % (IP(), p),
            "PsExec v2.43 - Execute processes remotely"], [p]


@pos("ssh_askpass_script_echo_no_key_word")
def _():
    p = PW(20, "-_.!")
    return ["$ cat ~/bin/askpass.sh",
            "#!/bin/sh",
            "echo '%s'" % p,
            "$ SSH_ASKPASS=~/bin/askpass.sh SSH_ASKPASS_REQUIRE=force ssh ops@%s" % IP()], [p]


# ---------------- Adversarial placements
@pos("cjk_key_fullwidth_parens_value")
def _():
    p = PW(18, "-_.")
    return ["数据库密码（%s）已更新，请通知平台组。" % p,
            "主机: %s" % IP()], [p]


@pos("ini_german_key_kennwort")
def _():
    p = PW(18, "-_.")
    return ["[Datenbank]",
            "Benutzer=wandb",
            "Kennwort=%s" % p,
            "Rechner=%s" % IP()], [p]


@pos("yaml_japanese_key_password")
def _():
    p = PW(18, "-_.")
    return ["データベース:",
            "  ユーザー: wandb",
            "  パスワード: %s" % p,
            "  ホスト: %s" % IP()], [p]


@pos("russian_log_line_parol_value")
def _():
    p = PW(18, "-_.")
    return ["%s [WARN] временный пароль для wandb: %s (сменить после входа)" % (TSS(), p)], [p]


@pos("psql_aligned_cell_newline_plus_marker")
def _():
    a = A(24)
    b = A(28)
    return ["wandb_local=> SELECT name, value FROM integrations WHERE name = 'smtp';",
            " name  |               value",
            "-------+-----------------------------------",
            " smtp  | host=smtp.example.com             +",
            "       | pass=%s         +" % a,
            "       | token=%s" % b,
            "(1 row)"], [a, b]


@pos("hex_encoded_password_log_field")
def _():
    p = PW(14, "-_.")
    hx = p.encode().hex()
    return ["%s DEBUG auth: bind attempt user=cn=wandb,ou=svc password(hex)=%s" % (TSS(), hx)], [hx]


@pos("double_encoded_api_key_in_redirect_param")
def _():
    k = A(36)
    return ['%s - - [03/Nov/2026:10:11:12 +0000] "GET /login?next=https%%3A%%2F%%2F%s%%2Fapi%%2Fexport%%3Fapi_key%%3D%s%%26fmt%%3Dcsv HTTP/1.1" 302 0' % (IP(), HOST(), k)], [k]


@pos("totp_otpauth_uri_secret_param")
def _():
    s = B32(32)
    return ["otpauth://totp/W%%26B%%20Server:admin@example.com?secret=%s&issuer=W%%26B%%20Server&digits=6&period=30" % s], [s]


@pos("html_table_cell_secret_after_name_cell")
def _():
    p = PW(20, "-_.")
    q = A(40)
    return ["<tr><th>Name</th><th>Value</th></tr>",
            "<tr><td>MYSQL_HOST</td><td>%s</td></tr>" % IP(),
            "<tr><td>MYSQL_PASSWORD</td><td>%s</td></tr>" % p,
            "<tr><td>BUCKET_SECRET_KEY</td><td>%s</td></tr>" % q], [p, q]


@pos("json_record_value_far_from_name")
def _():
    p = PW(22, "-_.")
    return ['{"name":"db_password","created":"%s","owner":"platform-team","rotation":"manual","tags":["prod","wandb","mysql","tier-1"],"description":"metadata store login for the W&B server","value":"%s"}' % (TS(), p)], [p]


@pos("toml_dotted_quoted_key_segments")
def _():
    p = PW(20, "-_.")
    return ['[server]', '"mysql"."password" = \'%s\'' % p, '"mysql"."host" = "%s"' % IP()], [p]


@pos("env_line_crlf_trailing")
def _():
    p = PW(20, "-_.")
    return ["MYSQL_HOST=%s\r" % IP(), "MYSQL_PASSWORD=%s\r" % p, "MYSQL_DATABASE=wandb_local\r"], [p]


@pos("sed_substitution_command_password")
def _():
    p = PW(18, "-_.")
    return ["$ sed -i 's/^  password:.*/  password: %s/' /etc/wandb/values.yaml" % p], [p]


@pos("sql_update_json_column_smtp_pass")
def _():
    p = PW(18, "-_.")
    return ["UPDATE settings SET value = '{\"smtp\":{\"host\":\"smtp.example.com\",\"pass\":\"%s\"}}' WHERE name = 'mail';" % p,
            "Query OK, 1 row affected (0.01 sec)"], [p]


@pos("sdiff_side_by_side_password_change")
def _():
    a = PW(18, "-_.")
    b = PW(18, "-_.")
    return ["$ sdiff -w 90 values.old.yaml values.yaml",
            "mysql:                                        mysql:",
            "  password: %-32s  |   password: %s" % (a, b),
            "  user: wandb                                   user: wandb"], [a, b]


@pos("jq_raw_output_values_without_keys")
def _():
    p = PW(20, "-_.")
    return ["$ jq -r '.auth.user, .auth.pass' /etc/wandb/smtp.json",
            "alerts@example.com",
            p], [p]


@pos("dotnet_app_config_single_quoted_attribute")
def _():
    p = PW(18, "-_.")
    return ["<appSettings>",
            "  <add key='SmtpUser' value='alerts'/>",
            "  <add key='SmtpPwd' value='%s'/>" % p,
            "</appSettings>"], [p]


@pos("urlencoded_json_in_query_param")
def _():
    p = URLPW(20)
    enc = pct(p)
    return ['%s "GET /api/v1/test-connection?config=%%7B%%22host%%22%%3A%%22%s%%22%%2C%%22password%%22%%3A%%22%s%%22%%7D HTTP/1.1" 400' % (IP(), IP(), enc)], [enc]


@pos("windows_reg_export_winlogon_default_password")
def _():
    p = PW(16, "-_.!")
    return ["Windows Registry Editor Version 5.00",
            "",
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
            '"AutoAdminLogon"="1"',
            '"DefaultUserName"="svc_wandb"',
            '"DefaultPassword"="%s"' % p], [p]


@pos("nbsp_between_key_and_value")
def _():
    p = PW(20, "-_.")
    return ["redis_password:\u00a0%s" % p, "redis_host:\u00a0%s" % IP()], [p]


@pos("shipper_split_record_continued_secret")
def _():
    a = A(30)
    b = A(26)
    return ['%s stdout F {"level":"debug","msg":"token refreshed","access_token":"%s…[truncated 8192]' % (TS(), a),
            '%s stdout F [continued] %s","expires_in":3600}' % (TS(), b)], [a, b]


@pos("markdown_inline_code_backtick_password")
def _():
    p = PW(18, "-_.")
    return ["- Log in to the bastion as `ops` and run the restore.",
            "- The temporary MySQL root password is `%s` — rotate after use." % p], [p]


@pos("yaml_flow_sequence_of_pairs_secret")
def _():
    s = A(40)
    return ["env: [[AWS_ACCESS_KEY_ID, %s], [AWS_SECRET_ACCESS_KEY, %s], [AWS_REGION, us-west-2]]" % (UP(20), s)], [s]


@pos("python_fstring_debug_equals_output")
def _():
    p = PW(18, "-_.")
    return ["db_host='%s' db_user='wandb' db_password='%s'" % (IP(), p)], [p]


@pos("json_key_uppercase_hyphen_x_auth_token", new=False)
def _():
    t = B64U(32)
    return ['{"headers":{"Host":"%s","X-Auth-Token":"%s","Accept":"*/*"}}' % (HOST(), t)], [t]


@pos("secret_in_syslog_after_sudo_command")
def _():
    p = PW(18, "-_.")
    return ["%s bastion sudo:      ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysqladmin -u root --password=%s flush-hosts" % ("Nov  3 10:11:12", p)], [p]


# =================================================================
# NEGATIVES (lines must come back byte-identical)
# =================================================================

# ---------------- W&B look-alikes
@neg("wandb_sync_run_view_urls_and_ids")
def _():
    rid = L(8)
    h = HOST()
    return ["wandb: Syncing run %s-%s-%d" % (R.choice(["wise", "lunar", "brisk", "quiet"]), R.choice(["sun", "moon", "river", "pine"]), R.randint(1, 400)),
            "wandb: \u2b50\ufe0f View project at https://%s/research/llm-sft" % h,
            "wandb: \U0001f680 View run at https://%s/research/llm-sft/runs/%s" % (h, rid),
            "wandb: Find logs at: ./wandb/run-%s-%s/logs" % (TS()[:10].replace("-", ""), rid)]


@neg("wandb_artifact_download_digest_lines")
def _():
    return ["wandb: Downloading large artifact model-%s:v%d, %d.00MB. %d files" % (L(8), R.randint(1, 40), R.randint(100, 900), R.randint(2, 9)),
            "wandb:   %d of %d files downloaded." % (R.randint(1, 3), R.randint(4, 9)),
            "artifact digest: %s" % H(32),
            "manifest entry digest: %s" % B64(16)]


@neg("wandb_helm_values_password_secret_name_key")
def _():
    return ["mysql:",
            "  host: mysql.%s.svc.cluster.local" % NS(),
            "  user: wandb",
            "  passwordSecret:",
            "    name: wandb-mysql-%s" % L(5),
            "    passwordKey: password",
            "bucket:",
            "  secretName: wandb-bucket-creds",
            "  accessKeyName: ACCESS_KEY",
            "  secretKeyName: SECRET_KEY"]


@neg("wandb_core_logfmt_api_key_source_flags")
def _():
    return ["time=%s level=INFO msg=\"auth: resolved credentials\" api_key_set=true api_key_source=%s api_key_len=%d base_url=https://%s" % (TS(), R.choice(["netrc", "env", "settings"]), R.choice([40, 86]), HOST()),
            "time=%s level=INFO msg=\"stream: started\" id=%s" % (TS(), L(8))]


@neg("weave_trace_call_span_ids")
def _():
    return ['{"project_id":"research/chat","id":"0192%s-%s-7%s-%s-%s","trace_id":"0192%s-%s-7%s-%s-%s","parent_id":null,"op_name":"weave:///research/chat/op/predict:%s","started_at":"%s"}' % (
        H(4), H(4), H(3), H(4), H(12), H(4), H(4), H(3), H(4), H(12), A(43), TS())]


@neg("wandb_verify_checklist_output")
def _():
    return ["Default host selected:  https://%s" % HOST(),
            "Find detailed logs for this test at: /tmp/tmp%s/wandb" % L(8),
            "Checking if logged in...................................................\u2705",
            "Checking signed URL upload..............................................\u2705",
            "Checking ability to send large payloads through proxy..................\u2705",
            "Checking requests to base url...........................................\u2705",
            "Checking wandb package version is up to date............................\u2705"]


@neg("wandb_license_seats_expiry_banner")
def _():
    return ["W&B Server license: valid until %s (%d days)" % (TS()[:10], R.randint(5, 300)),
            "Seats: %d/%d used \u00b7 Teams: %d \u00b7 Storage: %d GB of unlimited" % (R.randint(10, 99), R.randint(100, 400), R.randint(1, 9), R.randint(100, 9000)),
            "License id: lic_%s \u00b7 Deployment id: %s" % (UUID(), UUID())]


@neg("wandb_operator_image_digests_status")
def _():
    return ["  status:",
            "    version: 0.%d.%d" % (R.randint(50, 70), R.randint(0, 9)),
            "    images:",
            "      app: wandb/local@sha256:%s" % H(64),
            "      weave-trace: wandb/weave-trace@sha256:%s" % H(64),
            "    observedGeneration: %d" % R.randint(1, 90)]


@neg("wandb_launch_queue_item_ids_table")
def _():
    def qid():
        return b64s("RunQueueItem:%d" % R.randint(10**5, 10**7))
    return ["QUEUE            ITEM ID                      STATE     RUN",
            "gpu-queue        %-28s CLAIMED   %s" % (qid(), L(8)),
            "gpu-queue        %-28s PENDING   -" % qid(),
            "cpu-default      %-28s LEASED    %s" % (qid(), L(8))]


@neg("wandb_env_indirections_and_substitutions")
def _():
    return ["GORILLA_OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET}",
            "LICENSE=$(cat /run/secrets/wandb-license)",
            "MYSQL=mysql://wandb:${MYSQL_PASSWORD}@%s:3306/wandb_local" % IP(),
            "BUCKET=s3://wandb-files-%s" % L(6)]


@neg("wandb_login_prompt_and_authorize_url")
def _():
    h = HOST()
    return ["wandb: Logging into %s. (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)" % h,
            "wandb: You can find your API key in your browser here: https://%s/authorize" % h,
            "wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:",
            "wandb: Appending key for %s to your netrc file: /home/%s/.netrc" % (h, R.choice(["ops", "ml", "alice"]))]


# ---------------- IDs, digests, hashes
@neg("git_describe_and_rev_parse_output")
def _():
    return ["$ git describe --tags --long", "v0.%d.%d-%d-g%s" % (R.randint(40, 70), R.randint(0, 9), R.randint(1, 40), H(7)),
            "$ git rev-parse HEAD HEAD~1", H(40), H(40)]


@neg("cargo_lock_checksum_entries")
def _():
    out = []
    for _ in range(2):
        out += ["[[package]]", 'name = "%s"' % R.choice(["tokio", "serde", "hyper", "rustls", "ring"]), 'version = "1.%d.%d"' % (R.randint(0, 40), R.randint(0, 9)),
                'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % H(64), ""]
    return out[:-1]


@neg("buildx_imagetools_inspect_manifest_digests")
def _():
    return ["Name:      registry.example.com/wandb/local:0.%d.0" % R.randint(40, 70),
            "MediaType: application/vnd.oci.image.index.v1+json",
            "Digest:    sha256:%s" % H(64),
            "",
            "Manifests:",
            "  Name:      registry.example.com/wandb/local:0.61.0@sha256:%s" % H(64),
            "  Platform:  linux/amd64"]


@neg("oci_ocid_resource_identifiers")
def _():
    return ["bucket: ocid1.bucket.oc1.eu-frankfurt-1.aaaaaaaa%s" % L(52),
            "compartment: ocid1.compartment.oc1..aaaaaaaa%s" % L(52),
            "namespace: %s" % L(12)]


@neg("azure_resource_ids_and_correlation_headers")
def _():
    return ["id: /subscriptions/%s/resourceGroups/rg-wandb/providers/Microsoft.Storage/storageAccounts/wandb%s" % (UUID(), L(8)),
            "x-ms-correlation-request-id: %s" % UUID(),
            "x-ms-routing-request-id: WESTEUROPE:%s:%s" % (TS()[:19].replace("-", "").replace(":", ""), UUID())]


@neg("gcp_long_running_operation_names")
def _():
    return ["Operation name: operation-%d-%s-%s-%s" % (R.randint(10**12, 10**13), H(13), H(8), H(8)),
            "selfLink: https://sqladmin.googleapis.com/v1/projects/ml-prod/operations/%s" % UUID(),
            "status: DONE"]


@neg("cloudtrail_event_and_request_ids")
def _():
    return ['{"eventID":"%s","requestID":"%s","eventName":"GetObject","sharedEventID":"%s","recipientAccountId":"%d","accessKeyId":"ASIA%s"}' % (UUID(), UP(16), UUID(), R.randint(10**11, 10**12 - 1), UP(16))]


@neg("valkey_cluster_shards_node_ids")
def _():
    return ["1) 1) \"slots\"", "   2) 1) (integer) 0", "      2) (integer) 5460", "   3) \"nodes\"",
            "   4) 1)  1) \"id\"", "          2) \"%s\"" % H(40), "          3) \"port\"", "          4) (integer) 6379",
            "          5) \"ip\"", "          6) \"%s\"" % IP(), "          7) \"replication-offset\"", "          8) (integer) %d" % R.randint(10**5, 10**9)]


@neg("mysql_show_binary_log_status_gtid")
def _():
    return ["+---------------+----------+--------------+------------------+------------------------------------------+",
            "| File          | Position | Binlog_Do_DB | Binlog_Ignore_DB | Executed_Gtid_Set                        |",
            "+---------------+----------+--------------+------------------+------------------------------------------+",
            "| binlog.%06d |      %d |              |                  | %s:1-%d |" % (R.randint(1, 999), R.randint(100, 99999), UUID(), R.randint(100, 99999)),
            "+---------------+----------+--------------+------------------+------------------------------------------+"]


@neg("webpack_content_hashed_asset_names")
def _():
    return ["GET /static/js/main.%s.js 200" % H(8),
            "GET /static/css/chunk-%s.%s.css 200" % (H(12), H(8)),
            "GET /static/media/inter-latin.%s.woff2 200" % H(20)]


@neg("pip_freeze_local_versions")
def _():
    return ["wandb==0.%d.%d" % (R.randint(15, 22), R.randint(0, 9)), "torch==2.%d.1+cu121" % R.randint(1, 5),
            "weave==0.%d.%d" % (R.randint(50, 60), R.randint(0, 9)), "mypkg @ file:///build/dist/mypkg-1.0.0+g%s-py3-none-any.whl" % H(7)]


@neg("java_object_identity_hashcodes")
def _():
    return ["%s INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting..." % TSS(),
            "%s INFO  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Added connection com.mysql.cj.jdbc.ConnectionImpl@%s" % (TSS(), H(8)),
            "%s DEBUG o.s.b.f.s.DefaultListableBeanFactory - Creating bean 'dataSource' @%s" % (TSS(), H(7))]


@neg("kafka_consumer_groups_describe_table")
def _():
    return ["GROUP           TOPIC        PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID                                         HOST",
            "wandb-flat-runs run-updates  0          %-15d %-15d 0    consumer-wandb-1-%s  /%s" % (R.randint(1000, 99999), R.randint(1000, 99999), UUID(), IP())]


@neg("clickhouse_query_ids_and_elapsed")
def _():
    return ["Query id: %s" % UUID(), "", "Ok.", "", "%d rows in set. Elapsed: 0.%03d sec. Processed %d.%02d thousand rows" % (R.randint(1, 900), R.randint(1, 999), R.randint(1, 900), R.randint(0, 99))]


@neg("s3_listobjectsv2_continuation_token")
def _():
    return ['{"IsTruncated": true, "KeyCount": 1000, "MaxKeys": 1000, "Name": "wandb-files", "Prefix": "runs/",',
            ' "NextContinuationToken": "1%s"}' % B64(66)]


@neg("http_csp_script_nonce_header")
def _():
    n = B64(16)
    return ["Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-%s'; object-src 'none'" % n,
            '<script nonce="%s" src="/static/js/app.js"></script>' % n]


@neg("dkim_signature_header_public")
def _():
    return ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s%d;" % R.randint(1, 9),
            "\th=from:to:subject:date:message-id; bh=%s;" % B64(32),
            "\tb=%s" % B64(96),
            "Message-ID: <%s@mail.example.com>" % UUID()]


@neg("smtp_ehlo_capabilities_and_auth_prompts")
def _():
    return ["250-smtp.example.com Hello [%s]" % IP(), "250-SIZE 35882577", "250-AUTH LOGIN PLAIN XOAUTH2", "250 STARTTLS",
            "334 VXNlcm5hbWU6", "*", "501 5.7.0 Authentication aborted"]


@neg("minisign_public_key_file")
def _():
    return ["untrusted comment: minisign public key %s" % UP(16), "RW" + B64(40)[:54]]


@neg("webauthn_credential_public_fields")
def _():
    return ['{"credentialId":"%s","publicKeyAlgorithm":-7,"transports":["usb","nfc"],"aaguid":"%s","signCount":%d}' % (B64U(48), UUID(), R.randint(0, 900))]


@neg("cloud_init_ssh_authorized_keys_block")
def _():
    return ["users:", "  - name: ops", "    ssh_authorized_keys:",
            "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@laptop" % B64(24)[:43],
            "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ci@runner" % B64(24)[:43]]


@neg("ca_certs_subject_hash_symlinks")
def _():
    return ["$ ls -l /etc/ssl/certs | head -4", "total 600",
            "lrwxrwxrwx 1 root root   23 Nov  3 10:11 %s.0 -> ISRG_Root_X1.pem" % H(8),
            "lrwxrwxrwx 1 root root   27 Nov  3 10:11 %s.0 -> corp-internal-ca.pem" % H(8)]


@neg("saml_authnrequest_id_relaystate")
def _():
    return ['<samlp:AuthnRequest ID="_%s" Version="2.0" IssueInstant="%s" AssertionConsumerServiceURL="https://%s/saml/acs">' % (H(40), TS(), HOST()),
            "RelayState=%s" % B64U(24)]


# ---------------- Settings about secrets, references, masked values
@neg("aws_secret_rotation_describe_fields")
def _():
    return ['{"Name": "wandb/rds", "RotationEnabled": true, "RotationRules": {"AutomaticallyAfterDays": %d},' % R.choice([30, 60, 90]),
            ' "LastRotatedDate": "%s", "VersionIdsToStages": {"%s": ["AWSCURRENT"], "%s": ["AWSPREVIOUS"]}}' % (TS(), UUID(), UUID())]


@neg("env_file_suffix_path_references")
def _():
    return ["MYSQL_PASSWORD_FILE=/run/secrets/mysql_password", "REDIS_PASSWORD_FILE=/run/secrets/redis_password",
            "LICENSE_FILE=/etc/wandb/license.jwt", "AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token"]


@neg("compose_top_level_secrets_file_refs")
def _():
    return ["secrets:", "  db_password:", "    file: ./secrets/db_password.txt", "  wandb_license:", "    environment: WANDB_LICENSE"]


@neg("systemd_loadcredential_path_directive")
def _():
    return ["[Service]", "LoadCredential=mysql-password:/etc/wandb/creds/mysql", "LoadCredentialEncrypted=license:/etc/wandb/creds/license.cred",
            "Environment=MYSQL_PASSWORD_PATH=%d/mysql-password"]


@neg("pulumi_stack_output_secret_markers")
def _():
    return ["Current stack outputs (%d):" % 4, "    OUTPUT          VALUE", "    bucketName      wandb-files-%s" % L(6), "    dbEndpoint      %s:3306" % IP(),
            "    dbPassword      [secret]", "    licenseKey      [secret]"]


@neg("ansible_no_log_censored_result")
def _():
    return ['ok: [%s] => {"censored": "the output has been hidden due to the fact that \'no_log: true\' was specified for this result", "changed": false}' % IP()]


@neg("argocd_diff_masked_plus_signs")
def _():
    return ["===== /Secret %s/wandb-mysql ======" % NS(), "data:", "-  password: '++++++++'", "+  password: '+++++++++++'", "   username: '++++++++'"]


@neg("gh_secret_list_names_only")
def _():
    return ["$ gh secret list -R example/wandb-deploy", "NAME                UPDATED",
            "WANDB_API_KEY       about %d days ago" % R.randint(2, 90), "MYSQL_PASSWORD      about %d months ago" % R.randint(2, 11), "REGISTRY_TOKEN      less than a minute ago"]


@neg("vault_kv_metadata_get_versions")
def _():
    return ["========== Metadata ==========", "Key                     Value", "---                     -----",
            "cas_required            false", "created_time            %s" % TS(), "current_version         %d" % R.randint(2, 30),
            "max_versions            0", "delete_version_after    0s"]


@neg("datadog_status_api_key_ending_masked")
def _():
    return ["  API Keys status", "  ===============", "    API key ending with %s: API Key valid" % H(5), "  Hostname: %s" % HOST()]


@neg("gitlab_ci_predefined_vars_masked_job_token")
def _():
    return ["CI_JOB_ID=%d" % R.randint(10**6, 10**9), "CI_COMMIT_SHA=%s" % H(40), "CI_PIPELINE_IID=%d" % R.randint(1, 9999), "CI_JOB_TOKEN=[MASKED]", "CI_REGISTRY_PASSWORD=[MASKED]"]


@neg("prometheus_rule_secret_expiry_expr")
def _():
    return ["- alert: WandbLicenseExpiringSoon", "  expr: (wandb_license_expiry_timestamp_seconds - time()) < 86400 * %d" % R.choice([7, 14, 30]),
            "  labels: {severity: warning}", "  annotations: {summary: \"license or secret rotation due\"}"]


@neg("otel_resource_attributes_instance_ids")
def _():
    return ["OTEL_RESOURCE_ATTRIBUTES=service.name=gorilla,service.instance.id=%s,k8s.pod.uid=%s,deployment.environment=prod" % (UUID(), UUID())]


@neg("entra_user_password_policy_fields")
def _():
    return ["PasswordPolicies            : DisablePasswordExpiration", "PasswordProfile             : Microsoft.Graph.PowerShell.Models.MicrosoftGraphPasswordProfile",
            "ForceChangePasswordNextSignIn : False", "LastPasswordChangeDateTime  : %s" % TS()]


@neg("env_example_template_placeholders")
def _():
    return ["# copy to .env and fill in", "MYSQL_PASSWORD=", "BUCKET_SECRET_KEY=your-secret-key-here", "WANDB_API_KEY=<paste-your-key>", "REDIS_PASSWORD=changeit"]


@neg("i18n_strings_with_password_keys")
def _():
    return ['login.password.label = "Passwort"', 'login.password.placeholder = "Passwort eingeben"', 'login.api_key.help = "Ihren API-Schlüssel finden Sie unter Einstellungen"',
            'settings.token.expired = "Das Token ist abgelaufen"']


@neg("totp_settings_without_seed")
def _():
    return ["mfa:", '  issuer: "W&B Server"', "  digits: 6", "  period: 30", "  algorithm: SHA1", "  recovery_codes: %d" % R.choice([8, 10])]


@neg("commit_messages_about_secret_handling")
def _():
    return ["%s fix(redis): read password from REDIS_PASSWORD_FILE instead of env" % H(7),
            "%s chore: rotate bucket access key reference to wandb-bucket-v%d" % (H(7), R.randint(2, 9)),
            "%s docs: explain LICENSE secret mount" % H(7)]


@neg("kubeseal_fetch_cert_public_pem")
def _():
    return ["$ kubeseal --fetch-cert --controller-namespace kube-system", "-----BEGIN CERTIFICATE-----",
            "MIIEzDCCArSgAwIBAgIQ" + B64(33)] + [B64(48) for _ in range(2)] + ["-----END CERTIFICATE-----"]


@neg("projected_token_audience_expiry_settings")
def _():
    return ["      - serviceAccountToken:", "          audience: vault", "          expirationSeconds: %d" % R.choice([600, 3607, 7200]), "          path: token"]


@neg("external_secret_sync_status_conditions")
def _():
    return ["status:", "  binding:", "    name: wandb-mysql", "  conditions:", "  - lastTransitionTime: \"%sZ\"" % TS()[:19], "    message: Secret was synced",
            "    reason: SecretSynced", "    status: \"True\"", "    type: Ready", "  refreshTime: \"%sZ\"" % TS()[:19], "  syncedResourceVersion: 1-%s" % H(32)]


# =================================================================
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    names = set()
    posrecs, negrecs = [], []
    for name, new, f in POS:
        assert name not in names, name
        names.add(name)
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = f()
                if check(lines, secrets):
                    break
            else:
                raise SystemExit("cannot draw %s" % name)
            posrecs.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, f in NEG:
        assert name not in names, name
        names.add(name)
        for _ in range(5):
            negrecs.append({"shape": name, "lines": f()})
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in posrecs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in negrecs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nsec = sum(len(r["secrets"]) for r in posrecs)
    nnew = sum(1 for _, n, _ in POS if n)
    print("positive shapes %d (new %d = %.1f%%), records %d, secrets %d; negative shapes %d, records %d" % (
        len(POS), nnew, 100.0 * nnew / len(POS), len(posrecs), nsec, len(NEG), len(negrecs)))


if __name__ == "__main__":
    main()
