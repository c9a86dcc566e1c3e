#!/usr/bin/env python3
"""holdout11 generator: sealed held-out set for the wbdiag secret redactor.

Python 3 stdlib only. Fixed seed. Writes positives.jsonl and negatives.jsonl
byte for byte: same seed, same draw order, json.dumps(ensure_ascii=False), \\n.
"""
import base64, hashlib, json, random, string, urllib.parse

SEED = 1111_2026
R = random.Random(SEED)

AL = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"

def rs(n, al=AL):
    return "".join(R.choice(al) for _ in range(n))
def hx(n): return rs(n, HEX)
def HX(n): return rs(n, "0123456789ABCDEF")
def up(n): return rs(n, string.ascii_uppercase + string.digits)
def lo(n): return rs(n, string.ascii_lowercase + string.digits)
def b64(n): return rs(n, B64)
def b64u(n): return rs(n, B64U)
def uuid4():
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"
def pw(n=None, special="@#:;=!%&*"):
    """password with at least one special, starts/ends alnum"""
    n = n or R.randint(14, 22)
    core = [R.choice(AL) for _ in range(n)]
    for _ in range(R.randint(1, 3)):
        core[R.randint(1, n - 2)] = R.choice(special)
    return "".join(core)
def apw(n=None):  # alnum-only password
    return rs(n or R.randint(16, 26))
def ip(): return f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(2,254)}"
def pick(*a): return R.choice(a)
def ts():
    return f"2026-{R.randint(1,11):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"
def tsz(): return ts() + f".{R.randint(0,999999):06d}Z"
def tsm(): return ts() + f".{R.randint(0,999):03d}Z"
def cri(stream="stdout"): return f"{ts()}.{R.randint(0,999999999):09d}Z {stream} F "
def dts(): return ts() + f".{R.randint(0,999999999):09d}Z "
def nginx_t():
    return f"{R.randint(1,28):02d}/{pick('Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov')}/2026:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} +0000"
def host(): return pick("wandb.example.com", "wb.corp.example.net", "ml.example.org", "wandb.internal.example.io")
def user(): return pick("wandb", "wbadmin", "svc-wandb", "mlops", "ops", "platform")
def team(): return pick("ml-research", "vision", "nlp-core", "platform", "ranking")
def pct(s): return urllib.parse.quote(s, safe="")
def akid(pref="AKIA"): return pref + up(16)
def aws_secret(): return b64(40)
def wkey(): return hx(40)
def slack_tail(): return rs(24)
def b64e(b): return base64.b64encode(b if isinstance(b, bytes) else b.encode()).decode()
def b64ue(b): return base64.urlsafe_b64encode(b if isinstance(b, bytes) else b.encode()).decode().rstrip("=")

def jwt(payload, sig_len=342):
    h = b64ue(json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")))
    p = b64ue(json.dumps(payload, separators=(",", ":")))
    s = b64u(sig_len)
    return f"{h}.{p}.{s}", s

def license_jwt():
    return jwt({"iss": "wandb", "sub": uuid4(), "exp": R.randint(1790000000, 1890000000),
                "seats": R.randint(10, 900), "flags": ["SCIM", "RBAC"]})

def basic(userpart, secret):
    """base64 of user:secret, len(user:) multiple of 3. returns (b64, listed suffix)"""
    pre = userpart + ":"
    assert len(pre) % 3 == 0, pre
    enc = b64e(pre + secret)
    return enc, enc[len(pre) * 4 // 3:].rstrip("=")

def b64_doc(doc_before, secret, doc_after):
    """base64 of a document holding a secret; lists the chars that encode the 3-byte
    groups lying wholly inside the secret (no padding is added to the document)"""
    full = doc_before + secret + doc_after
    return b64_inner(full, len(doc_before.encode()), len(secret.encode()))

def b64_inner(text, off, length):
    """base64 of text; the chars that encode 3-byte groups lying wholly inside [off, off+length)"""
    enc = b64e(text)
    a = (off + 2) // 3
    b = (off + length) // 3
    return enc, enc[a * 4:b * 4]

def pem_body(nlines=4):
    ls = [b64(64) for _ in range(nlines)]
    ls.append(b64(R.randint(5, 14) * 4 - 2) + "==")
    return ls

POS = []  # (name, func, new)
NEG = []
JSONL = set()  # shapes whose lines starting with '{' must parse as JSON

def P(name, new=True, js=False):
    def d(f):
        POS.append((name, f, new))
        if js: JSONL.add(name)
        return f
    return d

def N(name, js=False):
    def d(f):
        NEG.append((name, f))
        if js: JSONL.add(name)
        return f
    return d

def J(o): return json.dumps(o, separators=(",", ":"), ensure_ascii=False)
def Js(o): return json.dumps(o, ensure_ascii=False)

# ───────────────────────── positives: W&B containers ─────────────────────────

@P("gorilla_zap_msg_escaped_team_secret_insert_vars", js=True)
def _():
    v = pw()
    vars_ = J({"entityName": team(), "secretName": pick("OPENAI_API_KEY", "HF_TOKEN", "WEBHOOK_HMAC"), "secretValue": v})
    line = J({"level": "debug", "ts": tsz(), "caller": "graphql/resolver.go:%d" % R.randint(80, 900),
              "msg": "graphql operation", "operationName": "InsertSecret",
              "variables": vars_, "request_id": hx(16)})
    return [cri("stderr") + line], [v]

@P("gorilla_logrus_text_generic_webhook_access_token")
def _():
    t = rs(40)
    return [f'time="{ts()}Z" level=info msg="webhook delivery" integration=generic url="https://hooks.example.net/wb" '
            f'headers="map[Authorization:[Bearer {t}] Content-Type:[application/json]]" status=200'], [t]

@P("gorilla_startup_config_dump_bucket_query_secret", new=False)
def _():
    a, s = akid(), aws_secret()
    sp = pct(s)
    return [f"{dts()}INFO  config loaded",
            f"{dts()}INFO    bucket: s3://{a}:{sp}@wandb-artifacts-{lo(5)}?region=us-east-1&tls=true",
            f"{dts()}INFO    queue: internal://"], [sp]

@P("gorilla_redis_dial_error_wrapped_url_quoted")
def _():
    p = pw(special="@#:;!")
    e = pct(p)
    return [cri("stderr") + J({"level": "error", "ts": tsz(), "msg": "redis ping failed",
            "error": f'dial tcp {ip()}:6380: i/o timeout (addr "redis://:{e}@wandb-redis-master:6380/0?tls=true")'})], [e]

@P("gorilla_oidc_client_secret_config_struct_go_fmt")
def _():
    s = rs(40, AL + "~._-")
    while not (s[0].isalnum() and s[-1].isalnum()): s = rs(40, AL + "~._-")
    return [f"{dts()}DEBUG auth: oidc provider &{{Issuer:https://login.example.com/{uuid4()}/v2.0 ClientID:{uuid4()} "
            f"ClientSecret:{s} AuthMethod:pkce Scopes:[openid profile email]}}"], [s]

@P("gorilla_smtp_sender_logrus_fields_password_field")
def _():
    p = pw(special="#;=!")
    return [f'time="{ts()}Z" level=debug msg="configuring mailer" smtp_host=smtp.example.com smtp_port=587 '
            f'smtp_user=wandb-notify smtp_password="{p}" from="W&B <no-reply@example.com>"'], [p]

@P("wandb_local_entrypoint_set_x_trace_export_license", new=False)
def _():
    tok, sig = license_jwt()
    return ["+ '[' -n '' ']'", f"+ export LICENSE={tok}", f"+ LICENSE={tok}", "+ exec /usr/bin/supervisord -c /etc/supervisord.conf"], [sig]

@P("wandb_local_mysql_embedded_error_log_temp_root_password")
def _():
    p = rs(12, AL + "#%&*;:<>?")
    while not p[0].isalnum(): p = rs(12, AL + "#%&*;:<>?")
    return [f"{tsz()} 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: {p}"], [p]

@P("wandb_local_minio_embedded_env_file_in_vol")
def _():
    p = apw(32)
    return ["$ docker exec wandb-local cat /vol/minio/.env",
            "MINIO_ROOT_USER=wandb-local", f"MINIO_ROOT_PASSWORD={p}", "MINIO_BROWSER=off"], [p]

@P("weave_trace_server_clickhouse_settings_repr_python")
def _():
    p = pw(special="@#!%")
    return [f"{ts()},{R.randint(100,999)} INFO weave.trace_server.clickhouse_trace_server_batched: "
            f"ClickHouse settings ClickHouseSettings(host='clickhouse.weave.svc', port=8123, user='weave', "
            f"password={p!r}, database='weave_trace_db', secure=False)"], [p]

@P("weave_worker_openai_exception_body_masked_partially", new=False)
def _():
    k = rs(156, AL + "-_")
    return [f"{ts()} ERROR weave.scorers: openai.AuthenticationError: Error code: 401 - "
            f"{{'error': {{'message': 'Incorrect API key provided: sk-proj-{k}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error'}}}}"], [k]

@P("wandb_frontend_console_nginx_env_subst_envsubst_output")
def _():
    k = wkey()
    return ["/docker-entrypoint.d/20-envsubst-on-templates.sh: Running envsubst on /etc/nginx/templates/default.conf.template",
            f'    proxy_set_header X-Wandb-Api-Key "local-{k}";'], [k]

@P("wandb_console_admin_api_response_service_account_key")
def _():
    k = wkey()
    return ['< HTTP/1.1 200 OK', '< content-type: application/json',
            J({"data": {"createServiceAccount": {"user": {"id": b64e("User:%d" % R.randint(100, 9999)), "name": "ci-bot",
              "apiKeys": {"edges": [{"node": {"name": hx(8), "description": "ci", "key": "local-" + k}}]}}}}})], [k]

@P("wandb_sdk_debug_internal_netrc_overlay_api_key_upsert")
def _():
    k = wkey()
    enc, part = b64_inner("api:local-" + k, 10, 40)
    return [f"{ts()},{R.randint(100,999)} DEBUG   HandlerThread:{R.randint(1000,9999)} [internal_api.py:upsert_run()]: headers {{'User-Agent': 'W&B Internal Client 0.19.1', "
            f"'X-WANDB-USERNAME': 'alice', 'Authorization': 'Basic {enc}'}}"], [part]

@P("wandb_operator_reconcile_log_rendered_values_yaml_escaped", js=True)
def _():
    p = pw(special="#!%&")
    msg = f"rendered values:\nglobal:\n  mysql:\n    host: wandb-mysql\n    password: \"{p}\"\n  bucket:\n    provider: s3\n"
    return [J({"level": "debug", "ts": R.randint(1790000000, 1799999999) + 0.5, "logger": "controllers.WeightsAndBiases",
               "msg": msg, "name": "wandb", "namespace": "default", "reconcileID": uuid4()})], [p]

@P("wandb_operator_values_sso_oidc_secret_block_scalar", new=False)
def _():
    s = rs(40, AL + "~")
    return ["spec:", "  values:", "    global:", "      auth:", "        oidc:", "          clientId: " + uuid4(),
            "          secret: >-", f"            {s}", "          authMethod: implicit", f"          issuer: https://login.example.com/{uuid4()}/v2.0"], [s]

@P("helm_get_values_wandb_all_computed_slack_secret", new=False)
def _():
    s, sig = hx(32), hx(32)
    return ["$ helm get values wandb -n wandb --all | grep -A4 slack", "  slack:", f"    clientId: \"{R.randint(10**11,10**12)}.{R.randint(10**12,10**13)}\"",
            f"    secret: {s}", f"    signingSecret: {sig}"], [s, sig]

@P("wandb_local_docker_inspect_config_env_jq_compact", js=True)
def _():
    p, tok = pw(special="#!%"), None
    tok, sig = license_jwt()
    arr = ["HOST=https://" + host(), f"MYSQL=mysql://wandb:{pct(p)}@db.example.internal:3306/wandb_local", f"LICENSE={tok}", "PATH=/usr/local/sbin:/usr/bin"]
    return ["$ docker inspect wandb-local | jq -c '.[0].Config.Env'", J(arr)], [pct(p), sig]

@P("gorilla_pprof_goroutine_dump_cmdline_flag")
def _():
    p = apw(22)
    return ["goroutine profile: total 212", "/usr/local/bin/local", f"  cmdline: /usr/local/bin/local serve --mysql-password={p} --port=8080"], [p]

@P("wandb_sdk_wandb_settings_env_json_debug_core_log", js=True)
def _():
    k = wkey()
    return [J({"time": tsz(), "level": "DEBUG", "msg": "settings", "env": {"WANDB_BASE_URL": "https://" + host(), "WANDB_API_KEY": "local-" + k, "WANDB_PROJECT": team()}})], [k]

@P("wandb_launch_agent_sagemaker_role_kwargs_session_token")
def _():
    t = "IQoJb3JpZ2luX2Vj" + b64(300)
    s = aws_secret()
    return [f"{ts()} launch_agent DEBUG boto3 session kwargs: aws_access_key_id={akid('ASIA')} aws_secret_access_key={s}",
            f"{ts()} launch_agent DEBUG   aws_session_token={t}"], [s, t[16:]]

@P("gorilla_bucket_probe_azure_shared_key_header_log")
def _():
    sig = b64(43) + "="
    return [f'{dts()}level=debug msg="azure request" method=PUT url="https://wandbstore{lo(4)}.blob.core.windows.net/wandb/.wandb-check" '
            f'header.authorization="SharedKey wandbstore:{sig}" header.x-ms-version=2021-08-06'], [sig.rstrip("=")]

# ───────────────────────── positives: MySQL ─────────────────────────

@P("mysql_show_create_user_native_hash_vertical", new=False)
def _():
    h = HX(40)
    return ["mysql> SHOW CREATE USER 'wandb_local'@'%'\\G", "*************************** 1. row ***************************",
            f"CREATE USER for wandb_local@%: CREATE USER `wandb_local`@`%` IDENTIFIED WITH 'mysql_native_password' AS '*{h}' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK"], [h]

@P("mysql_performance_schema_events_statements_history_sql_text")
def _():
    p = pw(special="#!%&")
    return ["mysql> SELECT THREAD_ID, LEFT(SQL_TEXT,120) FROM performance_schema.events_statements_history WHERE SQL_TEXT LIKE 'CREATE USER%';",
            "+-----------+--------------------------------------------------------------+",
            f"|       {R.randint(40,99)} | CREATE USER 'weave_ro'@'%' IDENTIFIED BY '{p}'          |",
            "+-----------+--------------------------------------------------------------+"], [p]

@P("mysql_processlist_info_column_alter_user_running")
def _():
    p = apw(20)
    return ["| Id  | User | Host           | db   | Command | Time | State    | Info |",
            f"| {R.randint(100,999)} | root | {ip()}:{R.randint(30000,60000)} | NULL | Query   |    0 | starting | ALTER USER 'wandb'@'%' IDENTIFIED BY '{p}' |"], [p]

@P("mysql_audit_log_json_plugin_query_identified_by", js=True)
def _():
    p = pw(special="#!;")
    return [Js({"timestamp": ts().replace("T", " "), "id": 0, "class": "general", "event": "status", "connection_id": R.randint(10, 900),
                "account": {"user": "root", "host": "localhost"}, "login": {"user": "root", "os": "", "ip": ip(), "proxy": ""},
                "general_data": {"command": "Query", "sql_command": "grant", "query": f"GRANT ALL ON wandb_local.* TO 'wandb'@'%' IDENTIFIED BY '{p}'", "status": 0}}) + ","], [p]

@P("mysqld_exporter_my_cnf_configmap_mount_as_collected")
def _():
    p = pw(special="#;!")
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: mysqld-exporter-cnf", "type: Opaque", "stringData:", "  .my.cnf: |",
            "    [client]", "    user = exporter", f"    password = \"{p}\"", "    host = wandb-mysql"], [p]

@P("mysql_innodb_cluster_router_keyring_bootstrap_log", new=False)
def _():
    p = apw(24)
    return [f"{ts()} main INFO [{hx(12)}] Executing: mysqlrouter --bootstrap clusteradmin@mysql-0:3306 --account=router_wb",
            f"{ts()} main DEBUG [{hx(12)}] Creating account router_wb@'%' with password '{p}'"], [p]

@P("mariadb_docker_entrypoint_generated_root_password")
def _():
    p = rs(32, AL + "-_;:,.<>")
    while not p[0].isalnum(): p = rs(32, AL + "-_;:,.<>")
    return [f"{dts()}{ts()}+00:00 [Note] [Entrypoint]: Database files initialized",
            f"{dts()}{ts()}+00:00 [Note] [Entrypoint]: GENERATED ROOT PASSWORD: {p}"], [p]

@P("aurora_secretsmanager_rotation_lambda_log_pending_secret", new=False, js=True)
def _():
    p = apw(30)
    return [f"{tsz()}\t{uuid4()}\t[INFO]\tsetSecret: pending version for arn:aws:secretsmanager:us-east-1:{R.randint(10**11,10**12-1)}:secret:wandb-mysql-{rs(6)}",
            J({"engine": "mysql", "host": "wandb.cluster-" + lo(12) + ".us-east-1.rds.amazonaws.com", "username": "wandb", "password": p, "dbname": "wandb_local"})], [p]

@P("mysql_percona_operator_cr_secrets_stringdata_users")
def _():
    a, b, c = apw(20), apw(20), pw(special="#!%")
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: cluster1-secrets", "stringData:",
            f"  root: {a}", f"  xtrabackup: {b}", f"  monitor: '{c}'", "  operator: ''"], [a, b, c]

@P("mysql_xtrabackup_cron_stream_command_line", new=False)
def _():
    p = apw(18)
    return [f"CRON[{R.randint(1000,9999)}]: (root) CMD (xtrabackup --backup --user=bkp --password={p} --stream=xbstream | gzip > /backup/wb.xb.gz)"], [p]

@P("mysql_mysqld_auto_cnf_and_keyring_file_data_hex")
def _():
    k = hx(64)
    return ["$ kubectl exec wandb-mysql-0 -- cat /var/lib/mysql-keyring/component_keyring_file", J({"version": "1.0", "elements": [{"user": "", "data_id": "INNODBKey-" + uuid4() + "-1", "data_type": "AES", "data": k, "extension": []}]})], [k]

# ───────────────────────── positives: Redis ─────────────────────────

@P("redis_bitnami_container_env_password_printed_by_libredis")
def _():
    p = apw(24)
    return [f"{cri()}redis {R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)}.{R.randint(10,99)} DEBUG ==> REDIS_PASSWORD={p}",
            f"{cri()}redis {R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)}.{R.randint(10,99)} INFO  ==> Configuring replication mode"], [p]

@P("redis_slowlog_get_auth_argument_reply")
def _():
    p = apw(22)
    return ["127.0.0.1:6379> SLOWLOG GET 1", f"1) 1) (integer) {R.randint(10,999)}", f"   2) (integer) {R.randint(1790000000,1799999999)}", "   3) (integer) 10412",
            "   4) 1) \"AUTH\"", "      2) \"default\"", f"      3) \"{p}\"", f"   5) \"{ip()}:{R.randint(30000,60000)}\"", "   6) \"gorilla\""], [p]

@P("redis_elasticache_create_user_passwords_flag_cli", new=False)
def _():
    p = apw(32)
    return [f"$ aws elasticache create-user --user-id wandb-app --user-name wandb --engine redis --passwords \"{p}\" --access-string \"on ~* +@all\""], [p]

@P("redis_memorystore_auth_string_terraform_state_json", new=False, js=True)
def _():
    a = uuid4()
    return ['      "attributes": {', f'        "auth_string": "{a}",', '        "auth_enabled": true,', '        "name": "wandb-cache"'], [a]

@P("redis_helm_bitnami_values_auth_password_quoted_hash")
def _():
    p = pw(special="#:!")
    return ["redis:", "  architecture: standalone", "  auth:", "    enabled: true", f"    password: \"{p}\"  # rotate quarterly"], [p]

@P("redis_stunnel_conf_psk_secrets_file")
def _():
    k = rs(40)
    return ["$ cat /etc/stunnel/psk.txt", f"gorilla:{k}"], [k]

# ───────────────────────── positives: object stores ─────────────────────────

@P("s3_presigned_get_url_gorilla_redirect_location_header")
def _():
    sig = hx(64); tok = "IQoJb3JpZ2luX2Vj" + b64(280)
    ptok = pct(tok)
    return ["< HTTP/1.1 302 Found",
            f"< Location: https://wandb-{lo(6)}.s3.us-west-2.amazonaws.com/wandb-artifacts/{hx(32)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={akid('ASIA')}%2F20260301%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20260301T101010Z&X-Amz-Expires=3600&X-Amz-Security-Token={ptok}&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}"],\
           [ptok[len(pct("IQoJb3JpZ2luX2Vj")):], sig]

@P("gcs_v4_signed_url_in_nginx_access_log_request", new=False)
def _():
    sig = hx(512)
    return [f'{ip()} - - [{nginx_t()}] "GET /wandb-bucket/wandb_artifacts/{R.randint(10,99)}/{hx(32)}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%40proj-{lo(6)}.iam.gserviceaccount.com%2F20260301%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20260301T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={sig} HTTP/1.1" 200 {R.randint(1000,99999)} "-" "python-requests/2.31.0"'], [sig]

@P("azure_blob_sas_in_gorilla_json_escaped_url", js=True)
def _():
    sig = b64(43) + "="
    ps = pct(sig)
    u = f"https://wbstore{lo(5)}.blob.core.windows.net/wandb/media/{hx(16)}.png?sv=2022-11-02&se=2026-03-02T00%3A00%3A00Z&sr=b&sp=r&sig={ps}"
    return [J({"level": "info", "ts": tsz(), "msg": "signed", "body": J({"url": u, "expires": 3600})})], [ps[:-3]]

@P("minio_mc_admin_user_add_history_line")
def _():
    p = pw(special="#!%")
    return [f" {R.randint(100,999)}  mc admin user add wbminio wandb-svc '{p}'", f" {R.randint(100,999)}  mc admin policy attach wbminio readwrite --user wandb-svc"], [p]

@P("minio_trace_verbose_authorization_v4_signature_header")
def _():
    sig = hx(64)
    return [f"{ts()} [REQUEST s3.PutObject] [{hx(16)}] [Client IP: {ip()}]", f"{ts()} PUT /wandb/.wandb-bucket-check",
            f"{ts()} Authorization: AWS4-HMAC-SHA256 Credential=wandb-local/20260301/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={sig}"], [sig]

@P("minio_operator_tenant_env_configuration_secret_config_env")
def _():
    p = apw(32)
    enc, part = b64_doc("export MINIO_ROOT_USER=\"minio\"\nexport MINIO_ROOT_PASSWORD=\"", p, "\"\n")
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: wandb-minio-env-configuration", "data:", f"  config.env: {enc}"], [part]

@P("s3_probe_aws_cli_debug_botocore_credentials_resolved_repr", new=False)
def _():
    s = aws_secret()
    return [f"{ts()},{R.randint(100,999)} - MainThread - botocore.credentials - DEBUG - Credentials(access_key='{akid()}', secret_key='{s}', token=None, method='env')"], [s]

@P("azure_storage_connection_string_in_helm_set_file_history")
def _():
    k = b64(86) + "=="
    return [f"$ helm upgrade wandb wandb/operator-wandb --set global.bucket.provider=az --set-string 'global.bucket.connectionString=DefaultEndpointsProtocol=https;AccountName=wbstore;AccountKey={k};EndpointSuffix=core.windows.net'"], [k.rstrip("=")]

@P("s3_cors_probe_curl_v_x_amz_security_token_header", new=False)
def _():
    tok = "IQoJb3JpZ2luX2Vj" + b64(300)
    return ["> PUT /wandb-artifacts/.probe HTTP/1.1", "> Host: wandb-artifacts.s3.amazonaws.com", f"> x-amz-security-token: {tok}", "> x-amz-date: 20260301T101010Z"], [tok[16:]]

@P("s3_sdk_go_v2_retry_error_url_with_sts_token_query")
def _():
    tok = "IQoJb3JpZ2luX2Vj" + b64(260); p = pct(tok)
    sig = hx(64)
    return [f'{dts()}level=warning msg="retrying" err="operation error S3: GetObject, https response error StatusCode: 403, RequestID: {up(16)}, '
            f'url: https://s3.amazonaws.com/wb/x?X-Amz-Security-Token={p}&X-Amz-Signature={sig}"'], [p[len(pct('IQoJb3JpZ2luX2Vj')):], sig]

# ───────────────────────── positives: Kubernetes objects ─────────────────────────

@P("k8s_pod_json_env_value_license_jwt_kubectl_get_o_json", js=True)
def _():
    tok, sig = license_jwt()
    return ['          "env": [', '            {', '              "name": "LICENSE",', f'              "value": "{tok}"', '            },'], [sig]

@P("k8s_secret_data_base64_mysql_url_collected", new=False)
def _():
    p = apw(24)
    pre = "mysql://wandb:"
    enc, part = b64_doc(pre, p, "@wandb-mysql:3306/wandb_local")
    return ["apiVersion: v1", "data:", f"  MYSQL: {enc}", "kind: Secret", "metadata:", "  name: wandb-mysql-connection"], [part]

@P("k8s_events_failed_mount_message_with_dsn")
def _():
    p = apw(20)
    return ["LAST SEEN   TYPE      REASON             OBJECT               MESSAGE",
            f"2m          Warning   BackOff            pod/wandb-app-{lo(10)}   Back-off restarting failed container: init \"migrate\" args [--dsn mysql://wandb:{p}@db:3306/wandb_local]"], [p]

@P("k8s_configmap_nginx_conf_auth_basic_proxy_header")
def _():
    p = apw(20)
    enc, part = basic("wandb", p)
    return ["data:", "  nginx.conf: |", "    location /console/ {", f"      proxy_set_header Authorization \"Basic {enc}\";", "      proxy_pass http://wandb-console:8082;", "    }"], [part]

@P("k8s_cronjob_args_mysqldump_password_in_container_spec", new=False)
def _():
    p = pw(special="#!%")
    return ["          containers:", "          - name: backup", "            image: mysql:8.0", "            command: [\"sh\", \"-c\"]",
            f"            args: [\"mysqldump -h wandb-mysql -u root -p'{p}' wandb_local | gzip > /backup/$(date +%F).sql.gz\"]"], [p]

@P("k8s_secret_stringdata_literal_block_rsa_key_for_tls", new=False)
def _():
    body = pem_body(3)
    return ["stringData:", "  tls.key: |", "    -----BEGIN RSA PRIVATE KEY-----"] + ["    " + b for b in body] + ["    -----END RSA PRIVATE KEY-----"], [b.rstrip("=") for b in body]

@P("k8s_ephemeral_debug_container_env_snapshot_kubectl_debug")
def _():
    p = apw(22)
    return [f"$ kubectl debug -it wandb-app-{lo(10)} --image=busybox --env=REDIS_PASSWORD={p} --target=wandb", "Defaulting debug container name to debugger-xk2f9."], [p]

@P("operator_wandb_spec_values_weave_clickhouse_password_nested")
def _():
    p = pw(special="#!%")
    return ["spec:", "  values:", "    weave-trace:", "      install: true", "      clickhouse:", "        host: clickhouse.weave.svc", "        user: weave", f"        password: '{p}'"], [p]

@P("k8s_job_logs_init_container_db_init_echo")
def _():
    p = apw(24)
    return [f"{cri()}[init-db] creating database wandb_local", f"{cri()}[init-db] mysql -h wandb-mysql -uroot --password={p} -e 'CREATE DATABASE IF NOT EXISTS wandb_local'"], [p]

@P("k8s_sealed_secret_controller_debug_unsealed_value")
def _():
    p = apw(22)
    return [f"{ts()}Z controller: DEBUG unsealed wandb/wandb-smtp key=SMTP_PASSWORD value={p}"], [p]

@P("k8s_pod_annotation_vault_agent_inject_template_literal", new=False)
def _():
    p = apw(24)
    return ["  annotations:", "    vault.hashicorp.com/agent-inject: \"true\"",
            "    vault.hashicorp.com/agent-inject-template-db: |", "      {{- with secret \"database/creds/wandb\" -}}",
            f"      mysql://wandb:{p}@wandb-mysql:3306/wandb_local", "      {{- end }}"], [p]

# ───────────────────────── positives: load balancer / nginx / TLS ─────────────────────────

@P("nginx_access_log_combined_graphql_get_api_key_param")
def _():
    k = wkey()
    return [f'{ip()} - - [{nginx_t()}] "GET /graphql?query=%7Bviewer%7Bid%7D%7D&api_key=local-{k} HTTP/1.1" 200 112 "-" "curl/8.5.0" {R.random():.3f}'], [k]

@P("nginx_ingress_controller_log_upstream_basic_userinfo_referer")
def _():
    p = apw(18)
    return [f'{ip()} - - [{nginx_t()}] "GET /files/{team()}/x HTTP/2.0" 302 0 "https://admin:{p}@{host()}/console/settings" "Mozilla/5.0" 512 0.004 [wandb-wandb-app-8080] [] {ip()}:8080 0 0.004 302 {hx(32)}'], [p]

@P("aws_alb_access_log_query_string_token_param", new=False)
def _():
    t = b64u(43)
    return [f'h2 {ts()}.{R.randint(100000,999999)}Z app/wandb-alb/{hx(16)} {ip()}:{R.randint(30000,60000)} {ip()}:8080 0.001 0.020 0.000 200 200 512 2048 "GET https://{host()}:443/oidc/callback?code=x&access_token={t}&state={hx(16)} HTTP/2.0" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/wandb/{hx(16)} "Root=1-{hx(8)}-{hx(24)}"'], [t]

@P("envoy_access_log_json_request_headers_cookie_session", new=False, js=True)
def _():
    c = b64u(64)
    return [J({"start_time": tsm(), "method": "GET", "path": "/api/viewer", "response_code": 200, "req_headers": {"cookie": f"wandb_session={c}; _ga=GA1.1.{R.randint(10**8,10**9)}"}, "upstream_host": ip() + ":8080"})], [c]

@P("traefik_dynamic_file_middleware_basicauth_plain_users")
def _():
    p = pw(special="#!%&")
    return ["http:", "  middlewares:", "    wandb-auth:", "      headers:", "        customRequestHeaders:", f"          X-Forwarded-Api-Key: \"{p}\""], [p]

@P("nginx_error_log_upstream_sent_invalid_header_with_query_secret")
def _():
    sig = hx(64)
    return [f'{ts().replace("-","/").replace("T"," ")} [error] 31#31: *{R.randint(1000,99999)} upstream prematurely closed connection while reading response header from upstream, client: {ip()}, server: {host()}, request: "GET /minio/wandb/x.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=wandb%2F20260301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature={sig} HTTP/1.1", upstream: "http://127.0.0.1:9000/wandb/x.bin"'], [sig]

@P("f5_bigip_ltm_monitor_send_string_basic")
def _():
    p = apw(16)
    enc, part = basic("monit", p)
    return ["ltm monitor http wandb_health {", f"    send \"GET /healthz HTTP/1.1\\r\\nHost: {host()}\\r\\nAuthorization: Basic {enc}\\r\\n\\r\\n\"", "    recv \"200 OK\"", "}"], [part]

@P("openssl_s_client_keylog_sslkeylogfile_master_secret")
def _():
    cr, ms = hx(64), hx(96)
    return ["$ SSLKEYLOGFILE=/tmp/keys.log openssl s_client -connect " + host() + ":443 </dev/null; cat /tmp/keys.log", f"CLIENT_TRAFFIC_SECRET_0 {cr} {ms}"], [ms]

@P("nginx_map_block_api_key_allowlist_literals")
def _():
    a, b = wkey(), wkey()
    return ["map $http_x_api_key $api_client_name {", "    default \"\";", f"    \"local-{a}\" \"ci-runner\";", f"    \"local-{b}\" \"airflow\";", "}"], [a, b]

@P("gcp_lb_backend_logs_jsonpayload_request_url_sig", js=True)
def _():
    s = b64u(27) + "="
    return [J({"httpRequest": {"requestMethod": "GET", "requestUrl": f"https://cdn.{host()}/files/a.png?Expires=1790000000&KeyName=wb-cdn-key&Signature={s}", "status": 200}, "resource": {"type": "http_load_balancer"}})], [s.rstrip("=")]

# ───────────────────────── positives: SSO / SCIM / notify ─────────────────────────

@P("scim_provisioning_okta_app_settings_api_token_export", js=True)
def _():
    k = wkey()
    return [J({"name": "wandb_scim", "settings": {"app": {"baseUrl": f"https://{host()}/scim", "authMode": "header", "apiToken": f"local-{k}"}}})], [k]

@P("slack_app_manifest_oauth_response_bot_token_curl", js=True)
def _():
    t = rs(24)
    return ["$ curl -s -X POST https://slack.com/api/oauth.v2.access -d code=... | jq -c .", J({"ok": True, "app_id": "A0" + up(9), "access_token": f"xoxb-{R.randint(10**11,10**12)}-{R.randint(10**11,10**12)}-{t}", "token_type": "bot"})], [t]

@P("pagerduty_events_v2_routing_key_in_webhook_integration_row", new=False)
def _():
    k = lo(32)
    return ["mysql> SELECT id, name, url_endpoint, secret FROM integrations WHERE kind='generic_webhook';",
            f"| {R.randint(1,99)} | pd-critical | https://events.pagerduty.com/v2/enqueue | {k} |"], [k]

@P("wandb_automation_webhook_hmac_secret_curl_signature_script")
def _():
    s = rs(32)
    return ["#!/bin/sh", f"SECRET='{s}'", "sig=$(printf '%s' \"$BODY\" | openssl dgst -sha256 -hmac \"$SECRET\" | cut -d' ' -f2)", "curl -H \"X-Wandb-Signature: $sig\" -d \"$BODY\" http://localhost:9000/hook"], [s]

@P("saml_idp_signing_private_key_in_keycloak_admin_json", js=True)
def _():
    k = b64(200)
    return [J({"alias": "wandb-saml", "config": {"signingCertificate": "MIIC" + b64(60), "signingPrivateKey": k}})], [k]

# ───────────────────────── positives: files the admin attaches ─────────────────────────

@P("terraform_plan_output_sensitive_leak_via_output_value")
def _():
    p = apw(24)
    return ["Changes to Outputs:", f'  + database_connection_string = "mysql://wandb:{p}@wandb.cluster-{lo(12)}.us-east-1.rds.amazonaws.com/wandb_local"'], [p]

@P("env_file_dotenv_export_quoted_multiline_pem")
def _():
    body = pem_body(2)
    return ['export GORILLA_SSO_KEY="-----BEGIN EC PRIVATE KEY-----'] + body + ['-----END EC PRIVATE KEY-----"'], [b.rstrip("=") for b in body]

@P("ansible_group_vars_wandb_unencrypted_vars")
def _():
    p, q = pw(special="#!%"), apw(24)
    return ["---", "wandb_mysql_user: wandb", f"wandb_mysql_password: \"{p}\"", f"wandb_minio_secret_key: {q}"], [p, q]

@P("docker_compose_override_yaml_environment_map_bucket")
def _():
    s = aws_secret()
    return ["services:", "  wandb:", "    environment:", "      BUCKET: s3://wandb-artifacts", f"      AWS_SECRET_ACCESS_KEY: \"{s}\""], [s]

@P("support_ticket_email_quoted_reply_password_inline")
def _():
    p = pw(special="#!%")
    return ["> On Mon, Mar 2, 2026 at 10:10 AM Support wrote:", "> > Can you share the DB settings?", f"Sure - host wandb-mysql, user wandb, pass {p} (temporary, will rotate)"], [p]

@P("az_cli_keyvault_secret_set_value_history", new=False)
def _():
    p = pw(special="#!%&")
    return [f"az keyvault secret set --vault-name wb-kv --name mysql-password --value '{p}'"], [p]

# ───────────────────────── positives: adversarial placements ─────────────────────────

@P("cri_partial_lines_split_token_across_p_and_f")
def _():
    k = wkey(); a, b = k[:20], k[20:]
    t = ts()
    return [f"{t}.{R.randint(0,999999999):09d}Z stdout P {{\"msg\":\"using api key local-{a}", f"{t}.{R.randint(0,999999999):09d}Z stdout F {b}\",\"level\":\"debug\"}}"], [a, b]

@P("ansi_colored_zap_dev_console_password_field", new=False)
def _():
    p = pw(special="#!%")
    return [f"\u001b[90m{ts()}\u001b[0m \u001b[35mDEBUG\u001b[0m store/mysql.go:88 connecting \u001b[36mdsn_user\u001b[0m=wandb \u001b[36mdsn_password\u001b[0m={p}"], [p]

@P("double_escaped_json_in_json_in_kube_event_message", new=False, js=True)
def _():
    p = apw(22)
    inner = J({"msg": "cfg", "redis": f"redis://:{p}@wandb-redis:6379"})
    mid = J({"log": inner + "\n", "stream": "stderr"})
    return [J({"kind": "Event", "reason": "ShipperError", "message": f"could not parse line: {mid}"})], [p]

@P("yaml_literal_block_env_file_in_configmap_keep_chomp", new=False)
def _():
    p = pw(special="#!%&"); k = wkey()
    return ["data:", "  wandb.env: |+", f"    MYSQL_PASSWORD={p}", f"    WANDB_API_KEY=local-{k}", ""], [p, k]

@P("password_with_quote_and_semicolon_in_mysql_cnf_quoted")
def _():
    p = rs(6) + "'" + rs(4) + ";" + rs(6) + '"' + rs(3)
    return ["[client]", "user=wandb", f'password="{p.replace(chr(34), chr(92)+chr(34))}"'], [p.replace('"', '\\"')]

@P("tab_separated_mysql_batch_output_secret_column", new=False)
def _():
    p = apw(24)
    return ["$ mysql -B -e \"SELECT name, value FROM wandb_local.settings WHERE name LIKE '%secret%'\"", "name\tvalue", f"slack_client_secret\t{p}"], [p]

@P("log_shipper_fluentbit_record_nested_kubernetes_env", js=True)
def _():
    p = pw(special="#!%")
    return [f"[0] kube.var.log.containers.wandb-app: [[{R.randint(1790000000,1799999999)}.{R.randint(100,999)}, {{}}], " + J({"log": f"env GORILLA_SMTP_PASSWORD={p}", "kubernetes": {"pod_name": "wandb-app-0"}}) + "]"], [p]

@P("heredoc_in_runbook_kubectl_apply_stringdata_secret")
def _():
    p = apw(26)
    return ["cat <<EOF | kubectl apply -f -", "apiVersion: v1", "kind: Secret", "metadata: {name: wandb-minio}", "stringData:", f"  rootPassword: \"{p}\"", "EOF"], [p]

@P("sql_dump_insert_values_tuple_with_api_key_hash_and_raw")
def _():
    k = wkey()
    return ["INSERT INTO `api_keys` (`id`,`user_id`,`name`,`key_hash`,`key_raw`) VALUES", f"({R.randint(1,999)},{R.randint(1,999)},'{hx(8)}','{hx(64)}','local-{k}');"], [k]

@P("xml_log4j_appender_param_password_attr")
def _():
    p = pw(special="#!%;:")
    return ['<JDBC name="audit" tableName="audit_log">', f'  <DriverManager connectionString="jdbc:mysql://wandb-mysql:3306/audit" userName="audit" password="{p}"/>', '</JDBC>'], [p]

@P("crlf_windows_event_log_text_export_password_param")
def _():
    p = pw(special="#!%")
    return ["Process Command Line:\tC:\\tools\\wbdiag.exe collect --mysql-user wandb --mysql-password \"" + p + "\"", "Token Elevation Type:\t%%1936"], [p]

@P("kubectl_get_secret_go_template_range_decoded_output")
def _():
    a, b = apw(22), pw(special="#!%")
    return ["$ kubectl get secret wandb-bucket -o go-template='{{range $k,$v := .data}}{{$k}}={{$v|base64decode}}{{\"\\n\"}}{{end}}'", f"ACCESS_KEY_ID={akid()}", f"SECRET_ACCESS_KEY={a}", f"KMS_PASSPHRASE={b}"], [a, b]

# ───────────────────────── positives: more W&B / k8s / stores / adversarial ─────────────────────────

@P("nginx_log_request_body_x22_escaped_graphql_variables")
def _():
    p = apw(22)
    body = '{\\x22operationName\\x22:\\x22ResetPassword\\x22,\\x22variables\\x22:{\\x22newPassword\\x22:\\x22' + p + '\\x22}}'
    return [f'{ip()} - - [{nginx_t()}] "POST /graphql HTTP/1.1" 200 64 rb="{body}" rt={R.random():.3f}'], [p]

@P("k8s_custom_columns_env_go_map_format")
def _():
    p = pw(special="#!%")
    return ["$ kubectl get pods -n wandb -o custom-columns=NAME:.metadata.name,ENV:.spec.containers[0].env",
            "NAME                        ENV",
            f"wandb-app-{lo(10)}-{lo(5)}   [map[name:HOST value:https://{host()}] map[name:MYSQL_PASSWORD value:{p}] map[name:LOGGING_ENABLED value:true]]"], [p]

@P("k8s_rollout_history_change_cause_set_env")
def _():
    p = apw(24)
    return ["$ kubectl rollout history deployment/wandb-app -n wandb", "deployment.apps/wandb-app ", "REVISION  CHANGE-CAUSE",
            f"{R.randint(2,9)}         kubectl set env deployment/wandb-app REDIS=redis://:{p}@wandb-redis:6379 --record=true", f"{R.randint(10,19)}        <none>"], [p]

@P("helm_template_debug_yaml_parse_error_rendered_excerpt")
def _():
    p = pw(special="#!%:")
    return ["Error: YAML parse error on operator-wandb/charts/app/templates/secret.yaml: error converting YAML to JSON: yaml: line 9: mapping values are not allowed in this context",
            "helm.go:84: [debug] error converting YAML to JSON", "---", "# Source: operator-wandb/charts/app/templates/secret.yaml", "stringData:",
            f"  MYSQL_PASSWORD: {p}"], [p]

@P("wandb_operator_reconciler_error_helm_upgrade_args", js=True)
def _():
    p = apw(22)
    return [J({"level": "error", "ts": tsz(), "logger": "controller.weightsandbiases", "msg": "Reconciler error",
               "error": f"helm upgrade --install wandb operator-wandb --set global.mysql.password={p} --namespace wandb: exit status 1: context deadline exceeded"})], [p]

@P("wandb_operator_kubectl_describe_cr_camelcase_values")
def _():
    p = pw(special="#!%"); s = aws_secret()
    return ["Name:         wandb", "Namespace:    default", "API Version:  apps.wandb.com/v1", "Kind:         WeightsAndBiases", "Spec:", "  Values:", "    Global:",
            "      Bucket:", f"        Access Key:  {akid()}", "        Name:        wandb-artifacts", f"        Secret Key:  {s}", "      Mysql:", "        Host:      wandb-mysql", f"        Password:  {p}"], [s, p]

@P("mysql_slave_master_info_table_user_password_column")
def _():
    p = apw(20)
    return ["mysql> SELECT Host, User_name, User_password, Port FROM mysql.slave_master_info;", "+-------------+-----------+----------------------+------+",
            f"| mysql-0.db  | repl      | {p} | 3306 |"], [p]

@P("mysql_identified_by_random_password_result_table")
def _():
    p = rs(20, AL + ",.;:/<>?%!@")
    while not p[0].isalnum(): p = rs(20, AL + ",.;:/<>?%!@")
    return ["mysql> CREATE USER 'weave_ro'@'%' IDENTIFIED BY RANDOM PASSWORD;", "+----------+------+----------------------+-------------+",
            "| user     | host | generated password   | auth_factor |", f"| weave_ro | %    | {p} |           1 |"], [p]

@P("proc_pid_cmdline_cat_v_caret_at_separators_mysql", new=False)
def _():
    p = apw(20)
    return [f"$ cat -v /proc/{R.randint(100,9999)}/cmdline", f"mysql^@-h^@wandb-mysql^@-uwandb^@-p{p}^@wandb_local^@"], [p]

@P("redis_get_session_value_oidc_refresh_token")
def _():
    at_sig, rt = b64u(342), b64u(64)
    at = b64ue('{"alg":"RS256","kid":"%s"}' % hx(8)) + "." + b64ue('{"sub":"%s"}' % uuid4()) + "." + at_sig
    v = J({"user_id": R.randint(1, 999), "oidc": {"access_token": at, "refresh_token": rt, "expiry": tsz()}})
    return [f"wandb-redis:6379> GET session:{uuid4()}", '"' + v.replace('"', '\\"') + '"'], [at_sig, rt]

@P("minio_audit_webhook_json_request_query_and_header", js=True)
def _():
    sig, sig2 = hx(64), hx(64)
    return [J({"version": "1", "deploymentid": uuid4(), "time": tsz(), "api": {"name": "GetObject", "bucket": "wandb", "object": f"media/{hx(16)}.png", "statusCode": 200},
               "requestQuery": {"X-Amz-Algorithm": "AWS4-HMAC-SHA256", "X-Amz-Credential": "wandb/20260301/us-east-1/s3/aws4_request", "X-Amz-Signature": sig},
               "requestHeader": {"Authorization": f"AWS4-HMAC-SHA256 Credential=wandb/20260301/us-east-1/s3/aws4_request, SignedHeaders=host, Signature={sig2}"}})], [sig, sig2]

@P("minio_mc_admin_config_get_identity_openid_kv")
def _():
    s = rs(32)
    return ["$ mc admin config get wbminio identity_openid", f"identity_openid enable=on display_name=SSO config_url=https://login.example.com/.well-known/openid-configuration client_id=minio-console client_secret={s} claim_name=policy scopes=openid,email"], [s]

@P("minio_mc_share_download_output_share_url")
def _():
    sig = hx(64)
    return ["$ mc share download --expire 2h wbminio/wandb/exports/runs.csv", f"URL: http://minio.wandb.svc:9000/wandb/exports/runs.csv", "Expire: 2 hours 0 minutes 0 seconds",
            f"Share: http://minio.wandb.svc:9000/wandb/exports/runs.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=wandb-svc%2F20260301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260301T101010Z&X-Amz-Expires=7200&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}"], [sig]

@P("gcloud_storage_sign_url_output_table")
def _():
    sig = hx(512)
    return ["$ gcloud storage sign-url gs://wandb-prod/wandb_artifacts/x.bin --duration=1h --private-key-file=key.json", "---",
            "expiration: '2026-03-01 11:10:10'", "http_verb: GET", "resource: gs://wandb-prod/wandb_artifacts/x.bin",
            f"signed_url: https://storage.googleapis.com/wandb-prod/wandb_artifacts/x.bin?x-goog-signature={sig}&x-goog-algorithm=GOOG4-RSA-SHA256&x-goog-credential=wandb%40p.iam.gserviceaccount.com%2F20260301%2Fus%2Fstorage%2Fgoog4_request&x-goog-date=20260301T101010Z&x-goog-expires=3600&x-goog-signedheaders=host"], [sig]

@P("openssl_s_client_tls12_session_master_key_line")
def _():
    mk = HX(96)
    return ["SSL-Session:", "    Protocol  : TLSv1.2", "    Cipher    : ECDHE-RSA-AES256-GCM-SHA384", f"    Session-ID: {HX(64)}", "    Session-ID-ctx: ",
            f"    Master-Key: {mk}", "    PSK identity: None"], [mk]

@P("curl_cert_colon_passphrase_flag")
def _():
    p = apw(18)
    return [f"$ curl -sv --cert /etc/wandb/tls/client.pem:{p} --key /etc/wandb/tls/client.key https://{host()}/healthz"], [p]

@P("nginx_ssl_password_file_cat_single_line")
def _():
    p = pw(special="#!%&")
    return ["$ grep ssl_password_file /etc/nginx/conf.d/wandb.conf", "    ssl_password_file /etc/nginx/ssl/wandb.pass;", "$ cat /etc/nginx/ssl/wandb.pass", p], [p]

@P("traefik_acme_json_account_private_key", js=True)
def _():
    k = b64(220)
    return [J({"letsencrypt": {"Account": {"Email": "ops@example.com", "Registration": {"uri": "https://acme-v02.api.letsencrypt.org/acme/acct/%d" % R.randint(10**8, 10**9)}, "PrivateKey": k, "KeyType": "4096"}}})], [k]

@P("helm_values_extra_env_list_name_value_pairs")
def _():
    k, p = wkey(), pw(special="#!%")
    return ["app:", "  extraEnv:", "    - name: GORILLA_SUPPORT_API_KEY", f"      value: local-{k}", "    - name: GORILLA_EMAIL_SINK_PASSWORD", f"      value: \"{p}\""], [k, p]

@P("jenkinsfile_withenv_list_literal_wandb_key")
def _():
    k = wkey()
    return ["stage('eval') {", "  steps {", f"    withEnv([\"WANDB_BASE_URL=https://{host()}\", \"WANDB_API_KEY=local-{k}\"]) {{", "      sh 'python eval.py'", "    }", "  }", "}"], [k]

@P("slack_workspace_export_message_text_with_key", js=True)
def _():
    k = wkey()
    return [J({"type": "message", "user": "U" + up(10), "text": f"try this one: `WANDB_API_KEY=local-{k}` on {host()}", "ts": f"{R.randint(1790000000,1799999999)}.{R.randint(100000,999999)}"})], [k]

@P("yaml_double_quoted_escaped_line_break_split_password")
def _():
    p = apw(28); a, b = p[:14], p[14:]
    return ["mysql:", "  host: wandb-mysql", f"  password: \"{a}\\", f"    {b}\"", "  database: wandb_local"], [a, b]

@P("rsyslog_hash_012_escaped_multiline_env_dump")
def _():
    p, k = pw(special="!%&"), wkey()
    return [f"Mar  2 10:10:10 wbhost wandb-local[{R.randint(100,9999)}]: env dump:#012HOST=https://{host()}#012MYSQL_PASSWORD={p}#012WANDB_API_KEY=local-{k}#012"], [p, k]

@P("html_numeric_entity_escaped_json_in_console_page")
def _():
    k = wkey()
    return [f'<script id="__CONFIG__" type="application/json">{{&#34;host&#34;:&#34;https://{host()}&#34;,&#34;supportKey&#34;:&#34;local-{k}&#34;}}</script>'], [k]

@P("docker_json_file_log_driver_escaped_inner_json", js=True)
def _():
    p = pw(special="#!%")
    inner = J({"level": "debug", "msg": "bucket config", "secret_key": p})
    return [J({"log": inner + "\n", "stream": "stderr", "time": tsz()})], [p.replace('"', '\\"') if '"' in p else p]

@P("gorilla_graphql_error_extensions_variables_echo", js=True)
def _():
    p = apw(22)
    return [J({"errors": [{"message": "password does not meet policy", "path": ["createLocalUser"], "extensions": {"code": "BAD_USER_INPUT", "variables": {"email": "bob@example.com", "password": p}}}], "data": None})], [p]

@P("weave_playground_secret_fetcher_debug_value")
def _():
    k = rs(93, AL + "-_") + "AA"
    return [f"{ts()},{R.randint(100,999)} DEBUG weave.trace_server.secret_fetcher_context: fetched secrets for entity={team()}: {{'ANTHROPIC_API_KEY': 'sk-ant-api03-{k}'}}"], [k]

@P("wandb_customer_secret_store_k8s_secret_team_entries_b64")
def _():
    k = rs(156, AL + "-_")
    enc, part = b64_doc("sk-proj-", k, "")
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: wandb-secret", "  namespace: wandb", "data:",
            f"  team-{R.randint(1,99)}-OPENAI_API_KEY: {enc}"], [part]

@P("mysql_clone_instance_from_identified_by_general_log")
def _():
    p = pw(special="#!%;")
    return [f"{tsz()}\t   {R.randint(10,99)} Query\tCLONE INSTANCE FROM 'clone_user'@'mysql-0.mysql':3306 IDENTIFIED BY '{p}' REQUIRE SSL"], [p]

@P("mysql_sys_session_current_statement_truncated")
def _():
    p = apw(30); vis = p[:16]
    return ["mysql> SELECT thd_id, user, current_statement FROM sys.session WHERE command='Query';",
            f"| {R.randint(40,99)} | root@localhost | ALTER USER 'wandb'@'%' IDENTIFIED BY '{vis}... |"], [vis]

@P("k8s_probe_httpget_httpheaders_authorization_value")
def _():
    t = rs(40)
    return ["        livenessProbe:", "          httpGet:", "            path: /api/v1/health", "            port: 8080", "            httpHeaders:", "            - name: Authorization", f"              value: Bearer {t}"], [t]

@P("nginx_plus_api_keyval_zone_json_dump", js=True)
def _():
    a, b = rs(40), rs(40)
    return [f"$ curl -s http://127.0.0.1:8080/api/9/http/keyvals/wandb_tokens", J({a: "ci-runner", b: "airflow"})], [a, b]

@P("shell_capture_password_pasted_as_command_not_found")
def _():
    p = apw(20)
    return ["$ mysql -h wandb-mysql -u root -p", "Enter password: ", "ERROR 1045 (28000): Access denied for user 'root'@'10.0.0.5' (using password: NO)", f"$ {p}", f"bash: {p}: command not found"], [p]

@P("wandb_sdk_credentials_json_access_token", js=True)
def _():
    t = b64u(64)
    return ["$ cat ~/.config/wandb/credentials.json", J({"credentials": {f"https://{host()}": {"access_token": "wb_at_" + t, "expires_at": ts().replace("T", " ")}}})], [t]

@P("wandb_identity_token_file_cat_jwt")
def _():
    tok, sig = jwt({"iss": f"https://token.actions.example.com", "aud": f"https://{host()}", "sub": "repo:org/ml:ref:refs/heads/main", "exp": R.randint(1790000000, 1799999999)}, 342)
    return ["$ echo $WANDB_IDENTITY_TOKEN_FILE; cat $WANDB_IDENTITY_TOKEN_FILE", "/var/run/secrets/wandb/token", tok], [sig]

@P("crictl_inspect_info_config_envs_key_value", js=True)
def _():
    s = aws_secret()
    return ['      "envs": [', f'        {J({"key": "BUCKET", "value": "s3://wandb-artifacts"})},', f'        {J({"key": "AWS_SECRET_ACCESS_KEY", "value": s})}', '      ],'], [s]

@P("kubectl_logs_prefix_bracket_gorilla_dsn_line")
def _():
    p = pw(special="#!%")
    return [f"[pod/wandb-app-{lo(10)}-{lo(5)}/wandb] {ts()}Z INFO  db: connecting dsn=\"wandb:{p}@tcp(wandb-mysql:3306)/wandb_local?tls=preferred\""], [p]

@P("s3_post_policy_form_fields_x_amz_signature")
def _():
    sig = hx(64); pol = b64e(J({"expiration": tsz(), "conditions": [{"bucket": "wandb"}, ["starts-with", "$key", "uploads/"]]}))
    return ['<form action="https://wandb.s3.amazonaws.com/" method="post" enctype="multipart/form-data">', f'  <input type="hidden" name="Policy" value="{pol}">',
            f'  <input type="hidden" name="X-Amz-Credential" value="{akid()}/20260301/us-east-1/s3/aws4_request">', f'  <input type="hidden" name="X-Amz-Signature" value="{sig}">', '</form>'], [sig]

@P("minio_kes_config_yaml_api_key")
def _():
    k = b64(44).rstrip("=")
    return ["admin:", "  identity: disabled", "tls:", "  key: /kes/private.key", "  cert: /kes/public.crt", "keystore:", "  fs:", "    path: /kes/keys",
            "# minio side:", f"MINIO_KMS_KES_API_KEY=kes:v1:{k}"], [k]

@P("keytool_list_storepass_flag_truststore_probe")
def _():
    p = pw(special="#!%")
    return [f"$ keytool -list -keystore /etc/wandb/tls/truststore.jks -storepass '{p}' -alias wandb-ca", "wandb-ca, Mar 1, 2026, trustedCertEntry,",
            "Certificate fingerprint (SHA-256): " + ":".join(HX(2) for _ in range(32))], [p]

@P("otel_collector_mysql_receiver_password_field")
def _():
    p = apw(22)
    return ["receivers:", "  mysql:", "    endpoint: wandb-mysql:3306", "    username: otel", f"    password: {p}", "    collection_interval: 30s"], [p]

@P("wandb_sdk_debug_internal_gcs_v2_signed_upload_url")
def _():
    sig = b64(342) + "=="
    ps = pct(sig)
    return [f"{ts()},{R.randint(100,999)} DEBUG   SenderThread:{R.randint(1000,9999)} [upload_job.py:push():130] Uploading file output.log to: "
            f"https://storage.googleapis.com/wandb-prod/{team()}/{lo(8)}/output.log?Expires={R.randint(1790000000,1799999999)}&GoogleAccessId=wandb-storage%40proj.iam.gserviceaccount.com&Signature={ps}"], [ps[:-6]]

@P("mysql_start_replica_user_password_clause")
def _():
    p = pw(special="#!%")
    return ["mysql> START REPLICA USER='repl' PASSWORD='" + p + "' FOR CHANNEL 'wandb_dr';", "Query OK, 0 rows affected (0.02 sec)"], [p]

@P("k8s_secret_data_dotenv_file_b64_wandb_key")
def _():
    k = wkey()
    enc, part = b64_doc(f"WANDB_BASE_URL=https://{host()}\nWANDB_API_KEY=local-", k, "\n")
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: wandb-ci-env", "type: Opaque", "data:", f"  .env: {enc}"], [part]

@P("helm_diff_upgrade_configmap_changed_dsn_lines")
def _():
    a, b = apw(20), apw(20)
    return ["wandb, wandb-env, ConfigMap (v1) has changed:", "  # Source: operator-wandb/templates/configmap.yaml", "  data:",
            f"-   MYSQL: \"mysql://wandb:{a}@wandb-mysql:3306/wandb_local\"", f"+   MYSQL: \"mysql://wandb:{b}@wandb-mysql:3306/wandb_local?tls=true\""], [a, b]

@P("s3_boto3_presign_post_fields_python_dict")
def _():
    sig = hx(64); tok = "IQoJb3JpZ2luX2Vj" + b64(240)
    return [f"{ts()},{R.randint(100,999)} DEBUG probe: presigned post {{'url': 'https://wandb-artifacts.s3.amazonaws.com/', 'fields': {{'key': '.probe', 'x-amz-algorithm': 'AWS4-HMAC-SHA256', "
            f"'x-amz-credential': '{akid('ASIA')}/20260301/us-east-1/s3/aws4_request', 'x-amz-date': '20260301T101010Z', 'x-amz-security-token': '{tok}', 'policy': '{b64e(J({'conditions': [{'bucket': 'wandb-artifacts'}]}))}', 'x-amz-signature': '{sig}'}}}}"], [tok[16:], sig]

@P("nginx_debug_error_log_http_header_line")
def _():
    t = rs(40)
    c = R.randint(1000, 99999)
    d = ts().replace("-", "/").replace("T", " ")
    return [f'{d} [debug] 29#29: *{c} http header: "Host: {host()}"', f'{d} [debug] 29#29: *{c} http header: "Authorization: Bearer {t}"', f'{d} [debug] 29#29: *{c} http header done'], [t]

@P("golang_migrate_cli_database_flag_in_job_args")
def _():
    p = pw(special="!%*")
    return [f"{cri('stderr')}+ migrate -path /migrations -database 'mysql://wandb:{p}@tcp(wandb-mysql:3306)/wandb_local?multiStatements=true' up",
            f"{cri('stderr')}no change"], [p]

@P("redisinsight_databases_export_json_password", js=True)
def _():
    p = pw(special="#!%")
    return [J([{"host": "wandb-redis.example.internal", "port": 6380, "name": "wandb-prod", "username": "default", "password": p, "tls": True, "id": uuid4()}])], [p]

@P("k9s_secret_decoder_view_box_drawing_capture")
def _():
    p, q = pw(special="#!%"), apw(24)
    w = 44
    return ["┌" + "─" * 12 + " Decoder(wandb/wandb-mysql) " + "─" * 4 + "┐", f"│ MYSQL_PASSWORD: {p}".ljust(w) + "│", f"│ MYSQL_ROOT_PASSWORD: {q}".ljust(w) + "│", "└" + "─" * 44 + "┘"], [p, q]

@P("logcli_query_output_line_truncated_ellipsis_dsn")
def _():
    p = apw(26); vis = p[:R.randint(12, 18)]
    return [f"$ logcli query '{{namespace=\"wandb\", container=\"wandb\"}} |= \"dsn\"' --limit 1", f"{ts()}Z {{app=\"wandb\", pod=\"wandb-app-{lo(10)}\"}} level=info msg=\"db open\" dsn=mysql://wandb:{vis}…"], [vis]

# ───────────────────────── negatives ─────────────────────────

def md5b64(): return b64e(bytes(R.randrange(256) for _ in range(16)))

@N("s3_multipart_upload_id_complete_log", js=True)
def _():
    return [cri() + J({"level": "info", "ts": tsz(), "msg": "multipart upload complete", "bucket": "wandb-artifacts", "key": f"wandb_artifacts/{R.randint(10,99)}/{hx(32)}",
                       "upload_id": b64u(R.randint(60, 90)), "parts": R.randint(2, 40), "etag": f"{hx(32)}-{R.randint(2,40)}"})]

@N("mysql_describe_table_secret_named_columns")
def _():
    return ["mysql> DESCRIBE api_keys;", "+--------------+--------------+------+-----+---------+----------------+",
            "| key_hash     | char(64)     | NO   | UNI | NULL    |                |", "| secret_name  | varchar(255) | YES  |     | NULL    |                |",
            f"| password_set | tinyint(1)   | NO   |     | {R.randint(0,1)}       |                |"]

@N("mysql_show_variables_ssl_key_file_paths")
def _():
    return ["| ssl_ca        | /etc/mysql/tls/ca.pem         |", "| ssl_cert      | /etc/mysql/tls/server-cert.pem |", "| ssl_key       | /etc/mysql/tls/server-key.pem  |",
            f"| tls_version   | TLSv1.2,TLSv1.3               |", f"| ssl_session_cache_timeout | {R.choice([300,600])} |"]

@N("mysql_show_plugins_auth_plugin_rows")
def _():
    return ["| caching_sha2_password      | ACTIVE | AUTHENTICATION | NULL    | GPL     |", "| sha256_password            | ACTIVE | AUTHENTICATION | NULL    | GPL     |",
            f"| validate_password          | ACTIVE | VALIDATE PASSWORD | validate_password.so | GPL |"]

@N("mysql_error_log_access_denied_using_password_yes")
def _():
    return [f"{tsz()} {R.randint(10,999)} [Note] [MY-010926] [Server] Access denied for user 'wandb'@'{ip()}' (using password: YES)"]

@N("redis_acl_users_and_whoami_names")
def _():
    return ["wandb-redis:6379> ACL WHOAMI", f'"{pick("default","wandb","gorilla")}"', "wandb-redis:6379> ACL USERS", '1) "default"', '2) "wandb"', '3) "weave"']

@N("redis_sentinel_master_runid_and_config_epoch")
def _():
    return ["127.0.0.1:26379> SENTINEL MASTER wandb", '1) "name"', '2) "wandb"', '5) "runid"', f'6) "{hx(40)}"', '31) "config-epoch"', f'32) "{R.randint(0,20)}"']

@N("minio_mc_admin_user_info_policy_status")
def _():
    return ["$ mc admin user info wbminio wandb-svc", "AccessKey: wandb-svc", "Status: enabled", "PolicyName: readwrite", f"MemberOf: [wandb-{lo(4)}]"]

@N("minio_mc_ls_versions_version_ids")
def _():
    return [f"[2026-03-01 10:10:10 UTC] {R.randint(1,999)}KiB STANDARD {uuid4()} v{R.randint(1,9)} PUT runs/{lo(8)}/output.log"]

@N("gcs_resumable_upload_x_guploader_uploadid_header")
def _():
    return ["< HTTP/2 200", f"< x-guploader-uploadid: {rs(R.randint(70,95), AL + '-_')}", f"< x-goog-generation: {R.randint(10**15,10**16)}", f"< x-goog-hash: crc32c={b64e(bytes(R.randrange(256) for _ in range(4)))},md5={md5b64()}"]

@N("azure_blob_list_xml_etag_and_content_md5")
def _():
    return ["<Blob>", f"  <Name>wandb/{hx(16)}.parquet</Name>", "  <Properties>", f"    <Etag>0x8DC{HX(13)}</Etag>", f"    <Content-MD5>{md5b64()}</Content-MD5>", "  </Properties>", "</Blob>"]

@N("bucket_kms_key_arn_and_alias_sse_config")
def _():
    acct = R.randint(10**11, 10**12 - 1)
    return ["global:", "  bucket:", "    kmsKey: arn:aws:kms:us-east-1:%d:key/%s" % (acct, uuid4()), "    sseAlgorithm: aws:kms", f"    kmsAlias: alias/wandb-{lo(5)}"]

@N("irsa_role_arn_serviceaccount_annotation")
def _():
    return ["apiVersion: v1", "kind: ServiceAccount", "metadata:", "  name: wandb-app", "  annotations:", f"    eks.amazonaws.com/role-arn: arn:aws:iam::{R.randint(10**11,10**12-1)}:role/wandb-{lo(8)}"]

@N("gcloud_iam_sa_keys_list_key_ids")
def _():
    return ["$ gcloud iam service-accounts keys list --iam-account wandb@wb-prod.iam.gserviceaccount.com", "KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED",
            f"{hx(40)}  2026-01-0{R.randint(1,9)}T10:00:00Z  9999-12-31T23:59:59Z  False"]

@N("azure_workload_identity_client_tenant_annotations")
def _():
    return ["  annotations:", f"    azure.workload.identity/client-id: {uuid4()}", f"    azure.workload.identity/tenant-id: {uuid4()}", "  labels:", "    azure.workload.identity/use: \"true\""]

@N("nginx_access_log_hashed_asset_filenames_304")
def _():
    return [f'{ip()} - - [{nginx_t()}] "GET /static/js/{R.randint(100,999)}.{hx(8)}.chunk.js HTTP/2.0" 304 0 "https://{host()}/" "Mozilla/5.0" "-" {hx(32)}']

@N("nginx_conf_ssl_certificate_key_directive_paths")
def _():
    return ["    ssl_certificate     /etc/nginx/tls/tls.crt;", "    ssl_certificate_key /etc/nginx/tls/tls.key;", "    ssl_password_file   /etc/nginx/tls/key.pass;", f"    ssl_session_timeout {R.randint(5,60)}m;", "    ssl_session_tickets off;"]

@N("openssl_ocsp_text_issuer_key_hash_serial")
def _():
    return ["OCSP Response Data:", "    Responses:", "    Certificate ID:", "      Hash Algorithm: sha1", f"      Issuer Name Hash: {HX(40)}", f"      Issuer Key Hash: {HX(40)}", f"      Serial Number: {HX(36)}", "    Cert Status: good"]

@N("openssl_x509_text_rsa_modulus_hex_block")
def _():
    rows = ["                " + ":".join(hx(2) for _ in range(15)) + ":" for _ in range(3)]
    return ["        Subject Public Key Info:", "            Public Key Algorithm: rsaEncryption", "                Public-Key: (2048 bit)", "                Modulus:"] + rows + ["                Exponent: 65537 (0x10001)"]

@N("wandb_sdk_debug_internal_file_pusher_md5_lines")
def _():
    return [f"{ts()},{R.randint(100,999)} DEBUG   SenderThread:{R.randint(1000,9999)} [file_pusher.py:file_changed():{R.randint(90,150)}] file_changed wandb-summary.json md5={md5b64()} size={R.randint(100,99999)}"]

@N("wandb_artifact_cache_obj_md5_paths")
def _():
    h = hx(32)
    return [f"/home/alice/.cache/wandb/artifacts/obj/md5/{h[:2]}/{h[2:]}", f"/home/alice/.cache/wandb/artifacts/obj/etag/{hx(2)}/{hx(62)}"]

@N("wandb_service_accounts_graphql_api_key_name_only", js=True)
def _():
    return [J({"data": {"entity": {"serviceAccounts": [{"id": b64e("User:%d" % R.randint(10, 9999)), "username": "ci-bot", "apiKeys": {"edges": [{"node": {"name": hx(8), "createdAt": ts()}}]}}]}}})]

@N("wandb_audit_log_api_key_create_action_no_value", js=True)
def _():
    return [J({"timestamp": tsz(), "action": pick("api_key:create", "api_key:delete"), "actor_user_id": b64e("User:%d" % R.randint(10, 9999)), "response_code": 200,
               "actor_ip": ip(), "user_asset": b64e("User:%d" % R.randint(10, 9999)), "cli_version": "0.19.%d" % R.randint(0, 9)})]

@N("scim_patch_group_members_operations_ids", js=True)
def _():
    return [J({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "add", "path": "members", "value": [{"value": b64e("User:%d" % R.randint(10, 9999))}]}]})]

@N("set_cookie_session_cleared_logout")
def _():
    return ["< HTTP/1.1 302 Found", "< Set-Cookie: wandb_session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax", f"< Location: https://{host()}/login"]

@N("oidc_decoded_claims_at_hash_c_hash", js=True)
def _():
    return [Js({"iss": "https://login.example.com/" + uuid4() + "/v2.0", "sub": b64u(43), "aud": uuid4(), "nonce": hx(32), "at_hash": b64u(22), "c_hash": b64u(22), "exp": R.randint(1790000000, 1799999999)})]

@N("oidc_authorize_url_pkce_code_challenge_s256")
def _():
    return [f"https://login.example.com/oauth2/v1/authorize?client_id={lo(20)}&response_type=code&scope=openid%20email&redirect_uri=https%3A%2F%2F{host()}%2Foidc%2Fcallback&state={hx(32)}&code_challenge={b64u(43)}&code_challenge_method=S256"]

@N("k8s_volume_secret_items_key_to_path")
def _():
    return ["      volumes:", "      - name: mysql-creds", "        secret:", "          secretName: wandb-mysql", "          items:", "          - key: password", "            path: mysql/password", f"          defaultMode: {pick(256, 288, 420)}"]

@N("k8s_rbac_role_rules_secrets_verbs")
def _():
    return ["kind: Role", "rules:", "- apiGroups: [\"\"]", "  resources: [\"secrets\"]", f"  resourceNames: [\"wandb-{lo(5)}\"]", "  verbs: [\"get\", \"watch\", \"list\"]"]

@N("k8s_describe_pod_container_id_containerd_hex")
def _():
    return ["Containers:", "  wandb:", f"    Container ID:   containerd://{hx(64)}", f"    Image:          wandb/local:0.6{R.randint(0,9)}.0", f"    Image ID:       docker.io/wandb/local@sha256:{hx(64)}"]

@N("helm_chart_lock_dependencies_digest")
def _():
    return ["dependencies:", "- name: redis", "  repository: oci://registry-1.docker.io/bitnamicharts", f"  version: 19.{R.randint(0,9)}.{R.randint(0,9)}", f"digest: sha256:{hx(64)}", f"generated: \"{ts()}.{R.randint(100000,999999)}Z\""]

@N("wandb_cr_metadata_uid_resourceversion")
def _():
    return ["metadata:", f"  creationTimestamp: \"{ts()}Z\"", "  finalizers:", "  - wandb.apps.wandb.com/cleanup", f"  generation: {R.randint(1,80)}", f"  resourceVersion: \"{R.randint(10**5,10**8)}\"", f"  uid: {uuid4()}"]

@N("docker_inspect_networksettings_endpoint_ids", js=True)
def _():
    return ['        "Networks": {', '            "bridge": {', f'                "NetworkID": "{hx(64)}",', f'                "EndpointID": "{hx(64)}",', f'                "MacAddress": "02:42:{":".join(hx(2) for _ in range(4))}",']

@N("docker_secret_ls_ids_and_names")
def _():
    return ["ID                          NAME             DRIVER    CREATED       UPDATED", f"{lo(25)}   mysql_password             {R.randint(2,9)} weeks ago   {R.randint(2,9)} weeks ago", f"{lo(25)}   wandb_license              3 months ago  3 months ago"]

@N("terraform_state_list_secret_resource_addresses")
def _():
    return ["$ terraform state list | grep -i -E 'secret|password'", "module.wandb.aws_secretsmanager_secret.mysql_password", "module.wandb.random_password.mysql", f"module.wandb.aws_secretsmanager_secret_version.license[{R.randint(0,2)}]"]

@N("bash_read_s_prompt_then_env_reference")
def _():
    return ["$ read -rs -p 'MySQL password: ' MYSQL_PWD; echo", "MySQL password: ", "$ export MYSQL_PWD", "$ mysql -h wandb-mysql -u wandb -e 'SELECT 1'"]

@N("dotenv_secret_keys_with_empty_values")
def _():
    return ["# filled in by the installer", "MYSQL_PASSWORD=", "LICENSE=", "GORILLA_SMTP_PASSWORD=\"\"", f"HOST=https://{host()}"]

@N("admin_notes_prose_rotation_vault_path")
def _():
    return [f"2026-03-0{R.randint(1,9)}: rotated the MySQL password and the bucket secret key.", "New values live in Vault at secret/data/wandb/mysql (field: password).", "Ask #platform-oncall for access; do not paste them here."]

@N("frontend_console_ulid_correlation_ids")
def _():
    return [f"[apollo] request {up(26)} completed in {R.randint(10,900)}ms", f"[frontend] build {hx(7)} session-replay-id={up(26)}"]

@N("parquet_export_file_sha256_manifest")
def _():
    return [f"{hx(64)}  runs/{lo(8)}/history/part-0000{R.randint(0,9)}.parquet", f"{hx(64)}  runs/{lo(8)}/history/_metadata"]

@N("flat_runs_export_opaque_base64_cursor", js=True)
def _():
    return [J({"msg": "page fetched", "cursor": b64e("arrayconnection:%d" % R.randint(100, 99999)), "next": b64e(J({"runId": lo(8), "offset": R.randint(0, 9999)})), "count": 500})]

@N("mysql_client_status_ssl_cipher_output")
def _():
    return ["mysql> \\s", "--------------", f"Connection id:          {R.randint(10,9999)}", "Current user:           wandb@10.0.0.5", "SSL:                    Cipher in use is TLS_AES_256_GCM_SHA384", "Server version:         8.0.36 MySQL Community Server - GPL"]

@N("s3_error_xml_expired_request_hostid")
def _():
    return ["<Error><Code>AccessDenied</Code><Message>Request has expired</Message>", f"<RequestId>{up(16)}</RequestId><HostId>{b64(76)}=</HostId></Error>"]

@N("wandb_netrc_permission_warning_path_only")
def _():
    return [f"wandb: WARNING /home/{user()}/.netrc has permissions 0644, consider running chmod 600", f"wandb: Appending key for {host()} to your netrc file: /home/{user()}/.netrc"]

@N("kubectl_get_secrets_list_table")
def _():
    return ["NAME                           TYPE                 DATA   AGE", f"wandb-mysql                    Opaque               2      {R.randint(2,99)}d",
            f"wandb-tls                      kubernetes.io/tls    2      {R.randint(2,99)}d", f"sh.helm.release.v1.wandb.v{R.randint(2,30)}     helm.sh/release.v1   1      {R.randint(1,9)}h"]

@N("mysql_user_select_without_auth_column")
def _():
    return ["mysql> SELECT user, host, plugin, password_expired, password_last_changed FROM mysql.user;", f"| wandb | %    | caching_sha2_password | N | {ts().replace('T',' ')} |"]

@N("redis_hello3_reply_server_fields")
def _():
    return ["wandb-redis:6379> HELLO 3", '1# "server" => "redis"', f'2# "version" => "7.2.{R.randint(0,5)}"', '3# "proto" => (integer) 3', f'4# "id" => (integer) {R.randint(10,99999)}', '5# "mode" => "standalone"']

@N("nginx_log_format_definition_with_auth_variable_names")
def _():
    return ["log_format wandb '$remote_addr - $remote_user [$time_local] \"$request\" $status '", "                 '\"$http_authorization\" \"$cookie_wandb_session\" $request_id';"]

@N("k8s_events_createcontainerconfigerror_missing_key")
def _():
    return [f"{R.randint(1,59)}s   Warning   Failed   pod/wandb-app-{lo(10)}   Error: couldn't find key MYSQL_PASSWORD in Secret wandb/wandb-mysql"]

@N("helm_values_schema_json_secret_properties", js=True)
def _():
    return [J({"properties": {"password": {"type": "string", "description": "MySQL password; leave empty to use passwordSecret"}, "passwordSecret": {"type": "object"}}})]

@N("pod_template_checksum_secret_annotation")
def _():
    return ["  template:", "    metadata:", "      annotations:", f"        checksum/secret: {hx(64)}", f"        checksum/config: {hx(64)}"]

@N("wandb_local_startup_banner_version_commit")
def _():
    return [f"{dts()}W&B Local Server version 0.6{R.randint(0,9)}.{R.randint(0,9)}", f"{dts()}commit {hx(40)} built {ts()}Z", f"{dts()}listening on :8080"]

@N("saml_sp_config_entity_ids_acs_urls")
def _():
    return ["saml:", f"  entityId: https://{host()}/saml/metadata", f"  acsUrl: https://{host()}/saml/acs", "  nameIdFormat: urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress", "  wantAssertionsSigned: true"]

@N("oauth_token_error_invalid_client_ids_only", js=True)
def _():
    return [J({"error": "invalid_client", "error_description": f"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{uuid4()}'. Trace ID: {uuid4()} Correlation ID: {uuid4()}", "error_codes": [7000215]})]

@N("slack_webhook_placeholder_template_url")
def _():
    return ["# alert integration template", "url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", f"channel: '#{team()}-alerts'"]

@N("k9s_secrets_list_box_table_no_values")
def _():
    return ["┌──────────────────── Secrets(wandb)[%d] ────────────────────┐" % R.randint(3, 9), "│ NAME↑                 TYPE                 DATA  AGE      │",
            f"│ wandb-mysql           Opaque               2     {R.randint(2,99)}d      │", f"│ wandb-tls             kubernetes.io/tls    2     {R.randint(2,99)}d      │", "└────────────────────────────────────────────────────────────┘"]

# ───────────────────────── driver ─────────────────────────

def ok_record(lines, secrets):
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text:
            return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True

def main():
    pos, neg = [], []
    for name, f, _new in POS:
        for _ in range(3):
            for _try in range(100):
                lines, secrets = f()
                if ok_record(lines, secrets):
                    break
            else:
                raise SystemExit(f"cannot draw a clean record for {name}")
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, f in NEG:
        for _ in range(5):
            neg.append({"shape": name, "lines": f()})
    with open("positives.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for r in pos:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("negatives.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for r in neg:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"positives: {len(pos)} records, {len(POS)} shapes, {sum(len(r['secrets']) for r in pos)} secrets; "
          f"negatives: {len(neg)} records, {len(NEG)} shapes")

if __name__ == "__main__":
    main()
