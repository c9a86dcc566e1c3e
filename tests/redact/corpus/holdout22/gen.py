#!/usr/bin/env python3
"""holdout22 generator: a representative W&B Server support-bundle mix.

Writes positives.jsonl and negatives.jsonl next to this file.
Stdlib only, fixed seed, deterministic draw order.
"""
import base64
import json
import os
import random
import uuid

SEED = 2222_2026
R = random.Random(SEED)

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
PWCH = ALNUM + "-_.!~+*"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pw(lo=12, hi=22):
    n = R.randint(lo, hi)
    return R.choice(ALNUM) + rs(PWCH, n - 2) + R.choice(ALNUM)


def pwx(specials, lo=12, hi=20):
    """password with some special characters inside (never at the ends)."""
    n = R.randint(lo, hi)
    body = list(rs(ALNUM + "-_.", n - 2))
    for ch in specials:
        body.insert(R.randint(1, len(body) - 1), ch)
    return R.choice(ALNUM) + "".join(body) + R.choice(ALNUM)


def hx(n):
    return rs(HEX, n)


def an(n):
    return rs(ALNUM, n)


def b64(n):
    return rs(B64, n)


def b64u(n):
    return rs(B64URL, n)


def up(n):
    return rs(UP + DIG, n)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def wbkey():
    return hx(40)


def akid(prefix="AKIA"):
    return prefix + rs(UP + "234567", 16)


def awssecret():
    return rs(ALNUM + "+/", 40)


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))


def user():
    return R.choice(["wandb", "wandb_app", "wbadmin", "gorilla", "svc_wandb", "wandb_local", "mlops"])


def dbhost():
    return R.choice(["mysql", "wandb-mysql", "mysql.wandb.svc.cluster.local", "db.example.internal",
                     "wandb-db.cluster-c1x2y3.example.com", "10.20.30.40", "mariadb-0.mariadb"])


def rhost():
    return R.choice(["redis", "wandb-redis-master", "redis.wandb.svc.cluster.local", "cache.example.internal",
                     "redis-headless", "10.20.31.7"])


def whost():
    return R.choice(["wandb.example.com", "wandb.corp.example.net", "ml.example.org", "wandb.example.io",
                     "wb.internal.example.com"])


def bucket():
    return R.choice(["wandb-data", "wandb-bucket-prod", "ml-artifacts", "wandb-files-eu", "corp-wandb-store"])


_T = [0]


def t0():
    _T[0] = R.randint(1672531200, 1735603200)
    return _T[0]


def tick():
    _T[0] += R.randint(1, 3)
    return _T[0]


def iso(t=None, frac=3):
    import time
    t = tick() if t is None else t
    s = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t))
    if frac:
        s += "." + rs(DIG, frac)
    return s + "Z"


def sp(t=None):
    import time
    t = tick() if t is None else t
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t))


def b64e(s):
    return base64.b64encode(s.encode()).decode()


def b64ue(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt(claims=None, alg="RS256"):
    hdr = b64ue(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    c = claims or {"sub": uid(), "iat": _T[0], "exp": _T[0] + 3600}
    body = b64ue(json.dumps(c, separators=(",", ":")))
    sig = b64u(342 if alg.startswith("RS") else 43)
    return hdr + "." + body + "." + sig, sig


def basic(u, p):
    """base64 of user:pass; return token, the password-only suffix."""
    while len(u.encode()) % 3 != 2:
        u += R.choice(DIG)
    tok = b64e(u + ":" + p)
    pre = b64e(u + ":")
    assert tok.startswith(pre)
    return u, tok, tok[len(pre):].rstrip("=")


def pemlines(n=6):
    body = [b64(64) for _ in range(n)]
    body.append(b64(R.randint(20, 60)))
    return body


POS = []
NEG = []


def pos(name, new=True):
    def d(f):
        POS.append((name, f, new))
        return f
    return d


def neg(name):
    def d(f):
        NEG.append((name, f))
        return f
    return d


# ---------------------------------------------------------------------------
# POSITIVES
# ---------------------------------------------------------------------------

# --- W&B Server container logs (wandb/local, gorilla, Go services) ---------

@pos("gorilla_json_log_mysql_go_dsn_in_error_field")
def _():
    t0(); p = pw(); u = user(); h = dbhost()
    err = "dial tcp: lookup %s: i/o timeout" % h
    lines = [
        json.dumps({"level": "info", "ts": iso(), "caller": "gorilla/main.go:%d" % R.randint(80, 400), "msg": "starting gorilla", "version": "0.%d.%d" % (R.randint(40, 70), R.randint(0, 9))}),
        json.dumps({"level": "error", "ts": iso(), "caller": "store/mysql.go:%d" % R.randint(30, 200), "msg": "failed to open database", "dsn": "%s:%s@tcp(%s:3306)/wandb_local?charset=utf8mb4&parseTime=true" % (u, p, h), "error": err}),
    ]
    return lines, [p]


@pos("gorilla_logfmt_bucket_url_with_inline_s3_secret")
def _():
    t0(); k = akid(); s = awssecret(); b = bucket()
    sq = s.replace("/", "%2F").replace("+", "%2B")
    lines = [
        'time="%s" level=info msg="configuring blob store" component=filestore' % iso(),
        'time="%s" level=warning msg="bucket probe failed" bucket="s3://%s:%s@%s?region=us-east-1" err="AccessDenied: Access Denied"' % (iso(), k, sq, b),
    ]
    return lines, [sq]


@pos("wandb_local_entrypoint_plaintext_env_echo_mysql_redis")
def _():
    t0(); p1 = pw(); p2 = pw()
    lines = [
        "*** Starting W&B Server",
        "*** Configuring with environment:",
        "    HOST=https://%s" % whost(),
        "    MYSQL=mysql://%s:%s@%s:3306/wandb_local" % (user(), p1, dbhost()),
        "    REDIS=redis://:%s@%s:6379/0?tls=true&ttlInSeconds=604800" % (p2, rhost()),
        "    BUCKET=s3://%s" % bucket(),
        "*** Running migrations...",
    ]
    return lines, [p1, p2]


@pos("gorilla_json_msg_license_jwt_escaped_twice")
def _():
    t0(); tok, sig = jwt({"iss": "wandb", "sub": uid(), "seats": R.randint(5, 500), "exp": _T[0] + 31536000})
    inner = json.dumps({"license": tok, "source": "env"})
    mid = json.dumps({"event": "license_load", "payload": inner})
    lines = [json.dumps({"level": "debug", "ts": iso(), "msg": mid})]
    return lines, [sig]


@pos("wandb_local_nginx_error_log_upstream_request_api_key_query")
def _():
    t0(); k = wbkey(); import time
    d = time.strftime("%Y/%m/%d %H:%M:%S", time.gmtime(tick()))
    lines = [
        '%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: _, request: "GET /api/v1/export?api_key=%s&entity=ml HTTP/1.1", upstream: "http://127.0.0.1:8081/api/v1/export?api_key=%s&entity=ml", host: "%s"'
        % (d, R.randint(20, 90), 0, R.randint(1000, 99999), ip(), k, k, whost()),
    ]
    return lines, [k]


@pos("go_service_zap_console_tab_redis_url_json_fields")
def _():
    t0(); p = pw()
    lines = [
        "%s\tINFO\tparquet/worker.go:%d\tworker started\t{\"concurrency\": %d}" % (iso(), R.randint(20, 99), R.randint(2, 16)),
        "%s\tERROR\tqueue/redis.go:%d\tredis dial failed\t{\"url\": \"redis://default:%s@%s:6379/2\", \"attempt\": %d}" % (iso(), R.randint(20, 99), p, rhost(), R.randint(1, 9)),
    ]
    return lines, [p]


@pos("wandb_sdk_debug_log_applying_login_settings_dict_api_key")
def _():
    t0(); k = wbkey()
    lines = [
        "%s,%s INFO    MainThread:%d [wandb_setup.py:_flush():76] Current SDK version is 0.%d.%d" % (sp(), rs(DIG, 3), R.randint(1000, 99999), R.randint(15, 19), R.randint(0, 9)),
        "%s,%s INFO    MainThread:%d [wandb_login.py:_login():%d] Applying login settings: {'api_key': 'local-%s', 'base_url': 'https://%s', 'relogin': True}" % (sp(), rs(DIG, 3), R.randint(1000, 99999), R.randint(200, 320), k, whost()),
    ]
    return lines, [k]


@pos("wandb_sdk_debug_internal_proxies_dict_userinfo_password")
def _():
    t0(); p = pw(); u = R.choice(["jdoe", "svc-proxy", "CORP\\\\mlbot"])
    lines = [
        "%s,%s DEBUG   HandlerThread:%d [handler.py:handle_request():%d] handle_request: status_report" % (sp(), rs(DIG, 3), R.randint(1000, 9999), R.randint(140, 170)),
        "%s,%s DEBUG   SenderThread:%d [internal_api.py:__init__():%d] session proxies: {'http': 'http://%s:%s@proxy.example.com:3128', 'https': 'http://%s:%s@proxy.example.com:3128'}" % (sp(), rs(DIG, 3), R.randint(1000, 9999), R.randint(100, 300), u, p, u, p),
    ]
    return lines, [p]


@pos("cri_containerd_log_partial_P_F_split_dsn")
def _():
    t0(); p = pw(18, 24); cut = R.randint(8, len(p) - 8)
    a, b = p[:cut], p[cut:]
    pre = '{"level":"error","msg":"mysql connect","dsn":"mysql://%s:%s' % (user(), a)
    lines = [
        "%s stdout P %s" % (iso(frac=9), pre),
        '%s stdout F %s@%s:3306/wandb_local","err":"i/o timeout"}' % (iso(frac=9), b, dbhost()),
    ]
    return lines, [a, b]


@pos("go_spew_sdump_redis_options_password_len_annotated")
def _():
    t0(); p = pw()
    h = rhost() + ":6379"
    lines = [
        "DEBUG redis options: (*redis.Options)(0xc000%s)({" % hx(6),
        " Network: (string) (len=3) \"tcp\",",
        " Addr: (string) (len=%d) \"%s\"," % (len(h), h),
        " Username: (string) \"\",",
        " Password: (string) (len=%d) \"%s\"," % (len(p), p),
        " DB: (int) 0,",
        "})",
    ]
    return lines, [p]


@pos("go_percent_hash_v_db_config_struct_single_line")
def _():
    t0(); p = pwx('"'); pe = p.replace('"', '\\"')
    lines = ['%s WARN db: config=&config.DB{Host:"%s", Port:3306, User:"%s", Password:"%s", Name:"wandb_local", TLS:false}' % (iso(), dbhost(), user(), pe)]
    return lines, [pe]


@pos("go_percent_plus_v_struct_unquoted_password_field")
def _():
    t0(); p = pw()
    lines = ["%s level=debug msg=\"loaded settings\" settings=\"{Host:%s User:%s Password:%s Database:wandb_local MaxOpen:50}\"" % (iso(), dbhost(), user(), p)]
    return lines, [p]


@pos("go_percent_hash_v_map_string_string_env")
def _():
    t0(); p = pw(); k = wbkey()
    lines = ['%s DEBUG env=map[string]string{"GORILLA_SESSION_LENGTH":"720h", "MYSQL_PASSWORD":"%s", "WANDB_API_KEY":"%s", "HOST":"https://%s"}' % (iso(), p, k, whost())]
    return lines, [p, k]


@pos("go_http_header_percent_v_map_authorization_cookie")
def _():
    t0(); tok, sig = jwt(); c = b64u(40)
    lines = ["%s level=debug msg=\"proxying request\" headers=\"map[Accept:[application/json] Authorization:[Bearer %s] Cookie:[wandb_session=%s; theme=dark]]\"" % (iso(), tok, c)]
    return lines, [sig, c]


@pos("python_logging_secret_pair_after_other_word_colon")
def _():
    t0(); p = pw()
    lines = ["%s,%s WARNING db_check: connect failed: password: %s host: %s (attempt %d/5)" % (sp(), rs(DIG, 3), p, dbhost(), R.randint(1, 5))]
    return lines, [p]


@pos("logfmt_msg_with_json_escaped_once_token_field")
def _():
    t0(); t = an(40)
    body = json.dumps({"grant_type": "client_credentials", "client_id": "wandb-" + hx(6), "client_secret": t})
    lines = ["ts=%s level=debug caller=oidc.go:%d msg=%s" % (iso(), R.randint(40, 300), json.dumps("token request body " + body))]
    return lines, [t]


@pos("json_log_three_level_nested_escaping_password")
def _():
    t0(); p = pw()
    l1 = json.dumps({"password": p, "user": user()})
    l2 = json.dumps({"body": l1, "path": "/admin/users"})
    lines = [json.dumps({"level": "info", "msg": "audit", "request": l2})]
    return lines, [p]


@pos("operator_controller_runtime_json_diff_escaped_values")
def _():
    t0(); p = pw(); lic, sig = jwt()
    diff = '  map[string]any{\n-  "mysql": map[string]any{"password": string("old")},\n+  "mysql": map[string]any{"password": string("%s")},\n   "license": string("%s"),\n  }' % (p, lic)
    lines = [json.dumps({"level": "info", "ts": tick() + 0.5, "logger": "controllers.WeightsAndBiases", "msg": "spec changed", "controller": "weightsandbiases", "diff": diff})]
    return lines, [p, sig]


@pos("wandb_operator_reconcile_log_helm_values_inline_yaml")
def _():
    t0(); p = pw()
    lines = [
        "%s\tINFO\treconcile\tapplying release values\t{\"WeightsAndBiases\": {\"name\":\"wandb\",\"namespace\":\"default\"}}" % iso(),
        "global:",
        "  host: https://%s" % whost(),
        "  mysql:",
        "    host: %s" % dbhost(),
        "    password: %s" % p,
    ]
    return lines, [p]


# --- MySQL / MariaDB / Redis / MinIO ---------------------------------------

@pos("mysql_history_file_octal_040_space_escapes")
def _():
    p = pw()
    lines = [
        "_HiStOrY_V2_",
        "SELECT\\040user,host\\040FROM\\040mysql.user;",
        "CREATE\\040USER\\040'%s'@'%%'\\040IDENTIFIED\\040BY\\040'%s';" % (user(), p),
        "GRANT\\040ALL\\040ON\\040wandb_local.*\\040TO\\040'wandb'@'%';",
    ]
    return lines, [p]


@pos("mariadb_general_log_set_password_for_query_tab_layout")
def _():
    t0(); p = pw(); tid = R.randint(10, 900)
    lines = [
        "%s\t%5d Connect\troot@localhost on  using Socket" % (iso(frac=6), tid),
        "%s\t%5d Query\tSET PASSWORD FOR 'wandb'@'%%' = PASSWORD('%s')" % (iso(frac=6), tid, p),
        "%s\t%5d Quit\t" % (iso(frac=6), tid),
    ]
    return lines, [p]


@pos("mysql_general_log_change_replication_source_password")
def _():
    t0(); p = pw()
    lines = ["%s\t   %d Query\tCHANGE REPLICATION SOURCE TO SOURCE_HOST='%s', SOURCE_USER='repl', SOURCE_PASSWORD='%s', SOURCE_AUTO_POSITION=1" % (iso(frac=6), R.randint(5, 90), dbhost(), p)]
    return lines, [p]


@pos("cron_syslog_cmd_mysqldump_password_eq")
def _():
    t0(); p = pw()
    import time
    d = time.strftime("%b %d %H:%M:%S", time.gmtime(tick()))
    lines = ["%s bastion CRON[%d]: (root) CMD (mysqldump -h %s -u %s --password=%s --single-transaction wandb_local | gzip > /backup/wandb-$(date +\\%%F).sql.gz)" % (d, R.randint(1000, 60000), dbhost(), user(), p)]
    return lines, [p]


@pos("mysql_client_p_attached_then_insecure_warning_capture")
def _():
    p = pw()
    lines = [
        "root@wandb-0:/# mysql -h%s -u%s -p%s wandb_local -e 'SELECT COUNT(*) FROM runs'" % (dbhost(), user(), p),
        "mysql: [Warning] Using a password on the command line interface can be insecure.",
        "+----------+", "| COUNT(*) |", "+----------+", "|    %5d |" % R.randint(1, 99999), "+----------+",
    ]
    return lines, [p]


@pos("ps_auxww_bash_c_mysql_pwd_env_prefix")
def _():
    p = pw()
    lines = [
        "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
        "root       %5d  0.0  0.0   4624  3412 ?        Ss   10:02   0:00 /bin/sh -c MYSQL_PWD=%s mysqladmin -h %s -u %s ping" % (R.randint(100, 9999), p, dbhost(), user()),
    ]
    return lines, [p]


@pos("redis_cli_config_get_requirepass_numbered_reply")
def _():
    p = pw()
    lines = [
        "%s:6379> CONFIG GET requirepass" % rhost(),
        '1) "requirepass"',
        '2) "%s"' % p,
    ]
    return lines, [p]


@pos("redis_monitor_auth_command_quoted_args")
def _():
    t0(); p = pw()
    lines = [
        "OK",
        '%d.%s [0 %s:%d] "AUTH" "default" "%s"' % (tick(), rs(DIG, 6), ip(), R.randint(30000, 60000), p),
        '%d.%s [0 %s:%d] "PING"' % (tick(), rs(DIG, 6), ip(), R.randint(30000, 60000)),
    ]
    return lines, [p]


@pos("redis_cli_u_rediss_uri_history")
def _():
    p = pw()
    lines = [
        "  %d  kubectl -n wandb exec -it wandb-0 -- bash" % R.randint(100, 900),
        "  %d  redis-cli -u rediss://default:%s@%s:6380/0 --insecure ping" % (R.randint(100, 900), p, rhost()),
    ]
    return lines, [p]


@pos("redis_sentinel_conf_auth_pass_and_masterauth_configmap")
def _():
    p1 = pw(); p2 = pw()
    lines = [
        "data:",
        "  sentinel.conf: |",
        "    sentinel monitor mymaster %s 6379 2" % ip(),
        "    sentinel auth-pass mymaster %s" % p1,
        "  redis.conf: |",
        "    masterauth %s" % p2,
        "    appendonly yes",
    ]
    return lines, [p1, p2]


@pos("redis_acl_list_user_on_gt_plaintext_password")
def _():
    p = pw()
    lines = [
        "%s:6379> ACL LIST" % rhost(),
        '1) "user default on nopass ~* &* +@all"',
        '2) "user wandb on >%s ~wandb:* &* +@all -@dangerous"' % p,
    ]
    return lines, [p]


@pos("minio_mc_alias_set_positional_secret_history")
def _():
    s = an(40)
    lines = ["mc alias set wandb http://minio.wandb.svc:9000 %s %s --api S3v4" % (up(20), s)]
    return lines, [s]


@pos("minio_mc_admin_user_add_positional_password")
def _():
    p = pw()
    lines = [
        "$ mc admin user add wandb wandb-svc %s" % p,
        "Added user `wandb-svc` successfully.",
    ]
    return lines, [p]


@pos("minio_server_log_env_root_password_startup_debug")
def _():
    t0(); p = pw()
    lines = [
        "MinIO Object Storage Server",
        "Copyright: 2015-2024 MinIO, Inc.",
        "API: http://%s:9000  http://127.0.0.1:9000" % ip(),
        "DEBUG env MINIO_ROOT_USER=wandbadmin MINIO_ROOT_PASSWORD=%s MINIO_BROWSER=off" % p,
    ]
    return lines, [p]


@pos("boto3_debug_request_headers_security_token_bytes_repr")
def _():
    t0(); st = b64(R.randint(300, 360))
    lines = [
        "%s,%s botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, url=https://%s.s3.amazonaws.com/wandb/%s/files/output.log, headers={'X-Amz-Date': b'20240101T000000Z', 'X-Amz-Security-Token': b'IQoJb3JpZ2luX2Vj%s', 'Content-Length': '%d'}>" % (sp(), rs(DIG, 3), bucket(), an(8).lower(), st, R.randint(100, 9999)),
    ]
    return lines, [st]


# --- ingress / load balancers / presigned URLs ------------------------------

@pos("ingress_nginx_access_log_s3_presigned_query_signature")
def _():
    t0(); sig = hx(64); st = b64(R.randint(200, 300)).replace("/", "%2F").replace("+", "%2B")
    lines = ['%s - - [01/Jan/2024:10:00:%02d +0000] "GET /%s/wandb-artifacts/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%s%%2F20240101%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240101T100000Z&X-Amz-Expires=3600&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s HTTP/1.1" 200 %d "-" "python-requests/2.31.0" %d 0.%03d [wandb-wandb-app-8080] [] %s:8080 %d 0.%03d 200 %s'
             % (ip(), R.randint(0, 59), bucket(), hx(32), up(16), st, sig, R.randint(100, 99999), R.randint(300, 900), R.randint(1, 999), ip(), R.randint(100, 9999), R.randint(1, 999), hx(32))]
    return lines, [sig, st]


@pos("gorilla_log_gcs_v4_signed_url_x_goog_signature")
def _():
    t0(); sig = hx(512)
    lines = [json.dumps({"level": "debug", "ts": iso(), "msg": "issued signed url", "url": "https://storage.googleapis.com/%s/%s/artifact?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%%40proj-%s.iam.gserviceaccount.com%%2F20240101%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20240101T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=%s" % (bucket(), hx(12), an(6).lower(), sig)})]
    return lines, [sig]


@pos("gorilla_log_azure_blob_sas_sig_percent_encoded")
def _():
    t0(); sig = (b64(43) + "=").replace("/", "%2F").replace("+", "%2B").replace("=", "%3D")
    lines = ["%s level=info msg=\"upload url\" url=\"https://wandbstore%s.blob.core.windows.net/wandb/%s?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2024-12-31T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=%s\"" % (iso(), rs(DIG, 3), hx(16), sig)]
    return lines, [sig[:-3]]


@pos("aws_alb_access_log_oidc_callback_code_state")
def _():
    t0(); code = b64u(R.randint(40, 60))
    lines = ['https %s app/k8s-wandb-%s/%s %s:%d %s:8080 0.001 0.045 0.000 302 302 512 980 "GET https://%s:443/oidc/callback?code=%s&state=%s HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:%s:targetgroup/k8s-wandb/%s "Root=1-%s-%s" "%s" "arn:aws:acm:us-east-1:%s:certificate/%s" 0 %s "forward" "-" "-" "%s:8080" "302" "-" "-"'
             % (iso(frac=6), hx(10), hx(16), ip(), R.randint(30000, 60000), ip(), whost(), code, hx(16), rs(DIG, 12), hx(16), hx(8), hx(24), whost(), rs(DIG, 12), uid(), iso(frac=6), ip())]
    return lines, [code]


@pos("traefik_json_accesslog_request_authorization_kept_header")
def _():
    t0(); k = wbkey(); u, tok, part = basic("api", "local-" + k)
    lines = [json.dumps({"ClientHost": ip(), "DownstreamStatus": 200, "Duration": R.randint(1000000, 90000000), "RequestMethod": "POST", "RequestPath": "/graphql", "RouterName": "wandb@kubernetescrd", "request_Authorization": "Basic " + tok, "request_User-Agent": "W&B Internal Client 0.17.0", "time": iso(frac=0)})]
    return lines, [part]


@pos("haproxy_cfg_stats_auth_and_userlist_insecure_password")
def _():
    p1 = pw(); p2 = pw()
    lines = [
        "listen stats",
        "    bind :8404",
        "    stats enable",
        "    stats uri /stats",
        "    stats auth admin:%s" % p1,
        "userlist wandb_admins",
        "    user ops insecure-password %s" % p2,
    ]
    return lines, [p1, p2]


@pos("envoy_access_log_json_x_api_key_header_field")
def _():
    t0(); k = an(32)
    lines = [json.dumps({"start_time": iso(), "method": "GET", "path": "/api/v1/health", "response_code": 200, "x_api_key": k, "upstream_host": ip() + ":8080", "request_id": uid()})]
    return lines, [k]


@pos("aws_s3_presign_cli_output_with_session_token")
def _():
    sig = hx(64); st = b64(240).replace("/", "%2F").replace("+", "%2B")
    lines = [
        "$ aws s3 presign s3://%s/exports/runs.parquet --expires-in 600" % bucket(),
        "https://%s.s3.us-west-2.amazonaws.com/exports/runs.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%s%%2F20240101%%2Fus-west-2%%2Fs3%%2Faws4_request&X-Amz-Date=20240101T120000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=%s&X-Amz-Signature=%s" % (bucket(), up(16), st, sig),
    ]
    return lines, [st, sig]


# --- Kubernetes objects ------------------------------------------------------

@pos("helm_get_values_all_output_nested_mysql_password")
def _():
    p = pw(); lic, sig = jwt()
    lines = [
        "$ helm get values wandb -n wandb",
        "USER-SUPPLIED VALUES:",
        "global:",
        "  license: %s" % lic,
        "  mysql:",
        "    database: wandb_local",
        "    password: %s" % p,
        "    user: %s" % user(),
    ]
    return lines, [sig, p]


@pos("weightsandbiases_cr_spec_values_bucket_secret_key")
def _():
    s = awssecret(); k = akid()
    lines = [
        "apiVersion: apps.wandb.com/v1",
        "kind: WeightsAndBiases",
        "metadata:",
        "  name: wandb",
        "spec:",
        "  values:",
        "    global:",
        "      bucket:",
        "        provider: s3",
        "        name: %s" % bucket(),
        "        accessKey: %s" % k,
        "        secretKey: '%s'" % s,
    ]
    return lines, [s]


@pos("k8s_secret_data_base64_values_mysql_redis")
def _():
    p1 = pw(); p2 = pw()
    e1 = b64e(p1).rstrip("="); e2 = b64e(p2).rstrip("=")
    lines = [
        "apiVersion: v1",
        "data:",
        "  MYSQL_PASSWORD: %s" % b64e(p1),
        "  REDIS_PASSWORD: %s" % b64e(p2),
        "  MYSQL_USER: %s" % b64e(user()),
        "kind: Secret",
        "type: Opaque",
    ]
    return lines, [e1, e2]


@pos("kubectl_jsonpath_base64_decode_glued_to_prompt")
def _():
    p = pw()
    lines = [
        "ops@bastion:~$ kubectl get secret wandb-mysql -n wandb -o jsonpath='{.data.password}' | base64 -d",
        "%sops@bastion:~$ " % p,
    ]
    return lines, [p]


@pos("kubectl_describe_pod_env_literal_next_to_secret_ref")
def _():
    p = pw()
    lines = [
        "    Environment:",
        "      HOST:                https://%s" % whost(),
        "      LICENSE:             <set to the key 'license' of secret 'wandb-license'>  Optional: false",
        "      MYSQL_PASSWORD:      %s" % p,
        "      GORILLA_CUSTOMER_SECRET_STORE_SOURCE:  k8s-secretmanager://wandb-secret",
    ]
    return lines, [p]


@pos("docker_inspect_config_env_json_array_bucket_mysql")
def _():
    p = pw(); s = awssecret().replace("/", "%2F").replace("+", "%2B"); k = akid()
    lines = [
        '        "Env": [',
        '            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",',
        '            "MYSQL=mysql://%s:%s@%s:3306/wandb_local",' % (user(), p, dbhost()),
        '            "BUCKET=s3://%s:%s@%s",' % (k, s, bucket()),
        '            "BUCKET_QUEUE=internal://"',
        '        ],',
    ]
    return lines, [p, s]


@pos("docker_inspect_format_config_env_go_slice_output")
def _():
    p = pw(); lic, sig = jwt()
    lines = [
        "$ docker inspect -f '{{.Config.Env}}' wandb-local",
        "[PATH=/usr/local/bin:/usr/bin:/bin LICENSE=%s MYSQL=mysql://%s:%s@%s/wandb_local LANG=C.UTF-8]" % (lic, user(), p, dbhost()),
    ]
    return lines, [sig, p]


@pos("configmap_nginx_conf_block_scalar_proxy_auth_header")
def _():
    u, tok, part = basic("svc", pw())
    lines = [
        "kind: ConfigMap",
        "data:",
        "  default.conf: |",
        "    location /api/ {",
        "      proxy_pass http://wandb-app:8080;",
        "      proxy_set_header Authorization \"Basic %s\";" % tok,
        "    }",
    ]
    return lines, [part]


@pos("k8s_secret_stringdata_env_file_block_scalar")
def _():
    p1 = pw(); p2 = pw()
    lines = [
        "stringData:",
        "  .env: |",
        "    MYSQL_PASSWORD=%s" % p1,
        "    SMTP_PASSWORD=\"%s\"" % p2,
        "    HOST=https://%s" % whost(),
    ]
    return lines, [p1, p2]


@pos("last_applied_configuration_annotation_secret_stringdata_json")
def _():
    p = pw()
    ann = json.dumps({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "wandb-mysql", "namespace": "wandb"}, "stringData": {"password": p, "username": user()}}, separators=(",", ":"))
    lines = [
        "metadata:",
        "  annotations:",
        "    kubectl.kubernetes.io/last-applied-configuration: |",
        "      " + ann,
    ]
    return lines, [p]


@pos("helm_values_single_quoted_password_doubled_quote_spaces")
def _():
    p = pwx(" '", 14, 20)
    pe = p.replace("'", "''")
    lines = [
        "externalRedis:",
        "  host: %s" % rhost(),
        "  password: '%s'" % pe,
    ]
    return lines, [pe]


@pos("helm_template_debug_rendered_env_value_double_quoted")
def _():
    p = pw()
    lines = [
        "# Source: wandb/charts/app/templates/deployment.yaml",
        "            - name: MYSQL",
        "              value: \"mysql://%s:%s@%s:3306/wandb_local\"" % (user(), p, dbhost()),
    ]
    return lines, [p]


@pos("kubectl_create_secret_from_literal_history_multiple")
def _():
    p1 = pw(); p2 = pw()
    lines = ["kubectl create secret generic wandb-secret -n wandb --from-literal=MYSQL_PASSWORD='%s' --from-literal=LICENSE_KEY=%s" % (p1, p2)]
    return lines, [p1, p2]


@pos("kubectl_create_secret_docker_registry_password_flag")
def _():
    p = pw()
    lines = ["kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=wandb-pull --docker-password=%s --docker-email=ops@example.com" % p]
    return lines, [p]


@pos("helm_install_set_string_comma_escaped_password")
def _():
    a = pw(8, 10); b = pw(8, 10); pe = a + "\\," + b
    lines = ["helm upgrade --install wandb wandb/operator -n wandb --set-string global.mysql.password=%s --set global.host=https://%s" % (pe, whost())]
    return lines, [a, b]


@pos("prometheus_remote_write_basic_auth_configmap_yaml")
def _():
    p = pw()
    lines = [
        "remote_write:",
        "  - url: https://prom.example.com/api/v1/write",
        "    basic_auth:",
        "      username: wandb-metrics",
        "      password: %s" % p,
    ]
    return lines, [p]


@pos("fluent_bit_output_http_passwd_classic_conf")
def _():
    p = pw()
    lines = [
        "[OUTPUT]",
        "    Name        http",
        "    Match       kube.*wandb*",
        "    Host        logs.example.com",
        "    HTTP_User   fluent",
        "    HTTP_Passwd %s" % p,
    ]
    return lines, [p]


@pos("yaml_folded_block_scalar_strip_password")
def _():
    p = pw()
    lines = ["redis:", "  password: >-", "    %s" % p, "  port: 6379"]
    return lines, [p]


@pos("yaml_literal_block_indent_indicator_token")
def _():
    t = an(48)
    lines = ["smtp:", "  token: |2", "      %s" % t, "  host: smtp.example.com"]
    return lines, [t]


@pos("yaml_plain_scalar_value_on_next_line")
def _():
    p = pw()
    lines = ["mysql:", "  password:", "    %s" % p, "  user: %s" % user()]
    return lines, [p]


@pos("yaml_flow_mapping_inline_credentials")
def _():
    p = pw()
    lines = ["database: {host: %s, port: 3306, user: %s, password: %s, name: wandb_local}" % (dbhost(), user(), p)]
    return lines, [p]


@pos("json_spaces_around_colon_password_key")
def _():
    p = pw()
    lines = ["{", '  "mysql" : {', '    "password"   :   "%s" ,' % p, '    "host" : "%s"' % dbhost(), "  }", "}"]
    return lines, [p]


@pos("k8s_env_secretaccesskey_camel_value_after_name")
def _():
    s = awssecret()
    lines = ["        env:", "        - name: secretAccessKey", "          value: %s" % s, "        - name: region", "          value: us-east-1"]
    return lines, [s]


@pos("ingress_annotation_auth_url_with_userinfo")
def _():
    p = pw()
    lines = [
        "  annotations:",
        "    nginx.ingress.kubernetes.io/auth-url: https://authcheck:%s@auth.example.com/validate" % p,
        "    nginx.ingress.kubernetes.io/proxy-body-size: 0",
    ]
    return lines, [p]


# --- env files / shells ------------------------------------------------------

@pos("env_file_export_double_quoted_hash_inside_value")
def _():
    p = pwx("#", 14, 20)
    lines = ["# W&B server", "export HOST=https://%s" % whost(), 'export MYSQL_PASSWORD="%s"   # rotated' % p]
    return lines, [p]


@pos("env_file_single_quoted_spaces_and_double_quote")
def _():
    p = pwx(' "', 14, 20)
    lines = ["REDIS_HOST=%s" % rhost(), "REDIS_PASSWORD='%s'" % p]
    return lines, [p]


@pos("env_file_odd_spacing_around_equals")
def _():
    p = pw()
    lines = ["MYSQL_HOST = %s" % dbhost(), "MYSQL_PASSWORD   =    %s" % p]
    return lines, [p]


@pos("env_mixed_case_key_spellings_passwd_pwd")
def _():
    p1 = pw(); p2 = pw(); p3 = pw()
    lines = ["Db_PassWd=%s" % p1, "SMTP_PWD=%s" % p2, "mysqlRootPassWord=%s" % p3]
    return lines, [p1, p2, p3]


@pos("env_value_with_colon_slash_at_inside")
def _():
    p = pwx(":/@", 14, 20)
    lines = ["GORILLA_EMAIL_SINK_PASSWORD=%s" % p]
    return lines, [p]


@pos("env_unicode_password_with_cjk_and_accent")
def _():
    p = R.choice(ALNUM) + rs(ALNUM, 4) + R.choice(["é", "ñ", "ø", "ü"]) + rs(ALNUM, 3) + R.choice(["密码", "鍵", "パス", "ß"]) + rs(ALNUM, 4) + R.choice(ALNUM)
    lines = ["MINIO_ROOT_PASSWORD=%s" % p]
    return lines, [p]


@pos("bash_history_export_wandb_api_key_then_login_host")
def _():
    k = wbkey()
    lines = ["export WANDB_BASE_URL=https://%s" % whost(), "export WANDB_API_KEY=local-%s" % k, "wandb login --relogin --host https://%s" % whost()]
    return lines, [k]


@pos("curl_u_api_colon_local_key_graphql")
def _():
    k = wbkey()
    lines = ["curl -sS -u api:local-%s -H 'Content-Type: application/json' https://%s/graphql -d '{\"query\":\"{viewer{username}}\"}'" % (k, whost())]
    return lines, [k]


@pos("curl_x_wandb_header_lowercase_authorization_bearer")
def _():
    t = an(48)
    lines = ["curl -k -H 'authorization: bearer %s' https://%s/api/v1/admin/license" % (t, whost())]
    return lines, [t]


@pos("aws_configure_set_secret_access_key_history")
def _():
    s = awssecret()
    lines = ["aws configure set aws_access_key_id %s --profile wandb" % akid(), "aws configure set aws_secret_access_key %s --profile wandb" % s]
    return lines, [s]


@pos("docker_login_echo_password_stdin_pipe")
def _():
    p = pw()
    lines = ["echo '%s' | docker login registry.example.com -u wandb-pull --password-stdin" % p, "Login Succeeded"]
    return lines, [p]


@pos("cloudflared_tunnel_run_token_flag")
def _():
    tok = b64e(json.dumps({"a": hx(32), "t": uid(), "s": b64(44)})).rstrip("=")
    lines = ["cloudflared tunnel --no-autoupdate run --token %s" % tok]
    return lines, [tok]


@pos("ngrok_config_add_authtoken_history")
def _():
    t = an(27) + "_" + an(21)
    lines = ["ngrok config add-authtoken %s" % t, "Authtoken saved to configuration file: /root/.config/ngrok/ngrok.yml"]
    return lines, [t]


@pos("powershell_env_assignment_wandb_key_and_pw")
def _():
    k = wbkey(); p = pw()
    lines = ["PS C:\\wandb> $env:WANDB_API_KEY = \"%s\"" % k, "PS C:\\wandb> $env:MYSQL_PASSWORD='%s'" % p]
    return lines, [k, p]


# --- DSNs / connection strings ----------------------------------------------

@pos("libpq_keyword_dsn_single_quoted_escaped_quote_password")
def _():
    p = pwx("' ", 14, 20); pe = p.replace("'", "\\'")
    lines = ["%s ERROR connect: host=%s port=5432 user=wandb password='%s' dbname=wandb sslmode=require" % (iso(), dbhost(), pe)]
    return lines, [pe]


@pos("ado_net_sqlserver_password_double_quoted_semicolon")
def _():
    p = pwx(";", 14, 20)
    lines = ['Server=tcp:sql-%s.database.windows.net,1433;Initial Catalog=wandb;User ID=wandb;Password="%s";Encrypt=True;' % (an(5).lower(), p)]
    return lines, [p]


@pos("mongodb_srv_uri_percent_encoded_at_colon")
def _():
    a = pw(6, 8); b = pw(6, 8); pe = a + "%40" + b + "%3A" + an(4)
    lines = ["MONGO_URL=mongodb+srv://wandb:%s@cluster0.%s.mongodb.net/wandb?retryWrites=true&w=majority" % (pe, an(5).lower())]
    return lines, [pe]


@pos("jdbc_mysql_url_password_query_param")
def _():
    p = pw()
    lines = ["spring.datasource.url=jdbc:mysql://%s:3306/wandb_local?user=wandb&password=%s&useSSL=true" % (dbhost(), p)]
    return lines, [p]


@pos("clickhouse_http_url_password_query_param_log")
def _():
    t0(); p = pw()
    lines = ["%s WARN clickhouse: POST http://clickhouse.wandb.svc:8123/?user=default&password=%s&database=weave failed: 503" % (iso(), p)]
    return lines, [p]


@pos("sqlalchemy_create_engine_traceback_line")
def _():
    p = pw()
    lines = ["Traceback (most recent call last):", '  File "/app/migrate.py", line %d, in <module>' % R.randint(10, 90), "    engine = create_engine(\"mysql+pymysql://%s:%s@%s:3306/wandb_local\")" % (user(), p, dbhost()), "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server\")"]
    return lines, [p]


@pos("kafka_sasl_jaas_config_plain_login_module")
def _():
    p = pw()
    lines = ['sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="wandb" password="%s";' % p]
    return lines, [p]


@pos("azure_storage_connection_string_account_key")
def _():
    k = b64(86)
    lines = ["AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=wandbstore%s;AccountKey=%s==;EndpointSuffix=core.windows.net" % (rs(DIG, 3), k)]
    return lines, [k]


@pos("gorilla_email_sink_smtp_url_sendgrid_apikey")
def _():
    a = b64u(22); b = b64u(43)
    lines = ["GORILLA_EMAIL_SINK=smtp://apikey:SG.%s.%s@smtp.sendgrid.net:%d" % (a, b, R.choice([25, 587, 2525]))]
    return lines, [a, b]


@pos("redis_url_ipv6_bracket_host_password")
def _():
    p = pw()
    lines = ["REDIS=redis://:%s@[fd00:%s::%s]:6379/0?tls=true&caCertPath=/etc/ssl/redis/ca.pem" % (p, hx(4), hx(3))]
    return lines, [p]


@pos("mysql_dsn_password_raw_hash_and_colon")
def _():
    p = pwx("#:", 14, 20)
    lines = ["MYSQL=mysql://%s:%s@%s:3306/wandb_local" % (user(), p, dbhost())]
    return lines, [p]


@pos("odbc_dsn_pwd_mixed_case_key")
def _():
    p = pw()
    lines = ["Driver={MySQL ODBC 8.0 Unicode Driver};Server=%s;Database=wandb_local;Uid=wandb;PwD=%s;" % (dbhost(), p)]
    return lines, [p]


@pos("xml_appsettings_add_key_dbpassword_value")
def _():
    p = pw()
    lines = ['<appSettings>', '  <add key="WandbDbPassword" value="%s" />' % p, '</appSettings>']
    return lines, [p]


# --- token formats ----------------------------------------------------------

@pos("init_container_git_clone_github_fine_grained_pat")
def _():
    t0(); a = an(22); b = an(59)
    lines = ["%s Cloning into '/workspace/repo'..." % iso(), "%s + git clone https://x-access-token:github_pat_%s_%s@github.com/example/ml-jobs.git /workspace/repo" % (iso(), a, b)]
    return lines, [a, b]


@pos("helm_repo_add_gitlab_pat_password_flag")
def _():
    t = b64u(20)
    lines = ["helm repo add internal https://gitlab.example.com/api/v4/projects/%d/packages/helm/stable --username ci --password glpat-%s" % (R.randint(10, 999), t)]
    return lines, [t]


@pos("gorilla_slack_webhook_url_post_error")
def _():
    t0(); s = an(24)
    lines = ["%s level=error msg=\"alert delivery failed\" url=https://hooks.slack.com/services/T%s/B%s/%s status=404" % (iso(), up(8), up(10), s)]
    return lines, [s]


@pos("teams_incoming_webhook_office_url_v2")
def _():
    h = hx(32); v = b64u(43)
    lines = ["TEAMS_WEBHOOK=https://example.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (uid(), uid(), h, uid(), v)]
    return lines, [h, v]


@pos("discord_webhook_url_in_alert_config")
def _():
    t = b64u(68)
    lines = ["alerts:", "  discord: https://discord.com/api/webhooks/%s/%s" % (rs(DIG, 19), t)]
    return lines, [t]


@pos("oauth2_proxy_x_auth_request_access_token_header")
def _():
    tok, sig = jwt()
    lines = ["X-Auth-Request-User: jdoe", "X-Auth-Request-Email: jdoe@example.com", "X-Auth-Request-Access-Token: %s" % tok]
    return lines, [sig]


@pos("gcp_sa_key_json_private_key_escaped_newlines_in_secret")
def _():
    body = pemlines(5)
    pk = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----\n"
    lines = ["{", '  "type": "service_account",', '  "project_id": "wandb-%s",' % an(6).lower(), '  "private_key_id": "%s",' % hx(40), '  "private_key": %s,' % json.dumps(pk), '  "client_email": "wandb@example.iam.gserviceaccount.com"', "}"]
    return lines, body


@pos("cert_manager_tls_stringdata_ec_private_key_block")
def _():
    body = [b64(64), b64(64), b64(R.randint(20, 40))]
    lines = ["stringData:", "  tls.key: |", "    -----BEGIN EC PRIVATE KEY-----"] + ["    " + x for x in body] + ["    -----END EC PRIVATE KEY-----"]
    return lines, body


@pos("gcp_api_key_aiza_in_env_dump")
def _():
    k = b64u(35)
    lines = ["GOOGLE_API_KEY=AIza%s" % k]
    return lines, [k]


@pos("npm_token_npmrc_authtoken_in_build_log")
def _():
    t = an(36)
    lines = ["Step 7/12 : RUN echo \"//registry.npmjs.org/:_authToken=npm_%s\" > ~/.npmrc" % t]
    return lines, [t]


@pos("docker_hub_pat_dckr_pat_login_history")
def _():
    t = b64u(27)
    lines = ["docker login -u wandbci -p dckr_pat_%s" % t]
    return lines, [t]


@pos("vault_approle_secret_id_uuid_form")
def _():
    s = uid()
    lines = ["vault write auth/approle/login role_id=%s secret_id=%s" % (uid(), s)]
    return lines, [s]


@pos("anthropic_key_in_sdk_run_env_print")
def _():
    k = b64u(93)
    lines = ["os.environ: ANTHROPIC_API_KEY=sk-ant-api03-%sAA" % k]
    return lines, [k]


@pos("doppler_service_token_dp_st_env")
def _():
    t = an(43)
    lines = ["DOPPLER_TOKEN=dp.st.prd.%s" % t]
    return lines, [t]


@pos("aws_env_secret_key_k8s_value_odd_spacing")
def _():
    s = awssecret()
    lines = ["        - name:  AWS_SECRET_ACCESS_KEY", "          value:    \"%s\"" % s]
    return lines, [s]


@pos("oidc_client_secret_docker_inspect_env_entry")
def _():
    s = b64u(40)
    lines = ['            "OIDC_CLIENT_ID=%s",' % uid(), '            "OIDC_CLIENT_SECRET=%s",' % s, '            "OIDC_ISSUER=https://login.example.com/realms/ml",']
    return lines, [s]


# --- HTTP headers / cookies --------------------------------------------------

@pos("curl_v_request_cookie_and_response_set_cookie")
def _():
    c1 = b64u(43); c2 = b64u(43)
    lines = ["> GET /api/viewer HTTP/2", "> Host: %s" % whost(), "> Cookie: wandb_session=%s" % c1, ">", "< HTTP/2 200", "< set-cookie: wandb_session=%s; Path=/; HttpOnly; Secure; SameSite=Lax" % c2]
    return lines, [c1, c2]


@pos("go_logfmt_x_api_key_header_mixed_case")
def _():
    t0(); k = an(40)
    lines = ["time=%s level=debug msg=\"outgoing\" X-Api-KEY=%s url=https://%s/api" % (iso(), k, whost())]
    return lines, [k]


@pos("wandb_sdk_http_error_url_basic_userinfo_api_key")
def _():
    k = wbkey()
    lines = ["requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api:%s@%s/graphql" % (k, whost())]
    return lines, [k]


# --- adversarial layouts -----------------------------------------------------

@pos("key_value_with_tab_separator_redis_cli_raw")
def _():
    p = pw()
    lines = ["$ redis-cli --raw CONFIG GET masterauth", "masterauth", p]
    return lines, [p]


@pos("password_key_uppercase_with_space_before_colon")
def _():
    p = pw()
    lines = ["PASSWORD : %s" % p]
    return lines, [p]


@pos("dotted_key_properties_password_with_unicode_escape")
def _():
    a = pw(6, 8); b = pw(6, 8); pe = a + "\\u00e9" + b
    lines = ["wandb.mysql.password=%s" % pe]
    return lines, [pe]


@pos("toml_triple_quoted_literal_password")
def _():
    p = pwx("'\"", 14, 20).replace("'''", "x")
    lines = ["[mysql]", "password = '''%s'''" % p]
    return lines, [p]


@pos("shell_line_continuation_split_flag_and_value")
def _():
    p = pw()
    lines = ["helm upgrade wandb wandb/wandb \\", "  --set mysql.password=\\", "%s \\" % p, "  --reuse-values"]
    return lines, [p]


@pos("log_line_wrapped_by_terminal_mid_token")
def _():
    k = wbkey(); a, b = k[:20], k[20:]
    lines = ["wandb: WARNING Using API key from env WANDB_API_KEY=%s" % a, "%s (host https://%s)" % (b, whost())]
    return lines, [a, b]


@pos("json_unicode_escaped_at_and_slash_in_password")
def _():
    a = pw(6, 8); b = pw(6, 8); p = a + "@" + b + "/" + an(3)
    pe = json.dumps(p).strip('"')
    lines = [json.dumps({"msg": "config", "password": p}, ensure_ascii=True).replace("@", "\\u0040")]
    pe = pe.replace("@", "\\u0040")
    return lines, [pe.replace("/", "\\/")] if "\\/" in lines[0] else [pe]


@pos("redactor_bait_password_key_then_real_secret_key_later")
def _():
    p = pw()
    lines = ["password_policy=strong password_min_length=12 db_pass=%s" % p]
    return lines, [p]


@pos("credentials_in_url_fragment_like_query_after_hash")
def _():
    t = b64u(40)
    lines = ['Referer: https://%s/login#access_token=%s&token_type=Bearer&expires_in=3600' % (whost(), t)]
    return lines, [t]


@pos("ansi_colored_env_dump_password_value")
def _():
    p = pw()
    lines = ["\u001b[32mMYSQL_PASSWORD\u001b[0m=\u001b[33m%s\u001b[0m" % p]
    return lines, [p]


@pos("crlf_env_file_secret_key_trailing_cr")
def _():
    p = pw()
    lines = ["GORILLA_SESSION_SECRET=%s\r" % p, "HOST=https://%s\r" % whost()]
    return lines, [p]


@pos("yaml_double_quoted_with_escaped_quote_and_backslash")
def _():
    a = pw(6, 8); b = pw(6, 8); pe = a + '\\"' + b + "\\\\" + an(3)
    lines = ['auth:', '  password: "%s"' % pe]
    return lines, [pe]


@pos("json_log_key_named_pwd_lowercase_short")
def _():
    t0(); p = pw()
    lines = [json.dumps({"ts": iso(), "level": "warn", "op": "connect", "pwd": p, "usr": user()})]
    return lines, [p]


@pos("python_kwargs_repr_password_in_call_signature")
def _():
    p = pw()
    lines = ["DEBUG pymysql.connect(host='%s', user='%s', password='%s', database='wandb_local', ssl=None)" % (dbhost(), user(), p)]
    return lines, [p]


@pos("http_basic_header_authorization_mixed_case_scheme")
def _():
    u, tok, part = basic("admin", pw())
    lines = ["AUTHORIZATION: bAsIc %s" % tok]
    return lines, [part]


@pos("markdown_code_fence_env_in_ticket")
def _():
    p = pw(); k = wbkey()
    lines = ["Here is our env (sorry for the mess):", "```", "MYSQL_PASSWORD=%s" % p, "WANDB_API_KEY=%s" % k, "```"]
    return lines, [p, k]


# --- more layouts (encryption-key headers, load-test tools, repr forms) ----

@pos("s3_sse_c_customer_key_header_curl_v")
def _():
    k = b64e(an(32))
    lines = ["> PUT /%s/exports/%s.parquet HTTP/1.1" % (bucket(), hx(12)), "> Host: s3.us-east-1.amazonaws.com", "> x-amz-server-side-encryption-customer-algorithm: AES256", "> x-amz-server-side-encryption-customer-key: %s" % k, "> x-amz-server-side-encryption-customer-key-MD5: %s==" % b64(22)]
    return lines, [k.rstrip("=")]


@pos("gcs_csek_x_goog_encryption_key_gsutil_debug")
def _():
    k = b64e(an(32))
    lines = ["DEBUG: send: 'GET /storage/v1/b/%s/o/%s?alt=media HTTP/1.1'" % (bucket(), hx(10)), "DEBUG: header: x-goog-encryption-algorithm: AES256", "DEBUG: header: x-goog-encryption-key: %s" % k, "DEBUG: header: x-goog-encryption-key-sha256: %s=" % b64(43)]
    return lines, [k.rstrip("=")]


@pos("azure_blob_x_ms_encryption_key_header_az_debug")
def _():
    k = b64e(an(32))
    lines = ["urllib3.connectionpool: https://wandbstore%s.blob.core.windows.net:443 \"PUT /wandb/%s HTTP/1.1\" 201 0" % (rs(DIG, 3), hx(16)), "    'x-ms-encryption-key': '%s'" % k, "    'x-ms-encryption-key-sha256': '%s='" % b64(43), "    'x-ms-encryption-algorithm': 'AES256'"]
    return lines, [k.rstrip("=")]


@pos("aws_s3_cp_sse_c_key_inline_history")
def _():
    k = an(32)
    lines = ["aws s3 cp ./runs.tar.gz s3://%s/backup/ --sse-c AES256 --sse-c-key %s" % (bucket(), k)]
    return lines, [k]


@pos("go_url_userinfo_percent_v_braces_struct")
def _():
    t0(); p = pw()
    lines = ["%s DEBUG parsed redis url host=%s:6379 user=&{default %s true}" % (iso(), rhost(), p)]
    return lines, [p]


@pos("python_urllib_splitresult_repr_netloc")
def _():
    p = pw()
    lines = ["DEBUG:wandb_migrate:parsed=SplitResult(scheme='mysql', netloc='%s:%s@%s:3306', path='/wandb_local', query='', fragment='')" % (user(), p, dbhost())]
    return lines, [p]


@pos("httpx_url_repr_redis_password")
def _():
    p = pw()
    lines = ["cache backend: URL('redis://:%s@%s:6379/1')" % (p, rhost())]
    return lines, [p]


@pos("bash_set_builtin_ansi_c_quoted_password")
def _():
    a = pw(6, 8); b = pw(6, 8); pe = a + "\\'" + b + " " + an(3)
    lines = ["HOSTNAME=wandb-0", "MYSQL_PASSWORD=$'%s'" % pe, "OPTERR=1"]
    return lines, [pe]


@pos("powershell_setenvironmentvariable_user_scope")
def _():
    k = wbkey()
    lines = ['PS C:\\Users\\ml> [Environment]::SetEnvironmentVariable("WANDB_API_KEY", "%s", "User")' % k]
    return lines, [k]


@pos("k6_script_params_headers_bearer_literal")
def _():
    t = an(40)
    lines = ["import http from 'k6/http';", "const params = { headers: { 'Content-Type': 'application/json', Authorization: 'Bearer %s' } };" % t, "export default function () { http.post('https://%s/graphql', payload, params); }" % whost()]
    return lines, [t]


@pos("locustfile_client_headers_wandb_key")
def _():
    k = wbkey()
    lines = ["class WandbUser(HttpUser):", "    def on_start(self):", "        self.client.auth = ('api', '%s')" % k, "        self.client.headers.update({'X-Origin': 'loadtest'})"]
    return lines, [k]


@pos("hurl_file_basicauth_section_entry")
def _():
    p = pw()
    lines = ["GET https://%s/admin/settings" % whost(), "[BasicAuth]", "admin: %s" % p, "HTTP 200"]
    return lines, [p]


@pos("xh_auth_type_bearer_flag")
def _():
    t = an(40)
    lines = ["xh --auth-type bearer --auth %s GET https://%s/api/v1/viewer" % (t, whost())]
    return lines, [t]


@pos("wrk_loadtest_header_flag_bearer")
def _():
    t = b64u(43)
    lines = ["wrk -t4 -c64 -d30s -H 'Authorization: Bearer %s' https://%s/api/v1/health" % (t, whost()), "Running 30s test @ https://%s/api/v1/health" % whost()]
    return lines, [t]


@pos("vegeta_http_targets_file_basic_header")
def _():
    u, tok, part = basic("api", wbkey())
    lines = ["GET https://%s/api/v1/runs" % whost(), "Authorization: Basic %s" % tok, "", "POST https://%s/graphql" % whost(), "@query.json"]
    return lines, [part]


@pos("rclone_config_obscured_pass_field")
def _():
    p = b64u(R.randint(30, 44))
    lines = ["[wandb-minio]", "type = s3", "provider = Minio", "access_key_id = wandbsvc", "secret_access_key = %s" % an(40), "[wandb-sftp]", "type = sftp", "user = backup", "pass = %s" % p]
    return lines, [lines[4].split(" = ")[1], p]


@pos("earthly_secret_flag_inline_value")
def _():
    p = pw()
    lines = ["earthly --secret MYSQL_PASSWORD=%s --secret-file npmrc=./.npmrc +integration-test" % p]
    return lines, [p]


@pos("devspace_deploy_var_flag_password")
def _():
    p = pw()
    lines = ["devspace deploy --namespace wandb-dev --var MYSQL_PASSWORD=%s --var HOST=https://%s" % (p, whost())]
    return lines, [p]


@pos("garden_deploy_var_flag_password")
def _():
    p = pw()
    lines = ["garden deploy --env dev --var mysqlPassword=%s --var redisHost=%s" % (p, rhost())]
    return lines, [p]


@pos("gorilla_session_secret_in_kubectl_exec_env_output")
def _():
    s = hx(64)
    lines = ["$ kubectl exec -n wandb deploy/wandb-app -- env | grep GORILLA", "GORILLA_SESSION_LENGTH=720h", "GORILLA_SESSION_SECRET=%s" % s, "GORILLA_LICENSE_SOURCE=env"]
    return lines, [s]


@pos("gcp_cloud_logging_entry_textpayload_dsn")
def _():
    t0(); p = pw()
    lines = [json.dumps({"insertId": an(14).lower(), "labels": {"k8s-pod/app": "wandb"}, "logName": "projects/ml-%s/logs/stderr" % an(5).lower(), "resource": {"type": "k8s_container", "labels": {"container_name": "wandb", "namespace_name": "wandb"}}, "severity": "ERROR", "textPayload": "mysql connect failed: mysql://%s:%s@%s:3306/wandb_local" % (user(), p, dbhost()), "timestamp": iso(frac=9)})]
    return lines, [p]


@pos("azure_containerlogv2_kql_result_logmessage_token")
def _():
    t0(); t = an(40)
    lines = ["TimeGenerated [UTC]\tPodName\tContainerName\tLogMessage", "%s\twandb-app-%s\twandb\t{\"level\":\"warn\",\"msg\":\"webhook call failed\",\"token\":\"%s\"}" % (sp(), rs("bcdfghjklmnpqrstvwxz2456789", 5), t)]
    return lines, [t]


@pos("elb_classic_access_log_query_token")
def _():
    t0(); t = an(40)
    lines = ['%s wandb-elb %s:%d %s:8080 0.000045 0.00312 0.00002 200 200 0 %d "GET https://%s:443/api/v1/files?token=%s HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2' % (iso(frac=6), ip(), R.randint(30000, 60000), ip(), R.randint(100, 99999), whost(), t)]
    return lines, [t]


@pos("azure_app_gateway_access_log_requestquery_key")
def _():
    t0(); k = an(32)
    lines = [json.dumps({"timeStamp": iso(frac=0), "resourceId": "/SUBSCRIPTIONS/%s/RESOURCEGROUPS/WANDB/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/WANDB-AGW" % uid().upper(), "operationName": "ApplicationGatewayAccess", "properties": {"clientIP": ip(), "httpMethod": "GET", "requestUri": "/api/v1/export", "requestQuery": "api_key=%s&format=csv" % k, "httpStatus": 200, "host": whost()}})]
    return lines, [k]


@pos("netcat_printf_redis_auth_inline_command")
def _():
    p = pw()
    lines = ["printf 'AUTH %s\\r\\nPING\\r\\n' | nc %s 6379" % (p, rhost()), "+OK", "+PONG"]
    return lines, [p]


@pos("mysql_defaults_extra_file_process_substitution_printf")
def _():
    p = pw()
    lines = ["mysql --defaults-extra-file=<(printf '[client]\\nuser=%s\\npassword=%s\\n') -h %s wandb_local" % (user(), p, dbhost())]
    return lines, [p]


@pos("redis_benchmark_a_flag_history")
def _():
    p = pw()
    lines = ["redis-benchmark -h %s -p 6379 -a %s -c 50 -n 100000 -q" % (rhost(), p), "PING_INLINE: %d.%02d requests per second" % (R.randint(20000, 90000), R.randint(0, 99))]
    return lines, [p]


@pos("traefik_middleware_custom_request_headers_authorization")
def _():
    u, tok, part = basic("svc", pw())
    lines = ["apiVersion: traefik.io/v1alpha1", "kind: Middleware", "spec:", "  headers:", "    customRequestHeaders:", "      Authorization: \"Basic %s\"" % tok]
    return lines, [part]


@pos("ingress_more_set_input_headers_authorization_snippet")
def _():
    t = an(40)
    lines = ["    nginx.ingress.kubernetes.io/configuration-snippet: |", "      more_set_input_headers \"Authorization: Bearer %s\";" % t]
    return lines, [t]


@pos("kubectl_jq_map_values_base64d_decoded_json")
def _():
    p1 = pw(); p2 = pw()
    lines = ["$ kubectl get secret wandb-secret -o json | jq '.data | map_values(@base64d)'", "{", '  "MYSQL_PASSWORD": "%s",' % p1, '  "REDIS_PASSWORD": "%s"' % p2, "}"]
    return lines, [p1, p2]


@pos("mycli_dsn_argument_history")
def _():
    p = pw()
    lines = ["mycli mysql://%s:%s@%s:3306/wandb_local" % (user(), p, dbhost())]
    return lines, [p]


@pos("aws_logs_filter_log_events_json_message_escaped")
def _():
    t0(); p = pw()
    msg = json.dumps({"level": "error", "msg": "redis auth failed", "url": "redis://:%s@%s:6379" % (p, rhost())})
    lines = ["{", '    "events": [', "        {", '            "logStreamName": "wandb-app-%s",' % hx(8), '            "timestamp": %d,' % (_T[0] * 1000), '            "message": %s,' % json.dumps(msg), '            "eventId": "%s"' % rs(DIG, 56), "        }", "    ]", "}"]
    return lines, [p]


@pos("caddy_json_log_credentials_enabled_authorization_header")
def _():
    t0(); u, tok, part = basic("api", wbkey())
    lines = [json.dumps({"level": "info", "ts": tick() + 0.25, "logger": "http.log.access.log0", "msg": "handled request", "request": {"remote_ip": ip(), "proto": "HTTP/2.0", "method": "POST", "host": whost(), "uri": "/graphql", "headers": {"Authorization": ["Basic " + tok], "User-Agent": ["W&B Internal Client 0.17.4"]}}, "status": 200})]
    return lines, [part]


@pos("kubectl_get_raw_secret_api_path_json_data")
def _():
    p = pw()
    lines = ["$ kubectl get --raw /api/v1/namespaces/wandb/secrets/wandb-mysql", json.dumps({"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "wandb-mysql", "namespace": "wandb", "uid": uid()}, "data": {"password": b64e(p), "user": b64e(user())}, "type": "Opaque"}, separators=(",", ":"))]
    return lines, [b64e(p).rstrip("=")]


@pos("helm_set_json_flag_inline_object_password")
def _():
    p = pw()
    lines = ["helm upgrade wandb wandb/operator -n wandb --reuse-values --set-json 'global.mysql={\"host\":\"%s\",\"user\":\"%s\",\"password\":\"%s\"}'" % (dbhost(), user(), p)]
    return lines, [p]


@pos("google_oauth_client_secret_gocspx_in_oidc_env")
def _():
    s = b64u(28)
    lines = ["OIDC_ISSUER=https://accounts.google.com", "OIDC_CLIENT_ID=%s-%s.apps.googleusercontent.com" % (rs(DIG, 12), rs(LOW + DIG, 32)), "OIDC_CLIENT_SECRET=GOCSPX-%s" % s]
    return lines, [s]


@pos("elasticsearch_authorization_apikey_scheme_header")
def _():
    raw = b64u(20) + ":" + b64u(22); tok = b64e(raw)
    lines = ["curl -s -H 'Authorization: ApiKey %s' https://es.example.internal:9200/_cluster/health" % tok]
    return lines, [tok.rstrip("=")]


@pos("openssl_enc_pass_pass_support_bundle_encrypt_history")
def _():
    p = pw()
    lines = ["tar czf - wandb-bundle/ | openssl enc -aes-256-cbc -pbkdf2 -pass pass:%s -out wandb-bundle.tgz.enc" % p]
    return lines, [p]


@pos("hubble_observe_json_l7_http_headers_authorization")
def _():
    t0(); tok, sig = jwt()
    lines = [json.dumps({"flow": {"time": iso(frac=9), "verdict": "FORWARDED", "l7": {"type": "REQUEST", "http": {"method": "GET", "url": "http://wandb-app.wandb.svc:8080/api/v1/viewer", "protocol": "HTTP/1.1", "headers": [{"key": "Authorization", "value": "Bearer " + tok}, {"key": "X-Request-Id", "value": uid()}]}}, "Type": "L7"}, "node_name": "ip-%s" % ip().replace(".", "-")})]
    return lines, [sig]


@pos("tetragon_process_exec_event_arguments_password")
def _():
    t0(); p = pw()
    lines = [json.dumps({"process_exec": {"process": {"exec_id": b64(40), "pid": R.randint(100, 99999), "binary": "/usr/bin/mysql", "arguments": "-h %s -u %s -p%s wandb_local" % (dbhost(), user(), p), "pod": {"namespace": "wandb", "name": "wandb-app-%s" % rs("bcdfghjklmnpqrstvwxz2456789", 5)}}}, "time": iso(frac=9)})]
    return lines, [p]


@pos("uvicorn_access_log_query_token_weave")
def _():
    t = an(40)
    lines = ["INFO:     %s:%d - \"GET /calls/stream_query?token=%s&project=ml HTTP/1.1\" 200 OK" % (ip(), R.randint(30000, 60000), t)]
    return lines, [t]


@pos("az_acr_login_expose_token_json_accesstoken")
def _():
    tok, sig = jwt()
    lines = ["$ az acr login --name wandbregistry --expose-token", "{", '  "accessToken": "%s",' % tok, '  "loginServer": "wandbregistry.azurecr.io"', "}"]
    return lines, [sig]


@pos("az_access_token_oss_rdbms_used_as_mysql_password")
def _():
    tok, sig = jwt({"aud": "https://ossrdbms-aad.database.windows.net", "oid": uid(), "tid": uid()})
    lines = ["mysql -h wandb-mysql.mysql.database.azure.com -u wandb-mi --enable-cleartext-plugin --password=%s wandb_local" % tok]
    return lines, [sig]


@pos("gcloud_sql_generate_login_token_ya29_output")
def _():
    t = b64u(R.randint(150, 200))
    lines = ["$ gcloud sql generate-login-token", "ya29.%s" % t]
    return lines, [t]


@pos("kubectl_apply_heredoc_secret_stringdata_history")
def _():
    p = pw()
    lines = ["cat <<EOF | kubectl apply -n wandb -f -", "apiVersion: v1", "kind: Secret", "metadata: {name: wandb-mysql}", "stringData:", "  password: %s" % p, "EOF"]
    return lines, [p]


@pos("docker_exec_env_flag_mysql_pwd")
def _():
    p = pw()
    lines = ["docker exec -e MYSQL_PWD=%s -it wandb-mysql mysql -u root -e 'SHOW DATABASES'" % p]
    return lines, [p]


@pos("minio_warp_benchmark_secret_key_flag")
def _():
    s = an(40)
    lines = ["warp mixed --host=minio.wandb.svc:9000 --access-key=%s --secret-key=%s --duration=2m --autoterm" % (up(20), s)]
    return lines, [s]


@pos("oras_login_password_flag_history")
def _():
    p = pw()
    lines = ["oras login registry.example.com -u wandb-ci -p %s" % p, "Login Succeeded"]
    return lines, [p]


@pos("kubectl_logs_timestamps_flag_rfc3339nano_prefix_dsn")
def _():
    t0(); p = pw()
    lines = ["%s {\"level\":\"info\",\"msg\":\"booting\"}" % iso(frac=9), "%s {\"level\":\"error\",\"msg\":\"db\",\"url\":\"mysql://%s:%s@%s/wandb_local\"}" % (iso(frac=9), user(), p, dbhost())]
    return lines, [p]


@pos("echo_append_env_file_redirect_history")
def _():
    p = pw()
    lines = ["  %d  echo 'MYSQL_PASSWORD=%s' >> /opt/wandb/.env" % (R.randint(100, 900), p), "  %d  docker compose up -d" % R.randint(100, 900)]
    return lines, [p]


@pos("yq_inplace_assign_password_history")
def _():
    p = pw()
    lines = ["yq -i '.global.mysql.password = \"%s\"' values.yaml" % p]
    return lines, [p]


@pos("jq_assign_password_values_json_history")
def _():
    p = pw()
    lines = ["jq '.mysql.password = \"%s\" | .redis.host = \"%s\"' values.json > values.new.json" % (p, rhost())]
    return lines, [p]


@pos("redis_cli_tls_pass_long_option")
def _():
    p = pw()
    lines = ["redis-cli --tls --cacert /etc/redis/tls/ca.crt -h %s -p 6380 --pass %s --no-auth-warning ping" % (rhost(), p), "PONG"]
    return lines, [p]


@pos("python_c_one_liner_wandb_login_key_arg")
def _():
    k = wbkey()
    lines = ["python -c \"import wandb; wandb.login(key='%s', host='https://%s')\"" % (k, whost())]
    return lines, [k]


@pos("wandb_public_api_constructor_api_key_in_traceback")
def _():
    k = wbkey()
    lines = ["Traceback (most recent call last):", '  File "export_runs.py", line %d, in <module>' % R.randint(5, 60), "    api = wandb.Api(api_key=\"%s\", overrides={\"base_url\": \"https://%s\"})" % (k, whost()), "wandb.errors.CommError: It appears that you do not have permission to access the requested resource."]
    return lines, [k]


@pos("haproxy_acl_req_hdr_literal_bearer_match")
def _():
    t = an(40)
    lines = ["frontend wandb_admin", "    acl valid_token req.hdr(Authorization) -m str \"Bearer %s\"" % t, "    http-request deny unless valid_token"]
    return lines, [t]


@pos("nginx_if_http_header_literal_token_compare")
def _():
    t = an(40)
    lines = ["    location /admin/ {", "        if ($http_x_wandb_admin_token != \"%s\") { return 403; }" % t, "        proxy_pass http://wandb-app:8080;", "    }"]
    return lines, [t]


# ---------------------------------------------------------------------------
# NEGATIVES
# ---------------------------------------------------------------------------

@neg("gorilla_json_request_id_trace_id_span_id")
def _():
    t0()
    return [json.dumps({"level": "info", "ts": iso(), "msg": "request completed", "request_id": uid(), "trace_id": hx(32), "span_id": hx(16), "status": 200, "duration_ms": R.randint(1, 900)})]


@neg("k8s_env_value_from_secret_key_ref_names_only")
def _():
    return ["        - name: MYSQL_PASSWORD", "          valueFrom:", "            secretKeyRef:", "              name: wandb-mysql-%s" % an(4).lower(), "              key: password"]


@neg("helm_values_existing_secret_password_key_refs")
def _():
    return ["mysql:", "  existingSecret: wandb-mysql-%s" % an(4).lower(), "  passwordSecretKey: %s" % R.choice(["MYSQL_PASSWORD", "password", "mysql-password"]), "redis:", "  password: \"\"", "  passwordSecret:", "    name: wandb-redis-%s" % an(4).lower(), "    key: %s" % R.choice(["redis-password", "password", "REDIS_PASSWORD"])]


@neg("mysql_show_variables_validate_password_policy")
def _():
    return ["+--------------------------------------+--------+", "| Variable_name                        | Value  |", "+--------------------------------------+--------+", "| validate_password.length             | %d      |" % R.randint(8, 9), "| validate_password.policy             | MEDIUM |", "| default_password_lifetime            | %d      |" % R.randint(0, 9), "+--------------------------------------+--------+"]


@neg("mysql_access_denied_using_password_yes")
def _():
    t0()
    return ["%s %d [Note] Access denied for user '%s'@'%s' (using password: YES)" % (iso(frac=6), R.randint(10, 99), user(), ip())]


@neg("redis_noauth_wrongpass_error_replies")
def _():
    return ["%s:6379> GET foo" % rhost(), "(error) NOAUTH Authentication required.", "%s:6379> AUTH default <password>" % rhost(), "(error) WRONGPASS invalid username-password pair or user is disabled."]


@neg("redis_info_server_run_id_master_replid")
def _():
    return ["# Server", "redis_version:7.%d.%d" % (R.randint(0, 2), R.randint(0, 9)), "run_id:%s" % hx(40), "# Replication", "master_replid:%s" % hx(40), "master_replid2:%s" % ("0" * 40)]


@neg("minio_response_headers_request_id_etag")
def _():
    return ["< X-Amz-Request-Id: %s" % up(16), "< ETag: \"%s\"" % hx(32), "< X-Amz-Id-2: %s" % hx(64), "< X-Xss-Protection: 1; mode=block"]


@neg("wandb_artifact_manifest_digest_md5_b64")
def _():
    return [json.dumps({"version": 1, "contents": {"model.pt": {"digest": b64e(hx(16)) [:22] + "==", "size": R.randint(100, 10 ** 9)}, "config.yaml": {"digest": b64(22) + "==", "size": R.randint(10, 9999)}}})]


@neg("docker_image_digest_and_container_ids")
def _():
    return ['        "Id": "%s",' % hx(64), '        "Image": "sha256:%s",' % hx(64), '        "RepoDigests": ["wandb/local@sha256:%s"],' % hx(64)]


@neg("helm_checksum_config_pod_annotations")
def _():
    return ["      annotations:", "        checksum/config: %s" % hx(64), "        checksum/secret: %s" % hx(64), "        kubectl.kubernetes.io/restartedAt: \"%s\"" % iso(t0(), 0)]


@neg("k8s_metadata_uid_resource_version_pod_hash")
def _():
    return ["metadata:", "  uid: %s" % uid(), "  resourceVersion: \"%d\"" % R.randint(10 ** 6, 10 ** 8), "  labels:", "    pod-template-hash: %s" % rs("bcdfghjklmnpqrstvwxz2456789", 10), "    controller-revision-hash: wandb-%s" % rs("bcdfghjklmnpqrstvwxz2456789", 10)]


@neg("docker_compose_password_file_secrets_paths")
def _():
    n = R.choice(["mysql_password", "db_pw", "wandb_mysql"])
    return ["    environment:", "      MYSQL_PASSWORD_FILE: /run/secrets/%s" % n, "      REDIS_PASSWORD_FILE: /run/secrets/redis_%s" % R.choice(["password", "pass", "auth"]), "    secrets:", "      - %s" % n]


@neg("cli_help_text_password_and_token_flags")
def _():
    fl = [("--password string", "Password for the MySQL user (env: MYSQL_PASSWORD)"), ("--token-file string", "Path to a file holding the API token"), ("--api-key string", "W&B API key; prefer WANDB_API_KEY"), ("--secret-name string", "Name of the Kubernetes Secret to read (default \"wandb-secret\")"), ("--redis-password-env string", "Env var holding the Redis password (default \"REDIS_PASSWORD\")"), ("--no-auth", "Connect without credentials")]
    return ["Flags:"] + ["      %-26s %s" % x for x in R.sample(fl, R.randint(3, 5))]


@neg("nginx_auth_basic_user_file_and_ssl_key_paths")
def _():
    d = R.choice(["/etc/nginx", "/usr/local/etc/nginx", "/opt/wandb/nginx"])
    return ["    auth_basic \"%s\";" % R.choice(["W&B admin", "Restricted", "wandb-ops"]), "    auth_basic_user_file %s/htpasswd%s;" % (d, R.choice(["", ".wandb", "-admin"])), "    ssl_certificate_key %s/tls/%s.key;" % (d, R.choice(["tls", "wandb", "server"])), "    ssl_password_file %s/tls/key%s.pass;" % (d, R.choice(["", "s", "-2024"]))]


@neg("ingress_tls_secret_name_reference")
def _():
    return ["  tls:", "    - hosts:", "        - %s" % whost(), "      secretName: wandb-tls-%s" % an(5).lower()]


@neg("placeholders_redacted_angle_and_stars")
def _():
    ks = ["MYSQL_PASSWORD", "REDIS_PASSWORD", "LICENSE", "WANDB_API_KEY", "OIDC_CLIENT_SECRET", "GORILLA_SESSION_SECRET", "SMTP_PASSWORD"]
    vs = ["<redacted>", "********", "[REDACTED]", "***", "<hidden>", "[MASKED]", "<secret>"]
    return ["%s=%s" % (k, R.choice(vs)) for k in R.sample(ks, R.randint(3, 5))]


@neg("env_example_empty_and_placeholder_values")
def _():
    return ["# copy to .env and fill in", "MYSQL_PASSWORD=%s" % R.choice(["", "<your-mysql-password>", "${MYSQL_PASSWORD:?set me}"]), "REDIS_PASSWORD=%s" % R.choice(["<your-redis-password>", "", "${REDIS_PASSWORD}"]), "LICENSE=%s" % R.choice(["${WANDB_LICENSE}", "<paste license here>", ""])]


@neg("s3_object_url_without_query_string")
def _():
    return ["%s level=info msg=\"stored\" url=https://%s.s3.amazonaws.com/wandb-artifacts/%s/%s" % (iso(t0()), bucket(), hx(32), hx(64))]


@neg("ssh_ed25519_public_key_authorized_keys")
def _():
    return ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@bastion" % b64(43)]


@neg("pem_certificate_public_body")
def _():
    return ["-----BEGIN CERTIFICATE-----"] + [b64(64) for _ in range(4)] + [b64(R.randint(20, 60)) + "==", "-----END CERTIFICATE-----"]


@neg("jwks_public_key_n_e_kid")
def _():
    return [json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": hx(40), "alg": "RS256", "n": b64u(342), "e": "AQAB"}]})]


@neg("aws_access_key_id_alone_caller_identity")
def _():
    return ["{", '    "UserId": "AIDA%s",' % up(17), '    "Account": "%s",' % rs(DIG, 12), '    "Arn": "arn:aws:iam::%s:user/wandb-bucket"' % rs(DIG, 12), "}", "aws_access_key_id = %s" % akid()]


@neg("tls_cert_sha256_fingerprints_openssl")
def _():
    return ["SHA256 Fingerprint=%s" % ":".join(hx(2).upper() for _ in range(32)), "serial=%s" % hx(32).upper()]


@neg("kms_key_arn_and_alias")
def _():
    return ["  kmsKeyId: arn:aws:kms:us-east-1:%s:key/%s" % (rs(DIG, 12), uid()), "  kmsAlias: alias/wandb-bucket"]


@neg("git_commit_sha_image_tags_and_pip_vcs")
def _():
    return ["image: wandb/local:0.%d.%d-%s" % (R.randint(40, 70), R.randint(0, 9), hx(7)), "wandb @ git+https://github.com/wandb/wandb.git@%s" % hx(40)]


@neg("wandb_sdk_debug_log_api_key_none_not_logged_in")
def _():
    t0()
    return ["%s,%s INFO    MainThread:%d [wandb_login.py:_login():%d] Logging in: api_key=None, host=https://%s" % (sp(), rs(DIG, 3), R.randint(1000, 9999), R.randint(100, 300), whost()), "wandb: ERROR api_key not configured (no-tty). call wandb.login(key=[your_api_key])"]


@neg("wandb_local_license_status_seats_expiry")
def _():
    t0()
    return [json.dumps({"level": "info", "ts": iso(), "msg": "license loaded", "license_id": uid(), "seats": R.randint(5, 500), "expires_at": iso(frac=0), "flags": ["SCIM", "MANAGEMENT"]})]


@neg("ml_training_log_tokens_per_second_max_tokens")
def _():
    return ["step=%d loss=%.4f tokens_per_sec=%d max_tokens=%d tokenizer=gpt2" % (R.randint(1, 9999), R.random() * 3, R.randint(1000, 99999), R.choice([512, 1024, 2048, 4096]))]


@neg("config_key_names_secret_ish_numeric_values")
def _():
    return ["token_expiry_seconds: %d" % R.choice([3600, 7200, 86400]), "password_min_length: %d" % R.randint(8, 16), "secret_rotation_days: %d" % R.choice([30, 60, 90]), "session_key_ttl: 720h"]


@neg("otel_traceparent_and_b3_headers")
def _():
    return ["traceparent: 00-%s-%s-01" % (hx(32), hx(16)), "x-b3-traceid: %s" % hx(32), "x-b3-spanid: %s" % hx(16)]


@neg("k8s_events_kube_api_access_projected_volume")
def _():
    return ["  Normal  SuccessfulMountVolume  %ds   kubelet  MountVolume.SetUp succeeded for volume \"kube-api-access-%s\"" % (R.randint(2, 90), rs("bcdfghjklmnpqrstvwxz2456789", 5))]


@neg("serviceaccount_token_path_and_projected_spec")
def _():
    return ["      - serviceAccountToken:", "          path: token", "          expirationSeconds: %d" % R.choice([3607, 3600, 86400, 7200]), "          audience: %s" % R.choice(["sts.amazonaws.com", "vault", "https://kubernetes.default.svc"]), "tokenFile: /var/run/secrets/%s/serviceaccount/token" % R.choice(["eks.amazonaws.com", "kubernetes.io", "tokens"])]


@neg("mysql_gtid_executed_server_uuid")
def _():
    u = uid()
    return ["server_uuid: %s" % u, "gtid_executed: %s:1-%d" % (u, R.randint(100, 999999))]


@neg("gcs_object_metadata_crc32c_md5_generation")
def _():
    return ["Hash (crc32c):          %s==" % b64(6), "Hash (md5):             %s==" % b64(22), "Generation:             %d" % R.randint(10 ** 15, 10 ** 16), "ETag:                   %s=" % b64(11)]


@neg("mysql_client_ssl_cipher_status_output")
def _():
    return ["SSL:                    Cipher in use is TLS_AES_256_GCM_SHA384", "Connection id:          %d" % R.randint(10, 9999), "Server characterset:    utf8mb4"]


@neg("secret_references_by_name_in_prose_log")
def _():
    t0()
    return ["%s level=info msg=\"loaded credentials from secret wandb-secret (keys: MYSQL_PASSWORD, LICENSE, REDIS_PASSWORD)\"" % iso()]


@neg("support_ticket_prose_rotated_without_values")
def _():
    a = ["We rotated the MySQL password and the W&B license %s, and since then gorilla restarts." % R.choice(["yesterday", "on Monday", "last night", "this morning"]), "The new password is stored in the %s secret; the API keys were regenerated too." % R.choice(["wandb-secret", "wandb-mysql", "mysql-creds"]), "Token expiry is set to %d hours; the session secret was not changed." % R.choice([8, 12, 24, 72]), "Can you confirm whether the license key needs to be re-applied after the upgrade to 0.%d?" % R.randint(50, 70)]
    return R.sample(a, R.randint(2, 4))


@neg("gorilla_log_password_reset_link_sent_no_token")
def _():
    t0()
    return [json.dumps({"level": "info", "ts": iso(), "msg": "password reset email sent", "user_id": "VXNlcjo" + rs(DIG, 5), "template": "reset-password"})]


@neg("go_percent_hash_v_struct_empty_password")
def _():
    return ['DEBUG cfg=&config.DB{Host:"%s", Port:3306, User:"%s", Password:"", Name:"wandb_local"}' % (dbhost(), user())]


@neg("docker_inspect_env_non_secret_entries")
def _():
    return ['        "Env": [', '            "HOST=https://%s",' % whost(), '            "BUCKET_QUEUE=internal://",' , '            "GORILLA_LICENSE_SOURCE=env",', '            "LANG=C.UTF-8"', '        ],']


@neg("helm_release_secret_name_sh_helm_v1")
def _():
    return ["sh.helm.release.v1.wandb.v%d   helm.sh/release.v1   1      %dd" % (R.randint(1, 40), R.randint(1, 300))]


@neg("kubectl_get_secrets_table_types_and_counts")
def _():
    return ["NAME                TYPE                             DATA   AGE", "wandb-mysql         Opaque                           %d      %dd" % (R.randint(1, 4), R.randint(1, 300)), "wandb-tls           kubernetes.io/tls                2      %dd" % R.randint(1, 300), "regcred             kubernetes.io/dockerconfigjson   1      %dd" % R.randint(1, 300)]


@neg("ingress_nginx_access_log_plain_paths_upstream")
def _():
    return ['%s - - [01/Jan/2024:10:%02d:00 +0000] "GET /api/v1/runs/%s/files HTTP/1.1" 200 %d "-" "W&B Internal Client" %d 0.%03d [wandb-wandb-app-8080] [] %s:8080 %d 0.%03d 200 %s' % (ip(), R.randint(0, 59), an(8).lower(), R.randint(100, 99999), R.randint(300, 900), R.randint(1, 999), ip(), R.randint(100, 9999), R.randint(1, 999), hx(32))]


@neg("csp_header_nonce_and_integrity_hashes")
def _():
    return ["Content-Security-Policy: script-src 'self' 'nonce-%s' 'sha256-%s='" % (b64(22), b64(43))]


@neg("pip_hash_pinned_requirements_sha256")
def _():
    return ["wandb==0.%d.%d \\" % (R.randint(15, 19), R.randint(0, 9)), "    --hash=sha256:%s \\" % hx(64), "    --hash=sha256:%s" % hx(64)]


@neg("mysql_native_password_plugin_name_column")
def _():
    return ["+-------+-----------+-----------------------+", "| user  | host      | plugin                |", "| %-5s | %%         | caching_sha2_password |" % user()[:5], "+-------+-----------+-----------------------+"]


@neg("wandb_run_ids_paths_and_sync_dir_names")
def _():
    return ["wandb: Syncing run %s" % rs(LOW + DIG, 8), "wandb: Run data is saved locally in /home/u/wandb/run-20240101_1%s-%s" % (rs(DIG, 5), rs(LOW + DIG, 8))]


@neg("base64_encoded_non_secret_configmap_binary_data")
def _():
    return ["binaryData:", "  logo.png: iVBORw0KGgoAAAANSUhEUgAA%s" % b64(60)]


@neg("presigned_url_params_with_signature_stripped")
def _():
    return ["url=https://%s.s3.amazonaws.com/x/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600&X-Amz-Signature=REDACTED" % (bucket(), hx(16))]


@neg("redis_cli_auth_prompt_masked_warning_only")
def _():
    return ["Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.", R.choice(["PONG", "OK", "(integer) %d" % R.randint(0, 9999)])]


@neg("operator_cr_status_conditions_generation")
def _():
    return ["status:", "  conditions:", "  - lastTransitionTime: \"%s\"" % iso(t0(), 0), "    message: reconcile ok", "    observedGeneration: %d" % R.randint(1, 90), "    reason: Ready", "    type: Ready"]


@neg("unicode_key_names_password_with_reference_values")
def _():
    opts = ["密码: ${MYSQL_PASSWORD}", "senha: \"\"", "비밀번호: <비밀>", "contraseña: ver secreto wandb-mysql", "パスワード: (Secret wandb-mysql を参照)", "hasło: ${REDIS_PASSWORD}", "Passwort: siehe Vault kv/wandb/mysql", "mot_de_passe: \"\""]
    return R.sample(opts, R.randint(3, 5))


@neg("logfmt_keys_secret_store_source_uri_no_creds")
def _():
    return ["time=%s level=info msg=\"secret store\" source=k8s-secretmanager://wandb-secret provider=aws-secretsmanager arn=arn:aws:secretsmanager:us-east-1:%s:secret:wandb-%s" % (iso(t0()), rs(DIG, 12), an(6))]


@neg("helm_rendered_email_sink_dependent_env_var_refs")
def _():
    return ["            - name: SMTP_PASSWORD", "              valueFrom:", "                secretKeyRef:", "                  name: %s" % R.choice(["wandb-smtp", "smtp-creds", "wandb-secret"]), "                  key: %s" % R.choice(["SMTP_PASSWORD", "password"]), "            - name: GORILLA_EMAIL_SINK", "              value: \"smtp://$(SMTP_USER):$(SMTP_PASSWORD)@$(SMTP_HOST):$(SMTP_PORT)\""]


@neg("docker_inspect_env_dsn_with_shell_var_placeholders")
def _():
    v = R.choice(["${MYSQL_PASSWORD}", "$(MYSQL_PASSWORD)", "$MYSQL_PASSWORD", "%MYSQL_PASSWORD%"])
    return ['            "MYSQL=mysql://%s:%s@%s:3306/wandb_local",' % (user(), v, dbhost()), '            "REDIS=redis://%s:6379/0",' % rhost()]


@neg("gorilla_log_dsn_with_masked_password_stars")
def _():
    t0()
    m = R.choice(["***", "xxxxx", "******", "REDACTED", "<hidden>"])
    return [json.dumps({"level": "info", "ts": iso(), "msg": "connected to database", "dsn": "%s:%s@tcp(%s:3306)/wandb_local" % (user(), m, dbhost()), "latency_ms": R.randint(1, 99)})]


@neg("json_log_escaped_twice_ids_only")
def _():
    t0()
    inner = json.dumps({"run_id": rs(LOW + DIG, 8), "entity": "ml-team", "sha256": hx(64)})
    mid = json.dumps({"event": "file_uploaded", "payload": inner})
    return [json.dumps({"level": "debug", "ts": iso(), "msg": mid})]


@neg("go_spew_sdump_options_empty_password")
def _():
    h = rhost() + ":6379"
    return ["DEBUG redis options: (*redis.Options)(0xc000%s)({" % hx(6), " Addr: (string) (len=%d) \"%s\"," % (len(h), h), " Password: (string) \"\",", " DB: (int) %d," % R.randint(0, 15), "})"]


@neg("yaml_block_scalar_ca_certificate_public")
def _():
    return ["data:", "  ca.crt: |", "    -----BEGIN CERTIFICATE-----"] + ["    " + b64(64) for _ in range(R.randint(2, 5))] + ["    " + b64(R.randint(10, 40)) + "=", "    -----END CERTIFICATE-----"]


@neg("git_log_commit_sha1_and_tree_lines")
def _():
    return ["commit %s" % hx(40), "tree %s" % hx(40), "parent %s" % hx(40), "Author: CI Bot <ci@example.com>"]


@neg("kubectl_get_pods_wide_table_hashes")
def _():
    h = rs("bcdfghjklmnpqrstvwxz2456789", 10)
    return ["NAME                          READY   STATUS    RESTARTS   AGE   IP", "wandb-app-%s-%s   1/1     Running   %d          %dd   %s" % (h, rs("bcdfghjklmnpqrstvwxz2456789", 5), R.randint(0, 9), R.randint(1, 90), ip()), "wandb-console-%s-%s   1/1     Running   0          %dd   %s" % (rs("bcdfghjklmnpqrstvwxz2456789", 10), rs("bcdfghjklmnpqrstvwxz2456789", 5), R.randint(1, 90), ip())]


@neg("s3_sse_c_algorithm_and_key_md5_only")
def _():
    return ["< x-amz-server-side-encryption-customer-algorithm: AES256", "< x-amz-server-side-encryption-customer-key-MD5: %s==" % b64(22), "< ETag: \"%s\"" % hx(32)]


@neg("go_url_percent_hash_v_userinfo_pointer_hidden")
def _():
    return ['DEBUG u=&url.URL{Scheme:"redis", Opaque:"", User:(*url.Userinfo)(0xc000%s), Host:"%s:6379", Path:"/0", RawQuery:"tls=true"}' % (hx(6), rhost())]


@neg("python_splitresult_repr_netloc_without_credentials")
def _():
    return ["DEBUG:wandb_migrate:parsed=SplitResult(scheme='mysql', netloc='%s:3306', path='/wandb_local', query='charset=utf8mb4', fragment='')" % dbhost()]


@neg("k6_script_headers_from_env_reference")
def _():
    v = R.choice(["WANDB_TOKEN", "API_TOKEN", "WB_KEY"])
    return ["const token = __ENV.%s;" % v, "const params = { headers: { Authorization: `Bearer ${token}` }, timeout: '%ds' };" % R.randint(5, 120)]


@neg("hurl_file_basicauth_with_template_variable")
def _():
    return ["GET https://%s/admin/%s" % (whost(), R.choice(["settings", "users", "license", "system"])), "[BasicAuth]", "admin: {{%s}}" % R.choice(["admin_password", "password", "pw"]), "HTTP %d" % R.choice([200, 204])]


@neg("earthly_secret_flag_name_only_from_env")
def _():
    return ["earthly --secret %s --secret %s +%s" % (R.choice(["MYSQL_PASSWORD", "DB_PASS"]), R.choice(["WANDB_API_KEY", "NPM_TOKEN"]), R.choice(["integration-test", "build", "e2e", "lint"]))]


@neg("docker_buildx_secret_id_src_mount_refs")
def _():
    return ["docker buildx build --secret id=%s,src=$HOME/.npmrc --secret id=pip,env=PIP_INDEX_URL -t registry.example.com/wandb-job:%s ." % (R.choice(["npmrc", "npm"]), hx(7)), "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci"]


@neg("rclone_config_env_auth_no_secrets")
def _():
    return ["[%s]" % R.choice(["wandb-s3", "backup", "artifacts", "s3"]), "type = s3", "provider = AWS", "env_auth = true", "region = %s" % R.choice(["us-east-1", "eu-west-1", "us-west-2"]), "acl = private"]


@neg("gcp_cloud_logging_entry_ids_trace_span")
def _():
    t0()
    return [json.dumps({"insertId": an(14).lower(), "severity": "INFO", "textPayload": "request served in %dms" % R.randint(1, 900), "trace": "projects/ml-%s/traces/%s" % (an(5).lower(), hx(32)), "spanId": hx(16), "timestamp": iso(frac=9)})]


@neg("elb_classic_access_log_plain_path")
def _():
    t0()
    return ['%s wandb-elb %s:%d %s:8080 0.000045 0.00312 0.00002 200 200 0 %d "GET https://%s:443/api/v1/runs/%s HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2' % (iso(frac=6), ip(), R.randint(30000, 60000), ip(), R.randint(100, 99999), whost(), rs(LOW + DIG, 8))]


@neg("sops_encrypted_yaml_enc_values_and_mac")
def _():
    return ["mysql:", "    password: ENC[AES256_GCM,data:%s,iv:%s=,tag:%s==,type:str]" % (b64(R.randint(16, 30)), b64(43), b64(22)), "sops:", "    mac: ENC[AES256_GCM,data:%s=,iv:%s=,tag:%s==,type:str]" % (b64(87), b64(43), b64(22)), "    version: 3.%d.%d" % (R.randint(7, 9), R.randint(0, 3))]


@neg("hubble_observe_json_l7_http_without_headers")
def _():
    t0()
    return [json.dumps({"flow": {"time": iso(frac=9), "verdict": "FORWARDED", "l7": {"type": "RESPONSE", "latency_ns": str(R.randint(10 ** 5, 10 ** 8)), "http": {"code": 200, "method": "GET", "url": "http://wandb-app.wandb.svc:8080/api/v1/runs/%s" % rs(LOW + DIG, 8)}}, "Type": "L7"}})]


@neg("tetragon_process_exec_event_args_no_secret")
def _():
    t0()
    return [json.dumps({"process_exec": {"process": {"exec_id": b64(40), "pid": R.randint(100, 99999), "binary": "/usr/bin/mysqladmin", "arguments": "--defaults-file=/etc/mysql/%s.cnf ping" % R.choice(["client", "wandb", "probe"])}}, "time": iso(frac=9)})]


@neg("uvicorn_access_log_plain_paths")
def _():
    return ["INFO:     %s:%d - \"%s /%s/%s HTTP/1.1\" %s" % (ip(), R.randint(30000, 60000), R.choice(["GET", "POST"]), R.choice(["calls", "objs", "table"]), R.choice(["query", "stream_query", "read"]), R.choice(["200 OK", "404 Not Found", "201 Created"]))]


@neg("openssl_enc_pass_env_and_file_references")
def _():
    return ["openssl enc -aes-256-cbc -pbkdf2 -pass %s -in wandb-bundle.tgz -out wandb-bundle.tgz.enc" % R.choice(["env:BUNDLE_PASS", "file:/root/.bundle-pass", "stdin", "env:WB_BUNDLE_KEY", "fd:3"]) + R.choice(["", " -salt", " -md sha256"])]


@neg("google_oauth_client_id_apps_googleusercontent_only")
def _():
    return ["OIDC_ISSUER=https://accounts.google.com", "OIDC_CLIENT_ID=%s-%s.apps.googleusercontent.com" % (rs(DIG, 12), rs(LOW + DIG, 32)), "OIDC_CLIENT_SECRET_FILE=/etc/wandb/oidc/client-secret"]


@neg("elasticsearch_security_api_key_list_ids_names")
def _():
    return [json.dumps({"api_keys": [{"id": b64u(20), "name": "wandb-logs-%s" % an(4).lower(), "creation": _T[0] * 1000, "invalidated": False, "username": "elastic", "realm": "reserved"}]})]


@neg("az_acr_login_expose_token_login_server_refresh_hint")
def _():
    return ["$ az acr login --name %s" % R.choice(["wandbregistry", "mlregistry", "corpacr"]), "Login Succeeded", "WARNING: You may want to use 'az acr login -n %s --expose-token' to get an access token" % R.choice(["wandbregistry", "mlregistry", "corpacr"])]


@neg("docker_exec_env_flag_non_secret_values")
def _():
    return ["docker exec -e MYSQL_HOST=%s -e TZ=UTC -it wandb-mysql mysql --defaults-file=/etc/mysql/%s.cnf -e 'SHOW DATABASES'" % (dbhost(), R.choice(["client", "root", "wandb"]))]


@neg("kubectl_apply_heredoc_configmap_no_secrets")
def _():
    return ["cat <<EOF | kubectl apply -n wandb -f -", "apiVersion: v1", "kind: ConfigMap", "metadata: {name: wandb-extra-%s}" % an(4).lower(), "data:", "  GORILLA_SESSION_LENGTH: %dh" % R.choice([24, 168, 720]), "EOF"]


@neg("kubectl_logs_timestamps_prefix_request_ids")
def _():
    t0()
    return ["%s {\"level\":\"info\",\"msg\":\"request\",\"request_id\":\"%s\",\"status\":200}" % (iso(frac=9), uid())]


@neg("yq_read_password_path_null_or_ref")
def _():
    return ["$ yq '.global.mysql.password' values.yaml", R.choice(["null", '""', "${MYSQL_PASSWORD}", "<set via existingSecret>"]), "$ yq '.global.mysql.host' values.yaml", dbhost()]


@neg("jq_delete_password_fields_filter")
def _():
    return ["jq 'del(.. | .password?, .token?)' %s > %s" % (R.choice(["values.json", "config.json", "cr.json"]), R.choice(["scrubbed.json", "out.json", "clean.json"]))]


@neg("python_c_one_liner_wandb_login_no_key")
def _():
    return ["python -c \"import wandb; wandb.login(host='https://%s', relogin=%s)\"" % (whost(), R.choice(["True", "False"]))]


@neg("haproxy_acl_req_hdr_presence_and_map_file")
def _():
    return ["frontend %s" % R.choice(["wandb_admin", "wandb_api", "fe_https", "admin_in"]), "    acl has_auth req.hdr(Authorization) -m found", "    acl allowed_key req.hdr(X-Api-Key),map(/etc/haproxy/%s.map) -m found" % R.choice(["keys", "admins", "wandb-keys"]), "    http-request deny unless has_auth allowed_key"]


# ---------------------------------------------------------------------------

# Shapes whose kind (same tool and same trick) other sets already hold under a
# different name. Judged by hand against the shape-name list; conservative.
SAME_KIND_POS = {
    "ansi_colored_env_dump_password_value", "anthropic_key_in_sdk_run_env_print",
    "aws_alb_access_log_oidc_callback_code_state", "aws_configure_set_secret_access_key_history",
    "aws_s3_presign_cli_output_with_session_token", "azure_storage_connection_string_account_key",
    "bash_history_export_wandb_api_key_then_login_host",
    "boto3_debug_request_headers_security_token_bytes_repr",
    "clickhouse_http_url_password_query_param_log", "cloudflared_tunnel_run_token_flag",
    "configmap_nginx_conf_block_scalar_proxy_auth_header",
    "credentials_in_url_fragment_like_query_after_hash",
    "cri_containerd_log_partial_P_F_split_dsn", "crlf_env_file_secret_key_trailing_cr",
    "curl_u_api_colon_local_key_graphql", "curl_v_request_cookie_and_response_set_cookie",
    "discord_webhook_url_in_alert_config", "docker_inspect_config_env_json_array_bucket_mysql",
    "docker_inspect_format_config_env_go_slice_output", "docker_login_echo_password_stdin_pipe",
    "dotted_key_properties_password_with_unicode_escape", "env_file_odd_spacing_around_equals",
    "env_unicode_password_with_cjk_and_accent", "envoy_access_log_json_x_api_key_header_field",
    "fluent_bit_output_http_passwd_classic_conf", "gcp_api_key_aiza_in_env_dump",
    "gcp_sa_key_json_private_key_escaped_newlines_in_secret",
    "go_http_header_percent_v_map_authorization_cookie", "go_logfmt_x_api_key_header_mixed_case",
    "go_percent_hash_v_db_config_struct_single_line",
    "go_percent_plus_v_struct_unquoted_password_field",
    "go_service_zap_console_tab_redis_url_json_fields",
    "go_spew_sdump_redis_options_password_len_annotated",
    "gorilla_email_sink_smtp_url_sendgrid_apikey", "gorilla_json_log_mysql_go_dsn_in_error_field",
    "gorilla_log_azure_blob_sas_sig_percent_encoded",
    "gorilla_log_gcs_v4_signed_url_x_goog_signature",
    "gorilla_logfmt_bucket_url_with_inline_s3_secret", "gorilla_slack_webhook_url_post_error",
    "haproxy_cfg_stats_auth_and_userlist_insecure_password",
    "helm_get_values_all_output_nested_mysql_password", "helm_repo_add_gitlab_pat_password_flag",
    "helm_values_single_quoted_password_doubled_quote_spaces",
    "ingress_nginx_access_log_s3_presigned_query_signature",
    "init_container_git_clone_github_fine_grained_pat", "jdbc_mysql_url_password_query_param",
    "json_log_key_named_pwd_lowercase_short", "json_unicode_escaped_at_and_slash_in_password",
    "k8s_secret_data_base64_values_mysql_redis", "kafka_sasl_jaas_config_plain_login_module",
    "kubectl_create_secret_docker_registry_password_flag",
    "kubectl_create_secret_from_literal_history_multiple",
    "kubectl_jq_map_values_base64d_decoded_json", "kubectl_jsonpath_base64_decode_glued_to_prompt",
    "last_applied_configuration_annotation_secret_stringdata_json",
    "libpq_keyword_dsn_single_quoted_escaped_quote_password",
    "log_line_wrapped_by_terminal_mid_token",
    "mariadb_general_log_set_password_for_query_tab_layout", "markdown_code_fence_env_in_ticket",
    "minio_mc_admin_user_add_positional_password", "minio_mc_alias_set_positional_secret_history",
    "mongodb_srv_uri_percent_encoded_at_colon",
    "mysql_client_p_attached_then_insecure_warning_capture",
    "mysql_defaults_extra_file_process_substitution_printf",
    "mysql_general_log_change_replication_source_password",
    "mysql_history_file_octal_040_space_escapes", "npm_token_npmrc_authtoken_in_build_log",
    "odbc_dsn_pwd_mixed_case_key", "oidc_client_secret_docker_inspect_env_entry",
    "operator_controller_runtime_json_diff_escaped_values",
    "powershell_env_assignment_wandb_key_and_pw", "python_kwargs_repr_password_in_call_signature",
    "python_logging_secret_pair_after_other_word_colon",
    "redis_acl_list_user_on_gt_plaintext_password",
    "redis_cli_config_get_requirepass_numbered_reply", "redis_cli_u_rediss_uri_history",
    "redis_monitor_auth_command_quoted_args",
    "redis_sentinel_conf_auth_pass_and_masterauth_configmap",
    "redis_url_ipv6_bracket_host_password", "shell_line_continuation_split_flag_and_value",
    "sqlalchemy_create_engine_traceback_line", "teams_incoming_webhook_office_url_v2",
    "toml_triple_quoted_literal_password",
    "traefik_json_accesslog_request_authorization_kept_header",
    "vault_approle_secret_id_uuid_form", "wandb_local_entrypoint_plaintext_env_echo_mysql_redis",
    "wandb_operator_reconcile_log_helm_values_inline_yaml",
    "wandb_sdk_debug_internal_proxies_dict_userinfo_password",
    "wandb_sdk_debug_log_applying_login_settings_dict_api_key",
    "weightsandbiases_cr_spec_values_bucket_secret_key",
    "xml_appsettings_add_key_dbpassword_value",
    "yaml_double_quoted_with_escaped_quote_and_backslash", "yaml_flow_mapping_inline_credentials",
    "yaml_folded_block_scalar_strip_password", "yaml_plain_scalar_value_on_next_line",
}
SAME_KIND_NEG = {
    "aws_access_key_id_alone_caller_identity", "base64_encoded_non_secret_configmap_binary_data",
    "cli_help_text_password_and_token_flags", "config_key_names_secret_ish_numeric_values",
    "csp_header_nonce_and_integrity_hashes", "docker_buildx_secret_id_src_mount_refs",
    "docker_compose_password_file_secrets_paths", "docker_image_digest_and_container_ids",
    "docker_inspect_env_non_secret_entries", "env_example_empty_and_placeholder_values",
    "gcs_object_metadata_crc32c_md5_generation", "git_commit_sha_image_tags_and_pip_vcs",
    "git_log_commit_sha1_and_tree_lines", "go_percent_hash_v_struct_empty_password",
    "go_spew_sdump_options_empty_password", "gorilla_json_request_id_trace_id_span_id",
    "gorilla_log_dsn_with_masked_password_stars", "helm_checksum_config_pod_annotations",
    "helm_release_secret_name_sh_helm_v1", "helm_values_existing_secret_password_key_refs",
    "ingress_nginx_access_log_plain_paths_upstream", "ingress_tls_secret_name_reference",
    "jwks_public_key_n_e_kid", "k8s_env_value_from_secret_key_ref_names_only",
    "k8s_metadata_uid_resource_version_pod_hash", "kms_key_arn_and_alias",
    "kubectl_get_secrets_table_types_and_counts", "logfmt_keys_secret_store_source_uri_no_creds",
    "minio_response_headers_request_id_etag", "ml_training_log_tokens_per_second_max_tokens",
    "mysql_access_denied_using_password_yes", "mysql_client_ssl_cipher_status_output",
    "mysql_gtid_executed_server_uuid", "mysql_show_variables_validate_password_policy",
    "nginx_auth_basic_user_file_and_ssl_key_paths", "operator_cr_status_conditions_generation",
    "otel_traceparent_and_b3_headers", "pem_certificate_public_body",
    "pip_hash_pinned_requirements_sha256", "placeholders_redacted_angle_and_stars",
    "presigned_url_params_with_signature_stripped", "redis_cli_auth_prompt_masked_warning_only",
    "redis_info_server_run_id_master_replid", "s3_object_url_without_query_string",
    "secret_references_by_name_in_prose_log", "serviceaccount_token_path_and_projected_spec",
    "sops_encrypted_yaml_enc_values_and_mac", "ssh_ed25519_public_key_authorized_keys",
    "support_ticket_prose_rotated_without_values", "tls_cert_sha256_fingerprints_openssl",
    "unicode_key_names_password_with_reference_values", "wandb_artifact_manifest_digest_md5_b64",
    "wandb_local_license_status_seats_expiry", "wandb_run_ids_paths_and_sync_dir_names",
    "wandb_sdk_debug_log_api_key_none_not_logged_in", "yaml_block_scalar_ca_certificate_public",
}


NPOS = 3
NNEG = 5


def check_pos(lines, secrets, seen):
    text = "\n".join(lines)
    if not (1 <= len(lines) <= 12):
        return False
    for s in secrets:
        if len(s) < 8 or s not in text or s in seen:
            return False
    if len(set(secrets)) != len(secrets):
        return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\u0000")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    out = []
    for name, f, _new in POS:
        for _ in range(NPOS):
            for _try in range(200):
                lines, secrets = f()
                if check_pos(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            out.append(json.dumps({"shape": name, "lines": lines, "secrets": secrets}, ensure_ascii=False))
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    nout = []
    nseen = set()
    for name, f in NEG:
        for _ in range(NNEG):
            for _try in range(200):
                lines = f()
                key = json.dumps(lines)
                if key not in nseen:
                    break
            else:
                raise SystemExit("cannot draw distinct " + name)
            assert 1 <= len(lines) <= 12
            nseen.add(key)
            nout.append(json.dumps({"shape": name, "lines": lines}, ensure_ascii=False))
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(nout) + "\n")
    print("positives: %d records, %d shapes, %d secrets" % (len(out), len(POS), sum(len(json.loads(x)["secrets"]) for x in out)))
    print("negatives: %d records, %d shapes" % (len(nout), len(NEG)))
    print("new kinds: %d/%d positive shapes, %d/%d negative shapes" % (
        sum(1 for n, _, _ in POS if n not in SAME_KIND_POS), len(POS),
        sum(1 for n, _ in NEG if n not in SAME_KIND_NEG), len(NEG)))


if __name__ == "__main__":
    main()
