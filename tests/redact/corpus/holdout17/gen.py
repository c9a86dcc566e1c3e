#!/usr/bin/env python3
"""holdout17 generator: sealed held-out redaction set (server process, Kubernetes/Docker
layer, machine-written formats, log shippers, adversarial layouts).

Stdlib only. Fixed seed. Writes positives.jsonl and negatives.jsonl next to this file.
"""
import base64
import datetime as _dt
import gzip
import json
import os
import random
import string
import urllib.parse

SEED = 1717_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

AL = string.ascii_letters + string.digits
PWAL = AL + "-_.!~+*"
HEX = "0123456789abcdef"
USED = set()
POS, NEG = [], []


def P(name, new=True):
    def d(f):
        POS.append((name, new, f))
        return f
    return d


def N(name, new=True):
    def d(f):
        NEG.append((name, new, f))
        return f
    return d


# ---------------------------------------------------------------- draws
def rs(n, al=AL):
    return "".join(R.choice(al) for _ in range(n))


def pw(a=14, b=24):
    n = R.randint(a, b)
    return rs(1) + rs(n - 2, PWAL) + rs(1)


def hx(n):
    return rs(n, HEX)


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rb(n)).decode()


def b64u(n):
    return base64.urlsafe_b64encode(rb(n)).decode().rstrip("=")


def uid():
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def ip():
    return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"


def user():
    return R.choice(["wandb", "gorilla", "svc-wandb", "mlops", "admin", "wbadmin", "ops", "trainer",
                     "ci-bot", "platform", "weave", "reader"]) + R.choice(["", str(R.randint(1, 99))])


def ns():
    return R.choice(["wandb", "wandb-prod", "ml-platform", "wandb-system", "default", "mlops"])


def pod(base="wandb-app"):
    return f"{base}-{hx(10)[:R.randint(8, 10)]}-{rs(5, string.ascii_lowercase + '0123456789')}"


def ver():
    return f"0.{R.randint(50, 66)}.{R.randint(0, 9)}"


def wkey():
    s = hx(40)
    return "local-" + s, s


def akid():
    return "AKIA" + rs(16, string.ascii_uppercase + "234567")


def awssec():
    return rs(40, AL + "/+")


def jwt(payload, sigbytes=256):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    s = b64u(sigbytes)
    return f"{h}.{p}.{s}", s


def lic_jwt():
    return jwt({"iss": "wandb", "sub": "lic_" + hx(12), "seats": R.randint(5, 500),
                "exp": R.randint(1750000000, 1850000000)})


def basic(u, p):
    while len(u + ":") % 3:
        u += str(R.randint(0, 9))
    enc = base64.b64encode(f"{u}:{p}".encode()).decode()
    tail = base64.b64encode(p.encode()).decode().rstrip("=")
    assert enc.rstrip("=").endswith(tail)
    return u, enc, tail


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def b64secret(s):
    """base64 of a whole value: the listed form drops '=' padding."""
    return base64.b64encode(s.encode()).decode().rstrip("=")


def cert_b64():
    pem = "-----BEGIN CERTIFICATE-----\n" + b64(R.randint(280, 320)) + "\n-----END CERTIFICATE-----\n"
    return base64.b64encode(pem.encode()).decode()


def J(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


class Clock:
    def __init__(self):
        base = _dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=R.randint(0, 3 * 365 * 86400 - 100000))
        self.t = base + _dt.timedelta(microseconds=R.randint(0, 999999))

    def tick(self):
        self.t += _dt.timedelta(seconds=R.randint(1, 3), microseconds=R.randint(0, 999999))
        return self.t

    def iso(self):
        return self.tick().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def isons(self):
        return self.tick().strftime("%Y-%m-%dT%H:%M:%S.%f") + R.choice("0123456789") * 3 + "Z"

    def klog(self, lvl="I"):
        return lvl + self.tick().strftime("%m%d %H:%M:%S.%f")

    def plain(self):
        return self.tick().strftime("%Y-%m-%d %H:%M:%S")

    def sup(self):
        t = self.tick()
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"

    def epoch(self):
        t = self.tick()
        return f"{int((t - _dt.datetime(1970, 1, 1)).total_seconds())}.{t.microsecond // 1000:03d}"


def pct(s):
    return urllib.parse.quote(s, safe="")


# ======================================================================
# POSITIVES
# ======================================================================

# ---------------- W&B server process ----------------
@P("gorilla_zap_json_db_open_error_dsn_field", new=False)
def _():
    c = Clock(); p = pw(); u = user()
    dsn = f"{u}:{p}@tcp(mysql.{ns()}.svc.cluster.local:3306)/wandb_local?charset=utf8mb4&parseTime=true"
    return [J({"level": "info", "ts": c.iso(), "caller": "gorilla/main.go:212", "msg": "starting gorilla", "version": ver()}),
            J({"level": "error", "ts": c.iso(), "caller": "db/mysql.go:88", "msg": "failed to open database", "dsn": dsn,
               "error": f"dial tcp {ip()}:3306: connect: connection refused"}),
            J({"level": "warn", "ts": c.iso(), "caller": "db/mysql.go:91", "msg": "retrying", "attempt": R.randint(2, 9)})], [p]


@P("gorilla_logfmt_redis_ping_failure_url_field", new=False)
def _():
    c = Clock(); p = pw()
    return [f'time="{c.iso()}" level=info msg="connecting to cache" backend=redis',
            f'time="{c.iso()}" level=error msg="redis ping failed" url="redis://:{p}@wandb-redis-master.{ns()}:6379/0?ttlInSeconds=604800" err="dial tcp {ip()}:6379: i/o timeout"',
            f'time="{c.iso()}" level=warn msg="falling back to in-memory cache"'], [p]


@P("gorilla_go_url_parse_error_cache_env_quoted_url", new=False)
def _():
    c = Clock(); p = pw()
    return [f"{c.plain()} FATAL invalid GORILLA_CACHE: parse \"redis://default:{p}@redis:6379x/0\": invalid port \":6379x\" after host",
            f"{c.plain()} INFO gorilla exited with status 1"], [p]


@P("gorilla_logfmt_file_store_s3_url_secret_pct2f", new=False)
def _():
    c = Clock(); a = akid(); s = awssec(); e = pct(s)
    return [f'level=info ts={c.iso()} caller=filestore/s3.go:54 msg="configuring file store" store="s3://{a}:{e}@wandb-files-{hx(6)}?region=us-east-1&tls=true"',
            f'level=info ts={c.iso()} caller=filestore/s3.go:77 msg="bucket reachable" bucket=wandb-files'], [e]


@P("gorilla_logfmt_license_loaded_full_jwt_value", new=False)
def _():
    c = Clock(); t, s = lic_jwt()
    return [f'time="{c.iso()}" level=debug msg="read license from env" source=GORILLA_LICENSE license="{t}"',
            f'time="{c.iso()}" level=info msg="license valid" seats={R.randint(5, 200)} expiresAt={R.randint(2026, 2028)}-0{R.randint(1, 9)}-1{R.randint(0, 9)}'], [s]


@P("gorilla_startup_sso_provider_plusv_struct_client_secret", new=False)
def _():
    c = Clock(); s = rs(R.randint(32, 40), AL + "~_-.")
    cid = uid()
    return [f"{c.plain()} [INFO] auth: configured OIDC provider &{{Issuer:https://login.example.com/{uid()}/v2.0 ClientID:{cid} ClientSecret:{s} Scopes:[openid profile email] AuthMethod:implicit}}",
            f"{c.plain()} [INFO] auth: discovery document fetched in {R.randint(20, 400)}ms"], [s]


@P("gorilla_panic_invalid_email_sink_env_quoted", new=False)
def _():
    p = pw(); u = user()
    return ["panic: invalid GORILLA_EMAIL_SINK \"smtp://%s%%40example.com:%s@smtp.example.com:587\": unsupported scheme option starttls=maybe" % (u, p),
            "",
            "goroutine 1 [running]:",
            "main.mustEmailSink({0xc000%s, 0x%x})" % (hx(6), R.randint(80, 140)),
            "\t/src/gorilla/cmd/gorilla/main.go:%d +0x1%s" % (R.randint(100, 400), hx(2))], [p]


@P("gorilla_json_log_config_field_string_escaped_json", new=False)
def _():
    c = Clock(); p = pw(); q = pw()
    inner = J({"mysql": {"host": "mysql", "user": "wandb", "password": p}, "redis": {"addr": "redis:6379", "password": q}})
    return [J({"level": "debug", "time": c.iso(), "msg": "effective config", "config": inner}),
            J({"level": "info", "time": c.iso(), "msg": "http server listening", "addr": ":8080"})], [p, q]


@P("my_init_d_runit_script_echo_bucket_url")
def _():
    a = akid(); s = awssec(); e = pct(s)
    return ["*** Running /etc/my_init.d/01_local.sh...",
            f"Configuring bucket: s3://{a}:{e}@wandb-{hx(8)}",
            "*** Running /etc/my_init.d/02_migrate.sh...",
            "*** Booting runit daemon...",
            f"*** Runit started as PID {R.randint(20, 90)}"], [e]


@P("supervisord_conf_d_program_environment_kv_quoted", new=False)
def _():
    p = pw(); t, s = lic_jwt()
    return ["[program:gorilla]",
            "command=/usr/local/bin/gorilla serve",
            f'environment=GORILLA_LICENSE="{t}",MYSQL_PASSWORD="{p}",HOST="https://wandb.example.com"',
            "autorestart=true",
            "stdout_logfile=/var/log/gorilla.log"], [s, p]


@P("my_init_container_environment_json_cat")
def _():
    p = pw(); k, ks = wkey()
    return ["root@wandb-local:/# cat /etc/container_environment.json",
            J({"HOME": "/root", "LOCAL_USERNAME": "admin", "MYSQL": f"mysql://wandb:{p}@db.example.com:3306/wandb_local",
               "WANDB_API_KEY": k, "TERM": "xterm"}),
            "root@wandb-local:/# "], [p, ks]


@P("wandb_audit_log_jsonl_webhook_create_header_value")
def _():
    c = Clock(); s = rs(36, AL)
    return [J({"timestamp": c.iso(), "action": "integration:create", "actor": {"email": "ops@example.com", "ip": ip()},
               "entity": "ml-team", "request": {"name": "pager", "url": "https://hooks.example.com/wb",
                                                   "headers": {"X-Api-Token": s}}, "response_code": 200})], [s]


@P("wandb_automation_webhook_delivery_debug_request_headers")
def _():
    c = Clock(); t = rs(40, AL + "_"); h = hx(64)
    return [f'time="{c.iso()}" level=debug msg="webhook request" method=POST url=https://ci.example.com/generic-webhook-trigger/invoke',
            f'time="{c.iso()}" level=debug msg="webhook headers" headers="map[Authorization:[Bearer {t}] Content-Type:[application/json] X-Wandb-Signature:[sha256={hx(64)}]]"',
            f'time="{c.iso()}" level=info msg="webhook delivered" status=200 automation_id={b64u(12)}'], [t]


@P("weave_trace_server_uvicorn_startup_clickhouse_dsn", new=False)
def _():
    c = Clock(); p = pw()
    return [f"INFO:     Started server process [{R.randint(7, 90)}]",
            f"{c.plain()} INFO weave.trace_server: clickhouse dsn=clickhouse://weave:{p}@clickhouse-{ns()}:8123/weave?secure=false",
            "INFO:     Waiting for application startup.",
            "INFO:     Application startup complete."], [p]


@P("gorilla_logfmt_oidc_callback_id_token_jwt_field")
def _():
    c = Clock(); t, s = jwt({"iss": "https://idp.example.com", "sub": uid(), "aud": "wandb", "email": "a@example.com"})
    return [f'time="{c.iso()}" level=debug msg="oidc callback" state={hx(16)} id_token={t} expires_in=3600'], [s]


@P("gorilla_json_smtp_sink_config_object_password_key", new=False)
def _():
    c = Clock(); p = pw()
    return [J({"level": "error", "time": c.iso(), "msg": "email send failed", "error": "535 5.7.8 Authentication credentials invalid",
               "sink": {"Host": "smtp.example.com", "Port": 587, "Username": "wandb@example.com", "Password": p, "TLS": True}})], [p]


@P("weave_otel_exporter_otlp_headers_env_pct_encoded_basic", new=False)
def _():
    u, enc, tail = basic("api", pw())
    v = enc.replace("=", "%3D")
    return [f"OTEL_EXPORTER_OTLP_ENDPOINT=https://trace.wandb.example.com/otel",
            f"OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20{v},project_id=ml-team%2Feval",
            "OTEL_SERVICE_NAME=weave-worker"], [tail]


@P("gorilla_logfmt_mysql_migration_dsn_after_colon", new=False)
def _():
    c = Clock(); p = pw()
    return [f'time="{c.iso()}" level=info msg="running migrations" dir=/migrations',
            f'time="{c.iso()}" level=error msg="migration failed: cannot connect: mysql://wandb:{p}@tcp(db:3306)/wandb_local: Error 1045 (28000): Access denied for user \'wandb\'@\'{ip()}\' (using password: YES)"'], [p]


# ---------------- machine-written formats ----------------
@P("go_sql_driver_mysql_config_plusv_passwd_field", new=False)
def _():
    p = pw()
    return [f"db config: &{{User:wandb Passwd:{p} Net:tcp Addr:mysql:3306 DBName:wandb_local Params:map[] Collation:utf8mb4_general_ci Loc:UTC MaxAllowedPacket:4194304 TLSConfig:preferred Timeout:10s AllowNativePasswords:true ParseTime:true}}"], [p]


@P("go_hash_v_struct_literal_quoted_secret_fields")
def _():
    p = pw(); t, s = lic_jwt()
    return [f'cfg=main.Config{{Host:"https://wandb.example.com", RedisURL:"redis://:{p}@redis:6379", LicenseKey:"{t}", Debug:false, Port:8080}}'], [p, s]


@P("go_map_v_print_sorted_keys_password", new=False)
def _():
    p = pw()
    return [f"redis options: map[addr:redis-master:6379 db:0 password:{p} pool_size:10 tls:false username:default]"], [p]


@P("python_dataclass_repr_database_settings_password", new=False)
def _():
    p = pw()
    return [f"DEBUG:app.settings:loaded DatabaseSettings(host='mysql.internal', port=3306, user='wandb', password='{p}', database='wandb_local', ssl=False)"], [p]


@P("botocore_readonly_credentials_namedtuple_repr", new=False)
def _():
    a = akid(); s = awssec(); tk = "IQoJb3JpZ2luX2Vj" + b64(180)
    return [f"ReadOnlyCredentials(access_key='{a}', secret_key='{s}', token='{tk}')"], [s, tk[16:]]


@P("java_tostring_braces_password_single_quoted", new=False)
def _():
    p = pw()
    return [f"2024-0{R.randint(1, 9)}-1{R.randint(0, 9)} 10:0{R.randint(0, 9)}:11.402  INFO 1 --- [main] c.e.w.Config : DataSourceConfig{{url='jdbc:mysql://mysql:3306/wandb', username='wandb', password='{p}', poolSize=10}}"], [p]


@P("lombok_tostring_parens_unquoted_password", new=False)
def _():
    p = pw()
    return [f"HikariSettings(jdbcUrl=jdbc:mysql://db:3306/wandb_local, username=wandb, password={p}, maximumPoolSize=20, connectionTimeout=30000)"], [p]


@P("kotlin_data_class_tostring_nested_api_token", new=False)
def _():
    k, ks = wkey()
    return [f"Settings(baseUrl=https://wandb.example.com, auth=Auth(apiKey={k}, entity=ml-team), retries=3)"], [ks]


@P("csharp_record_tostring_braces_password", new=False)
def _():
    p = pw()
    return [f"info: Worker[0] Options: DbOptions {{ Host = mysql.internal, Port = 3306, User = wandb, Password = {p}, Pooling = True }}"], [p]


@P("rust_debug_struct_token_field_quoted", new=False)
def _():
    t = rs(R.randint(30, 44), AL)
    return [f'[2024-05-0{R.randint(1, 9)}T08:11:02Z DEBUG exporter] config = ExporterConfig {{ endpoint: "https://ingest.example.com", token: "{t}", batch_size: 512 }}'], [t]


@P("rust_pretty_debug_multiline_nested_secret", new=False)
def _():
    p = pw(); s = awssec()
    return ["Config {", '    listen: "0.0.0.0:9000",', "    storage: S3 {", f'        access_key: "{akid()}",',
            f'        secret_key: "{s}",', "    },", "    db: Db {", f'        url: "mysql://wandb:{p}@db/wandb",', "    },", "}"], [s, p]


@P("ruby_object_inspect_ivar_password")
def _():
    p = pw()
    return [f'#<Settings:0x0000{hx(12)} @host="db.example.com", @username="wandb", @password="{p}", @port=3306>'], [p]


@P("ruby34_hash_inspect_arrow_spaced_password", new=False)
def _():
    p = pw(); t = rs(32)
    return [f'{{"adapter" => "mysql2", "password" => "{p}", "token" => "{t}", "pool" => 5}}'], [p, t]


@P("elixir_inspect_keyword_list_password", new=False)
def _():
    p = pw()
    return [f'[info] Repo config: [username: "wandb", password: "{p}", hostname: "db", database: "wandb", pool_size: 10]'], [p]


@P("php_var_dump_array_string_password", new=False)
def _():
    p = pw()
    return ['array(3) {', '  ["user"]=>', '  string(5) "wandb"', '  ["password"]=>', f'  string({len(p)}) "{p}"', '  ["host"]=>', '  string(2) "db"', '}'], [p]


@P("perl_data_dumper_var1_hash_password", new=False)
def _():
    p = pw()
    return ["$VAR1 = {", "          'dbuser' => 'wandb',", f"          'dbpass' => '{p}',", "          'dbhost' => 'mysql'", "        };"], [p]


@P("protobuf_text_format_nested_credentials_message", new=False)
def _():
    k, ks = wkey(); p = pw()
    return ["settings {", f'  api_key {{ value: "{k}" }}', '  base_url { value: "https://wandb.example.com" }', "}",
            "proxy {", f'  password: "{p}"', "}"], [ks, p]


@P("msgpack_hex_dump_map_password_str8")
def _():
    p = pw(); ph = p.encode().hex()
    return ["msgpack payload (hex):", "82a475736572a577616e6462a870617373776f7264d9" + f"{len(p):02x}" + ph], [ph]


@P("cbor_hex_map_token_text_string")
def _():
    t = rs(R.randint(24, 40)); th = t.encode().hex()
    return [f"cbor: a2 65 746f6b656e 78 {len(t):02x} {th} 63 74746c 19 0e10"], [th]


@P("soap_wsse_usernametoken_password_text")
def _():
    p = pw()
    return ['<soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
            "<wsse:UsernameToken><wsse:Username>wandb-ldap</wsse:Username>",
            f'<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{p}</wsse:Password>',
            "</wsse:UsernameToken></wsse:Security></soapenv:Header>"], [p]


@P("java_properties_colon_equals_backslash_escaped_value")
def _():
    a, b, c = rs(6), rs(6), rs(6)
    v = f"{a}\\:{b}\\={c}"
    return ["# generated", "spring.datasource.url=jdbc\\:mysql\\://db\\:3306/wandb", f"spring.datasource.password={v}"], [v]


@P("configparser_indented_continuation_value_dsn")
def _():
    p = pw()
    return ["[alembic]", "script_location = migrations", "sqlalchemy.url =", f"    mysql+pymysql://wandb:{p}@mysql:3306/wandb_local", "    ?charset=utf8mb4"], [p]


@P("nomad_job_hcl_task_env_block_literal", new=False)
def _():
    p = pw(); t, s = lic_jwt()
    return ['task "wandb" {', '  driver = "docker"', "  env {", f'    MYSQL_PASSWORD = "{p}"', f'    LICENSE        = "{t}"', "  }", "}"], [p, s]


@P("toml_inline_table_redis_password", new=False)
def _():
    p = pw()
    return ["[cache]", f'redis = {{ url = "redis://redis:6379/0", password = "{p}", tls = false }}'], [p]


@P("csv_export_quoted_field_embedded_comma_secret", new=False)
def _():
    a, b = rs(8, PWAL), rs(8, PWAL)
    v = f"{rs(1)}{a},{b}{rs(1)}"
    return ["name,kind,value,updated_by", f'mysql-root,password,"{v}",ops@example.com', "region,plain,us-east-1,ops@example.com"], [v]


@P("mysqldump_extended_insert_row_integration_token", new=False)
def _():
    t = rs(24); u = rs(24)
    return ["LOCK TABLES `integrations` WRITE;",
            f"INSERT INTO `integrations` VALUES ({R.randint(1, 9)},'slack','T0{rs(8, string.ascii_uppercase + '0123456789')}','xoxb-{R.randint(10**11, 10**12)}-{t}',NULL),({R.randint(10, 40)},'webhook','ci','{u}','2024-01-0{R.randint(1, 9)} 00:00:00');",
            "UNLOCK TABLES;"], [t, u]


@P("xml_plist_key_then_string_next_line_password", new=False)
def _():
    p = pw()
    return ["<dict>", "\t<key>Username</key>", "\t<string>wandb</string>", "\t<key>Password</key>", f"\t<string>{p}</string>", "</dict>"], [p]


# ---------------- Kubernetes / container layer ----------------
@P("kubectl_last_applied_annotation_secret_stringdata_json", new=False)
def _():
    p = pw(); t, s = lic_jwt(); n = ns()
    la = J({"apiVersion": "v1", "kind": "Secret", "metadata": {"annotations": {}, "name": "wandb-secrets", "namespace": n},
            "stringData": {"MYSQL_PASSWORD": p, "LICENSE": t}, "type": "Opaque"})
    return ["apiVersion: v1", "data:", f"  LICENSE: {b64(30)}", "kind: Secret", "metadata:", "  annotations:",
            "    kubectl.kubernetes.io/last-applied-configuration: |", f"      {la}", "  name: wandb-secrets", f"  namespace: {n}"], [p, s]


@P("kubectl_describe_pod_environment_literal_value_column", new=False)
def _():
    p = pw(); k, ks = wkey()
    return [f"Name:             {pod()}", "Containers:", "  wandb:", "    Environment:", "      HOST:                https://wandb.example.com",
            f"      MYSQL_PASSWORD:      {p}", f"      WANDB_API_KEY:       {k}",
            "      BUCKET:              <set to the key 'BUCKET' in secret 'wandb-bucket'>  Optional: false"], [p, ks]


@P("kubectl_get_deploy_json_env_name_value_pairs_license", new=False)
def _():
    t, s = lic_jwt()
    return ['                        "env": [', '                            {', '                                "name": "LICENSE",',
            f'                                "value": "{t}"', '                            },', '                            {',
            '                                "name": "GLOBAL_ADMIN_API_KEY",', '                                "valueFrom": {"secretKeyRef": {"key": "k", "name": "wandb-admin"}}', '                            }'], [s]


@P("k8s_event_liveness_probe_failed_exec_command_password_arg", new=False)
def _():
    p = pw()
    return ["LAST SEEN   TYPE      REASON      OBJECT            MESSAGE",
            f'{R.randint(2, 50)}s         Warning   Unhealthy   pod/wandb-mysql-0   Liveness probe failed: command "mysqladmin ping -uroot -p{p}" timed out'], [p]


@P("docker_inspect_config_cmd_array_flag_password", new=False)
def _():
    p = pw()
    return ['        "Cmd": [', '            "redis-server",', '            "--appendonly",', '            "yes",', '            "--requirepass",', f'            "{p}"', '        ],'], [p]


@P("crictl_inspect_info_runtimespec_process_env", new=False)
def _():
    p = pw(); s = awssec()
    return ['  "info": {', '    "runtimeSpec": {', '      "process": {', '        "env": [', '          "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",',
            f'          "MYSQL_PASSWORD={p}",', f'          "AWS_SECRET_ACCESS_KEY={s}",', '          "HOSTNAME=wandb-app"', '        ],'], [p, s]


@P("containerd_debug_createcontainer_keyvalue_gogo_string")
def _():
    c = Clock(); p = pw()
    return [f'time="{c.isons()}" level=debug msg="CreateContainer within sandbox \\"{hx(64)}\\" for &ContainerMetadata{{Name:wandb,Attempt:0,}}"',
            f'time="{c.isons()}" level=debug msg="container config: Envs:[]*KeyValue{{&KeyValue{{Key:HOST,Value:https://wandb.example.com,}},&KeyValue{{Key:MYSQL_PASSWORD,Value:{p},}},}}"'], [p]


@P("kubelet_klog_container_spec_envvar_struct_string", new=False)
def _():
    c = Clock(); t, s = lic_jwt()
    return [f'{c.klog("E")}    {R.randint(900, 9999)} kuberuntime_manager.go:1256] "Unhandled Error" err="container &Container{{Name:wandb,Image:wandb/local:{ver()},Env:[]EnvVar{{EnvVar{{Name:LICENSE,Value:{t},ValueFrom:nil,}},}},}} start failed in pod {pod()}: CreateContainerConfigError" logger="UnhandledError"'], [s]


@P("dockerconfigjson_decoded_auths_auth_b64_userpass_jq", new=False)
def _():
    u, enc, tail = basic(user(), pw())
    return ["$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq .", "{", '  "auths": {',
            '    "registry.example.com": {', f'      "username": "{u}",', f'      "auth": "{enc}"', "    }", "  }", "}"], [tail]


@P("kubectl_create_token_stdout_bound_sa_jwt")
def _():
    t, s = jwt({"aud": ["https://kubernetes.default.svc"], "sub": "system:serviceaccount:wandb:wandb-operator"})
    return ["$ kubectl -n wandb create token wandb-operator --duration=8760h", t], [s]


@P("kubeconfig_users_client_key_data_b64_pem", new=False)
def _():
    head = "-----BEGIN EC PRIVATE KEY-----\n"; foot = "\n-----END EC PRIVATE KEY-----\n"
    body = b64(R.choice([120, 121]))
    pem = head + body + foot
    enc = base64.b64encode(pem.encode()).decode()
    start = 4 * ((len(head) + 2) // 3)
    end = 4 * ((len(pem) - len(foot)) // 3)
    return ["users:", "- name: wandb-admin", "  user:", f"    client-certificate-data: {cert_b64()}", f"    client-key-data: {enc}"], [enc[start:end]]


@P("kubeconfig_exec_plugin_env_list_literal_secret", new=False)
def _():
    s = awssec()
    return ["  user:", "    exec:", "      apiVersion: client.authentication.k8s.io/v1beta1", "      command: aws", "      args: [eks, get-token, --cluster-name, wandb]",
            "      env:", "      - name: AWS_ACCESS_KEY_ID", f"        value: {akid()}", "      - name: AWS_SECRET_ACCESS_KEY", f"        value: {s}"], [s]


@P("kubeconfig_auth_provider_oidc_refresh_token_client_secret", new=False)
def _():
    cs = rs(32); rt = b64u(48); t, s = jwt({"iss": "https://dex.example.com", "sub": uid()})
    return ["    auth-provider:", "      config:", "        client-id: kubernetes", f"        client-secret: {cs}", f"        id-token: {t}",
            "        idp-issuer-url: https://dex.example.com", f"        refresh-token: {rt}", "      name: oidc"], [cs, s, rt]


@P("helm_get_manifest_rendered_secret_stringdata_block", new=False)
def _():
    p = pw(); q = pw()
    return ["---", "# Source: wandb/charts/mysql/templates/secret.yaml", "apiVersion: v1", "kind: Secret", "metadata:", "  name: wandb-mysql",
            "stringData:", f'  MYSQL_ROOT_PASSWORD: "{p}"', f'  MYSQL_PASSWORD: "{q}"'], [p, q]


@P("kubectl_get_minio_tenant_cr_env_root_password", new=False)
def _():
    p = pw()
    return ["apiVersion: minio.min.io/v2", "kind: Tenant", "spec:", "  env:", "  - name: MINIO_ROOT_USER", "    value: wandbminio",
            "  - name: MINIO_ROOT_PASSWORD", f"    value: {p}", "  pools:", "  - servers: 4"], [p]


@P("kubectl_get_configmap_json_data_env_file_newline_escaped", new=False)
def _():
    p = pw(); k, ks = wkey()
    return ['    "data": {', f'        "wandb.env": "HOST=https://wandb.example.com\\nMYSQL_PASSWORD={p}\\nWANDB_API_KEY={k}\\n"', "    },"], [p, ks]


@P("docker_loki_driver_log_opts_url_userinfo_api_key")
def _():
    k = "glc_" + b64u(90)
    return ['  "log-driver": "loki",', '  "log-opts": {', f'    "loki-url": "https://{R.randint(100000, 999999)}:{k}@logs.example.com/loki/api/v1/push",', '    "loki-batch-size": "400"'], [k[4:]]


@P("kubectl_jsonpath_container_args_range_output_license_flag", new=False)
def _():
    t, s = lic_jwt()
    return ["$ kubectl get pod -l app=wandb -o jsonpath='{range .items[*].spec.containers[*]}{.args}{\"\\n\"}{end}'",
            f'["serve","--license={t}","--port=8080"]'], [s]


@P("kube_apiserver_audit_request_object_secret_data_b64", new=False)
def _():
    c = Clock(); p = pw(18, 24); e = b64secret(p)
    return [J({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": uid(), "stage": "ResponseComplete",
               "requestURI": f"/api/v1/namespaces/{ns()}/secrets", "verb": "create",
               "requestObject": {"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "wandb-mysql"}, "data": {"password": base64.b64encode(p.encode()).decode()}},
               "requestReceivedTimestamp": c.isons()})], [e]


@P("kubectl_get_secret_json_data_b64_gorilla_keys", new=False)
def _():
    p = pw(); q = rs(40)
    return ['    "data": {', f'        "GORILLA_MYSQL_PASSWORD": "{base64.b64encode(p.encode()).decode()}",',
            f'        "GORILLA_SESSION_KEY": "{base64.b64encode(q.encode()).decode()}"', "    },", '    "kind": "Secret",'], [b64secret(p), b64secret(q)]


@P("kubectl_get_pod_yaml_initcontainer_command_sh_c_mysql", new=False)
def _():
    p = pw()
    return ["  initContainers:", "  - command:", "    - sh", "    - -c", f"    - mysql -h wandb-mysql -uroot -p{p} -e 'CREATE DATABASE IF NOT EXISTS wandb_local'", "    image: mysql:8.0"], [p]


@P("helm_release_decoded_gunzip_jq_config_password", new=False)
def _():
    p = pw()
    return ["$ kubectl get secret sh.helm.release.v1.wandb.v7 -o jsonpath='{.data.release}' | base64 -d | base64 -d | gunzip | jq -c .config.mysql",
            J({"database": "wandb_local", "host": "mysql", "password": p, "user": "wandb"})], [p]


@P("kubectl_patch_json_op_replace_data_value_b64", new=False)
def _():
    p = pw(18, 24)
    return [f"$ kubectl -n {ns()} patch secret wandb-redis --type=json -p='[{{\"op\":\"replace\",\"path\":\"/data/password\",\"value\":\"{base64.b64encode(p.encode()).decode()}\"}}]'",
            "secret/wandb-redis patched"], [b64secret(p)]


@P("crio_debug_createcontainer_request_envs")
def _():
    c = Clock(); p = pw()
    return [f'time="{c.isons()}" level=debug msg="Request: &CreateContainerRequest{{PodSandboxId:{hx(64)},Config:&ContainerConfig{{Envs:[]*KeyValue{{&KeyValue{{Key:REDIS_PASSWORD,Value:{p},}},}},}},}}" file="otel-collector/interceptors.go:62"'], [p]


# ---------------- observability pipelines ----------------
@P("fluentbit_stdout_msgpack_ruby_hash_log_field", new=False)
def _():
    c = Clock(); p = pw()
    return [f'[0] kube.var.log.containers.{pod()}_wandb_wandb-{hx(64)}.log: [[{c.epoch()}, {{}}], {{"log"=>"time=\\"{c.iso()}\\" level=error msg=\\"db\\" dsn=\\"wandb:{p}@tcp(mysql:3306)/wandb\\"", "stream"=>"stderr"}}]'], [p]


@P("fluentd_stdout_json_log_field_escaped_inner_json", new=False)
def _():
    c = Clock(); p = pw()
    inner = J({"level": "error", "msg": "smtp auth", "password": p})
    return [f"{c.plain()}.{R.randint(100000000, 999999999)} +0000 kubernetes.var.log.containers.wandb.log: " + J({"log": inner + "\n", "stream": "stderr"})], [p]


@P("vector_console_sink_json_message_inner_logfmt")
def _():
    c = Clock(); p = pw()
    return [J({"file": "/var/log/pods/wandb/wandb/0.log", "kubernetes": {"pod_name": pod(), "pod_namespace": ns()},
               "message": f'level=warn msg="retry" url=mysql://wandb:{p}@mysql:3306/wandb', "timestamp": c.isons()})], [p]


@P("promtail_dry_run_labels_tab_entry_line")
def _():
    c = Clock(); p = pw()
    return [f'{c.iso()}\t{{app="wandb", container="wandb", namespace="{ns()}"}}\ttime="{c.iso()}" level=debug msg="redis" addr=redis:6379 password={p}'], [p]


@P("otelcol_debug_exporter_logrecord_body_str_attributes", new=False)
def _():
    c = Clock(); t = rs(40, AL + "_-")
    return ["LogRecord #0", f"ObservedTimestamp: {c.tick()} +0000 UTC", "SeverityText: ERROR",
            f"Body: Str(request failed: POST https://api.example.com/v1 returned 401)", "Attributes:",
            f'     -> http.request.header.authorization: Slice(["Bearer {t}"])', f"Trace ID: {hx(32)}"], [t]


@P("fluentbit_classic_output_datadog_apikey")
def _():
    k = hx(32)
    return ["[OUTPUT]", "    Name        datadog", "    Match       kube.*", "    Host        http-intake.logs.datadoghq.com", "    TLS         on", f"    apikey      {k}", "    dd_service  wandb"], [k]


@P("fluentd_splunk_hec_match_hec_token")
def _():
    t = uid()
    return ["<match kubernetes.**>", "  @type splunk_hec", "  hec_host splunk.example.com", "  hec_port 8088", f"  hec_token {t}", "</match>"], [t]


@P("vector_toml_sinks_new_relic_license_key", new=False)
def _():
    k = hx(36) + "NRAL"
    return ["[sinks.newrelic]", 'type = "new_relic"', 'inputs = ["wandb_logs"]', 'account_id = "%d"' % R.randint(1000000, 9999999), f'license_key = "{k}"', 'api = "logs"'], [k]


@P("promtail_clients_basic_auth_loki_password", new=False)
def _():
    p = "glc_" + b64(60)
    return ["clients:", "  - url: https://logs.example.com/loki/api/v1/push", "    basic_auth:", f"      username: {R.randint(100000, 999999)}", f"      password: {p}"], [p[4:]]


@P("otelcol_exporter_otlphttp_headers_x_honeycomb_team", new=False)
def _():
    k = rs(22)
    return ["exporters:", "  otlphttp/honeycomb:", "    endpoint: https://api.honeycomb.io", "    headers:", f'      x-honeycomb-team: "{k}"'], [k]


@P("fluentbit_yaml_outputs_splunk_token")
def _():
    t = uid()
    return ["pipeline:", "  outputs:", "    - name: splunk", "      match: '*'", "      host: splunk.example.com", f"      splunk_token: {t}", "      tls: on"], [t]


@P("vector_vrl_parse_error_event_dump_double_escaped")
def _():
    c = Clock(); p = pw()
    inner = J({"msg": "login", "password": p})
    ev = J({"message": inner})
    return [f'{c.isons()} ERROR transform{{component_id=parse_wandb}}: vector::internal_events::remap: Mapping failed with event. error="function call error for \\"parse_json\\"" event={json.dumps(ev)}'], [p]


@P("filebeat_output_elasticsearch_api_key_id_colon_key", new=False)
def _():
    i = rs(20); k = rs(22, AL + "_-")
    return ["output.elasticsearch:", '  hosts: ["https://es.example.com:9200"]', f'  api_key: "{i}:{k}"'], [k]


@P("datadog_intake_url_dd_api_key_query_in_shipper_error")
def _():
    c = Clock(); k = hx(32)
    return [f"{c.plain()} [warn]: #0 failed to flush the buffer. error_class=Net::ReadTimeout error=\"Net::ReadTimeout with https://http-intake.logs.datadoghq.com/api/v2/logs?dd-api-key={k}&ddsource=wandb\""], [k]


@P("fluentbit_loki_output_http_passwd", new=False)
def _():
    p = pw()
    return ["[OUTPUT]", "    name       loki", "    match      *", "    host       loki.example.com", "    http_user  wandb", f"    http_passwd {p}"], [p]


# ---------------- adversarial layouts ----------------
@P("terminal_wrapped_80col_logfmt_split_password", new=False)
def _():
    c = Clock(); p = pw(20, 24)
    k = R.randint(8, len(p) - 8)
    head = f'ts={c.iso()} level=error msg="'
    tail = '" mysql_password='
    need = 80 - k - len(head) - len(tail)
    filler = ("dial tcp mysql.wandb.svc:3306 failed, will retry with backoff")[:need]
    line = head + filler + tail + p + " attempt=3"
    assert len(head + filler + tail) == 80 - k
    return [line[:80], line[80:]], [p[:k], p[k:]]


@P("k8s_event_message_double_json_escaped_inner_config")
def _():
    p = pw()
    inner = J({"password": p, "user": "wandb"})
    return [J({"kind": "Event", "reason": "ReconcileError", "message": "values: " + json.dumps(inner)})], [p]


@P("russian_key_parol_env_line", new=False)
def _():
    p = pw()
    return ["# база данных", "ХОСТ_БД=mysql", f"ПАРОЛЬ_БД={p}"], [p]


@P("german_kennwort_ini_line", new=False)
def _():
    p = pw()
    return ["[Datenbank]", "Benutzer = wandb", f"Kennwort = {p}"], [p]


@P("turkish_sifre_yaml_key", new=False)
def _():
    p = pw()
    return ["veritabanı:", "  kullanıcı: wandb", f"  şifre: {p}"], [p]


@P("arabic_key_json_password")
def _():
    p = pw()
    return [J({"المستخدم": "wandb", "كلمة_المرور": p})], [p]


@P("hindi_devanagari_key_toml_password")
def _():
    p = pw()
    return ["[डेटाबेस]", 'उपयोगकर्ता = "wandb"', f'पासवर्ड = "{p}"'], [p]


@P("greek_kodikos_properties_line")
def _():
    p = pw()
    return ["χρήστης=wandb", f"κωδικός={p}"], [p]


@P("vietnamese_mat_khau_env_key")
def _():
    p = pw()
    return ["TEN_DANG_NHAP=wandb", f"MẬT_KHẨU={p}"], [p]


@P("kubectl_custom_columns_table_decoded_value_column", new=False)
def _():
    p = pw(); q = pw()
    return ["NAME             KEY              VALUE", f"wandb-mysql      password         {p}", f"wandb-redis      redis-password   {q}"], [p, q]


@P("mysql_cli_boxed_table_select_settings_row_value")
def _():
    p = pw()
    w = max(len(p), 20)
    return ["mysql> SELECT name, value FROM settings WHERE name LIKE '%smtp%';", "+---------------+" + "-" * (w + 2) + "+",
            "| name          | " + "value".ljust(w) + " |", "+---------------+" + "-" * (w + 2) + "+",
            "| smtp_host     | " + "smtp.example.com".ljust(w) + " |", "| smtp_password | " + p.ljust(w) + " |", "+---------------+" + "-" * (w + 2) + "+"], [p]


@P("strace_execve_envp_array_password", new=False)
def _():
    p = pw()
    return [f'{R.randint(100, 999)}  execve("/usr/local/bin/gorilla", ["gorilla", "serve"], ["HOME=/root", "MYSQL_PASSWORD={p}", "TERM=xterm"]) = 0'], [p]


@P("xxd_plain_hex_of_token_file")
def _():
    t = rs(R.randint(20, 28)); h = (t + "\n").encode().hex()
    return ["$ xxd -p /var/run/secrets/wandb/token", h], [t.encode().hex()]


@P("url_encoded_form_body_gorilla_oidc_token_exchange_debug", new=False)
def _():
    c = Clock(); s = pw(20, 28) + "/+="; e = pct(s)
    return [f'time="{c.iso()}" level=debug msg="token request" body="grant_type=authorization_code&code={b64u(24)}&client_id=wandb&client_secret={e}&redirect_uri=https%3A%2F%2Fwandb.example.com%2Foidc%2Fcallback"'], [e]


@P("sql_comment_dash_dash_password_in_migration", new=False)
def _():
    p = pw()
    return ["-- migrate: create service user", f"-- old root password was {p}, rotated after install", "CREATE USER IF NOT EXISTS 'svc'@'%';"], [p]


@P("hcl_block_comment_slash_star_token")
def _():
    t = rs(36)
    return ['provider "wandb" {', "  host = var.host", f"  /* api_token = \"{t}\" */", "}"], [t]


@P("go_quoted_string_escaped_quote_and_space_password", new=False)
def _():
    a, b = rs(7), rs(7)
    v = f'{a} \\"{b}'
    return [f'level=error msg="auth failed" password="{v}" user=wandb'], [v]


@P("bash_ansi_c_quoting_hex_escaped_password", new=False)
def _():
    p = rs(R.randint(10, 14))
    e = "".join("\\x%02x" % ord(ch) for ch in p)
    return [f"export MYSQL_PASSWORD=$'{e}'"], [e]


@P("html_table_td_cell_after_password_header", new=False)
def _():
    p = pw()
    return ["<table><tr><th>Setting</th><th>Value</th></tr>", f"<tr><td>MYSQL_PASSWORD</td><td>{p}</td></tr>", "</table>"], [p]


@P("yaml_key_value_on_next_line_after_question_mark")
def _():
    p = pw()
    return ["? password", f": {p}", "? user", ": wandb"], [p]


@P("base64_24col_wrapped_env_file_in_values_literal_block", new=False)
def _():
    p = pw(30, 36)
    blob = "MYSQL_PASSWORD=" + p + "\n"  # 15 bytes prefix: aligned
    enc = base64.b64encode(blob.encode()).decode()
    tail = base64.b64encode((p + "\n").encode()).decode()
    start = 20
    pieces = [enc[i:i + 24] for i in range(0, len(enc), 24)]
    listed = []
    pos = 0
    for pc in pieces:
        s0, e0 = pos, pos + len(pc)
        a, b = max(s0, start), min(e0, start + 4 * (len(p) // 3))
        if b - a >= 8:
            listed.append(enc[a:b])
        pos = e0
    return ["binaryData:", "  app.env: |"] + ["    " + pc for pc in pieces], listed


@P("logfmt_value_with_escaped_newline_inside_quotes_split_token")
def _():
    a, b = rs(12), rs(12)
    return [f'level=info msg="token refreshed" token="{a}\\n{b}" ttl=3600'], [a, b]


@P("unicode_escaped_go_json_ampersand_lt_password", new=False)
def _():
    a, b = rs(8), rs(8)
    v = f"{a}\\u0026{b}\\u003c"
    return [f'{{"level":"info","msg":"smtp configured","password":"{v}"}}'], [v]


@P("ansi_colored_zerolog_console_password_field", new=False)
def _():
    c = Clock(); p = pw()
    return [f"\u001b[90m{c.tick().strftime('%I:%M%p')}\u001b[0m \u001b[31mERR\u001b[0m redis dial failed \u001b[36maddr=\u001b[0mredis:6379 \u001b[36mpassword=\u001b[0m{p}"], [p]


@P("cri_log_partial_p_tag_split_token_across_entries", new=False)
def _():
    c = Clock(); t = rs(30)
    a, b = t[:14], t[14:]
    return [f"{c.isons()} stderr P level=debug msg=\"bearer\" token={a}", f"{c.isons()} stderr F {b} expires=3600"], [a, b]


@P("docker_json_file_log_line_escaped_dsn", new=False)
def _():
    c = Clock(); p = pw()
    return [J({"log": f'time="{c.iso()}" level=error msg="mysql://wandb:{p}@db:3306/wandb unreachable"\n', "stream": "stderr", "time": c.isons()})], [p]


@P("kubectl_logs_previous_supervisord_crash_env_dump_crlf", new=False)
def _():
    c = Clock(); p = pw()
    return [f"{c.sup()} INFO exited: gorilla (exit status 1; not expected)\r", f"{c.sup()} CRIT env MYSQL_PASSWORD={p}\r"], [p]


@P("sops_like_encrypted_file_with_plain_unencrypted_suffix_key")
def _():
    p = pw()
    return ["mysql:", "    password: ENC[AES256_GCM,data:" + b64(18) + ",iv:" + b64(32) + ",tag:" + b64(16) + ",type:str]",
            f"    admin_password_unencrypted: {p}", "sops:", "    unencrypted_suffix: _unencrypted"], [p]


@P("gorilla_logfmt_bucket_azure_account_key_query")
def _():
    c = Clock(); k = b64(64); e = pct(k)
    return [f'time="{c.iso()}" level=info msg="file store" url="az://wandbstore/files?account_key={e}"'], [e]


@P("kubectl_exec_env_grep_output_pod_prefix", new=False)
def _():
    p = pw(); t, s = lic_jwt()
    return [f"$ kubectl exec -n {ns()} deploy/wandb -- env | grep -E 'MYSQL|LICENSE'", f"MYSQL=mysql://wandb:{p}@wandb-mysql:3306/wandb_local", f"LICENSE={t}"], [p, s]


@P("docker_compose_logs_prefixed_service_pipe_bar_env", new=False)
def _():
    p = pw()
    return [f"wandb-1  | *** Running /etc/my_init.d/00_env.sh...", f"wandb-1  | BUCKET_SECRET_KEY={p}", "wandb-1  | *** Booting runit daemon..."], [p]


@P("journald_export_format_message_field_binary_safe", new=False)
def _():
    c = Clock(); p = pw()
    return [f"__REALTIME_TIMESTAMP={c.epoch().replace('.', '')}000", "_SYSTEMD_UNIT=docker.service", "SYSLOG_IDENTIFIER=dockerd",
            f'MESSAGE=time="{c.iso()}" level=warning msg="failed to push log" loki-url=https://wandb:{p}@loki.example.com/loki/api/v1/push'], [p]


@P("gelf_json_short_message_full_message_secret")
def _():
    c = Clock(); p = pw()
    return [J({"version": "1.1", "host": "wandb-app", "short_message": "db error", "full_message": f"Access denied: DSN wandb:{p}@tcp(db)/wandb", "timestamp": float(c.epoch()), "level": 3})], [p]


@P("syslog_rfc5424_structured_data_param_token", new=False)
def _():
    c = Clock(); t = rs(32)
    return [f'<134>1 {c.iso()} wandb-app gorilla {R.randint(10, 999)} ID47 [auth@32473 token="{t}" user="svc"] login ok'], [t]


@P("cloudevents_structured_json_data_base64_secret")
def _():
    p = pw(18, 24)
    enc = base64.b64encode(('{"smtp_password":"' + p + '"}').encode()).decode()
    return [J({"specversion": "1.0", "type": "com.wandb.automation.triggered", "source": "/automations", "id": uid(),
               "data_base64": enc})], [enc[24:24 + 4 * (len(p) // 3)]]


@P("istio_envoy_access_log_json_authorization_header", new=False)
def _():
    c = Clock(); k, ks = wkey(); u, enc, tail = basic("api", k)
    return [J({"start_time": c.iso(), "method": "POST", "path": "/graphql", "response_code": 200, "authorization": f"Basic {enc}",
               "x_request_id": uid(), "upstream_host": ip() + ":8080"})], [tail]


@P("nginx_ingress_controller_debug_upstream_header_dump_cookie")
def _():
    c = Clock(); s = b64u(32)
    return [f'{c.klog("I")}       7 controller.go:190] "proxy request headers" headers="Cookie: wandb_session={s}; _ga=GA1.1.{R.randint(10**8, 10**9)}"'], [s]


@P("terraform_kubernetes_secret_plan_stringdata_cleartext_diff")
def _():
    p = pw()
    return ['  # kubernetes_secret.wandb will be updated in-place', '  ~ resource "kubernetes_secret" "wandb" {', "      ~ data = {",
            f'          ~ "MYSQL_PASSWORD" = "{p}" -> (sensitive value)', "        }"], [p]


@P("argo_rollouts_analysis_run_web_metric_header_value")
def _():
    t = rs(40)
    return ["      provider:", "        web:", "          url: https://metrics.example.com/api/v1/query", "          headers:", "          - key: Authorization", f"            value: Bearer {t}"], [t]


@P("cert_manager_secret_tls_key_b64_in_kubectl_get_yaml", new=False)
def _():
    head = "-----BEGIN PRIVATE KEY-----\n"; foot = "\n-----END PRIVATE KEY-----\n"
    body = b64(90)
    pem = head + body + foot
    enc = base64.b64encode(pem.encode()).decode()
    start = 4 * ((len(head) + 2) // 3); end = 4 * ((len(pem) - len(foot)) // 3)
    return ["data:", f"  tls.crt: {cert_b64()}", f"  tls.key: {enc}", "kind: Secret", "type: kubernetes.io/tls"], [enc[start:end]]


@P("windows_event_xml_eventdata_data_name_password")
def _():
    p = pw()
    return ["<EventData>", '<Data Name="CommandLine">docker run -e MYSQL_PASSWORD=' + p + " wandb/local</Data>", '<Data Name="User">svc</Data>', "</EventData>"], [p]


@P("ldap_ldif_userpassword_base64_double_colon", new=False)
def _():
    p = pw(18, 24)
    return ["dn: cn=wandb-bind,ou=svc,dc=example,dc=com", "objectClass: simpleSecurityObject", f"userPassword:: {base64.b64encode(p.encode()).decode()}"], [b64secret(p)]


@P("gorilla_json_log_graphql_variables_create_secret_value", new=False)
def _():
    c = Clock(); s = rs(40)
    return [J({"level": "info", "time": c.iso(), "msg": "graphql", "operationName": "InsertSecret",
               "variables": {"entityName": "ml-team", "secretName": "OPENAI_API_KEY", "secretValue": "sk-" + s}})], [s]


@P("weave_scorer_litellm_debug_request_headers_dict")
def _():
    s = rs(48)
    return ["LiteLLM: POST Request Sent from LiteLLM:", "curl -X POST \\", "https://llm.example.com/v1/chat/completions \\",
            f"-H 'Content-Type: application/json' -H 'Authorization: Bearer sk-{s}' \\", "-d '{\"model\": \"gpt-4o\"}'"], [s]


@P("k8s_downward_api_annotation_file_quoted_token")
def _():
    t = rs(36)
    return ["$ cat /etc/podinfo/annotations", 'kubectl.kubernetes.io/restartedAt="2025-01-01T00:00:00Z"', f'wandb.ai/bootstrap-token="{t}"'], [t]


@P("envoy_config_dump_json_inline_string_secret", new=False)
def _():
    t = rs(40)
    return ['      "generic_secret": {', '       "secret": {', f'        "inline_string": "{t}"', "       }", "      }"], [t]


@P("nats_server_conf_authorization_token_quoted", new=False)
def _():
    t = rs(32)
    return ["authorization {", f'  token: "{t}"', "  timeout: 2", "}"], [t]


@P("clickhouse_users_d_yaml_password_sha_and_plain", new=False)
def _():
    p = pw()
    return ["users:", "  weave:", f"    password: '{p}'", "    networks:", "      ip: '::/0'"], [p]


@P("jdbc_url_query_password_param_in_java_exception", new=False)
def _():
    p = pw()
    return [f"java.sql.SQLException: Access denied for url jdbc:mysql://db:3306/wandb?user=wandb&password={p}&useSSL=true",
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)"], [p]


@P("k8s_cronjob_yaml_args_curl_u_userpass", new=False)
def _():
    p = pw()
    return ["            args:", "            - /bin/sh", "            - -c", f"            - curl -fsS -u backup:{p} https://backup.example.com/trigger"], [p]


# ---------------- more new kinds ----------------
@P("bson_extended_json_dollar_binary_base64_password")
def _():
    p = pw(18, 24)
    return ['{ "_id": { "$oid": "%s" }, "user": "wandb",' % hx(24), f'  "password": {{ "$binary": {{ "base64": "{base64.b64encode(p.encode()).decode()}", "subType": "00" }} }} }}'], [b64secret(p)]


@P("java_properties_unicode_u_escaped_password_value")
def _():
    p = rs(R.randint(9, 12))
    e = "".join("\\u%04x" % ord(ch) for ch in p)
    return ["# native2ascii output", "db.user=wandb", f"db.password={e}"], [e]


@P("mysql_update_aes_encrypt_plaintext_argument")
def _():
    p = pw(); k = rs(32)
    return [f"UPDATE `settings` SET `value` = AES_ENCRYPT('{p}', '{k}') WHERE `name` = 'smtp_password';", "Query OK, 1 row affected (0.01 sec)"], [p, k]


@P("argparse_namespace_repr_api_key_and_password")
def _():
    k, ks = wkey(); p = pw()
    return [f"INFO:__main__:args=Namespace(host='https://wandb.example.com', api_key='{k}', db_password='{p}', dry_run=False, verbose=1)"], [ks, p]


@P("kubectl_describe_configmap_data_section_dashes_value")
def _():
    p = pw(); t, s = lic_jwt()
    return [f"Name:         wandb-config", f"Namespace:    {ns()}", "", "Data", "====", "MYSQL_PASSWORD:", "----", p, "LICENSE:", "----", t, "BinaryData"], [p, s]


@P("external_secret_target_template_data_literal_fallback", new=False)
def _():
    p = pw()
    return ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "spec:", "  target:", "    template:", "      data:",
            f'        MYSQL_URL: "mysql://wandb:{p}@mysql:3306/wandb_local"', '        LICENSE: "{{ .license }}"'], [p]


@P("crictl_pull_creds_flag_shell_history")
def _():
    p = pw()
    return [f"  {R.randint(100, 999)}  crictl pull --creds wandbpull:{p} registry.example.com/wandb/local:{ver()}", f"  {R.randint(1000, 1999)}  crictl images | grep wandb"], [p]


@P("k8s_encryption_configuration_aescbc_key_secret")
def _():
    k = b64(32)
    return ["apiVersion: apiserver.config.k8s.io/v1", "kind: EncryptionConfiguration", "resources:", "  - resources: [secrets]", "    providers:", "      - aescbc:",
            "          keys:", "            - name: key1", f"              secret: {k}", "      - identity: {}"], [k.rstrip("=")]


@P("rke2_config_yaml_server_token_and_agent_token")
def _():
    t = rs(40); a = rs(40)
    return ["# /etc/rancher/rke2/config.yaml", "server: https://rke2-server.example.internal:9345", f"token: {t}", f"agent-token: {a}", "tls-san:", "  - wandb.example.com"], [t, a]


@P("helm_repo_add_password_flag_shell_history")
def _():
    p = pw()
    return [f"  {R.randint(100, 999)}  helm repo add wandb-private https://charts.example.com --username chartuser --password {p}", f"  {R.randint(1000, 1999)}  helm repo update"], [p]


@P("otelcol_extension_oauth2client_client_secret_literal")
def _():
    s = rs(40, AL + "~_")
    return ["extensions:", "  oauth2client:", "    client_id: otel-collector", f"    client_secret: {s}", "    token_url: https://idp.example.com/oauth2/token"], [s]


@P("fluentd_forward_security_shared_key")
def _():
    k = pw(20, 28)
    return ["<match **>", "  @type forward", "  <security>", "    self_hostname wandb-node", f"    shared_key {k}", "  </security>", "  <server>", "    host aggregator.logging", "  </server>", "</match>"], [k]


@P("otelcol_processor_attributes_insert_literal_api_key")
def _():
    k = hx(32)
    return ["processors:", "  attributes/vendor:", "    actions:", "      - key: vendor.api_key", f"        value: {k}", "        action: insert"], [k]


@P("fluentbit_filter_record_modifier_record_literal_token")
def _():
    t = rs(32)
    return ["[FILTER]", "    Name    record_modifier", "    Match   *", "    Record  cluster wandb-prod", f"    Record  ingest_token {t}"], [t]


@P("fluentd_out_http_headers_json_authorization_bearer")
def _():
    t = rs(40)
    return ["<match wandb.**>", "  @type http", "  endpoint https://logs.example.com/ingest", f'  headers {{"Authorization":"Bearer {t}"}}', "  json_array true", "</match>"], [t]


@P("fluentd_warn_pattern_not_matched_echoed_line")
def _():
    c = Clock(); p = pw()
    return [f'{c.plain()} +0000 [warn]: #0 [in_tail_container_logs] pattern not matched: "time=\\"{c.iso()}\\" level=error msg=\\"bind failed\\" ldap_password={p}"'], [p]


@P("promtail_json_stage_failed_unmarshal_line_escaped")
def _():
    c = Clock(); p = pw()
    line = J({"level": "info", "msg": "cfg", "smtp_password": p})
    return [f'level=debug ts={c.iso()} component=file_pipeline component=stage type=json msg="failed to unmarshal log line" err="unexpected end of JSON input" line={json.dumps(line[:-1])}'], [p]


@P("logstash_stdout_rubydebug_codec_message_field")
def _():
    c = Clock(); p = pw()
    return ["{", f'       "message" => "level=error msg=\\"mysql\\" dsn=wandb:{p}@tcp(db:3306)/wandb",', f'    "@timestamp" => {c.iso()},', '          "host" => {', '        "name" => "wandb-node"', "    }", "}"], [p]


@P("gorilla_automation_payload_template_rendered_secret_substitution")
def _():
    c = Clock(); t = rs(36)
    return [f'time="{c.iso()}" level=debug msg="rendered webhook payload" automation=notify-ci template="{{\\"token\\": \\"${{SECRET_CI_TOKEN}}\\"}}" payload="{{\\"token\\": \\"{t}\\"}}"'], [t]


@P("gorilla_logfmt_ldap_bind_failure_bind_password")
def _():
    c = Clock(); p = pw()
    return [f'time="{c.iso()}" level=error msg="ldap bind failed" server=ldaps://ldap.example.com:636 bind_dn="cn=wandb,ou=svc,dc=example,dc=com" bind_password="{p}" err="LDAP Result Code 49 \\"Invalid Credentials\\""'], [p]


@P("kubectl_config_view_raw_users_token_field")
def _():
    t, s = jwt({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:wandb:deployer"})
    return ["$ kubectl config view --raw --minify", "users:", "- name: deployer", "  user:", f"    token: {t}"], [s]


@P("containerd_certs_d_hosts_toml_header_authorization_basic")
def _():
    u, enc, tail = basic("pull", pw())
    return ['server = "https://registry.example.com"', "", '[host."https://mirror.example.internal"]', '  capabilities = ["pull", "resolve"]', '  [host."https://mirror.example.internal".header]', f'    Authorization = ["Basic {enc}"]'], [tail]


@P("ctr_run_env_flag_shell_history")
def _():
    p = pw()
    return [f"  {R.randint(100, 999)}  ctr -n k8s.io run --rm --env MYSQL_PASSWORD={p} docker.io/library/mysql:8.0 dbcheck mysql -h db -e 'select 1'"], [p]


@P("nerdctl_run_e_flag_license_history")
def _():
    t, s = lic_jwt()
    return [f"  {R.randint(100, 999)}  nerdctl run -d --name wandb -p 8080:8080 -e LICENSE={t} wandb/local"], [s]


@P("k8s_pod_annotation_checksum_neighbour_literal_redis_url")
def _():
    p = pw()
    return ["      annotations:", f"        checksum/config: {hx(64)}", f"        wandb.ai/redis-url: redis://:{p}@redis-master:6379/0"], [p]


@P("docker_system_events_format_json_exec_create_cmd")
def _():
    p = pw()
    return [J({"status": f"exec_create: mysql -uroot -p{p} -e SHOW DATABASES", "id": hx(64), "from": "mysql:8.0", "Type": "container", "Action": f"exec_create: mysql -uroot -p{p} -e SHOW DATABASES"})], [p]


@P("kubectl_get_pod_json_status_message_oomkilled_cmdline")
def _():
    t = rs(36)
    return ['            "lastState": {', '                "terminated": {', '                    "exitCode": 137,', f'                    "message": "command terminated: /usr/bin/weave-worker --clickhouse-token {t}",', '                    "reason": "OOMKilled"'], [t]


@P("xml_soap_fault_string_echoing_request_password")
def _():
    p = pw()
    return ["<soap:Fault><faultcode>soap:Client</faultcode>", f"<faultstring>Invalid credentials for request &lt;Login user=&quot;wandb&quot; password=&quot;{p}&quot;/&gt;</faultstring>", "</soap:Fault>"], [p]


@P("hcl_consul_template_stanza_contents_literal", new=False)
def _():
    p = pw()
    return ["template {", '  destination = "/etc/wandb/env"', "  contents    = <<EOH", f"MYSQL_PASSWORD={p}", "EOH", "}"], [p]


@P("protobuf_json_mapping_bytes_field_base64_secret")
def _():
    p = pw(18, 24)
    return [J({"name": "projects/ml/secrets/db", "payload": {"data": base64.b64encode(p.encode()).decode(), "dataCrc32c": str(R.randint(10**8, 4 * 10**9))}})], [b64secret(p)]


@P("cbor_diag_h_bytes_hex_of_password", new=False)
def _():
    p = rs(16); h = p.encode().hex()
    return [f'{{"user": "wandb", "pw": h\'{h}\', "ttl": 3600}}'], [h]


@P("ruby_object_inspect_nested_struct_token", new=False)
def _():
    t = rs(32)
    return [f'#<struct Wandb::Client::Config host="https://wandb.example.com", auth=#<struct Auth kind=:bearer, token="{t}">>'], [t]


@P("go_fmt_slice_of_pointer_structs_env_var_plusv", new=False)
def _():
    p = pw()
    return [f"envs: [&{{Name:HOST Value:https://wandb.example.com}} &{{Name:MYSQL_PASSWORD Value:{p}}} &{{Name:DEBUG Value:false}}]"], [p]


@P("docker_compose_ps_format_json_command_field_password")
def _():
    p = pw()
    return [J({"Command": f"\"redis-server --requirepass {p}\"", "CreatedAt": "2024-05-01 10:00:00 +0000 UTC", "ID": hx(12), "Image": "redis:7", "Name": "wandb-redis-1", "Service": "redis", "State": "running"})], [p]


@P("docker_top_cmd_column_mysql_client_p_flag")
def _():
    p = pw()
    return ["UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD",
            f"root                {R.randint(1000, 99999)}               {R.randint(1000, 99999)}               0                   10:0{R.randint(0, 9)}               ?                   00:00:00            mysql -h db -uroot -p{p} wandb_local"], [p]


@P("klog_flags_go_flag_dump_quoted_value_secret")
def _():
    c = Clock(); t, s = lic_jwt(); p = pw()
    return [f'{c.klog()}       1 flags.go:64] FLAG: --kubeconfig=""', f'{c.klog()}       1 flags.go:64] FLAG: --license="{t}"', f'{c.klog()}       1 flags.go:64] FLAG: --redis-password="{p}"', f'{c.klog()}       1 flags.go:64] FLAG: --v="2"'], [s, p]


@P("docker_history_no_trunc_created_by_run_arg_value", new=False)
def _():
    p = pw()
    return ["IMAGE          CREATED        CREATED BY                                                                                      SIZE",
            f"<missing>      3 days ago     RUN |1 PIP_INDEX_PASSWORD={p} /bin/sh -c pip install --no-cache-dir -r requirements.txt # buildkit   412MB",
            f"<missing>      3 days ago     ARG PIP_INDEX_PASSWORD                                                                          0B"], [p]


@P("python_logging_ini_smtphandler_args_credentials_tuple", new=False)
def _():
    p = pw()
    return ["[handler_mail]", "class=logging.handlers.SMTPHandler", "level=ERROR",
            f"args=(('smtp.example.com', 587), 'wandb@example.com', ['ops@example.com'], 'wandb error', ('wandb@example.com', '{p}'), ())"], [p]


@P("json_escaped_forward_slashes_url_userinfo_password", new=False)
def _():
    p = pw()
    return [f'{{"cache":"redis:\\/\\/:{p}@redis-master:6379\\/0","store":"s3:\\/\\/wandb-files"}}'], [p]


@P("logcli_query_output_labels_then_line")
def _():
    c = Clock(); p = pw()
    return [f"$ logcli query '{{app=\"wandb\"}} |= \"password\"' --limit 2", f'{c.iso()} {{app="wandb", namespace="{ns()}"}} time="{c.iso()}" level=debug msg="smtp" password={p}'], [p]


@P("kubectl_get_pod_yaml_env_value_folded_plain_scalar_continuation")
def _():
    a = rs(14); b = rs(14)
    return ["    env:", "    - name: CLICKHOUSE_PASSWORD", f"      value: {a}", f"        {b}"], [a, b]


@P("clickhouse_query_log_json_each_row_create_user_identified", new=False)
def _():
    p = pw()
    return [J({"event_time": "2024-06-01 10:00:00", "query_id": uid(), "query": f"CREATE USER weave IDENTIFIED WITH sha256_password BY '{p}'", "type": "QueryFinish"})], [p]


@P("k8s_secret_string_data_json_single_line_dotenv_semicolons")
def _():
    p = pw(); q = pw()
    return [J({"apiVersion": "v1", "kind": "Secret", "stringData": {"env": f"MYSQL_PASSWORD={p};REDIS_PASSWORD={q};DEBUG=false"}})], [p, q]


@P("weave_trace_server_gunicorn_config_print_raw_env", new=False)
def _():
    p = pw()
    return ["[INFO] Starting gunicorn 22.0.0", f"[DEBUG] Current configuration:", "  raw_env: ['WF_CLICKHOUSE_HOST=clickhouse', " + f"'WF_CLICKHOUSE_PASS={p}'" + "]", "  workers: 4"], [p]


@P("docker_buildx_debug_build_secret_env_echo_rawjson", new=False)
def _():
    t = rs(40)
    return [f'#9 [stage-1 4/7] RUN --mount=type=secret,id=hf_token cat /run/secrets/hf_token', f"#9 0.213 {t}", "#9 DONE 0.3s"], [t]


@P("kubectl_v8_response_body_secret_list_data_b64", new=False)
def _():
    c = Clock(); p = pw(18, 24)
    body = J({"kind": "SecretList", "apiVersion": "v1", "items": [{"metadata": {"name": "wandb-mysql", "namespace": ns()}, "data": {"password": base64.b64encode(p.encode()).decode()}}]})
    return [f'{c.klog()}   {R.randint(1000, 99999)} round_trippers.go:553] GET https://{ip()}:6443/api/v1/namespaces/wandb/secrets?limit=500 200 OK in {R.randint(5, 90)} milliseconds',
            f"{c.klog()}   {R.randint(1000, 99999)} request.go:1212] Response Body: {body}"], [b64secret(p)]


@P("etcdctl_get_registry_secret_protobuf_raw_value")
def _():
    p = pw()
    return [f"$ ETCDCTL_API=3 etcdctl get /registry/secrets/{ns()}/wandb-mysql --print-value-only | cat -v",
            f"k8s^@^J^L^J^Bv1^R^FSecret^R^?^J^Kwandb-mysql^R^@^Z^Ewandb\"^@*${uid()}2^@8^@B^H^H^@^R^@^Z^@^D^J^Hpassword^R^R{p}^Z^FOpaque^Z^@\"^@"], [p]


@P("docker_api_x_registry_auth_b64_json_header_curl", new=False)
def _():
    p = pw()
    pre = '{"username":"pull1","password":"'
    while len(pre) % 3:
        pre = pre.replace('pull', 'pull1', 1)
    raw = pre + p + '","serveraddress":"registry.example.com"}'
    enc = base64.urlsafe_b64encode(raw.encode()).decode()
    start = 4 * len(pre) // 3
    return [f'$ curl --unix-socket /var/run/docker.sock -X POST -H "X-Registry-Auth: {enc}" "http://localhost/v1.43/images/create?fromImage=registry.example.com/wandb/local&tag=latest"'], [enc[start:start + 4 * (len(p) // 3)]]


@P("php_serialize_string_length_prefixed_password")
def _():
    p = pw()
    return [f'a:2:{{s:4:"user";s:5:"wandb";s:8:"password";s:{len(p)}:"{p}";}}'], [p]


@P("pyyaml_python_object_tag_dump_password")
def _():
    p = pw()
    return ["!!python/object:wandb_server.settings.DatabaseSettings", "host: mysql", f"password: {p}", "port: 3306"], [p]


@P("toml_multiline_basic_string_line_ending_backslash_split", new=False)
def _():
    a, b = rs(12), rs(12)
    return ["[clickhouse]", 'password = """\\', f"    {a}\\", f'    {b}"""'], [a, b]


@P("otlp_json_logrecord_body_string_value_attribute_kv")
def _():
    c = Clock(); p = pw()
    return [J({"resourceLogs": [{"scopeLogs": [{"logRecords": [{"timeUnixNano": c.epoch().replace(".", "") + "000000", "severityText": "ERROR",
               "body": {"stringValue": "redis auth failed"}, "attributes": [{"key": "redis.password", "value": {"stringValue": p}}]}]}]}]})], [p]


@P("loki_push_api_streams_values_pairs_line_secret")
def _():
    c = Clock(); p = pw()
    return [J({"streams": [{"stream": {"app": "wandb", "namespace": ns()}, "values": [[c.epoch().replace(".", "") + "000000", f"level=error msg=\"smtp\" password={p}"]]}]})], [p]


@P("splunk_hec_event_payload_json_event_field")
def _():
    c = Clock(); p = pw()
    return ["POST /services/collector/event HTTP/1.1", J({"time": float(c.epoch()), "host": "wandb-node", "sourcetype": "kube:container:wandb", "event": f"mysql://wandb:{p}@db:3306/wandb connect timeout"})], [p]


@P("elastic_bulk_ndjson_index_action_then_doc_message")
def _():
    c = Clock(); t = rs(36)
    return [J({"index": {"_index": "logs-wandb-default", "_id": b64u(15)}}), J({"@timestamp": c.iso(), "message": f"webhook call with X-Api-Key: {t}", "kubernetes": {"pod": {"name": pod()}}})], [t]


# ======================================================================
# NEGATIVES (look-alikes: nothing here is a credential)
# ======================================================================
@N("gorilla_logfmt_request_id_and_trace_ids", new=False)
def _():
    c = Clock()
    return [f'time="{c.iso()}" level=info msg="request" method=POST path=/graphql status=200 request_id={uid()} trace_id={hx(32)} span_id={hx(16)} duration_ms={R.randint(2, 900)}']


@N("gorilla_json_password_policy_settings_fields", new=False)
def _():
    c = Clock()
    return [J({"level": "info", "time": c.iso(), "msg": "auth settings", "password_policy": {"min_length": R.randint(8, 16), "require_symbol": True,
               "max_age_days": R.choice([30, 60, 90])}, "password_reset_ttl": "24h", "token_ttl": "720h"})]


@N("kubectl_get_secret_yaml_metadata_only_no_data", new=False)
def _():
    return ["apiVersion: v1", "kind: Secret", "metadata:", f"  creationTimestamp: \"2024-0{R.randint(1, 9)}-1{R.randint(0, 9)}T10:00:00Z\"",
            "  name: wandb-mysql", f"  namespace: {ns()}", f'  resourceVersion: "{R.randint(10**6, 10**8)}"', f"  uid: {uid()}", "type: Opaque"]


@N("kubectl_describe_pod_env_from_secret_key_refs", new=False)
def _():
    return ["    Environment:", "      MYSQL_PASSWORD:  <set to the key 'password' in secret 'wandb-mysql'>  Optional: false",
            "      LICENSE:         <set to the key 'license' in secret 'wandb-license'>  Optional: false",
            f"      POD_IP:           (v1:status.podIP)", "    Mounts:", f"      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{rs(5, string.ascii_lowercase + '0123456789')} (ro)"]


@N("docker_inspect_image_digest_and_layer_sha256", new=False)
def _():
    return ['        "Id": "sha256:' + hx(64) + '",', '        "RepoDigests": [', f'            "wandb/local@sha256:{hx(64)}"', "        ],",
            '        "RootFS": {', '            "Layers": [', f'                "sha256:{hx(64)}",', f'                "sha256:{hx(64)}"']


@N("crictl_images_digest_table_image_ids", new=False)
def _():
    return ["IMAGE                        TAG                 DIGEST              IMAGE ID            SIZE",
            f"docker.io/wandb/local        {ver()}             {hx(13)}       {hx(13)}       {R.randint(900, 1900)}MB",
            f"registry.k8s.io/pause        3.9                 {hx(13)}       {hx(13)}       322kB"]


@N("containerd_log_sandbox_and_container_ids_hex64")
def _():
    c = Clock()
    return [f'time="{c.isons()}" level=info msg="StartContainer for \\"{hx(64)}\\" returns successfully"',
            f'time="{c.isons()}" level=info msg="RunPodSandbox for &PodSandboxMetadata{{Name:{pod()},Uid:{uid()},Namespace:{ns()},Attempt:0,}} returns sandbox id \\"{hx(64)}\\""']


@N("kubelet_klog_pod_uid_and_projected_volume_paths")
def _():
    c = Clock(); u = uid()
    return [f'{c.klog()}    {R.randint(900, 9999)} reconciler_common.go:258] "operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-{rs(5, string.ascii_lowercase + "0123456789")}\\" (UniqueName: \\"kubernetes.io/projected/{u}-kube-api-access\\") pod=\\"{ns()}/{pod()}\\""']


@N("helm_ls_and_release_secret_labels_with_h4si_blob", new=False)
def _():
    blob = base64.b64encode(base64.b64encode(gzip.compress(J({"name": "wandb", "version": R.randint(1, 20), "info": {"status": "deployed"}}).encode(), mtime=0))).decode()
    return ["NAME                       TYPE                 DATA   AGE", f"sh.helm.release.v1.wandb.v{R.randint(2, 20)}   helm.sh/release.v1   1      {R.randint(2, 90)}d",
            f"release: {blob}", "labels: name=wandb,owner=helm,status=deployed"]


@N("kubeconfig_certificate_authority_data_public_ca", new=False)
def _():
    return ["clusters:", "- cluster:", f"    certificate-authority-data: {cert_b64()}", f"    server: https://{hx(32).upper()}.gr7.us-east-1.eks.amazonaws.com", "  name: wandb-prod"]


@N("service_account_jwt_decoded_header_claims_no_sig", new=False)
def _():
    return ['{"alg":"RS256","kid":"' + b64u(32) + '"}', J({"aud": ["https://kubernetes.default.svc"], "exp": R.randint(1750000000, 1850000000),
            "iss": "https://kubernetes.default.svc", "kubernetes.io": {"namespace": ns(), "serviceaccount": {"name": "wandb", "uid": uid()}}, "sub": "system:serviceaccount:wandb:wandb"})]


@N("kube_apiserver_audit_metadata_level_secret_get", new=False)
def _():
    c = Clock()
    return [J({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": uid(), "stage": "ResponseComplete", "requestURI": f"/api/v1/namespaces/{ns()}/secrets/wandb-mysql",
               "verb": "get", "user": {"username": "system:serviceaccount:wandb:wandb-operator"}, "responseStatus": {"code": 200}, "requestReceivedTimestamp": c.isons()})]


@N("otelcol_debug_exporter_trace_span_ids", new=False)
def _():
    return ["Span #0", f"    Trace ID       : {hx(32)}", f"    Parent ID      : {hx(16)}", f"    ID             : {hx(16)}", "    Name           : POST /graphql", "    Kind           : Server"]


@N("fluentbit_stdout_record_without_secret_hashes")
def _():
    c = Clock()
    return [f'[0] kube.var.log.containers.{pod()}_wandb_wandb-{hx(64)}.log: [[{c.epoch()}, {{}}], {{"log"=>"uploaded file md5={b64(16)} sha256={hx(64)}", "stream"=>"stdout"}}]']


@N("vector_config_sink_api_key_env_template")
def _():
    return ["[sinks.datadog]", 'type = "datadog_logs"', 'inputs = ["wandb"]', 'default_api_key = "${DD_API_KEY}"', 'site = "datadoghq.com"']


@N("promtail_positions_yaml_file_offsets")
def _():
    return ["positions:", f'  /var/log/pods/{ns()}_{pod()}_{uid()}/wandb/0.log: "{R.randint(1000, 10**7)}"',
            f'  /var/log/pods/{ns()}_{pod("wandb-console")}_{uid()}/console/0.log: "{R.randint(1000, 10**7)}"']


@N("go_plusv_struct_empty_password_field", new=False)
def _():
    return ["db config: &{User:wandb Passwd: Net:tcp Addr:mysql:3306 DBName:wandb_local Params:map[] AllowNativePasswords:true ParseTime:true}"]


@N("java_tostring_masked_password_stars", new=False)
def _():
    return [f"DataSourceConfig{{url='jdbc:mysql://mysql:3306/wandb', username='wandb', password='******', poolSize={R.randint(5, 30)}}}"]


@N("rust_secrecy_debug_redacted_wrapper", new=False)
def _():
    return ['ExporterConfig { endpoint: "https://ingest.example.com", token: Secret([REDACTED alloc::string::String]), batch_size: %d }' % R.choice([256, 512, 1024])]


@N("pydantic_secretstr_repr_stars", new=False)
def _():
    return [f"Settings(wf_clickhouse_host='clickhouse', wf_clickhouse_port={R.choice([8123, 8443])}, wf_clickhouse_pass=SecretStr('**********'), wf_clickhouse_user='weave')"]


@N("ruby_inspect_filtered_attributes")
def _():
    return [f'#<User id: {R.randint(1, 9999)}, email: "a{R.randint(1, 99)}@example.com", encrypted_password: [FILTERED], api_token: [FILTERED], created_at: "2024-01-01 00:00:00">']


@N("protobuf_text_format_key_id_and_fingerprint_fields")
def _():
    return ["signing_key {", f'  key_id: "{hx(16)}"', f'  fingerprint: "SHA256:{b64(32).rstrip("=")}"', '  algorithm: ED25519', "}"]


@N("msgpack_hex_dump_public_metadata_map")
def _():
    v = rs(12).encode().hex()
    return ["msgpack payload (hex):", "82a3726571" + "a4" + "6c697374" + "a4" + "70616765" + "cc" + f"{R.randint(1, 255):02x}" + "a6" + v[:12]]


@N("soap_envelope_message_id_and_timestamp")
def _():
    return ["<soap:Header>", f"<wsa:MessageID>urn:uuid:{uid()}</wsa:MessageID>", f'<wsu:Timestamp wsu:Id="TS-{hx(32).upper()}"><wsu:Created>2024-02-0{R.randint(1, 9)}T10:00:00Z</wsu:Created></wsu:Timestamp>', "</soap:Header>"]


@N("java_properties_vault_placeholder_references")
def _():
    return ["spring.datasource.username=${vault.mysql.username}", "spring.datasource.password=${vault.mysql.password}", f"spring.cloud.vault.kv.backend=secret-{R.randint(1, 9)}"]


@N("ini_continuation_lines_plain_list_values")
def _():
    return ["[options]", "install_requires =", "    wandb>=%s" % ver(), "    weave", "password_min_length = %d" % R.randint(8, 16)]


@N("hcl_variable_sensitive_true_no_default", new=False)
def _():
    return [f'variable "{R.choice(["mysql_password", "license", "oidc_secret", "smtp_password"])}" {{', "  type      = string", "  sensitive = true", "  nullable  = false", "}"]


@N("csv_export_user_ids_and_sha256_columns")
def _():
    return ["user_id,username,avatar_sha256,created_at"] + [f"{b64u(12)},user{R.randint(1, 999)},{hx(64)},2024-0{R.randint(1, 9)}-0{R.randint(1, 9)}" for _ in range(3)]


@N("sql_insert_rows_uuid_and_email_audit")
def _():
    return [f"INSERT INTO `audit_logs` VALUES ('{uid()}','user:login','a{R.randint(1, 99)}@example.com','{ip()}','2024-03-0{R.randint(1, 9)} 12:00:00'),('{uid()}','password:reset_requested','b@example.com','{ip()}','2024-03-1{R.randint(0, 9)} 08:00:00');"]


@N("k8s_event_failed_mount_secret_not_found", new=False)
def _():
    return ["LAST SEEN   TYPE      REASON        OBJECT           MESSAGE",
            f'{R.randint(1, 59)}s         Warning   FailedMount   pod/{pod()}   MountVolume.SetUp failed for volume "mysql-password" : secret "wandb-mysql-password" not found']


@N("image_pull_secret_reference_names_in_pod_spec", new=False)
def _():
    return ["  imagePullSecrets:", f"  - name: {R.choice(['regcred', 'wandb-registry', 'ecr-pull'])}", "  serviceAccountName: wandb", "  automountServiceAccountToken: true"]


@N("dockerconfigjson_auths_empty_with_credsstore", new=False)
def _():
    return ["{", '  "auths": {', '    "ghcr.io": {},', f'    "{R.randint(10**11, 10**12)}.dkr.ecr.us-east-1.amazonaws.com": {{}}', "  },", f'  "credsStore": "{R.choice(["desktop", "osxkeychain", "ecr-login"])}"', "}"]


@N("kubectl_create_token_history_no_output")
def _():
    return [f"  {R.randint(100, 999)}  kubectl -n wandb create token wandb-operator --duration=1h > /tmp/token", f"  {R.randint(1000, 1999)}  wc -c /tmp/token"]


@N("fluentd_config_hec_token_from_env")
def _():
    return ["<match **>", "  @type splunk_hec", "  hec_host splunk.example.com", "  hec_token \"#{ENV['SPLUNK_HEC_TOKEN']}\"", "</match>"]


@N("otelcol_config_env_expansion_headers", new=False)
def _():
    return ["exporters:", "  otlphttp:", "    endpoint: https://api.honeycomb.io", "    headers:", '      x-honeycomb-team: "${env:HONEYCOMB_API_KEY}"']


@N("already_redacted_markers_angle_and_stars", new=False)
def _():
    c = Clock()
    return [f'time="{c.iso()}" level=info msg="config" mysql_password=<redacted> license=*** oidc_client_secret="[REDACTED]" smtp_password=""']


@N("cyrillic_greek_keys_empty_or_reference_values", new=False)
def _():
    return ["ПАРОЛЬ_БД=", "κωδικός=${DB_PASSWORD}", "Kennwort = <siehe Vault>", "şifre: !vault wandb/mysql#password"]


@N("kubectl_get_secrets_table_names_types", new=False)
def _():
    return ["NAME                   TYPE                             DATA   AGE", f"wandb-mysql            Opaque                           2      {R.randint(1, 99)}d",
            f"wandb-tls              kubernetes.io/tls                2      {R.randint(1, 99)}d", f"regcred                kubernetes.io/dockerconfigjson   1      {R.randint(1, 99)}d"]


@N("strace_openat_secret_file_paths")
def _():
    return [f'{R.randint(100, 999)}  openat(AT_FDCWD, "/var/run/secrets/wandb/mysql-password", O_RDONLY|O_CLOEXEC) = {R.randint(3, 9)}',
            f'{R.randint(100, 999)}  read({R.randint(3, 9)}, "", 4096) = 0']


@N("xxd_dump_of_public_config_text")
def _():
    t = f"HOST=https://{rs(R.randint(3, 8), string.ascii_lowercase)}.example.com\nPORT={R.choice([8080, 443])}\n"
    data = t.encode()
    out = ["$ xxd .env.public"]
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx_ = chunk.hex()
        groups = " ".join(hx_[i:i + 4] for i in range(0, len(hx_), 4))
        asc = "".join(chr(x) if 32 <= x < 127 else "." for x in chunk)
        out.append(f"{off:08x}: {groups:<39}  {asc}")
    return out


@N("oidc_authorize_url_code_challenge_and_client_id", new=False)
def _():
    return [f"GET /authorize?response_type=code&client_id={uid()}&redirect_uri=https%3A%2F%2Fwandb.example.com%2Foidc%2Fcallback&scope=openid%20email&code_challenge={b64u(32)}&code_challenge_method=S256 HTTP/1.1"]


@N("git_sha_and_image_tag_build_info")
def _():
    return [f"wandb/local:{ver()} commit={hx(40)} built={R.randint(2023, 2025)}-0{R.randint(1, 9)}-1{R.randint(0, 9)} go=go1.22.{R.randint(0, 9)}"]


@N("wandb_audit_log_jsonl_actor_ids_no_values", new=False)
def _():
    c = Clock()
    return [J({"timestamp": c.iso(), "action": "api_key:create", "actor": {"id": b64u(12), "email": "ops@example.com"}, "entity": "ml-team", "api_key_id": b64u(9), "response_code": 200})]


@N("webhook_payload_template_variables")
def _():
    return ["{", '  "event_type": "${event_type}",', '  "run": "${run_name}",', '  "author": "${event_author}",', '  "secret_ref": "${SECRET_NAME}"', "}"]


@N("supervisord_spawned_exited_pid_lines")
def _():
    c = Clock()
    return [f"{c.sup()} INFO spawned: 'gorilla' with pid {R.randint(20, 999)}", f"{c.sup()} INFO success: gorilla entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
            f"{c.sup()} INFO exited: prometheus (exit status 0; expected)"]


@N("my_init_booting_runit_lines")
def _():
    return ["*** Running /etc/my_init.d/00_regen_ssh_host_keys.sh...", "*** Running /etc/rc.local...", "*** Booting runit daemon...", f"*** Runit started as PID {R.randint(10, 99)}"]


@N("k8s_lease_holder_identity_and_renew_time", new=False)
def _():
    return ["spec:", f"  holderIdentity: wandb-operator-{hx(10)}-{rs(5, string.ascii_lowercase)}_{uid()}", "  leaseDurationSeconds: 15", f"  renewTime: \"2024-0{R.randint(1, 9)}-01T00:00:0{R.randint(0, 9)}.{R.randint(100000, 999999)}Z\""]


@N("deployment_checksum_annotations_sha256", new=False)
def _():
    return ["  template:", "    metadata:", "      annotations:", f"        checksum/config: {hx(64)}", f"        checksum/secret: {hx(64)}"]


@N("etcd_revision_and_member_ids_hex", new=False)
def _():
    return [f"{{\"header\":{{\"cluster_id\":{R.randint(10**18, 9 * 10**18)},\"member_id\":{R.randint(10**18, 9 * 10**18)},\"revision\":{R.randint(10**5, 10**7)},\"raft_term\":{R.randint(2, 20)}}}}}",
            f"member {hx(16)} is healthy"]


@N("go_map_v_print_token_ttl_and_expiry_fields")
def _():
    return [f"session settings: map[cookie_name:wandb_session token_ttl:{R.choice(['1h', '12h', '720h'])} refresh_window:10m secure:true same_site:Lax]"]


@N("python_dataclass_repr_key_path_and_key_id")
def _():
    return [f"SigningConfig(key_file='/etc/wandb/keys/signing.pem', key_id='{hx(16)}', algorithm='ES256', public_jwks_url='https://wandb.example.com/.well-known/jwks.json')"]


@N("docker_manifest_inspect_config_digest_sizes", new=False)
def _():
    return ["{", '   "schemaVersion": 2,', '   "config": {', f'      "size": {R.randint(5000, 20000)},', f'      "digest": "sha256:{hx(64)}"', "   }"]


@N("php_var_dump_null_password_and_bool")
def _():
    return ["array(2) {", '  ["password"]=>', "  NULL", '  ["password_set"]=>', "  bool(true)", "}"]


@N("kubectl_describe_secret_tls_and_opaque_byte_counts", new=False)
def _():
    return ["Name:         wandb-tls", "Type:  kubernetes.io/tls", "", "Data", "====", f"tls.crt:  {R.randint(1100, 2400)} bytes", f"tls.key:  {R.randint(220, 1700)} bytes"]


@N("fluentbit_output_config_key_from_file_paths")
def _():
    return ["[OUTPUT]", "    Name        splunk", "    Match       *", "    splunk_token_file /fluent-bit/secrets/hec-token", "    tls.ca_file /fluent-bit/certs/ca.pem"]


@N("kubectl_get_events_json_uids_and_resource_versions", new=False)
def _():
    return [J({"kind": "Event", "metadata": {"name": f"{pod()}.{hx(16)}", "uid": uid(), "resourceVersion": str(R.randint(10**5, 10**8))},
               "reason": "Pulled", "message": f'Container image "wandb/local@sha256:{hx(64)}" already present on machine'})]


@N("nginx_ingress_access_log_request_id_upstream", new=False)
def _():
    return [f'{ip()} - - [01/Feb/2024:10:{R.randint(10, 59)}:00 +0000] "POST /graphql HTTP/2.0" 200 {R.randint(100, 9999)} "-" "wandb-core/{ver()}" {R.randint(300, 2000)} 0.0{R.randint(10, 99)} [wandb-wandb-app-8080] [] {ip()}:8080 {R.randint(100, 9999)} 0.0{R.randint(10, 99)} 200 {hx(32)}']


@N("envoy_config_dump_sds_secret_name_only", new=False)
def _():
    return ['       "sds_config": {"ads": {}, "resource_api_version": "V3"},', f'       "name": "kubernetes://wandb-tls-{rs(5, string.ascii_lowercase)}"', '      "validation_context_sds_secret_config": {"name": "ROOTCA"}']


@N("gorilla_logfmt_api_key_length_and_prefix_only")
def _():
    c = Clock()
    return [f'time="{c.iso()}" level=warn msg="rejected api key" reason="invalid length" key_len={R.choice([39, 41, 45])} key_prefix=local- remote_ip={ip()}']


@N("cloudevents_json_data_public_fields")
def _():
    return [J({"specversion": "1.0", "type": "com.wandb.run.finished", "source": "/ml-team/proj", "id": uid(), "time": "2024-01-01T00:00:00Z",
               "data": {"run_id": rs(8, string.ascii_lowercase + "0123456789"), "state": "finished", "artifact_digest": hx(32)}})]


@N("ldap_ldif_entry_without_userpassword")
def _():
    return ["dn: cn=wandb-bind,ou=svc,dc=example,dc=com", "objectClass: inetOrgPerson", f"entryUUID: {uid()}", f"pwdChangedTime: 2024010{R.randint(1, 9)}000000Z", "pwdPolicySubentry: cn=default,ou=policies,dc=example,dc=com"]


@N("terraform_plan_kubernetes_secret_sensitive_values", new=False)
def _():
    return ['  ~ resource "kubernetes_secret" "wandb" {', '      ~ data = (sensitive value)', f'        id   = "{ns()}/wandb-secrets"', "    }"]


@N("syslog_rfc5424_structured_data_ids", new=False)
def _():
    return [f'<134>1 2024-01-0{R.randint(1, 9)}T00:00:00Z wandb-app gorilla {R.randint(10, 999)} ID47 [meta@32473 requestId="{uid()}" traceId="{hx(32)}"] request completed']


@N("k8s_managed_fields_fieldsv1_key_names_only")
def _():
    return ["  managedFields:", "  - apiVersion: v1", "    fieldsType: FieldsV1", "    fieldsV1:", "      f:data:", "        .: {}", "        f:MYSQL_PASSWORD: {}", "        f:LICENSE: {}", f"    manager: kubectl-client-side-apply", f"    time: \"2024-0{R.randint(1, 9)}-01T00:00:00Z\""]


@N("prometheus_status_config_json_secret_masked_markers")
def _():
    return [J({"status": "success", "data": {"yaml": "scrape_configs:\n- job_name: wandb\n  authorization:\n    type: Bearer\n    credentials: <secret>\n  basic_auth:\n    username: prom\n    password: <secret>\n"}})]


@N("docker_history_no_trunc_created_by_without_args")
def _():
    return ["IMAGE          CREATED        CREATED BY                                       SIZE", f"sha256:{hx(12)}   {R.randint(2, 9)} days ago     CMD [\"/sbin/my_init\"]                              0B",
            f"<missing>      {R.randint(2, 9)} days ago     ENV GORILLA_LICENSE_FILE=/etc/wandb/license     0B"]


@N("klog_flags_dump_file_path_values")
def _():
    c = Clock()
    return [f'{c.klog()}       1 flags.go:64] FLAG: --tls-private-key-file="/etc/webhook/certs/tls.key"', f'{c.klog()}       1 flags.go:64] FLAG: --token-file="/var/run/secrets/tokens/wandb"', f'{c.klog()}       1 flags.go:64] FLAG: --password-file=""']


@N("logcli_query_stats_and_labels_output")
def _():
    return [f"Common labels: {{app=\"wandb\", namespace=\"{ns()}\"}}", f"Ingester.TotalReached          {R.randint(1, 9)}", f"Summary.BytesProcessedPerSecond {R.randint(1, 900)} MB", f"Summary.ExecTime                {R.random():.6f}s"]


@N("fluentd_buffer_chunk_ids_hex_file_names")
def _():
    return [f"/var/log/fluentd/buffer/buffer.b{hx(32)}.log", f"/var/log/fluentd/buffer/buffer.b{hx(32)}.log.meta", f"{R.randint(2023, 2025)}-01-01 00:00:00 +0000 [warn]: #0 failed to flush the buffer. retry_times={R.randint(1, 9)} chunk=\"{hx(32)}\""]


@N("python_logging_ini_handler_args_without_credentials")
def _():
    return ["[handler_mail]", "class=logging.handlers.SMTPHandler", f"args=(('smtp.example.com', {R.choice([25, 587])}), 'wandb@example.com', ['ops@example.com'], 'wandb error')"]


@N("json_escaped_forward_slashes_public_urls")
def _():
    return [f'{{"host":"https:\\/\\/wandb.example.com","docs":"https:\\/\\/docs.wandb.ai\\/guides\\/hosting","run":"{rs(8, string.ascii_lowercase + "0123456789")}"}}']


@N("docker_compose_ps_json_public_fields")
def _():
    return [J({"Command": "\"/sbin/my_init\"", "ID": hx(12), "Image": f"wandb/local:{ver()}", "Name": "wandb-wandb-1", "Service": "wandb", "State": "running", "Publishers": [{"URL": "0.0.0.0", "TargetPort": 8080, "PublishedPort": 8080}]})]


@N("buildkit_plain_progress_secret_mount_ids_only")
def _():
    return [f"#{R.randint(5, 20)} [stage-1 4/7] RUN --mount=type=secret,id=hf_token --mount=type=cache,target=/root/.cache pip install -r requirements.txt", f"#{R.randint(5, 20)} CACHED", f"#{R.randint(21, 30)} exporting layers", f"#{R.randint(21, 30)} writing image sha256:{hx(64)} done"]


@N("etcdctl_get_keys_only_registry_paths")
def _():
    n = ns()
    return ["$ etcdctl get /registry/secrets/ --prefix --keys-only", f"/registry/secrets/{n}/wandb-mysql", "", f"/registry/secrets/{n}/sh.helm.release.v1.wandb.v{R.randint(1, 20)}", "", f"/registry/secrets/{n}/wandb-tls"]


@N("otlp_json_logrecord_trace_ids_only", new=False)
def _():
    return [J({"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "weave-trace"}}]}, "scopeLogs": [{"logRecords": [
        {"traceId": hx(32), "spanId": hx(16), "severityText": "INFO", "body": {"stringValue": "call finished"}, "attributes": [{"key": "call.id", "value": {"stringValue": uid()}}]}]}]}]})]


@N("loki_push_api_streams_public_lines")
def _():
    return [J({"streams": [{"stream": {"app": "wandb", "namespace": ns()}, "values": [[str(R.randint(1700000000, 1760000000)) + "000000000", f"level=info msg=\"run finished\" run_id={rs(8, string.ascii_lowercase + '0123456789')} digest={hx(32)}"]]}]})]


@N("elastic_bulk_response_items_ids_and_seq_no")
def _():
    return [J({"took": R.randint(1, 90), "errors": False, "items": [{"create": {"_index": ".ds-logs-wandb-default-2024.06.01-000001", "_id": b64u(15), "_version": 1, "result": "created", "_seq_no": R.randint(1, 10**6), "_primary_term": 1, "status": 201}}]})]


@N("splunk_hec_ack_ids_and_channel_guid")
def _():
    return [f"X-Splunk-Request-Channel: {uid()}", J({"text": "Success", "code": 0, "ackId": R.randint(1, 9999)}), J({"acks": {str(R.randint(1, 99)): True}})]


@N("php_serialize_array_public_settings")
def _():
    return [f'a:3:{{s:4:"host";s:25:"https://wandb.example.com";s:4:"port";i:{R.choice([80, 443, 8080])};s:8:"password";N;}}']


@N("pyyaml_python_object_tag_dump_non_secret_fields")
def _():
    return ["!!python/object:wandb_server.settings.DatabaseSettings", "host: mysql", "password_file: /run/secrets/mysql_password", f"port: {R.choice([3306, 3307])}", f"pool_size: {R.randint(5, 30)}"]


# ======================================================================
def check(lines, secrets):
    if not lines or len(lines) > 12 or any("\n" in l for l in lines):
        return False
    text = "\n".join(lines)
    if len(set(secrets)) != len(secrets) or not secrets:
        return False
    for s in secrets:
        if len(s) < 8 or s not in text or s in USED:
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
    for name, _new, f in POS:
        for _ in range(3):
            for _try in range(200):
                lines, secrets = f()
                if check(lines, secrets):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            USED.update(secrets)
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, _new, f in NEG:
        for _ in range(5):
            lines = f()
            assert lines and len(lines) <= 12
            neg.append({"shape": name, "lines": lines})
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in pos:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in neg:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"positives: {len(pos)} records, {len(POS)} shapes, {sum(len(r['secrets']) for r in pos)} secrets; "
          f"negatives: {len(neg)} records, {len(NEG)} shapes; new shapes: positive {sum(1 for p in POS if p[1])}, negative {sum(1 for n in NEG if n[1])}")


if __name__ == "__main__":
    main()
